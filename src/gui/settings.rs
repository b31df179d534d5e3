//! What the app remembers between runs (eframe persistence).

use std::path::PathBuf;

use crate::Normalization;
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
    pub font_size: f32,
    pub theme: ThemeChoice,
    pub show_summary: bool,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub last_left: Option<PathBuf>,
    pub last_right: Option<PathBuf>,
    /// Width of the left column as a share of the text area.
    pub divider: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            normalization: Normalization::default(),
            hide_unchanged: false,
            font_size: DEFAULT_FONT_SIZE,
            theme: ThemeChoice::System,
            show_summary: true,
            recent_files: Vec::new(),
            last_left: None,
            last_right: None,
            divider: 0.5,
        }
    }
}

pub const DEFAULT_FONT_SIZE: f32 = 15.0;
pub const MIN_FONT_SIZE: f32 = 9.0;
pub const MAX_FONT_SIZE: f32 = 32.0;
pub const MAX_RECENT: usize = 10;

impl Settings {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &std::path::Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(MAX_RECENT);
    }
}
