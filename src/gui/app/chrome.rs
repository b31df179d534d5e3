//! The chrome around the comparison: messages, which windows are open, the
//! question before replacing a file, and file dialogs under way.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use crate::gui::picker::PickOutcome;
use crate::gui::{OutputFormat, SideSel};

/// A dialog under way and what its answer is for.
pub(super) enum Pending {
    Open(SideSel, Receiver<PickOutcome>),
    Save(OutputFormat, Receiver<PickOutcome>),
    SavePasted(SideSel, Receiver<PickOutcome>),
    /// Versions of one story, several files at once.
    OpenStory(Receiver<PickOutcome>),
}

/// Messages, open windows and dialogs under way.
#[derive(Default)]
pub struct Chrome {
    pub(super) errors: Vec<String>,
    /// The last thing done that a reader should see confirmed.
    pub(super) notice: Option<String>,
    pub(super) show_options: bool,
    pub(super) show_help: bool,
    pub(super) show_legend: bool,
    /// The "Open a web address" window, and what is typed in it.
    pub(super) show_address: bool,
    pub(super) address: String,
    pub(super) confirm_overwrite: Option<(OutputFormat, PathBuf)>,
    pub(super) pending: Vec<Pending>,
}

impl Chrome {
    /// The error messages shown, oldest first.
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// The file an export asks to replace, while the question is open.
    pub fn confirm_overwrite(&self) -> Option<&std::path::Path> {
        self.confirm_overwrite.as_ref().map(|(_, p)| p.as_path())
    }

    /// The confirmation shown, if any ("Saved …").
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn show_options(&self) -> bool {
        self.show_options
    }

    pub fn show_help(&self) -> bool {
        self.show_help
    }

    /// Whether the legend of the marks is open.
    pub fn show_legend(&self) -> bool {
        self.show_legend
    }

    /// The "Open a web address" window, if open: what is typed in it.
    pub fn address(&self) -> Option<&str> {
        self.show_address.then_some(self.address.as_str())
    }
}
