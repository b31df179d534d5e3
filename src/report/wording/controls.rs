//! The words of the app's windows and controls added with the legend and
//! the story view's own toolbar: kept here with every other sentence a
//! reader sees, so the app holds no prose of its own.

/// Under the address field: what Enter does.
pub const ADDRESS_ENTER_HINT: &str = "Enter opens it on the right.";

/// The option that lets the change keys stop at web furniture.
pub const STEP_INTO_BOILERPLATE: &str =
    "Next / previous change (F7) stops at boilerplate changes too";

/// The legend window's title and the toolbar button that opens it.
pub const LEGEND_TITLE: &str = "Legend";
