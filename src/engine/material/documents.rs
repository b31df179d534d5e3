//! What each whole version carries, asked of the material changes: an
//! amount or date only added or removed in a paragraph is no change of
//! fact when the other version states it elsewhere, and a commodity is new
//! only if the other version never names it. Made once per comparison,
//! shared by both threads that mark the units.
//!
//! The amounts and dates are read paragraph by paragraph, once: the units
//! take their own paragraphs' facts from here, and the whole version's
//! keys are their union (a whole Bible read as one string made a 40 MB
//! list of words to throw away). The commodities a version names are found
//! with one `aho-corasick` pass over its text, rather than by lower-casing
//! and hashing its every word.

use std::collections::HashSet;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};

use super::facts::{self, Fact};
use super::reversal;
use super::words;
use crate::engine::model::ByteRange;
use crate::engine::parallel::both;

/// One version: its text, its paragraphs' facts, the keys of all of them,
/// and the commodities it names (found on first use).
struct Version<'t> {
    text: &'t str,
    /// The facts of each block, by the block's index on its side.
    facts: Vec<Vec<Fact>>,
    keys: HashSet<String>,
    commodities: OnceLock<HashSet<usize>>,
}

pub(super) struct Documents<'t> {
    pub(super) texts: (&'t str, &'t str),
    left: Version<'t>,
    right: Version<'t>,
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

    fn version(&self, right: bool) -> &Version<'t> {
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

    /// Whether the side (`right`) names this commodity (in lower case, one
    /// of [`reversal::commodity_words`]) anywhere, in any case.
    pub(super) fn names_commodity(&self, right: bool, lower: &str) -> bool {
        let version = self.version(right);
        let found = version
            .commodities
            .get_or_init(|| commodities_in(version.text));
        COMMODITIES
            .0
            .iter()
            .position(|w| *w == lower)
            .is_some_and(|i| found.contains(&i))
    }

    /// Whether the side (`right`) carries a fact with this key anywhere.
    pub(super) fn carries(&self, right: bool, key: &str) -> bool {
        self.version(right).keys.contains(key)
    }
}

impl<'t> Version<'t> {
    fn new(text: &'t str, blocks: &[ByteRange]) -> Self {
        let facts: Vec<Vec<Fact>> = blocks
            .iter()
            .map(|b| facts::facts(&text[b.range()], b.0))
            .collect();
        let keys = facts.iter().flatten().map(|f| f.key.clone()).collect();
        Self {
            text,
            facts,
            keys,
            commodities: OnceLock::new(),
        }
    }
}

/// The commodity words and one searcher for all of them, ASCII case
/// ignored (every commodity word is ASCII).
static COMMODITIES: LazyLock<(Vec<&'static str>, Option<AhoCorasick>)> = LazyLock::new(|| {
    let list: Vec<&'static str> = reversal::commodity_words().collect();
    let searcher = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&list)
        .ok();
    (list, searcher)
});

/// The indexes (into the commodity list) of the commodity words `text`
/// holds as whole words.
fn commodities_in(text: &str) -> HashSet<usize> {
    let Some(searcher) = &COMMODITIES.1 else {
        return HashSet::new();
    };
    let whole = |m: &aho_corasick::Match| {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        !before.is_some_and(words::is_word_char) && !after.is_some_and(words::is_word_char)
    };
    searcher
        .find_iter(text)
        .filter(whole)
        .map(|m| m.pattern().as_usize())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commodity_is_found_as_a_whole_word_in_any_case() {
        let found: Vec<&str> = {
            let mut v: Vec<&str> =
                commodities_in("GOLD and Silver, not toil or goldsmith's tin-can")
                    .into_iter()
                    .map(|i| COMMODITIES.0[i])
                    .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(found, ["gold", "silver", "tin"]);
    }

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
