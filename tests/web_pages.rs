//! A saved news page against a text version of the same story: the page's
//! furniture is gone (article mode) or marked as boilerplate (whole page),
//! and the story's paragraphs all match.

#[path = "support/temp.rs"]
mod temp;

use std::path::Path;

use syndiff::{compare, load_path, load_path_with, LoadOptions, Normalization, UnitKind};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn saved_page_article_matches_the_text_story() {
    let text = load_path(&fixture("seeds/000_0862837ed87197b0.txt")).unwrap();
    let page = load_path(&fixture("tests/fixtures/story.html")).unwrap();
    assert_eq!(page.format, syndiff::Format::HtmlArticle);
    for gone in [
        "googletag",
        "Share on",
        "Subscribe",
        "Great article",
        "All rights reserved",
        "Home",
    ] {
        assert!(
            !page.text.contains(gone),
            "{gone} should not be in the article"
        );
    }
    let cmp = compare(&text, &page, &Normalization::default());
    assert_eq!(
        cmp.stats.paragraphs.unchanged, 11,
        "every story paragraph matches"
    );
    assert_eq!(cmp.stats.paragraphs.removed, 0);
    // The headline is the one editorial addition; the agency credit is furniture.
    assert_eq!(cmp.stats.paragraphs.added, 1);
    assert_eq!(cmp.stats.boilerplate.added, 1);
    let first = &cmp.units[0];
    assert_eq!(first.kind, UnitKind::Added);
    assert!(cmp.right.document.text[first.right[0].range()].starts_with("Trump speaks to Canada"));
}

#[test]
fn saved_page_whole_marks_the_furniture() {
    let text = load_path(&fixture("seeds/000_0862837ed87197b0.txt")).unwrap();
    let options = LoadOptions { whole_page: true };
    let page = load_path_with(&fixture("tests/fixtures/story.html"), &options).unwrap();
    assert_eq!(page.format, syndiff::Format::HtmlPage);
    assert!(!page.text.contains("googletag"), "scripts never show");
    assert!(!page.text.contains("font-family"), "styles never show");
    let cmp = compare(&text, &page, &Normalization::default());
    assert_eq!(cmp.stats.paragraphs.unchanged, 11);
    let tagged = |needle: &str| {
        cmp.units.iter().any(|u| {
            u.boilerplate.is_some()
                && u.right
                    .iter()
                    .any(|r| cmp.right.document.text[r.range()].contains(needle))
        })
    };
    for furniture in [
        "Also Read |",
        "Advertisement",
        "Share on X",
        "(Photo by Dave Chan / AFP)",
        "(With inputs from agencies)",
        "Stay updated with",
        "Home > World > Americas",
        "All rights reserved",
        "Comments (42)",
    ] {
        assert!(tagged(furniture), "{furniture} should be boilerplate");
    }
    assert!(
        cmp.stats.boilerplate.added >= 15,
        "{:?}",
        cmp.stats.boilerplate
    );
}

#[test]
fn markdown_headings_stand_apart_from_their_paragraphs() {
    let dir = temp::temp_dir("md");
    let md = dir.join("story.md");
    std::fs::write(&md, "# Carney stands firm\nMark Carney, who took office on March 14,\nhas made countering Trump a theme.\n\n- first point\n- second point\n").unwrap();
    let doc = load_path(&md).unwrap();
    assert_eq!(doc.format, syndiff::Format::Markdown);
    let cmp = compare(&doc, &doc, &Normalization::default());
    let blocks: Vec<&str> = cmp
        .left
        .blocks
        .iter()
        .map(|b| &cmp.left.document.text[b.range()])
        .collect();
    assert_eq!(
        blocks,
        vec![
            "# Carney stands firm",
            "Mark Carney, who took office on March 14,\nhas made countering Trump a theme.",
            "- first point",
            "- second point",
        ]
    );
}
