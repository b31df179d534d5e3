//! Article extraction on real pages: the 990 saved pages of
//! `../shared/extraction-eval/` (trafilatura's own evaluation set; its
//! README explains the scoring), or the folder `SYNDIFF_EXTRACTION_EVAL`
//! names. Skipped, saying so, when the corpus is not there.
//!
//! Each page is loaded as the app loads a saved page (its bytes decoded by
//! [`syndiff::decode_bytes_with`], article extraction on) and the blocks
//! syndiff tags as furniture are set apart, as `tests/extraction.rs` does.
//! Runs of whitespace fold to one space in the text and in each snippet; a
//! `with` snippet found is a true positive, missed a false negative; a
//! `without` snippet found is a false positive, absent a true negative.
//! The test prints precision, recall, F1 and accuracy and fails when one
//! drops below its floor. `scripts/extraction-real.py` prints the same
//! figures per kind of site beside Python trafilatura's.
//!
//! `SYNDIFF_EXTRACTION_DUMP=FILE` writes one JSON line per page (its
//! address, the snippets missed and kept wrongly, the text as scored and
//! as loaded, its blocks and furniture included) to study the failures.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Floors, just below the figures measured when they were set.
const MIN_PRECISION: f64 = 0.92;
const MIN_RECALL: f64 = 0.947;
const MIN_F1: f64 = 0.935;

fn corpus() -> PathBuf {
    match std::env::var_os("SYNDIFF_EXTRACTION_EVAL") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/extraction-eval"),
    }
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article text a reader sees: furniture set apart.
fn article(text: &str) -> String {
    text.split("\n\n")
        .filter(|block| syndiff::engine::boilerplate::classify(block).is_none())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The page's text as the app loads it, furniture set apart, folded; and
/// the text as loaded, blocks and furniture included (for the dump).
fn extract(path: &Path) -> (String, syndiff::Format, String) {
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).unwrap();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap();
    let options = syndiff::LoadOptions::default();
    match syndiff::decode_bytes_with(&bytes, "page.html", Some("html"), &options) {
        Ok(doc) => (fold(&article(&doc.text)), doc.format, doc.text.to_string()),
        Err(e) => {
            println!("{}: {e}", path.display());
            (
                String::new(),
                syndiff::Format::HtmlArticleNotFound,
                String::new(),
            )
        }
    }
}

struct Case {
    url: String,
    file: String,
    with: Vec<String>,
    without: Vec<String>,
}

fn cases(dir: &Path) -> Vec<Case> {
    let json = std::fs::read_to_string(dir.join("cases.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(fold).collect())
            .unwrap_or_default()
    };
    let mut out: Vec<Case> = value
        .as_object()
        .unwrap()
        .iter()
        .map(|(url, case)| Case {
            url: url.clone(),
            file: case["file"].as_str().unwrap().to_owned(),
            with: strings(&case["with"]),
            without: strings(&case["without"]),
        })
        .collect();
    out.sort_by(|a, b| a.url.cmp(&b.url));
    out
}

/// Counts (true positives, false negatives, false positives, true
/// negatives) of one page, and its JSON line for the dump.
fn score(
    case: &Case,
    (text, format, loaded): (String, syndiff::Format, String),
) -> ([usize; 4], String) {
    let missed: Vec<&String> = case.with.iter().filter(|s| !text.contains(*s)).collect();
    let kept: Vec<&String> = case.without.iter().filter(|s| text.contains(*s)).collect();
    let counts = [
        case.with.len() - missed.len(),
        missed.len(),
        kept.len(),
        case.without.len() - kept.len(),
    ];
    let line = serde_json::json!({
        "url": case.url, "file": case.file, "missed": missed, "kept": kept,
        "with": case.with.len(), "words": text.split(' ').count(), "format": format,
        "text": text, "loaded": loaded,
    });
    (counts, line.to_string())
}

#[test]
fn real_pages_keep_their_article_and_drop_the_rest() {
    let dir = corpus();
    if !dir.join("cases.json").is_file() {
        println!("skipped: corpus not found at {}", dir.display());
        return;
    }
    let cases = cases(&dir);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = cases.len().div_ceil(threads);
    let results: Vec<([usize; 4], String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                let dir = &dir;
                scope.spawn(move || {
                    part.iter()
                        .map(|case| score(case, extract(&dir.join("pages").join(&case.file))))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    if let Some(dump) = std::env::var_os("SYNDIFF_EXTRACTION_DUMP") {
        let lines: Vec<&str> = results.iter().map(|(_, l)| l.as_str()).collect();
        std::fs::write(dump, lines.join("\n")).unwrap();
    }
    let mut sum = [0usize; 4];
    for (counts, _) in &results {
        for (s, c) in sum.iter_mut().zip(counts) {
            *s += c;
        }
    }
    let [tp, fn_, fp, tn] = sum.map(|n| n as f64);
    let (p, r) = (tp / (tp + fp), tp / (tp + fn_));
    let f1 = 2.0 * p * r / (p + r);
    let accuracy = (tp + tn) / (tp + fn_ + fp + tn);
    let lost = results
        .iter()
        .zip(&cases)
        .filter(|((c, _), case)| !case.with.is_empty() && c[0] == 0)
        .count();
    println!(
        "{} pages: precision {p:.3} recall {r:.3} F1 {f1:.3} accuracy {accuracy:.3}; \
         {lost} pages keep none of their article snippets",
        cases.len()
    );
    assert!(p >= MIN_PRECISION, "precision {p:.3}");
    assert!(r >= MIN_RECALL, "recall {r:.3}");
    assert!(f1 >= MIN_F1, "F1 {f1:.3}");
}
