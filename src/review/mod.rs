//! Reviewed marks and notes: an editor goes through every change, ticks
//! it off and may leave a short note, as in Word's Revisions pane.
//!
//! A [`ReviewLog`] belongs to one pair of texts. It names both sides by
//! path and SHA-256 of the text, so marks come back only onto the texts
//! they were made on ([`store`] keeps logs in the app's data folder, never
//! next to the inputs). A change is named by its [`ChangeKey`]: its kind and
//! the blocks it spans on each side, which stay the same for the same texts
//! compared the same way. Reports read the log through
//! [`crate::report::RenderOptions`]; the model holds no sentences, only
//! marks and the notes the editor typed.

pub mod store;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::model::{Comparison, Side, Unit, UnitKind};

/// Which change a mark is on: stable for the same texts compared the same
/// way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ChangeKey {
    pub kind: UnitKind,
    pub left_blocks: (usize, usize),
    pub right_blocks: (usize, usize),
}

impl ChangeKey {
    pub fn of(unit: &Unit) -> Self {
        Self {
            kind: unit.kind,
            left_blocks: unit.left_blocks,
            right_blocks: unit.right_blocks,
        }
    }
}

/// What the editor said of one change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub reviewed: bool,
    /// The editor's note, as typed; empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One side of the pair a log was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideIdentity {
    /// The file, when the text came from one.
    pub path: Option<String>,
    /// SHA-256 of the text, in hex.
    pub sha256: String,
}

impl SideIdentity {
    fn of(side: &Side) -> Self {
        Self {
            path: side.document.path.clone(),
            sha256: side.document.checksum(),
        }
    }
}

/// The marks and notes on one pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewLog {
    pub left: SideIdentity,
    pub right: SideIdentity,
    /// Serialised as a list: JSON keys must be strings.
    #[serde(with = "marks_as_list")]
    marks: BTreeMap<ChangeKey, Mark>,
}

impl ReviewLog {
    /// An empty log for the pair `cmp` compares.
    pub fn new(cmp: &Comparison) -> Self {
        Self {
            left: SideIdentity::of(&cmp.left),
            right: SideIdentity::of(&cmp.right),
            marks: BTreeMap::new(),
        }
    }

    /// Which side's text differs from the one this log was made on, if any
    /// (`Some(true)`: the right).
    pub fn changed_side(&self, cmp: &Comparison) -> Option<bool> {
        if SideIdentity::of(&cmp.left).sha256 != self.left.sha256 {
            Some(false)
        } else if SideIdentity::of(&cmp.right).sha256 != self.right.sha256 {
            Some(true)
        } else {
            None
        }
    }

    /// The mark on `unit`, if the editor made one.
    pub fn mark(&self, unit: &Unit) -> Option<&Mark> {
        self.marks.get(&ChangeKey::of(unit))
    }

    pub fn is_reviewed(&self, unit: &Unit) -> bool {
        self.mark(unit).is_some_and(|m| m.reviewed)
    }

    /// The note on `unit`, empty when none.
    pub fn note(&self, unit: &Unit) -> &str {
        self.mark(unit).map_or("", |m| m.note.as_str())
    }

    pub fn set_reviewed(&mut self, unit: &Unit, reviewed: bool) {
        self.edit(unit, |m| m.reviewed = reviewed);
    }

    pub fn set_note(&mut self, unit: &Unit, note: &str) {
        self.edit(unit, |m| m.note = note.to_owned());
    }

    fn edit(&mut self, unit: &Unit, change: impl FnOnce(&mut Mark)) {
        let key = ChangeKey::of(unit);
        let mark = self.marks.entry(key).or_default();
        change(mark);
        if *mark == Mark::default() {
            self.marks.remove(&key);
        }
    }

    /// How many of `changes` (unit indices into `cmp`) are reviewed.
    pub fn reviewed_count(&self, cmp: &Comparison, changes: &[usize]) -> usize {
        changes
            .iter()
            .filter(|&&u| self.is_reviewed(&cmp.units[u]))
            .count()
    }

    /// Whether the log holds no mark at all.
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// Marks and notes held, on any change.
    pub fn len(&self) -> usize {
        self.marks.len()
    }

    /// The marks on `cmp`'s changes, by unit index, for the reports.
    pub fn marks_by_unit<'a>(
        &'a self,
        cmp: &'a Comparison,
    ) -> impl Iterator<Item = (usize, &'a Mark)> + 'a {
        cmp.units
            .iter()
            .enumerate()
            .filter_map(|(u, unit)| self.mark(unit).map(|m| (u, m)))
    }
}

/// `BTreeMap<ChangeKey, Mark>` as `[{"change": key, ...mark}]`.
mod marks_as_list {
    use super::{ChangeKey, Mark};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize)]
    struct Entry {
        change: ChangeKey,
        #[serde(flatten)]
        mark: Mark,
    }

    pub fn serialize<S: Serializer>(
        marks: &BTreeMap<ChangeKey, Mark>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let list: Vec<Entry> = marks
            .iter()
            .map(|(k, m)| Entry {
                change: *k,
                mark: m.clone(),
            })
            .collect();
        list.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<ChangeKey, Mark>, D::Error> {
        let list = Vec::<Entry>::deserialize(deserializer)?;
        Ok(list.into_iter().map(|e| (e.change, e.mark)).collect())
    }
}
