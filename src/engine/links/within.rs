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

/// The hidden words of each unit, by unit, in one list: unit `u`'s are
/// `words[starts[u]..starts[u + 1]]`. A list per unit grew by steps for
/// every unit of a whole Bible (31,000 of them).
struct Hidden {
    starts: Vec<usize>,
    words: Vec<usize>,
}

impl Hidden {
    fn new(words: &Words) -> Self {
        // Indexed by unit: every word of a whole Bible is placed, and a hash
        // of each unit number cost more than the list.
        let units = words.unit.iter().max().map_or(0, |&u| u as usize + 1);
        let mut starts = vec![0; units + 1];
        let hidden = || {
            (0..words.unit.len())
                .filter(|&i| !words.shown_shared[i])
                .map(|i| (i, words.unit[i] as usize))
        };
        for (_, unit) in hidden() {
            starts[unit + 1] += 1;
        }
        for u in 0..units {
            starts[u + 1] += starts[u];
        }
        let mut next = starts.clone();
        let mut list = vec![0; starts[units]];
        for (i, unit) in hidden() {
            list[next[unit]] = i;
            next[unit] += 1;
        }
        Self {
            starts,
            words: list,
        }
    }

    fn units(&self) -> usize {
        self.starts.len() - 1
    }

    /// The hidden words of `unit`, in order; none past the last unit.
    fn of(&self, unit: usize) -> &[usize] {
        match (self.starts.get(unit), self.starts.get(unit + 1)) {
            (Some(&start), Some(&end)) => &self.words[start..end],
            _ => &[],
        }
    }
}

/// The name runs moved inside a unit (see the module docs), as links.
pub(super) fn name_links(left: &Words, right: &Words, texts: (&str, &str)) -> Vec<Link> {
    let right_hidden = Hidden::new(right);
    let capitalised = |words: &Words, text: &str, i: usize| {
        let (s, e) = words.ranges[i];
        text[s as usize..e as usize].starts_with(char::is_uppercase)
    };
    let mut links = Vec::new();
    // Unit by unit in order, so that the links come out the same each run.
    let left_hidden = Hidden::new(left);
    for unit in 0..left_hidden.units() {
        let (left_words, right_words) = (left_hidden.of(unit), right_hidden.of(unit));
        if left_words.is_empty() || right_words.is_empty() {
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
