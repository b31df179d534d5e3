//! The marks each kind of change gets, checked on the layout jobs.

use super::*;

fn section_text<'a>(job: &'a LayoutJob, s: &egui::text::LayoutSection) -> &'a str {
    &job.text[s.byte_range.start.0..s.byte_range.end.0]
}

/// The text of every section drawn with `background`, in order.
fn painted(job: &LayoutJob, background: Color32) -> Vec<&str> {
    job.sections
        .iter()
        .filter(|s| s.format.background == background)
        .map(|s| section_text(job, s))
        .collect()
}

fn job_for(
    cmp: &crate::engine::model::Comparison,
    pane: Pane,
    hot_edit: Option<usize>,
) -> LayoutJob {
    let unit = &cmp.units[0];
    let (text, span) = match pane {
        Pane::Left => (cmp.left.document.text.as_ref(), unit.left_span().unwrap()),
        Pane::Right => (cmp.right.document.text.as_ref(), unit.right_span().unwrap()),
    };
    let spec = CellSpec {
        text,
        span,
        edits: &unit.edits,
        phrases: &unit.phrases,
        char_edits: &unit.char_edits,
        pane,
        font_size: 14.0,
        wrap_width: 400.0,
        hot_edit,
        found: &[],
        current_found: None,
        links: &[],
        hot_link: None,
    };
    cell_job(&spec, &Palette::new(false))
}

/// Issue "Word marks that claim only what changed": hovering one piece
/// of a change lights only that piece and its counterpart, never a run
/// stitched across the unchanged words between pieces.
#[test]
fn a_hovered_piece_lights_only_its_counterpart() {
    let cmp = crate::engine::compare::compare_texts(
        "He said the talks were very productive today.",
        "He claimed the talks proved quite productive today.",
    );
    let first_piece = cmp.units[0]
        .edits
        .iter()
        .position(|e| e.kind == EditKind::Rewritten)
        .unwrap();
    let hot = Palette::new(false).hot_bg;
    assert_eq!(
        painted(&job_for(&cmp, Pane::Left, Some(first_piece)), hot),
        ["said"]
    );
    assert_eq!(
        painted(&job_for(&cmp, Pane::Right, Some(first_piece)), hot),
        ["claimed"]
    );
}

#[test]
fn unchanged_words_inside_a_phrase_are_plain_on_its_faint_span() {
    let cmp = crate::engine::compare::compare_texts(
        "He said the talks were very productive today.",
        "He claimed the talks proved quite productive today.",
    );
    let job = job_for(&cmp, Pane::Right, None);
    let palette = Palette::new(false);
    let phrase: String = painted(&job, palette.phrase_bg).concat();
    assert_eq!(phrase, " the talks ");
    let talks = job
        .sections
        .iter()
        .find(|s| section_text(&job, s) == " the talks ")
        .unwrap();
    assert!(
        !talks.format.italics,
        "unchanged words are not drawn as rewritten"
    );
    assert_eq!(
        painted(&job, palette.rewritten_bg),
        ["claimed", "proved quite"]
    );
}

#[test]
fn only_the_changed_letters_of_a_word_carry_a_line() {
    let cmp = crate::engine::compare::compare_texts(
        "God created the heaven and the earth.",
        "God created the heavens and the earth.",
    );
    let palette = Palette::new(false);
    let right = job_for(&cmp, Pane::Right, None);
    let lined: Vec<&str> = right
        .sections
        .iter()
        .filter(|s| s.format.underline.width > 0.0)
        .map(|s| section_text(&right, s))
        .collect();
    assert_eq!(lined, ["s"]);
    assert_eq!(painted(&right, palette.added_bg), ["s"]);
    assert_eq!(painted(&right, palette.rewritten_bg), ["heaven"]);
}

/// Issue "Nothing hidden": the quote 002 and 003 split differently across
/// paragraphs reads as the same quote, linked, not as removed or added.
#[test]
fn linked_text_is_marked_linked_not_added_or_removed() {
    let cmp = crate::engine::compare::compare_texts(
        include_str!("../../../seeds/002_071138934c7246b1.txt"),
        include_str!("../../../seeds/003_40b6f1b6974d403b.txt"),
    );
    let places = crate::report::link_places::LinkPlaces::new(&cmp);
    let palette = Palette::new(false);
    let quote = "we agree on many things";
    let mut seen_quote = false;
    for (i, link) in cmp.links.iter().enumerate() {
        let (_, right_unit) = places.units[i];
        let unit = &cmp.units[right_unit];
        let span = unit.right_span().expect("right text");
        let links: Vec<_> = places.in_span(true, span).collect();
        let spec = CellSpec {
            text: &cmp.right.document.text,
            span,
            edits: &unit.edits,
            phrases: &unit.phrases,
            char_edits: &unit.char_edits,
            pane: Pane::Right,
            font_size: 14.0,
            wrap_width: 400.0,
            hot_edit: None,
            found: &[],
            current_found: None,
            links: &links,
            hot_link: None,
        };
        let job = cell_job(&spec, &palette);
        let linked: String = painted(&job, palette.linked_bg).concat();
        assert!(!linked.is_empty(), "link {i} is marked");
        for section in &job.sections {
            if section.format.background == palette.linked_bg {
                assert!(section.format.strikethrough == Stroke::NONE && !section.format.italics);
            }
        }
        seen_quote |=
            cmp.right.document.text[link.right.range()].contains(quote) && linked.contains(quote);
    }
    assert!(seen_quote, "the split quote is linked");
}

/// Rough edge: on wrapped lines the next line's fill covered the underline
/// of added text.
#[test]
fn backgrounds_do_not_grow_over_the_line_above() {
    let cmp = crate::engine::compare::compare_texts(
        "The council met.",
        "The council met on Monday morning.",
    );
    let job = job_for(&cmp, Pane::Right, None);
    assert!(job.sections.iter().all(|s| s.format.expand_bg == 0.0));
}

/// Rough edge: the current find match looked like the others, and in the
/// dark theme find and the rewrite-hover highlight shared one gold.
#[test]
fn the_current_match_and_the_hover_have_colours_of_their_own() {
    for dark in [false, true] {
        let p = Palette::new(dark);
        let colours = [p.found_bg, p.current_found_bg, p.hot_bg];
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                let distance: i32 = a
                    .to_array()
                    .iter()
                    .zip(b.to_array())
                    .map(|(x, y)| (i32::from(*x) - i32::from(y)).abs())
                    .sum();
                assert!(distance > 80, "dark {dark}: {a:?} vs {b:?}");
            }
        }
    }
}
