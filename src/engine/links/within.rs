//! Names moved inside one paragraph: "first call Friday with Canada's new
//! Prime Minister Mark Carney" rewritten as "President Donald Trump and
//! newly elected Canadian Prime Minister Mark Carney held …". The word diff
//! keeps the words in order, so it marks the name removed at one place and
//! added at the other, where the reader must not be told the other version
//! dropped it. Passage links start at five words; a name is shorter. So,
//! inside each unit, a run of at least [`MIN_WORDS`] words that the unit's
//! two sides both mark changed, with at least [`MIN_CAPITALISED`]
//! capitalised words (a name, a title with a name), is linked too.

use super::Words;
use crate::engine::model::{ByteRange, Link};

/// Shortest name run linked inside a paragraph.
const MIN_WORDS: usize = super::MIN_LINK_WORDS;
/// Capitalised words a run needs to read as a name.
const MIN_CAPITALISED: usize = 2;

/// The hidden words of each unit, by unit.
fn hidden_by_unit(words: &Words) -> Vec<Vec<usize>> {
    // Indexed by unit: every word of a whole Bible is placed, and a hash
    // of each unit number cost more than the list.
    let units = words.unit.iter().max().map_or(0, |&u| u as usize + 1);
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); units];
    for (i, shown) in words.shown_shared.iter().enumerate() {
        if !shown {
            out[words.unit[i] as usize].push(i);
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
    for (unit, left_words) in hidden_by_unit(left).into_iter().enumerate() {
        let Some(right_words) = right_hidden.get(unit).filter(|w| !w.is_empty()) else {
            continue;
        };
        if left_words.is_empty() {
            continue;
        }
        let mut used_left = vec![false; left_words.len()];
        // The right words by key (then place): a left word is tried only
        // against the right words equal to it, in their order, not
        // against every hidden word of the unit.
        let mut by_key: Vec<(u64, usize)> = right_words
            .iter()
            .enumerate()
            .map(|(b, &r)| (right.keys[r], b))
            .collect();
        by_key.sort_unstable();
        for (a, &l) in left_words.iter().enumerate() {
            if used_left[a] {
                continue;
            }
            let key = left.keys[l];
            let from = by_key.partition_point(|&(k, _)| k < key);
            let same = by_key[from..].iter().take_while(|&&(k, _)| k == key);
            for &(_, b) in same {
                let r = right_words[b];
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
