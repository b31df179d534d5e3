//! Generated article pairs for benchmarks and property tests.
//!
//! Real pairs of 30,000 paragraphs are hard to come by, so this module makes
//! them: a left document of word-salad paragraphs with a Zipf-like word
//! distribution, and a right document derived from it by the operations an
//! outlet applies (small edits, rewording, deletion, insertion, moves,
//! splits, merges). Deterministic for a given seed.

/// How often each operation hits a paragraph (per mille).
#[derive(Debug, Clone, Copy)]
pub struct EditRates {
    pub delete: u32,
    pub insert: u32,
    pub small_edit: u32,
    pub reword: u32,
    pub split: u32,
    pub merge: u32,
    pub moved: u32,
}

impl Default for EditRates {
    fn default() -> Self {
        Self {
            delete: 30,
            insert: 30,
            small_edit: 80,
            reword: 30,
            split: 10,
            merge: 10,
            moved: 10,
        }
    }
}

/// A small deterministic PRNG (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// True with probability `per_mille / 1000`.
    pub fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < per_mille as usize
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "tu", "sa", "vo", "de", "an", "gri", "po", "el", "sun", "ta", "ri",
    "mo", "ca", "ne", "bu", "li", "or", "fe", "zan", "hu",
];

/// A vocabulary of `size` distinct made-up words.
fn vocabulary(size: usize) -> Vec<String> {
    (0..size)
        .map(|mut i| {
            let mut word = String::new();
            loop {
                word.push_str(SYLLABLES[i % SYLLABLES.len()]);
                i /= SYLLABLES.len();
                if i == 0 {
                    break;
                }
            }
            word
        })
        .collect()
}

struct Writer {
    rng: Rng,
    vocab: Vec<String>,
}

impl Writer {
    /// A word, skewed toward the start of the vocabulary like real text.
    fn word(&mut self) -> &str {
        let a = self.rng.below(self.vocab.len());
        let b = self.rng.below(self.vocab.len());
        &self.vocab[a.min(b)]
    }

    fn paragraph(&mut self) -> String {
        let sentences = 1 + self.rng.below(2);
        let mut out = String::new();
        for s in 0..sentences {
            if s > 0 {
                out.push(' ');
            }
            let words = 6 + self.rng.below(10);
            for w in 0..words {
                if w > 0 {
                    out.push(' ');
                }
                let word = self.word().to_owned();
                if w == 0 {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    }
                } else {
                    out.push_str(&word);
                }
                if w + 1 < words && self.rng.chance(80) {
                    out.push(',');
                }
            }
            out.push('.');
        }
        out
    }

    /// Replaces about `per_mille` of the words of `text`.
    fn reword(&mut self, text: &str, per_mille: u32) -> String {
        let words: Vec<&str> = text.split(' ').collect();
        let mut out = Vec::with_capacity(words.len());
        for w in words {
            if self.rng.chance(per_mille) {
                out.push(self.word().to_owned());
            } else {
                out.push(w.to_owned());
            }
        }
        out.join(" ")
    }
}

/// A pair of documents of about `paragraphs` paragraphs each.
pub fn pair(seed: u64, paragraphs: usize, rates: EditRates) -> (String, String) {
    let mut writer = Writer {
        rng: Rng::new(seed),
        vocab: vocabulary(20_000),
    };
    let left: Vec<String> = (0..paragraphs).map(|_| writer.paragraph()).collect();
    let mut right: Vec<String> = Vec::with_capacity(paragraphs + paragraphs / 10);
    let mut moved: Vec<String> = Vec::new();
    let mut i = 0;
    while i < left.len() {
        let p = &left[i];
        let rng = &mut writer.rng;
        if rng.chance(rates.delete) {
        } else if rng.chance(rates.moved) {
            moved.push(p.clone());
        } else if rng.chance(rates.merge) && i + 1 < left.len() {
            right.push(format!("{p} {}", left[i + 1]));
            i += 1;
        } else if rng.chance(rates.split) && p.contains(". ") {
            if let Some((a, b)) = p.split_once(". ") {
                right.push(format!("{a}."));
                right.push(b.to_owned());
            }
        } else if rng.chance(rates.reword) {
            let p = p.clone();
            right.push(writer.reword(&p, 350));
        } else if rng.chance(rates.small_edit) {
            let p = p.clone();
            right.push(writer.reword(&p, 80));
        } else {
            right.push(p.clone());
        }
        if writer.rng.chance(rates.insert) {
            let fresh = writer.paragraph();
            right.push(fresh);
        }
        if !moved.is_empty() && writer.rng.chance(20) {
            let at = writer.rng.below(right.len() + 1);
            let m = moved.swap_remove(0);
            right.insert(at.min(right.len()), m);
        }
        i += 1;
    }
    right.append(&mut moved);
    (left.join("\n\n"), right.join("\n\n"))
}
