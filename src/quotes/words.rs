//! What the lexicons make of each token: its spellings (the word, the word without a
//! proclitic, their skeletons), their classes, and the reporting word it is. Every token is
//! looked up in several lexicons, several times, so this is worked out once per document, and
//! once per distinct word: a token is an index into the document's vocabulary (news repeats
//! its words, so that is 4 bytes a token and a small vocabulary). Documents repeat each other's
//! words too, so a thread keeps what it worked out of the words it read before, in a cache of
//! bounded size, and copies a known word's forms rather than working them out again.

use std::cell::RefCell;

use super::lexicon::{push_skeleton, Classes, Lexicon};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

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
#[derive(Clone, Copy)]
struct Spelled {
    start: u32,
    middle: u32,
    end: u32,
    /// How many code points of proclitic were stripped.
    prefix: u8,
    /// The skeleton's bit in a [`Sieve`], worked out once (rules test a few words' sieves on
    /// every token).
    sieve_bit: u16,
    classes: Classes,
}

pub struct Words {
    /// The text of every form of the vocabulary, one after the other.
    buffer: String,
    /// The forms of every distinct word; the first is the empty word, which every mark and
    /// every token past the end read as.
    forms: Vec<Spelled>,
    /// Distinct word `w`'s forms are `first[w]..first[w + 1]`, the whole word first (and its
    /// forms' texts one run of the buffer).
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

/// The words a thread has read, with their forms, for the lexicon numbered `serial`: the first
/// CACHED_WORDS distinct words it read, as long as their forms fit in CACHED_BYTES (a few
/// megabytes a thread whatever it reads). A news text's common words come early, so a full
/// cache keeps what it has rather than start again.
#[derive(Default)]
struct Cache {
    serial: Option<u64>,
    /// The cached words' forms (their `first`, `verbs` and `any` are in `index`).
    words: Words,
    /// Each cached word and what a document needs to copy it, in one place: a word is looked
    /// up once per document that reads it, and each table read apart would be a cache miss.
    /// The word is in the table's slot, not on the heap: a key read through a pointer was one
    /// more miss per look-up.
    index: FxHashMap<Key, Cached>,
}

/// A word of at most `KEY_BYTES` bytes as a key held in place: its bytes, zeros after them, and
/// its length in the last byte, compared and hashed as two 128-bit integers (no call to
/// `memcmp`, no pointer to follow). Longer words (rare: 16 Arabic letters and more) are not
/// cached.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key(u128, u128);

const KEY_BYTES: usize = 31;

impl Key {
    fn of(word: &str) -> Option<Key> {
        let bytes = word.as_bytes();
        if bytes.len() > KEY_BYTES {
            return None;
        }
        let mut key = [0u8; 32];
        key[..bytes.len()].copy_from_slice(bytes);
        key[KEY_BYTES] = bytes.len() as u8;
        let (low, high) = key.split_at(16);
        Some(Key(
            u128::from_le_bytes(low.try_into().ok()?),
            u128::from_le_bytes(high.try_into().ok()?),
        ))
    }
}

/// A cached word: its forms are `words.forms[first..end]`.
#[derive(Clone, Copy)]
struct Cached {
    first: u32,
    end: u32,
    verb: u32,
    any: Classes,
}

const CACHED_WORDS: usize = 1 << 15;
const CACHED_BYTES: usize = 1 << 21;

impl Cache {
    /// Ready for a document read with the lexicon numbered `serial`.
    fn renew(&mut self, serial: u64) {
        if self.serial != Some(serial) {
            *self = Cache {
                serial: Some(serial),
                ..Cache::default()
            };
        }
    }

    /// Copies the word of `key` into `words`, the document being read, when the cache knows
    /// it; returns its index there.
    fn find(&self, key: Key, words: &mut Words) -> Option<u32> {
        let cached = self.index.get(&key)?;
        let forms = &self.words.forms[cached.first as usize..cached.end as usize];
        Some(words.copy_forms(&self.words.buffer, forms, cached.verb, cached.any))
    }

    /// Keeps distinct word `w` of `words` (the document being read) under `key`, if it has
    /// room.
    fn keep(&mut self, key: Key, words: &Words, w: u32) {
        let (start, end) = words.run(w as usize);
        if !self.has_room(end - start) {
            return;
        }
        let first = self.words.forms.len() as u32;
        let forms =
            &words.forms[words.first[w as usize] as usize..words.first[w as usize + 1] as usize];
        let (verb, any) = (words.verbs[w as usize], words.any[w as usize]);
        self.words.copy_forms(&words.buffer, forms, verb, any);
        let end = self.words.forms.len() as u32;
        self.index.insert(
            key,
            Cached {
                first,
                end,
                verb,
                any,
            },
        );
    }

    /// Whether a word whose forms take `bytes` bytes has room.
    fn has_room(&self, bytes: usize) -> bool {
        self.index.len() < CACHED_WORDS && self.words.buffer.len() + bytes <= CACHED_BYTES
    }
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

impl Default for Words {
    fn default() -> Self {
        Words {
            buffer: String::new(),
            forms: Vec::new(),
            first: vec![0],
            verbs: Vec::new(),
            any: Vec::new(),
            word_of: Vec::new(),
        }
    }
}

impl Words {
    pub fn new(tokens: &TokenList, lexicon: &Lexicon) -> Self {
        // the thread's cache, when it is not in use already (and the thread not ending)
        CACHE
            .try_with(|cache| match cache.try_borrow_mut() {
                Ok(mut cache) => {
                    cache.renew(lexicon.serial());
                    Words::read(tokens, lexicon, Some(&mut cache))
                }
                Err(_) => Words::read(tokens, lexicon, None),
            })
            .unwrap_or_else(|_| Words::read(tokens, lexicon, None))
    }

    fn read(tokens: &TokenList, lexicon: &Lexicon, mut cache: Option<&mut Cache>) -> Self {
        let n = tokens.len();
        // an article's words are about half distinct ones: room for that many, and more as
        // they come (a document of marks has none)
        let words_in = (0..n).filter(|&k| !tokens.word(k).is_empty()).count();
        let distinct = words_in / 2 + 16;
        let mut words = Words {
            // a word and its skeleton, and a third of them again without a proclitic
            buffer: String::with_capacity(distinct * 24),
            forms: Vec::with_capacity(distinct * 4 / 3),
            first: Vec::with_capacity(distinct + 1),
            verbs: Vec::with_capacity(distinct),
            any: Vec::with_capacity(distinct),
            word_of: Vec::with_capacity(n),
        };
        words.first.push(0);
        let mut form = String::new();
        words.analyse(lexicon, "", &mut form);
        // the document's words so far: a word it repeats is looked up here, in a small table
        // of its own, and in the thread's cache (or the lexicons) the first time only. A word
        // is looked up by its key (no string hashed or compared), made once for both tables;
        // the few too long for a key by their text.
        let mut known: FxHashMap<Key, u32> = FxHashMap::default();
        known.reserve(distinct);
        let mut long: FxHashMap<&str, u32> = FxHashMap::default();
        for k in 0..n {
            let word = tokens.word(k);
            let w = if word.is_empty() {
                0
            } else if let Some(key) = Key::of(word) {
                match known.entry(key) {
                    Entry::Occupied(seen) => *seen.get(),
                    Entry::Vacant(new) => {
                        let cached = cache.as_deref().and_then(|c| c.find(key, &mut words));
                        let w = cached.unwrap_or_else(|| {
                            let w = words.analyse(lexicon, word, &mut form);
                            if let Some(cache) = cache.as_mut() {
                                cache.keep(key, &words, w);
                            }
                            w
                        });
                        *new.insert(w)
                    }
                }
            } else {
                *long
                    .entry(word)
                    .or_insert_with(|| words.analyse(lexicon, word, &mut form))
            };
            words.word_of.push(w);
        }
        words
    }

    /// The run of the buffer that holds distinct word `w`'s forms.
    fn run(&self, w: usize) -> (usize, usize) {
        let forms = &self.forms[self.first[w] as usize..self.first[w + 1] as usize];
        let start = forms.first().map_or(0, |f| f.start as usize);
        (start, forms.last().map_or(start, |f| f.end as usize))
    }

    /// Adds a distinct word whose forms are `forms`, spelled in `buffer` (one run of it), as
    /// they are there; returns its index here.
    fn copy_forms(&mut self, buffer: &str, forms: &[Spelled], verb: u32, any: Classes) -> u32 {
        let start = forms.first().map_or(0, |f| f.start);
        let end = forms.last().map_or(start, |f| f.end);
        let base = self.buffer.len() as u32;
        self.buffer.push_str(&buffer[start as usize..end as usize]);
        let moved = |offset: u32| offset - start + base;
        self.forms.extend(forms.iter().map(|f| Spelled {
            start: moved(f.start),
            middle: moved(f.middle),
            end: moved(f.end),
            ..*f
        }));
        self.first.push(self.forms.len() as u32);
        self.verbs.push(verb);
        self.any.push(any);
        self.verbs.len() as u32 - 1
    }

    /// Adds a distinct word and its forms (spelled in `form`), worked out from the lexicon;
    /// returns its index.
    fn analyse(&mut self, lexicon: &Lexicon, word: &str, form: &mut String) -> u32 {
        let w = self.verbs.len() as u32;
        let first = self.forms.len();
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
        self.first.push(self.forms.len() as u32);
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
            sieve_bit: Sieve::bit(&self.buffer[middle..]) as u16,
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
        // by key, as the words themselves (the few skeletons too long for one by their text),
        // in tables made at their size at once
        let mut numbers: FxHashMap<Key, u32> = FxHashMap::default();
        numbers.reserve(self.verbs.len());
        let mut long: FxHashMap<&str, u32> = FxHashMap::default();
        (0..self.verbs.len())
            .map(|w| {
                let spelled = &self.forms[self.first[w] as usize];
                let skeleton = &self.buffer[spelled.middle as usize..spelled.end as usize];
                let next = (numbers.len() + long.len()) as u32;
                match Key::of(skeleton) {
                    Some(key) => *numbers.entry(key).or_insert(next),
                    None => *long.entry(skeleton).or_insert(next),
                }
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
        self.forms[first..end]
            .iter()
            .map(|spelled| self.form(spelled))
    }

    /// A form as its offsets into the buffer spell it.
    #[inline]
    fn form(&self, spelled: &Spelled) -> Form<'_> {
        let (start, middle, end) = (
            spelled.start as usize,
            spelled.middle as usize,
            spelled.end as usize,
        );
        // checked slices: offsets are u32, and a wrapped one must stay a caught panic, never
        // undefined behaviour (unchecked ones saved ~5% of the reader's instructions)
        let (text, skeleton) = (&self.buffer[start..middle], &self.buffer[middle..end]);
        Form {
            text,
            skeleton,
            prefix: usize::from(spelled.prefix),
            classes: spelled.classes,
        }
    }

    /// Whether a form of token `k` (the whole word or one without a proclitic) may be one of
    /// the words of `sieve`: false tells that none is, without reading the forms' text.
    pub fn may_be_in(&self, k: usize, sieve: &Sieve) -> bool {
        let w = self.distinct(k);
        self.forms[self.first[w] as usize..self.first[w + 1] as usize]
            .iter()
            .any(|spelled| sieve.has(usize::from(spelled.sieve_bit)))
    }

    /// Token `k`'s whole word.
    #[inline]
    pub fn whole(&self, k: usize) -> Form<'_> {
        self.form(&self.forms[self.first[self.distinct(k)] as usize])
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
        self.has(Sieve::bit(word))
    }

    fn has(&self, bit: usize) -> bool {
        self.0[bit >> 6] & 1 << (bit & 63) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::{Key, Sieve, Words, KEY_BYTES};
    use crate::quotes::lexicon::skeleton;
    use crate::quotes::Lexicon;
    use crate::tokens::TokenList;

    /// Everything `words` tells of each token of `tokens`.
    fn described(words: &Words, tokens: &TokenList) -> Vec<String> {
        (0..=tokens.len())
            .map(|k| {
                let forms: Vec<String> = words
                    .of(k, true)
                    .map(|f| format!("{} {} {} {:?}", f.text, f.skeleton, f.prefix, f.classes))
                    .collect();
                let w = words.distinct(k);
                format!("{w} {forms:?} {:?} {:?}", words.any(k), words.verb(k))
            })
            .collect()
    }

    fn tokens_of<'t>(lexicon: &Lexicon, text: &'t mut String) -> TokenList<'t> {
        *text = lexicon.normalizer.normalize(text).into_owned();
        TokenList::new(text)
    }

    #[test]
    fn a_word_the_thread_read_before_has_the_forms_it_would_have_anew() {
        let lexicon = Lexicon::builtin();
        let mut first = "وقال الرئيس بوتين للصحفيين إن الكرملين يرحب بالاتفاق.".to_owned();
        let mut second =
            "وأكد بوتين أن الكرملين سيرد، وقال للصحفيين إن الاتفاق والرئيس باقيان. بوتين".to_owned();
        let first = tokens_of(&lexicon, &mut first);
        let second = tokens_of(&lexicon, &mut second);
        Words::new(&first, &lexicon);
        let cached = Words::new(&second, &lexicon);
        let anew = Words::read(&second, &lexicon, None);
        assert_eq!(described(&cached, &second), described(&anew, &second));
        // and so it has read again in the same document, and in a document of its own
        let again = Words::new(&second, &lexicon);
        assert_eq!(described(&again, &second), described(&anew, &second));
    }

    #[test]
    fn a_key_holds_its_word_and_no_other() {
        // 15 Arabic letters fit (30 bytes), 16 do not
        let fits = "والاستراتيجياتا";
        assert_eq!(fits.len(), 30);
        assert!(Key::of(fits).is_some());
        assert!(Key::of(&format!("{fits}ن")).is_none());
        assert_eq!(Key::of(&"a".repeat(KEY_BYTES)).map(|_| ()), Some(()));
        let words = [
            "",
            "ب",
            "بو",
            "بوتين",
            "بوتينا",
            "وبوتين",
            "ab",
            "ab\0",
            fits,
        ];
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate() {
                assert_eq!(Key::of(a) == Key::of(b), i == j, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_word_too_long_for_the_cache_is_worked_out_each_time() {
        let lexicon = Lexicon::builtin();
        let long = "والاستراتيجياتالمتحدةالعربية";
        assert!(Key::of(long).is_none());
        let mut text = format!("قال {long} إن {long} بوتين");
        let tokens = tokens_of(&lexicon, &mut text);
        let anew = Words::read(&tokens, &lexicon, None);
        for _ in 0..2 {
            let cached = Words::new(&tokens, &lexicon);
            assert_eq!(described(&cached, &tokens), described(&anew, &tokens));
        }
    }

    #[test]
    fn two_words_have_one_skeleton_number_exactly_when_they_have_one_skeleton() {
        let lexicon = Lexicon::builtin();
        // ترامب and ترمب share a skeleton; a word too long for a key is numbered by its text
        let long = "والاستراتيجياتالمتحدةالعربية";
        let mut text = format!("قال ترامب، {long} ترمب قال {long}ي {long} بوتين");
        let tokens = tokens_of(&lexicon, &mut text);
        let words = Words::read(&tokens, &lexicon, None);
        let numbers = words.skeleton_numbers();
        let skeleton = |k: usize| words.whole(k).skeleton;
        for i in 0..tokens.len() {
            for j in 0..tokens.len() {
                let same = numbers[words.distinct(i)] == numbers[words.distinct(j)];
                assert_eq!(same, skeleton(i) == skeleton(j), "{i} {j}");
            }
        }
        // numbered in the order the distinct words come, the empty word's 0
        let mut most = 0;
        for &n in &numbers[1..] {
            assert!(n >= 1 && n <= most + 1, "{numbers:?}");
            most = most.max(n);
        }
        assert_eq!(numbers[0], 0);
    }

    #[test]
    fn a_word_read_with_another_lexicon_is_worked_out_again() {
        let builtin = Lexicon::builtin();
        let extended =
            Lexicon::extended(&[("verbs", "غمغم\tغمغم\tverb")], Vec::new()).expect("a lexicon");
        let mut text = "وغمغم الوزير بالاتفاق".to_owned();
        let tokens = tokens_of(&builtin, &mut text);
        assert_eq!(Words::new(&tokens, &builtin).verb(0), None);
        assert!(Words::new(&tokens, &extended).verb(0).is_some());
        assert_eq!(Words::new(&tokens, &builtin).verb(0), None);
    }

    #[test]
    fn a_token_may_be_in_a_sieve_exactly_when_one_of_its_forms_may() {
        let lexicon = Lexicon::builtin();
        let mut text = "قال الرئيس وبوتين للصحفيين إن الكرملين".to_owned();
        let tokens = tokens_of(&lexicon, &mut text);
        let words = Words::read(&tokens, &lexicon, None);
        // بوتين behind و, and a word no form of which was added
        let mut sieve = Sieve::default();
        sieve.add(&skeleton("بوتين"));
        for k in 0..=tokens.len() {
            let any = words.of(k, true).any(|f| sieve.may_hold(f.skeleton));
            assert_eq!(words.may_be_in(k, &sieve), any, "{k}");
        }
        assert!(words.may_be_in(2, &sieve));
        assert!(!Words::read(&tokens, &lexicon, None).may_be_in(2, &Sieve::default()));
    }

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
