//! The body of an OpenDocument text (`content.xml`): headings (`text:h`)
//! and paragraphs (`text:p`) in reading order, in lists and table cells
//! too, each a block; spaces (`text:s`), tabs and line breaks kept;
//! footnotes (`text:note`), comments (`office:annotation`) and the record
//! of tracked deletions (`text:tracked-changes`) left out, so the text
//! reads with its changes accepted.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::Blocks;

/// Elements whose whole content is left out.
const SKIPPED: [&[u8]; 4] = [
    b"note",
    b"annotation",
    b"tracked-changes",
    b"annotation-end",
];

/// The body's text, and whether it held tracked changes.
pub(super) fn body_text(xml: &str) -> Result<(String, bool), String> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Blocks::default();
    let mut tracked = false;
    let mut skipping = 0usize;
    // Inside office:text (the body), not in styles or settings.
    let mut in_body = false;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if name == b"tracked-changes" {
                    tracked = true;
                }
                if name == b"text" && e.name().as_ref() == b"office:text" {
                    in_body = true;
                }
                if skipping > 0 || SKIPPED.contains(&name) {
                    skipping += 1;
                    continue;
                }
                if matches!(name, b"p" | b"h") {
                    blocks.end_block();
                }
            }
            Event::End(e) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"p" | b"h" => blocks.end_block(),
                    b"text" if e.name().as_ref() == b"office:text" => in_body = false,
                    _ => {}
                }
            }
            Event::Empty(e) if skipping == 0 && in_body => empty(&e, &mut blocks),
            Event::Text(t) if skipping == 0 && in_body => {
                let text = t.unescape().map_err(|e| e.to_string())?;
                // Whitespace between elements is layout, not text.
                if !text.trim().is_empty() || !blocks.current.is_empty() {
                    blocks.push_text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((blocks.finish(), tracked))
}

/// A spacer element: spaces, a tab, a line break.
fn empty(e: &BytesStart<'_>, blocks: &mut Blocks) {
    match e.local_name().as_ref() {
        b"s" => {
            let count = e
                .attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == b"c")
                .and_then(|a| std::str::from_utf8(&a.value).ok()?.parse::<usize>().ok())
                .unwrap_or(1)
                .min(1000);
            blocks.push_text(&" ".repeat(count));
        }
        b"tab" => blocks.push_text("\t"),
        b"line-break" => blocks.line_break(),
        b"p" | b"h" => blocks.end_block(),
        _ => {}
    }
}
