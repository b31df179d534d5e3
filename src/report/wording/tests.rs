use super::*;

#[test]
fn verdict_says_identical_ignored_or_boilerplate_only() {
    let same = crate::engine::compare::compare_texts("One.\n\nTwo.", "One.\n\nTwo.");
    assert_eq!(
        verdict(&same).as_deref(),
        Some("The two texts are identical.")
    );
    let cased = crate::engine::compare::compare(
        &crate::engine::model::Document::from_text(None, "One two.\n\nThree."),
        &crate::engine::model::Document::from_text(None, "ONE TWO.\n\nThree."),
        &crate::engine::normalize::Normalization {
            ignore_case: true,
            ..crate::engine::normalize::Normalization::default()
        },
    );
    assert!(verdict(&cased)
        .is_some_and(|s| s.starts_with("No differences under the current matching options")));
    let furniture = crate::engine::compare::compare_texts(
        "The council met on Monday.\n\nIt voted to close the library.",
        "The council met on Monday.\n\nAlso Read | Ten things to do this weekend\n\nIt voted to close the library.",
    );
    assert_eq!(
        verdict(&furniture).as_deref(),
        Some("No editorial differences: only boilerplate differs (1 paragraph of web furniture).")
    );
    let edited =
        crate::engine::compare::compare_texts("The council met.", "The council met today.");
    assert_eq!(verdict(&edited), None);
}

#[test]
fn reuse_is_a_percentage_unless_a_side_has_no_words() {
    let cmp = crate::engine::compare::compare_texts("One two three four.", "One two three five.");
    assert_eq!(
        reuse_lines(&cmp.stats),
        [
            "75% of the right text is found in the left".to_owned(),
            "75% of the left text is kept in the right".to_owned(),
        ]
    );
    let cmp = crate::engine::compare::compare_texts("", "Some words here.");
    assert_eq!(cmp.stats.reuse_left_in_right, 1.0, "the stored share");
    assert_eq!(
        reuse_lines(&cmp.stats),
        [
            "0% of the right text is found in the left".to_owned(),
            "the left text has no words to keep".to_owned(),
        ]
    );
    let cmp = crate::engine::compare::compare_texts("Some words here.", "");
    assert_eq!(
        reuse_lines(&cmp.stats)[0],
        "the right text has no words to find in the left"
    );
}

#[test]
fn snippets_end_between_words_with_an_ellipsis() {
    let cmp =
        crate::engine::compare::compare_texts("", "Carney stands firm against US pressure today.");
    assert_eq!(snippet(&cmp, &cmp.units[0], 24), "Carney stands firm…");
    assert_eq!(
        snippet(&cmp, &cmp.units[0], 100),
        "Carney stands firm against US pressure today."
    );
    assert_eq!(snippet(&cmp, &cmp.units[0], 4), "Car…");
}

#[test]
fn positions_count_from_one() {
    assert_eq!(paragraphs((3, 4), Some(11)), "¶4/11");
    assert_eq!(paragraphs((3, 5), None), "¶4-5");
    assert_eq!(paragraphs((3, 3), Some(11)), "-");
}

#[test]
fn every_kind_but_unchanged_has_a_symbol_in_the_legend() {
    let legend = symbol_legend();
    for kind in UnitKind::ALL {
        if kind != UnitKind::Unchanged {
            assert!(legend.contains(kind_symbol(kind)), "{kind:?}");
        }
    }
}
