//! Alignment evaluation on a real translation pair whose ground truth is
//! known: each paragraph is one verse, and a `.refs` file beside each text
//! names the verse of each paragraph (`Gen.1.1`). Shared by
//! `tests/real_text.rs` (Genesis, kept in `tests/fixtures/bible/`) and the
//! `real_text` bench (the whole Bible, from `scripts/bible-pair.sh`).
//!
//! Two measures:
//! - **In order**: the pair as published. Paragraph-pair precision, recall
//!   and F1 against the verse references, the share of paragraphs reported
//!   moved (none moved), and the same F1 for a plain line diff as a
//!   side-by-side viewer shows it (equal lines, and changed lines paired in
//!   order inside each changed hunk).
//! - **Injected**: the right side edited with a fixed seed: 5% of
//!   paragraphs moved far away (at least a tenth of the document), 2% merged
//!   with the next, 2% split in two, 2% deleted, junk paragraphs inserted
//!   at 2%. Move precision and recall against the moves made.
// Each user of this module uses only part of it.
#![allow(dead_code)]

use std::collections::HashSet;

use syndiff::{Comparison, UnitKind};

/// One side: paragraphs and their verse references, in order.
#[derive(Debug, Clone)]
pub struct Verses {
    pub paragraphs: Vec<String>,
    /// For each paragraph, the verses it holds (one, or two after a merge,
    /// none for junk).
    pub refs: Vec<Vec<String>>,
}

impl Verses {
    pub fn read(text_path: &std::path::Path) -> Self {
        let text = std::fs::read_to_string(text_path).expect("text");
        let refs = std::fs::read_to_string(text_path.with_extension("refs")).expect("refs");
        let paragraphs: Vec<String> = text.split("\n\n").map(|p| p.trim().to_owned()).collect();
        let refs: Vec<Vec<String>> = refs.lines().map(|r| vec![r.to_owned()]).collect();
        assert_eq!(paragraphs.len(), refs.len(), "one reference per paragraph");
        Self { paragraphs, refs }
    }

    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n") + "\n"
    }
}

/// Precision, recall and F1 of a set of pairs against the truth.
#[derive(Debug, Clone, Copy)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn score(found: usize, right: usize, truth: usize) -> Score {
    let precision = if found == 0 {
        1.0
    } else {
        right as f64 / found as f64
    };
    let recall = if truth == 0 {
        1.0
    } else {
        right as f64 / truth as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
    }
}

/// Every (left verse, right verse) pair that both sides' paragraphs hold.
fn truth_pairs(left: &Verses, right: &Verses) -> HashSet<(String, String)> {
    let on_left: HashSet<&String> = left.refs.iter().flatten().collect();
    right
        .refs
        .iter()
        .flatten()
        .filter(|r| on_left.contains(r))
        .map(|r| (r.clone(), r.clone()))
        .collect()
}

/// The verse pairs a set of paragraph pairs claims.
fn claimed(left: &Verses, right: &Verses, pairs: &[(usize, usize)]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for &(l, r) in pairs {
        for a in &left.refs[l] {
            for b in &right.refs[r] {
                out.insert((a.clone(), b.clone()));
            }
        }
    }
    out
}

fn score_pairs(left: &Verses, right: &Verses, pairs: &[(usize, usize)]) -> Score {
    let truth = truth_pairs(left, right);
    let claims = claimed(left, right, pairs);
    let right_claims = claims.intersection(&truth).count();
    score(claims.len(), right_claims, truth.len())
}

/// The paragraph pairs of a comparison: every left and right block of each
/// unit with both sides.
pub fn comparison_pairs(cmp: &Comparison) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for u in &cmp.units {
        for l in u.left_blocks.0..u.left_blocks.1 {
            for r in u.right_blocks.0..u.right_blocks.1 {
                out.push((l, r));
            }
        }
    }
    out
}

/// A line diff's pairs, as a side-by-side viewer shows them.
pub fn line_diff_pairs(left: &Verses, right: &Verses) -> Vec<(usize, usize)> {
    let ops = similar::capture_diff_slices(
        similar::Algorithm::Myers,
        &left.paragraphs,
        &right.paragraphs,
    );
    let mut out = Vec::new();
    for op in ops {
        let (_, l, r) = op.as_tag_tuple();
        out.extend(l.zip(r));
    }
    out
}

pub fn compare(left: &Verses, right: &Verses) -> Comparison {
    let cmp = syndiff::compare_texts(&left.text(), &right.text());
    assert_eq!(
        cmp.left.blocks.len(),
        left.paragraphs.len(),
        "one block per verse"
    );
    assert_eq!(
        cmp.right.blocks.len(),
        right.paragraphs.len(),
        "one block per verse"
    );
    cmp
}

/// Figures on the pair as published.
#[derive(Debug, Clone, Copy)]
pub struct InOrder {
    pub syndiff: Score,
    pub line_diff: Score,
    pub moved: usize,
    pub paragraphs: usize,
}

pub fn in_order(left: &Verses, right: &Verses) -> InOrder {
    let cmp = compare(left, right);
    InOrder {
        syndiff: score_pairs(left, right, &comparison_pairs(&cmp)),
        line_diff: score_pairs(left, right, &line_diff_pairs(left, right)),
        moved: cmp.stats.paragraphs.moved,
        paragraphs: left.paragraphs.len().max(right.paragraphs.len()),
    }
}

/// A small deterministic generator (xorshift64*), so the injected pair is
/// the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

const JUNK: [&str; 12] = [
    "Subscribe",
    "to",
    "our",
    "newsletter",
    "for",
    "daily",
    "updates",
    "click",
    "here",
    "now",
    "advertisement",
    "share",
];

/// The right side edited as the module docs say; returns it and the
/// verses moved.
pub fn inject(right: &Verses, seed: u64) -> (Verses, HashSet<String>) {
    // Odd and distinct for every seed (`seed | 1` made seeds 2 and 3 one).
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let n = right.paragraphs.len();
    let mut paras: Vec<(String, Vec<String>, bool)> = right
        .paragraphs
        .iter()
        .cloned()
        .zip(right.refs.iter().cloned())
        .map(|(p, r)| (p, r, false))
        .collect();
    // Merge, split, delete: each on an untouched paragraph.
    for _ in 0..n / 50 {
        let i = rng.below(paras.len() - 1);
        if !paras[i].2 && !paras[i + 1].2 {
            let (p, r, _) = paras.remove(i + 1);
            paras[i].0 = format!("{} {p}", paras[i].0);
            paras[i].1.extend(r);
            paras[i].2 = true;
        }
        let i = rng.below(paras.len());
        let words: Vec<&str> = paras[i].0.split(' ').collect();
        if !paras[i].2 && words.len() >= 12 {
            let (a, b) = (
                words[..words.len() / 2].join(" "),
                words[words.len() / 2..].join(" "),
            );
            let refs = paras[i].1.clone();
            paras[i] = (a, refs.clone(), true);
            paras.insert(i + 1, (b, refs, true));
        }
        let i = rng.below(paras.len());
        if !paras[i].2 {
            paras.remove(i);
        }
        let junk: Vec<&str> = (0..8 + rng.below(10))
            .map(|_| JUNK[rng.below(JUNK.len())])
            .collect();
        paras.insert(rng.below(paras.len()), (junk.join(" "), Vec::new(), true));
    }
    // Moves: far away, at least a tenth of the document.
    let mut moved = HashSet::new();
    for _ in 0..n / 20 {
        let from = rng.below(paras.len());
        if paras[from].2 || paras[from].1.len() != 1 {
            continue;
        }
        let item = paras.remove(from);
        let span = paras.len();
        let to = far_from(from, span, rng.below(span - 2 * (span / 10)));
        moved.insert(item.1[0].clone());
        paras.insert(to, (item.0, item.1, true));
    }
    let refs = paras.iter().map(|p| p.1.clone()).collect();
    let paragraphs = paras.into_iter().map(|p| p.0).collect();
    (Verses { paragraphs, refs }, moved)
}

/// The place `pick` (below `span` less two tenths) names among those at
/// least a tenth of `span` away from `from`, on either side.
pub fn far_from(from: usize, span: usize, pick: usize) -> usize {
    (from + span / 10 + pick) % span
}

/// Move precision and recall on an injected pair.
#[derive(Debug, Clone, Copy)]
pub struct Moves {
    pub score: Score,
    pub reported: usize,
    pub made: usize,
}

pub fn moves(left: &Verses, right: &Verses, moved: &HashSet<String>) -> Moves {
    let cmp = compare(left, right);
    let mut reported = 0;
    let mut correct = 0;
    let mut found: HashSet<&String> = HashSet::new();
    for u in cmp.units.iter().filter(|u| u.kind == UnitKind::Moved) {
        reported += 1;
        let right_refs: HashSet<&String> = (u.right_blocks.0..u.right_blocks.1)
            .flat_map(|r| &right.refs[r])
            .collect();
        let hits: Vec<&String> = (u.left_blocks.0..u.left_blocks.1)
            .flat_map(|l| &left.refs[l])
            .filter(|r| moved.contains(*r) && right_refs.contains(r))
            .collect();
        correct += usize::from(!hits.is_empty());
        found.extend(hits);
    }
    let precision = score(reported, correct, moved.len()).precision;
    let recall = score(moved.len(), found.len(), moved.len()).recall;
    Moves {
        score: Score {
            precision,
            recall,
            f1: 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE),
        },
        reported,
        made: moved.len(),
    }
}
