//! The engine: from the bytes of two files to one [`Comparison`], the model
//! every display reads. Nothing here draws, prints or writes files, so the
//! app, the command line and the reports can never disagree about what
//! changed.
//!
//! In pipeline order: [`load`] (decoding, with [`html`], [`markdown`],
//! [`office`] and [`pdf`] to text, and [`fetch`] for web addresses), [`segment`] (paragraphs and words), [`normalize`] (matching
//! keys), `align` (paragraph alignment), [`inline`] (word and letter
//! marks), [`boilerplate`] (web furniture), [`material`] (the changes a
//! fact-checker must check), [`links`] (passages both sides
//! carry elsewhere), all driven by [`compare`] into [`model`]. Beside it,
//! [`story`] takes many versions together.

pub(crate) mod align;
pub mod boilerplate;
pub mod compare;
pub mod distinctive;
pub mod error;
pub mod fetch;
pub mod html;
pub mod inline;
pub mod links;
pub mod load;
pub mod markdown;
pub mod material;
pub mod model;
pub mod normalize;
pub mod office;
pub mod parallel;
pub mod pdf;
pub mod replaced;
pub mod segment;
pub mod story;

pub use model::Comparison;
