//! Which words of each version the other versions carry: one index of
//! word 5-grams over all versions, each 5-gram with the set of versions
//! holding it (a bit per version). A word is carried by the versions
//! holding any 5-gram over it; consecutive words carried by the same set
//! make one run. Counts are taken per run, not per word and version, so
//! the work grows with the total text (times a bit set of the versions'
//! number), not with the number of pairs of versions times their length.

use std::collections::HashMap;

use super::{Passage, SHINGLE_WORDS};
use crate::engine::model::ByteRange;
use crate::engine::normalize::Fnv;

/// A set of versions, a bit each.
type Set = Vec<u64>;

/// One version's words cut into runs carried by the same other versions.
struct Run {
    /// Word indices, end excluded.
    words: std::ops::Range<usize>,
    carriers: Set,
}

/// The words of every version and who carries each.
pub(super) struct Carried {
    /// Per version, its words' byte ranges.
    pub words: Vec<Vec<ByteRange>>,
    runs: Vec<Vec<Run>>,
    versions: usize,
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
    let width = n.div_ceil(64).max(1);
    let (ranges, keys): (Vec<_>, Vec<_>) = texts.iter().map(|t| words(t)).unzip();
    let grams: Vec<Vec<u64>> = keys.iter().map(|k| shingles(k)).collect();
    let mut holders: HashMap<u64, Set> = HashMap::new();
    for (v, version_grams) in grams.iter().enumerate() {
        for &g in version_grams {
            holders.entry(g).or_insert_with(|| vec![0; width])[v / 64] |= 1 << (v % 64);
        }
    }
    let runs = grams
        .iter()
        .enumerate()
        .map(|(j, version_grams)| runs_of(j, ranges[j].len(), version_grams, &holders, width))
        .collect();
    Carried {
        words: ranges,
        runs,
        versions: n,
    }
}

/// Version `j`'s words in runs of the same carriers.
fn runs_of(
    j: usize,
    words: usize,
    grams: &[u64],
    holders: &HashMap<u64, Set>,
    width: usize,
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut set: Set = vec![0; width];
    for w in 0..words {
        set.iter_mut().for_each(|b| *b = 0);
        // The 5-grams over word w start at w-4 ..= w.
        for start in w.saturating_sub(SHINGLE_WORDS - 1)..=w.min(grams.len().saturating_sub(1)) {
            if start + SHINGLE_WORDS > words {
                break;
            }
            for (b, h) in set.iter_mut().zip(&holders[&grams[start]]) {
                *b |= h;
            }
        }
        set[j / 64] &= !(1 << (j % 64));
        match runs.last_mut() {
            Some(run) if run.carriers == set => run.words.end = w + 1,
            _ => runs.push(Run {
                words: w..w + 1,
                carriers: set.clone(),
            }),
        }
    }
    runs
}

fn members(set: &Set) -> impl Iterator<Item = usize> + '_ {
    set.iter().enumerate().flat_map(|(k, &bits)| {
        (0..64)
            .filter(move |b| bits & (1 << b) != 0)
            .map(move |b| k * 64 + b)
    })
}

impl Carried {
    /// For version `j`, how many of its words each version carries.
    pub(super) fn counts(&self, j: usize) -> Vec<usize> {
        let mut counts = vec![0; self.versions];
        for run in &self.runs[j] {
            for i in members(&run.carriers) {
                counts[i] += run.words.len();
            }
        }
        counts
    }

    /// Words of version `j` no other version carries.
    pub(super) fn own(&self, j: usize) -> usize {
        self.runs[j]
            .iter()
            .filter(|r| r.carriers.iter().all(|&b| b == 0))
            .map(|r| r.words.len())
            .sum()
    }

    /// Every version cut into runs carried by the same other versions.
    pub(super) fn passages(&self) -> Vec<Passage> {
        let mut out = Vec::new();
        for (j, runs) in self.runs.iter().enumerate() {
            let words = &self.words[j];
            out.extend(runs.iter().map(|run| Passage {
                version: j,
                range: ByteRange(words[run.words.start].0, words[run.words.end - 1].1),
                carried_by: members(&run.carriers).collect(),
            }));
        }
        out
    }
}
