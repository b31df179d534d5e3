use std::io::Write;

use super::*;

/// An archive holding `parts` (name, content), as Word and LibreOffice
/// write them (deflated).
fn archive(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        // OpenDocument keeps its mimetype first and unpacked.
        let options = if *name == "mimetype" {
            options.compression_method(zip::CompressionMethod::Stored)
        } else {
            options
        };
        zip.start_file(*name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

fn docx(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
    );
    archive(&[
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", &xml),
    ])
}

fn odt(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:automatic-styles><text:p>not body</text:p></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    archive(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", &xml),
    ])
}

fn text_of(bytes: &[u8], format: Format) -> OfficeText {
    extract(bytes, "t", format).unwrap()
}

#[test]
fn word_paragraphs_tabs_and_breaks_in_reading_order() {
    let bytes = docx(
        r#"<w:p><w:r><w:t>Headline</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Trump &amp; Carney </w:t></w:r><w:r><w:t>met.</w:t><w:tab/><w:t>Then</w:t><w:br/><w:t>left.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    );
    let out = text_of(&bytes, Format::Word);
    assert_eq!(
        out.text,
        "Headline\n\nTrump & Carney met.\tThen\nleft.\n\nCell one\n\nCell two"
    );
    assert!(!out.tracked_changes_accepted);
}

#[test]
fn word_tracked_changes_count_as_accepted_and_are_reported() {
    let bytes = docx(
        r#"<w:p><w:r><w:t xml:space="preserve">The call was </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>very </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">extremely </w:t></w:r></w:ins><w:r><w:t>productive.</w:t></w:r></w:p>"#,
    );
    let out = text_of(&bytes, Format::Word);
    assert_eq!(out.text, "The call was extremely productive.");
    assert!(out.tracked_changes_accepted);
}

#[test]
fn word_footnote_marks_field_codes_and_fallbacks_are_left_out() {
    let bytes = docx(
        r#"<w:p><w:r><w:t>Said it.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:instrText>PAGE \* MERGEFORMAT</w:instrText></w:r><mc:AlternateContent><mc:Choice><w:r><w:t xml:space="preserve"> Kept.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Twice.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#,
    );
    assert_eq!(text_of(&bytes, Format::Word).text, "Said it. Kept.");
}

#[test]
fn opendocument_headings_lists_spaces_without_notes_or_comments() {
    let bytes = odt(r#"<text:h text:outline-level="1">Headline</text:h>
<text:p>Two<text:s text:c="2"/>spaces<text:tab/>tab<text:line-break/>next<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote.</text:p></text:note-body></text:note>.</text:p>
<office:annotation><text:p>A comment.</text:p></office:annotation>
<text:list><text:list-item><text:p>First item</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row></table:table>"#);
    let out = text_of(&bytes, Format::OpenDocument);
    assert_eq!(
        out.text,
        "Headline\n\nTwo  spaces\ttab\nnext.\n\nFirst item\n\nCell"
    );
}

#[test]
fn opendocument_tracked_deletions_are_dropped() {
    let bytes = odt(
        r#"<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>very </text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>The call was <text:change text:change-id="c1"/>productive.</text:p>"#,
    );
    let out = text_of(&bytes, Format::OpenDocument);
    assert_eq!(out.text, "The call was productive.");
    assert!(out.tracked_changes_accepted);
}

#[test]
fn formats_are_told_by_name_or_by_what_the_archive_holds() {
    assert_eq!(office_format(b"", Some("DOCX")), Some(Format::Word));
    assert_eq!(office_format(b"", Some("odt")), Some(Format::OpenDocument));
    assert_eq!(office_format(&docx("<w:p/>"), None), Some(Format::Word));
    assert_eq!(
        office_format(&odt(""), Some("bin")),
        Some(Format::OpenDocument)
    );
    assert_eq!(office_format(&archive(&[("a.txt", "x")]), None), None);
    assert_eq!(office_format(b"plain text", Some("txt")), None);
}

#[test]
fn broken_files_get_clear_messages() {
    let message = |bytes: &[u8], format| {
        extract(bytes, "report.docx", format)
            .unwrap_err()
            .to_string()
    };
    let truncated = docx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>");
    let m = message(&truncated[..truncated.len() / 2], Format::Word);
    assert!(
        m.contains("report.docx: taken for a Word document") && m.contains("archive"),
        "{m}"
    );
    let m = message(b"not a zip at all", Format::Word);
    assert!(m.contains("not a valid archive"), "{m}");
    let m = message(&archive(&[("word/other.xml", "")]), Format::Word);
    assert!(m.contains("no word/document.xml inside"), "{m}");
    let m = message(&docx("<w:p><w:r><w:t>open</w:r></w:p>"), Format::Word);
    assert!(m.contains("malformed XML"), "{m}");
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let m = message(&ole, Format::Word);
    assert!(
        m.contains("a Word document that is password-protected"),
        "{m}"
    );
    let locked = archive(&[
        ("META-INF/manifest.xml", "<manifest:encryption-data/>"),
        ("content.xml", "\u{1}\u{2}"),
    ]);
    let m = message(&locked, Format::OpenDocument);
    assert!(
        m.contains("an OpenDocument text that is password-protected"),
        "{m}"
    );
}

#[test]
fn a_zip_bomb_stops_at_the_cap() {
    let huge = "a".repeat(2 << 20);
    let bytes = archive(&[("word/document.xml", &huge)]);
    assert!(bytes.len() < 64 * 1024, "it packs small: {}", bytes.len());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
    let err = read_part_capped(&mut zip, "word/document.xml", 1 << 20).unwrap_err();
    assert!(err.contains("unpacks to more than 1 MiB"), "{err}");
}
