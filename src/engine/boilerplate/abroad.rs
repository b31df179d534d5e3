//! Furniture that stays after article extraction on real pages, in the
//! languages news sites are written in: "Lea también: …", "Mehr zum
//! Thema", a bare byline ("Von: Anna Weber"), a photo credit ("Foto: dpa"),
//! an update time ("Aktualisiert: 05. Februar 2020"), a share bar
//! ("Whatsapp Facebook Pint Baixar"), a comment prompt ("Schreibe einen
//! Kommentar"). Found on the 990 real pages of `tests/extraction_real.rs`
//! among what extraction keeps and a reader would not call the article.
//!
//! As the rules of the parent module, these look at one short block and
//! its first words only; a block of prose is never touched.

use super::BoilerplateKind;

/// Longer blocks are never taken for the furniture below.
const MAX_WORDS: usize = 24;
/// Labels, credits and bars are shorter still.
const MAX_LABEL_WORDS: usize = 8;

const RELATED: &[&str] = &[
    "lea también",
    "lea más",
    "lea:",
    "lee también",
    "mire:",
    "vea también",
    "le puede interesar",
    "te puede interesar",
    "mehr zum thema",
    "auch interessant",
    "das könnte sie auch",
    "das könnte dich auch",
    "ähnliche beiträge",
    "ähnliche artikel",
    "zum weiterlesen",
    "lesen sie auch",
    "lesen sie mehr",
    "lies auch",
    "weitere artikel",
    "weitere beiträge",
    "pour approfondir",
    "lire aussi",
    "à lire aussi",
    "à lire également",
    "leia também",
    "leia mais",
    "veja também",
    "leggi anche",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "related posts",
    "related articles",
    "you may also like",
    "you might also like",
    "more from",
    "more on this",
    "auch auf ",
];
const PROMPTS: &[&str] = &[
    "schreibe einen kommentar",
    "kommentar schreiben",
    "kommentar verfassen",
    "leave a reply",
    "deine e-mail-adresse wird nicht",
    "ihre e-mail-adresse wird nicht",
    "your email address will not",
    "die kommentarfunktion",
    "deja un comentario",
    "laisser un commentaire",
    "suscríbase",
    "suscríbete",
    "hazte miembro",
    "jetzt abonnieren",
    "newsletter abonnieren",
    "zapraszamy też do subskrypcji",
    "únete",
    "follow the ",
];
const CREDITS: &[&str] = &[
    "foto:",
    "fotos:",
    "foto :",
    "bild:",
    "bilder:",
    "imagen:",
    "quelle:",
    "bildquelle",
    "source:",
    "credit:",
    "credits:",
    "crédito",
    "(crédito",
    "(quelle:",
    "(foto:",
    "(bild:",
    "źródło:",
    "beitragsbild",
    "photo :",
    "abbildung:",
    "grafik:",
];
const BYLINES: &[&str] = &[
    "von:",
    "von ",
    "by ",
    "autor:",
    "autoren:",
    "autorin:",
    "author:",
    "por ",
    "par ",
    "text:",
    "staff writer",
];
const TIMES: &[&str] = &[
    "aktualisiert",
    "veröffentlicht",
    "publikacja",
    "publicado",
    "actualizado",
    "mis à jour",
    "publié le",
    "stand:",
    "erstellt am",
    "datum:",
    "date:",
];
const ADS: &[&str] = &[
    "anzeige",
    "- anzeige",
    "werbung",
    "*werbung",
    "publicidad",
    "publicité",
    "pubblicità",
];
/// Words of a share bar.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "pinterest",
    "pint",
    "linkedin",
    "xing",
    "telegram",
    "reddit",
    "tumblr",
    "email",
    "e-mail",
    "mail",
    "drucken",
    "print",
    "teilen",
    "share",
    "tweet",
    "flipboard",
    "baixar",
    "messenger",
    "compartir",
    "partager",
    "condividi",
    "udostępnij",
    "imprimir",
    "copy",
    "link",
    "kopieren",
];
const MONTHS: &[&str] = &[
    "jan", "feb", "mär", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct",
    "nov", "dez", "dec", "ene", "abr", "ago", "dic", "janv", "févr", "avr", "juil", "déc", "sty",
    "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
];

/// Classifies a short block of `words` words whose start, lowered, is
/// `lower` (the whole block when it is a few words long).
pub(super) fn classify(text: &str, lower: &str, words: usize) -> Option<BoilerplateKind> {
    if words > MAX_WORDS {
        return None;
    }
    let starts = |list: &[&str]| super::starts_with_any(lower, list);
    if starts(RELATED) {
        return Some(BoilerplateKind::RelatedLink);
    }
    if starts(PROMPTS) {
        return Some(BoilerplateKind::Prompt);
    }
    if words > MAX_LABEL_WORDS {
        return None;
    }
    if starts(CREDITS) {
        return Some(BoilerplateKind::PhotoCredit);
    }
    if starts(ADS) && words <= 3 {
        return Some(BoilerplateKind::Advertisement);
    }
    if is_share_bar(text) {
        return Some(BoilerplateKind::Share);
    }
    if (starts(TIMES) && words <= 6) || is_date(lower) {
        return Some(BoilerplateKind::Timestamp);
    }
    if is_byline(text, lower, words) {
        return Some(BoilerplateKind::PageLabel);
    }
    None
}

/// "Whatsapp Facebook Pint Baixar", "Teilen Drucken E-Mail".
fn is_share_bar(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '|' || c == '·')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let social = words
        .iter()
        .filter(|w| SHARE_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count();
    social >= 2 && social * 2 >= words.len()
}

/// "05. Februar 2020", "23.10.2018", "3 de mayo de 2022, 10:12".
fn is_date(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let digits = lower.chars().filter(char::is_ascii_digit).count();
    let numeric = |w: &&str| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ':' | ','))
    };
    let month = |w: &&str| MONTHS.iter().any(|m| w.starts_with(m));
    let filler = |w: &&str| matches!(*w, "de" | "del" | "um" | "à" | "at" | "uhr" | "h");
    digits >= 4 && words.iter().all(|w| numeric(w) || month(w) || filler(w))
}

/// "Von: Anna Weber", "By John Smith", "Staff Writer": a byline with a name
/// of a few capitalised words.
fn is_byline(text: &str, lower: &str, words: usize) -> bool {
    let Some(prefix) = BYLINES.iter().find(|p| lower.starts_with(*p)) else {
        return false;
    };
    if *prefix == "staff writer" {
        return words <= 3;
    }
    let rest = text.get(prefix.len()..).unwrap_or("").trim();
    let names: Vec<&str> = rest.split_whitespace().collect();
    !names.is_empty()
        && names.len() <= 4
        && names
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "und" || *w == "and")
        && !rest.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::super::classify as tag;
    use super::BoilerplateKind as K;

    #[test]
    fn furniture_in_other_languages_is_tagged() {
        assert_eq!(
            tag("Lea también: Impiden ingreso a Nicaragua"),
            Some(K::RelatedLink)
        );
        assert_eq!(tag("Mehr zum Thema"), Some(K::RelatedLink));
        assert_eq!(tag("Schreibe einen Kommentar"), Some(K::Prompt));
        assert_eq!(tag("Foto: Sascha Klahn"), Some(K::PhotoCredit));
        assert_eq!(tag("Whatsapp Facebook Pint Baixar"), Some(K::Share));
        assert_eq!(tag("05. Februar 2020"), Some(K::Timestamp));
        assert_eq!(tag("23.10.2018"), Some(K::Timestamp));
        assert_eq!(
            tag("Aktualisiert: 05.02.2020, 10:12 Uhr"),
            Some(K::Timestamp)
        );
        assert_eq!(tag("Von: Anna Weber"), Some(K::PageLabel));
        assert_eq!(tag("By John Smith"), Some(K::PageLabel));
        assert_eq!(tag("- Anzeige -"), Some(K::Advertisement));
    }

    #[test]
    fn prose_is_left_alone() {
        assert_eq!(
            tag("Von Berlin aus fuhr der Zug weiter nach Hamburg."),
            None
        );
        assert_eq!(
            tag("By the end of the year the council had voted twice."),
            None
        );
        assert_eq!(
            tag("Die Lokalwahlen endeten mit einem Sieg der Opposition."),
            None
        );
        assert_eq!(tag("2020 war ein schwieriges Jahr für die Branche."), None);
    }
}
