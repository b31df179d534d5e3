//! The chrome around the document view: the column divider the reader
//! drags, and the overview strip that shows where the changes are in the
//! whole document and jumps there on a click.

use crate::engine::model::UnitKind;
use egui::{pos2, vec2, Color32, Rect, Sense, Stroke, StrokeKind, Ui};

use super::layout::{LayoutCache, ViewInput, GUTTER_WIDTH};
use crate::gui::style::Palette;
use crate::gui::{Command, ReadingCommand, ScrollTarget, SettingsCommand};
use crate::report::rows::Row;

/// Where the column divider stands this frame.
pub struct Handle {
    /// The left column's share of the text width.
    pub divider: f32,
    pub doc_rect: Rect,
    pub text_width: f32,
    /// The pointer is over a glyph in the gutter (a kind's symbol, a
    /// badge): the handle steps aside so its hover text shows.
    pub over_glyph: bool,
}

/// The draggable handle down the middle of the gutter between the columns.
/// Dragging sets the split; double-click puts it back in the middle.
pub fn divider_ui(ui: &mut Ui, handle: &Handle, palette: &Palette, commands: &mut Vec<Command>) {
    let Handle {
        divider,
        doc_rect,
        text_width,
        over_glyph,
    } = *handle;
    let id = egui::Id::unique("column_divider");
    // Over a glyph the handle is not there, unless a drag is under way
    // (the pointer crosses the glyphs as it drags).
    if over_glyph && !ui.ctx().is_being_dragged(id) {
        return;
    }
    let x = doc_rect.min.x + (text_width * divider).round() + GUTTER_WIDTH / 2.0;
    let handle = Rect::from_x_y_ranges(x - 4.0..=x + 4.0, doc_rect.y_range());
    let response = ui
        .interact(handle, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::ResizeHorizontal)
        .on_hover_text("Drag to resize the columns; double-click to reset");
    response.widget_info(|| egui::WidgetInfo::slider(true, f64::from(divider), "Column divider"));
    let active = response.hovered() || response.dragged();
    if active {
        let stroke = Stroke::new(2.0, palette.current_stroke);
        ui.painter().vline(x, doc_rect.y_range(), stroke);
    }
    if response.double_clicked() {
        commands.push(Command::Settings(SettingsCommand::SetDivider(0.5)));
    } else if response.dragged() {
        if let Some(pointer) = response.interact_pointer_pos() {
            let left_width = pointer.x - doc_rect.min.x - GUTTER_WIDTH / 2.0;
            commands.push(Command::Settings(SettingsCommand::SetDivider(
                left_width / text_width,
            )));
        }
    }
}

/// The strip as one colour per pixel row: the kind most of that row's
/// changes have, stronger the more of the document there is changed. A
/// document with tens of thousands of changes reads as a density rather
/// than a solid bar, and drawing costs as many rectangles as the strip has
/// pixels, whatever the document's length.
fn density(
    input: &ViewInput<'_>,
    cache: &LayoutCache,
    height_px: f32,
    scale: f32,
    palette: &Palette,
) -> Vec<(f32, Color32)> {
    const CLASSES: usize = 5;
    let bins = height_px.max(1.0) as usize;
    // Per pixel row: changed height per class, and all height.
    let mut changed = vec![[0.0f32; CLASSES]; bins];
    let mut all = vec![0.0f32; bins];
    let class = |kind: UnitKind| match kind {
        UnitKind::Added => 0,
        UnitKind::Removed => 1,
        UnitKind::Moved => 2,
        UnitKind::Split | UnitKind::Merged => 4,
        _ => 3,
    };
    for (row, r) in input.rows.iter().enumerate() {
        let top = cache.offsets[row] * scale;
        let h = (cache.heights[row] * scale).max(0.5);
        let first = (top as usize).min(bins - 1);
        let last = ((top + h) as usize).min(bins - 1);
        let kind = match *r {
            Row::Unit(u) => Some(input.cmp.units[u].kind).filter(|k| k.is_change()),
            _ => None,
        };
        for bin in first..=last {
            let share = h / (last - first + 1) as f32;
            all[bin] += share;
            if let Some(k) = kind {
                changed[bin][class(k)] += share;
            }
        }
    }
    let colors = [
        palette.added_bg,
        palette.removed_bg,
        palette.moved_strip,
        palette.rewritten_bg,
        palette.group_stroke,
    ];
    let mut out = Vec::new();
    for bin in 0..bins {
        let total: f32 = changed[bin].iter().sum();
        if total <= 0.0 {
            continue;
        }
        let (most, _) =
            changed[bin].iter().enumerate().fold(
                (3, 0.0),
                |best, (i, &v)| if v > best.1 { (i, v) } else { best },
            );
        // At least a third strong, so a lone change stays visible.
        let strength = (total / all[bin].max(f32::EPSILON)).clamp(0.35, 1.0);
        out.push((bin as f32, colors[most].gamma_multiply(strength)));
    }
    out
}

/// Where the overview strip goes and what it shows of the document.
pub struct Overview {
    pub rect: Rect,
    /// The part of the document on screen.
    pub viewport: Rect,
    /// The whole document's height.
    pub total_height: f32,
}

/// The overview strip: every change as a density, the part on screen
/// outlined; a click jumps there.
pub fn overview_ui(
    ui: &mut Ui,
    input: &ViewInput<'_>,
    cache: &LayoutCache,
    overview: &Overview,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let Overview {
        rect,
        viewport,
        total_height,
    } = *overview;
    let response = ui.interact(rect, ui.scope_id().with("overview"), Sense::click());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Overview of changes"));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    if total_height <= 0.0 {
        return;
    }
    let scale = rect.height() / total_height;
    for (y, color) in density(input, cache, rect.height(), scale, palette) {
        painter.rect_filled(
            Rect::from_min_size(
                pos2(rect.left() + 2.0, rect.top() + y),
                vec2(rect.width() - 4.0, 1.0),
            ),
            0.0,
            color,
        );
    }
    // Both ends of the passage under the pointer, however far apart.
    if let Some(&(left_unit, right_unit)) = input.hot_link.and_then(|l| input.links.units.get(l)) {
        for unit in [left_unit, right_unit] {
            let Some(row) = crate::report::rows::row_of_unit(input.rows, unit) else {
                continue;
            };
            let y = rect.top() + cache.offsets[row] * scale;
            painter.rect_filled(
                Rect::from_min_size(pos2(rect.left(), y - 1.0), vec2(rect.width(), 3.0)),
                0.0,
                palette.linked_stroke,
            );
        }
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
        commands.push(Command::Reading(ReadingCommand::Scroll(ScrollTarget::Row(
            row.min(input.rows.len().saturating_sub(1)),
        ))));
    }
    response.on_hover_text("Overview: where the changes are. Click to jump.");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::link_places::LinkPlaces;
    use std::collections::{BTreeSet, HashMap};

    /// The strip of a pair in which one paragraph in `every` changed,
    /// drawn `height_px` tall.
    fn strip_of(paragraphs: usize, every: usize, height_px: f32) -> Vec<(f32, Color32)> {
        let left: Vec<String> = (0..paragraphs)
            .map(|i| format!("Paragraph {i} says alpha{i} beta{i} gamma{i} delta{i}."))
            .collect();
        let right: Vec<String> = left
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if i % every == 0 {
                    p.replace("beta", "BETA")
                } else {
                    p.clone()
                }
            })
            .collect();
        let cmp = crate::engine::compare::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        let all: BTreeSet<usize> = (0..cmp.units.len()).collect();
        let rows = crate::report::rows::build_rows(&cmp, &all, Default::default());
        let links = LinkPlaces::new(&cmp);
        let found = HashMap::new();
        let input = ViewInput {
            cmp: &cmp,
            rows: &rows,
            version: 0,
            current_unit: None,
            hot: None,
            links: &links,
            hot_link: None,
            found: &found,
            current_found: None,
            font_size: 15.0,
            divider: 0.5,
            scroll: None,
            review: None,
            redline: false,
            badges: None,
            story_versions: &[],
        };
        let mut cache = LayoutCache::default();
        cache.heights = vec![20.0; rows.len()];
        cache.offsets = (0..=rows.len()).map(|i| i as f32 * 20.0).collect();
        let total = rows.len() as f32 * 20.0;
        density(
            &input,
            &cache,
            height_px,
            height_px / total,
            &Palette::new(false),
        )
    }

    /// At 37,000 changes the strip was solid blue: a pixel row stood for
    /// dozens of paragraphs, and any change among them painted it full.
    #[test]
    fn at_37000_changes_the_strip_is_solid_blue() {
        let full = Palette::new(false).rewritten_bg;
        let changed_everywhere = strip_of(4_000, 1, 200.0);
        assert!(
            changed_everywhere.len() <= 200,
            "one mark per pixel row at most"
        );
        assert!(changed_everywhere.iter().all(|(_, c)| *c == full));
        // One paragraph in three changed: every pixel row is paler than a
        // row of changes only.
        let some = strip_of(4_000, 3, 200.0);
        assert!(some.len() > 150);
        assert!(some.iter().all(|(_, c)| *c != full), "drawn as a density");
        // A lone change in a short document is still seen.
        assert!(!strip_of(3, 3, 200.0).is_empty());
    }

    /// One blue meant both "edited" and "split/merged".
    #[test]
    fn in_the_overview_strip_one_blue_means_both_edited_and_split() {
        let palette = Palette::new(false);
        assert_ne!(palette.rewritten_bg, palette.group_stroke);
        for dark in [false, true] {
            let p = Palette::new(dark);
            let colours = [
                p.added_bg,
                p.removed_bg,
                p.moved_strip,
                p.rewritten_bg,
                p.group_stroke,
            ];
            for (i, a) in colours.iter().enumerate() {
                for b in &colours[i + 1..] {
                    assert_ne!(a, b, "each kind has a colour of its own on the strip");
                }
            }
        }
    }
}
