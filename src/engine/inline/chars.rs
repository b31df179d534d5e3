//! Character-level marks inside rewritten words.
//!
//! "heaven" replaced by "heavens" is a one-letter change; marking the whole
//! word hides that. As Meld and Beyond Compare do for code, a rewritten run
//! that differs from its counterpart by a few characters gets the changed
//! characters marked. A few means: at most two changed runs of characters,
//! at most two changed characters or a third of the longer side, and at
//! least as many characters kept as changed (so "is" / "it" and "Tuesday" /
//! "Thursday" stay whole-word rewrites, which read better). The characters
//! are compared as written: normalisation decides which words match, and a
//! rewritten pair already differs under it.

use similar::{Algorithm, DiffTag};

use crate::engine::model::{ByteRange, Edit, EditKind};

/// Longest rewritten run (bytes, per side) that is diffed by character.
pub const MAX_RUN_BYTES: usize = 40;
/// Most changed runs of characters for a rewrite to count as small.
const MAX_CHANGED_RUNS: usize = 2;
/// Fewest characters both sides must keep.
const MIN_KEPT_CHARS: usize = 3;

/// The character-level marks of every rewritten run in `edits` that differs
/// from its counterpart by a few characters, in text order.
pub fn in_words(edits: &[Edit], texts: (&str, &str)) -> Vec<Edit> {
    let mut out = Vec::new();
    for edit in edits.iter().filter(|e| e.kind == EditKind::Rewritten) {
        if edit.left.len_bytes() > MAX_RUN_BYTES || edit.right.len_bytes() > MAX_RUN_BYTES {
            continue;
        }
        if let Some(marks) = case_change(texts.0, edit.left, texts.1, edit.right) {
            out.extend(marks);
        } else if let Some(marks) = small_change(texts.0, edit.left, texts.1, edit.right) {
            out.extend(marks);
        }
    }
    out
}

/// The letters that differ in case alone ("SDR's" / "sdr's", a headline
/// in capitals), each run of them as one rewritten mark, or `None` when
/// the two sides differ in more than case. However many letters changed,
/// only they are marked: the words are the same.
fn case_change(
    left_text: &str,
    left: ByteRange,
    right_text: &str,
    right: ByteRange,
) -> Option<Vec<Edit>> {
    let (l, r) = (&left_text[left.range()], &right_text[right.range()]);
    if l == r || l.len() != r.len() || !l.is_ascii() || !r.is_ascii() || !l.eq_ignore_ascii_case(r)
    {
        return None;
    }
    let mut marks: Vec<Edit> = Vec::new();
    for (i, (a, b)) in l.bytes().zip(r.bytes()).enumerate() {
        if a == b {
            continue;
        }
        match marks.last_mut() {
            Some(m) if m.left.1 == left.0 + i => {
                m.left.1 += 1;
                m.right.1 += 1;
            }
            _ => marks.push(Edit {
                kind: EditKind::Rewritten,
                left: ByteRange(left.0 + i, left.0 + i + 1),
                right: ByteRange(right.0 + i, right.0 + i + 1),
                material: None,
            }),
        }
    }
    Some(marks)
}

/// The changed characters between `left_text[left]` and
/// `right_text[right]`, or `None` when the change is not small.
///
/// A whole-Bible pair asks this of 150,000 rewritten runs, so what the
/// lengths alone rule out is ruled out first, and ASCII text (nearly all
/// of it) is diffed byte by byte in place instead of being copied into
/// character lists.
pub fn small_change(
    left_text: &str,
    left: ByteRange,
    right_text: &str,
    right: ByteRange,
) -> Option<Vec<Edit>> {
    let (l_text, r_text) = (&left_text[left.range()], &right_text[right.range()]);
    if l_text.is_ascii() && r_text.is_ascii() {
        let (l, r) = (l_text.as_bytes(), r_text.as_bytes());
        if !could_be_small(l.len(), r.len()) || !letters_allow_small(l, r) {
            return None;
        }
        let ops = similar::capture_diff_slices(Algorithm::Myers, l, r);
        let at_left = |i: usize| left.0 + i;
        let at_right = |i: usize| right.0 + i;
        return judge(&ops, (l.len(), r.len()), (&at_left, &at_right));
    }
    if !chars_allow_small(l_text, r_text) {
        return None;
    }
    char_change(left_text, left, right_text, right)
}

/// [`small_change`] of runs that are not both ASCII, diffed character by
/// character.
fn char_change(
    left_text: &str,
    left: ByteRange,
    right_text: &str,
    right: ByteRange,
) -> Option<Vec<Edit>> {
    let chars = |text: &str, range: ByteRange| -> Vec<(usize, char)> {
        text[range.range()]
            .char_indices()
            .map(|(at, c)| (range.0 + at, c))
            .collect()
    };
    let l = chars(left_text, left);
    let r = chars(right_text, right);
    if !could_be_small(l.len(), r.len()) {
        return None;
    }
    let l_chars: Vec<char> = l.iter().map(|p| p.1).collect();
    let r_chars: Vec<char> = r.iter().map(|p| p.1).collect();
    let ops = similar::capture_diff_slices(Algorithm::Myers, &l_chars, &r_chars);
    // Byte offset of char index `i`, or the range's end past the last char.
    let at_left = |i: usize| l.get(i).map_or(left.1, |p| p.0);
    let at_right = |i: usize| r.get(i).map_or(right.1, |p| p.0);
    judge(&ops, (l.len(), r.len()), (&at_left, &at_right))
}

/// Whether sides of these lengths (in characters) can differ by a small
/// change at all: at least as many characters changed as the lengths
/// differ by, and no more kept than the shorter side has.
fn could_be_small(left_chars: usize, right_chars: usize) -> bool {
    let longer = left_chars.max(right_chars);
    let shorter = left_chars.min(right_chars);
    let least_changed = longer - shorter;
    least_changed <= (longer / 3).max(2) && shorter >= MIN_KEPT_CHARS && shorter >= least_changed
}

/// Whether two ASCII runs share enough letters for a small change: no
/// diff keeps more letters than the two have in common, counted with
/// repeats, so "said" / "claimed" is ruled out before any diff is run.
fn letters_allow_small(left: &[u8], right: &[u8]) -> bool {
    let mut counts = [0u32; 128];
    for &b in left {
        counts[usize::from(b & 0x7f)] += 1;
    }
    let mut common = 0;
    for &b in right {
        let count = &mut counts[usize::from(b & 0x7f)];
        if *count > 0 {
            *count -= 1;
            common += 1;
        }
    }
    let least_changed = left.len() + right.len() - 2 * common;
    let longer = left.len().max(right.len());
    least_changed <= (longer / 3).max(2) && common >= MIN_KEPT_CHARS && common >= least_changed
}

/// [`letters_allow_small`] for runs that are not both ASCII, counted in
/// characters: every character outside ASCII is taken as one the other
/// side may share, so the count of shared characters is never too low
/// and no small change is ruled out; most are, before their characters
/// are listed and diffed (a curly apostrophe sends a run here).
fn chars_allow_small(left: &str, right: &str) -> bool {
    let mut counts = [0u32; 128];
    let (mut left_chars, mut left_wide) = (0, 0);
    for c in left.chars() {
        left_chars += 1;
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => counts[usize::from(b)] += 1,
            _ => left_wide += 1,
        }
    }
    let (mut right_chars, mut right_wide, mut common) = (0, 0, 0);
    for c in right.chars() {
        right_chars += 1;
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => {
                let count = &mut counts[usize::from(b)];
                if *count > 0 {
                    *count -= 1;
                    common += 1;
                }
            }
            _ => right_wide += 1,
        }
    }
    let common: usize = common + left_wide.min(right_wide);
    let least_changed = left_chars + right_chars - 2 * common;
    let longer = left_chars.max(right_chars);
    least_changed <= (longer / 3).max(2) && common >= MIN_KEPT_CHARS && common >= least_changed
}

/// The marks of a character diff (`ops` over sides of `lengths`
/// characters), or `None` when the change is not small; `at` turns a
/// character index of each side into a byte offset in its text.
fn judge(
    ops: &[similar::DiffOp],
    lengths: (usize, usize),
    at: (&dyn Fn(usize) -> usize, &dyn Fn(usize) -> usize),
) -> Option<Vec<Edit>> {
    let (at_left, at_right) = at;
    let mut marks: Vec<Edit> = Vec::new();
    let mut kept = 0;
    let mut changed = 0;
    let mut last_change_end: Option<(usize, usize)> = None;
    for op in ops {
        let (tag, li, ri) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            kept += li.len();
            continue;
        }
        changed += li.len() + ri.len();
        let mark = Edit::new(
            EditKind::Rewritten,
            ByteRange(at_left(li.start), at_left(li.end)),
            ByteRange(at_right(ri.start), at_right(ri.end)),
        );
        // A removal straight after an insertion (or the reverse) is one run.
        match marks.last_mut() {
            Some(prev) if last_change_end == Some((li.start, ri.start)) => {
                prev.left.1 = mark.left.1;
                prev.right.1 = mark.right.1;
            }
            _ => marks.push(mark),
        }
        last_change_end = Some((li.end, ri.end));
    }
    let longer = lengths.0.max(lengths.1);
    let small = marks.len() <= MAX_CHANGED_RUNS
        && changed <= (longer / 3).max(2)
        && kept >= MIN_KEPT_CHARS
        && kept >= changed;
    if !small || marks.is_empty() {
        return None;
    }
    for m in &mut marks {
        m.kind = match (m.left.is_empty(), m.right.is_empty()) {
            (true, _) => EditKind::Added,
            (_, true) => EditKind::Removed,
            _ => EditKind::Rewritten,
        };
    }
    Some(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(left: &str, right: &str) -> Option<Vec<(EditKind, String, String)>> {
        let got = small_change(
            left,
            ByteRange(0, left.len()),
            right,
            ByteRange(0, right.len()),
        )?;
        Some(
            got.iter()
                .map(|e| {
                    (
                        e.kind,
                        left[e.left.range()].to_owned(),
                        right[e.right.range()].to_owned(),
                    )
                })
                .collect(),
        )
    }

    #[test]
    fn a_letter_added_or_dropped_is_marked_alone() {
        assert_eq!(
            marks("heaven", "heavens"),
            Some(vec![(EditKind::Added, String::new(), "s".to_owned())])
        );
        assert_eq!(
            marks("neighbour", "neighbor"),
            Some(vec![(EditKind::Removed, "u".to_owned(), String::new())])
        );
        assert_eq!(
            marks("Election", "election"),
            Some(vec![(EditKind::Rewritten, "E".to_owned(), "e".to_owned())])
        );
    }

    #[test]
    fn multibyte_characters_keep_their_boundaries() {
        let got = marks("naïve", "naive").expect("small");
        assert_eq!(
            got,
            vec![(EditKind::Rewritten, "ï".to_owned(), "i".to_owned())]
        );
    }

    /// The letter count is a bound, never a verdict: each pair it lets
    /// through is decided by the diff, and it lets through every pair the
    /// diff calls small.
    #[test]
    fn the_letter_bound_never_rules_out_a_small_change() {
        let words = [
            "heaven",
            "heavens",
            "neighbour",
            "neighbor",
            "Election",
            "election",
            "said",
            "claimed",
            "was",
            "were",
            "listen",
            "silent",
            "colour",
            "color",
            "spake",
            "spoke",
            "abcabc",
            "cbacba",
            "Tuesday",
            "Thursday",
        ];
        let mut small = 0;
        for l in words {
            for r in words {
                let (lb, rb) = (l.as_bytes(), r.as_bytes());
                // The verdict without the bound: the diff alone.
                let ops = similar::capture_diff_slices(Algorithm::Myers, lb, rb);
                let plain = |i: usize| i;
                let verdict = could_be_small(lb.len(), rb.len())
                    && judge(&ops, (lb.len(), rb.len()), (&plain, &plain)).is_some();
                if verdict {
                    small += 1;
                    assert!(letters_allow_small(lb, rb), "{l} / {r}");
                }
            }
        }
        assert!(small >= 8, "the words hold small changes: {small}");
        assert!(!letters_allow_small(b"said", b"claimed"));
    }

    /// Case alone is marked letter by letter, however many letters.
    #[test]
    fn letters_that_differ_in_case_alone_are_marked() {
        let (l, r) = ("SDR's", "sdr's");
        let marks = super::case_change(l, ByteRange(0, 5), r, ByteRange(0, 5)).expect("case");
        assert_eq!(marks.len(), 1);
        assert_eq!(
            (marks[0].left, marks[0].right),
            (ByteRange(0, 3), ByteRange(0, 3))
        );
        assert!(super::case_change("is", ByteRange(0, 2), "it", ByteRange(0, 2)).is_none());
    }

    #[test]
    fn different_words_stay_whole() {
        assert_eq!(marks("Tuesday", "Thursday"), None);
        assert_eq!(marks("is", "it"), None);
        assert_eq!(marks("was", "were"), None);
        assert_eq!(marks("said", "claimed"), None);
    }

    proptest::proptest! {
        /// The count of shared characters rules out no run the character
        /// diff would mark: whatever it marks, the count lets through.
        #[test]
        fn the_character_count_rules_out_no_small_change(
            left in "[ab’é”]{0,12}",
            right in "[ab’é”c]{0,12}",
        ) {
            let whole = |t: &str| ByteRange(0, t.len());
            if char_change(&left, whole(&left), &right, whole(&right)).is_some() {
                proptest::prop_assert!(chars_allow_small(&left, &right));
            }
        }
    }

    #[test]
    fn runs_with_curly_apostrophes_unlike_in_letters_are_ruled_out() {
        assert!(!chars_allow_small("LORD’s", "Yahweh’s"));
        assert!(chars_allow_small("Abram’s", "Abraham’s"));
        assert_eq!(
            marks("Abram’s", "Abraham’s"),
            Some(vec![(EditKind::Added, String::new(), "ha".to_owned())])
        );
    }
}
