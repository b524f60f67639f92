//! Stage 3: sentences. They end at . ! ? … outside quoted speech, and at every line break.

use std::cell::Cell;

use super::marks::Marks;
use super::text::Text;

/// The sentences of a document, as token ranges: they follow one another, so each is kept as
/// where it starts (a document of full stops has a sentence a token).
#[derive(Debug, Default)]
pub struct Sentences {
    /// The first token of each sentence.
    starts: Vec<u32>,
    /// How many tokens the document has.
    n: usize,
    /// The last sentence asked for: its tokens and its index.
    last: Cell<(u32, u32, u32)>,
}

impl Sentences {
    /// The sentence of token `k`.
    #[inline]
    pub fn index(&self, k: usize) -> usize {
        // the reader asks about the tokens of one sentence after another
        let (start, end, s) = self.last.get();
        if (start as usize..end as usize).contains(&k) {
            return s as usize;
        }
        let s = self
            .starts
            .partition_point(|&start| start as usize <= k)
            .saturating_sub(1);
        let (start, end) = self.span(s);
        self.last.set((start as u32, end as u32, s as u32));
        s
    }

    /// The tokens of token `k`'s sentence.
    pub fn of(&self, k: usize) -> (usize, usize) {
        self.span(self.index(k))
    }

    /// Sentence `s`'s tokens: `start..end`.
    pub fn span(&self, s: usize) -> (usize, usize) {
        let start = self.starts[s] as usize;
        let end = self.starts.get(s + 1).map_or(self.n, |&e| e as usize);
        (start, end)
    }

    /// How many sentences the document has.
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.starts.len()
    }
}

/// Splits `text` into sentences, given its quotation marks.
pub fn split(text: &Text, marks: &Marks) -> Sentences {
    let n = text.tokens.len();
    // a sentence a token at most: the room is reserved, not written, so that the list never
    // grows by copying (a document of full stops has a sentence a token)
    let mut starts = Vec::with_capacity(n + 1);
    starts.push(0);
    let mut sentences = Sentences {
        starts,
        n,
        last: Cell::new((0, 0, 0)),
    };
    let mut start = 0;
    let mut inside_until: Option<usize> = None;
    for k in 0..n {
        if k > start && text.tokens.after_break(k) {
            sentences.starts.push(k as u32);
            start = k;
            inside_until = None;
        }
        if let Some(p) = marks.pair_at(k) {
            let pair = marks.pair(p);
            // a quoted name ends no sentence either ("العربية.نت"، "إن.تي.في")
            if pair.open == Some(k) && (!pair.label || pair.close.is_some()) {
                inside_until = Some(pair.close.unwrap_or(pair.end));
            }
        }
        if inside_until.is_some_and(|until| k >= until) {
            inside_until = None;
        }
        if inside_until.is_none() && text.is_terminator(k) && k + 1 < n && !abbreviates(text, k) {
            sentences.starts.push(k as u32 + 1);
            start = k + 1;
        }
    }
    sentences
}

/// Whether the full stop at `k` joins the letters of an acronym, glued to short words on both
/// sides (إي.دي.إف، آر.تي.إي، العربية.نت): it ends no sentence. A stop glued to a long word
/// is a space left out (انتهى.وقال), and ends one.
fn abbreviates(text: &Text, k: usize) -> bool {
    let short = |j: usize| text.word(j).chars().count() <= 3 && text.mark(j).is_none();
    text.is(k, '.')
        && k > 0
        && text.ends(k - 1) == text.starts(k)
        && text.ends(k) == text.starts(k + 1)
        && short(k - 1)
        && short(k + 1)
}
