//! What runs each frame: take in finished work, collect the commands of
//! every `*_ui` function, then apply them in one place.

use std::sync::mpsc::TryRecvError;

use super::chrome::Pending;
use super::{SyndiffApp, SETTINGS_KEY};
use crate::gui::input::{self, Focus};
use crate::gui::picker::PickOutcome;
use crate::gui::view::layout::ViewInput;
use crate::gui::{dialogs, panels, summary, view, Command};

impl SyndiffApp {
    /// A finished comparison (or why it failed), as a command.
    fn worker_answer(&mut self) -> Vec<Command> {
        let pair = self.worker.poll().map(|outcome| match outcome.result {
            Ok(done) => Command::Arrived(done),
            Err(message) => Command::CompareFailed(message),
        });
        let story = self.story.poll().map(|result| match result {
            Ok(done) => Command::StoryArrived(done),
            Err(message) => Command::StoryFailed(message),
        });
        pair.into_iter().chain(story).collect()
    }

    /// The commands answered file dialogs ask for; keeps the dialogs still
    /// open. Only reads the dialogs' channels: what they answer is applied
    /// with the frame's other commands.
    fn dialog_answers(&mut self) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut still = Vec::new();
        for pending in self.chrome.pending.drain(..) {
            let receiver = match &pending {
                Pending::Open(_, r)
                | Pending::Save(_, r)
                | Pending::SavePasted(_, r)
                | Pending::OpenStory(r) => r,
            };
            match receiver.try_recv() {
                Ok(PickOutcome::PickedMany(paths)) => commands.push(Command::OpenStory(paths)),
                Ok(PickOutcome::Picked(path)) => commands.push(match pending {
                    Pending::Open(side, _) => Command::Load(side, path),
                    Pending::Save(format, _) => Command::Export(format, path),
                    Pending::SavePasted(side, _) => Command::SavePastedTo(side, path),
                    Pending::OpenStory(_) => Command::OpenStory(vec![path]),
                }),
                Ok(PickOutcome::Cancelled) | Err(TryRecvError::Disconnected) => {}
                Ok(PickOutcome::Unavailable(message)) => commands.push(Command::ShowError(message)),
                Err(TryRecvError::Empty) => still.push(pending),
            }
        }
        self.chrome.pending = still;
        commands
    }

    /// The document view in the central panel (a spinner before the first
    /// comparison arrives).
    fn central_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let scroll = self.review.take_scroll();
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(story) = self.story.story().filter(|_| self.story.shown()) {
                commands.extend(crate::gui::story::story_ui(ui, story, self.story.quote()));
                return;
            }
            let divider_x = self.review.seen().divider_x;
            let redline = self.settings.redline;
            commands.extend(panels::header_ui(ui, &self.pair, divider_x, redline));
            let Some(cmp) = self.pair.comparison().cloned() else {
                if self.is_busy() {
                    ui.centered_and_justified(|ui| ui.spinner());
                }
                return;
            };
            let review = &self.review;
            let input = ViewInput {
                cmp: &cmp,
                rows: review.rows(),
                version: review.version(),
                current_unit: review.current_unit(),
                hot: review.hot(),
                links: review.links(),
                hot_link: review.hot_link(),
                found: &review.find().by_cell,
                current_found: review
                    .find()
                    .current
                    .and_then(|c| review.find().hits.get(c).copied()),
                font_size: self.settings.font_size,
                divider: self.settings.divider,
                review: self.marks.log(),
                redline: self.settings.redline,
                scroll,
                badges: self.story.badges().map(|(_, _, b)| b.as_slice()),
                story_versions: self.story.versions(),
            };
            let (asked, seen) = view::document_ui(ui, &input, &mut self.layout);
            commands.extend(asked);
            self.review.set_seen(seen);
        });
    }
}

impl eframe::App for SyndiffApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands: Vec<Command> = self.worker_answer();
        commands.extend(self.dialog_answers());
        let divider_x = self.seen().divider_x;
        let find_open = self.review.find().open;
        let focus = Focus::of(ui.ctx(), find_open, self.chrome.show_help());
        commands.extend(input::keyboard(ui.ctx(), focus));
        commands.extend(input::dropped_files(ui.ctx(), divider_x));
        dialogs::drop_target_ui(ui.ctx(), divider_x);
        commands.extend(panels::toolbar_ui(ui, self));
        commands.extend(panels::errors_ui(
            ui,
            self.chrome.errors(),
            self.chrome.notice(),
        ));
        if find_open {
            commands.extend(crate::gui::find::find_ui(ui, self.review.find()));
        }
        // The summary is the pair's: the story view has its own figures.
        if self.settings.show_summary && !self.story.shown() {
            commands.extend(summary::summary_ui(
                ui,
                &self.pair,
                &self.review,
                &self.marks,
            ));
        }
        let chrome = &self.chrome;
        commands.extend(dialogs::options_ui(
            ui.ctx(),
            chrome.show_options(),
            &self.settings,
        ));
        commands.extend(dialogs::help_ui(ui.ctx(), chrome.show_help()));
        commands.extend(dialogs::address_ui(ui.ctx(), chrome.address()));
        commands.extend(dialogs::overwrite_ui(ui.ctx(), chrome.confirm_overwrite()));
        self.central_ui(ui, &mut commands);
        for command in commands {
            self.apply(command);
        }
        if self.review.scroll_pending() {
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
