//! An article's lead (standfirst, teaser, summary) put back when the block
//! Readability chose leaves it out.
//!
//! News pages set the lead apart from the body: the paragraph under the
//! headline sits in the article's header (`<header><p class="intro">`),
//! the body in a sibling container. Readability scores the body's
//! container highest and keeps only siblings that look like its own
//! paragraphs, so the lead, often the article's most read sentences, is
//! dropped. Here the chosen block is found again in the page, and the
//! elements before it, a few levels up, whose class or id names them lead,
//! intro, teaser, excerpt, summary or subtitle are put back before the
//! body when they hold prose (sentences, not a list of links) that the body
//! does not already have, and so are paragraphs and subtitles of prose in
//! the article's `<header>` (two snippets more on the 990 real pages, none
//! kept wrongly). Vocabulary and shape only, never a site's name.
//!
//! Measured on the same pages: looking four levels up instead of six kept
//! two snippets fewer wrongly for the same recall (nine levels: one more
//! kept wrongly); leads of five words or more instead of eight lost
//! precision (3 more snippets missed, 7 more kept wrongly), twelve lost one
//! snippet; more names (`chapeau`, `sapo`, `entradilla`, `strapline`,
//! `vorspann`, `einleitung`, `kurztext`, `dek`) changed nothing.

use dom_query::{Document, NodeRef, Selection};

/// Attribute naming each element of the page by its place in document
/// order, so that the block Readability returns can be found in the page.
const NODE_MARK: &str = "data-syndiff-node";

/// Parts of class or id names that mark an article's lead.
const LEAD_PARTS: &[&str] = &[
    "lead",
    "intro",
    "teaser",
    "excerpt",
    "standfirst",
    "summary",
    "subtitle",
    "subhead",
    "deck",
    "chapo",
    "bajada",
    "abstract",
    "description",
];

/// How many levels above the chosen block the lead is looked for.
const MAX_LEVELS: usize = 4;
/// A lead has at least this many words ...
const MIN_LEAD_WORDS: usize = 8;
/// ... and all leads together at most this many.
const MAX_LEAD_WORDS: usize = 200;
/// A lead's words in links are at most this share of its words.
const MAX_LINKED_SHARE: f64 = 0.3;

/// Inline elements, not marked by [`stamp`]: a block starts at a block
/// element, and marking fewer is faster.
const INLINE: &[&str] = &[
    "a", "span", "em", "strong", "b", "i", "u", "img", "br", "small", "sup", "sub", "abbr", "time",
    "picture", "source", "svg", "path", "wbr", "cite", "code", "mark", "label",
];

/// Marks the elements of the page's body but [`INLINE`] ones with their
/// place in document order (see [`NODE_MARK`]).
pub(super) fn stamp(doc: &Document) {
    // The body's nodes listed by walking the tree, not by matching a
    // selector against each: this runs on every page read.
    let Some(body) = doc.body() else {
        return;
    };
    let mut place = 0usize;
    for node in body.descendants() {
        if node
            .node_name()
            .is_some_and(|name| !INLINE.contains(&name.as_ref()))
        {
            node.set_attr(NODE_MARK, &place.to_string());
            place += 1;
        }
    }
}

/// The place of `node`, or of its nearest marked ancestor.
fn place(node: &NodeRef) -> Option<usize> {
    std::iter::once(*node)
        .chain(node.ancestors_it(None))
        .find_map(|n| n.attr(NODE_MARK).and_then(|p| p.parse().ok()))
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The place of the first stamped element in Readability's `content`
/// markup (the chosen block's first element in the page), and the markup
/// without the stamps: read as a page again, the block's text is the
/// same, and a long page's thousands of stamps are not parsed twice.
pub(super) fn unstamp(content: &str) -> (Option<String>, String) {
    let mark = format!(" {NODE_MARK}=\"");
    let mut first = None;
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(at) = rest.find(&mark) {
        out.push_str(&rest[..at]);
        let value = &rest[at + mark.len()..];
        let Some(end) = value.find('"') else {
            rest = &rest[at..];
            break;
        };
        first.get_or_insert_with(|| value[..end].to_owned());
        rest = &value[end + 1..];
    }
    out.push_str(rest);
    (first, out)
}

/// What the stamped page `page` holds before the chosen block, whose
/// first element is stamped `first` (see [`unstamp`]), that `body` lacks:
/// the article's lead and paragraphs in blocks beside it
/// ([`super::siblings`]), in page order, each block tidied.
pub(super) fn before_body(page: &Document, first: Option<&str>, body: &str) -> Vec<String> {
    // The first marked element of the block is its first in the page:
    // whatever comes before it in the page is outside the block.
    let Some(first) = first else {
        return Vec::new();
    };
    let by_place = page.select_single(&format!("[{NODE_MARK}=\"{first}\"]"));
    let Some(start) = by_place.nodes().first().copied() else {
        return Vec::new();
    };
    let mut found = leads(&start);
    let beside = super::siblings::preceding_prose(&start);
    found.extend(
        beside
            .into_iter()
            .map(|(block, text)| (place(&block).unwrap_or(0), text)),
    );
    if found.is_empty() {
        // Most pages: nothing before the block, no need to fold the body.
        return Vec::new();
    }
    found.sort_by_key(|(p, _)| *p);
    let mut taken = fold(body);
    let mut out = Vec::new();
    for (_, text) in found {
        let first_line = fold(text.lines().next().unwrap_or_default());
        if taken.contains(&first_line) {
            continue;
        }
        taken.push(' ');
        taken.push_str(&fold(&text));
        out.push(text);
    }
    out
}

/// The leads before `start`, up to [`MAX_LEAD_WORDS`] in all, with their
/// places in the page.
fn leads(start: &NodeRef) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut node = *start;
    for _ in 0..MAX_LEVELS {
        let mut sibling = node.prev_element_sibling();
        while let Some(s) = sibling {
            collect(&s, &mut found);
            sibling = s.prev_element_sibling();
        }
        match node.parent() {
            Some(parent) if parent.is_element() && !parent.has_name("body") => node = parent,
            _ => break,
        }
    }
    found.sort_by_key(|(p, _)| *p);
    let mut words = 0;
    found.retain(|(_, text)| {
        let count = text.split_whitespace().count();
        words += count;
        words <= MAX_LEAD_WORDS
    });
    found
}

/// Whether `node`'s class or id names it a lead.
fn named_lead(node: &NodeRef) -> bool {
    let names = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    )
    .to_lowercase();
    LEAD_PARTS.iter().any(|part| names.contains(part))
}

/// The leads in `node` or under it, with their places: the outermost
/// element named a lead that holds prose and no headline, and paragraphs
/// and subtitles (`h2`) of prose in the article's header (a `<header>` or
/// `<hgroup>` that is not the page's own, directly under `<body>`).
fn collect(node: &NodeRef, found: &mut Vec<(usize, String)>) {
    if named_lead(node) && !Selection::from(*node).select("h1").exists() {
        if let Some(text) = prose(node) {
            found.push((place(node).unwrap_or(0), text));
        }
        return;
    }
    if (node.has_name("p") || node.has_name("h2"))
        && node.ancestors_it(None).any(|a| {
            (a.has_name("header") || a.has_name("hgroup"))
                && !a.parent().is_some_and(|p| p.has_name("body"))
        })
    {
        if let Some(text) = prose(node) {
            found.push((place(node).unwrap_or(0), text));
        }
        return;
    }
    for child in node.element_children() {
        collect(&child, found);
    }
}

/// `node`'s text, tidied, when it reads as prose: enough words, few of
/// them in links, not itself inside a link.
fn prose(node: &NodeRef) -> Option<String> {
    if node.ancestors_it(None).any(|a| a.has_name("a")) || node.has_name("a") {
        return None;
    }
    let text = super::tidy(&node.formatted_text());
    let words = text.split_whitespace().count();
    if words < MIN_LEAD_WORDS {
        return None;
    }
    let linked: usize = Selection::from(*node)
        .select("a")
        .iter()
        .map(|a| a.text().split_whitespace().count())
        .sum();
    ((linked as f64) <= words as f64 * MAX_LINKED_SHARE).then_some(text)
}

#[cfg(test)]
mod tests {
    fn body(paragraphs: usize) -> String {
        let sentence =
            "The council voted on the harbour plan after a long debate in the town hall. ";
        format!("<p>{}</p>", sentence.repeat(4)).repeat(paragraphs)
    }

    #[test]
    fn the_lead_in_the_article_header_is_kept_before_the_body() {
        let html = format!(
            "<html><body><nav><a href=a>Home</a></nav><article><header><h1>Harbour plan</h1>\
             <p class=\"article-intro\">The plan passed on Tuesday after six hours, ending a decade of delay.</p>\
             <div class=\"teaser\"><a href=b>Another story about the port and its old cranes</a></div>\
             </header><div class=\"story\">{}</div></article></body></html>",
            body(8)
        );
        let out = super::super::extract(&html, false);
        assert!(out.article);
        let lead = out
            .text
            .find("ending a decade of delay")
            .expect("lead kept");
        let story = out.text.find("town hall").expect("body kept");
        assert!(lead < story, "the lead comes first: {}", out.text);
        assert!(
            !out.text.contains("old cranes"),
            "a linked teaser is not a lead"
        );
    }

    #[test]
    fn a_subtitle_in_the_article_header_is_kept_whatever_its_class() {
        let html = format!(
            "<html><body><header><p>The Harbour Gazette, news from the coast since the year 1901</p></header>\
             <article><header><hgroup><h1>Harbour plan</h1>\
             <h2>Work on the new quay starts in spring and should take three years</h2></hgroup></header>\
             <div class=\"story\">{}</div></article></body></html>",
            body(8)
        );
        let out = super::super::extract(&html, false);
        assert!(out.text.contains("should take three years"), "{}", out.text);
        assert!(
            !out.text.contains("since the year 1901"),
            "the page's own header is not the article's"
        );
    }

    #[test]
    fn the_stamps_come_out_of_the_chosen_block_and_the_first_is_kept() {
        let html = r#"<div data-syndiff-node="7" class="body"><p data-syndiff-node="8">A "quote".</p></div>"#;
        let (first, bare) = super::unstamp(html);
        assert_eq!(first.as_deref(), Some("7"));
        assert_eq!(bare, r#"<div class="body"><p>A "quote".</p></div>"#);
        assert_eq!(
            super::unstamp("<p>none</p>"),
            (None, "<p>none</p>".to_owned())
        );
    }
}
