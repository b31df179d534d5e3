//! The body of a Word file (`word/document.xml`, WordprocessingML): text
//! runs (`w:t`) in reading order; a paragraph (`w:p`) a block; tabs and
//! breaks kept; deleted text (`w:delText`, `w:moveFrom`) dropped and
//! inserted text kept (tracked changes accepted); field codes, footnote
//! and comment references, and the fallback copy of alternate content
//! skipped.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::Blocks;

/// Elements whose whole content is left out.
const SKIPPED: [&[u8]; 6] = [
    b"delText",
    b"moveFrom",
    b"instrText",
    b"Fallback",
    b"footnoteReference",
    b"commentReference",
];

/// The body's text, and whether it held tracked changes.
pub(super) fn body_text(xml: &str) -> Result<(String, bool), String> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Blocks::default();
    let mut tracked = false;
    // Depth inside a skipped element (0: not skipping).
    let mut skipping = 0usize;
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if matches!(name, b"ins" | b"del" | b"moveTo" | b"moveFrom") {
                    tracked = true;
                }
                if skipping > 0 || SKIPPED.contains(&name) {
                    skipping += 1;
                    continue;
                }
                match name {
                    // A paragraph inside a paragraph (a text box): the outer
                    // one's text so far is a block of its own.
                    b"p" => blocks.end_block(),
                    b"t" => in_text = true,
                    _ => {}
                }
            }
            Event::End(e) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"p" | b"tc" => blocks.end_block(),
                    b"t" => in_text = false,
                    _ => {}
                }
            }
            Event::Empty(e) if skipping == 0 => match e.local_name().as_ref() {
                b"tab" | b"ptab" => blocks.push_text("\t"),
                b"br" | b"cr" => blocks.line_break(),
                b"noBreakHyphen" => blocks.push_text("\u{2011}"),
                b"softHyphen" => {}
                b"p" => blocks.end_block(),
                _ => {}
            },
            Event::Text(t) if skipping == 0 && in_text => {
                let text = t.unescape().map_err(|e| e.to_string())?;
                blocks.push_text(&text);
            }
            Event::CData(t) if skipping == 0 && in_text => {
                blocks.push_text(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((blocks.finish(), tracked))
}
