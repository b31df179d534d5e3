//! The words for how each side was read: its format's name, how it was
//! read ("web page, article"), and the header a pane or report gives it
//! with its words counted.

use crate::engine::model::{Comparison, Document, Format};

/// How a file's format is described ("web page, article").
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Markdown => "Markdown",
        Format::HtmlArticle => "web page, article",
        Format::HtmlPage => "web page, whole page",
        Format::HtmlArticleNotFound => "web page, article not found; whole page shown",
        Format::Word => "Word document",
        Format::OpenDocument => "OpenDocument text",
        Format::Pdf => "PDF",
    }
}

/// How a side was read: its format's name, and for a Word or OpenDocument
/// file with tracked changes, that they were taken as accepted.
pub fn read_as(doc: &Document) -> String {
    let name = format_name(doc.format);
    if doc.tracked_changes_accepted {
        format!("{name}, tracked changes accepted")
    } else {
        name.to_owned()
    }
}

/// The words of one side's file, boilerplate included: the count the
/// story view gives for the same file
/// ([`crate::engine::segment::word_count`]), taken from the comparison's
/// own counts.
pub fn file_words(cmp: &Comparison, left: bool) -> usize {
    let s = &cmp.stats;
    if left {
        s.left_words + s.boilerplate.left_words
    } else {
        s.right_words + s.boilerplate.right_words
    }
}

/// How a side was read, as the headers give it: "UTF-8, 353 words" for a
/// text file, "PDF, 812 words", "windows-1252, web page, article, 620
/// words". The encoding is named only where the file had one to detect
/// (text, Markdown, web pages); a Word, OpenDocument or PDF file is
/// decoded by its own format's rules, where "UTF-8" would mean nothing.
pub fn side_header(cmp: &Comparison, left: bool) -> String {
    let side = if left {
        &cmp.left.document
    } else {
        &cmp.right.document
    };
    let words = file_words(cmp, left);
    let words = format!("{words} word{}", if words == 1 { "" } else { "s" });
    match side.format {
        Format::Text => format!("{}, {words}", side.encoding),
        Format::Word | Format::OpenDocument | Format::Pdf => {
            format!("{}, {words}", read_as(side))
        }
        _ => format!("{}, {}, {words}", side.encoding, read_as(side)),
    }
}
