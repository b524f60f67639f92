//! Terms: where the words and phrases of a list stand in a text, however they are spelled.
//!
//! Terms and texts are both search-normalized (hamza forms, alef maqsura, diacritics...), so one
//! spelling of a term finds them all. A term matches whole words only, with an Arabic proclitic
//! before it if any (والمكالمة finds مكالمة), and every span points into the original text.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::error::{Error, Result};
use crate::normalize::{Alignment, Normalizer, Options};
use crate::tokens::Document;

/// The proclitics a term may carry, longest first: a conjunction, a preposition, the article,
/// and the conjunction before either of the others.
pub const PROCLITICS: [&str; 17] = [
    "وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "لل", "ال", "وب", "فب", "ول", "فل", "و",
    "ف", "ب", "ل",
];

/// A compiled list of terms, each a name with the wordings that stand for it.
pub struct Terms {
    normalizer: Normalizer,
    names: Vec<String>,
    /// The term each pattern of the matcher spells.
    term_of: Vec<usize>,
    matcher: AhoCorasick,
}

/// Where a term stands: the index of its term and a span of the original text, in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMatch {
    pub term: usize,
    pub start: usize,
    pub end: usize,
}

impl Terms {
    /// Terms from (name, wordings) pairs.
    ///
    /// ```
    /// use khabar::terms::Terms;
    /// let terms = Terms::new([("call", vec!["مكالمة", "اتصال هاتفي"])]).unwrap();
    /// // whole words: اتصالاً is not اتصال; the span holds the proclitic and the diacritic
    /// let found = terms.find("أجرى الرئيسان اتصالاً هاتفياً، والمكالمةُ طويلة");
    /// assert_eq!(found.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(), [(31, 41)]);
    /// ```
    pub fn new<N, W>(terms: impl IntoIterator<Item = (N, Vec<W>)>) -> Result<Terms>
    where
        N: Into<String>,
        W: AsRef<str>,
    {
        let normalizer = Normalizer::new(Options::SEARCH);
        let (mut names, mut term_of, mut patterns) = (Vec::new(), Vec::new(), Vec::new());
        for (name, wordings) in terms {
            let name = name.into();
            for wording in wordings {
                let pattern = words(&normalizer, wording.as_ref());
                if pattern.is_empty() {
                    return Err(Error::Lexicon(format!(
                        "the term '{name}' has a wording with no word: '{}'",
                        wording.as_ref()
                    )));
                }
                patterns.push(pattern);
                term_of.push(names.len());
            }
            names.push(name);
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|error| Error::Lexicon(error.to_string()))?;
        Ok(Terms {
            normalizer,
            names,
            term_of,
            matcher,
        })
    }

    /// The terms' names, in the order `TermMatch::term` counts them.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Where the terms stand in `text`, in order; overlapping matches give way to the first and
    /// longest.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.find_utf16(&units).unwrap_or_default()
    }

    /// `find` over UTF-16 code units; an error only for a text too long to align.
    pub fn find_utf16(&self, units: &[u16]) -> Result<Vec<TermMatch>> {
        let (normalized, alignment) = self.normalizer.normalize_utf16_aligned(units)?;
        // a line break between two words of a phrase is a space (one byte for one: offsets hold)
        let mut normalized = normalized.unwrap_or_else(|| units.to_vec());
        for unit in &mut normalized {
            if *unit == u16::from(b'\n') {
                *unit = u16::from(b' ');
            }
        }
        let text = crate::tokens::decode_utf16(&normalized);
        drop(normalized);
        self.find_normalized(&text, &alignment)
    }

    /// `find_utf16` on a document prepared once for every reader of an analysis: its search
    /// text, when terms normalize as search does.
    pub fn find_document(&self, document: &Document) -> Result<Vec<TermMatch>> {
        if *self.normalizer.options() != Options::SEARCH {
            return self.find_utf16(document.units);
        }
        let search = &document.search;
        // (as above: a line break is a space)
        let text = search.normalized.replace('\n', " ");
        self.find_normalized(&text, search.alignment())
    }

    /// Where the terms stand in `text`, normalized, its line breaks made spaces, and aligned to
    /// the original by `alignment`.
    fn find_normalized(&self, text: &str, alignment: &Alignment) -> Result<Vec<TermMatch>> {
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for hit in self.matcher.find_overlapping_iter(text) {
            let ends_word = text[hit.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if let (true, Some(start)) = (ends_word, word_start(text, hit.start())) {
                found.push((start, hit.end(), self.term_of[hit.pattern().as_usize()]));
            }
        }
        found.sort_by_key(|&(start, end, _)| (start, usize::MAX - end));
        let mut kept: Vec<(usize, usize, usize)> = Vec::with_capacity(found.len());
        for hit in found {
            if kept.last().is_none_or(|last| hit.0 >= last.1) {
                kept.push(hit);
            }
        }
        // the kept matches run forward without overlapping: their bytes are counted in code
        // points in one pass over the text, up to the last
        let mut counted = (0, 0);
        let mut code_point = |byte: usize| {
            counted = (byte, counted.1 + text[counted.0..byte].chars().count());
            counted.1
        };
        kept.into_iter()
            .map(|(start, end, term)| {
                let (start, end) = (code_point(start), code_point(end));
                let (start, end) = alignment.to_original(start, end)?;
                Ok(TermMatch { term, start, end })
            })
            .collect()
    }
}

/// A wording as the normalized words it matches, one space apart.
fn words(normalizer: &Normalizer, wording: &str) -> String {
    crate::lexicon::words(normalizer, wording).join(" ")
}

/// Where the word holding a match at byte `at` begins, proclitic included, if the match
/// begins the word or follows only a proclitic.
fn word_start(text: &str, at: usize) -> Option<usize> {
    let opens_word = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    if opens_word(at) {
        return Some(at);
    }
    PROCLITICS
        .iter()
        .filter(|clitic| text[..at].ends_with(*clitic))
        .map(|clitic| at - clitic.len())
        .find(|&start| opens_word(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(terms: &Terms, text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        terms
            .find(text)
            .into_iter()
            .map(|m| {
                let said: String = chars[m.start..m.end].iter().collect();
                (terms.names()[m.term].clone(), said)
            })
            .collect()
    }

    #[test]
    fn finds_every_spelling_with_its_proclitic() {
        let terms = Terms::new([
            ("call", vec!["مكالمة"]),
            ("lasting", vec!["استمر", "استمرت"]),
        ])
        .unwrap();
        let found = spans(&terms, "وبعد المكالمةِ التي إستمرت ساعة، وقال عن مكالمته");
        assert_eq!(
            found,
            [
                ("call".to_owned(), "المكالمةِ".to_owned()),
                ("lasting".to_owned(), "إستمرت".to_owned()),
            ]
        );
    }

    #[test]
    fn finds_stacked_proclitics_and_phrases_across_lines() {
        let terms =
            Terms::new([("call", vec!["مكالمة"]), ("truce", vec!["وقف اطلاق النار"])]).unwrap();
        let found = spans(&terms, "وبالمكالمة اتفقا على وقف\nإطلاق النار");
        assert_eq!(found[0].1, "وبالمكالمة");
        assert_eq!(found[1].1, "وقف\nإطلاق النار");
    }

    #[test]
    fn matches_whole_words_only() {
        let terms = Terms::new([("war", vec!["حرب"])]).unwrap();
        assert!(terms.find("الحربي حروب محارب").is_empty());
        assert_eq!(spans(&terms, "فالحرب").len(), 1);
    }

    #[test]
    fn the_longest_of_overlapping_wordings_wins() {
        let terms = Terms::new([("a", vec!["وقف"]), ("truce", vec!["وقف اطلاق النار"])]).unwrap();
        assert_eq!(spans(&terms, "وقف إطلاق  النار")[0].0, "truce");
    }

    #[test]
    fn spans_point_into_the_original_past_astral_characters() {
        let terms = Terms::new([("call", vec!["اتصال"])]).unwrap();
        let found = terms.find("😀 اتصالٌ");
        assert_eq!((found[0].start, found[0].end), (2, 8));
    }

    #[test]
    fn a_wording_of_no_word_is_refused() {
        assert!(Terms::new([("empty", vec!["  "])]).is_err());
    }
}
