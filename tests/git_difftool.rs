//! syndiff as `git difftool`, driven through a real git on a temporary
//! repository, configured exactly as the README tells users to.

#[path = "support/temp.rs"]
mod temp;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(name: &str) -> PathBuf {
    let dir = temp::temp_dir(&format!("git-{name}"));
    git(&dir, &["init", "-q"]);
    git(&dir, &["config", "user.email", "test@example.com"]);
    git(&dir, &["config", "user.name", "Test"]);
    // The README's configuration, with this build's binary.
    let tool = format!(
        "'{}' compare \"$LOCAL\" \"$REMOTE\" --left-label \"a/$MERGED\" --right-label \"b/$MERGED\" --color never",
        env!("CARGO_BIN_EXE_syndiff")
    );
    git(&dir, &["config", "difftool.syndiff.cmd", &tool]);
    git(&dir, &["config", "diff.tool", "syndiff"]);
    dir
}

fn git(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn git_difftool_shows_the_reworded_paragraph() {
    let dir = repo("edit");
    let original = "Officials said the bridge would reopen in May.\n\nThe repairs cost 2 million dollars, the council said.\n\nTraffic is diverted through the old town.\n";
    std::fs::write(dir.join("story.md"), original).unwrap();
    git(&dir, &["add", "story.md"]);
    git(&dir, &["commit", "-q", "-m", "first"]);
    let revised = "Officials said the bridge would reopen in June.\n\nThe repairs cost 2 million dollars, the council said.\n\nTraffic is diverted through the old town.\n\nAlso Read | Other bridges closed this year\n";
    std::fs::write(dir.join("story.md"), revised).unwrap();

    let out = git(&dir, &["difftool", "--no-prompt"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("--- a/story.md"), "{stdout}");
    assert!(stdout.contains("+++ b/story.md"), "{stdout}");
    assert!(
        stdout.contains("[-May.-]{+June.+}") || stdout.contains("[-May-]{+June+}"),
        "{stdout}"
    );
    assert!(stdout.contains("boilerplate: related link"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(dir.join("story.md")).unwrap(),
        revised
    );
}

#[test]
fn git_difftool_handles_a_new_file_passed_as_dev_null() {
    let dir = repo("new");
    std::fs::write(dir.join("keep.txt"), "unrelated\n").unwrap();
    git(&dir, &["add", "keep.txt"]);
    git(&dir, &["commit", "-q", "-m", "first"]);
    std::fs::write(dir.join("fresh.txt"), "A brand new article paragraph.\n").unwrap();
    git(&dir, &["add", "fresh.txt"]);
    let out = git(&dir, &["difftool", "--no-prompt", "--cached"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("{+A brand new article paragraph.+}"),
        "{stdout}"
    );
    assert!(stdout.contains("+++ b/fresh.txt"), "{stdout}");
}

#[test]
fn git_difftool_dir_diff_compares_every_changed_file() {
    let dir = repo("dirdiff");
    std::fs::create_dir_all(dir.join("desk")).unwrap();
    std::fs::write(dir.join("desk/one.txt"), "The vote was held on Monday.\n").unwrap();
    std::fs::write(dir.join("two.md"), "# Heading\n\nSame text here.\n").unwrap();
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "first"]);
    std::fs::write(dir.join("desk/one.txt"), "The vote was held on Tuesday.\n").unwrap();
    std::fs::write(
        dir.join("two.md"),
        "# Heading\n\nSame text here.\n\nA new paragraph.\n",
    )
    .unwrap();
    let out = git(&dir, &["difftool", "--dir-diff", "--no-prompt"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("--- a/desk/one.txt"), "{stdout}");
    assert!(stdout.contains("{+A new paragraph.+}"), "{stdout}");
    assert!(stdout.contains("2 file(s) compared: 2 differ"), "{stdout}");
}
