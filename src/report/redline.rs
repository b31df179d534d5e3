//! The redline of one unit as runs, with no toolkit in sight: the right
//! text in order, every word of it once, with the left's removed words
//! struck just before the words that replaced them, as Word shows tracked
//! changes. The app's redline column and the HTML report's both draw these
//! runs, so they read the same, and a property test checks the one rule
//! that matters: leave out the struck runs and the spaces set around them
//! and what remains is the right text, byte for byte.

use crate::engine::model::{ByteRange, Comparison, Edit, EditKind, Material, Unit, UnitKind};

/// What a run of the redline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// Right text both sides have.
    Kept,
    /// Right text the left lacks (added, or the new words of a rewrite).
    Inserted,
    /// Left text the right dropped, struck through (its bytes are the
    /// left's).
    Struck,
    /// One space from neither document, setting struck words off from
    /// the words around them.
    Space,
}

/// One run of the redline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedlineRun {
    pub kind: RunKind,
    /// Bytes of the left text for [`RunKind::Struck`], of the right text
    /// otherwise; empty for [`RunKind::Space`].
    pub bytes: ByteRange,
    /// The index in `unit.edits` of the edit the run comes from (a space
    /// set around struck words counts as its edit's); `None` for right
    /// text between edits and for a whole paragraph.
    pub edit: Option<usize>,
    /// The material change the run belongs to, if any.
    pub material: Option<Material>,
}

impl RedlineRun {
    /// The run's text: a space, or its bytes of the left or right text.
    pub fn text<'a>(&self, cmp: &'a Comparison) -> &'a str {
        match self.kind {
            RunKind::Space => " ",
            RunKind::Struck => &cmp.left.document.text[self.bytes.range()],
            RunKind::Kept | RunKind::Inserted => &cmp.right.document.text[self.bytes.range()],
        }
    }
}

/// The runs of `unit`'s redline, in reading order.
pub fn redline_runs(cmp: &Comparison, unit: &Unit) -> Vec<RedlineRun> {
    let run = |kind, bytes| RedlineRun {
        kind,
        bytes,
        edit: None,
        material: None,
    };
    match (unit.kind, unit.left_span(), unit.right_span()) {
        (_, Some(span), None) | (UnitKind::Removed, Some(span), _) => {
            vec![run(RunKind::Struck, span)]
        }
        (UnitKind::Added, _, Some(span)) => vec![run(RunKind::Inserted, span)],
        (UnitKind::Unchanged | UnitKind::Equivalent, _, Some(span)) => {
            vec![run(RunKind::Kept, span)]
        }
        (_, _, Some(span)) => Runs::new(cmp).edited(unit, span),
        (_, None, None) => Vec::new(),
    }
}

/// The runs being built for an edited unit.
struct Runs<'a> {
    left: &'a str,
    right: &'a str,
    out: Vec<RedlineRun>,
    /// The last character written so far, of either side.
    last: Option<char>,
}

impl<'a> Runs<'a> {
    fn new(cmp: &'a Comparison) -> Self {
        Self {
            left: &cmp.left.document.text,
            right: &cmp.right.document.text,
            out: Vec::new(),
            last: None,
        }
    }

    fn push(&mut self, kind: RunKind, bytes: ByteRange, edit: Option<(usize, &Edit)>) {
        if bytes.0 >= bytes.1 && kind != RunKind::Space {
            return;
        }
        self.last = match kind {
            RunKind::Space => Some(' '),
            RunKind::Struck => self.left[bytes.range()].chars().next_back(),
            RunKind::Kept | RunKind::Inserted => self.right[bytes.range()].chars().next_back(),
        };
        self.out.push(RedlineRun {
            kind,
            bytes,
            edit: edit.map(|(i, _)| i),
            material: edit.and_then(|(_, e)| e.material),
        });
    }

    /// The right text of `span` with every edit's struck words before its
    /// new ones. Right text between edits (spaces the diff left out) is
    /// kept; an edit reaching back over text already written gives only
    /// its new part, so no word is written twice.
    fn edited(mut self, unit: &Unit, span: ByteRange) -> Vec<RedlineRun> {
        let mut cursor = span.0;
        for (index, edit) in unit.edits.iter().enumerate() {
            let from = Some((index, edit));
            let right = ByteRange(edit.right.0.max(cursor), edit.right.1.max(cursor));
            if right.0 > cursor {
                self.push(RunKind::Kept, ByteRange(cursor, right.0), None);
            }
            let struck = matches!(edit.kind, EditKind::Removed | EditKind::Rewritten)
                && !edit.left.is_empty();
            if struck {
                let old = &self.left[edit.left.range()];
                if self.last.is_some_and(|c| !c.is_whitespace())
                    && !old.starts_with(char::is_whitespace)
                {
                    self.push(RunKind::Space, ByteRange(right.0, right.0), from);
                }
                self.push(RunKind::Struck, edit.left, from);
                let next = self.right.get(right.0..).and_then(|t| t.chars().next());
                if !old.ends_with(char::is_whitespace)
                    && next.is_some_and(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
                {
                    self.push(RunKind::Space, ByteRange(right.0, right.0), from);
                }
            }
            let kind = match edit.kind {
                EditKind::Unchanged => RunKind::Kept,
                _ => RunKind::Inserted,
            };
            self.push(kind, right, from);
            cursor = right.1;
        }
        if span.1 > cursor {
            self.push(RunKind::Kept, ByteRange(cursor, span.1), None);
        }
        self.out
    }
}

/// The redline's text with the struck runs and the spaces around them
/// left out: the right text of the unit, when the runs are right.
pub fn without_struck(cmp: &Comparison, runs: &[RedlineRun]) -> String {
    runs.iter()
        .filter(|r| matches!(r.kind, RunKind::Kept | RunKind::Inserted))
        .map(|r| r.text(cmp))
        .collect()
}

/// The redline's text as read, struck words included.
pub fn redline_text(cmp: &Comparison, runs: &[RedlineRun]) -> String {
    runs.iter().map(|r| r.text(cmp)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs_of(left: &str, right: &str) -> (Comparison, Vec<Vec<RedlineRun>>) {
        let cmp = crate::compare_texts(left, right);
        let runs = cmp.units.iter().map(|u| redline_runs(&cmp, u)).collect();
        (cmp, runs)
    }

    #[test]
    fn removed_words_come_struck_before_their_replacement() {
        let (cmp, runs) = runs_of(
            "The mayor spoke on Monday about the budget.",
            "The mayor spoke on Tuesday about the new budget.",
        );
        assert_eq!(
            redline_text(&cmp, &runs[0]),
            "The mayor spoke on Monday Tuesday about the new budget."
        );
        let struck: Vec<&str> = runs[0]
            .iter()
            .filter(|r| r.kind == RunKind::Struck)
            .map(|r| r.text(&cmp))
            .collect();
        assert_eq!(struck, vec!["Monday"]);
        assert_eq!(
            without_struck(&cmp, &runs[0]),
            "The mayor spoke on Tuesday about the new budget."
        );
    }

    #[test]
    fn a_paragraph_one_side_lacks_is_one_run() {
        let (cmp, runs) = runs_of("Kept here today.\n\nGone entirely now.", "Kept here today.");
        assert_eq!(runs[1].len(), 1);
        assert_eq!(runs[1][0].kind, RunKind::Struck);
        assert_eq!(runs[1][0].text(&cmp), "Gone entirely now.");
    }
}
