//! The app's basics, driven through real frames: the sample pair on start,
//! opening and dropping files, bad files, options, swapping sides, the
//! divider, recent files and boilerplate.

use std::sync::Arc;

use crate::support::{harness_with, settle, temp_dir, PathDrop};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use syndiff::gui::jobs::Source;
use syndiff::gui::picker::PickOutcome;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, FilesCommand, SideSel, SyndiffApp};
use syndiff::report::rows::Row;

#[test]
fn starts_on_the_sample_pair() {
    let harness = harness_with(vec![]);
    let app = harness.state();
    assert_eq!(*app.pair().source(SideSel::Left), Source::Sample(0));
    assert_eq!(*app.pair().source(SideSel::Right), Source::Sample(1));
    let cmp = app.pair().comparison().expect("a comparison on screen");
    // The figures shown are the comparison's own.
    assert_eq!(&*cmp.left.document.text, syndiff::gui::SAMPLES[0].1);
    harness.get_by_label("Left: sample 000 bare body  (UTF-8, 353 words)");
    // Web furniture is stepped over while dimmed: the counter counts the rest.
    let furniture = |u: &usize| cmp.units[*u].boilerplate.is_some();
    let counted = cmp
        .change_indices()
        .iter()
        .filter(|u| !furniture(u))
        .count();
    harness.get_by_label(&format!("{counted} changes"));
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
    assert_eq!(
        *app.pair().source(SideSel::Left),
        Source::File(left.clone())
    );
    assert_eq!(
        *app.pair().source(SideSel::Right),
        Source::File(right.clone())
    );
    let cmp = app.pair().comparison().unwrap();
    assert_eq!(
        cmp.left.document.path.as_deref(),
        Some(left.display().to_string().as_str())
    );
    assert_eq!(cmp.units[1].kind, syndiff::UnitKind::Edited);
    assert_eq!(app.settings().recent_files[0], right);
    harness.get_by_label_contains("Left: left.txt  (UTF-8, ");
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
            .pair()
            .comparison()
            .unwrap()
            .normalization
            .ignore_case
    );
    harness.get_by_label("Hide unchanged paragraphs").click();
    harness.run();
    let rows = &harness.state().reading().rows();
    assert!(rows.iter().all(|r| match r {
        Row::Unit(u) => harness.state().pair().comparison().unwrap().units[*u]
            .kind
            .is_change(),
        _ => true,
    }));
    assert!(rows.iter().any(|r| matches!(r, Row::Collapsed { .. })));
    let before = harness.state().settings().font_size;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert_eq!(harness.state().settings().font_size, before + 1.0);
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().settings().theme, ThemeChoice::Dark);
}

#[test]
fn a_file_dragged_over_the_window_shows_its_side_and_loads_there_when_dropped() {
    let dir = temp_dir("drop");
    let dropped = dir.join("dropped.txt");
    std::fs::write(&dropped, "A dropped article.\n").unwrap();
    let mut harness = harness_with(vec![]);
    // While the file is dragged over the window, the target half is shown
    // (egui repaints all the while, so step frames rather than settle).
    let hovered = egui::HoveredFile {
        path: Some(dropped.clone()),
        mime: String::new(),
    };
    harness.input_mut().hovered_files.push(hovered.clone());
    harness.hover_at(egui::pos2(200.0, 400.0));
    harness.run_steps(3);
    harness.get_by_label("Drop to open on the left");
    harness.hover_at(egui::pos2(1000.0, 400.0));
    harness.run_steps(3);
    harness.get_by_label("Drop to open on the right");
    // Regression: the sides split at the window's middle, not at the column
    // divider, so a file over the right column's first words (left of the
    // middle while the summary is open) went to the left.
    let divider_x = harness
        .state()
        .seen()
        .divider_x
        .expect("the view was drawn");
    assert!(divider_x < 600.0, "the summary narrows the columns");
    harness.hover_at(egui::pos2(divider_x + 30.0, 400.0));
    harness.run_steps(3);
    harness.get_by_label("Drop to open on the right");
    assert!(harness.query_by_label("Drop to open on the left").is_none());
    harness.input_mut().hovered_files.push(hovered);
    harness.run_steps(3);
    harness.get_by_label("Drop to open both sides (the first file left, the second right)");

    harness.input_mut().hovered_files.clear();
    harness.hover_at(egui::pos2(divider_x + 30.0, 400.0));
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(PathDrop(dropped.clone())));
    harness.step();
    settle(&mut harness);
    assert_eq!(
        *harness.state().pair().source(SideSel::Right),
        Source::File(dropped)
    );
    assert_eq!(
        *harness.state().pair().source(SideSel::Left),
        Source::Sample(0)
    );
    assert!(harness
        .query_by_label("Drop to open on the right")
        .is_none());
}

#[test]
fn a_binary_file_shows_a_message_and_keeps_the_comparison() {
    let dir = temp_dir("binary");
    let binary = dir.join("photo.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let mut harness = harness_with(vec![PickOutcome::Picked(binary)]);
    let before = harness.state().pair().comparison().cloned().unwrap();
    harness.get_by_label("Open left…").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.chrome().errors().len(), 1);
    assert!(
        app.chrome().errors()[0].contains("photo.png")
            && app.chrome().errors()[0].contains("binary"),
        "{}",
        app.chrome().errors()[0]
    );
    assert!(
        Arc::ptr_eq(app.pair().comparison().unwrap(), &before),
        "previous comparison stays"
    );
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().chrome().errors().is_empty());
}

#[test]
fn no_dialog_available_is_reported() {
    let mut harness = harness_with(vec![PickOutcome::Unavailable(
        "No file dialog is available".into(),
    )]);
    harness.get_by_label("Open right…").click();
    harness.run();
    assert_eq!(
        harness.state().chrome().errors(),
        ["No file dialog is available"]
    );
}

#[test]
fn swap_sides_exchanges_left_and_right() {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Swap sides").click();
    harness.run();
    settle(&mut harness);
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    assert_eq!(&*cmp.left.document.text, syndiff::gui::SAMPLES[1].1);
    assert_eq!(&*cmp.right.document.text, syndiff::gui::SAMPLES[0].1);
    let forward = syndiff::compare_texts(syndiff::gui::SAMPLES[0].1, syndiff::gui::SAMPLES[1].1);
    assert_eq!(
        (cmp.stats.paragraphs.merged, cmp.stats.paragraphs.removed),
        (
            forward.stats.paragraphs.split,
            forward.stats.paragraphs.added
        ),
        "what one way splits and adds, the other merges and removes"
    );
}

#[test]
fn dragging_the_divider_resizes_the_columns() {
    let mut harness = harness_with(vec![]);
    assert_eq!(harness.state().settings().divider, 0.5);
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
    let divider = harness.state().settings().divider;
    assert!(divider < 0.4, "dragged 200 px left, divider at {divider}");
    let moved = harness.get_by_label("Column divider").rect();
    assert!((moved.center().x - (start.x - 200.0)).abs() < 3.0);

    // Keyboard alone: Alt+Shift+Right widens the left column again.
    let before = harness.state().settings().divider;
    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    assert!((harness.state().settings().divider - (before + 0.05)).abs() < 1e-4);

    // Never narrower than the limit, however far it is dragged.
    let start = harness.get_by_label("Column divider").rect().center();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(egui::pos2(1.0, start.y));
    harness.run();
    harness.drop_at(egui::pos2(1.0, start.y));
    harness.run();
    assert_eq!(harness.state().settings().divider, 0.2);
}

#[test]
fn recent_files_reopen_on_either_side() {
    let dir = temp_dir("recent");
    let file = dir.join("revision.txt");
    std::fs::write(&file, "A paragraph that stays.\n\nOne that changes.\n").unwrap();
    let mut harness = harness_with(vec![PickOutcome::Picked(file.clone())]);
    harness.get_by_label("Recent").click();
    harness.run();
    harness.get_by_label("Nothing opened yet");
    harness.key_press(Key::Escape);
    harness.run();

    harness.get_by_label("Open left…").click();
    harness.run();
    settle(&mut harness);
    assert_eq!(harness.state().settings().recent_files, vec![file.clone()]);

    harness.get_by_label("Recent").click();
    harness.run();
    harness.get_by_label(&file.display().to_string());
    harness.get_by_label("Right").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(
        *app.pair().source(SideSel::Right),
        Source::File(file.clone())
    );
    assert_eq!(
        *app.pair().source(SideSel::Left),
        Source::File(file.clone())
    );
    assert_eq!(app.settings().recent_files, vec![file]);
}

#[test]
fn boilerplate_is_hidden_with_one_toggle() {
    let mut harness = harness_with(vec![]);
    // Stepping into boilerplate asked for: shown, it is stepped through.
    crate::support::step_into_boilerplate(&mut harness);
    let app = harness.state();
    let cmp = app.pair().comparison().cloned().unwrap();
    let boilerplate = cmp.stats.boilerplate.units;
    assert!(boilerplate > 0, "the sample pair has web furniture");
    let editorial = cmp
        .change_indices()
        .into_iter()
        .filter(|&u| cmp.units[u].boilerplate.is_none())
        .count();
    let boilerplate_rows = |app: &SyndiffApp| {
        app.reading()
            .rows()
            .iter()
            .filter(|r| matches!(r, Row::Unit(u) if cmp.units[*u].boilerplate.is_some()))
            .count()
    };
    assert_eq!(boilerplate_rows(app), boilerplate);
    assert_eq!(app.reading().changes(), cmp.change_indices());
    harness
        .get_by_label(&format!("Hide boilerplate ({boilerplate})"))
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(boilerplate_rows(app), 0);
    assert_eq!(
        app.reading().changes().len(),
        editorial,
        "only editorial changes to step through"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::B);
    harness.run();
    assert_eq!(boilerplate_rows(harness.state()), boilerplate);
}

#[test]
fn recent_lists_pairs_and_reopens_both_sides() {
    let dir = temp_dir("recent-pairs");
    let (left, right) = (dir.join("draft.txt"), dir.join("final.txt"));
    std::fs::write(&left, "The council met.\n\nIt rained.\n").unwrap();
    std::fs::write(&right, "The council met today.\n\nIt rained.\n").unwrap();
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenPair(
            left.clone(),
            right.clone(),
        )));
    settle(&mut harness);
    assert_eq!(
        harness.state().settings().recent_pairs,
        vec![(left.clone(), right.clone())]
    );
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(0, 4)));
    settle(&mut harness);

    harness.get_by_label("Recent").click();
    harness.run();
    harness.get_by_label("draft.txt vs final.txt").click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(*app.pair().source(SideSel::Left), Source::File(left));
    assert_eq!(*app.pair().source(SideSel::Right), Source::File(right));
}
