//! `cargo bench --no-default-features --bench story`: `syndiff story` on
//! the five seeds, and on 20 and 200 versions of a 1,000-word story made
//! from real text (seeds 003 and 000) the way outlets change a wire story:
//! paragraphs cut and reordered, words reworded, furniture inserted,
//! quotations altered. Prints the time per run (median) and how it grows
//! from 20 to 200 versions (target: at most 12 times for 10 times the
//! versions; the seeds under 20 ms; 200 versions under 2 s), and the JSON
//! report of 200 and 1,000 versions: its size beside the input's (targets:
//! at most 40 times the input at 200, at most 150 MB at 1,000) and the
//! time to write it. With `SYNDIFF_STORY_DIR` set, the 1,000 versions are
//! also written there as files, for measuring the command's peak memory
//! (`/usr/bin/time -v syndiff story DIR --format json -o story.json`).

use std::time::{Duration, Instant};

use syndiff::Document;

/// A small deterministic generator (xorshift), so every run measures the
/// same versions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn seed(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

const FURNITURE: [&str; 4] = [
    "Also Read | Markets slide as tariff deadline nears",
    "Advertisement",
    "(With inputs from agencies)",
    "Stay updated with the latest news. Subscribe to our newsletter.",
];

/// One outlet's version of `paragraphs`.
fn version(paragraphs: &[String], vocabulary: &[&str], rng: &mut Rng) -> String {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs {
        if rng.chance(10) {
            continue;
        }
        let mut in_quote = false;
        let mut words: Vec<String> = Vec::new();
        for w in p.split(' ') {
            in_quote ^= w.contains('“') || w.contains('"');
            let reword = if in_quote {
                rng.chance(4)
            } else {
                rng.chance(3)
            };
            words.push(if reword {
                vocabulary[rng.below(vocabulary.len())].to_owned()
            } else {
                w.to_owned()
            });
        }
        out.push(words.join(" "));
    }
    if out.len() > 2 && rng.chance(30) {
        let (a, b) = (rng.below(out.len()), rng.below(out.len()));
        out.swap(a, b);
    }
    if rng.chance(40) {
        let at = rng.below(out.len() + 1);
        out.insert(at, FURNITURE[rng.below(FURNITURE.len())].to_owned());
    }
    out.join("\n\n")
}

fn versions(n: usize) -> Vec<Document> {
    let text = format!("{}\n\n{}", seed("003"), seed("000"));
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            Document::from_text(
                Some(&format!("outlet-{i:03}.txt")),
                version(&paragraphs, &words, &mut rng),
            )
        })
        .collect()
}

fn median(docs: &[Document], runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(syndiff::engine::story::story(docs));
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Counts the bytes written to it and keeps none.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The story JSON of `docs`: its size beside the input's and the time
/// to take the story and to write it.
fn json_report(docs: &[Document]) {
    let input: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let story = syndiff::engine::story::story(docs);
    let taken = t.elapsed();
    let t = Instant::now();
    let mut counter = Counter(0);
    syndiff::report::story::write_json(&story, &mut counter).unwrap();
    let written = t.elapsed();
    println!(
        "{} versions: input {:.2} MB, JSON {:.1} MB ({:.1} times the input); story {taken:.2?}, JSON written in {written:.2?}",
        docs.len(),
        input as f64 / 1e6,
        counter.0 as f64 / 1e6,
        counter.0 as f64 / input as f64
    );
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let seeds: Vec<Document> = ["000", "001", "002", "003", "004"]
        .iter()
        .map(|s| Document::from_text(Some(s), seed(s)))
        .collect();
    println!(
        "five seeds: {:.2?} a run (median of 20)",
        median(&seeds, 20)
    );
    let few = versions(20);
    let many = versions(200);
    let words: usize = many.iter().map(|d| d.text.split_whitespace().count()).sum();
    let (t20, t200) = (median(&few, 11), median(&many, 7));
    println!("20 versions: {t20:.2?} a run (median of 11)");
    println!("200 versions ({words} words in all): {t200:.2?} a run (median of 7)");
    println!(
        "growth for 10 times the versions: {:.1} times the time; peak memory {:.0} MB",
        t200.as_secs_f64() / t20.as_secs_f64(),
        peak_rss_mb()
    );
    json_report(&many);
    let thousand = versions(1_000);
    json_report(&thousand);
    if let Some(dir) = std::env::var_os("SYNDIFF_STORY_DIR") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        for doc in &thousand {
            let name = doc.path.as_deref().unwrap();
            std::fs::write(dir.join(name), &*doc.text).unwrap();
        }
        println!("1,000 versions written to {}", dir.display());
    }
}
