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

use crate::engine::model::{ByteRange, Comparison};
use crate::gui::style::redline::RedlineParts;
use crate::gui::style::{cell_job, cell_pieces, redline_job, CellSpec, Palette, Pane, Segment};
use crate::gui::ScrollTarget;
use crate::report::link_places::LinkPlaces;
use crate::report::rows::Row;

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
    /// One column: the right text with the left's removed words struck
    /// inline (see [`crate::gui::style::redline_job`]).
    pub redline: bool,
    /// Where to scroll this frame.
    pub scroll: Option<ScrollTarget>,
    /// When the pair is two versions of an open story: each unit's badges
    /// naming the other versions that carry its text.
    pub badges: Option<&'a [crate::report::story::badges::UnitBadges]>,
    /// The story's versions, whose names the badges' hover texts give.
    pub story_versions: &'a [crate::engine::story::Version],
}

/// What the cached layouts depend on: the rows and search (a version
/// number), text width, font size, theme, divider position and whether
/// the view is a redline.
pub type CacheKey = (u64, u32, u32, bool, u32, bool);

type CellKey = (usize, Pane, Option<usize>, Option<usize>);

/// Cached layouts and row heights; private to the view.
#[derive(Default)]
pub struct LayoutCache {
    key: Option<CacheKey>,
    /// Layouts by (unit, pane, hovered rewrite in that unit, hovered link
    /// in that cell).
    cells: HashMap<CellKey, Arc<Galley>>,
    /// For each unit laid out as a redline, where its characters came from.
    maps: HashMap<usize, Arc<Vec<Segment>>>,
    pub(in crate::gui::view) heights: Vec<f32>,
    /// Top of each row, plus the total height at the end.
    pub(in crate::gui::view) offsets: Vec<f32>,
    /// The part of the document shown in the last frame (for paging).
    pub(in crate::gui::view) viewport: Option<Rect>,
    /// Cells laid out in total (for tests and benchmarks).
    pub(in crate::gui::view) layouts_built: usize,
}

impl LayoutCache {
    /// Keeps a layout just made. While the pointer is over a rewrite or a
    /// link, only the layouts of what is under it now are kept besides the
    /// plain ones.
    fn keep(&mut self, key: CellKey, galley: &Arc<Galley>, hot_link: Option<usize>) {
        self.layouts_built += 1;
        let (unit_index, _, hot_edit, _) = key;
        if hot_edit.is_some() || hot_link.is_some() {
            self.cells.retain(|&(u, _, edit, link), _| {
                (edit.is_none() || (u, edit) == (unit_index, hot_edit))
                    && (link.is_none() || link == hot_link)
            });
        }
        self.cells.insert(key, galley.clone());
    }

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
            self.maps.clear();
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
            let lines = if input.redline {
                // Both texts in one column: the right, and the left's
                // struck words (all of them when the unit is changed).
                let struck = if unit.kind.is_change() {
                    chars(unit.left_span(), widths.1)
                } else {
                    0.0
                };
                chars(unit.right_span(), widths.1) + struck
            } else {
                chars(unit.left_span(), widths.0).max(chars(unit.right_span(), widths.1))
            };
            (lines * line + 2.0 * CELL_PAD + badge_strip(input, u))
                .max(unit_min_height(input, unit))
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => line + 2.0 * CELL_PAD,
    }
}

/// The cell layouts of a unit, from the cache when it has them: left and
/// right side by side, or in the redline only the right one, holding both.
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
    let cell = Cell {
        unit: unit_index,
        hot_edit,
    };
    if input.redline {
        let links = cell
            .links(input, Pane::Left, unit.left_span())
            .into_iter()
            .chain(cell.links(input, Pane::Right, unit.right_span()))
            .collect::<Vec<_>>();
        let hot_link = input.hot_link.filter(|h| links.iter().any(|(_, i)| i == h));
        let key = (unit_index, Pane::Right, hot_edit, hot_link);
        if let Some(g) = cache.cells.get(&key) {
            return (None, Some(g.clone()));
        }
        let pieces = |pane: Pane, span: Option<ByteRange>| {
            span.map_or_else(Vec::new, |span| {
                let links = cell.links(input, pane, Some(span));
                let spec = cell.spec(input, pane, span, &links, hot_link, widths.1);
                cell_pieces(&spec, palette)
            })
        };
        let parts = RedlineParts {
            unit,
            cmp: input.cmp,
            left: pieces(Pane::Left, unit.left_span()),
            right: pieces(Pane::Right, unit.right_span()),
            wrap_width: widths.1 - 2.0 * CELL_PAD,
        };
        let (job, segments) = redline_job(parts, palette);
        let galley = ui.painter().layout_job(job);
        cache.maps.insert(unit_index, Arc::new(segments));
        cache.keep(key, &galley, hot_link);
        return (None, Some(galley));
    }
    let mut one = |pane: Pane, span: Option<ByteRange>, width: f32| {
        let span = span?;
        let links = cell.links(input, pane, Some(span));
        let hot_link = input.hot_link.filter(|h| links.iter().any(|(_, i)| i == h));
        let key = (unit_index, pane, hot_edit, hot_link);
        if let Some(g) = cache.cells.get(&key) {
            return Some(g.clone());
        }
        let spec = cell.spec(input, pane, span, &links, hot_link, width);
        let galley = ui.painter().layout_job(cell_job(&spec, palette));
        cache.keep(key, &galley, hot_link);
        Some(galley)
    };
    let left = one(Pane::Left, unit.left_span(), widths.0);
    let right = one(Pane::Right, unit.right_span(), widths.1);
    (left, right)
}

/// Where a redline's characters came from, once it is laid out.
pub fn redline_segments(cache: &LayoutCache, unit: usize) -> Option<Arc<Vec<Segment>>> {
    cache.maps.get(&unit).cloned()
}

/// One unit's cell being laid out, and the rewrite under the pointer in it.
struct Cell {
    unit: usize,
    hot_edit: Option<usize>,
}

impl Cell {
    /// The passage links in `pane`'s text of the unit.
    fn links(
        &self,
        input: &ViewInput<'_>,
        pane: Pane,
        span: Option<ByteRange>,
    ) -> Vec<(ByteRange, usize)> {
        span.map_or_else(Vec::new, |span| {
            input.links.in_span(pane == Pane::Right, span).collect()
        })
    }

    /// What laying out `pane`'s text of the unit needs.
    fn spec<'a>(
        &self,
        input: &'a ViewInput<'_>,
        pane: Pane,
        span: ByteRange,
        links: &'a [(ByteRange, usize)],
        hot_link: Option<usize>,
        width: f32,
    ) -> CellSpec<'a> {
        let unit = &input.cmp.units[self.unit];
        let text: &'a str = match pane {
            Pane::Left => &input.cmp.left.document.text,
            Pane::Right => &input.cmp.right.document.text,
        };
        CellSpec {
            text,
            span,
            edits: &unit.edits,
            phrases: &unit.phrases,
            char_edits: &unit.char_edits,
            pane,
            font_size: input.font_size,
            wrap_width: width - 2.0 * CELL_PAD,
            hot_edit: self.hot_edit,
            found: input
                .found
                .get(&(self.unit, pane))
                .map_or(&[][..], |v| v.as_slice()),
            current_found: input
                .current_found
                .filter(|&(u, p, _)| (u, p) == (self.unit, pane))
                .map(|(_, _, r)| r),
            links,
            hot_link,
        }
    }
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
            (h(&l).max(h(&r)).max(input.font_size) + 2.0 * CELL_PAD + badge_strip(input, u))
                .max(unit_min_height(input, &input.cmp.units[u]))
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => input.font_size * 1.35 + 2.0 * CELL_PAD,
    };
    cache.heights[row] = height;
    height
}

/// Height of the strip under a cell's text that holds its story badges.
pub const BADGE_STRIP: f32 = 22.0;

/// The room a unit's row makes for story badges: a strip when either of
/// its cells (the one column in the redline: the right) has any.
pub fn badge_strip(input: &ViewInput<'_>, u: usize) -> f32 {
    let Some(b) = input.badges.and_then(|all| all.get(u)) else {
        return 0.0;
    };
    let any = !b.right.is_empty() || (!input.redline && !b.left.is_empty());
    if any {
        BADGE_STRIP
    } else {
        0.0
    }
}

/// The marks a unit's gutter holds under its kind's symbol, top down: the
/// "!" of a material change, and the editor's tick (or note sign).
pub fn gutter_badges(input: &ViewInput<'_>, unit: &crate::engine::model::Unit) -> (bool, bool) {
    let marked = input
        .review
        .and_then(|log| log.mark(unit))
        .is_some_and(|m| m.reviewed || !m.note.is_empty());
    (unit.is_material(), marked)
}

/// A row makes room in its gutter for the symbol and each badge.
fn unit_min_height(input: &ViewInput<'_>, unit: &crate::engine::model::Unit) -> f32 {
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
