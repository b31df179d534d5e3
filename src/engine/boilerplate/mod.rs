//! Boilerplate: blocks that are web furniture, not reporting.
//!
//! Syndicated copies carry the outlet's furniture between the paragraphs:
//! "Also Read | …" links, "Stay updated with …" prompts, "Advertisement",
//! share and newsletter prompts, breadcrumb trails, photo credits, agency
//! credits such as "(With inputs from agencies)", datelines glued to
//! "Published". A reader checking what an outlet changed in the story wants
//! these apart from editorial change, so each block is classified here and
//! units made only of such blocks are tagged, counted separately, drawn
//! dimmed and can be hidden. Nothing is removed: the text stays in the pane.
//!
//! The rules look at one block's text at a time and err on the side of
//! leaving prose alone: a block is boilerplate only when it is short or its
//! shape is unmistakable.

use crate::engine::model::BoilerplateKind;

mod abroad;
mod credits;
mod reader;
mod times;

use times::is_timestamp;

/// Blocks longer than this (in words) are prose, whatever they start with,
/// except photo captions, which carry a credit at the end.
const MAX_FURNITURE_WORDS: usize = 40;

const RELATED: &[&str] = &[
    "also read",
    "read more",
    "read also",
    "related:",
    "related stories",
    "related news",
    "recommended:",
    "must read",
    "don't miss",
    "see also",
    "watch:",
    "also watch",
];
const PROMPTS: &[&str] = &[
    "stay updated with",
    "stay informed",
    "subscribe to",
    "subscribe now",
    "sign up for",
    "sign up to",
    "follow us on",
    "follow our",
    "join our",
    "download the",
    "get breaking news",
    "get the latest",
    "click here",
    "catch all the",
    "for more news",
    "get our newsletter",
    "get the app",
    "listen to this article",
];
const ADVERTISEMENT: &[&str] = &[
    "advertisement",
    "sponsored",
    "story continues below",
    "article continues below",
    "continue reading below",
    "scroll to continue",
    "paid content",
    "ad feedback",
];
const SHARE: &[&str] = &[
    "share this",
    "share on",
    "share via",
    "share article",
    "share:",
    "tweet this",
    "email this",
];
const PHOTO: &[&str] = &[
    "(photo by",
    "(photo:",
    "(photo credit",
    "photo credit",
    "image credit",
    "(image:",
    "(image credit",
    "(file photo",
    "(picture:",
    "(pic:",
    "getty images",
];
const ALL_RIGHTS_RESERVED: &str = "all rights reserved";
const AGENCY: &[&str] = &[
    "(with inputs from",
    "with inputs from",
    "(reporting by",
    "(additional reporting",
    "(edited by",
    "(writing by",
    "(compiled by",
];

/// How many whitespace-separated words `text` holds, as
/// `split_whitespace().count()` says; an ASCII text is counted by bytes
/// (every block of a document is counted).
fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = b.is_ascii_whitespace() || b == 0x0B;
        count += usize::from(in_word && space);
        in_word = !space;
    }
    count + usize::from(in_word)
}

/// Classifies one block's text.
pub fn classify(block: &str) -> Option<BoilerplateKind> {
    let text = block.trim();
    if text.is_empty() {
        return None;
    }
    let words = word_count(text);
    if words > 3 * MAX_FURNITURE_WORDS {
        // Too long for any kind of furniture: spare the lowercase copy.
        return None;
    }
    let found = anywhere(text);
    if has_photo_credit(text, &found) {
        return Some(BoilerplateKind::PhotoCredit);
    }
    if let Some(kind) = credits::classify(text, words) {
        return Some(kind);
    }
    if words > MAX_FURNITURE_WORDS {
        return None;
    }
    // Every rule below but one looks at how the block starts: most blocks
    // (every verse of a Bible) are told apart by their first words, so only
    // those are lowered; the whole block only when it is a few words long.
    let part = if words <= MAX_LOWERED_WORDS {
        text
    } else {
        head(text, HEAD_BYTES)
    };
    // Lowered on the stack when ASCII, as nearly every block's start is.
    let mut stack = [0u8; HEAD_BYTES];
    let owned: String;
    let lower: &str = match stack.get_mut(..part.len()) {
        Some(bytes) if part.is_ascii() => {
            bytes.copy_from_slice(part.as_bytes());
            bytes.make_ascii_lowercase();
            std::str::from_utf8(bytes).unwrap_or_default()
        }
        _ => {
            owned = part.to_lowercase();
            &owned
        }
    };
    let starts = |list: &[&str]| starts_with_any(lower, list);
    if starts(AGENCY) {
        return Some(BoilerplateKind::AgencyCredit);
    }
    if starts(RELATED) {
        return Some(BoilerplateKind::RelatedLink);
    }
    if starts(PROMPTS) {
        return Some(BoilerplateKind::Prompt);
    }
    if starts(ADVERTISEMENT) && words <= 6 {
        return Some(BoilerplateKind::Advertisement);
    }
    if starts(SHARE) && words <= 12 {
        return Some(BoilerplateKind::Share);
    }
    // A timestamp reads past its first words: it needs the block lowered
    // whole, which a short block already is.
    let timestamp = if words <= MAX_LOWERED_WORDS {
        is_timestamp(lower)
    } else {
        starts(times::TIMESTAMP) && is_timestamp(&text.to_lowercase())
    };
    if timestamp {
        return Some(BoilerplateKind::Timestamp);
    }
    if is_breadcrumb(text) {
        return Some(BoilerplateKind::Breadcrumb);
    }
    if is_footer_or_comment_label(lower, &found, words) {
        return Some(BoilerplateKind::PageLabel);
    }
    if is_page_label(text) {
        return Some(BoilerplateKind::PageLabel);
    }
    abroad::classify(text, lower, words).or_else(|| reader::classify(lower, words, found.prompt))
}

/// Whether `lower` starts with one of `phrases`. A phrase's first byte is
/// compared before the rest: every block is asked of dozens of phrases,
/// and a comparison of the whole phrase for each was a third of
/// classifying a Bible's verses.
pub(super) fn starts_with_any(lower: &str, phrases: &[&str]) -> bool {
    let first = lower.as_bytes().first();
    phrases
        .iter()
        .any(|p| p.as_bytes().first().is_none_or(|b| Some(b) == first) && lower.starts_with(p))
}

/// Blocks of at most this many words are lowered whole for the rules.
const MAX_LOWERED_WORDS: usize = 4;
/// Bytes lowered from the start of a longer block: more than the longest
/// starting phrase a rule looks for.
const HEAD_BYTES: usize = 64;

/// Phrases found anywhere in a block, in any case, in one pass: asked of
/// every block, so one automaton rather than a search per phrase.
/// `aho-corasick` is the maintained crate for many-phrase search.
static ANYWHERE: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                PHOTO
                    .iter()
                    .chain(&[ALL_RIGHTS_RESERVED])
                    .chain(reader::PROMPTS),
            )
            .ok()
    });

/// The longest start of `text` of at most `bytes` bytes that ends on a
/// character boundary.
fn head(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What [`ANYWHERE`] finds in a block.
#[derive(Default)]
struct Anywhere {
    photo_credit: bool,
    rights_reserved: bool,
    /// A phrase of the page's own voice ([`reader::PROMPTS`]).
    prompt: bool,
}

fn anywhere(text: &str) -> Anywhere {
    let mut found = Anywhere::default();
    let Some(automaton) = ANYWHERE.as_ref() else {
        // The phrases are fixed and always build; were they not, search
        // each one.
        let lower = text.to_lowercase();
        found.photo_credit = PHOTO.iter().any(|p| lower.contains(p));
        found.rights_reserved = lower.contains(ALL_RIGHTS_RESERVED);
        found.prompt = reader::PROMPTS.iter().any(|p| lower.contains(p));
        return found;
    };
    // Most blocks hold none of the phrases: asking whether one is there
    // takes half the time of listing them all, which only a block that
    // holds one needs.
    if !automaton.is_match(text) {
        return found;
    }
    for m in automaton.find_overlapping_iter(text) {
        match m.pattern().as_usize() {
            i if i < PHOTO.len() => found.photo_credit = true,
            i if i == PHOTO.len() => found.rights_reserved = true,
            _ => found.prompt = true,
        }
    }
    found
}

fn has_photo_credit(text: &str, found: &Anywhere) -> bool {
    // Compared in place: only ASCII letters lower to these phrases'
    // letters (the Kelvin sign lowers to "k", which none holds).
    let starts = |phrase: &str| {
        text.as_bytes()
            .get(..phrase.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(phrase.as_bytes()))
    };
    found.photo_credit || starts("photo:") || starts("image:") || starts("file photo")
}

/// "Home > World > Americas", "News / India / Politics", or a trail glued
/// together by a page scrape: "Business NewsNewsUs NewsDonald Trump …".
fn is_breadcrumb(text: &str) -> bool {
    // Every block of a document is asked: one pass for a separator's
    // mark (`»` ends in 0xBB, `›` in 0xBA) before any search for one.
    let bytes = text.as_bytes();
    let marked = memchr::memchr3(b'>', b'/', b'|', bytes).is_some()
        || memchr::memchr2(0xBA, 0xBB, bytes).is_some();
    for separator in [" > ", " » ", " › ", " / ", " | "] {
        if marked
            && text.matches(separator).nth(1).is_some()
            && text
                .split(separator)
                .all(|p| p.split_whitespace().count() <= 4)
        {
            return true;
        }
    }
    if text.starts_with("Home >") || text.starts_with("Home »") || text.starts_with("Home /") {
        return true;
    }
    // Glued trail: "Business NewsNewsUs News…", categories run together.
    if !text.contains("News") {
        return false;
    }
    let glued = text
        .as_bytes()
        .windows(5)
        .filter(|w| w[0].is_ascii_lowercase() && &w[1..] == b"News")
        .count();
    glued >= 1 && text.matches("News").count() >= 3
}

/// "© 2025 The Daily Ledger. All rights reserved.", "Comments (42)",
/// "Leave a comment".
fn is_footer_or_comment_label(lower: &str, found: &Anywhere, words: usize) -> bool {
    let copyright =
        lower.starts_with('©') || lower.starts_with("copyright") || found.rights_reserved;
    let comments = words <= 4
        && [
            "comments",
            "leave a comment",
            "show comments",
            "view comments",
            "add a comment",
        ]
        .iter()
        .any(|p| lower.starts_with(p) || lower.ends_with(p));
    copyright || comments
}

/// One word with no sentence punctuation: "Advertisement", "MoreLess",
/// "Livemint", "Comments".
pub(super) fn is_page_label(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(word), None) = (words.next(), words.next()) else {
        return false;
    };
    word.chars().count() <= 24
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
}

mod tables;
pub use tables::keep_table_labels;

#[cfg(test)]
mod tests;
