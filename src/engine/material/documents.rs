//! What each whole version carries, asked of the material changes: an
//! amount or date only added or removed in a paragraph is no change of
//! fact when the other version states it elsewhere, and a commodity is new
//! only if the other version never names it. Made once per comparison,
//! shared by both threads that mark the units.
//!
//! The amounts and dates are read paragraph by paragraph, once: the units
//! take their own paragraphs' facts from here, and the whole version's
//! keys are their union (a whole Bible read as one string made a 40 MB
//! list of words to throw away). The commodities a version names come from
//! the pass that reads its names (see [`super::words::version_words`]): a
//! search of the whole text for them cost as much again.

use std::collections::HashSet;

use super::facts::{self, Fact};
use crate::engine::model::ByteRange;
use crate::engine::parallel::both;

/// One version: its paragraphs' facts, the keys of all of them,
/// and the commodities it names.
struct Version {
    /// The facts of each block, by the block's index on its side.
    facts: Vec<Vec<Fact>>,
    keys: HashSet<String>,
    /// Commodity words, lower case (see [`Documents::naming`]).
    commodities: super::words::HashSet<&'static str>,
}

pub(super) struct Documents<'t> {
    pub(super) texts: (&'t str, &'t str),
    left: Version,
    right: Version,
}

impl<'t> Documents<'t> {
    /// Reads the facts of every block of each side (its text and its
    /// paragraphs), the two sides on two threads.
    pub(super) fn new(
        (left, left_blocks): (&'t str, &[ByteRange]),
        (right, right_blocks): (&'t str, &[ByteRange]),
    ) -> Self {
        let (left_version, right_version) = both(
            || Version::new(left, left_blocks),
            || Version::new(right, right_blocks),
        );
        Self {
            texts: (left, right),
            left: left_version,
            right: right_version,
        }
    }

    fn version(&self, right: bool) -> &Version {
        if right {
            &self.right
        } else {
            &self.left
        }
    }

    /// The facts of the side's (`right`) blocks `start..end`, in order.
    pub(super) fn facts(&self, right: bool, (start, end): (usize, usize)) -> Vec<&Fact> {
        let version = self.version(right);
        version
            .facts
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .flatten()
            .collect()
    }

    /// The same documents, knowing the commodity words each side holds
    /// (read with its names).
    pub(super) fn naming(
        mut self,
        (left, right): (
            super::words::HashSet<&'static str>,
            super::words::HashSet<&'static str>,
        ),
    ) -> Self {
        self.left.commodities = left;
        self.right.commodities = right;
        self
    }

    /// Whether the side (`right`) names this commodity (in lower case, see
    /// [`super::reversal::commodity`]) anywhere, in any case.
    pub(super) fn names_commodity(&self, right: bool, lower: &str) -> bool {
        self.version(right).commodities.contains(lower)
    }

    /// Whether the side (`right`) carries a fact with this key anywhere.
    pub(super) fn carries(&self, right: bool, key: &str) -> bool {
        self.version(right).keys.contains(key)
    }
}

impl Version {
    fn new(text: &str, blocks: &[ByteRange]) -> Self {
        let facts: Vec<Vec<Fact>> = blocks
            .iter()
            .map(|b| facts::facts(&text[b.range()], b.0))
            .collect();
        let keys = facts.iter().flatten().map(|f| f.key.clone()).collect();
        Self {
            facts,
            keys,
            commodities: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_of_a_version_are_its_blocks_facts() {
        let cmp = crate::compare_texts("Paid $25 on May 5.\n\nNothing.", "Paid $30.");
        let docs = Documents::new(
            (&cmp.left.document.text, &cmp.left.blocks),
            (&cmp.right.document.text, &cmp.right.blocks),
        );
        let key = |text: &str| facts::facts(text, 0)[0].key.clone();
        assert!(docs.carries(false, &key("$25")));
        assert!(docs.carries(false, &key("May 5")));
        assert!(!docs.carries(true, &key("$25")));
        assert!(docs.carries(true, &key("$30")));
        assert_eq!(docs.facts(false, (0, 2)).len(), 2);
    }
}
