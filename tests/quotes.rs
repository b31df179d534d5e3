//! Quote statuses across versions (issue 30): a different quotation is
//! absent, not altered; a quotation opened with one kind of mark and
//! closed with another is still one; a difference of punctuation alone is
//! verbatim and says so. On the seeds and on small chains built from
//! their real sentences.

use std::path::Path;

use syndiff::engine::story::{story, QuoteStatus, Story};
use syndiff::Document;

fn seeds() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| syndiff::load_path(p).unwrap())
        .collect()
}

fn chain(texts: &[&str]) -> Story {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::from_text(Some(&format!("v{i}")), (*t).to_owned()))
        .collect();
    story(&docs)
}

fn group<'a>(story: &'a Story, starts: &str) -> &'a syndiff::engine::story::QuoteGroup {
    story
        .quotes
        .iter()
        .find(|g| {
            g.text
                .trim_start_matches(['“', '"', '\''])
                .starts_with(starts)
        })
        .unwrap_or_else(|| panic!("no quote starting {starts:?}: {:#?}", story.quotes))
}

/// Issue 30: 003's "There is no way that Canada can win a trade war with
/// the United States" was shown as the altered wording of Carney's "The
/// old relationship we had with the United States…", with which it
/// shares only "with the United States".
#[test]
fn a_different_quote_sharing_four_words_is_absent_not_altered() {
    let story = story(&seeds());
    let old = group(&story, "The old relationship");
    assert_eq!(story.status_in(old, 3), None, "{old:#?}");
    assert!(old.absent.contains(&3));
    for v in 0..3 {
        assert!(story.status_in(old, v).is_some(), "[{v}] carries it");
    }
    let no_way = group(&story, "There is no way that Canada");
    assert_eq!(story.status_in(no_way, 3), Some(QuoteStatus::Verbatim));
    assert_eq!(story.status_in(no_way, 0), None);
}

const CALL: &str = "Trump wrote: “It was an extremely productive call, we agree on many things, and will be meeting immediately after Canada’s upcoming Election.”";

/// Issue 30: "No, no, let all the strangers live…", opened with ' and
/// closed with ", was absent in three papers that carry it.
#[test]
fn a_quote_opened_with_a_single_mark_and_closed_with_a_double_is_one() {
    let mixed = "Trump wrote: 'It was an extremely productive call, we agree on many things, and will be meeting immediately after Canada’s upcoming Election.\"";
    let story = chain(&[CALL, mixed, CALL]);
    let g = group(&story, "It was an extremely productive call");
    for v in 0..3 {
        assert_eq!(story.status_in(g, v), Some(QuoteStatus::Verbatim), "[{v}]");
    }
    // A single quote holding a double one still closes on its own mark.
    let nested = "Carney said: ‘Trump told me “we agree on many things” and I believe him today’ at the airport.";
    let story = chain(&[nested, nested]);
    let g = group(&story, "Trump told me");
    assert!(g.text.ends_with("believe him today"), "{:?}", g.text);
}

/// Issue 30: a complete quote differing from the others only in
/// punctuation was *partial*: a semicolon for a comma cut it into other
/// clauses. It is verbatim, and the report says the punctuation differs.
#[test]
fn a_quote_differing_only_in_punctuation_is_verbatim_and_says_so() {
    let semicolon = CALL.replace("productive call, we agree", "productive call; we agree");
    let exclaimed = CALL.replace("Election.”", "Election!”");
    let story = chain(&[CALL, &semicolon, CALL, &exclaimed]);
    for starts in ["It was an extremely productive call", "will be meeting"] {
        let g = group(&story, starts);
        for v in 0..4 {
            assert_eq!(
                story.status_in(g, v),
                Some(QuoteStatus::Verbatim),
                "[{v}] {starts}: {g:#?}"
            );
        }
    }
    let first = group(&story, "It was an extremely productive call");
    assert!(story.punctuation_differs_in(first, 1), "{first:#?}");
    assert!(!story.punctuation_differs_in(first, 0));
    let last = group(&story, "will be meeting");
    assert!(story.punctuation_differs_in(last, 3), "{last:#?}");
    let text = syndiff::report::story::render_text(&story);
    assert!(text.contains("[1] verbatim, punctuation differs"), "{text}");
}
