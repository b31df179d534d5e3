//! What each whole version carries, asked of the material changes: an
//! amount or date only added or removed in a paragraph is no change of
//! fact when the other version states it elsewhere, and a commodity is new
//! only if the other version never names it. Made on first use, once per
//! comparison, shared by both threads.

use super::facts;
use super::words::{self, HashSet};

/// The amounts and dates each whole document carries, made on first use:
/// a fact added or removed in a unit is no change of fact when the other
/// version states it elsewhere ("FOR JULY 15" added to a headline over a
/// story that says July 15).
pub(super) struct Documents<'t> {
    pub(super) texts: (&'t str, &'t str),
    left: std::sync::OnceLock<std::collections::HashSet<String>>,
    right: std::sync::OnceLock<std::collections::HashSet<String>>,
    /// Each side's words in lower case, made on first use.
    left_words: std::sync::OnceLock<HashSet<u64>>,
    right_words: std::sync::OnceLock<HashSet<u64>>,
}

impl<'t> Documents<'t> {
    pub(super) fn new(left: &'t str, right: &'t str) -> Self {
        Self {
            texts: (left, right),
            left: std::sync::OnceLock::new(),
            right: std::sync::OnceLock::new(),
            left_words: std::sync::OnceLock::new(),
            right_words: std::sync::OnceLock::new(),
        }
    }

    /// Whether the side (`right`) holds this word (lower case) anywhere.
    pub(super) fn has_word(&self, right: bool, lower: &str) -> bool {
        let (cell, text) = if right {
            (&self.right_words, self.texts.1)
        } else {
            (&self.left_words, self.texts.0)
        };
        // Hashes, not copies: a whole Bible side has 800,000 words.
        let hash = |w: &str| {
            let mut h = crate::engine::normalize::Fnv::new();
            for c in w.chars().flat_map(char::to_lowercase) {
                h = h.bytes(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            h.finish()
        };
        cell.get_or_init(|| words::words(text).map(|(_, w)| hash(w)).collect())
            .contains(&hash(lower))
    }

    /// Whether the side (`right`) carries a fact with this key anywhere.
    pub(super) fn carries(&self, right: bool, key: &str) -> bool {
        let (cell, text) = if right {
            (&self.right, self.texts.1)
        } else {
            (&self.left, self.texts.0)
        };
        cell.get_or_init(|| facts::facts(text, 0).into_iter().map(|f| f.key).collect())
            .contains(key)
    }
}
