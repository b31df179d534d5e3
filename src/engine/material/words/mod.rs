//! The word-level tests of a material change: where quotations stand in a
//! paragraph, whether a run of words negates, and which words name a person,
//! a place or an office.

/// A set of words with a fast hasher (see [`crate::engine::normalize::FastHash`]):
/// a whole-Bible pair asks it millions of times, where SipHash's cost shows.
pub(super) type HashSet<T> = crate::engine::normalize::FastSet<T>;

use std::borrow::Cow;

use crate::engine::model::ByteRange;

/// The quotations of a paragraph (starting at byte `offset` of its side),
/// quote marks included: “curly”, "straight", and ‘single’ where the
/// opening mark begins a word. A quotation still open at the paragraph's
/// end runs to its end, as news style continues a quote into the next
/// paragraph.
pub(super) fn quotations(text: &str, offset: usize) -> Vec<ByteRange> {
    let mut spans = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    // Only the straight double quote and the curly marks (U+2018 to
    // U+201D, whose UTF-8 starts with 0xE2) can matter: the paragraph is
    // searched for those two bytes, not read character by character
    // (every paragraph of a whole Bible is asked).
    for i in memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        let end = i + c.len_utf8();
        let previous = || text[..i].chars().next_back();
        let next = || text[end..].chars().next();
        match c {
            '“' if open_double.is_none() => open_double = Some(i),
            '”' => {
                if let Some(start) = open_double.take() {
                    spans.push(ByteRange(offset + start, offset + end));
                }
            }
            '"' => match open_double.take() {
                Some(start) => spans.push(ByteRange(offset + start, offset + end)),
                None => open_double = Some(i),
            },
            '‘' if previous().is_none_or(|p| p.is_whitespace() || "([“\"—–-".contains(p)) =>
            {
                open_single = Some(i);
            }
            '’' if next().is_none_or(|n| !n.is_alphanumeric()) => {
                if let Some(start) = open_single.take() {
                    spans.push(ByteRange(offset + start, offset + end));
                }
            }
            _ => {}
        }
    }
    for start in [open_double, open_single].into_iter().flatten() {
        spans.push(ByteRange(offset + start, offset + text.len()));
    }
    spans.sort_unstable();
    spans
}

/// The words of a run of text, letters and apostrophes only, with their
/// byte offsets.
pub(super) fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`]. ASCII bytes (nearly all of prose) are read
/// with one table look-up each; only a byte that starts a longer character
/// decodes it. Both sides of a whole Bible are read for names, and every
/// changed run for negations and names: a text-wide "is it ASCII?" test
/// sent a whole side to the slow path for one curly quote.
pub(super) struct Words<'t> {
    text: &'t str,
    at: usize,
}

/// What a byte says about the character it starts: an ASCII byte outside
/// a word, an ASCII byte of a word (letter, digit, apostrophe), or a byte
/// of a longer character, which must be decoded to tell.
const OUTSIDE: u8 = 0;
const INSIDE: u8 = 1;
const WIDE: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let word = (b as u8).is_ascii_alphanumeric() || b as u8 == b'\'';
        table[b] = if word { INSIDE } else { OUTSIDE };
        b += 1;
    }
    table
};

/// Whether `c` belongs to a word: a letter, a digit or an apostrophe.
pub(super) fn is_word_char(c: char) -> bool {
    match c {
        '\'' | '’' => true,
        // General Punctuation (curly quotes, dashes, the ellipsis) holds no
        // letter or digit: answered without the Unicode tables, which a
        // curly quote otherwise costs at every word of a modern text.
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

impl Words<'_> {
    /// The first byte at or after `i` where a character starts that is
    /// (`inside`) or is not a word character, or the text's end.
    #[inline(always)]
    fn run_end(&self, mut i: usize, inside: bool) -> usize {
        let bytes = self.text.as_bytes();
        let same = if inside { INSIDE } else { OUTSIDE };
        loop {
            // ASCII runs, the bulk of prose, one table look-up a byte.
            while i < bytes.len() && BYTE_CLASS[usize::from(bytes[i])] == same {
                i += 1;
            }
            if i >= bytes.len() || BYTE_CLASS[usize::from(bytes[i])] != WIDE {
                return i;
            }
            match self.text[i..].chars().next() {
                Some(c) if is_word_char(c) == inside => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.run_end(self.at, false);
        if start >= self.text.len() {
            self.at = self.text.len();
            return None;
        }
        let end = self.run_end(start, true);
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

/// How many negations a run of words holds.
pub(super) fn negations(text: &str) -> usize {
    words(text)
        .filter(|(_, w)| {
            // Asked of every word of every edit. Every negation starts with
            // n, c or w or ends with t in either case (no other character
            // lowers to those letters): most words are ruled out by two
            // bytes, the rest lower-cased, without an allocation when the
            // word is ASCII (almost all are).
            let bytes = w.as_bytes();
            let may_be = matches!(bytes.first().map(|b| b | 0x20), Some(b'n' | b'c' | b'w'))
                || matches!(bytes.last(), Some(b't' | b'T'));
            if !may_be {
                return false;
            }
            let owned;
            let lower = if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                *w
            } else if w.is_ascii() && w.len() <= 16 {
                owned = AsciiLower::new(w);
                owned.as_str()
            } else {
                owned = AsciiLower::Heap(w.to_lowercase());
                owned.as_str()
            };
            matches!(
                lower,
                "not"
                    | "never"
                    | "no"
                    | "none"
                    | "nobody"
                    | "nothing"
                    | "nowhere"
                    | "neither"
                    | "nor"
                    | "cannot"
                    | "without"
            ) || lower.ends_with("n't")
                || lower.ends_with("n’t")
        })
        .count()
}

/// A short word in lower case, on the stack when it is ASCII.
enum AsciiLower {
    Inline([u8; 16], usize),
    Heap(String),
}

impl AsciiLower {
    /// `word` must be ASCII and at most 16 bytes.
    fn new(word: &str) -> Self {
        let mut bytes = [0u8; 16];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        bytes[..word.len()].make_ascii_lowercase();
        Self::Inline(bytes, word.len())
    }

    fn as_str(&self) -> &str {
        match self {
            // ASCII in, ASCII out: always UTF-8.
            Self::Inline(bytes, len) => std::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            Self::Heap(s) => s,
        }
    }
}

/// Titles and offices, named in lower case as often as not: one list makes
/// both [`is_title`] and [`TITLE_FIRST_LETTERS`].
macro_rules! titles {
    ($($title:literal)|*) => {
        /// The titles, in the order [`is_title`] asks for them.
        const TITLES: &[&str] = &[$($title),*];

        /// Whether `word` (in lower case) is a title. One `match` (by
        /// length, then bytes), not a list searched in turn: every word of
        /// every changed run is asked.
        fn is_title(word: &str) -> bool {
            matches!(word, $($title)|*)
        }
    };
}

titles!(
    "president"
        | "minister"
        | "premier"
        | "governor"
        | "senator"
        | "chancellor"
        | "secretary"
        | "ambassador"
        | "mayor"
        | "king"
        | "queen"
        | "prince"
        | "chairman"
        | "chairwoman"
        | "ceo"
        | "director"
        | "spokesman"
        | "spokeswoman"
        | "spokesperson"
        | "leader"
        | "judge"
        | "general"
        | "commissioner"
        | "deputy"
);

/// The first letters of the [`TITLES`] (bit 0 for `a`): a word in lower
/// case starting with another letter is no title, and so (see
/// `names::word_gone`) names nothing.
const TITLE_FIRST_LETTERS: u32 = {
    let mut letters = 0u32;
    let mut i = 0;
    while i < TITLES.len() {
        letters |= 1 << (TITLES[i].as_bytes()[0] - b'a');
        i += 1;
    }
    letters
};

/// Whether a word starting with the lower-case ASCII letter `first` may be
/// a title (see [`TITLE_FIRST_LETTERS`]).
fn may_start_title(first: u8) -> bool {
    first.is_ascii_lowercase() && TITLE_FIRST_LETTERS & (1 << (first - b'a')) != 0
}

/// A word in lower case without a possessive ending ("Canada’s" is
/// "canada"); borrowed when the word is already that (most are: every
/// word of every edit of a whole Bible is asked).
fn lower_stem(word: &str) -> Cow<'_, str> {
    let plain = !word.ends_with(['\'', '’', 's']) && !word.chars().any(char::is_uppercase);
    // An ASCII word in lower case with no possessive ending is its own
    // stem too, even ending in "s" ("his", "was"): no copy to make.
    let plain_ascii = || {
        word.is_ascii()
            && !word.bytes().any(|b| b.is_ascii_uppercase())
            && !word.ends_with('\'')
            && !word.ends_with("'s")
    };
    if plain || plain_ascii() {
        return Cow::Borrowed(word);
    }
    let lower = word.to_lowercase();
    for ending in ["'s", "’s", "'", "’"] {
        if let Some(stem) = lower.strip_suffix(ending) {
            return Cow::Owned(stem.to_owned());
        }
    }
    Cow::Owned(lower)
}

/// Hands `f` the word's [`lower_stem`], made on the stack when the word is
/// short ASCII: names are looked up for every word of every changed run,
/// and a capitalised word ("And", "God") would otherwise be copied to the
/// heap each time.
pub(super) fn with_lower_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.is_ascii() || word.len() > 16 {
        return f(&lower_stem(word));
    }
    // Most words asked are in lower case already: no copy.
    let owned;
    let lower = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        owned = AsciiLower::new(word);
        owned.as_str()
    } else {
        word
    };
    f(lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(lower))
}

/// The words of one side of a unit (see [`word_set`]), asked for by
/// their [`lower_stem`].
pub(super) enum UnitWords<'t> {
    /// A paragraph's worth: the words as written, searched in turn and
    /// stemmed only when compared. Stemming and hashing every word of
    /// every unit cost more than the few look-ups a unit makes (a whole
    /// Bible asks for most units' words).
    Few(Vec<&'t str>),
    /// A long unit: a set of stems.
    Many(HashSet<Cow<'t, str>>),
}

impl UnitWords<'_> {
    /// Whether the side holds a word whose stem is `stem`.
    pub(super) fn contains(&self, stem: &str) -> bool {
        match self {
            Self::Few(list) => list.iter().any(|w| has_stem(w, stem)),
            Self::Many(set) => set.contains(stem),
        }
    }
}

/// Whether `word`'s [`lower_stem`] is `stem`; an ASCII word is compared
/// in place, without lowering a copy.
fn has_stem(word: &str, stem: &str) -> bool {
    // An ASCII first letter lowers to an ASCII letter: most words of the
    // list are ruled out by it (a character outside ASCII may lower to a
    // shorter one, so lengths are compared only below).
    if let (Some(&first), Some(&stem_first)) = (word.as_bytes().first(), stem.as_bytes().first()) {
        if first < 0x80 && first.to_ascii_lowercase() != stem_first {
            return false;
        }
    }
    if !word.is_ascii() {
        return lower_stem(word) == stem;
    }
    let bytes = word.as_bytes();
    let bare = match bytes {
        [rest @ .., b'\'', b's' | b'S'] | [rest @ .., b'\''] => rest,
        _ => bytes,
    };
    bare.len() == stem.len()
        && bare
            .iter()
            .zip(stem.as_bytes())
            .all(|(w, s)| w.to_ascii_lowercase() == *s)
}

/// Most bytes of a unit side whose words are kept as a list.
const FEW_WORDS_BYTES: usize = 512;

/// The words of a unit's side; a long side's stems are borrowed from the
/// text where they already are (most are).
pub(super) fn word_set<'a>(pieces: impl Iterator<Item = &'a str> + Clone) -> UnitWords<'a> {
    // Sized once for about a word in six bytes: growing step by step
    // copied (or rehashed) the words each time.
    let bytes: usize = pieces.clone().map(str::len).sum();
    let all = pieces.flat_map(words).map(|(_, w)| w);
    if bytes <= FEW_WORDS_BYTES {
        let mut list = Vec::with_capacity(bytes / 4);
        list.extend(all);
        return UnitWords::Few(list);
    }
    let mut set = HashSet::with_capacity_and_hasher(bytes / 6, Default::default());
    set.extend(all.map(lower_stem));
    UnitWords::Many(set)
}

mod names;
pub(super) mod written;
pub(super) use names::{gone_names, is_headline, names_differ, version_words};

#[cfg(test)]
mod tests;
