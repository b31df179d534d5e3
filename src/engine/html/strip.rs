//! The linear fallback for pages the HTML parser would take too long on
//! (nested thousands deep, or tens of megabytes): a single scan that drops
//! tags, skips script and style content, breaks lines at block elements and
//! decodes the common entities. Its output goes through the same tidying as
//! the parser's.

/// Elements that never nest content (`<br>`, `<img>`...).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements whose content is not shown.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe",
];
/// Elements that start a new block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "ul",
    "ol",
    "table",
    "figure",
    "figcaption",
    "aside",
    "nav",
    "main",
    "pre",
    "dd",
    "dt",
    "title",
    "body",
    "br",
    "hr",
];

/// The name of the tag starting at `html[at..]` (after `<` or `</`),
/// lowercased, and where the tag ends (after `>`).
fn tag_at(html: &str, at: usize) -> (String, usize) {
    let rest = &html[at..];
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    let end = rest.find('>').map_or(html.len(), |i| at + i + 1);
    (name, end)
}

/// An upper estimate of how deep the page's elements nest: a linear scan of
/// the tags, no parsing.
pub(super) fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while let Some(offset) = memchr_lt(&bytes[i..]) {
        let at = i + offset + 1;
        match bytes.get(at) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, end) = tag_at(html, at);
                let self_closing = html[at..end.max(at)].ends_with("/>");
                if !self_closing && !VOID.contains(&name.as_str()) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
        i = at;
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// The visible text of a page by a linear scan: tags dropped, script and
/// style content skipped, block tags turned into line breaks, the common
/// entities decoded. Used where the parser would be too slow.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < html.len() {
        let Some(offset) = html[i..].find('<') else {
            out.push_str(&decode_entities(&html[i..]));
            break;
        };
        out.push_str(&decode_entities(&html[i..i + offset]));
        let at = i + offset + 1;
        if html[at..].starts_with("!--") {
            i = html[at..].find("-->").map_or(html.len(), |e| at + e + 3);
            continue;
        }
        let closing = html[at..].starts_with('/');
        let (name, end) = tag_at(html, at + usize::from(closing));
        if name.is_empty() && !closing && !html[at..].starts_with('!') {
            out.push('<');
            i = at;
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
        i = end;
        if !closing && SKIPPED.contains(&name.as_str()) {
            let close = format!("</{name}");
            i = find_ignoring_case(&html[i..], &close).map_or(html.len(), |e| i + e);
        }
    }
    out
}

/// Where ASCII `needle` first occurs in `hay`, ignoring ASCII case.
fn find_ignoring_case(hay: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// Decodes the named entities news pages use and numeric references.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let entity = &rest[1..e];
            let c = match entity {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                "mdash" => '—',
                "ndash" => '–',
                "hellip" => '…',
                "lsquo" => '‘',
                "rsquo" => '’',
                "ldquo" => '“',
                "rdquo" => '”',
                _ => {
                    let number = entity.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
