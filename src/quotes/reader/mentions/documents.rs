//! Documents as speakers: a statement, report or poll speaks for its issuer, named in marks,
//! after its ل, or by the verb of who carried it out.

use super::*;

impl Finder<'_, '_> {
    /// A document that speaks for its issuer: بيان صادر عن مكتب الرئيس، بيان للكتل
    /// البرلمانية، تقرير المنظمة (the organisation named before). Without an issuer, the
    /// document and its adjectives are the speaker (تقرير إعلامي فرنسي).
    pub(super) fn document(&mut self, k: usize) -> Option<Mention> {
        if !self.is_document(k) {
            return None;
        }
        let mut j = k + 1;
        // بيان رسمي، تقارير سابقة: adjectives of the document, before its issuer
        let said = |w: &str| {
            let w = w.strip_prefix("ال").unwrap_or(w);
            let w = w.strip_suffix('ه').unwrap_or(w);
            matches!(
                w,
                "سابق" | "جديد" | "اخير" | "حديث" | "مشترك" | "مقتضب" | "مكتوب"
            )
        };
        // (استطلاع للرأي أجراه معهد، ملخص للقضية نشرته المحكمة: after what the document is
        // of; الأرقام التي نشرها مركز: after a relative pronoun)
        // (of a poll or a study, what it is of: بيان للتحالف نشرته الوكالة is the alliance's,
        // carried by the agency)
        let surveyed = {
            let word = self.word(k);
            let word = strip_conjunction(word).unwrap_or(word);
            let word = word.strip_prefix("ال").unwrap_or(word);
            // (وفقا لاستطلاع للرأي: after the ل of an attribution)
            let survey = |w: &str| self.lexicon.is(w, Grammar::Survey);
            survey(word) || word.strip_prefix('ل').is_some_and(survey)
        };
        // (a word with the ل of a genitive is whose the document is, not its adjective:
        // تقرير للتلفزيون السويسري، بيان للنادي; but what a poll is of, استطلاع للرأي)
        let adjective = |w: &str| (surveyed || !w.starts_with("لل")) && is_nisba(w) || said(w);
        while adjective(self.word(j)) && j < k + 4 {
            j += 1;
        }
        let adjectives = j;
        // إحصائيات جديدة، أصدرها البنك الدولي، تقرير أعدته منظمة العفو: the issuer as the
        // subject of a relative clause on the document
        let mut r = j + usize::from(self.is(j, ','));
        if surveyed && self.word(r).starts_with("لل") && self.issues_it(r + 1) {
            r += 1;
        }
        if matches!(self.word(r), "التي" | "الذي") && self.issues_it(r + 1) {
            r += 1;
        }
        if self.issues_it(r) && r < k + 7 {
            // (a study carried out by researchers speaks for them: دراسة أجراها باحثون)
            // (or a body no lexicon knows, as after صادر عن: بيانات أصدرها الجهاز المركزي
            // للإحصاء)
            let issuer = match self.mention(r + 1) {
                Some(m) => Some(m).filter(|m| {
                    !m.governed
                        && m.speaker.as_ref().is_some_and(|s| {
                            matches!(s.kind, "institution" | "medium" | "person" | "group")
                        })
                }),
                None => self.unknown_issuer(r + 1),
            };
            if let Some(issuer) = issuer {
                return Some(self.issued_by(k, issuer));
            }
        }
        // بيان صادر عن، تقرير صدر عن: the issuer is named whether a lexicon knows it or not
        let issued = matches!(
            self.word(j),
            "صادر" | "الصادر" | "صادره" | "الصادره" | "صدر" | "صدرت"
        ) && matches!(self.word(j + 1), "عن" | "من");
        if issued {
            j += 1;
        }
        if matches!(self.word(j), "عن" | "من") {
            j += 1;
        }
        let issuer = if j < self.tokens.len() && self.tokens.kind(j) == Kind::Word {
            self.mention(j)
                .filter(|m| m.speaker.is_some() || m.refers.is_some())
                .or_else(|| self.unknown_issuer(j).filter(|_| issued))
        } else {
            None
        };
        if let Some(issuer) = issuer {
            return Some(self.issued_by(k, issuer));
        }
        // بيان الرئاسة، تقرير المحكمة، بيان الداخلية المصرية: a body in the genitive right
        // after the document issued it (not what it is about: تقرير التنمية البشرية)
        if j == k + 1 && self.word(j).starts_with("ال") {
            if let Some(issuer) = self.body_in_genitive(j) {
                return Some(self.issued_by(k, issuer));
            }
        }
        // تقرير "سي آي إيه"، بيانات "فوربس"، تقرير لـ"بلومبيرغ"، تقرير لبوابة الأهرام: the
        // issuer named in marks, or after the ل of a document (not whom a letter or a remark
        // is addressed to: رسالة لترامب، تصريح لسكاي نيوز)
        if j == adjectives && !self.is_addressed(k) {
            let issuer = self
                .marked_issuer(j, false)
                .or_else(|| self.issuer_after_l(j));
            if let Some(issuer) = issuer {
                return Some(Mention {
                    first: k,
                    governed: governs(self.word(k), 0),
                    ..issuer
                });
            }
        }
        // وجاء في بيان ليندا مارتن "...": a name no lexicon knows right after a document with
        // no ال is its issuer, when what it says opens after the name (a quote, a colon, أن);
        // a first name that reads as an adjective of relation is still one when a name goes
        // on after it (بيان ليندسي هولمز; not بيان صحفي مقتضب)
        if (j == k + 1 || j == adjectives) && !with_article(self.word(k)) {
            let from = k + 1;
            let len = self.unknown_name(from);
            let next = from + len;
            let says = self.is_complementizer(next)
                || self
                    .mark(next)
                    .is_some_and(|c| matches!(c, '"' | '«' | '“' | ':'));
            // (after a word that is an adjective as well, a first and a family name only, not
            // تقرير برلماني خرج مؤخرا)
            let second = self.word(from + 1);
            let named = (from + 1..next).all(|i| !is_nisba(self.word(i)) && !said(self.word(i)))
                && !said(self.word(from))
                && (j == k + 1
                    || len == 2 && second.chars().count() >= 4 && !second.ends_with('ا'));
            if len >= 2 && says && named {
                let speaker = self.learn(from, next, 0);
                return Some(Mention {
                    first: k,
                    end: next,
                    name: (self.starts(from), self.ends(next - 1)),
                    speaker: Some(speaker),
                    governed: governs(self.word(k), 0),
                    how: "description",
                    ..Mention::default()
                });
            }
        }
        // بيان للكتل البرلمانية اليمنية: an issuer no lexicon knows, after the ل of an
        // indefinite document (not النتائج إيجابية للغاية)
        let issuer_word = self.word(j).starts_with("لل") && self.word(j).chars().count() > 3;
        if issuer_word && !with_article(self.word(k)) {
            let mut end = j + 1;
            while end < j + 5 && (self.word(end).starts_with("ال") && !self.is_function_word(end))
            {
                end += 1;
            }
            let start = self.starts(j) + 1;
            let name = (start, self.ends(end - 1));
            let display = (self.display)(name.0, name.1);
            return Some(Mention {
                first: k,
                end,
                name,
                speaker: Some(Speaker {
                    name: display,
                    kind: "institution",
                    side: self.side_of(j, end),
                }),
                how: "description",
                ..Mention::default()
            });
        }
        // دراسة نشرت في مجلة، بيان نشر على موقع المهرجان، تقرير أعد للاجتماع: a verb of
        // issuing or publishing right after an indefinite document, with no pronoun and no
        // issuer after it, opens a relative clause on the document, which ends the document's
        // words; its author is not named
        let published = !with_article(self.word(k)) && self.published(adjectives);
        if adjectives == k + 1 && !published {
            return None;
        }
        // دراسة طبية حديثة في بريطانيا: where a document with no issuer was written
        let mut adjectives = adjectives;
        if self.word(adjectives) == "في" {
            if let Some(len) = self.place_at(adjectives + 1) {
                adjectives += 1 + len;
            }
        }
        // (لدراسة حديثة: without the ل the document is after)
        let joined =
            usize::from(self.word(k).starts_with('ل') && !self.plays(k, Grammar::Document));
        let name = (self.starts(k) + joined, self.ends(adjectives - 1));
        Some(Mention {
            first: k,
            end: adjectives,
            name,
            speaker: Some(Speaker {
                name: (self.display)(name.0, name.1),
                kind: "group",
                side: self.side_of(k + 1, adjectives),
            }),
            how: "description",
            ..Mention::default()
        })
    }

    /// Whether token `j` is a verb of issuing or publishing without an object pronoun, active
    /// or passive (نشر، نشرت، أعدت، صدر، أجريت): what a relative clause on a document says
    /// of it.
    fn published(&self, j: usize) -> bool {
        let word = self.word(j);
        [Grammar::Issuing, Grammar::Publishing, Grammar::Published]
            .into_iter()
            .any(|role| self.lexicon.is(word, role))
    }

    /// Whether the document at `k` is a letter or a remark, which is addressed to whoever
    /// follows its ل (رسالة لترامب، تصريح لسكاي نيوز), not written by them.
    pub(super) fn is_addressed(&self, k: usize) -> bool {
        let word = self.word(k);
        let word = strip_conjunction(word).unwrap_or(word);
        let word = ["ال", "لل", "ل"]
            .iter()
            .find_map(|article| word.strip_prefix(article))
            .unwrap_or(word);
        self.lexicon.is(word, Grammar::Addressed)
    }

    /// The issuer of a document named in quotation marks at `j` (تقرير "سي آي إيه"، بيانات
    /// "فوربس") or after its ل (`after_l`: تقرير لـ"بلومبيرغ"): a name the lexicon knows, or
    /// words none of which is definite; a phrase with ال is rather the document's title
    /// (تقرير "آفاق الاقتصاد العالمي"، تقرير "المعادن"), unless ل said whose it is.
    pub(super) fn marked_issuer(&self, j: usize, after_l: bool) -> Option<Mention> {
        if !self.mark(j).is_some_and(|c| "\"«“".contains(c)) {
            return None;
        }
        let close = (j + 2..j + 7)
            .find(|&c| self.mark(c).is_some_and(|c| "\"»”".contains(c)))
            .filter(|&c| (j + 1..c).all(|i| self.tokens.kind(i) == Kind::Word))?;
        // (a title in marks with its issuer after it: تقرير "الثروة العالمية" الذي صدر عن)
        if matches!(
            self.word(close + 1),
            "الذي" | "التي" | "الصادر" | "الصادره" | "صادر" | "صادره"
        ) {
            return None;
        }
        let name = (self.starts(j + 1), self.ends(close - 1));
        let known = self
            .known_at(j + 1)
            .filter(|&(len, kind)| j + 1 + len == close && kind != "place");
        let speaker = if let Some((_, _)) = known {
            let (_, _, entity) = self.name_at(j + 1)?;
            self.speaker_of_name(j + 1, entity)?
        } else {
            let plain = (j + 1..close).all(|i| {
                !self.word(i).starts_with("ال") && !self.is_function_word(i) && !self.is_document(i)
            });
            // (one word that reads as what the document is rather than whose: دراسة "مشجعة"،
            // تقرير "سري"، بيان "استشهاد")
            let word = self.word(j + 1);
            let described = close == j + 2
                && (word.chars().count() <= 3
                    || is_verbal_noun(word)
                    || word.starts_with('م') && word.ends_with('ه'));
            if described {
                return None;
            }
            if !(plain || after_l) {
                return None;
            }
            Speaker {
                name: (self.display)(name.0, name.1),
                kind: "institution",
                side: None,
            }
        };
        Some(Mention {
            first: j,
            end: close + 1,
            name,
            speaker: Some(speaker),
            how: "description",
            ..Mention::default()
        })
    }

    /// The issuer of a document after its ل when no reading took it: ل and a name in marks
    /// (لـ"بلومبيرغ")، or ل on an indefinite head and its genitive to the first definite word
    /// and the definite adjectives after it (لبوابة الأهرام، لرئاسة أمن الدولة).
    pub(super) fn issuer_after_l(&self, j: usize) -> Option<Mention> {
        let word = self.word(j);
        if word == "ل" {
            return self.marked_issuer(j + 1, true);
        }
        let head = word.strip_prefix('ل')?;
        if head.starts_with('ل')
            || head.chars().count() < 3
            || self.tokens.kind(j) != Kind::Word
            || self.is_function_word(j)
            || self.lexicon.given_names.contains_key(head)
            || self.name_at(j).is_some()
            // (a purpose: تقرير لتقييم الأضرار، بيان لدعم القضية)
            || is_verbal_noun(head)
        {
            return None;
        }
        // لصحيفة "غارديان": a head with its name in marks
        if let Some(marked) = self.marked_issuer(j + 1, true) {
            let display = (self.display)(self.starts(j) + 1, self.ends(marked.end - 1));
            return Some(Mention {
                first: j,
                name: (self.starts(j) + 1, self.ends(marked.end - 1)),
                speaker: marked.speaker.map(|s| Speaker {
                    name: without_marks(&display),
                    ..s
                }),
                ..marked
            });
        }
        let mut issuer = self.unknown_issuer(j + 1).filter(|m| m.first == j + 1)?;
        // (the head joins the genitive: not a verb after it)
        if self.verb(j).is_some() {
            return None;
        }
        let name = (self.starts(j) + 1, issuer.name.1);
        issuer.first = j;
        issuer.name = name;
        issuer.speaker = issuer.speaker.map(|s| Speaker {
            name: (self.display)(name.0, name.1),
            ..s
        });
        Some(issuer)
    }

    /// The body a document was issued by when no lexicon knows it (بيان صادر عن قصر الإليزيه،
    /// عن رئاسة الحكومة): a construct phrase of up to five words, to its first definite noun and
    /// the definite adjectives after it, and a genitive with ل that ends it (للإحصاء).
    pub(super) fn unknown_issuer(&self, j: usize) -> Option<Mention> {
        let word_at = |i: usize| {
            self.tokens.kind(i) == Kind::Word
                && (i == j || !self.tokens.after_break(i))
                && !self.is_function_word(i)
                && !self.is_complementizer(i)
                && self.verb(i).is_none()
        };
        let mut end = j;
        let mut definite = false;
        while end < j + 5 && word_at(end) {
            let article = self.word(end).starts_with("ال");
            // (a genitive with ل ends it: الجهاز المركزي للإحصاء)
            if definite && self.word(end).starts_with("لل") {
                end += 1;
                break;
            }
            if definite && !article {
                break;
            }
            definite |= article;
            end += 1;
        }
        if !definite {
            return None;
        }
        let name = (self.starts(j), self.ends(end - 1));
        Some(Mention {
            first: j,
            end,
            name,
            speaker: Some(Speaker {
                name: (self.display)(name.0, name.1),
                kind: "institution",
                side: self.side_of(j, end),
            }),
            how: "description",
            ..Mention::default()
        })
    }

    /// A body whose head the lexicon's groups know, written with ال at `j`, and the definite
    /// words after it (الرئاسة، المحكمة العليا، الداخلية المصرية), as a mention.
    fn body_in_genitive(&self, j: usize) -> Option<Mention> {
        let word = self.word(j);
        let bare = word.strip_prefix("ال")?;
        let kind = self
            .lexicon
            .groups
            .get(word)
            .or_else(|| self.lexicon.groups.get(bare))?;
        if !matches!(*kind, "institution" | "medium") {
            return None;
        }
        self.unknown_issuer(j).filter(|m| m.first == j)
    }

    /// The document at `k` as a mention of its issuer: the issuer speaks, the document's words
    /// (with its own government) are how.
    fn issued_by(&self, k: usize, issuer: Mention) -> Mention {
        Mention {
            first: k,
            governed: governs(self.word(k), 0),
            how: "description",
            ..issuer
        }
    }
}

/// Whether a document's word is written with the article, behind و or ف and ب or ك (البيان،
/// وبالتقرير) or as لل (للدراسة): not رسالة, whose letters hold ال once ة is folded (رساله).
fn with_article(word: &str) -> bool {
    let word = strip_conjunction(word).unwrap_or(word);
    let word = word
        .strip_prefix(['ب', 'ك'])
        .filter(|rest| rest.starts_with("ال"))
        .unwrap_or(word);
    word.starts_with("ال") || word.starts_with("لل")
}
