//! Find across both panes (Ctrl+F): every match of the query in the
//! comparison's text, in reading order, and which one is current; and
//! the find bar that edits it ([`find_ui`]).
//!
//! Matches are byte ranges into the documents as loaded, so the view
//! highlights exactly the characters the reader typed, whatever the
//! normalisation options.

use std::collections::HashMap;

use crate::engine::model::{ByteRange, Comparison};

use super::style::Pane;
use super::{input, Command, ReadingCommand};
use crate::report::wording;
use egui::Key;

/// Most matches found; past it the reader is told to type more.
pub const MAX_HITS: usize = 20_000;

/// Search state: the query, its matches, and the current match.
#[derive(Debug, Default)]
pub struct FindState {
    pub open: bool,
    /// The bar opened and its field has not had the keyboard yet: what is
    /// typed meanwhile (on a big pair a frame can take a while) goes into
    /// the query rather than being lost.
    pub awaiting_focus: bool,
    pub query: String,
    /// The search stopped at [`MAX_HITS`] matches.
    pub capped: bool,
    /// (unit, pane, byte range), in unit order.
    pub hits: Vec<(usize, Pane, ByteRange)>,
    pub current: Option<usize>,
    /// The same matches, looked up by cell for drawing.
    pub by_cell: HashMap<(usize, Pane), Vec<ByteRange>>,
}

impl FindState {
    /// Opens the bar; what is typed before its field has the keyboard
    /// goes into the query.
    pub fn open_bar(&mut self) {
        self.open = true;
        self.awaiting_focus = true;
    }

    /// The bar's field has the keyboard now.
    pub fn focused(&mut self) {
        self.awaiting_focus = false;
    }

    /// Closes the bar and forgets the query (search again to clear the
    /// matches).
    pub fn close(&mut self) {
        self.open = false;
        self.query.clear();
    }

    /// The query typed (search again to find it).
    pub fn set_query(&mut self, query: String) {
        self.query = query;
    }

    /// Finds every case-insensitive match of the query in `cmp`.
    pub fn search(&mut self, cmp: Option<&Comparison>) {
        self.hits.clear();
        self.by_cell.clear();
        self.current = None;
        self.capped = false;
        let query = self.query.to_lowercase();
        let Some(cmp) = cmp else { return };
        if query.is_empty() {
            return;
        }
        let finder = Finder::new(&query);
        for (u, unit) in cmp.units.iter().enumerate() {
            for (pane, text, span) in [
                (Pane::Left, &cmp.left.document.text, unit.left_span()),
                (Pane::Right, &cmp.right.document.text, unit.right_span()),
            ] {
                let Some(span) = span else { continue };
                for range in finder.find_all(&text[span.range()]) {
                    if self.hits.len() == MAX_HITS {
                        self.capped = true;
                        return;
                    }
                    let hit = ByteRange(span.0 + range.0, span.0 + range.1);
                    self.hits.push((u, pane, hit));
                    self.by_cell.entry((u, pane)).or_default().push(hit);
                }
            }
        }
    }

    /// Makes the next (or previous) match current, wrapping around;
    /// returns the unit it is in.
    pub fn step(&mut self, forward: bool) -> Option<usize> {
        let n = self.hits.len();
        if n == 0 {
            return None;
        }
        let next = match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.current = Some(next);
        Some(self.hits[next].0)
    }
}

/// Case-insensitive matches of `query` (already lowercase) in `text`.
/// A lower-case query, ready to be found in many cells in any case.
enum Finder {
    /// An ASCII query, found by `aho-corasick` ignoring ASCII case, in the
    /// text as it stands: no lower-case copy of each cell at each letter
    /// typed (a whole-Bible pair has 62,000 cells).
    Ascii(aho_corasick::AhoCorasick),
    /// Any other query, found in each cell's lower-case copy.
    Lower(String),
}

impl Finder {
    fn new(lower_query: &str) -> Self {
        let ascii = lower_query.is_ascii().then(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([lower_query])
                .ok()
        });
        match ascii.flatten() {
            Some(automaton) => Self::Ascii(automaton),
            None => Self::Lower(lower_query.to_owned()),
        }
    }

    /// Every match in `text`, as byte ranges into it.
    fn find_all(&self, text: &str) -> Vec<ByteRange> {
        match self {
            Self::Ascii(automaton) => automaton
                .find_iter(text)
                .map(|m| ByteRange(m.start(), m.end()))
                .collect(),
            Self::Lower(query) => {
                let lower = text.to_lowercase();
                let haystack = if lower.len() == text.len() {
                    lower.as_str()
                } else {
                    // Lowercasing changed byte lengths, so offsets in
                    // `lower` would not point into `text`: fall back to
                    // exact matches.
                    text
                };
                haystack
                    .match_indices(query.as_str())
                    .map(|(i, m)| ByteRange(i, i + m.len()))
                    .collect()
            }
        }
    }
}

/// The find bar.
pub fn find_ui(ui: &mut egui::Ui, find: &FindState) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("find").show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label("Find:");
            let mut query = find.query.clone();
            let id = egui::Id::unique("find-query");
            let waiting = find.awaiting_focus && !ui.memory(|m| m.has_focus(id));
            if waiting {
                // Typed before the field had the keyboard: keep it.
                let typed = ui.input(input::typed_text);
                if !typed.is_empty() {
                    query.push_str(&typed);
                    out.push(Command::Reading(ReadingCommand::SetFind(query.clone())));
                }
            }
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut query)
                        .id(id)
                        .hint_text("text in either pane"),
                )
                .labelled_by(label.id);
            if waiting {
                edit.request_focus();
                // The cursor goes after what was typed.
                let mut state = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
                let end = egui::text::CCursor::new(query.chars().count());
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::one(end)));
                state.store(ui.ctx(), id);
            } else if find.awaiting_focus {
                out.push(Command::Reading(ReadingCommand::FindFocused));
            }
            if edit.changed() {
                out.push(Command::Reading(ReadingCommand::SetFind(query)));
            }
            if edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                out.push(Command::Reading(ReadingCommand::FindNext(
                    !ui.input(|i| i.modifiers.shift),
                )));
                edit.request_focus();
            }
            let status =
                wording::find_status(&find.query, find.hits.len(), find.current, find.capped);
            if ui.button("Previous match").clicked() {
                out.push(Command::Reading(ReadingCommand::FindNext(false)));
            }
            if ui.button("Next match").clicked() {
                out.push(Command::Reading(ReadingCommand::FindNext(true)));
            }
            ui.label(status);
            if ui.button("Close find").clicked() {
                out.push(Command::Reading(ReadingCommand::CloseFind));
            }
        });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_ignore_case_and_point_into_the_shown_text() {
        let cmp = crate::engine::compare::compare_texts(
            "Carney said.\n\nOther.",
            "CARNEY said.\n\nOther.",
        );
        let mut find = FindState {
            query: "carney".into(),
            ..FindState::default()
        };
        find.search(Some(&cmp));
        assert_eq!(find.hits.len(), 2);
        for (_, pane, range) in &find.hits {
            let text = match pane {
                Pane::Left => &cmp.left.document.text,
                Pane::Right => &cmp.right.document.text,
            };
            assert_eq!(text[range.range()].to_lowercase(), "carney");
        }
    }

    #[test]
    fn a_query_found_everywhere_stops_at_the_cap_and_says_so() {
        let text = "a ".repeat(MAX_HITS + 10);
        let cmp = crate::engine::compare::compare_texts(&text, &text);
        let mut find = FindState {
            query: "a".into(),
            ..FindState::default()
        };
        find.search(Some(&cmp));
        assert_eq!(find.hits.len(), MAX_HITS);
        assert!(find.capped);
        find.query = "b".into();
        find.search(Some(&cmp));
        assert!(!find.capped);
    }

    #[test]
    fn stepping_wraps_both_ways() {
        let cmp = crate::engine::compare::compare_texts("a x\n\nb x\n\nc x", "a x\n\nb x\n\nc x");
        let mut find = FindState {
            query: "x".into(),
            ..FindState::default()
        };
        find.search(Some(&cmp));
        assert_eq!(find.hits.len(), 6);
        assert_eq!(
            find.step(false),
            Some(find.hits[5].0),
            "back from none: last"
        );
        assert_eq!(find.current, Some(5));
        find.step(true);
        assert_eq!(find.current, Some(0), "forward from the last wraps");
        find.step(false);
        assert_eq!(find.current, Some(5), "back from the first wraps");
    }

    #[test]
    fn text_whose_lowercase_changes_length_still_matches_exactly() {
        // 'İ' lowercases to two characters, so offsets would drift.
        let hits = Finder::new("istanbul").find_all("İstanbul and istanbul");
        assert_eq!(hits, vec![ByteRange(14, 22)]);
        // A non-ASCII query takes the lower-case path, with the same care.
        let hits = Finder::new("ıstanbul").find_all("İstanbul and ıstanbul and ISTANBUL");
        assert_eq!(hits, vec![ByteRange(14, 23)]);
    }

    /// Regression: an ASCII query was found in a lower-case copy of each
    /// cell, so a cell holding a letter whose lower case is longer ('İ')
    /// was searched case-sensitively, and every cell was copied at every
    /// letter typed.
    #[test]
    fn an_ascii_query_ignores_case_in_every_cell() {
        let finder = Finder::new("carney");
        assert_eq!(
            finder.find_all("İ met CARNEY and Carney"),
            vec![ByteRange(7, 13), ByteRange(18, 24)]
        );
        assert_eq!(
            Finder::new("café").find_all("Café and CAFÉ"),
            vec![ByteRange(0, 5), ByteRange(10, 15)]
        );
    }
}
