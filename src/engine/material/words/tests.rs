//! Tests of the word-level material tests.

use super::*;

/// The names [`version_words`] reads of a whole text.
fn proper_words(text: &str) -> HashSet<String> {
    version_words(text, |_| None).names
}

#[test]
fn quotations_pair_their_marks_and_skip_apostrophes() {
    let text = "He said “we agree” and ‘Canada’s’ part.";
    let spans = quotations(text, 0);
    assert_eq!(spans.len(), 2);
    assert_eq!(&text[spans[0].range()], "“we agree”");
    assert_eq!(&text[spans[1].range()], "‘Canada’s’");
    let open = quotations("“It was productive, he said", 10);
    assert_eq!(
        open,
        vec![ByteRange(10, 10 + "“It was productive, he said".len())]
    );
}

#[test]
fn negations_are_counted() {
    assert_eq!(negations("is not"), 1);
    assert_eq!(negations("isn’t"), 1);
    assert_eq!(negations("no longer"), 1);
    assert_eq!(negations("is"), 0);
}

/// The quick test of a word's first and last letters lets through every
/// negation in any case ("NOT", "Cannot", "WON’T") and the lists' words
/// alone.
#[test]
fn negations_in_capitals_are_counted_and_near_misses_are_not() {
    let capitals =
        "NOT Never NO None NOBODY Nothing Nowhere NEITHER Nor CANNOT Without DON'T Won’t";
    assert_eq!(negations(capitals), 13);
    assert_eq!(negations("note known cannon within ant tint Nothings"), 0);
}

#[test]
fn names_come_from_capitals_away_from_sentence_starts() {
    let names = proper_words("The call with Mark Carney went well. Trump said so.");
    assert!(names.contains("carney") && names.contains("mark"));
    assert!(!names.contains("the") && !names.contains("trump"));
    let empty = HashSet::default();
    fn unit(text: &str) -> UnitWords<'_> {
        word_set(std::iter::once(text))
    }
    let differ = |l: &str, r: &str| {
        let (left_words, right_words) = (unit(l), unit(r));
        names_differ(
            (l, &names, || &left_words, l, ""),
            (r, &empty, || &right_words, r, ""),
        )
    };
    assert!(differ("Carney", "Trudeau"));
    assert!(differ("the governor", "the premier"));
    assert!(!differ("Election", "election"));
    assert!(!differ("quickly", "fast"));
    assert!(!differ("Carney's office", "Carney"));
    // A name the other side carries elsewhere in the unit is not a change.
    let other = unit("Carney said so, fast");
    let carney = unit("Carney");
    assert!(!names_differ(
        ("Carney", &names, || &carney, "Carney", ""),
        ("fast", &empty, || &other, "Carney said so, fast", "")
    ));
    // An initialism is a name; written out on the other side it is not.
    assert!(differ("SEES MINE", "SEES U.S. GOLD MINE"));
    assert!(!differ("the United States", "the U.S."));
    assert!(!differ("the US", "the U.S."));
    // Before a name both sides carry, it only qualifies it.
    let (senate, kept) = (unit("U.S. Senate leader"), unit("Senate leader"));
    assert!(!names_differ(
        (
            "U.S.",
            &names,
            || &senate,
            "U.S. Senate leader",
            " Senate leader"
        ),
        ("", &empty, || &kept, "Senate leader", "Senate leader"),
    ));
    let headline = proper_words("Trump And Carney Hold Talks Amid Escalating Tensions\nthe rest");
    assert!(!headline.contains("escalating"));
}

/// The quotations as a character-by-character reading finds them: what
/// the byte search must give.
fn quotations_by_chars(text: &str, offset: usize) -> Vec<ByteRange> {
    let (mut spans, mut double, mut single) = (Vec::new(), None, None);
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = i + c.len_utf8();
        let opens_single = previous.is_none_or(|p| p.is_whitespace() || "([“\"—–-".contains(p));
        match c {
            '“' if double.is_none() => double = Some(i),
            '”' => spans.extend(double.take().map(|s| ByteRange(offset + s, offset + end))),
            '"' => match double.take() {
                Some(s) => spans.push(ByteRange(offset + s, offset + end)),
                None => double = Some(i),
            },
            '‘' if opens_single => single = Some(i),
            '’' if next.is_none_or(|n| !n.is_alphanumeric()) => {
                spans.extend(single.take().map(|s| ByteRange(offset + s, offset + end)));
            }
            _ => {}
        }
        previous = Some(c);
    }
    for start in [double, single].into_iter().flatten() {
        spans.push(ByteRange(offset + start, offset + text.len()));
    }
    spans.sort_unstable();
    spans
}

proptest::proptest! {
    /// The words are the runs a split at every other character leaves,
    /// read by bytes (ASCII) or by characters.
    #[test]
    fn words_are_the_runs_between_other_characters(text in "[aZ9 ,.'’\\-é\u{2014}]{0,30}") {
        let split: Vec<(usize, &str)> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), split);
    }

    /// The stem made on the stack is the stem made on the heap, and
    /// both are what lowering and stripping every word gives (a word
    /// with no capital and no possessive ending kept as it is).
    #[test]
    fn a_stem_is_the_same_however_it_is_made(word in "[aZs'’İǅ]{0,6}|[A-Za-z']{14,20}") {
        let expected = if !word.ends_with(['\'', '’', 's']) && !word.chars().any(char::is_uppercase) {
            word.clone()
        } else {
            let lower = word.to_lowercase();
            ["'s", "’s", "'", "’"]
                .iter()
                .find_map(|e| lower.strip_suffix(e).map(str::to_owned))
                .unwrap_or(lower)
        };
        let heap = lower_stem(&word);
        proptest::prop_assert_eq!(heap.as_ref(), expected.as_str());
        proptest::prop_assert_eq!(with_lower_stem(&word, str::to_owned), expected);
    }

    #[test]
    fn quotations_found_by_bytes_are_those_read_by_characters(
        text in "[a ,(\"“”‘’—–\\-\u{2020}\u{2026}é]{0,40}"
    ) {
        proptest::prop_assert_eq!(quotations(&text, 7), quotations_by_chars(&text, 7));
    }
}

/// A unit side's words are found the same whether the side is short (a
/// list) or long (a set).
#[test]
fn a_unit_side_finds_its_words_short_or_long() {
    let short = "Carney’s office said the Governor would not ";
    let long = short.repeat(20);
    let (few, many) = (
        word_set(std::iter::once(short)),
        word_set(std::iter::once(long.as_str())),
    );
    assert!(matches!(few, UnitWords::Few(_)));
    assert!(matches!(many, UnitWords::Many(_)));
    for side in [few, many] {
        assert!(side.contains("carney") && side.contains("governor") && side.contains("not"));
        assert!(!side.contains("Carney") && !side.contains("trump"));
    }
}

proptest::proptest! {
    /// A word kept as written is found by exactly the stems its
    /// [`lower_stem`] is.
    #[test]
    fn a_word_has_the_stem_lowering_gives_it(word in "[aZs'’ǅé]{0,5}", stem in "[aZs'’ǅé]{0,4}") {
        proptest::prop_assert_eq!(has_stem(&word, &stem), lower_stem(&word) == stem.as_str());
        let own = lower_stem(&word);
        proptest::prop_assert!(has_stem(&word, &own));
    }
}

/// Issue #27's Bible pair: KJV opens speech with a capital after a comma
/// ("saying, Unto thy seed"), which made "unto" a name and flagged every
/// "unto" → "to" of a modern translation as a changed name.
#[test]
fn a_word_mostly_written_in_lower_case_is_no_name() {
    let names = proper_words(
        "And he said, Unto thy seed. He spake unto Moses. Come unto me. Go unto them.",
    );
    assert!(!names.contains("unto"));
    assert!(names.contains("moses"));
    // Written in lower case, a name's word names nothing.
    let ghost = proper_words("By the Holy Ghost. The Holy Ghost spoke. He gave up the ghost.");
    assert!(ghost.contains("ghost"));
    let (l, r) = ("gave up the ghost", "gave up his spirit");
    let (left_words, right_words) = (word_set(std::iter::once(l)), word_set(std::iter::once(r)));
    let empty = HashSet::default();
    assert!(!names_differ(
        (l, &ghost, || &left_words, l, ""),
        (r, &empty, || &right_words, r, ""),
    ));
    // As often capitalised as not, it still names something.
    let names = proper_words("The Energy Subcommittee met. Then the subcommittee voted.");
    assert!(names.contains("subcommittee"));
}

#[test]
fn initialisms_are_found_with_their_stops() {
    let found: Vec<_> =
        super::names::initialisms("SEES U.S. GOLD, A.B. and U.K.-based X. Y").collect();
    assert_eq!(found, ["U.S.", "A.B.", "U.K."]);
}

/// The General Punctuation shortcut of `is_word_char` says what the
/// Unicode tables say of every character in the block.
#[test]
fn no_general_punctuation_character_is_part_of_a_word() {
    for c in ('\u{2000}'..='\u{206F}').filter(|c| *c != '’') {
        assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
    }
    assert!(is_word_char('’') && is_word_char('\'') && is_word_char('é'));
    assert!(!is_word_char('“') && !is_word_char('—') && !is_word_char('…'));
}

/// A unit's short word list answers by stem whatever the case, the
/// possessive or the first letter's script.
#[test]
fn a_few_words_are_found_by_their_stems() {
    let few = word_set(["The King’s men met Ángel and IRAN's envoy"].into_iter());
    assert!(matches!(few, UnitWords::Few(_)));
    for stem in ["king", "the", "ángel", "iran", "envoy"] {
        assert!(few.contains(stem), "{stem}");
    }
    for stem in ["kings", "ing", "angel", "iran's", "men's"] {
        assert!(!few.contains(stem), "{stem}");
    }
}

/// Every title is a lower-case ASCII word, and the quick test of a first
/// letter lets through the titles' first letters and no other.
#[test]
fn the_title_letters_are_the_titles_first_letters() {
    for title in TITLES {
        assert!(title.bytes().all(|b| b.is_ascii_lowercase()), "{title}");
        assert!(is_title(title), "{title}");
    }
    for first in b'a'..=b'z' {
        let starts_one = TITLES.iter().any(|t| t.as_bytes()[0] == first);
        assert_eq!(may_start_title(first), starts_one, "{}", first as char);
    }
    assert!(!may_start_title(b'P') && !may_start_title(b'\''));
}
