//! Comparisons run on a worker thread.
//!
//! Loading a 50 MB file and aligning 30,000 paragraphs takes longer than a
//! frame, so each request goes to a thread; the result comes back through a
//! channel and wakes the UI with `request_repaint`. Every request has an id;
//! a result whose id is not the latest is dropped, so a newer request always
//! supersedes an older one.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

use crate::{Comparison, Document, LoadOptions, Normalization};

/// Where one side's text comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// Read (again) from disk.
    Path(PathBuf),
    /// Already loaded.
    Loaded(Arc<Document>),
}

/// A finished job.
#[derive(Debug)]
pub struct Outcome {
    pub id: u64,
    pub result: Result<Done, String>,
}

/// The documents as loaded and their comparison.
#[derive(Debug)]
pub struct Done {
    pub left: Arc<Document>,
    pub right: Arc<Document>,
    pub comparison: Arc<Comparison>,
}

/// Sends jobs to worker threads and collects their outcomes.
pub struct Worker {
    sender: Sender<Outcome>,
    receiver: Receiver<Outcome>,
    latest: u64,
    busy: bool,
}

impl Default for Worker {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            latest: 0,
            busy: false,
        }
    }
}

fn load(input: &Input, side: &str, options: &LoadOptions) -> Result<Arc<Document>, String> {
    match input {
        Input::Loaded(doc) => Ok(doc.clone()),
        Input::Path(path) => crate::load_path_with(path, options)
            .map(Arc::new)
            .map_err(|e| format!("Cannot open the {side} file: {e}")),
    }
}

impl Worker {
    /// Starts a comparison; any older one still running is superseded.
    pub fn request(
        &mut self,
        (left, right): (Input, Input),
        norm: Normalization,
        load_options: LoadOptions,
        ctx: &egui::Context,
    ) {
        self.latest += 1;
        self.busy = true;
        let id = self.latest;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let job = move || {
            let result = load(&left, "left", &load_options).and_then(|l| {
                let r = load(&right, "right", &load_options)?;
                let comparison = Arc::new(crate::compare(&l, &r, &norm));
                Ok(Done {
                    left: l,
                    right: r,
                    comparison,
                })
            });
            let _ = sender.send(Outcome { id, result });
            ctx.request_repaint();
        };
        if let Err(e) = std::thread::Builder::new()
            .name("compare".into())
            .spawn(job)
        {
            let _ = self.sender.send(Outcome {
                id,
                result: Err(format!("cannot start the comparison: {e}")),
            });
        }
    }

    /// The latest finished outcome, if one arrived; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Outcome> {
        let mut newest = None;
        while let Ok(outcome) = self.receiver.try_recv() {
            if outcome.id == self.latest {
                self.busy = false;
                newest = Some(outcome);
            }
        }
        newest
    }

    /// Whether the latest request is still running.
    pub fn is_busy(&self) -> bool {
        self.busy
    }
}
