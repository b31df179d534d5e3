//! Word boundaries of ASCII text, exactly as UAX #29 places them, without
//! the general Unicode machinery.
//!
//! Most articles are mostly ASCII, and `unicode-segmentation`'s word
//! iterator, built for every script, costs more than the rest of
//! tokenising together on long texts. For a block that is all ASCII this
//! scanner applies the same rules (WB3 to WB13b restricted to the classes
//! ASCII characters have), so the tokens are identical; a property test
//! holds it to the crate's output. Any other block goes to the crate.

/// The UAX #29 word-break class of an ASCII byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    /// MidNumLet (`.`) or Single_Quote (`'`): both join letters or digits.
    MidNumLetQ,
    ExtendNumLet,
    Other,
}

fn class(byte: u8) -> Class {
    match byte {
        b'\r' => Class::Cr,
        b'\n' => Class::Lf,
        0x0B | 0x0C => Class::Newline,
        b' ' => Class::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Numeric,
        b':' => Class::MidLetter,
        b',' | b';' => Class::MidNum,
        b'.' | b'\'' => Class::MidNumLetQ,
        b'_' => Class::ExtendNumLet,
        _ => Class::Other,
    }
}

/// Whether UAX #29 keeps `classes[i - 1]` and `classes[i]` in one piece.
fn joined(classes: &[Class], i: usize) -> bool {
    use Class::*;
    let (before, here) = (classes[i - 1], classes[i]);
    let after = classes.get(i + 1).copied();
    let earlier = i.checked_sub(2).map(|k| classes[k]);
    let mid_letter = |c: Class| matches!(c, MidLetter | MidNumLetQ);
    let mid_num = |c: Class| matches!(c, MidNum | MidNumLetQ);
    match (before, here) {
        (Cr, Lf) => true,
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,
        (Space, Space) => true,
        (Letter, Letter) | (Numeric, Numeric) | (Letter, Numeric) | (Numeric, Letter) => true,
        (Letter, c) if mid_letter(c) && after == Some(Letter) => true,
        (c, Letter) if mid_letter(c) && earlier == Some(Letter) => true,
        (Numeric, c) if mid_num(c) && after == Some(Numeric) => true,
        (c, Numeric) if mid_num(c) && earlier == Some(Numeric) => true,
        (Letter | Numeric | ExtendNumLet, ExtendNumLet) => true,
        (ExtendNumLet, Letter | Numeric) => true,
        _ => false,
    }
}

/// The word-boundary pieces of an ASCII `text` with their byte offsets, as
/// `unicode_segmentation`'s `split_word_bound_indices` gives them.
pub(crate) fn word_bounds(text: &str) -> Vec<(usize, &str)> {
    debug_assert!(text.is_ascii());
    let classes: Vec<Class> = text.bytes().map(class).collect();
    let mut out = Vec::with_capacity(text.len() / 3);
    let mut start = 0;
    for i in 1..classes.len() {
        if !joined(&classes, i) {
            out.push((start, &text[start..i]));
            start = i;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn same_as_the_crate(text: &str) {
        let ours = super::word_bounds(text);
        let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn prose_numbers_and_joiners() {
        for text in [
            "Trump's 25.5% tariff on U.S. cars, worth $1,200,000; e.g. a:b don't_stop",
            "Line one.\r\nLine two.\n\n  Three  spaces\tand a tab.",
            "3.14 vs 3. 14 and a.1 b'c 'quoted' x__y _a 1_ ...",
            "",
            "a",
            "\r\r\n\n",
        ] {
            same_as_the_crate(text);
        }
    }

    proptest! {
        #[test]
        fn any_ascii_splits_as_the_crate_does(text in "[a-cA-C0-2 .,;:'_\"\\-\t\r\n\x0b!?()]{0,40}") {
            same_as_the_crate(&text);
        }
    }
}
