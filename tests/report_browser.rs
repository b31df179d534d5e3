//! The HTML report as a reader sees it: rendered by headless Chromium
//! (Debian's `chromium`, installed by scripts/test.sh). Checks that hostile
//! article text stays text in the browser's DOM, that the page renders, and
//! leaves a screenshot in target/report-screenshot.png to look at.
//!
//! Set SYNDIFF_SKIP_BROWSER=1 to skip on a machine without Chromium.

#[path = "support/temp.rs"]
mod temp;

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

/// Chromium and a fresh folder for a test's files; `None` (skip) only
/// when SYNDIFF_SKIP_BROWSER is set on a machine without Chromium.
fn browser_and_folder(name: &str) -> Option<(PathBuf, PathBuf)> {
    let Some(browser) = chromium() else {
        if std::env::var_os("SYNDIFF_SKIP_BROWSER").is_some() {
            return None;
        }
        panic!("Chromium is not installed: run scripts/test.sh, or set SYNDIFF_SKIP_BROWSER=1");
    };
    let dir = temp::temp_dir(name);
    Some((browser, dir))
}

#[test]
fn report_renders_in_chromium_and_article_text_stays_text() {
    let Some((browser, dir)) = browser_and_folder("browser") else {
        return;
    };
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

/// The pages Chromium prints `html` on.
fn printed_pages(browser: &Path, dir: &Path, name: &str, html: &str) -> usize {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    let out = run_chromium(
        browser,
        &dir.join(format!("profile-{name}")),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", page.display()),
        ],
    );
    let bytes = std::fs::read(&pdf)
        .unwrap_or_else(|e| panic!("no PDF ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[test]
fn the_material_lens_of_the_report_hides_the_other_rows_in_the_browser() {
    let Some((browser, dir)) = browser_and_folder("lens") else {
        return;
    };
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let left = std::fs::read_to_string(seeds.join("000_0862837ed87197b0.txt")).unwrap();
    let right = std::fs::read_to_string(seeds.join("004_572b0bc8baeb0163.txt")).unwrap();
    let report = std::fs::read_to_string(write_report(&dir, &left, &right)).unwrap();
    let lens = r#"<input type="checkbox" id="material-only">"#;
    assert!(report.contains(lens), "the report has the lens");
    assert!(report.contains("class=\"row edited material\""));
    let every_change = printed_pages(&browser, &dir, "all", &report);
    let checked = report.replace(
        lens,
        r#"<input type="checkbox" id="material-only" checked>"#,
    );
    let material_only = printed_pages(&browser, &dir, "material", &checked);
    assert!(
        material_only < every_change,
        "the lens leaves fewer pages: {material_only} against {every_change}"
    );
}
