//! The terminal report: each changed unit with its kind and inline marks
//! (`[-removed-]{+added+}`), then a summary. Colour is optional; the marks
//! are always there, so the report reads the same without colour.

use std::fmt::Write as _;

use super::link_places::LinkPlaces;
use super::wording;
use crate::engine::model::{ByteRange, Comparison, Edit, EditKind, Unit, UnitKind};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// How to write the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// ANSI colours.
    pub color: bool,
    /// Also print unchanged and equivalent paragraphs.
    pub show_unchanged: bool,
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, style: &str, text: &str) -> String {
        if self.on {
            format!("{style}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }
}

/// Renders the whole comparison as text.
pub fn render(cmp: &Comparison, options: TextOptions) -> String {
    let paint = Paint { on: options.color };
    let mut out = String::new();
    // Each name says how the file was read and its words ("(UTF-8, 353
    // words)", "(Word document, tracked changes accepted, 812 words)").
    let name = |left: bool| {
        let side = if left { &cmp.left } else { &cmp.right };
        let path = side
            .document
            .path
            .clone()
            .unwrap_or_else(|| "(text)".to_owned());
        format!("{path} ({})", wording::side_header(cmp, left))
    };
    let _ = writeln!(
        out,
        "{}",
        paint.wrap(BOLD, &format!("--- {}\n+++ {}", name(true), name(false)))
    );
    let places = LinkPlaces::new(cmp);
    let mut shared_in: Vec<Vec<usize>> = vec![Vec::new(); cmp.units.len()];
    for (link, &(left_unit, right_unit)) in places.units.iter().enumerate() {
        shared_in[left_unit].push(link);
        if right_unit != left_unit {
            shared_in[right_unit].push(link);
        }
    }
    for (index, unit) in cmp.units.iter().enumerate() {
        if !unit.kind.is_change() && !options.show_unchanged {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{}",
            paint.wrap(BOLD, &unit_heading(cmp, index, unit))
        );
        let _ = writeln!(out, "{}", unit_body(cmp, unit, &paint));
        for &link in &shared_in[index] {
            out.push_str(&shared_line(cmp, link, places.units[link], index, &paint));
        }
    }
    out.push_str(&passages(cmp, &paint));
    out.push_str(&material(cmp, &paint));
    out.push('\n');
    out.push_str(&summary(cmp));
    out
}

fn unit_heading(cmp: &Comparison, index: usize, unit: &Unit) -> String {
    format!(
        "#{} {}{} (left {}, right {}, similarity {:.0}%){}",
        index + 1,
        wording::kind_name(unit.kind),
        unit.boilerplate.map_or(String::new(), |b| format!(
            " boilerplate: {}",
            wording::boilerplate_kind(b)
        )),
        wording::paragraphs(unit.left_blocks, Some(cmp.left.blocks.len())),
        wording::paragraphs(unit.right_blocks, Some(cmp.right.blocks.len())),
        unit.similarity * 100.0,
        if unit.capped {
            " [word diff capped]"
        } else {
            ""
        }
    )
}

fn unit_body(cmp: &Comparison, unit: &Unit, paint: &Paint) -> String {
    let left = &cmp.left.document.text;
    let right = &cmp.right.document.text;
    match unit.kind {
        UnitKind::Added => {
            let span = unit.right_span().map_or("", |s| &right[s.range()]);
            paint.wrap(GREEN, &format!("{{+{span}+}}"))
        }
        UnitKind::Removed => {
            let span = unit.left_span().map_or("", |s| &left[s.range()]);
            paint.wrap(RED, &format!("[-{span}-]"))
        }
        UnitKind::Unchanged | UnitKind::Equivalent => unit
            .right_span()
            .map_or(String::new(), |s| paint.wrap(DIM, &right[s.range()])),
        _ => {
            let Some(span) = unit.right_span() else {
                return String::new();
            };
            let mut out = String::new();
            let mut cursor = span.0;
            let mut left_cursor = unit.left_span().map_or(0, |s| s.0);
            for (k, edit) in unit.edits.iter().enumerate() {
                let right_gap = &right[cursor..edit.right.0.max(cursor)];
                let left_gap = &left[left_cursor..edit.left.0.max(left_cursor)];
                let removed =
                    |gap: &str| paint.wrap(RED, &format!("[-{gap}{}-]", &left[edit.left.range()]));
                let added = |gap: &str| {
                    paint.wrap(GREEN, &format!("{{+{gap}{}+}}", &right[edit.right.range()]))
                };
                match edit.kind {
                    EditKind::Unchanged => {
                        out.push_str(right_gap);
                        out.push_str(&right[edit.right.range()]);
                    }
                    EditKind::Added => {
                        out.push_str(right_gap);
                        out.push_str(&added(""));
                    }
                    EditKind::Removed => {
                        out.push_str(right_gap);
                        if !left_gap.is_empty() && !out.ends_with(char::is_whitespace) {
                            out.push(' ');
                        }
                        // Where only the left has a space after the removal
                        // ("“It … will be meeting" against "“meeting"), the
                        // mark carries it: "“[-It … will be -]meeting".
                        let carried = removal_tail(cmp, unit, k, left_gap);
                        let text = &left[edit.left.0..edit.left.1 + carried];
                        out.push_str(&paint.wrap(RED, &format!("[-{text}-]")));
                        left_cursor = left_cursor.max(edit.left.1 + carried);
                    }
                    EditKind::Rewritten if left_gap == right_gap => {
                        out.push_str(right_gap);
                        let marks = unit.char_edits_in(edit);
                        if marks.is_empty() {
                            out.push_str(&removed(""));
                            out.push_str(&added(""));
                        } else {
                            out.push_str(&in_word(cmp, edit.right, marks, paint));
                        }
                    }
                    // The sides are spaced differently before the rewrite
                    // ("productive call" against "productive” first"): each
                    // mark carries its own side's spacing, so reading either
                    // side back from the report gives that side's text.
                    EditKind::Rewritten => {
                        out.push_str(&removed(left_gap));
                        out.push_str(&added(right_gap));
                    }
                }
                cursor = edit.right.1.max(cursor);
                left_cursor = edit.left.1.max(left_cursor);
            }
            out.push_str(&right[cursor..span.1.max(cursor)]);
            out
        }
    }
}

/// The length of the left's spacing after removed edit `k` that the right
/// lacks there, when the left had none before it; 0 otherwise.
fn removal_tail(cmp: &Comparison, unit: &Unit, k: usize, left_gap: &str) -> usize {
    let edit = unit.edits[k];
    let next = unit.edits.get(k + 1);
    let left_end = next.map_or_else(
        || unit.left_span().map_or(edit.left.1, |s| s.1),
        |n| n.left.0,
    );
    let right_end = next.map_or_else(
        || unit.right_span().map_or(edit.right.1, |s| s.1),
        |n| n.right.0,
    );
    let left_after = &cmp.left.document.text[edit.left.1..left_end.max(edit.left.1)];
    let right_after = &cmp.right.document.text[edit.right.1..right_end.max(edit.right.1)];
    if left_gap.is_empty() && right_after.is_empty() {
        left_after.len()
    } else {
        0
    }
}

/// A word that differs by a few characters, with only those characters
/// marked: `heaven{+s+}`, `neighbo[-u-]r`. The characters between marks
/// are the same on both sides.
fn in_word(cmp: &Comparison, right_range: ByteRange, marks: &[Edit], paint: &Paint) -> String {
    let (left, right) = (&cmp.left.document.text, &cmp.right.document.text);
    let mut out = String::new();
    let mut cursor = right_range.0;
    for mark in marks {
        out.push_str(&right[cursor..mark.right.0.max(cursor)]);
        if !mark.left.is_empty() {
            out.push_str(&paint.wrap(RED, &format!("[-{}-]", &left[mark.left.range()])));
        }
        if !mark.right.is_empty() {
            out.push_str(&paint.wrap(GREEN, &format!("{{+{}+}}", &right[mark.right.range()])));
        }
        cursor = mark.right.1.max(cursor);
    }
    out.push_str(&right[cursor..right_range.1.max(cursor)]);
    out
}

/// Under a unit, one passage of it the other side carries elsewhere: its
/// text on this unit's side and where the other end stands.
/// `  = shared: “…” (also on the right, ¶3; verbatim)`.
fn shared_line(
    cmp: &Comparison,
    link: usize,
    (left_unit, right_unit): (usize, usize),
    unit: usize,
    paint: &Paint,
) -> String {
    let l = &cmp.links[link];
    let (text, where_) = if left_unit == right_unit {
        (
            &cmp.right.document.text[l.right.range()],
            wording::link_place(cmp, l),
        )
    } else if unit == left_unit {
        (
            &cmp.left.document.text[l.left.range()],
            wording::also_on(true, wording::paragraph_at(&cmp.right.blocks, l.right.0)),
        )
    } else {
        (
            &cmp.right.document.text[l.right.range()],
            wording::also_on(false, wording::paragraph_at(&cmp.left.blocks, l.left.0)),
        )
    };
    let how = wording::link_kind(l);
    format!(
        "  = shared: {} ({where_}; {how})\n",
        paint.wrap(DIM, &format!("“{text}”"))
    )
}

/// The passages both sides carry that the units above do not show as
/// unchanged (see [`crate::engine::links`]), each with where it stands on both
/// sides: `left ¶5 ↔ right ¶6`.
fn passages(cmp: &Comparison, paint: &Paint) -> String {
    if cmp.links.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n");
    let _ = writeln!(
        out,
        "{}",
        paint.wrap(
            BOLD,
            "Shared passages (both texts carry these; the units above show them as changed)"
        )
    );
    for link in &cmp.links {
        let _ = writeln!(
            out,
            "  {} ({}): {}",
            wording::link_place(cmp, link),
            wording::link_kind(link),
            paint.wrap(
                DIM,
                &format!("“{}”", &cmp.right.document.text[link.right.range()])
            )
        );
    }
    out
}

/// The material changes (see [`crate::engine::material`]), one a line
/// with where it stands and its kind: `left ¶5, right ¶6  number:
/// [-500,000-]{+50,000+}`.
fn material(cmp: &Comparison, paint: &Paint) -> String {
    let list = crate::report::material::material_changes(cmp);
    if list.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n");
    let heading = format!("Material changes ({})", list.len());
    let _ = writeln!(out, "{}", paint.wrap(BOLD, &heading));
    for change in &list {
        let (was, now) = crate::report::material::sides(cmp, change, 80);
        let mut marks = String::new();
        if !was.is_empty() {
            marks.push_str(&paint.wrap(RED, &format!("[-{was}-]")));
        }
        if !now.is_empty() {
            marks.push_str(&paint.wrap(GREEN, &format!("{{+{now}+}}")));
        }
        let note = crate::report::material::renaming_note(cmp, change)
            .map(|note| format!("  ({note})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}  {}: {marks}{note}",
            wording::place(&cmp.units[change.unit]),
            wording::material_name(change.kind)
        );
    }
    out
}

/// The summary block printed at the end of the report.
pub fn summary(cmp: &Comparison) -> String {
    let mut out = String::from("Summary\n");
    if let Some(verdict) = wording::verdict(cmp) {
        let _ = writeln!(out, "  {verdict}");
    }
    for line in wording::summary_lines(cmp) {
        let _ = writeln!(out, "  {}: {}", line.label, line.value);
    }
    out
}

#[cfg(test)]
mod tests;
