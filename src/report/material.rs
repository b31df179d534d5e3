//! The material changes of a comparison (see [`crate::engine::material`])
//! as one list in reading order, for the reports' lists and the app's
//! "material changes only" lens: each names its unit and its edit, so a
//! display finds the mark without searching text.

use crate::engine::model::{Comparison, Material};

/// One material change: edit `edit` of unit `unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaterialChange {
    pub unit: usize,
    pub edit: usize,
    pub kind: Material,
    /// The recurring renaming (an index into the comparison's
    /// `renamings`) this entry stands for, at its first place.
    pub renaming: Option<usize>,
}

/// Every material change, in unit order; a recurring renaming once, at
/// its first place (see [`crate::engine::model::Renaming`]).
pub fn material_changes(cmp: &Comparison) -> Vec<MaterialChange> {
    let mut later_places = std::collections::HashSet::new();
    let mut first_places = std::collections::HashMap::new();
    for (index, renaming) in cmp.renamings.iter().enumerate() {
        if let Some((first, rest)) = renaming.places.split_first() {
            first_places.insert(*first, index);
            later_places.extend(rest.iter().copied());
        }
    }
    cmp.units
        .iter()
        .enumerate()
        .flat_map(|(unit, u)| {
            u.edits.iter().enumerate().filter_map(move |(edit, e)| {
                e.material.map(|kind| MaterialChange {
                    unit,
                    edit,
                    kind,
                    renaming: None,
                })
            })
        })
        .filter(|c| !later_places.contains(&(c.unit, c.edit)))
        .map(|c| MaterialChange {
            renaming: first_places.get(&(c.unit, c.edit)).copied(),
            ..c
        })
        .collect()
}

/// How many entries [`material_changes`] lists, counted without listing
/// them: each renaming once.
pub fn material_entries(cmp: &Comparison) -> usize {
    let folded: usize = cmp
        .renamings
        .iter()
        .map(|r| r.places.len().saturating_sub(1))
        .sum();
    cmp.stats.material.total().saturating_sub(folded)
}

/// The words after a renaming's entry: "renamed throughout: 7,843 places".
pub fn renaming_note(cmp: &Comparison, change: &MaterialChange) -> Option<String> {
    let renaming = cmp.renamings.get(change.renaming?)?;
    Some(crate::report::wording::renaming_places(
        &renaming.left,
        &renaming.right,
        renaming.places.len(),
    ))
}

/// The two sides of a material change as plain text, each cut to
/// `max_chars`: (was, now).
pub fn sides(cmp: &Comparison, change: &MaterialChange, max_chars: usize) -> (String, String) {
    let e = &cmp.units[change.unit].edits[change.edit];
    (
        crate::report::wording::shorten(&cmp.left.document.text[e.left.range()], max_chars),
        crate::report::wording::shorten(&cmp.right.document.text[e.right.range()], max_chars),
    )
}

#[cfg(test)]
mod tests {
    /// Issue #27's Bible pair listed 7,843 entries of "the LORD" →
    /// "Yahweh": a renaming is one entry, with its places.
    #[test]
    fn a_recurring_renaming_is_listed_once() {
        let verses = |name: &str| {
            (0..5)
                .map(|i| format!("And {name} spoke to Moses on day {i} of the journey."))
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let cmp = crate::compare_texts(&verses("the LORD"), &verses("Yahweh"));
        let list = super::material_changes(&cmp);
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(super::material_entries(&cmp), 1);
        assert_eq!(
            super::renaming_note(&cmp, &list[0]).as_deref(),
            Some("“LORD” renamed “Yahweh” throughout: 5 places")
        );
    }

    #[test]
    fn material_changes_are_listed_with_their_unit_and_edit() {
        let cmp = crate::engine::compare::compare_texts(
            "Intro.\n\nSome 500,000 people marched on Friday.",
            "Intro.\n\nSome 50,000 people marched on Saturday.",
        );
        let list = super::material_changes(&cmp);
        let kinds: Vec<_> = list.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                crate::engine::model::Material::Number,
                crate::engine::model::Material::Date
            ]
        );
        assert!(list.iter().all(|c| c.unit == 1));
        assert_eq!(super::material_entries(&cmp), 2);
        assert_eq!(
            super::sides(&cmp, &list[0], 40),
            ("500,000".to_owned(), "50,000".to_owned())
        );
    }
}
