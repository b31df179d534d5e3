//! `cargo bench --bench frame_time`: CPU time per frame of the real app on
//! two generated 30,000-paragraph documents and, when `bash
//! scripts/bible-pair.sh` has written it, on the real-text pair (two Bible
//! translations, 31,000 verses each), in a headless egui_kittest harness (no GPU: the time measured is the app's own work plus egui's
//! layout and tessellation, which is what makes scrolling smooth or not).
//!
//! Reports the first frame after the comparison arrives, then the median
//! and 95th percentile over frames of wheel scrolling, paging, change
//! jumping and jumps to the end and back to the start, and the frames of
//! typing a query in Find.
//! Then the story view on 200 versions of the seed story, and a pair of
//! them with its badges.
//! Targets: first frame under 1 s, median under 8 ms.

use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, TouchPhase};
use egui_kittest::Harness;
use syndiff::gui::picker::QueuedPicker;
use syndiff::gui::{StoryCommand, SyndiffApp};
#[path = "../tests/support/synth.rs"]
mod synth;
use synth::EditRates;

/// A key press delivered in the next frame (kittest's own `key_press`
/// would spend a frame on each of its events).
fn press(harness: &mut Harness<'_, SyndiffApp>, modifiers: Modifiers, key: Key) {
    for pressed in [true, false] {
        harness.input_mut().events.push(Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        });
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("syndiff-frames-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (left, right) = synth::pair(42, 30_000, EditRates::default());
    let left_path = dir.join("left.txt");
    let right_path = dir.join("right.txt");
    std::fs::write(&left_path, left).expect("write left");
    std::fs::write(&right_path, right).expect("write right");
    run_pair("30,000-paragraph generated pair", left_path, right_path);
    run_story(&dir, 200);
    let bible = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bible");
    if bible.join("kjv.txt").exists() && bible.join("web.txt").exists() {
        run_pair(
            "real-text pair (King James / World English Bible)",
            bible.join("kjv.txt"),
            bible.join("web.txt"),
        );
    } else {
        println!("real-text pair skipped: run `bash scripts/bible-pair.sh`");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Peak resident memory of this process so far, from the kernel.
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

fn run_pair(name: &str, left_path: std::path::PathBuf, right_path: std::path::PathBuf) {
    let started = Instant::now();
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(|cc| {
            SyndiffApp::new(
                cc,
                Box::new(QueuedPicker::default()),
                Some(left_path.clone()),
                Some(right_path.clone()),
            )
        });
    // Frames while the worker runs (spinner) are cheap; the frame that
    // takes in the finished comparison builds the rows and lays out the
    // first screen: that one is measured.
    let mut first_frame = Duration::ZERO;
    while harness.state().is_busy() {
        std::thread::sleep(Duration::from_millis(1));
        let t = Instant::now();
        harness.step();
        first_frame = t.elapsed();
    }
    let arrived = started.elapsed();
    let units = harness
        .state()
        .pair()
        .comparison()
        .map_or(0, |c| c.units.len());

    let mut frames = Vec::new();
    for i in 0..300 {
        if i == 100 {
            press(&mut harness, Modifiers::COMMAND, Key::End);
        } else if i == 200 {
            press(&mut harness, Modifiers::COMMAND, Key::Home);
        } else if i % 10 == 0 {
            press(&mut harness, Modifiers::NONE, Key::F7);
        } else if i % 10 == 5 {
            press(&mut harness, Modifiers::NONE, Key::PageDown);
        } else {
            harness.event(Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -120.0),
                phase: TouchPhase::Move,
                source: MouseWheelSource::Unknown,
                modifiers: Modifiers::NONE,
            });
        }
        let t = Instant::now();
        harness.step();
        frames.push(t.elapsed());
    }
    frames.sort();
    let median = frames[frames.len() / 2];
    let p95 = frames[frames.len() * 95 / 100];
    println!("{name} ({units} units): comparison ready after {arrived:.2?} (load + compare on the worker)");
    println!("first frame after the comparison arrived: {first_frame:.2?}");
    println!(
        "scrolling, paging and jumping, 300 frames: median {median:.2?}, p95 {p95:.2?}, max {:.2?}",
        frames[frames.len() - 1]
    );
    println!(
        "cell layouts built: {}; peak memory of the process so far {:.0} MB",
        harness.state().layouts_built(),
        peak_rss_mb()
    );
    let typing = type_a_find_query(&mut harness, "firmament");
    println!(
        "typing \"firmament\" in Find, a letter a frame: median {:.2?}, max {:.2?} a frame",
        typing[typing.len() / 2],
        typing[typing.len() - 1]
    );
}

/// Opens Find and types `query` a letter a frame; the frame times, sorted.
fn type_a_find_query(harness: &mut Harness<'_, SyndiffApp>, query: &str) -> Vec<Duration> {
    press(harness, Modifiers::COMMAND, Key::F);
    harness.step();
    let mut frames: Vec<Duration> = query
        .chars()
        .map(|c| {
            harness.event(Event::Text(c.to_string()));
            let t = Instant::now();
            harness.step();
            t.elapsed()
        })
        .collect();
    assert_eq!(
        harness.state().reading().find().query,
        query,
        "no letter lost"
    );
    frames.sort();
    frames
}

/// `count` versions of the seed story (each without one paragraph, some
/// with a word changed), as files in `dir`.
fn story_files(dir: &std::path::Path, count: usize) -> Vec<std::path::PathBuf> {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let text = ["003_40b6f1b6974d403b.txt", "000_0862837ed87197b0.txt"]
        .iter()
        .map(|name| std::fs::read_to_string(seeds.join(name)).expect("seed"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    (0..count)
        .map(|i| {
            let kept: Vec<String> = paragraphs
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != i % paragraphs.len())
                .map(|(k, p)| {
                    if (k + i) % 7 == 0 {
                        p.replacen("said", "told reporters", 1)
                    } else {
                        (*p).to_owned()
                    }
                })
                .collect();
            let path = dir.join(format!("outlet-{i:03}.txt"));
            std::fs::write(&path, kept.join("\n\n")).expect("write version");
            path
        })
        .collect()
}

/// The story view on `count` versions: frames of scrolling it, then of a
/// pair opened from it, with its badges.
fn run_story(dir: &std::path::Path, count: usize) {
    let files = story_files(dir, count);
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(|cc| SyndiffApp::new(cc, Box::new(QueuedPicker::default()), None, None));
    while harness.state().is_busy() {
        std::thread::sleep(Duration::from_millis(1));
        harness.step();
    }
    let started = Instant::now();
    harness
        .state_mut()
        .apply(syndiff::gui::Command::Story(StoryCommand::OpenStory(files)));
    while harness.state().is_busy() {
        std::thread::sleep(Duration::from_millis(1));
        harness.step();
    }
    println!(
        "story of {count} versions: ready after {:.2?} (read and measured on the worker)",
        started.elapsed()
    );
    let (median, p95) = wheel_frames(&mut harness, |i| if i < 50 { -240.0 } else { 240.0 });
    println!("story view, 100 frames of scrolling: median {median:.2?}, p95 {p95:.2?}");
    harness
        .state_mut()
        .apply(syndiff::gui::Command::Story(StoryCommand::OpenStoryPair(
            0, 1,
        )));
    while harness.state().is_busy() {
        std::thread::sleep(Duration::from_millis(1));
        harness.step();
    }
    let (median, p95) = wheel_frames(&mut harness, |_| -120.0);
    println!(
        "a pair of them with badges, 100 frames of scrolling: median {median:.2?}, p95 {p95:.2?}; peak memory so far {:.0} MB",
        peak_rss_mb()
    );
}

/// 100 frames, each after a wheel turn of `dy(frame)` points; the median
/// and 95th percentile frame times.
fn wheel_frames(
    harness: &mut Harness<'_, SyndiffApp>,
    dy: impl Fn(usize) -> f32,
) -> (Duration, Duration) {
    let mut frames: Vec<Duration> = (0..100)
        .map(|i| {
            harness.event(Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: egui::vec2(0.0, dy(i)),
                phase: TouchPhase::Move,
                source: MouseWheelSource::Unknown,
                modifiers: Modifiers::NONE,
            });
            let t = Instant::now();
            harness.step();
            t.elapsed()
        })
        .collect();
    frames.sort();
    (frames[frames.len() / 2], frames[frames.len() * 95 / 100])
}
