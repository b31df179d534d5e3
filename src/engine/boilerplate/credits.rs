//! Photo credits at the end of a caption, and captions of figures.
//!
//! A caption kept with the article ends with who took the picture: "…
//! im Display des iPhones. Foto: GdP/Hagen Immel", "… vereint © Noah
//! Addis", "(REUTERS/Denis Balibouse)", "praca / ShutterStock". The parent
//! module finds credits a block starts with; these are found at its end,
//! where a caption puts them, in the languages of the real pages of
//! `tests/extraction_real.rs`. A numbered figure caption ("Abbildung 4:
//! …", "Figure 2: …") is tagged whole.
//!
//! A credit is the last few words of a short block, after a mark (`©`,
//! "Foto:", "Bild:", "Photo:", "Quelle:", "Credit:") or a picture agency's
//! name; a sentence that only mentions an agency ("a Reuters/Ipsos poll
//! found …") goes on past it and is left alone.
//!
//! Measured on the 990 real pages: 33 furniture snippets fewer kept, one
//! article snippet fewer (a caption that ends "Photo: Alvaro Serey",
//! rightly tagged); precision 0.883 to 0.893, F1 0.906 to 0.911.
//!
//! Every block is asked, a Bible's 31,000 verses too, so the credit rules
//! look only at a block's last words, with one search for all marks and
//! agencies, and the reader prompts of [`super::reader`] share the parent
//! module's one pass over the block. Classifying both Bibles' verses
//! (62,197 blocks, none tagged) took 574 million instructions before
//! this round's rules and 667 million with them (callgrind); a search per
//! phrase had taken 853 million.

use super::BoilerplateKind;

/// Longer blocks are never captions with a credit.
const MAX_CAPTION_WORDS: usize = 40;
/// Numbered figure captions may be longer.
const MAX_FIGURE_WORDS: usize = 60;
/// Most words from a credit's mark to the end of the block.
const MAX_CREDIT_WORDS: usize = 7;

/// Marks a credit starts with, in the case captions write them.
const MARKS: &[&str] = &[
    "©",
    "Foto:",
    "Fotos:",
    "Foto :",
    "Fotó:",
    "Bild:",
    "Bild via",
    "Titelbild:",
    "Bildquelle",
    "Photo:",
    "photo:",
    "Photo :",
    "photo :",
    "Photos:",
    "Quelle:",
    "Credit:",
    "Credits:",
    "Crédit",
    "Crédits",
    "Crédito",
    "Fuente:",
    "Źródło:",
    "Fot.",
];

/// Picture agencies and stock libraries, lowered, as credits name them.
const AGENCIES: &[&str] = &[
    "shutterstock",
    "istock",
    "pixelio",
    "stock.adobe",
    "adobe stock",
    "adobestock",
    "picture-alliance",
    "picture alliance",
    "unsplash",
    "pixabay",
    "imago images",
    "getty",
    "keystone",
    "wenn.com",
];

/// Agencies as the short part of a "photographer/AGENCY" pair.
const AGENCY_TAGS: &[&str] = &[
    "afp", "ap", "dpa", "pap", "reuters", "epa", "sid", "kna", "epd", "ddp", "efe", "ansa", "apa",
    "anp", "tass", "xinhua", "imago", "sda", "zuma",
];

/// Numbered figure captions: "Abbildung 4:", "Abb. 2:", "Figure 3:".
const FIGURES: &[&str] = &["abbildung", "abb.", "figure", "fig.", "grafik", "graphique"];

/// Classifies a block of `words` words as a caption credit or a figure
/// caption.
pub(super) fn classify(text: &str, words: usize) -> Option<BoilerplateKind> {
    if words > MAX_FIGURE_WORDS {
        return None;
    }
    if is_figure_caption(text) {
        return Some(BoilerplateKind::PhotoCredit);
    }
    if words > MAX_CAPTION_WORDS {
        return None;
    }
    let tail = last_words(text, MAX_CREDIT_WORDS);
    // One search of the last words for every mark and agency: most blocks
    // have none, and nothing more is asked of them.
    let (last_mark, agency) = match CREDIT_PHRASES.as_ref() {
        Some(automaton) => {
            let mut last_mark = None;
            let mut agency = false;
            for m in automaton.find_iter(tail) {
                if m.pattern().as_usize() < MARKS.len() {
                    last_mark = Some(m.start());
                } else {
                    agency = true;
                }
            }
            (last_mark, agency)
        }
        // The phrases are fixed and always build; were they not, search
        // each one.
        None => (MARKS.iter().filter_map(|mark| tail.rfind(mark)).max(), true),
    };
    let marked = last_mark.is_some_and(|at| !ends_a_sentence(&tail[at..]));
    let by_agency =
        (agency || tail.contains('/')) && ends_with_agency(last_words(tail, AGENCY_WORDS));
    (marked || by_agency).then_some(BoilerplateKind::PhotoCredit)
}

/// "Abbildung 4: Die grösste Lawine …", "Figure 2. Snow depth …",
/// "Abbildung: Vergleich …".
fn is_figure_caption(text: &str) -> bool {
    // Asked of most blocks: compared in place, without a lowered copy.
    let starts = |f: &&&str| {
        text.as_bytes()
            .get(..f.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(f.as_bytes()))
    };
    let Some(rest) = FIGURES.iter().find(starts).map(|f| &text[f.len()..]) else {
        return false;
    };
    let rest = rest.trim_start();
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    (number.len() < rest.len() && number.starts_with([':', '.', ' ']) || rest.starts_with(':'))
        && text.split_whitespace().count() > 2
}

/// The last `count` words of `text` (split at ASCII whitespace), from the
/// first of them to its end. Bytes, not characters: an ASCII space never
/// occurs inside a longer character.
fn last_words(text: &str, count: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (at, b) in text.bytes().enumerate().rev() {
        if b.is_ascii_whitespace() {
            if in_word {
                seen += 1;
                if seen == count {
                    return &text[at + 1..];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// One automaton for [`MARKS`] and [`AGENCIES`], in any case: every
/// block's last words are searched, so one pass rather than a search per
/// phrase.
static CREDIT_PHRASES: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MARKS.iter().chain(AGENCIES))
            .ok()
    });

/// Whether a credit's `tail` reads as the end of a sentence rather than a
/// name: a sentence end after several lowercase words.
fn ends_a_sentence(tail: &str) -> bool {
    let trimmed = tail.trim_end();
    let lowercase_words = tail
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    trimmed.ends_with(['.', '!', '?']) && !trimmed.ends_with(").") && lowercase_words >= 3
}

/// Last words of a block that may name a picture agency.
const AGENCY_WORDS: usize = 4;

/// `tail`, a block's last [`AGENCY_WORDS`] words, names a picture agency:
/// "praca / ShutterStock", "(REUTERS/Denis Balibouse)", "Judy
/// Eddy/WENN.com", "aja/PAP".
fn ends_with_agency(tail: &str) -> bool {
    let lower = tail.to_lowercase();
    if AGENCIES.iter().any(|a| lower.contains(a)) && !tail.trim_end().ends_with(['.', '!', '?']) {
        return true;
    }
    // "photographer/AGENCY" or "AGENCY/photographer" among the last words.
    lower.split_whitespace().any(|word| {
        word.contains('/')
            && word.split('/').any(|part| {
                AGENCY_TAGS.contains(&part.trim_matches(|c: char| !c.is_alphanumeric()))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::super::classify as tag;
    use super::BoilerplateKind::PhotoCredit;

    #[test]
    fn credits_at_the_end_of_captions_are_tagged() {
        for text in [
            "GdP-Vize und Tarifexperte René Klemmer. Foto: GdP/Hagen Immel",
            "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
            "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
            "Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis",
            "Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com",
            "Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)",
            "praca / ShutterStock",
            "Judy Eddy/WENN.com",
            "aja/PAP",
            "Abbildung 5: Oberflächenreif in einem Nordhang bei Panex (VD), 922 m (Foto: V. Berret, 19.01.2022).",
            "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.",
            "Roman Prymula, photo: Archives du Gouvernement tchèque",
            "(Credit: Clayton Aldern / Grist)",
        ] {
            assert_eq!(tag(text), Some(PhotoCredit), "{text}");
        }
    }

    #[test]
    fn sentences_naming_an_agency_or_a_photo_are_left_alone() {
        for text in [
            "A Reuters/Ipsos poll found that 40 percent of Americans approve of the plan.",
            "The photographer said the © sign on the picture was added by the agency later that day.",
            "Sie zeigte ihm das Bild: er erkannte sofort, dass es gefälscht war und rief die Polizei.",
            "Figures released on Monday showed the economy grew by 0.3 percent.",
            "Die Quelle: ein Bericht der Regierung, der noch nicht veröffentlicht wurde und vorliegt.",
        ] {
            assert_eq!(tag(text), None, "{text}");
        }
    }
}
