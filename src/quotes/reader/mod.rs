//! Reading one document, in stages that each stand as a file:
//!
//! 1. [`text`]: what each token is (its spellings and the lexicon phrases that start at it);
//! 2. [`marks`]: quotation marks paired, and the paragraphs;
//! 3. [`sentences`]: sentences, which never end inside quoted speech;
//! 4. [`mentions`]: the noun phrases that name, describe or point at a speaker, and the names
//!    the document introduces;
//! 5. [`cues`] and [`content`]: each reporting word or phrase in order, with its speaker
//!    ([`speakers`]) and its content;
//! 6. [`records`]: the quotes, before `mod.rs` maps their offsets back to the original.
//!
//! Offsets are code points of the normalized text.

mod content;
mod cues;
pub mod entities;
mod marks;
mod mentions;
mod records;
mod sentences;
mod speakers;
mod text;

use std::ops::Deref;

use chrono::NaiveDate;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub use records::Draft;
pub use text::Text;

use super::Lexicon;
use super::Speaker;
use crate::tokens::TokenList;
use entities::Entities;
use marks::Marks;
use mentions::Mentions;
use sentences::Sentences;

/// How many tokens after a cue its complement may start.
const WINDOW: usize = 40;
/// How many mentions, reports or tokens back a search for an antecedent goes.
const LOOKBACK: usize = 200;
/// How many paragraphs back a continuation may find its speaker.
const REACH: usize = 3;

/// An attribution phrase's source before a relative clause of saying: where the relative
/// pronoun stands, and the source's speaker, mention, role and how it was read.
type SourceBefore = (
    usize,
    Speaker,
    Option<(usize, usize)>,
    Option<(usize, usize)>,
    &'static str,
);

/// The last stages: reads the cues of a document whose marks, sentences and mentions are
/// known, and makes its records.
pub struct Reader<'t, 'a> {
    text: &'t Text<'a>,
    marks: Marks,
    sentences: Sentences,
    mentions: Mentions,
    entities: Entities,
    covered: Vec<bool>,
    drafts: Vec<Draft>,
    /// The last speaker and the paragraph it spoke in.
    last: Option<(Speaker, usize)>,
    /// The gender the verb that named the last speaker gave it (وقالت الشرطة: feminine, whatever
    /// the entity's name says), kept while bare cues go on with it.
    last_gender: Option<speakers::Gender>,
    /// The source the last speaker relayed (نقلت الوكالة عن الوزير قوله), when it did, with
    /// the number and gender the verbal noun of its saying gives it.
    relayed: Option<(Speaker, Option<speakers::Saying>)>,
    /// The source the report being read relays, until it is recorded.
    relaying: Option<(Speaker, Option<speakers::Saying>)>,
    /// The source an attribution phrase named, with where the relative pronoun after it
    /// stands, whose clause of saying has that source for subject (وفق شينخوا التي قالت إن):
    /// its speaker, mention, role and how it was read.
    source_before: Option<SourceBefore>,
    /// Bodies the text gave a feminine verb as its subject (وقالت "موزيلا"، أوضحت
    /// الغارديان), whatever their name's head: they go on with وأضافت, not وأضاف.
    feminine: Vec<String>,
    /// The speakers two mentions or more of the document name, counted once when first asked
    /// for (`named_again`): asking each cue's mentions would read the whole list each time.
    repeated: std::cell::OnceCell<HashSet<Speaker>>,
}

impl<'a> Deref for Reader<'_, 'a> {
    type Target = Text<'a>;

    fn deref(&self) -> &Text<'a> {
        self.text
    }
}

/// Reads the quotes of a tokenized document, stage after stage; with them, how many entities
/// the document has (the quotes' entity indexes point into them). `day` is the day the document
/// is read for (its publication; None: today).
pub fn read<'a>(
    lexicon: &'a Lexicon,
    tokens: &'a TokenList<'a>,
    display: &'a dyn Fn(usize, usize) -> String,
    day: Option<NaiveDate>,
) -> (Vec<Draft>, usize) {
    let text = Text::new(lexicon, tokens, display, day);
    let marks = marks::pair(&text);
    let sentences = sentences::split(&text, &marks);
    let mentions = mentions::find(&text);
    let entities = entities::join(&text, &mentions);
    // a speaker points at its entity as the caller sees them: none for a document alone
    let shown = entities.shown();
    let count = shown.iter().flatten().count();
    let mut drafts = Reader::new(&text, marks, sentences, mentions, entities).read();
    for draft in &mut drafts {
        draft.entity = draft.entity.and_then(|e| shown[e]);
    }
    (drafts, count)
}

/// The entities of a tokenized document, and the mentions they were read from.
pub fn entities<'a>(
    lexicon: &'a Lexicon,
    tokens: &'a TokenList<'a>,
    display: &'a dyn Fn(usize, usize) -> String,
    day: Option<NaiveDate>,
) -> (Entities, Mentions) {
    let text = Text::new(lexicon, tokens, display, day);
    let mentions = mentions::find(&text);
    (entities::join(&text, &mentions), mentions)
}

impl<'t, 'a> Reader<'t, 'a> {
    pub fn new(
        text: &'t Text<'a>,
        marks: Marks,
        sentences: Sentences,
        mentions: Mentions,
        entities: Entities,
    ) -> Self {
        Reader {
            entities,
            covered: vec![false; text.tokens.len()],
            text,
            marks,
            sentences,
            mentions,
            drafts: Vec::new(),
            last: None,
            last_gender: None,
            relayed: None,
            relaying: None,
            source_before: None,
            feminine: Vec::new(),
            repeated: std::cell::OnceCell::new(),
        }
    }

    /// Whether two mentions or more of the document name `speaker`.
    fn named_again(&self, speaker: &Speaker) -> bool {
        self.repeated
            .get_or_init(|| {
                let mut seen: HashMap<&Speaker, u32> = HashMap::default();
                for s in self.mentions.list.iter().filter_map(|m| m.speaker.as_ref()) {
                    *seen.entry(s).or_default() += 1;
                }
                seen.into_iter()
                    .filter(|&(_, n)| n >= 2)
                    .map(|(s, _)| s.clone())
                    .collect()
            })
            .contains(speaker)
    }

    pub fn read(mut self) -> Vec<Draft> {
        let mut k = 0;
        while k < self.tokens.len() {
            k = self.cue(k).unwrap_or(k + 1).max(k + 1);
        }
        self.taken_up_quotes();
        self.continued_quotes();
        self.drafts.sort_by_key(|d| d.content.0);
        // each speaker as its entity: one name per referent, the fullest the text gives
        for draft in &mut self.drafts {
            let Some(speaker) = &draft.speaker else {
                continue;
            };
            if let Some((e, canonical)) = self.entities.canonical(speaker) {
                draft.entity = Some(e);
                draft.speaker = Some(canonical.clone());
            }
        }
        self.drafts
    }

    pub(super) fn sentence(&self, k: usize) -> (usize, usize) {
        self.sentences.of(k)
    }

    pub(super) fn sentence_of(&self, k: usize) -> usize {
        self.sentences.index(k)
    }

    pub(super) fn paragraph_of(&self, k: usize) -> usize {
        self.marks.paragraph_of(k)
    }

    pub(super) fn speech_opening(&self, k: usize) -> Option<usize> {
        self.marks.speech_opening(k)
    }
}

#[cfg(test)]
mod tests;
