//! Keyboard shortcuts and dropped files: raw input turned into
//! [`Command`]s, so the whole app can be used without a mouse.
//!
//! egui's scroll areas do not scroll by keyboard, so the document view's
//! Page Up / Page Down, Home / End and arrow keys are read here too.

use egui::{Key, Modifiers};

use super::{Command, OutputFormat, ScrollTarget, SideSel};

/// Keyboard shortcuts, as listed in Help and the README.
pub const SHORTCUTS: [(&str, &str); 21] = [
    ("F7 / Alt+Down", "Next change"),
    ("Shift+F7 / Alt+Up", "Previous change"),
    ("Alt+Home / Alt+End", "First / last change"),
    ("Page Down / Page Up", "Scroll the document by a screen"),
    (
        "Down / Up",
        "Scroll the document by a few lines (when no control has focus)",
    ),
    ("Ctrl+Home / Ctrl+End", "Start / end of the document"),
    ("Ctrl+F", "Find in both panes"),
    (
        "Enter / Shift+Enter",
        "Next / previous match (in the find bar)",
    ),
    ("Escape", "Close the find bar"),
    ("Ctrl+O", "Open left file"),
    ("Ctrl+Shift+O", "Open right file"),
    ("Ctrl+R / F5", "Reload both files"),
    ("Ctrl+S", "Save comparison as JSON"),
    ("Ctrl+E", "Export an HTML report"),
    ("Ctrl+B", "Hide or show boilerplate"),
    ("Ctrl+Plus / Ctrl+Minus", "Larger / smaller text"),
    ("Ctrl+,", "Options"),
    ("F1", "Help"),
    ("F9", "Show or hide the summary"),
    (
        "Alt+Shift+Left / Right",
        "Move the column divider (or drag it; double-click resets)",
    ),
    ("Tab / Shift+Tab", "Move between controls"),
];

/// How far one key press moves the column divider, as a fraction of the width.
const DIVIDER_STEP: f32 = 0.05;

/// How far Down / Up scroll the document, in lines of text.
const ARROW_SCROLL_LINES: f32 = 3.0;

/// What the keyboard handler needs to know about focus.
#[derive(Debug, Clone, Copy, Default)]
pub struct Focus {
    /// The find bar is open (Escape closes it).
    pub find_open: bool,
    /// A text field has the keyboard (Home / End move its cursor then).
    pub typing: bool,
    /// Some control has focus (arrow keys move between controls then).
    pub control_focused: bool,
}

impl Focus {
    /// Reads the focus as egui left it after the previous frame.
    pub fn of(ctx: &egui::Context, find_open: bool) -> Self {
        Self {
            find_open,
            typing: ctx.egui_wants_keyboard_input(),
            control_focused: ctx.memory(|m| m.focused().is_some()),
        }
    }
}

/// The key bindings in force, most specific first: extra Shift and Alt
/// are ignored when matching, so Shift+F7 must be read before F7.
fn bindings(focus: Focus) -> Vec<(Modifiers, Key, Command)> {
    let none = Modifiers::NONE;
    let command = Modifiers::COMMAND;
    let alt_shift = Modifiers::ALT | Modifiers::SHIFT;
    let scroll = Command::Scroll;
    let mut out = vec![
        (Modifiers::SHIFT, Key::F7, Command::PreviousChange),
        (none, Key::F7, Command::NextChange),
        (
            alt_shift,
            Key::ArrowLeft,
            Command::NudgeDivider(-DIVIDER_STEP),
        ),
        (
            alt_shift,
            Key::ArrowRight,
            Command::NudgeDivider(DIVIDER_STEP),
        ),
        (Modifiers::ALT, Key::ArrowDown, Command::NextChange),
        (Modifiers::ALT, Key::ArrowUp, Command::PreviousChange),
        // Before plain Home / End, which would also match with Alt held.
        (Modifiers::ALT, Key::Home, Command::FirstChange),
        (Modifiers::ALT, Key::End, Command::LastChange),
        (command, Key::F, Command::OpenFind),
        (
            command | Modifiers::SHIFT,
            Key::O,
            Command::OpenDialog(SideSel::Right),
        ),
        (command, Key::O, Command::OpenDialog(SideSel::Left)),
        (command, Key::R, Command::Reload),
        (none, Key::F5, Command::Reload),
        (command, Key::S, Command::ExportDialog(OutputFormat::Json)),
        (command, Key::E, Command::ExportDialog(OutputFormat::Html)),
        (command, Key::B, Command::ToggleBoilerplate),
        (command, Key::Plus, Command::ZoomIn),
        (command, Key::Equals, Command::ZoomIn),
        (command, Key::Minus, Command::ZoomOut),
        (command, Key::Comma, Command::ToggleOptions),
        (none, Key::F1, Command::ToggleHelp),
        (none, Key::F9, Command::ToggleSummary),
        (none, Key::PageDown, scroll(ScrollTarget::Pages(1.0))),
        (none, Key::PageUp, scroll(ScrollTarget::Pages(-1.0))),
    ];
    if focus.find_open {
        out.push((none, Key::Escape, Command::CloseFind));
    }
    if !focus.typing {
        out.extend([
            (command, Key::Home, scroll(ScrollTarget::Top)),
            (command, Key::End, scroll(ScrollTarget::Bottom)),
            (none, Key::Home, scroll(ScrollTarget::Top)),
            (none, Key::End, scroll(ScrollTarget::Bottom)),
        ]);
    }
    if !focus.control_focused {
        out.extend([
            (
                none,
                Key::ArrowDown,
                scroll(ScrollTarget::Lines(ARROW_SCROLL_LINES)),
            ),
            (
                none,
                Key::ArrowUp,
                scroll(ScrollTarget::Lines(-ARROW_SCROLL_LINES)),
            ),
        ]);
    }
    out
}

/// The commands for `presses` presses of one binding within a frame.
/// Keys pressed faster than frames (or held down) still count one by one
/// for stepping, scrolling and zooming; a dialog or toggle acts once.
fn repeat(command: Command, presses: usize) -> Vec<Command> {
    let n = presses as f32;
    match command {
        Command::Scroll(ScrollTarget::Pages(pages)) => {
            vec![Command::Scroll(ScrollTarget::Pages(pages * n))]
        }
        Command::Scroll(ScrollTarget::Lines(lines)) => {
            vec![Command::Scroll(ScrollTarget::Lines(lines * n))]
        }
        Command::NextChange
        | Command::PreviousChange
        | Command::ZoomIn
        | Command::ZoomOut
        | Command::NudgeDivider(_) => vec![command; presses],
        _ => vec![command],
    }
}

/// Reads global shortcuts.
pub fn keyboard(ctx: &egui::Context, focus: Focus) -> Vec<Command> {
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        for (modifiers, key, command) in bindings(focus) {
            let presses = i.count_and_consume_key(modifiers, key);
            if presses > 0 {
                out.extend(repeat(command, presses));
            }
        }
        out
    })
}

/// Files dropped on the window: onto the side of the column divider they
/// were dropped on (`divider_x`, as last drawn), or both sides when two
/// files are dropped together.
pub fn dropped_files(ctx: &egui::Context, divider_x: Option<f32>) -> Vec<Command> {
    let (files, pos, screen) = ctx.input(|i| {
        (
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect::<Vec<_>>(),
            i.pointer.latest_pos(),
            i.content_rect(),
        )
    });
    match files.as_slice() {
        [] => Vec::new(),
        [one] => vec![Command::Load(side_at(pos, screen, divider_x), one.clone())],
        [l, r, ..] => vec![
            Command::Load(SideSel::Left, l.clone()),
            Command::Load(SideSel::Right, r.clone()),
        ],
    }
}

/// The side a single file dropped at `pos` goes to: the column it is
/// over, split at the column divider (the window's middle before the view
/// was first drawn); the left when the position is not known.
pub fn side_at(pos: Option<egui::Pos2>, screen: egui::Rect, divider_x: Option<f32>) -> SideSel {
    let split_x = divider_x.unwrap_or(screen.center().x);
    match pos {
        Some(p) if p.x > split_x => SideSel::Right,
        _ => SideSel::Left,
    }
}
