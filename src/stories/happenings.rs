//! What kind of happening a headline reports: a killing, an opening, a fine, a phone call, a
//! visit, a condemnation, a congratulation, a result... (`lexicons/stories/happenings.tsv`).
//!
//! Two articles of one affair on one day share most of their words and often their actors: the
//! embassy opened and the people killed near it that day, a phone call and a visit on the same
//! affair, an election result and a congratulation on it. What their headlines name as the
//! happening tells them apart: when each names a kind and no kind is common to both, they report
//! two happenings.

use rustc_hash::FxHashMap;

use super::terms::is_word_char;
use crate::normalize::{Normalizer, Options};

/// The kinds a headline names, one bit per kind of the lexicon (0: it names none).
pub type Kinds = u32;

/// Words after which a happening is the time or the cause of the headline's own (قبل تدشين
/// السفارة، بعد الاتصال بالملك، إثر فوزها، بعيد انتخابه، قبيل القمة), not what it reports.
const BACKGROUND_BEFORE: [&str; 6] = ["قبل", "بعد", "عقب", "اثر", "بعيد", "قبيل"];

/// The words that name each kind, search-normalized.
pub struct Happenings {
    normalizer: Normalizer,
    words: FxHashMap<String, Kinds>,
    /// The kinds that react to another happening: what a headline names after them is that one.
    reactions: Kinds,
    /// The kinds a headline reports only in its first clause: named after it (.. وروسيا تتوعد),
    /// they are a side's answer told along with the headline's own happening.
    first_clause: Kinds,
}

/// Marks after which a headline's next clause starts, as search normalization writes them (the
/// Arabic comma and semicolon become , and ;). A colon is not one: what follows a speaker or a
/// label is the headline's own clause.
const CLAUSE_BREAKS: [&str; 5] = ["..", "…", ",", ";", "|"];

impl Happenings {
    /// Parses the TSV: `kind<TAB>words[<TAB>marks]`, one kind a line, words space-separated, marks
    /// `reaction` and `first-clause` (see the fields);
    /// `#` comments.
    pub fn parse(tsv: &str) -> Happenings {
        let normalizer = Normalizer::new(Options::SEARCH);
        let mut words: FxHashMap<String, Kinds> = FxHashMap::default();
        let mut reactions: Kinds = 0;
        let mut first_clause: Kinds = 0;
        let rows = tsv
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty());
        // at most 32 kinds: one bit each
        for (bit, row) in rows.take(Kinds::BITS as usize).enumerate() {
            let mut columns = row.split('\t').skip(1);
            let Some(listed) = columns.next() else {
                continue;
            };
            let marks: Vec<&str> = columns.next().unwrap_or("").split_whitespace().collect();
            if marks.contains(&"reaction") {
                reactions |= 1 << bit;
            }
            if marks.contains(&"first-clause") {
                first_clause |= 1 << bit;
            }
            for word in listed.split_whitespace() {
                *words
                    .entry(normalizer.normalize(word).into_owned())
                    .or_default() |= 1 << bit;
            }
        }
        Happenings {
            normalizer,
            words,
            reactions,
            first_clause,
        }
    }

    /// The bundled lexicon.
    pub fn bundled() -> &'static Happenings {
        static BUNDLED: std::sync::OnceLock<Happenings> = std::sync::OnceLock::new();
        BUNDLED.get_or_init(|| {
            Happenings::parse(include_str!("../../lexicons/stories/happenings.tsv"))
        })
    }

    /// The kinds `headline` names: up to a reaction's word, after which it names what the
    /// reaction is to.
    pub fn of(&self, headline: &str) -> Kinds {
        let text = self.normalizer.normalize(headline);
        let first_clause_end = first_clause_end(&text);
        let mut kinds = 0;
        let mut background = false;
        for word in text
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            if !background {
                let mut named = self.kinds_of(word);
                // where the word stands in `text`: split hands out subslices of it
                if word.as_ptr() as usize - text.as_ptr() as usize > first_clause_end {
                    named &= !self.first_clause;
                }
                kinds |= named;
                if named & self.reactions != 0 {
                    break;
                }
            }
            background = stems(word).any(|s| BACKGROUND_BEFORE.contains(&s));
        }
        kinds
    }

    /// The kinds `word` names: as written (with its clitics taken off), else without the
    /// pronoun it ends with (اعتقالها، مقتله، زيارته: the arrest, the killing, the visit of
    /// whoever the headline names), the ت a pronoun left of a closing ة read back as ة.
    fn kinds_of(&self, word: &str) -> Kinds {
        let lookup = |w: &str| stems(w).find_map(|stem| self.words.get(stem).copied());
        if let Some(kinds) = lookup(word) {
            return kinds;
        }
        let Some(base) = PRONOUNS
            .iter()
            .find_map(|p| word.strip_suffix(p))
            .filter(|b| b.chars().count() >= 3)
        else {
            return 0;
        };
        // search normalization writes ة as ه: زيارته is زياره with its pronoun
        let closing = base.strip_suffix('ت').map(|b| format!("{b}ه"));
        // not a reaction: إدانته بقتل، لإدانتهم is the conviction of whoever it names
        lookup(base)
            .or_else(|| closing.as_deref().and_then(lookup))
            .map_or(0, |kinds| kinds & !self.reactions)
    }
}

/// The pronouns a noun or verb ends with (his, her, their), longest first.
const PRONOUNS: [&str; 5] = ["هما", "هم", "هن", "ها", "ه"];

/// Where the first clause of a (normalized) headline ends, in bytes: at its first clause break,
/// unless what stands before that is a label of at most `LABEL_WORDS` words the news is filed
/// under (أفغانستان.. / تسميم الجاسوس.. ماي تتوعد…), which opens no clause of its own.
fn first_clause_end(text: &str) -> usize {
    let next_break = |from: usize| {
        CLAUSE_BREAKS
            .iter()
            .filter_map(|mark| text[from..].find(mark).map(|k| (from + k, mark.len())))
            .min()
    };
    match next_break(0) {
        Some((end, len)) if text[..end].split_whitespace().count() <= LABEL_WORDS => {
            next_break(end + len).map_or(text.len(), |(next, _)| next)
        }
        Some((end, _)) => end,
        None => text.len(),
    }
}

/// The most words a headline's label has (سوريا.. / قضية خاشقجي..).
const LABEL_WORDS: usize = 2;

/// Whether two headlines report two happenings: each names a kind, and none in common.
pub fn apart(a: Kinds, b: Kinds) -> bool {
    a != 0 && b != 0 && a & b == 0
}

/// A word and what it is with its clitics taken off, longest first: the conjunction و or ف,
/// then the preposition ب ل or ك, then the article ال (or the لل of ل + ال). What is left keeps
/// two letters at least. At most eight stems, on the stack: this runs on every headline word.
fn stems(word: &str) -> impl Iterator<Item = &str> {
    let mut found: [&str; 8] = [""; 8];
    let mut n = 0;
    let long_enough = |s: &&str| s.chars().nth(1).is_some();
    let conjunction = word.strip_prefix(['و', 'ف']).filter(long_enough);
    for base in std::iter::once(word).chain(conjunction) {
        let preposition = base.strip_prefix(['ب', 'ل', 'ك']).filter(long_enough);
        for stem in std::iter::once(base).chain(preposition) {
            found[n] = stem;
            n += 1;
            if let Some(rest) = stem
                .strip_prefix("ال")
                .or_else(|| stem.strip_prefix("لل"))
                .filter(long_enough)
            {
                found[n] = rest;
                n += 1;
            }
        }
    }
    found.into_iter().take(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_names_the_kind_of_its_happening() {
        let h = Happenings::bundled();
        let killing = h.of("مقتل ثلاثة جنود في هجوم على نقطة تفتيش");
        let opening = h.of("الرئيس يحضر افتتاح المطار الجديد في العاصمة");
        let fine = h.of("تغريم اللاعب 10 آلاف دولار بسبب تصرفه");
        assert_ne!(killing, 0);
        assert!(apart(killing, opening));
        assert!(apart(fine, opening));
        // with a clitic or the article, the word is still found
        assert_eq!(h.of("وبالاتصال مع الوزير"), h.of("اتصال مع الوزير"));
        // a death and a killing are one kind: an attack kills
        assert!(!apart(killing, h.of("وفاة جندي متأثرا بجراحه")));
    }

    #[test]
    fn a_kind_word_with_a_pronoun_names_its_kind() {
        let h = Happenings::bundled();
        let arrest = h.of("الصين تؤكد اعتقالها رئيس الشرطة الدولية");
        assert_eq!(arrest, h.of("الصين تؤكد اعتقال رئيس الشرطة الدولية"));
        assert!(apart(arrest, h.of("الشرطة الدولية تعلن استقالة رئيسها")));
        // a closing ة before the pronoun (زيارته), and a word that is a kind as written
        assert_eq!(h.of("الرئيس يختتم زيارته"), h.of("الرئيس يختتم الزيارة"));
        assert_ne!(h.of("مقتله"), 0);
        assert_eq!(h.of("قلبه"), 0);
        // a reaction's noun with a pronoun is a conviction more often than a condemnation
        assert_eq!(h.of("الإفراج عن جندي رغم إدانته"), h.of("الإفراج عن جندي"));
    }

    #[test]
    fn a_happening_after_before_or_after_is_background() {
        let h = Happenings::bundled();
        // the opening dates the clashes: the headline reports clashes
        assert_eq!(
            h.of("اشتباكات عنيفة قبل افتتاح المعبر"),
            h.of("اشتباكات عنيفة")
        );
        assert_eq!(h.of("الوزير يصرح بعد الاجتماع"), 0);
        // shortly after, shortly before
        assert_eq!(h.of("بعيد انتخابه.. الرئيس يؤكد استعداده للتعاون"), 0);
        assert_eq!(h.of("قبيل الاجتماع.. الوزير يصرح"), 0);
    }

    #[test]
    fn what_a_reaction_names_after_it_is_what_it_reacts_to() {
        let h = Happenings::bundled();
        let attack = h.of("مقتل عشرة في هجوم انتحاري على سوق شعبي");
        let condemned = h.of("مصر تدين الهجوم الانتحاري على السوق الشعبي");
        assert!(apart(attack, condemned));
        // a congratulation spelt with its hamza on a ya
        assert_eq!(
            h.of("الرئيس يهنيء نظيره على فوزه"),
            h.of("الرئيس يهنئ نظيره على فوزه")
        );
        // a reaction named after the happening does not hide it
        assert!(!apart(
            attack,
            h.of("مقتل عشرة في هجوم على سوق.. وإدانة دولية")
        ));
        // a denunciation or a criticism is a condemnation
        let denounced = h.of("الجامعة العربية تستنكر الهجوم على السوق");
        assert_eq!(denounced, condemned);
        assert_eq!(h.of("وزير ينتقد الحكومة بعد الهجوم"), condemned);
        // not a welcome: يرحب بالرئيس receives a guest of a visit as often as it welcomes a
        // decision
        assert_eq!(h.of("الأمير يرحب بالرئيس الضيف"), 0);
    }

    #[test]
    fn a_threat_is_apart_from_what_it_speaks_of() {
        let h = Happenings::bundled();
        let killing = h.of("مقتل قائد الجماعة في غارة جوية قرب الحدود");
        let vow = h.of("زعيم الجماعة يتوعد بالانتقام لمقتل القائد");
        assert!(apart(killing, vow));
        // two reports of one threat are not apart
        assert!(!apart(
            vow,
            h.of("القائد الجديد يهدد بالانتقام بعد مقتل سلفه")
        ));
        // a danger a headline is about is no threat made
        assert_eq!(h.of("مخاوف من التهديدات الأمنية على الحدود"), 0);
        // a threat told after the headline's own happening is not what it reports
        let expulsion = h.of("لندن تطرد 20 دبلوماسيا");
        assert!(!apart(
            expulsion,
            h.of("الحكومة تتخذ إجراءات.. والسفارة تتوعد")
        ));
        assert!(apart(expulsion, h.of("السفارة تتوعد بالرد على الإجراءات")));
        for later in [
            "الحكومة تتخذ إجراءات، والسفارة تتوعد",
            "الحكومة تتخذ إجراءات | السفارة تتوعد",
        ] {
            assert!(!apart(expulsion, h.of(later)), "{later}");
        }
        // a label the news is filed under opens no clause
        assert!(apart(
            expulsion,
            h.of("أزمة الدبلوماسيين.. السفارة تتوعد بالرد")
        ));
    }

    #[test]
    fn a_headline_naming_no_kind_is_apart_from_none() {
        let h = Happenings::bundled();
        let none = h.of("الحكومة تعلن خطة جديدة");
        assert_eq!(none, 0);
        assert!(!apart(none, h.of("مقتل ثلاثة جنود")));
        // two kinds, one shared: one happening may name both
        let both = h.of("مقتل ثلاثة في اشتباكات خلال زيارة الوزير");
        assert!(!apart(both, h.of("زيارة الوزير")));
    }
}
