//! Paragraph alignment: which left blocks correspond to which right blocks.
//!
//! A line diff fails on prose: outlets move paragraphs, split and merge them,
//! glue a heading onto the next paragraph, reword sentences and insert page
//! furniture between paragraphs. Alignment therefore runs in stages:
//!
//! 1. **Candidates** ([`candidates`]). Blocks equal under normalisation, and
//!    for the rest the few most similar blocks through an inverted index of
//!    rare word unigrams and bigrams (Dice similarity).
//! 2. **Backbone.** Of all candidates, the heaviest chain in the same order
//!    on both sides (weight: words times similarity). Order is decided
//!    before any pair is taken, so near-duplicate twins (a genealogy told
//!    twice, a refrain) pair in order rather than with the best-scoring twin.
//! 3. **Gaps** ([`gaps`]). Between consecutive backbone pairs, leftover
//!    blocks are paired in order when they are moderately similar (heavy
//!    rewording).
//! 4. **Moves.** Only now, what is left: a candidate whose two blocks are
//!    both still unpaired, similar enough and long enough, is a *move*. A
//!    paragraph is called moved only when no order-preserving pairing of
//!    similar quality exists.
//! 5. **Splits and merges** ([`grow`]).
//! 6. **Moves among the leftovers** ([`leftover`]). The blocks nothing holds
//!    are searched again among themselves, where common words are rare
//!    again; a pair found there moves only when no other leftover comes
//!    close to either block.
//! 7. Unpaired blocks become added or removed units.

pub(crate) mod candidates;
pub(crate) mod features;
mod gaps;
mod grow;
mod leftover;
mod lis;

use std::ops::Range;

use candidates::Candidate;
use features::SideTokens;

/// Lowest similarity for a pair outside the backbone to count as a move.
const MOVE_MIN_SIMILARITY: f32 = 0.5;
/// Lowest similarity for a move when each block is the other's most
/// similar candidate (a paragraph reworded and moved, a verse translated
/// anew and moved).
const MOVE_MIN_MUTUAL_SIMILARITY: f32 = 0.3;
/// Fewest words on each side for a move (tiny lines repeat by chance).
const MOVE_MIN_WORDS: usize = 4;
/// Fewest words on each side for a move of a short line ("Amariah,
/// Malluch, Hattush,"): allowed only when each of its two blocks has no
/// other candidate at [`MOVE_MIN_MUTUAL_SIMILARITY`], so no twin could be
/// the one that moved.
const SHORT_MOVE_MIN_WORDS: usize = 2;
/// Lowest similarity for a move of a short line: "And Gath, and Mareshah,
/// and Ziph," against "Gath, Mareshah, Ziph," is 0.43.
const SHORT_MOVE_MIN_SIMILARITY: f32 = 0.4;

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
    moved: bool,
}

impl Pair {
    fn new(c: &Candidate, moved: bool) -> Self {
        Self {
            left: c.left..c.left + 1,
            right: c.right..c.right + 1,
            moved,
        }
    }
}

/// Which blocks of each side are already in a pair.
struct Taken {
    left: Vec<bool>,
    right: Vec<bool>,
}

impl Taken {
    fn is_free(&self, c: &Candidate) -> bool {
        !self.left[c.left] && !self.right[c.right]
    }

    fn take(&mut self, pair: &Pair) {
        self.left[pair.left.start] = true;
        self.right[pair.right.start] = true;
    }
}

/// For each block, the best similarity it has with a free block outside
/// the backbone: a pair in order is not made of blocks with a clearly
/// better partner elsewhere, and a move needs no better one.
struct Elsewhere {
    left: Vec<f32>,
    right: Vec<f32>,
}

impl Elsewhere {
    fn new(candidates: &[Candidate], in_backbone: &[bool], taken: &Taken) -> Self {
        let mut out = Self {
            left: vec![0.0; taken.left.len()],
            right: vec![0.0; taken.right.len()],
        };
        for (c, _) in candidates
            .iter()
            .zip(in_backbone)
            .filter(|(c, b)| !**b && taken.is_free(c))
        {
            out.left[c.left] = out.left[c.left].max(c.similarity);
            out.right[c.right] = out.right[c.right].max(c.similarity);
        }
        out
    }

    /// Neither block of `c` has a more similar free partner.
    fn is_mutual(&self, c: &Candidate) -> bool {
        self.left[c.left] <= c.similarity && self.right[c.right] <= c.similarity
    }
}

/// Aligns the blocks of two sides. Every block of each side lands in exactly
/// one group. Groups come in right-side order; a removed block follows the
/// group that holds its left-side predecessor.
pub(crate) fn align(left: &SideTokens, right: &SideTokens) -> Vec<Group> {
    let (n_left, n_right) = (left.blocks.len(), right.blocks.len());
    let mut candidates = all_candidates(left, right);
    let in_backbone = backbone(left, right, &mut candidates);
    let mut taken = Taken {
        left: vec![false; n_left],
        right: vec![false; n_right],
    };
    let mut pairs: Vec<Pair> = Vec::new();
    for (c, _) in candidates.iter().zip(&in_backbone).filter(|(_, b)| **b) {
        pairs.push(Pair::new(c, false));
        taken.take(&pairs[pairs.len() - 1]);
    }
    let elsewhere = Elsewhere::new(&candidates, &in_backbone, &taken);
    let before_gaps = pairs.len();
    gaps::pair_gaps(left, right, &mut pairs, (&elsewhere.left, &elsewhere.right));
    for p in &pairs[before_gaps..] {
        taken.take(p);
    }
    let moves = moves(left, right, &candidates, &in_backbone, &elsewhere);
    for c in moves {
        if taken.is_free(c) {
            pairs.push(Pair::new(c, true));
            taken.take(&pairs[pairs.len() - 1]);
        }
    }
    // Splits and merges.
    let mut left_owner: Vec<Option<usize>> = vec![None; n_left];
    let mut right_owner: Vec<Option<usize>> = vec![None; n_right];
    for (i, p) in pairs.iter().enumerate() {
        left_owner[p.left.start] = Some(i);
        right_owner[p.right.start] = Some(i);
    }
    for (i, pair) in pairs.iter_mut().enumerate() {
        grow::grow(left, right, pair, i, &mut left_owner, &mut right_owner);
    }
    // Last, moves among the blocks nothing holds, not even as a piece of
    // a split or merge; they may grow too.
    let before_leftovers = pairs.len();
    for c in leftover_moves(left, right, (&left_owner, &right_owner)) {
        if left_owner[c.left].is_none() && right_owner[c.right].is_none() {
            left_owner[c.left] = Some(pairs.len());
            right_owner[c.right] = Some(pairs.len());
            pairs.push(Pair::new(&c, true));
        }
    }
    for (i, pair) in pairs.iter_mut().enumerate().skip(before_leftovers) {
        grow::grow(left, right, pair, i, &mut left_owner, &mut right_owner);
    }
    order_groups(&pairs, &left_owner, &right_owner)
}

/// Move candidates among the blocks no pair holds (see [`leftover`]).
fn leftover_moves(
    left: &SideTokens,
    right: &SideTokens,
    (left_owner, right_owner): (&[Option<usize>], &[Option<usize>]),
) -> Vec<Candidate> {
    let free = |side: &SideTokens, owner: &[Option<usize>]| -> Vec<usize> {
        (0..side.blocks.len())
            .filter(|&b| owner[b].is_none())
            .filter(|&b| {
                side.blocks[b].words >= MOVE_MIN_WORDS && side.blocks[b].furniture.is_none()
            })
            .collect()
    };
    let (free_left, free_right) = (free(left, left_owner), free(right, right_owner));
    leftover::moves(left, right, &free_left, &free_right)
}

/// Exact pairs, then similar pairs among the blocks no exact pair holds.
fn all_candidates(left: &SideTokens, right: &SideTokens) -> Vec<Candidate> {
    let mut candidates = candidates::exact(left, right);
    let mut left_exact = vec![false; left.blocks.len()];
    let mut right_exact = vec![false; right.blocks.len()];
    for c in &candidates {
        left_exact[c.left] = true;
        right_exact[c.right] = true;
    }
    let free_left: Vec<usize> = (0..left.blocks.len()).filter(|&l| !left_exact[l]).collect();
    let free_right: Vec<usize> = (0..right.blocks.len())
        .filter(|&r| !right_exact[r])
        .collect();
    candidates.extend(candidates::similar(left, right, &free_left, &free_right));
    candidates
}

/// The candidates outside the backbone that may stand as moves, best
/// first: similar enough (or mutually best and fairly similar), and not
/// too short to repeat by chance (a short line only when it has no twin). The caller takes those whose blocks are
/// still free.
fn moves<'a>(
    left: &SideTokens,
    right: &SideTokens,
    candidates: &'a [Candidate],
    in_backbone: &[bool],
    elsewhere: &Elsewhere,
) -> Vec<&'a Candidate> {
    // How many close candidates each block has, backbone included: a short
    // line moves only when it has one.
    let mut close_left = vec![0u8; left.blocks.len()];
    let mut close_right = vec![0u8; right.blocks.len()];
    for c in candidates
        .iter()
        .filter(|c| c.similarity >= MOVE_MIN_MUTUAL_SIMILARITY)
    {
        close_left[c.left] = close_left[c.left].saturating_add(1);
        close_right[c.right] = close_right[c.right].saturating_add(1);
    }
    let long_enough = |c: &Candidate| {
        let words = left.blocks[c.left].words.min(right.blocks[c.right].words);
        words >= MOVE_MIN_WORDS
            || (words >= SHORT_MOVE_MIN_WORDS
                && c.similarity >= SHORT_MOVE_MIN_SIMILARITY
                && close_left[c.left] == 1
                && close_right[c.right] == 1)
    };
    let mut out: Vec<&Candidate> = candidates
        .iter()
        .zip(in_backbone)
        .filter(|(c, b)| {
            !**b && (c.similarity >= MOVE_MIN_SIMILARITY
                || (c.similarity >= MOVE_MIN_MUTUAL_SIMILARITY && elsewhere.is_mutual(c)))
        })
        .map(|(c, _)| c)
        .filter(|c| long_enough(c))
        .collect();
    out.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.right.cmp(&b.right))
    });
    out
}

/// Sorts `candidates` by right block (and left block descending within
/// one right block, so a chain takes at most one candidate per block) and
/// marks the heaviest chain increasing on both sides. A candidate weighs its
/// words times the square of its similarity (a close pair outweighs two
/// loose ones), and a quarter of that when a block is web furniture (a photo
/// caption quoting the story must not pull the story out of order).
fn backbone(left: &SideTokens, right: &SideTokens, candidates: &mut [Candidate]) -> Vec<bool> {
    candidates.sort_by(|a, b| a.right.cmp(&b.right).then(b.left.cmp(&a.left)));
    let keys: Vec<usize> = candidates.iter().map(|c| c.left).collect();
    let weights: Vec<f64> = candidates
        .iter()
        .map(|c| {
            let (l, r) = (&left.blocks[c.left], &right.blocks[c.right]);
            let furniture = if l.furniture.is_some() || r.furniture.is_some() {
                0.25
            } else {
                1.0
            };
            (1 + l.words + r.words) as f64 * f64::from(c.similarity * c.similarity) * furniture
        })
        .collect();
    lis::heaviest_increasing(&keys, &weights)
}

/// Puts pairs and unpaired blocks in display order (see [`align`]).
fn order_groups(
    pairs: &[Pair],
    left_owner: &[Option<usize>],
    right_owner: &[Option<usize>],
) -> Vec<Group> {
    // Every pair and every block of either side left alone: sized once.
    let alone = |owners: &[Option<usize>]| owners.iter().filter(|o| o.is_none()).count();
    let mut keyed: Vec<((i64, usize), Group)> =
        Vec::with_capacity(pairs.len() + alone(left_owner) + alone(right_owner));
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

#[cfg(test)]
mod tests;
