use super::*;

fn set(versions: &[usize]) -> VersionSet {
    versions.iter().copied().collect()
}

fn passage(version: usize, range: (usize, usize), carried_by: &[usize]) -> Passage {
    Passage {
        version,
        range: ByteRange(range.0, range.1),
        carried_by: set(carried_by),
    }
}

fn write(passages: &[Passage]) -> String {
    let mut json = Vec::new();
    serialize(passages, &mut serde_json::Serializer::new(&mut json)).unwrap();
    String::from_utf8(json).unwrap()
}

fn read(json: &str) -> Result<Vec<Passage>, serde_json::Error> {
    deserialize(&mut serde_json::Deserializer::from_str(json))
}

#[test]
fn each_passage_is_written_as_the_versions_that_changed_and_read_back() {
    let passages = vec![
        passage(0, (0, 5), &[1, 2, 3, 4, 5, 7, 9]),
        passage(0, (6, 9), &[1, 2, 3, 4, 5, 9, 10]),
        passage(0, (10, 12), &[1, 2, 3, 4, 5, 9, 10]),
        passage(1, (0, 5), &[]),
        passage(1, (6, 8), &[999]),
    ];
    let json = write(&passages);
    // 1, 0, 0, 0, 0, 1, 1 versions skipped; then 7 and 10 changed (7 and
    // 2 skipped); then none; version 999 is 7 + 31 × 32: "n" (7, more
    // follows) and "f" (31).
    assert_eq!(
        json,
        r#"[{"version":0,"ranges":[[0,5],[6,9],[10,12]],"carried_by":["BAAAABB","HC",""]},{"version":1,"ranges":[[0,5],[6,8]],"carried_by":["","nf"]}]"#
    );
    assert_eq!(read(&json).unwrap(), passages);
}

#[test]
fn random_sets_of_a_thousand_versions_round_trip() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut passages = Vec::new();
    for version in 0..5 {
        for k in 0..40 {
            let keep = next() % 100;
            let carriers: Vec<usize> = (0..1000)
                .filter(|&v| v != version && next() % 100 < keep)
                .collect();
            passages.push(passage(version, (k * 10, k * 10 + 9), &carriers));
        }
    }
    assert_eq!(read(&write(&passages)).unwrap(), passages);
}

#[test]
fn the_forms_earlier_versions_wrote_still_read() {
    let old = r#"[{"version":0,"range":[0,5],"carried_by":"1-5,7,9"},{"version":0,"range":[6,9],"carried_by":"+10,-7"},{"version":0,"range":[10,12],"carried_by":"+"},{"version":1,"range":[0,5],"carried_by":[0,3]}]"#;
    assert_eq!(
        read(old).unwrap(),
        vec![
            passage(0, (0, 5), &[1, 2, 3, 4, 5, 7, 9]),
            passage(0, (6, 9), &[1, 2, 3, 4, 5, 9, 10]),
            passage(0, (10, 12), &[1, 2, 3, 4, 5, 9, 10]),
            passage(1, (0, 5), &[0, 3]),
        ]
    );
}

#[test]
fn malformed_carriers_are_refused() {
    for bad in [
        // Not a digit.
        r#"[{"version":0,"ranges":[[0,5]],"carried_by":["A!"]}]"#,
        // A number left unfinished ("n" says more follows).
        r#"[{"version":0,"ranges":[[0,5]],"carried_by":["n"]}]"#,
        // A version past any story's.
        r#"[{"version":0,"ranges":[[0,5]],"carried_by":["//////////"]}]"#,
        // Two ranges, one change.
        r#"[{"version":0,"ranges":[[0,5],[6,9]],"carried_by":["A"]}]"#,
        r#"[{"version":0,"range":[0,5],"carried_by":[99999999999]}]"#,
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
}
