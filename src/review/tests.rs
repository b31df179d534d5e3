use super::store::{Restored, ReviewStore};
use super::*;

fn pair(right: &str) -> Comparison {
    let mut cmp = crate::engine::compare::compare_texts(
        "The mayor spoke.\n\nThe council met.\n\nIt rained.",
        right,
    );
    cmp.left.document.path = Some("/news/a.txt".into());
    cmp.right.document.path = Some("/news/b.txt".into());
    cmp
}

fn temp_store(name: &str) -> ReviewStore {
    // A folder the store has yet to make, inside one removed when the test ends.
    ReviewStore::new(crate::test_temp::temp_dir(&format!("review-{name}")).join("reviews"))
}

const RIGHT: &str = "The mayor spoke today.\n\nThe council met.\n\nIt snowed.";

#[test]
fn marks_and_notes_come_back_when_the_same_pair_is_opened() {
    let store = temp_store("back");
    let cmp = pair(RIGHT);
    let changes = cmp.change_indices();
    assert_eq!(changes.len(), 2);
    let (mut log, found) = store.load(&cmp);
    assert_eq!(found, Restored::Nothing);
    log.set_reviewed(&cmp.units[changes[0]], true);
    log.set_note(&cmp.units[changes[1]], "check the weather desk");
    assert_eq!(log.reviewed_count(&cmp, &changes), 1);
    let saved = store.save(&log).unwrap();
    assert!(saved.starts_with(store.dir()));

    let again = pair(RIGHT);
    let (log, found) = store.load(&again);
    assert_eq!(found, Restored::Marks(2));
    assert!(log.is_reviewed(&again.units[changes[0]]));
    assert_eq!(log.note(&again.units[changes[1]]), "check the weather desk");
    assert!(!log.is_reviewed(&again.units[changes[1]]));
}

#[test]
fn marks_are_set_aside_with_a_reason_when_a_text_changed() {
    let store = temp_store("changed");
    let cmp = pair(RIGHT);
    let (mut log, _) = store.load(&cmp);
    log.set_reviewed(&cmp.units[cmp.change_indices()[0]], true);
    let saved = store.save(&log).unwrap();

    let edited = pair("The mayor spoke today.\n\nThe council met.\n\nIt hailed.");
    let (log, found) = store.load(&edited);
    assert!(log.is_empty());
    let Restored::TextChanged {
        right,
        marks,
        kept_at,
    } = found
    else {
        panic!("{found:?}")
    };
    assert!(right);
    assert_eq!(marks, 1);
    assert!(
        kept_at.exists() && !saved.exists(),
        "set aside, not deleted"
    );
    // Opened again, the pair starts afresh without a second message.
    assert_eq!(store.load(&edited).1, Restored::Nothing);
}

#[test]
fn an_unreadable_log_is_set_aside_and_reported() {
    let store = temp_store("corrupt");
    let cmp = pair(RIGHT);
    let path = store.file_for(&ReviewLog::new(&cmp));
    std::fs::create_dir_all(store.dir()).unwrap();
    std::fs::write(&path, b"{ not json").unwrap();
    let (log, found) = store.load(&cmp);
    assert!(log.is_empty());
    assert!(matches!(found, Restored::Unreadable { .. }), "{found:?}");
}

#[test]
fn unmarking_leaves_no_empty_entry_behind() {
    let cmp = pair(RIGHT);
    let mut log = ReviewLog::new(&cmp);
    let unit = &cmp.units[cmp.change_indices()[0]];
    log.set_reviewed(unit, true);
    log.set_reviewed(unit, false);
    assert!(log.is_empty());
}

#[test]
fn the_log_reads_back_from_its_json() {
    let cmp = pair(RIGHT);
    let mut log = ReviewLog::new(&cmp);
    log.set_note(&cmp.units[cmp.change_indices()[0]], "“quoted” note");
    let json = serde_json::to_string(&log).unwrap();
    assert!(json.contains("\"change\""), "{json}");
    let back: ReviewLog = serde_json::from_str(&json).unwrap();
    assert_eq!(back, log);
}

#[test]
fn reviewed_marks_and_notes_go_into_the_html_and_json_reports() {
    use crate::report::{render, OutputFormat, RenderOptions};
    let cmp = pair(RIGHT);
    let changes = cmp.change_indices();
    let mut log = ReviewLog::new(&cmp);
    log.set_reviewed(&cmp.units[changes[0]], true);
    log.set_note(&cmp.units[changes[1]], "ask <the desk>");
    let options = RenderOptions {
        review: Some(&log),
        ..RenderOptions::default()
    };
    let html = render(&cmp, OutputFormat::Html, &options);
    assert!(
        html.contains("<dt>Review</dt><dd>1 of 2 changes reviewed, 1 note</dd>"),
        "{html}"
    );
    assert_eq!(
        html.matches("class=\"reviewed\"").count(),
        2,
        "list and row"
    );
    assert!(html.contains("<strong>Note:</strong> ask &lt;the desk&gt;"));
    let plain = render(&cmp, OutputFormat::Html, &RenderOptions::default());
    assert!(!plain.contains("<dt>Review</dt>") && !plain.contains("class=\"reviewed\""));

    let json = render(&cmp, OutputFormat::Json, &options);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["review"]["reviewed"], 1);
    assert_eq!(value["review"]["changes"], 2);
    let marks = value["review"]["marks"].as_array().unwrap();
    assert_eq!(marks[0]["unit"], changes[0]);
    assert_eq!(marks[0]["reviewed"], true);
    assert_eq!(marks[1]["note"], "ask <the desk>");
    assert!(
        value["units"].is_array(),
        "the comparison's own fields stay"
    );
    let plain = render(&cmp, OutputFormat::Json, &RenderOptions::default());
    assert!(!plain.contains("\"review\""));
}

#[test]
fn a_log_file_keeps_the_name_earlier_versions_gave_it() {
    // Names as the first release wrote them (SHA-256 of the two paths, or
    // of the two texts' checksums, first ten bytes in hex): logs kept then
    // must still be found.
    let store = ReviewStore::new("/logs");
    let mut log = ReviewLog::new(&pair(RIGHT));
    assert_eq!(
        store.file_for(&log),
        std::path::Path::new("/logs/ee24aad0ba3ff2edca8b.json")
    );
    log.left = SideIdentity {
        path: None,
        sha256: crate::engine::model::checksum("One."),
    };
    log.right.sha256 = crate::engine::model::checksum("Two.");
    assert_eq!(
        store.file_for(&log),
        std::path::Path::new("/logs/a4c618a8e3d4f54f680d.json")
    );
}
