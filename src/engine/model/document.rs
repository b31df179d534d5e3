//! A loaded version of an article: [`Document`], the date it gives for
//! itself ([`Dated`]), the kind of file it came
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
    /// The date the file gives for itself, when it gives one: a page's
    /// publication date, a PDF's or Office file's creation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Dated>,
}

/// A date a version carries, and where it was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Dated {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// Where it was read.
    pub from: DateSource,
}

/// Where a version's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A web page's publication date in its head: `article:published_time`,
    /// `og:published_time`, `datePublished` (`itemprop` or JSON-LD),
    /// `pubdate`, `dc.date`.
    HtmlMeta,
    /// A `<time datetime="…">` in a web page's article.
    HtmlTime,
    /// A date at the top of the text: a dateline or date line.
    Dateline,
    /// A PDF's creation date (`/CreationDate` in its document information).
    PdfCreated,
    /// A Word or OpenDocument file's creation date (`dcterms:created` in
    /// `docProps/core.xml`, `meta:creation-date` in `meta.xml`).
    OfficeCreated,
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
            date: None,
        }
    }

    /// SHA-256 of the text, in hex: what reports print and what reviewed
    /// marks are matched to their text by.
    pub fn checksum(&self) -> String {
        checksum(&self.text)
    }
}

impl Dated {
    /// The day an ISO 8601 date or date and time starts with
    /// (`2025-03-28`, `2025-03-28T10:00:00Z`), as `YYYY-MM-DD`; `None` when
    /// `text` does not start with one, or with 1970-01-01: a timestamp of
    /// zero, which a publishing system writes for no date (seen on a real
    /// page's JSON-LD).
    pub fn iso_day(text: &str) -> Option<String> {
        let text = text.trim();
        let day = text.get(..10)?;
        let bytes = day.as_bytes();
        let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
        if !(digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10))
        {
            return None;
        }
        let followed_by_digit = text.as_bytes().get(10).is_some_and(u8::is_ascii_digit);
        let (month, date): (u32, u32) = (day[5..7].parse().ok()?, day[8..10].parse().ok()?);
        let real = (1..=12).contains(&month) && (1..=31).contains(&date) && day != "1970-01-01";
        (real && !followed_by_digit).then(|| day.to_owned())
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
    fn an_iso_day_is_read_from_a_date_or_a_date_and_time() {
        assert_eq!(Dated::iso_day("2025-03-28"), Some("2025-03-28".to_owned()));
        assert_eq!(
            Dated::iso_day(" 2025-03-28T10:04:00+05:30"),
            Some("2025-03-28".to_owned())
        );
        for not in [
            "2025-13-01",
            "2025-3-28",
            "28 March 2025",
            "2025-03-280",
            "",
        ] {
            assert_eq!(Dated::iso_day(not), None, "{not}");
        }
    }

    #[test]
    fn checksum_is_sha256_in_hex() {
        assert_eq!(
            checksum("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Document::from_text(None, "abc").checksum(), checksum("abc"));
    }
}
