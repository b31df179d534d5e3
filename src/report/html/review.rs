//! The editor's review in the HTML report: how far it got, a tick on each
//! reviewed change (in the list and in its row) and the notes under their
//! rows.

use std::fmt::Write;

use super::escape;
use crate::engine::model::{Comparison, Unit};
use crate::report::wording;
use crate::review::ReviewLog;

/// The summary's review line: "Review: 12 of 37 changes reviewed, 3 notes".
pub fn summary_line(out: &mut String, cmp: &Comparison, log: Option<&ReviewLog>) {
    let Some(log) = log else {
        return;
    };
    let changes = cmp.change_indices();
    let notes = log
        .marks_by_unit(cmp)
        .filter(|(_, m)| !m.note.is_empty())
        .count();
    let _ = writeln!(
        out,
        "<dt>Review</dt><dd>{}</dd>",
        escape(&wording::review_progress(
            log.reviewed_count(cmp, &changes),
            changes.len(),
            notes
        ))
    );
}

/// The tick before a reviewed change in the list, with its note after it.
pub fn list_mark(log: Option<&ReviewLog>, unit: &Unit) -> (String, String) {
    let Some(log) = log else {
        return (String::new(), String::new());
    };
    let tick = if log.is_reviewed(unit) {
        "<span class=\"reviewed\" title=\"reviewed\">✓</span> ".to_owned()
    } else {
        String::new()
    };
    let note = match log.note(unit) {
        "" => String::new(),
        note => format!(" <span class=\"note\">Note: {}</span>", escape(note)),
    };
    (tick, note)
}

/// The row's review: a tick in its gutter and its note under it.
pub fn row_mark(log: Option<&ReviewLog>, unit: &Unit) -> (&'static str, String) {
    let Some(log) = log else {
        return ("", String::new());
    };
    let tick = if log.is_reviewed(unit) {
        "<br><span class=\"reviewed\" title=\"reviewed\">✓</span>"
    } else {
        ""
    };
    let note = match log.note(unit) {
        "" => String::new(),
        note => format!(
            "<div class=\"row-note\"><strong>Note:</strong> {}</div>\n",
            escape(note)
        ),
    };
    (tick, note)
}
