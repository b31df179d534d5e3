//! Property tests: whatever the documents and edits, every block belongs to
//! exactly one unit and the units' ranges reproduce both texts.

use proptest::prelude::*;
#[path = "support/synth.rs"]
mod synth;
use syndiff::{ByteRange, Comparison, EditKind};
use synth::EditRates;

/// Checks the structural invariants of a comparison.
fn check_invariants(cmp: &Comparison) {
    for (side_name, side, pick) in [("left", &cmp.left, 0usize), ("right", &cmp.right, 1usize)] {
        let mut covered = vec![0u32; side.blocks.len()];
        for unit in &cmp.units {
            let (blocks, ranges) = if pick == 0 {
                (unit.left_blocks, &unit.left)
            } else {
                (unit.right_blocks, &unit.right)
            };
            assert_eq!(blocks.1 - blocks.0, ranges.len());
            for (k, b) in (blocks.0..blocks.1).enumerate() {
                covered[b] += 1;
                assert_eq!(side.blocks[b], ranges[k], "{side_name} block {b}");
            }
        }
        assert!(
            covered.iter().all(|&c| c == 1),
            "{side_name}: every block in exactly one unit: {covered:?}"
        );
        // Blocks in order, and the text outside them is whitespace only:
        // blocks plus separators reproduce the text exactly.
        let mut rebuilt = String::new();
        let mut at = 0;
        for b in &side.blocks {
            assert!(b.0 >= at && b.1 >= b.0, "{side_name}: blocks out of order");
            let gap = &side.document.text[at..b.0];
            assert!(
                gap.chars().all(char::is_whitespace),
                "{side_name}: lost text {gap:?}"
            );
            rebuilt.push_str(gap);
            rebuilt.push_str(&side.document.text[b.range()]);
            at = b.1;
        }
        let tail = &side.document.text[at..];
        assert!(tail.chars().all(char::is_whitespace));
        rebuilt.push_str(tail);
        assert_eq!(rebuilt, &*side.document.text);
    }
    for unit in &cmp.units {
        check_edits(cmp, unit.left_span(), unit.right_span(), &unit.edits);
        check_phrases_and_letters(unit);
        assert!((0.0..=1.0).contains(&unit.similarity));
    }
    for link in &cmp.links {
        check_link(cmp, link);
    }
    // Marks claim only what changed: no rewritten run holds words both its
    // sides carry in the same order.
    assert_eq!(
        syndiff::engine::inline::measure::over_marking(cmp).shared_words,
        0
    );
}

/// A link's ends lie on character boundaries inside their sides, and a
/// verbatim link's two ends hold the same words under normalisation.
fn check_link(cmp: &Comparison, link: &syndiff::Link) {
    let left = cmp
        .left
        .document
        .text
        .get(link.left.range())
        .expect("left end on the text");
    let right = cmp
        .right
        .document
        .text
        .get(link.right.range())
        .expect("right end on the text");
    assert!((0.0..=1.0).contains(&link.similarity));
    // Links match words with case folded (a passage differing only in
    // case is carried): compared here in lower case.
    let words = |text: &str| -> Vec<String> {
        let mut tokens = Vec::new();
        let range = ByteRange(0, text.len());
        syndiff::engine::segment::tokens(text, range, &cmp.normalization, &mut tokens);
        tokens
            .iter()
            .filter(|t| t.kind() == syndiff::engine::segment::TokenKind::Word)
            .map(|t| text[t.start()..t.end()].to_lowercase().replace('’', "'"))
            .collect()
    };
    let (l, r) = (words(left), words(right));
    // Five words, or three for a name moved inside one paragraph.
    let least = if link.moved {
        syndiff::engine::links::SEED_WORDS
    } else {
        syndiff::engine::links::MIN_LINK_WORDS
    };
    assert!(l.len() >= least && r.len() >= least, "{left:?} / {right:?}");
    if link.similarity >= 1.0 {
        assert_eq!(l, r, "a verbatim link: {left:?} / {right:?}");
    }
}

/// Each phrase starts and ends on a changed edit; each character mark lies
/// inside a rewritten edit.
fn check_phrases_and_letters(unit: &syndiff::Unit) {
    let changed = |e: &&syndiff::Edit| e.kind != EditKind::Unchanged;
    for p in &unit.phrases {
        assert!(unit
            .edits
            .iter()
            .filter(changed)
            .any(|e| e.left.0 == p.left.0 && e.right.0 == p.right.0));
        assert!(unit
            .edits
            .iter()
            .filter(changed)
            .any(|e| e.left.1 == p.left.1 && e.right.1 == p.right.1));
    }
    for m in &unit.char_edits {
        assert_ne!(m.kind, EditKind::Unchanged);
        assert!(unit.edits.iter().any(|e| e.kind == EditKind::Rewritten
            && e.left.0 <= m.left.0
            && m.left.1 <= e.left.1
            && e.right.0 <= m.right.0
            && m.right.1 <= e.right.1));
    }
}

/// Edits are ordered, inside their unit, and leave only whitespace uncovered
/// (with default normalisation every word and mark is a token).
fn check_edits(
    cmp: &Comparison,
    left: Option<ByteRange>,
    right: Option<ByteRange>,
    edits: &[syndiff::Edit],
) {
    let (Some(left), Some(right)) = (left, right) else {
        assert!(edits.is_empty());
        return;
    };
    if edits.is_empty() {
        return;
    }
    let (mut l_at, mut r_at) = (left.0, right.0);
    for e in edits {
        assert!(e.left.0 >= l_at && e.right.0 >= r_at, "edits out of order");
        assert!(
            e.left.1 <= left.1 && e.right.1 <= right.1,
            "edit outside unit"
        );
        assert!(cmp.left.document.text[l_at..e.left.0].trim().is_empty());
        assert!(cmp.right.document.text[r_at..e.right.0].trim().is_empty());
        match e.kind {
            EditKind::Added => assert!(e.left.is_empty() && !e.right.is_empty()),
            EditKind::Removed => assert!(!e.left.is_empty() && e.right.is_empty()),
            _ => assert!(!e.left.is_empty() && !e.right.is_empty()),
        }
        l_at = e.left.1;
        r_at = e.right.1;
    }
    assert!(cmp.left.document.text[l_at..left.1].trim().is_empty());
    assert!(cmp.right.document.text[r_at..right.1].trim().is_empty());
}

/// Paragraph-level edit operations applied to a list of paragraphs.
#[derive(Debug, Clone)]
enum Op {
    Insert(usize, String),
    Delete(usize),
    Move(usize, usize),
    Split(usize),
    Merge(usize),
    Reword(usize, usize, String),
}

fn apply(mut paras: Vec<String>, ops: &[Op]) -> Vec<String> {
    for op in ops {
        let n = paras.len();
        match op {
            Op::Insert(i, p) => paras.insert(i % (n + 1), p.clone()),
            Op::Delete(i) if n > 0 => {
                paras.remove(i % n);
            }
            Op::Move(i, j) if n > 0 => {
                let p = paras.remove(i % n);
                paras.insert(j % n, p);
            }
            Op::Split(i) if n > 0 => {
                let p = paras.remove(i % n);
                let words: Vec<&str> = p.split(' ').collect();
                let half = words.len() / 2;
                if half > 0 {
                    paras.insert(i % n, words[half..].join(" "));
                    paras.insert(i % n, words[..half].join(" "));
                } else {
                    paras.insert(i % n, p);
                }
            }
            Op::Merge(i) if n > 1 => {
                let k = i % (n - 1);
                let next = paras.remove(k + 1);
                paras[k] = format!("{} {next}", paras[k]);
            }
            Op::Reword(i, w, word) if n > 0 => {
                let k = i % n;
                let mut words: Vec<String> = paras[k].split(' ').map(str::to_owned).collect();
                let at = w % words.len();
                words[at] = word.clone();
                paras[k] = words.join(" ");
            }
            _ => {}
        }
    }
    paras
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        Just("the".to_owned()),
        Just("“quoted”".to_owned()),
        Just("—".to_owned()),
        Just("Canada’s".to_owned()),
        Just("end.".to_owned()),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..25).prop_map(|w| w.join(" "))
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<usize>(), paragraph()).prop_map(|(i, p)| Op::Insert(i, p)),
        any::<usize>().prop_map(Op::Delete),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Op::Move(i, j)),
        any::<usize>().prop_map(Op::Split),
        any::<usize>().prop_map(Op::Merge),
        (any::<usize>(), any::<usize>(), word()).prop_map(|(i, w, s)| Op::Reword(i, w, s)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_edits_keep_every_block_covered_once(
        paras in prop::collection::vec(paragraph(), 0..30),
        ops in prop::collection::vec(op(), 0..12),
        sep in prop_oneof![Just("\n\n"), Just("\r\n\r\n"), Just("\n \n"), Just("\r\r")],
    ) {
        let right = apply(paras.clone(), &ops);
        let cmp = syndiff::compare_texts(&paras.join(sep), &right.join(sep));
        check_invariants(&cmp);
        if ops.is_empty() {
            prop_assert!(cmp.is_equivalent());
        }
    }

    #[test]
    fn arbitrary_text_never_breaks_the_invariants(left in "\\PC{0,300}", right in "\\PC{0,300}") {
        check_invariants(&syndiff::compare_texts(&left, &right));
    }

    #[test]
    fn generated_pairs_keep_the_invariants(seed in any::<u64>(), n in 0usize..120) {
        let (left, right) = synth::pair(seed, n, EditRates::default());
        check_invariants(&syndiff::compare_texts(&left, &right));
    }
}

#[test]
fn a_moved_paragraph_is_reported_as_moved() {
    let paras: Vec<String> = (0..8)
        .map(|i| format!("Paragraph number {i} talks about topic {i} in some detail with words w{i}a w{i}b w{i}c."))
        .collect();
    let right = apply(paras.clone(), &[Op::Move(1, 6)]);
    let cmp = syndiff::compare_texts(&paras.join("\n\n"), &right.join("\n\n"));
    check_invariants(&cmp);
    let moved: Vec<_> = cmp
        .units
        .iter()
        .filter(|u| u.kind == syndiff::UnitKind::Moved)
        .collect();
    assert_eq!(moved.len(), 1, "{:#?}", cmp.units);
    assert_eq!(moved[0].left_blocks, (1, 2));
    assert_eq!(moved[0].right_blocks, (6, 7));
}

#[test]
fn a_reworded_paragraph_between_inserted_boilerplate_still_aligns() {
    let left = "The minister said the budget would rise by five percent next year.\n\nCritics called the plan reckless and unfunded.";
    let right = "Advertisement\n\nThe minister said on Tuesday the budget would grow by five percent next year.\n\nAlso Read | Ten things to know\n\nCritics called the plan reckless.";
    let cmp = syndiff::compare_texts(left, right);
    check_invariants(&cmp);
    let kinds: Vec<&str> = cmp.units.iter().map(|u| u.kind.name()).collect();
    assert_eq!(kinds, ["added", "edited", "added", "edited"]);
}

#[test]
fn generated_pairs_are_deterministic_and_sized() {
    let (l1, r1) = synth::pair(7, 200, EditRates::default());
    let (l2, r2) = synth::pair(7, 200, EditRates::default());
    assert_eq!((l1.as_str(), r1.as_str()), (l2.as_str(), r2.as_str()));
    assert_eq!(l1.split("\n\n").count(), 200);
    let right_count = r1.split("\n\n").count();
    assert!((170..=230).contains(&right_count), "{right_count}");
    assert_ne!(l1, r1);
}
