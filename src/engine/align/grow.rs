//! Splits and merges: a pair grows to take in a neighbouring unpaired
//! block whose words the other side contains (a heading glued onto a
//! paragraph, a paragraph split in two).

use std::ops::Range;

use super::features::{containment, dice, union, Feature, SideTokens};
use super::Pair;

/// Share of a neighbour's features that must lie inside a block for the
/// neighbour to join it as a split or merge.
const GROW_MIN_CONTAINMENT: f32 = 0.6;
/// A neighbour of fewer words than this joins only when every one of its
/// features lies inside the block: two or three words ("President Trump",
/// a photo caption) are found in most paragraphs about the same story by
/// chance, and a split claims the paragraph was cut there.
const GROW_SHORT_WORDS: usize = 4;

/// Grows a one-to-one pair into a split (one left, several right) or a
/// merge (several left, one right) by taking in unpaired neighbours whose
/// words the other side contains.
pub(super) fn grow(
    left: &SideTokens,
    right: &SideTokens,
    pair: &mut Pair,
    id: usize,
    left_owner: &mut [Option<usize>],
    right_owner: &mut [Option<usize>],
) {
    // Most pairs have no unpaired neighbour: spare them the copies below.
    let free = |run: &Range<usize>, owner: &[Option<usize>]| {
        let before = run.start.checked_sub(1).is_some_and(|b| owner[b].is_none());
        let after = run.end < owner.len() && owner[run.end].is_none();
        before || after
    };
    if !free(&pair.left, left_owner) && !free(&pair.right, right_owner) {
        return;
    }
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
    other_features: &[Feature],
    run_features: &[Feature],
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
            let needed = if side.blocks[b].words < GROW_SHORT_WORDS {
                1.0
            } else {
                GROW_MIN_CONTAINMENT
            };
            if containment(features, other_features) < needed {
                return None;
            }
            let grown = dice(other_features, &union(run_features, features));
            (grown > current).then_some((grown, b))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, b)| b)
}
