//! The word diff of an altered quotation against its group's wording: the
//! words the version left out, the words it put in their place, and the
//! words both have, in reading order, so a fact-checker sees exactly what
//! was changed inside the quotation marks.
//!
//! Words are compared case and punctuation aside (as the grouping folds
//! them) and shown as each text has them. The diff is `similar`'s Myers
//! over the two word lists: a quotation is a few dozen words, and the
//! crate is the one the pair engine uses.

use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffTag};

/// What one piece of a quotation's diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PieceKind {
    /// In both wordings.
    Same,
    /// In the group's wording, not in this version's.
    Removed,
    /// In this version's wording, not in the group's.
    Added,
}

/// A run of words of one kind, as its text has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub kind: PieceKind,
    pub text: String,
}

/// The words of `text` split at white space, each with its folded key
/// (lower case, letters and digits only, one apostrophe).
fn tokens(text: &str) -> Vec<(&str, String)> {
    text.split_whitespace()
        .map(|w| {
            let key: String = w
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '\'' | '’'))
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            (w, key.trim_matches('\'').to_owned())
        })
        .collect()
}

/// How `wording` (the group's) became `version` (an occurrence's), in
/// pieces; neighbouring pieces of one kind are joined.
pub fn quote_diff(wording: &str, version: &str) -> Vec<Piece> {
    let (old, new) = (tokens(wording), tokens(version));
    let old_keys: Vec<&str> = old.iter().map(|(_, k)| k.as_str()).collect();
    let new_keys: Vec<&str> = new.iter().map(|(_, k)| k.as_str()).collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |kind: PieceKind, words: &[(&str, String)]| {
        if words.is_empty() {
            return;
        }
        let text = words.iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
        match pieces.last_mut() {
            Some(last) if last.kind == kind => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => pieces.push(Piece { kind, text }),
        }
    };
    for op in similar::capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            // Shown as this version has them.
            DiffTag::Equal => push(PieceKind::Same, &new[new_range]),
            DiffTag::Delete => push(PieceKind::Removed, &old[old_range]),
            DiffTag::Insert => push(PieceKind::Added, &new[new_range]),
            DiffTag::Replace => {
                push(PieceKind::Removed, &old[old_range]);
                push(PieceKind::Added, &new[new_range]);
            }
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(pieces: &[Piece]) -> Vec<(PieceKind, &str)> {
        pieces.iter().map(|p| (p.kind, p.text.as_str())).collect()
    }

    #[test]
    fn a_changed_word_is_removed_then_added_between_the_same_words() {
        let pieces = quote_diff(
            "meeting immediately after the Election",
            "meeting right after the election",
        );
        assert_eq!(
            kinds(&pieces),
            vec![
                (PieceKind::Same, "meeting"),
                (PieceKind::Removed, "immediately"),
                (PieceKind::Added, "right"),
                (PieceKind::Same, "after the election"),
            ]
        );
    }

    #[test]
    fn case_and_punctuation_alone_are_no_change() {
        let pieces = quote_diff("Politics, Business, and all", "politics business and all");
        assert_eq!(
            kinds(&pieces),
            vec![(PieceKind::Same, "politics business and all")]
        );
    }
}
