//! Scoring the comparison's claims against the hand labels (see `main.rs`).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;
use syndiff::{ByteRange, Comparison, EditKind, Normalization};

/// The corpus folder, when it is here.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("SYNDIFF_NEWS_PAIRS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/news-pairs"));
    dir.join("README.md").is_file().then_some(dir)
}

/// The hand labels, by pair.
pub fn labels() -> BTreeMap<String, Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news-labels");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("labels folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let label: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("label"))
                    .expect("json");
            out.insert(label["pair"].as_str().expect("pair").to_owned(), label);
        }
    }
    out
}

/// The words a stock phrase is made of: the commonest English words and
/// the stock words of wire copy. This test's own list, kept apart from the
/// engine's, so the engine is judged by a measure it does not share.
const COMMON: &str = "a about above after again against all also an and any are as at be \
    because been before being below between both but by can could did do does down during each \
    few for from further had has have having he her here him his how i if in into is it its just \
    more most no nor not now of off on once one only or other our out over own same she should so \
    some such than that the their them then there these they this those through to too two three \
    under until up very was we were what when where which while who whom why will with would you \
    year years month week day new first last next made make part said says say told added \
    pct percent mln billion dlr dlrs dollar dollars cts company corp inc ltd co group record high \
    low rose fell rise fall market price prices share shares end quarter net vs per reuter";

fn is_common(word: &str) -> bool {
    use std::sync::OnceLock;
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.split_whitespace().collect())
        .contains(word.to_lowercase().as_str())
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The byte spans of the words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The byte range of a label's snippet in its text.
fn place(text: &str, snippet: &Value) -> Option<ByteRange> {
    let s = snippet.as_str()?;
    text.find(s).map(|at| ByteRange(at, at + s.len()))
}

fn overlaps(a: ByteRange, b: Option<ByteRange>) -> bool {
    b.is_some_and(|b| a.0 < b.1 && b.0 < a.1)
}

/// The figures, summed over the pairs.
#[derive(Default)]
pub struct Scores {
    pub flags: usize,
    pub flags_on_labels: usize,
    pub labels: usize,
    pub labels_flagged: usize,
    pub punctuation_flags: usize,
    pub links: usize,
    pub stock_links: usize,
    pub short_cross_break_links: usize,
    pub moved_words: usize,
    pub moved_words_shared: usize,
    pub boilerplate: usize,
    pub boilerplate_labelled: usize,
    pub false_flags: Vec<String>,
    pub missed: Vec<String>,
    pub stock: Vec<String>,
}

impl Scores {
    pub fn measure(pairs: &Path, labels: &BTreeMap<String, Value>) -> Self {
        let mut scores = Scores::default();
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(pairs)
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.join("a.txt").is_file())
            .collect();
        dirs.sort();
        for dir in dirs {
            let left = syndiff::load_path(&dir.join("a.txt")).expect("a.txt");
            let right = syndiff::load_path(&dir.join("b.txt")).expect("b.txt");
            let cmp = syndiff::compare(&left, &right, &Normalization::default());
            scores.score_links(&cmp);
            let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if let Some(label) = labels.get(name) {
                scores.score_flags(name, &cmp, label);
                scores.score_moved(&cmp, label);
                scores.score_boilerplate(&cmp, label);
            }
        }
        scores
    }

    fn score_links(&mut self, cmp: &Comparison) {
        for link in &cmp.links {
            self.links += 1;
            let (l, r) = (
                &cmp.left.document.text[link.left.range()],
                &cmp.right.document.text[link.right.range()],
            );
            let uncommon = {
                let mut seen: Vec<String> = words(l)
                    .filter(|w| !is_common(w))
                    .map(str::to_lowercase)
                    .collect();
                seen.sort();
                seen.dedup();
                seen.len()
            };
            if uncommon <= 2 {
                self.stock_links += 1;
                self.stock.push(format!("{l:?}"));
            }
            let short_piece = |text: &str| {
                let pieces: Vec<&str> = text.split("\n\n").collect();
                pieces.len() > 1 && pieces.iter().any(|p| words(p).count() < 5)
            };
            if short_piece(l) || short_piece(r) {
                self.short_cross_break_links += 1;
            }
        }
    }

    fn score_flags(&mut self, name: &str, cmp: &Comparison, label: &Value) {
        let (a, b) = (&*cmp.left.document.text, &*cmp.right.document.text);
        let facts: Vec<(Option<ByteRange>, Option<ByteRange>, &Value)> = label["material"]
            .as_array()
            .expect("material")
            .iter()
            .map(|m| (place(a, &m["left"]), place(b, &m["right"]), m))
            .collect();
        let mut flagged = vec![false; facts.len()];
        for edit in cmp.units.iter().flat_map(|u| &u.edits) {
            let Some(kind) = edit.material else { continue };
            self.flags += 1;
            let letters = |t: &str| -> String {
                t.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let (l, r) = (&a[edit.left.range()], &b[edit.right.range()]);
            if letters(l) == letters(r) {
                self.punctuation_flags += 1;
            }
            let mut hit = false;
            for (i, (fl, fr, _)) in facts.iter().enumerate() {
                if overlaps(edit.left, *fl) || overlaps(edit.right, *fr) {
                    flagged[i] = true;
                    hit = true;
                }
            }
            if hit {
                self.flags_on_labels += 1;
            } else {
                self.false_flags
                    .push(format!("{name}: {} {l:?} -> {r:?}", kind.name()));
            }
        }
        for ((_, _, m), hit) in facts.iter().zip(flagged) {
            self.labels += 1;
            if hit {
                self.labels_flagged += 1;
            } else {
                self.missed.push(format!(
                    "{name}: {} {} -> {}",
                    m["kind"], m["left"], m["right"]
                ));
            }
        }
    }

    /// Words of each labelled moved passage (left side) that the app shows
    /// shared: in an unchanged unit or edit, or inside a link.
    fn score_moved(&mut self, cmp: &Comparison, label: &Value) {
        let text = &*cmp.left.document.text;
        let mut shown: Vec<ByteRange> = cmp.links.iter().map(|l| l.left).collect();
        for unit in &cmp.units {
            if !unit.kind.is_change() {
                shown.extend(unit.left.iter().copied());
            }
            shown.extend(
                unit.edits
                    .iter()
                    .filter(|e| e.kind == EditKind::Unchanged)
                    .map(|e| e.left),
            );
        }
        for moved in label["moved"].as_array().into_iter().flatten() {
            let Some(range) = place(text, &moved["left"]) else {
                continue;
            };
            for (start, end) in word_spans(&text[range.range()]) {
                let (start, end) = (range.0 + start, range.0 + end);
                self.moved_words += 1;
                if shown.iter().any(|s| s.0 <= start && end <= s.1) {
                    self.moved_words_shared += 1;
                }
            }
        }
    }

    fn score_boilerplate(&mut self, cmp: &Comparison, label: &Value) {
        let furniture: Vec<&str> = label["furniture"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::trim)
            .collect();
        for unit in cmp.units.iter().filter(|u| u.boilerplate.is_some()) {
            let blocks = unit
                .left
                .iter()
                .map(|b| &cmp.left.document.text[b.range()])
                .chain(
                    unit.right
                        .iter()
                        .map(|b| &cmp.right.document.text[b.range()]),
                );
            for block in blocks {
                self.boilerplate += 1;
                self.boilerplate_labelled += usize::from(furniture.contains(&block.trim()));
            }
        }
    }

    fn share(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    }
    pub fn flag_precision(&self) -> f64 {
        Self::share(self.flags_on_labels, self.flags)
    }
    pub fn flag_recall(&self) -> f64 {
        Self::share(self.labels_flagged, self.labels)
    }
    pub fn stock_link_share(&self) -> f64 {
        Self::share(self.stock_links, self.links)
    }
    pub fn moved_shown_shared(&self) -> f64 {
        Self::share(self.moved_words_shared, self.moved_words)
    }
    pub fn boilerplate_precision(&self) -> f64 {
        Self::share(self.boilerplate_labelled, self.boilerplate)
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "material flags: {} on {} labelled changes of fact; precision {:.3}, recall {:.3}; \
             on punctuation, case or spacing alone: {}",
            self.flags,
            self.labels,
            self.flag_precision(),
            self.flag_recall(),
            self.punctuation_flags
        )?;
        writeln!(
            f,
            "links: {} on 201 pairs; stock phrases {} ({:.3}); across a break for under five words: {}",
            self.links,
            self.stock_links,
            self.stock_link_share(),
            self.short_cross_break_links
        )?;
        writeln!(
            f,
            "moved passages shown shared: {:.3} of {} words; boilerplate labelled furniture: {} of {}",
            self.moved_shown_shared(),
            self.moved_words,
            self.boilerplate_labelled,
            self.boilerplate
        )?;
        for (title, list) in [
            ("false flags", &self.false_flags),
            ("missed", &self.missed),
            ("stock links", &self.stock),
        ] {
            writeln!(f, "{title}:")?;
            for line in list {
                writeln!(f, "  {line}")?;
            }
        }
        Ok(())
    }
}
