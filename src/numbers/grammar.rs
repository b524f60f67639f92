//! The grammar of numeric expressions in Arabic news, over the tokens of the normalized text.
//!
//! Rules are tried at each token in order of how much they claim (a date before the number that
//! starts it, a clock time before the ordinal in it); the first that matches consumes its tokens.

use super::lexicon::{Lexicon, Phrases, Place, Role, Unit};

#[path = "calendar.rs"]
pub mod calendar;
use std::cell::Cell;

use crate::tokens::{Kind, Token};

/// The pronouns a noun takes at its end (نصفهم، ثلثها), longest first.
pub const PRONOUNS: [&str; 5] = ["هما", "هم", "هن", "ها", "ه"];

/// A fact found in token terms, before its offsets are mapped back to the original text.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    /// The tokens it covers, and the clitic letters to skip in the first one (لأكثر → أكثر).
    pub first: usize,
    pub last: usize,
    pub prefix: usize,
    pub kind: &'static str,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'static str>,
    pub qualifier: Option<String>,
    /// The token of the counted or ordered noun, and the clitic letters it starts with.
    pub noun: Option<(usize, usize)>,
    pub noun_lemma: Option<&'static str>,
    pub date: Option<DateParts>,
    pub timezone: Option<usize>,
    pub note: Option<&'static str>,
}

/// A calendar date with parts possibly unknown; or a weekday; or a time of day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<u32>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    /// For a relative date: the unit (day, week, month, year) and how many from now.
    pub relative: Option<&'static str>,
    pub offset: i64,
    /// For a range of days (13 إلى 15 تموز): the last day.
    pub day_end: Option<u32>,
    /// For a range of days over two months (14 يونيو - 15 يوليو): the last day's month.
    pub month_end: Option<u32>,
    /// A year named relative to the reference (مارس الجاري: 0, من العام الماضي: -1).
    pub year_offset: Option<i64>,
    /// The year, month and day are of the Hijri calendar (Umm al-Qura).
    pub hijri: bool,
    /// A month named relative to the reference (الثالث من الشهر الجاري: 0).
    pub month_offset: Option<i64>,
    /// A decade, by its first year (الستينيات: 1960).
    pub decade: Option<i32>,
    /// A century, by its ordinal (القرن التاسع عشر: 19).
    pub century: Option<i32>,
    /// The clause speaks of what is to come (ستعقد القمة الأربعاء): a weekday or a date without
    /// its year is the next one, not the latest.
    pub future: bool,
    /// منذ before a date without its year: it lies behind (منذ سبتمبر written in May is last
    /// September's), as since a day to come cannot be said.
    pub past: bool,
    /// A verb in the present before a month without its year (تقام البطولة في تموز): a plan,
    /// so the month may lie further ahead than a bare one (mod.rs).
    pub planned: bool,
    /// Which weekday, day or week of the month a calendar idiom names (calendar.rs).
    pub nth: Option<calendar::Nth>,
}

/// A qualifier found at a token: the qualifier, the clitic letters before it, the next token.
type Qualified = (&'static str, usize, usize);

/// A phrase found at a token: the lexicon item, the clitic letters before it, the next token.
type Match<'a, T> = (&'a (Vec<String>, T), usize, usize);

/// What can start at a token.
enum Start {
    None,
    Dual,
    Any,
}

pub struct Parser<'a> {
    lex: &'a Lexicon,
    tokens: &'a [Token<'a>],
    /// The qualifier standing inside a span at a token, as last looked up: most rules ask for it
    /// at the token they start at.
    inside: Cell<Option<(usize, Option<Qualified>)>>,
    /// Reading the upper end of a range of durations, which is not itself a range.
    nested: Cell<bool>,
    /// The riyal of the country the whole text is about, for a riyal named without its country.
    riyal: Option<&'static str>,
}

/// A number read at a token: its value, the token after it, and clitic letters before it.
struct Number {
    value: f64,
    next: usize,
    prefix: usize,
    words: bool,
    /// A number word with the article (الخمس، الثلاثة).
    definite: bool,
    note: Option<&'static str>,
}

impl<'a> Parser<'a> {
    pub fn new(lex: &'a Lexicon, tokens: &'a [Token<'a>]) -> Self {
        Parser {
            lex,
            tokens,
            inside: Cell::new(None),
            nested: Cell::new(false),
            riyal: None,
        }
    }

    /// The parser, with the riyal of the country the text is about ([`document_riyal`]).
    pub fn with_riyal(self, riyal: Option<&'static str>) -> Self {
        Parser { riyal, ..self }
    }

    /// The facts that start at tokens `from..until`, and the token to go on from (past
    /// `until` when the last fact ends beyond it).
    pub fn parse_range(&self, from: usize, until: usize) -> (Vec<Draft>, usize) {
        let mut drafts = Vec::new();
        let mut i = from;
        while i < until.min(self.tokens.len()) {
            match self.fact_at(i) {
                // a fact reaching back (مباراة واحدة) over one already found
                Some(draft) if drafts.last().is_some_and(|d: &Draft| d.last > draft.first) => {
                    i += 1;
                }
                // الأشهر الستة الأولى، التسعة أشهر الأولى: the first months of a period, as
                // الأيام الثلاثة الأخيرة are its last; one duration, not an ordinal after it
                Some(draft) if self.first_of_duration(&draft, drafts.last()) => {
                    i = draft.last;
                    if let Some(duration) = drafts.last_mut() {
                        duration.last = draft.last;
                        duration.qualifier =
                            Self::join(duration.qualifier.as_deref(), Some("start"));
                    }
                }
                Some(mut draft) => {
                    i = draft.last.max(i + 1);
                    let first = draft.first;
                    // (اعتبارا من نوفمبر, a since not after منذ, points forward as well)
                    let starting = draft
                        .qualifier
                        .as_deref()
                        .is_some_and(|q| q.contains("since"));
                    if let Some(date) = draft.date.as_mut().filter(|d| d.month.is_some()) {
                        date.planned = (starting && !date.past)
                            || self.present_before(first)
                            || self.present_opens_sentence(first);
                    }
                    // (after the plan above: the start of a period points nowhere of itself)
                    if self.opens_period(&draft) {
                        draft.qualifier = Self::join(Some("since"), draft.qualifier.as_deref());
                    }
                    drafts.push(draft);
                }
                None => i += 1,
            }
        }
        (drafts, i)
    }

    /// Whether the date or year `draft` opens a period after من, its end after حتى or إلى
    /// (الفترة من عام 1975 حتى عام 1990، من 2015 إلى مارس 2018): from then on, since, as
    /// اعتبارا من is. Not من of a part (الربع الأخير من 2010 إلى 11.9%: the end must be a time).
    fn opens_period(&self, draft: &Draft) -> bool {
        let point = matches!(draft.kind, "date" | "year")
            && draft.prefix == 0
            && draft
                .date
                .is_some_and(|d| d.day_end.is_none() && d.relative.is_none());
        let Some(from) = draft.first.checked_sub(1).filter(|_| point) else {
            return false;
        };
        let opened = self.joined(from)
            && Self::stems(self.word(from).unwrap_or_default()).any(|(_, s)| s == "من");
        let mut to = draft.last;
        if self.text(to) == Some("،") || self.text(to) == Some(",") {
            to += 1;
        }
        let closed = to > draft.last || self.joined(draft.last - 1);
        let joins = closed
            && self.joined(to)
            && Self::stems(self.word(to).unwrap_or_default())
                .any(|(_, s)| self.lex.is(s, "range_end"));
        opened
            && joins
            && self.fact_at(to + 1).is_some_and(|end| {
                end.prefix == 0 && matches!(end.kind, "date" | "year" | "relative_date" | "weekday")
            })
    }

    /// آخر 10 سنوات، أول 100 يوم، في آخر 3 مباريات: the last or first of a number of units or of
    /// a plural, one fact from آخر or أول, which says which (last, start), as السنوات العشر
    /// الماضية and الأشهر الستة الأولى do after the noun. Not before a year, an amount of
    /// money or a bare number (أول 3 من أصل 10: the ordinal's).
    fn first_or_last(&self, i: usize) -> Option<Draft> {
        let (prefix, which) = Self::stems(self.word(i)?)
            .find_map(|(p, s)| Some((p, self.lex.cue(s, "first_last")??)))?;
        if !self.joined(i)
            || self.tokens.get(i + 1)?.kind != Kind::Number && self.number(i + 1).is_none()
        {
            return None;
        }
        let mut draft = self.measure(i + 1)?;
        let counted = match draft.kind {
            "duration" => draft.unit.is_some(),
            // (أول 3 لاعبين: the first of people are no start of a time)
            "count" => {
                which == "last" && draft.value.is_some_and(|v| v > 1.0) && draft.noun.is_some()
            }
            _ => false,
        };
        if !counted || draft.first != i + 1 || draft.prefix != 0 {
            return None;
        }
        // (خلال آخر 10 سنوات: the qualifier before it is the span's)
        let outside = self
            .qualifier_before(i)
            .filter(|q| matches!(*q, "within" | "since" | "ago" | "after"));
        let inner = draft
            .qualifier
            .as_deref()
            .filter(|q| !matches!(*q, "within" | "since" | "ago" | "after" | "last" | "next"));
        draft.first = i;
        draft.prefix = prefix;
        draft.qualifier = Self::join(Self::join(inner, outside).as_deref(), Some(which));
        Some(draft)
    }

    /// Whether `draft` is the ordinal الأولى or الأول right after `before`, a duration of more
    /// than one unit (الأشهر الستة الأولى).
    fn first_of_duration(&self, draft: &Draft, before: Option<&Draft>) -> bool {
        draft.kind == "ordinal"
            && draft.prefix == 0
            && draft.last == draft.first + 1
            && draft.value == Some(1.0)
            && self.word(draft.first).is_some_and(|w| w.starts_with("ال"))
            && before.is_some_and(|d| {
                d.kind == "duration"
                    && d.last == draft.first
                    && self.joined(d.last - 1)
                    && d.value.is_some_and(|v| v > 1.0)
            })
    }

    /// Whether token `i` is a number glued after a number and a plus (90+3، 45+1، 5+1): the
    /// minutes added to a half or a group's name, no amount of its own.
    fn added_to_number(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| self.tokens[a].end == self.tokens[b].start;
        i >= 2
            && self.tokens[i].kind == Kind::Number
            && self.tokens[i - 1].text == "+"
            && self.tokens[i - 2].kind == Kind::Number
            && glued(i - 2, i - 1)
            && glued(i - 1, i)
    }

    /// Which rules can start at token `i`: all of them for a number or a word the lexicons start
    /// with, only the dual rule for another word ending in ان/ين, none for the rest.
    fn starts(&self, i: usize) -> Start {
        let token = &self.tokens[i];
        match token.kind {
            Kind::Number => Start::Any,
            // a currency symbol before its amount ($10)
            Kind::Mark if self.lex.units.by_first.contains_key(token.text) => Start::Any,
            Kind::Mark => Start::None,
            Kind::Word if Self::stems(token.text).any(|(_, s)| self.lex.starters.contains(s)) => {
                Start::Any
            }
            // للعام: ل before the article, which drops its alef
            Kind::Word
                if token
                    .text
                    .strip_prefix("لل")
                    .is_some_and(|rest| self.lex.is(rest, "year")) =>
            {
                Start::Any
            }
            Kind::Word
                if token.text.ends_with("ان")
                    || token.text.ends_with("ين")
                    || token.text.ends_with("تي")
                    // (a masculine one has four letters or more: not في، علي، الذي)
                    || (token.text.ends_with('ي')
                        && token.text.len() >= 8
                        && !token.text.starts_with("ال"))
                    || token.text.ends_with("تا")
                    // (حزبا "العمال" و"المحافظين": a masculine one in ا before two names in marks)
                    || (token.text.ends_with('ا')
                        && token.text.len() >= 8
                        && self.text(i + 1) == Some("\"")) =>
            {
                Start::Dual
            }
            Kind::Word => Start::None,
        }
    }

    fn fact_at(&self, i: usize) -> Option<Draft> {
        if self.added_to_number(i) {
            return None;
        }
        match self.starts(i) {
            Start::None => return None,
            Start::Dual => {
                return self
                    .dual_count(i)
                    .or_else(|| self.definite_dual(i).and_then(|_| self.measure(i)))
            }
            Start::Any => {}
        }
        self.two(i)
            .or_else(|| self.calendar(i))
            .or_else(|| self.english_date(i))
            .or_else(|| self.hijri(i))
            .or_else(|| self.date(i).map(|d| self.date_range(d)))
            .or_else(|| self.numeric_date(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.clock(i))
            .or_else(|| self.score(i))
            .or_else(|| self.relative_date(i))
            .or_else(|| self.deictic(i))
            .or_else(|| self.today(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.split_year(i))
            .or_else(|| self.year(i))
            .or_else(|| self.reading_time(i))
            .or_else(|| self.currency_first(i))
            .or_else(|| self.measure(i).map(|draft| self.bare_year(draft)))
            .or_else(|| self.first_or_last(i))
            .or_else(|| self.ordinal(i))
            .or_else(|| self.dual_count(i))
            .or_else(|| self.one(i))
            .or_else(|| self.vague(i))
    }

    // ---- token helpers -------------------------------------------------------------------

    fn text(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|t| t.text)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
    }

    /// Whether tokens `i` and `i + 1` are on one line.
    fn joined(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|t| !t.after_break)
    }

    /// Whether token `i` is the only token of its line (a table cell, a form field, a query:
    /// nothing around it says what it is, so a unit alone is one of it and واحد is one).
    fn alone(&self, i: usize) -> bool {
        (i == 0 || self.tokens[i].after_break) && !self.joined(i)
    }

    /// The word and the forms it takes without its proclitics: و/ف, then ب/ل/ك.
    fn stems(word: &str) -> impl Iterator<Item = (usize, &str)> {
        let mut stems = [Some((0, word)), None, None];
        let mut rest = word;
        for (k, letters) in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]]
            .into_iter()
            .enumerate()
        {
            if let Some(first) = rest.chars().next().filter(|c| letters.contains(c)) {
                let after = &rest[first.len_utf8()..];
                if after.chars().nth(1).is_some() {
                    rest = after;
                    let skipped = stems.iter().flatten().count();
                    stems[k + 1] = Some((skipped, rest));
                }
            }
        }
        stems.into_iter().flatten()
    }

    /// The longest item of `phrases` that stands at token `i`.
    fn longest<T>(&self, i: usize, phrases: &'a Phrases<T>, clitics: bool) -> Option<Match<'a, T>> {
        let text = self.text(i)?;
        let forms: &mut dyn Iterator<Item = (usize, &str)> = if clitics {
            &mut Self::stems(text)
        } else {
            &mut std::iter::once((0, text))
        };
        forms
            .flat_map(|(prefix, form)| phrases.starting_with(form).map(move |item| (prefix, item)))
            .filter_map(|(prefix, item)| {
                let next = self.rest_at(i, &item.0)?;
                Some((item, prefix, next))
            })
            .max_by_key(|(_, _, next)| *next)
    }

    /// Where a phrase whose first word stands at token `i` ends, if the rest follows.
    fn rest_at(&self, i: usize, phrase: &[String]) -> Option<usize> {
        for (k, word) in phrase.iter().enumerate().skip(1) {
            if self.text(i + k)? != word || !self.joined(i + k - 1) {
                return None;
            }
        }
        Some(i + phrase.len())
    }

    fn is(&self, i: usize, role: &str) -> bool {
        self.text(i).is_some_and(|w| self.lex.is(w, role))
    }

    fn integer(&self, i: usize, range: std::ops::RangeInclusive<f64>) -> Option<u32> {
        let token = self.tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        let value = token
            .value()
            .filter(|v| v.fract() == 0.0 && range.contains(v))?;
        Some(value as u32)
    }

    // ---- qualifiers ------------------------------------------------------------------------

    fn qualifier_at(&self, i: usize, place: Place) -> Option<(&'static str, usize, usize)> {
        if place == Place::Inside {
            if let Some((_, found)) = self.inside.get().filter(|(at, _)| *at == i) {
                return found;
            }
            let found = self.find_qualifier(i, place);
            self.inside.set(Some((i, found)));
            return found;
        }
        self.find_qualifier(i, place)
    }

    fn find_qualifier(&self, i: usize, place: Place) -> Option<(&'static str, usize, usize)> {
        let (item, prefix, next) = self.longest(i, &self.lex.qualifiers, place != Place::After)?;
        let (qualifier, item_place) = item.1;
        // عائدات تصل إلى 14 مليار: "up to", after the indefinite noun it describes; not the verb
        // of a clause, "to reach" (ارتفع ليصل إلى، يتوقع أن يصل التضخم إلى، بنسبة 1% تصل إلى);
        // a verb of exceeding denied is a bound wherever it stands (الذي لم يتجاوز 30)
        if qualifier == "at_most" && place == Place::Before && !Self::denied(&item.0) {
            // (لمدة قد تصل إلى 30 عاما: past قد)
            let k = match i.checked_sub(1) {
                Some(k) if self.word(k) == Some("قد") => k.checked_sub(1),
                k => k,
            };
            let noun = k
                .filter(|&k| self.joined(k) && self.tokens[k].kind == Kind::Word)
                .and_then(|k| self.word(k));
            let described = noun.is_some_and(|w| {
                !Self::definite(w) && w.chars().count() > 2 && !self.lex.is(w, "not_noun")
            });
            if prefix > 0 || !described {
                return None;
            }
        }
        // دون 1% is below it; بدون، من دون are "without"
        if item.0.len() == 1
            && item.0[0] == "دون"
            && (prefix > 0 || i.checked_sub(1).and_then(|k| self.word(k)) == Some("من"))
        {
            return None;
        }
        (item_place == place).then_some((qualifier, prefix, next))
    }

    /// A qualifier that stands just before token `i`, outside the span (خلال، قبل، منذ).
    fn qualifier_before(&self, i: usize) -> Option<&'static str> {
        // خلال الـ24 ساعة: the article on the number stands between
        let i = if i > 0 && self.text(i - 1) == Some("ال") {
            i - 1
        } else {
            i
        };
        // (the longest phrase ending there: لم تتجاوز, not تتجاوز)
        (1..=3)
            .rev()
            .filter(|&n| i >= n)
            .find_map(|n| {
                let (q, _, next) = self.qualifier_at(i - n, Place::Before)?;
                (next == i).then_some(q)
            })
            .or_else(|| self.age_bound_before(i))
            .or_else(|| self.quantity_of_noun_before(i))
    }

    /// Whether a phrase of the qualifiers starts with a negation (لم يتجاوز، لا يقل عن).
    fn denied(phrase: &[String]) -> bool {
        phrase.len() > 1 && matches!(phrase[0].as_str(), "لا" | "لم" | "لن")
    }

    /// A verb of quantity before token `i` with the noun it says it of between, in construct
    /// with a pronoun (تتخطى قيمته مليار يورو، تصل سرعتها إلى 250 كيلومترا، لا يتجاوز عددهم
    /// 30): the verb bounds the amount, and stays out of its span with the noun.
    fn quantity_of_noun_before(&self, i: usize) -> Option<&'static str> {
        (2..=4).rev().filter(|&n| i >= n).find_map(|n| {
            let j = i - n;
            let word = self.word(j)?;
            Self::stems(word).find_map(|(_, form)| {
                // لتصل إيراداته إلى: "to reach", the verb of a clause of result, no bound
                let result = word[..word.len() - form.len()].ends_with('ل');
                self.lex.qualifiers.starting_with(form).find_map(|item| {
                    let (qualifier, place) = item.1;
                    let bound =
                        matches!(qualifier, "more_than" | "at_most" | "at_least" | "approx");
                    if place != Place::Before || !bound || (result && qualifier == "at_most") {
                        return None;
                    }
                    let phrase = &item.0;
                    // the noun stands after the verb, which follows its negation
                    let verb = usize::from(Self::denied(phrase));
                    let noun = j + verb + 1;
                    let before_noun = (1..=verb).all(|k| {
                        self.text(j + k) == Some(phrase[k].as_str()) && self.joined(j + k - 1)
                    });
                    let after_noun = phrase[verb + 1..].iter().enumerate().all(|(k, w)| {
                        self.text(noun + 1 + k) == Some(w.as_str()) && self.joined(noun + k)
                    });
                    let end = noun + 1 + phrase.len() - verb - 1;
                    (before_noun
                        && after_noun
                        && end == i
                        && self.joined(noun - 1)
                        && self.joined(noun)
                        && self.noun_with_pronoun(noun))
                    .then_some(qualifier)
                })
            })
        })
    }

    /// Whether the word at token `i` is a noun with a pronoun at its end (قيمتها، عددهم), not a
    /// preposition with one (منها، عليه، فيه).
    fn noun_with_pronoun(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        PRONOUNS.iter().any(|p| {
            word.strip_suffix(p).is_some_and(|base| {
                base.chars().count() >= 3
                    && !self.lex.is(base, "not_noun")
                    && !matches!(base, "علي" | "الي" | "لدي" | "عند" | "بين" | "حول" | "منذ")
            })
        })
    }

    /// A bound on an age before token `i`: تحت سن 18، دون سن الخامسة، فوق عمر 60، تزيد
    /// أعمارهم عن 30 عاما; the words of comparison and of age stay out of the span.
    fn age_bound_before(&self, i: usize) -> Option<&'static str> {
        let word = |k: usize| {
            self.word(k).filter(|_| self.joined(k)).map(|w| {
                w.strip_prefix('و')
                    .filter(|w| w.chars().count() > 2)
                    .unwrap_or(w)
            })
        };
        let k = i.checked_sub(1)?;
        let age = word(k)?;
        if Self::stems(age).any(|(_, s)| s == "سن" || s == "عمر") {
            return match word(k.checked_sub(1)?)? {
                "تحت" | "دون" => Some("less_than"),
                "فوق" => Some("more_than"),
                _ => None,
            };
        }
        let ages = word(k.checked_sub(1)?)?;
        if !matches!(age, "عن" | "على") || !(ages.starts_with("أعمار") || ages.starts_with("اعمار"))
        {
            return None;
        }
        // لا تزيد أعمارهم عن 25 عاما: denied, the bound turns round
        let denied = k
            .checked_sub(3)
            .and_then(word)
            .is_some_and(|w| matches!(w, "لا" | "لم"));
        match (word(k.checked_sub(2)?)?, denied) {
            ("تزيد" | "يزيد", false) => Some("more_than"),
            ("تزيد" | "يزيد", true) => Some("at_most"),
            ("تقل" | "يقل", false) => Some("less_than"),
            ("تقل" | "يقل", true) => Some("at_least"),
            _ => None,
        }
    }

    /// The qualifier before a point in time at token `i` (a year, a date, a time of day): منذ
    /// is since then (منذ عام 2011); قبل is before it, no span of time (قبل عام 1979، قبل
    /// السادس من آب), so none.
    fn point_before(&self, i: usize) -> Option<&'static str> {
        let q = self.qualifier_before(i)?;
        if q != "ago" {
            return Some(q);
        }
        let before = (1..=3).filter(|&n| i >= n).any(|n| {
            self.word(i - n)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "قبل"))
        });
        (!before).then_some("since")
    }

    /// Whether the unit alone at token `i` repeats the same unit before بعد (يوما بعد يوم،
    /// عاما بعد عام، ساعة بعد ساعة): the idiom of something growing, no span of time.
    fn repeated_after(&self, i: usize, unit: &str) -> bool {
        i >= 2
            && self.joined(i - 2)
            && self.joined(i - 1)
            && self
                .word(i - 1)
                .is_some_and(|w| w.strip_prefix('و').unwrap_or(w) == "بعد")
            && self
                .unit_at(i - 2)
                .is_some_and(|(u, _)| u.unit == unit && u.count == 1)
    }

    /// A part of a period: its start, middle or end (مطلع، منتصف، نهاية).
    fn is_part(qualifier: &str) -> bool {
        matches!(qualifier, "start" | "mid" | "end")
    }

    /// Two qualifiers joined in one order whatever the order of the words: how many first
    /// (approx, more_than...), then the direction (ago, since, within, after), then the part of
    /// the period (start, mid, end), then which one (last, next): approx+ago, since+start+last.
    fn join(inside: Option<&str>, outside: Option<&str>) -> Option<String> {
        let rank = |q: &str| match q {
            "ago" | "since" | "within" | "after" => 1,
            q if Self::is_part(q) => 2,
            "last" | "next" => 3,
            _ => 0,
        };
        let mut parts: Vec<&str> = inside
            .into_iter()
            .chain(outside)
            .flat_map(|q| q.split('+'))
            .collect();
        parts.sort_by_key(|q| rank(q));
        parts.dedup();
        (!parts.is_empty()).then(|| parts.join("+"))
    }

    // ---- numbers -----------------------------------------------------------------------------

    /// A number at token `i`: digits (with a scale word: 3 ملايين) or number words.
    fn number(&self, i: usize) -> Option<Number> {
        let mut number = self.whole_number(i)?;
        // اثنين وخمسين فاصلة سبعة في المئة، 1 فاصلة 5: a decimal point written as a word; the
        // digits after it are those of the number that follows (سبعة → .7, خمسة وعشرين → .25)
        if self.is(number.next, "decimal_point")
            && self.joined(number.next - 1)
            && self.joined(number.next)
        {
            let after = self.whole_number(number.next + 1).or_else(|| {
                // واحد فاصلة واحد، اثنين فاصلة صفر: one digit in words after the point
                let word = self.word(number.next + 1)?;
                match self.lex.number_words.get(word)? {
                    &(value, Role::Unit) if value <= 1.0 => Some(Number {
                        value,
                        next: number.next + 2,
                        prefix: 0,
                        words: true,
                        definite: false,
                        note: None,
                    }),
                    _ => None,
                }
            });
            if let Some(after) = after.filter(|n| {
                n.value.fract() == 0.0 && n.value >= 0.0 && n.value < 1e6 && n.note.is_none()
            }) {
                let digits = if after.words {
                    format!("{}", after.value as u64).len()
                } else {
                    self.text(number.next + 1)
                        .map_or(1, |t| t.chars().filter(|c| c.is_numeric()).count().max(1))
                };
                number.value += after.value / 10f64.powi(digits as i32);
                number.next = after.next;
            }
        }
        Some(number)
    }

    /// A number without its decimals in words.
    fn whole_number(&self, i: usize) -> Option<Number> {
        let token = self.tokens.get(i)?;
        if token.kind != Kind::Number {
            return self.number_words(i);
        }
        // 0223456789 is a telephone or an identifier, not a quantity
        if token.text.len() >= 6
            && token.text.starts_with('0')
            && token.text.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let mut number = Number {
            value: token.value().unwrap_or(f64::NAN),
            next: i + 1,
            prefix: 0,
            words: false,
            definite: false,
            note: None,
        };
        // 3 ملايين، 1.5 مليار، 3 ملايين ونصف
        // (not across a line: a headline's number and the next paragraph's مليون)
        let scale = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .and_then(|w| self.lex.number_words.get(w));
        if let Some(&(scale, role @ (Role::Scale | Role::Plural))) =
            scale.filter(|(v, _)| *v >= 1000.0)
        {
            // 3000 آلاف، 6000 آلاف قطعة: a plural scale follows three to ten only; after a figure
            // of its own size or more it repeats what the digits say (a slip of the writer)
            if role == Role::Plural && number.value >= scale {
                number.next = i + 2;
                return Some(number);
            }
            number.value *= scale;
            number.next = i + 2;
            if let Some(half) = self.fraction_word(i + 2) {
                number.value += half * scale;
                number.next = i + 3;
                if self.scale_repeated(i + 3, scale) {
                    number.next = i + 4;
                }
            } else if self.text(i + 2) == Some("و") && self.joined(i + 1) && self.joined(i + 2) {
                // 45 ألفا و800، 17 مليون و500 ألف (with its own scale); but 20 ألف و41 ألف
                // are two amounts
                let rest = self
                    .tokens
                    .get(i + 3)
                    .filter(|t| t.kind == Kind::Number)
                    .and_then(|_| self.whole_number(i + 3));
                if let Some(rest) = rest.filter(|r| r.value < scale) {
                    number.value += rest.value;
                    number.next = rest.next;
                }
            }
        }
        if !number.value.is_finite() {
            number.note = Some("too_large");
        }
        Some(number)
    }

    /// اليومين الماضيين، العامين المقبلين، الأسبوعين الأخيرين: a dual unit of time with the
    /// article, before the word that makes them the last or the next two; the unit and the
    /// clitic letters before the article.
    fn definite_dual(&self, i: usize) -> Option<(&'a Unit, usize)> {
        let (clitics, stem) = Self::stems(self.word(i)?)
            .find(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)?;
        let unit = self
            .unit_word(&stem["ال".len()..])
            .filter(|u| u.count == 2 && Self::is_time(u.unit))?;
        let around = self
            .qualifier_at(i + 1, Place::After)
            .is_some_and(|(q, _, _)| matches!(q, "last" | "next"));
        (around && self.joined(i)).then_some((unit, clitics))
    }

    /// Whether the word at `k` says again the scale a fraction was of (مليون ونصف المليون،
    /// مليونين ونصف مليون): it names what the half is of and adds nothing.
    fn scale_repeated(&self, k: usize, scale: f64) -> bool {
        self.joined(k - 1)
            && self.word(k).is_some_and(|w| {
                let bare = w.strip_prefix("ال").unwrap_or(w);
                self.lex.number_words.get(bare).is_some_and(|&(v, role)| {
                    v == scale && matches!(role, Role::Scale | Role::Plural)
                })
            })
    }

    /// ونصف، وربع، وثلث after a number: the part it adds.
    fn fraction_word(&self, i: usize) -> Option<f64> {
        let stem = self.word(i)?.strip_prefix('و')?;
        match self.lex.number_words.get(stem)? {
            &(value, Role::Fraction) if self.joined(i - 1) => Some(value),
            _ => None,
        }
    }

    /// A number in words: units, teens, tens, hundreds and scales joined by و (attached or
    /// standing alone), with fractions of a scale (مليون ونصف، نصف مليون).
    fn number_words(&self, i: usize) -> Option<Number> {
        let (mut total, mut current, mut scale) = (0.0_f64, 0.0_f64, 0.0_f64);
        let (mut k, mut prefix, mut last): (usize, usize, Option<Role>) = (i, 0, None);
        let mut count = 0;
        let mut definite = false;
        // لست "I am not" reads ل + ست "six"
        if self.word(i).is_some_and(|w| self.lex.is(w, "not_number")) {
            return None;
        }
        while let Some(mut word) = self.word(k) {
            if count > 0 && !self.joined(k - 1) {
                break;
            }
            // و written apart: أربعة و عشرون
            let mut apart = false;
            if word == "و" && count > 0 && self.joined(k) {
                match self.word(k + 1) {
                    Some(next) if self.lex.number_words.contains_key(next) => {
                        word = next;
                        apart = true;
                    }
                    _ => break,
                }
            }
            let found = Self::stems(word).find_map(|(p, stem)| {
                let continues = apart || p == 0 || (p == 1 && word.starts_with('و'));
                let direct = self.lex.number_words.get(stem).map(|e| (e, false));
                let entry = direct.or_else(|| {
                    let bare = stem.strip_prefix("ال").filter(|_| count == 0)?;
                    let entry = self.lex.number_words.get(bare)?;
                    // الأحد عشر، الخمسة عشر: the article on a compound's first word; الدول
                    // الخمس، الثلاثة أيام: on a number of units, tens or hundreds
                    let teen = self.word(k + 1).and_then(|w| self.lex.number_words.get(w));
                    // not الواحد، الاثني (adjectives, the ethnic), which are no counts
                    let counted =
                        matches!(entry.1, Role::Unit | Role::Ten | Role::Teen | Role::Hundred)
                            && entry.0 >= 3.0;
                    (counted || teen.is_some_and(|t| t.1 == Role::Teen)).then_some((entry, true))
                })?;
                (count == 0 || continues).then_some((p, *entry.0, entry.1))
            });
            let Some((p, (value, role), article)) = found else {
                break;
            };
            let after_tens = matches!(last, Some(Role::Ten | Role::Teen));
            match role {
                Role::Unit if last == Some(Role::Unit) || after_tens => break,
                Role::Unit => current += value,
                // خمسة وعشرون, مئة وعشرون; never عشرة وعشرون
                Role::Ten if current % 100.0 < 10.0 && !after_tens => current += value,
                Role::Ten => break,
                // ثلاثة عشر (a unit before it), or عشرة alone or after a hundred (مئة وعشرة)
                Role::Teen if last == Some(Role::Unit) && current % 100.0 < 10.0 => current += 10.0,
                Role::Teen if current % 100.0 == 0.0 && !after_tens => current += 10.0,
                Role::Teen => break,
                Role::Hundred if value == 100.0 && last == Some(Role::Unit) => current *= 100.0,
                Role::Hundred if current % 100.0 == 0.0 && current < 100.0 => current += value,
                Role::Hundred => break,
                Role::Scale | Role::Plural if last == Some(Role::Fraction) && count == 1 => {
                    total += current * value;
                    current = 0.0;
                    scale = value;
                }
                Role::Scale => {
                    total += if current == 0.0 { 1.0 } else { current } * value;
                    current = 0.0;
                    scale = value;
                }
                Role::Plural if current > 0.0 => {
                    total += current * value;
                    current = 0.0;
                    scale = value;
                }
                Role::DualScale if current == 0.0 => {
                    total += value;
                    scale = value / 2.0;
                }
                // مليون ونصف: half of the scale before it
                Role::Fraction if count > 0 && scale > 0.0 && current == 0.0 => {
                    total += value * scale;
                    if self.scale_repeated(k + 1, scale) {
                        k += 1;
                    }
                }
                Role::Fraction if count > 0 => current += value,
                // نصف مليون: a fraction first only when a scale follows
                Role::Fraction
                    if count == 0
                        && self.word(k + 1).is_some_and(|w| {
                            self.lex.number_words.get(w).is_some_and(|e| {
                                matches!(e.1, Role::Scale | Role::Plural) && e.0 >= 1000.0
                            })
                        }) =>
                {
                    current = value
                }
                Role::Plural | Role::DualScale | Role::Fraction => break,
            }
            if count == 0 {
                prefix = p;
                definite = article;
            }
            last = Some(role);
            count += 1;
            k += if apart { 2 } else { 1 };
        }
        let mut value = total + current;
        // ألفين و300، مليون و250 ألفاً: digits after a scale word
        if scale >= 1000.0 && self.text(k) == Some("و") && self.joined(k - 1) && self.joined(k) {
            let rest = self.tokens.get(k + 1).filter(|t| t.kind == Kind::Number);
            if let Some(rest) = rest.and_then(|_| self.number(k + 1)) {
                if rest.value < scale {
                    value += rest.value;
                    k = rest.next;
                }
            }
        }
        // one alone (أحد، إحدى، واحد) is a pronoun or an adjective far more often than a number;
        // not alone on its line, nor before a decimal point (واحد فاصلة خمسة)
        let single = count == 1
            && value <= 1.0
            && !self.alone(i)
            && !(self.is(k, "decimal_point") && self.joined(k - 1));
        (count > 0 && !single).then_some(Number {
            value,
            next: k,
            prefix,
            words: true,
            definite,
            note: None,
        })
    }

    fn unit_at(&self, i: usize) -> Option<(&'a Unit, usize)> {
        let (item, _, next) = self.longest(i, &self.lex.units, false)?;
        Some((&item.1, next))
    }

    fn is_time(unit: &str) -> bool {
        matches!(
            unit,
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
        )
    }

    /// Whether a minus sign stands right before the number at `i` (-5%), not a dash between two
    /// numbers (10-20) or a dash set apart (القراءة - 5).
    fn minus_before(&self, i: usize) -> bool {
        let (Some(sign), Some(number)) = (
            i.checked_sub(1).map(|k| &self.tokens[k]),
            self.tokens.get(i),
        ) else {
            return false;
        };
        let dash = matches!(sign.text, "-" | "\u{2212}") && sign.end == number.start;
        let apart = i < 2 || self.tokens[i - 2].end < sign.start || sign.after_break;
        dash && apart
    }

    /// "ونصف" or "وربع" after a unit, and the unit repeated after it (ساعة ونصف ساعة).
    fn fraction_after(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let word = self.word(i)?;
        let stem = word.strip_prefix('و')?;
        let &(value, role) = self.lex.number_words.get(stem)?;
        if role != Role::Fraction || !self.joined(i - 1) {
            return None;
        }
        // ساعة ونصف ساعة، عام ونصف العام
        let again = self.word(i + 1).and_then(|w| {
            let w = w
                .strip_prefix("ال")
                .filter(|w| w.chars().count() > 1)
                .unwrap_or(w);
            self.unit_word(w)
        });
        let next = match self.unit_at(i + 1) {
            Some((u, next)) if u.unit == unit && u.count == 1 && self.joined(i) => next,
            _ if again.is_some_and(|u| u.unit == unit && u.count == 1) && self.joined(i) => i + 2,
            _ => i + 1,
        };
        Some((value, next))
    }

    // ---- rules ---------------------------------------------------------------------------

    /// "12th, February 2025", "February 12, 2025"
    fn english_date(&self, i: usize) -> Option<Draft> {
        let month_at = |k: usize| {
            let (item, _, next) = self.longest(k, &self.lex.months, false)?;
            item.0[0].is_ascii().then_some((item.1 .0, next))
        };
        let suffix = |k: usize| {
            matches!(self.text(k), Some("st" | "nd" | "rd" | "th"))
                && self.tokens[k].start == self.tokens[k - 1].end
        };
        let comma = |k: usize| usize::from(self.text(k) == Some(","));
        let (day, month, year, last) = if let Some(day) = self.integer(i, 1.0..=31.0) {
            let mut k = i + 1;
            if suffix(k) {
                k += 1;
            }
            k += comma(k);
            let (month, next) = month_at(k)?;
            (day, month, self.integer(next, 1000.0..=2100.0)?, next + 1)
        } else {
            let (month, next) = month_at(i)?;
            let day = self.integer(next, 1.0..=31.0)?;
            let mut k = next + 1;
            if suffix(k) {
                k += 1;
            }
            k += comma(k);
            (day, month, self.integer(k, 1000.0..=2100.0)?, k + 1)
        };
        Some(Draft {
            first: i,
            last,
            kind: "date",
            date: Some(DateParts {
                year: Some(year as i32),
                month: Some(month),
                day: Some(day),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// [منتصف] [19] مارس[/آذار] [2025] [الماضي]
    fn date(&self, i: usize) -> Option<Draft> {
        let mut k = i;
        let mut prefix = 0;
        let part = self
            .qualifier_at(k, Place::Inside)
            .filter(|(q, _, _)| Self::is_part(q));
        if let Some((_, p, next)) = part {
            prefix = p;
            k = next;
        }
        let mut day = self.integer(k, 1.0..=31.0).filter(|_| self.joined(k));
        let mut day_end = None;
        // الـ30 من آذار: the article written on the day belongs to the date's span
        let mut lead = None;
        if day.is_some() {
            // not والـ12 in a list of days, whose first day holds the article's token
            if part.is_none() {
                lead = self.article_before(k).filter(|&(_, clitics)| clitics == 0);
            }
            k += 1;
            // 14 من نيسان/أبريل: the day of a month, من between as after an ordinal day
            if self.word(k) == Some("من") && self.joined(k) && self.month_at(k + 1).is_some() {
                k += 1;
            }
            // 13 إلى 15 تموز
            let joiner = self.is(k, "range") || self.text(k) == Some("و");
            if let Some(last) = self
                .integer(k + 1, 1.0..=31.0)
                .filter(|_| joiner && self.joined(k))
            {
                if day.is_some_and(|first| first < last) && self.month_follows(k + 2) {
                    day_end = Some(last);
                    k += 2;
                }
            }
        } else if let Some((value, p, after)) = self.ordinal_day(k) {
            // الحادي عشر من سبتمبر، الأول من أبريل
            day = Some(value);
            if part.is_none() {
                prefix = p;
            }
            k = after;
        }
        // الثالث من الشهر الجاري، 20 من الشهر الماضي: a day of a month named relative to now
        if let Some(day) = day.filter(|_| day_end.is_none()) {
            let at = if self.word(k) == Some("من") && self.joined(k) {
                k + 1
            } else {
                k
            };
            let month = self
                .relative_date(at)
                .filter(|d| d.date.and_then(|p| p.relative) == Some("month"));
            if let Some(month) = month.filter(|d| d.first == at && d.prefix == 0) {
                let (first, prefix) = lead.unwrap_or((i, prefix));
                return Some(Draft {
                    first,
                    last: month.last,
                    prefix,
                    kind: "date",
                    qualifier: part.map(|p| p.0.to_owned()),
                    date: Some(DateParts {
                        day: Some(day),
                        month_offset: month.date.map(|p| p.offset),
                        ..DateParts::default()
                    }),
                    ..Draft::default()
                });
            }
        }
        // في 9 الحالي، حتى 25 الجاري، 28 المنصرم: a day in digits with the month left out, named
        // by the adjective alone (masculine, as شهر is: not الساعات 24 الماضية)
        let offset = match self.word(k) {
            Some("الحالي" | "الجاري") => Some(0),
            Some("الماضي" | "المنصرم" | "الفائت") => Some(-1),
            Some("المقبل" | "القادم") => Some(1),
            _ => None,
        };
        // after a word of time or place in time (في، يوم، حتى، الموافق) or in a list of days
        // (23 و27 الحالي), not after a name (مثل إس 9 الحالي: the phone now sold)
        let (first, lead_prefix) = lead.unwrap_or((i, prefix));
        let timed = first.checked_sub(1).is_some_and(|b| {
            self.joined(b)
                && (self.text(b) == Some("و")
                    || self.word(b).is_some_and(|w| {
                        Self::stems(w).any(|(_, s)| {
                            matches!(
                                s,
                                "في" | "يوم"
                                    | "الى"
                                    | "إلى"
                                    | "حتى"
                                    | "من"
                                    | "منذ"
                                    | "الموافق"
                                    | "بتاريخ"
                                    | "قبل"
                                    | "بعد"
                                    | "تاريخ"
                            )
                        })
                    }))
        });
        if let Some((day, offset)) = day
            .zip(offset)
            .filter(|_| day_end.is_none() && k > i && self.joined(k - 1) && timed)
            .filter(|_| self.tokens[k - 1].kind == Kind::Number)
        {
            let prefix = lead_prefix;
            return Some(Draft {
                first,
                last: k + 1,
                prefix,
                kind: "date",
                qualifier: part.map(|p| p.0.to_owned()),
                date: Some(DateParts {
                    day: Some(day),
                    month_offset: Some(offset),
                    ..DateParts::default()
                }),
                ..Draft::default()
            });
        }
        // أوائل شهر مارس، الأول من شهر شباط
        if self.word(k) == Some("شهر") && self.joined(k) && self.month_at(k + 1).is_some() {
            k += 1;
        }
        let (month, clitic, mut next) = self.month_at(k)?;
        if part.is_none() && k == i {
            prefix = clitic;
        }
        let (_, (month_number, ambiguous)) = month;
        // the month written twice: أيار/مايو، آذار-مارس، أغسطس (آب)، يوليو تموز
        next = self.month_twice(next, *month_number);
        // 2014، عام 2014، من عام 2014، لعام 2014
        let mut at = next;
        if self.word(at) == Some("من") && self.joined(at) {
            at += 1;
        }
        let year_word = self
            .word(at)
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "year")));
        if year_word && self.joined(at) {
            at += 1;
        }
        let year = self
            .integer(at, 1000.0..=2100.0)
            .filter(|_| self.joined(at - 1) && (at == next || year_word));
        if year.is_some() {
            next = at + 1;
        }
        let qualifier = part.map(|(q, _, _)| q);
        // مارس الماضي، أيار المقبل; مطلع مارس المقبل keeps its part (start+next)
        let mut which = None;
        let mut year_offset = None;
        match self.qualifier_at(next, Place::After) {
            Some((q @ ("last" | "next"), _, after)) if year.is_none() => {
                which = Some(q);
                next = after;
            }
            // 10 مارس الجاري: of the current year
            Some(("this", _, after)) if year.is_none() => {
                year_offset = Some(0);
                next = after;
            }
            _ => {}
        }
        // يناير من العام الماضي، أيار/مايو من العام المقبل
        let after_word = i > 0 && self.is(i - 1, "month_context");
        if year.is_none() && year_offset.is_none() && qualifier.is_none() && which.is_none() {
            // a month that is also a word or a name needs من or a word before it to take the
            // year after it (دعت إليها ماي العام الماضي: Theresa May)
            if let Some((offset, after, _)) = self
                .relative_year_after(next)
                .filter(|&(_, _, of)| of || !*ambiguous || day.is_some() || after_word)
            {
                year_offset = Some(offset);
                next = after;
            }
        }
        let context = day.is_some()
            || year.is_some()
            || part.is_some()
            || year_offset.is_some()
            || qualifier.is_some()
            || which.is_some()
            || after_word;
        if *ambiguous && !context {
            return None;
        }
        let (i, prefix) = lead.unwrap_or((i, prefix));
        // اعتبارا من أيلول، اعتبارا أيلول: from that month on, the words in the span
        let starting = self.starting_before(i);
        let outside = match starting {
            Some(_) => Some("since"),
            None if self.since_date_before(i) => Some("since"),
            None => self.point_before(i),
        };
        let (i, prefix) = match starting {
            Some((at, clitics)) => (at, clitics),
            None => (i, prefix),
        };
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            qualifier: Self::join(Self::join(qualifier, which).as_deref(), outside),
            date: Some(DateParts {
                year: year.map(|y| y as i32),
                year_offset,
                month: Some(*month_number),
                day_end,
                day,
                future: year.is_none() && year_offset.is_none() && self.future_before(i),
                past: year.is_none() && year_offset.is_none() && self.since_before(i),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// 14 حزيران/يونيو - 15 تموز/يوليو، بين 14 يونيو و15 يوليو 2018، من 3 مارس إلى 9 أبريل:
    /// a date with its day and month, then a later one of the same year, are one range of days
    /// (the article's first date or `draft` as it was).
    fn date_range(&self, draft: Draft) -> Draft {
        // a named month both sides (15 من الشهر الجاري has none to compare)
        let Some(first) = draft
            .date
            .filter(|d| d.day.is_some() && d.day_end.is_none() && d.month.is_some())
        else {
            return draft;
        };
        let k = draft.last;
        // بين holds the range in its span, as in بين 10 و20; من is a temporal preposition,
        // left out as before a single date
        let between = draft.first > 0
            && draft.prefix == 0
            && self.joined(draft.first - 1)
            && self
                .word(draft.first - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "بين"));
        let joins = |k: usize| {
            self.joined(k - 1)
                && self.joined(k)
                && (Self::stems(self.text(k).unwrap_or_default())
                    .any(|(p, s)| p <= 1 && self.lex.is(s, "range") && s != "أو")
                    || (between && self.text(k) == Some("و")))
        };
        if k >= self.tokens.len() || !joins(k) {
            return draft;
        }
        // 9 أبريل المقبل: which one the end is says which one the range is
        let Some(end) = self.date(k + 1).filter(|d| {
            d.prefix == 0
                && d.qualifier
                    .as_deref()
                    .is_none_or(|q| matches!(q, "last" | "next"))
        }) else {
            return draft;
        };
        if draft.qualifier.is_some() && end.qualifier.is_some() {
            return draft;
        }
        let Some(last) = end.date.filter(|d| {
            d.day.is_some()
                && d.day_end.is_none()
                && d.month.is_some()
                && d.relative.is_none()
                && !d.hijri
        }) else {
            return draft;
        };
        let year = match (first.year, last.year) {
            (Some(a), Some(b)) if a != b => return draft,
            (a, b) => a.or(b),
        };
        if (last.month, last.day) <= (first.month, first.day) || first.hijri {
            return draft;
        }
        let mut range = draft;
        range.last = end.last;
        range.qualifier = range.qualifier.or(end.qualifier);
        if between {
            range.first -= 1;
            range.prefix = Self::stems(self.word(range.first).unwrap_or_default())
                .find(|(_, s)| *s == "بين")
                .map_or(0, |(p, _)| p);
        }
        range.date = Some(DateParts {
            year,
            day_end: last.day,
            month_end: last.month,
            ..first
        });
        range
    }

    /// من العام الماضي، من العام المقبل، من هذا العام after a month, or the year right after
    /// it (أكتوبر العام الماضي): the year from now, next token, and whether من was there.
    /// Without من, the whole year only (برونو مارس نهاية هذا العام: a name, a part of the year).
    fn relative_year_after(&self, i: usize) -> Option<(i64, usize, bool)> {
        let of = self.word(i) == Some("من") && self.joined(i);
        let draft = self.relative_date(if of { i + 1 } else { i }).filter(|d| {
            of || (d.prefix == 0 && !d.qualifier.as_deref().is_some_and(Self::is_part))
        })?;
        let date = draft.date?;
        (date.relative == Some("year")).then_some((date.offset, draft.last, of))
    }

    /// A Hijri date: [مطلع|منتصف|أواخر] [5|الخامس من|غرة] [شهر] رمضان [1446] [هـ]. A month
    /// alone needs a word that makes it a date (في رمضان، شهر رمضان), and صفر or رجب a day or
    /// a year, as they are also a word and a name.
    fn hijri(&self, i: usize) -> Option<Draft> {
        let part = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, next)| Self::is_part(q) && self.joined(*next - 1));
        let (mut prefix, mut k) = part.map_or((0, i), |(_, p, next)| (p, next));
        let mut day = None;
        if let Some(d) = self.integer(k, 1.0..=30.0).filter(|_| self.joined(k)) {
            day = Some(d);
            k += 1;
        } else if let Some((p, _)) = self
            .word(k)
            .and_then(|w| Self::stems(w).find(|(_, s)| self.lex.is(s, "day_one")))
            .filter(|_| self.joined(k))
        {
            // غرة شوال
            day = Some(1);
            if part.is_none() {
                prefix = p;
            }
            k += 1;
        } else if let Some((value, p, next)) = self.ordinal_value(k) {
            // الخامس من رمضان
            let of = self.word(next) == Some("من") && self.joined(next - 1) && self.joined(next);
            if let Some(d) = u32::try_from(value)
                .ok()
                .filter(|d| (1..=30).contains(d) && of)
            {
                day = Some(d);
                if part.is_none() {
                    prefix = p;
                }
                k = next + 1;
            }
        }
        let month_word = self.word(k) == Some("شهر") && self.joined(k);
        if month_word {
            k += 1;
        }
        let (item, clitics, mut next) = self.longest(k, &self.lex.hijri_months, true)?;
        if k == i {
            prefix = clitics;
        }
        let (month, ambiguous) = item.1;
        let mut year = None;
        if let Some(y) = self
            .integer(next, 1.0..=1600.0)
            .filter(|_| self.joined(next - 1))
        {
            year = Some(y as i32);
            next += 1;
            if self.is(next, "hijri") && self.joined(next - 1) {
                next += 1;
            }
        }
        let before = i > 0 && self.is(i - 1, "month_context");
        let dated = day.is_some() || year.is_some();
        if !(dated || (!ambiguous && (part.is_some() || month_word || before))) {
            return None;
        }
        let outside = self.since_before(i).then_some("since");
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            qualifier: Self::join(part.map(|p| p.0), outside),
            date: Some(DateParts {
                year,
                month: Some(month),
                day,
                hijri: true,
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// 21/9/2013, 2013-09-21, 9/2013: numbers joined by / or - with no space, read day first
    /// (as Arabic writes them) unless the year leads.
    fn numeric_date(&self, i: usize) -> Option<Draft> {
        let adjacent = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.start == self.tokens[k - 1].end)
        };
        let separator =
            |k: usize| matches!(self.text(k), Some("/" | "-")) && adjacent(k) && adjacent(k + 1);
        let part = |k: usize| self.integer(k, 0.0..=9999.0);
        let first = part(i)?;
        if !separator(i + 1) {
            return None;
        }
        let second = part(i + 2)?;
        let three = separator(i + 3) && self.text(i + 3) == self.text(i + 1);
        let (year, month, day, next) = match (three.then(|| part(i + 4)).flatten(), first) {
            (Some(third), 1000..=2100) => (first, second, third, i + 5),
            (Some(third), _) if (1000..=2100).contains(&third) => (third, second, first, i + 5),
            (None, 1..=12) if (1000..=2100).contains(&second) && self.text(i + 1) == Some("/") => {
                (second, first, 0, i + 3)
            }
            _ => return None,
        };
        if !(1..=12).contains(&month) || day > 31 || (day == 0 && three) {
            return None;
        }
        Some(Draft {
            first: i,
            last: next,
            kind: "date",
            date: Some(DateParts {
                year: Some(year as i32),
                month: Some(month),
                day: (day > 0).then_some(day),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// An ordinal day of the month followed by من: its value, clitic letters and the month's token.
    fn ordinal_day(&self, i: usize) -> Option<(u32, usize, usize)> {
        // في أول شباط: the first of the month, without من
        if let Some((p, "اول")) = self
            .word(i)
            .and_then(|w| Self::stems(w).find(|(_, s)| *s == "اول"))
        {
            if self.joined(i) && self.month_follows(i + 1) {
                return Some((1, p, i + 1));
            }
        }
        let (value, prefix, next) = self.ordinal_value(i)?;
        let day = u32::try_from(value).ok().filter(|d| (1..=31).contains(d))?;
        (self.word(next) == Some("من") && self.joined(next)).then_some((day, prefix, next + 1))
    }

    /// A definite ordinal, compound ones included (الثالثة والعشرين): value, clitics, next token.
    fn ordinal_value(&self, i: usize) -> Option<(i64, usize, usize)> {
        let (item, prefix, mut next) = self.longest(i, &self.lex.ordinals, true)?;
        let (mut value, compound) = item.1;
        // الخامس والعشرون، الخامس و العشرون
        let apart = self.word(next) == Some("و") && self.joined(next);
        let tens = self
            .word(if apart { next + 1 } else { next })
            .and_then(|w| {
                if apart {
                    w.strip_prefix("ال")
                } else {
                    w.strip_prefix("وال")
                }
            })
            .and_then(|w| self.lex.number_words.get(w))
            .filter(|(_, role)| *role == Role::Ten && value < 10 && self.joined(next - 1));
        match tens {
            Some(&(ten, _)) => {
                value += ten as i64;
                next += if apart { 2 } else { 1 };
            }
            // الحادي، الواحد: ordinals only in a compound
            None if compound => return None,
            None => {}
        }
        Some((value, prefix, next))
    }

    /// Whether a month name follows at `i`, with or without شهر before it.
    fn month_follows(&self, i: usize) -> bool {
        self.month_at(i).is_some()
            || (self.word(i) == Some("شهر") && self.month_at(i + 1).is_some())
    }

    fn month_at(&self, i: usize) -> Option<Match<'a, (u32, bool)>> {
        self.longest(i, &self.lex.months, true)
            .filter(|(item, _, _)| !item.0[0].is_ascii())
    }

    /// الساعة العاشرة صباحاً [بتوقيت واشنطن], الساعة 3 و15 دقيقة, الساعة الثالثة إلا ربع,
    /// 10:30, الثالثة فجرا
    fn clock(&self, i: usize) -> Option<Draft> {
        // منتصف الليل، منتصف ليل الجمعة: midnight; منتصف النهار: noon
        if let Some((_, prefix, next)) = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, next)| *q == "mid" && self.joined(*next - 1))
        {
            let hour = match self.word(next) {
                Some("الليل" | "ليل") => Some(0),
                Some("النهار") => Some(12),
                _ => None,
            };
            if let Some(hour) = hour {
                return Some(Draft {
                    first: i,
                    last: next + 1,
                    prefix,
                    kind: "clock_time",
                    value: Some(hour as f64),
                    date: Some(DateParts {
                        hour: Some(hour),
                        minute: Some(0),
                        ..DateParts::default()
                    }),
                    ..Draft::default()
                });
            }
        }
        // حوالي الساعة 3
        let approx = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, _)| *q == "approx");
        let start = approx.map_or(i, |(_, _, next)| next);
        let cue = self
            .word(start)
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "clock")));
        if approx.is_some() && !cue {
            return None;
        }
        let at = if cue { start + 1 } else { start };
        let written = self.written_time(at, cue);
        let (mut hour, mut minute, mut next) = written.or_else(|| self.hour_at(at))?;
        let colon = written.is_some() || next > at + 1 && self.text(at + 1) == Some(":");
        if let Some((delta, after)) = self.minutes_at(next) {
            let total = (hour * 60 + minute) as i64 + delta;
            let total = total.rem_euclid(24 * 60) as u32;
            (hour, minute, next) = (total / 60, total % 60, after);
        }
        // a bare hour word (الثالثة) is a time only with a time of day after it
        if !cue && !colon && self.period_at(next).is_none() {
            return None;
        }
        if let Some((add, after)) = self.period_at(next) {
            if hour < 12 {
                hour += add;
            }
            next = after;
        } else if let Some(add) = self.period_of_range_end(next, hour) {
            // من الساعة 3 إلى الساعة 4 بعد العصر: the time of day written once, at the end of
            // the range, is that of its start too
            hour += add;
        }
        let timezone =
            (self.is(next, "timezone") && self.word(next + 1).is_some()).then_some(next + 1);
        Some(Draft {
            first: i,
            last: next,
            prefix: match approx {
                Some((_, p, _)) => p,
                None if cue => self.clitics(i, "clock"),
                None => 0,
            },
            kind: "clock_time",
            // منذ الساعة السابعة: since then
            qualifier: Self::join(
                approx.map(|_| "approx"),
                self.since_before(i).then_some("since"),
            ),
            value: Some(hour as f64 + minute as f64 / 60.0),
            date: Some(DateParts {
                hour: Some(hour),
                minute: Some(minute),
                ..DateParts::default()
            }),
            timezone,
            ..Draft::default()
        })
    }

    /// A time written in one number: 0300 or 1130 before بتوقيت غرينتش or ت غ (news agencies'
    /// GMT), and 19,00 or 8.56 there or after الساعة (`cue`), whose two digits after the mark
    /// are minutes, not a fraction. Its hour, minute and the token after it.
    fn written_time(&self, i: usize, cue: bool) -> Option<(u32, u32, usize)> {
        let token = self.tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let (hour, minute) = match token.text.split_once([',', '.', '\u{066b}']) {
            Some((h, m)) if digits(h) && h.len() <= 2 && digits(m) && m.len() == 2 => {
                (cue || self.gmt_at(i + 1)).then_some((h, m))?
            }
            None if digits(token.text) && token.text.len() == 4 && self.gmt_at(i + 1) => {
                token.text.split_at(2)
            }
            _ => return None,
        };
        let (hour, minute) = (hour.parse::<u32>().ok()?, minute.parse::<u32>().ok()?);
        (hour <= 24 && minute <= 59).then_some((hour, minute, i + 1))
    }

    /// Whether Greenwich time is named at token `i`: بتوقيت غرينتش، ت غ، ت.غ، GMT.
    fn gmt_at(&self, i: usize) -> bool {
        let greenwich = |k: usize| {
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "غرينتش"
                        | "جرينتش"
                        | "غرينيتش"
                        | "جرينيتش"
                        | "غرنتش"
                        | "GMT"
                        | "تغ"
                )
            })
        };
        let joined_word = |k: usize, w: &str| self.joined(k - 1) && self.word(k) == Some(w);
        if greenwich(i) {
            return true;
        }
        if self.is(i, "timezone") && self.joined(i) && greenwich(i + 1) {
            return true;
        }
        self.word(i) == Some("ت")
            && (joined_word(i + 1, "غ")
                || self.text(i + 1) == Some(".") && self.joined(i) && joined_word(i + 2, "غ"))
    }

    /// The score of a match or a set, two small whole numbers joined by a dash (فاز 2-1 على
    /// ضيفه، بنتيجة 3-صفر، 6-4 و7-5): one fact, the first side's goals or points then the
    /// other's, not two numbers nor a range. Read so after a word of winning, losing, drawing or
    /// a result back in the sentence, names and all between (تغلب على الياباني كي نيشيكوري
    /// 6-2), or right after it (4-3 بركلات الترجيح) (score cues); alone in brackets
    /// (ساوثمبتون (3-2)); or beside another score, a match's sets (6-3 و6-4); not before a
    /// noun it would count (2-3 أيام is a range).
    fn score(&self, i: usize) -> Option<Draft> {
        let (first, second) = self.dash_pair(i)?;
        let next = i + 3;
        let bracketed = i > 0 && self.text(i - 1) == Some("(") && self.text(next) == Some(")");
        let end = |k: usize| matches!(self.text(k), Some("." | "!" | "?" | "؟"));
        let cue_before = (i.saturating_sub(16)..i)
            .rev()
            .take_while(|&k| self.joined(k) && !end(k))
            .any(|k| self.score_cue(k));
        let cue_after = (next..next + 3)
            .take_while(|&k| k == next || self.joined(k - 1) && !end(k - 1))
            .any(|k| self.score_cue(k));
        // 6-3 و6-4: a set of tennis (no side above 7) beside another, neither counting a
        // noun (not ليالي 11-12 و12-13، 2-3 و4-5 أيام)
        let set = |k: usize| {
            self.dash_pair(k)
                .is_some_and(|(a, b)| a.max(b) <= 7 && self.counted_noun(k + 3).is_none())
        };
        let and = |k: usize| matches!(self.text(k), Some("و" | "،" | ","));
        let sets = set(i) && (i >= 4 && and(i - 1) && set(i - 4) || and(next) && set(next + 1));
        // ما بين 20-30 ألف مقاتل: a range, whatever the sentence is about; not a time of day
        // after a result (فاز 3-1 مساء السبت), which tells when the match was
        let evening = cue_before && self.period_at(next).is_some();
        let amount = !evening && self.counted_noun(next).is_some()
            || self.unit_at(next).is_some()
            || self.number_words(next).is_some()
            || i > 0
                && matches!(
                    self.word(i - 1),
                    Some("بين" | "من" | "نحو" | "حوالي" | "قرابه")
                );
        if !(cue_before || cue_after || bracketed || sets) || !cue_after && amount {
            return None;
        }
        Some(Draft {
            first: i,
            last: next,
            kind: "score",
            value: Some(f64::from(first)),
            value_max: Some(f64::from(second)),
            ..Draft::default()
        })
    }

    /// Two small whole numbers joined by a dash at `i` (2-1، 3 - صفر), nothing glued outside
    /// them but a conjunction or a score cue (و6-4، التعادل1-1): 1-2-3 and إف-16 are codes.
    fn dash_pair(&self, i: usize) -> Option<(u32, u32)> {
        let side = |k: usize| {
            if self.word(k) == Some("صفر") {
                return Some(0);
            }
            let token = self.tokens.get(k).filter(|t| t.kind == Kind::Number)?;
            let digits = token.text.chars().all(|c| c.is_ascii_digit());
            digits.then(|| self.integer(k, 0.0..=200.0)).flatten()
        };
        let dash = |k: usize| matches!(self.text(k), Some("-" | "–"));
        let first = side(i)?;
        if !dash(i + 1) || !self.joined(i) || !self.joined(i + 1) {
            return None;
        }
        let second = side(i + 2)?;
        let next = i + 3;
        let glued_before = i
            .checked_sub(1)
            .map(|k| &self.tokens[k])
            .filter(|t| t.end == self.tokens[i].start && t.kind != Kind::Mark);
        if i > 0 && dash(i - 1)
            || glued_before.is_some_and(|t| t.text != "و" && !self.score_cue(i - 1))
        {
            return None;
        }
        if self.tokens.get(next).is_some_and(|t| {
            t.start == self.tokens[i + 2].end && t.kind != Kind::Mark || dash(next)
        }) {
            return None;
        }
        Some((first, second))
    }

    /// Whether the word at `i` is a score cue, with its proclitics and a pronoun after it
    /// (تعادله، لخسارتها، لصالحه).
    fn score_cue(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            Self::stems(w).any(|(_, s)| {
                if self.lex.is(s, "score") {
                    return true;
                }
                let Some(bare) = ["هما", "هم", "ها", "ه"]
                    .iter()
                    .find_map(|p| s.strip_suffix(p))
                    .filter(|b| b.chars().count() > 2)
                else {
                    return false;
                };
                // خسارتها: the ة of the noun (ه in the normalized text) is a ت before the pronoun
                self.lex.is(bare, "score")
                    || bare
                        .strip_suffix('ت')
                        .is_some_and(|b| self.lex.is(&format!("{b}ه"), "score"))
            })
        })
    }

    /// When a range of clock times goes on at token `i` (إلى الساعة 4 بعد العصر، وحتى الساعة
    /// الحادية عشرة صباحا), the hours its time of day adds, if they also fit the start `hour`
    /// (on a 12-hour clock, not after the end).
    fn period_of_range_end(&self, i: usize, hour: u32) -> Option<u32> {
        if hour == 0 || hour > 12 || !self.joined(i - 1) {
            return None;
        }
        // إلى، حتى، وحتى
        if !Self::stems(self.word(i)?).any(|(_, s)| self.lex.is(s, "range_end")) {
            return None;
        }
        let k = i + 1;
        if !self.is(k, "clock") || !self.joined(k) {
            return None;
        }
        let (end, _, after) = self.hour_at(k + 1)?;
        let after = self.minutes_at(after).map_or(after, |(_, next)| next);
        let (add, _) = self.period_at(after)?;
        ((1..=12).contains(&end) && hour <= end && add > 0).then_some(add)
    }

    /// The clitic letters before the word at `i` that plays `role` (في الساعة → 0, بالساعة → 1).
    fn clitics(&self, i: usize, role: &str) -> usize {
        Self::stems(self.word(i).unwrap_or_default())
            .find(|(_, s)| self.lex.is(s, role))
            .map_or(0, |(p, _)| p)
    }

    /// An hour: 10, 10:30, 15:23:24, العاشرة, عشرة. The hour, its minutes and the next token.
    fn hour_at(&self, i: usize) -> Option<(u32, u32, usize)> {
        if let Some(hour) = self.integer(i, 0.0..=24.0) {
            let adjacent = |k: usize| {
                self.tokens
                    .get(k)
                    .is_some_and(|t| t.start == self.tokens[k - 1].end)
            };
            if self.text(i + 1) == Some(":") && adjacent(i + 1) && adjacent(i + 2) {
                let minute = self.integer(i + 2, 0.0..=59.0)?;
                let mut next = i + 3;
                if self.text(next) == Some(":")
                    && adjacent(next)
                    && self.integer(next + 1, 0.0..=59.0).is_some()
                {
                    next += 2;
                }
                return Some((hour, minute, next));
            }
            return Some((hour, 0, i + 1));
        }
        // الساعة الواحدة: the first hour is named by the cardinal, not by الأولى (the
        // ordinals know الواحدة only as the start of a compound, الواحدة والعشرين)
        if self.word(i) == Some("الواحده") {
            return Some((1, 0, i + 1));
        }
        if let Some((item, _, next)) = self.longest(i, &self.lex.ordinals, false) {
            let (hour, compound) = item.1;
            return (!compound && (1..=12).contains(&hour)).then_some((hour as u32, 0, next));
        }
        // الساعة ثلاثة وثلث: the fraction is minutes
        let number = self
            .number_words(i)
            .filter(|n| n.prefix == 0 && (1.0..13.0).contains(&n.value))?;
        let minute = (number.value.fract() * 60.0).round() as u32;
        Some((number.value.trunc() as u32, minute, number.next))
    }

    /// Minutes after the hour, as minutes to add: و15 دقيقة، وربع، ونصف، وثلث، إلا ربع.
    fn minutes_at(&self, i: usize) -> Option<(i64, usize)> {
        let word = self.word(i)?;
        // السابعة إلى ربع: إلى for إلا, before a fraction only (السابعة إلى التاسعة is a range)
        let to = matches!(word, "الي" | "الى")
            && self.word(i + 1).is_some_and(|w| matches!(w, "ربع" | "ثلث"));
        let (sign, at) = if word == "الا" || to {
            (-1, i + 1)
        } else if word == "و" {
            (1, i + 1)
        } else if word.starts_with('و') {
            (1, i)
        } else {
            return None;
        };
        if !self.joined(i) && at > i {
            return None;
        }
        // والنصف، والربع: the article on the fraction
        let stem = self
            .word(at)
            .map(|w| if at == i { &w['و'.len_utf8()..] } else { w })
            .map(|w| w.strip_prefix("ال").unwrap_or(w));
        let fraction = stem
            .and_then(|s| self.lex.number_words.get(s))
            .filter(|e| e.1 == Role::Fraction);
        if let Some(&(part, _)) = fraction {
            return Some((sign * (part * 60.0).round() as i64, at + 1));
        }
        let minutes = match self.tokens.get(at) {
            Some(t) if t.kind == Kind::Number && at > i => {
                self.integer(at, 1.0..=59.0).map(|m| (m, at + 1))
            }
            Some(_) => self
                .number_words(at)
                .filter(|n| (1.0..=59.0).contains(&n.value) && (at > i || n.prefix == 1))
                .map(|n| (n.value as u32, n.next)),
            None => None,
        };
        let (minutes, mut next) = minutes?;
        if self.unit_at(next).is_some_and(|(u, _)| u.unit == "minute") {
            next = self.unit_at(next)?.1;
        } else if self.unit_at(next).is_some() {
            return None;
        }
        Some((sign * minutes as i64, next))
    }

    /// A time of day after an hour: صباحاً، مساءً، هذا الصباح، بعد الظهر، قبل المغرب.
    /// Hours to add, next token.
    fn period_at(&self, i: usize) -> Option<(u32, usize)> {
        let i = if self.is(i, "this") && self.joined(i) {
            i + 1
        } else {
            i
        };
        let word = self.word(i)?;
        if let Some(add) = self.lex.cue(word, "period") {
            return Some((add.and_then(|a| a.parse().ok()).unwrap_or(0), i + 1));
        }
        // بعد الظهر (+12), قبل الظهر (+0), قبل المغرب (+12)
        let hours = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .and_then(|w| self.lex.cue(w, "noon"))??;
        let (after, before) = hours.split_once(' ')?;
        let add = match word {
            "بعد" => after,
            "قبل" => before,
            _ => return None,
        };
        Some((add.parse().ok()?, i + 2))
    }

    /// الأسبوع المقبل, الشهر الماضي, العام الماضي, هذا العام; with a part of it before (مطلع
    /// الأسبوع الماضي، نهاية العام الحالي، منتصف هذا العام), and a part alone names the
    /// current one (نهاية العام).
    fn relative_date(&self, i: usize) -> Option<Draft> {
        let part = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, next)| Self::is_part(q) && self.joined(*next - 1));
        let (mut prefix, from) = part.map_or((0, i), |(_, p, next)| (p, next));
        // هذا العام، هذه السنة، وهذا العام
        // (only behind و or ف: بهذا اليوم، لهذا العام point back to a day or year spoken of)
        let this_clitics = self
            .word(from)
            .and_then(|w| {
                Self::stems(w).find(|(p, s)| {
                    self.lex.is(s, "this") && w.chars().take(*p).all(|c| matches!(c, 'و' | 'ف'))
                })
            })
            .map(|(p, _)| p)
            .filter(|_| self.joined(from));
        let this = this_clitics.is_some();
        let at = if this { from + 1 } else { from };
        // هذا الصباح، هذا المساء: a part of this day, only after هذا
        let (clitics, unit) = Self::stems(self.word(at)?)
            .find_map(|(p, s)| Some((p, self.lex.cue(s, "relative")??)))
            .or_else(|| {
                let word = self.word(at).filter(|_| this && part.is_none())?;
                Some((0, self.lex.cue(word, "this_day")??))
            })?;
        if part.is_some() && clitics > 0 {
            return None;
        }
        // في مثل هذا اليوم من عام 1986: the same day of another year, not this one
        if this
            && from > 0
            && self.joined(from - 1)
            && self
                .word(from - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "مثل"))
        {
            return None;
        }
        // الأمين العام السابق، المدعي العام: "general", after a title
        if part.is_none()
            && !this
            && clitics == 0
            && i > 0
            && self.joined(i - 1)
            && self.word(i - 1).is_some_and(|w| {
                // (والأمين العام السابق: with its conjunction)
                Self::stems(w).any(|(_, s)| self.lex.is(s, "general_title"))
            })
        {
            return None;
        }
        if part.is_none() {
            prefix = this_clitics.unwrap_or(clitics);
        }
        let (q, next) = match self.qualifier_at(at + 1, Place::After) {
            _ if this => ("this", at + 1),
            Some((q, _, next)) => (q, next),
            // نهاية العام: of this year
            None if part.is_some() && unit != "day" => ("this", at + 1),
            // في وقت سابق من الشهر، في وقت لاحق من العام: earlier or later this one
            // (اليوم is today's rule, with its weekday: في وقت سابق من اليوم الجمعة)
            None if part.is_none()
                && clitics == 0
                && unit != "day"
                && self.earlier_or_later_of(i) =>
            {
                ("this", at + 1)
            }
            None => return None,
        };
        // اليوم الأخير، الشهر الأخير من 2017: the final day of something, the last month of a
        // period, not yesterday nor the month before this one
        let final_one = self
            .word(at + 1)
            .is_some_and(|w| w.starts_with("الاخير") || w.starts_with("الأخير"));
        if !this
            && final_one
            && (unit == "day" || (self.word(next) == Some("من") && self.joined(next - 1)))
        {
            return None;
        }
        let offset: i64 = match q {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return None,
        };
        let which = (q != "this").then_some(q);
        let outside = self.since_before(i).then_some("since");
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "relative_date",
            value: Some(offset.abs() as f64),
            unit: Some(unit),
            qualifier: Self::join(Self::join(part.map(|p| p.0), which).as_deref(), outside),
            date: Some(DateParts {
                relative: Some(unit),
                offset,
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// Whether وقت سابق من or وقت لاحق من (مبكر، متأخر) comes right before the unit at `i`, with
    /// nothing after the unit that names another period (العام نفسه، الشهر ذاته).
    fn earlier_or_later_of(&self, i: usize) -> bool {
        let Some(from) = i.checked_sub(3) else {
            return false;
        };
        let words = (from..i).all(|k| self.joined(k));
        let same = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .is_some_and(|w| {
                matches!(
                    w,
                    "نفسه" | "ذاته" | "ذلك" | "ذاك" | "نفسها" | "ذاتها" | "التالي"
                )
            });
        words
            && !same
            && self.word(from) == Some("وقت")
            && self
                .word(from + 1)
                .is_some_and(|w| matches!(w, "سابق" | "لاحق" | "مبكر" | "متاخر" | "متأخر"))
            && self.word(from + 2) == Some("من")
    }

    /// A decade: الستينيات، تسعينيات القرن الماضي، مطلع الثمانينات من القرن العشرين. Of the
    /// twentieth century unless the text names this one; not an age (في الثمانينات من عمره).
    fn decade(&self, i: usize) -> Option<Draft> {
        let part = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, next)| Self::is_part(q) && self.joined(*next - 1));
        let at = part.map_or(i, |(_, _, next)| next);
        let (clitics, tens) = Self::stems(self.word(at)?).find_map(|(p, s)| {
            let s = s.strip_prefix("ال").unwrap_or(s);
            let base = s.strip_suffix("يات").or_else(|| s.strip_suffix("ات"))?;
            match self.lex.number_words.get(base)? {
                &(v, Role::Ten) if base.ends_with("ين") => Some((p, v as i32)),
                _ => None,
            }
        })?;
        if part.is_some() && clitics > 0 {
            return None;
        }
        let mut next = at + 1;
        if self.age_after(next) {
            return None;
        }
        // (من) القرن الماضي، القرن العشرين، القرن الحالي
        let mut century = 1900;
        let from = if self.word(next) == Some("من") && self.joined(next) {
            next + 1
        } else {
            next
        };
        if self.word(from) == Some("القرن") && self.joined(from - 1) && self.joined(from) {
            match self.word(from + 1) {
                Some("الماضي" | "العشرين") => next = from + 2,
                Some("الحالي" | "الجاري" | "الحادي") => {
                    century = 2000;
                    next = from + 2;
                    if self.word(next) == Some("والعشرين") {
                        next += 1;
                    }
                }
                _ => {}
            }
        }
        let prefix = part.map_or(clitics, |(_, p, _)| p);
        let since = self.since_before(i).then_some("since");
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            qualifier: Self::join(since, part.map(|p| p.0)),
            date: Some(DateParts {
                decade: Some(century + tens),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// The token of منذ one or two tokens before token `i` (منذ عامين، منذ نحو عامين), if any.
    fn since_near(&self, i: usize) -> Option<usize> {
        (1..=2)
            .filter(|&n| i >= n)
            .map(|n| i - n)
            .find(|&k| self.since_before(k + 1))
    }

    /// Whether منذ right before the duration at token `i` (ending before `next`) is since: in
    /// news it mostly counts what lasts up to now (الحرب المندلعة منذ سبع سنوات، لأول مرة منذ
    /// 20 عاما، تعمل في الإمارات منذ 40 عاما: three in four of the ANT corpus's), so it is since
    /// unless an event then is told: a verb of one before it in its clause (بدأت منذ عامين،
    /// أغلقت مكتبها منذ أربع سنوات) or مضت after it (منذ 11 عاما مضت).
    fn since_unless_event(&self, i: usize, next: usize) -> bool {
        let Some(k) = self.since_near(i) else {
            return false;
        };
        if self.joined(next - 1) && self.word(next).is_some_and(|w| self.lex.is(w, "gone_by")) {
            return false;
        }
        // the verb with its object pronoun (اختطفته، شهدتها)
        let event = |w: &str| {
            Self::stems(w).any(|(_, s)| {
                self.lex.is(s, "event")
                    || ["ه", "ها", "هم"].iter().any(|p| {
                        s.strip_suffix(p)
                            .is_some_and(|v| v.chars().count() >= 3 && self.lex.is(v, "event"))
                    })
            })
        };
        let told = (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&b| self.joined(b) && self.tokens[b].kind != Kind::Mark)
            .filter_map(|b| self.word(b))
            .take_while(|w| !self.lex.is(w.strip_prefix('و').unwrap_or(w), "clause"))
            .any(event);
        !told
    }

    /// Whether منذ before token `i` follows what lasts up to now: a participle of lasting
    /// (المستمرة، المتواصل) or a verb in the present (تفرض منذ عام، ننتظره منذ عام).
    fn lasting_since(&self, i: usize) -> bool {
        let Some(k) = self.since_near(i).filter(|&k| k > 0) else {
            return false;
        };
        // وتعرف المملكة منذ أسبوع: the verb before its subject
        let at = if k >= 2
            && self.word(k - 1).is_some_and(Self::definite)
            && self.joined(k - 2)
            && self.word(k - 2).is_some_and(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                w.chars().count() >= 4 && w.starts_with(['ي', 'ت'])
            }) {
            k - 2
        } else {
            k - 1
        };
        let Some(word) = self.word(at).filter(|_| self.joined(at)) else {
            return false;
        };
        let bare = Self::stems(word).next().map_or(word, |(_, s)| s);
        let bare = bare.strip_prefix('و').unwrap_or(bare);
        if self.lex.is(bare, "lasting") {
            return true;
        }
        // a passive participle, a state that lasts (معروفة منذ عامين، مسجون منذ سنوات، مغلق):
        // مفعول or مفعولة
        // (ة is ه in the normalized text)
        let stem = bare.strip_suffix(['ة', 'ه']).unwrap_or(bare);
        let letters: Vec<char> = stem.chars().collect();
        // (not مستوى: its last letter is a vowel, no root's)
        if letters.len() == 5
            && letters[0] == 'م'
            && letters[3] == 'و'
            && !matches!(letters[4], 'ى' | 'ا' | 'ي')
        {
            return true;
        }
        // أعلى مستوى منذ عامين، للمرة الأولى منذ عقد: a superlative or a first time counts
        // from then to now; so does a verb in the present a few words back, its subject and
        // object between (يعرض المتحف في القاهرة منذ أسبوع)
        let back = (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&b| self.joined(b))
            .filter_map(|b| Some((b, self.word(b)?)))
            .take_while(|(_, w)| !self.lex.is(w.strip_prefix('و').unwrap_or(w), "clause"))
            .collect::<Vec<_>>();
        if back.iter().any(|(b, w)| {
            (*b + 3 >= k && Self::stems(w).any(|(_, s)| self.lex.is(s, "superlative")))
                || (Self::present_tense(w)
                    && !(b.saturating_sub(2)..*b).any(|c| {
                        self.joined(c)
                            && self.word(c).is_some_and(|x| {
                                self.lex.is(x.strip_prefix('و').unwrap_or(x), "was")
                            })
                    }))
        }) {
            return true;
        }
        // a verb in the present: يـ، تـ، نـ and three letters or more, without the article
        bare.chars().count() >= 4
            && bare.starts_with(['ي', 'ت', 'ن'])
            && !self.lex.is(bare, "not_noun")
            && !bare.ends_with("ات")
            && !bare.ends_with('ه')
            || bare.starts_with('ن') && bare.ends_with('ه') && bare.chars().count() >= 5
    }

    /// Whether the clause before token `i` speaks of what is to come: سوف, من المقرر, or a verb
    /// with the future's س (ستعقد، سيزور، سيتوجه) a few words before, in the same sentence.
    /// Words that only look like one are left out: names and nouns whose س is a root letter
    /// (سيارة، سيرغي، ستوكهولم، سنوات، سيطرت), read by the letter after the prefix.
    ///
    /// Past six words the verb's clause goes on up to twelve (وسيغيب كروس عن مباراة فريقه ضد
    /// بيتيس خارج ملعبه في الدوري الإسباني يوم الأحد), unless a word opens another clause between
    /// (أن، الذي، بعد، قال: وسيحظى أردوغان بسلطات معززة بعد فوزه في الانتخابات، الأحد).
    fn future_before(&self, i: usize) -> bool {
        // whether a word of another clause stands between (التي تعرض لها السبت), or a comma
        let mut crossed = false;
        for k in (i.saturating_sub(12)..i).rev() {
            let token = &self.tokens[k];
            if !self.joined(k) || matches!(token.text, "." | "!" | "?" | "؟" | ":" | "\"") {
                return false;
            }
            if i - k > 6 && crossed {
                return false;
            }
            if matches!(token.text, "،" | ",") {
                crossed = true;
            }
            let Some(word) = self.word(k) else { continue };
            let word = word
                .strip_prefix(['و', 'ف'])
                .filter(|w| w.chars().count() > 3)
                .unwrap_or(word);
            let bare = self
                .word(k)
                .map_or(word, |w| w.strip_prefix('و').unwrap_or(w));
            // (a verb in the past plural opens a clause of its own: ضابطا واجهوا اتهامات)
            crossed |= Self::past_plural_verb(bare)
                || ["clause", "anchor_conjunction", "saying", "was"]
                    .iter()
                    .any(|role| self.lex.is(bare, role) || self.lex.is(word, role));
            if self.lex.is(word, "future") {
                return true;
            }
            let mut letters = word.chars();
            let (Some('س'), Some(person), Some(third)) =
                (letters.next(), letters.next(), letters.next())
            else {
                continue;
            };
            // (ا ends names and nouns, لا سيما، سيرا; not a verb's object pronoun: ستجمعهما،
            // سيلتقيها، سيمنحنا)
            let object =
                word.chars().count() >= 6 && ["ها", "هما", "نا"].iter().any(|p| word.ends_with(p));
            // و third is a verb's of a root in و or of the third form (سيواجه، ستواصل، سيوقع،
            // ستوفر، ستوزع، سيوصي، سيوحد، سيوظف), not a name's (ستوكهولم، ستورمي، سيول، ستون):
            // the letter after it is one no foreign name spells after ستو or سيو (the
            // emphatics, the throat letters, ز ش ذ) or a common second letter of those roots
            let fourth = word.chars().nth(3).unwrap_or_default();
            let waw_verb = third == 'و'
                && (fourth == 'ا' && !word.ends_with('ي') || "فقجضسدعثزصحطظخذش".contains(fourth));
            let verb = matches!(person, 'ي' | 'ت')
                && word.chars().count() >= 5
                && (!"اروي".contains(third) || waw_verb)
                && !word.starts_with("سيط")
                && !word.ends_with("ات")
                && (!word.ends_with('ا') || object);
            if verb {
                return true;
            }
        }
        false
    }

    /// Whether a verb in the present stands a few words before token `i`, in its clause
    /// (يبدأ الرئيس الاثنين ولايته، يلاقي الفريق السبت): news tells what happened in the past and
    /// what is planned in the present, so a weekday after it is to come. Not after كان (كان
    /// يتحدث الاثنين: the past), nor a verb of saying (يقول محللون إن بيانات الأربعاء).
    fn present_before(&self, i: usize) -> bool {
        let bare = |k: usize| {
            let w = self.word(k).unwrap_or_default();
            w.strip_prefix('و').unwrap_or(w)
        };
        // (the verb of another clause is not this one's: ذكرت أن الشركة التي نشرت الأربعاء)
        let Some(k) = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| self.joined(k) && !self.lex.is(bare(k), "clause"))
            .find(|&k| {
                self.month_at(k).is_none()
                    && (self
                        .word(k)
                        .is_some_and(|w| Self::present_tense(w) && !self.lex.is(w, "given_name"))
                        || self.present_after_which(k))
            })
        else {
            return false;
        };
        // قبل أن يعلن الجمعة: the subjunctive of what happened before or after
        let before_after = k >= 2
            && bare(k - 1) == "ان"
            && self.joined(k - 2)
            && self.lex.is(bare(k - 2), "anchor_conjunction");
        !self.lex.is(bare(k), "saying")
            && !before_after
            && !(k.saturating_sub(2)..k).any(|b| self.joined(b) && self.lex.is(bare(b), "was"))
    }

    /// Whether the sentence token `i` stands in opens with a verb in the present, no clause
    /// word between (يتوجه الناخبون المكسيكيون إلى صناديق الاقتراع الأحد، يصل الرئيس الفلسطيني
    /// محمود عباس الجمعة إلى موسكو): a lead tells a plan in the present with its subject first,
    /// too far back for present_before. Not a verb of saying, nor one that frames what happened
    /// (يأتي ذلك بعد أن ...، يعد التقرير الصادر الثلاثاء). A sentence of up to twelve tokens
    /// before `i`.
    fn present_opens_sentence(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            if i - k > 12 {
                return false;
            }
            let Some(prev) = k.checked_sub(1).filter(|&p| self.joined(p)) else {
                break;
            };
            let text = self.tokens[prev].text;
            // (not a quotation mark, which a sentence holds: مستخدم في "يوتيوب" يملك)
            if matches!(text, "." | "!" | "?" | "؟" | ":") {
                break;
            }
            let bare = text.strip_prefix('و').unwrap_or(text);
            // (يصل الوفد غدا الأحد: the day word dates it, not the verb)
            if self.lex.is(text, "clause")
                || self.lex.is(bare, "clause")
                || self.lex.deictics.starting_with(bare).next().is_some()
            {
                return false;
            }
            k = prev;
        }
        let Some(word) = self.word(k).filter(|_| k < i) else {
            return false;
        };
        // ي and two letters or more, no long vowel second (يوسف، ياسر), no noun's ending; a
        // sentence opens with a verb, so يصل، يتوجه are verbs here
        let letters: Vec<char> = word.chars().collect();
        let verb = (3..=7).contains(&letters.len())
            && letters[0] == 'ي'
            && !"اوي".contains(letters[1])
            && !word.ends_with('ى')
            && !word.ends_with("ات");
        verb && !["saying", "was", "frame", "given_name"]
            .iter()
            .any(|role| self.lex.is(word, role))
    }

    /// Whether the word at `k` is a verb in the present in تـ right after التي (القمة التي تعقد
    /// الجمعة، البطولة التي تنطلق الخميس): after the feminine relative the past ends in ت
    /// (التي تعرضت), so ت opening the word is the present's. Not with له/لها after it (التي تعرض
    /// لها المبنى: its object is التي, the verb is the past's), nor with a pronoun or ا at its end
    /// (التي تلقاها، التي تبادلاها).
    fn present_after_which(&self, k: usize) -> bool {
        let Some(word) = self.word(k) else {
            return false;
        };
        let which = k
            .checked_sub(1)
            .filter(|&r| self.joined(r))
            .and_then(|r| self.word(r))
            .is_some_and(|w| matches!(w, "التي" | "والتي"));
        let letters = word.chars().count();
        which
            && word.starts_with('ت')
            && (4..=7).contains(&letters)
            && !word.ends_with(['ت', 'ه', 'ة', 'ى', 'ا', 'م'])
            && !self.lex.is(word, "not_noun")
            && !(self.joined(k)
                && self
                    .word(k + 1)
                    .is_some_and(|w| matches!(w, "له" | "لها" | "لهم" | "لهما")))
    }

    /// A verb in the present, third person masculine, by its shape: ي and three letters or more,
    /// with neither a long vowel second (يوسف، يونيو، ياسر) nor a noun's ending (ة، ات، ى). (ت is
    /// also the past of the fifth form, تجددت، تعرض, and opens many nouns, تقرير.)
    fn present_tense(word: &str) -> bool {
        // (not ف, which opens names and loanwords: فيسبوك، فيديو، فيليب)
        let word = word
            .strip_prefix('و')
            .filter(|w| w.chars().count() >= 4)
            .unwrap_or(word);
        let letters: Vec<char> = word.chars().collect();
        (4..=7).contains(&letters.len())
            && letters[0] == 'ي'
            && !matches!(letters[1], 'ا' | 'و' | 'ي')
            && !word.ends_with(['ه', 'ة', 'ى'])
            && !word.ends_with("ات")
    }

    /// اعتبارا من، بدءا من، ابتداء من right before token `i`: its first token and clitics.
    /// Also without من (اعتبارا أيلول/سبتمبر), which writers drop.
    fn starting_before(&self, i: usize) -> Option<(usize, usize)> {
        let starting = |k: usize| {
            Self::stems(self.word(k)?)
                .find(|(_, s)| self.lex.is(s, "starting"))
                .map(|(clitics, _)| clitics)
        };
        let k = i.checked_sub(1)?;
        if self.joined(k) {
            if let Some(clitics) = starting(k) {
                return Some((k, clitics));
            }
        }
        let k = i.checked_sub(2)?;
        let ok = self.word(k + 1) == Some("من") && self.joined(k) && self.joined(k + 1);
        let clitics = starting(k)?;
        ok.then_some((k, clitics))
    }

    /// Whether من تاريخ stands right before token `i`: from that date on (تنتظركم من تاريخ 18
    /// أيلول), the words out of the span like منذ.
    fn since_date_before(&self, i: usize) -> bool {
        i >= 2
            && self.word(i - 1) == Some("تاريخ")
            && self.word(i - 2) == Some("من")
            && self.joined(i - 2)
            && self.joined(i - 1)
    }

    /// Whether منذ stands right before token `i` (منذ الأربعاء، منذ بداية العام).
    fn since_before(&self, i: usize) -> bool {
        i > 0
            && self.joined(i - 1)
            && self
                .word(i - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "since")))
    }

    /// أمس، غدا، بعد غد، أول أمس
    fn deictic(&self, i: usize) -> Option<Draft> {
        let (item, prefix, next) = self.longest(i, &self.lex.deictics, true)?;
        if let Some(day) = self.weekday_after(i, next) {
            return Some(day);
        }
        let offset = item.1;
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "relative_date",
            value: Some(offset.abs() as f64),
            unit: Some("day"),
            qualifier: Some(if offset < 0 { "last" } else { "next" }.to_owned()),
            date: Some(DateParts {
                relative: Some("day"),
                offset,
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// اليوم alone: the day of writing (قالت الوزارة اليوم). Not before a definite word (اليوم
    /// الأول، اليوم الوطني, or a weekday, read with it), nor after a word that makes it a name
    /// or "the day" (روسيا اليوم، ذلك اليوم، في اليوم).
    fn today(&self, i: usize) -> Option<Draft> {
        let (prefix, _) = Self::stems(self.word(i)?).find(|(_, s)| self.lex.is(s, "today"))?;
        let before = i
            .checked_sub(1)
            .and_then(|k| self.word(k).filter(|_| self.joined(k)));
        if before.is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "not_today"))) {
            return None;
        }
        if let Some(day) = self.weekday_after(i, i + 1) {
            return Some(day);
        }
        if self.joined(i) && self.word(i + 1).is_some_and(Self::definite) {
            return None;
        }
        Some(Draft {
            first: i,
            last: i + 1,
            prefix,
            kind: "relative_date",
            value: Some(0.0),
            unit: Some("day"),
            date: Some(DateParts {
                relative: Some("day"),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// The weekday at `next`, or in brackets there, whose fact takes in the day named at `i`
    /// (اليوم الاثنين، غدا (الثلاثاء)، اعتبارا من غد (الجمعة)): the two are one fact.
    fn weekday_after(&self, i: usize, next: usize) -> Option<Draft> {
        let at = if self.text(next) == Some("(") {
            next + 1
        } else {
            next
        };
        (at < self.tokens.len())
            .then(|| self.weekday(at))
            .flatten()
            .filter(|d| d.first <= i)
    }

    /// الثلاثاء [الماضي]
    fn weekday(&self, i: usize) -> Option<Draft> {
        let named = Self::stems(self.word(i)?)
            .into_iter()
            .find_map(|(p, s)| Some((p, *self.lex.weekdays.get(s)?)));
        // ثلاثاء الأسبوع الماضي: the weekday in construct with its week, without the article
        // (not اثنين, also "two": اعتقل اثنين الأسبوع الماضي; أحد is "one of" only before a
        // plural or a dual, never before الأسبوع)
        let construct = match named {
            Some(_) => None,
            None => self.week_of(i + 1).and(
                Self::stems(self.word(i)?)
                    .filter(|(_, s)| !self.lex.number_words.get(*s).is_some_and(|e| e.0 >= 2.0))
                    .find_map(|(p, s)| Some((p, *self.lex.weekdays.get(&format!("ال{s}"))?))),
            ),
        };
        let (prefix, weekday) = named.or(construct)?;
        // بين الاثنين، كلا الاثنين، الاثنين معا: "the two" (people), no Monday
        if weekday == 1
            && named.is_some()
            && (i > 0
                && self.joined(i - 1)
                && matches!(self.word(i - 1), Some("بين" | "كلا" | "كلتا"))
                || self.joined(i) && matches!(self.word(i + 1), Some("معا" | "معاً" | "معًا")))
        {
            return Some(Draft {
                first: i,
                last: i + 1,
                prefix,
                kind: "cardinal",
                value: Some(2.0),
                ..Draft::default()
            });
        }
        // الأحد من الأسبوع الماضي، ثلاثاء الأسبوع الفائت: the weekday of a week named relative to
        // the reference
        let week = match construct {
            Some(_) => self.week_of(i + 1),
            None if self.text(i + 1) == Some("من") && self.joined(i) => self.week_of(i + 2),
            None => None,
        };
        if let Some((offset, last)) = week {
            return Some(Draft {
                first: i,
                last,
                prefix,
                kind: "weekday",
                value: Some(weekday as f64),
                date: Some(DateParts {
                    weekday: Some(weekday),
                    relative: Some("week"),
                    offset,
                    ..DateParts::default()
                }),
                ..Draft::default()
            });
        }
        // الأحد عشر is eleven
        if self.word(i + 1).is_some_and(|w| {
            self.lex
                .number_words
                .get(w)
                .is_some_and(|e| e.1 == Role::Teen)
        }) {
            return None;
        }
        let mut next = i + 1;
        // الثلاثاء 18 مارس، الأربعاء، 13 شباط، يوم الأحد (2 آب): one fact, the date's, whose
        // year must fall on that weekday
        let mut at = next;
        if matches!(self.text(at), Some("," | "(")) && self.joined(at - 1) {
            at += 1;
        }
        if let Some(mut dated) = self.date(at).filter(|d| {
            d.date.is_some_and(|p| p.day.is_some()) && self.joined(at - 1) && d.prefix == 0
        }) {
            if self.text(i + 1) == Some("(") && self.text(dated.last) == Some(")") {
                dated.last += 1;
            }
            dated.first = i;
            dated.prefix = prefix;
            if let Some(parts) = dated.date.as_mut() {
                parts.weekday = Some(weekday);
            }
            return Some(dated);
        }
        let mut qualifier = None;
        if let Some((q @ ("last" | "next"), _, after)) = self.qualifier_at(next, Place::After) {
            qualifier = Some(q.to_owned());
            next = after;
        }
        // غدا (الثلاثاء)، اليوم (الأربعاء): the weekday in brackets glossing the day before it
        let bracketed = i > 1
            && prefix == 0
            && self.text(i - 1) == Some("(")
            && self.joined(i - 2)
            && self.joined(i - 1)
            && self.text(next) == Some(")")
            && self.joined(next - 1);
        let lead = if bracketed { i - 1 } else { i };
        // اليوم الاثنين: today, which is Monday, is one fact
        let today = lead > 0
            && prefix == 0
            && self.joined(lead - 1)
            && Self::stems(self.word(lead - 1).unwrap_or_default())
                .any(|(_, s)| self.lex.is(s, "today"));
        // غدا الثلاثاء، أمس الأحد، بعد غد الثلاثاء: the weekday is the day named before it
        let deictic = [2, 1]
            .into_iter()
            .filter(|&n| lead >= n && prefix == 0 && !today && self.joined(lead - 1))
            .find_map(|n| {
                let (item, clitics, after) = self.longest(lead - n, &self.lex.deictics, true)?;
                (after == lead).then_some((lead - n, clitics, item.1))
            });
        // غدا (الثلاثاء): in brackets the weekday glosses the day named, one fact, the day
        // word's, resolved to the weekday; side by side they are two (أمس الأحد)
        let glossed = deictic.filter(|_| bracketed);
        let (first, prefix) = if today {
            (lead - 1, self.clitics(lead - 1, "today"))
        } else if let Some((at, clitics, _)) = glossed {
            (at, clitics)
        } else {
            (i, prefix)
        };
        if bracketed && (today || glossed.is_some()) {
            next += 1;
        }
        // يوم الأربعاء: the day is no word of the span, but منذ may stand before it
        let mut since = (self.since_before(first)
            || (first > 0 && self.word(first - 1) == Some("يوم") && self.since_before(first - 1)))
        .then_some("since");
        // في وقت متأخر من الاثنين، في وقت مبكر من صباح الأحد: its end or its start
        let part = (first >= 2 && self.word(first - 1) == Some("من") && self.joined(first - 2))
            .then(|| self.word(first - 2))
            .flatten()
            .and_then(|w| self.lex.cue(w, "day_part").flatten());
        let qualifier = Self::join(part, qualifier.as_deref());
        // اعتبارا من الجمعة، بدءا من السبت: from that day on, the words in the span
        let (first, prefix) = match self.starting_before(first) {
            Some((at, clitics)) => {
                since = Some("since");
                (at, clitics)
            }
            None => (first, prefix),
        };
        let deictic = deictic.map(|(_, _, offset)| offset);
        let (kind, value, unit, qualifier) = match glossed {
            Some((_, _, offset)) => (
                "relative_date",
                offset.abs() as f64,
                Some("day"),
                Self::join(since, Some(if offset < 0 { "last" } else { "next" })),
            ),
            None => (
                "weekday",
                weekday as f64,
                None,
                Self::join(since, qualifier.as_deref()),
            ),
        };
        Some(Draft {
            first,
            last: next,
            prefix,
            qualifier,
            kind,
            value: Some(value),
            unit,
            date: Some(DateParts {
                weekday: Some(weekday),
                offset: deictic.unwrap_or(0),
                future: self.future_before(first)
                    || (since.is_none()
                        && (self.present_before(first) || self.present_opens_sentence(first)))
                    || glossed.is_some_and(|(_, _, o)| o > 0),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// A week named relative to the reference at token `i` (الأسبوع الماضي، هذا الأسبوع): how
    /// many weeks from the reference's, and the token after it.
    fn week_of(&self, i: usize) -> Option<(i64, usize)> {
        if !self.joined(i - 1) {
            return None;
        }
        let week = self.relative_date(i)?;
        let date = week.date?;
        (week.unit == Some("week")
            && week.prefix == 0
            && week
                .qualifier
                .as_deref()
                .is_none_or(|q| matches!(q, "last" | "next")))
        .then_some((date.offset, week.last))
    }

    /// عام 2022; and a bare year after في، منذ، حتى
    fn year(&self, i: usize) -> Option<Draft> {
        // نهاية 2019، مطلع عام 2020
        // قرابة العام 1500، نحو عام 2000: about that year, with its word (نحو 2000 is a number)
        let year_word = |k: usize| {
            self.word(k)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "year")))
        };
        let part = self.qualifier_at(i, Place::Inside).filter(|(q, _, next)| {
            (Self::is_part(q) || (*q == "approx" && year_word(*next))) && self.joined(*next - 1)
        });
        let from = part.map_or(i, |(_, _, next)| next);
        let word = self.word(from).unwrap_or_default();
        // للعام 1996: ل before the article, whose alef it drops; the span starts at عام
        let elided = word
            .strip_prefix("لل")
            .filter(|rest| self.lex.is(rest, "year"))
            .map(|_| (2, ""));
        let (first, prefix, at) = match elided.or_else(|| {
            Self::stems(word)
                .into_iter()
                .find(|(_, s)| self.lex.is(s, "year"))
        }) {
            Some((p, _)) if part.is_none() || p == 0 => (i, p, from + 1),
            None if part.is_some_and(|(q, _, _)| Self::is_part(q)) => (i, 0, from),
            None if i > 0 && self.is(i - 1, "month_context") => (i, 0, i),
            _ => return None,
        };
        let prefix = part.map_or(prefix, |(_, p, _)| p);
        let year = self.integer(at, 1000.0..=2100.0)?;
        if at == i && self.unit_at(i + 1).is_some() {
            return None;
        }
        // بين عامي 2000 و2005: the years between two, a range of years with بين in its span
        let dual = at > from && self.word(from).is_some_and(|w| w.ends_with('ي'));
        let between = (first > 0 && prefix == 0 && part.is_none() && self.joined(first - 1))
            .then(|| self.word(first - 1))
            .flatten()
            .and_then(|w| Self::stems(w).find(|(_, s)| *s == "بين"));
        // (بالمقارنة بين عامي 2016 و2017، الفارق بين عامي: two years compared, each a year)
        let compared = first >= 2
            && self.joined(first - 2)
            && self
                .word(first - 2)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "compared")));
        if let (true, false, Some((clitics, _))) = (dual, compared, between) {
            let high = self
                .integer(at + 2, 1000.0..=2100.0)
                .filter(|&high| high > year && self.text(at + 1) == Some("و") && self.joined(at));
            if let Some(high) = high.filter(|_| self.joined(at + 1)) {
                return Some(Draft {
                    first: first - 1,
                    last: at + 3,
                    prefix: clitics,
                    kind: "range",
                    value: Some(year as f64),
                    value_max: Some(high as f64),
                    unit: Some("year"),
                    ..Draft::default()
                });
            }
        }
        Some(Draft {
            first,
            last: at + 1,
            prefix,
            kind: "year",
            value: Some(year as f64),
            qualifier: Self::join(part.map(|p| p.0), self.point_before(first)),
            date: Some(DateParts {
                year: Some(year as i32),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// A number that counts nothing, written as four digits from 1900 to 2100, is a year in
    /// news (مونديال 2018، رؤية 2030، انتخابات 2016، بعد 2009، عامي 2010 و2011): in 3,000 ANT
    /// articles, 40 of 40 such numbers read were years. Not after a word of quantity (نحو 2000).
    fn bare_year(&self, draft: Draft) -> Draft {
        let quantity = |q: &str| {
            q.split('+').any(|q| {
                matches!(
                    q,
                    "more_than" | "less_than" | "at_least" | "at_most" | "approx"
                )
            })
        };
        let i = draft.first;
        let bare = draft.kind == "cardinal"
            && draft.last == i + 1
            && draft.value_max.is_none()
            && draft.noun.is_none()
            && !draft.qualifier.as_deref().is_some_and(quantity);
        let Some(year) = self.year_shaped(i).filter(|_| bare) else {
            return draft;
        };
        Draft {
            kind: "year",
            qualifier: self.point_before(i).map(str::to_owned),
            date: Some(DateParts {
                year: Some(year as i32),
                ..DateParts::default()
            }),
            ..draft
        }
    }

    /// The number at `i` if it could be a year: four digits from 1900 to 2100, without the article.
    fn year_shaped(&self, i: usize) -> Option<u32> {
        let four = self.text(i).is_some_and(|t| t.chars().count() == 4);
        let article = i > 0 && self.text(i - 1) == Some("ال");
        self.integer(i, 1900.0..=2100.0)
            .filter(|_| four && !article)
    }

    /// Whether the word at `i` is one of the nouns news counts most (شخص، شخصا، جندي...).
    fn commonly_counted(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let bare = w.strip_suffix('ا').unwrap_or(w);
            self.lex.is(w, "counted") || self.lex.is(bare, "counted")
        })
    }

    /// A year written over two (العام المالي 2017/2018، موسم 2017/ 2018): one fact, a year.
    fn split_year(&self, i: usize) -> Option<Draft> {
        let first = self.integer(i, 1900.0..=2100.0)?;
        let second = self
            .integer(i + 2, 1900.0..=2100.0)
            .filter(|_| self.text(i + 1) == Some("/") && self.joined(i) && self.joined(i + 1))?;
        if second != first + 1 {
            return None;
        }
        // العام المالي، السنة المالية: a fiscal year, over two calendar years
        let fiscal = (1..=2).filter(|&n| i >= n).any(|n| {
            self.word(i - n)
                .is_some_and(|w| w.starts_with("المالي") || w.starts_with("مالي"))
        });
        Some(Draft {
            first: i,
            last: i + 3,
            kind: "year",
            value: Some(first as f64),
            date: Some(DateParts {
                year: Some(first as i32),
                // a year written over two, in the place of a relative date's unit
                relative: Some(if fiscal { "fiscal_year" } else { "split_year" }),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// The reading time of web pages: "دقائق القراءة - 5", "5 دقائق قراءة"
    fn reading_time(&self, i: usize) -> Option<Draft> {
        let (unit, next) = self.unit_at(i)?;
        if unit.unit != "minute" || !self.is(next, "reading") {
            return None;
        }
        let mut k = next + 1;
        if matches!(self.text(k), Some("-" | ":")) {
            k += 1;
        }
        let minutes = self.integer(k, 1.0..=300.0)?;
        Some(Draft {
            first: i,
            last: k + 1,
            kind: "duration",
            value: Some(minutes as f64),
            unit: Some("minute"),
            ..Draft::default()
        })
    }

    /// A currency symbol before its amount: $10, €3 مليارات.
    fn currency_first(&self, i: usize) -> Option<Draft> {
        let (unit, next) = self.unit_at(i)?;
        let symbol = self.tokens[i].kind == Kind::Mark && !matches!(unit.unit, "percent");
        let amount = self.tokens.get(next).filter(|_| self.joined(i))?;
        let number = (symbol && amount.kind == Kind::Number).then(|| self.number(next))??;
        Some(Draft {
            first: i,
            last: number.next,
            kind: "money",
            value: Some(number.value).filter(|v| v.is_finite()),
            unit: Some(unit.unit),
            note: number.note,
            ..Draft::default()
        })
    }

    /// [أكثر من|نحو] number [إلى number] [unit [ونصف]] | counted noun; or a bare unit
    /// (أسبوعين، ساعة ونصف، لمدة شهر)
    fn measure(&self, i: usize) -> Option<Draft> {
        let (inside, mut prefix, start) = match self.qualifier_at(i, Place::Inside) {
            // تجاوزت الـ40 في المائة: the article between the qualifier and the number
            Some((q, p, next)) if !Self::is_part(q) => match self.article_before(next + 1) {
                Some((at, 0)) if at == next => (Some(q), p, next + 1),
                _ => (Some(q), p, next),
            },
            _ => (None, 0, i),
        };
        let mut draft = Draft {
            first: i,
            ..Draft::default()
        };
        // الخمس، الـ300: a number with the article, which may follow its definite noun
        let mut definite = false;
        if self.identifier(start) || self.wrote(start) || self.west(start) {
            return None;
        }
        // لويس الرابع عشر: the second word of an ordinal left out (a regnal one), no ten; but
        // أول عشر دقائق is ten
        if self
            .word(start)
            .is_some_and(|w| matches!(w, "عشر" | "عشره" | "عشرة"))
            && start > 0
            && self.joined(start - 1)
            && self.word(start - 1).is_some_and(Self::definite)
            && self.longest(start - 1, &self.lex.ordinals, false).is_some()
        {
            return None;
        }
        let dual = self.definite_dual(start);
        let (mut next, unit) = match (self.number(start), dual) {
            (Some(number), _) => {
                definite = number.definite
                    || start
                        .checked_sub(1)
                        .is_some_and(|k| self.text(k) == Some("ال") && self.joined(k));
                // (مجموعة الستة عشر مشاهدا: a number of two words counts)
                if definite && number.next == start + 1 && self.group_name(start) {
                    return None;
                }
                if inside.is_none() {
                    prefix = number.prefix;
                }
                draft.value = Some(number.value).filter(|v| v.is_finite());
                draft.note = number.note;
                if inside.is_none() && !number.words && self.minus_before(start) {
                    draft.value = draft.value.map(|v| -v);
                    draft.first = start - 1;
                }
                let mut next = number.next;
                // a range: ثلاث إلى أربع، 10 - 20، بين 10 و20
                let between = start > 0
                    && self.word(start - 1).is_some_and(|w| {
                        Self::stems(w).any(|(_, s)| self.lex.is(s, "range_start"))
                    });
                let high = if self.is(next, "range") || (between && self.text(next) == Some("و")) {
                    self.number(next + 1)
                } else if between && self.word(next).is_some_and(|w| w.starts_with(['و', 'ل'])) {
                    // بين عشرة وعشرين، من عشرة لعشرين: the joining letter is attached
                    self.number(next).filter(|n| n.prefix == 1)
                } else if between
                    && self
                        .word(start - 1)
                        .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "بين"))
                {
                    // بين 80 دولارا و3 آلاف دولار: each end with the same unit after it (after
                    // بين: من 10% و25% are two)
                    self.unit_at(next)
                        .filter(|&(_, after)| self.text(after) == Some("و"))
                        .and_then(|(unit, after)| {
                            let high = self.number(after + 1)?;
                            let (second, _) = self.unit_at(high.next)?;
                            (second.unit == unit.unit).then_some(high)
                        })
                } else {
                    None
                };
                // (the low end's own unit says its scale)
                let unit_first = high.is_some() && self.unit_at(next).is_some();
                if let Some(high) = high.filter(|n| n.value > number.value) {
                    draft.value_max = Some(high.value);
                    // بين 5 و6 آلاف: a low end in digits alone takes the scale of the high one
                    let scaled = (next..high.next)
                        .find_map(|k| Some((k, self.integer(k, 1.0..=999.0)?)))
                        .filter(|&(k, n)| {
                            !number.words
                                && !unit_first
                                && number.next == start + 1
                                && k + 1 < high.next
                                && number.value < f64::from(n)
                        })
                        .map(|(_, n)| high.value / f64::from(n))
                        .filter(|scale| *scale >= 1000.0);
                    if let Some(scale) = scaled {
                        draft.value = Some(number.value * scale);
                    }
                    next = high.next;
                    if between && inside.is_none() {
                        // بين 10 و20: the span holds بين
                        draft.first = start - 1;
                        prefix = Self::stems(self.word(start - 1).unwrap_or_default())
                            .find(|(_, s)| self.lex.is(s, "range_start"))
                            .map_or(0, |(p, _)| p);
                    }
                }
                if !number.words
                    && draft.value_max.is_none()
                    && self.integer(start, 1000.0..=2100.0).is_some()
                    && self.date_follows(next)
                {
                    return None;
                }
                // 4 من بين كل 5 أشخاص: a share
                if let Some((of, after)) = self.share(next).filter(|_| draft.value_max.is_none()) {
                    draft.kind = "fraction";
                    draft.value = draft.value.map(|v| v / of);
                    draft.prefix = prefix;
                    draft.last = after;
                    draft.qualifier = inside.map(str::to_owned);
                    return Some(draft);
                }
                // (120) أسرة، «45» جريحا: the closing mark between the number and its noun
                if let Some(after) = self
                    .bracketed(start, next)
                    .filter(|_| inside.is_none() && number.next == start + 1)
                    .filter(|_| self.year_shaped(start).is_none())
                    .filter(|&after| self.unit_at(after).is_some() || self.bracketed_noun(after))
                {
                    next = after;
                    draft.first = start - 1;
                }
                match self.unit_at(next).filter(|_| self.joined(next - 1)) {
                    Some((unit, after)) => (after, Some(unit)),
                    None => (next, None),
                }
            }
            (None, Some((unit, clitics))) => {
                definite = true;
                if inside.is_none() {
                    prefix = clitics;
                }
                draft.value = Some(2.0);
                (start + 1, Some(unit))
            }
            (None, None) => {
                // a unit without a number: a dual, a fraction (نصف ساعة), or one after لمدة
                let (fraction, at) =
                    match self.word(start).and_then(|w| self.lex.number_words.get(w)) {
                        Some(&(v, Role::Fraction)) => (Some(v), start + 1),
                        _ => (None, start),
                    };
                // نصفهم، ثلثها: a fraction of what the pronoun stands for
                if let Some(value) = self.word(start).and_then(|w| self.fraction_pronoun(w)) {
                    draft.kind = "fraction";
                    draft.value = Some(value);
                    draft.prefix = prefix;
                    draft.last = start + 1;
                    draft.qualifier = inside.map(str::to_owned);
                    return Some(draft);
                }
                let Some((unit, mut after)) = self
                    .unit_at(at)
                    .filter(|(u, _)| Self::is_time(u.unit) || (fraction.is_some() && u.count == 1))
                else {
                    // ربع قرن، نصف قرن، نصف عقد: a quarter century is 25 years
                    let era = fraction.and_then(|v| Some((v, self.era_word(at)?)));
                    if let Some((v, era)) = era.filter(|_| self.joined(at - 1)) {
                        let years = if era == "century" { 100.0 } else { 10.0 };
                        draft.kind = "duration";
                        draft.value = Some(v * years);
                        draft.unit = Some("year");
                        draft.prefix = prefix;
                        draft.last = at + 1;
                        let outside = self.qualifier_before(i).filter(|q| *q != "after");
                        draft.qualifier = Self::join(inside, outside);
                        return Some(draft);
                    }
                    // أكثر من نصف تمويلها، ثلث الوقائع: a fraction of a noun
                    let value = fraction.filter(|_| self.fraction_of(at))?;
                    draft.kind = "fraction";
                    draft.value = Some(value);
                    draft.prefix = prefix;
                    draft.last = at;
                    draft.qualifier = inside.map(str::to_owned);
                    return Some(draft);
                };
                let value = match (fraction, unit.count) {
                    (Some(v), 1) => v,
                    (None, 2) => 2.0,
                    (None, 1) => {
                        // لمدة شهر، نحو ساعة، قبل أسبوع، ساعة كاملة، أسبوعا واحدا: one; not a
                        // unit in construct (قبل شهر رمضان، منذ يوم الأربعاء)
                        let cue = i > 0
                            && Self::stems(self.word(i - 1).unwrap_or_default())
                                .any(|(_, s)| self.lex.is(s, "duration"));
                        let half = self.fraction_after(after, unit.unit).is_some();
                        let whole = self.is(after, "whole") && self.joined(after - 1);
                        let around = inside.is_some() || self.qualifier_before(i).is_some();
                        // بين ساعة وساعتين، من يوم إلى ثلاثة أيام: the low end of a range
                        let ranged = !half
                            && !whole
                            && self
                                .duration_after(i, after, unit.unit, Some(1.0))
                                .is_some()
                            && i > 0
                            && self.word(i - 1).is_some_and(|w| {
                                Self::stems(w).any(|(_, s)| self.lex.is(s, "range_start"))
                            });
                        let alone = self.alone(i);
                        // يوما بعد يوم، سنة بعد سنة: "day after day", an idiom of growing, no
                        // span of time
                        if self.repeated_after(i, unit.unit) {
                            return None;
                        }
                        // لحظة names a point far more often (لحظة وصوله، منذ لحظة إطلاق): a
                        // duration on its own, whole, or after a cue ending its clause (بعد لحظة)
                        let moment = Self::stems(self.word(at).unwrap_or_default())
                            .any(|(_, s)| self.lex.is(s, "moment"));
                        let ended = self
                            .tokens
                            .get(after)
                            .is_none_or(|t| t.kind == Kind::Mark || t.after_break);
                        if moment && !(alone || whole || ((cue || around) && ended)) {
                            return None;
                        }
                        if !(cue
                            || half
                            || whole
                            || ranged
                            || alone
                            || (around && !self.construct(after)))
                        {
                            return None;
                        }
                        if whole {
                            after += 1;
                        }
                        1.0
                    }
                    _ => return None,
                };
                draft.value = Some(value);
                (after, Some(unit))
            }
        };
        draft.prefix = prefix;
        draft.kind = "cardinal";
        if let Some(&Unit {
            unit,
            measure: m,
            hundredth,
            ..
        }) = unit
        {
            // 23 سنتا: 0.23 of the dollar
            if hundredth {
                draft.value = draft.value.map(|v| v / 100.0);
                draft.value_max = draft.value_max.map(|v| v / 100.0);
            }
            // a riyal whose country the text has just named (دوري المحترفين السعودي ... 5
            // ملايين ريال)
            let unit = match unit {
                "riyal" | "dinar" => self.currency_of_context(start, unit).unwrap_or(unit),
                _ => unit,
            };
            draft.unit = Some(unit);
            draft.kind = match unit {
                "percent" => "percent",
                u if Self::is_time(u) => "duration",
                _ if m => "quantity",
                _ => "money",
            };
            if Self::is_time(unit) {
                if let Some((half, after)) = self.fraction_after(next, unit) {
                    draft.value = draft.value.map(|v| v + half);
                    next = after;
                } else if let Some((part, after)) = self.smaller_unit_after(next, unit) {
                    // 7 ساعات و45 دقيقة، سنة و3 أشهر
                    draft.value = draft.value.map(|v| v + part);
                    next = after;
                }
                // من يومين إلى 6 أيام، بين ساعة وساعتين: a range with the unit at both ends
                if let Some((high, after)) = self.duration_after(i, next, unit, draft.value) {
                    draft.value_max = Some(high);
                    next = after;
                }
            }
        } else if self.joined(next - 1) && self.richter_after(next) {
            // 6.4 درجة على مقياس ريختر: a magnitude
            draft.kind = "quantity";
            draft.unit = Some("richter");
            next += 1;
        } else if let Some(noun) = self
            .counted_noun(next)
            .filter(|_| !(definite && self.noun_before(start).is_some()))
            .filter(|_| !(next == start + 1 && self.two_alone(start)))
            .filter(|_| self.year_shaped(start).is_none() || self.commonly_counted(next))
        {
            draft.kind = "count";
            draft.noun = Some((next, noun));
            next += 1;
            // 7 سيارات إسعاف: the complement of a light head is in the span; حالة counts cases
            // (72 حالة وفاة: the golds leave its complement out)
            let case = self
                .word(next - 1)
                .is_some_and(|w| self.lex.is(w, "case_head"));
            if !case && self.compound_tail(next - 1) {
                next += 1;
            }
        } else if (self.age_after(next) || self.age_before(start))
            && draft.value.is_some_and(|v| v < 130.0)
        {
            // في الـ13 من عمرها، سن الـ12: an age, in years
            draft.kind = "duration";
            draft.unit = Some("year");
        } else if let Some(at) = self
            .partitive(next)
            .filter(|_| draft.value_max.is_none() && !definite)
        {
            // 3 من المحتجين: a number without its noun counts the group with the article after
            // من, which belongs to its span; a group without it stays out (سبع من صديقاتها، 40 من
            // تايلاند), and 175 أسيرا من كل جانب has its noun and stops at it
            draft.kind = "count";
            if self.word(at).is_some_and(Self::definite) {
                draft.noun = Some((at, 0));
                next = at + 1;
            }
        }
        if draft.kind == "cardinal" && unit.is_none() && !definite && self.not_a_number(start, next)
        {
            return None;
        }
        // الدول الخمس، السنوات العشر الماضية، الموقعون الـ300: the number after its definite noun
        let mut noun_first = false;
        // الذكرى الـ70، للمرة الـ30، ميلاده الـ11: after a singular noun, the number orders it
        let article = self.article_before(start);
        if definite && unit.is_none() && draft.noun.is_none() && inside.is_none() {
            let head = article
                .and_then(|(a, _)| a.checked_sub(1))
                .or(start.checked_sub(1));
            let ordered = head.filter(|&h| {
                self.tokens[start].kind == Kind::Number
                    && self.ordinal_head(h)
                    && draft.value_max.is_none()
            });
            if let Some(h) =
                ordered.filter(|_| draft.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0))
            {
                let (at, clitics) = article.unwrap_or((start, draft.prefix));
                draft.first = at;
                draft.prefix = clitics;
                draft.kind = "ordinal";
                draft.noun = Some((h, 0));
                draft.last = next;
                return Some(draft);
            }
            if let Some((at, clitics)) = self.noun_before(start) {
                let (at, clitics) = self
                    .head_of_chain(at, start, draft.value)
                    .unwrap_or((at, clitics));
                let unit = Self::bare_noun(self.word(at).unwrap_or_default())
                    .find_map(|s| self.unit_word(s))
                    .filter(|u| Self::is_time(u.unit));
                draft.first = at;
                draft.prefix = clitics;
                match unit {
                    Some(u) => {
                        draft.kind = "duration";
                        draft.unit = Some(u.unit);
                    }
                    None => {
                        draft.kind = "count";
                        draft.noun = Some((at, clitics));
                    }
                }
                noun_first = true;
            }
        }
        // أكبر بثلاث مرات، أسرع بـ10 مرات: after a comparative, times as much, a multiplier
        if draft.kind == "count" && self.comparative_before(start, prefix) {
            let times = draft
                .noun
                .and_then(|(at, _)| self.word(at))
                .is_some_and(|w| matches!(w, "مرات" | "مره" | "مرة" | "مرتين" | "مرتان"));
            if times {
                draft.kind = "cardinal";
                draft.unit = Some("times");
                draft.noun = None;
            }
        }
        // خلال العقود الأربعة الماضية، على مدار 4 عقود: decades or centuries of time
        if draft.kind == "count" && draft.value_max.is_none() {
            let era = draft
                .noun
                .and_then(|(at, _)| self.era_word(at))
                .filter(|_| self.era_context(draft.first, next));
            if let Some(era) = era {
                draft.kind = "duration";
                draft.unit = Some(era);
                draft.noun = None;
            }
        }
        // الـ11، الـ 15: the article written on a number in digits belongs to its span
        if !noun_first && draft.first == start && inside.is_none() {
            if let Some((at, clitics)) = article {
                draft.first = at;
                draft.prefix = clitics;
            }
        }
        if draft.value_max.is_some() {
            draft.kind = "range";
            // 1950-1953، بين 2011 و2017، (1452-1519): a range of years, a life's in brackets
            let year = |v: Option<f64>| {
                v.is_some_and(|v| v.fract() == 0.0 && (1000.0..=2100.0).contains(&v))
            };
            if draft.unit.is_none()
                && draft.noun.is_none()
                && year(draft.value)
                && year(draft.value_max)
                && self.integer(start, 1000.0..=2100.0).is_some()
            {
                draft.unit = Some("year");
            }
        }
        // التسعين alone: the ordinal (الذكرى التسعين), not a count
        if definite
            && draft.kind == "cardinal"
            && self.longest(start, &self.lex.ordinals, true).is_some()
        {
            return None;
        }
        // سبع سيارات إسعاف على الأقل، خمس سنوات متتالية على الأقل: a qualifier after the word
        // the counted noun or the unit is joined to
        if matches!(draft.kind, "count" | "duration")
            && !noun_first
            && self.qualifier_at(next, Place::After).is_none()
            && self.word(next).is_some_and(|w| !Self::definite(w))
            && self.noun_at(next).is_some()
        {
            if let Some((q @ ("at_least" | "at_most" | "approx"), _, after)) =
                self.qualifier_at(next + 1, Place::After)
            {
                draft.qualifier = Some(q.to_owned());
                next = after;
            }
        }
        if let Some((q, _, after)) = self.qualifier_at(next, Place::After) {
            // السنوات الخمس الماضية، الأربع سنوات الماضية: the last ones; a bare number is not
            // last
            if noun_first || definite || !matches!(q, "last" | "next") {
                draft.qualifier = Some(q.to_owned());
                next = after;
            }
        }

        // عائدات تصل إلى 14 مليار دولار، إيداع لا يقل عن 7 ملايين جنيه، يناهز 80 عاما: a verb
        // of quantity outside the span qualifies any amount
        // (خلال العقود الأربعة: before the noun when it comes first)
        let from = if noun_first { draft.first } else { i };
        // (بعد ثلاثة أيام: "three days later" in a story told in the past as often as "in
        // three days", so no qualifier; the golds leave it out)
        let outside = match draft.kind {
            "duration" | "range" => self.qualifier_before(from).filter(|q| *q != "after"),
            _ => self
                .qualifier_before(i)
                .filter(|q| matches!(*q, "at_most" | "at_least" | "approx" | "more_than")),
        };
        // قبل أسبوع من المباريات، بعد نصف ساعة على انطلاقها: before or after another event,
        // not ago or after now
        let anchored =
            self.word(next).is_some_and(|w| self.lex.is(w, "anchor")) && self.joined(next - 1);
        let outside = outside.filter(|q| !(anchored && matches!(*q, "ago" | "after")));
        // الأزمة المستمرة منذ عام، تفرض منذ عام: a state lasting since then, not an event then
        let outside = outside.map(|q| {
            if q == "ago" && (self.lasting_since(i) || self.since_unless_event(i, next)) {
                "since"
            } else {
                q
            }
        });
        draft.qualifier = Self::join(inside.or(draft.qualifier.as_deref()), outside);
        draft.last = next;
        Some(draft)
    }

    /// Whether the one number word from `start` to `next`, counting nothing, is no number: a
    /// dual in construct (ألفي، مليوني) needs the noun it is joined to (بالفي is a name), and ست
    /// before a definite noun is "lady" (ست الكل، ست البيت), not six.
    fn not_a_number(&self, start: usize, next: usize) -> bool {
        if next != start + 1 {
            return false;
        }
        let Some(word) = self.word(start) else {
            return false;
        };
        Self::stems(word).any(|(_, s)| match s {
            "الفي" | "ألفي" | "مليوني" | "ملياري" | "مئتي" | "مائتي" => {
                true
            }
            "ست" => self.word(next).is_some_and(Self::definite) && self.joined(start),
            _ => false,
        })
    }

    /// Whether وست at `i` is "West" in a name (وست هام، وست بروميتش), not "and six": no plural,
    /// unit or number after it (وست دول، وست سنوات، وست نقاط، وست أخرى).
    fn west(&self, i: usize) -> bool {
        if self.word(i) != Some("وست") || !self.joined(i) {
            return false;
        }
        self.word(i + 1).is_some_and(|w| {
            let counted = w.ends_with("ات")
                || w.ends_with("ين")
                || w.ends_with("ون")
                || Self::stems(w)
                    .any(|(_, s)| self.lex.plurals.contains_key(s) || self.lex.is(s, "not_noun"))
                || self.unit_at(i + 1).is_some()
                || self.lex.number_words.contains_key(w);
            !counted
        })
    }

    /// Whether ألف at `i` is the verb "wrote": after a relative or قد, which a verb follows
    /// (الذي ألف 15 رواية، وقد ألف كتبا), never a thousand.
    fn wrote(&self, i: usize) -> bool {
        matches!(self.word(i), Some("ألف" | "الف"))
            && i > 0
            && self.joined(i - 1)
            && matches!(
                self.word(i - 1),
                Some("الذي" | "التي" | "الذين" | "قد" | "لقد" | "وقد")
            )
    }

    /// Whether a comparative (أكبر، أعلى، أسرع: أفعل) stands before the number at `start`, which
    /// takes ب (`prefix` is its clitic letters): أكبر بثلاث مرات.
    fn comparative_before(&self, start: usize, prefix: usize) -> bool {
        let comparative = |k: usize| {
            self.joined(k)
                && self.word(k).is_some_and(|w| {
                    let w = w.strip_prefix('و').unwrap_or(w);
                    w.chars().count() == 4 && w.starts_with(['أ', 'ا']) && !w.starts_with("ال")
                })
        };
        if prefix == 1 && self.word(start).is_some_and(|w| w.starts_with('ب')) {
            return start > 0 && comparative(start - 1);
        }
        // أسرع بـ10 مرات: ب written as a token of its own before digits
        start > 1
            && matches!(self.word(start - 1), Some("ب" | "بـ"))
            && self.joined(start - 1)
            && comparative(start - 2)
    }

    /// The unit of a word naming decades or centuries (عقود، عقدين، قرن، قرون), which a
    /// number counts as a span of time only where time is spoken of: عقد is also a contract.
    fn era_word(&self, i: usize) -> Option<&'static str> {
        let word = self.word(i)?;
        Self::stems(word).find_map(|(_, s)| match s.strip_prefix("ال").unwrap_or(s) {
            "عقد" | "عقدا" | "عقدين" | "عقدان" | "عقود" => Some("decade"),
            "قرن" | "قرنا" | "قرنين" | "قرنان" | "قرون" => Some("century"),
            _ => None,
        })
    }

    /// Whether the decades or centuries of a fact from `first` to `next` are time: after a
    /// preposition of time or a word of lasting (خلال، منذ، قبل، على مدى، طوال), or before
    /// الماضية، الأخيرة، المقبلة or من الزمن.
    fn era_context(&self, first: usize, next: usize) -> bool {
        let cue = (1..=2).filter(|&n| first >= n).any(|n| {
            self.word(first - n)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "duration")))
        });
        cue || self.qualifier_before(first).is_some()
            || matches!(
                self.qualifier_at(next, Place::After),
                Some(("last" | "next", _, _))
            )
            || (self.word(next) == Some("من") && self.word(next + 1) == Some("الزمن"))
    }

    /// The riyal or the dinar of the one country named in the words before token `i` (as far
    /// back as a window keeps, so that the answer does not depend on where a window starts);
    /// else, for a riyal, that of the country the whole text names most ([`document_riyal`]);
    /// None when two are named just before, or none anywhere.
    fn currency_of_context(&self, i: usize, currency: &str) -> Option<&'static str> {
        let mut found: Option<&'static str> = None;
        for k in (i.saturating_sub(60)..i).rev() {
            let Some(word) = self.word(k) else { continue };
            let Some(code) =
                Self::stems(word).find_map(|(_, s)| self.lex.cue(s, currency).flatten())
            else {
                continue;
            };
            match found {
                Some(other) if other != code => return None,
                _ => found = Some(code),
            }
        }
        found.or(if currency == "riyal" {
            self.riyal
        } else {
            None
        })
    }

    /// The upper end of a range of durations whose first end stands at `i` and ends before
    /// `next`: إلى، حتى، أو, or و after بين, then a duration in the same unit and longer; its
    /// value and the token after it. Read once: the upper end is never itself a range.
    fn duration_after(
        &self,
        i: usize,
        next: usize,
        unit: &str,
        low: Option<f64>,
    ) -> Option<(f64, usize)> {
        if self.nested.get() || !self.joined(next - 1) {
            return None;
        }
        let between = i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "range_start")));
        // وساعتين: the joining letter attached to the upper end
        let (at, attached) = match self.text(next) {
            Some(_) if self.is(next, "range") => (next + 1, false),
            Some("و") if between => (next + 1, false),
            Some(w) if between && w.starts_with('و') && w.chars().count() > 2 => (next, true),
            _ => return None,
        };
        if !attached && !self.joined(next) {
            return None;
        }
        self.nested.set(true);
        let high = self
            .measure(at)
            .or_else(|| attached.then(|| self.dual_count(at)).flatten());
        self.nested.set(false);
        let high = high.filter(|h| {
            h.kind == "duration"
                && h.unit == Some(unit)
                && h.qualifier.is_none()
                && h.value_max.is_none()
                && (h.prefix >= 1) == attached
                && h.value.zip(low).is_some_and(|(h, l)| h > l)
        })?;
        Some((high.value?, high.last))
    }

    /// A fraction word with a pronoun attached (نصفهم، ثلثها): its value.
    fn fraction_pronoun(&self, word: &str) -> Option<f64> {
        let stem = Self::stems(word).last()?.1;
        PRONOUNS.iter().find_map(|p| {
            let (value, role) = self.lex.number_words.get(stem.strip_suffix(p)?)?;
            (*role == Role::Fraction).then_some(*value)
        })
    }

    /// The single word `form` as a unit (سنوات، أشهر).
    fn unit_word(&self, form: &str) -> Option<&'a Unit> {
        self.lex
            .units
            .starting_with(form)
            .find(|(words, _)| words.len() == 1)
            .map(|(_, unit)| unit)
    }

    /// How many seconds a unit of time lasts (a month of 30 days, a year of 365).
    fn seconds(unit: &str) -> f64 {
        match unit {
            "second" => 1.0,
            "minute" => 60.0,
            "hour" => 3600.0,
            "day" => 86_400.0,
            "week" => 604_800.0,
            "month" => 2_592_000.0,
            _ => 31_536_000.0,
        }
    }

    /// و + a number + a smaller unit of time after a duration (7 ساعات و45 دقيقة): that part in
    /// the duration's unit, and the next token.
    fn smaller_unit_after(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let at = match self.text(i)? {
            "و" if self.joined(i) => i + 1,
            _ => return None,
        };
        if !self.joined(i - 1) {
            return None;
        }
        let number = self.number(at)?;
        let (smaller, after) = self.unit_at(number.next)?;
        if !Self::is_time(smaller.unit) || Self::seconds(smaller.unit) >= Self::seconds(unit) {
            return None;
        }
        Some((
            number.value * Self::seconds(smaller.unit) / Self::seconds(unit),
            after,
        ))
    }

    /// Whether the word at `i` makes a unit before it the head of a construct (شهر رمضان، يوم
    /// الأربعاء، عام 2006) rather than an amount of time.
    fn construct(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i).filter(|_| self.joined(i - 1)) else {
            return false;
        };
        token.kind == Kind::Number
            || self.word(i).is_some_and(|w| {
                Self::definite(w)
                    || self.lex.weekdays.contains_key(w)
                    || self.lex.hijri_months.by_first.contains_key(w)
            })
            || self.month_at(i).is_some()
    }

    /// دول مجلس الأمن الخمس: a number in words (three to ten) that disagrees in gender with the
    /// definite noun before it counts the head of the construct that noun ends, a plural of the
    /// nouns lexicon one or two indefinite words back that agrees with it (the five states of
    /// the Security Council, not five securities). The token and clitics of that head.
    fn head_of_chain(&self, at: usize, start: usize, value: Option<f64>) -> Option<(usize, usize)> {
        value.filter(|v| (3.0..=10.0).contains(v) && v.fract() == 0.0)?;
        let number = self.word(start)?;
        if self
            .number(start)
            .is_none_or(|n| n.next != start + 1 || !n.words)
        {
            return None;
        }
        // خمسة counts a masculine noun, خمس a feminine one
        let wants_feminine = !(number.ends_with('ه') || number.ends_with('ة'));
        let feminine = |singular: &str| singular.ends_with('ه') || singular.ends_with('ة');
        let noun = self.word(at)?;
        let bare = Self::stems(noun).find_map(|(_, s)| s.strip_prefix("ال"))?;
        // سلطات الدولة الثلاث: a singular in ة is never counted by three to ten, whatever its
        // gender; the head is a plural, in ات too
        let singular = feminine(bare) && !self.lex.plurals.contains_key(bare);
        let noun_feminine = match self.lex.plurals.get(bare) {
            Some(singular) => feminine(singular),
            // a plural in ات has either gender (وزارات، مستشفيات): no head is looked for
            None if bare.ends_with("ات") => return None,
            None => feminine(bare),
        };
        if noun_feminine == wants_feminine && !singular {
            return None;
        }
        (1..=2).filter(|&n| at >= n).find_map(|n| {
            let k = at - n;
            if !(k..at).all(|j| self.joined(j) && self.word(j).is_some_and(|w| !Self::definite(w)))
            {
                return None;
            }
            if singular {
                if let Some((p, _)) = Self::stems(self.word(k)?)
                    .find(|(_, s)| s.ends_with("ات") && s.chars().count() > 4)
                {
                    return Some((k, p));
                }
            }
            let (clitics, one) = Self::stems(self.word(k)?)
                .find_map(|(p, s)| Some((p, *self.lex.plurals.get(s)?)))?;
            (feminine(one) == wants_feminine).then_some((k, clitics))
        })
    }

    /// The definite noun before a number at `start`, with or without الـ between (الدول الخمس،
    /// الموقعون الـ300).
    fn noun_before(&self, start: usize) -> Option<(usize, usize)> {
        let before = if start.checked_sub(1).and_then(|k| self.text(k)) == Some("ال") {
            start.checked_sub(2)
        } else {
            start.checked_sub(1)
        };
        before.and_then(|b| {
            self.definite_noun(b)
                .or_else(|| self.plural_with_pronoun(b))
        })
    }

    /// A plural with a pronoun on it, definite as with the article (أطفالهما الثلاثة، مبارياته
    /// الثلاث، قضاتها التسعة): its token and clitics, when it is a known plural, one in ات, or
    /// of the pattern أفعال. Verbs with an object (أعفاهما، قتلهم) are none of these.
    fn plural_with_pronoun(&self, i: usize) -> Option<(usize, usize)> {
        if !self.joined(i) {
            return None;
        }
        let stems: Vec<(usize, &str)> = Self::stems(self.word(i)?)
            .filter_map(|(clitics, s)| {
                let stem = PRONOUNS.iter().find_map(|p| s.strip_suffix(p))?;
                let noun = stem.chars().count() >= 4
                    && !stem.starts_with("ال")
                    && !self.lex.is(stem, "not_noun");
                noun.then_some((clitics, stem))
            })
            .collect();
        let letters = |s: &str| s.chars().count();
        let broken = |s: &str| {
            let c: Vec<char> = s.chars().collect();
            c.len() == 5 && c[0] == 'ا' && c[3] == 'ا'
        };
        // a known plural, under whatever clitics; else the shortest plural in ات long enough
        // to stand without the letter before it (بعملياته، ومسطحاته, but وزاراته، ولاياته)
        stems
            .iter()
            .find(|(_, s)| self.lex.plurals.contains_key(*s))
            .or_else(|| {
                stems
                    .iter()
                    .rev()
                    .find(|(_, s)| s.ends_with("ات") && letters(s) >= 6 || broken(s))
            })
            .or_else(|| stems.iter().find(|(_, s)| s.ends_with("ات")))
            .map(|&(clitics, _)| (i, clitics))
    }

    /// The noun a time unit may be, under its article or pronoun (السنوات، سنواته).
    fn bare_noun(word: &str) -> impl Iterator<Item = &str> {
        Self::stems(word).flat_map(|(_, s)| {
            let pronoun = PRONOUNS.iter().find_map(|p| s.strip_suffix(p));
            [
                s.strip_prefix("ال"),
                pronoun.filter(|_| !s.starts_with("ال")),
            ]
            .into_iter()
            .flatten()
        })
    }

    /// The article written on a number in digits at `i` (الـ11، والـ36، الـ 15): its token and
    /// the clitic letters before it.
    fn article_before(&self, i: usize) -> Option<(usize, usize)> {
        let k = i.checked_sub(1)?;
        if self.tokens.get(i)?.kind != Kind::Number || !self.joined(k) {
            return None;
        }
        Self::stems(self.word(k)?)
            .find(|(_, s)| *s == "ال")
            .map(|(p, _)| (k, p))
    }

    /// Whether the word at `k` is a singular noun a number with the article after it orders
    /// (الذكرى الـ70، للمرة الـ30، ميلاده الـ11): feminine or with a pronoun, not a plural
    /// (مبارياته الـ8، الدول العربية الـ22) nor a word for a group (قائمة الـ23).
    fn ordinal_head(&self, k: usize) -> bool {
        let Some(word) = self.word(k).filter(|_| self.joined(k)) else {
            return false;
        };
        let bare = Self::stems(word).last().map_or(word, |(_, s)| s);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        if bare.chars().count() < 3
            || self.lex.is(bare, "collective")
            || self.lex.is(word, "not_noun")
            || self.unit_word(bare).is_some_and(|u| u.count != 1)
            || self.lex.cue(bare, "relative").is_some()
        {
            return false;
        }
        // ميلاده، ذكراها: a noun with a pronoun (or a ta marbuta, which reads the same)
        let stem = PRONOUNS
            .iter()
            .find_map(|p| bare.strip_suffix(p).filter(|s| s.chars().count() >= 2));
        // broken plurals of the patterns أفعال and أفعلة (أعوامه، الأجهزة), or known ones
        let broken = |w: &str| {
            let letters: Vec<char> = w.chars().collect();
            self.lex.plurals.contains_key(w)
                || self.unit_word(w).is_some_and(|u| u.count == 0)
                || (letters.len() == 5
                    && letters[0] == 'ا'
                    && (letters[3] == 'ا'
                        || (letters[4] == 'ه'
                            && !letters[1..4].iter().any(|c| "اوي".contains(*c)))))
        };
        // الميلاد الـ11، المركز الـ5، القرن الـ21: masculine nouns news orders
        if self.lex.is(bare, "ordered") {
            return true;
        }
        match stem {
            // الولاية الـ75: a noun in ية, not the adjective after a definite noun (الدول
            // العربية الـ22، الذكرى السنوية الـ70)
            Some(stem) if stem.ends_with('ي') && !stem.ends_with("يي") && bare.ends_with('ه') => {
                stem.chars().count() >= 3
                    && !broken(bare)
                    && !(k > 0
                        && self.joined(k - 1)
                        && self
                            .word(k - 1)
                            .is_some_and(|w| Self::stems(w).any(|(_, s)| s.starts_with("ال"))))
            }
            Some(stem) => {
                !["ات", "ين", "ون", "ي"].iter().any(|e| stem.ends_with(e))
                    && !broken(stem)
                    && !broken(bare)
            }
            // الذكرى, not القتلى
            None => bare.ends_with('ي') && !bare.ends_with("يي") && !broken(bare),
        }
    }

    /// Whether the definite number at `start` names a group of states after مجموعة or قمة
    /// (مجموعة السبع، مجموعة العشرين، قمة الـ 7) or a street after شارع (شارع الستين): the name
    /// of a club, not a count of its members.
    fn group_name(&self, start: usize) -> bool {
        let k = match self.article_before(start) {
            Some((at, _)) => at,
            None if start > 0 && self.text(start - 1) == Some("ال") => start - 1,
            None => start,
        };
        k.checked_sub(1)
            .filter(|&h| self.joined(h))
            .and_then(|h| self.word(h))
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "group_name")))
    }

    /// Whether درجة at `i` is one of the Richter scale, named in the next three words (درجة على
    /// مقياس ريختر، درجات بمقياس ريختر).
    fn richter_after(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| matches!(w, "درجه" | "درجة" | "درجات"))
            && (i + 1..i + 4).any(|k| {
                self.word(k)
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "ريختر"))
            })
    }

    /// Whether من عمره، من عمرها، من العمر follows: an age.
    fn age_after(&self, i: usize) -> bool {
        self.word(i) == Some("من")
            && self.joined(i)
            && self
                .word(i + 1)
                .is_some_and(|w| (w.starts_with("عمر") && w.chars().count() <= 5) || w == "العمر")
    }

    /// Whether سن stands before the number at `i` (or its article): سن الـ12، لسن 18.
    fn age_before(&self, i: usize) -> bool {
        let k = self.article_before(i).map_or(i, |(a, _)| a);
        k.checked_sub(1)
            .filter(|&b| self.joined(b))
            .and_then(|b| self.word(b))
            .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "سن"))
    }

    /// Whether the number in digits at `i`, glued to the Arabic word before it, measures what
    /// follows it after a space: scraped pages drop the space before a number (شراء200 طائرة،
    /// طرد23 دبلوماسيا، بلغت1.28 مليون، العمر19 عاما), while a name glued to its number is
    /// followed by anything else (فرانس24 في، بورز500 الأوسع، فالكون9 من). A unit, a scale, a
    /// noun the lexicon knows (its plurals, its singulars, the nouns news counts most) or one in
    /// the accusative (ـا) counts as what follows.
    fn amount_after_glued(&self, i: usize) -> bool {
        let arabic = i > 0
            && self.tokens[i - 1]
                .text
                .starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c));
        let spaced = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.start > self.tokens[i].end);
        if !arabic || !spaced || !self.joined(i) {
            return false;
        }
        let Some(next) = self.word(i + 1) else {
            return false;
        };
        let scale = matches!(
            self.lex.number_words.get(next),
            Some((_, Role::Scale | Role::Plural | Role::DualScale))
        );
        let accusative = next.ends_with('ا')
            && next.chars().count() >= 4
            && !Self::definite(next)
            && self.counted_noun(i + 1).is_some();
        let bare = next.strip_suffix('ا').unwrap_or(next);
        self.unit_at(i + 1).is_some()
            || scale
            || accusative
            || self.lex.plurals.contains_key(next)
            || self.lex.singulars.contains_key(next)
            || self.lex.is(next, "counted")
            || self.lex.is(bare, "counted")
    }

    /// Whether the number in digits at `i` names something rather than counts it: after a word
    /// that heads identifiers (القرار 2254، رقم 16، المادة (26)), glued to a name (إف-16،
    /// فرانس24), or numbering a list at the start of a line (1- حجم).
    fn identifier(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i).filter(|t| t.kind == Kind::Number) else {
            return false;
        };
        let prev = i.checked_sub(1).map(|k| &self.tokens[k]);
        let glued = |t: &Token| t.end == token.start;
        // إف-16، قيام-1: a dash between a word and the number
        if let (Some(dash), Some(word)) = (prev, i.checked_sub(2).map(|k| &self.tokens[k])) {
            if dash.text == "-" && glued(dash) && word.end == dash.start && word.kind == Kind::Word
            {
                return true;
            }
        }
        if let Some(word) = prev.filter(|t| t.kind == Kind::Word && glued(t)) {
            // فرانس24, not و200، بنحو250، الـ24، من1,7
            let known = Self::stems(word.text).any(|(_, s)| {
                s == "ال"
                    || self.lex.starters.contains(s)
                    || self.lex.cues.contains_key(s) && !self.lex.is(s, "identifier")
            });
            if word.text.chars().count() > 2 && !known && !self.amount_after_glued(i) {
                return true;
            }
        }
        // iPhone 6، Galaxy S9، iOS 12، G20، 4K، H7N9: a number in a name in Latin letters is
        // part of the name (but Ryanair 47% and Messi 30 عاما measure)
        let latin =
            |t: &Token| t.kind == Kind::Word && t.text.chars().all(|c| c.is_ascii_alphabetic());
        let latin_before = prev.is_some_and(|t| latin(t) && self.joined(i - 1));
        let latin_after = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| latin(t) && t.start == token.end);
        // (IBM Think 2018: a year in an event's name is still the year)
        let year = self.integer(i, 1900.0..=2100.0).is_some();
        if (latin_before || latin_after) && !year && self.unit_at(i + 1).is_none() {
            return true;
        }
        // صواريخ إس 300: a Latin letter spelt in Arabic names a model (جائزة بي بي سي 2016: a
        // year is still one)
        let letter = i > 0
            && self.joined(i - 1)
            && self.word(i - 1).is_some_and(|w| self.lex.is(w, "letter"));
        if !year && (letter || self.closes_quoted_name(i)) {
            return true;
        }
        // اللواء 35 مدرع، الكتيبة 101: a military formation's number, whatever follows it
        if i > 0
            && self.joined(i - 1)
            && self
                .word(i - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "formation")))
        {
            return true;
        }
        // (but الرحلة 5 ساعات، الرقم 35 ألف سيارة: a unit or a scale after it makes it
        // an amount; a word that could be a noun does not, as after the head the number names
        // and the next word begins the clause: القرار رقم 2254 ونعتقد، القميص رقم 7 أسوة بوالده)
        let amount = self.unit_at(i + 1).is_some()
            || self.word(i + 1).is_some_and(|w| {
                matches!(
                    self.lex.number_words.get(w),
                    Some((_, Role::Scale | Role::Plural | Role::DualScale))
                )
            });
        let counts = amount || self.counted_noun(i + 1).is_some();
        if !amount && self.headed(i) {
            return true;
        }
        // رقمي 43709، 43866، القرارين 2254 و2216: the next numbers of a list after the head; and
        // القانون رقم 12 لسنة 70: the year of an identifier, when it is no year of our era
        let mut k = i;
        for _ in 0..3 {
            let Some(before) = k
                .checked_sub(2)
                .filter(|&b| self.tokens[b].kind == Kind::Number)
            else {
                break;
            };
            let year =
                self.text(k - 1) == Some("لسنه") && self.integer(k, 1000.0..=2100.0).is_none();
            // (لسنة 71 قضائية: the judicial year, whatever word follows)
            let listed = matches!(self.text(k - 1), Some("،" | "," | "و")) && (k < i || !counts);
            if !(year || listed) {
                break;
            }
            if self.headed(before) {
                return true;
            }
            k = before;
        }
        // طراز "إيه.تي.آر 600-72"، طراز أنتونوف 148: a model's number, after its maker's name
        let mut words = 0;
        for k in (i.saturating_sub(10)..i).rev() {
            let token = &self.tokens[k];
            match token.kind {
                Kind::Word if Self::stems(token.text).any(|(_, s)| self.lex.is(s, "model")) => {
                    return !counts;
                }
                Kind::Word if words < 3 && !self.lex.starters.contains(token.text) => words += 1,
                Kind::Number => {}
                Kind::Mark if matches!(token.text, "." | "-" | "\"" | "«" | "(") => {}
                _ => break,
            }
        }
        // 1- حجم ومدى ...: a list item, a dash glued to the number and no number after it
        let dash = self
            .tokens
            .get(i + 1)
            .filter(|t| t.text == "-" && t.start == token.end);
        dash.is_some_and(|d| {
            self.tokens
                .get(i + 2)
                .is_none_or(|t| t.start > d.end && t.kind != Kind::Number)
        })
    }

    /// The token after the mark at `next` if it closes the one right before the number at
    /// `start`: (120)، «45»، ( 9 ) (the guillemets normalized to the straight mark).
    fn bracketed(&self, start: usize, next: usize) -> Option<usize> {
        let open = start.checked_sub(1)?;
        let close = match self.text(open)? {
            "(" => ")",
            "[" => "]",
            "\"" => "\"",
            _ => return None,
        };
        (self.tokens[open].kind == Kind::Mark
            && self.tokens[start].kind == Kind::Number
            && self.joined(open)
            && self.joined(start)
            && self.text(next) == Some(close)
            && self.joined(next))
        .then_some(next + 1)
    }

    /// Whether the word at `i`, after a number in brackets, is the noun it counts. A bracket
    /// also holds a goal's minute or a rank after a name (وسجل غريزمان (55) وبوغبا، هدف روما),
    /// so the word must look counted: no conjunction, and an accusative, a plural in ين/ات/ون, a
    /// singular in ة or a plural the lexicon knows; or the number is a tally (عدد (26) عربة).
    fn bracketed_noun(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        // (a minute of play is followed by the side it scored for: (81) لفرنسا; the number
        // is the one token in the brackets, i - 2)
        let minute = self.integer(i - 2, 1.0..=130.0).is_some();
        if self.counted_noun(i).is_none()
            || word.starts_with(['و', 'ف'])
            || minute && word.starts_with(['ب', 'ل'])
        {
            return false;
        }
        // (the head of a construct with a definite noun is the goal's, not a count: (62) أهداف
        // الزمالك)
        if !word.ends_with('ا')
            && self.joined(i)
            && self.word(i + 1).is_some_and(|w| w.starts_with("ال"))
        {
            return false;
        }
        let tally = i >= 4 && self.is(i - 4, "tally");
        // (ه is ة in the normalized text; ها، هم a pronoun: (12) آخرها; يوجه a verb)
        let pronoun = word.ends_with("ها") || word.ends_with("هم");
        let verb = word.starts_with('ي') && word.chars().count() == 4;
        let shaped = ["ا", "ين", "ات", "ون", "ه"]
            .iter()
            .any(|end| word.ends_with(end))
            && !pronoun
            && !verb
            || self.lex.plurals.contains_key(word);
        tally || shaped
    }

    /// Whether the number in digits at `i` ends a name in quotation marks, after one to three
    /// words of it (موقع "سبورت 360"، هاتف "آيفون 8"، الصاروخ "فالكون 9"، محادثات "جنيف 2"): a
    /// title quoted with its number names a product, a channel, a meeting. Not when a word of
    /// the quote is one of the grammar's (قال إنه "أكثر من 50"، "ما يزيد عن 50"), nor after the
    /// article, which counts or orders its noun ("الخونة الـ11").
    fn closes_quoted_name(&self, i: usize) -> bool {
        let quote = |k: usize| self.text(k) == Some("\"");
        if !quote(i + 1) || !self.joined(i) || i > 0 && self.text(i - 1) == Some("ال") {
            return false;
        }
        let mut k = i;
        while k > 0 && i - k < 4 {
            k -= 1;
            let token = &self.tokens[k];
            if quote(k) {
                // the opening mark: glued to the name's first word, and after a word at least
                let opening = self.tokens[k + 1].start == token.end && k + 1 < i;
                return opening && self.joined(k);
            }
            let grammar = token.kind != Kind::Word
                || !self.joined(k)
                || Self::stems(token.text).any(|(_, s)| {
                    let cue = self.lex.cues.get(s);
                    // (a spelt letter or a product line is a name's: "سي آر 7"، "آيفون إس إي 2")
                    self.lex.starters.contains(s)
                        || cue.is_some_and(|roles| {
                            roles
                                .iter()
                                .any(|(r, _)| !matches!(*r, "letter" | "identifier" | "product"))
                        })
                });
            if grammar {
                return false;
            }
        }
        false
    }

    /// Whether the number at `i` follows a word that heads identifiers: المادة (26)، رقم 16،
    /// الرحلة رقم AI 139.
    fn headed(&self, i: usize) -> bool {
        let mut k = i;
        if k > 0 && self.text(k - 1) == Some("(") {
            k -= 1;
        }
        if k > 1 && self.word(k - 1).is_some_and(|w| w.is_ascii()) {
            k -= 1;
        }
        k > 0
            && self.word(k - 1).is_some_and(|w| {
                Self::stems(w).any(|(_, s)| {
                    self.lex.is(s, "identifier")
                        || self.lex.is(s, "product") && self.integer(i, 1900.0..=2100.0).is_none()
                })
            })
    }

    /// A definite noun at `i` a number after it counts (الدول، والسنوات): its token and clitics.
    fn definite_noun(&self, i: usize) -> Option<(usize, usize)> {
        let word = self.word(i)?;
        let clitics = Self::stems(word)
            .find(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)?
            .0;
        let bare = &word[word.char_indices().nth(clitics)?.0..];
        let ok = self.joined(i)
            && !self.lex.is(bare, "not_noun")
            && !self.lex.number_words.contains_key(&bare["ال".len()..])
            && self.lex.cue(bare, "relative").is_none()
            && !self.lex.weekdays.contains_key(bare);
        ok.then_some((i, clitics))
    }

    /// A fraction before `i` is of a noun: a word, definite or not, that is not an idiom with
    /// it (ربع النهائي).
    fn fraction_of(&self, i: usize) -> bool {
        // ثلث هذه الوقائع، نصف ذلك المبلغ
        let demonstrative = self
            .word(i)
            .is_some_and(|w| self.lex.is(w, "demonstrative"))
            && self.joined(i - 1)
            && self.joined(i)
            && self.word(i + 1).is_some_and(Self::definite);
        demonstrative
            || self.word(i).is_some_and(|w| {
                self.joined(i - 1)
                    && !self.lex.is(w, "not_noun")
                    && !self.lex.is(w, "fraction_idiom")
                    && !self.lex.number_words.contains_key(w)
                    && w.chars().count() > 1
            })
    }

    /// من [بين] كل 5 after a number: the whole it is a share of, and the token after it (and
    /// after the noun counted, if one follows).
    fn share(&self, i: usize) -> Option<(f64, usize)> {
        if self.word(i) != Some("من") || !self.joined(i) {
            return None;
        }
        let mut k = i + 1;
        if self.word(k) == Some("بين") && self.joined(k) {
            k += 1;
        }
        if self.word(k) != Some("كل") || !self.joined(k) {
            return None;
        }
        let whole = self.number(k + 1).filter(|n| n.value > 0.0)?;
        let next = match self.counted_noun(whole.next) {
            Some(_) => whole.next + 1,
            None => whole.next,
        };
        Some((whole.value, next))
    }

    /// Whether a month or a day and month follow (so a year-like number is part of a date).
    fn date_follows(&self, i: usize) -> bool {
        self.month_at(i).is_some()
    }

    /// The clitic letters of the word at `i` if it is a noun a number can count. The noun after a
    /// number is indefinite: a word with the article (420899 العام الماضي) or a preposition and
    /// the article (11 للهاشتاغ) starts something else.
    fn counted_noun(&self, i: usize) -> Option<usize> {
        let word = self.word(i)?;
        // nor a known word behind a preposition (12 لسنة 2024، 3 بعد)
        let behind = Self::stems(word)
            .skip(1)
            .any(|(_, s)| self.lex.cues.contains_key(s) || self.unit_word(s).is_some());
        // (ثلاثة ألقاب، 5 آليات: the lexicon's nouns whose أل is no article)
        let root_alef_lam = Self::stems(word).any(|(_, s)| {
            s.starts_with("ال")
                && (self.lex.plurals.contains_key(s) || self.lex.singulars.contains_key(s))
        });
        if Self::definite(word) && !root_alef_lam
            || behind
            || Self::preposition_and_verbal_noun(word)
            // (5 ليالي: a plural the lexicon knows, though ل and a verb in ي by its shape)
            || Self::clitic_and_verb(word) && !self.lex.plurals.contains_key(word)
            || Self::present_verb(word)
            || Self::present_verb(word.strip_prefix(['و', 'ف']).unwrap_or(word))
            || Self::past_plural_verb(word)
            || self.lex.is(word, "adverb")
            || self.lex.is(word, "tally")
            || self.after_position(i)
            // 45 قرابة العام 1500، 20 نحو: a qualifier starts the next fact
            || self.qualifier_at(i, Place::Inside).is_some()
            // 100 تقريبا، 50 كحد أقصى: the qualifier after a number with its noun left out
            || self.qualifier_at(i, Place::After).is_some()
        {
            return None;
        }
        self.noun_at(i)
    }

    /// Whether the noun at `h` is a light head (حالة، سيارة، عربة: `light_head` in cues.tsv)
    /// with its complement right after it, which names what is counted (حالة وفاة، حالات
    /// اعتقال، سيارة إسعاف، عربات إطفاء): a verbal noun of the derived forms (ا, three letters
    /// or more and a long ا, not an adjective's ending: حالات استثنائية، سيارات أخرى; not a verb,
    /// 30 حالة ارتكب فيها), or one of
    /// `head_tail` (وفاة، طلاق، أجرة).
    fn compound_tail(&self, h: usize) -> bool {
        let light = self.word(h).is_some_and(|w| self.lex.is(w, "light_head"));
        let Some(tail) = self.word(h + 1).filter(|_| light && self.joined(h)) else {
            return false;
        };
        // (its long ا before the last root letter: اعتقال، إسعاف، إصابة; not a verb, ارتكب)
        let derived = tail.starts_with('ا')
            && tail.chars().skip(2).any(|c| c == 'ا')
            && !tail.starts_with("ال")
            && tail.chars().count() >= 4
            && !tail.ends_with(['ي', 'ى'])
            && !["ية", "يه", "ين", "ون", "ات", "ان"]
                .iter()
                .any(|e| tail.ends_with(e));
        (derived || self.lex.is(tail, "head_tail"))
            && !self.lex.is(tail, "not_noun")
            && !self.lex.cues.contains_key(tail)
            || self.lex.is(tail, "head_tail")
    }

    /// Whether the token before `i` is a number in digits that a head of positions names (في
    /// الدقيقة 67 عندما، المركز 23 برصيد، المرحلة 22 من الدوري): the minute, the place or the
    /// round it names counts no word after it.
    fn after_position(&self, i: usize) -> bool {
        i >= 2
            && self.tokens[i - 1].kind == Kind::Number
            && self.joined(i - 2)
            && self
                .word(i - 2)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "position")))
    }

    /// اثنان، اثنتين written alone (وأصيب اثنان حين انفجرت): two of a noun said before, which it
    /// follows (رجلان اثنان) and never comes before, unlike اثنين in اثنين وعشرين شخصا.
    fn two_alone(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            Self::stems(w).any(|(_, s)| matches!(s, "اثنان" | "اثنين" | "اثنتان" | "اثنتين"))
        })
    }

    /// A verb in the past of the third person plural, with or without an object pronoun
    /// (قتلوا، غادروا، رفضوه، انتقدوها: قتل 5 وأصيب 3 غادروا), which a number never counts:
    /// five letters or more in وا or وه, six or more in وها، وهم (not عضوا، وجوه، ذووه).
    fn past_plural_verb(word: &str) -> bool {
        let letters = word.chars().count();
        (letters >= 5 && (word.ends_with("وا") || word.ends_with("وه")))
            || (letters >= 6 && (word.ends_with("وها") || word.ends_with("وهم")))
    }

    /// A verb in the present of the simple form, third person (48 تلعب، 5 يحمل): ي or ت and
    /// three root letters with no long vowel nor ة, which a noun after a number never is.
    fn present_verb(word: &str) -> bool {
        let mut letters = word.chars();
        matches!(letters.next(), Some('ي' | 'ت'))
            && word.chars().count() == 4
            && letters
                .all(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة' | 'ء' | 'أ' | 'إ' | 'آ'))
    }

    /// 3 بانطلاق، 69 باستخدام، 500 بارتفاع، باستاد: ب before a verbal noun of the derived forms
    /// (انفعال، افتعال، استفعال) or a word in است, a preposition with its noun, never what a
    /// number before it counts.
    fn preposition_and_verbal_noun(word: &str) -> bool {
        let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        let Some(rest) = word.strip_prefix("با") else {
            return false;
        };
        rest.chars().count() >= 3
            && (rest.starts_with('ن') || rest.starts_with("ست") || rest.chars().nth(1) == Some('ت'))
    }

    /// A word that starts a phrase of its own after a number, which counts no noun with a
    /// clitic on it: ب or ل before a noun in م (17 لمهرجان موازين، 16 بمحافظة الحديدة، 40 لميسي),
    /// ل before a verb in the present (3-2 ليرفع رصيده، 3% لتصل)، and و before a verb (قتل 5
    /// وأصيب 17، 4-4 وتأهل روما). Nouns whose root starts so (لاعب، بلد، وظيفة، ولاية) do not.
    fn clitic_and_verb(word: &str) -> bool {
        let letters = |s: &str| s.chars().count();
        if let Some(rest) = word.strip_prefix(['ب', 'ل']) {
            if rest.starts_with('م') && letters(rest) >= 4 {
                return true;
            }
            let verb = (rest.starts_with('ي') && letters(rest) >= 4
                || rest.starts_with('ت') && letters(rest) >= 3)
                && !rest.ends_with(['ه', 'ا', 'ى'])
                && !rest.ends_with("ات");
            if word.starts_with('ل') && verb {
                return true;
            }
        }
        // وأصيب، وأعيد: the passive of the past in أفعل; وتأهل، وتعادل: a verb in ت
        word.strip_prefix('و').is_some_and(|rest| {
            let mut c = rest.chars();
            match (c.next(), c.next(), c.next(), c.next(), c.next()) {
                (Some('ا'), Some(_), Some('ي'), Some(_), None) => true,
                (Some('ت'), Some(_), Some(_), Some(_), _) => !rest.ends_with(['ه', 'ا']),
                _ => false,
            }
        })
    }

    /// Whether a word carries the article, after a clitic or not (الدول، للهاشتاغ، بالمئة).
    fn definite(word: &str) -> bool {
        Self::stems(word).any(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)
            || word.starts_with("لل")
    }

    /// The clitic letters of the word at `i` if it may be a noun after a number, definite or not.
    fn noun_at(&self, i: usize) -> Option<usize> {
        let word = self.word(i)?;
        let bare = word.strip_prefix("ال").unwrap_or(word);
        if !self.joined(i - 1)
            || self.lex.is(word, "not_noun")
            || self.lex.number_words.contains_key(word)
            || self.lex.number_words.contains_key(bare)
            || self.lex.weekdays.contains_key(word)
            || self.lex.cue(word, "relative").is_some()
            || self.month_at(i).is_some()
            || self.longest(i, &self.lex.deictics, true).is_some()
            || word.chars().count() < 2
        {
            return None;
        }
        Some(0)
    }

    /// 3 من المحتجين، ثلاثة من أطفاله: a number of a group named after من; the token of the noun.
    fn partitive(&self, i: usize) -> Option<usize> {
        (self.word(i) == Some("من") && self.joined(i)).then_some(())?;
        self.noun_at(i + 1).map(|_| i + 1)
    }

    /// الأولى، الثانية، أول اتصال، لأول مرة
    fn ordinal(&self, i: usize) -> Option<Draft> {
        let (item, _, _) = self.longest(i, &self.lex.ordinals, true)?;
        let (value, prefix, next) = self.ordinal_value(i)?;
        let definite = item.0[0].starts_with("ال");
        // (والسيدة الأولى، كسيدة أولى: after a clitic too; but ومن أول القواميس, وجهة ثالثة
        // "a third destination", سيدة ثانية "another woman")
        let not_ordinal = i > 0
            && self.word(i - 1).is_some_and(|w| {
                Self::stems(w).any(|(_, s)| {
                    s != "من" && (value == 1 || Self::definite(s)) && self.lex.is(s, "not_ordinal")
                        || value == 1 && self.lex.is(s, "not_first")
                })
            });
        if (not_ordinal || i > 0 && self.is(i - 1, "not_ordinal")) && prefix == 0 {
            return None;
        }
        // ثاني أكسيد الكربون: a compound's name
        if self.is(next, "compound") {
            return None;
        }
        // (الثانية، الأولى: feminine)
        let feminine =
            item.0[0].ends_with(['ه', 'ة']) || (value == 1 && item.0[0].ends_with(['ى', 'ي']));
        if definite && prefix == 0 && self.regnal(i, feminine) {
            return None;
        }
        // شارع الأربعين، قمة العشرين: a name, not an order
        if definite && prefix == 0 && next == i + 1 && self.group_name(i) {
            return None;
        }
        let noun = if definite {
            (i > 0 && self.joined(i - 1))
                .then(|| self.word(i - 1))
                .flatten()
                .filter(|w| !self.lex.is(w, "not_noun") && w.chars().count() > 2)
                .map(|_| (i - 1, 0))
        } else if self.lex.is(item.0[0].as_str(), "alone") {
            // أولا، رابعا، أولاهما: an ordinal on its own
            None
        } else if let Some(noun) = self.noun_before_ordinal(i, &item.0[0]) {
            // مباراة ثانية، لولاية رابعة، بلد ثالث: after the indefinite noun it agrees with
            Some(noun)
        } else if self.word(next).is_none()
            && i.checked_sub(1)
                .and_then(|k| self.word(k).filter(|_| self.joined(k)))
                .is_none_or(Self::definite)
        {
            // an ordinal ending its clause, on its own or after a definite subject (وحل الفريق
            // ثالث.); not after an indefinite noun it does not agree with (ميدان رابعة)
            None
        } else if value == 1 && self.word(next) == Some("من") && self.joined(next - 1) {
            // وأول من طبق: the first who
            None
        } else {
            // أول needs the noun it heads: أول اتصال، أول مرة، ثالث أكبر
            self.word(next).filter(|w| !self.lex.is(w, "not_noun"))?;
            Some((next, 0))
        };
        // القرن التاسع عشر، نهاية القرن الثامن عشر: a century is a time, 18XX
        let century = noun
            .filter(|&(at, _)| at + 1 == i && definite)
            .and_then(|(at, _)| {
                Self::stems(self.word(at)?)
                    .find(|(_, s)| *s == "القرن")
                    .map(|(p, _)| (at, p))
            });
        // (not القرن الأول الهجري، القرن الخامس قبل الميلاد: another era)
        let era = self
            .word(next)
            .is_some_and(|w| matches!(w, "الهجري" | "للهجرة" | "قبل"));
        if let Some((at, clitics)) = century.filter(|_| (1..=21).contains(&value) && !era) {
            let part = at
                .checked_sub(1)
                .and_then(|k| self.qualifier_at(k, Place::Inside).map(|q| (k, q)))
                .filter(|(_, (q, _, after))| Self::is_part(q) && *after == at);
            let (first, prefix) = match part {
                Some((k, (_, p, _))) => (k, p),
                None => (at, clitics),
            };
            let since = self.since_before(first).then_some("since");
            return Some(Draft {
                first,
                last: next,
                prefix,
                kind: "date",
                qualifier: Self::join(since, part.map(|(_, (q, _, _))| q)),
                date: Some(DateParts {
                    century: Some(value as i32),
                    ..DateParts::default()
                }),
                ..Draft::default()
            });
        }
        // في السابعة والعشرين من عمرها، سن الثامنة، تبلغ الرابعة عشرة: an age written as the
        // feminine ordinal of سنة; past twelve it is no hour of the clock
        // (the lexicon's forms are normalized: ة is written ه)
        let feminine = definite && item.0[0].ends_with(['ة', 'ه']);
        let age =
            self.age_after(next) || self.age_before(i) || (value >= 13 && self.reaching_before(i));
        if feminine && age && value < 130 {
            return Some(Draft {
                first: i,
                last: next,
                prefix,
                kind: "duration",
                value: Some(value as f64),
                unit: Some("year"),
                qualifier: self.age_bound_before(i).map(str::to_owned),
                ..Draft::default()
            });
        }
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "ordinal",
            value: Some(value as f64),
            noun,
            ..Draft::default()
        })
    }

    /// Whether the definite ordinal at `i` is a regnal number, part of a name (رمسيس الثالث،
    /// محمد السادس، البابا يوحنا بولس الثاني): after a name kings, popes and pharaohs carry, or,
    /// masculine, after an indefinite word a royal or church title stands just before (البطريرك
    /// آرام الأول، الملك "نختنبو الثاني"); not زيارة الملك سلمان الأولى, where it orders the
    /// visit, nor كأس الملك، فيما يعتبر هدفه الثاني.
    fn regnal(&self, i: usize, feminine: bool) -> bool {
        let Some(name) = i
            .checked_sub(1)
            .filter(|&k| self.joined(k))
            .and_then(|k| self.word(k))
        else {
            return false;
        };
        if Self::stems(name).any(|(_, s)| self.lex.is(s, "regnal")) {
            return true;
        }
        // the title just before the name, or before a quotation mark that opens it
        let title = match i.checked_sub(2) {
            Some(k) if self.tokens[k].kind != Kind::Word => k.checked_sub(1),
            k => k,
        };
        !feminine
            && !Self::definite(name)
            && title
                .and_then(|k| self.word(k))
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, "royal")))
    }

    /// Whether في or a verb of reaching an age (تبلغ، بلغ، البالغة) stands right before `i`.
    fn reaching_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .filter(|&k| self.joined(k))
            .and_then(|k| self.word(k))
            .is_some_and(|w| {
                let w = w
                    .strip_prefix('و')
                    .filter(|w| w.chars().count() > 2)
                    .unwrap_or(w);
                matches!(
                    w,
                    "في" | "تبلغ" | "يبلغ" | "بلغ" | "بلغت" | "البالغ" | "البالغة"
                )
            })
    }

    /// Whether the word before `i` is a feminine dual too, so that the one at `i` is its
    /// adjective (صورتين لطيفتين).
    ///
    /// A nisba (إيرانيتين، دوليتين) is the adjective of a dual one or two words before it, in
    /// construct or not (شركتي خطوط إيرانيتين).
    fn dual_before(&self, i: usize) -> bool {
        let dual = |k: usize, ends: &[&str]| {
            self.joined(k)
                && self
                    .word(k)
                    .is_some_and(|w| ends.iter().any(|e| w.ends_with(e)))
        };
        if i > 0 && dual(i - 1, &["تين", "تان"]) {
            return true;
        }
        let nisba = self
            .word(i)
            .is_some_and(|w| w.ends_with("يتين") || w.ends_with("يتان"));
        nisba
            && (1..=2)
                .filter(|&n| i >= n)
                .any(|n| dual(i - n, &["تين", "تان", "تي", "تا"]))
    }

    /// The indefinite noun before an indefinite ordinal at `i` that agrees with it in gender
    /// (قمة ثانية، بلد ثالث, not ميدان رابعة), with no number before it.
    fn noun_before_ordinal(&self, i: usize, ordinal: &str) -> Option<(usize, usize)> {
        let noun = self.word(i.checked_sub(1)?)?;
        let feminine = |w: &str| w.ends_with('ه');
        // أولى is the feminine of أول (فترة أولى، تجربة أولى)
        let feminine_ordinal = feminine(ordinal) || matches!(ordinal, "اولي" | "اولى" | "أولى");
        let agrees = feminine(noun) == feminine_ordinal;
        let numbered = i > 1 && self.tokens[i - 2].kind == Kind::Number;
        let ok = agrees
            && !numbered
            && self.joined(i - 1)
            && !Self::definite(noun)
            && !self.lex.is(noun, "not_noun")
            && noun.chars().count() > 2
            && !self.lex.number_words.contains_key(noun);
        ok.then_some((i - 1, 0))
    }

    /// A dual noun on its own is a count of two (مصدران، مكالمتين). ـين is also the ending of
    /// sound plurals (مسؤولين), so a word the plurals lexicon knows is not a dual.
    ///
    /// A feminine dual (حفلتين، صورتان) is one whatever the noun, when the stem before تين/تان
    /// has three letters or more (not بوتين) and the word is no name (cue not_dual). A dual unit
    /// of time behind a preposition is a duration (ليومين، بأسبوعين).
    fn dual_count(&self, i: usize) -> Option<Draft> {
        let word = self.word(i)?;
        // شركتا "أوبر" و"وايمو"، مسلسلي "طايع" و"نسر الصعيد": before two names in marks
        // joined by و, a dual in construct names them
        let quoted = self.quoted_pair_after(i);
        // most words in ي are none (في، الذي): only a noun of the lexicon goes on; so in ا (a
        // nominative in construct, حزبا), only before two names in marks
        let masculine = !word.ends_with("تي") && word.ends_with('ي')
            || quoted && !word.ends_with("تا") && word.ends_with('ا');
        let lexicon = |b: &str| {
            self.lex.construct.contains_key(b) || quoted && self.lex.singulars.contains_key(b)
        };
        if masculine
            && !Self::stems(word).any(|(_, s)| s.strip_suffix(['ي', 'ا']).is_some_and(lexicon))
        {
            return None;
        }
        if let Some((p, unit)) = Self::stems(word)
            .skip(1)
            .find_map(|(p, s)| Some((p, self.unit_word(s).filter(|u| u.count == 2)?)))
        {
            return Some(Draft {
                first: i,
                last: i + 1,
                prefix: p,
                kind: if Self::is_time(unit.unit) {
                    "duration"
                } else {
                    "quantity"
                },
                value: Some(2.0),
                unit: Some(unit.unit),
                ..Draft::default()
            });
        }
        // بالفقرتين: the article behind a clitic makes a definite dual, which names the two
        // already spoken of, like الطرفين
        // (before two names in marks, ك is more often a noun's letter than a clitic: وكالتا)
        let definite = if quoted {
            ["ال", "وال", "فال", "بال", "وبال", "لل", "ولل"]
                .iter()
                .any(|a| word.starts_with(a))
        } else {
            Self::stems(word).any(|(_, s)| s.starts_with("ال")) || word.starts_with("لل")
        };
        if self.lex.is(word, "not_dual") || self.dual_before(i) || definite {
            return None;
        }
        // the stem without any clitic, for the length of a feminine dual's stem (وبوتين)
        let bare = Self::stems(word).last().map_or(word, |(_, s)| s);
        let long = |ending: &str| {
            bare.strip_suffix(ending)
                .is_some_and(|b| b.chars().count() >= 3 && !b.ends_with('س'))
        };
        let feminine = long("تين") || long("تان");
        // محافظتي إب وتعز، مباراتي الذهاب والإياب: a feminine dual in construct, of a noun
        // the lexicon knows, before the noun it is joined to
        // صحيفتا الغارديان والتايمز: the same in the nominative
        let construct = word.ends_with("تي") || word.ends_with("تا");
        // فريقي نيويورك جاينز ونيويورك جيتس، مرفأي لومي وكوناكري: a masculine dual in construct
        // ends in ي like a nisba or "my", so only a noun of the lexicon before the two it names
        if (construct || masculine) && !quoted && !self.construct_dual(i, masculine) {
            return None;
        }
        let read = |(p, stem): (usize, &str)| {
            if self.lex.plurals.contains_key(stem) || self.lex.is(stem, "not_dual") {
                return None;
            }
            if construct {
                // (وكالتا is no و، ك and التا, "the two machines")
                if stem.starts_with("ال") {
                    return None;
                }
                let base = stem
                    .strip_suffix("تي")
                    .or_else(|| stem.strip_suffix("تا"))?;
                let lemma = self.lex.singulars.get(&format!("{base}ه")).copied();
                // (before two names in marks, any noun of three letters or more: وكالتا
                // "موديز" و"ستاندرد أند بورز")
                let noun = quoted && base.chars().count() >= 3 && !Self::definite(base);
                return (lemma.is_some() || noun).then_some((p, lemma));
            }
            if masculine {
                let base = stem.strip_suffix(['ي', 'ا'])?;
                let lemma = if quoted {
                    self.lex.singulars.get(base).copied()?
                } else {
                    self.lex.construct.get(base).copied()?
                };
                // شهري أبريل ومايو, not راتب شهري
                let month = self.longest(i + 1, &self.lex.months, false).is_some();
                return (base != "شهر" || month).then_some((p, Some(lemma)));
            }
            let (base, an) = match stem.strip_suffix("ان") {
                Some(base) => (base, true),
                None => (stem.strip_suffix("ين")?, false),
            };
            // (not with the article: البلدين، الطرفين name the two already spoken of)
            let singular = |base: &str| {
                self.lex
                    .singulars
                    .get(base)
                    .copied()
                    .or_else(|| an.then(|| self.lex.duals_an.get(base).copied()).flatten())
            };
            let lemma = singular(base).or_else(|| {
                base.strip_suffix('ت')
                    .and_then(|b| singular(&format!("{b}ه")))
            });
            // زلاتان، يوناتان، باكاتان: before تان/تين a long ا is a name's more often than a
            // noun's in اة, so such a noun is one of the lexicon (مباراة، قناة، امرأة)
            let feminine = feminine
                && !stem.starts_with("ال")
                && base.strip_suffix('ت').is_some_and(|b| !b.ends_with('ا'));
            (lemma.is_some() || feminine).then_some((p, lemma))
        };
        // بفترتين، لطائرتين: a stem behind a clitic whose singular the lexicon knows is the noun,
        // and the preposition stays out of the span; a word the lexicon does not know is read
        // whole (بطولتين: ب may be the noun's own letter)
        let readings: Vec<_> = Self::stems(word).filter_map(read).collect();
        let (prefix, lemma) = readings
            .iter()
            .find(|(_, lemma)| lemma.is_some())
            .or(readings.first())
            .copied()?;
        Some(Draft {
            first: i,
            last: i + 1 + usize::from(self.two_after(i)),
            prefix,
            kind: "count",
            value: Some(2.0),
            noun: Some((i, prefix)),
            noun_lemma: lemma,
            ..Draft::default()
        })
    }

    /// Whether two names in marks joined by و follow the word at `i` ("أوبر" و"وايمو"، "طايع"
    /// لعمرو يوسف، و"نسر الصعيد"): the first right after it, of ten tokens at most, the second
    /// opened by و within six tokens of its close, with no full stop nor line between.
    fn quoted_pair_after(&self, i: usize) -> bool {
        let mark = |k: usize| self.text(k) == Some("\"");
        let inside = |k: usize| {
            self.joined(k - 1) && !matches!(self.text(k), Some("." | "!" | "?" | "؟" | ":"))
        };
        if !mark(i + 1) || !self.joined(i) {
            return false;
        }
        let Some(close) = (i + 3..=i + 12)
            .take_while(|&k| inside(k))
            .find(|&k| mark(k))
        else {
            return false;
        };
        (close + 1..=close + 6)
            .take_while(|&k| inside(k) && !mark(k))
            .any(|k| self.text(k) == Some("و") && mark(k + 1) && self.joined(k))
    }

    /// Whether اثنين, اثنتين (or اثنان, اثنتان) follows the word at `i`: the dual said twice
    /// (طفلين اثنين), one count.
    fn two_after(&self, i: usize) -> bool {
        self.joined(i)
            && self
                .word(i + 1)
                .is_some_and(|w| matches!(w, "اثنين" | "اثنتين" | "اثنان" | "اثنتان"))
    }

    /// اثنين after a noun in ـين or ـان (صحفيين اثنين، مرشحان اثنان): a count of two of it, the
    /// noun in the span, whether or not the lexicon knows its dual.
    fn two(&self, i: usize) -> Option<Draft> {
        let k = i.checked_sub(1)?;
        let noun = self.word(k)?;
        let dual = noun.ends_with("ين") || noun.ends_with("ان");
        if !self.two_after(k)
            || !dual
            || Self::definite(noun)
            || noun.chars().count() < 4
            || self.lex.is(noun, "not_noun")
            || self.lex.number_words.contains_key(noun)
        {
            return None;
        }
        Some(Draft {
            first: k,
            last: i + 1,
            kind: "count",
            value: Some(2.0),
            noun: Some((k, 0)),
            ..Draft::default()
        })
    }

    /// Whether the word at `i`, ending in تي, is a dual in construct rather than a noun with
    /// "my" (مدينتي، مسيرتي in a quote): what follows names the two (محافظتي درعا والقنيطرة،
    /// مرحلتي الذهاب والإياب), or is a bare noun (ناقلتي نفط), not a number, nor a word behind a
    /// preposition (مسيرتي كلاعب), nor an adjective with the article (مباراتي الأخيرة).
    /// A masculine one needs the two named after it.
    fn construct_dual(&self, i: usize, masculine: bool) -> bool {
        let Some(next) = self.word(i + 1).filter(|_| self.joined(i)) else {
            return false;
        };
        // (للمملكة ولحكومتي والملك: "my government", and the king)
        if self.lex.is(next, "not_noun") || next.starts_with("وال") {
            return false;
        }
        let named = (i + 2..=i + 4).any(|k| {
            self.word(k)
                .is_some_and(|w| w.starts_with('و') && w.chars().count() > 2)
                && (i + 1..k).all(|j| {
                    // (شهري أبريل/نيسان ومايو/أيار: a name written twice)
                    self.tokens[j].kind != Kind::Mark
                        || matches!(self.text(j), Some("،" | "," | "/"))
                })
        });
        let bare = !Self::definite(next)
            && !next.starts_with(['ك', 'ب', 'ل'])
            && self.number(i + 1).is_none()
            && self.tokens[i + 1].kind == Kind::Word;
        // (بشكل يومي، بصورة يومية: an adjective of manner, "daily")
        let manner = i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| matches!(w, "بشكل" | "بصورة" | "بطريقة"));
        if manner {
            return false;
        }
        if masculine {
            // (منتخبي البرازيل والأرجنتين، مرفأي لومي وكوناكري: a name may have the article
            // or start like a preposition)
            // (not "my" before a verb: أعتقد أن فريقي يهاجم وأحرزنا; a short word in ي is one,
            // a name in ي is longer: يوفنتوس)
            let verb = next.starts_with('ي') && next.chars().count() <= 5;
            return named && self.tokens[i + 1].kind == Kind::Word && !verb;
        }
        named || bare
    }

    /// A noun with واحد or واحدة after it is a count of one (مباراة واحدة، قرية واحدة).
    fn one(&self, i: usize) -> Option<Draft> {
        let word = self.word(i)?;
        if i > 0 && matches!(word, "الواحد" | "الواحده") {
            return self.definite_one(i);
        }
        if i == 0 || !self.lex.is(word, "whole") || self.lex.is(word, "duration") {
            return None;
        }
        // واحد، واحدة، واحدا: not كامل, which says "whole" of a unit only
        let one = word.starts_with("واحد");
        let noun = self.word(i - 1)?;
        // حالة وفاة واحدة، سيارة إسعاف واحدة: from the light head, حالة too
        let first = if i >= 2 && self.joined(i - 2) && self.compound_tail(i - 2) {
            i - 2
        } else {
            i - 1
        };
        // هدفا واحدا: واحدا agrees with a noun in the accusative, in ا; after another word it
        // is "one" itself (يعد واحدا من أبرز، ليصبح واحدا من)
        let agrees = word != "واحدا" || noun.ends_with('ا') && !noun.ends_with("ها");
        if !one
            || !agrees
            || !self.joined(i - 1)
            || Self::definite(noun)
            || noun.chars().count() < 2
            || self.lex.is(noun, "not_noun")
            || self.lex.number_words.contains_key(noun)
        {
            return None;
        }
        Some(Draft {
            first,
            last: i + 1,
            kind: "count",
            value: Some(1.0),
            noun: Some((first, 0)),
            ..Draft::default()
        })
    }

    /// الحالة الواحدة، للبرميل الواحد، المريض الواحد: a definite noun with الواحد or الواحدة
    /// after it, agreeing in gender, is a count of one ("a single", "per one"); not a name
    /// (عبد الواحد، سياسة الصين الواحدة).
    fn definite_one(&self, i: usize) -> Option<Draft> {
        let word = self.word(i)?;
        let noun = self.word(i - 1)?;
        let feminine = |w: &str| w.ends_with('ه');
        let ok = self.joined(i - 1)
            && Self::definite(noun)
            && feminine(noun) == feminine(word)
            && !self.lex.is(noun, "not_noun")
            && !self.lex.number_words.contains_key(noun);
        ok.then(|| Draft {
            first: i - 1,
            last: i + 1,
            kind: "count",
            value: Some(1.0),
            noun: Some((i - 1, 0)),
            ..Draft::default()
        })
    }

    /// A magnitude without a number: الملايين، آلاف، عشرات. Vague: it has no exact value.
    fn vague(&self, i: usize) -> Option<Draft> {
        let (prefix, magnitude) =
            Self::stems(self.word(i)?)
                .into_iter()
                .find_map(|(p, stem)| {
                    let stem = stem.strip_prefix("ال").unwrap_or(stem);
                    match self.lex.number_words.get(stem)? {
                        &(v, Role::Plural) => Some((p, v)),
                        _ => None,
                    }
                })?;
        let noun = self.counted_noun(i + 1).map(|_| (i + 1, 0));
        Some(Draft {
            first: i,
            last: i + 1,
            prefix,
            kind: "vague",
            value: None,
            unit: Some(match magnitude as u64 {
                10 => "tens",
                100 => "hundreds",
                1000 => "thousands",
                1_000_000 => "millions",
                _ => "billions",
            }),
            noun,
            note: Some("vague"),
            ..Draft::default()
        })
    }
}

/// The riyal of the country a word names (السعودي، قطر), after a clitic too; with `places`,
/// of its capital or a city of it too (الرياض، الدوحة).
fn riyal_of(lex: &Lexicon, word: &str, places: bool) -> Option<&'static str> {
    Parser::stems(word).find_map(|(_, s)| {
        lex.cue(s, "riyal")
            .or_else(|| places.then(|| lex.cue(s, "riyal_place")).flatten())
            .flatten()
    })
}

/// The riyal of the country a text is about, for a riyal it names without the country
/// (حساب المواطن ... 2.4 مليار ريال in a text that names مكة and no other riyal's country):
/// the country whose words the text holds most often, when no other one is named as often.
/// A text with no ريال is not read.
pub fn document_riyal<'t>(
    lex: &Lexicon,
    text: &str,
    tokens: impl Iterator<Item = Token<'t>>,
) -> Option<&'static str> {
    if !text.contains("ريال") {
        return None;
    }
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for token in tokens.filter(|t| t.kind == Kind::Word) {
        let Some(code) = riyal_of(lex, token.text, true) else {
            continue;
        };
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(code, _)] => Some(code),
        [(code, n), (_, m), ..] if n > m => Some(code),
        _ => None,
    }
}
