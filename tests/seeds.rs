//! Golden tests over the five real syndicated versions in `seeds/`.
//!
//! Each of the ten pairs is snapshotted as the plain-text report (kinds,
//! paragraph positions, inline marks, summary): a reviewer can read the
//! snapshot and judge the alignment. Seeds 000 vs 001 (bare body vs the same
//! outlet's full web page) are also checked structurally.

use std::path::Path;

use syndiff::report::text::{self, TextOptions};
use syndiff::{Comparison, Normalization, UnitKind};

const SEEDS: [&str; 5] = [
    "000_0862837ed87197b0.txt",
    "001_eb5f9ac6cfce23e2.txt",
    "002_071138934c7246b1.txt",
    "003_40b6f1b6974d403b.txt",
    "004_572b0bc8baeb0163.txt",
];

fn seed_path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
}

fn compare_seeds(left: &str, right: &str) -> Comparison {
    let mut l = syndiff::load_path(&seed_path(left)).unwrap();
    let mut r = syndiff::load_path(&seed_path(right)).unwrap();
    l.path = Some(left.to_owned());
    r.path = Some(right.to_owned());
    syndiff::compare(&l, &r, &Normalization::default())
}

#[test]
fn all_ten_seed_pairs_match_their_golden_reports() {
    for (i, left) in SEEDS.iter().enumerate() {
        for right in &SEEDS[i + 1..] {
            let cmp = compare_seeds(left, right);
            let report = text::render(&cmp, TextOptions::default());
            let name = format!("pair_{}_{}", &left[..3], &right[..3]);
            insta::assert_snapshot!(name, report);
        }
    }
}

/// Issue "Word marks that claim only what changed": on every seed pair at
/// most 5% of the words inside rewritten runs are words both sides of that
/// run share in the same order (it was 22.8% on 002 vs 003).
#[test]
fn rewritten_runs_hold_no_shared_words_on_any_seed_pair() {
    let mut measured = 0;
    for (i, left) in SEEDS.iter().enumerate() {
        for right in &SEEDS[i + 1..] {
            let cmp = compare_seeds(left, right);
            let figure = syndiff::engine::inline::measure::over_marking(&cmp);
            assert!(
                figure.share() <= 0.05,
                "{left} vs {right}: {figure:?} ({:.1}%)",
                figure.share() * 100.0
            );
            measured += figure.rewritten_words;
        }
    }
    assert!(
        measured > 1000,
        "the seeds have rewrites to measure: {measured}"
    );
}

/// Issue "Nothing hidden": every word the two versions share as a run of
/// five or more equal words is shown as shared (unchanged, or linked), on
/// both sides of every seed pair.
#[test]
fn every_shared_run_is_shown_shared_on_every_seed_pair() {
    let mut worst_without_links = 1.0f64;
    for (i, left) in SEEDS.iter().enumerate() {
        for right in &SEEDS[i + 1..] {
            let cmp = compare_seeds(left, right);
            let [l, r] = syndiff::engine::links::shared_run_coverage(&cmp);
            println!(
                "{left} vs {right}: left {l:.3}, right {r:.3}, {} links",
                cmp.links.len()
            );
            assert!(
                l >= 0.999 && r >= 0.999,
                "{left} vs {right}: left {l:.3}, right {r:.3}"
            );
            let mut unlinked = cmp.clone();
            unlinked.links.clear();
            worst_without_links = syndiff::engine::links::shared_run_coverage(&unlinked)
                .into_iter()
                .fold(worst_without_links, f64::min);
        }
    }
    // The measure sees what the links fix: without them some pair hides
    // most of what it shares (001 vs 004 stood at 0.19).
    assert!(worst_without_links < 0.5, "{worst_without_links}");
}

fn text_of(cmp: &Comparison, side_right: bool, range: syndiff::ByteRange) -> &str {
    if side_right {
        &cmp.right.document.text[range.range()]
    } else {
        &cmp.left.document.text[range.range()]
    }
}

#[test]
fn bare_body_vs_full_page_matches_every_body_paragraph() {
    let cmp = compare_seeds(SEEDS[0], SEEDS[1]);
    // Every left (body) paragraph is matched: nothing removed, nothing moved.
    assert_eq!(cmp.stats.paragraphs.removed, 0);
    assert_eq!(cmp.stats.paragraphs.moved, 0);
    assert_eq!(cmp.stats.words_removed, 0);
    assert_eq!(cmp.stats.reuse_left_in_right, 1.0);

    // The three headings 000 glues onto paragraphs are split off in 001.
    let splits: Vec<&str> = cmp
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::Split)
        .map(|u| {
            assert_eq!(u.left.len(), 1);
            assert_eq!(u.right.len(), 2);
            text_of(&cmp, true, u.right[0])
        })
        .collect();
    assert_eq!(
        splits,
        [
            "Carney stands firm against US pressure",
            "Trump softens rhetoric amid election uncertainty",
            "Auto tariffs remain a major sticking point",
        ]
    );

    // 001's page furniture is added.
    let added: Vec<&str> = cmp
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::Added)
        .map(|u| text_of(&cmp, true, u.right[0]))
        .collect();
    let expect_added_prefixes = [
        "Donald Trump speaks to Canada PM Mark Carney for first time", // title
        "• US President Donald Trump had an",                          // summary
        "Livemint",
        "Published28 Mar 2025",
        "'I just finished speaking", // caption
        "'I just finished speaking", // caption (AFP)
        "Also Read | Trump tariffs",
        "Also Read | Trump Admin",
        "Stay updated with",
        "Business NewsNewsUs News",
        "MoreLess",
    ];
    assert_eq!(added.len(), expect_added_prefixes.len(), "{added:#?}");
    for (got, prefix) in added.iter().zip(expect_added_prefixes) {
        assert!(
            got.starts_with(prefix),
            "{got:?} should start with {prefix:?}"
        );
    }
    // Everything else is unchanged.
    assert_eq!(cmp.stats.paragraphs.unchanged, 8);
}

#[test]
fn a_seed_compared_with_itself_is_unchanged() {
    for seed in SEEDS {
        let cmp = compare_seeds(seed, seed);
        assert!(cmp.is_equivalent(), "{seed}");
        assert_eq!(cmp.stats.reuse_right_from_left, 1.0);
        assert!(cmp.units.iter().all(|u| u.kind == UnitKind::Unchanged));
    }
}

#[test]
fn independent_reports_share_their_quotes() {
    // 002 and 003 are independent reports of one event; shared quotes must
    // be aligned as edited paragraphs, not reported as wholly new.
    let cmp = compare_seeds(SEEDS[2], SEEDS[3]);
    assert!(
        cmp.stats.paragraphs.edited + cmp.stats.paragraphs.moved >= 3,
        "{:?}",
        cmp.stats
    );
    assert!(cmp.stats.words_unchanged > 50, "{:?}", cmp.stats);
}

/// The material-changes lens on the seeds: the cut auto-industry figure is
/// a number, the dropped "Friday (March 28)" a date, the blog's reworded
/// Trump quote a quote; every pair of different articles has some, and a flagged number always
/// has an amount on at least one side.
#[test]
fn material_changes_on_the_seeds_name_the_number_the_date_and_the_quote() {
    use syndiff::report::material::{material_changes, sides};
    use syndiff::Material;
    let found = |l: usize, r: usize| {
        let cmp = compare_seeds(SEEDS[l], SEEDS[r]);
        let list = material_changes(&cmp);
        assert_eq!(list.len(), cmp.stats.material.total());
        list.iter()
            .map(|c| (c.kind, sides(&cmp, c, 10_000)))
            .collect::<Vec<_>>()
    };
    let has = |list: &[(Material, (String, String))], kind: Material, was: &str, now: &str| {
        list.iter()
            .any(|(k, (w, n))| *k == kind && w.contains(was) && n.contains(now))
    };
    let a = found(0, 4);
    assert!(has(&a, Material::Number, "500,000", ""), "{a:#?}");
    let b = found(0, 3);
    assert!(has(&b, Material::Date, "Friday (March 28)", ""), "{b:#?}");
    let c = found(2, 4);
    assert!(has(&c, Material::Quote, "immediately", "right"), "{c:#?}");
    for l in 0..SEEDS.len() {
        for r in l + 1..SEEDS.len() {
            let list = found(l, r);
            // 000 and 001 carry the same article body: nothing material.
            assert_eq!(list.is_empty(), (l, r) == (0, 1), "{l} vs {r}: {list:#?}");
            for (kind, (was, now)) in &list {
                if *kind == Material::Number {
                    let digit = |t: &str| t.chars().any(|c| c.is_ascii_digit());
                    assert!(digit(was) || digit(now), "{l} vs {r}: {was} -> {now}");
                }
            }
        }
    }
}

/// Regression: with "Ignore case", 004's title-case headline shared enough
/// words with 000's first paragraph to be paired with it (and a two-word
/// photo caption was glued on as a split), which shifted the in-order
/// pairing by one: 000's lede against the headline, its quote against
/// 004's lede. A headline now pairs with a paragraph only when it is
/// clearly a version of it, and a neighbour of fewer than four words joins
/// a split only when all its words are in the other side.
#[test]
fn ignore_case_makes_000_vs_004_align_worse() {
    let load = |name: &str| syndiff::load_path(&seed_path(name)).unwrap();
    let (left, right) = (load(SEEDS[0]), load(SEEDS[4]));
    let plain = syndiff::compare(&left, &right, &Normalization::default());
    let folded = Normalization {
        ignore_case: true,
        ..Normalization::default()
    };
    let case_blind = syndiff::compare(&left, &right, &folded);
    let pairs = |cmp: &Comparison| -> Vec<((usize, usize), (usize, usize))> {
        cmp.units
            .iter()
            .filter(|u| !u.left.is_empty() && !u.right.is_empty())
            .map(|u| (u.left_blocks, u.right_blocks))
            .collect()
    };
    let lede = |cmp: &Comparison| {
        cmp.units
            .iter()
            .find(|u| u.left_blocks.0 == 0 && !u.left.is_empty() && !u.right.is_empty())
            .map(|u| (u.kind, u.right_blocks))
    };
    assert_eq!(lede(&plain), Some((UnitKind::Edited, (4, 5))));
    assert_eq!(lede(&case_blind), lede(&plain), "{:?}", pairs(&case_blind));
    assert!(
        case_blind.stats.words_unchanged >= plain.stats.words_unchanged,
        "ignoring case finds at least the same words unchanged: {} against {}",
        case_blind.stats.words_unchanged,
        plain.stats.words_unchanged
    );
    for (l, r) in pairs(&plain) {
        assert!(
            pairs(&case_blind)
                .iter()
                .any(|&(cl, cr)| cl.0 <= l.0 && l.1 <= cl.1 && cr.0 <= r.0 && r.1 <= cr.1),
            "the pair {l:?} ↔ {r:?} is kept (or grown) when case is ignored"
        );
    }
}

/// Regression (issue: a name marked removed that the other side carries):
/// in 003 vs 004, "Friday with Canada's new Prime Minister Mark Carney" was
/// struck on the left while the right's same paragraph has "Prime Minister
/// Mark Carney". The name is now linked inside the paragraph, so it reads
/// shared; the dropped "Friday" is still a change.
#[test]
fn the_003_vs_004_carney_line_shows_the_name_shared() {
    let cmp = compare_seeds(SEEDS[3], SEEDS[4]);
    let at = cmp
        .left
        .document
        .text
        .find("Friday with Canada’s new Prime Minister Mark Carney")
        .expect("003's lede");
    let name = at + "Friday with Canada’s new ".len();
    let linked = cmp.links.iter().any(|l| {
        l.left.0 <= name
            && name < l.left.1
            && cmp.right.document.text[l.right.range()].contains("Prime Minister Mark Carney")
    });
    assert!(linked, "{:#?}", cmp.links);
    let coverage = syndiff::engine::links::shared_run_coverage(&cmp);
    assert_eq!(coverage, [1.0, 1.0]);
}
