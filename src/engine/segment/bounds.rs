//! Word boundaries of common prose text, exactly as UAX #29 places them,
//! without the general Unicode machinery.
//!
//! Most articles are ASCII with a few curly quotes, dashes and accented
//! letters, and `unicode-segmentation`'s word iterator, built for every
//! script, cost more than the rest of tokenising together on a whole
//! Bible (40% of one translation's verses hold a curly quote). For a block
//! made only of ASCII, the Latin-1 and Latin Extended-A letters, curly
//! quotes, dashes, the ellipsis, the pilcrow and the no-break space, this
//! scanner applies the same rules (WB3 to WB13b restricted to the classes
//! those characters have), so the tokens are identical; a property test
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

/// [`ascii_class`] of every ASCII byte, looked up: the scanner classes
/// every byte of both documents.
static ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_class(b as u8);
        b += 1;
    }
    table
};

const fn ascii_class(byte: u8) -> Class {
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

/// The class of a character this scanner knows, or `None` for one it
/// leaves to the crate.
fn class(c: char) -> Option<Class> {
    match c {
        _ if c.is_ascii() => Some(ASCII_CLASSES[c as usize]),
        // Latin-1 and Latin Extended-A letters (not × and ÷).
        '\u{C0}'..='\u{17F}' if c != '\u{D7}' && c != '\u{F7}' => Some(Class::Letter),
        // ‘ ’: MidNumLet, like the full stop.
        '\u{2018}' | '\u{2019}' => Some(Class::MidNumLetQ),
        // “ ” – — … ¶ × ÷ and the no-break space.
        '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}' | '\u{2026}' | '\u{B6}' | '\u{D7}'
        | '\u{F7}' | '\u{A0}' => Some(Class::Other),
        _ => None,
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

/// The word-boundary pieces of `text` with their byte offsets, as
/// `unicode_segmentation`'s `split_word_bound_indices` gives them; `None`
/// when `text` holds a character this scanner leaves to the crate.
#[cfg(test)]
pub(crate) fn word_bounds(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut out = Vec::new();
    each_word_bound(text, |at, piece| out.push((at, piece))).then_some(out)
}

/// The scratch lists of [`each_word_bound`], kept per thread: it is called
/// once per block, tens of thousands of times a document.
#[derive(Default)]
struct Scratch {
    classes: Vec<Class>,
    offsets: Vec<usize>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = const {
        std::cell::RefCell::new(Scratch { classes: Vec::new(), offsets: Vec::new() })
    };
}

/// Hands each word-boundary piece of `text` to `piece` with its byte
/// offset, in order, as `split_word_bound_indices` would list them;
/// returns `false`, having handed none, when `text` holds a character this
/// scanner leaves to the crate.
pub(crate) fn each_word_bound<'t>(text: &'t str, mut piece: impl FnMut(usize, &'t str)) -> bool {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => scan(text, &mut scratch, &mut piece),
        // Only a `piece` that scans again could get here: it gets lists
        // of its own.
        Err(_) => scan(text, &mut Scratch::default(), &mut piece),
    })
}

/// The pieces of an ASCII `text` (as [`each_word_bound`] cuts them) as
/// byte ranges, each with whether it starts with a letter or a digit (and
/// so is a word); the runs of spaces between words are left out. The
/// tokeniser's path for nearly every paragraph: no piece is sliced or
/// checked for ASCII again, and a space or a mark no rule joins ends a
/// piece without the rules being asked.
pub(crate) fn each_ascii_piece(text: &str, mut piece: impl FnMut(usize, usize, bool)) {
    debug_assert!(text.is_ascii());
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => ascii_pieces(text, &mut scratch.classes, &mut piece),
        Err(_) => ascii_pieces(text, &mut Vec::new(), &mut piece),
    });
}

fn ascii_pieces(text: &str, classes: &mut Vec<Class>, piece: &mut impl FnMut(usize, usize, bool)) {
    classes.clear();
    classes.extend(text.bytes().map(|b| ASCII_CLASSES[usize::from(b & 0x7f)]));
    cut(classes, piece);
}

/// [`each_ascii_piece`] for a text that holds characters outside ASCII:
/// the same pieces as [`each_word_bound`] cuts, as byte ranges. Returns
/// `false`, having handed none, when `text` holds a character this scanner
/// leaves to the crate. A curly quote in a verse sent it to the path that
/// slices and classes every piece again, twice the time a byte.
pub(crate) fn each_piece(text: &str, mut piece: impl FnMut(usize, usize, bool)) -> bool {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => pieces(text, &mut scratch, &mut piece),
        Err(_) => pieces(text, &mut Scratch::default(), &mut piece),
    })
}

fn pieces(text: &str, scratch: &mut Scratch, piece: &mut impl FnMut(usize, usize, bool)) -> bool {
    let Scratch { classes, offsets } = scratch;
    classes.clear();
    offsets.clear();
    for (at, c) in text.char_indices() {
        let Some(class) = class(c) else {
            return false;
        };
        classes.push(class);
        offsets.push(at);
    }
    // The end of the last character, where the last piece ends.
    offsets.push(text.len());
    cut(classes, |start, end, word| {
        piece(offsets[start], offsets[end], word)
    });
    true
}

/// Cuts a text, given its characters' classes, into the pieces UAX #29
/// places: hands `emit` each piece's first and end character indices and
/// whether it starts with a letter or a digit (and so is a word); the runs
/// of spaces between words are left out.
fn cut(classes: &[Class], mut emit: impl FnMut(usize, usize, bool)) {
    let mut emit = |start: usize, end: usize, first: Class| {
        if first != Class::Space {
            emit(start, end, matches!(first, Class::Letter | Class::Numeric));
        }
    };
    let mut start = 0;
    for i in 1..classes.len() {
        let (before, here) = (classes[i - 1], classes[i]);
        // A space joins only another space (so a piece that starts with
        // one is all spaces), and no rule joins an `Other` character.
        let kept = if before == here {
            matches!(here, Class::Letter | Class::Numeric | Class::Space) || joined(classes, i)
        } else if matches!(before, Class::Space | Class::Other)
            || matches!(here, Class::Space | Class::Other)
        {
            false
        } else {
            joined(classes, i)
        };
        if !kept {
            emit(start, i, classes[start]);
            start = i;
        }
    }
    if start < classes.len() {
        emit(start, classes.len(), classes[start]);
    }
}

fn scan<'t>(text: &'t str, scratch: &mut Scratch, piece: &mut impl FnMut(usize, &'t str)) -> bool {
    // Each character's class and byte offset; ASCII text has one byte per
    // character and is classed without decoding.
    let Scratch { classes, offsets } = scratch;
    classes.clear();
    offsets.clear();
    if text.is_ascii() {
        classes.extend(text.bytes().map(|b| ASCII_CLASSES[usize::from(b & 0x7f)]));
    } else {
        for (at, c) in text.char_indices() {
            let Some(class) = class(c) else {
                return false;
            };
            classes.push(class);
            offsets.push(at);
        }
    }
    let offset = |i: usize| if offsets.is_empty() { i } else { offsets[i] };
    let mut start = 0;
    for i in 1..classes.len() {
        // Inside a word, the common case, no rule needs asking.
        let inside = classes[i] == classes[i - 1] && classes[i] == Class::Letter;
        if !inside && !joined(classes, i) {
            let at = offset(i);
            piece(start, &text[start..at]);
            start = at;
        }
    }
    if start < text.len() {
        piece(start, &text[start..]);
    }
    true
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn same_as_the_crate(text: &str) {
        let ours = super::word_bounds(text).expect("a text the scanner knows");
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
            "¶ And God said, “Let there be light”—and there was… light’s",
            "Trump’s café ‘naïve’ 3’4 don’t Œuvre – a\u{A0}b Ærø’s x’’y ’’",
        ] {
            same_as_the_crate(text);
        }
    }

    proptest! {
        #[test]
        fn any_ascii_splits_as_the_crate_does(text in "[a-cA-C0-2 .,;:'_\"\\-\t\r\n\x0b!?()]{0,40}") {
            same_as_the_crate(&text);
        }

        #[test]
        fn prose_punctuation_and_latin_letters_split_as_the_crate_does(
            text in "[a-bA0-1 .,:'_\n\u{C0}\u{D7}\u{E9}\u{F7}\u{FF}\u{153}\u{17F}\u{2018}\u{2019}\u{201C}\u{201D}\u{2013}\u{2014}\u{2026}\u{B6}\u{A0}]{0,40}"
        ) {
            same_as_the_crate(&text);
        }

        /// Any other character sends the block to the crate.
        #[test]
        fn other_characters_are_left_to_the_crate(text in "[a \u{300}\u{AD}\u{200D}\u{5D0}\u{3042}\u{1F600}\u{660}]{1,10}") {
            let unknown = text.chars().any(|c| c != 'a' && c != ' ');
            prop_assert_eq!(super::word_bounds(&text).is_none(), unknown);
        }
    }
}
