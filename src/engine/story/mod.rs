//! A story of many versions: the same wire story as run by several
//! outlets, or many revisions of one text, taken together rather than two
//! at a time.
//!
//! One index of word 5-grams over every version (not N² pairwise
//! comparisons) gives, for each version, which words each other version
//! carries too: the reuse matrix, the passages only one version has, and
//! the likely source (the version whose words the others carry most).
//! Quotations are found in each version, grouped across versions, and
//! each occurrence is judged against the group's most common wording:
//! verbatim, partial (a verbatim fragment) or altered; a version without
//! it is absent ([`quotes`]).

pub mod quotes;
mod quotes_scan;
mod reuse;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::engine::load::Document;
use crate::engine::model::ByteRange;

pub use quotes::{Occurrence, QuoteGroup, QuoteStatus};

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
    pub words: usize,
    /// Share of its words no other version carries.
    pub own_share: f32,
}

/// A run of one version's text and the other versions that carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub version: usize,
    pub range: ByteRange,
    /// Indices of the other versions carrying every word of the run,
    /// ascending; empty: only this version has it.
    pub carried_by: Vec<usize>,
}

/// Everything known about the versions together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub versions: Vec<Version>,
    /// `reuse[i][j]`: the share of version j's words found in version i
    /// (1 on the diagonal).
    pub reuse: Vec<Vec<f32>>,
    /// The version whose words the others carry most, when there are two
    /// versions or more.
    pub likely_source: Option<usize>,
    pub passages: Vec<Passage>,
    pub quotes: Vec<QuoteGroup>,
}

/// Takes the versions together.
pub fn story(docs: &[Document]) -> Story {
    let texts: Vec<&str> = docs.iter().map(|d| &*d.text).collect();
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
        versions.push(Version {
            path: doc.path.clone(),
            label,
            text: doc.text.clone(),
            sha256: crate::report::html::checksum(&doc.text),
            words,
            own_share: share(carried.own(j), words),
        });
    }
    // How much of each version the others carry, summed.
    let carried_of: Vec<f32> = (0..n)
        .map(|v| (0..n).filter(|&j| j != v).map(|j| reuse[j][v]).sum())
        .collect();
    let likely_source = (n >= 2).then(|| {
        (0..n)
            .max_by(|&a, &b| carried_of[a].total_cmp(&carried_of[b]).then(b.cmp(&a)))
            .unwrap_or(0)
    });
    Story {
        passages: carried.passages(),
        quotes: quotes::quote_groups(&texts),
        versions,
        reuse,
        likely_source,
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
