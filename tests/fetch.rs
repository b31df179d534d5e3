//! Web addresses, fetched from a small HTTP server this test starts on
//! loopback; nothing here reaches the internet. A page is read like a saved
//! one (charset from the headers first), redirects are followed, and every
//! failure says what went wrong.

use std::net::TcpListener;
use std::path::Path;
use std::process::Command;

#[path = "support/http.rs"]
mod http;
use http::serve;

fn load(address: &str) -> syndiff::Result<syndiff::Document> {
    syndiff::load_path_or_address(Path::new(address), &syndiff::LoadOptions::default())
}

#[test]
fn a_page_is_fetched_and_read_as_its_article_in_the_headers_charset() {
    let base = serve();
    let doc = load(&format!("{base}/story")).unwrap();
    assert_eq!(doc.format, syndiff::Format::HtmlArticle);
    assert_eq!(doc.encoding, "windows-1252");
    assert!(
        doc.text
            .contains("Le président a déclaré qu’il était très déçu"),
        "{}",
        doc.text
    );
    assert_eq!(doc.path.as_deref(), Some(format!("{base}/story").as_str()));
    // A redirect leads to the same page.
    let moved = load(&format!("{base}/moved")).unwrap();
    assert_eq!(moved.text, doc.text);
}

#[test]
fn failures_say_what_went_wrong() {
    let base = serve();
    let message = |path: &str| load(&format!("{base}{path}")).unwrap_err().to_string();
    let m = message("/missing");
    assert!(
        m.contains("/missing: cannot be fetched: the server answered 404 Not Found"),
        "{m}"
    );
    let m = message("/photo.png");
    assert!(
        m.contains("not a web page or a document (it is image/png)"),
        "{m}"
    );
    let m = message("/huge");
    assert!(m.contains("larger than 32 MiB"), "{m}");
    // A port nobody listens on: as if offline.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let m = load(&format!("http://{closed}/story"))
        .unwrap_err()
        .to_string();
    assert!(m.contains("cannot be fetched"), "{m}");
}

#[test]
fn the_command_line_takes_addresses() {
    let base = serve();
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .args([
            "compare",
            &format!("{base}/story"),
            &format!("{base}/moved"),
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!(
            "--- {base}/story (windows-1252, web page, article, 32 words)"
        )),
        "{stdout}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_syndiff"))
        .args([
            "compare",
            &format!("{base}/missing"),
            &format!("{base}/story"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("404"));
}
