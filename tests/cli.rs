//! The command line as a user runs it: formats, options, exit codes.

#[path = "support/temp.rs"]
mod temp;

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
    let (code, stdout, _) = run(&[os("compare"), l.as_os_str(), l.as_os_str()], true);
    assert_eq!(code, 0);
    assert!(stdout.contains("The two texts are identical."), "{stdout}");
    let (code, html, _) = run(
        &[
            os("compare"),
            l.as_os_str(),
            l.as_os_str(),
            os("--format"),
            os("html"),
        ],
        true,
    );
    assert_eq!(code, 0);
    assert!(
        html.contains("<p><strong>The two texts are identical.</strong></p>"),
        "{html:.600}"
    );
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
    let dir = temp::temp_dir("cli-case");
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

#[test]
fn html_report_to_a_file_never_clobbers_without_force() {
    let dir = temp::temp_dir("cli-html");
    let l = seed("000_0862837ed87197b0.txt");
    let r = seed("001_eb5f9ac6cfce23e2.txt");
    let (code, stdout, _) = run(
        &[
            os("compare"),
            l.as_os_str(),
            r.as_os_str(),
            os("--format"),
            os("html"),
        ],
        true,
    );
    assert_eq!(code, 1);
    assert!(stdout.starts_with("<!DOCTYPE html>"), "{stdout:.100}");
    let target = dir.join("report.html");
    std::fs::write(&target, "an earlier report").unwrap();
    let args = [
        os("compare"),
        l.as_os_str(),
        r.as_os_str(),
        os("--format"),
        os("html"),
        os("-o"),
        target.as_os_str(),
    ];
    let (code, stdout, stderr) = run(&args, true);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("already exists (use --force to replace it)"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "an earlier report"
    );
    let mut forced = args.to_vec();
    forced.push(os("--force"));
    let (code, _, stderr) = run(&forced, true);
    assert_eq!(code, 1, "{stderr}");
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.contains("Carney stands firm against US pressure"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn two_folders_compare_file_by_file() {
    let dir = temp::temp_dir("cli-folders");
    let (a, b) = (dir.join("a"), dir.join("b"));
    std::fs::create_dir_all(a.join("sub")).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(a.join("same.txt"), "Nothing changed here.\n").unwrap();
    std::fs::write(b.join("same.txt"), "Nothing changed here.\n").unwrap();
    std::fs::write(a.join("sub/gone.txt"), "Only the left has this.\n").unwrap();
    std::fs::write(b.join("photo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let (code, stdout, stderr) = run(&[os("compare"), a.as_os_str(), b.as_os_str()], true);
    assert_eq!(code, 2, "an unreadable file makes the status 2");
    assert!(stdout.contains("[-Only the left has this.-]"), "{stdout}");
    assert!(
        stdout.contains("3 file(s) compared: 1 differ, 1 the same, 1 could not be read"),
        "{stdout}"
    );
    assert!(
        stderr.contains("photo.png") && stderr.contains("binary"),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        &[
            os("compare"),
            a.as_os_str(),
            b.as_os_str(),
            os("--format"),
            os("html"),
        ],
        true,
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("comparing folders"), "{stderr}");
}

/// Regression (issue: the verdict and the exit status disagree): a pair
/// whose only difference is boilerplate says "No editorial differences";
/// `--exit-on editorial` makes the status say so too, while the default
/// keeps diff's convention (any difference exits 1).
#[test]
fn boilerplate_only_pairs_exit_zero_on_editorial() {
    let dir = temp::temp_dir("exit-on");
    let (l, r) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(
        &l,
        "Carney spoke to Trump on Friday.\n\nThey agreed to meet.\n",
    )
    .unwrap();
    std::fs::write(
        &r,
        "Carney spoke to Trump on Friday.\n\nThey agreed to meet.\n\nAlso Read | Stocks slide as tariff deadline nears\n",
    )
    .unwrap();
    let base = [os("compare"), l.as_os_str(), r.as_os_str()];
    let (code, stdout, _) = run(&base, true);
    assert!(stdout.contains("No editorial differences"), "{stdout}");
    assert_eq!(code, 1, "diff's convention by default");
    let (code, _, _) = run(
        &[&base[..], &[os("--exit-on"), os("editorial")]].concat(),
        true,
    );
    assert_eq!(code, 0);
    std::fs::write(
        &r,
        "Carney spoke to Trump on Thursday.\n\nThey agreed to meet.\n",
    )
    .unwrap();
    let (code, _, _) = run(
        &[&base[..], &[os("--exit-on"), os("editorial")]].concat(),
        true,
    );
    assert_eq!(code, 1, "an editorial change still exits 1");
    std::fs::remove_dir_all(&dir).unwrap();
}
