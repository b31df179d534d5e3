//! Measures of the link search on a finished comparison: the "nothing
//! hidden" coverage the seed tests hold at 1.00, and the search run alone
//! for the benchmark.

use super::seeds::runs;
use super::{find, Words};
use crate::engine::model::{ByteRange, Comparison, Link};

/// The words of one side of a finished comparison, tokenised again.
fn side_words(cmp: &Comparison, right: bool) -> Words {
    let side = if right { &cmp.right } else { &cmp.left };
    let mut tokens = Vec::new();
    for &b in &side.blocks {
        crate::engine::segment::tokens(&side.document.text, b, &cmp.normalization, &mut tokens);
    }
    Words::new(&side.document.text, &tokens, &cmp.units, right)
}

/// The words of both sides of a finished comparison, ready for the link
/// search: lets the benchmark time the search alone, as the pipeline runs
/// it (on words it already has).
pub struct SearchInput {
    left: Words,
    right: Words,
    texts: (std::sync::Arc<str>, std::sync::Arc<str>),
}

impl SearchInput {
    pub fn new(cmp: &Comparison) -> Self {
        Self {
            left: side_words(cmp, false),
            right: side_words(cmp, true),
            texts: (
                cmp.left.document.text.clone(),
                cmp.right.document.text.clone(),
            ),
        }
    }

    /// The links, and whether the cap was hit.
    pub fn search(&self) -> (Vec<Link>, bool) {
        find(&self.left, &self.right, (&self.texts.0, &self.texts.1))
    }
}

/// The measure of "nothing hidden": of the words that the two sides share
/// as runs of at least [`super::SEED_WORDS`] equal words that a reader
/// would agree were carried (anywhere, repeated or not; see
/// [`super::filter`]: no short piece across a paragraph break, enough
/// distinctive words), the share each side shows as shared, unchanged or
/// linked. `[left, right]`, 1.0 when there are no such words.
pub fn shared_run_coverage(cmp: &Comparison) -> [f64; 2] {
    let (left, right) = (side_words(cmp, false), side_words(cmp, true));
    let (all, _) = runs(&left.keys, &right.keys, usize::MAX, None);
    let passages: Vec<_> = all.iter().map(|r| (*r, *r, 2 * r.len)).collect();
    let rarity = super::filter::Rarity::new((&left, &right), &passages);
    let texts = (&*cmp.left.document.text, &*cmp.right.document.text);
    let carried: Vec<_> = all
        .iter()
        .filter_map(|r| {
            let ranges = (r.left..r.left + r.len, r.right..r.right + r.len);
            super::filter::kept((&left, &right), ranges, texts, &rarity)
        })
        .collect();
    let covered = |words: &Words, right_side: bool| {
        let mut in_run = vec![false; words.keys.len()];
        for (l, r) in &carried {
            let range = if right_side { r.clone() } else { l.clone() };
            in_run[range].iter_mut().for_each(|w| *w = true);
        }
        let mut ranges: Vec<ByteRange> = cmp
            .links
            .iter()
            .map(|l| if right_side { l.right } else { l.left })
            .collect();
        ranges.sort_unstable();
        let (mut total, mut shown) = (0usize, 0usize);
        for (i, w) in words.ranges.iter().enumerate().filter(|(i, _)| in_run[*i]) {
            total += 1;
            let w = w.0 as usize;
            let k = ranges.partition_point(|r| r.0 <= w);
            let linked = k > 0 && w < ranges[k - 1].1;
            shown += usize::from(words.shown_shared[i] || linked);
        }
        if total == 0 {
            1.0
        } else {
            shown as f64 / total as f64
        }
    };
    [covered(&left, false), covered(&right, true)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_again_finds_the_links_compare_found() {
        let cmp = crate::engine::compare::compare_texts(
            include_str!("../../../seeds/002_071138934c7246b1.txt"),
            include_str!("../../../seeds/003_40b6f1b6974d403b.txt"),
        );
        assert!(!cmp.links.is_empty(), "the split quote links");
        assert_eq!(SearchInput::new(&cmp).search().0, cmp.links);
    }
}
