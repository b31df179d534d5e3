//! Temporary folders that go when their test ends. Each folder is held by
//! the test's own thread (libtest runs every test on a thread of its own)
//! and removed when that thread exits, so a run leaves nothing behind: the
//! bad-input tests alone write 150 MB, and thousands of leftover folders
//! once filled the CI machine's disk.
// Each test binary includes this module and may use only some of it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::path::PathBuf;

thread_local! {
    static HELD: RefCell<Vec<tempfile::TempDir>> = const { RefCell::new(Vec::new()) };
}

/// A fresh, empty folder whose name starts `syndiff-{name}-`, removed with
/// everything in it when the calling test's thread ends.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = tempfile::Builder::new()
        .prefix(&format!("syndiff-{name}-"))
        .tempdir()
        .expect("a temporary folder");
    let path = dir.path().to_path_buf();
    HELD.with(|held| held.borrow_mut().push(dir));
    path
}
