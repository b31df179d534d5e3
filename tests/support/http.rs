//! A small HTTP server on loopback for the tests that fetch pages: a few
//! fixed answers (a page in windows-1252, a redirect, an image, a page past
//! the size cap, a 404). Nothing in the tests reaches the internet.
// Each test binary includes this module and uses only some of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

/// Serves a few fixed answers on a free port; returns `http://127.0.0.1:N`.
pub fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: std::net::TcpStream) {
    let mut request = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The rest of the request's head.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let page = "<html><head><title>Story</title></head><body><article><h1>Le président parle</h1><p>Le président a déclaré qu’il était très déçu de la décision prise à Montréal hier soir.</p><p>Il a ajouté que les négociations reprendraient la semaine prochaine à Ottawa.</p></article></body></html>";
    let (status, headers, body): (&str, String, Vec<u8>) = match path.as_str() {
        "/story" => {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
            (
                "200 OK",
                "Content-Type: text/html; charset=windows-1252\r\n".into(),
                bytes.into_owned(),
            )
        }
        "/moved" => ("302 Found", "Location: /story\r\n".into(), Vec::new()),
        "/photo.png" => (
            "200 OK",
            "Content-Type: image/png\r\n".into(),
            b"\x89PNG\r\n".to_vec(),
        ),
        "/huge" => {
            let size = syndiff::engine::fetch::MAX_FETCH_BYTES as usize + 1024;
            let mut body = b"<html><body><p>".to_vec();
            body.resize(size, b'a');
            ("200 OK", "Content-Type: text/html\r\n".into(), body)
        }
        _ => (
            "404 Not Found",
            "Content-Type: text/html\r\n".into(),
            b"gone".to_vec(),
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}
