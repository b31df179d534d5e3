//! The HTML report as a reader sees it: rendered by headless Chromium
//! (Debian's `chromium`, installed by scripts/test.sh). Checks that hostile
//! article text stays text in the browser's DOM, that the page renders, and
//! leaves a screenshot in target/report-screenshot.png to look at.
//!
//! Set SYNDIFF_SKIP_BROWSER=1 to skip on a machine without Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn run_chromium(browser: &Path, profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium starts")
}

fn write_report(dir: &Path, left: &str, right: &str) -> PathBuf {
    let l = dir.join("left.txt");
    let r = dir.join("right.txt");
    std::fs::write(&l, left).unwrap();
    std::fs::write(&r, right).unwrap();
    let report = dir.join("report.html");
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .args(["compare", "--format", "html", "--force", "-o"])
        .arg(&report)
        .arg(&l)
        .arg(&r)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    report
}

#[test]
fn report_renders_in_chromium_and_article_text_stays_text() {
    let Some(browser) = chromium() else {
        if std::env::var_os("SYNDIFF_SKIP_BROWSER").is_some() {
            return;
        }
        panic!("Chromium is not installed: run scripts/test.sh, or set SYNDIFF_SKIP_BROWSER=1");
    };
    let dir = std::env::temp_dir().join(format!("syndiff-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let story = std::fs::read_to_string(seeds.join("000_0862837ed87197b0.txt")).unwrap();
    let outlet = std::fs::read_to_string(seeds.join("001_eb5f9ac6cfce23e2.txt")).unwrap();
    let left =
        format!("The mayor said <script>document.title='pwned'</script> yes today.\n\n{story}");
    let right =
        format!("The mayor said \" onmouseover=\"document.title='pwned2' no today.\n\n{outlet}");
    let report = write_report(&dir, &left, &right);
    let url = format!("file://{}", report.display());

    let dom = run_chromium(&browser, &dir.join("profile-dom"), &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("<title>syndiff: "),
        "the page loaded: {dom:.300}"
    );
    assert!(
        !dom.contains("pwned</title>") && !dom.contains("<title>pwned"),
        "no script ran"
    );
    // The marks may cut the text into several elements; its visible text,
    // tags taken out, still reads as written.
    let visible: String = dom
        .split('<')
        .map(|piece| piece.find('>').map_or(piece, |end| &piece[end + 1..]))
        .collect();
    assert!(
        visible.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "shown as text"
    );
    assert_eq!(
        dom.matches("<script").count(),
        0,
        "no script element in the DOM"
    );
    for tag in dom.split('<').skip(1) {
        let inside = &tag[..tag.find('>').unwrap_or(tag.len())];
        // Attribute names are what sits outside the quoted values.
        let names: String = inside.split('"').step_by(2).collect();
        assert!(
            !names.contains("onmouseover"),
            "an attribute was injected: <{inside}>"
        );
    }
    assert!(dom.contains("Carney stands firm against US pressure"));
    assert!(dom.contains("boilerplate: related link"));

    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    let out = run_chromium(
        &browser,
        &dir.join("profile-shot"),
        &[
            "--window-size=1400,2000",
            &format!("--screenshot={}", shot.display()),
            &url,
        ],
    );
    let png = std::fs::read(&shot).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(&png[1..4], b"PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1400, 2000));
    assert!(
        png.len() > 50_000,
        "a page with text, not a blank one ({} bytes)",
        png.len()
    );
}
