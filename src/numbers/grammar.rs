//! The grammar of numeric expressions in Arabic news, over the tokens of the normalized text.
//!
//! Rules are tried at each token in order of how much they claim (a date before the number that
//! starts it, a clock time before the ordinal in it); the first that matches consumes its tokens.
//! This file holds the parser and its walk over the tokens; what it reads is in files of their
//! own under `grammar/`: values (numbers in digits and words), measures (units, money, ages),
//! nouns (what a count counts), dates, relative dates and tense, clock times and scores,
//! ordinals, and the qualifiers around a number.

use super::lexicon::{Cue, Lexicon, Phrases, Place, Role, Unit};

#[path = "calendar.rs"]
pub mod calendar;
use std::cell::{Cell, OnceCell};

use crate::tokens::{Kind, Token, Tokens};

mod clock;
mod dates;
mod measures;
mod nouns;
mod ordinals;
mod qualifiers;
mod relative;
mod values;

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
    /// The sentence speaks of what is to come farther back (ومن المقرر أن يدلي الناخبون،
    /// الأحد، بأصواتهم): a weaker sign, which makes a bare weekday the next one only when the
    /// latest would lie three days back or more.
    pub soon: bool,
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
    /// The number in words at a token, as last read: the clock's hour and the measure's number
    /// ask for it at the same token.
    number_words: Cell<Option<(usize, Option<Number>)>>,
    /// The riyal and the pound of the country the whole text is about, for one named without
    /// its country.
    currencies: Option<&'a TextCurrencies<'a>>,
}

/// A number read at a token: its value, the token after it, and clitic letters before it.
#[derive(Clone, Copy)]
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
            number_words: Cell::new(None),
            currencies: None,
        }
    }

    /// The parser, with the currencies of the text its tokens are of.
    pub fn with_currencies(self, currencies: &'a TextCurrencies<'a>) -> Self {
        Parser {
            currencies: Some(currencies),
            ..self
        }
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
                // مسلسل "بنات اليوم"، فيلم «ست بنات وعريس»: a number of a work's name, no fact
                Some(draft) if self.in_title(&draft) => {
                    i = draft.last.max(i + 1);
                }
                Some(draft) if self.first_of_duration(&draft, drafts.last()) => {
                    i = draft.last.max(i + 1);
                    if let Some(duration) = drafts.last_mut() {
                        duration.last = draft.last;
                        duration.qualifier =
                            Self::join(duration.qualifier.as_deref(), Some("start"));
                    }
                }
                // نهاية العام الحالي 2018، أكتوبر من العام الجاري 2018: the year the relative
                // one names, written after it, is one fact with it
                Some(draft) if self.names_year_before(&draft, drafts.last()) => {
                    i = draft.last.max(i + 1);
                    if let Some(before) = drafts.last_mut() {
                        Self::take_year(before, &draft);
                        // بدءا من مطلع العام 2020: from that year on, the words in the span, as
                        // year() has them before مطلع عام 2020
                        let starting = (before.kind == "year" && before.prefix == 0)
                            .then(|| self.starting_before(before.first))
                            .flatten();
                        if let Some((at, clitics)) = starting {
                            before.first = at;
                            before.prefix = clitics;
                            before.qualifier =
                                Self::join(Some("since"), before.qualifier.as_deref());
                        }
                    }
                }
                // المراكز الأربعة الأولى، الفرق الستة الأوائل: "the first four" is the count's,
                // no ordinal of its own
                Some(draft) if self.first_of_count(&draft, drafts.last()) => {
                    i = draft.last.max(i + 1);
                }
                Some(mut draft) => {
                    i = draft.last.max(i + 1);
                    let first = draft.first;
                    if self.since_event_before(&draft, drafts.last()) {
                        draft.qualifier = Self::join(Some("since"), draft.qualifier.as_deref());
                        // (as right after منذ: a date without its year lies behind)
                        if let Some(date) = draft.date.as_mut() {
                            date.past = date.year.is_none() && date.year_offset.is_none();
                        }
                    }
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
                    // في شهر يونيو → يونيو: the word شهر before a month it opens is out of the
                    // span, as the golds have it (inside one it stays: الأول من شهر مارس)
                    if draft.kind == "date"
                        && draft.prefix == 0
                        && self.text(draft.first) == Some("شهر")
                        && self.joined(draft.first)
                    {
                        if let Some((_, clitic, _)) = self.month_at(draft.first + 1) {
                            draft.first += 1;
                            draft.prefix = clitic;
                        }
                    }
                    if let Some((q, first, prefix, last)) = self.quantity_around_word(&draft) {
                        draft.qualifier = Self::join(Some(q), draft.qualifier.as_deref());
                        (draft.first, draft.prefix, draft.last) = (first, prefix, last);
                        i = i.max(last);
                    }
                    if let Some(currency) = self.currency_elided(&draft, drafts.last()) {
                        draft.kind = "money";
                        draft.unit = Some(currency);
                    }
                    drafts.push(draft);
                }
                None => i += 1,
            }
        }
        (drafts, i)
    }

    /// Whether tokens `first..last` lie inside a name in quotation marks that a word naming a
    /// work, a movement or a slogan opens (مسلسل "بنات اليوم"، فيلم «ست بنات وعريس»، حركة "خمس
    /// نجوم"، ألبوم "180 درجة"، بعنوان "سالب 1095 يوم"): the number belongs to the name, which
    /// is no fact of the news. The marks must close the name within a few words, with no other
    /// mark between, and hold five tokens at most (a quoted sentence after such a word is no name). Not a year or a date in
    /// digits, which a name holds as a fact of its own (حركة "6 أبريل"، مهرجان "القاهرة 2018").
    /// In a list of names in marks joined by و, the word before the first names them all.
    fn in_title(&self, draft: &Draft) -> bool {
        let (first, last) = (draft.first, draft.last);
        let quote = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.kind == Kind::Mark && matches!(t.text, "\"" | "«" | "»" | "“" | "”")
            })
        };
        let open = (first.saturating_sub(4)..first)
            .rev()
            .find(|&k| self.tokens[k].kind == Kind::Mark);
        let Some(open) = open.filter(|&k| quote(k) && k > 0) else {
            return false;
        };
        let close =
            (last..(last + 4).min(self.tokens.len())).find(|&k| self.tokens[k].kind == Kind::Mark);
        let digits = (first..last).any(|k| self.tokens[k].kind == Kind::Number);
        if !close.is_some_and(|k| quote(k) && k - open <= 6)
            || digits && matches!(draft.kind, "year" | "date")
        {
            return false;
        }
        // a list of names, each in its marks (أفلام منها "ليالي الحب" و"بنات اليوم"): back to the
        // first, whose marks the word naming them opens
        let mut open = open;
        for _ in 0..40 {
            if !(open >= 3 && self.word(open - 1) == Some("و") && quote(open - 2)) {
                break;
            }
            let before = (open.saturating_sub(10)..open - 2)
                .rev()
                .find(|&k| self.tokens[k].kind == Kind::Mark);
            match before.filter(|&k| quote(k) && k > 0) {
                Some(k) => open = k,
                None => break,
            }
        }
        // the naming word right before the marks, or a few words before (أفلام سينمائية منها),
        // within its clause: not past a word with و (الحركة الجوية وقالت "...")
        for k in (open.saturating_sub(3)..open).rev() {
            let Some(w) = self.word(k).filter(|_| self.joined(k)) else {
                return false;
            };
            if Self::stems(w).any(|(_, s)| self.lex.titles.contains(s)) {
                return true;
            }
            if w.starts_with('و') {
                return false;
            }
        }
        false
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
                .any(|(_, s)| self.lex.is(s, Cue::RangeEnd));
        opened
            && joins
            && self.fact_at(to + 1).is_some_and(|end| {
                end.prefix == 0 && matches!(end.kind, "date" | "year" | "relative_date" | "weekday")
            })
    }

    /// 42.611 مليار دولار ... من 42.524 مليار، 126 مليون يورو مقابل 94 مليونا: an amount of
    /// the scale of the amount of money right before it in its sentence (no fact between, ten
    /// tokens at most), with no noun of its own and a scale word last, is of that currency.
    fn currency_elided(&self, draft: &Draft, before: Option<&Draft>) -> Option<&'static str> {
        let before = before.filter(|b| b.kind == "money")?;
        let (value, other) = (draft.value?, before.value?);
        let scale = |v: f64| (v.abs().log10() / 3.0).floor() as i32;
        if draft.kind != "cardinal"
            || draft.noun.is_some()
            || draft.value_max.is_some()
            || value < 1000.0
            || scale(value) != scale(other)
        {
            return None;
        }
        let scaled = self.word(draft.last - 1).is_some_and(|w| {
            Self::stems(w).any(|(_, s)| {
                self.lex
                    .number_words
                    .get(s)
                    .is_some_and(|e| matches!(e.1, Role::Scale | Role::Plural | Role::DualScale))
            })
        });
        let near = draft.first >= before.last
            && draft.first - before.last <= 10
            && (before.last..draft.first).all(|k| {
                self.joined(k) && !matches!(self.tokens[k].text, "." | "!" | "?" | "؟" | ":")
            });
        (scaled && near).then_some(before.unit?)
    }

    /// آخر 10 سنوات، أول 100 يوم، في آخر 3 مباريات: the last or first of a number of units or of
    /// a plural, one fact from آخر or أول, which says which (last, start), as السنوات العشر
    /// الماضية and الأشهر الستة الأولى do after the noun. Not before a year, an amount of
    /// money or a bare number (أول 3 من أصل 10: the ordinal's).
    fn first_or_last(&self, i: usize) -> Option<Draft> {
        let (prefix, which) = Self::stems(self.word(i)?)
            .find_map(|(p, s)| Some((p, self.lex.cue(s, Cue::FirstLast)??)))?;
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

    /// Whether `draft` is a year in digits alone, right after `before`, a year named relative to
    /// the article (العام الحالي، العام الماضي، نهاية العام المقبل) or a month of one (أكتوبر من
    /// العام الجاري): the same year written twice, as a month is (مارس/آذار).
    fn names_year_before(&self, draft: &Draft, before: Option<&Draft>) -> bool {
        let bare = draft.kind == "year"
            && draft.prefix == 0
            && draft.last == draft.first + 1 + usize::from(self.gregorian_sign(draft.first))
            && draft.qualifier.is_none();
        bare && before.is_some_and(|d| {
            let relative = d.date.is_some_and(|p| match d.kind {
                "relative_date" => p.relative == Some("year"),
                "date" => p.year.is_none() && p.year_offset.is_some(),
                _ => false,
            });
            relative && d.last == draft.first && self.joined(d.last - 1)
        })
    }

    /// `before`, a relative year or a month of one, with the year `year` written after it: a
    /// year (its part kept: نهاية العام الحالي 2018 is the end of 2018), or a month of that year.
    fn take_year(before: &mut Draft, year: &Draft) {
        let Some(number) = year.date.and_then(|d| d.year) else {
            return;
        };
        before.last = year.last;
        if before.kind == "relative_date" {
            let kept = before.qualifier.as_deref().map(|q| {
                q.split('+')
                    .filter(|q| !matches!(*q, "last" | "next" | "this"))
                    .collect::<Vec<_>>()
                    .join("+")
            });
            before.kind = "year";
            before.value = year.value;
            before.unit = None;
            before.qualifier = kept.filter(|q| !q.is_empty());
            before.date = Some(DateParts {
                year: Some(number),
                ..DateParts::default()
            });
        } else if let Some(date) = before.date.as_mut() {
            date.year = Some(number);
            date.year_offset = None;
        }
    }

    /// Whether `draft` is the ordinal الأولى، الأول or الأوائل right after `before`, a count of
    /// a definite noun by a definite number (المراكز الأربعة الأولى، الصفوف العشرة الأولى).
    fn first_of_count(&self, draft: &Draft, before: Option<&Draft>) -> bool {
        draft.kind == "ordinal"
            && draft.prefix == 0
            && draft.last == draft.first + 1
            && draft.value == Some(1.0)
            // (feminine or plural, agreeing with the plural: not اللقاء بين الزعامات الثلاث
            // الأول من نوعه, the meeting's)
            && self
                .word(draft.first)
                .is_some_and(|w| w.starts_with("ال") && ["ولى", "ولي", "واءل"].iter().any(|e| w.ends_with(e)))
            && before.is_some_and(|d| {
                d.kind == "count"
                    && d.last == draft.first
                    && self.joined(d.last - 1)
                    && d.value.is_some_and(|v| v > 1.0)
                    && d.prefix == 0
                    && self.word(d.first).is_some_and(Self::definite)
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
    /// with (one of [`Lexicon::openers`]), only the dual rule for another word ending in ان/ين,
    /// none for the rest.
    fn starts(&self, i: usize) -> Start {
        let token = &self.tokens[i];
        match token.kind {
            Kind::Number => Start::Any,
            // a currency symbol before its amount ($10)
            Kind::Mark if self.lex.units.by_first.contains_key(token.text) => Start::Any,
            Kind::Mark => Start::None,
            Kind::Word if self.lex.openers.contains(token.text) => Start::Any,
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
            .or_else(|| self.goal(i))
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

    /// The word and the forms it takes without its proclitics: و/ف, then ب/ل/ك, each taken off
    /// where two letters at least are left; with each form, how many letters were taken off.
    #[inline]
    fn stems(word: &str) -> Stems<'_> {
        // (every word of the text is tried: the proclitics are read as bytes, two each)
        let conjunction = after_proclitic(word, &[WAW, FA]);
        let rest = conjunction.unwrap_or(word);
        let preposition = after_proclitic(rest, &[BA, LAM, KAF]);
        let taken = usize::from(conjunction.is_some());
        let mut stems = Stems::one(word);
        if let Some(form) = conjunction {
            stems.push((1, form));
        }
        if let Some(form) = preposition {
            stems.push((taken + 1, form));
        }
        stems
    }

    /// The longest item of `phrases` that stands at token `i` (the last one found, of several
    /// as long).
    fn longest<T>(&self, i: usize, phrases: &'a Phrases<T>, clitics: bool) -> Option<Match<'a, T>> {
        let text = self.text(i)?;
        let forms = if clitics {
            Self::stems(text)
        } else {
            Stems::one(text)
        };
        let mut longest: Option<Match<'a, T>> = None;
        for (prefix, form) in forms {
            for item in phrases.starting_with(form) {
                let Some(next) = self.rest_at(i, &item.0) else {
                    continue;
                };
                if longest.is_none_or(|(_, _, end)| next >= end) {
                    longest = Some((item, prefix, next));
                }
            }
        }
        longest
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

    fn is(&self, i: usize, role: Cue) -> bool {
        self.text(i).is_some_and(|w| self.lex.is(w, role))
    }

    fn integer(&self, i: usize, range: std::ops::RangeInclusive<f64>) -> Option<u32> {
        let token = self.tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        let value = token
            .value()
            .filter(|v| v.fract() == 0.0 && range.contains(v))?;
        Some(value as u32)
    }
}

/// The proclitics in UTF-8: و، ف، ب، ل، ك.
const WAW: [u8; 2] = [0xD9, 0x88];
const FA: [u8; 2] = [0xD9, 0x81];
const BA: [u8; 2] = [0xD8, 0xA8];
const LAM: [u8; 2] = [0xD9, 0x84];
const KAF: [u8; 2] = [0xD9, 0x83];

/// The forms [`Parser::stems`] gives: three at most, kept in place rather than chained
/// iterators (every word of the text is asked for them, most more than once).
#[derive(Clone, Copy)]
pub struct Stems<'w> {
    forms: [(usize, &'w str); 3],
    len: u8,
    next: u8,
}

impl<'w> Stems<'w> {
    /// The word alone, as its only form.
    fn one(word: &'w str) -> Self {
        Stems {
            forms: [(0, word); 3],
            len: 1,
            next: 0,
        }
    }

    fn push(&mut self, form: (usize, &'w str)) {
        self.forms[usize::from(self.len)] = form;
        self.len += 1;
    }
}

impl<'w> Iterator for Stems<'w> {
    type Item = (usize, &'w str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let form = *self.forms[..usize::from(self.len)].get(usize::from(self.next))?;
        self.next += 1;
        Some(form)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::from(self.len - self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Stems<'_> {}

/// `word` without its first letter, if that is one of `letters` and two letters at least follow.
fn after_proclitic<'w>(word: &'w str, letters: &[[u8; 2]]) -> Option<&'w str> {
    let first = word.as_bytes().get(..2)?;
    if !letters.iter().any(|letter| letter == first) {
        return None;
    }
    let rest = &word[2..];
    let mut chars = rest.chars();
    (chars.next().is_some() && chars.next().is_some()).then_some(rest)
}

/// The `currency` (its role in `cues.tsv`, a riyal or a pound) of the country a word names
/// (السعودي، قطر), after a clitic too; with `places`, for a riyal, of its capital or a city of
/// it too (الرياض، الدوحة).
fn currency_of(lex: &Lexicon, word: &str, currency: Cue, places: bool) -> Option<&'static str> {
    Parser::stems(word).find_map(|(_, s)| {
        lex.cue(s, currency)
            .or_else(|| {
                (places && currency == Cue::Riyal)
                    .then(|| lex.cue(s, Cue::RiyalPlace))
                    .flatten()
            })
            .flatten()
    })
}

/// The riyal and the pound of the country a text is about ([`document_currencies`]), found
/// when a rule first asks: most texts name no riyal or pound without its country.
pub struct TextCurrencies<'t> {
    lex: &'t Lexicon,
    text: &'t str,
    found: OnceCell<[Option<&'static str>; 2]>,
}

impl<'t> TextCurrencies<'t> {
    /// The currencies of `text`, normalized as the lexicon is.
    pub fn new(lex: &'t Lexicon, text: &'t str) -> Self {
        TextCurrencies {
            lex,
            text,
            found: OnceCell::new(),
        }
    }

    /// The `currency` (a riyal or a pound) of the country the text is about.
    pub fn of(&self, currency: Cue) -> Option<&'static str> {
        let [riyal, pound] = *self
            .found
            .get_or_init(|| document_currencies(self.lex, self.text));
        match currency {
            Cue::Riyal => riyal,
            Cue::Pound => pound,
            _ => None,
        }
    }
}

/// The riyal of the country a text is about, for a riyal it names without the country
/// (حساب المواطن ... 2.4 مليار ريال in a text that names مكة and no other riyal's country):
/// the country whose words the text holds most often, when no other one is named as often.
/// A text with no ريال has none.
///
/// The same for a pound (جنيه without its country): a text on Britain that never names Egypt
/// (a transfer of the English league, 52 مليون جنيه) means sterling. Both from one reading of
/// the text's words.
pub fn document_currencies(lex: &Lexicon, text: &str) -> [Option<&'static str>; 2] {
    let read = [(Cue::Riyal, "ريال"), (Cue::Pound, "جني")]
        .map(|(currency, marker)| text.contains(marker).then_some(currency));
    let mut counts: [Vec<(&'static str, usize)>; 2] = Default::default();
    if read.iter().any(Option::is_some) {
        for token in Tokens::new(text).filter(|t| t.kind == Kind::Word) {
            for (currency, counts) in read.iter().zip(&mut counts) {
                let Some(code) = currency.and_then(|c| currency_of(lex, token.text, c, true))
                else {
                    continue;
                };
                match counts.iter_mut().find(|(c, _)| *c == code) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((code, 1)),
                }
            }
        }
    }
    counts.map(|mut counts| {
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [(code, _)] => Some(*code),
            [(code, n), (_, m), ..] if n > m => Some(*code),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one look-up of a word in `Lexicon::openers` says what taking its proclitics off and
    /// looking each form up among the starters, the words of decades and the years after لل
    /// says, for every word of those lexicons behind any proclitic, and cut after any letter.
    #[test]
    fn a_word_opens_a_fact_as_its_forms_without_proclitics_say() {
        let lex = Lexicon::get();
        let parser = Parser::new(lex, &[]);
        let by_forms = |word: &str| {
            Parser::stems(word).any(|(_, s)| lex.starters.contains(s))
                || parser.decades(word).is_some()
                || word
                    .strip_prefix("لل")
                    .is_some_and(|rest| lex.is(rest, Cue::Year))
        };
        let before = [
            "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "فو", "بو",
            "وف", "كب", "ال", "ووب",
        ];
        let mut words: Vec<String> = ["وقال", "ببب", "وب", "ول", "ولا", "فلن", "ب", "فب1"]
            .map(String::from)
            .to_vec();
        for stem in lex
            .starters
            .iter()
            .map(String::as_str)
            .chain(lex.cues.keys())
        {
            words.extend(before.iter().map(|p| format!("{p}{stem}")));
            words.extend(
                stem.char_indices()
                    .skip(1)
                    .map(|(at, _)| stem[at..].to_owned()),
            );
        }
        for word in &words {
            assert_eq!(
                lex.openers.contains(word.as_str()),
                by_forms(word),
                "{word}"
            );
        }
        let opening = words.iter().filter(|w| lex.openers.contains(w.as_str()));
        assert!(opening.count() > 10_000);
        assert!(lex.openers.contains("وبعقدين") && lex.openers.contains("للعام"));
    }

    /// The number in words read at a token again, after others were read between, is the one
    /// a parser reads there anew (the parser keeps the last one read).
    #[test]
    fn a_number_in_words_read_again_is_the_one_read_anew() {
        let lex = Lexicon::get();
        let text = lex
            .normalizer
            .normalize("قتل ثلاثة وعشرون شخصا وأصيب خمسة آلاف وسبعمئة في اثني عشر يوما");
        let tokens = crate::tokens::tokenize(&text);
        let read =
            |parser: &Parser, i: usize| parser.number_words(i).map(|n| (n.value, n.next, n.prefix));
        let parser = Parser::new(lex, &tokens);
        let mut values = Vec::new();
        for i in 0..tokens.len() {
            let anew = read(&Parser::new(lex, &tokens), i);
            assert_eq!(read(&parser, i), anew);
            read(&parser, (i + 3) % tokens.len());
            assert_eq!(read(&parser, i), anew);
            values.extend(anew.map(|(value, _, _)| value));
        }
        for value in [23.0, 5700.0, 12.0] {
            assert!(values.contains(&value), "{values:?}");
        }
    }

    /// و or ف, then ب, ل or ك come off a word, each only where two letters at least are left.
    #[test]
    fn a_word_s_forms_are_those_its_proclitics_leave() {
        let forms = |word| Parser::stems(word).collect::<Vec<_>>();
        assert_eq!(
            forms("وبعقدين"),
            [(0, "وبعقدين"), (1, "بعقدين"), (2, "عقدين")]
        );
        assert_eq!(forms("فلن"), [(0, "فلن"), (1, "لن")]);
        assert_eq!(forms("ولا"), [(0, "ولا"), (1, "لا")]);
        assert_eq!(forms("لعام"), [(0, "لعام"), (1, "عام")]);
        assert_eq!(forms("كل"), [(0, "كل")]);
        // ب before و is no pair of proclitics: only ب comes off
        assert_eq!(forms("بوقت"), [(0, "بوقت"), (1, "وقت")]);
        assert_eq!(forms("ووقت"), [(0, "ووقت"), (1, "وقت")]);
        assert_eq!(forms("فيه"), [(0, "فيه"), (1, "يه")]);
        assert_eq!(forms("و"), [(0, "و")]);
        assert_eq!(forms("1"), [(0, "1")]);
        assert_eq!(forms(""), [(0, "")]);
    }
}
