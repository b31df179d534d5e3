//! `syndiff story`: many versions of one story taken together.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::args::{StoryArgs, StoryFormat};

/// The files to read: the reference first, then each argument (a folder
/// gives its files, in name order), each once.
fn inputs(args: &StoryArgs) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = args.reference.iter().cloned().collect();
    for arg in &args.files {
        if arg.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(arg)
                .with_context(|| format!("cannot list {}", arg.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(arg.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}

/// Runs the story; returns the exit code (0: every version carries every
/// other whole, 1: they differ).
pub fn run(args: &StoryArgs) -> Result<i32> {
    let paths = inputs(args)?;
    anyhow::ensure!(paths.len() >= 2, "a story needs two versions or more");
    let docs = paths
        .iter()
        .map(|p| {
            syndiff::load_path_or_address(p, &syndiff::LoadOptions::default())
                .with_context(|| format!("cannot load {}", p.display()))
        })
        .collect::<Result<Vec<_>>>()?;
    let story = syndiff::engine::story::story(&docs);
    let report = match args.format {
        StoryFormat::Text => syndiff::report::story::render_text(&story),
        StoryFormat::Html => syndiff::report::story::html::render_html(&story),
        StoryFormat::Json => {
            let mut json = serde_json::to_string_pretty(&story).context("cannot write JSON")?;
            json.push('\n');
            json
        }
    };
    match &args.output {
        Some(path) => {
            let inputs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
            syndiff::report::export::write_export(path, report.as_bytes(), args.force, &inputs)
                .context("cannot write the report")?;
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(report.as_bytes());
        }
    }
    Ok(if story.all_equivalent() { 0 } else { 1 })
}
