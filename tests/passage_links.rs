//! The evaluation of passage links on real text: passages of one to three
//! sentences from real news copy (the seed stories) are inserted into two
//! unrelated real texts (Genesis in the King James translation, chapters
//! 1-25, on the left; in the World English translation, chapters 26-50, on
//! the right) at independent random places, between paragraphs and inside
//! them. Each passage is then shared by the two sides but stands somewhere
//! else on each, so only a passage link can show it shared.
//!
//! Scored character by character (letters and digits, whitespace aside):
//! - recall: of the passages' characters, the share shown shared
//!   (unchanged, or inside a link), on the worse side;
//! - precision: of the characters inside links, the share whose word the
//!   link's other end truly carries (a link across an edited word claims
//!   that word shared, falsely). Links between the two base texts count
//!   too: WEB revises KJV, so "rose up early in the morning" truly stands
//!   on both sides, and a link there is a true claim.
//!
//! Targets (issue "Nothing hidden"): verbatim passages recall at least 0.98
//! with precision at least 0.95; lightly edited passages (one word in ten
//! changed on the right) recall at least 0.90.

use std::ops::Range;
use std::path::Path;

use syndiff::{Comparison, UnitKind};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect(rel)
}

/// The verses of `rel` with references in `[from, to)` chapters.
fn verses(rel: &str, chapters: Range<usize>) -> Vec<String> {
    let text = read(&format!("{rel}.txt"));
    let refs = read(&format!("{rel}.refs"));
    text.split("\n\n")
        .zip(refs.lines())
        .filter(|(_, r)| {
            let chapter: usize = r
                .split('.')
                .nth(1)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            chapters.contains(&chapter)
        })
        .map(|(v, _)| v.trim().to_owned())
        .collect()
}

/// Sentences of the seed stories, long enough to carry a passage.
fn donor_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for seed in [
        "seeds/002_071138934c7246b1.txt",
        "seeds/003_40b6f1b6974d403b.txt",
    ] {
        for paragraph in read(seed).split('\n').map(str::trim) {
            for sentence in paragraph.split_inclusive(". ") {
                let sentence = sentence.trim();
                if sentence.split_whitespace().count() >= 8 {
                    out.push(sentence.to_owned());
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| seen.insert(s.clone()));
    out
}

/// One side under construction: its paragraphs, and for each inserted
/// passage the byte ranges of its words truly shared with the other side.
struct Side {
    text: String,
    truth: Vec<Range<usize>>,
}

/// Inserts `passages` into `base` at random places (a third between
/// paragraphs, the rest after a random word inside one). `edit` changes
/// one word in ten of each passage; the changed words are left out of the
/// truth. Returns the side, and per passage which word indices were edited.
fn build(
    base: &[String],
    passages: &[String],
    rng: &mut Rng,
    edit: bool,
) -> (Side, Vec<Vec<usize>>) {
    // Where each passage goes: (paragraph, word position or None for its own).
    let mut spots: Vec<(usize, Option<usize>, usize)> = passages
        .iter()
        .enumerate()
        .map(|(p, _)| {
            let at = rng.below(base.len());
            let words = base[at].split(' ').count();
            let inside = (rng.below(3) > 0).then(|| 1 + rng.below(words.max(2) - 1));
            (at, inside, p)
        })
        .collect();
    spots.sort();
    let mut edited: Vec<Vec<usize>> = vec![Vec::new(); passages.len()];
    let mut text = String::new();
    let mut truth = Vec::new();
    let mut next_spot = 0;
    let mut put_passage =
        |text: &mut String, truth: &mut Vec<Range<usize>>, p: usize, rng: &mut Rng| {
            for (i, word) in passages[p].split(' ').enumerate() {
                if !text.is_empty() && !text.ends_with('\n') && !text.ends_with(' ') {
                    text.push(' ');
                }
                if edit && rng.below(10) == 0 {
                    edited[p].push(i);
                    text.push_str("zigzagged");
                } else {
                    truth.push(text.len()..text.len() + word.len());
                    text.push_str(word);
                }
            }
        };
    for (at, verse) in base.iter().enumerate() {
        while next_spot < spots.len() && spots[next_spot].0 == at && spots[next_spot].1.is_none() {
            put_passage(&mut text, &mut truth, spots[next_spot].2, rng);
            text.push_str("\n\n");
            next_spot += 1;
        }
        for (w, word) in verse.split(' ').enumerate() {
            while next_spot < spots.len()
                && spots[next_spot].0 == at
                && spots[next_spot].1 == Some(w)
            {
                put_passage(&mut text, &mut truth, spots[next_spot].2, rng);
                next_spot += 1;
            }
            if w > 0 {
                text.push(' ');
            }
            text.push_str(word);
        }
        text.push_str("\n\n");
    }
    (Side { text, truth }, edited)
}

/// Per byte of one side: shown shared (unchanged, or in a link).
fn shown(cmp: &Comparison, right: bool) -> Vec<bool> {
    let side = if right { &cmp.right } else { &cmp.left };
    let mut shared = vec![false; side.document.text.len()];
    for unit in &cmp.units {
        let blocks = if right { &unit.right } else { &unit.left };
        if matches!(unit.kind, UnitKind::Unchanged | UnitKind::Equivalent) {
            for b in blocks {
                shared[b.range()].iter_mut().for_each(|s| *s = true);
            }
        }
        for e in unit
            .edits
            .iter()
            .filter(|e| e.kind == syndiff::EditKind::Unchanged)
        {
            let r = if right { e.right } else { e.left };
            shared[r.range()].iter_mut().for_each(|s| *s = true);
        }
    }
    for link in &cmp.links {
        let r = if right { link.right } else { link.left };
        shared[r.range()].iter_mut().for_each(|s| *s = true);
    }
    shared
}

/// The words of a passage as matching sees them, with their letter counts.
fn words_of(text: &str) -> Vec<(String, usize)> {
    text.split_whitespace()
        .map(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            let n = letters.chars().count();
            (letters.to_lowercase(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Letters inside links, and of those the ones whose word the other end
/// carries (matched in order), both sides together.
fn link_precision(cmp: &Comparison) -> (usize, usize) {
    let (mut all, mut true_) = (0, 0);
    for link in &cmp.links {
        let left = words_of(&cmp.left.document.text[link.left.range()]);
        let right = words_of(&cmp.right.document.text[link.right.range()]);
        let lk: Vec<&str> = left.iter().map(|(w, _)| w.as_str()).collect();
        let rk: Vec<&str> = right.iter().map(|(w, _)| w.as_str()).collect();
        all += left.iter().chain(&right).map(|(_, n)| n).sum::<usize>();
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, &lk, &rk) {
            if let similar::DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                true_ += left[old_index..old_index + len]
                    .iter()
                    .map(|(_, n)| n)
                    .sum::<usize>();
                true_ += right[new_index..new_index + len]
                    .iter()
                    .map(|(_, n)| n)
                    .sum::<usize>();
            }
        }
    }
    (all, true_)
}

#[derive(Debug)]
struct Score {
    recall: f64,
    precision: f64,
}

/// Recall of one side: passage letters shown shared, over passage letters.
fn recall_side(text: &str, truth: &[Range<usize>], shared: &[bool]) -> f64 {
    let mut in_truth = vec![false; text.len()];
    for r in truth {
        in_truth[r.clone()].iter_mut().for_each(|t| *t = true);
    }
    let (mut all, mut found) = (0usize, 0usize);
    for (i, c) in text.char_indices().filter(|(_, c)| c.is_alphanumeric()) {
        let _ = c;
        all += usize::from(in_truth[i]);
        found += usize::from(in_truth[i] && shared[i]);
    }
    found as f64 / all.max(1) as f64
}

fn evaluate(seed: u64, edit: bool) -> Score {
    let left_base = verses("tests/fixtures/bible/kjv-genesis", 1..26);
    let right_base = verses("tests/fixtures/bible/web-genesis", 26..51);
    let donor = donor_sentences();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    // Passages of one to three consecutive sentences, none sharing a
    // sentence (an article does not print one sentence four times).
    let mut passages = Vec::new();
    let mut at = 0;
    while at < donor.len() {
        let n = (1 + rng.below(3)).min(donor.len() - at);
        passages.push(donor[at..at + n].join(" "));
        at += n;
    }
    let (mut left, _) = build(&left_base, &passages, &mut rng, false);
    let (right, edited) = build(&right_base, &passages, &mut rng, edit);
    // A word edited on the right is not shared: leave its left copies out
    // too (conservatively, wherever the same word stands in a passage).
    let edited_words: std::collections::HashSet<&str> = passages
        .iter()
        .zip(&edited)
        .flat_map(|(p, e)| e.iter().map(move |&i| p.split(' ').nth(i).unwrap_or("")))
        .collect();
    left.truth
        .retain(|r| !edited_words.contains(&left.text[r.clone()]));
    let edits: usize = edited.iter().map(Vec::len).sum();
    let words: usize = passages.iter().map(|p| p.split(' ').count()).sum();
    println!(
        "{} passages, {words} words, {edits} edited; left {} bytes, right {} bytes",
        passages.len(),
        left.text.len(),
        right.text.len()
    );
    let cmp = syndiff::compare_texts(&left.text, &right.text);
    let recall = recall_side(&left.text, &left.truth, &shown(&cmp, false)).min(recall_side(
        &right.text,
        &right.truth,
        &shown(&cmp, true),
    ));
    let (all, true_) = link_precision(&cmp);
    let precision = true_ as f64 / all.max(1) as f64;
    Score { recall, precision }
}

#[test]
fn verbatim_passages_inserted_anywhere_are_shown_shared() {
    for seed in [1, 2, 3] {
        let score = evaluate(seed, false);
        println!("verbatim, seed {seed}: {score:?}");
        assert!(score.recall >= 0.98, "seed {seed}: {score:?}");
        assert!(score.precision >= 0.95, "seed {seed}: {score:?}");
    }
}

#[test]
fn lightly_edited_passages_inserted_anywhere_are_shown_shared() {
    for seed in [1, 2, 3] {
        let score = evaluate(seed, true);
        println!("edited, seed {seed}: {score:?}");
        assert!(score.recall >= 0.90, "seed {seed}: {score:?}");
        assert!(score.precision >= 0.90, "seed {seed}: {score:?}");
    }
}
