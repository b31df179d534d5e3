//! A set of versions as bits: what a passage's `carried_by` holds. Near
//! identical versions make every run of words carried by nearly every
//! other version, so a list of indices per run would grow with the square
//! of the versions' number; a bit per version keeps a story of 200
//! versions in a few megabytes, inline (no allocation) up to 256. On its
//! own, JSON writes it as its runs of consecutive versions
//! (`"0-4,6,8-199"`), and reads that or a list of indices; a story's
//! passages write theirs as changes (`passages_json`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use smallvec::SmallVec;

/// Versions by index, a bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct VersionSet(SmallVec<[u64; INLINE_WORDS]>);

/// Machine words kept inline: 256 versions without an allocation.
const INLINE_WORDS: usize = 4;

impl VersionSet {
    /// The set these 64-bit words hold (bit `b` of word `k`: version
    /// `64 k + b`).
    pub(crate) fn from_words(words: &[u64]) -> Self {
        let used = words
            .iter()
            .rposition(|&w| w != 0)
            .map_or(0, |last| last + 1);
        Self(SmallVec::from_slice(&words[..used]))
    }

    /// The versions in `self` and not in `other`.
    pub fn minus(&self, other: &Self) -> Self {
        let words: Vec<u64> = self
            .0
            .iter()
            .enumerate()
            .map(|(k, &w)| w & !other.0.get(k).copied().unwrap_or(0))
            .collect();
        Self::from_words(&words)
    }

    /// The versions in one set and not the other: what changed from one
    /// to the other.
    pub fn symmetric_difference(&self, other: &Self) -> Self {
        let len = self.0.len().max(other.0.len());
        let words: Vec<u64> = (0..len)
            .map(|k| self.0.get(k).copied().unwrap_or(0) ^ other.0.get(k).copied().unwrap_or(0))
            .collect();
        Self::from_words(&words)
    }

    /// The set as 64-bit words (bit `b` of word `k`: version `64 k + b`),
    /// without trailing empty words.
    pub(crate) fn words(&self) -> &[u64] {
        &self.0
    }

    /// The versions in either set.
    pub fn union(&self, other: &Self) -> Self {
        let len = self.0.len().max(other.0.len());
        let words: Vec<u64> = (0..len)
            .map(|k| self.0.get(k).copied().unwrap_or(0) | other.0.get(k).copied().unwrap_or(0))
            .collect();
        Self::from_words(&words)
    }

    /// The versions, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(k, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    k * 64 + b
                })
            })
        })
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn contains(&self, version: usize) -> bool {
        self.0
            .get(version / 64)
            .is_some_and(|w| w & (1 << (version % 64)) != 0)
    }
}

impl FromIterator<usize> for VersionSet {
    fn from_iter<I: IntoIterator<Item = usize>>(versions: I) -> Self {
        let mut words: Vec<u64> = Vec::new();
        for v in versions {
            if words.len() <= v / 64 {
                words.resize(v / 64 + 1, 0);
            }
            words[v / 64] |= 1 << (v % 64);
        }
        Self::from_words(&words)
    }
}

impl VersionSet {
    /// The versions as runs of consecutive indices, ascending: `(first,
    /// last)`, both included.
    pub fn ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut versions = self.iter().peekable();
        std::iter::from_fn(move || {
            let first = versions.next()?;
            let mut last = first;
            while versions.next_if_eq(&(last + 1)).is_some() {
                last += 1;
            }
            Some((first, last))
        })
    }

    /// The set as JSON writes it: its runs of versions, `"0-4,6,8-199"`
    /// (empty: no version). A story's passages are mostly carried by
    /// nearly every version, so a run list stays a few bytes where the
    /// list of indices grew with the versions' number.
    pub fn to_ranges_string(&self) -> String {
        self.to_string()
    }

    /// Reads [`Self::to_ranges_string`]'s form back; `None` when it is
    /// not one.
    pub fn from_ranges_string(text: &str) -> Option<Self> {
        let mut words: Vec<u64> = Vec::new();
        for part in text.split(',').filter(|p| !p.is_empty()) {
            let (first, last) = match part.split_once('-') {
                Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
                None => {
                    let v: usize = part.trim().parse().ok()?;
                    (v, v)
                }
            };
            if first > last || last >= 1 << 24 {
                return None;
            }
            if words.len() <= last / 64 {
                words.resize(last / 64 + 1, 0);
            }
            for v in first..=last {
                words[v / 64] |= 1 << (v % 64);
            }
        }
        Some(Self::from_words(&words))
    }
}

/// The runs, `0-4,6,8-199`, written without building a string first.
impl std::fmt::Display for VersionSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (k, (first, last)) in self.ranges().enumerate() {
            let comma = if k == 0 { "" } else { "," };
            if first == last {
                write!(f, "{comma}{first}")?;
            } else {
                write!(f, "{comma}{first}-{last}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for VersionSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A set read from JSON: the run string, or (as earlier versions wrote
/// it) the list of indices.
#[derive(Deserialize)]
#[serde(untagged)]
enum Written {
    Ranges(String),
    List(Vec<usize>),
}

impl<'de> Deserialize<'de> for VersionSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Written::deserialize(deserializer)? {
            Written::List(list) => Ok(list.into_iter().collect()),
            Written::Ranges(text) => Self::from_ranges_string(&text).ok_or_else(|| {
                serde::de::Error::custom(format!("not a list of version runs: {text:?}"))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_lists_its_versions_ascending_and_round_trips_as_json() {
        let set: VersionSet = [130, 3, 64, 0].into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![0, 3, 64, 130]);
        assert_eq!(set.len(), 4);
        assert!(set.contains(64) && !set.contains(65) && !set.contains(500));
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, r#""0,3,64,130""#);
        assert_eq!(serde_json::from_str::<VersionSet>(&json).unwrap(), set);
        // The list earlier versions wrote still reads.
        assert_eq!(
            serde_json::from_str::<VersionSet>("[0,3,64,130]").unwrap(),
            set
        );
        assert!(serde_json::from_str::<VersionSet>(r#""3-1""#).is_err());
        assert!(VersionSet::from_words(&[0, 0]).is_empty());
        assert_eq!(VersionSet::from_words(&[0, 0]), VersionSet::default());
        assert_eq!(
            serde_json::to_string(&VersionSet::default()).unwrap(),
            r#""""#
        );
    }

    #[test]
    fn consecutive_versions_are_written_as_runs() {
        let set: VersionSet = (0..200).filter(|&v| v != 5 && v != 7).collect();
        assert_eq!(set.to_ranges_string(), "0-4,6,8-199");
        assert_eq!(VersionSet::from_ranges_string("0-4,6,8-199"), Some(set));
    }
}
