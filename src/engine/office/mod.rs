//! Word (`.docx`) and OpenDocument (`.odt`) files: both are zip archives
//! holding the body as XML. We read them with `zip` and `quick-xml`
//! rather than a document crate: the crates that read `.docx` as a whole
//! (docx-rs, docx-rust) build a full object model of styles, numbering and
//! drawings we do not need, and none reads `.odt`; the text of either body
//! is a single XML part walked once, in reading order.
//!
//! What comes out is plain text, one block a paragraph (headings, body
//! paragraphs, list items and table cells each make one), blocks separated
//! by a blank line, so segmentation cuts it exactly there. Footnotes and
//! comments are left out. Tracked changes count as accepted: inserted text
//! is kept, deleted text dropped, and the document says so.
//!
//! Guards: the body part is read to at most [`MAX_UNPACKED_BYTES`] (a zip
//! bomb stops there), an encrypted file is named as such, and a corrupt
//! archive or malformed XML gives a clear message, never a panic.

mod docx;
mod odt;

use std::io::Read;

use crate::engine::error::{Error, Result};
use crate::engine::model::Format;

/// The most bytes a body part may unpack to (256 MiB).
pub const MAX_UNPACKED_BYTES: u64 = 256 << 20;

/// The text of an office document and what was done to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeText {
    pub text: String,
    pub format: Format,
    /// The file held tracked changes; they were taken as accepted.
    pub tracked_changes_accepted: bool,
    /// The day the file says it was created (`YYYY-MM-DD`), if it says.
    pub created: Option<String>,
}

/// Which office format `bytes` (named with `extension`) are, if any: by the
/// extension, or by the archive's contents when the name says nothing.
pub fn office_format(bytes: &[u8], extension: Option<&str>) -> Option<Format> {
    let by_name = match extension.map(str::to_ascii_lowercase).as_deref() {
        Some("docx" | "docm" | "dotx") => Some(Format::Word),
        Some("odt" | "ott") => Some(Format::OpenDocument),
        _ => None,
    };
    if by_name.is_some() {
        return by_name;
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    // An archive under another name: look for the parts that say what it is.
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if has(b"application/vnd.oasis.opendocument.text") {
        Some(Format::OpenDocument)
    } else if has(b"word/document.xml") || has(b"[Content_Types].xml") && has(b"word/") {
        Some(Format::Word)
    } else {
        None
    }
}

/// Reads the body text of a Word or OpenDocument file.
pub fn extract(bytes: &[u8], name: &str, format: Format) -> Result<OfficeText> {
    let kind = match format {
        Format::OpenDocument => "an OpenDocument text",
        _ => "a Word document",
    };
    let bad = |reason: String| Error::BadDocument {
        name: name.to_owned(),
        kind,
        reason,
    };
    // An encrypted .docx is not a zip at all but an OLE container, as is an
    // old binary .doc.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(Error::Encrypted {
            name: name.to_owned(),
            kind,
        });
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| bad(format!("not a valid archive: {e}")))?;
    let (part, walk): (&str, BodyWalk) = match format {
        Format::OpenDocument => {
            if let Ok(manifest) = read_part(&mut archive, "META-INF/manifest.xml") {
                if manifest.contains("encryption-data") {
                    return Err(Error::Encrypted {
                        name: name.to_owned(),
                        kind,
                    });
                }
            }
            ("content.xml", odt::body_text)
        }
        _ => ("word/document.xml", docx::body_text),
    };
    let xml = read_part(&mut archive, part).map_err(bad)?;
    let (text, tracked) = walk(&xml).map_err(|e| bad(format!("malformed XML in {part}: {e}")))?;
    Ok(OfficeText {
        text,
        format,
        tracked_changes_accepted: tracked,
        created: created(&mut archive, format),
    })
}

/// The creation day in the file's metadata: `dcterms:created` in a Word
/// file's `docProps/core.xml`, `meta:creation-date` in an OpenDocument
/// file's `meta.xml`. A missing or unreadable part is no date.
fn created(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    format: Format,
) -> Option<String> {
    let (part, element) = match format {
        Format::OpenDocument => ("meta.xml", "<meta:creation-date"),
        _ => ("docProps/core.xml", "<dcterms:created"),
    };
    // Metadata is small: a part of more than a megabyte is not read.
    let xml = read_part_capped(archive, part, 1 << 20).ok()?;
    let after = &xml[xml.find(element)? + element.len()..];
    let value = &after[after.find('>')? + 1..];
    crate::engine::model::Dated::iso_day(&value[..value.find('<')?])
}

/// Reads a body part's XML: its text and whether it held tracked changes.
type BodyWalk = fn(&str) -> std::result::Result<(String, bool), String>;

/// One part of the archive as text, read to at most [`MAX_UNPACKED_BYTES`].
fn read_part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    part: &str,
) -> std::result::Result<String, String> {
    read_part_capped(archive, part, MAX_UNPACKED_BYTES)
}

fn read_part_capped(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    part: &str,
    cap_bytes: u64,
) -> std::result::Result<String, String> {
    let entry = archive
        .by_name(part)
        .map_err(|e| format!("no {part} inside ({e})"))?;
    let mut bytes = Vec::new();
    entry
        .take(cap_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{part} cannot be unpacked: {e}"))?;
    if bytes.len() as u64 > cap_bytes {
        return Err(format!(
            "{part} unpacks to more than {} MiB (a zip bomb?)",
            cap_bytes >> 20
        ));
    }
    String::from_utf8(bytes).map_err(|e| format!("{part} is not UTF-8: {e}"))
}

/// Collects blocks of text: one per paragraph, joined by blank lines.
#[derive(Default)]
struct Blocks {
    out: String,
    current: String,
}

impl Blocks {
    fn push_text(&mut self, text: &str) {
        self.current.push_str(text);
    }

    /// A line break inside the paragraph (never a blank line: that would
    /// cut the paragraph in two).
    fn line_break(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
    }

    /// Ends the paragraph: it becomes a block if it has any text.
    fn end_block(&mut self) {
        let block = self.current.trim();
        if !block.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(block);
        }
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.end_block();
        self.out
    }
}

#[cfg(test)]
mod tests;
