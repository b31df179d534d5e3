//! Opening what people have: saved web pages, Word and OpenDocument
//! files, web addresses and pasted text, through real frames.

use std::path::Path;

use crate::support::{harness_with, settle, temp_dir};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use syndiff::gui::jobs::Source;
use syndiff::gui::picker::PickOutcome;
use syndiff::gui::{Command, FilesCommand, SettingsCommand, SideSel};

#[test]
fn a_saved_web_page_loads_as_its_article_or_whole() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/story.html");
    let mut harness = harness_with(vec![]);
    harness.state_mut().apply(Command::Files(FilesCommand::Load(
        SideSel::Right,
        page.clone(),
    )));
    settle(&mut harness);
    harness.get_by_label_contains("Right: story.html  (UTF-8, web page, article, ");
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    assert!(!cmp.right.document.text.contains("googletag"));
    assert!(!cmp.right.document.text.contains("Great article, thanks"));
    assert_eq!(
        cmp.stats.paragraphs.unchanged, 11,
        "the story's 11 paragraphs match"
    );

    let mut settings = harness.state().settings().clone();
    settings.whole_page = true;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    settle(&mut harness);
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    assert!(cmp.right.document.text.contains("Great article, thanks"));
    harness.get_by_label_contains("Right: story.html  (UTF-8, web page, whole page, ");
}

#[test]
fn word_and_opendocument_files_open_and_say_how_they_were_read() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/office");
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenPair(
            fixtures.join("story.docx"),
            fixtures.join("story.odt"),
        )));
    settle(&mut harness);
    assert!(harness.state().chrome().errors().is_empty());
    harness.get_by_label_contains("Left: story.docx");
    // Issue 30: no encoding for a Word or OpenDocument file ("UTF-8, Word
    // document" named one the file does not have).
    harness.get_by_label_contains("(Word document, ");
    harness.get_by_label_contains("(OpenDocument text, ");
    assert!(harness.query_by_label_contains("UTF-8").is_none());
    harness.get_by_label("The two texts are identical.");
    let pdf = fixtures.join("../pdf/seed000-two.pdf");
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenPair(
            pdf,
            fixtures.join("seed000.docx"),
        )));
    settle(&mut harness);
    assert!(harness.state().chrome().errors().is_empty());
    harness.get_by_label_contains("(PDF, 353 words)");
}

#[test]
fn a_web_address_opens_on_either_side_and_a_failure_says_why() {
    let base = crate::http::serve();
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    harness.get_by_label("Open on the left");
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(&format!("{base}/story"));
    harness.run();
    harness.get_by_label("Open on the right").click();
    harness.run();
    settle(&mut harness);
    assert!(
        harness.state().chrome().errors().is_empty(),
        "{:?}",
        harness.state().chrome().errors()
    );
    assert!(
        harness.state().chrome().address().is_none(),
        "the window closed"
    );
    harness.get_by_label_contains(&format!("Right: {base}/story"));
    harness.get_by_label_contains("(windows-1252, web page, article, ");

    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenAddress(
            SideSel::Left,
            format!("{base}/missing"),
        )));
    settle(&mut harness);
    let errors = harness.state().chrome().errors().to_vec();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("Cannot open the left page:") && e.contains("404")),
        "{errors:?}"
    );
}

#[test]
fn pasted_text_becomes_a_side_and_can_be_saved() {
    use syndiff::gui::clipboard::{Clip, FixedClipboard};
    let dir = temp_dir("paste");
    let saved = dir.join("press release.txt");
    let mut harness = harness_with(vec![PickOutcome::Picked(saved.clone())]);
    harness
        .state_mut()
        .set_clipboard(Box::new(FixedClipboard(Clip {
            text: "The council met on Tuesday.\n\nIt rained.".into(),
            html: None,
        })));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::V);
    harness.run();
    settle(&mut harness);
    assert!(matches!(
        harness.state().pair().source(SideSel::Right),
        Source::Pasted(_)
    ));
    harness.get_by_label_contains("Right: pasted text, ");
    let cmp = harness.state().pair().comparison().unwrap().clone();
    assert_eq!(
        &*cmp.right.document.text,
        "The council met on Tuesday.\n\nIt rained."
    );

    harness.get_by_label("Paste").click();
    harness.run();
    harness.get_by_label("Save the pasted right text…").click();
    harness.run();
    settle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&saved).unwrap(),
        "The council met on Tuesday.\n\nIt rained."
    );
    assert_eq!(
        *harness.state().pair().source(SideSel::Right),
        Source::File(saved.clone())
    );
    // An empty clipboard says so and changes nothing.
    harness
        .state_mut()
        .set_clipboard(Box::new(FixedClipboard(Clip::default())));
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::PasteAs(SideSel::Left)));
    assert_eq!(
        harness.state().chrome().errors(),
        ["The clipboard holds no text to paste."]
    );
}
