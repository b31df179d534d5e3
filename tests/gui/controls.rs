//! Controls that did not answer when the app was tried in a real window
//! (issue "The story and the window tell the truth", item 5), each with
//! the test named after it.

use std::collections::HashMap;

use crate::support::{harness_with, settle, temp_dir};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use syndiff::gui::jobs::Source;
use syndiff::gui::picker::{PickOutcome, QueuedPicker};
use syndiff::gui::{ChromeCommand, Command, FilesCommand, SideSel, SyndiffApp};

/// Frames enough for a hover text to show (egui waits half a second of
/// stillness; each frame is a quarter of a second).
fn rest(harness: &mut Harness<'static, SyndiffApp>) {
    for _ in 0..6 {
        harness.step();
    }
    harness.run();
}

const DIVIDER_HINT: &str = "Drag to resize the columns; double-click to reset";

#[test]
fn the_gutters_badge_hover_text_is_covered_by_the_divider_side_by_side() {
    let mut harness = harness_with(vec![]);
    // The loose rewrite: material changes, so "!" badges in the gutter.
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(0, 4)));
    settle(&mut harness);
    assert!(!harness.state().settings().redline, "side by side");
    let (hint, spot) = {
        let badge = harness
            .get_all_by_label_contains("Material change")
            .find(|n| n.rect().width() <= 24.0)
            .expect("a material badge in the gutter");
        let node = badge.accesskit_node();
        let hint = node.label().or(node.value()).unwrap_or_default();
        (hint, badge.rect().center())
    };
    let before = harness.query_all_by_label(&hint).count();
    harness.hover_at(spot);
    rest(&mut harness);
    assert!(
        harness.query_by_label(DIVIDER_HINT).is_none(),
        "the divider's hover text showed over the badge"
    );
    assert_eq!(
        harness.query_all_by_label(&hint).count(),
        before + 1,
        "the badge's hover text ({hint}) shows beside the badge"
    );
    // Off the glyphs, the divider still answers.
    harness.hover_at(spot + egui::vec2(0.0, 60.0));
    rest(&mut harness);
    harness.get_by_label("Column divider");
}

#[test]
fn open_address_a_second_time_takes_the_keyboard_and_enter_opens_what_was_typed() {
    let base = crate::http::serve();
    let mut harness = harness_with(vec![]);
    let typed = |harness: &Harness<'static, SyndiffApp>| {
        harness.state().chrome().address().map(str::to_owned)
    };
    // First use: an address typed, then the window closed.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    harness.event(egui::Event::Text(format!("{base}/missing")));
    harness.run();
    assert_eq!(typed(&harness), Some(format!("{base}/missing")));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    assert!(typed(&harness).is_none(), "closed");
    // Second use: the field is empty and has the keyboard.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    assert_eq!(typed(&harness).as_deref(), Some(""));
    harness.event(egui::Event::Text(format!("{base}/story")));
    harness.run();
    assert_eq!(typed(&harness), Some(format!("{base}/story")));
    // Enter opens what was typed (on the right), not the first address.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(typed(&harness).is_none(), "Enter opened the address");
    settle(&mut harness);
    assert!(
        harness.state().chrome().errors().is_empty(),
        "{:?}",
        harness.state().chrome().errors()
    );
    harness.get_by_label_contains(&format!("Right: {base}/story"));
}

#[test]
fn the_saved_bar_stays_through_the_story_view_and_every_later_pair() {
    let target = temp_dir("saved-bar").join("out.json");
    let mut harness = harness_with(vec![PickOutcome::Picked(target)]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.run();
    harness.get_by_label_contains("Saved ");
    // The view changes: a new pair. The confirmation was about the last one.
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(2, 3)));
    settle(&mut harness);
    assert!(harness.state().chrome().notice().is_none());
    assert!(harness.query_by_label_contains("Saved ").is_none());
    // And the story view.
    harness
        .state_mut()
        .apply(Command::Chrome(ChromeCommand::ShowNotice("Saved x".into())));
    harness
        .state_mut()
        .apply(Command::Story(syndiff::gui::StoryCommand::OpenSampleStory));
    settle(&mut harness);
    assert!(harness.state().story().shown());
    assert!(harness.state().chrome().notice().is_none());
}

#[test]
fn escape_does_not_close_options() {
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    assert!(harness.state().chrome().show_options());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().chrome().show_options());
}

/// Reported from a real window; not reproduced here (this test passed
/// before any change, and so did the same steps in Xvfb with openbox and
/// xdotool: egui drops the hover text on the `PointerGone` a window sends
/// when the pointer leaves). Kept so that it stays so.
#[test]
fn a_hover_text_stays_up_after_the_pointer_leaves_the_window() {
    let mut harness = harness_with(vec![]);
    let find = harness.get_by_label("Find").rect().center();
    harness.hover_at(find);
    rest(&mut harness);
    assert!(
        harness.query_by_label("Ctrl+F").is_some(),
        "the hover text shows"
    );
    harness.event(egui::Event::PointerGone);
    rest(&mut harness);
    assert!(
        harness.query_by_label("Ctrl+F").is_none(),
        "the hover text went with the pointer"
    );
}

#[test]
fn at_800_by_600_help_is_clipped_on_the_right() {
    let mut harness = Harness::builder()
        .with_size([800.0, 600.0])
        .with_max_steps(200)
        .build_eframe(|cc| {
            let mut app = SyndiffApp::new(cc, Box::new(QueuedPicker::default()), None, None);
            app.set_review_folder(temp_dir("reviews"));
            app
        });
    settle(&mut harness);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().chrome().show_help());
    let mut seen = 0;
    for shortcut in syndiff::gui::shortcuts::table() {
        for node in harness.query_all_by_label(shortcut.does) {
            seen += 1;
            let right = node.rect().right();
            assert!(right <= 800.0, "{:?} ends at {right}", shortcut.does);
        }
    }
    assert!(seen > 0, "Help lists the shortcuts");
}

/// An [`eframe::Storage`] in memory: what the app saves at exit, for the
/// next start.
#[derive(Default)]
struct Remembered(HashMap<String, String>);

impl eframe::Storage for Remembered {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn a_pair_opened_from_samples_is_not_restored_at_the_next_start() {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Samples").click();
    harness.run();
    harness
        .get_by_label("002 vs 003 (independent reports)")
        .click();
    harness.run();
    settle(&mut harness);
    let mut storage = Remembered::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    // The next start, with what was saved.
    let storage: &'static Remembered = Box::leak(Box::new(storage));
    let mut next = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(200)
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            let mut app = SyndiffApp::new(cc, Box::new(QueuedPicker::default()), None, None);
            app.set_review_folder(temp_dir("reviews"));
            app
        });
    settle(&mut next);
    let pair = next.state().pair();
    assert_eq!(*pair.source(SideSel::Left), Source::Sample(2));
    assert_eq!(*pair.source(SideSel::Right), Source::Sample(3));
}
