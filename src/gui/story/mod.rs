//! The story view: many versions of one story at a glance. The versions
//! ranked by how much of them is their own, the reuse matrix as a heat
//! map with its numbers (a cell opens that pair side by side), and the
//! quotes panel (each quotation, its speaker and its status in every
//! version; an altered one shows its word diff). Each part is a `*_ui`
//! function that reads the story and returns [`Command`]s; the words come
//! from [`crate::report::story`].

pub mod job;
mod matrix;
mod quotes;

use egui::Ui;

use crate::engine::story::Story;
use crate::gui::style::Palette;
use crate::gui::{Command, StoryCommand};
use crate::report::story as words;
use crate::report::wording::story_view as labels;

/// The whole story view, in a scroll area.
pub fn story_ui(ui: &mut Ui, story: &Story, quote: Option<(usize, Option<usize>)>) -> Vec<Command> {
    let mut out = Vec::new();
    let palette = Palette::new(ui.visuals().dark_mode);
    ui.label(egui::RichText::new(words::story_heading(story)).strong());
    ui.label(labels::STORY_HELP);
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(labels::VERSIONS_HEADING);
            versions_ui(ui, story, &mut out);
            ui.add_space(12.0);
            ui.heading(labels::REUSE_HEADING);
            ui.label(labels::REUSE_HELP);
            matrix::matrix_ui(ui, story, &palette, &mut out);
            ui.add_space(12.0);
            ui.heading(labels::quotes_heading(story.quotes.len()));
            quotes::quotes_ui(ui, story, quote, &palette, &mut out);
        });
    out
}

/// The versions ranked by own share, each with a way to compare it with
/// the likely source.
fn versions_ui(ui: &mut Ui, story: &Story, out: &mut Vec<Command>) {
    let mut order: Vec<usize> = (0..story.versions.len()).collect();
    order.sort_by(|&a, &b| {
        story.versions[b]
            .own_share
            .total_cmp(&story.versions[a].own_share)
            .then(a.cmp(&b))
    });
    egui::Grid::new("story-versions")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            ui.strong(labels::VERSION_COLUMN);
            ui.strong(labels::WORDS_COLUMN);
            ui.strong(labels::OWN_COLUMN);
            ui.label("");
            ui.end_row();
            for i in order {
                let v = &story.versions[i];
                ui.label(format!("[{i}] {}", v.label));
                ui.label(v.words.to_string());
                ui.add(
                    egui::ProgressBar::new(v.own_share)
                        .desired_width(140.0)
                        .text(words::percent(v.own_share)),
                )
                .on_hover_text(labels::own_share_hint(&words::percent(v.own_share), i));
                match story.likely_source {
                    Some(s) if s == i => {
                        ui.strong(words::SOURCE_NOTE)
                            .on_hover_text(words::source_line(story));
                    }
                    Some(s) => {
                        let text = labels::compare_with(s);
                        if ui
                            .button(text)
                            .on_hover_text(labels::compare_with_hint(s, i))
                            .clicked()
                        {
                            out.push(Command::Story(StoryCommand::OpenStoryPair(s, i)));
                        }
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
