//! The command line: `syndiff compare LEFT RIGHT`, and the GUI launcher.
//!
//! Exit status follows diff: 0 when the versions are equivalent, 1 when they
//! differ, 2 on trouble (with a message on stderr).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use syndiff::report_html::{self, HtmlOptions};
use syndiff::report_text::{self, TextOptions};
use syndiff::{Comparison, LoadOptions, Normalization};

/// Compare two versions of an article: aligned paragraphs, word-level changes.
#[derive(Debug, Parser)]
#[command(name = "syndiff", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Left (older or reference) file, to open in the desktop app.
    pub left: Option<PathBuf>,
    /// Right (newer or other outlet's) file, to open in the desktop app.
    pub right: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two files and print a report.
    Compare(CompareArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable report with [-removed-]{+added+} marks.
    Text,
    /// The full Comparison as JSON (see docs/json-format.md).
    Json,
    /// A self-contained HTML report to share (use with -o report.html).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Left (older or reference) file.
    pub left: PathBuf,
    /// Right (newer or other outlet's) file.
    pub right: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of standard output (atomically; an
    /// existing FILE is kept unless --force is given).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// For web pages: compare the whole page's text, not only the article.
    #[arg(long)]
    pub whole_page: bool,
    /// Name to show for the left file (e.g. the real path when git passes a
    /// temporary copy).
    #[arg(long, value_name = "NAME")]
    pub left_label: Option<String>,
    /// Name to show for the right file.
    #[arg(long, value_name = "NAME")]
    pub right_label: Option<String>,
    /// Treat upper and lower case as the same.
    #[arg(long)]
    pub ignore_case: bool,
    /// Leave punctuation out of matching.
    #[arg(long)]
    pub ignore_punctuation: bool,
    /// Count curly vs straight quotes as a difference.
    #[arg(long)]
    pub strict_quotes: bool,
    /// Count dash style (hyphen, en, em dash) as a difference.
    #[arg(long)]
    pub strict_dashes: bool,
    /// Count whitespace differences as a difference.
    #[arg(long)]
    pub strict_whitespace: bool,
    /// Also print unchanged paragraphs in the text report (open them in the
    /// HTML report).
    #[arg(long)]
    pub all: bool,
    /// Colour in the text report (NO_COLOR is respected with `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl CompareArgs {
    pub(crate) fn normalization(&self) -> Normalization {
        Normalization {
            ignore_case: self.ignore_case,
            ignore_punctuation: self.ignore_punctuation,
            quotes: !self.strict_quotes,
            dashes: !self.strict_dashes,
            ellipsis: !self.strict_dashes,
            whitespace: !self.strict_whitespace,
        }
    }
}

/// Runs `syndiff compare`; returns the exit code (0 equivalent, 1 different).
pub fn run_compare(args: &CompareArgs) -> Result<i32> {
    if args.left.is_dir() && args.right.is_dir() {
        return crate::folders::run(args);
    }
    let mut left = load(&args.left, args).context("cannot load the left file")?;
    let mut right = load(&args.right, args).context("cannot load the right file")?;
    if let Some(label) = &args.left_label {
        left.path = Some(label.clone());
    }
    if let Some(label) = &args.right_label {
        right.path = Some(label.clone());
    }
    let cmp = syndiff::compare(&left, &right, &args.normalization());
    // The comparison holds both texts; the documents are not needed again.
    drop((left, right));
    if args.format == Format::Json && args.output.is_none() {
        // Streamed: a large pair's JSON is several times its text, and
        // need not be held whole in memory.
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        let written = serde_json::to_writer_pretty(&mut stdout, &cmp)
            .map_err(std::io::Error::from)
            .and_then(|()| stdout.write_all(b"\n"))
            .and_then(|()| stdout.flush());
        match written {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                return Err(e).context("cannot write JSON");
            }
            _ => return Ok(exit_code(&cmp)),
        }
    }
    let output = render(&cmp, args)?;
    emit(&output, args)?;
    Ok(exit_code(&cmp))
}

/// Loads one side with the options the arguments ask for.
pub(crate) fn load(
    path: &std::path::Path,
    args: &CompareArgs,
) -> syndiff::Result<syndiff::Document> {
    let options = LoadOptions {
        whole_page: args.whole_page,
    };
    syndiff::load_path_with(path, &options)
}

/// The report in the asked-for format.
pub(crate) fn render(cmp: &Comparison, args: &CompareArgs) -> Result<String> {
    Ok(match args.format {
        Format::Html => report_html::render(
            cmp,
            HtmlOptions {
                expand_unchanged: args.all,
            },
        ),
        Format::Json => serde_json::to_string_pretty(cmp).context("cannot write JSON")? + "\n",
        Format::Text => report_text::render(
            cmp,
            TextOptions {
                color: use_color(args.color, args.output.is_some()),
                show_unchanged: args.all,
            },
        ),
    })
}

/// Writes the report to `--output` (safely) or to standard output.
pub(crate) fn emit(output: &str, args: &CompareArgs) -> Result<()> {
    if let Some(path) = &args.output {
        syndiff::export::write_export(
            path,
            output.as_bytes(),
            args.force,
            &[&args.left, &args.right],
        )
        .context("cannot write the report")?;
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`syndiff compare a b | head`) is not trouble.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("cannot write the report"),
    }
}

pub(crate) fn exit_code(cmp: &Comparison) -> i32 {
    if cmp.is_equivalent() {
        0
    } else {
        1
    }
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        _ if to_file => false,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}
