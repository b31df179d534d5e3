//! # syndiff
//!
//! Compares two versions of an article (the same wire story as run by two
//! outlets, or two revisions of one text): aligns their paragraphs and
//! marks the words that were added, removed or rewritten.
//!
//! ## Pipeline
//!
//! ```text
//! a file, or a web address (fetch: its bytes and what the server said)
//!   ▼
//! bytes ──load──▶ Document ──segment──▶ blocks ──tokens──▶ keys (normalised)
//!                                          │
//!              align (anchors, index, backbone, gaps, moves, splits/merges,
//!                     moves among the leftovers)
//!                                          ▼
//!                         groups ──inline word diff──▶ Comparison
//!                                                        │
//!            report::render ─▶ text · HTML · JSON ◀─────┤
//!            report::rows   ─▶ the app's side-by-side rows ◀┘
//! ```
//!
//! ## Where each step lives
//!
//! - [`engine`]: everything from bytes to a [`Comparison`] (loading and
//!   decoding, HTML and Markdown to text, paragraphs and words, matching
//!   keys, alignment, word diff, boilerplate, shared passages). It knows
//!   nothing of screens or files written.
//! - [`report`]: everything a reader sees made from a `Comparison`: the one
//!   [`report::render`] behind every output format, the wording of kinds,
//!   positions and summaries, the rows of a side-by-side display, and
//!   writing a report to disk without clobbering.
//! - [`review`]: the editor's reviewed marks and notes on a pair's changes,
//!   kept in the app's data folder and carried into the reports.
//! - `cli` (in the binary): arguments, comparing two files or two folders.
//! - [`gui`] (feature `gui`): the desktop app.
//!
//! ```
//! let cmp = syndiff::compare_texts("One.\n\nTwo.", "One.\n\nTwo, edited.");
//! assert_eq!(cmp.units.len(), 2);
//! assert!(!cmp.is_equivalent());
//! ```
//!
//! ## Glossary
//!
//! - **document**: one loaded version: its text decoded to UTF-8 (never
//!   altered after), where it came from, what kind of file, and the text's
//!   checksum. A comparison's **side** is its document and its blocks.
//! - **block**: a paragraph (or a heading, caption, one-line item) of a
//!   document, as a byte range into its text.
//! - **unit**: a run of left blocks aligned with a run of right blocks; its
//!   kind says how they relate (unchanged, equivalent, edited, split, merged,
//!   moved, added, removed).
//! - **edit**: a run of words inside a unit: unchanged, added, removed, or
//!   rewritten (a removed run and the added run that replaced it).
//! - **key**: the hash a token is matched by, after normalisation. Keys never
//!   change the text shown.
//! - **left / right**: the two versions; left is the older or reference one.
//! - **link**: a passage both sides carry that the units do not show as
//!   unchanged (moved into another paragraph, split differently).
//! - **reuse**: the share of one side's words found in the other, unchanged
//!   or linked.

pub mod engine;
// Unit tests' temporary folders, removed when each test ends: the same
// helper the integration tests use.
pub mod report;
pub mod review;
#[cfg(test)]
#[path = "../tests/support/temp.rs"]
mod test_temp;

#[cfg(feature = "gui")]
pub mod gui;

pub use engine::compare::{compare, compare_texts};
pub use engine::error::{Error, Result};
pub use engine::load::{
    decode_bytes, decode_bytes_with, load_path, load_path_or_address, load_path_with,
};
pub use engine::model::{
    ByteRange, Comparison, Document, Edit, EditKind, Format, Link, LoadOptions, Material, Unit,
    UnitKind,
};
pub use engine::normalize::Normalization;
