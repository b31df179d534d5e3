//! The rows of the side-by-side view, derived from a [`Comparison`].
//!
//! One row per unit, in the model's order, plus a placeholder at the left
//! position of each moved paragraph, and collapsed runs of unchanged
//! paragraphs. Pure data: no drawing here.

use std::collections::{BTreeSet, HashMap};

use crate::{Comparison, UnitKind};

/// Runs of at least this many unchanged paragraphs are collapsed.
pub const COLLAPSE_MIN_RUN: usize = 3;

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A unit, drawn with both sides.
    Unit(usize),
    /// Where a moved unit stood on the left; points at the unit.
    MovedFrom(usize),
    /// `count` unchanged units starting at unit `first`, folded away.
    Collapsed { first: usize, count: usize },
}

/// Builds the rows. `expanded` holds the first unit of each run the user
/// opened; with `hide_unchanged` every run collapses, whatever its length.
pub fn build_rows(cmp: &Comparison, expanded: &BTreeSet<usize>, hide_unchanged: bool) -> Vec<Row> {
    let mut moved_at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, u) in cmp.units.iter().enumerate() {
        if u.kind == UnitKind::Moved {
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
    let min_run = if hide_unchanged { 1 } else { COLLAPSE_MIN_RUN };
    let mut i = 0;
    while i < cmp.units.len() {
        let run = cmp.units[i..]
            .iter()
            .take_while(|u| !u.kind.is_change())
            .count();
        if run >= min_run && !expanded.contains(&i) {
            rows.push(Row::Collapsed {
                first: i,
                count: run,
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
        let cmp = crate::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let rows = build_rows(&cmp, &BTreeSet::new(), false);
        assert_eq!(rows[0], Row::Collapsed { first: 0, count: 5 });
        let expanded: BTreeSet<usize> = [0].into();
        let rows = build_rows(&cmp, &expanded, false);
        assert!(rows.iter().take(5).all(|r| matches!(r, Row::Unit(_))));
    }

    #[test]
    fn a_moved_unit_has_a_placeholder_at_its_left_position() {
        let left = paras(6);
        let mut right = left.clone();
        let p = right.remove(1);
        right.insert(5, p);
        let cmp = crate::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let expanded: BTreeSet<usize> = (0..cmp.units.len()).collect();
        let rows = build_rows(&cmp, &expanded, false);
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
}
