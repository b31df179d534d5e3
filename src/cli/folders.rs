//! Comparing two folders file by file: what `git difftool --dir-diff`
//! passes (two temporary trees), and handy for two exports of a site.
//!
//! Files are paired by their path relative to each folder. A file on one
//! side only is compared with an empty document, so its paragraphs show as
//! added or removed. A file that cannot be loaded is reported on standard
//! error and makes the exit status 2, but the other files are still
//! compared.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use super::args::CompareArgs;
use super::output::{emit, exit_code, load};
use syndiff::report::folders::FolderReport;
use syndiff::report::OutputFormat;

/// How deep the folder walk goes; deeper trees are almost surely a loop.
const MAX_DEPTH: usize = 64;

/// Runs `syndiff compare LEFT_DIR RIGHT_DIR`; returns the exit code.
pub fn run(args: &CompareArgs) -> Result<i32> {
    if args.format == OutputFormat::Html {
        bail!(
            "comparing folders writes --format text or json; compare two files for an HTML report"
        );
    }
    let mut names = BTreeSet::new();
    for root in [&args.left, &args.right] {
        walk(root, Path::new(""), 0, &mut names)
            .with_context(|| format!("cannot read the folder {}", root.display()))?;
    }
    let mut code = 0;
    let mut report = FolderReport::new(args.format);
    let (mut differ, mut failed) = (0usize, 0usize);
    let options = args.render_options();
    for name in &names {
        let label = |side: &str| format!("{side}/{}", name.display());
        let side = |root: &Path| -> syndiff::Result<syndiff::Document> {
            let path = root.join(name);
            if path.exists() {
                load(&path, args)
            } else {
                Ok(syndiff::Document::from_text(None, ""))
            }
        };
        let (mut left, mut right) = match (side(&args.left), side(&args.right)) {
            (Ok(l), Ok(r)) => (l, r),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("syndiff: {}: {e}", name.display());
                failed += 1;
                code = 2;
                continue;
            }
        };
        left.path = Some(label("a"));
        right.path = Some(label("b"));
        let cmp = syndiff::compare(&left, &right, &args.normalization());
        if exit_code(&cmp, args.exit_on) == 1 {
            differ += 1;
            if code == 0 {
                code = 1;
            }
        } else if !args.all {
            continue;
        }
        report
            .add(&name.to_string_lossy(), &cmp, &options)
            .context("cannot write JSON")?;
    }
    let output = report
        .finish(names.len(), differ, failed)
        .context("cannot write JSON")?;
    emit(args, |out| out.write_all(output.as_bytes()))?;
    Ok(code)
}

/// Collects the relative paths of regular files (symlinks followed, as git
/// links the working tree into its temporary folder) under `root/rel`.
fn walk(root: &Path, rel: &Path, depth: usize, out: &mut BTreeSet<PathBuf>) -> std::io::Result<()> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    for entry in std::fs::read_dir(root.join(rel))? {
        let entry = entry?;
        let rel_path = rel.join(entry.file_name());
        let meta = std::fs::metadata(entry.path())?;
        if meta.is_dir() {
            if entry.file_name() != ".git" {
                walk(root, &rel_path, depth + 1, out)?;
            }
        } else {
            out.insert(rel_path);
        }
    }
    Ok(())
}
