//! Drawing one row of the document view: the two cells with their marks,
//! the gutter symbol between them, group brackets, the boilerplate veil
//! and the outline of the current change. Reports which rewritten run the
//! pointer is over, so both its sides can be highlighted.

use egui::{vec2, Align2, FontId, Galley, Rect, Sense, Stroke, StrokeKind, Ui};

use crate::{EditKind, UnitKind};

use super::style::{Palette, Pane};
use super::view::{cell_galleys, LayoutCache, ViewInput, CELL_PAD, GUTTER_WIDTH};
use super::Command;
use crate::report::rows::Row;
use crate::report::wording;

#[allow(clippy::too_many_arguments)] // one call site; a struct would only rename these
pub(super) fn draw_row(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &mut LayoutCache,
    row: usize,
    rect: Rect,
    widths: (f32, f32),
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> Option<(usize, usize)> {
    let mut hovered = None;
    let left_rect = Rect::from_min_size(rect.min, vec2(widths.0, rect.height()));
    let gutter = Rect::from_min_size(
        rect.min + vec2(widths.0, 0.0),
        vec2(GUTTER_WIDTH, rect.height()),
    );
    let right_rect = Rect::from_min_size(
        rect.min + vec2(widths.0 + GUTTER_WIDTH, 0.0),
        vec2(widths.1, rect.height()),
    );
    let font = FontId::proportional(input.font_size);
    match input.rows[row] {
        Row::Collapsed { first, count } => {
            let text = format!(
                "Show {count} unchanged paragraph{}",
                if count == 1 { "" } else { "s" }
            );
            let button = egui::Button::new(egui::RichText::new(text).size(input.font_size * 0.9))
                .frame(false);
            if ui.put(rect, button).clicked() {
                commands.push(Command::Expand(first));
            }
        }
        Row::MovedFrom(u) => {
            ui.painter().rect_filled(left_rect, 3.0, palette.moved_cell);
            let target = input.cmp.units[u].right_blocks.0 + 1;
            let text =
                format!("» Moved: this paragraph now stands at ¶{target} on the right (go there)");
            let button = egui::Button::new(egui::RichText::new(text).size(input.font_size * 0.9))
                .frame(false);
            if ui.put(left_rect.shrink(2.0), button).clicked() {
                commands.push(Command::GoToUnit(u));
            }
        }
        Row::Unit(u) => {
            let unit = &input.cmp.units[u];
            let (left, right) = cell_galleys(ui, input, cache, u, widths, palette);
            let (cell_left, cell_right) = match unit.kind {
                UnitKind::Added => (
                    Some(palette.added_cell.gamma_multiply(0.4)),
                    Some(palette.added_cell),
                ),
                UnitKind::Removed => (
                    Some(palette.removed_cell),
                    Some(palette.removed_cell.gamma_multiply(0.4)),
                ),
                UnitKind::Moved => (Some(palette.moved_cell), Some(palette.moved_cell)),
                _ => (None, None),
            };
            for (fill, r) in [(cell_left, left_rect), (cell_right, right_rect)] {
                if let Some(fill) = fill {
                    ui.painter().rect_filled(r, 3.0, fill);
                }
            }
            for (pane, galley, r) in [
                (Pane::Left, left, left_rect),
                (Pane::Right, right, right_rect),
            ] {
                let Some(galley) = galley else {
                    continue;
                };
                let label = egui::Label::new(galley.clone()).selectable(true);
                let response = ui
                    .scope_builder(egui::UiBuilder::new().max_rect(r.shrink(CELL_PAD)), |ui| {
                        ui.add(label)
                    })
                    .inner;
                if let Some(pos) = response.hover_pos() {
                    hovered = rewrite_at(input, u, pane, &galley, pos - response.rect.min)
                        .map(|e| (u, e));
                }
            }
            // Split and merged groups: a bracket around the multi-block side.
            if matches!(unit.kind, UnitKind::Split | UnitKind::Merged) {
                let r = if unit.kind == UnitKind::Split {
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
            let (symbol, name) = (
                wording::kind_symbol(unit.kind),
                wording::kind_name(unit.kind),
            );
            if unit.kind == UnitKind::Moved {
                let button = egui::Button::new(symbol).small();
                let response = ui.put(
                    Rect::from_center_size(gutter.center_top() + vec2(0.0, 14.0), vec2(26.0, 22.0)),
                    button,
                );
                if response
                    .on_hover_text("Moved paragraph: go to where it stood on the left")
                    .clicked()
                {
                    commands.push(Command::GoToMovedFrom(u));
                }
            } else if !symbol.is_empty() {
                let response = ui.allocate_rect(
                    Rect::from_center_size(gutter.center_top() + vec2(0.0, 14.0), vec2(26.0, 22.0)),
                    Sense::hover(),
                );
                ui.painter().text(
                    response.rect.center(),
                    Align2::CENTER_CENTER,
                    symbol,
                    font.clone(),
                    palette.weak_text,
                );
                let description = match unit.boilerplate {
                    Some(b) => format!("{name}: boilerplate ({})", wording::boilerplate_kind(b)),
                    None => name.to_owned(),
                };
                // Screen readers hear the kind that sighted readers see.
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, &description)
                });
                response.on_hover_text(description);
            }
            if unit.boilerplate.is_some() {
                // Web furniture stays readable but steps back.
                let veil = ui.visuals().panel_fill.gamma_multiply(0.55);
                ui.painter().rect_filled(rect, 0.0, veil);
            }
            if input.current_unit == Some(u) {
                ui.painter().rect_stroke(
                    rect.expand(1.0),
                    4.0,
                    Stroke::new(2.5, palette.current_stroke),
                    StrokeKind::Outside,
                );
            }
        }
    }
    hovered
}

/// The rewritten run of `unit` under `local`, a point in the cell's text.
fn rewrite_at(
    input: &ViewInput<'_>,
    unit_index: usize,
    pane: Pane,
    galley: &Galley,
    local: egui::Vec2,
) -> Option<usize> {
    let unit = &input.cmp.units[unit_index];
    let (text, span) = match pane {
        Pane::Left => (&input.cmp.left.text, unit.left_span()?),
        Pane::Right => (&input.cmp.right.text, unit.right_span()?),
    };
    let char_index = galley.cursor_from_pos(local).index.0;
    let byte = text[span.range()]
        .char_indices()
        .nth(char_index)
        .map_or(span.1, |(b, _)| span.0 + b);
    unit.edits.iter().position(|e| {
        let r = if pane == Pane::Left { e.left } else { e.right };
        e.kind == EditKind::Rewritten && r.0 <= byte && byte < r.1
    })
}
