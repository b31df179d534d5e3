//! Amounts and dates in a paragraph, each with a key that is the same
//! however it is written: "25%", "25 percent" and "25-percent" share one
//! key, "$1.5 billion" and "1,500 million dollars" another, "March 28" and
//! "28 March" a third. A change is material only when the keys differ, so
//! an amount written another way is not flagged.
//!
//! Hand-written rather than a date or number parsing crate: the crates
//! made for this (`dateparser`, `chrono-english`) parse one string that is
//! known to be a date; here dates and amounts have to be found inside
//! running prose, with their byte spans, cheaply enough for a whole Bible.

mod amounts;
mod dates;
pub(crate) use dates::MONTHS;

use crate::engine::model::ByteRange;

/// A word of the paragraph: a run of letters or of digits (with the
/// separators inside a number), or one currency or percent sign.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    text: &'a str,
    /// `text` in lower case, made once per paragraph: every word of a
    /// whole Bible is asked, several times.
    lower: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Tok<'a> {
    fn is_number(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }
    /// The word in lower case.
    fn lower(&self) -> &'a str {
        self.lower
    }
}

/// The byte spans of the paragraph's words (see [`Tok`]), read byte by
/// byte: a character outside ASCII is decoded only where it stands (a
/// curly quote in a verse sent the whole paragraph to a reader of
/// characters, three times slower; a test holds the two to the same runs).
fn spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    // The letter (a Unicode letter, `é` as `e`) starting at byte `i`, and
    // its length in bytes.
    let letter_at = |i: usize| -> Option<usize> {
        match bytes[i] {
            b if b.is_ascii_alphabetic() => Some(1),
            b if b.is_ascii() => None,
            _ => text[i..]
                .chars()
                .next()
                .filter(|c| c.is_alphabetic())
                .map(char::len_utf8),
        }
    };
    let mut out = Vec::with_capacity(bytes.len() / 4);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        if b.is_ascii_digit() {
            // Digits, with , or . between digits ("500,000", "1.5").
            i += 1;
            while i < bytes.len() {
                let separator = (bytes[i] == b',' || bytes[i] == b'.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if bytes[i].is_ascii_digit() || separator {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if let Some(len) = letter_at(i) {
            i += len;
            while let Some(len) = (i < bytes.len()).then(|| letter_at(i)).flatten() {
                i += len;
            }
        } else if b.is_ascii() {
            i += 1;
            if b != b'$' && b != b'%' {
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            i += c.len_utf8().max(1);
            if !matches!(c, '€' | '£' | '¥') {
                continue;
            }
        }
        out.push((start, i));
    }
    out
}

/// Each span's text in lower case. An ASCII paragraph is lowered whole
/// and keeps its offsets; otherwise each span with capitals gets a range
/// into one string, and a span already in lower case (most) is its own.
enum Lowered {
    Ascii(String),
    Mixed(String, Vec<Option<(usize, usize)>>),
}

fn lowered(text: &str, spans: &[(usize, usize)]) -> Lowered {
    if text.is_ascii() {
        return Lowered::Ascii(text.to_ascii_lowercase());
    }
    let mut out = String::new();
    let ranges = spans
        .iter()
        .map(|&(start, end)| {
            let word = &text[start..end];
            word.chars().any(char::is_uppercase).then(|| {
                let at = out.len();
                out.extend(word.chars().flat_map(char::to_lowercase));
                (at, out.len())
            })
        })
        .collect();
    Lowered::Mixed(out, ranges)
}

fn tokens<'a>(
    text: &'a str,
    offset: usize,
    spans: &[(usize, usize)],
    lowered: &'a Lowered,
) -> Vec<Tok<'a>> {
    let tok = |(start, end): (usize, usize), lower: &'a str| Tok {
        text: &text[start..end],
        lower,
        start: offset + start,
        end: offset + end,
    };
    match lowered {
        Lowered::Ascii(lower) => spans
            .iter()
            .map(|&(start, end)| tok((start, end), &lower[start..end]))
            .collect(),
        Lowered::Mixed(lower, ranges) => spans
            .iter()
            .zip(ranges)
            .map(|(&(start, end), range)| match *range {
                Some((a, b)) => tok((start, end), &lower[a..b]),
                None => tok((start, end), &text[start..end]),
            })
            .collect(),
    }
}

/// An amount or a date found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fact {
    pub span: ByteRange,
    pub key: String,
    pub is_date: bool,
    /// A number spelled out with no unit or scale ("two leaders"): matched,
    /// never flagged on its own.
    pub weak: bool,
}

/// Every amount and date in `text` (a paragraph starting at byte `offset`
/// of its side).
pub(super) fn facts(text: &str, offset: usize) -> Vec<Fact> {
    let spans = spans(text);
    let lower = lowered(text, &spans);
    let toks = tokens(text, offset, &spans, &lower);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        let found = dates::date_at(&toks, i, text, offset)
            .or_else(|| amounts::amount_at(&toks, i, text, offset));
        match found {
            Some((fact, used)) => {
                out.push(fact);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a date or an amount may start at `tok`. A word that starts with
/// an ASCII lower-case letter (most words) starts one only as a weekday, a
/// day named relative to today or a number word: the lists [`dates`] and
/// [`amounts`] search. A word whose length and first letter none of those
/// has is ruled out with one look-up; every word of a whole Bible is asked.
///
/// A capitalised word ("And", "God" at every verse) starts one only as a
/// currency's prefix ("US$", two letters at most) or as one of the words
/// of those lists or a month's name or its short form: one look-up in
/// [`CAPITALISED_STARTS`] rather than the search of every rule.
fn may_start(tok: &Tok<'_>) -> bool {
    let first = tok.text.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_uppercase() {
        return tok.text.len() <= 2 || CAPITALISED_STARTS.contains(tok.lower);
    }
    if !first.is_ascii_lowercase() {
        return true;
    }
    // The length and first letter rule out most words at once; the few
    // that pass ("the", "that", "this") are looked up in the lists.
    let letters = LOWER_CASE_STARTS.get(tok.lower.len()).copied().unwrap_or(0);
    letters & (1 << (first - b'a')) != 0 && LOWER_CASE_WORDS.contains(tok.lower)
}

/// Every word a date or an amount may start with when it starts with a
/// lower-case letter (see [`may_start`]): the weekdays, the other words a
/// date starts with, and the number words.
static LOWER_CASE_WORDS: std::sync::LazyLock<crate::engine::normalize::FastSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        dates::WEEKDAYS
            .iter()
            .chain(dates::LOWER_CASE_STARTS)
            .chain(amounts::NUMBER_WORDS)
            .copied()
            .collect()
    });

/// For each length, the first letters (bit 0 for `a`) of the lower-case
/// words a date or an amount may start with (see [`may_start`]).
static LOWER_CASE_STARTS: [u32; 16] = {
    let mut letters = [0u32; 16];
    let mut i = 0;
    while i < dates::WEEKDAYS.len() {
        add_start(&mut letters, dates::WEEKDAYS[i]);
        i += 1;
    }
    let mut i = 0;
    while i < dates::LOWER_CASE_STARTS.len() {
        add_start(&mut letters, dates::LOWER_CASE_STARTS[i]);
        i += 1;
    }
    let mut i = 0;
    while i < amounts::NUMBER_WORDS.len() {
        add_start(&mut letters, amounts::NUMBER_WORDS[i]);
        i += 1;
    }
    letters
};

/// Every word, in lower case, that a date or an amount may start with
/// when it is capitalised (see [`may_start`]): the months and their short
/// forms of three and four letters ("Mar", "Sept"), the weekdays, the
/// other words a date starts with, and the number words. A superset of
/// what the rules accept is enough: the rules still decide.
static CAPITALISED_STARTS: std::sync::LazyLock<crate::engine::normalize::FastSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        let months = dates::MONTHS
            .iter()
            .flat_map(|m| [*m, &m[..3], &m[..4.min(m.len())]]);
        months
            .chain(dates::WEEKDAYS)
            .chain(dates::LOWER_CASE_STARTS.iter().copied())
            .chain(amounts::NUMBER_WORDS.iter().copied())
            .collect()
    });

const fn add_start(letters: &mut [u32; 16], word: &str) {
    let bytes = word.as_bytes();
    // Every listed word is shorter than 16 letters and starts with a
    // lower-case ASCII letter (a test holds them to it).
    letters[bytes.len()] |= 1 << (bytes[0] - b'a');
}

/// Whether only spaces, a hyphen or a comma stand between two tokens, or
/// the full stop of an abbreviation ("Aug. 5", "Capt. Smith").
fn joined(text: &str, offset: usize, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    let gap = &text[a.end - offset..b.start - offset];
    let gap = gap
        .strip_prefix('.')
        .filter(|_| a.text.len() <= 4 && a.text.chars().all(char::is_alphabetic))
        .unwrap_or(gap);
    gap.chars().count() <= 2 && gap.chars().all(|c| c == ' ' || c == '-' || c == ',')
}

#[cfg(test)]
mod tests;
