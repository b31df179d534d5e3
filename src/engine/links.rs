//! Passage links: text both versions carry that the aligned units do not
//! show as unchanged.
//!
//! Alignment pairs paragraphs and the word diff works inside a pair, so a
//! quote split differently across paragraphs, a sentence moved into another
//! paragraph or a wire paragraph folded into an outlet's own shows as
//! removed on one side and added on the other. A reader told an outlet
//! "added" a sentence must be able to trust that it wrote it. This stage
//! finds such passages anywhere in the two documents, as text-reuse
//! detectors do (seed, extend, filter):
//!
//! - **Seed**: every run of [`SEED_WORDS`] words (compared by their keys
//!   under normalisation) is hashed; a run on the right whose hash occurs on
//!   the left is a seed. Cost is linear in the text: one hash table, no
//!   pairs of paragraphs.
//! - **Extend**: a seed grows word by word while both sides agree, and runs
//!   on nearly the same diagonal with at most [`MAX_GAP_WORDS`] words
//!   between them on each side join into one passage (a word or two changed
//!   inside a long quotation); its similarity says how much was verbatim.
//! - **Filter**: a seed that stands more than [`MAX_SEED_REPEATS`] times on
//!   either side is a stock phrase ("said in a statement that the"), not
//!   evidence of copying, and makes no link on its own; and a passage every
//!   word of which the units already show as unchanged is left out.
//!
//! Each link joins a left byte range and a right byte range; `moved` says
//! the two ends lie in different aligned units.

use crate::engine::model::{ByteRange, Link, Unit};
use crate::engine::segment::{Token, TokenKind};

/// Words in a seed: the shortest passage that links.
pub const SEED_WORDS: usize = 5;
/// A seed standing more often than this on either side is a stock phrase.
const MAX_SEED_REPEATS: usize = 3;
/// Words that may differ between two runs of one passage, on each side.
const MAX_GAP_WORDS: usize = 2;
/// Most seeds followed; past this the search stops and says so.
pub const MAX_SEEDS: usize = 2_000_000;

/// The words of one side: each word token's key and byte range, and
/// whether the units show it as unchanged.
pub(crate) struct Words {
    keys: Vec<u64>,
    /// Byte offsets of each word (u32: link search skips texts past 4 GiB).
    ranges: Vec<(u32, u32)>,
    shown_shared: Vec<bool>,
    /// The unit holding each word.
    unit: Vec<u32>,
}

impl Words {
    /// The words of `tokens` (one side's, in text order), placed in `units`
    /// by their byte position on that side (`right` picks the side).
    pub(crate) fn new(tokens: &[Token], units: &[Unit], right: bool) -> Self {
        // Byte ranges shown as unchanged, and each block's unit, in order.
        let mut shared: Vec<ByteRange> = Vec::new();
        let mut blocks: Vec<(ByteRange, usize)> = Vec::new();
        for (i, u) in units.iter().enumerate() {
            let mine = if right { &u.right } else { &u.left };
            blocks.extend(mine.iter().map(|&b| (b, i)));
            if !u.kind.is_change() {
                shared.extend(mine.iter().copied());
            } else {
                shared.extend(
                    u.edits
                        .iter()
                        .filter(|e| e.kind == crate::engine::model::EditKind::Unchanged)
                        .map(|e| if right { e.right } else { e.left }),
                );
            }
        }
        shared.sort_unstable();
        blocks.sort_unstable_by_key(|(b, _)| *b);
        // One walk over the words, with a cursor in each sorted list.
        let (mut in_shared, mut in_block) = (0, 0);
        let mut words = Self {
            keys: Vec::new(),
            ranges: Vec::new(),
            shown_shared: Vec::new(),
            unit: Vec::new(),
        };
        for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            while in_shared < shared.len() && shared[in_shared].1 <= t.start {
                in_shared += 1;
            }
            while in_block + 1 < blocks.len() && blocks[in_block + 1].0 .0 <= t.start {
                in_block += 1;
            }
            words.keys.push(t.key);
            words.ranges.push((t.start as u32, t.end as u32));
            words
                .shown_shared
                .push(shared.get(in_shared).is_some_and(|r| r.0 <= t.start));
            words
                .unit
                .push(blocks.get(in_block).map_or(0, |b| b.1 as u32));
        }
        words
    }
}

/// A run of equal words: `len` words from `left` on the left and from
/// `right` on the right.
#[derive(Debug, Clone, Copy)]
struct Run {
    left: usize,
    right: usize,
    len: usize,
}

/// The hash of every seed (window of [`SEED_WORDS`] keys), by position:
/// a polynomial hash rolled along the keys (one multiply a word, not one a
/// byte), then mixed so that hash tables spread it. Equal windows hash
/// equal; a collision is caught when runs are checked word by word.
fn seed_hashes(keys: &[u64]) -> Vec<u64> {
    const P: u64 = 0x9E37_79B9_7F4A_7C15;
    if keys.len() < SEED_WORDS {
        return Vec::new();
    }
    let count = keys.len() - SEED_WORDS + 1;
    let top = (1..SEED_WORDS).fold(1u64, |p, _| p.wrapping_mul(P));
    let mix = |mut x: u64| {
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    };
    let mut h = keys[..SEED_WORDS]
        .iter()
        .fold(0u64, |h, &k| h.wrapping_mul(P).wrapping_add(k));
    let mut out = Vec::with_capacity(count);
    out.push(mix(h));
    for i in 1..count {
        h = h
            .wrapping_sub(keys[i - 1].wrapping_mul(top))
            .wrapping_mul(P)
            .wrapping_add(keys[i + SEED_WORDS - 1]);
        out.push(mix(h));
    }
    out
}

/// A set of seed hashes: they are mixed already, so the table uses them
/// as they are instead of hashing them again.
#[derive(Default)]
struct Unhashed(u64);

impl std::hash::Hasher for Unhashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type HashSet = std::collections::HashSet<u64, std::hash::BuildHasherDefault<Unhashed>>;

/// Seeds with their positions, sorted by hash; with `wanted`, only seeds
/// whose hash it holds (every occurrence of such a hash, so repeats still
/// count right).
fn sorted_seeds(hashes: &[u64], wanted: Option<&HashSet>) -> Vec<(u64, u32)> {
    let mut seeds: Vec<(u64, u32)> = hashes
        .iter()
        .enumerate()
        .filter(|(_, h)| wanted.is_none_or(|w| w.contains(h)))
        .map(|(i, &h)| (h, i as u32))
        .collect();
    seeds.sort_unstable();
    seeds
}

/// Every maximal run of at least [`SEED_WORDS`] equal words, both sides'
/// seeds standing at most `max_repeats` times (`usize::MAX`: no filter).
/// With `touches` (per side, per seed: whether it holds a word the units
/// show as changed), only pairs of seeds touching such a word on either
/// side count, so runs through text already shown unchanged are cut to the
/// part near what is hidden. The flag says the seed cap was hit.
///
/// The two sides' seeds are sorted by hash and joined like a merge; the
/// matching seed pairs, sorted by diagonal, fall into runs of consecutive
/// positions, each one maximal run of equal words. Memory and time are
/// those of two sorts.
fn runs(
    left: &[u64],
    right: &[u64],
    max_repeats: usize,
    touches: Option<(&[bool], &[bool])>,
) -> (Vec<Run>, bool) {
    let (left_hashes, right_hashes) = std::thread::scope(|scope| {
        let right_job = scope.spawn(|| seed_hashes(right));
        let left_hashes = seed_hashes(left);
        (
            left_hashes,
            right_job
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    });
    // Only seeds whose hash stands somewhere near a hidden word can make a
    // wanted pair; the rest (most of a pair that changed little) need not
    // be sorted at all.
    let wanted: Option<HashSet> = touches.map(|(tl, tr)| {
        let near_hidden = |hashes: &[u64], touch: &[bool]| -> Vec<u64> {
            hashes
                .iter()
                .zip(touch)
                .filter(|(_, t)| **t)
                .map(|(h, _)| *h)
                .collect()
        };
        let mut set = HashSet::default();
        set.extend(near_hidden(&left_hashes, tl));
        set.extend(near_hidden(&right_hashes, tr));
        set
    });
    let (left_seeds, right_seeds) = (
        sorted_seeds(&left_hashes, wanted.as_ref()),
        sorted_seeds(&right_hashes, wanted.as_ref()),
    );
    drop((left_hashes, right_hashes));
    let mut pairs: Vec<(u32, u32)> = Vec::new(); // (left, right) positions
    let mut capped = false;
    let (mut i, mut j) = (0, 0);
    while i < left_seeds.len() && j < right_seeds.len() {
        let (lh, rh) = (left_seeds[i].0, right_seeds[j].0);
        if lh < rh {
            i += 1;
            continue;
        }
        if rh < lh {
            j += 1;
            continue;
        }
        let l_end = i + left_seeds[i..].partition_point(|s| s.0 == lh);
        let r_end = j + right_seeds[j..].partition_point(|s| s.0 == rh);
        if l_end - i <= max_repeats && r_end - j <= max_repeats {
            for l in &left_seeds[i..l_end] {
                for r in &right_seeds[j..r_end] {
                    let wanted =
                        touches.is_none_or(|(tl, tr)| tl[l.1 as usize] || tr[r.1 as usize]);
                    if wanted {
                        pairs.push((l.1, r.1));
                    }
                }
            }
        }
        if pairs.len() > MAX_SEEDS {
            capped = true;
            break;
        }
        (i, j) = (l_end, r_end);
    }
    (runs_of_pairs(left, right, pairs), capped)
}

/// Matching seed pairs `(left, right)` into runs: sorted by diagonal, then
/// position, consecutive seeds on one diagonal are one run of equal words.
fn runs_of_pairs(left: &[u64], right: &[u64], mut pairs: Vec<(u32, u32)>) -> Vec<Run> {
    pairs.sort_unstable_by_key(|&(l, r)| (i64::from(l) - i64::from(r), r));
    let mut out: Vec<Run> = Vec::new();
    let mut k = 0;
    while k < pairs.len() {
        let (l, r) = (pairs[k].0 as usize, pairs[k].1 as usize);
        let mut count = 1;
        while k + count < pairs.len()
            && pairs[k + count] == (pairs[k].0 + count as u32, pairs[k].1 + count as u32)
        {
            count += 1;
        }
        k += count;
        let len = count + SEED_WORDS - 1;
        // A hash collision would join unequal words: check the run.
        if left[l..l + len] == right[r..r + len] {
            out.push(Run {
                left: l,
                right: r,
                len,
            });
        }
    }
    out
}

/// The links of a comparison (see the module docs), and whether the seed
/// cap was hit.
pub(crate) fn find(left: &Words, right: &Words) -> (Vec<Link>, bool) {
    let touches = |words: &Words| -> Vec<bool> {
        let hidden: Vec<bool> = words.shown_shared.iter().map(|s| !s).collect();
        hidden
            .windows(SEED_WORDS)
            .map(|w| w.contains(&true))
            .collect()
    };
    let (left_touches, right_touches) = (touches(left), touches(right));
    let (mut found, capped) = runs(
        &left.keys,
        &right.keys,
        MAX_SEED_REPEATS,
        Some((&left_touches, &right_touches)),
    );
    found.sort_unstable_by_key(|r| (r.right, r.left));
    // Join runs of one passage across a word or two changed.
    // First run, last run, words matched (both sides together).
    let mut passages: Vec<(Run, Run, usize)> = Vec::new();
    for run in found {
        if let Some((_, last, matched)) = passages.last_mut() {
            let gap_right = run.right as isize - (last.right + last.len) as isize;
            let gap_left = run.left as isize - (last.left + last.len) as isize;
            // Overlapping runs (a stock phrase inside a passage breaks the
            // seeds, not the words) join too.
            let near =
                |gap: isize| (-(SEED_WORDS as isize)..=MAX_GAP_WORDS as isize).contains(&gap);
            if near(gap_right) && near(gap_left) && run.right + run.len > last.right + last.len {
                let grown = |end: usize, start: usize, before: usize| {
                    (end).saturating_sub(before.max(start))
                };
                *matched += grown(run.right + run.len, run.right, last.right + last.len)
                    + grown(run.left + run.len, run.left, last.left + last.len);
                *last = run;
                continue;
            }
        }
        passages.push((run, run, 2 * run.len));
    }
    let mut links = Vec::new();
    for (first, last, matched) in passages {
        let left_words = first.left..last.left + last.len;
        let right_words = first.right..last.right + last.len;
        let hidden = left_words.clone().any(|w| !left.shown_shared[w])
            || right_words.clone().any(|w| !right.shown_shared[w]);
        if !hidden {
            continue;
        }
        let span = left_words.len() + right_words.len();
        links.push(Link {
            left: ByteRange(
                left.ranges[left_words.start].0 as usize,
                left.ranges[left_words.end - 1].1 as usize,
            ),
            right: ByteRange(
                right.ranges[right_words.start].0 as usize,
                right.ranges[right_words.end - 1].1 as usize,
            ),
            // Only one unbroken run is verbatim; joined runs may cover
            // every word and still differ in order.
            similarity: if first.left == last.left && first.right == last.right {
                1.0
            } else {
                (matched as f32 / span as f32).min(0.99)
            },
            moved: left.unit[left_words.start] != right.unit[right_words.start],
        });
    }
    (links, capped)
}

/// Words on each side that lie inside a link without being shown as
/// unchanged, outside boilerplate: what linking adds to the shared count.
pub(crate) fn linked_words(words: &Words, links: &[Link], units: &[Unit], right: bool) -> usize {
    let mut ranges: Vec<ByteRange> = links
        .iter()
        .map(|l| if right { l.right } else { l.left })
        .collect();
    ranges.sort_unstable();
    (0..words.ranges.len())
        .filter(|&i| {
            let w = words.ranges[i].0 as usize;
            let k = ranges.partition_point(|r| r.0 <= w);
            !words.shown_shared[i]
                && units[words.unit[i] as usize].boilerplate.is_none()
                && k > 0
                && w < ranges[k - 1].1
        })
        .count()
}

/// The words of one side of a finished comparison, tokenised again.
fn side_words(cmp: &crate::engine::model::Comparison, right: bool) -> Words {
    let side = if right { &cmp.right } else { &cmp.left };
    let mut tokens = Vec::new();
    for &b in &side.blocks {
        crate::engine::segment::tokens(&side.text, b, &cmp.normalization, &mut tokens);
    }
    Words::new(&tokens, &cmp.units, right)
}

/// The words of both sides of a finished comparison, ready for the link
/// search: lets the benchmark time the search alone, as the pipeline runs
/// it (on words it already has).
pub struct SearchInput {
    left: Words,
    right: Words,
}

impl SearchInput {
    pub fn new(cmp: &crate::engine::model::Comparison) -> Self {
        Self {
            left: side_words(cmp, false),
            right: side_words(cmp, true),
        }
    }

    /// The links, and whether the cap was hit.
    pub fn search(&self) -> (Vec<Link>, bool) {
        find(&self.left, &self.right)
    }
}

/// The measure of "nothing hidden": of the words that the two sides share
/// as runs of at least [`SEED_WORDS`] equal words (anywhere, stock phrases
/// included), the share each side shows as shared, unchanged or linked.
/// `[left, right]`, 1.0 when there are no such words.
pub fn shared_run_coverage(cmp: &crate::engine::model::Comparison) -> [f64; 2] {
    let (left, right) = (side_words(cmp, false), side_words(cmp, true));
    let (all, _) = runs(&left.keys, &right.keys, usize::MAX, None);
    let covered = |words: &Words, right_side: bool| {
        let mut in_run = vec![false; words.keys.len()];
        for run in &all {
            let start = if right_side { run.right } else { run.left };
            in_run[start..start + run.len]
                .iter_mut()
                .for_each(|w| *w = true);
        }
        let mut ranges: Vec<ByteRange> = cmp
            .links
            .iter()
            .map(|l| if right_side { l.right } else { l.left })
            .collect();
        ranges.sort_unstable();
        let (mut total, mut shown) = (0usize, 0usize);
        for (i, w) in words.ranges.iter().enumerate().filter(|(i, _)| in_run[*i]) {
            total += 1;
            let w = w.0 as usize;
            let k = ranges.partition_point(|r| r.0 <= w);
            let linked = k > 0 && w < ranges[k - 1].1;
            shown += usize::from(words.shown_shared[i] || linked);
        }
        if total == 0 {
            1.0
        } else {
            shown as f64 / total as f64
        }
    };
    [covered(&left, false), covered(&right, true)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_hashes_roll_over_any_length() {
        for n in 0..12usize {
            let keys: Vec<u64> = (0..n as u64).map(|k| k % 3).collect();
            let hashes = seed_hashes(&keys);
            assert_eq!(hashes.len(), n.saturating_sub(SEED_WORDS - 1), "{n} keys");
            // Equal windows hash equal, wherever they stand.
            for (i, a) in hashes.iter().enumerate() {
                for (j, b) in hashes.iter().enumerate() {
                    let same = keys[i..i + SEED_WORDS] == keys[j..j + SEED_WORDS];
                    assert_eq!(a == b, same, "windows {i} and {j}");
                }
            }
        }
    }

    #[test]
    fn search_again_finds_the_links_compare_found() {
        let cmp = crate::engine::compare::compare_texts(
            include_str!("../../seeds/002_071138934c7246b1.txt"),
            include_str!("../../seeds/003_40b6f1b6974d403b.txt"),
        );
        assert!(!cmp.links.is_empty(), "the split quote links");
        assert_eq!(SearchInput::new(&cmp).search().0, cmp.links);
    }
}
