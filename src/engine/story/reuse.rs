//! Which words of each version the other versions carry: one index of
//! word 5-grams over all versions, each 5-gram with the set of versions
//! holding it (a bit per version). A word is carried by the versions
//! holding any 5-gram over it; consecutive words carried by the same set
//! make one run (a passage).
//!
//! The work is kept near linear in the total text, however many of the
//! versions are near copies of each other (where every word is carried by
//! nearly every version): the index is one flat table of bit sets, each
//! word's set is the OR of five of them (a few machine words each), the
//! reuse counts are taken 64 words by 64 versions at a time by
//! transposing the bit block and counting bits, and a passage keeps its
//! carriers as bits ([`VersionSet`]), not as a list.

use super::versions::VersionSet;
use super::{Passage, SHINGLE_WORDS};
use crate::engine::align::candidates::KeyMap;
use crate::engine::model::ByteRange;
use crate::engine::normalize::Fnv;

/// The words of every version and who carries each.
pub(super) struct Carried {
    /// Per version, its words' byte ranges.
    pub words: Vec<Vec<ByteRange>>,
    /// Every version's words in runs of the same carriers, version by
    /// version.
    passages: Vec<Passage>,
    /// `counts[j][i]`: how many words of version j version i carries.
    counts: Vec<Vec<usize>>,
    /// Per version, its words no other version carries.
    own: Vec<usize>,
}

/// The words of `text`: runs of letters and digits, an apostrophe inside
/// a word kept; each with a key that ignores case and quote style.
fn words(text: &str) -> (Vec<ByteRange>, Vec<u64>) {
    let mut ranges = Vec::new();
    let mut keys = Vec::new();
    let mut start: Option<usize> = None;
    let mut key = Fnv::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || apostrophe {
            start.get_or_insert(at);
            let folded = if apostrophe { '\'' } else { c };
            for lower in folded.to_lowercase() {
                key = key.u64(u64::from(lower));
            }
        } else if let Some(s) = start.take() {
            ranges.push(ByteRange(s, at));
            keys.push(std::mem::replace(&mut key, Fnv::new()).finish());
        }
    }
    if let Some(s) = start {
        ranges.push(ByteRange(s, text.len()));
        keys.push(key.finish());
    }
    (ranges, keys)
}

fn shingles(keys: &[u64]) -> Vec<u64> {
    keys.windows(SHINGLE_WORDS)
        .map(|w| w.iter().fold(Fnv::new(), |h, &k| h.u64(k)).finish())
        .collect()
}

/// Every distinct 5-gram numbered, with the versions holding it: a flat
/// table of `width` machine words per 5-gram.
struct Index {
    width: usize,
    holders: Vec<u64>,
    /// Per version, the number of each of its 5-grams.
    ids: Vec<Vec<u32>>,
}

fn index(grams: &[Vec<u64>], width: usize) -> Index {
    let total: usize = grams.iter().map(Vec::len).sum();
    let mut number: KeyMap<u32> = KeyMap::default();
    number.reserve(total / 2);
    let mut holders: Vec<u64> = Vec::new();
    let ids = grams
        .iter()
        .enumerate()
        .map(|(v, version_grams)| {
            version_grams
                .iter()
                .map(|&g| {
                    let next = (holders.len() / width) as u32;
                    let id = *number.entry(g).or_insert(next);
                    if id == next {
                        holders.resize(holders.len() + width, 0);
                    }
                    holders[id as usize * width + v / 64] |= 1 << (v % 64);
                    id
                })
                .collect()
        })
        .collect();
    Index {
        width,
        holders,
        ids,
    }
}

/// Finds, for every version, which words the others carry.
pub(super) fn carried(texts: &[&str]) -> Carried {
    let n = texts.len();
    let width = n.div_ceil(64).max(1);
    let (ranges, keys): (Vec<_>, Vec<_>) = texts.iter().map(|t| words(t)).unzip();
    let grams: Vec<Vec<u64>> = keys.iter().map(|k| shingles(k)).collect();
    let index = index(&grams, width);
    let mut out = Carried {
        words: Vec::with_capacity(n),
        // At most a passage a word: reserved once, not grown run by run.
        passages: Vec::with_capacity(ranges.iter().map(Vec::len).sum()),
        counts: Vec::with_capacity(n),
        own: Vec::with_capacity(n),
    };
    for (j, words) in ranges.into_iter().enumerate() {
        let sets = word_sets(j, words.len(), &index.ids[j], &index);
        out.counts.push(counts(&sets, width, n));
        let own = runs(j, &words, &sets, width, &mut out.passages);
        out.own.push(own);
        out.words.push(words);
    }
    out
}

/// For each word of version `j`, the other versions carrying it: `width`
/// machine words per word, in one buffer.
fn word_sets(j: usize, words: usize, ids: &[u32], index: &Index) -> Vec<u64> {
    let width = index.width;
    let mut sets = vec![0u64; words * width];
    for (w, set) in sets.chunks_exact_mut(width).enumerate() {
        // The 5-grams over word w start at w-4 ..= w.
        let first = w.saturating_sub(SHINGLE_WORDS - 1);
        let last = w.min(ids.len().saturating_sub(1));
        for &id in ids.get(first..=last).unwrap_or(&[]) {
            let holders = &index.holders[id as usize * width..][..width];
            for (b, h) in set.iter_mut().zip(holders) {
                *b |= h;
            }
        }
        set[j / 64] &= !(1 << (j % 64));
    }
    sets
}

/// How many words each version carries, from the words' sets: 64 words
/// by 64 versions at a time, the bit block transposed so that each
/// version's 64 bits are one machine word to count.
fn counts(sets: &[u64], width: usize, versions: usize) -> Vec<usize> {
    let mut counts = vec![0usize; width * 64];
    let words = sets.len() / width.max(1);
    let mut block = [0u64; 64];
    for chunk in (0..words).step_by(64) {
        for column in 0..width {
            let rows = (words - chunk).min(64);
            for (r, row) in block.iter_mut().enumerate() {
                *row = if r < rows {
                    sets[(chunk + r) * width + column]
                } else {
                    0
                };
            }
            transpose(&mut block);
            for b in 0..64 {
                counts[column * 64 + b] += block[63 - b].count_ones() as usize;
            }
        }
    }
    counts.truncate(versions);
    counts
}

/// Transposes a 64 × 64 bit block in place (Hacker's Delight, 7-3):
/// bit `63 - c` of row `r` becomes bit `63 - r` of row `c`.
fn transpose(a: &mut [u64; 64]) {
    let mut j = 32;
    let mut m: u64 = 0x0000_0000_FFFF_FFFF;
    while j != 0 {
        let mut k = 0;
        while k < 64 {
            let t = (a[k] ^ (a[k + j] >> j)) & m;
            a[k] ^= t;
            a[k + j] ^= t << j;
            k = (k + j + 1) & !j;
        }
        j >>= 1;
        m ^= m << j;
    }
}

/// Version `j`'s words in runs of the same carriers, added to
/// `passages`; returns how many of its words no other version carries.
fn runs(
    j: usize,
    words: &[ByteRange],
    sets: &[u64],
    width: usize,
    passages: &mut Vec<Passage>,
) -> usize {
    let mut own = 0;
    let mut start = 0;
    for w in 0..words.len() {
        let set = &sets[w * width..][..width];
        if set.iter().all(|&b| b == 0) {
            own += 1;
        }
        let ends = w + 1 == words.len() || sets[(w + 1) * width..][..width] != *set;
        if ends {
            passages.push(Passage {
                version: j,
                range: ByteRange(words[start].0, words[w].1),
                carried_by: VersionSet::from_words(set),
            });
            start = w + 1;
        }
    }
    own
}

impl Carried {
    /// For version `j`, how many of its words each version carries.
    pub(super) fn counts(&self, j: usize) -> &[usize] {
        &self.counts[j]
    }

    /// Words of version `j` no other version carries.
    pub(super) fn own(&self, j: usize) -> usize {
        self.own[j]
    }

    /// Every version cut into runs carried by the same other versions.
    pub(super) fn passages(self) -> Vec<Passage> {
        self.passages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transposed_counts_match_counting_bit_by_bit() {
        // 150 words, 130 versions (three machine words a word).
        let (words, versions, width) = (150, 130, 3);
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let sets: Vec<u64> = (0..words * width)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            })
            .collect();
        let got = counts(&sets, width, versions);
        let want: Vec<usize> = (0..versions)
            .map(|v| {
                (0..words)
                    .filter(|w| sets[w * width + v / 64] & (1 << (v % 64)) != 0)
                    .count()
            })
            .collect();
        assert_eq!(got, want);
    }
}
