//! The legend's samples laid out with the panes' own marks (the same
//! functions that mark a cell's words), so each entry looks as the mark
//! it explains. What is painted over a layout (the second line of a
//! shared passage, the dashed box, the dimming veil) is drawn by
//! `crate::gui::legend` with the view's painters.

use egui::text::{LayoutJob, TextFormat};
use egui::Stroke;

use super::{base_format, letter_mark, link_mark, mark, Palette, Pane};
use crate::engine::model::EditKind;
use crate::report::wording::{LegendEntry, LegendMark};

/// The sample text of `entry`, marked as the panes mark it.
pub fn sample_job(entry: &LegendEntry, palette: &Palette, font_size: f32) -> LayoutJob {
    let base = base_format(font_size, palette);
    let marked = |kind: EditKind, pane: Pane| {
        let mut format = base.clone();
        mark(&mut format, kind, pane, palette);
        format
    };
    let mut job = LayoutJob::default();
    let mut add = |text: &str, format: TextFormat| job.append(text, 0.0, format);
    match entry.mark {
        LegendMark::Struck => add(entry.sample, marked(EditKind::Removed, Pane::Left)),
        LegendMark::Inserted => add(entry.sample, marked(EditKind::Added, Pane::Right)),
        LegendMark::Rewritten => add(entry.sample, marked(EditKind::Rewritten, Pane::Right)),
        LegendMark::RewrittenStruck => {
            let mut format = marked(EditKind::Rewritten, Pane::Left);
            format.strikethrough = Stroke::new(1.5, palette.text);
            format.background = palette.rewritten_struck_bg;
            add(entry.sample, format);
        }
        LegendMark::Letters => {
            // The word's last letter changed: only it carries the line.
            let split = entry.sample.len() - entry.sample.chars().last().map_or(0, char::len_utf8);
            let mut word = marked(EditKind::Rewritten, Pane::Right);
            word.underline = Stroke::NONE;
            let mut letters = word.clone();
            letter_mark(&mut letters, Pane::Right, palette);
            add(&entry.sample[..split], word);
            add(&entry.sample[split..], letters);
        }
        LegendMark::Band => {
            let mut band = base.clone();
            band.background = palette.phrase_bg;
            band.underline = Stroke::new(1.0, palette.weak_text.gamma_multiply(0.6));
            let words: Vec<&str> = entry.sample.split(' ').collect();
            let last = words.len().saturating_sub(1);
            for (i, word) in words.iter().enumerate() {
                let mut format = band.clone();
                if i == 0 || i == last {
                    mark(&mut format, EditKind::Rewritten, Pane::Right, palette);
                }
                add(word, format);
                if i < last {
                    add(" ", band.clone());
                }
            }
        }
        LegendMark::DoubleUnderline => {
            let mut format = base.clone();
            link_mark(&mut format, palette, false);
            add(entry.sample, format);
        }
        LegendMark::DashedBox => add(entry.sample, marked(EditKind::Added, Pane::Right)),
        LegendMark::Kind(_) | LegendMark::MaterialFlag | LegendMark::Boilerplate => {
            add(entry.sample, base.clone())
        }
    }
    job
}
