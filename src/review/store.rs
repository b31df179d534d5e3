//! Where review logs are kept: one JSON file per pair in a folder of the
//! app's own (its data folder), never beside the files compared. The file
//! is named after the pair (both paths, or both texts' checksums when a
//! side has no file), so opening the same pair again finds it. A log made
//! on other texts is set aside, renamed, and the reader is told; so is a
//! log that cannot be read. Nothing is deleted.

use std::path::{Path, PathBuf};

use super::ReviewLog;
use crate::engine::error::{Error, Result};
use crate::engine::model::{checksum, Comparison};

/// What opening a pair found in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// No marks kept for this pair.
    Nothing,
    /// This many marks and notes came back.
    Marks(usize),
    /// A log for this pair was made on another text of one side (`right`
    /// says which); its marks were set aside in `kept_at`.
    TextChanged {
        right: bool,
        marks: usize,
        kept_at: PathBuf,
    },
    /// The log could not be read; it was set aside in `kept_at`.
    Unreadable { reason: String, kept_at: PathBuf },
}

/// The folder of review logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewStore {
    dir: PathBuf,
}

impl ReviewStore {
    /// Logs kept in `dir` (created on the first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file holding the log of `log`'s pair.
    pub fn file_for(&self, log: &ReviewLog) -> PathBuf {
        let named_by = match (&log.left.path, &log.right.path) {
            (Some(left), Some(right)) => format!("paths\0{left}\0{right}"),
            _ => format!("texts\0{}\0{}", log.left.sha256, log.right.sha256),
        };
        // The first ten bytes of the hash, as every earlier version named
        // the file, so logs kept before still come back.
        let name = &checksum(&named_by)[..20];
        self.dir.join(format!("{name}.json"))
    }

    /// The log kept for `cmp`'s pair, or an empty one, and what was found.
    pub fn load(&self, cmp: &Comparison) -> (ReviewLog, Restored) {
        let fresh = ReviewLog::new(cmp);
        let path = self.file_for(&fresh);
        let Ok(bytes) = std::fs::read(&path) else {
            return (fresh, Restored::Nothing);
        };
        match serde_json::from_slice::<ReviewLog>(&bytes) {
            Ok(log) => match log.changed_side(cmp) {
                None => {
                    let marks = log.len();
                    (log, Restored::Marks(marks))
                }
                Some(right) => {
                    let kept_at = set_aside(&path, "earlier-text");
                    let marks = log.len();
                    let found = Restored::TextChanged {
                        right,
                        marks,
                        kept_at,
                    };
                    (fresh, found)
                }
            },
            Err(e) => {
                let kept_at = set_aside(&path, "unreadable");
                let found = Restored::Unreadable {
                    reason: e.to_string(),
                    kept_at,
                };
                (fresh, found)
            }
        }
    }

    /// Keeps `log`, replacing the pair's earlier log (written whole to a
    /// temporary file first, so a crash leaves the old one).
    pub fn save(&self, log: &ReviewLog) -> Result<PathBuf> {
        let path = self.file_for(log);
        let write_error = |source| Error::Write {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(write_error)?;
        let json = serde_json::to_vec_pretty(log).map_err(|e| write_error(e.into()))?;
        let temporary = path.with_extension("json.part");
        std::fs::write(&temporary, json).map_err(write_error)?;
        std::fs::rename(&temporary, &path).map_err(write_error)?;
        Ok(path)
    }
}

/// Renames `path` to `<name>.<why>.json` beside it, and says where it went
/// (`path` itself if it could not be renamed).
fn set_aside(path: &Path, why: &str) -> PathBuf {
    let target = path.with_extension(format!("{why}.json"));
    match std::fs::rename(path, &target) {
        Ok(()) => target,
        Err(_) => path.to_owned(),
    }
}
