//! Keyboard shortcuts and dropped files: raw input turned into
//! [`Command`]s, so the whole app can be used without a mouse.
//!
//! egui's scroll areas do not scroll by keyboard, so the document view's
//! Page Up / Page Down, Home / End and arrow keys are read here too.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{Command, ExportKind, ScrollTarget, SideSel};

/// Keyboard shortcuts, as listed in Help and the README.
pub const SHORTCUTS: [(&str, &str); 20] = [
    ("F7 / Alt+Down", "Next change"),
    ("Shift+F7 / Alt+Up", "Previous change"),
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

/// Reads global shortcuts.
pub fn keyboard(ctx: &egui::Context, focus: Focus) -> Vec<Command> {
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        let mut take = |m: Modifiers, k: Key, c: Command| {
            if i.consume_shortcut(&KeyboardShortcut::new(m, k)) {
                out.push(c);
            }
        };
        // Extra Shift and Alt are ignored when matching, so the more
        // specific shortcut of each pair comes first.
        take(Modifiers::SHIFT, Key::F7, Command::PreviousChange);
        take(Modifiers::NONE, Key::F7, Command::NextChange);
        let alt_shift = Modifiers::ALT | Modifiers::SHIFT;
        take(
            alt_shift,
            Key::ArrowLeft,
            Command::NudgeDivider(-DIVIDER_STEP),
        );
        take(
            alt_shift,
            Key::ArrowRight,
            Command::NudgeDivider(DIVIDER_STEP),
        );
        take(Modifiers::ALT, Key::ArrowDown, Command::NextChange);
        take(Modifiers::ALT, Key::ArrowUp, Command::PreviousChange);
        take(Modifiers::COMMAND, Key::F, Command::OpenFind);
        take(
            Modifiers::COMMAND | Modifiers::SHIFT,
            Key::O,
            Command::OpenDialog(SideSel::Right),
        );
        take(
            Modifiers::COMMAND,
            Key::O,
            Command::OpenDialog(SideSel::Left),
        );
        take(Modifiers::COMMAND, Key::R, Command::Reload);
        take(Modifiers::NONE, Key::F5, Command::Reload);
        take(
            Modifiers::COMMAND,
            Key::S,
            Command::ExportDialog(ExportKind::Json),
        );
        take(
            Modifiers::COMMAND,
            Key::E,
            Command::ExportDialog(ExportKind::Html),
        );
        take(Modifiers::COMMAND, Key::B, Command::ToggleBoilerplate);
        take(Modifiers::COMMAND, Key::Plus, Command::ZoomIn);
        take(Modifiers::COMMAND, Key::Equals, Command::ZoomIn);
        take(Modifiers::COMMAND, Key::Minus, Command::ZoomOut);
        take(Modifiers::COMMAND, Key::Comma, Command::ToggleOptions);
        take(Modifiers::NONE, Key::F1, Command::ToggleHelp);
        take(Modifiers::NONE, Key::F9, Command::ToggleSummary);
        if focus.find_open {
            take(Modifiers::NONE, Key::Escape, Command::CloseFind);
        }
        let scroll = |target| Command::Scroll(target);
        take(
            Modifiers::NONE,
            Key::PageDown,
            scroll(ScrollTarget::Pages(1.0)),
        );
        take(
            Modifiers::NONE,
            Key::PageUp,
            scroll(ScrollTarget::Pages(-1.0)),
        );
        if !focus.typing {
            take(Modifiers::COMMAND, Key::Home, scroll(ScrollTarget::Top));
            take(Modifiers::COMMAND, Key::End, scroll(ScrollTarget::Bottom));
            take(Modifiers::NONE, Key::Home, scroll(ScrollTarget::Top));
            take(Modifiers::NONE, Key::End, scroll(ScrollTarget::Bottom));
        }
        if !focus.control_focused {
            take(
                Modifiers::NONE,
                Key::ArrowDown,
                scroll(ScrollTarget::Lines(ARROW_SCROLL_LINES)),
            );
            take(
                Modifiers::NONE,
                Key::ArrowUp,
                scroll(ScrollTarget::Lines(-ARROW_SCROLL_LINES)),
            );
        }
    });
    out
}

/// Files dropped on the window: onto the half they were dropped on, or
/// both sides when two files are dropped together.
pub fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
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
        [one] => {
            let side = match pos {
                Some(p) if p.x > screen.center().x => SideSel::Right,
                _ => SideSel::Left,
            };
            vec![Command::Load(side, one.clone())]
        }
        [l, r, ..] => vec![
            Command::Load(SideSel::Left, l.clone()),
            Command::Load(SideSel::Right, r.clone()),
        ],
    }
}
