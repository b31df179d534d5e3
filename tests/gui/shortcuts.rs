//! The shortcut table against what readers are told: Help and the README.

use crate::support::harness_with;
use egui::Key;
use egui_kittest::kittest::Queryable;
use syndiff::gui::shortcuts;

#[test]
fn help_lists_every_shortcut() {
    let mut harness = harness_with(vec![]);
    harness.key_press(Key::F1);
    harness.run();
    for shortcut in shortcuts::table() {
        let keys = shortcut.keys();
        assert!(
            harness.query_all_by_label(&keys).count() > 0,
            "Help lacks {keys}"
        );
        assert!(
            harness.query_all_by_label(shortcut.does).count() > 0,
            "Help lacks {}",
            shortcut.does
        );
    }
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness
        .query_by_label("Scroll the document by a screen")
        .is_none());
}

/// The README's table of shortcuts is the one the app is built from. Run
/// with `UPDATE_README=1` to write it after changing a binding.
#[test]
fn readme_lists_the_shortcuts_of_the_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (start_marker, end_marker) = ("<!-- shortcuts -->\n", "<!-- /shortcuts -->");
    let start = readme
        .find(start_marker)
        .expect("README marks its shortcut table")
        + start_marker.len();
    let end = readme
        .find(end_marker)
        .expect("README marks the table's end");
    let table = shortcuts::markdown_table();
    if readme[start..end] != table && std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(path, updated).expect("README written");
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "README's shortcuts differ from the app's; run with UPDATE_README=1"
    );
}
