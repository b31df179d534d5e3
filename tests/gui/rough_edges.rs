//! Rough edges found when the app was tried as a new user would (issue "A
//! review an editor can finish"), each with the test named after it.

use std::sync::{Arc, Mutex};

use crate::support::{harness_with, settle, temp_dir};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use syndiff::gui::picker::{PickOutcome, QueuedPicker};
use syndiff::gui::{Command, FilesCommand, OutputFormat, SettingsCommand, SideSel, SyndiffApp};

#[test]
fn after_a_failed_load_the_header_names_what_is_shown_and_reload_does_not_retry_it() {
    let dir = temp_dir("failed-load");
    let binary = dir.join("ls");
    std::fs::write(&binary, b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0").unwrap();
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::Load(SideSel::Left, binary)));
    settle(&mut harness);
    assert_eq!(harness.state().chrome().errors().len(), 1);
    harness.get_by_label("Left: sample 000 bare body  (UTF-8, 353 words)");
    assert!(harness.query_by_label_contains("Left: ls").is_none());
    // Reload compares what is shown again: no second error for the bad file,
    // and the stale one goes with the success.
    harness.key_press(Key::F5);
    harness.run();
    settle(&mut harness);
    assert!(
        harness.state().chrome().errors().is_empty(),
        "{:?}",
        harness.state().chrome().errors()
    );
}

#[test]
fn a_newly_opened_pair_starts_at_the_top() {
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    assert!(harness.state().seen().viewport.min.y > 0.0, "scrolled down");
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(2, 3)));
    settle(&mut harness);
    harness.run();
    assert_eq!(harness.state().seen().viewport.min.y, 0.0);
}

#[test]
fn escape_closes_help() {
    let mut harness = harness_with(vec![]);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().chrome().show_help());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().chrome().show_help());
}

#[test]
fn change_list_entries_end_between_words_and_say_where_they_stand() {
    let harness = harness_with(vec![]);
    // The sample pair's first change: a headline added on the right.
    let entry = harness.get_by_label_contains("+ added (left -, right ¶1): Donald Trump");
    let label = entry.accesskit_node().label().unwrap_or_default();
    assert!(label.ends_with('…'), "{label}");
    assert!(!label.ends_with(" …"), "{label}");
}

/// The app on `files` (the samples when none), with a picker whose save
/// dialogs are recorded.
fn app_with_picker(
    answers: Vec<PickOutcome>,
    files: Option<(std::path::PathBuf, std::path::PathBuf)>,
) -> (Harness<'static, SyndiffApp>, Arc<Mutex<Vec<String>>>) {
    let names = Arc::new(Mutex::new(Vec::new()));
    let picker = QueuedPicker {
        answers: answers.into(),
        save_names: names.clone(),
    };
    let harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(200)
        .build_eframe(move |cc| {
            let (left, right) = files.map_or((None, None), |(l, r)| (Some(l), Some(r)));
            let mut app = SyndiffApp::new(cc, Box::new(picker), left, right);
            app.set_review_folder(temp_dir("reviews"));
            app
        });
    (harness, names)
}

#[test]
fn export_with_nothing_loaded_says_so_before_asking_for_a_name() {
    let missing = temp_dir("nothing-loaded").join("gone.txt");
    let (mut harness, names) = app_with_picker(vec![], Some((missing.clone(), missing)));
    settle(&mut harness);
    assert!(
        harness.state().pair().comparison().is_none(),
        "nothing loaded"
    );
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::ExportDialog(
            OutputFormat::Html,
        )));
    assert!(names.lock().unwrap().is_empty(), "no dialog opened");
    let errors = harness.state().chrome().errors();
    assert_eq!(
        errors.last().map(String::as_str),
        Some("Nothing to export yet.")
    );
}

#[test]
fn exports_are_named_after_the_pair_and_confirmed() {
    let target = temp_dir("named-export").join("out.html");
    let (mut harness, names) = app_with_picker(vec![PickOutcome::Picked(target.clone())], None);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.run();
    assert_eq!(*names.lock().unwrap(), ["sample 000 vs sample 001.html"]);
    assert!(target.is_file());
    harness.get_by_label_contains("Saved ");
}

#[test]
fn toolbar_buttons_do_not_jump_when_the_change_counter_counts() {
    let mut harness = harness_with(vec![]);
    let before = harness.get_by_label("Find").rect();
    harness.key_press(Key::F7);
    harness.run();
    let count = harness.state().reading().changes().len();
    harness.get_by_label(&format!("change 1 of {count}"));
    assert_eq!(harness.get_by_label("Find").rect(), before);
}

#[test]
fn clicking_show_unchanged_paragraphs_opens_them_and_leaves_the_divider() {
    let mut harness = harness_with(vec![]);
    let rows_before = harness.state().reading().rows().len();
    harness.get_by_label("Show 3 unchanged paragraphs").click();
    harness.run();
    assert_eq!(harness.state().reading().rows().len(), rows_before + 2);
    assert_eq!(harness.state().settings().divider, 0.5);
}

#[test]
fn column_headers_follow_the_divider() {
    let mut harness = harness_with(vec![]);
    let right_name = |h: &Harness<'static, SyndiffApp>| {
        h.get_by_label_contains("Right: sample 001").rect().left()
    };
    let before = right_name(&harness);
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetDivider(0.3)));
    harness.run();
    harness.run();
    let after = right_name(&harness);
    assert!(
        after < before - 100.0,
        "the right name moved with the divider: {before} → {after}"
    );
    let left = harness.get_by_label_contains("Left: sample 000").rect();
    assert!(left.right() <= after);
}

/// Rough edge: after Ctrl+End the counter still named the change left
/// behind at the top.
#[test]
fn the_change_counter_does_not_name_a_change_scrolled_out_of_view() {
    let mut harness = harness_with(vec![]);
    let count = harness.state().reading().changes().len();
    harness.key_press(Key::F7);
    harness.run();
    harness.get_by_label(&format!("change 1 of {count}"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    harness.get_by_label(&format!("{count} changes"));
    // Stepping on goes from where the reader is, and names that change.
    harness.key_press(Key::F7);
    harness.run();
    assert!(harness
        .query_by_label(&format!("{count} changes"))
        .is_none());
}

/// On the 31,000-paragraph pair a frame took over a second, and the
/// letters typed while the find bar was opening were lost: "firmament"
/// became "ament". Here Ctrl+F and the first letters arrive in one frame,
/// more letters in the next frames, before the field has the keyboard.
#[test]
fn typing_in_find_on_a_big_pair_loses_keystrokes() {
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.event(egui::Event::Text("fir".into()));
    harness.step();
    harness.event(egui::Event::Text("m".into()));
    harness.step();
    harness.event(egui::Event::Text("am".into()));
    harness.step();
    harness.event(egui::Event::Text("ent".into()));
    harness.run();
    let find = harness.state().reading().find();
    assert_eq!(find.query, "firmament");
    assert!(!find.awaiting_focus, "the field has the keyboard now");
    // Typing on goes where the cursor is: at the end.
    harness.event(egui::Event::Text("s".into()));
    harness.run();
    assert_eq!(harness.state().reading().find().query, "firmaments");
}

/// At 800×600 the fixed summary panel left text columns of about 190 px.
#[test]
fn at_800_by_600_the_summary_panel_leaves_columns_of_190_px() {
    let mut harness = Harness::builder()
        .with_size([800.0, 600.0])
        .with_max_steps(200)
        .build_eframe(|cc| {
            let mut app = SyndiffApp::new(cc, Box::new(QueuedPicker::default()), None, None);
            app.set_review_folder(temp_dir("reviews"));
            app
        });
    settle(&mut harness);
    let divider_x = harness
        .state()
        .seen()
        .divider_x
        .expect("the view was drawn");
    let left_column = divider_x - syndiff::gui::view::layout::GUTTER_WIDTH / 2.0;
    assert!(
        left_column >= 240.0,
        "the left column is {left_column} px wide at 800×600"
    );
    assert!(
        harness.state().settings().show_summary,
        "the summary still shows"
    );
}

/// Error messages never cleared after a later success: three stale errors
/// stacked above a comparison that had worked.
#[test]
fn error_messages_never_clear_after_a_later_success() {
    let dir = temp_dir("stale-errors");
    let mut harness = harness_with(vec![]);
    for name in ["a.bin", "b.bin", "c.bin"] {
        let path = dir.join(name);
        std::fs::write(&path, b"\0\0\0binary").unwrap();
        harness
            .state_mut()
            .apply(Command::Files(FilesCommand::Load(SideSel::Right, path)));
        settle(&mut harness);
    }
    assert_eq!(harness.state().chrome().errors().len(), 3);
    let good = dir.join("good.txt");
    std::fs::write(&good, "A paragraph that loads.").unwrap();
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::Load(SideSel::Right, good)));
    settle(&mut harness);
    assert!(harness.state().chrome().errors().is_empty());
}
