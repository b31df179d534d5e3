//! Work on every core: the engine's long passes (the two sides' tokens,
//! the units' word diffs and material checks, the two sides' passage
//! words) are split here and nowhere else.
//!
//! `rayon`, the maintained crate for data parallelism, runs them: its pool
//! steals work, so the core that finishes its share of a split first takes
//! pieces of what is left rather than waiting. Splits in two halves on
//! plain threads left one of a laptop's two cores idle at the end of every
//! stage (a tenth of a whole-Bible comparison), because halves of equal
//! length are seldom equal work.

use rayon::prelude::*;

/// Runs `here` and `there`, on two cores when one is free, and returns
/// both results. A panic in either is raised here rather than hidden.
pub fn both<A: Send, B: Send>(
    here: impl FnOnce() -> A + Send,
    there: impl FnOnce() -> B + Send,
) -> (A, B) {
    rayon::join(here, there)
}

/// `job` over `items` in pieces of at most `per_job` (each given its first
/// index and its items), spread over the cores; the results in the
/// items' order.
pub fn pieces<T: Sync, R: Send>(
    items: &[T],
    per_job: usize,
    job: impl Fn(usize, &[T]) -> R + Sync + Send,
) -> Vec<R> {
    let per_job = per_job.max(1);
    items
        .par_chunks(per_job)
        .enumerate()
        .map(|(i, piece)| job(i * per_job, piece))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_results_come_back_in_order() {
        let data = [1, 2, 3];
        let (sum, len) = super::both(|| data.iter().sum::<i32>(), || data.len());
        assert_eq!((sum, len), (6, 3));
    }

    #[test]
    #[should_panic(expected = "on the second thread")]
    fn a_panic_on_the_second_thread_is_raised_here() {
        super::both(|| 1, || -> i32 { panic!("on the second thread") });
    }

    #[test]
    fn pieces_come_back_in_order_with_their_first_index() {
        let items: Vec<usize> = (0..10).collect();
        let firsts = super::pieces(&items, 3, |first, piece| (first, piece.to_vec()));
        assert_eq!(
            firsts,
            [
                (0, vec![0, 1, 2]),
                (3, vec![3, 4, 5]),
                (6, vec![6, 7, 8]),
                (9, vec![9])
            ]
        );
        assert!(super::pieces(&[] as &[u8], 4, |_, p| p.len()).is_empty());
    }
}
