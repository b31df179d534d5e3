//! Colours and text formats for the marks. Colour is never the only cue:
//! removed words are struck through, added words underlined, rewritten
//! words italic, the changed letters of a word that differs by a few
//! letters bold, and the gutter carries a symbol for every changed row. The
//! pieces of one phrase-level change share a faint background and a dotted
//! underline, with the unchanged words inside drawn plain. Text the other
//! side carries elsewhere (a passage link) is double underlined, as Word
//! marks moved text, instead of being marked added or removed.

pub mod legend;
pub mod redline;
pub use redline::{redline_job, Segment};

use crate::engine::model::{ByteRange, Edit, EditKind, Phrase};
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
    /// A rewrite's struck words in the redline, apart from the blue of the
    /// words that replaced them (side by side the column tells them apart).
    pub rewritten_struck_bg: Color32,
    pub phrase_bg: Color32,
    pub hot_bg: Color32,
    pub found_bg: Color32,
    pub current_found_bg: Color32,
    pub removed_cell: Color32,
    pub added_cell: Color32,
    pub moved_cell: Color32,
    pub moved_strip: Color32,
    pub linked_bg: Color32,
    pub linked_stroke: Color32,
    pub group_stroke: Color32,
    pub current_stroke: Color32,
    /// The dashed box around material changes and their "!" badge.
    pub material_stroke: Color32,
    /// The editor's tick on a reviewed change.
    pub reviewed_stroke: Color32,
}

impl Palette {
    /// Text that reads on `fill`: dark on a light fill, light on a dark one.
    pub fn text_on(&self, fill: Color32) -> Color32 {
        let luma =
            0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
        if luma > 140.0 {
            Color32::from_gray(20)
        } else {
            Color32::from_gray(245)
        }
    }

    pub fn new(dark: bool) -> Self {
        if dark {
            Self {
                text: Color32::from_gray(225),
                weak_text: Color32::from_gray(150),
                removed_bg: Color32::from_rgb(110, 35, 40),
                added_bg: Color32::from_rgb(30, 90, 50),
                rewritten_bg: Color32::from_rgb(40, 70, 120),
                rewritten_struck_bg: Color32::from_rgb(105, 78, 30),
                phrase_bg: Color32::from_rgb(38, 44, 56),
                hot_bg: Color32::from_rgb(150, 70, 110),
                found_bg: Color32::from_rgb(120, 110, 0),
                current_found_bg: Color32::from_rgb(220, 90, 0),
                removed_cell: Color32::from_rgb(50, 26, 28),
                added_cell: Color32::from_rgb(22, 48, 30),
                moved_cell: Color32::from_rgb(45, 35, 65),
                moved_strip: Color32::from_rgb(200, 140, 60),
                linked_bg: Color32::from_rgb(20, 75, 80),
                linked_stroke: Color32::from_rgb(90, 200, 210),
                group_stroke: Color32::from_rgb(150, 130, 220),
                current_stroke: Color32::from_rgb(255, 200, 60),
                material_stroke: Color32::from_rgb(245, 140, 210),
                reviewed_stroke: Color32::from_rgb(110, 210, 130),
            }
        } else {
            Self {
                text: Color32::from_gray(20),
                weak_text: Color32::from_gray(110),
                removed_bg: Color32::from_rgb(255, 200, 200),
                added_bg: Color32::from_rgb(190, 240, 200),
                rewritten_bg: Color32::from_rgb(200, 220, 255),
                rewritten_struck_bg: Color32::from_rgb(255, 226, 180),
                phrase_bg: Color32::from_rgb(236, 241, 249),
                hot_bg: Color32::from_rgb(240, 190, 240),
                found_bg: Color32::from_rgb(255, 240, 90),
                current_found_bg: Color32::from_rgb(255, 160, 60),
                removed_cell: Color32::from_rgb(255, 238, 238),
                added_cell: Color32::from_rgb(234, 250, 238),
                moved_cell: Color32::from_rgb(240, 234, 255),
                moved_strip: Color32::from_rgb(210, 140, 40),
                linked_bg: Color32::from_rgb(200, 240, 240),
                linked_stroke: Color32::from_rgb(0, 120, 130),
                group_stroke: Color32::from_rgb(120, 90, 200),
                current_stroke: Color32::from_rgb(230, 140, 0),
                material_stroke: Color32::from_rgb(170, 30, 120),
                reviewed_stroke: Color32::from_rgb(20, 120, 50),
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
    pub phrases: &'a [Phrase],
    pub char_edits: &'a [Edit],
    pub pane: Pane,
    pub font_size: f32,
    pub wrap_width: f32,
    pub hot_edit: Option<usize>,
    pub found: &'a [ByteRange],
    /// The current match of Find, when it is in this cell.
    pub current_found: Option<ByteRange>,
    /// The passage links in this cell (ranges on its pane) and the one
    /// under the pointer.
    pub links: &'a [(ByteRange, usize)],
    pub hot_link: Option<usize>,
}

/// Ranges of one pane, sorted and non-overlapping, walked in step with the
/// pieces of a cell so that a layout costs time linear in its marks.
struct Cursor<'a, T> {
    items: &'a [T],
    range: fn(&T, Pane) -> ByteRange,
    at: usize,
}

impl<'a, T> Cursor<'a, T> {
    fn new(items: &'a [T], range: fn(&T, Pane) -> ByteRange) -> Self {
        Self {
            items,
            range,
            at: 0,
        }
    }
    /// The item (and its index) covering `[a, b)` on `pane`, if any.
    fn covering(&mut self, a: usize, b: usize, pane: Pane) -> Option<(usize, &'a T)> {
        while self.at < self.items.len() && (self.range)(&self.items[self.at], pane).1 <= a {
            self.at += 1;
        }
        let item = self.items.get(self.at)?;
        let r = (self.range)(item, pane);
        (r.0 <= a && b <= r.1).then_some((self.at, item))
    }
}

fn edit_range(e: &Edit, pane: Pane) -> ByteRange {
    match pane {
        Pane::Left => e.left,
        Pane::Right => e.right,
    }
}

fn phrase_range(p: &Phrase, pane: Pane) -> ByteRange {
    match pane {
        Pane::Left => p.left,
        Pane::Right => p.right,
    }
}

/// Builds the highlighted layout of one cell.
pub fn cell_job(spec: &CellSpec<'_>, palette: &Palette) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = spec.wrap_width;
    for (range, format) in cell_pieces(spec, palette) {
        job.append(&spec.text[range.range()], 0.0, format);
    }
    job
}

/// The format every piece of text starts from.
pub fn base_format(font_size: f32, palette: &Palette) -> TextFormat {
    TextFormat {
        font_id: FontId::proportional(font_size),
        color: palette.text,
        // Backgrounds exactly as tall as their line: grown by egui's default
        // point, the next wrapped line's fill covered this line's underline,
        // for colour-blind readers the only cue of added text.
        expand_bg: 0.0,
        ..TextFormat::default()
    }
}

/// The cell's text cut into pieces of one format each, in text order:
/// byte ranges into the document, each with its marks.
pub fn cell_pieces(spec: &CellSpec<'_>, palette: &Palette) -> Vec<(ByteRange, TextFormat)> {
    let base = base_format(spec.font_size, palette);
    let pane = spec.pane;
    let mut pieces = Vec::new();
    let mut edits = Cursor::new(spec.edits, edit_range);
    let mut char_edits = Cursor::new(spec.char_edits, edit_range);
    let mut phrases = Cursor::new(spec.phrases, phrase_range);
    let lettered = lettered_edits(spec.edits, spec.char_edits);
    for w in cuts(spec).windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut format = base.clone();
        if phrases.covering(a, b, pane).is_some() {
            format.background = palette.phrase_bg;
            format.underline = Stroke::new(1.0, palette.weak_text.gamma_multiply(0.6));
        }
        if let Some((index, e)) = edits.covering(a, b, pane) {
            mark(&mut format, e.kind, pane, palette);
            if lettered[index] {
                // Only the changed letters carry a line; the rest of the
                // word is the same on both sides.
                format.strikethrough = Stroke::NONE;
                format.underline = Stroke::NONE;
            }
            if spec.hot_edit == Some(index) && e.kind != EditKind::Unchanged {
                format.background = palette.hot_bg;
            }
        }
        let shown_changed = edits
            .covering(a, b, pane)
            .is_none_or(|(_, e)| e.kind != EditKind::Unchanged);
        let link = spec.links.iter().find(|(r, _)| r.0 <= a && b <= r.1);
        if let Some(&(_, index)) = link.filter(|_| shown_changed) {
            // Text the other side carries elsewhere: not added, not removed.
            link_mark(&mut format, palette, spec.hot_link == Some(index));
        } else if char_edits.covering(a, b, pane).is_some() {
            letter_mark(&mut format, pane, palette);
        }
        found_mark(&mut format, spec, (a, b), palette);
        pieces.push((ByteRange(a, b), format));
    }
    pieces
}

/// Where the cell's text is cut into pieces of one format: every edge of
/// an edit, phrase, match or link inside the cell.
fn cuts(spec: &CellSpec<'_>) -> Vec<usize> {
    let pane = spec.pane;
    let mut cuts: Vec<usize> = vec![spec.span.0, spec.span.1];
    let edges = spec
        .edits
        .iter()
        .chain(spec.char_edits)
        .map(|e| edit_range(e, pane))
        .chain(spec.phrases.iter().map(|p| phrase_range(p, pane)))
        .chain(spec.found.iter().copied())
        .chain(spec.current_found)
        .chain(spec.links.iter().map(|(r, _)| *r));
    for r in edges {
        cuts.extend([r.0, r.1]);
    }
    cuts.retain(|&c| c >= spec.span.0 && c <= spec.span.1 && spec.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// The letters that changed inside a rewritten word: filled, and struck
/// (left) or underlined (right) in bold strokes.
fn letter_mark(format: &mut TextFormat, pane: Pane, palette: &Palette) {
    let (fill, removed) = match pane {
        Pane::Left => (palette.removed_bg, true),
        Pane::Right => (palette.added_bg, false),
    };
    format.background = fill;
    format.italics = false;
    let stroke = Stroke::new(2.0, palette.text);
    if removed {
        format.strikethrough = stroke;
    } else {
        format.underline = stroke;
    }
}

/// Find's matches over every other mark; the current one stands out.
fn found_mark(
    format: &mut TextFormat,
    spec: &CellSpec<'_>,
    (a, b): (usize, usize),
    palette: &Palette,
) {
    if spec.found.iter().any(|f| f.0 <= a && b <= f.1) {
        format.background = palette.found_bg;
    }
    if spec.current_found.is_some_and(|f| f.0 <= a && b <= f.1) {
        format.background = palette.current_found_bg;
        format.underline = Stroke::new(2.0, palette.text);
    }
}

/// The mark of a linked passage: its own background and a double line
/// under it (the second line is painted over the layout, see
/// `view::row`), in place of the added, removed or rewritten marks.
fn link_mark(format: &mut TextFormat, palette: &Palette, hot: bool) {
    format.background = if hot {
        palette.hot_bg
    } else {
        palette.linked_bg
    };
    format.strikethrough = Stroke::NONE;
    format.italics = false;
    format.underline = Stroke::new(1.0, palette.linked_stroke);
}

/// For each edit, whether character-level marks lie inside it.
fn lettered_edits(edits: &[Edit], char_edits: &[Edit]) -> Vec<bool> {
    let mut lettered = vec![false; edits.len()];
    for m in char_edits {
        let after = edits.partition_point(|e| e.left.0 <= m.left.0);
        if let Some(i) = after.checked_sub(1) {
            lettered[i] = edits[i].kind == EditKind::Rewritten;
        }
    }
    lettered
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

#[cfg(test)]
mod tests;
