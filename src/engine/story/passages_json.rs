//! A story's passages as JSON, compact: each passage's carriers written
//! as the change from the passage before it in the same version
//! (`"+5,-17-19"`) when that is shorter than the set itself (`"0-4,6"`).
//! Neighbouring passages of a version differ by a version or two (the one
//! copy that reworded a word there), so at a thousand versions this keeps
//! a passage to a few bytes, where the set itself (a run list or a bit
//! string) takes hundreds. The same data: reading replays the changes
//! (docs/json-format.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Passage, VersionSet};
use crate::engine::model::ByteRange;

/// One passage as written.
#[derive(Serialize, Deserialize)]
struct Written {
    version: usize,
    range: ByteRange,
    carried_by: Carriers,
}

/// A passage's carriers as written: a set, a change from the previous
/// passage's, or (as earlier versions wrote it) a list of indices.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Carriers {
    Text(String),
    List(Vec<usize>),
}

/// The shorter of the set and its change from `previous`.
fn written(set: &VersionSet, previous: Option<&VersionSet>) -> String {
    let Some(previous) = previous else {
        return set.to_string();
    };
    let (added, removed) = (set.minus(previous), previous.minus(set));
    let mut change = String::new();
    for (sign, part) in [('+', added), ('-', removed)] {
        for (first, last) in part.ranges() {
            if !change.is_empty() {
                change.push(',');
            }
            change.push(sign);
            change.push_str(&first.to_string());
            if last > first {
                change.push('-');
                change.push_str(&last.to_string());
            }
        }
    }
    if change.is_empty() {
        // The same set: "+" with nothing added.
        change.push('+');
    }
    // The set's length counted, not written: at a thousand versions it
    // is hundreds of characters, and it is rarely the shorter.
    if change.len() < written_len(set) {
        change
    } else {
        set.to_string()
    }
}

/// How long `set` is written (`"0-4,6"`: 5), without writing it.
fn written_len(set: &VersionSet) -> usize {
    let digits = |n: usize| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    set.ranges()
        .enumerate()
        .map(|(k, (first, last))| {
            usize::from(k > 0) + digits(first) + if last > first { 1 + digits(last) } else { 0 }
        })
        .sum()
}

/// Writes the passages, each version's first with its set.
pub(super) fn serialize<S: Serializer>(
    passages: &[Passage],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut previous: Option<&Passage> = None;
    serializer.collect_seq(passages.iter().map(|p| {
        let before = previous
            .filter(|b| b.version == p.version)
            .map(|b| &b.carried_by);
        previous = Some(p);
        Written {
            version: p.version,
            range: p.range,
            carried_by: Carriers::Text(written(&p.carried_by, before)),
        }
    }))
}

/// Reads a change (`+5,-17-19`) against `previous`; `None` if malformed.
fn apply(change: &str, previous: &VersionSet) -> Option<VersionSet> {
    let (mut added, mut removed) = (String::new(), String::new());
    for part in change.split(',').filter(|p| !p.is_empty()) {
        let (sign, runs) = part.split_at(1);
        let into = if sign == "+" {
            &mut added
        } else {
            &mut removed
        };
        if !into.is_empty() {
            into.push(',');
        }
        into.push_str(runs);
    }
    let added = VersionSet::from_ranges_string(&added)?;
    let removed = VersionSet::from_ranges_string(&removed)?;
    Some(previous.minus(&removed).union(&added))
}

/// Reads the passages back, replaying each change.
pub(super) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Passage>, D::Error> {
    let written: Vec<Written> = Vec::deserialize(deserializer)?;
    let mut out: Vec<Passage> = Vec::with_capacity(written.len());
    for w in written {
        let previous = out
            .last()
            .filter(|p| p.version == w.version)
            .map(|p| p.carried_by.clone())
            .unwrap_or_default();
        let carried_by = match w.carried_by {
            Carriers::List(list) => list.into_iter().collect(),
            Carriers::Text(text) if text.starts_with(['+', '-']) => apply(&text, &previous)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!("not a change of carriers: {text:?}"))
                })?,
            Carriers::Text(text) => VersionSet::from_ranges_string(&text).ok_or_else(|| {
                serde::de::Error::custom(format!("not a set of carriers: {text:?}"))
            })?,
        };
        out.push(Passage {
            version: w.version,
            range: w.range,
            carried_by,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_neighbour_is_written_as_its_change_and_read_back() {
        let set = |v: &[usize]| v.iter().copied().collect::<VersionSet>();
        let passages = vec![
            Passage {
                version: 0,
                range: ByteRange(0, 5),
                carried_by: set(&[1, 2, 3, 4, 5, 7, 9]),
            },
            Passage {
                version: 0,
                range: ByteRange(6, 9),
                carried_by: set(&[1, 2, 3, 4, 5, 9, 10]),
            },
            Passage {
                version: 0,
                range: ByteRange(10, 12),
                carried_by: set(&[1, 2, 3, 4, 5, 9, 10]),
            },
            Passage {
                version: 1,
                range: ByteRange(0, 5),
                carried_by: set(&[]),
            },
        ];
        let mut json = Vec::new();
        serialize(&passages, &mut serde_json::Serializer::new(&mut json)).unwrap();
        let json = String::from_utf8(json).unwrap();
        assert_eq!(
            json,
            r#"[{"version":0,"range":[0,5],"carried_by":"1-5,7,9"},{"version":0,"range":[6,9],"carried_by":"+10,-7"},{"version":0,"range":[10,12],"carried_by":"+"},{"version":1,"range":[0,5],"carried_by":""}]"#
        );
        let back = deserialize(&mut serde_json::Deserializer::from_str(&json)).unwrap();
        assert_eq!(back, passages);
        // The list earlier versions wrote still reads.
        let old = r#"[{"version":0,"range":[0,5],"carried_by":[1,3]}]"#;
        let back = deserialize(&mut serde_json::Deserializer::from_str(old)).unwrap();
        assert_eq!(back[0].carried_by, set(&[1, 3]));
    }

    #[test]
    fn a_sets_written_length_is_counted_right() {
        for versions in [
            vec![],
            vec![0],
            vec![9, 10, 11, 100],
            (0..1000).step_by(3).collect(),
        ] {
            let set: VersionSet = versions.into_iter().collect();
            assert_eq!(written_len(&set), set.to_string().len(), "{set}");
        }
    }
}
