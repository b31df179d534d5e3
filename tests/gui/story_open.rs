//! Opening a story the other ways a user would: several files through
//! the dialog, a folder or three files dropped together (one refused
//! clearly), and F6 with no story open.

use std::path::PathBuf;
use std::sync::Arc;

use crate::support::{harness_with, settle, temp_dir, PathDrop};
use egui::Key;
use egui_kittest::kittest::Queryable;
use syndiff::gui::jobs::Source;
use syndiff::gui::picker::PickOutcome;
use syndiff::gui::{Command, SideSel, StoryCommand};

use super::story::seeds_dir;

#[test]
fn several_files_from_the_dialog_open_as_a_story() {
    let seeds: Vec<PathBuf> = [
        "000_0862837ed87197b0.txt",
        "002_071138934c7246b1.txt",
        "003_40b6f1b6974d403b.txt",
    ]
    .iter()
    .map(|n| seeds_dir().join(n))
    .collect();
    let mut harness = harness_with(vec![PickOutcome::PickedMany(seeds.clone())]);
    harness.get_by_label("Open versions…").click();
    harness.run();
    settle(&mut harness);
    let story = harness.state().story().story().expect("a story").clone();
    assert_eq!(story.versions.len(), 3);
    assert_eq!(story.versions[0].label, "000_0862837ed87197b0.txt");
    // The pair opened from it reads the same texts, so it has badges.
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenStoryPair(1, 2)));
    settle(&mut harness);
    assert_eq!(
        *harness.state().pair().source(SideSel::Left),
        Source::File(seeds[1].clone())
    );
    assert!(harness.state().story().badges().is_some());
}

#[test]
fn a_dropped_folder_opens_its_files_as_a_story() {
    let mut harness = harness_with(vec![]);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(PathDrop(seeds_dir())));
    harness.step();
    settle(&mut harness);
    let story = harness.state().story().story().expect("a story");
    // A folder means its files, in name order: the five seeds, and not
    // their README.
    let labels: Vec<&str> = story.versions.iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels.len(), 5, "{labels:?}");
    assert_eq!(labels[0], "000_0862837ed87197b0.txt");
    assert_eq!(labels[4], "004_572b0bc8baeb0163.txt");
    assert!(harness.state().story().shown());
}

#[test]
fn three_dropped_files_open_as_a_story_and_one_file_is_refused_clearly() {
    let dir = temp_dir("story-drop");
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| {
            let p = dir.join(format!("v{i}.txt"));
            std::fs::write(
                &p,
                format!("The mayor said on Monday that the bridge will close. Version {i}."),
            )
            .unwrap();
            p
        })
        .collect();
    let mut harness = harness_with(vec![]);
    for p in &paths {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(PathDrop(p.clone())));
    }
    harness.step();
    settle(&mut harness);
    assert_eq!(
        harness
            .state()
            .story()
            .story()
            .expect("a story")
            .versions
            .len(),
        3
    );

    let lonely = temp_dir("story-one");
    std::fs::write(lonely.join("only.txt"), "One version.").unwrap();
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenStory(
            vec![lonely.clone()],
        )));
    harness.run();
    harness.get_by_label("Error: A story needs two versions or more; 1 file was given.");
    // A version that cannot be read fails the story, naming it; the story
    // on screen stays.
    harness
        .state_mut()
        .apply(Command::Story(StoryCommand::OpenStory(vec![
            paths[0].clone(),
            dir.join("missing.txt"),
        ])));
    settle(&mut harness);
    let errors = harness.state().chrome().errors().to_vec();
    assert!(
        errors.iter().any(|e| e.contains("missing.txt")),
        "{errors:?}"
    );
    assert_eq!(harness.state().story().story().unwrap().versions.len(), 3);
}

#[test]
fn f6_without_a_story_says_how_to_open_one() {
    let mut harness = harness_with(vec![]);
    harness.key_press(Key::F6);
    harness.run();
    let errors = harness.state().chrome().errors();
    assert!(
        errors.iter().any(|e| e.starts_with("No story is open")),
        "{errors:?}"
    );
}
