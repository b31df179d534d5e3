//! Which words name someone or something: capitalised away from the start
//! of a sentence, outside headlines (where most words are capitalised).

use super::{is_title, may_start_title, with_lower_stem, words, HashSet, UnitWords};

/// Words that name someone or something on one side: capitalised away
/// from the start of a sentence somewhere in its text, and written so at
/// least as often as in lower case ("the Subcommittee on Commerce" … "the
/// subcommittee" still names it). Headlines (see [`is_headline`]) are skipped; a
/// sentence full of names ("they are United Technologies Corp, General
/// Electric Co and Rolls-Royce Ltd.") is not. The count against lower case
/// keeps out the words a text capitalises after a comma or a colon: the
/// King James Bible opens speech so ("saying, Unto thy seed"), and "unto"
/// (written in lower case 8,000 times) was read as a name, so that every
/// "unto" → "to" of a modern translation was flagged as a changed name.
///
/// The same pass notes the commodities the version names, in any case
/// (see [`VersionWords`]): `commodity` says which word is one. It is
/// given, not imported, because the reversal lists read words with this
/// module.
pub(in crate::engine::material) fn version_words(
    text: &str,
    commodity: impl Fn(&str) -> Option<&'static str>,
) -> VersionWords {
    let mut commodities = HashSet::default();
    // Each candidate's count: capitalised away from a sentence's start,
    // less its uses in lower case.
    let mut names: crate::engine::normalize::FastMap<String, i64> = Default::default();
    // The capitalised words of a line, gathered in the one pass that
    // counts its words (a whole text, both sides, is read).
    let mut capitalised: Vec<(usize, &str)> = Vec::new();
    // The words in lower case, counted in the same pass to be set against
    // the names once all are known: a second reading of the text cost more,
    // and a list of every one (650,000 on a Bible side) held 10 MB where
    // its 13,000 different words hold a few hundred kilobytes.
    let mut lower_case: crate::engine::normalize::FastMap<&str, i64> = Default::default();
    for line in text.split('\n') {
        capitalised.clear();
        let mut total = 0;
        for (at, w) in words(line) {
            total += 1;
            if w.starts_with(|c: char| c.is_uppercase()) {
                capitalised.push((at, w));
                commodities.extend(commodity(w));
            } else if w.starts_with(|c: char| c.is_lowercase()) {
                *lower_case.entry(w).or_insert(0) += 1;
            }
        }
        if headline_counts(line, total, capitalised.len()) {
            continue;
        }
        for &(at, w) in &capitalised {
            if w != "I" && !sentence_start(line, at) {
                // Most names recur ("LORD", "Israel"): look before copying.
                with_lower_stem(w, |stem| match names.get_mut(stem) {
                    Some(count) => *count += 1,
                    None => {
                        names.insert(stem.to_owned(), 1);
                    }
                });
            }
        }
    }
    // A commodity in lower case is one of the words counted.
    commodities.extend(lower_case.keys().filter_map(|w| commodity(w)));
    if !names.is_empty() {
        for (w, uses) in lower_case {
            with_lower_stem(w, |stem| {
                if let Some(count) = names.get_mut(stem) {
                    *count -= uses;
                }
            });
        }
    }
    let names = names
        .into_iter()
        .filter(|&(_, count)| count >= 0)
        .map(|(stem, _)| stem)
        .collect();
    VersionWords { names, commodities }
}

/// What the material checks read of a whole version, in one pass over its
/// words (see [`version_words`]).
pub(in crate::engine::material) struct VersionWords {
    /// The words that name someone or something, as lower-case stems.
    pub(in crate::engine::material) names: HashSet<String>,
    /// The commodity words the version holds in any case ("GOLD",
    /// "wheat"), as the caller's `commodity` names them (the material
    /// checks pass `reversal::commodity`): read from the
    /// words already counted rather than searched for again in the text.
    pub(in crate::engine::material) commodities: HashSet<&'static str>,
}

/// The initialisms written with stops in `text` ("U.S.", "U.K."): their
/// letters read as one-letter words, which alone are never names, so a
/// country added to a headline ("SEES U.S. GOLD MINE") went unflagged.
pub(super) fn initialisms(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            let opens = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
            let mut end = start;
            while opens
                && end + 1 < bytes.len()
                && bytes[end].is_ascii_uppercase()
                && bytes[end + 1] == b'.'
            {
                end += 2;
            }
            let closes = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
            if end - start >= 4 && closes {
                at = end;
                return Some(&text[start..end]);
            }
            at = start + 1;
        }
        None
    })
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

/// Whether one run names someone or something its unit's other side does
/// not carry anywhere: a proper name or a title. Comparing with the whole
/// other side, not only the other run, keeps a name that a rewrite moved
/// within the paragraph from being flagged.
pub(in crate::engine::material) fn names_differ<'a, 't: 'a>(
    (left, left_names, left_unit, left_text, left_after): Side<'_, impl Fn() -> &'a UnitWords<'t>>,
    (right, right_names, right_unit, right_text, right_after): Side<
        '_,
        impl Fn() -> &'a UnitWords<'t>,
    >,
) -> bool {
    // The other side's words are asked for (and, by the caller, gathered)
    // only when a run holds a name.
    let gone = |piece: &str,
                other_piece: &str,
                names: &HashSet<String>,
                other_unit: &dyn Fn() -> &'a UnitWords<'t>,
                other_text: &str,
                after: &str| {
        words(piece).any(|(_, w)| word_gone(w, (piece, other_piece), names, other_unit))
            || initialisms(piece).any(|initialism| {
                // Stated anywhere in the other version, it is no new name
                // ("requiring the U.S. to pay" against a paragraph that moved).
                !other_unit().carries_initialism(initialism)
                    && !other_text.contains(initialism)
                    && !qualifies_a_kept_name(piece, initialism, after, other_unit())
                    && !super::written::written_otherwise(initialism, piece, other_piece)
            })
    };
    gone(left, right, left_names, &right_unit, right_text, left_after)
        || gone(right, left, right_names, &left_unit, left_text, right_after)
}

/// Whether `word` names someone or something on its side.
fn named(word: &str, names: &HashSet<String>) -> bool {
    is_title(word)
        || (names.contains(word)
            && word.chars().count() > 1
            && !crate::engine::distinctive::is_stop_word(word))
}

/// Whether the word `w` of the run `piece` is a name that the unit's other
/// side does not carry, nor its run `other_piece` write otherwise.
fn word_gone<'a, 't: 'a>(
    w: &str,
    (piece, other_piece): (&str, &str),
    names: &HashSet<String>,
    other_unit: &dyn Fn() -> &'a UnitWords<'t>,
) -> bool {
    // A name's word written in lower case ("gave up the ghost" where the
    // text also says "the Holy Ghost") names nothing; a title does. Most
    // words of a changed run are in lower case and start with a letter no
    // title starts with: ruled out before they are stemmed.
    if w.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_lowercase() && !may_start_title(b))
    {
        return false;
    }
    let capitalised = w.starts_with(char::is_uppercase);
    with_lower_stem(w, |lower| {
        // In lower case only a title names (a title is always named):
        // asked so, most words of a changed run need no look-up in the
        // side's names.
        let names_one = if capitalised {
            named(lower, names)
        } else {
            is_title(lower)
        };
        names_one
            && !other_unit().contains(lower)
            && !super::written::written_otherwise(w, piece, other_piece)
    })
}

/// The names of the run `piece` that the unit's other side lacks (see
/// [`names_differ`]), as written; initialisms aside.
pub(in crate::engine::material) fn gone_names<'p>(
    (piece, other_piece): (&'p str, &str),
    names: &HashSet<String>,
    other_unit: &UnitWords<'_>,
) -> Vec<&'p str> {
    words(piece)
        .map(|(_, w)| w)
        .filter(|w| word_gone(w, (piece, other_piece), names, &|| other_unit))
        .collect()
}

/// Whether the initialism (a slice of `piece`) stands before a capitalised
/// word the other side carries: "U.S. Senate" against "Senate" names the
/// same body, as "The House" against "The U.S. House" does.
/// `after` is the side's text that follows the changed run (to the end of
/// the side: only its first line is read, when an initialism asks).
fn qualifies_a_kept_name(
    piece: &str,
    initialism: &str,
    after: &str,
    other_unit: &UnitWords<'_>,
) -> bool {
    let end = initialism.as_ptr() as usize - piece.as_ptr() as usize + initialism.len();
    let rest = &piece[end..];
    let next = words(rest).next().or_else(|| {
        let line = after.split('\n').next().unwrap_or_default();
        words(line).next()
    });
    next.is_some_and(|(_, next)| {
        next.starts_with(|c: char| c.is_uppercase())
            && with_lower_stem(next, |stem| other_unit.contains(stem))
    })
}

/// One side for [`names_differ`]: the changed run, the side's names, its
/// unit's words (made on first use), its whole text, and the text that
/// follows the run.
pub(in crate::engine::material) type Side<'s, F> =
    (&'s str, &'s HashSet<String>, F, &'s str, &'s str);

impl UnitWords<'_> {
    /// Whether the side holds an initialism ("U.S."): its letters as
    /// single-letter words in turn, or run together ("US").
    pub(in crate::engine::material) fn carries_initialism(&self, initialism: &str) -> bool {
        let letters: Vec<char> = initialism
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let joined: String = letters.iter().collect();
        let letter =
            |w: &str, c: char| w.len() == 1 && w.starts_with(|d: char| d.eq_ignore_ascii_case(&c));
        match self {
            Self::Few(list) => {
                list.iter().any(|w| w.eq_ignore_ascii_case(&joined))
                    || list
                        .windows(letters.len())
                        .any(|window| window.iter().zip(&letters).all(|(w, &c)| letter(w, c)))
            }
            Self::Many(set) => {
                set.contains(joined.as_str())
                    || letters.iter().all(|c| set.contains(c.to_string().as_str()))
            }
        }
    }
}
