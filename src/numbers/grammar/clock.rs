//! Times of day and match scores.

use super::*;

impl<'a> Parser<'a> {
    /// الساعة العاشرة صباحاً [بتوقيت واشنطن], الساعة 3 و15 دقيقة, الساعة الثالثة إلا ربع,
    /// 10:30, الثالثة فجرا
    pub(super) fn clock(&self, i: usize) -> Option<Draft> {
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
            .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Clock)));
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
        } else if let Some(add) = self
            .day_period_at(next, hour)
            .filter(|_| (cue || colon) && hour < 12)
        {
            // الساعة العاشرة من مساء الخميس: the span ends at the time, as the day is a fact
            // of its own
            hour += add;
        } else if let Some(add) = self.period_of_range_end(next, hour) {
            // من الساعة 3 إلى الساعة 4 بعد العصر: the time of day written once, at the end of
            // the range, is that of its start too
            hour += add;
        }
        let timezone =
            (self.is(next, Cue::Timezone) && self.word(next + 1).is_some()).then_some(next + 1);
        Some(Draft {
            first: i,
            last: next,
            prefix: match approx {
                Some((_, p, _)) => p,
                None if cue => self.clitics(i, Cue::Clock),
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
    pub(super) fn written_time(&self, i: usize, cue: bool) -> Option<(u32, u32, usize)> {
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
    pub(super) fn gmt_at(&self, i: usize) -> bool {
        let greenwich = |k: usize| self.is(k, Cue::Greenwich);
        let joined_word = |k: usize, w: &str| self.joined(k - 1) && self.word(k) == Some(w);
        if greenwich(i) {
            return true;
        }
        if self.is(i, Cue::Timezone) && self.joined(i) && greenwich(i + 1) {
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
    pub(super) fn score(&self, i: usize) -> Option<Draft> {
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
        // 2-صفر، صفر-1: zero written as a word is a side of a result and nothing else (1-صفر يوم
        // الخميس, with a day after it, was a cardinal 1)
        let zero = [i, i + 2].iter().any(|&k| self.word(k) == Some("صفر"));
        if !zero && (!(cue_before || cue_after || bracketed || sets) || !cue_after && amount) {
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
    pub(super) fn dash_pair(&self, i: usize) -> Option<(u32, u32)> {
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
    pub(super) fn score_cue(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            Self::stems(w).any(|(_, s)| {
                if self.lex.is(s, Cue::Score) {
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
                self.lex.is(bare, Cue::Score)
                    || bare
                        .strip_suffix('ت')
                        .is_some_and(|b| self.lex.is(&format!("{b}ه"), Cue::Score))
            })
        })
    }

    /// When a range of clock times goes on at token `i` (إلى الساعة 4 بعد العصر، وحتى الساعة
    /// الحادية عشرة صباحا), the hours its time of day adds, if they also fit the start `hour`
    /// (on a 12-hour clock, not after the end).
    pub(super) fn period_of_range_end(&self, i: usize, hour: u32) -> Option<u32> {
        if hour == 0 || hour > 12 || !self.joined(i - 1) {
            return None;
        }
        // إلى، حتى، وحتى
        if !Self::stems(self.word(i)?).any(|(_, s)| self.lex.is(s, Cue::RangeEnd)) {
            return None;
        }
        let k = i + 1;
        if !self.is(k, Cue::Clock) || !self.joined(k) {
            return None;
        }
        let (end, _, after) = self.hour_at(k + 1)?;
        let after = self.minutes_at(after).map_or(after, |(_, next)| next);
        let (add, _) = self.period_at(after)?;
        ((1..=12).contains(&end) && hour <= end && add > 0).then_some(add)
    }

    /// The clitic letters before the word at `i` that plays `role` (في الساعة → 0, بالساعة → 1).
    pub(super) fn clitics(&self, i: usize, role: Cue) -> usize {
        Self::stems(self.word(i).unwrap_or_default())
            .find(|(_, s)| self.lex.is(s, role))
            .map_or(0, |(p, _)| p)
    }

    /// An hour: 10, 10:30, 15:23:24, العاشرة, عشرة. The hour, its minutes and the next token.
    pub(super) fn hour_at(&self, i: usize) -> Option<(u32, u32, usize)> {
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
    pub(super) fn minutes_at(&self, i: usize) -> Option<(i64, usize)> {
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
    pub(super) fn period_at(&self, i: usize) -> Option<(u32, usize)> {
        let i = if self.is(i, Cue::This) && self.joined(i) {
            i + 1
        } else {
            i
        };
        let word = self.word(i)?;
        if let Some(add) = self.lex.cue(word, Cue::Period) {
            return Some((add.and_then(|a| a.parse().ok()).unwrap_or(0), i + 1));
        }
        // بعد الظهر (+12), قبل الظهر (+0), قبل المغرب (+12)
        let hours = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .and_then(|w| self.lex.cue(w, Cue::Noon))??;
        let (after, before) = hours.split_once(' ')?;
        let add = match word {
            "بعد" => after,
            "قبل" => before,
            _ => return None,
        };
        Some((add.parse().ok()?, i + 2))
    }

    /// A time of day in construct with the day it is of, after a clock time, من before it or
    /// not: من مساء الخميس، من بعد ظهر اليوم، عصر أمس، ظهر الثلاثاء، ليل الخميس-الجمعة. The
    /// hours to add to `hour`. (ظهر and عصر alone are verbs as often, so a day must follow; a
    /// word in construct says hours it fits, as الواحدة من ليل is past midnight.)
    pub(super) fn day_period_at(&self, i: usize, hour: u32) -> Option<u32> {
        let i = if self.word(i) == Some("من") && self.joined(i) {
            i + 1
        } else {
            i
        };
        // بعد ظهر الأحد: after noon, as ظهر
        let i = if self.word(i) == Some("بعد") && self.joined(i) && self.word(i + 1) == Some("ظهر")
        {
            i + 1
        } else {
            i
        };
        let (add, next) = self.period_at(i).or_else(|| {
            let cue = self.lex.cue(self.word(i)?, Cue::DayPeriod)??;
            let mut values = cue.split(' ').map(|v| v.parse::<u32>().ok());
            let (add, low, high) = (values.next()??, values.next()??, values.next()??);
            (low..=high).contains(&hour).then_some((add, i + 1))
        })?;
        let day = self.joined(next - 1)
            && (self.weekday(next).is_some()
                || self.deictic(next).is_some()
                || matches!(self.word(next), Some("اليوم" | "يوم"))
                || self
                    .tokens
                    .get(next)
                    .is_some_and(|t| t.kind == Kind::Number));
        day.then_some(add)
    }

    /// The reading time of web pages: "دقائق القراءة - 5", "5 دقائق قراءة"
    pub(super) fn reading_time(&self, i: usize) -> Option<Draft> {
        let (unit, next) = self.unit_at(i)?;
        if unit.unit != "minute" || !self.is(next, Cue::Reading) {
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
}
