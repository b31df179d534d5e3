//! PDF files: the text layer, page by page, made into paragraphs.
//!
//! `pdf-extract` (over `lopdf`) reads the text. Chosen by measuring three
//! crates on PDFs Chromium printed from the seeds, in one and two columns
//! and with running headers, and on PDFs Debian ships (see README): it and
//! `lopdf` alone kept every word in order on all of them, where
//! `pdf_oxide` moved a line at a column break and merged a hyphenated
//! compound; unlike `lopdf` alone it marks paragraph gaps with blank
//! lines, and it builds with half of `pdf_oxide`'s dependencies. It can
//! panic on malformed files, so it runs behind `catch_unwind`.
//!
//! Then, our own passes: running headers, footers and page numbers (lines
//! at a page's top or bottom that recur, digits aside, on most pages) are
//! dropped; a word hyphenated at a line's end is joined again; the spaces
//! justified text leaves between words become one; a gap after a line that
//! ends mid-sentence (a column or page break) does not end the paragraph;
//! the lines of a paragraph are joined into one, as hard-wrapped text's
//! are (a word broken at a compound's hyphen joined without a space), and
//! a blank line parts paragraphs. A PDF with no text layer (a scan) is
//! refused with a message saying so, not compared as empty.

use crate::engine::error::{Error, Result};

/// Fewest letters and digits a PDF must yield to count as having text.
const MIN_TEXT_CHARS: usize = 20;
/// Lines at each end of a page looked at for running headers and footers.
const EDGE_LINES: usize = 3;

/// Whether `bytes` (named with `extension`) are a PDF.
pub fn is_pdf(bytes: &[u8], extension: Option<&str>) -> bool {
    extension.is_some_and(|e| e.eq_ignore_ascii_case("pdf")) || bytes.starts_with(b"%PDF-")
}

/// What a PDF gives: its text and the day it says it was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfText {
    /// The pages' text as paragraphs.
    pub text: String,
    /// `/CreationDate` in the document information, as `YYYY-MM-DD`.
    pub created: Option<String>,
}

/// The text of a PDF's pages as paragraphs, and its creation day.
pub fn extract(bytes: &[u8], name: &str) -> Result<PdfText> {
    let bad = |reason: String| Error::BadDocument {
        name: name.to_owned(),
        kind: "a PDF",
        reason,
    };
    // The crate panics on some malformed files: a panic is a broken file.
    let (pages, created) = quietly(|| pages_and_creation_day(bytes))
        .map_err(|_| bad("its structure is damaged".to_owned()))?
        .map_err(|e| bad(reason(&e)))?;
    let text = tidy(&drop_running_lines(&pages));
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < MIN_TEXT_CHARS {
        return Err(Error::NoTextLayer {
            name: name.to_owned(),
        });
    }
    Ok(PdfText { text, created })
}

/// Each page's text, as `pdf_extract::extract_text_from_mem_by_pages`
/// gives it (pages in order until one cannot be read), and the creation
/// day, from one parse of the file.
fn pages_and_creation_day(
    bytes: &[u8],
) -> std::result::Result<(Vec<String>, Option<String>), pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        // An owner password only: the empty user password opens it.
        doc.decrypt("")?;
    }
    let created = creation_day(&doc);
    let mut pages = Vec::new();
    for page in 1.. {
        let mut text = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut text);
        if pdf_extract::output_doc_page(&doc, &mut output, page).is_err() {
            break;
        }
        pages.push(text);
    }
    Ok((pages, created))
}

/// `/CreationDate` of the document information dictionary as `YYYY-MM-DD`.
fn creation_day(doc: &pdf_extract::Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = match info {
        pdf_extract::Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        pdf_extract::Object::Dictionary(dict) => dict,
        _ => return None,
    };
    pdf_day(info.get(b"CreationDate").ok()?.as_str().ok()?)
}

/// A PDF date string (`D:20250328120000+01'00'`, the `D:` optional; a
/// text string may be UTF-16 with a byte-order mark) as `YYYY-MM-DD`.
fn pdf_day(raw: &[u8]) -> Option<String> {
    let text = match raw.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16(
            &utf16
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )
        .ok()?,
        None => String::from_utf8_lossy(raw).into_owned(),
    };
    let digits = text.trim().trim_start_matches("D:");
    let day = digits
        .get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    crate::engine::model::Dated::iso_day(&format!("{}-{}-{}", &day[..4], &day[4..6], &day[6..]))
}

thread_local! {
    /// Set while a panic from `pdf-extract` is expected and caught.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, catching a panic, without the panic message and backtrace
/// the default hook would print over the clear error that follows. The
/// hook is wrapped once; outside `quietly` every panic is reported as
/// before (and under a fuzzer its own hook still sees real crashes).
fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> std::thread::Result<T> {
    static WRAP: std::sync::Once = std::sync::Once::new();
    WRAP.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(f);
    QUIET.with(|q| q.set(false));
    result
}

/// A PDF error in words.
fn reason(error: &pdf_extract::OutputError) -> String {
    let message = error.to_string();
    if message.to_ascii_lowercase().contains("decrypt") || message.contains("Encrypt") {
        "it is password-protected".to_owned()
    } else {
        message
    }
}

/// A line with its digits hidden, so "Page 3 of 9" matches "Page 4 of 9".
fn shape(line: &str) -> String {
    line.trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The pages joined, less the lines that recur at the top or bottom of
/// most pages.
fn drop_running_lines(pages: &[String]) -> String {
    let edges = |page: &str| -> Vec<String> {
        let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
        let n = lines.len();
        let mut out: Vec<String> = lines[..n.min(EDGE_LINES)]
            .iter()
            .map(|l| shape(l))
            .collect();
        out.extend(
            lines[n.saturating_sub(EDGE_LINES)..]
                .iter()
                .map(|l| shape(l)),
        );
        out.sort();
        out.dedup();
        out
    };
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in pages {
        for line in edges(page) {
            *seen.entry(line).or_default() += 1;
        }
    }
    // Recurring: on more than half the pages, and on two at least.
    let running = |line: &str| {
        pages.len() >= 2
            && seen
                .get(&shape(line))
                .is_some_and(|&n| n >= 2 && n * 2 > pages.len())
    };
    let mut out = String::new();
    for page in pages {
        let lines: Vec<&str> = page.lines().collect();
        let content: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].trim().is_empty())
            .collect();
        let at_edge = |i: usize| {
            let rank = content.iter().position(|&c| c == i).unwrap_or(usize::MAX);
            rank < EDGE_LINES || rank + EDGE_LINES >= content.len()
        };
        for (i, line) in lines.iter().enumerate() {
            if !line.trim().is_empty() && at_edge(i) && running(line) {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Spaces of justification made one, words broken at a line's end joined,
/// blank lines at most one in a row, no blank start.
///
/// A break after a hyphen is either hyphenation ("produc-tive") or a
/// compound that happened to end the line ("large-scale"). The text
/// decides: the hyphen goes when the whole word appears elsewhere in it
/// without one; otherwise it stays, as printed.
fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let known: std::collections::HashSet<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for i in 0..lines.len().saturating_sub(1) {
        let next_starts_lower = lines[i + 1].chars().next().is_some_and(char::is_lowercase);
        let hyphenated = lines[i].ends_with('-')
            && lines[i]
                .chars()
                .rev()
                .nth(1)
                .is_some_and(char::is_alphabetic);
        if hyphenated && next_starts_lower {
            let rest = lines[i + 1].clone();
            let (word, after) = rest.split_once(' ').unwrap_or((rest.as_str(), ""));
            let head: String = lines[i]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_end_matches('-')
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            let tail: String = word.chars().take_while(|c| c.is_alphanumeric()).collect();
            if known.contains(&format!("{head}{tail}").to_lowercase()) {
                lines[i].pop();
            }
            lines[i].push_str(word);
            lines[i + 1] = after.to_owned();
        }
    }
    // A gap after a line that ends mid-sentence is a column or page break
    // (or the text's own spacing), not a paragraph's end.
    // The lines of one paragraph are joined into one line, as a
    // hard-wrapped text's are: the page's line breaks are its layout, not
    // the writer's, and left in they break the pane's lines mid-sentence.
    let mut out = String::new();
    let mut gap = false;
    for line in lines {
        if line.is_empty() {
            gap = !out.is_empty();
            continue;
        }
        let ended = out
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', '"', '”', '’', ')', ']']);
        if gap && ended {
            out.push_str("\n\n");
        } else if !out.is_empty() && !ends_in_compound_hyphen(&out) {
            out.push(' ');
        }
        gap = false;
        out.push_str(line.trim());
    }
    out.trim_end().to_owned()
}

/// Whether `text` ends in a hyphen straight after a letter ("well-"):
/// the next line continues the compound, with no space.
fn ends_in_compound_hyphen(text: &str) -> bool {
    let mut tail = text.chars().rev();
    tail.next() == Some('-') && tail.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_footers_and_page_numbers_are_dropped() {
        let page = |n: usize, body: &str| {
            format!("Wire story — 24/11/2026\n\n{body}\n\nPage {n} of 3\nexample.org/story\n")
        };
        let pages = [
            page(1, "First paragraph of the story."),
            page(2, "Second paragraph, with more words."),
            page(3, "Third and last paragraph."),
        ];
        let text = tidy(&drop_running_lines(&pages));
        assert_eq!(
            text,
            "First paragraph of the story.\n\nSecond paragraph, with more words.\n\nThird and last paragraph."
        );
    }

    #[test]
    fn hyphenated_words_are_joined_and_justified_spaces_made_one() {
        let text =
            tidy("an  extremely  produc-\ntive call, a productive one, with a\nwell-\nKnown name");
        assert_eq!(
            text,
            "an extremely productive call, a productive one, with a well-Known name"
        );
        // A compound that ends a line keeps its hyphen.
        assert_eq!(
            tidy("threatening large-\nscale tariffs"),
            "threatening large-scale tariffs"
        );
    }

    #[test]
    fn a_pdf_date_is_read_as_its_day() {
        assert_eq!(
            pdf_day(b"D:20250328120000+01'00'"),
            Some("2025-03-28".to_owned())
        );
        assert_eq!(pdf_day(b"19870409"), Some("1987-04-09".to_owned()));
        let utf16: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("D:20250328".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(pdf_day(&utf16), Some("2025-03-28".to_owned()));
        assert_eq!(pdf_day(b"D:2025"), None);
        assert_eq!(pdf_day(b"D:20251328"), None);
    }

    #[test]
    fn garbage_is_a_clear_message_and_never_a_panic() {
        for bytes in [
            &b"%PDF-1.7\nnot really"[..],
            b"%PDF-",
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
        ] {
            let err = extract(bytes, "scan.pdf").unwrap_err().to_string();
            assert!(err.starts_with("scan.pdf: taken for a PDF"), "{err}");
        }
    }
}
