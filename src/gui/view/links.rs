//! Passage links in the document view: which link the pointer is over,
//! and the second line under linked text (with the underline the layout
//! draws, a double underline: the cue that does not rely on colour, as
//! Word marks moved text).

use egui::{Galley, Pos2, Stroke, Ui};

use super::layout::ViewInput;
use super::marks;
use crate::engine::model::{ByteRange, EditKind, Unit};
use crate::gui::style::{Palette, Pane, Segment};

/// The parts of `link` (a range on `pane`) that the unit shows as changed:
/// the text marked linked.
fn shown_changed(unit: &Unit, pane: Pane, link: ByteRange) -> Vec<ByteRange> {
    let mut out = vec![link];
    for e in unit.edits.iter().filter(|e| e.kind == EditKind::Unchanged) {
        let r = if pane == Pane::Left { e.left } else { e.right };
        out = out
            .into_iter()
            .flat_map(|p| {
                if r.1 <= p.0 || p.1 <= r.0 {
                    vec![p]
                } else {
                    [ByteRange(p.0, r.0), ByteRange(r.1, p.1)]
                        .into_iter()
                        .filter(|q| q.0 < q.1)
                        .collect()
                }
            })
            .collect();
    }
    out
}

/// Paints the second line under each linked part of a layout drawn at
/// `origin`, whose characters came from `map` (one pane side by side,
/// both in the redline).
pub fn paint_second_lines(
    ui: &Ui,
    input: &ViewInput<'_>,
    unit: &Unit,
    map: &[Segment],
    galley: &Galley,
    origin: Pos2,
    palette: &Palette,
) {
    let texts = (
        input.cmp.left.document.text.as_ref(),
        input.cmp.right.document.text.as_ref(),
    );
    let stroke = Stroke::new(1.0, palette.linked_stroke);
    for segment in map {
        let (pane, span) = (segment.pane, segment.bytes);
        for (link, _) in input.links.in_span(pane == Pane::Right, span) {
            let clipped = ByteRange(link.0.max(span.0), link.1.min(span.1));
            for part in shown_changed(unit, pane, clipped) {
                let boxes = marks::line_boxes(texts, map, (pane, part), galley, origin);
                marks::underline(ui, &boxes, stroke);
            }
        }
    }
}
