//! # syndiff
//!
//! Compares two versions of an article (the same wire story as run by two
//! outlets, or two revisions of one text): aligns their paragraphs and
//! marks the words that were added, removed or rewritten.
//!
//! ## Pipeline
//!
//! ```text
//! bytes ──load──▶ Document ──segment──▶ blocks ──tokens──▶ keys (normalised)
//!                                          │
//!              align (anchors, index, backbone, gaps, splits/merges)
//!                                          ▼
//!                         groups ──inline word diff──▶ Comparison
//!                                                        │
//!                          GUI · text report · JSON ◀────┘
//! ```
//!
//! ```
//! let cmp = syndiff::compare_texts("One.\n\nTwo.", "One.\n\nTwo, edited.");
//! assert_eq!(cmp.units.len(), 2);
//! assert!(!cmp.is_equivalent());
//! ```
//!
//! ## Glossary
//!
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

mod align;
pub mod boilerplate;
pub mod compare;
pub mod error;
pub mod export;
pub mod html;
pub mod inline;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod normalize;
pub mod report_html;
pub mod report_text;
pub mod rows;
pub mod segment;
pub mod synth;

#[cfg(feature = "gui")]
pub mod gui;

pub use compare::{compare, compare_texts};
pub use error::{Error, Result};
pub use load::{
    decode_bytes, decode_bytes_with, load_path, load_path_with, Document, Format, LoadOptions,
};
pub use model::{ByteRange, Comparison, Edit, EditKind, Link, Phrase, Side, Stats, Unit, UnitKind};
pub use normalize::Normalization;
