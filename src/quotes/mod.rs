//! Quote attribution in Arabic news: direct quotes, reported speech and attribution phrases,
//! each with its content, its cue and its speaker resolved to one entity.

pub mod lexicon;
mod reader;
#[cfg(test)]
mod tests;
mod words;

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
    // (most names are shown as written: the original's string, not a copy of it)
    let mut shown = match lexicon.display.normalize(&original) {
        Cow::Owned(shown) => shown,
        Cow::Borrowed(_) => original,
    };
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

/// One window of a text as a reader sees it: its tokens, and the ways back to the original
/// text, which the window starts at code point `offset` of.
struct Window<'a> {
    tokens: TokenList<'a>,
    text: &'a Prepared<'a>,
    offset: usize,
    lexicon: &'a Lexicon,
    /// The names shown so far, by their normalized span: the reader asks for a name (or a
    /// word's written ending) each time a rule looks at it, and showing one goes back to the
    /// original and normalizes it again.
    shown: RefCell<FxHashMap<(u32, u32), String>>,
}

impl Window<'_> {
    /// The original text under normalized code points `start..end`.
    fn span(&self, start: usize, end: usize) -> Span {
        let (start, end, text) = self.text.original(start, end);
        Span {
            start: start + self.offset,
            end: end + self.offset,
            text,
        }
    }

    /// The display form of the name at normalized code points `start..end`.
    fn display(&self, start: usize, end: usize) -> String {
        let key = (start as u32, end as u32);
        if let Some(name) = self.shown.borrow().get(&key) {
            return name.clone();
        }
        let name = shown(self.lexicon, self.text, start, end);
        self.shown.borrow_mut().insert(key, name.clone());
        name
    }
}

/// Prepares `units` for reading (normalized with the lexicon's normalizer, tokenized) and hands
/// `work` each window.
fn read_prepared<T>(
    units: &[u16],
    lexicon: &Lexicon,
    mut work: impl FnMut(&Window<'_>) -> Vec<T>,
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
    mut work: impl FnMut(&Window<'_>) -> Vec<T>,
) -> Vec<T> {
    if document.units.len() > WINDOW || *lexicon.normalizer.options() != QUOTING {
        return read_prepared(document.units, lexicon, work);
    }
    read_window(&document.quoting, 0, lexicon, &mut work)
}

/// `work` on the window `text`, which starts at code point `offset` of the original.
fn read_window<T>(
    text: &Prepared,
    offset: usize,
    lexicon: &Lexicon,
    work: &mut impl FnMut(&Window<'_>) -> Vec<T>,
) -> Vec<T> {
    work(&Window {
        tokens: TokenList::new(&text.normalized),
        text,
        offset,
        lexicon,
        shown: RefCell::default(),
    })
}

/// Finds the entities of `text` with the bundled lexicons, titles read as held today.
pub fn entities(text: &str) -> Vec<DocumentEntity> {
    entities_on(text, None)
}

/// [`entities`] with a title the lexicon knows naming whoever held it on `day` (the
/// publication; None: today).
pub fn entities_on(text: &str, day: Option<NaiveDate>) -> Vec<DocumentEntity> {
    let units: Vec<u16> = text.encode_utf16().collect();
    entities_utf16(&units, &Lexicon::builtin(), day)
}

/// [`entities`] on UTF-16 code units, as they come from Python, with any lexicon; a title the
/// lexicon knows names whoever held it on `day` (the publication; None: today).
pub fn entities_utf16(
    units: &[u16],
    lexicon: &Arc<Lexicon>,
    day: Option<NaiveDate>,
) -> Vec<DocumentEntity> {
    read_prepared(units, lexicon, |window| {
        let display = |start, end| window.display(start, end);
        let (found, mentions) = reader::entities(lexicon, &window.tokens, &display, day);
        let shown = found.shown();
        found
            .list
            .into_iter()
            .zip(shown)
            .filter_map(|(referent, shown)| shown.map(|_| referent))
            .map(|referent| {
                let mut role = None;
                let mut own: Vec<_> = referent
                    .shown
                    .iter()
                    .map(|&m| &mentions.list[m])
                    .chain(referent.inner.iter().map(|&i| &mentions.inner[i]))
                    .collect();
                own.sort_by_key(|mention| mention.name.0);
                let mentions = own
                    .into_iter()
                    .map(|mention| {
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
                            .map(|(s, e)| window.span(s, e));
                        if role.is_none() {
                            role = mention.role.map(|(s, e)| window.display(s, e));
                        }
                        EntityMention {
                            span: window.span(mention.name.0, mention.name.1),
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

/// What reads a window, giving what it holds.
type Work<'w, T> = &'w mut dyn FnMut(&Window<'_>) -> Vec<T>;

/// The quotes of a text, `read` handing each of its windows to the reader.
fn read_quotes(
    lexicon: &Arc<Lexicon>,
    day: Option<NaiveDate>,
    read: impl FnOnce(Work<'_, Quote>) -> Vec<Quote>,
) -> Vec<Quote> {
    // a window's speakers point at its entities, which follow those of the windows before
    let mut entities_before = 0;
    read(&mut |window| {
        let display = |start, end| window.display(start, end);
        let (drafts, entities) = reader::read(lexicon, &window.tokens, &display, day);
        let span = |(start, end)| window.span(start, end);
        let first_entity = entities_before;
        entities_before += entities;
        drafts
            .into_iter()
            .map(|draft: Draft| Quote {
                kind: draft.kind,
                content: span(draft.content),
                cue: draft.cue.map(span),
                cue_lemma: draft.cue_lemma,
                speaker: draft.speaker,
                speaker_entity: draft.entity.map(|e| e + first_entity),
                speaker_mention: draft.mention.map(span),
                speaker_ref: draft.speaker_ref,
                role: draft.role.map(span),
                alt_speakers: draft.alt_speakers,
                fragments: draft.fragments.into_iter().map(span).collect(),
                confidence: draft.confidence,
            })
            .collect()
    })
}
