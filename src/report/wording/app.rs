//! The app's own sentences: the counters in the toolbar and the find bar,
//! the notes of the document view, and what could not be done. Counts
//! read right in the singular ("1 change") and the plural ("2 changes");
//! a message of what failed opens with a capital ("Cannot export: …"),
//! as every message in the app's message bar does.

use std::fmt::Display;

/// `count` and its noun, singular or plural: "1 change", "2 changes".
pub fn counted(count: usize, singular: &str, plural: &str) -> String {
    if count == 1 {
        format!("1 {singular}")
    } else {
        format!("{count} {plural}")
    }
}

/// Something the app could not do, and why: "Cannot export: …".
pub fn cannot(what: &str, why: impl Display) -> String {
    format!("Cannot {what}: {why}")
}

/// The toolbar's counter: "change 3 of 12" on a change, else "12 changes".
pub fn change_counter(current: Option<usize>, changes: usize) -> String {
    match current {
        Some(c) => format!("change {} of {changes}", c + 1),
        None => counted(changes, "change", "changes"),
    }
}

/// The toolbar's review counter: "12 of 37 reviewed".
pub fn reviewed_of(reviewed: usize, changes: usize) -> String {
    format!("{reviewed} of {changes} reviewed")
}

/// The find bar's status: how many matches, and which one is current.
pub fn find_status(query: &str, matches: usize, current: Option<usize>, capped: bool) -> String {
    match (matches, current) {
        (n, _) if capped => format!("the first {n} matches (type more to narrow)"),
        (0, _) if !query.is_empty() => "no matches".to_owned(),
        (0, _) => String::new(),
        (n, Some(c)) => format!("match {} of {n}", c + 1),
        (n, None) => counted(n, "match", "matches"),
    }
}

/// A moved paragraph's note where it now stands on the right.
pub fn moved_to(target: &str) -> String {
    format!("» Moved: this paragraph now stands at {target} on the right (go there)")
}

/// The hover text of a moved paragraph's mark on the left.
pub const MOVED_FROM_HINT: &str = "Moved paragraph: go to where it stood on the left";

/// The summary's heading of the current change: "Change 3 of 12".
pub fn change_of(index: usize, changes: usize) -> String {
    format!("Change {} of {changes}", index + 1)
}

/// The summary before any change is current.
pub const STEP_TO_REVIEW: &str = "Step to a change (F7) to review it.";

/// The hint in the empty note field.
pub const NOTE_HINT: &str = "Note on this change";

/// The heading of the shared passages: "Shared passages (4)".
pub fn shared_passages(count: usize) -> String {
    format!("Shared passages ({count})")
}

/// The Recent menu before anything was opened.
pub const NOTHING_OPENED: &str = "Nothing opened yet";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_right_in_the_singular_and_the_plural() {
        assert_eq!(change_counter(None, 1), "1 change");
        assert_eq!(change_counter(None, 2), "2 changes");
        assert_eq!(change_counter(None, 0), "0 changes");
        assert_eq!(change_counter(Some(2), 12), "change 3 of 12");
        assert_eq!(find_status("a", 1, None, false), "1 match");
        assert_eq!(find_status("a", 3, None, false), "3 matches");
        assert_eq!(find_status("a", 3, Some(0), false), "match 1 of 3");
        assert_eq!(find_status("a", 0, None, false), "no matches");
        assert_eq!(find_status("", 0, None, false), "");
    }

    #[test]
    fn every_failure_opens_with_a_capital() {
        assert_eq!(cannot("export", "disk full"), "Cannot export: disk full");
    }
}
