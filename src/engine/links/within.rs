//! Names moved inside one paragraph: "first call Friday with Canada's new
//! Prime Minister Mark Carney" rewritten as "President Donald Trump and
//! newly elected Canadian Prime Minister Mark Carney held …". The word diff
//! keeps the words in order, so it marks the name removed at one place and
//! added at the other, where the reader must not be told the other version
//! dropped it. Passage links start at five words; a name is shorter. So,
//! inside each unit, a run of at least [`MIN_WORDS`] words that the unit's
//! two sides both mark changed, with at least [`MIN_CAPITALISED`]
//! capitalised words (a name, a title with a name), is linked too.

use std::collections::HashMap;

use super::Words;
use crate::engine::model::{ByteRange, Link};

/// Shortest name run linked inside a paragraph.
const MIN_WORDS: usize = super::MIN_LINK_WORDS;
/// Capitalised words a run needs to read as a name.
const MIN_CAPITALISED: usize = 2;

/// The hidden words of each unit, by unit.
fn hidden_by_unit(words: &Words) -> HashMap<u32, Vec<usize>> {
    let mut out: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, shown) in words.shown_shared.iter().enumerate() {
        if !shown {
            out.entry(words.unit[i]).or_default().push(i);
        }
    }
    out
}

/// The name runs moved inside a unit (see the module docs), as links.
pub(super) fn name_links(left: &Words, right: &Words, texts: (&str, &str)) -> Vec<Link> {
    let right_hidden = hidden_by_unit(right);
    let capitalised = |words: &Words, text: &str, i: usize| {
        let (s, e) = words.ranges[i];
        text[s as usize..e as usize].starts_with(char::is_uppercase)
    };
    let mut links = Vec::new();
    // Unit by unit in order, so that the links come out the same each run.
    let mut left_hidden: Vec<(u32, Vec<usize>)> = hidden_by_unit(left).into_iter().collect();
    left_hidden.sort_unstable_by_key(|(unit, _)| *unit);
    for (unit, left_words) in left_hidden {
        let Some(right_words) = right_hidden.get(&unit) else {
            continue;
        };
        let mut used_left = vec![false; left_words.len()];
        for (a, &l) in left_words.iter().enumerate() {
            if used_left[a] {
                continue;
            }
            for (b, &r) in right_words.iter().enumerate() {
                // The run: consecutive hidden words, equal on both sides.
                let mut len = 0;
                while a + len < left_words.len()
                    && b + len < right_words.len()
                    && left_words[a + len] == l + len
                    && right_words[b + len] == r + len
                    && left.keys[l + len] == right.keys[r + len]
                {
                    len += 1;
                }
                if len < MIN_WORDS {
                    continue;
                }
                let named = (0..len)
                    .filter(|&k| capitalised(left, texts.0, l + k))
                    .count();
                if named >= MIN_CAPITALISED {
                    used_left[a..a + len].iter_mut().for_each(|u| *u = true);
                    links.push(Link {
                        left: ByteRange(
                            left.ranges[l].0 as usize,
                            left.ranges[l + len - 1].1 as usize,
                        ),
                        right: ByteRange(
                            right.ranges[r].0 as usize,
                            right.ranges[r + len - 1].1 as usize,
                        ),
                        similarity: 1.0,
                        moved: false,
                    });
                    break;
                }
            }
        }
    }
    links
}
