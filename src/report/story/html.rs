//! The story of many versions as a self-contained HTML page: the versions
//! ranked by how much of them is their own, the reuse matrix as a heat map
//! with its numbers, the quote table, and each version's text with every
//! passage marked by the other versions that carry it. No script.

use std::fmt::Write as _;

use super::{percent, status_name};
use crate::engine::story::Story;
use crate::report::html::escape;

const STYLE: &str = "body{font:16px/1.5 Georgia,serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1a1a1a}\
h1,h2,h3,table{font-family:system-ui,sans-serif}table{border-collapse:collapse;margin:1em 0}\
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}\
.heat td{text-align:right;min-width:3.5em}.source{font-weight:bold}\
.verbatim{background:#dff3e4}.partial{background:#fff3c4}.altered{background:#fbd5d5;font-weight:bold}.absent{color:#888}\
.text{white-space:pre-wrap}.own{background:#fde2c8}.shared{background:#e4ecfb}\
.legend span{padding:0 .4em;margin-right:.6em}";

/// The HTML report.
pub fn render_html(story: &Story) -> String {
    let n = story.versions.len();
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"syndiff {}\"><title>syndiff: story of {n} versions</title><style>{STYLE}</style></head><body>\n<h1>Story of {n} versions</h1>\n",
        env!("CARGO_PKG_VERSION")
    );
    versions(&mut out, story);
    heat_map(&mut out, story);
    quotes(&mut out, story);
    texts(&mut out, story);
    out.push_str("</body></html>\n");
    out
}

fn versions(out: &mut String, story: &Story) {
    out.push_str("<h2>Versions, most of their own first</h2>\n<table><tr><th></th><th>Version</th><th>Words</th><th>Own</th><th></th></tr>\n");
    let mut order: Vec<usize> = (0..story.versions.len()).collect();
    order.sort_by(|&a, &b| {
        story.versions[b]
            .own_share
            .total_cmp(&story.versions[a].own_share)
    });
    for i in order {
        let v = &story.versions[i];
        let note = if story.likely_source == Some(i) {
            super::SOURCE_NOTE
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr><td>[{i}]</td><td><a href=\"#v{i}\">{}</a></td><td>{}</td><td>{}</td><td class=\"source\">{note}</td></tr>",
            escape(&v.label),
            v.words,
            percent(v.own_share)
        );
    }
    out.push_str("</table>\n");
    if story.versions.len() >= 2 {
        let _ = writeln!(
            out,
            "<p class=\"source\">{}</p>",
            escape(&super::source_line(story))
        );
    }
}

fn heat_map(out: &mut String, story: &Story) {
    out.push_str("<h2>Reuse</h2>\n<p>Each row carries this share of the column's words.</p>\n<table class=\"heat\"><tr><th></th>");
    for j in 0..story.versions.len() {
        let _ = write!(out, "<th>[{j}]</th>");
    }
    out.push_str("</tr>\n");
    for (i, row) in story.reuse.iter().enumerate() {
        let _ = write!(out, "<tr><th>[{i}]</th>");
        for (j, &share) in row.iter().enumerate() {
            let _ = write!(
                out,
                "<td style=\"background:rgba(40,90,200,{:.2})\" title=\"[{i}] carries {} of [{j}]\">{}</td>",
                share * 0.6,
                percent(share),
                percent(share)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn quotes(out: &mut String, story: &Story) {
    let _ = write!(
        out,
        "<h2>Quotes ({})</h2>\n<table><tr><th>Quote</th>",
        story.quotes.len()
    );
    for j in 0..story.versions.len() {
        let _ = write!(out, "<th>[{j}]</th>");
    }
    out.push_str("</tr>\n");
    for group in &story.quotes {
        let speaker = group
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!("{}: ", escape(s)));
        let _ = write!(out, "<tr><td>{speaker}“{}”</td>", escape(group.text.trim()));
        for v in 0..story.versions.len() {
            let name = status_name(story.status_in(group, v));
            // An altered quotation says how, on hover: the same marks as
            // the text report.
            let how = group
                .occurrences
                .iter()
                .find(|o| o.version == v && !o.diff.is_empty())
                .map_or(String::new(), |o| {
                    format!(" title=\"{}\"", escape(&super::diff_marks(&o.diff)))
                });
            let said = super::status_in_words(story, group, v);
            let _ = write!(out, "<td class=\"{name}\"{how}>{said}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn texts(out: &mut String, story: &Story) {
    out.push_str("<h2>The versions</h2>\n<p class=\"legend\"><span class=\"own\">only in this version</span><span class=\"shared\">carried by other versions (hover to see which)</span></p>\n");
    for (i, v) in story.versions.iter().enumerate() {
        let _ = write!(
            out,
            "<section id=\"v{i}\"><h3>[{i}] {}</h3><div class=\"text\">",
            escape(&v.label)
        );
        let mut cursor = 0;
        for p in story.passages.iter().filter(|p| p.version == i) {
            out.push_str(&escape(&v.text[cursor..p.range.0]));
            let (class, title) = if p.carried_by.is_empty() {
                ("own", "only in this version".to_owned())
            } else {
                let names: Vec<String> = p.carried_by.iter().map(|c| format!("[{c}]")).collect();
                ("shared", format!("also in {}", names.join(", ")))
            };
            let _ = write!(
                out,
                "<span class=\"{class}\" title=\"{title}\">{}</span>",
                escape(&v.text[p.range.range()])
            );
            cursor = p.range.1;
        }
        out.push_str(&escape(&v.text[cursor..]));
        out.push_str("</div></section>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Document;

    #[test]
    fn the_page_holds_the_matrix_the_quotes_and_every_text_escaped() {
        let docs = [
            Document::from_text(
                Some("a.txt"),
                "The mayor said “the budget is balanced and the city is safe” on Monday <script>x</script>.",
            ),
            Document::from_text(
                Some("b.txt"),
                "The mayor said “the budget is balanced and the city is safe” on Tuesday.",
            ),
            Document::from_text(Some("c.txt"), "Something else entirely happened in the city today."),
        ];
        let story = crate::engine::story::story(&docs);
        let html = render_html(&story);
        assert_eq!(html.matches("title=\"[").count(), 9, "a 3×3 heat map");
        assert!(html.contains("<td class=\"verbatim\">verbatim</td><td class=\"verbatim\">verbatim</td><td class=\"absent\">absent</td>"), "{html}");
        assert_eq!(html.matches("<section id=\"v").count(), 3);
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
        assert!(html.contains("title=\"also in [1]\""), "{html}");
        assert!(html.contains("class=\"own\""));
    }
}
