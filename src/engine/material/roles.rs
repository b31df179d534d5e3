//! Names whose roles swap: "A agreed to buy B" became "B agreed to buy A",
//! or the unit said to belong to one company now belongs to another. Both
//! names stand on both sides, so no name is missing from either; only
//! their order tells. The names a unit's two sides share are compared in
//! order (a diff of the two sequences, with `similar`, the crate the word
//! diff uses); when a name the diff cannot keep in place on one side
//! stands out of place on the other too, the names changed places, and
//! every changed run holding a shared name is flagged as a *name*. Headlines are left out: their words move for
//! space and emphasis.

use super::words::{is_headline, with_lower_stem, words, HashSet};
use crate::engine::model::ByteRange;

/// When the names a unit's two sides share changed their order, the byte
/// ranges of those names on each side (`[left, right]`); otherwise none.
/// A changed run holding one of them is flagged: in "A buys B" / "B buys
/// A" either name may be the one the diff keeps in place.
pub(super) fn swapped(
    (left_text, left_blocks, left_names): (&str, &[ByteRange], &HashSet<String>),
    (right_text, right_blocks, right_names): (&str, &[ByteRange], &HashSet<String>),
) -> [Vec<ByteRange>; 2] {
    // A name on either side is a name on both: "Widget" opens the right's
    // sentence, where its capital says nothing.
    let is_name = |stem: &str| left_names.contains(stem) || right_names.contains(stem);
    let names_of = |text: &str, blocks: &[ByteRange]| {
        let mut out: Vec<(String, ByteRange)> = Vec::new();
        // A headline's words move for space and emphasis ("ACCORD IN
        // WASHINGTON - LAWSON" / "LAWSON SAYS G-7 …"): only prose counts.
        for b in blocks.iter().filter(|b| !is_headline(&text[b.range()])) {
            for (at, w) in words(&text[b.range()]) {
                if w.chars().count() < 2 || !w.starts_with(|c: char| c.is_uppercase()) {
                    continue;
                }
                with_lower_stem(w, |stem| {
                    if is_name(stem) && !crate::engine::distinctive::is_stop_word(stem) {
                        let start = b.0 + at;
                        out.push((stem.to_owned(), ByteRange(start, start + w.len())));
                    }
                });
            }
        }
        out
    };
    let left = names_of(left_text, left_blocks);
    let right = names_of(right_text, right_blocks);
    let on = |list: &[(String, ByteRange)], name: &str| list.iter().any(|(n, _)| n == name);
    let shared = |list: &[(String, ByteRange)], other: &[(String, ByteRange)]| {
        list.iter()
            .filter(|(n, _)| on(other, n))
            .cloned()
            .collect::<Vec<_>>()
    };
    let (left, right) = (shared(&left, &right), shared(&right, &left));
    if left.len() < 2 || right.len() < 2 {
        return [Vec::new(), Vec::new()];
    }
    let left_keys: Vec<&str> = left.iter().map(|(n, _)| n.as_str()).collect();
    let right_keys: Vec<&str> = right.iter().map(|(n, _)| n.as_str()).collect();
    // Names the diff could not keep in place, on each side; a name only
    // one side's list holds there was added or dropped, not moved.
    let mut out_of_place: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &left_keys, &right_keys) {
        if op.tag() != similar::DiffTag::Equal {
            let (_, old, new) = op.as_tag_tuple();
            out_of_place[0].extend(old);
            out_of_place[1].extend(new);
        }
    }
    let reordered = out_of_place[0].iter().any(|&i| {
        out_of_place[1]
            .iter()
            .any(|&j| right_keys[j] == left_keys[i])
    });
    if !reordered {
        return [Vec::new(), Vec::new()];
    }
    [
        left.iter().map(|(_, r)| *r).collect(),
        right.iter().map(|(_, r)| *r).collect(),
    ]
}
