//! The redline of one row for the HTML report: the right text with the
//! left's removed words struck through just before the words that replaced
//! them (`<del>` then `<ins>`), as Word shows tracked changes. Every row
//! carries it in a cell of its own that the page shows in place of the two
//! columns when the reader ticks "Redline"; no script is needed.

use std::fmt::Write as _;

use super::cells::Links;
use super::escape;
use crate::engine::model::{Comparison, EditKind, Unit, UnitKind};
use crate::report::wording;

/// The redline of `unit`, as HTML.
pub(super) fn redline(cmp: &Comparison, unit: &Unit, links: &Links<'_>) -> String {
    let mut out = String::new();
    let (left, right) = (&cmp.left.document.text, &cmp.right.document.text);
    match (unit.kind, unit.left_span(), unit.right_span()) {
        (UnitKind::Removed, Some(span), _) => links.piece(true, span, None, &mut out),
        (UnitKind::Added, _, Some(span)) => links.piece(false, span, None, &mut out),
        (UnitKind::Unchanged | UnitKind::Equivalent, _, Some(span)) => {
            out.push_str(&escape(&right[span.range()]));
        }
        (_, _, Some(span)) => {
            let mut cursor = span.0;
            for edit in &unit.edits {
                if edit.right.0 > cursor {
                    out.push_str(&escape(&right[cursor..edit.right.0]));
                }
                if let Some(kind) = edit.material {
                    let _ = write!(
                        out,
                        "<span class=\"mat\" data-material=\"{}\" title=\"{}\">",
                        wording::material_name(kind),
                        escape(&wording::material_hint(kind))
                    );
                }
                let struck = matches!(edit.kind, EditKind::Removed | EditKind::Rewritten)
                    && !edit.left.is_empty();
                if struck {
                    let before = right[span.0..edit.right.0].chars().next_back();
                    if before.is_some_and(|c| !c.is_whitespace())
                        && !left[edit.left.range()].starts_with(char::is_whitespace)
                    {
                        out.push(' ');
                    }
                    links.piece(true, edit.left, Some("del"), &mut out);
                    let before_next = right[edit.right.0..].chars().next();
                    let old = &left[edit.left.range()];
                    if !old.ends_with(char::is_whitespace)
                        && before_next
                            .is_some_and(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
                    {
                        out.push(' ');
                    }
                }
                match edit.kind {
                    EditKind::Unchanged => out.push_str(&escape(&right[edit.right.range()])),
                    _ => links.piece(false, edit.right, Some("ins"), &mut out),
                }
                if edit.material.is_some() {
                    out.push_str("</span>");
                }
                cursor = cursor.max(edit.right.1);
            }
            if span.1 > cursor {
                out.push_str(&escape(&right[cursor..span.1]));
            }
        }
        (_, Some(span), None) => links.piece(true, span, Some("del"), &mut out),
        (_, None, None) => {}
    }
    out
}
