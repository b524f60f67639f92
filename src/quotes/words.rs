//! What the lexicons make of each token: its spellings (the word, the word without a
//! proclitic, their skeletons), their classes, and the reporting word it is. Every token is
//! looked up in several lexicons, several times, so this is worked out once per document.

use super::lexicon::{push_skeleton, Classes, Lexicon};
use rustc_hash::FxHashMap;

use crate::tokens::{Kind, TokenList};

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
/// Kept small (16 bytes), as a document holds one or more per token.
struct Spelled {
    start: u32,
    middle: u32,
    end: u32,
    /// How many code points of proclitic were stripped; on a whole word, VERB_FLAG when the
    /// token is a reporting word.
    prefix: u8,
    classes: Classes,
}

/// Set on the whole form of a token that is a reporting word (a proclitic is at most 2 letters).
const VERB_FLAG: u8 = 0x80;

pub struct Words {
    /// The text of every form, one after the other.
    buffer: String,
    /// The forms of every word; the first is the empty word, which every mark and every token
    /// past the end share.
    forms: Vec<Spelled>,
    /// Token `k`'s forms are `first[k]..first[k + 1]`, the whole word first; a mark has none
    /// of its own (it reads as the shared empty word). One more token than the text has
    /// stands for every token past the end.
    first: Vec<u32>,
    /// The entry in the lexicon's `verbs` of each token that is a reporting word (few are).
    verbs: FxHashMap<u32, u32>,
}

impl Words {
    pub fn new(tokens: &TokenList, lexicon: &Lexicon) -> Self {
        let n = tokens.len();
        let words = || (0..n).filter(|&k| tokens.kind(k) != Kind::Mark);
        let letters: usize = words().map(|k| tokens.text(k).len()).sum();
        let count = words().count();
        let mut words = Words {
            // each word and its skeleton, and about as much again for the forms without a clitic
            buffer: String::with_capacity(letters * 3),
            // a form a word, and the others grow as clitics come
            forms: Vec::with_capacity(count + count / 4 + 1),
            first: Vec::with_capacity(n + 2),
            verbs: FxHashMap::default(),
        };
        words.push(lexicon, "", 0);
        let mut form = String::new();
        for k in 0..=n {
            let first = words.forms.len();
            words.first.push(first as u32);
            if k == n || tokens.kind(k) == Kind::Mark {
                continue;
            }
            let word = tokens.text(k);
            words.push(lexicon, word, 0);
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
                    words.push(lexicon, &form, clitic.chars().count());
                }
            }
            // a reporting word, bare or after a conjunction, is one of its forms
            let verb = words.forms[first..]
                .iter()
                .any(|f| f.classes.has(Classes::VERB));
            if let Some(verb) = verb.then(|| lexicon.verb_index(word)).flatten() {
                words.forms[first].prefix |= VERB_FLAG;
                words.verbs.insert(k as u32, verb as u32);
            }
        }
        words.first.push(words.forms.len() as u32);
        words
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

    /// The forms of token `k`: the whole word, then, with `clitics`, the word without each
    /// proclitic it may carry.
    pub fn of(&self, k: usize, clitics: bool) -> impl Iterator<Item = Form<'_>> {
        let k = k.min(self.first.len() - 2);
        let (first, next) = (self.first[k] as usize, self.first[k + 1] as usize);
        let range = if first == next {
            0..1
        } else if clitics {
            first..next
        } else {
            first..first + 1
        };
        self.forms[range].iter().map(|spelled| Form {
            text: &self.buffer[spelled.start as usize..spelled.middle as usize],
            skeleton: &self.buffer[spelled.middle as usize..spelled.end as usize],
            prefix: usize::from(spelled.prefix & !VERB_FLAG),
            classes: spelled.classes,
        })
    }

    /// Token `k`'s whole word.
    pub fn whole(&self, k: usize) -> Form<'_> {
        self.of(k, false)
            .next()
            .expect("every token has its whole word")
    }

    /// Token `k`'s entry in the lexicon's `verbs`.
    pub fn verb(&self, k: usize) -> Option<usize> {
        let k = k.min(self.first.len() - 2);
        let first = self.first[k] as usize;
        if first == self.first[k + 1] as usize || self.forms[first].prefix & VERB_FLAG == 0 {
            return None;
        }
        self.verbs.get(&(k as u32)).map(|&v| v as usize)
    }
}
