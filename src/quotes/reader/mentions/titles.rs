//! Titles and their holders: a title (with its genitive, its place, its rank) and the name it is
//! held by, before or after it, or set off by commas.

use super::*;

impl Finder<'_, '_> {
    /// A title, its modifiers, and the name after it: "المتحدث باسم الرئاسة الروسية ديمتري
    /// بيسكوف", "نائب وزير الخارجية الروسي ألكسندر جروشكو", "مبعوث بوتين للتعاون الدولي".
    pub(super) fn titled(&mut self, k: usize) -> Option<Mention> {
        let (len, prefix, _) = self.title_at(k, true)?;
        let len_title = len;
        let head = after(self.word(k), prefix);
        let definite = head.starts_with("ال") || head.starts_with("نظير");
        let mut j = k + len;
        let mut genitive = false;
        // where the last title word ended, and whether it was definite: معاون مدير صحة
        // المحافظة takes a genitive after مدير too
        let mut title_end = k + len;
        let mut definite = definite;
        // لتسلم منصب وزير الخارجية: after ل and a verbal noun, the noun it governs
        let mut after_l = false;
        // whether the role ends with an organisation named in marks
        let mut in_marks = false;
        // where a plain noun ends that an indefinite title governs (وزير خارجية، قائد شرطة)
        let mut plain_genitive = None;
        while j < self.tokens.len() && j < k + 12 {
            let word = self.word(j);
            // where the role is held, when its holder follows (سفير فرنسا في لبنان برنار
            // إيمييه، المتحدث باسم التحالف في اليمن العقيد ...), not where it spoke
            // (مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف، القيادي في حزب النهضة
            // علي العريض: a place or a body, and the holder's full name right after it)
            if matches!(word, "في" | "الي") && j >= k + len {
                if let Some(after) = self.place_before_holder(j) {
                    j = after;
                    break;
                }
            }
            if word == "في" && j >= k + len {
                if let Some(len) = self.place_at(j + 1).filter(|_| j > k + len) {
                    let after = j + 1 + len;
                    if self.title_at(after, false).is_some() || self.holder(after).is_some() {
                        j = after;
                        continue;
                    }
                }
                // where it is held, by an organisation or a field of up to ten words, right
                // after the title or not, when its holder follows, between commas or after a
                // definite word (القيادي في حركة النهضة، عبد الكريم الهاروني، إن؛ الباحثة في
                // علوم الجو بجامعة ماريلاند، أوجينيا كانلاي، إن؛ الخبير في شؤون الجماعات
                // الإرهابية منير أديب لموقع)
                if let Some(end) = self.held_in(j) {
                    j = end;
                    break;
                }
                // مندوب السودان في الأمم المتحدة السفير عمر دهب إن: where it is held, then a
                // rank (one definite title word) and its holder's name, with no commas
                if let Some(rank) = self.rank_after_place(k, j) {
                    j = rank + 1;
                    break;
                }
            }
            // where a delegate is accredited is part of the role, its holder named after it
            // or not (سفير فرنسا لدى المنظمة فيليب لاليو، سفيرة إسرائيل لدى المنظمة الدولية,
            // المندوب الروسي لدى الأمم المتحدة); not a time (لدى وصوله)
            if word == "لدي" && j >= k + len {
                if let Some(len) = self.accredited_at(j + 1) {
                    j += 1 + len;
                    continue;
                }
            }
            // عضو البرلمان البريطاني ألان دنكان: a given name with أل starts the holder, it is
            // no adjective of the title
            if j > k && self.given_with_al(j) {
                break;
            }
            // مراسل "العربية"، مدير "مرصد الأزهر": the body a title in the construct state is
            // of, named in marks, is part of the role
            if j == title_end && !definite {
                if let Some(end) = self.marked_name_end(j) {
                    // (مديرة "هيومن رايتس ووتش" في فرنسا بينيديكت جانرود: where it is held)
                    j = self.place_before_holder(end).unwrap_or(end);
                    in_marks = true;
                    break;
                }
            }
            if word.is_empty() || self.is_function_word(j) {
                break;
            }
            if after_l
                && self.title_at(j + 1, false).is_some()
                && self.tokens.kind(j) == Kind::Word
                && !word.starts_with("ال")
                && self.name_at(j).is_none()
                && self.verb(j).is_none()
            {
                after_l = false;
                j += 1;
                continue;
            }
            after_l = false;
            if let Some(after) = self.parenthesis(j) {
                j = after;
                continue;
            }
            // المتحدثة باسمها وينكي روغن: باسم with the pronoun of the body named before
            if matches!(word, "باسمه" | "باسمها" | "باسمهم" | "باسمهما") {
                j += 1;
                continue;
            }
            if word == "باسم" {
                j += 1;
                match (self.name_at(j), self.group(j)) {
                    (Some((len, _, _)), _) => j += len,
                    (None, Some(group)) => j = group.end,
                    (None, None) => {
                        // باسم شرطة لندن، باسم حركة طالبان: a genitive chain no lexicon holds
                        if !self.word(j).starts_with("ال")
                            && self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
                            && !self.is_function_word(j)
                            && self.verb(j).is_none()
                        {
                            j += 1;
                            if let Some((len, 0, _)) = self.name_at(j) {
                                j += len;
                            } else if self.unknown_name(j) == 1 && self.ends_apposition(j + 1) {
                                // باسم قصر كينغستون:
                                j += 1;
                            } else {
                                // باسم تحالف دعم الشرعية: a chain of genitives runs on to its
                                // first definite word
                                let indefinite = |i: usize| {
                                    self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
                                        && !self.word(i).starts_with("ال")
                                        && !self.is_function_word(i)
                                        && self.verb(i).is_none()
                                        && self.title_at(i, true).is_none()
                                };
                                let mut e = j;
                                while e < j + 2 && indefinite(e) {
                                    e += 1;
                                }
                                if e > j
                                    && self.word(e).starts_with("ال")
                                    && !self.is_function_word(e)
                                {
                                    j = e;
                                }
                            }
                        }
                        while self.word(j).starts_with("ال") && !self.is_function_word(j) {
                            j += 1;
                        }
                        // باسم تحالف "دعم الشرعية في اليمن": the name in marks
                        if self.mark(j).is_some_and(|c| "\"«“".contains(c)) {
                            let close = (j + 2..j + 8)
                                .find(|&c| self.mark(c).is_some_and(|c| "\"»”".contains(c)));
                            if let Some(close) = close {
                                j = close + 1;
                            }
                        }
                    }
                }
                continue;
            }
            if let Some((len, 0, _)) = self.title_at(j, false) {
                definite = word.starts_with("ال");
                j += len;
                title_end = j;
                genitive = false;
                continue;
            }
            // للرئيس الأمريكي، لحزب الله، للوكالة رافائيل غروسي; not an addressee
            // (لنظيره الأميركي)
            // لوكالة فرانس برس، لصحيفة ...: a medium after a title is who it spoke to
            let medium = word.starts_with('ل')
                && self
                    .words
                    .of(j, true)
                    .any(|f| self.lexicon.groups.get(f.text) == Some(&"medium"));
            // (المدير العام لشبكة الجزيرة الإخبارية، وضاح خنفر، لبي بي سي: the medium a title
            // is of, when its holder follows between commas)
            let holder_apposed = |j: usize| {
                self.group(j).is_some_and(|m| {
                    self.is(m.end, ',')
                        && self.holder(m.end + 1).is_some_and(|(len, clitic)| {
                            (clitic != usize::MAX || len >= 2) && self.is(m.end + 1 + len, ',')
                        })
                })
            };
            let addressee =
                word.starts_with("لنظير") || medium && j > k + len && !holder_apposed(j);
            let next_continues = self.genitive_follows(j + 1) || self.name_at(j + 1).is_some() || {
                // a name, then the rest of the sentence rather than a preposition
                let name = self.unknown_name(j + 1);
                let after = j + 1 + name;
                name > 0 && (!self.is_function_word(after) || self.is_complementizer(after))
            };
            // الرئيس التنفيذي لشركة "نور"، سامي علي: the organisation the title is of, named
            // in marks, is part of the role; its holder may follow
            let organisation = word
                .strip_prefix('ل')
                .is_some_and(|head| matches!(self.lexicon.groups.get(head), Some(&"institution")));
            if organisation && j > k {
                if let Some(end) = self.marked_name_end(j + 1) {
                    j = end;
                    in_marks = true;
                    break;
                }
            }
            if word.starts_with('ل') && word.chars().count() > 2 && next_continues && !addressee {
                j += 1;
                after_l = true;
                continue;
            }
            // المدير التنفيذي للشركة، سامي الخطيب، إن؛ مدير المركز الوطني للأرصاد خالد منصور
            // من: the body a title is of, after ل with its article, is part of the role when
            // its holder's name follows (two words, or one a lexicon knows) and then ends
            if word.starts_with("لل") && j > k && !addressee {
                // (رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى صنع الله: where it is, first)
                let place_end = Some(j + 1)
                    .filter(|&i| self.word(i) == "في")
                    .and_then(|i| self.place_at(i + 1).map(|len| i + 1 + len))
                    .unwrap_or(j + 1);
                let at = place_end + usize::from(self.is(place_end, ','));
                // (not a clause of its own after the comma: للعالمية، والزمن بكل ما)
                let held = !self.word(at).starts_with('و')
                    && self.holder(at).is_some_and(|(len, clitic)| {
                        (clitic != usize::MAX || len >= 2) && self.ends_apposition(at + len)
                    });
                if held {
                    j = place_end;
                    break;
                }
            }
            // الرئيس التنفيذي لأمازون، جيف بيزوس: the body a title is of, one word after ل
            // that no lexicon knows, when its holder's full name follows between a comma and
            // a comma or a colon (or a noun in ة after ل and its genitive: لشركة أمازون)
            let construct = self.written_ends_with(j, 'ة')
                && self.tokens.kind(j + 1) == Kind::Word
                && !self.word(j + 1).starts_with("ال")
                && self.name_at(j + 1).is_none()
                && !self.is_function_word(j + 1)
                && self.verb(j + 1).is_none()
                && self.is(j + 2, ',');
            let body = if construct { j + 1 } else { j };
            if word.starts_with('ل')
                && !word.starts_with("لل")
                && word.chars().count() >= 4
                && j > k
                && !addressee
                && self.is(body + 1, ',')
                && self.name_at(j).is_none()
                && self.verb(j).is_none()
            {
                let at = body + 2;
                let held = !self.word(at).starts_with('و')
                    && self.holder(at).is_some_and(|(len, clitic)| {
                        (clitic != usize::MAX || len >= 2)
                            && (self.is(at + len, ',') || self.is(at + len, ':'))
                    });
                if held {
                    j = body + 1;
                    break;
                }
            }
            // a country in a title is part of the role: a title is held by a person
            // (رئيسة وزراء بريطانيا تيريزا ماي، وزير خارجية غينيا الاستوائية), as the genitive
            // of an indefinite word or an adjective (السعودية); after a definite word it is the
            // verb's object (دعا الرئيس الأمريكي روسيا)
            let construct = !self.word(j - 1).starts_with("ال");
            let adjective = self.word(j).strip_prefix("ال").is_some_and(is_nisba);
            if let Some(len) = self
                .place_at(j)
                .filter(|&len| j > k && (construct || len == 1 && adjective))
            {
                j += len;
                continue;
            }
            // an organisation in a title is part of the role (المفوض العام لوكالة الأمم المتحدة)
            if let Some((len, _, name)) = self.name_at(j) {
                let person = !name.role
                    && self
                        .speaker_of_name(j, name)
                        .is_some_and(|s| s.kind == "person");
                if !person && j > k + len - 1 && self.word(j - 1).starts_with('ل') {
                    j += len;
                    continue;
                }
            }
            // المحامي المتخصص بحقوق النشر جون سميث: the field of a title after ب and its
            // genitive, when the holder's full name follows (not a name itself)
            if word.starts_with('ب')
                && !word.starts_with("بال")
                && word.chars().count() > 3
                && j > k
                && self.name_at(j).is_none()
            {
                let mut e = j + 1;
                while e < j + 4 && self.word(e).starts_with("ال") && !self.is_function_word(e) {
                    e += 1;
                }
                // (not after a verb that takes ب, before a phrase of purpose: هدد رئيس البلدية
                // باستخدام القوة لإخلاء الساحة, where the ب is the verb's)
                let verb_takes_b = k > 0
                    && self
                        .verb(k - 1)
                        .is_some_and(|v| v.prepositions.iter().any(|p| p == "ب"));
                let purpose = verb_takes_b && self.word(e).starts_with('ل');
                let full = !purpose
                    && !self.word(e).starts_with('و')
                    && self
                        .holder(e)
                        .is_some_and(|(len, clitic)| clitic != usize::MAX || len >= 2);
                if e > j + 1 && full {
                    j = e;
                    break;
                }
            }
            // البروفيسور السعودي بالطب النفسي، طارق الحبيب: the field of a title, when its
            // holder follows between commas
            if word.starts_with("بال") && j > k {
                let mut e = j + 1;
                while e < j + 4 && self.word(e).starts_with("ال") && !self.is_function_word(e) {
                    e += 1;
                }
                if self.is(e, ',') && self.holder(e + 1).is_some() {
                    j = e;
                    break;
                }
            }
            // جدد السفير الإماراتي التأكيد على، دعا الوزير المصري إلى إعادة النظر: a verbal noun
            // the verb renews, with ال, is its object and ends the title
            let renewed = j > k
                && !word.starts_with('و')
                && self.plays(j, Grammar::RenewedObject)
                && self.after_nominal_verb(j);
            let plain = strip_conjunction(word).unwrap_or(word);
            if plain.starts_with("ال") && !renewed && self.name_at(j).is_none_or(|(_, _, n)| n.role)
            {
                j += 1;
                continue;
            }
            // an indefinite title takes a genitive: رئيس مجلس السيادة، مبعوث بوتين (not one
            // that has its own: رئيسة الوزراء تيريزا ماي, where the name is the holder)
            let has_genitive = title_end > k + 1 && self.word(title_end - 1).starts_with("ال");
            if !definite
                && !genitive
                && !has_genitive
                && j == title_end
                && self.tokens.kind(j) == Kind::Word
            {
                j += match self.name_at(j) {
                    Some((len, 0, name)) if !name.role => len,
                    _ => {
                        plain_genitive = Some(j + 1);
                        1
                    }
                };
                genitive = true;
                continue;
            }
            // رئيس مجلس إدارتها دوني ماشويل: a genitive with its pronoun is definite and ends
            // the chain
            let pronoun = is_suffixed_word(word)
                || word.ends_with('ه')
                    && word.chars().count() >= 4
                    && is_possessed_word(word)
                    && (self.display)(self.starts(j), self.ends(j)).ends_with('ه');
            if genitive && !self.word(j - 1).starts_with("ال") && pronoun {
                j += 1;
                break;
            }
            // a chain of genitives that ends in a definite word or in an organisation or a
            // place the lexicon knows: رئيس هيئة قناة السويس، رئيس مجلس إدارة غرفة الرياض،
            // رئيس مجلس الاتحاد الأوروبي
            if genitive && !self.word(j - 1).starts_with("ال") {
                let indefinite = |i: usize| {
                    self.tokens.kind(i) == Kind::Word
                        && !self.word(i).starts_with("ال")
                        && self.name_at(i).is_none()
                        && self.verb(i).is_none()
                        && !self.is_function_word(i)
                        && !self.is_complementizer(i)
                };
                let mut e = j;
                while e < j + 2 && indefinite(e) {
                    e += 1;
                }
                if let Some(after) = self.genitive_end(e) {
                    j = after;
                    continue;
                }
            }
            break;
        }
        // وزير خارجية قبرص، قائد شرطة دهوك، مديرة عيادة بارادايم: a plain noun an indefinite
        // title governs is in the construct state itself, the word after it is its genitive
        // (a place, a body), part of the role; the holder is whoever is named after it
        // (a chain of them: رئيسة بلدية مدينة فلنسبورغ)
        if plain_genitive == Some(j) {
            while j < title_end + 4 && self.complement_of_genitive(j) {
                j += 1;
                if !self.written_ends_with(j - 1, 'ة') {
                    break;
                }
            }
        }
        // الرئيس الأمريكي آنذاك، جورج بوش؛ وزير الخارجية الألماني وقتها زيغمار غابرييل: a
        // title of a time past is not held by its holder of the day; its holder follows or not
        let past = j > k && self.plays(j, Grammar::TimePast);
        if past {
            j += 1;
        }
        let role = (self.starts(k) + prefix, self.ends(j - 1));
        let role_key = self.title_key(k, j, prefix);
        let governed = governs(self.word(k), prefix);
        let mut at = j;
        let mut named = self.holder(at).filter(|&(len, clitic)| {
            // هدد الرئيس الأمريكي باستخدام حق الفيتو: after a verb that takes ب, a word with
            // ب after its subject is its complement, not the subject's name
            let object = clitic == usize::MAX
                && self.word(at).starts_with('ب')
                && !self.is_given_name(at)
                && k > 0
                && self
                    .verb(k - 1)
                    .is_some_and(|v| v.prepositions.iter().any(|p| p == "ب"));
            // المرشح لتسلم منصب وزير الخارجية: one word before another title is not a name
            let before_title = clitic == usize::MAX
                && len == 1
                && self.title_at(at + 1, false).is_some()
                && !self.plays(at + 1, Grammar::Preposition)
                && self.word(at + 2).starts_with("ال");
            // لشركة "نور" وقتها: after a name in marks, one word no lexicon knows is rather
            // what follows the role than a holder
            let single = in_marks && len < 2 && clitic == usize::MAX;
            // المحامي المختص بقضايا الهجرة: after a participle that takes ب, a word with ب
            // before a definite one is a prepositional phrase, no name (unless the text
            // writes it alone: بلامبيد; not وزير المالية براءت البيرق)
            let phrase = clitic == usize::MAX
                && at > 0
                && self.word(at - 1).starts_with("الم")
                && self.word(at).starts_with('ب')
                && !self.is_given_name(at)
                && self.word(at + 1).starts_with("ال")
                && !self.is_function_word(at + 1)
                && !self.recurs_alone(at);
            // ويواجه الفريق تحديا قويا، لكن الفريق فشل، الفريق مر بمراحل: after a rank that
            // is also a common noun (the team, the brigade), words no lexicon knows are its
            // holder only when the text shows them a name: a given name first, a particle of
            // names (اللواء الركن مطلق بن سالم), a family name it writes alone elsewhere, or a
            // comma or a title closing them (الفريق مهاب مميش، رئيس ...، الفريق مزهر العزاوي قائد)
            let team = clitic == usize::MAX
                && self.lexicon.noun_ranks.contains(head)
                && len_title == 1
                && !self.is_given_name(at)
                && !(at..at + len).any(|i| self.plays(i, Grammar::Particle))
                && !(len >= 2 && self.recurs_alone(at + len - 1))
                && !self.is(at + len, ',')
                && self.title_at(at + len, false).is_none();
            !object && !before_title && !single && !phrase && !team
        });
        // العميد أحمد المسماري، المتحدث باسم الجيش الليبي، نبأ القبض: a title in apposition
        // to the name before it has its holder already
        let apposed = k > 1
            && self.is(k - 1, ',')
            && self.found.list.last().is_some_and(|m| {
                m.end + 1 == k
                    && m.how == "name"
                    && m.speaker.as_ref().is_some_and(|s| s.kind == "person")
            });
        let mut rank_keys = Vec::new();
        if named.is_none() && self.is(j, ',') && !apposed {
            // a name in apposition, between commas or before the rest of the clause:
            // وزير الخارجية اليمني، خالد اليماني، في بيان
            at = j + 1;
            // المتحدث باسم الجيش، العميد أحمد المسماري، إن: the name in apposition may carry a
            // rank of its own (one definite word), which is no part of the name
            let rank = self.rank_before_name(at);
            // (a name it ends: not cut short to a family name the text writes alone)
            let ended = |(len, clitic): (usize, usize)| {
                clitic != usize::MAX || self.ends_apposition(at + rank + len)
            };
            if rank > 0 && self.holder(at + rank).is_some_and(ended) {
                // (the rank alone then names them too: وأضاف الأمير، وأضاف العقيد for العقيد
                // الركن)
                rank_keys.push(self.title_key(at, at + 1, 0));
                if rank == 2 {
                    rank_keys.push(self.title_key(at, at + 2, 0));
                }
                at += rank;
            }
            named = self.holder(at).and_then(|(len, clitic)| {
                // a name known already (from a headline, a lexicon) is as long as it is known
                // (جواد ظريف وقوف بلاده)
                // (or one ending in a compound with الله: حسن نصر الله بشكل غير مباشر)
                if clitic != usize::MAX
                    || self.ends_apposition(at + len)
                    || self.theophoric(at + len - 1)
                {
                    return Some((len, clitic));
                }
                // وزير الخارجية الإيراني، جواد ظريف وقوف ...: the name is as long as the
                // family name the text also writes alone
                (2..len.min(3) + 1)
                    .rev()
                    .find(|&short| {
                        // not inside a hyphenated name (جان-بول بالوميروس)
                        // (nor one that ends on a particle: حمد بن جاسم is not حمد بن)
                        short < len
                            && !self.theophoric(at + short)
                            && !self.is(at + short - 1, '-')
                            && !self.is(at + short, '-')
                            && !self.plays(at + short - 1, Grammar::Particle)
                            && self.recurs_alone(at + short - 1)
                    })
                    .map(|short| (short, clitic))
            });
        }
        // مستشار الرئيس دونالد ترامب، المتحدث باسم الرئيس التركي رجب طيب أردوغان: a name the
        // lexicon knows as the holder of a title inside the role, not of the role's own head,
        // is whose adviser or spokesperson this is; the role with that name is the speaker
        if let Some((len, clitic)) = named.filter(|&(_, clitic)| clitic != usize::MAX) {
            if self.principal_named(k, at) {
                // (the principal is still named here: الحريري alone later is سعد الحريري)
                if let Some((_, _, name)) = self.name_at(at) {
                    if let Some(principal) = self.speaker_of_name(at, name) {
                        self.remember_known(at, len, clitic, name, &principal);
                    }
                }
                let end = at + len;
                let role = (self.starts(k) + prefix, self.ends(end - 1));
                let display = (self.display)(role.0, role.1);
                return Some(Mention {
                    first: k,
                    end,
                    name: role,
                    role: Some(role),
                    speaker: Some(Speaker {
                        name: without_marks(&display),
                        kind: "person",
                        side: self.title_side(k, end, prefix),
                    }),
                    how: "description",
                    governed,
                    title_only: true,
                    title: Some(self.title_key(k, end, prefix)),
                    title_words: self.title_words(k, end, prefix),
                    unheld: true,
                    ..Mention::default()
                });
            }
        }
        if let Some((len, clitic)) = named {
            let mut speaker = if clitic == usize::MAX {
                self.learn(at, at + len, 0)
            } else {
                let (_, _, name) = self.name_at(at)?;
                let speaker = self.speaker_of_name(at, name)?;
                self.remember_known(at, len, clitic, name, &speaker);
                speaker
            };
            if speaker.side.is_none() {
                // مساعد الرئيس الروسي يوري أوشاكوف: a person no lexicon knows speaks for the
                // side of the title the text gives them
                speaker.side = self.title_side(k, j, prefix);
            }
            self.found
                .bindings
                .insert(role_key.clone(), speaker.clone());
            for rank_key in rank_keys {
                self.found.bindings.insert(rank_key, speaker.clone());
            }
            let start = self.starts(at) + if clitic == usize::MAX { 0 } else { clitic };
            return Some(Mention {
                first: k,
                end: at + len,
                name: (start, self.ends(at + len - 1)),
                role: Some(role),
                speaker: Some(speaker),
                how: "name",
                governed,
                title: Some(role_key),
                title_words: self.title_words(k, j, prefix),
                ..Mention::default()
            });
        }
        let held = if past { None } else { self.role_speaker(k, j) };
        let unheld = held.is_none();
        // الفريق الملكي، الفريق الطبي: a rank that is also a common noun, held by nobody the
        // text names, is that noun, a group of people that may speak, no person
        // (the rank of one word: الفريق أول is a rank of its own)
        let noun = self.lexicon.noun_ranks.contains(self.word(k))
            && self.title_at(k, false).is_some_and(|(len, _, _)| len == 1);
        if unheld && prefix == 0 && noun {
            let display = (self.display)(role.0, role.1);
            return Some(Mention {
                first: k,
                end: j,
                name: role,
                speaker: Some(Speaker {
                    name: without_marks(&display),
                    kind: "group",
                    side: self.title_side(k, j, prefix),
                }),
                how: "description",
                governed,
                ..Mention::default()
            });
        }
        let speaker = held.or_else(|| {
            // a title nobody in the text holds by name: the title is the speaker, without
            // the marks around a name in it (متحدث باسم مجموعة "بوينغ")
            let display = (self.display)(role.0, role.1);
            Some(Speaker {
                name: without_marks(&display),
                kind: "person",
                side: self.title_side(k, j, prefix),
            })
        });
        Some(Mention {
            first: k,
            end: j,
            name: role,
            role: Some(role),
            speaker,
            how: "description",
            governed,
            title_only: true,
            title: Some(role_key),
            title_words: self.title_words(k, j, prefix),
            unheld,
            ..Mention::default()
        })
    }

    /// Whether the known name at `at`, after the role a title at `k` opens, is the holder of a
    /// title inside that role (الرئيس in مستشار الرئيس، رئيسة الوزراء in الناطق باسم رئيسة
    /// الوزراء) rather than of the role's head: by the titles its lexicon entry names it by.
    fn principal_named(&self, k: usize, at: usize) -> bool {
        let Some((_, _, name)) = self.name_at(at) else {
            return false;
        };
        // (a name the text taught is in no lexicon entry)
        let Some(entity) = self.lexicon.entities.get(name.entity) else {
            return false;
        };
        // (a title held on the article's day: not بايدن in نائب الرئيس الأمريكي السابق جو
        // بايدن before he was president)
        if entity.kind != "person" || entity.roles.is_empty() || !entity.holds_titles_on(self.day) {
            return false;
        }
        let heads: Vec<String> = entity
            .roles
            .iter()
            .filter_map(|role| {
                let role = self.lexicon.normalizer.normalize(role);
                role.split_whitespace().next().map(str::to_owned)
            })
            .collect();
        // a title word as its role writes it, behind its proclitics: للرئيس، لرئيسة، بالعاهل
        let heads_at = |i: usize| {
            let word = self.word(i);
            let word = strip_conjunction(word).unwrap_or(word);
            let mut forms = vec![word.to_owned()];
            if let Some(rest) = word.strip_prefix("لل") {
                forms.push(format!("ال{rest}"));
            } else if let Some(rest) = word.strip_prefix(['ل', 'ب', 'ك']) {
                forms.push(rest.to_owned());
            }
            forms.iter().any(|form| heads.contains(form))
        };
        !heads_at(k) && (k + 1..at).any(heads_at)
    }

    /// Whether the word at `j`, after a plain noun in the construct state that a title governs
    /// (وزير خارجية، قائد شرطة), is that noun's genitive: one word of a name no lexicon knows
    /// as a given name, no verb, no function word, not definite (قبرص، دهوك، بارادايم).
    pub(super) fn complement_of_genitive(&self, j: usize) -> bool {
        let word = self.word(j);
        let noun = |i: usize| {
            let word = self.word(i);
            self.tokens.kind(i) == Kind::Word
                && !word.starts_with("ال")
                && !word.starts_with(['و', 'ل'])
                && !self.is_function_word(i)
                && !self.is_complementizer(i)
                && self.verb(i).is_none()
        };
        // (the construct noun ends in ة, the mark of a noun no name is: خارجية، شرطة)
        let construct = self.written_ends_with(j - 1, 'ة');
        construct
            && noun(j)
            && !self.tokens.after_break(j)
            && self.title_at(j, true).is_none()
            && !self.lexicon.given_names.contains_key(word)
            && !self.words.whole(j).classes.has(Classes::GIVEN)
            && !self.present_verb(j)
            && !self.lone_non_name(j)
    }

    /// Where the holder's name starts after where a title is held, at `j` (في or إلى, then a
    /// place or a body): سفير فرنسا في لبنان برنار إيمييه، مبعوث الأمم المتحدة إلى الشرق الأوسط
    /// نيكولاي ملادينوف، القيادي في حزب النهضة علي العريض; the name is whole (two words or
    /// more, or one the text knows) and ends there.
    pub(super) fn place_before_holder(&self, j: usize) -> Option<usize> {
        if !matches!(self.word(j), "في" | "الي") {
            return None;
        }
        // (a body that ends in a title has the name after it as that title's holder: مديرة
        // السياسات في حكومة رئيس الوزراء السابق ستيفن هاربر)
        let len = self
            .place_at(j + 1)
            .or_else(|| {
                self.accredited_at(j + 1)
                    .filter(|&len| (j + 1..j + 1 + len).all(|i| self.title_at(i, true).is_none()))
            })
            .filter(|&len| len > 0)?;
        let after = j + 1 + len;
        self.holder(after)
            .is_some_and(|(len, clitic)| {
                (clitic != usize::MAX || len >= 2) && self.ends_apposition(after + len)
            })
            .then_some(after)
    }

    /// Where the phrase after a title that says where or in what it is held (في at `j`: a
    /// body, a field, a place, up to ten words with a place or a body of their own in them)
    /// ends, when the holder's name follows it: the comma before a name in apposition
    /// (الباحثة في جامعة "هارفارد"، ليليا مينغيز ألاركون، أن) or, after a definite word or a
    /// closing mark, the first word of a full name that ends there (المسؤول في الشرطة عبد
    /// الرزاق شيما:). Not where the title spoke (في بيان، في تصريحات): no name follows those.
    pub(super) fn held_in(&self, j: usize) -> Option<usize> {
        let mut open = false;
        // a title in the phrase holds the name after it (في مكتب رئيس الوزراء بنيامين
        // نتنياهو): only a name in apposition is then the first title's
        let mut titled = false;
        let mut bare = 0;
        let mut i = j + 1;
        while i < j + 11 {
            // the comma before a name in apposition (not a clause of its own: المحلل في
            // الشركة، ومقرها تايبيه،)
            if i > j + 1 && !open && self.is(i, ',') {
                let holder_at = i
                    + 1
                    + match self.rank_before_name(i + 1) {
                        0 => usize::from(self.title_at(i + 1, false).is_some()),
                        rank => rank,
                    };
                let apposed = !self.word(holder_at).starts_with('و')
                    && self.holder(holder_at).is_some_and(|(len, _)| {
                        let end = holder_at + len;
                        self.is(end, ',') || self.is(end, ':')
                    });
                return apposed.then_some(i);
            }
            if let Some(c) = self.mark(i) {
                // a body's name in marks (في جامعة "هارفارد")
                if "\"«“”»".contains(c) {
                    open = !open;
                    i += 1;
                    continue;
                }
                return None;
            }
            // a full name right after a definite word or a closing mark
            let closed = self.definite_written(i - 1) && !self.is_function_word(i - 1)
                || self.mark(i - 1).is_some_and(|c| "\"»”".contains(c)) && !open;
            // (not a preposition's phrase that goes on with the body's name: المنظمة العربية
            // لحقوق الإنسان، المنطقة الدولية لعمليات الإنقاذ, unless a given name: بروس)
            let preposition = self.word(i).starts_with(['و', 'ل', 'ب'])
                && !self.words.whole(i).classes.has(Classes::GIVEN)
                && (self.word(i).starts_with('و') || self.definite_written(i + 1));
            if closed && !titled && i > j + 1 && !preposition {
                let full = self.holder(i).is_some_and(|(len, clitic)| {
                    (clitic != usize::MAX || len >= 2) && self.ends_apposition(i + len)
                });
                if full {
                    return Some(i);
                }
            }
            let word = self.word(i);
            // a word of the phrase: no verb, no clause, no other preposition than في and
            // the ب of a place (بجامعة ماريلاند)
            let fits = self.tokens.kind(i) == Kind::Word
                && !self.tokens.after_break(i)
                && (word == "في" || !self.is_function_word(i))
                && !self.is_complementizer(i)
                && self.verb(i).is_none()
                && !is_suffixed_word(word);
            // (the phrase is a body's or a field's name: no more than four words in a row
            // without ال outside marks, else it ran on into a name and what follows it; nor a
            // place and a name that does not end there, which is the holder and what it did:
            // في زيمبابوي نلسون تشاميسا بإعلان فوز، إيمرسون منانغاغوا،)
            let definite = ["ال", "لل", "بال"].iter().any(|a| word.starts_with(a));
            if open || definite || word == "في" {
                bare = 0;
            } else {
                bare += 1;
            }
            let place_then_name = !open
                && self.place_at(i).is_some_and(|len| {
                    let at = i + len;
                    self.holder(at).is_some_and(|(len, clitic)| {
                        (clitic != usize::MAX || len >= 2) && !self.ends_apposition(at + len)
                    })
                });
            if !fits || bare > 4 || place_then_name {
                return None;
            }
            titled |= self.title_at(i, true).is_some();
            i += 1;
        }
        None
    }

    /// How many tokens of a rank stand before a name in apposition at `at`: one definite title
    /// word (المتحدث باسم الجيش، العميد أحمد المسماري), or two when the rank has a definite
    /// word of its own before the name (العقيد الركن فلان، اللواء الطيار فلان); none without one.
    pub(super) fn rank_before_name(&self, at: usize) -> usize {
        let rank = self
            .title_at(at, false)
            .is_some_and(|(len, _, _)| len == 1 && self.word(at).starts_with("ال"));
        if !rank {
            return 0;
        }
        // (not a given name with ال before بن: الأمير الحسين بن عبد الله)
        let second = self.holder(at + 1).is_none()
            && self.definite_written(at + 1)
            && !self.is_function_word(at + 1)
            && !self.is_side(at + 1)
            && !self.plays(at + 2, Grammar::Particle)
            && self.holder(at + 2).is_some();
        1 + usize::from(second)
    }

    /// The rank after where a title is held (في at `at`, then one to three plain words), when
    /// its holder's name follows and ends there: مندوب السودان في الأمم المتحدة السفير عمر دهب
    /// إن; مدير المستشفيات في قطاع غزة الطبيب سامي نعيم أن.
    pub(super) fn rank_after_place(&self, title: usize, at: usize) -> Option<usize> {
        let plain = |i: usize| {
            self.tokens.kind(i) == Kind::Word
                && !self.tokens.after_break(i)
                && !self.is_function_word(i)
                && !self.is_complementizer(i)
                && self.verb(i).is_none()
                && self.title_at(i, true).is_none()
        };
        let mut r = at + 1;
        while r < at + 4 && plain(r) {
            r += 1;
        }
        let rank = r > at + 1
            && !self.tokens.after_break(r)
            && self.word(r).starts_with("ال")
            && self.title_at(r, false).is_some_and(|(len, _, _)| len == 1);
        // (not the title's own head again, another's: الرئيس السابق لمجلس ... في عهد الرئيس
        // باراك أوباما)
        let bare = |i: usize| {
            let word = self.word(i);
            let word = strip_conjunction(word).unwrap_or(word);
            word.strip_prefix("ال").unwrap_or(word).to_owned()
        };
        let held = rank
            && bare(r) != bare(title)
            && self.holder(r + 1).is_some_and(|(len, clitic)| {
                (clitic != usize::MAX || len >= 2) && self.ends_apposition(r + 1 + len)
            });
        held.then_some(r)
    }

    /// Where a body's name in marks opening at `open` ends: past the closing mark and what it
    /// is, said after it (لشركة "نور" الألمانية، مراسل "العربية").
    pub(super) fn marked_name_end(&self, open: usize) -> Option<usize> {
        if !self.mark(open).is_some_and(|c| "\"«“".contains(c)) {
            return None;
        }
        let close = (open + 2..open + 7)
            .find(|&c| self.mark(c).is_some_and(|c| "\"»”".contains(c)))
            .filter(|&c| (open + 1..c).all(|i| self.mark(i).is_none()))?;
        let mut end = close + 1;
        while end < close + 3 && self.word(end).starts_with("ال") && self.is_side(end) {
            end += 1;
        }
        Some(end)
    }

    /// Whether `word` is an adjective the groups lexicon lists, in the dual (مقربان، مطلعتين):
    /// the lexicon lists the singular and the plural.
    pub(super) fn is_dual_adjective(&self, word: &str) -> bool {
        let adjective = |w: &str| self.lexicon.groups.get(w) == Some(&"adjective");
        ["تان", "تين", "ان", "ين"].iter().any(|ending| {
            word.strip_suffix(ending)
                .filter(|stem| stem.chars().count() >= 3)
                .is_some_and(|stem| adjective(stem) || adjective(&format!("{stem}ه")))
        })
    }

    /// The words of the title in tokens `from..to` without ال or a proclitic, as skeletons.
    pub(super) fn title_words(&self, from: usize, to: usize, prefix: usize) -> Vec<String> {
        (from..to)
            .filter_map(|k| title_word(after(self.word(k), if k == from { prefix } else { 0 })))
            .collect()
    }

    /// Whether token `j` is a noun with a pronoun of the third person on it (بلاده، التزامه،
    /// حكومتها): ه as written, not the ة normalized to it, or ها، هم، هما، هن.
    fn pronoun_suffixed(&self, j: usize) -> bool {
        // (a word that does not end with ه normalized is not read again from the original)
        let word = self.word(j);
        is_suffixed_word(word)
            || word.ends_with('ه')
                && self.tokens.get(j).is_some_and(|t| {
                    let written = (self.display)(t.start, t.end);
                    written.ends_with('ه')
                        && !written.ends_with("يه")
                        && written.chars().count() >= 4
                })
    }

    /// The name of a title's holder at `j`: its length in tokens, and its proclitic's length
    /// for a known name or `usize::MAX` for a name no lexicon knows.
    pub(super) fn holder(&self, j: usize) -> Option<(usize, usize)> {
        // (a title that ends a sentence or a line, a headline's, is not held by the next one's
        // first words)
        let held = self.holder_at(j)?;
        let within_sentence = (j..j + held.0).all(|i| !self.sentence_ends_before(i));
        within_sentence.then_some(held)
    }

    /// The holder at `j` as the words read, wherever the sentence ends.
    fn holder_at(&self, j: usize) -> Option<(usize, usize)> {
        match self.name_at(j) {
            // a title is held by a person (رئيس الوزراء الإسرائيلي إيران: إيران is its object)
            Some((len, prefix, name)) if !name.role => self
                .speaker_of_name(j, name)
                .is_some_and(|s| s.kind == "person")
                .then_some((len, prefix)),
            _ => {
                let len = if self.given_with_al(j) {
                    1 + self.unknown_name(j + 1).min(2)
                } else {
                    self.unknown_name(j)
                };
                // رئيس المحكمة سلسلة صور: a word written with ة after a title is its object,
                // unless it is a given name (جيموه، هيرفيه are written with ه)
                if j >= self.tokens.len() {
                    return None;
                }
                let noun = self.written_ends_with(j, 'ة') && !self.is_given_name(j);
                // الرئيس السابق لأركان سلاح الجو: one word before a definite one that does not
                // end the name is the head of a genitive, no holder
                let construct = len == 1
                    && j > 0
                    && self.word(j - 1).starts_with('ل')
                    && !self.is_given_name(j)
                    && self.word(j + 1).starts_with("ال")
                    && !self.is_function_word(j + 1)
                    && !self.is_side(j + 1);
                // العقيد أبناء القبائل: a noun of kin is no name (ابن is also a particle)
                let kin = is_kin(self.word(j)) && self.word(j) != "ابن";
                // أعلن وزير الخارجية تأجيل الزيارة: a verbal noun of a derived form with the
                // definite noun it governs is the report's content, not the title's holder
                let verbal_noun = is_verbal_noun(self.word(j))
                    && self.definite_written(j + 1)
                    && !self.is_given_name(j)
                    && self.after_nominal_verb(j);
                // وأبدى وزير الخارجية استعداد بلاده، أكد الوزير حرص المملكة، أعلن الوزير
                // احترام الحكومة: a noun the lexicon knows as a verb's object, or a verbal noun
                // of the form افتعال before a noun with a pronoun or with ال, starts the content
                // (given names have that form too, before a family name in ي: اعتدال المصري)
                let common = (self.plays(j, Grammar::RenewedObject)
                    || is_iftial(self.word(j))
                        && (self.pronoun_suffixed(j + 1)
                            || self.definite_written(j + 1) && !self.word(j + 1).ends_with('ي')))
                    && !self.lexicon.given_names.contains_key(self.word(j))
                    && self.after_nominal_verb(j);
                // أصدر النائب العام بيانا: a document, or its accusative, is the verb's object
                let document = self.is_document(j)
                    || self
                        .word(j)
                        .strip_suffix('ا')
                        .is_some_and(|w| self.lexicon.is(w, Grammar::Document));
                // الرئيس المصري سرا، الرئيس الأميركي سيعطي فرصة، وزير الخارجية لآخرين: one
                // word of a shape no name has
                let lone = len == 1 && self.lone_non_name(j);
                // الناطقة بلسان الحزب، القاضية بمنح الفلسطينيين، رئيس النادي لطلب الرشوة: one
                // word with a preposition on it, before a definite one it did not take as a
                // family name, is a prepositional phrase, no holder (unless the text writes it
                // alone: a family name)
                let head = len == 1
                    && self.word(j).starts_with(['ب', 'ل'])
                    && self.word(j).chars().count() >= 4
                    && !self.is_given_name(j)
                    && !self.words.whole(j).classes.has(Classes::GIVEN)
                    && self.definite_written(j + 1)
                    && !self.is_function_word(j + 1)
                    && !self.is_side(j + 1)
                    && self.tokens.get(j + 1).is_some_and(|t| !t.after_break)
                    && !self.recurs_alone(j);
                // رئيس الوزراء عصر الأحد، المدرب عام 2016، المحافظ أواخر العام: a word of time
                // before another or a number is when, no holder (صباح الأحمد goes on with a name)
                let time = self.plays(j, Grammar::Time)
                    && (self.plays(j + 1, Grammar::Time)
                        || self.tokens.kind(j + 1) == Kind::Number);
                let object = noun
                    || construct
                    || kin
                    || verbal_noun
                    || common
                    || document
                    || lone
                    || head
                    || time;
                let predicate = self.present_verb(j) || self.past_verb(j) || self.participle(j);
                if len == 0 || object || predicate {
                    return None;
                }
                // الفنانة السورية رويدا عطية عن، العميد سعيد منتظر المهدي،: after a title the
                // words are its holder's name
                Some((len + self.family_closing(j, len), usize::MAX))
            }
        }
    }

    /// Whether the word at `j` reads as a verb in the present tense with what it governs after
    /// it, not as a name: ي or ت before three letters or more, and then a preposition, a
    /// definite word or a quotation (العاهل الأردني يطمئن على، المبعوث الدولي يسعى لـ، مدرب
    /// مصر ينسف "إرث كوبر"); names begin so too (ينس، تيتي), but go on with a name or a comma
    /// (a given name the lexicon holds is never a verb here: يوسف، تامر; nor a word the text
    /// writes again elsewhere).
    pub(super) fn present_verb(&self, j: usize) -> bool {
        let whole = self.word(j);
        if self.lexicon.given_names.contains_key(whole) {
            return false;
        }
        // الرئيس الفرنسي سيتمكن من، المدرب ليتراجع عن: the future's س or the ل of purpose
        // before the prefix of the present (names start so too: ستيفن، سيرغي، ليونيل, and go
        // on with a name)
        let word = ['س', 'ل']
            .iter()
            .find_map(|p| whole.strip_prefix(*p))
            .filter(|rest| rest.starts_with(['ي', 'ت', 'ن']) && rest.chars().count() >= 4)
            .unwrap_or(whole);
        let prefixed = word.len() < whole.len();
        let letters = word.chars().count();
        // الفريق يعملون، زعيم كوريا الشمالية يركضون: the plural of the present, ي and ون
        // about a word of three letters or more, or ي before a complementizer (يعرفون أنه)
        let plural = word.starts_with('ي') && word.ends_with("ون") && letters >= 6;
        let clause = word.starts_with('ي') && letters >= 3 && self.is_complementizer(j + 1);
        // رئيس الوزراء يعتزم زيارة: ي before a noun written with ة, its object (a name of
        // two words ends so rarely)
        let object = word.starts_with('ي')
            && letters >= 4
            && self.tokens.kind(j + 1) == Kind::Word
            && self.written_ends_with(j + 1, 'ة')
            && !self.is_given_name(j + 1);
        if (plural || clause || object) && !self.recurs_alone(j) {
            return true;
        }
        if !word.starts_with(['ي', 'ت']) && !prefixed || letters < 3 {
            return false;
        }
        // (a definite word after ت is as often a family name: توفيق الراجحي، تيسير المفرج)
        let next = self.word(j + 1);
        let definite = if word.starts_with('ي') {
            &["ال", "بال", "لل"][..]
        } else {
            &["بال", "لل"]
        };
        let quoted = self.mark(j + 1).is_some_and(|c| "\"«“".contains(c));
        let preposition = self.is_function_word(j + 1) && !self.is_complementizer(j + 1);
        // (a verb of three letters, of a doubled root, governs with a quotation or a
        // preposition: وزير المالية يدق "جرس الخطر"، يحث على; a short name goes on with a name)
        if letters == 3 {
            return (quoted || preposition) && !self.recurs_alone(j);
        }
        let governs = quoted
            || preposition
            || definite.iter().any(|p| next.starts_with(p)) && !self.is_function_word(j + 1);
        // a family name the text writes again elsewhere is a name (تسيبراس في ... وقال تسيبراس)
        governs && !self.recurs_alone(j)
    }

    /// Whether the word at `j` is a word no given name is written as, in the lexicon or in the
    /// text: only such a word may be read by its shape as a verb or a participle.
    fn word_not_given(&self, j: usize) -> bool {
        self.tokens.kind(j) == Kind::Word
            && !self.is_given_name(j)
            && !self.words.whole(j).classes.has(Classes::GIVEN)
    }

    /// Whether the word at `j` reads as a verb in the past of a derived form, the title's
    /// predicate, not its holder's name: افتعل (المدرب اختار، انتقد) or استفعل (استقبل،
    /// استغرق), the letters of the root no long vowel where a name has one (ايتان، اشتون،
    /// استيفن); not a given name, nor a word the text writes again alone.
    pub(super) fn past_verb(&self, j: usize) -> bool {
        if !self.word_not_given(j) {
            return false;
        }
        let word = self.word(j);
        let letters: Vec<char> = word.chars().collect();
        let vowel = |c: char| matches!(c, 'ا' | 'و' | 'ي');
        let ifta3ala = letters.len() == 5
            && letters[0] == 'ا'
            && letters[2] == 'ت'
            && !vowel(letters[1])
            && letters[3] != 'و';
        let istaf3ala =
            (5..=6).contains(&letters.len()) && word.starts_with("است") && !vowel(letters[3]);
        (ifta3ala || istaf3ala) && !self.recurs_alone(j)
    }

    /// Whether the word at `j` is an active participle in the accusative, a state of the
    /// title's holder or the verb's object, not a name: م, a consonant, and ا at its end
    /// (منددا ب، متحدثا باسم، مؤشرا جديدا), before a preposition, a mark or a word that agrees
    /// with it in the accusative (names so shaped go on with a name: مهاتما غاندي، ملالا
    /// يوسفزاي).
    pub(super) fn participle(&self, j: usize) -> bool {
        if !self.word_not_given(j) {
            return false;
        }
        let word = self.word(j);
        let letters: Vec<char> = word.chars().collect();
        let shaped = letters.len() >= 5
            && letters[0] == 'م'
            && !matches!(letters[1], 'ا' | 'و' | 'ي')
            && word.ends_with('ا');
        let next = self.word(j + 1);
        let follows = self.tokens.kind(j + 1) != Kind::Word
            || self.is_function_word(j + 1)
            || self.is_complementizer(j + 1)
            || next.starts_with(['ب', 'ل'])
            || next.ends_with('ا') && next.chars().count() >= 4;
        shaped && follows && !self.recurs_alone(j)
    }

    /// Whether the word at `j` is a title or a noun of kin with a pronoun on it (رئيسها،
    /// محاميها، مدربهم، والده).
    pub(super) fn owned_title(&self, j: usize) -> bool {
        let word = self.word(j);
        let stem = ["هما", "ها", "هم", "هن"]
            .iter()
            .find_map(|p| word.strip_suffix(p))
            .or_else(|| {
                (self.written_ends_with(j, 'ه') && is_possessed_word(word))
                    .then(|| word.strip_suffix('ه'))
                    .flatten()
            });
        stem.is_some_and(|stem| {
            stem.chars().count() >= 3
                && (KIN.contains(&stem)
                    || self
                        .lexicon
                        .classes(stem, &skeleton(stem))
                        .has(Classes::TITLE))
        })
    }

    /// Whether `word` is a title or a group's head with the accusative's alef (رئيسا، مدربا،
    /// مسؤولا): what someone was made or is, not a name. (Not an adjective: an adverb in the
    /// accusative, رسميا, may follow a name; سوريا، روسيا are countries.)
    pub(super) fn accusative_title(&self, word: &str) -> bool {
        word.strip_suffix('ا').is_some_and(|stem| {
            stem.chars().count() >= 3
                && (self
                    .lexicon
                    .classes(stem, &skeleton(stem))
                    .has(Classes::TITLE)
                    || self
                        .lexicon
                        .groups
                        .get(stem)
                        .is_some_and(|kind| *kind != "adjective"))
        })
    }

    /// Whether a name in apposition may end before token `j`: at a comma or another mark,
    /// a preposition, a complementizer or a reporting verb.
    pub(super) fn ends_apposition(&self, j: usize) -> bool {
        j >= self.tokens.len()
            || self.mark(j).is_some_and(|c| c != '(')
            || self.is_function_word(j)
            || self.is_complementizer(j)
            || self.verb(j).is_some()
    }

    /// Whether a genitive goes on at `j`: a definite word, or one or two words and then a
    /// definite one (لإغاثة وتشغيل اللاجئين).
    pub(super) fn genitive_follows(&self, j: usize) -> bool {
        let definite = |i: usize| {
            let word = self.word(i);
            strip_conjunction(word).unwrap_or(word).starts_with("ال") && !self.is_function_word(i)
        };
        let plain = |i: usize| {
            !self.word(i).is_empty() && !self.is_function_word(i) && !self.is_complementizer(i)
        };
        definite(j) || plain(j) && (definite(j + 1) || plain(j + 1) && definite(j + 2))
    }

    /// The token after another name given at `j`: up to three words in brackets, (فيفا), or
    /// one word in quotation marks, "فيفا" (more would rather be what the body said).
    pub(super) fn gloss_after(&self, j: usize) -> Option<usize> {
        self.parenthesis(j).or_else(|| {
            let opens = self.mark(j).is_some_and(|c| "\"«“".contains(c));
            let closes = self.mark(j + 2).is_some_and(|c| "\"»”".contains(c));
            (opens && closes && self.tokens.kind(j + 1) == Kind::Word).then_some(j + 3)
        })
    }

    /// Who a title alone names: the holder the document named, else the lexicon's.
    pub(super) fn role_speaker(&self, k: usize, end: usize) -> Option<Speaker> {
        let prefix = self
            .words
            .of(k, true)
            .find(|form| form.classes.has(Classes::TITLE))
            .map_or(0, |form| form.prefix);
        if let Some(speaker) = self.found.bindings.get(&self.title_key(k, end, prefix)) {
            return Some(speaker.clone());
        }
        let (len, _, name) = self.entity_at(k)?;
        (name.role && k + len <= end).then(|| self.entity_speaker(name.entity))
    }

    /// A description no lexicon lists as a title, with the name in apposition between commas,
    /// as the subject of a reporting verb: وقال مخرج البرنامج، سكوت رادي، لصحيفة ...; مؤسس
    /// الشركة، جون سميث، إن. The description is the name's role.
    pub(super) fn apposed_description(&mut self, k: usize) -> Option<Mention> {
        let word = self.word(k);
        let noun = |j: usize| {
            self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
                && !self.is_function_word(j)
                && !self.is_complementizer(j)
                && self.verb(j).is_none()
        };
        // قالت عائلة الصحفية، ماري كولفن: after a word of kin the name is the genitive's
        let stem = word.strip_suffix('ه').unwrap_or(word);
        let kin = KIN.iter().any(|w| w.strip_suffix('ت').unwrap_or(w) == stem);
        if kin || !noun(k) || word.starts_with("ال") || word.chars().count() < 3 {
            return None;
        }
        let mut j = k + 1;
        while j < k + 4 && noun(j) && self.word(j).starts_with("ال") {
            j += 1;
        }
        if j == k + 1 || !self.is(j, ',') {
            return None;
        }
        let at = j + 1;
        let len = self.unknown_name(at);
        let after = at + len;
        let closed = self.is(after, ',') || self.is_complementizer(after);
        if !(1..=3).contains(&len) || !closed || self.name_at(at).is_some() {
            return None;
        }
        let speaker = self.learn(at, after, 0);
        Some(Mention {
            first: k,
            end: after,
            name: (self.starts(at), self.ends(after - 1)),
            role: Some((self.starts(k), self.ends(j - 1))),
            speaker: Some(speaker),
            how: "name",
            ..Mention::default()
        })
    }

    /// The side a title in tokens `from..to` gives whoever holds it: its adjectives of
    /// nationality (نائب وزير الخارجية الروسي), else the known entity it is of (مبعوث بوتين،
    /// مستشار الرئيس ترمب). None for a title of a trade (المدرب الألماني، الممثلة المصرية): its
    /// adjective says where its holder is from, not whom they speak for.
    pub(super) fn title_side(&self, from: usize, to: usize, prefix: usize) -> Option<String> {
        let words = self.title_words(from, to, prefix);
        let private = |title: &Vec<String>| words.starts_with(title);
        if self.lexicon.private_titles.iter().any(private) {
            return None;
        }
        self.side_of(from, to).or_else(|| {
            (from..to).find_map(|i| {
                let (_, _, name) = self.name_at(i)?;
                let known = !name.role && name.entity != usize::MAX;
                known.then(|| self.lexicon.entities[name.entity].side.clone())?
            })
        })
    }
}
