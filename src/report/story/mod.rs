//! The report of a story of many versions, as text: the versions with
//! their own-text share, the reuse matrix, the likely source, and each
//! quotation with its status in every version; [`html`] makes the same as
//! a page. JSON is the [`Story`] itself (docs/json-format.md).

pub mod html;

use std::fmt::Write as _;

use crate::engine::story::{QuoteStatus, Story};

/// What a status is called in reports.
pub fn status_name(status: Option<QuoteStatus>) -> &'static str {
    match status {
        Some(QuoteStatus::Verbatim) => "verbatim",
        Some(QuoteStatus::Partial) => "partial",
        Some(QuoteStatus::Altered) => "altered",
        None => "absent",
    }
}

pub(crate) fn percent(share: f32) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The text report.
pub fn render_text(story: &Story) -> String {
    let mut out = String::new();
    let n = story.versions.len();
    let _ = writeln!(out, "Story of {n} versions\n");
    out.push_str("Versions (own: the share of its words no other version carries)\n");
    for (i, v) in story.versions.iter().enumerate() {
        let source = if story.likely_source == Some(i) {
            "  <- likely source: the others carry most of it"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  [{i}] {} ({} words, own {}){source}",
            v.label,
            v.words,
            percent(v.own_share)
        );
    }
    out.push_str("\nReuse (row carries this share of the column's words)\n      ");
    for j in 0..n {
        let _ = write!(out, "{:>6}", format!("[{j}]"));
    }
    out.push('\n');
    for (i, row) in story.reuse.iter().enumerate() {
        let _ = write!(out, "  {:>4}", format!("[{i}]"));
        for share in row {
            let _ = write!(out, "{:>6}", percent(*share));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\nQuotes ({})", story.quotes.len());
    for (k, group) in story.quotes.iter().enumerate() {
        let speaker = group
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!("{s}: "));
        let _ = writeln!(out, "  {}. {speaker}“{}”", k + 1, group.text.trim());
        let statuses: Vec<String> = (0..n)
            .map(|v| format!("[{v}] {}", status_name(story.status_in(group, v))))
            .collect();
        let _ = writeln!(out, "     {}", statuses.join(" · "));
    }
    out
}
