//! The library's one error type. Every fallible engine call returns
//! [`Error`]; front ends (CLI, GUI) add context with `anyhow` and report it
//! once, where the user sees it.

use std::path::PathBuf;

/// What can go wrong while loading or comparing documents.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path does not exist.
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    /// The path names a directory, socket or other non-file.
    #[error("{path}: not a regular file (is it a folder?)")]
    NotAFile { path: PathBuf },
    /// The file exists but could not be read (permissions, I/O error).
    #[error("{path}: cannot be read: {source}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The bytes look like a binary file (image, PDF, executable), not text.
    #[error("{name}: looks like a binary file, not text ({reason})")]
    Binary { name: String, reason: String },
    /// A Word or OpenDocument file that cannot be read: a corrupt archive,
    /// a missing or malformed body, or one that unpacks too large.
    #[error("{name}: taken for {kind}, but it cannot be read: {reason}")]
    BadDocument {
        name: String,
        kind: &'static str,
        reason: String,
    },
    /// A PDF without a text layer (a scanned page).
    #[error(
        "{name}: this PDF has no text layer (a scan?); run OCR on it first, then open the result"
    )]
    NoTextLayer { name: String },
    /// A password-protected (encrypted) document.
    #[error("{name}: {kind} that is password-protected (or an old binary .doc); save it without a password, or as .docx or .odt, and open it again")]
    Encrypted { name: String, kind: &'static str },
    /// A web address could not be fetched, or did not give a page.
    #[error("{address}: cannot be fetched: {reason}")]
    Fetch { address: String, reason: String },
    /// The file is larger than the loader accepts.
    #[error("{name}: too large ({size_bytes} bytes; the limit is {limit_bytes} bytes)")]
    TooLarge {
        name: String,
        size_bytes: u64,
        limit_bytes: u64,
    },
    /// An export would replace an existing file and replacing was not allowed.
    #[error("{path} already exists (use --force to replace it)")]
    Exists { path: PathBuf },
    /// An export would replace one of the documents being compared.
    #[error("{path} is one of the files being compared; syndiff never writes to them")]
    WouldOverwriteInput { path: PathBuf },
    /// Writing an export failed.
    #[error("{path}: cannot be written: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
