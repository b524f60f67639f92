//! Measures: units, money, durations, ages and magnitudes after a number.

use super::*;

impl<'a> Parser<'a> {
    /// Whether the unit alone at token `i` repeats the same unit before بعد (يوما بعد يوم،
    /// عاما بعد عام، ساعة بعد ساعة): the idiom of something growing, no span of time.
    pub(super) fn repeated_after(&self, i: usize, unit: &str) -> bool {
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

    pub(super) fn unit_at(&self, i: usize) -> Option<(&'a Unit, usize)> {
        let (item, _, next) = self.longest(i, &self.lex.units, false)?;
        Some((&item.1, next))
    }

    pub(super) fn is_time(unit: &str) -> bool {
        matches!(
            unit,
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
        )
    }

    /// A currency symbol before its amount: $10, €3 مليارات; and a percent sign typed before
    /// its number, as right-to-left text typed left to right has it (بنسبة %3، بلغ %31.0), where
    /// no number stands right before the sign.
    /// A qualifier of quantity before the sign is the span's (أكثر من %27), a verb of quantity
    /// stays out of it (بنسبة تزيد على %50).
    pub(super) fn currency_first(&self, i: usize) -> Option<Draft> {
        // (a sign stands at most three words on: most tokens look no further)
        let end = (i + 4).min(self.tokens.len());
        if !self.tokens[i..end].iter().any(|t| t.kind == Kind::Mark) {
            return None;
        }
        let (inside, prefix, at) = match self.qualifier_at(i, Place::Inside) {
            Some((q, p, next)) if !Self::is_part(q) => (Some(q), p, next),
            _ => (None, 0, i),
        };
        let (unit, next) = self.unit_at(at)?;
        let percent = unit.unit == "percent";
        let number_before =
            at > 0 && self.joined(at - 1) && self.tokens[at - 1].kind == Kind::Number;
        let symbol = self.tokens[at].kind == Kind::Mark && !(percent && number_before);
        let amount = self.tokens.get(next).filter(|_| self.joined(at))?;
        let number = (symbol && amount.kind == Kind::Number).then(|| self.number(next))??;
        let kind = if percent { "percent" } else { "money" };
        let outside = self
            .outside_of(kind, at, at, number.next)
            .filter(|q| !(inside.is_some_and(Self::of_quantity) && Self::of_quantity(q)));
        Some(Draft {
            first: i,
            last: number.next,
            prefix,
            kind,
            value: Some(number.value).filter(|v| v.is_finite()),
            unit: Some(unit.unit),
            qualifier: Self::join(inside, outside),
            note: number.note,
            ..Draft::default()
        })
    }

    /// [أكثر من|نحو] number [إلى number] [unit [ونصف]] | counted noun; or a bare unit
    /// (أسبوعين، ساعة ونصف، لمدة شهر)
    pub(super) fn measure(&self, i: usize) -> Option<Draft> {
        let (inside, mut prefix, start) = match self.qualifier_at(i, Place::Inside) {
            // تجاوزت الـ40 في المائة: the article between the qualifier and the number
            Some((q, p, next)) if !Self::is_part(q) => match self.article_before(next + 1) {
                Some((at, 0)) if at == next => (Some(q), p, next + 1),
                // نحو (20) شخصا، أكثر من «500» ألف: the number in brackets or marks
                _ if self.bracketed(next + 1, next + 2).is_some() => (Some(q), p, next + 1),
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
        // ساعة و21 دقيقة: where a bigger unit before the number starts the duration
        let mut lead = None;
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
        // خمس الناتج: a fifth of the output, not five
        let part = self.definite_fraction(start);
        let (mut next, unit) = match (self.number(start).filter(|_| part.is_none()), dual) {
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
                // (612) مليون دولار: the brackets before the scale are the span's
                if inside.is_none()
                    && number.next > start + 2
                    && self.bracketed(start, start + 1).is_some()
                {
                    draft.first = start - 1;
                }
                // a range: ثلاث إلى أربع، 10 - 20، بين 10 و20
                let between = start > 0
                    && self.word(start - 1).is_some_and(|w| {
                        Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::RangeStart))
                    });
                let high = if self.is(next, Cue::Range) || (between && self.text(next) == Some("و"))
                {
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
                // من 2001 إلى 2009، من 2007 حتى 2012: a period, two years, the first one since
                // (bare_year, opens_period), as من عام 1995 وحتى عام 2008 is; not بين 2006 و2009
                // nor 1996 - 1998, a range of years
                let period = high.as_ref().is_some_and(|h| {
                    start > 0
                        && self.joined(start - 1)
                        && Self::stems(self.word(start - 1).unwrap_or_default())
                            .any(|(_, s)| s == "من")
                        && self.year_shaped(start).is_some()
                        && self.year_shaped(next + 1).is_some()
                        && h.next == next + 2
                        && self.word(next).is_some_and(|w| {
                            Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::RangeEnd))
                        })
                });
                let high = high.filter(|_| !period);
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
                            .find(|(_, s)| self.lex.is(s, Cue::RangeStart))
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
                // دور الستة عشر لدوري الأبطال، دور الـ16، دور الثمانية يوم السبت: the round of
                // N, a stage's name; the number alone, counting no word nor unit of time after
                // it (the prize of a round is money: المتأهل لهذا الدور 12 مليون دولار)
                let paid = self
                    .unit_at(next)
                    .is_some_and(|(unit, _)| !Self::is_time(unit.unit));
                if inside.is_none() && draft.value_max.is_none() && !paid {
                    let article = self.article_before(start);
                    if self.round_before(article.map_or(start, |(at, _)| at)) {
                        if let Some((at, clitics)) = article {
                            draft.first = at;
                            prefix = clitics;
                        }
                        draft.kind = "cardinal";
                        draft.prefix = prefix;
                        draft.last = next;
                        return Some(draft);
                    }
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
                    .filter(|_| number.next == start + 1)
                    .filter(|_| self.year_shaped(start).is_none())
                    .filter(|&after| self.unit_at(after).is_some() || self.bracketed_noun(after))
                {
                    next = after;
                    if inside.is_none() {
                        draft.first = start - 1;
                    }
                } else if inside.is_some()
                    && next == start + 1
                    && self.bracketed(start, next).is_some()
                {
                    // أكثر من (2000): the closing mark too
                    next += 1;
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
                let fraction = part.or_else(|| {
                    match self.word(start).and_then(|w| self.lex.number_words.get(w)) {
                        Some(&(v, Role::Fraction)) => Some(v),
                        _ => None,
                    }
                });
                let at = start + usize::from(fraction.is_some());
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
                    if fraction.is_none() {
                        if let Some(decades) = self.bare_decades(i, at, inside, prefix) {
                            return Some(decades);
                        }
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
                                .any(|(_, s)| self.lex.is(s, Cue::Duration));
                        let half = self.fraction_after(after, unit.unit).is_some();
                        let whole = self.is(after, Cue::Whole) && self.joined(after - 1);
                        let around = inside.is_some() || self.qualifier_before(i).is_some();
                        // بين ساعة وساعتين، من يوم إلى ثلاثة أيام: the low end of a range
                        let ranged = !half
                            && !whole
                            && self
                                .duration_after(i, after, unit.unit, Some(1.0))
                                .is_some()
                            && i > 0
                            && self.word(i - 1).is_some_and(|w| {
                                Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::RangeStart))
                            });
                        let alone = self.alone(i);
                        // أعلى مستوى له في أسبوع، أدنى مستوياتها في عام: the span of time a
                        // superlative a few words back is of (not a day, after في most often
                        // a point: أفضل في يوم ما، الأولى التي أكلها في يوم توقيع عقده)
                        let superlative = i >= 2
                            && unit.unit != "day"
                            && self.word(i - 1) == Some("في")
                            && (i.saturating_sub(5)..i - 1)
                                .rev()
                                .take_while(|&k| {
                                    self.joined(k) && self.tokens[k].kind != Kind::Mark
                                })
                                .any(|k| {
                                    self.word(k).is_some_and(|w| {
                                        Self::stems(w)
                                            .any(|(_, s)| self.lex.is(s, Cue::Superlative))
                                    })
                                });
                        // يوما بعد يوم، سنة بعد سنة: "day after day", an idiom of growing, no
                        // span of time
                        if self.repeated_after(i, unit.unit) {
                            return None;
                        }
                        // لحظة names a point far more often (لحظة وصوله، منذ لحظة إطلاق): a
                        // duration on its own, whole, or after a cue ending its clause (بعد لحظة)
                        let moment = Self::stems(self.word(at).unwrap_or_default())
                            .any(|(_, s)| self.lex.is(s, Cue::Moment));
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
                            || ((around || superlative) && !self.construct(after)))
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
                "riyal" => self.currency_of_context(start, Cue::Riyal).unwrap_or(unit),
                "dinar" => self.currency_of_context(start, Cue::Dinar).unwrap_or(unit),
                // جنيه alone: the Egyptian pound, unless a text on Britain says sterling
                "pound" => self.currency_of_context(start, Cue::Pound).unwrap_or("EGP"),
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
                } else {
                    // 7 ساعات و45 دقيقة، سنة و3 أشهر، ساعتين و18 دقيقة و11 ثانية
                    let mut last = unit;
                    while let Some((part, smaller, after)) = self.smaller_unit_after(next, last) {
                        draft.value = draft
                            .value
                            .map(|v| v + part * Self::seconds(smaller) / Self::seconds(unit));
                        last = smaller;
                        next = after;
                    }
                }
                // ساعة و21 دقيقة، عام و3 أشهر: a bigger unit alone (one of it) and و before
                // the number; the duration is in that unit
                if let Some((at, bigger)) = self.bigger_unit_before(start, unit) {
                    let part = draft.value.unwrap_or(f64::NAN) * Self::seconds(unit);
                    if inside.is_none() && draft.value_max.is_none() && part < Self::seconds(bigger)
                    {
                        draft.value = draft
                            .value
                            .map(|v| 1.0 + v * Self::seconds(unit) / Self::seconds(bigger));
                        draft.unit = Some(bigger);
                        draft.first = at;
                        draft.prefix = 0;
                        lead = Some(at);
                    }
                }
                // من يومين إلى 6 أيام، بين ساعة وساعتين: a range with the unit at both ends
                if let Some((high, after)) = self.duration_after(i, next, unit, draft.value) {
                    draft.value_max = Some(high);
                    next = after;
                }
            }
        } else if draft.value.is_some_and(|v| v <= 10.0)
            && self.joined(next - 1)
            && self.richter_after(start, next)
        {
            // 6.4 درجة على مقياس ريختر، زلزال بقوة 5.5 درجة: a magnitude (never above 10; a
            // temperature in a quake's story is not one)
            draft.kind = "quantity";
            draft.unit = Some("richter");
            next += 1;
        } else if let Some(unit) = self.decimal_measure(&draft, next) {
            // انخفض المؤشر 458.92 نقطة: points with decimals are measured, not counted
            draft.kind = "quantity";
            draft.unit = Some(unit);
            next += 1;
        } else if self.after_position(start + 1) && draft.value_max.is_none() && inside.is_none() {
            // في الدقيقة 67، حل في المركز 23، الجولة 25 من الدوري: the number names the minute,
            // the place or the round, an ordinal of its head (as the golds' المركز 13، الدقيقة
            // 43), and counts no group after من (43 من المباراة was a count of matches)
            draft.kind = "ordinal";
            draft.noun = Some((start - 1, 0));
        } else if let Some(noun) = self
            .counted_noun(next)
            .filter(|_| !(definite && self.noun_before(start).is_some()))
            .filter(|_| !(next == start + 1 && self.two_alone(start)))
            .filter(|_| !self.others_after_scale(next))
            .filter(|_| self.year_shaped(start).is_none() || self.commonly_counted(next))
        {
            draft.kind = "count";
            draft.noun = Some((next, noun));
            next += 1;
            // 7 سيارات إسعاف: the complement of a light head is in the span; حالة counts cases
            // (72 حالة وفاة: the golds leave its complement out)
            let case = self
                .word(next - 1)
                .is_some_and(|w| self.lex.is(w, Cue::CaseHead));
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
            // من; the span is the number alone, as the golds since check write it (اثنان من
            // المجموعة، 40 من النساء); a group without the article is no noun (سبع من صديقاتها، 40
            // من تايلاند), and 175 أسيرا من كل جانب has its noun and stops at it
            // (a part of the group, never its size: the comparisons across outlets leave it out)
            draft.kind = "count";
            draft.note = Some("partitive");
            if self.word(at).is_some_and(Self::definite) {
                draft.noun = Some((at, 0));
            }
        }
        if draft.kind == "cardinal" && unit.is_none() && !definite && self.not_a_number(start, next)
        {
            return None;
        }
        // مجموعة 5+1، قمة 6+1، (45+3): a bare number glued before a plus and another names a
        // group or adds minutes to a half, an amount no more than the one after the plus
        let plus =
            next == start + 1 && next + 1 < self.tokens.len() && self.added_to_number(next + 1);
        if draft.kind == "cardinal" && unit.is_none() && plus {
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
            // الذكرى السبعين، للمرة الأربعين، القرن العشرين: a tens word after a singular orders
            // it, as الـ70 does; the ordinal reads it
            if self.tokens[start].kind == Kind::Word
                && draft.kind == "cardinal"
                && head.is_some_and(|h| self.ordinal_head(h))
                && self.longest(start, &self.lex.ordinals, true).is_some()
            {
                return None;
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
                .is_some_and(|w| self.lex.is(w, Cue::Times));
            if times {
                draft.kind = "cardinal";
                draft.unit = Some("times");
                draft.noun = None;
            }
        }
        // خلال العقود الأربعة الماضية، على مدار 4 عقود، نحو أربعة عقود: decades or centuries of
        // time (a qualifier of quantity in the span says so too)
        if draft.kind == "count" && draft.value_max.is_none() {
            let era = draft
                .noun
                .and_then(|(at, _)| self.era_word(at))
                .filter(|_| {
                    // (أكثر من 30 عقدا are contracts: decades are few)
                    inside.is_some() && draft.value.is_some_and(|v| v <= 10.0)
                        || self.era_context(draft.first, next)
                });
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
            // last, but a number of units is, the article on the adjective alone (خلال 24 ساعة
            // الماضية، في 10 سنوات المقبلة: only the period's can stand after its unit)
            let of_units =
                draft.kind == "duration" && draft.unit.is_some() && self.joined(next - 1);
            if noun_first || definite || of_units || !matches!(q, "last" | "next") {
                draft.qualifier = Some(q.to_owned());
                next = after;
            }
        }
        // (الأشهر الستة الأولى، الثلاثة أسابيع الأولى, the first ones of a period, its start:
        // `first_of_duration` joins the ordinal after the duration)

        // عائدات تصل إلى 14 مليار دولار، إيداع لا يقل عن 7 ملايين جنيه، يناهز 80 عاما: a verb
        // of quantity outside the span qualifies any amount
        // (خلال العقود الأربعة: before the noun when it comes first)
        let from = match lead {
            Some(at) => at,
            None if noun_first => draft.first,
            None => i,
        };
        let outside = self.outside_of(draft.kind, from, i, next);
        // تصل إلى نحو 400 متر، سيصل إلى أكثر من مليار: the word of quantity in the span says
        // how many, not the verb before it (the dev gold: more_than, not more_than+at_most)
        let inside = inside.or(draft.qualifier.as_deref());
        let outside =
            outside.filter(|q| !(inside.is_some_and(Self::of_quantity) && Self::of_quantity(q)));
        draft.qualifier = Self::join(inside, outside);
        draft.last = next;
        if self.european_thousands(start, &draft) {
            draft.value = draft.value.map(|v| v * 1000.0);
        }
        Some(draft)
    }

    /// The qualifier a word before a measure of `kind` gives it from outside its span, the
    /// measure starting at token `i` (its noun at `from` when that comes first) and ending
    /// before `next`.
    fn outside_of(&self, kind: &str, from: usize, i: usize, next: usize) -> Option<&'static str> {
        // (بعد ثلاثة أيام: "three days later" in a story told in the past as often as "in
        // three days", so no qualifier; the golds leave it out)
        let outside = match kind {
            "duration" | "range" => self.qualifier_before(from).filter(|q| *q != "after"),
            _ => self.qualifier_before(i).filter(|q| {
                matches!(
                    *q,
                    "at_most" | "at_least" | "approx" | "more_than" | "less_than"
                )
            }),
        };
        // قبل أسبوع من المباريات، بعد نصف ساعة على انطلاقها: before or after another event,
        // not ago or after now
        let anchored =
            self.word(next).is_some_and(|w| self.lex.is(w, Cue::Anchor)) && self.joined(next - 1);
        let outside = outside.filter(|q| !(anchored && matches!(*q, "ago" | "after")));
        // الأزمة المستمرة منذ عام، تفرض منذ عام: a state lasting since then, not an event then
        outside.map(|q| {
            if q == "ago" && (self.lasting_since(i) || self.since_unless_event(i, next)) {
                "since"
            } else {
                q
            }
        })
    }

    /// How many decades the singular or dual of عقد says, behind any clitic (لعقدين: 2), or
    /// centuries that of قرن (منذ قرن، قبل قرنين), and which: its value as `decade` or
    /// `century` in `cues.tsv`.
    pub(super) fn decades(&self, word: &str) -> Option<(f64, &'static str)> {
        Self::stems(word).find_map(|(_, s)| {
            [(Cue::Decade, "decade"), (Cue::Century, "century")]
                .into_iter()
                .find_map(|(role, unit)| Some((self.lex.cue(s, role)??.parse().ok()?, unit)))
        })
    }

    /// عقدين، عقد من الزمن, with no number: one or two decades where time is spoken of (a
    /// word of quantity or of time before them: نحو عقدين، منذ أكثر من عقد، على مدى عقد); عقد is
    /// also a contract and a verb (held), so one decade must also end its clause, be whole or
    /// be told of time (منذ عقد من الزمن، خلال عقد كامل; not قبل عقد القمة). So are قرن and
    /// قرنين, centuries (منذ نحو قرن، قبل قرنين، الأعنف خلال قرن.; not وحيد قرن). From token `i`,
    /// the word at `at` (after the word of quantity in the span, `inside`).
    fn bare_decades(
        &self,
        i: usize,
        at: usize,
        inside: Option<&'static str>,
        prefix: usize,
    ) -> Option<Draft> {
        let (value, unit) = self.decades(self.word(at)?)?;
        let whole = self.is(at + 1, Cue::Whole) && self.joined(at);
        let next = at + 1 + usize::from(whole);
        let of_time = self.joined(next - 1)
            && self.word(next) == Some("من")
            && matches!(self.word(next + 1), Some("الزمن" | "الزمان"));
        let ended = self
            .tokens
            .get(next)
            .is_none_or(|t| t.kind == Kind::Mark || t.after_break);
        let cue = i > 0
            && Self::stems(self.word(i - 1).unwrap_or_default())
                .any(|(_, s)| self.lex.is(s, Cue::Duration));
        let around = inside.is_some() || cue || self.qualifier_before(i).is_some();
        // (قرن is no contract nor a verb: around a word of time, it is the century)
        let told = value == 2.0 || unit == "century" || ended || whole || of_time;
        if !(around && told || of_time) {
            return None;
        }
        // (قبل عقد من الزمان: ago, من الزمان names no event it is measured from)
        let outside = self.outside_of("duration", i, i, if of_time { next + 2 } else { next });
        Some(Draft {
            first: i,
            last: next,
            prefix,
            kind: "duration",
            value: Some(value),
            unit: Some(unit),
            qualifier: Self::join(inside, outside),
            ..Draft::default()
        })
    }

    /// Whether the point in the number at `start` groups thousands, the European way (90.000
    /// عميل، حوالي 650.000 شخص، (40.000) ريال): one point before three digits, no scale after
    /// it, and what it measures comes whole, a count of a noun, or a round amount of money
    /// (.000). Not 6.142 كيلوغرامات nor 6.735 ليرة (a rate), nor 1.500 دينار (fils).
    pub(super) fn european_thousands(&self, start: usize, draft: &Draft) -> bool {
        let Some(token) = self.tokens.get(start).filter(|t| t.kind == Kind::Number) else {
            return false;
        };
        // (225ر29 غارة: the Arabic mark, the whole part after it as stored)
        let parts = match token.text.split_once('ر') {
            Some((decimals, whole)) => Some((whole, decimals)),
            None => token.text.split_once('.'),
        };
        let Some((whole, decimals)) = parts else {
            return false;
        };
        let shape = (1..=3).contains(&whole.len())
            && !whole.starts_with('0')
            && decimals.len() == 3
            && whole
                .chars()
                .chain(decimals.chars())
                .all(|c| c.is_ascii_digit());
        let unscaled = draft.value.is_some() && draft.value == token.value();
        let whole_things = match draft.kind {
            "count" => draft.noun.is_some(),
            "money" => decimals == "000",
            _ => false,
        };
        shape && unscaled && draft.value_max.is_none() && whole_things
    }

    /// The riyal or the dinar of the one country named in the words before token `i` (as far
    /// back as a window keeps, so that the answer does not depend on where a window starts);
    /// else, for a riyal, that of the country the whole text names most ([`document_currencies`]);
    /// None when two are named just before, or none anywhere.
    pub(super) fn currency_of_context(&self, i: usize, currency: Cue) -> Option<&'static str> {
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
        found.or_else(|| self.currencies?.of(currency))
    }

    /// The upper end of a range of durations whose first end stands at `i` and ends before
    /// `next`: إلى، حتى، أو, or و after بين, then a duration in the same unit and longer; its
    /// value and the token after it. Read once: the upper end is never itself a range.
    pub(super) fn duration_after(
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
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::RangeStart)));
        // وساعتين: the joining letter attached to the upper end
        let (at, attached) = match self.text(next) {
            Some(_) if self.is(next, Cue::Range) => (next + 1, false),
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

    /// The single word `form` as a unit (سنوات، أشهر).
    pub(super) fn unit_word(&self, form: &str) -> Option<&'a Unit> {
        self.lex
            .units
            .starting_with(form)
            .find(|(words, _)| words.len() == 1)
            .map(|(_, unit)| unit)
    }

    /// How many seconds a unit of time lasts (a month of 30 days, a year of 365).
    pub(super) fn seconds(unit: &str) -> f64 {
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

    /// و + a number + a smaller unit of time after a duration (7 ساعات و45 دقيقة، سنة وثلاثة
    /// أشهر): the number, that unit and the next token.
    pub(super) fn smaller_unit_after(
        &self,
        i: usize,
        unit: &str,
    ) -> Option<(f64, &'static str, usize)> {
        if !self.joined(i - 1) {
            return None;
        }
        let number = match self.text(i)? {
            "و" if self.joined(i) => self.number(i + 1)?,
            // وثلاثة: the conjunction on a number word
            w if w.starts_with('و') => self.number(i).filter(|n| n.words && n.prefix == 1)?,
            _ => return None,
        };
        let (smaller, after) = self.unit_at(number.next)?;
        // (less than one of the bigger unit: بين عام و16 شهرا is a range)
        if !Self::is_time(smaller.unit)
            || number.value * Self::seconds(smaller.unit) >= Self::seconds(unit)
        {
            return None;
        }
        Some((number.value, smaller.unit, after))
    }

    /// A bigger unit of time alone before و and the number at `start` (ساعة و21 دقيقة، عام
    /// و3 أشهر): its token and its unit.
    pub(super) fn bigger_unit_before(
        &self,
        start: usize,
        unit: &str,
    ) -> Option<(usize, &'static str)> {
        // (سنة وثلاثة أشهر: the conjunction on the number word)
        let glued = self.word(start).is_some_and(|w| w.starts_with('و'))
            && self.number(start).is_some_and(|n| n.words && n.prefix == 1);
        let k = start.checked_sub(if glued { 1 } else { 2 })?;
        if !glued && (self.text(k + 1) != Some("و") || !self.joined(k + 1)) || !self.joined(k) {
            return None;
        }
        let (bigger, next) = self.unit_at(k)?;
        let one = next == (if glued { start } else { k + 1 })
            && bigger.count == 1
            && Self::is_time(bigger.unit);
        (one && Self::seconds(bigger.unit) > Self::seconds(unit)).then_some((k, bigger.unit))
    }

    /// Whether درجة at `i` is one of the Richter scale, named in the next three words (درجة على
    /// مقياس ريختر، درجات بمقياس ريختر) or after a word for an earthquake in the six before the
    /// number at `start`, on its line and in its sentence (زلزال بقوة 5.5 درجة، الهزة بلغت
    /// شدتها 4 درجات).
    pub(super) fn richter_after(&self, start: usize, i: usize) -> bool {
        let quake = (start.saturating_sub(6)..start)
            .rev()
            .take_while(|&k| self.joined(k) && !matches!(self.text(k), Some("." | "!" | "?" | "؟")))
            .any(|k| {
                self.word(k)
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Quake)))
            });
        self.word(i)
            .is_some_and(|w| matches!(w, "درجه" | "درجة" | "درجات"))
            && (quake
                || (i + 1..i + 4).any(|k| {
                    self.word(k)
                        .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "ريختر"))
                }))
    }

    /// The unit of the noun at `i` after an amount with decimals that it measures (458.92 نقطة:
    /// `decimal_measure` in cues.tsv).
    pub(super) fn decimal_measure(&self, draft: &Draft, i: usize) -> Option<&'static str> {
        let decimals = draft.value.is_some_and(|v| v.fract() != 0.0) && draft.value_max.is_none();
        let unit = self.lex.cue(self.word(i)?, Cue::DecimalMeasure)??;
        (decimals && self.joined(i - 1)).then_some(unit)
    }

    /// Whether من عمره، من عمرها، من العمر follows: an age.
    pub(super) fn age_after(&self, i: usize) -> bool {
        self.word(i) == Some("من")
            && self.joined(i)
            && self
                .word(i + 1)
                .is_some_and(|w| (w.starts_with("عمر") && w.chars().count() <= 5) || w == "العمر")
    }

    /// Whether سن stands before the number at `i` (or its article): سن الـ12، لسن 18.
    pub(super) fn age_before(&self, i: usize) -> bool {
        let k = self.article_before(i).map_or(i, |(a, _)| a);
        k.checked_sub(1)
            .filter(|&b| self.joined(b))
            .and_then(|b| self.word(b))
            .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "سن"))
    }
}
