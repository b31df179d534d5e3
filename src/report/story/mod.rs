//! The report of a story of many versions, as text: the versions with
//! their own-text share, the reuse matrix, the likely source, and each
//! quotation with its status in every version; [`html`] makes the same as
//! a page. JSON is the [`Story`] itself (docs/json-format.md), written
//! compact and streamed ([`write_json`]).

pub mod badges;
pub mod html;

use std::fmt::Write as _;

use crate::engine::story::{QuoteStatus, Step, Story};
pub use crate::report::wording::story::{source_line, status_in_words, SOURCE_NOTE};

/// Writes the story as JSON to `out` as it goes (no string of the whole
/// is built: at a thousand versions it is tens of megabytes), compact,
/// ended by a newline. Each passage's carriers are the versions that
/// changed from the passage before it, in base-64 digits (docs/json-format.md).
pub fn write_json(story: &Story, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut buffered, story)?;
    std::io::Write::write_all(&mut buffered, b"\n")?;
    std::io::Write::flush(&mut buffered)
}

pub use crate::report::wording::story::status_name;

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
            format!("  <- {SOURCE_NOTE}")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  [{i}] {} ({} words, own {}){source}",
            v.label,
            v.words,
            percent(v.own_share)
        );
    }
    if n >= 2 {
        let _ = writeln!(out, "\n{}", source_line(story));
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
            .map(|v| format!("[{v}] {}", status_in_words(story, group, v)))
            .collect();
        let _ = writeln!(out, "     {}", statuses.join(" · "));
        for o in group.occurrences.iter().filter(|o| !o.diff.is_empty()) {
            let _ = writeln!(out, "     [{}] altered: {}", o.version, diff_marks(&o.diff));
        }
    }
    out
}

/// An altered quotation's word diff in the text report's marks: the
/// common wording's words left out as `[-…-]`, the words put in as `{+…+}`.
pub fn diff_marks(pieces: &[crate::engine::story::Piece]) -> String {
    use crate::engine::story::PieceKind;
    pieces
        .iter()
        .map(|p| match p.kind {
            PieceKind::Same => p.text.clone(),
            PieceKind::Removed => format!("[-{}-]", p.text),
            PieceKind::Added => format!("{{+{}+}}", p.text),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A status as the app's quotes panel shows it: a sign and the word, so
/// it does not rely on colour.
pub fn status_label(status: Option<QuoteStatus>) -> &'static str {
    match status {
        Some(QuoteStatus::Verbatim) => "= verbatim",
        Some(QuoteStatus::Partial) => "… partial",
        Some(QuoteStatus::Altered) => "× altered",
        None => "– absent",
    }
}

/// What a cell of the reuse matrix says to a screen reader and on hover.
pub fn reuse_cell_hint(carrier: &str, carried: &str, share: f32) -> String {
    format!(
        "{carrier} carries {} of the words of {carried}. Open the two side by side.",
        percent(share)
    )
}

/// The badge on a paragraph of a pair: a version carrying it, and how
/// much of it, for the hover text.
pub fn badge_hint(label: &str, share: f32) -> String {
    if share >= badges::WHOLE_FROM {
        format!("{label} carries this paragraph")
    } else {
        format!("{label} carries {} of this paragraph", percent(share))
    }
}

/// The heading of the story view.
pub fn story_heading(story: &Story) -> String {
    let n = story.versions.len();
    if n < 2 {
        return format!("Story of {n} versions");
    }
    format!("Story of {n} versions. {}", source_line(story))
}

/// A quotation as the quotes panel lists it: its speaker and its words.
pub fn quote_line(group: &crate::engine::story::QuoteGroup) -> String {
    let speaker = group
        .speaker
        .as_deref()
        .map_or(String::new(), |s| format!("{s}: "));
    format!("{speaker}“{}”", group.text.trim())
}

/// What the toolbar says of a story under way.
pub fn story_progress(step: Step) -> String {
    match step {
        Step::Reading { read, total } => {
            format!("Reading version {} of {total}…", (read + 1).min(total))
        }
        Step::Indexing => "Indexing the versions…".to_owned(),
        Step::Measured { done, total } => format!("Measuring reuse: {done} of {total}…"),
        Step::Quotes => "Finding quotations…".to_owned(),
    }
}
