//! The report's list of shared passages: text both versions carry that the
//! side-by-side view shows as changed (see [`crate::engine::links`]), each end
//! linked to the row that holds it.

use std::fmt::Write as _;

use super::escape;
use crate::engine::model::{ByteRange, Comparison};
use crate::report::wording;

/// For each block of one side, the unit holding it.
fn unit_of_blocks(cmp: &Comparison, right: bool) -> Vec<usize> {
    let n = if right {
        cmp.right.blocks.len()
    } else {
        cmp.left.blocks.len()
    };
    let mut out = vec![0; n];
    for (u, unit) in cmp.units.iter().enumerate() {
        let (start, end) = if right {
            unit.right_blocks
        } else {
            unit.left_blocks
        };
        out[start..end].iter_mut().for_each(|slot| *slot = u);
    }
    out
}

/// Writes the section; nothing when there are no links.
pub(super) fn passages(out: &mut String, cmp: &Comparison) {
    if cmp.links.is_empty() {
        return;
    }
    let (left_units, right_units) = (unit_of_blocks(cmp, false), unit_of_blocks(cmp, true));
    // 0-based block index of a byte.
    let block_at = |blocks: &[ByteRange], at: usize| wording::paragraph_at(blocks, at) - 1;
    let _ = writeln!(
        out,
        "<section id=\"passages\">\n<h2>Shared passages ({})</h2>\n<p class=\"note\">Both texts carry these; the side-by-side view shows them as changed.</p>\n<ol>",
        cmp.links.len()
    );
    for link in &cmp.links {
        let l = block_at(&cmp.left.blocks, link.left.0);
        let r = block_at(&cmp.right.blocks, link.right.0);
        let _ = writeln!(
            out,
            "<li><a href=\"#u{}\">left ¶{}</a> ↔ <a href=\"#u{}\">right ¶{}</a> <span class=\"where\">({})</span> <q>{}</q></li>",
            left_units.get(l).copied().unwrap_or_default(),
            l + 1,
            right_units.get(r).copied().unwrap_or_default(),
            r + 1,
            escape(&wording::link_kind(link)),
            escape(&cmp.right.text[link.right.range()])
        );
    }
    out.push_str("</ol>\n</section>\n");
}
