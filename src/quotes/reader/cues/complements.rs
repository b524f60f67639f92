//! Where a report's content starts: complementizers, colons, quotations and the verb's prepositions, and the words that may stand between a verb and its content.

use super::*;

impl Reader<'_, '_> {
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
        // وأفادت مصادر لـ"سكاي نيوز عربية"، الأربعاء، بمقتل، أكدت مصادر لوكالة الأنباء
        // وصول: the one spoken to, right after the subject, is no part of the content (not
        // after an object, the subject before the verb: محكمة تدين إيطاليا لـ"اختطاف" إمام)
        if after > k + 1 && self.fronted(k).is_none() {
            j = self.past_addressee(j, limit);
        }
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
        // أعلنت الوزارة في بيان مقتل، أكد في تغريدة استياءه: past an occasion of speech with
        // no comma, to the noun phrase it reports
        if let Some(at) = self.past_occasion(verb, j, limit) {
            j = at;
        }
        // نفت موسكو بشدة مسؤوليتها، واتهمت الدول الغربية مرارا روسيا بشن، وأكد مرة أخرى
        // أهمية: past an adverb of manner, after the subject or right after the verb
        let before_manner = j;
        while let Some(at) = self.manner_at(j).filter(|&at| at < limit) {
            // (and its comma: مستنكرا بشدة، ما تعرضت له)
            j = if self.is(at, ',') { at + 1 } else { at };
        }
        let after_manner = (j > before_manner).then_some(j);
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
                let with_b = !object.governed && end < limit && self.content_with_b(end);
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
        // (past an adverb of manner, the blame may come first: حملت بريطانيا مجددا مسؤولية
        // القضية لروسيا)
        if verb.blame {
            return self
                .blamed(before_manner)
                .filter(|&m| m > before_manner)
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
                        && !super::super::mentions::is_pronoun_phrase(word)
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
        // أعلن رئيس مجلس إدارة "إير فرانس" جان مارك جاناياك الجمعة استقالته: the rest of a
        // subject the mention read in part, up to a day, then a noun phrase content
        if verb.nominal && after > k + 1 && j < limit && !self.plays(j, Grammar::Time) {
            if let Some((_, at)) = self.past_day(j, limit) {
                j = at;
            }
        }
        let untimed = j;
        let j = self.past_time(j, limit);
        // ويرى مراقبون في الاستدعاء تمهيدا لقرارات حاسمة: what is seen in something, and as
        // what, after a subject read or one the verb's plural carries
        let plural = ["ون", "وا"].iter().any(|e| self.word(k).ends_with(e));
        // (a subject no mention reads, a plural of people: ويرى مراقبون في)
        let unread = after == k + 1
            && self.word(k + 2) == "في"
            && self.word(k + 1).ends_with("ون")
            && !self.is_function_word(k + 1)
            && self.verb(k + 1).is_none();
        let seen = if unread { k + 2 } else { j };
        // (not the noun رأي, an opinion, that folds to the verb: تطلب رأي المفتي في)
        let noun = self.written_ends_with(k, 'ي');
        if verb.seeing && !noun && (after > k + 1 || plural || unread) && self.seen_as(seen, limit)
        {
            return Some((Complement::Clause(seen, 0), seen));
        }
        // right after the subject: the content itself may start here
        if j < limit {
            if let Some(found) = self.marker(verb, j, true) {
                return Some((found, j));
            }
            // أقر الوزير بإقامة، طالبت الحكومة بوقف: a verbal noun with the verb's ب on it,
            // after the subject, an object pronoun (اتهمه بإثارة) or a subject before the verb;
            // a word right after a bare verb may be its subject's name (أبلغ بيكيه)
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
                && self.content_with_b(j);
            if with_b {
                return Some((Complement::Clause(j, 1), j));
            }
            if let Some(i) = self.verbal_noun_past_words(verb, j, limit) {
                return Some((Complement::Clause(i, 1), i));
            }
        }
        // شددت السلطات الإجراءات، أقر البرلمان مشروع القانون بأغلبية كبيرة، تهدد الحرب أمن
        // المنطقة: with an object these verbs tighten, pass and endanger; they report only with
        // their preposition after the subject (هدد بالانسحاب، تهدد الرافضين بالفصل)
        // (not when the clause goes on to a complementizer or the verb's preposition, on
        // something other than a name: the noun may be a subject not read, or not read whole,
        // وشدد السلطان قابوس على، وشددت قيادة الجيش في بيانها على أن، وأقر راخوي بالهزيمة)
        let with_b = verb.prepositions.iter().any(|p| p == "ب");
        let framed = (j..limit).any(|i| {
            let word = self.word(i);
            let on = verb.prepositions.iter().any(|p| p == word)
                && self.tokens.kind(i + 1) == Kind::Word
                && !self.mentions.at.contains_key(&(i + 1));
            // (a short one too: هددت بشن، تهدد واشنطن برد)
            let verbal_noun = with_b
                && word.starts_with('ب')
                && word.chars().count() >= 3
                && !self.is_function_word(i)
                && !self.mentions.at.contains_key(&i);
            self.is_complementizer(i) || on || verbal_noun
        });
        if matches!(verb.lemma.as_str(), "شدد" | "أقر" | "اقر" | "هدد")
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
            .find(|&at| verb.nominal && at < limit && self.content_word(at))
            // (after an adverb of manner a name, a demonstrative, what and quoted words are the
            // object too: انتقد التقرير بشدة موقع فيسبوك، نفت روسيا بشدة هذه الاتهامات، أدان
            // بشدة ما وصفه بـ، تعلنان رسميا "نهاية الحرب")
            .or(after_manner.filter(|&at| {
                verb.nominal
                    && at < limit
                    && (self.mentions.at.contains_key(&at)
                        || matches!(self.word(at), "هذا" | "هذه" | "ذلك" | "تلك" | "ما")
                        || self.speech_opening(at).is_some())
            }));
        // أكد الوزير حرصه على ...، أعلن اللاعب رحيله عن الفريق: a noun with its agent's
        // pronoun right after the subject is the content, and a preposition after it is the
        // noun's (حرصه على), not the verb's; a verb that takes an object first (حث الوزير
        // مواطنيه على) reads that noun as its object
        let possessed = nominal_at.filter(|&at| !verb.object_first && self.possessed_noun(at));
        let mut j = after;
        // (after a phrase of its own that one of the verb's prepositions heads, على هامش، على
        // خلفية، the verb's preposition no longer marks the content: a later one is the
        // phrase's, وأكدت اعتقال العشرات على خلفية أعمال عنف واعتداء على الممتلكات)
        let mut adjunct = false;
        while j < limit {
            // وقال ترامب، الذي كان يتحدث في اجتماع بالمكتب البيضاوي، إنه، وقال المسؤول، الذي لم
            // يكشف عن اسمه، إن: a relative clause on the subject read after the verb is an
            // aside, whatever verbs of speaking it holds, up to the comma before the
            // complementizer that marks the content
            if j == after
                && after > k + 1
                && self.is(j, ',')
                && self.plays(j + 1, Grammar::Relative)
            {
                // (not past a colon, which opens the content: وقال فلان، الذي ألف المسلسل:
                // "...، إنها"; past words in marks the clause holds: الذي أدان "الصور
                // الصادمة"، إن)
                let mut close = None;
                let mut c = j + 2;
                while c < limit && !self.is(c, ':') {
                    if let Some(pair) = self.marks.pair_at(c).map(|p| self.marks.pair(p)) {
                        match pair.close {
                            Some(end) if pair.open == Some(c) && end > c => {
                                c = end + 1;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    if self.is(c, ',')
                        && self.is_complementizer(c + 1)
                        && !self.word(c + 1).starts_with('و')
                        && !self.adverbial_that(c + 1)
                    {
                        close = Some(c);
                        break;
                    }
                    c += 1;
                }
                if let Some(close) = close {
                    j = close + 1;
                    continue;
                }
            }
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
            // وقال فلان، وهو خبير في الاقتصاد، في مؤتمر صحفي إن، وقال علي، وهو أحد أقارب
            // القتيل، إن: an aside on the subject, before any content, is skipped to what marks
            // the content after it (not one that comments on what came before: ، وهو ما، وهي
            // المرة الأولى)
            if self.is(j, ',') && matches!(self.word(j + 1), "وهو" | "وهي") {
                // (otherwise وهو ends the search, and وهي is read on: ، وهي باحثة، ...، الآباء
                // إلى)
                match self.subject_aside(k, after, j, limit) {
                    Some(marked) => j = marked,
                    None if self.word(j + 1) == "وهو" => break,
                    None => j += 1,
                }
                continue;
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
            adjunct |= self.plays(j + 1, Grammar::Adjunct)
                && verb.prepositions.iter().any(|p| p == self.word(j));
            if let Some(found) = self.marker(verb, j, false) {
                // (a complementizer, a colon or marks later still start the content)
                let prepositional = matches!(found, Complement::Clause(..))
                    && !self.is_complementizer(j)
                    && !self.is(j, ':');
                if adjunct && prepositional {
                    j += 1;
                    continue;
                }
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
                        || self.is_given_name(at)
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

    /// Where the words after an addressee at `j` start: a name in marks after a bare ل
    /// (لـ"سكاي نيوز عربية"), a medium the ل on its first word governs (لوكالة الأنباء
    /// الفرنسية، لبي بي سي) or a counterpart (لنظيره الإيراني); `j` itself when there is none.
    /// (Not another ل and its noun, as often the genitive of the subject's title: المبعوث
    /// الخاص لإيران، الرئيس التنفيذي للشركة، مرشح اليسار للرئاسة.)
    fn past_addressee(&self, j: usize, limit: usize) -> usize {
        if self.word(j) == "ل" {
            let named = self.marks.pair_at(j + 1).map(|p| self.marks.pair(p));
            if let Some(close) = named
                .filter(|pair| pair.label && pair.open == Some(j + 1))
                .and_then(|pair| pair.close)
            {
                return (close + 1).min(limit);
            }
        }
        let Some(&m) = self.mentions.at.get(&j) else {
            return j;
        };
        let mention = &self.mentions.list[m];
        let word = self.word(j);
        let spoken_to = mention.speaker.as_ref().is_some_and(|s| s.kind == "medium")
            || word.starts_with("لنظير");
        if word.starts_with('ل') && mention.governed && spoken_to {
            mention.end.min(limit)
        } else {
            j
        }
    }

    /// Where a noun phrase content opens after an occasion of speech at `j` that no comma
    /// closes (أعلنت الوزارة في بيان مقتل، أكد في تغريدة استياءه، أعلنت في بيان لها الأحد بدء):
    /// في، خلال or عبر, a noun of occasion with no article (بيان، تصريحات، كلمته), then its
    /// ل with a pronoun (لها), adjectives with no article (صحفي، رسمية، مشترك), a time and
    /// commas; the content a noun with its pronoun or a verbal noun, with no article, or
    /// one with the verb's ب. None when anything else follows (في بيان صادر عن، في كلمة
    /// ألقاها، في ختام الاجتماع).
    pub(super) fn past_occasion(&self, verb: &Verb, j: usize, limit: usize) -> Option<usize> {
        if !verb.nominal || !matches!(self.word(j), "في" | "خلال" | "عبر") {
            return None;
        }
        let noun = j + 1;
        if noun >= limit || !self.occasion_noun(noun) {
            return None;
        }
        let written = |i: usize| (self.display)(self.starts(i), self.ends(i));
        let mut at = noun + 1;
        while at < limit {
            let word = self.word(at);
            let pronoun = word.starts_with('ل') && super::super::mentions::is_pronoun_phrase(word);
            let adjective = self.tokens.kind(at) == Kind::Word
                && !written(at).starts_with("ال")
                && (self.plays(at, Grammar::OccasionAdjective)
                    || ["ي", "يه"].iter().any(|e| word.ends_with(e))
                        && word.chars().count() >= 4
                        && !self.is_function_word(at)
                        && self.verb(at).is_none());
            let timed = self.past_time(at, limit);
            if pronoun || adjective || self.is(at, ',') {
                at += 1;
            } else if timed > at {
                at = timed;
            } else {
                break;
            }
        }
        if at >= limit || self.tokens.kind(at) != Kind::Word {
            return None;
        }
        let word = self.word(at);
        let bare = !written(at).starts_with("ال") && !word.starts_with(['و', 'ل', 'ب']);
        // (a word of three letters is as often the passive of a relative clause, في بيان نشر
        // على، خلال مؤتمر عقد الخميس: a verbal noun has its genitive after it, no time or
        // function word; a present verb of the form تتفعّل is no verbal noun, خلال كلمة تتضمن)
        let short = word.chars().count() == 3;
        let governs = self.tokens.kind(at + 1) == Kind::Word
            && self.content_word(at + 1)
            && !self.plays(at + 1, Grammar::Time);
        let shaped = derived_noun(word) || verbal_noun_shape(word) && (!short || governs);
        let opens = bare
            && self.content_word(at)
            && !self.mentions.at.contains_key(&at)
            && !word.starts_with("تت")
            && (self.possessed_noun(at) || shaped);
        // (a verb whose pronoun takes the occasion back opens a relative clause on it, no
        // content: في بيان نشره، في كلمة ألقاها، في تصريحات نقلتها; so does a noun with the
        // pronoun of the occasion's gender, which may be that verb: في بيان رفضه)
        let resumed = {
            let (occasion, mine) = (written(noun), written(at));
            let feminine = occasion.ends_with('ة') || occasion.ends_with("ات");
            // (a dual pronoun is the people the occasion brought together: مؤتمر صحفي جمعهما)
            mine.ends_with("هما")
                || if feminine {
                    mine.ends_with("ها")
                } else {
                    mine.ends_with('ه')
                }
        };
        let with_b = verb.prepositions.iter().any(|p| p == "ب") && self.content_with_b(at);
        ((opens || with_b) && !resumed).then_some(at)
    }

    /// Whether the word at `j` is a noun of an occasion of speech (بيان، مؤتمر، تغريدة), bare or
    /// with its possessive pronoun (بيانها، كلمته، تصريحاته), with no article.
    fn occasion_noun(&self, j: usize) -> bool {
        let word = self.word(j);
        if self.lexicon.is(word, Grammar::Occasion) {
            return true;
        }
        ["هما", "هم", "ها", "ه"].iter().any(|p| {
            word.strip_suffix(p).is_some_and(|stem| {
                self.lexicon.is(stem, Grammar::Occasion)
                    || stem
                        .strip_suffix('ت')
                        .is_some_and(|s| self.lexicon.is(&format!("{s}ه"), Grammar::Occasion))
            })
        })
    }

    /// Whether the word at `j` can open a content with ب (بالتلاعب، بأنه): a word of more than three
    /// letters, no function word, pronoun phrase or mention.
    fn content_with_b(&self, j: usize) -> bool {
        let word = self.word(j);
        word.starts_with('ب')
            && word.chars().count() > 3
            && !self.is_function_word(j)
            && !super::super::mentions::is_pronoun_phrase(word)
            && !self.mentions.at.contains_key(&j)
    }

    /// Whether a phrase with في at `j` says what a seeing verb's subject sees in something and
    /// as what (يرى مراقبون في الاستدعاء تمهيدا لقرارات، رأت العائلة في التسجيل "برهانا"): the
    /// thing seen, then within a few words an indefinite noun, the predicate, in a clause with no
    /// complementizer, colon or other verb (رأى في كلمته أن ... reports the clause after أن).
    pub(super) fn seen_as(&self, j: usize, limit: usize) -> bool {
        if self.word(j) != "في" || self.tokens.kind(j + 1) != Kind::Word {
            return false;
        }
        let end = self.clause_end(j).min(limit.max(j + 1)).min(j + 8);
        for i in j + 1..end {
            if self.is_complementizer(i) || self.is(i, ':') || self.verb(i).is_some() {
                return false;
            }
            let word = self.word(i);
            let written = self.written(i);
            let predicate = i > j + 1
                && (self.speech_opening(i).is_some()
                    || self.content_word(i)
                        && !written.starts_with("ال")
                        && !word.starts_with(['ب', 'ل', 'و', 'ف'])
                        && !self.possessed_noun(i)
                        && !self.plays(i, Grammar::Time)
                        && word.ends_with('ا')
                        && word.chars().count() >= 4);
            // (not a name, nor the name of where the subject works, before a complementizer:
            // ورأى ممثل الولايات المتحدة في المجلس ثيودور أليغرا أن، ويرى الخبير في هيئة "بلو
            // باي" أن)
            let named = self.lexicon.given_names.contains_key(word) || self.is_given_name(i - 1);
            if predicate {
                let clause = self.clause_end(j).min(limit.max(j + 1));
                return !named && !(i..clause).any(|c| self.is_complementizer(c));
            }
        }
        false
    }

    /// Whether the words `at..j` are one stretch of a clause: words, numbers and quoted names,
    /// with no comma, mark, verb, complementizer, paragraph break or word that introduces
    /// speech (أبدى سعادته بقوله "...") among them.
    pub(super) fn runs_on(&self, at: usize, j: usize) -> bool {
        j <= at + 12
            && (at..j).all(|i| {
                // (as search normalization writes them: قائلا is قاءلا)
                !matches!(
                    self.word(i),
                    "بقوله"
                        | "بقولها"
                        | "بقولهم"
                        | "بالقول"
                        | "قاءلا"
                        | "قاءله"
                        | "قاءلين"
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
    pub(super) fn complementizer_follows(&self, j: usize, limit: usize) -> Option<usize> {
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
    pub(super) fn continued_quote(&self, verb: &Verb, j: usize) -> Option<usize> {
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
                    && !super::super::mentions::is_pronoun_phrase(before)
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
                // (nor one a noun after it makes a phrase of its own: على هامش، على خلفية،
                // على الرغم من، عن طريق)
                && !self.plays(j + 1, Grammar::Adjunct)
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
    pub(super) fn adverbial_that(&self, j: usize) -> bool {
        if j == 0 {
            return false;
        }
        let word = self.word(j - 1);
        let bare = super::super::super::lexicon::strip_conjunction(word).unwrap_or(word);
        let before = matches!(bare, "قبل" | "بعد") && !(j > 1 && self.word(j - 2) == "من");
        before
            || matches!(
                bare,
                "منذ" | "دون" | "بدون" | "رغم" | "برغم" | "الا" | "اذ" | "حتي" | "لولا"
            )
    }

    /// Where the content is marked after an aside on the subject of the verb at `k` (subject
    /// read up to `after`) that the comma at `j`, with وهو or وهي after it, opens: it comes
    /// right after that subject, or after a few plain words the verb's subject may be (a name
    /// no mention read whole), and says what the subject is (وهو خبير، وهي مؤرخة), not what
    /// the event was (وهو ما، وهي المرة الأولى، وهو الأمر الذي).
    pub(super) fn subject_aside(
        &self,
        k: usize,
        after: usize,
        j: usize,
        limit: usize,
    ) -> Option<usize> {
        let what = self.word(j + 2);
        if j + 2 >= limit || self.lexicon.is(what, Grammar::EventAside) {
            return None;
        }
        let subject = after > k + 1 && j == after
            || j > k + 1
                && j <= k + 8
                && !carries_subject(self.word(k))
                && (after..j).all(|i| {
                    self.tokens.kind(i) == Kind::Word
                        && !self.is_complementizer(i)
                        && !self.is_function_word(i)
                        && self.verb(i).is_none()
                        && !self.plays(i, Grammar::Time)
                });
        if !subject {
            return None;
        }
        // (only when what follows is marked: a complementizer, a colon or words in marks
        // before any other cue; a content that is a noun phrase or the verb's preposition
        // may be the aside's own)
        (j + 2..limit)
            .take_while(|&i| !self.starts_cue(i))
            .find(|&i| {
                // (وإن كان: a concession, no content)
                self.is_complementizer(i)
                    && !self.adverbial_that(i)
                    && !self.word(i).starts_with('و')
                    || self.is(i, ':') && !self.clock_colon(i)
                    || self.speech_opening(i).is_some_and(|p| {
                        let pair = self.marks.pair(p);
                        !pair.label && pair.end > pair.first + 2
                    })
            })
    }

    /// Whether the word at `j`, before a complementizer, makes it a conjunction that opens a
    /// clause of the writer's (بيد أن، غير أن، لاسيما أن، حيث إن، كما أن), not a report's content.
    pub(super) fn opens_own_clause(&self, j: usize) -> bool {
        self.plays(j, Grammar::OwnClause)
    }

    /// Where a phrase of time at `j` ends, before `limit`: words of time (مطلع، الجاري، آذار),
    /// numbers and the slash between two names of a month (8 آذار/مارس 2018), after في or
    /// not; `j` itself when there is none.
    pub(in crate::quotes::reader) fn past_time(&self, j: usize, limit: usize) -> usize {
        let start = if self.word(j) == "في" { j + 1 } else { j };
        let mut i = start;
        // (في التاسع من فبراير، في الثامن والعشرين من الشهر: a definite word that is no word of
        // time, one or two joined by و, before من and a month: an ordinal day written in words,
        // as it is in news, though the test is only the form)
        let month_after = |m: usize| self.word(m) == "من" && self.plays(m + 1, Grammar::Time);
        if self.word(i).starts_with("ال") && !self.plays(i, Grammar::Time) {
            if month_after(i + 1) {
                i += 1;
            } else if self.word(i + 1).starts_with("وال") && month_after(i + 2) {
                i += 2;
            }
        }
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
    pub(super) fn verbal_noun_past_words(
        &self,
        verb: &Verb,
        j: usize,
        limit: usize,
    ) -> Option<usize> {
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
            && !super::super::mentions::is_pronoun_phrase(word)
            && !self.mentions.at.contains_key(&i)
            && self.attribution_at(i).is_none()
            // (a compound preposition, no verbal noun: تهدد الأرض بسبب، بشأن، بنسبة)
            && !self.lexicon.is(word, Grammar::NoVerbalNoun)
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
    pub(super) fn adverb_after_subject(&self, verb: &Verb, j: usize) -> bool {
        let word = self.word(j);
        let reflexive = matches!(word, "ذاته" | "ذاتها" | "نفسه" | "نفسها" | "انفسهم");
        self.plays(j, Grammar::Connective) && !matches!(word, "كما" | "ثم")
            || reflexive && !verb.object_first
            || matches!(word, "اولا" | "بذلك")
            || self.plays(j, Grammar::Manner)
    }

    /// Where an adverb of manner or frequency at `j` ends (بشدة، مرارا؛ مرة أخرى، مرة جديدة,
    /// two words): the content of a report comes after it.
    pub(super) fn manner_at(&self, j: usize) -> Option<usize> {
        if self.plays(j, Grammar::Manner) {
            return Some(j + 1);
        }
        self.phrase_playing(j, Grammar::Manner)
    }

    /// Whether the word at `at` is a verbal noun with `verb`'s preposition as its clitic: ب for
    /// a verb that takes ب (طالب بتضافر), ل for one that takes إلى or على (يدعو لتحسين، تحث
    /// لعدم); not a function word, a pronoun (بها، له), a name, nor ل of the article (للمقاطعة).
    pub(super) fn clitic_preposition(&self, verb: &Verb, at: usize) -> bool {
        let word = self.word(at);
        let takes = |p: &str| verb.prepositions.iter().any(|x| x == p);
        let clitic = word.starts_with('ب') && takes("ب")
            || word.starts_with('ل') && !word.starts_with("لل") && (takes("الي") || takes("علي"));
        clitic
            && word.chars().count() > 3
            && verbal_noun_shape(&word[word.char_indices().nth(1).map_or(0, |(i, _)| i)..])
            && self.tokens.kind(at) == Kind::Word
            && !self.is_function_word(at)
            && !super::super::mentions::is_pronoun_phrase(word)
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
                && !super::super::mentions::is_pronoun_phrase(word)
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
    pub(super) fn plain_word(&self, j: usize) -> bool {
        let word = self.word(j);
        self.tokens.kind(j) == Kind::Word
            && self.content_word(j)
            && !word.starts_with('ب')
            && !word.ends_with('ا')
            && !super::super::mentions::is_pronoun_phrase(word)
            && !self.is_complementizer(j)
            && self.attribution_at(j).is_none()
    }

    /// A source's wish to stay unnamed at `i` (طلب عدم الكشف عن هويته، عدم نشر اسمه).
    pub(super) fn unnamed(&self, i: usize) -> bool {
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
    pub(super) fn request(&self, j: usize, limit: usize) -> Option<usize> {
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
    pub(super) fn past_adjectives(&self, mut e: usize, limit: usize) -> usize {
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
    pub(super) fn possessed_noun(&self, j: usize) -> bool {
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

    /// Whether a colon or an opening mark of speech stands in `from..to` before the clause
    /// ends: a `marked` verb (زاد، واصل) reports only then, and cuts no content otherwise
    /// (فيما زاد عدد السفن is no report).
    pub(super) fn speech_marked_within(&self, from: usize, to: usize) -> bool {
        (from..to)
            .take_while(|&i| !self.is_terminator(i) && !self.is(i, ','))
            .any(|i| self.is(i, ':') && !self.clock_colon(i) || self.speech_opening(i).is_some())
    }

    /// The first preposition of a `that` verb taking a clause in `from..to`, before any mark
    /// (the end of the sentence included), and where its content starts.
    pub(super) fn that_within(&self, v: &Verb, from: usize, to: usize) -> Option<(usize, usize)> {
        (from..to)
            .take_while(|&i| self.mark(i).is_none())
            .find_map(|i| self.that_at(v, i).map(|at| (i, at)))
    }

    /// Where the content starts when a `that` verb's preposition at `i` takes a clause: after
    /// its complementizer (إلى أن) or the verbal noun of saying and its complementizer (إلى
    /// القول إن).
    pub(super) fn that_at(&self, v: &Verb, i: usize) -> Option<usize> {
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

    /// Whether the noun phrase at `at` (past `prefix` code points of proclitic) names a topic
    /// or a product (`topic` in grammar.tsv, with ال or a possessive pronoun: التفاصيل،
    /// هاتفها) or opens with a word in Latin letters (a product's name: iPhone XS).
    pub(super) fn topic(&self, at: usize, prefix: usize) -> bool {
        let word = super::super::text::after(self.word(at), prefix);
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
    pub(super) fn possessed(&self, j: usize) -> bool {
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
}
