//! The side-by-side document view: one row per aligned unit, left text
//! beside right text, with an overview strip of all changes.
//!
//! - [`layout`]: what the view reads, its layout cache, laying out a row.
//! - [`row`]: drawing one row; `links`: passage links in it.
//! - [`strip`]: the column divider and the overview strip.
//! - `story_badges`: the versions of an open story carrying each cell.

pub mod layout;
mod links;
pub(crate) mod marks;
mod row;
mod story_badges;
mod strip;

use egui::{pos2, vec2, Rect, Ui};

use crate::gui::style::Palette;
use crate::gui::{Command, ReadingCommand, ScrollTarget};
use layout::{row_height, CacheKey, LayoutCache, ViewInput};
use layout::{GUTTER_WIDTH, OVERVIEW_WIDTH, ROW_GAP};

/// What the view measured while drawing a frame, returned to the app
/// (which keeps it for the next frame's commands) rather than left in the
/// layout cache for others to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    /// The part of the document shown (in document coordinates).
    pub viewport: Rect,
    /// Where the column divider was drawn (screen x): files dropped left of
    /// it open on the left, right of it on the right.
    pub divider_x: Option<f32>,
    /// The rows shown, and the rows' version they belong to.
    visible: Option<(u64, std::ops::Range<usize>)>,
}

impl Default for Seen {
    fn default() -> Self {
        Self {
            viewport: Rect::NOTHING,
            divider_x: None,
            visible: None,
        }
    }
}

impl Seen {
    /// The rows shown, if the frame showed rows of `version`.
    pub fn visible_rows(&self, version: u64) -> Option<std::ops::Range<usize>> {
        self.visible
            .as_ref()
            .filter(|(v, _)| *v == version)
            .map(|(_, rows)| rows.clone())
    }
}

/// Where the parts of the view go this frame.
struct Geometry {
    doc_rect: Rect,
    overview_rect: Rect,
    text_width: f32,
    widths: (f32, f32),
    key: CacheKey,
}

fn geometry(ui: &Ui, input: &ViewInput<'_>) -> Geometry {
    let full = ui.available_rect_before_wrap();
    let doc_rect = Rect::from_min_max(
        full.min,
        pos2(full.max.x - OVERVIEW_WIDTH - 4.0, full.max.y),
    );
    let overview_rect = Rect::from_min_max(pos2(full.max.x - OVERVIEW_WIDTH, full.min.y), full.max);
    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin + 6.0;
    let text_width = (doc_rect.width() - bar - GUTTER_WIDTH).max(100.0);
    // The redline is one column: the right cell takes the whole width.
    let left_width = if input.redline {
        0.0
    } else {
        (text_width * input.divider).round()
    };
    let key = (
        input.version,
        text_width.to_bits(),
        input.font_size.to_bits(),
        ui.visuals().dark_mode,
        input.divider.to_bits(),
        input.redline,
    );
    Geometry {
        doc_rect,
        overview_rect,
        text_width,
        widths: (left_width, text_width - left_width),
        key,
    }
}

/// Draws the document view; returns what the user asked for and what the
/// view measured.
pub fn document_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
) -> (Vec<Command>, Seen) {
    let mut commands = Vec::new();
    let palette = Palette::new(ui.visuals().dark_mode);
    let g = geometry(ui, input);
    cache.prepare(g.key, input, g.widths);
    let page_height = cache
        .viewport
        .filter(|v| v.is_positive())
        .map_or(g.doc_rect.height(), |v| v.height());
    let scroll_to = input.scroll.map(|target| {
        let view = Sizes {
            widths: g.widths,
            page_height,
        };
        scroll_offset(ui, input, cache, g.key, view, &palette, target)
    });
    let total_height = cache.offsets.last().copied().unwrap_or(0.0);
    let mut area = egui::ScrollArea::vertical()
        .id_salt("document")
        .auto_shrink(false);
    if let Some(y) = scroll_to {
        area = area.vertical_scroll_offset(y);
    }
    let mut viewport_seen = Rect::NOTHING;
    let mut over_glyph = false;
    ui.scope_builder(egui::UiBuilder::new().max_rect(g.doc_rect), |ui| {
        area.show_viewport(ui, |ui, viewport| {
            viewport_seen = viewport;
            ui.set_height(total_height);
            ui.set_width(g.text_width + GUTTER_WIDTH);
            over_glyph = rows_ui(ui, input, cache, &g, viewport, &palette, &mut commands);
        });
    });
    cache.viewport = Some(viewport_seen);
    if !input.redline {
        let handle = strip::Handle {
            divider: input.divider,
            doc_rect: g.doc_rect,
            text_width: g.text_width,
            over_glyph,
        };
        strip::divider_ui(ui, &handle, &palette, &mut commands);
    }
    let overview = strip::Overview {
        rect: g.overview_rect,
        viewport: viewport_seen,
        total_height,
    };
    strip::overview_ui(ui, input, cache, &overview, &palette, &mut commands);
    let seen = Seen {
        viewport: viewport_seen,
        divider_x: Some(g.doc_rect.min.x + g.widths.0 + GUTTER_WIDTH / 2.0),
        visible: cache
            .rows_in(viewport_seen, input.rows.len())
            .map(|rows| (input.version, rows)),
    };
    (commands, seen)
}

/// The rows inside `viewport`, each laid out (from the cache when it can)
/// and drawn right below the one before. Returns whether the pointer is
/// over a glyph in the gutter.
fn rows_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    g: &Geometry,
    viewport: Rect,
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> bool {
    let origin = ui.min_rect().min;
    let first = cache
        .offsets
        .partition_point(|&y| y <= viewport.min.y)
        .saturating_sub(1);
    // Each row goes right below the one before as laid out now, so rows
    // whose estimated height was off never overlap.
    let mut top = cache.offsets.get(first).copied().unwrap_or(0.0);
    let mut hovered = row::Hovered::default();
    let mut heights_changed = false;
    for row in first..input.rows.len() {
        if top > viewport.max.y {
            break;
        }
        let estimate = cache.heights[row];
        let height = row_height(ui, input, cache, row, g.widths, palette);
        heights_changed |= height != estimate;
        let rect = Rect::from_min_size(
            origin + vec2(0.0, top),
            vec2(g.text_width + GUTTER_WIDTH, height),
        );
        let place = row::RowPlace {
            row,
            rect,
            widths: g.widths,
        };
        let here = row::row_ui(ui, input, cache, &place, palette, commands);
        hovered.rewrite = hovered.rewrite.or(here.rewrite);
        hovered.link = hovered.link.or(here.link);
        hovered.gutter_glyph |= here.gutter_glyph;
        top += height + ROW_GAP;
    }
    // Decided once a frame, so the highlight goes when the pointer leaves
    // the text as well as when it moves to plain words.
    if hovered.rewrite != input.hot {
        commands.push(Command::Reading(ReadingCommand::Hover(hovered.rewrite)));
    }
    if hovered.link != input.hot_link {
        commands.push(Command::Reading(ReadingCommand::HoverLink(hovered.link)));
    }
    if heights_changed {
        // The offsets of the rows below change with the real heights.
        ui.ctx().request_repaint();
    }
    hovered.gutter_glyph
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
    let current = cache.viewport.map_or(0.0, |v| v.min.y.max(0.0));
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
