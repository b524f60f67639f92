//! Headlines of the form "speaker: content" and names in marks as subjects.

use super::*;

impl Reader<'_, '_> {
    /// A headline in the form "speaker: content" (البيت الأبيض: مفاوضات ...، بومبيو عن
    /// المحادثات: ...), at the start of a line or of a sentence of one: the speaker is a name
    /// at its start, one the lexicon knows or the document introduces anywhere.
    pub(super) fn headline(&mut self, k: usize) -> Option<usize> {
        let (_, end) = self.sentence(k);
        let (speaker, name, first_end) = match self.mentions.at.get(&k) {
            Some(&m) => {
                let mention = &self.mentions.list[m];
                // (a description names its speaker too: لجنة حماية الصحفيين الدولية: ...،
                // المحكمة الدستورية العليا بمصر: ...)
                let named = mention.how == "name"
                    || mention.how == "description" && mention.speaker.is_some();
                if !named || mention.governed {
                    return self.speaking_headline(k);
                }
                (mention.speaker.clone(), mention.name, mention.end)
            }
            None => {
                let Some((len, speaker)) = self
                    .learned_at_start(k)
                    .or_else(|| self.reporting_in_body(k))
                else {
                    return self.speaking_headline(k);
                };
                let name = (self.starts(k), self.ends(k + len - 1));
                (Some(speaker), name, k + len)
            }
        };
        // the colon, right after the name or a few words on (بومبيو عن المحادثات:)
        let colon = (first_end..end.min(first_end + 10)).find(|&j| {
            self.mark(j)
                .is_some_and(|c| matches!(c, ':' | ',' | '.' | '!' | '?'))
        })?;
        if !self.is(colon, ':') || (first_end..colon).any(|j| self.verb(j).is_some()) {
            return None;
        }
        // مصر: السيسي يفتتح ...: a place before a headline's colon is its topic, not a speaker;
        // but a country that replies speaks by its government (قطر ترد على السعودية: ...، روما
        // ردا على الجريمة: ...)
        let replies = (first_end..colon).any(|j| {
            matches!(self.word(j), "يرد" | "ترد" | "رد" | "ردت" | "ردا")
                && self.word(j + 1) == "علي"
        });
        // (and one that says "we" speaks, or one that speaks to someone: موسكو: لا علاقة لنا
        // ...، بكين لواشنطن: ...)
        if speaker.as_ref().is_some_and(|s| s.kind == "place")
            && !replies
            && self.addressee_before(colon).is_none()
            && !self.first_person(colon + 1, end)
        {
            return None;
        }
        self.headline_content(k, colon, end, speaker, name)
    }

    /// The content of a headline whose speaker `speaker` (written at `name`) is named before
    /// the colon at `colon`, its sentence ending at `end`.
    fn headline_content(
        &mut self,
        k: usize,
        colon: usize,
        end: usize,
        speaker: Option<Speaker>,
        name: (usize, usize),
    ) -> Option<usize> {
        // a headline is short; a paragraph of the body may say "speaker: \"...\"" at any
        // length (الاتحاد المغربي لكرة القدم: "أود أن أهنئ ..."), when the marks close it
        let long = end - k > 30;
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

    /// A headline "X: ..." whose words before the colon no mention reads as a speaker, which
    /// still says what someone said: its words speak in the first person (روسيا وتركيا: لن
    /// نسمح ...), or it names whom it speaks to (العبادي لـCNN: ...، وزير الخارجية
    /// لفرانس24: ...). The speaker is the words before the colon (before whom it speaks to).
    /// A topic (مونديال روسيا: ...، فيديو: ...) says none of these.
    fn speaking_headline(&mut self, k: usize) -> Option<usize> {
        let (_, end) = self.sentence(k);
        if end - k > 30 || !(k == 0 || self.tokens.after_break(k)) {
            return None;
        }
        let colon = (k + 1..end.min(k + 7)).find(|&j| self.mark(j).is_some())?;
        // (a line of the body goes on with و or ف, أما, or a verb: ويتابع: "..."، يواجه لبنان
        // معضلتين: ...; a link's label opens with ل: للمزيد: ...)
        let plain = (k..colon).all(|j| {
            matches!(self.tokens.kind(j), Kind::Word | Kind::Number)
                && self.verb(j).is_none()
                && !self.word(j).starts_with('ي')
                && (!self.is_function_word(j) || self.word(j) == "ل")
        }) && !self.word(k).starts_with(['و', 'ف'])
            && !self.word(k).starts_with("لل")
            && self.word(k) != "اما";
        if !self.is(colon, ':') || !plain {
            return None;
        }
        // (not a document: تقرير: ...، دراسة: ... is as often the writer's summary of one)
        let addressee = self.addressee_before(colon);
        let speaks = addressee.is_some() || self.first_person(colon + 1, end);
        if !speaks {
            return None;
        }
        // (the speaker's words end before whom they speak to)
        let last = addressee.unwrap_or(colon);
        if last <= k {
            return None;
        }
        let name = (self.starts(k), self.ends(last - 1));
        let speaker = Speaker {
            name: (self.display)(name.0, name.1),
            kind: "institution",
            side: None,
        };
        self.headline_content(k, colon, end, Some(speaker), name)
    }

    /// Where the words before a headline's colon at `colon` name whom its speaker speaks to,
    /// if they end so: ل and a name (لـCNN، لفرانس24، لواشنطن، لإدارة الأهلي).
    fn addressee_before(&self, colon: usize) -> Option<usize> {
        let j = (colon.saturating_sub(3)..colon)
            .find(|&j| self.word(j).starts_with('ل') && !self.word(j).starts_with("ال"))?;
        let word = self.word(j);
        // (a name after ل, its own word when ل is written apart: لـ CNN)
        let named = if word == "ل" {
            j + 1 < colon
        } else {
            self.mentions.at.contains_key(&j)
                || self.entity_at(j).is_some()
                || word.chars().count() > 3
                    && j + 1 < colon
                    && self.tokens.kind(j + 1) == Kind::Number
        };
        (j > 0 && named).then_some(j)
    }

    /// Whether the words of `from..to` speak in the first person: a pronoun of the first
    /// person (نحن، لنا، إننا)، or a present verb of "we" after a particle of negation or the
    /// future (لن نسمح، لا نسعى، لم نبلغ، سوف نرد).
    pub(super) fn first_person(&self, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            self.plays(j, Grammar::FirstPerson)
                || j > from
                    && matches!(
                        self.word(j - 1),
                        "لن" | "لم" | "لا" | "سوف" | "ولن" | "ولم" | "ولا" | "فلن" | "فلا"
                    )
                    && self.word(j).starts_with('ن')
                    && self.word(j).chars().count() >= 4
        })
    }

    /// The speaker of the document's title "X: ..." that no lexicon knows (أرامكو، الصحة
    /// العالمية): up to four words before the colon, with no verb, that the body names as the
    /// subject of a reporting verb, at most two words after it (أعلنت منظمة الصحة العالمية،
    /// وذكرت شركة أرامكو). A topic (كأس العالم: ...، فساد: ...) is no such subject.
    pub(super) fn reporting_in_body(&self, k: usize) -> Option<(usize, Speaker)> {
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
    pub(super) fn learned_at_start(&self, k: usize) -> Option<(usize, Speaker)> {
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
    pub(super) fn quoted_subject(&self, k: usize) -> Option<Subject> {
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
        let verb = k.checked_sub(1).and_then(|before| self.verb(before));
        let naming = verb.is_some_and(|v| v.naming);
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
        // أعلنت "سبيس إكس" عن صاروخ، كشفت "تويتر" عن تغييرات: the verb's own preposition
        // right after a short name in marks (no article or clitic ب on its first word, which
        // quoted words the verb reports have: توعد "بالثأر" من) opens its content
        let own = verb.is_some_and(|v| {
            v.class == Class::Verb
                && !v.naming
                && !v.object_first
                && !v.accusing
                && v.prepositions
                    .iter()
                    .any(|p| p != "ب" && p.as_str() == self.word(after))
        });
        let plain = || {
            let first = self.word(pair.first);
            !first.starts_with("ال")
                && !first.starts_with('ب')
                && (pair.first..pair.end).all(|j| !self.is_function_word(j))
        };
        let named = self.is_complementizer(after)
            || j > after && self.is_complementizer(j) && !naming
            || self.is(after, ',') && self.word(after + 1).starts_with("ال")
            || possessor
            || content_later
            || own && words <= 3 && plain();
        if pair.open != Some(k) || words == 0 || words > 4 || !named {
            return None;
        }
        Some(self.quoted_name(pair.first..pair.end, after))
    }

    /// The name in quotation marks over `words` as a subject that ends at token `end`: an
    /// organisation, named as the text writes it.
    pub(super) fn quoted_name(&self, words: std::ops::Range<usize>, end: usize) -> Subject {
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
}
