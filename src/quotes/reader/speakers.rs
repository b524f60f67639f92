//! Who a cue's speaker is: its subject (with a second mention in apposition or conjoined),
//! a description resolved against what came before, or, for a cue with no subject, the
//! speaker it continues.

use super::super::lexicon::{strip_conjunction, Class, Grammar, Refers};
use super::super::Speaker;
use super::mentions::Mention;
use super::text::{after, governs, normalized_letter, POSSESSIVES};
use super::{Reader, LOOKBACK, REACH};
use crate::tokens::Kind;

/// How many tokens a subject written before its verb may stand from it, across an insertion.
const INSERTION: usize = 30;

/// How many tokens from the start of the sentence before a person named as its subject may
/// stand: a verb, a description or an adverb before the name.
const NAMED_FURTHER: usize = 4;

/// What a cue with no subject of its own may refer back to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Antecedent {
    /// Only someone who spoke: the source of a pronoun after an attribution phrase.
    Speaker,
    /// A speaker, or the subject of the sentence so far (وأصر، قائلا).
    Subject,
    /// The nearest noun, governed or not: the owner of a possessive (وتأكيداته).
    Possessor,
}

/// The speaker a cue gets.
pub struct Subject {
    pub speaker: Option<Speaker>,
    pub mention: Option<(usize, usize)>,
    pub role: Option<(usize, usize)>,
    pub how: &'static str,
    pub end: usize,
}

impl Reader<'_, '_> {
    /// The subject the words `first..last` write out, no mention having read them: a speaker of
    /// `kind` named by those words, read `how`, the clause going on at `end`.
    pub(super) fn written_subject(
        &self,
        first: usize,
        last: usize,
        kind: &'static str,
        how: &'static str,
        end: usize,
    ) -> Subject {
        let (from, to) = (self.starts(first), self.ends(last - 1));
        Subject {
            speaker: Some(Speaker {
                name: (self.display)(from, to),
                kind,
                side: self.side_of(first, last),
            }),
            mention: Some((from, to)),
            role: None,
            how,
            end,
        }
    }

    /// The speaker a mention stands for, resolving descriptions against what came before.
    pub(super) fn resolve(&self, mention: &Mention) -> Option<Speaker> {
        // a title the document gives a name, before or after (وزير الخارجية الأمريكي يحذر ...
        // قال وزير الخارجية الأمريكي مايك بومبيو): its holder here, not the lexicon's
        if mention.title_only && !mention.unheld {
            // a holder written once may be a misreading (رفض الرئيس هدنةً ...): one the
            // document names again is a person
            let bound = mention
                .title
                .as_ref()
                .and_then(|t| self.mentions.bindings.get(t))
                .filter(|holder| {
                    let entity = self.entities.of_name.get(&holder.name);
                    entity.is_some_and(|&e| self.entities.list[e].mentions.len() >= 2)
                });
            if let Some(holder) = bound {
                return Some(holder.clone());
            }
        }
        if let Some(person) = self.described_person(mention) {
            return Some(person);
        }
        if let Some(earlier) = self.described_organisation(mention) {
            return Some(earlier);
        }
        let Some(refers) = mention.refers else {
            return mention.speaker.clone();
        };
        match refers {
            Refers::Previous => self.last.as_ref().map(|(s, _)| s.clone()),
            Refers::Medium => self.recent(mention.first, |s| s.kind == "medium"),
            Refers::Issuer | Refers::Author => {
                if refers == Refers::Issuer {
                    if let Some(issuer) = self.statement_issuer(mention.first) {
                        return Some(issuer);
                    }
                }
                if refers == Refers::Author {
                    if let Some(author) = self.report_author(mention.first) {
                        return Some(author);
                    }
                }
                if let Some(document) = self.same_document(mention) {
                    return Some(document);
                }
                let side = self.side_of(mention.first, mention.end);
                let kinds: &[&str] = if refers == Refers::Author {
                    &["institution", "medium"]
                } else {
                    &["institution"]
                };
                let issuer =
                    |s: &Speaker| kinds.contains(&s.kind) && (side.is_none() || s.side == side);
                self.drafts
                    .iter()
                    .rev()
                    .take(LOOKBACK)
                    .filter_map(|d| d.speaker.as_ref())
                    .find(|s| issuer(s))
                    .cloned()
                    .or_else(|| {
                        // not a body the reported speech or quoted words named (a study's
                        // findings on what بنك إنجلترا will do): only the writer's own
                        // mentions may have issued it
                        self.before(mention.first)
                            .filter(|m| !self.reported(m.first))
                            .filter_map(|m| m.speaker.as_ref())
                            .find(|s| issuer(s))
                            .cloned()
                    })
            }
            Refers::States => self.last_list(mention.first, "place"),
            Refers::Leaders => self.last_list(mention.first, "person"),
            Refers::Pair => {
                let mut pair: Vec<Speaker> = Vec::new();
                for m in self.before(mention.first) {
                    if let Some(s) = m.speaker.as_ref().filter(|s| s.kind == "person") {
                        if !pair.contains(s) {
                            pair.push(s.clone());
                        }
                    }
                    if pair.len() == 2 {
                        return Some(group_of(pair));
                    }
                }
                None
            }
        }
    }

    /// The document a definite one points back to when that document spoke before with no
    /// issuer named (كشفت دراسة جديدة أن ... وأوضحت الدراسة أن): the speaker of the latest
    /// report whose speaker is a document of the same head.
    fn same_document(&self, mention: &Mention) -> Option<Speaker> {
        let written = (self.display)(mention.name.0, mention.name.1);
        let normalized = self.lexicon.normalizer.normalize(&written);
        let head = normalized.split_whitespace().next()?;
        let head = head.strip_prefix("ال")?;
        self.drafts
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter_map(|d| d.speaker.as_ref())
            .find(|s| {
                let name = self.lexicon.normalizer.normalize(&s.name);
                name.split_whitespace().next() == Some(head)
            })
            .cloned()
    }

    /// The person a title of what people do stands for when nobody holds it by name (وختم
    /// نجم الفريق الإنجليزي كلامه، وقال المدرب): the one person given that title before (نجم
    /// المنتخب البلجيكي فلان، فلان، مدرب الفريق) who has spoken; none when several have.
    fn described_person(&self, mention: &Mention) -> Option<Speaker> {
        if !(mention.title_only && mention.unheld) {
            return None;
        }
        let head = mention.title_words.first()?;
        if !self.lexicon.person_roles.contains(head) {
            return None;
        }
        let list = &self.mentions.list;
        let end = list.partition_point(|m| m.first < mention.first);
        let mut found: Option<(usize, &Speaker)> = None;
        for i in (end.saturating_sub(LOOKBACK)..end).rev() {
            let m = &list[i];
            if m.title_words.first() != Some(head) {
                continue;
            }
            // the name the title is given with, or the name before it in apposition
            let named = if m.title_only {
                let before = i.checked_sub(1).map(|b| &list[b]);
                before.filter(|b| {
                    b.how == "name"
                        && !b.title_only
                        && (b.end == m.first || b.end + 1 == m.first && self.is(b.end, ','))
                })
            } else {
                (m.how == "name").then_some(m)
            };
            let Some(person) = named.and_then(|n| n.speaker.as_ref()) else {
                continue;
            };
            if person.kind != "person" {
                continue;
            }
            let Some((e, _)) = self.entities.canonical(person) else {
                continue;
            };
            let spoke = self.drafts.iter().any(|d| {
                d.speaker
                    .as_ref()
                    .and_then(|s| self.entities.canonical(s))
                    .is_some_and(|(other, _)| other == e)
            });
            match found {
                _ if !spoke => {}
                Some((other, _)) if other != e => return None,
                _ => found = Some((e, person)),
            }
        }
        found.map(|(_, person)| person.clone())
    }

    /// The organisation a definite head of its class and adjectives only stand for (أعلنت
    /// شركة "نور" ... وأوضحت المجموعة الأمريكية، المنظمة الخيرية): the last speaker of that
    /// class, else the last one named, that no adjective of nationality contradicts.
    fn described_organisation(&self, mention: &Mention) -> Option<Speaker> {
        let own = mention.speaker.as_ref()?;
        // المتحف after المتحف الإماراتي: a head alone that the mentions gave the description
        // before it points back as that description does, when it is a head and its
        // nationality (not الجمعية after الجمعية الطبية السورية الأمريكية, a name)
        let repeated = mention.how == "description" && mention.refers.is_none();
        let nationality = || {
            let name = self.lexicon.normalizer.normalize(&own.name);
            let words: Vec<&str> = name.split_whitespace().collect();
            words.len() == 2 && self.lexicon.sides.contains_key(words[1])
        };
        let class = if repeated && self.described_name(own) && nationality() {
            self.class_of(own)?
        } else {
            self.anaphoric_class(mention)?
        };
        let fits = |s: &Speaker| {
            s.name != own.name
                && !self.described_name(s)
                && self.class_of(s) == Some(class)
                && (own.side.is_none() || s.side.is_none() || s.side == own.side)
        };
        self.drafts
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter_map(|d| d.speaker.as_ref())
            .find(|s| fits(s))
            .or_else(|| {
                self.before(mention.first)
                    .filter(|m| self.anaphoric_class(m).is_none())
                    .filter_map(|m| m.speaker.as_ref())
                    .find(|s| fits(s))
            })
            .cloned()
    }

    /// The class of a mention that is a definite head of `groups`' anaphoric classes and
    /// adjectives only (الشركة الأمريكية العملاقة), naming no one.
    fn anaphoric_class(&self, mention: &Mention) -> Option<&str> {
        let organisation = mention
            .speaker
            .as_ref()
            .is_some_and(|s| matches!(s.kind, "institution" | "medium"));
        if !organisation
            || mention.how != "name"
            || mention.branded
            || mention.role.is_some()
            || mention.end < mention.first + 2
            || self.entity_at(mention.first).is_some()
        {
            return None;
        }
        let prefix = mention.name.0.saturating_sub(self.starts(mention.first));
        let head = after(self.word(mention.first), prefix).strip_prefix("ال")?;
        let class = self.lexicon.anaphora.get(head)?;
        let adjective = |j: usize| {
            let word = self.word(j);
            let stem = word.strip_prefix("ال").unwrap_or("");
            // (العامة، العليا، الوطنية، الإسلامية: adjectives that make a name of their own,
            // الجمعية العامة)
            let naming = matches!(
                stem,
                "عام"
                    | "عامه"
                    | "عليا"
                    | "وطني"
                    | "وطنيه"
                    | "اسلامي"
                    | "اسلاميه"
                    | "دولي"
                    | "دوليه"
            );
            let plain = stem.chars().count() >= 3
                && !naming
                && self.mark(j).is_none()
                && !self.is_function_word(j)
                && self.verb(j).is_none();
            // a nationality, a nisba (الأمريكية، الخيرية) or another adjective in ة
            // (العملاقة، المنتجة); not the head of an organisation, which is rather the verb's
            // object (وأخبرت المجموعة المحكمة، وطالبت المنظمة الحكومة)
            let relation = self.is_side(j) || stem.ends_with('ي') || stem.ends_with("يه");
            let organisation = self
                .lexicon
                .groups
                .get(word)
                .or(self.lexicon.groups.get(stem));
            plain
                && (relation || stem.ends_with('ه'))
                && organisation.is_none_or(|kind| !matches!(*kind, "institution" | "medium"))
        };
        (mention.first + 1..mention.end)
            .all(adjective)
            .then_some(class.as_str())
    }

    /// Whether an organisation's name is a definite head and definite words only (المتحف
    /// الإماراتي): a description that points back, not a name to point back to.
    fn described_name(&self, speaker: &Speaker) -> bool {
        let name = self.lexicon.normalizer.normalize(&speaker.name);
        let mut words = name.split_whitespace();
        let head = words.next().unwrap_or("");
        head.strip_prefix("ال")
            .is_some_and(|h| self.lexicon.anaphora.contains_key(h))
            && name.split_whitespace().count() >= 2
            && words.all(|w| w.starts_with("ال"))
    }

    /// The anaphoric class of an organisation's name by its head (شركة نور → company).
    fn class_of(&self, speaker: &Speaker) -> Option<&str> {
        if !matches!(speaker.kind, "institution" | "medium") {
            return None;
        }
        let name = self.lexicon.normalizer.normalize(&speaker.name);
        let mut words = name.split_whitespace();
        let head = words.next()?;
        let head = head.strip_prefix("ال").unwrap_or(head);
        // a head and indefinite adjectives (وكالة تنفيذية، منظمة خيرية بريطانية) describe,
        // they name no one to point back to
        // (a feminine nisba: the heads of a class are feminine but متحف and تطبيق, and names
        // end in ي as often as adjectives do: سانوفي)
        let described = words.all(|w| {
            !w.starts_with("ال") && (w.ends_with("يه") || self.lexicon.sides.contains_key(w))
        });
        if described {
            return None;
        }
        self.lexicon.anaphora.get(head).map(String::as_str)
    }

    /// The author of the report or study the last one before token `k` names (التقرير،
    /// الدراسة) when a report of its sentence, its cue before it, gave it as its means
    /// (توقعت X في تقرير لها أن، وذكر المحققون في دراسة أن): that report's speaker. Not the
    /// subject of a report whose subject is the document itself, which may be read wrong.
    fn report_author(&self, k: usize) -> Option<Speaker> {
        let from = k.saturating_sub(LOOKBACK);
        // (an earlier التقرير is the same report: its author is told before it)
        let again = |j: usize| {
            self.mentions
                .at
                .get(&j)
                .is_some_and(|&m| self.mentions.list[m].refers.is_some())
        };
        let j = (from..k)
            .rev()
            .find(|&j| is_report(self.word(j)) && !again(j))?;
        if j == 0 || !matches!(self.word(j - 1), "في" | "وفي") {
            return None;
        }
        let sentence = self.sentence_of(j);
        let at = self.starts(j);
        let author = self
            .drafts
            .iter()
            .rev()
            .find(|d| d.sentence == sentence && d.cue.is_some_and(|c| c.0 < at))
            .filter(|d| d.content.0 >= at)?
            .speaker
            .clone()?;
        let name = self.lexicon.normalizer.normalize(&author.name);
        let head = name.split_whitespace().next().unwrap_or("");
        (!is_report(head)).then_some(author)
    }

    /// The issuer of the statement the last one before token `k` names (البيان): the one
    /// written with it (بيان لوزارة الاقتصاد), the speaker of the report it was given in (وقال
    /// ... في بيان، جاء ذلك في بيان: the report before), or the subject that issued it (أصدرت
    /// فرنسا وألمانيا ... بيانا). None when the nearest statement says none of these.
    fn statement_issuer(&self, k: usize) -> Option<Speaker> {
        let from = k.saturating_sub(LOOKBACK);
        let mut j = k;
        let (start, sentence) = loop {
            j = (from..j).rev().find(|&j| is_statement(self.word(j)))?;
            let (start, _) = self.sentence(j);
            let sentence = self.sentence_of(j);
            let it = start + usize::from(self.word(start) == "و");
            let given = matches!(self.word(it), "جاء" | "وجاء")
                && matches!(self.word(it + 1), "ذلك" | "هذا");
            // (an earlier البيان is the same statement: its issuer is told before it)
            let again = self
                .mentions
                .at
                .get(&j)
                .is_some_and(|&m| self.mentions.list[m].refers.is_some());
            if given || !again {
                break (start, sentence);
            }
        };
        // (not the statement itself: وقال بيان للنادي)
        let other = |s: &Speaker| {
            let name = self.lexicon.normalizer.normalize(&s.name);
            let head = name.split_whitespace().next().unwrap_or("");
            !is_statement(head)
        };
        // (nor a medium that carried it)
        let spoke = |s: &&Speaker| s.kind != "medium" && other(s);
        // جاء ذلك في بيان: the statement of the report before
        let it = start + usize::from(self.word(start) == "و");
        if matches!(self.word(it), "جاء" | "وجاء") && matches!(self.word(it + 1), "ذلك" | "هذا")
        {
            return self
                .drafts
                .iter()
                .rev()
                .filter(|d| d.sentence < sentence)
                .find_map(|d| d.speaker.as_ref())
                .filter(spoke)
                .cloned();
        }
        if let Some(&m) = self.mentions.at.get(&j) {
            let mention = &self.mentions.list[m];
            // بيان رسمي: a statement with no issuer named is its own speaker
            if let Some(s) = self.resolve(mention).filter(|s| s.kind != "group") {
                return Some(s).filter(|s| spoke(&s));
            }
        }
        // the report of its sentence that names it as its means (في بيان): whether its cue comes
        // before, with the content after (قال X في بيان إن) or before (بحسب ما أعلنه X في بيان له),
        // or after (وفي بيان، قال X إن)
        let at = self.starts(j);
        let means = j > 0 && matches!(self.word(j - 1), "في" | "وفي");
        let reported = self.drafts.iter().rev().find(|d| {
            d.sentence == sentence
                && d.cue.is_some_and(|c| {
                    if c.0 < at {
                        d.content.0 >= at || (means && d.content.1 <= c.0)
                    } else {
                        means && d.content.0 >= c.0
                    }
                })
        });
        // (whoever said it in a statement issued it, a medium too: وذكرت الوكالة في بيان)
        if let Some(d) = reported {
            let issued = |s: &&Speaker| if means { other(s) } else { spoke(s) };
            return d.speaker.as_ref().filter(issued).cloned();
        }
        // أصدرت فرنسا وألمانيا وبريطانيا وأمريكا بيانا مشتركا; with a time, a place or a comma
        // between (أصدر النادي، الأربعاء، بيانا; أصدرت السفارة في كابول الخميس بيانا)
        let issued = (j > start)
            .then(|| {
                self.before(j)
                    .take_while(|m| m.first >= start)
                    .find(|m| !(m.governed && self.is_place(m)))
                    .filter(|m| !m.governed && self.only_circumstance(m.end, j))
            })
            .flatten();
        let Some(issued) = issued else {
            return self.unread_issuer(start, j);
        };
        let mut first = issued;
        let mut members = vec![self.member(issued)?];
        while let Some(other) = self
            .before(first.first)
            .next()
            .filter(|o| o.end == first.first && self.word(first.first).starts_with('و'))
        {
            members.push(self.member(other)?);
            first = other;
        }
        let verb = self.word(first.first.wrapping_sub(1));
        if !self
            .lexicon
            .is(strip_conjunction(verb).unwrap_or(verb), Grammar::Issuing)
        {
            return None;
        }
        Some(if members.len() > 1 {
            group_of(members)
        } else {
            members.pop()?
        })
    }

    /// The subject of a verb of issuing that no mention read, before the statement at `j` in
    /// the sentence from `start` (أصدرت سلسلة مطاعم ماكدونالدز بيانا، أصدر المصرف المركزي
    /// التركي، الأربعاء، بيانا): up to five plain words after the verb, less a time or a place.
    fn unread_issuer(&self, start: usize, j: usize) -> Option<Speaker> {
        let verb = (start.max(j.saturating_sub(10))..j).rev().find(|&v| {
            let word = self.word(v);
            let word = strip_conjunction(word).unwrap_or(word);
            self.lexicon.is(word, Grammar::Issuing)
        })?;
        let end = (verb + 2..=j).find(|&e| self.only_circumstance(e, j))?;
        let plain = |i: usize| {
            self.tokens.kind(i) == Kind::Word
                && !self.is_function_word(i)
                && !self.is_complementizer(i)
                && self.verb(i).is_none()
                && !self.plays(i, Grammar::Time)
                && !self.is_document(i)
        };
        if end > verb + 6 || !(verb + 1..end).all(plain) {
            return None;
        }
        let first = self.word(verb + 1);
        let kind = if self.lexicon.given_names.contains_key(first) {
            "person"
        } else {
            "institution"
        };
        self.written_subject(verb + 1, end, kind, "description", end)
            .speaker
    }

    /// Whether the tokens `from..to` say only when or where (a time, a place after في, commas):
    /// what may stand between a verb's subject and its object.
    fn only_circumstance(&self, from: usize, to: usize) -> bool {
        let mut i = from;
        while i < to {
            let timed = self.past_time(i, to);
            if timed > i {
                i = timed;
            } else if self.is(i, ',') {
                i += 1;
            } else if let Some(place) = self
                .mentions
                .at
                .get(&(i + 1))
                .map(|&m| &self.mentions.list[m])
                .filter(|m| self.word(i) == "في" && self.is_place(m))
            {
                i = place.end;
            } else {
                return false;
            }
        }
        true
    }

    /// Whether a mention names a place.
    fn is_place(&self, mention: &Mention) -> bool {
        mention.speaker.as_ref().is_some_and(|s| s.kind == "place")
    }

    /// The last list of speakers of one kind before token `k`, as one group: mentions joined
    /// by و (أصدرت فرنسا وألمانيا وبريطانيا وأمريكا ... وشددت الدول الأربع).
    fn last_list(&self, k: usize, kind: &str) -> Option<Speaker> {
        let list = &self.mentions.list;
        let mut i = list.partition_point(|m| m.first < k);
        let floor = i.saturating_sub(LOOKBACK);
        while i > floor {
            i -= 1;
            let (first, last) = self.chain(i);
            let members: Vec<Speaker> = (first..=last)
                .filter_map(|j| self.member(&list[j]))
                .filter(|s| s.kind == kind)
                .collect();
            if members.len() >= 2 && members.len() == last - first + 1 {
                return Some(group_of(members));
            }
            i = first;
        }
        None
    }

    /// The mentions joined by و around mention `i` (السعودية والإمارات والبحرين ومصر): the
    /// indices of the first and the last.
    fn chain(&self, i: usize) -> (usize, usize) {
        let list = &self.mentions.list;
        let joined = |a: usize| {
            let b = a + 1;
            b < list.len()
                && list[a].end == list[b].first
                && self.word(list[b].first).starts_with('و')
                && list[b].refers.is_none()
        };
        let (mut first, mut last) = (i, i);
        while first > 0 && i - first < 12 && joined(first - 1) {
            first -= 1;
        }
        while last - i < 12 && joined(last) {
            last += 1;
        }
        (first, last)
    }

    /// The speaker a mention stands for in a clause, with the others it is listed with (كل
    /// من السعودية والإمارات والبحرين ومصر); None for one listed after a preposition (مع
    /// فرنسا وألمانيا), which is no subject.
    fn listed(&self, mention: &Mention) -> Option<Speaker> {
        let Some(&i) = self.mentions.at.get(&mention.first) else {
            return self.resolve(mention);
        };
        let (first, last) = self.chain(i);
        if first == last {
            return self.resolve(mention);
        }
        let list = &self.mentions.list;
        let head = list[first].first;
        let each = head >= 2 && self.word(head - 2) == "كل" && self.word(head - 1) == "من";
        if list[first].governed && !each {
            return None;
        }
        let members = (first..=last)
            .map(|j| self.member(&list[j]))
            .collect::<Option<Vec<_>>>()?;
        // a list is of one kind (السعودية والإمارات); a person and a state are rather a
        // genitive and what follows it (محامو برونسون والولايات المتحدة)
        if members.iter().any(|s| s.kind != members[0].kind) {
            return self.resolve(mention);
        }
        Some(group_of(members))
    }

    /// The speaker a mention stands for as a member of a group: a country as the text writes
    /// its short name (أمريكا in فرنسا وألمانيا وبريطانيا وأمريكا), as a group of countries is
    /// named by its list.
    pub(super) fn member(&self, mention: &Mention) -> Option<Speaker> {
        let mut speaker = self.resolve(mention)?;
        if speaker.kind == "place" && mention.how == "name" && mention.refers.is_none() {
            let written = (self.display)(mention.name.0, mention.name.1);
            if !written.contains(char::is_whitespace) {
                speaker.name = written;
            }
        }
        Some(speaker)
    }

    /// Whether token `j` is inside what someone said: quoted speech, or the content of a
    /// report read before.
    fn reported(&self, j: usize) -> bool {
        let at = self.starts(j);
        self.marks.in_speech[j]
            || self
                .drafts
                .iter()
                .rev()
                .take(LOOKBACK)
                .any(|d| d.content.0 <= at && at < d.content.1)
    }

    /// The mentions that start before token `k`, latest first, as far back as `LOOKBACK`:
    /// looking back stays bounded however long the text.
    pub(super) fn before(&self, k: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.list.partition_point(|m| m.first < k);
        self.mentions.list[..end].iter().rev().take(LOOKBACK)
    }

    /// The speaker of the latest mention before token `k` that `wanted` accepts.
    pub(super) fn recent(&self, k: usize, wanted: impl Fn(&Speaker) -> bool) -> Option<Speaker> {
        self.before(k)
            .filter_map(|m| m.speaker.as_ref())
            .find(|s| wanted(s))
            .cloned()
    }

    /// The subject after a reporting verb: a mention, with a second one in apposition
    /// ("المبعوث الخاص ...، ستيف ويتكوف،" or "كيريل دميترييف، مبعوث بوتين") or conjoined
    /// ("البيت الأبيض والكرملين").
    pub(super) fn subject(&self, k: usize, governed: bool) -> Option<Subject> {
        if self.word(k) == "كل" && self.word(k + 1) == "من" {
            // (after a verb whose object may come first they are as often its object: اتهم كل
            // من X وY بـ)
            let object = self
                .verb(k.wrapping_sub(1))
                .is_some_and(|v| v.accusing || v.object_first);
            return self
                .each_of(k + 2)
                .or_else(|| (!object).then(|| self.written_members(k + 2)).flatten());
        }
        let &m = self.mentions.at.get(&k)?;
        let mention = &self.mentions.list[m];
        if mention.governed && !governed {
            // لنظيره، بالكرملين: an addressee or an object, not the subject
            return None;
        }
        let mut subject = Subject {
            speaker: self.resolve(mention),
            mention: Some(mention.name),
            role: mention.role.filter(|r| *r != mention.name),
            how: mention.how,
            end: mention.end,
        };
        if mention.title_only {
            subject.role = mention.role;
        }
        let next = mention.end;
        if let Some(&m2) = self.mentions.at.get(&next) {
            let other = &self.mentions.list[m2];
            // وقيادة X, not وزير: the و must be a conjunction, before where the mention starts
            let named_at = other.role.map_or(other.name.0, |r| r.0.min(other.name.0));
            let conjoined =
                self.word(next).starts_with('و') && named_at > self.starts(next) && !other.governed;
            let list = conjoined.then(|| self.each_of(k)).flatten();
            if let Some(list) = list.filter(|l| l.end > other.end) {
                // فرنسا وألمانيا وبريطانيا: every one listed
                subject.speaker = list.speaker;
                subject.mention = list.mention;
                subject.role = None;
                subject.end = list.end;
            } else if conjoined {
                if let (Some(a), Some(b)) = (self.member(mention), self.member(other)) {
                    subject.speaker = Some(group_of(vec![a, b]));
                    subject.mention = Some((mention.name.0, other.name.1));
                    subject.role = None;
                    subject.end = other.end;
                }
            } else if other.title_only && !mention.title_only && mention.role.is_none() {
                // كريم كينيك رئيس الهلال الأحمر التركي: a title in apposition
                subject.role = other.role;
                subject.end = other.end;
            }
        } else if matches!(self.word(next), "والي" | "وكذلك") {
            // البحرين وإلى جانبها السعودية ودولة الإمارات ومصر
            if let Some(list) = self.each_of(k) {
                subject.speaker = list.speaker;
                subject.mention = list.mention;
                subject.role = None;
                subject.end = list.end;
            }
        } else if self.is(next, ',') {
            if let Some(&m2) = self.mentions.at.get(&(next + 1)) {
                let other = &self.mentions.list[m2];
                if other.title_only && !mention.title_only {
                    subject.role = other.role;
                    subject.end = other.end;
                } else if !other.title_only
                    && other.how == "name"
                    && mention.role.is_some()
                    // وزيرة الدفاع، فلورنس بارلي، روسيا: after a title that has its name
                    // already, a place is the verb's object, not a second name
                    && (mention.title_only
                        || other.speaker.as_ref().is_some_and(|s| s.kind == "person"))
                    // سكوت رادي، لصحيفة ...: whom the name spoke to, not a name in apposition
                    && !other.governed
                {
                    subject.role = Some((mention.role.unwrap_or(mention.name).0, mention.name.1));
                    subject.speaker = self.resolve(other);
                    subject.mention = Some(other.name);
                    subject.end = other.end;
                }
                if self.is(subject.end, ',') {
                    subject.end += 1;
                }
            } else if let Some(close) = mention
                .title_only
                .then(|| self.apposed_name(next + 1))
                .flatten()
            {
                // مدير عام الهيئة، سيف السويدي، أن: the name between commas after a title,
                // which no mention read, is its holder
                let (start, stop) = (self.starts(next + 1), self.ends(close - 1));
                subject.role = Some(mention.role.unwrap_or(mention.name));
                subject.speaker = Some(Speaker {
                    name: (self.display)(start, stop),
                    kind: "person",
                    side: self.side_of(k, close),
                });
                subject.mention = Some((start, stop));
                subject.how = "name";
                subject.end = close + 1;
            }
        }
        Some(subject)
    }

    /// Where the comma closes a name written from `from`, between commas after a title: two or
    /// three plain words, the first with no article, none a function word, verb, time,
    /// complementizer, title, word with و or ل, with ب but a given name, or with a pronoun
    /// (، أمس الأول، ، بصفته خبيرا، ، بمحاسبة المسؤولين، are no names).
    fn apposed_name(&self, from: usize) -> Option<usize> {
        let close = (from + 2..=from + 3).find(|&c| self.is(c, ','))?;
        let plain = (from..close).all(|j| {
            let word = self.word(j);
            self.tokens.kind(j) == Kind::Word
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && !self.plays(j, Grammar::Time)
                && !self.is_complementizer(j)
                && self.title_at(j, true).is_none()
                && !word.starts_with(['و', 'ل'])
                && (!word.starts_with('ب') || self.is_given_name(j))
                && !super::mentions::is_pronoun_phrase(word)
        });
        // (nor a noun of kin or company, which opens a description: شقيق الضحية)
        let first = self.word(from);
        (plain && !self.written(from).starts_with("ال") && !super::mentions::is_kin(first))
            .then_some(close)
    }

    /// The subject "the latter" is at `j` (قال الأخير، إذ تتهم الأخيرة): the nearest one named
    /// before it of its gender in its sentence or the one before, a man or a body known to be
    /// masculine for الأخير, a woman, a country or a body known to be feminine for الأخيرة;
    /// not the speaker the sentence goes on with.
    pub(super) fn latter(&self, j: usize) -> Option<Subject> {
        let wanted = match self.word(j) {
            "الاخير" => Gender::Masculine,
            "الاخيره" => Gender::Feminine,
            _ => return None,
        };
        // (in its sentence or the one before: one named further back is no "latter")
        let (start, _) = self.sentence(j);
        let floor = start.checked_sub(1).map_or(start, |p| self.sentence(p).0);
        let speaker = self
            .before(j)
            .take_while(|m| m.first >= floor)
            .filter(|m| m.end <= j)
            .filter_map(|m| m.speaker.as_ref())
            .find(|s| {
                let gender = self.gender_of(s);
                match wanted {
                    Gender::Masculine => {
                        s.kind == "person" && gender != Some(Gender::Feminine)
                            || matches!(s.kind, "institution" | "medium")
                                && gender == Some(Gender::Masculine)
                    }
                    Gender::Feminine => gender == Some(Gender::Feminine),
                }
            })
            .cloned()?;
        Some(Subject {
            speaker: Some(speaker),
            mention: Some((self.starts(j), self.ends(j))),
            role: None,
            how: "description",
            end: j + 1,
        })
    }

    /// The speakers "كل من" lists after a verb, as one group: the mentions joined by و,
    /// commas and إلى جانب, with a title and its name in apposition counted once (أكد كل من
    /// الرئيس الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان، ...).
    fn each_of(&self, from: usize) -> Option<Subject> {
        let mut members: Vec<Speaker> = Vec::new();
        let (mut j, mut first, mut last) = (from, None, from);
        while j < from + 40 {
            if let Some(&m) = self.mentions.at.get(&j) {
                let mention = &self.mentions.list[m];
                // a name right after the last, with nothing joining them, is the verb's
                // object (تتهم البحرين ... ومصر الدوحة)
                if j == last && j > from && !self.word(j).starts_with('و') {
                    break;
                }
                let speaker = self.member(mention)?;
                if !members.iter().any(|s| s.name == speaker.name) {
                    // a title followed by its holder's name is one member, the named one
                    let apposed = members.last().is_some_and(|_| {
                        self.mentions.list[..m].last().is_some_and(|p| {
                            p.title_only && (p.end == j || p.end + 1 == j && self.is(p.end, ','))
                        })
                    });
                    if apposed {
                        members.pop();
                    }
                    members.push(speaker);
                }
                first.get_or_insert(mention.name.0);
                last = mention.end;
                j = mention.end;
                continue;
            }
            let word = self.word(j);
            // what joins them: a comma, و, إلى جانب, a side adjective standing for a title
            // already said (والتركي)
            let joining = self.is(j, ',')
                || word == "و"
                || matches!(word, "الي" | "والي" | "جانب" | "جانبها" | "جانبه" | "وكذلك")
                || self.is_side(j)
                || strip_conjunction(word).is_some_and(|w| self.lexicon.sides.contains_key(w));
            if !joining {
                break;
            }
            j += 1;
        }
        if members.len() < 2 {
            return None;
        }
        let end = last;
        Some(Subject {
            speaker: Some(group_of(members)),
            mention: first.map(|f| (f, self.ends(end - 1))),
            role: None,
            how: "name",
            end,
        })
    }

    /// The members after كل من that no mention read, as the text writes them (وقال كل من
    /// الفتاة والمعتدون إنهم، شدد كل من فيسبوك وتويتر على): plain words joined by و or commas,
    /// up to where the content opens (a complementizer, a colon, a preposition or a comma
    /// before one). One group, as the members are many.
    fn written_members(&self, from: usize) -> Option<Subject> {
        let plain = |j: usize| {
            self.tokens.kind(j) == Kind::Word
                && !self.is_function_word(j)
                && !self.is_complementizer(j)
                && self.verb(j).is_none()
                && !self.plays(j, Grammar::Time)
        };
        let mut end = from;
        while end < from + 10 && (plain(end) || self.is(end, ',') && end > from) {
            end += 1;
        }
        // (not a comma before the content: the members end before it)
        let last = if self.is(end - 1, ',') { end - 1 } else { end };
        let opens = |j: usize| {
            self.is_complementizer(j) || self.is(j, ':') || self.plays(j, Grammar::Preposition)
        };
        let closes = opens(end) || self.is(end, ',') && opens(end + 1);
        let joined = (from + 1..last).any(|j| self.word(j).starts_with('و'));
        if last <= from + 1 || !closes || !joined {
            return None;
        }
        let (start, stop) = (self.starts(from), self.ends(last - 1));
        Some(Subject {
            speaker: Some(Speaker {
                name: (self.display)(start, stop),
                kind: "group",
                side: None,
            }),
            mention: Some((start, stop)),
            role: None,
            how: "name",
            end: last,
        })
    }

    /// A subject written before its verb, which then has no subject after it: at the start
    /// of a sentence or a clause (تركيا تتعهد بتعقب ...، إلا أن السيسي عقب، أما X فاعتبر، وكان
    /// كينيك قد قال لرويتر), after a headline's label (قمة الناتو: ترامب يعلن), a name with the
    /// conjunction on it after words that are no name (رفض الاستئناف وموسكو تعتبر), or the noun
    /// a relative clause is about (إسرائيل التي تتهم ...، غابرييل، الذي اتهم). The words after
    /// the verb are then its object or its content.
    /// A verb with a conjunction goes on with the subject of the clause before it instead.
    pub(super) fn fronted(&self, k: usize) -> Option<Subject> {
        let verb = self.word(k);
        let forms = &self.lexicon.verb_forms;
        let conjoined = !forms.contains_key(verb)
            && strip_conjunction(verb).is_some_and(|b| forms.contains_key(b));
        let resumed = verb.starts_with('ف') && conjoined;
        if conjoined && !resumed {
            return None;
        }
        // (or after فقد: أما المرصد، فقد قال إن)
        let answered = resumed || !conjoined && k > 0 && self.word(k - 1) == "فقد";
        if answered {
            if let Some(topic) = self.amma_topic(k) {
                return Some(topic);
            }
        }
        let mut j = k;
        while j > 0 && j + 3 > k && self.plays(j - 1, Grammar::Auxiliary) {
            j -= 1;
        }
        let relative = j > 0 && self.plays(j - 1, Grammar::Relative);
        if relative {
            // الصحيفة التي نقلها ...: a pronoun on the verb makes the noun its object
            let object = POSSESSIVES.iter().any(|p| {
                verb.strip_suffix(p)
                    .is_some_and(|bare| bare.chars().count() >= 2 && forms.contains_key(bare))
            });
            // يسرا التي تقول الشركة إن ...: a subject of its own, then the content
            let own = self.mentions.at.get(&(k + 1)).is_some_and(|&o| {
                let other = &self.mentions.list[o];
                let mut end = other.end;
                if self.is(end, ',') {
                    end += 1;
                }
                !other.governed && self.is_complementizer(end)
            });
            // the relative agrees with a verb it is the subject of: انتقادات روحاني للولايات
            // المتحدة التي قال فيها is about what he said
            let gender = self.cue_gender(k);
            let pronoun = self.word(j - 1);
            let disagrees = match pronoun.strip_prefix('و').unwrap_or(pronoun) {
                "التي" => gender == Some(Gender::Masculine),
                "الذي" => gender == Some(Gender::Feminine),
                _ => false,
            };
            if object || own || disagrees {
                return None;
            }
            j -= 1;
            if j > 0 && self.is(j - 1, ',') {
                j -= 1;
            }
        }
        if j == 0 || self.sentence_of(j - 1) != self.sentence_of(k) {
            return None;
        }
        let (start, _) = self.sentence(k);
        let adjacent = self.before(j).next().filter(|m| m.end == j);
        let inserted = match adjacent {
            None if !relative => self.before_insertion(j, start, k),
            _ => None,
        };
        let mention = adjacent.or(inserted)?;
        if mention.speaker.is_none() && mention.refers.is_none() {
            return None;
        }
        // (or a name with the conjunction on it after words that are no name, a clause of its
        // own: رفض الاستئناف وموسكو تعتبر القرار "تحت الضغط")
        // (not before a verb with an object pronoun, whose subject is another: عقوبات ضد
        // عشرة أشخاص ومعهد تقني تتهمهم)
        let takes_object = POSSESSIVES.iter().any(|p| {
            verb.strip_suffix(p)
                .is_some_and(|bare| bare.chars().count() >= 2 && forms.contains_key(bare))
        });
        // (nor one in a list, after a comma, nor before a participle, which goes on with the
        // clause before it: إلى الشرطة والنيابة العامة طالبا)
        let finite = self.verb(k).is_some_and(|v| v.class == Class::Verb);
        let conjoined_clause = self.word(mention.first).starts_with('و')
            && !takes_object
            && finite
            && !self.is(mention.first.wrapping_sub(1), ',')
            && mention.name.0 > self.starts(mention.first)
            && mention.first > start
            && self
                .before(mention.first)
                .next()
                .is_none_or(|o| o.end != mention.first);
        let opening = mention.first == start
            || self.tokens.after_break(mention.first)
            || self.plays(mention.first.wrapping_sub(1), Grammar::OpensClause)
            || self.after_label(mention.first)
            || conjoined_clause;
        // governed by a preposition on it (لقطر), not by the particle before it (لكن قطر)
        let named_at = mention
            .role
            .map_or(mention.name.0, |r| r.0.min(mention.name.0));
        let prefix = named_at.saturating_sub(self.starts(mention.first));
        let clitic = governs(self.word(mention.first), prefix);
        // a relative clause is about its noun whatever governs it (بين واشنطن التي تطالب)
        let governed = clitic
            || mention.governed && !self.plays(mention.first.wrapping_sub(1), Grammar::OpensClause);
        if governed && !relative {
            return None;
        }
        if resumed && !matches!(self.word(mention.first.wrapping_sub(1)), "اما" | "واما") {
            return None;
        }
        if inserted.is_some() {
            // a title and its holder's name in apposition are one subject
            let subject = self
                .subject(mention.first, false)
                .filter(|s| s.speaker.is_some())?;
            let end = match self.mentions.at.get(&(k + 1)) {
                Some(&o) if !self.mentions.list[o].governed => self.mentions.list[o].end,
                _ => k + 1,
            };
            return Some(Subject { end, ..subject });
        }
        // أمريكا وبريطانيا وفرنسا وألمانيا تحذر: the conjoined mentions before it
        let mut first = mention;
        let mut members = vec![self.member(mention)];
        while let Some(other) = self
            .before(first.first)
            .next()
            .filter(|o| o.end == first.first && self.word(first.first).starts_with('و'))
        {
            members.push(self.member(other));
            first = other;
        }
        // the conjoined subjects open the clause, not the last of them
        let group_opens = first.first == start
            || self.tokens.after_break(first.first)
            || self.plays(first.first.wrapping_sub(1), Grammar::OpensClause)
            || self.after_label(first.first);
        if !(relative || opening || group_opens && members.len() > 1) {
            return None;
        }
        let speaker = if members.len() > 1 && group_opens {
            members
                .into_iter()
                .collect::<Option<Vec<_>>>()
                .map(group_of)
        } else {
            first = mention;
            self.resolve(mention)
        };
        // the object after the verb is not where its content starts (تتهم روسيا بمحاولة)
        let end = match self.mentions.at.get(&(k + 1)) {
            Some(&o) if !self.mentions.list[o].governed => self.mentions.list[o].end,
            _ => k + 1,
        };
        Some(Subject {
            speaker,
            mention: Some((first.name.0, mention.name.1)),
            role: (first.first == mention.first)
                .then(|| mention.role.filter(|r| *r != mention.name))
                .flatten(),
            how: mention.how,
            end,
        })
    }

    /// Whether token `j` follows the colon of a headline's label, a few words at the start of
    /// a line (قمة الناتو: ترامب يعلن، اليمن: الحوثيون يعلنون، تركيا: المرشح الكردي دميرتاش
    /// يندد): what follows opens the headline's clause, its subject first.
    fn after_label(&self, j: usize) -> bool {
        j >= 2
            && self.is(j - 1, ':')
            && (j.saturating_sub(6)..j - 1).any(|i| i == 0 || self.tokens.after_break(i))
            && (j.saturating_sub(6)..j - 1)
                .skip_while(|&i| i != 0 && !self.tokens.after_break(i))
                .all(|i| self.tokens.kind(i) == Kind::Word)
    }

    /// The subject أما puts first for the verb with ف (or after فقد) at `k` that answers it, whatever stands
    /// between them (أما جولييت فقالت، أما عدنان، 30 عاما، وهو أحد سكان دوما ...، فقال، أما
    /// ليكسي ستيردي مدير غرفة الحرب فتقول): the mention right after أما, or the plain words
    /// there that no mention read, up to a comma, a relative, a title or an aside. None for a
    /// topic the verb is about rather than its subject (أما بالنسبة للسندات، أما فيما يتعلق
    /// بسوريا، أما اليوم) and for a verb with its own subject after it (فقال سكاراموتشي).
    fn amma_topic(&self, k: usize) -> Option<Subject> {
        let (start, _) = self.sentence(k);
        let floor = start.max(k.saturating_sub(2 * INSERTION));
        let amma = (floor..k)
            .rev()
            .find(|&j| matches!(self.word(j), "اما" | "واما"))?;
        // the first verb with ف after أما answers it
        if (amma + 1..k).any(|j| self.word(j).starts_with('ف') && self.verb(j).is_some()) {
            return None;
        }
        let first = amma + 1;
        // the verb, or the فقد before it
        let at = if self.word(k - 1) == "فقد" {
            k - 1
        } else {
            k
        };
        let given = |j: usize| self.is_given_name(j);
        let word = self.word(first);
        if first >= at
            || self.tokens.kind(first) != Kind::Word
            || self.is_function_word(first)
            || word.starts_with(['ب', 'ل', 'ف']) && !given(first)
            || self.plays(first, Grammar::Time)
            || self.verb(first).is_some()
            || self.is_complementizer(first)
            // (an adverb in the accusative: أما داخليا، أما نقابيا)
            || word.ends_with('ا') && !given(first)
        {
            return None;
        }
        // a subject after the verb is its own (فقالت وزارة الداخلية، فينصح الخبراء، فرأى
        // بعضها)
        let own = self
            .mentions
            .at
            .get(&(k + 1))
            .is_some_and(|&o| !self.mentions.list[o].governed)
            || self.is_group_word(k + 1)
            || self.plays(k + 1, Grammar::Partitive);
        if own {
            return None;
        }
        let end = k + 1;
        // a name in apposition between commas right before the verb is the one the topic
        // names (أما أستاذ التفسير في جامعة الأزهر، محمد سعدي، فيقول)
        let apposed = self.before(k).next().filter(|m| {
            m.end + 1 == at
                && self.is(m.end, ',')
                && m.first > first + 1
                && self.is(m.first - 1, ',')
                && m.how == "name"
                && !m.title_only
                && !m.governed
                && m.speaker.as_ref().is_some_and(|s| s.kind == "person")
        });
        if let Some(name) = apposed {
            return Some(Subject {
                speaker: self.resolve(name),
                mention: Some(name.name),
                role: Some((self.starts(first), self.ends(name.first - 2))),
                how: "name",
                end,
            });
        }
        if self.mentions.at.contains_key(&first) {
            let subject = self
                .subject(first, false)
                .filter(|s| s.speaker.is_some() && s.end <= at)?;
            return Some(Subject { end, ..subject });
        }
        // the words no mention read: a name, or a description with a name the mentions read
        // inside it (أما الأخت آن شابيل)
        let mut last = first;
        while last < at && last < first + 4 {
            if last > first {
                if let Some(&m) = self.mentions.at.get(&last) {
                    let mention = &self.mentions.list[m];
                    let person = mention.speaker.as_ref().is_some_and(|s| s.kind == "person");
                    if !person || mention.governed || mention.end > at {
                        return None;
                    }
                    let subject = self.subject(last, false).filter(|s| s.end <= at)?;
                    let role = Some((self.starts(first), self.ends(last - 1)));
                    return Some(Subject {
                        end,
                        role,
                        ..subject
                    });
                }
            }
            let word = self.word(last);
            // (a family name with ب as the name's last word: أما شيروان بري، فقال)
            let closing = last + 1 == at || self.is(last + 1, ',');
            let named = last > first
                && closing
                && word.starts_with('ب')
                && !word.starts_with("بال")
                && !super::mentions::is_pronoun_phrase(word)
                && self.tokens.kind(last) == Kind::Word
                && !self.is_function_word(last);
            let stop = !(self.subject_word(last) || named)
                || self.is_function_word(last)
                || self.plays(last, Grammar::Relative)
                || word.starts_with('و') && last > first
                || last > first && self.title_at(last, true).is_some();
            if stop {
                break;
            }
            last += 1;
        }
        // (a topic that runs on into a clause of its own is no name: أما الهجوم الذي ...)
        if last == first || last - first == 4 && last < at && !self.is(last, ',') {
            return None;
        }
        let head = self.word(first);
        let definite = head.starts_with("ال");
        let kind = if !definite && last - first <= 3 {
            "person"
        } else if definite && (head.ends_with("ون") || head.ends_with("ين")) {
            "group"
        } else {
            "institution"
        };
        let how = if kind == "person" {
            "name"
        } else {
            "description"
        };
        Some(self.written_subject(first, last, kind, how, end))
    }

    /// The subject a clause opens with when an insertion stands between it and its verb at
    /// `k`, ending at `j` with a comma or a parenthesis: a name in apposition, a relative or
    /// a circumstance between commas, an acronym in parentheses (لكن الشركة (إي.دي.إف) قالت،
    /// وكان المتحدث باسم الجيش، العقيد فلان، أكد). None when the verb has a subject after it.
    fn before_insertion(&self, j: usize, start: usize, k: usize) -> Option<&Mention> {
        if !(self.is(j - 1, ',') || self.is(j - 1, ')')) {
            return None;
        }
        if self
            .mentions
            .at
            .get(&(k + 1))
            .is_some_and(|&o| !self.mentions.list[o].governed)
        {
            return None;
        }
        self.before(j - 1)
            .take_while(|m| m.first >= start && m.first + INSERTION >= j)
            .filter(|m| self.is(m.end, ',') || self.is(m.end, '(') || m.end + 1 == j)
            .filter(|m| {
                // not after a complementizer that opens reported content (قال مصدر إن روسيا،
                // وهي حليف للأسد، أبلغت): what is reported there is no report of its own;
                // a contrast is (إلا أن الوزير، في رده، قال)
                let before = self.word(m.first.wrapping_sub(1));
                let content = matches!(before, "ان" | "وان")
                    && !matches!(self.word(m.first.wrapping_sub(2)), "الا" | "غير" | "بيد");
                m.first == start
                    || self.tokens.after_break(m.first)
                    || self.lexicon.is(before, Grammar::OpensClause) && !content
            })
            .last()
    }

    /// The speaker a cue with no subject of its own refers to: the speaker of an earlier
    /// report in the same sentence, else (unless only a speaker will do) the nearest mention
    /// before it in the sentence, else the last speaker of the last few paragraphs.
    pub(super) fn implied(&self, k: usize, antecedent: Antecedent) -> Option<Speaker> {
        let sentence = self.sentence_of(k);
        // the subject the clause of a participle writes out and no mention read
        // (one whose content a complementizer or a mark opens, after its preposition if it has
        // one: an adjective written alike has no such content, حراسة مشددة، مهددة بالانقراض)
        let marked = |j: usize| {
            self.is_complementizer(j) || self.mark(j).is_some_and(|c| ":\"«“".contains(c))
        };
        let participle = self.verb(k).is_some_and(|v| v.class == Class::Participle)
            && (marked(k + 1) || self.plays(k + 1, Grammar::Preposition) && marked(k + 2));
        let opening = (participle && antecedent == Antecedent::Subject)
            .then(|| {
                let (start, _) = self.sentence(k);
                let clause = self.conjunction_before(start, k).map_or(start, |c| c + 1);
                self.opening_subject(clause, k)
            })
            .flatten();
        // (one no word of which can speak, only when the cue has no other to go on with)
        let fallback = || {
            opening
                .as_ref()
                .and_then(|(s, _, _)| s.speaker.clone())
                .filter(|s| self.agrees(k, s))
        };
        if antecedent != Antecedent::Possessor {
            let earlier = self
                .drafts
                .iter()
                .rev()
                .take_while(|d| d.sentence >= sentence)
                .find(|d| d.sentence == sentence);
            // (the medium's report, its saying of another's: ونقل الموقع عن فلان قوله ...، مضيفا)
            if let Some(source) = earlier.and(self.saying_source(k, antecedent)) {
                return Some(source);
            }
            if let Some(speaker) = earlier.and_then(|d| d.speaker.clone()) {
                if self.agrees(k, &speaker) {
                    return Some(speaker);
                }
            }
        }
        if antecedent != Antecedent::Speaker {
            let (start, _) = self.sentence(k);
            let candidates: Vec<&Mention> = self
                .before(k)
                .take_while(|m| m.first >= start)
                .filter(|m| m.end <= k && !self.covered[m.first])
                // (a noun a relative clause is about, whatever governs it: مع المطرب رامي
                // جمال، الذي طرح أغنية وأعلن)
                .filter(|m| {
                    let about = self.plays(m.end, Grammar::Relative)
                        || self.is(m.end, ',') && self.plays(m.end + 1, Grammar::Relative);
                    antecedent == Antecedent::Possessor
                        || !(m.governed || participle && self.in_apposition_governed(m))
                        || about
                })
                // a place speaks only as the subject it is, not as an antecedent, unless a
                // feminine verb asks for one (غضب أنقرة، وقالت)
                .filter(|m| {
                    m.speaker.as_ref().is_none_or(|s| s.kind != "place")
                        || self.cue_gender(k) == Some(Gender::Feminine)
                })
                // a dateline's credit, (CNN)، is nobody's subject, nor its place (دبي،
                // الإمارات العربية المتحدة (CNN))
                .filter(|m| m.first == 0 || !self.is(m.first - 1, '('))
                .filter(|m| {
                    let credit = |end: usize| self.is(end, '(');
                    let dateline = credit(m.end)
                        || self.is(m.end, ',')
                            && self
                                .mentions
                                .at
                                .get(&(m.end + 1))
                                .is_some_and(|&o| credit(self.mentions.list[o].end));
                    !dateline || m.speaker.as_ref().is_none_or(|s| s.kind != "place")
                })
                .collect();
            // the owner of a possessive is the nearest noun; the subject a participle or a
            // coordinated verb goes on with is the sentence's first (ورفض X التعليق، مؤكدا)
            // ... فيما لم يبد بوتين أي التزام، قائلا: the clause a conjunction starts
            let conjunction = self.conjunction_before(start, k);
            let clause = conjunction.unwrap_or(start);
            // ورحبت المعارضة بالقرار، مؤكدة: a participle goes on with the subject its clause
            // writes out, when no mention read it and one of its words can speak, before any
            // mention after it (the verb's object, a noun it governs)
            let opens = conjunction.map_or(start, |c| c + 1);
            // (only for a cue opening its clause: حيث قال، ، وقال، ، قائلا)
            let opens_clause = k
                .checked_sub(1)
                .is_some_and(|j| conjunction == Some(j) || self.is(j, ','));
            let carried = (antecedent == Antecedent::Subject && opens_clause)
                .then(|| self.subject_of_kana(start, k))
                .flatten()
                .filter(|s| self.agrees(k, s));
            if carried.is_some() {
                return carried;
            }
            if let Some((subject, first, true)) = opening.as_ref() {
                let earlier = candidates
                    .iter()
                    .any(|m| m.first >= opens && m.first < *first);
                let speaker = subject.speaker.as_ref().filter(|s| self.agrees(k, s));
                if let Some(speaker) = speaker.filter(|_| !earlier) {
                    return Some(speaker.clone());
                }
            }
            let found = if antecedent == Antecedent::Possessor {
                candidates.iter().find_map(|m| self.resolve(m))
            } else {
                // the verb agrees with its subject: وقالت needs a feminine antecedent (أنقرة،
                // المحكمة), وقال a masculine one
                // a feminine verb in news most often goes on with a country or an
                // organisation: one known to be feminine before one that may be a man
                let feminine = self.cue_gender(k) == Some(Gender::Feminine);
                let first = |from: usize| {
                    let agreeing = || {
                        candidates
                            .iter()
                            .rev()
                            .filter(|m| m.first >= from)
                            .filter_map(|m| self.listed(m))
                            .filter(|s| self.agrees(k, s))
                    };
                    let known = feminine
                        .then(|| agreeing().find(|s| self.gender_of(s) == Some(Gender::Feminine)))
                        .flatten();
                    known.or_else(|| agreeing().next())
                };
                first(clause).or_else(|| first(start))
            };
            if found.is_some() {
                return found;
            }
        }
        let paragraph = self.paragraph_of(k);
        let Some((last, spoke_in)) = self
            .last
            .as_ref()
            .filter(|(_, p)| paragraph.saturating_sub(*p) <= REACH)
        else {
            // no one spoke lately: وصل الرئيس ماكرون إلى بيروت. وقال إن ... goes on with the
            // subject of the sentence before, when the cue can have none of its own (its
            // content, a mark or a preposition right after it)
            return (antecedent == Antecedent::Subject && self.bare_cue(k))
                .then(|| self.subject_before(k))
                .flatten()
                .or_else(fallback);
        };
        if let Some(source) = self.saying_source(k, antecedent) {
            return Some(source);
        }
        // وقال الوزير إن ... . ووصل السفير فلان إلى ... . وأضاف أن: a bare verb opening its
        // sentence goes on with the person the sentence before names as the subject of its
        // verb, of the verb's gender, before a speaker of an earlier sentence (not when that
        // sentence reported someone's words: قال نصرالله عن تهديدات ترامب: "..." . وأضاف)
        let (opens, _) = self.sentence(k);
        let first = k == opens || k == opens + 1 && self.plays(opens, Grammar::Carrier);
        let reported_before = || {
            let before = self.sentence_of(opens.saturating_sub(1));
            self.drafts
                .iter()
                .rev()
                .take_while(|d| d.sentence >= before)
                .any(|d| d.sentence == before)
        };
        if antecedent == Antecedent::Subject
            && first
            && opens > 0
            && self.bare_cue(k)
            && !reported_before()
        {
            let cue = self.cue_gender(k);
            let subject = self.subject_before(k).filter(|s| {
                s != last && s.kind == "person" && cue.is_some() && self.gender_of(s) == cue
            });
            if subject.is_some() {
                return subject;
            }
        }
        if self.agrees_last(k, last) {
            return Some(last.clone());
        }
        // ونقلت الصحيفة عن راموس قوله ...، وتابع: a verb that cannot agree with the medium
        // that relayed the words goes on with the source it relayed, in that paragraph or the
        // next, when the cue has no words of its own before its content
        let source = self
            .relayed
            .as_ref()
            .map(|(s, _)| s)
            .filter(|s| paragraph <= spoke_in + 1 && self.bare_cue(k) && self.agrees(k, s));
        if let Some(source) = source {
            return Some(source.clone());
        }
        // وقالت الباحثة ... واقترح الدكتور فلان حلا. وأضاف أن: a verb the last speaker cannot
        // agree with goes on with the subject of the sentence before, when it agrees (a
        // feminine verb with one known to be feminine: a name of unknown gender is most often
        // a man's). Only for a verb that opens its sentence: one further in has the subject of
        // its own clause (بينما دفع النظام بقواته لمواجهة ما وصفه)
        if antecedent == Antecedent::Subject && first && self.bare_cue(k) {
            let feminine = self.cue_gender(k) == Some(Gender::Feminine);
            let subject = self.subject_before(k).filter(|s| {
                s != last && (!feminine || self.gender_of(s) == Some(Gender::Feminine))
            });
            if subject.is_some() {
                return subject;
            }
        }
        // وتقول إن ... after a man spoke: the last woman named in this paragraph or the one
        // before, by her given name, as the subject of her clause. (Not the other way round: a
        // masculine verb with no subject found goes on as often with a ministry or a decision
        // the text names in words no lexicon holds, وقال الإليزيه، وأوضح القرار, as with a man.)
        let woman = self
            .cue_gender(k)
            .filter(|&g| g == Gender::Feminine)
            .and_then(|cue| {
                self.before(k)
                    .take_while(|m| self.paragraph_of(m.first) + 1 >= paragraph)
                    .filter(|m| !m.governed && m.end <= k && m.how == "name")
                    .filter_map(|m| m.speaker.as_ref())
                    .find(|s| s.kind == "person" && self.gender_of(s) == Some(cue))
                    .cloned()
            });
        woman
            .or_else(|| self.same_sentence_subject(k, antecedent))
            .or_else(fallback)
    }

    /// The source the last speaker relayed, for a cue of the number and gender the verbal noun
    /// of its saying gave it (ونقل الموقع عن روكسبرغ قوله ... وأضاف; عن الوزيرة قولها ...
    /// وتابعت; عن مسؤولين قولهم ... وأشاروا), in that paragraph or the next: the words go on
    /// with whom they were relayed from, not with the medium that relayed them.
    fn saying_source(&self, k: usize, antecedent: Antecedent) -> Option<Speaker> {
        let (source, saying) = self.relayed.as_ref()?;
        let (_, spoke_in) = self.last.as_ref()?;
        let fits = match (*saying)? {
            Saying::Man => self.cue_gender(k) == Some(Gender::Masculine),
            Saying::Woman => self.cue_gender(k) == Some(Gender::Feminine),
            Saying::Several => self.plural_verb(k),
        };
        (antecedent == Antecedent::Subject
            && fits
            && self.bare_cue(k)
            && self.paragraph_of(k) <= spoke_in + 1)
            .then(|| source.clone())
    }

    /// The subject a sentence opening with كان writes before قد (وكان X قد عرض تدريب المنتخب
    /// ...، حيث قال؛ وكانت الوزارة قد أعلنت ...، وقالت): the subject of its verb, which a cue
    /// with none of its own in that sentence goes on with, not the verb's object after it.
    fn subject_of_kana(&self, start: usize, k: usize) -> Option<Speaker> {
        let opening = self.word(start);
        let kana = matches!(
            strip_conjunction(opening).unwrap_or(opening),
            "كان" | "كانت"
        );
        if !kana {
            return None;
        }
        let &o = self.mentions.at.get(&(start + 1))?;
        let subject = &self.mentions.list[o];
        (!subject.governed && subject.end < k && self.word(subject.end) == "قد")
            .then(|| self.listed(subject))
            .flatten()
    }

    /// Whether the mention `m` is in apposition to a noun a preposition governs, or joined by
    /// و to one that is (تحدث عن قلبي الدفاع X وY، مع مدرب الفريق X): it is governed as well,
    /// though no preposition is right before it.
    fn in_apposition_governed(&self, m: &Mention) -> bool {
        let first = m.first;
        // the noun right before, definite, completing a noun with no article right after a
        // preposition (بين قلبي الدفاع X، مع مدرب الفريق X): a verb there would take a subject
        let word = |j: usize| self.tokens.kind(j) == Kind::Word;
        let apposed = first >= 3 && {
            let (noun, head, preposition) = (first - 1, first - 2, first - 3);
            word(noun)
                && self.word(noun).starts_with("ال")
                && word(head)
                && !self.word(head).starts_with("ال")
                && !self.is_function_word(head)
                && self.verb(head).is_none()
                && word(preposition)
                && self.is_function_word(preposition)
                && self.plays(preposition, Grammar::Preposition)
        };
        // the second of two joined names: the first is in apposition as well
        let joined = self.word(first).starts_with('و')
            && self
                .before(first)
                .next()
                .is_some_and(|o| o.end == first && self.in_apposition_governed(o));
        apposed || joined
    }

    /// The speaker of an earlier report in the sentence of a participle at `k` whose gender
    /// did not agree with it: a participle goes on with its sentence's subject, and when none
    /// agrees the writer slipped on the gender (وقالت المديرية إن ...، مضيفا أن).
    fn same_sentence_subject(&self, k: usize, antecedent: Antecedent) -> Option<Speaker> {
        if antecedent == Antecedent::Possessor
            || self.verb(k).is_none_or(|v| v.class != Class::Participle)
        {
            return None;
        }
        // (a person's gender is no slip, and a medium that relayed someone's words leaves the
        // participle to its source: نقلت الوكالة عن الرئيس قوله ...، لافتا)
        let sentence = self.sentence_of(k);
        self.drafts
            .last()
            .filter(|d| d.sentence == sentence && d.cue_lemma.as_deref() != Some("نقل"))
            .and_then(|d| d.speaker.clone())
            .filter(|s| s.kind == "institution")
    }

    /// The last conjunction that opens a clause (فيما، بينما، حيث، حين، إذ) from `start` to
    /// before `k`.
    fn conjunction_before(&self, start: usize, k: usize) -> Option<usize> {
        (start..k)
            .rev()
            .find(|&j| matches!(self.word(j), "فيما" | "بينما" | "حيث" | "حين" | "اذ"))
    }

    /// Whether the cue at `k` can have no subject of its own: its content, a mark or a
    /// preposition is right after it (علي is a name as well, unless the verb takes على), or
    /// after a participle or verbal noun that only says it spoke (وتابع قائلا: "..."، وأضاف
    /// بالقول إن): that word leaves the subject where it was.
    pub(super) fn bare_cue(&self, k: usize) -> bool {
        let takes = |p: &str| {
            self.verb(k)
                .is_some_and(|v| v.prepositions.iter().any(|q| q == p))
        };
        // (as search normalization writes them: قائلا is قاءلا)
        let saying = matches!(
            self.word(k + 1),
            "قاءلا" | "قاءله" | "قاءلين" | "قاءلتين" | "بالقول"
        );
        let j = if saying { k + 1 } else { k };
        let next = self.word(j + 1);
        self.is_complementizer(j + 1)
            || self.mark(j + 1).is_some_and(|c| ":\"«“".contains(c))
            || self.plays(j + 1, Grammar::Preposition)
                && (next != "علي" || takes(next) && !self.is_ali(j + 1))
    }

    /// The subject of the sentence before the one of the cue at `k`, in its paragraph or the
    /// one before: a person, a body or (for a feminine verb) a country opening it, or right
    /// after its first word when that word is no reporting verb that made a report there (the
    /// verb it opens with, وصل الرئيس ماكرون، اعتقلت الولايات المتحدة; at times an adverb;
    /// ويطلب محامي ستورمي شهادة ...), agreeing with the cue.
    fn subject_before(&self, k: usize) -> Option<Speaker> {
        let (start, _) = self.sentence(k);
        let paragraph = self.paragraph_of(k);
        let previous = start.checked_sub(1)?;
        let (opens, _) = self.sentence(previous);
        if self.paragraph_of(opens) + 1 < paragraph {
            return None;
        }
        // (لكن أمام الصحافيين، فضلت السفيرة ...: its verb and subject after a fronted phrase)
        let opens = self.past_fronted(opens, start).unwrap_or(opens);
        // a reporting verb opening the sentence before that made no report there is any verb
        let sentence = self.sentence_of(opens);
        let reported = || {
            self.drafts
                .iter()
                .rev()
                .take_while(|d| d.sentence >= sentence)
                .any(|d| d.sentence == sentence)
        };
        // or a person named a few plain words further, after the verb and a description or
        // an adverb (بدأ العالم الأسترالي ديفيد غودال رحلة، وحتى الآن فقد ديفيد غرين)
        // (a verb of one, as a person is: not أعلنا، يؤكدان; and a name the text gives
        // a title or names again, not a phrase read as a name once: وجود أي انتشار)
        let named_further = |m: &Mention| {
            m.how == "name"
                && m.first <= opens + NAMED_FURTHER
                && m.speaker.as_ref().is_some_and(|s| s.kind == "person")
                && self.cue_gender(k).is_some()
                && (m.title.is_some() || m.speaker.as_ref().is_some_and(|s| self.named_again(s)))
                && (opens..m.first).all(|j| {
                    // (a preposition opening the sentence starts an adverb: وحتى الآن، وفي
                    // وقت سابق; one further governs a phrase the name may end: إلى مطار)
                    self.tokens.kind(j) == Kind::Word
                        && !self.is_complementizer(j)
                        && (j == opens || !self.plays(j, Grammar::Preposition))
                        && !self.plays(j, Grammar::Relative)
                })
                && (self.verb(opens).is_none() || !reported())
        };
        let subject = self
            .before(start)
            .take_while(|m| m.first >= opens)
            .filter(|m| m.first <= opens + NAMED_FURTHER)
            .last()
            .filter(|m| {
                m.first == opens
                    || m.first == opens + 1 && (self.verb(opens).is_none() || !reported())
                    || named_further(m)
            })?;
        if subject.governed || subject.first == opens + 1 && self.tokens.kind(opens) != Kind::Word {
            return None;
        }
        // a country goes on as the subject of a feminine verb opening its sentence
        // (اعتقلت الولايات المتحدة ... وقالت); not of one further in, whose subject its own
        // clause writes (فجميع الدلائل تشير، نشر الجيش صورة قالت), nor of a participle
        // (حراسة مشددة)
        let country = || {
            let first = k == start || k == start + 1 && self.plays(start, Grammar::Carrier);
            first
                && self.cue_gender(k) == Some(Gender::Feminine)
                && self.verb(k).is_some_and(|v| v.class != Class::Participle)
        };
        // (a person goes on with a verb of one: not أعلنا، يؤكدان)
        self.resolve(subject).filter(|s| {
            (matches!(s.kind, "institution" | "medium")
                || s.kind == "person" && self.cue_gender(k).is_some()
                || s.kind == "place" && country())
                && self.agrees(k, s)
        })
    }

    /// The token after a phrase a preposition opens before the verb of the sentence that
    /// starts at `opens`, and the comma that closes it (لكن أمام الصحافيين، فضلت; وفي وقت
    /// سابق، أعلنت): a few words with no reporting verb, complementizer or subject (وفي حين
    /// وصل ماكرون، غادر: a clause of its own), before `end`.
    fn past_fronted(&self, opens: usize, end: usize) -> Option<usize> {
        let first = if matches!(self.word(opens), "لكن" | "ولكن") {
            opens + 1
        } else {
            opens
        };
        let word = self.word(first);
        let bare = strip_conjunction(word).unwrap_or(word);
        if !(self.plays(first, Grammar::Preposition) || self.lexicon.is(bare, Grammar::Preposition))
        {
            return None;
        }
        let comma = (first + 1..(first + 7).min(end)).find(|&j| self.is(j, ','))?;
        let plain = (first..comma).all(|j| {
            self.tokens.kind(j) == Kind::Word
                && self.verb(j).is_none()
                && !self.is_complementizer(j)
        });
        let subject = self
            .before(comma)
            .take_while(|m| m.first >= first)
            .any(|m| !m.governed);
        (plain && !subject).then_some(comma + 1)
    }

    /// The gender the cue at `k` gives its subject: a verb's ending or prefix (قالت، تقول,
    /// not قال), a participle's (مؤكدة), a carrier's pronoun (لكنها). None for a plural,
    /// a phrase or a word that does not say.
    pub(super) fn cue_gender(&self, k: usize) -> Option<Gender> {
        if k > 0 && self.plays(k - 1, Grammar::Carrier) {
            return Some(if self.word(k - 1).ends_with("ها") {
                Gender::Feminine
            } else {
                Gender::Masculine
            });
        }
        let verb = self.verb(k)?;
        let word = self.word(k);
        let forms = &self.lexicon.verb_forms;
        let bare = if forms.contains_key(word) {
            word
        } else {
            strip_conjunction(word).unwrap_or(word)
        };
        let lemma = verb.lemma.as_str();
        match verb.class {
            // a verbal noun with ب and its speaker's pronoun (بقوله، بقولها، بقولهم): the
            // pronoun says the gender, not an ending of the participle's
            Class::Participle if bare.starts_with('ب') => {
                if bare.ends_with("ها") {
                    Some(Gender::Feminine)
                } else if bare.ends_with("هم") || bare.ends_with("هما") || bare.ends_with("هن")
                {
                    None
                } else {
                    Some(Gender::Masculine)
                }
            }
            Class::Participle => {
                if bare.ends_with("ين") || bare.ends_with("ون") {
                    None
                } else if bare.ends_with('ه') && !lemma.ends_with('ه') {
                    Some(Gender::Feminine)
                } else {
                    Some(Gender::Masculine)
                }
            }
            Class::Verb | Class::Event => {
                // (past the object pronoun after a feminine ending: وصفته، اعتبرتها)
                let bare = without_object(bare);
                let plural = ["وا", "ون", "ان", "تا", "ن"]
                    .iter()
                    .any(|e| bare.ends_with(e))
                    && !lemma.ends_with('ن');
                if plural {
                    None
                } else if bare.ends_with('ت') && bare != lemma
                    || bare.starts_with('ت') && !lemma.starts_with('ت')
                {
                    Some(Gender::Feminine)
                } else {
                    Some(Gender::Masculine)
                }
            }
            _ => None,
        }
    }

    /// Whether the verb at `k` writes a plural or dual subject in its ending (قالوا، يقولون،
    /// يؤكدان، أكدتا): it speaks for several, never for one person.
    pub(super) fn plural_verb(&self, k: usize) -> bool {
        let Some(verb) = self.verb(k) else {
            return false;
        };
        let word = self.word(k);
        let bare = if self.lexicon.verb_forms.contains_key(word) {
            word
        } else {
            strip_conjunction(word).unwrap_or(word)
        };
        // (an ending that is the verb's own letters is none: أدان، not أعلنوا)
        let bare = without_object(bare);
        matches!(verb.class, Class::Verb | Class::Event)
            && ["وا", "ون", "ان", "تا"].iter().any(|e| bare.ends_with(e))
            && !bare.chars().eq(verb.lemma.chars().map(normalized_letter))
    }

    /// Whether the subject read right after the verb at `k` is rather its object: the verb is
    /// masculine and the noun one only a feminine verb takes as its subject (a body whose head
    /// ends in ة or ات, دول): وحذر الدول الإفريقية من، وحث الحكومة الإيرانية على. Not a
    /// country, which may take either (أعلن العراق، أعلنت مصر), nor a woman by her given name
    /// (writers slip on a foreign one's gender: وقال سارة سو).
    pub(super) fn disagreeing_object(&self, k: usize, subject: &Subject) -> bool {
        let Some(speaker) = subject.speaker.as_ref() else {
            return false;
        };
        // (read after the verb, not before it, and as written: البيان or الوزارة that point
        // back to an issuer say nothing of the gender of whom they name)
        let Some(&m) = self.mentions.at.get(&(k + 1)) else {
            return false;
        };
        let mention = &self.mentions.list[m];
        if subject
            .mention
            .is_none_or(|(start, _)| start < self.starts(k + 1))
            || mention.refers.is_some()
            || self.verb(k).is_none_or(|v| v.class != Class::Verb)
            || self.cue_gender(k) != Some(Gender::Masculine)
        {
            return false;
        }
        // the verb's own preposition after the noun: its object, then what it is warned of,
        // urged to, accused of (حذر الدول من، حث الحكومة على، اتهم الصحيفة بأنها); with none
        // after it (وقال وزارة العدل إن) the writer slipped on the gender of the subject
        let takes = |p: &str| {
            self.verb(k)
                .is_some_and(|v| v.prepositions.iter().any(|q| q == p))
        };
        let after = self.word(subject.end);
        let clitic = after.chars().next().map(String::from).unwrap_or_default();
        if !(takes(after) || after.chars().count() > 3 && takes(&clitic)) {
            return false;
        }
        // (a present in ت may be feminine: تتوقع of توقع)
        let verb = self.word(k);
        if strip_conjunction(verb).unwrap_or(verb).starts_with('ت') {
            return false;
        }
        let word = self.word(k + 1);
        let head = word.strip_prefix("ال").unwrap_or(word);
        // (دول, states, a broken plural of things, whatever kind the head was read as)
        head == "دول"
            || match speaker.kind {
                "institution" | "medium" => {
                    mention.how == "name"
                        && head != "امم"
                        && (head.ends_with('ه') || head.ends_with("ات"))
                        && (self.lexicon.groups.contains_key(word)
                            || self.lexicon.groups.contains_key(head))
                }
                _ => false,
            }
    }

    /// Whether `speaker` can be the subject of the cue at `k`: a country or a feminine
    /// organisation (وزارة، الحكومة، السلطات) takes a feminine verb, a masculine one (الجيش،
    /// مجلس) a masculine verb; people and groups may take either as far as this can tell. A
    /// verb with a plural or dual ending (وطالبوا، يقولون) never goes on with one person.
    fn agrees(&self, k: usize, speaker: &Speaker) -> bool {
        if self.plural_verb(k) && self.one_person(speaker) {
            return false;
        }
        let Some(cue) = self.cue_gender(k) else {
            return true;
        };
        self.gender_of(speaker).is_none_or(|g| g == cue)
    }

    /// Whether `speaker` is one person: a man or a woman by a given name the lexicon knows (not
    /// a plural read as a person: رؤساء الكنائس، آخرون، شاهد عيان، أولياء أمور).
    fn one_person(&self, speaker: &Speaker) -> bool {
        speaker.kind == "person" && self.gender_of(speaker).is_some()
    }

    /// Whether the cue at `k` agrees with the last speaker: as `agrees` reads it, or with the
    /// gender the verb that named it gave it (وقالت الشرطة ... كما أوضحت، وأضاف التقرير ...
    /// وقال, whatever the entity's name says).
    fn agrees_last(&self, k: usize, last: &Speaker) -> bool {
        self.agrees(k, last)
            || matches!((self.last_gender, self.cue_gender(k)), (Some(named), Some(cue)) if named == cue)
    }

    /// Notes a body the cue at `k` gives a feminine verb as its subject, when its name is no
    /// Arabic head that says its gender itself (مجلس, even in وطالبت المجلس, stays masculine).
    pub(super) fn learn_gender(&mut self, k: usize, speaker: Option<&Speaker>) {
        let Some(speaker) = speaker.filter(|s| matches!(s.kind, "institution" | "medium")) else {
            return;
        };
        let name = self.lexicon.normalizer.normalize(&speaker.name);
        let head = name.split_whitespace().next().unwrap_or("");
        let bare = head.strip_prefix("ال").unwrap_or(head);
        let groups = &self.lexicon.groups;
        if groups.contains_key(head) || groups.contains_key(bare) {
            return;
        }
        if self.cue_gender(k) == Some(Gender::Feminine) && !self.feminine.contains(&speaker.name) {
            self.feminine.push(speaker.name.clone());
        }
    }

    /// A speaker's grammatical gender, where its kind, head or given name says it.
    fn gender_of(&self, speaker: &Speaker) -> Option<Gender> {
        match speaker.kind {
            "place" => Some(Gender::Feminine),
            "institution" | "medium" if self.feminine.contains(&speaker.name) => {
                Some(Gender::Feminine)
            }
            "institution" | "medium" => {
                let name = self.lexicon.normalizer.normalize(&speaker.name);
                let head = name.split_whitespace().next().unwrap_or("");
                let stem: Vec<char> = head.strip_prefix("ال").unwrap_or(head).chars().collect();
                // a broken plural of things (وسائل إعلام، مصادر) takes a verb in either form:
                // ذكرت وسائل إعلام ... وأضافت
                let broken_plural = stem.len() >= 5 && stem[2] == 'ا';
                if head.ends_with('ه') || head.ends_with("ات") {
                    Some(Gender::Feminine)
                } else if head == "الامم" || head == "امم" || broken_plural {
                    None
                } else {
                    Some(Gender::Masculine)
                }
            }
            // a woman or a man by the given name: جنان، أحمد
            "person" => {
                let name = self.lexicon.normalizer.normalize(&speaker.name);
                let given = name.split_whitespace().next().unwrap_or("");
                self.lexicon.given_names.get(given).map(|&woman| {
                    if woman {
                        Gender::Feminine
                    } else {
                        Gender::Masculine
                    }
                })
            }
            _ => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// Whom the verbal noun of a relayed source's saying says the source is: one man (قوله), one
/// woman (قولها) or several (قولهم، قولهما).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Saying {
    Man,
    Woman,
    Several,
}

/// A verb as written without the object pronoun after a feminine ending (وصفته، اعتبرتها).
fn without_object(verb: &str) -> &str {
    ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|o| {
            verb.strip_suffix(o)
                .filter(|s| s.ends_with('ت') && s.chars().count() >= 3)
        })
        .unwrap_or(verb)
}

/// Several speakers as one group entity, named in a fixed order so that every spelling of the
/// same group meets.
pub fn group_of(mut members: Vec<Speaker>) -> Speaker {
    members.sort_by(|a, b| a.name.cmp(&b.name));
    members.dedup_by(|a, b| a.name == b.name);
    let side = match members.first() {
        Some(first) if members.iter().all(|m| m.side == first.side) => first.side.clone(),
        _ => Some("other".to_owned()),
    };
    let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    Speaker {
        name: names.join(" و"),
        kind: "group",
        side,
    }
}

/// Whether `word` is a report or a study (لتقرير، التقرير، للدراسة).
fn is_report(word: &str) -> bool {
    is_one_of(word, &["تقرير", "تقريرا", "دراسه"])
}

/// Whether a word names a statement (بيان، بيانا، البيان، ببيان).
fn is_statement(word: &str) -> bool {
    is_one_of(word, &["بيان", "بيانا"])
}

/// Whether `word` is one of `nouns` behind و or ف, ب or ل and ال (or the ل that takes its alef).
fn is_one_of(word: &str, nouns: &[&str]) -> bool {
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let definite = |w: &str| {
        nouns.contains(&w)
            || w.strip_prefix("ال")
                .or_else(|| w.strip_prefix('ل'))
                .is_some_and(|n| nouns.contains(&n))
    };
    definite(word) || word.strip_prefix(['ب', 'ل']).is_some_and(definite)
}
