//! The chrome around the comparison: messages, which windows are open, the
//! question before replacing a file, and file dialogs under way. Its
//! fields are its own: other parts of the app tell it what to show through
//! the methods below, and [`Chrome::apply`] handles every [`ChromeCommand`].

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::gui::picker::PickOutcome;
use crate::gui::{ChromeCommand, Command, FilesCommand, OutputFormat, SideSel, StoryCommand};

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
    errors: Vec<String>,
    /// The last thing done that a reader should see confirmed.
    notice: Option<String>,
    show_options: bool,
    show_help: bool,
    show_legend: bool,
    /// The "Open a web address" window, and what is typed in it.
    show_address: bool,
    address: String,
    confirm_overwrite: Option<(OutputFormat, PathBuf)>,
    pending: Vec<Pending>,
}

impl Chrome {
    /// The error messages shown, oldest first.
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// The file an export asks to replace, while the question is open.
    pub fn confirm_overwrite(&self) -> Option<&Path> {
        self.confirm_overwrite.as_ref().map(|(_, p)| p.as_path())
    }

    /// The confirmation shown, if any ("Saved …").
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Whether the options window is open.
    pub fn show_options(&self) -> bool {
        self.show_options
    }

    /// Whether the keyboard help is open.
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

    /// Windows and messages: every chrome command changes only the chrome.
    pub(super) fn apply(&mut self, command: ChromeCommand) {
        match command {
            ChromeCommand::ToggleOptions => self.show_options = !self.show_options,
            ChromeCommand::CloseOptions => self.show_options = false,
            ChromeCommand::ToggleAddress => {
                self.show_address = !self.show_address;
                // Each opening starts empty and takes the keyboard: the
                // last address, kept, swallowed what was typed.
                if self.show_address {
                    self.address.clear();
                }
            }
            ChromeCommand::SetAddress(address) => self.address = address,
            ChromeCommand::ToggleHelp => self.show_help = !self.show_help,
            ChromeCommand::CloseHelp => self.show_help = false,
            ChromeCommand::ToggleLegend => self.show_legend = !self.show_legend,
            ChromeCommand::ShowNotice(message) => self.notice = Some(message),
            ChromeCommand::DismissError(i) => {
                if i < self.errors.len() {
                    self.errors.remove(i);
                }
            }
            ChromeCommand::DismissNotice => self.notice = None,
            ChromeCommand::ShowError(message) => self.show_error(message),
        }
    }

    /// Something went wrong that the reader should hear about.
    pub(super) fn show_error(&mut self, message: String) {
        self.errors.push(message);
    }

    /// Something went right that the reader should hear about.
    pub(super) fn show_notice(&mut self, message: String) {
        self.notice = Some(message);
    }

    /// What went wrong before is past (something has just succeeded).
    pub(super) fn clear_errors(&mut self) {
        self.errors.clear();
    }

    /// The view changed (another pair, the story view): a confirmation
    /// ("Saved …") was about the one before.
    pub(super) fn clear_notice(&mut self) {
        self.notice = None;
    }

    /// The address window's work is done (its page is being fetched).
    pub(super) fn close_address(&mut self) {
        self.show_address = false;
    }

    /// A file dialog was opened: its answer is awaited.
    pub(super) fn await_dialog(&mut self, pending: Pending) {
        self.pending.push(pending);
    }

    /// Asks whether to replace `path` with an export in `format`.
    pub(super) fn ask_overwrite(&mut self, format: OutputFormat, path: PathBuf) {
        self.confirm_overwrite = Some((format, path));
    }

    /// The reader answered the question: the export it was about.
    pub(super) fn take_overwrite(&mut self) -> Option<(OutputFormat, PathBuf)> {
        self.confirm_overwrite.take()
    }

    /// The commands answered file dialogs ask for; keeps the dialogs still
    /// open. Only reads the dialogs' channels: what they answer is applied
    /// with the frame's other commands. Part of the frame's intake
    /// ([`super::SyndiffApp::arrivals`]).
    pub(super) fn dialog_answers(&mut self) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut still = Vec::new();
        for pending in self.pending.drain(..) {
            let receiver = match &pending {
                Pending::Open(_, r)
                | Pending::Save(_, r)
                | Pending::SavePasted(_, r)
                | Pending::OpenStory(r) => r,
            };
            match receiver.try_recv() {
                Ok(PickOutcome::PickedMany(paths)) => {
                    commands.push(Command::Story(StoryCommand::OpenStory(paths)))
                }
                Ok(PickOutcome::Picked(path)) => commands.push(match pending {
                    Pending::Open(side, _) => Command::Files(FilesCommand::Load(side, path)),
                    Pending::Save(format, _) => Command::Files(FilesCommand::Export(format, path)),
                    Pending::SavePasted(side, _) => {
                        Command::Files(FilesCommand::SavePastedTo(side, path))
                    }
                    Pending::OpenStory(_) => Command::Story(StoryCommand::OpenStory(vec![path])),
                }),
                Ok(PickOutcome::Cancelled) | Err(TryRecvError::Disconnected) => {}
                Ok(PickOutcome::Unavailable(message)) => {
                    commands.push(Command::Chrome(ChromeCommand::ShowError(message)))
                }
                Err(TryRecvError::Empty) => still.push(pending),
            }
        }
        self.pending = still;
        commands
    }
}
