//! `syndiff story`: the five seeds taken together, from the command line.

#[path = "support/temp.rs"]
mod temp;

use std::path::{Path, PathBuf};
use std::process::Command;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The five seed texts (`seeds/*.txt`; the folder also holds a README).
fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn story(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .arg("story")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_seeds_as_a_story_name_their_source_and_the_changed_quotes() {
    let files = seed_files();
    let args: Vec<&std::ffi::OsStr> = files.iter().map(|f| f.as_os_str()).collect();
    let (code, text, stderr) = story(&args);
    assert_eq!(code, 1, "{stderr}");
    assert!(text.starts_with("Story of 5 versions"), "{text}");
    // 001 is the outlet's whole page, which carries all of 000 (its body
    // alone) and adds the page's furniture: the page is where the body
    // came from.
    assert!(
        text.contains("[0] 000_0862837ed87197b0.txt (353 words, own 0%)\n"),
        "{text}"
    );
    assert!(
        text.contains("001_eb5f9ac6cfce23e2.txt (572 words, own 23%)  <- likely source"),
        "{text}"
    );
    assert!(
        text.contains("Trump: “It was an extremely productive call, we agree on many things,”\n     [0] verbatim · [1] verbatim · [2] verbatim · [3] verbatim · [4] partial"),
        "{text}"
    );
    let mut json_args = args.clone();
    json_args.extend([
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("json"),
    ]);
    let (_, json, _) = story(&json_args);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["versions"].as_array().unwrap().len(), 5);
    assert_eq!(value["versions"][0]["words"], 353);
    assert_eq!(value["versions"][0]["sha256"].as_str().unwrap().len(), 64);
    assert!(
        value["versions"][0].get("text").is_none(),
        "the checksum stands for the text"
    );
    let reuse = value["reuse"].as_array().unwrap();
    assert!(reuse.iter().all(|row| row.as_array().unwrap().len() == 5));
    assert!(reuse[1][0].as_f64().unwrap() > 0.99);
    let quotes = value["quotes"].as_array().unwrap();
    let altered = quotes
        .iter()
        .flat_map(|q| q["occurrences"].as_array().unwrap())
        .filter(|o| o["version"] == 4 && o["status"] == "altered")
        .count();
    assert!(altered >= 1, "{json}");
    let range = &quotes[0]["occurrences"][0]["range"];
    assert!(range[0].as_u64() < range[1].as_u64());
}

#[test]
fn the_reference_comes_first_and_same_files_are_equivalent() {
    let one = seeds().join("002_071138934c7246b1.txt");
    let (code, text, _) = story(&[
        seeds().join("000_0862837ed87197b0.txt").as_os_str(),
        one.as_os_str(),
        "--reference".as_ref(),
        one.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(text.contains("[0] 002_071138934c7246b1.txt"), "{text}");
    assert!(text.contains("[1] 000_0862837ed87197b0.txt"), "{text}");
    let dir = temp::temp_dir("story");
    let copy = dir.join("copy.txt");
    std::fs::copy(&one, &copy).unwrap();
    let (code, _, stderr) = story(&[one.as_os_str(), copy.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn trouble_is_exit_status_two_with_a_message() {
    // A folder means its files (here the five seeds; their README is
    // not a version).
    let (code, text, _) = story(&[seeds().as_os_str()]);
    assert_eq!(code, 1);
    assert!(text.starts_with("Story of 5 versions"), "{text}");
    let (code, _, stderr) = story(&["/no/such/story.txt".as_ref(), seeds().as_os_str()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot load /no/such/story.txt"),
        "{stderr}"
    );
    let (code, _, stderr) = story(&[seeds().join("000_0862837ed87197b0.txt").as_os_str()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("two versions or more"), "{stderr}");
}

#[test]
fn the_html_report_is_written_once_and_never_over_a_file() {
    let files = seed_files();
    let dir = temp::temp_dir("story-html");
    let out = dir.join("story.html");
    let mut args: Vec<&std::ffi::OsStr> = files.iter().map(|f| f.as_os_str()).collect();
    args.extend([
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("html"),
        std::ffi::OsStr::new("-o"),
        out.as_os_str(),
    ]);
    let (code, _, stderr) = story(&args);
    assert_eq!(code, 1, "{stderr}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<h2>Reuse</h2>"));
    assert_eq!(html.matches("<section id=\"v").count(), 5);
    let (code, _, stderr) = story(&args);
    assert_eq!(code, 2, "a second run keeps the first report");
    assert!(stderr.contains("already exists"), "{stderr}");
}

#[test]
fn more_versions_than_the_cap_are_refused_with_the_numbers_and_no_bar_off_a_terminal() {
    let dir = temp::temp_dir("story-cap");
    let cap = syndiff::engine::story::MAX_VERSIONS;
    for i in 0..=cap {
        std::fs::write(dir.join(format!("v{i:04}.txt")), format!("Version {i}.")).unwrap();
    }
    let (code, _, stderr) = story(&[dir.as_os_str()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("at most {cap} versions; {} were given", cap + 1)),
        "{stderr}"
    );
    // Under the cap it runs; stderr is not a terminal here, so the
    // progress bar draws nothing into it.
    std::fs::remove_file(dir.join("v0000.txt")).unwrap();
    let (code, text, stderr) = story(&[dir.as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        text.starts_with(&format!("Story of {cap} versions")),
        "{text}"
    );
    assert!(stderr.is_empty(), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_altered_quote_shows_how_in_the_text_and_on_hover_in_the_html() {
    let files = seed_files();
    let args: Vec<&std::ffi::OsStr> = files.iter().map(|p| p.as_os_str()).collect();
    let (code, text, stderr) = story(&args);
    assert_eq!(code, 1, "{stderr}");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("[4] altered: "))
        .unwrap_or_else(|| panic!("no altered line for the blog: {text}"));
    assert!(line.contains("[-") && line.contains("{+"), "{line}");
    let mut html_args = args.clone();
    html_args.extend([
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("html"),
    ]);
    let (_, html, _) = story(&html_args);
    assert!(
        html.contains("<td class=\"altered\" title=\"") && html.contains("[-"),
        "the altered cell says how on hover"
    );
}

/// Regression: `syndiff story seeds/` took the folder's README.md as a
/// sixth version of the story, into the reuse matrix and the quotes.
#[test]
fn a_folders_read_me_and_hidden_files_are_not_versions_unless_named() {
    let dir = temp::temp_dir("story-notes");
    for name in ["a.txt", "b.txt", "README.md", "readme.txt", ".hidden.txt"] {
        std::fs::write(dir.join(name), format!("The text of {name}.")).unwrap();
    }
    let files = syndiff::engine::story::version_files(std::slice::from_ref(&dir)).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.txt", "b.txt"]);
    // Named on its own, a read-me is taken like any file.
    let named =
        syndiff::engine::story::version_files(&[dir.clone(), dir.join("README.md")]).unwrap();
    assert_eq!(named.len(), 3);
    assert!(named[2].ends_with("README.md"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Issue 30: the story view and the pair view gave different word counts
/// for one file (354 vs 353 for 000, 472 vs 463 for 004, 593 vs 592 for
/// 003). Each seed's count in the story is the count every pair it is in
/// gives (its words outside boilerplate plus those in it), and the one
/// engine function's.
#[test]
fn one_word_count_for_a_seed_in_the_story_and_in_every_pair() {
    let docs: Vec<syndiff::Document> = seed_files()
        .iter()
        .map(|p| syndiff::load_path(p).unwrap())
        .collect();
    let story = syndiff::engine::story::story(&docs);
    for (i, doc) in docs.iter().enumerate() {
        let count = syndiff::engine::segment::word_count(&doc.text, doc.format);
        assert_eq!(story.versions[i].words, count, "seed {i}");
        for (j, other) in docs.iter().enumerate().filter(|(j, _)| *j != i) {
            let cmp = syndiff::compare(doc, other, &syndiff::Normalization::default());
            assert_eq!(
                syndiff::report::wording::file_words(&cmp, true),
                count,
                "seed {i} on the left of {j}"
            );
            assert_eq!(
                syndiff::report::wording::file_words(&cmp, false),
                story.versions[j].words,
                "seed {j} on the right of {i}"
            );
            let header = syndiff::report::wording::side_header(&cmp, true);
            assert!(header.ends_with(&format!(", {count} words")), "{header}");
        }
    }
    assert_eq!(story.versions[0].words, 353);
}

/// Issue 30, item 7: the compact story JSON holds the same data. Read
/// back, it is the story written (the texts aside: it carries their
/// checksums), passages, dates and all.
#[test]
fn the_story_json_reads_back_as_the_story_written() {
    let mut files = seed_files();
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/story.html"));
    let docs: Vec<syndiff::Document> = files
        .iter()
        .map(|f| syndiff::load_path(f).unwrap())
        .collect();
    let story = syndiff::engine::story::story(&docs);
    assert!(story.provenance.dates.iter().any(Option::is_some));
    let mut json = Vec::new();
    syndiff::report::story::write_json(&story, &mut json).unwrap();
    let back: syndiff::engine::story::Story = serde_json::from_slice(&json).unwrap();
    let mut written = story.clone();
    for version in &mut written.versions {
        version.text = std::sync::Arc::from("");
    }
    assert_eq!(back, written);
}
