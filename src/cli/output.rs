//! Where the command line reads and writes: loading a side with the
//! options asked for, and writing the report to `--output` (safely, never
//! over an input or an existing file unless `--force`) or standard output.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::args::CompareArgs;
use syndiff::Comparison;

/// Loads one side with the options the arguments ask for.
pub fn load(path: &Path, args: &CompareArgs) -> syndiff::Result<syndiff::Document> {
    syndiff::load_path_or_address(path, &args.load_options())
}

/// Writes what `write` produces to `--output` or to standard output. To a
/// file the report is made whole first (the file is replaced atomically);
/// to standard output it is streamed.
pub fn emit(
    args: &CompareArgs,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    if let Some(path) = &args.output {
        let mut bytes = Vec::new();
        write(&mut bytes).context("cannot make the report")?;
        syndiff::report::export::write_export(path, &bytes, args.force, &[&args.left, &args.right])
            .context("cannot write the report")?;
        return Ok(());
    }
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, unbuffered_stdout());
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`syndiff compare a b | head`) is not trouble.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("cannot write the report"),
    }
}

/// Standard output without its line buffer: that buffer searches every
/// byte written for a line end (a whole Bible pair's JSON report is 44 MB
/// on one line), where the report is buffered whole pieces at a time here.
/// A second handle on the same file; nothing else is written to it.
fn unbuffered_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(std::io::stdout().lock())
}

/// 0 when the versions are the same, 1 when they differ: in any way
/// (`ExitOn::Any`, as diff), or editorially (`ExitOn::Editorial`, as the
/// verdict reads: boilerplate alone is no difference).
pub fn exit_code(cmp: &Comparison, exit_on: super::args::ExitOn) -> i32 {
    let same = match exit_on {
        super::args::ExitOn::Any => cmp.is_equivalent(),
        super::args::ExitOn::Editorial => cmp.sameness().is_some(),
    };
    i32::from(!same)
}
