//! What the view lays out and keeps between frames: its input, the layout
//! cache (cell layouts and row heights), and laying out one row.
//!
//! Only visible rows are laid out. Each cell's highlighted layout is cached
//! and rebuilt only when the comparison, width, font size, theme or search
//! changes. Rows that were never laid out have an estimated height, so the
//! first frame of a 30,000-paragraph comparison costs a screenful of layout.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Galley, Rect, Ui};

use crate::gui::style::{cell_job, CellSpec, Palette, Pane};
use crate::gui::ScrollTarget;
use crate::report::link_places::LinkPlaces;
use crate::report::rows::Row;
use crate::{ByteRange, Comparison};

/// Width of the gutter between the two columns.
pub const GUTTER_WIDTH: f32 = 34.0;
pub const OVERVIEW_WIDTH: f32 = 14.0;
pub const CELL_PAD: f32 = 6.0;
pub const ROW_GAP: f32 = 4.0;

/// What the view reads.
pub struct ViewInput<'a> {
    pub cmp: &'a Comparison,
    pub rows: &'a [Row],
    /// Changes the layout cache must track: bumps when rows or search change.
    pub version: u64,
    pub current_unit: Option<usize>,
    pub hot: Option<(usize, usize)>,
    /// Where the passage links stand, and the one under the pointer.
    pub links: &'a LinkPlaces,
    pub hot_link: Option<usize>,
    pub found: &'a HashMap<(usize, Pane), Vec<ByteRange>>,
    /// The current match of Find: (unit, pane, range).
    pub current_found: Option<(usize, Pane, ByteRange)>,
    pub font_size: f32,
    pub divider: f32,
    /// The editor's reviewed marks and notes.
    pub review: Option<&'a crate::review::ReviewLog>,
    /// Where to scroll this frame.
    pub scroll: Option<ScrollTarget>,
}

/// What the cached layouts depend on: the rows and search (a version
/// number), text width, font size, theme and divider position.
pub type CacheKey = (u64, u32, u32, bool, u32);

type CellKey = (usize, Pane, Option<usize>, Option<usize>);

/// Cached layouts and row heights; private to the view.
#[derive(Default)]
pub struct LayoutCache {
    key: Option<CacheKey>,
    /// Layouts by (unit, pane, hovered rewrite in that unit, hovered link
    /// in that cell).
    cells: HashMap<CellKey, Arc<Galley>>,
    pub(in crate::gui::view) heights: Vec<f32>,
    /// Top of each row, plus the total height at the end.
    pub(in crate::gui::view) offsets: Vec<f32>,
    /// The part of the document shown in the last frame (for paging).
    pub(in crate::gui::view) viewport: Option<Rect>,
    /// Cells laid out in total (for tests and benchmarks).
    pub(in crate::gui::view) layouts_built: usize,
}

impl LayoutCache {
    /// Cells laid out since the app started.
    pub fn layouts_built(&self) -> usize {
        self.layouts_built
    }

    /// The rows inside `viewport` (a list of `rows_len` rows).
    pub(in crate::gui::view) fn rows_in(
        &self,
        viewport: Rect,
        rows_len: usize,
    ) -> Option<std::ops::Range<usize>> {
        if !viewport.is_positive() || rows_len == 0 || self.heights.len() != rows_len {
            return None;
        }
        let first = self
            .offsets
            .partition_point(|&y| y <= viewport.min.y)
            .saturating_sub(1);
        let end = self
            .offsets
            .partition_point(|&y| y < viewport.max.y)
            .min(rows_len);
        Some(first..end.max(first + 1))
    }

    pub(in crate::gui::view) fn prepare(
        &mut self,
        key: CacheKey,
        input: &ViewInput<'_>,
        widths: (f32, f32),
    ) {
        if self.key != Some(key) || self.heights.len() != input.rows.len() {
            self.key = Some(key);
            self.cells.clear();
            self.heights = input
                .rows
                .iter()
                .map(|row| estimate_height(input, *row, widths))
                .collect();
        }
        self.offsets.clear();
        let mut y = 0.0;
        for h in &self.heights {
            self.offsets.push(y);
            y += h + ROW_GAP;
        }
        self.offsets.push(y);
    }
}

fn estimate_height(input: &ViewInput<'_>, row: Row, widths: (f32, f32)) -> f32 {
    let line = input.font_size * 1.35;
    match row {
        Row::Unit(u) => {
            let unit = &input.cmp.units[u];
            let chars = |span: Option<ByteRange>, width: f32| {
                let bytes = span.map_or(0, |s| s.len_bytes()) as f32;
                let per_line = (width / (input.font_size * 0.5)).max(8.0);
                (bytes / per_line).ceil().max(1.0)
            };
            let lines = chars(unit.left_span(), widths.0).max(chars(unit.right_span(), widths.1));
            (lines * line + 2.0 * CELL_PAD).max(unit_min_height(input, unit))
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => line + 2.0 * CELL_PAD,
    }
}

/// The cell layouts of a unit, from the cache when it has them.
pub fn cell_galleys(
    ui: &Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    unit_index: usize,
    widths: (f32, f32),
    palette: &Palette,
) -> (Option<Arc<Galley>>, Option<Arc<Galley>>) {
    let unit = &input.cmp.units[unit_index];
    let hot_edit = input.hot.filter(|(u, _)| *u == unit_index).map(|(_, e)| e);
    let mut one = |pane: Pane, span: Option<ByteRange>, text: &str, width: f32| {
        let span = span?;
        let links: Vec<(ByteRange, usize)> =
            input.links.in_span(pane == Pane::Right, span).collect();
        let hot_link = input.hot_link.filter(|h| links.iter().any(|(_, i)| i == h));
        let key = (unit_index, pane, hot_edit, hot_link);
        if let Some(g) = cache.cells.get(&key) {
            return Some(g.clone());
        }
        let found = input
            .found
            .get(&(unit_index, pane))
            .map_or(&[][..], |v| v.as_slice());
        let spec = CellSpec {
            text,
            span,
            edits: &unit.edits,
            phrases: &unit.phrases,
            char_edits: &unit.char_edits,
            pane,
            font_size: input.font_size,
            wrap_width: width - 2.0 * CELL_PAD,
            hot_edit,
            found,
            current_found: input
                .current_found
                .filter(|&(u, p, _)| (u, p) == (unit_index, pane))
                .map(|(_, _, r)| r),
            links: &links,
            hot_link,
        };
        let galley = ui.painter().layout_job(cell_job(&spec, palette));
        cache.layouts_built += 1;
        if hot_edit.is_some() || hot_link.is_some() {
            // Keep only the layouts of what is under the pointer now.
            cache.cells.retain(|&(u, _, edit, link), _| {
                (edit.is_none() || (u, edit) == (unit_index, hot_edit))
                    && (link.is_none() || link == hot_link)
            });
        }
        cache.cells.insert(key, galley.clone());
        Some(galley)
    };
    let left = one(Pane::Left, unit.left_span(), &input.cmp.left.text, widths.0);
    let right = one(
        Pane::Right,
        unit.right_span(),
        &input.cmp.right.text,
        widths.1,
    );
    (left, right)
}

/// The exact height of a row, laying it out if needed.
pub fn row_height(
    ui: &Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    row: usize,
    widths: (f32, f32),
    palette: &Palette,
) -> f32 {
    let height = match input.rows[row] {
        Row::Unit(u) => {
            let (l, r) = cell_galleys(ui, input, cache, u, widths, palette);
            let h = |g: &Option<Arc<Galley>>| g.as_ref().map_or(0.0, |g| g.size().y);
            (h(&l).max(h(&r)).max(input.font_size) + 2.0 * CELL_PAD)
                .max(unit_min_height(input, &input.cmp.units[u]))
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => input.font_size * 1.35 + 2.0 * CELL_PAD,
    };
    cache.heights[row] = height;
    height
}

/// The marks a unit's gutter holds under its kind's symbol, top down: the
/// "!" of a material change, and the editor's tick (or note sign).
pub fn gutter_badges(input: &ViewInput<'_>, unit: &crate::Unit) -> (bool, bool) {
    let marked = input
        .review
        .and_then(|log| log.mark(unit))
        .is_some_and(|m| m.reviewed || !m.note.is_empty());
    (unit.is_material(), marked)
}

/// A row makes room in its gutter for the symbol and each badge.
fn unit_min_height(input: &ViewInput<'_>, unit: &crate::Unit) -> f32 {
    let (material, marked) = gutter_badges(input, unit);
    match usize::from(material) + usize::from(marked) {
        0 => 0.0,
        badges => GUTTER_FIRST_BADGE_Y + GUTTER_BADGE_STEP * badges as f32 - 8.0,
    }
}

/// Where the first badge's centre stands below the row's top.
pub const GUTTER_FIRST_BADGE_Y: f32 = 37.0;
/// How far apart the badges stand.
pub const GUTTER_BADGE_STEP: f32 = 23.0;
