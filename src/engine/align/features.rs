//! Per-block matching data: the kept tokens, an exact signature, and a
//! feature set (word unigrams and bigrams) for similarity.
//!
//! Similarity is the Dice coefficient of two feature sets. It tolerates
//! reordering and rewording far better than an edit distance, and with an
//! inverted index over features it lets alignment find candidates without
//! comparing every paragraph with every other one.

use std::ops::Range;

use crate::engine::model::BoilerplateKind;
use crate::engine::model::ByteRange;
use crate::engine::normalize::Normalization;
use crate::engine::segment::{self, Token, TokenKind};

/// Matching data for one block.
#[derive(Debug, Clone)]
pub(crate) struct BlockInfo {
    /// Index range into [`SideTokens::tokens`].
    pub tokens: Range<usize>,
    /// Hash of the kept token keys: equal signatures mean equivalent text.
    pub signature: u64,
    /// Sorted, deduplicated unigram and bigram hashes of the words.
    pub features: Vec<Feature>,
    /// Number of word tokens.
    pub words: usize,
    /// Web furniture (see [`crate::engine::boilerplate`]): it may pair, but never
    /// outweighs reporting when order is decided.
    pub furniture: Option<BoilerplateKind>,
    /// A headline or subheading: a short line, mostly capitalised words,
    /// not ended like a sentence.
    pub heading: bool,
}

/// A word or a pair of words, hashed to 32 bits: a whole-Bible pair
/// holds three million of these while it is aligned, and 64-bit ones were
/// 12 MB more for the kernel to zero and the caches to hold. Two features
/// of the few dozen in a pair of blocks share a hash once in millions of
/// comparisons; the scores it would move decide only which blocks are
/// compared, and every word is still diffed.
pub(crate) type Feature = u32;

/// A token key or a pair's mixed key as a [`Feature`]: its two halves
/// folded together.
fn feature(key: u64) -> Feature {
    (key ^ (key >> 32)) as Feature
}

/// Tokens and block data for one side.
#[derive(Debug, Clone, Default)]
pub(crate) struct SideTokens {
    pub tokens: Vec<Token>,
    pub blocks: Vec<BlockInfo>,
}

impl SideTokens {
    /// Tokenises every block of `text`, in pieces over the cores.
    pub fn new(text: &str, blocks: &[ByteRange], norm: &Normalization) -> Self {
        let pieces = crate::engine::parallel::pieces(blocks, BLOCKS_PER_JOB, |_, piece| {
            Self::piece(text, piece, norm)
        });
        let mut tokens = Vec::with_capacity(pieces.iter().map(|p| p.tokens.len()).sum());
        let mut infos = Vec::with_capacity(blocks.len());
        for piece in pieces {
            let offset = tokens.len();
            tokens.extend_from_slice(&piece.tokens);
            infos.extend(piece.blocks.into_iter().map(|mut info| {
                info.tokens = info.tokens.start + offset..info.tokens.end + offset;
                info
            }));
        }
        crate::engine::boilerplate::keep_table_labels(text, blocks, &mut infos, |i| {
            &mut i.furniture
        });
        Self {
            tokens,
            blocks: infos,
        }
    }

    /// The tokens and block data of some consecutive blocks, token ranges
    /// counted from the piece's first token.
    fn piece(text: &str, blocks: &[ByteRange], norm: &Normalization) -> Self {
        // English prose has a word or a punctuation mark every four to
        // five bytes: a third of the length is room enough, so the list is
        // never copied to grow (untouched room costs no memory).
        let bytes = blocks.last().map_or(0, |b| b.1) - blocks.first().map_or(0, |b| b.0);
        let mut tokens = Vec::with_capacity(bytes / 3);
        let mut infos = Vec::with_capacity(blocks.len());
        for &block in blocks {
            let first = tokens.len();
            segment::tokens(text, block, norm, &mut tokens);
            let own = &tokens[first..];
            let mut info = block_info(own, first..tokens.len());
            info.furniture = crate::engine::boilerplate::classify(&text[block.range()]);
            info.heading = is_heading(&text[block.range()]);
            infos.push(info);
        }
        Self {
            tokens,
            blocks: infos,
        }
    }
}

/// Blocks tokenised as one job: a whole Bible side (31,000 verses) makes
/// sixteen, small enough that a core done early finds work left.
const BLOCKS_PER_JOB: usize = 2048;

impl SideTokens {
    /// Frees every block's feature set (alignment is done with them).
    pub fn drop_features(&mut self) {
        for block in &mut self.blocks {
            block.features = Vec::new();
        }
    }
}

fn block_info(tokens: &[Token], range: Range<usize>) -> BlockInfo {
    let mut signature = SIGNATURE_SEED;
    // Each word and each pair of words: sized to them, not to the
    // punctuation too (a whole Bible side holds 31,000 of these).
    let word_tokens = tokens
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .count();
    let mut features = Vec::with_capacity(word_tokens * 2);
    let mut previous_word: Option<u64> = None;
    let mut words = 0;
    for token in tokens {
        signature = mix(signature, token.key);
        if token.kind() == TokenKind::Word {
            words += 1;
            features.push(feature(token.key));
            if let Some(previous) = previous_word {
                features.push(feature(mix(previous, token.key)));
            }
            previous_word = Some(token.key);
        }
    }
    features.sort_unstable();
    features.dedup();
    BlockInfo {
        tokens: range,
        signature,
        features,
        words,
        furniture: None,
        heading: false,
    }
}

/// Where a block's signature starts, so that an empty block has one too.
const SIGNATURE_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Two keys (already well-mixed hashes) into one, in order: a rotation,
/// a multiply and a shift. Token keys are FNV hashes of the words; hashing
/// their bytes again (sixteen steps for a bigram, eight a token for the
/// signature) was a sixth of tokenising a whole Bible.
fn mix(first: u64, second: u64) -> u64 {
    let x = (first.rotate_left(23) ^ second).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

/// Longest block, in words, that may be a heading.
const HEADING_MAX_WORDS: usize = 25;

/// Whether `text` reads as a headline or subheading in title case: three
/// to [`HEADING_MAX_WORDS`] words, more than half of them capitalised,
/// and no full stop, question or exclamation mark at its end.
fn is_heading(text: &str) -> bool {
    // The ending first, and one pass over the words stopping past the
    // longest heading: asked of every block, most of which end a sentence.
    let ending = text.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']);
    if ending.ends_with(['.', '?', '!']) {
        return false;
    }
    let (mut words, mut capitals) = (0, 0);
    for word in text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
    {
        words += 1;
        if words > HEADING_MAX_WORDS {
            return false;
        }
        let capitalised = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase);
        capitals += usize::from(capitalised);
    }
    words >= 3 && capitals * 2 > words
}

/// Size of the intersection of two sorted sets. Without branches on the
/// comparison: which list steps is a coin toss the processor cannot
/// predict, and the candidate search asks this a hundred thousand times.
pub(crate) fn shared(a: &[Feature], b: &[Feature]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// Dice coefficient of two sorted sets, 0 to 1.
pub(crate) fn dice(a: &[Feature], b: &[Feature]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * shared(a, b) as f32 / (a.len() + b.len()) as f32
}

/// Share of `part`'s features found in `whole`, 0 to 1.
pub(crate) fn containment(part: &[Feature], whole: &[Feature]) -> f32 {
    if part.is_empty() {
        return 0.0;
    }
    shared(part, whole) as f32 / part.len() as f32
}

/// Sorted union of two sorted sets.
pub(crate) fn union(a: &[Feature], b: &[Feature]) -> Vec<Feature> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(text: &str) -> SideTokens {
        let blocks = segment::blocks(text);
        SideTokens::new(text, &blocks, &Normalization::default())
    }

    #[test]
    fn equivalent_blocks_share_a_signature() {
        let a = side("Trump’s call — “productive”");
        let b = side("Trump's  call - \"productive\"");
        assert_eq!(a.blocks[0].signature, b.blocks[0].signature);
        assert_eq!(dice(&a.blocks[0].features, &b.blocks[0].features), 1.0);
    }

    /// The mixed keys keep word order: a block and its words reversed
    /// differ in signature and in bigrams, not in unigrams.
    #[test]
    fn signatures_and_bigrams_tell_word_order_apart() {
        let a = side("one two three");
        let b = side("three two one");
        assert_ne!(a.blocks[0].signature, b.blocks[0].signature);
        let (fa, fb) = (&a.blocks[0].features, &b.blocks[0].features);
        assert_eq!((fa.len(), fb.len()), (5, 5));
        assert_eq!(shared(fa, fb), 3, "the three words, not the two pairs");
        assert_ne!(mix(1, 2), mix(2, 1));
    }

    #[test]
    fn reworded_blocks_are_similar_but_not_equal() {
        let a = side("The two leaders plan to meet after Canada's April 28 general election.");
        let b = side("The leaders plan to meet after the April 28 election in Canada.");
        let s = dice(&a.blocks[0].features, &b.blocks[0].features);
        assert!(s > 0.3 && s < 0.9, "{s}");
        assert_ne!(a.blocks[0].signature, b.blocks[0].signature);
    }

    #[test]
    fn headlines_are_told_from_sentences() {
        assert!(is_heading(
            "Trump, Canada’s New Liberal PM Mark Carney Hold “Extremely Productive” Call"
        ));
        assert!(is_heading("Tensions Over Tariffs"));
        assert!(!is_heading("President Trump"), "too short to tell");
        assert!(!is_heading("Mark Carney Met Donald Trump In Ottawa."));
        assert!(!is_heading(
            "The two leaders plan to meet after Canada's April 28 general election"
        ));
    }

    /// A feature keeps both halves of its key: keys that differ only in
    /// their top 32 bits are different features.
    #[test]
    fn a_feature_folds_both_halves_of_its_key() {
        let low = 0x0000_0000_1234_5678_u64;
        let high = 0x0000_0001_1234_5678_u64;
        assert_ne!(super::feature(low), super::feature(high));
        assert_eq!(super::feature(low), 0x1234_5678);
    }

    #[test]
    fn set_operations() {
        assert_eq!(shared(&[1, 2, 3], &[2, 3, 4]), 2);
        assert_eq!(union(&[1, 3], &[2, 3]), vec![1, 2, 3]);
        assert_eq!(containment(&[1, 2], &[1, 2, 3]), 1.0);
    }
}
