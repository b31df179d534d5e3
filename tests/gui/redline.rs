//! The redline view (Ctrl+L or the toolbar): one column holding the right
//! text, the left's removed words struck through just before the words
//! that replaced them, as Word shows tracked changes; the same marks,
//! stepping, find and lens as side by side.

use crate::support::{current_unit, harness_comparing, harness_with, settle};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, FilesCommand, ReadingCommand, SettingsCommand, SideSel};

const LEFT: &str = "The mayor spoke on Monday about the budget.\n\nA paragraph that moves later in the story, with words enough to stand alone.\n\nThe council met in the town hall on the evening of the vote, as every year.\n\nIt rained across the whole region for most of the weekend before the count.";
const RIGHT: &str = "The mayor spoke on Tuesday about the new budget.\n\nThe council met in the town hall on the evening of the vote, as every year.\n\nIt rained across the whole region for most of the weekend before the count.\n\nA paragraph that moves later in the story, with words enough to stand alone.";

#[test]
fn the_redline_strikes_removed_words_before_the_words_that_replaced_them() {
    let mut harness = harness_comparing("redline", LEFT, RIGHT);
    harness.get_by_label_contains("Left: a.txt");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    assert!(harness.state().settings().redline);
    harness.get_by_label("The mayor spoke on Monday Tuesday about the new budget.");
    harness.get_by_label_contains("Redline: b.txt");
    assert!(harness.query_by_label_contains("Left: a.txt").is_none());
    // Stepping works as side by side.
    let changes = harness.state().reading().changes().to_vec();
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[0]));
    // The moved paragraph still leaves its marker, which still leads to it.
    harness
        .get_by_label_contains("» Moved: this paragraph now stands at")
        .click();
    harness.run();
    // Find reaches the struck words too.
    harness
        .state_mut()
        .apply(Command::Reading(ReadingCommand::SetFind("monday".into())));
    harness.run();
    let hits = &harness.state().reading().find().hits;
    assert_eq!(hits.len(), 1);
    // And back to side by side.
    harness.get_by_label("Redline").click();
    harness.run();
    assert!(!harness.state().settings().redline);
    harness.get_by_label("The mayor spoke on Monday about the budget.");
}

#[test]
fn snapshot_redline() {
    let mut harness = harness_with(vec![]);
    let mut settings = harness.state().settings().clone();
    settings.theme = ThemeChoice::Light;
    settings.redline = true;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(2, 3)));
    settle(&mut harness);
    harness.key_press(Key::F7);
    harness.run();
    let _ = SideSel::Left;
    // A pixel of the dashed material boxes can round either way when the
    // CPU renderer runs many tests at once (as for the story badges).
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(16);
    harness.snapshot_options("redline", &options);
}
