//! Dates: written, numeric, English and Hijri dates, years, decades and eras.

use super::*;

impl<'a> Parser<'a> {
    // ---- rules ---------------------------------------------------------------------------

    /// "12th, February 2025", "February 12, 2025"
    pub(super) fn english_date(&self, i: usize) -> Option<Draft> {
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
    pub(super) fn date(&self, i: usize) -> Option<Draft> {
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
            // 14 من نيسان/أبريل، 12 من شهر مايو: the day of a month, من between as after an
            // ordinal day
            if self.word(k) == Some("من") && self.joined(k) && self.month_follows(k + 1) {
                k += 1;
            }
            // 13 إلى 15 تموز
            let joiner = self.is(k, Cue::Range) || self.text(k) == Some("و");
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
            // 20 من الشهر نفسه، الخامس من نفس الشهر، 19 من ذات الشهر: a day of the month the
            // story has named, resolved from it (mod.rs, from_the_story); this month alone
            let same = (self.word(at - 1) == Some("من"))
                .then(|| self.same_month(at))
                .flatten();
            if let Some(last) = same {
                let (first, prefix) = lead.unwrap_or((i, prefix));
                return Some(Draft {
                    first,
                    last,
                    prefix,
                    kind: "date",
                    qualifier: part.map(|p| p.0.to_owned()),
                    date: Some(DateParts {
                        day: Some(day),
                        month_offset: Some(0),
                        ..DateParts::default()
                    }),
                    ..Draft::default()
                });
            }
            if let Some(month) = month.filter(|d| d.first == at && d.prefix == 0) {
                let (first, prefix) = lead.unwrap_or((i, prefix));
                // 20 من الشهر الماضي is a day of last month as 20 مارس الماضي is of last March
                let which = month.qualifier.as_deref();
                return Some(Draft {
                    first,
                    last: month.last,
                    prefix,
                    kind: "date",
                    qualifier: Self::join(part.map(|p| p.0), which),
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
            Some("الماضي" | "المنصرم" | "الفاءت") => Some(-1),
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
                                    | "الي"
                                    | "حتي"
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
        let month_word =
            self.word(k) == Some("شهر") && self.joined(k) && self.month_at(k + 1).is_some();
        if month_word {
            k += 1;
        }
        let (month, clitic, mut next) = self.month_at(k)?;
        if part.is_none() && k == i {
            prefix = clitic;
        }
        let (_, (month_number, ambiguous)) = month;
        // the month written twice: أيار/مايو، آذار-مارس، أغسطس (آب)، يوليو تموز; its twin
        // makes an ambiguous name a month (مع مارس آذار، ومارس آذار)
        let single = next;
        next = self.month_twice(next, *month_number);
        let twice = next > single;
        // 2014، عام 2014، من عام 2014، لعام 2014
        let mut at = next;
        if self.word(at) == Some("من") && self.joined(at) {
            at += 1;
        }
        let year_word = self
            .word(at)
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Year)));
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
        // (شهر before it names a month too: اعتبارا من شهر مارس)
        let after_word = i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::MonthContext)))
            || month_word
            || twice;
        if year.is_none() && year_offset.is_none() && which.is_none() {
            // a month that is also a word or a name needs من or a word before it to take the
            // year after it (دعت إليها ماي العام الماضي: Theresa May); a part of the month takes
            // it with من (نهاية ديسمبر من العام الماضي, one date as the check3 gold has it)
            if let Some((offset, after, _)) = self
                .relative_year_after(next)
                .filter(|&(_, _, of)| of || !*ambiguous || day.is_some() || after_word)
                .filter(|&(_, _, of)| qualifier.is_none() || of)
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

    /// 14 حزيران/يونيو - 15 تموز/يوليو، بين 14 يونيو و15 يوليو 2018، من 3 إلى 9 أبريل:
    /// a date with its day and month, then a later one of the same year, are one range of days
    /// (the article's first date or `draft` as it was); من 3 مارس إلى 9 أبريل 2019 is two dates.
    pub(super) fn date_range(&self, draft: Draft) -> Draft {
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
                    .any(|(p, s)| p <= 1 && self.lex.is(s, Cue::Range) && s != "او")
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
        // من 13 يوليو 2018 إلى 11 أغسطس: a period over two months is two dates, the first one
        // since (opens_period), as the golds write it and as من 2001 إلى 2009 is two years;
        // بين 14 يونيو و15 يوليو and 14 يونيو - 15 يوليو stay one range of days
        let from = !between
            && draft.first > 0
            && self.joined(draft.first - 1)
            && self
                .word(draft.first - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "من"));
        let worded = Self::stems(self.text(k).unwrap_or_default())
            .any(|(p, s)| p <= 1 && self.lex.is(s, Cue::RangeEnd));
        // (not when the end names which one it is, 9 أبريل المقبل: the range keeps it for both)
        if from && worded && last.month != first.month && end.qualifier.is_none() {
            let mut draft = draft;
            draft.date = Some(DateParts { year, ..first });
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
    pub(super) fn relative_year_after(&self, i: usize) -> Option<(i64, usize, bool)> {
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
    pub(super) fn hijri(&self, i: usize) -> Option<Draft> {
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
            .and_then(|w| Self::stems(w).find(|(_, s)| self.lex.is(s, Cue::DayOne)))
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
            let of = self.word(next) == Some("من")
                && self.joined(next - 1)
                && self.joined(next)
                && !self.orders_noun_before(k);
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
            if self.is(next, Cue::Hijri) && self.joined(next - 1) {
                next += 1;
            }
        }
        let before = i > 0 && self.is(i - 1, Cue::MonthContext);
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
    pub(super) fn numeric_date(&self, i: usize) -> Option<Draft> {
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
        // 12/5/1439هـ: a Hijri date (day, month, year), resolved as one in words is; so is a
        // full date of a year 1350-1500 without the era (14/10/1439): news dates no Gregorian day
        // of those centuries in digits
        let era = self.is(next, Cue::Hijri) && self.joined(next - 1);
        let hijri = era || (three && (1350..=1500).contains(&year));
        if hijri && day > 30 {
            return None;
        }
        Some(Draft {
            first: i,
            last: next + usize::from(era),
            kind: "date",
            date: Some(DateParts {
                year: Some(year as i32),
                month: Some(month),
                day: (day > 0).then_some(day),
                hijri,
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// An ordinal day of the month followed by من: its value, clitic letters and the month's token.
    pub(super) fn ordinal_day(&self, i: usize) -> Option<(u32, usize, usize)> {
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
        if self.orders_noun_before(i) {
            return None;
        }
        let day = u32::try_from(value).ok().filter(|d| (1..=31).contains(d))?;
        (self.word(next) == Some("من") && self.joined(next)).then_some((day, prefix, next + 1))
    }

    /// Whether the ordinal at `i` is the adjective of the noun before it rather than a day: a
    /// feminine one (الأسابيع الأولى من مايو، الأيام الأولى من رمضان، الجمعة الأولى من رمضان: a
    /// day, يوم, is masculine), or one after a unit of time longer than a day or a fraction
    /// with the article (الأسبوع الثاني من أبريل، النصف الثاني من يوليو: the week, the half).
    pub(super) fn orders_noun_before(&self, i: usize) -> bool {
        // (the lexicon's words are normalized: ة is ه, and ى is ي, الأولى is الاولي, unlike
        // الثاني)
        let feminine = self
            .longest(i, &self.lex.ordinals, true)
            .and_then(|(item, _, _)| item.0.first())
            .is_some_and(|w| w.ends_with('ه') || w.ends_with("ولي"));
        let after_part = i > 0
            && self.joined(i - 1)
            && self.word(i - 1).is_some_and(|w| {
                Self::stems(w).any(|(_, s)| {
                    s.strip_prefix("ال").is_some_and(|bare| {
                        // (not اليوم: اليوم السابع من ذي الحجة is the day)
                        self.unit_word(bare)
                            .is_some_and(|u| Self::is_time(u.unit) && u.unit != "day")
                            || self
                                .lex
                                .number_words
                                .get(bare)
                                .is_some_and(|(_, role)| *role == Role::Fraction)
                    })
                })
            });
        feminine || after_part
    }

    /// الشهر نفسه، الشهر ذاته، نفس الشهر، ذات الشهر at token `i`: the token after it.
    pub(super) fn same_month(&self, i: usize) -> Option<usize> {
        let same = |k: usize| self.joined(k - 1) && self.is(k, Cue::Same);
        let month = |k: usize| self.word(k) == Some("الشهر");
        ((month(i) && same(i + 1)) || (self.is(i, Cue::Same) && month(i + 1) && self.joined(i)))
            .then_some(i + 2)
    }

    /// Whether a month name follows at `i`, with or without شهر before it.
    pub(super) fn month_follows(&self, i: usize) -> bool {
        self.month_at(i).is_some()
            || (self.word(i) == Some("شهر") && self.month_at(i + 1).is_some())
    }

    pub(super) fn month_at(&self, i: usize) -> Option<Match<'a, (u32, bool)>> {
        self.longest(i, &self.lex.months, true)
            .filter(|(item, _, _)| !item.0[0].is_ascii())
    }

    /// A decade: الستينيات، تسعينيات القرن الماضي، مطلع الثمانينات من القرن العشرين. Of the
    /// twentieth century unless the text names this one; not an age (في الثمانينات من عمره).
    pub(super) fn decade(&self, i: usize) -> Option<Draft> {
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

    /// عام 2022; and a bare year after في، منذ، حتى
    pub(super) fn year(&self, i: usize) -> Option<Draft> {
        // نهاية 2019، مطلع عام 2020
        // قرابة العام 1500، نحو عام 2000: about that year, with its word (نحو 2000 is a number)
        let year_word = |k: usize| {
            self.word(k)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Year)))
        };
        let part = self.qualifier_at(i, Place::Inside).filter(|(q, _, next)| {
            (Self::is_part(q) || (*q == "approx" && year_word(*next))) && self.joined(*next - 1)
        });
        let from = part.map_or(i, |(_, _, next)| next);
        let word = self.word(from).unwrap_or_default();
        // للعام 1996: ل before the article, whose alef it drops; the span starts at عام
        let elided = word
            .strip_prefix("لل")
            .filter(|rest| self.lex.is(rest, Cue::Year))
            .map(|_| (2, ""));
        let (first, prefix, at) = match elided.or_else(|| {
            Self::stems(word)
                .into_iter()
                .find(|(_, s)| self.lex.is(s, Cue::Year))
        }) {
            Some((p, _)) if part.is_none() || p == 0 => (i, p, from + 1),
            None if part.is_some_and(|(q, _, _)| Self::is_part(q)) => (i, 0, from),
            None if i > 0 && self.is(i - 1, Cue::MonthContext) => (i, 0, i),
            _ => return None,
        };
        let prefix = part.map_or(prefix, |(_, p, _)| p);
        // العام الهجري 1439: the era between the year word and its number
        let era_first = at > from && self.is(at, Cue::Hijri) && self.joined(at);
        let at = if era_first { at + 1 } else { at };
        let year = self.integer(at, 1000.0..=2100.0)?;
        // عام 1440 هـ، للعام 1439 هجري: a year of the Hijri era, with its sign
        let era_after = self.is(at + 1, Cue::Hijri) && self.joined(at);
        let hijri = era_first || era_after;
        if !hijri {
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
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Compared)));
            if let (true, false, Some((clitics, _))) = (dual, compared, between) {
                let high = self.integer(at + 2, 1000.0..=2100.0).filter(|&high| {
                    high > year && self.text(at + 1) == Some("و") && self.joined(at)
                });
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
        }
        // نهاية 2017-2018، عام 2018/2019: the year written over two
        let split = if hijri { None } else { self.split_year_at(at) };
        // اعتبارا من عام 2019، بدءا من مطلع العام 2020: from that year on, the words in the
        // span, as for a month or a day
        let (first, prefix, outside) = match self.starting_before(first) {
            Some((at, clitics)) => (at, clitics, Some("since")),
            None => (first, prefix, self.point_before(first)),
        };
        let era_after = era_after || (split.is_none() && self.gregorian_sign(at));
        Some(Draft {
            first,
            last: at + 1 + usize::from(era_after) + if split.is_some() { 2 } else { 0 },
            prefix,
            kind: "year",
            value: Some(year as f64),
            qualifier: Self::join(part.map(|p| p.0), outside),
            date: Some(DateParts {
                year: Some(year as i32),
                hijri,
                relative: split,
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// A number that counts nothing, written as four digits from 1900 to 2100, is a year in
    /// news (مونديال 2018، رؤية 2030، انتخابات 2016، بعد 2009، عامي 2010 و2011): in 3,000 ANT
    /// articles, 40 of 40 such numbers read were years. Not after a word of quantity (نحو 2000).
    pub(super) fn bare_year(&self, draft: Draft) -> Draft {
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
            last: i + 1 + usize::from(self.gregorian_sign(i)),
            qualifier: self.point_before(i).map(str::to_owned),
            date: Some(DateParts {
                year: Some(year as i32),
                ..DateParts::default()
            }),
            ..draft
        }
    }

    /// Whether the year at `i` has the Gregorian era's sign glued to it (عام 1886م، في 1933م),
    /// which is of its span as هـ is of a Hijri year's. Only glued: 1500 م may be metres.
    pub(super) fn gregorian_sign(&self, i: usize) -> bool {
        let glued =
            |k: usize| self.tokens.get(k).map(|t| t.start) == self.tokens.get(i).map(|t| t.end);
        self.text(i + 1) == Some("م") && glued(i + 1)
    }

    /// The number at `i` if it could be a year: four digits from 1900 to 2100, without the article.
    pub(super) fn year_shaped(&self, i: usize) -> Option<u32> {
        let four = self.text(i).is_some_and(|t| t.chars().count() == 4);
        let article = i > 0 && self.text(i - 1) == Some("ال");
        self.integer(i, 1900.0..=2100.0)
            .filter(|_| four && !article)
    }

    /// Whether the word at `i` is one of the nouns news counts most (شخص، شخصا، جندي...).
    pub(super) fn commonly_counted(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let bare = w.strip_suffix('ا').unwrap_or(w);
            self.lex.is(w, Cue::Counted) || self.lex.is(bare, Cue::Counted)
        })
    }

    /// A year written over two (العام المالي 2017/2018، موسم 2017/ 2018، موسم 2017-2018): one
    /// fact, a year.
    pub(super) fn split_year(&self, i: usize) -> Option<Draft> {
        let first = self.integer(i, 1900.0..=2100.0)?;
        let relative = self.split_year_at(i)?;
        Some(Draft {
            first: i,
            last: i + 3,
            kind: "year",
            value: Some(first as f64),
            qualifier: self.point_before(i).map(str::to_owned),
            date: Some(DateParts {
                year: Some(first as i32),
                // a year written over two, in the place of a relative date's unit
                relative: Some(relative),
                ..DateParts::default()
            }),
            ..Draft::default()
        })
    }

    /// Whether the year at `i` is the first of a year written over two, the next one after a
    /// slash or a dash (a dash between years that do not follow each other is a range,
    /// 1950-1953): `fiscal_year` after a word of public finance (العام المالي، السنة المالية،
    /// موازنة، الميزانية العامة الجديدة), `season` after موسم, else `split_year`, which the
    /// story may show to be fiscal (`fiscal_story`).
    pub(super) fn split_year_at(&self, i: usize) -> Option<&'static str> {
        let first = self.integer(i, 1900.0..=2100.0)?;
        let second = self.integer(i + 2, 1900.0..=2100.0).filter(|_| {
            matches!(self.text(i + 1), Some("/" | "-" | "–"))
                && self.joined(i)
                && self.joined(i + 1)
        })?;
        // (بين 1912-1913، بين عامي 1922-1923: between two years, a range)
        let between = (1..=2).filter(|&n| i >= n).any(|n| {
            self.word(i - n)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "بين"))
        });
        if second != first + 1 || between {
            return None;
        }
        let fiscal = (1..=3)
            .filter(|&n| i >= n)
            .take_while(|&n| self.joined(i - n))
            .any(|n| {
                self.word(i - n)
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Fiscal)))
                    || self.fiscal_adjective(i - n)
            });
        let season = (1..=2).filter(|&n| i >= n).any(|n| {
            self.word(i - n)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Season)))
        });
        Some(match (fiscal, season) {
            (true, _) => "fiscal_year",
            (false, true) => "season",
            (false, false) => "split_year",
        })
    }

    /// Whether the word at `k` is المالي or المالية after a year word (العام المالي، للسنة
    /// المالية): a fiscal year.
    pub(super) fn fiscal_adjective(&self, k: usize) -> bool {
        let year = k > 0
            && self.joined(k - 1)
            && self.word(k - 1).is_some_and(|w| {
                w.strip_prefix("لل")
                    .is_some_and(|rest| self.lex.is(rest, Cue::Year))
                    || Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Year))
            });
        year && self
            .word(k)
            .is_some_and(|w| self.lex.is(w, Cue::FiscalAdjective))
    }

    /// Whether وست at `i` is "West" in a name (وست هام، وست بروميتش), not "and six": no plural,
    /// unit or number after it (وست دول، وست سنوات، وست نقاط، وست أخرى).
    pub(super) fn west(&self, i: usize) -> bool {
        if self.word(i) != Some("وست") || !self.joined(i) {
            return false;
        }
        self.word(i + 1).is_some_and(|w| {
            let counted = w.ends_with("ات")
                || w.ends_with("ين")
                || w.ends_with("ون")
                || Self::stems(w)
                    .any(|(_, s)| self.lex.plurals.contains_key(s) || self.lex.is(s, Cue::NotNoun))
                || self.unit_at(i + 1).is_some()
                || self.lex.number_words.contains_key(w);
            !counted
        })
    }

    /// Whether the word before `i` is دور, the round of a cup (دور الثمانية، لدور الستة عشر، في
    /// الدور 32): the number after it names the stage (`round` in `cues.tsv`).
    pub(super) fn round_before(&self, i: usize) -> bool {
        i > 0
            && self.joined(i - 1)
            && self.word(i - 1).is_some_and(|w| {
                Self::stems(w)
                    .any(|(_, s)| self.lex.is(s.strip_prefix("ال").unwrap_or(s), Cue::Round))
            })
    }

    /// The unit of a word naming decades or centuries (عقود، عقدين، قرن، قرون), which a
    /// number counts as a span of time only where time is spoken of: عقد is also a contract
    /// (`era` in `cues.tsv`).
    pub(super) fn era_word(&self, i: usize) -> Option<&'static str> {
        let word = self.word(i)?;
        Self::stems(word)
            .find_map(|(_, s)| self.lex.cue(s.strip_prefix("ال").unwrap_or(s), Cue::Era)?)
    }

    /// Whether the decades or centuries of a fact from `first` to `next` are time: after a
    /// preposition of time, a word or a verb of lasting (خلال، منذ، قبل، على مدى، طوال، استمرت،
    /// دامت), or before الماضية، الأخيرة، المقبلة or من and what they were of (7 عقود من الصراع،
    /// ستة عقود من حكم: contracts are signed with, not of).
    pub(super) fn era_context(&self, first: usize, next: usize) -> bool {
        let cue = (1..=2).filter(|&n| first >= n).any(|n| {
            self.word(first - n).is_some_and(|w| {
                Self::stems(w)
                    .any(|(_, s)| self.lex.is(s, Cue::Duration) || self.lex.is(s, Cue::Lasting))
            })
        });
        let of = self.word(next) == Some("من")
            && self.joined(next)
            && self
                .tokens
                .get(next + 1)
                .is_some_and(|t| t.kind == Kind::Word);
        cue || of
            || self.qualifier_before(first).is_some()
            || matches!(
                self.qualifier_at(next, Place::After),
                Some(("last" | "next", _, _))
            )
    }

    /// Whether a month or a day and month follow (so a year-like number is part of a date).
    pub(super) fn date_follows(&self, i: usize) -> bool {
        self.month_at(i).is_some()
    }
}
