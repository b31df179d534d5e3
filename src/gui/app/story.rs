//! The open story of many versions in the app: the part holding its
//! versions, the story measured from them, which view is on screen
//! (the story or a pair from it), the quote chosen in the quotes panel,
//! and the badges of the pair on screen when it is two of the versions.
//! [`StoryPart::apply`] handles every story command; what a command
//! means for the app's other parts is done in `crossing.rs`.

use std::path::PathBuf;
use std::sync::Arc;

use crate::engine::model::{Comparison, Document, LoadOptions};
use crate::engine::story::{Step, Story};
use crate::gui::jobs::{Input, Source};
use crate::gui::story::job::{StoryDone, StoryJobs};
use crate::gui::{SideSel, StoryCommand};
use crate::report::story::badges::{self, UnitBadges};
use crate::report::wording;

/// What a story command leaves for the app to do in other parts.
pub(super) enum StoryAnswer {
    Done,
    /// Ask the reader for the versions' files.
    AskForVersions,
    /// Read these files (a folder: its files) as the versions.
    Read(Vec<PathBuf>),
    /// Read the samples as the versions.
    ReadSamples,
    /// The view on screen changed: the window's title follows.
    Retitle,
    /// Show these documents side by side (left, then right).
    ShowPair([(SideSel, (Source, Arc<Document>)); 2]),
    /// A story arrived: the pair on screen may be two of its versions.
    Arrived,
    /// Tell the reader what went wrong.
    Failed(String),
}

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

    /// Applies a story command to the story; says what is left for the
    /// app to do in its other parts.
    pub(super) fn apply(&mut self, command: StoryCommand) -> StoryAnswer {
        match command {
            StoryCommand::OpenStoryDialog => StoryAnswer::AskForVersions,
            StoryCommand::OpenStory(paths) => StoryAnswer::Read(paths),
            StoryCommand::OpenSampleStory => StoryAnswer::ReadSamples,
            StoryCommand::ToggleStory if self.done.is_none() => {
                StoryAnswer::Failed(wording::NO_STORY_OPEN.to_owned())
            }
            StoryCommand::ToggleStory => {
                self.shown = !self.shown;
                StoryAnswer::Retitle
            }
            StoryCommand::OpenStoryPair(left, right) => self.pair_of(left, right),
            StoryCommand::SelectQuote(choice) => {
                self.quote = choice;
                StoryAnswer::Done
            }
            StoryCommand::StoryArrived(done) => {
                self.quote = None;
                self.shown = true;
                self.done = Some(done);
                StoryAnswer::Arrived
            }
            StoryCommand::StoryFailed(message) => StoryAnswer::Failed(message),
        }
    }

    /// Versions `left` and `right` side by side, as the texts the story
    /// read (so the badges match what is shown): the pair view comes back.
    fn pair_of(&mut self, left: usize, right: usize) -> StoryAnswer {
        let Some(done) = &self.done else {
            return StoryAnswer::Done;
        };
        let count = done.docs.len();
        if left >= count || right >= count {
            return StoryAnswer::Done;
        }
        let side = |v: usize| (done.sources[v].clone(), done.docs[v].clone());
        let sides = [(SideSel::Left, side(left)), (SideSel::Right, side(right))];
        self.shown = false;
        StoryAnswer::ShowPair(sides)
    }

    /// Starts reading `inputs` as the versions of one story.
    pub(super) fn request(
        &mut self,
        inputs: Vec<(Source, Input)>,
        options: LoadOptions,
        ctx: &egui::Context,
    ) {
        self.jobs.request(inputs, options, ctx);
    }

    /// A finished story, if one arrived.
    pub(super) fn poll(&mut self) -> Option<Result<StoryDone, String>> {
        self.jobs.poll()
    }
}
