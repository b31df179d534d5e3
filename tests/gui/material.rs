//! The material-changes lens in the app: one toggle (Ctrl+M or the
//! toolbar) folds every paragraph without a change to a number, date,
//! name, negation or quotation; stepping and the change list keep to the
//! material ones; each such paragraph carries a "!" badge that names the
//! kinds, and its marks a dashed box (a cue that is not colour).

use crate::support::{current_unit, harness_with, settle};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use syndiff::gui::settings::ThemeChoice;
use syndiff::gui::{Command, FilesCommand, SettingsCommand, SyndiffApp};
use syndiff::report::rows::Row;

/// The app on seeds 000 (bare body) and 004 (a loose rewrite).
fn rewrite_pair() -> Harness<'static, SyndiffApp> {
    let mut harness = harness_with(vec![]);
    harness
        .state_mut()
        .apply(Command::Files(FilesCommand::OpenSample(0, 4)));
    settle(&mut harness);
    harness
}

fn is_material(harness: &Harness<'static, SyndiffApp>, unit: usize) -> bool {
    let cmp = harness.state().pair().comparison().unwrap().clone();
    cmp.units[unit].is_material()
}

#[test]
fn the_material_lens_folds_the_rest_and_steps_through_material_changes_only() {
    let mut harness = rewrite_pair();
    let every = harness.state().reading().changes().to_vec();
    let cmp = harness.state().pair().comparison().unwrap().clone();
    let material: Vec<usize> = every
        .iter()
        .copied()
        .filter(|&u| cmp.units[u].is_material())
        .collect();
    assert!(!material.is_empty() && material.len() < every.len());
    let total = cmp.stats.material.total();
    harness.get_by_label(&format!("Material only ({total})"));
    // Badges name the kinds on the rows that show.
    assert!(
        harness
            .query_all_by_label_contains("Material change")
            .count()
            > 0
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::M);
    harness.run();
    assert!(harness.state().settings().material_only);
    assert_eq!(harness.state().reading().changes(), &material[..]);
    for row in harness.state().reading().rows() {
        if let Row::Unit(u) = *row {
            assert!(
                is_material(&harness, u) || !cmp.units[u].kind.is_change(),
                "unit {u} is open without a material change"
            );
        }
    }
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(current_unit(&harness), Some(material[0]));
    // The change list marks the kinds too.
    assert!(harness.query_all_by_label_contains(" ! ").count() >= 1);
    // A fold says it holds changes that are not material.
    assert!(harness
        .query_all_by_label_contains("paragraphs without material changes")
        .next()
        .is_some());

    harness
        .get_by_label(&format!("Material only ({total})"))
        .click();
    harness.run();
    assert!(!harness.state().settings().material_only);
    assert_eq!(harness.state().reading().changes(), &every[..]);
}

#[test]
fn snapshot_material_lens() {
    let mut harness = rewrite_pair();
    let mut settings = harness.state().settings().clone();
    settings.theme = ThemeChoice::Light;
    settings.material_only = true;
    harness
        .state_mut()
        .apply(Command::Settings(SettingsCommand::SetSettings(Box::new(
            settings,
        ))));
    harness.run();
    harness.key_press(Key::F7);
    harness.run();
    harness.snapshot("material_lens");
}
