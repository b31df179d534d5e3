//! Body paragraphs in blocks beside the one Readability chose, put back.
//!
//! Page builders put each text block of an article in a component of its
//! own (a row, a column, a "paragraph" module): the lead in one, the rest
//! in the next, a quote box between them. Readability takes the best
//! scored container and only those of its siblings that score close to it,
//! so the rest of the article is dropped. Here the blocks around the chosen
//! one, a few levels up inside the same article, are read for paragraphs
//! of unlinked sentences; a block made mostly of such paragraphs is the
//! article's too.

use dom_query::{NodeRef, Selection};

/// How many levels above the chosen block siblings are looked at.
const MAX_LEVELS: usize = 3;
/// A paragraph of prose has at least this many words ...
const MIN_PARAGRAPH_WORDS: usize = 12;
/// ... and at most this share of them in links.
const MAX_LINKED_SHARE: f64 = 0.2;
/// A sibling block is taken when its prose paragraphs hold at least this
/// many words ...
const MIN_BLOCK_PROSE_WORDS: usize = 30;
/// ... and at least this share of its words.
const MIN_PROSE_SHARE: f64 = 0.6;
/// Areas never searched: they are beside the article, not part of it.
const NEVER_SEARCHED: &str = "nav, aside, footer, form, [class*=comment], [id*=comment], \
    [class*=sidebar], [id*=sidebar], [class*=widget]";

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The prose of blocks before the chosen block, whose first element in
/// the page is `start`: each block taken and its tidied text. Blocks after
/// it were measured too and are not read (see the module doc).
pub(super) fn preceding_prose<'a>(start: &NodeRef<'a>) -> Vec<(NodeRef<'a>, String)> {
    let mut found = Vec::new();
    let mut node = *start;
    for _ in 0..MAX_LEVELS {
        let Some(parent) = node.parent() else { break };
        if !parent.is_element() || parent.has_name("body") {
            break;
        }
        let mut sibling = node.prev_element_sibling();
        while let Some(s) = sibling {
            if let Some(text) = block_prose(&s) {
                found.push((s, text));
            }
            sibling = s.prev_element_sibling();
        }
        if parent.has_name("article") || parent.has_name("main") {
            break;
        }
        node = parent;
    }
    found
}

/// The prose paragraphs of `block` when it is made of them.
fn block_prose(block: &NodeRef) -> Option<String> {
    if block.is(NEVER_SEARCHED) {
        return None;
    }
    let sel = Selection::from(*block);
    if sel.select(NEVER_SEARCHED).exists() {
        return None;
    }
    let all = word_count(&block.text());
    let mut words = 0;
    let mut texts = Vec::new();
    for paragraph in sel.select("p").nodes() {
        let text = paragraph.text();
        let count = word_count(&text);
        if count < MIN_PARAGRAPH_WORDS {
            continue;
        }
        let linked: usize = Selection::from(*paragraph)
            .select("a")
            .iter()
            .map(|a| word_count(&a.text()))
            .sum();
        if linked as f64 > count as f64 * MAX_LINKED_SHARE {
            continue;
        }
        words += count;
        texts.push(super::tidy(&paragraph.formatted_text()));
    }
    (words >= MIN_BLOCK_PROSE_WORDS && words as f64 >= all as f64 * MIN_PROSE_SHARE)
        .then(|| texts.join("\n\n"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn paragraphs_in_a_component_before_the_body_are_kept() {
        let sentence =
            "The council voted on the harbour plan after a long debate in the town hall. ";
        let body = format!("<p>{}</p>", sentence.repeat(4)).repeat(8);
        let opening = "<p>Work on the new quay starts in spring and should take three years, the mayor said.</p>\
                       <p>Opponents said they would take the decision to the regional court before the summer.</p>";
        let html = format!(
            "<html><body><article><div class=row><div class=col><div class=text>{opening}</div></div></div>\
             <div class=row><div class=col>{body}</div></div>\
             </article></body></html>"
        );
        let out = super::super::extract(&html, false);
        let opening = out.text.find("regional court").expect("opening kept");
        let body = out.text.find("town hall").expect("body kept");
        assert!(opening < body, "{}", out.text);
        assert!(
            !out.text.contains("reader of many years"),
            "blocks after the body are not read"
        );
    }
}
