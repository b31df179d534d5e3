//! The marked text of one row's two cells: removed, added and rewritten
//! words, the faint span of a change in several pieces, and the letters
//! changed inside a word, and text the other side carries elsewhere (a
//! passage link, `<a class="ln">` pointing at its other end), and the
//! material changes in `<span class="mat">`. Every piece
//! of article text goes through [`escape`].

use std::fmt::Write as _;

use super::escape;
use crate::engine::model::{ByteRange, Comparison, EditKind, Unit, UnitKind};
use crate::report::link_places::LinkPlaces;
use crate::report::wording;

/// The passage links of one side, for marking its changed text.
pub(super) struct Links<'a> {
    cmp: &'a Comparison,
    places: &'a LinkPlaces,
    /// Link ends already given their anchor (link, left side).
    anchored: std::cell::RefCell<std::collections::HashSet<(usize, bool)>>,
    /// Whether the first marked part of a link end gets its anchor (the
    /// redline repeats the text of the columns and must not repeat ids).
    anchors: bool,
}

impl<'a> Links<'a> {
    pub(super) fn new(cmp: &'a Comparison, places: &'a LinkPlaces) -> Self {
        Self {
            cmp,
            places,
            anchored: Default::default(),
            anchors: true,
        }
    }

    /// The same links, marked without anchors.
    pub(super) fn without_anchors(cmp: &'a Comparison, places: &'a LinkPlaces) -> Self {
        Self {
            anchors: false,
            ..Self::new(cmp, places)
        }
    }

    /// `text[range]` escaped, its linked parts as `<a class="ln">` to the
    /// other end and the rest wrapped in `tag` (`del`, `ins`, or none).
    pub(super) fn piece(&self, left: bool, range: ByteRange, tag: Option<&str>, out: &mut String) {
        self.piece_in(left, range, tag, false, out);
    }

    /// As [`Self::piece`], the linked parts wrapped in `tag` too: the
    /// redline strikes every removed word, carried elsewhere or not.
    pub(super) fn piece_all_in(&self, left: bool, range: ByteRange, tag: &str, out: &mut String) {
        self.piece_in(left, range, Some(tag), true, out);
    }

    fn piece_in(
        &self,
        left: bool,
        range: ByteRange,
        tag: Option<&str>,
        tag_links: bool,
        out: &mut String,
    ) {
        let text = if left {
            &self.cmp.left.document.text
        } else {
            &self.cmp.right.document.text
        };
        let plain = |out: &mut String, r: ByteRange| {
            if r.0 >= r.1 {
                return;
            }
            match tag {
                Some(tag) => {
                    let _ = write!(out, "<{tag}>{}</{tag}>", escape(&text[r.range()]));
                }
                None => out.push_str(&escape(&text[r.range()])),
            }
        };
        let mut cursor = range.0;
        for (r, i) in self.places.in_span(!left, range) {
            let (a, b) = (r.0.max(cursor), r.1.min(range.1));
            if a >= b {
                continue;
            }
            plain(out, ByteRange(cursor, a));
            let link = &self.cmp.links[i];
            let (here, there, other) = if left {
                ('l', 'r', link.right.0)
            } else {
                ('r', 'l', link.left.0)
            };
            let other_blocks = if left {
                &self.cmp.right.blocks
            } else {
                &self.cmp.left.blocks
            };
            // The first marked part of each end is the anchor the other
            // end points at.
            let id = if self.anchors && self.anchored.borrow_mut().insert((i, left)) {
                format!(" id=\"p{i}{here}\"")
            } else {
                String::new()
            };
            let (open, close) = match tag.filter(|_| tag_links) {
                Some(tag) => (format!("<{tag}>"), format!("</{tag}>")),
                None => (String::new(), String::new()),
            };
            let _ = write!(
                out,
                "{open}<a class=\"ln\"{id} href=\"#p{i}{there}\" title=\"{}\">{}</a>{close}",
                wording::also_on(left, wording::paragraph_at(other_blocks, other)),
                escape(&text[a..b])
            );
            cursor = b;
        }
        plain(out, ByteRange(cursor, range.1));
    }
}

/// The two cells' HTML with inline marks.
pub(super) fn cells(cmp: &Comparison, unit: &Unit, links: &Links<'_>) -> (String, String) {
    let left_span = unit.left_span();
    let right_span = unit.right_span();
    let plain = |text: &str, span: Option<ByteRange>| {
        span.map_or(String::new(), |s| escape(&text[s.range()]))
    };
    let linked = |left: bool, span: Option<ByteRange>| {
        let mut out = String::new();
        if let Some(span) = span {
            links.piece(left, span, None, &mut out);
        }
        out
    };
    match unit.kind {
        UnitKind::Unchanged | UnitKind::Equivalent => (
            plain(&cmp.left.document.text, left_span),
            plain(&cmp.right.document.text, right_span),
        ),
        UnitKind::Added => (String::new(), linked(false, right_span)),
        UnitKind::Removed => (linked(true, left_span), String::new()),
        _ if unit.edits.is_empty() => (linked(true, left_span), linked(false, right_span)),
        _ => (
            marked(cmp, unit, left_span, true, links),
            marked(cmp, unit, right_span, false, links),
        ),
    }
}

/// One side of an edited unit, with its edits marked. The pieces of one
/// phrase-level change sit inside a faint `<span class="ph">`; a word that
/// differs by a few characters marks only those characters.
fn marked(
    cmp: &Comparison,
    unit: &Unit,
    span: Option<ByteRange>,
    left: bool,
    links: &Links<'_>,
) -> String {
    let Some(span) = span else {
        return String::new();
    };
    let text = if left {
        &cmp.left.document.text
    } else {
        &cmp.right.document.text
    };
    let mine_of = |r: (ByteRange, ByteRange)| if left { r.0 } else { r.1 };
    let mut phrases = unit
        .phrases
        .iter()
        .map(|p| mine_of((p.left, p.right)))
        .peekable();
    let mut in_phrase: Option<ByteRange> = None;
    let mut out = String::new();
    let mut cursor = span.0;
    for edit in &unit.edits {
        let mine = mine_of((edit.left, edit.right));
        if mine.0 > cursor {
            out.push_str(&escape(&text[cursor..mine.0]));
        }
        if in_phrase.is_none() && edit.kind != EditKind::Unchanged {
            if let Some(p) = phrases.next_if(|p| p.0 == mine.0) {
                out.push_str("<span class=\"ph\">");
                in_phrase = Some(p);
            }
        }
        let material = edit.material.filter(|_| !mine.is_empty());
        if let Some(kind) = material {
            // Outlined and labelled by the style sheet: a cue that does not
            // rely on colour.
            let _ = write!(
                out,
                "<span class=\"mat\" data-material=\"{}\" title=\"{}\">",
                wording::material_name(kind),
                escape(&wording::material_hint(kind))
            );
        }
        edit_html(cmp, unit, edit, left, links, &mut out);
        if material.is_some() {
            out.push_str("</span>");
        }
        cursor = cursor.max(mine.1);
        if in_phrase.is_some_and(|p| p.1 == mine.1 && edit.kind != EditKind::Unchanged) {
            out.push_str("</span>");
            in_phrase = None;
        }
    }
    if in_phrase.is_some() {
        out.push_str("</span>");
    }
    if span.1 > cursor {
        out.push_str(&escape(&text[cursor..span.1]));
    }
    out
}

/// One edit of one side: unchanged text plain, a removal or addition
/// struck or underlined (its linked parts marked shared), a rewrite in
/// italics with the other version in its tooltip.
fn edit_html(
    cmp: &Comparison,
    unit: &Unit,
    edit: &crate::engine::model::Edit,
    left: bool,
    links: &Links<'_>,
    out: &mut String,
) {
    let (text, other) = if left {
        (&cmp.left.document.text, &cmp.right.document.text)
    } else {
        (&cmp.right.document.text, &cmp.left.document.text)
    };
    let (mine, theirs) = if left {
        (edit.left, edit.right)
    } else {
        (edit.right, edit.left)
    };
    let rewrite = |out: &mut String, inner: &str| {
        let _ = write!(
            out,
            "<span class=\"rw\" title=\"{}: {}\">{inner}</span>",
            if left { "now" } else { "was" },
            escape(&other[theirs.range()])
        );
    };
    match (edit.kind, left) {
        (EditKind::Removed, true) => links.piece(true, mine, Some("del"), out),
        (EditKind::Added, false) => links.piece(false, mine, Some("ins"), out),
        (EditKind::Rewritten, _) if links.places.in_span(!left, mine).next().is_some() => {
            // Part of the rewrite stands elsewhere on the other side: that
            // part is marked linked, the rest rewritten.
            let mut inner = String::new();
            links.piece(left, mine, None, &mut inner);
            rewrite(out, &inner);
        }
        (EditKind::Rewritten, _) => {
            let marks = unit.char_edits_in(edit);
            let inner = if marks.is_empty() {
                escape(&text[mine.range()])
            } else {
                let mine_of = |m: &crate::engine::model::Edit| if left { m.left } else { m.right };
                in_word(text, mine, marks.iter().map(mine_of), left)
            };
            rewrite(out, &inner);
        }
        // Unchanged text; an addition has no text on the left, a removal
        // none on the right.
        _ => out.push_str(&escape(&text[mine.range()])),
    }
}

/// One side of a word that differs by a few characters: the changed
/// characters as `<del class="ch">` (left) or `<ins class="ch">` (right).
fn in_word(
    text: &str,
    word: ByteRange,
    marks: impl Iterator<Item = ByteRange>,
    left: bool,
) -> String {
    let tag = if left { "del" } else { "ins" };
    let mut out = String::new();
    let mut cursor = word.0;
    for mark in marks.filter(|m| !m.is_empty()) {
        out.push_str(&escape(&text[cursor..mark.0.max(cursor)]));
        let _ = write!(
            out,
            "<{tag} class=\"ch\">{}</{tag}>",
            escape(&text[mark.range()])
        );
        cursor = mark.1.max(cursor);
    }
    out.push_str(&escape(&text[cursor..word.1.max(cursor)]));
    out
}
