//! What runs each frame: take in finished work, collect the commands of
//! every `*_ui` function, then apply them in one place.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::{Pending, Source, SyndiffApp, SETTINGS_KEY};
use crate::gui::input::{self, Focus};
use crate::gui::picker::PickOutcome;
use crate::gui::view::{self, ViewInput};
use crate::gui::{dialogs, panels, Command};

impl SyndiffApp {
    /// Takes in finished comparisons and dialog answers.
    fn poll(&mut self) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(outcome) = self.worker.poll() {
            match outcome.result {
                Ok(done) => {
                    self.left_doc = Some(done.left);
                    self.right_doc = Some(done.right);
                    self.comparison = Some(done.comparison);
                    self.rebuild_changes();
                    self.expanded.clear();
                    self.hot = None;
                    self.rebuild_rows();
                    self.update_find();
                    if let (Source::File(l), Source::File(r)) =
                        (&self.left_source, &self.right_source)
                    {
                        self.settings.last_left = Some(l.clone());
                        self.settings.last_right = Some(r.clone());
                    }
                    let title = format!(
                        "{} ↔ {} — syndiff",
                        self.left_source.name(),
                        self.right_source.name()
                    );
                    self.ctx
                        .send_viewport_cmd(egui::ViewportCommand::Title(title));
                }
                Err(message) => self.errors.push(message),
            }
        }
        let mut still = Vec::new();
        for pending in self.pending.drain(..) {
            let (receiver, on_pick): (&Receiver<PickOutcome>, Box<dyn Fn(PathBuf) -> Command>) =
                match &pending {
                    Pending::Open(side, r) => {
                        let side = *side;
                        (r, Box::new(move |p| Command::Load(side, p)))
                    }
                    Pending::Save(kind, r) => {
                        let kind = *kind;
                        (r, Box::new(move |p| Command::Export(kind, p)))
                    }
                };
            match receiver.try_recv() {
                Ok(PickOutcome::Picked(path)) => commands.push(on_pick(path)),
                Ok(PickOutcome::Cancelled) => {}
                Ok(PickOutcome::Unavailable(message)) => self.errors.push(message),
                Err(std::sync::mpsc::TryRecvError::Empty) => still.push(pending),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {}
            }
        }
        self.pending = still;
        commands
    }
}

impl eframe::App for SyndiffApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = self.poll();
        let focus = Focus::of(ui.ctx(), self.find.open);
        commands.extend(input::keyboard(ui.ctx(), focus));
        commands.extend(input::dropped_files(ui.ctx(), self.layout.divider_x));
        dialogs::drop_target_ui(ui.ctx(), self.layout.divider_x);
        commands.extend(panels::toolbar_ui(ui, self));
        commands.extend(panels::errors_ui(ui, &self.errors));
        if self.find.open {
            commands.extend(panels::find_ui(ui, &self.find));
        }
        if self.settings.show_summary {
            commands.extend(panels::summary_ui(ui, self));
        }
        commands.extend(dialogs::options_ui(
            ui.ctx(),
            self.show_options,
            &self.settings,
        ));
        commands.extend(dialogs::help_ui(ui.ctx(), self.show_help));
        commands.extend(dialogs::overwrite_ui(
            ui.ctx(),
            self.confirm_overwrite.as_ref().map(|(_, p)| p.as_path()),
        ));
        let scroll = self.scroll.take();
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(panels::header_ui(ui, self));
            if let Some(cmp) = self.comparison.clone() {
                let input = ViewInput {
                    cmp: &cmp,
                    rows: &self.rows,
                    version: self.view_version,
                    current_unit: self
                        .current_change
                        .and_then(|c| self.changes.get(c).copied()),
                    hot: self.hot,
                    found: &self.find.by_cell,
                    font_size: self.settings.font_size,
                    divider: self.settings.divider,
                    scroll,
                };
                commands.extend(view::document_ui(ui, &input, &mut self.layout));
            } else if self.is_busy() {
                ui.centered_and_justified(|ui| ui.spinner());
            }
        });
        for command in commands {
            self.apply(command);
        }
        if self.scroll.is_some() {
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
