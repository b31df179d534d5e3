//! Which other versions of a story carry each paragraph of a pair on
//! screen: the badges the app draws on each cell of the side-by-side view
//! when the pair is two versions of an open story. Pure data, made once
//! when the comparison arrives, so a frame only reads it.

use crate::engine::model::{ByteRange, Comparison};
use crate::engine::story::Story;

/// A version counts as carrying a paragraph when it carries at least this
/// share of it: a stock phrase in common does not make a badge.
pub const CARRIES_AT_LEAST: f32 = 0.5;
/// From this share on, the badge says the version carries it whole.
pub const WHOLE_FROM: f32 = 0.95;

/// One badge: a version carrying a cell's text, and what share of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Badge {
    pub version: usize,
    pub share: f32,
}

impl Badge {
    /// Whether the version carries (nearly) every word of it.
    pub fn whole(self) -> bool {
        self.share >= WHOLE_FROM
    }
}

/// The badges of one unit's two cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnitBadges {
    pub left: Vec<Badge>,
    pub right: Vec<Badge>,
}

/// The badges of every unit of `cmp`, whose left text is version
/// `versions.0` of `story` and right text version `versions.1`; each side
/// leaves out the other side's version (the pair itself shows that).
pub fn pair_badges(story: &Story, cmp: &Comparison, versions: (usize, usize)) -> Vec<UnitBadges> {
    let badges = |version: usize, other: usize, span: Option<ByteRange>| {
        span.map_or_else(Vec::new, |span| {
            story
                .carriers_in(version, span, Some(other))
                .into_iter()
                .filter(|&(_, share)| share >= CARRIES_AT_LEAST)
                .map(|(version, share)| Badge { version, share })
                .collect()
        })
    };
    cmp.units
        .iter()
        .map(|u| UnitBadges {
            left: badges(versions.0, versions.1, u.left_span()),
            right: badges(versions.1, versions.0, u.right_span()),
        })
        .collect()
}

/// The version of `story` whose text is `text`, if one is.
pub fn version_of(story: &Story, text: &str) -> Option<usize> {
    story.versions.iter().position(|v| &*v.text == text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Document;

    #[test]
    fn a_paragraph_two_other_versions_carry_gets_their_badges_and_not_the_pairs() {
        let shared =
            "The council voted on Tuesday to close the old bridge to all traffic from next month.";
        let own =
            "Residents had asked for a footbridge instead, a spokesman for the group said today.";
        let docs = [
            Document::from_text(Some("a.txt"), format!("{shared}\n\n{own}")),
            Document::from_text(
                Some("b.txt"),
                format!("{shared}\n\nSomething else happened in town."),
            ),
            Document::from_text(Some("c.txt"), shared),
            Document::from_text(
                Some("d.txt"),
                "An unrelated story about the weather this week in the hills.",
            ),
        ];
        let story = crate::engine::story::story(&docs);
        let cmp = crate::engine::compare::compare(&docs[0], &docs[1], &Default::default());
        let badges = pair_badges(&story, &cmp, (0, 1));
        assert_eq!(badges.len(), cmp.units.len());
        let first = &badges[0];
        let versions: Vec<usize> = first.left.iter().map(|b| b.version).collect();
        assert_eq!(versions, vec![2], "{badges:?}");
        assert!(first.left[0].whole());
        // The paragraph only version 0 has: no badge at all.
        let own_unit = cmp
            .units
            .iter()
            .position(|u| {
                u.left_span()
                    .is_some_and(|s| cmp.left.document.text[s.range()].contains("footbridge"))
            })
            .unwrap();
        assert!(badges[own_unit].left.is_empty(), "{badges:?}");
        assert_eq!(version_of(&story, &docs[2].text), Some(2));
    }
}
