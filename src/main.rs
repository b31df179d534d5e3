//! The `syndiff` binary: the command line, and the desktop app when started
//! without a subcommand.

mod cli;

use clap::Parser;

/// mimalloc rather than the system allocator: a comparison makes and
/// frees millions of small vectors (a paragraph's features, a unit's
/// edits) on two threads, and glibc's malloc spent a tenth of a
/// whole-Bible comparison in its own code and in the kernel (a quarter
/// less wall time with mimalloc; see README, "Real text"). It keeps more
/// memory mapped in return (about 250 MB at the peak on that pair, against
/// 175 MB).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let code = match cli.command {
        Some(cli::Command::Compare(args)) => match cli::run_compare(&args) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("syndiff: {e:#}");
                2
            }
        },
        Some(cli::Command::Story(args)) => match cli::story::run(&args) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("syndiff: {e:#}");
                2
            }
        },
        None => run_app(cli.files),
    };
    std::process::exit(code);
}

#[cfg(feature = "gui")]
fn run_app(files: Vec<std::path::PathBuf>) -> i32 {
    match syndiff::gui::run(files) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("syndiff: {e:#}");
            2
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_app(_files: Vec<std::path::PathBuf>) -> i32 {
    eprintln!("syndiff: this build has no desktop app (built without the `gui` feature); use `syndiff compare LEFT RIGHT`");
    2
}
