//! The pipeline: two documents in, one [`Comparison`] out.

use crate::engine::align::{self, features::SideTokens, Group};
use crate::engine::inline::{self, EditWords};
use crate::engine::model::Document;
use crate::engine::model::{ByteRange, Comparison, Side, Stats, Unit, UnitKind};
use crate::engine::normalize::Normalization;
use crate::engine::parallel::both;
use crate::engine::segment::{self, Token, TokenKind};

/// Compares two documents. Never fails: any two texts can be compared.
pub fn compare(left: &Document, right: &Document, normalization: &Normalization) -> Comparison {
    let (left_blocks, right_blocks) = both(
        || segment::blocks_for(&left.text, left.format),
        || segment::blocks_for(&right.text, right.format),
    );
    let (left_tokens, right_tokens) = both(
        || SideTokens::new(&left.text, &left_blocks, normalization),
        || SideTokens::new(&right.text, &right_blocks, normalization),
    );
    // What the material changes read of each whole version (names,
    // amounts, dates) comes from the texts and paragraphs alone: it is
    // read while the paragraphs are aligned.
    let (groups, versions) = both(
        || align::align(&left_tokens, &right_tokens),
        || {
            crate::engine::material::Versions::new(
                (&left.text, &left_blocks),
                (&right.text, &right_blocks),
            )
        },
    );
    // The word diffs need the tokens, not the feature sets: give their
    // memory back before the units are built.
    let (mut left_tokens, mut right_tokens) = (left_tokens, right_tokens);
    left_tokens.drop_features();
    right_tokens.drop_features();
    let (units, edit_words) = build_units(
        &groups,
        (&left.text, &left_blocks, &left_tokens),
        (&right.text, &right_blocks, &right_tokens),
    );
    let (mut units, edit_words) =
        crate::engine::replaced::split_replaced(units, edit_words, (&left.text, &right.text));
    tag_boilerplate(&mut units, &left_tokens, &right_tokens);
    // Material changes, and the statistics then the passage search, all
    // only read the units: they run side by side (the material changes
    // take longest), and the marks are set once both are done.
    let ((mut stats, links), marks) = both(
        || {
            let mut stats = stats(&units, &edit_words, (&left_tokens, &right_tokens));
            let texts = (&*left.text, &*right.text);
            let links = link_passages(&units, (left_tokens, right_tokens), texts, &mut stats);
            (stats, links)
        },
        || crate::engine::material::marks(&units, &versions),
    );
    let mut marks = marks;
    crate::engine::material::drop_linked(&mut marks, &units, &links);
    crate::engine::material::apply(&mut units, &marks);
    let renamings = crate::engine::material::renamings(
        &units,
        &marks,
        (&left.text, &right.text),
        versions.names(),
    );
    // Only edits of changed units carry marks, and those are the edits the
    // statistics count.
    for &(_, _, material) in &marks {
        stats.material.bump(material);
    }
    Comparison {
        left: side(left, left_blocks),
        right: side(right, right_blocks),
        normalization: *normalization,
        units,
        links,
        renamings,
        stats,
    }
}

/// Finds the passage links and counts what they add to the shared words.
/// Takes the tokens so that their memory is given back before the search.
fn link_passages(
    units: &[Unit],
    (left, right): (SideTokens, SideTokens),
    texts: (&str, &str),
    stats: &mut Stats,
) -> Vec<crate::engine::model::Link> {
    let past_u32 = |side: &SideTokens| {
        side.tokens
            .last()
            .is_some_and(|t| t.end() > u32::MAX as usize)
    };
    if past_u32(&left) || past_u32(&right) {
        // Word offsets in the search are 32-bit; no file loads this large.
        stats.links_capped = true;
        return Vec::new();
    }
    // Both sides at once, each side's tokens given back as soon as its
    // words are taken.
    let words = |text: &str, side: SideTokens, right: bool| {
        crate::engine::links::Words::new(text, &side.tokens, units, right)
    };
    let (left_words, right_words) = both(
        || words(texts.0, left, false),
        || words(texts.1, right, true),
    );
    let (links, capped) = crate::engine::links::find(&left_words, &right_words, texts);
    stats.links_capped = capped;
    stats.words_linked_left = crate::engine::links::linked_words(&left_words, &links, units, false);
    stats.words_linked_right =
        crate::engine::links::linked_words(&right_words, &links, units, true);
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            (part as f32 / whole as f32).min(1.0)
        }
    };
    stats.reuse_right_from_left = share(
        stats.words_unchanged + stats.words_linked_right,
        stats.right_words,
    );
    stats.reuse_left_in_right = share(
        stats.words_unchanged + stats.words_linked_left,
        stats.left_words,
    );
    links
}

/// Compares two texts with default normalisation: the three-line entry point.
pub fn compare_texts(left: &str, right: &str) -> Comparison {
    compare(
        &Document::from_text(None, left),
        &Document::from_text(None, right),
        &Normalization::default(),
    )
}

fn side(doc: &Document, blocks: Vec<ByteRange>) -> Side {
    Side {
        document: doc.clone(),
        blocks,
    }
}

type SideParts<'a> = (&'a str, &'a [ByteRange], &'a SideTokens);

/// Turns groups into units, word-diffing the ones with two sides, with
/// the words of each unit's edits by kind. The word diffs are spread over
/// the cores.
fn build_units(
    groups: &[Group],
    left: SideParts<'_>,
    right: SideParts<'_>,
) -> (Vec<Unit>, Vec<EditWords>) {
    let pieces = crate::engine::parallel::pieces(groups, GROUPS_PER_JOB, |_, piece| {
        piece
            .iter()
            .map(|g| build_unit(g, left, right))
            .collect::<Vec<_>>()
    });
    // Sized exactly: collected through `unzip`, the two lists of a whole
    // Bible's 31,000 units grew by doubling, each step copied.
    let count = pieces.iter().map(Vec::len).sum();
    let (mut units, mut words) = (Vec::with_capacity(count), Vec::with_capacity(count));
    for (unit, unit_words) in pieces.into_iter().flatten() {
        units.push(unit);
        words.push(unit_words);
    }
    (units, words)
}

/// Units built as one job: a whole Bible (31,000 units) makes thirty.
const GROUPS_PER_JOB: usize = 1024;

fn unit_tokens<'a>(side: &'a SideTokens, blocks: &std::ops::Range<usize>) -> &'a [Token] {
    if blocks.is_empty() {
        return &[];
    }
    let first = side.blocks[blocks.start].tokens.start;
    let last = side.blocks[blocks.end - 1].tokens.end;
    &side.tokens[first..last]
}

fn word_count(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .count()
}

fn build_unit(group: &Group, left: SideParts<'_>, right: SideParts<'_>) -> (Unit, EditWords) {
    let (left_text, left_blocks, left_tokens) = left;
    let (right_text, right_blocks, right_tokens) = right;
    let left_ranges = left_blocks[group.left.clone()].to_vec();
    let right_ranges = right_blocks[group.right.clone()].to_vec();
    let kind = match (group.left.len(), group.right.len()) {
        (0, _) => UnitKind::Added,
        (_, 0) => UnitKind::Removed,
        _ if group.moved => UnitKind::Moved,
        (l, 1) if l > 1 => UnitKind::Merged,
        (1, r) if r > 1 => UnitKind::Split,
        _ => {
            let l = left_ranges[0];
            let r = right_ranges[0];
            if left_text[l.range()] == right_text[r.range()] {
                UnitKind::Unchanged
            } else if left_tokens.blocks[group.left.start].signature
                == right_tokens.blocks[group.right.start].signature
            {
                UnitKind::Equivalent
            } else {
                UnitKind::Edited
            }
        }
    };
    let mut unit = Unit {
        kind,
        left_blocks: (group.left.start, group.left.end),
        right_blocks: (group.right.start, group.right.end),
        left: left_ranges,
        right: right_ranges,
        similarity: match kind {
            UnitKind::Unchanged | UnitKind::Equivalent => 1.0,
            _ => 0.0,
        },
        edits: Vec::new(),
        phrases: Vec::new(),
        char_edits: Vec::new(),
        capped: false,
        boilerplate: None,
    };
    if matches!(
        kind,
        UnitKind::Edited | UnitKind::Split | UnitKind::Merged | UnitKind::Moved
    ) {
        let lt = unit_tokens(left_tokens, &group.left);
        let rt = unit_tokens(right_tokens, &group.right);
        let start_l = unit.left.first().map_or(0, |b| b.0);
        let start_r = unit.right.first().map_or(0, |b| b.0);
        let diff = inline::diff_tokens((lt, rt), (left_text, right_text), start_l, start_r);
        let equal_words = diff.words.unchanged;
        // Two measures with two jobs: the aligner scored this pair by the
        // Dice overlap of its features, a cheap estimate made before any
        // word diff, to choose pairs; what a reader is shown is the share
        // of words the word diff found unchanged, so that a unit marked
        // "similarity 80%" has 80% of its words drawn plain. The aligner's
        // score is not kept: nothing downstream may mistake it for this.
        let total = word_count(lt) + word_count(rt);
        unit.similarity = if total == 0 {
            1.0
        } else {
            (2 * equal_words) as f32 / total as f32
        };
        unit.edits = diff.edits;
        unit.phrases = diff.phrases;
        unit.char_edits = diff.char_edits;
        unit.capped = diff.capped;
        return (unit, diff.words);
    }
    (unit, EditWords::default())
}

/// Tags units made only of furniture blocks (both sides, every block),
/// from the classification tokenising made.
fn tag_boilerplate(units: &mut [Unit], left: &SideTokens, right: &SideTokens) {
    for unit in units {
        let mut kinds = left.blocks[unit.left_blocks.0..unit.left_blocks.1]
            .iter()
            .chain(&right.blocks[unit.right_blocks.0..unit.right_blocks.1])
            .map(|b| b.furniture);
        let first = kinds.next().flatten();
        if first.is_some() && kinds.all(|k| k.is_some()) {
            unit.boilerplate = first;
        }
    }
}

/// The word counts of the comparison. Each side's words come from its
/// blocks, each unit's from its blocks or, for a diffed unit, from the
/// counts its word diff made (`edit_words`, one per unit).
fn stats(
    units: &[Unit],
    edit_words: &[EditWords],
    (left, right): (&SideTokens, &SideTokens),
) -> Stats {
    let block_words = |side: &SideTokens, (first, end): (usize, usize)| -> usize {
        side.blocks[first..end].iter().map(|b| b.words).sum()
    };
    let mut s = Stats {
        left_words: left.blocks.iter().map(|b| b.words).sum(),
        right_words: right.blocks.iter().map(|b| b.words).sum(),
        ..Stats::default()
    };
    for (unit, words) in units.iter().zip(edit_words) {
        let lw = || block_words(left, unit.left_blocks);
        let rw = || block_words(right, unit.right_blocks);
        if unit.boilerplate.is_some() {
            let b = &mut s.boilerplate;
            b.units += 1;
            b.added += usize::from(unit.kind == UnitKind::Added);
            b.removed += usize::from(unit.kind == UnitKind::Removed);
            b.left_words += lw();
            b.right_words += rw();
            continue;
        }
        s.paragraphs.bump(unit.kind);
        s.capped_units += usize::from(unit.capped);
        match unit.kind {
            UnitKind::Unchanged | UnitKind::Equivalent => s.words_unchanged += rw(),
            UnitKind::Added => s.words_added += rw(),
            UnitKind::Removed => s.words_removed += lw(),
            _ => {
                s.words_unchanged += words.unchanged;
                s.words_added += words.added;
                s.words_removed += words.removed;
                s.words_rewritten_left += words.rewritten_left;
                s.words_rewritten_right += words.rewritten_right;
            }
        }
    }
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            part as f32 / whole as f32
        }
    };
    s.left_words -= s.boilerplate.left_words;
    s.right_words -= s.boilerplate.right_words;
    s.reuse_right_from_left = share(s.words_unchanged, s.right_words);
    s.reuse_left_in_right = share(s.words_unchanged, s.left_words);
    s
}

#[cfg(test)]
mod tests {
    /// Regression: each side's text was copied into the comparison, so an
    /// app holding the document and the comparison held every text twice.
    #[test]
    fn the_comparison_shares_each_text_with_its_document() {
        let left = crate::engine::model::Document::from_text(None, "One.\n\nTwo.");
        let right = crate::engine::model::Document::from_text(None, "One.\n\nTwo, edited.");
        let cmp = super::compare(
            &left,
            &right,
            &crate::engine::normalize::Normalization::default(),
        );
        assert!(std::sync::Arc::ptr_eq(&left.text, &cmp.left.document.text));
        assert!(std::sync::Arc::ptr_eq(
            &right.text,
            &cmp.right.document.text
        ));
    }
}
