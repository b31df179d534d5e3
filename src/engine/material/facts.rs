//! Amounts and dates in a paragraph, each with a key that is the same
//! however it is written: "25%", "25 percent" and "25-percent" share one
//! key, "$1.5 billion" and "1,500 million dollars" another, "March 28" and
//! "28 March" a third. A change is material only when the keys differ, so
//! an amount written another way is not flagged.
//!
//! Hand-written rather than a date or number parsing crate: the crates
//! made for this (`dateparser`, `chrono-english`) parse one string that is
//! known to be a date; here dates and amounts have to be found inside
//! running prose, with their byte spans, cheaply enough for a whole Bible.

use crate::engine::model::ByteRange;

/// A word of the paragraph: a run of letters or of digits (with the
/// separators inside a number), or one currency or percent sign.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is_number(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }
    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn tokens(text: &str, offset: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if c.is_ascii_digit() {
            // Digits, with , or . between digits ("500,000", "1.5").
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
        out.push(Tok {
            text: &text[i..end],
            start: offset + i,
            end: offset + end,
        });
    }
    out
}

/// An amount or a date found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fact {
    pub span: ByteRange,
    pub key: String,
    pub is_date: bool,
    /// A number spelled out with no unit or scale ("two leaders"): matched,
    /// never flagged on its own.
    pub weak: bool,
}

/// Every amount and date in `text` (a paragraph starting at byte `offset`
/// of its side).
pub(super) fn facts(text: &str, offset: usize) -> Vec<Fact> {
    let toks = tokens(text, offset);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = date_at(&toks, i, text, offset).or_else(|| amount_at(&toks, i, text, offset));
        match found {
            Some((fact, used)) => {
                out.push(fact);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether only spaces, a hyphen or a comma stand between two tokens.
fn joined(text: &str, offset: usize, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    let gap = &text[a.end - offset..b.start - offset];
    gap.chars().count() <= 2 && gap.chars().all(|c| c == ' ' || c == '-' || c == ',')
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month a capitalised word names ("March", "Mar"), if any.
fn month(tok: &Tok<'_>) -> Option<usize> {
    if !tok.text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let lower = tok.lower();
    MONTHS.iter().position(|m| {
        *m == lower
            || (lower.len() >= 3 && lower != "may" && m.starts_with(&lower) && lower.len() <= 4)
    })
}

fn day_number(tok: Option<&Tok<'_>>) -> Option<u32> {
    let n: u32 = tok.filter(|t| t.is_number())?.text.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(tok: Option<&Tok<'_>>) -> Option<u32> {
    let n: u32 = tok
        .filter(|t| t.is_number() && t.text.len() == 4)?
        .text
        .parse()
        .ok()?;
    (1000..=2999).contains(&n).then_some(n)
}

/// A date starting at token `i`: "March 28, 2025", "28 March", "Mar
/// 2025", "2025-03-28", a weekday, or a day named relative to today.
fn date_at(toks: &[Tok<'_>], i: usize, text: &str, offset: usize) -> Option<(Fact, usize)> {
    let tok = &toks[i];
    let next = toks.get(i + 1).filter(|n| joined(text, offset, tok, n));
    let after = |k: usize| {
        toks.get(i + k)
            .filter(|n| joined(text, offset, &toks[i + k - 1], n))
    };
    let fact = |end: usize, key: String| {
        let span = ByteRange(tok.start, toks[end - 1].end);
        Some((
            Fact {
                span,
                key,
                is_date: true,
                weak: false,
            },
            end - i,
        ))
    };
    // 2025-03-28
    if let (Some(y), Some(m), Some(d)) = (year_number(Some(tok)), after(1), after(2)) {
        let dash = |a: &Tok<'_>, b: &Tok<'_>| &text[a.end - offset..b.start - offset] == "-";
        if dash(tok, m) && dash(m, d) && m.text.len() == 2 && d.text.len() == 2 {
            return fact(i + 3, format!("{y}-{}-{}", m.text, d.text));
        }
    }
    // 28 March [2025]
    if let (Some(d), Some(m)) = (day_number(Some(tok)), next.and_then(month)) {
        let year = year_number(after(2));
        let end = i + 2 + usize::from(year.is_some());
        return fact(end, format!("{}-{}-{d}", year.unwrap_or(0), m + 1));
    }
    if let Some(m) = month(tok) {
        let day = day_number(next);
        let year = match day {
            Some(_) => year_number(after(2)),
            None => year_number(next),
        };
        let ambiguous = matches!(tok.lower().as_str(), "may" | "march" | "mar" | "jan");
        if ambiguous && day.is_none() && year.is_none() {
            return None;
        }
        let end = i + 1 + usize::from(day.is_some()) + usize::from(year.is_some());
        return fact(
            end,
            format!("{}-{}-{}", year.unwrap_or(0), m + 1, day.unwrap_or(0)),
        );
    }
    let lower = tok.lower();
    if let Some(w) = WEEKDAYS.iter().position(|w| *w == lower) {
        return fact(i + 1, format!("weekday {w}"));
    }
    if matches!(
        lower.as_str(),
        "today" | "yesterday" | "tomorrow" | "tonight" | "weekend"
    ) {
        return fact(i + 1, lower);
    }
    let relative_to = |n: &Tok<'_>| {
        let n = n.lower();
        match lower.as_str() {
            "last" | "next" | "this" | "previous" | "following" => matches!(
                n.as_str(),
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "day"
            ),
            "day" => matches!(n.as_str(), "before" | "after" | "earlier" | "later"),
            _ => false,
        }
    };
    if next.is_some_and(relative_to) {
        let key = format!("{lower} {}", next.map(|n| n.lower()).unwrap_or_default());
        return fact(i + 2, key);
    }
    None
}

/// Number words a story may spell out.
fn number_word(lower: &str) -> Option<f64> {
    const SMALL: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: [&str; 7] = [
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = SMALL.iter().position(|w| *w == lower) {
        return Some(n as f64);
    }
    if let Some(n) = TENS.iter().position(|w| *w == lower) {
        return Some(30.0 + 10.0 * n as f64);
    }
    match lower {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        _ => None,
    }
}

fn scale(lower: &str) -> Option<f64> {
    match lower {
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "m" | "mn" => Some(1e6),
        "billion" | "billions" | "bn" | "b" => Some(1e9),
        "trillion" | "trillions" | "tn" => Some(1e12),
        _ => None,
    }
}

/// The unit a word or sign after a number names, canonical.
fn unit_after(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "%" | "percent" | "pct" => "%",
        "dollar" | "dollars" => "$",
        "euro" | "euros" => "€",
        "pound" | "pounds" | "sterling" => "£",
        "yen" => "¥",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mi",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "metre" | "metres" | "meter" | "meters" => "m",
        "point" | "points" => "pt",
        "hour" | "hours" => "h",
        "day" | "days" => "d",
        "week" | "weeks" => "wk",
        "month" | "months" => "mo",
        "year" | "years" => "y",
        _ => return None,
    })
}

fn currency_sign(text: &str) -> Option<&'static str> {
    Some(match text {
        "$" => "$",
        "€" => "€",
        "£" => "£",
        "¥" => "¥",
        _ => return None,
    })
}

/// An amount starting at token `i`: an optional currency sign (with a
/// country prefix, "C$"), a number in digits or words, an optional scale
/// ("million", "bn") and an optional unit ("%", "percent", "per cent",
/// "dollars", "km").
fn amount_at(toks: &[Tok<'_>], i: usize, text: &str, offset: usize) -> Option<(Fact, usize)> {
    let mut k = i;
    let mut unit: Option<String> = None;
    if toks[k].text.len() <= 2 && toks[k].text.chars().all(|c| c.is_ascii_uppercase()) {
        // "C$", "US$": a prefix touching the sign.
        let sign = toks.get(k + 1).filter(|s| s.start == toks[k].end);
        if let Some(sign) = sign.and_then(|s| currency_sign(s.text)) {
            unit = Some(format!("{}{sign}", toks[k].text));
            k += 2;
        }
    }
    if unit.is_none() {
        if let Some(sign) = currency_sign(toks[k].text) {
            unit = Some(sign.to_owned());
            k += 1;
        }
    }
    let number_tok = toks.get(k)?;
    let mut value = if number_tok.is_number() {
        let digits: String = number_tok.text.chars().filter(|&c| c != ',').collect();
        digits.parse::<f64>().ok()?
    } else {
        number_word(&number_tok.lower())?
    };
    k += 1;
    let touching = |k: usize| {
        toks.get(k)
            .filter(|n| joined(text, offset, &toks[k - 1], n))
    };
    // Ordinal suffixes stay with their number ("25th").
    if let Some(suffix) = toks.get(k).filter(|s| s.start == toks[k - 1].end) {
        if matches!(suffix.text, "st" | "nd" | "rd" | "th") {
            k += 1;
        }
    }
    if let Some(factor) = touching(k).and_then(|t| scale(&t.lower())) {
        value *= factor;
        k += 1;
    }
    if let Some(next) = touching(k) {
        let lower = next.lower();
        let per_cent = lower == "per" && touching(k + 1).is_some_and(|c| c.lower() == "cent");
        if per_cent {
            unit = Some("%".into());
            k += 2;
        } else if let Some(u) = unit_after(&lower) {
            if unit.is_none() || u == "%" || unit.as_deref() == Some(u) {
                unit = Some(u.to_owned());
                k += 1;
            }
        }
    }
    if number_tok.lower() == "one" && k == i + 1 {
        // "one of them", "no one": a pronoun far more often than an amount.
        return None;
    }
    let weak = !number_tok.is_number() && unit.is_none() && k == i + 1;
    let span = ByteRange(toks[i].start, toks[k - 1].end);
    let key = format!("{} {}", format_value(value), unit.unwrap_or_default());
    let fact = Fact {
        span,
        key,
        is_date: false,
        weak,
    };
    Some((fact, k - i))
}

/// The value with six significant digits, so 1.5e9 from "1.5 billion" and
/// from "1,500 million" read the same.
fn format_value(value: f64) -> String {
    format!("{value:.6e}")
}

#[cfg(test)]
mod tests {
    use super::facts;

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
}
