//! The report's list of material changes (see [`crate::engine::material`]):
//! each with its kind, where it stands, what it was and what it is now,
//! linked to the row that holds it, so a fact-checker can work through
//! them without reading every rewording.

use std::fmt::Write as _;

use super::escape;
use crate::engine::model::Comparison;
use crate::report::material::{material_changes, sides};
use crate::report::wording;

/// Writes the section; nothing when no change is material.
pub(super) fn material(out: &mut String, cmp: &Comparison) {
    let list = material_changes(cmp);
    if list.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section id=\"material\">\n<h2>Material changes ({})</h2>\n<p class=\"note\">Numbers, dates, negations, quotations and names that differ; outlined in the text below.</p>\n<ol>",
        list.len()
    );
    for change in &list {
        let (was, now) = sides(cmp, change, 120);
        let mut marks = String::new();
        if !was.is_empty() {
            let _ = write!(marks, "<del>{}</del> ", escape(&was));
        }
        if !now.is_empty() {
            let _ = write!(marks, "<ins>{}</ins>", escape(&now));
        }
        if let Some(note) = crate::report::material::renaming_note(cmp, change) {
            let _ = write!(marks, " <span class=\"note\">{}</span>", escape(&note));
        }
        let _ = writeln!(
            out,
            "<li data-material=\"{kind}\"><a href=\"#u{}\">{}</a> <span class=\"where\">{}</span> {marks}</li>",
            change.unit,
            escape(&wording::capitalized(wording::material_name(change.kind))),
            escape(&wording::place(&cmp.units[change.unit])),
            kind = wording::material_name(change.kind),
        );
    }
    out.push_str("</ol>\n</section>\n");
}
