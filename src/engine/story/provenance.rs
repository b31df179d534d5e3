//! Which version is the likely source: the origin, not the most derived
//! copy. The version the others carry most is the shortest copy (every
//! other version contains an abridgement), so the rule looks both ways:
//!
//! - the source carries what the others share: for each other version,
//!   the share of its words the candidate carries, its own additions aside
//!   when they are small (at most [`SMALL_ADDITION`] of it: a credit line,
//!   an editor's note, a correction notice), since a source cannot carry
//!   what a later copy added. The candidates carrying most on average
//!   (within [`TIE`]) stay.
//! - among those, a version dated earlier is older ([`version_date`]);
//!   then the one with the least text of its own (a copy adds its own);
//!   two versions with the same words are undecided.
//!
//! A version's date is, first, the publication date a web page gives in
//! its metadata or its article's `<time>`; else a dateline or date line at
//! the top of its text ([`dateline`]); else the day its PDF or Office file
//! was created, which is only when that file was made (often after the
//! story ran), so it counts last. Which one was used is kept with it.

use serde::{Deserialize, Serialize};

use crate::engine::model::{DateSource, Dated, Document};

/// An addition no larger than this share of a version is its own (a
/// note, a credit), not held against a candidate lacking it.
pub const SMALL_ADDITION: f32 = 0.10;

/// Candidates carrying this close to the best on average are tied.
pub const TIE: f32 = 0.02;

/// How the likely source was decided, and the evidence, for the reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The likely source; `None` when undecided or under two versions.
    pub source: Option<usize>,
    /// The versions tied for it when undecided (the same words, or no
    /// evidence telling them apart), ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undecided: Vec<usize>,
    /// What decided it.
    pub basis: Basis,
    /// The share of each other version's words the source carries (their
    /// small own additions aside), on average, 0 to 1.
    pub carries: f32,
    /// The least and most of the source's words another version carries.
    pub carried_by: (f32, f32),
    /// Each version's date ([`version_date`]) and where it was read.
    #[serde(deserialize_with = "read_dates")]
    pub dates: Vec<Option<Dated>>,
}

/// A version's date as read: `{ "date", "from" }`, or (as earlier
/// versions wrote it) the day alone, which was always a dateline's.
#[derive(Deserialize)]
#[serde(untagged)]
enum ReadDate {
    Dated(Dated),
    Day(String),
}

fn read_dates<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Option<Dated>>, D::Error> {
    let read: Vec<Option<ReadDate>> = Vec::deserialize(deserializer)?;
    Ok(read
        .into_iter()
        .map(|date| {
            date.map(|date| match date {
                ReadDate::Dated(dated) => dated,
                ReadDate::Day(date) => Dated {
                    date,
                    from: DateSource::Dateline,
                },
            })
        })
        .collect())
}

/// What named the source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// It carries the others' words more than any other version does.
    #[default]
    Containment,
    /// Tied on containment; dated earliest.
    Date,
    /// Tied on containment; the least text of its own.
    OwnText,
    /// Two or more versions tie on everything (the same words).
    Undecided,
}

/// Decides the likely source from the reuse matrix (`reuse[i][j]`: the
/// share of j's words i carries), each version's own share and its date.
pub fn decide(reuse: &[Vec<f32>], own: &[f32], dates: Vec<Option<Dated>>) -> Provenance {
    let n = reuse.len();
    if n < 2 {
        return Provenance {
            dates,
            ..Provenance::default()
        };
    }
    let carries: Vec<f32> = (0..n).map(|s| carries(reuse, own, s)).collect();
    let best = carries.iter().copied().fold(0.0f32, f32::max);
    let mut tied: Vec<usize> = (0..n).filter(|&s| carries[s] >= best - TIE).collect();
    let mut basis = Basis::Containment;
    if tied.len() > 1 {
        let day = |s: usize| dates[s].as_ref().map(|d| d.date.as_str());
        let earliest = tied.iter().filter_map(|&s| day(s)).min();
        let dated_apart = earliest.is_some()
            && tied.iter().all(|&s| day(s).is_some())
            && tied.iter().any(|&s| day(s) != earliest);
        if dated_apart {
            tied.retain(|&s| day(s) == earliest);
            basis = Basis::Date;
        }
    }
    if tied.len() > 1 {
        let least = tied.iter().map(|&s| own[s]).fold(f32::INFINITY, f32::min);
        let before = tied.len();
        tied.retain(|&s| own[s] <= least + 1e-4);
        if tied.len() < before && basis == Basis::Containment {
            basis = Basis::OwnText;
        }
    }
    if tied.len() > 1 {
        // Still tied: the same words (a story sent twice), or nothing
        // tells them apart. Named as undecided, not picked at random.
        return Provenance {
            source: None,
            undecided: tied,
            basis: Basis::Undecided,
            carries: best,
            carried_by: (0.0, 0.0),
            dates,
        };
    }
    let source = tied[0];
    let others = (0..n).filter(|&j| j != source).map(|j| reuse[j][source]);
    let carried_by = others.fold((f32::INFINITY, 0.0f32), |(lo, hi), c| {
        (lo.min(c), hi.max(c))
    });
    Provenance {
        source: Some(source),
        undecided: Vec::new(),
        basis,
        carries: carries[source],
        carried_by,
        dates,
    }
}

/// How much of the other versions `s` carries, on average: for each, the
/// share of its words `s` carries, out of those it shares with any
/// version when its own additions are small.
fn carries(reuse: &[Vec<f32>], own: &[f32], s: usize) -> f32 {
    let n = reuse.len();
    let sum: f32 = (0..n)
        .filter(|&j| j != s)
        .map(|j| {
            let raw = reuse[s][j];
            if own[j] <= SMALL_ADDITION {
                (raw / (1.0 - own[j])).min(1.0)
            } else {
                raw
            }
        })
        .sum();
    sum / (n - 1) as f32
}

/// The date `doc` is dated by: the publication date its page gives, else
/// the date at the top of its text, else its file's creation day.
pub fn version_date(doc: &Document) -> Option<Dated> {
    let published = doc
        .date
        .clone()
        .filter(|d| matches!(d.from, DateSource::HtmlMeta | DateSource::HtmlTime));
    published
        .or_else(|| {
            dateline(&doc.text).map(|date| Dated {
                date,
                from: DateSource::Dateline,
            })
        })
        .or_else(|| doc.date.clone())
}

/// The date a text gives at its top (its first 400 bytes): an ISO date
/// (`2025-03-28`), or a day, month name and year in either order
/// ("March 28, 2025", "28 March 2025"), as `YYYY-MM-DD`. A dateline
/// without a year ("LONDON, March 9 -") gives none.
pub fn dateline(text: &str) -> Option<String> {
    let mut end = text.len().min(400);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let top = &text[..end];
    let words: Vec<&str> = top
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if let Some(date) = iso_date(w) {
            return Some(date);
        }
        let Some(month) = month_number(w) else {
            continue;
        };
        let number = |k: usize| -> Option<u32> {
            words
                .get(k)?
                .trim_end_matches(['.', ';', ':', '-'])
                .parse()
                .ok()
        };
        let (day, year) = match (i.checked_sub(1).and_then(number), number(i + 1)) {
            // "28 March 2025"
            (Some(d), Some(y)) if (1..=31).contains(&d) && y >= 1000 => (d, y),
            // "March 28, 2025"
            (_, Some(d)) if (1..=31).contains(&d) => match number(i + 2) {
                Some(y) if y >= 1000 => (d, y),
                _ => continue,
            },
            _ => continue,
        };
        return Some(format!("{year:04}-{month:02}-{day:02}"));
    }
    None
}

fn iso_date(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let mut parts = w.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let d = d.get(..2).unwrap_or(d);
    let ok = y.len() == 4 && m.len() == 2 && d.len() == 2;
    let (yn, mn, dn): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    (ok && (1..=12).contains(&mn) && (1..=31).contains(&dn))
        .then(|| format!("{yn:04}-{mn:02}-{dn:02}"))
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    crate::engine::material::MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|k| k as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_at_the_top_is_read_in_its_usual_forms() {
        assert_eq!(
            dateline(" date 2025-03-28 US president says"),
            Some("2025-03-28".to_owned())
        );
        assert_eq!(
            dateline("WASHINGTON, March 28, 2025 (Reuters) - Trump said"),
            Some("2025-03-28".to_owned())
        );
        assert_eq!(
            dateline("Published 9 Apr. 1987 by the wire"),
            Some("1987-04-09".to_owned())
        );
        // A dateline without a year, and a "may" that is no month.
        assert_eq!(dateline("LONDON, March 9 - Lloyds Bank said"), None);
        assert_eq!(dateline("They may 12 times say 2000 things"), None);
    }

    #[test]
    fn the_copy_every_other_version_contains_is_not_the_source() {
        // 0 is the whole text; 1 and 2 are abridgements of it (the old
        // rule named 2, which every version carries).
        let reuse = vec![
            vec![1.0, 1.0, 1.0],
            vec![0.7, 1.0, 1.0],
            vec![0.3, 0.4, 1.0],
        ];
        let p = decide(&reuse, &[0.3, 0.0, 0.0], vec![None; 3]);
        assert_eq!(p.source, Some(0));
        assert_eq!(p.basis, Basis::Containment);
        assert_eq!(p.carried_by, (0.3, 0.7));
    }

    #[test]
    fn two_versions_with_the_same_words_are_undecided_unless_dated() {
        let reuse = vec![vec![1.0, 1.0], vec![1.0, 1.0]];
        let p = decide(&reuse, &[0.0, 0.0], vec![None, None]);
        assert_eq!((p.source, p.basis), (None, Basis::Undecided));
        assert_eq!(p.undecided, vec![0, 1]);
        let dated = |date: &str| {
            Some(Dated {
                date: date.to_owned(),
                from: DateSource::Dateline,
            })
        };
        let dates = vec![dated("1815-06-20"), dated("1815-06-19")];
        let p = decide(&reuse, &[0.0, 0.0], dates);
        assert_eq!((p.source, p.basis), (Some(1), Basis::Date));
        // Written with where each date was read; the day alone, as
        // earlier versions wrote it, still reads (a dateline's).
        let json = serde_json::to_string(&p).unwrap();
        assert!(
            json.contains(r#"{"date":"1815-06-19","from":"dateline"}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Provenance>(&json).unwrap(), p);
        let old = json.replace(
            r#"{"date":"1815-06-20","from":"dateline"}"#,
            r#""1815-06-20""#,
        );
        assert_eq!(serde_json::from_str::<Provenance>(&old).unwrap(), p);
    }
}
