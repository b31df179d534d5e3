//! Quotations across versions: what each version puts inside quotation
//! marks, grouped across versions, and judged against the wording most
//! versions use.
//!
//! A quotation is text in double quotes (curly or straight), or in single
//! quotes used as quotation marks (an opening mark after a space, a closing
//! one before a space or punctuation, three words at least); one left open
//! at a paragraph's end runs on into the next paragraph when that one opens
//! with a quotation mark, as newspapers print it. The speaker is the name
//! next to "said", "says", "wrote", "added" or "told" just after the quote
//! or just before it. Paraphrase outside quotation marks is not a quote.
//!
//! Two quotations sharing a run of four words (case and quote style
//! aside) are the same one when at least half of the shorter one's words
//! are the longer one's, or one holds all of the other: a quotation
//! sharing only "with the United States" with another is a different
//! one. A group's
//! wording is the one the most versions use word for word (then the one
//! most versions' quotes hold, then the longest); each occurrence is
//! `verbatim` when it holds that wording, `partial` when it is a fragment
//! of it, `altered` otherwise.

use serde::{Deserialize, Serialize};

use crate::engine::model::ByteRange;

mod judge;

/// Fewest words in a quotation (shorter ones are scare quotes).
const MIN_QUOTE_WORDS: usize = 3;
/// Words in a row two quotations must share to be one.
const SHARED_RUN: usize = 4;

/// How an occurrence stands against its group's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    Verbatim,
    Partial,
    Altered,
}

/// One quotation in one version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    pub version: usize,
    /// The words inside the quotation marks, in that version's text.
    pub range: ByteRange,
    pub status: QuoteStatus,
    /// A verbatim occurrence whose words are the wording's but whose
    /// punctuation is not (a comma for a semicolon, a full stop dropped).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub punctuation_differs: bool,
    /// For an altered occurrence, how the group's wording became this
    /// one, word by word; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<super::quote_diff::Piece>,
}

/// One quotation across versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// The wording most versions use.
    pub text: String,
    pub speaker: Option<String>,
    pub occurrences: Vec<Occurrence>,
    /// Versions with no occurrence, ascending.
    pub absent: Vec<usize>,
}

/// A quotation found, before grouping.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub version: usize,
    pub range: ByteRange,
    /// Its words, folded (lower case, one apostrophe).
    pub words: Vec<String>,
    pub speaker: Option<String>,
}

/// Groups the quotations of `texts` (one per version).
pub fn quote_groups(texts: &[&str]) -> Vec<QuoteGroup> {
    let found: Vec<Found> = texts
        .iter()
        .enumerate()
        .flat_map(|(v, text)| {
            find(text)
                .into_iter()
                .flat_map(move |(range, speaker)| {
                    clauses(text, range)
                        .into_iter()
                        .map(move |clause| (clause, speaker.clone()))
                })
                .map(move |(range, speaker)| Found {
                    version: v,
                    range,
                    words: fold_words(&text[range.range()]),
                    speaker,
                })
        })
        .filter(|f| f.words.len() >= MIN_QUOTE_WORDS)
        .collect();
    let mut groups: Vec<QuoteGroup> = clusters(&found)
        .into_iter()
        .flat_map(|members| judge::judge_all(texts, &found, members))
        .collect();
    groups.sort_by_key(|g| {
        (
            std::cmp::Reverse(
                g.occurrences
                    .iter()
                    .map(|o| o.version)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len(),
            ),
            g.occurrences.first().map(|o| (o.version, o.range.0)),
        )
    });
    groups
}

/// A quotation cut into its sentences and clauses (at ". ", "? ", "! ",
/// "; ", and ", and " or ", but " outside a list): outlets quote one sentence and leave out
/// the next, or join two with "and", so the same words are matched clause
/// by clause.
fn clauses(text: &str, quote: ByteRange) -> Vec<ByteRange> {
    const JOINS: [&str; 6] = [". ", "? ", "! ", "; ", ", and ", ", but "];
    let body = &text[quote.range()];
    let mut cuts = vec![(0, 0)];
    // "Politics, Business, and all": a list, not two clauses.
    let in_list = |at: usize| {
        let before = &body[..at];
        before
            .rfind(',')
            .is_some_and(|comma| before[comma + 1..].split_whitespace().count() <= 2)
    };
    for join in JOINS {
        for (at, _) in body.match_indices(join) {
            if join.starts_with(", ") && in_list(at) {
                continue;
            }
            // Keep the stop with the sentence; the joining word goes.
            let keep = join
                .trim_end()
                .trim_end_matches(" and")
                .trim_end_matches(" but")
                .len();
            cuts.push((at + keep, at + join.len()));
        }
    }
    cuts.sort_unstable();
    cuts.push((body.len(), body.len()));
    cuts.windows(2)
        .map(|w| ByteRange(quote.0 + w[0].1, quote.0 + w[1].0))
        .map(|r| {
            let piece = &text[r.range()];
            let start = r.0 + (piece.len() - piece.trim_start().len());
            ByteRange(start, r.0 + piece.trim_end().len())
        })
        .filter(|r| r.0 < r.1)
        .collect()
}

/// The words of `text`, lower case, apostrophes one style.
pub fn fold_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']).replace('’', "'").to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

pub(super) fn contains(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The found quotations in groups (indices into `found`), by union-find
/// over an index of their word runs, so the cost grows with the number of
/// quotations, not its square: two quotations sharing a run of
/// [`SHARED_RUN`] words are one, and a shorter quotation is one with every
/// quotation holding all of it.
fn clusters(found: &[Found]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..found.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let join = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        if ra != rb {
            parent[ra] = rb;
        }
    };
    // Runs of every length a quotation can have below SHARED_RUN words,
    // and SHARED_RUN itself.
    let mut index: RunIndex<'_> = Default::default();
    for (q, f) in found.iter().enumerate() {
        for len in MIN_QUOTE_WORDS..=SHARED_RUN {
            for run in f.words.windows(len) {
                let holders = index.entry(run).or_default();
                if holders.last() != Some(&q) {
                    holders.push(q);
                }
            }
        }
    }
    // Quotations sharing a run of SHARED_RUN words are candidates; they
    // are one when most of the shorter one's words are the longer one's
    // (a different quote sharing "with the United States" is another
    // quotation). Each
    // quotation tries at most MAX_CANDIDATES others, so common runs cost
    // no square.
    let sets: Vec<WordSet<'_>> = found
        .iter()
        .map(|f| f.words.iter().map(String::as_str).collect())
        .collect();
    for (q, f) in found.iter().enumerate() {
        for other in candidates(q, &f.words, &index) {
            let (short, long) = if f.words.len() <= found[other].words.len() {
                (q, other)
            } else {
                (other, q)
            };
            if same_in(&found[short].words, &found[long].words, &sets[long]) {
                join(&mut parent, q, other);
            }
        }
    }
    // A short quotation is one with every quotation holding all of it.
    for (q, f) in found.iter().enumerate() {
        if f.words.len() < SHARED_RUN {
            for &other in index.get(&f.words[..]).into_iter().flatten() {
                join(&mut parent, q, other);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..found.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

/// The quotations quotation `q` (with `words`) is checked against: in
/// each bucket of a run of [`SHARED_RUN`] words it has (kept in quotation
/// order), the few just before and after it, the same words in the
/// versions beside it. Enough to connect a group, and no square of a run
/// every version quotes.
fn candidates(q: usize, words: &[String], index: &RunIndex<'_>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for run in words.windows(SHARED_RUN) {
        let Some(holders) = index.get(run) else {
            continue;
        };
        let at = holders.partition_point(|&h| h < q);
        let from = at.saturating_sub(NEIGHBOURS);
        let to = (at + 1 + NEIGHBOURS).min(holders.len());
        out.extend(holders[from..to].iter().filter(|&&h| h != q));
    }
    out.sort_unstable();
    out.dedup();
    out.truncate(MAX_CANDIDATES);
    out
}

/// Each run of words a quotation has, with the quotations having it.
type RunIndex<'a> = crate::engine::normalize::FastMap<&'a [String], Vec<usize>>;

/// Others a quotation is checked against for being the same one.
const MAX_CANDIDATES: usize = 64;

/// Quotations on each side of one in a bucket of a shared run that it is
/// checked against.
const NEIGHBOURS: usize = 4;

/// Share of the shorter quotation's words the longer must have for the
/// two to be one: a fragment of it, it with a few words changed, or a
/// paraphrase keeping most of its words.
const SAME_QUOTE_SHARE: f32 = 0.5;

/// Whether two quotations (found sharing a run of [`SHARED_RUN`] words)
/// are one: most of the shorter one's words are the longer one's. A
/// quote sharing only "with the United States" with another (4 of its 15
/// words) is a different one.
pub(super) fn same_quotation(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let words: WordSet<'_> = long.iter().map(String::as_str).collect();
    same_in(short, long, &words)
}

/// A quotation's distinct words, looked up while grouping.
type WordSet<'a> = crate::engine::normalize::FastSet<&'a str>;

/// [`same_quotation`] with the longer one's words already in a set.
fn same_in(short: &[String], long: &[String], long_words: &WordSet<'_>) -> bool {
    if short.len() < SHARED_RUN {
        return contains(long, short);
    }
    let shared = short
        .iter()
        .filter(|w| long_words.contains(w.as_str()))
        .count();
    shared as f32 >= SAME_QUOTE_SHARE * short.len() as f32
}

/// Each quotation in `text` (the words inside the marks) and its speaker.
fn find(text: &str) -> Vec<(ByteRange, Option<String>)> {
    let mut out = Vec::new();
    for para in crate::engine::segment::blocks(text) {
        out.extend(super::quotes_scan::in_paragraph(text, para));
    }
    merge_runs_on(text, out)
}

/// A quotation left open at a paragraph's end and one opening the next
/// paragraph are one quotation.
fn merge_runs_on(
    text: &str,
    found: Vec<(ByteRange, Option<String>, bool)>,
) -> Vec<(ByteRange, Option<String>)> {
    let mut out: Vec<(ByteRange, Option<String>)> = Vec::new();
    let mut open_previous = false;
    for (range, speaker, open_at_end) in found {
        let starts_paragraph = text[..range.0]
            .trim_end_matches(['“', '"', '‘'])
            .ends_with('\n');
        match out.last_mut() {
            Some(last) if open_previous && starts_paragraph => {
                last.0 .1 = range.1;
                if last.1.is_none() {
                    last.1 = speaker;
                }
            }
            _ => out.push((range, speaker)),
        }
        open_previous = open_at_end;
    }
    out
}
