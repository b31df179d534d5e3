use super::*;

fn seeds() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| crate::engine::load::load_path(p).unwrap())
        .collect()
}

/// The group holding a quotation with these words.
fn group<'a>(story: &'a Story, words: &str) -> &'a QuoteGroup {
    let wanted = quotes::fold_words(words);
    story
        .quotes
        .iter()
        .find(|g| {
            g.occurrences.iter().any(|o| {
                let text = &story.versions[o.version].text[o.range.range()];
                quotes::fold_words(text)
                    .windows(wanted.len())
                    .any(|w| w == wanted)
            })
        })
        .unwrap_or_else(|| panic!("no group holds {words}"))
}

#[test]
fn the_productive_call_quote_is_in_four_versions_and_a_fragment_in_the_blog() {
    let story = story(&seeds());
    let g = group(
        &story,
        "It was an extremely productive call, we agree on many things",
    );
    for v in 0..4 {
        assert_eq!(
            story.status_in(g, v),
            Some(QuoteStatus::Verbatim),
            "version {v}"
        );
    }
    assert_eq!(story.status_in(g, 4), Some(QuoteStatus::Partial));
    assert_eq!(g.speaker.as_deref(), Some("Trump"));
}

#[test]
fn the_blogs_meeting_quote_is_an_altered_form_of_the_agencies() {
    let story = story(&seeds());
    let g = group(
        &story,
        "meeting right after Canada's election to work on politics",
    );
    assert_eq!(story.status_in(g, 4), Some(QuoteStatus::Altered));
    for v in [2, 3] {
        assert_eq!(
            story.status_in(g, v),
            Some(QuoteStatus::Verbatim),
            "version {v}"
        );
    }
}

#[test]
fn paraphrase_and_scare_quotes_are_not_quotes() {
    let docs = [
        Document::from_text(
            Some("a"),
            "He called him \"governor\" and said the talks were over.",
        ),
        Document::from_text(
            Some("b"),
            "He said the talks were over, calling him governor.",
        ),
    ];
    assert!(story(&docs).quotes.is_empty());
}

#[test]
fn reuse_is_read_column_by_row_and_the_source_carries_the_others() {
    let story = story(&seeds());
    // 001 is 000's outlet page: it carries all of 000.
    assert!(story.reuse[1][0] > 0.99, "{:?}", story.reuse);
    assert!(story.reuse[0][1] < 0.9, "001 adds its own furniture");
    assert!(story.reuse[4][0] < 0.1, "the loose rewrite carries little");
    // 001 carries all of 000 (its body alone) and more of the others; the
    // old rule named 000 because every version carries it.
    assert_eq!(story.likely_source, Some(1));
    assert!(
        story.versions[4].own_share > 0.9,
        "{}",
        story.versions[4].own_share
    );
    assert!(!story.all_equivalent());
    // Passages only one version has are marked so.
    assert!(story
        .passages
        .iter()
        .any(|p| p.version == 4 && p.carried_by.is_empty()));
}

#[test]
fn identical_versions_carry_each_other_whole() {
    let text = "The council met on Monday to discuss the budget for next year.\n\nIt rained all day in the city.";
    let docs = [
        Document::from_text(Some("a"), text),
        Document::from_text(Some("b"), text),
    ];
    let story = story(&docs);
    assert!(story.all_equivalent(), "{:?}", story.reuse);
    assert_eq!(
        story.passages[0].carried_by.iter().collect::<Vec<_>>(),
        vec![1]
    );
}

/// Two identical texts of two words were "not equivalent": they have no
/// five-word run for the reuse matrix to find.
#[test]
fn identical_short_versions_are_equivalent() {
    let docs = [
        Document::from_text(Some("a"), "Council met."),
        Document::from_text(Some("b"), "Council met."),
    ];
    assert!(story(&docs).all_equivalent());
    let differ = [
        Document::from_text(Some("a"), "Council met."),
        Document::from_text(Some("b"), "Council adjourned."),
    ];
    assert!(!story(&differ).all_equivalent());
}

#[test]
fn carriers_in_a_paragraph_name_the_versions_holding_it_most_first() {
    let docs = seeds();
    let story = story(&docs);
    // 000's first body paragraph: 001 is the same article body.
    let blocks = crate::engine::segment::blocks(&docs[0].text);
    let para = blocks
        .iter()
        .copied()
        .find(|b| docs[0].text[b.range()].split_whitespace().count() > 20)
        .unwrap();
    let carriers = story.carriers_in(0, para, None);
    assert_eq!(carriers.first().map(|c| c.0), Some(1), "{carriers:?}");
    assert!(carriers[0].1 > 0.99, "{carriers:?}");
    assert!(carriers.iter().all(|&(c, s)| c != 0 && s > 0.0 && s <= 1.0));
    // The other side of a pair on screen is left out when asked.
    assert!(story.carriers_in(0, para, Some(1)).iter().all(|c| c.0 != 1));
}

#[test]
fn an_altered_quote_carries_its_word_diff_and_a_verbatim_one_none() {
    let story = story(&seeds());
    let altered: Vec<&Occurrence> = story
        .quotes
        .iter()
        .flat_map(|g| &g.occurrences)
        .filter(|o| o.status == QuoteStatus::Altered)
        .collect();
    assert!(!altered.is_empty());
    for o in &altered {
        assert!(o.diff.iter().any(|p| p.kind != PieceKind::Same), "{o:?}");
    }
    assert!(story
        .quotes
        .iter()
        .flat_map(|g| &g.occurrences)
        .filter(|o| o.status == QuoteStatus::Verbatim)
        .all(|o| o.diff.is_empty()));
}

#[test]
fn statuses_give_each_versions_best_status_as_status_in_does() {
    let story = story(&seeds());
    for group in &story.quotes {
        let all = story.statuses(group);
        assert_eq!(all.len(), story.versions.len());
        for (v, status) in all.into_iter().enumerate() {
            assert_eq!(status, story.status_in(group, v), "version {v}");
        }
    }
}
