//! The app's side of each frame, its one per-frame step outside `apply`
//! (only the frame loop calls it): finished work and dialogs' answers
//! taken in as commands, and the document view, whose layouts the app
//! caches, recording what it measured and taking the scroll it performs.
//! The frame itself (`crate::gui::frame`) draws the panels around it.

use super::{SyndiffApp, SETTINGS_KEY};
use crate::gui::view::layout::ViewInput;
use crate::gui::{view, Command, FilesCommand, StoryCommand};

impl SyndiffApp {
    /// A finished comparison (or why it failed), as a command.
    fn worker_answer(&mut self) -> Vec<Command> {
        let pair = self.worker.poll().map(|outcome| match outcome.result {
            Ok(done) => Command::Files(FilesCommand::Arrived(done)),
            Err(message) => Command::Files(FilesCommand::CompareFailed(message)),
        });
        let story = self.story.poll().map(|result| match result {
            Ok(done) => Command::Story(StoryCommand::StoryArrived(done)),
            Err(message) => Command::Story(StoryCommand::StoryFailed(message)),
        });
        pair.into_iter().chain(story).collect()
    }

    /// Finished work and answered dialogs, as commands for this frame.
    pub(crate) fn arrivals(&mut self) -> Vec<Command> {
        let mut commands = self.worker_answer();
        commands.extend(self.chrome.dialog_answers());
        commands
    }

    /// The document view (a spinner before the first comparison arrives);
    /// its layouts are cached in the app.
    pub(crate) fn document_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let scroll = self.reading.take_scroll();
        let Some(cmp) = self.pair.comparison().cloned() else {
            if self.is_busy() {
                ui.centered_and_justified(|ui| ui.spinner());
            }
            return Vec::new();
        };
        let reading = &self.reading;
        let input = ViewInput {
            cmp: &cmp,
            rows: reading.rows(),
            version: reading.version(),
            current_unit: reading.current_unit(),
            hot: reading.hot(),
            links: reading.links(),
            hot_link: reading.hot_link(),
            found: &reading.find().by_cell,
            current_found: reading
                .find()
                .current
                .and_then(|c| reading.find().hits.get(c).copied()),
            font_size: self.settings.font_size,
            divider: self.settings.divider,
            review: self.marks.log(),
            redline: self.settings.redline,
            scroll,
            badges: self.story.badges().map(|(_, _, b)| b.as_slice()),
            story_versions: self.story.versions(),
        };
        let (asked, seen) = view::document_ui(ui, &input, &mut self.layout);
        self.reading.set_seen(seen);
        asked
    }

    /// Whether the view still has a scroll to make (another frame is
    /// needed).
    pub(crate) fn scroll_pending(&self) -> bool {
        self.reading.scroll_pending()
    }

    /// Keeps the reader's settings for the next run.
    pub(crate) fn save_settings(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
