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
}

/// Every material change, in unit order.
pub fn material_changes(cmp: &Comparison) -> Vec<MaterialChange> {
    cmp.units
        .iter()
        .enumerate()
        .flat_map(|(unit, u)| {
            u.edits.iter().enumerate().filter_map(move |(edit, e)| {
                e.material.map(|kind| MaterialChange { unit, edit, kind })
            })
        })
        .collect()
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
        assert_eq!(
            super::sides(&cmp, &list[0], 40),
            ("500,000".to_owned(), "50,000".to_owned())
        );
    }
}
