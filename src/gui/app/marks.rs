//! The editor's reviewed marks and notes in the app: the part holding the
//! open pair's [`ReviewLog`] and the folder it is kept in, and the commands
//! that change it. Each change is saved at once, so closing the app loses
//! nothing; the folder is the app's data folder (`SYNDIFF_DATA_DIR` moves
//! it), never beside the files compared.

use std::path::PathBuf;

use crate::engine::model::Comparison;
use crate::gui::MarkCommand;
use crate::report::wording;
use crate::review::store::{Restored, ReviewStore};
use crate::review::ReviewLog;

/// What a marks command leaves for the app to do in other parts.
pub(super) enum MarksAnswer {
    Done,
    /// Make this change (an index into the reader's changes) current.
    GoToChange(usize),
    /// Tell the reader this.
    Notice(String),
    /// The marks could not be kept: tell the reader why.
    Failed(String),
}

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

    /// Applies a marks command to the pair `cmp`, whose `changes` a reader
    /// steps through, `current` among them; says what is left for the app
    /// to do (moving the reader, telling them something).
    pub(super) fn apply(
        &mut self,
        command: MarkCommand,
        cmp: &Comparison,
        changes: &[usize],
        current: Option<usize>,
    ) -> MarksAnswer {
        let kept = match command {
            MarkCommand::ToggleReviewed => match current.and_then(|c| changes.get(c)) {
                Some(&u) => {
                    let unit = &cmp.units[u];
                    let reviewed = self.log().is_some_and(|l| l.is_reviewed(unit));
                    self.change(|log| log.set_reviewed(unit, !reviewed))
                }
                None => Ok(()),
            },
            MarkCommand::SetReviewed(u, reviewed) => match cmp.units.get(u) {
                Some(unit) => self.change(|log| log.set_reviewed(unit, reviewed)),
                None => Ok(()),
            },
            MarkCommand::SetNote(u, note) => match cmp.units.get(u) {
                Some(unit) => self.change(|log| log.set_note(unit, &note)),
                None => Ok(()),
            },
            MarkCommand::NextUnreviewed => return self.unreviewed(cmp, changes, current, true),
            MarkCommand::PreviousUnreviewed => {
                return self.unreviewed(cmp, changes, current, false)
            }
        };
        match kept {
            Ok(()) => MarksAnswer::Done,
            Err(message) => MarksAnswer::Failed(message),
        }
    }

    /// The next (or previous) change not yet reviewed.
    fn unreviewed(
        &self,
        cmp: &Comparison,
        changes: &[usize],
        current: Option<usize>,
        forward: bool,
    ) -> MarksAnswer {
        let unreviewed = |&i: &usize| {
            !self
                .log()
                .is_some_and(|l| l.is_reviewed(&cmp.units[changes[i]]))
        };
        let target = match (current, forward) {
            (Some(c), true) => (c + 1..changes.len()).find(unreviewed),
            (None, true) => (0..changes.len()).find(unreviewed),
            (Some(c), false) => (0..c).rev().find(unreviewed),
            (None, false) => (0..changes.len()).rev().find(unreviewed),
        };
        match target {
            Some(i) => MarksAnswer::GoToChange(i),
            None => MarksAnswer::Notice(wording::all_reviewed(forward)),
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
