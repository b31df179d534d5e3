//! Judging a group of quotations: the wording it is judged against (the
//! one most versions use), each occurrence's status against it, and the
//! members that turn out to be other quotations, which make groups of
//! their own (a version quoting something else is absent from this
//! quotation, not an altered version of it).

use std::collections::BTreeSet;

use super::{contains, same_quotation, Found, Occurrence, QuoteGroup, QuoteStatus};

/// The groups a cluster of quotations makes: the members that are the
/// same quotation as the cluster's wording are judged against it; the
/// rest (joined to it only through others) make groups of their own.
pub(super) fn judge_all(texts: &[&str], found: &[Found], members: Vec<usize>) -> Vec<QuoteGroup> {
    let mut out = Vec::new();
    let mut rest = members;
    while !rest.is_empty() {
        let canonical = canonical(found, &rest);
        let (mine, others): (Vec<usize>, Vec<usize>) = rest.into_iter().partition(|&m| {
            m == canonical || same_quotation(&found[m].words, &found[canonical].words)
        });
        out.push(judge(texts, found, &mine, canonical));
        rest = others;
    }
    out
}

/// The punctuation of a quotation, quote style aside: what is left when
/// letters, digits and spaces are.
fn punctuation(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect()
}

/// Each version's occurrences whose words, read in order, are the
/// wording's: a quotation cut into clauses at a semicolon one paper set
/// where another set a comma. Those are the wording, with its punctuation
/// changed.
fn cut_at_other_punctuation(
    found: &[Found],
    members: &[usize],
    wording: &[String],
) -> BTreeSet<usize> {
    let mut by_version: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for &m in members {
        by_version.entry(found[m].version).or_default().push(m);
    }
    let mut out = BTreeSet::new();
    for mut ms in by_version.into_values().filter(|ms| ms.len() > 1) {
        ms.sort_by_key(|&m| found[m].range.0);
        for start in 0..ms.len() {
            let mut words: Vec<&String> = Vec::new();
            for end in start..ms.len() {
                words.extend(&found[ms[end]].words);
                if words.len() >= wording.len() {
                    if end > start && words.iter().copied().eq(wording.iter()) {
                        out.extend(&ms[start..=end]);
                    }
                    break;
                }
            }
        }
    }
    out
}

/// Most wordings a tie on the number of versions using them word for word
/// is settled among (by how many versions hold each): the longest ones,
/// so a group of hundreds of one-off wordings costs no square of them.
const TIE_CANDIDATES: usize = 16;

/// The member whose wording the group is judged against: the one the most
/// versions use word for word, then the one the most versions hold, then
/// the longest, then the first.
fn canonical(found: &[Found], members: &[usize]) -> usize {
    let mut exact: crate::engine::normalize::FastMap<&[String], (BTreeSet<usize>, usize)> =
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
fn judge(texts: &[&str], found: &[Found], members: &[usize], canonical: usize) -> QuoteGroup {
    let wording = &found[canonical].words;
    let wording_text = &texts[found[canonical].version][found[canonical].range.range()];
    let recut = cut_at_other_punctuation(found, members, wording);
    let mut occurrences: Vec<Occurrence> = members
        .iter()
        .map(|&m| {
            let f = &found[m];
            let text = &texts[f.version][f.range.range()];
            let status = if contains(&f.words, wording) || recut.contains(&m) {
                QuoteStatus::Verbatim
            } else if contains(wording, &f.words) {
                QuoteStatus::Partial
            } else {
                QuoteStatus::Altered
            };
            let punctuation_differs = recut.contains(&m)
                || (f.words == *wording && punctuation(text) != punctuation(wording_text));
            let diff = if status == QuoteStatus::Altered {
                super::super::quote_diff::quote_diff(
                    wording_text,
                    &texts[f.version][f.range.range()],
                )
            } else {
                Vec::new()
            };
            Occurrence {
                version: f.version,
                range: f.range,
                status,
                punctuation_differs,
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
