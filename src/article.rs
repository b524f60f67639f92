//! An article's parts as a scraped page holds them: title, headlines, body and subheadings, and
//! the page furniture around them (related articles, cookie notices, navigation, captions...).
//!
//! Pages put every part on lines of its own, so the reader classifies lines: the furniture by the
//! phrases of `lexicons/article/furniture.tsv`, the rest by where it stands and how it reads (a
//! paragraph ends with a full stop or runs long; a heading is short and has none).

use std::sync::OnceLock;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::lexicon::rows;
use crate::normalize::{Normalizer, Options};
use std::hash::{Hash, Hasher};

use crate::tokens::{tokenize, Document, Kind as TokenKind, Token, Tokens};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartKind {
    Title,
    /// A second headline, kicker or deck before the body.
    Headline,
    /// A one- or two-word line before the body: the site's section (أخبار).
    Section,
    /// A repetition of the title.
    DuplicateTitle,
    Body,
    Subheading,
    Dateline,
    /// The credit line naming the source outlet (المصدر: ...).
    Source,
    Caption,
    ReadingTime,
    /// Other articles the page appends (إقرأ أيضاً ...), to the end of the page.
    Related,
    /// A line linking to another article inside this one (اقرأ أيضا: and that article's title
    /// on the same line): not the article, which goes on after it.
    Link,
    Cookies,
    Taxonomy,
    Navigation,
}

impl PartKind {
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Title => "title",
            PartKind::Headline => "headline",
            PartKind::Section => "section",
            PartKind::DuplicateTitle => "duplicate_title",
            PartKind::Body => "body",
            PartKind::Subheading => "subheading",
            PartKind::Dateline => "dateline",
            PartKind::Source => "source",
            PartKind::Caption => "caption",
            PartKind::ReadingTime => "reading_time",
            PartKind::Related => "related",
            PartKind::Link => "link",
            PartKind::Cookies => "cookies",
            PartKind::Taxonomy => "taxonomy",
            PartKind::Navigation => "navigation",
        }
    }

    /// Whether the part is the outlet's own article (what coverage counts).
    pub fn is_article(self) -> bool {
        matches!(
            self,
            PartKind::Title | PartKind::Headline | PartKind::Body | PartKind::Subheading
        )
    }

    /// The kind of furniture a lexicon row names.
    fn furniture(name: &str) -> Option<PartKind> {
        FURNITURE_KINDS.into_iter().find(|kind| kind.name() == name)
    }
}

/// The kinds the furniture lexicon can name; the rest are read from a line's place and shape.
const FURNITURE_KINDS: [PartKind; 8] = [
    PartKind::Related,
    PartKind::Cookies,
    PartKind::ReadingTime,
    PartKind::Dateline,
    PartKind::Source,
    PartKind::Caption,
    PartKind::Taxonomy,
    PartKind::Navigation,
];

/// One part: its kind and its span in code points of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub start: usize,
    pub end: usize,
}

/// A paragraph has at least this many words when it does not end with a full stop.
const PARAGRAPH_WORDS: usize = 15;
/// A subheading has at most this many words.
const HEADING_WORDS: usize = 8;

/// The parts of `text`, in order. Blank lines belong to no part; consecutive lines of one kind
/// make one part.
pub fn parts(text: &str) -> Vec<Part> {
    let furniture = Furniture::builtin();
    let lines = lines(text, furniture);
    classify(&lines, |a, b| {
        let words = |line: &Line| {
            let (from, to) = line.span;
            let normalized = furniture.normalizer.normalize(&text[from..to]);
            owned_words(&normalized)
        };
        same_words(a, b, words)
    })
}

/// [`parts`] of a document prepared for the readers of an analysis: each line's words are read
/// from the text search normalized once for them all, not normalized again line by line.
pub fn parts_document(document: &Document) -> Vec<Part> {
    let furniture = Furniture::builtin();
    let search = document.search.normalized.as_str();
    let lines = document_lines(document, furniture);
    classify(&lines, |a, b| {
        let words = |line: &Line| owned_words(&search[line.span.0..line.span.1]);
        same_words(a, b, words)
    })
}

/// The day a page's dateline states (تاريخ النشر: 12 فبراير 2025): the first date of a whole day
/// that a dateline part's own words resolve, read with no reference date. `units` is the page.
pub fn dateline_day(units: &[u16], parts: &[Part]) -> Option<NaiveDate> {
    // parts come in the page's order: one walk over the units finds them all
    let mut cursor = (0, 0);
    parts
        .iter()
        .filter(|part| part.kind == PartKind::Dateline)
        .find_map(|part| {
            let from = unit_at(units, &mut cursor, part.start);
            let to = unit_at(units, &mut cursor, part.end);
            crate::numbers::extract_utf16(&units[from..to], None)
                .into_iter()
                .find_map(|fact| {
                    let resolved = fact.resolved.as_deref()?;
                    let day = fact.kind == "date"
                        && fact.granularity == Some("day")
                        && resolved.starts_with(|c: char| c.is_ascii_digit());
                    day.then(|| NaiveDate::parse_from_str(resolved, "%Y-%m-%d").ok())?
                })
        })
}

/// Where code point `index` of `units` starts, in units (a surrogate pair is one code point),
/// walking on from `cursor` (a unit and its code point), which it leaves there; an index
/// before the cursor starts again from the page's start.
fn unit_at(units: &[u16], cursor: &mut (usize, usize), index: usize) -> usize {
    if index < cursor.1 {
        *cursor = (0, 0);
    }
    let (unit, code_point) = cursor;
    while *code_point < index && *unit < units.len() {
        *unit += if is_pair(units, *unit) { 2 } else { 1 };
        *code_point += 1;
    }
    *unit
}

fn is_pair(units: &[u16], at: usize) -> bool {
    (0xD800..0xDC00).contains(&units[at])
        && units
            .get(at + 1)
            .is_some_and(|u| (0xDC00..0xE000).contains(u))
}

/// The parts of a page whose lines are read: see [`parts`]. `same_words` tells whether two lines
/// have the same words.
fn classify(lines: &[Line], same_words: impl Fn(&Line, &Line) -> bool) -> Vec<Part> {
    let mut kinds: Vec<Option<PartKind>> = lines.iter().map(|l| l.furniture).collect();
    let paragraph =
        |kinds: &[Option<PartKind>], k: usize| kinds[k].is_none() && lines[k].is_paragraph();
    let mut k = 0;
    while let Some(header) = (k..lines.len()).find(|&j| kinds[j] == Some(PartKind::Related)) {
        // between two paragraphs of the body, a related header heads a list of links inside
        // the article: the titles up to the next paragraph, where the article goes on
        let inside = header > 0
            && paragraph(&kinds, header - 1)
            && (header + 1..lines.len()).any(|j| paragraph(&kinds, j));
        if !inside {
            // after the article's end (a credit line, the page's last lines) it heads the
            // other articles the page appends: everything after it, bar other furniture
            for kind in &mut kinds[header..] {
                kind.get_or_insert(PartKind::Related);
            }
            break;
        }
        kinds[header] = Some(PartKind::Link);
        k = header + 1;
        while k < lines.len() && (kinds[k].is_some() || lines[k].is_headline()) {
            kinds[k].get_or_insert(PartKind::Link);
            k += 1;
        }
    }
    // a bare "المصدر:" names the outlet on the next line
    for k in 1..lines.len() {
        if kinds[k - 1] == Some(PartKind::Source)
            && lines[k - 1].words == 1
            && kinds[k].is_none()
            && lines[k].words <= 4
        {
            kinds[k] = Some(PartKind::Source);
        }
    }
    let body_start = (0..lines.len()).find(|&k| kinds[k].is_none() && lines[k].is_paragraph());
    let body_end = (0..lines.len())
        .rev()
        .find(|&k| kinds[k].is_none() && lines[k].is_paragraph());
    let mut title: Option<&Line> = None;
    for (k, line) in lines.iter().enumerate() {
        if kinds[k].is_some() {
            continue;
        }
        let before_body = body_start.is_none_or(|start| k < start);
        let after_body = body_end.is_some_and(|end| k > end);
        kinds[k] = Some(if line.words == 0 {
            PartKind::Navigation
        } else if title.is_some_and(|title| same_words(title, line)) {
            PartKind::DuplicateTitle
        } else if before_body && title.is_none() {
            title = Some(line);
            PartKind::Title
        } else if before_body {
            if line.words <= 2 {
                PartKind::Section
            } else {
                PartKind::Headline
            }
        } else if after_body {
            PartKind::Navigation
        } else if line.is_paragraph() || line.words > HEADING_WORDS {
            PartKind::Body
        } else {
            PartKind::Subheading
        });
    }
    let mut parts: Vec<Part> = Vec::new();
    for (line, kind) in lines.iter().zip(kinds) {
        let kind = kind.unwrap_or(PartKind::Body);
        match parts.last_mut() {
            // headings and titles stay one a line: each is a part of its own
            Some(last)
                if last.kind == kind
                    && !matches!(kind, PartKind::Subheading | PartKind::Headline) =>
            {
                last.end = line.end
            }
            _ => parts.push(Part {
                kind,
                start: line.start,
                end: line.end,
            }),
        }
    }
    parts
}

/// A non-blank line: its span without surrounding white space, what it says in a few numbers
/// (its words are read, matched and let go: a page keeps none of them), and its furniture kind.
struct Line {
    start: usize,
    end: usize,
    /// Its bytes in the text its words were read from (the page, or its search text), to read
    /// them again.
    span: (usize, usize),
    words: usize,
    /// A hash of its normalized words: lines with different words have different keys.
    key: u64,
    /// The mark that ends its last sentence (. ! ؟ ? …), if it ends one.
    end_mark: Option<char>,
    furniture: Option<PartKind>,
}

impl Line {
    fn is_paragraph(&self) -> bool {
        self.end_mark.is_some() || self.words >= PARAGRAPH_WORDS
    }

    /// Whether the line reads as a headline: no paragraph, or a short question (هل تمهد
    /// التصريحات لـ"صفقة القرن"؟).
    fn is_headline(&self) -> bool {
        !self.is_paragraph()
            || self.words < PARAGRAPH_WORDS && matches!(self.end_mark, Some('؟' | '?'))
    }
}

/// The words of a normalized line (words and numbers, not marks) and how many come before its
/// first colon, handed to `read`.
fn with_words<T>(normalized: &str, read: impl FnOnce(&[&str], Option<usize>) -> T) -> T {
    let mut words = Vec::new();
    let colon_after = words_of(Tokens::new(normalized), &mut words);
    read(&words, colon_after)
}

/// The words among `tokens` (words and numbers, not marks), pushed to `words`, and how many came
/// before the first colon.
fn words_of<'t>(
    tokens: impl Iterator<Item = Token<'t>>,
    words: &mut Vec<&'t str>,
) -> Option<usize> {
    let mut colon_after = None;
    for token in tokens {
        if token.kind != TokenKind::Mark {
            words.push(token.text);
        } else if matches!(token.text, ":" | "：") && colon_after.is_none() {
            colon_after = Some(words.len());
        }
    }
    colon_after
}

fn owned_words(normalized: &str) -> Vec<String> {
    with_words(normalized, |words, _| {
        words.iter().map(|w| (*w).to_owned()).collect()
    })
}

/// Whether two lines have the same words, `words` reading a line's.
fn same_words(a: &Line, b: &Line, words: impl Fn(&Line) -> Vec<String>) -> bool {
    a.key == b.key && a.words == b.words && words(a) == words(b)
}

/// A line's count of words, their hash and its furniture kind.
fn read_words(
    furniture: &Furniture,
    words: &[&str],
    colon: Option<usize>,
) -> (usize, u64, Option<PartKind>) {
    let mut hasher = rustc_hash::FxHasher::default();
    words.hash(&mut hasher);
    (words.len(), hasher.finish(), furniture.kind(words, colon))
}

/// The mark a line ends its sentence with, from its characters read backwards: a full stop, or
/// one before closing quotes and brackets.
fn ends_sentence(mut backwards: impl Iterator<Item = char>) -> Option<char> {
    const CLOSING: [char; 6] = ['"', '”', '»', '’', ')', '\''];
    match backwards.next() {
        Some(c @ ('.' | '!' | '؟' | '?' | '…')) => Some(c),
        Some(c) if CLOSING.contains(&c) => backwards
            .find(|c| !CLOSING.contains(c))
            .filter(|c| matches!(c, '.' | '!' | '؟' | '?')),
        _ => None,
    }
}

/// The lines of a prepared document: each one's span in the original (its units split at line
/// breaks and trimmed as `str::trim` trims), its words the tokens of the search text whose start
/// stands in what the span produced (the text is tokenized once, not line by line).
fn document_lines(document: &Document, furniture: &Furniture) -> Vec<Line> {
    let units = document.units;
    let search = &document.search;
    let text = search.normalized.as_str();
    let is_space = |u: &u16| char::from_u32(u32::from(*u)).is_some_and(char::is_whitespace);
    let any_pair = units.iter().any(|&u| u & 0xF800 == 0xD800);
    let code_points = |units: &[u16]| {
        let pairs = if any_pair {
            (0..units.len()).filter(|&k| is_pair(units, k)).count()
        } else {
            0
        };
        units.len() - pairs
    };
    let mut tokens = Tokens::new(text).peekable();
    let mut words = Vec::new();
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in units.split(|&u| u == u16::from(b'\n')) {
        let leading = raw.iter().take_while(|u| is_space(u)).count();
        let trailing = raw[leading..]
            .iter()
            .rev()
            .take_while(|u| is_space(u))
            .count();
        let trimmed = &raw[leading..raw.len() - trailing];
        if !trimmed.is_empty() {
            // (white space is one unit a code point)
            let start = offset + leading;
            let end = start + code_points(trimmed);
            let (from, to) = search
                .alignment()
                .to_normalized(start, end)
                .unwrap_or((0, 0));
            // the bytes of its tokens, to read its words again
            let mut span = None;
            let byte = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
            let mine = std::iter::from_fn(|| tokens.next_if(|t| t.start < to))
                .filter(|t| t.start >= from)
                .inspect(|t| {
                    let first = span.map_or(byte(t.text), |(first, _)| first);
                    span = Some((first, byte(t.text) + t.text.len()));
                });
            words.clear();
            let colon = words_of(mine, &mut words);
            let span = span.unwrap_or((0, 0));
            let (count, key, kind) = read_words(furniture, &words, colon);
            let backwards = trimmed.iter().rev();
            lines.push(Line {
                start,
                end,
                span,
                words: count,
                key,
                furniture: kind,
                end_mark: ends_sentence(
                    backwards.map(|&u| {
                        char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER)
                    }),
                ),
            });
        }
        offset += code_points(raw) + 1;
    }
    lines
}

fn lines(text: &str, furniture: &Furniture) -> Vec<Line> {
    let mut lines = Vec::new();
    let (mut offset, mut byte) = (0, 0);
    for raw in text.split('\n') {
        let length = raw.chars().count();
        let leading = raw.chars().take_while(|c| c.is_whitespace()).count();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            let from = byte + (raw.len() - raw.trim_start().len());
            let normalized = furniture.normalizer.normalize(trimmed);
            let (words, key, kind) = with_words(&normalized, |words, colon| {
                read_words(furniture, words, colon)
            });
            lines.push(Line {
                start: offset + leading,
                end: offset + leading + trimmed.chars().count(),
                span: (from, from + trimmed.len()),
                words,
                key,
                furniture: kind,
                end_mark: ends_sentence(trimmed.chars().rev()),
            });
        }
        offset += length + 1;
        byte += raw.len() + 1;
    }
    lines
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Holds {
    Line,
    Start,
    Label,
    Any,
}

struct Pattern {
    kind: PartKind,
    words: Vec<String>,
    holds: Holds,
    max_words: usize,
}

struct Furniture {
    normalizer: Normalizer,
    patterns: Vec<Pattern>,
    /// By first word, the patterns a line must start with (`line`, `start`, `label`), and those
    /// it may hold anywhere: a line is compared with the patterns its words start, not all.
    starting: FxHashMap<String, Vec<usize>>,
    anywhere: FxHashMap<String, Vec<usize>>,
}

const FURNITURE: &str = include_str!("../lexicons/article/furniture.tsv");

impl Furniture {
    fn builtin() -> &'static Furniture {
        static FURNITURE_LEXICON: OnceLock<Furniture> = OnceLock::new();
        FURNITURE_LEXICON.get_or_init(|| {
            let normalizer = Normalizer::new(Options::SEARCH);
            let patterns = rows(FURNITURE)
                .filter_map(|row| {
                    let words: Vec<String> = tokenize(&normalizer.normalize(row.get(1)?))
                        .iter()
                        .filter(|t| t.kind != TokenKind::Mark)
                        .map(|t| t.text.to_owned())
                        .collect();
                    // a phrase that normalizes to no word matches nothing
                    if words.is_empty() {
                        return None;
                    }
                    Some(Pattern {
                        kind: PartKind::furniture(row[0])?,
                        words,
                        holds: match row.get(2).copied() {
                            Some("line") => Holds::Line,
                            Some("label") => Holds::Label,
                            Some("any") => Holds::Any,
                            _ => Holds::Start,
                        },
                        max_words: row
                            .get(3)
                            .and_then(|n| n.parse().ok())
                            .unwrap_or(usize::MAX),
                    })
                })
                .collect::<Vec<Pattern>>();
            let (mut starting, mut anywhere) = (FxHashMap::default(), FxHashMap::default());
            for (k, pattern) in patterns.iter().enumerate() {
                let by_first = match pattern.holds {
                    Holds::Any => &mut anywhere,
                    _ => &mut starting,
                };
                let first = pattern.words[0].clone();
                by_first.entry(first).or_insert_with(Vec::new).push(k);
            }
            Furniture {
                normalizer,
                patterns,
                starting,
                anywhere,
            }
        })
    }

    /// The furniture a line of these words is, if any: the first pattern of the lexicon it holds.
    fn kind(&self, words: &[&str], colon_after: Option<usize>) -> Option<PartKind> {
        if words.is_empty() {
            return Some(PartKind::Navigation);
        }
        let holds = |p: &Pattern| {
            let n = p.words.len();
            let starts = || words.len() >= n && words.iter().zip(&p.words).all(|(w, p)| w == p);
            words.len() <= p.max_words
                && match p.holds {
                    Holds::Line => words.len() == n && starts(),
                    Holds::Start => starts(),
                    Holds::Label => starts() && colon_after == Some(n),
                    Holds::Any => words.windows(n).any(|w| w.iter().eq(&p.words)),
                }
        };
        let at_start = self.starting.get(words[0]).into_iter().flatten();
        let inside = words.iter().filter_map(|w| self.anywhere.get(*w)).flatten();
        // each pattern tried once however often its first word comes back (a pattern that
        // may be anywhere reads the whole line: once per occurrence would be quadratic)
        let mut candidates: Vec<usize> = at_start.chain(inside).copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let pattern = &self.patterns[candidates.into_iter().find(|&k| holds(&self.patterns[k]))?];
        // a related phrase with words after it on its line holds one other article's title: a
        // link inside the article, which the phrase alone would head a section of to the end
        if pattern.kind == PartKind::Related
            && pattern.holds == Holds::Start
            && words.len() > pattern.words.len()
        {
            return Some(PartKind::Link);
        }
        Some(pattern.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        let chars: Vec<char> = text.chars().collect();
        parts(text)
            .into_iter()
            .map(|p| (p.kind.name(), chars[p.start..p.end].iter().collect()))
            .collect()
    }

    #[test]
    fn a_page_with_its_furniture() {
        let page = "عنوان الخبر هنا\nأخبار\nعنوان الخبر هنا\n\
            تاريخ النشر: 12 فبراير 2025\n\
            قال الرئيس إن المحادثات كانت جيدة.\n\
            عنوان فرعي قصير\n\
            وأضاف أن الجولة المقبلة ستعقد قريبا.\n\
            المصدر: وكالة الأنباء\n\
            إقرأ أيضاً:\nخبر آخر لا علاقة له\nنص الخبر الآخر.\n\
            نستخدم ملفات تعريف الارتباط لتحسين تجربتك.";
        assert_eq!(
            kinds(page),
            [
                ("title", "عنوان الخبر هنا".to_owned()),
                ("section", "أخبار".to_owned()),
                ("duplicate_title", "عنوان الخبر هنا".to_owned()),
                ("dateline", "تاريخ النشر: 12 فبراير 2025".to_owned()),
                ("body", "قال الرئيس إن المحادثات كانت جيدة.".to_owned()),
                ("subheading", "عنوان فرعي قصير".to_owned()),
                ("body", "وأضاف أن الجولة المقبلة ستعقد قريبا.".to_owned()),
                ("source", "المصدر: وكالة الأنباء".to_owned()),
                (
                    "related",
                    "إقرأ أيضاً:\nخبر آخر لا علاقة له\nنص الخبر الآخر.".to_owned()
                ),
                (
                    "cookies",
                    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_link_inside_the_article_is_its_line_alone() {
        // the phrase with the other article's title after it: one link, and the article goes on
        let page = "عنوان الخبر هنا\n\
            قال الوزير إن 40 شخصا أصيبوا في الحادث.\n\
            اقرأ أيضا: مقتل 12 شخصا في انفجار بمصنع للكيماويات\n\
            وأضاف أن فرق الإنقاذ ما زالت تبحث عن المفقودين.\n\
            قد يهمك | الحكومة تعلن حدادا لثلاثة أيام\n\
            وختم بالقول إن التحقيق سيبدأ غدا.";
        assert_eq!(
            kinds(page)
                .into_iter()
                .map(|(kind, _)| kind)
                .collect::<Vec<_>>(),
            ["title", "body", "link", "body", "link", "body"]
        );
        // the phrase alone between two paragraphs heads a list of links inside the article
        let page = "عنوان الخبر هنا\nقال الوزير إن الحادث وقع فجرا.\nاقرأ أيضا:\nانفجار في مصنع\n\
            هل تكفي الإجراءات الجديدة؟\nوأضاف أن التحقيق سيبدأ غدا.";
        assert_eq!(
            kinds(page)[2..],
            [
                (
                    "link",
                    "اقرأ أيضا:\nانفجار في مصنع\nهل تكفي الإجراءات الجديدة؟".to_owned()
                ),
                ("body", "وأضاف أن التحقيق سيبدأ غدا.".to_owned())
            ]
        );
        // after the article's end (its credit line) it heads the other articles the page
        // appends, to the end of the page
        let page = "عنوان الخبر هنا\nقال الوزير إن الحادث وقع فجرا.\nالمصدر: وكالة الأنباء\n\
            اقرأ أيضا:\nخبر آخر\nنص الخبر الآخر.";
        assert_eq!(
            kinds(page)
                .into_iter()
                .map(|(kind, _)| kind)
                .collect::<Vec<_>>(),
            ["title", "body", "source", "related"]
        );
    }

    #[test]
    fn one_paragraph_is_all_body_and_nothing_is_nothing() {
        assert_eq!(
            kinds("قال الرئيس إن المحادثات كانت جيدة."),
            [("body", "قال الرئيس إن المحادثات كانت جيدة.".to_owned())]
        );
        assert!(parts("").is_empty());
        assert!(parts("\n \n").is_empty());
        // a lone title with no body is a title
        assert_eq!(kinds("عنوان"), [("title", "عنوان".to_owned())]);
    }

    #[test]
    fn every_lexicon_row_is_read() {
        assert_eq!(Furniture::builtin().patterns.len(), rows(FURNITURE).count());
    }

    /// The parts a prepared document reads from its search text, and the page's own.
    fn both(text: &str) -> (Vec<Part>, Vec<Part>) {
        let units: Vec<u16> = text.encode_utf16().collect();
        let document = Document::new(&units).expect("a short text is prepared");
        (parts_document(&document), parts(text))
    }

    #[test]
    fn a_prepared_document_has_the_parts_of_its_text() {
        let pages = [
            // diacritics, tatweel, an invisible mark at a line's start, a line of it alone, blank
            // lines of spaces, a carriage return, a ligature and a character beyond 16 bits
            "عنوانُ الخبــر هنا\r\n\u{200f}أخبار\n \t\n\u{200f}\nعنوان الخبر هنا\n\
             تاريخ النشر: 12 فبراير 2025 😀\nقال الرئيسُ إن المحادثات كانت جيدة «جداً».\n\
             ﻻ عنوان فرعي قصير\nوأضاف 😀 أن الجولة المقبلة ستعقد قريبا (غداً).\n\
             المصدر:\nوكالة الأنباء\nإقرأ أيضاً:\nخبر آخر",
            "",
            "\n\n  \n",
            "😀\n\u{200f}\nسطر واحد بلا نقطة",
        ];
        for page in pages {
            let (prepared, read) = both(page);
            assert_eq!(prepared, read, "{page:?}");
        }
    }

    #[test]
    fn a_dateline_gives_its_day() {
        let page =
            "😀 عنوان الخبر هنا\nتاريخ النشر: 12 فبراير 2025\nقال الرئيس إن المحادثات كانت جيدة.";
        let units: Vec<u16> = page.encode_utf16().collect();
        let found = parts(page);
        assert_eq!(
            dateline_day(&units, &found),
            NaiveDate::from_ymd_opt(2025, 2, 12)
        );
        // a page without a dateline, and one whose dateline names no whole day
        let page = "عنوان الخبر هنا\nقال الرئيس إن المحادثات كانت جيدة في 12 فبراير 2025.";
        let units: Vec<u16> = page.encode_utf16().collect();
        assert_eq!(dateline_day(&units, &parts(page)), None);
        let page = "عنوان الخبر هنا\nتاريخ النشر: فبراير 2025\nقال الرئيس إن المحادثات كانت جيدة.";
        let units: Vec<u16> = page.encode_utf16().collect();
        assert_eq!(dateline_day(&units, &parts(page)), None);
    }

    #[test]
    fn trailing_short_lines_are_navigation() {
        let page = "العنوان\nقال الرئيس إن المحادثات كانت جيدة.\n.\n.\nأخبار\nمدونة ومقالات";
        let found = kinds(page);
        assert_eq!(
            found.last().unwrap(),
            &("navigation", ".\n.\nأخبار\nمدونة ومقالات".to_owned())
        );
    }
}
