//! The same thing written otherwise: what must not read as a changed name
//! or a changed fact (a part of the word tests: the name test asks it).
//!
//! Editors expand and shorten as house style asks: "Capt." / "Captain",
//! "Aug." / "August", "MTHS" / "MONTHS", "United States" / "U.S.",
//! "Brazilian" / "Brazil"; and they fix slips ("presidnet"). Each of these
//! was flagged as a changed name on real wire pairs; none is a change of
//! fact. Tickers in angle brackets ("<GM>") name a company the text names
//! beside them: one added or dropped is not a change, one replaced by
//! another is.

use std::borrow::Cow;

/// Whether `word` (one side's) is written otherwise in `other` (the other
/// side's changed words), given `own` (the changed words around it).
pub(super) fn written_otherwise(word: &str, own: &str, other: &str) -> bool {
    let lw = lower(word);
    // Each of the other side's words lowered as it is read, copied only
    // when it holds a capital (asked of every changed run of a whole Bible).
    super::words(other).any(|(_, w)| same_word(&lw, &lower(w))) || initials_of(own, other)
}

/// `word` in lower case, borrowed when it holds no capital.
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'')
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Two spellings of one word: a shortening, a derived form, or a slip of
/// one letter.
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 2 || short.chars().next() != long.chars().next() {
        return false;
    }
    // "jan" / "january", "capt" / "captain", "brazil" / "brazilian".
    let prefix = short.len() >= 3 && long.starts_with(short);
    // "mths" / "months", "qtr" / "quarter": a shortening drops vowels.
    let consonants = !short[1..].contains(['a', 'e', 'i', 'o', 'u']) && subsequence(short, long);
    let slip = short.chars().count() >= 4 && one_slip(short, long);
    prefix || consonants || slip
}

/// Whether the letters of `short` appear in `long` in order.
fn subsequence(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|l| l == c))
}

/// One letter added, dropped, changed, or two neighbours swapped.
fn one_slip(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return a == b;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x + 1 == y => ra == &rb[1..],
        _ => &ra[1..] == rb,
    }
}

/// Whether `other` holds an initialism ("U.S.", "UK", "EC") spelled by
/// the capitalised words of `own` ("United States", "European Community";
/// "of" and "and" skipped), or the other way round.
fn initials_of(own: &str, other: &str) -> bool {
    let spelled = |text: &str| -> String {
        super::words(text)
            .filter(|(_, w)| !matches!(*w, "of" | "and" | "the"))
            .filter_map(|(_, w)| w.chars().next().filter(|c| c.is_uppercase()))
            .collect()
    };
    let initialisms = |text: &str| -> Vec<String> {
        let letters: String = text.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
        let mut out = vec![];
        if (2..=5).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase) {
            out.push(letters);
        }
        out.extend(
            text.split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .replace('.', "")
                })
                .filter(|w| {
                    (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
                }),
        );
        out
    };
    let matches = |a: &str, b: &str| {
        // Every initialism holds two capitals with at most stops and
        // spaces between them: a run without such a pair (most) holds none,
        // and `a` need not be spelled.
        if !capitals_pair(b) {
            return false;
        }
        let s = spelled(a);
        s.chars().count() >= 2 && initialisms(b).iter().any(|i| s.contains(i.as_str()))
    };
    matches(own, other) || matches(other, own)
}

/// Whether two capitals stand in `text` with only full stops and spaces
/// between them ("US", "U.S.", "U S").
fn capitals_pair(text: &str) -> bool {
    let mut after_capital = false;
    for c in text.chars() {
        if c.is_uppercase() {
            if after_capital {
                return true;
            }
            after_capital = true;
        } else if c != '.' && c != ' ' {
            after_capital = false;
        }
    }
    false
}

/// The text with each ticker in angle brackets ("<GM>", "<CPC.N>")
/// blanked, and the tickers found.
pub(in crate::engine::material) fn without_tickers(text: &str) -> (Cow<'_, str>, Vec<&str>) {
    if !text.contains('<') {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut tickers = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push_str(&rest[..open]);
        tickers.push(&rest[open + 1..open + close]);
        out.extend(std::iter::repeat_n(' ', close + 1));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    (Cow::Owned(out), tickers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortenings_initials_and_slips_are_the_same_name() {
        for (a, b) in [
            ("Capt", "Captain"),
            ("Aug", "August"),
            ("MTHS", "MONTHS"),
            ("BRAZILIAN", "BRAZIL"),
            ("presidnet", "president"),
            ("Word", "World"),
        ] {
            assert!(written_otherwise(a, a, b), "{a} / {b}");
        }
        assert!(written_otherwise("United", "United States", "U.S."));
        assert!(written_otherwise("EC", "EC", "the European Community"));
    }

    #[test]
    fn other_names_are_not() {
        for (a, b) in [
            ("SUN", "SOUTHLAND"),
            ("Carney", "Trudeau"),
            ("COQ", "CMCO"),
            ("zinc", "lead"),
        ] {
            assert!(!written_otherwise(a, a, b), "{a} / {b}");
        }
    }

    #[test]
    fn initialisms_written_with_stops_or_spaces_are_found() {
        assert!(written_otherwise("United", "United Kingdom", "U. K."));
        assert!(written_otherwise("Kingdom", "United Kingdom", "UK"));
        assert!(written_otherwise("European", "European Union", "E.U."));
        assert!(!written_otherwise("United", "United Kingdom", "the Union"));
        assert!(capitals_pair("U. S.") && capitals_pair("the EU") && capitals_pair("U.K"));
        assert!(!capitals_pair("And God said") && !capitals_pair("A, B"));
    }

    #[test]
    fn tickers_are_blanked_and_listed() {
        let (text, tickers) = without_tickers("Ltd <CLT> and <NOR.TO>.");
        assert_eq!(text, "Ltd       and         .");
        assert_eq!(tickers, vec!["CLT", "NOR.TO"]);
    }
}
