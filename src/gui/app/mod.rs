//! The app state, in parts with private fields as in egui's `WrapApp`:
//!
//! - [`Pair`] (`pair.rs`): the sources, documents and their comparison;
//! - [`Reading`] (`reading.rs`): rows, changes, the current one, find, scroll;
//! - [`Chrome`] (`chrome.rs`): messages, open windows, dialogs under way;
//! - [`Marks`] (`marks.rs`): the editor's reviewed marks and notes;
//! - the [`Settings`] the reader chose, persisted between runs.
//!
//! Each part keeps its fields to itself and applies its own sub-enum of
//! [`crate::gui::Command`] (`Chrome::apply`, `Reading::apply`,
//! `Settings::apply`, `Marks::apply`, `StoryPart::apply`), every variant
//! by name. [`SyndiffApp::apply`] hands each command to its part and does
//! only what crosses parts: the files (`commands.rs`, which touch the pair,
//! the dialogs, the worker and the settings) and what the story and marks
//! parts answer (`crossing.rs`).
//!
//! Outside `apply`, state changes in one per-frame step only, which only
//! the frame loop calls (`frame.rs`): taking in finished work and answered
//! dialogs (draining their channels; what they bring becomes commands), and
//! the document view recording what it measured and taking the scroll it
//! performed. Those belong to the drawing of this frame and must be in hand
//! before this frame's commands are applied (stepping to the next change
//! reads what is on screen), so a command for them would arrive too late.
//! The frame itself, which draws the panels around this state, is
//! `crate::gui::frame`.

mod chrome;
mod commands;
mod crossing;
mod frame;
mod marks;
mod pair;
mod paste;
mod reading;
mod story;

use std::path::PathBuf;

use super::jobs::Source;
use super::picker::FilePicker;
use super::settings::{self, Settings, ThemeChoice};
use super::view::layout::LayoutCache;
use super::view::Seen;
use super::worker::{Stage, Worker};
use crate::report::rows::RowOptions;

pub use chrome::Chrome;
pub use marks::Marks;
pub use pair::Pair;
pub use reading::Reading;
pub use story::StoryPart;

const SETTINGS_KEY: &str = "syndiff-settings";

/// The whole app.
pub struct SyndiffApp {
    settings: Settings,
    pair: Pair,
    reading: Reading,
    chrome: Chrome,
    marks: Marks,
    story: StoryPart,
    /// The view's cache of layouts; only the view reads it.
    layout: LayoutCache,
    worker: Worker,
    picker: Box<dyn FilePicker>,
    clipboard: Box<dyn super::clipboard::ClipboardSource>,
    ctx: egui::Context,
}

impl SyndiffApp {
    /// Creates the app; starts comparing at once.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        picker: Box<dyn FilePicker>,
        left: Option<PathBuf>,
        right: Option<PathBuf>,
    ) -> Self {
        let mut settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        settings.divider = settings::clamp_divider(settings.divider);
        let from_cli = left.is_some() || right.is_some();
        let (left_source, right_source) = match (left, right) {
            (Some(l), Some(r)) => (Source::File(l), Source::File(r)),
            (Some(l), None) => (Source::File(l), Source::Sample(1)),
            _ => match (&settings.last_left, &settings.last_right) {
                (Some(l), Some(r)) if !from_cli && l.is_file() && r.is_file() => {
                    (Source::File(l.clone()), Source::File(r.clone()))
                }
                _ => match settings.last_samples {
                    Some((l, r)) if !from_cli && l.max(r) < super::SAMPLES.len() => {
                        (Source::Sample(l), Source::Sample(r))
                    }
                    _ => (Source::Sample(0), Source::Sample(1)),
                },
            },
        };
        let mut app = Self {
            settings,
            pair: Pair::new(left_source, right_source),
            reading: Reading::default(),
            chrome: Chrome::default(),
            marks: Marks::new(marks::default_folder()),
            story: StoryPart::default(),
            layout: LayoutCache::default(),
            worker: Worker::default(),
            picker,
            clipboard: Box::new(super::clipboard::SystemClipboard),
            ctx: cc.egui_ctx.clone(),
        };
        app.apply_theme();
        app.request_compare(true);
        app
    }

    /// The reader's options.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The sources, documents and comparison.
    pub fn pair(&self) -> &Pair {
        &self.pair
    }

    /// Rows, changes, find and what the view last showed.
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// Reviewed marks and notes.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    /// The story of many versions, once one is open.
    pub fn story(&self) -> &StoryPart {
        &self.story
    }

    /// Messages and open windows.
    pub fn chrome(&self) -> &Chrome {
        &self.chrome
    }

    /// What the view measured in the last frame.
    pub fn seen(&self) -> &Seen {
        self.reading.seen()
    }

    /// Cells laid out since the app started (for tests and benchmarks).
    pub fn layouts_built(&self) -> usize {
        self.layout.layouts_built()
    }

    /// Whether a comparison or a story is running.
    pub fn is_busy(&self) -> bool {
        self.worker.is_busy() || self.story.is_busy()
    }

    /// What the running comparison is doing, and for how many seconds.
    pub fn progress(&self) -> Option<(Stage, f32)> {
        self.worker.progress()
    }

    fn row_options(&self) -> RowOptions {
        RowOptions {
            hide_unchanged: self.settings.hide_unchanged,
            hide_boilerplate: self.settings.hide_boilerplate,
            material_only: self.settings.material_only,
            step_into_boilerplate: self.settings.step_into_boilerplate,
        }
    }

    fn request_compare(&mut self, reload: bool) {
        let load_options = crate::engine::model::LoadOptions {
            whole_page: self.settings.whole_page,
        };
        self.worker.request(
            self.pair.inputs(reload),
            self.settings.normalization,
            load_options,
            &self.ctx,
        );
    }

    fn apply_theme(&self) {
        self.ctx.set_theme(match self.settings.theme {
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::System => egui::ThemePreference::System,
        });
    }
}
