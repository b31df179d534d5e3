//! Lines in which the page speaks to its reader about the page, not the
//! story: "War der Artikel nützlich?", "(Noch keine Bewertungen)", "Sie
//! sind aktuell nicht eingeloggt.", "Über den Autor", "Older Post",
//! "Top-Themen", "Related Coverage", "4 Min Read", "Never miss the latest
//! news by signing up to our newsletter today!", affiliate and advertiser
//! disclosures. Found on the 990 real pages of `tests/extraction_real.rs`
//! around the article, where extraction keeps them and a reader would not
//! call them the article.
//!
//! Two kinds of rule, both on short blocks only: labels are known by how
//! they start (a few words, in the languages news sites are written in),
//! prompts by a phrase anywhere in them that only a page's own voice uses
//! ("sign up here", "our newsletter", "affiliate links", "to load the
//! content"). Prose that reports on newsletters or links says so at more
//! length than a prompt does, and is left alone.
//!
//! Measured on the 990 real pages: 57 furniture snippets fewer kept, no
//! article snippet lost; precision 0.893 to 0.910, F1 0.911 to 0.920. A
//! second list (related-list and newsletter labels in French, Spanish and
//! German, licence and disclaimer notes, "Über mich", "Video verfügbar
//! bis …"), with the short captions of `html::furniture`, took 52 more:
//! precision 0.925, F1 0.928. A third ("Release Date", "Pingback von",
//! "Impressum", "Zum Vergrößern …") 5 more: precision 0.927.
//! "eingeloggt sein" as a prompt phrase was dropped: it also took a
//! journal's instructions for authors ("… müssen Sie registriert und
//! eingeloggt sein").

use super::BoilerplateKind;

/// Labels are at most this many words.
const MAX_LABEL_WORDS: usize = 8;
/// Prompts are at most this many words.
const MAX_PROMPT_WORDS: usize = 45;

/// How labels start, lowered: what the page says about itself.
const LABELS: &[&str] = &[
    "war der artikel",
    "war dieser artikel",
    "war dieser beitrag",
    "was this article",
    "was this helpful",
    "was this page",
    "did you find this",
    "möchten sie den artikel",
    "hier können sie den artikel",
    "artikel bewerten",
    "rate this",
    "(noch keine bewertungen)",
    "noch keine bewertungen",
    "no ratings yet",
    "keine kommentare",
    "no comments",
    "kommentare schreiben",
    "kommentare insgesamt",
    "sie sind aktuell nicht eingeloggt",
    "sie sind nicht eingeloggt",
    "du musst eingeloggt",
    "you must be logged in",
    "lade weitere",
    "load more",
    "mehr laden",
    "neueste artikel",
    "neueste beiträge",
    "latest articles",
    "latest posts",
    "recent posts",
    "letzte beiträge",
    "mehr themen",
    "weitere themen",
    "top-themen",
    "top themen",
    "meistgelesen",
    "meist gelesen",
    "meist-diskutiert",
    "most read",
    "most popular",
    "empfohlene beiträge",
    "empfohlene artikel",
    "weiterführende links",
    "siehe auch",
    "entdecke weitere",
    "entdecken sie weitere",
    "heute empfehlen wir",
    "das thema könnte",
    "über den autor",
    "über die autorin",
    "über die autoren",
    "zur person",
    "about the author",
    "sobre el autor",
    "schon gelesen",
    "related coverage",
    "vorschau auf den nächsten",
    "nächster artikel",
    "vorheriger artikel",
    "next article",
    "previous article",
    "next post",
    "previous post",
    "older post",
    "newer post",
    "älterer beitrag",
    "neuerer beitrag",
    "this entry was posted",
    "this entry was filed",
    "filed under",
    "kategorie:",
    "kategorien:",
    "category:",
    "categories:",
    "category :",
    "schlagwörter:",
    "schlagworte:",
    "tags:",
    "pingback",
    "trackback",
    "externer inhalt",
    "external content",
    "dieses skript als pdf",
    "als pdf herunterladen",
    "advertising disclosure",
    "disclaimer:",
    "veröffentlichung:",
    "verfasst von",
    "geschrieben von",
    "written by",
    "posted by",
    "publié par",
    "escrito por",
    "suggested citation",
    "zitiervorschlag",
    "nos siga",
    "síguenos",
    "folge uns",
    "folgen sie uns",
    "suivez-nous",
    "mira:",
    "puedes ver:",
    "ver también",
    "mira también",
    "voir aussi",
    "à voir aussi",
    "sur le même sujet",
    "audios et vidéos sur le sujet",
    "permalien",
    "permalink",
    "*werbung",
    "werbung:",
    "vous aimerez aussi",
    "ähnliche themen",
    "meistdiskutiert",
    "valora esta noticia",
    "soziale netzwerke",
    "über mich",
    "comment by",
    "ihr warenkorb",
    "thank you for your support",
    "rezept drucken",
    "zum rezept",
    "haftungsbeschränkung",
    "die aktuelle ausgabe",
    "video verfügbar bis",
    "weiterlesen",
    "alle artikel zu",
    "quellen ausblenden",
    "(alle angaben ohne gewähr)",
    "release date",
    "news date",
    "aufrufe:",
    "impressum",
    "empfehlungen aus",
];

/// Phrases of a page's own voice, found anywhere in a short block: sign-up,
/// log-in and support prompts, disclosures, blocked-content notices.
pub(super) const PROMPTS: &[&str] = &[
    "affiliate link",
    "affiliate-link",
    "provision vom händler",
    "receive compensation",
    "our advertisers",
    "earn a commission",
    "erhalten wir eine provision",
    "sign up here",
    "signing up to our",
    "our newsletter",
    "unseren newsletter",
    "nuestra newsletter",
    "nuestro boletín",
    "notre newsletter",
    "newsletter abonnieren",
    "click here",
    "klicken sie hier",
    "hier klicken",
    "haga clic aquí",
    "support our work",
    "supporting our work",
    "support our journalism",
    "unterstützen sie unsere arbeit",
    "letter to the editor",
    "please log in",
    "log in for",
    "already a subscriber",
    "please subscribe",
    "kommentieren zu können",
    "um kommentare zu schreiben",
    "to leave a comment",
    "to post a comment",
    "canal de telegram",
    "canal de youtube",
    "canal de whatsapp",
    "for ios and android",
    "für ios und android",
    "wir respektieren deine privatsphäre",
    "wir respektieren ihre privatsphäre",
    "um den inhalt von",
    "inhalt zu laden",
    "to load the content",
    "nichts mehr verpassen",
    "nichts mehr versäumen",
    "never miss",
    "zum newsletter anmelden",
    "mit unserem newsletter",
    "wir informieren sie regelmäßig",
    "n'engagent que leurs auteurs",
    "gibt die meinung des autors wieder",
    "lettres d'information",
    "dans votre boîte mail",
    "mit der registrierung akzeptieren",
    "protected by recaptcha",
    "licensed under a creative commons",
    "lizenziert unter einer creative commons",
    "unter der lizenz cc",
    "sofern nicht anders ausgewiesen",
    "weitere infos unter",
    "chroniony prawem autorskim",
    "bookmark the permalink",
    "abgelegt unter",
    "mit diesem button",
    "pingback von",
    "zum vergrößern",
];

/// Classifies a block of `words` words whose start, lowered, is `lower`;
/// `prompt` says whether a phrase of [`PROMPTS`] is in it (the parent
/// module searches every block for its phrases and these in one pass).
pub(super) fn classify(lower: &str, words: usize, prompt: bool) -> Option<BoilerplateKind> {
    if words > MAX_PROMPT_WORDS {
        return None;
    }
    if words <= MAX_LABEL_WORDS {
        if super::starts_with_any(lower, LABELS) {
            return Some(BoilerplateKind::PageLabel);
        }
        if is_reading_time(lower, words) {
            return Some(BoilerplateKind::Timestamp);
        }
    }
    prompt.then_some(BoilerplateKind::Prompt)
}

/// "4 Min Read", "5 min. Lesezeit", "Lesezeit: 3 Minuten".
fn is_reading_time(lower: &str, words: usize) -> bool {
    words <= 5
        && lower.chars().any(|c| c.is_ascii_digit())
        && (lower.contains("min read")
            || lower.contains("lesezeit")
            || lower.contains("reading time"))
}

#[cfg(test)]
mod tests {
    use super::super::classify as tag;
    use super::BoilerplateKind as K;

    #[test]
    fn the_page_speaking_to_its_reader_is_tagged() {
        for (text, kind) in [
            ("War der Artikel nützlich?", K::PageLabel),
            ("(Noch keine Bewertungen)", K::PageLabel),
            ("Sie sind aktuell nicht eingeloggt.", K::PageLabel),
            ("Top-Themen bei FIT FOR FUN", K::PageLabel),
            ("Older Post", K::PageLabel),
            ("4 Min Read", K::Timestamp),
            (
                "Never miss the latest news by signing up to our newsletter today!",
                K::Prompt,
            ),
            (
                "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
                K::Prompt,
            ),
            (
                "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
                K::Prompt,
            ),
        ] {
            assert_eq!(tag(text), Some(kind), "{text}");
        }
    }

    #[test]
    fn reporting_about_newsletters_and_comments_is_left_alone() {
        for text in [
            "No comments were made by the minister after the vote on Tuesday.",
            "Rate this year's harvest as poor, farmers told the survey.",
            "Tags on the birds showed that they had flown more than 3,000 kilometres to reach the lake.",
            "The council said the newsletter, sent to 40,000 homes, had cost more than planned.",
        ] {
            assert_eq!(tag(text), None, "{text}");
        }
    }
}
