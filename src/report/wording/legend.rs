//! The legend of the marks, defined once: the app's legend window (and the
//! one in Help) draws each entry with the panes' own painters, and the
//! README's legend is made from the same list ([`legend_markdown`]), so the
//! marks and what they are said to mean cannot drift apart.

use crate::engine::model::UnitKind;

use super::{kind_name, kind_symbol};

/// What an entry shows: the mark itself, drawn as the panes draw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendMark {
    /// Words the left had and the right dropped: struck.
    Struck,
    /// Words the right put in: underlined.
    Inserted,
    /// A rewrite's words on the right (the one column of the redline too).
    Rewritten,
    /// A rewrite's struck words in the redline.
    RewrittenStruck,
    /// Only these letters of the word changed.
    Letters,
    /// The pieces of one phrase-level change on a faint band.
    Band,
    /// A passage the other side carries elsewhere: a double underline.
    DoubleUnderline,
    /// A material change (number, date, name, negation, quote): a dashed box.
    DashedBox,
    /// A paragraph's kind in the gutter, by its symbol.
    Kind(UnitKind),
    /// The gutter's flag on a paragraph holding a material change.
    MaterialFlag,
    /// Web furniture, dimmed.
    Boilerplate,
}

/// One line of the legend: the mark, the sample text it is drawn on, and
/// what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegendEntry {
    pub mark: LegendMark,
    pub sample: &'static str,
    pub means: &'static str,
}

const fn entry(mark: LegendMark, sample: &'static str, means: &'static str) -> LegendEntry {
    LegendEntry {
        mark,
        sample,
        means,
    }
}

/// Every mark of the panes, in the order the legend lists them.
pub fn legend() -> Vec<LegendEntry> {
    use LegendMark as M;
    let mut out = vec![
        entry(M::Struck, "removed", "struck: words the left has and the right dropped"),
        entry(M::Inserted, "added", "underlined: words the right put in"),
        entry(M::Rewritten, "rewritten", "italic on blue: words rewritten (hover one side to light the other)"),
        entry(M::RewrittenStruck, "replaced", "struck italic on sand, in the redline: the rewritten words the blue ones replaced"),
        entry(M::Letters, "heavens", "bold line on a few letters: only these letters of the word changed"),
        entry(M::Band, "said the talks were", "faint band: the pieces of one phrase-level change; the plain words inside it are the same on both sides"),
        entry(M::DoubleUnderline, "shared passage", "double underline: the other side carries this passage elsewhere (click to go there)"),
        entry(M::DashedBox, "12 March", "dashed box: a material change (a number, date, name, negation or quotation)"),
        entry(M::MaterialFlag, "!", "in the gutter: the paragraph holds a material change (hover it for which)"),
    ];
    let kinds = [
        (UnitKind::Added, "a paragraph only the right has"),
        (UnitKind::Removed, "a paragraph only the left has"),
        (UnitKind::Edited, "a paragraph with words changed"),
        (
            UnitKind::Split,
            "one paragraph on the left split into several on the right",
        ),
        (
            UnitKind::Merged,
            "several paragraphs on the left merged into one on the right",
        ),
        (
            UnitKind::Moved,
            "a paragraph moved (click it to jump to where it stood)",
        ),
        (
            UnitKind::Equivalent,
            "the same once case, punctuation or spacing is ignored",
        ),
    ];
    out.extend(
        kinds
            .into_iter()
            .map(|(kind, means)| entry(M::Kind(kind), kind_symbol(kind), means)),
    );
    out.push(entry(
        M::Boilerplate,
        "Also Read: …",
        "dimmed: web furniture (boilerplate), stepped over by F7 and hidden by Ctrl+B",
    ));
    out
}

/// What an entry is called: the kind's name for a gutter symbol.
pub fn legend_name(entry: &LegendEntry) -> String {
    match entry.mark {
        LegendMark::Kind(kind) => format!("{} {}", entry.sample, kind_name(kind)),
        _ => entry.sample.to_owned(),
    }
}

/// The README's legend, made from [`legend`].
pub fn legend_markdown() -> String {
    let mut out = String::from("| Mark | Means |\n|---|---|\n");
    for entry in legend() {
        out.push_str(&format!(
            "| `{}` | {} |\n",
            legend_name(&entry),
            entry.means
        ));
    }
    out
}
