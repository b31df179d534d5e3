//! Normalisation for matching only.
//!
//! Two outlets running the same wire copy differ in typography: curly or
//! straight quotes, en or em dashes, `…` or `...`, non-breaking spaces. Those
//! differences are usually noise to an editor. [`Normalization`] decides which
//! of them the matcher ignores. It only ever produces *keys* (hashes) for
//! comparison; the text shown to the user is never altered.

use serde::{Deserialize, Serialize};

/// Which differences the matcher ignores. The defaults ignore quote style,
/// dash style, ellipsis style and whitespace, and respect case and punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Normalization {
    /// `Trump` matches `trump`.
    pub ignore_case: bool,
    /// Punctuation-only tokens are left out of matching altogether.
    pub ignore_punctuation: bool,
    /// Curly and straight quotes and apostrophes match (`’` = `'`, `“` = `"`).
    pub quotes: bool,
    /// Hyphen, en dash, em dash, minus sign all match.
    pub dashes: bool,
    /// `…` matches `...`.
    pub ellipsis: bool,
    /// Amount and kind of whitespace (spaces, tabs, non-breaking spaces,
    /// line breaks inside a paragraph) is ignored.
    pub whitespace: bool,
}

impl Default for Normalization {
    fn default() -> Self {
        Self {
            ignore_case: false,
            ignore_punctuation: false,
            quotes: true,
            dashes: true,
            ellipsis: true,
            whitespace: true,
        }
    }
}

/// FNV-1a, 64 bit: fast and good enough for short word keys.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) const fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
    pub(crate) fn bytes(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }
    pub(crate) fn u64(self, value: u64) -> Self {
        self.bytes(&value.to_le_bytes())
    }
    pub(crate) fn finish(self) -> u64 {
        // A final avalanche so that similar keys spread in hash tables.
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x
    }
}

/// The hasher of the maps and sets keyed by words and stems (each
/// version's names, its words in lower case, a unit's words): `foldhash`,
/// the maintained crate made for fast in-memory hash tables, in its fixed
/// seed so that a run is repeatable. It reads a word eight bytes at a
/// step where the FNV-1a hasher it replaced read one, and a whole Bible
/// pair asks these maps millions of times. Matching keys stay [`Fnv`]:
/// they must not change from one build to the next.
pub(crate) type FastHash = foldhash::fast::FixedState;
/// A hash map keyed by words (see [`FastHash`]).
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, FastHash>;
/// A hash set of words (see [`FastHash`]).
pub(crate) type FastSet<K> = std::collections::HashSet<K, FastHash>;

impl Normalization {
    /// The matching key of one token (word or punctuation).
    pub fn key(&self, token: &str) -> u64 {
        if token.is_ascii() && !self.ignore_case {
            return Fnv::new().bytes(token.as_bytes()).finish();
        }
        let mut hash = Fnv::new();
        let mut buf = [0u8; 4];
        for c in token.chars() {
            let mapped = self.map_char(c);
            match mapped {
                Mapped::One(m) => {
                    if self.ignore_case && !m.is_ascii() {
                        for lower in m.to_lowercase() {
                            hash = hash.bytes(lower.encode_utf8(&mut buf).as_bytes());
                        }
                    } else {
                        let m = if self.ignore_case {
                            m.to_ascii_lowercase()
                        } else {
                            m
                        };
                        hash = hash.bytes(m.encode_utf8(&mut buf).as_bytes());
                    }
                }
                Mapped::Str(s) => hash = hash.bytes(s.as_bytes()),
            }
        }
        hash.finish()
    }

    fn map_char(&self, c: char) -> Mapped {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}'
                if self.quotes =>
            {
                Mapped::One('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}'
                if self.quotes =>
            {
                Mapped::One('"')
            }
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}'
                if self.dashes =>
            {
                Mapped::One('-')
            }
            '\u{2026}' if self.ellipsis => Mapped::Str("..."),
            c if self.whitespace && c.is_whitespace() => Mapped::One(' '),
            c => Mapped::One(c),
        }
    }

    /// Whether `token` (a whitespace-only token) takes part in matching.
    pub fn keeps_whitespace(&self) -> bool {
        !self.whitespace
    }
}

enum Mapped {
    One(char),
    Str(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_and_ellipsis_match_by_default() {
        let n = Normalization::default();
        assert_eq!(n.key("Trump’s"), n.key("Trump's"));
        assert_eq!(n.key("“"), n.key("\""));
        assert_eq!(n.key("—"), n.key("-"));
        assert_eq!(n.key("…"), n.key("..."));
        assert_ne!(n.key("Trump"), n.key("trump"));
    }

    #[test]
    fn case_is_ignored_only_when_asked() {
        let n = Normalization {
            ignore_case: true,
            ..Normalization::default()
        };
        assert_eq!(n.key("Élysée"), n.key("élysée"));
        assert_eq!(n.key("TRUMP"), n.key("trump"));
        assert_ne!(n.key("trump"), n.key("tramp"));
    }

    #[test]
    fn quote_folding_can_be_turned_off() {
        let n = Normalization {
            quotes: false,
            ..Normalization::default()
        };
        assert_ne!(n.key("Trump’s"), n.key("Trump's"));
    }
}
