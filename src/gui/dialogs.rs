//! The windows that float over the app: options, help, the question
//! before replacing a file, and the outline of where a dragged file will
//! land. Each a `*_ui` function that reads state and returns [`Command`]s.

use super::input;
use super::settings::{Settings, ThemeChoice};
use super::shortcuts;
use super::{ChromeCommand, Command, FilesCommand, SettingsCommand, SideSel};
use crate::report::wording;

/// The options window.
pub fn options_ui(ctx: &egui::Context, open: bool, settings: &Settings) -> Vec<Command> {
    let mut out = Vec::new();
    if !open {
        return out;
    }
    let mut s = settings.clone();
    let mut keep_open = true;
    egui::Window::new("Options")
        .open(&mut keep_open)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label("Ignore when matching (the text shown never changes):");
            ui.checkbox(&mut s.normalization.ignore_case, "Ignore case");
            ui.checkbox(
                &mut s.normalization.ignore_punctuation,
                "Ignore punctuation",
            );
            ui.checkbox(
                &mut s.normalization.quotes,
                "Normalise quotes (“ ” ‘ ’ = \" ')",
            );
            ui.checkbox(&mut s.normalization.dashes, "Normalise dashes (– — = -)");
            ui.checkbox(&mut s.normalization.whitespace, "Normalise whitespace");
            ui.separator();
            ui.checkbox(&mut s.hide_unchanged, "Hide unchanged paragraphs");
            ui.checkbox(
                &mut s.hide_boilerplate,
                "Hide boilerplate (Also Read, prompts, credits, ads)",
            );
            ui.checkbox(&mut s.step_into_boilerplate, wording::STEP_INTO_BOILERPLATE);
            ui.checkbox(
                &mut s.whole_page,
                "Web pages: compare the whole page, not only the article",
            );
            ui.add(egui::Slider::new(&mut s.font_size, 9.0..=32.0).text("Font size"));
            ui.horizontal(|ui| {
                ui.label("Theme:");
                ui.radio_value(&mut s.theme, ThemeChoice::Light, "Light");
                ui.radio_value(&mut s.theme, ThemeChoice::Dark, "Dark");
                ui.radio_value(&mut s.theme, ThemeChoice::System, "Follow system");
            });
        });
    s.normalization.ellipsis = s.normalization.dashes;
    if s != *settings {
        out.push(Command::Settings(SettingsCommand::SetSettings(Box::new(s))));
    }
    if !keep_open {
        out.push(Command::Chrome(ChromeCommand::ToggleOptions));
    }
    out
}

/// The help window with the shortcuts.
pub fn help_ui(ctx: &egui::Context, open: bool) -> Vec<Command> {
    let mut out = Vec::new();
    if !open {
        return out;
    }
    let mut keep_open = true;
    // Never wider or taller than the window (at 800×600 its right edge
    // was cut off): the lines wrap and the rest scrolls.
    let screen = ctx.content_rect();
    egui::Window::new("Help")
        .open(&mut keep_open)
        .default_width((screen.width() - 48.0).min(720.0))
        .max_width(screen.width() - 24.0)
        .max_height(screen.height() - 80.0)
        .vscroll(true)
        .show(ctx, |ui| {
            ui.label(wording::help_marks(&wording::symbol_legend()));
            ui.collapsing(wording::LEGEND_TITLE, super::legend::legend_ui);
            ui.separator();
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for shortcut in shortcuts::table() {
                    ui.monospace(shortcut.keys());
                    ui.add(egui::Label::new(shortcut.does).wrap());
                    ui.end_row();
                }
            });
        });
    if !keep_open {
        out.push(Command::Chrome(ChromeCommand::ToggleHelp));
    }
    out
}

/// The "Open a web address" window: an address field and a button for
/// each side. The page is fetched on the worker, with progress shown in
/// the toolbar.
pub fn address_ui(ctx: &egui::Context, address: Option<&str>) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(address) = address else {
        return out;
    };
    let mut keep_open = true;
    egui::Window::new("Open a web address")
        .open(&mut keep_open)
        .collapsible(false)
        .show(ctx, |ui| {
            let mut typed = address.to_owned();
            let id = egui::Id::unique("address-field");
            let field = ui.add(
                egui::TextEdit::singleline(&mut typed)
                    .id(id)
                    .hint_text("https://…")
                    .desired_width(420.0),
            );
            if !ui.memory(|m| m.has_focus(id)) && address.is_empty() {
                field.request_focus();
            }
            if field.changed() {
                out.push(Command::Chrome(ChromeCommand::SetAddress(typed.clone())));
            }
            let valid = crate::engine::fetch::is_address(&typed);
            if !valid && !typed.is_empty() {
                ui.weak(wording::ADDRESS_FORM_HINT);
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered && valid {
                out.push(Command::Files(FilesCommand::OpenAddress(
                    SideSel::Right,
                    typed.clone(),
                )));
            }
            ui.weak(wording::ADDRESS_ENTER_HINT);
            ui.horizontal(|ui| {
                for (label, side) in [
                    ("Open on the left", SideSel::Left),
                    ("Open on the right", SideSel::Right),
                ] {
                    if ui.add_enabled(valid, egui::Button::new(label)).clicked() {
                        out.push(Command::Files(FilesCommand::OpenAddress(
                            side,
                            typed.clone(),
                        )));
                    }
                }
            });
        });
    if !keep_open {
        out.push(Command::Chrome(ChromeCommand::ToggleAddress));
    }
    out
}

/// Asks before an export overwrites a file.
pub fn overwrite_ui(ctx: &egui::Context, path: Option<&std::path::Path>) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(path) = path else { return out };
    egui::Modal::new(egui::Id::unique("confirm-overwrite")).show(ctx, |ui| {
        ui.label(wording::replace_question(path));
        ui.horizontal(|ui| {
            if ui.button("Replace").clicked() {
                out.push(Command::Files(FilesCommand::ConfirmOverwrite(true)));
            }
            if ui.button("Cancel").clicked() {
                out.push(Command::Files(FilesCommand::ConfirmOverwrite(false)));
            }
        });
    });
    out
}

/// While files are dragged over the window: which side they will open on
/// (split at the column divider, `divider_x`, as last drawn).
pub fn drop_target_ui(ctx: &egui::Context, divider_x: Option<f32>) {
    let (count, pos, screen) = ctx.input(|i| {
        (
            i.raw.hovered_files.len(),
            i.pointer.latest_pos(),
            i.content_rect(),
        )
    });
    if count == 0 {
        return;
    }
    let (left_half, right_half) =
        screen.split_left_right_at_x(divider_x.unwrap_or(screen.center().x));
    let (target, text) = if count >= 3 {
        (screen, wording::DROP_AS_STORY)
    } else if count == 1 {
        match input::side_at(pos, screen, divider_x) {
            SideSel::Left => (left_half, wording::DROP_ON_LEFT),
            SideSel::Right => (right_half, wording::DROP_ON_RIGHT),
        }
    } else {
        (screen, wording::DROP_AS_PAIR)
    };
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-target"));
    let accent = ctx.global_style().visuals.selection.bg_fill;
    ctx.layer_painter(layer).rect(
        target.shrink(4.0),
        8.0,
        accent.gamma_multiply(0.25),
        egui::Stroke::new(3.0, accent),
        egui::StrokeKind::Inside,
    );
    egui::Area::new(egui::Id::unique("drop-target-label"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::CENTER_CENTER)
        .fixed_pos(target.center())
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.heading(text);
            });
        });
}
