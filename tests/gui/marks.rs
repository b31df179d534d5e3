//! Reviewed marks and notes in the app: Space or a click ticks a change
//! off, a note is typed beside it, the toolbar counts "N of M reviewed",
//! F8 skips what is reviewed, and the marks come back when the same pair
//! is opened again, or are set aside with a message when a text changed.

use crate::support::{current_unit, harness_keeping_reviews_in, settle, temp_dir};
use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use syndiff::gui::{
    Command, FilesCommand, MarkCommand, OutputFormat, SettingsCommand, SideSel, SyndiffApp,
};

const LEFT: &str =
    "The mayor spoke on Monday.\n\nThe council met.\n\nIt rained all day.\n\nThe end.";
const RIGHT: &str =
    "The mayor spoke on Tuesday.\n\nThe council met at noon.\n\nIt snowed all day.\n\nThe end.";

/// The app comparing `a.txt` and `b.txt` in `files`, keeping its review
/// marks in `reviews`.
fn open_pair(files: &std::path::Path, reviews: &std::path::Path) -> Harness<'static, SyndiffApp> {
    let mut harness = harness_keeping_reviews_in(vec![], reviews.to_owned());
    for (side, name) in [(SideSel::Left, "a.txt"), (SideSel::Right, "b.txt")] {
        harness
            .state_mut()
            .apply(Command::Files(FilesCommand::Load(side, files.join(name))));
        settle(&mut harness);
    }
    harness
}

fn write_pair(right: &str) -> std::path::PathBuf {
    let files = temp_dir("marked-pair");
    std::fs::write(files.join("a.txt"), LEFT).unwrap();
    std::fs::write(files.join("b.txt"), right).unwrap();
    files
}

fn reviewed(harness: &Harness<'static, SyndiffApp>, unit: usize) -> bool {
    let app = harness.state();
    let cmp = app.pair().comparison().unwrap();
    app.marks().log().unwrap().is_reviewed(&cmp.units[unit])
}

#[test]
fn space_and_a_click_mark_a_change_reviewed_and_the_toolbar_counts() {
    let (files, reviews) = (write_pair(RIGHT), temp_dir("reviews"));
    let mut harness = open_pair(&files, &reviews);
    let changes = harness.state().reading().changes().to_vec();
    assert_eq!(changes.len(), 3);
    harness.get_by_label("0 of 3 reviewed");
    harness.key_press(Key::F7);
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    assert!(reviewed(&harness, changes[0]));
    harness.get_by_label("1 of 3 reviewed");
    // The current change's box: a click takes the tick back.
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Reviewed")
        .click();
    harness.run();
    assert!(!reviewed(&harness, changes[0]));
    harness.get_by_label("0 of 3 reviewed");
    harness.key_press(Key::Space);
    harness.run();
    // The row shows the tick too, for screen readers as well.
    harness.get_by_role_and_label(egui::accesskit::Role::Label, "Reviewed");
}

#[test]
fn a_note_is_typed_beside_the_change_and_kept() {
    let (files, reviews) = (write_pair(RIGHT), temp_dir("reviews"));
    let mut harness = open_pair(&files, &reviews);
    harness.key_press(Key::F7);
    harness.run();
    let unit = current_unit(&harness).unwrap();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .click();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("ask the desk");
    harness.run();
    let app = harness.state();
    let cmp = app.pair().comparison().unwrap();
    assert_eq!(
        app.marks().log().unwrap().note(&cmp.units[unit]),
        "ask the desk"
    );
    let kept = std::fs::read_dir(&reviews).unwrap().count();
    assert_eq!(kept, 1, "one file for the pair in the review folder");
    assert!(
        std::fs::read_dir(&files).unwrap().count() == 2,
        "nothing written beside the files compared"
    );
}

#[test]
fn next_unreviewed_skips_the_reviewed_changes() {
    let (files, reviews) = (write_pair(RIGHT), temp_dir("reviews"));
    let mut harness = open_pair(&files, &reviews);
    let changes = harness.state().reading().changes().to_vec();
    harness
        .state_mut()
        .apply(Command::Marks(MarkCommand::SetReviewed(changes[1], true)));
    harness.key_press(Key::F8);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[0]));
    harness.key_press(Key::F8);
    harness.run();
    assert_eq!(
        current_unit(&harness),
        Some(changes[2]),
        "skips the reviewed one"
    );
    harness.key_press(Key::F8);
    harness.run();
    assert_eq!(
        harness.state().chrome().notice(),
        Some("No change after this one is left to review")
    );
}

#[test]
fn marks_come_back_with_the_same_pair_and_are_set_aside_when_a_text_changed() {
    let (files, reviews) = (write_pair(RIGHT), temp_dir("reviews"));
    let mut harness = open_pair(&files, &reviews);
    let changes = harness.state().reading().changes().to_vec();
    harness
        .state_mut()
        .apply(Command::Marks(MarkCommand::SetReviewed(changes[0], true)));
    harness
        .state_mut()
        .apply(Command::Marks(MarkCommand::SetNote(
            changes[2],
            "weather?".into(),
        )));
    drop(harness);

    let mut again = open_pair(&files, &reviews);
    assert!(reviewed(&again, changes[0]));
    assert_eq!(
        again.state().chrome().notice(),
        Some("Your review of this pair is back: 2 marks and notes")
    );
    again.get_by_label("1 of 3 reviewed");
    // The reports carry them.
    let out = temp_dir("marked-export").join("report.html");
    again.state_mut().apply(Command::Files(FilesCommand::Export(
        OutputFormat::Html,
        out.clone(),
    )));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("1 of 3 changes reviewed, 1 note"),
        "{html:.2000}"
    );
    assert!(html.contains("weather?"));

    std::fs::write(files.join("b.txt"), RIGHT.replace("noon", "one")).unwrap();
    again
        .state_mut()
        .apply(Command::Files(FilesCommand::Reload));
    settle(&mut again);
    let errors = again.state().chrome().errors().to_vec();
    assert!(
        errors
            .iter()
            .any(|e| e
                .starts_with("The right text changed since it was reviewed: its 2 review marks")),
        "{errors:?}"
    );
    assert!(again.state().marks().log().unwrap().is_empty());
    again.get_by_label("0 of 3 reviewed");
}

#[test]
fn snapshot_reviewed_marks() {
    let (files, reviews) = (write_pair(RIGHT), temp_dir("reviews"));
    let mut harness = open_pair(&files, &reviews);
    let mut settings = harness.state().settings().clone();
    settings.theme = syndiff::gui::settings::ThemeChoice::Light;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    let changes = harness.state().reading().changes().to_vec();
    harness
        .state_mut()
        .apply(Command::Marks(MarkCommand::SetReviewed(changes[0], true)));
    harness
        .state_mut()
        .apply(Command::Marks(MarkCommand::SetNote(
            changes[1],
            "ask the desk about the noon sitting".into(),
        )));
    harness.key_press(Key::F8);
    harness.run();
    harness.snapshot("reviewed_marks");
}
