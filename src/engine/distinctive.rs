//! Which words carry content: the test behind every claim that two texts
//! share something ("this passage was carried", "this paragraph is an edit
//! of that one").
//!
//! Five common words in a row ("to a record low of", "on the part of the")
//! stand in unrelated stories by chance, and two paragraphs in one wire
//! format ("the bank said a … mln dlr loan") share their function words
//! whatever they report. A word is *distinctive* when it is
//!
//! 1. not on the stop list below: the commonest English words (articles,
//!    pronouns, auxiliaries, prepositions, conjunctions, the commonest
//!    adverbs, adjectives and verbs of reporting) and the stock words of
//!    wire copy (`said`, `pct`, `mln`, `dlrs`, `year`, `company`), and
//! 2. not frequent in the documents themselves: standing more than
//!    [`max_repeats`] times on a side (a story about the World Bank says
//!    "Bank" on every line; a Bible says "earth" 900 times), and
//! 3. more than a letter or a lone digit.
//!
//! The list is written here rather than taken from a stop-word crate: the
//! crates carry general lists (NLTK's, Lucene's) without the wire words
//! and with words a story needs ("against", "former"), and rarity in the
//! two documents does most of the work anyway.

use std::collections::HashMap;

/// The stop list (see the module docs), lower case: articles, pronouns,
/// auxiliaries and the commonest verbs, prepositions and conjunctions,
/// common words of time and quantity, and wire copy's stock words.
const STOP_WORDS: &str = "\
    a an the this that these those it its he him his she her hers they them \
    their theirs we us our ours you your i me my who whom whose which what \
    there here some any all each every both either other another such same \
    own one ones itself himself herself themselves is are was were be been \
    being am has have had having do does did done will would shall should \
    can could may might must get got make made take taken took go going went \
    come came give given put set see seen know think want use used say says \
    said saying told tell added noted expected according reported announced \
    agreed plans plan of in on at to for from by with about as into onto \
    over under after before since until than then through between among \
    during without within against per via off out up down and or but nor so \
    if because while when where whether though although also not no yes only \
    just very more most less least much many few well even still yet now \
    again further once however including part way ago new old first last \
    next second third early late later earlier high low record total former \
    current recent previous latest year years month months week weeks day \
    days time times quarter today yesterday tomorrow two three four five six \
    seven eight nine ten hundred thousand half number end point points pct \
    percent cent cents cts mln million billion bln dlr dlrs dollar dollars \
    shr shrs net vs company companies inc corp co ltd plc group unit market \
    markets price prices share shares official officials statement spokesman \
    sources reuter reuters rise rose fell fall";

/// Whether `lower` (a word in lower case) is on the stop list.
pub fn is_stop_word(lower: &str) -> bool {
    use std::sync::OnceLock;
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.split_whitespace().collect())
        .contains(lower)
}

/// A word standing more often than this on a side of `words` words is
/// frequent there: four times in a news story, once in a thousand words
/// in a long text.
pub fn max_repeats(words: usize) -> usize {
    (words / 1000).max(4)
}

/// How often each word (lower case) stands in a text, for rarity.
#[derive(Debug, Default)]
pub struct Frequencies {
    counts: HashMap<String, u32>,
    words: usize,
}

impl Frequencies {
    /// Counts the words yielded.
    pub fn count<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut out = Self::default();
        for w in words {
            out.words += 1;
            let lower = lower(w);
            match out.counts.get_mut(lower.as_ref()) {
                Some(n) => *n += 1,
                None => {
                    out.counts.insert(lower.into_owned(), 1);
                }
            }
        }
        out
    }

    /// Whether `lower` stands more than [`max_repeats`] times.
    pub fn is_frequent(&self, lower: &str) -> bool {
        self.counts.get(lower).copied().unwrap_or(0) as usize > max_repeats(self.words)
    }
}

/// The word in lower case, borrowed when it already is.
pub fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Whether a word carries content on its own: not a stop word, more than
/// one character, not a lone small number.
pub fn is_content(lower: &str) -> bool {
    let small_number = lower.len() <= 2 && lower.bytes().all(|b| b.is_ascii_digit());
    lower.chars().count() > 1 && !small_number && !is_stop_word(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_words_are_not_content_and_names_are() {
        for w in ["the", "said", "record", "low", "pct", "mln", "a", "7"] {
            assert!(!is_content(w), "{w}");
        }
        for w in ["carney", "tariff", "yen", "144.70", "sugar"] {
            assert!(is_content(w), "{w}");
        }
    }

    #[test]
    fn a_word_on_every_line_is_frequent() {
        let text = "Bank said. The Bank and the bank. Bank, bank! loan";
        let f = Frequencies::count(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty()),
        );
        assert!(f.is_frequent("bank"));
        assert!(!f.is_frequent("loan"));
    }
}
