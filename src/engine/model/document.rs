//! A loaded version of an article: [`Document`], the kind of file it came
//! from ([`Format`]), the choices that change what is loaded
//! ([`LoadOptions`]) and the text's checksum. They sit in the model, not
//! in `load`, because everything downstream (comparison, fetch, office
//! files, reports, reviewed marks) reads them, and none of those should
//! depend on how bytes are decoded.

use std::fmt::Write;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One loaded version of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Where it came from, if from a file.
    pub path: Option<String>,
    /// The decoded text, exactly as shown to the user.
    pub text: std::sync::Arc<str>,
    /// The encoding it was decoded from (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    pub encoding: String,
    /// What kind of file it was, which decides how it is cut into blocks.
    #[serde(default)]
    pub format: Format,
    /// A Word or OpenDocument file held tracked changes, taken as accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tracked_changes_accepted: bool,
}

/// The kind of file a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text: blank-line paragraphs, hard wraps joined.
    #[default]
    Text,
    /// Markdown: paragraphs, headings and list items are blocks.
    Markdown,
    /// A web page reduced to its article (title and body).
    HtmlArticle,
    /// A web page's whole visible text, asked for (`--whole-page`).
    HtmlPage,
    /// A web page's whole visible text because no article was found, or
    /// what was found kept too little of the page to trust.
    HtmlArticleNotFound,
    /// A Word document (`.docx`): its body text.
    Word,
    /// An OpenDocument text (`.odt`): its body text.
    OpenDocument,
    /// A PDF's text layer.
    Pdf,
}

/// Choices that change what is loaded from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LoadOptions {
    /// For web pages: keep the whole page's text, not only the article.
    pub whole_page: bool,
}

impl Document {
    /// A document made from text already in memory.
    pub fn from_text(path: Option<&str>, text: impl Into<String>) -> Self {
        Self {
            path: path.map(str::to_owned),
            text: std::sync::Arc::from(text.into()),
            encoding: "UTF-8".to_owned(),
            format: Format::Text,
            tracked_changes_accepted: false,
        }
    }

    /// SHA-256 of the text, in hex: what reports print and what reviewed
    /// marks are matched to their text by.
    pub fn checksum(&self) -> String {
        checksum(&self.text)
    }
}

/// SHA-256 of `text`, in lowercase hex.
pub fn checksum(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksum_is_sha256_in_hex() {
        assert_eq!(
            checksum("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Document::from_text(None, "abc").checksum(), checksum("abc"));
    }
}
