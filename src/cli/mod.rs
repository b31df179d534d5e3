//! The command line: `syndiff compare LEFT RIGHT` for two files or two
//! folders, and the GUI launcher.
//!
//! Exit status follows diff: 0 when the versions are equivalent, 1 when they
//! differ, 2 on trouble (with a message on stderr).
//!
//! - [`args`]: the arguments.
//! - [`files`]: comparing two files.
//! - [`folders`]: comparing two folders file by file.
//! - [`output`]: loading inputs and writing the report where it was asked.
//! - [`story`]: `syndiff story`, many versions of one story together.

pub mod args;
mod files;
mod folders;
mod output;
pub mod story;

use anyhow::Result;

pub use args::{Cli, Command, CompareArgs};

/// Runs `syndiff compare`; returns the exit code (0 equivalent, 1 different).
pub fn run_compare(args: &CompareArgs) -> Result<i32> {
    if args.left.is_dir() && args.right.is_dir() {
        folders::run(args)
    } else {
        files::run(args)
    }
}
