//! The number lexicons of `lexicons/numbers/`, loaded once and normalized with the same
//! normalizer as the text, so that they are written in ordinary spelling.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

pub use crate::lexicon::Phrases;
use crate::lexicon::{rows, words as phrase_words, WordMap};
use crate::normalize::{Normalizer, Options};

/// What a number word is, in the grammar of Arabic numerals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    Unit,
    Teen,
    Ten,
    Hundred,
    Plural,
    Scale,
    DualScale,
    Fraction,
}

/// The roles of grammar words in `cues.tsv`, each with its name there.
macro_rules! cues {
    ($($role:ident = $name:literal,)*) => {
        /// The role a grammar word plays around a number (`cues.tsv`, its second column).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Cue {
            $($role,)*
        }

        impl Cue {
            pub fn named(name: &str) -> Option<Cue> {
                match name {
                    $($name => Some(Cue::$role),)*
                    _ => None,
                }
            }
        }
    };
}

cues! {
    Duration = "duration",
    Year = "year",
    Clock = "clock",
    Period = "period",
    Noon = "noon",
    DayPeriod = "day_period",
    Timezone = "timezone",
    Relative = "relative",
    Fiscal = "fiscal",
    FiscalAdjective = "fiscal_adjective",
    Season = "season",
    ThisDay = "this_day",
    This = "this",
    DecimalPoint = "decimal_point",
    RangeEnd = "range_end",
    Range = "range",
    MonthContext = "month_context",
    NotNoun = "not_noun",
    Adverb = "adverb",
    Tally = "tally",
    NotOrdinal = "not_ordinal",
    Reading = "reading",
    RangeStart = "range_start",
    Compared = "compared",
    Since = "since",
    Today = "today",
    Moment = "moment",
    Whole = "whole",
    FractionIdiom = "fraction_idiom",
    DefiniteFraction = "definite_fraction",
    NotNumber = "not_number",
    TeenOnly = "teen_only",
    Identifier = "identifier",
    Product = "product",
    Compound = "compound",
    Letter = "letter",
    Model = "model",
    Anchor = "anchor",
    Alone = "alone",
    NotDual = "not_dual",
    NotToday = "not_today",
    DayOne = "day_one",
    Hijri = "hijri",
    Collective = "collective",
    Lasting = "lasting",
    Likely = "likely",
    Future = "future",
    Starting = "starting",
    Demonstrative = "demonstrative",
    DayPart = "day_part",
    DayTime = "day_time",
    GeneralTitle = "general_title",
    Pound = "pound",
    Dinar = "dinar",
    NotFirst = "not_first",
    Riyal = "riyal",
    RiyalPlace = "riyal_place",
    Counted = "counted",
    Position = "position",
    Ordered = "ordered",
    GroupName = "group_name",
    Regnal = "regnal",
    Royal = "royal",
    Formation = "formation",
    Frame = "frame",
    Was = "was",
    Saying = "saying",
    Clause = "clause",
    AnchorConjunction = "anchor_conjunction",
    Superlative = "superlative",
    Score = "score",
    GoneBy = "gone_by",
    Event = "event",
    FirstLast = "first_last",
    Anaphoric = "anaphoric",
    LightHead = "light_head",
    CaseHead = "case_head",
    Quake = "quake",
    DecimalMeasure = "decimal_measure",
    HeadTail = "head_tail",
    Issuer = "issuer",
    ToldClause = "told_clause",
    Preparing = "preparing",
    PlacePreposition = "place_preposition",
    WasDenied = "was_denied",
    Same = "same",
    Decade = "decade",
    Century = "century",
    Greenwich = "greenwich",
    Times = "times",
    EarlyLate = "early_late",
    Reaching = "reaching",
    Era = "era",
    Round = "round",
    GivenName = "given_name",
    Goal = "goal",
    LamNoun = "lam_noun",
    OtherSide = "other_side",
    Clean = "clean",
}

// a word's roles are a set of bits of one u128 (see Cues)
const _: () = assert!((Cue::GivenName as u32) < 128);

/// The roles a word plays in `cues.tsv`, with their values, in the order of its rows; and the
/// set of them, so that a word asked for a role it does not play (most of the asking) is
/// answered by one bit.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    set: u128,
    rows: Vec<(Cue, Option<&'static str>)>,
}

impl Cues {
    fn push(&mut self, role: Cue, value: Option<&'static str>) {
        self.set |= 1 << role as u32;
        self.rows.push((role, value));
    }

    /// The value of the first row of `role` (`Some(None)` for a row without value).
    pub fn value(&self, role: Cue) -> Option<Option<&'static str>> {
        if self.set & (1 << role as u32) == 0 {
            return None;
        }
        self.rows
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, value)| *value)
    }

    pub fn roles(&self) -> impl Iterator<Item = Cue> + '_ {
        self.rows.iter().map(|(role, _)| *role)
    }
}

/// Where a qualifier stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Inside,
    Before,
    After,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub unit: &'static str,
    /// 1 singular, 2 dual, 0 plural.
    pub count: u8,
    /// A unit of length, area, volume or weight: its amounts are quantities, not money.
    pub measure: bool,
    /// A coin worth a hundredth of the currency (سنت): its amounts are divided by 100.
    pub hundredth: bool,
}

pub struct Lexicon {
    pub normalizer: Normalizer,
    /// Removes only diacritics, tatweel and invisible characters: for lemmas in their spelling.
    pub bare: Normalizer,
    pub number_words: WordMap<(f64, Role)>,
    /// Phrases, as normalized words.
    /// value, and whether it is an ordinal only inside a compound (الحادي والعشرين)
    pub ordinals: Phrases<(i64, bool)>,
    pub units: Phrases<Unit>,
    pub qualifiers: Phrases<(&'static str, Place)>,
    pub months: Phrases<(u32, bool)>,
    /// Hijri month names: month, ambiguous.
    pub hijri_months: Phrases<(u32, bool)>,
    /// Days named relative to the day of writing (أمس، غدا), with their offset in days.
    pub deictics: Phrases<i64>,
    pub weekdays: WordMap<u32>,
    /// The weekdays without their article, as a weekday in construct is written (ثلاثاء
    /// الأسبوع الماضي).
    pub weekdays_construct: WordMap<u32>,
    pub plurals: WordMap<&'static str>,
    /// The singulars of `plurals` and of duals.tsv, normalized: nouns whose duals are counts
    /// (مصدران).
    pub singulars: WordMap<&'static str>,
    /// Nouns of duals.tsv whose ـين is also a sound plural: only their ـان is a dual.
    pub duals_an: HashMap<String, &'static str>,
    /// Masculine nouns of duals.tsv read in construct too (فريقي، مرفأي): ones with no common
    /// nisba or "my" like their dual (not شعبي، صديقي).
    pub construct: HashMap<String, &'static str>,
    /// Grammar words: word → (role, value).
    pub cues: WordMap<Cues>,
    /// Words naming a work, a movement or a slogan before its name in quotation marks
    /// (titles.tsv: مسلسل، فيلم، حركة).
    pub titles: HashSet<String>,
    /// Every word a fact can start with (without its proclitics): what [`Lexicon::openers`] is
    /// made of, and what a word stripped of its proclitics is looked up in.
    pub starters: HashSet<String>,
    /// Every word as a text writes it at which a fact may start: the starters and the words of
    /// decades and centuries (عقدين، قرن), each also behind the proclitics the parser takes off
    /// (و/ف, then ب/ل/ك: وبعد، لعقدين), and the years with the article after ل, which drops
    /// its alef (للعام). The parser passes over any other word with one look-up, where taking
    /// the proclitics off and looking each form up in three tables was a sixth of its work.
    pub openers: WordMap<()>,
}

impl Lexicon {
    /// Whether `word` plays `role` in `cues.tsv`.
    pub fn is(&self, word: &str, role: Cue) -> bool {
        self.cue(word, role).is_some()
    }

    /// The value `word` has in `role`, if it plays it (`Some(None)` for a role without value).
    pub fn cue(&self, word: &str, role: Cue) -> Option<Option<&'static str>> {
        self.cues.get(word)?.value(role)
    }
}

const NUMBER_WORDS: &str = include_str!("../../lexicons/numbers/number_words.tsv");
const ORDINALS: &str = include_str!("../../lexicons/numbers/ordinals.tsv");
const UNITS: &str = include_str!("../../lexicons/numbers/units.tsv");
const QUALIFIERS: &str = include_str!("../../lexicons/numbers/qualifiers.tsv");
const MONTHS: &str = include_str!("../../lexicons/numbers/months.tsv");
const WEEKDAYS: &str = include_str!("../../lexicons/numbers/weekdays.tsv");
const NOUNS: &str = include_str!("../../lexicons/numbers/nouns.tsv");
const HIJRI_MONTHS: &str = include_str!("../../lexicons/numbers/hijri_months.tsv");
const CUES: &str = include_str!("../../lexicons/numbers/cues.tsv");
const DEICTICS: &str = include_str!("../../lexicons/numbers/deictics.tsv");
const DUALS: &str = include_str!("../../lexicons/numbers/duals.tsv");
const TITLES: &str = include_str!("../../lexicons/numbers/titles.tsv");
/// The given names of the quotes lexicon: those in ي look like a verb in the present (يحيى).
const GIVEN_NAMES: &str = include_str!("../../lexicons/quotes/given_names.tsv");

/// The options every extractor normalizes with: the search preset, so that spelling variants
/// (أكثر/اكثر، ساعة/ساعه، يوماً/يوما، ٣٠/30) meet.
pub fn options() -> Options {
    Options::SEARCH
}

/// The lexicons are part of the source: a malformed row is a bug, caught by any test.
fn bad<T>(row: &[&str]) -> T {
    panic!("a malformed lexicon row: {row:?}")
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let normalizer = Normalizer::new(options());
        let words = |phrase: &str| phrase_words(&normalizer, phrase);
        let word = |w: &str| normalizer.normalize(w).into_owned();
        let number_words: WordMap<(f64, Role)> = rows(NUMBER_WORDS)
            .map(|row| {
                let value: f64 = row[1].parse().unwrap_or_else(|_| bad(&row));
                let role = match row[2] {
                    "unit" => Role::Unit,
                    "teen" => Role::Teen,
                    "ten" => Role::Ten,
                    "hundred" => Role::Hundred,
                    "plural" => Role::Plural,
                    "scale" => Role::Scale,
                    "dual_scale" => Role::DualScale,
                    "fraction" => Role::Fraction,
                    _ => bad(&row),
                };
                (word(row[0]), (value, role))
            })
            .collect();
        let ordinals: Phrases<(i64, bool)> = rows(ORDINALS)
            .map(|row| {
                let value = row[1].parse().unwrap_or_else(|_| bad(&row));
                (words(row[0]), (value, row.get(2) == Some(&"compound")))
            })
            .collect();
        let units: Phrases<Unit> = rows(UNITS)
            .map(|row| {
                let unit = Unit {
                    unit: row[1],
                    count: row[2].parse().unwrap_or_else(|_| bad(&row)),
                    measure: row.get(3) == Some(&"measure"),
                    hundredth: row.get(3) == Some(&"hundredth"),
                };
                (words(row[0]), unit)
            })
            .collect();
        let qualifiers: Phrases<(&'static str, Place)> = rows(QUALIFIERS)
            .map(|row| {
                let place = match row[2] {
                    "inside" => Place::Inside,
                    "before" => Place::Before,
                    "after" => Place::After,
                    _ => bad(&row),
                };
                (words(row[0]), (row[1], place))
            })
            .collect();
        let months: Phrases<(u32, bool)> = rows(MONTHS)
            .map(|row| {
                let month = row[1].parse().unwrap_or_else(|_| bad(&row));
                (words(row[0]), (month, row.get(2) == Some(&"ambiguous")))
            })
            .collect();
        let hijri_months: Phrases<(u32, bool)> = rows(HIJRI_MONTHS)
            .map(|row| {
                let month = row[1].parse().unwrap_or_else(|_| bad(&row));
                (words(row[0]), (month, row.get(2) == Some(&"ambiguous")))
            })
            .collect();
        let deictics: Phrases<i64> = rows(DEICTICS)
            .map(|row| (words(row[0]), row[1].parse().unwrap_or_else(|_| bad(&row))))
            .collect();
        let weekdays: HashMap<String, u32> = rows(WEEKDAYS)
            .map(|row| (word(row[0]), row[1].parse().unwrap_or_else(|_| bad(&row))))
            .collect();
        let plurals = rows(NOUNS).map(|row| (word(row[0]), row[1])).collect();
        let mut singulars: HashMap<String, &'static str> =
            rows(NOUNS).map(|row| (word(row[1]), row[1])).collect();
        let mut duals_an = HashMap::default();
        let mut construct = HashMap::default();
        for row in rows(DUALS) {
            match row.get(1) {
                Some(&"an") => duals_an.insert(word(row[0]), row[0]),
                Some(&"construct") => {
                    construct.insert(word(row[0]), row[0]);
                    singulars.insert(word(row[0]), row[0])
                }
                None => singulars.insert(word(row[0]), row[0]),
                _ => bad(&row),
            };
        }
        let mut cues: HashMap<String, Cues> = HashMap::default();
        for row in rows(CUES) {
            let role = Cue::named(row[1]).unwrap_or_else(|| bad(&row));
            cues.entry(word(row[0]))
                .or_default()
                .push(role, row.get(2).copied());
        }
        // يحيى، يعقوب: a name, not a verb in the present before a weekday
        for row in rows(GIVEN_NAMES).filter(|row| row[0].starts_with('ي')) {
            cues.entry(word(row[0]))
                .or_default()
                .push(Cue::GivenName, None);
        }
        let titles: HashSet<String> = rows(TITLES).map(|row| word(row[0])).collect();
        let mut starters: HashSet<String> = HashSet::default();
        starters.extend(number_words.keys().map(str::to_owned));
        starters.extend(number_words.keys().map(|w| format!("ال{w}")));
        // نصفهم، ثلثها
        for (word, _) in number_words.iter().filter(|(_, e)| e.1 == Role::Fraction) {
            starters.extend(
                super::grammar::PRONOUNS
                    .iter()
                    .map(|p| format!("{word}{p}")),
            );
        }
        // الستينيات، التسعينات: decades
        for (word, _) in number_words
            .iter()
            .filter(|(w, e)| e.1 == Role::Ten && w.ends_with("ين"))
        {
            for form in [format!("{word}يات"), format!("{word}ات")] {
                starters.insert(format!("ال{form}"));
                starters.insert(form);
            }
        }
        starters.extend(ordinals.firsts().map(str::to_owned));
        starters.extend(units.firsts().map(str::to_owned));
        starters.extend(qualifiers.firsts().map(str::to_owned));
        starters.extend(months.firsts().map(str::to_owned));
        starters.extend(hijri_months.firsts().map(str::to_owned));
        starters.extend(deictics.firsts().map(str::to_owned));
        starters.extend(weekdays.keys().cloned());
        // ثلاثاء الأسبوع الماضي: a weekday in construct, without its article
        let weekdays_construct: HashMap<String, u32> = weekdays
            .iter()
            .filter_map(|(w, &day)| Some((w.strip_prefix("ال")?.to_owned(), day)))
            .collect();
        starters.extend(weekdays_construct.keys().cloned());
        starters.extend(calendar_starters(&normalizer));
        // (whole: واحدا, no number word, starts the count of one after its noun, هدفا واحدا)
        let cues: WordMap<_> = cues.into_iter().collect();
        for (word, roles) in cues.iter() {
            if roles.roles().any(|role| {
                matches!(
                    role,
                    Cue::Relative
                        | Cue::Clock
                        | Cue::Year
                        | Cue::This
                        | Cue::DayOne
                        | Cue::Whole
                        | Cue::Goal
                )
            }) {
                starters.insert(word.to_owned());
            }
        }
        let openers = openers(&starters, &cues);
        Lexicon {
            starters,
            openers,
            normalizer,
            bare: Normalizer::new(Options {
                diacritics: true,
                ..Options::DISPLAY
            }),
            number_words,
            ordinals,
            units,
            qualifiers,
            months,
            hijri_months,
            deictics,
            weekdays: weekdays.into_iter().collect(),
            weekdays_construct: weekdays_construct.into_iter().collect(),
            plurals,
            singulars: singulars.into_iter().collect(),
            duals_an,
            construct,
            cues,
            titles,
        }
    }
}

/// The proclitics `Parser::stems` takes off a word, alone and together: و or ف, then ب, ل or ك.
const PROCLITICS: [&str; 11] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// [`Lexicon::openers`]: a word is one when `Parser::stems` gives a form of it that is a starter
/// or a word of decades, or when it is ل before a year with the article.
fn openers(starters: &HashSet<String>, cues: &WordMap<Cues>) -> WordMap<()> {
    // as `Parser::decades` reads them: the value of the word's first row of the role, a number
    let decades = cues
        .iter()
        .filter(|(_, roles)| {
            [Cue::Decade, Cue::Century].into_iter().any(|unit| {
                roles
                    .value(unit)
                    .flatten()
                    .is_some_and(|v| v.parse::<f64>().is_ok())
            })
        })
        .map(|(word, _)| word);
    let mut openers: HashSet<String> = HashSet::default();
    for stem in starters.iter().map(String::as_str).chain(decades) {
        openers.insert(stem.to_owned());
        // (a proclitic is taken off only where two letters at least are left)
        if stem.chars().nth(1).is_some() {
            openers.extend(PROCLITICS.iter().map(|p| format!("{p}{stem}")));
        }
    }
    let years = cues
        .iter()
        .filter(|(_, roles)| roles.value(Cue::Year).is_some());
    openers.extend(years.map(|(word, _)| format!("لل{word}")));
    openers.into_iter().map(|word| (word, ())).collect()
}

/// The words a calendar idiom starts with that no other lexicon has (آخر، عيد، رأس).
fn calendar_starters(normalizer: &Normalizer) -> Vec<String> {
    super::grammar::calendar::starters(normalizer)
}
