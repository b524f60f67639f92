//! Who a headline says acted: the country or body behind the actor that opens one of its
//! clauses (السعودية ترحب…، ترامب: …، قضية سكريبال: روسيا تطرد…).
//!
//! Two articles of one topic on one day differ most often by who acted: a decision and another
//! government's reaction to it (ترامب يعلن الانسحاب… / السعودية تؤيد قرار ترامب…), a
//! statement and the answer to it. Their words are the same; their headline actors are not.
//! An article's actor is named in the headlines of its story's other articles, as the actor or
//! as the one acted upon: when the actor of one headline is of a side the other headline does
//! not name at all, the two report different acts.

use crate::quotes::{self, DocumentEntity};

/// What a headline names: the sides of the actors opening its clauses, and the sides of every
/// entity it names. Sides are those of the entity lexicon (a country, or a body of its own);
/// an entity of no known side, or of the catch-all "other", counts for nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actors {
    pub actors: Vec<String>,
    pub named: Vec<String>,
}

/// Marks that end a headline's clause: a colon after a speaker or a label, the two dots and the
/// bar that join two clauses, the Arabic comma and semicolon, a dash between spaces.
const CLAUSE_MARKS: [char; 6] = [':', '|', '،', '؛', '…', '.'];

impl Actors {
    /// The actors and named sides of `title`.
    pub fn of(title: &str) -> Actors {
        let found = quotes::entities(title);
        Actors::from_entities(title, &found)
    }

    fn from_entities(title: &str, found: &[DocumentEntity]) -> Actors {
        let chars: Vec<char> = title.chars().collect();
        let starts = clause_starts(&chars);
        let mut actors = Actors::default();
        for entity in found {
            let Some(side) = entity.side.as_deref().filter(|&s| s != "other") else {
                continue;
            };
            push(&mut actors.named, side);
            let opens = entity.mentions.iter().any(|m| {
                starts.binary_search(&m.span.start).is_ok() && !is_label(&chars, m.span.end)
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
        !self.actors.is_empty()
            && !other.actors.is_empty()
            && (unnamed(self, other) || unnamed(other, self))
    }
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
    fn the_actor_opens_a_clause() {
        let act = Actors::of("السعودية ترحب بقرار ترامب الانسحاب من الاتفاق");
        assert_eq!(act.actors, ["Saudi Arabia"]);
        assert!(act.named.contains(&"US".to_string()));
        let said = Actors::of("أزمة الدبلوماسيين: روسيا تطرد 23 دبلوماسيا بريطانيا");
        assert_eq!(said.actors, ["Russia"]);
        // a place the news is filed under is no actor
        assert!(Actors::of("سوريا.. انفجار يقتل 11 شخصا").actors.is_empty());
    }

    #[test]
    fn an_act_and_a_reaction_to_it_differ() {
        let act = Actors::of("ترامب يعلن الانسحاب من الاتفاق النووي");
        let reaction = Actors::of("السعودية ترحب بقرار ترامب الانسحاب من الاتفاق");
        let same = Actors::of("واشنطن تنسحب من الاتفاق النووي");
        assert!(act.differ(&reaction));
        assert!(!act.differ(&same));
        // two sides of one match: each headline names the other
        let home = Actors::of("روسيا تهزم مصر بثلاثية");
        let away = Actors::of("مصر تخسر أمام روسيا بثلاثية");
        assert!(!home.differ(&away));
        // a headline with no actor tells nothing
        assert!(!act.differ(&Actors::of("الانسحاب من الاتفاق النووي")));
    }
}
