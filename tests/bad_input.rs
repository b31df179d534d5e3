//! Bad input of every kind gets a clear message and never a panic, and no
//! run ever modifies the files it compares.

#[path = "support/temp.rs"]
mod temp;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh folder named for one test, removed when the test ends.
fn temp_dir(name: &str) -> PathBuf {
    temp::temp_dir(&format!("bad-{name}"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `syndiff compare left right` and returns (exit code, stdout, stderr).
fn cli(left: &Path, right: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("compare")
        .arg(left)
        .arg(right)
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn good(dir: &Path) -> PathBuf {
    write(dir, "good.txt", b"A paragraph.\n\nAnother one.\n")
}

#[test]
fn empty_files_are_valid_and_equivalent() {
    let dir = temp_dir("empty");
    let empty = write(&dir, "empty.txt", b"");
    let (code, stdout, _) = cli(&empty, &empty, &[]);
    assert_eq!(code, 0, "{stdout}");
    let (code, _, _) = cli(&empty, &good(&dir), &[]);
    assert_eq!(code, 1);
}

#[test]
fn whitespace_only_is_an_empty_article() {
    let dir = temp_dir("ws");
    let ws = write(&dir, "ws.txt", b" \n\t\r\n  \n");
    let cmp = syndiff::compare(
        &syndiff::load_path(&ws).unwrap(),
        &syndiff::load_path(&ws).unwrap(),
        &syndiff::Normalization::default(),
    );
    assert!(cmp.units.is_empty() && cmp.left.blocks.is_empty());
}

#[test]
fn binary_file_is_refused_with_its_name() {
    let dir = temp_dir("binary");
    let bin = write(
        &dir,
        "photo.jpg",
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x02",
    );
    let (code, _, stderr) = cli(&bin, &good(&dir), &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("photo.jpg") && stderr.contains("binary"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn nul_bytes_in_text_are_refused() {
    let dir = temp_dir("nul");
    let f = write(&dir, "nul.txt", b"Some text\0with a NUL byte.");
    let (code, _, stderr) = cli(&good(&dir), &f, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("nul.txt") && stderr.contains("NUL"),
        "{stderr}"
    );
}

#[test]
fn invalid_utf8_is_decoded_as_a_legacy_encoding() {
    let dir = temp_dir("latin1");
    let f = write(
        &dir,
        "latin1.txt",
        b"Le pr\xE9sident est arriv\xE9 \xE0 Montr\xE9al.\n",
    );
    let doc = syndiff::load_path(&f).unwrap();
    assert_eq!(&*doc.text, "Le président est arrivé à Montréal.\n");
    let (code, stdout, _) = cli(&f, &good(&dir), &[]);
    assert_eq!(code, 1);
    assert!(stdout.contains("Montréal"));
}

#[test]
fn utf16_with_bom_loads() {
    let dir = temp_dir("utf16");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "A paragraph.\r\n\r\nAnother one.\r\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let f = write(&dir, "utf16.txt", &bytes);
    let (code, stdout, stderr) = cli(&f, &good(&dir), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn cr_only_line_ends_split_paragraphs() {
    let dir = temp_dir("cr");
    let f = write(&dir, "cr.txt", b"A paragraph.\r\rAnother one.\r");
    let (code, _, _) = cli(&f, &good(&dir), &[]);
    assert_eq!(code, 0);
}

#[test]
fn missing_path_and_directory_are_clear_errors() {
    let dir = temp_dir("missing");
    let (code, _, stderr) = cli(&dir.join("nope.txt"), &good(&dir), &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("nope.txt: no such file"), "{stderr}");
    let (code, _, stderr) = cli(&dir, &good(&dir), &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("unreadable");
    let f = write(&dir, "secret.txt", b"text");
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    let (unreadable, name) = if std::fs::read(&f).is_ok() {
        // Running as root: permissions do not stop reads. /proc/self/mem is
        // a file that exists and cannot be read from its start by anyone.
        (PathBuf::from("/proc/self/mem"), "/proc/self/mem")
    } else {
        (f, "secret.txt")
    };
    let (code, _, stderr) = cli(&unreadable, &good(&dir), &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(name) && stderr.contains("cannot be read"),
        "{stderr}"
    );
}

#[test]
fn a_fifty_megabyte_single_line_loads_and_compares() {
    let line = "word ".repeat(10 * 1024 * 1024);
    let doc = syndiff::decode_bytes(line.as_bytes(), "big").unwrap();
    assert_eq!(doc.text.len(), 50 * 1024 * 1024);
    let cmp = syndiff::compare(
        &doc,
        &syndiff::Document::from_text(None, "word word word"),
        &syndiff::Normalization::default(),
    );
    assert_eq!(cmp.units.len(), 1);
    assert!(
        cmp.units[0].capped,
        "a unit that large must be capped and say so"
    );
    assert_eq!(cmp.stats.capped_units, 1);
}

fn sha256_of(path: &Path) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(std::fs::read(path).unwrap());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn no_run_ever_modifies_its_inputs() {
    let dir = temp_dir("untouched");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = |from: &str, to: &str| write(&dir, to, &std::fs::read(root.join(from)).unwrap());
    let inputs = [
        copy("seeds/000_0862837ed87197b0.txt", "l.txt"),
        copy("seeds/001_eb5f9ac6cfce23e2.txt", "r.txt"),
        copy("tests/fixtures/story.html", "page.html"),
    ];
    let before: Vec<(String, std::time::SystemTime)> = inputs
        .iter()
        .map(|p| {
            (
                sha256_of(p),
                std::fs::metadata(p).unwrap().modified().unwrap(),
            )
        })
        .collect();
    let report = dir.join("report.html");
    for (left, right) in [(0, 1), (1, 2), (2, 0)] {
        for extra in [
            &["--format", "text"][..],
            &["--format", "json", "--whole-page"],
            &["--format", "html", "-o"],
        ] {
            let mut args: Vec<&str> = extra.to_vec();
            let report_arg = report.to_string_lossy().into_owned();
            if args.last() == Some(&"-o") {
                args.push(&report_arg);
                args.push("--force");
            }
            let (code, _, stderr) = cli(&inputs[left], &inputs[right], &args);
            assert_eq!(code, 1, "{stderr}");
        }
        // Even asked to, an export never replaces an input.
        let target = inputs[left].to_string_lossy().into_owned();
        let (code, _, stderr) = cli(
            &inputs[left],
            &inputs[right],
            &["--format", "html", "-o", &target, "--force"],
        );
        assert_eq!(code, 2);
        assert!(stderr.contains("never writes"), "{stderr}");
    }
    let after: Vec<(String, std::time::SystemTime)> = inputs
        .iter()
        .map(|p| {
            (
                sha256_of(p),
                std::fs::metadata(p).unwrap().modified().unwrap(),
            )
        })
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_hundred_megabyte_file_loads_and_compares() {
    let dir = temp_dir("hundred");
    let paragraph = "The council met again on Tuesday to discuss the budget for the new bridge, and members asked for more detail. ".repeat(90);
    let mut big = String::with_capacity(101 * 1024 * 1024);
    while big.len() < 100 * 1024 * 1024 {
        big.push_str(&paragraph);
        big.push_str("\n\n");
    }
    let path = write(&dir, "huge.txt", big.as_bytes());
    drop(big);
    let doc = syndiff::load_path(&path).unwrap();
    assert!(doc.text.len() >= 100 * 1024 * 1024);
    let small = syndiff::Document::from_text(None, paragraph.trim_end());
    let cmp = syndiff::compare(&small, &doc, &syndiff::Normalization::default());
    assert_eq!(cmp.stats.paragraphs.unchanged, 1);
    assert_eq!(cmp.right.blocks.len(), cmp.stats.paragraphs.added + 1);
}

#[test]
fn a_file_deleted_before_reload_is_a_clear_error() {
    let dir = temp_dir("deleted");
    let path = write(&dir, "story.txt", b"First version.\n");
    assert!(syndiff::load_path(&path).is_ok());
    std::fs::remove_file(&path).unwrap();
    let err = syndiff::load_path(&path).unwrap_err();
    assert!(err.to_string().contains("story.txt: no such file"), "{err}");
}

#[test]
fn hostile_html_loads_without_a_panic() {
    let deep = format!(
        "<html><body>{}deep text{}</body></html>",
        "<div>".repeat(20_000),
        "</div>".repeat(20_000)
    );
    let unclosed = "<!DOCTYPE html><p>one<p>two<table><tr><td>cell<script>while(1){}".to_owned();
    let no_text =
        "<html><head><title></title></head><body><script>x</script></body></html>".to_owned();
    let bogus_charset =
        "<html><head><meta charset=\"x-no-such\"></head><body><p>Caf\u{e9}</p></body></html>"
            .to_owned();
    for (i, html) in [deep, unclosed, no_text, bogus_charset].iter().enumerate() {
        for whole_page in [false, true] {
            let options = syndiff::LoadOptions { whole_page };
            let doc = syndiff::decode_bytes_with(html.as_bytes(), "page", Some("html"), &options)
                .unwrap_or_else(|e| panic!("case {i}: {e}"));
            assert!(
                !doc.text.contains("while(1)"),
                "case {i}: scripts never show"
            );
        }
    }
}

#[test]
fn legacy_encoded_page_honours_its_meta_charset() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "<html><head><meta charset=\"windows-1252\"><title>Le pr\u{e9}sident</title></head><body><article><p>Le pr\u{e9}sident a d\u{e9}clar\u{e9} qu\u{2019}il \u{e9}tait \u{ab} tr\u{e8}s d\u{e9}\u{e7}u \u{bb}.</p></article></body></html>",
    );
    let dir = temp_dir("charset");
    let path = write(&dir, "page.htm", &bytes);
    let doc = syndiff::load_path(&path).unwrap();
    assert_eq!(doc.encoding, "windows-1252");
    assert!(
        doc.text
            .contains("Le président a déclaré qu’il était « très déçu »"),
        "{}",
        doc.text
    );
}

#[test]
fn comparing_never_modifies_the_inputs() {
    let dir = temp_dir("untouched-by-compare");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let left = write(
        &dir,
        "l.txt",
        &std::fs::read(seeds.join("000_0862837ed87197b0.txt")).unwrap(),
    );
    let right = write(
        &dir,
        "r.txt",
        &std::fs::read(seeds.join("001_eb5f9ac6cfce23e2.txt")).unwrap(),
    );
    let before = (
        std::fs::read(&left).unwrap(),
        std::fs::read(&right).unwrap(),
    );
    let modified = std::fs::metadata(&left).unwrap().modified().unwrap();
    for format in ["text", "json"] {
        let (code, _, _) = cli(&left, &right, &["--format", format]);
        assert_eq!(code, 1);
    }
    assert_eq!(
        before,
        (
            std::fs::read(&left).unwrap(),
            std::fs::read(&right).unwrap()
        )
    );
    assert_eq!(
        modified,
        std::fs::metadata(&left).unwrap().modified().unwrap()
    );
}
