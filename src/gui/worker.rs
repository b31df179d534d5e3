//! Comparisons run on a worker thread.
//!
//! Loading a 50 MB file and aligning 30,000 paragraphs takes longer than a
//! frame, so each request goes to a thread of [`crate::gui::jobs`], the
//! latest request winning. A superseded job also stops at its next stage
//! (after loading either file), so quick changes of options on huge files
//! do not pile up work. The UI shows the latest job's stage and time.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use crate::engine::compare::compare;
use crate::engine::model::{Comparison, Document, LoadOptions};
use crate::engine::normalize::Normalization;
use crate::gui::jobs::{load_input, Input, Jobs, Outcome, Ticket};
use crate::report::wording;

/// The documents as loaded and their comparison.
#[derive(Debug, Clone)]
pub struct Done {
    pub left: Arc<Document>,
    pub right: Arc<Document>,
    pub comparison: Arc<Comparison>,
}

impl PartialEq for Done {
    /// The same job's result: the comparison is one shared value.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.comparison, &other.comparison)
    }
}

/// What the latest job is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    LoadingLeft,
    LoadingRight,
    Comparing,
}

impl Stage {
    fn from_u8(value: u8) -> Self {
        match value {
            0 => Stage::LoadingLeft,
            1 => Stage::LoadingRight,
            _ => Stage::Comparing,
        }
    }

    /// What the toolbar says.
    pub fn describe(self) -> &'static str {
        crate::report::wording::compare_stage(match self {
            Stage::LoadingLeft => Some(false),
            Stage::LoadingRight => Some(true),
            Stage::Comparing => None,
        })
    }
}

/// Runs comparisons on their own threads, the latest winning; the
/// latest job's [`Stage`] is shared as a number.
pub struct Worker {
    jobs: Jobs<Done, AtomicU8>,
}

impl Default for Worker {
    fn default() -> Self {
        Self {
            jobs: Jobs::new("compare"),
        }
    }
}

/// Enters `stage`; false when a newer request has superseded this job.
fn enter(ticket: &Ticket<AtomicU8>, stage: Stage) -> bool {
    if !ticket.is_current() {
        return false;
    }
    ticket.progress().store(stage as u8, Ordering::Release);
    true
}

/// Loads both sides and compares them, giving up (`None`) as soon as a
/// newer request has superseded this one.
fn run_job(
    (left, right): &(Input, Input),
    norm: &Normalization,
    load_options: &LoadOptions,
    ticket: &Ticket<AtomicU8>,
) -> Option<Result<Done, String>> {
    if !enter(ticket, Stage::LoadingLeft) {
        return None;
    }
    let left = match load(left, "left", load_options) {
        Ok(doc) => doc,
        Err(e) => return Some(Err(e)),
    };
    if !enter(ticket, Stage::LoadingRight) {
        return None;
    }
    let right = match load(right, "right", load_options) {
        Ok(doc) => doc,
        Err(e) => return Some(Err(e)),
    };
    if !enter(ticket, Stage::Comparing) {
        return None;
    }
    let comparison = Arc::new(compare(&left, &right, norm));
    Some(Ok(Done {
        left,
        right,
        comparison,
    }))
}

fn load(input: &Input, side: &str, options: &LoadOptions) -> Result<Arc<Document>, String> {
    load_input(input, options).map_err(|e| match input {
        Input::Address(_) => wording::cannot(&format!("open the {side} page"), e),
        _ => wording::cannot(&format!("open the {side} file"), e),
    })
}

impl Worker {
    /// Starts a comparison; any older one still running is superseded.
    pub fn request(
        &mut self,
        inputs: (Input, Input),
        norm: Normalization,
        load_options: LoadOptions,
        ctx: &egui::Context,
    ) {
        self.jobs.request(
            ctx,
            |e| wording::cannot("start the comparison", e),
            move |ticket| run_job(&inputs, &norm, &load_options, ticket),
        );
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Outcome<Done>> {
        self.jobs.poll()
    }

    /// Whether the latest request is still running.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// The latest request's stage and the seconds since it was made, while
    /// it runs.
    pub fn progress(&self) -> Option<(Stage, f32)> {
        let (stage, seconds) = self.jobs.progress()?;
        Some((Stage::from_u8(stage.load(Ordering::Acquire)), seconds))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;

    fn loaded(text: &str) -> Input {
        Input::Loaded(Arc::new(Document::from_text(None, text)))
    }

    fn ticket(id: u64, latest: u64) -> Ticket<AtomicU8> {
        Ticket::new(id, latest, AtomicU8::new(Stage::LoadingLeft as u8))
    }

    #[test]
    fn a_superseded_job_stops_before_loading() {
        // Were it to load, the missing files would give an error outcome.
        let inputs = (
            Input::Path("/no/such/left.txt".into()),
            Input::Path("/no/such/right.txt".into()),
        );
        let outcome = run_job(
            &inputs,
            &Normalization::default(),
            &LoadOptions::default(),
            &ticket(1, 2),
        );
        assert!(outcome.is_none());
    }

    #[test]
    fn a_current_job_compares_and_reports_its_stage() {
        let job = ticket(3, 3);
        let outcome = run_job(
            &(loaded("One.\n\nTwo."), loaded("One.\n\nTwo, edited.")),
            &Normalization::default(),
            &LoadOptions::default(),
            &job,
        );
        let done = outcome.expect("not superseded").expect("loaded");
        assert_eq!(done.comparison.stats.paragraphs.edited, 1);
        assert_eq!(
            Stage::from_u8(job.progress().load(Ordering::Acquire)),
            Stage::Comparing
        );
    }

    #[test]
    fn only_the_newest_of_two_requests_is_delivered() {
        let ctx = egui::Context::default();
        let mut worker = Worker::default();
        let norm = Normalization::default();
        worker.request(
            (loaded("Old."), loaded("Old.")),
            norm,
            LoadOptions::default(),
            &ctx,
        );
        worker.request(
            (loaded("New."), loaded("New, changed.")),
            norm,
            LoadOptions::default(),
            &ctx,
        );
        assert!(worker.is_busy());
        assert!(worker.progress().is_some());
        let deadline = Instant::now() + std::time::Duration::from_secs(10);
        let outcome = loop {
            if let Some(outcome) = worker.poll() {
                break outcome;
            }
            assert!(Instant::now() < deadline, "no outcome arrived");
            std::thread::sleep(std::time::Duration::from_millis(2));
        };
        assert_eq!(outcome.id, 2);
        let done = outcome.result.expect("compared");
        assert_eq!(&*done.left.text, "New.");
        assert!(!worker.is_busy());
        assert_eq!(worker.progress(), None);
        // The first job's outcome, if it was sent at all, is dropped.
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert!(worker.poll().is_none());
    }
}
