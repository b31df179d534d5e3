//! The one table of keyboard shortcuts, as ripgrep defines each flag once.
//! Each entry holds its key presses, the command each sends, when it is in
//! force, and what it does in words. Key handling ([`super::input`]), the
//! Help window, the toolbar's hover texts and the README's table are all
//! made from it, so a binding and its documentation cannot drift apart.

use egui::{Key, Modifiers};

use super::{
    ChromeCommand, Command, FilesCommand, MarkCommand, OutputFormat, ReadingCommand, ScrollTarget,
    SettingsCommand, SideSel, StoryCommand,
};

/// How far one key press moves the column divider, as a fraction of the width.
pub const DIVIDER_STEP: f32 = 0.05;

/// How far Down / Up scroll the document, in lines of text.
pub const ARROW_SCROLL_LINES: f32 = 3.0;

/// When an entry's keys are read by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Always.
    Always,
    /// While the find bar is open.
    FindOpen,
    /// While the help window is open (and the find bar is not).
    HelpOpen,
    /// While the options window is open (and the find bar is not).
    OptionsOpen,
    /// While no text field has the keyboard (Home / End edit text then).
    NotTyping,
    /// While no control has focus (arrows move between controls then).
    NoControlFocused,
    /// Never by the app: the focused widget handles these keys itself
    /// (listed so readers learn them).
    Widget,
}

/// One key press and the command it sends (none for [`When::Widget`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Chord {
    pub modifiers: Modifiers,
    pub key: Key,
    pub command: Option<Command>,
    /// Shown in Help and the README; an alias (Ctrl+= for Ctrl+Plus) is not.
    pub listed: bool,
}

/// One line of Help: keys, and what they do.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortcut {
    pub chords: Vec<Chord>,
    pub when: When,
    pub does: &'static str,
}

impl Shortcut {
    /// The keys as Help and the README show them: `F7 / Alt+Down`.
    pub fn keys(&self) -> String {
        let listed: Vec<String> = self
            .chords
            .iter()
            .filter(|c| c.listed)
            .map(|c| chord_name(c.modifiers, c.key))
            .collect();
        listed.join(" / ")
    }
}

/// `Ctrl+Shift+O`, `Page Down`, `Ctrl+,`.
pub fn chord_name(modifiers: Modifiers, key: Key) -> String {
    let mut out = String::new();
    for (on, name) in [
        (modifiers.command || modifiers.ctrl, "Ctrl+"),
        (modifiers.alt, "Alt+"),
        (modifiers.shift, "Shift+"),
    ] {
        if on {
            out.push_str(name);
        }
    }
    out.push_str(match key {
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::Comma => ",",
        other => other.name(),
    });
    out
}

fn entry(when: When, does: &'static str, chords: Vec<Chord>) -> Shortcut {
    Shortcut { chords, when, does }
}

fn on(modifiers: Modifiers, key: Key, command: Command) -> Chord {
    Chord {
        modifiers,
        key,
        command: Some(command),
        listed: true,
    }
}

fn alias(modifiers: Modifiers, key: Key, command: Command) -> Chord {
    Chord {
        listed: false,
        ..on(modifiers, key, command)
    }
}

fn widget(modifiers: Modifiers, key: Key) -> Chord {
    Chord {
        modifiers,
        key,
        command: None,
        listed: true,
    }
}

/// Every shortcut, in the order Help lists them.
// Over 80 lines: a table, one entry per line of Help; split, it would
// only scatter.
pub fn table() -> Vec<Shortcut> {
    use When::*;
    let (none, ctrl, alt, shift) = (
        Modifiers::NONE,
        Modifiers::COMMAND,
        Modifiers::ALT,
        Modifiers::SHIFT,
    );
    let scroll = |target| Command::Reading(ReadingCommand::Scroll(target));
    vec![
        entry(Always, "Next change (after the current one while it is on screen, otherwise after where you have scrolled to)", vec![
            on(none, Key::F7, Command::Reading(ReadingCommand::NextChange)),
            on(alt, Key::ArrowDown, Command::Reading(ReadingCommand::NextChange)),
        ]),
        entry(Always, "Previous change (likewise)", vec![
            on(shift, Key::F7, Command::Reading(ReadingCommand::PreviousChange)),
            on(alt, Key::ArrowUp, Command::Reading(ReadingCommand::PreviousChange)),
        ]),
        entry(Always, "First / last change", vec![
            on(alt, Key::Home, Command::Reading(ReadingCommand::FirstChange)),
            on(alt, Key::End, Command::Reading(ReadingCommand::LastChange)),
        ]),
        entry(Always, "Scroll the document by a screen", vec![
            on(none, Key::PageDown, scroll(ScrollTarget::Pages(1.0))),
            on(none, Key::PageUp, scroll(ScrollTarget::Pages(-1.0))),
        ]),
        entry(NoControlFocused, "Scroll by a few lines (when no control has focus; otherwise they move between controls)", vec![
            on(none, Key::ArrowDown, scroll(ScrollTarget::Lines(ARROW_SCROLL_LINES))),
            on(none, Key::ArrowUp, scroll(ScrollTarget::Lines(-ARROW_SCROLL_LINES))),
        ]),
        entry(NotTyping, "Start / end of the document (Home / End too, outside a text field)", vec![
            on(ctrl, Key::Home, scroll(ScrollTarget::Top)),
            on(ctrl, Key::End, scroll(ScrollTarget::Bottom)),
            alias(none, Key::Home, scroll(ScrollTarget::Top)),
            alias(none, Key::End, scroll(ScrollTarget::Bottom)),
        ]),
        entry(NoControlFocused, "Mark the current change reviewed (again: not reviewed)", vec![
            on(none, Key::Space, Command::Marks(MarkCommand::ToggleReviewed)),
        ]),
        entry(Always, "Next / previous change not yet reviewed", vec![
            on(none, Key::F8, Command::Marks(MarkCommand::NextUnreviewed)),
            on(shift, Key::F8, Command::Marks(MarkCommand::PreviousUnreviewed)),
        ]),
        entry(Widget, "Move between controls; Enter or Space presses the focused one", vec![
            widget(none, Key::Tab),
            widget(shift, Key::Tab),
        ]),
        entry(Always, "Find in both panes", vec![on(ctrl, Key::F, Command::Reading(ReadingCommand::OpenFind))]),
        entry(Widget, "Next / previous match (in the find bar)", vec![
            widget(none, Key::Enter),
            widget(shift, Key::Enter),
        ]),
        entry(FindOpen, "Close the find bar", vec![on(none, Key::Escape, Command::Reading(ReadingCommand::CloseFind))]),
        entry(Always, "Open left / right file", vec![
            on(ctrl, Key::O, Command::Files(FilesCommand::OpenDialog(SideSel::Left))),
            on(ctrl | shift, Key::O, Command::Files(FilesCommand::OpenDialog(SideSel::Right))),
        ]),
        entry(Always, "Open several versions of one story (three or more files)", vec![
            on(ctrl | alt, Key::O, Command::Story(StoryCommand::OpenStoryDialog)),
        ]),
        entry(Always, "The story view (reuse matrix, versions, quotes) or the pair on screen", vec![
            on(none, Key::F6, Command::Story(StoryCommand::ToggleStory)),
        ]),
        entry(Always, "Paste the clipboard's text as left / right", vec![
            on(ctrl | shift, Key::V, Command::Files(FilesCommand::PasteAs(SideSel::Left))),
            on(ctrl | alt, Key::V, Command::Files(FilesCommand::PasteAs(SideSel::Right))),
        ]),
        entry(Always, "Open a web address (on either side)", vec![
            on(ctrl, Key::U, Command::Chrome(ChromeCommand::ToggleAddress)),
        ]),
        entry(Always, "Reload both files", vec![
            on(ctrl, Key::R, Command::Files(FilesCommand::Reload)),
            on(none, Key::F5, Command::Files(FilesCommand::Reload)),
        ]),
        entry(Always, "Save comparison as JSON (asks before replacing a file)", vec![
            on(ctrl, Key::S, Command::Files(FilesCommand::ExportDialog(OutputFormat::Json))),
        ]),
        entry(Always, "Export the HTML report (asks before replacing a file)", vec![
            on(ctrl, Key::E, Command::Files(FilesCommand::ExportDialog(OutputFormat::Html))),
        ]),
        entry(Always, "Export the text report (asks before replacing a file)", vec![
            on(ctrl, Key::T, Command::Files(FilesCommand::ExportDialog(OutputFormat::Text))),
        ]),
        entry(Always, "Hide or show boilerplate (web furniture: Also Read, prompts, credits, ads)", vec![
            on(ctrl, Key::B, Command::Settings(SettingsCommand::ToggleBoilerplate)),
        ]),
        entry(Always, "Redline (one column, removed words struck before their replacements) or side by side", vec![
            on(ctrl, Key::L, Command::Settings(SettingsCommand::ToggleRedline)),
        ]),
        entry(Always, "Material changes only (numbers, dates, names, negations, quotes) or every change", vec![
            on(ctrl, Key::M, Command::Settings(SettingsCommand::ToggleMaterialOnly)),
        ]),
        entry(Always, "Larger / smaller text", vec![
            on(ctrl, Key::Plus, Command::Settings(SettingsCommand::ZoomIn)),
            alias(ctrl, Key::Equals, Command::Settings(SettingsCommand::ZoomIn)),
            on(ctrl, Key::Minus, Command::Settings(SettingsCommand::ZoomOut)),
        ]),
        entry(Always, "Options (matching, what is shown, web pages, font size, theme)", vec![
            on(ctrl, Key::Comma, Command::Chrome(ChromeCommand::ToggleOptions)),
        ]),
        entry(Always, "Help", vec![on(none, Key::F1, Command::Chrome(ChromeCommand::ToggleHelp))]),
        entry(Always, "The legend: what each mark means", vec![on(none, Key::F2, Command::Chrome(ChromeCommand::ToggleLegend))]),
        entry(HelpOpen, "Close Help", vec![on(none, Key::Escape, Command::Chrome(ChromeCommand::CloseHelp))]),
        entry(OptionsOpen, "Close Options", vec![on(none, Key::Escape, Command::Chrome(ChromeCommand::CloseOptions))]),
        entry(Always, "Show or hide the summary", vec![on(none, Key::F9, Command::Settings(SettingsCommand::ToggleSummary))]),
        entry(Always, "Move the column divider (or drag it in the gutter; double-click resets it)", vec![
            on(alt | shift, Key::ArrowLeft, Command::Settings(SettingsCommand::NudgeDivider(-DIVIDER_STEP))),
            on(alt | shift, Key::ArrowRight, Command::Settings(SettingsCommand::NudgeDivider(DIVIDER_STEP))),
        ]),
    ]
}

/// The keys that send `command`, for a button's hover text: `F7 / Alt+Down`.
pub fn keys_for(command: &Command) -> Option<String> {
    let names: Vec<String> = table()
        .iter()
        .flat_map(|s| s.chords.clone())
        .filter(|c| c.listed && c.command.as_ref() == Some(command))
        .map(|c| chord_name(c.modifiers, c.key))
        .collect();
    (!names.is_empty()).then(|| names.join(" or "))
}

/// The README's table of shortcuts, made from [`table`].
pub fn markdown_table() -> String {
    let mut out = String::from("| Shortcut | Action |\n|---|---|\n");
    for shortcut in table() {
        out.push_str(&format!("| {} | {} |\n", shortcut.keys(), shortcut.does));
    }
    out
}
