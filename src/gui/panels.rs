//! The panels around the document: toolbar, header, messages, find bar and
//! summary, each a `*_ui` function that reads state and returns
//! [`Command`]s. The windows that float over them are in
//! [`super::dialogs`].

use crate::report::wording;
use egui::{Key, Ui};

use super::app::SyndiffApp;
use super::find::FindState;
use super::{Command, OutputFormat, SideSel, SAMPLES};

/// The toolbar.
pub fn toolbar_ui(ui: &mut Ui, app: &SyndiffApp) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Open left…").on_hover_text("Ctrl+O").clicked() {
                out.push(Command::OpenDialog(SideSel::Left));
            }
            if ui
                .button("Open right…")
                .on_hover_text("Ctrl+Shift+O")
                .clicked()
            {
                out.push(Command::OpenDialog(SideSel::Right));
            }
            if ui.button("Swap sides").clicked() {
                out.push(Command::Swap);
            }
            if ui.button("Reload").on_hover_text("Ctrl+R").clicked() {
                out.push(Command::Reload);
            }
            ui.menu_button("Recent", |ui| {
                if app.settings.recent_files.is_empty() {
                    ui.label("No recent files yet");
                }
                for path in &app.settings.recent_files {
                    ui.horizontal(|ui| {
                        ui.label(path.display().to_string());
                        if ui.button("Left").clicked() {
                            out.push(Command::Load(SideSel::Left, path.clone()));
                        }
                        if ui.button("Right").clicked() {
                            out.push(Command::Load(SideSel::Right, path.clone()));
                        }
                    });
                }
            });
            ui.menu_button("Samples", |ui| {
                for (i, (name, _)) in SAMPLES.iter().enumerate().skip(1) {
                    if ui.button(format!("000 bare body ↔ {name}")).clicked() {
                        out.push(Command::OpenSample(0, i));
                    }
                }
                if ui.button("002 ↔ 003 (independent reports)").clicked() {
                    out.push(Command::OpenSample(2, 3));
                }
            });
            if ui
                .button("Save comparison as JSON…")
                .on_hover_text("Ctrl+S")
                .clicked()
            {
                out.push(Command::ExportDialog(OutputFormat::Json));
            }
            if ui
                .button("Export report…")
                .on_hover_text("Ctrl+E: a self-contained HTML report to share")
                .clicked()
            {
                out.push(Command::ExportDialog(OutputFormat::Html));
            }
            ui.separator();
            let has_changes = !app.changes.is_empty();
            if ui
                .add_enabled(has_changes, egui::Button::new("Previous change"))
                .on_hover_text("Shift+F7 or Alt+Up")
                .clicked()
            {
                out.push(Command::PreviousChange);
            }
            if ui
                .add_enabled(has_changes, egui::Button::new("Next change"))
                .on_hover_text("F7 or Alt+Down")
                .clicked()
            {
                out.push(Command::NextChange);
            }
            let position = match app.current_change {
                Some(c) => format!("change {} of {}", c + 1, app.changes.len()),
                None => format!("{} changes", app.changes.len()),
            };
            ui.label(position);
            ui.separator();
            if ui.button("Find").on_hover_text("Ctrl+F").clicked() {
                out.push(Command::OpenFind);
            }
            if ui
                .selectable_label(app.settings.show_summary, "Summary")
                .on_hover_text("F9")
                .clicked()
            {
                out.push(Command::ToggleSummary);
            }
            let boilerplate = app
                .comparison
                .as_ref()
                .map_or(0, |c| c.stats.boilerplate.units);
            if ui
                .selectable_label(
                    app.settings.hide_boilerplate,
                    format!("Hide boilerplate ({boilerplate})"),
                )
                .on_hover_text(
                    "Ctrl+B: hide or show web furniture (Also Read, prompts, credits, ads)",
                )
                .clicked()
            {
                out.push(Command::ToggleBoilerplate);
            }
            if ui.button("Options").on_hover_text("Ctrl+,").clicked() {
                out.push(Command::ToggleOptions);
            }
            if ui.button("Help").on_hover_text("F1").clicked() {
                out.push(Command::ToggleHelp);
            }
            if let Some((stage, seconds)) = app.progress() {
                ui.spinner();
                ui.label(stage.describe());
                // Quick comparisons finish before a count would help.
                if seconds >= 0.5 {
                    ui.label(format!("{seconds:.1} s"));
                }
            }
        });
    });
    out
}

/// The file names above the two columns.
pub fn header_ui(ui: &mut Ui, app: &SyndiffApp) -> Vec<Command> {
    let out = Vec::new();
    let describe = |source: &super::app::Source, doc: &Option<std::sync::Arc<crate::Document>>| {
        let encoding = doc.as_ref().map_or(String::new(), |d| match d.format {
            crate::Format::Text => format!("  ({})", d.encoding),
            format => format!("  ({}, {})", d.encoding, wording::format_name(format)),
        });
        format!("{}{encoding}", source.name())
    };
    ui.columns(2, |cols| {
        cols[0].strong(format!(
            "Left: {}",
            describe(&app.left_source, &app.left_doc)
        ));
        cols[1].strong(format!(
            "Right: {}",
            describe(&app.right_source, &app.right_doc)
        ));
    });
    if let Some(sentence) = app.comparison.as_deref().and_then(wording::verdict) {
        ui.label(egui::RichText::new(sentence).strong());
    }
    ui.separator();
    out
}

/// Dismissable error messages.
pub fn errors_ui(ui: &mut Ui, errors: &[String]) -> Vec<Command> {
    let mut out = Vec::new();
    if errors.is_empty() {
        return out;
    }
    egui::Panel::top("errors").show(ui, |ui| {
        for (i, message) in errors.iter().enumerate() {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().error_fg_color, format!("Error: {message}"));
                if ui.button("Dismiss").clicked() {
                    out.push(Command::DismissError(i));
                }
            });
        }
    });
    out
}

/// The find bar.
pub fn find_ui(ui: &mut Ui, find: &FindState) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("find").show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label("Find:");
            let mut query = find.query.clone();
            let edit = ui
                .add(egui::TextEdit::singleline(&mut query).hint_text("text in either pane"))
                .labelled_by(label.id);
            if !edit.has_focus() && find.query.is_empty() {
                edit.request_focus();
            }
            if edit.changed() {
                out.push(Command::SetFind(query));
            }
            if edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                out.push(Command::FindNext(!ui.input(|i| i.modifiers.shift)));
                edit.request_focus();
            }
            let status = match (find.hits.len(), find.current) {
                (0, _) if !find.query.is_empty() => "no matches".to_owned(),
                (0, _) => String::new(),
                (n, Some(c)) => format!("match {} of {n}", c + 1),
                (n, None) => format!("{n} matches"),
            };
            if ui.button("Previous match").clicked() {
                out.push(Command::FindNext(false));
            }
            if ui.button("Next match").clicked() {
                out.push(Command::FindNext(true));
            }
            ui.label(status);
            if ui.button("Close find").clicked() {
                out.push(Command::CloseFind);
            }
        });
    });
    out
}

/// The summary panel with the clickable list of changes.
pub fn summary_ui(ui: &mut Ui, app: &SyndiffApp) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(cmp) = &app.comparison else {
        return out;
    };
    egui::Panel::right("summary")
        .resizable(true)
        .default_size(280.0)
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
            ui.separator();
            ui.strong(format!("Changes ({})", app.changes.len()));
            let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
            egui::ScrollArea::vertical()
                .id_salt("change-list")
                .auto_shrink(false)
                .show_rows(ui, row_height, app.changes.len(), |ui, range| {
                    for i in range {
                        let unit = &cmp.units[app.changes[i]];
                        let (symbol, name) = (
                            wording::kind_symbol(unit.kind),
                            wording::kind_name(unit.kind),
                        );
                        let span = unit
                            .right_span()
                            .map(|s| (&cmp.right.text, s))
                            .or(unit.left_span().map(|s| (&cmp.left.text, s)));
                        let preview: String = span.map_or(String::new(), |(t, s)| {
                            t[s.range()]
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                                .chars()
                                .take(48)
                                .collect()
                        });
                        let selected = app.current_change == Some(i);
                        let mut text = egui::RichText::new(format!("{symbol} {name}: {preview}"));
                        if unit.boilerplate.is_some() {
                            text = egui::RichText::new(format!(
                                "{symbol} {name} (boilerplate): {preview}"
                            ))
                            .weak();
                        }
                        if ui.selectable_label(selected, text).clicked() {
                            out.push(Command::GoToChange(i));
                        }
                    }
                });
        });
    out
}
