//! The command line's arguments, defined once with clap's derive; `--help`
//! is made from their doc comments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use syndiff::report::{OutputFormat, RenderOptions};
use syndiff::{LoadOptions, Normalization};

/// Compare two versions of an article: aligned paragraphs, word-level changes.
#[derive(Debug, Parser)]
#[command(name = "syndiff", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files to open in the desktop app: the left (older or reference)
    /// file and the right (newer or other outlet's) one; three or more, or
    /// a folder, open as versions of one story.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two files and print a report.
    Compare(CompareArgs),
    /// Take many versions of one story together: who carries what, and
    /// which quotations were changed. A folder means its files.
    Story(StoryArgs),
}

#[derive(Debug, Args)]
pub struct StoryArgs {
    /// The versions (files, folders, or web addresses).
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// The version to list first and measure the others against.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
    /// Output format: text (versions, reuse matrix, quotes), json (the
    /// whole story) or html (heat map, quote table, marked texts).
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// Which differences make the exit status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExitOn {
    /// Any difference, boilerplate included (diff's convention).
    Any,
    /// Only editorial differences: a pair whose verdict reads "No editorial
    /// differences" exits 0.
    Editorial,
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
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
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
    /// Which differences make the exit status 1: `any` (as diff does) or
    /// `editorial` (the verdict's: boilerplate alone exits 0).
    #[arg(long, value_enum, default_value_t = ExitOn::Any)]
    pub exit_on: ExitOn,
}

impl CompareArgs {
    pub fn normalization(&self) -> Normalization {
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

impl CompareArgs {
    /// What loading a file should do.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            whole_page: self.whole_page,
        }
    }

    /// The report options asked for; colour only on a terminal that wants it.
    pub fn render_options(&self) -> RenderOptions<'static> {
        RenderOptions {
            show_unchanged: self.all,
            color: use_color(self.color, self.output.is_some()),
            review: None,
        }
    }
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    use std::io::IsTerminal;
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
