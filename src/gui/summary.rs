//! The summary panel beside the document: the comparison's figures, the
//! shared passages, the review of the current change (reviewed, and a
//! note) and the list of changes, each ticked off as it is reviewed, as in
//! Word's Revisions pane. `*_ui` functions read state and return
//! [`Command`]s.

use egui::Ui;

use super::app::{Marks, Pair, Reading};
use super::shortcuts;
use super::{Command, MarkCommand, ReadingCommand, SideSel};
use crate::engine::model::Comparison;
use crate::report::wording;
use crate::review::ReviewLog;

/// The summary panel with the clickable list of changes.
pub fn summary_ui(ui: &mut Ui, pair: &Pair, reading: &Reading, marks: &Marks) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(cmp) = pair.comparison() else {
        return out;
    };
    // A quarter of a small window at most, so the text columns keep room;
    // the reader can drag it wider or hide it (F9).
    let width = (ui.available_width() * 0.25).clamp(140.0, 280.0);
    egui::Panel::right("summary")
        .resizable(true)
        .default_size(width)
        .min_size(120.0)
        .show(ui, |ui| {
            ui.heading("Summary");
            for line in wording::summary_lines(cmp) {
                let label = egui::RichText::new(wording::capitalized(line.label)).strong();
                if line.label == "note" {
                    ui.colored_label(ui.visuals().warn_fg_color, label);
                } else {
                    ui.label(label);
                }
                ui.label(line.value);
                ui.add_space(2.0);
            }
            passages_ui(ui, cmp, &mut out);
            ui.separator();
            if let Some(log) = marks.log() {
                current_change_ui(ui, cmp, reading, log, &mut out);
            }
            change_list_ui(ui, cmp, reading, marks.log(), &mut out);
        });
    out
}

/// The current change's review: a box to tick and a note to type.
fn current_change_ui(
    ui: &mut Ui,
    cmp: &Comparison,
    reading: &Reading,
    log: &ReviewLog,
    out: &mut Vec<Command>,
) {
    let Some((index, u)) = reading.current_change().zip(reading.current_unit()) else {
        ui.weak(wording::STEP_TO_REVIEW);
        return;
    };
    let unit = &cmp.units[u];
    ui.strong(wording::change_of(index, reading.changes().len()));
    let mut reviewed = log.is_reviewed(unit);
    let hint =
        shortcuts::keys_for(&Command::Marks(MarkCommand::ToggleReviewed)).unwrap_or_default();
    if ui
        .checkbox(&mut reviewed, "Reviewed")
        .on_hover_text(hint)
        .changed()
    {
        out.push(Command::Marks(MarkCommand::SetReviewed(u, reviewed)));
    }
    let mut note = log.note(unit).to_owned();
    let field = egui::TextEdit::singleline(&mut note)
        .hint_text(wording::NOTE_HINT)
        .desired_width(f32::INFINITY);
    if ui.add(field).changed() {
        out.push(Command::Marks(MarkCommand::SetNote(u, note)));
    }
    ui.separator();
}

/// The list of changes: a tick box and a link to each.
fn change_list_ui(
    ui: &mut Ui,
    cmp: &Comparison,
    reading: &Reading,
    log: Option<&ReviewLog>,
    out: &mut Vec<Command>,
) {
    let changes = reading.changes();
    ui.strong(format!("Changes ({})", changes.len()));
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body) + 4.0);
    egui::ScrollArea::vertical()
        .id_salt("change-list")
        .auto_shrink(false)
        .show_rows(ui, row_height, changes.len(), |ui, range| {
            for i in range {
                let u = changes[i];
                let unit = &cmp.units[u];
                ui.horizontal(|ui| {
                    if let Some(log) = log {
                        let mut reviewed = log.is_reviewed(unit);
                        let tick = ui
                            .checkbox(&mut reviewed, "")
                            .on_hover_text(format!("Change {} reviewed", i + 1));
                        if tick.changed() {
                            out.push(Command::Marks(MarkCommand::SetReviewed(u, reviewed)));
                        }
                    }
                    let mut text = egui::RichText::new(wording::change_entry(cmp, unit, 48));
                    if unit.boilerplate.is_some() {
                        text = text.weak();
                    }
                    let selected = reading.current_change() == Some(i);
                    let label = egui::Button::selectable(selected, text).truncate();
                    if ui.add(label).clicked() {
                        out.push(Command::Reading(ReadingCommand::GoToChange(i)));
                    }
                });
            }
        });
}

/// The passages both sides carry that the view shows as changed, each with
/// where it stands on both sides; a click shows its right end.
fn passages_ui(ui: &mut Ui, cmp: &crate::engine::model::Comparison, out: &mut Vec<Command>) {
    if cmp.links.is_empty() {
        return;
    }
    ui.separator();
    egui::CollapsingHeader::new(wording::shared_passages(cmp.links.len()))
        .default_open(true)
        .show(ui, |ui| {
            // Only the entries in view are made: a long pair has thousands.
            let row_height = ui.spacing().interact_size.y;
            egui::ScrollArea::vertical()
                .id_salt("passages")
                .max_height(160.0)
                .show_rows(ui, row_height, cmp.links.len(), |ui, range| {
                    for i in range {
                        let link = &cmp.links[i];
                        let quote =
                            wording::shorten(&cmp.right.document.text[link.right.range()], 60);
                        let text = format!(
                            "{} ({}): “{quote}”",
                            wording::link_place(cmp, link),
                            wording::link_kind(link)
                        );
                        let entry = egui::Button::selectable(false, text.as_str()).truncate();
                        if ui.add(entry).on_hover_text(&text).clicked() {
                            out.push(Command::Reading(ReadingCommand::GoToLink(
                                i,
                                SideSel::Right,
                            )));
                        }
                    }
                });
        });
}
