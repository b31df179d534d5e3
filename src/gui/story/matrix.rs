//! The reuse matrix as a heat map: a cell per pair of versions, shaded by
//! the share of the column's words the row carries and labelled with it,
//! so the numbers do not rest on colour. With up to
//! [`BUTTONS_UP_TO`] versions each cell is a button (Tab reaches it,
//! Enter opens the pair, a screen reader hears the sentence); beyond that
//! the cells are painted, and a click still opens the pair.

use egui::{vec2, Color32, Rect, Sense, Ui};

use crate::engine::story::Story;
use crate::gui::style::Palette;
use crate::gui::{Command, StoryCommand};
use crate::report::story as words;

/// The most versions whose cells are buttons (a button each costs more
/// than a painted square; 40 × 40 is 1,600 of them).
pub const BUTTONS_UP_TO: usize = 40;

const CELL: egui::Vec2 = vec2(58.0, 26.0);
const SMALL_CELL: f32 = 9.0;

/// The shade of a cell holding `share`: from the panel's colour to the
/// palette's link colour.
fn shade(ui: &Ui, palette: &Palette, share: f32) -> Color32 {
    let base = ui.visuals().extreme_bg_color;
    let full = palette.linked_stroke;
    let t = share.clamp(0.0, 1.0) * 0.85;
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    Color32::from_rgb(
        mix(base.r(), full.r()),
        mix(base.g(), full.g()),
        mix(base.b(), full.b()),
    )
}

/// The heat map.
pub fn matrix_ui(ui: &mut Ui, story: &Story, palette: &Palette, out: &mut Vec<Command>) {
    if story.versions.len() > BUTTONS_UP_TO {
        painted_ui(ui, story, palette, out);
        return;
    }
    egui::Grid::new("story-matrix")
        .spacing(vec2(3.0, 3.0))
        .show(ui, |ui| {
            ui.label(crate::report::wording::story_view::MATRIX_CORNER);
            for j in 0..story.versions.len() {
                ui.strong(format!("[{j}]"))
                    .on_hover_text(&story.versions[j].label);
            }
            ui.end_row();
            for (i, row) in story.reuse.iter().enumerate() {
                ui.strong(format!("[{i}] {}", story.versions[i].label));
                for (j, &share) in row.iter().enumerate() {
                    cell_ui(ui, story, palette, (i, j, share), out);
                }
                ui.end_row();
            }
        });
}

/// One cell: a button opening row `i` (left) beside column `j` (right).
fn cell_ui(
    ui: &mut Ui,
    story: &Story,
    palette: &Palette,
    (i, j, share): (usize, usize, f32),
    out: &mut Vec<Command>,
) {
    if i == j {
        ui.add_sized(CELL, egui::Label::new("—"));
        return;
    }
    let fill = shade(ui, palette, share);
    let text = egui::RichText::new(words::percent(share)).color(palette.text_on(fill));
    let hint = words::reuse_cell_hint(
        &format!("[{i}] {}", story.versions[i].label),
        &format!("[{j}] {}", story.versions[j].label),
        share,
    );
    let response = ui.add(egui::Button::new(text).fill(fill).min_size(CELL));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hint));
    if response.on_hover_text(hint).clicked() {
        out.push(Command::Story(StoryCommand::OpenStoryPair(i, j)));
    }
}

/// Many versions: small painted squares, a click on one opens its pair.
fn painted_ui(ui: &mut Ui, story: &Story, palette: &Palette, out: &mut Vec<Command>) {
    let n = story.versions.len();
    let side = SMALL_CELL * n as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), Sense::click());
    let clip = ui.clip_rect();
    for (i, row) in story.reuse.iter().enumerate() {
        let y = rect.top() + SMALL_CELL * i as f32;
        if y > clip.bottom() || y + SMALL_CELL < clip.top() {
            continue;
        }
        for (j, &share) in row.iter().enumerate() {
            let at = Rect::from_min_size(
                egui::pos2(rect.left() + SMALL_CELL * j as f32, y),
                vec2(SMALL_CELL - 1.0, SMALL_CELL - 1.0),
            );
            ui.painter().rect_filled(at, 0.0, shade(ui, palette, share));
        }
    }
    let cell_at = |pos: egui::Pos2| {
        let rel = pos - rect.min;
        let (i, j) = ((rel.y / SMALL_CELL) as usize, (rel.x / SMALL_CELL) as usize);
        (i < n && j < n).then_some((i, j))
    };
    let hovered = response.hover_pos().and_then(cell_at);
    if let Some((i, j)) = response
        .interact_pointer_pos()
        .and_then(cell_at)
        .filter(|_| response.clicked())
    {
        if i != j {
            out.push(Command::Story(StoryCommand::OpenStoryPair(i, j)));
        }
    }
    if let Some((i, j)) = hovered {
        let hint = words::reuse_cell_hint(
            &format!("[{i}] {}", story.versions[i].label),
            &format!("[{j}] {}", story.versions[j].label),
            story.reuse[i][j],
        );
        response.on_hover_text(hint);
    }
}
