//! Attribution phrases and reports after their content: بحسب، وفقا لـ، كما قال، "..."، قال المتحدث.

use super::*;

impl Reader<'_, '_> {
    /// A past reporting verb after كما or مثلما ("as"), with nothing to say of its own after its
    /// subject but an adjunct, at the end of its sentence: the sentence before it is what was
    /// said (أقيل رئيس الأركان ...، كما أفادت وسائل إعلام رسمية؛ ...، كما قال عباس.). The
    /// content is the sentence up to كما, as with a postposed بحسب.
    pub(super) fn as_said(
        &mut self,
        k: usize,
        verb: &Verb,
        subject: Option<&Subject>,
    ) -> Option<usize> {
        if verb.class != Class::Verb || k < 4 || !matches!(self.word(k - 1), "كما" | "مثلما")
        {
            return None;
        }
        let (sentence_start, sentence_end) = self.sentence(k);
        // (not a question: ما هي مبررات التدخل كما يرى اليمنيون؟ asks what they see)
        let last = sentence_end.saturating_sub(1);
        // (؟ is ? once normalized)
        if self.is(last, '?') {
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
                let s = self
                    .subject(q, true)
                    .or_else(|| self.issuer_after_document(q))?;
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
            // وجاء في بيان الوكيلة "...": one quotation right after the source, the whole of
            // what follows, is a direct quote (a complementizer before the marks is mixed)
            if let Some(p) = self.whole_quote(at, self.clause_end(at)) {
                let speaker = speaker.or_else(|| self.implied(k, Antecedent::Speaker));
                return self.direct(k, p, draft(self, speaker));
            }
            // ووفقا لتقرير بثته وكالة "الأناضول" فإن، وحسب ما ورد في تقرير الشرطة والمقاطع التي
            // نشرها الشبان، فقد: words on the source that its mention did not read, up to the
            // main clause that فإن or فقد opens
            if let Some(main) = self.main_clause_after(at, sentence_end) {
                at = main;
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
        // (nor past a relative clause of saying on the source, its content marked right after
        // its verb, which reports on its own: ...، وفق غوريا الذي قال إن ...، بحسب الوكالة، التي
        // أشارت إلى أن، بحسب وزارة الصحة في غزة، التي أكدت أن)
        let relative = self.relative_of_source(after, sentence_end);
        // (nor before the writer's own comment on what was reported, a consequence, a setting
        // or a comparison: ...، بحسب الشرطة، مما يهدد بتأجيج التوتر، وسط مخاوف من، مقارنة بـ)
        let comment = matches!(self.word(after + 1), "مما" | "وسط" | "مقارنه" | "وذلك");
        let parenthetical = comma_before
            && !participle
            && relative.is_none()
            && !comment
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
        // ليتبين بحسب تصريح صادر عن المكتب أن المتهم ...: a complementizer right after the
        // source opens the content, which the phrase stands before
        if !comma_before && self.is_complementizer(after) && !self.adverbial_that(after) {
            let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
            let draft = draft(self, speaker);
            let end = self.clause_end(after + 1);
            return self.finish(k, after + 1, 0, end, draft);
        }
        // ...، بحسب المصدر نفسه: the content is what came before
        let end = if comma_before { k - 1 } else { k };
        // (a word of the content at least: إذ جاء في تقرير has none before it)
        let worded = (lead.0..end).any(|j| {
            matches!(self.tokens.kind(j), Kind::Word | Kind::Number) && !self.is_function_word(j)
        });
        if end <= lead.0 || !worded {
            return None;
        }
        // the relative clause's verb has the source for its subject, which no mention may have
        // read (وفق شينخوا التي قالت إن)
        if let (Some(r), Some(source)) = (relative, speaker.clone()) {
            self.source_before = Some((r, source, mention, role, how));
        }
        let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
        let draft = draft(self, speaker);
        self.finish(lead.0, lead.0, lead.1, end, draft)?;
        let stop = if participle {
            next
        } else if let Some(r) = relative {
            r
        } else {
            sentence_end.max(after).min(self.tokens.len())
        };
        for j in end..stop {
            self.covered[j] = true;
        }
        Some(stop)
    }

    /// The relative pronoun of a clause of saying on the source of an attribution phrase, the
    /// source ending at `after`: right after it, or after a comma or a few words on it (في
    /// غزة), with the clause's content marked right after its verb (التي أشارت إلى أن).
    fn relative_of_source(&self, after: usize, sentence_end: usize) -> Option<usize> {
        let marked = |j: usize| {
            self.is_complementizer(j)
                || self.plays(j, Grammar::Preposition) && self.is_complementizer(j + 1)
        };
        let last = sentence_end.min(after + 5);
        let r = (after..last)
            .find(|&r| self.plays(r, Grammar::Relative) || self.tokens.kind(r) != Kind::Word)?;
        // (the words between are on the source, words up to the first mark: no verb)
        let plain = (after..r).all(|j| self.verb(j).is_none());
        let r = if self.is(r, ',') { r + 1 } else { r };
        (plain
            && r < sentence_end
            && self.plays(r, Grammar::Relative)
            && self.verb(r + 1).is_some_and(|v| v.class == Class::Verb)
            && self.starts_cue(r + 1)
            && marked(r + 2))
        .then_some(r)
    }

    /// The issuer of a document at `q` no mention read, named by the definite genitive after it
    /// (جاء في تقرير الشرطة أن، وحسب ما ورد في بيان الوزارة الداخلية): a body, up to three
    /// words with ال.
    fn issuer_after_document(&self, q: usize) -> Option<Subject> {
        if self.word(q).starts_with("ال") || !self.plays(q, Grammar::Document) {
            return None;
        }
        let first = q + 1;
        let end = (first..(first + 3).min(self.tokens.len()))
            .take_while(|&i| {
                self.tokens.kind(i) == Kind::Word
                    && self.word(i).starts_with("ال")
                    && !self.is_function_word(i)
                    && self.verb(i).is_none()
                    && !self.plays(i, Grammar::Relative)
            })
            .last()?
            + 1;
        Some(self.written_subject(first, end, "institution", "description", end))
    }

    /// Where the main clause after a fronted attribution phrase opens, a few words past `at`
    /// where its source was read to: a complementizer with ف (فإن، فإنه) or فقد after a comma,
    /// with no reporting word or end of sentence before it.
    fn main_clause_after(&self, at: usize, sentence_end: usize) -> Option<usize> {
        if self.is_complementizer(at) || self.word(at).starts_with('ف') {
            return None;
        }
        (at..(at + 12).min(sentence_end))
            .take_while(|&i| !self.starts_cue(i) && !self.is_terminator(i))
            .find(|&i| {
                self.is_complementizer(i) && self.word(i).starts_with('ف')
                    || matches!(self.word(i), "فقد" | "فلقد") && self.is(i - 1, ',')
            })
    }

    /// Whether the source of an attribution phrase at `q` is a noun with a possessive pronoun
    /// (وطبقا لأرقامه، بحسب تقديراتها، وفقا لموقعها): its owner, named before, is the source,
    /// as with قوله. A name no lexicon knows is never written with a pronoun on it.
    pub(super) fn possessed_source(&self, q: usize, joined: bool) -> bool {
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

    /// The source an attribution phrase names with words no lexicon knows (بحسب نقابيين،
    /// وفقا لخبراء مستقلين): up to four words before a mark or a function word.
    /// Whether the word at `q` after an attribution phrase is a measure, standard or custom the
    /// clause conforms to, not a source: وفق المعايير الدولية، وفقا للتقاليد، حسب التصنيف.
    pub(super) fn norm(&self, q: usize) -> bool {
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
    pub(super) fn quoted_source(&self, q: usize) -> Option<Subject> {
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

    /// The plain words after an attribution phrase no reading above took (وفقا لخبراء،
    /// بحسب الإحصاءات الرسمية): up to four, to a mark, a function word or the verb its
    /// content opens with.
    pub(super) fn bare_source(&self, q: usize) -> Option<Subject> {
        // وحسب القانون الإسباني يختلف التحرش عن، بحسب الإحصاءات الرسمية تراجع: a word of the
        // present tense's shape after a definite word is the verb the content opens with (not
        // a name, an adjective of relation, تركية, nor a verbal noun with its pronoun: حسب
        // الإصلاحات المرتقب تطبيقها)
        let present = |j: usize| {
            let word = self.word(j);
            j > q
                && self.word(j - 1).starts_with("ال")
                && word.starts_with(['ي', 'ت'])
                && word.chars().count() >= 4
                && !word.ends_with("يه")
                && !word.ends_with('ي')
                && !["ها", "هم", "هما"].iter().any(|p| word.ends_with(p))
                && self.entity_at(j).is_none()
                && !self.lexicon.given_names.contains_key(word)
        };
        let mut end = q;
        while end < q + 4
            && self.tokens.get(end).is_some_and(|t| t.kind == Kind::Word)
            && !self.is_function_word(end)
            && !self.is_complementizer(end)
            && self.verb(end).is_none()
            && !present(end)
        {
            end += 1;
        }
        let boundary = self.mark(end).is_some()
            || self.is_function_word(end)
            || end >= self.tokens.len()
            || present(end);
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
