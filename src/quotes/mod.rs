//! Quote attribution in Arabic news: direct quotes, reported speech and attribution phrases,
//! each with its content, its cue and its speaker resolved to one entity.

pub mod lexicon;
mod reader;
#[cfg(test)]
mod tests;
mod words;

use std::sync::Arc;

use chrono::NaiveDate;

pub use lexicon::{Entity, Grammar, Lexicon, Term, FILES, SPEAKER_TYPES};
use reader::Draft;

use crate::tokens::{windows, Document, Prepared, TokenList, QUOTING};

/// A span of the original text, in code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Who said it, as one canonical entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    /// person, institution, medium or group.
    pub kind: &'static str,
    /// The government it speaks for (US, Russia...), "other" for media and mixed groups.
    pub side: Option<String>,
}

/// One quote. Offsets are code points of the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// direct, indirect or mixed.
    pub kind: &'static str,
    /// The content: inside the marks for a direct quote, the reported clause otherwise.
    pub content: Span,
    /// The reporting word or phrase as written (None when the quote only continues a report).
    pub cue: Option<Span>,
    /// The reporting verb's dictionary form (أكد for وأكّدت).
    pub cue_lemma: Option<String>,
    pub speaker: Option<Speaker>,
    /// The speaker's entity: an index into what [`entities`] returns for the same text (None
    /// for a group of several entities, or no speaker).
    pub speaker_entity: Option<usize>,
    /// The mention in the text that names the speaker; None when it is only implied.
    pub speaker_mention: Option<Span>,
    /// name, description, pronoun or continuation: how the text points at the speaker.
    pub speaker_ref: &'static str,
    /// The title given with the name (المتحدث باسم الرئاسة الروسية).
    pub role: Option<Span>,
    /// Sources the speaker relays (وكالة تاس عن الكرملين → الكرملين).
    pub alt_speakers: Vec<String>,
    /// The quoted parts of a mixed quote, without their marks.
    pub fragments: Vec<Span>,
    pub confidence: f64,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityMention {
    /// The words that name it (the name after a title, the title alone, the description).
    pub span: Span,
    /// name, title or description: how the text points at it here.
    pub how: &'static str,
    /// The title given with the name here.
    pub role: Option<Span>,
}

/// One referent of a document (a person, an institution, a medium or a group), with every
/// mention of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentEntity {
    /// Its canonical name: the fullest the document gives (a lexicon entity: the lexicon's).
    pub name: String,
    /// person, institution, medium or group.
    pub kind: &'static str,
    /// The government it speaks for, when known.
    pub side: Option<String>,
    /// The first title the document gives it.
    pub role: Option<String>,
    pub mentions: Vec<EntityMention>,
}

/// Texts longer than this many UTF-16 units are read window by window (cut at line breaks), so
/// the reader's per-token tables take memory for one window whatever the text's size. News
/// articles are far shorter (the longest of the ANT corpus's 30,000 is 21,154 characters).
const WINDOW: usize = 1 << 16;

/// How a name or a role at normalized code points `start..end` of `text` is shown: its original
/// words in the lexicon's display form.
pub(crate) fn shown(lexicon: &Lexicon, text: &Prepared, start: usize, end: usize) -> String {
    let (start, _, original) = text.original(start, end);
    let mut shown = lexicon.display.normalize(&original).into_owned();
    // للجيش، وللمصادر → الجيش، المصادر: a name read after the preposition ل, which took the
    // alef of the name's ال
    if shown.starts_with('ل') && took_alef(&text.original_text(start.saturating_sub(8), start)) {
        shown.insert(0, 'ا');
    }
    // a hashtag's words without its sign and underscores (#وزير_الخارجية)
    if shown.contains(['#', '_']) {
        shown.replace('#', "").replace('_', " ")
    } else {
        shown
    }
}

/// Whether `before`, the few characters before a name, ends with a word's first ل whose second
/// ل starts the name (ل، ول، فل): the preposition ل on a definite noun. Diacritics and the
/// tatweel between them do not count (لِلمصادر).
fn took_alef(before: &str) -> bool {
    let mut back = before
        .chars()
        .rev()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'));
    if back.next() != Some('ل') {
        return false;
    }
    match back.next() {
        Some('و' | 'ف') => back.next().is_none_or(|c| !c.is_alphabetic()),
        previous => previous.is_none_or(|c| !c.is_alphabetic()),
    }
}

/// Prepares `units` for reading (normalized with the lexicon's normalizer, tokenized), window by
/// window, and hands `work` each window's tokens with the ways back to the original text: a span,
/// and its display form.
fn read_prepared<T>(
    units: &[u16],
    lexicon: &Lexicon,
    mut work: impl FnMut(
        &TokenList<'_>,
        &dyn Fn(usize, usize) -> Span,
        &dyn Fn(usize, usize) -> String,
    ) -> Vec<T>,
) -> Vec<T> {
    let mut found = Vec::new();
    for (offset, window) in windows(units, WINDOW) {
        let Some(text) = Prepared::new(&lexicon.normalizer, window) else {
            continue;
        };
        found.extend(read_window(&text, offset, lexicon, &mut work));
    }
    found
}

/// [`read_prepared`] on a document prepared for every reader: its quoting text when it is one
/// window long and normalized as `lexicon` normalizes, else prepared here.
fn read_document<T>(
    document: &Document,
    lexicon: &Lexicon,
    mut work: impl FnMut(
        &TokenList<'_>,
        &dyn Fn(usize, usize) -> Span,
        &dyn Fn(usize, usize) -> String,
    ) -> Vec<T>,
) -> Vec<T> {
    if document.units.len() > WINDOW || *lexicon.normalizer.options() != QUOTING {
        return read_prepared(document.units, lexicon, work);
    }
    read_window(&document.quoting, 0, lexicon, &mut work)
}

/// One window's reading: `work` on its tokens, with the ways back to the original text (the
/// window starting at code point `offset`).
fn read_window<T>(
    text: &Prepared,
    offset: usize,
    lexicon: &Lexicon,
    work: &mut impl FnMut(
        &TokenList<'_>,
        &dyn Fn(usize, usize) -> Span,
        &dyn Fn(usize, usize) -> String,
    ) -> Vec<T>,
) -> Vec<T> {
    let tokens = TokenList::new(&text.normalized);
    let span = |start: usize, end: usize| -> Span {
        let (start, end, text) = text.original(start, end);
        Span {
            start: start + offset,
            end: end + offset,
            text,
        }
    };
    let display = |start: usize, end: usize| shown(lexicon, text, start, end);
    work(&tokens, &span, &display)
}

/// Finds the entities of `text` with the bundled lexicons, titles read as held today.
pub fn entities(text: &str) -> Vec<DocumentEntity> {
    let units: Vec<u16> = text.encode_utf16().collect();
    entities_utf16(&units, &Lexicon::builtin(), None)
}

/// [`entities`] on UTF-16 code units, as they come from Python, with any lexicon; a title the
/// lexicon knows names whoever held it on `day` (the publication; None: today).
pub fn entities_utf16(
    units: &[u16],
    lexicon: &Arc<Lexicon>,
    day: Option<NaiveDate>,
) -> Vec<DocumentEntity> {
    read_prepared(units, lexicon, |tokens, span, display| {
        let (found, mentions) = reader::entities(lexicon, tokens, display, day);
        found
            .list
            .into_iter()
            .map(|referent| {
                let mut role = None;
                let mentions = referent
                    .mentions
                    .iter()
                    .map(|&m| {
                        let mention = &mentions.list[m];
                        let how = if mention.refers.is_some() {
                            "description"
                        } else if mention.title_only {
                            "title"
                        } else {
                            mention.how
                        };
                        let role_span = mention
                            .role
                            .filter(|r| *r != mention.name)
                            .map(|(s, e)| span(s, e));
                        if role.is_none() {
                            role = mention.role.map(|(s, e)| display(s, e));
                        }
                        EntityMention {
                            span: span(mention.name.0, mention.name.1),
                            how,
                            role: role_span,
                        }
                    })
                    .collect();
                DocumentEntity {
                    name: referent.speaker.name,
                    kind: referent.speaker.kind,
                    side: referent.speaker.side,
                    role,
                    mentions,
                }
            })
            .collect()
    })
}

/// Finds the quotes of `text` with the bundled lexicons, titles read as held today.
pub fn extract(text: &str) -> Vec<Quote> {
    let units: Vec<u16> = text.encode_utf16().collect();
    extract_utf16(&units, &Lexicon::builtin(), None)
}

/// [`extract`] on UTF-16 code units, as they come from Python, with any lexicon; a title the
/// lexicon knows names whoever held it on `day` (the publication; None: today).
pub fn extract_utf16(units: &[u16], lexicon: &Arc<Lexicon>, day: Option<NaiveDate>) -> Vec<Quote> {
    read_quotes(lexicon, day, |work| read_prepared(units, lexicon, work))
}

/// [`extract_utf16`] on a document prepared once for every reader of an analysis.
pub fn extract_document(
    document: &Document,
    lexicon: &Arc<Lexicon>,
    day: Option<NaiveDate>,
) -> Vec<Quote> {
    read_quotes(lexicon, day, |work| read_document(document, lexicon, work))
}

/// What reads a window: given its tokens, the way from normalized code points to a span of the
/// original, and to a name's display form, it gives what the window holds.
type Work<'w, T> = &'w mut dyn FnMut(
    &TokenList<'_>,
    &dyn Fn(usize, usize) -> Span,
    &dyn Fn(usize, usize) -> String,
) -> Vec<T>;

/// The quotes of a text, `read` handing each of its windows to the reader.
fn read_quotes(
    lexicon: &Arc<Lexicon>,
    day: Option<NaiveDate>,
    read: impl FnOnce(Work<'_, Quote>) -> Vec<Quote>,
) -> Vec<Quote> {
    // a window's speakers point at its entities, which follow those of the windows before
    let mut entities_before = 0;
    read(&mut |tokens, span, display| {
        let (drafts, entities) = reader::read(lexicon, tokens, display, day);
        let first_entity = entities_before;
        entities_before += entities;
        drafts
            .into_iter()
            .map(|draft: Draft| Quote {
                kind: draft.kind,
                content: span(draft.content.0, draft.content.1),
                cue: draft.cue.map(|(s, e)| span(s, e)),
                cue_lemma: draft.cue_lemma,
                speaker: draft.speaker,
                speaker_entity: draft.entity.map(|e| e + first_entity),
                speaker_mention: draft.mention.map(|(s, e)| span(s, e)),
                speaker_ref: draft.speaker_ref,
                role: draft.role.map(|(s, e)| span(s, e)),
                alt_speakers: draft.alt_speakers,
                fragments: draft
                    .fragments
                    .into_iter()
                    .map(|(s, e)| span(s, e))
                    .collect(),
                confidence: draft.confidence,
            })
            .collect()
    })
}
