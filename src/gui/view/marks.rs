//! Shapes drawn over laid-out text, one per line of the layout a range
//! covers: the second underline of linked passages and the dashed box of
//! material changes. Both are cues that do not rely on colour, so they are
//! drawn as lines and outlines rather than fills.

use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, Shape, Stroke, Ui};

use crate::gui::style::Pane;
use crate::{ByteRange, Unit};

/// The boxes, in screen coordinates, that bytes `part` of a cell cover:
/// one per line of the layout. `text` is the whole document, `span` the
/// cell's bytes in it, `origin` where the layout was drawn.
pub fn line_boxes(
    text: &str,
    span: ByteRange,
    part: ByteRange,
    galley: &Galley,
    origin: Pos2,
) -> Vec<Rect> {
    let char_of = |byte: usize| text[span.0..byte.clamp(span.0, span.1)].chars().count();
    let (first, end) = (char_of(part.0), char_of(part.1));
    let mut boxes: Vec<Rect> = Vec::new();
    for i in first..end {
        let (here, next) = (
            galley.pos_from_cursor(CCursor::new(i)),
            galley.pos_from_cursor(CCursor::new(i + 1)),
        );
        // The last character of a line (the space where it wraps) is left
        // out.
        let x1 = if next.min.y == here.min.y {
            next.min.x
        } else {
            here.min.x
        };
        match boxes.last_mut() {
            Some(b) if b.max.y == here.max.y => b.max.x = b.max.x.max(x1),
            _ => boxes.push(Rect::from_x_y_ranges(
                here.min.x..=x1,
                here.min.y..=here.max.y,
            )),
        }
    }
    boxes
        .into_iter()
        .filter(|b| b.width() > 0.0)
        .map(|b| b.translate(origin.to_vec2()))
        .collect()
}

/// A line under each box, just below the text's own underline.
pub fn underline(ui: &Ui, boxes: &[Rect], stroke: Stroke) {
    for b in boxes {
        ui.painter().hline(b.min.x..=b.max.x, b.max.y + 1.5, stroke);
    }
}

/// A dashed outline around each box.
pub fn dashed_box(ui: &Ui, boxes: &[Rect], stroke: Stroke) {
    for b in boxes {
        let b = b.expand2(egui::vec2(1.0, 0.0));
        let corners = [
            b.left_top(),
            b.right_top(),
            b.right_bottom(),
            b.left_bottom(),
            b.left_top(),
        ];
        ui.painter()
            .extend(Shape::dashed_line(&corners, stroke, 3.0, 2.0));
    }
}

/// The bytes of `pane` that `unit`'s material edits cover, inside `span`.
pub fn material_parts(unit: &Unit, pane: Pane, span: ByteRange) -> Vec<ByteRange> {
    unit.edits
        .iter()
        .filter(|e| e.material.is_some())
        .map(|e| if pane == Pane::Left { e.left } else { e.right })
        .map(|r| ByteRange(r.0.max(span.0), r.1.min(span.1)))
        .filter(|r| r.0 < r.1)
        .collect()
}
