//! Leftover pairs between backbone pairs.
//!
//! Heavy rewording drops a pair's similarity below what the index finds,
//! but the pair still stands where it should: between the same two
//! backbone pairs on both sides. A small dynamic programme pairs such
//! leftovers in order. It never takes a pair when one of its blocks has a
//! clearly better partner elsewhere (a real move), so order wins only among
//! pairings of similar quality. What is still left, when both sides hold
//! the same small number of blocks between the same two pairs, is paired one
//! to one, as a side-by-side diff pairs changed lines: a verse translated
//! anew, a paragraph rewritten from scratch in its place. That applies only
//! when nearly every paragraph is already paired in order; between two
//! outlets' reports an unmatched paragraph is usually new text, and pairing
//! it with whatever stands opposite would claim an edit that never was.

use super::features::{dice, shared, SideTokens};
use super::Pair;

/// Lowest similarity to pair leftover blocks between two backbone pairs.
const GAP_MIN_SIMILARITY: f32 = 0.2;
/// Lowest similarity to pair a headline with a paragraph between two
/// backbone pairs: a headline sums up the story's first paragraphs, so it
/// shares their words without being a version of any of them.
const GAP_HEADING_MIN_SIMILARITY: f32 = 0.4;
/// Largest gap (blocks per side) that is searched for leftover pairs.
const GAP_MAX_BLOCKS: usize = 40;
/// How much better a partner elsewhere must be to keep a block out of an
/// in-order pair.
const BETTER_ELSEWHERE_MARGIN: f32 = 0.25;
/// Most leftover blocks per side that are paired one to one when they are
/// all that stands between two pairs (as a side-by-side diff pairs changed
/// lines).
const POSITIONAL_MAX_BLOCKS: usize = 4;
/// A partner elsewhere at least this similar keeps a block out of
/// positional pairing: it is a move, not a rewording.
const POSITIONAL_MAX_ELSEWHERE: f32 = 0.5;
/// Share of the shorter side's blocks that must already be paired in order
/// for positional pairing to apply: the two texts are versions of each
/// other paragraph for paragraph (a revision, a translation), not two
/// reports that share some paragraphs.
const POSITIONAL_MIN_PAIRED_SHARE: f64 = 0.8;

/// Pairs leftover blocks that sit between the same two backbone pairs, in
/// order, when they are at least [`GAP_MIN_SIMILARITY`] alike.
///
/// `best_elsewhere` holds, per side, each block's best similarity to a
/// block it was not paired with in order.
pub(super) fn pair_gaps(
    left: &SideTokens,
    right: &SideTokens,
    pairs: &mut Vec<Pair>,
    best_elsewhere: (&[f32], &[f32]),
) {
    let mut left_used = vec![false; left.blocks.len()];
    let mut right_used = vec![false; right.blocks.len()];
    for p in pairs.iter() {
        left_used[p.left.start] = true;
        right_used[p.right.start] = true;
    }
    let mut found = Vec::new();
    for (l_from, l_to, r_from, r_to) in between_pairs(pairs, left.blocks.len(), right.blocks.len())
    {
        let gap_left: Vec<usize> = (l_from..l_to).filter(|&l| !left_used[l]).collect();
        let gap_right: Vec<usize> = (r_from..r_to).filter(|&r| !right_used[r]).collect();
        if gap_left.is_empty()
            || gap_right.is_empty()
            || gap_left.len() > GAP_MAX_BLOCKS
            || gap_right.len() > GAP_MAX_BLOCKS
        {
            continue;
        }
        found.extend(best_ordered_pairs(
            (left, right),
            (&gap_left, &gap_right),
            best_elsewhere,
        ));
    }
    for (l, r, _) in found {
        pairs.push(Pair {
            left: l..l + 1,
            right: r..r + 1,
            moved: false,
        });
    }
    pair_in_place(left, right, pairs, best_elsewhere);
}

/// Pairs one to one the leftovers between two consecutive in-order pairs
/// when both sides hold the same number of them (at most
/// [`POSITIONAL_MAX_BLOCKS`]), each with words, and none has a strong
/// partner elsewhere.
fn pair_in_place(
    left: &SideTokens,
    right: &SideTokens,
    pairs: &mut Vec<Pair>,
    (left_elsewhere, right_elsewhere): (&[f32], &[f32]),
) {
    let in_order = pairs.iter().filter(|p| !p.moved).count();
    let shorter = left.blocks.len().min(right.blocks.len());
    if (in_order as f64) < POSITIONAL_MIN_PAIRED_SHARE * shorter as f64 {
        return;
    }
    let mut found = Vec::new();
    for (l_from, l_to, r_from, r_to) in between_pairs(pairs, left.blocks.len(), right.blocks.len())
    {
        let (n, m) = (l_to.saturating_sub(l_from), r_to.saturating_sub(r_from));
        if n == 0 || n != m || n > POSITIONAL_MAX_BLOCKS {
            continue;
        }
        let fits = (0..n).all(|k| {
            let (l, r) = (l_from + k, r_from + k);
            left.blocks[l].words > 0
                && right.blocks[r].words > 0
                && shared(&left.blocks[l].features, &right.blocks[r].features) > 0
                && {
                    // A free partner elsewhere as similar as this one is
                    // a move, not a rewording in place.
                    let here = dice(&left.blocks[l].features, &right.blocks[r].features);
                    left_elsewhere[l].max(right_elsewhere[r])
                        < POSITIONAL_MAX_ELSEWHERE.min(here.max(f32::EPSILON))
                }
        });
        if fits {
            found.extend((0..n).map(|k| (l_from + k, r_from + k)));
        }
    }
    for (l, r) in found {
        pairs.push(Pair {
            left: l..l + 1,
            right: r..r + 1,
            moved: false,
        });
    }
}

/// The stretches between consecutive in-order pairs (and before the first
/// and after the last), as `(left_from, left_to, right_from, right_to)`
/// block indices, `from` inclusive, `to` exclusive.
fn between_pairs(
    pairs: &[Pair],
    n_left: usize,
    n_right: usize,
) -> Vec<(usize, usize, usize, usize)> {
    let mut anchors: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|p| !p.moved)
        .map(|p| (p.left.start, p.right.start))
        .collect();
    anchors.sort_unstable_by_key(|&(_, r)| r);
    let ends: Vec<(Option<usize>, Option<usize>)> = std::iter::once((None, None))
        .chain(anchors.iter().map(|&(l, r)| (Some(l), Some(r))))
        .chain(std::iter::once((None, None)))
        .collect();
    ends.windows(2)
        .map(|w| {
            (
                w[0].0.map_or(0, |l| l + 1),
                w[1].0.unwrap_or(n_left),
                w[0].1.map_or(0, |r| r + 1),
                w[1].1.unwrap_or(n_right),
            )
        })
        .collect()
}

/// Dynamic programming: the in-order pairing with the largest total
/// similarity, using only pairs at least [`GAP_MIN_SIMILARITY`] alike.
fn best_ordered_pairs(
    (left, right): (&SideTokens, &SideTokens),
    (gap_left, gap_right): (&[usize], &[usize]),
    (left_elsewhere, right_elsewhere): (&[f32], &[f32]),
) -> Vec<(usize, usize, f32)> {
    let (n, m) = (gap_left.len(), gap_right.len());
    let sim = |i: usize, j: usize| {
        let (l, r) = (gap_left[i], gap_right[j]);
        let s = dice(&left.blocks[l].features, &right.blocks[r].features);
        let better_elsewhere =
            left_elsewhere[l].max(right_elsewhere[r]) > s + BETTER_ELSEWHERE_MARGIN;
        let least = if left.blocks[l].heading == right.blocks[r].heading {
            GAP_MIN_SIMILARITY
        } else {
            GAP_HEADING_MIN_SIMILARITY
        };
        if s >= least && !better_elsewhere {
            s
        } else {
            0.0
        }
    };
    let sims: Vec<f32> = (0..n * m).map(|k| sim(k / m, k % m)).collect();
    let mut best = vec![0.0f32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = sims[i * m + j];
            let take = if s > 0.0 {
                s + best[at(i + 1, j + 1)]
            } else {
                0.0
            };
            best[at(i, j)] = take.max(best[at(i + 1, j)]).max(best[at(i, j + 1)]);
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n && j < m {
        let s = sims[i * m + j];
        if s > 0.0 && (best[at(i, j)] - (s + best[at(i + 1, j + 1)])).abs() < 1e-6 {
            out.push((gap_left[i], gap_right[j], s));
            i += 1;
            j += 1;
        } else if (best[at(i, j)] - best[at(i + 1, j)]).abs() < 1e-6 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}
