//! Reversals: a changed term of fact that is neither a number, a date nor a
//! name, where one word turns what happened around: a loss became a
//! profit, prices rose where they fell, a tariff imposed was only
//! proposed, a figure that includes something now excludes it, barrels a
//! year became barrels a day, zinc became lead.
//!
//! How the list is built: each group below is a set of classes of words
//! that exclude one another in a news report of fact (direction of a
//! move, outcome, status of a measure, scope, side of a trade, period of a
//! rate, the contract traded, the commodity named). The classes were drawn from the
//! corrections editors made to real wire copy (Reuters stories sent
//! twice: loss/profit, includes/excludes, imposed/proposed, a year/a day,
//! zinc/lead, near term/long term) and completed with each word's
//! opposite and its inflections. A rewritten run is a reversal when its
//! left side holds a word of one class and its right side a word of
//! another class of the same group. Words of one class ("rose",
//! "climbed") are rewording, never a reversal.

use crate::engine::normalize::FastMap;
use std::sync::OnceLock;

/// The groups: each a list of classes, each class a list of words in
/// lower case.
const GROUPS: &[&[&[&str]]] = &[
    // Direction of a move.
    &[
        &[
            "rise",
            "rises",
            "rose",
            "risen",
            "rising",
            "up",
            "higher",
            "increase",
            "increased",
            "increases",
            "gain",
            "gained",
            "gains",
            "climb",
            "climbed",
            "jump",
            "jumped",
            "advance",
            "advanced",
            "raise",
            "raised",
            "raises",
            "hike",
            "hiked",
            "firmer",
        ],
        &[
            "fall",
            "falls",
            "fell",
            "fallen",
            "falling",
            "down",
            "lower",
            "lowered",
            "decrease",
            "decreased",
            "decline",
            "declined",
            "declines",
            "drop",
            "dropped",
            "drops",
            "cut",
            "cuts",
            "reduce",
            "reduced",
            "slip",
            "slipped",
            "eased",
            "easier",
            "plunge",
            "plunged",
            "tumbled",
        ],
    ],
    // Outcome of a period.
    &[
        &["profit", "profits", "surplus", "gain"],
        &["loss", "losses", "deficit"],
    ],
    // Side of a trade.
    &[
        &[
            "buy",
            "buys",
            "bought",
            "buying",
            "purchase",
            "purchased",
            "acquire",
            "acquired",
        ],
        &["sell", "sells", "sold", "selling", "sale"],
    ],
    &[
        &["import", "imports", "imported"],
        &["export", "exports", "exported"],
    ],
    // Scope.
    &[
        &["include", "includes", "included", "including"],
        &["exclude", "excludes", "excluded", "excluding"],
    ],
    // Status of a measure.
    &[
        &[
            "approve", "approves", "approved", "accept", "accepts", "accepted", "adopted",
        ],
        &[
            "reject", "rejects", "rejected", "refuse", "refused", "deny", "denied", "veto",
            "vetoed",
        ],
        &[
            "propose",
            "proposes",
            "proposed",
            "proposal",
            "planned",
            "considering",
        ],
        &["impose", "imposes", "imposed", "enacted"],
        &[
            "lift", "lifts", "lifted", "remove", "removed", "scrap", "scrapped",
        ],
    ],
    &[
        &["support", "supports", "supported", "favour", "favor"],
        &["oppose", "opposes", "opposed"],
    ],
    &[&["win", "wins", "won"], &["lose", "loses", "lost"]],
    &[
        &["open", "opens", "opened"],
        &["close", "closes", "closed", "shut"],
    ],
    &[
        &["above", "over", "more", "most", "maximum"],
        &["below", "under", "less", "least", "minimum"],
    ],
    &[&["before"], &["after"]],
    &[
        &["strong", "stronger", "strengthen"],
        &["weak", "weaker", "weaken"],
    ],
    &[&["majority"], &["minority"]],
    &[&["legal", "lawful"], &["illegal", "unlawful"]],
    &[&["guilty"], &["innocent"]],
    // Horizon and period of a rate.
    &[&["near", "short"], &["long"]],
    &[
        &["day", "daily"],
        &["week", "weekly"],
        &["month", "monthly"],
        &["year", "yearly", "annual", "annually"],
    ],
    // The contract traded.
    &[
        &["option", "options"],
        &["future", "futures"],
        &["warrant", "warrants"],
    ],
    // The commodity named (the last three groups: see [`is_commodity`]).
    &[
        &["zinc"],
        &["lead"],
        &["copper"],
        &["nickel"],
        &["tin"],
        &["aluminium", "aluminum"],
        &["gold"],
        &["silver"],
        &["platinum"],
        &["palladium"],
    ],
    &[
        &["wheat"],
        &["corn", "maize"],
        &["soybeans", "soybean", "soy", "soya"],
        &["barley"],
        &["rice"],
        &["sugar"],
        &["coffee"],
        &["cocoa"],
        &["cotton"],
        &["sorghum"],
        &["oats"],
    ],
    &[
        &["crude", "oil"],
        &["gas"],
        &["gasoline", "petrol"],
        &["coal"],
    ],
];

/// Whether `lower` names a commodity (zinc, wheat, crude): a thing named,
/// as a company is. "lead" is left out: a bond's "lead manager" far more
/// often than the metal.
pub(super) fn is_commodity(lower: &str) -> bool {
    const COMMODITY_GROUPS: usize = 3;
    lower != "lead"
        && table().get(lower).is_some_and(|found| {
            found
                .iter()
                .any(|&(g, _)| g + COMMODITY_GROUPS >= GROUPS.len())
        })
}

/// Longest commodity word, in bytes (a test holds the list to it).
const MAX_COMMODITY_BYTES: usize = 16;

/// The commodity word (see [`is_commodity`]) that `word` is in any ASCII
/// case ("GOLD", "Wheat"), as the list holds it. Asked of every
/// capitalised word of a whole version: lowered on the stack.
pub(super) fn commodity(word: &str) -> Option<&'static str> {
    // Every commodity word is short ASCII: no other word can be one.
    if !word.is_ascii() || word.len() > MAX_COMMODITY_BYTES {
        return None;
    }
    // Most capitalised words ("And", "God") have no commodity's length and
    // first letter: ruled out before they are lowered and looked up.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    let letters = COMMODITY_STARTS.get(word.len()).copied().unwrap_or(0);
    if !first.is_ascii_lowercase() || letters & (1 << (first - b'a')) == 0 {
        return None;
    }
    let mut bytes = [0u8; MAX_COMMODITY_BYTES];
    let lower = &mut bytes[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    table()
        .get_key_value(lower)
        .map(|(&key, _)| key)
        .filter(|key| is_commodity(key))
}

/// For each length, the first letters (bit 0 for `a`) of the commodity
/// words of that length (see [`commodity`]).
static COMMODITY_STARTS: std::sync::LazyLock<[u32; MAX_COMMODITY_BYTES + 1]> =
    std::sync::LazyLock::new(|| {
        let mut letters = [0u32; MAX_COMMODITY_BYTES + 1];
        for word in table().keys().filter(|w| is_commodity(w)) {
            // Every commodity word is short lower-case ASCII, and each is
            // found in any case: a test holds the list to both.
            if let (Some(slot), Some(&first)) =
                (letters.get_mut(word.len()), word.as_bytes().first())
            {
                if first.is_ascii_lowercase() {
                    *slot |= 1 << (first - b'a');
                }
            }
        }
        letters
    });

/// Every word [`is_commodity`] holds.
#[cfg(test)]
pub(super) fn commodity_words() -> impl Iterator<Item = &'static str> {
    table().keys().copied().filter(|w| is_commodity(w))
}

/// Each word of the groups with its (group, class) pairs, built once:
/// every word of every rewritten run is looked up.
fn table() -> &'static FastMap<&'static str, Vec<(usize, usize)>> {
    static TABLE: OnceLock<FastMap<&'static str, Vec<(usize, usize)>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: FastMap<&'static str, Vec<(usize, usize)>> = FastMap::default();
        for (g, classes) in GROUPS.iter().enumerate() {
            for (c, words) in classes.iter().enumerate() {
                for w in *words {
                    table.entry(w).or_default().push((g, c));
                }
            }
        }
        table
    })
}

/// The (group, class) pairs a run of words touches.
fn classes(text: &str) -> Vec<(usize, usize)> {
    let table = table();
    let mut out = Vec::new();
    for (_, w) in super::words::words(text) {
        let found = if w.bytes().any(|b| b.is_ascii_uppercase()) {
            // Lowered on the stack when short ASCII ("And", "LORD" at
            // every verse of a Bible), else on the heap.
            let mut stack = [0u8; 16];
            match stack.get_mut(..w.len()).filter(|_| w.is_ascii()) {
                Some(bytes) => {
                    bytes.copy_from_slice(w.as_bytes());
                    bytes.make_ascii_lowercase();
                    table.get(std::str::from_utf8(bytes).unwrap_or_default())
                }
                None => table.get(w.to_lowercase().as_str()),
            }
        } else {
            table.get(w)
        };
        out.extend(found.into_iter().flatten());
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a rewritten run turns a term of fact around (see the module
/// docs): a word of one class on the left, of another class of the same
/// group on the right, and neither side also holding the other's class.
pub(super) fn reverses(left: &str, right: &str) -> bool {
    if left.is_empty() || right.is_empty() {
        return false;
    }
    // A left run touching no class (most) cannot reverse: the right one
    // is not read.
    let l = classes(left);
    if l.is_empty() {
        return false;
    }
    let r = classes(right);
    l.iter().any(|&(group, class)| {
        r.iter().any(|&(g, c)| g == group && c != class)
            && !r.contains(&(group, class))
            && !l
                .iter()
                .any(|&(g, c)| g == group && c != class && r.contains(&(g, c)))
    })
}

#[cfg(test)]
mod tests {
    use super::reverses;

    #[test]
    fn opposite_terms_reverse_and_synonyms_do_not() {
        assert!(reverses("net loss", "net profit"));
        assert!(reverses("includes", "excludes"));
        assert!(reverses("imposed", "proposed"));
        assert!(reverses("barrels a year", "barrels a day"));
        assert!(reverses("zinc", "lead"));
        assert!(reverses("near", "long"));
        // In capitals (a headline) as in lower case.
        assert!(reverses("NET LOSS", "net profit"));
        assert!(reverses("Includes", "EXCLUDES"));
        assert!(!reverses("rose", "climbed"));
        assert!(!reverses("said", "added"));
        assert!(!reverses("", "loss"));
        // Both words on both sides: the run was reordered, not reversed.
        assert!(!reverses("rose and fell", "fell and rose"));
    }

    /// Every commodity word is short lower-case ASCII, so that
    /// [`super::commodity`] can lower a word on the stack, and is found
    /// in any ASCII case; "lead" and words of other groups are not.
    #[test]
    fn every_commodity_word_is_found_in_any_case() {
        for word in super::commodity_words() {
            assert!(word.len() <= super::MAX_COMMODITY_BYTES, "{word}");
            assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "{word}");
            assert_eq!(super::commodity(word), Some(word));
            assert_eq!(super::commodity(&word.to_uppercase()), Some(word));
        }
        assert!(super::commodity_words().count() > 20);
        assert_eq!(super::commodity("Lead"), None);
        assert_eq!(super::commodity("loss"), None);
        assert_eq!(super::commodity("goldsmith"), None);
    }
}
