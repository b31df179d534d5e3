//! The `syndiff` binary: the command line, and the desktop app when started
//! without a subcommand.

mod cli;

use clap::Parser;

fn main() {
    limit_malloc_arenas();
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

/// At most two glibc malloc arenas. Each parallel step of a comparison
/// runs on two threads, but a third (the names read while paragraphs
/// align) made glibc open a third arena, and memory freed in one arena is
/// not reused by another: a whole-Bible pair peaked 15 MB higher (129
/// against 115 MB) for no gain in speed. Two arenas serve the two cores.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_malloc_arenas() {
    // SAFETY: `mallopt` only sets an allocator parameter; it is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}

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
