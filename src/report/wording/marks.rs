//! The words for material changes and for the editor's review: kinds,
//! counts, hover texts, progress and the messages about kept marks.

use crate::engine::model::{Material, MaterialCounts};

/// What a material change is called: "number", "date", "negation",
/// "quote", "name", "reversal".
pub fn material_name(kind: Material) -> &'static str {
    kind.name()
}

/// A recurring renaming's note: "“LORD” renamed “Yahweh” throughout:
/// 7,843 places".
pub fn renaming_places(left: &str, right: &str, places: usize) -> String {
    format!(
        "“{left}” renamed “{right}” throughout: {} places",
        thousands(places)
    )
}

/// A count with its thousands grouped: 7,843.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The plural a count of material changes reads with.
fn material_plural(kind: Material) -> &'static str {
    match kind {
        Material::Number => "numbers",
        Material::Date => "dates",
        Material::Negation => "negations",
        Material::Quote => "quotes",
        Material::Name => "names",
        Material::Reversal => "reversals",
    }
}

/// The material changes counted by kind: "3 (1 number, 2 quotes)", or
/// "none".
pub fn material_counts(counts: &MaterialCounts) -> String {
    if counts.total() == 0 {
        return "none".to_owned();
    }
    let kinds: Vec<String> = Material::ALL
        .iter()
        .filter(|&&k| counts.get(k) > 0)
        .map(|&k| {
            let n = counts.get(k);
            let word = if n == 1 {
                material_name(k)
            } else {
                material_plural(k)
            };
            format!("{n} {word}")
        })
        .collect();
    format!("{} ({})", counts.total(), kinds.join(", "))
}

/// How a material change is described where it is marked, for hover texts
/// and screen readers: "Material change: number".
pub fn material_hint(kind: Material) -> String {
    format!("Material change: {}", material_name(kind))
}

/// The same for a paragraph holding material changes of `kinds`:
/// "Material change: number, quote".
pub fn material_hint_all(kinds: &[Material]) -> String {
    let names: Vec<&str> = kinds.iter().map(|&k| material_name(k)).collect();
    let plural = if kinds.len() == 1 { "" } else { "s" };
    format!("Material change{plural}: {}", names.join(", "))
}

/// How far a review got: "12 of 37 changes reviewed", with ", 3 notes"
/// when there are notes.
pub fn review_progress(reviewed: usize, changes: usize, notes: usize) -> String {
    let mut out = format!(
        "{reviewed} of {changes} change{} reviewed",
        if changes == 1 { "" } else { "s" }
    );
    if notes > 0 {
        out.push_str(&format!(
            ", {notes} note{}",
            if notes == 1 { "" } else { "s" }
        ));
    }
    out
}

/// A reviewed mark's hover text: "Reviewed. Note: …".
pub fn mark_hint(reviewed: bool, note: &str) -> String {
    match (reviewed, note) {
        (true, "") => "Reviewed".to_owned(),
        (true, note) => format!("Reviewed. Note: {note}"),
        (false, note) => format!("Note: {note}"),
    }
}

/// Review marks found again for a pair just opened.
pub fn review_restored(marks: usize) -> String {
    format!(
        "Your review of this pair is back: {marks} mark{} and notes",
        if marks == 1 { "" } else { "s" }
    )
}

/// A pair's review marks made on another text of one side.
pub fn review_set_aside(right: bool, marks: usize, kept_at: &std::path::Path) -> String {
    format!(
        "The {} text changed since it was reviewed: its {marks} review mark{} and notes were set aside (kept in {})",
        if right { "right" } else { "left" },
        if marks == 1 { "" } else { "s" },
        kept_at.display()
    )
}

/// A pair's review marks that could not be read.
pub fn review_unreadable(reason: &str, kept_at: &std::path::Path) -> String {
    format!(
        "The review marks of this pair could not be read ({reason}); the file was set aside as {}",
        kept_at.display()
    )
}

/// Stepping to an unreviewed change found none.
pub fn all_reviewed(forward: bool) -> String {
    format!(
        "No change {} is left to review",
        if forward {
            "after this one"
        } else {
            "before this one"
        }
    )
}
