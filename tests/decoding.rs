//! Decoding and reading files: encodings, a stray bad byte or NUL in real
//! pages, binary input, missing paths.

use std::path::Path;

use syndiff::{decode_bytes, decode_bytes_with, load_path, Error, LoadOptions};

#[test]
fn utf8_without_bom_is_taken_as_is() {
    let doc = decode_bytes("Café “quoted”\r\nnext".as_bytes(), "t").unwrap();
    assert_eq!(&*doc.text, "Café “quoted”\r\nnext");
    assert_eq!(doc.encoding, "UTF-8");
}

#[test]
fn utf8_bom_is_dropped() {
    let doc = decode_bytes(b"\xEF\xBB\xBFhello", "t").unwrap();
    assert_eq!(&*doc.text, "hello");
}

#[test]
fn utf16_le_and_be_with_bom_decode() {
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in "Señor".encode_utf16() {
        le.extend(unit.to_le_bytes());
        be.extend(unit.to_be_bytes());
    }
    assert_eq!(&*decode_bytes(&le, "t").unwrap().text, "Señor");
    assert_eq!(decode_bytes(&be, "t").unwrap().encoding, "UTF-16BE");
    assert_eq!(&*decode_bytes(&be, "t").unwrap().text, "Señor");
}

#[test]
fn windows_1252_article_keeps_its_accents() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "Le président a déclaré qu’il était « très déçu » de la décision prise à Montréal.",
    );
    let doc = decode_bytes(&bytes, "t").unwrap();
    assert!(doc.text.contains("président"), "{}", doc.text);
    assert!(doc.text.contains("qu’il"), "{}", doc.text);
    assert!(doc.text.contains("Montréal"), "{}", doc.text);
}

#[test]
fn binary_is_refused_with_the_name() {
    let err = decode_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "photo.png").unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("photo.png") && message.contains("binary"),
        "{message}"
    );
}

/// A real news page (lostiempos.com in the extraction set) carries a
/// NUL byte in its markup; it was refused as a binary file.
#[test]
fn a_web_page_with_a_stray_nul_byte_is_read() {
    let mut page = b"<!DOCTYPE html><html><body><article><p>".to_vec();
    page.extend_from_slice(&b"The council met on Tuesday and voted. ".repeat(40));
    page.extend_from_slice(b"\0</p></article></body></html>");
    let doc =
        decode_bytes_with(&page, "page.html", Some("html"), &LoadOptions::default()).expect("read");
    assert!(
        doc.text.contains("The council met on Tuesday"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains('\0'));
    // Half NUL bytes is no web page with a stray one.
    let wide: Vec<u8> = page.iter().flat_map(|&b| [b, 0]).collect();
    assert!(decode_bytes_with(&wide, "page.html", Some("html"), &LoadOptions::default()).is_err());
}

/// radiomaryja.pl declares UTF-8 and has one broken character; the
/// whole page was read as a legacy encoding, every Polish letter wrong.
#[test]
fn a_utf8_page_with_one_bad_byte_keeps_its_letters() {
    let mut bytes = "Sprzeciw wobec ataków na Fundację. "
        .repeat(20)
        .into_bytes();
    bytes.extend_from_slice(b"\xc3( ");
    bytes.extend_from_slice("Nie możemy pozwolić na nękania.".as_bytes());
    let doc = decode_bytes(&bytes, "t").expect("read");
    assert_eq!(doc.encoding, "UTF-8");
    assert!(
        doc.text.contains("Fundację") && doc.text.contains("nękania"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains('\u{FFFD}'));
    // Latin-1 text stays a legacy encoding.
    let french = "Le président a déclaré. ".repeat(20);
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&french);
    assert_ne!(decode_bytes(&latin, "t").expect("read").encoding, "UTF-8");
}

#[test]
fn empty_input_is_a_valid_empty_document() {
    assert_eq!(&*decode_bytes(b"", "t").unwrap().text, "");
}

#[test]
fn missing_path_names_the_file() {
    let err = load_path(Path::new("/no/such/article.txt")).unwrap_err();
    assert!(err
        .to_string()
        .contains("/no/such/article.txt: no such file"));
}

#[test]
fn directory_is_not_a_file() {
    let err = load_path(Path::new("/tmp")).unwrap_err();
    assert!(matches!(err, Error::NotAFile { .. }), "{err}");
}
