//! The editor's reviewed marks and notes in the app: the part holding the
//! open pair's [`ReviewLog`] and the folder it is kept in, and the commands
//! that change it. Each change is saved at once, so closing the app loses
//! nothing; the folder is the app's data folder (`SYNDIFF_DATA_DIR` moves
//! it), never beside the files compared.

use std::path::PathBuf;

use super::SyndiffApp;
use crate::engine::model::Comparison;
use crate::gui::MarkCommand;
use crate::report::wording;
use crate::review::store::{Restored, ReviewStore};
use crate::review::ReviewLog;

/// The open pair's marks and where they are kept.
#[derive(Debug, Default)]
pub struct Marks {
    store: Option<ReviewStore>,
    log: Option<ReviewLog>,
    /// (reviewed, changes, notes) among the changes the reader steps
    /// through; counted when marks or changes change, not each frame.
    progress: (usize, usize, usize),
}

/// The folder review logs are kept in: `$SYNDIFF_DATA_DIR/reviews`, or
/// `reviews` in the app's data folder.
pub fn default_folder() -> Option<PathBuf> {
    std::env::var_os("SYNDIFF_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("syndiff"))
        .map(|dir| dir.join("reviews"))
}

impl Marks {
    pub(super) fn new(folder: Option<PathBuf>) -> Self {
        Self {
            store: folder.map(ReviewStore::new),
            log: None,
            progress: (0, 0, 0),
        }
    }

    /// The marks and notes on the open pair.
    pub fn log(&self) -> Option<&ReviewLog> {
        self.log.as_ref()
    }

    /// How far the review got: (reviewed, changes, notes).
    pub fn progress(&self) -> (usize, usize, usize) {
        self.progress
    }

    /// Counts the review's progress over `changes`.
    pub(super) fn count(&mut self, cmp: &Comparison, changes: &[usize]) {
        self.progress = match &self.log {
            Some(log) => (
                log.reviewed_count(cmp, changes),
                changes.len(),
                changes
                    .iter()
                    .filter(|&&u| !log.note(&cmp.units[u]).is_empty())
                    .count(),
            ),
            None => (0, changes.len(), 0),
        };
    }

    /// The folder marks are kept in, if the app has one.
    pub fn folder(&self) -> Option<&std::path::Path> {
        self.store.as_ref().map(ReviewStore::dir)
    }

    /// A comparison arrived: brings back the marks kept for its pair. Returns
    /// what to tell the reader: `Ok` news, or `Err` a problem.
    pub(super) fn arrived(&mut self, cmp: &Comparison) -> Option<Result<String, String>> {
        let same_pair = self.log.as_ref().is_some_and(|log| {
            log.changed_side(cmp).is_none()
                && log.left.path == cmp.left.document.path
                && log.right.path == cmp.right.document.path
        });
        if same_pair {
            // Compared again (other options): the marks in hand are current.
            return None;
        }
        let Some(store) = &self.store else {
            self.log = Some(ReviewLog::new(cmp));
            return None;
        };
        let (log, found) = store.load(cmp);
        self.log = Some(log);
        match found {
            Restored::Nothing => None,
            Restored::Marks(n) => Some(Ok(wording::review_restored(n))),
            Restored::TextChanged {
                right,
                marks,
                kept_at,
            } => Some(Err(wording::review_set_aside(right, marks, &kept_at))),
            Restored::Unreadable { reason, kept_at } => {
                Some(Err(wording::review_unreadable(&reason, &kept_at)))
            }
        }
    }

    /// Changes the log and keeps it; says why keeping failed.
    fn change(&mut self, edit: impl FnOnce(&mut ReviewLog)) -> Result<(), String> {
        let Some(log) = &mut self.log else {
            return Ok(());
        };
        edit(log);
        match &self.store {
            Some(store) => store
                .save(log)
                .map(|_| ())
                .map_err(|e| wording::cannot("keep the review marks", e)),
            None => Ok(()),
        }
    }
}

impl SyndiffApp {
    /// Keeps review marks in `folder` from now on (tests, and readers who
    /// move their data).
    pub fn set_review_folder(&mut self, folder: PathBuf) {
        self.marks = Marks::new(Some(folder));
        if let Some(cmp) = self.pair.comparison().cloned() {
            self.marks.arrived(&cmp);
            self.marks.count(&cmp, self.reading.changes());
        }
    }

    /// Reviewed marks and notes.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    pub(super) fn apply_marks(&mut self, command: MarkCommand) {
        let Some(cmp) = self.pair.comparison().cloned() else {
            return;
        };
        let result = match command {
            MarkCommand::ToggleReviewed => match self.reading.current_unit() {
                Some(u) => {
                    let unit = &cmp.units[u];
                    let reviewed = self.marks.log().is_some_and(|l| l.is_reviewed(unit));
                    self.marks.change(|log| log.set_reviewed(unit, !reviewed))
                }
                None => Ok(()),
            },
            MarkCommand::SetReviewed(u, reviewed) => match cmp.units.get(u) {
                Some(unit) => self.marks.change(|log| log.set_reviewed(unit, reviewed)),
                None => Ok(()),
            },
            MarkCommand::SetNote(u, note) => match cmp.units.get(u) {
                Some(unit) => self.marks.change(|log| log.set_note(unit, &note)),
                None => Ok(()),
            },
            MarkCommand::NextUnreviewed => {
                self.step_unreviewed(&cmp, true);
                Ok(())
            }
            MarkCommand::PreviousUnreviewed => {
                self.step_unreviewed(&cmp, false);
                Ok(())
            }
        };
        // Ticks show in the rows: their layouts must be made again.
        self.reading.bump_version();
        self.marks.count(&cmp, self.reading.changes());
        if let Err(message) = result {
            self.chrome.show_error(message);
        }
    }

    /// Goes to the next (or previous) change not yet reviewed.
    fn step_unreviewed(&mut self, cmp: &Comparison, forward: bool) {
        let changes = self.reading.changes();
        let unreviewed = |&i: &usize| {
            !self
                .marks
                .log()
                .is_some_and(|l| l.is_reviewed(&cmp.units[changes[i]]))
        };
        let target = match (self.reading.current_change(), forward) {
            (Some(c), true) => (c + 1..changes.len()).find(unreviewed),
            (None, true) => (0..changes.len()).find(unreviewed),
            (Some(c), false) => (0..c).rev().find(unreviewed),
            (None, false) => (0..changes.len()).rev().find(unreviewed),
        };
        match target {
            Some(i) => {
                let options = self.row_options();
                self.reading.go_to_change(i, Some(cmp), options);
            }
            None => self.chrome.show_notice(wording::all_reviewed(forward)),
        }
    }
}
