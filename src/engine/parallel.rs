//! Two pieces of work at once, one on this thread and one on a second: the
//! engine splits its long passes (the two sides' tokens, the two halves of
//! the units) this way on the two cores a laptop has at least.
//!
//! Std's scoped threads do it with borrowed data and no pool; `rayon`
//! would bring a thread pool and its crates into the engine's build for
//! splits that are always in two.

/// Runs `here` on this thread and `there` on a second one, and returns
/// both results. A panic on the second thread is raised here, as if it had
/// happened on this one, rather than hidden.
pub fn both<A, B: Send>(here: impl FnOnce() -> A, there: impl FnOnce() -> B + Send) -> (A, B) {
    std::thread::scope(|scope| {
        let job = scope.spawn(there);
        let first = here();
        let second = job
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    })
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
}
