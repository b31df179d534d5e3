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

use std::collections::HashMap;

use crate::model::{ByteRange, Link, Unit};
use crate::normalize::Fnv;
use crate::segment::{Token, TokenKind};

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
    ranges: Vec<ByteRange>,
    shown_shared: Vec<bool>,
    /// The unit holding each word.
    unit: Vec<usize>,
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
                        .filter(|e| e.kind == crate::model::EditKind::Unchanged)
                        .map(|e| if right { e.right } else { e.left }),
                );
            }
        }
        shared.sort_unstable();
        blocks.sort_unstable_by_key(|(b, _)| *b);
        let words: Vec<&Token> = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .collect();
        let inside = |ranges: &[ByteRange], at: usize| {
            let k = ranges.partition_point(|r| r.0 <= at);
            k > 0 && at < ranges[k - 1].1
        };
        Self {
            keys: words.iter().map(|t| t.key).collect(),
            ranges: words.iter().map(|t| ByteRange(t.start, t.end)).collect(),
            shown_shared: words.iter().map(|t| inside(&shared, t.start)).collect(),
            unit: words
                .iter()
                .map(|t| {
                    let k = blocks.partition_point(|(b, _)| b.0 <= t.start);
                    blocks[k.saturating_sub(1)].1
                })
                .collect(),
        }
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

fn seed_hashes(keys: &[u64]) -> Vec<u64> {
    keys.windows(SEED_WORDS)
        .map(|w| w.iter().fold(Fnv::new(), |h, &k| h.u64(k)).finish())
        .collect()
}

/// Every maximal run of at least [`SEED_WORDS`] equal words, both sides'
/// seeds standing at most `max_repeats` times (`usize::MAX`: no filter).
/// The flag says the seed cap was hit.
fn runs(left: &[u64], right: &[u64], max_repeats: usize) -> (Vec<Run>, bool) {
    let left_seeds = seed_hashes(left);
    let right_seeds = seed_hashes(right);
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, &h) in left_seeds.iter().enumerate() {
        index.entry(h).or_default().push(i as u32);
    }
    let mut right_count: HashMap<u64, usize> = HashMap::new();
    for &h in &right_seeds {
        *right_count.entry(h).or_default() += 1;
    }
    let mut out = Vec::new();
    let mut diagonal_end: HashMap<isize, usize> = HashMap::new();
    let mut followed = 0;
    for (r, h) in right_seeds.iter().enumerate() {
        let Some(lefts) = index.get(h) else { continue };
        if lefts.len() > max_repeats || right_count[h] > max_repeats {
            continue;
        }
        for &l in lefts {
            let l = l as usize;
            followed += 1;
            if followed > MAX_SEEDS {
                return (out, true);
            }
            let diagonal = l as isize - r as isize;
            if diagonal_end.get(&diagonal).is_some_and(|&end| r < end) {
                continue;
            }
            if left[l..l + SEED_WORDS] != right[r..r + SEED_WORDS] {
                continue; // a hash collision
            }
            let mut len = SEED_WORDS;
            while l + len < left.len() && r + len < right.len() && left[l + len] == right[r + len] {
                len += 1;
            }
            diagonal_end.insert(diagonal, r + len);
            out.push(Run {
                left: l,
                right: r,
                len,
            });
        }
    }
    (out, false)
}

/// The links of a comparison (see the module docs), and whether the seed
/// cap was hit.
pub(crate) fn find(left: &Words, right: &Words) -> (Vec<Link>, bool) {
    let (mut found, capped) = runs(&left.keys, &right.keys, MAX_SEED_REPEATS);
    found.sort_unstable_by_key(|r| (r.right, r.left));
    // Join runs of one passage across a word or two changed.
    let mut passages: Vec<(Run, Run, usize)> = Vec::new(); // first, last, words matched
    for run in found {
        if let Some((_, last, matched)) = passages.last_mut() {
            let gap_right = run.right as isize - (last.right + last.len) as isize;
            let gap_left = run.left as isize - (last.left + last.len) as isize;
            let near = |gap: isize| (0..=MAX_GAP_WORDS as isize).contains(&gap);
            if near(gap_right) && near(gap_left) {
                *last = run;
                *matched += run.len;
                continue;
            }
        }
        passages.push((run, run, run.len));
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
                left.ranges[left_words.start].0,
                left.ranges[left_words.end - 1].1,
            ),
            right: ByteRange(
                right.ranges[right_words.start].0,
                right.ranges[right_words.end - 1].1,
            ),
            similarity: (2 * matched) as f32 / span as f32,
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
            let w = words.ranges[i];
            let k = ranges.partition_point(|r| r.0 <= w.0);
            !words.shown_shared[i]
                && units[words.unit[i]].boilerplate.is_none()
                && k > 0
                && w.0 < ranges[k - 1].1
        })
        .count()
}

/// The measure of "nothing hidden": of the words that the two sides share
/// as runs of at least [`SEED_WORDS`] equal words (anywhere, stock phrases
/// included), the share each side shows as shared, unchanged or linked.
/// `[left, right]`, 1.0 when there are no such words.
pub fn shared_run_coverage(cmp: &crate::Comparison) -> [f64; 2] {
    let side_words = |text: &str, blocks: &[ByteRange], right: bool| {
        let mut tokens = Vec::new();
        for &b in blocks {
            crate::segment::tokens(text, b, &cmp.normalization, &mut tokens);
        }
        Words::new(&tokens, &cmp.units, right)
    };
    let left = side_words(&cmp.left.text, &cmp.left.blocks, false);
    let right = side_words(&cmp.right.text, &cmp.right.blocks, true);
    let (all, _) = runs(&left.keys, &right.keys, usize::MAX);
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
            let k = ranges.partition_point(|r| r.0 <= w.0);
            let linked = k > 0 && w.0 < ranges[k - 1].1;
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
