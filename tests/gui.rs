//! The desktop app driven like a user would: egui_kittest runs real frames
//! of the real app without a display. Files come through an injected picker.
#![cfg(feature = "gui")]

mod support;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use support::{current_unit, harness_with, settle, temp_dir};
use syndiff::gui::app::Source;
use syndiff::gui::picker::PickOutcome;
use syndiff::gui::rows::Row;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, ExportKind, SideSel, SyndiffApp};

#[test]
fn starts_on_the_sample_pair() {
    let harness = harness_with(vec![]);
    let app = harness.state();
    assert_eq!(app.left_source, Source::Sample(0));
    assert_eq!(app.right_source, Source::Sample(1));
    let cmp = app.comparison.as_ref().expect("a comparison on screen");
    assert_eq!(cmp.stats.paragraphs.split, 3);
    harness.get_by_label("Left: sample 000 bare body  (UTF-8)");
    harness.get_by_label("14 changes");
}

#[test]
fn change_kinds_and_the_overview_are_labelled_for_screen_readers() {
    let mut harness = harness_with(vec![]);
    // The first rows of the sample pair: two added paragraphs, then a
    // boilerplate page label ("Livemint").
    assert!(harness.query_all_by_label("added").count() >= 2);
    harness.get_by_label("added: boilerplate (page label)");
    assert_eq!(harness.state().layout.viewport.min.y, 0.0);
    // Clicking the middle of the overview strip jumps halfway down.
    harness.get_by_label("Overview of changes").click();
    harness.run();
    assert!(harness.state().layout.viewport.min.y > 0.0);
}

#[test]
fn opens_two_files_through_the_dialog() {
    let dir = temp_dir("open");
    let left = dir.join("left.txt");
    let right = dir.join("right.txt");
    std::fs::write(&left, "Same paragraph.\n\nOld wording here.\n").unwrap();
    std::fs::write(&right, "Same paragraph.\n\nNew wording here.\n").unwrap();
    let mut harness = harness_with(vec![
        PickOutcome::Picked(left.clone()),
        PickOutcome::Picked(right.clone()),
    ]);
    harness.get_by_label("Open left…").click();
    harness.run();
    settle(&mut harness);
    harness.get_by_label("Open right…").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.left_source, Source::File(left.clone()));
    assert_eq!(app.right_source, Source::File(right.clone()));
    let cmp = app.comparison.as_ref().unwrap();
    assert_eq!(
        cmp.left.path.as_deref(),
        Some(left.display().to_string().as_str())
    );
    assert_eq!(cmp.stats.paragraphs.edited, 1);
    assert_eq!(app.settings.recent_files[0], right);
    harness.get_by_label("Left: left.txt  (UTF-8)");
}

#[test]
fn steps_through_changes_by_keyboard_and_button() {
    let mut harness = harness_with(vec![]);
    let changes = harness.state().changes.clone();
    assert_eq!(current_unit(&harness), None);
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[0]));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[1]));
    harness.get_by_label("change 2 of 14");
    harness.get_by_label("Next change").click();
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[2]));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[1]));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    harness.get_by_label("Previous change").click();
    harness.run();
    assert_eq!(
        current_unit(&harness),
        Some(changes[0]),
        "stays on the first change"
    );
    // The summary's change list jumps too.
    harness
        .get_by_label("+ added (boilerplate): Livemint")
        .click();
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[2]));
}

#[test]
fn options_apply_live() {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Options").click();
    harness.run();
    harness.get_by_label("Ignore case").click();
    harness.run();
    settle(&mut harness);
    assert!(
        harness
            .state()
            .comparison
            .as_ref()
            .unwrap()
            .normalization
            .ignore_case
    );
    harness.get_by_label("Hide unchanged paragraphs").click();
    harness.run();
    let rows = &harness.state().rows;
    assert!(rows.iter().all(|r| match r {
        Row::Unit(u) => harness.state().comparison.as_ref().unwrap().units[*u]
            .kind
            .is_change(),
        _ => true,
    }));
    assert!(rows.iter().any(|r| matches!(r, Row::Collapsed { .. })));
    let before = harness.state().settings.font_size;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert_eq!(harness.state().settings.font_size, before + 1.0);
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().settings.theme, ThemeChoice::Dark);
}

#[derive(Debug)]
struct PathDrop(PathBuf);

impl egui::DroppedFile for PathDrop {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_dropped_on_the_right_half_loads_there() {
    let dir = temp_dir("drop");
    let dropped = dir.join("dropped.txt");
    std::fs::write(&dropped, "A dropped article.\n").unwrap();
    let mut harness = harness_with(vec![]);
    harness.hover_at(egui::pos2(1000.0, 400.0));
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(PathDrop(dropped.clone())));
    harness.step();
    settle(&mut harness);
    assert_eq!(harness.state().right_source, Source::File(dropped));
    assert_eq!(harness.state().left_source, Source::Sample(0));
}

#[test]
fn a_binary_file_shows_a_message_and_keeps_the_comparison() {
    let dir = temp_dir("binary");
    let binary = dir.join("photo.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let mut harness = harness_with(vec![PickOutcome::Picked(binary)]);
    let before = harness.state().comparison.clone().unwrap();
    harness.get_by_label("Open left…").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.errors.len(), 1);
    assert!(
        app.errors[0].contains("photo.png") && app.errors[0].contains("binary"),
        "{}",
        app.errors[0]
    );
    assert!(
        Arc::ptr_eq(app.comparison.as_ref().unwrap(), &before),
        "previous comparison stays"
    );
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().errors.is_empty());
}

#[test]
fn no_dialog_available_is_reported() {
    let mut harness = harness_with(vec![PickOutcome::Unavailable(
        "No file dialog is available".into(),
    )]);
    harness.get_by_label("Open right…").click();
    harness.run();
    assert_eq!(harness.state().errors, ["No file dialog is available"]);
}

#[test]
fn find_highlights_both_panes_and_jumps() {
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .state_mut()
        .apply(Command::SetFind("Livemint".into()));
    harness.run();
    assert_eq!(harness.state().find.hits.len(), 1);
    harness.get_by_label("Next match").click();
    harness.run();
    harness.get_by_label("match 1 of 1");
    harness.state_mut().apply(Command::SetFind("carney".into()));
    harness.run();
    let hits = &harness.state().find.hits;
    assert!(hits.iter().any(|h| h.1 == syndiff::gui::style::Pane::Left));
    assert!(hits.iter().any(|h| h.1 == syndiff::gui::style::Pane::Right));
}

#[test]
fn save_json_asks_before_overwriting() {
    let dir = temp_dir("save");
    let target = dir.join("out.json");
    std::fs::write(&target, "keep me").unwrap();
    let mut harness = harness_with(vec![PickOutcome::Picked(target.clone())]);
    harness.get_by_label("Save comparison as JSON…").click();
    harness.run();
    harness.run();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    harness
        .state_mut()
        .apply(Command::Export(ExportKind::Json, target.clone()));
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    let saved: syndiff::Comparison =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(saved.stats.paragraphs.split, 3);
}

#[test]
fn swap_sides_exchanges_left_and_right() {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Swap sides").click();
    harness.run();
    settle(&mut harness);
    let cmp = harness.state().comparison.clone().unwrap();
    assert_eq!(
        cmp.stats.paragraphs.merged, 3,
        "001 → 000 merges the headings"
    );
    assert_eq!(cmp.stats.paragraphs.removed, 2);
    assert_eq!(cmp.stats.boilerplate.removed, 9);
}

#[test]
fn dragging_the_divider_resizes_the_columns() {
    let mut harness = harness_with(vec![]);
    assert_eq!(harness.state().settings.divider, 0.5);
    let handle = harness.get_by_label("Column divider").rect();
    let start = handle.center();
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(start - egui::vec2(20.0 * step as f32, 0.0));
        harness.run();
    }
    harness.drop_at(start - egui::vec2(200.0, 0.0));
    harness.run();
    let divider = harness.state().settings.divider;
    assert!(divider < 0.4, "dragged 200 px left, divider at {divider}");
    let moved = harness.get_by_label("Column divider").rect();
    assert!((moved.center().x - (start.x - 200.0)).abs() < 3.0);

    // Keyboard alone: Alt+Shift+Right widens the left column again.
    let before = harness.state().settings.divider;
    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    assert!((harness.state().settings.divider - (before + 0.05)).abs() < 1e-4);

    // Never narrower than the limit, however far it is dragged.
    let start = harness.get_by_label("Column divider").rect().center();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(egui::pos2(1.0, start.y));
    harness.run();
    harness.drop_at(egui::pos2(1.0, start.y));
    harness.run();
    assert_eq!(harness.state().settings.divider, 0.2);
}

#[test]
fn recent_files_reopen_on_either_side() {
    let dir = temp_dir("recent");
    let file = dir.join("revision.txt");
    std::fs::write(&file, "A paragraph that stays.\n\nOne that changes.\n").unwrap();
    let mut harness = harness_with(vec![PickOutcome::Picked(file.clone())]);
    harness.get_by_label("Recent").click();
    harness.run();
    harness.get_by_label("No recent files yet");
    harness.key_press(Key::Escape);
    harness.run();

    harness.get_by_label("Open left…").click();
    harness.run();
    settle(&mut harness);
    assert_eq!(harness.state().settings.recent_files, vec![file.clone()]);

    harness.get_by_label("Recent").click();
    harness.run();
    harness.get_by_label(&file.display().to_string());
    harness.get_by_label("Right").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.right_source, Source::File(file.clone()));
    assert_eq!(app.left_source, Source::File(file.clone()));
    assert_eq!(app.settings.recent_files, vec![file]);
}

#[test]
fn export_report_writes_html_and_never_clobbers_without_asking() {
    let dir = temp_dir("export");
    let target = dir.join("report.html");
    let mut harness = harness_with(vec![
        PickOutcome::Picked(target.clone()),
        PickOutcome::Picked(target.clone()),
    ]);
    harness.get_by_label("Export report…").click();
    harness.run();
    harness.run();
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("sample 000 bare body"));
    assert!(html.contains("boilerplate: related link"));

    // The second export to the same file asks; Cancel keeps the first.
    std::fs::write(&target, "earlier report").unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "earlier report");
}

#[test]
fn an_export_never_replaces_a_compared_file() {
    let dir = temp_dir("export-input");
    let left = dir.join("left.txt");
    std::fs::write(&left, "The article text stays as it is.\n").unwrap();
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Load(SideSel::Left, left.clone()));
    settle(&mut harness);
    harness
        .state_mut()
        .apply(Command::Export(ExportKind::Html, left.clone()));
    harness.run();
    assert!(
        harness.state().confirm_overwrite.is_none(),
        "not even offered"
    );
    assert_eq!(
        std::fs::read_to_string(&left).unwrap(),
        "The article text stays as it is.\n"
    );
    assert!(harness
        .state()
        .errors
        .iter()
        .any(|e| e.contains("never writes")));
}

#[test]
fn boilerplate_is_hidden_with_one_toggle() {
    let mut harness = harness_with(vec![]);
    let app = harness.state();
    let cmp = app.comparison.clone().unwrap();
    assert_eq!(cmp.stats.boilerplate.units, 9);
    let boilerplate_rows = |app: &SyndiffApp| {
        app.rows
            .iter()
            .filter(|r| matches!(r, Row::Unit(u) if cmp.units[*u].boilerplate.is_some()))
            .count()
    };
    assert_eq!(boilerplate_rows(app), 9);
    assert_eq!(app.changes.len(), 14);
    harness.get_by_label("Hide boilerplate (9)").click();
    harness.run();
    let app = harness.state();
    assert_eq!(boilerplate_rows(app), 0);
    assert_eq!(
        app.changes.len(),
        5,
        "only editorial changes to step through"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::B);
    harness.run();
    assert_eq!(boilerplate_rows(harness.state()), 9);
}

#[test]
fn a_saved_web_page_loads_as_its_article_or_whole() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/story.html");
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Load(SideSel::Right, page.clone()));
    settle(&mut harness);
    harness.get_by_label(&"Right: story.html  (UTF-8, web page, article)".to_string());
    let cmp = harness.state().comparison.clone().unwrap();
    assert!(!cmp.right.text.contains("googletag"));
    assert!(!cmp.right.text.contains("Great article, thanks"));
    assert_eq!(
        cmp.stats.paragraphs.unchanged, 11,
        "the story's 11 paragraphs match"
    );

    let mut settings = harness.state().settings.clone();
    settings.whole_page = true;
    harness
        .state_mut()
        .apply(Command::SetSettings(Box::new(settings)));
    settle(&mut harness);
    let cmp = harness.state().comparison.clone().unwrap();
    assert!(cmp.right.text.contains("Great article, thanks"));
    harness.get_by_label("Right: story.html  (UTF-8, web page, whole page)");
}

/// Loads a long pair in which every paragraph differs, so none fold away.
fn long_pair_harness(paragraphs: usize) -> egui_kittest::Harness<'static, SyndiffApp> {
    let dir = temp_dir("long");
    let text = |word: &str| {
        (0..paragraphs)
            .map(|i| format!("[p{i:03}] Paragraph of the story, {word} version, with words enough to wrap once or twice at this width."))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    std::fs::write(dir.join("a.txt"), text("first")).unwrap();
    std::fs::write(dir.join("b.txt"), text("second")).unwrap();
    let mut harness = harness_with(vec![]);
    for (side, name) in [(SideSel::Left, "a.txt"), (SideSel::Right, "b.txt")] {
        harness
            .state_mut()
            .apply(Command::Load(side, dir.join(name)));
        settle(&mut harness);
    }
    assert_eq!(harness.state().rows.len(), paragraphs);
    harness
}

#[test]
fn the_document_scrolls_by_keyboard() {
    let mut harness = long_pair_harness(150);
    // The summary's change list previews paragraphs too: hide it (F9) so
    // what is found below is the document view's own text.
    harness.key_press(Key::F9);
    harness.run();
    assert!(!harness.state().settings.show_summary);
    let shown = |h: &egui_kittest::Harness<'_, _>, marker: &str| {
        h.query_all_by_label_contains(marker).next().is_some()
    };
    let top = |h: &egui_kittest::Harness<'static, SyndiffApp>| h.state().layout.viewport.min.y;
    assert!(shown(&harness, "[p000]") && !shown(&harness, "[p149]"));
    assert_eq!(top(&harness), 0.0);

    harness.key_press(Key::PageDown);
    harness.run();
    let page = harness.state().layout.viewport.height();
    let after_page = top(&harness);
    assert!(
        after_page > page * 0.7 && after_page < page,
        "one screen less a little overlap: {after_page} of {page}"
    );
    assert!(!shown(&harness, "[p000]"));

    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(top(&harness) > after_page, "Down scrolls a few lines");
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(top(&harness), after_page);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    assert!(shown(&harness, "[p149]"), "the last paragraph is in view");
    assert!(!shown(&harness, "[p000]"));

    harness.key_press(Key::PageUp);
    harness.run();
    assert!(!shown(&harness, "[p149]"), "a screen up from the end");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    assert_eq!(top(&harness), 0.0);
    assert!(shown(&harness, "[p000]"));

    // While the find field has the keyboard, End moves its cursor, not the view.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(top(&harness), 0.0);
}

/// Presses `key` `times` times within a single frame, as a fast typist,
/// a held key or xdotool does (kittest's `key_press` gives each its own frame).
fn presses_in_one_frame(
    harness: &mut egui_kittest::Harness<'static, SyndiffApp>,
    key: Key,
    times: usize,
) {
    for _ in 0..times {
        for pressed in [true, false] {
            harness.input_mut().events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            });
        }
    }
    harness.step();
    harness.run();
}

/// Regression: keys pressed faster than frames (xdotool, a held key) were
/// merged into one press, so F7 pressed seven times moved one change.
#[test]
fn presses_within_one_frame_each_count() {
    let mut harness = harness_with(vec![]);
    let changes = harness.state().changes.clone();
    presses_in_one_frame(&mut harness, Key::F7, 3);
    assert_eq!(current_unit(&harness), Some(changes[2]));

    let mut harness = long_pair_harness(150);
    presses_in_one_frame(&mut harness, Key::PageDown, 1);
    let one_page = harness.state().layout.viewport.min.y;
    assert!(one_page > 0.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    presses_in_one_frame(&mut harness, Key::PageDown, 2);
    let two_pages = harness.state().layout.viewport.min.y;
    assert!(
        (two_pages - 2.0 * one_page).abs() < 1.0,
        "two presses, two screens: {two_pages} vs {one_page}"
    );
}
