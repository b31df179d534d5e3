//! Word and OpenDocument files, as editors receive them: read in reading
//! order, compared like any text, named in every report, and refused with
//! a clear message when broken. The fixtures in `tests/fixtures/office/`
//! were written by pandoc from `story.md` and from seed 000.

#[path = "support/temp.rs"]
mod temp;

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/office")
        .join(name)
}

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
}

fn cli(args: &[&Path]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("compare")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_word_file_of_a_seed_reads_as_the_seed() {
    let word = syndiff::load_path(&fixture("seed000.docx")).unwrap();
    assert_eq!(word.format, syndiff::Format::Word);
    let text = syndiff::load_path(&seed("000_0862837ed87197b0.txt")).unwrap();
    let cmp = syndiff::compare(&text, &word, &syndiff::Normalization::default());
    assert!(
        cmp.is_equivalent(),
        "{:?}",
        cmp.units
            .iter()
            .filter(|u| u.kind.is_change())
            .map(|u| u.kind)
            .collect::<Vec<_>>()
    );
    assert_eq!(cmp.left.blocks.len(), cmp.right.blocks.len());
}

#[test]
fn word_and_opendocument_of_one_story_hold_the_same_blocks() {
    let word = syndiff::load_path(&fixture("story.docx")).unwrap();
    let odt = syndiff::load_path(&fixture("story.odt")).unwrap();
    assert_eq!(odt.format, syndiff::Format::OpenDocument);
    assert_eq!(word.text, odt.text);
    let blocks: Vec<&str> = word.text.split("\n\n").collect();
    assert_eq!(
        blocks,
        [
            "Carney and Trump speak for the first time",
            "US President Donald Trump said he had an “extremely productive” first call with Canada’s new Prime Minister Mark Carney on Friday (March 28).",
            "The two leaders plan to meet immediately after Canada’s April 28 general election.",
            "Auto tariffs remain a major sticking point.",
            "Carney paused his election campaign.",
            "Who",
            "Said",
            "Trump",
            "We agree on many things",
        ],
        "heading, paragraphs, list items and table cells; no footnote"
    );
}

#[test]
fn the_reports_say_how_each_side_was_read() {
    let (code, stdout, stderr) = cli(&[&fixture("story.docx"), &fixture("story.odt")]);
    assert_eq!(code, 0, "{stderr}");
    // No encoding for a Word or OpenDocument file: it means nothing there.
    assert!(stdout.contains("story.docx (Word document, "), "{stdout}");
    assert!(
        stdout.contains("story.odt (OpenDocument text, "),
        "{stdout}"
    );
    assert!(!stdout.contains("UTF-8"), "{stdout}");
    let (_, json, _) = cli(&[
        &fixture("story.docx"),
        &seed("000_0862837ed87197b0.txt"),
        Path::new("--format"),
        Path::new("json"),
    ]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["left"]["format"], "word");
    assert_eq!(value["right"]["format"], "text");
}

#[test]
fn broken_office_files_get_clear_messages_and_no_panic() {
    let dir = temp::temp_dir("office");
    let whole = std::fs::read(fixture("story.docx")).unwrap();
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "truncated.docx",
            whole[..whole.len() / 3].to_vec(),
            "not a valid archive",
        ),
        ("empty.docx", Vec::new(), "not a valid archive"),
        (
            "locked.docx",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1].repeat(64),
            "a Word document that is password-protected",
        ),
        (
            "text.odt",
            b"just some text".to_vec(),
            "taken for an OpenDocument text",
        ),
    ];
    let good = seed("000_0862837ed87197b0.txt");
    for (name, bytes, expected) in cases {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let (code, _, stderr) = cli(&[&path, &good]);
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(
            stderr.contains(name) && stderr.contains(expected),
            "{name}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "never written to");
    }
}
