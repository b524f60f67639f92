//! Stage 4: mentions. Every noun phrase that names, describes or points at a speaker, read left
//! to right, learning the names the document introduces and the titles it gives them.

use std::cell::{Cell, RefCell};
use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::super::lexicon::{
    skeleton, strip_conjunction, title_word, Class, Classes, Grammar, Name, Refers,
};
use super::super::words::Sieve;
use super::super::Speaker;
use super::text::{after, governs, kind_of, Text, POSSESSIVES};
use super::LOOKBACK;
use crate::normalize::Normalizer;
use crate::tokens::Kind;

mod documents;
mod groups;
mod names;
mod titles;

pub(crate) use names::is_accusative_tail;

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
    /// The tokens of the name an organisation is given in marks or brackets after its head
    /// (وكالة "ستاندرد آند بورز"، شركة (توتال)): the text goes on to call it by that name.
    pub brand: Option<(usize, usize)>,
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
    /// The organisations named inside a person's title or description (المتحدث باسم الجيش
    /// الإسرائيلي، مسؤول في وزارة الصحة التركية), in order: mentions of them for the entity
    /// layer, which no verb takes as its subject (the title's holder speaks).
    pub inner: Vec<Mention>,
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
        speaker_words: RefCell::default(),
        learned_words: Sieve::default(),
        apposition_commas: Vec::new(),
    };
    finder.apposition_commas = (0..text.tokens.len())
        .filter(|&j| text.is(j, ',') && text.title_at(j + 1, false).is_some())
        .collect();
    finder.find_mentions();
    finder.found
}

/// The words of speakers' names as a head is compared with them (normalized, without ال, as
/// skeletons), by name: a document names the same speakers again and again, in many mentions.
#[derive(Default)]
struct SpeakerWords {
    /// Each mention's name's entry in `words`, once asked.
    of_mention: Vec<Option<u32>>,
    by_name: HashMap<String, u32>,
    words: Vec<Vec<String>>,
}

impl SpeakerWords {
    /// The words of `name`, the speaker of mention `i`.
    fn of(&mut self, i: usize, name: &str, normalizer: &Normalizer) -> &[String] {
        if self.of_mention.len() <= i {
            self.of_mention.resize(i + 1, None);
        }
        let entry = match self.of_mention[i] {
            Some(entry) => entry,
            None => {
                let entry = match self.by_name.get(name) {
                    Some(&entry) => entry,
                    None => {
                        let normalized = normalizer.normalize(name);
                        self.words.push(
                            normalized
                                .split_whitespace()
                                .map(|w| skeleton(w.strip_prefix("ال").unwrap_or(w)))
                                .collect(),
                        );
                        let entry = self.words.len() as u32 - 1;
                        self.by_name.insert(name.to_owned(), entry);
                        entry
                    }
                };
                self.of_mention[i] = Some(entry);
                entry
            }
        };
        &self.words[entry as usize]
    }
}

struct Finder<'t, 'a> {
    text: &'t Text<'a>,
    found: Mentions,
    /// How many times the document has taught a name so far.
    learned_names: u32,
    /// For each distinct word, `learned_names` when it was last found to spell no learned name
    /// (nor the first word of one): it spells none until the next name is learned.
    unlearned: Vec<Cell<u32>>,
    /// The words of each mention's speaker as a head is compared with them, worked out when
    /// first asked.
    speaker_words: RefCell<SpeakerWords>,
    /// The one-word keys of `learned` and `learned_firsts` (and more), to tell most words apart
    /// from them without a lookup.
    learned_words: Sieve,
    /// The commas with a title right after them, in order: where a name in apposition ends.
    apposition_commas: Vec<usize>,
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
            // (a phrase read on past a sentence's end is no mention: the next sentence's
            // subject would be lost in it)
            match self
                .mention(k)
                .filter(|m| !self.crosses_sentence_end(m.first, m.end))
            {
                Some(mut mention) => {
                    if mention.governed && self.verb_of_expressing(k, mention.end) {
                        mention.governed = false;
                    }
                    let end = mention.end.max(k + 1);
                    self.inner_bodies(&mention);
                    self.found.at.insert(k, self.found.list.len());
                    self.found.list.push(mention);
                    k = end;
                }
                None => k += 1,
            }
        }
    }

    /// Keeps the organisations a person's title or description names inside it, up to the
    /// holder's name (رئيس شبكة CNN، قائد القوات الجوفضائية بالحرس الثوري، مصدر مسؤول في
    /// وزارة الخارجية السعودية); not the ministry a minister's title takes as its office
    /// (وزير الخارجية الأمريكي: the title, no mention of the ministry).
    fn inner_bodies(&mut self, outer: &Mention) {
        if outer.speaker.as_ref().is_none_or(|s| s.kind != "person") {
            return;
        }
        let holder = match outer.role {
            Some(role) if role != outer.name => outer.name.0,
            _ => usize::MAX,
        };
        // (وزير starts as و does: the word and the word behind a conjunction)
        let minister = |w: &str| {
            let is = |w: &str| matches!(w.strip_prefix("ال").unwrap_or(w), "وزير" | "وزيره");
            is(w) || strip_conjunction(w).is_some_and(is)
        };
        let mut j = outer.first + 1;
        while j < outer.end && self.starts(j) < holder {
            let known = self.name_at(j).is_some_and(|(_, _, name)| !name.role);
            let body = match self.name_at(j) {
                Some((len, prefix, name)) if !name.role => self
                    .speaker_of_name(j, name)
                    .filter(|s| matches!(s.kind, "institution" | "medium" | "group"))
                    .map(|speaker| Mention {
                        first: j,
                        end: j + len,
                        name: (self.starts(j) + prefix, self.ends(j + len - 1)),
                        speaker: Some(speaker),
                        how: "name",
                        ..Mention::default()
                    }),
                _ => self.group(j).filter(|m| {
                    m.first == j
                        && m.speaker
                            .as_ref()
                            .is_some_and(|s| matches!(s.kind, "institution" | "medium"))
                }),
            };
            // (a body the groups' heads read on into a person's title or name ends before
            // it: قوات التحالف العقيد تركي المالكي، هيئة كبار العلماء الشيخ; one the lexicon
            // knows is as long as it knows it)
            let body = body.map(|mut m| {
                if known {
                    return m;
                }
                // (and before an adjective of time, the title's: رئيس أركان الجيش المصري
                // السابق، الزعيم التاريخي لحزب العمال)
                let of_time = |i: usize| {
                    let w = self.word(i);
                    matches!(
                        w.strip_prefix("ال").unwrap_or(w),
                        "سابق" | "سابقه" | "اسبق" | "اسبقه" | "تاريخي" | "حالي" | "حاليه"
                    )
                };
                let person = |i: usize| {
                    of_time(i)
                        || self.title_at(i, false).is_some()
                        || self.is_given_name(i)
                        || self.name_at(i).is_some_and(|(_, _, name)| {
                            name.role
                                || self
                                    .speaker_of_name(i, name)
                                    .is_some_and(|s| s.kind == "person")
                        })
                };
                if let Some(cut) = (m.first + 1..m.end).find(|&i| person(i)) {
                    m.end = cut;
                    m.name.1 = self.ends(cut - 1);
                    if let Some(speaker) = m.speaker.as_mut() {
                        speaker.name = without_marks(&(self.display)(m.name.0, m.name.1));
                    }
                }
                m
            });
            match body
                .filter(|m| m.end <= outer.end && m.name.1 <= holder && !minister(self.word(j - 1)))
            {
                Some(body) => {
                    j = body.end.max(j + 1);
                    self.found.inner.push(body);
                }
                None => j += 1,
            }
        }
    }

    /// Whether a sentence ends inside tokens `first..end`.
    fn crosses_sentence_end(&self, first: usize, end: usize) -> bool {
        (first + 1..end).any(|j| self.sentence_ends_before(j))
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
        if !starts
            && !self.after_kana(k)
            && self.learned_at(k).is_none()
            && !self.opens_before_verb(k)
            && !self.counted_after_opening(k)
            && !self.comma_and_title_ahead(k)
        {
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
            if let (Some((from, to)), Some(speaker)) = (mention.brand, &mention.speaker) {
                self.remember_brand(from, to, speaker.clone());
            }
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
            if let Some(mention) = self.counted(k) {
                return Some(mention);
            }
            if let Some(mention) = self.described(k) {
                return Some(mention);
            }
            if let Some(mention) = self.apposed_description(k) {
                return Some(mention);
            }
        }
        // وسخر كثير من مستخدمي مواقع التواصل ... قائلين، وندد أحد مساعدي نتانياهو ... مؤكدا: a
        // quantity of people right after the word that opens the sentence, a verb no lexicon
        // lists, is its subject, whom a participle later in the sentence goes on with
        if self.counted_after_opening(k) {
            if let Some(mention) = self.described(k) {
                // (a preposition after it is the verb's as often as where they are from:
                // وسخر كثير من المستخدمين من تعليق ريان)
                let of = match (self.word(k + 1), self.word(k + 2)) {
                    ("من", _) => k + 2,
                    ("كبير" | "قليل", "من") => k + 3,
                    _ => k + 1,
                };
                let cut = (of + 1..mention.end)
                    .find(|&j| matches!(self.word(j), "في" | "من" | "علي" | "عن"));
                return Some(match cut {
                    Some(j) => self.described_mention(k, j),
                    None => mention,
                });
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
        // إلا أن المراقبين يرون، غير أن بعض الخبراء قالوا، رغم أن العديد من الأشخاص يعتقدون: a
        // group described after أن, إن or لكن, then a reporting verb, is the verb's subject
        // (in the accusative they give it: المراقبين، لكن كثيرا من الخبراء). A described
        // group only, not any phrase: what أن opens is as often about things (أن الاقتصاد يشير)
        if let Some(mention) = self
            .described_after_that(k)
            .filter(|m| self.reports_at(m.end))
        {
            return Some(mention);
        }
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
        // وكان مارادونا قد عرض: a name no lexicon knows between كان and قد is the subject of
        // the verb after قد (a cue later in the sentence goes on with it)
        if self.after_kana(k) {
            let len = self.unknown_name(k);
            let lone = len == 1 && self.lone_non_name(k);
            if (1..=3).contains(&len) && !lone && self.word(k + len) == "قد" {
                return Some(self.learned_name(k, k, k + len));
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
            // وقالت رويدا عطية إن، وقال سعيد منتظر المهدي، إن: the subject's family name, when
            // its first word is no noun in ة or ات (وأوضحت دراسة حديثة أن، وتشير علامات واضحة)
            // nor a document, an accusative or an addressee (وجدت حلولا عملية، قال لصحف
            // محلية), and the content or a comma follows it (not the object: كشف تفاصيل جديدة
            // عن)
            let family = self.family_closing(k, len);
            // (asked only of a name's first word, which is there: a nationality may end the text)
            let noun = || {
                let first = self.word(k);
                self.written_ends_with(k, 'ة')
                    || first.ends_with("ات")
                    || self.addressee(k)
                    || first.starts_with('ب') && verb.prepositions.iter().any(|p| p == "ب")
                    || is_accusative_tail(first)
                    || self.is_document(k)
            };
            // (a comma only after a verb whose content is no noun phrase: توقع ارتفاع عدد
            // الضحايا، is its object)
            let content_next = self.is_complementizer(k + len + family)
                || !verb.nominal
                    && self
                        .mark(k + len + family)
                        .is_some_and(|c| matches!(c, ',' | ':'));
            if family > 0 && content_next && !noun() {
                len += family;
            }
            // وقال قائدها إن، وقالت محاميتها: a title or a noun of kin with its pronoun alone
            // describes its holder
            let alone = len == 0 && !nisba && self.owned_title(k);
            if alone {
                len = 1;
            }
            // قالت فرنسا بوضوح ... ، وتقول تقديرات إن، وختم ساخرا: one word of a shape no name
            // has is no subject
            if len == 1 && !alone && self.lone_non_name(k) {
                len = 0;
            }
            // وصفت هيلي المجلس بأنه، اتهم مون الحكومة بـ: after a verb that takes an object
            // and ب, a word with ال before the ب is the object, not the family name
            let accused = verb.accusing
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
            .or_else(|| self.apposed_name(k, governed))
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
        if self.plays(k, Grammar::RenewedObject) {
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
                || self.plays(j, Grammar::Preposition) && self.is_complementizer(j + 1)
                || matches!(self.word(j), "بان" | "بانه" | "بانها")
        };
        // (a place or an addressee between: في دبي، لبي بي سي، للصحفيين)
        let aside = |j: usize| {
            self.plays(j, Grammar::Preposition)
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
            || self.plays(k - 1, Grammar::OpensClause);
        opens && (k + 1..k + 5).any(|v| self.verb(v).is_some())
    }

    /// Whether token `k` is right after كان or كانت (with و), where a subject is written before
    /// قد and its verb.
    fn after_kana(&self, k: usize) -> bool {
        k > 0 && self.plays(k - 1, Grammar::Kana)
    }

    /// Whether token `k` is a word of quantity (أحد، بعض، كثير، عدد) right after a plain word
    /// that opens a sentence or a paragraph: where a verb no lexicon lists has its subject.
    /// The words counted must be people (أحد السائقين، كثير من مستخدمي مواقع التواصل،
    /// بعض الخبراء), not things (أحد الأسباب، الكثير من الشائعات), and عدد must be "a number of"
    /// with its من (وبلغ عدد المعتقلين is "the number of").
    fn counted_after_opening(&self, k: usize) -> bool {
        let opens = k > 0
            && self.plays(k, Grammar::Quantity)
            && self.tokens.kind(k - 1) == Kind::Word
            && !self.is_function_word(k - 1)
            && (k == 1 || self.tokens.after_break(k - 1) || self.is_terminator(k - 2));
        if !opens {
            return false;
        }
        let head = match (self.word(k + 1), self.word(k + 2)) {
            ("من", _) => k + 2,
            ("كبير" | "قليل", "من") => k + 3,
            _ if self.word(k) == "عدد" => return false,
            _ => k + 1,
        };
        self.people_at(head)
    }

    /// Whether token `k` is a plural of people by its shape or the lexicon: a sound plural
    /// (المتظاهرون، السائقين، مستخدمي in the construct state), فعلاء (خبراء، الأطباء) or a
    /// group's head (مسؤولين، مصادر).
    pub(super) fn people_at(&self, k: usize) -> bool {
        let word = self.word(k);
        let bare = word.strip_prefix("ال").unwrap_or(word);
        let letters = bare.chars().count();
        let sound = letters >= 5
            && (["ون", "ين"].iter().any(|e| word.ends_with(e))
                && (word.starts_with("ال") || bare.starts_with('م'))
                || word.ends_with("يين")
                || word.ends_with("يون"));
        // (the construct state drops the ن: مستخدمي، متابعي)
        let construct = !word.starts_with("ال") && bare.starts_with('م') && word.ends_with('ي');
        // (not أفعال in اء, things as often as people: أسماء، أشياء، أنباء)
        let fu_ala = letters == 5 && bare.ends_with("اء") && !bare.starts_with('ا');
        self.tokens.kind(k) == Kind::Word
            && !self.is_function_word(k)
            && (sound
                || construct && letters >= 5
                || fu_ala && !self.words.whole(k).classes.has(Classes::GIVEN)
                || self.words.any(k).has(Classes::GROUP))
    }

    /// Whether a reporting verb written without a conjunction is at `end`, or right after a
    /// particle of it (وكان بوبليت قد قال، علماء لا يستبعدون).
    fn reports_at(&self, end: usize) -> bool {
        let verb_at = end + usize::from(matches!(self.word(end), "قد" | "لا" | "لم" | "لن"));
        self.verb(verb_at).is_some_and(|v| v.class == Class::Verb)
            && self.lexicon.verb_forms.contains_key(self.word(verb_at))
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
        // حسن نصر الله → نصر الله: a family name compound with الله is known whole, not by
        // الله alone
        let compound = to - from >= 3 && self.word(to - 1) == "الله";
        let surname = if compound {
            // (found as two words after the first: learned_at reads on after a first word)
            let first = skeleton(self.word(to - 2));
            self.learned_words.add(&first);
            self.found.learned_firsts.insert(first);
            self.key(to - 2, to, 0)
        } else {
            skeleton(self.word(to - 1))
        };
        if to - from >= 2 {
            let first: String = self.word(from).chars().skip(prefix).collect();
            let first = skeleton(&first);
            self.learned_words.add(&first);
            self.found.learned_firsts.insert(first);
        }
        self.learned_words.add(&full);
        let speaker = self.found.learned.entry(full).or_insert(speaker).clone();
        if to - from >= 3 && self.word(from + 1) != "الله" {
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
        if self.is_function_word(to - 1)
            || self.is_complementizer(to - 1)
            || to - from == 2 && self.word(to - 1) == "الله"
        {
            return speaker;
        }
        self.learned_words.add(&surname);
        self.found
            .learned
            .entry(surname)
            .or_insert_with(|| speaker.clone());
        speaker
    }

    /// Makes the name an organisation was given in marks (tokens `from..to`) known to the rest
    /// of the document as that organisation: وكالة "ستاندرد آند بورز غلوبال" ... وقالت ستاندرد
    /// آند بورز. By its whole form and its first words (its last word alone is no family name);
    /// one word only of four letters or more that is no function word (not شركة "أمل" ... أمل).
    fn remember_brand(&mut self, from: usize, to: usize, speaker: Speaker) {
        let words = from..to;
        let plain = to - from <= 4
            && words.clone().all(|j| {
                self.tokens.kind(j) == Kind::Word
                    && !self.is_function_word(j)
                    && !self.plays(j, Grammar::Particle)
            });
        let short = to - from == 1
            && (self.word(from).chars().count() < 4 || self.word(from).starts_with("ال"));
        if !plain || short {
            return;
        }
        self.learned_names += 1;
        let full = self.key(from, to, 0);
        if to - from >= 2 {
            let first = skeleton(self.word(from));
            self.learned_words.add(&first);
            self.found.learned_firsts.insert(first);
        }
        self.learned_words.add(&full);
        self.found
            .learned
            .entry(full)
            .or_insert_with(|| speaker.clone());
        for end in from + 3..to {
            let shorter = self.key(from, end, 0);
            self.learned_words.add(&shorter);
            self.found
                .learned
                .entry(shorter)
                .or_insert_with(|| speaker.clone());
        }
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
        // (the distinct word 0 is the empty one: a mark's, or past the end)
        let distinct = self.words.distinct(k);
        if self.found.learned.is_empty() || distinct == 0 {
            return None;
        }
        let unlearned = &self.unlearned[distinct];
        if unlearned.get() == self.learned_names {
            return None;
        }
        // (a word no form of which may be a learned name's word: neither lookup below finds it)
        if !self.words.may_be_in(k, &self.learned_words) {
            unlearned.set(self.learned_names);
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
                // the longest name learned that starts here, of up to four words (a brand:
                // ستاندرد آند بورز غلوبال)
                let mut key = one.to_owned();
                let mut longest = None;
                for len in 2..=4 {
                    key.push(' ');
                    key.push_str(self.words.whole(k + len - 1).skeleton);
                    if let Some(speaker) = self.found.learned.get(&key) {
                        longest = Some((len, form.prefix, speaker));
                    }
                }
                if longest.is_some() {
                    return longest;
                }
            }
            if let Some(speaker) = self.found.learned.get(one) {
                // a skeleton of two letters tells little (روسي and رايس, بيان and بينيا): a
                // spelling of the name keeps its last letter (نوير، نويير)
                // (an organisation's brand keeps it always: ماركا is no ماركو)
                let last = |name: &str| name.chars().last();
                let name = self.lexicon.normalizer.normalize(&speaker.name);
                let loose = one.chars().count() > 2 && speaker.kind == "person";
                if loose || last(self.word(k)) == last(&name) {
                    return Some((1, form.prefix, speaker));
                }
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

/// Whether a body with `head` (its skeleton, without ال) speaks for the state it is of: an
/// organ of the state, a ministry, a mission abroad or a court (not a centre, an office, a
/// force or a council, which a country's name may only place).
pub(super) fn speaks_for_its_state(head: &str) -> bool {
    is_state_organ(head)
        || is_mission(head)
        || ["وزاره", "محكمه", "مديريه"]
            .iter()
            .any(|body| skeleton(body) == head)
}

/// Whether a body with `head` is a state's mission abroad (سفارة، قنصلية), which is where its
/// country is not.
pub(super) fn is_mission(head: &str) -> bool {
    ["سفاره", "قنصليه"]
        .iter()
        .any(|body| skeleton(body) == head)
}

/// Whether `word` is a preposition with a pronoun or a demonstrative on it (فيها، عنه، منهم،
/// بذلك، لهذا), which no name is.
pub(super) fn is_pronoun_phrase(word: &str) -> bool {
    // (rules ask it of most words they read: one look-up among the phrases, made once, rather
    // than a comparison with each preposition and pronoun)
    static PHRASES: LazyLock<HashSet<String>> = LazyLock::new(pronoun_phrases);
    PHRASES.contains(word)
}

/// Every preposition with a pronoun or a demonstrative on it: [`is_pronoun_phrase`]'s words.
fn pronoun_phrases() -> HashSet<String> {
    let demonstratives = ["ذلك", "هذا", "هذه", "تلك", "ذاك"];
    let prepositions = [
        "في", "من", "عن", "علي", "الي", "مع", "ل", "ب", "لدي", "عند", "بين", "حول", "بعد", "قبل",
        "فوق", "تحت", "خلال", "امام",
    ];
    let pronouns = ["ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم"];
    let mut phrases = HashSet::default();
    for preposition in ['ب', 'ل', 'ك'] {
        phrases.extend(demonstratives.map(|d| format!("{preposition}{d}")));
    }
    for preposition in prepositions {
        phrases.extend(pronouns.map(|p| format!("{preposition}{p}")));
    }
    phrases
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
pub(super) fn is_verbal_noun(word: &str) -> bool {
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

/// Whether a word has the form of the verbal noun افتعال (التزام، احترام، انتقاد): ا, a
/// letter, the infixed ت, a letter, ا, a letter.
pub(super) fn is_iftial(word: &str) -> bool {
    let mut letters = word.chars();
    let mut next = || letters.next();
    matches!(
        [next(), next(), next(), next(), next(), next(), next()],
        [
            Some('ا'),
            Some(_),
            Some('ت'),
            Some(_),
            Some('ا'),
            Some(_),
            None
        ]
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

#[cfg(test)]
mod speaker_words_tests {
    use super::{skeleton, SpeakerWords};
    use crate::quotes::Lexicon;

    #[test]
    fn a_name_named_again_has_its_words_worked_out_once() {
        let lexicon = Lexicon::builtin();
        let normalizer = &lexicon.normalizer;
        let mut words = SpeakerWords::default();
        let ministry = words.of(2, "وزارة الخارجية", normalizer).to_vec();
        let expected: Vec<String> = normalizer
            .normalize("وزارة الخارجية")
            .split_whitespace()
            .map(|w| skeleton(w.strip_prefix("ال").unwrap_or(w)))
            .collect();
        assert_eq!(ministry, expected);
        assert_eq!(ministry.len(), 2);
        // another mention of the same name shares its words; another name has its own
        assert_eq!(words.of(0, "وزارة الخارجية", normalizer), ministry);
        assert_eq!(words.of(5, "بوتين", normalizer), [skeleton("بوتين")]);
        assert_eq!(words.of(2, "وزارة الخارجية", normalizer), ministry);
        assert_eq!(words.words.len(), 2);
    }
}
