//! Paragraph alignment: which left blocks correspond to which right blocks.
//!
//! A line diff fails on prose: outlets move paragraphs, split and merge them,
//! glue a heading onto the next paragraph, reword sentences and insert page
//! furniture between paragraphs. Alignment therefore runs in stages:
//!
//! 1. **Exact anchors.** Blocks with equal signatures (equal under
//!    normalisation) are paired.
//! 2. **Similar pairs.** For each remaining right block, an inverted index
//!    over word unigrams and bigrams of the remaining left blocks yields a few
//!    candidates; the best pairs by Dice similarity are accepted greedily.
//!    Cost stays near-linear: features shared by many blocks are not indexed.
//! 3. **Backbone.** The heaviest subsequence of pairs in the same order on
//!    both sides is the backbone; a pair outside it is a *move* if it is
//!    similar enough, and is dropped otherwise.
//! 4. **Gaps.** Between consecutive backbone pairs, leftover blocks are
//!    paired in order when they are moderately similar (heavy rewording).
//! 5. **Splits and merges.** A pair grows to take in a neighbouring unpaired
//!    block whose words it contains (a heading glued onto a paragraph, a
//!    paragraph split in two).
//! 6. Unpaired blocks become added or removed units.

pub(crate) mod features;
mod lis;

use std::collections::HashMap;
use std::ops::Range;

use features::{containment, dice, union, SideTokens};

/// Lowest similarity for a pair found through the index.
const PAIR_MIN_SIMILARITY: f32 = 0.3;
/// Lowest similarity for a pair outside the backbone to count as a move.
const MOVE_MIN_SIMILARITY: f32 = 0.5;
/// Fewest words on each side for a move (tiny lines repeat by chance).
const MOVE_MIN_WORDS: usize = 4;
/// Lowest similarity to pair leftover blocks between two backbone pairs.
const GAP_MIN_SIMILARITY: f32 = 0.2;
/// Largest gap (blocks per side) that is searched for leftover pairs.
const GAP_MAX_BLOCKS: usize = 40;
/// Share of a neighbour's features that must lie inside a block for the
/// neighbour to join it as a split or merge.
const GROW_MIN_CONTAINMENT: f32 = 0.6;
/// Candidates scored exactly per right block.
const CANDIDATES_PER_BLOCK: usize = 4;

/// A contiguous run of left blocks linked to a contiguous run of right
/// blocks; either run may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub left: Range<usize>,
    pub right: Range<usize>,
    pub moved: bool,
}

/// A one-to-one pair under construction.
#[derive(Debug, Clone)]
struct Pair {
    left: Range<usize>,
    right: Range<usize>,
    similarity: f32,
    moved: bool,
}

/// Aligns the blocks of two sides. Every block of each side lands in exactly
/// one group. Groups come in right-side order; a removed block follows the
/// group that holds its left-side predecessor.
pub(crate) fn align(left: &SideTokens, right: &SideTokens) -> Vec<Group> {
    let n_left = left.blocks.len();
    let n_right = right.blocks.len();
    let mut left_pair: Vec<Option<usize>> = vec![None; n_left];
    let mut right_pair: Vec<Option<usize>> = vec![None; n_right];
    let mut pairs: Vec<Pair> = Vec::new();

    let accept = |pairs: &mut Vec<Pair>,
                  left_pair: &mut [Option<usize>],
                  right_pair: &mut [Option<usize>],
                  l: usize,
                  r: usize,
                  similarity: f32| {
        left_pair[l] = Some(pairs.len());
        right_pair[r] = Some(pairs.len());
        pairs.push(Pair {
            left: l..l + 1,
            right: r..r + 1,
            similarity,
            moved: false,
        });
    };

    // 1. Exact anchors, first unused left block with the same signature.
    let mut by_signature: HashMap<u64, Vec<usize>> = HashMap::with_capacity(n_left);
    for (l, info) in left.blocks.iter().enumerate().rev() {
        by_signature.entry(info.signature).or_default().push(l);
    }
    for (r, info) in right.blocks.iter().enumerate() {
        if let Some(list) = by_signature.get_mut(&info.signature) {
            if let Some(l) = list.pop() {
                accept(&mut pairs, &mut left_pair, &mut right_pair, l, r, 1.0);
            }
        }
    }

    // 2. Similar pairs through an inverted feature index.
    let free_left: Vec<usize> = (0..n_left).filter(|&l| left_pair[l].is_none()).collect();
    let free_right: Vec<usize> = (0..n_right).filter(|&r| right_pair[r].is_none()).collect();
    let mut candidates = similar_candidates(left, right, &free_left, &free_right);
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (similarity, r, l) in candidates {
        if left_pair[l].is_none() && right_pair[r].is_none() {
            accept(
                &mut pairs,
                &mut left_pair,
                &mut right_pair,
                l,
                r,
                similarity,
            );
        }
    }

    // 3. Backbone and moves.
    let weights: Vec<f64> = pairs
        .iter()
        .map(|p| {
            let words = left.blocks[p.left.start].words + right.blocks[p.right.start].words;
            (1 + words) as f64 * f64::from(p.similarity)
        })
        .collect();
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_by_key(|&i| pairs[i].right.start);
    let keys: Vec<usize> = order.iter().map(|&i| pairs[i].left.start).collect();
    let order_weights: Vec<f64> = order.iter().map(|&i| weights[i]).collect();
    let in_backbone = lis::heaviest_increasing(&keys, &order_weights);
    let mut keep = vec![true; pairs.len()];
    for (position, &i) in order.iter().enumerate() {
        if in_backbone[position] {
            continue;
        }
        let p = &pairs[i];
        let words = left.blocks[p.left.start]
            .words
            .min(right.blocks[p.right.start].words);
        if p.similarity >= MOVE_MIN_SIMILARITY && words >= MOVE_MIN_WORDS {
            pairs[i].moved = true;
        } else {
            keep[i] = false;
        }
    }
    let mut pairs: Vec<Pair> = pairs
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();

    // 4. Leftover pairs inside the gaps of the backbone.
    pair_gaps(left, right, &mut pairs);

    // 5. Splits and merges.
    let mut left_owner: Vec<Option<usize>> = vec![None; n_left];
    let mut right_owner: Vec<Option<usize>> = vec![None; n_right];
    for (i, p) in pairs.iter().enumerate() {
        left_owner[p.left.start] = Some(i);
        right_owner[p.right.start] = Some(i);
    }
    for (i, pair) in pairs.iter_mut().enumerate() {
        grow(left, right, pair, i, &mut left_owner, &mut right_owner);
    }

    // 6. Order groups and add unpaired blocks.
    order_groups(&pairs, &left_owner, &right_owner)
}

/// `(similarity, right, left)` candidates above [`PAIR_MIN_SIMILARITY`].
fn similar_candidates(
    left: &SideTokens,
    right: &SideTokens,
    free_left: &[usize],
    free_right: &[usize],
) -> Vec<(f32, usize, usize)> {
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for &l in free_left {
        for &f in &left.blocks[l].features {
            index.entry(f).or_default().push(l as u32);
        }
    }
    // Features in many blocks say little and cost much: leave them out.
    let max_postings = 16.max(2 * (free_left.len() as f64).sqrt() as usize);
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut out = Vec::new();
    for &r in free_right {
        counts.clear();
        let features = &right.blocks[r].features;
        for f in features {
            if let Some(postings) = index.get(f) {
                if postings.len() <= max_postings {
                    for &l in postings {
                        *counts.entry(l).or_default() += 1;
                    }
                }
            }
        }
        let mut best: Vec<(u32, u32)> = counts.iter().map(|(&l, &c)| (c, l)).collect();
        best.sort_unstable_by(|a, b| b.cmp(a));
        for &(_, l) in best.iter().take(CANDIDATES_PER_BLOCK) {
            let l = l as usize;
            let similarity = dice(&left.blocks[l].features, features);
            if similarity >= PAIR_MIN_SIMILARITY {
                out.push((similarity, r, l));
            }
        }
    }
    out
}

/// Pairs leftover blocks that sit between the same two backbone pairs, in
/// order, when they are at least [`GAP_MIN_SIMILARITY`] alike.
fn pair_gaps(left: &SideTokens, right: &SideTokens, pairs: &mut Vec<Pair>) {
    let mut left_used = vec![false; left.blocks.len()];
    let mut right_used = vec![false; right.blocks.len()];
    for p in pairs.iter() {
        left_used[p.left.start] = true;
        right_used[p.right.start] = true;
    }
    let mut backbone: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|p| !p.moved)
        .map(|p| (p.left.start, p.right.start))
        .collect();
    backbone.sort_unstable_by_key(|&(_, r)| r);
    let mut bounds = vec![(None, None)];
    bounds.extend(backbone.iter().map(|&(l, r)| (Some(l), Some(r))));
    bounds.push((None, None));
    let mut found = Vec::new();
    for window in bounds.windows(2) {
        let l_from = window[0].0.map_or(0, |l| l + 1);
        let r_from = window[0].1.map_or(0, |r| r + 1);
        let l_to = window[1].0.unwrap_or(left.blocks.len());
        let r_to = window[1].1.unwrap_or(right.blocks.len());
        let gap_left: Vec<usize> = (l_from..l_to).filter(|&l| !left_used[l]).collect();
        let gap_right: Vec<usize> = (r_from..r_to).filter(|&r| !right_used[r]).collect();
        if gap_left.is_empty()
            || gap_right.is_empty()
            || gap_left.len() > GAP_MAX_BLOCKS
            || gap_right.len() > GAP_MAX_BLOCKS
        {
            continue;
        }
        found.extend(best_ordered_pairs(left, right, &gap_left, &gap_right));
    }
    for (l, r, similarity) in found {
        pairs.push(Pair {
            left: l..l + 1,
            right: r..r + 1,
            similarity,
            moved: false,
        });
    }
}

/// Dynamic programming: the in-order pairing with the largest total
/// similarity, using only pairs at least [`GAP_MIN_SIMILARITY`] alike.
fn best_ordered_pairs(
    left: &SideTokens,
    right: &SideTokens,
    gap_left: &[usize],
    gap_right: &[usize],
) -> Vec<(usize, usize, f32)> {
    let (n, m) = (gap_left.len(), gap_right.len());
    let sim = |i: usize, j: usize| {
        let s = dice(
            &left.blocks[gap_left[i]].features,
            &right.blocks[gap_right[j]].features,
        );
        if s >= GAP_MIN_SIMILARITY {
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

/// Grows a one-to-one pair into a split (one left, several right) or a
/// merge (several left, one right) by taking in unpaired neighbours whose
/// words the other side contains.
fn grow(
    left: &SideTokens,
    right: &SideTokens,
    pair: &mut Pair,
    id: usize,
    left_owner: &mut [Option<usize>],
    right_owner: &mut [Option<usize>],
) {
    let mut left_features = left.blocks[pair.left.start].features.clone();
    let mut right_features = right.blocks[pair.right.start].features.clone();
    loop {
        if pair.left.len() == 1 {
            if let Some(r) = best_neighbour(
                &left_features,
                &right_features,
                &pair.right,
                right,
                right_owner,
            ) {
                right_features = union(&right_features, &right.blocks[r].features);
                right_owner[r] = Some(id);
                pair.right = pair.right.start.min(r)..pair.right.end.max(r + 1);
                continue;
            }
        }
        if pair.right.len() == 1 {
            if let Some(l) = best_neighbour(
                &right_features,
                &left_features,
                &pair.left,
                left,
                left_owner,
            ) {
                left_features = union(&left_features, &left.blocks[l].features);
                left_owner[l] = Some(id);
                pair.left = pair.left.start.min(l)..pair.left.end.max(l + 1);
                continue;
            }
        }
        break;
    }
}

/// The unpaired neighbour of `run` (on `side`) that best completes it
/// against `other_features`, if any qualifies.
fn best_neighbour(
    other_features: &[u64],
    run_features: &[u64],
    run: &Range<usize>,
    side: &SideTokens,
    owner: &[Option<usize>],
) -> Option<usize> {
    let before = run.start.checked_sub(1);
    let after = (run.end < side.blocks.len()).then_some(run.end);
    let current = dice(other_features, run_features);
    [before, after]
        .into_iter()
        .flatten()
        .filter(|&b| owner[b].is_none() && side.blocks[b].words > 0)
        .filter_map(|b| {
            let features = &side.blocks[b].features;
            if containment(features, other_features) < GROW_MIN_CONTAINMENT {
                return None;
            }
            let grown = dice(other_features, &union(run_features, features));
            (grown > current).then_some((grown, b))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, b)| b)
}

/// Puts pairs and unpaired blocks in display order (see [`align`]).
fn order_groups(
    pairs: &[Pair],
    left_owner: &[Option<usize>],
    right_owner: &[Option<usize>],
) -> Vec<Group> {
    let mut keyed: Vec<((i64, usize), Group)> = Vec::with_capacity(pairs.len());
    for p in pairs {
        keyed.push((
            (2 * p.right.start as i64, p.left.start),
            Group {
                left: p.left.clone(),
                right: p.right.clone(),
                moved: p.moved,
            },
        ));
    }
    for (r, owner) in right_owner.iter().enumerate() {
        if owner.is_none() {
            keyed.push((
                (2 * r as i64, 0),
                Group {
                    left: 0..0,
                    right: r..r + 1,
                    moved: false,
                },
            ));
        }
    }
    let mut after_key = -1i64;
    for (l, owner) in left_owner.iter().enumerate() {
        match owner {
            Some(i) if !pairs[*i].moved => after_key = 2 * pairs[*i].right.end as i64 - 1,
            Some(_) => {}
            None => keyed.push((
                (after_key, l),
                Group {
                    left: l..l + 1,
                    right: 0..0,
                    moved: false,
                },
            )),
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, g)| g).collect()
}
