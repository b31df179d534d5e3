//! Exports from the app: JSON, the HTML report, and the rule that nothing
//! is replaced without asking and no compared file is ever written.

use crate::support::{harness_with, settle, temp_dir};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use syndiff::gui::picker::PickOutcome;
use syndiff::gui::{Command, FilesCommand, OutputFormat, SideSel};

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
        .apply(Command::Files(FilesCommand::Export(
            OutputFormat::Json,
            target.clone(),
        )));
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    let saved: syndiff::Comparison =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    let shown = harness.state().pair().comparison().cloned().unwrap();
    assert_eq!(
        saved.units, shown.units,
        "the export is the comparison shown"
    );
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
    harness.state_mut().apply(Command::Files(FilesCommand::Load(
        SideSel::Left,
        left.clone(),
    )));
    settle(&mut harness);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::Export(
            OutputFormat::Html,
            left.clone(),
        )));
    harness.run();
    assert!(
        harness.state().chrome().confirm_overwrite().is_none(),
        "not even offered"
    );
    assert_eq!(
        std::fs::read_to_string(&left).unwrap(),
        "The article text stays as it is.\n"
    );
    assert!(harness
        .state()
        .chrome()
        .errors()
        .iter()
        .any(|e| e.contains("never writes")));
}
