//! Stage 6: records. A quote before its offsets are mapped back to the original text.

use super::super::Speaker;
use super::Reader;

/// A quote before its offsets are mapped back to the original text.
#[derive(Clone, Default)]
pub struct Draft {
    pub kind: &'static str,
    pub content: (usize, usize),
    pub cue: Option<(usize, usize)>,
    pub cue_lemma: Option<String>,
    pub speaker: Option<Speaker>,
    pub mention: Option<(usize, usize)>,
    pub speaker_ref: &'static str,
    pub role: Option<(usize, usize)>,
    pub alt_speakers: Vec<String>,
    pub fragments: Vec<(usize, usize)>,
    pub confidence: f64,
    pub sentence: usize,
    /// The speaker's entity: an index into the document's entities.
    pub entity: Option<usize>,
}

impl Reader<'_, '_> {
    /// Adds a draft, covering its tokens from the cue at `k` to `end`.
    pub(super) fn record(&mut self, k: usize, end: usize, mut draft: Draft) {
        let end = end.min(self.tokens.len());
        let relaying = self.relaying.take();
        for j in k.min(end)..end {
            self.covered[j] = true;
        }
        if draft.speaker.is_none() {
            draft.confidence *= 0.6;
        } else {
            draft.confidence *= match draft.speaker_ref {
                "name" => 1.0,
                "description" => 0.9,
                "pronoun" => 0.85,
                _ => 0.8,
            };
            let paragraph = self.paragraph_of(k.min(self.tokens.len() - 1));
            // the gender the cue gives its speaker: from the verb that names it (وقالت
            // الشرطة، وأضاف التقرير), kept by a bare cue going on with the same speaker. A
            // document's is its own (وقال البيان ... وأضاف goes on with the statement, whose
            // issuer, a ministry, goes on with وأضافت as well by its own gender)
            let gender = draft
                .cue
                .and_then(|(start, _)| self.token_starting(start))
                .and_then(|j| self.cue_gender(j));
            let same = self.last.as_ref().map(|(s, _)| s) == draft.speaker.as_ref();
            self.last_gender = if draft.mention.is_none() && same {
                gender.or(self.last_gender)
            } else {
                gender
            };
            self.last = draft.speaker.clone().map(|s| (s, paragraph));
            self.relayed = relaying;
        }
        draft.confidence = (draft.confidence * 100.0).round() / 100.0;
        self.drafts.push(draft);
    }

    /// The token that starts at offset `start`, if one does.
    fn token_starting(&self, start: usize) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.tokens.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.starts(mid) < start {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < self.tokens.len() && self.starts(lo) == start).then_some(lo)
    }
}
