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
mod token;

pub use count::word_count;
pub use token::{tokens, Token, TokenKind, MAX_TEXT_BYTES, MAX_TOKEN_BYTES};

use crate::engine::model::ByteRange;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn block_texts(text: &str) -> Vec<&str> {
        blocks(text).iter().map(|b| &text[b.0..b.1]).collect()
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
}
