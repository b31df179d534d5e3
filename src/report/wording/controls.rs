//! The sentences of the app's windows and controls (Help, the address
//! window, the drop targets, the legend and the story view's toolbar):
//! kept here with every other sentence a reader sees, so the app holds no
//! prose of its own. Short control labels ("Replace", "Ignore case") stay
//! beside their controls.

/// Under the address field: what Enter does.
pub const ADDRESS_ENTER_HINT: &str = "Enter opens it on the right.";

/// The option that lets the change keys stop at web furniture.
pub const STEP_INTO_BOILERPLATE: &str =
    "Next / previous change (F7) stops at boilerplate changes too";

/// The legend window's title and the toolbar button that opens it.
pub const LEGEND_TITLE: &str = "Legend";

/// Help's paragraph on the marks; `symbols` lists the gutter's symbols
/// ([`super::symbol_legend`]).
pub fn help_marks(symbols: &str) -> String {
    format!(
        "Removed words are struck through (left), added words underlined (right), rewritten words italic on both sides; hover a rewrite to see its counterpart. The gutter shows each changed paragraph's kind: {symbols} (click » to jump to where a moved paragraph stood)."
    )
}

/// Under the address field: which addresses it takes.
pub const ADDRESS_FORM_HINT: &str = "An address starts with http:// or https://";

/// Asked before an export replaces a file.
pub fn replace_question(path: &std::path::Path) -> String {
    format!("{} already exists. Replace it?", path.display())
}

/// Over the window while three files or more are dragged.
pub const DROP_AS_STORY: &str = "Drop to open as versions of one story";
/// Over a pane while one file is dragged onto it.
pub const DROP_ON_LEFT: &str = "Drop to open on the left";
/// Over a pane while one file is dragged onto it.
pub const DROP_ON_RIGHT: &str = "Drop to open on the right";
/// Over the window while two files are dragged.
pub const DROP_AS_PAIR: &str = "Drop to open both sides (the first file left, the second right)";
