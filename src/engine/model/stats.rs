//! The counts a reader asks for first: words unchanged, added, removed,
//! rewritten and linked, paragraphs by kind, the reuse shares, and the
//! boilerplate kept apart from all of them.

use serde::{Deserialize, Serialize};

use super::{Material, UnitKind};

/// Counts a reader asks for first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Words (letters or digits) on each side, boilerplate excluded.
    pub left_words: usize,
    pub right_words: usize,
    /// Words found on both sides, counted on the right.
    pub words_unchanged: usize,
    /// Right words with no counterpart (inside edits and added paragraphs).
    pub words_added: usize,
    /// Left words with no counterpart (inside edits and removed paragraphs).
    pub words_removed: usize,
    /// Left and right words inside rewritten runs.
    pub words_rewritten_left: usize,
    pub words_rewritten_right: usize,
    /// Units by kind.
    pub paragraphs: KindCounts,
    /// Share of right words found verbatim or nearly in the left, 0 to 1.
    pub reuse_right_from_left: f32,
    /// Share of left words found verbatim or nearly in the right, 0 to 1.
    pub reuse_left_in_right: f32,
    /// Units whose word diff hit a cap.
    pub capped_units: usize,
    /// Words inside passage links that the units do not show as unchanged,
    /// per side; they count as shared in the reuse figures.
    #[serde(default)]
    pub words_linked_left: usize,
    #[serde(default)]
    pub words_linked_right: usize,
    /// The passage search hit its cap ([`crate::engine::links::MAX_SEEDS`]) and
    /// some passages may be missing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub links_capped: bool,
    /// Material changes (see [`super::Material`]) by kind, boilerplate
    /// excluded.
    #[serde(default)]
    pub material: MaterialCounts,
    /// Boilerplate units, kept out of every count above.
    #[serde(default)]
    pub boilerplate: BoilerplateStats,
}

/// What the boilerplate units hold; none of it is in the editorial counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateStats {
    /// Boilerplate units of any kind.
    pub units: usize,
    /// Of those, units only on the right (furniture the right side added).
    pub added: usize,
    /// Of those, units only on the left.
    pub removed: usize,
    /// Words in boilerplate on each side.
    pub left_words: usize,
    pub right_words: usize,
}

/// Number of units of each kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    pub unchanged: usize,
    pub equivalent: usize,
    pub edited: usize,
    pub split: usize,
    pub merged: usize,
    pub moved: usize,
    pub added: usize,
    pub removed: usize,
}

impl KindCounts {
    /// The count for one kind.
    pub fn get(&self, kind: UnitKind) -> usize {
        match kind {
            UnitKind::Unchanged => self.unchanged,
            UnitKind::Equivalent => self.equivalent,
            UnitKind::Edited => self.edited,
            UnitKind::Split => self.split,
            UnitKind::Merged => self.merged,
            UnitKind::Moved => self.moved,
            UnitKind::Added => self.added,
            UnitKind::Removed => self.removed,
        }
    }

    pub(crate) fn bump(&mut self, kind: UnitKind) {
        let slot = match kind {
            UnitKind::Unchanged => &mut self.unchanged,
            UnitKind::Equivalent => &mut self.equivalent,
            UnitKind::Edited => &mut self.edited,
            UnitKind::Split => &mut self.split,
            UnitKind::Merged => &mut self.merged,
            UnitKind::Moved => &mut self.moved,
            UnitKind::Added => &mut self.added,
            UnitKind::Removed => &mut self.removed,
        };
        *slot += 1;
    }
}

/// Number of material edits of each kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialCounts {
    pub number: usize,
    pub date: usize,
    pub negation: usize,
    pub quote: usize,
    pub name: usize,
    #[serde(default)]
    pub reversal: usize,
}

impl MaterialCounts {
    /// The count for one kind.
    pub fn get(&self, kind: Material) -> usize {
        match kind {
            Material::Number => self.number,
            Material::Date => self.date,
            Material::Negation => self.negation,
            Material::Quote => self.quote,
            Material::Name => self.name,
            Material::Reversal => self.reversal,
        }
    }

    /// Material edits of every kind.
    pub fn total(&self) -> usize {
        Material::ALL.iter().map(|&k| self.get(k)).sum()
    }

    pub(crate) fn bump(&mut self, kind: Material) {
        let slot = match kind {
            Material::Number => &mut self.number,
            Material::Date => &mut self.date,
            Material::Negation => &mut self.negation,
            Material::Quote => &mut self.quote,
            Material::Name => &mut self.name,
            Material::Reversal => &mut self.reversal,
        };
        *slot += 1;
    }
}
