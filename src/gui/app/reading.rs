//! Where the reader is in the open comparison (not the editor's review
//! marks: those are `crate::review`): the rows shown, the changes a reader
//! steps through and which is current, folded runs opened, the rewrite
//! under the pointer, find, and where the view scrolls next. Also what the
//! view measured in the last frame, as it reported it.

use std::collections::BTreeSet;

use crate::engine::model::Comparison;
use crate::gui::find::FindState;
use crate::gui::view::Seen;
use crate::gui::{ReadingCommand, ScrollTarget, SideSel};
use crate::report::link_places::LinkPlaces;
use crate::report::rows::{self, Row, RowOptions};

/// Where the reader is in the comparison.
#[derive(Debug, Default)]
pub struct Reading {
    rows: Vec<Row>,
    /// Units a reader steps through, in order.
    changes: Vec<usize>,
    /// Index into `changes`.
    current_change: Option<usize>,
    /// The row of the current change, kept so that asking whether it is on
    /// screen costs nothing per frame.
    current_row: Option<usize>,
    /// Folded runs the reader opened, by their first unit.
    expanded: BTreeSet<usize>,
    /// (unit, edit) of the rewrite under the pointer.
    hot: Option<(usize, usize)>,
    find: FindState,
    /// Where the passage links stand, and the one under the pointer.
    links: LinkPlaces,
    hot_link: Option<usize>,
    /// Where the view scrolls on the next frame.
    scroll: Option<ScrollTarget>,
    /// Bumps whenever rows or find results change (the view's layouts
    /// depend on both).
    version: u64,
    /// What the view reported after the last frame.
    seen: Seen,
}

impl Reading {
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn changes(&self) -> &[usize] {
        &self.changes
    }

    /// Index into [`Self::changes`] of the current change.
    pub fn current_change(&self) -> Option<usize> {
        self.current_change
    }

    /// The unit of the current change.
    pub fn current_unit(&self) -> Option<usize> {
        self.current_change
            .and_then(|c| self.changes.get(c).copied())
    }

    /// The current change, while it is on screen (or about to be): once the
    /// reader scrolls away, "change 3 of 14" would name what is not shown.
    pub fn current_change_in_view(&self) -> Option<usize> {
        let row = self.current_row?;
        let shown = self.scroll == Some(ScrollTarget::Row(row))
            || self
                .seen
                .visible_rows(self.version)
                .is_none_or(|visible| visible.contains(&row));
        self.current_change.filter(|_| shown)
    }

    fn locate_current(&mut self) {
        self.current_row = self
            .current_unit()
            .and_then(|u| rows::row_of_unit(&self.rows, u));
    }

    pub fn hot(&self) -> Option<(usize, usize)> {
        self.hot
    }

    pub fn links(&self) -> &LinkPlaces {
        &self.links
    }

    pub fn hot_link(&self) -> Option<usize> {
        self.hot_link
    }

    pub fn find(&self) -> &FindState {
        &self.find
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// What the view measured in the last frame.
    pub fn seen(&self) -> &Seen {
        &self.seen
    }

    /// Moving through the comparison, hovering, find: every reading
    /// command changes only where the reader is.
    pub(super) fn apply(
        &mut self,
        command: ReadingCommand,
        cmp: Option<&Comparison>,
        options: RowOptions,
    ) {
        match command {
            ReadingCommand::NextChange => self.step_change(true, cmp, options),
            ReadingCommand::PreviousChange => self.step_change(false, cmp, options),
            ReadingCommand::FirstChange => self.go_to_change(0, cmp, options),
            ReadingCommand::LastChange => {
                let last = self.changes.len().saturating_sub(1);
                self.go_to_change(last, cmp, options);
            }
            ReadingCommand::GoToChange(i) => self.go_to_change(i, cmp, options),
            ReadingCommand::GoToUnit(u) => self.go_to_unit(u, cmp, options),
            ReadingCommand::GoToMovedFrom(u) => self.go_to_moved_from(u),
            ReadingCommand::Scroll(target) => self.scroll_to(target),
            ReadingCommand::Expand(first) => self.expand(first, cmp, options),
            ReadingCommand::Hover(hot) => self.hot = hot,
            ReadingCommand::HoverLink(link) => self.hot_link = link,
            ReadingCommand::GoToLink(link, side) => {
                self.go_to_link(link, side == SideSel::Right, cmp, options)
            }
            ReadingCommand::OpenFind => self.find.open_bar(),
            ReadingCommand::FindFocused => self.find.focused(),
            ReadingCommand::CloseFind => {
                self.find.close();
                self.search(cmp);
            }
            ReadingCommand::SetFind(query) => {
                self.find.set_query(query);
                self.search(cmp);
            }
            ReadingCommand::FindNext(forward) => {
                // The current match is drawn apart: the layouts change.
                self.bump_version();
                if let Some(unit) = self.find.step(forward) {
                    self.reveal_unit(unit, cmp, options);
                }
            }
        }
    }

    /// The layouts depend on something that changed (the current match).
    pub(super) fn bump_version(&mut self) {
        self.version += 1;
    }

    pub(super) fn set_seen(&mut self, seen: Seen) {
        self.seen = seen;
    }

    pub(super) fn take_scroll(&mut self) -> Option<ScrollTarget> {
        self.scroll.take()
    }

    pub(super) fn scroll_pending(&self) -> bool {
        self.scroll.is_some()
    }

    pub(super) fn scroll_to(&mut self, target: ScrollTarget) {
        self.scroll = Some(target);
    }

    /// Reveals the unit holding one end of a link.
    fn go_to_link(
        &mut self,
        link: usize,
        right: bool,
        cmp: Option<&Comparison>,
        options: RowOptions,
    ) {
        if let Some(&(left_unit, right_unit)) = self.links.units.get(link) {
            let unit = if right { right_unit } else { left_unit };
            self.reveal_unit(unit, cmp, options);
        }
    }

    /// A new comparison arrived: everything about the old one goes.
    pub(super) fn reset(&mut self, cmp: &Comparison, options: RowOptions) {
        self.expanded.clear();
        self.hot = None;
        self.hot_link = None;
        self.links = LinkPlaces::new(cmp);
        self.rebuild_changes(Some(cmp), options);
        self.rebuild_rows(Some(cmp), options);
        self.search(Some(cmp));
    }

    /// Runs find again (the query or the comparison changed).
    fn search(&mut self, cmp: Option<&Comparison>) {
        self.version += 1;
        self.find.search(cmp);
    }

    /// The changes a reader steps through: every change unit, less the
    /// boilerplate ones (hidden, or dimmed unless the reader asked to step
    /// into them: on the sample pair 9 of 14 changes were web furniture),
    /// and only material ones under the material lens.
    pub(super) fn rebuild_changes(&mut self, cmp: Option<&Comparison>, options: RowOptions) {
        let steps_into_boilerplate = options.step_into_boilerplate && !options.hide_boilerplate;
        self.changes = match cmp {
            Some(cmp) => cmp
                .change_indices()
                .into_iter()
                .filter(|&u| {
                    let unit = &cmp.units[u];
                    let skipped = unit.boilerplate.is_some() && !steps_into_boilerplate;
                    !skipped && (!options.material_only || unit.is_material())
                })
                .collect(),
            None => Vec::new(),
        };
        self.current_change = None;
        self.current_row = None;
    }

    pub(super) fn rebuild_rows(&mut self, cmp: Option<&Comparison>, options: RowOptions) {
        self.version += 1;
        self.rows = match cmp {
            Some(cmp) => rows::build_rows(cmp, &self.expanded, options),
            None => Vec::new(),
        };
        self.locate_current();
    }

    /// Opens the folded run starting at unit `first`.
    fn expand(&mut self, first: usize, cmp: Option<&Comparison>, options: RowOptions) {
        self.expanded.insert(first);
        self.rebuild_rows(cmp, options);
    }

    /// Makes sure `unit` is visible (opening its folded run) and scrolls to it.
    fn reveal_unit(&mut self, unit: usize, cmp: Option<&Comparison>, options: RowOptions) {
        if rows::row_of_unit(&self.rows, unit).is_none() {
            let fold = self.rows.iter().find_map(|r| match *r {
                Row::Collapsed { first, count, .. } if (first..first + count).contains(&unit) => {
                    Some(first)
                }
                _ => None,
            });
            if let Some(first) = fold {
                self.expand(first, cmp, options);
            }
        }
        self.scroll = rows::row_of_unit(&self.rows, unit).map(ScrollTarget::Row);
    }

    /// Makes `unit` current if it is a change, and reveals it.
    fn go_to_unit(&mut self, unit: usize, cmp: Option<&Comparison>, options: RowOptions) {
        if let Some(i) = self.changes.iter().position(|&c| c == unit) {
            self.current_change = Some(i);
        }
        self.reveal_unit(unit, cmp, options);
        self.locate_current();
    }

    /// Scrolls to the row where moved unit `unit` stood on the left.
    fn go_to_moved_from(&mut self, unit: usize) {
        self.scroll = self
            .rows
            .iter()
            .position(|r| *r == Row::MovedFrom(unit))
            .map(ScrollTarget::Row);
    }

    pub(super) fn go_to_change(
        &mut self,
        index: usize,
        cmp: Option<&Comparison>,
        options: RowOptions,
    ) {
        if let Some(&unit) = self.changes.get(index) {
            self.current_change = Some(index);
            self.reveal_unit(unit, cmp, options);
            self.locate_current();
        }
    }

    /// Steps to the next or previous change: from the current one while it
    /// is on screen, otherwise from where the reader has scrolled to, as
    /// Meld and WinMerge do. A change the view is about to scroll to counts
    /// as on screen (several presses can arrive within one frame).
    fn step_change(&mut self, forward: bool, cmp: Option<&Comparison>, options: RowOptions) {
        let Some(last) = self.changes.len().checked_sub(1) else {
            return;
        };
        let visible = self.seen.visible_rows(self.version);
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
        self.go_to_change(next, cmp, options);
    }
}
