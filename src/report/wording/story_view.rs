//! The story view's headings, labels and hints in the app: the versions
//! table, the reuse matrix and the quotes panel. The sentences about the
//! story itself (its likely source, a quote's status) are in `story.rs`.

/// Under the story's heading: what "own" means and how to move about.
pub const STORY_HELP: &str = "Own: the share of a version's words no other version carries. \
     A cell of the matrix opens its two versions side by side; Story (F6) comes back here.";

pub const VERSIONS_HEADING: &str = "Versions, most of their own first";
pub const REUSE_HEADING: &str = "Reuse";
pub const REUSE_HELP: &str = "Each row carries this share of the column's words.";
/// The corner of the reuse matrix.
pub const MATRIX_CORNER: &str = "Row carries column";

/// The quotes panel's heading: "Quotes (12)".
pub fn quotes_heading(quotes: usize) -> String {
    format!("Quotes ({quotes})")
}

/// The versions table's column headings.
pub const VERSION_COLUMN: &str = "Version";
pub const WORDS_COLUMN: &str = "Words";
pub const OWN_COLUMN: &str = "Own";
pub const QUOTE_COLUMN: &str = "Quote";

/// The hover text of a version's own share.
pub fn own_share_hint(percent: &str, version: usize) -> String {
    format!("{percent} of the words of [{version}] are in no other version")
}

/// The button comparing a version with the likely source.
pub fn compare_with(source: usize) -> String {
    format!("Compare with [{source}]")
}

/// Its hover text.
pub fn compare_with_hint(source: usize, version: usize) -> String {
    format!("[{source}] on the left, [{version}] on the right, side by side")
}

pub const NO_QUOTES: &str = "No quotation in quotation marks was found in these versions.";

/// A quote a version does not carry.
pub fn quote_not_in(quote: usize, version: &str) -> String {
    format!("Quote {} is not in {version}", quote + 1)
}

/// The hover text of a version's status for a quote: what a click shows.
pub fn quote_status_hint(quote: usize, version: &str, status: &str, altered: bool) -> String {
    let diff = if altered { " and word diff" } else { "" };
    format!(
        "Quote {} in {version}: {status}. Show its wording{diff}",
        quote + 1
    )
}

pub const COMMON_WORDING: &str = "The wording most versions use";
pub const CHOOSE_A_STATUS: &str = "Choose a version's status above to see its wording.";

/// The heading of the occurrence shown: "In [2] c.txt: altered".
pub fn occurrence_heading(version: usize, label: &str, status: &str) -> String {
    format!("In [{version}] {label}: {status}")
}

pub const WORD_DIFF_KEY: &str =
    "Struck: words of the common wording this version left out. Underlined: words it put in.";
