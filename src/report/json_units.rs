//! The units of the JSON report, written by hand: byte for byte what
//! `serde_json` makes of [`Unit`]'s derived `Serialize`, in a third of the
//! time.
//!
//! A whole-Bible pair has 31,000 units and 600,000 edits; through
//! `serde_json` each edit's kind was a string escaped byte by byte and
//! each range an array opened and closed through the serializer's state,
//! and the units were the larger part of the report's time. Here each
//! enum's JSON is made once by `serde_json` itself and copied, numbers go
//! through `itoa` and `ryu` (the crates `serde_json` formats them with),
//! and the fields follow the derive's order and `skip_serializing_if`
//! rules. `tests` hold the output to `serde_json`'s on the seeds, on units
//! with every optional field, and on a similarity that is not a number.

use std::io;

use serde::Serialize;

use crate::engine::model::{BoilerplateKind, ByteRange, Edit, EditKind, Material, Phrase};
use crate::engine::model::{Unit, UnitKind};

/// Writes units as JSON, keeping each enum value's JSON once made.
#[derive(Default)]
pub(super) struct UnitWriter {
    unit_kinds: Cache<UnitKind>,
    edit_kinds: Cache<EditKind>,
    materials: Cache<Material>,
    boilerplate: Cache<BoilerplateKind>,
}

/// The JSON of the enum values met so far: a handful per enum.
struct Cache<T>(Vec<(T, Vec<u8>)>);

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Serialize + PartialEq + Copy> Cache<T> {
    fn write(&mut self, value: T, out: &mut Vec<u8>) -> io::Result<()> {
        if let Some((_, json)) = self.0.iter().find(|(v, _)| *v == value) {
            out.extend_from_slice(json);
            return Ok(());
        }
        let json = serde_json::to_vec(&value).map_err(io::Error::from)?;
        out.extend_from_slice(&json);
        self.0.push((value, json));
        Ok(())
    }
}

impl UnitWriter {
    /// One unit, as `serde_json::to_writer(out, unit)` writes it.
    pub(super) fn unit(&mut self, unit: &Unit, out: &mut Vec<u8>) -> io::Result<()> {
        out.extend_from_slice(b"{\"kind\":");
        self.unit_kinds.write(unit.kind, out)?;
        out.extend_from_slice(b",\"left\":");
        ranges(&unit.left, out);
        out.extend_from_slice(b",\"right\":");
        ranges(&unit.right, out);
        out.extend_from_slice(b",\"left_blocks\":");
        pair(unit.left_blocks, out);
        out.extend_from_slice(b",\"right_blocks\":");
        pair(unit.right_blocks, out);
        out.extend_from_slice(b",\"similarity\":");
        float(unit.similarity, out);
        out.extend_from_slice(b",\"edits\":");
        self.edits(&unit.edits, out)?;
        if !unit.phrases.is_empty() {
            out.extend_from_slice(b",\"phrases\":");
            phrases(&unit.phrases, out);
        }
        if !unit.char_edits.is_empty() {
            out.extend_from_slice(b",\"char_edits\":");
            self.edits(&unit.char_edits, out)?;
        }
        if unit.capped {
            out.extend_from_slice(b",\"capped\":true");
        }
        if let Some(kind) = unit.boilerplate {
            out.extend_from_slice(b",\"boilerplate\":");
            self.boilerplate.write(kind, out)?;
        }
        out.push(b'}');
        Ok(())
    }

    fn edits(&mut self, edits: &[Edit], out: &mut Vec<u8>) -> io::Result<()> {
        out.push(b'[');
        for (i, edit) in edits.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"kind\":");
            self.edit_kinds.write(edit.kind, out)?;
            out.extend_from_slice(b",\"left\":");
            range(edit.left, out);
            out.extend_from_slice(b",\"right\":");
            range(edit.right, out);
            if let Some(material) = edit.material {
                out.extend_from_slice(b",\"material\":");
                self.materials.write(material, out)?;
            }
            out.push(b'}');
        }
        out.push(b']');
        Ok(())
    }
}

fn phrases(phrases: &[Phrase], out: &mut Vec<u8>) {
    out.push(b'[');
    for (i, phrase) in phrases.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"left\":");
        range(phrase.left, out);
        out.extend_from_slice(b",\"right\":");
        range(phrase.right, out);
        out.push(b'}');
    }
    out.push(b']');
}

fn ranges(ranges: &[ByteRange], out: &mut Vec<u8>) {
    out.push(b'[');
    for (i, &r) in ranges.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        range(r, out);
    }
    out.push(b']');
}

fn range(range: ByteRange, out: &mut Vec<u8>) {
    pair((range.0, range.1), out);
}

fn pair((first, second): (usize, usize), out: &mut Vec<u8>) {
    let mut digits = itoa::Buffer::new();
    out.push(b'[');
    out.extend_from_slice(digits.format(first).as_bytes());
    out.push(b',');
    out.extend_from_slice(digits.format(second).as_bytes());
    out.push(b']');
}

/// As `serde_json` writes an `f32`: shortest round-trip digits, `null`
/// when it is not a finite number.
fn float(value: f32, out: &mut Vec<u8>) {
    if value.is_finite() {
        out.extend_from_slice(ryu::Buffer::new().format_finite(value).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_hand(unit: &Unit) -> String {
        let mut out = Vec::new();
        UnitWriter::default()
            .unit(unit, &mut out)
            .expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn every_unit_of_the_seeds_is_written_as_serde_writes_it() {
        let dir = format!("{}/seeds", env!("CARGO_MANIFEST_DIR"));
        let mut seeds: Vec<_> = std::fs::read_dir(dir)
            .expect("seeds")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("seed"))
            .collect();
        seeds.sort();
        let mut units = 0;
        for (i, left) in seeds.iter().enumerate() {
            for right in &seeds[i + 1..] {
                let cmp = crate::engine::compare::compare_texts(left, right);
                for unit in &cmp.units {
                    let serde = serde_json::to_string(unit).expect("serialised");
                    assert_eq!(by_hand(unit), serde);
                    units += 1;
                }
            }
        }
        assert!(units > 100, "{units} units");
    }

    #[test]
    fn optional_fields_and_odd_numbers_are_written_as_serde_writes_them() {
        let mut edit = Edit::new(EditKind::Rewritten, ByteRange(3, 9), ByteRange(4, 12));
        edit.material = Some(Material::Number);
        let mut unit = Unit {
            kind: UnitKind::Moved,
            left: vec![ByteRange(0, 20), ByteRange(22, 40)],
            right: vec![],
            left_blocks: (0, 2),
            right_blocks: (usize::MAX, usize::MAX),
            similarity: 0.1 + 0.2,
            edits: vec![
                edit,
                Edit::new(EditKind::Added, ByteRange(9, 9), ByteRange(12, 15)),
            ],
            phrases: vec![Phrase {
                left: ByteRange(3, 9),
                right: ByteRange(4, 15),
            }],
            char_edits: vec![edit],
            capped: true,
            boilerplate: Some(BoilerplateKind::PhotoCredit),
        };
        for similarity in [0.1 + 0.2, 1.0, 0.0, 1e-9, f32::NAN, f32::INFINITY] {
            unit.similarity = similarity;
            assert_eq!(by_hand(&unit), serde_json::to_string(&unit).expect("json"));
        }
        unit.phrases.clear();
        unit.char_edits.clear();
        unit.capped = false;
        unit.boilerplate = None;
        unit.edits.clear();
        assert_eq!(by_hand(&unit), serde_json::to_string(&unit).expect("json"));
    }
}
