//! The harness every GUI test file shares: the real app in egui_kittest,
//! with an injected file picker, and helpers to wait for the worker.
// Each test binary includes this module and uses only some of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use egui_kittest::Harness;
use syndiff::gui::picker::{PickOutcome, QueuedPicker};
use syndiff::gui::{Command, FilesCommand, SettingsCommand, SideSel, SyndiffApp};

pub mod temp;
pub use temp::temp_dir;

pub fn harness_with(answers: Vec<PickOutcome>) -> Harness<'static, SyndiffApp> {
    harness_keeping_reviews_in(answers, temp_dir("reviews"))
}

/// The app with review marks kept in `reviews` (not the reader's own data
/// folder).
pub fn harness_keeping_reviews_in(
    answers: Vec<PickOutcome>,
    reviews: PathBuf,
) -> Harness<'static, SyndiffApp> {
    let picker = QueuedPicker {
        answers: answers.into(),
        ..QueuedPicker::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        // The spinner repaints while a comparison runs.
        .with_max_steps(200)
        .build_eframe(move |cc| {
            let mut app = SyndiffApp::new(cc, Box::new(picker), None, None);
            app.set_review_folder(reviews);
            app
        });
    settle(&mut harness);
    harness
}

/// Runs frames until the worker has answered and the UI is still.
pub fn settle(harness: &mut Harness<'static, SyndiffApp>) {
    for _ in 0..1000 {
        harness.step();
        if !harness.state().is_busy() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!harness.state().is_busy(), "comparison never finished");
    harness.run();
}

/// Asks, as a reader may in Options, that the change keys (F7) stop at
/// boilerplate changes too.
pub fn step_into_boilerplate(harness: &mut Harness<'static, SyndiffApp>) {
    let mut settings = harness.state().settings().clone();
    settings.step_into_boilerplate = true;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
}

pub fn current_unit(harness: &Harness<'static, SyndiffApp>) -> Option<usize> {
    let app = harness.state();
    app.reading()
        .current_change()
        .map(|c| app.reading().changes()[c])
}

/// The app comparing two texts, written to files named `a.txt` and
/// `b.txt` in a fresh folder and opened as the left and right sides.
pub fn harness_comparing(name: &str, left: &str, right: &str) -> Harness<'static, SyndiffApp> {
    let dir = temp_dir(name);
    let mut harness = harness_with(vec![]);
    for (side, file, text) in [
        (SideSel::Left, "a.txt", left),
        (SideSel::Right, "b.txt", right),
    ] {
        std::fs::write(dir.join(file), text).unwrap();
        harness
            .state_mut()
            .apply(Command::Files(FilesCommand::Load(side, dir.join(file))));
        settle(&mut harness);
    }
    harness
}

/// A file dropped on the window, as egui hands it over.
#[derive(Debug)]
pub struct PathDrop(pub PathBuf);

impl egui::DroppedFile for PathDrop {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
