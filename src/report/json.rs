//! The JSON report: the comparison's own fields, and with a review a
//! `review` object (see docs/json-format.md).
//!
//! A whole-Bible pair's JSON is ten times its text (47 MB), and writing it
//! on one thread took as long as any stage of the comparison. It is cut
//! into pieces (each side's text, runs of units, the rest), rendered a
//! few at a time over the cores with `serde_json` into buffers and
//! written in order, so the output is byte for byte what one
//! `serde_json::to_writer` call makes of the same fields (a test holds it
//! to that) while memory holds a few pieces, not the whole report.

use std::io::Write;

use crate::engine::model::{Comparison, Side, Unit};
use crate::review::{Mark, ReviewLog};

/// Pieces rendered at once, over the cores, before they are written: more
/// than two, so that a core done with a short piece takes the next rather
/// than waiting for a long one (each side's text is five pieces' worth).
const PIECES_PER_ROUND: usize = 6;

/// Roughly how many edits, phrases and character edits one piece of units
/// holds: about a megabyte of JSON.
const ITEMS_PER_PIECE: usize = 16_384;

#[derive(serde::Serialize)]
struct JsonReview<'a> {
    reviewed: usize,
    changes: usize,
    /// Each marked unit's index in `units`, with its mark.
    marks: Vec<JsonMark<'a>>,
}

#[derive(serde::Serialize)]
struct JsonMark<'a> {
    unit: usize,
    #[serde(flatten)]
    mark: &'a Mark,
}

/// One run of the report's bytes.
enum Piece<'a> {
    Left(&'a Side),
    Right(&'a Side),
    /// The normalisation, and the opening of the unit list.
    Normalization(&'a Comparison),
    /// Units, with a comma first unless they open the list.
    Units {
        units: &'a [Unit],
        first: bool,
    },
    /// The end of the unit list, the links, the statistics and the review.
    Tail(&'a Comparison, Option<&'a JsonReview<'a>>),
}

/// Writes the comparison (and the review of it, if any) as JSON, ended by
/// a newline.
pub(super) fn write_json(
    cmp: &Comparison,
    review: Option<&ReviewLog>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let review = review.map(|log| {
        let changes = cmp.change_indices();
        JsonReview {
            reviewed: log.reviewed_count(cmp, &changes),
            changes: changes.len(),
            marks: log
                .marks_by_unit(cmp)
                .map(|(unit, mark)| JsonMark { unit, mark })
                .collect(),
        }
    });
    let pieces = pieces(cmp, review.as_ref());
    for round in pieces.chunks(PIECES_PER_ROUND) {
        for rendered in crate::engine::parallel::pieces(round, 1, |_, piece| render(&piece[0])) {
            out.write_all(&rendered?)?;
        }
    }
    out.write_all(b"\n")
}

fn pieces<'a>(cmp: &'a Comparison, review: Option<&'a JsonReview<'a>>) -> Vec<Piece<'a>> {
    let mut out = vec![
        Piece::Left(&cmp.left),
        Piece::Right(&cmp.right),
        Piece::Normalization(cmp),
    ];
    let mut start = 0;
    let mut items = 0;
    for (i, unit) in cmp.units.iter().enumerate() {
        items += 1 + unit.edits.len() + unit.phrases.len() + unit.char_edits.len();
        if items >= ITEMS_PER_PIECE || i + 1 == cmp.units.len() {
            out.push(Piece::Units {
                units: &cmp.units[start..=i],
                first: start == 0,
            });
            (start, items) = (i + 1, 0);
        }
    }
    out.push(Piece::Tail(cmp, review));
    out
}

/// About how long a piece's JSON is (a unit's item takes 76 bytes on a
/// whole Bible pair; a side is its text, a little more, and its
/// paragraphs' byte ranges, about 20 bytes each), so that its
/// buffer is made once rather than grown and copied by steps.
fn expected_bytes(piece: &Piece<'_>) -> usize {
    match piece {
        Piece::Left(side) | Piece::Right(side) => {
            side.document.text.len() * 17 / 16 + side.blocks.len() * 24 + 4096
        }
        Piece::Units { units, .. } => units
            .iter()
            .map(|u| 80 * (1 + u.edits.len() + u.phrases.len() + u.char_edits.len()))
            .sum(),
        Piece::Normalization(_) | Piece::Tail(..) => 0,
    }
}

fn render(piece: &Piece<'_>) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(expected_bytes(piece));
    let json = |out: &mut Vec<u8>, value: &dyn erased::Value| value.write_to(out);
    match piece {
        Piece::Left(side) => {
            out.extend_from_slice(b"{\"left\":");
            json(&mut out, side)?;
        }
        Piece::Right(side) => {
            out.extend_from_slice(b",\"right\":");
            json(&mut out, side)?;
        }
        Piece::Normalization(cmp) => {
            out.extend_from_slice(b",\"normalization\":");
            json(&mut out, &cmp.normalization)?;
            out.extend_from_slice(b",\"units\":[");
        }
        Piece::Units { units, first } => {
            let mut writer = super::json_units::UnitWriter::default();
            for (i, unit) in units.iter().enumerate() {
                if i > 0 || !first {
                    out.push(b',');
                }
                writer.unit(unit, &mut out)?;
            }
        }
        Piece::Tail(cmp, review) => {
            out.extend_from_slice(b"],\"links\":");
            json(&mut out, &cmp.links)?;
            // As serde writes the field: only when there is one.
            if !cmp.renamings.is_empty() {
                out.extend_from_slice(b",\"renamings\":");
                json(&mut out, &cmp.renamings)?;
            }
            out.extend_from_slice(b",\"stats\":");
            json(&mut out, &cmp.stats)?;
            if let Some(review) = review {
                out.extend_from_slice(b",\"review\":");
                json(&mut out, *review)?;
            }
            out.push(b'}');
        }
    }
    Ok(out)
}

/// One JSON writer for the pieces' different field types.
mod erased {
    pub(super) trait Value {
        fn write_to(&self, out: &mut Vec<u8>) -> std::io::Result<()>;
    }

    impl<T: serde::Serialize> Value for T {
        fn write_to(&self, out: &mut Vec<u8>) -> std::io::Result<()> {
            serde_json::to_writer(out, self).map_err(std::io::Error::from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report as one `serde_json` call makes it: what the pieces must
    /// add up to.
    #[derive(serde::Serialize)]
    struct Whole<'a> {
        #[serde(flatten)]
        cmp: &'a Comparison,
        #[serde(skip_serializing_if = "Option::is_none")]
        review: Option<&'a JsonReview<'a>>,
    }

    fn pieced(cmp: &Comparison, review: Option<&ReviewLog>) -> String {
        let mut out = Vec::new();
        write_json(cmp, review, &mut out).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    fn whole(cmp: &Comparison, review: Option<&JsonReview<'_>>) -> String {
        let mut out = serde_json::to_string(&Whole { cmp, review }).expect("serialised");
        out.push('\n');
        out
    }

    #[test]
    fn the_pieces_make_what_one_serde_call_makes() {
        let seed = |name: &str| {
            std::fs::read_to_string(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR")))
                .expect("seed")
        };
        let cmp = crate::engine::compare::compare_texts(
            &seed("000_0862837ed87197b0.txt"),
            &seed("001_eb5f9ac6cfce23e2.txt"),
        );
        assert_eq!(pieced(&cmp, None), whole(&cmp, None));
        let mut log = ReviewLog::new(&cmp);
        let changed: Vec<&Unit> = cmp
            .change_indices()
            .iter()
            .map(|&i| &cmp.units[i])
            .collect();
        log.set_reviewed(changed[0], true);
        log.set_note(changed[1], "checked with the desk");
        let review = JsonReview {
            reviewed: log.reviewed_count(&cmp, &cmp.change_indices()),
            changes: changed.len(),
            marks: log
                .marks_by_unit(&cmp)
                .map(|(unit, mark)| JsonMark { unit, mark })
                .collect(),
        };
        let with_review = pieced(&cmp, Some(&log));
        assert!(with_review.contains("checked with the desk"));
        assert_eq!(with_review, whole(&cmp, Some(&review)));
        let empty = crate::engine::compare::compare_texts("", "");
        assert_eq!(pieced(&empty, None), whole(&empty, None));
    }

    /// Many pieces of units: the commas between them.
    #[test]
    fn a_long_unit_list_is_cut_into_pieces_that_join_up() {
        let paragraph = |i: usize| format!("Paragraph {i} says a thing, then another thing.");
        let left: Vec<String> = (0..ITEMS_PER_PIECE / 2).map(paragraph).collect();
        let right: Vec<String> = (0..ITEMS_PER_PIECE / 2)
            .map(|i| {
                paragraph(i).replace("another", if i % 2 == 0 { "one more" } else { "another" })
            })
            .collect();
        let cmp = crate::engine::compare::compare_texts(&left.join("\n\n"), &right.join("\n\n"));
        assert!(pieces(&cmp, None).len() > 5);
        let json = pieced(&cmp, None);
        assert_eq!(json, whole(&cmp, None));
        let back: Comparison = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, cmp);
    }
}
