//! File dialogs behind a small trait, so tests can inject paths.
//!
//! The real picker runs rfd's `AsyncFileDialog` on its own thread: a native
//! dialog never blocks the UI thread, and the window keeps repainting. The
//! answer comes back through a channel and wakes the UI.

use crate::report::wording;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// What a dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickOutcome {
    Picked(PathBuf),
    /// Several files chosen at once (the dialog for a story's versions).
    PickedMany(Vec<PathBuf>),
    Cancelled,
    /// No dialog could be shown (no desktop portal, no zenity).
    Unavailable(String),
}

/// Shows open and save dialogs. Each call returns at once; the outcome
/// arrives on the receiver.
pub trait FilePicker {
    fn pick_open(&mut self, title: &str, ctx: &egui::Context) -> Receiver<PickOutcome>;
    /// An open dialog where several files can be chosen together.
    fn pick_open_many(&mut self, title: &str, ctx: &egui::Context) -> Receiver<PickOutcome>;
    fn pick_save(
        &mut self,
        title: &str,
        file_name: &str,
        ctx: &egui::Context,
    ) -> Receiver<PickOutcome>;
}

/// The native dialogs (rfd).
#[derive(Debug, Default)]
pub struct RfdPicker;

/// An answer faster than this with no file means no dialog was shown.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

const NO_DIALOG_MESSAGE: &str = crate::report::wording::NO_FILE_DIALOG;

fn spawn_dialog(
    ctx: &egui::Context,
    run: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) -> Receiver<PickOutcome> {
    spawn_dialog_many(ctx, move || run().map(|p| vec![p]))
}

/// Runs a dialog answering with files on its own thread; one file is
/// [`PickOutcome::Picked`], more [`PickOutcome::PickedMany`].
fn spawn_dialog_many(
    ctx: &egui::Context,
    run: impl FnOnce() -> Option<Vec<PathBuf>> + Send + 'static,
) -> Receiver<PickOutcome> {
    let (sender, receiver) = mpsc::channel();
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("file-dialog".into())
        .spawn(move || {
            let began = Instant::now();
            let outcome = match run().filter(|paths| !paths.is_empty()) {
                Some(mut paths) if paths.len() == 1 => PickOutcome::Picked(paths.remove(0)),
                Some(paths) => PickOutcome::PickedMany(paths),
                None if began.elapsed() < NO_DIALOG_WITHIN => {
                    PickOutcome::Unavailable(NO_DIALOG_MESSAGE.to_owned())
                }
                None => PickOutcome::Cancelled,
            };
            let _ = sender.send(outcome);
            ctx.request_repaint();
        });
    if let Err(e) = spawned {
        let (sender, receiver) = mpsc::channel();
        let _ = sender.send(PickOutcome::Unavailable(wording::cannot(
            "start the file dialog",
            e,
        )));
        return receiver;
    }
    receiver
}

impl FilePicker for RfdPicker {
    fn pick_open(&mut self, title: &str, ctx: &egui::Context) -> Receiver<PickOutcome> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter("Articles", &crate::engine::load::ARTICLE_EXTENSIONS)
            .add_filter("All files", &["*"]);
        spawn_dialog(ctx, move || {
            pollster::block_on(dialog.pick_file()).map(|f| f.path().to_owned())
        })
    }

    fn pick_open_many(&mut self, title: &str, ctx: &egui::Context) -> Receiver<PickOutcome> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter("Articles", &crate::engine::load::ARTICLE_EXTENSIONS)
            .add_filter("All files", &["*"]);
        spawn_dialog_many(ctx, move || {
            pollster::block_on(dialog.pick_files())
                .map(|files| files.iter().map(|f| f.path().to_owned()).collect())
        })
    }

    fn pick_save(
        &mut self,
        title: &str,
        file_name: &str,
        ctx: &egui::Context,
    ) -> Receiver<PickOutcome> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(file_name);
        spawn_dialog(ctx, move || {
            pollster::block_on(dialog.save_file()).map(|f| f.path().to_owned())
        })
    }
}

/// A picker that answers from a queue: for tests and scripted runs.
#[derive(Debug, Default)]
pub struct QueuedPicker {
    pub answers: std::collections::VecDeque<PickOutcome>,
    /// The file names save dialogs were opened with, in order.
    pub save_names: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl QueuedPicker {
    fn next(&mut self) -> Receiver<PickOutcome> {
        let (sender, receiver) = mpsc::channel();
        let _ = sender.send(self.answers.pop_front().unwrap_or(PickOutcome::Cancelled));
        receiver
    }
}

impl FilePicker for QueuedPicker {
    fn pick_open(&mut self, _title: &str, _ctx: &egui::Context) -> Receiver<PickOutcome> {
        self.next()
    }
    fn pick_open_many(&mut self, _title: &str, _ctx: &egui::Context) -> Receiver<PickOutcome> {
        self.next()
    }
    fn pick_save(
        &mut self,
        _title: &str,
        name: &str,
        _ctx: &egui::Context,
    ) -> Receiver<PickOutcome> {
        if let Ok(mut names) = self.save_names.lock() {
            names.push(name.to_owned());
        }
        self.next()
    }
}
