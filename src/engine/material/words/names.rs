//! Which words name someone or something: capitalised away from the start
//! of a sentence, outside headlines (where most words are capitalised).

use super::{with_lower_stem, words, HashSet};

/// Words that name someone or something on one side: capitalised away
/// from the start of a sentence somewhere in its text. Headlines (see
/// [`is_headline`]) are skipped; a sentence full of names ("they are
/// United Technologies Corp, General Electric Co and Rolls-Royce Ltd.")
/// is not.
pub(in crate::engine::material) fn proper_words(text: &str) -> HashSet<String> {
    let mut names = HashSet::default();
    // The capitalised words of a line, gathered in the one pass that
    // counts its words (a whole text, both sides, is read).
    let mut capitalised: Vec<(usize, &str)> = Vec::new();
    for line in text.split('\n') {
        capitalised.clear();
        let mut total = 0;
        for (at, w) in words(line) {
            total += 1;
            if w.starts_with(|c: char| c.is_uppercase()) {
                capitalised.push((at, w));
            }
        }
        if headline_counts(line, total, capitalised.len()) {
            continue;
        }
        for &(at, w) in &capitalised {
            if w != "I" && !sentence_start(line, at) {
                // Most names recur ("LORD", "Israel"): look before copying.
                with_lower_stem(w, |stem| {
                    if !names.contains(stem) {
                        names.insert(stem.to_owned());
                    }
                });
            }
        }
    }
    names
}

/// Whether a line reads as a headline: two words in three capitalised
/// (title case, or all capitals) and no sentence ending it.
pub(in crate::engine::material) fn is_headline(line: &str) -> bool {
    let (mut total, mut capitalised) = (0, 0);
    for (_, w) in words(line) {
        total += 1;
        capitalised += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    headline_counts(line, total, capitalised)
}

/// [`is_headline`] from the line's word counts; its lower-case words must
/// be the short ones title case leaves in lower case ("to", "of").
fn headline_counts(line: &str, total: usize, capitalised: usize) -> bool {
    let title_case_lower = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "of"
                | "to"
                | "in"
                | "on"
                | "for"
                | "at"
                | "by"
                | "with"
                | "from"
                | "as"
                | "vs"
                | "but"
                | "nor"
                | "into"
                | "over"
                | "up"
        )
    };
    if total < 3 || capitalised * 3 < total * 2 {
        return false;
    }
    let lower_words_fit = words(line)
        .filter(|(_, w)| !w.starts_with(|c: char| !c.is_lowercase()))
        .all(|(_, w)| title_case_lower(w));
    let ends_sentence = line
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    // Two in three capitalised, the rest short words: a sentence full of
    // names ("He said they are United Technologies Corp <UTX> unit
    // <Pratt") still has its verbs in lower case.
    lower_words_fit && !ends_sentence
}

/// Whether the word at byte `at` of `text` opens a sentence.
fn sentence_start(text: &str, at: usize) -> bool {
    let before =
        text[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'([—–-".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}
