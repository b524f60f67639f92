//! What the lexicons make of each token: its spellings (the word, the word without a
//! proclitic, their skeletons), their classes, and the reporting word it is. Every token is
//! looked up in several lexicons, several times, so this is worked out once per document.

use super::lexicon::{push_skeleton, Classes, Lexicon};
use crate::tokens::{Kind, Token};

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
    prefix: u8,
    classes: Classes,
}

pub struct Words {
    /// The text of every form, one after the other.
    buffer: String,
    forms: Vec<Spelled>,
    /// Token `k`'s forms are `first[k]..first[k + 1]`, the whole word first. One more token
    /// than the text has, an empty word, stands for every token past the end.
    first: Vec<u32>,
    /// Each token's entry in the lexicon's `verbs`, or NOT_A_VERB.
    verbs: Vec<u32>,
}

const NOT_A_VERB: u32 = u32::MAX;

impl Words {
    pub fn new(tokens: &[Token], lexicon: &Lexicon) -> Self {
        let letters: usize = tokens.iter().map(|t| t.text.len()).sum();
        let mut words = Words {
            // each word and its skeleton, and about as much again for the forms without a clitic
            buffer: String::with_capacity(letters * 4),
            // a form a token, and the others grow as clitics come: a text of marks is all tokens
            forms: Vec::with_capacity(tokens.len() + tokens.len() / 4 + 1),
            first: Vec::with_capacity(tokens.len() + 2),
            verbs: Vec::with_capacity(tokens.len() + 1),
        };
        let mut form = String::new();
        let texts = tokens
            .iter()
            .map(|t| if t.kind == Kind::Mark { "" } else { t.text });
        for word in texts.chain([""]) {
            let first = words.forms.len();
            words.first.push(first as u32);
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
            let verb = verb.then(|| lexicon.verb_index(word)).flatten();
            words.verbs.push(verb.map_or(NOT_A_VERB, |v| v as u32));
        }
        words.first.push(words.forms.len() as u32);
        words.forms.shrink_to_fit();
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
        let k = k.min(self.verbs.len() - 1);
        let first = self.first[k] as usize;
        let end = if clitics {
            self.first[k + 1] as usize
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
    pub fn whole(&self, k: usize) -> Form<'_> {
        self.of(k, false)
            .next()
            .expect("every token has its whole word")
    }

    /// Token `k`'s entry in the lexicon's `verbs`.
    pub fn verb(&self, k: usize) -> Option<usize> {
        let verb = self.verbs[k.min(self.verbs.len() - 1)];
        (verb != NOT_A_VERB).then_some(verb as usize)
    }
}
