//! Material changes: the edits a fact-checker must check, set apart from
//! rewording. An edit (added, removed or rewritten words inside a unit) is
//! material when it
//!
//! 1. **number**: touches an amount that the unit's other side does not
//!    carry: "500,000" against "50,000", "$25" against "€25". An amount
//!    written another way ("25%", "25 percent", "25-percent") is the same
//!    amount and is not flagged ([`facts`]). A number spelled out without
//!    a unit ("the two leaders") is matched but never flagged on its own:
//!    it is phrasing far more often than a figure;
//! 2. **date**: touches a date, weekday or relative day the other side
//!    does not carry ("Friday" against "March 28", "on Thursday" against
//!    "a day before");
//! 3. **negation**: holds a different number of negations than its other
//!    side (not, never, no longer, -n't);
//! 4. **quote**: lies inside quotation marks on its side, where the
//!    other side quotes too (a translation that puts speech in quotation
//!    marks where the other has none changes no quotation);
//! 5. **name**: names someone or something (a word capitalised away from a
//!    sentence start on that side, outside title-case headlines, or a title
//!    such as "governor") that the unit's other side does not carry.
//!
//! When several apply the first in this order is kept: an amount inside a
//! quotation is flagged as a number. Whole paragraphs added or removed
//! carry no edits and are not flagged: their kind already says all of
//! them changed. Boilerplate is never flagged.

mod documents;
mod facts;
mod linked;
mod renamings;
mod reversal;
mod roles;
mod unit;
mod words;

use words::HashSet;

use crate::engine::model::{ByteRange, EditKind, Material, Unit};

use crate::engine::parallel::both;
pub(crate) use facts::MONTHS;
pub(crate) use linked::drop_linked;
pub(crate) use renamings::renamings;

use documents::Documents;

/// A material change found: unit index, edit index within it, and kind.
pub(crate) type Mark = (u32, u32, Material);

/// Sets the `marks` found by [`marks`] on their edits.
pub(crate) fn apply(units: &mut [Unit], marks: &[Mark]) {
    for &(unit, edit, material) in marks {
        units[unit as usize].edits[edit as usize].material = Some(material);
    }
}

/// The words that name someone or something on each side (see
/// [`words::version_words`]).
pub(crate) struct Names {
    left: HashSet<String>,
    right: HashSet<String>,
}

/// What the material checks read of each whole version: the words that
/// name someone or something, and each paragraph's amounts and dates.
/// Made from the texts and their paragraphs alone, so the pipeline makes
/// them while the paragraphs are aligned: the alignment ends on one thread
/// (choosing among the candidates), and this fills the other core.
pub(crate) struct Versions<'t> {
    names: Names,
    documents: Documents<'t>,
}

impl<'t> Versions<'t> {
    /// Reads both versions (each a text and its paragraphs): the names and
    /// the facts of each side, four jobs.
    pub(crate) fn new(left: (&'t str, &[ByteRange]), right: (&'t str, &[ByteRange])) -> Self {
        // Both sides' words, each on a core when one is free, beside the
        // facts of both.
        let ((left_words, right_words), documents) = both(
            || {
                both(
                    || words::version_words(left.0, reversal::commodity),
                    || words::version_words(right.0, reversal::commodity),
                )
            },
            || Documents::new(left, right),
        );
        let documents = documents.naming((left_words.commodities, right_words.commodities));
        let names = Names {
            left: left_words.names,
            right: right_words.names,
        };
        Self { names, documents }
    }

    /// The names of each side.
    pub(crate) fn names(&self) -> &Names {
        &self.names
    }
}

/// The material changes of `units`, read without changing them, so that
/// the passage search can read the units at the same time.
pub(crate) fn marks(units: &[Unit], versions: &Versions<'_>) -> Vec<Mark> {
    let changed =
        |u: &Unit| u.boilerplate.is_none() && u.edits.iter().any(|e| e.kind != EditKind::Unchanged);
    if !units.iter().any(changed) {
        return Vec::new();
    }
    // Each unit is marked on its own: in pieces over the cores, as the
    // word diffs are (a whole-Bible pair has 31,000 changed units).
    let names = (&versions.names.left, &versions.names.right);
    let documents = &versions.documents;
    let mark_all = |first: usize, units: &[Unit]| {
        let mut out = Vec::new();
        for (i, unit) in units.iter().enumerate().filter(|(_, u)| changed(u)) {
            let unit_index = (first + i) as u32;
            unit::mark_unit(unit, documents, names, |edit, material| {
                out.push((unit_index, edit as u32, material));
            });
        }
        out
    };
    crate::engine::parallel::pieces(units, UNITS_PER_JOB, mark_all)
        .into_iter()
        .flatten()
        .collect()
}

/// Units marked as one job (see [`marks`]).
const UNITS_PER_JOB: usize = 1024;

/// Whether some capitalised word stands in a changed run on both sides of
/// the unit (removed or rewritten at one place, added or rewritten at
/// another).
fn capitalised_in_both(unit: &Unit, (left_text, right_text): (&str, &str)) -> bool {
    fn capitalised(text: &str, range: ByteRange) -> Vec<&str> {
        let piece = &text[range.range()];
        if !piece.bytes().any(|b| b.is_ascii_uppercase()) && piece.is_ascii() {
            return Vec::new();
        }
        words::words(piece)
            .map(|(_, w)| w)
            .filter(|w| w.chars().count() > 1 && w.starts_with(char::is_uppercase))
            .collect()
    }
    let changed = unit.edits.iter().filter(|e| e.kind != EditKind::Unchanged);
    let left: Vec<&str> = changed
        .clone()
        .flat_map(|e| capitalised(left_text, e.left))
        .collect();
    if left.is_empty() {
        return false;
    }
    changed
        .flat_map(|e| capitalised(right_text, e.right))
        .any(|r| left.iter().any(|l| l.eq_ignore_ascii_case(r)))
}

/// Whether a run only added or only removed names a commodity the other
/// version never mentions ("delivery in gold, silver, copper and
/// aluminum futures" added to a story of precious metals): a thing named
/// that the other side does not carry anywhere.
fn commodity_added((left, right): (&str, &str), documents: &Documents<'_>) -> bool {
    let (piece, other_right) = if left.is_empty() {
        (right, false)
    } else {
        (left, true)
    };
    // Every word of every added or removed run is asked: lowered only
    // when it has capitals.
    words::words(piece).any(|(_, w)| {
        let lower = if w.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(w.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        };
        reversal::is_commodity(&lower) && !documents.names_commodity(other_right, &lower)
    })
}

/// Whether a date's key names the story's own day ("today", "tonight",
/// "this morning"): added or dropped, it says no other day than the
/// dateline does (wire copy adds and cuts "today" freely); replaced by
/// another day it is still a change.
fn story_day(key: &str) -> bool {
    matches!(
        key,
        "today" | "tonight" | "this morning" | "this afternoon" | "this evening"
    )
}

/// Whether two runs hold the same words, punctuation, case and spacing
/// aside (a lone quotation mark, "we" / "We", "amore" / "a more");
/// currency and percent signs count ("$25" / "€25").
fn same_words(left: &str, right: &str) -> bool {
    // Compared as two streams, without copies: every changed run of a
    // whole Bible is asked.
    fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
        text.chars()
            .filter(|c| c.is_alphanumeric() || "$€£¥%".contains(*c))
            .flat_map(char::to_lowercase)
    }
    letters(left).eq(letters(right))
}

/// Whether two ranges share a byte; an empty range shares none.
fn overlaps(a: ByteRange, b: ByteRange) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
mod tests;
