//! An article's parts as a scraped page holds them: title, headlines, body and subheadings, and
//! the page furniture around them (related articles, cookie notices, navigation, captions...).
//!
//! Pages put every part on lines of its own, so the reader classifies lines: the furniture by the
//! phrases of `lexicons/article/furniture.tsv`, the rest by where it stands and how it reads (a
//! paragraph ends with a full stop or runs long; a heading is short and has none).

use std::sync::OnceLock;

use crate::lexicon::rows;
use crate::normalize::{Normalizer, Options};
use std::hash::{Hash, Hasher};

use crate::tokens::{tokenize, Kind as TokenKind, Tokens};

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
    let mut kinds: Vec<Option<PartKind>> = lines.iter().map(|l| l.furniture).collect();
    // everything after a related-articles header is the other articles, bar other furniture
    if let Some(first) = kinds.iter().position(|k| *k == Some(PartKind::Related)) {
        for kind in &mut kinds[first..] {
            kind.get_or_insert(PartKind::Related);
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
        } else if title.is_some_and(|title| same_words(text, furniture, title, line)) {
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
    /// Its bytes in the text, to read its words again.
    bytes: (usize, usize),
    words: usize,
    /// A hash of its normalized words: lines with different words have different keys.
    key: u64,
    full_stop: bool,
    furniture: Option<PartKind>,
}

impl Line {
    fn is_paragraph(&self) -> bool {
        self.full_stop || self.words >= PARAGRAPH_WORDS
    }
}

/// The normalized words of a line (words and numbers, not marks) and how many come before its
/// first colon, handed to `read`.
fn with_words<T>(
    normalizer: &Normalizer,
    line: &str,
    read: impl FnOnce(&[&str], Option<usize>) -> T,
) -> T {
    let normalized = normalizer.normalize(line);
    let mut words = Vec::new();
    let mut colon_after = None;
    for token in Tokens::new(&normalized) {
        if token.kind != TokenKind::Mark {
            words.push(token.text);
        } else if matches!(token.text, ":" | "：") && colon_after.is_none() {
            colon_after = Some(words.len());
        }
    }
    read(&words, colon_after)
}

/// Whether two lines have the same words.
fn same_words(text: &str, furniture: &Furniture, a: &Line, b: &Line) -> bool {
    let words = |line: &Line| {
        let (from, to) = line.bytes;
        with_words(&furniture.normalizer, &text[from..to], |words, _| {
            words
                .iter()
                .map(|w| (*w).to_owned())
                .collect::<Vec<String>>()
        })
    };
    a.key == b.key && a.words == b.words && words(a) == words(b)
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
            let (words, key, kind) = with_words(&furniture.normalizer, trimmed, |words, colon| {
                let mut hasher = rustc_hash::FxHasher::default();
                words.hash(&mut hasher);
                (words.len(), hasher.finish(), furniture.kind(words, colon))
            });
            let last = trimmed.chars().last().unwrap_or(' ');
            lines.push(Line {
                start: offset + leading,
                end: offset + leading + trimmed.chars().count(),
                bytes: (from, from + trimmed.len()),
                words,
                key,
                furniture: kind,
                // a closing quote or bracket after the stop still ends a paragraph
                full_stop: matches!(last, '.' | '!' | '؟' | '?' | '…')
                    || trimmed
                        .trim_end_matches(['"', '”', '»', '’', ')', '\''])
                        .ends_with(['.', '!', '؟', '?']),
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
                .collect();
            Furniture {
                normalizer,
                patterns,
            }
        })
    }

    /// The furniture a line of these words is, if any.
    fn kind(&self, words: &[&str], colon_after: Option<usize>) -> Option<PartKind> {
        if words.is_empty() {
            return Some(PartKind::Navigation);
        }
        let starts = |p: &Pattern| {
            words.len() >= p.words.len() && words.iter().zip(&p.words).all(|(w, p)| w == p)
        };
        self.patterns
            .iter()
            .find(|p| {
                let n = p.words.len();
                words.len() <= p.max_words
                    && match p.holds {
                        Holds::Line => words.len() == n && starts(p),
                        Holds::Start => starts(p),
                        Holds::Label => starts(p) && colon_after == Some(n),
                        Holds::Any => words.windows(n).any(|w| w.iter().eq(&p.words)),
                    }
            })
            .map(|p| p.kind)
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
