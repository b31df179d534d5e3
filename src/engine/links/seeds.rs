//! Seeds and runs: every window of [`SEED_WORDS`] word keys hashed, the
//! two sides' seeds joined, and the matching pairs gathered into maximal
//! runs of equal words. Only seeds that can pair are sorted: those whose
//! hash may stand on the other side (a bitmap says, see [`Present`]), or,
//! where little is hidden, whose hash stands near a word shown as changed;
//! so the cost follows what the two sides share and hide, not their size.

use super::present::Present;
use super::SEED_WORDS;
use crate::engine::parallel::both;

/// Most seeds followed; past this the search stops and says so.
pub const MAX_SEEDS: usize = 2_000_000;

/// A run of equal words: `len` words from `left` on the left and from
/// `right` on the right.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub left: usize,
    pub right: usize,
    pub len: usize,
}

/// The hash of every seed (window of [`SEED_WORDS`] keys), by position:
/// a polynomial hash rolled along the keys (one multiply a word, not one a
/// byte), then mixed so that hash tables spread it. Equal windows hash
/// equal; a collision is caught when runs are checked word by word.
fn seed_hashes(keys: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity((keys.len() + 1).saturating_sub(SEED_WORDS));
    for_each_seed(keys, |_, h| out.push(h));
    out
}

/// Calls `f` with the position and hash of every seed, in order.
fn for_each_seed(keys: &[u64], mut f: impl FnMut(usize, u64)) {
    const P: u64 = 0x9E37_79B9_7F4A_7C15;
    if keys.len() < SEED_WORDS {
        return;
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
    f(0, mix(h));
    for i in 1..count {
        h = h
            .wrapping_sub(keys[i - 1].wrapping_mul(top))
            .wrapping_mul(P)
            .wrapping_add(keys[i + SEED_WORDS - 1]);
        f(i, mix(h));
    }
}

/// Each side's seeds whose hash may stand on the other side too (see
/// [`Present`]), with their positions, sorted by hash: only those can
/// pair, and every occurrence of such a hash is kept, so repeats still
/// count right. Made without a list of hashes: the hashes are rolled twice
/// (one multiply a word), where a list of every seed was the peak of a
/// whole-Bible comparison's memory.
fn shared_sorted_seeds(left: &[u64], right: &[u64]) -> (Seeds, Seeds) {
    let present = |keys: &[u64]| {
        let mut present = Present::with_room(keys.len());
        for_each_seed(keys, |_, h| present.insert(h));
        present
    };
    let (on_left, on_right) = both(|| present(left), || present(right));
    let sorted_in = |keys: &[u64], other: &Present| {
        // Room for every seed: on the kernel's small pages, room never
        // written costs nothing, where doubling growth copied a whole
        // Bible side's seeds at each step.
        let mut seeds = Vec::with_capacity((keys.len() + 1).saturating_sub(SEED_WORDS));
        for_each_seed(keys, |i, h| {
            if other.may_hold(h) {
                seeds.push((h, i as u32));
            }
        });
        sort_seeds(&mut seeds);
        seeds
    };
    both(|| sorted_in(left, &on_right), || sorted_in(right, &on_left))
}

/// Sorts seeds as `sort_unstable` does, faster on many: the hashes are
/// spread evenly, so one pass moves each seed, in place, into the part of
/// the list its hash's top byte picks (an American flag sort), and each
/// part (a few thousand seeds of a whole Bible's 800,000, small enough to
/// stay in the cache) is then sorted alone.
fn sort_seeds(seeds: &mut [(u64, u32)]) {
    const PARTS: usize = 256;
    if seeds.len() < 16 * PARTS {
        seeds.sort_unstable();
        return;
    }
    let part = |seed: &(u64, u32)| (seed.0 >> 56) as usize;
    let mut ends = [0usize; PARTS];
    for seed in seeds.iter() {
        ends[part(seed)] += 1;
    }
    let mut starts = [0usize; PARTS];
    let mut total = 0;
    for p in 0..PARTS {
        starts[p] = total;
        total += ends[p];
        ends[p] = total;
    }
    // `next[p]`: the first place of part p not yet holding one of its own.
    let mut next = starts;
    for p in 0..PARTS {
        while next[p] < ends[p] {
            let mut seed = seeds[next[p]];
            let mut home = part(&seed);
            while home != p {
                std::mem::swap(&mut seed, &mut seeds[next[home]]);
                next[home] += 1;
                home = part(&seed);
            }
            seeds[next[p]] = seed;
            next[p] += 1;
        }
    }
    for p in 0..PARTS {
        seeds[starts[p]..ends[p]].sort_unstable();
    }
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

/// Seeds as (hash, position), sorted by hash.
type Seeds = Vec<(u64, u32)>;

/// Seeds with their positions, sorted by hash: only seeds whose hash
/// `wanted` holds (every occurrence of such a hash, so repeats still
/// count right).
fn sorted_seeds(hashes: &[u64], wanted: &HashSet) -> Seeds {
    let mut seeds: Vec<(u64, u32)> = hashes
        .iter()
        .enumerate()
        .filter(|(_, h)| wanted.contains(h))
        .map(|(i, &h)| (h, i as u32))
        .collect();
    sort_seeds(&mut seeds);
    seeds
}

/// Every maximal run of at least [`SEED_WORDS`] equal words, both sides'
/// seeds standing at most `max_repeats` times (`usize::MAX`: no filter).
/// With `touches` (per side, per seed: whether it holds a word the units
/// show as changed), only pairs of seeds touching such a word on either
/// side count, so runs through text already shown unchanged are cut to the
/// part near what is hidden. The flag says the seed cap was hit.
///
/// The two sides' seeds that can pair are sorted by hash and joined like
/// a merge; the matching seed pairs, sorted by diagonal, fall into runs of
/// consecutive positions, each one maximal run of equal words.
pub(super) fn runs(
    left: &[u64],
    right: &[u64],
    max_repeats: usize,
    touches: Option<(&[bool], &[bool])>,
) -> (Vec<Run>, bool) {
    // Where most seeds stand near a hidden word (a translation, a rewrite),
    // a set of wanted hashes would hold nearly every one: sorting them all
    // is cheaper in time and memory than building it.
    let mostly_hidden = touches.is_some_and(|(tl, tr)| {
        let near = |touch: &[bool]| touch.iter().filter(|t| **t).count();
        4 * (near(tl) + near(tr)) > tl.len() + tr.len()
    });
    let (left_seeds, right_seeds) = match touches.filter(|_| !mostly_hidden) {
        None => shared_sorted_seeds(left, right),
        Some(touches) => wanted_seeds(left, right, touches),
    };
    // Positions are 32-bit; the packed pairs need them under 2^31, which
    // is past any file that loads (two billion words).
    if left.len() >= HALF as usize || right.len() >= HALF as usize {
        return (Vec::new(), true);
    }
    let mut pairs: Vec<u64> = Vec::new(); // (left, right) positions, packed
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
                        pairs.push(pack(l.1, r.1));
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

/// Each side's seeds whose hash stands somewhere near a hidden word, sorted:
/// only those can make a wanted pair, and the rest (most of a pair that
/// changed little) need not be sorted at all.
fn wanted_seeds(left: &[u64], right: &[u64], (tl, tr): (&[bool], &[bool])) -> (Seeds, Seeds) {
    let (left_hashes, right_hashes) = both(|| seed_hashes(left), || seed_hashes(right));
    let near_hidden = |hashes: &[u64], touch: &[bool]| -> Vec<u64> {
        hashes
            .iter()
            .zip(touch)
            .filter(|(_, t)| **t)
            .map(|(h, _)| *h)
            .collect()
    };
    let mut wanted = HashSet::default();
    wanted.extend(near_hidden(&left_hashes, tl));
    wanted.extend(near_hidden(&right_hashes, tr));
    (
        sorted_seeds(&left_hashes, &wanted),
        sorted_seeds(&right_hashes, &wanted),
    )
}

/// Below this on both sides, a `(left, right)` pair packs into one `u64`.
const HALF: u32 = 1 << 31;

/// A pair packed so that sorting the numbers sorts the pairs by diagonal
/// (`left - right`), then by `right`: `left - right + 2^31` (in 1..2^32)
/// in the high half, `right` in the low. Sorting plain numbers needs no
/// key function and no second list: on a whole-Bible pair this sort was a
/// third of the passage search, and the list the peak of its memory.
fn pack(left: u32, right: u32) -> u64 {
    debug_assert!(left < HALF && right < HALF);
    (u64::from(left + HALF - right) << 32) | u64::from(right)
}

fn unpack(key: u64) -> (usize, usize) {
    let right = key as u32;
    let left = ((key >> 32) as u32).wrapping_sub(HALF).wrapping_add(right);
    (left as usize, right as usize)
}

/// Matching seed pairs into runs: sorted by diagonal, then position,
/// consecutive seeds on one diagonal are one run of equal words.
fn runs_of_pairs(left: &[u64], right: &[u64], mut pairs: Vec<u64>) -> Vec<Run> {
    pairs.sort_unstable();
    let mut out: Vec<Run> = Vec::new();
    let mut k = 0;
    while k < pairs.len() {
        let (l, r) = unpack(pairs[k]);
        // The next seed on one diagonal is the next number.
        let mut count = 1;
        while k + count < pairs.len() && pairs[k + count] == pairs[k] + count as u64 {
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

#[cfg(test)]
mod tests;
