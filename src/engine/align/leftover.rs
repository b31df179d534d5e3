//! Moves among what is left: the last chance for a moved paragraph whose
//! counterpart the first search did not surface.
//!
//! The candidate index leaves out words found in many paragraphs ("king",
//! "heart", "said"), and keeps only a few candidates per paragraph, so a
//! paragraph reworded and moved among near-twins (a formula a chronicle
//! repeats for every king) can lose its counterpart to twins that are
//! already paired in order. Once order has paired all it can, few
//! paragraphs are left, and among them those words are rare again: a
//! second search over the leftovers alone finds such counterparts.
//!
//! A pair found here is claimed moved only when it is beyond doubt: each
//! block is the other's most similar leftover, and no other leftover comes
//! close to either ([`MARGIN`]). A deleted paragraph's twin left on one
//! side and a moved paragraph on the other are not told apart by
//! similarity alone, and a false "moved" costs more than a missed one.

use super::candidates::{self, Candidate};
use super::features::SideTokens;

/// Lowest similarity for a move found among the leftovers.
const MIN_SIMILARITY: f32 = 0.3;
/// How much less similar every other leftover must be, for each block.
const MARGIN: f32 = 0.1;

/// The moves among the free blocks (`free_left`, `free_right`: long enough,
/// not furniture, in no pair yet), best first.
pub(super) fn moves(
    left: &SideTokens,
    right: &SideTokens,
    free_left: &[usize],
    free_right: &[usize],
) -> Vec<Candidate> {
    if free_left.is_empty() || free_right.is_empty() {
        return Vec::new();
    }
    let found = candidates::similar(left, right, free_left, free_right);
    // Best and second-best similarity of each block among the leftovers.
    let mut best_left = vec![(0.0f32, 0.0f32); left.blocks.len()];
    let mut best_right = vec![(0.0f32, 0.0f32); right.blocks.len()];
    let note = |slot: &mut (f32, f32), similarity: f32| {
        if similarity > slot.0 {
            *slot = (similarity, slot.0);
        } else if similarity > slot.1 {
            slot.1 = similarity;
        }
    };
    for c in &found {
        note(&mut best_left[c.left], c.similarity);
        note(&mut best_right[c.right], c.similarity);
    }
    let beyond_doubt = |c: &Candidate| {
        let (l, r) = (best_left[c.left], best_right[c.right]);
        c.similarity >= MIN_SIMILARITY
            && c.similarity >= l.0
            && c.similarity >= r.0
            && l.1 <= c.similarity - MARGIN
            && r.1 <= c.similarity - MARGIN
    };
    let mut out: Vec<Candidate> = found.into_iter().filter(beyond_doubt).collect();
    out.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.right.cmp(&b.right))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::Normalization;
    use crate::engine::segment;

    fn side(text: &str) -> SideTokens {
        SideTokens::new(text, &segment::blocks(text), &Normalization::default())
    }

    const VERSE: &str = "He did that which was evil in the sight of the LORD, and walked in the way of his father Jeroboam.";
    const VERSE_AGAIN: &str = "He did that which was evil in Yahweh's sight, and walked in the way of his father Jeroboam.";
    const OTHER: &str =
        "The grace of our Lord be with you all, now and for ever, from the brothers in Rome.";

    #[test]
    fn a_leftover_with_one_clear_counterpart_moves() {
        let left = side(&format!("{VERSE}\n\n{OTHER}"));
        let right = side(VERSE_AGAIN);
        let found = moves(&left, &right, &[0, 1], &[0]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].left, found[0].right), (0, 0));
    }

    /// A deleted twin left on one side and a moved paragraph on the other
    /// are not told apart by similarity: nothing is claimed.
    #[test]
    fn twins_among_the_leftovers_claim_no_move() {
        let twin = VERSE.replace("Jeroboam", "Nebat");
        let left = side(&format!("{VERSE}\n\n{twin}"));
        let right = side(VERSE_AGAIN);
        assert!(moves(&left, &right, &[0, 1], &[0]).is_empty());
    }
}
