//! The app state and the one place that changes it ([`SyndiffApp::apply`]).
//! What runs each frame is in [`frame`]; moving through the changes and
//! the rows in [`review`].

mod frame;
mod review;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::Arc;

use crate::{Comparison, Document};

use super::find::FindState;
use super::picker::{FilePicker, PickOutcome};
use super::settings::{self, Settings, ThemeChoice, MAX_FONT_SIZE, MIN_FONT_SIZE};
use super::view::LayoutCache;
use super::worker::{Input, Worker};
use super::{Command, OutputFormat, ScrollTarget, SideSel, SAMPLES};
use crate::report::rows::Row;

const SETTINGS_KEY: &str = "syndiff-settings";

/// Where a side's document came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    File(PathBuf),
    Sample(usize),
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Source::Sample(i) => format!("sample {}", SAMPLES[*i].0),
        }
    }
}

/// A dialog under way and what its answer is for.
pub enum Pending {
    Open(SideSel, Receiver<PickOutcome>),
    Save(OutputFormat, Receiver<PickOutcome>),
}

/// The whole app.
pub struct SyndiffApp {
    pub settings: Settings,
    pub left_source: Source,
    pub right_source: Source,
    pub left_doc: Option<Arc<Document>>,
    pub right_doc: Option<Arc<Document>>,
    pub comparison: Option<Arc<Comparison>>,
    pub rows: Vec<Row>,
    pub changes: Vec<usize>,
    /// Index into `changes`.
    pub current_change: Option<usize>,
    pub expanded: BTreeSet<usize>,
    pub hot: Option<(usize, usize)>,
    pub find: FindState,
    pub errors: Vec<String>,
    pub show_options: bool,
    pub show_help: bool,
    pub confirm_overwrite: Option<(OutputFormat, PathBuf)>,
    /// Where the view scrolls on the next frame.
    pub scroll: Option<ScrollTarget>,
    pub view_version: u64,
    pub layout: LayoutCache,
    worker: Worker,
    picker: Box<dyn FilePicker>,
    pending: Vec<Pending>,
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
                _ => (Source::Sample(0), Source::Sample(1)),
            },
        };
        let mut app = Self {
            settings,
            left_source,
            right_source,
            left_doc: None,
            right_doc: None,
            comparison: None,
            rows: Vec::new(),
            changes: Vec::new(),
            current_change: None,
            expanded: BTreeSet::new(),
            hot: None,
            find: FindState::default(),
            errors: Vec::new(),
            show_options: false,
            show_help: false,
            confirm_overwrite: None,
            scroll: None,
            view_version: 0,
            layout: LayoutCache::default(),
            worker: Worker::default(),
            picker,
            pending: Vec::new(),
            ctx: cc.egui_ctx.clone(),
        };
        app.apply_theme();
        app.request_compare(true);
        app
    }

    /// Whether a comparison is running.
    pub fn is_busy(&self) -> bool {
        self.worker.is_busy()
    }

    /// What the running comparison is doing, and for how many seconds.
    pub fn progress(&self) -> Option<(super::worker::Stage, f32)> {
        self.worker.progress()
    }

    fn input_for(&self, source: &Source, doc: &Option<Arc<Document>>, reload: bool) -> Input {
        match (source, doc) {
            (_, Some(doc)) if !reload => Input::Loaded(doc.clone()),
            (Source::File(p), _) => Input::Path(p.clone()),
            (&Source::Sample(i), _) => Input::Loaded(Arc::new(Document::from_text(
                Some(&format!("sample {}", SAMPLES[i].0)),
                SAMPLES[i].1,
            ))),
        }
    }

    fn request_compare(&mut self, reload: bool) {
        let left = self.input_for(&self.left_source, &self.left_doc, reload);
        let right = self.input_for(&self.right_source, &self.right_doc, reload);
        let load_options = crate::LoadOptions {
            whole_page: self.settings.whole_page,
        };
        self.worker.request(
            (left, right),
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

    fn set_source(&mut self, side: SideSel, path: PathBuf) {
        self.settings.remember(&path);
        match side {
            SideSel::Left => {
                self.left_source = Source::File(path);
                self.left_doc = None;
            }
            SideSel::Right => {
                self.right_source = Source::File(path);
                self.right_doc = None;
            }
        }
        self.request_compare(false);
    }

    /// Writes an export. `replace` is true once the user agreed to replace
    /// an existing file. The compared files themselves are never written.
    fn export(&mut self, kind: OutputFormat, path: &Path, replace: bool) {
        let Some(cmp) = &self.comparison else {
            self.errors.push("Nothing to export yet.".into());
            return;
        };
        let bytes =
            crate::report::render(cmp, kind, &crate::report::RenderOptions::default()).into_bytes();
        let inputs: Vec<&Path> = [&self.left_source, &self.right_source]
            .into_iter()
            .filter_map(|source| match source {
                Source::File(p) => Some(p.as_path()),
                Source::Sample(_) => None,
            })
            .collect();
        match crate::report::export::write_export(path, &bytes, replace, &inputs) {
            Ok(()) => {}
            Err(crate::Error::Exists { .. }) => {
                self.confirm_overwrite = Some((kind, path.to_owned()));
            }
            Err(e) => self.errors.push(format!("Cannot export: {e}")),
        }
    }

    fn update_find(&mut self) {
        self.view_version += 1;
        self.find.search(self.comparison.as_deref());
    }

    /// The one place where state changes.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::OpenDialog(side) => {
                let title = match side {
                    SideSel::Left => "Open left article",
                    SideSel::Right => "Open right article",
                };
                let receiver = self.picker.pick_open(title, &self.ctx);
                self.pending.push(Pending::Open(side, receiver));
            }
            Command::Load(side, path) => self.set_source(side, path),
            Command::OpenSample(l, r) => {
                self.left_source = Source::Sample(l.min(SAMPLES.len() - 1));
                self.right_source = Source::Sample(r.min(SAMPLES.len() - 1));
                self.left_doc = None;
                self.right_doc = None;
                self.request_compare(true);
            }
            Command::Swap => {
                std::mem::swap(&mut self.left_source, &mut self.right_source);
                std::mem::swap(&mut self.left_doc, &mut self.right_doc);
                self.request_compare(false);
            }
            Command::Reload => self.request_compare(true),
            Command::ExportDialog(kind) => {
                let receiver = self.picker.pick_save(
                    super::export_title(kind),
                    kind.default_file_name(),
                    &self.ctx,
                );
                self.pending.push(Pending::Save(kind, receiver));
            }
            Command::Export(kind, path) => self.export(kind, &path, false),
            Command::ConfirmOverwrite(yes) => {
                if let Some((kind, path)) = self.confirm_overwrite.take() {
                    if yes {
                        self.export(kind, &path, true);
                    }
                }
            }
            Command::ToggleBoilerplate => {
                self.settings.hide_boilerplate = !self.settings.hide_boilerplate;
                self.rebuild_changes();
                self.rebuild_rows();
            }
            Command::NextChange => self.step_change(true),
            Command::PreviousChange => self.step_change(false),
            Command::FirstChange => self.go_to_change(0),
            Command::LastChange => self.go_to_change(self.changes.len().saturating_sub(1)),
            Command::GoToChange(i) => self.go_to_change(i),
            Command::GoToUnit(u) => {
                if let Some(i) = self.changes.iter().position(|&c| c == u) {
                    self.current_change = Some(i);
                }
                self.reveal_unit(u);
            }
            Command::GoToMovedFrom(u) => {
                self.scroll = self
                    .rows
                    .iter()
                    .position(|r| *r == Row::MovedFrom(u))
                    .map(ScrollTarget::Row);
            }
            Command::Scroll(target) => self.scroll = Some(target),
            Command::Expand(first) => {
                self.expanded.insert(first);
                self.rebuild_rows();
            }
            Command::Hover(hot) => self.hot = hot,
            Command::SetDivider(divider) => {
                self.settings.divider = settings::clamp_divider(divider);
            }
            Command::NudgeDivider(step) => {
                self.settings.divider = settings::clamp_divider(self.settings.divider + step);
            }
            Command::SetSettings(new) => {
                let old = std::mem::replace(&mut self.settings, *new);
                if old.whole_page != self.settings.whole_page {
                    self.request_compare(true);
                } else if old.normalization != self.settings.normalization {
                    self.request_compare(false);
                }
                if old.hide_boilerplate != self.settings.hide_boilerplate {
                    self.rebuild_changes();
                }
                if old.hide_unchanged != self.settings.hide_unchanged
                    || old.hide_boilerplate != self.settings.hide_boilerplate
                {
                    self.rebuild_rows();
                }
                if old.theme != self.settings.theme {
                    self.apply_theme();
                }
            }
            Command::ZoomIn => {
                self.settings.font_size = (self.settings.font_size + 1.0).min(MAX_FONT_SIZE)
            }
            Command::ZoomOut => {
                self.settings.font_size = (self.settings.font_size - 1.0).max(MIN_FONT_SIZE)
            }
            Command::ToggleOptions => self.show_options = !self.show_options,
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::ToggleSummary => self.settings.show_summary = !self.settings.show_summary,
            Command::OpenFind => self.find.open = true,
            Command::CloseFind => {
                self.find.open = false;
                self.find.query.clear();
                self.update_find();
            }
            Command::SetFind(query) => {
                self.find.query = query;
                self.update_find();
            }
            Command::FindNext(forward) => {
                if let Some(unit) = self.find.step(forward) {
                    self.reveal_unit(unit);
                }
            }
            Command::DismissError(i) => {
                if i < self.errors.len() {
                    self.errors.remove(i);
                }
            }
        }
    }
}
