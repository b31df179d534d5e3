//! The desktop entry script (scripts/install-desktop.sh) installs into the
//! user's XDG data directory without root, can run twice, and uninstalls;
//! the release profile a user builds carries no debug information.

#[path = "support/temp.rs"]
mod temp;

use std::path::Path;
use std::process::Command;

fn run_script(data_home: &Path, args: &[&str]) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new("bash")
        .arg(root.join("scripts/install-desktop.sh"))
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env("SYNDIFF_BIN", "/opt/some where/syndiff")
        .output()
        .expect("bash runs")
}

#[test]
fn the_desktop_entry_installs_twice_in_xdg_data_home_and_uninstalls() {
    let dir = temp::temp_dir("desktop");
    for _ in 0..2 {
        let out = run_script(&dir, &[]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let entry = std::fs::read_to_string(dir.join("applications/syndiff.desktop")).unwrap();
    assert!(entry.starts_with("[Desktop Entry]\n"), "{entry}");
    assert!(
        entry.contains("Exec=\"/opt/some where/syndiff\" %F\n"),
        "{entry}"
    );
    assert!(entry.contains("Icon=syndiff\n"), "{entry}");
    let icon = std::fs::read(dir.join("icons/hicolor/64x64/apps/syndiff.png")).unwrap();
    let shipped = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon.png"));
    assert_eq!(Some(icon), shipped.ok());
    // Nothing but the two files (and no leftover temporary entry).
    let listed: Vec<_> = std::fs::read_dir(dir.join("applications"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".cache"))
        .collect();
    assert_eq!(listed, vec!["syndiff.desktop".to_owned()]);
    if let Ok(check) = Command::new("desktop-file-validate")
        .arg(dir.join("applications/syndiff.desktop"))
        .output()
    {
        assert!(
            check.status.success() && check.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
    let out = run_script(&dir, &["--uninstall"]);
    assert!(out.status.success());
    assert!(!dir.join("applications/syndiff.desktop").exists());
    assert!(!dir.join("icons/hicolor/64x64/apps/syndiff.png").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_release_profile_has_no_debug_information_and_profiling_has() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let section = |name: &str| {
        manifest
            .split(&format!("[profile.{name}]\n"))
            .nth(1)
            .map(|s| s.split("\n[").next().unwrap_or_default().to_owned())
            .unwrap_or_default()
    };
    let release = section("release");
    assert!(release.contains("debug = false"), "{release}");
    let profiling = section("profiling");
    assert!(profiling.contains("inherits = \"release\""), "{profiling}");
    assert!(profiling.contains("debug = 1"), "{profiling}");
}
