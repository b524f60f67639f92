//! Stage 4: mentions. Every noun phrase that names, describes or points at a speaker, read left
//! to right, learning the names the document introduces and the titles it gives them.

use std::cell::{Cell, RefCell};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::super::lexicon::{skeleton, strip_conjunction, Class, Classes, Grammar, Name, Refers};
use super::super::words::Sieve;
use super::super::Speaker;
use super::text::{after, governs, is_auxiliary, kind_of, opens_clause, Text, POSSESSIVES};
use super::LOOKBACK;
use crate::tokens::Kind;

/// A noun phrase that names, describes or points at a speaker.
#[derive(Clone, Debug, Default)]
pub struct Mention {
    /// The tokens of the whole phrase: `first..end`.
    pub first: usize,
    pub end: usize,
    /// The part that names the speaker (the name after a title), in normalized offsets.
    pub name: (usize, usize),
    pub role: Option<(usize, usize)>,
    pub speaker: Option<Speaker>,
    pub refers: Option<Refers>,
    /// name or description.
    pub how: &'static str,
    /// Whether a preposition governs it, so that it cannot be a subject (مع ترمب، لبوتين).
    pub governed: bool,
    /// A title with no name (الرئيس الأميركي, مبعوث بوتين).
    pub title_only: bool,
    /// The title's skeleton words, for a mention that has one.
    pub title: Option<String>,
    /// The title's words without ال or a proclitic, as skeletons: الوزير meets وزير.
    pub title_words: Vec<String>,
    /// A title alone that nobody in the text held when it was read: its speaker is the title.
    pub unheld: bool,
    /// An organisation named in quotation marks after its head (تطبيق "بامبل"): a brand.
    pub branded: bool,
}

/// The mentions of a document, and what it taught about names.
#[derive(Debug, Default)]
pub struct Mentions {
    /// In order of their first token.
    pub list: Vec<Mention>,
    /// The mention starting at each token.
    pub at: HashMap<usize, usize>,
    /// Names the document introduced (by title or as a subject), keyed by their skeleton.
    pub learned: HashMap<String, Speaker>,
    /// The first words of the names of several words in `learned`: only after one of them
    /// is a name of two words looked for.
    pub learned_firsts: HashSet<String>,
    /// Titles the document gave a name (الرئيس الروسي → فلاديمير بوتين).
    pub bindings: HashMap<String, Speaker>,
}

/// The classes of a word that may start a mention (a title, a name of the lexicon, a group, a
/// description, a given name).
const MENTION_STARTS: Classes = Classes::TITLE
    .and(Classes::NAME)
    .and(Classes::GROUP)
    .and(Classes::DESCRIPTION)
    .and(Classes::GIVEN);

/// The classes of a word the lexicons know as something other than a name's word (a given
/// name is one, but after و it is another person's).
const KNOWN_WORDS: Classes = Classes::GIVEN
    .and(Classes::TITLE)
    .and(Classes::SIDE)
    .and(Classes::GROUP)
    .and(Classes::VERB)
    .and(Classes::FUNCTION_WORD);

/// Finds the mentions of `text`.
pub fn find(text: &Text) -> Mentions {
    let mut finder = Finder {
        text,
        found: Mentions::default(),
        learned_names: 0,
        unlearned: vec![Cell::new(u32::MAX); text.words.distinct_count()],
        speaker_words: RefCell::new(Vec::new()),
        learned_words: Sieve::default(),
    };
    finder.find_mentions();
    finder.found
}

struct Finder<'t, 'a> {
    text: &'t Text<'a>,
    found: Mentions,
    /// How many times the document has taught a name so far.
    learned_names: u32,
    /// For each distinct word, `learned_names` when it was last found to spell no learned name
    /// (nor the first word of one): it spells none until the next name is learned.
    unlearned: Vec<Cell<u32>>,
    /// The words of each mention's speaker as a head is compared with them (normalized, without
    /// ال, as skeletons), worked out when first asked: a document names its speakers again and
    /// again.
    speaker_words: RefCell<Vec<Option<Vec<String>>>>,
    /// The one-word keys of `learned` and `learned_firsts` (and more), to tell most words apart
    /// from them without a lookup.
    learned_words: Sieve,
}

impl<'a> std::ops::Deref for Finder<'_, 'a> {
    type Target = Text<'a>;

    fn deref(&self) -> &Text<'a> {
        self.text
    }
}

impl Finder<'_, '_> {
    /// Reads every mention of a speaker, left to right, learning the names the document
    /// introduces and the titles it gives them.
    fn find_mentions(&mut self) {
        let mut k = 0;
        while k < self.tokens.len() {
            match self.mention(k) {
                Some(mut mention) => {
                    if mention.governed && self.verb_of_expressing(k, mention.end) {
                        mention.governed = false;
                    }
                    let end = mention.end.max(k + 1);
                    self.found.at.insert(k, self.found.list.len());
                    self.found.list.push(mention);
                    k = end;
                }
                None => k += 1,
            }
        }
    }

    /// Whether the phrase `k..end` is the subject of عبّر, which is written as the preposition
    /// عبر ("via") once the shadda is gone: its عن follows the phrase, right after it or after
    /// an aside between commas (وعبر المتحدث باسم الوزارة، في بيان، عن قلقه), not a noun
    /// governed by the preposition (عبر وسائل الإعلام).
    fn verb_of_expressing(&self, k: usize, end: usize) -> bool {
        if k == 0 || strip_conjunction(self.word(k - 1)).unwrap_or(self.word(k - 1)) != "عبر" {
            return false;
        }
        let about = |j: usize| self.word(j) == "عن";
        about(end)
            || self.is(end, ',')
                && (end..(end + 16).min(self.tokens.len()))
                    .take_while(|&j| {
                        !self.is_terminator(j) && (j == end || !self.tokens.after_break(j))
                    })
                    .any(|j| self.is(j, ',') && about(j + 1))
    }

    fn mention(&mut self, k: usize) -> Option<Mention> {
        // (هذه الدول: a demonstrative that starts a description; نحو نصف المشاركين: a
        // quantity of a group)
        if self.tokens.kind(k) == Kind::Mark
            || self.is_function_word(k)
                && self.description_at(k).is_none()
                && self.quantity_of(k).is_none()
        {
            return None;
        }
        // most words start no mention: no form of theirs begins a title, a name, a group, a
        // description or a given name, they are no document, no reporting verb is before them
        // and the document has learned no name they spell (one test for the whole cascade)
        let starts = self.words.any(k).has(MENTION_STARTS)
            || self.is_document(k)
            || self
                .verb(k.wrapping_sub(1))
                .is_some_and(|v| v.class == Class::Verb);
        if !starts && self.learned_at(k).is_none() && !self.opens_before_verb(k) {
            return None;
        }
        // after a preposition, not after a conjunction, a particle, an adverb or a
        // complementizer (أن ترامب، لكن اللجنة، أمس الوزير)
        // (وفي باريس: a preposition after a conjunction governs as well)
        let governed = k > 0 && {
            let before = self.word(k - 1);
            if self.is_function_word(k - 1) {
                self.lexicon.is(before, Grammar::Preposition)
            } else {
                strip_conjunction(before).is_some_and(|w| {
                    self.lexicon.is_function_word(w) && self.lexicon.is(w, Grammar::Preposition)
                })
            }
        };
        if let Some(mut mention) = self.titled(k) {
            mention.governed |= governed;
            return Some(mention);
        }
        if let Some((len, prefix, name)) = self.name_at(k) {
            let start = self.starts(k) + prefix;
            let span = (start, self.ends(k + len - 1));
            let speaker = if name.role {
                self.role_speaker(k, k + len)
            } else {
                self.speaker_of_name(k, name)
            };
            if let Some(known) = &speaker {
                self.remember_known(k, len, prefix, name, known);
            }
            // الاتحاد الدولي لكرة القدم (فيفا)، منظمة العفو الدولية "أمنستي": a body's other
            // name right after it belongs to the mention, not to what follows
            let body = speaker
                .as_ref()
                .is_some_and(|s| matches!(s.kind, "institution" | "medium"));
            let end = (!name.role && body && len >= 2)
                .then(|| self.gloss_after(k + len))
                .flatten()
                .unwrap_or(k + len);
            return Some(Mention {
                first: k,
                end,
                name: span,
                role: name.role.then_some(span),
                speaker,
                how: if name.role { "description" } else { "name" },
                governed: governed || governs(self.word(k), prefix),
                title_only: name.role,
                ..Mention::default()
            });
        }
        // تقارير سابقة للصحة العالمية: a document with its issuer speaks for the issuer (not
        // تقارير من سوريا, where they come from); البيان الصادر عن too, while البيان alone is
        // the statement named before
        let issued_by = matches!(self.word(k + 1), "الصادر" | "الصادره");
        if self.is_document(k) && (!self.word(k).starts_with("ال") || issued_by) {
            let issued = self.document(k).filter(|m| {
                m.speaker
                    .as_ref()
                    .is_some_and(|s| matches!(s.kind, "institution" | "medium" | "person"))
            });
            if let Some(mention) = issued {
                return Some(Mention {
                    governed: governed || mention.governed,
                    ..mention
                });
            }
        }
        if let Some(mention) = self.group(k) {
            return Some(Mention {
                governed: governed || mention.governed,
                ..mention
            });
        }
        if let Some((len, prefix, refers)) = self.description_at(k) {
            let start = self.starts(k) + prefix;
            let mut end = k + len;
            while self.is_side(end) {
                end += 1;
            }
            return Some(Mention {
                first: k,
                end,
                name: (start, self.ends(end - 1)),
                refers: Some(*refers),
                how: "description",
                governed: governed || governs(self.word(k), prefix),
                ..Mention::default()
            });
        }
        if let Some(mention) = self.document(k) {
            return Some(Mention {
                governed: governed || mention.governed,
                ..mention
            });
        }
        if let Some(mention) = self.given(k, governed) {
            return Some(mention);
        }
        // كما دعت الكتل: an organisation the text named in full, by its first word alone
        if let Some(mention) = self.shortened(k) {
            return Some(mention);
        }
        // a name no lexicon knows, as the subject of a reporting verb (وأضاف لافروف أن)
        let verb = self
            .verb(k.wrapping_sub(1))
            .filter(|v| v.class == Class::Verb);
        if verb.is_some() {
            if let Some(mention) = self.described(k) {
                return Some(mention);
            }
            if let Some(mention) = self.apposed_description(k) {
                return Some(mention);
            }
        }
        // وكانت الميليشيات قد أعلنت، وكانت منظمات حقوقية قد طالبت، لكن جهاز الأمن الروسي
        // قال: a description between كان or a particle that opens a clause and the reporting
        // verb is the verb's subject
        let opener = |w: &str| matches!(w, "كان" | "كانت" | "لكن" | "بينما" | "فيما" | "بل");
        let opened = k > 0 && {
            let before = self.word(k - 1);
            let before = strip_conjunction(before)
                .filter(|w| opener(w))
                .unwrap_or(before);
            // (فيما يتعلق بـ، فيما تحدث: 'regarding', or a verb after 'while')
            opener(before) && !(before == "فيما" && self.word(k).starts_with(['ي', 'ت']))
        };
        if opened {
            if let Some(mention) = self.described(k).filter(|m| self.reports_at(m.end)) {
                return Some(mention);
            }
            // (or any noun phrase of up to four words: الميليشيات الحوثية)
            let phrase = self.plain_run(k, 4);
            if phrase > 0 && self.reports_at(k + phrase) {
                return Some(self.described_mention(k, k + phrase));
            }
        }
        if let Some(verb) = verb {
            // وقال السوري خليل، قال الإسباني رافائيل نادال: a nationality before a name no
            // lexicon knows is the name's, not the subject
            let nisba = self.word(k).starts_with("ال")
                && self.is_side(k)
                && self.name_at(k + 1).is_none()
                && !self.is_side(k + 1);
            // وقال رئيسها محمود عباس، وقال محاميها فلان: a title or a noun of kin with its
            // pronoun before the name is the name's, no part of it
            let owned = !nisba && self.owned_title(k) && self.unknown_name(k + 1) > 0;
            let start = k;
            let k = k + usize::from(nisba || owned);
            let mut len = self.unknown_name(k);
            // وقال قائدها إن، وقالت محاميتها: a title or a noun of kin with its pronoun alone
            // describes its holder
            let alone = len == 0 && !nisba && self.owned_title(k);
            if alone {
                len = 1;
            }
            // وصفت هيلي المجلس بأنه، اتهم مون الحكومة بـ: after a verb that takes an object
            // and ب, a word with ال before the ب is the object, not the family name
            let accused = matches!(verb.lemma.as_str(), "اتهم" | "وصف")
                && len >= 2
                && self.word(k + len - 1).starts_with("ال")
                && self.word(k + len).starts_with('ب');
            if accused {
                len -= 1;
            }
            // after a verb whose content may be a noun phrase (نفى تبنيها، يتوقع تألق) or that
            // takes ب (تتعهد بتعقب), the next word is as likely its object: only a name
            // closed by a complementizer, a colon, a comma or a title is its subject
            let first = self.word(k);
            let object = verb.nominal
                || first.starts_with('ب') && verb.prepositions.iter().any(|p| p == "ب")
                || first.starts_with("بال");
            let next = k + len;
            // (حسين كروبي نجل المسؤول: a noun of kin starts an apposition)
            let closed = is_kin(self.word(next))
                || self.is_complementizer(next)
                || self.mark(next).is_some_and(|c| matches!(c, ',' | ':'))
                || self.title_at(next, false).is_some();
            let open = self.mark(next).is_some_and(|c| c != '.')
                || matches!(self.word(next), "احد" | "احدي")
                // نفى فؤاد كل ما نسب إليه، وقال جيمس الملقب بالملك
                || next < self.tokens.len() && ends_name(self.word(next))
                || self.is_function_word(next)
                || strip_conjunction(self.word(next))
                    .is_some_and(|w| self.lexicon.is_function_word(w))
                // the addressee: لبي بي سي، للصحفيين، لوكالة
                || self.word(next).starts_with('ل') && self.word(next).chars().count() > 2;
            let ends_subject = len > 0 && (closed || open && !object);
            if ends_subject && alone {
                let name = (self.starts(k), self.ends(k));
                return Some(Mention {
                    first: k,
                    end: k + 1,
                    name,
                    speaker: Some(Speaker {
                        name: (self.display)(name.0, name.1),
                        kind: "person",
                        side: None,
                    }),
                    how: "description",
                    ..Mention::default()
                });
            }
            if ends_subject {
                return Some(self.learned_name(start, k, k + len));
            }
        }
        if verb.is_some() {
            if let Some(mention) = self.phrase_before_content(k) {
                return Some(mention);
            }
        }
        self.fronted_name(k)
    }

    /// The words between a reporting verb and where its content starts (أن or إن, with a
    /// preposition before it: إلى أن، بأن), when no reading above made them a mention: the
    /// subject, as a description (وأشارت المصادر إلى أن، وأشار فريق العلماء إلى أن، وقال أحد
    /// مسؤولي الشرطة في دبي لبي بي سي إن reads up to في). Up to five plain words, not a time
    /// (وأكد الأحد أن) nor a preposition's object.
    fn phrase_before_content(&self, k: usize) -> Option<Mention> {
        // (not a preposition with its pronoun, قال فيه، قال لهم; a verbal noun, تابع بالقول،
        // طالبا عدم نشر اسمه)
        let plain = |j: usize| {
            let word = self.word(j);
            self.tokens.kind(j) == Kind::Word
                && !self.tokens.after_break(j)
                && !self.is_function_word(j)
                && !self.is_complementizer(j)
                && self.verb(j).is_none()
                && !self.plays(j, Grammar::Time)
                && !word.starts_with("لل")
                && !word.starts_with("بال")
                // (وقال ممثل فرنسا بحسب المصادر: an attribution ends the subject)
                && !matches!(word, "بحسب" | "حسب" | "وفق" | "وفقا")
                && !is_pronoun_phrase(word)
                && !ends_name(word)
                // the latter points back: its antecedent, not a description
                && !matches!(word, "الاخير" | "الاخيره")
        };
        // جدد التأكيد، أعاد النظر: a verbal noun is the verb's object (the s24-speak
        // helper's list, read off a whole-corpus diff)
        let verbal_noun = matches!(
            self.word(k),
            "التاكيد"
                | "النظر"
                | "القول"
                | "الاشاره"
                | "التحذير"
                | "الدعوه"
                | "المطالبه"
                | "الاعراب"
                | "التعبير"
                | "الحديث"
                | "عشيه"
        );
        if verbal_noun {
            return None;
        }
        // (وقال أحد أقرباء الضحية لوكالة رويترز إن، وقال شاهد لبي بي سي إن: the addressee, a
        // medium or a name with its ل, ends the phrase; not a name that begins with ل,
        // لافروف، ليفربول, nor a noun, لجنة)
        let addressee_at = |j: usize| {
            j > k
                && self.word(j).starts_with('ل')
                && (self.name_at(j).is_some_and(|(_, prefix, _)| prefix > 0)
                    || self
                        .words
                        .of(j, true)
                        .any(|f| self.lexicon.groups.get(f.text) == Some(&"medium")))
        };
        let len = (k..k + 6)
            .take_while(|&j| plain(j) && !addressee_at(j))
            .count();
        if len == 0 || len > 5 || self.word(k).starts_with('و') {
            return None;
        }
        let next = k + len;
        // four or five words (قال محمد أسامة طبيب الزمالك إن) are a subject only where no
        // object stands between subject and content (not ووصفت ... الحادثة بأنها، أخبر الرجل
        // المحكمة أنه) and no addressee is within them (قال الجيش لشبكة CNN إنه)
        if len > 3 {
            let takes_object = self.verb(k - 1).is_some_and(|v| v.object_first);
            if takes_object || (k + 1..next).any(|j| self.word(j).starts_with('ل')) {
                return None;
            }
        }
        let opens_content = |j: usize| {
            self.is_complementizer(j)
                || self.lexicon.is(self.word(j), Grammar::Preposition)
                    && self.is_complementizer(j + 1)
                || matches!(self.word(j), "بان" | "بانه" | "بانها")
        };
        // (a place or an addressee between: في دبي، لبي بي سي، للصحفيين)
        let aside = |j: usize| {
            self.lexicon.is(self.word(j), Grammar::Preposition)
                || self.word(j).starts_with('ل') && !self.is_complementizer(j)
        };
        // (وقالت اللجنة، إن، أعلن الجهاز ...، الأحد، أن: a comma, or a time between two
        // commas, before the content; only أن, إن or بأن there, which a comma does not
        // part from their verb as it does فإن or a preposition's أن (ذكر رقما، فإنه؛ الأرقام
        // الصادرة عن البنك، إلى أن), and no conjoined word in the phrase (المرصد ومقره لندن،)
        let that = |j: usize| {
            self.is_complementizer(j) && !self.word(j).starts_with('ف')
                || matches!(self.word(j), "بان" | "بانه" | "بانها")
        };
        let conjoined = (k + 1..k + len).any(|j| self.word(j).starts_with('و'));
        // the verb opens its clause (وأضاف، من جانبه قال، كما أعلن), not one inside a relative
        // clause or a verbal noun's phrase (المصدر، الذي طلب عدم كشف هويته، أن)
        let verb_opens = k < 2
            || self.tokens.kind(k - 2) == Kind::Mark
            || self.tokens.after_break(k - 1)
            || self.word(k - 1).starts_with(['و', 'ف'])
            || self.is_function_word(k - 2)
                && !matches!(
                    self.word(k - 2),
                    "الذي"
                        | "التي"
                        | "الذين"
                        | "اللذين"
                        | "اللتين"
                        | "اللواتي"
                        | "اللاتي"
                        | "ما"
                        | "من"
                        | "لم"
                        | "لا"
                        | "لن"
                );
        // (وقال لراديو في تل أبيب، إن: an addressee, not the subject)
        let addressee = self.word(k).starts_with('ل');
        let guarded = !conjoined && !addressee && verb_opens;
        // where a run of time words from `j` ends (الأربعاء، يوم الثلاثاء), `j` if none
        let past_time = |j: usize| {
            (j..j + 4)
                .find(|&t| !self.plays(t, Grammar::Time))
                .unwrap_or(j + 4)
        };
        // where a run of words with no verb from `j` ends, up to five
        let past_words = |j: usize| {
            j + (j..j + 5)
                .take_while(|&w| {
                    self.tokens.kind(w) == Kind::Word
                        && !self.tokens.after_break(w)
                        && self.verb(w).is_none()
                })
                .count()
        };
        // where a place or an addressee from `j` ends (في بيان، في موقعه على الإنترنت،
        // لوكالة الأنباء; not على, which spells the given name علي: قال مرشد النظام علي
        // خامنئي، إن), `j` if none
        let past_aside = |j: usize| {
            let word = self.word(j);
            if word == "في" || word.starts_with('ل') && !self.is_complementizer(j) {
                past_words(j + 1)
            } else {
                j
            }
        };
        // the content opens at `j`: أن after a time (ذكر التحالف الأربعاء أن), after a comma
        // and a time or an aside closed by another (أعلن الجهاز، الأحد، أن؛ وقال النادي، في
        // موقعه، إن), or a quotation after a colon (وكتبت غرفة التحكيم: ")
        // (وتابع حديثه: a verbal noun with its pronoun is the verb's object; وقال المدرس
        // لموقع كوارتز: an addressee the phrase ran into)
        let possessed = POSSESSIVES.iter().any(|p| self.word(next - 1).ends_with(p));
        let addressed = (k + 1..next).any(|j| self.word(j).starts_with('ل'));
        // the verb's own preposition, with a noun as its content (وأعلن برشلونة، الأحد، عن
        // توصله، أصر الروس على): after a short phrase only, a longer one may be its object
        // (not where an object comes before it: ودعا الكونغرس إلى، حذرت المنشورات السكان من;
        // nor after an object with its pronoun, an adverb or an idiom's object: أعلن مسؤوليته
        // عن، شدد شخصيا على، كشف النقاب عن)
        let own = |j: usize| {
            let last = self.word(next - 1);
            len <= 3
                && !possessed
                && !last.ends_with('ا')
                && !self.plays(next - 1, Grammar::Veil)
                && self.verb(k - 1).is_some_and(|v| {
                    !v.object_first
                        && v.prepositions
                            .iter()
                            .any(|p| p != "ب" && p.as_str() == self.word(j))
                })
        };
        // the first comma in `range` before a break, a mark, a complementizer or a word
        // `inside` refuses
        let next_comma = |range: std::ops::Range<usize>, inside: &dyn Fn(usize) -> bool| {
            range
                .take_while(|&w| {
                    self.is(w, ',')
                        || self.tokens.kind(w) == Kind::Word
                            && !self.tokens.after_break(w)
                            && !self.is_complementizer(w)
                            && inside(w)
                })
                .find(|&w| self.is(w, ','))
        };
        // where a description in apposition from `j` ends (وقالت أليسون تيدستون، رئيسة قسم
        // التغذية بهيئة الصحة العامة في إنجلترا، إن): a title or a definite noun, then words
        // with no reporting verb, complementizer or mark up to the next comma; `j` if none
        let past_apposition = |j: usize| {
            // (a comma ends the text: nothing is in apposition)
            if j >= self.tokens.len() {
                return j;
            }
            // (ال as the text writes it: a name normalized to ال is written أل, أليسون)
            let written = (self.display)(self.starts(j), self.ends(j));
            let opening = self.title_at(j, true).is_some()
                || written.starts_with("ال")
                    && plain(j)
                    && self.description_at(j).is_none()
                    && self.name_at(j).is_none();
            if !opening {
                return j;
            }
            next_comma(j + 1..j + 12, &|w| {
                self.verb(w).is_none() && !self.plays(w, Grammar::Relative)
            })
            // (not one that names: مهاجم برشلونة، النجم الأرجنتيني ليونيل ميسي، أن)
            .filter(|&e| {
                (j..e).all(|w| {
                    // (a name the document learned has no entry: a person's; a place
                    // the lexicon knows is no person it learned)
                    let unnamed = match self.name_at(w) {
                        Some((_, _, name)) => {
                            name.role
                                || self
                                    .lexicon
                                    .entities
                                    .get(name.entity)
                                    .is_some_and(|entity| entity.kind != "person")
                        }
                        None => self
                            .learned_at(w)
                            .is_none_or(|(_, _, learned)| learned.kind != "person"),
                    };
                    unnamed && !self.words.whole(w).classes.has(Classes::GIVEN)
                })
            })
            .unwrap_or(j)
        };
        // where a relative clause about the phrase from `j` ends (وقال التحالف الدولي، الذي
        // يدعم مقاتلين أكرادا وعربا، إنه): at the next comma, before any complementizer or
        // mark; `j` if none
        let past_relative = |j: usize| {
            if !self.plays(j, Grammar::Relative) {
                return j;
            }
            next_comma(j + 1..j + 25, &|_| true).unwrap_or(j)
        };
        let opens = |j: usize| that(j) || own(j);
        // the content opens after the comma at `e` that closes an apposition or a relative
        // clause: right after it, after a time or an aside and another comma, or within a
        // place or an addressee (، في بيان أن)
        let opens_after = |e: usize| {
            opens(e + 1)
                || [past_time(e + 1), past_aside(e + 1)]
                    .into_iter()
                    .any(|t| t > e + 1 && self.is(t, ',') && opens(t + 1))
                || aside(e + 1) && (e + 2..past_words(e + 2)).any(opens_content)
        };
        let closes = |j: usize| {
            let timed = past_time(j);
            timed > j && opens(timed)
                || self.is(j, ',')
                    && (opens(j + 1)
                        || [past_time(j + 1), past_aside(j + 1)]
                            .into_iter()
                            .any(|e| e > j + 1 && self.is(e, ',') && opens(e + 1))
                        // (not where an object may stand first: ووصف الإجراءات الجديدة، التي
                        // بدأ تنفيذها، بأنها)
                        || len <= 3
                            && !self.verb(k - 1).is_some_and(|v| v.object_first)
                            && [past_apposition(j + 1), past_relative(j + 1)]
                                .into_iter()
                                .any(|e| e > j + 1 && opens_after(e)))
                || self.is(j, ':')
                    && !possessed
                    && !addressed
                    && self
                        .mark(j + 1)
                        .is_some_and(|c| matches!(c, '"' | '«' | '“' | '”'))
        };
        // وقال مسؤول آخر "...": speech in marks right after a short phrase, for a verb that
        // takes no object first and no noun phrase as its content (not واعتبر الوزير القرار
        // "خطوة"، أكد الوزير "التزام" بلاده)
        // (or after a place: وقالت الجماعة في بيان "..."); not a name in marks (وأفاد موفد
        // "العربية" أن), a verb inside a quoted title (أغنية "قالوا الحب أعمى") or a phrase
        // with a ب on a word (وأشاد بفرض "..."، وكتبت سويفت بموقع إنستغرام "...")
        // (nor a participle with its accusative ending: وأضاف مخاطبا العراقيين "...")
        let with_b = (k..next).any(|j| {
            let word = self.word(j);
            word.starts_with('ب') && !matches!(word, "بن" | "بنت")
                || word.starts_with('م') && word.ends_with('ا') && word.chars().count() >= 5
        });
        let quoted = |j: usize| {
            len <= 3
                && !possessed
                && !addressed
                && !with_b
                && self.mark(j).is_some_and(|c| matches!(c, '"' | '«' | '“'))
                && self.marked_name_end(j).is_none()
                && !(k >= 2
                    && self
                        .mark(k - 2)
                        .is_some_and(|c| matches!(c, '"' | '«' | '“')))
                && self
                    .verb(k - 1)
                    .is_some_and(|v| !v.object_first && !v.nominal)
        };
        let content = opens_content(next)
            || guarded && (own(next) || closes(next) || quoted(next))
            || aside(next)
                && ((next + 1..past_words(next + 1)).any(opens_content)
                    || guarded
                        && past_aside(next) > next
                        && (closes(past_aside(next)) || quoted(past_aside(next))));
        content.then(|| self.described_mention(k, next))
    }

    /// Whether token `k` opens a headline, a sentence or a clause and a reporting verb follows
    /// within a name's length: where a subject written before its verb may start.
    fn opens_before_verb(&self, k: usize) -> bool {
        let opens = k == 0
            || self.tokens.after_break(k)
            || self.is_terminator(k - 1)
            || self.is(k - 1, ':')
            || opens_clause(self.word(k - 1));
        opens && (k + 1..k + 5).any(|v| self.verb(v).is_some())
    }

    /// A name no lexicon knows as the subject written before its reporting verb, opening a
    /// headline, a sentence or a clause (مارادونا ينتقد ...، لكن بوبليت قالت إن): the words of
    /// a name with the verb right after them, not a conjoined one (which goes on with the
    /// subject before it).
    fn fronted_name(&mut self, k: usize) -> Option<Mention> {
        if !self.opens_before_verb(k) {
            return None;
        }
        let first = self.word(k);
        let given = self.lexicon.given_names.contains_key(first);
        // ومضى يقول، وطالما نفى، لذا يتوقع، يمكن القول: a conjunction, a verb that carries
        // the next one or a particle opens the clause, not a name (ي opens names only when
        // they are given names: يوسف، ياسر)
        let carrier =
            |w: &str| is_auxiliary(w) || matches!(w, "مضي" | "راح" | "بات" | "جري" | "تم");
        if !given
            && (first.starts_with(['و', 'ي'])
                || first.starts_with("لكن")
                || first.starts_with("لذ")
                || carrier(first))
        {
            return None;
        }
        // شخصيا لا أعتقد، حاليا يقول: an adverb of relation opens the clause (not a given
        // name: ماريا)
        if !given && first.ends_with("يا") && first.chars().count() >= 5 {
            return None;
        }
        let reports_at = |end: usize| self.reports_at(end);
        // a line opens with its subject, a headline always: a description (معارضون بريطانيون
        // يطالبون) or, opening the text, any noun phrase of up to three words (المنتخب
        // التونسي يستبعد، التحالف يطالب) before the verb
        let line_start = k == 0 || self.tokens.after_break(k);
        if line_start {
            if let Some(described) = self.described(k).filter(|m| reports_at(m.end)) {
                return Some(described);
            }
            let phrase = self.plain_run(k, 3);
            if k == 0 && phrase > 0 && reports_at(k + phrase) && self.unknown_name(k) < phrase {
                return Some(self.described_mention(k, k + phrase));
            }
        }
        let len = self.unknown_name(k);
        // one word (مارادونا ينتقد، لكن بوبليت قالت), or a given name and more (شيرين عبد
        // الوهاب أعلنت): a run of unknown words before a verb is as often a phrase
        // (opening the text, the headline's subject all the same: مهاتير محمد يعلن, read as
        // a description, not learned)
        if k == 0 && len > 1 && !given && reports_at(k + len) {
            return Some(self.described_mention(k, k + len));
        }
        if len == 0 || len > 1 && !given || !reports_at(k + len) {
            return None;
        }
        Some(self.learned_name(k, k, k + len))
    }

    /// How many plain words (no function word, complementizer or verb) run from `k` on its
    /// line, up to `longest`.
    fn plain_run(&self, k: usize, longest: usize) -> usize {
        (k..k + longest)
            .take_while(|&j| {
                self.tokens.kind(j) == Kind::Word
                    && (j == k || !self.tokens.after_break(j))
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none()
            })
            .count()
    }

    /// Whether a reporting verb written without a conjunction is at `end`, or right after a
    /// particle of it (وكان بوبليت قد قال، علماء لا يستبعدون).
    fn reports_at(&self, end: usize) -> bool {
        let verb_at = end + usize::from(matches!(self.word(end), "قد" | "لا" | "لم" | "لن"));
        self.verb(verb_at).is_some_and(|v| v.class == Class::Verb)
            && self.lexicon.verb_forms.contains_key(self.word(verb_at))
    }

    /// The name no lexicon knows in tokens `from..to`, learned, as a mention starting at
    /// `first` (a nationality before it is the mention's, not the name's).
    fn learned_name(&mut self, first: usize, from: usize, to: usize) -> Mention {
        let speaker = self.learn(from, to, 0);
        Mention {
            first,
            end: to,
            name: (self.starts(from), self.ends(to - 1)),
            speaker: Some(speaker),
            how: "name",
            ..Mention::default()
        }
    }

    /// The subject right after a reporting verb that is the first word of an organisation's
    /// name the text gave before (الكتل → الكتل البرلمانية اليمنية): that organisation.
    fn shortened(&self, k: usize) -> Option<Mention> {
        let after_verb = k > 0 && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb);
        let bare = self.word(k).strip_prefix("ال")?;
        if !after_verb || bare.chars().count() < 3 || self.is_function_word(k) {
            return None;
        }
        // (as written, not by skeleton: الصحفية is not صحيفة)
        let speaker = self.found.list.iter().rev().take(LOOKBACK).find_map(|m| {
            let speaker = m.speaker.as_ref()?;
            if !matches!(speaker.kind, "institution" | "medium") {
                return None;
            }
            let name = self.lexicon.normalizer.normalize(&speaker.name);
            let mut words = name.split_whitespace();
            let first = words.next()?;
            let first = first.strip_prefix("ال").unwrap_or(first);
            (words.next().is_some() && first == bare).then(|| speaker.clone())
        })?;
        Some(self.word_mention(k, speaker))
    }

    /// The one word at `k` as a description of `speaker` (الكتل, والدها).
    fn word_mention(&self, k: usize, speaker: Speaker) -> Mention {
        Mention {
            first: k,
            end: k + 1,
            name: (self.starts(k), self.ends(k)),
            speaker: Some(speaker),
            how: "description",
            ..Mention::default()
        }
    }

    /// A person no lexicon knows, named in full wherever the text names them: a given name
    /// (`given_names`), more given names or a particle and its word, then a family name (حسن
    /// الترابي، أحمد سعد، محمد بن عبد الله). Learned, so that the family name alone is known
    /// later (وكان الترابي قد قدم).
    fn given(&mut self, k: usize, governed: bool) -> Option<Mention> {
        let form = self
            .words
            .of(k, true)
            .find(|f| f.classes.has(Classes::GIVEN))?;
        let prefix = form.prefix;
        // a conjunction on it, nothing else (وأحمد; كريم is not ك + ريم)
        if prefix > 1 || prefix == 1 && !self.word(k).starts_with('و') {
            return None;
        }
        // أنا أشعر: a name written with a madda is the common word without it (آنا بيرنز)
        if self.lexicon.given_madda.contains(form.text)
            && !(self.display)(self.starts(k) + prefix, self.ends(k)).starts_with('آ')
        {
            return None;
        }
        if self.is_side(k) && !self.nisba_given(k) {
            return None;
        }
        // a word that spells a given name is a verb after a particle that governs one (لم ينس
        // "did not forget", لن أنس، قد يزن), and one in the present's ي or ت after a relative
        // pronoun is its clause's verb (الحوت الذي يزن ستة أطنان): no name starts there; nor
        // after غير, which negates the adjective it is in construct with (غير مأمون، غير موفق)
        if let Some(before) = k.checked_sub(1).map(|b| self.word(b)) {
            let before = strip_conjunction(before).unwrap_or(before);
            let present = self.word(k).starts_with(['ي', 'ت']);
            if matches!(before, "لم" | "لن" | "قد" | "سوف" | "كي" | "لكي" | "غير")
                || present && self.plays(k - 1, Grammar::Relative)
            {
                return None;
            }
        }
        let mut j = k + 1;
        while j < k + 4 {
            if self.tokens.kind(j - 1) != Kind::Word
                || self.tokens.get(j).is_none_or(|t| t.after_break)
            {
                return None;
            }
            if self.plays(j, Grammar::Particle)
                && self.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
            {
                j += 2;
                continue;
            }
            if self.words.whole(j).classes.has(Classes::GIVEN) {
                j += 1;
                continue;
            }
            break;
        }
        let family = self.word(j);
        // وقالت سارة: "...", وأضاف محمد إن: the given name alone as a reporting verb's
        // subject, right before what it says
        let says = k > 0
            && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb)
            && (self.is_complementizer(j) || self.mark(j).is_some_and(|c| ":\"«“".contains(c)));
        // نفى فؤاد كل ما: the given name alone, before a word that ends a name
        if j > k && (ends_name(family) || says) {
            let speaker = self.learn(k, j, prefix);
            return Some(Mention {
                first: k,
                end: j,
                name: (self.starts(k) + prefix, self.ends(j - 1)),
                speaker: Some(speaker),
                how: "name",
                governed: governed || governs(self.word(k), prefix),
                ..Mention::default()
            });
        }
        // بيومي فؤاد يقاضي منتحلي شخصيته: a word in ي after a given name, with a word after
        // it and never written alone elsewhere, is a verb in the present, not a family name
        let verb = family.starts_with('ي')
            && family.chars().count() >= 4
            && !self.lexicon.given_names.contains_key(family)
            && self.tokens.kind(j + 1) == Kind::Word
            && !self.recurs_alone(j);
        let plausible = !verb
            && self
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
            && family.chars().count() >= 2
            && !family.starts_with("لل")
            && !family.starts_with("بال")
            && !self.is_function_word(j)
            && !self.is_complementizer(j)
            && self.verb(j).is_none()
            && self.title_at(j, true).is_none()
            && self.label_at(j).is_none()
            && !self.is_side(j)
            && !self.is_group_word(j)
            && !ends_name(family)
            // (أنا أحترم رغبتها، محمد ولحنها: a word with its pronoun is no family name)
            && !is_suffixed_word(family)
            && strip_conjunction(family).is_none_or(|w| !self.lexicon.is_function_word(w));
        if !plausible {
            return None;
        }
        let mut end = j + 1;
        // one or two more family names before a boundary: كريستين بلاسي فورد، وهي; a
        // Turkish or Western name of four words (جنان كفتان جو أوغلو، مسؤولة الحزب)
        let boundary = |i: usize| {
            self.tokens
                .get(i)
                .is_none_or(|t| t.kind == Kind::Mark || t.after_break)
                || self.is_function_word(i)
                || self.is_complementizer(i)
                || self.verb(i).is_some()
                || ends_name(self.word(i))
                // جان كلود يونكر رئيس المفوضية: a title in apposition closes the name
                || self.title_at(i, false).is_some()
        };
        let more = |i: usize| {
            let word = self.word(i);
            // in Arabic letters: دنهام Elizabeth Denham is a name and its gloss
            let arabic = word
                .chars()
                .next()
                .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            arabic
                && !word.starts_with("ال")
                && self
                    .tokens
                    .get(i)
                    .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
                && word.chars().count() >= 2
                && !word.starts_with(['و', 'ل', 'ب'])
                // بيومي فؤاد يقاضي منتحلي شخصيته: a noun with its pronoun ends the name
                && !(word.ends_with('ه') && is_possessed_word(word))
                && !is_suffixed_word(word)
                // حسين كروبي نجل المسؤول: a noun of kin starts an apposition
                && !is_kin(word)
                && !boundary(i)
                && self.title_at(i, true).is_none()
                && !self.is_side(i)
                && !self.is_group_word(i)
        };
        // (or a title in apposition: جان كلود يونكر رئيس المفوضية)
        let closed = |i: usize| boundary(i) || self.title_at(i, false).is_some();
        // زيد رعد الحسين في، عبيد سالم الزعابي،: the given name, the father's, then a family
        // name with ال before a boundary, a given name itself or a nisba (not لينا حداد الطب في)
        let with_al = |i: usize| {
            let last = self.word(i);
            let bare = last.strip_prefix("ال").unwrap_or("");
            let family = self.lexicon.given_names.contains_key(bare)
                || bare.ends_with('ي') && bare.chars().count() >= 3;
            family
                && last.chars().count() > 3
                && self.tokens.get(i).is_some_and(|t| !t.after_break)
                && !self.is_function_word(i)
                && !self.is_side(i)
                && !self.is_group_word(i)
                && self.title_at(i, true).is_none()
                && self.label_at(i).is_none()
                && self.name_at(i).is_none()
        };
        if !family.starts_with("ال") {
            if more(end) && closed(end + 1) {
                end += 1;
            } else if more(end) && more(end + 1) && closed(end + 2) {
                end += 2;
            } else if with_al(end) && closed(end + 1) {
                end += 1;
            } else if self.family_closed(end) {
                // محمد علي الحوثي رئيس اللجنة: given, father's and family name with ال
                end += 1;
            }
        }
        let speaker = self.learn(k, end, prefix);
        Some(Mention {
            first: k,
            end,
            name: (self.starts(k) + prefix, self.ends(end - 1)),
            speaker: Some(speaker),
            how: "name",
            governed: governed || governs(self.word(k), prefix),
            ..Mention::default()
        })
    }

    /// A subject described by words no lexicon lists, right after a reporting verb: a plural
    /// of people in the nominative (ويرى المؤيدون للرئيس ...، ناشطون آخرون، مدققو الحقائق),
    /// or one or some of them (أحد المستخدمين على تويتر، العديد من الشركات الأجنبية،
    /// أحدهم). The description is the speaker, as a group.
    fn described(&self, k: usize) -> Option<Mention> {
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
        } else if matches!(
            word,
            "احد" | "احدي" | "بعض" | "العديد" | "عدد" | "كثير" | "معظم" | "غالبيه"
        ) {
            // عدد كبير من، عدد قليل من
            if matches!(self.word(end), "كبير" | "قليل") && self.word(end + 1) == "من" {
                end += 1;
            }
            if self.word(end) == "من" {
                end += 1;
            }
            let head = self.word(end);
            // عدد من كبار المسؤولين، عدد من متابعي الصفحة: a plural in the construct state
            // (not after أحد, one of them, whose name may follow: أحد معدي الدراسة فلان)
            let construct = !word.starts_with("احد")
                && !head.starts_with("ال")
                && self.tokens.kind(end) == Kind::Word
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && self.word(end + 1).starts_with("ال")
                && !self.is_function_word(end + 1);
            if !(head.starts_with("ال") || construct)
                || self.is_function_word(end)
                || self.title_at(end, false).is_some()
            {
                return None;
            }
            end += 1 + usize::from(construct);
            definite = true;
        } else if is_plural_of_people(word) && self.title_at(k, true).is_none() {
            definite = word.starts_with("ال");
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

    /// A quantity of a group before its plural, where `described` reads the plural from: its
    /// word after the quantity (أكثر من 12 من المسؤولين، نحو نصف المشاركين، 40% من المستطلعين).
    fn quantity_of(&self, k: usize) -> Option<usize> {
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
    fn described_from(&self, k: usize, mut end: usize, definite: bool) -> Option<Mention> {
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
                    "مؤتمر",
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
        if preposition && content(end + 1) && !occasion(end + 1) {
            let mut j = end + 1;
            while j < end + 5 && content(j) {
                j += 1;
            }
            end = j;
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
    fn counted_group(&self, k: usize) -> Option<Speaker> {
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
        let plain = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
                && !self.is_function_word(j)
                && !self.is_complementizer(j)
                && self.verb(j).is_none()
        };
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
    fn possessed(&self, k: usize) -> Option<Mention> {
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
                        || self
                            .mark(j)
                            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '؟'))
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
    /// الاتحاد الأوروبي), never a person.
    fn genitive_end(&self, j: usize) -> Option<usize> {
        if self.name_at(j).is_some_and(|(_, prefix, _)| prefix == 0) {
            return self
                .known_at(j)
                .filter(|&(_, kind)| kind != "person")
                .map(|(len, _)| j + len);
        }
        (self.word(j).starts_with("ال")
            && !self.is_function_word(j)
            && self.title_at(j, false).is_none())
        .then_some(j + 1)
    }

    /// A name the lexicon knows at `j`, written with no clitic and no role: its length in
    /// tokens and the kind of its entity (place, institution, person …).
    fn known_at(&self, j: usize) -> Option<(usize, &str)> {
        let (len, prefix, name) = self.name_at(j)?;
        (prefix == 0 && !name.role && name.entity != usize::MAX)
            .then(|| (len, self.lexicon.entities[name.entity].kind.as_str()))
    }

    /// The length of the body a source is in, after في or من, where its name is not written
    /// with ال: an organisation the lexicon knows (مصدر في حماس) or the head of a construct
    /// (مسؤول في وزارة الخارجية، مسؤول في حلف الناتو). 0 otherwise.
    fn body_at(&self, j: usize) -> usize {
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

    /// The length of a place the lexicon knows at `j` (في اليمن، وزراء بريطانيا).
    fn place_at(&self, j: usize) -> Option<usize> {
        self.known_at(j)
            .filter(|&(_, kind)| kind == "place")
            .map(|(len, _)| len)
    }

    /// The length of a state or an organisation at `j` that a delegate is accredited to (لدى
    /// واشنطن، لدى الأمم المتحدة، لدى المنظمة الدولية): one the lexicon knows, or an
    /// organisation's head and its words.
    fn accredited_at(&self, j: usize) -> Option<usize> {
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

    fn described_mention(&self, k: usize, end: usize) -> Mention {
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

    /// A title, its modifiers, and the name after it: "المتحدث باسم الرئاسة الروسية ديمتري
    /// بيسكوف", "نائب وزير الخارجية الروسي ألكسندر جروشكو", "مبعوث بوتين للتعاون الدولي".
    fn titled(&mut self, k: usize) -> Option<Mention> {
        let (len, prefix, _) = self.title_at(k, true)?;
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
                // where it is held, by an organisation or a genitive of up to four words,
                // right after the title or not, when its holder follows between commas
                // (القيادي في حركة النهضة، عبد الكريم
                // الهاروني، إن؛ قائد المنطقة الشمالية في الجيش، الجنرال ...:)
                let held_in = (j + 1..j + 5)
                    .take_while(|&i| {
                        self.tokens.kind(i) == Kind::Word
                            && !self.tokens.after_break(i)
                            && !self.is_function_word(i)
                            && !self.is_complementizer(i)
                            && self.verb(i).is_none()
                    })
                    .count();
                let comma = j + 1 + held_in;
                let holder_at = comma
                    + 1
                    + match self.rank_before_name(comma + 1) {
                        0 => usize::from(self.title_at(comma + 1, false).is_some()),
                        rank => rank,
                    };
                // (not a clause of its own: المحلل في الشركة، ومقرها تايبيه،)
                let apposed = held_in > 0
                    && self.is(comma, ',')
                    && !self.word(holder_at).starts_with('و')
                    && self.holder(holder_at).is_some_and(|(len, _)| {
                        let end = holder_at + len;
                        self.is(end, ',') || self.is(end, ':')
                    });
                if apposed {
                    j = comma;
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
            let plain = strip_conjunction(word).unwrap_or(word);
            if plain.starts_with("ال") && self.name_at(j).is_none_or(|(_, _, n)| n.role) {
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
                    _ => 1,
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
        // الرئيس الأمريكي آنذاك، جورج بوش؛ وزير الخارجية الألماني وقتها زيغمار غابرييل: a
        // title of a time past is not held by its holder of the day; its holder follows or not
        let past = j > k
            && matches!(
                self.word(j),
                "انذاك" | "حينها" | "وقتها" | "حينذاك" | "حينءذ" | "انءذ"
            );
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
                && !self.lexicon.given_names.contains_key(self.word(at))
                && k > 0
                && self
                    .verb(k - 1)
                    .is_some_and(|v| v.prepositions.iter().any(|p| p == "ب"));
            // المرشح لتسلم منصب وزير الخارجية: one word before another title is not a name
            let before_title = clitic == usize::MAX
                && len == 1
                && self.title_at(at + 1, false).is_some()
                && !self.lexicon.is(self.word(at + 1), Grammar::Preposition)
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
                && !self.lexicon.given_names.contains_key(self.word(at))
                && self.word(at + 1).starts_with("ال")
                && !self.is_function_word(at + 1)
                && !self.recurs_alone(at);
            !object && !before_title && !single && !phrase
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
                if clitic != usize::MAX || self.ends_apposition(at + len) {
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
                            && !self.is(at + short - 1, '-')
                            && !self.is(at + short, '-')
                            && !self.plays(at + short - 1, Grammar::Particle)
                            && self.recurs_alone(at + short - 1)
                    })
                    .map(|short| (short, clitic))
            });
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
                speaker.side = self.title_side(k, j);
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
        let speaker = held.or_else(|| {
            // a title nobody in the text holds by name: the title is the speaker, without
            // the marks around a name in it (متحدث باسم مجموعة "بوينغ")
            let display = (self.display)(role.0, role.1);
            Some(Speaker {
                name: without_marks(&display),
                kind: "person",
                side: self.title_side(k, j),
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

    /// Where the holder's name starts after where a title is held, at `j` (في or إلى, then a
    /// place or a body): سفير فرنسا في لبنان برنار إيمييه، مبعوث الأمم المتحدة إلى الشرق الأوسط
    /// نيكولاي ملادينوف، القيادي في حزب النهضة علي العريض; the name is whole (two words or
    /// more, or one the text knows) and ends there.
    fn place_before_holder(&self, j: usize) -> Option<usize> {
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

    /// How many tokens of a rank stand before a name in apposition at `at`: one definite title
    /// word (المتحدث باسم الجيش، العميد أحمد المسماري), or two when the rank has a definite
    /// word of its own before the name (العقيد الركن فلان، اللواء الطيار فلان); none without one.
    fn rank_before_name(&self, at: usize) -> usize {
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
    fn rank_after_place(&self, title: usize, at: usize) -> Option<usize> {
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
    fn marked_name_end(&self, open: usize) -> Option<usize> {
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

    /// A document that speaks for its issuer: بيان صادر عن مكتب الرئيس، بيان للكتل
    /// البرلمانية، تقرير المنظمة (the organisation named before). Without an issuer, the
    /// document and its adjectives are the speaker (تقرير إعلامي فرنسي).
    fn document(&mut self, k: usize) -> Option<Mention> {
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
        while (is_nisba(self.word(j)) || said(self.word(j))) && j < k + 4 {
            j += 1;
        }
        let adjectives = j;
        // إحصائيات جديدة، أصدرها البنك الدولي، تقرير أعدته منظمة العفو: the issuer as the
        // subject of a relative clause on the document
        let mut r = j + usize::from(self.is(j, ','));
        // (استطلاع للرأي أجراه معهد، ملخص للقضية نشرته المحكمة: after what the document is
        // of; الأرقام التي نشرها مركز: after a relative pronoun)
        // (of a poll or a study, what it is of: بيان للتحالف نشرته الوكالة is the alliance's,
        // carried by the agency)
        let surveyed = {
            let word = self.word(k);
            let word = strip_conjunction(word).unwrap_or(word);
            let word = word.strip_prefix("ال").unwrap_or(word);
            matches!(word, "استطلاع" | "استطلاعات" | "دراسه" | "مسح")
        };
        if surveyed && self.word(r).starts_with("لل") && self.issues_it(r + 1) {
            r += 1;
        }
        if matches!(self.word(r), "التي" | "الذي") && self.issues_it(r + 1) {
            r += 1;
        }
        if self.issues_it(r) && r < k + 7 {
            // (a study carried out by researchers speaks for them: دراسة أجراها باحثون)
            let issuer = self.mention(r + 1).filter(|m| {
                !m.governed
                    && m.speaker.as_ref().is_some_and(|s| {
                        matches!(s.kind, "institution" | "medium" | "person" | "group")
                    })
            });
            if let Some(issuer) = issuer {
                return Some(Mention {
                    first: k,
                    governed: governs(self.word(k), 0),
                    how: "description",
                    ..issuer
                });
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
            return Some(Mention {
                first: k,
                governed: governs(self.word(k), 0),
                how: "description",
                ..issuer
            });
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
        if (j == k + 1 || j == adjectives) && !self.word(k).contains("ال") {
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
        // بيان للكتل البرلمانية اليمنية: an issuer no lexicon knows, after ل
        if self.word(j).starts_with("لل") && self.word(j).chars().count() > 3 {
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
        if adjectives == k + 1 {
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

    /// Whether the document at `k` is a letter or a remark, which is addressed to whoever
    /// follows its ل (رسالة لترامب، تصريح لسكاي نيوز), not written by them.
    fn is_addressed(&self, k: usize) -> bool {
        let word = self.word(k);
        let word = strip_conjunction(word).unwrap_or(word);
        let word = ["ال", "لل", "ل"]
            .iter()
            .find_map(|article| word.strip_prefix(article))
            .unwrap_or(word);
        matches!(word, "رساله" | "رسائل" | "مذكره" | "تصريح" | "تصريحات")
    }

    /// The issuer of a document named in quotation marks at `j` (تقرير "سي آي إيه"، بيانات
    /// "فوربس") or after its ل (`after_l`: تقرير لـ"بلومبيرغ"): a name the lexicon knows, or
    /// words none of which is definite; a phrase with ال is rather the document's title
    /// (تقرير "آفاق الاقتصاد العالمي"، تقرير "المعادن"), unless ل said whose it is.
    fn marked_issuer(&self, j: usize, after_l: bool) -> Option<Mention> {
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
    fn issuer_after_l(&self, j: usize) -> Option<Mention> {
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
    /// the definite adjectives after it.
    fn unknown_issuer(&self, j: usize) -> Option<Mention> {
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

    /// Whether `word` is an adjective the groups lexicon lists, in the dual (مقربان، مطلعتين):
    /// the lexicon lists the singular and the plural.
    fn is_dual_adjective(&self, word: &str) -> bool {
        let adjective = |w: &str| self.lexicon.groups.get(w) == Some(&"adjective");
        ["تان", "تين", "ان", "ين"].iter().any(|ending| {
            word.strip_suffix(ending)
                .filter(|stem| stem.chars().count() >= 3)
                .is_some_and(|stem| adjective(stem) || adjective(&format!("{stem}ه")))
        })
    }

    /// The words of the title in tokens `from..to` without ال or a proclitic, as skeletons.
    fn title_words(&self, from: usize, to: usize, prefix: usize) -> Vec<String> {
        (from..to)
            .filter_map(|k| {
                let word = self.word(k);
                let word: String = word
                    .chars()
                    .skip(if k == from { prefix } else { 0 })
                    .collect();
                let word = word.strip_prefix("لل").unwrap_or(&word);
                let word = word.strip_prefix("ال").unwrap_or(word);
                // an adjective agrees with the word before it: وزير الخارجية الإيرانية is
                // وزير الخارجية الإيراني
                let word = match word.strip_suffix("يه") {
                    Some(stem) if stem.chars().count() >= 3 => format!("{stem}ي"),
                    _ => word.to_owned(),
                };
                // المتحدث الرسمي باسم التحالف is the spokesman of the coalition: an adjective
                // that tells no office from another
                let plain = matches!(word.as_str(), "رسمي" | "رسميه");
                (word.chars().count() > 1 && !plain).then(|| skeleton(&word))
            })
            .collect()
    }

    /// The name of a title's holder at `j`: its length in tokens, and its proclitic's length
    /// for a known name or `usize::MAX` for a name no lexicon knows.
    fn holder(&self, j: usize) -> Option<(usize, usize)> {
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
                let token = self.tokens.get(j)?;
                let noun = (self.display)(token.start, token.end).ends_with('ة')
                    && !self.lexicon.given_names.contains_key(self.word(j));
                // الرئيس السابق لأركان سلاح الجو: one word before a definite one that does not
                // end the name is the head of a genitive, no holder
                let construct = len == 1
                    && j > 0
                    && self.word(j - 1).starts_with('ل')
                    && !self.lexicon.given_names.contains_key(self.word(j))
                    && self.word(j + 1).starts_with("ال")
                    && !self.is_function_word(j + 1)
                    && !self.is_side(j + 1);
                // العقيد أبناء القبائل: a noun of kin is no name (ابن is also a particle)
                let kin = is_kin(self.word(j)) && self.word(j) != "ابن";
                // أعلن وزير الخارجية تأجيل الزيارة: a verbal noun of a derived form with the
                // definite noun it governs is the report's content, not the title's holder
                let verbal_noun = is_verbal_noun(self.word(j))
                    && self.definite_written(j + 1)
                    && !self.lexicon.given_names.contains_key(self.word(j))
                    && self.after_nominal_verb(j);
                // أصدر النائب العام بيانا: a document, or its accusative, is the verb's object
                let document = self.is_document(j)
                    || self
                        .word(j)
                        .strip_suffix('ا')
                        .is_some_and(|w| self.lexicon.is(w, Grammar::Document));
                let object = noun || construct || kin || verbal_noun || document;
                (len > 0 && !object && !self.present_verb(j)).then_some((len, usize::MAX))
            }
        }
    }

    /// Whether the word at `j` reads as a verb in the present tense with what it governs after
    /// it, not as a name: ي or ت before three letters or more, and then a preposition, a
    /// definite word or a quotation (العاهل الأردني يطمئن على، المبعوث الدولي يسعى لـ، مدرب
    /// مصر ينسف "إرث كوبر"); names begin so too (ينس، تيتي), but go on with a name or a comma
    /// (a given name the lexicon holds is never a verb here: يوسف، تامر; nor a word the text
    /// writes again elsewhere).
    fn present_verb(&self, j: usize) -> bool {
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

    /// Whether the word at `j` is a title or a noun of kin with a pronoun on it (رئيسها،
    /// محاميها، مدربهم، والده).
    fn owned_title(&self, j: usize) -> bool {
        let word = self.word(j);
        let stem = ["هما", "ها", "هم", "هن"]
            .iter()
            .find_map(|p| word.strip_suffix(p))
            .or_else(|| {
                let written = (self.display)(self.starts(j), self.ends(j));
                (written.ends_with('ه') && is_possessed_word(word))
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
    fn accusative_title(&self, word: &str) -> bool {
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

    /// Whether the word at `j` is an elative before من (أول من سجل، أكثر من، أفضل من): a
    /// word of the form أفعل written with its hamza, which is no name there.
    fn elative(&self, j: usize) -> bool {
        let letters = self.word(j).chars().count();
        (3..=4).contains(&letters)
            && self.word(j + 1) == "من"
            && (self.display)(self.starts(j), self.ends(j)).starts_with('أ')
            && !self.lexicon.given_names.contains_key(self.word(j))
    }

    /// Whether the word at `j` is the conjunction و on a word, not a name that starts with
    /// و: و before a hamza (وأعضاء، وإبرام), the article (والمشجعين) or a letter no و of a
    /// name comes before (a transliterated W is followed by a vowel, ويليام، وانغ، ووكر; an
    /// Arabic name's و by its root: وليد، وسام، وجدي): م، ت، ب (ومجلس، وتعيين، وبايرن); on
    /// a verb with the subject's suffix (ولعبنا، ونجحوا); or on a word the lexicons know
    /// (وطلال، وأفريقي، ومهاجم).
    fn conjoined(&self, j: usize) -> bool {
        let word = self.word(j);
        let Some(rest) = word.strip_prefix('و') else {
            return false;
        };
        if rest.chars().count() < 3 || self.lexicon.given_names.contains_key(word) {
            return false;
        }
        let written = (self.display)(self.starts(j), self.ends(j));
        written.starts_with(['و']) && written['و'.len_utf8()..].starts_with(['أ', 'إ', 'آ', 'ؤ'])
            || rest.starts_with("ال") && rest.chars().count() >= 5
            || rest.starts_with(['م', 'ت', 'ب'])
            // ولعبنا، ونجحوا: a verb in the past with نا (we) or وا (they)
            || rest.chars().count() >= 4 && (rest.ends_with("نا") || rest.ends_with("وا"))
            || self
                .words
                .of(j, true)
                .any(|f| f.prefix == 1 && f.classes.has(KNOWN_WORDS))
    }

    /// Whether the word at `j` is a given name written with أل (ألكسندر، ألان) and a name
    /// follows it: a holder's name, though it looks like a definite word.
    fn given_with_al(&self, j: usize) -> bool {
        let word = self.word(j);
        word.starts_with("ال")
            && self.lexicon.given_names.contains_key(word)
            && self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
            && self.unknown_name(j + 1) > 0
    }

    /// Whether the word at `j` is written again elsewhere in the document, not after the word
    /// before it here: a family name used alone.
    fn recurs_alone(&self, j: usize) -> bool {
        // within a window of an article's length either side: a document of a thousand titles
        // costs a thousand windows, not a thousand whole readings (time stays linear)
        const WINDOW: usize = 2000;
        let key = self.words.whole(j).skeleton;
        let before = self.words.whole(j.wrapping_sub(1)).skeleton;
        (j.saturating_sub(WINDOW).max(1)..(j + WINDOW).min(self.tokens.len())).any(|k| {
            k != j
                && self.words.of(k, true).any(|f| f.skeleton == key)
                && self.words.whole(k - 1).skeleton != before
        })
    }

    /// Whether a name in apposition may end before token `j`: at a comma or another mark,
    /// a preposition, a complementizer or a reporting verb.
    fn ends_apposition(&self, j: usize) -> bool {
        j >= self.tokens.len()
            || self.mark(j).is_some_and(|c| c != '(')
            || self.is_function_word(j)
            || self.is_complementizer(j)
            || self.verb(j).is_some()
    }

    /// Whether a genitive goes on at `j`: a definite word, or one or two words and then a
    /// definite one (لإغاثة وتشغيل اللاجئين).
    fn genitive_follows(&self, j: usize) -> bool {
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
    fn gloss_after(&self, j: usize) -> Option<usize> {
        self.parenthesis(j).or_else(|| {
            let opens = self.mark(j).is_some_and(|c| "\"«“".contains(c));
            let closes = self.mark(j + 2).is_some_and(|c| "\"»”".contains(c));
            (opens && closes && self.tokens.kind(j + 1) == Kind::Word).then_some(j + 3)
        })
    }

    /// Who a title alone names: the holder the document named, else the lexicon's.
    fn role_speaker(&self, k: usize, end: usize) -> Option<Speaker> {
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

    /// Whether a reporting verb that takes a noun phrase as content (أعلن، أكد، نفى) stands a
    /// few words before token `k`, in its clause: only there is a verbal noun after a title or
    /// a name its content (وكالة أنباء تسنيم، الراحل توفيق الحكيم are names).
    fn after_nominal_verb(&self, k: usize) -> bool {
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&i| self.tokens.kind(i) == Kind::Word)
            .any(|i| self.verb(i).is_some_and(|v| v.nominal))
    }

    /// Whether token `j` is written with the article ال (not a name in أل once normalized:
    /// ألونسو).
    fn definite_written(&self, j: usize) -> bool {
        self.tokens
            .get(j)
            .is_some_and(|t| (self.display)(t.start, t.end).starts_with("ال"))
    }

    /// How many tokens from `k` read as a name no lexicon knows: up to three words that are not
    /// function words, titles, reporting words, definite nouns or pronoun-suffixed nouns.
    fn unknown_name(&self, k: usize) -> usize {
        let mut len = 0;
        // hyphens inside a name (جان-باسكال): tokens that are not words of it
        let mut hyphens = 0;
        // particles with their word (عبد الله، بن سلمان): each pair counts as one word of a
        // name that ends there (عبده عبد الله مجلي، في بيان)
        let mut particles = 0;
        while len < 5 + hyphens {
            let j = k + len;
            let Some(token) = self.tokens.get(j) else {
                break;
            };
            // a name does not run on over a line break
            if len > 0 && token.after_break {
                break;
            }
            let word = token.text;
            // بروكتر لبي بي سي: a known name behind a preposition is where the name ends
            if len > 0
                && token.text.starts_with(['ل', 'ب', 'ك'])
                && self.name_at(j).is_some_and(|(_, prefix, _)| prefix > 0)
            {
                break;
            }
            // عبد العاطي، أبو الغيط، بن سلمان: a particle takes the next word into the name
            let after_particle = len > 0 && self.plays(j - 1, Grammar::Particle);
            if len - hyphens >= 3 && !after_particle && !self.plays(j, Grammar::Particle) {
                // (a fourth word after a particle's pair only where a mark or a complementizer
                // ends the name after it: not محمد بن سلمان موعد، حمد بن جاسم بالقول)
                let closed = len - hyphens - particles < 3
                    && !self.word(j).starts_with(['ب', 'ل'])
                    && (self.mark(j + 1).is_some_and(|c| c != '(')
                        || self.is_complementizer(j + 1));
                if !closed {
                    break;
                }
            }
            if after_particle {
                particles += 1;
            }
            let ali = word == "علي"
                && (self.display)(token.start, token.end).ends_with('ي')
                && self.unknown_name(j + 1) > 0;
            // أسامة، سارة، هيرفيه: a first name in ة or ه, when a name goes on after it (a
            // noun with the pronoun ه does not take one)
            let feminine = len == 0
                && word.ends_with('ه')
                // الرئيس الفرنسي وضيفه: a conjunction and a noun with its pronoun, unless the
                // word is a given name itself (وجيه)
                && (!word.starts_with('و') || self.lexicon.given_names.contains_key(word))
                && token.kind == Kind::Word
                && word.chars().count() >= 3
                // قال عنه مون: a preposition with its pronoun, not a first name
                && !is_pronoun_phrase(word)
                // شخصت إصابة لورا: a verbal noun of the form إفعالة, which no first name is
                && !(self.display)(token.start, token.end).starts_with('إ')
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && self.title_at(j, true).is_none()
                && !self.is_group_word(j)
                // هدنة لوقف، خطة لإنهاء: a verbal noun and its purpose, not a name
                && !self.word(j + 1).starts_with('ل')
                && self.unknown_name(j + 1) > 0;
            // جان إيف لو دريان، لولا دا سيلفا: a particle inside a name
            // (عبدالعزيز آل الشيخ: آل and a word with ال)
            let inner_particle = len > 0
                && self.plays(j, Grammar::Particle)
                && (self.unknown_name(j + 1) > 0
                    || self.word(j + 1).starts_with("ال")
                        && self.word(j + 1).chars().count() > 3
                        && !self.is_function_word(j + 1));
            // المبعوث الدولي ومشاورات جنيف، قال المدرب وتابعنا: a name does not start with the
            // conjunction
            if len == 0 && self.conjoined(j) {
                break;
            }
            let plausible = ali
                || feminine
                || inner_particle
                || token.kind == Kind::Word
                    && word.chars().count() >= 2
                    && (!word.starts_with("ال") || after_particle)
                    // (رضا جعفر زاده المتحدث: a last name in ه, closed by a title or a mark)
                    && (!word.ends_with('ه')
                        || after_particle
                        // a name made with الله (عبدالله، نصرالله): the ه is no pronoun
                        || word.len() > "الله".len() && word.ends_with("الله")
                        || len > 0
                            && (self.display)(token.start, token.end).ends_with('ه')
                            && !is_possessed_word(word)
                            // (or right after a given name: ميشيل باشليه إن)
                            && (self.closes_name(j + 1)
                                || len == 1 && self.words.whole(k).classes.has(Classes::GIVEN)))
                    && !word.starts_with("لل")
                    // (a family name in بال, closed by a comma or a title: مارسيلو بالفي،)
                    && (!word.starts_with("بال") || len > 0 && self.closes_name(j + 1))
                    // ليونيل غرانوياك أحد أقارب بترونان: "one of" starts an apposition
                    && !matches!(word, "احد" | "احدي")
                    // ماريا شارابوفا عودتها، أعلن أهدافها: a word with its pronoun is no name
                    && (after_particle || !is_suffixed_word(word))
                    // انتخب نيكول باشينيان رئيسا، عين الملك وزيرا: a title in the accusative
                    && (after_particle || !self.accusative_title(word))
                    // النجم المصري أول من سجل، أكثر من: an elative before من
                    && (len > 0 || !self.elative(j))
                    // (كمال عبد المعروف: after عبد the word is the name's)
                    && (after_particle || !ends_name(word))
                    // حسين كروبي نجل المسؤول: a noun of kin starts an apposition
                    && (len == 0 || !is_kin(word))
                    // وهي، وهو: a pronoun after a conjunction starts a clause
                    && strip_conjunction(word).is_none_or(|w| !self.lexicon.is_function_word(w))
                    // بذلك، عنها، فيها: a preposition and a pronoun or a demonstrative
                    && !is_pronoun_phrase(word)
                    // ردا على، تعليقا على: a verbal noun as an adverb, not a name
                    && !(word.ends_with('ا') && self.word(j + 1) == "علي")
                    // أعلن محمد سالم تأجيل البطولة: after a name begun, a verbal noun of a
                    // derived form with the definite noun it governs is the report's content,
                    // not more of the name (a given name of that shape is one: توفيق الحكيم)
                    && !(len > 0
                        && is_verbal_noun(word)
                        && self.definite_written(j + 1)
                        && !self.words.whole(j).classes.has(Classes::GIVEN)
                        && self.after_nominal_verb(k))
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none()
                    && (after_particle || self.title_at(j, true).is_none())
                    && self.label_at(j).is_none()
                    && !self.is_group_word(j)
                    && (!self.is_side(j) || len == 0 && self.nisba_given(j));
            if !plausible {
                break;
            }
            len += 1;
            // جان-باسكال تريكواغ: a hyphen with no space either side joins two words of a name
            let glued = |a: usize, b: usize| self.tokens.end(a) == self.tokens.start(b);
            if j + 2 < self.tokens.len()
                && self.is(j + 1, '-')
                && glued(j, j + 1)
                && glued(j + 1, j + 2)
                && self.tokens.kind(j + 2) == Kind::Word
                && !self.is_function_word(j + 2)
            {
                len += 1;
                hyphens += 1;
            }
        }
        // a hyphen with no name after it is not part of the name
        if hyphens > 0 && self.is(k + len - 1, '-') {
            len -= 1;
        }
        // مون جاي إن، رئيس كوريا: إن before a comma, a full stop or another إن opens no
        // clause, it is the last word of the name (written after a hyphen too: مون جاي- إن)
        let hyphen = usize::from(self.is(k + len, '-'));
        let last = k + len + hyphen;
        if len > 0
            && self.word(last) == "ان"
            && (self.mark(last + 1).is_some_and(|c| matches!(c, ',' | '.'))
                // (a name of two words before it: not سي إن إن)
                || len >= 2 && self.word(last + 1) == "ان")
            && self.tokens.get(last).is_some_and(|t| !t.after_break)
        {
            return len + hyphen + 1;
        }
        // أحمد الشرع، ماجد الأنصاري: a family name with ال, when the name ends there
        let family = self.word(k + len);
        let ends = |j: usize| {
            j >= self.tokens.len()
                || self.tokens.kind(j) == Kind::Mark
                || self.is_function_word(j)
                || self.is_complementizer(j)
                || self.word(j).starts_with("لل")
                // عاطف الطراونة بطلب إلى ...: a prepositional phrase after the name
                || self.word(j).starts_with(['ب', 'ل']) && self.word(j).chars().count() > 3
        };
        let plain = family.starts_with("ال")
            && !ends_name(family)
            && !self.is_function_word(k + len)
            && !self.is_side(k + len)
            && !self.is_group_word(k + len)
            && self.title_at(k + len, false).is_none();
        // after one name (أحمد الشرع) or a compound one (عبد الفتاح السيسي), not after two
        // (موسى ويتانغ التعليق على)
        // a compound given name alone (عبد الملك الحوثي، نور الدين البدوي) is a given name
        let compound_given = len == 2
            && (self.word(k) == "عبد" && self.plays(k, Grammar::Particle)
                || self.plays(k + 1, Grammar::Particle) && self.word(k + 1).starts_with("ال"));
        let compound = compound_given || len >= 2 && self.plays(k + len - 2, Grammar::Particle);
        // after a given name, or one glued to عبد (عبدالفتاح السيسي المصريين), the word with
        // ال is the family name whatever follows
        let given = compound_given
            || len == 1
                && (self.words.whole(k).classes.has(Classes::GIVEN)
                    || self.word(k).starts_with("عبد") && self.word(k).chars().count() > 4);
        if (len == 1 || compound) && plain && (ends(k + len + 1) || given) {
            len += 1;
        } else if len == 2 && !compound && self.family_closed(k + len) {
            // محمد فاضل الهاملي رئيس مجلس الإدارة: a name of three words, the family's with
            // ال, closed by a title in apposition
            len += 1;
        }
        len
    }

    /// Whether the word at `j`, after two words of a name, is its family name with ال: a word
    /// no title, side, group or function word, with a title in apposition after it (محمد علي
    /// الحوثي رئيس اللجنة). (Not a comma: قال باسيسكو أثناء المظاهرة:)
    fn family_closed(&self, j: usize) -> bool {
        let family = self.word(j);
        self.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
            && family.starts_with("ال")
            && family.chars().count() > 4
            && !ends_name(family)
            && !self.is_function_word(j)
            && !self.is_side(j)
            && !self.is_group_word(j)
            && self.title_at(j, true).is_none()
            && self.label_at(j).is_none()
            && self.verb(j).is_none()
            && self.tokens.get(j + 1).is_some_and(|t| !t.after_break)
            && self.title_at(j + 1, false).is_some()
            // المؤتمر الصحفي: a definite adjective of relation agrees with a noun before it
            && !(self.word(j + 1).starts_with("ال") && self.word(j + 1).ends_with(['ي', 'ه']))
    }

    /// Whether the word at `k`, a given name that is also an adjective of nationality (تركي),
    /// is the name: where no adjective could stand (after a definite word, a verb or a mark,
    /// not after an indefinite noun: مسؤول تركي) and with a family name after it (العقيد
    /// الركن تركي المالكي، الأمير تركي الفيصل، تركي آل الشيخ، تركي بن طلال).
    fn nisba_given(&self, k: usize) -> bool {
        if !self.words.whole(k).classes.has(Classes::GIVEN) {
            return false;
        }
        let before = k.checked_sub(1);
        let named_here = before.is_none_or(|b| {
            self.tokens.kind(b) == Kind::Mark
                || self.word(b).starts_with("ال")
                || self.verb(b).is_some()
                || self.is_function_word(b)
        });
        let family = self.word(k + 1);
        named_here
            && (self.plays(k + 1, Grammar::Particle)
                || family.starts_with("ال")
                    && family.chars().count() > 3
                    && !self.is_function_word(k + 1)
                    && !self.is_side(k + 1)
                    && !self.is_group_word(k + 1)
                    && self.title_at(k + 1, true).is_none())
    }

    /// Whether a name may end before token `j` because what follows closes it: a comma or a
    /// colon, a title in apposition.
    fn closes_name(&self, j: usize) -> bool {
        self.mark(j).is_some_and(|c| matches!(c, ',' | '،' | ':'))
            || self.title_at(j, false).is_some()
    }

    /// A description no lexicon lists as a title, with the name in apposition between commas,
    /// as the subject of a reporting verb: وقال مخرج البرنامج، سكوت رادي، لصحيفة ...; مؤسس
    /// الشركة، جون سميث، إن. The description is the name's role.
    fn apposed_description(&mut self, k: usize) -> Option<Mention> {
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

    /// Makes the name in tokens `from..to` known to the rest of the document, by its full form
    /// and by its family name.
    fn learn(&mut self, from: usize, to: usize, prefix: usize) -> Speaker {
        let name = (self.display)(self.starts(from) + prefix, self.ends(to - 1));
        let speaker = Speaker {
            name,
            kind: "person",
            side: None,
        };
        self.remember(from, to, prefix, speaker)
    }

    /// بشار الأسد ... وتعهد الأسد: a person the lexicon knows, by the full name the text gives
    /// at `k` (`len` tokens), is known by the family name alone for the rest of it, as a name
    /// it learns.
    fn remember_known(
        &mut self,
        k: usize,
        len: usize,
        prefix: usize,
        name: Name,
        speaker: &Speaker,
    ) {
        if speaker.kind == "person" && name.entity != usize::MAX && !name.role && len >= 2 {
            self.remember(k, k + len, prefix, speaker.clone());
        }
    }

    /// Makes the person named in tokens `from..to` known to the rest of the document as
    /// `speaker` (or as whoever that name was learned for first), by its full form and by its
    /// family name.
    fn remember(&mut self, from: usize, to: usize, prefix: usize, speaker: Speaker) -> Speaker {
        self.learned_names += 1;
        let full = self.key(from, to, prefix);
        let surname = skeleton(self.word(to - 1));
        if to - from >= 2 {
            let first: String = self.word(from).chars().skip(prefix).collect();
            let first = skeleton(&first);
            self.learned_words.add(&first);
            self.found.learned_firsts.insert(first);
        }
        self.learned_words.add(&full);
        let speaker = self.found.learned.entry(full).or_insert(speaker).clone();
        if to - from >= 3 {
            let second = skeleton(self.word(from + 1));
            self.learned_words.add(&second);
            self.found.learned_firsts.insert(second);
            // بدر عبد العاطي → عبد العاطي
            let family = self.key(from + 1, to, 0);
            self.found
                .learned
                .entry(family)
                .or_insert_with(|| speaker.clone());
        }
        // (not a last word that is also a function word: مون جاي إن is not إن, nor its
        // skeleton ان, which many words reduce to)
        if self.is_function_word(to - 1) || self.is_complementizer(to - 1) {
            return speaker;
        }
        self.learned_words.add(&surname);
        self.found
            .learned
            .entry(surname)
            .or_insert_with(|| speaker.clone());
        speaker
    }

    /// A speaker described, not named: a head noun and its adjectives (مصدران أمريكيان،
    /// مسؤول استخباراتي غربي كبير، الجانب الأوكراني).
    fn group(&self, k: usize) -> Option<Mention> {
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
                && self.word(end + 1).starts_with("ال")
                && !self.is_function_word(end + 1);
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
        let side = self.side_of(k + 1, end);
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
                    if cache.len() <= i {
                        cache.resize(i + 1, None);
                    }
                    let words = cache[i].get_or_insert_with(|| {
                        let name = self.lexicon.normalizer.normalize(&speaker.name);
                        name.split_whitespace()
                            .map(|w| skeleton(w.strip_prefix("ال").unwrap_or(w)))
                            .collect()
                    });
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
        // تطبيق is also the verbal noun of applying (تعهد بتطبيق الإصلاحات): an app is one
        // only by its name in marks
        if quoted.is_none() {
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
        if bare && kind != "group" && quoted.is_none() && !reported {
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
        let generic = |w: &str| {
            let w = w.strip_prefix("ال").unwrap_or(w);
            matches!(
                w,
                "انباء" | "اخبار" | "اخباري" | "اخباريه" | "استخبارات" | "اعلام"
            )
        };
        while kind == "medium" && named_end > k + 2 && !generic(self.word(named_end - 2)) {
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
        if let Some(close) = quoted {
            display.push(' ');
            display.push_str(&(self.display)(self.starts(end + 1), self.ends(close - 1)));
            name = (start, self.ends(close));
            end = close + 1;
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
            branded: quoted.is_some() && kind_of(kind) == "institution",
            ..Mention::default()
        })
    }

    /// The side a title in tokens `from..to` gives whoever holds it: its adjectives of
    /// nationality (نائب وزير الخارجية الروسي), else the known entity it is of (مبعوث بوتين،
    /// مستشار الرئيس ترمب).
    fn title_side(&self, from: usize, to: usize) -> Option<String> {
        self.side_of(from, to).or_else(|| {
            (from..to).find_map(|i| {
                let (_, _, name) = self.name_at(i)?;
                let known = !name.role && name.entity != usize::MAX;
                known.then(|| self.lexicon.entities[name.entity].side.clone())?
            })
        })
    }

    /// A known name at `k`, the lexicon's or one the document introduced: its length, the
    /// proclitic's length, and what it names.
    fn name_at(&self, k: usize) -> Option<(usize, usize, Name)> {
        let lexicon = self.entity_at(k);
        let learned = self.learned_at(k).map(|(len, prefix, _)| {
            (
                len,
                prefix,
                Name {
                    entity: usize::MAX,
                    role: false,
                },
            )
        });
        match (lexicon, learned) {
            (Some(a), Some(b)) if b.0 > a.0 => Some(b),
            (Some(a), _) => Some(a),
            (None, b) => b,
        }
    }

    fn learned_at(&self, k: usize) -> Option<(usize, usize, &Speaker)> {
        let word = self.word(k);
        if word.is_empty() || self.found.learned.is_empty() {
            return None;
        }
        let unlearned = &self.unlearned[self.words.distinct(k)];
        if unlearned.get() == self.learned_names {
            return None;
        }
        let mut first = false;
        for form in self.words.of(k, true) {
            let one = form.skeleton;
            // (a word of no learned name: neither lookup below finds it)
            if !self.learned_words.may_hold(one) {
                continue;
            }
            if self.found.learned_firsts.contains(one) {
                first = true;
                let two = format!("{one} {}", self.words.whole(k + 1).skeleton);
                if let Some(speaker) = self.found.learned.get(&two) {
                    return Some((2, form.prefix, speaker));
                }
            }
            if let Some(speaker) = self.found.learned.get(one) {
                return Some((1, form.prefix, speaker));
            }
        }
        // (a first word of a name may start it elsewhere: what follows it decides)
        if !first {
            unlearned.set(self.learned_names);
        }
        None
    }

    fn speaker_of_name(&self, k: usize, name: Name) -> Option<Speaker> {
        if name.entity == usize::MAX {
            self.learned_at(k).map(|(_, _, s)| s.clone())
        } else {
            Some(self.entity_speaker(name.entity))
        }
    }
}

/// Whether `word` (normalized) is a noun of kin or company (ابنة، شقيق، زوجة).
pub(super) fn is_kin(word: &str) -> bool {
    KIN.iter().any(|kin| {
        *kin == word
            || kin
                .strip_suffix('ت')
                .is_some_and(|stem| word.strip_suffix('ه') == Some(stem))
    })
}

/// Nouns of kin and company that a pronoun or a genitive ties to a person (زملاؤه، والدتها،
/// عائلة الصحفية), as written before a pronoun (ة as ت).
const KIN: [&str; 22] = [
    "زملاء",
    "اقارب",
    "انصار",
    "مساعدو",
    "محامو",
    "محامي",
    "والد",
    "والدت",
    "شقيق",
    "شقيقت",
    "زوج",
    "زوجت",
    "ابن",
    "ابنت",
    "نجل",
    "نجلت",
    "عاءلت",
    "اسرت",
    "ابناء",
    "اصدقاء",
    "رفاق",
    "مقربون",
];

/// Whether `head` (a skeleton without ال) names an organ of a state, which a story's reader
/// takes as its country's: السلطات، الحكومة، الشرطة، الجيش.
impl Finder<'_, '_> {
    /// Whether token `k` starts what a report's subject is followed by: its content (إن،
    /// أن، a colon) or a comma before an insertion.
    fn reports(&self, k: usize) -> bool {
        self.is_complementizer(k) || self.is(k, ':') || self.is(k, ',')
    }
}

pub(super) fn is_state_organ(head: &str) -> bool {
    [
        "سلطات",
        "حكومه",
        "شرطه",
        "جيش",
        "رئاسه",
        "برلمان",
        "خارجيه",
        "قضاء",
        "ادعاء",
        "نيابه",
    ]
    .iter()
    .any(|organ| skeleton(organ) == head)
}

/// Whether `word` is a preposition with a pronoun or a demonstrative on it (فيها، عنه، منهم،
/// بذلك، لهذا), which no name is.
pub(super) fn is_pronoun_phrase(word: &str) -> bool {
    let demonstrative = ["ذلك", "هذا", "هذه", "تلك", "ذاك"];
    if let Some(rest) = word.strip_prefix(['ب', 'ل', 'ك']) {
        if demonstrative.contains(&rest) {
            return true;
        }
    }
    let prepositions = [
        "في", "من", "عن", "علي", "الي", "مع", "ل", "ب", "لدي", "عند", "بين", "حول", "بعد", "قبل",
        "فوق", "تحت", "خلال", "امام",
    ];
    let pronouns = ["ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم"];
    prepositions.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| pronouns.contains(&rest))
    }) || matches!(
        word,
        "عليه" | "عليها" | "عليهم" | "اليه" | "اليها" | "اليهم" | "لديه" | "لديها"
    )
}

/// Whether `word`, ending in ه, reads as a word with the pronoun ه rather than a last name:
/// a preposition on it (باسمه، بخطابه، عليه), or any word whose ending is not one a
/// transliterated name has (نفسه، أعماله). A transliterated name writes a final e, -et, -eh as
/// ه after a vowel or after the consonants of its usual endings (بارنييه، فوكييه، غوتزه، إنجه،
/// رومينيغه، زاده، شاه); an Arabic noun with the pronoun ends in any consonant and ه.
fn is_possessed_word(word: &str) -> bool {
    // (and a compound name in الله: نصرالله، عبدالله)
    let transliterated = ["يه", "زه", "جه", "غه", "ده", "اه", "وه", "الله"]
        .iter()
        .any(|e| word.ends_with(e));
    // (not بيكيه، بارنييه, which a ب starts)
    !transliterated
        || word.chars().count() > 3 && word.starts_with(['ب', 'ل', 'ك']) && !word.ends_with("يه")
        || matches!(word, "لديه" | "عليه" | "اليه" | "فيه")
}

/// Whether `word` ends in a pronoun of the third person other than ه (ها، هما، هم، هن) after a
/// stem of three letters or more: a noun or a verb with its pronoun (سفارتها، أنفسهم، علاقتهما،
/// أطفالهن، ستحلها), which no name is. Names end so where the stem is short (زها، أدهم، برهم،
/// كوهن) or ends in ا (إبراهم، براهم), and a transliterated -iha (سيبيها) as -ieh is يه.
fn is_suffixed_word(word: &str) -> bool {
    ["هما", "ها", "هم", "هن"].iter().any(|pronoun| {
        word.strip_suffix(pronoun).is_some_and(|stem| {
            stem.chars().count() >= 3
                && !stem.ends_with('ا')
                && !(*pronoun == "ها" && stem.ends_with('ي'))
        })
    })
}

/// Whether `word` (normalized) ends a name though it is no function word: a quantifier (نفى فؤاد
/// كل ما نسب إليه، نفى راشد جميع التهم) or a participle of naming that starts an alias or an
/// epithet (قال جيمس الملقب بالملك، المعروف بـ، الشهير بـ).
pub(super) fn ends_name(word: &str) -> bool {
    matches!(
        word,
        "كل" | "جميع"
            // ناشدت المنظمة الوزير أحمد سعيد عدم الاقتراب: the negation of a verbal noun
            | "عدم"
            | "كافه"
            | "معظم"
            | "اغلب"
            | "الملقب"
            | "الملقبه"
            | "المعروف"
            | "المعروفه"
            | "المكني"
            | "المدعو"
            | "المدعوه"
            | "المسمي"
            | "المسماه"
            | "الشهير"
            | "الشهيره"
    )
}

/// Whether `word` is an indefinite adjective of relation (a nisba): ميدانية، محليون، عسكري.
/// Whether a stem has the form of an active participle, فاعل or مفاعل (حاكم، محافظ), which
/// agrees with a noun as its adjective.
fn is_active_participle(stem: &str) -> bool {
    let letters: Vec<char> = stem.chars().collect();
    matches!(letters.as_slice(), [_, 'ا', _, _] | ['م', _, 'ا', _, _])
}

/// Whether a word has the form of the verbal noun of a derived verb, which no family name has:
/// تفعيل (تأجيل، تعيين)، تفاعل (تبادل)، استفعال (استئناف)، انفعال (انسحاب)، مفاعلة (مواصلة).
fn is_verbal_noun(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    matches!(
        letters.as_slice(),
        ['ت', _, _, 'ي', _]
            | ['ت', _, 'ا', _, _]
            | ['ا', 'س', 'ت', _, _, 'ا', _]
            | ['ا', 'ن', _, _, 'ا', _]
            | ['م', _, 'ا', _, _, 'ه']
    )
}

fn is_nisba(word: &str) -> bool {
    !word.starts_with("ال")
        && word.chars().count() >= 4
        && ["ي", "يه", "يون", "يين", "يان", "يتان", "يتين"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// A medium's status, not part of its name: وكالة الأنباء الرسمية، صحيفة "الأهرام" الحكومية.
fn is_official(word: &str) -> bool {
    matches!(
        word,
        "الرسمي" | "الرسميه" | "الحكومي" | "الحكوميه" | "الرسميتين" | "الحكوميتين"
    )
}

/// A plural of people in the nominative: المعارضون، مسؤولون، الإيرانيون.
fn is_plural_of_people(word: &str) -> bool {
    let bare = word.strip_prefix("ال").unwrap_or(word);
    bare.chars().count() >= 5
        && (word.ends_with("ون") && (word.starts_with("ال") || bare.starts_with('م'))
            || word.ends_with("يون"))
}

/// A display name without the quotation marks around a name in it, and the spaces they leave.
fn without_marks(display: &str) -> String {
    if !display.contains(['"', '«', '»', '“', '”']) {
        return display.to_owned();
    }
    let bare: String = display
        .chars()
        .filter(|c| !matches!(c, '"' | '«' | '»' | '“' | '”'))
        .collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}
