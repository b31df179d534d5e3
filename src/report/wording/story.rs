//! The sentences of the story report about its likely source: which
//! version, the evidence (how much of the others it carries, how much of
//! it they carry) and what decided it, or why it is undecided.

use crate::engine::model::DateSource;
use crate::engine::story::{Basis, Story};

fn percent(share: f32) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The likely source and the evidence for it, in one sentence: "Likely
/// source: [1] b.txt; it carries 96% of the other versions' words on
/// average (their small additions aside); the others carry 70–100% of
/// it." Or why it is undecided.
pub fn source_line(story: &Story) -> String {
    let p = &story.provenance;
    let name = |v: usize| format!("[{v}] {}", story.versions[v].label);
    let Some(s) = p.source else {
        if p.undecided.is_empty() {
            return "Likely source: undecided.".to_owned();
        }
        let tied: Vec<String> = p.undecided.iter().map(|&v| name(v)).collect();
        let same = p
            .undecided
            .windows(2)
            .all(|w| story.reuse[w[0]][w[1]] >= 0.995 && story.reuse[w[1]][w[0]] >= 0.995);
        let why = if same {
            "they have the same words"
        } else {
            "they carry the others' words alike and no date tells them apart"
        };
        return format!(
            "Likely source: undecided between {} ({why}).",
            tied.join(" and ")
        );
    };
    let (low, high) = p.carried_by;
    let carried = if percent(low) == percent(high) {
        percent(low)
    } else {
        format!("{}–{}", percent(low), percent(high))
    };
    let basis = match p.basis {
        Basis::Date => match &p.dates[s] {
            Some(dated) => format!(
                "; dated earliest ({}, {})",
                dated.date,
                date_source(dated.from)
            ),
            None => "; dated earliest".to_owned(),
        },
        Basis::OwnText => {
            "; of the versions carrying as much, it has the least text of its own".to_owned()
        }
        Basis::Containment | Basis::Undecided => String::new(),
    };
    format!(
        "Likely source: {}; it carries {} of the other versions' words on average (their small additions aside); the others carry {carried} of it{basis}.",
        name(s),
        percent(p.carries)
    )
}

/// Where a version's date was read, as the evidence names it.
pub fn date_source(from: DateSource) -> &'static str {
    match from {
        DateSource::HtmlMeta => "the publication date in its page's metadata",
        DateSource::HtmlTime => "the date on its article in the page",
        DateSource::Dateline => "the date at the top of its text",
        DateSource::PdfCreated => "its PDF's creation date",
        DateSource::OfficeCreated => "its document's creation date",
    }
}

/// The note beside the likely source in a list of versions.
pub const SOURCE_NOTE: &str = "likely source: carries what the others share";

/// What a verbatim quotation with other punctuation is called beside its
/// status.
pub const PUNCTUATION_DIFFERS: &str = "punctuation differs";

/// A version's status in a quote group as the reports write it:
/// "verbatim", "verbatim, punctuation differs", "absent", …
pub fn status_in_words(
    story: &Story,
    group: &crate::engine::story::QuoteGroup,
    version: usize,
) -> String {
    let name = status_name(story.status_in(group, version));
    if story.punctuation_differs_in(group, version) {
        format!("{name}, {PUNCTUATION_DIFFERS}")
    } else {
        name.to_owned()
    }
}

/// What a status is called in reports.
pub fn status_name(status: Option<crate::engine::story::QuoteStatus>) -> &'static str {
    match status {
        Some(crate::engine::story::QuoteStatus::Verbatim) => "verbatim",
        Some(crate::engine::story::QuoteStatus::Partial) => "partial",
        Some(crate::engine::story::QuoteStatus::Altered) => "altered",
        None => "absent",
    }
}
