//! Paste as left / right: the clipboard's text becomes one side.
//!
//! Reading goes through the [`ClipboardSource`] trait, as file dialogs go
//! through the picker, so tests hand the app a clipboard of their own; the
//! real one is `arboard`, the crate eframe itself uses. HTML copied from a
//! browser goes through article extraction when it holds a page's worth of
//! paragraphs; a fragment is taken as the plain text that came with it.

use crate::engine::model::{Document, Format};
use crate::report::wording;

/// What the clipboard holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clip {
    pub text: String,
    /// The same content as HTML, when the source offered it.
    pub html: Option<String>,
}

/// Where pasted text comes from.
pub trait ClipboardSource {
    /// The clipboard's content now, or why it cannot be read.
    fn read(&mut self) -> Result<Clip, String>;
}

/// The system clipboard.
pub struct SystemClipboard;

impl ClipboardSource for SystemClipboard {
    fn read(&mut self) -> Result<Clip, String> {
        let mut clipboard =
            arboard::Clipboard::new().map_err(|e| wording::cannot("read the clipboard", e))?;
        let html = clipboard.get().html().ok();
        let text = clipboard.get_text().unwrap_or_default();
        Ok(Clip { text, html })
    }
}

/// A clipboard holding what a test put there.
#[derive(Debug, Default)]
pub struct FixedClipboard(pub Clip);

impl ClipboardSource for FixedClipboard {
    fn read(&mut self) -> Result<Clip, String> {
        Ok(self.0.clone())
    }
}

/// Fewest paragraphs in copied HTML for it to be read as a page.
const PAGE_MIN_BLOCKS: usize = 3;

/// The document a paste makes, labelled `label` ("pasted text, 11:32").
pub fn pasted_document(clip: &Clip, label: &str) -> Result<Document, String> {
    let blocks = |html: &str| {
        let lower = html.to_ascii_lowercase();
        ["<p", "<h1", "<h2", "<h3", "<li"]
            .iter()
            .map(|tag| lower.matches(tag).count())
            .sum::<usize>()
    };
    if let Some(html) = clip
        .html
        .as_deref()
        .filter(|h| blocks(h) >= PAGE_MIN_BLOCKS)
    {
        let extracted = crate::engine::html::extract(html, false);
        if extracted.article && !extracted.text.trim().is_empty() {
            let mut doc = Document::from_text(Some(label), extracted.text);
            doc.format = Format::HtmlArticle;
            return Ok(doc);
        }
    }
    if clip.text.trim().is_empty() {
        return Err(crate::report::wording::NOTHING_TO_PASTE.to_owned());
    }
    Ok(Document::from_text(Some(label), clip.text.clone()))
}

/// The label of text pasted at `hour`:`minute` UTC.
pub fn paste_label((hour, minute): (u32, u32)) -> String {
    format!("pasted text, {hour:02}:{minute:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_is_taken_as_its_plain_text() {
        let clip = Clip {
            text: "Trump said it was productive.".into(),
            html: Some("<b>Trump</b> said it was productive.".into()),
        };
        let doc = pasted_document(&clip, "pasted text, 11:32").unwrap();
        assert_eq!(&*doc.text, "Trump said it was productive.");
        assert_eq!(doc.format, Format::Text);
        assert_eq!(doc.path.as_deref(), Some("pasted text, 11:32"));
    }

    #[test]
    fn a_copied_page_goes_through_article_extraction() {
        let html = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Carney and Trump speak</h1><p>US President Donald Trump said he had an extremely productive first call with Canada's new Prime Minister Mark Carney on Friday.</p><p>The two leaders plan to meet immediately after Canada's April 28 general election to discuss trade.</p><p>Carney stands firm against US pressure over tariffs on Canadian cars and steel.</p></article><footer>© News Corp. Subscribe now.</footer></body></html>";
        let clip = Clip {
            text: "Home News Carney and Trump speak …".into(),
            html: Some(html.into()),
        };
        let doc = pasted_document(&clip, "pasted").unwrap();
        assert_eq!(doc.format, Format::HtmlArticle);
        assert!(doc.text.contains("Carney stands firm"), "{}", doc.text);
        assert!(!doc.text.contains("Subscribe"), "{}", doc.text);
    }

    #[test]
    fn an_empty_clipboard_says_so() {
        let err = pasted_document(&Clip::default(), "pasted").unwrap_err();
        assert_eq!(err, "The clipboard holds no text to paste.");
    }
}
