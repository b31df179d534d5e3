use super::*;

#[test]
fn packed_pairs_sort_by_diagonal_then_right() {
    let pairs = [
        (5, 1),
        (0, 3),
        (2, 2),
        (7, 3),
        (1, 0),
        (0, 0),
        (3, 7),
        (HALF - 1, 0),
        (0, HALF - 1),
    ];
    let mut expected = pairs.to_vec();
    expected.sort_by_key(|&(l, r)| (i64::from(l) - i64::from(r), r));
    let mut packed: Vec<u64> = pairs.iter().map(|&(l, r)| pack(l, r)).collect();
    packed.sort_unstable();
    let back: Vec<(u32, u32)> = packed
        .iter()
        .map(|&k| {
            let (l, r) = unpack(k);
            (l as u32, r as u32)
        })
        .collect();
    assert_eq!(back, expected);
    // The next seed on a diagonal is the next number.
    assert_eq!(pack(3, 1) + 1, pack(4, 2));
}

/// The seeds come out as `sort_unstable` puts them, for lists short
/// and long, spread and bunched.
#[test]
fn seeds_are_sorted_as_a_plain_sort_sorts_them() {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (n, bunched) in [(0, false), (100, false), (50_000, false), (50_000, true)] {
        let mut seeds: Vec<(u64, u32)> = (0..n)
            .map(|i| {
                let h = random();
                (if bunched { h >> 60 } else { h }, i as u32)
            })
            .collect();
        let mut expected = seeds.clone();
        expected.sort_unstable();
        sort_seeds(&mut seeds);
        assert_eq!(seeds, expected, "{n} seeds, bunched: {bunched}");
    }
}

/// The seeds kept for the join are every seed whose hash stands on the
/// other side, all its repeats included; any others are the bitmap's
/// chance "maybe"s, which pair with nothing.
#[test]
fn shared_seeds_are_all_seeds_that_can_pair() {
    // A small vocabulary: many repeats, some windows on both sides.
    let keys = |seed: u64, n: usize| -> Vec<u64> {
        let mut state = seed;
        (0..n)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                (state >> 60) % 3
            })
            .collect()
    };
    let (left, right) = (keys(7, 3_000), keys(11, 2_000));
    let (kept_left, kept_right) = shared_sorted_seeds(&left, &right);
    let (all_left, all_right) = (seed_hashes(&left), seed_hashes(&right));
    for (kept, mine, other) in [
        (&kept_left, &all_left, &all_right),
        (&kept_right, &all_right, &all_left),
    ] {
        let other: HashSet = other.iter().copied().collect();
        let mut expected: Seeds = (0..mine.len())
            .filter(|&i| other.contains(&mine[i]))
            .map(|i| (mine[i], i as u32))
            .collect();
        expected.sort_unstable();
        let pairing: Seeds = kept
            .iter()
            .filter(|s| other.contains(&s.0))
            .copied()
            .collect();
        assert_eq!(pairing, expected);
        assert!(expected.len() > 100, "the test shares seeds");
    }
}

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

/// Regression (issue: shared passages that are stock phrases): "to a record
/// low of" linked a currency story's "the dollar's tumble to a record low
/// of 144.70 yen" with "the bond dropped to a record low of 4.080 pct".
#[test]
fn the_record_low_link_is_not_made() {
    let cmp = crate::engine::compare::compare_texts(
        "DOLLAR FALLS\n\nThe dollar's tumble to a record low of 144.70 yen worried dealers in Tokyo.\n\nThe Bank of Japan intervened twice.",
        "BONDS SLIDE\n\nTraders sold heavily in London.\n\nThe bond dropped to a record low of 4.080 pct as supply rose.",
    );
    assert!(cmp.links.is_empty(), "{:#?}", cmp.links);
}

/// Regression (issue: links across a paragraph break): "mln vs 352.1
/// mln\n\nNOTE" made NOTE both added and shared.
#[test]
fn a_link_does_not_reach_across_a_break_for_a_word() {
    let left = "Revs 401.7 mln vs 352.1 mln\n\nNOTE: results restated for the sale of the Brazilian unit to Grupo Votorantim.";
    let right = "QUARTER RESULTS\n\nRevs 401.7 mln vs 352.1 mln\n\nNOTE: figures are unaudited and subject to review by the board.";
    let cmp = crate::engine::compare::compare_texts(left, right);
    for link in &cmp.links {
        let text = &cmp.right.document.text[link.right.range()];
        for piece in text.split("\n\n") {
            assert!(piece.split_whitespace().count() >= 5, "{text:?}");
        }
    }
}
