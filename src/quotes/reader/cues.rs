//! Stage 5a: cues. Each reporting verb, participle or noun, attribution phrase and
//! "speaker: content" headline, with its subject and where its content starts.

use super::super::lexicon::{Class, Grammar, Refers, Then, Verb};
use super::super::Speaker;
use super::mentions::is_pronoun_phrase;
use super::records::Draft;
use super::speakers::{Antecedent, Subject};
use super::text::{is_auxiliary, POSSESSIVES};
use super::{Reader, WINDOW};
use crate::tokens::Kind;

/// Where the content of a report starts, as the reporting word's complement.
pub enum Complement {
    /// A clause or noun phrase from this token (and this many code points into it).
    Clause(usize, usize),
    /// A pair of quotation marks.
    Quote(usize),
    /// Unmarked words after a colon.
    Colon(usize),
}

impl Reader<'_, '_> {
    /// Reads the cue at token `k`, if there is one; returns where reading goes on.
    pub(super) fn cue(&mut self, k: usize) -> Option<usize> {
        if self.covered[k] || self.marks.in_speech[k] || self.tokens.kind(k) == Kind::Mark {
            return None;
        }
        if let Some((len, prefix, then)) = self.attribution_at(k) {
            if prefix == 0 || self.word(k).starts_with('و') {
                if let Some(next) = self.attribution(k, len, *then) {
                    return Some(next);
                }
            }
        }
        // اقرأ أيضا: the imperative of a related link, not the dual أقرّا: the line is
        // another article's headline
        if self.word(k) == "اقرا" && (self.is(k + 1, ':') || self.word(k + 1) == "ايضا") {
            let line_end = (k + 1..self.tokens.len())
                .take(WINDOW)
                .find(|&j| self.tokens.after_break(j));
            return Some(line_end.unwrap_or(k + 1));
        }
        let word = self.word(k);
        // يُدعى، تُدعى (is named), written with ى, is not يدّعي (claims)
        if matches!(word, "يدعي" | "تدعي")
            && (self.display)(self.starts(k), self.ends(k)).ends_with('ى')
        {
            return None;
        }
        // أبرزها، أحد أبرز: the superlative "the most prominent", not the verb أبرز
        if self.superlative(k) {
            return None;
        }
        // سامر أبو طالب، علي بن أبي طالب: a word after a name's particle is the name (not أبي,
        // which is also a name of its own: أبي أبلغ المشرعين)
        if k > 0
            && matches!(
                self.word(k - 1),
                "ابو" | "ابن" | "بن" | "بنت" | "عبد" | "ال"
            )
        {
            return None;
        }
        if let Some(verb) = self
            .verb(k)
            .or_else(|| {
                let lexicon = self.text.lexicon;
                self.stressed(k).then(|| lexicon.verb("بينت")).flatten()
            })
            // (what the words around it make of it, read only for a reporting word)
            .filter(|v| {
                // a verb never follows a preposition: من أبرز، إلى أبرز is the superlative
                // (من is also who: من وصفتهم بـ"...", a verb with its object pronoun)
                let object = POSSESSIVES.iter().any(|o| self.word(k).ends_with(o));
                let governed = k > 0
                    && (matches!(self.word(k - 1), "الي" | "في" | "علي" | "عن" | "مع" | "حول")
                        || self.word(k - 1) == "من" && !object);
                // 59 متهما: after a numeral a participle is a counted noun
                // (16 ألف طالب: a counted noun after a number word too, whatever it could be)
                let counted = k > 0 && self.tokens.kind(k - 1) == Kind::Number;
                let thousands = k > 0
                    && matches!(
                        self.word(k - 1),
                        "الف" | "الاف" | "مليون" | "ملايين" | "مئات" | "عشرات" | "مليار"
                    );
                // أن يعلن، لن يقول: a present verb after أن or لن is what is to be said, not
                // what was (قبل أن يعلن ترامب: before he announced, a narrative past)
                let to_be = k > 0
                    && matches!(self.word(k - 1), "ان" | "لن" | "كي" | "لكي")
                    && !(k > 1 && matches!(self.word(k - 2), "قبل" | "بعد" | "منذ"));
                // متهما بـ: the passive participle, accused of, with no object before its ب
                let passive = self.word(k + 1).starts_with('ب');
                let present = v.class == Class::Verb && !word.starts_with(v.lemma.as_str());
                let accused = v.class == Class::Participle && v.lemma == "اتهم" && passive;
                let noun = governed && v.class != Class::Noun
                    || counted && v.class == Class::Participle
                    || thousands;
                !(noun || to_be && present || accused)
            })
        {
            return self.report(k, verb);
        }
        if let Some(rest) = self.consequent(k) {
            let lexicon = self.text.lexicon;
            if let Some(verb) = lexicon.verb(&rest) {
                return self.report(k, verb);
            }
        }
        if self.tokens.after_break(k) || k == 0 || self.sentence(k).0 == k {
            return self.headline(k);
        }
        None
    }

    /// A present reporting verb with the ل of consequence after a comma, its complementizer
    /// right after it or after its preposition (…، ليضيف بأنه، …، لتؤكد أن، …، ليشير إلى
    /// أن): the narrative "and then said", going on with the report before it.
    pub(super) fn consequent(&self, k: usize) -> Option<String> {
        let rest = self.word(k).strip_prefix('ل')?;
        if k == 0 || !self.is(k - 1, ',') || !rest.starts_with(['ي', 'ت']) {
            return None;
        }
        let verb = self.lexicon.verb(rest)?;
        // (the present only: لتعهد is "for the pledge")
        let present = verb.class == Class::Verb && !rest.starts_with(verb.lemma.as_str());
        let marked = self.is_complementizer(k + 1)
            || verb.prepositions.iter().any(|p| p == self.word(k + 1))
                && self.is_complementizer(k + 2);
        (present && marked).then(|| rest.to_owned())
    }

    /// A reporting verb, participle or noun at `k`, with its subject and complement.
    pub(super) fn report(&mut self, k: usize, verb: &Verb) -> Option<usize> {
        let read = self.read_report(k, verb);
        // the source a report relays goes to its own record only, not to a later one when
        // this one recorded nothing
        self.relaying = None;
        read
    }

    fn read_report(&mut self, k: usize, verb: &Verb) -> Option<usize> {
        // تضمن بيان الوزارة أن: a verb that reports only what a document says
        if !self.reports_here(k, verb) {
            return None;
        }
        let (_, sentence_end) = self.sentence(k);
        let carrier = k > 0 && self.plays(k - 1, Grammar::Carrier);
        let subject = match verb.class {
            Class::Participle => None,
            Class::Noun => self.subject(k + 1, false).filter(|s| s.speaker.is_some()),
            _ if carrier => None,
            _ => self.fronted(k).or_else(|| {
                // بيّن: the mentions stage read it as the preposition, its subject as governed
                let bayyana = verb.lemma == "بين" && self.word(k).ends_with("بين");
                self.subject(k + 1, bayyana)
                    .or_else(|| self.quoted_subject(k + 1))
                    // وأضافت هذه المصادر أن، وأكد هذا المسؤول أن: a demonstrative before
                    // the subject it points back with
                    .or_else(|| {
                        matches!(self.word(k + 1), "هذا" | "هذه" | "هؤلاء")
                            .then(|| self.subject(k + 2, false))
                            .flatten()
                    })
                    // قال عنه مون، وقالت لنا المتحدثة: about or to whom, with its pronoun,
                    // between قال and its subject (قال takes no object; اتهم فيها فرنسا does)
                    .or_else(|| {
                        let about = self.word(k + 1);
                        (verb.lemma == "قال"
                            && about.starts_with(['ع', 'ل'])
                            && is_pronoun_phrase(about))
                        .then(|| self.subject(k + 2, false))
                        .flatten()
                    })
            }),
        };
        // اتهمت الدوحة بدعم ...، واتهم الإدارة الأمريكية باستغلال: a verb that must take an
        // object, with a short noun after it and then its ب, has that noun for its object (the
        // accused, the described); its subject is in the verb. Not in a relative clause, whose
        // subject is the noun before it (التي تتهم باريس بانتهاك), nor after an object pronoun
        // (وصفها مدققو الحقائق بأنها)
        let relative_clause = k > 0 && self.plays(k - 1, Grammar::Relative);
        let object_end = subject
            .as_ref()
            .filter(|s| {
                let after = self.word(s.end);
                verb.accusing
                    && !relative_clause
                    && s.mention.is_some()
                    && s.end > k + 1
                    && s.end <= k + 3
                    && after.starts_with('ب')
                    && after.chars().count() > 3
                    // واتهمت واشنطن بكين بالتجسس: a name is the object, not a ب
                    && self.entity_at(s.end).is_none()
                    && !object_pronoun(self.word(k), &verb.lemma)
            })
            .map(|s| s.end);
        let subject = if object_end.is_some() { None } else { subject };
        // ويعتبر هذا ...، ويرى ذلك: a demonstrative after the verb makes it impersonal
        // (but مبررا ذلك بخصوصية: a demonstrative object, then the content after the ب)
        let justified = verb.prepositions.iter().any(|p| p == "ب")
            && self.word(k + 2).starts_with('ب')
            && self.word(k + 2).chars().count() > 3;
        if subject.is_none()
            && matches!(self.word(k + 1), "هذا" | "هذه" | "ذلك" | "تلك")
            && !justified
        {
            return None;
        }
        // يذكر أن، ويتوقع أن، تبين أن: with no subject, the verb is impersonal, not a report
        // (a plural or dual ending carries its subject: الخبراء يتوقعون أن)
        let plural = ["ون", "ان", "وا"].iter().any(|e| self.word(k).ends_with(e));
        if subject.is_none()
            && !carrier
            && !plural
            && verb.impersonal
            && self.is_complementizer(k + 1)
        {
            return None;
        }
        // a relative clause's subject is the noun before it (استراتيجية ترامب والتي أكدت)
        let relative = k > 0 && (self.plays(k - 1, Grammar::Relative) || self.word(k - 1) == "ما");
        // الليرة التي قال عنها: "...": a pronoun takes the noun back as what was spoken of, and
        // the speaker is the clause's subject
        let resumed = super::mentions::is_pronoun_phrase(self.word(k + 1));
        // لم يعلن عنها، كشف عنه: the verb's own preposition with a pronoun is its content,
        // already named
        if subject.is_none() && resumed {
            let next = self.word(k + 1);
            if verb
                .prepositions
                .iter()
                .any(|p| p.len() > 2 && next.starts_with(p.as_str()))
            {
                return None;
            }
        }
        // ضد ما اعتبره "تطهيرا عرقيا"، لما وصفته بـ"هدف معاد": what the clause's subject
        // called something, in its words, is content in the text's own
        let what = k > 0 && matches!(self.word(k - 1), "ما" | "بما" | "لما" | "عما" | "مما");
        let quoted_at = if self.word(k + 1) == "ب" {
            k + 2
        } else {
            k + 1
        };
        // (بحسب ما ذكرت "البوابة": after an attribution phrase the quote is the source)
        let attributed = k >= 2 && self.attribution_at(k - 2).is_some();
        let called =
            what && !attributed && subject.is_none() && self.speech_opening(quoted_at).is_some();
        if subject.is_none() && relative && !resumed && !called {
            return None;
        }
        let after = object_end.unwrap_or_else(|| subject.as_ref().map_or(k + 1, |s| s.end));
        // تحدث عن "خطوات حازمة": the quoted words spoken of are the speaker's
        let about = verb.class == Class::Event
            && self.word(after) == "عن"
            && self.speech_opening(after + 1).is_some();
        // تحدثت عن أنها فقدت كل شيء: what it spoke of is a clause
        let about_that = verb.class == Class::Event
            && self.word(after) == "عن"
            && self.is_complementizer(after + 1);
        if verb.class == Class::Event && !about && !about_that {
            if let Some(speaker) = subject.and_then(|s| s.speaker) {
                self.last = Some((speaker, self.paragraph_of(k)));
                self.last_gender = self.cue_gender(k);
            }
            return None;
        }
        let found = if called {
            Some((Complement::Clause(quoted_at, 0), quoted_at))
        } else if about {
            Some((Complement::Clause(after + 1, 0), after + 1))
        } else if about_that {
            Some((Complement::Clause(after + 2, 0), after + 1))
        } else {
            self.complement(k, verb, after, sentence_end)
        };
        // اتهمت الدوحة بدعم، متهما إياه بالتخطيط، متهما النظام "الذي يقتل شعبه" بإعدادها: the
        // accused right after the verb is part of the accusation, as after a subject
        let found = found.map(|(complement, marker)| match complement {
            Complement::Clause(at, _)
                if verb.lemma == "اتهم"
                    && at > k + 1
                    && (object_end == Some(at)
                        || verb.class == Class::Participle
                            && !self.word(k + 1).starts_with('ب')
                            && (k + 1..at).all(|i| !self.is(i, ','))
                            && self.charge(k + 1, at + 1) == Some(at)) =>
            {
                (Complement::Clause(k + 1, 0), marker)
            }
            // وطالب بتضافر الجهود، ويدعوهم لتحسين الوضع: the verb's preposition as a clitic on
            // the verbal noun is no part of the content
            // (not a clause after a complementizer: منوها إلى أنه لايزال)
            Complement::Clause(at, 0)
                if !self.is_complementizer(at - 1) && self.clitic_preposition(verb, at) =>
            {
                (Complement::Clause(at, 1), marker)
            }
            _ => (complement, marker),
        });
        let Some((complement, marker)) = found else {
            if let Some(next) = self.as_said(k, verb, subject.as_ref()) {
                return Some(next);
            }
            return self.postposed(k, verb, subject);
        };
        if verb.marked && matches!(complement, Complement::Clause(..)) {
            return None;
        }
        if verb.class == Class::Noun && !matches!(complement, Complement::Clause(..)) {
            return None;
        }
        // إعلان الجيش مقتل ...، بعد إعلان ترامب انسحابه: a noun that takes a noun phrase as
        // content, after a speaker of its own that is no place (إعلان القدس، إعلان الرياض are
        // documents)
        let spoken = verb.nominal
            && subject.as_ref().is_some_and(|s| {
                s.mention.is_some() && s.speaker.as_ref().is_some_and(|p| p.kind != "place")
            });
        // (فإن opens the main clause after a fronted phrase, never a noun's content: وعلى الرغم
        // من تحذير البيت الأبيض ...، فإن)
        if verb.class == Class::Noun
            && (!spoken && !(after..=marker).any(|j| self.is_complementizer(j))
                || matches!(self.word(marker), "فان" | "فانه" | "فانها" | "فانهم"))
        {
            return None;
        }
        // كشفت الشركة عن هاتفها الجديد، كشف عن تفاصيل الخطة: a topic or a product as the
        // noun phrase content is no claim (what a clause after a complementizer says is)
        // (nor is what a negated verb takes as a noun phrase: لا يكشف معظمهم عن ميولهم)
        let (complement, marker) = match complement {
            Complement::Clause(at, prefix) => {
                // (لم يستبعد X, did not rule out, is the claim X may be)
                let negated = k > 0
                    && matches!(self.word(k - 1), "لا" | "لم" | "ولا" | "ولم")
                    && verb.lemma != "استبعد";
                // (the topic is a verb's with a preposition only: اعتبر الوثائق دليلا has an
                // object and what it is called)
                let topic = !verb.prepositions.is_empty() && self.topic(at, prefix);
                if (topic || negated) && !(k + 1..at).any(|j| self.is_complementizer(j)) {
                    // (صحفي لم يكشف عن هويته: "...": quoted words after it are still
                    // what was said, before another cue)
                    let limit = sentence_end.min(k + WINDOW);
                    (at + 1..limit)
                        .take_while(|&j| !self.starts_cue(j))
                        .find_map(|j| match self.marker(verb, j, false) {
                            Some(c @ (Complement::Quote(_) | Complement::Colon(_))) => Some((c, j)),
                            _ => None,
                        })?
                } else {
                    (complement, marker)
                }
            }
            _ => (complement, marker),
        };
        // أعلنت الخطوط الجوية السعودية تعليق: a subject no mention read, inside what would be
        // a noun phrase's content
        let unread = match complement {
            Complement::Clause(at, 0) if at == k + 1 && subject.is_none() && verb.nominal => {
                self.unread_nominal_subject(k, sentence_end)
            }
            _ => None,
        };
        let (subject, complement, marker) = match unread {
            Some((s, at)) => (Some(s), Complement::Clause(at, 0), at),
            None => (subject, complement, marker),
        };
        let alt_speakers = self.relayed(after, marker);
        self.relaying = self.relayed_source(after, marker);
        let subject = subject.or_else(|| self.unread_subject(k, verb, &complement));

        if let Some(s) = subject.as_ref().filter(|s| s.mention.is_some()) {
            self.learn_gender(k, s.speaker.as_ref());
        }
        let (speaker, mention, role, speaker_ref) = match subject {
            Some(s) => (s.speaker, s.mention, s.role, s.how),
            None => {
                let how = if carrier || verb.class == Class::Noun {
                    "pronoun"
                } else {
                    "continuation"
                };
                let antecedent = if verb.class == Class::Noun {
                    Antecedent::Possessor
                } else {
                    Antecedent::Subject
                };
                (self.implied(k, antecedent), None, None, how)
            }
        };
        let cue = (self.starts(k), self.ends(k));
        let lemma = Some(verb.lemma.clone());
        let base = match complement {
            Complement::Quote(_) => 0.95,
            Complement::Clause(..) => 0.9,
            Complement::Colon(_) => 0.75,
        };
        let draft = Draft {
            kind: "indirect",
            cue: Some(cue),
            cue_lemma: lemma,
            speaker,
            mention,
            speaker_ref,
            role,
            alt_speakers,
            confidence: base,
            sentence: self.sentence_of(k),
            ..Draft::default()
        };
        match complement {
            Complement::Quote(p) => self.direct(k, p, draft),
            // تحدث عن "...": the quoted words alone
            Complement::Clause(at, prefix) if about => {
                let close = self
                    .speech_opening(at)
                    .and_then(|p| self.marks.pair(p).close);
                match close {
                    Some(c) => self.finish(k, at, prefix, c + 1, draft),
                    None => self.clause(k, at, prefix, draft),
                }
            }
            Complement::Clause(at, prefix) => self.clause(k, at, prefix, draft),
            Complement::Colon(at) => {
                let end = self.clause_end(at);
                self.finish(
                    k,
                    at,
                    0,
                    end,
                    Draft {
                        kind: "direct",
                        ..draft
                    },
                )
            }
        }
    }

    /// Where the content of a report starts, and the token that marks it.
    pub(super) fn complement(
        &self,
        k: usize,
        verb: &Verb,
        after: usize,
        sentence_end: usize,
    ) -> Option<(Complement, usize)> {
        let limit = sentence_end.min(k + WINDOW);
        // انتهت الدراسة إلى أن، تنص المادة 92 من القانون على أن: the preposition and a
        // complementizer, a few words on, with no mark between
        if verb.that {
            return self
                .that_within(verb, after, limit.min(after + 8))
                .map(|(i, at)| (Complement::Clause(at, 0), i));
        }
        let mut j = after;
        if self.is(j, ',') {
            j += 1;
        }
        // أعلن الجيش، الثلاثاء، سيطرته، أعلنت السفارة في برلين، الثلاثاء، عودة: past an
        // adverb of time and a prepositional phrase, each ending at a comma
        for _ in 0..2 {
            // وقال فلان، وهو خبير في الاقتصاد الدولي، إن: an aside on the subject, a clause of
            // its own that opens with its pronoun, up to its comma (or to the colon before
            // the words in marks: وقال فلان، وهو خبير: "...")
            let aside =
                after > k + 1 && matches!(self.word(j), "وهو" | "وهي") && self.word(j + 1) != "ما";
            let reach = if aside { 16 } else { 5 };
            let Some(comma) = (j + 1..(j + reach).min(limit))
                .find(|&c| self.is(c, ',') || aside && self.is(c, ':'))
            else {
                break;
            };
            let aside = aside
                && (j + 1..comma).all(|i| {
                    self.tokens.kind(i) == Kind::Word
                        && !self.tokens.after_break(i)
                        && !self.is_complementizer(i)
                });
            if self.is(comma, ':') {
                if aside {
                    j = comma;
                }
                break;
            }
            let adverb = comma <= j + 3
                && (j..comma)
                    .all(|i| self.is_function_word(i) || self.adverb_after_subject(verb, i))
                // (الشهر الماضي، مطلع يونيو)
                || self.past_time(j, comma) == comma;
            let phrase = matches!(self.word(j), "في" | "من" | "لدي" | "خلال" | "عبر")
                && (j + 1..comma).all(|i| {
                    !self.word(i).is_empty() && self.verb(i).is_none() && !self.is_complementizer(i)
                });
            // أعلن جان، الرئيس التنفيذي للشركة، استقالته: a title in apposition to the subject,
            // or the rest of one the subject took in part (الرئيس التنفيذي، then للشركة)
            let apposition = after > k + 1
                && (self.title_at(j, true).is_some() || (k + 1..after).any(|i| self.is(i, ',')))
                && (j..comma).all(|i| {
                    !self.word(i).is_empty()
                        && self.verb(i).is_none()
                        && !self.is_complementizer(i)
                        && !self.plays(i, Grammar::Relative)
                });
            if !(adverb || phrase || apposition || aside) {
                break;
            }
            j = comma + 1;
        }
        // اتهمت البحرين ... الدوحة بتمويل: after the subject, the one accused or described,
        // then the ب of what they are accused of or called
        if j < limit && after > k + 1 && verb.accusing {
            if let Some(&m) = self.mentions.at.get(&j) {
                let object = &self.mentions.list[m];
                // (past a relative clause on the object, to its comma: اتهم المدعون إدارة
                // البنك الذي يتخذ من عمان مقرا له، بتسهيل ...)
                let end = if self.plays(object.end, Grammar::Relative) {
                    (object.end + 1..(object.end + 12).min(limit))
                        .find(|&c| self.is(c, ','))
                        .map_or(object.end, |c| c + 1)
                } else {
                    object.end
                };
                let word = self.word(end);
                let with_b = !object.governed
                    && end < limit
                    && word.starts_with('ب')
                    && word.chars().count() > 3
                    && !self.is_function_word(end)
                    && !super::mentions::is_pronoun_phrase(word)
                    && !self.mentions.at.contains_key(&end);
                if with_b {
                    // (the accused is part of the accusation: اتهم الوزير الشركة بالتلاعب
                    // reports "الشركة بالتلاعب"; what one is called is the predicate alone)
                    if verb.lemma == "اتهم" {
                        return Some((Complement::Clause(j, 0), end));
                    }
                    return Some((Complement::Clause(end, 1), end));
                }
            }
            // اتهمت "وايمو" أحد مهندسيها السابقين، أنتوني ليفاندويسكس، بتحميل، اتهم الحزب وسائل
            // الإعلام الحكومية بشن: an accused no mention reads whole, then the charge
            // (not an adjective of the subject right after it: منظمة هيومن رايتس ووتش المعنية
            // بحقوق الإنسان، التحالف بـ)
            let adjective = j == after
                && ["يه", "ي", "يون", "يين"]
                    .iter()
                    .any(|x| self.word(j).ends_with(x));
            if verb.lemma == "اتهم" && !adjective {
                if let Some(e) = self.charge(j, limit) {
                    return Some((Complement::Clause(j, 0), e));
                }
            }
        }
        // حمّل الوزير الحكومة مسؤولية الأزمة: the one blamed and the blame, as an accusation
        if verb.blame {
            return self
                .blamed(j)
                .filter(|&m| m > j)
                .map(|m| (Complement::Clause(j, 0), m));
        }
        // ناشدت الحكومة المواطنين عدم الاقتراب، طالب الوزير الشركات بخفض الأسعار: after the
        // subject, who is asked, then a verbal noun (with the verb's ب, or bare after ناشد)
        if j < limit && after > k + 1 && matches!(verb.lemma.as_str(), "ناشد" | "طالب") {
            if let Some(&m) = self.mentions.at.get(&j) {
                let object = &self.mentions.list[m];
                let e = object.end;
                let word = self.word(e);
                if e < limit && !object.governed {
                    // (a bare one after ناشد only, and not a second object: طالب فرنسا
                    // وأوروبا بالتوقف)
                    let bare = verb.lemma == "ناشد"
                        && self.content_word(e)
                        && !word.starts_with(['ب', 'و']);
                    if bare {
                        return Some((Complement::Clause(e, 0), e));
                    }
                    let with_b = word.starts_with('ب')
                        && word.chars().count() > 3
                        && !self.is_function_word(e)
                        && !super::mentions::is_pronoun_phrase(word)
                        && !self.mentions.at.contains_key(&e);
                    if with_b {
                        return Some((Complement::Clause(e, 1), e));
                    }
                }
            }
        }
        // طلبت الشرطة من السكان البقاء: a request's content is a verbal noun after the one
        // asked (not bare after the subject: طلبت الشركة شراء 200 طائرة is an order; a source's
        // wish to stay unnamed is none either: المصدر، الذي طلب عدم الكشف عن هويته، إن ... is
        // the report of the verb before it, read as ever)
        if verb.lemma == "طلب" && j < limit && !(j..(j + 3).min(limit)).any(|i| self.unnamed(i))
        {
            // (a complementizer, a colon or marks further on mark the content better: طلب من
            // محاميه، شون هولي، أن يلقي نظرة)
            let marked = (j..limit).any(|i| {
                self.is_complementizer(i) || self.is(i, ':') || self.speech_opening(i).is_some()
            });
            // (طلب written bare is also the noun "a request": تقديم طلب، رفض طلبا)
            let noun = matches!(self.word(k), "طلب" | "طلبا" | "طلبه" | "طلبها" | "طلبهم")
                && !self.opens_clause(k);
            if !marked {
                // (nor طلب من right after the verb with no subject before it: most often the
                // passive, طُلب من المشاركين تقييم، one with no agent to speak)
                let word = self.word(k);
                let agent = after > k + 1
                    || ["ت", "وا", "ا", "ن"].iter().any(|e| word.ends_with(e))
                    || k > 0
                        && (self.plays(k - 1, Grammar::Carrier)
                            || self.plays(k - 1, Grammar::Relative))
                    || self.fronted(k).is_some();
                if noun || !agent {
                    return None;
                }
                if let Some(e) = self.request(j, limit) {
                    return Some((Complement::Clause(e, 0), e));
                }
                return None;
            }
        }
        // وأعلنت السلطات في التاسع من فبراير بدء، هدد الاتحاد عام 1996 بتنفيذ: past a
        // phrase of time after the subject
        // (and past an adverb on the subject or the report: أعلنت المنظمة ذاتها تسجيل، ولم
        // يستبعد المكتب بدوره دوافع، وأعلنت مصادر أولا توقيف، هدد الرئيس أيضا بوقف)
        while j < limit && j > k + 1 && self.adverb_after_subject(verb, j) {
            j += 1;
        }
        let untimed = j;
        let j = self.past_time(j, limit);
        // right after the subject: the content itself may start here
        if j < limit {
            if let Some(found) = self.marker(verb, j, true) {
                return Some((found, j));
            }
            // أقر الوزير بإقامة، طالبت الحكومة بوقف: a verbal noun with the verb's ب on it,
            // after the subject, an object pronoun (اتهمه بإثارة) or a subject before the verb;
            // a word right after a bare verb may be its subject's name (أبلغ بيكيه)
            let word = self.word(j);
            let object = POSSESSIVES.iter().any(|o| self.word(k).ends_with(o));
            // a subject before the verb (الحكومة تطالب بوقف، التي تطالب) or none (مطالبا)
            // or carried by a pronoun or the verb's ending (لكنه اعترف، وطالبوا، وتعهدت)
            let implied = k > 0 && self.plays(k - 1, Grammar::Carrier)
                || ["وا", "ت", "ون", "ان"]
                    .iter()
                    .any(|e| self.word(k).ends_with(e));
            let subject_before = verb.class == Class::Participle
                || implied
                || (k > 0 && self.plays(k - 1, Grammar::Relative))
                || self.fronted(k).is_some();
            let with_b = (after > k + 1 || object || subject_before)
                && verb.prepositions.iter().any(|p| p == "ب")
                && word.starts_with('ب')
                && word.chars().count() > 3
                && !self.is_function_word(j)
                && !super::mentions::is_pronoun_phrase(word)
                && !self.mentions.at.contains_key(&j);
            if with_b {
                return Some((Complement::Clause(j, 1), j));
            }
            if let Some(i) = self.verbal_noun_past_words(verb, j, limit) {
                return Some((Complement::Clause(i, 1), i));
            }
        }
        // شددت السلطات الإجراءات، أقر البرلمان مشروع القانون بأغلبية كبيرة: with an object these
        // verbs tighten and pass; they report only with their preposition after the subject
        // (not when the clause goes on to a complementizer or the verb's preposition, on
        // something other than a name: the noun may be a subject not read, or not read whole,
        // وشدد السلطان قابوس على، وشددت قيادة الجيش في بيانها على أن، وأقر راخوي بالهزيمة)
        let with_b = verb.prepositions.iter().any(|p| p == "ب");
        let framed = (j..limit).any(|i| {
            let word = self.word(i);
            let on = verb.prepositions.iter().any(|p| p == word)
                && self.tokens.kind(i + 1) == Kind::Word
                && !self.mentions.at.contains_key(&(i + 1));
            let verbal_noun = with_b
                && word.starts_with('ب')
                && word.chars().count() > 3
                && !self.is_function_word(i)
                && !self.mentions.at.contains_key(&i);
            self.is_complementizer(i) || on || verbal_noun
        });
        if matches!(verb.lemma.as_str(), "شدد" | "أقر" | "اقر")
            && j < limit
            && self.content_word(j)
            && !framed
        {
            return None;
        }
        // (past the phrase of time when a noun phrase follows it: أعلن الأسبوع الماضي "حظرا"
        // is read from the time on)
        let nominal_at = [j, untimed]
            .into_iter()
            .find(|&at| verb.nominal && at < limit && self.content_word(at));
        // أكد الوزير حرصه على ...، أعلن اللاعب رحيله عن الفريق: a noun with its agent's
        // pronoun right after the subject is the content, and a preposition after it is the
        // noun's (حرصه على), not the verb's; a verb that takes an object first (حث الوزير
        // مواطنيه على) reads that noun as its object
        let possessed = nominal_at.filter(|&at| !verb.object_first && self.possessed_noun(at));
        let mut j = after;
        while j < limit {
            // وذكرت المنظمة في تقرير، بحسب ما نقلت وكالة الأناضول، أنه: an attribution
            // between commas, then a complementizer, is an aside; the content comes after it
            // (not one with و, which starts a clause of its own: ...، وبحسب الإدارة، فإن)
            let aside = !self.word(j).starts_with('و');
            if j > after && aside && self.is(j - 1, ',') && self.attribution_at(j).is_some() {
                let close = (j + 1..(j + 10).min(limit)).find(|&c| self.is(c, ','));
                if let Some(close) = close.filter(|&c| self.is_complementizer(c + 1)) {
                    j = close + 1;
                    continue;
                }
            }
            // نقلا عن X relays the source before the content; another cue ends the search
            // (right after a noun's speaker too, a verb with a subject of its own: ورغم تحذير
            // ترامب قالت الصين إنها; not one that takes the noun back, في تصريحات نقلتها
            // الوكالة أن)
            let own = !POSSESSIVES.iter().any(|o| self.word(j).ends_with(o));
            let further = j > after || verb.class == Class::Noun && j > k && own;
            if further && self.starts_cue(j) && self.word(j) != "نقلا" {
                break;
            }
            if self.is(j, ',') && self.word(j + 1) == "وهو" {
                break;
            }
            // (nor past a conjunction that opens a clause of its own, whatever follows: ادعت
            // الشركة إغلاقها، ولكن الخطوة ...، حيث إن ...، نقل إلى المستشفى بيد أنه ما لبث أن)
            if self.is_complementizer(j) && j > 0 && self.opens_own_clause(j - 1) {
                break;
            }
            if let Some(p) = self.marks.pair_at(j) {
                let pair = &self.marks.pair(p);
                if pair.label && pair.open == Some(j) {
                    j = pair.close.unwrap_or(pair.end) + 1;
                    continue;
                }
            }
            // وقالت في كلمة أمام "منتدى المالية العامة" في دبي، إن ...: quoted words that the
            // verb's own complementizer follows, a few words on in the same clause, are a name
            // or an adjunct's, and what was said comes after the complementizer
            if let Some(close) = self.complementizer_follows(j, limit) {
                j = close + 1;
                continue;
            }
            // (a verb that takes speech bare, after an adjunct, قال في الفيديو "إلى من
            // نصوت"، أضاف لموقع الاتحاد "الذين فازوا": the noun is the adjunct's, the quote direct)
            let bare = !verb.nominal
                && verb.prepositions.is_empty()
                && (self.is_function_word(after) || self.word(after).starts_with('ل'));
            if j > after && !bare {
                if let Some(start) = self.continued_quote(verb, j) {
                    return Some((Complement::Clause(start.max(after), 0), j));
                }
            }
            if let Some(found) = self.marker(verb, j, false) {
                // (a complementizer, a colon or marks later still start the content)
                let prepositional = matches!(found, Complement::Clause(..))
                    && !self.is_complementizer(j)
                    && !self.is(j, ':');
                if let Some(at) = possessed.filter(|_| prepositional) {
                    return Some((Complement::Clause(at, 0), at));
                }
                // وأعلن النادي فتح مكتب في سنغافورة "لتعزيز حضوره": quoted words the noun
                // phrase the verb took as content runs on to, in one clause, are part of it
                // (mixed), not a quotation of their own
                // (the marks right there, not after a colon: أبلغ الصحفيين: "..."; nor a
                // definite noun right after the verb, its subject not read: ويؤكد الطاهي "...")
                // (right after a verb with no subject read, only a noun with its possessive
                // pronoun: وجددت موقفها "..."، not وأعلنت دوائر الهجرة في بيان "...")
                let subject_read = after > k + 1
                    || verb.class == Class::Participle
                    || nominal_at.is_some_and(|at| self.possessed_noun(at));
                // (a verb whose object comes before its preposition takes a noun as who is
                // spoken to: وأبلغ ترامب صحفيين على متن الطائرة "...")
                let object = verb.object_first && !verb.prepositions.is_empty();
                // (nor a preposition with its pronoun before the subject: أكد فيه "...")
                let adjunct = nominal_at.is_some_and(|at| {
                    let word = self.word(at);
                    self.plays(at, Grammar::Preposition)
                        || ["هما", "هم", "ها", "ه"].iter().any(|p| {
                            word.strip_suffix(p)
                                .is_some_and(|stem| self.lexicon.is(stem, Grammar::Preposition))
                        })
                });
                // (nor a name the document or the lexicon knows, or a word with ل: وأكد جونسون
                // "..."، وجددت مملكة البحرين "..."، وأكدت لبكي لفرانس24 "...")
                let named = nominal_at.is_some_and(|at| {
                    self.learned_at_start(at).is_some()
                        || self.entity_at(at).is_some()
                        || self.lexicon.given_names.contains_key(self.word(at))
                        || self.word(at).starts_with('ل')
                });
                let read = subject_read && !object && !adjunct && !named;
                if let Some(at) = nominal_at.filter(|&at| at < j && read) {
                    // (and not words that open with إنّ: "إنها لحظة تاريخية" is what was said)
                    let quote = matches!(found, Complement::Quote(_))
                        && self
                            .speech_opening(j)
                            .is_some_and(|p| !self.is_complementizer(self.marks.pair(p).first))
                        && !(at..j).any(|i| self.unnamed(i));
                    if quote && self.runs_on(at, j) {
                        return Some((Complement::Clause(at, 0), at));
                    }
                }
                return Some((found, j));
            }
            j += 1;
        }
        if let Some(j) = nominal_at {
            return Some((Complement::Clause(j, 0), j));
        }
        if !verb.nominal {
            return None;
        }
        // past an adjunct (أمام الكونغرس): a noun phrase as content (عزمه على ...)
        let mut j = after;
        if self.is_function_word(j) && !self.is_complementizer(j) {
            j += 1;
            while j < limit && (self.word(j).starts_with("ال") || self.mentions.at.contains_key(&j))
            {
                j += 1;
            }
            if j < limit && self.content_word(j) {
                return Some((Complement::Clause(j, 0), j));
            }
        }
        None
    }

    /// Whether the words `at..j` are one stretch of a clause: words, numbers and quoted names,
    /// with no comma, mark, verb, complementizer, paragraph break or word that introduces
    /// speech (أبدى سعادته بقوله "...") among them.
    fn runs_on(&self, at: usize, j: usize) -> bool {
        j <= at + 12
            && (at..j).all(|i| {
                !matches!(
                    self.word(i),
                    "بقوله"
                        | "بقولها"
                        | "بقولهم"
                        | "بالقول"
                        | "قائلا"
                        | "قائله"
                        | "قائلين"
                )
            })
            && (at..j).all(|i| {
                let name = self.mark(i).is_some()
                    && self
                        .marks
                        .pair_at(i)
                        .is_some_and(|p| self.marks.pair(p).label);
                let word = matches!(self.tokens.kind(i), Kind::Word | Kind::Number)
                    && self.verb(i).is_none()
                    && !self.is_complementizer(i);
                (word || name) && (i == at || !self.tokens.after_break(i))
            })
    }

    /// The closing mark of quoted words opening at `j` (not with a complementizer of their own)
    /// when a complementizer of the clause, no و or ف on it, follows them within a few words of
    /// the same paragraph, with no reporting word, colon or other mark between: they are not the
    /// report's content.
    fn complementizer_follows(&self, j: usize, limit: usize) -> Option<usize> {
        let pair = self.marks.pair(self.speech_opening(j)?);
        let close = pair.close?;
        // (a name or an adjunct's object is a few words; a long quotation is speech whose marks
        // may be broken inside it)
        let words = (pair.first..close)
            .filter(|&i| self.tokens.kind(i) == Kind::Word)
            .count();
        if self.is_complementizer(pair.first) || words > 8 {
            return None;
        }
        (close + 1..(close + 8).min(limit))
            .take_while(|&i| {
                self.mark(i).is_none_or(|c| c == ',')
                    && !self.tokens.after_break(i)
                    && !self.starts_cue(i)
                    && self.verb(i).is_none_or(|v| v.class == Class::Noun)
            })
            .find(|&i| self.is_complementizer(i))
            // (right after the marks or the comma that ends an adjunct, with no و or ف: not one a
            // noun, a connective or another verb takes, بما في ذلك احتمال أن، كما أن، ويبدو أن)
            .filter(|&i| {
                (i == close + 1 || self.is(i - 1, ',')) && !self.word(i).starts_with(['و', 'ف'])
            })
            .map(|_| close)
    }

    /// Where the content starts when quoted words opening at `j` go on from the writer's noun
    /// before the marks (التوصل "إلى تفاهم ..."، متهما النظام "الذي يقتل ..."): they open with
    /// إلى or a relative, so the content starts at that noun or the mention it ends,
    /// and holds the quote (mixed).
    fn continued_quote(&self, verb: &Verb, j: usize) -> Option<usize> {
        let p = self.speech_opening(j)?;
        let pair = self.marks.pair(p);
        let first = self.word(pair.first);
        // (not من، في، على: من الضروري، في كل موسم، على الرغم open many a direct quote; nor
        // the verb's own preposition, which opens its complement: ودعت الأطراف "إلى ...")
        let continues = matches!(
            first,
            "الي" | "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
        ) && !verb.prepositions.iter().any(|p| p == first);
        // a definite noun is what a relative or إلى goes on from (not كتب على قميصه "إلى
        // رئيسي", a dedication)
        let definite = j > 0
            && ["ال", "وال", "بال", "لل", "فال"]
                .iter()
                .any(|d| self.word(j - 1).starts_with(d));
        let noun_before = definite
            && self.tokens.kind(j - 1) == Kind::Word
            && !self.is_function_word(j - 1)
            && !self.is_complementizer(j - 1)
            && self.verb(j - 1).is_none();
        if !(continues && noun_before && pair.close.is_some()) {
            return None;
        }
        Some(
            self.before(j)
                .next()
                .filter(|m| m.end == j)
                .map_or(j - 1, |m| m.first),
        )
    }

    /// What token `j` starts as a complement of `verb`, if anything: a complementizer, a
    /// colon, a quotation, or one of the verb's prepositions.
    pub(super) fn marker(&self, verb: &Verb, j: usize, adjacent: bool) -> Option<Complement> {
        if verb.that {
            return None;
        }
        // ردت بالقول "..."، خلص إلى القول: "...": the verbal noun of saying, then the quotation
        let saying = self.word(j) == "بالقول"
            || self.word(j) == "القول" && j > 0 && self.word(j - 1) == "الي";
        if saying {
            let at = if self.is(j + 1, ':') { j + 2 } else { j + 1 };
            if let Some(p) = self.speech_opening(at) {
                return Some(Complement::Quote(p));
            }
        }
        if self.is_complementizer(j) && !self.adverbial_that(j) {
            return Some(Complement::Clause(j + 1, 0));
        }
        if self.is(j, ':') && !self.clock_colon(j) {
            if let Some(p) = self.speech_opening(j + 1) {
                return Some(Complement::Quote(p));
            }
            let (_, end) = self.sentence(j);
            let words = (j + 1..end).filter(|&i| !self.word(i).is_empty()).count();
            return (words >= 2).then_some(Complement::Colon(j + 1));
        }
        if let Some(p) = self.speech_opening(j) {
            let pair = &self.marks.pair(p);
            let words = pair.end - pair.first;
            let after = pair.close.map_or(pair.end, |c| c + 1);
            let ends_clause =
                self.is_terminator(after) || self.is(after, ',') || after >= self.sentence(j).1;
            // a nickname after a name ("حميدتي") is not what was said
            if adjacent && words <= 2 && !ends_clause {
                return None;
            }
            // a quoted name as the subject (أعلنت "ألفابت"، الشركة الأم، أن ...، أكد "مركز
            // إعلام دمشق" التابع للمعارضة، وأعلنت "كتيبة أبو عمارة" وهي جماعة)
            let named = self.is_complementizer(after)
                || self.is(after, ',') && self.word(after + 1).starts_with("ال")
                || self.word(after).starts_with("ال") && !self.is_function_word(after)
                || matches!(self.word(after), "وهي" | "وهو");
            if adjacent && words <= 3 && named {
                return None;
            }
            // اعتبرها "تنظيما إرهابيا"، تنفي "تسليم أي تسجيلات": a few quoted words right after
            // a verb that takes a noun phrase are its object in the speaker's or the writer's
            // words, mixed, not a quotation of its own; a verb of saying takes them whole (قالت
            // "نحن صوتكم"، صرح "نحن قلقون")
            let takes_object = verb.nominal || verb.object_first;
            // (not a sentence: one that opens with a particle or a future verb, وهو يكرر
            // "سأحميكم"، أكد "لن نتراجع")
            let first = self.word(pair.first);
            let sentence = self.is_function_word(pair.first)
                || first.starts_with("سا")
                || first.starts_with("سي")
                || first.starts_with("ست")
                || first.starts_with("سن");
            if adjacent
                && words <= 3
                && takes_object
                && !sentence
                && pair.close.is_some()
                && !self.is_complementizer(pair.first)
                && !verb.speech
            {
                return Some(Complement::Clause(j, 0));
            }
            // after a preposition (وصفه بـ"..."، اتهمه بـ"...") the quote is the verb's
            // complement in the text's own words: mixed, not direct
            // (or, with three words or more, one of the prepositions a report's complement
            // takes where the verb takes another: منوها على "الالتزام بسيادة سوريا"; a name
            // is shorter: كتب على "تويتر", or has the content after it)
            let governed = !adjacent
                && j > 0
                && (verb.prepositions.iter().any(|p| p == self.word(j - 1))
                    || words >= 3
                        && matches!(self.word(j - 1), "علي" | "الي" | "ب")
                        // (a name before the complementizer: في حديث إلى "سكاي نيوز
                        // عربية"، الخميس، أن ...)
                        && !(after..after + 5).any(|i| self.is_complementizer(i)));
            if governed && pair.close.is_some() {
                return Some(Complement::Clause(j, 0));
            }
            let with_b = verb.prepositions.iter().any(|p| p == "ب");
            // اتهمه "بالتلاعب": the verb's ب inside the marks is the text's own frame
            if with_b && pair.close.is_some() && self.word(pair.first).starts_with('ب') {
                let first = self.word(pair.first);
                if first.starts_with("بال") || first.chars().count() > 3 {
                    return Some(Complement::Clause(j, 0));
                }
            }
            // بإجراء "تحقيق سريع ونزيه": the verbal noun with the verb's ب before the marks
            if !adjacent && with_b && pair.close.is_some() && j > 0 {
                let before = self.word(j - 1);
                if before.starts_with('ب')
                    && before.chars().count() > 3
                    && !self.is_function_word(j - 1)
                    && !super::mentions::is_pronoun_phrase(before)
                {
                    return Some(Complement::Clause(j - 1, 1));
                }
            }
            let previous = j.checked_sub(1);
            // "إنه لاعب مذهل": words that open with إنّ are what was said
            let said = self.is_complementizer(pair.first);
            let introduced_by = |i: usize| {
                self.is(i, ',')
                    || self.word(i).starts_with('ل')
                    || self
                        .marks
                        .pair_at(i)
                        .is_some_and(|q| self.marks.pair(q).label)
                    || self.before(j).next().is_some_and(|m| m.end == j)
            };
            if !(adjacent || said || words >= 4 || ends_clause) {
                // a few quoted words the sentence runs on past (لطلبه "رشوة" من أحد الأندية،
                // لاتصال "البلوتوث" نقل) are a name or the writer's scare quotes, not words
                // said; after a verb that takes speech bare they are (قال الحاكم للصحفيين
                // "عثرنا عليهم" إلا أن), and after one that takes a noun phrase they are its
                // object in the text's own words (أكد الوزير "التضامن الكبير" بين): mixed
                let bare = !verb.nominal && verb.prepositions.is_empty();
                // (not a preposition: قال المحلل لدى "ألتا كورب" في تورنتو)
                let addressed = previous
                    .is_some_and(|i| introduced_by(i) && !self.plays(i, Grammar::Preposition));
                if bare && addressed {
                    return Some(Complement::Quote(p));
                }
                // (not a nickname inside a name: دعا القائد هربرت "هوك" كارلايل الكونغرس; a
                // verb with an object and a bare predicate has the predicate here: اعتبر الحدث
                // "طريقة منحرفة" لإسكات منتقديه)
                let object_goes_on = verb.object_first && verb.prepositions.is_empty()
                    || self.is_function_word(after)
                    || self.word(after).starts_with("ال");
                // (a name before the complementizer is the subject's: رئيس الاتحاد الدولي
                // "فيفا" بأن; one with و starts a second clause: "صادما" وأنها)
                let subject_named =
                    self.is_complementizer(after) && !self.word(after).starts_with('و');
                if verb.nominal
                    && pair.close.is_some()
                    && object_goes_on
                    && !subject_named
                    // (where the object stands: after the subject or a comma, not after a
                    // word with ل, whose own object it is: لطلبه "رشوة" من)
                    && previous.is_some_and(|i| introduced_by(i) && !self.word(i).starts_with('ل'))
                {
                    return Some(Complement::Clause(j, 0));
                }
                return None;
            }
            // (a verb that takes speech bare, past an adjunct, with a short quote ending the
            // clause: وقال الجيش في بيان "يجري بحث التفاصيل"، قال فيها "أخبار جيدة قريبا"; not
            // after a preposition, whose object a quoted name is: قال في حديث مع "سي إن إن")
            // nor a work's title after its possessed noun: وقال في كتابه "موجة لا تهدأ"; and only
            // a few words from a verb of saying or writing itself)
            let speech_verb = verb.speech;
            let near = (j.saturating_sub(7)..j).any(|i| {
                self.verb(i)
                    .is_some_and(|v| v.lemma == verb.lemma && v.class != Class::Noun)
            });
            // (ending the sentence: before a comma a longer quote may follow, أطلق عليها "وحدة
            // الطائرات"، "علمنا أن ...")
            let last = self.is_terminator(after) || after >= self.sentence(j).1;
            let bare_speech = speech_verb
                && near
                && last
                && words >= 2
                && previous.is_some_and(|i| {
                    self.tokens.kind(i) == Kind::Word
                        && !self.plays(i, Grammar::Preposition)
                        && !self.is_function_word(i)
                        && !self.possessed_noun(i)
                });
            let introduced = adjacent
                || said
                || words >= 4
                || bare_speech
                || previous.is_some_and(introduced_by);
            return introduced.then_some(Complement::Quote(p));
        }
        let word = self.word(j);
        for preposition in &verb.prepositions {
            if preposition == "ب" {
                if word == "ب" {
                    return Some(Complement::Clause(j + 1, 0));
                }
                if word.starts_with("بال") {
                    return Some(Complement::Clause(j, 1));
                }
            } else if word == preposition
                // (بالإضافة إلى، فضلا عن، بعيدا عن، نيابة عن: a preposition of its own)
                && !matches!(
                    self.word(j.wrapping_sub(1)),
                    "بالاضافه" | "اضافه" | "فضلا" | "عدا" | "بعيدا" | "نيابه" | "بدلا"
                )
            {
                let next = if self.is_complementizer(j + 1) {
                    j + 2
                } else if self.word(j + 1) == "القول" && self.is_complementizer(j + 2) {
                    // خلصت إلى القول إن: the verbal noun of saying, then what was said
                    j + 3
                } else {
                    j + 1
                };
                return Some(Complement::Clause(next, 0));
            }
        }
        None
    }

    /// Whether the complementizer at `j` opens a clause of time, manner or contrast (قبل أن
    /// يختتم، بعد أن فاز، دون أن يحدد، رغم أنه، إلا أن، إذ أن), not the content of a report;
    /// من قبل أن is "said before that".
    fn adverbial_that(&self, j: usize) -> bool {
        if j == 0 {
            return false;
        }
        let word = self.word(j - 1);
        let bare = super::super::lexicon::strip_conjunction(word).unwrap_or(word);
        let before = matches!(bare, "قبل" | "بعد") && !(j > 1 && self.word(j - 2) == "من");
        before
            || matches!(
                bare,
                "منذ" | "دون" | "بدون" | "رغم" | "برغم" | "الا" | "اذ" | "حتي" | "لولا"
            )
    }

    /// Whether the word at `j`, before a complementizer, makes it a conjunction that opens a
    /// clause of the writer's (بيد أن، غير أن، لاسيما أن، حيث إن، كما أن), not a report's content.
    fn opens_own_clause(&self, j: usize) -> bool {
        self.plays(j, Grammar::OwnClause)
    }

    /// Where a phrase of time at `j` ends, before `limit`: words of time (مطلع، الجاري، آذار),
    /// numbers and the slash between two names of a month (8 آذار/مارس 2018), after في or
    /// not; `j` itself when there is none.
    pub(super) fn past_time(&self, j: usize, limit: usize) -> usize {
        let start = if self.word(j) == "في" { j + 1 } else { j };
        let mut i = start;
        while i < limit
            && (self.plays(i, Grammar::Time)
                || self.tokens.kind(i) == Kind::Number
                // (في التاسع من فبراير: an ordinal day before من and its month)
                || i > start && self.is(i, '/')
                // (كانون الأول، تشرين الثاني)
                || i > start
                    && matches!(self.word(i), "الاول" | "الثاني")
                    && matches!(self.word(i - 1), "كانون" | "تشرين")
                || i > start
                    && self.word(i) == "من"
                    && self.plays(i + 1, Grammar::Time))
        {
            i += 1;
        }
        // (a number alone is no time: أعلن الجيش 5 قتلى)
        let timed = (start..i).any(|t| self.plays(t, Grammar::Time));
        if timed {
            i
        } else {
            j
        }
    }

    /// A verbal noun with the verb's ب a few words after `j`, where the subject's adjectives or
    /// a subject no mention reads stand first (أفادت وسائل إعلام محلية بمقتل، طالبت منظمات
    /// حقوقية دولية بإطلاق سراح): its token. Not past a noun in the accusative, an object
    /// (أقر البرلمان قانونا بأغلبية), nor with a complementizer, a colon or a quote further
    /// on, which mark the content better (أفاد مصدر أمني بمحافظة الأنبار بأن).
    fn verbal_noun_past_words(&self, verb: &Verb, j: usize, limit: usize) -> Option<usize> {
        if !verb.prepositions.iter().any(|p| p == "ب") {
            return None;
        }
        let mut i = j;
        while i < (j + 3).min(limit) && self.plain_word(i) {
            i += 1;
        }
        let word = self.word(i);
        let with_b = i > j
            && i < limit
            && word.starts_with('ب')
            && word.chars().count() > 3
            && self.tokens.kind(i) == Kind::Word
            && !self.is_function_word(i)
            && !self.plays(i, Grammar::Connective)
            && !super::mentions::is_pronoun_phrase(word)
            && !self.mentions.at.contains_key(&i)
            && self.attribution_at(i).is_none()
            // (a compound preposition, no verbal noun: تهدد الأرض بسبب، بشأن، بنسبة)
            && !matches!(
                word,
                "بسبب" | "بشان" | "بفضل" | "بهدف" | "بمناسبه" | "بحضور" | "بمشاركه" | "بقيمه"
                    | "بنسبه" | "بمعدل" | "بشكل" | "بصوره" | "بطريقه" | "بحجه" | "بدعوي"
                    | "بقياده" | "باغلبيه" | "باسم" | "بلاده" | "بلادها" | "بمثابه" | "بارز"
                    | "بارزه" | "بارزون" | "بارزين" | "بشده" | "بقوه"
            )
            // (nor an adjective of the words before, بريطانية، بلجيكي، nor a name before a
            // comma: عارضة أزياء بيلاروسية، شارلوت، والدة الصبي بيلي،)
            && !["يه", "ي", "يون", "يين"].iter().any(|e| word.ends_with(e) && !word.starts_with("بت"))
            && !self.is(i + 1, ',');
        let marked_later = (i..limit).any(|x| {
            self.is_complementizer(x) || self.is(x, ':') || self.speech_opening(x).is_some()
        });
        (with_b && !marked_later).then_some(i)
    }

    /// The word مسؤولية a few words after `from` with words of a noun phrase before it (the
    /// one blamed), no verb, complementizer or mark but a comma between.
    pub(super) fn blamed(&self, from: usize) -> Option<usize> {
        let (_, sentence_end) = self.sentence(from.min(self.tokens.len().saturating_sub(1)));
        for m in from..(from + 10).min(sentence_end) {
            if matches!(self.word(m), "مسءوليه" | "المسءوليه") {
                return (m > from).then_some(m);
            }
            let plain = self.is(m, ',')
                || self.tokens.kind(m) == Kind::Word
                    && self.verb(m).is_none()
                    && !self.is_complementizer(m);
            if !plain {
                return None;
            }
        }
        None
    }

    /// Whether token `j` is an adverb that may stand between a report's subject and its content:
    /// a connective (أيضا، كذلك، بدوره) or one of reflexion, order or manner (ذاته، نفسه، أولا،
    /// بذلك، مجددا، رسميا).
    /// A reflexive is the object of a verb that takes one first (اعتبرت نفسها "...", وصف نفسه).
    fn adverb_after_subject(&self, verb: &Verb, j: usize) -> bool {
        let word = self.word(j);
        let reflexive = matches!(word, "ذاته" | "ذاتها" | "نفسه" | "نفسها" | "انفسهم");
        self.plays(j, Grammar::Connective) && !matches!(word, "كما" | "ثم")
            || reflexive && !verb.object_first
            || matches!(word, "اولا" | "بذلك" | "مجددا" | "رسميا" | "صراحه")
    }

    /// Whether the word at `at` is a verbal noun with `verb`'s preposition as its clitic: ب for
    /// a verb that takes ب (طالب بتضافر), ل for one that takes إلى or على (يدعو لتحسين، تحث
    /// لعدم); not a function word, a pronoun (بها، له), a name, nor ل of the article (للمقاطعة).
    fn clitic_preposition(&self, verb: &Verb, at: usize) -> bool {
        let word = self.word(at);
        let takes = |p: &str| verb.prepositions.iter().any(|x| x == p);
        let clitic = word.starts_with('ب') && takes("ب")
            || word.starts_with('ل') && !word.starts_with("لل") && (takes("الي") || takes("علي"));
        clitic
            && word.chars().count() > 3
            && verbal_noun_shape(&word[word.char_indices().nth(1).map_or(0, |(i, _)| i)..])
            && self.tokens.kind(at) == Kind::Word
            && !self.is_function_word(at)
            && !super::mentions::is_pronoun_phrase(word)
            && !self.mentions.at.contains_key(&at)
            && self.verb(at).is_none()
    }

    /// The charge of an accusation a few words after `j`, where the accused stands (أحد
    /// مهندسيها السابقين، أنتوني ليفاندويسكس، بتحميل; وسائل الإعلام الحكومية بشن): a word with ب,
    /// a verbal noun (of three letters too: بشن), past words and the commas of an apposition,
    /// with no verb, complementizer or other mark before it.
    pub(super) fn charge(&self, j: usize, limit: usize) -> Option<usize> {
        for e in j + 1..(j + 10).min(limit) {
            let word = self.word(e);
            let charge = word.starts_with('ب')
                && word.chars().count() >= 3
                && self.tokens.kind(e) == Kind::Word
                && !self.is_function_word(e)
                && !super::mentions::is_pronoun_phrase(word)
                && !self.mentions.at.contains_key(&e)
                && !["يه", "ي", "يون", "يين"]
                    .iter()
                    .any(|x| word.ends_with(x) && !word.starts_with("بت"));
            if charge {
                return Some(e);
            }
            let plain = self.is(e, ',') && e > j + 1
                || self.tokens.kind(e) == Kind::Word
                    && (e == j || !self.is_function_word(e))
                    && self.verb(e).is_none()
                    && !self.is_complementizer(e)
                    && !self.plays(e, Grammar::Relative)
                    && self.attribution_at(e).is_none();
            if !plain {
                return None;
            }
        }
        None
    }

    /// Whether token `j` is a plain word of a noun phrase: no mark, function word, mention,
    /// reporting word, word with ب, nor an indefinite accusative (قانونا، هجوما).
    fn plain_word(&self, j: usize) -> bool {
        let word = self.word(j);
        self.tokens.kind(j) == Kind::Word
            && self.content_word(j)
            && !word.starts_with('ب')
            && !word.ends_with('ا')
            && !super::mentions::is_pronoun_phrase(word)
            && !self.is_complementizer(j)
            && self.attribution_at(j).is_none()
    }

    /// The subject of a bare past verb no mention read: the plain words between the verb and a
    /// content that starts with the verb's ب (ونددت جمعيات أهلية بإغلاق), as a group
    /// described, not the speaker before. Only for verbs that take no object before their ب
    /// (طالبت الثنائي بعدم، أبلغ أبل بالأمر: the object), and not when the verb's ending
    /// carries the subject (وطالبوا، طالبته).
    fn unread_subject(&self, k: usize, verb: &Verb, complement: &Complement) -> Option<Subject> {
        let &Complement::Clause(at, 1) = complement else {
            return None;
        };
        let word = self.word(k);
        let carried = carries_subject(word);
        // (not a phrase with ل, to whom: تعهدت لأبناء القرية بعدم)
        if verb.class != Class::Verb
            || !verb.objectless
            || carried
            || self.word(k + 1).starts_with('ل')
            || at <= k + 1
            || at > k + 4
            || !self.word(at).starts_with('ب')
            || !(k + 1..at).all(|i| self.plain_word(i))
        {
            return None;
        }
        let (start, stop) = (self.starts(k + 1), self.ends(at - 1));
        Some(Subject {
            speaker: Some(Speaker {
                name: (self.display)(start, stop),
                kind: "group",
                side: self.side_of(k + 1, at),
            }),
            mention: Some((start, stop)),
            role: None,
            how: "description",
            end: at,
        })
    }

    /// The subject of a verb whose content is a noun phrase, at `k`, when no mention read one
    /// and that content would start right after the verb: the words up to where the noun
    /// phrase said starts, which a day (أعلن التحالف العربي، الأربعاء، إحباط، أعلنت يوتيوب
    /// الأحد افتتاح), a noun with a possessive pronoun (وأكد لوبيتيجي ثقته) or a derived
    /// verbal noun after a definite word (أعلنت الخطوط الجوية السعودية تعليق) marks. The
    /// subject and the token the content starts at.
    fn unread_nominal_subject(&self, k: usize, limit: usize) -> Option<(Subject, usize)> {
        let verb = self.word(k);
        // (the verb carries its subject, or has one before it: أعلنوا، التي أعلنت، لكنه أكد;
        // a participle goes on with the subject before it)
        let carried = carries_subject(verb);
        let before = k > 0
            && (self.plays(k - 1, Grammar::Relative)
                || self.plays(k - 1, Grammar::Carrier)
                || self.word(k - 1) == "ما");
        let participle = self.verb(k).is_none_or(|v| v.class != Class::Verb);
        // (a verb, not the verbal noun it is also written as: رغم نفي الأمن، بشأن تجدد)
        let opens =
            self.opens_clause(k) || k > 0 && matches!(self.word(k - 1), "ان" | "لكن" | "ولكن");
        if carried || before || participle || !opens || self.fronted(k).is_some() {
            return None;
        }
        let first = k + 1;
        let written = |j: usize| {
            self.tokens
                .get(j)
                .map_or(String::new(), |t| (self.display)(t.start, t.end))
        };
        let given = |j: usize| self.lexicon.given_names.contains_key(self.word(j));
        // a word a subject can start with: no function word, time, adverb in the accusative
        // (رسميا), noun with a pronoun (اعتزاله), verbal noun (استمرار، التزام، إدانة) or
        // feminine noun after a masculine verb (وأكد ضرورة)
        let head = self.word(first);
        let masculine = self.cue_gender(k) == Some(super::speakers::Gender::Masculine);
        // (nor the verbal noun فعال of a weak verb, أداء، بناء, a noun with the verb's ل,
        // لإجراء، للتحقيق, or الأخير, which points back to someone named before)
        let weak = head.ends_with("اء") && !given(first);
        let joined = head
            .strip_prefix('ل')
            .is_some_and(|rest| rest.starts_with('ل') || derived_noun(rest));
        // (a title or a noun of kin governs the noun after it: وكيل أعماله، شقيقه)
        if !self.subject_word(first)
            || self.title_at(first, true).is_some()
            || weak
            || joined
            || matches!(head, "الاخير" | "الاخيره")
            || head.ends_with('ا')
            || self.possessed_noun(first)
            || derived_noun(head) && !given(first)
            || masculine && written(first).ends_with('ة')
            || head.chars().count() < 4 && !head.starts_with("ال")
        {
            return None;
        }
        let subject = |end: usize, at: usize| {
            let (start, stop) = (self.starts(first), self.ends(end - 1));
            let named = !head.starts_with("ال") && end - first <= 3;
            let person = given(first) || named && masculine;
            // (المعارضون، الفصيلان, not العين)
            let long = head.chars().count() >= 6;
            let plural = !given(first)
                && (head.ends_with("ون")
                    || long
                        && head.starts_with("ال")
                        && ["ين", "ان"].iter().any(|e| head.ends_with(e)));
            let kind = if plural && end - first <= 2 {
                "group"
            } else if person && !self.is_group_word(first) {
                "person"
            } else {
                "institution"
            };
            let speaker = Speaker {
                name: (self.display)(start, stop),
                kind,
                side: self.side_of(first, end),
            };
            (
                Subject {
                    speaker: Some(speaker),
                    mention: Some((start, stop)),
                    role: None,
                    how: "name",
                    end: at,
                },
                at,
            )
        };
        let most = (first + 8).min(limit);
        // a day between commas: whatever words stand before it are the subject (أعلن التحالف
        // العربي لدعم الشرعية في اليمن، الأحد، وصول)
        if let Some(c) = (first + 1..most).find(|&c| self.is(c, ',')) {
            let plain = (first..c).all(|i| {
                self.tokens.kind(i) == Kind::Word
                    && self.verb(i).is_none()
                    && !self.is_complementizer(i)
            });
            let end = self.past_time(c + 1, limit);
            let at = end + 1;
            if plain
                && end > c + 1
                && self.is(end, ',')
                && at < limit
                && self.content_word(at)
                && !self.word(at).starts_with('و')
            {
                return Some(subject(c, at));
            }
        }
        // (في and من inside the subject only before a day: أعلنت شركة مختصة في الأمن
        // الرقمي، الأحد، اكتشاف; a noun after them may be theirs, في فيديو نشره)
        let mut prepositional = false;
        // (further than three words on only past definite words and names: الدول العشر في
        // أمريكا الجنوبية دعمها, not مايكروسوفت مشروع أندروميدا كشيء احتضنته)
        let mut definite = true;
        // (nor past a common noun, one in ة with no article: الصحافة وفاة رضيع عمره)
        let mut common = false;
        let mut j = first + 1;
        while j < most {
            // a day right after a short subject or a definite one: the content starts after
            // it (not أعلن الدفاع المدني مقتل مواطن السبت نتيجة)
            if self.is(j, ',') || self.plays(j, Grammar::Time) {
                if !(j <= first + 2 || definite) {
                    return None;
                }
                let from = j + usize::from(self.is(j, ','));
                let end = self.past_time(from, limit);
                let at = end + usize::from(self.is(end, ','));
                let open = matches!(self.word(j - 1), "في" | "من");
                // (not a day the content goes on with: أيام الأحد والاثنين)
                let then = self.content_word(at) && !self.word(at).starts_with('و');
                if end > from && at < limit && !open && then {
                    return Some(subject(j, at));
                }
                return None;
            }
            // a noun with the subject's pronoun, or a derived verbal noun with its noun, after
            // a definite word or a name, a few words on
            let word = self.word(j);
            let near =
                !prepositional && (j <= first + 3 && !common || definite) && self.content_word(j);
            let possessed = self.possessed_noun(j)
                && !word.starts_with(['ب', 'ل', 'و'])
                && !word.starts_with("ال");
            // (right after the subject's first word, only a form no plural has: ناشطون أكراد)
            let verbal = !given(j)
                && j + 1 < limit
                && self.content_word(j + 1)
                && if written(j - 1).starts_with("ال") {
                    derived_noun(word)
                } else {
                    // (not after a noun that governs it: وكالة تنظيم الأدوية، عصبة مكافحة)
                    let construct =
                        written(first).ends_with('ة') && !given(first) || self.is_group_word(first);
                    j == first + 1 && !construct && super::mentions::is_verbal_noun(word)
                };
            if near && (possessed || verbal) {
                return Some(subject(j, j));
            }
            // (an indefinite verbal noun after a definite word, with the noun it governs
            // after it: أعلنت الكنيسة الروسية قطع صلتها)
            let governing = near
                && written(j - 1).starts_with("ال")
                && !written(j).starts_with("ال")
                && !matches!(word, "في" | "من")
                && self.possessed_noun(j + 1)
                && !self.word(j + 1).starts_with(['ب', 'ل', 'و']);
            if governing {
                return Some(subject(j, j));
            }
            // (no noun in the accusative, an object, nor one with a preposition, انتقاما من،
            // لزيارة، لقتل, nor a verbal noun a noun governs, جنرال إلكتريك ارتفاع عائداتها)
            let joined = word.starts_with('ل') && !word.starts_with("لل");
            let accusative = word.ends_with('ا') && word.chars().count() >= 5;
            if !self.subject_word(j) || joined || accusative || derived_noun(word) && !given(j) {
                return None;
            }
            let named = written(j).starts_with("ال") || self.mentions.at.contains_key(&j);
            let after = j + 1;
            let named_after =
                written(after).starts_with("ال") || self.mentions.at.contains_key(&after);
            if matches!(word, "في" | "من") {
                prepositional |= !named_after;
            } else {
                definite &= named;
                common |= !named && written(j).ends_with('ة') && !given(j);
            }
            j += 1;
        }
        None
    }

    /// Whether token `j` can be a word of a subject no mention read: a word, no function word
    /// (but في and من inside it), verb, time, complementizer or word with ب.
    fn subject_word(&self, j: usize) -> bool {
        let word = self.word(j);
        self.tokens.kind(j) == Kind::Word
            && (!self.is_function_word(j) || matches!(word, "في" | "من"))
            && self.verb(j).is_none()
            && !self.plays(j, Grammar::Time)
            && !self.is_complementizer(j)
            && !word.starts_with('ب')
            && !super::mentions::is_pronoun_phrase(word)
    }

    /// Whether a bare past verb at `k` opens its clause: at the start of a sentence, a line or
    /// after a mark, after a particle, a relative or a pronoun that carries it, or after its
    /// subject.
    fn opens_clause(&self, k: usize) -> bool {
        k == 0
            || self.tokens.kind(k - 1) == Kind::Mark
            || self.tokens.after_break(k)
            || self.sentence(k).0 == k
            || is_auxiliary(self.word(k - 1))
            || matches!(
                self.word(k - 1),
                "لقد"
                    | "وقد"
                    | "فقد"
                    | "كما"
                    | "حيث"
                    | "اذا"
                    | "عندما"
                    | "بعدما"
                    | "لما"
                    | "ثم"
                    | "وكان"
                    | "فيما"
                    | "بينما"
            )
            || self.plays(k - 1, Grammar::Relative)
            || self.plays(k - 1, Grammar::Carrier)
            || self.fronted(k).is_some()
    }

    /// A source's wish to stay unnamed at `i` (طلب عدم الكشف عن هويته، عدم نشر اسمه).
    fn unnamed(&self, i: usize) -> bool {
        self.word(i) == "عدم"
            && matches!(
                self.word(i + 1),
                "الكشف" | "كشف" | "نشر" | "ذكر" | "الافصاح" | "الاشاره"
            )
    }

    /// Where a request's content starts past the one asked, after طلب and its subject (طلبت
    /// الشرطة من السكان البقاء، طلب منه الرئيس التوقف، طلب من نظيره التركي رجب طيب أردوغان
    /// الإفراج): the addressee's mentions, or a noun with its genitive and adjectives, after
    /// من.
    fn request(&self, j: usize, limit: usize) -> Option<usize> {
        let mut e = j;
        if matches!(
            self.word(j),
            "منه" | "منها" | "منهم" | "منهما" | "منا" | "مني" | "منكم"
        ) {
            e = j + 1;
            // (طلب منه الرئيس التوقف: the subject after the one asked)
            if let Some(&m) = self.mentions.at.get(&e) {
                e = self.mentions.list[m].end.max(e + 1);
            }
        } else if self.word(j) == "من" && self.word(j + 1) != "اجل" {
            e = j + 1;
            if self.mentions.at.contains_key(&e) {
                while let Some(&m) = self.mentions.at.get(&e) {
                    e = self.mentions.list[m].end.max(e + 1);
                }
            } else {
                // (من فريق الدعم إعادة، من دول العالم التوقف: a noun with its genitive)
                let construct = !self.word(e).starts_with("ال")
                    && self.word(e + 1).starts_with("ال")
                    && !self.mentions.at.contains_key(&(e + 1));
                // (من الجانب الأردني إرسال: the addressee's adjectives)
                e = self.past_adjectives(e + 1 + usize::from(construct), limit);
            }
        }
        // (من الجيش والفرق الطبية توفير: a second addressee)
        if self.word(e).starts_with("وال") && e > j + 1 {
            e = self.past_adjectives(e + 1, limit);
        }
        // (not past a relative clause on the addressee: من المستخدمين الذين يعانون)
        if e >= limit || self.unnamed(e) || self.plays(e, Grammar::Relative) {
            return None;
        }
        (e > j && self.content_word(e)).then_some(e)
    }

    /// Where the definite adjectives from `e` on (الأردني، الطبية) end, before `limit`.
    fn past_adjectives(&self, mut e: usize, limit: usize) -> usize {
        while e < limit
            && self.word(e).starts_with("ال")
            && ["ي", "يه", "يين", "يون"]
                .iter()
                .any(|x| self.word(e).ends_with(x))
        {
            e += 1;
        }
        e
    }

    /// Whether a noun phrase can start at `j` as content: a word that is not a function word,
    /// a preposition-led word or a mention.
    pub(super) fn content_word(&self, j: usize) -> bool {
        let word = self.word(j);
        !word.is_empty()
            && !self.is_function_word(j)
            && !word.starts_with("لل")
            && !self.mentions.at.contains_key(&j)
            && self.verb(j).is_none()
    }

    /// Whether token `j` is a noun with a possessive pronoun as written (حرصه، رفضها،
    /// التزامهم; not the ة of a noun, which folds to ه), no adverb (بدوره، حينها، نفسه).
    fn possessed_noun(&self, j: usize) -> bool {
        let Some(token) = self.tokens.get(j) else {
            return false;
        };
        // (the pronoun read on the written word: a ة is no ه)
        let written = (self.display)(token.start, token.end);
        let Some(pronoun) = ["هما", "هم", "ها", "ه"]
            .into_iter()
            .find(|p| written.ends_with(p))
        else {
            return false;
        };
        let stem = self.word(j).strip_suffix(pronoun).unwrap_or_default();
        // (a preposition with its pronoun: عليه، إليها، لديهم، خلاله)
        let preposition = self.lexicon.is(stem, Grammar::Preposition);
        stem.chars().count() >= 3
            && !preposition
            && self.content_word(j)
            && !self.plays(j, Grammar::Time)
            && !matches!(
                self.word(j),
                "نفسه"
                    | "نفسها"
                    | "نفسهم"
                    | "بنفسه"
                    | "بنفسها"
                    | "ذاته"
                    | "ذاتها"
                    | "بدوره"
                    | "بدورها"
                    | "حينها"
                    | "بعدها"
                    | "قبلها"
                    | "وحده"
                    | "وحدها"
            )
    }

    /// Whether token `j` starts another report: a reporting word or an attribution phrase.
    pub(super) fn starts_cue(&self, j: usize) -> bool {
        self.lexicon
            .verb(self.word(j))
            .is_some_and(|v| v.class != Class::Noun && self.reports_here(j, v))
            || self.attribution_at(j).is_some()
    }

    /// Whether the reporting word `v` at `j` can report here: a document's verb with a
    /// document after it, a verb that reports only with "preposition أن" with that ahead.
    pub(super) fn reports_here(&self, j: usize, v: &Verb) -> bool {
        (!v.document || self.plays(j + 1, Grammar::Document))
            && (!v.blame || self.blamed(j + 1).is_some())
            && (!v.that || self.that_within(v, j + 1, j + 8).is_some())
            && (!v.marked || self.speech_marked_within(j + 1, j + 12))
            && !(v.class == Class::Participle && self.after_copula(j))
    }

    /// Whether a form of كان or its sisters stands before `j`, right before it or before its
    /// definite subject of a few words: a participle there is their predicate, passive or an
    /// adjective (كان متوقعا، بات مهددا، ليس مستبعدا، كان المنتخب مطالبا بالفوز), no report.
    pub(super) fn after_copula(&self, j: usize) -> bool {
        (j.saturating_sub(4)..j)
            .rev()
            // (a definite subject between: كان المنتخب المغربي مطالبا; not an indefinite
            // predicate, after which the participle is the speaker's: ليست مشكلة، لافتا إلى أن)
            .take_while(|&i| i + 1 == j || self.word(i + 1).starts_with("ال"))
            .any(|i| self.copula(i))
    }

    fn copula(&self, k: usize) -> bool {
        let word = self.word(k);
        let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        matches!(
            word,
            "كان"
                | "كانت"
                | "يكون"
                | "تكون"
                | "يكن"
                | "تكن"
                | "بات"
                | "باتت"
                | "اصبح"
                | "اصبحت"
                | "يصبح"
                | "تصبح"
                | "ليس"
                | "ليست"
                | "ظل"
                | "ظلت"
                | "صار"
                | "صارت"
        )
    }

    /// Whether a colon or an opening mark of speech stands in `from..to` before the clause
    /// ends: a `marked` verb (زاد، واصل) reports only then, and cuts no content otherwise
    /// (فيما زاد عدد السفن is no report).
    fn speech_marked_within(&self, from: usize, to: usize) -> bool {
        (from..to)
            .take_while(|&i| !self.is_terminator(i) && !self.is(i, ','))
            .any(|i| self.is(i, ':') && !self.clock_colon(i) || self.speech_opening(i).is_some())
    }

    /// The first preposition of a `that` verb taking a clause in `from..to`, before any mark
    /// (the end of the sentence included), and where its content starts.
    fn that_within(&self, v: &Verb, from: usize, to: usize) -> Option<(usize, usize)> {
        (from..to)
            .take_while(|&i| self.mark(i).is_none())
            .find_map(|i| self.that_at(v, i).map(|at| (i, at)))
    }

    /// Where the content starts when a `that` verb's preposition at `i` takes a clause: after
    /// its complementizer (إلى أن) or the verbal noun of saying and its complementizer (إلى
    /// القول إن).
    fn that_at(&self, v: &Verb, i: usize) -> Option<usize> {
        if !v.prepositions.iter().any(|p| p == self.word(i)) {
            return None;
        }
        if self.is_complementizer(i + 1) {
            Some(i + 2)
        } else if self.word(i + 1) == "القول" && self.is_complementizer(i + 2) {
            Some(i + 3)
        } else {
            None
        }
    }

    /// Whether أبرز at `k` is the superlative: with a possessive pronoun (أبرزها، أبرزهم: "the
    /// most prominent of them"; the verb's object is seldom a pronoun) or after a word that
    /// takes a noun (أحد أبرز، وهو أبرز، بين أبرز).
    fn superlative(&self, k: usize) -> bool {
        let word = self.word(k);
        let bare = super::super::lexicon::strip_conjunction(word).unwrap_or(word);
        let pronoun = POSSESSIVES
            .iter()
            .any(|p| bare.strip_suffix(p).is_some_and(|r| r == "ابرز"));
        let head = k > 0
            && matches!(
                self.word(k - 1),
                "احد" | "احدي" | "هو" | "وهو" | "هي" | "وهي" | "بين" | "كان" | "كانت"
            );
        (bare == "ابرز" && head) || pronoun
    }

    /// بيّن at `k`: the bare past is spelt as the preposition بين once its shadda is folded
    /// (the display form folds it too); it is the verb at the head of a sentence or after a
    /// comma, with a subject and a complementizer right after it (وبين المنصوري أن، من جانبه،
    /// بيّن المحامي أن), where the preposition never stands.
    fn stressed(&self, k: usize) -> bool {
        let word = self.word(k);
        if !matches!(word, "بين" | "وبين" | "فبين") {
            return false;
        }
        let head = self.lead(self.sentence(k).0).0 == k || k > 0 && self.is(k - 1, ',');
        // (the mentions stage read بين as the preposition: its subject as governed; with no
        // subject, وبيّن أن goes on with the speaker before, as وأوضح أن does)
        head && (self.is_complementizer(k + 1)
            || self
                .subject(k + 1, true)
                .is_some_and(|s| s.mention.is_some() && self.is_complementizer(s.end)))
    }

    /// Sources relayed between the subject and the content (وكالة تاس، عن الكرملين، بأن).
    pub(super) fn relayed(&self, from: usize, to: usize) -> Vec<String> {
        let mut sources = Vec::new();
        for j in from..to {
            if self.word(j) == "عن" {
                if let Some(&m) = self.mentions.at.get(&(j + 1)) {
                    if let Some(s) = self.resolve(&self.mentions.list[m]) {
                        sources.push(s.name);
                    }
                }
            }
        }
        sources
    }

    /// The first source relayed between the subject and the content, with the name in
    /// apposition to its title (عن مبعوث الرئيس الروسي، ألكسندر لافرينتييف، قوله).
    fn relayed_source(&self, from: usize, to: usize) -> Option<Speaker> {
        (from..to)
            .filter(|&j| self.word(j) == "عن")
            .find_map(|j| self.subject(j + 1, true).and_then(|s| s.speaker))
    }

    /// A past reporting verb after كما or مثلما ("as"), with nothing to say of its own after its
    /// subject but an adjunct, at the end of its sentence: the sentence before it is what was
    /// said (أقيل رئيس الأركان ...، كما أفادت وسائل إعلام رسمية؛ ...، كما قال عباس.). The
    /// content is the sentence up to كما, as with a postposed بحسب.
    fn as_said(&mut self, k: usize, verb: &Verb, subject: Option<&Subject>) -> Option<usize> {
        if verb.class != Class::Verb || k < 4 || !matches!(self.word(k - 1), "كما" | "مثلما")
        {
            return None;
        }
        let (sentence_start, sentence_end) = self.sentence(k);
        // (not a question: ما هي مبررات التدخل كما يرى اليمنيون؟ asks what they see)
        let last = sentence_end.saturating_sub(1);
        if self.is(last, '?') || self.is(last, '؟') {
            return None;
        }
        // (an adjunct after the subject, of a few words with no verb: أمام مجلس اللوردات، في
        // حوار مع "العربية"; not a clause, which is something else said or done)
        let after = subject.map_or(k + 1, |s| s.end);
        let rest = (after..sentence_end)
            .filter(|&j| self.mark(j).is_none())
            .count();
        if rest > 6 || (after..sentence_end).any(|j| self.verb(j).is_some() || self.is(j, ',')) {
            return None;
        }
        let lead = self.lead(sentence_start);
        let end = if self.is(k - 2, ',') { k - 2 } else { k - 1 };
        let words = (lead.0..end)
            .filter(|&j| self.tokens.kind(j) == Kind::Word)
            .count();
        if words < 4 {
            return None;
        }
        let (speaker, mention, role, how) = match subject {
            Some(s) => (s.speaker.clone(), s.mention, s.role, s.how),
            None => (
                self.implied(k, Antecedent::Subject),
                None,
                None,
                "continuation",
            ),
        };
        let draft = Draft {
            kind: "indirect",
            cue: Some((self.starts(k), self.ends(k))),
            cue_lemma: Some(verb.lemma.clone()),
            speaker,
            mention,
            speaker_ref: how,
            role,
            confidence: 0.85,
            sentence: self.sentence_of(k),
            ..Draft::default()
        };
        self.finish(lead.0, lead.0, lead.1, end, draft)?;
        for j in end..sentence_end {
            self.covered[j] = true;
        }
        Some(sentence_end)
    }

    /// A quote before its cue: "..."، قال المتحدث.
    pub(super) fn postposed(
        &mut self,
        k: usize,
        verb: &Verb,
        subject: Option<Subject>,
    ) -> Option<usize> {
        let subject = subject?;
        if verb.class != Class::Verb || k < 2 {
            return None;
        }
        let before = if self.is(k - 1, ',') { k - 2 } else { k - 1 };
        // a quote ends its paragraph: the verb on the next line starts another one
        if self.tokens.after_break(k) || self.tokens.after_break(before + 1) {
            return None;
        }
        let p = self.marks.pair_at(before)?;
        let pair = self.marks.pair(p);
        if pair.label || pair.close != Some(before) || pair.open.is_none() {
            return None;
        }
        if pair.end <= pair.first || (pair.first..pair.end).any(|j| self.covered[j]) {
            return None;
        }
        let draft = Draft {
            kind: "direct",
            content: self.inside(&pair),
            cue: Some((self.starts(k), self.ends(k))),
            cue_lemma: Some(verb.lemma.clone()),
            speaker: subject.speaker,
            mention: subject.mention,
            speaker_ref: subject.how,
            role: subject.role,
            confidence: 0.9,
            sentence: self.sentence_of(k),
            ..Draft::default()
        };
        let open = pair.open.unwrap_or(pair.first);
        self.record(open, subject.end, draft);
        Some(subject.end)
    }

    /// An attribution phrase at `k` of `len` words: بحسب المصدر نفسه، وفقاً لما ذكره البيت
    /// الأبيض، ووفقا له.
    pub(super) fn attribution(&mut self, k: usize, len: usize, then: Then) -> Option<usize> {
        let last = k + len - 1;
        // وفقا للكرملين، وفقا له: the source is joined to the phrase's ل
        let joined = then == Then::Source && len > 1 && self.joins_l(last);
        let mut q = if joined { last } else { k + len };
        let mut lemma = None;
        if then == Then::Verb {
            lemma = Some(self.lexicon.verb_with_object(self.word(q))?.lemma.clone());
            q += 1;
            // وفقا لما صرح به زعيم ...: the pronoun the verb takes is not the source
            if matches!(self.word(q), "به" | "بها" | "له" | "لها" | "عنه" | "عنها")
            {
                q += 1;
            }
            // حسبما أعلن الاثنين مسؤولون: past a day or an adverb before the source
            if self.is_function_word(q)
                && !self.plays(q, Grammar::SourcePronoun)
                && self.word(q + 1).chars().count() > 2
                && !self.is_function_word(q + 1)
            {
                q += 1;
            }
        }
        let (speaker, mention, role, how, after, cue_end) =
            if self.plays(q, Grammar::SourcePronoun) || self.possessed_source(q, joined) {
                (None, None, None, "pronoun", q + 1, self.ends(q))
            } else if then == Then::Pronoun {
                return None;
            } else if then == Then::Document {
                let issued = self.mentions.at.get(&q).is_some_and(|&m| {
                    matches!(
                        self.mentions.list[m].refers,
                        Some(Refers::Issuer | Refers::Author)
                    )
                });
                if !(self.plays(q, Grammar::Document) || issued) {
                    return None;
                }
                let s = self.subject(q, true)?;
                (s.speaker, s.mention, s.role, s.how, s.end, self.ends(q - 1))
            } else {
                if self.norm(q) {
                    return None;
                }
                let s = self
                    .subject(q, true)
                    .or_else(|| self.quoted_source(q))
                    .or_else(|| self.bare_source(q))?;
                let cue_end = if joined {
                    self.starts(last) + 1
                } else {
                    self.ends(q - 1)
                };
                (s.speaker, s.mention, s.role, s.how, s.end, cue_end)
            };
        // وحسب "رويترز"، قال كارني إن ...، بحسب "فرانس برس"، قائلا: an aside of the report that
        // follows, which has its own speaker and content
        let next = if self.is(after, ',') {
            after + 1
        } else {
            after
        };
        let (sentence_start, sentence_end) = self.sentence(k);
        let lead = self.lead(sentence_start);
        // (but after a sentence with no reporting word, a participle goes on with the source the
        // phrase names: ارتفع عدد المستوطنين ...، وفقا لما صرح به زعيم مستوطنين، متوقعا زيادة
        // ...: the phrase covers what came before, the participle reports on its own)
        let participle = self
            .verb(next)
            .is_some_and(|v| v.class == Class::Participle)
            && k > lead.0
            && !(sentence_start..k).any(|j| self.covered[j] || self.verb(j).is_some());
        if self.verb(next).is_some_and(|v| v.class != Class::Noun)
            && self.starts_cue(next)
            && !participle
        {
            return None;
        }
        let participle = participle && self.starts_cue(next);
        let draft = |reader: &Self, speaker: Option<Speaker>| Draft {
            kind: "indirect",
            cue: Some((reader.starts(k), cue_end)),
            cue_lemma: lemma.clone(),
            speaker,
            mention,
            speaker_ref: how,
            role,
            confidence: 0.85,
            sentence: reader.sentence_of(k),
            ..Draft::default()
        };
        if k <= lead.0 {
            // ووفقا له، فإن ...: the content follows
            let mut at = after;
            if self.is(at, ',') {
                at += 1;
            }
            if self.is_complementizer(at) {
                at += 1;
            }
            // (وبحسب الإدعاء، فقد سحبت ...، فلقد انتهك، فالحكومة: the ف that opens the main
            // clause after the fronted phrase, and فقد with it, are no part of what was said)
            let word = self.word(at);
            let mut prefix = 0;
            if word == "فقد" {
                at += 1;
            } else if let Some(rest) = word.strip_prefix('ف') {
                if rest.starts_with("ال") || rest == "لقد" {
                    prefix = 1;
                }
            }
            let speaker = speaker.or_else(|| self.implied(k, Antecedent::Speaker));
            let draft = draft(self, speaker);
            let end = self.clause_end(at);
            return self.finish(k, at, prefix, end, draft);
        }
        let comma_before = self.is(k - 1, ',');
        // (not before a time that ends the sentence: ...، وفق ما أعلن رئيس الهيئة، الفريق
        // فلان، السبت.)
        let timed = self.past_time(after + 1, sentence_end);
        let parenthetical = comma_before
            && !participle
            && self.is(after, ',')
            && after + 1 < sentence_end
            && !self.is_terminator(after + 1)
            && !(timed > after + 1 && (timed >= sentence_end || self.is_terminator(timed)));
        if parenthetical {
            // يسعى ترامب، بحسب قوله، إلى ...: the whole clause around it
            let from = (sentence_start..k - 1)
                .rev()
                .find(|&j| self.is(j, ','))
                .map_or(lead, |j| self.lead(j + 1));
            let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
            let draft = draft(self, speaker);
            let end = self.clause_end(after + 1);
            return self.finish(from.0, from.0, from.1, end, draft);
        }
        // ...، بحسب المصدر نفسه: the content is what came before
        let end = if comma_before { k - 1 } else { k };
        if end <= lead.0 {
            return None;
        }
        let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
        let draft = draft(self, speaker);
        self.finish(lead.0, lead.0, lead.1, end, draft)?;
        let stop = if participle {
            next
        } else {
            sentence_end.max(after).min(self.tokens.len())
        };
        for j in end..stop {
            self.covered[j] = true;
        }
        Some(stop)
    }

    /// A headline in the form "speaker: content" (البيت الأبيض: مفاوضات ...، بومبيو عن
    /// المحادثات: ...), at the start of a line or of a sentence of one: the speaker is a name
    /// at its start, one the lexicon knows or the document introduces anywhere.
    pub(super) fn headline(&mut self, k: usize) -> Option<usize> {
        let (_, end) = self.sentence(k);
        // a headline is short; a paragraph of the body may say "speaker: \"...\"" at any
        // length (الاتحاد المغربي لكرة القدم: "أود أن أهنئ ..."), when the marks close it
        let long = end - k > 30;
        let (speaker, name, first_end) = match self.mentions.at.get(&k) {
            Some(&m) => {
                let mention = &self.mentions.list[m];
                // (a description names its speaker too: لجنة حماية الصحفيين الدولية: ...،
                // المحكمة الدستورية العليا بمصر: ...)
                let named = mention.how == "name"
                    || mention.how == "description" && mention.speaker.is_some();
                if !named || mention.governed {
                    return None;
                }
                (mention.speaker.clone(), mention.name, mention.end)
            }
            None => {
                let (len, speaker) = self
                    .learned_at_start(k)
                    .or_else(|| self.reporting_in_body(k))?;
                let name = (self.starts(k), self.ends(k + len - 1));
                (Some(speaker), name, k + len)
            }
        };
        // مصر: السيسي يفتتح ...: a place before a headline's colon is its topic, not a speaker
        if speaker.as_ref().is_some_and(|s| s.kind == "place") {
            return None;
        }
        // the colon, right after the name or a few words on (بومبيو عن المحادثات:)
        let colon = (first_end..end.min(first_end + 10)).find(|&j| {
            self.mark(j)
                .is_some_and(|c| matches!(c, ':' | ',' | '.' | '!' | '?'))
        })?;
        if !self.is(colon, ':') || (first_end..colon).any(|j| self.verb(j).is_some()) {
            return None;
        }
        let at = colon + 1;
        if end <= at + 1 {
            return None;
        }
        let draft = Draft {
            kind: "direct",
            cue: Some((self.starts(colon), self.ends(colon))),
            speaker,
            mention: Some(name),
            speaker_ref: "name",
            confidence: 0.5,
            sentence: self.sentence_of(k),
            ..Draft::default()
        };
        if let Some(p) = self.speech_opening(at) {
            let pair = &self.marks.pair(p);
            if pair
                .close
                .is_some_and(|c| c + 1 >= end || self.is_terminator(c + 1))
            {
                return self.direct(k, p, draft);
            }
        }
        if long {
            return None;
        }
        let end = self.clause_end(at);
        self.finish(k, at, 0, end, draft)
    }

    /// The speaker of the document's title "X: ..." that no lexicon knows (أرامكو، الصحة
    /// العالمية): up to four words before the colon, with no verb, that the body names as the
    /// subject of a reporting verb, at most two words after it (أعلنت منظمة الصحة العالمية،
    /// وذكرت شركة أرامكو). A topic (كأس العالم: ...، فساد: ...) is no such subject.
    fn reporting_in_body(&self, k: usize) -> Option<(usize, Speaker)> {
        if k != 0 {
            return None;
        }
        let colon = (1..6.min(self.tokens.len())).find(|&j| self.mark(j).is_some())?;
        if !self.is(colon, ':') || self.tokens.after_break(colon) {
            return None;
        }
        let plain = (0..colon).all(|j| {
            self.tokens.kind(j) == Kind::Word
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && !self.tokens.after_break(j)
        });
        if !plain {
            return None;
        }
        let body = (colon..self.tokens.len()).find(|&j| self.tokens.after_break(j))?;
        let named_at = |p: usize| {
            p + colon <= self.tokens.len() && (0..colon).all(|i| self.word(p + i) == self.word(i))
        };
        let spoke = (body..self.tokens.len()).any(|j| {
            self.verb(j).is_some_and(|v| v.class == Class::Verb)
                && (j + 1..(j + 4).min(self.tokens.len())).any(named_at)
        });
        if !spoke {
            return None;
        }
        let name = (self.display)(self.starts(0), self.ends(colon - 1));
        Some((
            colon,
            Speaker {
                name,
                kind: "institution",
                side: None,
            },
        ))
    }

    /// A name the document introduced, at token `k` (with a conjunction on it): its length
    /// and who it names.
    fn learned_at_start(&self, k: usize) -> Option<(usize, Speaker)> {
        let learned = &self.mentions.learned;
        if learned.is_empty() {
            return None;
        }
        for form in self.words.of(k, true).take(2) {
            for len in (1..=3).rev() {
                // a name of `len` words needs `len` words left: the text may end before
                if (1..len).any(|i| self.words.whole(k + i).text.is_empty()) {
                    continue;
                }
                let mut key = form.skeleton.to_owned();
                for i in 1..len {
                    key.push(' ');
                    key.push_str(self.words.whole(k + i).skeleton);
                }
                if let Some(speaker) = learned.get(&key) {
                    return Some((len, speaker.clone()));
                }
            }
        }
        None
    }

    /// A name in quotation marks as the subject right after a verb, before a complementizer
    /// or an apposition: أعلنت "ألفابت"، الشركة الأم، أن ...; وأكد "حساب المواطن" بأنه.
    fn quoted_subject(&self, k: usize) -> Option<Subject> {
        let p = self.marks.pair_at(k)?;
        let pair = &self.marks.pair(p);
        let close = pair.close?;
        let words = (pair.first..pair.end)
            .filter(|&j| !self.word(j).is_empty())
            .count();
        let after = close + 1;
        // (نفت "فيسبوك" معرفتها: a noun whose possessive pronoun takes the name back)
        let possessor = words <= 3 && self.content_word(after) && self.possessed(after);
        // وأوضحت "غوغل" على مدونتها "..."، ونقلت "وول ستريت جورنال" عن مسؤولين أن: a short
        // name in marks, then an adjunct and the content further on in the sentence (a
        // complementizer, a colon or speech in marks, with no other report between), is the
        // subject; quoted words the verb reports are not followed by a content of their own
        // (past the name's adjectives and a day: "نيويورك تايمز" الأمريكية أن، "نايكي" الأحد
        // إنها)
        let mut j = after;
        while j < after + 3
            && (self.plays(j, Grammar::Time)
                || self.word(j).starts_with("ال") && self.is_side(j) && !self.is_function_word(j))
        {
            j += 1;
        }
        let (_, sentence_end) = self.sentence(k);
        let limit = sentence_end.min(j + 12);
        // (or a comma: "بلومبرغ"، نقلا عن مصادر، إن)
        let adjunct = self.plays(j, Grammar::Preposition)
            || self.word(j).starts_with('ل') && self.word(j).chars().count() > 3
            || self.is(j, ',');
        // (not what a verb of naming calls something: اعتبر "الأول من نوعه" في المنطقة)
        let naming = self.verb(k.wrapping_sub(1)).is_some_and(|v| v.naming);
        let content_later = words <= 3
            && adjunct
            && !naming
            && (j + 1..limit)
                .take_while(|&i| !self.starts_cue(i) || self.word(i) == "نقلا")
                .any(|i| {
                    // (not a contrast's أن: وطلب "إلغاء القرار"، غير أن)
                    let contrast = matches!(self.word(i - 1), "غير" | "الا" | "بيد");
                    self.is_complementizer(i) && !self.word(i).starts_with('ف') && !contrast
                        || self.is(i, ':')
                        || self.speech_opening(i).is_some()
                });
        let named = self.is_complementizer(after)
            || j > after && self.is_complementizer(j) && !naming
            || self.is(after, ',') && self.word(after + 1).starts_with("ال")
            || possessor
            || content_later;
        if pair.open != Some(k) || words == 0 || words > 4 || !named {
            return None;
        }
        Some(self.quoted_name(pair.first..pair.end, after))
    }

    /// The name in quotation marks over `words` as a subject that ends at token `end`: an
    /// organisation, named as the text writes it.
    fn quoted_name(&self, words: std::ops::Range<usize>, end: usize) -> Subject {
        let (start, stop) = (self.starts(words.start), self.ends(words.end - 1));
        Subject {
            speaker: Some(Speaker {
                name: (self.display)(start, stop),
                kind: "institution",
                side: None,
            }),
            mention: Some((start, stop)),
            role: None,
            how: "name",
            end,
        }
    }

    /// Whether the source of an attribution phrase at `q` is a noun with a possessive pronoun
    /// (وطبقا لأرقامه، بحسب تقديراتها، وفقا لموقعها): its owner, named before, is the source,
    /// as with قوله. A name no lexicon knows is never written with a pronoun on it.
    fn possessed_source(&self, q: usize, joined: bool) -> bool {
        if self.mentions.at.contains_key(&q) {
            return false;
        }
        let Some(token) = self.tokens.get(q) else {
            return false;
        };
        let word = self.word(q);
        let word = if joined {
            word.strip_prefix('ل').unwrap_or(word)
        } else {
            word
        };
        let shown = (self.display)(token.start, token.end);
        let stem = POSSESSIVES.iter().find_map(|p| word.strip_suffix(p));
        token.kind == Kind::Word
            && !word.starts_with("ال")
            && !self.lexicon.given_names.contains_key(word)
            && stem.is_some_and(|s| s.chars().count() >= 3)
            && (shown.ends_with('ه') || shown.ends_with("ها") || shown.ends_with("هم"))
            && (self.mark(q + 1).is_some() || self.is_function_word(q + 1))
    }

    /// Whether the noun phrase at `at` (past `prefix` code points of proclitic) names a topic
    /// or a product (`topic` in grammar.tsv, with ال or a possessive pronoun: التفاصيل،
    /// هاتفها) or opens with a word in Latin letters (a product's name: iPhone XS).
    fn topic(&self, at: usize, prefix: usize) -> bool {
        let word = super::text::after(self.word(at), prefix);
        if word.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return true;
        }
        // (3 هواتف جديدة: a number, then what it counts)
        if self.tokens.kind(at) == Kind::Number && prefix == 0 {
            return self.topic(at + 1, 0);
        }
        let bare = word.strip_prefix("ال").unwrap_or(word);
        let topic = |w: &str| {
            self.lexicon
                .grammar
                .get(w)
                .is_some_and(|roles| roles.contains(&Grammar::Topic))
        };
        // (نسختها: the ة before a pronoun is written ت)
        topic(bare)
            || POSSESSIVES
                .iter()
                .filter_map(|p| bare.strip_suffix(p))
                .any(|stem| {
                    topic(stem)
                        || stem
                            .strip_suffix('ت')
                            .is_some_and(|s| topic(&format!("{s}ه")))
                })
    }

    /// Whether token `j` is a noun with a third person possessive pronoun on a stem of three
    /// letters or more (اعتزامها، استقالته، معرفتهم), not with the article: as written, since
    /// a folded ة is an ه too.
    fn possessed(&self, j: usize) -> bool {
        let word = self.word(j);
        let Some(token) = self.tokens.get(j) else {
            return false;
        };
        let shown = (self.display)(token.start, token.end);
        !word.starts_with("ال")
            && POSSESSIVES
                .iter()
                .find_map(|p| shown.strip_suffix(p))
                .is_some_and(|stem| stem.chars().count() >= 3)
    }

    /// The source an attribution phrase names with words no lexicon knows (بحسب نقابيين،
    /// وفقا لخبراء مستقلين): up to four words before a mark or a function word.
    /// Whether the word at `q` after an attribution phrase is a measure, standard or custom the
    /// clause conforms to, not a source: وفق المعايير الدولية، وفقا للتقاليد، حسب التصنيف.
    fn norm(&self, q: usize) -> bool {
        let word = self.word(q);
        // (a given name is a source: بحسب عمر الخطيب، وفقا لعمر الخطيب, not العمر)
        let given = |w: &str| self.lexicon.given_names.contains_key(w);
        if given(word) || word.strip_prefix('ل').is_some_and(given) {
            return false;
        }
        // (with ال, or the phrase's ل joined to it: لقرار، للتقاليد)
        [
            word.strip_prefix("ال"),
            word.strip_prefix('ل'),
            word.strip_prefix("لل"),
        ]
        .into_iter()
        .flatten()
        .chain([word])
        .any(|w| {
            self.lexicon
                .grammar
                .get(w)
                .is_some_and(|roles| roles.contains(&Grammar::Norm))
        })
    }

    /// A quoted name as the source of an attribution phrase (بحسب ما نقلت "إر تي إل"
    /// الفرنسية، فإن ...): the name, and the adjectives after it.
    fn quoted_source(&self, q: usize) -> Option<Subject> {
        let pair = self.marks.pair(self.marks.pair_at(q)?);
        let close = pair.close?;
        if !pair.label || pair.open != Some(q) || pair.end <= pair.first {
            return None;
        }
        let mut end = close + 1;
        while end < close + 4
            && self.word(end).starts_with("ال")
            && !self.is_function_word(end)
            && self.verb(end).is_none()
        {
            end += 1;
        }
        Some(self.quoted_name(pair.first..pair.end, end))
    }

    fn bare_source(&self, q: usize) -> Option<Subject> {
        let mut end = q;
        while end < q + 4
            && self.tokens.get(end).is_some_and(|t| t.kind == Kind::Word)
            && !self.is_function_word(end)
            && !self.is_complementizer(end)
            && self.verb(end).is_none()
        {
            end += 1;
        }
        let boundary =
            self.mark(end).is_some() || self.is_function_word(end) || end >= self.tokens.len();
        if end == q || !boundary {
            return None;
        }
        // وفقا لخبراء: the ل of the phrase is on the source
        let prefix = usize::from(self.word(q).starts_with('ل') && self.word(q).chars().count() > 3);
        let (start, stop) = (self.starts(q) + prefix, self.ends(end - 1));
        Some(Subject {
            speaker: Some(Speaker {
                name: (self.display)(start, stop),
                kind: "group",
                side: self.side_of(q, end),
            }),
            mention: Some((start, stop)),
            role: None,
            how: "description",
            end,
        })
    }
}

/// Whether `word`, a form of the verb `lemma`, carries an object pronoun (وصفها، اتهمهم، وصفته).
fn object_pronoun(word: &str, lemma: &str) -> bool {
    let Some(last) = lemma.chars().last() else {
        return false;
    };
    ["ه", "ها", "هم"]
        .iter()
        .filter_map(|p| word.strip_suffix(p))
        // وصفه، وصفته، وصفوه
        .map(|rest| {
            rest.strip_suffix('ت')
                .or_else(|| rest.strip_suffix('و'))
                .unwrap_or(rest)
        })
        .any(|rest| rest.ends_with(last))
}

/// Whether `rest`, a word with its preposition ب or ل taken off, has the shape of a verbal noun:
/// three letters (وقف، فرض، عدم), a derived form with ت، ا or م before its root (تحسين، إجراء،
/// استقالة، مقاطعة), or فِعالة (زيارة، حماية). Not a name or a noun whose root starts with the
/// letter (بلاده، برشلونة، لاعبيه، لجنة، بيان), nor a plural or a relation (ين، ون، ي).
fn verbal_noun_shape(rest: &str) -> bool {
    let letters: Vec<char> = rest.chars().collect();
    let n = letters.len();
    // (فِعالة, and تفعيل whatever its ending: تحسين، تعيين)
    if n == 5 && letters[2] == 'ا' && rest.ends_with('ه')
        || rest.starts_with('ت') && n >= 5 && !rest.ends_with("يين") && !rest.ends_with("ون")
    {
        return true;
    }
    if rest.starts_with(['ي', 'و']) || ["ين", "ون", "ي", "يه"].iter().any(|e| rest.ends_with(e))
    {
        return false;
    }
    match n {
        3 => !rest.ends_with('ه'),
        0..=2 => false,
        _ => rest.starts_with(['ت', 'م']) && n >= 4 || rest.starts_with('ا') && n >= 5,
    }
}

/// Whether a word has the form of a verbal noun of a derived verb, as content starts with one:
/// those a family name never has (تأجيل، انسحاب، استئناف) and إفعال، افتعال and إفالة (إعلان،
/// التزام، إدانة), which a few given names share (إسلام، اعتماد، أسامة).
fn derived_noun(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    super::mentions::is_verbal_noun(word)
        || !word.starts_with("ال")
            && matches!(
                letters.as_slice(),
                ['ا', _, _, 'ا', _] | ['ا', _, 'ت' | 'ط' | 'د', _, 'ا', _] | ['ا', _, 'ا', _, 'ه']
            )
}

/// Whether a verb's ending carries its subject or an object pronoun (أعلنوا، يطالبون، طالبته،
/// وصفها): plain words after it are then no subject of its.
fn carries_subject(verb: &str) -> bool {
    ["وا", "ون", "ان", "ه", "ها", "هم", "هما"]
        .iter()
        .any(|e| verb.ends_with(e))
}
