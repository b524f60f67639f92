//! Qualifiers: the words around a number that bound or place it (more than, about, since, at the start of).

use super::*;

impl<'a> Parser<'a> {
    // ---- qualifiers ------------------------------------------------------------------------

    pub(super) fn qualifier_at(
        &self,
        i: usize,
        place: Place,
    ) -> Option<(&'static str, usize, usize)> {
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

    pub(super) fn find_qualifier(
        &self,
        i: usize,
        place: Place,
    ) -> Option<(&'static str, usize, usize)> {
        let (item, prefix, next) = self.longest(i, &self.lex.qualifiers, place != Place::After)?;
        let (qualifier, item_place) = item.1;
        // عائدات تصل إلى 14 مليار: "up to", after the indefinite noun it describes; not the verb
        // of a clause, "to reach" (ارتفع ليصل إلى، يتوقع أن يصل التضخم إلى، بنسبة 1% تصل إلى);
        // a verb of exceeding denied is a bound wherever it stands (الذي لم يتجاوز 30)
        // (only the verbs of reaching, not بحد أقصى 200 مليون)
        if qualifier == "at_most"
            && place == Place::Before
            && !Self::denied(&item.0)
            && item
                .0
                .last()
                .is_some_and(|w| *w == self.lex.normalizer.normalize("إلى"))
        {
            // (لمدة قد تصل إلى 30 عاما: past قد)
            let k = match i.checked_sub(1) {
                Some(k) if self.word(k) == Some("قد") => k.checked_sub(1),
                k => k,
            };
            let noun = k
                .filter(|&k| self.joined(k) && self.tokens[k].kind == Kind::Word)
                .and_then(|k| self.word(k));
            let described = noun.is_some_and(|w| {
                !Self::definite(w) && w.chars().count() > 2 && !self.lex.is(w, Cue::NotNoun)
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
    pub(super) fn qualifier_before(&self, i: usize) -> Option<&'static str> {
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
                // لن تزيد عن 3 أسابيع، لم تكن تتخطى 20 بالمئة: denied, at most
                let denied = q == "more_than" && self.denied_verb(i - n);
                (next == i).then_some(if denied { "at_most" } else { q })
            })
            .or_else(|| self.age_bound_before(i))
            .or_else(|| self.quantity_of_noun_before(i))
    }

    /// Whether منذ opens the event whose date `draft` is, a year or a date a few words after it
    /// (منذ اندلاع الحرب عام 2011، ومنذ توليه السلطة في 2013، منذ يوم 15 مارس): the time since
    /// starts at that date, as right after منذ. Nine tokens back at most, on one line, with no
    /// mark that ends a clause, no fact (`before`) and no word that places the date otherwise
    /// (حتى، إلى، قبل، بعد، خلال) between.
    pub(super) fn since_event_before(&self, draft: &Draft, before: Option<&Draft>) -> bool {
        let placed = draft.qualifier.as_deref().is_some_and(|q| {
            q.split('+')
                .any(|q| matches!(q, "since" | "ago" | "within" | "after"))
        });
        if !matches!(draft.kind, "date" | "year") || draft.prefix != 0 || placed {
            return false;
        }
        let floor = before
            .map_or(0, |d| d.last)
            .max(draft.first.saturating_sub(9));
        // (منذ بداية العملية المسماة "سيناء 2018": a date that closes a short name in marks is
        // the name's)
        let mark = |k: usize| {
            self.text(k)
                .is_some_and(|t| matches!(t, "\"" | "«" | "»" | "“" | "”"))
        };
        if mark(draft.last) && (draft.first.saturating_sub(3)..draft.first).any(mark) {
            return false;
        }
        for k in (floor..draft.first).rev() {
            if !self.joined(k) {
                return false;
            }
            let token = &self.tokens[k];
            if token.kind == Kind::Mark
                && matches!(
                    token.text,
                    "،" | "," | "." | ":" | "؛" | ";" | "!" | "?" | "؟" | "(" | ")"
                )
            {
                return false;
            }
            let Some(word) = self.word(k) else {
                continue;
            };
            if Self::stems(word).any(|(_, s)| self.lex.is(s, Cue::Since)) {
                return true;
            }
            let elsewhere = Self::stems(word).any(|(_, s)| self.lex.is(s, Cue::RangeEnd))
                || self
                    .qualifier_at(k, Place::Before)
                    .is_some_and(|(q, _, _)| matches!(q, "within" | "ago" | "after"));
            if elsewhere {
                return false;
            }
        }
        false
    }

    /// Whether a phrase of the qualifiers starts with a negation (لم يتجاوز، لا يقل عن).
    pub(super) fn denied(phrase: &[String]) -> bool {
        phrase.len() > 1 && matches!(phrase[0].as_str(), "لا" | "لم" | "لن")
    }

    /// Whether the verb of exceeding at token `verb` is denied: لا، لم or لن right before it, or
    /// before كان ahead of it, its subject between or not (لن تزيد عن 3 أسابيع، ولا تجاوز مليون
    /// درهم، لم تكن تتخطى 20 بالمئة، لم يكن طوله يتجاوز 81 سنتيمترا): what is denied to exceed an
    /// amount is bounded by it. Not the negation of another verb (لا يستهان بها تتجاوز).
    pub(super) fn denied_verb(&self, verb: usize) -> bool {
        let negation = |k: usize| {
            self.joined(k)
                && self.word(k).is_some_and(|w| {
                    let bare = w
                        .strip_prefix(['و', 'ف'])
                        .filter(|b| b.chars().count() >= 2);
                    matches!(bare.unwrap_or(w), "لا" | "لم" | "لن")
                })
        };
        let was = |k: usize| self.joined(k) && self.is(k, Cue::WasDenied);
        (verb >= 1 && negation(verb - 1))
            || (verb >= 2 && was(verb - 1) && negation(verb - 2))
            || (verb >= 3 && was(verb - 2) && self.word(verb - 1).is_some() && negation(verb - 3))
    }

    /// A verb of quantity before token `i` with the noun it says it of between, in construct
    /// with a pronoun (تتخطى قيمته مليار يورو، تصل سرعتها إلى 250 كيلومترا، لا يتجاوز عددهم
    /// 30): the verb bounds the amount, and stays out of its span with the noun.
    pub(super) fn quantity_of_noun_before(&self, i: usize) -> Option<&'static str> {
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
    pub(super) fn noun_with_pronoun(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        PRONOUNS.iter().any(|p| {
            word.strip_suffix(p).is_some_and(|base| {
                base.chars().count() >= 3
                    && !self.lex.is(base, Cue::NotNoun)
                    && !matches!(base, "علي" | "الي" | "لدي" | "عند" | "بين" | "حول" | "منذ")
            })
        })
    }

    /// A bound on an age before token `i`: تحت سن 18، دون سن الخامسة، فوق عمر 60، تزيد
    /// أعمارهم عن 30 عاما; the words of comparison and of age stay out of the span.
    pub(super) fn age_bound_before(&self, i: usize) -> Option<&'static str> {
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
        if !matches!(age, "عن" | "علي") || !(ages.starts_with("أعمار") || ages.starts_with("اعمار"))
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
    /// السادس من آب), so none; and بعد is after it, no span either (بعد عام 2025، بعد 25
    /// مايو), none as for قبل: the golds never write `after`.
    pub(super) fn point_before(&self, i: usize) -> Option<&'static str> {
        let q = self.qualifier_before(i).filter(|q| *q != "after")?;
        if q != "ago" {
            return Some(q);
        }
        let before = (1..=3).filter(|&n| i >= n).any(|n| {
            self.word(i - n)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "قبل"))
        });
        (!before).then_some("since")
    }

    /// A word of quantity around a count of one or two that no number opens (أكثر من ولايتين،
    /// ما لا يقل عن شخصين، أكثر من مرة واحدة، قتل شخصين على الأقل): the qualifier, the token
    /// and clitic letters its span starts with, and the token after it. The word before stays
    /// in the span, as before a number (أكثر من عامين in the golds).
    pub(super) fn quantity_around_word(
        &self,
        draft: &Draft,
    ) -> Option<(&'static str, usize, usize, usize)> {
        let first = draft.first;
        let counted = matches!(draft.kind, "count" | "duration" | "quantity")
            && matches!(draft.value, Some(v) if v == 1.0 || v == 2.0)
            && self.tokens.get(first)?.kind == Kind::Word
            && !draft
                .qualifier
                .as_deref()
                .is_some_and(|q| q.split('+').any(Self::of_quantity));
        // نحو ولايتي نورث وساوث كارولينا: a dual in construct names the two, and نحو before
        // it is "towards"
        let construct = draft.last == first + 1
            && self
                .word(first)
                .is_some_and(|w| w.ends_with('ي') || w.ends_with('ا'));
        if !counted || construct {
            return None;
        }
        // (تحت علم واحد، فوق سطح واحد: before a noun, "under" and "above")
        let preposition = |k: usize| {
            self.word(k)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::PlacePreposition)))
        };
        let before = (1..=4).filter(|&n| first >= n).find_map(|n| {
            let (q, prefix, next) = self.qualifier_at(first - n, Place::Inside)?;
            let ok = next == first && Self::of_quantity(q) && !(n == 1 && preposition(first - 1));
            ok.then_some((q, first - n, prefix, draft.last))
        });
        before.or_else(|| {
            let (q, _, after) = self.qualifier_at(draft.last, Place::After)?;
            Self::of_quantity(q).then_some((q, first, draft.prefix, after))
        })
    }

    /// A qualifier that says how many: more or less than, about, at least or at most.
    pub(super) fn of_quantity(qualifier: &str) -> bool {
        matches!(
            qualifier,
            "more_than" | "less_than" | "at_least" | "at_most" | "approx"
        )
    }

    /// A part of a period: its start, middle or end (مطلع، منتصف، نهاية).
    pub(super) fn is_part(qualifier: &str) -> bool {
        matches!(qualifier, "start" | "mid" | "end")
    }

    /// Two qualifiers joined in one order whatever the order of the words: how many first
    /// (approx, more_than...), then the direction (ago, since, within, after), then the part of
    /// the period (start, mid, end), then which one (last, next): approx+ago, since+start+last.
    pub(super) fn join(inside: Option<&str>, outside: Option<&str>) -> Option<String> {
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

    /// Whether a comparative (أكبر، أعلى، أسرع: أفعل) stands before the number at `start`, which
    /// takes ب (`prefix` is its clitic letters): أكبر بثلاث مرات.
    pub(super) fn comparative_before(&self, start: usize, prefix: usize) -> bool {
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

    /// Whether في or a verb of reaching an age (تبلغ، بلغ، البالغة) stands right before `i`.
    pub(super) fn reaching_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .filter(|&k| self.joined(k))
            .and_then(|k| self.word(k))
            .is_some_and(|w| {
                let w = w
                    .strip_prefix('و')
                    .filter(|w| w.chars().count() > 2)
                    .unwrap_or(w);
                w == "في" || self.lex.is(w, Cue::Reaching)
            })
    }
}
