//! Comparing two arbitrary texts: must never panic, every block must land
//! in exactly one unit, and every byte range must lie on character
//! boundaries of its side's text.
//!
//! Input: one flags byte (bit 0 Markdown, bit 1 ignore case and
//! punctuation), then the left text, a NUL byte, the right text. The seed
//! corpus pairs the articles in `seeds/` this way (`scripts/fuzz.sh`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndiff::{compare, Document, Format, Normalization};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let split = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let left_text = String::from_utf8_lossy(&rest[..split]);
    let right_text = String::from_utf8_lossy(rest.get(split + 1..).unwrap_or_default());
    let format = if flags & 1 == 1 { Format::Markdown } else { Format::Text };
    let mut left = Document::from_text(None, left_text);
    let mut right = Document::from_text(None, right_text);
    left.format = format;
    right.format = format;
    let ignore = flags & 2 == 2;
    let normalization = Normalization {
        ignore_case: ignore,
        ignore_punctuation: ignore,
        ..Normalization::default()
    };
    let cmp = compare(&left, &right, &normalization);
    let mut left_seen = vec![0u8; cmp.left.blocks.len()];
    let mut right_seen = vec![0u8; cmp.right.blocks.len()];
    for unit in &cmp.units {
        for b in unit.left_blocks.0..unit.left_blocks.1 {
            left_seen[b] += 1;
        }
        for b in unit.right_blocks.0..unit.right_blocks.1 {
            right_seen[b] += 1;
        }
        for edit in unit.edits.iter().chain(&unit.char_edits) {
            assert!(cmp.left.document.text.get(edit.left.range()).is_some());
            assert!(cmp.right.document.text.get(edit.right.range()).is_some());
        }
        for phrase in &unit.phrases {
            assert!(cmp.left.document.text.get(phrase.left.range()).is_some());
            assert!(cmp.right.document.text.get(phrase.right.range()).is_some());
        }
        for mark in &unit.char_edits {
            assert!(
                unit.edits.iter().any(|e| e.kind == syndiff::EditKind::Rewritten
                    && e.left.0 <= mark.left.0
                    && mark.left.1 <= e.left.1
                    && e.right.0 <= mark.right.0
                    && mark.right.1 <= e.right.1),
                "a character mark outside every rewritten word"
            );
        }
    }
    for link in &cmp.links {
        assert!(cmp.left.document.text.get(link.left.range()).is_some());
        assert!(cmp.right.document.text.get(link.right.range()).is_some());
    }
    let _ = syndiff::engine::links::shared_run_coverage(&cmp);
    assert!(left_seen.iter().all(|&n| n == 1), "a left block is not in exactly one unit");
    assert!(right_seen.iter().all(|&n| n == 1), "a right block is not in exactly one unit");
    let options = syndiff::report::text::TextOptions {
        color: false,
        show_unchanged: true,
    };
    let _ = syndiff::report::text::render(&cmp, options);
    let _ = syndiff::report::html::render(&cmp, syndiff::report::html::HtmlOptions::default());
    assert_eq!(
        syndiff::engine::inline::measure::over_marking(&cmp).shared_words,
        0,
        "a rewritten run holds words both its sides share in order"
    );
});
