//! Tests of the amounts and dates read in a paragraph.

use super::facts;

/// The capitalised words the gate lets through start every capitalised
/// date and amount the rules read, in each form, and a word such as
/// "And" is turned away before them.
#[test]
fn capitalised_dates_and_amounts_pass_the_gate() {
    for text in [
        "Sept 5",
        "Mar 2025",
        "March 28, 2025",
        "Dec. 3",
        "Friday",
        "Today",
        "Next week",
        "Every month",
        "Twenty dollars",
        "Five pct",
        "US$5",
    ] {
        assert!(!facts(text, 0).is_empty(), "{text}");
    }
    for word in super::dates::MONTHS
        .iter()
        .chain(&super::dates::WEEKDAYS)
        .chain(super::amounts::NUMBER_WORDS)
    {
        assert!(super::CAPITALISED_STARTS.contains(word), "{word}");
    }
    assert!(!super::CAPITALISED_STARTS.contains("and"));
}

/// The spans as a reader of characters finds them: the reference the byte
/// scanner is held to.
fn spans_by_chars(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if c.is_ascii_digit() {
            while let Some(&(j, d)) = chars.peek() {
                let next_is_digit =
                    text[j + d.len_utf8()..].starts_with(|x: char| x.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_is_digit) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        } else if !"$€£¥%".contains(c) {
            continue;
        }
        out.push((i, end));
    }
    out
}

/// The byte scanner finds the runs the character reader finds.
#[test]
fn byte_spans_are_the_spans_of_characters() {
    for text in [
        "On March 28, 2025 they paid $1,500.50 (25%) for 3.5.6 items, 1,a 2. b,",
        "",
        "9",
        "1,",
        "a1b2,3.4",
        "$%$ 10% and 5.",
        "“Naïve” Œuvre’s €5 and £3.50, ¥100; 5€ 3.é",
    ] {
        assert_eq!(super::spans(text), spans_by_chars(text), "{text:?}");
    }
}

proptest::proptest! {
    #[test]
    fn any_text_spans_as_characters_do(text in "[a-cA1-2 .,$%€£’“éŒ\u{300}ß一]{0,30}") {
        proptest::prop_assert_eq!(super::spans(&text), spans_by_chars(&text));
    }
}

/// The filter in front of the date and amount rules lets through every
/// word the rules' lists hold, however capitalised after its first
/// letter, and rules out common words.
#[test]
fn every_listed_word_may_start_a_fact() {
    let listed = super::dates::WEEKDAYS
        .iter()
        .chain(super::dates::LOWER_CASE_STARTS)
        .chain(super::amounts::NUMBER_WORDS);
    for word in listed {
        assert!(word.len() < 16 && word.starts_with(|c: char| c.is_ascii_lowercase()));
        let mut mixed = word.to_string();
        mixed.replace_range(1.., &word[1..].to_ascii_uppercase());
        for text in [word.to_string(), mixed] {
            let lower = text.to_ascii_lowercase();
            let tok = super::Tok {
                text: &text,
                lower: &lower,
                start: 0,
                end: text.len(),
            };
            assert!(super::may_start(&tok), "{text}");
        }
    }
    for word in ["and", "unto", "with", "of"] {
        let tok = super::Tok {
            text: word,
            lower: word,
            start: 0,
            end: word.len(),
        };
        assert!(!super::may_start(&tok), "{word}");
    }
    assert_eq!(
        keys("the two of them met on monday"),
        keys("the 2 of them met on Monday")
    );
    assert_eq!(keys("the two of them met on monday").len(), 2);
}

fn keys(text: &str) -> Vec<String> {
    facts(text, 0).into_iter().map(|f| f.key).collect()
}

#[test]
fn one_amount_written_three_ways_has_one_key() {
    let a = keys("a 25% tariff");
    assert_eq!(a.len(), 1);
    assert_eq!(a, keys("a 25 percent tariff"));
    assert_eq!(a, keys("announced 25-percent levies"));
    assert_eq!(a, keys("a 25 per cent levy"));
    assert_ne!(a, keys("a 25 tariff"));
}

#[test]
fn scale_currency_and_separators_make_the_amount() {
    assert_eq!(keys("$1.5 billion"), keys("1,500 million dollars"));
    assert_ne!(keys("500,000 people"), keys("50,000 people"));
    assert_ne!(keys("$25"), keys("€25"));
    assert_ne!(keys("C$25"), keys("$25"));
    assert_eq!(keys("three ministers"), keys("3 ministers"));
}

#[test]
fn dates_are_found_however_written() {
    assert_eq!(keys("on March 28"), keys("on 28 March"));
    assert_ne!(keys("on March 28"), keys("on March 29"));
    assert_eq!(keys("on Friday"), vec!["weekday 4".to_string()]);
    assert_eq!(keys("a day before"), vec!["day before".to_string()]);
    assert_eq!(keys("date 2025-03-28"), vec!["2025-03-28".to_string()]);
    // "may" the verb and "march" the walk are not months.
    assert!(keys("we may march on").is_empty());
    assert!(facts("May 5", 0)[0].is_date);
}
