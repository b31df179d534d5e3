//! The rows of a side-by-side display, derived from a [`Comparison`].
//!
//! One row per unit, in the model's order, plus a placeholder at the left
//! position of each moved paragraph, and collapsed runs of unchanged
//! paragraphs. Pure data: the app's view and the HTML report both lay out
//! these rows, so they show the same thing in the same order.

use std::collections::{BTreeSet, HashMap};

use crate::engine::model::{Comparison, UnitKind};

/// Runs of at least this many unchanged paragraphs are collapsed.
pub const COLLAPSE_MIN_RUN: usize = 3;

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A unit, drawn with both sides.
    Unit(usize),
    /// Where a moved unit stood on the left; points at the unit.
    MovedFrom(usize),
    /// `count` units starting at unit `first`, folded away: unchanged ones,
    /// and under the material lens `changed` of them with changes that are
    /// not material.
    Collapsed {
        first: usize,
        count: usize,
        changed: usize,
    },
}

/// What the reader chose to hide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RowOptions {
    /// Collapse every run of unchanged paragraphs, whatever its length.
    pub hide_unchanged: bool,
    /// Leave boilerplate units out altogether.
    pub hide_boilerplate: bool,
    /// Fold every paragraph without a material change, changed or not, so
    /// that only the changes a fact-checker must check stay open.
    pub material_only: bool,
    /// Stepping through changes stops at boilerplate ones while they are
    /// shown (dimmed); off, it steps over web furniture. Rows do not
    /// depend on it.
    pub step_into_boilerplate: bool,
}

/// Builds the rows. `expanded` holds the first unit of each run the user
/// opened.
pub fn build_rows(cmp: &Comparison, expanded: &BTreeSet<usize>, options: RowOptions) -> Vec<Row> {
    let hidden =
        |u: &crate::engine::model::Unit| options.hide_boilerplate && u.boilerplate.is_some();
    // Paragraphs that fold: unchanged ones, and under the material lens
    // every one without a material change.
    let quiet = |u: &crate::engine::model::Unit| {
        !u.kind.is_change() || (options.material_only && !u.is_material())
    };
    let mut moved_at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, u) in cmp.units.iter().enumerate() {
        if u.kind == UnitKind::Moved && !hidden(u) && !(options.material_only && quiet(u)) {
            moved_at.entry(u.left_blocks.0).or_default().push(i);
        }
    }
    let mut rows = Vec::with_capacity(cmp.units.len() + moved_at.len());
    let mut push_moved_from = |rows: &mut Vec<Row>, mut left_end: usize| {
        while let Some(list) = moved_at.remove(&left_end) {
            for &m in &list {
                rows.push(Row::MovedFrom(m));
                left_end = left_end.max(cmp.units[m].left_blocks.1);
            }
        }
    };
    push_moved_from(&mut rows, 0);
    let min_run = if options.hide_unchanged || options.material_only {
        1
    } else {
        COLLAPSE_MIN_RUN
    };
    let mut i = 0;
    while i < cmp.units.len() {
        if hidden(&cmp.units[i]) {
            push_moved_from(&mut rows, cmp.units[i].left_blocks.1);
            i += 1;
            continue;
        }
        let run = cmp.units[i..]
            .iter()
            .take_while(|u| quiet(u) && !hidden(u))
            .count();
        if run >= min_run && !expanded.contains(&i) {
            let changed = cmp.units[i..i + run]
                .iter()
                .filter(|u| u.kind.is_change())
                .count();
            rows.push(Row::Collapsed {
                first: i,
                count: run,
                changed,
            });
            for u in &cmp.units[i..i + run] {
                push_moved_from(&mut rows, u.left_blocks.1);
            }
            i += run;
            continue;
        }
        // A short run, an opened run, or a single change: every unit shows.
        let shown = run.max(1);
        for (k, unit) in cmp.units[i..i + shown].iter().enumerate() {
            rows.push(Row::Unit(i + k));
            if unit.kind != UnitKind::Moved && unit.left_blocks.1 > unit.left_blocks.0 {
                push_moved_from(&mut rows, unit.left_blocks.1);
            }
        }
        i += shown;
    }
    // Anything left (a moved unit after a moved unit at the very end).
    let mut rest: Vec<usize> = moved_at.into_values().flatten().collect();
    rest.sort_unstable();
    rows.extend(rest.into_iter().map(Row::MovedFrom));
    rows
}

/// The row showing unit `unit`, if it is visible.
pub fn row_of_unit(rows: &[Row], unit: usize) -> Option<usize> {
    rows.iter().position(|r| *r == Row::Unit(unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("Paragraph {i} has its own words alpha{i} beta{i} gamma{i} delta{i}."))
            .collect()
    }

    #[test]
    fn unchanged_runs_collapse_and_expand() {
        let left = paras(6);
        let mut right = left.clone();
        right[5] = "Something new entirely here.".into();
        let cmp = crate::engine::compare::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let rows = build_rows(&cmp, &BTreeSet::new(), RowOptions::default());
        assert_eq!(
            rows[0],
            Row::Collapsed {
                first: 0,
                count: 5,
                changed: 0
            }
        );
        let expanded: BTreeSet<usize> = [0].into();
        let rows = build_rows(&cmp, &expanded, RowOptions::default());
        assert!(rows.iter().take(5).all(|r| matches!(r, Row::Unit(_))));
    }

    #[test]
    fn a_moved_unit_has_a_placeholder_at_its_left_position() {
        let left = paras(6);
        let mut right = left.clone();
        let p = right.remove(1);
        right.insert(5, p);
        let cmp = crate::engine::compare::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let expanded: BTreeSet<usize> = (0..cmp.units.len()).collect();
        let rows = build_rows(&cmp, &expanded, RowOptions::default());
        let moved = cmp
            .units
            .iter()
            .position(|u| u.kind == UnitKind::Moved)
            .unwrap();
        let placeholder = rows
            .iter()
            .position(|r| *r == Row::MovedFrom(moved))
            .unwrap();
        assert_eq!(placeholder, 1, "{rows:?}");
        assert!(row_of_unit(&rows, moved).unwrap() > placeholder);
    }

    #[test]
    fn boilerplate_rows_hide_on_request() {
        let left = paras(2).join("\n\n");
        let right = format!("{left}\n\nAlso Read | Another story entirely\n\nAdvertisement");
        let cmp = crate::engine::compare::compare_texts(&left, &right);
        let all: BTreeSet<usize> = (0..cmp.units.len()).collect();
        let shown = build_rows(&cmp, &all, RowOptions::default());
        assert_eq!(shown.len(), 4);
        let options = RowOptions {
            hide_boilerplate: true,
            ..RowOptions::default()
        };
        let rows = build_rows(&cmp, &all, options);
        assert_eq!(rows, vec![Row::Unit(0), Row::Unit(1)]);
    }

    #[test]
    fn the_material_lens_folds_every_paragraph_without_a_material_change() {
        let left = paras(4);
        let mut right = left.clone();
        right[1] = right[1].replace("alpha1", "omega1");
        right[3] = format!("{} It cost 500,000 dollars.", right[3]);
        let cmp = crate::engine::compare::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let options = RowOptions {
            material_only: true,
            ..RowOptions::default()
        };
        let rows = build_rows(&cmp, &BTreeSet::new(), options);
        assert_eq!(
            rows,
            vec![
                Row::Collapsed {
                    first: 0,
                    count: 3,
                    changed: 1
                },
                Row::Unit(3)
            ],
            "{:?}",
            cmp.units
        );
        let plain = build_rows(&cmp, &BTreeSet::new(), RowOptions::default());
        assert!(plain.contains(&Row::Unit(1)), "{plain:?}");
    }
}
