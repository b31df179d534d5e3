//! The desktop app (feature `gui`): two articles side by side.
//!
//! Structure follows egui's `WrapApp`: the `*_ui` functions read the state
//! and return [`Command`]s; [`app::SyndiffApp::apply`] is the one place that
//! changes state. Comparisons run on a worker thread ([`worker`]); file
//! dialogs run off the UI thread behind the [`picker::FilePicker`] trait.

mod app;
pub mod clipboard;
mod dialogs;
mod find;
mod frame;
mod input;
pub mod jobs;
pub mod legend;
mod menus;
mod panels;
pub mod picker;
pub mod settings;
pub mod shortcuts;
mod story;
pub mod style;
mod summary;
pub mod view;
mod worker;

use std::path::PathBuf;

pub use crate::report::OutputFormat;

pub use app::SyndiffApp;

/// Which side of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SideSel {
    Left,
    Right,
}

/// Everything the user can ask the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// The story of many versions: opening one, its view, its quotes.
    Story(StoryCommand),
    /// The editor's reviewed marks and notes.
    Marks(MarkCommand),
    /// What the reader changes of the settings.
    Settings(SettingsCommand),
    /// The app's windows and messages.
    Chrome(ChromeCommand),
    /// Moving through the comparison: changes, links, scrolling, hovering, find.
    Reading(ReadingCommand),
    /// The pair's files: opening, pasting, reloading, exporting, and what
    /// the worker answered.
    Files(FilesCommand),
}

/// What the reader asks of the story of many versions; the story part
/// handles every one ([`app::StoryPart`]).
#[derive(Debug, Clone, PartialEq)]
pub enum StoryCommand {
    /// Asks for several files (versions of one story), then opens them.
    OpenStoryDialog,
    /// Opens these files (a folder: its files) as versions of one story.
    OpenStory(Vec<PathBuf>),
    /// Opens the five sample articles as one story.
    OpenSampleStory,
    /// The story view, or the pair on screen.
    ToggleStory,
    /// Opens versions `.0` (left) and `.1` (right) of the story side by side.
    OpenStoryPair(usize, usize),
    /// Chooses a quote in the quotes panel (`.0`), and which occurrence of
    /// it to show with its word diff (`.1`); `None`: no quote chosen.
    SelectQuote(Option<(usize, Option<usize>)>),
    /// A story finished on its worker.
    StoryArrived(story::job::StoryDone),
    /// A story could not be read (a version failed to load).
    StoryFailed(String),
}

/// What the editor asks of the reviewed marks and notes; the marks part
/// handles every one ([`app::Marks`]).
#[derive(Debug, Clone, PartialEq)]
pub enum MarkCommand {
    /// Marks the current change reviewed, or not reviewed again.
    ToggleReviewed,
    /// Marks unit `.0` reviewed (`true`) or not.
    SetReviewed(usize, bool),
    /// Sets the note on unit `.0` (empty: no note).
    SetNote(usize, String),
    /// Goes to the next change not yet reviewed.
    NextUnreviewed,
    /// Goes to the previous change not yet reviewed.
    PreviousUnreviewed,
}

/// What the reader changes of the settings; the settings part handles every one.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsCommand {
    ToggleBoilerplate,
    /// Material changes only, or every change.
    ToggleMaterialOnly,
    /// The redline (one column) or side by side.
    ToggleRedline,
    SetSettings(Box<settings::Settings>),
    /// Moves the column divider to this fraction of the text width.
    SetDivider(f32),
    /// Moves the column divider by this fraction (keyboard).
    NudgeDivider(f32),
    ZoomIn,
    ZoomOut,
    ToggleSummary,
}

/// The app's windows and messages; the chrome part handles every one.
#[derive(Debug, Clone, PartialEq)]
pub enum ChromeCommand {
    /// Shows or hides the "Open a web address" window.
    ToggleAddress,
    /// The address typed in that window so far.
    SetAddress(String),
    ToggleOptions,
    /// Closes the options window (Escape).
    CloseOptions,
    ToggleHelp,
    CloseHelp,
    /// Shows or hides the legend of the marks.
    ToggleLegend,
    DismissError(usize),
    /// Something went wrong that the reader should hear about.
    ShowError(String),
    /// Something went right that the reader should hear about ("Saved …").
    ShowNotice(String),
    DismissNotice,
}

/// Moving through the comparison: changes, links, scrolling, hovering, find; the reading part handles every one.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadingCommand {
    NextChange,
    PreviousChange,
    FirstChange,
    LastChange,
    GoToChange(usize),
    GoToUnit(usize),
    GoToMovedFrom(usize),
    /// Scrolls the document view.
    Scroll(ScrollTarget),
    Expand(usize),
    Hover(Option<(usize, usize)>),
    /// The passage link under the pointer, if any.
    HoverLink(Option<usize>),
    /// Shows the end of a link on one side (`Right` or `Left`).
    GoToLink(usize, SideSel),
    OpenFind,
    CloseFind,
    /// The find field has the keyboard.
    FindFocused,
    SetFind(String),
    FindNext(bool),
}

/// The pair's files: opening, pasting, reloading, exporting, and what the worker answered; the files part handles every one.
#[derive(Debug, Clone, PartialEq)]
pub enum FilesCommand {
    OpenDialog(SideSel),
    Load(SideSel, PathBuf),
    OpenSample(usize, usize),
    /// Fetches the page at this address for one side.
    OpenAddress(SideSel, String),
    /// The clipboard's text becomes this side.
    PasteAs(SideSel),
    /// Asks where to save the pasted text of this side, then saves it.
    SavePasted(SideSel),
    /// Saves the pasted text of this side to this file (never over one).
    SavePastedTo(SideSel, PathBuf),
    /// Opens a pair of files, left and right.
    OpenPair(PathBuf, PathBuf),
    Swap,
    Reload,
    /// Ask where to export, then export.
    ExportDialog(OutputFormat),
    /// Export to this path (asks first if it exists).
    Export(OutputFormat, PathBuf),
    ConfirmOverwrite(bool),
    /// A comparison finished on the worker.
    Arrived(worker::Done),
    /// A comparison failed (a file could not be loaded): the pair on
    /// screen stays, and so do the names above it.
    CompareFailed(String),
}

/// Where the document view should scroll to on the next frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScrollTarget {
    /// Bring this row into view, near the top.
    Row(usize),
    /// Move by this many screens (negative: up).
    Pages(f32),
    /// Move by this many lines of text (negative: up).
    Lines(f32),
    /// The start of the document.
    Top,
    /// The end of the document.
    Bottom,
}

/// The five sample articles bundled into the binary.
pub const SAMPLES: [(&str, &str); 5] = [
    (
        "000 bare body",
        include_str!("../../seeds/000_0862837ed87197b0.txt"),
    ),
    (
        "001 full web page",
        include_str!("../../seeds/001_eb5f9ac6cfce23e2.txt"),
    ),
    (
        "002 agency report",
        include_str!("../../seeds/002_071138934c7246b1.txt"),
    ),
    (
        "003 second agency report",
        include_str!("../../seeds/003_40b6f1b6974d403b.txt"),
    ),
    (
        "004 loose rewrite",
        include_str!("../../seeds/004_572b0bc8baeb0163.txt"),
    ),
];

/// Opens the window on the files named on the command line: one or two
/// are the left and right sides; three or more, or a folder, the versions
/// of one story. With none, the last files or the sample pair are shown.
pub fn run(files: Vec<PathBuf>) -> anyhow::Result<()> {
    let story = files.len() >= 3 || files.first().is_some_and(|f| f.is_dir());
    let (left, right) = if story {
        (None, None)
    } else {
        let mut named = files.clone().into_iter();
        (named.next(), named.next())
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("syndiff")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => eprintln!("syndiff: cannot read the app icon: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "syndiff",
        options,
        Box::new(move |cc| {
            let mut app = SyndiffApp::new(cc, Box::new(picker::RfdPicker), left, right);
            if story {
                app.apply(Command::Story(StoryCommand::OpenStory(files)));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
