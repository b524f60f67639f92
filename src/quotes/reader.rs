//! Reading one document: quotation marks paired, sentences found, speakers' mentions read, then
//! each cue in order with its speaker and its content. Offsets are code points of the
//! normalized text; `mod.rs` maps them back to the original.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{
    skeleton, strip_conjunction, Class, Classes, Grammar, Lexicon, Name, Refers, Then, Verb,
};
use super::words::{Form, Words};
use super::Speaker;
use crate::lexicon::Phrases;
use crate::tokens::{Kind, Token};

/// A quote before its offsets are mapped back to the original text.
#[derive(Clone)]
pub struct Draft {
    pub kind: &'static str,
    pub content: (usize, usize),
    pub cue: Option<(usize, usize)>,
    pub cue_lemma: Option<String>,
    pub speaker: Option<Speaker>,
    pub mention: Option<(usize, usize)>,
    pub speaker_ref: &'static str,
    pub role: Option<(usize, usize)>,
    pub alt_speakers: Vec<String>,
    pub fragments: Vec<(usize, usize)>,
    pub confidence: f64,
    sentence: usize,
}

/// A pair of quotation marks (or one mark with the other end inferred), and the tokens inside.
#[derive(Clone, Debug)]
struct Pair {
    open: Option<usize>,
    close: Option<usize>,
    /// The tokens inside: `first..end`.
    first: usize,
    end: usize,
    /// A quoted name or title (منصة "إكس"), not speech.
    label: bool,
}

/// A noun phrase that names, describes or points at a speaker.
#[derive(Clone, Debug)]
struct Mention {
    /// The tokens of the whole phrase: `first..end`.
    first: usize,
    end: usize,
    /// The part that names the speaker (the name after a title), in normalized offsets.
    name: (usize, usize),
    role: Option<(usize, usize)>,
    speaker: Option<Speaker>,
    refers: Option<Refers>,
    /// name or description.
    how: &'static str,
    /// Whether a preposition governs it, so that it cannot be a subject (مع ترمب، لبوتين).
    governed: bool,
    /// A title with no name (الرئيس الأميركي, مبعوث بوتين).
    title_only: bool,
}

/// Where the content of a report starts, as the reporting word's complement.
enum Complement {
    /// A clause or noun phrase from this token (and this many code points into it).
    Clause(usize, usize),
    /// A pair of quotation marks.
    Quote(usize),
    /// Unmarked words after a colon.
    Colon(usize),
}

/// What a cue with no subject of its own may refer back to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Antecedent {
    /// Only someone who spoke: the source of a pronoun after an attribution phrase.
    Speaker,
    /// A speaker, or the subject of the sentence so far (وأصر، قائلا).
    Subject,
    /// The nearest noun, governed or not: the owner of a possessive (وتأكيداته).
    Possessor,
}

/// The speaker a cue gets.
struct Subject {
    speaker: Option<Speaker>,
    mention: Option<(usize, usize)>,
    role: Option<(usize, usize)>,
    how: &'static str,
    end: usize,
}

const OPENING: [char; 3] = ['«', '“', '„'];
const CLOSING: [char; 2] = ['»', '”'];
const EITHER: [char; 2] = ['"', '＂'];
const TERMINATORS: [&str; 4] = [".", "!", "?", "…"];
/// How many tokens after a cue its complement may start.
const WINDOW: usize = 40;
/// How many mentions, reports or tokens back a search for an antecedent goes.
const LOOKBACK: usize = 200;
/// How many paragraphs back a continuation may find its speaker.
const REACH: usize = 3;

pub struct Reader<'a> {
    lexicon: &'a Lexicon,
    tokens: &'a [Token<'a>],
    /// What the lexicons make of each token.
    words: Words,
    /// The text of the original between two normalized offsets, display-normalized.
    display: &'a dyn Fn(usize, usize) -> String,
    sentence_of: Vec<usize>,
    /// Each sentence's tokens: `start..end`.
    sentences: Vec<(usize, usize)>,
    paragraph_of: Vec<usize>,
    pairs: Vec<Pair>,
    /// For each opening or closing mark token, its pair.
    pair_at: HashMap<usize, usize>,
    /// Tokens inside a quotation of speech, where cues belong to the quoted speaker.
    in_speech: Vec<bool>,
    mentions: Vec<Mention>,
    mention_at: HashMap<usize, usize>,
    /// Names the document introduced (by title or as a subject), keyed by their skeleton.
    learned: HashMap<String, Speaker>,
    /// The first words of the names of several words in `learned`: only after one of them
    /// is a name of two words looked for.
    learned_firsts: HashSet<String>,
    /// Titles the document gave a name (الرئيس الروسي → فلاديمير بوتين).
    bindings: HashMap<String, Speaker>,
    covered: Vec<bool>,
    drafts: Vec<Draft>,
    /// The last speaker and the paragraph it spoke in.
    last: Option<(Speaker, usize)>,
}

impl<'a> Reader<'a> {
    pub fn new(
        lexicon: &'a Lexicon,
        tokens: &'a [Token<'a>],
        display: &'a dyn Fn(usize, usize) -> String,
    ) -> Self {
        let n = tokens.len();
        Reader {
            lexicon,
            tokens,
            words: Words::new(tokens, lexicon),
            display,
            sentence_of: vec![0; n],
            sentences: Vec::new(),
            paragraph_of: vec![0; n],
            pairs: Vec::new(),
            pair_at: HashMap::default(),
            in_speech: vec![false; n],
            mentions: Vec::new(),
            mention_at: HashMap::default(),
            learned: HashMap::default(),
            learned_firsts: HashSet::default(),
            bindings: HashMap::default(),
            covered: vec![false; n],
            drafts: Vec::new(),
            last: None,
        }
    }

    pub fn read(mut self) -> Vec<Draft> {
        self.pair_marks();
        self.split_sentences();
        self.find_mentions();
        let mut k = 0;
        while k < self.tokens.len() {
            k = self.cue(k).unwrap_or(k + 1).max(k + 1);
        }
        self.continued_quotes();
        self.drafts.sort_by_key(|d| d.content.0);
        self.drafts
    }

    // ---- tokens -------------------------------------------------------------------------

    fn word(&self, k: usize) -> &'a str {
        match self.tokens.get(k) {
            Some(t) if t.kind != Kind::Mark => t.text,
            _ => "",
        }
    }

    fn mark(&self, k: usize) -> Option<char> {
        match self.tokens.get(k) {
            Some(t) if t.kind == Kind::Mark => t.text.chars().next(),
            _ => None,
        }
    }

    fn is(&self, k: usize, mark: char) -> bool {
        self.mark(k) == Some(mark)
    }

    fn is_terminator(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Mark && TERMINATORS.contains(&t.text))
    }

    fn classes(&self, k: usize) -> Classes {
        self.words.whole(k).classes
    }

    /// Whether token `k` plays `role` in `grammar.tsv`.
    fn plays(&self, k: usize, role: Grammar) -> bool {
        self.classes(k).has(Classes::role(role))
    }

    fn is_complementizer(&self, k: usize) -> bool {
        self.plays(k, Grammar::Complementizer)
    }

    fn is_function_word(&self, k: usize) -> bool {
        self.classes(k).has(Classes::FUNCTION_WORD)
    }

    /// The reporting word token `k` is.
    fn verb(&self, k: usize) -> Option<&'a Verb> {
        Some(&self.lexicon.verbs[self.words.verb(k)?])
    }

    /// Whether token `k` is an adjective of nationality.
    fn is_side(&self, k: usize) -> bool {
        self.classes(k).has(Classes::SIDE)
    }

    /// Whether token `k` is a head or adjective of `groups` as it is, without a ال taken off.
    fn is_group_word(&self, k: usize) -> bool {
        self.classes(k).has(Classes::GROUP) && self.lexicon.groups.contains_key(self.word(k))
    }

    fn starts(&self, k: usize) -> usize {
        self.tokens[k].start
    }

    fn ends(&self, k: usize) -> usize {
        self.tokens[k].end
    }

    fn sentence(&self, k: usize) -> (usize, usize) {
        self.sentences[self.sentence_of[k]]
    }

    /// The pair whose opening mark is token `k`, if it is speech.
    fn speech_opening(&self, k: usize) -> Option<usize> {
        let &p = self.pair_at.get(&k)?;
        let pair = &self.pairs[p];
        (pair.open == Some(k) && !pair.label).then_some(p)
    }

    // ---- quotation marks and sentences --------------------------------------------------

    /// Pairs the quotation marks of each paragraph. A mark left open closes at the end of its
    /// paragraph, and a closing mark with no opening one opens after the clause boundary before
    /// it, so that no quote runs past its paragraph.
    fn pair_marks(&mut self) {
        let n = self.tokens.len();
        let mut start = 0;
        while start < n {
            let mut end = start + 1;
            while end < n && !self.tokens[end].after_break {
                end += 1;
            }
            let mut open: Vec<usize> = Vec::new();
            for k in start..end {
                let Some(c) = self.mark(k) else { continue };
                let top = open.last().and_then(|&o| self.mark(o));
                if OPENING.contains(&c) && !(c == '“' && top == Some('„')) {
                    open.push(k);
                } else if CLOSING.contains(&c) || c == '“' || EITHER.contains(&c) {
                    let closes = !EITHER.contains(&c) || top.is_some_and(|t| EITHER.contains(&t));
                    if closes {
                        match open.pop() {
                            Some(o) => self.add_pair(Some(o), Some(k), o + 1, k),
                            None => {
                                let from = self.clause_start_before(start, k);
                                self.add_pair(None, Some(k), from, k);
                            }
                        }
                    } else {
                        open.push(k);
                    }
                }
            }
            // a mark never closed ends with its sentence: it must not swallow what follows
            let mut stop = start;
            for o in open {
                // the marks come in order: one before the last one's stop ends there too, so
                // that the paragraph is searched once however many marks are left open
                if stop <= o {
                    stop = (o + 1..end).find(|&j| self.is_terminator(j)).unwrap_or(end);
                }
                self.add_pair(Some(o), None, o + 1, stop);
            }
            for k in start..end {
                self.paragraph_of[k] = if start == 0 {
                    0
                } else {
                    self.paragraph_of[start - 1] + 1
                };
            }
            start = end;
        }
        // how many quotations of speech start minus how many end at each token: marks left
        // open can nest thousands deep, and marking each one's tokens would be quadratic
        let mut opened = vec![0isize; n + 1];
        for pair in &self.pairs {
            if !pair.label && pair.open.is_some() && pair.first < pair.end {
                opened[pair.first] += 1;
                opened[pair.end] -= 1;
            }
        }
        let mut depth = 0;
        for (inside, change) in self.in_speech.iter_mut().zip(&opened) {
            depth += change;
            *inside = depth > 0;
        }
    }

    /// After the last comma, colon, mark or sentence end before `k`, within its paragraph.
    fn clause_start_before(&self, paragraph: usize, k: usize) -> usize {
        let paragraph = paragraph.max(k.saturating_sub(LOOKBACK));
        (paragraph..k)
            .rev()
            .find(|&j| {
                self.mark(j)
                    .is_some_and(|c| matches!(c, ',' | ':' | ';') || !c.is_alphanumeric())
            })
            .map_or(paragraph, |j| j + 1)
    }

    fn add_pair(&mut self, open: Option<usize>, close: Option<usize>, first: usize, end: usize) {
        let label = open.is_some() && self.is_label(first, end, open.unwrap_or(first));
        let p = self.pairs.len();
        self.pairs.push(Pair {
            open,
            close,
            first,
            end,
            label,
        });
        for k in open.into_iter().chain(close) {
            self.pair_at.insert(k, p);
        }
    }

    /// A short quotation that names something (منصة "إكس", حلف شمال الأطلسي "الناتو",
    /// "Truth Social") rather than reporting speech.
    fn is_label(&self, first: usize, end: usize, open: usize) -> bool {
        let words = end.saturating_sub(first);
        if words == 0 || words > 3 {
            return false;
        }
        let latin = (first..end).all(|k| {
            self.tokens[k]
                .text
                .chars()
                .all(|c| c.is_ascii() || !c.is_alphabetic())
        });
        if latin && (first..end).any(|k| self.tokens[k].kind == Kind::Word) {
            return true;
        }
        let named = (open.saturating_sub(3)..open).any(|k| self.label_at(k).is_some());
        named
            || self
                .name_at(first)
                .is_some_and(|(len, _, _)| first + len == end)
    }

    /// Sentences end at . ! ? … outside quotation marks, and at every line break.
    fn split_sentences(&mut self) {
        let n = self.tokens.len();
        let mut start = 0;
        let mut inside_until: Option<usize> = None;
        for k in 0..n {
            if k > start && self.tokens[k].after_break {
                self.sentences.push((start, k));
                start = k;
                inside_until = None;
            }
            self.sentence_of[k] = self.sentences.len();
            if let Some(&p) = self.pair_at.get(&k) {
                let pair = &self.pairs[p];
                if pair.open == Some(k) && !pair.label {
                    inside_until = Some(pair.close.unwrap_or(pair.end));
                }
            }
            if inside_until.is_some_and(|until| k >= until) {
                inside_until = None;
            }
            if inside_until.is_none() && self.is_terminator(k) {
                self.sentences.push((start, k + 1));
                start = k + 1;
            }
        }
        if start < n {
            self.sentences.push((start, n));
        }
        if self.sentences.is_empty() {
            self.sentences.push((0, 0));
        }
    }

    // ---- phrases and names ------------------------------------------------------------

    fn title_at(&self, k: usize, clitics: bool) -> Option<(usize, usize, &'a ())> {
        self.phrase_at(&self.lexicon.titles, Classes::TITLE, k, clitics)
    }

    fn label_at(&self, k: usize) -> Option<(usize, usize, &'a ())> {
        self.phrase_at(&self.lexicon.labels, Classes::LABEL, k, true)
    }

    fn attribution_at(&self, k: usize) -> Option<(usize, usize, &'a Then)> {
        self.phrase_at(&self.lexicon.attributions, Classes::ATTRIBUTION, k, true)
    }

    fn description_at(&self, k: usize) -> Option<(usize, usize, &'a Refers)> {
        self.phrase_at(&self.lexicon.descriptions, Classes::DESCRIPTION, k, true)
    }

    /// A name or title of the lexicon's entities at token `k`.
    fn entity_at(&self, k: usize) -> Option<(usize, usize, Name)> {
        self.match_at(&self.lexicon.names, Classes::NAME, k, true, |form| {
            form.skeleton
        })
        .map(|(len, prefix, name)| (len, prefix, *name))
    }

    /// The longest phrase of `phrases` (whose first words are `class`) at token `k`, allowing
    /// a proclitic on its first word when `clitics`: its length in tokens, the proclitic's
    /// length, and its value.
    fn phrase_at<'p, T>(
        &self,
        phrases: &'p Phrases<T>,
        class: Classes,
        k: usize,
        clitics: bool,
    ) -> Option<(usize, usize, &'p T)> {
        self.match_at(phrases, class, k, clitics, |form| form.text)
    }

    /// [`Self::phrase_at`] for phrases spelled as `key` spells a word (as it is, or its
    /// skeleton).
    fn match_at<'p, T>(
        &self,
        phrases: &'p Phrases<T>,
        class: Classes,
        k: usize,
        clitics: bool,
        key: for<'f> fn(Form<'f>) -> &'f str,
    ) -> Option<(usize, usize, &'p T)> {
        if self.word(k).is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize, &'p T)> = None;
        for form in self.words.of(k, clitics) {
            // most forms start no phrase: the lookup is skipped
            if !form.classes.has(class) {
                continue;
            }
            for (words, value) in phrases.starting_with(key(form)) {
                let fits = words.iter().enumerate().skip(1).all(|(i, w)| {
                    let next = self.words.of(k + i, false).next().map_or("", key);
                    w == next || (w == "ل" && self.joins_l(k + i))
                });
                if fits && best.is_none_or(|(len, _, _)| words.len() >= len) {
                    best = Some((words.len(), form.prefix, value));
                }
            }
            if best.is_some() {
                break;
            }
        }
        best
    }

    /// Whether token `k` is the preposition ل joined to its noun (للكرملين، له).
    fn joins_l(&self, k: usize) -> bool {
        let word = self.word(k);
        word.starts_with('ل') && word.chars().count() > 1
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
        if word.is_empty() || self.learned.is_empty() {
            return None;
        }
        for form in self.words.of(k, true) {
            let one = form.skeleton;
            if self.learned_firsts.contains(one) {
                let two = format!("{one} {}", self.words.whole(k + 1).skeleton);
                if let Some(speaker) = self.learned.get(&two) {
                    return Some((2, form.prefix, speaker));
                }
            }
            if let Some(speaker) = self.learned.get(one) {
                return Some((1, form.prefix, speaker));
            }
        }
        None
    }

    fn entity_speaker(&self, entity: usize) -> Speaker {
        let entity = &self.lexicon.entities[entity];
        Speaker {
            name: entity.name.clone(),
            kind: kind_of(&entity.kind),
            side: entity.side.clone(),
        }
    }

    fn speaker_of_name(&self, k: usize, name: Name) -> Option<Speaker> {
        if name.entity == usize::MAX {
            self.learned_at(k).map(|(_, _, s)| s.clone())
        } else {
            Some(self.entity_speaker(name.entity))
        }
    }

    /// The side the adjectives of nationality in tokens `from..to` give (several: other).
    fn side_of(&self, from: usize, to: usize) -> Option<String> {
        let mut side: Option<String> = None;
        for k in from..to {
            let word = self.word(k);
            let found = self
                .lexicon
                .sides
                .get(word)
                .or_else(|| strip_conjunction(word).and_then(|w| self.lexicon.sides.get(w)));
            if let Some(found) = found {
                if side.as_ref().is_some_and(|s| s != found) {
                    return Some("other".to_owned());
                }
                side = Some(found.clone());
            }
        }
        side
    }

    // ---- mentions -----------------------------------------------------------------------

    /// Reads every mention of a speaker, left to right, learning the names the document
    /// introduces and the titles it gives them.
    fn find_mentions(&mut self) {
        let mut k = 0;
        while k < self.tokens.len() {
            match self.mention(k) {
                Some(mention) => {
                    let end = mention.end.max(k + 1);
                    self.mention_at.insert(k, self.mentions.len());
                    self.mentions.push(mention);
                    k = end;
                }
                None => k += 1,
            }
        }
    }

    fn mention(&mut self, k: usize) -> Option<Mention> {
        if self.tokens[k].kind == Kind::Mark || self.is_function_word(k) {
            return None;
        }
        // after a preposition, not after a conjunction or a complementizer (أن ترامب)
        let governed = k > 0
            && self.is_function_word(k - 1)
            && !self.is_complementizer(k - 1)
            && self.word(k - 1) != "و";
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
            return Some(Mention {
                first: k,
                end: k + len,
                name: span,
                role: name.role.then_some(span),
                speaker,
                refers: None,
                how: if name.role { "description" } else { "name" },
                governed: governed || governs(self.word(k), prefix),
                title_only: name.role,
            });
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
                role: None,
                speaker: None,
                refers: Some(*refers),
                how: "description",
                governed: governed || governs(self.word(k), prefix),
                title_only: false,
            });
        }
        // a name no lexicon knows, as the subject of a reporting verb (وأضاف لافروف أن)
        let after_verb = k > 0 && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb);
        if after_verb {
            let len = self.unknown_name(k);
            let ends_subject = len > 0 && {
                let next = k + len;
                self.is_complementizer(next)
                    || self.mark(next).is_some_and(|c| c != '.')
                    || self.is_function_word(next)
                    || self.title_at(next, false).is_some()
            };
            if ends_subject {
                let speaker = self.learn(k, k + len);
                return Some(Mention {
                    first: k,
                    end: k + len,
                    name: (self.starts(k), self.ends(k + len - 1)),
                    role: None,
                    speaker: Some(speaker),
                    refers: None,
                    how: "name",
                    governed: false,
                    title_only: false,
                });
            }
        }
        None
    }

    /// A title, its modifiers, and the name after it: "المتحدث باسم الرئاسة الروسية ديمتري
    /// بيسكوف", "نائب وزير الخارجية الروسي ألكسندر جروشكو", "مبعوث بوتين للتعاون الدولي".
    fn titled(&mut self, k: usize) -> Option<Mention> {
        let (len, prefix, _) = self.title_at(k, true)?;
        let head: String = self.word(k).chars().skip(prefix).collect();
        let definite = head.starts_with("ال") || head.starts_with("نظير");
        let mut j = k + len;
        let mut genitive = false;
        while j < self.tokens.len() && j < k + 10 {
            let word = self.word(j);
            if word.is_empty() || self.is_function_word(j) {
                break;
            }
            if let Some(after) = self.parenthesis(j) {
                j = after;
                continue;
            }
            if word == "باسم" {
                j += 1;
                match (self.name_at(j), self.group(j)) {
                    (Some((len, _, _)), _) => j += len,
                    (None, Some(group)) => j = group.end,
                    (None, None) => {
                        while self.word(j).starts_with("ال") {
                            j += 1;
                        }
                    }
                }
                continue;
            }
            if let Some((len, 0, _)) = self.title_at(j, false) {
                j += len;
                continue;
            }
            // للرئيس الأمريكي، لحزب الله، للوكالة رافائيل غروسي; not an addressee
            // (لنظيره الأميركي)
            let addressee = word.starts_with("لنظير");
            let next_continues = self.genitive_follows(j + 1) || self.name_at(j + 1).is_some() || {
                // a name, then the rest of the sentence rather than a preposition
                let name = self.unknown_name(j + 1);
                let after = j + 1 + name;
                name > 0 && (!self.is_function_word(after) || self.is_complementizer(after))
            };
            if word.starts_with('ل') && word.chars().count() > 2 && next_continues && !addressee {
                j += 1;
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
            let plain = strip_conjunction(word).unwrap_or(word);
            if plain.starts_with("ال") && self.name_at(j).is_none_or(|(_, _, n)| n.role) {
                j += 1;
                continue;
            }
            // an indefinite title takes a genitive: رئيس مجلس السيادة، مبعوث بوتين
            if !definite && !genitive && j == k + len && self.tokens[j].kind == Kind::Word {
                j += match self.name_at(j) {
                    Some((len, 0, name)) if !name.role => len,
                    _ => 1,
                };
                genitive = true;
                continue;
            }
            break;
        }
        let role = (self.starts(k) + prefix, self.ends(j - 1));
        let role_key = self.key(k, j, prefix);
        let governed = governs(self.word(k), prefix);
        let named = match self.name_at(j) {
            Some((len, _, name)) if !name.role => {
                self.speaker_of_name(j, name).map(|speaker| (len, speaker))
            }
            _ => {
                let len = self.unknown_name(j);
                (len > 0).then(|| (len, self.learn(j, j + len)))
            }
        };
        if let Some((len, speaker)) = named {
            self.bindings.insert(role_key, speaker.clone());
            let start = self.starts(j) + self.name_at(j).map_or(0, |(_, prefix, _)| prefix);
            return Some(Mention {
                first: k,
                end: j + len,
                name: (start, self.ends(j + len - 1)),
                role: Some(role),
                speaker: Some(speaker),
                refers: None,
                how: "name",
                governed,
                title_only: false,
            });
        }
        let speaker = self.role_speaker(k, j).or_else(|| {
            // a title nobody in the text holds by name: the title is the speaker
            Some(Speaker {
                name: (self.display)(role.0, role.1),
                kind: "person",
                side: self.side_of(k, j),
            })
        });
        Some(Mention {
            first: k,
            end: j,
            name: role,
            role: Some(role),
            speaker,
            refers: None,
            how: "description",
            governed,
            title_only: true,
        })
    }

    /// The token after a parenthesis of up to three words at `j` ((فيفا)، (أونروا)), if any.
    fn parenthesis(&self, j: usize) -> Option<usize> {
        if !self.is(j, '(') {
            return None;
        }
        (j + 2..j + 5)
            .find(|&c| self.is(c, ')'))
            .filter(|&c| (j + 1..c).all(|i| self.tokens[i].kind != Kind::Mark))
            .map(|c| c + 1)
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

    /// Who a title alone names: the holder the document named, else the lexicon's.
    fn role_speaker(&self, k: usize, end: usize) -> Option<Speaker> {
        let prefix = self
            .words
            .of(k, true)
            .find(|form| form.classes.has(Classes::TITLE))
            .map_or(0, |form| form.prefix);
        if let Some(speaker) = self.bindings.get(&self.key(k, end, prefix)) {
            return Some(speaker.clone());
        }
        let (len, _, name) = self.entity_at(k)?;
        (name.role && k + len <= end).then(|| self.entity_speaker(name.entity))
    }

    /// The skeleton words of tokens `from..to`, the first without its proclitic.
    fn key(&self, from: usize, to: usize, prefix: usize) -> String {
        let mut words: Vec<String> = (from..to).map(|k| skeleton(self.word(k))).collect();
        if let Some(first) = words.first_mut() {
            *first = skeleton(&self.word(from).chars().skip(prefix).collect::<String>());
        }
        words.join(" ")
    }

    /// How many tokens from `k` read as a name no lexicon knows: up to three words that are not
    /// function words, titles, reporting words, definite nouns or pronoun-suffixed nouns.
    fn unknown_name(&self, k: usize) -> usize {
        let mut len = 0;
        while len < 5 {
            let j = k + len;
            let Some(token) = self.tokens.get(j) else {
                break;
            };
            let word = token.text;
            // عبد العاطي، أبو الغيط، بن سلمان: a particle takes the next word into the name
            let after_particle = len > 0 && self.plays(j - 1, Grammar::Particle);
            if len >= 3 && !after_particle && !self.plays(j, Grammar::Particle) {
                break;
            }
            let ali = word == "علي"
                && (self.display)(token.start, token.end).ends_with('ي')
                && self.unknown_name(j + 1) > 0;
            let plausible = ali
                || token.kind == Kind::Word
                    && word.chars().count() >= 2
                    && (!word.starts_with("ال") || after_particle)
                    && (!word.ends_with('ه') || after_particle)
                    && !word.starts_with("لل")
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none()
                    && self.title_at(j, true).is_none()
                    && self.label_at(j).is_none()
                    && !self.is_group_word(j)
                    && !self.is_side(j);
            if !plausible {
                break;
            }
            len += 1;
        }
        // أحمد الشرع، ماجد الأنصاري: a family name with ال, when the name ends there
        let family = self.word(k + len);
        let ends = |j: usize| {
            j >= self.tokens.len()
                || self.tokens[j].kind == Kind::Mark
                || self.is_function_word(j)
                || self.is_complementizer(j)
                || self.word(j).starts_with("لل")
        };
        let plain = family.starts_with("ال")
            && !self.is_function_word(k + len)
            && !self.is_side(k + len)
            && !self.is_group_word(k + len)
            && self.title_at(k + len, false).is_none();
        if len > 0 && len < 5 && plain && ends(k + len + 1) {
            len += 1;
        }
        len
    }

    /// Makes the name in tokens `from..to` known to the rest of the document, by its full form
    /// and by its family name.
    fn learn(&mut self, from: usize, to: usize) -> Speaker {
        let name = (self.display)(self.starts(from), self.ends(to - 1));
        let speaker = Speaker {
            name,
            kind: "person",
            side: None,
        };
        let full = self.key(from, to, 0);
        let surname = skeleton(self.word(to - 1));
        if to - from >= 2 {
            self.learned_firsts.insert(skeleton(self.word(from)));
        }
        let speaker = self.learned.entry(full).or_insert(speaker).clone();
        if to - from >= 3 {
            self.learned_firsts.insert(skeleton(self.word(from + 1)));
            // بدر عبد العاطي → عبد العاطي
            let family = self.key(from + 1, to, 0);
            self.learned
                .entry(family)
                .or_insert_with(|| speaker.clone());
        }
        self.learned
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
        let mut end = k + 1;
        // an agency or a paper named right after its head: وكالة إرنا، صحيفة هآرتس
        if organisation && !definite && self.unknown_name(end) > 0 {
            end += 1;
        }
        while end < self.tokens.len() && end < k + 8 {
            let word = self.word(end);
            let bare = strip_conjunction(word).unwrap_or(word);
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
            let modifier = organisation
                && !self.is_function_word(end)
                && self.verb(end).is_none()
                && (bare.starts_with("ال")
                    || word.starts_with('ل') && word.chars().count() > 3
                    || self.tokens[end].kind == Kind::Number
                    || self.title_at(end, false).is_some());
            if !(adjective || modifier) {
                break;
            }
            end += 1;
        }
        while end > k + 1 && self.is(end - 1, ')') {
            end -= 1;
        }
        let side = self.side_of(k + 1, end);
        let bare = end == k + 1 && side.is_none();
        if bare && definite {
            // البنك، المسؤولون: the one of that kind named before
            let head = skeleton(
                self.word(k)
                    .chars()
                    .skip(prefix)
                    .collect::<String>()
                    .as_str(),
            );
            let head = head.strip_prefix("ال").unwrap_or(&head).to_owned();
            let earlier = self.mentions.iter().rev().take(LOOKBACK).find_map(|m| {
                let speaker = m.speaker.as_ref()?;
                let first = self.lexicon.normalizer.normalize(&speaker.name);
                let first = skeleton(first.split_whitespace().next()?);
                (first.strip_prefix("ال").unwrap_or(&first) == head).then(|| speaker.clone())
            });
            let start = self.starts(k) + prefix;
            return earlier.map(|speaker| Mention {
                first: k,
                end,
                name: (start, self.ends(k)),
                role: None,
                speaker: Some(speaker),
                refers: None,
                how: "description",
                governed: governs(self.word(k), prefix),
                title_only: false,
            });
        }
        // a bare head (مسؤول، الحكومة) says too little to be a speaker
        if bare && kind != "group" {
            return None;
        }
        let start = self.starts(k) + prefix;
        let name = (start, self.ends(end - 1));
        Some(Mention {
            first: k,
            end,
            name,
            role: None,
            speaker: Some(Speaker {
                name: (self.display)(name.0, name.1),
                kind: kind_of(kind),
                side,
            }),
            refers: None,
            how: "name",
            governed: governs(self.word(k), prefix),
            title_only: false,
        })
    }

    // ---- speakers -----------------------------------------------------------------------

    /// The speaker a mention stands for, resolving descriptions against what came before.
    fn resolve(&self, mention: &Mention) -> Option<Speaker> {
        let Some(refers) = mention.refers else {
            return mention.speaker.clone();
        };
        match refers {
            Refers::Previous => self.last.as_ref().map(|(s, _)| s.clone()),
            Refers::Medium => self.recent(mention.first, |s| s.kind == "medium"),
            Refers::Issuer => {
                let side = self.side_of(mention.first, mention.end);
                let issuer =
                    |s: &Speaker| s.kind == "institution" && (side.is_none() || s.side == side);
                self.drafts
                    .iter()
                    .rev()
                    .take(LOOKBACK)
                    .filter_map(|d| d.speaker.as_ref())
                    .find(|s| issuer(s))
                    .cloned()
                    .or_else(|| self.recent(mention.first, issuer))
            }
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

    /// The mentions that start before token `k`, latest first, as far back as `LOOKBACK`:
    /// looking back stays bounded however long the text.
    fn before(&self, k: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.partition_point(|m| m.first < k);
        self.mentions[..end].iter().rev().take(LOOKBACK)
    }

    /// The speaker of the latest mention before token `k` that `wanted` accepts.
    fn recent(&self, k: usize, wanted: impl Fn(&Speaker) -> bool) -> Option<Speaker> {
        self.before(k)
            .filter_map(|m| m.speaker.as_ref())
            .find(|s| wanted(s))
            .cloned()
    }

    /// The subject after a reporting verb: a mention, with a second one in apposition
    /// ("المبعوث الخاص ...، ستيف ويتكوف،" or "كيريل دميترييف، مبعوث بوتين") or conjoined
    /// ("البيت الأبيض والكرملين").
    fn subject(&self, k: usize, governed: bool) -> Option<Subject> {
        let &m = self.mention_at.get(&k)?;
        let mention = &self.mentions[m];
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
        if let Some(&m2) = self.mention_at.get(&next) {
            let other = &self.mentions[m2];
            let conjoined = self.word(next).starts_with('و') && !other.governed;
            if conjoined {
                if let (Some(a), Some(b)) = (subject.speaker.clone(), self.resolve(other)) {
                    subject.speaker = Some(group_of(vec![a, b]));
                    subject.mention = Some((mention.name.0, other.name.1));
                    subject.role = None;
                    subject.end = other.end;
                }
            }
        } else if self.is(next, ',') {
            if let Some(&m2) = self.mention_at.get(&(next + 1)) {
                let other = &self.mentions[m2];
                if other.title_only && !mention.title_only {
                    subject.role = other.role;
                    subject.end = other.end;
                } else if !other.title_only && other.how == "name" && mention.role.is_some() {
                    subject.role = Some((mention.role.unwrap_or(mention.name).0, mention.name.1));
                    subject.speaker = self.resolve(other);
                    subject.mention = Some(other.name);
                    subject.end = other.end;
                }
                if self.is(subject.end, ',') {
                    subject.end += 1;
                }
            }
        }
        Some(subject)
    }

    /// The speaker a cue with no subject of its own refers to: the speaker of an earlier
    /// report in the same sentence, else (unless only a speaker will do) the nearest mention
    /// before it in the sentence, else the last speaker of the last few paragraphs.
    fn implied(&self, k: usize, antecedent: Antecedent) -> Option<Speaker> {
        let sentence = self.sentence_of[k];
        if antecedent != Antecedent::Possessor {
            let earlier = self
                .drafts
                .iter()
                .rev()
                .take_while(|d| d.sentence >= sentence)
                .find(|d| d.sentence == sentence);
            if let Some(speaker) = earlier.and_then(|d| d.speaker.clone()) {
                return Some(speaker);
            }
        }
        if antecedent != Antecedent::Speaker {
            let (start, _) = self.sentence(k);
            let found = self
                .before(k)
                .take_while(|m| m.first >= start)
                .filter(|m| m.end <= k && !self.covered[m.first])
                .filter(|m| antecedent == Antecedent::Possessor || !m.governed)
                .find_map(|m| self.resolve(m));
            if found.is_some() {
                return found;
            }
        }
        let paragraph = self.paragraph_of[k];
        self.last
            .as_ref()
            .filter(|(_, p)| paragraph.saturating_sub(*p) <= REACH)
            .map(|(s, _)| s.clone())
    }

    // ---- cues ---------------------------------------------------------------------------

    /// Reads the cue at token `k`, if there is one; returns where reading goes on.
    fn cue(&mut self, k: usize) -> Option<usize> {
        if self.covered[k] || self.in_speech[k] || self.tokens[k].kind == Kind::Mark {
            return None;
        }
        if let Some((len, prefix, then)) = self.attribution_at(k) {
            if prefix == 0 || self.word(k).starts_with('و') {
                if let Some(next) = self.attribution(k, len, *then) {
                    return Some(next);
                }
            }
        }
        if let Some(verb) = self.verb(k) {
            return self.report(k, verb);
        }
        if self.tokens[k].after_break || k == 0 {
            return self.headline(k);
        }
        None
    }

    /// A reporting verb, participle or noun at `k`, with its subject and complement.
    fn report(&mut self, k: usize, verb: &Verb) -> Option<usize> {
        let (_, sentence_end) = self.sentence(k);
        let carrier = k > 0 && self.plays(k - 1, Grammar::Carrier);
        let subject = match verb.class {
            Class::Participle => None,
            Class::Noun => self.subject(k + 1, false).filter(|s| s.speaker.is_some()),
            _ if carrier => None,
            _ => self.subject(k + 1, false),
        };
        // a relative clause's subject is the noun before it (استراتيجية ترامب والتي أكدت)
        let relative = k > 0 && (self.plays(k - 1, Grammar::Relative) || self.word(k - 1) == "ما");
        if subject.is_none() && relative {
            return None;
        }
        let after = subject.as_ref().map_or(k + 1, |s| s.end);
        if verb.class == Class::Event {
            if let Some(speaker) = subject.and_then(|s| s.speaker) {
                self.last = Some((speaker, self.paragraph_of[k]));
            }
            return None;
        }
        let Some((complement, marker)) = self.complement(k, verb, after, sentence_end) else {
            return self.postposed(k, verb, subject);
        };
        if verb.class == Class::Noun && !matches!(complement, Complement::Clause(..)) {
            return None;
        }
        if verb.class == Class::Noun && !(after..=marker).any(|j| self.is_complementizer(j)) {
            return None;
        }
        let alt_speakers = self.relayed(after, marker);
        let (speaker, mention, role, speaker_ref) = match subject {
            Some(s) => (s.speaker, s.mention, s.role, s.how),
            None => {
                let how = if carrier || verb.class == Class::Noun {
                    "pronoun"
                } else {
                    "continuation"
                };
                let antecedent = if verb.class == Class::Noun {
                    Antecedent::Possessor
                } else {
                    Antecedent::Subject
                };
                (self.implied(k, antecedent), None, None, how)
            }
        };
        let cue = (self.starts(k), self.ends(k));
        let lemma = Some(verb.lemma.clone());
        let base = match complement {
            Complement::Quote(_) => 0.95,
            Complement::Clause(..) => 0.9,
            Complement::Colon(_) => 0.75,
        };
        let draft = Draft {
            kind: "indirect",
            content: (0, 0),
            cue: Some(cue),
            cue_lemma: lemma,
            speaker,
            mention,
            speaker_ref,
            role,
            alt_speakers,
            fragments: Vec::new(),
            confidence: base,
            sentence: self.sentence_of[k],
        };
        match complement {
            Complement::Quote(p) => self.direct(k, p, draft),
            Complement::Clause(at, prefix) => self.clause(k, at, prefix, draft),
            Complement::Colon(at) => {
                let end = self.clause_end(at);
                self.finish(
                    k,
                    at,
                    0,
                    end,
                    Draft {
                        kind: "direct",
                        ..draft
                    },
                )
            }
        }
    }

    /// Where the content of a report starts, and the token that marks it.
    fn complement(
        &self,
        k: usize,
        verb: &Verb,
        after: usize,
        sentence_end: usize,
    ) -> Option<(Complement, usize)> {
        let limit = sentence_end.min(k + WINDOW);
        let mut j = after;
        if self.is(j, ',') {
            j += 1;
        }
        // right after the subject: the content itself may start here
        if j < limit {
            if let Some(found) = self.marker(verb, j, true) {
                return Some((found, j));
            }
        }
        let nominal_at = (verb.nominal && j < limit && self.content_word(j)).then_some(j);
        let mut j = after;
        while j < limit {
            if j > after && self.starts_cue(j) {
                break;
            }
            if self.is(j, ',') && self.word(j + 1) == "وهو" {
                break;
            }
            if let Some(&p) = self.pair_at.get(&j) {
                let pair = &self.pairs[p];
                if pair.label && pair.open == Some(j) {
                    j = pair.close.unwrap_or(pair.end) + 1;
                    continue;
                }
            }
            if let Some(found) = self.marker(verb, j, false) {
                return Some((found, j));
            }
            j += 1;
        }
        if let Some(j) = nominal_at {
            return Some((Complement::Clause(j, 0), j));
        }
        if !verb.nominal {
            return None;
        }
        // past an adjunct (أمام الكونغرس): a noun phrase as content (عزمه على ...)
        let mut j = after;
        if self.is_function_word(j) && !self.is_complementizer(j) {
            j += 1;
            while j < limit && (self.word(j).starts_with("ال") || self.mention_at.contains_key(&j))
            {
                j += 1;
            }
            if j < limit && self.content_word(j) {
                return Some((Complement::Clause(j, 0), j));
            }
        }
        None
    }

    /// What token `j` starts as a complement of `verb`, if anything: a complementizer, a
    /// colon, a quotation, or one of the verb's prepositions.
    fn marker(&self, verb: &Verb, j: usize, adjacent: bool) -> Option<Complement> {
        if self.is_complementizer(j) {
            return Some(Complement::Clause(j + 1, 0));
        }
        if self.is(j, ':') {
            if let Some(p) = self.speech_opening(j + 1) {
                return Some(Complement::Quote(p));
            }
            let (_, end) = self.sentence(j);
            let words = (j + 1..end).filter(|&i| !self.word(i).is_empty()).count();
            return (words >= 2).then_some(Complement::Colon(j + 1));
        }
        if let Some(p) = self.speech_opening(j) {
            let pair = &self.pairs[p];
            let words = pair.end - pair.first;
            let after = pair.close.map_or(pair.end, |c| c + 1);
            let ends_clause =
                self.is_terminator(after) || self.is(after, ',') || after >= self.sentence(j).1;
            // a nickname after a name ("حميدتي") is not what was said
            if adjacent && words <= 2 && !ends_clause {
                return None;
            }
            let previous = j.checked_sub(1);
            let introduced = adjacent
                || words >= 4
                || previous.is_some_and(|i| {
                    self.is(i, ',')
                        || self.word(i).starts_with('ل')
                        || self.pair_at.get(&i).is_some_and(|&q| self.pairs[q].label)
                        || self.before(j).next().is_some_and(|m| m.end == j)
                });
            return introduced.then_some(Complement::Quote(p));
        }
        let word = self.word(j);
        for preposition in &verb.prepositions {
            if preposition == "ب" {
                if word == "ب" {
                    return Some(Complement::Clause(j + 1, 0));
                }
                if word.starts_with("بال") {
                    return Some(Complement::Clause(j, 1));
                }
            } else if word == preposition {
                let next = if self.is_complementizer(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                return Some(Complement::Clause(next, 0));
            }
        }
        None
    }

    /// Whether a noun phrase can start at `j` as content: a word that is not a function word,
    /// a preposition-led word or a mention.
    fn content_word(&self, j: usize) -> bool {
        let word = self.word(j);
        !word.is_empty()
            && !self.is_function_word(j)
            && !word.starts_with("لل")
            && !self.mention_at.contains_key(&j)
            && self.verb(j).is_none()
    }

    /// Whether token `j` starts another report: a reporting word or an attribution phrase.
    fn starts_cue(&self, j: usize) -> bool {
        self.lexicon
            .verb(self.word(j))
            .is_some_and(|v| v.class != Class::Noun)
            || self.attribution_at(j).is_some()
    }

    /// Sources relayed between the subject and the content (وكالة تاس، عن الكرملين، بأن).
    fn relayed(&self, from: usize, to: usize) -> Vec<String> {
        let mut sources = Vec::new();
        for j in from..to {
            if self.word(j) == "عن" {
                if let Some(&m) = self.mention_at.get(&(j + 1)) {
                    if let Some(s) = self.resolve(&self.mentions[m]) {
                        sources.push(s.name);
                    }
                }
            }
        }
        sources
    }

    /// A direct quote: the words inside the pair `p`, and any further quotes the same cue
    /// introduces ("..."، كما "...").
    fn direct(&mut self, k: usize, p: usize, draft: Draft) -> Option<usize> {
        let mut pair = self.pairs[p].clone();
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
            pair = self.pairs[q].clone();
            draft = Draft {
                content: self.inside(&pair),
                speaker_ref: "continuation",
                mention: None,
                ..next
            };
            from = j;
        }
    }

    /// The offsets of the words inside a pair of marks, without the marks.
    fn inside(&self, pair: &Pair) -> (usize, usize) {
        if pair.end <= pair.first {
            let at = pair.open.map_or(0, |o| self.ends(o));
            return (at, at);
        }
        (self.starts(pair.first), self.ends(pair.end - 1))
    }

    /// Reported speech from token `at` (and `prefix` code points into it).
    fn clause(&mut self, k: usize, at: usize, prefix: usize, draft: Draft) -> Option<usize> {
        let end = self.clause_end(at);
        if end <= at {
            return None;
        }
        self.finish(k, at, prefix, end, draft)
    }

    /// Records content `at..end`, mixed if it holds quoted speech.
    fn finish(
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
        let start = self.starts(at) + prefix;
        let stop = self.ends(end - 1);
        let closing = (at + 1..end).filter_map(|j| self.pair_at.get(&j).map(|&p| (j, p)));
        let fragments: Vec<(usize, usize)> = closing
            .filter(|&(j, p)| self.pairs[p].close == Some(j))
            .map(|(_, p)| &self.pairs[p])
            .filter(|p| !p.label && p.close.is_some_and(|c| c > at && c < end))
            .filter(|p| p.open.is_none_or(|o| o >= at))
            .map(|p| {
                let (s, e) = self.inside(p);
                (s.max(start), e)
            })
            .filter(|(s, e)| s < e)
            .collect();
        if !fragments.is_empty() && draft.kind == "indirect" {
            draft.kind = "mixed";
        }
        draft.content = (start, stop);
        draft.fragments = fragments;
        self.record(k, end, draft);
        Some(end)
    }

    /// Adds a draft, covering its tokens from the cue at `k` to `end`.
    fn record(&mut self, k: usize, end: usize, mut draft: Draft) {
        let end = end.min(self.tokens.len());
        for j in k.min(end)..end {
            self.covered[j] = true;
        }
        if draft.speaker.is_none() {
            draft.confidence *= 0.6;
        } else {
            draft.confidence *= match draft.speaker_ref {
                "name" => 1.0,
                "description" => 0.9,
                "pronoun" => 0.85,
                _ => 0.8,
            };
            let paragraph = self.paragraph_of[k.min(self.tokens.len() - 1)];
            self.last = draft.speaker.clone().map(|s| (s, paragraph));
        }
        draft.confidence = (draft.confidence * 100.0).round() / 100.0;
        self.drafts.push(draft);
    }

    /// Where reported speech from `at` ends: at the end of its sentence, or before a comma
    /// that starts another report (، مشيرا، ، لكنه أصر) or a comment (، وهو ما).
    fn clause_end(&self, at: usize) -> usize {
        let (_, sentence_end) = self.sentence(at.min(self.tokens.len() - 1));
        let mut j = at;
        while j < sentence_end {
            if let Some(p) = self.speech_opening(j) {
                let pair = &self.pairs[p];
                j = pair.close.map_or(pair.end, |c| c + 1).max(j + 1);
                continue;
            }
            if self.is(j, ',') && self.cuts(j + 1) {
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

    fn cuts(&self, j: usize) -> bool {
        let word = self.word(j);
        self.verb(j)
            .is_some_and(|v| matches!(v.class, Class::Verb | Class::Participle))
            || self.plays(j, Grammar::Contrast)
            || (matches!(word, "وهو" | "وهي") && self.word(j + 1) == "ما")
            || self.attribution_at(j).is_some()
    }

    /// A quote before its cue: "..."، قال المتحدث.
    fn postposed(&mut self, k: usize, verb: &Verb, subject: Option<Subject>) -> Option<usize> {
        let subject = subject?;
        if verb.class != Class::Verb || k < 2 {
            return None;
        }
        let before = if self.is(k - 1, ',') { k - 2 } else { k - 1 };
        let &p = self.pair_at.get(&before)?;
        let pair = self.pairs[p].clone();
        if pair.label || pair.close != Some(before) || pair.open.is_none() {
            return None;
        }
        if pair.end <= pair.first || (pair.first..pair.end).any(|j| self.covered[j]) {
            return None;
        }
        let draft = Draft {
            kind: "direct",
            content: self.inside(&pair),
            cue: Some((self.starts(k), self.ends(k))),
            cue_lemma: Some(verb.lemma.clone()),
            speaker: subject.speaker,
            mention: subject.mention,
            speaker_ref: subject.how,
            role: subject.role,
            alt_speakers: Vec::new(),
            fragments: Vec::new(),
            confidence: 0.9,
            sentence: self.sentence_of[k],
        };
        let open = pair.open.unwrap_or(pair.first);
        self.record(open, subject.end, draft);
        Some(subject.end)
    }

    /// An attribution phrase at `k` of `len` words: بحسب المصدر نفسه، وفقاً لما ذكره البيت
    /// الأبيض، ووفقا له.
    fn attribution(&mut self, k: usize, len: usize, then: Then) -> Option<usize> {
        let last = k + len - 1;
        // وفقا للكرملين، وفقا له: the source is joined to the phrase's ل
        let joined = then == Then::Source && len > 1 && self.joins_l(last);
        let mut q = if joined { last } else { k + len };
        let mut lemma = None;
        if then == Then::Verb {
            lemma = Some(self.lexicon.verb_with_object(self.word(q))?.lemma.clone());
            q += 1;
        }
        let (speaker, mention, role, how, after, cue_end) = if self.plays(q, Grammar::SourcePronoun)
        {
            (None, None, None, "pronoun", q + 1, self.ends(q))
        } else {
            let s = self.subject(q, true)?;
            let cue_end = if joined {
                self.starts(last) + 1
            } else {
                self.ends(q - 1)
            };
            (s.speaker, s.mention, s.role, s.how, s.end, cue_end)
        };
        let (sentence_start, sentence_end) = self.sentence(k);
        let lead = self.lead(sentence_start);
        let draft = |reader: &Self, speaker: Option<Speaker>| Draft {
            kind: "indirect",
            content: (0, 0),
            cue: Some((reader.starts(k), cue_end)),
            cue_lemma: lemma.clone(),
            speaker,
            mention,
            speaker_ref: how,
            role,
            alt_speakers: Vec::new(),
            fragments: Vec::new(),
            confidence: 0.85,
            sentence: reader.sentence_of[k],
        };
        if k <= lead.0 {
            // ووفقا له، فإن ...: the content follows
            let mut at = after;
            if self.is(at, ',') {
                at += 1;
            }
            if self.is_complementizer(at) {
                at += 1;
            }
            let speaker = speaker.or_else(|| self.implied(k, Antecedent::Speaker));
            let draft = draft(self, speaker);
            let end = self.clause_end(at);
            return self.finish(k, at, 0, end, draft);
        }
        let comma_before = self.is(k - 1, ',');
        let parenthetical = comma_before
            && self.is(after, ',')
            && after + 1 < sentence_end
            && !self.is_terminator(after + 1);
        if parenthetical {
            // يسعى ترامب، بحسب قوله، إلى ...: the whole clause around it
            let from = (sentence_start..k - 1)
                .rev()
                .find(|&j| self.is(j, ','))
                .map_or(lead, |j| self.lead(j + 1));
            let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
            let draft = draft(self, speaker);
            let end = self.clause_end(after + 1);
            return self.finish(from.0, from.0, from.1, end, draft);
        }
        // ...، بحسب المصدر نفسه: the content is what came before
        let end = if comma_before { k - 1 } else { k };
        if end <= lead.0 {
            return None;
        }
        let speaker = speaker.or_else(|| self.implied(k, Antecedent::Subject));
        let draft = draft(self, speaker);
        self.finish(lead.0, lead.0, lead.1, end, draft)?;
        let stop = sentence_end.max(after).min(self.tokens.len());
        for j in end..stop {
            self.covered[j] = true;
        }
        Some(stop)
    }

    /// Where the content of a sentence starts: past a conjunction و or ف and connectives
    /// (كذلك،), as a token and the code points into it.
    fn lead(&self, start: usize) -> (usize, usize) {
        let mut k = start;
        loop {
            let skipped = self.plays(k, Grammar::Connective)
                || self.plays(k, Grammar::Relative)
                || self.word(k) == "و";
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
        });
        (k, usize::from(clitic))
    }

    /// A headline in the form "speaker: content" (البيت الأبيض: مفاوضات ...).
    fn headline(&mut self, k: usize) -> Option<usize> {
        let &m = self.mention_at.get(&k)?;
        let mention = self.mentions[m].clone();
        if mention.how != "name" || !self.is(mention.end, ':') {
            return None;
        }
        let at = mention.end + 1;
        let (_, end) = self.sentence(k);
        if end <= at + 1 || end - k > 30 || self.speech_opening(at).is_some() {
            return None;
        }
        let end = self.clause_end(at);
        let colon = mention.end;
        let draft = Draft {
            kind: "direct",
            content: (0, 0),
            cue: Some((self.starts(colon), self.ends(colon))),
            cue_lemma: None,
            speaker: mention.speaker.clone(),
            mention: Some(mention.name),
            speaker_ref: "name",
            role: None,
            alt_speakers: Vec::new(),
            fragments: Vec::new(),
            confidence: 0.5,
            sentence: self.sentence_of[k],
        };
        self.finish(k, at, 0, end, draft)
    }

    /// Quoted speech with no cue, in a sentence right after a report: it goes on with the
    /// same source (كذلك، تطرق الرئيسان إلى "...").
    fn continued_quotes(&mut self) {
        // the speaker of each sentence's last report
        let mut reported: HashMap<usize, (usize, Option<Speaker>)> = HashMap::default();
        for draft in &self.drafts {
            let entry = reported.entry(draft.sentence).or_insert((0, None));
            if draft.content.0 >= entry.0 {
                *entry = (draft.content.0, draft.speaker.clone());
            }
        }
        for p in 0..self.pairs.len() {
            let pair = self.pairs[p].clone();
            let Some(open) = pair.open else { continue };
            if pair.label || pair.end < pair.first + 4 || self.covered[open] {
                continue;
            }
            let sentence = self.sentence_of[open];
            if reported.contains_key(&sentence) || sentence == 0 {
                continue;
            }
            let Some((_, Some(speaker))) = reported.get(&(sentence - 1)).cloned() else {
                continue;
            };
            let (start, _) = self.sentence(open);
            let lead = self.lead(start);
            let end = self.clause_end(lead.0);
            let draft = Draft {
                kind: "indirect",
                content: (0, 0),
                cue: None,
                cue_lemma: None,
                speaker: Some(speaker.clone()),
                mention: None,
                speaker_ref: "continuation",
                role: None,
                alt_speakers: Vec::new(),
                fragments: Vec::new(),
                confidence: 0.5,
                sentence,
            };
            if self.finish(lead.0, lead.0, lead.1, end, draft).is_some() {
                reported.insert(sentence, (0, Some(speaker)));
            }
        }
    }
}

/// Whether the proclitic of `word` (its first `prefix` code points) is a preposition.
fn governs(word: &str, prefix: usize) -> bool {
    word.chars()
        .take(prefix)
        .any(|c| matches!(c, 'ل' | 'ب' | 'ك'))
}

/// Several speakers as one group entity, named in a fixed order so that every spelling of the
/// same group meets.
fn group_of(mut members: Vec<Speaker>) -> Speaker {
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

fn kind_of(kind: &str) -> &'static str {
    super::SPEAKER_TYPES
        .iter()
        .find(|t| **t == kind)
        .copied()
        .unwrap_or("person")
}
