//! A story's passages as JSON, compact: one entry per version, its
//! passages' byte ranges in one list and their carriers in another, each
//! carrier set written as the versions that changed from the passage
//! before it (the empty set before a version's first), in base-64 digits
//! (docs/json-format.md). At a thousand versions of a story a passage is
//! a word or two long and neighbouring passages differ by some tens of
//! versions (the copies that reworded one word there); written as runs of
//! version numbers the story was 245 MB, with each change a digit or two
//! it is well under half of that. The same data: reading replays the
//! changes. Earlier forms (an entry per passage, its carriers as a list
//! of indices, a run string or `+`/`-` changes) are still read
//! ([`legacy`]).

mod legacy;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Passage, VersionSet};
use crate::engine::model::ByteRange;

/// The digits, values 0 to 63 in order (the standard base-64 alphabet).
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// A digit's value carries 5 bits; this bit says another digit follows.
const MORE: u8 = 32;

/// The highest version index read: a malformed change cannot make a set
/// of more than this many bits.
const MAX_VERSION: usize = 1 << 24;

/// Appends `value` in base-64 digits, low 5 bits first.
fn push_number(out: &mut String, mut value: usize) {
    loop {
        let low = (value & 31) as u8;
        value >>= 5;
        if value == 0 {
            out.push(char::from(DIGITS[usize::from(low)]));
            return;
        }
        out.push(char::from(DIGITS[usize::from(low | MORE)]));
    }
}

/// `changed` written as distances: each version as how many versions lie
/// between it and the one before it in the list (the first: its index).
fn encode(changed: &VersionSet) -> String {
    let mut out = String::new();
    let mut next = 0;
    for version in changed.iter() {
        push_number(&mut out, version - next);
        next = version + 1;
    }
    out
}

/// The versions [`encode`] wrote in `text`; `None` if malformed.
fn decode(text: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let (mut next, mut value, mut shift) = (0usize, 0usize, 0u32);
    for byte in text.bytes() {
        let digit = DIGITS.iter().position(|&d| d == byte)? as u8;
        value |= usize::from(digit & 31).checked_shl(shift)?;
        if digit & MORE != 0 {
            shift += 5;
            if shift > 30 {
                return None;
            }
            continue;
        }
        let version = next.checked_add(value).filter(|&v| v < MAX_VERSION)?;
        out.push(version);
        next = version + 1;
        (value, shift) = (0, 0);
    }
    (shift == 0).then_some(out)
}

/// `previous` with the versions in `changed` added or taken away.
fn replay(previous: &VersionSet, changed: &[usize]) -> VersionSet {
    let top = changed.last().map_or(0, |&v| v / 64 + 1);
    let mut words = previous.words().to_vec();
    if words.len() < top {
        words.resize(top, 0);
    }
    for &v in changed {
        words[v / 64] ^= 1 << (v % 64);
    }
    VersionSet::from_words(&words)
}

/// One version's passages, written as `{ "version", "ranges",
/// "carried_by" }` without collecting either list.
struct Entry<'a>(&'a [Passage]);

/// The passages' byte ranges.
struct Ranges<'a>(&'a [Passage]);

/// The passages' carriers, each the change from the one before.
struct Changes<'a>(&'a [Passage]);

impl Serialize for Ranges<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|p| p.range))
    }
}

impl Serialize for Changes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let empty = VersionSet::default();
        let before = std::iter::once(&empty).chain(self.0.iter().map(|p| &p.carried_by));
        serializer.collect_seq(
            self.0
                .iter()
                .zip(before)
                .map(|(p, before)| encode(&p.carried_by.symmetric_difference(before))),
        )
    }
}

impl Serialize for Entry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Entry", 3)?;
        entry.serialize_field("version", &self.0.first().map_or(0, |p| p.version))?;
        entry.serialize_field("ranges", &Ranges(self.0))?;
        entry.serialize_field("carried_by", &Changes(self.0))?;
        entry.end()
    }
}

/// Writes the passages, an entry for each run of passages of one version.
pub(super) fn serialize<S: Serializer>(
    passages: &[Passage],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(passages.chunk_by(|a, b| a.version == b.version).map(Entry))
}

/// An entry as read: this form or an earlier one.
#[derive(Deserialize)]
#[serde(untagged)]
enum Read {
    Version {
        version: usize,
        ranges: Vec<ByteRange>,
        carried_by: Vec<String>,
    },
    Passage(legacy::Passage),
}

/// Reads the passages back, replaying each change.
pub(super) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Passage>, D::Error> {
    let entries: Vec<Read> = Vec::deserialize(deserializer)?;
    let mut out: Vec<Passage> = Vec::new();
    for entry in entries {
        match entry {
            Read::Version {
                version,
                ranges,
                carried_by,
            } => {
                if ranges.len() != carried_by.len() {
                    return Err(serde::de::Error::custom(format!(
                        "version {version}: {} ranges but {} carrier changes",
                        ranges.len(),
                        carried_by.len()
                    )));
                }
                let mut set = VersionSet::default();
                for (range, change) in ranges.into_iter().zip(carried_by) {
                    let changed = decode(&change).ok_or_else(|| {
                        serde::de::Error::custom(format!("not a change of carriers: {change:?}"))
                    })?;
                    set = replay(&set, &changed);
                    out.push(Passage {
                        version,
                        range,
                        carried_by: set.clone(),
                    });
                }
            }
            Read::Passage(written) => {
                let passage =
                    legacy::read(written, out.last()).map_err(serde::de::Error::custom)?;
                out.push(passage);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
