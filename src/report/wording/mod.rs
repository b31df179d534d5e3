//! Every word a reader sees about a comparison, in one place: the names
//! and gutter symbols of the kinds, paragraph positions, the summary
//! lines, the plain verdicts and the reuse figures. The text report, the
//! HTML report and the app all take their wording from here, so the three
//! cannot drift apart and the model holds data, not sentences.

use crate::engine::model::BoilerplateKind;
mod app;
mod controls;
mod legend;
mod marks;
mod messages;
mod sides;
pub use app::*;
pub use controls::*;
pub use legend::*;
pub use marks::*;
pub use messages::*;
pub use sides::*;
pub mod story;
pub mod story_view;

use crate::engine::model::{ByteRange, Comparison, Link, Sameness, Stats, Unit, UnitKind};

/// The gutter symbol of a kind, the same in the app and the reports
/// (`""` for unchanged paragraphs, which carry none).
pub fn kind_symbol(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Unchanged => "",
        UnitKind::Equivalent => "≈",
        UnitKind::Edited => "~",
        UnitKind::Split => "÷",
        UnitKind::Merged => "Σ",
        UnitKind::Moved => "»",
        UnitKind::Added => "+",
        UnitKind::Removed => "−",
    }
}

/// The name a reader sees for a kind (also its JSON name).
pub fn kind_name(kind: UnitKind) -> &'static str {
    kind.name()
}

/// The legend of the gutter symbols: "+ added, − removed, …".
pub fn symbol_legend() -> String {
    let order = [
        UnitKind::Added,
        UnitKind::Removed,
        UnitKind::Edited,
        UnitKind::Split,
        UnitKind::Merged,
        UnitKind::Moved,
        UnitKind::Equivalent,
    ];
    let parts: Vec<String> = order
        .iter()
        .map(|&k| format!("{} {}", kind_symbol(k), kind_name(k)))
        .collect();
    parts.join(", ")
}

/// How a kind of web furniture is described.
pub fn boilerplate_kind(kind: BoilerplateKind) -> &'static str {
    match kind {
        BoilerplateKind::RelatedLink => "related link",
        BoilerplateKind::Prompt => "newsletter or follow prompt",
        BoilerplateKind::Advertisement => "advertisement",
        BoilerplateKind::Share => "share prompt",
        BoilerplateKind::Breadcrumb => "breadcrumb trail",
        BoilerplateKind::PhotoCredit => "photo credit",
        BoilerplateKind::AgencyCredit => "agency credit",
        BoilerplateKind::Timestamp => "timestamp",
        BoilerplateKind::PageLabel => "page label",
    }
}

/// A run of paragraphs, 1-based: `¶4`, `¶4-6`, or `-` for none; with
/// `total`, `¶4/11`.
pub fn paragraphs(blocks: (usize, usize), total: Option<usize>) -> String {
    let of = total.map_or(String::new(), |t| format!("/{t}"));
    match blocks.1 - blocks.0 {
        0 => "-".to_owned(),
        1 => format!("¶{}{of}", blocks.0 + 1),
        _ => format!("¶{}-{}{of}", blocks.0 + 1, blocks.1),
    }
}

/// Where a unit stands on both sides: `left ¶4, right ¶5-6`.
pub fn place(unit: &Unit) -> String {
    format!(
        "left {}, right {}",
        paragraphs(unit.left_blocks, None),
        paragraphs(unit.right_blocks, None)
    )
}

/// The 1-based paragraph holding byte `at` of a side with `blocks`.
pub fn paragraph_at(blocks: &[ByteRange], at: usize) -> usize {
    blocks.partition_point(|b| b.1 <= at) + 1
}

/// Where a shared passage stands: `left ¶5, right ¶6` (as a unit's place
/// reads; no arrow, which the app's font lacks).
pub fn link_place(cmp: &Comparison, link: &Link) -> String {
    format!(
        "left ¶{}, right ¶{}",
        paragraph_at(&cmp.left.blocks, link.left.0),
        paragraph_at(&cmp.right.blocks, link.right.0)
    )
}

/// Where the other end of a shared passage stands: `also on the right,
/// ¶3` (`right`: the other end is on the right).
pub fn also_on(right: bool, paragraph: usize) -> String {
    let side = if right { "right" } else { "left" };
    format!("also on the {side}, ¶{paragraph}")
}

/// How a passage link reads: "elsewhere, verbatim", "96% verbatim".
pub fn link_kind(link: &Link) -> String {
    match (link.moved, link.similarity >= 1.0) {
        (true, true) => "elsewhere, verbatim".to_owned(),
        (true, false) => format!("elsewhere, {:.0}% verbatim", link.similarity * 100.0),
        (false, true) => "verbatim".to_owned(),
        (false, false) => format!("{:.0}% verbatim", link.similarity * 100.0),
    }
}

/// The first words of a unit, whitespace folded, at most `max_chars`
/// characters, cut between words and ended with "…" when cut.
pub fn snippet(cmp: &Comparison, unit: &Unit, max_chars: usize) -> String {
    let text = match unit.right_span() {
        Some(span) => &cmp.right.document.text[span.range()],
        None => unit
            .left_span()
            .map_or("", |span| &cmp.left.document.text[span.range()]),
    };
    shorten(text, max_chars)
}

/// A change as the change list names it: "≈ rewritten ! number, quote
/// (¶3): The first words…"; boilerplate says so.
pub fn change_entry(cmp: &Comparison, unit: &Unit, max_chars: usize) -> String {
    let (symbol, name) = (kind_symbol(unit.kind), kind_name(unit.kind));
    let mut label = format!("{symbol} {name}");
    let kinds = unit.material_kinds();
    if !kinds.is_empty() {
        let names: Vec<&str> = kinds.iter().map(|&k| material_name(k)).collect();
        label.push_str(&format!(" ! {}", names.join(", ")));
    }
    if unit.boilerplate.is_some() {
        label.push_str(", boilerplate");
    }
    let (place, preview) = (self::place(unit), snippet(cmp, unit, max_chars));
    format!("{label} ({place}): {preview}")
}

/// `text` with whitespace folded, at most `max_chars` characters, cut
/// between words and ended with "…" when cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count() + usize::from(!out.is_empty());
        if chars + n > max_chars {
            if out.is_empty() {
                // One word longer than the whole snippet: cut inside it.
                out.extend(word.chars().take(max_chars.saturating_sub(1)));
            }
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        chars += n;
    }
    out
}

/// The plain verdict for a comparison without editorial change, or `None`
/// when there is some.
pub fn verdict(cmp: &Comparison) -> Option<String> {
    Some(match cmp.sameness()? {
        Sameness::Identical => "The two texts are identical.".to_owned(),
        Sameness::OnlyIgnored => "No differences under the current matching options: the texts \
                                  differ only in what those options ignore."
            .to_owned(),
        Sameness::OnlyBoilerplate { paragraphs: 1 } => {
            "No editorial differences: only boilerplate differs (1 paragraph of web furniture)."
                .to_owned()
        }
        Sameness::OnlyBoilerplate { paragraphs } => format!(
            "No editorial differences: only boilerplate differs ({paragraphs} paragraphs of web \
             furniture)."
        ),
    })
}

/// The two reuse figures: a percentage, or, for a side with no words
/// outside boilerplate, a note saying so (the stored share is 1.0 there,
/// which as "100%" would claim too much). Right first: how much of the
/// right text comes from the left.
pub fn reuse_lines(stats: &Stats) -> [String; 2] {
    let right = if stats.right_words == 0 {
        "the right text has no words to find in the left".to_owned()
    } else {
        format!(
            "{:.0}% of the right text is found in the left",
            stats.reuse_right_from_left * 100.0
        )
    };
    let left = if stats.left_words == 0 {
        "the left text has no words to keep".to_owned()
    } else {
        format!(
            "{:.0}% of the left text is kept in the right",
            stats.reuse_left_in_right * 100.0
        )
    };
    [right, left]
}

/// One line of the summary: a lowercase label and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryLine {
    pub label: &'static str,
    pub value: String,
}

/// The summary every output shows, line by line, after the verdict.
pub fn summary_lines(cmp: &Comparison) -> Vec<SummaryLine> {
    let s = &cmp.stats;
    let mut out = Vec::new();
    let mut line = |label, value| out.push(SummaryLine { label, value });
    line(
        "words",
        format!(
            "left {}, right {}; unchanged {}, added {}, removed {}, rewritten {} -> {}",
            s.left_words,
            s.right_words,
            s.words_unchanged,
            s.words_added,
            s.words_removed,
            s.words_rewritten_left,
            s.words_rewritten_right
        ),
    );
    let kinds: Vec<String> = UnitKind::ALL
        .iter()
        .filter(|k| s.paragraphs.get(**k) > 0)
        .map(|k| format!("{} {}", kind_name(*k), s.paragraphs.get(*k)))
        .collect();
    line("paragraphs", kinds.join(", "));
    if !cmp.links.is_empty() {
        line(
            "shared passages",
            format!(
                "{}, holding {} words left and {} words right that the units show as changed",
                cmp.links.len(),
                s.words_linked_left,
                s.words_linked_right
            ),
        );
    }
    if s.links_capped {
        line(
            "note",
            "the search for shared passages stopped at its limit; some may be missing".to_owned(),
        );
    }
    if cmp.units.iter().any(|u| u.kind.is_change()) {
        let mut counts = material_counts(&s.material);
        if !cmp.renamings.is_empty() {
            let places: usize = cmp.renamings.iter().map(|r| r.places.len()).sum();
            counts.push_str(&format!(
                "; {} of the names are {} recurring renaming{} (listed once each)",
                thousands(places),
                cmp.renamings.len(),
                if cmp.renamings.len() == 1 { "" } else { "s" }
            ));
        }
        line("material changes", counts);
    }
    let [right_reuse, left_reuse] = reuse_lines(s);
    line("reuse", format!("{right_reuse}; {left_reuse}"));
    let b = &s.boilerplate;
    if b.units > 0 {
        line(
            "boilerplate (not counted above)",
            format!(
                "{} paragraph(s), {} only on the left, {} only on the right; {} words left, {} words right",
                b.units, b.removed, b.added, b.left_words, b.right_words
            ),
        );
    }
    if s.capped_units > 0 {
        line(
            "note",
            format!(
                "{} paragraph(s) were too large or too slow to diff word by word and are shown as whole rewrites",
                s.capped_units
            ),
        );
    }
    out
}

/// What a fold holds: "3 unchanged paragraphs", or under the material lens
/// "5 paragraphs without material changes" (some of them changed).
pub fn folded(count: usize, changed: usize) -> String {
    let plural = if count == 1 { "" } else { "s" };
    match changed {
        0 => format!("{count} unchanged paragraph{plural}"),
        _ => format!("{count} paragraph{plural} without material changes"),
    }
}

/// A pair of files as the Recent menu names it: "a.txt vs b.txt", with
/// the folder when both files have the same name.
pub fn pair_name(left: &std::path::Path, right: &std::path::Path) -> String {
    let name = |p: &std::path::Path, parent: bool| {
        let file = p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match p.parent().and_then(|d| d.file_name()).filter(|_| parent) {
            Some(folder) => format!("{}/{file}", folder.to_string_lossy()),
            None => file,
        }
    };
    let same = left.file_name() == right.file_name();
    format!("{} vs {}", name(left, same), name(right, same))
}

/// The heading of the redline: which text it shows, and whose words are
/// struck.
pub fn redline_heading(left: &str, right: &str) -> String {
    format!("Redline: {right}, with the words only {left} has struck through")
}

/// A label with its first letter in upper case, for headings and tables.
pub fn capitalized(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The last line of a folder comparison.
pub fn folder_summary(files: usize, differ: usize, failed: usize) -> String {
    format!(
        "{files} file(s) compared: {differ} differ, {} the same, {failed} could not be read",
        files - differ - failed
    )
}

#[cfg(test)]
mod tests;
