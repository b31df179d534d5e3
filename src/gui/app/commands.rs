//! [`SyndiffApp::apply`]: each command goes to the part it concerns, which
//! applies it; the files commands, which touch the pair, the dialogs, the
//! worker and the settings at once, are handled here, as is what a change
//! of settings means for the comparison, the rows and the theme.

use std::path::Path;

use super::chrome::Pending;
use super::SyndiffApp;
use crate::gui::jobs::Source;
use crate::gui::worker::Done;
use crate::gui::{
    Command, FilesCommand, OutputFormat, ScrollTarget, SettingsCommand, SideSel, SAMPLES,
};
use crate::report::wording;

impl SyndiffApp {
    /// The one place where state changes.
    pub fn apply(&mut self, command: Command) {
        use Command as C;
        match command {
            C::Files(asked) => self.apply_files(asked),
            C::Reading(asked) => {
                let cmp = self.pair.comparison().cloned();
                let options = self.row_options();
                self.reading.apply(asked, cmp.as_deref(), options)
            }
            C::Story(asked) => self.apply_story(asked),
            C::Marks(asked) => self.apply_marks(asked),
            C::Settings(asked) => self.apply_settings(asked),
            C::Chrome(asked) => self.chrome.apply(asked),
        }
    }

    /// Opening, swapping and reloading files; exporting.
    fn apply_files(&mut self, command: FilesCommand) {
        match command {
            FilesCommand::OpenDialog(side) => {
                let title = wording::open_side_title(side == SideSel::Right);
                let receiver = self.picker.pick_open(title, &self.ctx);
                self.chrome.await_dialog(Pending::Open(side, receiver));
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
                self.chrome.close_address();
                self.pair
                    .set(side, Source::Address(address.trim().to_owned()));
                self.request_compare(false);
            }
            FilesCommand::PasteAs(side) => self.paste(side),
            FilesCommand::SavePasted(side) => {
                let receiver =
                    self.picker
                        .pick_save(wording::SAVE_PASTED_TITLE, "pasted text.txt", &self.ctx);
                self.chrome
                    .await_dialog(Pending::SavePasted(side, receiver));
            }
            FilesCommand::SavePastedTo(side, path) => self.save_pasted(side, &path),
            FilesCommand::Swap => {
                self.pair.swap();
                self.request_compare(false);
            }
            FilesCommand::Reload => self.request_compare(true),
            FilesCommand::ExportDialog(_) if self.pair.comparison().is_none() => {
                self.chrome.show_error(wording::NOTHING_TO_EXPORT.into());
            }
            FilesCommand::ExportDialog(format) => self.ask_where_to_export(format),
            FilesCommand::Export(format, path) => self.export(format, &path, false),
            FilesCommand::Arrived(done) => self.arrived(done),
            FilesCommand::CompareFailed(message) => {
                self.pair.failed();
                self.chrome.show_error(message);
            }
            FilesCommand::ConfirmOverwrite(yes) => {
                if let Some((format, path)) = self.chrome.take_overwrite() {
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
            .pick_save(wording::export_title(format), &name, &self.ctx);
        self.chrome.await_dialog(Pending::Save(format, receiver));
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
        self.chrome.clear_errors();
        self.chrome.clear_notice();
        if let Some(cmp) = self.pair.comparison().cloned() {
            match self.marks.arrived(&cmp) {
                Some(Ok(news)) => self.chrome.show_notice(news),
                Some(Err(problem)) => self.chrome.show_error(problem),
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
            self.chrome.show_error(wording::NOTHING_TO_EXPORT.into());
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
            Ok(()) => self.chrome.show_notice(wording::saved(path)),
            Err(crate::engine::error::Error::Exists { .. }) => {
                self.chrome.ask_overwrite(format, path.to_owned());
            }
            Err(e) => self.chrome.show_error(wording::cannot("export", e)),
        }
    }

    /// The reader's options: the settings change themselves; what
    /// depends on them (the comparison, the rows, the marks' count, the
    /// theme) is redone here.
    fn apply_settings(&mut self, command: SettingsCommand) {
        let changed = self.settings.apply(command);
        let (reload, compare_again) = (changed.reload, changed.compare_again);
        if reload || compare_again {
            self.request_compare(reload);
        }
        let cmp = self.pair.comparison().cloned();
        if changed.changes {
            let options = self.row_options();
            self.reading.rebuild_changes(cmp.as_deref(), options);
            if let Some(cmp) = cmp.as_deref() {
                self.marks.count(cmp, self.reading.changes());
            }
        }
        if changed.rows {
            let options = self.row_options();
            self.reading.rebuild_rows(cmp.as_deref(), options);
        }
        if changed.theme {
            self.apply_theme();
        }
    }
}
