//! Counted nouns: the noun a count is of, before or after it, in a construct, bracketed or dual.

use super::*;

impl<'a> Parser<'a> {
    /// Whether the word at `i` makes a unit before it the head of a construct (شهر رمضان، يوم
    /// الأربعاء، عام 2006) rather than an amount of time.
    pub(super) fn construct(&self, i: usize) -> bool {
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
    pub(super) fn head_of_chain(
        &self,
        at: usize,
        start: usize,
        value: Option<f64>,
    ) -> Option<(usize, usize)> {
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
    pub(super) fn noun_before(&self, start: usize) -> Option<(usize, usize)> {
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
    pub(super) fn plural_with_pronoun(&self, i: usize) -> Option<(usize, usize)> {
        if !self.joined(i) {
            return None;
        }
        let stems: Vec<(usize, &str)> = Self::stems(self.word(i)?)
            .filter_map(|(clitics, s)| {
                let stem = PRONOUNS.iter().find_map(|p| s.strip_suffix(p))?;
                let noun = stem.chars().count() >= 4
                    && !stem.starts_with("ال")
                    && !self.lex.is(stem, Cue::NotNoun);
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
            .find(|(_, s)| self.lex.plurals.contains_key(s))
            .or_else(|| {
                stems
                    .iter()
                    .rev()
                    .find(|(_, s)| s.ends_with("ات") && letters(s) >= 6 || broken(s))
            })
            .or_else(|| stems.iter().find(|(_, s)| s.ends_with("ات")))
            .map(|&(clitics, _)| (i, clitics))
    }

    /// The noun a time unit may be, under its article or pronoun (السنوات، سنواته، للسنوات).
    pub(super) fn bare_noun(word: &str) -> impl Iterator<Item = &str> {
        Self::stems(word).flat_map(|(_, s)| {
            let pronoun = PRONOUNS.iter().find_map(|p| s.strip_suffix(p));
            [
                s.strip_prefix("ال").or_else(|| s.strip_prefix("لل")),
                pronoun.filter(|_| !s.starts_with("ال")),
            ]
            .into_iter()
            .flatten()
        })
    }

    /// The article written on a number in digits at `i` (الـ11، والـ36، الـ 15): its token and
    /// the clitic letters before it.
    pub(super) fn article_before(&self, i: usize) -> Option<(usize, usize)> {
        let k = i.checked_sub(1)?;
        if self.tokens.get(i)?.kind != Kind::Number || !self.joined(k) {
            return None;
        }
        Self::stems(self.word(k)?)
            .find(|(_, s)| *s == "ال")
            .map(|(p, _)| (k, p))
    }

    /// Whether the definite number at `start` names a group of states after مجموعة or قمة
    /// (مجموعة السبع، مجموعة العشرين، قمة الـ 7، مجموعة الدول العشرين، دول العشرين) or a street
    /// after شارع (شارع الستين): the name of a club, not a count of its members.
    pub(super) fn group_name(&self, start: usize) -> bool {
        let k = match self.article_before(start) {
            Some((at, _)) => at,
            None if start > 0 && self.text(start - 1) == Some("ال") => start - 1,
            None => start,
        };
        let named = |h: usize| {
            self.joined(h)
                && self
                    .word(h)
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::GroupName)))
        };
        // مجموعة الدول العشرين، مجموعة دول العشرين; دول العشرين، دول الـ20 (an indefinite
        // plural before a definite number counts nothing: the group's name)
        let states = |h: usize| {
            self.joined(h)
                && self
                    .word(h)
                    .and_then(|w| Self::stems(w).last())
                    .map(|(_, s)| s)
                    == Some("دول")
        };
        let Some(h) = k.checked_sub(1) else {
            return false;
        };
        named(h)
            || states(h)
            || h > 0
                && named(h - 1)
                && self.joined(h)
                && self
                    .word(h)
                    .is_some_and(|w| Self::stems(w).any(|(_, s)| s == "الدول"))
    }

    /// The token after the mark at `next` if it closes the one right before the number at
    /// `start`: (120)، «45»، ( 9 ) (the guillemets normalized to the straight mark).
    pub(super) fn bracketed(&self, start: usize, next: usize) -> Option<usize> {
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
    pub(super) fn bracketed_noun(&self, i: usize) -> bool {
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
        let tally = i >= 4 && self.is(i - 4, Cue::Tally);
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
    pub(super) fn closes_quoted_name(&self, i: usize) -> bool {
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
                                .roles()
                                .any(|r| !matches!(r, Cue::Letter | Cue::Identifier | Cue::Product))
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
    pub(super) fn headed(&self, i: usize) -> bool {
        let mut k = i;
        // رقم (16)، بقميصه رقم "8": an opening bracket or mark
        if k > 0 && matches!(self.text(k - 1), Some("(" | "\"" | "«" | "“")) {
            k -= 1;
        }
        if k > 1 && self.word(k - 1).is_some_and(|w| w.is_ascii()) {
            k -= 1;
        }
        // القرار الأممي (2216)، قرار مجلس الأمن 2216: who issued it, between head and number
        for _ in 0..2 {
            if k > 1 && self.joined(k - 2) && self.is(k - 1, Cue::Issuer) {
                k -= 1;
            }
        }
        k > 0
            && self.word(k - 1).is_some_and(|w| {
                Self::stems(w).any(|(_, s)| {
                    self.lex.is(s, Cue::Identifier)
                        || self.lex.is(s, Cue::Product)
                            && self.integer(i, 1900.0..=2100.0).is_none()
                })
            })
    }

    /// A definite noun at `i` a number after it counts (الدول، والسنوات، للأشهر): its token and
    /// clitics.
    pub(super) fn definite_noun(&self, i: usize) -> Option<(usize, usize)> {
        let word = self.word(i)?;
        let (clitics, bare) =
            match Self::stems(word).find(|(_, s)| s.starts_with("ال") && s.chars().count() > 3) {
                Some((clitics, s)) => (clitics, std::borrow::Cow::Borrowed(s)),
                None => {
                    // للأشهر الثلاثة، وللدول الخمس: ل before the article takes its alif; the span
                    // starts after لل, as عام 1996 does in للعام 1996 (the dev gold)
                    let (clitics, rest) = self.after_lam_article(word)?;
                    (clitics, std::borrow::Cow::Owned(format!("ال{rest}")))
                }
            };
        let ok = self.joined(i)
            && !self.lex.is(&bare, Cue::NotNoun)
            && !self.lex.number_words.contains_key(&bare["ال".len()..])
            && self.lex.cue(&bare, Cue::Relative).is_none()
            && !self.lex.weekdays.contains_key(bare.as_ref());
        ok.then_some((i, clitics))
    }

    /// The noun under ل and the article written together as لل (للأشهر، وللدول: ل + الأشهر),
    /// and the letters before it: the clitics and لل. A noun of the nouns lexicon that starts
    /// with ل keeps it (للاعبين: ل + اللاعبين).
    pub(super) fn after_lam_article(&self, word: &'a str) -> Option<(usize, &'a str)> {
        Self::stems(word).find_map(|(clitics, s)| {
            let lam = s.strip_prefix('ل')?;
            let rest = lam.strip_prefix('ل')?;
            if self.lex.plurals.contains_key(lam) || self.lex.singulars.contains_key(lam) {
                return Some((clitics + 1, lam));
            }
            (rest.chars().count() > 2).then_some((clitics + 2, rest))
        })
    }

    /// The clitic letters of the word at `i` if it is a noun a number can count. The noun after a
    /// number is indefinite: a word with the article (420899 العام الماضي) or a preposition and
    /// the article (11 للهاشتاغ) starts something else.
    pub(super) fn counted_noun(&self, i: usize) -> Option<usize> {
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
            || self.lam_preposition(word)
            || Self::present_verb(word)
            || Self::present_verb(word.strip_prefix(['و', 'ف']).unwrap_or(word))
            || Self::past_plural_verb(word)
            || self.lex.is(word, Cue::Adverb)
            || self.lex.is(word, Cue::Tally)
            || self.after_position(i)
            // 45 قرابة العام 1500، 20 نحو: a qualifier starts the next fact
            || self.qualifier_at(i, Place::Inside).is_some()
            // 100 تقريبا، 50 كحد أقصى: the qualifier after a number with its noun left out
            || self.qualifier_at(i, Place::After).is_some()
            // مقتل 3 وإصابة 12 آخرين، عارضه 4 وامتنع 6: a word with و before another number
            // heads the next phrase, the first number's noun left out
            || self.coordinated_before_number(i)
        {
            return None;
        }
        self.noun_at(i)
    }

    /// Whether `word` begins with the preposition ل, not with a noun's own ل: after a number
    /// whose noun is left out it says for whom or what the number is (سجل 12 لبرشلونة، 5
    /// لزميله، 3 لإعادة), while the nouns news counts that begin with ل are few (لاعبا، لقبا،
    /// لجان، لوائح), listed as lam_noun by the letters they begin with.
    pub(super) fn lam_preposition(&self, word: &str) -> bool {
        word.starts_with('ل')
            && !word
                .char_indices()
                .skip(3)
                .map(|(at, _)| &word[..at])
                .chain([word])
                .any(|begin| self.lex.is(begin, Cue::LamNoun))
    }

    /// Whether the word at `i` is آخر (آخرين، آخرون، أخرى) after a scale word that ends a
    /// number (23 ألفا آخرين، 3 ملايين آخرين، ألفين آخرين): the scale stands for its noun left
    /// out and آخرين describes that noun, no noun of its own (the golds: 47 ألفا, not 47 ألفا
    /// آخرين), while right after a number it is what is counted (خمسة آخرين).
    pub(super) fn others_after_scale(&self, i: usize) -> bool {
        let scale = i > 0
            && self.word(i - 1).is_some_and(|w| {
                self.lex.number_words.get(w).is_some_and(|&(v, role)| {
                    v >= 1000.0 && matches!(role, Role::Scale | Role::Plural | Role::DualScale)
                })
            });
        scale
            && self.word(i).is_some_and(|w| {
                w == "اخر"
                    || self
                        .lex
                        .plurals
                        .get(w)
                        .is_some_and(|s| self.lex.normalizer.normalize(s) == "اخر")
            })
    }

    /// Whether the word at `i` starts with the conjunction و and a number follows it (قتل 5
    /// وجرح 4، بأغلبية 62 مقابل 55 وامتناع اثنين، وإصابة نحو 50 آخرين): the head of a phrase
    /// coordinated with the one before, which counts no noun of its own.
    pub(super) fn coordinated_before_number(&self, i: usize) -> bool {
        if !self
            .word(i)
            .is_some_and(|w| w.starts_with('و') && w.chars().count() >= 3)
        {
            return false;
        }
        // (21 وثمانية وأربعة كيلومترات: a number itself after و, the next of a list)
        if self.number(i).is_some() {
            return true;
        }
        // (not before a number or a qualifier that has its own و: ثلاث وفيات وخمسة جرحى، ألف
        // وظيفة ونحو 4 مليارات; nor a part: 200 وحدة بنهاية فبراير)
        self.joined(i)
            && (self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Number)
                || self.number(i + 1).is_some_and(|n| n.prefix == 0)
                || self
                    .qualifier_at(i + 1, Place::Inside)
                    .is_some_and(|(q, p, next)| {
                        // (188 ألف وفاة أكثر من الولادات: a number must follow it)
                        p == 0 && !Self::is_part(q) && self.number(next).is_some()
                    }))
    }

    /// Whether the noun at `h` is a light head (حالة، سيارة، عربة: `light_head` in cues.tsv)
    /// with its complement right after it, which names what is counted (حالة وفاة، حالات
    /// اعتقال، سيارة إسعاف، عربات إطفاء): a verbal noun of the derived forms (ا, three letters
    /// or more and a long ا, not an adjective's ending: حالات استثنائية، سيارات أخرى; not a verb,
    /// 30 حالة ارتكب فيها), or one of
    /// `head_tail` (وفاة، طلاق، أجرة).
    pub(super) fn compound_tail(&self, h: usize) -> bool {
        let light = self.word(h).is_some_and(|w| self.lex.is(w, Cue::LightHead));
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
        (derived || self.lex.is(tail, Cue::HeadTail))
            && !self.lex.is(tail, Cue::NotNoun)
            && !self.lex.cues.contains_key(tail)
            || self.lex.is(tail, Cue::HeadTail)
    }

    /// Whether the token before `i` is a number in digits that a head of positions names (في
    /// الدقيقة 67 عندما، المركز 23 برصيد، المرحلة 22 من الدوري), or the last of a list of them
    /// joined by و after a dual head (في الدقيقتين 32 و72 وأندرو، المركزين 13 و14 ملحقا،
    /// الدقيقتين الثامنة و40 وهاري): the minute, the place or the round it names counts no word
    /// after it.
    pub(super) fn after_position(&self, i: usize) -> bool {
        // (a list needs a dual head: المرحلة الأولى و16 رواية is a place and a count)
        let head = |k: usize, list: bool| {
            self.joined(k)
                && self.word(k).is_some_and(|w| {
                    (!list || w.ends_with("ين"))
                        && Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Position))
                })
        };
        // (an ordinal in words as an item: الثامنة)
        let ordinal = |k: usize| {
            self.longest(k, &self.lex.ordinals, true)
                .is_some_and(|(_, prefix, next)| prefix == 0 && next == k + 1)
        };
        if i < 2 || self.tokens[i - 1].kind != Kind::Number {
            return false;
        }
        let mut item = i - 1;
        // (a few items back at most: a long list of numbers stays linear to read)
        for _ in 0..8 {
            if head(item - 1, item + 1 < i) {
                return true;
            }
            let and = item >= 3 && self.word(item - 1) == Some("و") && self.joined(item - 2);
            if !and {
                return false;
            }
            item -= 2;
            if self.tokens[item].kind != Kind::Number && !ordinal(item) {
                return false;
            }
        }
        false
    }

    /// Whether a word carries the article, after a clitic or not (الدول، للهاشتاغ، بالمئة).
    pub(super) fn definite(word: &str) -> bool {
        Self::stems(word).any(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)
            || word.starts_with("لل")
    }

    /// The clitic letters of the word at `i` if it may be a noun after a number, definite or not.
    pub(super) fn noun_at(&self, i: usize) -> Option<usize> {
        let word = self.word(i)?;
        let bare = word.strip_prefix("ال").unwrap_or(word);
        if !self.joined(i - 1)
            || self.lex.is(word, Cue::NotNoun)
            || self.lex.number_words.contains_key(word)
            || self.lex.number_words.contains_key(bare)
            || self.lex.weekdays.contains_key(word)
            || self.lex.cue(word, Cue::Relative).is_some()
            || self.month_at(i).is_some()
            || self.longest(i, &self.lex.deictics, true).is_some()
            || word.chars().count() < 2
        {
            return None;
        }
        Some(0)
    }

    /// 3 من المحتجين، ثلاثة من أطفاله: a number of a group named after من; the token of the noun.
    pub(super) fn partitive(&self, i: usize) -> Option<usize> {
        (self.word(i) == Some("من") && self.joined(i)).then_some(())?;
        self.noun_at(i + 1).map(|_| i + 1)
    }

    /// Whether the word before `i` is a feminine dual too, so that the one at `i` is its
    /// adjective (صورتين لطيفتين).
    ///
    /// A nisba (إيرانيتين، دوليتين) is the adjective of a dual one or two words before it, in
    /// construct or not (شركتي خطوط إيرانيتين).
    ///
    /// So is one after a dual the lexicon knows in ين or ان (حادثان مميتان، لحربين عالميتين),
    /// unless it is such a noun itself or opens with و (بهدفين لهدفين، تعادلين وهزيمتين), and
    /// one after a dual with a quotation mark between (نكبتان "جديدتان").
    pub(super) fn dual_before(&self, i: usize) -> bool {
        let adjective = self
            .word(i)
            .is_some_and(|w| !w.starts_with('و') && !self.known_dual(w));
        let dual = |k: usize, ends: &[&str]| {
            self.joined(k)
                && self.word(k).is_some_and(|w| {
                    ends.iter().any(|e| w.ends_with(e))
                        || adjective
                            && ["ين", "ان"].iter().any(|e| w.ends_with(e))
                            && self.known_dual(w)
                })
        };
        // (the word before a quotation mark that opens the adjective)
        let before = match i.checked_sub(1) {
            Some(mark) if mark > 0 && self.text(mark) == Some("\"") => Some(mark - 1),
            before => before,
        };
        if before.is_some_and(|k| dual(k, &["تين", "تان"])) {
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

    /// Whether `word`, in ين or ان, is the dual of a noun the lexicon knows (حادثان، حربين),
    /// behind its clitics.
    fn known_dual(&self, word: &str) -> bool {
        Self::stems(word).any(|(_, s)| {
            let base = s.strip_suffix("ين").or_else(|| s.strip_suffix("ان"));
            base.is_some_and(|b| {
                !self.lex.plurals.contains_key(s)
                    && (self.lex.singulars.contains_key(b)
                        || b.strip_suffix('ت')
                            .is_some_and(|t| self.lex.singulars.contains_key(&format!("{t}ه"))))
            })
        })
    }

    /// A dual noun on its own is a count of two (مصدران، مكالمتين). ـين is also the ending of
    /// sound plurals (مسؤولين), so a word the plurals lexicon knows is not a dual.
    ///
    /// A feminine dual (حفلتين، صورتان) is one whatever the noun, when the stem before تين/تان
    /// has three letters or more (not بوتين) and the word is no name (cue not_dual). A dual unit
    /// of time behind a preposition is a duration (ليومين، بأسبوعين).
    pub(super) fn dual_count(&self, i: usize) -> Option<Draft> {
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
        if self.lex.is(word, Cue::NotDual) || self.dual_before(i) || definite {
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
            if self.lex.plurals.contains_key(stem) || self.lex.is(stem, Cue::NotDual) {
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
            // جنديان إسرائيليان، مسؤولان أمريكيان: a nisba after another dual agrees with it
            if an && base.ends_with('ي') && self.after_a_dual(i) {
                return None;
            }
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
            (lemma.is_some() || feminine || an && self.nisba_agrees(i, base)).then_some((p, lemma))
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

    /// Whether the dual at `i` follows another dual or a dual pronoun in its sentence, so it
    /// says what the two are (their adjective or predicate), no count of its own: جنديان
    /// إسرائيليان، الرجلين مدنيان، وهما بريطانيان، أنهما سوريان، وكلاهما بحرينيان. Not after a
    /// verb's object (قتل فلسطينيان، يقودهما انتحاريان) nor when و makes it one more (وهنديان), nor
    /// after a short word in ان (كان، أن).
    fn after_a_dual(&self, i: usize) -> bool {
        let pronoun = |w: &str| {
            Self::stems(w).any(|(_, s)| s == "هما")
                || ["نهما", "كلاهما"].iter().any(|e| w.ends_with(e))
        };
        i > 0
            && self.joined(i - 1)
            && !self.word(i).is_some_and(|w| w.starts_with('و'))
            && self.word(i - 1).is_some_and(|w| {
                w.ends_with("ان") && w.chars().count() > 3
                    || w.ends_with("ين") && Self::definite(w)
                    || pronoun(w)
            })
    }

    /// Whether a word in ان whose singular `base` the lexicon lacks is a dual by its agreeing
    /// adjective: an indefinite nisba in يان right after it (محققان إسرائيليان، عالمان روسيان،
    /// مفجران انتحاريان), the singular of a noun's shape, not a name's (ستيفان رايان، سان
    /// جرمان كيليان): a participle in م of four letters or more (مبعوث، متحدث), فاعل (باحث،
    /// ناشط), فعّال (طيار، طراد) or a verbal noun in ا of five letters or more (ائتلاف، إنتاج).
    fn nisba_agrees(&self, i: usize, base: &str) -> bool {
        let adjective = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .is_some_and(|w| {
                !w.starts_with('و')
                    && !Self::definite(w)
                    && w.strip_suffix("يان")
                        .is_some_and(|b| b.chars().count() >= 2)
            });
        let c: Vec<char> = base.chars().collect();
        // (a present verb of two, لا تزالان تتعافيان; و before a name, الحوثيين وإيران ينفيان)
        if matches!(c.first(), Some('ي' | 'ت' | 'و')) {
            return false;
        }
        // (وهما مستهلكان رئيسيان، أنهما مقاتلان، زوجان مليونيران)
        if self.after_a_dual(i) {
            return false;
        }
        let noun_shaped = match c.len() {
            0..=3 => false,
            4 => c[0] == 'م' || c[1] == 'ا' || c[2] == 'ا',
            _ => c[0] == 'م' || matches!(c[0], 'ا' | 'إ' | 'أ') && c[3..].contains(&'ا'),
        };
        adjective && noun_shaped
    }

    /// Whether two names in marks joined by و follow the word at `i` ("أوبر" و"وايمو"، "طايع"
    /// لعمرو يوسف، و"نسر الصعيد"): the first right after it, of ten tokens at most, the second
    /// opened by و within six tokens of its close, with no full stop nor line between.
    pub(super) fn quoted_pair_after(&self, i: usize) -> bool {
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

    /// Whether the word at `i`, ending in تي, is a dual in construct rather than a noun with
    /// "my" (مدينتي، مسيرتي in a quote): what follows names the two (محافظتي درعا والقنيطرة،
    /// مرحلتي الذهاب والإياب), or is a bare noun (ناقلتي نفط), not a number, nor a word behind a
    /// preposition (مسيرتي كلاعب), nor an adjective with the article (مباراتي الأخيرة).
    /// A masculine one needs the two named after it.
    pub(super) fn construct_dual(&self, i: usize, masculine: bool) -> bool {
        let Some(next) = self.word(i + 1).filter(|_| self.joined(i)) else {
            return false;
        };
        // (للمملكة ولحكومتي والملك: "my government", and the king)
        if self.lex.is(next, Cue::NotNoun) || next.starts_with("وال") {
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
                .is_some_and(|w| matches!(w, "بشكل" | "بصوره" | "بطريقه"));
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
}
