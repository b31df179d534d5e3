//! A set of versions as bits: what a passage's `carried_by` holds. Near
//! identical versions make every run of words carried by nearly every
//! other version, so a list of indices per run would grow with the square
//! of the versions' number; a bit per version keeps a story of 200
//! versions in a few megabytes, inline (no allocation) up to 256. It is written (JSON) and read as the list
//! of indices, ascending.

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

impl Serialize for VersionSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for VersionSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Vec::<usize>::deserialize(deserializer)?;
        Ok(list.into_iter().collect())
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
        assert_eq!(json, "[0,3,64,130]");
        assert_eq!(serde_json::from_str::<VersionSet>(&json).unwrap(), set);
        assert!(VersionSet::from_words(&[0, 0]).is_empty());
        assert_eq!(VersionSet::from_words(&[0, 0]), VersionSet::default());
    }
}
