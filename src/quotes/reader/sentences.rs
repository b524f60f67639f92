//! Stage 3: sentences. They end at . ! ? … outside quoted speech, and at every line break.

use super::marks::Marks;
use super::text::Text;

/// The sentences of a document, as token ranges.
#[derive(Debug, Default)]
pub struct Sentences {
    /// The sentence of each token.
    pub sentence_of: Vec<usize>,
    /// Each sentence's tokens: `start..end`.
    pub spans: Vec<(usize, usize)>,
}

impl Sentences {
    /// The tokens of token `k`'s sentence.
    pub fn of(&self, k: usize) -> (usize, usize) {
        self.spans[self.sentence_of[k]]
    }
}

/// Splits `text` into sentences, given its quotation marks.
pub fn split(text: &Text, marks: &Marks) -> Sentences {
    let mut sentences = Sentences {
        sentence_of: vec![0; text.tokens.len()],
        spans: Vec::new(),
    };
    let n = text.tokens.len();
    let mut start = 0;
    let mut inside_until: Option<usize> = None;
    for k in 0..n {
        if k > start && text.tokens.after_break(k) {
            sentences.spans.push((start, k));
            start = k;
            inside_until = None;
        }
        sentences.sentence_of[k] = sentences.spans.len();
        if let Some(&p) = marks.pair_at.get(&k) {
            let pair = &marks.pairs[p];
            if pair.open == Some(k) && !pair.label {
                inside_until = Some(pair.close.unwrap_or(pair.end));
            }
        }
        if inside_until.is_some_and(|until| k >= until) {
            inside_until = None;
        }
        if inside_until.is_none() && text.is_terminator(k) {
            sentences.spans.push((start, k + 1));
            start = k + 1;
        }
    }
    if start < n {
        sentences.spans.push((start, n));
    }
    if sentences.spans.is_empty() {
        sentences.spans.push((0, 0));
    }
    sentences
}
