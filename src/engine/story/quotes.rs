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
//! Two quotations are the same one when they share four words in a row
//! (case and quote style aside) or one holds all of the other. A group's
//! wording is the one the most versions use word for word (then the one
//! most versions' quotes hold, then the longest); each occurrence is
//! `verbatim` when it holds that wording, `partial` when it is a fragment
//! of it, `altered` otherwise.

use serde::{Deserialize, Serialize};

use crate::engine::model::ByteRange;

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
struct Found {
    version: usize,
    range: ByteRange,
    /// Its words, folded (lower case, one apostrophe).
    words: Vec<String>,
    speaker: Option<String>,
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
        .map(|members| judge(texts, &found, &members))
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

fn contains(hay: &[String], needle: &[String]) -> bool {
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
    let mut index: crate::engine::normalize::FnvMap<&[String], Vec<usize>> = Default::default();
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
    // Quotations sharing a run of SHARED_RUN words: all of one bucket are
    // one (each bucket joined once, so common runs cost no square).
    for (run, holders) in &index {
        if run.len() == SHARED_RUN {
            for pair in holders.windows(2) {
                join(&mut parent, pair[0], pair[1]);
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

/// Most wordings a tie on the number of versions using them word for word
/// is settled among (by how many versions hold each): the longest ones,
/// so a group of hundreds of one-off wordings costs no square of them.
const TIE_CANDIDATES: usize = 16;

/// The member whose wording the group is judged against: the one the most
/// versions use word for word, then the one the most versions hold, then
/// the longest, then the first.
fn canonical(found: &[Found], members: &[usize]) -> usize {
    use std::collections::BTreeSet;
    let mut exact: crate::engine::normalize::FnvMap<&[String], (BTreeSet<usize>, usize)> =
        Default::default();
    for &m in members {
        let entry = exact.entry(&found[m].words).or_insert((BTreeSet::new(), m));
        entry.0.insert(found[m].version);
    }
    let most = exact.values().map(|(v, _)| v.len()).max().unwrap_or(0);
    let mut tied: Vec<usize> = exact
        .values()
        .filter(|(v, _)| v.len() == most)
        .map(|&(_, first)| first)
        .collect();
    let order = |&m: &usize| {
        (
            std::cmp::Reverse(found[m].words.len()),
            found[m].version,
            found[m].range.0,
        )
    };
    tied.sort_by_key(order);
    tied.truncate(TIE_CANDIDATES);
    let holding = |words: &[String]| {
        members
            .iter()
            .filter(|&&m| contains(&found[m].words, words))
            .map(|&m| found[m].version)
            .collect::<BTreeSet<_>>()
            .len()
    };
    tied.into_iter()
        .map(|m| (holding(&found[m].words), m))
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| order(&b.1).cmp(&order(&a.1))))
        .map_or(members[0], |(_, m)| m)
}

/// A group's wording, speaker and each occurrence's status.
fn judge(texts: &[&str], found: &[Found], members: &[usize]) -> QuoteGroup {
    let canonical = canonical(found, members);
    let wording = &found[canonical].words;
    let wording_text = &texts[found[canonical].version][found[canonical].range.range()];
    let mut occurrences: Vec<Occurrence> = members
        .iter()
        .map(|&m| {
            let f = &found[m];
            let status = if contains(&f.words, wording) {
                QuoteStatus::Verbatim
            } else if contains(wording, &f.words) {
                QuoteStatus::Partial
            } else {
                QuoteStatus::Altered
            };
            let diff = if status == QuoteStatus::Altered {
                super::quote_diff::quote_diff(wording_text, &texts[f.version][f.range.range()])
            } else {
                Vec::new()
            };
            Occurrence {
                version: f.version,
                range: f.range,
                status,
                diff,
            }
        })
        .collect();
    occurrences.sort_by_key(|o| (o.version, o.range.0));
    let present: std::collections::BTreeSet<usize> =
        occurrences.iter().map(|o| o.version).collect();
    let speaker = members.iter().find_map(|&m| found[m].speaker.clone());
    let f = &found[canonical];
    QuoteGroup {
        text: texts[f.version][f.range.range()].to_owned(),
        speaker,
        occurrences,
        absent: (0..texts.len()).filter(|v| !present.contains(v)).collect(),
    }
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
