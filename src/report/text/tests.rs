use super::*;

/// Reads one side back out of an inline report line: `[-…-]` belongs to
/// the left, `{+…+}` to the right, the rest to both.
fn side_of(line: &str, right_side: bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    while !rest.is_empty() {
        let (open, close, keep) = match (rest.find("[-"), rest.find("{+")) {
            (Some(r), Some(a)) if r < a => ("[-", "-]", !right_side),
            (Some(_), None) => ("[-", "-]", !right_side),
            (_, Some(_)) => ("{+", "+}", right_side),
            (None, None) => {
                out.push_str(rest);
                break;
            }
        };
        let start = rest.find(open).unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        let inner = &rest[start + 2..];
        let end = inner.find(close).unwrap_or(inner.len());
        if keep {
            out.push_str(&inner[..end]);
        }
        rest = inner.get(end + 2..).unwrap_or("");
    }
    out
}

/// Regression: before a rewrite the report printed only the right
/// side's spacing, so "productive call” with" read as "productivecall”".
#[test]
fn a_rewrite_keeps_each_sides_spacing() {
    let left = "the extremely productive call” with Canadian Prime Minister";
    let right = "the extremely productive” first call Friday with Canada’s new Prime Minister";
    let cmp = crate::engine::compare::compare_texts(left, right);
    let report = render(&cmp, TextOptions::default());
    let line = report
        .lines()
        .find(|l| l.starts_with("the extremely"))
        .expect("the unit's line");
    assert_eq!(side_of(line, false), left);
    assert_eq!(side_of(line, true), right);
}

#[test]
fn a_word_changed_by_a_letter_marks_only_the_letter() {
    let left = "In the beginning God created the heaven and the earth.";
    let right = "In the beginning, God created the heavens and the earth.";
    let report = render(
        &crate::engine::compare::compare_texts(left, right),
        TextOptions::default(),
    );
    let line = report
        .lines()
        .find(|l| l.starts_with("In the"))
        .expect("the unit's line");
    assert_eq!(
        line,
        "In the beginning{+,+} God created the heaven{+s+} and the earth."
    );
    assert_eq!(side_of(line, false), left);
    assert_eq!(side_of(line, true), right);
}

/// Regression: a removal right after an opening quote read as
/// "“ [-It was … will be-]meeting", which is neither side's text.
#[test]
fn a_removal_keeps_each_sides_spacing() {
    let left = "and will be “It was a productive call, and will be meeting soon.";
    let right = "and will be “meeting soon.";
    let report = render(
        &crate::engine::compare::compare_texts(left, right),
        TextOptions::default(),
    );
    let line = report
        .lines()
        .find(|l| l.starts_with("and will"))
        .expect("the unit's line");
    assert_eq!(side_of(line, false), left);
    assert_eq!(side_of(line, true), right);
}

#[test]
fn material_changes_are_listed_with_their_kind() {
    let cmp = crate::engine::compare::compare_texts("They met on Friday.", "They met on Saturday.");
    let report = render(&cmp, TextOptions::default());
    assert!(report.contains("Material changes (1)"), "{report}");
    assert!(
        report.contains("left ¶1, right ¶1  date: [-Friday-]{+Saturday+}"),
        "{report}"
    );
    assert!(report.contains("material changes: 1 (1 date)"), "{report}");
}
