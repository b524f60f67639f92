//! The spellings each token is looked up by: the word, the word without a proclitic, and their
//! skeletons. Every token is looked up in several lexicons, several times, so they are spelled
//! out once per document, into one buffer.

use std::ops::Range;

use super::lexicon::push_skeleton;
use crate::tokens::{Kind, Token};

/// Proclitics stripped from a word to find a name in it: وبوتين، لترامب، بالكرملين.
const PROCLITICS: [&str; 9] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"];

/// One spelling of a token.
#[derive(Clone, Copy)]
pub struct Form<'f> {
    pub text: &'f str,
    pub skeleton: &'f str,
    /// How many code points of proclitic were stripped.
    pub prefix: usize,
}

struct Spelled {
    text: Range<usize>,
    skeleton: Range<usize>,
    prefix: usize,
}

pub struct Forms {
    buffer: String,
    forms: Vec<Spelled>,
    /// Token `k`'s forms are `first[k]..first[k + 1]`, the whole word first.
    first: Vec<usize>,
}

impl Forms {
    pub fn new(tokens: &[Token]) -> Self {
        let mut forms = Forms {
            buffer: String::new(),
            forms: Vec::with_capacity(tokens.len() * 2),
            first: Vec::with_capacity(tokens.len() + 1),
        };
        let mut form = String::new();
        for token in tokens {
            forms.first.push(forms.forms.len());
            let word = if token.kind == Kind::Mark {
                ""
            } else {
                token.text
            };
            forms.push(word, 0);
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
                forms.push(&form, clitic.chars().count());
            }
        }
        forms.first.push(forms.forms.len());
        forms
    }

    fn push(&mut self, form: &str, prefix: usize) {
        let start = self.buffer.len();
        self.buffer.push_str(form);
        let middle = self.buffer.len();
        push_skeleton(form, &mut self.buffer);
        self.forms.push(Spelled {
            text: start..middle,
            skeleton: middle..self.buffer.len(),
            prefix,
        });
    }

    /// The forms of token `k`: the whole word, then, with `clitics`, the word without each
    /// proclitic it may carry. None past the end.
    pub fn of(&self, k: usize, clitics: bool) -> impl Iterator<Item = Form<'_>> {
        let range = match self.first.get(k + 1) {
            Some(&end) if clitics => self.first[k]..end,
            Some(_) => self.first[k]..self.first[k] + 1,
            None => 0..0,
        };
        self.forms[range].iter().map(|spelled| Form {
            text: &self.buffer[spelled.text.clone()],
            skeleton: &self.buffer[spelled.skeleton.clone()],
            prefix: spelled.prefix,
        })
    }

    /// The skeleton of token `k`'s whole word; empty past the end.
    pub fn skeleton(&self, k: usize) -> &str {
        self.of(k, false).next().map_or("", |form| form.skeleton)
    }
}
