//! Passage links: text both versions carry that the aligned units do not
//! show as unchanged.
//!
//! Alignment pairs paragraphs and the word diff works inside a pair, so a
//! quote split differently across paragraphs, a sentence moved into another
//! paragraph or a wire paragraph folded into an outlet's own shows as
//! removed on one side and added on the other. A reader told an outlet
//! "added" a sentence must be able to trust that it wrote it. This stage
//! finds such passages anywhere in the two documents, as text-reuse
//! detectors do (seed, extend, filter):
//!
//! - **Seed**: every run of [`SEED_WORDS`] words (compared by their keys
//!   under normalisation) is hashed; a run on the right whose hash occurs on
//!   the left is a seed. Cost is linear in the text: one hash table, no
//!   pairs of paragraphs.
//! - **Extend**: a seed grows word by word while both sides agree, and runs
//!   on nearly the same diagonal with at most `MAX_GAP_WORDS` words
//!   between them on each side join into one passage (a word or two changed
//!   inside a long quotation); its similarity says how much was verbatim.
//! - **Filter**: a seed that stands more than [`MAX_SEED_REPEATS`] times on
//!   either side is a stock phrase ("said in a statement that the"), not
//!   evidence of copying, and makes no link on its own; a passage every
//!   word of which the units already show as unchanged is left out; a
//!   passage does not reach across a paragraph break for fewer than
//!   [`SEED_WORDS`] words; and a passage needs distinctive words, not five
//!   common ones ("to a record low of"): see [`filter`].
//!
//! Inside one paragraph, a name moved (three words or more, two of them
//! capitalised) is linked too: see [`within`].
//!
//! Words are matched with case folded ("SDR's" / "sdr's", a headline in
//! capitals): a passage that differs only in case is still carried, and
//! the word marks inside it show the letters that changed.
//!
//! Each link joins a left byte range and a right byte range; `moved` says
//! the two ends lie in different aligned units.

mod filter;
mod measure;
mod present;
mod seeds;
mod within;

pub use measure::{shared_run_coverage, SearchInput};
pub use seeds::MAX_SEEDS;

use crate::engine::model::{ByteRange, Link, Unit};
use crate::engine::segment::{Token, TokenKind};
use seeds::{runs, Run};

/// Words in a seed: the shortest passage that links across paragraphs.
pub const SEED_WORDS: usize = 5;
/// The shortest link of all: a name moved inside one paragraph (see
/// [`within`]).
pub const MIN_LINK_WORDS: usize = 3;
/// A seed standing more often than this on either side is a stock phrase.
/// Six, not fewer: with case folded, a web page's quote also stands in
/// its title-case headline and its description (four or five times);
/// the distinctive-word rule (see [`filter`]) weeds out shorter stock
/// phrases that repeat less.
const MAX_SEED_REPEATS: usize = 6;
/// Words that may differ between two runs of one passage, on each side.
const MAX_GAP_WORDS: usize = 2;

/// The words of one side: each word token's key and byte range, and
/// whether the units show it as unchanged.
pub(crate) struct Words {
    /// Each word's key, case folded (see [`fold_key`]).
    keys: Vec<u64>,
    /// The block (paragraph) holding each word.
    block: Vec<u32>,
    /// Byte offsets of each word (u32: link search skips texts past 4 GiB).
    ranges: Vec<(u32, u32)>,
    shown_shared: Vec<bool>,
    /// The unit holding each word.
    unit: Vec<u32>,
}

impl Words {
    /// The words of `tokens` (one side's, in text order, over `text`),
    /// placed in `units` by their byte position on that side (`right`
    /// picks the side).
    pub(crate) fn new(text: &str, tokens: &[Token], units: &[Unit], right: bool) -> Self {
        // Byte ranges shown as unchanged, and each block's unit, in order.
        // Sized first (a whole Bible side has 300,000 unchanged runs): grown
        // by doubling, the lists were copied at each step.
        let shared_count = units
            .iter()
            .map(|u| {
                if u.kind.is_change() {
                    unchanged_runs(u, right).count()
                } else {
                    side_blocks(u, right).len()
                }
            })
            .sum();
        let mut shared: Vec<ByteRange> = Vec::with_capacity(shared_count);
        let mut blocks: Vec<(ByteRange, usize)> =
            Vec::with_capacity(units.iter().map(|u| side_blocks(u, right).len()).sum());
        for (i, u) in units.iter().enumerate() {
            blocks.extend(side_blocks(u, right).iter().map(|&b| (b, i)));
            if u.kind.is_change() {
                shared.extend(unchanged_runs(u, right));
            } else {
                shared.extend(side_blocks(u, right).iter().copied());
            }
        }
        // Units stand in the left side's order, so both lists come nearly
        // sorted (a moved paragraph breaks the order): the stable sort
        // merges their sorted runs where the unstable one sorts afresh.
        // Equal entries are equal whole, so the order is the same.
        shared.sort();
        blocks.sort_by_key(|(b, _)| *b);
        // One walk over the words, with a cursor in each sorted list.
        let (mut in_shared, mut in_block) = (0, 0);
        // Sized exactly: a whole-Bible side has 800,000 words, and doubling
        // growth would hold up to twice that.
        let count = tokens
            .iter()
            .filter(|t| t.kind() == TokenKind::Word)
            .count();
        let mut words = Self {
            keys: Vec::with_capacity(count),
            block: Vec::with_capacity(count),
            ranges: Vec::with_capacity(count),
            shown_shared: Vec::with_capacity(count),
            unit: Vec::with_capacity(count),
        };
        for t in tokens.iter().filter(|t| t.kind() == TokenKind::Word) {
            while in_shared < shared.len() && shared[in_shared].1 <= t.start() {
                in_shared += 1;
            }
            while in_block + 1 < blocks.len() && blocks[in_block + 1].0 .0 <= t.start() {
                in_block += 1;
            }
            words.keys.push(fold_key(
                text.get(t.start()..t.end()).unwrap_or_default(),
                t.key,
            ));
            words.block.push(in_block as u32);
            words.ranges.push((t.start() as u32, t.end() as u32));
            words
                .shown_shared
                .push(shared.get(in_shared).is_some_and(|r| r.0 <= t.start()));
            words
                .unit
                .push(blocks.get(in_block).map_or(0, |b| b.1 as u32));
        }
        words
    }
}

/// The unit's paragraphs on one side (`right`).
fn side_blocks(unit: &Unit, right: bool) -> &[ByteRange] {
    if right {
        &unit.right
    } else {
        &unit.left
    }
}

/// The byte ranges on one side (`right`) of the unit's unchanged edits.
fn unchanged_runs(unit: &Unit, right: bool) -> impl Iterator<Item = ByteRange> + '_ {
    unit.edits
        .iter()
        .filter(|e| e.kind == crate::engine::model::EditKind::Unchanged)
        .map(move |e| if right { e.right } else { e.left })
}

/// A word's matching key with case folded and apostrophes made one:
/// FNV over its bytes in lower case (ASCII lowered in place, the rest
/// through `to_lowercase`). `token_key` is the word's token key: for an
/// ASCII word with no capital it is that same FNV under every
/// normalisation (a word holds no character normalisation maps), so most
/// words need no second hash.
fn fold_key(word: &str, token_key: u64) -> u64 {
    // One pass: no byte outside ASCII and none a capital.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return token_key;
    }
    folded_hash(word)
}

/// [`fold_key`] computed from the word alone.
fn folded_hash(word: &str) -> u64 {
    let mut h = crate::engine::normalize::Fnv::new();
    if word.is_ascii() {
        for b in word.bytes() {
            h = h.bytes(&[b.to_ascii_lowercase()]);
        }
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            let c = if c == '’' { '\'' } else { c };
            h = h.bytes(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    h.finish()
}

/// The links of a comparison (see the module docs), and whether the seed
/// cap was hit. `texts` are the left and right texts the words index.
pub(crate) fn find(left: &Words, right: &Words, texts: (&str, &str)) -> (Vec<Link>, bool) {
    // The names linked inside their paragraphs are found on the other
    // core while the passages are.
    let ((links, capped), named) = crate::engine::parallel::both(
        || passages(left, right, texts),
        || within::name_links(left, right, texts),
    );
    let mut links = links;
    links.extend(named);
    // One link per pair of spans: a name run moved inside its paragraph
    // can be a passage's whole span too, and then it says the words are
    // equal (similarity 1), which the passage's joined runs understate.
    links.sort_unstable_by(|a, b| {
        (a.right, a.left)
            .cmp(&(b.right, b.left))
            .then(b.similarity.total_cmp(&a.similarity))
            .then(a.moved.cmp(&b.moved))
    });
    links.dedup_by(|later, kept| (later.left, later.right) == (kept.left, kept.right));
    (links, capped)
}

/// The passages both sides carry, run by run (see [`find`]).
fn passages(left: &Words, right: &Words, texts: (&str, &str)) -> (Vec<Link>, bool) {
    let touches = |words: &Words| -> Vec<bool> {
        let hidden: Vec<bool> = words.shown_shared.iter().map(|s| !s).collect();
        hidden
            .windows(SEED_WORDS)
            .map(|w| w.contains(&true))
            .collect()
    };
    let (left_touches, right_touches) = (touches(left), touches(right));
    let (mut found, capped) = runs(
        &left.keys,
        &right.keys,
        MAX_SEED_REPEATS,
        Some((&left_touches, &right_touches)),
    );
    found.sort_unstable_by_key(|r| (r.right, r.left));
    // Join runs of one passage across a word or two changed.
    // First run, last run, words matched (both sides together).
    let mut passages: Vec<(Run, Run, usize)> = Vec::new();
    for run in found {
        if let Some((_, last, matched)) = passages.last_mut() {
            let gap_right = run.right as isize - (last.right + last.len) as isize;
            let gap_left = run.left as isize - (last.left + last.len) as isize;
            // Overlapping runs (a stock phrase inside a passage breaks the
            // seeds, not the words) join too.
            let near =
                |gap: isize| (-(SEED_WORDS as isize)..=MAX_GAP_WORDS as isize).contains(&gap);
            if near(gap_right) && near(gap_left) && run.right + run.len > last.right + last.len {
                let grown = |end: usize, start: usize, before: usize| {
                    (end).saturating_sub(before.max(start))
                };
                *matched += grown(run.right + run.len, run.right, last.right + last.len)
                    + grown(run.left + run.len, run.left, last.left + last.len);
                *last = run;
                continue;
            }
        }
        passages.push((run, run, 2 * run.len));
    }
    let mut links = Vec::new();
    let rarity = filter::Rarity::new((left, right), &passages);
    for (first, last, matched) in passages {
        let Some((left_words, right_words)) = filter::kept(
            (left, right),
            (
                first.left..last.left + last.len,
                first.right..last.right + last.len,
            ),
            texts,
            &rarity,
        ) else {
            continue;
        };
        let hidden = left_words.clone().any(|w| !left.shown_shared[w])
            || right_words.clone().any(|w| !right.shown_shared[w]);
        if !hidden {
            continue;
        }
        let span = left_words.len() + right_words.len();
        links.push(Link {
            left: ByteRange(
                left.ranges[left_words.start].0 as usize,
                left.ranges[left_words.end - 1].1 as usize,
            ),
            right: ByteRange(
                right.ranges[right_words.start].0 as usize,
                right.ranges[right_words.end - 1].1 as usize,
            ),
            // Only one unbroken run is verbatim; joined runs may cover
            // every word and still differ in order.
            similarity: if first.left == last.left && first.right == last.right {
                1.0
            } else {
                (matched as f32 / span as f32).min(0.99)
            },
            moved: left.unit[left_words.start] != right.unit[right_words.start],
        });
    }
    (links, capped)
}

/// Words on each side that lie inside a link without being shown as
/// unchanged, outside boilerplate: what linking adds to the shared count.
/// The words and the sorted link starts are walked together, once each:
/// a search per word cost a whole-Bible pair 3% of its time.
pub(crate) fn linked_words(words: &Words, links: &[Link], units: &[Unit], right: bool) -> usize {
    let mut ranges: Vec<ByteRange> = links
        .iter()
        .map(|l| if right { l.right } else { l.left })
        .collect();
    ranges.sort_unstable();
    // `started`: how many links start at or before the word; the last of
    // them (the one starting last, ends compared as the sort left them) is
    // the one the word must lie inside.
    let mut started = 0;
    let mut count = 0;
    for (i, &(start, _)) in words.ranges.iter().enumerate() {
        let w = start as usize;
        while started < ranges.len() && ranges[started].0 <= w {
            started += 1;
        }
        let inside = started > 0 && w < ranges[started - 1].1;
        count += usize::from(
            inside && !words.shown_shared[i] && units[words.unit[i] as usize].boilerplate.is_none(),
        );
    }
    count
}

#[cfg(test)]
mod tests {
    /// John 3:14 in two translations: the same words, "man" / "Man" and
    /// "as" / "As" aside. The passage search and the name runs both
    /// linked them, and the two links' order changed from run to run (the
    /// JSON of a whole Bible differed between two runs).
    #[test]
    fn a_passage_and_a_name_run_over_the_same_words_are_one_link() {
        let left = "¶ And as Moses lifted up the serpent in the wilderness, even so must the Son of man be lifted up:\n\nThat whosoever believeth in him should not perish.";
        let right = "As Moses lifted up the serpent in the wilderness, even so must the Son of Man be lifted up,\n\nthat whoever believes in him should not perish.";
        let cmp = crate::compare_texts(left, right);
        let mut spans: Vec<_> = cmp.links.iter().map(|l| (l.left, l.right)).collect();
        let count = spans.len();
        spans.dedup();
        assert_eq!(spans.len(), count, "{:?}", cmp.links);
        for pair in cmp.links.windows(2) {
            assert!((pair[0].right, pair[0].left) <= (pair[1].right, pair[1].left));
        }
    }

    proptest::proptest! {
        /// A word's token key stands for its folded key wherever
        /// `fold_key` takes it: an ASCII word with no capital, under any
        /// normalisation.
        #[test]
        fn the_token_key_of_a_word_in_lower_case_is_its_folded_key(
            word in "[a-z0-9'._:,]{1,12}",
            flags in proptest::array::uniform6(proptest::bool::ANY),
        ) {
            let norm = crate::engine::normalize::Normalization {
                ignore_case: flags[0],
                ignore_punctuation: flags[1],
                quotes: flags[2],
                dashes: flags[3],
                ellipsis: flags[4],
                whitespace: flags[5],
            };
            let text = format!("x {word} y");
            let mut tokens = Vec::new();
            crate::engine::segment::tokens(
                &text,
                crate::engine::model::ByteRange(0, text.len()),
                &norm,
                &mut tokens,
            );
            for t in tokens.iter().filter(|t| t.kind() == crate::engine::segment::TokenKind::Word) {
                let piece = &text[t.start()..t.end()];
                proptest::prop_assert_eq!(super::fold_key(piece, t.key), super::folded_hash(piece));
            }
        }
    }
}
