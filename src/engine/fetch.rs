//! Web addresses: a page fetched over HTTP(S), its bytes and what the
//! server said of them; [`crate::engine::load`] reads them like a saved
//! page.
//!
//! `ureq` is the client: blocking (the app calls it on its worker thread,
//! the command line where it stands), small, with rustls for TLS, so no
//! system OpenSSL is needed. A fetch has a time limit, follows a few
//! redirects, stops reading past [`MAX_FETCH_BYTES`], and takes the charset
//! from the response's headers before the page's own `<meta>`. A Word,
//! OpenDocument or PDF file served at the address is read as one.

use std::time::Duration;

use crate::engine::error::{Error, Result};

/// How long a fetch may take in all.
pub const FETCH_TIMEOUT_MS: u64 = 20_000;
/// The largest page read (32 MiB).
pub const MAX_FETCH_BYTES: u64 = 32 << 20;
/// Redirects followed before giving up.
pub const MAX_REDIRECTS: u32 = 10;

/// Whether `text` is a web address syndiff fetches (`http://`, `https://`).
pub fn is_address(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A response as the server sent it: the body's bytes and what the
/// headers said of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The address asked for, trimmed.
    pub address: String,
    pub bytes: Vec<u8>,
    /// The file name extension the content type reads like (`html`,
    /// `pdf`, `docx`...).
    pub extension: &'static str,
    /// The charset the `Content-Type` header named, if any.
    pub charset: Option<&'static encoding_rs::Encoding>,
}

/// Fetches the page at `address`: its bytes, not yet decoded.
pub fn fetch(address: &str) -> Result<Fetched> {
    let address = address.trim();
    let fail = |reason: String| Error::Fetch {
        address: address.to_owned(),
        reason,
    };
    let config = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_millis(FETCH_TIMEOUT_MS)))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("syndiff/", env!("CARGO_PKG_VERSION")))
        .build();
    let agent = ureq::Agent::new_with_config(config);
    let mut response = agent.get(address).call().map_err(|e| fail(why(&e)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(format!(
            "the server answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let extension = kind_of(&content_type).ok_or_else(|| {
        fail(format!(
            "not a web page or a document (it is {content_type})"
        ))
    })?;
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_FETCH_BYTES)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => fail(format!(
                "the page is larger than {} MiB",
                MAX_FETCH_BYTES >> 20
            )),
            other => fail(why(&other)),
        })?;
    Ok(Fetched {
        address: address.to_owned(),
        bytes,
        extension,
        charset: header_charset(&content_type),
    })
}

/// The extension a response's content type reads like.
fn kind_of(content_type: &str) -> Option<&'static str> {
    let mime = content_type.split(';').next().unwrap_or("").trim();
    match mime {
        "text/html" | "application/xhtml+xml" | "" => Some("html"),
        "text/plain" => Some("txt"),
        "text/markdown" => Some("md"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Some("docx"),
        "application/vnd.oasis.opendocument.text" => Some("odt"),
        "application/pdf" => Some("pdf"),
        _ => None,
    }
}

/// The charset a `Content-Type` header names, if encoding_rs knows it.
fn header_charset(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type
        .split(';')
        .filter_map(|part| part.trim().strip_prefix("charset="))
        .find_map(|name| encoding_rs::Encoding::for_label(name.trim_matches('"').as_bytes()))
}

/// A fetch error in words a reader can act on.
fn why(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => format!("no answer within {} s", FETCH_TIMEOUT_MS / 1000),
        ureq::Error::HostNotFound => "the host was not found (offline, or a typo?)".to_owned(),
        ureq::Error::ConnectionFailed => "the server could not be reached (offline?)".to_owned(),
        ureq::Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        ureq::Error::Io(e) => format!("the connection failed: {e}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_told_from_paths() {
        assert!(is_address("https://example.org/story"));
        assert!(is_address("HTTP://example.org"));
        assert!(!is_address("story.html"));
        assert!(!is_address("/home/me/http://x"));
    }

    #[test]
    fn content_types_and_charsets_are_read() {
        assert_eq!(kind_of("text/html; charset=utf-8"), Some("html"));
        assert_eq!(kind_of("application/pdf"), Some("pdf"));
        assert_eq!(kind_of("image/png"), None);
        assert_eq!(
            header_charset("text/html; charset=\"windows-1252\""),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(header_charset("text/html"), None);
    }
}
