//! Candidate pairs: for each right block, the left blocks most likely to
//! be its counterpart.
//!
//! Exact candidates pair blocks equal under normalisation. Similar
//! candidates come from an inverted index over the word unigrams and bigrams
//! of the left blocks: a right block's candidates are the left blocks that
//! share the most features with it, scored exactly by Dice similarity.
//! Natural text has a skewed vocabulary, so the cost lies in mid-frequency
//! features ("said", "the king"): features found in more blocks than half
//! the square root of their number (88 of a whole Bible's 31,000) are left
//! out of the counts (they say little about which block is which), counts
//! go into a dense array rather than a hash map, and only
//! the top few per block are kept, picked without sorting the rest. Feature
//! keys are already hashes, so the index only spreads them over 64 bits.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{dice, Feature, SideTokens};

/// Lowest similarity for a pair found through the index.
pub(crate) const PAIR_MIN_SIMILARITY: f32 = 0.3;
/// Candidates scored exactly per right block.
const CANDIDATES_PER_BLOCK: usize = 4;
/// Blocks with the same signature beyond which exact candidates are paired
/// only in order, not every left with every right.
const MAX_EXACT_FANOUT: usize = 8;

/// A possible pair of one left and one right block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Candidate {
    pub left: usize,
    pub right: usize,
    pub similarity: f32,
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
    /// A 32-bit [`Feature`] is spread over all 64 bits: the map reads its
    /// buckets' tags from the top ones.
    fn write_u32(&mut self, value: u32) {
        self.0 = u64::from(value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by token or feature hashes.
pub(crate) type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;
/// A map keyed by 32-bit [`Feature`]s.
type FeatureMap<V> = HashMap<Feature, V, BuildHasherDefault<KeyHasher>>;
/// A set of token or feature hashes.
pub(crate) type KeySet = std::collections::HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// Pairs of blocks equal under normalisation. A signature shared by a few
/// blocks yields every left-right combination (so that order can choose
/// among twins); a signature shared by many pairs them in order.
pub(crate) fn exact(left: &SideTokens, right: &SideTokens) -> Vec<Candidate> {
    let mut by_signature: KeyMap<Vec<usize>> = KeyMap::default();
    for (l, info) in left.blocks.iter().enumerate() {
        by_signature.entry(info.signature).or_default().push(l);
    }
    let mut right_by_signature: KeyMap<Vec<usize>> = KeyMap::default();
    for (r, info) in right.blocks.iter().enumerate() {
        if by_signature.contains_key(&info.signature) {
            right_by_signature
                .entry(info.signature)
                .or_default()
                .push(r);
        }
    }
    let mut out = Vec::new();
    for (signature, rights) in &right_by_signature {
        let lefts = &by_signature[signature];
        if lefts.len() * rights.len() <= MAX_EXACT_FANOUT * MAX_EXACT_FANOUT {
            for &r in rights {
                out.extend(lefts.iter().map(|&l| Candidate {
                    left: l,
                    right: r,
                    similarity: 1.0,
                }));
            }
        } else {
            out.extend(lefts.iter().zip(rights).map(|(&l, &r)| Candidate {
                left: l,
                right: r,
                similarity: 1.0,
            }));
        }
    }
    out
}

/// An inverted index: feature to the left blocks holding it, stored flat.
/// The map gives each feature's postings as a packed `start << 32 | end`
/// into `postings`: one lookup, no second table to miss in the cache for
/// each of the million and a half features a whole Bible looks up.
struct Index {
    spans: FeatureMap<u64>,
    postings: Vec<u32>,
}

impl Index {
    fn new(left: &SideTokens, blocks: &[usize]) -> Self {
        // First each feature's number, in order of first sight, and count;
        // each posting's number is kept, so that filling the postings
        // needs no second look-up in the map.
        let mut spans: FeatureMap<u64> = FeatureMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        for &l in blocks {
            for &f in &left.blocks[l].features {
                let next = counts.len() as u64;
                let id = *spans.entry(f).or_insert(next) as usize;
                if id == counts.len() {
                    counts.push(0);
                }
                counts[id] += 1;
                ids.push(id as u32);
            }
        }
        let mut offsets = Vec::with_capacity(counts.len() + 1);
        let mut total = 0u32;
        offsets.push(0);
        for c in &counts {
            total += c;
            offsets.push(total);
        }
        let mut fill = offsets[..counts.len()].to_vec();
        let mut postings = vec![0u32; total as usize];
        let mut next_id = ids.iter();
        for &l in blocks {
            // The features first: `zip` asks its second iterator only
            // when the first has an item, so no id is taken past a block.
            for (_, &id) in left.blocks[l].features.iter().zip(next_id.by_ref()) {
                let id = id as usize;
                postings[fill[id] as usize] = l as u32;
                fill[id] += 1;
            }
        }
        // Then each number becomes its span.
        for span in spans.values_mut() {
            let id = *span as usize;
            *span = (u64::from(offsets[id]) << 32) | u64::from(offsets[id + 1]);
        }
        Self { spans, postings }
    }

    fn postings(&self, feature: Feature) -> &[u32] {
        match self.spans.get(&feature) {
            Some(&span) => &self.postings[(span >> 32) as usize..(span as u32) as usize],
            None => &[],
        }
    }
}

/// Candidates at least [`PAIR_MIN_SIMILARITY`] alike between the free
/// blocks of each side: at most [`CANDIDATES_PER_BLOCK`] per right block.
/// The right blocks are searched in pieces over the cores.
pub(crate) fn similar(
    left: &SideTokens,
    right: &SideTokens,
    free_left: &[usize],
    free_right: &[usize],
) -> Vec<Candidate> {
    let index = Index::new(left, free_left);
    // Features in many blocks say little and cost much: leave them out.
    // Half the square root, not the whole (88 blocks of a Bible's 31,000,
    // not 175): a third fewer postings counted, the same output on the
    // whole Bible pair in order, and the bench's injected moves found as
    // well (a quarter of the square root fell under the move-recall floor
    // on two seeds in six). At least 16 for any document: an article of
    // under 1,024 paragraphs uses 16.
    let max_postings = 16.max((free_left.len() as f64).sqrt() as usize / 2);
    let search = |_, rights: &[usize]| search(&index, max_postings, left, right, rights);
    // Joined into a list sized once (collected through `flatten`, it grew
    // by doubling).
    crate::engine::parallel::pieces(free_right, RIGHTS_PER_JOB, search).concat()
}

/// Right blocks searched as one job: a whole Bible's 31,000 make sixteen.
const RIGHTS_PER_JOB: usize = 2048;

fn search(
    index: &Index,
    max_postings: usize,
    left: &SideTokens,
    right: &SideTokens,
    rights: &[usize],
) -> Vec<Candidate> {
    let mut counts = vec![0u32; left.blocks.len()];
    // Every left block at most once: written at each posting, kept (the
    // end moved on) only at a block's first, with no branch to mispredict.
    let mut touched: Vec<u32> = vec![0; left.blocks.len() + 1];
    let mut lists: Vec<&[u32]> = Vec::new();
    let mut out = Vec::new();
    for &r in rights {
        let features = &right.blocks[r].features;
        // All of the block's lookups first: each is likely a cache miss in
        // a map of hundreds of thousands of features, and made one after
        // another, with no counting between, the misses overlap.
        lists.clear();
        // Features left out for standing in too many blocks: shared
        // features a count cannot see.
        let mut unseen = 0;
        for &f in features {
            let postings = index.postings(f);
            if postings.len() <= max_postings {
                lists.push(postings);
            } else {
                unseen += 1;
            }
        }
        let mut seen = 0;
        // Nested loops, not a flattened iterator: its state is checked at
        // every posting, and this loop visits millions.
        for postings in &lists {
            for &l in *postings {
                let count = &mut counts[l as usize];
                touched[seen] = l;
                seen += usize::from(*count == 0);
                *count += 1;
            }
        }
        for (l, count) in top_blocks(&mut counts, &touched[..seen]) {
            let left_features = &left.blocks[l as usize].features;
            // The block shares at most its count and the unseen features:
            // when even that falls short, its features need not be read.
            let most =
                2.0 * (count + unseen) as f32 / (left_features.len() + features.len()) as f32;
            if most < PAIR_MIN_SIMILARITY {
                continue;
            }
            let similarity = dice(left_features, features);
            if similarity >= PAIR_MIN_SIMILARITY {
                out.push(Candidate {
                    left: l as usize,
                    right: r,
                    similarity,
                });
            }
        }
    }
    out
}

/// The [`CANDIDATES_PER_BLOCK`] `touched` blocks that share the most
/// features (ties to the earlier block, for stable results), with their
/// counts, and every touched count set back to zero: one pass, since most
/// of the hundreds of blocks touched share one feature and fall at the
/// first comparison.
fn top_blocks(counts: &mut [u32], touched: &[u32]) -> impl Iterator<Item = (u32, u32)> {
    // (block, count), best first; empty places hold count 0, which no
    // touched block has.
    let mut best = [(u32::MAX, 0u32); CANDIDATES_PER_BLOCK];
    let beats = |(l, c): (u32, u32), (other_l, other_c): (u32, u32)| {
        c > other_c || (c == other_c && l < other_l)
    };
    for &l in touched {
        let c = std::mem::take(&mut counts[l as usize]);
        let entry = (l, c);
        if !beats(entry, best[CANDIDATES_PER_BLOCK - 1]) {
            continue;
        }
        let mut at = CANDIDATES_PER_BLOCK - 1;
        while at > 0 && beats(entry, best[at - 1]) {
            best[at] = best[at - 1];
            at -= 1;
        }
        best[at] = entry;
    }
    best.into_iter().filter(|&(_, c)| c > 0)
}

#[cfg(test)]
mod tests {
    /// The blocks sharing the most features win, ties go to the earlier
    /// block whatever order they were touched in, and every count is set
    /// back to zero for the next block.
    #[test]
    fn top_blocks_keeps_the_most_shared_and_clears_the_counts() {
        let mut counts = vec![0u32; 10];
        for (block, count) in [(7, 2), (3, 1), (9, 5), (1, 2), (5, 2), (0, 1)] {
            counts[block] = count;
        }
        let touched = [7, 3, 9, 1, 5, 0];
        let top: Vec<(u32, u32)> = super::top_blocks(&mut counts, &touched).collect();
        assert_eq!(top, [(9, 5), (1, 2), (5, 2), (7, 2)]);
        assert!(counts.iter().all(|&c| c == 0));
    }

    /// A 32-bit feature hashes to a value with its top bits set: the map
    /// tells buckets apart by those, and a feature left in the low bits
    /// made every tag zero.
    #[test]
    fn a_feature_key_hash_fills_the_top_bits() {
        use std::hash::Hasher;
        let top_bits = |feature: u32| {
            let mut hasher = super::KeyHasher::default();
            hasher.write_u32(feature);
            hasher.finish() >> 57
        };
        let tags: std::collections::HashSet<u64> = (1..200u32).map(top_bits).collect();
        assert!(tags.len() > 64, "{} distinct tags", tags.len());
    }

    #[test]
    fn top_blocks_of_few_touched_blocks_are_all_of_them() {
        let mut counts = vec![0u32, 3, 0, 1];
        let top: Vec<(u32, u32)> = super::top_blocks(&mut counts, &[3, 1]).collect();
        assert_eq!(top, [(1, 3), (3, 1)]);
    }
}
