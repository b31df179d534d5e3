//! The report of two folders compared file by file, as the command line
//! writes it: each reported file's report in turn and a summary line, or
//! as JSON, each file's comparison under its path (see
//! docs/json-format.md).

use serde::Serialize;

use super::{render, wording, OutputFormat, RenderOptions};
use crate::engine::model::Comparison;

/// The report of two folders, added to file by file so only the reports,
/// not the comparisons, are kept.
pub struct FolderReport {
    format: OutputFormat,
    text: String,
    files: Vec<FolderFile>,
}

/// One file's entry in the JSON report (fields in the order written).
#[derive(Serialize)]
struct FolderFile {
    comparison: serde_json::Value,
    path: String,
}

#[derive(Serialize)]
struct FolderJson<'a> {
    files: &'a [FolderFile],
}

impl FolderReport {
    /// An empty report in `format` (text or JSON: a folder has no HTML
    /// report; the command line refuses to write one).
    pub fn new(format: OutputFormat) -> Self {
        Self {
            format,
            text: String::new(),
            files: Vec::new(),
        }
    }

    /// Adds the comparison of the file at `path` (relative to both
    /// folders).
    pub fn add(
        &mut self,
        path: &str,
        cmp: &Comparison,
        options: &RenderOptions<'_>,
    ) -> serde_json::Result<()> {
        let rendered = render(cmp, self.format, options);
        match self.format {
            OutputFormat::Json => self.files.push(FolderFile {
                comparison: serde_json::from_str(&rendered)?,
                path: path.to_owned(),
            }),
            OutputFormat::Text | OutputFormat::Html => {
                self.text.push_str(&rendered);
                self.text.push('\n');
            }
        }
        Ok(())
    }

    /// The whole report, with the summary of `files` compared, how many
    /// `differ` and how many `failed` to load (text only).
    pub fn finish(self, files: usize, differ: usize, failed: usize) -> serde_json::Result<String> {
        Ok(match self.format {
            OutputFormat::Json => {
                serde_json::to_string_pretty(&FolderJson { files: &self.files })? + "\n"
            }
            OutputFormat::Text | OutputFormat::Html => {
                self.text + &wording::folder_summary(files, differ, failed) + "\n"
            }
        })
    }
}
