//! The report's list of shared passages: text both versions carry that the
//! side-by-side view shows as changed (see [`crate::engine::links`]), each end
//! linked to the row that holds it.

use std::fmt::Write as _;

use super::escape;
use crate::engine::model::Comparison;
use crate::report::link_places::LinkPlaces;
use crate::report::wording;

/// Writes the section; nothing when there are no links.
pub(super) fn passages(out: &mut String, cmp: &Comparison) {
    if cmp.links.is_empty() {
        return;
    }
    let places = LinkPlaces::new(cmp);
    let _ = writeln!(
        out,
        "<section id=\"passages\">\n<h2>Shared passages ({})</h2>\n<p class=\"note\">Both texts carry these; the side-by-side view shows them as changed.</p>\n<ol>",
        cmp.links.len()
    );
    for (link, &(left_unit, right_unit)) in cmp.links.iter().zip(&places.units) {
        let _ = writeln!(
            out,
            "<li><a href=\"#u{}\">left ¶{}</a> ↔ <a href=\"#u{}\">right ¶{}</a> <span class=\"where\">({})</span> <q>{}</q></li>",
            left_unit,
            wording::paragraph_at(&cmp.left.blocks, link.left.0),
            right_unit,
            wording::paragraph_at(&cmp.right.blocks, link.right.0),
            escape(&wording::link_kind(link)),
            escape(&cmp.right.document.text[link.right.range()])
        );
    }
    out.push_str("</ol>\n</section>\n");
}
