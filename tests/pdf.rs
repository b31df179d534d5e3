//! PDFs as press offices send them: the text layer in reading order, across
//! two columns and page breaks, without running headers, footers or page
//! numbers; a scan, a password-protected file or a damaged one refused with
//! a clear message. The fixtures in `tests/fixtures/pdf/` were printed by
//! headless Chromium from seeds 000 and 003 (`long-hf.pdf` with Chromium's
//! running header and footer), `scan.pdf` from an image of text only, and
//! `locked.pdf` encrypted by qpdf.

#[path = "support/temp.rs"]
mod temp;

use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf")
        .join(name)
}

fn seed_text(names: &[&str]) -> syndiff::Document {
    let text: String = names
        .iter()
        .map(|n| {
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(n))
                .unwrap()
        })
        .collect();
    syndiff::Document::from_text(Some("seed"), text)
}

#[test]
fn a_two_column_pdf_reads_word_for_word_as_its_source() {
    let pdf = syndiff::load_path(&fixture("seed000-two.pdf")).unwrap();
    assert_eq!(pdf.format, syndiff::Format::Pdf);
    let source = seed_text(&["000_0862837ed87197b0.txt"]);
    let cmp = syndiff::compare(&source, &pdf, &syndiff::Normalization::default());
    let words = &cmp.stats;
    assert_eq!(
        words.words_added + words.words_removed,
        0,
        "{:?}",
        cmp.stats
    );
    assert!(cmp.is_equivalent(), "every paragraph in place");
}

/// Issue 30: a PDF's line breaks stayed inside its paragraphs, so the
/// pane broke lines mid-sentence. Its lines are joined into paragraphs,
/// as a hard-wrapped text's are.
#[test]
fn a_pdf_paragraph_is_one_line_as_hard_wrapped_text_is() {
    for name in ["seed000-two.pdf", "long-hf.pdf"] {
        let pdf = syndiff::load_path(&fixture(name)).unwrap();
        let paragraphs: Vec<&str> = pdf.text.split("\n\n").collect();
        assert!(paragraphs.len() >= 11, "{name}: {paragraphs:?}");
        for p in &paragraphs {
            assert!(!p.contains('\n') && !p.is_empty(), "{name}: {p:?}");
        }
    }
    // Each paragraph of the two-column PDF is its source's paragraph, as
    // one line.
    let pdf = syndiff::load_path(&fixture("seed000-two.pdf")).unwrap();
    let source = seed_text(&["000_0862837ed87197b0.txt"]);
    let source: Vec<&str> = source
        .text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let lines: Vec<&str> = pdf.text.split("\n\n").collect();
    assert_eq!(lines.len(), source.len(), "{lines:#?}");
    assert_eq!(lines[1], source[1]);
    let same = lines.iter().zip(&source).filter(|(a, b)| a == b).count();
    assert!(
        same + 2 >= source.len(),
        "{same} of {} paragraphs",
        source.len()
    );
}

#[test]
fn running_headers_footers_and_page_numbers_are_dropped_across_pages() {
    let pdf = syndiff::load_path(&fixture("long-hf.pdf")).unwrap();
    assert!(
        !pdf.text.contains("Wire story"),
        "the running title is gone"
    );
    assert!(!pdf.text.contains("file://"), "the running address is gone");
    let source = seed_text(&["000_0862837ed87197b0.txt", "003_40b6f1b6974d403b.txt"]);
    let cmp = syndiff::compare(&source, &pdf, &syndiff::Normalization::default());
    assert_eq!(
        cmp.stats.words_added, 0,
        "nothing but the story: {:?}",
        cmp.stats
    );
    assert_eq!(
        cmp.stats.words_removed, 0,
        "all of the story: {:?}",
        cmp.stats
    );
}

#[test]
fn scans_locked_and_damaged_pdfs_get_clear_messages() {
    let message = |path: &Path| syndiff::load_path(path).unwrap_err().to_string();
    let m = message(&fixture("scan.pdf"));
    assert!(
        m.contains("scan.pdf: this PDF has no text layer (a scan?); run OCR"),
        "{m}"
    );
    let m = message(&fixture("locked.pdf"));
    assert!(
        m.contains("locked.pdf: taken for a PDF") && m.contains("password-protected"),
        "{m}"
    );
    // Damaged: cut short, and with its cross-reference table pointing
    // nowhere. A broken one is refused clearly; one lopdf can mend loads.
    let dir = temp::temp_dir("pdf");
    let whole = std::fs::read(fixture("seed000-two.pdf")).unwrap();
    let at = whole.windows(9).rposition(|w| w == b"startxref").unwrap();
    let mut broken_xref = whole[..at].to_vec();
    broken_xref.extend_from_slice(b"startxref\n999999\n%%EOF\n");
    for (name, bytes) in [
        ("truncated.pdf", whole[..whole.len() / 2].to_vec()),
        ("broken-xref.pdf", broken_xref),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        match syndiff::load_path(&path) {
            Ok(doc) => assert!(doc.text.contains("Mark Carney"), "{name} mended"),
            Err(e) => assert!(e.to_string().contains(&format!("{name}: ")), "{e}"),
        }
    }
}

#[test]
fn the_command_line_reads_pdfs_and_says_so() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("compare")
        .arg(fixture("seed000-two.pdf"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_0862837ed87197b0.txt"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Issue 30: "UTF-8, PDF" named an encoding a PDF does not have; the
    // text file's is named, and both files' words.
    assert!(
        stdout.contains("seed000-two.pdf (PDF, 353 words)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("000_0862837ed87197b0.txt (UTF-8, 353 words)"),
        "{stdout}"
    );
    assert!(stdout.contains("words: left 353, right 353"), "{stdout}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("compare")
        .arg(fixture("scan.pdf"))
        .arg(fixture("seed000-two.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no text layer"));
}

/// The fuzzer found a PDF whose font map makes `pdf-extract` panic: it is
/// a damaged file, said so in one line, with no panic message on the way.
#[test]
fn a_pdf_that_makes_the_reader_panic_is_a_damaged_file() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("compare")
        .arg(fixture("fuzz-cmap-panic.pdf"))
        .arg(fixture("seed000-two.pdf"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "fuzz-cmap-panic.pdf: taken for a PDF, but it cannot be read: its structure is damaged"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
