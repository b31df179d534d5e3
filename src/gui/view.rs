//! The side-by-side document view: one row per aligned unit, left text
//! beside right text, with an overview strip of all changes.
//!
//! Only visible rows are laid out. Each cell's highlighted layout is cached
//! and rebuilt only when the comparison, width, font size, theme or search
//! changes. Rows that were never laid out have an estimated height, so the
//! first frame of a 30,000-paragraph comparison costs a screenful of layout.

use std::collections::HashMap;
use std::sync::Arc;

use crate::{ByteRange, Comparison};
use egui::{pos2, vec2, Galley, Rect, Ui};

use super::style::{cell_job, CellSpec, Palette, Pane};
use super::{row, strip, Command, ScrollTarget};
use crate::report::rows::Row;

/// Width of the gutter between the two columns.
pub const GUTTER_WIDTH: f32 = 34.0;
const OVERVIEW_WIDTH: f32 = 14.0;
pub(super) const CELL_PAD: f32 = 6.0;
const ROW_GAP: f32 = 4.0;

/// What the view reads.
pub struct ViewInput<'a> {
    pub cmp: &'a Comparison,
    pub rows: &'a [Row],
    /// Changes the layout cache must track: bumps when rows or search change.
    pub version: u64,
    pub current_unit: Option<usize>,
    pub hot: Option<(usize, usize)>,
    pub found: &'a HashMap<(usize, Pane), Vec<ByteRange>>,
    pub font_size: f32,
    pub divider: f32,
    /// Where to scroll this frame.
    pub scroll: Option<ScrollTarget>,
}

/// What the cached layouts depend on: the rows and search (a version
/// number), text width, font size, theme and divider position.
type CacheKey = (u64, u32, u32, bool, u32);

/// Cached layouts and row heights.
pub struct LayoutCache {
    key: Option<CacheKey>,
    /// Layouts by (unit, pane, hovered rewrite in that unit).
    cells: HashMap<(usize, Pane, Option<usize>), Arc<Galley>>,
    pub(super) heights: Vec<f32>,
    /// Top of each row, plus the total height at the end.
    pub(super) offsets: Vec<f32>,
    /// The part of the document shown in the last frame.
    pub viewport: Rect,
    /// Where the column divider was drawn last frame (screen x): files
    /// dropped left of it open on the left, right of it on the right.
    pub divider_x: Option<f32>,
    /// Cells laid out in total (for tests and benchmarks).
    pub layouts_built: usize,
}

impl Default for LayoutCache {
    fn default() -> Self {
        Self {
            key: None,
            cells: HashMap::new(),
            heights: Vec::new(),
            offsets: Vec::new(),
            viewport: Rect::NOTHING,
            divider_x: None,
            layouts_built: 0,
        }
    }
}

impl LayoutCache {
    /// The rows shown in the last frame, if it showed the current `rows`
    /// (a list of `rows_len` rows).
    pub fn visible_rows(&self, rows_len: usize) -> Option<std::ops::Range<usize>> {
        if !self.viewport.is_positive() || rows_len == 0 || self.heights.len() != rows_len {
            return None;
        }
        let first = self
            .offsets
            .partition_point(|&y| y <= self.viewport.min.y)
            .saturating_sub(1);
        let end = self
            .offsets
            .partition_point(|&y| y < self.viewport.max.y)
            .min(rows_len);
        Some(first..end.max(first + 1))
    }

    fn prepare(&mut self, key: CacheKey, input: &ViewInput<'_>, widths: (f32, f32)) {
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
            lines * line + 2.0 * CELL_PAD
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => line + 2.0 * CELL_PAD,
    }
}

/// Draws the document view; returns what the user asked for.
pub fn document_ui(ui: &mut Ui, input: &ViewInput<'_>, cache: &mut LayoutCache) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::new(ui.visuals().dark_mode);
    let full = ui.available_rect_before_wrap();
    let doc_rect = Rect::from_min_max(
        full.min,
        pos2(full.max.x - OVERVIEW_WIDTH - 4.0, full.max.y),
    );
    let overview_rect = Rect::from_min_max(pos2(full.max.x - OVERVIEW_WIDTH, full.min.y), full.max);
    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin + 6.0;
    let text_width = (doc_rect.width() - bar - GUTTER_WIDTH).max(100.0);
    let left_width = (text_width * input.divider).round();
    let widths = (left_width, text_width - left_width);
    cache.divider_x = Some(doc_rect.min.x + left_width + GUTTER_WIDTH / 2.0);
    let key = (
        input.version,
        text_width.to_bits(),
        input.font_size.to_bits(),
        ui.visuals().dark_mode,
        input.divider.to_bits(),
    );
    cache.prepare(key, input, widths);
    let page_height = if cache.viewport.is_positive() {
        cache.viewport.height()
    } else {
        doc_rect.height()
    };
    let scroll_to = input.scroll.map(|target| {
        let view = Sizes {
            widths,
            page_height,
        };
        scroll_offset(ui, input, cache, key, view, &palette, target)
    });
    let total_height = cache.offsets.last().copied().unwrap_or(0.0);
    let mut area = egui::ScrollArea::vertical()
        .id_salt("document")
        .auto_shrink(false);
    if let Some(y) = scroll_to {
        area = area.vertical_scroll_offset(y);
    }
    let mut viewport_seen = Rect::NOTHING;
    let mut heights_changed = false;
    ui.scope_builder(egui::UiBuilder::new().max_rect(doc_rect), |ui| {
        area.show_viewport(ui, |ui, viewport| {
            viewport_seen = viewport;
            ui.set_height(total_height);
            ui.set_width(text_width + GUTTER_WIDTH);
            let origin = ui.min_rect().min;
            let first = cache
                .offsets
                .partition_point(|&y| y <= viewport.min.y)
                .saturating_sub(1);
            // Each row goes right below the one before as laid out now, so
            // rows whose estimated height was off never overlap.
            let mut top = cache.offsets.get(first).copied().unwrap_or(0.0);
            let mut hovered = None;
            for row in first..input.rows.len() {
                if top > viewport.max.y {
                    break;
                }
                let estimate = cache.heights[row];
                let height = row_height(ui, input, cache, row, widths, &palette);
                heights_changed |= height != estimate;
                let rect = Rect::from_min_size(
                    origin + vec2(0.0, top),
                    vec2(text_width + GUTTER_WIDTH, height),
                );
                hovered = hovered.or(row::draw_row(
                    ui,
                    input,
                    cache,
                    row,
                    rect,
                    widths,
                    &palette,
                    &mut commands,
                ));
                top += height + ROW_GAP;
            }
            // Decided once a frame, so the highlight goes when the pointer
            // leaves the text as well as when it moves to plain words.
            if hovered != input.hot {
                commands.push(Command::Hover(hovered));
            }
        });
    });
    cache.viewport = viewport_seen;
    if heights_changed {
        // The offsets of the rows below change with the real heights.
        ui.ctx().request_repaint();
    }
    strip::divider_ui(
        ui,
        input.divider,
        doc_rect,
        text_width,
        &palette,
        &mut commands,
    );
    strip::overview_ui(
        ui,
        input,
        cache,
        overview_rect,
        viewport_seen,
        total_height,
        &palette,
        &mut commands,
    );
    commands
}

/// The widths of the two columns and the height of one screen of the view.
#[derive(Clone, Copy)]
struct Sizes {
    widths: (f32, f32),
    page_height: f32,
}

/// Space kept above a row the view jumps to, so it is not flush with the top.
const JUMP_MARGIN: f32 = 60.0;

/// The scroll offset `target` asks for. Rows it lands on are laid out
/// first, so the offset is exact even where heights were only estimated.
fn scroll_offset(
    ui: &Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    key: CacheKey,
    view: Sizes,
    palette: &Palette,
    target: ScrollTarget,
) -> f32 {
    let line = input.font_size * 1.35;
    let current = cache.viewport.min.y.max(0.0);
    let rows = input.rows.len();
    let y = match target {
        ScrollTarget::Top => 0.0,
        ScrollTarget::Row(target) => {
            for row in target.saturating_sub(20)..(target + 5).min(rows) {
                row_height(ui, input, cache, row, view.widths, palette);
            }
            cache.prepare(key, input, view.widths);
            cache.offsets.get(target).copied().unwrap_or(0.0) - JUMP_MARGIN
        }
        ScrollTarget::Bottom => {
            let mut filled = 0.0;
            for row in (0..rows).rev() {
                filled += row_height(ui, input, cache, row, view.widths, palette) + ROW_GAP;
                if filled > view.page_height {
                    break;
                }
            }
            cache.prepare(key, input, view.widths);
            f32::INFINITY
        }
        // A screen less two lines, so the reader keeps their place.
        ScrollTarget::Pages(n) => current + n * (view.page_height - 2.0 * line).max(line),
        ScrollTarget::Lines(n) => current + n * line,
    };
    let total = cache.offsets.last().copied().unwrap_or(0.0);
    y.min(total - view.page_height).max(0.0)
}

/// The cell layouts of a unit, from the cache when it has them.
pub(super) fn cell_galleys(
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
        let key = (unit_index, pane, hot_edit);
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
        };
        let galley = ui.painter().layout_job(cell_job(&spec, palette));
        cache.layouts_built += 1;
        if hot_edit.is_some() {
            // Keep only the layouts of the rewrite under the pointer now.
            cache
                .cells
                .retain(|&(u, _, hot), _| hot.is_none() || (u, hot) == (unit_index, hot_edit));
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
fn row_height(
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
            h(&l).max(h(&r)).max(input.font_size) + 2.0 * CELL_PAD
        }
        Row::MovedFrom(_) | Row::Collapsed { .. } => input.font_size * 1.35 + 2.0 * CELL_PAD,
    };
    cache.heights[row] = height;
    height
}
