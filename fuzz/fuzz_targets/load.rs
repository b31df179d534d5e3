//! Loading arbitrary bytes: as text, as Markdown, as a web page (article and
//! whole page), as a Word, an OpenDocument and a PDF file. Must never panic; whatever loads must compare with itself
//! as unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndiff::{decode_bytes_with, LoadOptions};

fuzz_target!(|bytes: &[u8]| {
    let kinds = [
        (None, false),
        (Some("md"), false),
        (Some("html"), false),
        (Some("html"), true),
        (Some("docx"), false),
        (Some("odt"), false),
        (Some("pdf"), false),
    ];
    for (extension, whole_page) in kinds {
        let options = LoadOptions { whole_page };
        if let Ok(doc) = decode_bytes_with(bytes, "fuzz", extension, &options) {
            let cmp = syndiff::compare(&doc, &doc, &syndiff::Normalization::default());
            assert!(cmp.is_equivalent(), "a document differs from itself");
        }
    }
});
