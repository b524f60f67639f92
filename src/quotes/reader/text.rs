//! Stage 1: what each token is. [`Text`] holds the tokens, what the lexicons make of each
//! one, and the lookups every later stage asks: which word, mark or grammar word a token is,
//! and which lexicon phrase starts at it.

use super::super::lexicon::{
    push_skeleton, skeleton, strip_conjunction, Classes, Grammar, Lexicon, Name, Refers, Then, Verb,
};
use super::super::words::{Form, Words};
use super::super::Speaker;
use chrono::NaiveDate;

use crate::lexicon::Phrases;
use crate::tokens::{Kind, TokenList};

const TERMINATORS: [char; 4] = ['.', '!', '?', '…'];

/// The pronouns a noun (its possessor) or a verb (its object) may end with, the longest first
/// (هما before ها).
pub const POSSESSIVES: [&str; 4] = ["هما", "هم", "ها", "ه"];

/// The tokens of a document and what the lexicons make of each.
pub struct Text<'a> {
    pub lexicon: &'a Lexicon,
    pub tokens: &'a TokenList<'a>,
    /// What the lexicons make of each token.
    pub words: Words,
    /// The text of the original between two normalized offsets, display-normalized.
    pub display: &'a dyn Fn(usize, usize) -> String,
    /// The day the text is read for (its publication): who holds a title the lexicon knows.
    pub day: Option<NaiveDate>,
    /// Whether the text writes a final ى anywhere (see [`Self::is_ali`]), read once.
    alef_maqsura: std::cell::OnceCell<bool>,
}

impl<'a> Text<'a> {
    pub fn new(
        lexicon: &'a Lexicon,
        tokens: &'a TokenList<'a>,
        display: &'a dyn Fn(usize, usize) -> String,
        day: Option<NaiveDate>,
    ) -> Self {
        Text {
            lexicon,
            tokens,
            words: Words::new(tokens, lexicon),
            display,
            day,
            alef_maqsura: std::cell::OnceCell::new(),
        }
    }

    /// Whether token `k` is the given name علي, not the preposition على that normalizing
    /// spells the same: written with ي in a text that writes ى elsewhere (a text that writes
    /// every final ى as ي, علي الميزانية, tells them apart no more), and no indefinite
    /// accusative after it (عرض علي برنامجا: the preposition with its pronoun).
    pub fn is_ali(&self, k: usize) -> bool {
        self.word(k) == "علي"
            && self.written(k).ends_with('ي')
            && !super::mentions::is_accusative_tail(self.word(k + 1))
            && *self.alef_maqsura.get_or_init(|| {
                (0..self.tokens.len())
                    .any(|j| self.word(j).ends_with('ي') && self.written(j).ends_with('ى'))
            })
    }

    #[inline]
    pub fn word(&self, k: usize) -> &'a str {
        self.tokens.word(k)
    }

    #[inline]
    pub fn mark(&self, k: usize) -> Option<char> {
        self.tokens.mark(k)
    }

    #[inline]
    pub fn is(&self, k: usize, mark: char) -> bool {
        self.mark(k) == Some(mark)
    }

    /// Whether the colon at `k` joins the digits of a clock time (الساعة 07:02), not a
    /// speaker to what they said.
    pub fn clock_colon(&self, k: usize) -> bool {
        k > 0
            && self.tokens.kind(k - 1) == Kind::Number
            && self.tokens.kind(k + 1) == Kind::Number
            && self.tokens.end(k - 1) == self.tokens.start(k)
            && self.tokens.end(k) == self.tokens.start(k + 1)
    }

    /// Whether a sentence ends right before token `j`: a line break, a mark that ends a
    /// question or an exclamation, or a stop after a mark (". or ).); a stop after a letter
    /// may be an acronym's (سي. إن. إن، سي.بي.إس).
    pub fn sentence_ends_before(&self, j: usize) -> bool {
        self.tokens.after_break(j)
            || j > 0
                && self
                    .mark(j - 1)
                    .is_some_and(|c| matches!(c, '!' | '?' | '؟'))
            || j > 1
                && self.is(j - 1, '.')
                && self.tokens.kind(j - 2) == Kind::Mark
                && !self.is(j - 2, '.')
    }

    #[inline]
    pub fn is_terminator(&self, k: usize) -> bool {
        self.mark(k).is_some_and(|c| TERMINATORS.contains(&c))
    }

    #[inline]
    pub fn classes(&self, k: usize) -> Classes {
        self.words.classes(k)
    }

    /// Whether token `k` plays `role` in `grammar.tsv`.
    #[inline]
    pub fn plays(&self, k: usize, role: Grammar) -> bool {
        self.classes(k).has(Classes::role(role))
    }

    /// Where a phrase of `grammar.tsv` that plays `role` ends, if one starts at token `k` (مرة
    /// أخرى: an adverb of frequency).
    pub fn phrase_playing(&self, k: usize, role: Grammar) -> Option<usize> {
        let phrases = self.lexicon.grammar_phrases.iter();
        phrases
            .filter(|(_, roles)| roles.contains(&role))
            .find(|(words, _)| {
                words
                    .iter()
                    .enumerate()
                    .all(|(i, w)| k + i < self.tokens.len() && self.word(k + i) == w.as_str())
            })
            .map(|(words, _)| k + words.len())
    }

    /// Whether token `k` is a document, with ال or after the preposition ل (البيان الصادر عن،
    /// وفقا لبيان صادر عن، وفقا للبيان).
    pub fn is_document(&self, k: usize) -> bool {
        // (the word behind its article was looked up when the lexicon was loaded)
        let document = Classes::role(Grammar::Document).and(Classes::ARTICLE_DOCUMENT);
        self.classes(k).has(document)
    }

    /// Whether token `k` is a verb of issuing or publishing with the document as its object
    /// pronoun (أصدره، أعدته، نشرتها).
    pub fn issues_it(&self, k: usize) -> bool {
        let issues = |verb: &str| {
            self.lexicon.is(verb, Grammar::Issuing) || self.lexicon.is(verb, Grammar::Publishing)
        };
        POSSESSIVES.iter().any(|object| {
            self.word(k).strip_suffix(object).is_some_and(|verb| {
                // (a verb with a weak last letter writes it ا before the pronoun: أجرى → أجراه)
                issues(verb)
                    || verb
                        .strip_suffix('ا')
                        .is_some_and(|stem| issues(&format!("{stem}ي")))
            })
        })
    }

    pub fn is_complementizer(&self, k: usize) -> bool {
        self.plays(k, Grammar::Complementizer) && !self.in_acronym(k)
    }

    /// Whether token `k` is a letter of an acronym spelled with stops glued to it (the إن of
    /// سي.إن.إن، إن.تي.في).
    pub fn in_acronym(&self, k: usize) -> bool {
        let glued_before = k > 0 && self.is(k - 1, '.') && self.ends(k - 1) == self.starts(k);
        let glued_after =
            k + 1 < self.tokens.len() && self.is(k + 1, '.') && self.ends(k) == self.starts(k + 1);
        // (and the names spelled apart: the two إن of سي إن إن, not the إن after بي بي سي)
        let letter = |i: usize| self.word(i) == "ان";
        let first_of_two = k > 0 && self.word(k - 1) == "سي" && letter(k + 1);
        let second_of_two = k > 1 && letter(k - 1) && self.word(k - 2) == "سي";
        glued_before || glued_after || (letter(k) && (first_of_two || second_of_two))
    }

    pub fn is_function_word(&self, k: usize) -> bool {
        let classes = self.classes(k);
        // وقال آلان صايغ: a function word that is also a given name (الآن "now", آلان) is the
        // name where the text writes a hamza or madda on its first letter
        // (nor is علي written so, see `is_ali`)
        classes.has(Classes::FUNCTION_WORD)
            && !(classes.has(Classes::GIVEN) && self.first_alef_marked(k, 0))
            && !self.is_ali(k)
    }

    /// Token `k` as the text writes it (its diacritics and hamzas, which normalizing takes
    /// off); empty past the last token.
    pub fn written(&self, k: usize) -> String {
        self.tokens
            .get(k)
            .map_or(String::new(), |t| (self.display)(t.start, t.end))
    }

    /// Whether token `k` as the text writes it ends with `letter`. Normalizing may write the
    /// letter otherwise (ة as ه) but keeps it last: a token whose word does not end with it
    /// normalized is not read again from the original, as most tokens a rule asks are not.
    pub fn written_ends_with(&self, k: usize, letter: char) -> bool {
        self.word(k).ends_with(normalized_letter(letter)) && self.written(k).ends_with(letter)
    }

    /// Whether token `k` as the text writes it starts with `letter` (see
    /// [`Self::written_ends_with`]).
    pub fn written_starts_with(&self, k: usize, letter: char) -> bool {
        self.word(k).starts_with(normalized_letter(letter)) && self.written(k).starts_with(letter)
    }

    /// Whether token `k`, past its proclitic of `prefix` letters, is written with a hamza or a
    /// madda on its first letter (آلان، ألان; not الآن، الان).
    pub fn first_alef_marked(&self, k: usize, prefix: usize) -> bool {
        (self.display)(self.starts(k) + prefix, self.ends(k)).starts_with(['أ', 'آ'])
    }

    /// The reporting word token `k` is (none for يُدعى, see `is_named`).
    pub fn verb(&self, k: usize) -> Option<&'a Verb> {
        let verb = &self.lexicon.verbs[self.words.verb(k)?];
        (!self.is_named(k)).then_some(verb)
    }

    /// Whether token `k` is يُدعى، تُدعى (is named), written with ى: not يدّعي (claims), nor a
    /// cue that cuts the report before it (وقال رجل يدعى فلان "...").
    pub fn is_named(&self, k: usize) -> bool {
        matches!(self.word(k), "يدعي" | "تدعي")
            && (self.display)(self.starts(k), self.ends(k)).ends_with('ى')
    }

    /// Whether token `k` is a given name (`given_names`): a class of its word, looked up once.
    pub fn is_given_name(&self, k: usize) -> bool {
        self.classes(k).has(Classes::GIVEN)
    }

    /// Whether token `k` is an adjective of nationality.
    pub fn is_side(&self, k: usize) -> bool {
        self.classes(k).has(Classes::SIDE)
    }

    /// Whether token `k` is a head or adjective of `groups` as it is, without a ال taken off.
    pub fn is_group_word(&self, k: usize) -> bool {
        self.classes(k).has(Classes::GROUP) && self.lexicon.groups.contains_key(self.word(k))
    }

    pub fn starts(&self, k: usize) -> usize {
        self.tokens.start(k)
    }

    pub fn ends(&self, k: usize) -> usize {
        self.tokens.end(k)
    }

    pub fn title_at(&self, k: usize, clitics: bool) -> Option<(usize, usize, &'a ())> {
        let found = self.phrase_at(&self.lexicon.titles, Classes::TITLE, k, clitics)?;
        // إلى الأمام is no الإمام: a title's first word written with the other hamza seat
        // is another word (a bare alif may be either)
        let form = self
            .words
            .of(k, clitics)
            .find(|f| f.prefix == found.1 && f.classes.has(Classes::TITLE));
        let seat = form.and_then(|f| self.lexicon.title_hamza.get(f.text));
        if let Some(Some(seat)) = seat {
            let written = (self.display)(self.starts(k), self.ends(k));
            if written
                .chars()
                .find(|c| matches!(c, 'أ' | 'إ'))
                .is_some_and(|c| c != *seat)
            {
                return None;
            }
        }
        Some(found)
    }

    pub fn label_at(&self, k: usize) -> Option<(usize, usize, &'a bool)> {
        self.phrase_at(&self.lexicon.labels, Classes::LABEL, k, true)
    }

    pub fn attribution_at(&self, k: usize) -> Option<(usize, usize, &'a Then)> {
        self.phrase_at(&self.lexicon.attributions, Classes::ATTRIBUTION, k, true)
    }

    pub fn description_at(&self, k: usize) -> Option<(usize, usize, &'a Refers)> {
        self.phrase_at(&self.lexicon.descriptions, Classes::DESCRIPTION, k, true)
    }

    /// A name or title of the lexicon's entities at token `k`.
    pub fn entity_at(&self, k: usize) -> Option<(usize, usize, Name)> {
        // two names may share a skeleton (اليمن، ألمانيا): the one the text spells is taken
        let accept = |len: usize, prefix: usize, name: &Name| {
            // a place is matched as written, not on its skeleton: الإماراتي is not الإمارات;
            // and so is a one-word name a reporting verb or a function word shares its
            // skeleton with (لفت، لافتا are not ليفيت)
            let entity = &self.lexicon.entities[name.entity];
            if name.role {
                return entity.holds_titles_on(self.day);
            }
            if entity.kind != "place" && len != 1 {
                return true;
            }
            // (nor a function word: بدون is not بايدن)
            let verb = len == 1 && (self.verb(k).is_some() || self.is_function_word(k));
            let word = after(self.word(k), prefix);
            // and so is a word of two consonants: كوفي is not كييف
            let short = len == 1 && skeleton(word).chars().count() < 3;
            // and so is a capital that stands for its government (موسكو، واشنطن), a place's
            // name: ماسك is not موسكو
            let capital = len == 1 && self.lexicon.capitals[name.entity];
            if entity.kind != "place" && !verb && !short && !capital {
                return true;
            }
            let with_alef;
            let word = if prefix > 0 && word.starts_with('ل') && !self.word(k).contains("ال") {
                with_alef = format!("ا{word}");
                &with_alef
            } else {
                word
            };
            self.lexicon.first_words[name.entity]
                .iter()
                .any(|first| first == word)
        };
        self.match_at(
            &self.lexicon.names,
            Classes::NAME,
            k,
            true,
            |form| form.skeleton,
            accept,
        )
        .map(|(len, prefix, name)| (len, prefix, *name))
    }

    /// The longest phrase of `phrases` (whose first words are `class`) at token `k`, allowing
    /// a proclitic on its first word when `clitics`: its length in tokens, the proclitic's
    /// length, and its value.
    pub fn phrase_at<'p, T>(
        &self,
        phrases: &'p Phrases<T>,
        class: Classes,
        k: usize,
        clitics: bool,
    ) -> Option<(usize, usize, &'p T)> {
        self.match_at(phrases, class, k, clitics, |form| form.text, |_, _, _| true)
    }

    /// [`Self::phrase_at`] for phrases spelled as `key` spells a word (as it is, or its
    /// skeleton), among those `accept` takes (by length, proclitic and value).
    pub fn match_at<'p, T>(
        &self,
        phrases: &'p Phrases<T>,
        class: Classes,
        k: usize,
        clitics: bool,
        key: for<'f> fn(Form<'f>) -> &'f str,
        accept: impl Fn(usize, usize, &T) -> bool,
    ) -> Option<(usize, usize, &'p T)> {
        // most words start no phrase in any of their forms: one test for them all (before the
        // word's text is read)
        if !self.words.any(k).has(class) || self.word(k).is_empty() {
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
                if fits
                    && best.is_none_or(|(len, _, _)| words.len() >= len)
                    && accept(words.len(), form.prefix, value)
                {
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
    pub fn joins_l(&self, k: usize) -> bool {
        let word = self.word(k);
        word.starts_with('ل') && word.chars().count() > 1
    }

    pub fn entity_speaker(&self, entity: usize) -> Speaker {
        let entity = &self.lexicon.entities[entity];
        Speaker {
            name: entity.name.clone(),
            kind: kind_of(&entity.kind),
            side: entity.side.clone(),
        }
    }

    /// The side the adjectives of nationality in tokens `from..to` give (several: other).
    pub fn side_of(&self, from: usize, to: usize) -> Option<String> {
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

    /// The token after a parenthesis of up to three words at `j` ((فيفا)، (أونروا)), if any.
    pub fn parenthesis(&self, j: usize) -> Option<usize> {
        if !self.is(j, '(') {
            return None;
        }
        (j + 2..j + 5)
            .find(|&c| self.is(c, ')'))
            .filter(|&c| (j + 1..c).all(|i| self.tokens.kind(i) != Kind::Mark))
            .map(|c| c + 1)
    }

    /// The key of a title in tokens `from..to`: an adjective of nationality agrees with the
    /// title or with its genitive (وزير الخارجية الإيراني / الإيرانية), so a feminine ية after
    /// the first word is folded to ي.
    pub fn title_key(&self, from: usize, to: usize, prefix: usize) -> String {
        self.key_with(from, to, prefix, |word| {
            // the text is normalized: ة is written ه
            word.strip_suffix("يه")
                .filter(|stem| stem.chars().count() >= 3)
                .map(|stem| format!("{stem}ي"))
        })
    }

    /// The skeleton words of tokens `from..to`, the first without its proclitic.
    pub fn key(&self, from: usize, to: usize, prefix: usize) -> String {
        self.key_with(from, to, prefix, |_| None)
    }

    /// [`Self::key`], with the words after the first spelled as `respelled` says, if it does.
    fn key_with(
        &self,
        from: usize,
        to: usize,
        prefix: usize,
        respelled: impl Fn(&str) -> Option<String>,
    ) -> String {
        let mut key = String::new();
        for k in from..to {
            let word = self.word(k);
            if k == from {
                push_skeleton(after(word, prefix), &mut key);
                continue;
            }
            key.push(' ');
            match respelled(word) {
                Some(word) => push_skeleton(&word, &mut key),
                None => push_skeleton(word, &mut key),
            }
        }
        key
    }
}

/// `letter` as the quote lexicon's normalizer writes it (the letters whose written form rules
/// ask about: ة, ى and the alefs with a hamza or a madda are folded; a test holds it to the
/// normalizer).
pub fn normalized_letter(letter: char) -> char {
    match letter {
        'ة' => 'ه',
        'ى' => 'ي',
        'أ' | 'إ' | 'آ' => 'ا',
        other => other,
    }
}

/// Whether `word`, as the text is read normalized, is a past form of the verb whose lemma the
/// lexicon writes (اكد، اكدت with أكد; نفي with نفى): it starts with the lemma, or, for a lemma
/// with a weak last letter, with the rest of it and an ending (دعت، دعوا with دعا; نفت with نفى).
pub fn is_past_of(word: &str, lemma: &str) -> bool {
    let letters = || lemma.chars().map(normalized_letter);
    let mut rest = word.chars();
    if letters().all(|c| rest.next() == Some(c)) {
        return true;
    }
    let Some(stem) = lemma.strip_suffix(['ا', 'ى']) else {
        return false;
    };
    let stem_len = stem.chars().count();
    let mut rest = word.chars();
    letters().take(stem_len).all(|c| rest.next() == Some(c))
        && matches!(rest.as_str(), "ت" | "تا" | "وا" | "ن")
}

/// `word` without its first `prefix` code points (its proclitic).
pub fn after(word: &str, prefix: usize) -> &str {
    word.char_indices()
        .nth(prefix)
        .map_or("", |(i, _)| &word[i..])
}

/// Whether the proclitic of `word` (its first `prefix` code points) is a preposition.
pub fn governs(word: &str, prefix: usize) -> bool {
    word.chars()
        .take(prefix)
        .any(|c| matches!(c, 'ل' | 'ب' | 'ك'))
}

pub fn kind_of(kind: &str) -> &'static str {
    super::super::SPEAKER_TYPES
        .iter()
        .find(|t| **t == kind)
        .copied()
        .unwrap_or("person")
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::{
        document_after_article, strip_conjunction, Grammar, Lexicon,
    };
    use super::Text;
    use crate::tokens::TokenList;

    /// A token is a document, bare or behind an article, exactly when the lexicon has the word
    /// or the word behind its article as one (what `is_document` looked up at each call before).
    #[test]
    fn a_document_is_known_behind_any_article_from_the_lexicon_loaded() {
        let lexicon = Lexicon::builtin();
        let mut source = String::from("قال الوزير للصحفيين ان البيت لال لل ل");
        let documents = lexicon
            .grammar
            .iter()
            .filter(|(_, r)| r.contains(&Grammar::Document));
        for (document, _) in documents {
            for article in ["", "ال", "لل", "ل", "و", "ولل", "الل", "لال"] {
                source.push_str(&format!(" {article}{document}"));
            }
        }
        let tokens = TokenList::new(&source);
        let display = |_: usize, _: usize| String::new();
        let text = Text::new(&lexicon, &tokens, &display, None);
        let mut documents = 0;
        for k in 0..=tokens.len() {
            let word = text.word(k);
            let looked_up = lexicon.is(word, Grammar::Document)
                || document_after_article(word).is_some_and(|w| lexicon.is(w, Grammar::Document));
            assert_eq!(text.is_document(k), looked_up, "{word}");
            documents += usize::from(looked_up);
        }
        assert!(documents > 50, "{documents}");
    }

    /// A token plays a role of `grammar.tsv` exactly when the lexicon has its word in that
    /// role: `plays` reads the classes worked out at load, in place of a look-up by string.
    #[test]
    fn a_token_plays_the_roles_the_grammar_gives_its_word() {
        let lexicon = Lexicon::builtin();
        let mut roles: Vec<Grammar> = lexicon.grammar.values().flatten().copied().collect();
        roles.dedup();
        let mut source = String::from("قال الوزير ، 3 ان");
        for word in lexicon.grammar.keys() {
            source.push_str(&format!(" {word} و{word} ال{word}"));
        }
        let tokens = TokenList::new(&source);
        let display = |_: usize, _: usize| String::new();
        let text = Text::new(&lexicon, &tokens, &display, None);
        for k in 0..=tokens.len() {
            for &role in &roles {
                let word = text.word(k);
                assert_eq!(
                    text.plays(k, role),
                    lexicon.is(word, role),
                    "{word} {role:?}"
                );
            }
        }
    }

    /// A word that opens a clause, an auxiliary and كان (with و or ف) are roles of
    /// grammar.tsv, read as bits of each token's classes.
    #[test]
    fn a_clause_opener_an_auxiliary_and_kana_are_the_tokens_roles() {
        let lexicon = Lexicon::builtin();
        // (the reader's text is normalized: أما is read اما)
        let source = lexicon
            .normalizer
            .normalize("وكانت لكن أما سوف كانوا فكان الكان إنما قدم");
        let tokens = TokenList::new(&source);
        let display = |_: usize, _: usize| String::new();
        let text = Text::new(&lexicon, &tokens, &display, None);
        let roles = [Grammar::OpensClause, Grammar::Auxiliary, Grammar::Kana];
        let expected = [
            [true, false, true],   // وكانت
            [true, false, false],  // لكن
            [true, false, false],  // أما
            [false, true, false],  // سوف
            [false, true, false],  // كانوا
            [true, false, true],   // فكان
            [false, false, false], // الكان
            [false, false, false], // إنما
            [false, false, false], // قدم
        ];
        for (k, plays) in expected.iter().enumerate() {
            assert_eq!(roles.map(|r| text.plays(k, r)), *plays, "{}", text.word(k));
        }
    }

    #[test]
    fn a_conjunction_is_taken_off_a_word_of_two_letters_or_more() {
        let cases = [
            ("و", None),
            ("وا", None),
            ("فا", None),
            ("واب", Some("اب")),
            ("فقال", Some("قال")),
            ("قال", None),
            ("و😀x", Some("😀x")),
            ("", None),
        ];
        for (word, rest) in cases {
            assert_eq!(strip_conjunction(word), rest, "{word}");
        }
    }
}
