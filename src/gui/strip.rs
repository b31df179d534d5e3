//! The chrome around the document view: the column divider the reader
//! drags, and the overview strip that shows where the changes are in the
//! whole document and jumps there on a click.

use crate::UnitKind;
use egui::{pos2, vec2, Color32, Rect, Sense, Stroke, StrokeKind, Ui};

use super::rows::Row;
use super::style::Palette;
use super::view::{LayoutCache, ViewInput, GUTTER_WIDTH};
use super::{Command, ScrollTarget};

fn kind_color(kind: UnitKind, palette: &Palette) -> Color32 {
    match kind {
        UnitKind::Added => palette.added_bg,
        UnitKind::Removed => palette.removed_bg,
        UnitKind::Moved => palette.group_stroke,
        _ => palette.rewritten_bg,
    }
}

/// The draggable handle down the middle of the gutter between the columns.
/// Dragging sets the split; double-click puts it back in the middle.
pub fn divider_ui(
    ui: &mut Ui,
    divider: f32,
    doc_rect: Rect,
    text_width: f32,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let x = doc_rect.min.x + (text_width * divider).round() + GUTTER_WIDTH / 2.0;
    let handle = Rect::from_x_y_ranges(x - 4.0..=x + 4.0, doc_rect.y_range());
    let response = ui
        .interact(
            handle,
            egui::Id::unique("column_divider"),
            Sense::click_and_drag(),
        )
        .on_hover_cursor(egui::CursorIcon::ResizeHorizontal)
        .on_hover_text("Drag to resize the columns; double-click to reset");
    response.widget_info(|| egui::WidgetInfo::slider(true, f64::from(divider), "Column divider"));
    let active = response.hovered() || response.dragged();
    if active {
        let stroke = Stroke::new(2.0, palette.current_stroke);
        ui.painter().vline(x, doc_rect.y_range(), stroke);
    }
    if response.double_clicked() {
        commands.push(Command::SetDivider(0.5));
    } else if response.dragged() {
        if let Some(pointer) = response.interact_pointer_pos() {
            let left_width = pointer.x - doc_rect.min.x - GUTTER_WIDTH / 2.0;
            commands.push(Command::SetDivider(left_width / text_width));
        }
    }
}

#[allow(clippy::too_many_arguments)] // one call site; a struct would only rename these
pub fn overview_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &LayoutCache,
    rect: Rect,
    viewport: Rect,
    total_height: f32,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let response = ui.interact(rect, ui.scope_id().with("overview"), Sense::click());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Overview of changes"));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    if total_height <= 0.0 {
        return;
    }
    let scale = rect.height() / total_height;
    for (row, r) in input.rows.iter().enumerate() {
        let Row::Unit(u) = *r else { continue };
        let kind = input.cmp.units[u].kind;
        if !kind.is_change() {
            continue;
        }
        let y = rect.top() + cache.offsets[row] * scale;
        let h = (cache.heights[row] * scale).max(2.0);
        painter.rect_filled(
            Rect::from_min_size(pos2(rect.left() + 2.0, y), vec2(rect.width() - 4.0, h)),
            0.0,
            kind_color(kind, palette),
        );
    }
    if viewport.is_positive() {
        let view = Rect::from_min_max(
            pos2(rect.left(), rect.top() + viewport.min.y * scale),
            pos2(rect.right(), rect.top() + viewport.max.y * scale),
        );
        painter.rect_stroke(
            view,
            1.0,
            Stroke::new(1.0, palette.weak_text),
            StrokeKind::Inside,
        );
    }
    if let Some(pos) = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())
    {
        let y = (pos.y - rect.top()) / scale;
        let row = cache.offsets.partition_point(|&o| o <= y).saturating_sub(1);
        commands.push(Command::Scroll(ScrollTarget::Row(
            row.min(input.rows.len().saturating_sub(1)),
        )));
    }
    response.on_hover_text("Overview: where the changes are. Click to jump.");
}
