//! Times web-page extraction on deeply nested markup: `cargo run --release --example html_time -- 20000`.
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20000);
    let deep = format!(
        "<html><body>{}deep text{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    for whole_page in [false, true] {
        let t = std::time::Instant::now();
        let options = syndiff::LoadOptions { whole_page };
        match syndiff::decode_bytes_with(deep.as_bytes(), "p", Some("html"), &options) {
            Ok(doc) => eprintln!(
                "n={n} whole={whole_page} {:?} len {}",
                t.elapsed(),
                doc.text.len()
            ),
            Err(e) => eprintln!("n={n} whole={whole_page} error {e}"),
        }
    }
}
