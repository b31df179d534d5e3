//! PNG snapshots of the main view, rendered by wgpu on the CPU (Mesa):
//! light and dark themes on the sample pair, a moved paragraph, and the
//! word marks (pieces of one change, letters changed inside a word).
//! `UPDATE_SNAPSHOTS=1 cargo test --test gui snapshots` rewrites them.

use crate::support::{current_unit, harness_with, settle, temp_dir};
use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, FilesCommand, ReadingCommand, SettingsCommand, SideSel, SyndiffApp};
use syndiff::report::rows::Row;

fn snapshot_harness(theme: ThemeChoice) -> Harness<'static, SyndiffApp> {
    let mut harness = harness_with(vec![]);
    let mut settings = harness.state().settings().clone();
    settings.theme = theme;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    harness.run();
    harness
}

#[test]
fn snapshot_main_view_light() {
    let mut harness = snapshot_harness(ThemeChoice::Light);
    harness.key_press(Key::F7);
    harness.run();
    harness.snapshot("main_view_light");
}

#[test]
fn snapshot_main_view_dark() {
    let mut harness = snapshot_harness(ThemeChoice::Dark);
    harness
        .state_mut()
        .apply(Command::Reading(ReadingCommand::GoToUnit(9)));
    harness.run();
    harness.snapshot("main_view_dark");
}

#[test]
fn snapshot_moved_paragraph() {
    let dir = temp_dir("moved");
    let paras: Vec<String> = (0..6)
        .map(|i| format!("Paragraph {i} of the story, with its own words: alpha{i}, beta{i}, gamma{i} and delta{i}."))
        .collect();
    let mut moved = paras.clone();
    let p = moved.remove(1);
    moved.insert(4, p.replace("alpha1", "ALPHA"));
    std::fs::write(dir.join("a.txt"), paras.join("\n\n")).unwrap();
    std::fs::write(dir.join("b.txt"), moved.join("\n\n")).unwrap();
    let mut harness = snapshot_harness(ThemeChoice::Light);
    harness.state_mut().apply(Command::Files(FilesCommand::Load(
        SideSel::Left,
        dir.join("a.txt"),
    )));
    settle(&mut harness);
    harness.state_mut().apply(Command::Files(FilesCommand::Load(
        SideSel::Right,
        dir.join("b.txt"),
    )));
    settle(&mut harness);
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    let moved_unit = cmp
        .units
        .iter()
        .position(|u| u.kind == syndiff::UnitKind::Moved)
        .expect("a moved unit");
    harness.get_by_label("»").click();
    harness.run();
    assert!(harness
        .state()
        .reading()
        .rows()
        .contains(&Row::MovedFrom(moved_unit)));
    harness
        .get_by_label("» Moved: this paragraph now stands at ¶5 on the right (go there)")
        .click();
    harness.run();
    assert_eq!(current_unit(&harness), Some(moved_unit));
    harness.snapshot("moved_paragraph");
}

#[test]
fn snapshot_word_marks() {
    let left = "In the beginning God created the heaven and the earth.\n\nHe said the talks were very productive, and the neighbour agreed.\n";
    let right = "In the beginning, God created the heavens and the earth.\n\nHe claimed the talks proved quite productive, and the neighbor agreed.\n";
    let mut harness = crate::support::harness_comparing("marks", left, right);
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    assert!(cmp
        .units
        .iter()
        .all(|u| u.kind == syndiff::UnitKind::Edited));
    assert_eq!(
        cmp.units.iter().map(|u| u.char_edits.len()).sum::<usize>(),
        2
    );
    // Where a thin underline passes from one marked piece to the next, the
    // rasteriser shades a joining pixel slightly differently from run to
    // run (seen on 2 to 5 pixels); a few such pixels are not a change.
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(8);
    harness.snapshot_options("word_marks", &options);
}

#[test]
fn snapshot_file_dragged_over_the_right_half() {
    let mut harness = snapshot_harness(ThemeChoice::Light);
    harness.input_mut().hovered_files.push(egui::HoveredFile {
        path: Some("story.html".into()),
        mime: String::new(),
    });
    harness.hover_at(egui::pos2(1000.0, 400.0));
    // egui repaints while files hover: step frames rather than settle.
    harness.run_steps(3);
    harness.snapshot("drop_target");
}
