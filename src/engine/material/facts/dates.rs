//! Dates in a paragraph: "March 28, 2025", "28 March", "2025-03-28", a
//! weekday, or a day named relative to today ("a day before", "next
//! week"), each keyed the same however it is written.

use super::{joined, Fact, Tok};
use crate::engine::model::ByteRange;

/// The months' names in lower case, January first (also read for the
/// date at the top of a story's version).
pub(crate) const MONTHS: [&str; 12] = [
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
pub(super) const WEEKDAYS: [&str; 7] = [
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
            || (lower.len() >= 3 && lower != "may" && m.starts_with(&*lower) && lower.len() <= 4)
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

/// Defines once the words other than weekdays that a date below may
/// start with in lower case: as the list [`super::may_start`] reads, and
/// as a `match` for [`could_start_date`] (faster than searching the list).
macro_rules! lower_case_starts {
    ($($word:literal)|*) => {
        pub(super) const LOWER_CASE_STARTS: &[&str] = &[$($word),*];

        /// Whether a date may start at `tok`: a number, a capitalised word
        /// (a month), or one of the few lower-case words a date below
        /// starts with. Every word of a whole Bible may be asked.
        fn could_start_date(tok: &Tok<'_>) -> bool {
            if tok.is_number() || tok.text.starts_with(char::is_uppercase) {
                return true;
            }
            let lower = tok.lower();
            WEEKDAYS.contains(&lower) || matches!(lower, $($word)|*)
        }
    };
}

lower_case_starts!(
    "today"
        | "yesterday"
        | "tomorrow"
        | "tonight"
        | "weekend"
        | "last"
        | "next"
        | "this"
        | "previous"
        | "following"
        | "day"
        | "every"
        | "each"
);

/// A date starting at token `i`: "March 28, 2025", "28 March", "Mar
/// 2025", "2025-03-28", a weekday, or a day named relative to today.
// Over 80 lines: one arm per way of writing a date, read in one place;
// split, the order in which they are tried would be hard to see.
pub(super) fn date_at(
    toks: &[Tok<'_>],
    i: usize,
    text: &str,
    offset: usize,
) -> Option<(Fact, usize)> {
    let tok = &toks[i];
    if !could_start_date(tok) {
        return None;
    }
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
        let ambiguous = matches!(tok.lower(), "may" | "march" | "mar" | "jan");
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
        lower,
        "today" | "yesterday" | "tomorrow" | "tonight" | "weekend"
    ) {
        return fact(i + 1, lower.to_owned());
    }
    let relative_to = |n: &Tok<'_>| {
        let n = n.lower();
        match &*lower {
            "last" | "next" | "this" | "previous" | "following" => matches!(
                n,
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
            "day" => matches!(n, "before" | "after" | "earlier" | "later"),
            // A frequency: "on the third Friday of every month".
            "every" | "each" => matches!(n, "day" | "week" | "month" | "quarter" | "year"),
            _ => false,
        }
    };
    if next.is_some_and(relative_to) {
        let first = if lower == "each" { "every" } else { lower };
        let key = format!("{first} {}", next.map(|n| n.lower()).unwrap_or_default());
        return fact(i + 2, key);
    }
    None
}
