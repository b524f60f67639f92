//! What the lexicons make of each token: its spellings (the word, the word without a
//! proclitic, their skeletons), their classes, and the reporting word it is. Every token is
//! looked up in several lexicons, several times, so this is worked out once per document, and
//! once per distinct word: a token is an index into the document's vocabulary (news repeats
//! its words, so that is 4 bytes a token and a small vocabulary).

use super::lexicon::{push_skeleton, Classes, Lexicon};
use rustc_hash::FxHashMap;

use crate::tokens::TokenList;

/// Proclitics stripped from a word to find a name in it: وبوتين، لترامب، بالكرملين.
const PROCLITICS: [&str; 9] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"];
/// The letters a proclitic starts with: most words start with none of them.
const CLITIC_LETTERS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// One spelling of a token.
#[derive(Clone, Copy)]
pub struct Form<'f> {
    pub text: &'f str,
    pub skeleton: &'f str,
    /// How many code points of proclitic were stripped.
    pub prefix: usize,
    pub classes: Classes,
}

/// A form as offsets into the buffer: the text is `start..middle`, its skeleton `middle..end`.
struct Spelled {
    start: u32,
    middle: u32,
    end: u32,
    /// How many code points of proclitic were stripped.
    prefix: u8,
    classes: Classes,
}

pub struct Words {
    /// The text of every form of the vocabulary, one after the other.
    buffer: String,
    /// The forms of every distinct word; the first is the empty word, which every mark and
    /// every token past the end read as.
    forms: Vec<Spelled>,
    /// Distinct word `w`'s forms are `first[w]..first[w + 1]`, the whole word first.
    first: Vec<u32>,
    /// Each distinct word's entry in the lexicon's `verbs`, or NOT_A_VERB.
    verbs: Vec<u32>,
    /// Each distinct word's classes over all its forms: most words start nothing a lexicon
    /// lists, and this tells so in one test.
    any: Vec<Classes>,
    /// Each token's distinct word (0, the empty word, for a mark).
    word_of: Vec<u32>,
}

const NOT_A_VERB: u32 = u32::MAX;

impl Words {
    pub fn new(tokens: &TokenList, lexicon: &Lexicon) -> Self {
        let n = tokens.len();
        // an article's words are about half distinct ones: room for that many, and more as
        // they come (a document of marks has none)
        let words_in = (0..n).filter(|&k| !tokens.word(k).is_empty()).count();
        let distinct = words_in / 2 + 16;
        let mut words = Words {
            // a word and its skeleton, and a third of them again without a proclitic
            buffer: String::with_capacity(distinct * 24),
            forms: Vec::with_capacity(distinct * 4 / 3),
            first: Vec::with_capacity(distinct),
            verbs: Vec::with_capacity(distinct),
            any: Vec::with_capacity(distinct),
            word_of: Vec::with_capacity(n),
        };
        let mut form = String::new();
        words.add(lexicon, "", &mut form);
        let mut known: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(distinct, Default::default());
        for k in 0..n {
            let word = tokens.word(k);
            let w = if word.is_empty() {
                0
            } else {
                match known.get(word) {
                    Some(&w) => w,
                    None => {
                        let w = words.add(lexicon, word, &mut form);
                        known.insert(word, w);
                        w
                    }
                }
            };
            words.word_of.push(w);
        }
        words.first.push(words.forms.len() as u32);
        words
    }

    /// Adds a distinct word and its forms (spelled in `form`); returns its index.
    fn add(&mut self, lexicon: &Lexicon, word: &str, form: &mut String) -> u32 {
        let w = self.verbs.len() as u32;
        let first = self.forms.len();
        self.first.push(first as u32);
        self.push(lexicon, word, 0);
        if word.starts_with(CLITIC_LETTERS) {
            for clitic in PROCLITICS {
                let Some(rest) = word.strip_prefix(clitic) else {
                    continue;
                };
                if rest.chars().count() < 2 {
                    continue;
                }
                // ل before ال drops the alef: للكرملين = ل + الكرملين
                form.clear();
                if clitic.ends_with('ل') && rest.starts_with('ل') {
                    form.push('ا');
                }
                form.push_str(rest);
                self.push(lexicon, form, clitic.chars().count());
            }
        }
        // a reporting word, bare or after a conjunction, is one of its forms
        let mut any = Classes::default();
        for f in &self.forms[first..] {
            any |= f.classes;
        }
        self.any.push(any);
        let verb = any.has(Classes::VERB);
        let verb = verb.then(|| lexicon.verb_index(word)).flatten();
        self.verbs.push(verb.map_or(NOT_A_VERB, |v| v as u32));
        w
    }

    fn push(&mut self, lexicon: &Lexicon, form: &str, prefix: usize) {
        let start = self.buffer.len();
        self.buffer.push_str(form);
        let middle = self.buffer.len();
        push_skeleton(form, &mut self.buffer);
        let classes = lexicon.classes(form, &self.buffer[middle..]);
        // a text is at most 4 GiB (u32 offsets everywhere in khabar), and a proclitic 2 letters
        self.forms.push(Spelled {
            start: start as u32,
            middle: middle as u32,
            end: self.buffer.len() as u32,
            prefix: prefix as u8,
            classes,
        });
    }

    /// Token `k`'s distinct word (past the end: the empty word).
    #[inline]
    pub fn distinct(&self, k: usize) -> usize {
        self.word_of.get(k).map_or(0, |&w| w as usize)
    }

    /// How many distinct words the document has (the empty word among them).
    pub fn distinct_count(&self) -> usize {
        self.verbs.len()
    }

    /// For each distinct word, a number its skeleton has: two tokens have the same whole
    /// skeleton when their distinct words have the same number. The empty word's is 0.
    pub fn skeleton_numbers(&self) -> Vec<u32> {
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        (0..self.verbs.len())
            .map(|w| {
                let spelled = &self.forms[self.first[w] as usize];
                let skeleton = &self.buffer[spelled.middle as usize..spelled.end as usize];
                let next = numbers.len() as u32;
                *numbers.entry(skeleton).or_insert(next)
            })
            .collect()
    }

    /// The forms of token `k`: the whole word, then, with `clitics`, the word without each
    /// proclitic it may carry.
    pub fn of(&self, k: usize, clitics: bool) -> impl Iterator<Item = Form<'_>> {
        let w = self.distinct(k);
        let first = self.first[w] as usize;
        let end = if clitics {
            self.first[w + 1] as usize
        } else {
            first + 1
        };
        self.forms[first..end].iter().map(|spelled| Form {
            text: &self.buffer[spelled.start as usize..spelled.middle as usize],
            skeleton: &self.buffer[spelled.middle as usize..spelled.end as usize],
            prefix: usize::from(spelled.prefix),
            classes: spelled.classes,
        })
    }

    /// Token `k`'s whole word.
    #[inline]
    pub fn whole(&self, k: usize) -> Form<'_> {
        let spelled = &self.forms[self.first[self.distinct(k)] as usize];
        Form {
            text: &self.buffer[spelled.start as usize..spelled.middle as usize],
            skeleton: &self.buffer[spelled.middle as usize..spelled.end as usize],
            prefix: usize::from(spelled.prefix),
            classes: spelled.classes,
        }
    }

    /// The classes of any form of token `k` (the whole word or one without a proclitic).
    #[inline]
    pub fn any(&self, k: usize) -> Classes {
        self.any[self.distinct(k)]
    }

    /// The classes of token `k`'s whole word ([`Self::whole`] without its spellings).
    #[inline]
    pub fn classes(&self, k: usize) -> Classes {
        self.forms[self.first[self.distinct(k)] as usize].classes
    }

    /// Token `k`'s entry in the lexicon's `verbs`.
    #[inline]
    pub fn verb(&self, k: usize) -> Option<usize> {
        let verb = self.verbs[self.distinct(k)];
        (verb != NOT_A_VERB).then_some(verb as usize)
    }
}

/// A few words as 1,024 bits, by their length and last letters: most words of a document are
/// told apart from them in one test, before the set that holds them is looked up.
#[derive(Default)]
pub struct Sieve([u64; 16]);

impl Sieve {
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let from_end = |i: usize| usize::from(bytes.len().checked_sub(i).map_or(0, |i| bytes[i]));
        ((bytes.len() * 37) ^ from_end(1) ^ (from_end(3) << 4)) & 1023
    }

    pub fn add(&mut self, word: &str) {
        let bit = Sieve::bit(word);
        self.0[bit >> 6] |= 1 << (bit & 63);
    }

    /// False when `word` is none of the words added; true when it may be one.
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = Sieve::bit(word);
        self.0[bit >> 6] & 1 << (bit & 63) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::Sieve;

    #[test]
    fn a_sieve_holds_the_words_added_and_few_others() {
        let mut sieve = Sieve::default();
        let names = ["بوتين", "ترمب", "لافروف", "غوتيريش", "كيبتشوغي"];
        names.iter().for_each(|name| sieve.add(name));
        assert!(names.iter().all(|name| sieve.may_hold(name)));
        let others = [
            "الحكومه",
            "وزير",
            "قال",
            "ان",
            "الخارجيه",
            "المتحدث",
            "بيان",
            "اليوم",
            "الرءيس",
            "المدينه",
        ];
        assert!(others.iter().filter(|w| sieve.may_hold(w)).count() <= 2);
    }
}
