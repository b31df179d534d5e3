//! The legend: every mark of the panes beside what it means, from the one
//! list in [`crate::report::wording::legend`]. It opens on its own (the
//! toolbar's Legend button, F2) and stands in Help too. Each sample is
//! laid out with the panes' marks ([`super::style::legend`]) and painted
//! over with the view's painters, so it looks as the mark it explains.

use egui::{vec2, Align2, FontId, Rect, Sense, Stroke, StrokeKind, Ui};

use super::style::{legend::sample_job, Palette};
use super::view::marks;
use super::{ChromeCommand, Command};
use crate::report::wording::{self, LegendEntry, LegendMark};

/// The legend window, while open.
pub fn legend_window_ui(ctx: &egui::Context, open: bool) -> Vec<Command> {
    let mut out = Vec::new();
    if !open {
        return out;
    }
    let mut keep_open = true;
    let screen = ctx.content_rect();
    egui::Window::new(wording::LEGEND_TITLE)
        .open(&mut keep_open)
        .default_width((screen.width() - 48.0).min(640.0))
        .max_width(screen.width() - 24.0)
        .default_height((screen.height() - 120.0).min(600.0))
        .max_height(screen.height() - 80.0)
        .vscroll(true)
        .show(ctx, legend_ui);
    if !keep_open {
        out.push(Command::Chrome(ChromeCommand::ToggleLegend));
    }
    out
}

/// The legend's entries, a sample and its meaning each.
pub fn legend_ui(ui: &mut Ui) {
    let palette = Palette::new(ui.visuals().dark_mode);
    let font_size = ui.style().text_styles[&egui::TextStyle::Body].size;
    egui::Grid::new("legend")
        .num_columns(2)
        .spacing(vec2(16.0, 8.0))
        .show(ui, |ui| {
            for entry in wording::legend() {
                sample_ui(ui, &entry, &palette, font_size);
                ui.add(egui::Label::new(entry.means).wrap());
                ui.end_row();
            }
        });
}

/// One entry's sample: its layout, then what the view paints over it.
fn sample_ui(ui: &mut Ui, entry: &LegendEntry, palette: &Palette, font_size: f32) {
    let job = sample_job(entry, palette, font_size);
    let galley = ui.painter().layout_job(job);
    let size = galley.size() + vec2(8.0, 6.0);
    let (rect, response) = ui.allocate_exact_size(size.max(vec2(40.0, 0.0)), Sense::hover());
    let text_rect = Rect::from_min_size(rect.min + vec2(4.0, 3.0), galley.size());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, wording::legend_name(entry))
    });
    match entry.mark {
        LegendMark::Kind(_) => {
            ui.painter().text(
                text_rect.center(),
                Align2::CENTER_CENTER,
                entry.sample,
                FontId::proportional(font_size),
                palette.weak_text,
            );
            return;
        }
        LegendMark::MaterialFlag => {
            let spot = Rect::from_center_size(text_rect.center(), vec2(22.0, 20.0));
            let colour = palette.material_stroke;
            let stroke = Stroke::new(1.0, colour);
            ui.painter()
                .rect_stroke(spot.shrink(2.0), 3.0, stroke, StrokeKind::Inside);
            let font = FontId::proportional(font_size * 0.9);
            let painter = ui.painter();
            painter.text(spot.center(), Align2::CENTER_CENTER, "!", font, colour);
            return;
        }
        _ => {}
    }
    ui.painter()
        .galley(text_rect.min, galley.clone(), palette.text);
    let whole = [text_rect];
    match entry.mark {
        LegendMark::DoubleUnderline => {
            marks::underline(ui, &whole, Stroke::new(1.0, palette.linked_stroke));
        }
        LegendMark::DashedBox => {
            marks::dashed_box(ui, &whole, Stroke::new(1.0, palette.material_stroke));
        }
        LegendMark::Boilerplate => {
            // The veil the view lays over web furniture.
            let veil = ui.visuals().panel_fill.gamma_multiply(0.55);
            ui.painter().rect_filled(rect, 0.0, veil);
        }
        _ => {}
    }
}
