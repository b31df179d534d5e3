//! A story of many versions: the same wire story as run by several
//! outlets, or many revisions of one text, taken together rather than two
//! at a time.
//!
//! One index of word 5-grams over every version (not N² pairwise
//! comparisons) gives, for each version, which words each other version
//! carries too: the reuse matrix, the passages only one version has, and
//! the likely source: the origin, which carries what the others share,
//! not the most derived copy, which they all carry ([`provenance`]).
//! Quotations are found in each version, grouped across versions, and
//! each occurrence is judged against the group's most common wording:
//! verbatim, partial (a verbatim fragment) or altered; a version without
//! it is absent ([`quotes`]).

mod passages_json;
pub mod provenance;
pub mod quote_diff;
pub mod quotes;
mod quotes_scan;
mod reuse;
#[cfg(test)]
mod tests;
mod versions;

use serde::{Deserialize, Serialize};

use crate::engine::model::ByteRange;
use crate::engine::model::Document;

pub use provenance::{Basis, Provenance};
pub use quote_diff::{Piece, PieceKind};
pub use quotes::{Occurrence, QuoteGroup, QuoteStatus};
pub use versions::VersionSet;

/// Words in a shingle: runs of this many words in a row count as carried.
pub const SHINGLE_WORDS: usize = 5;

/// One version of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// The file (or address, or label) it came from.
    pub path: Option<String>,
    /// What reports call it: the file's name.
    pub label: String,
    /// The text exactly as loaded; the JSON carries its checksum instead.
    #[serde(skip)]
    pub text: std::sync::Arc<str>,
    /// SHA-256 of the text, in hex.
    pub sha256: String,
    /// Its words as every display counts them
    /// ([`crate::engine::segment::word_count`]).
    pub words: usize,
    /// Share of its words no other version carries.
    pub own_share: f32,
}

/// A run of one version's text and the other versions that carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub version: usize,
    pub range: ByteRange,
    /// The other versions carrying every word of the run (written as
    /// their indices, ascending); empty: only this version has it.
    pub carried_by: VersionSet,
}

/// Everything known about the versions together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub versions: Vec<Version>,
    /// `reuse[i][j]`: the share of version j's words found in version i
    /// (1 on the diagonal).
    pub reuse: Vec<Vec<f32>>,
    /// The likely source: the origin, decided from containment both ways
    /// and dates ([`provenance`]); `None` under two versions or when
    /// undecided. The same as `provenance.source`.
    pub likely_source: Option<usize>,
    /// How the likely source was decided, with the evidence.
    #[serde(default)]
    pub provenance: Provenance,
    /// Every version cut into runs carried by the same other versions;
    /// JSON writes an entry per version, each run's carriers as the
    /// versions that changed from the run before it ([`passages_json`]).
    #[serde(
        serialize_with = "passages_json::serialize",
        deserialize_with = "passages_json::deserialize"
    )]
    pub passages: Vec<Passage>,
    pub quotes: Vec<QuoteGroup>,
}

/// The most versions one story takes: the reuse matrix has a cell for
/// every pair, and a heat map of more is no longer read.
pub const MAX_VERSIONS: usize = 1_000;

/// How far [`story_with_progress`] has got, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `read` of `total` files have been read (by the caller, before the
    /// story is taken).
    Reading { read: usize, total: usize },
    /// The five-word index over every version is being built.
    Indexing,
    /// Version `done` of `total` has been measured against the index.
    Measured { done: usize, total: usize },
    /// Quotations are being found and grouped.
    Quotes,
}

/// The files of a story named by `paths`: each folder replaced by its
/// files in name order, each path once. The CLI and the app both take
/// their versions this way. From a folder, hidden files and a read-me
/// (`README`, `readme.md`, …: notes about the versions, not one of them)
/// are left out; a file named itself is always taken.
pub fn version_files(
    paths: &[std::path::PathBuf],
) -> crate::engine::error::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let unreadable = |source| crate::engine::error::Error::Unreadable {
                path: path.clone(),
                source,
            };
            let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(path)
                .map_err(unreadable)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && !is_folder_note(p))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}

/// Whether a file found in a folder of versions is a hidden file or the
/// folder's read-me.
fn is_folder_note(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.') || stem.eq_ignore_ascii_case("readme")
}

/// Takes the versions together.
pub fn story(docs: &[Document]) -> Story {
    story_with_progress(docs, &mut |_| {})
}

/// Takes the versions together, telling `progress` each step. At most
/// [`MAX_VERSIONS`] are taken; callers check and say so first (the CLI
/// and the app refuse more with a message).
pub fn story_with_progress(docs: &[Document], progress: &mut dyn FnMut(Step)) -> Story {
    let docs = &docs[..docs.len().min(MAX_VERSIONS)];
    let texts: Vec<&str> = docs.iter().map(|d| &*d.text).collect();
    progress(Step::Indexing);
    let carried = reuse::carried(&texts);
    let n = docs.len();
    let mut reuse = vec![vec![0.0f32; n]; n];
    let mut versions = Vec::with_capacity(n);
    for (j, doc) in docs.iter().enumerate() {
        let words = carried.words[j].len();
        let counts = carried.counts(j);
        for (i, row) in reuse.iter_mut().enumerate() {
            row[j] = if i == j { 1.0 } else { share(counts[i], words) };
        }
        let label = doc.path.as_deref().map_or_else(
            || format!("version {}", j + 1),
            |p| {
                std::path::Path::new(p)
                    .file_name()
                    .map_or(p.to_owned(), |n| n.to_string_lossy().into_owned())
            },
        );
        progress(Step::Measured {
            done: j + 1,
            total: n,
        });
        versions.push(Version {
            path: doc.path.clone(),
            label,
            text: doc.text.clone(),
            sha256: doc.checksum(),
            words: crate::engine::segment::word_count(&doc.text, doc.format),
            own_share: share(carried.own(j), words),
        });
    }
    let own: Vec<f32> = versions.iter().map(|v| v.own_share).collect();
    let dates = docs.iter().map(provenance::version_date).collect();
    let provenance = provenance::decide(&reuse, &own, dates);
    let passages = carried.passages();
    progress(Step::Quotes);
    Story {
        passages,
        quotes: quotes::quote_groups(&texts),
        versions,
        reuse,
        likely_source: provenance.source,
        provenance,
    }
}

impl Story {
    /// Whether every version has the same words as every other, case and
    /// quote style aside (exit status 0). Compared word for word, not by
    /// the reuse matrix: a text under five words has no five-word run.
    pub fn all_equivalent(&self) -> bool {
        let mut words = self.versions.iter().map(|v| quotes::fold_words(&v.text));
        let first = words.next();
        words.all(|w| Some(&w) == first.as_ref())
    }

    /// The other versions carrying text of `version` inside `range` (a
    /// paragraph, say), each with the share of the range's carried text
    /// it carries (0 to 1), most first; `exclude` is left out too (the
    /// other side of a pair on screen).
    pub fn carriers_in(
        &self,
        version: usize,
        range: ByteRange,
        exclude: Option<usize>,
    ) -> Vec<(usize, f32)> {
        let first = self
            .passages
            .partition_point(|p| (p.version, p.range.1) <= (version, range.0));
        let mut bytes = vec![0usize; self.versions.len()];
        let mut whole = 0usize;
        for p in self.passages[first..]
            .iter()
            .take_while(|p| p.version == version && p.range.0 < range.1)
        {
            let overlap = p
                .range
                .1
                .min(range.1)
                .saturating_sub(p.range.0.max(range.0));
            whole += overlap;
            for c in p.carried_by.iter() {
                bytes[c] += overlap;
            }
        }
        let mut out: Vec<(usize, f32)> = bytes
            .iter()
            .enumerate()
            .filter(|&(c, &b)| b > 0 && Some(c) != exclude && c != version)
            .map(|(c, &b)| (c, share(b, whole)))
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// How every version stands in a quote group, in one pass over its
    /// occurrences: each version's best status, `None` when absent.
    pub fn statuses(&self, group: &QuoteGroup) -> Vec<Option<QuoteStatus>> {
        let mut out: Vec<Option<QuoteStatus>> = vec![None; self.versions.len()];
        for o in &group.occurrences {
            if let Some(slot) = out.get_mut(o.version) {
                *slot = Some(slot.map_or(o.status, |s| s.min(o.status)));
            }
        }
        out
    }

    /// Whether a version holds a quotation verbatim only with its
    /// punctuation changed (no occurrence of it has the wording's own).
    pub fn punctuation_differs_in(&self, group: &QuoteGroup, version: usize) -> bool {
        let verbatim = || {
            group
                .occurrences
                .iter()
                .filter(move |o| o.version == version && o.status == QuoteStatus::Verbatim)
        };
        verbatim().next().is_some() && verbatim().all(|o| o.punctuation_differs)
    }

    /// How a version stands in a quote group: its best occurrence, or
    /// `None` when absent.
    pub fn status_in(&self, group: &QuoteGroup, version: usize) -> Option<QuoteStatus> {
        group
            .occurrences
            .iter()
            .filter(|o| o.version == version)
            .map(|o| o.status)
            .min()
    }
}

fn share(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}
