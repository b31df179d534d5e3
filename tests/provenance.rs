//! The likely source of a story is its origin, not its most derived copy
//! (issue 30: on a reprint chain whose last copy was abridged the
//! abridged copy was named; on a wire story sent three times, the
//! erroneous middle one). Chains built from real text: the seeds, and
//! Reuters wire copy from `../shared/news-pairs` (skipped when absent).

use std::path::{Path, PathBuf};

use syndiff::engine::story::{story, Basis, Story};
use syndiff::Document;

fn seed(prefix: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

fn take(versions: &[(&str, String)]) -> Story {
    let docs: Vec<Document> = versions
        .iter()
        .map(|(name, text)| Document::from_text(Some(name), text.clone()))
        .collect();
    story(&docs)
}

fn label(story: &Story) -> Option<&str> {
    story
        .likely_source
        .map(|s| story.versions[s].label.as_str())
}

/// A reprint: the text under the paper's own heading, with one word set
/// differently by its compositor.
fn reprint(text: &str, paper: &str, typo: (&str, &str)) -> String {
    format!("From the {paper}.\n\n{}", text.replacen(typo.0, typo.1, 1))
}

/// The first `share` of a text's paragraphs.
fn abridged(text: &str, share: f32) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let keep = (paragraphs.len() as f32 * share).round() as usize;
    paragraphs[..keep].join("\n\n")
}

/// Issue 30: a story reprinted by five papers, the last of them abridged.
#[test]
fn a_reprint_chain_whose_last_copy_is_abridged_names_the_original() {
    let original = seed("003");
    let chain = vec![
        (
            "courier",
            reprint(&original, "Courier", ("soaring", "soared")),
        ),
        (
            "abridged",
            reprint(&abridged(&original, 0.5), "Gazette", ("", "")),
        ),
        ("original", original.clone()),
        (
            "herald",
            reprint(&original, "Herald", ("standing up", "stand up")),
        ),
        (
            "chronicle",
            reprint(&original, "Chronicle", ("priority", "priorities")),
        ),
        ("times", reprint(&original, "Times", ("wish", "wishes"))),
    ];
    let story = take(&chain);
    assert_eq!(label(&story), Some("original"), "{:?}", story.provenance);
    assert_eq!(story.provenance.basis, Basis::OwnText);
    let line = syndiff::report::story::source_line(&story);
    assert!(
        line.starts_with(
            "Likely source: [2] original; it carries 100% of the other versions' words"
        ),
        "{line}"
    );
}

/// A story and its abridgement: the whole is the source.
#[test]
fn a_story_and_its_abridgement_name_the_whole_story() {
    let whole = seed("002");
    for order in [0, 1] {
        let mut pair = vec![
            ("whole", whole.clone()),
            ("abridged", abridged(&whole, 0.6)),
        ];
        if order == 1 {
            pair.reverse();
        }
        let story = take(&pair);
        assert_eq!(label(&story), Some("whole"), "{:?}", story.provenance);
    }
}

/// Issue 30: a wire story sent three times, the middle one erroneous (a
/// wrong figure) and the third its correction, with the wire's notice.
#[test]
fn the_erroneous_middle_of_a_correction_chain_is_not_the_source() {
    let first = seed("002");
    assert!(first.contains("25-percent levies"));
    let wrong = first.replacen("25-percent levies", "35-percent levies", 1);
    let corrected = format!(
        "(Corrects the rate of the levies on foreign cars in the tenth paragraph.)\n\n{first}"
    );
    let chain = vec![
        ("1 sent", first),
        ("2 erroneous", wrong),
        ("3 corrected", corrected),
    ];
    let story = take(&chain);
    assert_eq!(label(&story), Some("1 sent"), "{:?}", story.provenance);
}

fn news_pair(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/news-pairs")
        .join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// Reuters sent the Lloyds base-rate story three times in two minutes:
/// the first two have the same words ("REUTER" and "Reuter"), the third
/// drops the ticker symbols. Undecided between the first two.
#[test]
fn the_same_wire_story_sent_twice_is_undecided_and_the_trimmed_one_is_not_named() {
    let (Some(one), Some(two)) = (
        news_pair("reuters21578-03128-03131"),
        news_pair("reuters21578-03128-03133"),
    ) else {
        return;
    };
    let story = take(&[
        ("10:57", read(&one, "a.txt")),
        ("10:58", read(&one, "b.txt")),
        ("10:59", read(&two, "b.txt")),
    ]);
    assert_eq!(story.likely_source, None);
    assert_eq!(story.provenance.undecided, vec![0, 1]);
    let line = syndiff::report::story::source_line(&story);
    assert!(
        line.contains("undecided between [0] 10:57 and [1] 10:58 (they have the same words)"),
        "{line}"
    );
}

/// Reuters' G-7 market story at 07:42, then cut to 566 and to 95 words:
/// the old rule named the 95-word copy, which the others contain.
#[test]
fn a_wire_story_and_two_cuts_of_it_name_the_first() {
    let (Some(long), Some(short)) = (
        news_pair("reuters21578-15442-15460"),
        news_pair("reuters21578-15442-15449"),
    ) else {
        return;
    };
    let story = take(&[
        ("08:26 cut", read(&long, "b.txt")),
        ("08:07 short", read(&short, "b.txt")),
        ("07:42", read(&long, "a.txt")),
    ]);
    assert_eq!(label(&story), Some("07:42"), "{:?}", story.provenance);
}

/// Where the texts tie, the date at the top of each decides.
#[test]
fn a_dated_copy_of_the_same_text_yields_to_the_earlier_date() {
    let body = seed("000");
    let story = take(&[
        ("later", format!("March 29, 2025\n\n{body}")),
        ("earlier", format!("March 28, 2025\n\n{body}")),
    ]);
    assert_eq!(label(&story), Some("earlier"), "{:?}", story.provenance);
    assert_eq!(story.provenance.basis, Basis::Date);
}
