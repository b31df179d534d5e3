//! Colours and text formats for the marks. Colour is never the only cue:
//! removed words are struck through, added words underlined, rewritten
//! words italic, the changed letters of a word that differs by a few
//! letters bold, and the gutter carries a symbol for every changed row. The
//! pieces of one phrase-level change share a faint background and a dotted
//! underline, with the unchanged words inside drawn plain.

use crate::{ByteRange, Edit, EditKind, Phrase};
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
    pub phrase_bg: Color32,
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
                phrase_bg: Color32::from_rgb(38, 44, 56),
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
                phrase_bg: Color32::from_rgb(236, 241, 249),
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
    pub phrases: &'a [Phrase],
    pub char_edits: &'a [Edit],
    pub pane: Pane,
    pub font_size: f32,
    pub wrap_width: f32,
    pub hot_edit: Option<usize>,
    pub found: &'a [ByteRange],
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
    let base = TextFormat {
        font_id: FontId::proportional(spec.font_size),
        color: palette.text,
        ..TextFormat::default()
    };
    let pane = spec.pane;
    let mut cuts: Vec<usize> = vec![spec.span.0, spec.span.1];
    let edges = spec
        .edits
        .iter()
        .chain(spec.char_edits)
        .map(|e| edit_range(e, pane))
        .chain(spec.phrases.iter().map(|p| phrase_range(p, pane)))
        .chain(spec.found.iter().copied());
    for r in edges {
        cuts.extend([r.0, r.1]);
    }
    cuts.retain(|&c| c >= spec.span.0 && c <= spec.span.1 && spec.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = spec.wrap_width;
    let mut edits = Cursor::new(spec.edits, edit_range);
    let mut char_edits = Cursor::new(spec.char_edits, edit_range);
    let mut phrases = Cursor::new(spec.phrases, phrase_range);
    let lettered = lettered_edits(spec.edits, spec.char_edits);
    for w in cuts.windows(2) {
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
        if char_edits.covering(a, b, pane).is_some() {
            // The letters that changed inside a rewritten word.
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
        if spec.found.iter().any(|f| f.0 <= a && b <= f.1) {
            format.background = palette.found_bg;
        }
        job.append(&spec.text[a..b], 0.0, format);
    }
    job
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
mod tests {
    use super::*;

    fn section_text<'a>(job: &'a LayoutJob, s: &egui::text::LayoutSection) -> &'a str {
        &job.text[s.byte_range.start.0..s.byte_range.end.0]
    }

    /// The text of every section drawn with `background`, in order.
    fn painted(job: &LayoutJob, background: Color32) -> Vec<&str> {
        job.sections
            .iter()
            .filter(|s| s.format.background == background)
            .map(|s| section_text(job, s))
            .collect()
    }

    fn job_for(cmp: &crate::Comparison, pane: Pane, hot_edit: Option<usize>) -> LayoutJob {
        let unit = &cmp.units[0];
        let (text, span) = match pane {
            Pane::Left => (cmp.left.text.as_ref(), unit.left_span().unwrap()),
            Pane::Right => (cmp.right.text.as_ref(), unit.right_span().unwrap()),
        };
        let spec = CellSpec {
            text,
            span,
            edits: &unit.edits,
            phrases: &unit.phrases,
            char_edits: &unit.char_edits,
            pane,
            font_size: 14.0,
            wrap_width: 400.0,
            hot_edit,
            found: &[],
        };
        cell_job(&spec, &Palette::new(false))
    }

    /// Issue "Word marks that claim only what changed": hovering one piece
    /// of a change lights only that piece and its counterpart, never a run
    /// stitched across the unchanged words between pieces.
    #[test]
    fn a_hovered_piece_lights_only_its_counterpart() {
        let cmp = crate::compare_texts(
            "He said the talks were very productive today.",
            "He claimed the talks proved quite productive today.",
        );
        let first_piece = cmp.units[0]
            .edits
            .iter()
            .position(|e| e.kind == EditKind::Rewritten)
            .unwrap();
        let hot = Palette::new(false).hot_bg;
        assert_eq!(
            painted(&job_for(&cmp, Pane::Left, Some(first_piece)), hot),
            ["said"]
        );
        assert_eq!(
            painted(&job_for(&cmp, Pane::Right, Some(first_piece)), hot),
            ["claimed"]
        );
    }

    #[test]
    fn unchanged_words_inside_a_phrase_are_plain_on_its_faint_span() {
        let cmp = crate::compare_texts(
            "He said the talks were very productive today.",
            "He claimed the talks proved quite productive today.",
        );
        let job = job_for(&cmp, Pane::Right, None);
        let palette = Palette::new(false);
        let phrase: String = painted(&job, palette.phrase_bg).concat();
        assert_eq!(phrase, " the talks ");
        let talks = job
            .sections
            .iter()
            .find(|s| section_text(&job, s) == " the talks ")
            .unwrap();
        assert!(
            !talks.format.italics,
            "unchanged words are not drawn as rewritten"
        );
        assert_eq!(
            painted(&job, palette.rewritten_bg),
            ["claimed", "proved quite"]
        );
    }

    #[test]
    fn only_the_changed_letters_of_a_word_carry_a_line() {
        let cmp = crate::compare_texts(
            "God created the heaven and the earth.",
            "God created the heavens and the earth.",
        );
        let palette = Palette::new(false);
        let right = job_for(&cmp, Pane::Right, None);
        let lined: Vec<&str> = right
            .sections
            .iter()
            .filter(|s| s.format.underline.width > 0.0)
            .map(|s| section_text(&right, s))
            .collect();
        assert_eq!(lined, ["s"]);
        assert_eq!(painted(&right, palette.added_bg), ["s"]);
        assert_eq!(painted(&right, palette.rewritten_bg), ["heaven"]);
    }
}
