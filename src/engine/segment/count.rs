//! The one word count of a file, so that the pair view, the story view
//! and every report give the same number for the same file.

use super::{blocks_for, tokens, TokenKind};
use crate::engine::normalize::Normalization;

/// How many words a file holds: the one count every display gives (the
/// pair's headers, the story's versions, the reports). A word is a token
/// the comparison finds (Unicode word boundaries, "U.S." and "Canada’s"
/// one word each, "25-percent" two) with a letter or digit in it, over the
/// blocks its format gives; boilerplate is counted, as it is in the file.
pub fn word_count(text: &str, format: crate::engine::model::Format) -> usize {
    let norm = Normalization::default();
    let mut buffer = Vec::new();
    blocks_for(text, format)
        .into_iter()
        .map(|block| {
            buffer.clear();
            tokens(text, block, &norm, &mut buffer);
            buffer
                .iter()
                .filter(|t| t.kind() == TokenKind::Word)
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Format;

    #[test]
    fn words_are_tokens_with_a_letter_or_digit() {
        let text = "The U.S. set 25-percent levies on Canada’s cars.\n\n— Reuters";
        assert_eq!(word_count(text, Format::Text), 10);
        assert_eq!(word_count("", Format::Pdf), 0);
    }
}
