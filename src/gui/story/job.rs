//! A story of many versions is read and measured on its own thread, like
//! a pair ([`crate::gui::worker`]): reading a folder of pages and indexing
//! hundreds of versions takes longer than a frame. Each request has an id;
//! a result that is not the latest request's is dropped, and a superseded
//! job stops before its next file. The toolbar shows how many files are
//! read and which step the story is at.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use crate::engine::model::{Document, LoadOptions};
use crate::engine::story::{self, Step, Story};
use crate::gui::worker::{Input, Source};

/// A story read and measured.
#[derive(Debug, Clone)]
pub struct StoryDone {
    /// Where each version came from, in the story's order.
    pub sources: Vec<Source>,
    pub docs: Vec<Arc<Document>>,
    pub story: Arc<Story>,
}

impl PartialEq for StoryDone {
    /// The same job's result: the story is one shared value.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.story, &other.story)
    }
}

struct Outcome {
    id: u64,
    result: Result<StoryDone, String>,
}

/// How far the latest job has got: files read, of how many, then the
/// story's steps (0: reading, 1: indexing, 2: measuring, 3: quotes) and
/// versions measured.
#[derive(Default)]
struct Progress {
    read: AtomicUsize,
    total: AtomicUsize,
    step: AtomicUsize,
    measured: AtomicUsize,
}

/// Sends story jobs to a thread and collects their outcomes.
pub struct StoryJobs {
    sender: Sender<Outcome>,
    receiver: Receiver<Outcome>,
    latest: Arc<AtomicU64>,
    progress: Arc<Progress>,
    started: Option<Instant>,
}

impl Default for StoryJobs {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            latest: Arc::new(AtomicU64::new(0)),
            progress: Arc::new(Progress::default()),
            started: None,
        }
    }
}

/// Reads every version and takes them together; `None` once superseded.
fn run_job(
    sources: Vec<(Source, Input)>,
    options: &LoadOptions,
    progress: &Progress,
    current: &dyn Fn() -> bool,
) -> Option<Result<StoryDone, String>> {
    progress.total.store(sources.len(), Ordering::Release);
    let mut docs = Vec::with_capacity(sources.len());
    let mut kept = Vec::with_capacity(sources.len());
    for (n, (source, input)) in sources.into_iter().enumerate() {
        if !current() {
            return None;
        }
        match crate::gui::worker::load_input(&input, options) {
            Ok(doc) => docs.push(doc),
            Err(e) => return Some(Err(format!("Cannot open version {}: {e}", n + 1))),
        }
        kept.push(source);
        progress.read.store(n + 1, Ordering::Release);
    }
    let plain: Vec<Document> = docs.iter().map(|d| Document::clone(d)).collect();
    let story = story::story_with_progress(&plain, &mut |step| {
        let number = match step {
            Step::Reading { .. } => 0,
            Step::Indexing => 1,
            Step::Measured { done, .. } => {
                progress.measured.store(done, Ordering::Release);
                2
            }
            Step::Quotes => 3,
        };
        progress.step.store(number, Ordering::Release);
    });
    Some(Ok(StoryDone {
        sources: kept,
        docs,
        story: Arc::new(story),
    }))
}

impl StoryJobs {
    /// Starts reading and measuring `sources`; an older job is superseded.
    pub fn request(
        &mut self,
        sources: Vec<(Source, Input)>,
        options: LoadOptions,
        ctx: &egui::Context,
    ) {
        let id = self.latest.fetch_add(1, Ordering::AcqRel) + 1;
        self.started = Some(Instant::now());
        self.progress = Arc::new(Progress::default());
        let progress = self.progress.clone();
        let latest = self.latest.clone();
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let job = move || {
            let current = || latest.load(Ordering::Acquire) == id;
            if let Some(result) = run_job(sources, &options, &progress, &current) {
                let _ = sender.send(Outcome { id, result });
                ctx.request_repaint();
            }
        };
        if let Err(e) = std::thread::Builder::new().name("story".into()).spawn(job) {
            let _ = self.sender.send(Outcome {
                id,
                result: Err(format!("cannot start reading the versions: {e}")),
            });
        }
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Result<StoryDone, String>> {
        let latest = self.latest.load(Ordering::Acquire);
        let mut newest = None;
        while let Ok(outcome) = self.receiver.try_recv() {
            if outcome.id == latest {
                self.started = None;
                newest = Some(outcome.result);
            }
        }
        newest
    }

    /// Whether a story is being read or measured.
    pub fn is_busy(&self) -> bool {
        self.started.is_some()
    }

    /// The running job's stage and the seconds since it started.
    pub fn progress(&self) -> Option<(Step, f32)> {
        let started = self.started?;
        let p = &self.progress;
        let total = p.total.load(Ordering::Acquire);
        let stage = match p.step.load(Ordering::Acquire) {
            0 => Step::Reading {
                read: p.read.load(Ordering::Acquire),
                total,
            },
            1 => Step::Indexing,
            2 => Step::Measured {
                done: p.measured.load(Ordering::Acquire),
                total,
            },
            _ => Step::Quotes,
        };
        Some((stage, started.elapsed().as_secs_f32()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(text: &str) -> (Source, Input) {
        let doc = Arc::new(Document::from_text(Some("v.txt"), text));
        (Source::Pasted(doc.clone()), Input::Loaded(doc))
    }

    #[test]
    fn a_story_job_reads_every_version_and_only_the_newest_is_delivered() {
        let ctx = egui::Context::default();
        let mut jobs = StoryJobs::default();
        let text = "The minister said on Monday that the new budget would hold.";
        jobs.request(
            vec![loaded(text), loaded(text)],
            LoadOptions::default(),
            &ctx,
        );
        jobs.request(
            vec![loaded(text), loaded(text), loaded("Something else.")],
            LoadOptions::default(),
            &ctx,
        );
        assert!(jobs.is_busy());
        let deadline = Instant::now() + std::time::Duration::from_secs(10);
        let done = loop {
            if let Some(result) = jobs.poll() {
                break result.expect("read");
            }
            assert!(Instant::now() < deadline, "no story arrived");
            std::thread::sleep(std::time::Duration::from_millis(2));
        };
        assert_eq!(done.story.versions.len(), 3);
        assert_eq!(done.docs.len(), 3);
        assert!(!jobs.is_busy());
    }

    #[test]
    fn a_missing_file_fails_the_story_with_its_name() {
        let progress = Progress::default();
        let path = std::path::PathBuf::from("/no/such/version.txt");
        let result = run_job(
            vec![
                loaded("One version."),
                (Source::File(path.clone()), Input::Path(path)),
            ],
            &LoadOptions::default(),
            &progress,
            &|| true,
        );
        let message = result.expect("ran").expect_err("a missing file");
        assert!(message.contains("version.txt"), "{message}");
    }

    #[test]
    fn a_superseded_story_job_stops_before_reading() {
        let progress = Progress::default();
        let result = run_job(
            vec![loaded("One.")],
            &LoadOptions::default(),
            &progress,
            &|| false,
        );
        assert!(result.is_none());
    }
}
