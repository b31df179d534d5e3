//! Reading the source: files as modules, comments and literals blanked,
//! and every path a file writes from `crate`, `super` or `self`.

use std::path::Path;

/// A module's path from its crate's root: `["engine", "load"]`.
pub type ModPath = Vec<String>;

/// One source file, its comments and literals blanked out.
pub struct SourceFile {
    /// Relative to the repository, for messages.
    pub name: String,
    /// The module the file holds.
    pub module: ModPath,
    /// The code with comments and string and character literals replaced
    /// by spaces (same length, same lines).
    pub code: String,
}

pub fn read_tree(src: &Path, dir: &Path, out: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("source folder readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_tree(src, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(src).expect("under src");
            let mut module: ModPath = rel
                .with_extension("")
                .iter()
                .map(|c| c.to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("source readable");
            out.push(SourceFile {
                name: format!("src/{}", rel.display()),
                module,
                code: blank_comments_and_literals(&text),
            });
        }
    }
}

/// The text with comments, strings and character literals turned to spaces
/// (newlines kept), so a path in a doc comment or a message is not read as
/// a use.
pub fn blank_comments_and_literals(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let end = find(b, i + 2, b"*/").map_or(b.len(), |p| p + 2);
            blank(&mut out, i, end);
            i = end;
        } else if let Some(end) = raw_string_end(b, i) {
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A character literal ('x', '\n', '"'), or a lifetime ('a).
            let end = if rest.get(1) == Some(&b'\\') {
                find(b, i + 2, b"'").map(|p| p + 1)
            } else {
                let width = std::str::from_utf8(&rest[1..])
                    .ok()
                    .and_then(|s| s.chars().next());
                width
                    .map(|c| i + 1 + c.len_utf8())
                    .filter(|&p| b.get(p) == Some(&b'\''))
                    .map(|p| p + 1)
            };
            match end {
                Some(end) => {
                    blank(&mut out, i, end);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Where a raw string (`r"…"`, `r#"…"#`, `br"…"`) starting at `i` ends.
fn raw_string_end(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return None;
    }
    let mut j = i;
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = b[j..].iter().take_while(|&&c| c == b'#').count();
    j += hashes;
    if b.get(j) != Some(&b'"') {
        return None;
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    find(b, j + 1, &close).map(|p| p + close.len())
}

/// One `mod` item of a file.
pub struct ModItem {
    pub name: String,
    /// Its byte range, for a module written inline (`mod tests { … }`).
    pub inline: Option<(usize, usize)>,
    /// Compiled for tests only (`#[cfg(test)]`).
    pub test_only: bool,
}

/// The `mod` items of a file, inline or in files of their own.
pub fn modules(code: &str) -> Vec<ModItem> {
    let b = code.as_bytes();
    let mut found = Vec::new();
    let mut open: Vec<Option<(usize, String, bool)>> = Vec::new();
    let mut pending: Option<(usize, String, bool)> = None;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => open.push(pending.take()),
            b'}' => {
                if let Some(Some((start, name, test_only))) = open.pop() {
                    found.push(ModItem {
                        name,
                        inline: Some((start, i)),
                        test_only,
                    });
                }
            }
            b';' => {
                if let Some((_, name, test_only)) = pending.take() {
                    found.push(ModItem {
                        name,
                        inline: None,
                        test_only,
                    });
                }
            }
            _ if is_word_at(b, i, "mod") => {
                let after = code[i + 3..].trim_start();
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                pending = Some((i, name, under_cfg_test(&code[..i])));
                i += 3;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether the item after `before` is marked `#[cfg(test)]`.
fn under_cfg_test(before: &str) -> bool {
    let mut rest = before.trim_end();
    if let Some(open) = rest.strip_suffix(')').and_then(|r| r.rfind("pub(")) {
        rest = rest[..open].trim_end();
    }
    rest = rest.strip_suffix("pub").unwrap_or(rest).trim_end();
    rest.ends_with("#[cfg(test)]")
}

fn is_word_at(b: &[u8], i: usize, word: &str) -> bool {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    b[i..].starts_with(word.as_bytes())
        && (i == 0 || !ident(b[i - 1]))
        && b.get(i + word.len()).is_none_or(|&c| !ident(c))
}

/// Every path a file writes from `crate`, `super` or `self`, with its byte
/// offset: the expanded trees of its `use` items, and paths in its code.
pub fn written_paths(code: &str) -> Vec<(usize, Vec<String>)> {
    let b = code.as_bytes();
    let mut paths = Vec::new();
    for i in 0..b.len() {
        if is_word_at(b, i, "use") {
            let end = code[i..].find(';').map_or(code.len(), |p| i + p);
            let tree: String = code[i + 3..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let mut out = Vec::new();
            expand_use_tree(&tree, &[], &mut out);
            paths.extend(out.into_iter().map(|p| (i, p)));
        }
        for head in ["crate", "super", "self"] {
            if is_word_at(b, i, head) && code[i + head.len()..].starts_with("::") {
                paths.push((i, path_at(&code[i..])));
            }
        }
    }
    paths
}

/// The path `a::b::c` at the start of `text`, up to the first thing that is
/// not a name.
fn path_at(text: &str) -> Vec<String> {
    let mut segments = Vec::new();
    let mut rest = text;
    loop {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            break;
        }
        rest = &rest[name.len()..];
        segments.push(name);
        match rest.trim_start().strip_prefix("::") {
            Some(more) => rest = more.trim_start(),
            None => break,
        }
    }
    segments
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand_use_tree(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tree = tree.trim().trim_start_matches("::");
    let Some(open) = tree.find('{') else {
        let plain = tree.split(" as ").next().unwrap_or(tree);
        let mut path = prefix.to_vec();
        for segment in plain.split("::").map(str::trim) {
            if !segment.is_empty() && segment != "*" && segment != "self" {
                path.push(segment.to_owned());
            }
        }
        out.push(path);
        return;
    };
    let mut path = prefix.to_vec();
    path.extend(
        tree[..open]
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
    );
    let close = tree.rfind('}').unwrap_or(tree.len());
    let inner = &tree[open + 1..close];
    let mut depth = 0;
    let mut start = 0;
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand_use_tree(&inner[start..k], &path, out);
                start = k + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        expand_use_tree(&inner[start..], &path, out);
    }
}
