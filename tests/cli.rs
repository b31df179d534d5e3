//! The command line as a user runs it: formats, options, exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
}

fn run(args: &[&std::ffi::OsStr], no_color: bool) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_syndiff"));
    cmd.args(args);
    if no_color {
        cmd.env("NO_COLOR", "1");
    } else {
        cmd.env_remove("NO_COLOR");
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

#[test]
fn text_report_marks_changes_and_exits_one() {
    let l = seed("000_0862837ed87197b0.txt");
    let r = seed("001_eb5f9ac6cfce23e2.txt");
    let (code, stdout, _) = run(&[os("compare"), l.as_os_str(), r.as_os_str()], true);
    assert_eq!(code, 1);
    assert!(stdout.contains("{+Livemint+}"), "{stdout}");
    assert!(
        stdout.contains("split (left ¶4/11, right ¶10-11/25"),
        "{stdout}"
    );
    assert!(stdout.contains("Summary"));
    assert!(!stdout.contains('\x1b'), "NO_COLOR must turn colour off");
}

#[test]
fn colour_can_be_forced() {
    let l = seed("000_0862837ed87197b0.txt");
    let r = seed("001_eb5f9ac6cfce23e2.txt");
    let (_, stdout, _) = run(
        &[
            os("compare"),
            l.as_os_str(),
            r.as_os_str(),
            os("--color"),
            os("always"),
        ],
        false,
    );
    assert!(stdout.contains("\x1b[32m{+Livemint+}"), "{stdout}");
}

#[test]
fn identical_files_exit_zero() {
    let l = seed("002_071138934c7246b1.txt");
    let (code, _, _) = run(&[os("compare"), l.as_os_str(), l.as_os_str()], true);
    assert_eq!(code, 0);
}

#[test]
fn json_has_the_documented_stable_names() {
    let l = seed("000_0862837ed87197b0.txt");
    let r = seed("001_eb5f9ac6cfce23e2.txt");
    let (code, stdout, _) = run(
        &[
            os("compare"),
            l.as_os_str(),
            r.as_os_str(),
            os("--format"),
            os("json"),
        ],
        true,
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let left_text = v["left"]["text"].as_str().unwrap();
    assert!(v["left"]["path"]
        .as_str()
        .unwrap()
        .ends_with("000_0862837ed87197b0.txt"));
    assert!(v["right"]["text"].as_str().unwrap().contains("Livemint"));
    assert!(v["stats"]["reuse_right_from_left"].as_f64().unwrap() > 0.5);
    let units = v["units"].as_array().unwrap();
    for unit in units {
        for key in ["kind", "left", "right", "similarity", "edits"] {
            assert!(unit.get(key).is_some(), "unit lacks {key}: {unit}");
        }
    }
    let split = units.iter().find(|u| u["kind"] == "split").unwrap();
    let range = split["left"][0].as_array().unwrap();
    let (s, e) = (
        range[0].as_u64().unwrap() as usize,
        range[1].as_u64().unwrap() as usize,
    );
    assert!(left_text[s..e].starts_with("Carney stands firm"));
    // The JSON reads back into the model.
    let back: syndiff::Comparison = serde_json::from_str(&stdout).unwrap();
    assert_eq!(back.units.len(), units.len());
}

#[test]
fn ignore_case_makes_case_only_changes_equivalent() {
    let dir = std::env::temp_dir().join(format!("syndiff-cli-case-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "Trump Said This.\n").unwrap();
    std::fs::write(&b, "trump said this.\n").unwrap();
    let (code, _, _) = run(&[os("compare"), a.as_os_str(), b.as_os_str()], true);
    assert_eq!(code, 1);
    let (code, _, _) = run(
        &[
            os("compare"),
            a.as_os_str(),
            b.as_os_str(),
            os("--ignore-case"),
        ],
        true,
    );
    assert_eq!(code, 0);
    std::fs::write(&b, "Trump said: this!\n").unwrap();
    let args = [
        os("compare"),
        a.as_os_str(),
        b.as_os_str(),
        os("--ignore-case"),
        os("--ignore-punctuation"),
    ];
    assert_eq!(run(&args, true).0, 0);
}

#[test]
fn bad_usage_exits_two() {
    let (code, _, stderr) = run(&[os("compare"), os("only-one-file")], true);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("RIGHT") || stderr.contains("required"),
        "{stderr}"
    );
}
