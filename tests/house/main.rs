//! The house: which module may use which. Reads every `crate::`,
//! `super::` and `self::` path in `src/` (in `use` lines and in code) and
//! fails on an import circle among sibling modules (at every level of the
//! tree: `engine/load` ↔ `engine/fetch`, `report` ↔ `review`,
//! `gui/app` → `gui/story` → `gui/app`), a path into the crate root's own
//! items (an upward arrow into `lib.rs`), or an engine module reaching for
//! `report`, `review`, `cli` or `gui`.
//!
//! A module's own submodules are part of it: a `mod.rs` and its children
//! may use each other; only siblings must not go round in a circle.

mod read;
mod wording;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use read::{
    blank_comments_and_literals, modules, read_tree, written_paths, ModItem, ModPath, SourceFile,
};

/// One use of a module by another: where it is written and what it names.
#[derive(Debug, Clone)]
struct Arrow {
    from: ModPath,
    to: ModPath,
    /// The path as written, resolved from the crate root.
    path: ModPath,
    place: String,
}

/// Every arrow from one module to another that the files of `src/` write,
/// leaving out code compiled for tests only (`#[cfg(test)]`): a step's
/// tests may run the whole comparison.
fn arrows(files: &[SourceFile]) -> Vec<Arrow> {
    let known: BTreeSet<ModPath> = files.iter().map(|f| f.module.clone()).collect();
    let mut test_only: Vec<ModPath> = Vec::new();
    for file in files {
        for item in modules(&file.code) {
            if item.test_only && item.inline.is_none() {
                test_only.push([file.module.clone(), vec![item.name]].concat());
            }
        }
    }
    let mut arrows = Vec::new();
    for file in files {
        if test_only.iter().any(|t| file.module.starts_with(t)) {
            continue;
        }
        let inline: Vec<ModItem> = modules(&file.code)
            .into_iter()
            .filter(|m| m.inline.is_some())
            .collect();
        for (offset, path) in written_paths(&file.code) {
            let enclosing: Vec<&ModItem> = inline
                .iter()
                .filter(|m| {
                    m.inline
                        .is_some_and(|(start, end)| (start..end).contains(&offset))
                })
                .collect();
            if enclosing.iter().any(|m| m.test_only) {
                continue;
            }
            let mut here = file.module.clone();
            here.extend(enclosing.iter().map(|m| m.name.clone()));
            let Some(full) = resolve(&here, &path, &known) else {
                continue;
            };
            let to = (0..=full.len())
                .rev()
                .map(|n| full[..n].to_vec())
                .find(|prefix| known.contains(prefix))
                .unwrap_or_default();
            let line = file.code[..offset].matches('\n').count() + 1;
            arrows.push(Arrow {
                from: file.module.clone(),
                to,
                path: full,
                place: format!("{}:{line}", file.name),
            });
        }
    }
    // A `use` line is read both as a tree and as a path: once is enough.
    let mut seen = BTreeSet::new();
    arrows.retain(|a| seen.insert((a.place.clone(), a.path.clone())));
    arrows
}

/// The path from the crate root that `path`, written in module `here`,
/// names; `None` for another crate's (`std::…`, `egui::…`).
fn resolve(here: &[String], path: &[String], known: &BTreeSet<ModPath>) -> Option<ModPath> {
    let first = path.first()?;
    let mut full: ModPath = match first.as_str() {
        "crate" => Vec::new(),
        "self" => here.to_vec(),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            here[..here.len().checked_sub(ups)?].to_vec()
        }
        _ => {
            let mut child = here.to_vec();
            child.push(first.clone());
            if !known.contains(&child) {
                return None;
            }
            here.to_vec()
        }
    };
    let skip = path
        .iter()
        .take_while(|s| matches!(s.as_str(), "crate" | "self" | "super"))
        .count();
    full.extend(path[skip..].iter().cloned());
    Some(full)
}

/// The arrow between the two sibling modules it joins, under the modules
/// both ends share; `None` when one end holds the other (a module and its
/// own submodules are one).
fn sibling_arrow(arrow: &Arrow) -> Option<(ModPath, ModPath)> {
    let shared = arrow
        .from
        .iter()
        .zip(&arrow.to)
        .take_while(|(a, b)| a == b)
        .count();
    if shared == arrow.from.len() || shared == arrow.to.len() {
        return None;
    }
    Some((arrow.from[..=shared].to_vec(), arrow.to[..=shared].to_vec()))
}

/// The groups of modules that reach each other (strongly connected
/// components), only those of more than one module.
fn circles(edges: &BTreeSet<(ModPath, ModPath)>) -> Vec<BTreeSet<ModPath>> {
    let mut next: BTreeMap<&ModPath, Vec<&ModPath>> = BTreeMap::new();
    for (a, b) in edges {
        next.entry(a).or_default().push(b);
        next.entry(b).or_default();
    }
    // Reachability both ways, by search from each node: small graphs.
    let reach = |start: &ModPath| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            for m in next.get(n).into_iter().flatten() {
                if seen.insert(*m) {
                    stack.push(m);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&ModPath, BTreeSet<&ModPath>> =
        next.keys().map(|n| (*n, reach(n))).collect();
    let mut groups: BTreeSet<BTreeSet<ModPath>> = BTreeSet::new();
    for (n, seen) in &reached {
        let group: BTreeSet<ModPath> = seen
            .iter()
            .filter(|m| reached[*m].contains(n))
            .map(|m| (*m).clone())
            .collect();
        if group.len() > 1 {
            groups.insert(group);
        }
    }
    groups.into_iter().collect()
}

fn show(module: &[String]) -> String {
    if module.is_empty() {
        "the crate root".to_owned()
    } else {
        module.join("/")
    }
}

fn source_arrows() -> Vec<Arrow> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_tree(&src, &src, &mut files);
    assert!(
        files.len() > 50,
        "the source tree was read: {} files",
        files.len()
    );
    let arrows = arrows(&files);
    assert!(
        arrows.len() > 300,
        "the paths were read: {} arrows",
        arrows.len()
    );
    arrows
}

/// What is wrong with a set of arrows, one line each; empty when nothing is.
fn circle_faults(arrows: &[Arrow]) -> Vec<String> {
    let edges: BTreeSet<(ModPath, ModPath)> = arrows.iter().filter_map(sibling_arrow).collect();
    let mut faults = Vec::new();
    for group in circles(&edges) {
        let names: Vec<String> = group.iter().map(|m| show(m)).collect();
        let mut evidence = Vec::new();
        for arrow in arrows {
            if let Some((a, b)) = sibling_arrow(arrow) {
                if group.contains(&a) && group.contains(&b) {
                    evidence.push(format!(
                        "    {} → {}: {} ({})",
                        show(&a),
                        show(&b),
                        arrow.path.join("::"),
                        arrow.place
                    ));
                }
            }
        }
        faults.push(format!(
            "circle among {}:\n{}",
            names.join(", "),
            evidence.join("\n")
        ));
    }
    faults
}

fn upward_faults(arrows: &[Arrow]) -> Vec<String> {
    arrows
        .iter()
        .filter(|a| a.to.is_empty() && !a.path.is_empty() && !a.from.is_empty())
        .map(|a| {
            format!(
                "{} uses {} from the crate root ({})",
                show(&a.from),
                a.path.join("::"),
                a.place
            )
        })
        .collect()
}

fn engine_faults(arrows: &[Arrow]) -> Vec<String> {
    arrows
        .iter()
        .filter(|a| a.from.first().is_some_and(|m| m == "engine"))
        .filter(|a| {
            a.to.first()
                .is_some_and(|m| matches!(m.as_str(), "report" | "review" | "cli" | "gui"))
        })
        .map(|a| format!("{} uses {} ({})", show(&a.from), a.path.join("::"), a.place))
        .collect()
}

#[test]
fn no_import_circle_among_sibling_modules() {
    let faults = circle_faults(&source_arrows());
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn nothing_reaches_up_into_the_crate_root() {
    let faults = upward_faults(&source_arrows());
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_engine_uses_no_report_review_command_line_or_app() {
    let faults = engine_faults(&source_arrows());
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

fn arrows_of(files: &[(&str, &str)]) -> Vec<Arrow> {
    let files: Vec<SourceFile> = files
        .iter()
        .map(|(module, text)| SourceFile {
            name: format!("{module}.rs"),
            module: module
                .split('/')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            code: blank_comments_and_literals(text),
        })
        .collect();
    arrows(&files)
}

#[test]
fn the_checks_find_what_they_look_for() {
    let arrows = arrows_of(&[
        ("", "pub mod engine; pub mod report;"),
        ("engine", "mod load; mod fetch;\n#[cfg(test)]\nmod tests;"),
        (
            "engine/load",
            "use super::{fetch::get, model};\n// use crate::report::x;",
        ),
        (
            "engine/fetch",
            "pub fn get() { crate::engine::load::decode(\"crate::gui\"); }",
        ),
        (
            "engine/model",
            "use crate::Document;\n#[cfg(test)]\nmod tests { use crate::gui::x; }",
        ),
        ("engine/tests", "use crate::report::render;"),
        (
            "report",
            "use crate::engine::model::Comparison;\nmod tests { use super::*; }",
        ),
        (
            "engine/story",
            "use crate::{report::{self, html::checksum as sum}, engine::model};",
        ),
    ]);
    let circles = circle_faults(&arrows);
    assert_eq!(circles.len(), 2, "{circles:?}");
    assert!(
        circles[0].starts_with("circle among engine, report:"),
        "{circles:?}"
    );
    assert!(
        circles[1].starts_with("circle among engine/fetch, engine/load:"),
        "{circles:?}"
    );
    let upward = upward_faults(&arrows);
    assert_eq!(upward.len(), 1, "{upward:?}");
    assert!(
        upward[0].contains("engine/model uses Document"),
        "{upward:?}"
    );
    let engine = engine_faults(&arrows);
    assert_eq!(engine.len(), 2, "{engine:?}");
    assert!(
        engine
            .iter()
            .all(|f| f.starts_with("engine/story uses report")),
        "{engine:?}"
    );
}
