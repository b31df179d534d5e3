//! Where each passage link stands in the display: the unit holding each
//! end, and the links of each side sorted by position, so a view can find
//! the link under a point and jump to its other end. Made once per
//! comparison; shared by the app and the HTML report.

use crate::engine::model::{ByteRange, Comparison};

/// The links of a comparison, placed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkPlaces {
    /// Per link: the unit holding its left end and its right end.
    pub units: Vec<(usize, usize)>,
    /// (left range, link), sorted by range.
    left: Vec<(ByteRange, usize)>,
    /// (right range, link), sorted by range.
    right: Vec<(ByteRange, usize)>,
    /// The longest link end on each side, in bytes.
    longest: (usize, usize),
}

/// For each block of one side, the unit holding it.
fn unit_of_blocks(cmp: &Comparison, right: bool) -> Vec<usize> {
    let n = if right {
        cmp.right.blocks.len()
    } else {
        cmp.left.blocks.len()
    };
    let mut out = vec![0; n];
    for (u, unit) in cmp.units.iter().enumerate() {
        let (start, end) = if right {
            unit.right_blocks
        } else {
            unit.left_blocks
        };
        out[start..end].iter_mut().for_each(|slot| *slot = u);
    }
    out
}

impl LinkPlaces {
    pub fn new(cmp: &Comparison) -> Self {
        let (left_units, right_units) = (unit_of_blocks(cmp, false), unit_of_blocks(cmp, true));
        let block_at = |blocks: &[ByteRange], at: usize| blocks.partition_point(|b| b.1 <= at);
        let units = cmp
            .links
            .iter()
            .map(|l| {
                let left = block_at(&cmp.left.blocks, l.left.0);
                let right = block_at(&cmp.right.blocks, l.right.0);
                (
                    left_units.get(left).copied().unwrap_or_default(),
                    right_units.get(right).copied().unwrap_or_default(),
                )
            })
            .collect();
        let sorted = |right: bool| {
            let mut out: Vec<(ByteRange, usize)> = cmp
                .links
                .iter()
                .enumerate()
                .map(|(i, l)| (if right { l.right } else { l.left }, i))
                .collect();
            out.sort_unstable();
            out
        };
        let longest = |right: bool| {
            cmp.links
                .iter()
                .map(|l| if right { l.right } else { l.left }.len_bytes())
                .max()
                .unwrap_or(0)
        };
        Self {
            units,
            left: sorted(false),
            right: sorted(true),
            longest: (longest(false), longest(true)),
        }
    }

    /// The links of one side that overlap `span`, in order of position.
    pub fn in_span(
        &self,
        right: bool,
        span: ByteRange,
    ) -> impl Iterator<Item = (ByteRange, usize)> + '_ {
        let (all, longest) = if right {
            (&self.right, self.longest.1)
        } else {
            (&self.left, self.longest.0)
        };
        // Sorted by start, and none longer than `longest`: every link that
        // overlaps starts in [span start - longest, span end).
        let first = all.partition_point(|(r, _)| r.0 + longest <= span.0);
        let end = all.partition_point(|(r, _)| r.0 < span.1);
        all[first..end.max(first)]
            .iter()
            .copied()
            .filter(move |(r, _)| r.1 > span.0)
    }

    /// The link whose end on one side holds byte `at` (the shortest, when
    /// several do).
    pub fn at(&self, right: bool, at: usize) -> Option<usize> {
        self.in_span(right, ByteRange(at, at + 1))
            .filter(|(r, _)| r.0 <= at && at < r.1)
            .min_by_key(|(r, _)| r.len_bytes())
            .map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_quote_is_placed_on_both_sides() {
        let cmp = crate::engine::compare::compare_texts(
            include_str!("../../seeds/002_071138934c7246b1.txt"),
            include_str!("../../seeds/003_40b6f1b6974d403b.txt"),
        );
        let places = LinkPlaces::new(&cmp);
        assert_eq!(places.units.len(), cmp.links.len());
        for (i, link) in cmp.links.iter().enumerate() {
            let (lu, ru) = places.units[i];
            let left_span = cmp.units[lu]
                .left_span()
                .expect("the left end's unit has left text");
            let right_span = cmp.units[ru]
                .right_span()
                .expect("the right end's unit has right text");
            assert!(left_span.0 <= link.left.0 && link.left.0 < left_span.1);
            assert!(right_span.0 <= link.right.0 && link.right.0 < right_span.1);
            assert_eq!(
                places.at(false, link.left.0).map(|j| cmp.links[j].left.0),
                Some(link.left.0)
            );
            assert!(places.in_span(true, right_span).any(|(_, j)| j == i));
        }
    }
}
