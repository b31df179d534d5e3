//! `cargo bench --no-default-features --bench real_text`: the engine on real
//! prose, against git's word diff on the same input in the same run.
//!
//! Generated pairs have a flat vocabulary and hide what natural text costs,
//! so this bench uses two public-domain translations of one long text: the
//! King James and World English Bibles, one verse per paragraph (about 31,000
//! each), whole and Genesis only. `bash scripts/bible-pair.sh` writes them to
//! `target/bible/` (from Debian's `sword-text-kjv` and `sword-text-web`);
//! without them the bench says so and stops.
//!
//! It prints, for each pair, the median wall time and peak memory of
//! `syndiff compare --format json` and of `git diff --no-index
//! --word-diff=porcelain`, run in turn (A B A B …) so that the ratio holds
//! when the shared machine's speed drifts, and the over-marking figure of
//! the word diff (see `syndiff::engine::inline::measure`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use syndiff::Normalization;

#[path = "../tests/eval/mod.rs"]
mod eval;

/// One finished run of a command.
#[derive(Debug, Clone, Copy)]
struct Run {
    wall_ms: f64,
    peak_rss_mb: f64,
}

fn main() {
    let dir = std::env::var_os("SYNDIFF_BIBLE_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bible"),
        PathBuf::from,
    );
    let pair = |suffix: &str| {
        (
            dir.join(format!("kjv{suffix}.txt")),
            dir.join(format!("web{suffix}.txt")),
        )
    };
    let (whole, genesis) = (pair(""), pair("-genesis"));
    if ![&whole.0, &whole.1, &genesis.0, &genesis.1]
        .iter()
        .all(|p| p.exists())
    {
        println!(
            "real_text: skipped: the Bible pair is not in {} (run `bash scripts/bible-pair.sh`)",
            dir.display()
        );
        return;
    }
    println!(
        "real text: King James (left) vs World English Bible (right), one verse per paragraph"
    );
    let genesis_ms = timed_pair("Genesis", &genesis, 7);
    // Seven pairs, not three: on a shared two-core machine one pair in
    // three may run while a neighbour holds a core, and the median of
    // three moved by a tenth from run to run.
    let whole_ms = timed_pair("whole", &whole, 7);
    println!(
        "growth: whole / Genesis time {:.1} for input {:.1} times larger",
        whole_ms / genesis_ms,
        size(&whole) / size(&genesis)
    );
    quality("whole", &whole);
    alignment("whole", &whole);
}

/// Paragraph-pair and move figures against the verse references (see
/// `tests/eval`); the Genesis test holds the same targets.
fn alignment(name: &str, pair: &(PathBuf, PathBuf)) {
    if !pair.0.with_extension("refs").exists() {
        println!("{name}: no verse references beside the pair; alignment figures skipped");
        return;
    }
    let left = eval::Verses::read(&pair.0);
    let right = eval::Verses::read(&pair.1);
    let in_order = eval::in_order(&left, &right);
    println!(
        "{name}, in order: paragraph-pair F1 {:.4} (precision {:.4}, recall {:.4}); line diff F1 {:.4}; moved {} of {} ({:.3}%)",
        in_order.syndiff.f1,
        in_order.syndiff.precision,
        in_order.syndiff.recall,
        in_order.line_diff.f1,
        in_order.moved,
        in_order.paragraphs,
        100.0 * in_order.moved as f64 / in_order.paragraphs as f64
    );
    let mut regressions = Vec::new();
    if in_order.syndiff.f1 < 0.995 || in_order.syndiff.f1 < in_order.line_diff.f1 {
        regressions.push(format!("in-order F1 {:.4}", in_order.syndiff.f1));
    }
    if in_order.moved * 1000 > in_order.paragraphs {
        regressions.push(format!("{} moved in order", in_order.moved));
    }
    for seed in 1..=6 {
        let (edited, moved) = eval::inject(&right, seed);
        let m = eval::moves(&left, &edited, &moved);
        println!(
            "{name}, injected (seed {seed}): {} moves made, {} reported; move precision {:.4}, recall {:.4} (target 0.98 and 0.95)",
            m.made, m.reported, m.score.precision, m.score.recall
        );
        if m.score.precision < MOVE_PRECISION_FLOOR || m.score.recall < MOVE_RECALL_FLOOR {
            regressions.push(format!(
                "seed {seed}: move precision {:.4}, recall {:.4}",
                m.score.precision, m.score.recall
            ));
        }
    }
    if !regressions.is_empty() {
        eprintln!("{name}: alignment regressed: {}", regressions.join("; "));
        std::process::exit(1);
    }
}

/// Below these the whole-Bible move figures have regressed: the targets,
/// met on each of six seeds. Six seeds, not the Genesis test's three: the
/// thresholds were chosen on seeds 1 to 3, and 4 to 6 keep them honest.
const MOVE_PRECISION_FLOOR: f64 = 0.98;
const MOVE_RECALL_FLOOR: f64 = 0.95;

fn size(pair: &(PathBuf, PathBuf)) -> f64 {
    let len = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
    (len(&pair.0) + len(&pair.1)) as f64
}

/// Times syndiff and git in turn; returns syndiff's median wall time.
fn timed_pair(name: &str, pair: &(PathBuf, PathBuf), runs: usize) -> f64 {
    let syndiff = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_syndiff"));
        c.args(["compare", "--format", "json"])
            .arg(&pair.0)
            .arg(&pair.1);
        c
    };
    let git = || {
        let mut c = Command::new("git");
        c.args(["diff", "--no-index", "--word-diff=porcelain"])
            .arg(&pair.0)
            .arg(&pair.1);
        c
    };
    let _ = (run(syndiff()), run(git())); // warm-up: file cache
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut ratios = Vec::new();
    for _ in 0..runs {
        let (a, b) = (run(syndiff()), run(git()));
        if let (Some(a), Some(b)) = (a, b) {
            ratios.push(a.wall_ms / b.wall_ms);
            ours.push(a);
            theirs.push(b);
        }
    }
    if ours.is_empty() {
        println!("{name}: could not run syndiff and git");
        return f64::NAN;
    }
    let med = |runs: &[Run], f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
    println!(
        "{name}: syndiff {:.0} ms, {:.0} MB peak; git word diff {:.0} ms, {:.0} MB peak; time ratio syndiff/git {:.2} (median of {} pairs)",
        med(&ours, |r| r.wall_ms),
        med(&ours, |r| r.peak_rss_mb),
        med(&theirs, |r| r.wall_ms),
        med(&theirs, |r| r.peak_rss_mb),
        median(ratios),
        ours.len()
    );
    med(&ours, |r| r.wall_ms)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Runs a command to the end, its output thrown away; wall time and the
/// peak memory of that one process (from `wait4`).
fn run(mut command: Command) -> Option<Run> {
    let began = Instant::now();
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let pid = i32::try_from(child.id()).ok()?;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 writes into it and
    // reaps our own child, which `child` is never waited on again.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall_ms = began.elapsed().as_secs_f64() * 1000.0;
    std::mem::forget(child);
    (reaped == pid).then_some(Run {
        wall_ms,
        peak_rss_mb: usage.ru_maxrss as f64 / 1024.0,
    })
}

/// Figures of the comparison itself, in process.
fn quality(name: &str, pair: &(PathBuf, PathBuf)) {
    let (Ok(left), Ok(right)) = (syndiff::load_path(&pair.0), syndiff::load_path(&pair.1)) else {
        println!("{name}: the pair does not load");
        return;
    };
    let cmp = syndiff::compare(&left, &right, &Normalization::default());
    let marking = syndiff::engine::inline::measure::over_marking(&cmp);
    println!(
        "{name}: over-marking {:.2}% ({} of {} words in rewritten runs are shared in order; target at most 5%)",
        marking.share() * 100.0,
        marking.shared_words,
        marking.rewritten_words
    );
    let s = &cmp.stats;
    println!(
        "{name}: paragraphs {} left, {} right; moved {}; words unchanged {}, rewritten {} -> {}",
        cmp.left.blocks.len(),
        cmp.right.blocks.len(),
        s.paragraphs.moved,
        s.words_unchanged,
        s.words_rewritten_left,
        s.words_rewritten_right
    );
}
