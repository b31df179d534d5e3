//! A story of many versions is read and measured on its own thread, like
//! a pair ([`crate::gui::worker`]), through the same latest-wins runner
//! ([`crate::gui::jobs`]): reading a folder of pages and indexing hundreds
//! of versions takes longer than a frame. A superseded job stops before
//! its next file. The toolbar shows how many files are read and which step
//! the story is at.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::engine::model::{Document, LoadOptions};
use crate::engine::story::{self, Step, Story};
use crate::gui::jobs::{load_input, Input, Jobs, Source, Ticket};
use crate::report::wording;

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

/// Runs story jobs on their own threads, the latest winning.
pub struct StoryJobs {
    jobs: Jobs<StoryDone, Progress>,
}

impl Default for StoryJobs {
    fn default() -> Self {
        Self {
            jobs: Jobs::new("story"),
        }
    }
}

/// Reads every version and takes them together; `None` once superseded.
fn run_job(
    sources: Vec<(Source, Input)>,
    options: &LoadOptions,
    ticket: &Ticket<Progress>,
) -> Option<Result<StoryDone, String>> {
    let progress = ticket.progress();
    progress.total.store(sources.len(), Ordering::Release);
    let mut docs = Vec::with_capacity(sources.len());
    let mut kept = Vec::with_capacity(sources.len());
    for (n, (source, input)) in sources.into_iter().enumerate() {
        if !ticket.is_current() {
            return None;
        }
        match load_input(&input, options) {
            Ok(doc) => docs.push(doc),
            Err(e) => return Some(Err(wording::cannot(&format!("open version {}", n + 1), e))),
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
        self.jobs.request(
            ctx,
            |e| wording::cannot("start reading the versions", e),
            move |ticket| run_job(sources, &options, ticket),
        );
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Result<StoryDone, String>> {
        self.jobs.poll().map(|outcome| outcome.result)
    }

    /// Whether a story is being read or measured.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// The running job's stage and the seconds since it started.
    pub fn progress(&self) -> Option<(Step, f32)> {
        let (p, seconds) = self.jobs.progress()?;
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
        Some((stage, seconds))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

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
        let path = std::path::PathBuf::from("/no/such/version.txt");
        let result = run_job(
            vec![
                loaded("One version."),
                (Source::File(path.clone()), Input::Path(path)),
            ],
            &LoadOptions::default(),
            &Ticket::new(1, 1, Progress::default()),
        );
        let message = result.expect("ran").expect_err("a missing file");
        assert!(message.contains("version.txt"), "{message}");
    }

    #[test]
    fn a_superseded_story_job_stops_before_reading() {
        let result = run_job(
            vec![loaded("One.")],
            &LoadOptions::default(),
            &Ticket::new(1, 2, Progress::default()),
        );
        assert!(result.is_none());
    }
}
