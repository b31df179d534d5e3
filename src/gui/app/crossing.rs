//! The commands that cross parts: what the story and the marks parts
//! leave for the app to do once they have applied a command of theirs
//! (moving the reader, comparing a pair, telling the reader something,
//! naming the window).

use std::path::PathBuf;

use super::marks::MarksAnswer;
use super::story::StoryAnswer;
use super::{Marks, SyndiffApp};
use crate::engine::story::MAX_VERSIONS;
use crate::gui::jobs::{Input, Source};
use crate::gui::{MarkCommand, StoryCommand, SAMPLES};
use crate::report::wording;

impl SyndiffApp {
    /// Opening a story, moving between it and a pair of its versions, the
    /// quotes panel: the story applies the command, then the app does what
    /// it asks of the other parts.
    pub(super) fn apply_story(&mut self, command: StoryCommand) {
        match self.story.apply(command) {
            StoryAnswer::Done => {}
            StoryAnswer::AskForVersions => {
                let receiver = self
                    .picker
                    .pick_open_many(wording::OPEN_VERSIONS_TITLE, &self.ctx);
                self.chrome
                    .await_dialog(super::chrome::Pending::OpenStory(receiver));
            }
            StoryAnswer::Read(paths) => self.open_story_files(&paths),
            StoryAnswer::ReadSamples => {
                let sources = (0..SAMPLES.len()).map(Source::Sample).collect();
                self.request_story(sources);
            }
            StoryAnswer::Retitle => {
                // The view changed (the story or the pair): a confirmation
                // belongs to the view it was given in.
                self.chrome.clear_notice();
                self.show_title();
            }
            StoryAnswer::ShowPair(sides) => {
                for (side, (source, doc)) in sides {
                    self.pair.set_loaded(side, source, doc);
                }
                self.request_compare(false);
            }
            StoryAnswer::Arrived => {
                self.chrome.clear_errors();
                self.chrome.clear_notice();
                if let Some(cmp) = self.pair.comparison().cloned() {
                    self.story.pair_arrived(&cmp);
                    // The rows may have badges now: their heights change.
                    self.reading.bump_version();
                }
                self.show_title();
            }
            StoryAnswer::Failed(message) => self.chrome.show_error(message),
        }
    }

    /// The window title names what is on screen: the story or the pair.
    pub(super) fn show_title(&self) {
        let title = match self.story.story().filter(|_| self.story.shown()) {
            Some(story) => wording::story_window_title(story.versions.len()),
            None => self.pair.title(),
        };
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Title(title));
    }

    fn open_story_files(&mut self, paths: &[PathBuf]) {
        match crate::engine::story::version_files(paths) {
            Ok(files) if files.len() < 2 => self
                .chrome
                .show_error(wording::too_few_versions(files.len())),
            Ok(files) if files.len() > MAX_VERSIONS => self
                .chrome
                .show_error(wording::too_many_versions(files.len(), MAX_VERSIONS)),
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
        self.story.request(inputs, options, &self.ctx);
    }

    /// Keeps review marks in `folder` from now on (tests, and readers who
    /// move their data).
    pub fn set_review_folder(&mut self, folder: PathBuf) {
        self.marks = Marks::new(Some(folder));
        if let Some(cmp) = self.pair.comparison().cloned() {
            self.marks.arrived(&cmp);
            self.marks.count(&cmp, self.reading.changes());
        }
    }

    /// Reviewed marks and notes: the marks apply the command, then the
    /// reader moves or hears what happened; the rows show the ticks.
    pub(super) fn apply_marks(&mut self, command: MarkCommand) {
        let Some(cmp) = self.pair.comparison().cloned() else {
            return;
        };
        let answer = self.marks.apply(
            command,
            &cmp,
            self.reading.changes(),
            self.reading.current_change(),
        );
        let mut failed = None;
        match answer {
            MarksAnswer::Done => {}
            MarksAnswer::GoToChange(i) => {
                let options = self.row_options();
                self.reading.go_to_change(i, Some(&cmp), options);
            }
            MarksAnswer::Notice(message) => self.chrome.show_notice(message),
            MarksAnswer::Failed(message) => failed = Some(message),
        }
        // Ticks show in the rows: their layouts must be made again.
        self.reading.bump_version();
        self.marks.count(&cmp, self.reading.changes());
        if let Some(message) = failed {
            self.chrome.show_error(message);
        }
    }
}
