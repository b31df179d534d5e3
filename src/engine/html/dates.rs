//! The day a web page says its article was published, for telling the
//! versions of a story apart by age. Read from the page's own metadata
//! (the `<meta>` properties publishers and search engines use, or a
//! JSON-LD `datePublished`), else from the first `<time datetime>` inside
//! the `<article>`. One linear pass over the tags: the page is parsed for
//! its article elsewhere, and a date is not worth a second tree.

use crate::engine::model::{DateSource, Dated};

/// `<meta>` names and properties holding the publication date, the most
/// specific first (compared with case folded).
const PUBLISHED: [&str; 11] = [
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "parsely-pub-date",
    "date",
];

/// The publication day `html` gives, and where it was found.
pub fn published(html: &str) -> Option<Dated> {
    let mut best: Option<(usize, String)> = None;
    let mut in_article = 0usize;
    let mut time_in_article: Option<String> = None;
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/'))
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        let tag = &rest[name_len..rest.find('>').unwrap_or(rest.len())];
        match name.as_str() {
            "meta" => {
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| attribute(tag, k))
                    .map(|k| k.to_ascii_lowercase());
                let rank = key.and_then(|k| PUBLISHED.iter().position(|p| *p == k));
                let day = attribute(tag, "content").and_then(Dated::iso_day);
                if let (Some(rank), Some(day)) = (rank, day) {
                    if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                        best = Some((rank, day));
                    }
                }
            }
            "article" => in_article += 1,
            "/article" => in_article = in_article.saturating_sub(1),
            "time" if in_article > 0 && time_in_article.is_none() => {
                time_in_article = attribute(tag, "datetime").and_then(Dated::iso_day);
            }
            _ => {}
        }
    }
    let from_meta = best.map(|(_, day)| day).or_else(|| json_ld(html));
    if let Some(date) = from_meta {
        return Some(Dated {
            date,
            from: DateSource::HtmlMeta,
        });
    }
    time_in_article.map(|date| Dated {
        date,
        from: DateSource::HtmlTime,
    })
}

/// `"datePublished": "2025-03-28…"` in the page's JSON-LD.
fn json_ld(html: &str) -> Option<String> {
    html.match_indices("\"datePublished\"")
        .find_map(|(at, key)| {
            let value = html[at + key.len()..].trim_start().strip_prefix(':')?;
            Dated::iso_day(value.trim_start().strip_prefix('"')?)
        })
}

/// The value of attribute `name` in a tag's attribute text (`
/// property="og:title" content=x`), quoted or not; names compared with
/// case folded.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = &rest[..end];
        rest = rest[end..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, left) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let inner = &after[1..];
                        let close = inner.find(quote).unwrap_or(inner.len());
                        (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                    }
                    _ => {
                        let close = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..close], &after[close..])
                    }
                };
                rest = left;
                value
            }
            None => "",
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(html: &str) -> Option<(String, DateSource)> {
        published(html).map(|d| (d.date, d.from))
    }

    #[test]
    fn the_publication_date_is_read_from_meta_json_ld_or_the_articles_time() {
        let meta = |d: &str| Some((d.to_owned(), DateSource::HtmlMeta));
        assert_eq!(
            day(r#"<meta property="article:published_time" content="2025-03-28T21:29:00Z" />"#),
            meta("2025-03-28")
        );
        // Unquoted, in capitals, after a less specific name.
        assert_eq!(
            day("<META name=date content=2020-01-01><meta property=article:published_time content=2019-10-18T12:17:42+00:00>"),
            meta("2019-10-18")
        );
        assert_eq!(
            day(r#"<meta itemprop="datePublished" content="2019-10-18">"#),
            meta("2019-10-18")
        );
        assert_eq!(
            day(
                r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2022-05-04T08:27:49.000-0300"}</script>"#
            ),
            meta("2022-05-04")
        );
        // A time in the article, not one in the page's furniture.
        assert_eq!(
            day(
                r#"<nav><time datetime="2026-01-01">today</time></nav><article><p>By us <time datetime="2025-03-28T21:29:00Z">28 Mar</time></article>"#
            ),
            Some(("2025-03-28".to_owned(), DateSource::HtmlTime))
        );
        assert_eq!(day(r#"<time datetime="2026-01-01">today</time>"#), None);
        // Another property, or a value that is no date.
        assert_eq!(
            day(
                r#"<meta property="og:title" content="2025-03-28"><meta name="date" content="soon">"#
            ),
            None
        );
    }
}
