//! What runs each frame: take in finished work, collect the commands of
//! every `*_ui` function, then apply them in one place. It sits above the
//! app's state and the panels that read it, so neither needs the other.

use crate::gui::app::SyndiffApp;
use crate::gui::input::{self, Focus};
use crate::gui::{dialogs, find, legend, panels, story, summary, Command};

/// The central panel: the story view, or the pair's names and its
/// document view.
fn central_ui(app: &mut SyndiffApp, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    egui::CentralPanel::default().show(ui, |ui| {
        let part = app.story();
        if let Some(shown) = part.story().filter(|_| part.shown()) {
            commands.extend(story::story_ui(ui, shown, part.quote()));
            return;
        }
        let divider_x = app.seen().divider_x;
        let redline = app.settings().redline;
        commands.extend(panels::header_ui(ui, app.pair(), divider_x, redline));
        commands.extend(app.document_ui(ui));
    });
}

impl eframe::App for SyndiffApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands: Vec<Command> = self.arrivals();
        let divider_x = self.seen().divider_x;
        let find_open = self.reading().find().open;
        let chrome = self.chrome();
        let focus = Focus::of(
            ui.ctx(),
            find_open,
            chrome.show_help(),
            chrome.show_options(),
        );
        commands.extend(input::keyboard(ui.ctx(), focus));
        commands.extend(input::dropped_files(ui.ctx(), divider_x));
        dialogs::drop_target_ui(ui.ctx(), divider_x);
        commands.extend(panels::toolbar_ui(ui, self));
        commands.extend(panels::errors_ui(
            ui,
            self.chrome().errors(),
            self.chrome().notice(),
        ));
        if find_open {
            commands.extend(find::find_ui(ui, self.reading().find()));
        }
        // The summary is the pair's: the story view has its own figures.
        if self.settings().show_summary && !self.story().shown() {
            commands.extend(summary::summary_ui(
                ui,
                self.pair(),
                self.reading(),
                self.marks(),
            ));
        }
        let chrome = self.chrome();
        commands.extend(dialogs::options_ui(
            ui.ctx(),
            chrome.show_options(),
            self.settings(),
        ));
        commands.extend(dialogs::help_ui(ui.ctx(), chrome.show_help()));
        commands.extend(legend::legend_window_ui(ui.ctx(), chrome.show_legend()));
        commands.extend(dialogs::address_ui(ui.ctx(), chrome.address()));
        commands.extend(dialogs::overwrite_ui(ui.ctx(), chrome.confirm_overwrite()));
        central_ui(self, ui, &mut commands);
        for command in commands {
            self.apply(command);
        }
        if self.scroll_pending() {
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_settings(storage);
    }
}
