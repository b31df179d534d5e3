//! The `syndiff` binary: the command line, and the desktop app when started
//! without a subcommand.

mod cli;

use clap::Parser;

/// mimalloc rather than the system allocator: a comparison makes and
/// frees millions of small vectors (a paragraph's features, a unit's
/// edits) on two threads, and glibc's malloc spent a tenth of a
/// whole-Bible comparison in its own code and in the kernel (a quarter
/// less wall time with mimalloc; see README, "Real text"). It kept more
/// memory mapped in return (about 250 MB at the peak on that pair, against
/// 175 MB, when it was chosen).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`, which `libmimalloc-sys` does not
/// name: how long freed memory is kept before it is given back to the
/// system (1,000 ms by default in mimalloc 3; `-1` never). A test below
/// holds the number to that default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// A command-line run makes one comparison and exits, so memory freed
/// between its stages is kept for the next stage rather than given back:
/// given back, each page is zeroed again by the kernel when it is next
/// used. On a whole-Bible pair a run longer than the default delay gave
/// back 186 MB and took it again, about a tenth of its time on a busy
/// machine (README, "Real text"). The desktop app keeps the default, so
/// that memory goes back once a comparison is done.
fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores a number in mimalloc's option
    // table; it is called before any thread other than this one runs.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

/// A command-line run's memory on the kernel's ordinary 4 KiB pages, not
/// transparent huge pages (mimalloc asks for those on its arenas). A whole
/// 2 MiB page is taken, zeroed and, on a virtual machine, first backed by
/// the host on the first write to any byte of it; a huge page the kernel
/// has just taken back from the host cost a whole-Bible comparison (200 MB)
/// a quarter to a half more time in half of the runs that followed another
/// command, where small pages cost it the same few hundredths every time
/// (README, "Real text"). The flag is read when memory is first touched,
/// so it holds for the arena mimalloc reserved before `main`. The desktop
/// app keeps the default.
#[cfg(target_os = "linux")]
fn small_pages() {
    // SAFETY: `PR_SET_THP_DISABLE` only sets a flag on this process's
    // memory map; it takes no pointer. A kernel without it returns an
    // error, and the run goes on with huge pages.
    let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
}

#[cfg(not(target_os = "linux"))]
fn small_pages() {}

fn main() {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if cli.command.is_some() {
        keep_freed_memory();
        small_pages();
    }
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

#[cfg(test)]
mod tests {
    /// The option number named above is mimalloc's purge delay (it has
    /// that option's default, which no other option has), and a
    /// command-line run turns purging off.
    #[test]
    fn purge_delay_option_number_is_mimallocs() {
        // SAFETY: reads mimalloc's option table.
        let delay_ms = || unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay_ms(), 1000);
        super::keep_freed_memory();
        assert_eq!(delay_ms(), -1);
    }

    /// A command-line run turns transparent huge pages off for itself.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_command_line_run_uses_small_pages() {
        // SAFETY: reads and sets a flag of this process's memory map.
        let disabled = || unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        super::small_pages();
        assert_eq!(disabled(), 1);
    }
}
