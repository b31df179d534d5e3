//! Keyboard shortcuts and dropped files: raw input turned into
//! [`Command`]s, so the whole app can be used without a mouse.
//!
//! egui's scroll areas do not scroll by keyboard, so the document view's
//! Page Up / Page Down, Home / End and arrow keys are read here too.

use egui::{Key, Modifiers};

use super::shortcuts::{self, When};
use super::{
    Command, FilesCommand, ReadingCommand, ScrollTarget, SettingsCommand, SideSel, StoryCommand,
};

/// What the keyboard handler needs to know about focus.
#[derive(Debug, Clone, Copy, Default)]
pub struct Focus {
    /// The find bar is open (Escape closes it).
    pub find_open: bool,
    /// The help window is open (Escape closes it).
    pub help_open: bool,
    /// The options window is open (Escape closes it).
    pub options_open: bool,
    /// A text field has the keyboard (Home / End move its cursor then).
    pub typing: bool,
    /// Some control has focus (arrow keys move between controls then).
    pub control_focused: bool,
}

impl Focus {
    /// Reads the focus as egui left it after the previous frame.
    pub fn of(ctx: &egui::Context, find_open: bool, help_open: bool, options_open: bool) -> Self {
        Self {
            find_open,
            help_open,
            options_open,
            typing: ctx.egui_wants_keyboard_input(),
            control_focused: ctx.memory(|m| m.focused().is_some()),
        }
    }
}

impl Focus {
    /// Whether keys listed for `when` are read now.
    fn allows(self, when: When) -> bool {
        match when {
            When::Always => true,
            When::FindOpen => self.find_open,
            When::HelpOpen => self.help_open && !self.find_open,
            When::OptionsOpen => self.options_open && !self.find_open,
            When::NotTyping => !self.typing,
            When::NoControlFocused => !self.control_focused,
            When::Widget => false,
        }
    }
}

/// The key bindings in force, most specific first: egui ignores extra
/// Shift and Alt when matching, so Shift+F7 must be read before F7.
pub fn bindings(focus: Focus) -> Vec<(Modifiers, Key, Command)> {
    let mut out: Vec<(Modifiers, Key, Command)> = shortcuts::table()
        .into_iter()
        .filter(|s| focus.allows(s.when))
        .flat_map(|s| s.chords)
        .filter_map(|c| Some((c.modifiers, c.key, c.command?)))
        .collect();
    let held = |m: &Modifiers| {
        [m.alt, m.shift, m.command || m.ctrl]
            .iter()
            .filter(|&&on| on)
            .count()
    };
    out.sort_by_key(|(m, _, _)| std::cmp::Reverse(held(m)));
    out
}

/// The commands for `presses` presses of one binding within a frame.
/// Keys pressed faster than frames (or held down) still count one by one
/// for stepping, scrolling and zooming; a dialog or toggle acts once.
fn repeat(command: Command, presses: usize) -> Vec<Command> {
    let n = presses as f32;
    match command {
        Command::Reading(ReadingCommand::Scroll(ScrollTarget::Pages(pages))) => {
            vec![Command::Reading(ReadingCommand::Scroll(
                ScrollTarget::Pages(pages * n),
            ))]
        }
        Command::Reading(ReadingCommand::Scroll(ScrollTarget::Lines(lines))) => {
            vec![Command::Reading(ReadingCommand::Scroll(
                ScrollTarget::Lines(lines * n),
            ))]
        }
        Command::Reading(ReadingCommand::NextChange)
        | Command::Reading(ReadingCommand::PreviousChange)
        | Command::Settings(SettingsCommand::ZoomIn)
        | Command::Settings(SettingsCommand::ZoomOut)
        | Command::Settings(SettingsCommand::NudgeDivider(_)) => vec![command; presses],
        _ => vec![command],
    }
}

/// Reads global shortcuts. Text typed in the same frame as the key that
/// opens Find is its first query (a slow frame must not lose it).
pub fn keyboard(ctx: &egui::Context, focus: Focus) -> Vec<Command> {
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        for (modifiers, key, command) in bindings(focus) {
            let presses = i.count_and_consume_key(modifiers, key);
            if presses > 0 {
                out.extend(repeat(command, presses));
            }
        }
        if !focus.find_open && out.contains(&Command::Reading(ReadingCommand::OpenFind)) {
            let typed = typed_text(i);
            if !typed.is_empty() {
                out.push(Command::Reading(ReadingCommand::SetFind(typed)));
            }
        }
        out
    })
}

/// The text typed this frame.
pub fn typed_text(input: &egui::InputState) -> String {
    input
        .events
        .iter()
        .filter_map(|e| match e {
            egui::Event::Text(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// Files dropped on the window: onto the side of the column divider they
/// were dropped on (`divider_x`, as last drawn), or both sides when two
/// files are dropped together; three or more, or a folder, open as the
/// versions of one story.
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
        // A folder, or three files or more: versions of one story.
        [one] if one.is_dir() => vec![Command::Story(StoryCommand::OpenStory(files))],
        [_, _, _, ..] => vec![Command::Story(StoryCommand::OpenStory(files))],
        [one] => vec![Command::Files(FilesCommand::Load(
            side_at(pos, screen, divider_x),
            one.clone(),
        ))],
        [l, r, ..] => vec![
            Command::Files(FilesCommand::Load(SideSel::Left, l.clone())),
            Command::Files(FilesCommand::Load(SideSel::Right, r.clone())),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::shortcuts::{table, When};

    /// The commands one key press sends through a real egui frame.
    fn press(modifiers: Modifiers, key: Key, focus: Focus) -> Vec<Command> {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            }],
            ..Default::default()
        };
        let mut out = Vec::new();
        let mut output = ctx.run_pass(input, |ctx| out = keyboard(ctx, focus));
        output.textures_delta.clear();
        out
    }

    fn focus_for(when: When) -> Focus {
        Focus {
            find_open: when == When::FindOpen,
            help_open: when == When::HelpOpen,
            options_open: when == When::OptionsOpen,
            ..Focus::default()
        }
    }

    #[test]
    fn every_key_in_the_table_sends_its_own_command() {
        for shortcut in table() {
            for chord in &shortcut.chords {
                let sent = press(chord.modifiers, chord.key, focus_for(shortcut.when));
                let expected: Vec<Command> = chord.command.clone().into_iter().collect();
                assert_eq!(sent, expected, "{} ({})", shortcut.keys(), shortcut.does);
            }
        }
    }

    #[test]
    fn keys_wait_while_their_context_is_not_in_force() {
        let typing = Focus {
            typing: true,
            control_focused: true,
            ..Focus::default()
        };
        assert!(press(Modifiers::NONE, Key::Home, typing).is_empty());
        assert!(press(Modifiers::NONE, Key::ArrowDown, typing).is_empty());
        assert!(press(Modifiers::NONE, Key::Escape, Focus::default()).is_empty());
    }

    #[test]
    fn hover_texts_name_the_keys_of_the_table() {
        assert_eq!(
            crate::gui::shortcuts::keys_for(&Command::Reading(ReadingCommand::NextChange))
                .as_deref(),
            Some("F7 or Alt+Down")
        );
        assert_eq!(
            crate::gui::shortcuts::keys_for(&Command::Files(FilesCommand::OpenDialog(
                SideSel::Right
            )))
            .as_deref(),
            Some("Ctrl+Shift+O")
        );
    }
}
