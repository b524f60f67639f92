//! The quote lexicons of `lexicons/quotes/`, normalized with the same normalizer as the text.
//! Users extend them at run time with files in the same format and with their own entities.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::lexicon::{rows, words as phrase_words, Phrases};
use crate::normalize::{Normalizer, Options};

/// What a reporting word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A finite verb (قال، أكد، يقول).
    Verb,
    /// A singular participle that starts a record of its own (مشيرا).
    Participle,
    /// A noun that reports speech when a complementizer follows (تأكيد).
    Noun,
    /// A speaking event with no content (تحدث): it only makes its subject the current speaker.
    Event,
}

#[derive(Clone, Debug)]
pub struct Verb {
    pub lemma: String,
    pub class: Class,
    /// Words (or the proclitic ب) after which the content starts: أشار إلى، شدد على.
    pub prepositions: Vec<String>,
    /// Whether the content may be a bare noun phrase (أكد استعداده).
    pub nominal: bool,
    /// Whether the verb with no subject and a complementizer right after it is impersonal,
    /// not a report (يذكر أن، يتوقع أن، تبين أن).
    pub impersonal: bool,
    /// Whether its content is only speech after a colon or in marks (وواصل: ...): with a
    /// clause it means something else (واصل الفريق تقدمه).
    pub marked: bool,
    /// Whether its object, who or what is spoken of or to, may stand between its subject and
    /// its content (اتهم الوزير الشركة بـ، دعا الرئيس الحكومة إلى): a noun phrase after its
    /// subject may be that object, not more subject.
    pub object_first: bool,
    /// Whether it reports only with a document as its subject (تضمن بيان الوزارة أن).
    pub document: bool,
    /// Whether it reports only with its preposition right after the subject and a
    /// complementizer after that (انتهت الدراسة إلى أن، نصت المادة على أن): with a noun after
    /// the preposition it means something else (انتهت المباراة إلى التعادل).
    pub that: bool,
    /// Whether it is a verb of saying or writing itself, which takes a quotation whole (قال،
    /// كتب، غرد): a short quote right after it is speech, not its object.
    pub speech: bool,
    /// Whether what it calls something follows its object (اعتبر، وصف): quoted words there
    /// are a name or a predicate, not a report.
    pub naming: bool,
    /// Whether its object, the one accused or described, comes before the ب of what they
    /// are accused of or called (اتهم، وصف).
    pub accusing: bool,
    /// Whether it takes no object before its ب (أفاد، صرح، ندد): plain words there are its
    /// subject.
    pub objectless: bool,
    /// Whether it reports only with مسؤولية after its object, the one blamed (حمّل الوزير
    /// الحكومة مسؤولية الأزمة): with anything else it carries (حمل المتظاهرون لافتات).
    pub blame: bool,
    /// Whether its content may be what is seen in something and as what, after في (يرى
    /// مراقبون في الاستدعاء تمهيدا لقرارات حاسمة).
    pub seeing: bool,
}

/// What follows an attribution phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// The source (بحسب الكرملين) or a clitic pronoun (وفقا له).
    Source,
    /// A reporting verb, then the source (وفقا لما ذكره البيت الأبيض).
    Verb,
    /// Only a word with a possessive pronoun (على حد تعبيره): the phrase alone is no
    /// attribution before anything else (على حد سواء, 'alike').
    Pronoun,
    /// A document, speaking for its issuer (وجاء في بيان الوزارة أن): the phrase before
    /// anything else is no attribution (جاء في المركز الثالث, 'came third').
    Document,
}

/// What an anaphoric description refers back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refers {
    Pair,
    Medium,
    Issuer,
    /// The author of a report or study: the last organisation or medium (التقرير، الدراسة).
    Author,
    Previous,
    /// The countries the text last listed together (الدول الأربع، هذه الدول).
    States,
    /// The people the text last listed together (الزعماء الثلاثة).
    Leaders,
}

/// The parts grammar words play in a report (`grammar.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grammar {
    Complementizer,
    SourcePronoun,
    Carrier,
    Contrast,
    Connective,
    Relative,
    Particle,
    Document,
    Letter,
    /// A word of a phrase of time (مطلع، الجاري، آذار، الأحد): such a phrase between a
    /// reporting verb's subject and its complement is no part of the complement.
    Time,
    /// A name of a day of the week (الأحد، الثلاثاء): a day after a reporting verb's subject
    /// ends that subject, whatever words it has.
    Day,
    /// A noun that names a topic or a product, not a claim (تفاصيل، معلومات، هاتف): a noun
    /// phrase it starts is no content (كشف عن تفاصيل الخطة، أعلنت عن هاتفها الجديد).
    Topic,
    /// A measure, standard or custom a clause conforms to (تقاليد، تصنيف، توقيت، معايير): after
    /// an attribution phrase it is no source (وفقا للتقاليد، حسب التوقيت المحلي).
    Norm,
    /// A preposition standing alone (في، على، أمام، إزاء): a name after it is governed, not
    /// a subject.
    Preposition,
    /// A verb of issuing a document (أصدر): its subject is the document's issuer.
    Issuing,
    /// A verb of writing or publishing a document (أعد، نشر): its subject is the author of a
    /// report it has as object, not the issuer of a statement it carries.
    Publishing,
    /// The object of an idiom of revealing (كشف النقاب عن، أماط اللثام عن): between the verb and
    /// its preposition it is no subject.
    Veil,
    /// A conjunction that, before a complementizer, opens a clause of the writer's (بيد أن،
    /// غير أن، لاسيما أن، حيث إن، كما أن), not a report's content.
    OwnClause,
    /// A document addressed to whoever follows its ل (رسالة لترامب، تصريح لسكاي نيوز), not
    /// written by them.
    Addressed,
    /// A survey or study, whose speaker is who carried it out (استطلاع للرأي أجراه معهد).
    Survey,
    /// A word of time past (آنذاك، وقتها): a title it follows was someone else's then.
    TimePast,
    /// A preposition of time after وذلك (، وذلك خلال لقائه، وذلك بعد أدائه اليمين): the
    /// writer's phrase of when the report was made.
    ReportTime,
    /// An occasion or a medium of a report after وذلك في or على (، وذلك في مؤتمر صحفي، وذلك على
    /// هامش): the writer's phrase of where it was made.
    Occasion,
    /// A word that points back to someone named before (الأخير، الأخيرة): no subject of its
    /// own starts with it.
    Anaphor,
    /// A function word, or a word with ب, that may stand inside a subject no mention read
    /// before a day (مدير الأمن في المحافظة، مندوبها لدى الأمم المتحدة، المتحدث باسم الجيش).
    InSubject,
    /// A word of a religious formula around الله (صلى الله عليه وسلم، رضي الله عنه، رحمه الله،
    /// إن شاء الله، الله يرحمها): there الله is no part of a name before it.
    Blessing,
    /// A demonstrative that stands before the subject it points back with (وأكد هذا المسؤول
    /// أن، وأضافت هذه المصادر أن).
    Demonstrative,
    /// A demonstrative that stands alone as often as before a noun (وطالب هؤلاء فرنسا بـ،
    /// وأكد ذلك): no subject after it; with `Demonstrative`, no noun of a phrase before a
    /// relative either.
    LoneDemonstrative,
    /// An adjective of an occasion of speech with no article (مشترك، مقتضب، متلفز: في بيان
    /// مشترك، في كلمة متلفزة): part of the occasion, no report's content.
    OccasionAdjective,
    /// A word after وهو or وهي that says what the event was, not what the subject is (وهو ما،
    /// وهي المرة الأولى، وهو الأمر الذي، وهي أول): no aside on a verb's subject.
    EventAside,
    /// Some of a group, as a pronoun (بعضهم، بعضها): a subject of its own after a verb (فرأى
    /// بعضها).
    Partitive,
    /// A word of quantity that heads the people it counts (أحد، بعض، كثير، عشرات، معظم + من
    /// or a genitive): the group counted is a subject, not the quantity.
    Quantity,
    /// A word of a charge (متهما، بتهمة): words in quotation marks after its ب are the charge,
    /// not speech (متهما بـ"التجسس"، بتهمة "الإرهاب").
    Charge,
    /// A head noun of a group's name (جماعة، حركة، حزب): words in quotation marks after it are
    /// the name ("جماعة نصرة الإسلام"، "حركة الشباب").
    GroupHead,
    /// A kind of medium, not a name (أنباء، أخبار، إعلام): a head before it in parentheses is
    /// named by no word of it.
    MediumKind,
    /// A word with ب that is no verbal noun a verb's ب governs: a compound preposition (بسبب،
    /// بشأن، بنسبة), a phrase of manner (بشكل، بشدة), بلاده، بارز.
    NoVerbalNoun,
    /// A word after a reporting verb that is its object, a verbal noun it renews or the evening
    /// it spoke on (جدد التأكيد، أعاد النظر، تابع القول، عشية): no subject.
    RenewedObject,
    /// A past verb of a document's being issued or published, passive or intransitive (صدر،
    /// نشرت، أجريت): right after an indefinite document it opens a relative clause on it.
    Published,
    /// A present verb of giving details (يقدم، يحدد، يعطي، يفصح): negated after لكنه or لكنها
    /// in reported content, the writer's word on what the speaker left out (لكنه لم يحدد
    /// موعدا), no longer the speaker's.
    Detail,
    /// A pronoun of the first person, alone or on a preposition or a complementizer (نحن،
    /// لنا، علينا، إننا، لدي): words that speak of themselves are someone's speech.
    FirstPerson,
    /// A word after which a clause may put its subject before its verb: a complementizer or
    /// a contrast (إلا أن السيسي عقب، لكن قطر ظلت تنفي), أما, and كان that carries the clause
    /// (وكان كينيك قد قال).
    OpensClause,
    /// A word between a subject written first and its verb: an auxiliary or a particle of the
    /// verb (وكان كينيك قد قال، قطر ظلت تنفي، لم يعد).
    Auxiliary,
    /// An adverb of manner or frequency between a reporting verb or its subject and its
    /// content (نفت موسكو بشدة مسؤوليتها، اتهم مرارا، أكد مجددا): no part of the content.
    Manner,
    /// A noun that makes the preposition before it a phrase of its own (على هامش، على لسان،
    /// على الرغم من، على خلفية، عن طريق): that preposition is not the one a
    /// reporting verb takes before its content.
    Adjunct,
    /// كان or كانت, with و or ف or without: a subject may be written after it, before قد and
    /// its verb.
    Kana,
}

// a token's classes hold the grammar roles in the bits below 48 (see Classes)
const _: () = assert!((Grammar::Kana as u32) < 48);

impl Grammar {
    fn named(name: &str) -> Option<Grammar> {
        Some(match name {
            "complementizer" => Grammar::Complementizer,
            "source_pronoun" => Grammar::SourcePronoun,
            "carrier" => Grammar::Carrier,
            "contrast" => Grammar::Contrast,
            "connective" => Grammar::Connective,
            "relative" => Grammar::Relative,
            "particle" => Grammar::Particle,
            "document" => Grammar::Document,
            "letter" => Grammar::Letter,
            "time" => Grammar::Time,
            "day" => Grammar::Day,
            "topic" => Grammar::Topic,
            "norm" => Grammar::Norm,
            "preposition" => Grammar::Preposition,
            "issuing" => Grammar::Issuing,
            "publishing" => Grammar::Publishing,
            "veil" => Grammar::Veil,
            "own_clause" => Grammar::OwnClause,
            "addressed" => Grammar::Addressed,
            "survey" => Grammar::Survey,
            "time_past" => Grammar::TimePast,
            "report_time" => Grammar::ReportTime,
            "occasion" => Grammar::Occasion,
            "anaphor" => Grammar::Anaphor,
            "in_subject" => Grammar::InSubject,
            "blessing" => Grammar::Blessing,
            "demonstrative" => Grammar::Demonstrative,
            "lone_demonstrative" => Grammar::LoneDemonstrative,
            "occasion_adjective" => Grammar::OccasionAdjective,
            "event_aside" => Grammar::EventAside,
            "partitive" => Grammar::Partitive,
            "quantity" => Grammar::Quantity,
            "charge" => Grammar::Charge,
            "group_head" => Grammar::GroupHead,
            "medium_kind" => Grammar::MediumKind,
            "no_verbal_noun" => Grammar::NoVerbalNoun,
            "renewed_object" => Grammar::RenewedObject,
            "published" => Grammar::Published,
            "detail" => Grammar::Detail,
            "first_person" => Grammar::FirstPerson,
            "opens_clause" => Grammar::OpensClause,
            "auxiliary" => Grammar::Auxiliary,
            "manner" => Grammar::Manner,
            "adjunct" => Grammar::Adjunct,
            "kana" => Grammar::Kana,
            _ => return None,
        })
    }
}

/// A speaker the lexicon knows by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub name: String,
    /// person, institution, medium or group.
    pub kind: String,
    pub side: Option<String>,
    pub aliases: Vec<String>,
    /// Titles that name it alone (الرئيس الروسي) when the article does not say who holds them.
    pub roles: Vec<String>,
    /// When it holds those titles; none: always. A title names its holder of the day an
    /// article is read for (its publication), not today's: a 2018 article's الرئيس الأوكراني is
    /// not the president of 2025.
    pub terms: Vec<Term>,
}

/// The days a title is held: from the first, up to (not including) the last; open when None.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Term {
    /// A term as `entities.tsv` writes it: `2017-01-20..2021-01-20`, `2025-01-20..`; None for
    /// anything else, `..` and a term that ends before it starts included.
    pub fn parse(written: &str) -> Option<Term> {
        let (from, to) = written.trim().split_once("..")?;
        let day = |d: &str| -> Option<Option<NaiveDate>> {
            let d = d.trim();
            if d.is_empty() {
                Some(None)
            } else {
                NaiveDate::parse_from_str(d, "%Y-%m-%d").ok().map(Some)
            }
        };
        let term = Term {
            from: day(from)?,
            to: day(to)?,
        };
        // a term open at both ends, or ending before it starts, is a mistake, not a term
        let sound = match (term.from, term.to) {
            (None, None) => false,
            (Some(from), Some(to)) => from < to,
            _ => true,
        };
        sound.then_some(term)
    }
}

impl Entity {
    /// Whether its titles name it on `day`; with no day, whether it holds them now (its term
    /// is open).
    pub fn holds_titles_on(&self, day: Option<NaiveDate>) -> bool {
        self.terms.is_empty()
            || self.terms.iter().any(|term| match day {
                None => term.to.is_none(),
                Some(day) => {
                    term.from.is_none_or(|from| from <= day) && term.to.is_none_or(|to| day < to)
                }
            })
    }
}

pub const SPEAKER_TYPES: [&str; 5] = ["person", "institution", "medium", "group", "place"];

/// The lexicon files a user can extend, by name.
pub const FILES: [&str; 11] = [
    "grammar",
    "verbs",
    "attributions",
    "titles",
    "groups",
    "descriptions",
    "sides",
    "labels",
    "function_words",
    "entities",
    "given_names",
];

/// The options a row of `verbs.tsv` may have (see its header).
const VERB_OPTIONS: [&str; 14] = [
    "-",
    "nominal",
    "impersonal",
    "object",
    "marked",
    "document",
    "that",
    "object_first",
    "speech",
    "naming",
    "accusing",
    "objectless",
    "blame",
    "seeing",
];

const BUILTIN: [&str; 11] = [
    include_str!("../../lexicons/quotes/grammar.tsv"),
    include_str!("../../lexicons/quotes/verbs.tsv"),
    include_str!("../../lexicons/quotes/attributions.tsv"),
    include_str!("../../lexicons/quotes/titles.tsv"),
    include_str!("../../lexicons/quotes/groups.tsv"),
    include_str!("../../lexicons/quotes/descriptions.tsv"),
    include_str!("../../lexicons/quotes/sides.tsv"),
    include_str!("../../lexicons/quotes/labels.tsv"),
    include_str!("../../lexicons/quotes/function_words.tsv"),
    include_str!("../../lexicons/quotes/entities.tsv"),
    include_str!("../../lexicons/quotes/given_names.tsv"),
];

/// An entity name or a title that names one, as a phrase of skeleton words.
#[derive(Clone, Copy, Debug)]
pub struct Name {
    pub entity: usize,
    /// Whether the phrase is a title (الرئيس الروسي) rather than a name.
    pub role: bool,
}

/// What one spelling of a word is in the lexicons, as bits: a token is looked up once, for all
/// of them, rather than in each lexicon in turn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(u64);

impl Classes {
    // the grammar roles take the bits below 48
    /// A function word, a complementizer or a relative: [`Lexicon::is_function_word`].
    pub const FUNCTION_WORD: Classes = Classes(1 << 48);
    /// A form of a reporting word (without a conjunction).
    pub const VERB: Classes = Classes(1 << 49);
    /// A head or adjective of `groups`, with or without ال.
    pub const GROUP: Classes = Classes(1 << 50);
    pub const SIDE: Classes = Classes(1 << 51);
    /// The first word of a phrase of `titles`, `attributions`, `descriptions` or `labels`.
    pub const TITLE: Classes = Classes(1 << 52);
    pub const ATTRIBUTION: Classes = Classes(1 << 53);
    pub const DESCRIPTION: Classes = Classes(1 << 54);
    pub const LABEL: Classes = Classes(1 << 55);
    /// A skeleton that starts one of `names`.
    pub const NAME: Classes = Classes(1 << 56);
    /// A given name (`given_names`).
    pub const GIVEN: Classes = Classes(1 << 57);
    /// A document behind ال, لل or ل (البيان، للبيان، لبيان): see [`document_after_article`].
    pub const ARTICLE_DOCUMENT: Classes = Classes(1 << 58);

    pub fn role(role: Grammar) -> Classes {
        Classes(1 << role as u64)
    }

    /// The classes of both.
    pub const fn and(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    pub fn has(self, classes: Classes) -> bool {
        self.0 & classes.0 != 0
    }
}

impl std::ops::BitOrAssign for Classes {
    fn bitor_assign(&mut self, other: Classes) {
        self.0 |= other.0;
    }
}

/// The serial the next lexicon loaded takes.
static NEXT_SERIAL: AtomicU64 = AtomicU64::new(0);

pub struct Lexicon {
    pub normalizer: Normalizer,
    pub grammar: HashMap<String, Vec<Grammar>>,
    /// The rows of `grammar.tsv` of several words (مرة أخرى): each phrase's words and roles.
    pub grammar_phrases: Vec<(Vec<String>, Vec<Grammar>)>,
    /// Removes only diacritics, tatweel and invisible characters: names as users write them.
    pub display: Normalizer,
    /// Every form of every reporting word (أعلنت، وصفها، قائلا) → its entry in `verbs`.
    pub verb_forms: HashMap<String, usize>,
    pub verbs: Vec<Verb>,
    pub attributions: Phrases<Then>,
    pub titles: Phrases<()>,
    /// The heads of titles that say what a person does, not an office (نجم، المدرب، المغنية),
    /// as skeletons without ال: `titles` marked `role`. Such a title alone means the one
    /// person of that role the text quoted.
    pub person_roles: HashSet<String>,
    /// Titles of a trade, not of an office (المدرب، الممثلة، الباحث، المدير الفني), as the
    /// skeleton words `title_words` reads: `titles` marked `role` or `private`. Their holder
    /// speaks for no government, whatever nationality the title gives them.
    pub private_titles: Vec<Vec<String>>,
    /// Titles that are also a common noun (الفريق "the team", اللواء "the brigade"): a person
    /// only when someone holds them (normalized, as written in `titles.tsv`).
    pub noun_ranks: HashSet<String>,
    /// The hamza seat (أ or إ) the first word of titles is written with, by that word
    /// normalized (الإمام → إ): the text writing the other seat writes another word (إلى
    /// الأمام "forward" is no الإمام). Words titles write with both seats are left out.
    pub title_hamza: HashMap<String, Option<char>>,
    /// Heads of descriptions → their speaker type, and the adjectives that may follow them.
    pub groups: HashMap<String, &'static str>,
    /// Heads of organisations (without ال) → the class a definite description with that head
    /// points back to (المجموعة الأمريكية → the company named before): `groups`' third column.
    pub anaphora: HashMap<String, String>,
    /// Heads of bodies that speak for no government (without ال): `groups`' fourth column.
    pub unaligned: HashSet<String>,
    pub descriptions: Phrases<Refers>,
    /// Adjectives of nationality in all their forms → side.
    pub sides: HashMap<String, String>,
    /// Nouns that name what a short quotation is; `true` for those that do so only right
    /// before it or its adjectives (هاتف "آيفون X"), not a few words on (`labels`' "adjacent").
    pub labels: Phrases<bool>,
    pub function_words: HashSet<String>,
    /// Given names, normalized → whether the name is a woman's: a person no lexicon knows is
    /// found by a given name and a family name after it.
    pub given_names: HashMap<String, bool>,
    /// Given names the lexicon writes only with a madda (آنا), normalized: once normalized they
    /// are also common words (أنا, I), so they are names only where the text writes the madda.
    pub given_madda: HashSet<String>,
    /// Given names that are also a common noun taking a genitive (عمر "age"), normalized:
    /// `given_names`' third column `noun`.
    pub given_nouns: HashSet<String>,
    pub entities: Vec<Entity>,
    /// Whether each of `entities` is an institution named as a place is (موسكو the government,
    /// موسكو the city): a capital that stands for its government.
    pub capitals: Vec<bool>,
    /// The names of `entities` as they are written: which speakers the lexicon knows.
    pub entity_names: HashSet<String>,
    /// The first word of each spelling (name and aliases) of each of `entities`, normalized.
    pub first_words: Vec<Vec<String>>,
    /// Names and titles of `entities`, as skeleton words.
    pub names: Phrases<Name>,
    /// The classes of every word the lexicons above know (but `names`, by skeleton), worked
    /// out when they are loaded: extend them with [`Lexicon::extended`], not field by field.
    classes: HashMap<String, Classes>,
    /// A number no other lexicon loaded in this process has: what a thread learned of words
    /// with one lexicon is kept under it (see `words.rs`).
    serial: u64,
}

/// The options the quote finder normalizes with: the search preset, but with quotation marks
/// left as they are, since which way a mark faces matters.
pub fn options() -> Options {
    Options {
        quotes: None,
        ..Options::SEARCH
    }
}

/// The key under which names are matched: search-normalized, long vowels dropped inside each
/// word, so that ترامب and ترمب, بوتين and بوتن share one.
pub fn name_key(name: &str) -> String {
    let normalized = Normalizer::new(options()).normalize(name).into_owned();
    let words: Vec<String> = normalized.split_whitespace().map(skeleton).collect();
    words.join(" ")
}

/// A word of a title as titles are compared: its skeleton without the article (للرئيس, الرئيس
/// as رئيس), an adjective as the masculine agreeing with the word before it (وزير الخارجية
/// الإيرانية as الإيراني), and none for a letter alone or رسمي, which tells no office from
/// another (المتحدث الرسمي باسم التحالف is the spokesman of the coalition).
pub fn title_word(word: &str) -> Option<String> {
    let word = word.strip_prefix("لل").unwrap_or(word);
    let word = word.strip_prefix("ال").unwrap_or(word);
    let agreed;
    let word = match word.strip_suffix("يه") {
        Some(stem) if stem.chars().count() >= 3 => {
            agreed = format!("{stem}ي");
            agreed.as_str()
        }
        _ => word,
    };
    let plain = matches!(word, "رسمي" | "رسميه");
    (word.chars().count() > 1 && !plain).then(|| skeleton(word))
}

/// A word with its long vowels dropped after the first letter, so that transliterations meet:
/// ترامب/ترمب، بوتين/بوتن، الكرملين/الكريملين. Words of three letters or fewer stay whole.
pub fn skeleton(word: &str) -> String {
    let mut skeleton = String::with_capacity(word.len());
    push_skeleton(word, &mut skeleton);
    skeleton
}

/// [`skeleton`] written at the end of `out`.
pub fn push_skeleton(word: &str, out: &mut String) {
    if word.chars().nth(3).is_none() {
        out.push_str(word);
        return;
    }
    // every token is skeletonized: the long vowels are found by their UTF-8 bytes (ا is D8 A7,
    // و D9 88, ي D9 8A; D8 and D9 only ever start a character), and the runs between them copied
    let bytes = word.as_bytes();
    let first = word.chars().next().map_or(0, char::len_utf8);
    let (mut run, mut i) = (0, first);
    while i + 1 < bytes.len() {
        if matches!(
            (bytes[i], bytes[i + 1]),
            (0xD8, 0xA7) | (0xD9, 0x88) | (0xD9, 0x8A)
        ) {
            out.push_str(&word[run..i]);
            i += 2;
            run = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&word[run..]);
}

/// Past-tense endings a verb takes (أعلنت، أكدوا) and the object pronouns after them (وصفها).
/// The pronoun ه is left out: with it أشار would read إشارة and أضاف إضافة.
const ENDINGS: [&str; 6] = ["", "ت", "وا", "ا", "تا", "ن"];
const OBJECTS: [&str; 4] = ["", "ها", "هم", "هما"];
/// Endings of an adjective of nationality: feminine, dual, plural (أمريكية، أمريكيان، أمريكيون).
const NISBA_ENDINGS: [&str; 7] = ["", "ه", "ان", "ين", "ون", "تان", "تين"];

impl Lexicon {
    /// The lexicon built from the bundled files.
    pub fn builtin() -> Arc<Lexicon> {
        static LEXICON: OnceLock<Arc<Lexicon>> = OnceLock::new();
        LEXICON
            .get_or_init(|| {
                let lexicon = Lexicon::load(&[], Vec::new());
                Arc::new(lexicon.unwrap_or_else(|e| panic!("a bundled lexicon is malformed: {e}")))
            })
            .clone()
    }

    /// The bundled lexicons extended by `extra` (file name from [`FILES`], its rows) and by
    /// `entities`.
    pub fn extended(extra: &[(&str, &str)], entities: Vec<Entity>) -> Result<Lexicon> {
        for (name, _) in extra {
            if !FILES.contains(name) {
                return Err(Error::Lexicon(format!(
                    "unknown lexicon '{name}'; the lexicons are {}",
                    FILES.join(", ")
                )));
            }
        }
        Lexicon::load(extra, entities)
    }

    fn load(extra: &[(&str, &str)], mut entities: Vec<Entity>) -> Result<Lexicon> {
        let normalizer = Normalizer::new(options());
        let display = Normalizer::new(Options {
            diacritics: true,
            ..Options::DISPLAY
        });
        // each file's rows: the bundled ones, then the user's
        let file = |name: &str| -> Vec<Vec<&str>> {
            let k = FILES.iter().position(|f| *f == name).unwrap_or(0);
            let mut all: Vec<Vec<&str>> = rows(BUILTIN[k]).collect();
            for (_, text) in extra.iter().filter(|(n, _)| *n == name) {
                all.extend(rows(text));
            }
            all
        };
        let bad = |name: &str, row: &[&str], why: &str| {
            Error::Lexicon(format!("{name}: {why} in row {:?}", row.join("\t")))
        };
        let word = |w: &str| normalizer.normalize(w).into_owned();
        let words = |phrase: &str| phrase_words(&normalizer, phrase);

        let mut grammar: HashMap<String, Vec<Grammar>> = HashMap::default();
        let mut grammar_phrases = Vec::new();
        for row in file("grammar") {
            let roles = row.get(1).ok_or_else(|| bad("grammar", &row, "no role"))?;
            let roles = roles
                .split(',')
                .map(|role| {
                    Grammar::named(role.trim())
                        .ok_or_else(|| bad("grammar", &row, "an unknown role"))
                })
                .collect::<Result<Vec<_>>>()?;
            let phrase = words(row[0]);
            if phrase.len() > 1 {
                grammar_phrases.push((phrase, roles));
            } else {
                grammar.entry(word(row[0])).or_default().extend(roles);
            }
        }

        let (mut verbs, mut verb_forms) = (Vec::new(), HashMap::default());
        for row in file("verbs") {
            let [form, lemma, class, rest @ ..] = row.as_slice() else {
                return Err(bad("verbs", &row, "fewer than 3 columns"));
            };
            let class = match *class {
                "verb" | "form" | "present" => Class::Verb,
                "participle" => Class::Participle,
                "noun" => Class::Noun,
                "event" => Class::Event,
                _ => return Err(bad("verbs", &row, "an unknown class")),
            };
            let prepositions = match rest.first() {
                None | Some(&"-") | Some(&"") => Vec::new(),
                Some(list) => list.split(',').map(|p| word(p.trim())).collect(),
            };
            let options: Vec<&str> = rest.get(1).map_or(Vec::new(), |o| o.split(',').collect());
            if let Some(unknown) = options
                .iter()
                .find(|o| !o.is_empty() && !VERB_OPTIONS.contains(o))
            {
                return Err(bad(
                    "verbs",
                    &row,
                    &format!("an unknown option {unknown:?}"),
                ));
            }
            let nominal = options.contains(&"nominal");
            let impersonal = options.contains(&"impersonal");
            let marked = options.contains(&"marked");
            let document = options.contains(&"document");
            let that = options.contains(&"that");
            // the object pronoun ه, for verbs whose object is who is spoken of (وصفه، اتهمته)
            let object = options.contains(&"object");
            let index = verbs.len();
            verbs.push(Verb {
                lemma: (*lemma).to_owned(),
                class,
                prepositions,
                nominal,
                impersonal,
                marked,
                object_first: options.contains(&"object_first"),
                speech: options.contains(&"speech"),
                naming: options.contains(&"naming"),
                accusing: options.contains(&"accusing"),
                objectless: options.contains(&"objectless"),
                document,
                that,
                blame: options.contains(&"blame"),
                seeing: options.contains(&"seeing"),
            });
            let form = word(form);
            if row[2] == "verb" {
                for ending in ENDINGS {
                    for object in OBJECTS {
                        verb_forms
                            .entry(format!("{form}{ending}{object}"))
                            .or_insert(index);
                    }
                    if object {
                        verb_forms
                            .entry(format!("{form}{ending}ه"))
                            .or_insert(index);
                    }
                }
                // a verb with a weak last letter drops it before ت and وا: نفى → نفت، نفوا;
                // دعا → دعت، دعوا; رأى → رأت
                if let Some(stem) = form.strip_suffix(['ي', 'ى', 'ا']) {
                    for ending in ["ت", "تا", "وا"] {
                        for object in OBJECTS {
                            verb_forms
                                .entry(format!("{stem}{ending}{object}"))
                                .or_insert(index);
                        }
                    }
                }
            } else if row[2] == "present" {
                // يقول → تقول، يقولون، يقولان، يصفها
                let rest: String = form.chars().skip(1).collect();
                for person in [form.clone(), format!("ت{rest}")] {
                    for ending in ["", "ون", "ان"] {
                        for object in OBJECTS {
                            verb_forms
                                .entry(format!("{person}{ending}{object}"))
                                .or_insert(index);
                        }
                        // (يصفه، تصفه)
                        if object {
                            verb_forms
                                .entry(format!("{person}{ending}ه"))
                                .or_insert(index);
                        }
                    }
                }
            } else {
                verb_forms.insert(form, index);
            }
        }

        let mut attributions = Vec::new();
        for row in file("attributions") {
            let then = match row.get(1) {
                Some(&"source") => Then::Source,
                Some(&"verb") => Then::Verb,
                Some(&"pronoun") => Then::Pronoun,
                Some(&"document") => Then::Document,
                _ => {
                    return Err(bad(
                        "attributions",
                        &row,
                        "no 'source', 'verb', 'pronoun' or 'document'",
                    ))
                }
            };
            attributions.push((words(row[0]), then));
        }

        let titles = file("titles")
            .into_iter()
            .map(|row| (words(row[0]), ()))
            .collect();
        let person_roles = file("titles")
            .into_iter()
            .filter(|row| row.get(1) == Some(&"role"))
            .filter_map(|row| {
                let head = word(row[0].split_whitespace().next()?);
                Some(skeleton(head.strip_prefix("ال").unwrap_or(&head)))
            })
            .collect();
        let private_titles = file("titles")
            .into_iter()
            .filter(|row| matches!(row.get(1), Some(&"role") | Some(&"private")))
            // as a title's words are read in a text
            .map(|row| {
                row[0]
                    .split_whitespace()
                    .filter_map(|w| title_word(&word(w)))
                    .collect()
            })
            .collect();
        let mut title_hamza: HashMap<String, Option<char>> = HashMap::default();
        for row in file("titles") {
            let Some(first) = row[0].split_whitespace().next() else {
                continue;
            };
            let seat = first.chars().find(|c| matches!(c, 'أ' | 'إ'));
            if let Some(seat) = seat {
                let known = title_hamza.entry(word(first)).or_insert(Some(seat));
                if *known != Some(seat) {
                    *known = None;
                }
            }
        }
        let noun_ranks = file("titles")
            .into_iter()
            .filter(|row| row.get(1) == Some(&"noun"))
            .map(|row| word(row[0]))
            .collect();
        let mut labels = Vec::new();
        for row in file("labels") {
            let adjacent = match row.get(1) {
                None => false,
                Some(&"adjacent") => true,
                Some(_) => {
                    return Err(bad("labels", &row, "a second column other than 'adjacent'"))
                }
            };
            labels.push((words(row[0]), adjacent));
        }

        let mut groups = HashMap::default();
        let mut anaphora = HashMap::default();
        let mut unaligned = HashSet::default();
        for row in file("groups") {
            // a head names a type of speaker; an adjective may follow a head
            let kinds = SPEAKER_TYPES.iter().chain(&["adjective"]);
            let kind = kinds
                .into_iter()
                .find(|t| row.get(1) == Some(t))
                .ok_or_else(|| bad("groups", &row, "no speaker type or 'adjective'"))?;
            let head = word(row[0]);
            if let Some(class) = row.get(2).filter(|c| !c.is_empty()) {
                let bare = head.strip_prefix("ال").unwrap_or(&head);
                anaphora.insert(bare.to_owned(), (*class).to_owned());
            }
            match row.get(3) {
                None | Some(&"") => {}
                Some(&"other") => {
                    unaligned.insert(head.strip_prefix("ال").unwrap_or(&head).to_owned());
                }
                Some(_) => return Err(bad("groups", &row, "a fourth column other than 'other'")),
            }
            groups.insert(head, *kind);
        }

        let mut descriptions = Vec::new();
        for row in file("descriptions") {
            let refers = match row.get(1) {
                Some(&"pair") => Refers::Pair,
                Some(&"medium") => Refers::Medium,
                Some(&"issuer") => Refers::Issuer,
                Some(&"author") => Refers::Author,
                Some(&"previous") => Refers::Previous,
                Some(&"states") => Refers::States,
                Some(&"leaders") => Refers::Leaders,
                _ => return Err(bad("descriptions", &row, "an unknown reference")),
            };
            descriptions.push((words(row[0]), refers));
        }

        let mut sides = HashMap::default();
        for row in file("sides") {
            let side = row.get(1).ok_or_else(|| bad("sides", &row, "no side"))?;
            let stem = word(row[0]);
            if stem.is_empty() {
                // a row that normalizes to nothing (a tatweel, a mark) would make every nisba
                // ending an adjective of nationality
                continue;
            }
            for ending in NISBA_ENDINGS {
                sides.insert(format!("{stem}{ending}"), (*side).to_owned());
                sides.insert(format!("ال{stem}{ending}"), (*side).to_owned());
            }
        }

        let function_words = file("function_words")
            .into_iter()
            .map(|row| word(row[0]))
            .collect();

        let mut given_names = HashMap::default();
        let mut given_madda = HashSet::default();
        let mut given_plain = HashSet::default();
        let mut given_nouns = HashSet::default();
        for row in file("given_names") {
            match row.get(2) {
                None | Some(&"") => {}
                Some(&"noun") => {
                    given_nouns.insert(word(row[0]));
                }
                Some(_) => {
                    return Err(bad("given_names", &row, "a third column other than 'noun'"))
                }
            }
            let woman = match row.get(1) {
                Some(&"f") => true,
                Some(&"m") | None => false,
                _ => return Err(bad("given_names", &row, "a gender other than m or f")),
            };
            // a name of one word: نور الدين is read as نور and الدين
            if let Some(first) = words(row[0]).first() {
                given_names.insert(first.clone(), woman);
                if row[0].starts_with('آ') {
                    given_madda.insert(first.clone());
                } else {
                    given_plain.insert(first.clone());
                }
            }
        }
        given_madda.retain(|name| !given_plain.contains(name));

        let mut listed = Vec::new();
        for row in file("entities") {
            let kind = row
                .get(1)
                .filter(|k| SPEAKER_TYPES.contains(k))
                .ok_or_else(|| bad("entities", &row, "no speaker type"))?;
            let list = |k: usize| -> Vec<String> {
                row.get(k)
                    .map(|cell| {
                        cell.split('|')
                            .map(str::trim)
                            .filter(|a| !a.is_empty() && *a != "-")
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default()
            };
            listed.push(Entity {
                name: row[0].to_owned(),
                kind: (*kind).to_owned(),
                side: row
                    .get(2)
                    .filter(|s| !s.is_empty() && **s != "-")
                    .map(|s| (*s).to_owned()),
                aliases: list(3),
                roles: list(4),
                terms: list(5)
                    .iter()
                    .map(|t| {
                        Term::parse(t).ok_or_else(|| {
                            bad("entities", &row, "a term not like 2017-01-20..2021-01-20")
                        })
                    })
                    .collect::<Result<_>>()?,
            });
        }
        // the user's entities come last, so that their spellings win a tie
        listed.append(&mut entities);
        let entities = listed;
        for entity in &entities {
            if !SPEAKER_TYPES.contains(&entity.kind.as_str()) {
                return Err(Error::Lexicon(format!(
                    "entity '{}' has type '{}'; the types are {}",
                    entity.name,
                    entity.kind,
                    SPEAKER_TYPES.join(", ")
                )));
            }
        }
        let skeletons =
            |phrase: &str| -> Vec<String> { words(phrase).iter().map(|w| skeleton(w)).collect() };
        let mut names = Vec::new();
        // later rows override earlier ones with the same phrase: see Phrases lookups
        for (k, entity) in entities.iter().enumerate() {
            let spellings = std::iter::once(&entity.name).chain(&entity.aliases);
            let phrases = spellings
                .map(|p| (p, false))
                .chain(entity.roles.iter().map(|p| (p, true)));
            for (phrase, role) in phrases {
                let key = skeletons(phrase);
                if !key.is_empty() {
                    names.push((key, Name { entity: k, role }));
                }
            }
        }

        let first_words = entities
            .iter()
            .map(|entity| {
                let spellings = std::iter::once(&entity.name).chain(&entity.aliases);
                spellings
                    .map(|n| {
                        normalizer
                            .normalize(n)
                            .split(' ')
                            .next()
                            .unwrap_or("")
                            .to_owned()
                    })
                    .collect()
            })
            .collect();
        let places: HashSet<&str> = entities
            .iter()
            .filter(|e| e.kind == "place")
            .map(|e| e.name.as_str())
            .collect();
        let capitals = entities
            .iter()
            .map(|e| e.kind == "institution" && places.contains(e.name.as_str()))
            .collect();
        let mut lexicon = Lexicon {
            normalizer,
            grammar,
            grammar_phrases,
            display,
            verb_forms,
            verbs,
            attributions: attributions.into_iter().collect(),
            titles,
            person_roles,
            private_titles,
            noun_ranks,
            title_hamza,
            groups,
            unaligned,
            anaphora,
            descriptions: descriptions.into_iter().collect(),
            sides,
            labels: labels.into_iter().collect(),
            function_words,
            given_names,
            given_madda,
            given_nouns,
            entity_names: entities.iter().map(|e| e.name.clone()).collect(),
            capitals,
            entities,
            first_words,
            names: names.into_iter().collect(),
            classes: HashMap::default(),
            serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
        };
        lexicon.classes = lexicon.classify();
        Ok(lexicon)
    }

    fn classify(&self) -> HashMap<String, Classes> {
        let mut classes: HashMap<String, Classes> = HashMap::default();
        let mut add = |word: &str, class: Classes| {
            *classes.entry(word.to_owned()).or_default() |= class;
        };
        for (word, roles) in &self.grammar {
            for &role in roles {
                add(word, Classes::role(role));
            }
        }
        let words = self.function_words.iter().chain(self.grammar.keys());
        for word in words.filter(|w| self.is_function_word(w)) {
            add(word, Classes::FUNCTION_WORD);
        }
        for word in self.verb_forms.keys() {
            add(word, Classes::VERB);
        }
        for word in self.groups.keys() {
            add(word, Classes::GROUP);
            add(&format!("ال{word}"), Classes::GROUP);
        }
        for word in self.sides.keys() {
            add(word, Classes::SIDE);
        }
        for word in self.given_names.keys() {
            add(word, Classes::GIVEN);
        }
        for word in self.titles.firsts() {
            add(word, Classes::TITLE);
        }
        for word in self.attributions.firsts() {
            add(word, Classes::ATTRIBUTION);
        }
        for word in self.descriptions.firsts() {
            add(word, Classes::DESCRIPTION);
        }
        for word in self.labels.firsts() {
            add(word, Classes::LABEL);
        }
        let documents = self
            .grammar
            .iter()
            .filter(|(_, r)| r.contains(&Grammar::Document));
        for (document, _) in documents {
            for article in ARTICLES {
                let word = format!("{article}{document}");
                if document_after_article(&word) == Some(document.as_str()) {
                    add(&word, Classes::ARTICLE_DOCUMENT);
                }
            }
        }
        classes
    }

    /// The number that tells this lexicon from every other loaded in the process.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// The classes of a spelling of a word, and of its skeleton.
    pub fn classes(&self, word: &str, skeleton: &str) -> Classes {
        let mut classes = self.classes.get(word).copied().unwrap_or_default();
        if self.names.by_first.contains_key(skeleton) {
            classes |= Classes::NAME;
        }
        classes
    }

    /// The reporting verb `word` is when it carries the object pronoun ه, as after an
    /// attribution phrase (وفقا لما ذكره), where it cannot be a noun in ة.
    pub fn verb_with_object(&self, word: &str) -> Option<&Verb> {
        self.verb(word)
            .or_else(|| self.verb(word.strip_suffix('ه')?))
    }

    /// The reporting word `word` is, without a leading و or ف.
    pub fn verb(&self, word: &str) -> Option<&Verb> {
        Some(&self.verbs[self.verb_index(word)?])
    }

    /// [`Self::verb`] as its index in `verbs`.
    pub fn verb_index(&self, word: &str) -> Option<usize> {
        let bare = strip_conjunction(word);
        self.verb_forms
            .get(word)
            .or_else(|| bare.and_then(|b| self.verb_forms.get(b)))
            .copied()
    }

    /// Whether `word` plays `role` in `grammar.tsv`.
    pub fn is(&self, word: &str, role: Grammar) -> bool {
        self.grammar
            .get(word)
            .is_some_and(|roles| roles.contains(&role))
    }

    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word)
            || self.grammar.get(word).is_some_and(|roles| {
                roles.contains(&Grammar::Complementizer) || roles.contains(&Grammar::Relative)
            })
    }
}

/// What a document may be written behind (البيان، للبيان، لبيان), the first that a word
/// starts with taken off.
const ARTICLES: [&str; 3] = ["ال", "لل", "ل"];

/// `word` without the first of [`ARTICLES`] it starts with, if any.
pub fn document_after_article(word: &str) -> Option<&str> {
    ARTICLES
        .iter()
        .find_map(|article| word.strip_prefix(article))
}

/// `word` without a leading conjunction و or ف, if it has one and something is left.
pub fn strip_conjunction(word: &str) -> Option<&str> {
    // (two characters or more: the second is looked for, not all of them counted)
    word.strip_prefix(['و', 'ف'])
        .filter(|rest| rest.chars().nth(1).is_some())
}
