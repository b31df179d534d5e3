//! Reviewing a comparison with the keyboard and the pointer: stepping
//! through changes, scrolling, find, the overview strip, hovering a
//! rewrite, and what screen readers are told. egui_kittest runs real
//! frames of the real app without a display.

use crate::support::{current_unit, harness_comparing, harness_with};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use syndiff::gui::{Command, ReadingCommand, SyndiffApp};

#[test]
fn change_kinds_and_the_overview_are_labelled_for_screen_readers() {
    let mut harness = harness_with(vec![]);
    // The first rows of the sample pair: two added paragraphs, then a
    // boilerplate page label ("Livemint").
    assert!(harness.query_all_by_label("added").count() >= 2);
    harness.get_by_label("added: boilerplate (page label)");
    assert_eq!(harness.state().seen().viewport.min.y, 0.0);
    // Clicking the middle of the overview strip jumps halfway down.
    harness.get_by_label("Overview of changes").click();
    harness.run();
    assert!(harness.state().seen().viewport.min.y > 0.0);
}

#[test]
fn steps_through_changes_by_keyboard_and_button() {
    let mut harness = harness_with(vec![]);
    // Boilerplate stepped into, as the reader may ask (Options).
    crate::support::step_into_boilerplate(&mut harness);
    let changes = harness.state().reading().changes().to_vec();
    assert_eq!(current_unit(&harness), None);
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[0]));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[1]));
    harness.get_by_label(&format!("change 2 of {}", changes.len()));
    harness.get_by_label("Next change").click();
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[2]));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[1]));
    harness.key_press_modifiers(Modifiers::ALT, Key::End);
    harness.run();
    assert_eq!(
        current_unit(&harness),
        changes.last().copied(),
        "Alt+End: the last"
    );
    harness.key_press_modifiers(Modifiers::ALT, Key::Home);
    harness.run();
    assert_eq!(
        current_unit(&harness),
        Some(changes[0]),
        "Alt+Home: the first"
    );
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[1]));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    harness.get_by_label("Previous change").click();
    harness.run();
    assert_eq!(
        current_unit(&harness),
        Some(changes[0]),
        "stays on the first change"
    );
    // The summary's change list jumps too.
    harness
        .get_by_label("+ added, boilerplate (left -, right ¶3): Livemint")
        .click();
    harness.run();
    assert_eq!(current_unit(&harness), Some(changes[2]));
}

#[test]
fn find_highlights_both_panes_and_jumps() {
    let mut harness = harness_with(vec![]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .state_mut()
        .apply(Command::Reading(ReadingCommand::SetFind("Livemint".into())));
    harness.run();
    assert_eq!(harness.state().reading().find().hits.len(), 1);
    harness.get_by_label("Next match").click();
    harness.run();
    harness.get_by_label("match 1 of 1");
    harness
        .state_mut()
        .apply(Command::Reading(ReadingCommand::SetFind("carney".into())));
    harness.run();
    let hits = &harness.state().reading().find().hits;
    assert!(hits.iter().any(|h| h.1 == syndiff::gui::style::Pane::Left));
    assert!(hits.iter().any(|h| h.1 == syndiff::gui::style::Pane::Right));
}

/// Loads a long pair in which every paragraph differs, so none fold away.
fn long_pair_harness(paragraphs: usize) -> Harness<'static, SyndiffApp> {
    let text = |word: &str| {
        (0..paragraphs)
            .map(|i| format!("[p{i:03}] Paragraph of the story, {word} version, with words enough to wrap once or twice at this width."))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let harness = harness_comparing("long", &text("first"), &text("second"));
    assert_eq!(harness.state().reading().rows().len(), paragraphs);
    harness
}

#[test]
fn the_document_scrolls_by_keyboard() {
    let mut harness = long_pair_harness(150);
    // The summary's change list previews paragraphs too: hide it (F9) so
    // what is found below is the document view's own text.
    harness.key_press(Key::F9);
    harness.run();
    assert!(!harness.state().settings().show_summary);
    let shown =
        |h: &Harness<'_, _>, marker: &str| h.query_all_by_label_contains(marker).next().is_some();
    let top = |h: &Harness<'static, SyndiffApp>| h.state().seen().viewport.min.y;
    assert!(shown(&harness, "[p000]") && !shown(&harness, "[p149]"));
    assert_eq!(top(&harness), 0.0);

    harness.key_press(Key::PageDown);
    harness.run();
    let page = harness.state().seen().viewport.height();
    let after_page = top(&harness);
    assert!(
        after_page > page * 0.7 && after_page < page,
        "one screen less a little overlap: {after_page} of {page}"
    );
    assert!(!shown(&harness, "[p000]"));

    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(top(&harness) > after_page, "Down scrolls a few lines");
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(top(&harness), after_page);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    assert!(shown(&harness, "[p149]"), "the last paragraph is in view");
    assert!(!shown(&harness, "[p000]"));

    harness.key_press(Key::PageUp);
    harness.run();
    assert!(!shown(&harness, "[p149]"), "a screen up from the end");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    assert_eq!(top(&harness), 0.0);
    assert!(shown(&harness, "[p000]"));

    // While the find field has the keyboard, End moves its cursor, not the view.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(top(&harness), 0.0);
}

/// Presses `key` `times` times within a single frame, as a fast typist,
/// a held key or xdotool does (kittest's `key_press` gives each its own frame).
fn presses_in_one_frame(harness: &mut Harness<'static, SyndiffApp>, key: Key, times: usize) {
    for _ in 0..times {
        for pressed in [true, false] {
            harness.input_mut().events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            });
        }
    }
    harness.step();
    harness.run();
}

/// Regression: keys pressed faster than frames (xdotool, a held key) were
/// merged into one press, so F7 pressed seven times moved one change.
#[test]
fn presses_within_one_frame_each_count() {
    let mut harness = harness_with(vec![]);
    let changes = harness.state().reading().changes().to_vec();
    presses_in_one_frame(&mut harness, Key::F7, 3);
    assert_eq!(current_unit(&harness), Some(changes[2]));

    let mut harness = long_pair_harness(150);
    // Thirty steps in one frame, well past the last row on screen: each
    // counts from the one before, not from the screen of the last frame.
    presses_in_one_frame(&mut harness, Key::F7, 30);
    let app = harness.state();
    let unit = app.reading().changes()[app.reading().current_change().expect("a current change")];
    assert_eq!(
        syndiff::report::rows::row_of_unit(app.reading().rows(), unit),
        Some(29)
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    presses_in_one_frame(&mut harness, Key::PageDown, 1);
    let one_page = harness.state().seen().viewport.min.y;
    assert!(one_page > 0.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    presses_in_one_frame(&mut harness, Key::PageDown, 2);
    let two_pages = harness.state().seen().viewport.min.y;
    assert!(
        (two_pages - 2.0 * one_page).abs() < 1.0,
        "two presses, two screens: {two_pages} vs {one_page}"
    );
}

/// Also the regression test for a highlight that stuck: moving the pointer
/// off the text entirely never cleared the hovered rewrite.
#[test]
fn hovering_a_rewrite_highlights_it_on_both_sides_without_relayout_each_frame() {
    let mut harness = harness_comparing(
        "hover",
        "Members said one two three four five today.\n",
        "Members said six seven eight nine ten today.\n",
    );
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    let rewrite = cmp.units[0]
        .edits
        .iter()
        .position(|e| e.kind == syndiff::EditKind::Rewritten)
        .expect("a rewritten run");
    assert_eq!(harness.state().reading().hot(), None);

    // The pointer on the left text's middle, which is the rewritten run.
    harness
        .get_by_label("Members said one two three four five today.")
        .hover();
    harness.run();
    assert_eq!(harness.state().reading().hot(), Some((0, rewrite)));
    let built = harness.state().layouts_built();
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(
        harness.state().layouts_built(),
        built,
        "the hovered layouts are cached"
    );

    // Away from the text, the highlight goes.
    harness.hover_at(egui::pos2(5.0, 790.0));
    harness.run();
    assert_eq!(harness.state().reading().hot(), None);
}

/// Issue "Word marks that claim only what changed": the pointer on one
/// piece of a change in several pieces pairs it with its own counterpart
/// only, not with a run stitched across the unchanged words between.
#[test]
fn hovering_one_piece_of_a_change_pairs_only_that_piece() {
    let left = "Members said one two three four five the talks six.\n";
    let right = "Members said uno dos tres cuatro cinco the talks seis.\n";
    let mut harness = harness_comparing("piece", left, right);
    let cmp = harness.state().pair().comparison().cloned().unwrap();
    assert_eq!(cmp.units[0].phrases.len(), 1, "one change in two pieces");
    harness.get_by_label(left.trim_end()).hover();
    harness.run();
    let (unit, edit) = harness
        .state()
        .reading()
        .hot()
        .expect("a piece under the pointer");
    let edit = cmp.units[unit].edits[edit];
    assert_eq!(
        &cmp.left.document.text[edit.left.range()],
        "one two three four five"
    );
    assert_eq!(
        &cmp.right.document.text[edit.right.range()],
        "uno dos tres cuatro cinco"
    );
}

#[test]
fn a_folded_run_of_unchanged_paragraphs_opens_by_keyboard_alone() {
    let mut harness = harness_with(vec![]);
    let label = "Show 3 unchanged paragraphs";
    let mut presses = 0;
    while !harness.get_by_label(label).is_focused() {
        harness.key_press(Key::Tab);
        harness.run();
        presses += 1;
        assert!(presses < 80, "Tab never reaches the folded run");
    }
    let rows_before = harness.state().reading().rows().len();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label(label).is_none());
    assert_eq!(
        harness.state().reading().rows().len(),
        rows_before + 2,
        "one fold became three paragraphs"
    );
}

#[test]
fn next_change_starts_from_where_the_reader_has_scrolled_to() {
    // Every paragraph differs, so each row is a change.
    let mut harness = long_pair_harness(150);
    let row_of_current = |h: &Harness<'static, SyndiffApp>| {
        let app = h.state();
        let unit =
            app.reading().changes()[app.reading().current_change().expect("a current change")];
        syndiff::report::rows::row_of_unit(app.reading().rows(), unit).expect("shown")
    };
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(row_of_current(&harness), 0);

    for _ in 0..3 {
        harness.key_press(Key::PageDown);
        harness.run();
    }
    let visible = {
        let app = harness.state();
        app.seen()
            .visible_rows(app.reading().version())
            .expect("drawn")
    };
    assert!(visible.start > 5, "paged well past the first change");
    harness.key_press(Key::F7);
    harness.run();
    let row = row_of_current(&harness);
    assert!(
        visible.contains(&row) && row <= visible.start + 1,
        "the first change in view ({row}, view {visible:?}), not the one after the last visited"
    );
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(row_of_current(&harness), row + 1, "then on from there");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    harness.run();
    assert_eq!(
        row_of_current(&harness),
        0,
        "nothing above the top: the first"
    );
}

#[test]
fn identical_texts_are_said_to_be_identical() {
    let text = "The council met on Monday.\n\nIt voted to close the library.\n";
    let harness = harness_comparing("same", text, text);
    harness.get_by_label("The two texts are identical.");
    harness.get_by_label("0 changes");
}
