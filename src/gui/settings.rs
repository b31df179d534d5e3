//! What the app remembers between runs (eframe persistence).

use std::path::PathBuf;

use super::SettingsCommand;
use crate::engine::normalize::Normalization;
use serde::{Deserialize, Serialize};

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

/// User options, applied live and persisted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub normalization: Normalization,
    pub hide_unchanged: bool,
    /// Leave web furniture ("Also Read", credits, prompts) out of the view.
    pub hide_boilerplate: bool,
    /// The material lens: only changes to numbers, dates, names, negations
    /// and quotations stay open; the rest folds away.
    pub material_only: bool,
    /// One column, removed words struck inline (as Word shows tracked
    /// changes), instead of side by side.
    pub redline: bool,
    /// For web pages: compare the whole page's text, not only the article.
    pub whole_page: bool,
    pub font_size: f32,
    pub theme: ThemeChoice,
    pub show_summary: bool,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    /// Pairs compared, (left, right), most recent first.
    pub recent_pairs: Vec<(PathBuf, PathBuf)>,
    pub last_left: Option<PathBuf>,
    pub last_right: Option<PathBuf>,
    /// The samples last compared (left, right), when the last pair was
    /// two samples rather than two files.
    pub last_samples: Option<(usize, usize)>,
    /// Whether the change keys (F7) stop at boilerplate changes while
    /// boilerplate is shown (dimmed); off, they step over web furniture.
    pub step_into_boilerplate: bool,
    /// Width of the left column as a share of the text area.
    pub divider: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            normalization: Normalization::default(),
            hide_unchanged: false,
            hide_boilerplate: false,
            material_only: false,
            redline: false,
            whole_page: false,
            font_size: DEFAULT_FONT_SIZE,
            theme: ThemeChoice::System,
            show_summary: true,
            recent_files: Vec::new(),
            recent_pairs: Vec::new(),
            last_left: None,
            last_right: None,
            last_samples: None,
            step_into_boilerplate: false,
            divider: 0.5,
        }
    }
}

pub const DEFAULT_FONT_SIZE: f32 = 15.0;
pub const MIN_FONT_SIZE: f32 = 9.0;
pub const MAX_FONT_SIZE: f32 = 32.0;
pub const MAX_RECENT: usize = 10;
/// The narrowest share of the text width either column may get.
pub const MIN_DIVIDER: f32 = 0.2;
/// The widest share of the text width the left column may get.
pub const MAX_DIVIDER: f32 = 0.8;

/// Keeps a divider position usable: inside the limits, and 0.5 if not a number.
pub fn clamp_divider(divider: f32) -> f32 {
    if divider.is_finite() {
        divider.clamp(MIN_DIVIDER, MAX_DIVIDER)
    } else {
        0.5
    }
}

impl Settings {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &std::path::Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(MAX_RECENT);
    }

    /// Puts the pair `left`, `right` first in the recent pairs.
    pub fn remember_pair(&mut self, left: &std::path::Path, right: &std::path::Path) {
        let pair = (left.to_owned(), right.to_owned());
        self.recent_pairs.retain(|p| *p != pair);
        self.recent_pairs.insert(0, pair);
        self.recent_pairs.truncate(MAX_RECENT);
    }

    /// Applies a settings command; says what changed, so the app can
    /// redo what depends on it (a comparison, the rows, the theme).
    pub fn apply(&mut self, command: SettingsCommand) -> SettingsChanged {
        let mut new = self.clone();
        match command {
            SettingsCommand::SetSettings(settings) => new = *settings,
            SettingsCommand::ToggleBoilerplate => new.hide_boilerplate = !new.hide_boilerplate,
            SettingsCommand::ToggleMaterialOnly => new.material_only = !new.material_only,
            SettingsCommand::ToggleRedline => new.redline = !new.redline,
            SettingsCommand::SetDivider(divider) => new.divider = clamp_divider(divider),
            SettingsCommand::NudgeDivider(step) => new.divider = clamp_divider(new.divider + step),
            SettingsCommand::ZoomIn => new.font_size = (new.font_size + 1.0).min(MAX_FONT_SIZE),
            SettingsCommand::ZoomOut => new.font_size = (new.font_size - 1.0).max(MIN_FONT_SIZE),
            SettingsCommand::ToggleSummary => new.show_summary = !new.show_summary,
        }
        let old = std::mem::replace(self, new);
        let changes = old.hide_boilerplate != self.hide_boilerplate
            || old.material_only != self.material_only
            || old.step_into_boilerplate != self.step_into_boilerplate;
        SettingsChanged {
            reload: old.whole_page != self.whole_page,
            compare_again: old.normalization != self.normalization,
            changes,
            rows: changes || old.hide_unchanged != self.hide_unchanged,
            theme: old.theme != self.theme,
        }
    }
}

/// What a settings command changed that something else depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsChanged {
    /// The files must be read again (what is read of a page changed).
    pub reload: bool,
    /// The texts must be compared again (matching changed).
    pub compare_again: bool,
    /// The changes a reader steps through differ.
    pub changes: bool,
    /// The rows shown differ.
    pub rows: bool,
    pub theme: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_deduplicated_newest_first_and_capped() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember(std::path::Path::new(&format!("/docs/{i}.txt")));
        }
        settings.remember(std::path::Path::new("/docs/12.txt"));
        assert_eq!(settings.recent_files.len(), MAX_RECENT);
        assert_eq!(settings.recent_files[0], PathBuf::from("/docs/12.txt"));
        assert_eq!(settings.recent_files[1], PathBuf::from("/docs/14.txt"));
        let twelves = settings
            .recent_files
            .iter()
            .filter(|p| p.ends_with("12.txt"));
        assert_eq!(twelves.count(), 1);
    }

    #[test]
    fn recent_pairs_keep_their_sides_newest_first() {
        let mut settings = Settings::default();
        let (a, b) = (
            std::path::Path::new("/a.txt"),
            std::path::Path::new("/b.txt"),
        );
        settings.remember_pair(a, b);
        settings.remember_pair(b, a);
        settings.remember_pair(a, b);
        assert_eq!(
            settings.recent_pairs,
            vec![(a.to_owned(), b.to_owned()), (b.to_owned(), a.to_owned())]
        );
    }

    #[test]
    fn settings_survive_a_restart_round_trip() {
        let mut settings = Settings::default();
        settings.remember(std::path::Path::new("/docs/a.txt"));
        settings.divider = 0.3;
        let stored = serde_json::to_string(&settings).expect("serialise");
        let restored: Settings = serde_json::from_str(&stored).expect("deserialise");
        assert_eq!(restored.recent_files, settings.recent_files);
        assert_eq!(restored.divider, 0.3);
    }

    #[test]
    fn divider_is_kept_usable() {
        assert_eq!(clamp_divider(0.05), MIN_DIVIDER);
        assert_eq!(clamp_divider(0.95), MAX_DIVIDER);
        assert_eq!(clamp_divider(f32::NAN), 0.5);
        assert_eq!(clamp_divider(0.4), 0.4);
    }
}
