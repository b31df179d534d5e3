//! The redline of one row for the HTML report: the right text with the
//! left's removed words struck through just before the words that replaced
//! them (`<del>` then `<ins>`), as Word shows tracked changes. Every row
//! carries it in a cell of its own that the page shows in place of the two
//! columns when the reader ticks "Redline"; no script is needed.

use std::fmt::Write as _;

use super::cells::Links;
use super::escape;
use crate::engine::model::{Comparison, Unit, UnitKind};
use crate::report::redline::{redline_runs, RunKind};
use crate::report::wording;

/// The redline of `unit`, as HTML.
pub(super) fn redline(cmp: &Comparison, unit: &Unit, links: &Links<'_>) -> String {
    let mut out = String::new();
    let right = &cmp.right.document.text;
    match (unit.kind, unit.left_span(), unit.right_span()) {
        (UnitKind::Removed, Some(span), _) => links.piece(true, span, None, &mut out),
        (UnitKind::Added, _, Some(span)) => links.piece(false, span, None, &mut out),
        (UnitKind::Unchanged | UnitKind::Equivalent, _, Some(span)) => {
            out.push_str(&escape(&right[span.range()]));
        }
        (_, _, Some(_)) => edited(cmp, unit, links, &mut out),
        (_, Some(span), None) => links.piece(true, span, Some("del"), &mut out),
        (_, None, None) => {}
    }
    out
}

/// An edited unit's redline from its runs ([`crate::report::redline`]):
/// struck words in `<del>` (passages carried elsewhere too), new ones in
/// `<ins>`, each material change's runs in one marked span.
fn edited(cmp: &Comparison, unit: &Unit, links: &Links<'_>, out: &mut String) {
    let runs = redline_runs(cmp, unit);
    let mut open: Option<usize> = None;
    for run in &runs {
        let material = run.edit.filter(|_| run.material.is_some());
        if material != open {
            if open.is_some() {
                out.push_str("</span>");
            }
            if let Some(kind) = run.material.filter(|_| material.is_some()) {
                let _ = write!(
                    out,
                    "<span class=\"mat\" data-material=\"{}\" title=\"{}\">",
                    wording::material_name(kind),
                    escape(&wording::material_hint(kind))
                );
            }
            open = material;
        }
        match run.kind {
            RunKind::Kept => out.push_str(&escape(&cmp.right.document.text[run.bytes.range()])),
            RunKind::Inserted => links.piece(false, run.bytes, Some("ins"), out),
            RunKind::Struck => links.piece_all_in(true, run.bytes, "del", out),
            RunKind::Space => out.push(' '),
        }
    }
    if open.is_some() {
        out.push_str("</span>");
    }
}
