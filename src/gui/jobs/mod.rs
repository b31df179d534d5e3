//! Work that takes longer than a frame runs on its own thread, latest wins:
//! the pair's loading and comparing ([`crate::gui::worker`]) and a story's
//! reading and measuring ([`crate::gui::story::job`]) both go through one
//! [`Jobs`]. Every request has an id; a result whose id is not the latest
//! is dropped, so a newer request always supersedes an older one, and a
//! superseded job can stop early by asking its [`Ticket`]. A result wakes
//! the UI with `request_repaint`. What a job reports of its progress is its
//! own (`P`), shared with the UI through the ticket.

mod input;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

pub use input::{load_input, Input, Source};

/// A finished job: its request's id and what it gave.
#[derive(Debug)]
pub struct Outcome<T> {
    pub id: u64,
    pub result: Result<T, String>,
}

/// What a running job holds: whether it is still wanted, and where it
/// reports its progress.
pub struct Ticket<P> {
    id: u64,
    latest: Arc<AtomicU64>,
    progress: Arc<P>,
}

impl<P> Ticket<P> {
    /// A ticket for request `id` when `latest` is the newest (for tests of
    /// a job's steps).
    pub fn new(id: u64, latest: u64, progress: P) -> Self {
        Self {
            id,
            latest: Arc::new(AtomicU64::new(latest)),
            progress: Arc::new(progress),
        }
    }

    /// Whether no newer request has superseded this job.
    pub fn is_current(&self) -> bool {
        self.latest.load(Ordering::Acquire) == self.id
    }

    /// Where the job reports how far it has got.
    pub fn progress(&self) -> &P {
        &self.progress
    }
}

/// Sends jobs to threads and collects the latest one's outcome.
pub struct Jobs<T, P> {
    sender: Sender<Outcome<T>>,
    receiver: Receiver<Outcome<T>>,
    /// The id of the latest request, shared with the jobs so a superseded
    /// one can stop early.
    latest: Arc<AtomicU64>,
    /// The latest job's progress, fresh for each request.
    progress: Arc<P>,
    /// When the latest request was made, while it runs.
    started: Option<Instant>,
    /// The name of the jobs' threads (`compare`, `story`).
    thread_name: &'static str,
}

impl<T: Send + 'static, P: Default + Send + Sync + 'static> Jobs<T, P> {
    /// A runner whose threads are called `thread_name`.
    pub fn new(thread_name: &'static str) -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            latest: Arc::new(AtomicU64::new(0)),
            progress: Arc::new(P::default()),
            started: None,
            thread_name,
        }
    }

    /// Starts `job` on a thread; any older job still running is
    /// superseded. `job` gives `None` when it stopped because it was.
    /// If no thread can be started, the outcome is `cannot_start` and why.
    pub fn request(
        &mut self,
        ctx: &egui::Context,
        cannot_start: impl FnOnce(&std::io::Error) -> String,
        job: impl FnOnce(&Ticket<P>) -> Option<Result<T, String>> + Send + 'static,
    ) -> u64 {
        let id = self.latest.fetch_add(1, Ordering::AcqRel) + 1;
        self.started = Some(Instant::now());
        self.progress = Arc::new(P::default());
        let ticket = Ticket {
            id,
            latest: self.latest.clone(),
            progress: self.progress.clone(),
        };
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let run = move || {
            if let Some(result) = job(&ticket) {
                let _ = sender.send(Outcome { id, result });
                ctx.request_repaint();
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name(self.thread_name.into())
            .spawn(run)
        {
            let _ = self.sender.send(Outcome {
                id,
                result: Err(cannot_start(&e)),
            });
        }
        id
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Outcome<T>> {
        let latest = self.latest.load(Ordering::Acquire);
        let mut newest = None;
        while let Ok(outcome) = self.receiver.try_recv() {
            if outcome.id == latest {
                self.started = None;
                newest = Some(outcome);
            }
        }
        newest
    }

    /// Whether the latest request is still running.
    pub fn is_busy(&self) -> bool {
        self.started.is_some()
    }

    /// The latest request's progress and the seconds since it was made,
    /// while it runs.
    pub fn progress(&self) -> Option<(&P, f32)> {
        let started = self.started?;
        Some((&self.progress, started.elapsed().as_secs_f32()))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    use super::*;

    fn wait_for<T: Send + 'static>(jobs: &mut Jobs<T, AtomicUsize>) -> Outcome<T> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(outcome) = jobs.poll() {
                return outcome;
            }
            assert!(Instant::now() < deadline, "no outcome arrived");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn only_the_latest_request_is_delivered_and_a_superseded_job_can_stop() {
        let ctx = egui::Context::default();
        let mut jobs: Jobs<&'static str, AtomicUsize> = Jobs::new("test");
        let (go, wait) = mpsc::channel::<()>();
        let first = jobs.request(
            &ctx,
            |e| e.to_string(),
            move |ticket| {
                let _ = wait.recv();
                // Superseded by now: a job that asks stops here.
                ticket.is_current().then_some(Ok("old"))
            },
        );
        let second = jobs.request(
            &ctx,
            |e| e.to_string(),
            |ticket| {
                ticket.progress().store(7, Ordering::Release);
                Some(Ok("new"))
            },
        );
        let _ = go.send(());
        assert!(jobs.is_busy());
        assert_eq!((first, second), (1, 2));
        let outcome = wait_for(&mut jobs);
        assert_eq!((outcome.id, outcome.result), (2, Ok("new")));
        assert!(!jobs.is_busy());
        assert!(jobs.progress().is_none());
        std::thread::sleep(Duration::from_millis(50));
        assert!(jobs.poll().is_none(), "the first job's result is dropped");
    }

    #[test]
    fn a_stale_outcome_is_dropped_even_when_it_is_sent() {
        let ctx = egui::Context::default();
        let mut jobs: Jobs<u32, AtomicUsize> = Jobs::new("test");
        let (go, wait) = mpsc::channel::<()>();
        jobs.request(
            &ctx,
            |e| e.to_string(),
            move |_| {
                let _ = wait.recv();
                Some(Ok(1))
            },
        );
        jobs.request(&ctx, |e| e.to_string(), |_| None);
        let _ = go.send(());
        std::thread::sleep(Duration::from_millis(100));
        assert!(jobs.poll().is_none());
        assert!(jobs.is_busy(), "the latest job has not answered");
    }
}
