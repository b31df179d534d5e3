//! What a job reads: where each side's (or version's) document came from
//! ([`Source`]), what to read for it now ([`Input`]), and reading it.

use std::path::PathBuf;
use std::sync::Arc;

use crate::engine::error::Result;
use crate::engine::load::{load_address, load_path_with};
use crate::engine::model::{Document, LoadOptions};
use crate::gui::SAMPLES;

/// Where a side's document came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    File(PathBuf),
    Sample(usize),
    /// A web address, fetched on the worker.
    Address(String),
    /// Text pasted from the clipboard (its label is the document's path).
    Pasted(Arc<Document>),
}

impl Source {
    /// The name shown in the header and the window title.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Source::Sample(i) => format!("sample {}", SAMPLES[*i].0),
            Source::Address(address) => address.clone(),
            Source::Pasted(doc) => doc.path.clone().unwrap_or_default(),
        }
    }

    /// The file, for a side read from disk.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Source::File(p) => Some(p),
            Source::Sample(_) | Source::Address(_) | Source::Pasted(_) => None,
        }
    }

    /// What a job should read for this source: `doc` as loaded, unless
    /// `reload` asks for the file (or page) again.
    pub fn input(&self, doc: Option<&Arc<Document>>, reload: bool) -> Input {
        match (self, doc) {
            (_, Some(doc)) if !reload => Input::Loaded(doc.clone()),
            (Source::File(p), _) => Input::Path(p.clone()),
            (Source::Address(a), _) => Input::Address(a.clone()),
            (Source::Pasted(doc), _) => Input::Loaded(doc.clone()),
            (&Source::Sample(i), _) => Input::Loaded(Arc::new(Document::from_text(
                Some(&format!("sample {}", SAMPLES[i].0)),
                SAMPLES[i].1,
            ))),
        }
    }
}

/// What a job reads for one side.
#[derive(Debug, Clone)]
pub enum Input {
    /// Read (again) from disk.
    Path(PathBuf),
    /// Already loaded.
    Loaded(Arc<Document>),
    /// Fetched (again) from the web.
    Address(String),
}

/// Reads one input: the document already loaded, the file, or the page.
pub fn load_input(input: &Input, options: &LoadOptions) -> Result<Arc<Document>> {
    match input {
        Input::Loaded(doc) => Ok(doc.clone()),
        Input::Path(path) => load_path_with(path, options).map(Arc::new),
        Input::Address(address) => load_address(address, options).map(Arc::new),
    }
}
