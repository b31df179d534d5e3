//! The README's layout table names every folder of the source tree, so a
//! folder added or renamed without its line there fails here.

use std::path::Path;

fn folders(root: &Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.path().is_dir() {
            let name = format!("{rel}{}/", entry.file_name().to_string_lossy());
            out.push(name.clone());
            folders(root, &name, out);
        }
    }
}

#[test]
fn the_layout_table_names_every_source_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let layout = readme
        .split("## Layout")
        .nth(1)
        .expect("README has a Layout section");
    let mut found = Vec::new();
    folders(root, "src/", &mut found);
    assert!(found.len() > 5, "the source tree was read: {found:?}");
    for folder in found {
        assert!(
            layout.contains(&format!("| `{folder}` |")),
            "README's layout lacks {folder}"
        );
    }
    for gone in ["report_text", "report_html", "synth.rs", "cli.rs"] {
        assert!(!layout.contains(gone), "README's layout still names {gone}");
    }
}

/// The README's legend is the app's one list of marks
/// (`syndiff::report::wording::legend`); `UPDATE_README=1` rewrites it.
#[test]
fn readme_legend_is_the_apps_list_of_marks() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (start_marker, end_marker) = ("<!-- legend -->\n", "<!-- /legend -->");
    let start = readme.find(start_marker).expect("README marks its legend") + start_marker.len();
    let end = readme
        .find(end_marker)
        .expect("README marks the legend's end");
    let table = syndiff::report::wording::legend_markdown();
    if readme[start..end] != table && std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).expect("README written");
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "README's legend differs from the app's; run with UPDATE_README=1"
    );
}
