//! Passage links in the app: the split quote of seeds 002 and 003 is
//! listed in the summary, a click shows where it stands, and pointing at
//! one end of it lights both (issue "Nothing hidden").

use crate::support::{harness_with, settle};
use egui_kittest::kittest::Queryable;
use syndiff::gui::{Command, FilesCommand, ReadingCommand, SideSel};
use syndiff::report::link_places::LinkPlaces;
use syndiff::report::rows::row_of_unit;
use syndiff::report::wording;

#[test]
fn a_shared_passage_is_listed_jumped_to_and_lit_at_both_ends() {
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(2, 3)));
    settle(&mut harness);
    let cmp = harness
        .state()
        .pair()
        .comparison()
        .cloned()
        .expect("compared");
    assert!(!cmp.links.is_empty(), "002 and 003 share passages");
    let places = LinkPlaces::new(&cmp);
    // The last passage: furthest down, so showing it has to scroll.
    let k = cmp.links.len() - 1;
    let link = &cmp.links[k];
    let entry = format!(
        "{} ({}): “",
        wording::link_place(&cmp, link),
        wording::link_kind(link)
    );
    harness.get_by_label_contains(&entry).click();
    harness.run();
    let (left_unit, right_unit) = places.units[k];
    let app = harness.state();
    let row = row_of_unit(app.reading().rows(), right_unit).expect("shown");
    let visible = app
        .seen()
        .visible_rows(app.reading().version())
        .expect("drawn");
    assert!(visible.contains(&row), "row {row} in view {visible:?}");

    // Point along the right end's cell until the pointer is over the link.
    let cell_text = &cmp.right.document.text[cmp.units[right_unit].right_span().unwrap().range()];
    let cell = harness.get_by_label(cell_text).rect();
    let mut lit = false;
    'search: for y in (0..(cell.height() as i32)).step_by(8) {
        for x in (0..(cell.width() as i32)).step_by(24) {
            harness.hover_at(cell.min + egui::vec2(x as f32, y as f32 + 4.0));
            harness.run();
            if harness.state().reading().hot_link() == Some(k) {
                lit = true;
                break 'search;
            }
        }
    }
    assert!(lit, "pointing at the passage makes it the hot link");
    // Lighting both ends: the left end's cell is laid out for the hot link
    // too (its layout is keyed by it), and clicking jumps there.
    harness
        .state_mut()
        .apply(Command::Reading(ReadingCommand::GoToLink(k, SideSel::Left)));
    harness.run();
    let app = harness.state();
    let row = row_of_unit(app.reading().rows(), left_unit).expect("shown");
    let visible = app
        .seen()
        .visible_rows(app.reading().version())
        .expect("drawn");
    assert!(
        visible.contains(&row),
        "the left end, row {row}, in view {visible:?}"
    );
}
