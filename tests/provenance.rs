//! The likely source of a story is its origin, not its most derived copy
//! (issue 30: on a reprint chain whose last copy was abridged the
//! abridged copy was named; on a wire story sent three times, the
//! erroneous middle one). Chains built from real text: the seeds, and
//! Reuters wire copy from `../shared/news-pairs` (skipped when absent).

use std::path::{Path, PathBuf};

use syndiff::engine::model::DateSource;
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

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn date_of(doc: &Document) -> Option<(&str, DateSource)> {
    doc.date.as_ref().map(|d| (d.date.as_str(), d.from))
}

/// Issue 30, item 1: a version's date is read from the file where it has
/// one: a page's article `<time>`, a PDF's `/CreationDate`, a Word file's
/// `dcterms:created`, an OpenDocument file's `meta:creation-date`.
#[test]
fn dates_are_read_from_a_page_a_pdf_and_office_files() {
    let load = |path: &str| syndiff::load_path(&fixture(path)).unwrap();
    assert_eq!(
        date_of(&load("story.html")),
        Some(("2025-03-28", DateSource::HtmlTime))
    );
    assert_eq!(
        date_of(&load("pdf/seed000-two.pdf")),
        Some(("2026-11-24", DateSource::PdfCreated))
    );
    assert_eq!(
        date_of(&load("office/seed000.docx")),
        Some(("2026-11-24", DateSource::OfficeCreated))
    );
    assert_eq!(
        date_of(&load("office/seed000.odt")),
        Some(("2026-11-24", DateSource::OfficeCreated))
    );
    assert_eq!(date_of(&load("extraction/000-classic.txt")), None);
}

/// Seed 000 as a web page giving its publication date in its head, and
/// the same story printed to a PDF later: the words tie, the page's date
/// is the earlier, and the evidence says which date it was.
#[test]
fn a_page_dated_in_its_metadata_is_older_than_a_pdf_made_later() {
    let page = std::fs::read_to_string(fixture("extraction/000-classic.html")).unwrap();
    let page = page.replacen(
        "<head>",
        r#"<head><meta property="article:published_time" content="2025-03-28T21:29:00+00:00">"#,
        1,
    );
    let mut page = syndiff::decode_bytes_with(
        page.as_bytes(),
        "page.html",
        Some("html"),
        &Default::default(),
    )
    .unwrap();
    page.path = Some("page.html".to_owned());
    assert_eq!(date_of(&page), Some(("2025-03-28", DateSource::HtmlMeta)));
    let pdf = syndiff::load_path(&fixture("pdf/seed000-two.pdf")).unwrap();
    let story = story(&[pdf, page]);
    assert_eq!(label(&story), Some("page.html"), "{:?}", story.provenance);
    assert_eq!(story.provenance.basis, Basis::Date);
    let line = syndiff::report::story::source_line(&story);
    assert!(
        line.contains("dated earliest (2025-03-28, the publication date in its page's metadata)"),
        "{line}"
    );
    let dates: Vec<_> = story.provenance.dates.iter().flatten().collect();
    assert_eq!(dates.len(), 2);
}

/// The day an address gives in its path (`/2012/05/31/`), if it does.
fn day_in_address(address: &str) -> Option<String> {
    let parts: Vec<&str> = address.split('/').collect();
    parts.windows(3).find_map(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        (digits(w[0], 4) && digits(w[1], 2) && digits(w[2], 2))
            .then(|| format!("{}-{}-{}", w[0], w[1], w[2]))
    })
}

/// Real pages (`../shared/extraction-eval`, 990 pages of many sites and
/// languages): how many give a date, every date a plausible day (a CMS's
/// zero timestamp, 1970-01-01, once read as a date), and, where the
/// page's address holds a day (`/2012/05/31/`), how often the date read
/// is that day. Skipped when the pages are absent.
#[test]
fn real_pages_give_their_publication_dates() {
    use std::io::Read as _;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/extraction-eval");
    let Ok(cases) = std::fs::read_to_string(dir.join("cases.json")) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let cases: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&cases).unwrap();
    let (mut pages, mut dated, mut in_meta) = (0, 0, 0);
    let (mut addressed, mut same_day) = (0, 0);
    let mut odd: Vec<String> = Vec::new();
    for (address, case) in &cases {
        let path = dir.join("pages").join(case["file"].as_str().unwrap());
        let mut html = Vec::new();
        let Ok(file) = std::fs::File::open(&path) else {
            continue;
        };
        if flate2::read::GzDecoder::new(file)
            .read_to_end(&mut html)
            .is_err()
        {
            continue;
        }
        pages += 1;
        let Some(date) = syndiff::engine::html::published(&String::from_utf8_lossy(&html)) else {
            continue;
        };
        dated += 1;
        in_meta += usize::from(date.from == DateSource::HtmlMeta);
        let year: u32 = date.date[..4].parse().unwrap();
        if !(1990..=2030).contains(&year) {
            odd.push(format!("{}: {date:?}", path.display()));
        }
        if let Some(day) = day_in_address(address) {
            addressed += 1;
            same_day += usize::from(day == date.date);
        }
    }
    eprintln!(
        "{dated} of {pages} pages dated ({in_meta} from their metadata); \
         {same_day} of the {addressed} whose address holds a day read that day"
    );
    assert!(odd.is_empty(), "{odd:#?}");
    assert!(pages < 100 || dated * 2 > pages, "{dated} of {pages}");
    assert!(same_day * 10 >= addressed * 9, "{same_day} of {addressed}");
}
