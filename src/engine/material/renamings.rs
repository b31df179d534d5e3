//! Recurring renamings: a name one version uses throughout where the other
//! uses another. Two Bible translations differ so in nearly every verse
//! (King James "the LORD", World English "Yahweh"); a corrected wire story
//! may rename a company in every paragraph. Each place is a material change
//! of name and stays flagged, but 1,361 entries of "the LORD" → "Yahweh"
//! bury the rest of the list: the lists show one entry per renaming, with
//! how many places it stands for.
//!
//! A renaming is a pair of names, one from each side, such that
//! 1. the other version never uses one of them as a name (capitalised away
//!    from a sentence's start, see [`super::Names`]): King James never
//!    names "Yahweh", and never "Armies" (it has "armies" in lower case),
//!    so "LORD" → "Yahweh" and "hosts" → "Armies" qualify; two names both
//!    versions use are each changes of their own, never one renaming;
//! 2. in at least [`MIN_PLACES`] flagged changes they are the only names
//!    that differ, standing against each other.
//!
//! A flagged change of name joins a renaming when every name it differs
//! by belongs to one whose partner stands in the same paragraph's other
//! side ("the LORD thy God" → "Yahweh your God" joins "LORD" → "Yahweh";
//! "the LORD" dropped from a verse whose other side does not say "Yahweh"
//! does not). The choice is a matter of listing, never of marking: every
//! edit keeps its flag.

use std::collections::HashMap;

use super::words::{gone_names, with_lower_stem, word_set, UnitWords};
use super::{Mark, Names};
use crate::engine::model::{ByteRange, Material, Renaming, Unit};

/// Fewest places that make a renaming: two could be chance (a name
/// corrected in a headline and its first line); three is a habit.
pub(crate) const MIN_PLACES: usize = 3;

/// One flagged change of name: where it stands and the names it differs
/// by on each side, as (stem, as written).
struct Place<'t> {
    unit: usize,
    edit: usize,
    left: Vec<(String, &'t str)>,
    right: Vec<(String, &'t str)>,
}

/// The recurring renamings among `marks` (see the module docs).
pub(crate) fn renamings(
    units: &[Unit],
    marks: &[Mark],
    (left_text, right_text): (&str, &str),
    names: &Names,
) -> Vec<Renaming> {
    let places = all_places(units, marks, (left_text, right_text), names);
    if places.len() < MIN_PLACES {
        return Vec::new();
    }
    // Condition 1: the names the other version never uses as names.
    let (absent_left, absent_right) = (
        |stem: &str| !names.right.contains(stem),
        |stem: &str| !names.left.contains(stem),
    );
    // Condition 2: pairs standing alone against each other, each with
    // its count and its names as first written.
    let mut counted: HashMap<(&str, &str), (usize, &str, &str)> = HashMap::new();
    for p in &places {
        if let ([(l, lw)], [(r, rw)]) = (p.left.as_slice(), p.right.as_slice()) {
            if absent_left(l) || absent_right(r) {
                counted
                    .entry((l.as_str(), r.as_str()))
                    .or_insert((0, lw, rw))
                    .0 += 1;
            }
        }
    }
    // A name's commonest partner only: "the LORD of hosts" against "Yahweh
    // of Armies" cut otherwise stands "LORD" against "Armies" 277 times,
    // where "LORD" stands against "Yahweh" 7,000 times.
    let mut most: HashMap<&str, usize> = HashMap::new();
    for (&(l, _), &(n, _, _)) in &counted {
        let best = most.entry(l).or_default();
        *best = (*best).max(n);
    }
    let mut pairs: Vec<Pair> = counted
        .iter()
        .filter(|&(&(l, _), &(n, _, _))| n >= MIN_PLACES && most.get(l).is_some_and(|&m| n >= m))
        .map(|(&stems, &(count, left, right))| Pair {
            stems,
            count,
            written: (left, right),
        })
        .collect();
    // The commonest pair first: a place two could explain joins it.
    pairs.sort_unstable_by(|a, b| b.count.cmp(&a.count).then(a.stems.cmp(&b.stems)));
    let mut found: Vec<Renaming> = pairs
        .iter()
        .map(|pair| Renaming {
            left: pair.written.0.to_owned(),
            right: pair.written.1.to_owned(),
            places: Vec::new(),
        })
        .collect();
    // Which renaming each place joins, the places in pieces over the cores
    // (a unit's words are gathered once for its places in a piece).
    let join = |_, places: &[Place<'_>]| joins(places, &pairs, units, (left_text, right_text));
    let joins = crate::engine::parallel::pieces(&places, PLACES_PER_JOB, join).concat();
    for (p, index) in places.iter().zip(joins) {
        if let Some(index) = index {
            found[index].places.push((p.unit, p.edit));
        }
    }
    found.retain(|r| r.places.len() >= MIN_PLACES);
    found.sort_unstable_by_key(|r| r.places[0]);
    found
}

/// The renaming each of `places` joins (see [`joined`]), in order.
fn joins(
    places: &[Place<'_>],
    pairs: &[Pair],
    units: &[Unit],
    (left_text, right_text): (&str, &str),
) -> Vec<Option<usize>> {
    let mut sides: Option<(usize, UnitWords, UnitWords)> = None;
    let mut out = Vec::with_capacity(places.len());
    for p in places {
        if sides.as_ref().is_none_or(|(at, _, _)| *at != p.unit) {
            let unit = &units[p.unit];
            sides = Some((
                p.unit,
                word_set(unit.left.iter().map(|b| &left_text[b.range()])),
                word_set(unit.right.iter().map(|b| &right_text[b.range()])),
            ));
        }
        out.push(
            sides.as_ref().and_then(|(_, left_words, right_words)| {
                joined(p, pairs, (left_words, right_words))
            }),
        );
    }
    out
}

/// Places (or marks) read as one job: a whole Bible's 11,000 flagged
/// names make six.
const PLACES_PER_JOB: usize = 2048;

/// Each flagged change of name with the names it differs by, the marks
/// read in pieces over the cores (a whole Bible has 11,000 flagged names).
fn all_places<'t>(
    units: &[Unit],
    marks: &[Mark],
    texts: (&'t str, &'t str),
    names: &Names,
) -> Vec<Place<'t>> {
    let read = |_, marks: &[Mark]| places(units, marks, texts, names);
    crate::engine::parallel::pieces(marks, PLACES_PER_JOB, read)
        .into_iter()
        .flatten()
        .collect()
}

/// A pair of names counted against each other.
struct Pair<'p> {
    /// (left, right), lower case.
    stems: (&'p str, &'p str),
    count: usize,
    /// As first written.
    written: (&'p str, &'p str),
}

/// The renaming (an index into `pairs`) that accounts for every name the
/// place differs by, each name's partner standing on the unit's other side.
fn joined(
    place: &Place,
    pairs: &[Pair],
    (left_words, right_words): (&UnitWords<'_>, &UnitWords<'_>),
) -> Option<usize> {
    let mut first = None;
    let left = place.left.iter().map(|(stem, _)| (stem, true));
    let right = place.right.iter().map(|(stem, _)| (stem, false));
    for (stem, on_left) in left.chain(right) {
        let index = pairs.iter().position(|pair| {
            let (l, r) = pair.stems;
            if on_left {
                l == stem && right_words.contains(r)
            } else {
                r == stem && left_words.contains(l)
            }
        })?;
        first.get_or_insert(index);
    }
    first
}

/// Each flagged change of name, with the names it differs by.
fn places<'t>(
    units: &[Unit],
    marks: &[Mark],
    (left_text, right_text): (&'t str, &'t str),
    names: &Names,
) -> Vec<Place<'t>> {
    let mut out = Vec::new();
    let mut current: Option<(usize, UnitWords<'t>, UnitWords<'t>)> = None;
    for &(unit_index, edit_index, material) in marks {
        if material != Material::Name {
            continue;
        }
        let (unit_index, edit_index) = (unit_index as usize, edit_index as usize);
        let unit = &units[unit_index];
        if current.as_ref().is_none_or(|(at, _, _)| *at != unit_index) {
            let side = |text: &'t str, blocks: &[ByteRange]| {
                word_set(blocks.iter().map(move |b| &text[b.range()]))
            };
            current = Some((
                unit_index,
                side(left_text, &unit.left),
                side(right_text, &unit.right),
            ));
        }
        let Some((_, left_words, right_words)) = &current else {
            continue;
        };
        let edit = &unit.edits[edit_index];
        let pieces = (
            &left_text[edit.left.range()],
            &right_text[edit.right.range()],
        );
        let stems = |found: Vec<&'t str>| -> Vec<(String, &'t str)> {
            let mut list: Vec<(String, &'t str)> = found
                .into_iter()
                .map(|w| (with_lower_stem(w, str::to_owned), w))
                .collect();
            list.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            list.dedup_by(|a, b| a.0 == b.0);
            list
        };
        out.push(Place {
            unit: unit_index,
            edit: edit_index,
            left: stems(gone_names(pieces, &names.left, right_words)),
            right: stems(gone_names((pieces.1, pieces.0), &names.right, left_words)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::compare_texts;

    fn verses(names: &[&str]) -> String {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!("And {name} spoke to Moses on day {i} of the journey in the land.")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Issue #27's Bible pair: 1,361 entries of "the LORD" → "Yahweh" in
    /// the list of material changes, one a verse.
    #[test]
    fn a_name_replaced_throughout_is_one_renaming() {
        let cmp = compare_texts(&verses(&["the LORD"; 5]), &verses(&["Yahweh"; 5]));
        assert_eq!(cmp.renamings.len(), 1, "{:?}", cmp.renamings);
        let renaming = &cmp.renamings[0];
        assert_eq!(
            (renaming.left.as_str(), renaming.right.as_str()),
            ("LORD", "Yahweh")
        );
        assert_eq!(renaming.places.len(), 5);
        // Every place keeps its flag.
        assert_eq!(cmp.stats.material.name, 5);
    }

    #[test]
    fn names_both_versions_use_are_not_renamed() {
        let mut right = verses(&["Aaron"; 5]);
        right.push_str("\n\nMoses and Joshua went up.");
        let mut left = verses(&["Joshua"; 5]);
        left.push_str("\n\nMoses and Aaron went up.");
        let cmp = compare_texts(&left, &right);
        assert!(cmp.renamings.is_empty(), "{:?}", cmp.renamings);
        assert_eq!(cmp.stats.material.name, 6);
    }

    #[test]
    fn two_places_are_no_renaming() {
        let cmp = compare_texts(&verses(&["Joshua"; 2]), &verses(&["Caleb"; 2]));
        assert!(cmp.renamings.is_empty());
    }
}
