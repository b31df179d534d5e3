//! The story view driven like a user would: the five samples as one story
//! from the Samples menu (other ways to open one: `story_open`); the heat
//! map's cells opening a pair with
//! its badges and coming back; the quotes panel and an altered quote's
//! word diff; keyboard use; and a PNG snapshot of the view.

use std::path::{Path, PathBuf};

use crate::support::{harness_with, settle, temp_dir};
use egui::Key;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use syndiff::engine::story::QuoteStatus;
use syndiff::gui::jobs::Source;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, FilesCommand, SettingsCommand, SideSel, StoryCommand, SyndiffApp};

/// The app with the five samples open as a story, from the menu.
fn sample_story() -> Harness<'static, SyndiffApp> {
    let mut harness = harness_with(vec![]);
    harness.get_by_label("Samples").click();
    harness.run();
    harness.get_by_label("All five samples as a story").click();
    harness.run();
    settle(&mut harness);
    harness
}

pub(crate) fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

#[test]
fn the_samples_open_as_a_story_with_matrix_versions_and_quotes() {
    let harness = sample_story();
    let app = harness.state();
    let story = app.story().story().expect("a story");
    assert!(app.story().shown());
    assert_eq!(story.versions.len(), 5);
    assert_eq!(story.likely_source, Some(1));
    harness.get_by_label("Story (5 versions)");
    harness.get_by_label("Versions, most of their own first");
    harness.get_by_label(&format!("Quotes ({})", story.quotes.len()));
    // The matrix: 001 is the same body as 000, so it carries all of it.
    let cell = "[1] sample 001 full web page carries 100% of the words of [0] sample 000 bare body. Open the two side by side.";
    harness.get_by_label(cell);
    // Twenty cells off the diagonal, each a button with its sentence.
    let cells = harness
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(" of the words of "))
        })
        .count();
    assert_eq!(cells, 20);
}

#[test]
fn a_cell_opens_its_pair_with_badges_and_f6_comes_back() {
    let mut harness = sample_story();
    let cell = "[2] sample 002 agency report carries 64% of the words of [3] sample 003 second agency report. Open the two side by side.";
    let share = harness.state().story().story().unwrap().reuse[2][3];
    let cell = cell.replace("64%", &format!("{:.0}%", share * 100.0));
    harness.get_by_label(&cell).click();
    harness.run();
    settle(&mut harness);
    let app = harness.state();
    assert!(!app.story().shown());
    assert_eq!(*app.pair().source(SideSel::Left), Source::Sample(2));
    assert_eq!(*app.pair().source(SideSel::Right), Source::Sample(3));
    let (left, right, badges) = app.story().badges().expect("the pair is two versions");
    assert_eq!((left, right), (2, 3));
    // Some paragraph of 002 is carried by another version than 003, and
    // no badge names the pair's own versions.
    assert!(badges.iter().any(|b| !b.left.is_empty()), "{badges:?}");
    assert!(badges
        .iter()
        .all(|b| b.left.iter().all(|x| x.version != 2 && x.version != 3)
            && b.right.iter().all(|x| x.version != 2 && x.version != 3)));
    // A badge is drawn, and read out, with the version's name.
    let drawn = harness
        .query_all_by_label_contains("of this paragraph")
        .count()
        + harness
            .query_all_by_label_contains("carries this paragraph")
            .count();
    assert!(drawn > 0, "no badge on screen");
    harness.key_press(Key::F6);
    harness.run();
    assert!(harness.state().story().shown());
    harness.get_by_label("Reuse");
}

#[test]
fn opening_a_pair_of_samples_from_the_menu_keeps_its_badges() {
    let mut harness = sample_story();
    harness.key_press(Key::F6);
    harness.run();
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(0, 4)));
    settle(&mut harness);
    let (left, right, _) = harness
        .state()
        .story()
        .badges()
        .expect("two versions of the story");
    assert_eq!((left, right), (0, 4));
    // A pair that is not two versions of the story has no badges.
    let dir = temp_dir("story-other");
    std::fs::write(dir.join("x.txt"), "Not a version of the story at all.").unwrap();
    harness.state_mut().apply(Command::Files(FilesCommand::Load(
        SideSel::Right,
        dir.join("x.txt"),
    )));
    settle(&mut harness);
    assert!(harness.state().story().badges().is_none());
}

#[test]
fn an_altered_quote_shows_its_word_diff() {
    let mut harness = sample_story();
    let story = harness.state().story().story().unwrap().clone();
    let (k, at) = story
        .quotes
        .iter()
        .enumerate()
        .find_map(|(k, g)| {
            g.occurrences
                .iter()
                .position(|o| o.version == 4 && o.status == QuoteStatus::Altered)
                .map(|at| (k, at))
        })
        .expect("the blog alters a quote");
    let button = format!(
        "Quote {} in [4] sample 004 loose rewrite: altered. Show its wording and word diff",
        k + 1
    );
    harness.get_by_label(&button).click();
    harness.run();
    assert_eq!(harness.state().story().quote(), Some((k, Some(at))));
    harness.get_by_label("In [4] sample 004 loose rewrite: altered");
    harness.get_by_label(
        "Struck: words of the common wording this version left out. Underlined: words it put in.",
    );
    // An absent version says so, and is not a button.
    let absent = story
        .quotes
        .iter()
        .enumerate()
        .find_map(|(k, g)| g.absent.first().map(|&v| (k, v)));
    if let Some((k, v)) = absent {
        let label = "– absent";
        assert!(harness.query_all_by_label(label).count() > 0);
        assert!(story.status_in(&story.quotes[k], v).is_none());
    }
}

#[test]
fn the_keyboard_reaches_a_matrix_cell_and_opens_its_pair() {
    let mut harness = sample_story();
    let cell = harness.get_by_label(
        "[1] sample 001 full web page carries 100% of the words of [0] sample 000 bare body. Open the two side by side.",
    );
    cell.focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    settle(&mut harness);
    assert_eq!(
        *harness.state().pair().source(SideSel::Left),
        Source::Sample(1)
    );
    assert_eq!(
        *harness.state().pair().source(SideSel::Right),
        Source::Sample(0)
    );
}

/// The five samples as a story, in the light theme.
fn light_sample_story() -> Harness<'static, SyndiffApp> {
    let mut harness = harness_with(vec![]);
    let mut settings = harness.state().settings().clone();
    settings.theme = ThemeChoice::Light;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenSampleStory));
    settle(&mut harness);
    harness
}

#[test]
fn snapshot_story_view() {
    let mut harness = light_sample_story();
    let story = harness.state().story().story().unwrap().clone();
    let altered = story.quotes.iter().enumerate().find_map(|(k, g)| {
        g.occurrences
            .iter()
            .position(|o| o.status == QuoteStatus::Altered)
            .map(|at| (k, at))
    });
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::SelectQuote(
            altered.map(|(k, at)| (k, Some(at))),
        )));
    harness.run();
    harness.snapshot("story_view");
}

#[test]
fn snapshot_story_badges() {
    let mut harness = light_sample_story();
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenStoryPair(2, 3)));
    settle(&mut harness);
    // A pixel of the badges' thin outlines can round either way when the
    // CPU renderer runs many tests at once (as for the word marks).
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(8);
    harness.snapshot_options("story_badges", &options);
}

/// Turns the mouse wheel over the view `notches` times.
fn scroll_down(harness: &mut Harness<'static, SyndiffApp>, notches: usize) {
    harness.hover_at(egui::pos2(400.0, 500.0));
    for _ in 0..notches {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
}

#[test]
fn many_versions_count_each_quotes_statuses_and_list_the_chosen_ones_versions() {
    let dir = temp_dir("story-many");
    let base = "The minister said: “We will not raise taxes this year, whatever the markets do.” The budget passed on Monday.";
    let paths: Vec<PathBuf> = (0..15)
        .map(|i| {
            let p = dir.join(format!("outlet-{i:02}.txt"));
            let text = if i % 5 == 0 {
                base.replace("whatever the markets do", "whatever the banks say")
            } else {
                base.to_owned()
            };
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenStory(paths)));
    settle(&mut harness);
    let story = harness.state().story().story().expect("a story").clone();
    assert_eq!(story.versions.len(), 15);
    // No column per version in the quote table (the heat map's header
    // alone names [14]): a count per status instead.
    assert_eq!(harness.query_all_by_label("[14]").count(), 1);
    harness.get_by_label("× altered");
    let line = syndiff::report::story::quote_line(&story.quotes[0]);
    let named =
        |h: &Harness<'static, SyndiffApp>| h.query_all_by_label("[14] outlet-14.txt").count();
    // The quotes stand below the versions and the matrix: scroll there.
    scroll_down(&mut harness, 6);
    harness.get_by_label(&line).click();
    harness.run();
    assert_eq!(harness.state().story().quote(), Some((0, None)));
    scroll_down(&mut harness, 40);
    // The chosen quote lists every version with its status button.
    assert!(named(&harness) >= 1);
    let altered = harness
        .query_all_by_label_contains(": altered. Show its wording and word diff")
        .count();
    assert_eq!(altered, 3, "outlets 0, 5 and 10 reworded it");
}
