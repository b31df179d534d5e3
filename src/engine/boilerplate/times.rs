//! Blocks that are only a time stamp: "Published28 Mar 2025, 09:29 PM
//! IST", "Updated: March 28, 2025 10:00", a live blog's "9:42 GMT".

/// How a time stamp starts, lowered.
pub(super) const TIMESTAMP: &[&str] = &[
    "published",
    "updated",
    "first published",
    "last updated",
    "posted",
];

/// "Published28 Mar 2025, 09:29 PM IST", "Updated: March 28, 2025 10:00".
pub(super) fn is_timestamp(lower: &str) -> bool {
    if is_clock_time(lower) {
        return true;
    }
    let Some(rest) = TIMESTAMP.iter().find_map(|p| lower.strip_prefix(p)) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', ':', '-', '\u{a0}']);
    let rest = rest.strip_prefix("on").map_or(rest, str::trim_start);
    let has_digit = rest.chars().take(16).any(|c| c.is_ascii_digit());
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    has_digit
        && (months.iter().any(|m| rest.contains(m)) || rest.contains(':'))
        && rest.split_whitespace().count() <= 10
}

/// A block that is only a time of day, as a live blog stamps each entry:
/// "9:42 GMT", "14:05", "10.32am BST", "3:15 p.m. ET".
fn is_clock_time(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let clock = first.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let Some((hours, minutes)) = clock.split_once([':', '.']) else {
        return false;
    };
    let digits = |s: &str, most: usize| {
        !s.is_empty() && s.len() <= most && s.chars().all(|c| c.is_ascii_digit())
    };
    let rest: Vec<&str> = words.collect();
    digits(hours, 2)
        && minutes.len() == 2
        && digits(minutes, 2)
        && rest.len() <= 2
        && rest
            .iter()
            .all(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.'))
}
