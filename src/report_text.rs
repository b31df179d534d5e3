//! The terminal report: each changed unit with its kind and inline marks
//! (`[-removed-]{+added+}`), then a summary. Colour is optional; the marks
//! are always there, so the report reads the same without colour.

use std::fmt::Write as _;

use crate::model::{Comparison, EditKind, Unit, UnitKind};

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
    let name = |p: &Option<String>| p.clone().unwrap_or_else(|| "(text)".to_owned());
    let _ = writeln!(
        out,
        "{}",
        paint.wrap(
            BOLD,
            &format!(
                "--- {}\n+++ {}",
                name(&cmp.left.path),
                name(&cmp.right.path)
            )
        )
    );
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
    }
    out.push('\n');
    out.push_str(&summary(cmp));
    out
}

fn unit_heading(cmp: &Comparison, index: usize, unit: &Unit) -> String {
    let place = |blocks: (usize, usize), total: usize| match blocks.1 - blocks.0 {
        0 => "-".to_owned(),
        1 => format!("¶{}/{}", blocks.0 + 1, total),
        _ => format!("¶{}-{}/{}", blocks.0 + 1, blocks.1, total),
    };
    format!(
        "#{} {}{} (left {}, right {}, similarity {:.0}%){}",
        index + 1,
        unit.kind.name(),
        unit.boilerplate
            .map_or(String::new(), |b| format!(" boilerplate: {}", b.describe())),
        place(unit.left_blocks, cmp.left.blocks.len()),
        place(unit.right_blocks, cmp.right.blocks.len()),
        unit.similarity * 100.0,
        if unit.capped {
            " [word diff capped]"
        } else {
            ""
        }
    )
}

fn unit_body(cmp: &Comparison, unit: &Unit, paint: &Paint) -> String {
    let left = &cmp.left.text;
    let right = &cmp.right.text;
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
            for edit in &unit.edits {
                out.push_str(&right[cursor..edit.right.0.max(cursor)]);
                let removed = || paint.wrap(RED, &format!("[-{}-]", &left[edit.left.range()]));
                let added = || paint.wrap(GREEN, &format!("{{+{}+}}", &right[edit.right.range()]));
                match edit.kind {
                    EditKind::Unchanged => out.push_str(&right[edit.right.range()]),
                    EditKind::Added => out.push_str(&added()),
                    EditKind::Removed => {
                        if !out.is_empty() && !out.ends_with(char::is_whitespace) {
                            out.push(' ');
                        }
                        out.push_str(&removed());
                    }
                    EditKind::Rewritten => {
                        out.push_str(&removed());
                        out.push_str(&added());
                    }
                }
                cursor = edit.right.1.max(cursor);
            }
            out.push_str(&right[cursor..span.1.max(cursor)]);
            out
        }
    }
}

/// The summary block printed at the end of the report.
pub fn summary(cmp: &Comparison) -> String {
    let s = &cmp.stats;
    let mut out = String::new();
    let _ = writeln!(out, "Summary");
    let _ = writeln!(
        out,
        "  words: left {}, right {}; unchanged {}, added {}, removed {}, rewritten {} -> {}",
        s.left_words,
        s.right_words,
        s.words_unchanged,
        s.words_added,
        s.words_removed,
        s.words_rewritten_left,
        s.words_rewritten_right
    );
    let kinds: Vec<String> = UnitKind::ALL
        .iter()
        .filter(|k| s.paragraphs.get(**k) > 0)
        .map(|k| format!("{} {}", k.name(), s.paragraphs.get(*k)))
        .collect();
    let _ = writeln!(out, "  paragraphs: {}", kinds.join(", "));
    let [right_reuse, left_reuse] = s.reuse_sentences();
    let _ = writeln!(out, "  reuse: {right_reuse}; {left_reuse}");
    let b = &s.boilerplate;
    if b.units > 0 {
        let _ = writeln!(
            out,
            "  boilerplate (not counted above): {} paragraph(s), {} only on the left, {} only on the right; {} words left, {} words right",
            b.units, b.removed, b.added, b.left_words, b.right_words
        );
    }
    if s.capped_units > 0 {
        let _ = writeln!(
            out,
            "  note: {} paragraph(s) were too large or too slow to diff word by word and are shown as whole rewrites",
            s.capped_units
        );
    }
    out
}
