//! The open story of many versions in the app: the part holding its
//! versions, the story measured from them, which view is on screen
//! (the story or a pair from it), the quote chosen in the quotes panel,
//! and the badges of the pair on screen when it is two of the versions.
//! The commands that change it are applied here.

use std::path::PathBuf;
use std::sync::Arc;

use super::SyndiffApp;
use crate::engine::model::Comparison;
use crate::engine::story::Step;
use crate::engine::story::{Story, MAX_VERSIONS};
use crate::gui::jobs::{Input, Source};
use crate::gui::story::job::{StoryDone, StoryJobs};
use crate::gui::{SideSel, StoryCommand, SAMPLES};
use crate::report::story::badges::{self, UnitBadges};
use crate::report::wording;

/// The open story and what the reader chose in it.
#[derive(Default)]
pub struct StoryPart {
    jobs: StoryJobs,
    done: Option<StoryDone>,
    /// The story view is on screen (otherwise the pair is).
    shown: bool,
    /// The quote chosen in the quotes panel, and the occurrence of it
    /// whose wording (and word diff, when altered) is shown.
    quote: Option<(usize, Option<usize>)>,
    /// The badges of the pair on screen, when it is two of the versions:
    /// (left version, right version, a badge list per unit).
    badges: Option<(usize, usize, Arc<Vec<UnitBadges>>)>,
}

impl StoryPart {
    /// The story, once one has been read.
    pub fn story(&self) -> Option<&Arc<Story>> {
        self.done.as_ref().map(|d| &d.story)
    }

    /// Whether the story view is on screen.
    pub fn shown(&self) -> bool {
        self.shown && self.done.is_some()
    }

    /// The quote chosen, and the occurrence of it shown.
    pub fn quote(&self) -> Option<(usize, Option<usize>)> {
        self.quote
    }

    /// The two versions the pair on screen is, with their badges.
    pub fn badges(&self) -> Option<(usize, usize, &Arc<Vec<UnitBadges>>)> {
        self.badges.as_ref().map(|(l, r, b)| (*l, *r, b))
    }

    /// Whether a story is being read or measured.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// What the story under way is doing, and for how many seconds.
    pub fn progress(&self) -> Option<(Step, f32)> {
        self.jobs.progress()
    }

    /// The story's versions (their names, for the badges), none before
    /// a story is open.
    pub fn versions(&self) -> &[crate::engine::story::Version] {
        self.story().map_or(&[], |s| &s.versions)
    }

    /// Works out the badges of a comparison that arrived: only when both
    /// its texts are versions of the story.
    pub(super) fn pair_arrived(&mut self, cmp: &Comparison) {
        self.badges = self.story().and_then(|story| {
            let left = badges::version_of(story, &cmp.left.document.text)?;
            let right = badges::version_of(story, &cmp.right.document.text)?;
            let list = badges::pair_badges(story, cmp, (left, right));
            Some((left, right, Arc::new(list)))
        });
    }

    /// A finished story, if one arrived.
    pub(super) fn poll(&mut self) -> Option<Result<StoryDone, String>> {
        self.jobs.poll()
    }
}

impl SyndiffApp {
    /// Opening a story, moving between it and a pair of its versions, the
    /// quotes panel.
    pub(super) fn apply_story(&mut self, command: StoryCommand) {
        match command {
            StoryCommand::OpenStoryDialog => {
                let receiver = self
                    .picker
                    .pick_open_many("Open versions of one story", &self.ctx);
                self.chrome
                    .await_dialog(super::chrome::Pending::OpenStory(receiver));
            }
            StoryCommand::OpenStory(paths) => self.open_story_files(&paths),
            StoryCommand::OpenSampleStory => {
                let sources = (0..SAMPLES.len()).map(Source::Sample).collect();
                self.request_story(sources);
            }
            StoryCommand::ToggleStory if self.story.done.is_none() => {
                self.chrome.show_error(
                    "No story is open: open three or more files (or a folder) with Open versions…, or Samples, All five samples as a story.".into(),
                );
            }
            StoryCommand::ToggleStory => {
                self.story.shown = !self.story.shown;
                self.show_title();
            }
            StoryCommand::OpenStoryPair(left, right) => self.open_story_pair(left, right),
            StoryCommand::SelectQuote(choice) => self.story.quote = choice,
            StoryCommand::StoryArrived(done) => {
                self.chrome.clear_errors();
                self.story.quote = None;
                self.story.shown = true;
                self.story.done = Some(done);
                if let Some(cmp) = self.pair.comparison().cloned() {
                    self.story.pair_arrived(&cmp);
                    // The rows may have badges now: their heights change.
                    self.reading.bump_version();
                }
                self.show_title();
            }
            StoryCommand::StoryFailed(message) => self.chrome.show_error(message),
        }
    }

    /// The window title names what is on screen: the story or the pair.
    pub(super) fn show_title(&self) {
        let title = match self.story.story().filter(|_| self.story.shown()) {
            Some(story) => format!("Story of {} versions — syndiff", story.versions.len()),
            None => self.pair.title(),
        };
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Title(title));
    }

    fn open_story_files(&mut self, paths: &[PathBuf]) {
        match crate::engine::story::version_files(paths) {
            Ok(files) if files.len() < 2 => self.chrome.show_error(format!(
                "A story needs two versions or more; {} file{} given.",
                files.len(),
                if files.len() == 1 { " was" } else { "s were" }
            )),
            Ok(files) if files.len() > MAX_VERSIONS => self.chrome.show_error(format!(
                "A story takes at most {MAX_VERSIONS} versions; {} files were given.",
                files.len()
            )),
            Ok(files) => {
                for f in &files {
                    self.settings.remember(f);
                }
                self.request_story(files.into_iter().map(Source::File).collect());
            }
            Err(e) => self
                .chrome
                .show_error(wording::cannot("open the versions", e)),
        }
    }

    fn request_story(&mut self, sources: Vec<Source>) {
        let inputs = sources
            .into_iter()
            .map(|source| {
                let input = source.input(None, true);
                (source, input)
            })
            .collect::<Vec<(Source, Input)>>();
        let options = crate::engine::model::LoadOptions {
            whole_page: self.settings.whole_page,
        };
        self.story.jobs.request(inputs, options, &self.ctx);
    }

    /// Opens versions `left` and `right` of the story side by side, from
    /// the texts the story read (so the badges match what is shown).
    fn open_story_pair(&mut self, left: usize, right: usize) {
        let Some(done) = &self.story.done else {
            return;
        };
        let count = done.docs.len();
        if left >= count || right >= count {
            return;
        }
        for (side, v) in [(SideSel::Left, left), (SideSel::Right, right)] {
            self.pair
                .set_loaded(side, done.sources[v].clone(), done.docs[v].clone());
        }
        self.story.shown = false;
        self.request_compare(false);
    }
}
