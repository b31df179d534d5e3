//! The toolbar's menus of sources: Paste (the clipboard as either side,
//! and saving what was pasted) and Recent (pairs, then single files).
//! Like every `*_ui` function they read state and return commands.

use egui::Ui;

use super::app::SyndiffApp;
use super::jobs::Source;
use super::settings::Settings;
use super::shortcuts;
use super::{Command, FilesCommand, SideSel};
use crate::report::wording;

/// The Paste menu: the clipboard's text as either side, and saving a side
/// that was pasted.
pub fn paste_ui(ui: &mut Ui, app: &SyndiffApp, out: &mut Vec<Command>) {
    for (label, side) in [
        ("Paste as left", SideSel::Left),
        ("Paste as right", SideSel::Right),
    ] {
        let command = Command::Files(FilesCommand::PasteAs(side));
        let hint = shortcuts::keys_for(&command).unwrap_or_default();
        if ui.button(label).on_hover_text(hint).clicked() {
            out.push(command);
            ui.close();
        }
    }
    for (label, side) in [
        ("Save the pasted left text…", SideSel::Left),
        ("Save the pasted right text…", SideSel::Right),
    ] {
        let pasted = matches!(app.pair().source(side), Source::Pasted(_));
        if ui.add_enabled(pasted, egui::Button::new(label)).clicked() {
            out.push(Command::Files(FilesCommand::SavePasted(side)));
            ui.close();
        }
    }
}

/// The Recent menu: pairs compared (a click opens both sides), then
/// single files to open on either side.
pub fn recent_ui(ui: &mut Ui, settings: &Settings, out: &mut Vec<Command>) {
    if settings.recent_pairs.is_empty() && settings.recent_files.is_empty() {
        ui.label(crate::report::wording::NOTHING_OPENED);
        return;
    }
    if !settings.recent_pairs.is_empty() {
        ui.strong("Pairs");
    }
    for (left, right) in &settings.recent_pairs {
        let label = wording::pair_name(left, right);
        let full = format!("Left: {}\nRight: {}", left.display(), right.display());
        if ui.button(label).on_hover_text(full).clicked() {
            out.push(Command::Files(FilesCommand::OpenPair(
                left.clone(),
                right.clone(),
            )));
            ui.close();
        }
    }
    if !settings.recent_files.is_empty() {
        ui.separator();
        ui.strong("Files");
    }
    for path in &settings.recent_files {
        ui.horizontal(|ui| {
            ui.label(path.display().to_string());
            if ui.button("Left").clicked() {
                out.push(Command::Files(FilesCommand::Load(
                    SideSel::Left,
                    path.clone(),
                )));
            }
            if ui.button("Right").clicked() {
                out.push(Command::Files(FilesCommand::Load(
                    SideSel::Right,
                    path.clone(),
                )));
            }
        });
    }
}
