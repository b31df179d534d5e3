//! Markdown blocks: how a `.md` article is cut into paragraphs.
//!
//! Markdown writers wrap paragraphs freely and put headings and list items
//! on lines of their own, often with no blank line between them. Here a
//! block is a paragraph (its soft-wrapped lines joined), a heading (ATX `#`
//! or setext underlined), one list item, one quote paragraph, or a whole
//! fenced code block. The text itself is not changed: markers such as `#`
//! and `*` stay in the pane, as in the file.

use crate::engine::model::ByteRange;

/// Splits Markdown `text` into blocks, in text order.
pub fn blocks(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut current: Option<ByteRange> = None;
    let mut fence: Option<&str> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        let end = line_start + body.trim_end().len();
        let content_start = line_start + (body.len() - body.trim_start().len());
        if let Some(marker) = fence {
            extend(&mut current, content_start, end);
            if trimmed.starts_with(marker) {
                fence = None;
                flush(&mut current, &mut out);
            }
            continue;
        }
        if trimmed.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut current, &mut out);
            fence = Some(&trimmed[..3]);
            extend(&mut current, content_start, end);
            continue;
        }
        if current.is_some() && is_setext_underline(trimmed) {
            // "Title\n=====": the underline belongs to the heading above.
            extend(&mut current, content_start, end);
            flush(&mut current, &mut out);
            continue;
        }
        if starts_block(trimmed) {
            flush(&mut current, &mut out);
        }
        extend(&mut current, content_start, end);
        if is_heading(trimmed) {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

fn extend(current: &mut Option<ByteRange>, start: usize, end: usize) {
    match current {
        Some(range) => range.1 = end.max(range.1),
        None => *current = Some(ByteRange(start, end.max(start))),
    }
}

fn flush(current: &mut Option<ByteRange>, out: &mut Vec<ByteRange>) {
    if let Some(range) = current.take() {
        out.push(range);
    }
}

fn is_heading(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (1..=6).contains(&hashes)
        && line[hashes..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
}

fn is_setext_underline(line: &str) -> bool {
    line.len() >= 2 && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-'))
}

/// Lines that open a block of their own even without a blank line before.
fn starts_block(line: &str) -> bool {
    if is_heading(line) || line.starts_with('>') || line.starts_with('|') {
        return true;
    }
    if let Some(rest) = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .or_else(|| line.strip_prefix("+ "))
    {
        return !rest.is_empty();
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && digits < 10
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        blocks(text).iter().map(|r| &text[r.range()]).collect()
    }

    #[test]
    fn headings_list_items_and_wrapped_paragraphs() {
        let text = "# Trump calls Carney\nUS President Donald Trump said\nhe had a call.\n\n\
                    Key points:\n- first point\n  continues here\n- second point\n1. numbered\n\n\
                    Subhead\n-------\nLast paragraph.\n";
        assert_eq!(
            texts(text),
            vec![
                "# Trump calls Carney",
                "US President Donald Trump said\nhe had a call.",
                "Key points:",
                "- first point\n  continues here",
                "- second point",
                "1. numbered",
                "Subhead\n-------",
                "Last paragraph.",
            ]
        );
    }

    #[test]
    fn fenced_code_is_one_block_even_with_blank_lines() {
        let text = "Intro\n\n```\ncode line\n\n# not a heading\n```\nAfter\n";
        assert_eq!(
            texts(text),
            vec!["Intro", "```\ncode line\n\n# not a heading\n```", "After"]
        );
    }

    #[test]
    fn crlf_and_hashtags() {
        let text = "#hashtag is text\r\nstill text\r\n\r\n## Real heading\r\n";
        assert_eq!(
            texts(text),
            vec!["#hashtag is text\r\nstill text", "## Real heading"]
        );
    }
}
