//! Moving through a comparison: the rows shown, the changes a reader steps
//! through, and revealing one of them (opening its folded run and
//! scrolling to it).

use super::SyndiffApp;
use crate::gui::ScrollTarget;
use crate::report::rows::{self, Row};

impl SyndiffApp {
    pub(super) fn row_options(&self) -> rows::RowOptions {
        rows::RowOptions {
            hide_unchanged: self.settings.hide_unchanged,
            hide_boilerplate: self.settings.hide_boilerplate,
        }
    }

    /// The changes a reader steps through: every change unit, less the
    /// boilerplate ones while boilerplate is hidden.
    pub(super) fn rebuild_changes(&mut self) {
        let hide_boilerplate = self.settings.hide_boilerplate;
        self.changes = match &self.comparison {
            Some(cmp) => cmp
                .change_indices()
                .into_iter()
                .filter(|&u| !(hide_boilerplate && cmp.units[u].boilerplate.is_some()))
                .collect(),
            None => Vec::new(),
        };
        self.current_change = None;
    }

    pub(super) fn rebuild_rows(&mut self) {
        self.view_version += 1;
        self.rows = match &self.comparison {
            Some(cmp) => rows::build_rows(cmp, &self.expanded, self.row_options()),
            None => Vec::new(),
        };
    }

    /// Makes sure `unit` is visible (expanding its run) and scrolls to it.
    pub(super) fn reveal_unit(&mut self, unit: usize) {
        if rows::row_of_unit(&self.rows, unit).is_none() {
            if let Some(Row::Collapsed { first, .. }) = self.rows.iter().copied().find(|r| {
                matches!(r, Row::Collapsed { first, count } if (*first..first + count).contains(&unit))
            }) {
                self.expanded.insert(first);
                self.rebuild_rows();
            }
        }
        self.scroll = rows::row_of_unit(&self.rows, unit).map(ScrollTarget::Row);
    }

    pub(super) fn go_to_change(&mut self, index: usize) {
        if let Some(&unit) = self.changes.get(index) {
            self.current_change = Some(index);
            self.reveal_unit(unit);
        }
    }

    /// Steps to the next or previous change: from the current one while it
    /// is on screen, otherwise from where the reader has scrolled to, as
    /// Meld and WinMerge do. A change the view is about to scroll to counts
    /// as on screen (several presses can arrive within one frame).
    pub(super) fn step_change(&mut self, forward: bool) {
        let Some(last) = self.changes.len().checked_sub(1) else {
            return;
        };
        let visible = self.layout.visible_rows(self.rows.len());
        let current_on_screen = self.current_change.filter(|&c| {
            let row = rows::row_of_unit(&self.rows, self.changes[c]);
            match (&visible, row) {
                (_, Some(row)) if self.scroll == Some(ScrollTarget::Row(row)) => true,
                (Some(visible), Some(row)) => visible.contains(&row),
                (None, _) => true,
                (Some(_), None) => false,
            }
        });
        let next = match (current_on_screen, visible) {
            (Some(c), _) if forward => (c + 1).min(last),
            (Some(c), _) => c.saturating_sub(1),
            (None, Some(visible)) => {
                let change_at = |row: usize| match self.rows[row] {
                    Row::Unit(u) => self.changes.binary_search(&u).ok(),
                    _ => None,
                };
                if forward {
                    (visible.start..self.rows.len())
                        .find_map(change_at)
                        .unwrap_or(last)
                } else {
                    (0..visible.start).rev().find_map(change_at).unwrap_or(0)
                }
            }
            (None, None) => 0,
        };
        self.go_to_change(next);
    }
}
