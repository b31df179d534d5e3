//! The panels around the document: toolbar, header, messages and
//! summary, each a `*_ui` function that reads state and returns
//! [`Command`]s. The windows that float over them are in
//! [`super::dialogs`].

use crate::report::wording;
use egui::Ui;

use super::app::{Pair, Reading, SyndiffApp};
use super::menus;
use super::shortcuts;
use super::{
    ChromeCommand, Command, FilesCommand, MarkCommand, OutputFormat, ReadingCommand,
    SettingsCommand, SideSel, StoryCommand, SAMPLES,
};

/// A button that sends `command`, with its shortcut (from the one table)
/// and `why` in the hover text.
fn command_button(
    ui: &mut Ui,
    enabled: bool,
    label: &str,
    why: &str,
    command: Command,
    out: &mut Vec<Command>,
) {
    let hint = match (shortcuts::keys_for(&command), why.is_empty()) {
        (Some(keys), true) => keys,
        (Some(keys), false) => format!("{keys}: {why}"),
        (None, _) => why.to_owned(),
    };
    let mut response = ui.add_enabled(enabled, egui::Button::new(label));
    if !hint.is_empty() {
        response = response.on_hover_text(hint);
    }
    if response.clicked() {
        out.push(command);
    }
}

/// The toolbar.
pub fn toolbar_ui(ui: &mut Ui, app: &SyndiffApp) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            files_ui(ui, app, &mut out);
            ui.separator();
            // The story view has its own toolbar: the pair's counter,
            // lenses and redline say nothing about it.
            if app.story().shown() && app.story().story().is_some() {
                story_toggle_ui(ui, app, &mut out);
                windows_ui(ui, &mut out);
            } else {
                changes_ui(ui, app.reading(), &mut out);
                review_progress_ui(ui, app);
                ui.separator();
                toggles_ui(ui, app, &mut out);
            }
            story_progress_ui(ui, app);
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

/// Opening files, recent files, samples, exports.
fn files_ui(ui: &mut Ui, app: &SyndiffApp, out: &mut Vec<Command>) {
    let settings = app.settings();
    let opening = [
        (
            "Open left…",
            "",
            Command::Files(FilesCommand::OpenDialog(SideSel::Left)),
        ),
        (
            "Open right…",
            "",
            Command::Files(FilesCommand::OpenDialog(SideSel::Right)),
        ),
        (
            "Open address…",
            "a web page, fetched and read as its article",
            Command::Chrome(ChromeCommand::ToggleAddress),
        ),
        (
            "Open versions…",
            "several versions of one story at once (choose three or more files)",
            Command::Story(StoryCommand::OpenStoryDialog),
        ),
        ("Swap sides", "", Command::Files(FilesCommand::Swap)),
        ("Reload", "", Command::Files(FilesCommand::Reload)),
    ];
    for (label, hint, command) in opening {
        command_button(ui, true, label, hint, command, out);
    }
    ui.menu_button("Paste", |ui| menus::paste_ui(ui, app, out));
    ui.menu_button("Recent", |ui| menus::recent_ui(ui, settings, out));
    ui.menu_button("Samples", |ui| {
        for (i, (name, _)) in SAMPLES.iter().enumerate().skip(1) {
            if ui.button(format!("000 bare body vs {name}")).clicked() {
                out.push(Command::Files(FilesCommand::OpenSample(0, i)));
            }
        }
        if ui.button("002 vs 003 (independent reports)").clicked() {
            out.push(Command::Files(FilesCommand::OpenSample(2, 3)));
        }
        ui.separator();
        if ui.button("All five samples as a story").clicked() {
            out.push(Command::Story(StoryCommand::OpenSampleStory));
        }
    });
    let exports = [
        ("Save comparison as JSON…", "", OutputFormat::Json),
        (
            "Export report…",
            "a self-contained HTML report to share",
            OutputFormat::Html,
        ),
        (
            "Export text…",
            "the report with [-removed-]{+added+} marks",
            OutputFormat::Text,
        ),
    ];
    for (label, hint, format) in exports {
        let command = Command::Files(FilesCommand::ExportDialog(format));
        command_button(ui, true, label, hint, command, out);
    }
}

/// Stepping through the changes, and where the reader is among them.
fn changes_ui(ui: &mut Ui, reading: &Reading, out: &mut Vec<Command>) {
    let count = reading.changes().len();
    command_button(
        ui,
        count > 0,
        "Previous change",
        "",
        Command::Reading(ReadingCommand::PreviousChange),
        out,
    );
    command_button(
        ui,
        count > 0,
        "Next change",
        "",
        Command::Reading(ReadingCommand::NextChange),
        out,
    );
    let counter = wording::change_counter(reading.current_change_in_view(), count);
    // A fixed width, so the buttons after it do not jump as it counts.
    let height = ui.spacing().interact_size.y;
    ui.add_sized([130.0, height], egui::Label::new(counter));
}

/// How far the review got: "12 of 37 reviewed", at a fixed width.
fn review_progress_ui(ui: &mut Ui, app: &SyndiffApp) {
    if app.marks().log().is_none() {
        return;
    }
    let (reviewed, changes, notes) = app.marks().progress();
    let height = ui.spacing().interact_size.y;
    let hint =
        shortcuts::keys_for(&Command::Marks(MarkCommand::NextUnreviewed)).unwrap_or_default();
    ui.add_sized(
        [150.0, height],
        egui::Label::new(wording::reviewed_of(reviewed, changes)),
    )
    .on_hover_text(format!(
        "{}. Next not reviewed: {hint}",
        wording::review_progress(reviewed, changes, notes)
    ));
}

/// A story being read: which step, and a bar while files are read.
fn story_progress_ui(ui: &mut Ui, app: &SyndiffApp) {
    let Some((step, seconds)) = app.story().progress() else {
        return;
    };
    ui.spinner();
    ui.label(crate::report::story::story_progress(step));
    if let crate::engine::story::Step::Reading { read, total } = step {
        let fraction = read as f32 / total.max(1) as f32;
        ui.add(egui::ProgressBar::new(fraction).desired_width(120.0));
    }
    if seconds >= 0.5 {
        ui.label(format!("{seconds:.1} s"));
    }
}

/// Find, the story, the summary, boilerplate, options and help.
fn toggles_ui(ui: &mut Ui, app: &SyndiffApp, out: &mut Vec<Command>) {
    command_button(
        ui,
        true,
        "Find",
        "",
        Command::Reading(ReadingCommand::OpenFind),
        out,
    );
    let settings = app.settings();
    story_toggle_ui(ui, app, out);
    toggle(
        ui,
        settings.redline,
        "Redline".into(),
        Command::Settings(SettingsCommand::ToggleRedline),
        out,
    );
    toggle(
        ui,
        settings.show_summary,
        "Summary".into(),
        Command::Settings(SettingsCommand::ToggleSummary),
        out,
    );
    let boilerplate = app
        .pair()
        .comparison()
        .map_or(0, |c| c.stats.boilerplate.units);
    toggle(
        ui,
        settings.hide_boilerplate,
        format!("Hide boilerplate ({boilerplate})"),
        Command::Settings(SettingsCommand::ToggleBoilerplate),
        out,
    );
    let material = app
        .pair()
        .comparison()
        .map_or(0, |c| crate::report::material::material_entries(c));
    toggle(
        ui,
        settings.material_only,
        format!("Material only ({material})"),
        Command::Settings(SettingsCommand::ToggleMaterialOnly),
        out,
    );
    windows_ui(ui, out);
}

/// A toggle button that sends `command`, its keys in the hover text.
fn toggle(ui: &mut Ui, on: bool, label: String, command: Command, out: &mut Vec<Command>) {
    let hint = shortcuts::keys_for(&command).unwrap_or_default();
    if ui.selectable_label(on, label).on_hover_text(hint).clicked() {
        out.push(command);
    }
}

/// The story view or the pair, once a story is open.
fn story_toggle_ui(ui: &mut Ui, app: &SyndiffApp, out: &mut Vec<Command>) {
    if let Some(story) = app.story().story() {
        toggle(
            ui,
            app.story().shown(),
            format!("Story ({} versions)", story.versions.len()),
            Command::Story(StoryCommand::ToggleStory),
            out,
        );
    }
}

/// The legend, Options and Help, in both toolbars.
fn windows_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    command_button(
        ui,
        true,
        wording::LEGEND_TITLE,
        "what each mark means",
        Command::Chrome(ChromeCommand::ToggleLegend),
        out,
    );
    command_button(
        ui,
        true,
        "Options",
        "",
        Command::Chrome(ChromeCommand::ToggleOptions),
        out,
    );
    command_button(
        ui,
        true,
        "Help",
        "",
        Command::Chrome(ChromeCommand::ToggleHelp),
        out,
    );
}

/// The file names above the two columns, with how each was read.
/// The names sit over their columns, split where the view drew the
/// column divider last (`divider_x`; the middle before the first frame).
pub fn header_ui(ui: &mut Ui, pair: &Pair, divider_x: Option<f32>, redline: bool) -> Vec<Command> {
    let cmp = pair.comparison();
    let describe = |side: SideSel| {
        let read_as = cmp.map_or(String::new(), |c| {
            format!("  ({})", wording::side_header(c, side == SideSel::Left))
        });
        format!("{}{read_as}", pair.shown_source(side).name())
    };
    let full = ui.available_rect_before_wrap();
    let split = divider_x
        .unwrap_or(full.center().x)
        .clamp(full.left(), full.right());
    let gutter = crate::gui::view::layout::GUTTER_WIDTH / 2.0;
    if redline {
        let names = wording::redline_heading(&describe(SideSel::Left), &describe(SideSel::Right));
        ui.add(egui::Label::new(egui::RichText::new(names).strong()).truncate());
    }
    if !redline {
        ui.horizontal(|ui| {
            let height = ui.spacing().interact_size.y;
            let left = egui::Label::new(
                egui::RichText::new(format!("Left: {}", describe(SideSel::Left))).strong(),
            )
            .truncate();
            let width = (split - full.left() - gutter).max(40.0);
            ui.allocate_ui_with_layout(
                egui::vec2(width, height),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_width(width);
                    ui.add(left)
                },
            );
            ui.add_space(gutter * 2.0 - ui.spacing().item_spacing.x * 2.0);
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("Right: {}", describe(SideSel::Right))).strong(),
                )
                .truncate(),
            );
        });
    }
    if let Some(verdict) = cmp.and_then(|c| wording::verdict(c)) {
        ui.label(egui::RichText::new(verdict).strong());
    }
    ui.separator();
    Vec::new()
}

/// Dismissable error messages.
pub fn errors_ui(ui: &mut Ui, errors: &[String], notice: Option<&str>) -> Vec<Command> {
    let mut out = Vec::new();
    if errors.is_empty() && notice.is_none() {
        return out;
    }
    egui::Panel::top("errors").show(ui, |ui| {
        if let Some(notice) = notice {
            ui.horizontal(|ui| {
                ui.label(notice);
                if ui.button("OK").clicked() {
                    out.push(Command::Chrome(ChromeCommand::DismissNotice));
                }
            });
        }
        for (i, message) in errors.iter().enumerate() {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().error_fg_color, format!("Error: {message}"));
                if ui.button("Dismiss").clicked() {
                    out.push(Command::Chrome(ChromeCommand::DismissError(i)));
                }
            });
        }
    });
    out
}
