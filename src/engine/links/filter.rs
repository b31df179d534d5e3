//! Which passages a reader would agree were carried.
//!
//! Five equal words are evidence of copying only when they say something:
//! "to a record low of" stands in two unrelated market reports, "on the
//! earth, and it" a hundred times in a Bible. And a passage that reaches
//! across a paragraph break for a word or two ("by Congress last
//! fall.\n\nThe") claims the next paragraph's first word was carried.
//!
//! The rule, measured on real wire pairs (`tests/news_eval.rs`):
//!
//! 1. **Breaks**: at each end, a piece cut off by a paragraph break on
//!    either side that holds fewer than [`SEED_WORDS`] words is dropped
//!    from the passage. A quotation that runs on across paragraphs keeps
//!    every piece of five words or more, so it stays one passage.
//! 2. **Distinctive words**: what is left must hold at least
//!    [`MIN_DISTINCTIVE`] different distinctive words (see
//!    [`crate::engine::distinctive`]: not a stop word, not frequent in
//!    either text), or [`LONG_PASSAGE_WORDS`] words with two of them, or
//!    [`MIN_CONTENT`] different content words however frequent.

use std::ops::Range;

use super::{Run, Words, SEED_WORDS};
use crate::engine::align::candidates::{KeyMap, KeySet};
use crate::engine::distinctive;

/// Different distinctive words a passage needs.
pub(super) const MIN_DISTINCTIVE: usize = 3;
/// A passage this long needs only two distinctive words: twelve words in
/// a row are seldom equal by chance.
const LONG_PASSAGE_WORDS: usize = 12;
/// Different content words that make a passage carried however often each
/// stands: "had an extremely productive first call with Canada's new Prime
/// Minister Mark Carney" names what a story about Carney names on every
/// line, and is still a sentence carried.
const MIN_CONTENT: usize = 5;

/// How often the words of the candidate passages stand on each side,
/// counted once for all passages (only their words are counted: a whole
/// Bible has 800,000 words a side and a few thousand in passages).
pub(super) struct Rarity {
    left: KeyMap<u32>,
    right: KeyMap<u32>,
    limits: (usize, usize),
}

impl Rarity {
    pub(super) fn new((left, right): (&Words, &Words), passages: &[(Run, Run, usize)]) -> Self {
        let mut wanted = KeySet::default();
        for (first, last, _) in passages {
            let l = first.left..last.left + last.len;
            let r = first.right..last.right + last.len;
            if l.is_empty() || r.is_empty() {
                continue;
            }
            let (from, to) = whole_run((left, right), (&l, &r));
            wanted.extend(&left.keys[from..to]);
        }
        let count = |words: &Words| {
            let mut counts = KeyMap::default();
            if wanted.is_empty() {
                return counts;
            }
            for k in words.keys.iter().filter(|k| wanted.contains(k)) {
                *counts.entry(*k).or_insert(0u32) += 1;
            }
            counts
        };
        Self {
            left: count(left),
            right: count(right),
            limits: (
                distinctive::max_repeats(left.keys.len()),
                distinctive::max_repeats(right.keys.len()),
            ),
        }
    }

    /// Whether the word with this key is frequent on either side.
    fn frequent(&self, key: u64) -> bool {
        let over = |counts: &KeyMap<u32>, limit: usize| {
            counts.get(&key).copied().unwrap_or(0) as usize > limit
        };
        over(&self.left, self.limits.0) || over(&self.right, self.limits.1)
    }
}

/// The passage's words on each side once its short end pieces are
/// dropped, or `None` when what is left is too short or too common to be
/// a claim of copying.
pub(super) fn kept(
    (left, right): (&Words, &Words),
    (l, r): (Range<usize>, Range<usize>),
    texts: (&str, &str),
    rarity: &Rarity,
) -> Option<(Range<usize>, Range<usize>)> {
    // The passage is taken as the whole run it stands in (the reader sees
    // what was carried, "director of the Banco do Brasil", not the five
    // words near the change), then cut at breaks and judged.
    let (from, to) = whole_run((left, right), (&l, &r));
    let (mut l, mut r) = (from..to, r.start - (l.start - from)..r.end + (to - l.end));
    // Words before the first break inside the range, or its length.
    let head = |words: &Words, range: &Range<usize>| {
        (range.start + 1..range.end)
            .find(|&i| words.block[i] != words.block[i - 1])
            .map_or(range.len(), |i| i - range.start)
    };
    let tail = |words: &Words, range: &Range<usize>| {
        (range.start + 1..range.end)
            .rev()
            .find(|&i| words.block[i] != words.block[i - 1])
            .map_or(range.len(), |i| range.end - i)
    };
    loop {
        let cut = head(left, &l).min(head(right, &r));
        if cut >= SEED_WORDS || cut >= l.len().min(r.len()) {
            break;
        }
        l.start += cut;
        r.start += cut;
    }
    loop {
        let cut = tail(left, &l).min(tail(right, &r));
        if cut >= SEED_WORDS || cut >= l.len().min(r.len()) {
            break;
        }
        l.end -= cut;
        r.end -= cut;
    }
    if l.len() < SEED_WORDS || r.len() < SEED_WORDS {
        return None;
    }
    let (distinct, content) = distinctive_words(left, l.clone(), texts.0, rarity);
    let enough = distinct >= MIN_DISTINCTIVE
        || (distinct >= 2 && l.len() >= LONG_PASSAGE_WORDS)
        || content >= MIN_CONTENT;
    enough.then_some((l, r))
}

/// The left words of the whole run of equal words a passage stands in:
/// the search keeps only the part near what the units hide, and a run is
/// carried or not as a whole.
pub(super) fn whole_run(
    (left, right): (&Words, &Words),
    (l, r): (&Range<usize>, &Range<usize>),
) -> (usize, usize) {
    let (mut from, mut back) = (l.start, 0);
    while from > 0 && r.start > back && left.keys[from - 1] == right.keys[r.start - back - 1] {
        from -= 1;
        back += 1;
    }
    let (mut to, mut ahead) = (l.end, 0);
    while to < left.keys.len()
        && r.end + ahead < right.keys.len()
        && left.keys[to] == right.keys[r.end + ahead]
    {
        to += 1;
        ahead += 1;
    }
    (from, to)
}

/// Different distinctive words among `range` of `words` (over `text`),
/// and different content words however often they stand.
fn distinctive_words(
    words: &Words,
    range: Range<usize>,
    text: &str,
    rarity: &Rarity,
) -> (usize, usize) {
    let mut content = KeySet::default();
    let mut rare = 0;
    for i in range {
        let key = words.keys[i];
        if content.contains(&key) {
            continue;
        }
        let (start, end) = words.ranges[i];
        let word = &text[start as usize..end as usize];
        if distinctive::is_content(&distinctive::lower(word)) {
            content.insert(key);
            rare += usize::from(!rarity.frequent(key));
        }
    }
    (rare, content.len())
}
