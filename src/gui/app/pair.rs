//! The open pair: where each side came from, the documents as loaded, and
//! their comparison. The one place the app keeps the texts (each once,
//! shared with the comparison by `Arc`).

use std::sync::Arc;

use crate::engine::model::{Comparison, Document};
use crate::gui::jobs::{Input, Source};
use crate::gui::worker::Done;
use crate::gui::SideSel;

/// The two sides and what is known of them so far.
#[derive(Debug)]
pub struct Pair {
    left_source: Source,
    right_source: Source,
    left_doc: Option<Arc<Document>>,
    right_doc: Option<Arc<Document>>,
    comparison: Option<Arc<Comparison>>,
    /// The sources of the comparison on screen (the ones asked for may be
    /// loading still, or have failed).
    shown: Option<(Source, Source)>,
}

impl Pair {
    pub(super) fn new(left: Source, right: Source) -> Self {
        Self {
            left_source: left,
            right_source: right,
            left_doc: None,
            right_doc: None,
            comparison: None,
            shown: None,
        }
    }

    /// The source of what a side shows now: the one asked for until a
    /// comparison has arrived, then that comparison's.
    pub fn shown_source(&self, side: SideSel) -> &Source {
        match (&self.shown, side) {
            (Some((left, _)), SideSel::Left) => left,
            (Some((_, right)), SideSel::Right) => right,
            (None, side) => self.source(side),
        }
    }

    /// A comparison failed: the sides go back to what is on screen, so
    /// that Reload does not retry the file that failed.
    pub(super) fn failed(&mut self) {
        if let Some((left, right)) = self.shown.clone() {
            if self.left_source != left {
                self.left_source = left;
                self.left_doc = None;
            }
            if self.right_source != right {
                self.right_source = right;
                self.right_doc = None;
            }
        }
    }

    /// Where a side came from.
    pub fn source(&self, side: SideSel) -> &Source {
        match side {
            SideSel::Left => &self.left_source,
            SideSel::Right => &self.right_source,
        }
    }

    /// The comparison on screen, once one has arrived.
    pub fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.comparison.as_ref()
    }

    /// The files being compared (samples have none).
    pub fn input_paths(&self) -> Vec<&std::path::Path> {
        [&self.left_source, &self.right_source]
            .into_iter()
            .filter_map(Source::path)
            .collect()
    }

    /// What the worker should read: the loaded document, unless `reload`
    /// asks for the file again.
    pub(super) fn inputs(&self, reload: bool) -> (Input, Input) {
        (
            self.left_source.input(self.left_doc.as_ref(), reload),
            self.right_source.input(self.right_doc.as_ref(), reload),
        )
    }

    /// Sets a side to a document already read from `source`.
    pub(super) fn set_loaded(&mut self, side: SideSel, source: Source, doc: Arc<Document>) {
        self.set(side, source);
        match side {
            SideSel::Left => self.left_doc = Some(doc),
            SideSel::Right => self.right_doc = Some(doc),
        }
    }

    pub(super) fn set(&mut self, side: SideSel, source: Source) {
        match side {
            SideSel::Left => {
                self.left_source = source;
                self.left_doc = None;
            }
            SideSel::Right => {
                self.right_source = source;
                self.right_doc = None;
            }
        }
    }

    pub(super) fn swap(&mut self) {
        std::mem::swap(&mut self.left_source, &mut self.right_source);
        std::mem::swap(&mut self.left_doc, &mut self.right_doc);
    }

    /// Takes in a finished comparison; says whether it shows a different
    /// pair of sources than before.
    pub(super) fn arrived(&mut self, done: Done) -> bool {
        self.left_doc = Some(done.left);
        self.right_doc = Some(done.right);
        self.comparison = Some(done.comparison);
        let now = (self.left_source.clone(), self.right_source.clone());
        let new_pair = self.shown.as_ref() != Some(&now);
        self.shown = Some(now);
        new_pair
    }

    /// The window title: `left ↔ right — syndiff`.
    pub(super) fn title(&self) -> String {
        crate::report::wording::pair_window_title(
            &self.shown_source(SideSel::Left).name(),
            &self.shown_source(SideSel::Right).name(),
        )
    }

    /// A file name for exports of this pair: `002 vs 003`.
    pub fn export_stem(&self) -> String {
        let stem = |side| match self.shown_source(side) {
            Source::File(p) => p
                .file_stem()
                .map_or_else(|| "file".to_owned(), |s| s.to_string_lossy().into_owned()),
            Source::Sample(i) => format!("sample {i:03}"),
            Source::Address(a) => address_stem(a),
            Source::Pasted(_) => "pasted".to_owned(),
        };
        format!("{} vs {}", stem(SideSel::Left), stem(SideSel::Right))
    }
}

/// A file name for a web address: its last path segment, or its host.
fn address_stem(address: &str) -> String {
    let without_scheme = address.split_once("://").map_or(address, |(_, rest)| rest);
    let trimmed = without_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    let last = trimmed.rsplit('/').next().unwrap_or(trimmed);
    let stem: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if stem.is_empty() {
        "page".to_owned()
    } else {
        stem
    }
}
