//! Which seed hashes stand on a side, as a bitmap: a filter that says
//! "maybe" or a sure "no".
//!
//! A seed can only pair with a seed of the same hash on the other side.
//! On a whole-Bible pair, 790,000 and 754,000 seeds make 15,000 pairs:
//! sorting every seed of both sides to join them was most of the passage
//! search. One bit per hash (about eight bits per seed, a megabyte for a
//! whole Bible) rules out nine in ten of the seeds that cannot pair before
//! any is sorted. A hash let through by chance finds no partner in the
//! join, so what the search finds is unchanged. A Bloom filter crate
//! would add hash functions the seeds do not need: their hashes are
//! already mixed, and one probe is enough at this density.

/// The bitmap: bit `hash >> shift` is set for each hash inserted.
pub(super) struct Present {
    words: Vec<u64>,
    shift: u32,
}

/// Fewest bits (a kilobyte): below this a bitmap costs nothing anyway.
const MIN_BITS_LOG2: u32 = 13;
/// Most bits (16 MB): past this the filter would cost more memory than
/// the seeds it spares.
const MAX_BITS_LOG2: u32 = 27;

impl Present {
    /// An empty bitmap with about eight bits for each of `count` hashes.
    pub(super) fn with_room(count: usize) -> Self {
        // The bits of `8 * count - 1`: the power of two at or above it.
        let wanted = count.saturating_mul(8).max(2);
        let bits_log2 =
            (usize::BITS - (wanted - 1).leading_zeros()).clamp(MIN_BITS_LOG2, MAX_BITS_LOG2);
        Self {
            words: vec![0; 1 << (bits_log2 - 6)],
            shift: 64 - bits_log2,
        }
    }

    fn place(&self, hash: u64) -> (usize, u64) {
        let bit = (hash >> self.shift) as usize;
        (bit >> 6, 1 << (bit & 63))
    }

    pub(super) fn insert(&mut self, hash: u64) {
        let (word, mask) = self.place(hash);
        self.words[word] |= mask;
    }

    /// `false` only when `hash` was never inserted.
    pub(super) fn may_hold(&self, hash: u64) -> bool {
        let (word, mask) = self.place(hash);
        self.words[word] & mask != 0
    }
}

#[cfg(test)]
mod tests {
    use super::Present;

    fn hashes(seed: u64, n: usize) -> Vec<u64> {
        let mut state = seed;
        (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            })
            .collect()
    }

    /// Never a false "no"; a false "maybe" for about one hash in nine at
    /// eight bits a hash.
    #[test]
    fn every_inserted_hash_is_held_and_few_others_seem_to_be() {
        for n in [0, 1, 100, 100_000] {
            let inserted = hashes(0x2545_f491_4f6c_dd1d, n);
            let mut present = Present::with_room(n);
            inserted.iter().for_each(|&h| present.insert(h));
            assert!(inserted.iter().all(|&h| present.may_hold(h)), "{n} hashes");
            let others = hashes(0x9e37_79b9_7f4a_7c15, 10_000);
            let seeming = others.iter().filter(|&&h| present.may_hold(h)).count();
            assert!(
                seeming < 1_500,
                "{n} hashes: {seeming} of 10,000 others seem held"
            );
        }
    }

    #[test]
    fn the_bitmap_is_sized_by_the_count_within_bounds() {
        assert_eq!(Present::with_room(0).words.len(), 1 << (13 - 6));
        assert_eq!(Present::with_room(790_000).words.len(), (1 << 23) / 64);
        assert_eq!(Present::with_room(usize::MAX).words.len(), 1 << (27 - 6));
    }
}
