//! A paragraph replaced by a different one is shown removed and added, not
//! edited.
//!
//! The aligner pairs paragraphs that stand in the same place and share
//! some words; in wire copy two paragraphs of one format share many ("the
//! bank said a … mln dlr loan"), so a dropped paragraph and the different
//! one put in its place can pair. Shown as an edit, the pair reads as a
//! correction: `[-40-]{+bank said a 34+} mln dlr loan` with a *number*
//! flag, where a 40 mln dlr trade loan was dropped and a different 34 mln
//! dlr sugar loan added.
//!
//! The floor: a one-to-one edited unit whose word diff keeps less than
//! [`REPLACED_BELOW`] of its words unchanged, and whose two sides share
//! less than [`CONTENT_OVERLAP_BELOW`] of their content words, is split
//! into a removed and an added unit, when the two sides also name
//! different things: each names something, and neither carries a name or
//! a figure of the other (the loan above: "World", "Colombia", 40 against
//! "Pakistan", "Sind", 34). Two translations of a verse share its names
//! ("Naphtali is a hind let loose" / "Naphtali is a doe set free") or name
//! nothing ("Of clean beasts" / "Clean animals"), and stay paired. Chosen on the 201 real wire pairs: every paragraph an
//! editor would call edited keeps at least 40% (a rewritten headline,
//! "U.S. CONGRESS THIRD WORLD DEBT PLAN ADVANCES" / "U.S. HOUSE PLAN TO
//! EASE LDC DEBT ADVANCES", keeps 40%), the two paragraphs replaced by
//! others keep 5% and 22%, and the loan above keeps 34%; each of those
//! shares at most a fifth of its content words, where a verse of Genesis
//! and its modern translation, as low as 20% alike word for word, mostly
//! share more than half (and the naming rule keeps the rest). Split, moved and
//! merged units are left as the aligner made them (their blocks were
//! chosen for their overlap), and so is a unit whose word diff was capped.

use std::collections::HashSet;

use crate::engine::distinctive;
use crate::engine::inline::EditWords;
use crate::engine::model::{ByteRange, Unit, UnitKind};

/// The share of unchanged words under which an edited pair may be a
/// replacement (see the module docs).
pub const REPLACED_BELOW: f32 = 0.35;
/// ... when it also shares less than this of its content words: a verse
/// of Genesis and its modern translation keep under 35% of their words
/// but most of what they speak of.
const CONTENT_OVERLAP_BELOW: f32 = 0.4;

/// Units asked as one job (see [`split_replaced`]).
const UNITS_PER_JOB: usize = 2048;

/// Splits each replaced pair into its removed and added halves, the
/// removed one first (a removed unit stands right after its left
/// predecessor's unit).
pub(crate) fn split_replaced(
    units: Vec<Unit>,
    words: Vec<EditWords>,
    texts: (&str, &str),
) -> (Vec<Unit>, Vec<EditWords>) {
    // Every unit asked once, in pieces over the cores.
    let replaced = crate::engine::parallel::pieces(&units, UNITS_PER_JOB, |_, piece| {
        piece
            .iter()
            .map(|unit| is_replaced(unit, texts))
            .collect::<Vec<_>>()
    })
    .concat();
    let halves = replaced.iter().filter(|&&r| r).count();
    if halves == 0 {
        return (units, words);
    }
    // Sized exactly, each replaced unit one more: a whole Bible splits
    // hundreds, and a list of 31,000 units grown by doubling was copied
    // and held twice over.
    let mut out_units = Vec::with_capacity(units.len() + halves);
    let mut out_words = Vec::with_capacity(units.len() + halves);
    for ((unit, unit_words), replaced) in units.into_iter().zip(words).zip(replaced) {
        if !replaced {
            out_units.push(unit);
            out_words.push(unit_words);
            continue;
        }
        let half = |kind: UnitKind| Unit {
            kind,
            left: if kind == UnitKind::Removed {
                unit.left.clone()
            } else {
                Vec::new()
            },
            right: if kind == UnitKind::Added {
                unit.right.clone()
            } else {
                Vec::new()
            },
            left_blocks: if kind == UnitKind::Removed {
                unit.left_blocks
            } else {
                (unit.left_blocks.1, unit.left_blocks.1)
            },
            right_blocks: if kind == UnitKind::Added {
                unit.right_blocks
            } else {
                (unit.right_blocks.0, unit.right_blocks.0)
            },
            similarity: 0.0,
            edits: Vec::new(),
            phrases: Vec::new(),
            char_edits: Vec::new(),
            capped: false,
            boilerplate: None,
        };
        out_units.push(half(UnitKind::Removed));
        out_units.push(half(UnitKind::Added));
        out_words.extend([EditWords::default(), EditWords::default()]);
    }
    (out_units, out_words)
}

/// A capped unit is left as it is: its word diff was simplified, so its
/// share of unchanged words says little, and the reader is told so.
fn is_replaced(unit: &Unit, texts: (&str, &str)) -> bool {
    unit.kind == UnitKind::Edited && weakly_paired(unit, texts)
}

/// Whether a unit pairs two paragraphs that say different things (see the
/// module docs); a one-to-one pair so is split, and no unit so gets
/// material flags: its word marks say nothing a fact-checker could check.
pub(crate) fn weakly_paired(unit: &Unit, (left, right): (&str, &str)) -> bool {
    unit.similarity < REPLACED_BELOW
        && !unit.capped
        && content_overlap(&unit.left, left, &unit.right, right) < CONTENT_OVERLAP_BELOW
        && name_different_things(&unit.left, left, &unit.right, right)
}

/// Whether the two sides name different things: each names something
/// (a capitalised word that is not a stop word, or a figure), and
/// neither side's words hold a name of the other.
fn name_different_things(
    left: &[ByteRange],
    left_text: &str,
    right: &[ByteRange],
    right_text: &str,
) -> bool {
    let words = |blocks: &[ByteRange], text: &str| -> (HashSet<String>, HashSet<String>) {
        let (mut all, mut named) = (HashSet::new(), HashSet::new());
        for b in blocks {
            for word in text[b.range()].split(|c: char| !c.is_alphanumeric()) {
                let lower = word.to_lowercase();
                let figure = word.bytes().any(|c| c.is_ascii_digit());
                let name = word.starts_with(char::is_uppercase)
                    && word.chars().count() > 1
                    && !distinctive::is_stop_word(&lower);
                if figure || name {
                    named.insert(lower.clone());
                }
                all.insert(lower);
            }
        }
        (all, named)
    };
    let (left_words, left_named) = words(left, left_text);
    let (right_words, right_named) = words(right, right_text);
    !left_named.is_empty()
        && !right_named.is_empty()
        && left_named.is_disjoint(&right_words)
        && right_named.is_disjoint(&left_words)
}

/// The share of content words (see [`crate::engine::distinctive`]) the
/// smaller side shares with the other, case aside: a heavy rewording
/// keeps the things it speaks of ("Abram", "childless"; "Prime Minister
/// Mark Carney"), a different paragraph in the same format does not.
fn content_overlap(
    left: &[ByteRange],
    left_text: &str,
    right: &[ByteRange],
    right_text: &str,
) -> f32 {
    let content = |blocks: &[ByteRange], text: &str| -> HashSet<String> {
        blocks
            .iter()
            .flat_map(|b| text[b.range()].split(|c: char| !c.is_alphanumeric()))
            .map(str::to_lowercase)
            .filter(|w| distinctive::is_content(w))
            .collect()
    };
    let (l, r) = (content(left, left_text), content(right, right_text));
    let smaller = l.len().min(r.len());
    if smaller == 0 {
        return 0.0;
    }
    l.intersection(&r).count() as f32 / smaller as f32
}

#[cfg(test)]
mod tests {
    use crate::engine::compare::compare_texts;
    use crate::engine::model::UnitKind;

    /// Regression (issue: weak pairs read as corrections): a loan dropped
    /// and a different loan added in its place read as a corrected amount.
    #[test]
    fn a_paragraph_replaced_by_another_is_removed_and_added_not_a_corrected_loan() {
        let cmp = compare_texts(
            "LOANS APPROVED\n\nThe World Bank approved a 40 mln dlr trade loan for Colombia to finance imports of capital goods.\n\nThe loans are the bank's first this year.",
            "LOANS APPROVED\n\nThe bank said a 34 mln dlr loan would help Pakistan rebuild sugar mills in Sind province.\n\nThe loans are the bank's first this year.",
        );
        let kinds: Vec<UnitKind> = cmp.units.iter().map(|u| u.kind).collect();
        assert!(
            kinds.contains(&UnitKind::Removed) && kinds.contains(&UnitKind::Added),
            "{kinds:?}"
        );
        assert!(!kinds.contains(&UnitKind::Edited), "{kinds:?}");
        assert_eq!(cmp.stats.material.total(), 0);
    }

    #[test]
    fn a_reworded_paragraph_stays_an_edit() {
        let cmp = compare_texts(
            "U.S. CONGRESS THIRD WORLD DEBT PLAN ADVANCES",
            "U.S. HOUSE PLAN TO EASE LDC DEBT ADVANCES",
        );
        assert_eq!(cmp.units[0].kind, UnitKind::Edited);
    }
}
