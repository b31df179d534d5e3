//! The app's titles and messages: what its file dialogs and its window are
//! called, what it says it did ("Saved …") and what it could not do. A
//! message opens with a capital and, when it is a sentence, ends with a
//! full stop; counts read right in the singular and the plural.

use std::path::Path;

use crate::report::OutputFormat;

/// The title of the dialog opening one side's file.
pub fn open_side_title(right: bool) -> &'static str {
    if right {
        "Open right article"
    } else {
        "Open left article"
    }
}

/// The title of the dialog saving pasted text to a file.
pub const SAVE_PASTED_TITLE: &str = "Save the pasted text";

/// The title of the dialog opening several versions of one story.
pub const OPEN_VERSIONS_TITLE: &str = "Open versions of one story";

/// The title of the save dialog for an export in `format`.
pub fn export_title(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Json => "Save comparison as JSON",
        OutputFormat::Html => "Export report",
        OutputFormat::Text => "Export text report",
    }
}

/// The window's title on a pair: "left ↔ right — syndiff".
pub fn pair_window_title(left: &str, right: &str) -> String {
    format!("{left} ↔ {right} — syndiff")
}

/// The window's title on a story: "Story of 5 versions — syndiff".
pub fn story_window_title(versions: usize) -> String {
    format!("Story of {versions} versions — syndiff")
}

/// A file was written.
pub fn saved(path: &Path) -> String {
    format!("Saved {}", path.display())
}

/// Export asked for before any comparison arrived.
pub const NOTHING_TO_EXPORT: &str = "Nothing to export yet.";

/// Save the pasted text asked of a side that holds none.
pub const NO_PASTED_TEXT: &str = "That side holds no pasted text.";

/// Pasted text is never saved over a file.
pub fn pasted_name_taken(path: &Path) -> String {
    format!(
        "{} already exists: choose another name for the pasted text",
        path.display()
    )
}

/// Paste asked for with nothing on the clipboard to paste.
pub const NOTHING_TO_PASTE: &str = "The clipboard holds no text to paste.";

/// No file dialog could be shown.
pub const NO_FILE_DIALOG: &str = "No file dialog is available on this system (install xdg-desktop-portal or zenity). You can drag files onto the window or pass them on the command line.";

/// The story view asked for before any story was opened.
pub const NO_STORY_OPEN: &str = "No story is open: open three or more files (or a folder) with Open versions…, or Samples, All five samples as a story.";

/// Too few files to make a story of.
pub fn too_few_versions(files: usize) -> String {
    let given = if files == 1 {
        "1 file was".to_owned()
    } else {
        format!("{files} files were")
    };
    format!("A story needs two versions or more; {given} given.")
}

/// Too many files to make a story of.
pub fn too_many_versions(files: usize, most: usize) -> String {
    format!("A story takes at most {most} versions; {files} files were given.")
}

/// What the toolbar says while a comparison is loading or comparing.
pub fn compare_stage(loading_side: Option<bool>) -> &'static str {
    match loading_side {
        Some(false) => "Loading the left side…",
        Some(true) => "Loading the right side…",
        None => "Comparing…",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_messages_count_files_right() {
        assert_eq!(
            too_few_versions(1),
            "A story needs two versions or more; 1 file was given."
        );
        assert_eq!(
            too_few_versions(0),
            "A story needs two versions or more; 0 files were given."
        );
        assert_eq!(
            too_many_versions(40, 32),
            "A story takes at most 32 versions; 40 files were given."
        );
    }

    #[test]
    fn messages_open_with_a_capital() {
        for message in [
            NOTHING_TO_EXPORT,
            NO_PASTED_TEXT,
            NO_STORY_OPEN,
            &too_few_versions(1),
        ] {
            assert!(message.starts_with(char::is_uppercase), "{message}");
        }
    }
}
