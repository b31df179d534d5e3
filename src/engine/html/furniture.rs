//! Page furniture found by what the page calls it, before and after the
//! article block is chosen.
//!
//! Readability scores text density, and a byline box, a date line, a tag
//! list or a "most read" column is small and often sits inside the article
//! element, so the scoring keeps it. These rules read the class and id
//! vocabulary sites use for such parts (general words, never a site's
//! name), and, once the block is chosen, link density: a block inside the
//! article whose text is mostly links is a list of other pages.
//!
//! Both err on the side of prose: an element holding a large share of the
//! page's words, or several paragraphs of unlinked prose, is never taken
//! out, whatever its class says.
//!
//! Measured on the 990 real pages of `tests/extraction_real.rs` (with the
//! reader prompts of [`crate::engine::boilerplate`] added in the same
//! round): disclaimer, disclosure and affiliate boxes and WordPress post
//! footers (`postmetadata`, `entry-utility`) joined the vocabulary, and
//! figure captions of at most a dozen words are taken out (photo labels:
//! "Energy Snack", "Jill Binder, speaking at a WordCamp"); longer captions
//! are kept, as they often carry the story (a dozen words: 15 furniture
//! snippets for one of the article; fifteen words: 21 for 3). Together
//! with the prompts: precision 0.910 to 0.925, recall unchanged at 0.930,
//! F1 0.920 to 0.928. `rating` as a class word was dropped: it took no
//! furniture the text rules had not, and on a recipe page it changed the
//! block Readability chose and lost the steps.

/// Parts of class or id names that mark furniture: bylines and author
/// boxes, date lines, tag and category lists, breadcrumbs, share and
/// social bars, "related", "recommended" and "most read" lists, sign-up
/// boxes, pagination, print and screen-reader-only labels. Matched inside
/// one class name (`post-meta`, `article__byline`, `relatedPosts`).
const FURNITURE_PARTS: &[&str] = &[
    "byline",
    "author",
    "dateline",
    "timestamp",
    "pubdate",
    "publish-date",
    "published",
    "breadcrumb",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "popular",
    "trending",
    "most-read",
    "mostread",
    "newsletter",
    "subscribe",
    "signup",
    "pagination",
    "tagcloud",
    "tag-list",
    "taglist",
    "post-tags",
    "entry-tags",
    "article-tags",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "disclaimer",
    "disclosure",
    "affiliate",
    "postmetadata",
    "entry-utility",
];

/// Whole class names (after splitting at `-` and `_`) that mark furniture:
/// too short to match inside other words (`date` is in `update`, `meta` in
/// `metadata`, `tags` in `hashtags`).
const FURNITURE_WORDS: &[&str] = &["date", "meta", "tags", "tag", "time", "print", "author"];

/// Parts of class or id names that mark the article itself: an element so
/// named is never taken out ("entry-meta" is furniture, "entry-content"
/// is not).
const ARTICLE_PARTS: &[&str] = &[
    "content",
    "article-body",
    "articlebody",
    "story-body",
    "post-body",
    "entry-text",
];

/// An element holding at least this share of the page's prose words is
/// never furniture.
const MAX_FURNITURE_SHARE: f64 = 0.25;
/// Nor one holding this many paragraphs.
const MAX_FURNITURE_PARAGRAPHS: usize = 3;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether one class or id name marks furniture.
fn is_furniture_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    if ARTICLE_PARTS.iter().any(|p| name.contains(p)) {
        return false;
    }
    FURNITURE_PARTS.iter().any(|p| name.contains(p))
        || name
            .split(['-', '_'])
            .any(|word| FURNITURE_WORDS.contains(&word))
}

/// Whether the element's class or id names it furniture.
fn named_furniture(node: &dom_query::NodeRef) -> bool {
    let class = node.attr("class");
    let id = node.attr("id");
    let names = class
        .iter()
        .chain(id.iter())
        .flat_map(|s| s.split_whitespace());
    let mut furniture = false;
    for name in names {
        let lower = name.to_ascii_lowercase();
        if ARTICLE_PARTS.iter().any(|p| lower.contains(p)) {
            return false;
        }
        furniture |= is_furniture_name(name);
    }
    furniture
}

/// Takes out the elements of `doc`'s body that their class or id names
/// furniture, sparing any with a large share of the page's `prose` words
/// or several paragraphs.
pub(super) fn remove_named(doc: &dom_query::Document, prose: usize) {
    let most = ((prose as f64 * MAX_FURNITURE_SHARE).ceil() as usize).max(1);
    let named = doc.select("body [class], body [id]");
    let mut doomed = Vec::new();
    for node in named.nodes() {
        if matches!(
            node.node_name().as_deref(),
            Some("body" | "html" | "article" | "main" | "h1")
        ) {
            continue;
        }
        if !named_furniture(node) {
            continue;
        }
        if word_count(&node.text()) >= most || node.find(&["p"]).len() >= MAX_FURNITURE_PARAGRAPHS {
            continue;
        }
        doomed.push(*node);
    }
    for node in doomed {
        node.remove_from_parent();
    }
    remove_short_captions(doc);
}

/// Captions of at most this many words are photo labels ("Energy
/// Snack", "Chris Eubank Jr.", "Jill Binder, speaking at a WordCamp"),
/// not the story's text; longer captions often carry it.
const MAX_LABEL_CAPTION_WORDS: usize = 12;

/// Takes out of `doc`'s body the figure captions, and elements whose class
/// or id names a caption, of at most [`MAX_LABEL_CAPTION_WORDS`] words.
fn remove_short_captions(doc: &dom_query::Document) {
    let mut doomed = Vec::new();
    for node in doc
        .select("body figcaption, body [class*=caption], body [id*=caption]")
        .nodes()
    {
        if matches!(
            node.node_name().as_deref(),
            Some("body" | "html" | "article" | "main")
        ) {
            continue;
        }
        if word_count(&node.text()) <= MAX_LABEL_CAPTION_WORDS {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// Link density above which a block inside the article is a link list.
const MAX_LINK_DENSITY: f64 = 0.5;
/// Blocks of at least this many words are kept whatever their links.
const MAX_LINK_BLOCK_WORDS: usize = 80;

/// Takes out of the chosen article's markup the blocks whose text is
/// mostly links: lists of other stories left inside the article element.
pub(super) fn remove_link_blocks(doc: &dom_query::Document) {
    let mut doomed = Vec::new();
    let visible_chars = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
    for node in doc.select("div, section, ul, ol, table, aside, p").nodes() {
        // Links first: most blocks have none, and their text is not needed.
        let linked: usize = node
            .find(&["a"])
            .iter()
            .map(|a| visible_chars(&a.text()))
            .sum();
        if linked == 0 {
            continue;
        }
        let text = node.text();
        if word_count(&text) >= MAX_LINK_BLOCK_WORDS {
            continue;
        }
        if linked as f64 > visible_chars(&text) as f64 * MAX_LINK_DENSITY {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_names() {
        assert!(is_furniture_name("post-meta"));
        assert!(is_furniture_name("article__byline"));
        assert!(is_furniture_name("relatedPosts"));
        assert!(is_furniture_name("entry_date"));
        assert!(!is_furniture_name("entry-content"));
        assert!(!is_furniture_name("update-box"));
        assert!(!is_furniture_name("metadata"));
        assert!(is_furniture_name("editorial-disclaimer"));
        assert!(is_furniture_name("affiliate-text"));
        assert!(is_furniture_name("postmetadata"));
    }

    #[test]
    fn short_captions_are_taken_out_and_long_ones_kept() {
        let html = "<html><body><article><p>The council voted on the harbour plan.</p>\
            <figure><img src=a><figcaption>Jill Binder, speaking at a WordCamp</figcaption></figure>\
            <div class=\"media__caption\">Energy Snack</div>\
            <figure><figcaption>Shoppers in the mall in November. Miami ranks second among the \
            best cities in the country for holiday shopping, a survey found.</figcaption></figure>\
            </article></body></html>";
        let doc = dom_query::Document::from(html);
        remove_named(&doc, 400);
        let text = doc.select("body").text();
        assert!(text.contains("harbour plan"));
        assert!(!text.contains("Jill Binder"));
        assert!(!text.contains("Energy Snack"));
        assert!(text.contains("Miami ranks second"));
    }

    #[test]
    fn a_byline_and_a_link_list_inside_the_article_are_taken_out() {
        let prose = "<p>The council voted on the harbour plan after a long debate.</p>".repeat(30);
        let html = format!(
            "<html><body><article><div class=\"post-meta\">By Ann Lee, 3 May</div>{prose}\
             <div><a href=a>One story</a> <a href=b>Another story</a></div></article></body></html>"
        );
        let doc = dom_query::Document::from(html.as_str());
        remove_named(&doc, 400);
        remove_link_blocks(&doc);
        let text = doc.select("body").text();
        assert!(text.contains("harbour plan"));
        assert!(!text.contains("Ann Lee"));
        assert!(!text.contains("One story"));
    }
}
