//! [`SyndiffApp::apply`], the one place state changes: each command goes
//! to the handler of the part it concerns (files, reading, view settings,
//! chrome), and that handler changes only what the command is about.

use std::path::Path;

use super::chrome::Pending;
use super::SyndiffApp;
use crate::gui::jobs::Source;
use crate::gui::settings::{self, MAX_FONT_SIZE, MIN_FONT_SIZE};
use crate::gui::worker::Done;
use crate::gui::{export_title, Command, OutputFormat, ScrollTarget, SideSel, SAMPLES};
use crate::report::wording;

impl SyndiffApp {
    /// The one place where state changes.
    pub fn apply(&mut self, command: Command) {
        use Command as C;
        match command {
            C::OpenDialog(_)
            | C::Load(..)
            | C::OpenSample(..)
            | C::OpenPair(..)
            | C::OpenAddress(..)
            | C::PasteAs(_)
            | C::SavePasted(_)
            | C::SavePastedTo(..)
            | C::Swap
            | C::Reload
            | C::ExportDialog(_)
            | C::Export(..)
            | C::ConfirmOverwrite(_)
            | C::Arrived(_)
            | C::CompareFailed(_) => self.apply_files(command),
            C::NextChange
            | C::PreviousChange
            | C::FirstChange
            | C::LastChange
            | C::GoToChange(_)
            | C::GoToUnit(_)
            | C::GoToMovedFrom(_)
            | C::Scroll(_)
            | C::Expand(_)
            | C::Hover(_)
            | C::HoverLink(_)
            | C::GoToLink(..)
            | C::OpenFind
            | C::CloseFind
            | C::FindFocused
            | C::SetFind(_)
            | C::FindNext(_) => self.apply_reading(command),
            C::OpenStoryDialog
            | C::OpenStory(_)
            | C::OpenSampleStory
            | C::ToggleStory
            | C::OpenStoryPair(..)
            | C::SelectQuote(_)
            | C::StoryArrived(_)
            | C::StoryFailed(_) => self.apply_story(command),
            C::ToggleReviewed
            | C::SetReviewed(..)
            | C::SetNote(..)
            | C::NextUnreviewed
            | C::PreviousUnreviewed => self.apply_marks(command),
            C::SetSettings(_)
            | C::ToggleBoilerplate
            | C::ToggleMaterialOnly
            | C::ToggleRedline
            | C::SetDivider(_)
            | C::NudgeDivider(_)
            | C::ZoomIn
            | C::ZoomOut
            | C::ToggleSummary => self.apply_settings(command),
            C::ToggleOptions
            | C::ToggleAddress
            | C::SetAddress(_)
            | C::ToggleHelp
            | C::CloseHelp
            | C::DismissError(_)
            | C::ShowError(_)
            | C::ShowNotice(_)
            | C::DismissNotice => self.apply_chrome(command),
        }
    }

    /// Opening, swapping and reloading files; exporting.
    fn apply_files(&mut self, command: Command) {
        match command {
            Command::OpenDialog(side) => {
                let title = match side {
                    SideSel::Left => "Open left article",
                    SideSel::Right => "Open right article",
                };
                let receiver = self.picker.pick_open(title, &self.ctx);
                self.chrome.pending.push(Pending::Open(side, receiver));
            }
            Command::Load(side, path) => {
                self.settings.remember(&path);
                self.pair.set(side, Source::File(path));
                self.request_compare(false);
            }
            Command::OpenSample(left, right) => {
                let last = SAMPLES.len() - 1;
                self.pair.set(SideSel::Left, Source::Sample(left.min(last)));
                self.pair
                    .set(SideSel::Right, Source::Sample(right.min(last)));
                self.request_compare(true);
            }
            Command::OpenPair(left, right) => {
                self.settings.remember(&left);
                self.settings.remember(&right);
                self.pair.set(SideSel::Left, Source::File(left));
                self.pair.set(SideSel::Right, Source::File(right));
                self.request_compare(false);
            }
            Command::OpenAddress(side, address) => {
                self.chrome.show_address = false;
                self.pair
                    .set(side, Source::Address(address.trim().to_owned()));
                self.request_compare(false);
            }
            Command::PasteAs(side) => self.paste(side),
            Command::SavePasted(side) => {
                let receiver =
                    self.picker
                        .pick_save("Save the pasted text", "pasted text.txt", &self.ctx);
                self.chrome
                    .pending
                    .push(Pending::SavePasted(side, receiver));
            }
            Command::SavePastedTo(side, path) => self.save_pasted(side, &path),
            Command::Swap => {
                self.pair.swap();
                self.request_compare(false);
            }
            Command::Reload => self.request_compare(true),
            Command::ExportDialog(_) if self.pair.comparison().is_none() => {
                self.chrome.errors.push("Nothing to export yet.".into());
            }
            Command::ExportDialog(format) => self.ask_where_to_export(format),
            Command::Export(format, path) => self.export(format, &path, false),
            Command::Arrived(done) => self.arrived(done),
            Command::CompareFailed(message) => {
                self.pair.failed();
                self.chrome.errors.push(message);
            }
            Command::ConfirmOverwrite(yes) => {
                if let Some((format, path)) = self.chrome.confirm_overwrite.take() {
                    if yes {
                        self.export(format, &path, true);
                    }
                }
            }
            _ => {}
        }
    }

    /// Asks where to export, suggesting a name after the pair.
    fn ask_where_to_export(&mut self, format: OutputFormat) {
        let extension = format
            .default_file_name()
            .rsplit('.')
            .next()
            .unwrap_or("txt");
        let name = format!("{}.{extension}", self.pair.export_stem());
        let receiver = self
            .picker
            .pick_save(export_title(format), &name, &self.ctx);
        self.chrome.pending.push(Pending::Save(format, receiver));
    }

    /// Takes in a finished comparison: the review starts afresh, the files
    /// are remembered for next time, the window title names them.
    fn arrived(&mut self, done: Done) {
        let new_pair = self.pair.arrived(done);
        let options = self.row_options();
        if let Some(cmp) = self.pair.comparison() {
            self.reading.reset(cmp, options);
            self.story.pair_arrived(cmp);
        }
        if new_pair {
            // A new pair starts at its top, not where the last one was.
            self.reading.scroll_to(ScrollTarget::Top);
        }
        // What went wrong before is past: this comparison succeeded.
        self.chrome.errors.clear();
        if let Some(cmp) = self.pair.comparison().cloned() {
            match self.marks.arrived(&cmp) {
                Some(Ok(news)) => self.chrome.notice = Some(news),
                Some(Err(problem)) => self.chrome.errors.push(problem),
                None => {}
            }
            self.marks.count(&cmp, self.reading.changes());
        }
        let files = (
            self.pair.source(SideSel::Left).path(),
            self.pair.source(SideSel::Right).path(),
        );
        if let (Some(left), Some(right)) = files {
            self.settings.remember_pair(left, right);
            self.settings.last_left = Some(left.to_owned());
            self.settings.last_right = Some(right.to_owned());
        }
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Title(self.pair.title()));
    }

    /// Writes an export. `replace` is true once the user agreed to replace
    /// an existing file. The compared files themselves are never written.
    fn export(&mut self, format: OutputFormat, path: &Path, replace: bool) {
        let Some(cmp) = self.pair.comparison() else {
            self.chrome.errors.push("Nothing to export yet.".into());
            return;
        };
        let options = crate::report::RenderOptions {
            review: self.marks.log(),
            ..Default::default()
        };
        let bytes = crate::report::render(cmp, format, &options).into_bytes();
        let written =
            crate::report::export::write_export(path, &bytes, replace, &self.pair.input_paths());
        match written {
            Ok(()) => self.chrome.notice = Some(format!("Saved {}", path.display())),
            Err(crate::engine::error::Error::Exists { .. }) => {
                self.chrome.confirm_overwrite = Some((format, path.to_owned()));
            }
            Err(e) => self.chrome.errors.push(wording::cannot("export", e)),
        }
    }

    /// Moving through the comparison, hovering, find.
    fn apply_reading(&mut self, command: Command) {
        let cmp = self.pair.comparison().cloned();
        let cmp = cmp.as_deref();
        let options = self.row_options();
        let reading = &mut self.reading;
        match command {
            Command::NextChange => reading.step_change(true, cmp, options),
            Command::PreviousChange => reading.step_change(false, cmp, options),
            Command::FirstChange => reading.go_to_change(0, cmp, options),
            Command::LastChange => {
                let last = reading.changes().len().saturating_sub(1);
                reading.go_to_change(last, cmp, options);
            }
            Command::GoToChange(i) => reading.go_to_change(i, cmp, options),
            Command::GoToUnit(u) => reading.go_to_unit(u, cmp, options),
            Command::GoToMovedFrom(u) => reading.go_to_moved_from(u),
            Command::Scroll(target) => reading.scroll_to(target),
            Command::Expand(first) => reading.expand(first, cmp, options),
            Command::Hover(hot) => reading.hover(hot),
            Command::HoverLink(link) => reading.hover_link(link),
            Command::GoToLink(link, side) => {
                reading.go_to_link(link, side == SideSel::Right, cmp, options)
            }
            Command::OpenFind => {
                let find = reading.find_mut();
                find.awaiting_focus = true;
                find.open = true;
            }
            Command::FindFocused => reading.find_mut().awaiting_focus = false,
            Command::CloseFind => {
                reading.find_mut().open = false;
                reading.find_mut().query.clear();
                reading.search(cmp);
            }
            Command::SetFind(query) => {
                reading.find_mut().query = query;
                reading.search(cmp);
            }
            Command::FindNext(forward) => {
                // The current match is drawn apart: the layouts change.
                reading.bump_version();
                if let Some(unit) = reading.find_mut().step(forward) {
                    reading.reveal_unit(unit, cmp, options);
                }
            }
            _ => {}
        }
    }

    /// The reader's options: matching, what is shown, sizes, theme.
    fn apply_settings(&mut self, command: Command) {
        let mut new = self.settings.clone();
        match command {
            Command::SetSettings(settings) => new = *settings,
            Command::ToggleBoilerplate => new.hide_boilerplate = !new.hide_boilerplate,
            Command::ToggleMaterialOnly => new.material_only = !new.material_only,
            Command::ToggleRedline => new.redline = !new.redline,
            Command::SetDivider(divider) => new.divider = settings::clamp_divider(divider),
            Command::NudgeDivider(step) => {
                new.divider = settings::clamp_divider(new.divider + step)
            }
            Command::ZoomIn => new.font_size = (new.font_size + 1.0).min(MAX_FONT_SIZE),
            Command::ZoomOut => new.font_size = (new.font_size - 1.0).max(MIN_FONT_SIZE),
            Command::ToggleSummary => new.show_summary = !new.show_summary,
            _ => {}
        }
        let old = std::mem::replace(&mut self.settings, new);
        let now = &self.settings;
        let compare_again = old.normalization != now.normalization;
        let reload = old.whole_page != now.whole_page;
        let changes_differ =
            old.hide_boilerplate != now.hide_boilerplate || old.material_only != now.material_only;
        let rows_differ = changes_differ || old.hide_unchanged != now.hide_unchanged;
        let theme_differs = old.theme != now.theme;
        if reload || compare_again {
            self.request_compare(reload);
        }
        let cmp = self.pair.comparison().cloned();
        if changes_differ {
            let options = self.row_options();
            self.reading.rebuild_changes(cmp.as_deref(), options);
            if let Some(cmp) = cmp.as_deref() {
                self.marks.count(cmp, self.reading.changes());
            }
        }
        if rows_differ {
            let options = self.row_options();
            self.reading.rebuild_rows(cmp.as_deref(), options);
        }
        if theme_differs {
            self.apply_theme();
        }
    }

    /// Windows and messages.
    fn apply_chrome(&mut self, command: Command) {
        let chrome = &mut self.chrome;
        match command {
            Command::ToggleOptions => chrome.show_options = !chrome.show_options,
            Command::ToggleAddress => chrome.show_address = !chrome.show_address,
            Command::SetAddress(address) => chrome.address = address,
            Command::ToggleHelp => chrome.show_help = !chrome.show_help,
            Command::CloseHelp => chrome.show_help = false,
            Command::ShowNotice(message) => chrome.notice = Some(message),
            Command::DismissError(i) if i < chrome.errors.len() => {
                chrome.errors.remove(i);
            }
            Command::DismissNotice => chrome.notice = None,
            Command::ShowError(message) => chrome.errors.push(message),
            _ => {}
        }
    }
}
