//! Drawing one row of the document view: the two cells with their marks,
//! the gutter symbol between them, group brackets, the boilerplate veil
//! and the outline of the current change. Reports which rewritten run the
//! pointer is over, so both its sides can be highlighted.

use std::sync::Arc;

use egui::{vec2, Align2, FontId, Galley, Rect, Sense, Stroke, StrokeKind, Ui};

use crate::engine::model::{ByteRange, EditKind, UnitKind};

use super::layout::{self, cell_galleys, LayoutCache, ViewInput, CELL_PAD, GUTTER_WIDTH};
use super::{links, marks};
use crate::gui::style::{Palette, Pane, Segment};
use crate::gui::{Command, ReadingCommand, SideSel};
use crate::report::rows::Row;
use crate::report::wording;

/// What the pointer is over in a row: a rewritten run (unit, edit) and a
/// passage link.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Hovered {
    pub rewrite: Option<(usize, usize)>,
    pub link: Option<usize>,
    /// The pointer is over a glyph in the gutter (the kind's symbol or a
    /// badge): the column divider leaves it its hover text and click.
    pub gutter_glyph: bool,
}

/// Where a row is drawn: its index, its rectangle, the column widths.
pub(super) struct RowPlace {
    pub row: usize,
    pub rect: Rect,
    pub widths: (f32, f32),
}

impl RowPlace {
    fn left(&self) -> Rect {
        Rect::from_min_size(self.rect.min, vec2(self.widths.0, self.rect.height()))
    }

    fn gutter(&self) -> Rect {
        Rect::from_min_size(
            self.rect.min + vec2(self.widths.0, 0.0),
            vec2(GUTTER_WIDTH, self.rect.height()),
        )
    }

    /// Where a row's own message goes: the left column, or in the
    /// redline (no left column) the one column there is.
    fn lead(&self) -> Rect {
        if self.widths.0 > 0.0 {
            self.left()
        } else {
            self.right()
        }
    }

    fn right(&self) -> Rect {
        Rect::from_min_size(
            self.rect.min + vec2(self.widths.0 + GUTTER_WIDTH, 0.0),
            vec2(self.widths.1, self.rect.height()),
        )
    }
}

/// Draws one row; returns what the pointer is over.
pub(super) fn row_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    place: &RowPlace,
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> Hovered {
    let small = |text: String| {
        egui::Button::new(egui::RichText::new(text).size(input.font_size * 0.9)).frame(false)
    };
    match input.rows[place.row] {
        Row::Collapsed {
            first,
            count,
            changed,
        } => {
            let text = format!("Show {}", wording::folded(count, changed));
            // A framed button in the left column, clear of the divider
            // handle in the gutter (which would take the click).
            let button = egui::Button::new(egui::RichText::new(text).size(input.font_size * 0.9));
            let spot = place.lead().shrink2(vec2(8.0, 2.0));
            let size = vec2(spot.width().min(400.0), spot.height());
            if ui
                .put(Rect::from_center_size(spot.center(), size), button)
                .clicked()
            {
                commands.push(Command::Reading(ReadingCommand::Expand(first)));
            }
            Hovered::default()
        }
        Row::MovedFrom(u) => {
            ui.painter()
                .rect_filled(place.lead(), 3.0, palette.moved_cell);
            let target = wording::paragraphs(input.cmp.units[u].right_blocks, None);
            let text = wording::moved_to(&target);
            if ui.put(place.lead().shrink(2.0), small(text)).clicked() {
                commands.push(Command::Reading(ReadingCommand::GoToUnit(u)));
            }
            Hovered::default()
        }
        Row::Unit(u) => unit_ui(ui, input, cache, place, u, palette, commands),
    }
}

/// A unit's row: cell fills, the two texts, the group bracket, the gutter
/// symbol, the boilerplate veil and the current-change outline.
fn unit_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    place: &RowPlace,
    u: usize,
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> Hovered {
    let unit = &input.cmp.units[u];
    let (left_rect, right_rect) = (place.left(), place.right());
    let (left, right) = cell_galleys(ui, input, cache, u, place.widths, palette);
    let (fill_left, fill_right) = match unit.kind {
        UnitKind::Added => (
            Some(palette.added_cell.gamma_multiply(0.4)),
            Some(palette.added_cell),
        ),
        UnitKind::Removed if input.redline => (None, Some(palette.removed_cell)),
        UnitKind::Removed => (
            Some(palette.removed_cell),
            Some(palette.removed_cell.gamma_multiply(0.4)),
        ),
        UnitKind::Moved => (Some(palette.moved_cell), Some(palette.moved_cell)),
        _ => (None, None),
    };
    for (fill, r) in [(fill_left, left_rect), (fill_right, right_rect)] {
        if let Some(fill) = fill {
            ui.painter().rect_filled(r, 3.0, fill);
        }
    }
    let map = |pane: Pane, span: Option<ByteRange>| match (input.redline, pane) {
        (true, _) => layout::redline_segments(cache, u),
        (false, _) => span.map(|span| Arc::new(marks::plain_map(pane, span))),
    };
    let cells = [
        (left, left_rect, map(Pane::Left, unit.left_span())),
        (right, right_rect, map(Pane::Right, unit.right_span())),
    ];
    let mut hovered = cells_ui(ui, input, u, cells, palette, commands);
    // Split and merged groups: a bracket around the multi-block side.
    if matches!(unit.kind, UnitKind::Split | UnitKind::Merged) {
        let r = if unit.kind == UnitKind::Split || input.redline {
            right_rect
        } else {
            left_rect
        };
        ui.painter().rect_stroke(
            r.shrink(1.0),
            3.0,
            Stroke::new(1.5, palette.group_stroke),
            StrokeKind::Inside,
        );
    }
    hovered.gutter_glyph = gutter_ui(ui, input, place.gutter(), u, palette, commands);
    super::story_badges::badges_ui(ui, input, u, (left_rect, right_rect), palette);
    if unit.boilerplate.is_some() {
        // Web furniture stays readable but steps back.
        let veil = ui.visuals().panel_fill.gamma_multiply(0.55);
        ui.painter().rect_filled(place.rect, 0.0, veil);
    }
    if input.current_unit == Some(u) {
        ui.painter().rect_stroke(
            place.rect.expand(1.0),
            4.0,
            Stroke::new(2.5, palette.current_stroke),
            StrokeKind::Outside,
        );
    }
    hovered
}

/// One text of a row: its layout, where it goes, and where its characters
/// came from (one pane side by side, both in the redline).
type Cell = (Option<Arc<Galley>>, Rect, Option<Arc<Vec<Segment>>>);

/// The texts of a unit's row, as selectable labels with their link lines
/// and material boxes; returns what the pointer is over, and a click on a
/// linked passage jumps to its other end.
fn cells_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    u: usize,
    cells: [Cell; 2],
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> Hovered {
    let unit = &input.cmp.units[u];
    let texts = (
        input.cmp.left.document.text.as_ref(),
        input.cmp.right.document.text.as_ref(),
    );
    let mut hovered = Hovered::default();
    for (galley, r, map) in cells {
        let (Some(galley), Some(map)) = (galley, map) else {
            continue;
        };
        let label = egui::Label::new(galley.clone()).selectable(true);
        let response = ui
            .scope_builder(egui::UiBuilder::new().max_rect(r.shrink(CELL_PAD)), |ui| {
                ui.add(label)
            })
            .inner;
        let origin = response.rect.min;
        links::paint_second_lines(ui, input, unit, &map, &galley, origin, palette);
        let stroke = Stroke::new(1.0, palette.material_stroke);
        for segment in map.iter() {
            for part in marks::material_parts(unit, segment.pane, segment.bytes) {
                let boxes = marks::line_boxes(texts, &map, (segment.pane, part), &galley, origin);
                marks::dashed_box(ui, &boxes, stroke);
            }
        }
        let under = response
            .hover_pos()
            .and_then(|pos| marks::byte_at(texts, &map, &galley, pos - origin));
        if let Some((pane, byte)) = under {
            hovered.rewrite = rewrite_at(unit, pane, byte).map(|e| (u, e));
            hovered.link = input.links.at(pane == Pane::Right, byte);
            if let Some(link) = hovered.link.filter(|_| response.clicked()) {
                // To the other end, and from there back again.
                let other = match pane {
                    Pane::Left => SideSel::Right,
                    Pane::Right => SideSel::Left,
                };
                commands.push(Command::Reading(ReadingCommand::GoToLink(link, other)));
            }
        }
    }
    hovered
}

/// The kind's symbol between the columns: a button back to where a moved
/// paragraph stood, otherwise a label screen readers hear. Returns whether
/// the pointer is over the symbol or a badge under it.
fn gutter_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    gutter: Rect,
    u: usize,
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> bool {
    let unit = &input.cmp.units[u];
    let badges_bottom = badges_ui(ui, input, gutter, unit, palette);
    let (symbol, name) = (
        wording::kind_symbol(unit.kind),
        wording::kind_name(unit.kind),
    );
    let spot = Rect::from_center_size(gutter.center_top() + vec2(0.0, 14.0), vec2(26.0, 22.0));
    let glyphs = spot.union(Rect::from_center_size(
        gutter.center_top() + vec2(0.0, badges_bottom / 2.0),
        vec2(26.0, badges_bottom),
    ));
    let has_glyph = !symbol.is_empty() || badges_bottom > 0.0;
    let over_glyph = has_glyph && ui.rect_contains_pointer(glyphs);
    if unit.kind == UnitKind::Moved {
        let response = ui.put(spot, egui::Button::new(symbol).small());
        if response.on_hover_text(wording::MOVED_FROM_HINT).clicked() {
            commands.push(Command::Reading(ReadingCommand::GoToMovedFrom(u)));
        }
        return over_glyph;
    }
    if symbol.is_empty() {
        return false;
    }
    let response = ui.allocate_rect(spot, Sense::hover());
    ui.painter().text(
        response.rect.center(),
        Align2::CENTER_CENTER,
        symbol,
        FontId::proportional(input.font_size),
        palette.weak_text,
    );
    let description = match unit.boilerplate {
        Some(b) => format!("{name}: boilerplate ({})", wording::boilerplate_kind(b)),
        None => name.to_owned(),
    };
    // Screen readers hear the kind that sighted readers see.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &description));
    response.on_hover_text(description);
    over_glyph
}

/// The badges under the kind's symbol: "!" when the unit holds a material
/// change (its hover text names the kinds), then a tick once reviewed or
/// three lines for a note alone (its hover text gives the note). Boxed and
/// shaped, so they do not rely on colour; screen readers hear them. (The
/// tick is drawn: the app's fonts have no check-mark glyph.) Returns how
/// far below the gutter's top the badges reach.
fn badges_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    gutter: Rect,
    unit: &crate::engine::model::Unit,
    palette: &Palette,
) -> f32 {
    let (material, marked) = layout::gutter_badges(input, unit);
    let mut y = layout::GUTTER_FIRST_BADGE_Y;
    let mut bottom: f32 = 0.0;
    if material {
        let hint = wording::material_hint_all(&unit.material_kinds());
        let spot = badge_ui(ui, input, gutter, y, ("!", palette.material_stroke), &hint);
        bottom = spot.bottom() - gutter.top();
        y += layout::GUTTER_BADGE_STEP;
    }
    if let Some(mark) = input.review.and_then(|l| l.mark(unit)).filter(|_| marked) {
        let hint = wording::mark_hint(mark.reviewed, &mark.note);
        let spot = badge_ui(ui, input, gutter, y, ("", palette.reviewed_stroke), &hint);
        bottom = spot.bottom() - gutter.top();
        let stroke = Stroke::new(1.8, palette.reviewed_stroke);
        let at = |x: f32, y: f32| spot.center() + vec2(x, y);
        if mark.reviewed {
            let tick = vec![at(-4.5, 0.0), at(-1.5, 3.5), at(4.5, -4.0)];
            ui.painter().add(egui::Shape::line(tick, stroke));
        } else {
            for dy in [-3.0, 0.0, 3.0] {
                ui.painter()
                    .hline(at(-4.0, 0.0).x..=at(4.0, 0.0).x, at(0.0, dy).y, stroke);
            }
        }
    }
    bottom
}

/// One boxed badge at `y` below the gutter's top.
fn badge_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    gutter: Rect,
    y: f32,
    (symbol, colour): (&str, egui::Color32),
    hint: &str,
) -> Rect {
    let spot = Rect::from_center_size(gutter.center_top() + vec2(0.0, y), vec2(22.0, 20.0));
    let response = ui.allocate_rect(spot, Sense::hover());
    ui.painter().rect_stroke(
        spot.shrink(2.0),
        3.0,
        Stroke::new(1.0, colour),
        StrokeKind::Inside,
    );
    ui.painter().text(
        spot.center(),
        Align2::CENTER_CENTER,
        symbol,
        FontId::proportional(input.font_size * 0.9),
        colour,
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, hint));
    response.on_hover_text(hint);
    spot
}

/// The rewritten run of `unit` holding byte `byte` of `pane`.
fn rewrite_at(unit: &crate::engine::model::Unit, pane: Pane, byte: usize) -> Option<usize> {
    unit.edits.iter().position(|e| {
        let r = if pane == Pane::Left { e.left } else { e.right };
        e.kind == EditKind::Rewritten && r.0 <= byte && byte < r.1
    })
}
