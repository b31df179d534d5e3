//! Segmentation: text into blocks (paragraphs) and word tokens,
//! each with a byte range into the loaded text.
//!
//! Articles arrive in three shapes, and all three must come out as the
//! paragraphs a reader sees:
//! - blank-line separated paragraphs (most saved articles);
//! - one block per line with no blank lines between (scraped pages put a
//!   site name, a date line and photo captions on consecutive lines);
//! - hard-wrapped prose (e-mail, Project Gutenberg), whose lines must be
//!   joined back into paragraphs.
//!
//! A line is joined to the previous one when the previous line was clearly
//! broken by a wrap: the next line's first word would not have fitted on it.

mod bounds;
mod count;

pub use count::word_count;

use unicode_segmentation::UnicodeSegmentation;

use crate::engine::model::ByteRange;
use crate::engine::normalize::Normalization;

/// Lines longer than this (in characters) are never treated as hard-wrapped.
const MAX_WRAP_COLUMNS: usize = 110;

/// One line of text without its terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Line {
    start: usize,
    end: usize,
}

/// Splits `text` into lines, accepting LF, CRLF and lone CR. The line
/// ends are found with `memchr` (a whole Bible has 62,000 of them among
/// 4 MB) and the list is sized from them first, so it is never copied to
/// grow.
fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(memchr::memchr2_iter(b'\n', b'\r', bytes).count() + 1);
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            // The LF of a CRLF, taken with its CR.
            continue;
        }
        lines.push(Line { start, end: i });
        start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
        });
    }
    lines
}

fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

fn looks_like_list_item(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some('•' | '*' | '-' | '–' | '—' | '>' | '#' | '·') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest: String = t.chars().skip_while(char::is_ascii_digit).take(1).collect();
            rest == "." || rest == ")"
        }
        _ => false,
    }
}

/// Splits a document's text into blocks by the rules of its format.
pub fn blocks_for(text: &str, format: crate::engine::model::Format) -> Vec<ByteRange> {
    use crate::engine::model::Format;
    match format {
        Format::Markdown => crate::engine::markdown::blocks(text),
        // Text made by the loader from a document's own paragraphs: the
        // blank lines are the paragraph ends, the line breaks inside are
        // the document's (or a PDF's layout), never a guess to undo.
        Format::Word | Format::OpenDocument | Format::Pdf => paragraphs(text),
        _ => blocks(text),
    }
}

/// Splits `text` at blank lines only: each run of non-blank lines is one
/// block.
pub fn paragraphs(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for line in lines(text) {
        if is_blank(&text[line.start..line.end]) {
            out.extend(current.take().map(|(a, b)| ByteRange(a, b)));
        } else {
            let end = line.start + text[line.start..line.end].trim_end().len();
            current = Some((current.map_or(line.start, |(a, _)| a), end));
        }
    }
    out.extend(current.map(|(a, b)| ByteRange(a, b)));
    out
}

/// Splits `text` into blocks (paragraphs). Each block's range starts at its
/// first non-blank line and ends at the end of its last line (no terminator).
pub fn blocks(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut group: Vec<Line> = Vec::new();
    for line in lines(text) {
        if is_blank(&text[line.start..line.end]) {
            flush_group(text, &mut group, &mut out);
        } else {
            group.push(line);
        }
    }
    flush_group(text, &mut group, &mut out);
    out
}

/// Turns one run of consecutive non-blank lines into one or more blocks.
fn flush_group(text: &str, group: &mut Vec<Line>, out: &mut Vec<ByteRange>) {
    if group.is_empty() {
        return;
    }
    let widths: Vec<usize> = group
        .iter()
        .map(|l| text[l.start..l.end].trim_end().chars().count())
        .collect();
    let wrap_width = widths.iter().copied().max().unwrap_or(0);
    let mut block_start = group[0].start;
    for i in 0..group.len() {
        let ends_block = match group.get(i + 1) {
            None => true,
            Some(next) => {
                let next_text = &text[next.start..next.end];
                let first_word = next_text
                    .split_whitespace()
                    .next()
                    .map_or(0, |w| w.chars().count());
                let wrapped = wrap_width <= MAX_WRAP_COLUMNS
                    && widths[i] + 1 + first_word > wrap_width
                    && !looks_like_list_item(next_text);
                !wrapped
            }
        };
        if ends_block {
            let line_text = &text[group[i].start..group[i].end];
            let trimmed_end = group[i].start + line_text.trim_end().len();
            let leading = text[block_start..].len() - text[block_start..].trim_start().len();
            out.push(ByteRange(
                block_start + leading,
                trimmed_end.max(block_start + leading),
            ));
            if let Some(next) = group.get(i + 1) {
                block_start = next.start;
            }
        }
    }
    group.clear();
}

/// What a word-boundary token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Contains a letter or digit.
    Word,
    /// Punctuation or symbols only.
    Punct,
    /// A sentence-ending mark: `.`, `!`, `?`, `…`.
    Stop,
    /// Whitespace only.
    Space,
}

impl TokenKind {
    const ALL: [Self; 4] = [Self::Word, Self::Punct, Self::Stop, Self::Space];
}

/// One UAX #29 word-boundary token.
///
/// Sixteen bytes: a whole-Bible pair holds two million tokens, read by
/// every stage, and the 24 a `usize` offset took cost 14 MB more memory
/// for the kernel to zero and the caches to hold. So the offset is 32-bit
/// (a text's tokens stop at [`MAX_TEXT_BYTES`]; files load up to 1 GiB)
/// and the kind shares a word with the length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Matching key under the active [`Normalization`].
    pub key: u64,
    start_byte: u32,
    /// Length in bytes (the low 30 bits) and [`TokenKind`] (the top two).
    len_and_kind: u32,
}

/// Longest token: past this a run of letters is cut (see [`Token`]).
pub const MAX_TOKEN_BYTES: usize = (1 << KIND_SHIFT) - 1;
/// Bytes of a text that are tokenised: a token's offset is 32-bit, and
/// text past this is shown but never compared. No file loads this large
/// ([`crate::engine::load::MAX_FILE_BYTES`]).
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;
const KIND_SHIFT: u32 = 30;

impl Token {
    /// A token over `start..end`: `start` at most [`MAX_TEXT_BYTES`] and
    /// at most [`MAX_TOKEN_BYTES`] long.
    pub fn new(start: usize, end: usize, kind: TokenKind, key: u64) -> Self {
        debug_assert!(start <= MAX_TEXT_BYTES);
        debug_assert!(end >= start && end - start <= MAX_TOKEN_BYTES);
        let len = (end - start).min(MAX_TOKEN_BYTES) as u32;
        Self {
            key,
            start_byte: u32::try_from(start).unwrap_or(u32::MAX),
            len_and_kind: len | ((kind as u32) << KIND_SHIFT),
        }
    }

    /// Byte offset of the token's start in the document text.
    pub fn start(&self) -> usize {
        self.start_byte as usize
    }

    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start() + (self.len_and_kind & MAX_TOKEN_BYTES as u32) as usize
    }

    /// What the token is.
    pub fn kind(&self) -> TokenKind {
        TokenKind::ALL[(self.len_and_kind >> KIND_SHIFT) as usize]
    }
}

fn token_kind(s: &str) -> TokenKind {
    if s.is_ascii() {
        // Nearly every token: its bytes are its characters.
        let bytes = s.as_bytes();
        return if bytes.iter().any(u8::is_ascii_alphanumeric) {
            TokenKind::Word
        } else if bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0x0B) {
            TokenKind::Space
        } else if matches!(bytes, b"." | b"!" | b"?") {
            TokenKind::Stop
        } else {
            TokenKind::Punct
        };
    }
    if s.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else if s.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if matches!(s, "." | "!" | "?" | "…") {
        TokenKind::Stop
    } else {
        TokenKind::Punct
    }
}

/// The matching tokens of `range` in `text`: words and punctuation, plus
/// whitespace when normalisation does not ignore it. Ignored tokens are
/// left out; the text between kept tokens is shown but never compared.
pub fn tokens(text: &str, range: ByteRange, norm: &Normalization, out: &mut Vec<Token>) {
    if range.0 > MAX_TEXT_BYTES {
        return;
    }
    let slice = &text[range.0..range.1];
    let mut push = |offset: usize, piece: &str| {
        let kind = token_kind(piece);
        let keep = match kind {
            TokenKind::Word => true,
            TokenKind::Punct | TokenKind::Stop => !norm.ignore_punctuation,
            TokenKind::Space => norm.keeps_whitespace(),
        };
        if keep {
            push_cut(out, (range.0 + offset, piece), kind, norm, MAX_TOKEN_BYTES);
        }
    };
    if !bounds::each_word_bound(slice, &mut push) {
        for (offset, piece) in slice.split_word_bound_indices() {
            push(offset, piece);
        }
    }
}

/// Pushes `piece` (at byte `start`) as one token, or, past `max_bytes`
/// ([`MAX_TOKEN_BYTES`]), as several cut at character boundaries.
fn push_cut(
    out: &mut Vec<Token>,
    (start, piece): (usize, &str),
    kind: TokenKind,
    norm: &Normalization,
    max_bytes: usize,
) {
    let mut rest = piece;
    let mut at = start;
    while !rest.is_empty() && at <= MAX_TEXT_BYTES {
        let mut cut = rest.len().min(max_bytes);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(Token::new(at, at + cut, kind, norm.key(&rest[..cut])));
        (rest, at) = (&rest[cut..], at + cut);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_texts(text: &str) -> Vec<&str> {
        blocks(text).iter().map(|b| &text[b.0..b.1]).collect()
    }

    /// A token longer than its 30-bit length allows is cut, at character
    /// boundaries, into tokens that cover it exactly (shown with a small
    /// limit: the real one is 1 GiB).
    #[test]
    fn an_overlong_token_is_cut_into_tokens_that_cover_it() {
        let word = "aéééb";
        let mut out = Vec::new();
        let norm = Normalization::default();
        push_cut(&mut out, (10, word), TokenKind::Word, &norm, 4);
        let pieces: Vec<(usize, usize)> = out.iter().map(|t| (t.start(), t.end())).collect();
        assert_eq!(pieces, [(10, 13), (13, 17), (17, 18)]);
        assert_eq!(out[1].key, norm.key("éé"));
    }

    /// Regression: a token took 32 bytes (two `usize` offsets), then 24;
    /// a whole-Bible pair's two million tokens were the app's peak memory.
    #[test]
    fn a_token_takes_16_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 16);
    }

    /// Each kind and the longest length survive sharing one word.
    #[test]
    fn a_token_keeps_its_kind_and_length() {
        for kind in TokenKind::ALL {
            let token = Token::new(7, 7 + MAX_TOKEN_BYTES, kind, 1);
            assert_eq!(
                (token.start(), token.end(), token.kind()),
                (7, 7 + MAX_TOKEN_BYTES, kind)
            );
        }
        let last = Token::new(MAX_TEXT_BYTES, MAX_TEXT_BYTES + 3, TokenKind::Stop, 2);
        assert_eq!(
            (last.start(), last.end()),
            (MAX_TEXT_BYTES, MAX_TEXT_BYTES + 3)
        );
    }

    /// Text past the 32-bit offsets is shown but not tokenised: no token
    /// is made with a wrong offset.
    #[test]
    fn no_token_starts_past_the_32_bit_offsets() {
        let mut out = Vec::new();
        let norm = Normalization::default();
        push_cut(
            &mut out,
            (MAX_TEXT_BYTES - 2, "abcdef"),
            TokenKind::Word,
            &norm,
            2,
        );
        let pieces: Vec<(usize, usize)> = out.iter().map(|t| (t.start(), t.end())).collect();
        assert_eq!(
            pieces,
            [
                (MAX_TEXT_BYTES - 2, MAX_TEXT_BYTES),
                (MAX_TEXT_BYTES, MAX_TEXT_BYTES + 2)
            ]
        );
    }

    /// The line splitter as it read byte by byte: the reference.
    fn lines_byte_by_byte(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    out.push((start, i));
                    i += 1;
                    start = i;
                }
                b'\r' => {
                    out.push((start, i));
                    i += if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    start = i;
                }
                _ => i += 1,
            }
        }
        if start < bytes.len() {
            out.push((start, bytes.len()));
        }
        out
    }

    proptest::proptest! {
        /// Lines found with `memchr` are the lines read byte by byte, for
        /// any mix of LF, CRLF and lone CR.
        #[test]
        fn lines_split_as_read_byte_by_byte(text in "[ab\r\n]{0,24}") {
            let found: Vec<(usize, usize)> = lines(&text).iter().map(|l| (l.start, l.end)).collect();
            proptest::prop_assert_eq!(found, lines_byte_by_byte(&text));
        }

        /// An ASCII token is kinded by its bytes as its characters would be.
        #[test]
        fn ascii_tokens_are_kinded_as_characters_say(s in "[a9 .!?,\t\x0b\x0c\r\n_-]{0,4}") {
            let by_chars = if s.chars().any(char::is_alphanumeric) {
                TokenKind::Word
            } else if s.chars().all(char::is_whitespace) {
                TokenKind::Space
            } else if matches!(s.as_str(), "." | "!" | "?" | "…") {
                TokenKind::Stop
            } else {
                TokenKind::Punct
            };
            proptest::prop_assert_eq!(token_kind(&s), by_chars);
        }
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            block_texts("One.\n\nTwo.\n\n\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn crlf_and_lone_cr_line_endings() {
        assert_eq!(block_texts("One.\r\n\r\nTwo.\r\n"), ["One.", "Two."]);
        assert_eq!(block_texts("One.\r\rTwo.\r"), ["One.", "Two."]);
    }

    #[test]
    fn consecutive_short_lines_are_separate_blocks() {
        let text = "Livemint\nPublished28 Mar 2025, 09:29 PM IST\nA photo caption that is long enough to look like a sentence of its own, with credit. (AFP)";
        assert_eq!(block_texts(text).len(), 3);
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "It was the best of times, it was the worst of times, it was the age of\nwisdom, it was the age of foolishness, it was the epoch of belief, it\nwas the epoch of incredulity.\n\nThere were a king with a large jaw and a queen with a plain face, on the\nthrone of England.";
        let got = block_texts(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("incredulity."));
    }

    #[test]
    fn wrapped_paragraph_then_list_item_stays_apart() {
        let text = "We found three things that matter a great deal to the readers of this\n- first item\n- second item";
        assert_eq!(block_texts(text).len(), 3);
    }

    #[test]
    fn empty_and_blank_text_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\n").is_empty());
    }

    #[test]
    fn tokens_follow_normalisation() {
        let text = "Trump’s  call — “done”";
        let mut out = Vec::new();
        tokens(
            text,
            ByteRange(0, text.len()),
            &Normalization::default(),
            &mut out,
        );
        assert!(out.iter().all(|t| t.kind() != TokenKind::Space));
        assert_eq!(&text[out[0].start()..out[0].end()], "Trump’s");
        let no_punct = Normalization {
            ignore_punctuation: true,
            ..Normalization::default()
        };
        out.clear();
        tokens(text, ByteRange(0, text.len()), &no_punct, &mut out);
        assert_eq!(out.len(), 3);
    }
}
