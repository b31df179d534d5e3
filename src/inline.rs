//! Word-level diff inside one aligned unit.
//!
//! The raw output of a sequence diff on words is confetti: single unchanged
//! words stranded between changes, one phrase reported as five edits. A
//! reader wants phrases. After `similar` diffs the word keys, the result is
//! cleaned the way diff-match-patch's semantic cleanup does: short unchanged
//! islands (one or two words, no sentence end) between two changes are
//! absorbed into one rewrite, and a removal next to an addition becomes a
//! linked rewrite. The work per unit is capped by size and by a deadline,
//! and the cap is recorded on the unit.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp};

use crate::model::{ByteRange, Edit, EditKind};
use crate::segment::{Token, TokenKind};

/// Largest unchanged island (in words) absorbed between two changes.
const MAX_ISLAND_WORDS: usize = 2;
/// Largest unit (tokens per side) that is diffed word by word; larger units
/// are reported as one rewrite and flagged as capped.
pub const MAX_TOKENS_PER_UNIT: usize = 50_000;
/// Time allowed for one unit's word diff before `similar` approximates.
pub const UNIT_DEADLINE_MS: u64 = 250;

/// A run of tokens: equal on both sides, or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Chunk {
    equal: bool,
    left: std::ops::Range<usize>,
    right: std::ops::Range<usize>,
}

/// The result of diffing one unit.
#[derive(Debug, Clone, Default)]
pub struct InlineDiff {
    pub edits: Vec<Edit>,
    /// The size cap or the deadline was hit.
    pub capped: bool,
}

/// Diffs the tokens of a unit. `left_start`/`right_start` are the byte
/// offsets where the unit begins on each side (insertion points for edits
/// at the very start).
pub fn diff_tokens(
    left: &[Token],
    right: &[Token],
    left_start: usize,
    right_start: usize,
) -> InlineDiff {
    let mut capped = false;
    let chunks = if left.len() > MAX_TOKENS_PER_UNIT || right.len() > MAX_TOKENS_PER_UNIT {
        capped = true;
        vec![Chunk {
            equal: false,
            left: 0..left.len(),
            right: 0..right.len(),
        }]
    } else {
        let left_keys: Vec<u64> = left.iter().map(|t| t.key).collect();
        let right_keys: Vec<u64> = right.iter().map(|t| t.key).collect();
        let began = Instant::now();
        let deadline = began + Duration::from_millis(UNIT_DEADLINE_MS);
        let ops = similar::capture_diff_slices_deadline(
            Algorithm::Histogram,
            &left_keys,
            &right_keys,
            Some(deadline),
        );
        if began.elapsed() >= Duration::from_millis(UNIT_DEADLINE_MS) {
            capped = true;
        }
        cleanup(chunks_from_ops(&ops), left)
    };
    InlineDiff {
        edits: to_edits(&chunks, left, right, left_start, right_start),
        capped,
    }
}

fn chunks_from_ops(ops: &[DiffOp]) -> Vec<Chunk> {
    let mut chunks: Vec<Chunk> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, left, right) = op.as_tag_tuple();
        let equal = tag == similar::DiffTag::Equal;
        push_chunk(&mut chunks, Chunk { equal, left, right });
    }
    chunks
}

/// Appends, merging with the previous chunk when both are changes or both
/// are equal.
fn push_chunk(chunks: &mut Vec<Chunk>, chunk: Chunk) {
    if chunk.left.is_empty() && chunk.right.is_empty() {
        return;
    }
    if let Some(last) = chunks.last_mut() {
        if last.equal == chunk.equal {
            last.left.end = chunk.left.end;
            last.right.end = chunk.right.end;
            return;
        }
    }
    chunks.push(chunk);
}

/// Absorbs short unchanged islands between changes into one rewrite:
/// punctuation-only islands always, islands of up to
/// [`MAX_ISLAND_WORDS`] words unless they end a sentence.
fn cleanup(chunks: Vec<Chunk>, left: &[Token]) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len());
    let n = chunks.len();
    for (i, chunk) in chunks.into_iter().enumerate() {
        let between_changes = i > 0 && i + 1 < n;
        let absorb = chunk.equal && between_changes && {
            let island = &left[chunk.left.clone()];
            let words = island.iter().filter(|t| t.kind == TokenKind::Word).count();
            let ends_sentence = island.iter().any(|t| t.kind == TokenKind::Stop);
            // Punctuation alone never stands between two changes; a short
            // run of words does unless it closes a sentence.
            words == 0 || (words <= MAX_ISLAND_WORDS && !ends_sentence)
        };
        push_chunk(
            &mut out,
            Chunk {
                equal: chunk.equal && !absorb,
                ..chunk
            },
        );
    }
    out
}

fn token_span(tokens: &[Token]) -> Option<ByteRange> {
    Some(ByteRange(tokens.first()?.start, tokens.last()?.end))
}

fn to_edits(
    chunks: &[Chunk],
    left: &[Token],
    right: &[Token],
    left_start: usize,
    right_start: usize,
) -> Vec<Edit> {
    let mut edits = Vec::with_capacity(chunks.len());
    let (mut left_at, mut right_at) = (left_start, right_start);
    for chunk in chunks {
        let l = token_span(&left[chunk.left.clone()]);
        let r = token_span(&right[chunk.right.clone()]);
        let kind = match (chunk.equal, l, r) {
            (true, _, _) => EditKind::Unchanged,
            (false, Some(_), Some(_)) => EditKind::Rewritten,
            (false, Some(_), None) => EditKind::Removed,
            (false, None, Some(_)) => EditKind::Added,
            (false, None, None) => continue,
        };
        let l = l.unwrap_or(ByteRange(left_at, left_at));
        let r = r.unwrap_or(ByteRange(right_at, right_at));
        left_at = l.1;
        right_at = r.1;
        edits.push(Edit {
            kind,
            left: l,
            right: r,
        });
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ByteRange;
    use crate::normalize::Normalization;

    fn toks(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        crate::segment::tokens(
            text,
            ByteRange(0, text.len()),
            &Normalization::default(),
            &mut out,
        );
        out
    }

    fn render(left: &str, right: &str) -> String {
        let diff = diff_tokens(&toks(left), &toks(right), 0, 0);
        diff.edits
            .iter()
            .map(|e| match e.kind {
                EditKind::Unchanged => right[e.right.range()].to_string(),
                EditKind::Added => format!("{{+{}+}}", &right[e.right.range()]),
                EditKind::Removed => format!("[-{}-]", &left[e.left.range()]),
                EditKind::Rewritten => format!(
                    "[-{}-]{{+{}+}}",
                    &left[e.left.range()],
                    &right[e.right.range()]
                ),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn added_and_removed_words() {
        assert_eq!(
            render("the quick fox jumps", "the quick brown fox jumps"),
            "the quick {+brown+} fox jumps"
        );
        assert_eq!(render("a b c d e", "a b d e"), "a b [-c-] d e");
    }

    #[test]
    fn small_islands_are_absorbed_into_one_rewrite() {
        let got = render(
            "He said the talks were very productive today.",
            "He claimed the talks proved quite productive today.",
        );
        assert_eq!(
            got,
            "He [-said the talks were very-]{+claimed the talks proved quite+} productive today."
        );
    }

    #[test]
    fn sentence_ends_are_not_absorbed() {
        let got = render("Alpha one. Beta two.", "Gamma one. Delta two.");
        assert_eq!(got, "[-Alpha-]{+Gamma+} one. [-Beta-]{+Delta+} two.");
    }

    #[test]
    fn oversized_units_are_capped_not_diffed() {
        let big: String = "word ".repeat(MAX_TOKENS_PER_UNIT + 10);
        let diff = diff_tokens(&toks(&big), &toks("other"), 0, 0);
        assert!(diff.capped);
        assert_eq!(diff.edits.len(), 1);
        assert_eq!(diff.edits[0].kind, EditKind::Rewritten);
    }
}
