//! Loading: a path or raw bytes become a [`Document`] of UTF-8 text.
//!
//! People save articles in many ways: UTF-8 with or without a byte-order
//! mark, UTF-16 from Windows tools, Windows-1252 or ISO-8859-1 from older
//! systems. The loader decodes each to UTF-8 once; from then on the text is
//! never altered, so every byte offset in a [`crate::engine::model::Comparison`] indexes this
//! exact text. Line endings (LF, CRLF, lone CR) are kept as they are;
//! segmentation understands all three.
//!
//! Web pages (`.html`, or HTML content under any name) are decoded with the
//! charset their `<meta>` declares and then reduced to their article text by
//! [`crate::engine::html`]; Markdown (`.md`) keeps its text and is segmented by its
//! own block rules.

use std::path::Path;

use crate::engine::error::{Error, Result};
use crate::engine::fetch;
use crate::engine::model::{DateSource, Dated, Document, Format, LoadOptions};

/// The file name extensions of the formats the loader reads, for file
/// dialogs and documentation (content decides too: a web page or a Word
/// file under another name is still read as one).
pub const ARTICLE_EXTENSIONS: [&str; 9] = [
    "txt", "text", "md", "markdown", "html", "htm", "docx", "odt", "pdf",
];

/// The largest file the loader accepts (1 GiB). Larger inputs are refused
/// with [`Error::TooLarge`] rather than exhausting memory.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Reads and decodes a file with default options. Never writes to it.
pub fn load_path(path: &Path) -> Result<Document> {
    load_path_with(path, &LoadOptions::default())
}

/// Reads a file, or fetches a web address (`http://`, `https://`; see
/// [`crate::engine::fetch`]). Never writes to either.
pub fn load_path_or_address(path: &Path, options: &LoadOptions) -> Result<Document> {
    match path.to_str().filter(|p| fetch::is_address(p)) {
        Some(address) => load_address(address, options),
        None => load_path_with(path, options),
    }
}

/// Fetches a web address and reads the page as a saved one would be (the
/// charset the server named comes before the page's own `<meta>`).
pub fn load_address(address: &str, options: &LoadOptions) -> Result<Document> {
    let fetched = fetch::fetch(address)?;
    let mut doc = decode_bytes_declared(
        &fetched.bytes,
        &fetched.address,
        Some(fetched.extension),
        options,
        fetched.charset,
    )?;
    doc.path = Some(fetched.address);
    Ok(doc)
}

/// Reads and decodes a file. Never writes to it.
///
/// Character devices and pipes are read too (git passes `/dev/null` for a
/// file that does not exist on one side); folders are refused.
pub fn load_path_with(path: &Path, options: &LoadOptions) -> Result<Document> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(Error::NotAFile {
            path: path.to_owned(),
        });
    }
    let name = path.display().to_string();
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            name,
            size_bytes: meta.len(),
            limit_bytes: MAX_FILE_BYTES,
        });
    }
    // The file may vanish between the two calls (deleted before a reload).
    let bytes = read_capped(path)?;
    let extension = path.extension().and_then(|e| e.to_str());
    let mut doc = decode_bytes_with(&bytes, &name, extension, options)?;
    doc.path = Some(name);
    Ok(doc)
}

/// Reads the file, refusing one that grows past the limit while read.
fn read_capped(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    // Sized from the file's length: read through `take`, the buffer would
    // grow by doubling, copying a 4 MB text several times.
    let size_bytes = file.metadata().map_or(0, |m| m.len()).min(MAX_FILE_BYTES);
    let mut bytes = Vec::with_capacity(usize::try_from(size_bytes).unwrap_or(0) + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            name: path.display().to_string(),
            size_bytes: bytes.len() as u64,
            limit_bytes: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    match source.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_owned(),
        },
        _ => Error::Unreadable {
            path: path.to_owned(),
            source,
        },
    }
}

/// Decodes raw bytes as text; `name` is used in error messages only.
pub fn decode_bytes(bytes: &[u8], name: &str) -> Result<Document> {
    decode_text(bytes, name, None)
}

/// Decodes raw bytes by their kind: `extension` (of the file name, if any)
/// and the content decide between text, Markdown and HTML.
pub fn decode_bytes_with(
    bytes: &[u8],
    name: &str,
    extension: Option<&str>,
    options: &LoadOptions,
) -> Result<Document> {
    decode_bytes_declared(bytes, name, extension, options, None)
}

/// [`decode_bytes_with`] for bytes whose charset something outside them
/// declares (an HTTP header); that charset comes before a page's `<meta>`.
fn decode_bytes_declared(
    bytes: &[u8],
    name: &str,
    extension: Option<&str>,
    options: &LoadOptions,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<Document> {
    if let Some(format) = crate::engine::office::office_format(bytes, extension) {
        let office = crate::engine::office::extract(bytes, name, format)?;
        return Ok(Document {
            path: None,
            text: office.text.into(),
            encoding: "UTF-8".to_owned(),
            format: office.format,
            tracked_changes_accepted: office.tracked_changes_accepted,
            date: office.created.map(|date| Dated {
                date,
                from: DateSource::OfficeCreated,
            }),
        });
    }
    if crate::engine::pdf::is_pdf(bytes, extension) {
        let pdf = crate::engine::pdf::extract(bytes, name)?;
        let mut doc = Document::from_text(None, pdf.text);
        doc.format = Format::Pdf;
        doc.date = pdf.created.map(|date| Dated {
            date,
            from: DateSource::PdfCreated,
        });
        return Ok(doc);
    }
    if crate::engine::html::looks_like_html(bytes, extension) {
        let bytes = &*without_stray_nuls(bytes);
        let declared = charset.or_else(|| crate::engine::html::declared_charset(bytes));
        let mut doc = decode_text(bytes, name, declared)?;
        doc.date = crate::engine::html::published(&doc.text);
        let extracted = crate::engine::html::extract(&doc.text, options.whole_page);
        doc.text = extracted.text.into();
        doc.format = if extracted.article {
            Format::HtmlArticle
        } else if extracted.article_not_found {
            Format::HtmlArticleNotFound
        } else {
            Format::HtmlPage
        };
        return Ok(doc);
    }
    let mut doc = decode_text(bytes, name, charset)?;
    if extension.is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
    {
        doc.format = Format::Markdown;
    }
    Ok(doc)
}

/// Decodes bytes to UTF-8: a BOM wins, then a declared encoding, then UTF-8
/// if valid, then the detector's guess.
fn decode_text(
    bytes: &[u8],
    name: &str,
    declared: Option<&'static encoding_rs::Encoding>,
) -> Result<Document> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let text = text.into_owned();
        check_text(&text, name)?;
        return Ok(Document {
            path: None,
            text: text.into(),
            encoding: encoding.name().to_owned(),
            format: Format::Text,
            tracked_changes_accepted: false,
            date: None,
        });
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(Error::Binary {
            name: name.to_owned(),
            reason,
        });
    }
    let (text, encoding) = match (std::str::from_utf8(bytes), declared) {
        (_, Some(encoding)) if encoding != encoding_rs::UTF_8 => {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            (text, encoding)
        }
        // Borrowed, copied once into the document (a whole Bible side is
        // 4 MB).
        (Ok(text), _) => (std::borrow::Cow::Borrowed(text), encoding_rs::UTF_8),
        // UTF-8 but for a stray bad byte or two (a page that declares UTF-8
        // and has one broken character, as a browser would read it): the
        // bad bytes show as �, every other character as written. Read
        // otherwise, every accent of the page came out wrong.
        (Err(_), _) if mostly_utf8(bytes) => (String::from_utf8_lossy(bytes), encoding_rs::UTF_8),
        (Err(_), _) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            (text, encoding)
        }
    };
    check_text(&text, name)?;
    Ok(Document {
        path: None,
        text: std::sync::Arc::from(&*text),
        encoding: encoding.name().to_owned(),
        format: Format::Text,
        tracked_changes_accepted: false,
        date: None,
    })
}

/// Whether `bytes` are UTF-8 but for a few bad sequences: at least twenty
/// well-formed characters beyond ASCII for each bad one. Text in a legacy
/// encoding has next to none (its accented letters are the bad bytes).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good >= 20 * bad.max(1)
}

/// A web page with a stray NUL byte or two (a browser skips them) without
/// them; bytes with more (one in a thousand or more: UTF-16 without its
/// mark, a binary file named .html) as they are, for the binary check.
fn without_stray_nuls(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let nuls = memchr::memchr_iter(0, bytes).count();
    if nuls == 0 || nuls * 1000 >= bytes.len() {
        return std::borrow::Cow::Borrowed(bytes);
    }
    std::borrow::Cow::Owned(bytes.iter().copied().filter(|&b| b != 0).collect())
}

/// Why `bytes` (no BOM) look binary, if they do: NUL bytes, or many control
/// characters that text never contains.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if let Some(pos) = sample.iter().position(|&b| b == 0) {
        return Some(format!("NUL byte at offset {pos}"));
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if !sample.is_empty() && controls * 100 > sample.len() {
        return Some(format!(
            "{controls} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    None
}

/// Rejects decoded text that is clearly not prose (e.g. UTF-16 of binary).
fn check_text(text: &str, name: &str) -> Result<()> {
    let sample: Vec<char> = text.chars().take(64 * 1024).collect();
    let nul = sample.iter().filter(|&&c| c == '\0').count();
    if nul > 0 {
        return Err(Error::Binary {
            name: name.to_owned(),
            reason: format!("{nul} NUL characters in the decoded text"),
        });
    }
    Ok(())
}
