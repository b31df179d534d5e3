use super::*;
use BoilerplateKind::*;

#[test]
fn furniture_from_seed_001_is_recognised() {
    let cases = [
        ("Also Read | Trump tariffs breaks ‘old’ friendship? Here's what Canada says, US survey finds…", RelatedLink),
        ("Stay updated with the latest developments on India Pakistan and Operation Sindoor . Get breaking news and key updates here on Mint!", Prompt),
        ("Livemint", PageLabel),
        ("MoreLess", PageLabel),
        ("Published28 Mar 2025, 09:29 PM IST", Timestamp),
        ("9:42 GMT", Timestamp),
        ("10.32am BST", Timestamp),
        ("3:15 p.m. ET", Timestamp),
        ("'I just finished speaking with Prime Minister Mark Carney, of Canada.' Donald Trump said in a post on Truth Social. (Photo by Dave Chan and Mandel NGAN / AFP)", PhotoCredit),
        ("Business NewsNewsUs NewsDonald Trump speaks to Canada PM Mark Carney for first time in ‘extremely productive’ call: ‘We agree on many things’", Breadcrumb),
        ("(With inputs from agencies)", AgencyCredit),
        ("Advertisement", Advertisement),
        ("Home > World > Americas", Breadcrumb),
        ("Share on Facebook", Share),
        ("© 2025 The Daily Ledger. All rights reserved.", PageLabel),
        ("Comments (42)", PageLabel),
        ("12 comments", PageLabel),
    ];
    for (text, kind) in cases {
        assert_eq!(classify(text), Some(kind), "{text}");
    }
}

#[test]
fn reporting_is_left_alone() {
    for text in [
        "Carney stands firm against US pressure",
        "Trump softens rhetoric amid election uncertainty",
        "He also warned that Canada would not enter substantive trade talks until Washington showed \"respect\" and ended its annexation rhetoric.",
        "Published reports said the talks had stalled.",
        "Readers left more than 400 comments on the council's website.",
        "Updated figures show 500,000 workers in the auto industry.",
        "  • US President Donald Trump had an “extremely productive” first call with Canada's new Prime Minister Mark Carney.",
        "The trade war, he said, is over / for now / maybe.",
        "9:42 GMT on Friday the leaders spoke again.",
        "3.5 million jobs",
    ] {
        assert_eq!(classify(text), None, "{text}");
    }
}

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    for text in [
        "",
        " ",
        "one",
        " one  two\tthree\nfour\x0bfive\x0c six\r",
        "naïve café\u{A0}bar",
        "a\u{2003}b",
    ] {
        assert_eq!(
            super::word_count(text),
            text.split_whitespace().count(),
            "{text:?}"
        );
    }
}

/// Regression (issue: boilerplate that is content): a results table's
/// "Year" line, corrected from "Nine mths", was dimmed as a page label.
#[test]
fn a_results_tables_year_line_is_reporting_not_a_page_label() {
    let cmp = crate::engine::compare::compare_texts(
        "HEALTHMATE 4TH QTR LOSS\n\nShr loss five cts vs loss six cts\n\nAvg shrs 9,245,247 vs 8,035,326\n\nNine mths\n\nShr loss 17 cts vs loss 20 cts\n\nReuter",
        "HEALTHMATE 4TH QTR LOSS\n\nShr loss five cts vs loss six cts\n\nAvg shrs 9,245,247 vs 8,035,326\n\nYear\n\nShr loss 17 cts vs loss 20 cts\n\nReuter",
    );
    let year = cmp
        .units
        .iter()
        .find(|u| {
            u.right
                .iter()
                .any(|b| &cmp.right.document.text[b.range()] == "Year")
        })
        .expect("the Year line");
    assert_eq!(year.boilerplate, None, "{year:?}");
    assert!(year.kind.is_change());
    // A lone word after the table still reads as a sign-off.
    let last = cmp.units.last().expect("units");
    assert!(last.boilerplate.is_some(), "{last:?}");
}

proptest::proptest! {
    /// The first-byte shortcut of `starts_with_any` answers as testing
    /// every phrase whole does, empty texts and phrases and characters of
    /// several bytes included.
    #[test]
    fn starts_with_any_is_starts_with_of_some_phrase(
        lower in "[ab©é ]{0,4}",
        phrases in proptest::collection::vec("[ab©é ]{0,3}", 0..4),
    ) {
        let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
        proptest::prop_assert_eq!(
            super::starts_with_any(&lower, &phrases),
            phrases.iter().any(|p| lower.starts_with(p))
        );
    }
}

/// A block that holds a phrase found anywhere is still tagged when the
/// quick "is any phrase here?" test comes first.
#[test]
fn phrases_anywhere_still_tag_their_blocks() {
    let found =
        super::anywhere("Smoke rises over the city. (Photo by Jane Roe) All Rights Reserved");
    assert!(found.photo_credit && found.rights_reserved && !found.prompt);
    let none = super::anywhere("And God said, Let there be light: and there was light.");
    assert!(!none.photo_credit && !none.rights_reserved && !none.prompt);
}
