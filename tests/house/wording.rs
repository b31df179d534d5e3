//! Every sentence a person reads comes from `report/wording`: a test that
//! fails when a string literal reading like one ("Nothing to export yet.",
//! "Open left article") appears in the app's code instead. Code compiled
//! for tests only, comments, and the labels of controls (buttons, menu
//! items, the keys table, the options and help windows), kept beside the
//! control they name, are left out.

use std::path::{Path, PathBuf};

/// Files whose literals are control labels, not messages.
const CONTROL_LABELS: [&str; 5] = [
    "src/gui/panels.rs",
    "src/gui/menus.rs",
    "src/gui/shortcuts.rs",
    "src/gui/find.rs",
    "src/gui/dialogs.rs",
];

/// Control labels in files that also hold other text.
const LABELS: [&str; 4] = [
    "All files",
    "Drag to resize the columns; double-click to reset",
    "Column divider",
    "Overview of changes",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `code`'s lines outside comments, with their
/// line numbers (escapes are kept as written).
fn literals(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let code_part = line.trim_start();
        if code_part.starts_with("//") {
            continue;
        }
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        literal.push(c);
                        literal.extend(chars.next());
                    }
                    '"' => break,
                    _ => literal.push(c),
                }
            }
            found.push((n + 1, literal));
        }
    }
    found
}

/// Whether a literal reads like the start of a sentence: a capitalised
/// word, a space, then a word in lower case.
fn reads_like_a_sentence(literal: &str) -> bool {
    let mut words = literal.splitn(2, ' ');
    let (Some(first), Some(rest)) = (words.next(), words.next()) else {
        return false;
    };
    let mut first_chars = first.chars();
    first_chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && first.len() > 1
        && first_chars.all(|c| c.is_ascii_lowercase())
        && rest.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// `file`'s sentences outside its tests, as `path:line: "literal"`.
fn sentences_in(root: &Path, file: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Vec::new();
    };
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let name = file
        .strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string();
    literals(code)
        .into_iter()
        .filter(|(_, literal)| {
            reads_like_a_sentence(literal) && !LABELS.contains(&literal.as_str())
        })
        .map(|(line, literal)| format!("{name}:{line}: \"{literal}\""))
        .collect()
}

#[test]
fn the_app_takes_every_sentence_from_the_wording() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/gui"), &mut files);
    files.sort();
    assert!(!files.is_empty(), "no app code found under src/gui");
    let found: Vec<String> = files
        .iter()
        .filter(|f| f.file_name().is_some_and(|n| n != "tests.rs"))
        .filter(|f| !CONTROL_LABELS.iter().any(|c| f.ends_with(c)))
        .flat_map(|f| sentences_in(root, f))
        .collect();
    assert!(
        found.is_empty(),
        "sentences written in the app's code rather than in src/report/wording:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_message_and_spares_ids_and_labels() {
    let code = "show_error(\"Nothing to export yet.\".into());\n\
                // \"Only a comment here\"\n\
                egui::Grid::new(\"story-matrix\"); ui.strong(\"Version\");";
    let sentences: Vec<String> = literals(code)
        .into_iter()
        .map(|(_, l)| l)
        .filter(|l| reads_like_a_sentence(l))
        .collect();
    assert_eq!(sentences, ["Nothing to export yet."]);
}
