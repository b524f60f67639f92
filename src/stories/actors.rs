//! Who a headline says acted: the country or body behind the actor that opens one of its
//! clauses (السعودية ترحب…، ترامب: …، قضية سكريبال: روسيا تطرد…).
//!
//! Two articles of one topic on one day differ most often by who acted: a decision and another
//! government's reaction to it (ترامب يعلن الانسحاب… / السعودية تؤيد قرار ترامب…), a
//! statement and the answer to it. Their words are the same; their headline actors are not.
//! An article's actor is named in the headlines of its story's other articles, as the actor or
//! as the one acted upon: when the actor of one headline is of a side the other headline does
//! not name at all, the two report different acts.
//!
//! A headline that opens with a known person or a title of office and a colon (بوتين: …،
//! وزير المالية الفرنسي: …) reports that person's statement. A headline of the same affair
//! that names neither the person nor anyone of the person's side (the fire, and the
//! president's word on its cause; the strike, and the minister's defence of it) reports
//! another happening: the statement is news of its own.

use chrono::NaiveDate;

use crate::quotes::{self, DocumentEntity, Lexicon};

/// What a headline names: the sides of the actors opening its clauses, and the sides of every
/// entity it names. Sides are those of the entity lexicon (a country, or a body of its own);
/// an entity of no known side, or of the catch-all "other", counts for nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actors {
    pub actors: Vec<String>,
    pub named: Vec<String>,
    /// The person whose statement the headline reports (بوتين: …، وزير الخارجية التركي: …),
    /// and the person's side.
    pub speaker: Option<(String, String)>,
    /// The names of every entity the headline names, and the sides of its persons.
    pub names: Vec<String>,
    pub person_sides: Vec<String>,
}

/// Marks that end a headline's clause: a colon after a speaker or a label, the two dots and the
/// bar that join two clauses, the Arabic comma and semicolon, a dash between spaces.
const CLAUSE_MARKS: [char; 6] = [':', '|', '،', '؛', '…', '.'];
/// Adjectives that, right after a body named by its nationality (الجيش السوري الحر، الائتلاف
/// الوطني السوري المعارض), make it the government's opponents (`lexicons/stories/opposing.tsv`).
fn opposing() -> &'static [&'static str] {
    static BUNDLED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    BUNDLED.get_or_init(|| {
        include_str!("../../lexicons/stories/opposing.tsv")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    })
}

impl Actors {
    /// The actors and named sides of `title`, a title of office naming whoever held it on `day`
    /// (the publication; None: today): a 2018 headline's وزير الخارجية الأمريكي is not the
    /// minister of 2025, and two headlines of one office on two terms name two people.
    pub fn of(title: &str, day: Option<NaiveDate>) -> Actors {
        let found = quotes::entities_on(title, day);
        Actors::from_entities(title, &found)
    }

    fn from_entities(title: &str, found: &[DocumentEntity]) -> Actors {
        let chars: Vec<char> = title.chars().collect();
        let starts = clause_starts(&chars);
        let said = said_from(&chars, &starts, found);
        let mut actors = Actors::default();
        for entity in found {
            push(&mut actors.names, &entity.name);
            let opposing = entity.mentions.iter().all(|m| opposes(&chars, m.span.end));
            let Some(side) = entity
                .side
                .as_deref()
                .filter(|&s| s != "other" && !opposing)
            else {
                continue;
            };
            push(&mut actors.named, side);
            if entity.kind == "person" {
                push(&mut actors.person_sides, side);
                if actors.speaker.is_none() && speaks(&chars, &starts, entity) {
                    actors.speaker = Some((entity.name.clone(), side.to_string()));
                }
            }
            let opens = entity.mentions.iter().any(|m| {
                opens_clause(&chars, &starts, m.span.start)
                    && !is_label(&chars, m.span.end)
                    // (the words said open at `said`, or a letter on after a و glued to them)
                    && !said.is_some_and(|said| (said..=said + 1).contains(&m.span.start))
            });
            if opens {
                push(&mut actors.actors, side);
            }
        }
        actors
    }

    /// Whether two headlines name different actors: each has one, and the actor of one is of a
    /// side the other headline does not name.
    pub fn differ(&self, other: &Actors) -> bool {
        let unnamed = |a: &Actors, b: &Actors| a.actors.iter().all(|s| !b.named.contains(s));
        (!self.actors.is_empty()
            && !other.actors.is_empty()
            && (unnamed(self, other) || unnamed(other, self)))
            || self.speaks_apart(other)
            || other.speaks_apart(self)
    }

    /// Whether this headline reports a statement whose speaker the other does not name, nor
    /// any person or actor of the speaker's side: the other reports another happening.
    fn speaks_apart(&self, other: &Actors) -> bool {
        self.speaker.as_ref().is_some_and(|(name, side)| {
            !other.names.contains(name)
                && !other.person_sides.contains(side)
                && !other.actors.contains(side)
        })
    }

    /// Whether the headline names anything that tells it from another's.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.speaker.is_none() && self.names.is_empty()
    }
}

/// Whether `entity` is a person named at the very start of the headline, right before a colon,
/// by a name of the lexicon or by a title of office (وزير المالية الفرنسي: …، رئيس وزراء
/// إثيوبيا: …، العاهل الأردني: …): the speaker of the statement the headline reports. A title
/// says whose office speaks as surely as a known name does. A person only the headline's words
/// make without a title (مصدر يمني، مسؤول أردني) is a source of news more often than news.
fn speaks(chars: &[char], starts: &[usize], entity: &DocumentEntity) -> bool {
    let opens = entity.mentions.iter().any(|m| {
        starts.first() == Some(&m.span.start)
            && chars[m.span.end.min(chars.len())..]
                .iter()
                .find(|c| !c.is_whitespace() && !"\"«»'“”".contains(**c))
                == Some(&':')
    });
    // the lexicon is looked at only for the one name that opens the headline
    opens
        && (entity.role.is_some()
            || (entity.mentions.iter().any(|m| m.how == "name")
                && Lexicon::builtin()
                    .entities
                    .iter()
                    .any(|e| e.kind == "person" && e.name == entity.name)))
}

/// Whether the word right after a mention ending at `end` is one of `opposing()`: the mention
/// names a government's opponents (الجيش السوري الحر), not the government.
fn opposes(chars: &[char], end: usize) -> bool {
    let rest = &chars[end.min(chars.len())..];
    let start = rest.iter().take_while(|c| c.is_whitespace()).count();
    let word: String = rest[start..]
        .iter()
        .take_while(|c| !c.is_whitespace() && !CLAUSE_MARKS.contains(c) && !"\"«»'“”".contains(**c))
        .collect();
    start > 0 && opposing().contains(&word.as_str())
}

fn push(sides: &mut Vec<String>, side: &str) {
    if !sides.iter().any(|s| s == side) {
        sides.push(side.to_string());
    }
}

/// Where the clauses of a headline start, in code points: its start and the first letter after
/// each clause mark (and after a dash between spaces), past spaces and quotation marks.
fn clause_starts(chars: &[char]) -> Vec<usize> {
    let skip = |mut k: usize| {
        while k < chars.len() && (chars[k].is_whitespace() || "\"«»'“”".contains(chars[k])) {
            k += 1;
        }
        k
    };
    let mut starts = vec![skip(0)];
    for (k, &c) in chars.iter().enumerate() {
        let dash = c == '-' && k > 0 && chars[k - 1] == ' ' && chars.get(k + 1) == Some(&' ');
        if CLAUSE_MARKS.contains(&c) || dash {
            starts.push(skip(k + 1));
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Where the words said by the name opening a headline start (بريطانيا: بوتين أمر بالهجوم):
/// the clause after a colon that closes a first clause opening with a name and ending with
/// one. A name opening the words said is what the speaker talks of, not who acted.
fn said_from(chars: &[char], starts: &[usize], found: &[DocumentEntity]) -> Option<usize> {
    let colon = chars.iter().position(|&c| c == ':')?;
    let quote = |c: &char| c.is_whitespace() || "\"«»'“”".contains(*c);
    let mentions = || found.iter().flat_map(|e| &e.mentions);
    let opens = mentions().any(|m| starts.first() == Some(&m.span.start));
    let closes =
        mentions().any(|m| m.span.end <= colon && chars[m.span.end..colon].iter().all(quote));
    (opens && closes)
        .then(|| starts.iter().copied().find(|&s| s > colon))
        .flatten()
}

/// Whether a mention starting at `start` opens a clause of the headline, itself or after the
/// conjunction و (اعتقال جامعي في إيران.. وطهران تؤكد): a second clause joined by "and" has
/// an actor of its own as the first does.
fn opens_clause(chars: &[char], starts: &[usize], start: usize) -> bool {
    starts.binary_search(&start).is_ok()
        || (start > 0 && chars[start - 1] == 'و' && starts.binary_search(&(start - 1)).is_ok())
}

/// Whether the name ending at `end` is a label of the headline (سوريا.. انفجار قنبلة): a place
/// or topic the news is filed under, followed by two dots, not an actor.
fn is_label(chars: &[char], end: usize) -> bool {
    let mut k = end;
    while k < chars.len() && chars[k] == ' ' {
        k += 1;
    }
    chars.get(k) == Some(&'.') || chars.get(k) == Some(&'…')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opposing_adjectives_are_read_from_their_lexicon() {
        assert_eq!(
            opposing(),
            ["الحر", "الحرة", "المعارض", "المعارضة", "المعارضين"]
        );
    }

    #[test]
    fn the_actor_opens_a_clause() {
        let act = Actors::of("السعودية ترحب بقرار ترامب الانسحاب من الاتفاق", None);
        assert_eq!(act.actors, ["Saudi Arabia"]);
        assert!(act.named.contains(&"US".to_string()));
        let said = Actors::of("أزمة الدبلوماسيين: روسيا تطرد 23 دبلوماسيا بريطانيا", None);
        assert_eq!(said.actors, ["Russia"]);
        // a place the news is filed under is no actor
        assert!(Actors::of("سوريا.. انفجار يقتل 11 شخصا", None)
            .actors
            .is_empty());
    }

    #[test]
    fn an_act_and_a_reaction_to_it_differ() {
        let act = Actors::of("ترامب يعلن الانسحاب من الاتفاق النووي", None);
        let reaction = Actors::of("السعودية ترحب بقرار ترامب الانسحاب من الاتفاق", None);
        let same = Actors::of("واشنطن تنسحب من الاتفاق النووي", None);
        assert!(act.differ(&reaction));
        assert!(!act.differ(&same));
        // two sides of one match: each headline names the other
        let home = Actors::of("روسيا تهزم مصر بثلاثية", None);
        let away = Actors::of("مصر تخسر أمام روسيا بثلاثية", None);
        assert!(!home.differ(&away));
        // a headline with no actor tells nothing
        assert!(!act.differ(&Actors::of("الانسحاب من الاتفاق النووي", None)));
    }

    #[test]
    fn a_clause_joined_by_and_has_an_actor_of_its_own() {
        let answer = Actors::of("احتجاز صحفية فرنسية في الصين.. وباريس تستدعي السفير", None);
        assert_eq!(answer.actors, ["France"]);
        // the first report names no actor; the confirmation by the other side's own actor is
        // another happening
        let first = Actors::of("الصين تؤكد احتجاز صحفية فرنسية بتهمة التجسس", None);
        assert!(answer.differ(&Actors::of("اليابان تعلن احتجاز صحفية في الصين", None)));
        assert!(!answer.differ(&Actors::of(
            "فرنسا تستدعي سفير الصين بعد احتجاز صحفية",
            None
        )));
        assert!(!first.differ(&Actors::of(
            "احتجاز صحفية فرنسية في الصين.. وبكين تؤكد",
            None
        )));
        // a word that only starts with the letter is no conjunction
        assert!(Actors::of("مقتل جندي.. وزير الدفاع يتوعد", None)
            .actors
            .is_empty());
    }

    #[test]
    fn a_name_opening_the_words_said_is_no_actor() {
        let charge = Actors::of("ألمانيا: إيران تقف وراء الهجوم على السفارة", None);
        assert_eq!(charge.actors, ["Germany"]);
        // so the answer of the one charged is told apart from the charge
        assert!(charge.differ(&Actors::of("إيران تنفي أي دور في الهجوم على السفارة", None)));
        // a label before the colon is no speaker: the name after it acts
        assert_eq!(
            Actors::of("أزمة الغاز: إيران تستدعي السفير الألماني", None).actors,
            ["Iran"]
        );
    }

    #[test]
    fn a_nationality_body_of_the_opposition_is_not_its_government() {
        // الجيش السوري is the government's army; الجيش السوري الحر fights it
        let army = Actors::of("الجيش السوري يسيطر على بلدة في ريف حماة", None);
        assert_eq!(army.actors, ["Syria"]);
        let rebels = Actors::of("الجيش السوري الحر يسيطر على بلدة في ريف حماة", None);
        assert!(rebels.actors.is_empty(), "{rebels:?}");
        assert!(rebels.named.is_empty(), "{rebels:?}");
        // so a rebel headline and a Turkish one of the same offensive do not differ by the
        // Syrian government's side
        let turkey = Actors::of("تركيا تعلن السيطرة على مدينة عفرين", None);
        let fsa = Actors::of("الجيش السوري الحر يدخل مدينة عفرين", None);
        assert!(!fsa.differ(&turkey));
    }

    #[test]
    fn a_title_of_office_before_a_colon_is_the_speaker() {
        let statement = Actors::of("وزير الزراعة المصري: محصول القمح هذا العام قياسي", None);
        assert_eq!(
            statement.speaker.as_ref().map(|s| s.1.as_str()),
            Some("Egypt")
        );
        // the market's move on the same grain is another happening; the minister's own
        // government, or the same statement told otherwise, is not
        assert!(statement.differ(&Actors::of("ارتفاع أسعار القمح في الأسواق العالمية", None)));
        assert!(!statement.differ(&Actors::of("مصر تتوقع محصولا قياسيا من القمح", None)));
        assert!(!statement.differ(&Actors::of(
            "وزير الزراعة المصري يتوقع محصولا قياسيا من القمح",
            None
        )));
        // a source with no title is no speaker, nor a title that does not open the headline
        assert!(Actors::of("مسؤول مصري: محصول القمح هذا العام قياسي", None)
            .speaker
            .is_none());
        assert!(
            Actors::of("محصول القمح: وزير الزراعة المصري يتوقع رقما قياسيا", None)
                .speaker
                .is_none()
        );
    }

    #[test]
    fn a_statement_and_a_happening_its_speaker_is_not_named_in_differ() {
        let statement = Actors::of("بوتين: الحريق في المصنع نتيجة إهمال إجرامي", None);
        assert!(statement.speaker.is_some());
        let fire = Actors::of("مقتل عشرين عاملا في حريق مصنع بسيبيريا", None);
        assert!(statement.differ(&fire));
        // the same statement, or the speaker's own government acting: one happening
        assert!(!statement.differ(&Actors::of(
            "الرئيس الروسي فلاديمير بوتين يتهم إدارة المصنع بالإهمال",
            None
        )));
        assert!(!statement.differ(&Actors::of("روسيا تعلن الحداد بعد حريق المصنع", None)));
        // an unknown person or a source is no speaker; nor a known name that is not the opening
        assert!(Actors::of("مصدر روسي: الحريق بدأ في الطابق الثاني", None)
            .speaker
            .is_none());
        assert!(Actors::of("حريق المصنع: بوتين يأمر بتحقيق", None)
            .speaker
            .is_none());
    }

    #[test]
    fn a_title_of_office_names_its_holder_of_the_day_published() {
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let speaker = |headline: &str, published: &str| {
            Actors::of(headline, day(published))
                .speaker
                .map(|(name, _)| name)
        };
        let statement = "الرئيس الأمريكي: سنفرض رسوما جديدة على واردات الصلب";
        assert_eq!(
            speaker(statement, "2016-03-01").as_deref(),
            Some("باراك أوباما")
        );
        assert_eq!(
            speaker(statement, "2019-03-01").as_deref(),
            Some("دونالد ترامب")
        );
        // an office the lexicon knows no holder of on that day stays a title, not today's holder
        let minister = "وزير الخارجية الأمريكي: لا تفاوض قبل وقف إطلاق النار";
        assert_eq!(
            speaker(minister, "2025-06-01").as_deref(),
            Some("ماركو روبيو")
        );
        assert_eq!(
            speaker(minister, "2018-03-01").as_deref(),
            Some("وزير الخارجية الأمريكي")
        );
    }
}
