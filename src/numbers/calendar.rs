//! Calendar idioms: the nth or last weekday, day or week of a month (ثالث ثلاثاء من أيلول،
//! الاثنين الأخير من مارس، أول أسبوع من أكتوبر), a month by its number (شهر 3، الشهر الثامن),
//! a month's days named first (تموز 13 إلى 15), a weekday with its day (السبت السادس عشر), and
//! holidays (عيد الفطر، عيد الأضحى، رمضان 2019، عيد الميلاد). Also how the start, middle and end
//! of a month resolve: as spans of days, 1–10, 11–20 and 21 to the month's end, written as
//! khabar writes any range of days (2013-03-01/2013-03-10).
//!
//! A child of the grammar, so that its rules read tokens as the grammar's do.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::super::iso_day;
use super::{Cue, DateParts, Draft, Parser, Place};
use crate::lexicon::{rows, words as phrase_words, Phrases};

const CALENDAR: &str = include_str!("../../lexicons/numbers/calendar.tsv");

/// Which day or week of a month a calendar idiom names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Nth {
    /// The nth (from 1; -1 the last) given weekday (ISO, Monday = 1) of the month.
    Weekday(i32, u32),
    /// The nth full week (Monday to Sunday) inside the month; -1 the last.
    Week(i32),
    /// The month's last day.
    LastDay,
    /// A Hijri date in a given Gregorian year (عيد الفطر 2013).
    GregorianYear(i32),
}

/// A holiday: its calendar (hijri, gregorian, easter: the Western Easter Sunday), month and
/// day (None: the whole month).
#[derive(Clone, Copy, Debug)]
pub struct Holiday {
    calendar: &'static str,
    month: u32,
    day: Option<u32>,
}

pub struct Words {
    holidays: Phrases<Holiday>,
    roles: rustc_hash::FxHashMap<String, (&'static str, u32)>,
}

impl Words {
    pub fn get() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(|| {
            let normalizer = &super::Lexicon::get().normalizer;
            let bad = |row: &[&str]| -> ! { panic!("a malformed calendar row: {row:?}") };
            let mut holidays = Vec::new();
            let mut roles = rustc_hash::FxHashMap::default();
            for row in rows(CALENDAR) {
                let role = *row.get(1).unwrap_or_else(|| bad(&row));
                if role == "holiday" {
                    let parts: Vec<&str> =
                        row.get(2).unwrap_or_else(|| bad(&row)).split(' ').collect();
                    let holiday = match parts[..] {
                        ["easter"] => Holiday {
                            calendar: "easter",
                            month: 0,
                            day: None,
                        },
                        [calendar @ ("hijri" | "gregorian"), month, day] => Holiday {
                            calendar: if calendar == "hijri" {
                                "hijri"
                            } else {
                                "gregorian"
                            },
                            month: month.parse().unwrap_or_else(|_| bad(&row)),
                            day: day.parse().ok(),
                        },
                        _ => bad(&row),
                    };
                    holidays.push((phrase_words(normalizer, row[0]), holiday));
                } else {
                    let role = match role {
                        "last" => "last",
                        "weekday" => "weekday",
                        "day" => "day",
                        "week" => "week",
                        "month" => "month",
                        "of" => "of",
                        _ => bad(&row),
                    };
                    let value = row.get(2).and_then(|v| v.parse().ok()).unwrap_or(0);
                    roles.insert(normalizer.normalize(row[0]).into_owned(), (role, value));
                }
            }
            Words {
                holidays: holidays.into_iter().collect(),
                roles,
            }
        })
    }

    fn role(&self, word: &str) -> Option<(&'static str, u32)> {
        self.roles.get(word).copied()
    }
}

/// The words a calendar idiom may start with (a holiday's first word, آخر), for the grammar's
/// starters; read with the numbers' normalizer while the lexicons load.
pub fn starters(normalizer: &crate::normalize::Normalizer) -> Vec<String> {
    rows(CALENDAR)
        .filter(|row| matches!(row.get(1), Some(&("holiday" | "last"))))
        .filter_map(|row| phrase_words(normalizer, row[0]).into_iter().next())
        .collect()
}

/// A month as an idiom names it: its number, or how many months from now.
#[derive(Clone, Copy)]
enum Month {
    Named(u32),
    Relative(i64),
}

/// A year after a month: written, or how many years from now.
#[derive(Clone, Copy)]
enum Year {
    Written(i32),
    Relative(i64),
}

impl<'a> Parser<'a> {
    /// The calendar idioms starting at token `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<Draft> {
        // a number starts only days of a numbered month (27-29 من الشهر الثامن)
        if self.word(i).is_none() {
            return self.days_of_numbered_month(i);
        }
        let words = Words::get();
        self.holiday(words, i)
            .or_else(|| self.nth_of_month(words, i))
            .or_else(|| self.numbered_month_part(i))
            .or_else(|| self.month_first_days(i))
            .or_else(|| self.ordinal_days(words, i))
            .or_else(|| self.weekday_day(i))
    }

    fn role_at(&self, words: &Words, i: usize) -> Option<(usize, &'static str, u32)> {
        let word = self.word(i)?;
        Self::stems(word).find_map(|(p, s)| words.role(s).map(|(r, v)| (p, r, v)))
    }

    /// عيد الفطر 2013، عيد الأضحى 1434، رمضان 2019، عيد الميلاد 2020، عيد الفصح 2013. With a
    /// year only: news names a feast for its days of holiday (عطلة عيد الفطر، زحمة عيد الأضحى)
    /// far more often than as a date, and عيد الميلاد is also a birthday (بعيد الميلاد الـ11).
    fn holiday(&self, words: &Words, i: usize) -> Option<Draft> {
        let (item, prefix, next) = self.longest(i, &words.holidays, true)?;
        let holiday = item.1;
        let (Year::Written(year), next) = self.year_after(next)? else {
            return None;
        };
        let hijri = holiday.calendar == "hijri";
        let date = match holiday.calendar {
            // a Hijri year (1434) or a Gregorian one (2013)
            "hijri" => DateParts {
                year: (year <= 1600).then_some(year),
                month: Some(holiday.month),
                day: holiday.day,
                hijri,
                nth: (year > 1600).then_some(Nth::GregorianYear(year)),
                ..DateParts::default()
            },
            _ if year <= 1600 => return None,
            "easter" => {
                let sunday = easter(year)?;
                DateParts {
                    year: Some(year),
                    month: Some(sunday.month()),
                    day: Some(sunday.day()),
                    ..DateParts::default()
                }
            }
            _ => DateParts {
                year: Some(year),
                month: Some(holiday.month),
                day: holiday.day,
                ..DateParts::default()
            },
        };
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            date: Some(date),
            ..Draft::default()
        })
    }

    /// ثالث ثلاثاء من أيلول 2014، آخر اثنين من الشهر المقبل، أول أسبوع بشهر أكتوبر، آخر يوم
    /// من شهر عشرة; الاثنين الأخير من مارس، الأسبوع الأول من شهر عشرة، اليوم الأخير من أكتوبر.
    /// With a weekday and a masculine ordinal (الخميس الثالث من مايو) it is a date, Thursday 3
    /// May, unless a year is written on which the 3rd is no Thursday.
    fn nth_of_month(&self, words: &Words, i: usize) -> Option<Draft> {
        let ordinal_at = |k: usize| -> Option<(i32, usize, bool, usize)> {
            // value, clitics, feminine, next
            if let Some((p, "last", _)) = self.role_at(words, k) {
                return Some((-1, p, false, k + 1));
            }
            let (item, p, next) = self.longest(k, &self.lex.ordinals, true)?;
            let (value, compound) = item.1;
            let word = item.0.first()?;
            // الثانية، الأولى (normalized, ة is ه and ى is ي: الاولي; الثاني is masculine)
            let feminine = word.ends_with('ه') || word.ends_with("ولي");
            (!compound && (1..=5).contains(&value) && next == k + 1).then_some((
                value as i32,
                p,
                feminine,
                next,
            ))
        };
        let definite = |k: usize| self.word(k).is_some_and(|w| w.starts_with("ال"));
        // what is counted (weekday 1-7, or day 0, or week 8), and the ordinal
        let (what, n, prefix, k, masculine_day) = if !definite(i) {
            // indefinite: ثالث [يوم] ثلاثاء، آخر اثنين، أول أسبوع
            let (n, p, _, next) = ordinal_at(i)?;
            let mut k = next;
            let mut what = None;
            if let Some((0, "day", _)) = self.role_at(words, k) {
                k += 1;
                what = Some(0);
            }
            match self.role_at(words, k) {
                Some((0, "weekday", w)) if self.joined(k - 1) => {
                    what = Some(w);
                    k += 1;
                }
                Some((0, "week", _)) if what.is_none() && self.joined(k - 1) => {
                    what = Some(8);
                    k += 1;
                }
                _ => {}
            }
            (what?, n, p, k, false)
        } else {
            // definite: الثلاثاء الثالث، الاثنين الأخير، اليوم الأخير، الأسبوع الأول
            let (p, what) = Self::stems(self.word(i)?).find_map(|(p, s)| {
                if let Some(w) = self.lex.weekdays.get(s) {
                    return Some((p, *w));
                }
                match words.role(s)? {
                    ("day", _) if s.starts_with("ال") => Some((p, 0)),
                    ("week", _) if s.starts_with("ال") => Some((p, 8)),
                    _ => None,
                }
            })?;
            if !self.joined(i) || !definite(i + 1) {
                return None;
            }
            let (n, _, feminine, next) = ordinal_at(i + 1)?;
            (
                what,
                n,
                p,
                next,
                (1..=7).contains(&what) && !feminine && n > 0,
            )
        };
        let mut k = k;
        // من/في أيلول، بأيلول، من الشهر المقبل
        let (month, after) = self.of_month(words, k)?;
        k = after;
        let year = self.year_after(k);
        if let Some((_, after)) = year {
            k = after;
        }
        // الأسبوع الثاني من أبريل الماضي، من شباط/فبراير الحالي: which month of that name
        let mut which = None;
        if let (Month::Named(_), None) = (month, year) {
            if let Some((q @ ("last" | "next" | "this"), _, after)) =
                self.qualifier_at(k, Place::After)
            {
                which = Some(q);
                k = after;
            }
        }
        if masculine_day {
            // الخميس الثالث من مايو 2014 is a date if the 3rd of May 2014 is a Thursday
            let (Month::Named(m), Some((Year::Written(y), _))) = (month, year) else {
                return None;
            };
            let day = NaiveDate::from_ymd_opt(y, m, n as u32)?;
            if day.weekday().number_from_monday() == what {
                return None;
            }
        }
        let nth = match what {
            0 if n < 0 => Some(Nth::LastDay),
            0 => None,
            // الأسبوع الثاني من أبريل: the second full week as the first
            8 if (1..=4).contains(&n) || n == -1 => Some(Nth::Week(n)),
            8 => return None,
            w => Some(Nth::Weekday(n, w)),
        };
        let mut date = Self::month_parts(
            month,
            year.map(|y| y.0),
            nth,
            (what == 0 && n > 0).then_some(n as u32),
        );
        match which {
            Some("this") => date.year_offset = Some(0),
            Some("last") => date.past = true,
            Some("next") => date.future = true,
            _ => {}
        }
        Some(Draft {
            first: i,
            last: k,
            prefix,
            kind: "date",
            date: Some(date),
            ..Draft::default()
        })
    }

    fn month_parts(
        month: Month,
        year: Option<Year>,
        nth: Option<Nth>,
        day: Option<u32>,
    ) -> DateParts {
        let mut parts = DateParts {
            nth,
            day,
            ..DateParts::default()
        };
        match month {
            Month::Named(m) => parts.month = Some(m),
            Month::Relative(offset) => {
                parts.relative = Some("month");
                parts.offset = offset;
            }
        }
        match year {
            Some(Year::Written(y)) => parts.year = Some(y),
            Some(Year::Relative(offset)) => parts.year_offset = Some(offset),
            None => {}
        }
        parts
    }

    /// من أيلول، في شهر مارس، بأيلول، بشهر عشرة، من الشهر المقبل, and the token after.
    fn of_month(&self, words: &Words, k: usize) -> Option<(Month, usize)> {
        if !self.joined(k - 1) {
            return None;
        }
        if let Some((0, "of", _)) = self.role_at(words, k) {
            if self.joined(k) {
                return self.month_ref(words, k + 1, false);
            }
        }
        // بأيلول، بشهر
        let word = self.word(k)?;
        word.starts_with('ب')
            .then(|| self.month_ref(words, k, true))?
    }

    /// A month at `k`: its name (after شهر or not), شهر and its number, الشهر and its ordinal,
    /// or a month relative to now (الشهر المقبل، هذا الشهر).
    fn month_ref(&self, words: &Words, k: usize, clitic: bool) -> Option<(Month, usize)> {
        let ok = |p: usize| if clitic { p == 1 } else { p == 0 };
        if let Some((item, p, next)) = self.month_at(k) {
            // (شباط/فبراير: the month written twice)
            let next = self.month_twice(next, item.1 .0);
            return ok(p).then_some((Month::Named(item.1 .0), next));
        }
        if let Some(draft) = self.relative_date(k) {
            let date = draft.date?;
            if date.relative == Some("month")
                && ok(draft.prefix)
                && draft
                    .qualifier
                    .as_deref()
                    .is_none_or(|q| q == "last" || q == "next")
            {
                return Some((Month::Relative(date.offset), draft.last));
            }
        }
        let (p, "month", _) = self.role_at(words, k)? else {
            return None;
        };
        if !ok(p) || !self.joined(k) {
            return None;
        }
        if let Some((item, _, next)) = self.month_at(k + 1) {
            let next = self.month_twice(next, item.1 .0);
            return Some((Month::Named(item.1 .0), next));
        }
        self.month_number(k)
            .map(|(m, next)| (Month::Named(m), next))
    }

    /// شهر 3، شهر ثلاثة، الشهر الثامن (the word شهر at `k`): the month and the token after.
    fn month_number(&self, k: usize) -> Option<(u32, usize)> {
        let definite = self.word(k)?.ends_with("الشهر");
        if definite {
            let (value, p, next) = self.ordinal_value(k + 1)?;
            return (p == 0 && (1..=12).contains(&value)).then_some((value as u32, next));
        }
        if let Some(m) = self.integer(k + 1, 1.0..=12.0) {
            return Some((m, k + 2));
        }
        let number = self.number_words(k + 1)?;
        (number.prefix == 0 && number.value.fract() == 0.0 && (1.0..=12.0).contains(&number.value))
            .then_some((number.value as u32, number.next))
    }

    /// A year after a month or a holiday: 2014، عام 2014، من عام 2014، لعام 2014، في سنة
    /// 2014; السنة المقبلة، من العام الماضي.
    fn year_after(&self, k: usize) -> Option<(Year, usize)> {
        if !self.joined(k - 1) {
            return None;
        }
        let mut at = k;
        if matches!(self.word(at), Some("من" | "في")) && self.joined(at) {
            at += 1;
        }
        if let Some(draft) = self.relative_date(at).filter(|d| d.prefix == 0) {
            let date = draft.date?;
            return (date.relative == Some("year"))
                .then_some((Year::Relative(date.offset), draft.last));
        }
        let year_word = self
            .word(at)
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Year)));
        if year_word && self.joined(at) {
            at += 1;
        } else if at != k {
            return None;
        }
        let year = self.integer(at, 1000.0..=2100.0)?;
        Some((Year::Written(year as i32), at + 1))
    }

    /// بداية شهر 3، أواخر الشهر الثامن [2014]: the part of a month named by its number.
    fn numbered_month_part(&self, i: usize) -> Option<Draft> {
        let (part, prefix, k) = self
            .qualifier_at(i, Place::Inside)
            .filter(|(q, _, next)| Self::is_part(q) && self.joined(*next - 1))?;
        let word = self.word(k)?;
        if word != "شهر" && word != "الشهر" {
            return None;
        }
        let (month, mut next) = self.month_number(k)?;
        let year = self.year_after(next);
        if let Some((_, after)) = year {
            next = after;
        }
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            qualifier: Some(part.to_owned()),
            date: Some(Self::month_parts(
                Month::Named(month),
                year.map(|y| y.0),
                None,
                None,
            )),
            ..Draft::default()
        })
    }

    /// The month first, then its days: تموز 13 إلى 15، يوليو 13-15 [2013].
    fn month_first_days(&self, i: usize) -> Option<Draft> {
        let (item, prefix, k) = self.month_at(i)?;
        let (month, _) = item.1;
        let first = self.integer(k, 1.0..=31.0).filter(|_| self.joined(k - 1))?;
        if !(self.is(k + 1, Cue::Range) && self.joined(k) && self.joined(k + 1)) {
            return None;
        }
        let last = self.integer(k + 2, 1.0..=31.0).filter(|l| *l > first)?;
        Some(Draft {
            prefix,
            ..self.days_of(i, k + 3, month, first, last)
        })
    }

    /// Days `first` to `last` of `month` read from token `i` up to `next`, with the year written
    /// after them if there is one.
    fn days_of(&self, i: usize, mut next: usize, month: u32, first: u32, last: u32) -> Draft {
        let year = self.year_after(next);
        if let Some((_, after)) = year {
            next = after;
        }
        let mut date = Self::month_parts(Month::Named(month), year.map(|y| y.0), None, Some(first));
        date.day_end = Some(last);
        Draft {
            first: i,
            last: next,
            kind: "date",
            date: Some(date),
            ..Draft::default()
        }
    }

    /// Days of a month named by its number: 27-29 من الشهر الثامن، 13 إلى 15 شهر 7.
    fn days_of_numbered_month(&self, i: usize) -> Option<Draft> {
        let first = self.integer(i, 1.0..=31.0).filter(|_| self.joined(i))?;
        if !(self.is(i + 1, Cue::Range) && self.joined(i + 1)) {
            return None;
        }
        let last = self
            .integer(i + 2, 1.0..=31.0)
            .filter(|l| *l > first && self.joined(i + 2))?;
        let mut k = i + 3;
        if self.word(k) == Some("من") && self.joined(k) {
            k += 1;
        }
        if !matches!(self.word(k), Some("شهر" | "الشهر")) {
            return None;
        }
        let (month, next) = self.month_number(k)?;
        Some(self.days_of(i, next, month, first, last))
    }

    /// Two days of a month in ordinals: الرابع والخامس من ديسمبر، من السابع وحتى التاسع من
    /// يناير، بين الخامس والعشرين والتاسع والعشرين من أبريل/نيسان، الأول حتى الثالث من مارس
    /// الجاري، السادس والسابع من الشهر المقبل.
    fn ordinal_days(&self, words: &Words, i: usize) -> Option<Draft> {
        let (first, prefix, mut k) = self.ordinal_value(i)?;
        // و/إلى/حتى/وحتى and the ordinal, or والخامس
        let joiner = self.word(k).is_some_and(|w| {
            w == "و" || Self::stems(w).any(|(p, s)| p <= 1 && self.lex.is(s, Cue::Range))
        });
        let second = if joiner && self.joined(k - 1) && self.joined(k) {
            self.ordinal_value(k + 1).filter(|(_, p, _)| *p == 0)
        } else if self.joined(k - 1) {
            self.ordinal_value(k)
                .filter(|(_, p, _)| *p == 1)
                .filter(|_| self.word(k).is_some_and(|w| w.starts_with('و')))
        } else {
            None
        };
        let (last, _, after) = second?;
        if !((1..=31).contains(&first) && first < last && last <= 31) {
            return None;
        }
        k = after;
        if !(self.word(k) == Some("من") && self.joined(k - 1) && self.joined(k)) {
            return None;
        }
        let (month, mut next) = self.month_ref(words, k + 1, false)?;
        let mut qualifier = None;
        let mut year = None;
        if let Month::Named(number) = month {
            next = self.month_twice(next, number);
            match self.qualifier_at(next, Place::After) {
                Some((q @ ("last" | "next"), _, after)) => {
                    qualifier = Some(q.to_owned());
                    next = after;
                }
                Some(("this", _, after)) => {
                    year = Some(Year::Relative(0));
                    next = after;
                }
                _ => {}
            }
        }
        if year.is_none() && qualifier.is_none() {
            if let Some((y, after)) = self.year_after(next) {
                year = Some(y);
                next = after;
            }
        }
        let mut date = Self::month_parts(month, year, None, Some(first as u32));
        date.day_end = Some(last as u32);
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            qualifier,
            date: Some(date),
            ..Draft::default()
        })
    }

    /// After the name of month `number`, past its other name (أبريل/نيسان، آذار-مارس، أغسطس
    /// (آب), and with a space as some outlets write it: يوليو تموز، أبريل نيسان).
    pub(super) fn month_twice(&self, next: usize, number: u32) -> usize {
        if matches!(self.text(next), Some("/" | "-")) && self.joined(next - 1) {
            if let Some((_, _, after)) = self.month_at(next + 1) {
                return after;
            }
        } else if self.text(next) == Some("(") && self.joined(next - 1) {
            if let Some((_, _, after)) = self.month_at(next + 1) {
                if self.text(after) == Some(")") {
                    return after + 1;
                }
            }
        } else if self.joined(next - 1) {
            // side by side only when both name one month: يناير فبراير is no date
            if let Some(((_, (other, _)), 0, after)) = self.month_at(next) {
                if *other == number {
                    return after;
                }
            }
        }
        next
    }

    /// A weekday and its day without the month (السبت السادس عشر): the month, near the
    /// article, in which that day falls on that weekday. Days 10 to 31 only: السبت الثالث may
    /// be the third Saturday.
    fn weekday_day(&self, i: usize) -> Option<Draft> {
        let (prefix, weekday) =
            Self::stems(self.word(i)?).find_map(|(p, s)| Some((p, *self.lex.weekdays.get(s)?)))?;
        if !self.joined(i) {
            return None;
        }
        let (item, _, next) = self.longest(i + 1, &self.lex.ordinals, false)?;
        let (mut value, compound) = item.1;
        let word = item.0.first()?;
        if !word.starts_with("ال") {
            return None;
        }
        let mut next = next;
        // السادس والعشرين
        if compound || value < 10 {
            let (v, _, n) = self.ordinal_value(i + 1)?;
            value = v;
            next = n;
        }
        if !(10..=31).contains(&value) {
            return None;
        }
        // الخميس الخامس عشر من مارس is a date, read by the date rules
        if self.word(next).is_some_and(|w| w == "من") || self.month_at(next).is_some() {
            return None;
        }
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "date",
            date: Some(DateParts {
                day: Some(value as u32),
                weekday: Some(weekday),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }
}

// ---- resolution ------------------------------------------------------------------------------

type Resolved = (Option<String>, Option<&'static str>);

/// The resolution of a calendar idiom; None for another date. `base` resolves a date as khabar
/// does any other (used for the month an idiom is in).
pub fn resolve(
    date: &DateParts,
    reference: Option<NaiveDate>,
    base: &dyn Fn(&DateParts) -> Resolved,
) -> Option<Resolved> {
    // a weekday and its day without the month
    if let (Some(day), Some(weekday), None, None) =
        (date.day, date.weekday, date.month, date.relative)
    {
        if date.month_offset.is_some() || date.hijri {
            return None;
        }
        let reference = reference?;
        let months = i64::from(reference.year()) * 12 + i64::from(reference.month0());
        let found = (-13..=13)
            .filter_map(|d: i64| {
                let m = months + d;
                let y = i32::try_from(m.div_euclid(12)).ok()?;
                NaiveDate::from_ymd_opt(y, (m.rem_euclid(12) + 1) as u32, day)
            })
            .filter(|d| d.weekday().number_from_monday() == weekday)
            .min_by_key(|d| (*d - reference).num_days().abs());
        return Some((found.and_then(iso_day), Some("day")));
    }
    // two days of a relative month (السادس والسابع من الشهر المقبل)
    if let (Some(first), Some(last), Some("month")) = (date.day, date.day_end, date.relative) {
        let month_only = DateParts {
            day: None,
            day_end: None,
            ..*date
        };
        let (year, month) = base(&month_only).0.as_deref().and_then(year_month)?;
        let day = |d: u32| NaiveDate::from_ymd_opt(year, month, d).and_then(iso_day);
        let resolved = day(first).zip(day(last)).map(|(a, b)| format!("{a}/{b}"));
        return Some((resolved, Some("day")));
    }
    let nth = date.nth?;
    if let Nth::GregorianYear(year) = nth {
        return Some(hijri_in_year(date, year));
    }
    // the month: as any month is resolved
    let month_only = DateParts {
        nth: None,
        day: None,
        day_end: None,
        weekday: None,
        ..*date
    };
    let (resolved, _) = base(&month_only);
    let (year, month) = resolved.as_deref().and_then(year_month).unzip();
    let granularity = if matches!(nth, Nth::Week(_)) {
        "week"
    } else {
        "day"
    };
    let (Some(year), Some(month)) = (year, month) else {
        return Some((None, Some(granularity)));
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let length = first.map(month_length)?;
    let day_of = |d: u32| NaiveDate::from_ymd_opt(year, month, d);
    let weekday_of = |d: u32| day_of(d).map_or(0, |x| x.weekday().number_from_monday());
    let resolved = match nth {
        Nth::LastDay => day_of(length).and_then(iso_day),
        Nth::Weekday(n, w) if n > 0 => {
            let first = 1 + (w + 7 - weekday_of(1)) % 7;
            let day = first + 7 * (n as u32 - 1);
            (day <= length)
                .then(|| day_of(day))
                .flatten()
                .and_then(iso_day)
        }
        Nth::Weekday(_, w) => {
            let back = (weekday_of(length) + 7 - w) % 7;
            day_of(length - back).and_then(iso_day)
        }
        Nth::Week(n) => {
            // the full weeks inside the month: from its first Monday, to its last Sunday
            let monday = if n > 0 {
                1 + (8 - weekday_of(1)) % 7 + 7 * (n as u32 - 1)
            } else {
                let sunday = length - weekday_of(length) % 7;
                sunday.checked_sub(6).unwrap_or(1)
            };
            day_of(monday).and_then(|d| {
                let week = d.iso_week();
                (1..=9999)
                    .contains(&week.year())
                    .then(|| format!("{:04}-W{:02}", week.year(), week.week()))
            })
        }
        Nth::GregorianYear(_) => None,
    };

    Some((resolved, Some(granularity)))
}

/// The start, middle or end of a month as a span of days (1–10, 11–20, 21 to its end), once
/// the month is resolved to one of a known year, a Hijri month's as its Gregorian days;
/// anything else as it is.
pub fn part_of_month(
    date: Option<&DateParts>,
    qualifier: Option<&str>,
    resolved: Resolved,
) -> Resolved {
    let Some(date) = date.filter(|d| d.day.is_none() && d.nth.is_none()) else {
        return resolved;
    };
    if date.relative.is_some_and(|r| r != "month") {
        return resolved;
    }
    let part = qualifier
        .into_iter()
        .flat_map(|q| q.split('+'))
        .find(|q| matches!(*q, "start" | "mid" | "end"));
    if date.hijri {
        // a Hijri month is resolved to its Gregorian days, the first of which is its 1st
        let days = resolved.0.as_deref().and_then(|r| {
            let (a, b) = r.split_once('/')?;
            Some((a.parse::<NaiveDate>().ok()?, b.parse::<NaiveDate>().ok()?))
        });
        let (Some(part), Some((first, last))) = (part, days) else {
            return resolved;
        };
        let day = chrono::Duration::days;
        let (from, to) = match part {
            "start" => (first, first + day(9)),
            "mid" => (first + day(10), first + day(19)),
            _ => (first + day(20), last),
        };
        return match (iso_day(from), iso_day(to)) {
            (Some(a), Some(b)) => (Some(format!("{a}/{b}")), Some("day")),
            _ => resolved,
        };
    }
    let (Some(part), Some((year, month))) = (part, resolved.0.as_deref().and_then(year_month))
    else {
        return resolved;
    };
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return resolved;
    };
    let (from, to) = match part {
        "start" => (1, 10),
        "mid" => (11, 20),
        _ => (21, month_length(first)),
    };
    let day = |d: u32| NaiveDate::from_ymd_opt(year, month, d).and_then(iso_day);
    match (day(from), day(to)) {
        (Some(a), Some(b)) => (Some(format!("{a}/{b}")), Some("day")),
        _ => resolved,
    }
}

/// A Hijri date, or month, in the Gregorian year given (عيد الفطر 2013، رمضان 2019).
fn hijri_in_year(date: &DateParts, year: i32) -> Resolved {
    use super::super::hijri;
    let month = date.month.unwrap_or(1);
    let granularity = if date.day.is_some() { "day" } else { "month" };
    let found = NaiveDate::from_ymd_opt(year, 6, 30)
        .and_then(hijri::from_gregorian)
        .and_then(|(h, _, _)| {
            (h - 1..=h + 1).find(|&y| {
                hijri::to_gregorian(y, month, date.day.unwrap_or(1))
                    .is_some_and(|d| d.year() == year)
            })
        });
    let resolved = found.and_then(|y| match date.day {
        Some(day) => hijri::to_gregorian(y, month, day).and_then(iso_day),
        None => {
            let length = hijri::month_length(y, month)?;
            let first = iso_day(hijri::to_gregorian(y, month, 1)?)?;
            let last = iso_day(hijri::to_gregorian(y, month, length)?)?;
            Some(format!("{first}/{last}"))
        }
    });
    (resolved, Some(granularity))
}

/// The Hijri year a holiday with a Gregorian year falls in, for the fact's Hijri date.
pub fn hijri_year(date: &DateParts) -> Option<i32> {
    use super::super::hijri;
    let Some(Nth::GregorianYear(year)) = date.nth else {
        return date.year;
    };
    let month = date.month.unwrap_or(1);
    let (h, _, _) = hijri::from_gregorian(NaiveDate::from_ymd_opt(year, 6, 30)?)?;
    (h - 1..=h + 1).find(|&y| {
        hijri::to_gregorian(y, month, date.day.unwrap_or(1)).is_some_and(|d| d.year() == year)
    })
}

/// The Western Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher).
fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

fn month_length(first: NaiveDate) -> u32 {
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    next.map_or(31, |n| (n - first).num_days() as u32)
}

/// "2013-03" (or the start of "2013-03-01/...") as a year and a month.
fn year_month(resolved: &str) -> Option<(i32, u32)> {
    let mut parts = resolved.split(['-', '/']);
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    (resolved.len() == 7).then_some((year, month))
}

#[cfg(test)]
mod tests {
    use super::super::super::extract;
    use chrono::NaiveDate;

    fn resolved(text: &str) -> Vec<(String, Option<String>)> {
        let reference = NaiveDate::from_ymd_opt(2013, 2, 12);
        extract(text, reference)
            .into_iter()
            .map(|f| (f.text, f.resolved))
            .collect()
    }

    fn one(text: &str, surface: &str, want: &str) {
        let got = resolved(text);
        assert!(
            got.iter()
                .any(|(t, r)| t == surface && r.as_deref() == Some(want)),
            "{text}: want {surface} = {want}, got {got:?}"
        );
    }

    #[test]
    fn parts_of_a_month_are_spans_of_days() {
        one(
            "وتبدأ المفاوضات في أوائل شهر أبريل المقبل.",
            "أوائل شهر أبريل المقبل",
            "2013-04-01/2013-04-10",
        );
        one(
            "ومن المتوقع صدور القرار منتصف مايو 2014.",
            "منتصف مايو 2014",
            "2014-05-11/2014-05-20",
        );
        one(
            "وأجريت الانتخابات في أواخر فبراير الماضي.",
            "أواخر فبراير الماضي",
            "2012-02-21/2012-02-29",
        );
        one(
            "وتنتهي المهلة نهاية الشهر المقبل.",
            "نهاية الشهر المقبل",
            "2013-03-21/2013-03-31",
        );
        one(
            "ويعقد المؤتمر مطلع الشهر الثامن 2014.",
            "مطلع الشهر الثامن 2014",
            "2014-08-01/2014-08-10",
        );
        // a Hijri month's parts are its days too: 1 Dhu al-Hijjah 1434 is 2013-10-06
        one(
            "ويبدأ الموسم منتصف ذي الحجة 1434.",
            "منتصف ذي الحجة 1434",
            "2013-10-16/2013-10-25",
        );
        one(
            "وتنتهي المهلة أواخر ذي الحجة 1434.",
            "أواخر ذي الحجة 1434",
            "2013-10-26/2013-11-03",
        );
    }

    #[test]
    fn the_nth_or_last_weekday_day_or_week_of_a_month() {
        one(
            "وتعقد الجلسة في ثالث ثلاثاء من أيلول 2014.",
            "ثالث ثلاثاء من أيلول 2014",
            "2014-09-16",
        );
        one(
            "ويجتمع المجلس الاثنين الأخير من شهر مارس.",
            "الاثنين الأخير من شهر مارس",
            "2013-03-25",
        );
        one(
            "وتبدأ الحملة في آخر جمعة من الشهر المقبل.",
            "آخر جمعة من الشهر المقبل",
            "2013-03-29",
        );
        one(
            "وتقام الدورة في الأسبوع الأول من شهر أكتوبر 2014.",
            "الأسبوع الأول من شهر أكتوبر 2014",
            "2014-W41",
        );
        one(
            "وأغلق الباب في اليوم الأخير من شهر أكتوبر 2015.",
            "اليوم الأخير من شهر أكتوبر 2015",
            "2015-10-31",
        );
        // a feminine ordinal after the weekday, as the first (أول ثلاثاء): the weekday of the month
        one(
            "وتنطلق القمة الثلاثاء الأولى من أكتوبر 2014.",
            "الثلاثاء الأولى من أكتوبر 2014",
            "2014-10-07",
        );
        one(
            "وتجتمع اللجنة يوم الجمعة الأخيرة من شهر مايو 2015.",
            "الجمعة الأخيرة من شهر مايو 2015",
            "2015-05-29",
        );
        // a masculine ordinal after a weekday is the day of the month when it falls on it
        one(
            "وصل الوفد يوم الأربعاء الثالث من سبتمبر 2014.",
            "الأربعاء الثالث من سبتمبر 2014",
            "2014-09-03",
        );
    }

    #[test]
    fn holidays() {
        // Umm al-Qura: 1 Shawwal 1434 is 2013-08-08, 10 Dhu al-Hijjah 1434 is 2013-10-15
        one(
            "وتعطل الدوائر الرسمية في عيد الفطر 2013.",
            "عيد الفطر 2013",
            "2013-08-08",
        );
        one(
            "وأعلن عن العفو قبيل عيد الأضحى 2013.",
            "عيد الأضحى 2013",
            "2013-10-15",
        );
        one(
            "وارتفعت الأسعار في رمضان 2019.",
            "رمضان 2019",
            "2019-05-06/2019-06-03",
        );
        one(
            "واحتفلت المدينة بعيد الميلاد 2020.",
            "عيد الميلاد 2020",
            "2020-12-25",
        );
        one(
            "وتزامن الهجوم مع عيد الفصح 2013.",
            "عيد الفصح 2013",
            "2013-03-31",
        );
        one(
            "وتبدأ العطلة مع رأس السنة الهجرية 2019.",
            "رأس السنة الهجرية 2019",
            "2019-08-31",
        );
        // a feast without a year is its days of holiday, not a date; a birthday is no feast
        let none = |text: &str| resolved(text).iter().all(|(t, _)| !t.contains("عيد"));
        assert!(none("وشهدت الأسواق زحمة عيد الأضحى قبل العطلة"));
        assert!(none("احتفل تويتر بعيد الميلاد الـ11 للوسم"));
    }

    #[test]
    fn two_days_in_ordinals() {
        one(
            "وتعقد القمة في الرابع والخامس من ديسمبر/كانون الأول المقبل.",
            "الرابع والخامس من ديسمبر/كانون الأول المقبل",
            "2013-12-04/2013-12-05",
        );
        one(
            "وتستمر الزيارة من السابع وحتى التاسع من الشهر المقبل.",
            "السابع وحتى التاسع من الشهر المقبل",
            "2013-03-07/2013-03-09",
        );
        one(
            "وأقيمت الدورة بين الخامس والعشرين والتاسع والعشرين من أبريل 2012.",
            "الخامس والعشرين والتاسع والعشرين من أبريل 2012",
            "2012-04-25/2012-04-29",
        );
        // the first and second of a group are no dates
        assert!(resolved("وتأهل الأول والثاني من كل مجموعة")
            .iter()
            .all(|(_, r)| r.is_none()));
    }

    #[test]
    fn a_month_first_then_its_days_and_a_weekday_with_its_day() {
        one(
            // (a plan in the present: the coming July, five months ahead)
            "ويقام المهرجان تموز 13 إلى 15 في عمّان.",
            "تموز 13 إلى 15",
            "2013-07-13/2013-07-15",
        );
        one(
            "وصلت البعثة السبت السادس عشر وغادرت.",
            "السبت السادس عشر",
            "2013-02-16",
        );
        one(
            "وتجرى الامتحانات من 27-29 من الشهر الثامن 2014.",
            "27-29 من الشهر الثامن 2014",
            "2014-08-27/2014-08-29",
        );
    }
}
