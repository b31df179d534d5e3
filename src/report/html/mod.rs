//! The shareable report: one self-contained HTML file.
//!
//! A fact-checker sends what they found to an editor who has no syndiff. The
//! report carries everything inline (CSS, no scripts, no external resources,
//! so it opens offline and from a mail attachment): both file names with
//! SHA-256 checksums, so the reader can tell which versions were compared;
//! the summary; a change list linking to each change; and the side-by-side
//! view with the app's marks (struck-through removals, underlined additions,
//! italic rewrites, gutter symbols). It lays out the same [`crate::report::rows`] as
//! the app, so moved paragraphs leave the same marker and unchanged runs fold
//! the same way (as `<details>`, which open without JavaScript).
//!
//! Every piece of article text goes through [`escape`]; nothing from a
//! document is ever written as markup.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::wording;
use crate::engine::model::{Comparison, UnitKind};
use crate::report::link_places::LinkPlaces;
use crate::report::rows::{build_rows, Row, RowOptions};

mod cells;
mod material;
mod passages;
mod redline;
mod review;
use crate::review::ReviewLog;
use cells::cells;

/// What the report shows besides the changes.
#[derive(Debug, Clone, Copy, Default)]
pub struct HtmlOptions<'a> {
    /// Show unchanged runs open instead of folded.
    pub expand_unchanged: bool,
    /// The editor's reviewed marks and notes, if any.
    pub review: Option<&'a ReviewLog>,
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = include_str!("report_html.css");

/// Renders the whole report.
pub fn render(cmp: &Comparison, options: HtmlOptions) -> String {
    let mut out = String::with_capacity(
        cmp.left.document.text.len() + cmp.right.document.text.len() + 16 * 1024,
    );
    let left_name = side_name(cmp.left.document.path.as_deref(), "left");
    let right_name = side_name(cmp.right.document.path.as_deref(), "right");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"syndiff {}\">\n\
         <title>syndiff: {} vs {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&left_name),
        escape(&right_name)
    );
    header(&mut out, cmp, &left_name, &right_name);
    summary(&mut out, cmp, options.review);
    change_list(&mut out, cmp, options.review);
    material::material(&mut out, cmp);
    passages::passages(&mut out, cmp);
    side_by_side(&mut out, cmp, options);
    out.push_str("</body>\n</html>\n");
    out
}

fn side_name(path: Option<&str>, fallback: &str) -> String {
    path.map_or_else(|| format!("({fallback} text)"), str::to_owned)
}

fn header(out: &mut String, cmp: &Comparison, left_name: &str, right_name: &str) {
    out.push_str("<header>\n<h1>Comparison of two versions</h1>\n<table class=\"files\">\n");
    out.push_str("<tr><th></th><th>File</th><th>Read as</th><th>Paragraphs</th><th>SHA-256 of the text compared</th></tr>\n");
    for (label, name, side, left) in [
        ("Left", left_name, &cmp.left, true),
        ("Right", right_name, &cmp.right, false),
    ] {
        let _ = writeln!(
            out,
            "<tr><th>{label}</th><td class=\"name\">{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            escape(name),
            escape(&wording::side_header(cmp, left)),
            side.blocks.len(),
            side.document.checksum()
        );
    }
    out.push_str("</table>\n");
    let n = &cmp.normalization;
    let mut ignored = Vec::new();
    for (on, what) in [
        (n.ignore_case, "case"),
        (n.ignore_punctuation, "punctuation"),
        (n.quotes, "quote style"),
        (n.dashes, "dash style"),
        (n.whitespace, "whitespace"),
    ] {
        if on {
            ignored.push(what);
        }
    }
    let ignored = if ignored.is_empty() {
        "nothing".to_owned()
    } else {
        ignored.join(", ")
    };
    let _ = writeln!(
        out,
        "<p class=\"note\">Matching ignored: {ignored}. The text below is shown exactly as compared.</p>\n</header>"
    );
}

fn summary(out: &mut String, cmp: &Comparison, log: Option<&ReviewLog>) {
    out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n");
    if let Some(verdict) = wording::verdict(cmp) {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(&verdict));
    }
    out.push_str("<dl>\n");
    for line in wording::summary_lines(cmp) {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&wording::capitalized(line.label)),
            escape(&line.value)
        );
    }
    review::summary_line(out, cmp, log);
    out.push_str("</dl>\n</section>\n");
}

fn change_list(out: &mut String, cmp: &Comparison, log: Option<&ReviewLog>) {
    let changes = cmp.change_indices();
    let _ = writeln!(
        out,
        "<nav id=\"changes\">\n<h2>Changes ({})</h2>",
        changes.len()
    );
    if changes.is_empty() {
        out.push_str("<p>The two versions match.</p>\n</nav>\n");
        return;
    }
    out.push_str("<ol>\n");
    for u in changes {
        let unit = &cmp.units[u];
        let snippet = wording::snippet(cmp, unit, 90);
        let (tick, note) = review::list_mark(log, unit);
        let _ = writeln!(
            out,
            "<li class=\"{}{}\">{tick}<a href=\"#u{u}\">{} {}{}</a> <span class=\"where\">{}</span> <span class=\"snippet\">{}</span>{note}</li>",
            unit.kind.name(),
            if unit.boilerplate.is_some() { " boilerplate" } else { "" },
            wording::kind_symbol(unit.kind),
            wording::kind_name(unit.kind),
            unit.boilerplate
                .map_or(String::new(), |b| format!(" (boilerplate: {})", wording::boilerplate_kind(b))),
            wording::place(unit),
            escape(&snippet)
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

fn side_by_side(out: &mut String, cmp: &Comparison, options: HtmlOptions<'_>) {
    let places = LinkPlaces::new(cmp);
    let links = ViewLinks {
        columns: cells::Links::new(cmp, &places),
        redline: cells::Links::without_anchors(cmp, &places),
    };
    out.push_str("<main id=\"view\">\n<h2>Side by side</h2>\n");
    let _ = writeln!(out, "<p class=\"legend\">Legend: <del>removed</del> · <ins>added</ins> · <span class=\"rw\">rewritten</span> (hover a rewrite to see the other version) · <span class=\"rw\">heaven<ins class=\"ch\">s</ins></span>: only the bold letters changed · <span class=\"ph\"><span class=\"rw\">said</span> the talks <span class=\"rw\">were</span></span>: one change in several pieces; the plain words inside are unchanged · gutter: {legend} · <a class=\"ln\">shared</a>: the other side carries this text elsewhere (click to go there) · <span class=\"bp-label\">dimmed</span>: boilerplate</p>", legend = wording::symbol_legend());
    let _ = writeln!(
        out,
        "<div class=\"row head\"><div>Left: {}</div><div></div><div>Right: {}</div></div>",
        escape(&side_name(cmp.left.document.path.as_deref(), "left")),
        escape(&side_name(cmp.right.document.path.as_deref(), "right"))
    );
    // The material lens, without script: the box hides the rows after it
    // that hold no material change.
    let _ = writeln!(
        out,
        "<p class=\"lens\"><label><input type=\"checkbox\" id=\"material-only\"> Material changes only ({})</label> <label><input type=\"checkbox\" id=\"redline\"> Redline (one column, removed words struck before the words that replaced them)</label></p>",
        crate::report::material::material_entries(cmp)
    );
    let expanded: BTreeSet<usize> = if options.expand_unchanged {
        (0..cmp.units.len()).collect()
    } else {
        BTreeSet::new()
    };
    for row in build_rows(cmp, &expanded, RowOptions::default()) {
        match row {
            Row::Unit(u) => unit_row(out, cmp, u, &links, options.review),
            Row::MovedFrom(u) => {
                let target = cmp.units[u].right_blocks.0 + 1;
                let _ = writeln!(
                    out,
                    "<div class=\"row moved-from\" id=\"from{u}\"><div class=\"cell\"><a href=\"#u{u}\">» Moved: this paragraph now stands at ¶{target} on the right</a></div><div class=\"gutter\">»</div><div class=\"cell empty\"></div></div>"
                );
            }
            Row::Collapsed {
                first,
                count,
                changed,
            } => {
                let _ = writeln!(
                    out,
                    "<details class=\"unchanged-run\"><summary>{}</summary>",
                    escape(&wording::folded(count, changed))
                );
                for u in first..first + count {
                    unit_row(out, cmp, u, &links, options.review);
                }
                out.push_str("</details>\n");
            }
        }
    }
    out.push_str("</main>\n");
}

/// The passage links as each view of a row marks them.
struct ViewLinks<'a> {
    columns: cells::Links<'a>,
    redline: cells::Links<'a>,
}

fn unit_row(
    out: &mut String,
    cmp: &Comparison,
    u: usize,
    links: &ViewLinks<'_>,
    log: Option<&ReviewLog>,
) {
    let unit = &cmp.units[u];
    let mut classes = vec!["row", unit.kind.name()];
    if unit.boilerplate.is_some() {
        classes.push("boilerplate");
    }
    if unit.left.len() > 1 || unit.right.len() > 1 {
        classes.push("group");
    }
    if unit.is_material() {
        classes.push("material");
    }
    let title = unit.boilerplate.map_or(String::new(), |b| {
        format!(
            " title=\"boilerplate: {}\"",
            escape(wording::boilerplate_kind(b))
        )
    });
    let _ = write!(
        out,
        "<div class=\"{}\" id=\"u{u}\"{title}>",
        classes.join(" ")
    );
    let (left_html, right_html) = cells(cmp, unit, &links.columns);
    let cell_class = |empty: bool| if empty { "cell empty" } else { "cell" };
    let _ = write!(
        out,
        "<div class=\"{}\">{left_html}</div>",
        cell_class(unit.left.is_empty())
    );
    let gutter = if unit.kind == UnitKind::Moved {
        format!("<a href=\"#from{u}\" title=\"where it stood on the left\">»</a>")
    } else {
        wording::kind_symbol(unit.kind).to_owned()
    };
    let (tick, note) = review::row_mark(log, unit);
    let _ = write!(
        out,
        "<div class=\"gutter\" title=\"{}\">{gutter}{tick}</div>",
        wording::kind_name(unit.kind)
    );
    let _ = writeln!(
        out,
        "<div class=\"{}\">{right_html}</div><div class=\"cell rl\">{}</div></div>",
        cell_class(unit.right.is_empty()),
        redline::redline(cmp, unit, &links.redline)
    );
    out.push_str(&note);
}

#[cfg(test)]
mod tests;
