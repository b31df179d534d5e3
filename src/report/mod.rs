//! Everything a reader sees made from a [`Comparison`], through one door:
//! [`render`] (or [`write`], which streams) turns a comparison into the
//! asked-for [`OutputFormat`], and [`render_story`] a story of many
//! versions. The command line, the app's export and folder mode all call
//! them, so a format is chosen in one place, with one enum.
//!
//! - [`text`]: the terminal report with `[-removed-]{+added+}` marks.
//! - [`html`]: the self-contained HTML report to share.
//! - [`json`]: the `Comparison` itself (see docs/json-format.md).
//! - [`rows`]: the rows of a side-by-side display, and [`link_places`]:
//!   where each passage link stands in it; both shared by the app and the
//!   HTML report.
//! - [`material`]: the material changes as one list, for the reports and
//!   the app's lens.
//! - [`redline`]: the redline of a row as runs (the right text, with the
//!   left's removed words struck before their replacement), which the app
//!   and the HTML report both draw.
//! - [`story`]: the report of a story of many versions.
//! - [`folders`]: two folders' report, file by file.
//! - [`wording`]: the names, positions, summary lines and verdicts all of
//!   the above use.
//! - [`export`]: writing a report to disk without clobbering anything.

pub mod export;
pub mod folders;
pub mod html;
mod json;
mod json_units;
pub mod link_places;
pub mod material;
pub mod redline;
pub mod rows;
pub mod story;
pub mod text;
pub mod wording;

use std::io::Write;

use crate::engine::model::Comparison;
use crate::engine::story::Story;
use crate::review::ReviewLog;
use json::write_json;

/// The formats every report is written in: a pair's, a story's, two
/// folders'. The command line's `--format` values are its variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A readable report (a pair's with [-removed-]{+added+} marks).
    Text,
    /// The whole comparison or story as JSON (see docs/json-format.md).
    Json,
    /// A self-contained HTML page to share (use with -o report.html).
    Html,
}

impl OutputFormat {
    /// The file name an export suggests.
    pub fn default_file_name(self) -> &'static str {
        match self {
            OutputFormat::Text => "report.txt",
            OutputFormat::Json => "comparison.json",
            OutputFormat::Html => "report.html",
        }
    }
}

/// Choices that change a report, whatever its format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions<'a> {
    /// Show unchanged paragraphs too (printed in text, open in HTML).
    pub show_unchanged: bool,
    /// ANSI colours in the text report.
    pub color: bool,
    /// The editor's reviewed marks and notes, for the HTML and JSON
    /// reports.
    pub review: Option<&'a ReviewLog>,
}

/// The comparison in `format`, whole.
pub fn render(cmp: &Comparison, format: OutputFormat, options: &RenderOptions<'_>) -> String {
    match format {
        OutputFormat::Text => text::render(
            cmp,
            text::TextOptions {
                color: options.color,
                show_unchanged: options.show_unchanged,
            },
        ),
        OutputFormat::Html => html::render(
            cmp,
            html::HtmlOptions {
                expand_unchanged: options.show_unchanged,
                review: options.review,
            },
        ),
        OutputFormat::Json => {
            let mut out = Vec::new();
            // Writing to memory fails only if serialising fails, which the
            // model's plain fields never do.
            let _ = write_json(cmp, options.review, &mut out);
            String::from_utf8_lossy(&out).into_owned()
        }
    }
}

/// The report of a story of many versions in `format`.
pub fn render_story(story: &Story, format: OutputFormat) -> std::io::Result<String> {
    let mut out = Vec::new();
    write_story(story, format, &mut out)?;
    String::from_utf8(out).map_err(std::io::Error::other)
}

/// Writes the story in `format` to `out`. JSON is streamed and compact: at
/// a thousand versions it is not held whole (see docs/json-format.md).
pub fn write_story(
    story: &Story,
    format: OutputFormat,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Text => out.write_all(story::render_text(story).as_bytes()),
        OutputFormat::Html => out.write_all(story::html::render_html(story).as_bytes()),
        OutputFormat::Json => story::write_json(story, out),
    }
}

/// Writes the comparison in `format` to `out`. JSON is streamed: a large
/// pair's JSON is several times its text and need not be held whole.
pub fn write(
    cmp: &Comparison,
    format: OutputFormat,
    options: &RenderOptions<'_>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => write_json(cmp, options.review, out),
        _ => out.write_all(render(cmp, format, options).as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_renders_the_same_comparison() {
        let cmp =
            crate::engine::compare::compare_texts("The council met.", "The council met today.");
        let options = RenderOptions::default();
        let text = render(&cmp, OutputFormat::Text, &options);
        assert!(text.contains("{+today+}"), "{text}");
        let html = render(&cmp, OutputFormat::Html, &options);
        assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
        let json = render(&cmp, OutputFormat::Json, &options);
        let back: Comparison = serde_json::from_str(&json).expect("JSON reads back");
        assert_eq!(back.units.len(), cmp.units.len());
        assert!(json.ends_with("}\n"));
        let mut streamed = Vec::new();
        write(&cmp, OutputFormat::Json, &options, &mut streamed).expect("written");
        assert_eq!(String::from_utf8(streamed).expect("UTF-8"), json);
    }
}
