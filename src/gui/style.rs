//! Colours and text formats for the marks. Colour is never the only cue:
//! removed words are struck through, added words underlined, rewritten
//! words italic, and the gutter carries a symbol for every changed row.

use crate::{ByteRange, Edit, EditKind};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

/// Colours for one theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub text: Color32,
    pub weak_text: Color32,
    pub removed_bg: Color32,
    pub added_bg: Color32,
    pub rewritten_bg: Color32,
    pub hot_bg: Color32,
    pub found_bg: Color32,
    pub removed_cell: Color32,
    pub added_cell: Color32,
    pub moved_cell: Color32,
    pub group_stroke: Color32,
    pub current_stroke: Color32,
}

impl Palette {
    pub fn new(dark: bool) -> Self {
        if dark {
            Self {
                text: Color32::from_gray(225),
                weak_text: Color32::from_gray(150),
                removed_bg: Color32::from_rgb(110, 35, 40),
                added_bg: Color32::from_rgb(30, 90, 50),
                rewritten_bg: Color32::from_rgb(40, 70, 120),
                hot_bg: Color32::from_rgb(150, 110, 20),
                found_bg: Color32::from_rgb(140, 120, 0),
                removed_cell: Color32::from_rgb(50, 26, 28),
                added_cell: Color32::from_rgb(22, 48, 30),
                moved_cell: Color32::from_rgb(45, 35, 65),
                group_stroke: Color32::from_rgb(150, 130, 220),
                current_stroke: Color32::from_rgb(255, 200, 60),
            }
        } else {
            Self {
                text: Color32::from_gray(20),
                weak_text: Color32::from_gray(110),
                removed_bg: Color32::from_rgb(255, 200, 200),
                added_bg: Color32::from_rgb(190, 240, 200),
                rewritten_bg: Color32::from_rgb(200, 220, 255),
                hot_bg: Color32::from_rgb(255, 215, 120),
                found_bg: Color32::from_rgb(255, 240, 90),
                removed_cell: Color32::from_rgb(255, 238, 238),
                added_cell: Color32::from_rgb(234, 250, 238),
                moved_cell: Color32::from_rgb(240, 234, 255),
                group_stroke: Color32::from_rgb(120, 90, 200),
                current_stroke: Color32::from_rgb(230, 140, 0),
            }
        }
    }
}

/// Which side a cell shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Left,
    Right,
}

/// What a cell needs to be laid out.
pub struct CellSpec<'a> {
    pub text: &'a str,
    pub span: ByteRange,
    pub edits: &'a [Edit],
    pub pane: Pane,
    pub font_size: f32,
    pub wrap_width: f32,
    pub hot_edit: Option<usize>,
    pub found: &'a [ByteRange],
}

/// Builds the highlighted layout of one cell.
pub fn cell_job(spec: &CellSpec<'_>, palette: &Palette) -> LayoutJob {
    let base = TextFormat {
        font_id: FontId::proportional(spec.font_size),
        color: palette.text,
        ..TextFormat::default()
    };
    let range_of = |e: &Edit| match spec.pane {
        Pane::Left => e.left,
        Pane::Right => e.right,
    };
    let mut cuts: Vec<usize> = vec![spec.span.0, spec.span.1];
    for e in spec.edits {
        let r = range_of(e);
        cuts.extend([r.0, r.1]);
    }
    for f in spec.found {
        cuts.extend([f.0, f.1]);
    }
    cuts.retain(|&c| c >= spec.span.0 && c <= spec.span.1 && spec.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = spec.wrap_width;
    let mut edit_at = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while edit_at < spec.edits.len() && range_of(&spec.edits[edit_at]).1 <= a {
            edit_at += 1;
        }
        let mut format = base.clone();
        if let Some(e) = spec.edits.get(edit_at) {
            let r = range_of(e);
            if r.0 <= a && b <= r.1 {
                mark(&mut format, e.kind, spec.pane, palette);
                if spec.hot_edit == Some(edit_at) && e.kind != EditKind::Unchanged {
                    format.background = palette.hot_bg;
                }
            }
        }
        if spec.found.iter().any(|f| f.0 <= a && b <= f.1) {
            format.background = palette.found_bg;
        }
        job.append(&spec.text[a..b], 0.0, format);
    }
    job
}

fn mark(format: &mut TextFormat, kind: EditKind, pane: Pane, palette: &Palette) {
    let stroke = Stroke::new(1.5, palette.text);
    match (kind, pane) {
        (EditKind::Removed, Pane::Left) => {
            format.background = palette.removed_bg;
            format.strikethrough = stroke;
        }
        (EditKind::Added, Pane::Right) => {
            format.background = palette.added_bg;
            format.underline = stroke;
        }
        (EditKind::Rewritten, _) => {
            format.background = palette.rewritten_bg;
            format.italics = true;
            if pane == Pane::Left {
                format.strikethrough = Stroke::new(1.0, palette.weak_text);
            } else {
                format.underline = Stroke::new(1.0, palette.text);
            }
        }
        _ => {}
    }
}

/// Gutter symbol and accessible name of a unit kind.
pub fn kind_symbol(kind: crate::UnitKind) -> (&'static str, &'static str) {
    use crate::UnitKind as K;
    match kind {
        K::Unchanged => ("", "unchanged"),
        K::Equivalent => ("≈", "equivalent"),
        K::Edited => ("~", "edited"),
        K::Split => ("÷", "split"),
        K::Merged => ("Σ", "merged"),
        K::Moved => ("»", "moved"),
        K::Added => ("+", "added"),
        K::Removed => ("−", "removed"),
    }
}
