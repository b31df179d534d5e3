//! `syndiff story`: many versions of one story taken together.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::args::StoryArgs;
use syndiff::engine::story::{Step, MAX_VERSIONS};

/// The progress bar on a terminal (indicatif draws nothing when stderr is
/// not one): files read, then versions measured, then quotations.
struct Bar(indicatif::ProgressBar);

impl Bar {
    fn new(versions: usize) -> Self {
        let bar = indicatif::ProgressBar::new(versions as u64);
        let style = indicatif::ProgressStyle::with_template("{msg:34} {wide_bar} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        Self(bar)
    }

    fn show(&self, step: Step) {
        let position = match step {
            Step::Reading { read, .. } => read,
            Step::Indexing => 0,
            Step::Measured { done, .. } => done,
            Step::Quotes => self.0.length().unwrap_or(0) as usize,
        };
        self.0
            .set_message(syndiff::report::story::story_progress(step));
        self.0.set_position(position as u64);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// The files to read: the reference first, then each argument (a folder
/// gives its files, in name order), each once.
fn inputs(args: &StoryArgs) -> Result<Vec<PathBuf>> {
    let named: Vec<PathBuf> = args.reference.iter().chain(&args.files).cloned().collect();
    syndiff::engine::story::version_files(&named).context("cannot list the versions")
}

/// Runs the story; returns the exit code (0: every version carries every
/// other whole, 1: they differ).
pub fn run(args: &StoryArgs) -> Result<i32> {
    let paths = inputs(args)?;
    anyhow::ensure!(paths.len() >= 2, "a story needs two versions or more");
    anyhow::ensure!(
        paths.len() <= MAX_VERSIONS,
        "a story takes at most {MAX_VERSIONS} versions; {} were given",
        paths.len()
    );
    let bar = Bar::new(paths.len());
    let mut docs = Vec::with_capacity(paths.len());
    for (n, p) in paths.iter().enumerate() {
        bar.show(Step::Reading {
            read: n,
            total: paths.len(),
        });
        let doc = syndiff::load_path_or_address(p, &syndiff::LoadOptions::default())
            .with_context(|| format!("cannot load {}", p.display()))?;
        docs.push(doc);
    }
    let story = syndiff::engine::story::story_with_progress(&docs, &mut |step| bar.show(step));
    bar.finish();
    let inputs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
    let mut write =
        |out: &mut dyn std::io::Write| syndiff::report::write_story(&story, args.format, out);
    match &args.output {
        Some(path) => {
            syndiff::report::export::write_export_with(path, args.force, &inputs, &mut write)
                .context("cannot write the report")?;
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match write(&mut stdout) {
                // A closed pipe (`| head`) is not an error worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                other => other.context("cannot write the report")?,
            }
        }
    }
    Ok(if story.all_equivalent() { 0 } else { 1 })
}
