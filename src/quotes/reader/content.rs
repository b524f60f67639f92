//! Stage 5b: content. Where reported speech starts and ends, the quotes a cue introduces, and
//! quoted speech that goes on with the source of the sentence before.

use rustc_hash::FxHashMap as HashMap;

use super::super::lexicon::{strip_conjunction, Class, Grammar};
use super::super::Speaker;
use super::cues::object_pronoun;
use super::marks::Pair;
use super::records::Draft;
use super::text::is_past_of;
use super::Reader;
use crate::tokens::Kind;

impl Reader<'_, '_> {
    /// A direct quote: the words inside the pair `p`, and any further quotes the same cue
    /// introduces ("..."، كما "...").
    pub(super) fn direct(&mut self, k: usize, p: usize, draft: Draft) -> Option<usize> {
        let mut pair = self.marks.pair(p);
        let mut draft = Draft {
            kind: "direct",
            content: self.inside(&pair),
            ..draft
        };
        let mut from = k;
        loop {
            let last = pair.close.unwrap_or(pair.end.max(pair.first + 1) - 1);
            let next = draft.clone();
            self.record(from, last + 1, draft);
            let mut j = last + 1;
            if self.is(j, ',') {
                j += 1;
            }
            let more = matches!(self.word(j), "كما" | "و")
                .then(|| self.speech_opening(j + 1))
                .flatten();
            let Some(q) = more else {
                return Some(last + 1);
            };
            pair = self.marks.pair(q);
            draft = Draft {
                content: self.inside(&pair),
                speaker_ref: "continuation",
                mention: None,
                ..next
            };
            from = j;
        }
    }

    /// The pair of marks that opens at `at` and holds every word of `at..end`: only marks
    /// follow its closing one.
    pub(super) fn whole_quote(&self, at: usize, end: usize) -> Option<usize> {
        let p = self.speech_opening(at)?;
        let close = self.marks.pair(p).close?;
        (close < end
            && (close + 1..end).all(|j| !matches!(self.tokens.kind(j), Kind::Word | Kind::Number)))
        .then_some(p)
    }

    /// The offsets of the words inside a pair of marks, without the marks.
    pub(super) fn inside(&self, pair: &Pair) -> (usize, usize) {
        if pair.end <= pair.first {
            let at = pair.open.map_or(0, |o| self.ends(o));
            return (at, at);
        }
        // a mark written twice ("" ... "") is left out
        let doubled = |j: usize| self.mark(j).is_some_and(|c| c == '"' || c == '＂');
        let first = if doubled(pair.first) && pair.first + 1 < pair.end {
            pair.first + 1
        } else {
            pair.first
        };
        let last = if doubled(pair.end - 1) && pair.end - 1 > first {
            pair.end - 2
        } else {
            pair.end - 1
        };
        (self.starts(first), self.ends(last))
    }

    /// Reported speech from token `at` (and `prefix` code points into it).
    pub(super) fn clause(
        &mut self,
        k: usize,
        at: usize,
        prefix: usize,
        draft: Draft,
    ) -> Option<usize> {
        let mut end = self.clause_end(at);
        // a noun phrase as content (أكد الهلال الأحمر إصابة المستشفى، طالبت السلطات السكان
        // بالرحيل) ends before a clause of the writer's that contrasts with it or follows from
        // it: لكنه لم يعلن ...، ولكنه لم يدخل حيز التنفيذ، مما يسمح بـ (مما after a comma
        // only: أعربت عن دهشتها مما تم تناوله is "of what")
        let nominal = at > 0 && !self.is_complementizer(at - 1) && self.mark(at - 1).is_none();
        if nominal {
            if let Some(c) = (at + 1..end).find(|&j| {
                !self.marks.in_speech[j]
                    && (matches!(
                        self.word(j),
                        "لكنه" | "لكنها" | "لكنهم" | "ولكنه" | "ولكنها" | "ولكنهم"
                    )
                        // (لكن with a clause of its own, not a phrase the content goes on
                        // with: إذ يمكنها تخفيف السياسة ولكن بنطاق محدود)
                        || matches!(self.word(j), "لكن" | "ولكن")
                            && (!self.word(j + 1).starts_with('ب')
                                || self.is_function_word(j + 1))
                        || self.word(j) == "مما" && self.is(j - 1, ','))
            }) {
                end = if self.is(c - 1, ',') { c - 1 } else { c };
            }
        }
        if end <= at {
            return None;
        }
        self.finish(k, at, prefix, end, draft)
    }

    /// Records content `at..end`, mixed if it holds quoted speech.
    pub(super) fn finish(
        &mut self,
        k: usize,
        at: usize,
        prefix: usize,
        end: usize,
        mut draft: Draft,
    ) -> Option<usize> {
        if end <= at || (at..end).any(|j| self.covered[j]) {
            return None;
        }
        // a source's credit line (*نقلاً عن الأهرام) has marks before it and no words: nothing
        // was said
        let worded = (at..end).any(|j| matches!(self.tokens.kind(j), Kind::Word | Kind::Number));
        if !worded {
            return None;
        }
        // a colon, then one quotation that is the whole content, is a direct quote whatever
        // the frame before the colon (يشير التقرير إلى: "..."، ووفقا لما قاله الباحث: "..."),
        // but for a complementizer: قال إن: "..." is mixed, as قال إن "..." is
        if prefix == 0
            && self.is(at, ':')
            && !(at > 0 && self.is_complementizer(at - 1))
            && matches!(draft.kind, "indirect" | "direct")
        {
            if let Some(p) = self.whole_quote(at + 1, end) {
                return self.direct(k, p, draft);
            }
        }
        let start = self.starts(at) + prefix;
        let stop = self.ends(end - 1);
        let closing = (at + 1..end).filter_map(|j| self.marks.pair_at(j).map(|p| (j, p)));
        let fragments: Vec<(usize, usize)> = closing
            .filter(|&(j, p)| self.marks.pair(p).close == Some(j))
            .map(|(_, p)| self.marks.pair(p))
            .filter(|p| !p.label && p.close.is_some_and(|c| c > at && c < end))
            .filter(|p| p.open.is_none_or(|o| o >= at))
            .map(|p| {
                let (s, e) = self.inside(&p);
                (s.max(start), e)
            })
            .filter(|(s, e)| s < e)
            .collect();
        // (unmarked words after a colon with quoted words among them are mixed too: بومبيو:
        // المحادثات "مثمرة جدا")
        if !fragments.is_empty() && matches!(draft.kind, "indirect" | "direct") {
            draft.kind = "mixed";
        }
        draft.content = (start, stop);
        draft.fragments = fragments;
        self.record(k, end, draft);
        Some(end)
    }

    /// Where reported speech from `at` ends: at the end of its sentence, or before a comma
    /// that starts another report (، مشيرا، ، لكنه أصر) or a comment (، وهو ما).
    pub(super) fn clause_end(&self, at: usize) -> usize {
        let (_, sentence_end) = self.sentence(at.min(self.tokens.len() - 1));
        // a noun phrase as content, not a clause after a complementizer or marks
        let nominal = at > 0 && !self.is_complementizer(at - 1) && self.mark(at - 1).is_none();
        let mut j = at;
        while j < sentence_end {
            if let Some(p) = self.speech_opening(j) {
                let pair = &self.marks.pair(p);
                j = pair.close.map_or(pair.end, |c| c + 1).max(j + 1);
                // وصفته بـ"هدف معاد" قالت إنه، هي "حكومة سوريا" ولفت إلى: a past report or
                // one with a conjunction right after the quote starts anew; a present verb is
                // the quote's predicate ("سيدر" يؤكد الالتزام), ردا على an adverb
                let word = self.word(j);
                let anew = word.starts_with(['و', 'ف'])
                    || self.verb(j).is_some_and(|v| is_past_of(word, &v.lemma));
                if pair.close.is_some() && j < sentence_end && word != "ردا" && anew && self.cuts(j)
                {
                    break;
                }
                continue;
            }
            if self.is(j, ',')
                && (self.cuts(j + 1) && !self.contrast_goes_on(j + 1)
                    || self.writer_resumes(j + 1)
                    || self.report_on_it(j + 1, sentence_end))
            {
                break;
            }
            // "..." على حد تعبيره، ... على حد قوله: the writer's tag on the words before it, with
            // a comma or without one
            if j > at && self.as_worded(j) {
                break;
            }
            // ...، في حين قال مسؤول، ...، كما طلبت الشرطة: a linking word after a comma, then a
            // report of its own
            if self.is(j, ',') {
                let linked = match self.word(j + 1) {
                    "كما" | "فيما" | "بينما" | "حيث" | "اذ" => Some(j + 2),
                    "في" if self.word(j + 2) == "حين" => Some(j + 3),
                    _ => None,
                };
                if linked.is_some_and(|i| self.verb(i).is_some() && self.cuts(i)) {
                    break;
                }
            }
            // (حيث قال، إذ قالت with no comma: the same, a past verb of a report of its own; and
            // so a contrasting one, بينما قال شهود، فيما أكدت السلطة، في حين أعلنت روما)
            let past = |i: usize| {
                self.verb(i)
                    .is_some_and(|v| v.class == Class::Verb && is_past_of(self.word(i), &v.lemma))
            };
            // (not فيما as في ما, in what was called so: تدخل فيما وصفه بـ، فيما وصف بمحاولة)
            let in_what = |i: usize| {
                self.word(j) == "فيما"
                    && (self.word(i + 1).starts_with('ب')
                        || self
                            .verb(i)
                            .is_some_and(|v| object_pronoun(self.word(i), &v.lemma)))
            };
            let linked = match self.word(j) {
                "حيث" | "اذ" | "فيما" | "بينما" => Some(j + 1),
                "في" if self.word(j + 1) == "حين" => Some(j + 2),
                _ => None,
            };
            // (a present one too, with its complementizer a few words on: فيما يقول الساسة إن)
            let present_that = |i: usize| {
                self.verb(i).is_some_and(|v| v.class == Class::Verb)
                    && matches!(self.word(j), "فيما" | "بينما" | "في")
                    && (i + 1..i + 5).any(|c| self.is_complementizer(c))
            };
            let reports = |i: usize| (past(i) || present_that(i)) && self.cuts(i) && !in_what(i);
            if j > at && linked.is_some_and(reports) {
                break;
            }
            if j > at && self.coordinated_report(j, nominal) {
                break;
            }
            // a participle starts a report of its own, with a comma or without one (شدد على
            // أهمية المشروع مشيرا إلى أن ...)
            let counted = j > 0 && self.tokens.kind(j - 1) == crate::tokens::Kind::Number;
            // (not one after كان, its predicate: إن الأمر كان متوقعا منذ البداية)
            // (nor one that reports only in a frame not here: محملا بـ25 راكبا is "loaded")
            let participle = self.verb(j).filter(|v| {
                v.class == Class::Participle && !self.after_copula(j) && self.reports_here(j, v)
            });
            // a feminine one (مضيفة، مؤكدة) is also a noun or an adjective once ة is folded:
            // it must introduce something; a masculine one (مشيرا، واصفا) always cuts
            let introduces = participle.is_some_and(|v| {
                if !self.word(j).ends_with('ه') {
                    return true;
                }
                // past its object (مبررة ذلك بـ، قائلة لها إن)
                let n = if matches!(
                    self.word(j + 1),
                    "ذلك" | "اياه" | "اياها" | "اياهم" | "له" | "لها" | "لهم"
                ) {
                    j + 2
                } else {
                    j + 1
                };
                let next = self.word(n);
                self.is_complementizer(n)
                    || self.is(n, ':')
                    || self.speech_opening(n).is_some()
                    || v.prepositions.iter().any(|p| {
                        next == p || (p == "ب" && next.starts_with('ب') && next.chars().count() > 3)
                    })
            });
            if j > at && !counted && introduces {
                break;
            }
            j += 1;
        }
        let mut end = j.min(sentence_end);
        while end > at
            && self
                .mark(end - 1)
                .is_some_and(|c| matches!(c, ',' | '.' | ':' | ';' | '!' | '?' | '…' | '-'))
        {
            end -= 1;
        }
        end
    }

    /// Whether a contrast after a comma inside reported content, at `j`, goes on with the
    /// speaker's words rather than opening the writer's clause: لكنه، لكنها with a clause that is
    /// no report or act of its own (، لكنها ستعلق تسليم، لكنه لا يزال، لكنها لن تكون سهلة; not ،
    /// لكنه أكد، لكنها حذرت، لكنه لم يتوقع، لكنه لم يكشف، لكنه رفض), or a bare لكن whose clause
    /// holds the speaker's words in marks a few words on (، لكن السلطات "ستواصل ..."، لكن "سبيس
    /// إكس ستحتاج ..."; not ، لكن زوجها قال لها إن "...", a report of its own).
    pub(super) fn contrast_goes_on(&self, j: usize) -> bool {
        if !self.plays(j, Grammar::Contrast) {
            return false;
        }
        let (_, sentence_end) = self.sentence(j);
        let next = j + 1;
        if next >= sentence_end || self.tokens.kind(next) != Kind::Word {
            return false;
        }
        if self.plays(j, Grammar::Carrier) {
            // (a report, a negated one, or a past act of the subject's: the writer's again)
            let negated = matches!(self.word(next), "لم" | "لا")
                && (self.verb(next + 1).is_some() || self.plays(next + 1, Grammar::Detail));
            let acts = !self.is_function_word(next) && past_shape(self.word(next));
            return self.verb(next).is_none() && !negated && !acts;
        }
        if self.word(j) != "لكن" {
            return false;
        }
        (next..(next + 8).min(sentence_end))
            .take_while(|&i| {
                !self.is(i, ',')
                    && self.verb(i).is_none()
                    && !self.is_complementizer(i)
                    && self.word(i) != "بالقول"
            })
            .any(|i| self.speech_opening(i).is_some())
    }

    /// Whether the words from `j`, after a comma that follows reported content, are a report of
    /// its own on what came before, its content marked a few words on: a relative clause (، التي
    /// قال فيها إن "..."، التي قالت إنها) or an aside with وهي، وهو (، وهي معلومات وصفها مدققو
    /// الحقائق بأنها، وهي الاتهامات التي وصفتها السعودية بـ"..."). Not a relative clause with a
    /// report but no content, part of what is said (، التي أعلنت أمس عن خطة، ستنفذ).
    pub(super) fn report_on_it(&self, j: usize, sentence_end: usize) -> bool {
        let mut i = j;
        if matches!(self.word(i), "وهو" | "وهي") {
            i += 1;
            while i < (j + 4).min(sentence_end)
                && self.tokens.kind(i) == Kind::Word
                && !self.is_function_word(i)
                && self.verb(i).is_none()
                && !self.plays(i, Grammar::Relative)
            {
                i += 1;
            }
        }
        if self.plays(i, Grammar::Relative) {
            i += 1;
        }
        if i == j {
            return false;
        }
        let Some(v) = self.verb(i) else {
            return false;
        };
        let word = self.word(i);
        let past = is_past_of(word, &v.lemma)
            || strip_conjunction(word).is_some_and(|w| is_past_of(w, &v.lemma));
        if v.class != Class::Verb || !past || !self.reports_here(i, v) {
            return false;
        }
        (i + 1..(i + 6).min(sentence_end))
            .take_while(|&c| !self.is(c, ','))
            .any(|c| {
                self.is_complementizer(c)
                    || self.is(c, ':') && !self.clock_colon(c)
                    || self.speech_opening(c).is_some()
            })
    }

    /// Whether a past reporting verb with و at `j` starts a report of its own, its content
    /// marked right after it or after its subject (فقدت كل شيء وقالت "..."، وأكد الوزير أن).
    pub(super) fn coordinated_report(&self, j: usize, after_noun_phrase: bool) -> bool {
        let word = self.word(j);
        let Some(v) = self.verb(j) else {
            return false;
        };
        // (the lemma as the text is read: واكد، واعلن)
        let past = word
            .strip_prefix('و')
            .is_some_and(|w| is_past_of(w, &v.lemma));
        if v.class != Class::Verb || !past || !self.reports_here(j, v) {
            return false;
        }
        let marked = |i: usize| {
            self.is(i, ':') || self.speech_opening(i).is_some() || self.is_complementizer(i)
        };
        // (ودعاها إلى، وطالبهم بـ: the one spoken to as a pronoun, then the verb's preposition)
        let addressed = ["ها", "هم", "هما", "ه"]
            .iter()
            .any(|o| word.ends_with(o) && !v.lemma.ends_with(o))
            && v.prepositions
                .iter()
                .any(|p| p.chars().count() > 1 && p == self.word(j + 1));
        // (after a noun phrase the speaker reported, ودعا إلى، وأعرب عن، وطالب بوقف: the verb's
        // own preposition right after it, or its ب on a verbal noun; inside a clause after أن
        // such a verb is most often the reported words' own, another's act the speaker told of)
        let next = self.word(j + 1);
        let own_preposition = after_noun_phrase
            && v.prepositions.iter().any(|p| {
                p.chars().count() > 1 && p == next
                    || p == "ب"
                        && next.starts_with('ب')
                        && next.chars().count() > 3
                        && !self.is_function_word(j + 1)
                        && !super::mentions::is_pronoun_phrase(next)
            });
        marked(j + 1)
            || addressed
            || own_preposition
            || self
                .mentions
                .at
                .get(&(j + 1))
                .is_some_and(|&m| marked(self.mentions.list[m].end))
    }

    /// Whether the words from `j`, after a comma that follows reported content, are the writer's
    /// again: وذلك with a phrase of the time, occasion or source of the report (، وذلك خلال
    /// لقائه بـ، وذلك في مؤتمر صحفي، وذلك بعد أدائه اليمين، وذلك حسبما جاء في حسابه، وذلك على
    /// خلفية), or في إشارة إلى, the writer's gloss on what was said. A purpose or a means stays
    /// the speaker's (، وذلك من أجل، وذلك بالتعاون مع، وذلك في غارة).
    pub(super) fn writer_resumes(&self, j: usize) -> bool {
        if self.word(j) == "في" && self.word(j + 1) == "اشاره" {
            return true;
        }
        if self.word(j) != "وذلك" {
            return false;
        }
        let next = self.word(j + 1);
        let time = self.plays(j + 1, Grammar::ReportTime);
        // (في مؤتمر صحفي، في مستهل زيارته، على هامش، على خلفية)
        let occasion = matches!(next, "في" | "علي") && self.plays(j + 2, Grammar::Occasion);
        time || occasion || self.attribution_at(j + 1).is_some()
    }

    /// Whether the writer tags the clause before `j` as the speaker's own words (على حد تعبيره،
    /// على حد قولها) at its end, before a comma or the end of the sentence; not a tag on one word
    /// inside it (وجود الأجنبي على حد تعبيره في بلاده ليس ...), nor على حد سواء ('alike').
    fn as_worded(&self, j: usize) -> bool {
        let (_, sentence_end) = self.sentence(j);
        let after = j + 3;
        self.word(j) == "علي"
            && self.word(j + 1) == "حد"
            && ["قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم"]
                .contains(&self.word(j + 2))
            && (after >= sentence_end
                || self.is(after, ',')
                || self.is_terminator(after)
                || self.tokens.after_break(after))
    }

    pub(super) fn cuts(&self, j: usize) -> bool {
        let word = self.word(j);
        // (تضمن cuts only as the report of a document: البيان تضمن "مزاعم" goes on)
        self.verb(j).is_some_and(|v| {
            matches!(v.class, Class::Verb | Class::Participle) && self.reports_here(j, v)
        }) || self.plays(j, Grammar::Contrast)
            || (matches!(word, "وهو" | "وهي") && self.word(j + 1) == "ما")
            // (، وهو الأمر الذي نفته طهران: the writer's comment, as وهو ما)
            || (matches!(word, "وهو" | "وهي")
                && self.word(j + 1) == "الامر"
                && self.plays(j + 2, Grammar::Relative))
            || self.attribution_at(j).is_some()
            || self.consequent(j).is_some()
    }

    /// Where the content of a sentence starts: past a conjunction و or ف and connectives
    /// (كذلك،), as a token and the code points into it.
    pub(super) fn lead(&self, start: usize) -> (usize, usize) {
        let mut k = self.past_dateline(start);
        loop {
            // (and لكن, ولكن: but not لكنه, whose pronoun is the subject)
            let skipped = self.plays(k, Grammar::Connective)
                || self.plays(k, Grammar::Relative)
                || matches!(self.word(k), "و" | "لكن" | "ولكن");
            if skipped {
                k += 1;
                if self.is(k, ',') {
                    k += 1;
                }
                continue;
            }
            break;
        }
        let word = self.word(k);
        let clitic = strip_conjunction(word).is_some_and(|rest| {
            // a present or future verb after و: وستبدأ، ويقول، وتواصل
            let present = rest.starts_with(['ي', 'ت', 'ن']) || rest.starts_with("س");
            rest.starts_with("ال")
                || self.lexicon.is_function_word(rest)
                || self.lexicon.verb(rest).is_some()
                || (present && rest.chars().count() >= 4)
                // (a past verb after و: وقتل، وحكمت، واجتاحت; not a name or a title, وزير
                // الخارجية، nor a verb whose root starts with و, وصل، وافقت)
                || word.starts_with('و')
                    && !self.mentions.at.contains_key(&k)
                    && past_after_wa(rest)
        });
        (k, usize::from(clitic))
    }

    /// Where a paragraph's text starts past its dateline (دبي، الإمارات العربية المتحدة
    /// (CNN)-- ...): a few words and a closing bracket at its start, then a dash; `start` itself
    /// when there is none.
    fn past_dateline(&self, start: usize) -> usize {
        if !(start == 0 || self.tokens.after_break(start)) {
            return start;
        }
        let dash = |j: usize| self.mark(j).is_some_and(|c| matches!(c, '-' | '—' | '–'));
        let Some(close) = (start..(start + 12).min(self.tokens.len()))
            .take_while(|&j| !self.is_terminator(j) && !self.is(j, ':'))
            .find(|&j| self.is(j, ')') && dash(j + 1))
        else {
            return start;
        };
        let mut k = close + 1;
        while dash(k) {
            k += 1;
        }
        if k < self.tokens.len() {
            k
        } else {
            start
        }
    }

    /// Quoted speech with no cue, in a sentence right after a report: it goes on with the
    /// same source (كذلك، تطرق الرئيسان إلى "...").
    /// The speaker of quoted words after بالقول ("by saying") and a colon or nothing: the
    /// subject of the verb a few words before it (ورد ترامب على تهديدات طهران بالقول، وردت
    /// الوزارة بالقول), the first mention no preposition governs.
    fn said_by(&self, open: usize) -> Option<Speaker> {
        let at = self.saying_before(open)?;
        let (start, _) = self.sentence(open);
        let from = start.max(at.saturating_sub(7));
        let subject = self
            .before(at)
            .take_while(|m| m.first >= from)
            .filter(|m| !m.governed && (m.speaker.is_some() || m.refers.is_some()))
            .last()?;
        self.resolve(subject)
    }

    /// The verbal noun of saying (بالقول، بقوله، بقولها) right before the mark at `open`, or
    /// before a colon before it.
    fn saying_before(&self, open: usize) -> Option<usize> {
        (open.saturating_sub(2)..open)
            .rev()
            .find(|&j| matches!(self.word(j), "بالقول" | "بقوله" | "بقولها" | "بقولهم"))
            .filter(|&j| j + 1 == open || self.is(j + 1, ':'))
    }

    /// A quotation that opens a paragraph and that the words after it take up as what someone
    /// said: "..".. بهذه الكلمات علق الوزير، "...".. هكذا وصف المتحدث، "...".. هو الرد الذي أجاب
    /// به المحللون. The verb after the words that take it up is the cue, whatever verb it is
    /// (علق، أنهى حديثه، شكر), and its subject the speaker.
    pub(super) fn taken_up_quotes(&mut self) {
        for p in 0..self.marks.count() {
            let pair = self.marks.pair(p);
            let (Some(open), Some(close)) = (pair.open, pair.close) else {
                continue;
            };
            let opens_paragraph = open == 0 || self.tokens.after_break(open);
            if pair.label || !opens_paragraph || pair.end <= pair.first || self.covered[open] {
                continue;
            }
            // past the marks after it (".."، "…"، "،")
            let mut j = close + 1;
            while j < self.tokens.len()
                && j < close + 4
                && self.mark(j).is_some_and(|c| matches!(c, '.' | '…' | ','))
            {
                j += 1;
            }
            if j == close + 1 || self.tokens.after_break(j) {
                continue;
            }
            let Some(verb) = self.taking_up(j) else {
                continue;
            };
            // its subject: the first mention after the verb (past its pronoun, أجاب به)
            let Some(subject) = (verb + 1..verb + 4)
                .filter_map(|i| self.mentions.at.get(&i))
                .map(|&m| &self.mentions.list[m])
                .find(|m| !m.governed && (m.speaker.is_some() || m.refers.is_some()))
            else {
                continue;
            };
            let speaker = self.resolve(subject);
            let draft = Draft {
                kind: "direct",
                content: self.inside(&pair),
                cue: Some((self.starts(verb), self.ends(verb))),
                speaker,
                mention: Some(subject.name),
                speaker_ref: if subject.how == "name" {
                    "name"
                } else {
                    "description"
                },
                confidence: 0.8,
                sentence: self.sentence_of(open),
                ..Draft::default()
            };
            self.record(open, close + 1, draft);
        }
    }

    /// The verb of the words from `j` that take up the quotation before them: a demonstrative
    /// and the noun of what was said (بهذه الكلمات، بهذه العبارة، بهذا التصريح), هكذا, a
    /// pronoun, a noun and a relative (هو الرد الذي) before it, or a noun before it and its
    /// pronoun after it (رد أجاب به).
    fn taking_up(&self, j: usize) -> Option<usize> {
        let definite = |i: usize| self.word(i).starts_with("ال");
        let verb = match self.word(j) {
            "بهذه" | "بهذا" | "بتلك" | "بذلك" if definite(j + 1) => j + 2,
            "هكذا" => j + 1,
            "هو" | "هي" if definite(j + 1) && self.plays(j + 2, Grammar::Relative) => j + 3,
            // (a noun, then a verb whose pronoun takes the quotation back: رد أجاب به المحللون)
            _ if matches!(self.word(j + 2), "به" | "بها") => j + 1,
            _ => return None,
        };
        // a verb: a word with no article, no preposition, no mark (بهذه الكلمات علّق، هكذا
        // بدأ، هكذا وصف; not هكذا الحال)
        let word = self.word(verb);
        (!word.is_empty()
            && !word.starts_with("ال")
            && !self.is_function_word(verb)
            && matches!(self.tokens.kind(verb), Kind::Word))
        .then_some(verb)
    }

    pub(super) fn continued_quotes(&mut self) {
        // the speaker of each sentence's last report
        let mut reported: HashMap<usize, (usize, Option<Speaker>)> = HashMap::default();
        for draft in &self.drafts {
            let entry = reported.entry(draft.sentence).or_insert((0, None));
            if draft.content.0 >= entry.0 {
                *entry = (draft.content.0, draft.speaker.clone());
            }
        }
        for p in 0..self.marks.count() {
            let pair = self.marks.pair(p);
            let Some(open) = pair.open else { continue };
            if pair.label || pair.end < pair.first + 4 || self.covered[open] {
                continue;
            }
            let sentence = self.sentence_of(open);
            // (the first sentence goes on with no source, save after بالقول)
            let first = sentence == 0 && self.saying_before(open).is_none();
            if reported.contains_key(&sentence) || first {
                continue;
            }
            // the source of the sentence before, known or not: a quote that is a paragraph of
            // its own goes on with it even when who spoke is left to the reader; one after
            // بالقول is the subject's of the verb it goes with (فردت بوغدير بالقول "...")
            let before = sentence.checked_sub(1).and_then(|s| reported.get(&s));
            let speaker = match (self.said_by(open), before) {
                (Some(own), _) => Some(own),
                (None, Some((_, speaker))) => speaker.clone(),
                (None, None) => continue,
            };
            let (start, _) = self.sentence(open);
            let lead = self.lead(start);
            let end = self.clause_end(lead.0);
            let draft = Draft {
                kind: "indirect",
                speaker: speaker.clone(),
                speaker_ref: "continuation",
                confidence: 0.5,
                sentence,
                ..Draft::default()
            };
            // a sentence that is all quotation goes on as a direct quote, and so do quoted
            // words after بالقول, whatever the verb before it (واكتفى بالقول "..."، رد أوربان
            // بالقول "..."): the words before are no content
            let saying = self.saying_before(open).filter(|_| speaker.is_some());
            let whole = saying.is_some()
                || lead.0 == open
                    && pair.close.is_some_and(|c| {
                        c + 1 >= end || (c + 1..end).all(|j| self.mark(j).is_some())
                    });
            let recorded = if whole && (pair.first..pair.end).all(|j| !self.covered[j]) {
                // (an unknown source goes on only with a whole quotation)
                let content = self.inside(&pair);
                let last = pair.close.unwrap_or(pair.end);
                let cue = saying.map(|at| (self.starts(at), self.ends(at)));
                self.record(
                    saying.unwrap_or(open),
                    last + 1,
                    Draft {
                        kind: "direct",
                        content,
                        cue: cue.or(draft.cue),
                        ..draft
                    },
                );
                true
            } else if speaker.is_some() {
                self.finish(lead.0, lead.0, lead.1, end, draft).is_some()
            } else {
                false
            };
            if recorded {
                reported.insert(sentence, (0, speaker));
            }
        }
    }
}

/// Whether `word` has the shape of a past verb of three root letters, bare or with the
/// subject's ending (رفض، عاد، حذرت، قالا، قرروا), or of their causative with أ (أثار،
/// أبدت): no article, no prefix of the present.
fn past_shape(word: &str) -> bool {
    let root = |s: &str| {
        let n = s.chars().count();
        n == 3 || n == 4 && s.starts_with('ا')
    };
    let stem = ["وا", "ت", "ا"]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|s| root(s)))
        .unwrap_or(word);
    root(stem) && !word.starts_with("ال") && !word.ends_with('ه')
}

/// Whether `rest`, a word with its و taken off, has the shape of a past verb (قتل، حكمت،
/// اجتاحت، تم) rather than of a word whose root starts with و (صلت of وصلت، افق of وافق): three
/// letters or more, a feminine ت only on four (or, after ا, five), no ة (folded to ه), no
/// plural ending of a noun (ات، ون، ين).
pub(super) fn past_after_wa(rest: &str) -> bool {
    if rest == "تم" {
        return true;
    }
    let n = rest.chars().count();
    if ["ه", "ات", "ون", "ين"].iter().any(|e| rest.ends_with(e)) {
        return false;
    }
    let feminine = rest.ends_with('ت');
    if rest.starts_with('ا') {
        n >= 5 || n == 4 && !feminine
    } else {
        n >= 4 || n == 3 && !feminine
    }
}
