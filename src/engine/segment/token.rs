//! Word tokens: a paragraph's UAX #29 word-boundary pieces that take part
//! in matching, each with its byte range and its key under the active
//! normalisation. Every later stage reads them (alignment, word diffs,
//! links), so a token is kept to 16 bytes.

use unicode_segmentation::UnicodeSegmentation;

use super::bounds;
use crate::engine::model::ByteRange;
use crate::engine::normalize::Normalization;

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
    let keep_spaces = norm.keeps_whitespace();
    // An ASCII paragraph (nearly all of prose), or one with curly quotes,
    // dashes or accented letters, is cut without its pieces being sliced
    // and checked again, its spaces skipped; any other goes to the crate.
    let mut push_piece = |start: usize, end: usize, word: bool| {
        let piece = &slice[start..end];
        let kind = if word {
            TokenKind::Word
        } else {
            token_kind(piece)
        };
        if kept(kind, norm) {
            push_cut(out, (range.0 + start, piece), kind, norm, MAX_TOKEN_BYTES);
        }
    };
    if !keep_spaces && slice.is_ascii() {
        bounds::each_ascii_piece(slice, push_piece);
        return;
    }
    if !keep_spaces && bounds::each_piece(slice, &mut push_piece) {
        return;
    }
    let mut push = |offset: usize, piece: &str| {
        // One space between words: every other piece of prose, and left
        // out under the default normalisation before it is classed.
        if piece == " " && !keep_spaces {
            return;
        }
        let kind = token_kind(piece);
        if kept(kind, norm) {
            push_cut(out, (range.0 + offset, piece), kind, norm, MAX_TOKEN_BYTES);
        }
    };
    if !bounds::each_word_bound(slice, &mut push) {
        for (offset, piece) in slice.split_word_bound_indices() {
            push(offset, piece);
        }
    }
}

/// Whether a token of `kind` takes part in matching under `norm`.
fn kept(kind: TokenKind, norm: &Normalization) -> bool {
    match kind {
        TokenKind::Word => true,
        TokenKind::Punct | TokenKind::Stop => !norm.ignore_punctuation,
        TokenKind::Space => norm.keeps_whitespace(),
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

    proptest::proptest! {
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

    /// The tokens of a text as the crate's word bounds give them, kinded
    /// and kept as [`tokens`] does: the reference for its fast paths.
    fn by_the_crate(text: &str, norm: &Normalization) -> Vec<Token> {
        text.split_word_bound_indices()
            .filter(|(_, piece)| kept(token_kind(piece), norm))
            .map(|(at, piece)| Token::new(at, at + piece.len(), token_kind(piece), norm.key(piece)))
            .collect()
    }

    /// A verse of a modern translation, curly quotes and all, takes the
    /// path for common Latin text and is cut as the crate cuts it.
    #[test]
    fn a_verse_with_curly_quotes_is_cut_as_the_crate_cuts_it() {
        let verse = "God said, “Let there be light,” and there was light. ‘It’s good—¶ 3:4.’";
        let norm = Normalization::default();
        let mut out = Vec::new();
        tokens(verse, ByteRange(0, verse.len()), &norm, &mut out);
        assert_eq!(out, by_the_crate(verse, &norm));
        assert!(out.iter().any(|t| &verse[t.start()..t.end()] == "It’s"));
    }

    proptest::proptest! {
        /// Every path of the tokeniser (ASCII, common Latin text, any
        /// text) gives the crate's tokens under each normalisation.
        #[test]
        fn tokens_are_the_crates_under_every_normalisation(
            text in "[aB9 .,:;'_\t\r\n\x0b!?()-]{0,24}|[aB9 .,'_’“é\n\u{300}]{0,16}|[aB9 .,:;'_\t\n!?()’‘“”—é¶\u{a0}-]{0,24}",
            ignore_case: bool,
            ignore_punctuation: bool,
            whitespace: bool,
        ) {
            let norm = Normalization { ignore_case, ignore_punctuation, whitespace, ..Normalization::default() };
            let mut out = Vec::new();
            tokens(&text, ByteRange(0, text.len()), &norm, &mut out);
            proptest::prop_assert_eq!(out, by_the_crate(&text, &norm));
        }
    }
}
