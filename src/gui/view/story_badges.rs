//! The badges under a cell's text when the pair on screen is two versions
//! of an open story: one per other version carrying that paragraph. A
//! version carrying (nearly) all of it gets a filled badge `[2]`, one
//! carrying part of it an outlined one with the share, `[3] 64%`; so the
//! difference is in shape and words, not colour alone. The hover text and
//! screen readers name the version.

use egui::{vec2, Align2, FontId, Rect, Sense, Stroke, StrokeKind, Ui};

use super::layout::{ViewInput, BADGE_STRIP, CELL_PAD};
use crate::gui::style::Palette;
use crate::report::story::badges::Badge;
use crate::report::story::{badge_hint, percent};

/// Draws the badges of unit `u`'s cells (`rects`: left, right).
pub(super) fn badges_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    u: usize,
    (left, right): (Rect, Rect),
    palette: &Palette,
) {
    let Some(b) = input.badges.and_then(|all| all.get(u)) else {
        return;
    };
    if !input.redline {
        cell_badges_ui(ui, input, &b.left, left, palette);
    }
    cell_badges_ui(ui, input, &b.right, right, palette);
}

fn cell_badges_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    badges: &[Badge],
    cell: Rect,
    palette: &Palette,
) {
    let font = FontId::proportional((input.font_size * 0.8).max(10.0));
    let mut x = cell.left() + CELL_PAD;
    let top = cell.bottom() - BADGE_STRIP + 2.0;
    for badge in badges {
        let text = if badge.whole() {
            format!("[{}]", badge.version)
        } else {
            format!("[{}] {}", badge.version, percent(badge.share))
        };
        let colour = palette.linked_stroke;
        let ink = if badge.whole() {
            palette.text_on(colour)
        } else {
            colour
        };
        let galley = ui.painter().layout_no_wrap(text, font.clone(), ink);
        let size = vec2(galley.size().x + 10.0, BADGE_STRIP - 6.0);
        if x + size.x > cell.right() - CELL_PAD {
            break;
        }
        let spot = Rect::from_min_size(egui::pos2(x, top), size);
        if badge.whole() {
            ui.painter().rect_filled(spot, 4.0, colour);
        } else {
            ui.painter()
                .rect_stroke(spot, 4.0, Stroke::new(1.0, colour), StrokeKind::Inside);
        }
        ui.painter().galley(
            Align2::CENTER_CENTER
                .align_size_within_rect(galley.size(), spot)
                .min,
            galley,
            ink,
        );
        let label = input.story_versions.get(badge.version).map_or_else(
            || format!("[{}]", badge.version),
            |v| format!("[{}] {}", badge.version, v.label),
        );
        let hint = badge_hint(&label, badge.share);
        let response = ui.allocate_rect(spot, Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &hint));
        response.on_hover_text(hint);
        x += size.x + 4.0;
    }
}
