//! `cargo bench`: compare a seed pair and generated pairs of 1,000 and
//! 30,000 paragraphs (alignment plus word diff), and report peak memory for
//! the largest pair.
//!
//! Targets on a 2-core machine in release mode: seed pair under 2 ms, 30,000
//! paragraphs per side under 0.3 s and 150 MB peak.

use divan::Bencher;
use syndiff::synth::{self, EditRates};
use syndiff::{Document, Normalization};

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
