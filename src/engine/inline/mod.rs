//! Word-level diff inside one aligned unit.
//!
//! Every mark is a claim: a word marked rewritten must differ from its
//! counterpart. So the diff runs in two passes. `similar`'s Histogram diff
//! on the word keys gives readable anchors; then each changed region is
//! diffed again with Myers (a longest common subsequence), so that no word
//! both sides of a region carry in the same order stays marked as changed.
//!
//! A reader still wants phrases, not confetti. Short unchanged islands (one
//! or two words, no sentence end) between two changes join the changes into
//! one [`Phrase`](crate::engine::model::Phrase): a span that displays draw faintly,
//! with the unchanged words inside it drawn plain. The grouping is visual
//! only; the edits inside say exactly what changed.
//!
//! A rewritten word that differs from its counterpart by a few characters
//! ("heaven" / "heavens", "neighbour" / "neighbor") also gets
//! character-level marks ([`chars`]).
//!
//! **The over-marking measure** ([`measure::over_marking`]): for each
//! rewritten run, the longest common subsequence of its left and right words
//! after normalisation; twice its length over all words in rewritten runs.
//! It is the share of words marked changed that are not. The seeds' golden
//! test holds it at or under 5%.
//!
//! The work per unit is capped by size and by a deadline, and the cap is
//! recorded on the unit.

pub mod chars;
pub mod measure;

use std::ops::Range;
use std::time::{Duration, Instant};

use similar::algorithms::{Compact, DiffHook};
use similar::Algorithm;

use crate::engine::model::{ByteRange, Edit, EditKind, Phrase};
use crate::engine::segment::{Token, TokenKind};

/// Largest unchanged island (in words) that joins two changes into a phrase.
const MAX_ISLAND_WORDS: usize = 2;
/// Largest unit (tokens per side) that is diffed word by word; larger units
/// are reported as one rewrite and flagged as capped.
pub const MAX_TOKENS_PER_UNIT: usize = 50_000;
/// Time allowed for one unit's word diff before `similar` approximates.
pub const UNIT_DEADLINE_MS: u64 = 250;
/// Units this small (tokens on both sides) cannot take long: they are
/// diffed without a deadline, which spares a clock read per step and two
/// per unit (a whole Bible has 31,000).
const NO_DEADLINE_TOKENS: usize = 2_000;

/// A run of tokens: equal on both sides, or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Chunk {
    equal: bool,
    left: Range<usize>,
    right: Range<usize>,
}

/// The result of diffing one unit.
#[derive(Debug, Clone, Default)]
pub struct InlineDiff {
    pub edits: Vec<Edit>,
    /// Phrase-level changes joining several edits.
    pub phrases: Vec<Phrase>,
    /// Character-level marks inside rewritten words.
    pub char_edits: Vec<Edit>,
    /// The size cap or the deadline was hit.
    pub capped: bool,
    /// How many words the edits hold, by kind.
    pub words: EditWords,
}

/// Words in a unit's edits by kind, counted from the diff's own token
/// runs: the statistics and the unit's similarity need them, and finding
/// each edit's tokens again by its byte range cost a search per edit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EditWords {
    /// Right-side words of unchanged edits.
    pub unchanged: usize,
    /// Right-side words of added edits.
    pub added: usize,
    /// Left-side words of removed edits.
    pub removed: usize,
    /// Left-side words of rewritten edits.
    pub rewritten_left: usize,
    /// Right-side words of rewritten edits.
    pub rewritten_right: usize,
}

impl EditWords {
    /// Counts the words of each chunk into its edit's kind.
    fn count(chunks: &[Chunk], left: &[Token], right: &[Token]) -> Self {
        let words = |tokens: &[Token]| {
            tokens
                .iter()
                .filter(|t| t.kind() == TokenKind::Word)
                .count()
        };
        let mut out = Self::default();
        for chunk in chunks {
            let l = words(&left[chunk.left.clone()]);
            let r = words(&right[chunk.right.clone()]);
            match (chunk.equal, chunk.left.is_empty(), chunk.right.is_empty()) {
                (true, _, _) => out.unchanged += r,
                (false, false, false) => {
                    out.rewritten_left += l;
                    out.rewritten_right += r;
                }
                (false, false, true) => out.removed += l,
                (false, true, _) => out.added += r,
            }
        }
        out
    }
}

/// Diffs the tokens of a unit. `texts` are the two documents the tokens
/// index into; `left_start`/`right_start` are the byte offsets where the
/// unit begins on each side (insertion points for edits at the very start).
pub fn diff_tokens(
    tokens: (&[Token], &[Token]),
    texts: (&str, &str),
    left_start: usize,
    right_start: usize,
) -> InlineDiff {
    let (left, right) = tokens;
    if left.len() > MAX_TOKENS_PER_UNIT || right.len() > MAX_TOKENS_PER_UNIT {
        let whole = [Chunk {
            equal: false,
            left: 0..left.len(),
            right: 0..right.len(),
        }];
        return InlineDiff {
            edits: to_edits(&whole, left, right, left_start, right_start),
            capped: true,
            words: EditWords::count(&whole, left, right),
            ..InlineDiff::default()
        };
    }
    let left_keys: Vec<u64> = left.iter().map(|t| t.key).collect();
    let right_keys: Vec<u64> = right.iter().map(|t| t.key).collect();
    // The clock is read only for a unit large enough to have a deadline:
    // a small one is diffed exactly however long it takes (on a loaded
    // machine), and so is never reported capped.
    let deadline = (left.len() + right.len() > NO_DEADLINE_TOKENS)
        .then(|| Instant::now() + Duration::from_millis(UNIT_DEADLINE_MS));
    let chunks = refine(
        histogram_chunks(&left_keys, &right_keys, deadline),
        &left_keys,
        &right_keys,
        deadline,
    );
    let capped = deadline.is_some_and(|deadline| Instant::now() >= deadline);
    let edits = to_edits(&chunks, left, right, left_start, right_start);
    let phrases = phrases(&chunks, &edits, left);
    let char_edits = chars::in_words(&edits, texts);
    InlineDiff {
        edits,
        phrases,
        char_edits,
        capped,
        words: EditWords::count(&chunks, left, right),
    }
}

/// The chunks of `similar`'s histogram diff of two key lists, compacted
/// as `capture_diff_slices_deadline` compacts them (its `Compact` hook),
/// built straight from the diff's steps: the same chunks as merging its
/// captured operations, without the list of them it makes and merges
/// (a whole Bible pair diffs 31,000 units).
fn histogram_chunks(left: &[u64], right: &[u64], deadline: Option<Instant>) -> Vec<Chunk> {
    let mut hook = Compact::new(ChunkHook::default(), left, right);
    let diffed = similar::algorithms::diff_deadline(
        Algorithm::Histogram,
        &mut hook,
        left,
        0..left.len(),
        right,
        0..right.len(),
        deadline,
    );
    match diffed {
        Ok(()) => hook.into_inner().chunks,
        Err(never) => match never {},
    }
}

/// Collects a diff's steps as [`Chunk`]s (see [`histogram_chunks`]).
#[derive(Default)]
struct ChunkHook {
    chunks: Vec<Chunk>,
}

impl ChunkHook {
    fn push(&mut self, equal: bool, left: Range<usize>, right: Range<usize>) {
        push_chunk(&mut self.chunks, Chunk { equal, left, right });
    }
}

impl DiffHook for ChunkHook {
    type Error = std::convert::Infallible;

    fn equal(&mut self, left: usize, right: usize, len: usize) -> Result<(), Self::Error> {
        self.push(true, left..left + len, right..right + len);
        Ok(())
    }

    fn delete(&mut self, left: usize, left_len: usize, right: usize) -> Result<(), Self::Error> {
        self.push(false, left..left + left_len, right..right);
        Ok(())
    }

    fn insert(&mut self, left: usize, right: usize, right_len: usize) -> Result<(), Self::Error> {
        self.push(false, left..left, right..right + right_len);
        Ok(())
    }
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

/// Diffs each changed region with both sides non-empty again, with Myers,
/// so that words the region shares in order come out unchanged. Histogram
/// anchors on rare words and can leave common ones inside a change.
fn refine(
    chunks: Vec<Chunk>,
    left_keys: &[u64],
    right_keys: &[u64],
    deadline: Option<Instant>,
) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len());
    for chunk in chunks {
        let (l, r) = (
            &left_keys[chunk.left.clone()],
            &right_keys[chunk.right.clone()],
        );
        if chunk.equal || l.is_empty() || r.is_empty() || !any_shared(l, r) {
            push_chunk(&mut out, chunk);
            continue;
        }
        let ops = similar::capture_diff_slices_deadline(Algorithm::Myers, l, r, deadline);
        for op in ops {
            let (tag, l, r) = op.as_tag_tuple();
            push_chunk(
                &mut out,
                Chunk {
                    equal: tag == similar::DiffTag::Equal,
                    left: chunk.left.start + l.start..chunk.left.start + l.end,
                    right: chunk.right.start + r.start..chunk.right.start + r.end,
                },
            );
        }
    }
    out
}

/// Whether the two runs share any key (a quick test before a diff; small
/// runs, the common case, are compared pair by pair).
fn any_shared(left: &[u64], right: &[u64]) -> bool {
    if left.len() * right.len() <= 256 {
        return left.iter().any(|k| right.contains(k));
    }
    let keys: std::collections::HashSet<&u64> = left.iter().collect();
    right.iter().any(|k| keys.contains(k))
}

/// Whether an unchanged island between two changes is short enough to join
/// them into one phrase: punctuation alone always, up to
/// [`MAX_ISLAND_WORDS`] words unless they close a sentence.
fn joins_changes(island: &[Token]) -> bool {
    let words = island
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .count();
    let ends_sentence = island.iter().any(|t| t.kind() == TokenKind::Stop);
    words == 0 || (words <= MAX_ISLAND_WORDS && !ends_sentence)
}

/// The phrases: maximal runs of changes joined by short unchanged islands.
/// `edits` are one per chunk, in the same order.
fn phrases(chunks: &[Chunk], edits: &[Edit], left: &[Token]) -> Vec<Phrase> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chunks.len() {
        if chunks[i].equal {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut j = i + 1;
        while j + 1 < chunks.len() && joins_changes(&left[chunks[j].left.clone()]) {
            last = j + 1;
            j += 2;
        }
        if last > first {
            out.push(Phrase {
                left: ByteRange(edits[first].left.0, edits[last].left.1),
                right: ByteRange(edits[first].right.0, edits[last].right.1),
            });
        }
        i = last + 1;
    }
    out
}

fn token_span(tokens: &[Token]) -> Option<ByteRange> {
    Some(ByteRange(tokens.first()?.start(), tokens.last()?.end()))
}

/// One edit per chunk (chunks are never empty on both sides).
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
            (false, None, _) => EditKind::Added,
        };
        let l = l.unwrap_or(ByteRange(left_at, left_at));
        let r = r.unwrap_or(ByteRange(right_at, right_at));
        left_at = l.1;
        right_at = r.1;
        edits.push(Edit::new(kind, l, r));
    }
    edits
}

#[cfg(test)]
mod tests;
