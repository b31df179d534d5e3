//! The heaviest strictly increasing subsequence, in O(n log n).
//!
//! Alignment uses it to choose the backbone: of all pairs, the ones that
//! keep both documents in the same order and carry the most words.

/// Marks which items of `keys` (with `weights`) belong to the heaviest
/// subsequence whose keys strictly increase.
pub(crate) fn heaviest_increasing(keys: &[usize], weights: &[f64]) -> Vec<bool> {
    let n = keys.len();
    let mut in_best = vec![false; n];
    if n == 0 {
        return in_best;
    }
    // Compress keys to 1..=m for a Fenwick tree of prefix maxima.
    let mut sorted: Vec<usize> = keys.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let m = sorted.len();
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); m + 1];
    let mut total = vec![0.0f64; n];
    let mut previous = vec![usize::MAX; n];
    for i in 0..n {
        let rank = sorted.partition_point(|&k| k < keys[i]); // keys strictly below
        let (best, from) = prefix_max(&tree, rank);
        total[i] = best + weights[i];
        previous[i] = from;
        update(&mut tree, rank + 1, (total[i], i));
    }
    let mut end = 0;
    for i in 1..n {
        if total[i] > total[end] {
            end = i;
        }
    }
    let mut at = end;
    while at != usize::MAX {
        in_best[at] = true;
        at = previous[at];
    }
    in_best
}

fn prefix_max(tree: &[(f64, usize)], mut i: usize) -> (f64, usize) {
    let mut best = (0.0, usize::MAX);
    while i > 0 {
        if tree[i].0 > best.0 {
            best = tree[i];
        }
        i &= i - 1;
    }
    best
}

fn update(tree: &mut [(f64, usize)], mut i: usize, value: (f64, usize)) {
    while i < tree.len() {
        if value.0 > tree[i].0 {
            tree[i] = value;
        }
        i += i & i.wrapping_neg();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_heaviest_not_the_longest() {
        // keys: 0 1 2 (light) vs 5 (heavy) placed first.
        let keys = [5, 0, 1, 2];
        let weights = [10.0, 1.0, 1.0, 1.0];
        assert_eq!(
            heaviest_increasing(&keys, &weights),
            [true, false, false, false]
        );
    }

    #[test]
    fn a_moved_item_is_left_out() {
        let keys = [0, 1, 5, 2, 3, 4];
        let weights = [1.0; 6];
        let got = heaviest_increasing(&keys, &weights);
        assert_eq!(got, [true, true, false, true, true, true]);
    }

    #[test]
    fn empty_input() {
        assert!(heaviest_increasing(&[], &[]).is_empty());
    }
}
