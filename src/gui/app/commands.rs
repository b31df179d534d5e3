//! [`SyndiffApp::apply`], the one place state changes: each command goes
//! to the handler of the part it concerns (files, reading, view settings,
//! chrome), and that handler changes only what the command is about.

use std::path::Path;

use super::chrome::Pending;
use super::SyndiffApp;
use crate::gui::jobs::Source;
use crate::gui::settings::{self, MAX_FONT_SIZE, MIN_FONT_SIZE};
use crate::gui::worker::Done;
use crate::gui::{
    export_title, ChromeCommand, Command, FilesCommand, OutputFormat, ReadingCommand, ScrollTarget,
    SettingsCommand, SideSel, SAMPLES,
};
use crate::report::wording;

impl SyndiffApp {
    /// The one place where state changes.
    pub fn apply(&mut self, command: Command) {
        use Command as C;
        match command {
            C::Files(asked) => self.apply_files(asked),
            C::Reading(asked) => self.apply_reading(asked),
            C::Story(asked) => self.apply_story(asked),
            C::Marks(asked) => self.apply_marks(asked),
            C::Settings(asked) => self.apply_settings(asked),
            C::Chrome(asked) => self.apply_chrome(asked),
        }
    }

    /// Opening, swapping and reloading files; exporting.
    fn apply_files(&mut self, command: FilesCommand) {
        match command {
            FilesCommand::OpenDialog(side) => {
                let title = match side {
                    SideSel::Left => "Open left article",
                    SideSel::Right => "Open right article",
                };
                let receiver = self.picker.pick_open(title, &self.ctx);
                self.chrome.pending.push(Pending::Open(side, receiver));
            }
            FilesCommand::Load(side, path) => {
                self.settings.remember(&path);
                self.pair.set(side, Source::File(path));
                self.request_compare(false);
            }
            FilesCommand::OpenSample(left, right) => {
                let last = SAMPLES.len() - 1;
                self.pair.set(SideSel::Left, Source::Sample(left.min(last)));
                self.pair
                    .set(SideSel::Right, Source::Sample(right.min(last)));
                self.request_compare(true);
            }
            FilesCommand::OpenPair(left, right) => {
                self.settings.remember(&left);
                self.settings.remember(&right);
                self.pair.set(SideSel::Left, Source::File(left));
                self.pair.set(SideSel::Right, Source::File(right));
                self.request_compare(false);
            }
            FilesCommand::OpenAddress(side, address) => {
                self.chrome.show_address = false;
                self.pair
                    .set(side, Source::Address(address.trim().to_owned()));
                self.request_compare(false);
            }
            FilesCommand::PasteAs(side) => self.paste(side),
            FilesCommand::SavePasted(side) => {
                let receiver =
                    self.picker
                        .pick_save("Save the pasted text", "pasted text.txt", &self.ctx);
                self.chrome
                    .pending
                    .push(Pending::SavePasted(side, receiver));
            }
            FilesCommand::SavePastedTo(side, path) => self.save_pasted(side, &path),
            FilesCommand::Swap => {
                self.pair.swap();
                self.request_compare(false);
            }
            FilesCommand::Reload => self.request_compare(true),
            FilesCommand::ExportDialog(_) if self.pair.comparison().is_none() => {
                self.chrome.errors.push("Nothing to export yet.".into());
            }
            FilesCommand::ExportDialog(format) => self.ask_where_to_export(format),
            FilesCommand::Export(format, path) => self.export(format, &path, false),
            FilesCommand::Arrived(done) => self.arrived(done),
            FilesCommand::CompareFailed(message) => {
                self.pair.failed();
                self.chrome.errors.push(message);
            }
            FilesCommand::ConfirmOverwrite(yes) => {
                if let Some((format, path)) = self.chrome.confirm_overwrite.take() {
                    if yes {
                        self.export(format, &path, true);
                    }
                }
            }
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
        // What went wrong before is past: this comparison succeeded. What
        // went right ("Saved …") was about the view now replaced.
        self.chrome.errors.clear();
        self.chrome.notice = None;
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
            self.settings.last_samples = None;
        }
        // A pair of samples is the next start's pair as files are.
        if let (Source::Sample(left), Source::Sample(right)) = (
            self.pair.source(SideSel::Left),
            self.pair.source(SideSel::Right),
        ) {
            self.settings.last_samples = Some((*left, *right));
            self.settings.last_left = None;
            self.settings.last_right = None;
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
    fn apply_reading(&mut self, command: ReadingCommand) {
        let cmp = self.pair.comparison().cloned();
        let cmp = cmp.as_deref();
        let options = self.row_options();
        let reading = &mut self.reading;
        match command {
            ReadingCommand::NextChange => reading.step_change(true, cmp, options),
            ReadingCommand::PreviousChange => reading.step_change(false, cmp, options),
            ReadingCommand::FirstChange => reading.go_to_change(0, cmp, options),
            ReadingCommand::LastChange => {
                let last = reading.changes().len().saturating_sub(1);
                reading.go_to_change(last, cmp, options);
            }
            ReadingCommand::GoToChange(i) => reading.go_to_change(i, cmp, options),
            ReadingCommand::GoToUnit(u) => reading.go_to_unit(u, cmp, options),
            ReadingCommand::GoToMovedFrom(u) => reading.go_to_moved_from(u),
            ReadingCommand::Scroll(target) => reading.scroll_to(target),
            ReadingCommand::Expand(first) => reading.expand(first, cmp, options),
            ReadingCommand::Hover(hot) => reading.hover(hot),
            ReadingCommand::HoverLink(link) => reading.hover_link(link),
            ReadingCommand::GoToLink(link, side) => {
                reading.go_to_link(link, side == SideSel::Right, cmp, options)
            }
            ReadingCommand::OpenFind => {
                let find = reading.find_mut();
                find.awaiting_focus = true;
                find.open = true;
            }
            ReadingCommand::FindFocused => reading.find_mut().awaiting_focus = false,
            ReadingCommand::CloseFind => {
                reading.find_mut().open = false;
                reading.find_mut().query.clear();
                reading.search(cmp);
            }
            ReadingCommand::SetFind(query) => {
                reading.find_mut().query = query;
                reading.search(cmp);
            }
            ReadingCommand::FindNext(forward) => {
                // The current match is drawn apart: the layouts change.
                reading.bump_version();
                if let Some(unit) = reading.find_mut().step(forward) {
                    reading.reveal_unit(unit, cmp, options);
                }
            }
        }
    }

    /// The reader's options: matching, what is shown, sizes, theme.
    fn apply_settings(&mut self, command: SettingsCommand) {
        let mut new = self.settings.clone();
        match command {
            SettingsCommand::SetSettings(settings) => new = *settings,
            SettingsCommand::ToggleBoilerplate => new.hide_boilerplate = !new.hide_boilerplate,
            SettingsCommand::ToggleMaterialOnly => new.material_only = !new.material_only,
            SettingsCommand::ToggleRedline => new.redline = !new.redline,
            SettingsCommand::SetDivider(divider) => new.divider = settings::clamp_divider(divider),
            SettingsCommand::NudgeDivider(step) => {
                new.divider = settings::clamp_divider(new.divider + step)
            }
            SettingsCommand::ZoomIn => new.font_size = (new.font_size + 1.0).min(MAX_FONT_SIZE),
            SettingsCommand::ZoomOut => new.font_size = (new.font_size - 1.0).max(MIN_FONT_SIZE),
            SettingsCommand::ToggleSummary => new.show_summary = !new.show_summary,
        }
        let old = std::mem::replace(&mut self.settings, new);
        let now = &self.settings;
        let compare_again = old.normalization != now.normalization;
        let reload = old.whole_page != now.whole_page;
        let changes_differ = old.hide_boilerplate != now.hide_boilerplate
            || old.material_only != now.material_only
            || old.step_into_boilerplate != now.step_into_boilerplate;
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
    fn apply_chrome(&mut self, command: ChromeCommand) {
        let chrome = &mut self.chrome;
        match command {
            ChromeCommand::ToggleOptions => chrome.show_options = !chrome.show_options,
            ChromeCommand::CloseOptions => chrome.show_options = false,
            ChromeCommand::ToggleAddress => {
                chrome.show_address = !chrome.show_address;
                // Each opening starts empty and takes the keyboard: the
                // last address, kept, swallowed what was typed.
                if chrome.show_address {
                    chrome.address.clear();
                }
            }
            ChromeCommand::SetAddress(address) => chrome.address = address,
            ChromeCommand::ToggleHelp => chrome.show_help = !chrome.show_help,
            ChromeCommand::CloseHelp => chrome.show_help = false,
            ChromeCommand::ToggleLegend => chrome.show_legend = !chrome.show_legend,
            ChromeCommand::ShowNotice(message) => chrome.notice = Some(message),
            ChromeCommand::DismissError(i) => {
                if i < chrome.errors.len() {
                    chrome.errors.remove(i);
                }
            }
            ChromeCommand::DismissNotice => chrome.notice = None,
            ChromeCommand::ShowError(message) => chrome.errors.push(message),
        }
    }
}
