//! Finding quotation marks in one paragraph, and the speaker beside them.

use crate::engine::model::ByteRange;

/// Verbs that name a speaker next to a quotation.
const SPEECH_VERBS: [&str; 9] = [
    "said", "says", "wrote", "writes", "added", "adds", "told", "tells", "posted",
];

/// The quotations in paragraph `para` of `text`: the words inside the
/// marks, the speaker if one is named beside them, and whether the
/// quotation is still open at the paragraph's end.
pub(super) fn in_paragraph(text: &str, para: ByteRange) -> Vec<(ByteRange, Option<String>, bool)> {
    let body = &text[para.range()];
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut open: Option<(usize, char)> = None;
    // Inside a quotation opened with a single mark, a double one opened
    // (‘He said “no” today’): its closing mark is not this one's.
    let mut inner_double = false;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, n)| n);
        let single_open = matches!(open, Some((_, '‘' | '\'')));
        let closes = match (open, c) {
            (Some((_, '“' | '"')), '”' | '"') => true,
            (Some((_, '‘' | '\'')), '’' | '\'') => closes_single(before, after),
            // Opened with a single mark, closed with a double one, as
            // typesetters mixed them: still one quotation.
            (Some(_), '”' | '"') if single_open && !inner_double => closes_single(before, after),
            _ => false,
        };
        match (open, c) {
            (None, '“' | '"') => open = Some((at + c.len_utf8(), c)),
            (None, '‘' | '\'') if opens_single(before, after) => {
                open = Some((at + c.len_utf8(), c));
                inner_double = false;
            }
            (Some((start, _)), _) if closes => {
                let range = ByteRange(para.0 + start, para.0 + at);
                out.push((range, speaker(text, para, range), false));
                open = None;
            }
            (Some(_), '“') if single_open => inner_double = true,
            (Some(_), '"') if single_open && opens_single(before, after) => inner_double = true,
            (Some(_), '”' | '"') if single_open => inner_double = false,
            _ => {}
        }
    }
    if let Some((start, mark)) = open {
        // Single marks left open are apostrophes, not quotations.
        if matches!(mark, '“' | '"') {
            let range = ByteRange(para.0 + start, para.1);
            out.push((range, speaker(text, para, range), true));
        }
    }
    out
}

/// A single mark opens a quotation after a space or the start, before a
/// letter.
fn opens_single(before: Option<char>, after: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || "([—–-".contains(b))
        && after.is_some_and(char::is_alphanumeric)
}

/// A single mark closes one before a space, punctuation or the end (not
/// inside a word: "Canada’s").
fn closes_single(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(|b| !b.is_whitespace())
        && after.is_none_or(|a| a.is_whitespace() || ",.;:!?)—–-".contains(a))
}

/// The name beside the speech verb just after the quotation ("…,” Trump
/// said", "…,” said Trump") or just before it ("Trump said: “…").
fn speaker(text: &str, para: ByteRange, quote: ByteRange) -> Option<String> {
    // Past the closing mark, and before the opening one.
    let after_end = text[quote.1..para.1]
        .chars()
        .next()
        .map_or(quote.1, |c| quote.1 + c.len_utf8());
    let after: String = text[after_end..para.1].chars().take(60).collect();
    let before_start = text[para.0..quote.0]
        .chars()
        .next_back()
        .map_or(quote.0, |c| quote.0 - c.len_utf8());
    let before: String = {
        let b = &text[para.0..before_start];
        let start = b.char_indices().rev().nth(80).map_or(0, |(i, _)| i);
        b[start..].to_owned()
    };
    let words_after: Vec<&str> = after
        .split(|c: char| c.is_whitespace() || ",.:;”\"".contains(c))
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    name_by_verb(&words_after, false).or_else(|| {
        let words_before: Vec<&str> = before
            .split(|c: char| c.is_whitespace() || ",.:;“\"".contains(c))
            .filter(|w| !w.is_empty())
            .collect();
        let tail = &words_before[words_before.len().saturating_sub(6)..];
        name_by_verb(tail, true)
    })
}

/// A capitalised name just before (or, after the quotation, just after) a
/// speech verb among `words`.
fn name_by_verb(words: &[&str], before_quote: bool) -> Option<String> {
    let is_name = |w: &&&str| {
        w.starts_with(char::is_uppercase) && !SPEECH_VERBS.contains(&w.to_lowercase().as_str())
    };
    let verb = words
        .iter()
        .position(|w| SPEECH_VERBS.contains(&w.to_lowercase().as_str()))?;
    let name_before: Vec<&str> = words[..verb]
        .iter()
        .rev()
        .take_while(is_name)
        .copied()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !name_before.is_empty() {
        return Some(name_before.join(" "));
    }
    if before_quote {
        return None;
    }
    let name_after: Vec<&str> = words[verb + 1..]
        .iter()
        .take_while(is_name)
        .copied()
        .collect();
    (!name_after.is_empty()).then(|| name_after.join(" "))
}
