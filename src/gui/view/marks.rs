//! Shapes drawn over laid-out text, one per line of the layout a range
//! covers: the second underline of linked passages and the dashed box of
//! material changes. Both are cues that do not rely on colour, so they are
//! drawn as lines and outlines rather than fills.

use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, Shape, Stroke, Ui};

use crate::engine::model::{ByteRange, Unit};
use crate::gui::style::{Pane, Segment};

/// The document texts, left and right.
pub type Texts<'a> = (&'a str, &'a str);

fn text_of<'a>(texts: Texts<'a>, pane: Pane) -> &'a str {
    match pane {
        Pane::Left => texts.0,
        Pane::Right => texts.1,
    }
}

/// Where a plain cell's characters came from: all from `span` of `pane`.
pub fn plain_map(pane: Pane, span: ByteRange) -> Vec<Segment> {
    vec![Segment {
        pane,
        bytes: span,
        first_char: 0,
    }]
}

/// The boxes, in screen coordinates, that bytes `part` of `pane` cover in
/// a layout drawn at `origin` whose characters came from `map`: one per
/// line of the layout.
pub fn line_boxes(
    texts: Texts<'_>,
    map: &[Segment],
    (pane, part): (Pane, ByteRange),
    galley: &Galley,
    origin: Pos2,
) -> Vec<Rect> {
    let text = text_of(texts, pane);
    let mut boxes: Vec<Rect> = Vec::new();
    for segment in map.iter().filter(|s| s.pane == pane) {
        let (from, to) = (part.0.max(segment.bytes.0), part.1.min(segment.bytes.1));
        if from >= to {
            continue;
        }
        let first = segment.first_char + text[segment.bytes.0..from].chars().count();
        let end = first + text[from..to].chars().count();
        char_boxes(galley, first..end, &mut boxes);
    }
    boxes
        .into_iter()
        .filter(|b| b.width() > 0.0)
        .map(|b| b.translate(origin.to_vec2()))
        .collect()
}

/// Adds the boxes characters `chars` of `galley` cover, one per line.
fn char_boxes(galley: &Galley, chars: std::ops::Range<usize>, boxes: &mut Vec<Rect>) {
    let mut current: Option<Rect> = None;
    for i in chars {
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
        current = match current {
            Some(mut b) if b.max.y == here.max.y => {
                b.max.x = b.max.x.max(x1);
                Some(b)
            }
            done => {
                boxes.extend(done);
                Some(Rect::from_x_y_ranges(
                    here.min.x..=x1,
                    here.min.y..=here.max.y,
                ))
            }
        };
    }
    boxes.extend(current);
}

/// The document byte under `local` (a point in the layout), and its pane.
pub fn byte_at(
    texts: Texts<'_>,
    map: &[Segment],
    galley: &Galley,
    local: egui::Vec2,
) -> Option<(Pane, usize)> {
    let char_index = galley.cursor_from_pos(local).index.0;
    map.iter().find_map(|segment| {
        let text = &text_of(texts, segment.pane)[segment.bytes.range()];
        let offset = char_index.checked_sub(segment.first_char)?;
        let byte = match text.char_indices().nth(offset) {
            Some((b, _)) => segment.bytes.0 + b,
            None if offset == text.chars().count() => segment.bytes.1,
            None => return None,
        };
        Some((segment.pane, byte))
    })
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
