//! Stage 5a: cues. Each reporting verb, participle or noun, attribution phrase and
//! "speaker: content" headline, with its subject and where its content starts. This file reads
//! a reporting word and its subject; `cues/` holds where a report's content starts
//! (complements), attribution phrases and reports after their content (attributions), and
//! headlines.

use super::super::lexicon::{strip_conjunction, Class, Grammar, Refers, Then, Verb};
use super::super::Speaker;
use super::mentions::is_pronoun_phrase;
use super::records::Draft;
use super::speakers::{Antecedent, Saying, Subject};
use super::text::{is_past_of, POSSESSIVES};
use super::{Reader, WINDOW};
use crate::tokens::Kind;

mod attributions;
mod complements;
mod headlines;

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
                // (the words as search normalization writes them: مئات is مءات)
                let thousands = k > 0
                    && matches!(
                        self.word(k - 1),
                        "الف" | "الاف" | "مليون" | "ملايين" | "مءات" | "عشرات" | "مليار"
                    );
                // أن يعلن، لن يقول: a present verb after أن or لن is what is to be said, not
                // what was (قبل أن يعلن ترامب: before he announced, a narrative past)
                let to_be = k > 0
                    && matches!(self.word(k - 1), "ان" | "لن" | "كي" | "لكي")
                    && !(k > 1 && matches!(self.word(k - 2), "قبل" | "بعد" | "منذ"));
                // متهما بـ: the passive participle, accused of, with no object before its ب
                let passive = self.word(k + 1).starts_with('ب');
                let present = v.class == Class::Verb && !is_past_of(word, &v.lemma);
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
        let present = verb.class == Class::Verb && !is_past_of(rest, &verb.lemma);
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
            Class::Noun => self
                .subject(k + 1, false)
                .filter(|s| s.speaker.is_some())
                .or_else(|| self.latter(k + 1)),
            _ if carrier => None,
            _ => self.fronted(k).or_else(|| {
                // بيّن: the mentions stage read it as the preposition, its subject as governed
                let bayyana = verb.lemma == "بين" && self.word(k).ends_with("بين");
                self.subject(k + 1, bayyana)
                    .or_else(|| self.quoted_subject(k + 1))
                    // وقال الأخير، إذ تتهم الأخيرة: the last one named of its gender
                    .or_else(|| self.latter(k + 1))
                    // وأضافت هذه المصادر أن، وأكد هذا المسؤول أن: a demonstrative before
                    // the subject it points back with
                    .or_else(|| {
                        self.plays(k + 1, Grammar::Demonstrative)
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
                    // بيانا أكد فيه المتحدث العسكري أن، تقريرا ذكر فيه مسؤولون أميركيون أن: the
                    // document the relative clause is about, with its pronoun, between the verb
                    // and its subject, when أن or إن opens the content right after the subject
                    // (not a verb whose object comes first, اتهم فيها فرنسا بـ; nor words
                    // before a ب, a colon or marks, as often the object of a verb of criticism
                    // or threat: انتقدت فيها عباس بأنها، يهدد فيها الرئيس الإيراني: "...")
                    .or_else(|| {
                        let within = matches!(self.word(k + 1), "فيه" | "فيها" | "فيهم");
                        (within && !verb.accusing && !verb.naming && !verb.object_first)
                            .then(|| self.subject(k + 2, false))
                            .flatten()
                            .filter(|s| {
                                let at = s.end + usize::from(self.is(s.end, ','));
                                self.is_complementizer(at) && self.word(at).starts_with("ان")
                            })
                    })
            }),
        };
        // ويرى الفلسطينيون في الاتفاق مثالا جيدا: a subject read on past the في of what is seen
        // ends before it
        let subject = match subject {
            Some(s) if verb.seeing && s.mention.is_some() => {
                let limit = sentence_end.min(k + WINDOW);
                match (k + 2..s.end).find(|&i| self.word(i) == "في" && self.seen_as(i, limit)) {
                    Some(f) => {
                        let (start, stop) = (self.starts(k + 1), self.ends(f - 1));
                        Some(Subject {
                            speaker: s.speaker.map(|p| Speaker {
                                name: (self.display)(start, stop),
                                ..p
                            }),
                            mention: Some((start, stop)),
                            end: f,
                            ..s
                        })
                    }
                    None => Some(s),
                }
            }
            other => other,
        };
        // واعتبر الوزير القرار خطوة، ووصف وزير الخارجية الهجوم بأنه عمل، وحمل الوزير الحكومة
        // مسؤولية الأزمة: a mention read on past the subject of a verb that names or blames
        // its object first has taken that object in (a title's holder); the subject ends before
        // it, and the object is the content's
        // (not where the verb's object is its pronoun, وصفتها الأمم المتحدة بأنها, nor inside a
        // name the lexicon knows, وصف البيت الأبيض بـ)
        let pronoun_object = object_pronoun(self.word(k), &verb.lemma);
        let subject = match subject {
            Some(s)
                if s.end > k + 2
                    && !pronoun_object
                    // (the mention may be the name after a title: وزير التخطيط رؤوف حكيم)
                    && s.mention
                        .is_some_and(|(from, _)| from >= self.starts(k + 1)) =>
            {
                let limit = sentence_end.min(k + WINDOW);
                // (a name read on into the head of a construct object, رؤوف حكيم أعمال العنف,
                // is not across it; one that runs into its genitive is)
                let named_across = |object: usize| {
                    let head =
                        !(self.display)(self.starts(object), self.ends(object)).starts_with("ال");
                    (k + 1..object).any(|j| {
                        self.entity_at(j)
                            .is_some_and(|(len, _, _)| j + len > object + usize::from(head))
                    })
                };
                // (a subject of two words, a noun and its adjective, is the object itself when
                // a title or a name does not open it: ووصفت الرسوم الجديدة بأنها)
                let short = s.end <= k + 3;
                let named = self.title_at(k + 1, false).is_some()
                    || self.entity_at(k + 1).is_some()
                    || self.is_group_word(k + 1)
                    || self.is_given_name(k + 1);
                match self
                    .object_before_predicate(k, k + 1, limit)
                    .filter(|&object| object < s.end && !named_across(object) && (!short || named))
                {
                    Some(object) => {
                        let (start, stop) = (self.starts(k + 1), self.ends(object - 1));
                        // (a name the mention gave other than its words, or one the document
                        // resolves to a fuller entity, stays: ووصف ترامب الزعيم → دونالد
                        // ترامب، ووصف رئيس الوزراء الحادث → جاستن ترودو)
                        let words = |t: &str| -> Vec<String> {
                            t.split_whitespace()
                                .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect())
                                .filter(|w: &String| !w.is_empty())
                                .collect()
                        };
                        let (from, to) = s.mention.unwrap_or((start, stop));
                        let written = words(&(self.display)(from, to));
                        let fuller = |p: &Speaker| {
                            self.entities
                                .canonical(p)
                                .is_some_and(|(_, canonical)| canonical.name != p.name)
                        };
                        // (a name read on into the object loses the object's word: رؤوف حكيم
                        // أعمال → رؤوف حكيم)
                        let taken = (self.display)(self.starts(object), self.ends(object));
                        let short_of_object = |name: &str| match name.rsplit_once(' ') {
                            Some((kept, last)) if last == taken => kept.to_owned(),
                            _ => name.to_owned(),
                        };
                        Some(Subject {
                            speaker: s.speaker.map(|p| {
                                if fuller(&p) {
                                    p
                                } else if words(&p.name) != written {
                                    Speaker {
                                        name: short_of_object(&p.name),
                                        ..p
                                    }
                                } else {
                                    Speaker {
                                        name: (self.display)(start, stop),
                                        ..p
                                    }
                                }
                            }),
                            mention: Some((start, stop)),
                            end: object,
                            ..s
                        })
                    }
                    None => Some(s),
                }
            }
            other => other,
        };
        // ويعتبرها أمرا طبيعيا، تعتبرهم امتدادا لـ: with its object a pronoun, what a verb of
        // naming calls it, right after it, is no subject (a country is: واعتبرتها بريطانيا)
        let subject = subject.filter(|s| {
            !(verb.naming
                && pronoun_object
                && s.end > k + 1
                && self.tokens.kind(k + 1) == Kind::Word
                && self.entity_at(k + 1).is_none()
                && self.what_it_is_called(k + 1))
        });
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
                    // وحذر الدول الإفريقية من، أبلغ الحكومة بأن: a masculine verb with a
                    // noun after it that only a feminine verb takes as subject has it for
                    // its object; the subject is in the verb
                    || self.disagreeing_object(k, s)
                    // وطالبوا إدارة ترامب بـ، يحذرون ترامب من: a verb before its subject is
                    // singular, so one whose ending is a plural or dual subject has the noun
                    // after it for its object (a plural of people there is the writer's slip,
                    // وقالوا الخبراء, and the subject)
                    || s.mention.is_some_and(|(from, _)| from > self.starts(k))
                        && self.plural_verb(k)
                        && s.speaker.as_ref().is_none_or(|p| p.kind != "group")
            })
            .map(|s| s.end);
        let subject = if object_end.is_some() { None } else { subject };
        // ويعتبر هذا ...، ويرى ذلك: a demonstrative after the verb makes it impersonal
        // (but مبررا ذلك بخصوصية: a demonstrative object, then the content after the ب)
        let justified = verb.prepositions.iter().any(|p| p == "ب")
            && self.word(k + 2).starts_with('ب')
            && self.word(k + 2).chars().count() > 3;
        // (nor a demonstrative object of a past verb of naming, what it calls something
        // after it: ووصف هذه الإجراءات بأنها "عملية قذرة"، واعتبروا ذلك مؤامرة)
        // (a past verb with its subject carried, by a plural or a pronoun before it, or one
        // that calls its object something with بأن: ووصفت هذه الحالات بأنها; not the passive
        // written alike, واعتبرت هذه الانتخابات اختبارا، ووصفت هذه المبادرة بدافوس الصحراء)
        let word = self.word(k);
        // (the lemma as the text is read: واعتبر، وسموا)
        let past = is_past_of(word, &verb.lemma)
            || strip_conjunction(word).is_some_and(|w| is_past_of(w, &verb.lemma));
        let carried = word.ends_with("وا") || carrier;
        let called = verb.accusing && (k + 2..k + 5).any(|i| self.is_complementizer(i));
        // (nor the passive marked with its damma, وُصف, nor a demonstrative the writer's aside
        // follows, ووصفت ذلك، إن حدث، بـ)
        // (read from the original only for a verb of naming: it is asked of every report)
        let written = || self.written(k);
        let named = verb.naming
            && past
            && (carried || called)
            && !written().contains('\u{64f}')
            && !self.is(k + 2, ',');
        if subject.is_none()
            && matches!(self.word(k + 1), "هذا" | "هذه" | "ذلك" | "تلك")
            && !justified
            && !named
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
        // وفد المعارضة الذي قال إن، بحسب الوكالة التي أشارت إلى أن: a noun no mention read
        // before the relative, that can speak, with the content marked right after the verb
        let subject = match subject {
            None if relative && !resumed && !called => match self
                .unread_antecedent(k, verb)
                .or_else(|| self.source_of_relative(k))
            {
                Some(s) => Some(s),
                // الرسوم التي قال إنها فرضت، الهجوم الذي تقول إن: a verb that cannot agree with
                // its relative has a subject of its own, carried by the verb, as a bare cue's
                None if self.subject_past_relative(k) => None,
                None => return None,
            },
            None if !relative => self.unread_fronted(k, verb),
            s => s,
        };
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
        // الاتحاد الإفريقي يعتبر تصريحات ترامب جزءا "من الماضي"، وموسكو تعتبر القرار "تحت
        // الضغط": a present verb of naming, read as the passive with a noun after it (وتعتبر
        // ليبيا نقطة الانطلاق), is active with its subject before it, and reports its object
        // and what it calls it
        // (and so is one with a demonstrative, its object, after its subject: وتعتبر إسرائيل
        // هذه الحركة محاولة; not one with an object pronoun, a standing view more than a
        // report, as in وحدات حماية الشعب التي تعتبرها أنقرة منظمة إرهابية)
        let limit = sentence_end.min(k + WINDOW);
        let active = subject.as_ref().is_some_and(|s| s.end == k + 1)
            && self.object_and_predicate(k + 1, limit)
            || subject.as_ref().is_some_and(|s| {
                s.end > k + 1
                    && s.speaker.is_some()
                    && self.word(s.end - 1) != "مثل"
                    // (not a noun governing the phrase: ويعتبر إرسال هذا الوفد أحدث)
                    && !derived_noun(self.word(s.end - 1))
                    && !super::mentions::is_verbal_noun(self.word(s.end - 1))
                    && self.demonstrative_object(s.end, limit)
            });
        let active_naming;
        let verb = if verb.naming && !verb.nominal && verb.class == Class::Verb && active {
            active_naming = Verb {
                nominal: true,
                ..verb.clone()
            };
            &active_naming
        } else {
            verb
        };
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
        // أظهرت بيانات مؤشر مديري المشتريات نمو ...: the words right after a verb that reports
        // only a document are that document, its subject no mention read, never the content
        if verb.document && matches!(complement, Complement::Clause(at, _) if at == k + 1) {
            return None;
        }
        // ويدين المنتخب بالفضل لمدربه، جيل يدين بالولاء للحزب، بعد إدانتهم بالتآمر: أدان with ب
        // and a noun owes or convicts; it condemns with a bare object (save a manner: يدين
        // بشدة، بأقوى العبارات; and not a function word: أدان في بيان)
        if matches!(verb.lemma.as_str(), "أدان" | "ادان") {
            if let Complement::Clause(at, _) = complement {
                let word = self.word(at);
                let with_b =
                    word.starts_with("بال") || word.starts_with('ب') && word.chars().count() >= 5;
                if with_b
                    && !self.lexicon.is(word, Grammar::NoVerbalNoun)
                    && !self.is_function_word(at)
                {
                    return None;
                }
            }
        }
        let alt_speakers = self.relayed(after, marker);
        self.relaying = self
            .relayed_source(after, marker)
            .map(|source| (source, self.saying(after, marker)));
        let subject = subject
            .or_else(|| self.unread_subject(k, verb, &complement))
            // (not where the subject relays another's words: ونقل راديو "..." عن الوزير قوله)
            .or_else(|| {
                // (عن and a source a mention reads, not relayed_at: after على لسان, the
                // subject's spokesman, the subject is still the speaker; a source no mention
                // reads is no reason to leave the subject unread)
                let relays = (after..marker).any(|j| {
                    self.word(j) == "عن"
                        && self
                            .subject(j + 1, true)
                            .is_some_and(|s| s.speaker.is_some())
                });
                (!relays)
                    .then(|| self.unread_clause_subject(k, verb, &complement, marker))
                    .flatten()
            })
            // وأكد أهمية التوسع، وأعلن عدم رضاه عن، طلب عدم نشر اسمه: a verbal noun right after
            // the verb is its object, whoever read it as a subject; the verb goes on with the
            // speaker before
            // (nor is a quantifier alone a speaker: وشدد كل منهما على goes on with the two)
            .filter(|s| {
                let next = k + 1;
                let at_next = next < self.tokens.len();
                let after_verb =
                    at_next && s.mention.map(|(from, _)| from) == Some(self.starts(next));
                // (nor an adverb of manner: وأكد مرة أخرى أهمية)
                let object =
                    after_verb && (self.object_noun(next) || self.manner_at(next).is_some());
                let quantifier = at_next
                    && s.mention == Some((self.starts(next), self.ends(next)))
                    && matches!(self.word(next), "كل" | "جميع");
                !(object || quantifier)
            });

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

    /// Whether token `j` is a verbal noun a reporting verb takes as its object, alone or with
    /// its pronoun (التأكيد، أهمية، عدم، رفضه، رغبتها), which no subject starts with.
    fn object_noun(&self, j: usize) -> bool {
        let word = self.word(j);
        let listed = |w: &str| self.lexicon.is(w, Grammar::RenewedObject);
        listed(word)
            || POSSESSIVES.iter().any(|p| {
                word.strip_suffix(p).is_some_and(|stem| {
                    // (رغبتها: the ة before a pronoun is written ت)
                    listed(stem)
                        || stem
                            .strip_suffix('ت')
                            .is_some_and(|s| listed(&format!("{s}ه")))
                })
            })
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
        Some(self.written_subject(k + 1, at, "group", "description", at))
    }

    /// Whether a verb at `k` right after a relative pronoun has a subject other than the
    /// relative's noun, carried by its ending, and its content marked by a complementizer right
    /// after it: the singular verb cannot agree with the relative (التي قال إنها، الذي تقول
    /// إن، الذين قال إنهم), so the noun is what is spoken of and the speaker is the one the
    /// text goes on with, as after a bare cue. Not with an object pronoun on the verb (التي
    /// وصفها بأنها).
    fn subject_past_relative(&self, k: usize) -> bool {
        let Some(r) = k.checked_sub(1) else {
            return false;
        };
        let word = self.word(k);
        let written = self.written(k);
        // (not a present read as often as the passive, "is believed", "is claimed": التي
        // يعتقد أنها، التي يزعم أنها; the display has no diacritics to tell them apart; nor
        // the writer's own, a first person with hamza on a verb whose past has none: والتي
        // أعتقد أن)
        let finite = self.verb(k).is_some_and(|v| {
            let passive = v.impersonal || v.lemma == "زعم" && word.starts_with('ي');
            let first_person = written.starts_with('أ') && v.lemma.starts_with('ا');
            v.class == Class::Verb && !passive && !first_person && !object_pronoun(word, &v.lemma)
        });
        // (nor a plural verb, whose subject is as often a group named farther back as the
        // last speaker: ناشطون بإصلاح القانون، الذي قالوا إنه)
        if !finite
            || carries_plural_subject(word)
            || !self.plays(r, Grammar::Relative)
            || !self.is_complementizer(k + 1)
        {
            return false;
        }
        let pronoun = self.word(r).strip_prefix('و').unwrap_or(self.word(r));
        let gender = self.cue_gender(k);
        match pronoun {
            "التي" => gender == Some(super::speakers::Gender::Masculine),
            "الذي" => gender == Some(super::speakers::Gender::Feminine),
            "الذين" | "اللذين" | "اللذان" => gender.is_some(),
            _ => false,
        }
    }

    /// The subject of a verb at `k` in a relative clause on the source an attribution phrase
    /// just named (وفق شينخوا التي قالت إن), when the verb agrees with the relative.
    fn source_of_relative(&self, k: usize) -> Option<Subject> {
        let (r, speaker, mention, role, how) = self.source_before.as_ref()?;
        let pronoun = self.word(*r);
        let agrees = match pronoun.strip_prefix('و').unwrap_or(pronoun) {
            "التي" => self.cue_gender(k) != Some(super::speakers::Gender::Masculine),
            "الذي" => self.cue_gender(k) != Some(super::speakers::Gender::Feminine),
            _ => carries_subject(self.word(k)),
        };
        (r + 1 == k && agrees).then(|| Subject {
            speaker: Some(speaker.clone()),
            mention: *mention,
            role: *role,
            how,
            end: k + 1,
        })
    }

    /// The subject of a verb in a relative clause when no mention read the noun before the
    /// relative: a few plain words that can speak (a title, a description, a group or a body,
    /// a document, a name the lexicons know, or words with no article, an unknown name: وفد
    /// المعارضة الذي، بحسب الوكالة التي، لوبيز أوبرادور، الذي), agreeing with the verb, when a
    /// complementizer right after the verb or its preposition marks the content (قال إن،
    /// أشارت إلى أن), or a noun bearing the relative's own pronoun does, right after a verb
    /// that takes a noun phrase (الذي أعلن استقالته، التي أكدت تعرضها; not a document's, التقرير
    /// الذي أعلن نتائجه). Not where the verb takes the noun back as its object (التي أعلن عنها،
    /// الأهداف التي تقول إنها: a noun that cannot speak).
    fn unread_antecedent(&self, k: usize, verb: &Verb) -> Option<Subject> {
        let r = k.checked_sub(1)?;
        if verb.class != Class::Verb
            || !self.plays(r, Grammar::Relative)
            || object_pronoun(self.word(k), &verb.lemma)
        {
            return None;
        }
        let marker = if verb.prepositions.iter().any(|p| p == self.word(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        // the relative pronoun, without the conjunction (والتي، والذي)
        let pronoun = self.word(r).strip_prefix('و').unwrap_or(self.word(r));
        // زيدان، الذي أعلن الخميس مغادرته، المرأة، التي أكدت تعرضها للهجوم: a verb that takes a
        // noun phrase, with a noun right after it (or after a time) that bears the relative's
        // own pronoun, the antecedent's act or state, marks the content as a complementizer
        // does
        let (_, sentence_end) = self.sentence(k);
        let own = self.possessed_by_relative(k, verb, pronoun, sentence_end);
        if !self.is_complementizer(marker) && !own {
            return None;
        }
        let word = self.word(k);
        let agrees = match pronoun {
            "التي" => self.cue_gender(k) != Some(super::speakers::Gender::Masculine),
            "الذي" => self.cue_gender(k) != Some(super::speakers::Gender::Feminine),
            _ => carries_subject(word),
        };
        // (a plural verb after a singular relative has a subject of its own: المتوكل، الذي
        // ذكروا أنه قتل، الكتلة الذي يقولون إن)
        let singular = matches!(pronoun, "الذي" | "التي");
        if singular && carries_plural_subject(word) || !agrees {
            return None;
        }
        let (start, _) = self.sentence(k);
        let mut end = r;
        if end > start && self.is(end - 1, ',') {
            end -= 1;
        }
        let comma = end < r;
        let mut first = end;
        let mut governed = false;
        while first > start && end - first < 4 {
            let i = first - 1;
            let word = self.word(i);
            if self.tokens.kind(i) != Kind::Word
                || self.is_function_word(i)
                || self.verb(i).is_some()
                || self.is_complementizer(i)
                || self.plays(i, Grammar::Time)
                || self.plays(i, Grammar::Relative)
                || word.starts_with('و')
                || super::mentions::is_pronoun_phrase(word)
                || self.plays(i, Grammar::Demonstrative)
                || self.plays(i, Grammar::LoneDemonstrative)
                // (في ظل: "under", no noun of the phrase)
                || word == "ظل"
                || self.attribution_at(i).is_some()
                // (a noun after a preposition on it: بانسحاب وفد المعارضة، لأحد أتباع الفرقة)
                || self.tokens.after_break(i + 1) && i + 1 < end
            {
                break;
            }
            let clitic = i + 1 < end
                && self.entity_at(i).is_none()
                && word.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|rest| {
                    rest.starts_with('ا') || rest.starts_with('ل') || derived_noun(rest)
                });
            if clitic {
                governed = true;
                break;
            }
            first = i;
            if self.tokens.after_break(i) {
                break;
            }
        }
        if first == end {
            return None;
        }
        let given = |j: usize| self.is_given_name(j);
        let written = |j: usize| (self.display)(self.starts(j), self.ends(j));
        let title = |j: usize| self.title_at(j, true).is_some() || given(j);
        let place = |j: usize| self.place_word(j);
        let document = |j: usize| self.document_word(j);
        let speaks = |j: usize| self.speaking_word(j);
        // the phrase starts at its first word that can speak (a title, a given name, a body or
        // a document: ... في ظل تزايد التقارير، التي); or it is an unknown name in apposition,
        // words with no article or pronoun before the comma (لوبيز أوبرادور، الذي)
        // (the last of two, a document after its reader: رفض أعضاء البرلمان التقارير، التي)
        let head = (first..end)
            .rev()
            .find(|&j| document(j) && speaks(j))
            .or_else(|| (first..end).find(|&j| title(j) || speaks(j)));
        if (first..end).any(place) {
            return None;
        }
        let named = comma
            && !governed
            && end - first >= 2
            && (first..end).all(|j| {
                let w = written(j);
                let word = self.word(j);
                !w.starts_with("ال")
                    && !w.ends_with('ة')
                    && !w.ends_with("ات")
                    && !["ه", "ها", "هم"].iter().any(|p| word.ends_with(p))
                    && !derived_noun(word)
            });
        let first = match head {
            Some(h) => h,
            None if named => first,
            None => return None,
        };
        let titled = (first..end).any(title);
        let body = (first..end).any(speaks);
        // (a document taken back by the complementizer's pronoun is what was said to be
        // something, by a subject of its own: نشر النتائج التي قالت إنها كانت مجرد اختبار)
        let resumed = matches!(
            (pronoun, self.word(marker)),
            ("التي", "انها" | "بانها") | ("الذي", "انه" | "بانه")
        );
        if resumed && !titled && (first..end).any(document) {
            return None;
        }
        // (nor a document whose own noun follows the verb: التقرير الذي أعلن نتائجه has a
        // subject of its own)
        if own && !titled && (first..end).any(document) {
            return None;
        }
        let kind = if titled || named && !body {
            "person"
        } else if self.is_group_word(first) && written(first).ends_with(['ن', 'ت']) {
            "group"
        } else {
            "institution"
        };
        Some(self.written_subject(first, end, kind, "description", k + 1))
    }

    /// The subject written before a verb at `k` that can have none after it (its content, a
    /// mark or a preposition right after it, or a plural ending: نواب المعارضة يطالبون
    /// الحكومة بـ) when no mention read that subject: a few plain
    /// words opening their clause, after a particle (لكن، إلا أن، بينما، أن) or at the start of
    /// the sentence, one of which can speak (a title, a description, a group, a body, a
    /// document): إلا أن المراقبين يرون أن، رغم أن الإعلان قال إنهم، لكن تقارير عدة تؤكد أن.
    /// The one name a mention read among them is the speaker (لكن حزب حركة التغيير الديمقراطي
    /// المعارض أعلن). Not a verb with a conjunction, which goes on with the subject before it,
    /// nor one a relative or a pronoun carries.
    fn unread_fronted(&self, k: usize, verb: &Verb) -> Option<Subject> {
        let word = self.word(k);
        let forms = &self.lexicon.verb_forms;
        let conjoined = !forms.contains_key(word)
            && strip_conjunction(word).is_some_and(|b| forms.contains_key(b));
        if verb.class != Class::Verb
            || conjoined
            || self.has_subject_before(k)
            || !self.bare_cue(k) && !self.plural_verb(k)
        {
            return None;
        }
        let (start, _) = self.sentence(k);
        let mut end = k;
        while end > start && end + 3 > k && self.plays(end - 1, Grammar::Auxiliary) {
            end -= 1;
        }
        // (back to the particle or the auxiliary that opens the clause: وكان X قد قال)
        let opener =
            |i: usize| self.plays(i, Grammar::OpensClause) || self.plays(i, Grammar::Auxiliary);
        let mut first = end;
        while first > start && end - first < 6 && !self.tokens.after_break(first) {
            let i = first - 1;
            if !self.subject_word(i) || self.plays(i, Grammar::Relative) || opener(i) {
                break;
            }
            first = i;
        }
        let opens = first == start || self.tokens.after_break(first) || opener(first - 1);
        if first == end || !opens {
            return None;
        }
        // the words open with a noun, not a verb no lexicon holds (ومضى لاعب أرسنال يقول، حيث
        // يواصل الزعماء عملية يقولون إنها): a definite one or one that can speak; not one a
        // preposition governs (وفي تعقيب لـ، للمراقبين), nor a place, nor one a mention
        // reads from its first word, which `fronted` took or refused
        let head = self.word(first);
        let bare = head.strip_prefix('و').filter(|rest| rest.starts_with("ال"));
        let bare = bare.unwrap_or(head);
        let noun = bare.starts_with("ال")
            || self.speaking_word(first)
            || self.title_at(first, true).is_some();
        let clitic = self.entity_at(first).is_none()
            && bare.strip_prefix(['ل', 'ك']).is_some_and(|rest| {
                rest.starts_with('ا') || rest.starts_with('ل') || derived_noun(rest)
            });
        let governed = self.is_function_word(first)
            || self.plays(first, Grammar::Preposition)
            || strip_conjunction(head).is_some_and(|rest| {
                self.lexicon.is(rest, Grammar::Preposition) || rest.starts_with('ل')
            });
        if !noun
            || clitic
            || governed
            || self.place_word(first)
            || self.mentions.at.contains_key(&first)
        {
            return None;
        }
        let titled = (first..end).any(|j| self.title_at(j, true).is_some());
        if !titled && !(first..end).any(|j| self.speaking_word(j)) {
            return None;
        }
        // a masculine verb has no feminine noun for its subject (أن الحكومة قال is no clause)
        let written = (self.display)(self.starts(first), self.ends(first));
        if self.cue_gender(k) == Some(super::speakers::Gender::Masculine) && written.ends_with('ة')
        {
            return None;
        }
        // the one name a mention reads among the words, not governed, is who they name
        let from = self.mentions.list.partition_point(|m| m.first <= first);
        let names: Vec<&super::mentions::Mention> = self.mentions.list[from..]
            .iter()
            .take_while(|m| m.first < end)
            .filter(|m| m.end <= end && !m.governed)
            .filter(|m| m.speaker.as_ref().is_some_and(|s| s.kind != "place"))
            .collect();
        if let [name] = names[..] {
            if name.how == "name" && !name.title_only {
                return Some(Subject {
                    speaker: self.resolve(name),
                    mention: Some(name.name),
                    role: None,
                    how: "name",
                    end: k + 1,
                });
            }
        }
        let kind = if titled {
            "person"
        } else if self.is_group_word(first) && written.ends_with(['ن', 'ت']) {
            "group"
        } else {
            "institution"
        };
        Some(self.written_subject(first, end, kind, "description", k + 1))
    }

    /// The subject a clause opening at `from` writes out and no mention read, that a
    /// participle at `k` goes on with: the plain words right after the verb the clause opens
    /// with (ورحبت المعارضة بالقرار، مؤكدة; وأثنى كثير من نقاد الطبخ على أطباقه قائلين), or
    /// the definite words it opens with (والمعارضة رحبت ...). A noun and its adjectives (a
    /// definite word, a relation or a word of `groups` after an indefinite one), a word of
    /// quantity with the من after it (كثير من، عدد من). With the token the words start at and
    /// whether one of them can speak (a title, a description, a group, a body, a document).
    pub(super) fn opening_subject(&self, from: usize, k: usize) -> Option<(Subject, usize, bool)> {
        let opening = self.word(from);
        let bare = strip_conjunction(opening)
            .filter(|w| w.starts_with("ال"))
            .unwrap_or(opening);
        let nominal = bare.starts_with("ال");
        // (not a clause a preposition, a time or a particle opens: ومن جهته، وفي وقت سابق)
        if self.tokens.kind(from) != Kind::Word
            || self.is_function_word(from)
            || self.plays(from, Grammar::Preposition)
            || self.plays(from, Grammar::Time)
            || self.is_complementizer(from)
            || self.lexicon.is(opening, Grammar::OpensClause)
            || self.attribution_at(from).is_some()
            || self.mentions.at.contains_key(&from)
            || strip_conjunction(opening).is_some_and(|w| self.lexicon.is(w, Grammar::Preposition))
        {
            return None;
        }
        let first = if nominal { from } else { from + 1 };
        let head = self.word(first);
        if first >= k
            || self.mentions.at.contains_key(&first)
            || !self.subject_word(first)
            || self.is_function_word(first)
            || head.starts_with(['ل', 'و'])
            || head.ends_with('ا')
            || self.possessed_noun(first)
            || derived_noun(head)
            || self.lexicon.is(head, Grammar::RenewedObject)
            || self.plays(first, Grammar::Anaphor)
            || self.plays(first, Grammar::Demonstrative)
            || self.plays(first, Grammar::LoneDemonstrative)
            || self.place_word(first)
        {
            return None;
        }
        let definite = |j: usize| {
            let word = self.word(j);
            word.starts_with("ال") || strip_conjunction(word).is_some_and(|w| w.starts_with("ال"))
        };
        let quantity = |j: usize| self.plays(j, Grammar::Quantity);
        // (a relation as written: دعوى is no relation)
        let adjective = |j: usize| {
            let written = (self.display)(self.starts(j), self.ends(j));
            self.is_side(j)
                || self.lexicon.groups.get(self.word(j)) == Some(&"adjective")
                || ["ي", "ية", "يون", "يين", "يان"]
                    .iter()
                    .any(|e| written.ends_with(e))
                || matches!(self.word(j), "اخر" | "اخري" | "اخرون" | "اخرين")
        };
        // (an unknown name is the names' to read: وطمأن زكي الجمهور)
        if self.lexicon.given_names.contains_key(head) {
            return None;
        }
        // a definite word after an indefinite one is its genitive when that one is a noun of
        // people or a construct plural (نقاد الطبخ، محامو سارة، ممثلي الشركة), not a name's
        // object (ريدينغ القرار)
        let construct = |j: usize| {
            let word = self.word(j);
            self.speaking_word(j)
                || self.title_at(j, true).is_some()
                || j > first && self.word(j - 1) == "من"
                || word.ends_with('و')
        };
        let mut last = first + 1;
        while last < k && last < first + 6 {
            let word = self.word(last);
            if word == "من" && quantity(last - 1) {
                last += 1;
                continue;
            }
            // (after a definite word only its adjectives: الهيئات الصناعية, not the object
            // after them, المقترحات)
            let joins = if definite(last) && !definite(last - 1) {
                construct(last - 1)
            } else {
                definite(last) == definite(last - 1) && adjective(last)
            };
            if !joins
                || !self.subject_word(last)
                || self.is_function_word(last)
                || self.mentions.at.contains_key(&last)
                || word.starts_with(['و', 'ل'])
                || word.ends_with('ا')
                || self.possessed_noun(last)
            {
                break;
            }
            last += 1;
        }
        // (nor words a mention goes on from, a name in apposition: الألماني، يورغن كلوب)
        // (or a name no mention read between commas: الدولي المغربي السابق، عزيز بودربالة،)
        let between = self.is(last, ',')
            && (last + 2..last + 5)
                .find(|&j| !self.plain_word(j - 1))
                .is_some_and(|j| self.is(j - 1, ','));
        let apposed = self.mentions.at.contains_key(&last)
            || self.is(last, ',') && self.mentions.at.contains_key(&(last + 1))
            || between;
        if self.word(last - 1) == "من" || apposed {
            return None;
        }
        let titled = (first..last).any(|j| self.title_at(j, true).is_some());
        let speaks = titled || (first..last).any(|j| self.speaking_word(j));
        let written = (self.display)(self.starts(first), self.ends(first));
        let plural = quantity(first) || ["ون", "ين", "اء"].iter().any(|e| written.ends_with(e));
        // one word that says nothing of a speaker is a noun of people in the plural, or
        // definite (نشطاء، العمال; not دخل)
        // (nor a relation alone, الإسباني، الموريتانية: whom it stands for is the names' to read)
        if last == first + 1 && (!speaks && !plural && !definite(first) || adjective(first)) {
            return None;
        }
        let kind = match self.lexicon.groups.get(head) {
            _ if titled => "person",
            Some(&kind) if kind != "adjective" => kind,
            _ if plural => "group",
            _ => "institution",
        };
        Some((
            self.written_subject(first, last, kind, "description", last),
            first,
            speaks,
        ))
    }

    /// Whether token `j` is a place the lexicon's entities name.
    fn place_word(&self, j: usize) -> bool {
        self.entity_at(j)
            .is_some_and(|(_, _, n)| self.lexicon.entities[n.entity].kind == "place")
    }

    /// Whether token `j` is a document's noun (بيان، تقرير، الدراسة).
    fn document_word(&self, j: usize) -> bool {
        let bare = self.word(j).strip_prefix("ال").unwrap_or(self.word(j));
        self.plays(j, Grammar::Document) || self.lexicon.is(bare, Grammar::Document)
    }

    /// Whether token `j` is a word a speaker no mention read can be named by: a description,
    /// a group's word, a document, an entity of the lexicon that is no place. (An adjective
    /// of relation is no head: الأهداف العسكرية، لأسباب أمنية، الرد الرسمي; nor a place, the
    /// end of a phrase in apposition: عضوة مجلس الشيوخ عن ولاية ألاسكا، التي.)
    fn speaking_word(&self, j: usize) -> bool {
        let word = self.word(j);
        let bare = word.strip_prefix("ال").unwrap_or(word);
        let adjective = self.is_side(j)
            || ["ي", "يه", "يون", "يين"].iter().any(|e| word.ends_with(e))
                && self.title_at(j, true).is_none();
        !adjective
            && !self.place_word(j)
            && (self.description_at(j).is_some()
                || self.is_group_word(j)
                || self.lexicon.groups.contains_key(bare)
                || self.document_word(j)
                || self.entity_at(j).is_some())
    }

    /// Whether the verb at `k`, in a relative clause that `pronoun` (الذي، التي، الذين) opens,
    /// takes a noun phrase as content and has one right after it, or after a phrase of time,
    /// that bears the pronoun agreeing with the relative (الذي أعلن استقالته، التي أكدت
    /// تعرضها، الذين أبدوا رغبتهم): what the antecedent announced of itself.
    fn possessed_by_relative(&self, k: usize, verb: &Verb, pronoun: &str, limit: usize) -> bool {
        if !verb.nominal {
            return false;
        }
        let at = self.past_time(k + 1, limit);
        if at >= limit || !self.possessed_noun(at) || self.word(at).starts_with(['ب', 'ل', 'و'])
        {
            return false;
        }
        let written = self.written(at);
        match pronoun {
            "الذي" => written.ends_with('ه') && !written.ends_with("ها"),
            "التي" => written.ends_with("ها") && !written.ends_with("هما"),
            "الذين" => written.ends_with("هم"),
            _ => false,
        }
    }

    /// Whether the verb at `k` has its subject before it, which a relative pronoun (التي
    /// أعلنت), a particle carrying a pronoun (لكنه أكد) or ما stands for.
    fn has_subject_before(&self, k: usize) -> bool {
        k > 0
            && (self.plays(k - 1, Grammar::Relative)
                || self.plays(k - 1, Grammar::Carrier)
                || self.word(k - 1) == "ما")
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
        let before = self.has_subject_before(k);
        let participle = self.verb(k).is_none_or(|v| v.class != Class::Verb);
        // (a verb, not the verbal noun it is also written as: رغم نفي الأمن، بشأن تجدد)
        let opens =
            self.opens_clause(k) || k > 0 && matches!(self.word(k - 1), "ان" | "لكن" | "ولكن");
        if carried || before || participle || !opens || self.fronted(k).is_some() {
            return None;
        }
        let first = k + 1;
        let written = |j: usize| self.written(j);
        let given = |j: usize| self.is_given_name(j);
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
            || self.plays(first, Grammar::Anaphor)
            || head.ends_with('ا')
            || self.possessed_noun(first)
            || derived_noun(head) && !given(first)
            || masculine && written(first).ends_with('ة')
            || head.chars().count() < 4 && !head.starts_with("ال")
        {
            return None;
        }
        let subject = |end: usize, at: usize| {
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
            (self.written_subject(first, end, kind, "name", at), at)
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
        if let Some((end, at)) = self.past_day(first, limit) {
            return Some(subject(end, at));
        }
        // واعتبرت الصحيفة الخطوة تصعيدا، واعتبر موقع فيسبوك الحكم "محبطا": a verb that names
        // its object first has its subject end before that object, the object and what it
        // is called being the content
        if let Some(object) = self.object_before_predicate(k, first, most) {
            return Some(subject(object, object));
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
            // وأعلنت الوزارة في بيان مقتل: an occasion of speech after a short subject or a
            // definite one ends it, and the noun phrase after it is the content
            if j <= first + 2 || definite {
                if let Some(at) = self.verb(k).and_then(|v| self.past_occasion(v, j, limit)) {
                    return Some(subject(j, at));
                }
            }
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
            // (a definite noun with ل is definite too: المنظمة الدولية للهجرة الاثنين ترحيل)
            let named = written(j).starts_with("ال")
                || written(j).starts_with("لل")
                || self.mentions.at.contains_key(&j);
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

    /// Where the object of a verb of naming or blame at `k` (اعتبر، وصف، عدّ، حمّل) starts, in
    /// the words from `first` that follow it: a definite noun after the subject's last word (a
    /// definite word or the end of a mention), with its adjectives of relation (الخطوة
    /// الأمريكية), right before what it is called, an indefinite accusative, quoted words or
    /// the ب of a verb that calls with it (واعتبرت الصحيفة الخطوة تصعيدا، ووصف الرئيس الاتفاق
    /// بأنه), or what it is blamed for (حمّل الوزير الحكومة مسؤولية). None where the subject
    /// would be a noun that governs the object (الصحيفة قرار الحكومة) or an adjective stands
    /// where the object would.
    fn object_before_predicate(&self, k: usize, first: usize, limit: usize) -> Option<usize> {
        let verb = self
            .verb(k)
            .filter(|v| v.object_first && (v.naming || v.blame) && v.class == Class::Verb)?;
        let written = |j: usize| (self.display)(self.starts(j), self.ends(j));
        let definite = |j: usize| {
            self.tokens.kind(j) == Kind::Word
                && written(j).starts_with("ال")
                && !self.is_function_word(j)
                && self.verb(j).is_none()
        };
        // (what a verb of blame blames its object for is its مسؤولية; one that calls its object
        // something with ب may call it so after it: ووصف الرئيس الاتفاق بأنه تاريخي، بالتاريخي)
        let called = |j: usize| {
            if verb.blame {
                return matches!(self.word(j), "مسءوليه" | "المسءوليه");
            }
            let word = self.word(j);
            let with_b = verb.accusing
                && word.starts_with('ب')
                && (self.is_complementizer(j) || word == "ب" || word.starts_with("بال"));
            with_b || self.what_it_is_called(j)
        };
        let predicate = (first + 2..limit)
            .take_while(|&j| called(j) || self.subject_word(j) && !self.word(j).starts_with('و'))
            .find(|&j| called(j))?;
        // (and their plurals: المسؤولين الأمريكيين)
        let relation = |j: usize| {
            let word = self.word(j);
            ["ي", "يه", "يين", "يون"].iter().any(|e| word.ends_with(e))
        };
        let mut object = predicate - 1;
        if !definite(object) {
            return None;
        }
        while object > first + 1 && relation(object) && definite(object - 1) {
            object -= 1;
        }
        // (a subject's title closes with its adjectives of relation, an object's noun may take
        // any adjective: وصف الرئيس الفلسطيني السفارة الجديدة بأنها; not السابق, العام, which
        // follow a title or a body: الرئيس الأمريكي السابق الاتفاق، الحزب اليساري الحاكم الهجوم)
        let title_adjective = |j: usize| {
            matches!(
                self.word(j),
                "السابق"
                    | "السابقه"
                    | "الاسبق"
                    | "العام"
                    | "العامه"
                    | "الاعلي"
                    | "المساعد"
                    | "الدايم"
            )
        };
        if object > first + 2
            && definite(object - 1)
            && !relation(object - 1)
            && !title_adjective(object - 1)
            && definite(object - 2)
            && relation(object - 2)
        {
            object -= 1;
        }
        let ends_mention = self
            .mentions
            .list
            .iter()
            .any(|m| m.end == object && m.first >= first);
        let subject_ends = definite(object - 1) || ends_mention;
        if !(object > first && !relation(object) && subject_ends) {
            return None;
        }
        // (an object that is a construct phrase starts at its head, a verbal noun or a broken
        // plural with no article, which a mention read on into: رؤوف حكيم أعمال العنف بأنها،
        // داليتش تأهل فريقه)
        let head = object - 1;
        let construct_head = head > first
            && self.tokens.kind(head) == Kind::Word
            && !written(head).starts_with("ال")
            && derived_noun(self.word(head))
            && !self.is_function_word(head)
            && self.verb(head).is_none()
            && !self.is_given_name(head)
            && self.entity_at(head).is_none()
            && self.title_at(head, false).is_none();
        Some(if construct_head { head } else { object })
    }

    /// Whether token `j` is what a verb of naming calls its object: quoted words (not a label's
    /// marks) or an indefinite accusative of four letters or more that is no given name
    /// (تصعيدا، جزءا، "تحت الضغط").
    fn what_it_is_called(&self, j: usize) -> bool {
        let word = self.word(j);
        let quoted = self.mark(j).is_some_and(|c| matches!(c, '"' | '«' | '“'))
            && !self
                .marks
                .pair_at(j)
                .is_some_and(|p| self.marks.pair(p).label);
        quoted
            || self.tokens.kind(j) == Kind::Word
                && !(self.display)(self.starts(j), self.ends(j)).starts_with("ال")
                && word.chars().count() >= 4
                && !self.lexicon.given_names.contains_key(word)
                && !self.is_function_word(j)
                && super::mentions::is_accusative_tail(word)
    }

    /// Whether the words from `at` are a demonstrative object and what it is called: هذه، هذا،
    /// تلك، ذلك before a definite noun (no time: هذه الأيام), then, past its adjectives, a
    /// plain indefinite word (هذه الحركة محاولة، هذا المشروع بوابتها).
    fn demonstrative_object(&self, at: usize, limit: usize) -> bool {
        let written = |j: usize| (self.display)(self.starts(j), self.ends(j));
        let plain = |j: usize| {
            j < limit
                && self.tokens.kind(j) == Kind::Word
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && !self.is_complementizer(j)
        };
        let definite = |j: usize| plain(j) && written(j).starts_with("ال");
        if !matches!(self.word(at), "هذا" | "هذه" | "ذلك" | "تلك")
            || !definite(at + 1)
            || self.plays(at + 1, Grammar::Time)
        {
            return false;
        }
        let predicate = (at + 2..(at + 5).min(limit)).find(|&j| !definite(j));
        predicate.is_some_and(|j| plain(j) && !self.word(j).starts_with('و'))
    }

    /// Whether the words from `first` are an object and what it is called: a definite noun
    /// (or a name read), a few plain words of its phrase, then an indefinite accusative or
    /// quoted words (تصريحات ترامب المسيئة جزءا "من الماضي"، القرار "تحت الضغط").
    fn object_and_predicate(&self, first: usize, limit: usize) -> bool {
        let written = |j: usize| (self.display)(self.starts(j), self.ends(j));
        let plain = |j: usize| {
            self.tokens.kind(j) == Kind::Word
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && !self.is_complementizer(j)
        };
        let named = |j: usize| written(j).starts_with("ال") || self.mentions.at.contains_key(&j);
        // (or a noun in the construct state before one: تصريحات ترامب، قرار المحكمة; not a
        // preposition's, يعتبر بمثابة سفارة is the passive)
        let definite = plain(first)
            && (named(first)
                || plain(first + 1)
                    && named(first + 1)
                    && !self.word(first).starts_with(['ب', 'ل', 'ك'])
                    && !super::mentions::is_accusative_tail(self.word(first)));
        if !definite {
            return false;
        }
        let called = |j: usize| self.what_it_is_called(j);
        (first + 1..limit.min(first + 6))
            .take_while(|&j| called(j) || self.subject_word(j) && !self.word(j).starts_with('و'))
            .any(called)
    }

    /// A subject no mention read that a day of the week ends, from `first`: names, titles,
    /// their adjectives and genitives, quoted or bracketed names and commas of apposition, then
    /// the day (يوم الجمعة، الثلاثاء، and its comma), then a noun phrase content that opens
    /// with a noun with its pronoun or a verbal noun (أعلن غاري كون المستشار الاقتصادي للرئيس
    /// الأمريكي الثلاثاء استقالته، أعلنت محكمة التحكيم الرياضي (كاس) الجمعة، رفض الاستئناف).
    /// The token the subject ends at and the one the content starts at. Not when what follows
    /// the day opens no content (أعلن الدفاع المدني مقتل مواطن السبت نتيجة، انتقدت إيطاليا
    /// مالطا أمس الأحد لرفضها), nor past the verb's عن (أعلن ساوثغيت عن قائمة يوم الأربعاء).
    pub(super) fn past_day(&self, first: usize, limit: usize) -> Option<(usize, usize)> {
        let reach = (first + 12).min(limit);
        let day = (first + 1..reach).find(|&i| self.plays(i, Grammar::Day))?;
        let mut end = day;
        while end > first + 1 && (self.plays(end - 1, Grammar::Time) || self.is(end - 1, ',')) {
            end -= 1;
        }
        let words = (first..end)
            .filter(|&i| self.tokens.kind(i) == Kind::Word)
            .count();
        let plain = (first..end).all(|i| match self.tokens.kind(i) {
            Kind::Word => {
                let word = self.word(i);
                self.verb(i).is_none()
                    && !self.is_complementizer(i)
                    && !super::mentions::is_pronoun_phrase(word)
                    && (!word.starts_with('ب') || self.plays(i, Grammar::InSubject))
                    && !word.starts_with('و')
                    && (!self.is_function_word(i) || self.plays(i, Grammar::InSubject))
                    && !self.possessed_noun(i)
            }
            Kind::Number => false,
            Kind::Mark => ['"', '«', '»', '“', '”', '(', ')', ',']
                .iter()
                .any(|&m| self.is(i, m)),
        });
        if words == 0 || !plain {
            return None;
        }
        let stop = self.past_time(end + usize::from(self.is(end, ',')), limit);
        let at = stop + usize::from(self.is(stop, ','));
        let word = self.word(at);
        let opens = at < limit
            && self.content_word(at)
            && !word.starts_with(['و', 'ل'])
            && (self.possessed_noun(at)
                || derived_noun(word)
                || verbal_noun_shape(word.strip_prefix("ال").unwrap_or(word)));
        opens.then_some((end, at))
    }

    /// The subject of a verb whose content a complementizer, a colon or quotation marks open,
    /// when no mention read one: the noun phrase that opens the words between (وقال مدعي عام
    /// المقاطعة، ويس آدامز، إنه; وأكدت سعاد عبد الرحيم (53 عاما) عضو المكتب السياسي ... أن;
    /// تقول المراهقة إيما جاكسون 15 عاما، إنها), past a time right after the verb (أكد الاثنين
    /// الرئيس الإيراني حسن روحاني أن). The phrase ends at a comma, a preposition, a word with
    /// ل, بال or و, or a title after a name (نوفل عميرة نائب رئيس النقابة); a name in
    /// apposition to a description stands for it (البرلماني البريطاني السابق، أليكس كارلايل،);
    /// what stands after it up to the content holds no verb.
    fn unread_clause_subject(
        &self,
        k: usize,
        verb: &Verb,
        complement: &Complement,
        marker: usize,
    ) -> Option<Subject> {
        if matches!(complement, Complement::Clause(at, 0) if *at == k + 1) {
            return None;
        }
        let word = self.word(k);
        // (the verb carries its subject, or has one before it: وأضافوا، التي قالت، لكنه قال)
        let before = self.has_subject_before(k);
        if verb.class != Class::Verb
            || carries_subject(word)
            || object_pronoun(word, &verb.lemma)
            || before
            || !self.opens_clause(k)
            || self.fronted(k).is_some()
        {
            return None;
        }
        // the words between the verb and what marks the content, without the verb's
        // preposition, a complementizer, commas and a colon before it
        let mut end = marker;
        while end > k + 1
            && (self.is(end - 1, ',')
                || self.is(end - 1, ':')
                || self.is_complementizer(end - 1)
                || verb.prepositions.iter().any(|p| p == self.word(end - 1)))
        {
            end -= 1;
        }
        let mut first = k + 1;
        // أكد الاثنين الرئيس الإيراني: a time between the verb and its subject
        let timed = self.past_time(first, end);
        if timed > first && self.plays(first, Grammar::Time) {
            first = timed + usize::from(self.is(timed, ','));
            if let Some(subject) = self
                .subject(first, false)
                .filter(|s| s.speaker.is_some() && s.end <= end)
            {
                return Some(subject);
            }
        }
        if first >= end {
            return None;
        }
        let given = |j: usize| self.is_given_name(j);
        let written = |j: usize| (self.display)(self.starts(j), self.ends(j));
        let head = self.word(first);
        // a word a subject starts with: no adverb in the accusative (أيضا، مجددا), noun with a
        // pronoun (حديثه), verbal noun (التأكيد), word with ل (to whom: لرويترز) or الأخير
        if !self.subject_word(first)
            || self.is_function_word(first)
            || head.starts_with('ل')
            || head.ends_with('ا') && !given(first)
            || self.possessed_noun(first)
            || derived_noun(head) && !given(first)
            || super::mentions::is_verbal_noun(head) && !given(first)
            || self.lexicon.is(head, Grammar::RenewedObject)
            || self.plays(first, Grammar::Veil)
            || self.plays(first, Grammar::Anaphor)
            || self.mentions.at.contains_key(&first)
        {
            return None;
        }
        // the phrase: plain words, no conjunction after its first word; a name's words with
        // ب (باييه) or ا (يوشيدا), not a preposition's (بالشرطة) or an accusative (أيضا)
        let mut definite = written(first).starts_with("ال");
        let mut last = first + 1;
        while last < end {
            let word = self.word(last);
            // (هانز-يواخيم: a hyphen inside a name, written close)
            let hyphen = last + 1 < end
                && self.is(last, '-')
                && self.starts(last) == self.ends(last - 1)
                && self.ends(last) == self.starts(last + 1);
            if hyphen {
                last += 2;
                continue;
            }
            let named = word.starts_with('ب')
                && !word.starts_with("بال")
                && (given(last) || given(last - 1))
                || word.ends_with('ا') && !super::mentions::is_accusative_tail(word);
            let plain = self.subject_word(last) || named && self.tokens.kind(last) == Kind::Word;
            if !plain
                || self.is_function_word(last)
                || self.verb(last).is_some()
                || self.is_complementizer(last)
                || super::mentions::is_pronoun_phrase(word)
                || word.starts_with('و')
                || word.starts_with('ل') && !given(last)
                || word.ends_with('ا') && !given(last) && !named
            {
                break;
            }
            definite |= written(last).starts_with("ال");
            last += 1;
        }
        let titled = self.title_at(first, true).is_some();
        // a name the mentions read inside a description (الإعلامي الألماني الساخر يان بومرمان):
        // that name, with the words before as its role
        let described = |to: usize| {
            titled || (first..to).all(|j| written(j).starts_with("ال") || self.is_side(j))
        };
        let mut inside = first + 1;
        while inside < last {
            let j = inside;
            inside += 1;
            if let Some(&m) = self.mentions.at.get(&j) {
                let mention = &self.mentions.list[m];
                let person = mention.speaker.as_ref().is_some_and(|s| s.kind == "person");
                if person && !mention.governed && mention.end <= end && described(j) {
                    let speaker = self.resolve(mention)?;
                    return Some(Subject {
                        speaker: Some(speaker),
                        mention: Some(mention.name),
                        role: Some((self.starts(first), self.ends(j - 1))),
                        how: "name",
                        end: mention.end,
                    });
                }
                // (a title the mentions read after a name ends the name: نوريكو يوشيدا
                // ممثلة المفوضية)
                if mention.title_only && !described(j) {
                    last = j;
                    break;
                }
                return None;
            }
        }
        // a title after a name ends the name (نوفل عميرة نائب رئيس النقابة)
        if !titled {
            if let Some(t) = (first + 1..last).find(|&t| self.title_at(t, true).is_some()) {
                last = t;
            }
        }
        // (a nationality alone stands for a name not read: أعرب الألماني لوريس كاريوس)
        if last - first > 6 || last == first + 1 && self.is_side(first) {
            return None;
        }
        // no verb between the phrase and the content (a clause of its own), but in a relative
        // clause on the subject
        let mut relative = false;
        for j in last..end {
            relative |= self.plays(j, Grammar::Relative);
            if self.verb(j).is_some_and(|v| v.class == Class::Verb) && !relative {
                return None;
            }
            if self.tokens.after_break(j) {
                return None;
            }
        }
        // a name in marks right after the phrase is its own (وأفاد موفد "الجزيرة" أن،
        // وأعلنت جماعة "ولاية سيناء"، الفرع المصري، استهداف)
        if let Some(p) = self.marks.pair_at(last) {
            let pair = self.marks.pair(p);
            if pair.label && pair.open == Some(last) {
                if let Some(close) = pair.close.filter(|&c| c < end) {
                    last = close + 1;
                }
            }
        }
        // a name in apposition to a description, between commas (مدعي عام المقاطعة، ويس آدامز،
        // إنه): a few words with no article, the name the description gives (not after a noun
        // of kin, whose genitive the name is: عائلة الصحفية، سارة جونسون)
        let kin = (first..last).any(|j| super::mentions::is_kin(self.word(j)));
        let apposed = (titled || definite || last - first >= 2)
            .then_some(())
            .filter(|_| !kin)
            .and_then(|_| (last..end).find(|&c| self.is(c, ',')))
            .and_then(|c| {
                let close = (c + 1..=end)
                    .find(|&e| e == end || self.is(e, ',') || self.mark(e).is_some())?;
                let words = close - (c + 1);
                let name = (1..=3).contains(&words)
                    && (c + 1..close).all(|j| {
                        let word = self.word(j);
                        self.tokens.kind(j) == Kind::Word
                            && !written(j).starts_with("ال")
                            && !self.is_function_word(j)
                            && self.verb(j).is_none()
                            && !self.plays(j, Grammar::Time)
                            && !self.is_complementizer(j)
                            && !word.starts_with(['ل', 'و'])
                            && !super::mentions::is_pronoun_phrase(word)
                            && !derived_noun(word)
                            && !(word.ends_with('ا') && super::mentions::is_accusative_tail(word))
                            && self.title_at(j, true).is_none()
                    })
                    && (close == end || self.is(close, ','));
                name.then_some((c + 1, close))
            });
        // (a verb whose object may come first: the phrase may be that object, or what
        // follows it, حذر الدول الإفريقية من، ووصفت الإجراءات الجديدة، التي ...، بأنها،
        // اتهمت مسلسل "عوالم خفية" بأنه; but not a name in apposition, طالب المفاوض
        // الأوروبي، ميشيل بارنييه، المملكة المتحدة بـ)
        if (verb.object_first || verb.accusing) && apposed.is_none() {
            return None;
        }
        if let Some((from, to)) = apposed {
            let (start, stop) = (self.starts(from), self.ends(to - 1));
            return Some(Subject {
                speaker: Some(Speaker {
                    name: (self.display)(start, stop),
                    kind: "person",
                    side: self.side_of(first, to),
                }),
                mention: Some((start, stop)),
                role: Some((self.starts(first), self.ends(last - 1))),
                how: "name",
                end: to,
            });
        }
        let words = last - first;
        let masculine = self.cue_gender(k) == Some(super::speakers::Gender::Masculine);
        let person = given(first)
            || titled && !self.is_group_word(first)
            || !head.starts_with("ال") && words <= 3 && masculine && !self.is_group_word(first);
        let plural = !given(first)
            && (head.ends_with("ون")
                || head.chars().count() >= 6
                    && head.starts_with("ال")
                    && ["ين", "ان"].iter().any(|e| head.ends_with(e)));
        let kind = if plural && words <= 2 {
            "group"
        } else if person {
            "person"
        } else {
            "institution"
        };
        Some(self.written_subject(first, last, kind, "description", last))
    }

    /// Whether token `j` can be a word of a subject no mention read: a word, no function word
    /// (but في and من inside it), verb, time, complementizer or word with ب. (A subject before a
    /// day, `past_day`, may hold every word of `Grammar::InSubject`: لدى، ضد، باسم too.)
    pub(super) fn subject_word(&self, j: usize) -> bool {
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
            || self.plays(k - 1, Grammar::Auxiliary)
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

    /// Whether token `j` starts another report: a reporting word or an attribution phrase.
    pub(super) fn starts_cue(&self, j: usize) -> bool {
        self.lexicon
            .verb(self.word(j))
            .is_some_and(|v| v.class != Class::Noun && self.reports_here(j, v))
            && !self.is_named(j)
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
        for at in (from..to).filter_map(|j| self.relayed_at(j)) {
            let source = match self.mentions.at.get(&at) {
                Some(&m) => self.resolve(&self.mentions.list[m]),
                None => self.unread_source(at, to),
            };
            sources.extend(source.map(|s| s.name));
        }
        sources
    }

    /// The first source relayed between the subject and the content, with the name in
    /// apposition to its title (عن مبعوث الرئيس الروسي، ألكسندر لافرينتييف، قوله).
    fn relayed_source(&self, from: usize, to: usize) -> Option<Speaker> {
        // (a name read over the verbal noun of the saying is no name: عن عبدالملك قوله)
        let saying = |name: &str| {
            name.split_whitespace()
                .any(|w| matches!(w, "قوله" | "قولها" | "قولهما" | "قولهم"))
        };
        (from..to)
            .filter_map(|j| self.relayed_at(j))
            .find_map(|at| {
                self.subject(at, true)
                    .filter(|s| s.speaker.as_ref().is_none_or(|p| !saying(&p.name)))
                    .and_then(|s| s.speaker)
                    .or_else(|| self.unread_source(at, to))
            })
    }

    /// The number and gender the verbal noun of a relayed source's saying gives that source,
    /// between the subject and the content (عن الوزير قوله، عن الوزيرة قولها، عن مسؤولين قولهم).
    fn saying(&self, from: usize, to: usize) -> Option<Saying> {
        (from..to).find_map(|j| match self.word(j) {
            "قوله" => Some(Saying::Man),
            "قولها" => Some(Saying::Woman),
            "قولهم" | "قولهما" => Some(Saying::Several),
            _ => None,
        })
    }

    /// Where the source starts when token `j` is the preposition that relays it: عن, or على
    /// لسان (ونقلت الوكالة على لسان الوزير قوله).
    fn relayed_at(&self, j: usize) -> Option<usize> {
        match self.word(j) {
            "عن" => Some(j + 1),
            "علي" if self.word(j + 1) == "لسان" => Some(j + 2),
            _ => None,
        }
    }

    /// A source no mention read, between the preposition that relays it and the verbal noun
    /// of its saying, which says that the words before are whose (عن ريفالدو قوله، على لسان
    /// البشير قوله، عن بيسا أريفي، البروفسور في القانون، قوله): a few plain words, up to a
    /// comma before a description in apposition.
    fn unread_source(&self, at: usize, to: usize) -> Option<Speaker> {
        let saying = (at + 1..to.min(at + 12))
            .find(|&j| matches!(self.word(j), "قوله" | "قولها" | "قولهما" | "قولهم"))?;
        let end = (at + 1..saying)
            .find(|&j| self.is(j, ','))
            .unwrap_or(saying);
        let plain = (at..end).all(|j| self.subject_word(j) && !self.is_function_word(j));
        if end - at > 4 || !plain {
            return None;
        }
        let kind = if matches!(self.word(saying), "قولهم" | "قولهما") {
            "group"
        } else {
            "person"
        };
        self.written_subject(at, end, kind, "name", end).speaker
    }
}

/// Whether `word`, a form of the verb `lemma`, carries an object pronoun (وصفها، اتهمهم، وصفته).
pub(super) fn object_pronoun(word: &str, lemma: &str) -> bool {
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
    carries_plural_subject(verb) || ["ه", "ها", "هم", "هما"].iter().any(|e| verb.ends_with(e))
}

/// Whether a verb's ending is that of a plural or dual subject (ذكروا، يقولون، يؤكدان).
fn carries_plural_subject(verb: &str) -> bool {
    ["وا", "ون", "ان"].iter().any(|e| verb.ends_with(e))
}
