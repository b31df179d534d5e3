//! The redline: one column holding the right text, with the words the left
//! had and the right dropped struck through inline, just before the words
//! that replaced them, as Word shows tracked changes. It is made from the
//! pieces of the two side-by-side cells ([`super::cell_pieces`]), so every
//! mark (letters, phrases, shared passages, find) looks as it does side by
//! side. A [`Segment`] list says where each piece of the layout came from,
//! so hovering, clicking and drawing over the text can find their way back
//! to the documents.

use egui::text::{LayoutJob, TextFormat};
use egui::Stroke;

use super::{Palette, Pane};
use crate::engine::model::{ByteRange, Comparison, Unit, UnitKind};
use crate::report::redline::{redline_runs, RunKind};

/// A run of a layout's characters taken from one document, in one piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub pane: Pane,
    /// The bytes of that pane's text.
    pub bytes: ByteRange,
    /// Where the run starts in the layout, in characters.
    pub first_char: usize,
}

/// What the redline of one unit is made from: the unit, both texts, and
/// the pieces of each side's cell (none for a side without text).
pub struct RedlineParts<'a> {
    pub unit: &'a Unit,
    pub cmp: &'a Comparison,
    pub left: Vec<(ByteRange, TextFormat)>,
    pub right: Vec<(ByteRange, TextFormat)>,
    pub wrap_width: f32,
}

/// Lays out one unit as a redline; returns the layout and its segments.
// Over 80 lines: one walk over the redline's runs, each kind of run
// formatted in its own arm; split, the builder's state (the pieces of each
// side still to place) would pass through every helper.
pub fn redline_job(parts: RedlineParts<'_>, palette: &Palette) -> (LayoutJob, Vec<Segment>) {
    let mut out = Builder {
        job: LayoutJob::default(),
        segments: Vec::new(),
        chars: 0,
        joined: false,
    };
    out.job.wrap.max_width = parts.wrap_width;
    let (left_text, right_text) = (
        &*parts.cmp.left.document.text,
        &*parts.cmp.right.document.text,
    );
    let whole = |pieces: Vec<(ByteRange, TextFormat)>, added: bool| {
        // A paragraph only one side has carries no word marks: the whole
        // of it is struck, or underlined.
        pieces
            .into_iter()
            .map(|(range, mut format)| {
                let stroke = Stroke::new(1.5, palette.text);
                if added {
                    format.background = palette.added_bg;
                    format.underline = stroke;
                } else {
                    format.background = palette.removed_bg;
                    format.strikethrough = stroke;
                }
                (range, format)
            })
            .collect::<Vec<_>>()
    };
    match (parts.left.is_empty(), parts.right.is_empty()) {
        (_, true) => {
            for (range, format) in whole(parts.left, false) {
                out.push(Pane::Left, left_text, range, format);
            }
            return (out.job, out.segments);
        }
        (true, false) if parts.unit.kind == UnitKind::Added => {
            for (range, format) in whole(parts.right, true) {
                out.push(Pane::Right, right_text, range, format);
            }
            return (out.job, out.segments);
        }
        _ => {}
    }
    // The runs say what to write and in which order (the same as the HTML
    // report's); the cells' pieces say how each part looks.
    let mut right = Walk::new(&parts.right);
    let mut left = Walk::new(&parts.left);
    let plain = parts.right.first().map(|(_, f)| f);
    let strike = Stroke::new(1.5, palette.text);
    for run in redline_runs(parts.cmp, parts.unit) {
        match run.kind {
            RunKind::Kept | RunKind::Inserted => {
                for (range, format) in right.until(run.bytes.1) {
                    out.push(Pane::Right, right_text, range, format);
                }
            }
            RunKind::Struck => {
                // Struck whatever the left cell shows them as: words the
                // right carries elsewhere are still gone from here.
                for (range, mut format) in left.within(run.bytes) {
                    if format.strikethrough == Stroke::NONE {
                        format.strikethrough = strike;
                    }
                    // Struck and inserted rewrites stand in one column:
                    // each has its own colour.
                    if format.background == palette.rewritten_bg {
                        format.background = palette.rewritten_struck_bg;
                    }
                    out.push(Pane::Left, left_text, range, format);
                }
            }
            // No space after an opening quotation mark or a space.
            RunKind::Space if out.ends_open() => {}
            RunKind::Space => out.space(plain),
        }
    }
    for (range, format) in right.until(usize::MAX) {
        out.push(Pane::Right, right_text, range, format);
    }
    (out.job, out.segments)
}

/// The layout being built and where its characters came from.
struct Builder {
    job: LayoutJob,
    segments: Vec<Segment>,
    chars: usize,
    /// Whether the next piece may extend the last segment (no space was
    /// put in between).
    joined: bool,
}

impl Builder {
    fn push(&mut self, pane: Pane, text: &str, range: ByteRange, format: TextFormat) {
        let piece = &text[range.range()];
        match self.segments.last_mut() {
            Some(last) if self.joined && last.pane == pane && last.bytes.1 == range.0 => {
                last.bytes.1 = range.1;
            }
            _ => self.segments.push(Segment {
                pane,
                bytes: range,
                first_char: self.chars,
            }),
        }
        self.joined = true;
        self.chars += piece.chars().count();
        self.job.append(piece, 0.0, format);
    }

    /// Whether the layout so far ends in a space or an opening mark (or
    /// is empty): a separating space there would stand inside a quotation.
    fn ends_open(&self) -> bool {
        self.job
            .text
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "“‘\"'([".contains(c))
    }

    /// A plain space after struck words, in the format of `like` without
    /// its marks; it comes from neither document.
    fn space(&mut self, like: Option<&TextFormat>) {
        let mut format = like.cloned().unwrap_or_default();
        format.background = egui::Color32::TRANSPARENT;
        format.underline = Stroke::NONE;
        format.strikethrough = Stroke::NONE;
        format.italics = false;
        self.job.append(" ", 0.0, format);
        self.chars += 1;
        self.joined = false;
    }
}

/// Walks a cell's pieces in text order, handing out the parts of them
/// inside a byte range.
struct Walk<'a> {
    pieces: &'a [(ByteRange, TextFormat)],
    at: usize,
    /// Bytes before this were handed out already.
    done: usize,
}

impl<'a> Walk<'a> {
    fn new(pieces: &'a [(ByteRange, TextFormat)]) -> Self {
        Self {
            pieces,
            at: 0,
            done: pieces.first().map_or(0, |(r, _)| r.0),
        }
    }

    /// The pieces from where the last call stopped up to byte `end`.
    fn until(&mut self, end: usize) -> Vec<(ByteRange, TextFormat)> {
        let mut out = Vec::new();
        while let Some((range, format)) = self.pieces.get(self.at) {
            let from = range.0.max(self.done);
            let to = range.1.min(end);
            if from >= end {
                break;
            }
            if from < to {
                out.push((ByteRange(from, to), format.clone()));
            }
            if range.1 <= end {
                self.at += 1;
                self.done = range.1;
            } else {
                self.done = to.max(self.done);
                break;
            }
        }
        out
    }

    /// The pieces inside `range` (which lies after what was handed out).
    fn within(&mut self, range: ByteRange) -> Vec<(ByteRange, TextFormat)> {
        self.done = self.done.max(range.0);
        while self
            .pieces
            .get(self.at)
            .is_some_and(|(r, _)| r.1 <= range.0)
        {
            self.at += 1;
        }
        self.until(range.1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{cell_pieces, CellSpec};
    use super::*;

    fn redline(
        left: &str,
        right: &str,
    ) -> (LayoutJob, Vec<Segment>, crate::engine::model::Comparison) {
        redline_of(left, right, 0)
    }

    fn redline_of(
        left: &str,
        right: &str,
        unit: usize,
    ) -> (LayoutJob, Vec<Segment>, crate::engine::model::Comparison) {
        let cmp = crate::engine::compare::compare_texts(left, right);
        let unit = &cmp.units[unit];
        let palette = Palette::new(false);
        let pieces = |pane: Pane| {
            let (text, span) = match pane {
                Pane::Left => (cmp.left.document.text.as_ref(), unit.left_span()),
                Pane::Right => (cmp.right.document.text.as_ref(), unit.right_span()),
            };
            let Some(span) = span else {
                return Vec::new();
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
                hot_edit: None,
                found: &[],
                current_found: None,
                links: &[],
                hot_link: None,
            };
            cell_pieces(&spec, &palette)
        };
        let parts = RedlineParts {
            unit,
            cmp: &cmp,
            left: pieces(Pane::Left),
            right: pieces(Pane::Right),
            wrap_width: 400.0,
        };
        let (job, segments) = redline_job(parts, &palette);
        (job, segments, cmp.clone())
    }

    fn struck(job: &LayoutJob) -> Vec<&str> {
        job.sections
            .iter()
            .filter(|s| s.format.strikethrough != Stroke::NONE)
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn removed_words_are_struck_before_the_words_that_replaced_them() {
        let (job, _, _) = redline(
            "The mayor spoke on Monday about the budget.",
            "The mayor spoke on Tuesday about the new budget.",
        );
        assert_eq!(
            job.text,
            "The mayor spoke on Monday Tuesday about the new budget."
        );
        assert_eq!(struck(&job), vec!["Monday"]);
    }

    #[test]
    fn segments_lead_back_to_the_documents() {
        let (job, segments, cmp) =
            redline("The council met on Monday.", "The council met on Tuesday.");
        let mut rebuilt = String::new();
        for s in &segments {
            let text = match s.pane {
                Pane::Left => &cmp.left.document.text,
                Pane::Right => &cmp.right.document.text,
            };
            assert_eq!(
                job.text
                    .chars()
                    .skip(s.first_char)
                    .take(text[s.bytes.range()].chars().count())
                    .collect::<String>(),
                &text[s.bytes.range()]
            );
            rebuilt.push_str(&text[s.bytes.range()]);
        }
        assert_eq!(segments.iter().filter(|s| s.pane == Pane::Left).count(), 1);
        assert_eq!(rebuilt.replace("Monday", "Monday "), job.text);
    }

    /// Issue 30, 002 vs 003: the quote 003 moved up a paragraph was drawn
    /// as carried elsewhere, not struck, so the redline read "Trump said
    /// they would be “It was … many things ~~and will~~ be meeting".
    #[test]
    fn struck_words_carried_elsewhere_are_struck_and_be_stands_once() {
        let seed = |name: &str| {
            std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("seeds")
                    .join(name),
            )
            .unwrap()
        };
        let (left, right) = (
            seed("002_071138934c7246b1.txt"),
            seed("003_40b6f1b6974d403b.txt"),
        );
        let cmp = crate::compare_texts(&left, &right);
        let unit = cmp
            .units
            .iter()
            .position(|u| {
                u.right_span().is_some_and(|s| {
                    cmp.right.document.text[s.range()].starts_with("Trump said they")
                })
            })
            .unwrap();
        let (job, _, _) = redline_of(&left, &right, unit);
        assert_eq!(
            struck(&job).concat(),
            "It was an extremely productive call, we agree on many things, and will be"
        );
        assert!(
            job.text.starts_with("Trump said they would be “It was"),
            "{}",
            job.text
        );
        assert_eq!(job.text.matches(" be ").count(), 2, "{}", job.text);
    }

    #[test]
    fn a_paragraph_one_side_lacks_is_struck_or_underlined_whole() {
        let (left, right) = (
            "Kept paragraph here today.\n\nGone paragraph entirely now.",
            "Kept paragraph here today.",
        );
        let (job, segments, cmp) = redline_of(left, right, 1);
        assert_eq!(cmp.units[1].kind, UnitKind::Removed);
        assert_eq!(job.text, "Gone paragraph entirely now.");
        assert_eq!(struck(&job), vec!["Gone paragraph entirely now."]);
        assert_eq!(segments[0].pane, Pane::Left);
        let (job, _, cmp) = redline_of(right, left, 1);
        assert_eq!(cmp.units[1].kind, UnitKind::Added);
        assert!(job
            .sections
            .iter()
            .all(|s| s.format.underline != Stroke::NONE));
    }
}
