//! The model every face renders: [`Comparison`].
//!
//! The GUI, the CLI's text and JSON output and the reports all read this one
//! structure; none of them diffs text again. All positions are UTF-8 byte
//! offsets into the owning side's `text`, as `[start, end)` pairs.

use serde::{Deserialize, Serialize};

use crate::engine::normalize::Normalization;

mod document;
mod stats;
pub use document::{checksum, DateSource, Dated, Document, Format, LoadOptions};
pub use stats::{BoilerplateStats, KindCounts, MaterialCounts, Stats};

/// Why a block counts as boilerplate (see [`crate::engine::boilerplate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// "Also Read | …", "Read more: …", "Related: …".
    RelatedLink,
    /// Newsletter, subscription, app and follow prompts.
    Prompt,
    /// "Advertisement", "Sponsored", "Story continues below advertisement".
    Advertisement,
    /// "Share on X", "Share this article".
    Share,
    /// "Home > World > Americas" and glued category trails.
    Breadcrumb,
    /// Captions with "(Photo by …)", "Photo: …", "Image credit".
    PhotoCredit,
    /// "(With inputs from agencies)", "(Reporting by …)".
    AgencyCredit,
    /// "Published 28 Mar 2025, 09:29 PM IST", "Updated: …".
    Timestamp,
    /// A lone page label: "Advertisement", "MoreLess", the outlet's name.
    PageLabel,
}

/// A `[start, end)` byte range; serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ByteRange(pub usize, pub usize);

impl ByteRange {
    /// The range as a `std::ops::Range`.
    pub fn range(self) -> std::ops::Range<usize> {
        self.0..self.1
    }
    /// Whether the range covers no bytes.
    pub fn is_empty(self) -> bool {
        self.0 >= self.1
    }
    /// Length in bytes.
    pub fn len_bytes(self) -> usize {
        self.1.saturating_sub(self.0)
    }
}

/// One side of the comparison: the loaded document and its blocks.
/// Serialised flat: the document's fields, then `blocks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The document as loaded (its text decoded to UTF-8, otherwise
    /// unaltered).
    #[serde(flatten)]
    pub document: Document,
    /// The paragraphs, in text order.
    pub blocks: Vec<ByteRange>,
}

/// How a unit's left and right blocks relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// Byte-for-byte identical paragraphs.
    Unchanged,
    /// Identical once normalisation is applied (quotes, dashes, case...).
    Equivalent,
    /// One paragraph on each side, with word-level changes.
    Edited,
    /// One left paragraph became several right paragraphs.
    Split,
    /// Several left paragraphs became one right paragraph.
    Merged,
    /// The paragraph stands elsewhere in the other version (maybe edited too).
    Moved,
    /// Only on the right.
    Added,
    /// Only on the left.
    Removed,
}

impl UnitKind {
    /// Every kind, in display order.
    pub const ALL: [UnitKind; 8] = [
        UnitKind::Unchanged,
        UnitKind::Equivalent,
        UnitKind::Edited,
        UnitKind::Split,
        UnitKind::Merged,
        UnitKind::Moved,
        UnitKind::Added,
        UnitKind::Removed,
    ];

    /// The lowercase name used in JSON and reports.
    pub fn name(self) -> &'static str {
        match self {
            UnitKind::Unchanged => "unchanged",
            UnitKind::Equivalent => "equivalent",
            UnitKind::Edited => "edited",
            UnitKind::Split => "split",
            UnitKind::Merged => "merged",
            UnitKind::Moved => "moved",
            UnitKind::Added => "added",
            UnitKind::Removed => "removed",
        }
    }

    /// Whether a reader has something to look at in this unit.
    pub fn is_change(self) -> bool {
        !matches!(self, UnitKind::Unchanged | UnitKind::Equivalent)
    }
}

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditKind {
    Unchanged,
    Added,
    Removed,
    /// A removed run replaced by an added run at the same place; `left` and
    /// `right` of the edit are the two linked sides.
    Rewritten,
}

/// One run of words inside a unit. Edits are in text order on both sides
/// and do not overlap; the text between consecutive edits is whitespace (or
/// anything normalisation ignores). `Added` edits have an empty `left` range
/// at the insertion point, `Removed` edits an empty `right` range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub kind: EditKind,
    pub left: ByteRange,
    pub right: ByteRange,
    /// Set when the change is one a fact-checker must check (see
    /// [`Material`]); never set on unchanged runs or letter marks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material: Option<Material>,
}

impl Edit {
    /// An edit that is not (yet) judged material.
    pub fn new(kind: EditKind, left: ByteRange, right: ByteRange) -> Self {
        Self {
            kind,
            left,
            right,
            material: None,
        }
    }
}

/// Why a change matters to a fact-checker more than rewording does (see
/// [`crate::engine::material`] for the rules). When several apply, the
/// first in this order is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Material {
    /// An amount changed: a number, its scale, its currency or unit.
    Number,
    /// A date, weekday or relative day ("Friday", "March 28", "a day before").
    Date,
    /// A negation came or went (not, never, no longer, -n't).
    Negation,
    /// Words inside quotation marks.
    Quote,
    /// A proper name or a title ("Carney", "Prime Minister", "governor").
    Name,
    /// A term of fact turned around: loss / profit, rose / fell, imposed /
    /// proposed, includes / excludes, a year / a day, zinc / lead.
    Reversal,
}

impl Material {
    /// Every kind, in the order of precedence.
    pub const ALL: [Material; 6] = [
        Material::Number,
        Material::Date,
        Material::Negation,
        Material::Quote,
        Material::Name,
        Material::Reversal,
    ];

    /// The lowercase name used in JSON and reports.
    pub fn name(self) -> &'static str {
        match self {
            Material::Number => "number",
            Material::Date => "date",
            Material::Negation => "negation",
            Material::Quote => "quote",
            Material::Name => "name",
            Material::Reversal => "reversal",
        }
    }
}

/// One phrase-level change made of several pieces: the span from its first
/// changed piece to its last on each side. The pieces are the unit's edits
/// inside the span; the unchanged words between them stay `Unchanged`
/// edits. Displays draw the span faintly so the change reads as one phrase,
/// while every mark inside it claims only what really changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub left: ByteRange,
    pub right: ByteRange,
}

/// An aligned unit: a contiguous run of left blocks linked to a contiguous
/// run of right blocks (either may be empty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub kind: UnitKind,
    /// Byte ranges of this unit's left blocks (one per block).
    pub left: Vec<ByteRange>,
    /// Byte ranges of this unit's right blocks (one per block).
    pub right: Vec<ByteRange>,
    /// Block indices `[start, end)` into `Comparison.left.blocks`.
    pub left_blocks: (usize, usize),
    /// Block indices `[start, end)` into `Comparison.right.blocks`.
    pub right_blocks: (usize, usize),
    /// Share of words the two sides have in common, 0 to 1.
    pub similarity: f32,
    /// Word-level changes; empty for unchanged, equivalent, added and
    /// removed units.
    pub edits: Vec<Edit>,
    /// Phrase-level changes joining several edits (see [`Phrase`]), in text
    /// order; a change of one piece has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<Phrase>,
    /// Character-level changes inside rewritten words that differ by a few
    /// characters ("heaven" / "heavens"): each lies inside one `Rewritten`
    /// edit, and only the changed characters are listed (kinds `added`,
    /// `removed`, `rewritten`); the rest of that word is the same on both
    /// sides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub char_edits: Vec<Edit>,
    /// The word diff hit its size or time cap and was simplified.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub capped: bool,
    /// Set when every block of the unit is web furniture (see
    /// [`crate::engine::boilerplate`]); such units are counted apart in [`Stats`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boilerplate: Option<BoilerplateKind>,
}

impl Unit {
    /// The byte span from the first left block's start to the last one's end.
    pub fn left_span(&self) -> Option<ByteRange> {
        span(&self.left)
    }
    /// The byte span from the first right block's start to the last one's end.
    pub fn right_span(&self) -> Option<ByteRange> {
        span(&self.right)
    }
    /// Whether any edit of the unit is a material change.
    pub fn is_material(&self) -> bool {
        self.edits.iter().any(|e| e.material.is_some())
    }
    /// The kinds of material change the unit holds, in [`Material::ALL`]'s
    /// order, each once.
    pub fn material_kinds(&self) -> Vec<Material> {
        Material::ALL
            .into_iter()
            .filter(|&k| self.edits.iter().any(|e| e.material == Some(k)))
            .collect()
    }
    /// The character-level marks inside `edit` (a rewritten edit of this
    /// unit), in text order; empty when the whole words are the change.
    pub fn char_edits_in(&self, edit: &Edit) -> &[Edit] {
        if edit.kind != EditKind::Rewritten {
            return &[];
        }
        let first = self.char_edits.partition_point(|m| m.left.0 < edit.left.0);
        let count = self.char_edits[first..]
            .iter()
            .take_while(|m| m.left.1 <= edit.left.1 && m.right.1 <= edit.right.1)
            .count();
        &self.char_edits[first..first + count]
    }
}

fn span(ranges: &[ByteRange]) -> Option<ByteRange> {
    Some(ByteRange(ranges.first()?.0, ranges.last()?.1))
}

/// A passage both versions carry that the units do not show as unchanged
/// (see [`crate::engine::links`]): a quote split differently across paragraphs, a
/// sentence moved into another paragraph, a wire paragraph inside an
/// outlet's own.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The passage on the left, from its first word to its last.
    pub left: ByteRange,
    /// The passage on the right.
    pub right: ByteRange,
    /// Share of the passage's words that are equal under normalisation on
    /// both sides, 0 to 1 (1.0: verbatim).
    pub similarity: f32,
    /// The two ends lie in different aligned units.
    pub moved: bool,
}

/// A name one version uses throughout where the other uses another (see
/// [`crate::engine::material`]): "the LORD" / "Yahweh" in two Bible
/// translations. Each place is a material change of name; the lists show
/// the renaming once, with its places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renaming {
    /// The left's name, as written at the first place.
    pub left: String,
    /// The right's name, as written at the first place.
    pub right: String,
    /// The flagged edits it stands for, as (unit index, edit index), in
    /// unit order.
    pub places: Vec<(usize, usize)>,
}

/// The whole result of comparing two documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub left: Side,
    pub right: Side,
    /// The normalisation the comparison was made with.
    pub normalization: Normalization,
    /// Aligned units, in right-side order; removed units stand after the
    /// unit holding their left-side predecessor.
    pub units: Vec<Unit>,
    /// Passages both sides carry that the units do not show as unchanged,
    /// in right-side order.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Names replaced the same way throughout, each standing for several
    /// material changes of name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renamings: Vec<Renaming>,
    pub stats: Stats,
}

/// How two versions without editorial change are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sameness {
    /// The texts are byte for byte the same.
    Identical,
    /// They differ only in what the matching options ignore.
    OnlyIgnored,
    /// Only boilerplate paragraphs differ.
    OnlyBoilerplate { paragraphs: usize },
}

impl Comparison {
    /// True when the two documents match under the normalisation: every
    /// unit is unchanged or equivalent.
    pub fn is_equivalent(&self) -> bool {
        self.units.iter().all(|u| !u.kind.is_change())
    }

    /// How the two versions are the same when no paragraph carries an
    /// editorial change, or `None` when some does. The words for each case
    /// are in `report::wording::verdict`.
    pub fn sameness(&self) -> Option<Sameness> {
        if self.left.document.text == self.right.document.text {
            return Some(Sameness::Identical);
        }
        let changes = self.units.iter().filter(|u| u.kind.is_change());
        let (editorial, boilerplate) = changes.fold((0, 0), |(e, b), u| match u.boilerplate {
            Some(_) => (e, b + 1),
            None => (e + 1, b),
        });
        match (editorial, boilerplate) {
            (0, 0) => Some(Sameness::OnlyIgnored),
            (0, paragraphs) => Some(Sameness::OnlyBoilerplate { paragraphs }),
            _ => None,
        }
    }

    /// Indices of the units a reader steps through (every change).
    pub fn change_indices(&self) -> Vec<usize> {
        self.units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind.is_change())
            .map(|(i, _)| i)
            .collect()
    }
}
