//! Numeric facts in Arabic news: numbers in digits and words, durations, counts with the noun
//! they count, ranges, fractions, qualifiers, percentages, money, dates, weekdays, clock times
//! and ordinals, with their values resolved and their spans in the original text.

mod grammar;
mod hijri;
mod lexicon;
pub mod words;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use grammar::{calendar, DateParts, Draft, Parser, TextCurrencies};
use lexicon::{Cue, Lexicon};

use crate::normalize::Options;
use crate::tokens::{Document, Prepared, Token};

/// The noun a number counts, or an ordinal orders.
#[derive(Clone, Debug, PartialEq)]
pub struct Noun {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Its singular, without the accusative ending (أسيرًا → أسير، مناطق → منطقة).
    pub lemma: String,
}

/// One numeric fact. Offsets are code points of the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct NumericFact {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// cardinal, count, duration, range, percent, money, quantity (a measure: 4 أمتار, 30 تريليون
    /// قدم مكعب), date, year, weekday, relative_date, clock_time, ordinal, score (a match's: the
    /// first side's in `value`, the other's in `value_max`), or vague.
    pub kind: &'static str,
    /// The number (for a weekday its ISO number, Monday = 1; for a clock time the hours).
    pub value: Option<f64>,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// minute, hour, day, week, month, year, percent, a currency code, a unit of measure (km,
    /// metre, m2, cubic_foot, kg, litre, barrel...); for a relative date also season or
    /// fiscal_year (الموسم الماضي، العام المالي المقبل).
    pub unit: Option<&'static str>,
    /// more_than, less_than, at_least, at_most, approx, within, ago, since, after, last, next,
    /// start, mid, end, or several joined by + in that order (approx+ago, since+start+last).
    pub qualifier: Option<String>,
    pub counted_noun: Option<Noun>,
    /// Dates and times in ISO form, with X for what the text leaves unknown (XXXX-03-19).
    pub resolved: Option<String>,
    /// day, week, month, year, minute; season (موسم 2017-2018), decade, century.
    pub granularity: Option<&'static str>,
    pub timezone: Option<String>,
    /// vague (no exact value), too_large (beyond a 64-bit float).
    pub note: Option<&'static str>,
    /// For a date of the Hijri calendar, the date as written (1446-09-05, XXXX-10-01, 1446-12);
    /// `resolved` holds its Gregorian day or days (Umm al-Qura).
    pub hijri: Option<String>,
}

/// Finds the numeric facts of `text`, resolving dates against `reference` (the publication date)
/// when given.
pub fn extract(text: &str, reference: Option<NaiveDate>) -> Vec<NumericFact> {
    let units: Vec<u16> = text.encode_utf16().collect();
    extract_utf16(&units, reference)
}

/// [`extract`] on UTF-16 code units, as they come from Python; offsets are in code points.
pub fn extract_utf16(units: &[u16], reference: Option<NaiveDate>) -> Vec<NumericFact> {
    let lexicon = Lexicon::get();
    let Some(text) = Prepared::new(&lexicon.normalizer, units) else {
        return Vec::new();
    };
    extract_prepared(lexicon, text, reference)
}

/// [`extract_utf16`] on a document prepared once for every reader of an analysis: its search
/// text, when numbers normalize as search does.
pub fn extract_document(document: &Document, reference: Option<NaiveDate>) -> Vec<NumericFact> {
    let lexicon = Lexicon::get();
    if *lexicon.normalizer.options() != Options::SEARCH {
        return extract_utf16(document.units, reference);
    }
    extract_prepared(lexicon, &document.search, reference)
}

/// The facts of a text prepared with the lexicon's normalizer.
fn extract_prepared<'a, P: std::borrow::Borrow<Prepared<'a>>>(
    lexicon: &Lexicon,
    prepared: P,
    reference: Option<NaiveDate>,
) -> Vec<NumericFact> {
    let text = prepared.borrow();
    // the facts of each window apart, then all at once: one vector grown by doubling would
    // hold, while it moves, three times the facts
    let mut found: Vec<Vec<NumericFact>> = Vec::new();
    let currencies = TextCurrencies::new(lexicon, &text.normalized);
    let mut window = Window::new(&text.normalized);
    while let Some((tokens, from, until)) = window.next() {
        let (drafts, next) = Parser::new(lexicon, tokens)
            .with_currencies(&currencies)
            .parse_range(from, until);
        let fact = |draft| fact(lexicon, text, tokens, draft, reference);
        found.push(
            drafts
                .into_iter()
                .map(fact)
                .filter(|f| !preliminary(f))
                .collect(),
        );
        window.parsed_to(next);
    }
    let units = text.units();
    drop(window);
    drop(prepared);
    let mut facts = Vec::with_capacity(found.iter().map(Vec::len).sum());
    for chunk in found {
        facts.extend(chunk);
    }
    from_the_story(lexicon, &mut facts, units);
    named_day(&mut facts, units);
    fiscal_story(&mut facts);
    facts
}

/// A year written over two that no word before it names (نهاية 2017-2018، النصف الأول من
/// 2017-2018، الخطة متوسطة الأجل 2018-2019) is a fiscal year in a text that names one: the
/// story is of a budget. Seasons are named (موسم 2017-2018) and stay seasons.
fn fiscal_story(facts: &mut [NumericFact]) {
    let fiscal = |f: &NumericFact| {
        f.granularity == Some("month")
            && f.resolved
                .as_deref()
                .is_some_and(|r| r.ends_with("-06") && r.contains("-07/"))
    };
    if !facts.iter().any(fiscal) {
        return;
    }
    for fact in facts.iter_mut() {
        let unnamed = fact.kind == "year" && fact.granularity == Some("year");
        let Some((first, second)) = fact
            .resolved
            .as_deref()
            .filter(|_| unnamed)
            .and_then(|r| r.split_once('/'))
        else {
            continue;
        };
        fact.resolved = Some(format!("{first}-07/{second}-06"));
        fact.granularity = Some("month");
    }
}

/// أمس الأحد، غدا الخميس 4 أكتوبر، اليوم (23 أغسطس): a day word right before the weekday or
/// the date it names is that day. The text was written on a day it tells from, which need not
/// be the day it is dated (a text written the day before, dated the next): the weekday or the
/// date says which, and the day word is resolved to it (as the golds do).
fn named_day(facts: &mut [NumericFact], units: &[u16]) {
    let day = |fact: &NumericFact| {
        fact.resolved
            .as_deref()
            .is_some_and(|r| r.len() == 10 && NaiveDate::parse_from_str(r, "%Y-%m-%d").is_ok())
    };
    let mut pairs: Vec<usize> = (1..facts.len())
        .filter(|&i| {
            let (word, named) = (&facts[i - 1], &facts[i]);
            word.kind == "relative_date"
                && word.unit == Some("day")
                && matches!(named.kind, "weekday" | "date")
                && day(word)
                && day(named)
                && word.resolved != named.resolved
                && named.start >= word.end
                && named.start - word.end <= 3
        })
        .collect();
    if pairs.is_empty() {
        return;
    }
    pairs.sort_by_key(|&i| facts[i].start);
    // only spaces and marks between them (not أمس. الأحد across a sentence)
    let mut apart = vec![false; pairs.len()];
    let mut k = 0;
    let chars = char::decode_utf16(units.iter().copied()).map(|c| c.unwrap_or('\u{FFFD}'));
    for (at, c) in chars.enumerate() {
        while k < pairs.len() && facts[pairs[k]].start <= at {
            k += 1;
        }
        let Some(&i) = pairs.get(k) else { break };
        if at >= facts[i - 1].end && (c.is_alphanumeric() || matches!(c, '.' | '\n')) {
            apart[k] = true;
        }
    }
    for (&i, apart) in pairs.iter().zip(apart) {
        if !apart {
            facts[i - 1].resolved = facts[i].resolved.clone();
        }
    }
}

/// العام التالي، اليوم السابق، الشهر اللاحق: a day, month or year next to one the story has
/// named (أدخلتها عام 2013 ... في العام التالي → 2014; تراجعت في 2017 مقابل 34 العام السابق
/// → 2016), not to the day of writing, which الماضي and المقبل are next to. Resolved from the
/// nearest date before it in its paragraph that names that period; without one, a day or a
/// month is unknown if the text named one before (in another paragraph), and next to the day
/// of writing if it named none, as a year is.
/// A day of the same month (20 من الشهر نفسه) is of the last month named before it anywhere in
/// the text (a range of days by its first month), left unknown after a Hijri month.
fn from_the_story(lexicon: &Lexicon, facts: &mut [NumericFact], units: &[u16]) {
    let anaphoric = |fact: &NumericFact| {
        fact.kind == "relative_date"
            && fact
                .text
                .split_whitespace()
                .last()
                .is_some_and(|w| lexicon.is(&lexicon.normalizer.normalize(w), Cue::Anaphoric))
    };
    // 20 من الشهر نفسه: a day of the month named last, as العام التالي is next to its year
    let same_month = |fact: &NumericFact| {
        fact.kind == "date"
            && fact.text.split_whitespace().any(|w| {
                let w = lexicon.normalizer.normalize(w);
                lexicon.is(&w, Cue::Same)
            })
    };
    if !facts.iter().any(|f| anaphoric(f) || same_month(f)) {
        return;
    }
    // where the paragraphs break, in code points
    let breaks: Vec<usize> = char::decode_utf16(units.iter().copied())
        .map(|c| c.unwrap_or('\u{FFFD}'))
        .enumerate()
        .filter(|(_, c)| *c == '\n')
        .map(|(at, _)| at)
        .collect();
    let apart = |from: usize, to: usize| {
        let k = breaks.partition_point(|&b| b < from);
        breaks.get(k).is_some_and(|&b| b < to)
    };
    // the latest fact so far whose resolved value names a year, a month, a day: each fact is
    // looked at once, so a text of many such words stays linear (looking back from each one
    // through its paragraph was quadratic in a long paragraph)
    const PERIODS: [&str; 3] = ["year", "month", "day"];
    let mut latest: [Option<usize>; 3] = [None; 3];
    let mut month_named: Option<(String, bool)> = None;
    for i in 0..facts.len() {
        let shift = anaphoric_shift(&facts[i], anaphoric);
        if let Some(resolved) = shift.and_then(|(unit, shift)| {
            let period = PERIODS.iter().position(|p| *p == unit)?;
            let named = latest[period].filter(|&j| !apart(facts[j].end, facts[i].start))?;
            shifted(facts[named].resolved.as_deref()?, unit, shift)
        }) {
            facts[i].resolved = Some(resolved);
        } else if shift.is_some_and(|(unit, _)| {
            matches!(unit, "day" | "month")
                && PERIODS
                    .iter()
                    .position(|p| *p == unit)
                    .is_some_and(|period| latest[period].is_some())
        }) {
            // (وفي اليوم التالي أعلنت، مقارنة بالشهر السابق: a day or a month next to one the
            // story has told of in another paragraph, unknown which, not the day of writing,
            // which اليوم and غدا are. A text that names no day or month before it is read
            // against the day of writing, as Duckling reads اليوم السابق alone; a year keeps it
            // anyway: العام السابق compares with the year of writing as often as not)
            facts[i].resolved = None;
        } else if same_month(&facts[i]) {
            let day = facts[i].resolved.as_deref().and_then(|r| r.get(8..10));
            match (&month_named, day) {
                // (a Hijri month's day is not the Gregorian month's: left unknown)
                (Some((_, true)), _) => facts[i].resolved = None,
                (Some((month, false)), Some(day)) => {
                    let date = format!("{month}-{day}");
                    if NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_ok() {
                        facts[i].resolved = Some(date);
                    }
                }
                _ => {}
            }
        }
        // the month the story names last, a range of days by its first (مطلع فبراير)
        if let Some(month) = facts[i]
            .resolved
            .as_deref()
            .and_then(|r| shifted(r.split('/').next()?, "month", 0))
        {
            month_named = Some((month, facts[i].hijri.is_some()));
        }
        if let Some(resolved) = facts[i].resolved.as_deref() {
            for (period, unit) in PERIODS.iter().enumerate() {
                if shifted(resolved, unit, 0).is_some() {
                    latest[period] = Some(i);
                }
            }
        }
    }
}

/// The unit and the shift of an anaphoric relative date (العام التالي: a year, +1).
fn anaphoric_shift(
    fact: &NumericFact,
    anaphoric: impl Fn(&NumericFact) -> bool,
) -> Option<(&'static str, i64)> {
    if !anaphoric(fact) {
        return None;
    }
    let (unit, n) = (fact.unit?, fact.value?);
    let sign = match fact.qualifier.as_deref() {
        Some("next") => 1,
        Some("last") => -1,
        _ => return None,
    };
    Some((unit, sign * n as i64))
}

/// A resolved date or year moved by `shift` days, months or years, if it names that period
/// (a year for a year, a month for a month, a day for a day; not a range nor an unknown year).
fn shifted(resolved: &str, unit: &str, shift: i64) -> Option<String> {
    if resolved.contains('/') || !resolved.get(..4)?.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = resolved[..4].parse().ok()?;
    match unit {
        "year" => {
            let year = year + i32::try_from(shift).ok()?;
            (1..=9999).contains(&year).then(|| format!("{year:04}"))
        }
        "month" => {
            let month: i64 = resolved.get(5..7)?.parse().ok()?;
            let months = i64::from(year) * 12 + month - 1 + shift;
            let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
            (1..=9999)
                .contains(&year)
                .then(|| format!("{year:04}-{month:02}"))
        }
        "day" => {
            let day = NaiveDate::parse_from_str(resolved.get(..10)?, "%Y-%m-%d").ok()?;
            let day = day.checked_add_signed(Duration::try_days(shift)?)?;
            (1..=9999)
                .contains(&day.year())
                .then(|| day.format("%Y-%m-%d").to_string())
        }
        _ => None,
    }
}

/// الأولي written with ي after a masculine noun is the adjective أوّلي, "preliminary" (التحقيق
/// الأولي، الطرح الأولي: 94 of the 122 الأولي of the ANT corpus), not الأولى, "the first", which
/// a masculine noun would take as الأول; so is أولي without the article (فائض أولي، طرح عام
/// أولي). The normalized text has lost the difference, so the original surface decides.
fn preliminary(fact: &NumericFact) -> bool {
    fact.kind == "ordinal"
        && (fact.text.ends_with("أولي") || fact.text.ends_with("اولي"))
        && fact.counted_noun.as_ref().is_some_and(|noun| {
            let word = noun
                .text
                .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
            !(word.ends_with('ة') || word.ends_with("ات") || word.ends_with('ى'))
        })
}

/// The tokens of a text a window at a time, so that a long text never holds them all (a
/// token is 40 bytes, and a page of punctuation is a token a character). The parser reads a
/// fact from where it starts on, and looks back a few tokens for a qualifier: a window gives it
/// [`BEHIND`] tokens before where it starts and [`AHEAD`] after the last place it may start,
/// so it reads every fact shorter than that as it would in the whole text.
struct Window<'a> {
    tokens: crate::tokens::Tokens<'a>,
    window: Vec<Token<'a>>,
    /// The index in the whole text of `window[0]`, and of the token to parse from.
    base: usize,
    next: usize,
    ended: bool,
}

/// Whether the last token of `window` is a comma set apart from the word before it and glued
/// to `next`, a year (عام ،1967، أغسطس/آب ،1967، منذ العام ،1984): the comma that ends the
/// clause after the year, put before it where right-to-left text was typed left to right. It is
/// read after the year, which then follows its word as written the usual way.
fn misplaced_comma(window: &[Token], next: &Token) -> bool {
    let [.., before, comma] = window else {
        return false;
    };
    let year = next.kind == crate::tokens::Kind::Number
        && next.text.chars().count() == 4
        && next
            .value()
            .is_some_and(|v| v.fract() == 0.0 && (1000.0..=2100.0).contains(&v));
    year && matches!(comma.text, "،" | ",")
        && comma.end == next.start
        && before.end < comma.start
        && !next.after_break
        && !comma.after_break
}

/// Tokens kept before the parser's position, and after the last place a fact may start.
const BEHIND: usize = 64;
const AHEAD: usize = 4096;
/// Places a fact may start, a window at a time.
const STEP: usize = 1 << 14;

impl<'a> Window<'a> {
    fn new(text: &'a str) -> Self {
        Window {
            tokens: crate::tokens::Tokens::new(text),
            window: Vec::new(),
            base: 0,
            next: 0,
            ended: false,
        }
    }

    /// The tokens, and the range of them (in the window) where facts may start; None at the end.
    fn next(&mut self) -> Option<(&[Token<'a>], usize, usize)> {
        // forget the tokens the parser is done with, but a few
        let done = (self.next - self.base).saturating_sub(BEHIND);
        self.window.drain(..done);
        self.base += done;
        while !self.ended && self.base + self.window.len() < self.next + STEP + AHEAD {
            match self.tokens.next() {
                Some(token) => {
                    let misplaced = misplaced_comma(&self.window, &token);
                    let comma = misplaced.then(|| self.window.pop()).flatten();
                    self.window.push(token);
                    self.window.extend(comma);
                }
                None => self.ended = true,
            }
        }
        let from = self.next - self.base;
        if from >= self.window.len() {
            return None;
        }
        let until = if self.ended {
            self.window.len()
        } else {
            from + STEP
        };
        Some((&self.window, from, until))
    }

    /// Where the parser goes on from: `next` in the last window's numbering.
    fn parsed_to(&mut self, next: usize) {
        self.next = self.base + next;
    }
}

/// A draft as a fact: its spans in the original text, its noun's lemma, its resolved date.
fn fact(
    lexicon: &Lexicon,
    text: &Prepared,
    tokens: &[Token],
    draft: Draft,
    reference: Option<NaiveDate>,
) -> NumericFact {
    let span = |start: usize, end: usize| text.original(start, end);
    let first = &tokens[draft.first];
    let (start, end, surface) = span(first.start + draft.prefix, tokens[draft.last - 1].end);
    let counted_noun = draft.noun.map(|(at, prefix)| {
        let token = &tokens[at];
        let (start, end, text) = span(token.start + prefix, token.end);
        let lemma = draft.noun_lemma.map(str::to_owned).unwrap_or_else(|| {
            // in a range the noun agrees with the upper number (بين 10 و20 جنديا)
            let number = draft.value_max.or(draft.value);
            // (the noun a dual in construct counts is the fact's own word: شركتا)
            let construct = at == draft.first && number == Some(2.0);
            lemma(lexicon, &text, token.text, number, construct)
        });
        Noun {
            text,
            start,
            end,
            lemma,
        }
    });
    let timezone = draft
        .timezone
        .map(|at| span(tokens[at].start, tokens[at].end).2);
    let (resolved, granularity) = resolve_all(&draft, reference);
    let hijri = draft.date.filter(|d| d.hijri).map(|d| {
        let year = calendar::hijri_year(&d).map_or("XXXX".to_owned(), |y| format!("{y:04}"));
        match (d.month, d.day) {
            (Some(month), Some(day)) => format!("{year}-{month:02}-{day:02}"),
            (Some(month), None) => format!("{year}-{month:02}"),
            (None, _) => year,
        }
    });
    NumericFact {
        start,
        end,
        text: surface,
        kind: draft.kind,
        value: draft.value,
        value_max: draft.value_max,
        unit: draft.unit,
        qualifier: draft.qualifier,
        counted_noun,
        resolved,
        granularity,
        timezone,
        note: draft.note,
        hijri,
    }
}

/// The singular of a counted noun: from the plurals lexicon or a known singular with its
/// accusative alef, else the word without its diacritics and, after a number ending in 11-99
/// (15, 115) or with tanween, its accusative alef.
fn lemma(
    lexicon: &Lexicon,
    surface: &str,
    normalized: &str,
    value: Option<f64>,
    construct: bool,
) -> String {
    // الدول الخمس: the plural with the article too
    let plural = normalized.strip_prefix("ال").unwrap_or(normalized);
    if let Some(singular) = lexicon
        .plurals
        .get(normalized)
        .or_else(|| lexicon.plurals.get(plural))
    {
        return (*singular).to_owned();
    }
    let tanween = surface.contains('\u{064B}');
    let bare = lexicon.bare.normalize(surface).into_owned();
    // 1500 شخصا، 100 هدفا: a singular the lexicon knows keeps no accusative alef, whatever the
    // number before it (news writes it after hundreds and thousands too); not a hamza's alef
    // (خطأ) nor the pronoun ها (دورها)
    let alef = bare.ends_with('ا') && !bare.ends_with("ها");
    if let Some(singular) = normalized
        .strip_suffix('ا')
        .filter(|_| alef)
        .and_then(|stem| lexicon.singulars.get(stem))
    {
        return (*singular).to_owned();
    }
    // حفلتين، صورتان، قائمتا "الفتح" و"سائرون": a feminine dual's singular ends in ة
    if value == Some(2.0) {
        let endings: &[&str] = if construct {
            &["تين", "تان", "تي", "تا"]
        } else {
            &["تين", "تان"]
        };
        for ending in endings {
            if let Some(stem) = bare.strip_suffix(ending) {
                return format!("{stem}ة");
            }
        }
    }
    let accusative =
        tanween || value.is_some_and(|v| v.fract() == 0.0 && (11.0..=99.0).contains(&(v % 100.0)));
    match bare.strip_suffix('ا') {
        Some(stem) if accusative && stem.chars().count() >= 2 => stem.to_owned(),
        _ => bare,
    }
}

/// [`resolve`], and the calendar idioms of `calendar.rs` (the nth weekday of a month, a
/// holiday, the start, middle or end of a month as a span of days).
fn resolve_all(
    draft: &Draft,
    reference: Option<NaiveDate>,
) -> (Option<String>, Option<&'static str>) {
    let qualifier = draft.qualifier.as_deref();
    let base = |parts: &DateParts| {
        let month = Draft {
            date: Some(*parts),
            ..Draft::default()
        };
        resolve(&month, reference)
    };
    if draft.date.is_none() && draft.kind == "duration" && qualifier == Some("ago") {
        return ago(draft.value, draft.unit, reference);
    }
    if let Some(found) = draft
        .date
        .as_ref()
        .and_then(|date| calendar::resolve(date, reference, &base))
    {
        return found;
    }
    calendar::part_of_month(draft.date.as_ref(), qualifier, resolve(draft, reference))
}

/// A whole number of days, weeks, months or years ago (قبل أسبوع، منذ ثلاثة أيام، قبل عامين):
/// the day, the month or the year it names, counted back from `reference`.
fn ago(
    value: Option<f64>,
    unit: Option<&'static str>,
    reference: Option<NaiveDate>,
) -> (Option<String>, Option<&'static str>) {
    let (Some(value), Some(unit), Some(reference)) = (value, unit, reference) else {
        return (None, None);
    };
    if value.fract() != 0.0 || !(1.0..=10_000.0).contains(&value) {
        return (None, None);
    }
    let n = value as u32;
    match unit {
        "day" | "week" => {
            let days = if unit == "week" { 7 * n } else { n };
            let day = reference.checked_sub_signed(Duration::days(i64::from(days)));
            (day.and_then(iso_day), Some("day"))
        }
        "month" => {
            let day = reference.checked_sub_months(chrono::Months::new(n));
            let month = day.and_then(|d| Some(format!("{}-{:02}", iso_year(d.year())?, d.month())));
            (month, Some("month"))
        }
        "year" => {
            let year = i32::try_from(i64::from(reference.year()) - i64::from(n)).ok();
            (year.and_then(iso_year), Some("year"))
        }
        _ => (None, None),
    }
}

/// The ISO form of a date, time or relative date, resolved against `reference` when given.
fn resolve(draft: &Draft, reference: Option<NaiveDate>) -> (Option<String>, Option<&'static str>) {
    let Some(date) = draft.date else {
        return (None, None);
    };
    let qualifier = draft.qualifier.as_deref().unwrap_or("");
    // غدا (الثلاثاء): the day word's qualifier says which way it points from the day it was
    // said, the weekday which day it is
    let glossed = draft.kind == "relative_date" && date.weekday.is_some();
    let last = qualifier.contains("last") && !glossed;
    let next = qualifier.contains("next") && !glossed;
    if date.hijri {
        return resolve_hijri(&date, reference);
    }
    if let (Some(split @ ("fiscal_year" | "season" | "split_year")), Some(year)) =
        (date.relative, date.year)
    {
        let (Some(first), Some(second)) = (iso_year(year), iso_year(year + 1)) else {
            return (None, Some("year"));
        };
        // a fiscal year written over two years runs from July to June, as in Egypt, the
        // largest economy that writes its years so; a season, over the two years
        return match split {
            "fiscal_year" => (Some(format!("{first}-07/{second}-06")), Some("month")),
            "season" => (Some(format!("{first}/{second}")), Some("season")),
            _ => (Some(format!("{first}/{second}")), Some("year")),
        };
    }
    if let Some(century) = date.century {
        return (Some(format!("{:02}XX", century - 1)), Some("century"));
    }
    if let Some(decade) = date.decade {
        return (Some(format!("{}X", decade / 10)), Some("decade"));
    }
    if let (Some(offset), Some(day)) = (date.month_offset, date.day) {
        let resolved = reference.and_then(|reference| {
            let months = i64::from(reference.year()) * 12 + i64::from(reference.month0()) + offset;
            let year = i32::try_from(months.div_euclid(12)).ok()?;
            let month = u32::try_from(months.rem_euclid(12) + 1).ok()?;
            iso_day(NaiveDate::from_ymd_opt(year, month, day)?)
        });
        return (
            Some(resolved.unwrap_or_else(|| format!("XXXX-XX-{day:02}"))),
            Some("day"),
        );
    }
    if let (Some(hour), Some(minute)) = (date.hour, date.minute) {
        return (Some(format!("{hour:02}:{minute:02}")), Some("minute"));
    }
    if let Some(weekday) = date.weekday.filter(|_| date.month.is_none()) {
        let Some(reference) = reference else {
            return (None, Some("day"));
        };
        let target = Weekday::try_from((weekday as u8 + 6) % 7).ok();
        let from = reference.weekday().num_days_from_monday() as i64;
        let to = target.map_or(0, |w| w.num_days_from_monday() as i64);
        let back = (from - to).rem_euclid(7);
        let ahead = (to - from).rem_euclid(7);
        let offset = if date.relative == Some("week") {
            // ثلاثاء الأسبوع الماضي: that weekday of the ISO week so many from the reference's
            7 * date.offset + to - from
        } else if date.offset != 0 && (from + date.offset - to).rem_euclid(7) == 0 {
            // the day a deictic before it names (غدا الثلاثاء), when it falls on that weekday
            date.offset
        } else if next {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        } else if last {
            -(if back == 0 { 7 } else { back })
        } else if date.future && ahead == 6 {
            // a day to come six days ahead is the weekday of the day before writing: news calls
            // next week's day المقبل, and a verb read as one of the future or the present before
            // a weekday is most often a name (سيسيه، يسري) or a lead in the present (يشهد
            // القطاع هدوءا صباح الأحد, written on Monday). Of 30 such days read in the ANT
            // corpus, 27 were the day before
            -1
        } else if date.future || (date.soon && (3..=5).contains(&back)) {
            // (a weekday that would lie three days back or more, in a sentence of what is to
            // come: of 60 such days read in the ANT corpus, 13 were to come)
            ahead
        } else if back == 6 && !date.past {
            // but the day after the day of writing is tomorrow (تعلن المفوضية النتائج الاثنين,
            // written on Sunday), or today where it happened, past the reference's midnight;
            // last week's is called so (الاثنين الماضي). Of 40 such days read in the ANT
            // corpus, about 28 were the next day
            1
        } else {
            // news reports what happened: a bare weekday is the latest one, today included
            -back
        };
        let day = reference.checked_add_signed(Duration::days(offset));
        return (day.and_then(iso_day), Some("day"));
    }
    if let Some(unit) = date.relative {
        let Some(reference) = reference else {
            return (None, Some(unit));
        };
        let offset = date.offset;
        let resolved = match unit {
            "day" => reference
                .checked_add_signed(Duration::days(offset))
                .and_then(iso_day),
            "week" => reference
                .checked_add_signed(Duration::weeks(offset))
                .and_then(|day| {
                    let week = day.iso_week();
                    Some(format!("{}-W{:02}", iso_year(week.year())?, week.week()))
                }),
            "month" => {
                let months =
                    i64::from(reference.year()) * 12 + i64::from(reference.month0()) + offset;
                let year = i32::try_from(months.div_euclid(12)).ok();
                year.and_then(iso_year)
                    .map(|year| format!("{year}-{:02}", months.rem_euclid(12) + 1))
            }
            // a sports season runs from August to May: the one of a day in June or July is
            // over, and the next is to come (الموسم الماضي in July is the one just ended)
            "season" => {
                let year = i64::from(reference.year());
                let current = match reference.month() {
                    8..=12 => year,
                    1..=5 => year - 1,
                    _ if offset < 0 => year,
                    _ => year - 1,
                };
                let first = i32::try_from(current + offset).ok();
                first.and_then(|y| Some(format!("{}/{} season", iso_year(y)?, iso_year(y + 1)?)))
            }
            // a fiscal year runs from July to June, as the years written over two
            "fiscal_year" => {
                let current = i64::from(reference.year()) - i64::from(reference.month() < 7);
                let first = i32::try_from(current + offset).ok();
                first.and_then(|y| Some(format!("{}-07/{}-06", iso_year(y)?, iso_year(y + 1)?)))
            }
            _ => i32::try_from(i64::from(reference.year()) + offset)
                .ok()
                .and_then(iso_year),
        };
        let granularity = if unit == "fiscal_year" { "month" } else { unit };
        return (resolved, Some(granularity));
    }
    let DateParts {
        year, month, day, ..
    } = date;
    let year = year.or_else(|| {
        let reference = reference?;
        let month = month?;
        if let Some(offset) = date.year_offset {
            return i32::try_from(i64::from(reference.year()) + offset).ok();
        }
        let candidates = [reference.year() - 1, reference.year(), reference.year() + 1];
        let day = day.unwrap_or(15);
        let dated = |y: i32| NaiveDate::from_ymd_opt(y, month, day.min(28)).map(|d| (y, d));
        // a weekday beside the date picks the year it falls on (الخميس 15 أغسطس)
        let on_weekday = |(y, _): &(i32, NaiveDate)| {
            date.weekday.is_none_or(|w| {
                NaiveDate::from_ymd_opt(*y, month, date.day.unwrap_or(0))
                    .is_some_and(|d| d.weekday().number_from_monday() == w)
            })
        };
        let dated: Vec<(i32, NaiveDate)> = candidates
            .into_iter()
            .filter_map(dated)
            .filter(on_weekday)
            .collect();
        // a month called past is an earlier month, never this one (which would be الجاري), so
        // حزيران الماضي written in June is last year's; a month called next written in it is
        // this one, whose rest is to come (يوم 16 مارس المقبل written on 11 March: all 51 of the
        // ANT corpus's are so)
        let this_month = |y: i32| y == reference.year() && month == reference.month();
        let pick = if last {
            dated
                .into_iter()
                .filter(|(y, d)| *d < reference && !this_month(*y))
                .max_by_key(|(_, d)| *d)
        } else if next {
            dated
                .into_iter()
                .filter(|(y, d)| *d > reference || this_month(*y))
                .min_by_key(|(_, d)| *d)
        } else if date.future {
            // ستجرى الانتخابات في أكتوبر: the next one, this month included
            dated
                .into_iter()
                .filter(|(y, d)| *d >= reference || this_month(*y))
                .min_by_key(|(_, d)| *d)
        } else if date.past {
            dated
                .into_iter()
                .filter(|(y, d)| *d <= reference || this_month(*y))
                .max_by_key(|(_, d)| *d)
        } else {
            // news reports what happened more than what is to come: a month said bare is one
            // of the last seven or of the next four (في سبتمبر written in April is last
            // September, in June the coming one); the nearest one for a plan told in the
            // present, or if a weekday rules both out
            let ahead =
                |y: i32| (y - reference.year()) * 12 + month as i32 - reference.month() as i32;
            let window = dated
                .iter()
                .copied()
                .find(|(y, _)| (-7..=4).contains(&ahead(*y)))
                .filter(|_| !date.planned);
            window.or_else(|| {
                dated
                    .into_iter()
                    .min_by_key(|(_, d)| (*d - reference).num_days().abs())
            })
        };
        pick.map(|(y, _)| y)
    });
    // a year that cannot be written in four digits is not known either
    let year_text = year.and_then(iso_year).unwrap_or_else(|| "XXXX".to_owned());
    match (month, day) {
        (Some(m), Some(d)) => {
            let first = format!("{year_text}-{m:02}-{d:02}");
            match date.day_end {
                Some(e) => (
                    Some(format!(
                        "{first}/{year_text}-{:02}-{e:02}",
                        date.month_end.unwrap_or(m)
                    )),
                    Some("day"),
                ),
                None => (Some(first), Some("day")),
            }
        }
        (Some(m), None) => (Some(format!("{year_text}-{m:02}")), Some("month")),
        _ => (Some(year_text), Some("year")),
    }
}

/// A Hijri date as Gregorian days: the day, or the first and last day of the month. Without a
/// year, the month of that name nearest the reference.
fn resolve_hijri(
    date: &DateParts,
    reference: Option<NaiveDate>,
) -> (Option<String>, Option<&'static str>) {
    let month = date.month.unwrap_or(1);
    let granularity = if date.day.is_some() { "day" } else { "month" };
    let year = date.year.or_else(|| {
        let reference = reference?;
        let (now, _, _) = hijri::from_gregorian(reference)?;
        let day = date.day.unwrap_or(15);
        (now - 1..=now + 1)
            .filter_map(|y| Some((y, hijri::to_gregorian(y, month, day.min(29))?)))
            .min_by_key(|(_, d)| (*d - reference).num_days().abs())
            .map(|(y, _)| y)
    });
    let Some(year) = year else {
        return (None, Some(granularity));
    };
    // a Hijri year alone (العام الهجري 1439): its days, from Muharram to Dhu al-Hijja
    if date.month.is_none() && date.day.is_none() {
        let resolved = hijri::month_length(year, 12).and_then(|length| {
            let first = iso_day(hijri::to_gregorian(year, 1, 1)?)?;
            let last = iso_day(hijri::to_gregorian(year, 12, length)?)?;
            Some(format!("{first}/{last}"))
        });
        return (resolved, Some("day"));
    }
    let resolved = match date.day {
        Some(day) => hijri::to_gregorian(year, month, day).and_then(iso_day),
        None => hijri::month_length(year, month).and_then(|length| {
            let first = iso_day(hijri::to_gregorian(year, month, 1)?)?;
            let last = iso_day(hijri::to_gregorian(year, month, length)?)?;
            Some(format!("{first}/{last}"))
        }),
    };
    (resolved, Some(granularity))
}

/// The years a resolved date may have: those ISO 8601 writes in four digits without a sign.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A year as ISO 8601 writes it (0025, 2025); None outside [`YEARS`], so that a date is never
/// resolved to `10000-03-19`, `+10000-01-01` or `0-W01`.
fn iso_year(year: i32) -> Option<String> {
    YEARS.contains(&year).then(|| format!("{year:04}"))
}

/// A day as ISO 8601 writes it (2025-03-19); None outside [`YEARS`].
fn iso_day(day: NaiveDate) -> Option<String> {
    Some(format!(
        "{}-{:02}-{:02}",
        iso_year(day.year())?,
        day.month(),
        day.day()
    ))
}

#[cfg(test)]
mod tests;
