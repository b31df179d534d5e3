//! `cargo bench`: compare a seed pair and generated pairs of 1,000 and
//! 30,000 paragraphs (alignment plus word diff), load saved web pages
//! (article extraction and whole page), render the HTML report, and report
//! peak memory for the largest pair.
//!
//! Targets on a 2-core machine in release mode: seed pair under 2 ms, 30,000
//! paragraphs per side under 0.3 s and 150 MB peak.

use divan::Bencher;
#[path = "../tests/support/synth.rs"]
mod synth;
use syndiff::{Document, Normalization};
use synth::EditRates;

fn main() {
    report_peak_memory();
    divan::main();
}

fn seed(name: &str) -> Document {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name);
    syndiff::load_path(&path).expect("seed loads")
}

#[divan::bench(sample_count = 200)]
fn seed_pair_000_001(bencher: Bencher) {
    let left = seed("000_0862837ed87197b0.txt");
    let right = seed("001_eb5f9ac6cfce23e2.txt");
    bencher.bench(|| syndiff::compare(&left, &right, &Normalization::default()));
}

#[divan::bench(sample_count = 200)]
fn seed_pair_002_003(bencher: Bencher) {
    let left = seed("002_071138934c7246b1.txt");
    let right = seed("003_40b6f1b6974d403b.txt");
    bencher.bench(|| syndiff::compare(&left, &right, &Normalization::default()));
}

#[divan::bench(args = [1_000, 10_000, 30_000], sample_count = 10)]
fn generated_pair(bencher: Bencher, paragraphs: usize) {
    let (l, r) = synth::pair(42, paragraphs, EditRates::default());
    let left = Document::from_text(None, l);
    let right = Document::from_text(None, r);
    bencher.bench(|| syndiff::compare(&left, &right, &Normalization::default()));
}

/// The passage-link search alone, on the words of a finished comparison:
/// set beside `generated_pair` it shows what linking adds to a comparison
/// (all but one linear pass that lists each side's words).
#[divan::bench(args = [1_000, 10_000, 30_000], sample_count = 10)]
fn link_search_alone(bencher: Bencher, paragraphs: usize) {
    let (l, r) = synth::pair(42, paragraphs, EditRates::default());
    let cmp = syndiff::compare_texts(&l, &r);
    let input = syndiff::engine::links::SearchInput::new(&cmp);
    bencher.bench(|| input.search());
}

fn story_page() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/story.html");
    std::fs::read(path).expect("fixture")
}

/// A long saved page: the fixture's story repeated `copies` times in one
/// article, with its furniture between the copies.
fn long_page(copies: usize) -> Vec<u8> {
    let page = String::from_utf8(story_page()).expect("UTF-8 fixture");
    let start = page.find("<div class=\"story-body\">").expect("story body");
    let end = page[start..].find("</article>").expect("article end") + start;
    let body = &page[start..end];
    let mut out = page[..start].to_owned();
    for _ in 0..copies {
        out.push_str(body);
    }
    out.push_str(&page[end..]);
    out.into_bytes()
}

#[divan::bench(args = [false, true], sample_count = 100)]
fn load_saved_page(bencher: Bencher, whole_page: bool) {
    let bytes = story_page();
    let options = syndiff::LoadOptions { whole_page };
    bencher.bench(|| syndiff::decode_bytes_with(&bytes, "story.html", Some("html"), &options));
}

#[divan::bench(args = [false, true], sample_count = 10)]
fn load_long_page_200_copies(bencher: Bencher, whole_page: bool) {
    let bytes = long_page(200);
    let options = syndiff::LoadOptions { whole_page };
    bencher.bench(|| syndiff::decode_bytes_with(&bytes, "long.html", Some("html"), &options));
}

#[divan::bench(args = [1_000, 10_000], sample_count = 10)]
fn html_report(bencher: Bencher, paragraphs: usize) {
    let (l, r) = synth::pair(42, paragraphs, EditRates::default());
    let cmp = syndiff::compare(
        &Document::from_text(None, l),
        &Document::from_text(None, r),
        &Normalization::default(),
    );
    bencher.bench(|| {
        syndiff::report::html::render(&cmp, syndiff::report::html::HtmlOptions::default())
    });
}

/// Compares the 30,000-paragraph pair once and prints the process's peak
/// resident memory (Linux `VmHWM`) before and after.
fn report_peak_memory() {
    let before = peak_rss_kib();
    let (l, r) = synth::pair(42, 30_000, EditRates::default());
    let bytes = l.len() + r.len();
    let left = Document::from_text(None, l);
    let right = Document::from_text(None, r);
    let cmp = syndiff::compare(&left, &right, &Normalization::default());
    let after = peak_rss_kib();
    if let (Some(before), Some(after)) = (before, after) {
        println!(
            "30,000-paragraph pair: {:.1} MB of text, {} units, peak RSS {:.1} MB (was {:.1} MB before)",
            bytes as f64 / 1e6,
            cmp.units.len(),
            after as f64 / 1024.0,
            before as f64 / 1024.0
        );
    }
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
