//! The quotes panel: each quotation found across the versions, its
//! speaker, and in every version whether it is there word for word
//! (`= verbatim`), as a fragment (`… partial`), with words changed
//! (`× altered`) or not at all (`– absent`). Choosing an occurrence shows
//! its wording; an altered one shows its word diff against the wording
//! most versions use, removed words struck, added ones underlined.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Stroke, Ui};

use crate::engine::story::{PieceKind, QuoteGroup, Story};
use crate::gui::style::Palette;
use crate::gui::{Command, StoryCommand};
use crate::report::story as words;
use crate::report::wording::story_view as labels;

/// Longest a quotation is shown in the table; the whole of it shows once
/// chosen.
const SHOWN_CHARS: usize = 70;

/// The most versions given a column each in the quote table; with more,
/// the table counts each status and the chosen quote lists its versions
/// (a column per version of 200 would be thousands of cells a frame).
pub const COLUMNS_UP_TO: usize = 12;

/// The quote table and, below it, the occurrence chosen.
pub fn quotes_ui(
    ui: &mut Ui,
    story: &Story,
    chosen: Option<(usize, Option<usize>)>,
    palette: &Palette,
    out: &mut Vec<Command>,
) {
    if story.quotes.is_empty() {
        ui.label(labels::NO_QUOTES);
        return;
    }
    let n = story.versions.len();
    if n > COLUMNS_UP_TO {
        counts_ui(ui, story, chosen, out);
        if let Some((k, occurrence)) = chosen {
            if let Some(group) = story.quotes.get(k) {
                ui.add_space(8.0);
                versions_of_ui(ui, story, (k, group), chosen, out);
                let shown = ui.scope(|ui| chosen_ui(ui, story, group, occurrence, palette));
                reveal_new_choice(ui, chosen, shown.response.rect);
            }
        }
        return;
    }
    egui::Grid::new("story-quotes")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(labels::QUOTE_COLUMN);
            for v in 0..n {
                ui.strong(format!("[{v}]"))
                    .on_hover_text(&story.versions[v].label);
            }
            ui.end_row();
            for (k, group) in story.quotes.iter().enumerate() {
                let line = words::quote_line(group);
                let short = shorten(&line);
                let is_chosen = chosen.is_some_and(|(c, _)| c == k);
                let response = ui.selectable_label(is_chosen, short).on_hover_text(&line);
                if response.clicked() {
                    out.push(Command::Story(StoryCommand::SelectQuote(
                        (!is_chosen).then_some((k, None)),
                    )));
                }
                for v in 0..n {
                    status_cell_ui(ui, story, (k, group, v), chosen, out);
                }
                ui.end_row();
            }
        });
    if let Some((k, occurrence)) = chosen {
        if let Some(group) = story.quotes.get(k) {
            ui.add_space(8.0);
            let shown = ui.scope(|ui| chosen_ui(ui, story, group, occurrence, palette));
            reveal_new_choice(ui, chosen, shown.response.rect);
        }
    }
}

/// Scrolls the chosen quote's wording into view once, when the choice
/// changes: it is drawn below the table, off screen when the table is long.
/// (Which choice was last revealed is the view's own memory, like the
/// scroll offset itself.)
fn reveal_new_choice(ui: &Ui, chosen: Option<(usize, Option<usize>)>, rect: egui::Rect) {
    let id = egui::Id::unique("story-quote-revealed");
    let revealed = ui.data(|d| d.get_temp::<Option<(usize, Option<usize>)>>(id));
    if revealed != Some(chosen) {
        ui.scroll_to_rect(rect, Some(egui::Align::BOTTOM));
        ui.data_mut(|d| d.insert_temp(id, chosen));
    }
}

/// Many versions: each quote with how many versions hold it verbatim,
/// partly, altered, or not at all.
fn counts_ui(
    ui: &mut Ui,
    story: &Story,
    chosen: Option<(usize, Option<usize>)>,
    out: &mut Vec<Command>,
) {
    egui::Grid::new("story-quote-counts")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(labels::QUOTE_COLUMN);
            for status in STATUSES {
                ui.strong(words::status_label(status));
            }
            ui.end_row();
            for (k, group) in story.quotes.iter().enumerate() {
                let line = words::quote_line(group);
                let is_chosen = chosen.is_some_and(|(c, _)| c == k);
                let response = ui
                    .selectable_label(is_chosen, shorten(&line))
                    .on_hover_text(&line);
                if response.clicked() {
                    out.push(Command::Story(StoryCommand::SelectQuote(
                        (!is_chosen).then_some((k, None)),
                    )));
                }
                let statuses = story.statuses(group);
                for status in STATUSES {
                    let count = statuses.iter().filter(|&&s| s == status).count();
                    ui.label(count.to_string());
                }
                ui.end_row();
            }
        });
}

const STATUSES: [Option<crate::engine::story::QuoteStatus>; 4] = [
    Some(crate::engine::story::QuoteStatus::Verbatim),
    Some(crate::engine::story::QuoteStatus::Partial),
    Some(crate::engine::story::QuoteStatus::Altered),
    None,
];

/// The chosen quote's versions, a line each, with its status button.
fn versions_of_ui(
    ui: &mut Ui,
    story: &Story,
    (k, group): (usize, &QuoteGroup),
    chosen: Option<(usize, Option<usize>)>,
    out: &mut Vec<Command>,
) {
    egui::Grid::new("story-quote-versions")
        .striped(true)
        .show(ui, |ui| {
            for v in 0..story.versions.len() {
                ui.label(format!("[{v}] {}", story.versions[v].label));
                status_cell_ui(ui, story, (k, group, v), chosen, out);
                ui.end_row();
            }
        });
}

fn shorten(line: &str) -> String {
    if line.chars().count() <= SHOWN_CHARS {
        return line.to_owned();
    }
    let cut: String = line.chars().take(SHOWN_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// One version's status for one quote: a button choosing its occurrence,
/// or a plain "absent".
fn status_cell_ui(
    ui: &mut Ui,
    story: &Story,
    (k, group, v): (usize, &QuoteGroup, usize),
    chosen: Option<(usize, Option<usize>)>,
    out: &mut Vec<Command>,
) {
    let status = story.status_in(group, v);
    let label = words::status_label(status);
    let version = format!("[{v}] {}", story.versions[v].label);
    // The version's best occurrence: the one its status comes from.
    let best = group
        .occurrences
        .iter()
        .enumerate()
        .filter(|(_, o)| o.version == v)
        .min_by_key(|(_, o)| o.status)
        .map(|(at, _)| at);
    let Some(at) = best else {
        ui.weak(label)
            .on_hover_text(labels::quote_not_in(k, &version));
        return;
    };
    let hint = labels::quote_status_hint(
        k,
        &version,
        &words::status_in_words(story, group, v),
        status == Some(crate::engine::story::QuoteStatus::Altered),
    );
    let on = chosen == Some((k, Some(at)));
    let response = ui.selectable_label(on, label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hint));
    if response.on_hover_text(hint).clicked() {
        out.push(Command::Story(StoryCommand::SelectQuote(Some((
            k,
            Some(at),
        )))));
    }
}

/// The chosen quote in full, and the chosen occurrence's wording with its
/// word diff.
fn chosen_ui(
    ui: &mut Ui,
    story: &Story,
    group: &QuoteGroup,
    occurrence: Option<usize>,
    palette: &Palette,
) {
    ui.strong(labels::COMMON_WORDING);
    ui.label(words::quote_line(group));
    let Some(o) = occurrence.and_then(|at| group.occurrences.get(at)) else {
        ui.weak(labels::CHOOSE_A_STATUS);
        return;
    };
    let v = &story.versions[o.version];
    ui.add_space(4.0);
    ui.strong(labels::occurrence_heading(
        o.version,
        &v.label,
        words::status_name(Some(o.status)),
    ));
    if o.diff.is_empty() {
        ui.label(format!("“{}”", v.text[o.range.range()].trim()));
        return;
    }
    ui.label(diff_job(ui, &o.diff, palette));
    ui.weak(labels::WORD_DIFF_KEY);
}

/// The word diff as one laid-out text: removed pieces struck on the
/// removed colour, added ones underlined on the added colour.
fn diff_job(ui: &Ui, pieces: &[crate::engine::story::Piece], palette: &Palette) -> LayoutJob {
    let font = FontId::proportional(ui.style().text_styles[&egui::TextStyle::Body].size);
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    for (n, piece) in pieces.iter().enumerate() {
        let mut format = TextFormat {
            font_id: font.clone(),
            color: palette.text,
            ..Default::default()
        };
        match piece.kind {
            PieceKind::Same => {}
            PieceKind::Removed => {
                format.background = palette.removed_bg;
                format.strikethrough = Stroke::new(1.5, palette.text);
            }
            PieceKind::Added => {
                format.background = palette.added_bg;
                format.underline = Stroke::new(1.5, palette.text);
            }
        }
        if n > 0 {
            job.append(
                " ",
                0.0,
                TextFormat {
                    font_id: font.clone(),
                    color: palette.text,
                    ..Default::default()
                },
            );
        }
        job.append(&piece.text, 0.0, format);
    }
    job
}
