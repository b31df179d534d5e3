//! What helps a reader read (issue "The story and the window tell the
//! truth", item 5): the story view's own toolbar, a chosen quote's
//! wording in view, F7 past web furniture, the legend of the marks and
//! the redline's two colours of rewrite; each with the test named after
//! the bug.

use crate::support::{harness_with, settle};
use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use syndiff::engine::story::QuoteStatus;
use syndiff::gui::style::{cell_pieces, redline_job, CellSpec, Palette, Pane};
use syndiff::gui::{Command, SettingsCommand, StoryCommand, SyndiffApp};
use syndiff::report::wording;

fn sample_story(size: [f32; 2]) -> Harness<'static, SyndiffApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(200)
        .build_eframe(|cc| {
            let picker = syndiff::gui::picker::QueuedPicker::default();
            let mut app = SyndiffApp::new(cc, Box::new(picker), None, None);
            app.set_review_folder(crate::support::temp_dir("reviews"));
            app
        });
    settle(&mut harness);
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenSampleStory));
    settle(&mut harness);
    assert!(harness.state().story().shown());
    harness
}

#[test]
fn the_story_view_keeps_the_pairs_toolbar_with_stale_values() {
    let mut harness = sample_story([1280.0, 800.0]);
    for stale in ["Previous change", "Next change", "Redline", "Summary"] {
        assert!(harness.query_by_label(stale).is_none(), "{stale} shown");
    }
    for stale in ["Material only (", "Hide boilerplate (", " reviewed"] {
        assert!(
            harness.query_by_label_contains(stale).is_none(),
            "{stale}… shown"
        );
    }
    let count = harness.state().reading().changes().len();
    let counter = wording::change_counter(None, count);
    assert!(
        harness.query_by_label(&counter).is_none(),
        "{counter} shown"
    );
    harness.get_by_label("Story (5 versions)");
    harness.get_by_label("Help");
    // Back to the pair: its toolbar again.
    harness.key_press(Key::F6);
    harness.run();
    harness.get_by_label("Next change");
    harness.get_by_label_contains("Material only (");
}

#[test]
fn choosing_a_quotes_status_shows_its_wording_below_the_table_off_screen() {
    let mut harness = sample_story([1280.0, 600.0]);
    let story = harness.state().story().story().unwrap().clone();
    let (k, at) = story
        .quotes
        .iter()
        .enumerate()
        .rev()
        .find_map(|(k, g)| {
            g.occurrences
                .iter()
                .position(|o| o.status == QuoteStatus::Altered)
                .map(|at| (k, at))
        })
        .expect("a quote is altered in the samples");
    let version = story.quotes[k].occurrences[at].version;
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::SelectQuote(Some((
            k,
            Some(at),
        )))));
    harness.run();
    let heading = format!("In [{version}] {}: altered", story.versions[version].label);
    let shown = harness.get_by_label(&heading).rect();
    assert!(
        shown.top() >= 0.0 && shown.bottom() <= 600.0,
        "the chosen wording is at {shown:?}, off the 600 px window"
    );
}

#[test]
fn f7_steps_into_web_furniture_on_first_start() {
    let mut harness = harness_with(vec![]);
    let cmp = harness.state().pair().comparison().unwrap().clone();
    let furniture = |u: usize| cmp.units[u].boilerplate.is_some();
    let all = cmp.change_indices();
    assert!(
        all.iter().any(|&u| furniture(u)),
        "the sample pair has some"
    );
    let count = harness.state().reading().changes().len();
    assert_eq!(count, all.iter().filter(|&&u| !furniture(u)).count());
    for _ in 0..count {
        harness.key_press(Key::F7);
        harness.run();
        let unit = crate::support::current_unit(&harness).expect("a change");
        assert!(!furniture(unit), "F7 stopped at boilerplate (unit {unit})");
    }
    // Asked for, F7 stops at it too.
    crate::support::step_into_boilerplate(&mut harness);
    assert_eq!(harness.state().reading().changes(), all.as_slice());
    // Hidden, it is not there to stop at.
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::ToggleBoilerplate));
    assert_eq!(harness.state().reading().changes().len(), count);
}

#[test]
fn no_legend_explains_the_marks() {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Legend").click();
    harness.run();
    assert!(harness.state().chrome().show_legend());
    let entries = wording::legend();
    for entry in &entries {
        // The sample (the gutter's symbols share their names) and its meaning.
        let name = wording::legend_name(entry);
        assert!(harness.query_all_by_label(&name).count() > 0, "{name}");
        harness.get_by_label(entry.means);
    }
    let kinds = [
        "double underline",
        "dashed box",
        "band",
        "÷ split",
        "Σ merged",
        "struck",
        "underlined",
        "» moved",
        "material change",
        "dimmed",
    ];
    let said: String = entries
        .iter()
        .map(|e| format!("{} {}\n", wording::legend_name(e), e.means))
        .collect();
    for kind in kinds {
        assert!(said.contains(kind), "the legend says nothing of {kind}");
    }
    // F2 closes it; Help has it too.
    harness.key_press(Key::F2);
    harness.run();
    assert!(!harness.state().chrome().show_legend());
    harness.key_press(Key::F1);
    harness.run();
    // Help's own "Legend" (the toolbar's button is above it).
    harness
        .get_all_by_label("Legend")
        .max_by(|a, b| a.rect().center().y.total_cmp(&b.rect().center().y))
        .expect("Help has a Legend")
        .click();
    harness.run();
    harness.get_by_label(entries[0].means);
}

#[test]
fn in_the_redline_struck_and_inserted_rewrites_share_one_blue() {
    let cmp = syndiff::compare_texts(
        "He said the talks were very productive today.",
        "He claimed the talks proved quite productive today.",
    );
    let unit = &cmp.units[0];
    for dark in [false, true] {
        let palette = Palette::new(dark);
        let pieces = |pane: Pane| {
            let (text, span) = match pane {
                Pane::Left => (&*cmp.left.document.text, unit.left_span().unwrap()),
                Pane::Right => (&*cmp.right.document.text, unit.right_span().unwrap()),
            };
            let spec = CellSpec {
                text,
                span,
                edits: &unit.edits,
                phrases: &unit.phrases,
                char_edits: &unit.char_edits,
                pane,
                font_size: 14.0,
                wrap_width: 600.0,
                hot_edit: None,
                found: &[],
                current_found: None,
                links: &[],
                hot_link: None,
            };
            cell_pieces(&spec, &palette)
        };
        let parts = syndiff::gui::style::redline::RedlineParts {
            unit,
            cmp: &cmp,
            left: pieces(Pane::Left),
            right: pieces(Pane::Right),
            wrap_width: 600.0,
        };
        let (job, _) = redline_job(parts, &palette);
        let fills = |struck: bool| -> Vec<egui::Color32> {
            job.sections
                .iter()
                .filter(|s| s.format.italics)
                .filter(|s| (s.format.strikethrough != egui::Stroke::NONE) == struck)
                .map(|s| s.format.background)
                .collect()
        };
        let (struck, inserted) = (fills(true), fills(false));
        assert!(
            !struck.is_empty() && !inserted.is_empty(),
            "rewrites both ways"
        );
        for fill in &struck {
            assert!(
                !inserted.contains(fill),
                "struck and inserted rewrites share {fill:?} (dark: {dark})"
            );
        }
    }
}
