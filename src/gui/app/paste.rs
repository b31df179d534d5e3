//! Paste as left / right, and saving pasted text to a file of the
//! reader's choosing (it is never written anywhere else).

use std::path::Path;
use std::sync::Arc;

use super::SyndiffApp;
use crate::gui::clipboard::{self, ClipboardSource};
use crate::gui::jobs::Source;
use crate::gui::SideSel;
use crate::report::wording;

impl SyndiffApp {
    /// Reads pasted text from `clipboard` from now on (tests).
    pub fn set_clipboard(&mut self, clipboard: Box<dyn ClipboardSource>) {
        self.clipboard = clipboard;
    }

    /// The clipboard's text becomes `side`, labelled with the time.
    pub(super) fn paste(&mut self, side: SideSel) {
        let label = clipboard::paste_label(utc_now_minutes());
        let pasted = self
            .clipboard
            .read()
            .and_then(|clip| clipboard::pasted_document(&clip, &label));
        match pasted {
            Ok(doc) => {
                self.pair.set(side, Source::Pasted(Arc::new(doc)));
                self.request_compare(false);
            }
            Err(message) => self.chrome.show_error(message),
        }
    }

    /// Writes the pasted text of `side` to `path`, which then stands for it.
    pub(super) fn save_pasted(&mut self, side: SideSel, path: &Path) {
        let Source::Pasted(doc) = self.pair.source(side).clone() else {
            self.chrome.show_error(wording::NO_PASTED_TEXT.into());
            return;
        };
        let written = crate::report::export::write_export(
            path,
            doc.text.as_bytes(),
            false,
            &self.pair.input_paths(),
        );
        match written {
            Ok(()) => {
                self.chrome.show_notice(wording::saved(path));
                self.pair.set(side, Source::File(path.to_owned()));
                self.request_compare(false);
            }
            Err(crate::engine::error::Error::Exists { path }) => {
                self.chrome.show_error(wording::pasted_name_taken(&path))
            }
            Err(e) => self
                .chrome
                .show_error(wording::cannot("save the pasted text", e)),
        }
    }
}

/// Hours and minutes of the time now, in UTC.
fn utc_now_minutes() -> (u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let minutes_of_day = (seconds / 60) % (24 * 60);
    ((minutes_of_day / 60) as u32, (minutes_of_day % 60) as u32)
}
