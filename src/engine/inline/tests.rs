use super::*;
use crate::engine::model::ByteRange;
use crate::engine::normalize::Normalization;

fn toks(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    crate::engine::segment::tokens(
        text,
        ByteRange(0, text.len()),
        &Normalization::default(),
        &mut out,
    );
    out
}

fn diff(left: &str, right: &str) -> InlineDiff {
    diff_tokens((&toks(left), &toks(right)), (left, right), 0, 0)
}

/// The edits as git's word diff writes them, phrases in `⟨…⟩`, character
/// marks ignored.
fn render(left: &str, right: &str) -> String {
    let d = diff(left, right);
    let mut out = Vec::new();
    for (i, e) in d.edits.iter().enumerate() {
        let mut piece = match e.kind {
            EditKind::Unchanged => right[e.right.range()].to_string(),
            EditKind::Added => format!("{{+{}+}}", &right[e.right.range()]),
            EditKind::Removed => format!("[-{}-]", &left[e.left.range()]),
            EditKind::Rewritten => format!(
                "[-{}-]{{+{}+}}",
                &left[e.left.range()],
                &right[e.right.range()]
            ),
        };
        if d.phrases.iter().any(|p| {
            p.right.0 == e.right.0 && p.left.0 == e.left.0 && e.kind != EditKind::Unchanged
        }) {
            piece.insert(0, '⟨');
        }
        let ends = d
            .phrases
            .iter()
            .any(|p| p.right.1 == e.right.1 && p.left.1 == e.left.1);
        if ends && e.kind != EditKind::Unchanged && i > 0 {
            piece.push('⟩');
        }
        out.push(piece);
    }
    out.join(" ")
}

#[test]
fn added_and_removed_words() {
    assert_eq!(
        render("the quick fox jumps", "the quick brown fox jumps"),
        "the quick {+brown+} fox jumps"
    );
    assert_eq!(render("a b c d e", "a b d e"), "a b [-c-] d e");
}

/// Regression (issue "Word marks that claim only what changed"): "the
/// talks" stood inside one rewrite although both sides carry it.
#[test]
fn words_both_sides_share_inside_a_phrase_stay_unchanged() {
    let got = render(
        "He said the talks were very productive today.",
        "He claimed the talks proved quite productive today.",
    );
    assert_eq!(
        got,
        "He ⟨[-said-]{+claimed+} the talks [-were very-]{+proved quite+}⟩ productive today."
    );
}

/// Regression: Genesis 1:1, King James against World English; only the
/// comma and "heavens" changed.
#[test]
fn genesis_marks_only_the_comma_and_the_plural() {
    let left = "In the beginning God created the heaven and the earth.";
    let right = "In the beginning, God created the heavens and the earth.";
    assert_eq!(
        render(left, right),
        "In the beginning {+,+} God created the [-heaven-]{+heavens+} and the earth."
    );
    let d = diff(left, right);
    let chars: Vec<(EditKind, &str)> = d
        .char_edits
        .iter()
        .map(|e| (e.kind, &right[e.right.range()]))
        .collect();
    assert_eq!(chars, vec![(EditKind::Added, "s")]);
}

/// Regression: "And God said," against "God said, “": "God said," is the
/// same on both sides.
#[test]
fn and_god_said_keeps_god_said() {
    let got = render(
        "And God said, Let there be light: and there was light.",
        "God said, “Let there be light,” and there was light.",
    );
    assert!(
        got.starts_with("⟨[-And-] God said, {+“+}⟩ Let there be light"),
        "{got}"
    );
}

#[test]
fn sentence_ends_do_not_join_a_phrase() {
    let d = diff("Alpha one. Beta two.", "Gamma one. Delta two.");
    assert!(d.phrases.is_empty());
    assert_eq!(
        render("Alpha one. Beta two.", "Gamma one. Delta two."),
        "[-Alpha-]{+Gamma+} one. [-Beta-]{+Delta+} two."
    );
}

#[test]
fn a_phrase_spans_its_first_to_last_piece() {
    let left = "They met on Friday in Ottawa to talk.";
    let right = "They spoke on Thursday from Ottawa to talk.";
    let d = diff(left, right);
    assert_eq!(d.phrases.len(), 1);
    let p = d.phrases[0];
    assert_eq!(&left[p.left.range()], "met on Friday in");
    assert_eq!(&right[p.right.range()], "spoke on Thursday from");
}

#[test]
fn oversized_units_are_capped_not_diffed() {
    let big: String = "word ".repeat(MAX_TOKENS_PER_UNIT + 10);
    let d = diff(&big, "other");
    assert!(d.capped);
    assert_eq!(d.edits.len(), 1);
    assert_eq!(d.edits[0].kind, EditKind::Rewritten);
}

/// The chunks as merged from the operations `similar` captures (its
/// `Replace` and `Capture` hooks after `Compact`): what
/// [`histogram_chunks`] builds without them.
fn by_captured_operations(left: &[u64], right: &[u64]) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    for op in similar::capture_diff_slices(Algorithm::Histogram, left, right) {
        let (tag, left, right) = op.as_tag_tuple();
        let equal = tag == similar::DiffTag::Equal;
        push_chunk(&mut chunks, Chunk { equal, left, right });
    }
    chunks
}

proptest::proptest! {
    #[test]
    fn chunks_built_from_the_diff_steps_are_the_captured_ones(
        left in proptest::collection::vec(0u64..6, 0..40),
        right in proptest::collection::vec(0u64..6, 0..40),
    ) {
        proptest::prop_assert_eq!(
            histogram_chunks(&left, &right, None),
            by_captured_operations(&left, &right)
        );
    }
}
