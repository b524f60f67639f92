//! Groups, descriptions and bodies: a head noun of people or of an institution with what
//! describes it (its body, place, country, quantity), and a possessed description.

use super::*;

impl Finder<'_, '_> {
    /// Whether token `j` may go on a phrase of people: a word on the same line that is no
    /// function word, complementizer or verb.
    fn phrase_word(&self, j: usize) -> bool {
        self.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
            && !self.is_function_word(j)
            && !self.is_complementizer(j)
            && self.verb(j).is_none()
    }

    /// A subject described by words no lexicon lists, right after a reporting verb: a plural
    /// of people in the nominative (ويرى المؤيدون للرئيس ...، ناشطون آخرون، مدققو الحقائق),
    /// or one or some of them (أحد المستخدمين على تويتر، العديد من الشركات الأجنبية،
    /// أحدهم). The description is the speaker, as a group.
    pub(super) fn described(&self, k: usize) -> Option<Mention> {
        if let Some(mention) = self.possessed(k) {
            return Some(mention);
        }
        if let Some(head) = self.quantity_of(k) {
            return self.described_from(k, head, true);
        }
        let word = self.word(k);
        if self.tokens.kind(k) != Kind::Word || self.is_function_word(k) || self.verb(k).is_some() {
            return None;
        }
        let mut end = k + 1;
        let definite;
        if matches!(
            word,
            "احدهم" | "احداهم" | "احدهما" | "احداهن" | "بعضهم" | "بعضهن" | "معظمهم"
        ) {
            // a pronoun: nothing after it is part of it; some of them are the group just named
            // (ورد العديد من زملاء جونسون ...، وقال بعضهم), one of them is one of them
            let some = word.starts_with("بعض") || word.starts_with("معظم");
            if let Some(group) = some.then(|| self.counted_group(k)).flatten() {
                return Some(self.word_mention(k, group));
            }
            return Some(self.described_mention(k, end));
        } else if self.lexicon.is(word, Grammar::Quantity)
            // (in the accusative only after أن or لكن: after a verb it is the verb's object or
            // an adverb, ودعت عددا من الصحافيين، وتكرر كثيرا تهديد ترامب)
            || matches!(word, "عددا" | "كثيرا") && self.after_inna(k)
        {
            // عدد كبير من، عدد قليل من
            if matches!(self.word(end), "كبير" | "قليل" | "كبيرا" | "قليلا")
                && self.word(end + 1) == "من"
            {
                end += 1;
            }
            if self.word(end) == "من" {
                end += 1;
            }
            let head = self.word(end);
            // عدد من كبار المسؤولين، عدد من متابعي الصفحة: a plural in the construct state
            // (not after أحد, one of them, whose name may follow: أحد معدي الدراسة فلان)
            // (the genitive may be a noun in the construct state itself: كثير من مستخدمي
            // مواقع التواصل)
            // (a plural of people whose ن the construct state dropped: مستخدمي، أهالي)
            let mut genitive = end + 1;
            while head.ends_with('ي')
                && genitive < end + 3
                && self.tokens.kind(genitive) == Kind::Word
                && !self.word(genitive).starts_with("ال")
                && !self.is_function_word(genitive)
                && self.verb(genitive).is_none()
                && self.name_at(genitive).is_none()
            {
                genitive += 1;
            }
            let construct = !word.starts_with("احد")
                && !head.starts_with("ال")
                && self.tokens.kind(end) == Kind::Word
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && (self.word(genitive).starts_with("ال") && !self.is_function_word(genitive)
                    // عدد من مراسلي رويترز، العديد من جماهير روما: of a body or a place
                    || self.name_at(end + 1).is_some_and(|(len, prefix, _)| {
                        len == 1 && prefix == 0
                    }));
            if !(head.starts_with("ال") || construct)
                || self.is_function_word(end)
                || self.title_at(end, false).is_some()
            {
                return None;
            }
            end = if !construct {
                end + 1
            } else if self.word(genitive).starts_with("ال") {
                genitive + 1
            } else {
                end + 2
            };
            definite = true;
        } else if is_plural_of_people(word) && self.title_at(k, true).is_none() {
            definite = word.starts_with("ال");
        } else if self.indefinite_plural(k)
            && (self.word(k + 1) == "في" || self.word(k + 1) == "من" && !self.verb_takes(k, "من"))
        {
            // باحثون من جامعة واترلو، علماء في جامعة كامبريدج، نشطاء في سيناء: a plural of
            // people no lexicon lists, with where they are from
            definite = false;
        } else if word.starts_with('م')
            && word.ends_with('و')
            && word.chars().count() >= 5
            && self.word(k + 1).starts_with("ال")
            && !self.is_function_word(k + 1)
        {
            // مدققو الحقائق، ممثلو الشركات: a plural in the construct state
            end += 1;
            definite = true;
        } else {
            return None;
        }
        self.described_from(k, end, definite)
    }

    /// A counted subject right after a reporting verb: a number and what it counts, people or
    /// bodies (وقال 12 مسؤولا أميركيا، وأكدت 3 مصادر مطلعة، أعلنت 33 نقابة، أعلن ثلاثة
    /// خبراء), as a group described. Not a share (قال 42 بالمئة) nor a thing counted.
    pub(super) fn counted(&self, k: usize) -> Option<Mention> {
        let number = self.tokens.kind(k) == Kind::Number || is_number_word(self.word(k));
        if !number || self.tokens.kind(k + 1) != Kind::Word {
            return None;
        }
        let noun = k + 1;
        // (600 مليون مواطن: a number in words, not what is counted)
        if matches!(self.word(noun), "مليون" | "ملايين" | "مليار" | "الف" | "الاف")
        {
            return None;
        }
        if let Some(group) = self
            .group(noun)
            .filter(|m| !m.governed && m.speaker.is_some())
        {
            return Some(self.described_mention(k, group.end));
        }
        // (after 11 to 99 the singular in the accusative: مسؤولا، نائبا، خبيرا)
        let word = self.word(noun);
        let single = |stem: &str| {
            self.lexicon
                .groups
                .get(stem)
                .is_some_and(|&kind| kind == "person")
                || self.lexicon.titles.by_first.get(stem).is_some_and(|ids| {
                    ids.iter()
                        .any(|&i| self.lexicon.titles.items[i].0.len() == 1)
                })
        };
        let people = self.people_at(noun) || word.strip_suffix('ا').is_some_and(single);
        if !people || self.is_function_word(noun) {
            return None;
        }
        // its adjectives, in the case it has (أميركيا، أمريكيين، مطلعة)
        let mut end = noun + 1;
        while end < noun + 4 && self.tokens.kind(end) == Kind::Word {
            let w = self.word(end);
            let accusative = w.ends_with("يا") && w.chars().count() >= 5;
            let adjective = is_nisba(w)
                || accusative
                || self.lexicon.groups.get(w) == Some(&"adjective")
                || matches!(w, "اخرون" | "اخرين");
            if !adjective || self.name_at(end).is_some() || self.verb(end).is_some() {
                break;
            }
            end += 1;
        }
        Some(self.described_mention(k, end))
    }

    /// Whether token `k` follows أن, إن or لكن, which put the subject after them in the
    /// accusative (إلا أن المراقبين، لكن كثيرا من الخبراء).
    pub(super) fn after_inna(&self, k: usize) -> bool {
        k > 0 && {
            let before = self.word(k - 1);
            matches!(strip_conjunction(before).unwrap_or(before), "ان" | "لكن")
        }
    }

    /// A group described after أن, إن or لكن: as [`Self::described`] reads it, or a sound plural of
    /// people in the accusative أن gives it (إلا أن المراقبين، غير أن الفلسطينيين، أن
    /// المسؤولين الأمريكيين).
    pub(super) fn described_after_that(&self, k: usize) -> Option<Mention> {
        if !self.after_inna(k) {
            return None;
        }
        let word = self.word(k);
        let definite = word.starts_with("ال");
        let bare = word.strip_prefix("ال").unwrap_or(word);
        let accusative = bare.chars().count() >= 5
            && (word.ends_with("ين") && (definite || bare.starts_with('م'))
                || word.ends_with("يين"));
        let plain = self.tokens.kind(k) == Kind::Word
            && !self.is_function_word(k)
            && self.verb(k).is_none()
            && self.title_at(k, true).is_none()
            && self.name_at(k).is_none()
            && self.learned_at(k).is_none();
        if accusative && plain {
            return self.described_from(k, k + 1, definite);
        }
        self.described(k)
    }

    /// Whether token `k` is a plural of people no lexicon lists, in the indefinite: a sound
    /// plural (باحثون، ناشطون) or the broken plural فعلاء (علماء، أطباء، نشطاء), not a given
    /// name (شيماء، أسماء).
    pub(super) fn indefinite_plural(&self, k: usize) -> bool {
        let word = self.word(k);
        let letters = word.chars().count();
        // (the active participle فاعلون, not a name in ون: آزمون، هارون)
        let participle = letters >= 6 && word.ends_with("ون") && word.chars().nth(1) == Some('ا');
        self.tokens.kind(k) == Kind::Word
            && !word.starts_with("ال")
            && !word.starts_with('و')
            && (participle || letters == 5 && word.ends_with("اء"))
            && !self.words.whole(k).classes.has(Classes::GIVEN)
            && self.learned_at(k).is_none()
            && !self.is_function_word(k)
            && self.verb(k).is_none()
            && self.title_at(k, true).is_none()
            && self.name_at(k).is_none()
    }

    /// Whether the reporting verb before token `k` takes `preposition` (حذر علماء من: the من
    /// is the verb's, not where they are from).
    pub(super) fn verb_takes(&self, k: usize, preposition: &str) -> bool {
        k > 0
            && self
                .verb(k - 1)
                .is_some_and(|v| v.prepositions.iter().any(|p| p == preposition))
    }

    /// A quantity of a group before its plural, where `described` reads the plural from: its
    /// word after the quantity (أكثر من 12 من المسؤولين، نحو نصف المشاركين، 40% من المستطلعين).
    pub(super) fn quantity_of(&self, k: usize) -> Option<usize> {
        let mut j = k;
        match self.word(j) {
            "اكثر" | "اقل" if self.word(j + 1) == "من" => j += 2,
            "نحو" | "حوالي" | "قرابه" => j += 1,
            _ => {}
        }
        let fraction = matches!(self.word(j), "نصف" | "ثلث" | "ربع" | "ثلثا" | "ثلثي");
        if self.tokens.kind(j) == Kind::Number {
            j += 1;
            if self.is(j, '%') {
                j += 1;
            }
            if self.word(j) != "من" {
                return None;
            }
        } else if !fraction {
            return None;
        }
        j += 1;
        if self.word(j) == "من" {
            j += 1;
        }
        let head = self.word(j);
        (head.starts_with("ال") && !self.is_function_word(j) && self.title_at(j, false).is_none())
            .then_some(j + 1)
    }

    /// The rest of a described subject from `end`, its first word after the head: adjectives,
    /// a second plural, where they are or whom they are for.
    pub(super) fn described_from(
        &self,
        k: usize,
        mut end: usize,
        definite: bool,
    ) -> Option<Mention> {
        let content = |j: usize| {
            self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
                && !self.is_function_word(j)
                && !self.is_complementizer(j)
                && self.verb(j).is_none()
        };
        // adjectives, and a second plural joined by و (المتظاهرون والنقابات)
        while end < k + 6 && content(end) {
            let w = self.word(end);
            let bare = w.strip_prefix("ال").unwrap_or(w);
            let adjective = if definite {
                // agreeing with the head: المعارضون الفرنسيون، الشركات الأجنبية الكبرى; not
                // the object after it (وينتقد المحتجون القرارات)
                w.starts_with("ال")
                    && if is_plural_of_people(self.word(end - 1)) {
                        bare.ends_with("ون")
                    } else {
                        ["ي", "يه", "يين", "يون", "يات"]
                            .iter()
                            .any(|e| bare.ends_with(e))
                    }
            } else {
                is_nisba(w) || is_plural_of_people(w) || matches!(w, "اخرون" | "اخرين")
            };
            let joined = w.starts_with("وال") && (w.ends_with("ون") || w.ends_with("ات"));
            if !(adjective || joined) || self.name_at(end).is_some() {
                break;
            }
            end += 1;
        }
        // where they are or whom they are for: في مجال حقوق الإنسان، على تويتر، للرئيس السيسي
        let w = self.word(end);
        let preposition = matches!(w, "في" | "من" | "علي" | "عن");
        let addressed = w.starts_with('ل') && w.chars().count() > 3;
        if addressed {
            // للرئيس السيسي: whom they are for, up to the name
            if let Some((len, _, _)) = self.name_at(end + 1) {
                end += 1 + len;
            } else if let Some((len, _, _)) = self.name_at(end).filter(|(_, p, _)| *p > 0) {
                end += len;
            } else if let Some((len, _, _)) = self.title_at(end, true) {
                // a title and the name no lexicon knows after it (للرئيس الفرنسي ماكرون)
                end += len;
                while end < k + 8 && self.is_side(end) {
                    end += 1;
                }
                // a family name with ال alone after a title: للرئيس السيسي
                let name = self.unknown_name(end);
                if name == 0
                    && self.word(end).starts_with("ال")
                    && !self.is_function_word(end)
                    && self.title_at(end, false).is_none()
                {
                    end += 1;
                } else if (1..=3).contains(&name) && self.ends_apposition(end + name) {
                    end += name;
                }
            } else if w.starts_with("لل") && !self.is_function_word(end) {
                // للحكومة الكندية
                end += 1;
                while end < k + 8 && self.is_side(end) {
                    end += 1;
                }
            }
        }
        let occasion = |j: usize| {
            let w = self.word(j);
            self.plays(j, Grammar::Document)
                || [
                    "تصريح",
                    // (search-normalized: مؤتمر is read مءتمر)
                    "مءتمر",
                    "حديث",
                    "مقابل",
                    "لقاء",
                    "اتصال",
                    "صفح",
                    "حساب",
                    "تغريد",
                ]
                .iter()
                .any(|o| w.starts_with(o))
        };
        // (not the preposition the verb before takes: أعرب الكثيرون عن الإعجاب، طالب
        // المتظاهرون من النائب العام)
        let preposition = preposition && !self.verb_takes(k, w);
        if preposition && content(end + 1) && !occasion(end + 1) {
            let mut j = end + 1;
            let mut closed = false;
            while j < end + 5 && content(j) {
                // a name the lexicon knows at once (في الولايات المتحدة، جامعتي بكين وأكسفورد)
                let conjoined = |prefix: usize| prefix == 0 || self.word(j).starts_with('و');
                if let Some((len, _, _)) = self.name_at(j).filter(|&(_, p, _)| conjoined(p)) {
                    j += len;
                    closed = true;
                    continue;
                }
                // after a definite word or a name the phrase ends, but for an adjective
                // (الديموقراطي والجمهوري، المناهضة) or a run of definite words up to the verb's
                // content: not the object after it (انتقد زعماء من المعارضة الطريقة التي، اتهم
                // نشطاء في منطقة الأحواز قوات الأمن، يتهم المقربون من خامنئي مدرسة)
                if j > end + 1 && closed {
                    let w = self.word(j);
                    let w = strip_conjunction(w)
                        .filter(|w| w.starts_with("ال"))
                        .unwrap_or(w);
                    let adjective = w
                        .strip_prefix("ال")
                        .is_some_and(|bare| is_nisba(bare) || bare.starts_with('م'));
                    let run = (j..end + 5)
                        .take_while(|&r| content(r) && self.definite_written(r))
                        .count();
                    let to_content = run > 0
                        && (self.is_complementizer(j + run)
                            || self.mark(j + run).is_some_and(|c| matches!(c, ',' | ':')));
                    if !adjective && !to_content {
                        break;
                    }
                }
                closed = self.definite_written(j);
                j += 1;
            }
            end = j;
            // and the country or the town it is in (من جامعة واترلو في كندا)
            if self.word(end) == "في" {
                if let Some(len) = self.place_at(end + 1) {
                    end += 1 + len;
                }
            }
        }
        // الفرعون المصري محمد صلاح: a name in apposition is the speaker
        if self.name_at(end).is_some() {
            return None;
        }
        Some(self.described_mention(k, end))
    }

    /// The group a pronoun of number (بعضهم، أحدهم) counts among: the nearest "many of" phrase
    /// before it in its paragraph, a quantity, من and a plural with its genitive and where
    /// they are (مئات من مناهضي لولا، العديد من زملاء جونسون في حزب المحافظين).
    pub(super) fn counted_group(&self, k: usize) -> Option<Speaker> {
        const QUANTITIES: [&str; 16] = [
            "عدد",
            "عددا",
            "العديد",
            "مءات",
            "الاف",
            "الافا",
            "عشرات",
            "كثير",
            "كثيرا",
            "الكثير",
            "بعض",
            "اثنان",
            "اثنين",
            "غالبيه",
            "معظم",
            "جميع",
        ];
        let word = |j: usize| self.word(j);
        let plain = |j: usize| self.phrase_word(j);
        let mut j = k;
        while j > k.saturating_sub(60) {
            j -= 1;
            if self.tokens.after_break(j + 1) {
                return None;
            }
            // where the phrase starts and where its plural is: عدد من، عدد كبير من، بعض الـ
            let found = if word(j) == "من" && j > 0 && plain(j + 1) {
                if QUANTITIES.contains(&word(j - 1)) {
                    Some((j - 1, j + 1))
                } else if j > 1
                    && matches!(word(j - 1), "كبير" | "كبيرا")
                    && QUANTITIES.contains(&word(j - 2))
                {
                    Some((j - 2, j + 1))
                } else {
                    None
                }
            } else if matches!(word(j), "بعض" | "معظم" | "غالبيه")
                && word(j + 1).starts_with("ال")
                && plain(j + 1)
                && j + 1 < k
            {
                Some((j, j + 1))
            } else {
                None
            };
            let Some((first, noun)) = found else {
                continue;
            };
            // the plural and its genitive or adjective, then where they are
            let mut end = noun + 1;
            let genitive = plain(end) && !word(end).starts_with(['و', 'ب', 'ل'])
                || self.name_at(end).is_some_and(|(_, prefix, _)| prefix == 0);
            if genitive && end < k {
                end += 1;
            }
            if word(end) == "في" && plain(end + 1) {
                // في حزب المحافظين، في الحزب الجمهوري: a head, then definite words
                let mut e = end + 2;
                while e < end + 4 && e < k && plain(e) && word(e).starts_with("ال") {
                    e += 1;
                }
                end = e;
            }
            if end > k {
                return None;
            }
            let name = (self.starts(first), self.ends(end - 1));
            return Some(Speaker {
                name: (self.display)(name.0, name.1),
                kind: "group",
                side: self.side_of(noun, end),
            });
        }
        None
    }

    /// Someone's kin or colleagues as the subject, by a pronoun on the noun (وقال زملاؤه،
    /// وقالت والدتها، وأكد محاميه): the noun and the person the pronoun points back to, the
    /// last one named (زملاء سامان غونان).
    pub(super) fn possessed(&self, k: usize) -> Option<Mention> {
        let word = self.word(k);
        let token = self.tokens.get(k)?;
        let (stem, suffix) = POSSESSIVES
            .iter()
            .find_map(|s| Some((word.strip_suffix(s)?, *s)))?;
        if !KIN.contains(&stem) {
            return None;
        }
        // ابنه is his son, ابنة a daughter: the pronoun is written with ه
        let shown = (self.display)(token.start, token.end);
        if !shown.ends_with(suffix.chars().next_back()?) {
            return None;
        }
        if suffix == "ه" && !shown.ends_with('ه') {
            return None;
        }
        let mut noun: String = shown
            .chars()
            .take(shown.chars().count() - suffix.chars().count())
            .collect();
        // عائلته → عائلة، زملاؤه → زملاء
        if noun.ends_with('ت') && stem.ends_with('ت') {
            noun.pop();
            noun.push('ة');
        } else if noun.ends_with(['ؤ', 'ئ']) {
            noun.pop();
            noun.push('ء');
        }
        // أحمد سعد، والد أشرقت ... ويقول والدها: the person the text introduced as that kin,
        // between commas after their name, is who the kin word stands for
        let kin = match stem.strip_suffix('ت') {
            Some(bare) => format!("{bare}ه"),
            None => stem.to_owned(),
        };
        let introduced = self
            .found
            .list
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|m| m.how == "name" && self.is(m.end, ',') && self.word(m.end + 1) == kin)
            .find_map(|m| m.speaker.clone().filter(|s| s.kind == "person"));
        if let Some(person) = introduced {
            return Some(self.word_mention(k, person));
        }
        // ه is his, ها hers: a given name that says otherwise is someone else
        let agrees = |s: &&Speaker| {
            let name = self.lexicon.normalizer.normalize(&s.name);
            let given = name.split_whitespace().next().unwrap_or("");
            s.kind == "person"
                && match self.lexicon.given_names.get(given) {
                    Some(&woman) => woman == (suffix == "ها") || suffix.starts_with("هم"),
                    None => true,
                }
        };
        // the pronoun points back to the topic: the first person of this sentence, else of
        // the one before (كان هرفيه ... عندما شن لقديم هجومه. وقال شقيقه: Hervé's brother)
        let starts = |to: usize| {
            (to.saturating_sub(LOOKBACK)..to)
                .rev()
                .find(|&j| {
                    self.tokens.after_break(j + 1)
                        || self.mark(j).is_some_and(|c| matches!(c, '.' | '!' | '?'))
                })
                .map_or(0, |j| j + 1)
        };
        let this = starts(k);
        let previous = if this > 0 { starts(this - 1) } else { 0 };
        // (in the sentence before, its subject: a mention among its first words)
        let first_in = |from: usize, to: usize, within: usize| {
            let list = &self.found.list;
            list[list.partition_point(|m| m.first < from)..]
                .iter()
                .take_while(|m| m.first < to.min(from + within))
                .filter(|m| m.end <= to && !m.governed)
                .filter_map(|m| m.speaker.as_ref())
                .find(agrees)
        };
        let owner = first_in(this, k, k).or_else(|| first_in(previous, this, 3))?;
        let name = (self.starts(k), self.ends(k));
        Some(Mention {
            first: k,
            end: k + 1,
            name,
            speaker: Some(Speaker {
                name: format!("{noun} {}", owner.name),
                kind: "group",
                side: owner.side.clone(),
            }),
            how: "description",
            ..Mention::default()
        })
    }

    /// Where a genitive that ends a chain ends, when one starts at `j`: a definite word that
    /// is no title (قناة السويس), or an organisation or a place the lexicon knows (مجلس
    /// الاتحاد الأوروبي) or that the text named itself (مؤسس ورئيس منتدى الشرق الأوسط, once
    /// "منتدى الشرق الأوسط" was named in marks), never a person.
    pub(super) fn genitive_end(&self, j: usize) -> Option<usize> {
        if self.name_at(j).is_some_and(|(_, prefix, _)| prefix == 0) {
            let known = self.known_at(j).filter(|&(_, kind)| kind != "person");
            let learned = || {
                self.learned_at(j)
                    .filter(|&(_, prefix, name)| prefix == 0 && name.kind != "person")
                    .map(|(len, _, _)| len)
            };
            return known
                .map(|(len, _)| len)
                .or_else(learned)
                .map(|len| j + len);
        }
        (self.word(j).starts_with("ال")
            && !self.is_function_word(j)
            && self.title_at(j, false).is_none())
        .then_some(j + 1)
    }

    /// A name the lexicon knows at `j`, written with no clitic and no role: its length in
    /// tokens and the kind of its entity (place, institution, person …).
    pub(super) fn known_at(&self, j: usize) -> Option<(usize, &str)> {
        let (len, prefix, name) = self.name_at(j)?;
        (prefix == 0 && !name.role && name.entity != usize::MAX)
            .then(|| (len, self.lexicon.entities[name.entity].kind.as_str()))
    }

    /// The length of the body a source is in, after في or من, where its name is not written
    /// with ال: an organisation the lexicon knows (مصدر في حماس) or the head of a construct
    /// (مسؤول في وزارة الخارجية، مسؤول في حلف الناتو). 0 otherwise.
    pub(super) fn body_at(&self, j: usize) -> usize {
        if let Some((len, kind)) = self.known_at(j) {
            return if kind == "place" { 0 } else { len };
        }
        let word = self.word(j);
        let head = self.tokens.kind(j) == Kind::Word
            && !self.tokens.after_break(j)
            && !word.starts_with("ال")
            && !self.is_function_word(j)
            && self.verb(j).is_none()
            && !self.present_verb(j);
        let genitive = self.tokens.kind(j + 1) == Kind::Word
            && !self.tokens.after_break(j + 1)
            && self.word(j + 1).starts_with("ال")
            && !self.is_function_word(j + 1);
        if head && genitive {
            return 1;
        }
        // باحثون من جامعة واترلو، خبراء في معهد بروكينغز: an organisation's head and a name
        // no lexicon knows (up to three words)
        let organisation = head
            && self
                .words
                .of(j, false)
                .any(|f| matches!(self.lexicon.groups.get(f.text), Some(&"institution")));
        if organisation {
            let name = self.unknown_name(j + 1).min(3);
            if name > 0 && !self.word(j + 1).starts_with("ال") {
                return 1 + name;
            }
        }
        0
    }

    /// The side of a body of a state whose head is `head` at `k`, named by its country's name
    /// in tokens `k + 1..end`, not its adjective: the place the lexicon knows in its genitive
    /// (سفارة ألمانيا، شرطة لندن) or after في (النيابة العامة في السعودية). An embassy's في
    /// names where it is, not whose it is (السفارة في أنقرة); a body of no state (مركز،
    /// قوات، مكتب) has no side by where it is.
    fn state_side(&self, head: &str, k: usize, end: usize) -> Option<String> {
        let bare = head.strip_prefix("ال").unwrap_or(head);
        let organ = skeleton(bare);
        // المركز الوطني للأرصاد في الإمارات، الهيئة الوطنية للانتخابات في مصر: a body the
        // state made its country's own, whatever its head (not one of no government)
        let national = matches!(self.word(k + 1), "الوطني" | "الوطنيه")
            && !self.lexicon.unaligned.contains(bare);
        if !speaks_for_its_state(&organ) && !national {
            return None;
        }
        let abroad = is_mission(&organ);
        (k + 1..end)
            .filter(|&j| j == k + 1 || !abroad && self.word(j - 1) == "في")
            .find_map(|j| {
                let (len, prefix, name) = self.name_at(j)?;
                let place = prefix == 0
                    && !name.role
                    && name.entity != usize::MAX
                    && j + len <= end
                    && self.lexicon.entities[name.entity].kind == "place";
                place.then(|| self.lexicon.entities[name.entity].side.clone())?
            })
    }

    /// The length of a place the lexicon knows at `j` (في اليمن، وزراء بريطانيا).
    pub(super) fn place_at(&self, j: usize) -> Option<usize> {
        self.known_at(j)
            .filter(|&(_, kind)| kind == "place")
            .map(|(len, _)| len)
    }

    /// The length of a state or an organisation at `j` that a delegate is accredited to (لدى
    /// واشنطن، لدى الأمم المتحدة، لدى المنظمة الدولية): one the lexicon knows, or an
    /// organisation's head and its words.
    pub(super) fn accredited_at(&self, j: usize) -> Option<usize> {
        if let Some((len, kind)) = self.known_at(j) {
            return (kind != "person").then_some(len);
        }
        self.group(j)
            .filter(|m| {
                m.speaker
                    .as_ref()
                    .is_some_and(|s| matches!(s.kind, "institution" | "medium"))
            })
            .map(|m| m.end - j)
    }

    pub(super) fn described_mention(&self, k: usize, end: usize) -> Mention {
        let name = (self.starts(k), self.ends(end - 1));
        Mention {
            first: k,
            end,
            name,
            speaker: Some(Speaker {
                name: (self.display)(name.0, name.1),
                kind: "group",
                side: self.side_of(k, end),
            }),
            how: "description",
            ..Mention::default()
        }
    }

    /// A speaker described, not named: a head noun and its adjectives (مصدران أمريكيان،
    /// مسؤول استخباراتي غربي كبير، الجانب الأوكراني).
    /// Where the genitive of a head of people at `k`, in the construct state and right after
    /// a reporting verb, ends: up to three nouns, the last definite or a name (سكان منطقة
    /// القاهرة، سكان غزة), its definite adjectives (الجديدة), and then the verb's content (its
    /// preposition or a complementizer); None where the words go on otherwise
    /// (the verb's object: وانتقد سكان الحي القرار).
    fn people_genitive(&self, k: usize, end: usize) -> Option<usize> {
        // (not a verb whose object may come first: وانتقد سكان الحي الحكومة،)
        let reported = k > 0
            && self
                .verb(k - 1)
                .is_some_and(|v| v.class == Class::Verb && !v.object_first);
        let plain = |j: usize| self.phrase_word(j) && self.title_at(j, true).is_none();
        if !reported {
            return None;
        }
        // (no preposition, conjunction or pronoun on a noun of the chain: مصدر لوكالة فرانس
        // برس، مصدر بالصناعة، مسؤولون والإعلام، تقارير أذاعتها شبكات)
        let bare = |j: usize| {
            let word = self.word(j);
            !word.starts_with(['ل', 'ب', 'و']) && !word.ends_with("ها") && !word.ends_with("هم")
        };
        let mut j = end;
        let mut closed = false;
        while j < end + 3 && plain(j) && bare(j) {
            if let Some((len, 0, _)) = self.name_at(j) {
                j += len;
                closed = true;
                break;
            }
            let definite = self.word(j).starts_with("ال");
            j += 1;
            if definite {
                closed = true;
                break;
            }
        }
        if !closed {
            return None;
        }
        // (adjectives by their form, not the verb's object: وانتقد سكان الحي القرار،)
        let adjective = |j: usize| {
            let stem = self.word(j).strip_prefix("ال").unwrap_or("");
            is_nisba(stem)
                || stem.ends_with('ه')
                || stem.chars().count() >= 3 && stem.ends_with('ي')
        };
        while j < end + 6 && plain(j) && adjective(j) && self.name_at(j).is_none() {
            j += 1;
        }
        // (not a comma: the name in apposition after it is the speaker, محلل الأسواق المالية،
        // أحمد الرشيد، إن)
        let opens = self.is_complementizer(j) || self.verb_takes(k, self.word(j));
        opens.then_some(j)
    }

    /// Whether what a verb of naming calls its object starts at `j`, past adjectives of
    /// relation: an indefinite accusative (تصعيدا) or quoted words (not a name in marks).
    fn called_at(&self, j: usize) -> bool {
        let j = (j..j + 3)
            .find(|&i| {
                let word = self.word(i);
                !word
                    .strip_prefix("ال")
                    .is_some_and(|stem| is_nisba(stem) && self.tokens.kind(i) == Kind::Word)
            })
            .unwrap_or(j + 3);
        let word = self.word(j);
        let quoted = self.mark(j).is_some_and(|c| matches!(c, '"' | '«' | '“'))
            && self.marked_name_end(j).is_none();
        quoted
            || self.tokens.kind(j) == Kind::Word
                && !word.starts_with("ال")
                && word.chars().count() >= 4
                && !self.lexicon.given_names.contains_key(word)
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && super::is_accusative_tail(word)
    }

    pub(super) fn group(&self, k: usize) -> Option<Mention> {
        let heads = self.words.of(k, true);
        let (prefix, kind, definite) =
            heads
                .filter(|f| f.classes.has(Classes::GROUP))
                .find_map(|form| {
                    let w = form.text;
                    let bare = w.strip_prefix("ال").unwrap_or(w);
                    let kind = self
                        .lexicon
                        .groups
                        .get(w)
                        .or_else(|| self.lexicon.groups.get(bare))?;
                    (*kind != "adjective").then_some((form.prefix, *kind, w.starts_with("ال")))
                })?;
        let organisation = matches!(kind, "institution" | "medium");
        // دول غربية، الدول الأوروبية: states are a speaker as their adjective says which (not
        // دول العالم، دول تستضيف اللاجئين)
        let head = after(self.word(k), prefix);
        if head.strip_prefix("ال").unwrap_or(head) == "دول" {
            let next = self.word(k + 1);
            if !is_nisba(next.strip_prefix("ال").unwrap_or(next)) {
                return None;
            }
        }
        // روسيا مسؤولة عن الهجوم، لجنة مسؤولة عن المراجعة، أن تكون مسؤولة عن: an indefinite
        // مسؤول before عن, after a noun or a verb of being, is what that is said to be,
        // responsible for it, no one (the person in charge is a verb's subject or object:
        // وقال مسؤول عن الأمن)
        if prefix == 0 && !definite && head.starts_with("مسءول") && self.word(k + 1) == "عن"
        {
            let before = if k > 0 { self.word(k - 1) } else { "" };
            let being = matches!(before, "يكون" | "تكون" | "كان" | "كانت" | "ليس" | "ليست");
            // (after an elative it is its noun: أكبر مسؤول عن، وآخر مسؤول عن)
            let bare = before.strip_prefix('و').unwrap_or(before);
            let elative = bare.starts_with('ا')
                && !bare.starts_with("ال")
                && (3..=4).contains(&bare.chars().count());
            let noun = k > 0
                && !elative
                && self.tokens.kind(k - 1) == Kind::Word
                && !self.tokens.after_break(k)
                && !self.is_function_word(k - 1)
                && !self.plays(k - 1, Grammar::Time)
                && self.verb(k - 1).is_none();
            if being || noun {
                return None;
            }
        }
        // المجموعة السابعة: a group of a draw, not a company
        let ordinal = |w: &str| {
            matches!(
                w.strip_prefix("ال").unwrap_or(w),
                "اولي"
                    | "ثانيه"
                    | "ثالثه"
                    | "رابعه"
                    | "خامسه"
                    | "سادسه"
                    | "سابعه"
                    | "ثامنه"
            )
        };
        if organisation && self.word(k).ends_with("مجموعه") && ordinal(self.word(k + 1)) {
            return None;
        }
        // موقع صحيفة "أخبار اليوم"، موقع قناة الجزيرة: a paper's or a channel's site speaks
        // for it
        if kind == "medium" {
            let word = after(self.word(k), prefix);
            let site = skeleton(word.strip_prefix("ال").unwrap_or(word)) == skeleton("موقع");
            let next = self.word(k + 1);
            let medium = self.lexicon.groups.get(next) == Some(&"medium");
            if site && medium {
                if let Some(owner) = self.group(k + 1).filter(|m| m.speaker.is_some()) {
                    return Some(Mention {
                        first: k,
                        governed: governs(self.word(k), prefix),
                        ..owner
                    });
                }
            }
        }
        let mut end = k + 1;
        // an agency or a paper named right after its head, in as many words as the name has:
        // وكالة إرنا، صحيفة هآرتس، منظمة هيومن رايتس ووتش
        // (a name of several words is written as foreign names are, with no ال in its first
        // word (not وزارة الخزانة بيانا) and no indefinite accusative after it (not مجموعة
        // بولوريه رسميا), and the phrase ends with it or goes on with a definite word (not
        // مجموعة بولوريه استخدمت نشاطات))
        let proper = match self.unknown_name(end) {
            0 => 0,
            _ if !organisation || definite => 0,
            _ if self.word(end).starts_with("ال") => 1,
            len => {
                // not into an accusative (رسميا), a conjunction (وخبراء) or another name
                // (حكومة جديدة عمر الرزاز، إدارة فيسبوك مارك زوكربيرغ); a city may be part of
                // it (نادي ريال مدريد، أتلتيكو مدريد)
                let foreign = |j: usize| {
                    let word = self.word(j);
                    !word.ends_with('ا')
                        && (!word.starts_with('و') || word.starts_with("وو"))
                        && !self.lexicon.given_names.contains_key(word)
                        && (self.name_at(j).is_none() || self.place_at(j) == Some(1))
                };
                // and where the name ends: a mark, أن, a reporting verb, a function word with
                // ال (الأحد، التي) or an adjective of relation (صحيفة ديلي ميل البريطانية)
                let ends = |j: usize| {
                    self.mark(j).is_some_and(|c| c != '(')
                        || self.is_complementizer(j)
                        || self.verb(j).is_some()
                        || self.is_function_word(j) && self.word(j).starts_with("ال")
                        || self.is_side(j)
                        || self.word(j).strip_prefix("ال").is_some_and(is_nisba)
                };
                let first = self.word(end);
                let adjective = is_nisba(first) || is_plural_of_people(first) || first == "اخري";
                let accusative = (1..len).find(|&i| !foreign(end + i)).unwrap_or(len);
                (2..=accusative)
                    .rev()
                    .find(|&l| !adjective && ends(end + l))
                    .unwrap_or(1)
            }
        };
        end += proper;
        // the genitive a ل opened: الاتحاد المصري لكرة القدم
        let mut genitive = false;
        while end < self.tokens.len() && end < k + 8 {
            let word = self.word(end);
            let bare = strip_conjunction(word).unwrap_or(word);
            // مكتب حقوق الإنسان التابع للأمم المتحدة: the body it belongs to
            // (not after a bare definite head: المنظمة التابعة للأمم المتحدة is the one named
            // before)
            if organisation
                && (!definite || end > k + 1)
                && matches!(word, "التابع" | "التابعه" | "التابعين")
                && self.word(end + 1).starts_with("لل")
            {
                end += 2;
                genitive = true;
                continue;
            }
            // اللجنة البرلمانية المعنية بدراسة التعديلات الدستورية: a participle that takes
            // ب, and the genitive after it
            let charged = matches!(
                bare,
                "المعني" | "المعنيه" | "المكلف" | "المكلفه" | "المختص" | "المختصه"
            );
            let next = self.word(end + 1);
            if organisation
                && charged
                && next.starts_with('ب')
                && next.chars().count() > 3
                && !self.is_function_word(end + 1)
                && self.verb(end + 1).is_none()
            {
                end += 2;
                genitive = true;
                continue;
            }
            // أكاديمية فنون وعلوم السينما: two nouns joined before the genitive they share
            let shared = organisation
                && !definite
                && end > k + 1
                && word.starts_with('و')
                && bare != word
                && !bare.starts_with("ال")
                && bare.chars().count() >= 3
                && !self.word(end - 1).starts_with("ال")
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && (self.word(end + 1).starts_with("ال") && !self.is_function_word(end + 1)
                    // عدد من مراسلي رويترز، العديد من جماهير روما: of a body or a place
                    || self.name_at(end + 1).is_some_and(|(len, prefix, _)| {
                        len == 1 && prefix == 0
                    }));
            if shared {
                end += 1;
                continue;
            }
            // الجيش اليمني والمقاومة الشعبية: after a definite head and its adjectives, a
            // word with و starts a second party, not an adjective
            if definite && word.starts_with('و') && bare != word && end > k + 1 {
                break;
            }
            let adjective = self.lexicon.sides.contains_key(word)
                || self.lexicon.sides.contains_key(bare)
                || self.lexicon.groups.get(word) == Some(&"adjective")
                || self
                    .lexicon
                    .groups
                    .get(word.strip_prefix("ال").unwrap_or(word))
                    == Some(&"adjective");
            if let Some(after) = self.parenthesis(end).filter(|_| organisation) {
                end = after;
                continue;
            }
            // الوكالة الدولية للطاقة الذرية، القناة 12، مكتب رئيس الوزراء، الكوارث والطوارئ
            // after a definite head only adjectives (الهيئة العامة, not الهيئة الأشخاص), and
            // after a name of several words (منظمة هيومن رايتس ووتش الحقوقية)
            // after an indefinite head, its genitive (وزارة الصحة) and words joined to it by
            // و; then only adjectives again (not أعلنت وزارة الصحة العدد الرسمي)
            let genitive_taken =
                !definite && (proper > 1 || (k + 1..end).any(|i| self.word(i).starts_with("ال")));
            let stem = bare.strip_prefix("ال").unwrap_or(bare);
            // a name the lexicon knows, once the head has its genitive, is the verb's object
            // (وأمرت محكمة العدل الدولية الولايات المتحدة، دعت الهيئة الجامعة العربية); a
            // one-word nisba stays an adjective (وكالة الأنباء السعودية)
            let known_name = (definite || genitive_taken)
                && !genitive
                && end > k + 1
                && self
                    .known_at(end)
                    .is_some_and(|(len, _)| len > 1 || !is_nisba(stem));
            if known_name {
                break;
            }
            // واعتبرت الصحيفة الخطوة تصعيدا، واعتبر موقع فيسبوك الحكم "محبطا": after a verb
            // that names its object, a definite noun with what it is called after it (an
            // indefinite accusative or quoted words, past its adjectives of relation) is that
            // object, not an adjective of the subject
            // (right after a definite head, or past an indefinite head's genitive)
            let named_object = (end > k + 1 || definite)
                && bare.starts_with("ال")
                && !is_nisba(stem)
                && k > 0
                && self
                    .verb(k - 1)
                    .is_some_and(|v| v.object_first && v.naming && v.class == Class::Verb)
                && self.called_at(end + 1);
            if named_object {
                break;
            }
            // another head a description starts with is a noun, whatever its form: the object
            // after the subject (وطالبت وزارة الخارجية السلطات، حثت المحكمة الحكومة); a nisba
            // head is an adjective too (وزارة الشؤون الخارجية), and one in م may be a
            // participle (الهيئة المنظمة)
            let other_head = !is_nisba(stem)
                && !stem.starts_with('م')
                && [bare, stem].iter().any(|w| {
                    self.lexicon
                        .groups
                        .get(*w)
                        .is_some_and(|kind| *kind != "adjective")
                });
            // adjectives by their form: a nisba (الصحي), a feminine or a plural (العامة،
            // المحترفين), an elative (الأوسط) or a colour (البيضاء)
            let adjective_form = !other_head
                && (is_nisba(stem)
                    || stem.chars().count() >= 3 && stem.ends_with('ي')
                    // الادعاء العام، الأمانة العامة
                    || matches!(stem, "عام" | "عامه")
                    // المحكمة العليا، اللجنة العليا: an elative in ا (those in ى end in ي here)
                    || matches!(stem, "عليا" | "دنيا")
                    || bare.ends_with('ه')
                    || genitive_taken
                        && (["ين", "ون", "ات", "اء"].iter().any(|e| stem.ends_with(e))
                            || stem.starts_with('ا')));
            let agrees =
                !definite && (!genitive_taken || word.starts_with("وال")) || adjective_form;
            let modifier = organisation
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && word != "للمره"
                && (bare.starts_with("ال") && (agrees || genitive)
                    || word.starts_with("لل") && word.chars().count() > 3
                    // الاتحاد المصري لكرة القدم: ل and a genitive chain, not لتجنب نشوب
                    || word.starts_with('ل')
                        && word.chars().count() > 3
                        && self.word(end + 1).starts_with("ال")
                    || self.tokens.kind(end) == Kind::Number
                    // مكتب رئيس الوزراء: a title is the genitive of an indefinite head; after
                    // a definite one only an active participle agrees (الحزب الحاكم، الحزب
                    // المحافظ; not وقالت المنظمة الرئيس الإسرائيلي)
                    || (!definite || is_active_participle(stem))
                        && self.title_at(end, false).is_some());
            // مصادر ميدانية، سكان محليون، مصدر عسكري مسؤول: adjectives of relation, and
            // another head as an adjective
            // (مصدران مقربان: a listed adjective in the dual agrees with a dual head)
            let relation = !organisation
                && !definite
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && (is_nisba(word)
                    || self.lexicon.groups.get(word) == Some(&"person")
                    || self.is_dual_adjective(word));
            if !(adjective || modifier || relation) {
                break;
            }
            genitive = word.starts_with('ل') && organisation;
            end += 1;
        }
        // اشتكى سكان منطقة القاهرة الجديدة من أن: a head of people alone, and its genitive up
        // to where the reporting verb's content opens
        if !organisation && !definite && end == k + 1 {
            if let Some(genitive_end) = self.people_genitive(k, end) {
                end = genitive_end;
            }
        }
        // مصادر مطلعة على مجريات التحقيق، مصادر على اطلاع: what a source knows of
        if !organisation && !definite && self.word(end) == "علي" {
            let knows = end > k + 1 && skeleton(self.word(end - 1)).starts_with("مطلع");
            let aware = matches!(self.word(end + 1), "اطلاع" | "علم" | "درايه");
            let noun = end + 1;
            if (knows || aware)
                && self.tokens.kind(noun) == Kind::Word
                && !self.is_function_word(noun)
                && self.verb(noun).is_none()
            {
                let mut j = noun + 1;
                // مطلع على قضية خاشقجي: an indefinite noun has its genitive after it
                let genitive = !self.word(noun).starts_with("ال")
                    && self.tokens.kind(j) == Kind::Word
                    && !self.tokens.after_break(j)
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none();
                if genitive {
                    j += 1;
                }
                loop {
                    // الصفقة الإيرانية - السويسرية
                    let hyphen = self.is(j, '-') && self.word(j + 1).starts_with("ال");
                    let at = if hyphen { j + 1 } else { j };
                    let more = at < noun + 5
                        && self.word(at).starts_with("ال")
                        && !self.is_function_word(at)
                        && !self.tokens.after_break(at);
                    if !more {
                        break;
                    }
                    j = at + 1;
                }
                end = j;
            }
        }
        // مصادر من المعارضة، مصدر مسؤول في القيادة العامة للجيش: where a source is
        if !organisation && !definite {
            // محامون ممثلون عن الشركة، مسؤول عن الأمن: whom they stand for, what they are in
            // charge of (a noun that governs عن; after another, عن is the verb's: قال مصدر
            // رسمي عن المصابين)
            let governs_an = || {
                let before = self.word(end - 1);
                let stem = before.strip_prefix("ال").unwrap_or(before);
                stem.starts_with("ممثل")
                    || stem.starts_with("ناءب")
                    || end == k + 1 && stem.starts_with("مسءول")
            };
            let preposition = matches!(self.word(end), "في" | "من" | "داخل" | "لدي")
                || self.word(end) == "عن" && governs_an();
            let mut j = end + 1;
            if preposition {
                j += self.body_at(j);
            }
            while preposition && j < end + 6 {
                let word = self.word(j);
                let modifier = !self.is_function_word(j)
                    && (word.starts_with("ال")
                        || word.starts_with("لل")
                        || word.starts_with("وال"));
                if !modifier {
                    break;
                }
                j += 1;
            }
            // (باحثون من جامعة واترلو في كندا: and the country it is in)
            if preposition && j > end + 1 && self.word(j) == "في" {
                if let Some(len) = self.place_at(j + 1) {
                    j += 1 + len;
                }
            }
            if preposition && j > end + 1 {
                end = j;
            } else if self.word(end).starts_with('ب') && self.word(end).chars().count() > 3 {
                // مسؤول بوزارة النقل التركية
                let mut j = end + 1;
                while j < end + 5 && self.word(j).starts_with("ال") && !self.is_function_word(j) {
                    j += 1;
                }
                if j > end + 1 {
                    end = j;
                }
            }
        }
        // النيابة العامة في السعودية: an institution and the country it is of
        if organisation && self.word(end) == "في" {
            if let Some(len) = self.place_at(end + 1) {
                end += 1 + len;
            }
        }
        while end > k + 1 && self.is(end - 1, ')') {
            end -= 1;
        }
        let side = self
            .side_of(k + 1, end)
            .or_else(|| self.state_side(head, k, end));
        let bare = end == k + 1 && side.is_none();
        // المصدر الأمني: a definite source and one adjective of relation points back as the
        // head alone does, to the source so described
        let back = definite
            && end == k + 2
            && side.is_none()
            && kind_of(kind) != "institution"
            && self
                .word(k + 1)
                .strip_prefix("ال")
                .is_some_and(|stem| is_nisba(stem) && !self.is_function_word(k + 1));
        if (bare || back) && definite {
            // البنك، المسؤولون: the one of that kind named before
            // ال comes off before the skeleton: الوزارة's و is a root letter, as in وزارة
            let word = after(self.word(k), prefix);
            // للشركة: the ل took the alef of ال
            let took = self.word(k).starts_with("لل") && !word.starts_with("ال");
            let head = skeleton(
                word.strip_prefix("ال")
                    .or_else(|| word.strip_prefix('ل').filter(|_| took))
                    .unwrap_or(word),
            );
            // المصدر القضائي: a definite adjective of relation after the head says which
            let adjective = self
                .word(k + 1)
                .strip_prefix("ال")
                .filter(|stem| is_nisba(stem) && !self.is_function_word(k + 1))
                .map(skeleton);
            // المصدر, not المصادر: the number the head is written in, where it tells
            let written = after(self.word(k), prefix);
            let written = written.strip_prefix("ال").unwrap_or(written).to_owned();
            let list = &self.found.list;
            let find = |with_adjective: bool, exact: bool| {
                (0..list.len()).rev().take(LOOKBACK).find_map(|i| {
                    let speaker = list[i].speaker.as_ref()?;
                    let mut cache = self.speaker_words.borrow_mut();
                    let words = cache.of(i, &speaker.name, &self.lexicon.normalizer);
                    // الخارجية → وزارة الخارجية البريطانية: any word of an organisation's name
                    let mut found = if speaker.kind == "institution" {
                        words.contains(&head)
                    } else {
                        words.first().is_some_and(|w| *w == head)
                    };
                    if let (true, Some(adjective)) = (with_adjective, &adjective) {
                        found = found && words.contains(adjective);
                    }
                    if exact && found {
                        let name = self.lexicon.normalizer.normalize(&speaker.name);
                        let first = name.split_whitespace().next().unwrap_or("");
                        found = first.strip_prefix("ال").unwrap_or(first) == written;
                    }
                    found.then(|| speaker.clone())
                })
            };
            let person = kind_of(kind) != "institution";
            let by_adjective = adjective
                .is_some()
                .then(|| find(true, true).or_else(|| find(true, false)))
                .flatten();
            if by_adjective.is_some() {
                end = k + 2;
            } else if back {
                end = k + 1;
            }
            // الشركة after تطبيق "بامبل" or مجموعة "بوينغ": the company behind the brand the
            // text named in marks, when no company is named by that word
            let brand = || {
                (head == skeleton("شركه"))
                    .then(|| {
                        (0..list.len())
                            .rev()
                            .take(LOOKBACK)
                            .find(|&i| list[i].branded)
                            .and_then(|i| list[i].speaker.clone())
                    })
                    .flatten()
            };
            let earlier = by_adjective
                .or_else(|| person.then(|| find(false, true)).flatten())
                .or_else(|| find(false, false))
                .or_else(brand);
            let start = self.starts(k) + prefix;
            // وقالت السلطات، وأعلنت الحكومة: a subject named by its head alone, when nothing
            // before names one of its kind
            let after_verb =
                k > 0 && prefix == 0 && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb);
            // ويقول الخبراء إن، وقال المسؤول إن: a source of people, named by its head alone
            // as the subject of a report, is the speaker so described
            let described = after_verb && kind == "group" && self.reports(k + 1);
            let earlier = earlier.or_else(|| {
                (after_verb && is_state_organ(&head) || described).then(|| Speaker {
                    name: (self.display)(start, self.ends(k)),
                    kind: kind_of(kind),
                    side: None,
                })
            });
            if earlier.is_some() || !back {
                return earlier.map(|speaker| Mention {
                    first: k,
                    end,
                    name: (start, self.ends(k)),
                    speaker: Some(speaker),
                    how: "description",
                    governed: governs(self.word(k), prefix),
                    ..Mention::default()
                });
            }
            // (none: the source and its adjective are a description of their own)
            end = k + 2;
        }
        // an organisation named in quotation marks after its head: منظمة "هيومن رايتس ووتش"،
        // شركة الطاقة الإيطالية "إيني"
        let quoted = if organisation && self.mark(end).is_some_and(|c| "\"«“".contains(c)) {
            (end + 2..end + 7)
                .find(|&c| self.mark(c).is_some_and(|c| "\"»”".contains(c)))
                .filter(|&c| (end + 1..c).all(|i| self.mark(i).is_none() || self.is(i, '.')))
                // (marks that close one sentence and open the next hold no name)
                .filter(|&c| (end + 1..=c).all(|i| !self.sentence_ends_before(i)))
                // الجيش البورمي "دائم الانضباط": after a name already whole, a quoted
                // adjective and its noun say what it is
                .filter(|&c| {
                    let described = c == end + 3
                        && !self.word(end + 1).starts_with("ال")
                        && self.word(end + 2).starts_with("ال");
                    !(definite && described)
                })
        } else {
            None
        };
        // (a kind of medium, not a name: أنباء، أخبار)
        let generic = |w: &str| {
            let w = w.strip_prefix("ال").unwrap_or(w);
            self.lexicon.is(w, Grammar::MediumKind)
        };
        // صحيفة (لو فيغارو)، شركة (توتال)، وكالة أنباء (إرنا)، شبكة (سي.إن.بي.سي): a head
        // with no name but the one in parentheses after it is named there, as in quotation
        // marks (not a number or a phrase: شركة (33%)، حركة (مثل استخدام ...))
        let parenthesized = (k + 1..end)
            .find(|&j| self.is(j, '('))
            .or(self.is(end, '(').then_some(end))
            // (after a definite head, what it is: الرابطة (يمين متطرف)، الاتحاد (بريكزت))
            .filter(|&open| {
                organisation
                    && !definite
                    && quoted.is_none()
                    && (k + 1..open).all(|j| generic(self.word(j)))
            })
            .and_then(|open| {
                let close = (open + 2..open + 10).find(|&c| self.is(c, ')'))?;
                let inside = open + 1..close;
                let words = inside
                    .clone()
                    .filter(|&j| self.tokens.kind(j) == Kind::Word)
                    .count();
                let (first, last) = (open + 1, close - 1);
                let plain = inside.clone().all(|j| {
                    matches!(self.tokens.kind(j), Kind::Word | Kind::Number)
                        && !self.word(j).contains(['%', '٪'])
                        || self.is(j, '.')
                        || self.is(j, '-')
                });
                let named = plain
                    && words <= 4
                    && self.tokens.kind(first) == Kind::Word
                    && !self.word(first).starts_with("ال")
                    && self.verb(first).is_none()
                    // (a particle of a foreign name may open it: لو فيغارو)
                    && (!self.is_function_word(first)
                        || words > 1 && self.plays(first, Grammar::Particle))
                    && !self.is_function_word(last);
                named.then_some((open, close))
            });
        // تطبيق is also the verbal noun of applying (تعهد بتطبيق الإصلاحات): an app is one
        // only by its name in marks
        if quoted.is_none() && parenthesized.is_none() {
            let word = after(self.word(k), prefix);
            let word = word.strip_prefix("ال").unwrap_or(word);
            if matches!(word, "تطبيق" | "لتطبيق" | "بتطبيق") {
                return None;
            }
        }
        // a bare head (مسؤول، الحكومة) says too little to be a speaker, unless it is the
        // subject of a report (وقال مصدر إن، وأضاف مسؤول:)
        let after_verb =
            k > 0 && prefix == 0 && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb);
        let reported = kind == "person" && after_verb && self.reports(k + 1);
        if bare && kind != "group" && quoted.is_none() && parenthesized.is_none() && !reported {
            return None;
        }
        // الموقع الرسمي للجيش اليمني، المكتب الإعلامي لمديرية الأمن العام: an organisation's
        // own site or press office speaks for it
        if end > k + 2 {
            let word = after(self.word(k), prefix);
            let head = skeleton(word.strip_prefix("ال").unwrap_or(word));
            let site = kind == "medium"
                && head == skeleton("موقع")
                && matches!(self.word(k + 1), "الرسمي" | "الالكتروني");
            let office = head == skeleton("مكتب")
                && matches!(self.word(k + 1), "الاعلامي" | "الصحفي" | "الصحافي");
            if (site || office) && self.word(k + 2).starts_with('ل') {
                let owner = self
                    .group(k + 2)
                    .filter(|m| m.speaker.as_ref().is_some_and(|s| s.kind == "institution"));
                if let Some(owner) = owner {
                    return Some(Mention {
                        first: k,
                        governed: governs(self.word(k), prefix),
                        how: "description",
                        ..owner
                    });
                }
            }
        }
        let start = self.starts(k) + prefix;
        // وكالة الأنباء السورية (سانا): the name without its gloss
        let mut named_end = (k + 1..end).find(|&j| self.is(j, '(')).unwrap_or(end);
        // وكالة الأناضول الحكومية، موقع سايت الأمريكي: what a medium is (official, of a
        // country) is not its name, once the name is said
        // (not when what is left is a kind of medium, not a name: وكالة الأنباء الرسمية،
        // وكالة أنباء كورية)
        while kind == "medium"
            && parenthesized.is_none()
            && named_end > k + 2
            && !generic(self.word(named_end - 2))
        {
            let word = self.word(named_end - 1);
            let official = is_official(word);
            let nationality = proper > 0 && word.starts_with("ال") && self.is_side(named_end - 1);
            if !(official || nationality) {
                break;
            }
            named_end -= 1;
        }
        let mut name = (start, self.ends(named_end - 1));
        let mut display = (self.display)(name.0, name.1);
        // (in marks right after the words read, in parentheses where they open)
        let named = parenthesized.or(quoted.map(|close| (end, close)));
        if let Some((open, close)) = named {
            display.push(' ');
            display.push_str(&(self.display)(self.starts(open + 1), self.ends(close - 1)));
            name = (start, self.ends(close));
            end = end.max(close + 1);
            // صحيفة "أخبار اليوم" الحكومية، صحيفة "الأهرام" المصرية: what it is, after its name
            while end < close + 3
                && (is_official(self.word(end))
                    || self.word(end).starts_with("ال") && self.is_side(end))
            {
                end += 1;
            }
        }
        // وكالة الأنباء الروسية، المرصد السوري: a medium, and a body of no government, are
        // of the country the adjective says, not on its government's side
        let unaligned = kind == "medium"
            || self
                .lexicon
                .unaligned
                .contains(head.strip_prefix("ال").unwrap_or(head));
        let side = side.map(|side| if unaligned { "other".to_owned() } else { side });
        Some(Mention {
            first: k,
            end,
            name,
            speaker: Some(Speaker {
                name: display,
                kind: kind_of(kind),
                side,
            }),
            how: "name",
            governed: governs(self.word(k), prefix),
            branded: (quoted.is_some() || parenthesized.is_some())
                && kind_of(kind) == "institution",
            brand: named.map(|(open, close)| (open + 1, close)),
            ..Mention::default()
        })
    }
}

/// Whether a word is a number written out that counts people (ثلاثة خبراء، خمس منظمات).
pub(super) fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "ثلاثه"
            | "اربعه"
            | "خمسه"
            | "سته"
            | "سبعه"
            | "ثمانيه"
            | "تسعه"
            | "عشره"
            | "ثلاث"
            | "اربع"
            | "خمس"
            | "ست"
            | "سبع"
            | "ثماني"
            | "تسع"
            | "عشر"
    )
}
