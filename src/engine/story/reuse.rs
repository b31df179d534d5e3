//! Which words of each version the other versions carry: one index of
//! word 5-grams over all versions, then for each version and each other
//! version a bit per word. The cost grows with the total text times the
//! number of versions sharing each 5-gram, not with the number of pairs
//! of whole versions compared.

use std::collections::HashMap;

use super::{Passage, SHINGLE_WORDS};
use crate::engine::model::ByteRange;
use crate::engine::normalize::Fnv;

/// The words of every version and who carries each.
pub(super) struct Carried {
    /// Per version, its words' byte ranges.
    pub words: Vec<Vec<ByteRange>>,
    /// `bits[j][i]`: one bit per word of version j, set where version i
    /// carries it (`i != j`).
    bits: Vec<Vec<Vec<u64>>>,
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

/// Finds, for every version, which words the others carry.
pub(super) fn carried(texts: &[&str]) -> Carried {
    let n = texts.len();
    let (ranges, keys): (Vec<_>, Vec<_>) = texts.iter().map(|t| words(t)).unzip();
    let grams: Vec<Vec<u64>> = keys.iter().map(|k| shingles(k)).collect();
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (v, version_grams) in grams.iter().enumerate() {
        for &g in version_grams {
            let holders = index.entry(g).or_default();
            if holders.last() != Some(&(v as u32)) {
                holders.push(v as u32);
            }
        }
    }
    let mut bits: Vec<Vec<Vec<u64>>> = ranges
        .iter()
        .map(|r| vec![vec![0u64; r.len().div_ceil(64)]; n])
        .collect();
    for (j, version_grams) in grams.iter().enumerate() {
        for (start, g) in version_grams.iter().enumerate() {
            for &i in &index[g] {
                let i = i as usize;
                if i == j {
                    continue;
                }
                for word in start..start + SHINGLE_WORDS {
                    bits[j][i][word / 64] |= 1 << (word % 64);
                }
            }
        }
    }
    Carried {
        words: ranges,
        bits,
    }
}

impl Carried {
    fn has(&self, j: usize, i: usize, word: usize) -> bool {
        self.bits[j][i][word / 64] & (1 << (word % 64)) != 0
    }

    /// Words of version `j` that version `i` carries.
    pub(super) fn count_in(&self, j: usize, i: usize) -> usize {
        self.bits[j][i]
            .iter()
            .map(|b| b.count_ones() as usize)
            .sum()
    }

    /// Words of version `j` no other version carries.
    pub(super) fn own(&self, j: usize) -> usize {
        (0..self.words[j].len())
            .filter(|&w| (0..self.bits.len()).all(|i| i == j || !self.has(j, i, w)))
            .count()
    }

    /// Every version cut into runs carried by the same other versions.
    pub(super) fn passages(&self) -> Vec<Passage> {
        let n = self.bits.len();
        let mut out = Vec::new();
        for (j, words) in self.words.iter().enumerate() {
            let carriers = |w: usize| -> Vec<usize> {
                (0..n).filter(|&i| i != j && self.has(j, i, w)).collect()
            };
            let mut run: Option<(usize, Vec<usize>)> = None;
            for w in 0..words.len() {
                let here = carriers(w);
                match &run {
                    Some((_, c)) if *c == here => {}
                    _ => {
                        if let Some((first, c)) = run.take() {
                            out.push(Passage {
                                version: j,
                                range: ByteRange(words[first].0, words[w - 1].1),
                                carried_by: c,
                            });
                        }
                        run = Some((w, here));
                    }
                }
            }
            if let Some((first, c)) = run {
                out.push(Passage {
                    version: j,
                    range: ByteRange(words[first].0, words[words.len() - 1].1),
                    carried_by: c,
                });
            }
        }
        out
    }
}
