//! One unit's material changes: each changed run of words is asked, in the
//! order the module docs of [`super`] give, whether it changes a number, a
//! date, a negation, a quotation, a name or a reversal. What the questions
//! share (the unit's facts not matched on the other side, its quotations,
//! its names in order, its count of negations) is read once per unit, and
//! the costly parts only when a run needs them.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::documents::Documents;
use super::facts::Fact;
use super::words::{self, HashSet};
use super::{
    capitalised_in_both, commodity_added, overlaps, reversal, roles, same_words, story_day,
};
use crate::engine::model::{ByteRange, Edit, EditKind, Material, Unit};

/// Calls `found` with each changed edit of `unit` that is material, and
/// its kind.
pub(super) fn mark_unit(
    unit: &Unit,
    documents: &Documents<'_>,
    names: (&HashSet<String>, &HashSet<String>),
    mut found: impl FnMut(usize, Material),
) {
    if crate::engine::replaced::weakly_paired(unit, documents.texts) {
        return;
    }
    let check = UnitCheck::new(unit, documents, names);
    for (edit_index, edit) in unit.edits.iter().enumerate() {
        if edit.kind == EditKind::Unchanged {
            continue;
        }
        if let Some(material) = check.material(edit) {
            found(edit_index, material);
        }
    }
}

/// One side of a unit: its amounts and dates not matched on the other
/// side, and its quotations.
struct UnitSide<'t> {
    unmatched: Vec<Fact>,
    quotes: Vec<ByteRange>,
    /// The side's words in lower case, made only when a name test needs
    /// them.
    words: OnceCell<words::UnitWords<'t>>,
}

/// What the questions about one unit's edits share.
struct UnitCheck<'u, 't> {
    unit: &'u Unit,
    documents: &'u Documents<'t>,
    names: (&'u HashSet<String>, &'u HashSet<String>),
    left: UnitSide<'t>,
    right: UnitSide<'t>,
    /// Whether some name stands in a changed run on each side (see
    /// [`UnitCheck::swapped`]).
    may_swap: bool,
    swapped: OnceCell<[Vec<ByteRange>; 2]>,
    negations_differ: OnceCell<bool>,
}

impl<'u, 't> UnitCheck<'u, 't> {
    fn new(
        unit: &'u Unit,
        documents: &'u Documents<'t>,
        names: (&'u HashSet<String>, &'u HashSet<String>),
    ) -> Self {
        let (left_text, right_text) = documents.texts;
        let quotations = |text: &str, blocks: &[ByteRange]| -> Vec<ByteRange> {
            blocks
                .iter()
                .flat_map(|b| words::quotations(&text[b.range()], b.0))
                .collect()
        };
        let left_facts = documents.facts(false, unit.left_blocks);
        let right_facts = documents.facts(true, unit.right_blocks);
        Self {
            unit,
            documents,
            names,
            left: UnitSide {
                unmatched: unmatched(&left_facts, &right_facts),
                quotes: quotations(left_text, &unit.left),
                words: OnceCell::new(),
            },
            right: UnitSide {
                unmatched: unmatched(&right_facts, &left_facts),
                quotes: quotations(right_text, &unit.right),
                words: OnceCell::new(),
            },
            // Names can only have swapped when one stands in a changed run
            // on each side: most units (a whole Bible's 31,000) are ruled
            // out by their changed runs alone, before their names are
            // listed in order.
            may_swap: capitalised_in_both(unit, documents.texts),
            swapped: OnceCell::new(),
            negations_differ: OnceCell::new(),
        }
    }

    /// The kind of material change `edit` makes, if any, the first in
    /// the order of the module docs.
    fn material(&self, edit: &Edit) -> Option<Material> {
        let (left_text, right_text) = self.documents.texts;
        let pieces = (
            &left_text[edit.left.range()],
            &right_text[edit.right.range()],
        );
        if same_words(pieces.0, pieces.1) {
            // Punctuation, case or spacing alone: nothing to check.
            return None;
        }
        let bare = (
            words::written::without_tickers(pieces.0),
            words::written::without_tickers(pieces.1),
        );
        let ((bare_left, left_tickers), (bare_right, right_tickers)) = &bare;
        let tickers_changed =
            !left_tickers.is_empty() && !right_tickers.is_empty() && left_tickers != right_tickers;
        if self.facts_changed(edit, false) {
            Some(Material::Number)
        } else if self.facts_changed(edit, true) {
            Some(Material::Date)
        } else if words::negations(bare_left) != words::negations(bare_right)
            && self.negations_differ()
        {
            Some(Material::Negation)
        } else if self.quoted(edit) {
            Some(Material::Quote)
        } else if tickers_changed || self.names_changed(edit, pieces, (bare_left, bare_right)) {
            Some(Material::Name)
        } else if reversal::reverses(pieces.0, pieces.1) {
            Some(Material::Reversal)
        } else {
            None
        }
    }

    /// Whether the edit touches an amount (`dates` false) or a date the
    /// other side does not carry. A fact only added or only removed must
    /// be missing from the whole other version; a fact replaced, from the
    /// unit's other side.
    fn facts_changed(&self, edit: &Edit, dates: bool) -> bool {
        let one_sided = edit.left.is_empty() || edit.right.is_empty();
        let touches = |side: &UnitSide, range: ByteRange, other_right: bool| {
            side.unmatched.iter().any(|f| {
                f.is_date == dates
                    && !f.weak
                    && overlaps(f.span, range)
                    && !(one_sided
                        && (story_day(&f.key) || self.documents.carries(other_right, &f.key)))
            })
        };
        touches(&self.left, edit.left, true) || touches(&self.right, edit.right, false)
    }

    /// Whether the edit lies inside a quotation on its side, where the
    /// other side quotes too.
    fn quoted(&self, edit: &Edit) -> bool {
        let inside =
            |side: &UnitSide, range: ByteRange| side.quotes.iter().any(|q| overlaps(*q, range));
        (inside(&self.left, edit.left) && !self.right.quotes.is_empty())
            || (inside(&self.right, edit.right) && !self.left.quotes.is_empty())
    }

    /// Whether the edit names someone or something the other side does
    /// not: names whose roles swapped, a name gone, a commodity added.
    fn names_changed(&self, edit: &Edit, pieces: (&str, &str), bare: (&str, &str)) -> bool {
        let (left_text, right_text) = self.documents.texts;
        let (left_names, right_names) = self.names;
        let swapped = self.swapped();
        let one_sided = edit.left.is_empty() || edit.right.is_empty();
        swapped[0].iter().any(|r| overlaps(*r, edit.left))
            || swapped[1].iter().any(|r| overlaps(*r, edit.right))
            || words::names_differ(
                (
                    bare.0,
                    left_names,
                    || side_words(&self.left, left_text, &self.unit.left),
                    left_text,
                    &left_text[edit.left.1..],
                ),
                (
                    bare.1,
                    right_names,
                    || side_words(&self.right, right_text, &self.unit.right),
                    right_text,
                    &right_text[edit.right.1..],
                ),
            )
            || (one_sided && commodity_added(pieces, self.documents))
    }

    /// The names whose roles swapped, on each side (see [`roles`]), found
    /// on first use.
    fn swapped(&self) -> &[Vec<ByteRange>; 2] {
        self.swapped.get_or_init(|| {
            if !self.may_swap {
                return [Vec::new(), Vec::new()];
            }
            let (left_text, right_text) = self.documents.texts;
            roles::swapped(
                (left_text, &self.unit.left, self.names.0),
                (right_text, &self.unit.right, self.names.1),
            )
        })
    }

    /// Whether the unit's sides hold different numbers of negations. A
    /// negation that only moved within the paragraph ("fear not" / "don't
    /// be afraid") leaves its count whole.
    fn negations_differ(&self) -> bool {
        *self.negations_differ.get_or_init(|| {
            let (left_text, right_text) = self.documents.texts;
            let count = |text: &str, blocks: &[ByteRange]| -> usize {
                blocks
                    .iter()
                    .map(|b| words::negations(&text[b.range()]))
                    .sum()
            };
            count(left_text, &self.unit.left) != count(right_text, &self.unit.right)
        })
    }
}

/// The words of one side of a unit, made on first use.
fn side_words<'a, 't>(
    side: &'a UnitSide<'t>,
    text: &'t str,
    blocks: &[ByteRange],
) -> &'a words::UnitWords<'t> {
    side.words
        .get_or_init(|| words::word_set(blocks.iter().map(|b| &text[b.range()])))
}

/// The facts of `side` whose key `other` carries fewer times.
fn unmatched(side: &[&Fact], other: &[&Fact]) -> Vec<Fact> {
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for f in other {
        *counts.entry(f.key.as_str()).or_default() -= 1;
    }
    for f in side {
        *counts.entry(f.key.as_str()).or_default() += 1;
    }
    side.iter()
        .filter(|f| counts.get(f.key.as_str()).is_some_and(|&c| c > 0))
        .map(|&f| f.clone())
        .collect()
}
