//! Text shown shared is no change of fact: marks on edits a passage link
//! covers are dropped once both the marks and the links are found (they
//! are found side by side, on two threads).

use super::Mark;
use crate::engine::model::{ByteRange, Link, Unit};

/// Drops the marks on edits that a passage link shows as carried: text
/// the other version holds elsewhere (a sentence moved into another
/// paragraph) is shown shared, and is no change of fact.
pub(crate) fn drop_linked(marks: &mut Vec<Mark>, units: &[Unit], links: &[Link]) {
    if links.is_empty() {
        return;
    }
    // Each side's link spans by start, with the furthest end reached so
    // far: a range lies inside some link when a link starting at or before
    // it reaches its end (one search a mark, not a pass over the links).
    let reach = |right: bool| {
        let mut spans: Vec<ByteRange> = links
            .iter()
            .map(|l| if right { l.right } else { l.left })
            .collect();
        spans.sort_unstable();
        let mut furthest = 0;
        spans
            .into_iter()
            .map(|s| {
                furthest = furthest.max(s.1);
                (s.0, furthest)
            })
            .collect::<Vec<_>>()
    };
    let (left, right) = (reach(false), reach(true));
    let inside = |range: ByteRange, spans: &[(usize, usize)]| {
        range.is_empty() || {
            let k = spans.partition_point(|s| s.0 <= range.0);
            k > 0 && spans[k - 1].1 >= range.1
        }
    };
    marks.retain(|&(unit, edit, _)| {
        let edit = &units[unit as usize].edits[edit as usize];
        !(inside(edit.left, &left) && inside(edit.right, &right))
    });
}
