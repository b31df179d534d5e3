//! The over-marking measure: how many words marked as rewritten are in fact
//! the same on both sides.
//!
//! For each rewritten run, take the longest common subsequence of its left
//! and right words, compared by their keys under the comparison's
//! normalisation. Over-marking is twice the sum of those lengths over all
//! words inside rewritten runs (both sides). 0 means every rewritten word
//! really differs from what stands opposite; the seeds' golden test and the
//! real-text bench hold it at or under 5%.

use similar::{Algorithm, DiffTag};

use crate::engine::model::{ByteRange, Comparison, EditKind};
use crate::engine::segment::{self, Token, TokenKind};

/// Words inside rewritten runs, and how many of them both sides of their
/// run carry in the same order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OverMarking {
    /// Words shared in order, counted on both sides (twice the LCS).
    pub shared_words: usize,
    /// All words inside rewritten runs, both sides.
    pub rewritten_words: usize,
}

impl OverMarking {
    /// The share of rewritten words that are not changed, 0 to 1 (0 when
    /// nothing is rewritten).
    pub fn share(self) -> f64 {
        if self.rewritten_words == 0 {
            0.0
        } else {
            self.shared_words as f64 / self.rewritten_words as f64
        }
    }
}

/// Measures a comparison's over-marking.
pub fn over_marking(cmp: &Comparison) -> OverMarking {
    let mut figure = OverMarking::default();
    let words = |text: &str, range: ByteRange| -> Vec<u64> {
        let mut tokens: Vec<Token> = Vec::new();
        segment::tokens(text, range, &cmp.normalization, &mut tokens);
        tokens
            .iter()
            .filter(|t| t.kind() == TokenKind::Word)
            .map(|t| t.key)
            .collect()
    };
    for unit in &cmp.units {
        for edit in unit.edits.iter().filter(|e| e.kind == EditKind::Rewritten) {
            let left = words(&cmp.left.document.text, edit.left);
            let right = words(&cmp.right.document.text, edit.right);
            figure.rewritten_words += left.len() + right.len();
            let common: usize = similar::capture_diff_slices(Algorithm::Myers, &left, &right)
                .iter()
                .filter(|op| op.tag() == DiffTag::Equal)
                .map(|op| op.as_tag_tuple().1.len())
                .sum();
            figure.shared_words += 2 * common;
        }
    }
    figure
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_kept_in_order_inside_a_rewrite_count_against_it() {
        // Build a comparison by hand whose one rewrite covers shared words.
        let mut cmp = crate::engine::compare::compare_texts(
            "In the beginning God created",
            "At first, God made",
        );
        let whole = crate::engine::model::Edit::new(
            EditKind::Rewritten,
            ByteRange(0, cmp.left.document.text.len()),
            ByteRange(0, cmp.right.document.text.len()),
        );
        cmp.units[0].edits = vec![whole];
        let figure = over_marking(&cmp);
        assert_eq!(figure.rewritten_words, 5 + 4);
        assert_eq!(figure.shared_words, 2, "God on both sides");
    }

    #[test]
    fn the_word_diff_itself_does_not_over_mark() {
        let cmp = crate::engine::compare::compare_texts(
            "In the beginning God created the heaven and the earth.",
            "In the beginning, God created the heavens and the earth.",
        );
        assert_eq!(over_marking(&cmp).shared_words, 0);
    }
}
