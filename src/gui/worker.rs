//! Comparisons run on a worker thread.
//!
//! Loading a 50 MB file and aligning 30,000 paragraphs takes longer than a
//! frame, so each request goes to a thread; the result comes back through a
//! channel and wakes the UI with `request_repaint`. Every request has an id;
//! a result whose id is not the latest is dropped, so a newer request always
//! supersedes an older one. A superseded job also stops at its next stage
//! (after loading either file), so quick changes of options on huge files
//! do not pile up work. The UI shows the latest job's stage and time.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use crate::engine::model::{Comparison, Document, LoadOptions};
use crate::engine::normalize::Normalization;
use crate::gui::SAMPLES;

/// Where one side's text comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// Read (again) from disk.
    Path(PathBuf),
    /// Already loaded.
    Loaded(Arc<Document>),
    /// Fetched (again) from the web.
    Address(String),
}

/// Where a side's document came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    File(PathBuf),
    Sample(usize),
    /// A web address, fetched on the worker.
    Address(String),
    /// Text pasted from the clipboard (its label is the document's path).
    Pasted(Arc<Document>),
}

impl Source {
    /// The name shown in the header and the window title.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Source::Sample(i) => format!("sample {}", SAMPLES[*i].0),
            Source::Address(address) => address.clone(),
            Source::Pasted(doc) => doc.path.clone().unwrap_or_default(),
        }
    }

    /// The file, for a side read from disk.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Source::File(p) => Some(p),
            Source::Sample(_) | Source::Address(_) | Source::Pasted(_) => None,
        }
    }
}

/// A finished job.
#[derive(Debug)]
pub struct Outcome {
    pub id: u64,
    pub result: Result<Done, String>,
}

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
        match self {
            Stage::LoadingLeft => "Loading the left side…",
            Stage::LoadingRight => "Loading the right side…",
            Stage::Comparing => "Comparing…",
        }
    }
}

/// Sends jobs to worker threads and collects their outcomes.
pub struct Worker {
    sender: Sender<Outcome>,
    receiver: Receiver<Outcome>,
    /// The id of the latest request, shared with the jobs so a superseded
    /// one can stop early.
    latest: Arc<AtomicU64>,
    /// The latest job's [`Stage`], as a number.
    stage: Arc<AtomicU8>,
    /// When the latest request was made, while it runs.
    started: Option<Instant>,
}

impl Default for Worker {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            latest: Arc::new(AtomicU64::new(0)),
            stage: Arc::new(AtomicU8::new(Stage::LoadingLeft as u8)),
            started: None,
        }
    }
}

/// Where a job reports its stage, and whether it is still wanted.
struct JobStatus {
    id: u64,
    latest: Arc<AtomicU64>,
    stage: Arc<AtomicU8>,
}

impl JobStatus {
    fn is_current(&self) -> bool {
        self.latest.load(Ordering::Acquire) == self.id
    }

    /// Enters `stage`; false when a newer request has superseded this job.
    fn enter(&self, stage: Stage) -> bool {
        if !self.is_current() {
            return false;
        }
        self.stage.store(stage as u8, Ordering::Release);
        true
    }
}

/// Loads both sides and compares them, giving up (`None`) as soon as a
/// newer request has superseded this one.
fn run_job(
    (left, right): &(Input, Input),
    norm: &Normalization,
    load_options: &LoadOptions,
    status: &JobStatus,
) -> Option<Result<Done, String>> {
    if !status.enter(Stage::LoadingLeft) {
        return None;
    }
    let left = match load(left, "left", load_options) {
        Ok(doc) => doc,
        Err(e) => return Some(Err(e)),
    };
    if !status.enter(Stage::LoadingRight) {
        return None;
    }
    let right = match load(right, "right", load_options) {
        Ok(doc) => doc,
        Err(e) => return Some(Err(e)),
    };
    if !status.enter(Stage::Comparing) {
        return None;
    }
    let comparison = Arc::new(crate::engine::compare::compare(&left, &right, norm));
    Some(Ok(Done {
        left,
        right,
        comparison,
    }))
}

fn load(input: &Input, side: &str, options: &LoadOptions) -> Result<Arc<Document>, String> {
    load_input(input, options).map_err(|e| match input {
        Input::Address(_) => format!("Cannot open the {side} page: {e}"),
        _ => format!("Cannot open the {side} file: {e}"),
    })
}

/// Reads one input: the document already loaded, the file, or the page.
pub(crate) fn load_input(
    input: &Input,
    options: &LoadOptions,
) -> crate::engine::error::Result<Arc<Document>> {
    match input {
        Input::Loaded(doc) => Ok(doc.clone()),
        Input::Path(path) => crate::engine::load::load_path_with(path, options).map(Arc::new),
        Input::Address(address) => {
            crate::engine::load::load_address(address, options).map(Arc::new)
        }
    }
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
        let id = self.latest.fetch_add(1, Ordering::AcqRel) + 1;
        self.started = Some(Instant::now());
        let status = JobStatus {
            id,
            latest: self.latest.clone(),
            stage: self.stage.clone(),
        };
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let job = move || {
            if let Some(result) = run_job(&inputs, &norm, &load_options, &status) {
                let _ = sender.send(Outcome { id, result });
                ctx.request_repaint();
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name("compare".into())
            .spawn(job)
        {
            let _ = self.sender.send(Outcome {
                id,
                result: Err(format!("cannot start the comparison: {e}")),
            });
        }
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Outcome> {
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

    /// The latest request's stage and the seconds since it was made, while
    /// it runs.
    pub fn progress(&self) -> Option<(Stage, f32)> {
        let started = self.started?;
        let stage = Stage::from_u8(self.stage.load(Ordering::Acquire));
        Some((stage, started.elapsed().as_secs_f32()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(text: &str) -> Input {
        Input::Loaded(Arc::new(Document::from_text(None, text)))
    }

    fn status(id: u64, latest: u64) -> JobStatus {
        JobStatus {
            id,
            latest: Arc::new(AtomicU64::new(latest)),
            stage: Arc::new(AtomicU8::new(Stage::LoadingLeft as u8)),
        }
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
            &status(1, 2),
        );
        assert!(outcome.is_none());
    }

    #[test]
    fn a_current_job_compares_and_reports_its_stage() {
        let job = status(3, 3);
        let outcome = run_job(
            &(loaded("One.\n\nTwo."), loaded("One.\n\nTwo, edited.")),
            &Normalization::default(),
            &LoadOptions::default(),
            &job,
        );
        let done = outcome.expect("not superseded").expect("loaded");
        assert_eq!(done.comparison.stats.paragraphs.edited, 1);
        assert_eq!(
            Stage::from_u8(job.stage.load(Ordering::Acquire)),
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
