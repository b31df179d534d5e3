//! The passages as earlier versions of syndiff wrote them, still read: an
//! entry per passage, `{ "version", "range", "carried_by" }`, its carriers
//! a list of indices (`[0, 1, 2, 3, 4, 6]`), a run string (`"0-4,6"`) or
//! the change from the passage before it in the same version
//! (`"+10,-7,-12-14"`; `"+"`: the same set again).

use serde::Deserialize;

use crate::engine::model::ByteRange;
use crate::engine::story::VersionSet;

/// One passage as earlier versions wrote it.
#[derive(Deserialize)]
pub(super) struct Passage {
    version: usize,
    range: ByteRange,
    carried_by: Carriers,
}

/// Its carriers: a run string or a change, or a list of indices.
#[derive(Deserialize)]
#[serde(untagged)]
enum Carriers {
    Text(String),
    List(Vec<usize>),
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

/// The passage `written` stands for, `before` being the passage read
/// just before it.
pub(super) fn read(
    written: Passage,
    before: Option<&crate::engine::story::Passage>,
) -> Result<crate::engine::story::Passage, String> {
    let previous = before
        .filter(|p| p.version == written.version)
        .map(|p| p.carried_by.clone())
        .unwrap_or_default();
    let carried_by = match written.carried_by {
        Carriers::List(list) if list.iter().all(|&v| v < 1 << 24) => list.into_iter().collect(),
        Carriers::List(list) => return Err(format!("not a list of versions: {list:?}")),
        Carriers::Text(text) if text.starts_with(['+', '-']) => {
            apply(&text, &previous).ok_or(format!("not a change of carriers: {text:?}"))?
        }
        Carriers::Text(text) => VersionSet::from_ranges_string(&text)
            .ok_or(format!("not a set of carriers: {text:?}"))?,
    };
    Ok(crate::engine::story::Passage {
        version: written.version,
        range: written.range,
        carried_by,
    })
}
