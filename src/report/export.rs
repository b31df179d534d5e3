//! Writing exports (reports, JSON) safely.
//!
//! An export must never clobber a file the user did not agree to replace,
//! must never touch the documents being compared, and must never leave a
//! half-written file behind if the program dies mid-write. So the bytes go
//! to a temporary file in the target's folder first, are flushed to disk,
//! and then take the target's name in one step: a hard link when the file
//! must not exist yet (which fails, atomically, if it does), a rename when
//! replacing was allowed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::engine::error::{Error, Result};

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path`. With `replace` false, an existing file is an
/// [`Error::Exists`]; `inputs` are the compared documents' paths, which are
/// never written whatever `replace` says.
pub fn write_export(path: &Path, bytes: &[u8], replace: bool, inputs: &[&Path]) -> Result<()> {
    write_export_with(path, replace, inputs, &mut |file| file.write_all(bytes))
}

/// As [`write_export`], the bytes written by `write` as they are made (a
/// story's JSON at a thousand versions is not held whole in memory). The
/// writer is buffered; a failure leaves no file behind.
pub fn write_export_with(
    path: &Path,
    replace: bool,
    inputs: &[&Path],
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    if inputs.iter().any(|input| same_file(input, path)) {
        return Err(Error::WouldOverwriteInput {
            path: path.to_owned(),
        });
    }
    if !replace && path.exists() {
        return Err(Error::Exists {
            path: path.to_owned(),
        });
    }
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let temp = temp_path(path);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|file| {
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, file);
            write(&mut buffered)?;
            let file = buffered.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()
        });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(write_error(e));
    }
    let result = if replace {
        std::fs::rename(&temp, path).map_err(write_error)
    } else {
        let linked = std::fs::hard_link(&temp, path);
        let _ = std::fs::remove_file(&temp);
        match linked {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::Exists {
                path: path.to_owned(),
            }),
            Err(e) => Err(write_error(e)),
        }
    };
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{name}.syndiff-{}-{n}.tmp", std::process::id()))
}

/// True when both paths name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        crate::test_temp::temp_dir(&format!("export-{name}"))
    }

    #[test]
    fn refuses_to_replace_without_permission() {
        let dir = dir("exists");
        let target = dir.join("report.html");
        std::fs::write(&target, "keep me").expect("write");
        let err = write_export(&target, b"new", false, &[]).unwrap_err();
        assert!(matches!(err, Error::Exists { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "keep me");
        write_export(&target, b"new", true, &[]).expect("replace");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
        let leftovers = std::fs::read_dir(&dir).expect("list").count();
        assert_eq!(leftovers, 1, "no temporary files are left behind");
    }

    #[test]
    fn never_writes_an_input() {
        let dir = dir("input");
        let input = dir.join("left.txt");
        std::fs::write(&input, "article").expect("write");
        let err = write_export(&dir.join(".").join("left.txt"), b"x", true, &[&input]).unwrap_err();
        assert!(matches!(err, Error::WouldOverwriteInput { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "article");
    }

    #[test]
    fn a_missing_folder_is_a_write_error() {
        let err = write_export(Path::new("/no/such/dir/out.html"), b"x", false, &[]).unwrap_err();
        assert!(err.to_string().contains("cannot be written"), "{err}");
    }
}
