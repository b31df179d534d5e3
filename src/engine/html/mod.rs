//! Web pages in: a saved `.html` page becomes the text of its article.
//!
//! People save news pages from their browser; the story sits among
//! navigation, scripts, share bars, adverts and comments. By default the
//! loader keeps only the article (readability-style extraction with
//! `dom_smoothie`, the algorithm of Firefox's Reader View): its title and
//! body paragraphs, one blank line between blocks. The whole-page mode keeps
//! every visible text of the page instead, for when extraction cut too much.
//!
//! The extracted text is what the pane shows and what byte ranges index; the
//! page's markup is not part of the comparison. The page's publication date
//! is read from it too ([`published`]), for a story's provenance.

mod article;
mod dates;
mod furniture;
mod lead;
mod siblings;
mod strip;
use article::Reading;
pub use dates::published;
use strip::nesting_depth;
pub use strip::strip_tags;

/// How much of the HTML to reach for the charset declaration, as browsers do.
const CHARSET_PRESCAN_BYTES: usize = 1024;
/// How much of a file to look at when deciding whether it is HTML.
const SNIFF_BYTES: usize = 4096;
/// Pages with more elements than this skip extraction and load whole: the
/// scoring pass is quadratic in the worst case.
const MAX_ELEMENTS_TO_EXTRACT: usize = 200_000;
/// Markup nested deeper than this, or pages larger than
/// [`MAX_PARSED_BYTES`], are not given to the HTML parser at all: tree
/// building and extraction take time quadratic in the depth (5 s for 5,000
/// nested `<div>`s). Such pages load through [`strip_tags`], a linear scan
/// that keeps the visible text. Real news pages nest well under 100 deep.
const MAX_PARSED_DEPTH: usize = 400;
/// See [`MAX_PARSED_DEPTH`].
const MAX_PARSED_BYTES: usize = 32 * 1024 * 1024;

/// Elements whose text is never shown by a browser.
/// Ruby annotations (`rt`, `rp`: the reading printed above Japanese or
/// Chinese characters) are shown, but they are not the sentence: read
/// inline they double every annotated word.
const INVISIBLE: &str = "script, style, noscript, template, head, svg, iframe, object, rt, rp";

/// True for `.html` / `.htm` / `.xhtml` names, or bytes that start like HTML.
pub fn looks_like_html(bytes: &[u8], extension: Option<&str>) -> bool {
    if let Some(ext) = extension {
        if ["html", "htm", "xhtml", "shtml"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
        {
            return true;
        }
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return true;
    }
    start.starts_with('<') && (head.contains("<html") || head.contains("<body"))
}

/// The encoding a `<meta charset>` or `http-equiv` declaration names in the
/// first kilobyte, if any and if known.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(CHARSET_PRESCAN_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(pos) = tag.find("charset") {
            let value = tag[pos + "charset".len()..]
                .trim_start()
                .strip_prefix('=')
                .map(|v| v.trim_start().trim_start_matches(['"', '\'']));
            if let Some(value) = value {
                let end = value
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c.is_whitespace() || c == '/'
                    })
                    .unwrap_or(value.len());
                if let Some(encoding) = encoding_rs::Encoding::for_label(&value.as_bytes()[..end]) {
                    // A page that says UTF-16 but reached us as bytes without a
                    // BOM is ASCII-compatible: the declaration is wrong.
                    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                        return Some(encoding_rs::UTF_8);
                    }
                    return Some(encoding);
                }
            }
        }
    }
    None
}

/// What came out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub text: String,
    /// True when the article was found; false when the whole page was kept
    /// (asked for, or no article could be found).
    pub article: bool,
    /// The article was looked for and not found (none, or too little of
    /// the page to trust): the whole page is shown instead.
    pub article_not_found: bool,
}

/// Extracts the article of `html`, or the whole page's visible text when
/// `whole_page` is set or no article is found.
pub fn extract(html: &str, whole_page: bool) -> Extracted {
    let whole = |text: String, article_not_found: bool| Extracted {
        text,
        article: false,
        article_not_found,
    };
    if html.len() > MAX_PARSED_BYTES || nesting_depth(html) > MAX_PARSED_DEPTH {
        return whole(tidy(&strip_tags(html)), false);
    }
    if whole_page {
        return whole(page_text(html), false);
    }
    match article::read(html) {
        Some(Reading::Article(text)) => Extracted {
            text,
            article: true,
            article_not_found: false,
        },
        Some(Reading::NotFound(text)) => whole(text, true),
        None => whole(String::new(), true),
    }
}

/// Every text a browser would show, block elements on lines of their own.
fn page_text(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select(INVISIBLE).remove();
    let text = match doc.body() {
        Some(body) => body.formatted_text(),
        None => doc.formatted_text(),
    };
    tidy(&text)
}

/// One block per non-blank line, trimmed, with stray control characters
/// and soft hyphens (U+00AD, shown only where a line breaks; German pages
/// put them inside long words) removed, and exactly one blank line between
/// blocks. Lines of one element
/// in the formatted text (list items, table cells, `<br>` lines) are
/// separate things on the page, so they stay separate blocks.
fn tidy(text: &str) -> String {
    // Built in one string: a 200-story page has thousands of lines, and
    // most are plain ASCII with nothing to take out.
    let mut out = String::with_capacity(text.len());
    let mut kept = String::new();
    for line in text.lines() {
        let plain = line
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || b == b'\t');
        let line = if plain {
            line.trim()
        } else {
            kept.clear();
            kept.extend(
                line.chars()
                    .filter(|c| (!c.is_control() || *c == '\t') && *c != '\u{ad}'),
            );
            kept.trim()
        };
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_meta_tags() {
        let meta = |s: &str| declared_charset(s.as_bytes()).map(encoding_rs::Encoding::name);
        assert_eq!(
            meta("<meta charset=\"windows-1252\">"),
            Some("windows-1252")
        );
        assert_eq!(meta("<META CHARSET=iso-8859-1>"), Some("windows-1252"));
        assert_eq!(
            meta("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            Some("Shift_JIS")
        );
        assert_eq!(meta("<meta charset='utf-16'>"), Some("UTF-8"));
        assert_eq!(meta("<meta name=viewport content=width>"), None);
        assert_eq!(meta("<meta charset=bogus-9>"), None);
    }

    #[test]
    fn html_is_recognised_by_name_or_content() {
        assert!(looks_like_html(b"plain", Some("HTM")));
        assert!(looks_like_html(b"\n  <!DOCTYPE html><p>x", Some("txt")));
        assert!(looks_like_html(b"<div>x</div><body>", None));
        assert!(!looks_like_html(b"Prices rose <5%> in <html> terms", None));
        assert!(!looks_like_html(b"# Heading\n\ntext", Some("md")));
    }

    #[test]
    fn deep_nesting_takes_the_linear_path() {
        let deep = format!(
            "<html><body>{}deep &amp; text{}</body></html>",
            "<div>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        assert!(nesting_depth(&deep) > MAX_PARSED_DEPTH);
        let out = extract(&deep, false);
        assert_eq!(out.text, "deep & text");
        assert!(!out.article);
    }

    #[test]
    fn strip_tags_keeps_visible_text() {
        let html = "<p>One &lt;two&gt; &#8220;three&#x201D;</p><script>if (a<b) x()</script><!-- note --><br>Four<img src=x> five &bogus; 3 < 4";
        assert_eq!(
            tidy(&strip_tags(html)),
            "One <two> “three”\n\nFour five &bogus; 3 < 4"
        );
    }

    #[test]
    fn ruby_readings_and_soft_hyphens_are_not_text() {
        let html = "<html><body><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども</p>\
            <p>Mit\u{ad}tel\u{ad}al\u{ad}ter</p></body></html>";
        let out = extract(html, true);
        assert_eq!(out.text, "子ども\n\nMittelalter");
    }

    #[test]
    fn whole_page_keeps_visible_text_only() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <nav><a>Home</a></nav><script>alert(1)</script><p>First para.</p><p>Second &amp; last.</p></body></html>";
        let out = extract(html, true);
        assert!(!out.article);
        assert_eq!(out.text, "Home\n\nFirst para.\n\nSecond & last.");
    }
}
