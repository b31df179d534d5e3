//! Amounts in a paragraph: a number in digits or words with its scale,
//! currency and unit, keyed by value and unit so that "25%", "25 percent"
//! and "25-percent", or "$1.5 billion" and "1,500 million dollars", read
//! the same.

use super::{joined, Fact, Tok};
use crate::engine::model::ByteRange;

/// Defines the number words once, as a `match` (one comparison of
/// lengths before any of letters: every word of a whole Bible may be
/// asked, and a list searched in turn cost 50 million instructions more)
/// and as the list [`super::may_start`] reads to rule out every other
/// lower-case word before asking.
macro_rules! number_words {
    ($($word:literal => $value:expr,)*) => {
        pub(super) const NUMBER_WORDS: &[&str] = &[$($word),*];

        /// The value of a number word a story may spell out.
        fn number_word(lower: &str) -> Option<f64> {
            Some(match lower {
                $($word => $value,)*
                _ => return None,
            })
        }
    };
}

number_words! {
    "zero" => 0.0,
    "one" => 1.0,
    "two" => 2.0,
    "three" => 3.0,
    "four" => 4.0,
    "five" => 5.0,
    "six" => 6.0,
    "seven" => 7.0,
    "eight" => 8.0,
    "nine" => 9.0,
    "ten" => 10.0,
    "eleven" => 11.0,
    "twelve" => 12.0,
    "thirteen" => 13.0,
    "fourteen" => 14.0,
    "fifteen" => 15.0,
    "sixteen" => 16.0,
    "seventeen" => 17.0,
    "eighteen" => 18.0,
    "nineteen" => 19.0,
    "twenty" => 20.0,
    "thirty" => 30.0,
    "forty" => 40.0,
    "fifty" => 50.0,
    "sixty" => 60.0,
    "seventy" => 70.0,
    "eighty" => 80.0,
    "ninety" => 90.0,
    "dozen" => 12.0,
    "hundred" => 100.0,
}

fn scale(lower: &str) -> Option<f64> {
    match lower {
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "m" | "mn" | "mln" => Some(1e6),
        "billion" | "billions" | "bn" | "b" | "bln" => Some(1e9),
        "trillion" | "trillions" | "tn" => Some(1e12),
        _ => None,
    }
}

/// The unit a word or sign after a number names, canonical.
fn unit_after(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "%" | "percent" | "pct" => "%",
        "dollar" | "dollars" | "dlr" | "dlrs" => "$",
        "cent" | "cents" | "ct" | "cts" => "¢",
        "euro" | "euros" => "€",
        "pound" | "pounds" | "sterling" => "£",
        "yen" => "¥",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mi",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "metre" | "metres" | "meter" | "meters" => "m",
        "point" | "points" => "pt",
        "hour" | "hours" | "hr" | "hrs" => "h",
        "day" | "days" => "d",
        "week" | "weeks" | "wk" | "wks" => "wk",
        "month" | "months" | "mth" | "mths" | "mos" => "mo",
        "year" | "years" | "yr" | "yrs" => "y",
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
pub(super) fn amount_at(
    toks: &[Tok<'_>],
    i: usize,
    text: &str,
    offset: usize,
) -> Option<(Fact, usize)> {
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
        number_word(number_tok.lower())?
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
    if let Some(factor) = touching(k).and_then(|t| scale(t.lower())) {
        value *= factor;
        k += 1;
    }
    if let Some(next) = touching(k) {
        let lower = next.lower();
        let per_cent = lower == "per" && touching(k + 1).is_some_and(|c| c.lower() == "cent");
        if per_cent {
            unit = Some("%".into());
            k += 2;
        } else if let Some(u) = unit_after(lower) {
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
