//! Ordinals and regnal numbers (the third, Louis XIV).

use super::*;

impl<'a> Parser<'a> {
    /// A definite ordinal, compound ones included (الثالثة والعشرين): value, clitics, next token.
    pub(super) fn ordinal_value(&self, i: usize) -> Option<(i64, usize, usize)> {
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

    /// Whether the word at `k` is a singular noun a number with the article after it orders
    /// (الذكرى الـ70، للمرة الـ30، ميلاده الـ11): feminine or with a pronoun, not a plural
    /// (مبارياته الـ8، الدول العربية الـ22) nor a word for a group (قائمة الـ23).
    pub(super) fn ordinal_head(&self, k: usize) -> bool {
        let Some(word) = self.word(k).filter(|_| self.joined(k)) else {
            return false;
        };
        let bare = Self::stems(word).last().map_or(word, |(_, s)| s);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        // لليوم الـ12: ل and the article
        let bare = self.after_lam_article(word).map_or(bare, |(_, rest)| rest);
        if bare.chars().count() < 3
            || self.lex.is(bare, Cue::Collective)
            || self.lex.is(word, Cue::NotNoun)
            || self.unit_word(bare).is_some_and(|u| u.count != 1)
            || self.lex.cue(bare, Cue::Relative).is_some()
            // (وتبلغ اليوم الـ17 من العمر: today)
            || self.lex.is(word, Cue::Today)
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
        if self.lex.is(bare, Cue::Ordered) {
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

    /// الأولى، الثانية، أول اتصال، لأول مرة
    pub(super) fn ordinal(&self, i: usize) -> Option<Draft> {
        let (item, _, _) = self.longest(i, &self.lex.ordinals, true)?;
        let (value, prefix, next) = self.ordinal_value(i)?;
        let definite = item.0[0].starts_with("ال");
        // باولا روبيو: an ordinal adverb (أولا، ثانيا) takes و or ف, never ب، ل or ك: a name
        let clitics = self.word(i).unwrap_or_default().chars().take(prefix);
        if self.lex.is(item.0[0].as_str(), Cue::Alone)
            && clitics.into_iter().any(|c| "بلك".contains(c))
        {
            return None;
        }
        // 240 إطارا في الثانية، 300 ألف كيلومتر في الثانية: a rate, per second
        if value == 2 && item.0[0].ends_with(['ه', 'ة']) && next == i + 1 && self.per_second(i) {
            return None;
        }
        // (والسيدة الأولى، كسيدة أولى: after a clitic too; but ومن أول القواميس, وجهة ثالثة
        // "a third destination", سيدة ثانية "another woman")
        let not_ordinal = i > 0
            && self.word(i - 1).is_some_and(|w| {
                Self::stems(w).any(|(_, s)| {
                    s != "من"
                        && (value == 1 || Self::definite(s))
                        && self.lex.is(s, Cue::NotOrdinal)
                        || value == 1 && self.lex.is(s, Cue::NotFirst)
                })
            });
        if (not_ordinal || i > 0 && self.is(i - 1, Cue::NotOrdinal)) && prefix == 0 {
            return None;
        }
        // ثاني أكسيد الكربون: a compound's name
        if self.is(next, Cue::Compound) {
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
                .filter(|w| !self.lex.is(w, Cue::NotNoun) && w.chars().count() > 2)
                .map(|_| (i - 1, 0))
        } else if self.lex.is(item.0[0].as_str(), Cue::Alone) {
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
            self.word(next).filter(|w| !self.lex.is(w, Cue::NotNoun))?;
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
            .is_some_and(|w| matches!(w, "الهجري" | "للهجره" | "قبل"));
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

    /// Whether الثانية at `i` is the second of a rate after في (960 إطارا في الثانية، 73
    /// كيلومترا في الثانية، 10 ترليونات إطار في الثانية الواحدة): a number two to four tokens
    /// before في with no clause between (not الأولى 6-3 ويتقدم في الثانية, the second set).
    pub(super) fn per_second(&self, i: usize) -> bool {
        if i < 3 || self.word(i - 1) != Some("في") || !self.joined(i - 2) {
            return false;
        }
        (i.saturating_sub(5)..i - 2).rev().any(|n| {
            self.tokens[n].kind == Kind::Number
                && (n + 1..i - 1).all(|k| {
                    self.joined(k - 1)
                        && self
                            .word(k)
                            .is_some_and(|w| !w.starts_with('و') && !Self::present_verb(w))
                })
        })
    }

    /// Whether the definite ordinal at `i` is a regnal number, part of a name (رمسيس الثالث،
    /// محمد السادس، البابا يوحنا بولس الثاني): after a name kings, popes and pharaohs carry, or,
    /// masculine, after an indefinite word a royal or church title stands just before (البطريرك
    /// آرام الأول، الملك "نختنبو الثاني"); not زيارة الملك سلمان الأولى, where it orders the
    /// visit, nor كأس الملك، فيما يعتبر هدفه الثاني.
    pub(super) fn regnal(&self, i: usize, feminine: bool) -> bool {
        let Some(name) = i
            .checked_sub(1)
            .filter(|&k| self.joined(k))
            .and_then(|k| self.word(k))
        else {
            return false;
        };
        if Self::stems(name).any(|(_, s)| self.lex.is(s, Cue::Regnal)) {
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
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Royal)))
    }

    /// The indefinite noun before an indefinite ordinal at `i` that agrees with it in gender
    /// (قمة ثانية، بلد ثالث, not ميدان رابعة), with no number before it.
    pub(super) fn noun_before_ordinal(&self, i: usize, ordinal: &str) -> Option<(usize, usize)> {
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
            && !self.lex.is(noun, Cue::NotNoun)
            && noun.chars().count() > 2
            && !self.lex.number_words.contains_key(noun);
        ok.then_some((i - 1, 0))
    }
}
