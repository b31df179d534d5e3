//! Finding a page's article: what the page calls furniture taken out, then
//! `dom_smoothie` (the readability algorithm of Firefox's Reader View) picks
//! the block of dense prose, then the result is checked against the page.
//!
//! Why this engine. Measured on 990 real saved pages (trafilatura's own
//! evaluation set, `tests/extraction_real.rs`), `dom_smoothie` alone lost
//! the body of 48 pages; most losses were not the scoring's fault but what
//! surrounded it: a clean-up that read the body's own class (`paywall` on
//! the article element of a paywalled site, `share` or `advert` in a class
//! list) as furniture, article text that a blog platform puts inside
//! `<noscript>`, and no check that what came out was an article at all.
//! So the engine keeps `dom_smoothie` for choosing the main block, and
//! adds three things around it:
//!
//! - the clean-up spares an element that holds a large share of the page's
//!   text: a paywall box, share bar or ad slot is small, the article is not;
//! - lists whose every item is a link (related stories, tag clouds, menus
//!   outside `<nav>`) are taken out before scoring;
//! - prose inside `<noscript>` is read as markup when the page's scripts
//!   would have shown it;
//! - the result is checked: an extraction that keeps less than a fifth of
//!   the page's visible prose (its words outside links), or under 50 words
//!   of a page with hundreds, is not trusted and the whole page is shown
//!   instead, saying so ([`Reading::NotFound`]), so no body is lost
//!   silently. Counted against every visible word, a fifth sent 94 of the
//!   990 pages to the whole page, most of them fine articles on pages
//!   heavy with menus (precision 0.815); counted against prose, 40; and
//!   against the prose less navigation, page header and footer, sidebars
//!   and comment threads ([`BESIDE_ARTICLE`]), 32: a blog post under a
//!   long comment thread is its article, not a lost body (precision 0.878
//!   to 0.884, recall unchanged).
//!
//! A second round, measured on the same pages, added what
//! [`super::furniture`] does: parts whose class or id names them byline,
//! date, tags, share bar, "related" or sign-up box are taken out before
//! scoring (general vocabulary, never a site's name), and blocks of the
//! chosen article that are mostly links are taken out after it (precision
//! 0.863 to 0.878). Sign-in forms, dialogs and overlays join the clean-up
//! list (one lost body fewer). Two ideas were measured and dropped: an own
//! "densest block" check (the element whose paragraphs hold the most
//! unlinked prose) overruling Readability when the two disagreed lost
//! recall (0.927 to 0.913: it favoured comment threads and teaser lists),
//! and taking out elements with a `hidden` class lost more article text
//! than furniture (F1 0.905 to 0.903). Showing the page less its
//! navigation instead of the whole page when the article is not found
//! gained 0.004 F1 but lost recall, and the whole page is what the
//! header promises.
//!
//! `dom_smoothie`'s own settings were measured too and matter little on
//! these pages: its own candidate selection instead of Readability's gave
//! F1 0.893 against 0.896, ten top candidates instead of five 0.896, a
//! character threshold of 250 or 1000 instead of 500 0.897; taking out
//! every `nav`, `aside` and `footer` first changed nothing. The defaults
//! stay. What is left is furniture inside the chosen block, which
//! [`crate::engine::boilerplate`] tags block by block.
//!
//! A third round looked for what the chosen block leaves out. The lead
//! (standfirst, teaser, summary under the headline) sits in the article's
//! header, beside the body's container, and Readability dropped it on 40
//! pages; [`super::lead`] finds the chosen block again in the page and puts
//! back, before the body, the elements before it whose class or id names a
//! lead and that hold unlinked prose the body lacks (recall 0.930 to 0.944,
//! precision 0.883 to 0.884: 40 snippets recovered, 3 more kept wrongly).
//! Paragraphs in blocks before the chosen one, inside the same article
//! (page builders put each text block in a component of its own), are put
//! back too ([`super::siblings`]): recall 0.948, precision 0.883, F1 0.915;
//! blocks after it cost more precision than they gave recall. Prose in the
//! article's `<header>` whatever its class: recall 0.949.
//! Keeping soft hyphens in the text (the set's snippets have them) lost
//! recall (0.944 to 0.943): as many snippets are written without them.
//!
//! The Rust port `rs-trafilatura` (0.2.2) was measured as the engine on
//! the same pages, with the same furniture tags: precision 0.865, recall
//! 0.928, F1 0.895, against 0.863 / 0.931 / 0.896 here then, at four times the
//! time (21 s against 5.5 s for the 990 pages). As a second reading where
//! `dom_smoothie`'s result is not trusted it gave F1 0.899: three
//! thousandths, for a second `dom_query`, regular expressions, dates and a
//! page classifier in the build. Not taken. Now, with the furniture of
//! [`crate::engine::boilerplate`] tagged: precision 0.927, recall 0.948,
//! F1 0.938; Python trafilatura 0.897 / 0.947 / 0.921 on the same pages.
//! What is still lost is mostly a wrong block chosen (a list of
//! signatories over the letter, a registration box over the story), shop,
//! forum and recipe pages, and comment threads the evaluation counts as
//! article; what is kept wrongly is mostly the furniture of pages whose
//! article is not found (shown whole).

use dom_smoothie::{Config, Readability, TextMode};

use super::{tidy, MAX_ELEMENTS_TO_EXTRACT};

/// What is not counted as the page's prose: what a browser never shows
/// (as [`super::INVISIBLE`]) and link text.
const PROSE_HIDDEN: &str = "script, style, noscript, template, svg, iframe, object, a";

/// Page parts that are never the article, taken out before the article is
/// looked for: controls, consent banners, paywall and sign-up boxes, share
/// bars, advertisement slots and comment threads. Readability scores text
/// density, and a long cookie notice or a subscription pitch inside the
/// article element is dense text; these go by what the page calls them.
const NEVER_ARTICLE: &str = "button, dialog, [role=dialog], [role=button], \
    [id*=consent], [class*=consent], [id*=cookie], [class*=cookie], \
    [class*=paywall], [id*=paywall], [class*=regwall], \
    [class*=newsletter], [class*=share-bar], [class~=share], \
    [class~=ad], [class~=ads], [class*=ad-slot], [class*=advert], \
    #comments, [class~=comments], [class*=comment-list], \
    form, [aria-modal], [class*=modal], [class*=login], [class*=register], \
    [class*=signin], [class*=popup], [class*=overlay]";

/// An element the clean-up would take out is spared when it holds at least
/// this share of the page's visible words: furniture is small beside the
/// article, and a class name such as `paywall` on the article itself says
/// how the site sells it, not that it is furniture.
const SPARE_SHARE: f64 = 0.5;
/// An extraction that keeps fewer than this share of the page's visible
/// words is not trusted (issue 29: "less than a fifth").
const MIN_SHARE_KEPT: f64 = 0.2;
/// Nor one that keeps fewer than this many words ...
const MIN_WORDS_KEPT: usize = 50;
/// ... of a page that shows at least this many.
const MANY_WORDS: usize = 200;
/// A `<noscript>` whose text is markup this long, with paragraphs, is read
/// as part of the page.
const PROSE_NOSCRIPT_BYTES: usize = 500;

/// What reading a page for its article gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reading {
    /// The article: title and body.
    Article(String),
    /// No article could be trusted: the whole page's visible text.
    NotFound(String),
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The words of prose a browser shows on the page: the body's text less
/// what sits in invisible elements and in links (menus, link lists and
/// teasers are links; an article is mostly not).
fn visible_words(doc: &dom_query::Document) -> usize {
    prose_words(&doc.select("body"))
}

/// The words of prose in `part`: its text less invisible and link text.
fn prose_words(part: &dom_query::Selection) -> usize {
    let all = word_count(&part.text());
    let hidden: usize = part
        .select(PROSE_HIDDEN)
        .iter()
        .map(|s| word_count(&s.text()))
        .sum();
    all.saturating_sub(hidden)
}

/// Page areas whose prose is never the article: navigation, the page's
/// header and footer, sidebars and widgets, comment threads.
const BESIDE_ARTICLE: &str = "nav, aside, body > header, footer, [role=navigation], \
    [role=complementary], [role=contentinfo], [id*=comment], [class*=comment], \
    [id*=respond], [id*=sidebar], [class*=sidebar], [class*=widget]";

/// The words of prose in the areas beside the article ([`BESIDE_ARTICLE`]),
/// each counted once; an area holding at least half of the page's
/// `visible` prose is not counted (the class may be the article's own).
fn prose_beside_article(doc: &dom_query::Document, visible: usize) -> usize {
    let areas = doc.select(BESIDE_ARTICLE);
    let ids: std::collections::HashSet<dom_query::NodeId> =
        areas.nodes().iter().map(|n| n.id).collect();
    let mut words = 0;
    for area in areas.nodes() {
        let mut up = area.parent();
        let mut nested = false;
        while let Some(node) = up {
            if ids.contains(&node.id) {
                nested = true;
                break;
            }
            up = node.parent();
        }
        if nested {
            continue;
        }
        let count = prose_words(&dom_query::Selection::from(*area));
        if (count as f64) < visible as f64 * SPARE_SHARE {
            words += count;
        }
    }
    words
}

/// Reads `<noscript>` blocks that hold a page's prose as markup (a blog
/// platform that renders posts by script keeps the text there).
fn unwrap_prose_noscript(doc: &dom_query::Document) {
    for noscript in doc.select("body noscript").iter() {
        // Parsed as markup or kept as raw text, depending on the parser.
        let inner = if noscript.select("p").exists() {
            noscript.inner_html()
        } else {
            noscript.text()
        };
        if inner.len() >= PROSE_NOSCRIPT_BYTES && inner.contains("<p") {
            noscript.replace_with_html(inner);
        }
    }
}

/// Takes out [`NEVER_ARTICLE`] parts, sparing any that hold a large share
/// of the page's `visible` words.
fn remove_furniture(doc: &dom_query::Document, visible: usize) {
    let spare_from = (visible as f64 * SPARE_SHARE).ceil() as usize;
    for part in doc.select(NEVER_ARTICLE).iter() {
        if visible == 0 || word_count(&part.text()) < spare_from.max(1) {
            part.remove();
        }
    }
}

/// Lists whose items are links (related stories, tag clouds, menus outside
/// `<nav>`): taken out before the article is looked for.
fn remove_link_lists(doc: &dom_query::Document) {
    for list in doc.select("ul, ol").iter() {
        let items = list.select("li");
        let mut linked = 0;
        let mut count = 0;
        for item in items.iter() {
            count += 1;
            let all = item.text().trim().chars().count();
            let links: usize = item
                .select("a")
                .iter()
                .map(|a| a.text().trim().chars().count())
                .sum();
            if all > 0 && links * 10 >= all * 8 {
                linked += 1;
            }
        }
        if count >= 3 && linked == count {
            list.remove();
        }
    }
}

/// The article of `html`, the whole page when no article can be trusted,
/// or `None` when the page has no text at all.
pub(super) fn read(html: &str) -> Option<Reading> {
    let doc = dom_query::Document::from(html);
    // Ruby annotations, as in the whole page (see `super::INVISIBLE`).
    doc.select("rt, rp").remove();
    unwrap_prose_noscript(&doc);
    let visible = visible_words(&doc);
    let beside = prose_beside_article(&doc, visible);
    remove_furniture(&doc, visible);
    remove_link_lists(&doc);
    super::furniture::remove_named(&doc, visible);
    super::lead::stamp(&doc);
    let page = doc.clone();
    let text = article_text(doc, &page).map(|(title, body)| {
        if title.is_empty() || body.starts_with(&title) {
            body
        } else {
            format!("{title}\n\n{body}")
        }
    });
    let kept = text.as_deref().map_or(0, word_count);
    match text {
        Some(text) if trusted(kept, visible.saturating_sub(beside)) => Some(Reading::Article(text)),
        _ => {
            let page = super::page_text(html);
            (!page.is_empty()).then_some(Reading::NotFound(page))
        }
    }
}

/// Whether an extraction that kept `kept` words of a page with `prose`
/// words of prose can be taken for its article.
fn trusted(kept: usize, prose: usize) -> bool {
    (kept as f64) >= prose as f64 * MIN_SHARE_KEPT && (kept >= MIN_WORDS_KEPT || prose < MANY_WORDS)
}

/// The article `dom_smoothie` finds in `doc`: its title, a blank line,
/// its body, with what [`super::lead`] finds before it in `page` (a copy
/// of `doc`) put back before the body.
fn article_text(doc: dom_query::Document, page: &dom_query::Document) -> Option<(String, String)> {
    let config = Config {
        text_mode: TextMode::Raw,
        max_elements_to_parse: MAX_ELEMENTS_TO_EXTRACT,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc, None, Some(config)).ok()?;
    let article = readability.parse().ok()?;
    // The chosen block is read again to take out the link lists left
    // inside it (Readability's own text of it is not used).
    let (first, content) = super::lead::unstamp(article.content.as_ref());
    let content = dom_query::Document::from(content);
    super::furniture::remove_link_blocks(&content);
    let body = tidy(&content.formatted_text());
    if body.is_empty() {
        return None;
    }
    let title = tidy(&article.title);
    let lead = super::lead::before_body(page, first.as_deref(), &body).join("\n\n");
    let body = match body.strip_prefix(&title) {
        _ if lead.is_empty() => body,
        Some(rest) if !title.is_empty() => format!("{title}\n\n{lead}{rest}"),
        _ => format!("{lead}\n\n{body}"),
    };
    Some((title, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(words: usize, tag: &str) -> String {
        let sentence = "The council voted on the harbour plan after a long debate. ";
        let body = sentence.repeat(words / 11 + 1);
        format!("<{tag}>{body}</{tag}>")
    }

    #[test]
    fn too_little_of_the_page_is_not_trusted() {
        assert!(trusted(400, 1000));
        assert!(!trusted(150, 1000), "under a fifth");
        assert!(!trusted(45, 210), "under 50 words of a page with hundreds");
        assert!(trusted(40, 150), "a short page may have a short article");
    }

    #[test]
    fn a_paywall_class_on_the_article_itself_keeps_the_body() {
        let html = format!(
            "<html><head><title>Harbour</title></head><body><nav><a>Home</a></nav>\
             <div class=\"ArticlePage-content paywall\">{}{}</div>\
             <div class=\"newsletter\"><p>Sign up for our letter.</p></div></body></html>",
            prose(120, "p"),
            prose(120, "p")
        );
        let Some(Reading::Article(text)) = read(&html) else {
            panic!("article expected");
        };
        assert!(text.contains("harbour plan"));
        assert!(!text.contains("Sign up"));
    }

    #[test]
    fn prose_in_noscript_is_read() {
        let inner = format!("{}{}", prose(100, "p"), prose(100, "p"));
        let html =
            format!("<html><body><div class=post><noscript>{inner}</noscript></div></body></html>");
        let Some(Reading::Article(text)) = read(&html) else {
            panic!("article expected");
        };
        assert!(text.contains("harbour plan"));
        assert!(!text.contains("<p>"));
    }

    #[test]
    fn a_page_without_an_article_is_shown_whole_and_said_so() {
        let links: String = (0..300)
            .map(|i| format!("<li><a>Story {i}</a></li>"))
            .collect();
        let html = format!(
            "<html><body><ul>{links}</ul>{}</body></html>",
            prose(300, "div")
        );
        match read(&html) {
            Some(Reading::Article(text)) => assert!(text.contains("harbour plan")),
            Some(Reading::NotFound(text)) => assert!(text.contains("Story 7")),
            None => panic!("the page has text"),
        }
    }
}
