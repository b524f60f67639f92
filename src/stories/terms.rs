//! The words that tell one story from another: an article as a weighted vector of its terms.
//!
//! Terms are search-normalized words with the article (and a conjunction or preposition before
//! it) taken off, and numbers of two digits or more. A word news spells two ways (an outlet's
//! house spelling of a name, ترمب for ترامب, `lexicons/stories/spellings.tsv`) is the term of the
//! spelling news uses most. Each is weighted by how rare it is in news (document frequencies of a
//! background corpus, `lexicons/stories/document_frequencies.tsv`, with the corpus at hand added)
//! and by where it stands: the title and the lead say what the story is, so their words count
//! more.

use std::borrow::Cow;
use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;

use crate::normalize::{Normalizer, Options};

/// How much a term of the title, or of the lead, weighs over one of the body.
const TITLE_WEIGHT: f32 = 5.0;
const LEAD_WEIGHT: f32 = 2.0;
/// The lead: this many characters of the body after the title.
const LEAD_CHARS: usize = 400;
/// An article keeps its heaviest terms only: the rest is noise to the comparison and cost.
pub const KEPT_TERMS: usize = 60;

/// Prefixes that carry the article, taken off a word: وال، بال، فال، كال، لل، ال.
const ARTICLE_PREFIXES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
/// One-letter proclitics, taken off only when the word without them is the more common in news
/// (وترامب → ترامب, but وزير stays: زير is rarer than وزير).
const LETTER_PROCLITICS: [char; 4] = ['و', 'ف', 'ب', 'ل'];

/// Document frequencies of the background corpus: the number of its articles and, per term, how
/// many hold it. Terms below the file's floor are absent and count as rare. And the spellings of
/// one word news writes two ways (ترمب for ترامب, بوتن for بوتين), each to the term it is read as.
pub struct Background {
    pub articles: u32,
    pub frequency: FxHashMap<String, u32>,
    pub spelled: FxHashMap<String, String>,
}

impl Background {
    /// Parses the TSV: a `# articles: N` line, then `term<TAB>count` rows.
    pub fn parse(tsv: &str) -> Background {
        let mut articles = 0;
        let mut frequency = FxHashMap::default();
        for line in tsv.lines() {
            if let Some(n) = line.strip_prefix("# articles:") {
                articles = n.trim().parse().unwrap_or(0);
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            if let Some((term, count)) = line.split_once('\t') {
                if let Ok(count) = count.trim().parse::<u32>() {
                    frequency.insert(term.to_string(), count);
                }
            }
        }
        Background {
            articles,
            frequency,
            spelled: FxHashMap::default(),
        }
    }

    /// With the spellings of a TSV (`variant<TAB>term` rows, `#` comments) read as their term:
    /// each variant's frequency is added to its term's (an outlet writes one spelling, so their
    /// articles are mostly apart).
    pub fn with_spellings(mut self, tsv: &str) -> Background {
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            if let Some((variant, term)) = line.split_once('\t') {
                let (variant, term) = (variant.trim(), term.trim());
                if variant.is_empty() || term.is_empty() || variant == term {
                    continue;
                }
                let count = self.frequency.remove(variant).unwrap_or(0);
                *self.frequency.entry(term.to_string()).or_default() += count;
                self.spelled.insert(variant.to_string(), term.to_string());
            }
        }
        self
    }

    /// The bundled background: ANT corpus v2.1 (30,337 Arabic news articles of 2018).
    pub fn bundled() -> &'static Background {
        static BUNDLED: std::sync::OnceLock<Background> = std::sync::OnceLock::new();
        BUNDLED.get_or_init(|| {
            Background::parse(include_str!(
                "../../lexicons/stories/document_frequencies.tsv"
            ))
            .with_spellings(include_str!("../../lexicons/stories/spellings.tsv"))
        })
    }

    /// In how many background articles `term` stands (0 when below the file's floor).
    pub fn count(&self, term: &str) -> u32 {
        self.frequency.get(term).copied().unwrap_or(0)
    }

    /// [`count`](Self::count) of the term a word is read as, its spelling folded (ترمب as ترامب).
    pub fn count_spelled(&self, word: &str) -> u32 {
        self.count(self.spelled.get(word).map_or(word, String::as_str))
    }
}

/// Splits a text into its terms, in order, each with where it stands (title, lead or body).
pub struct Terms<'b> {
    normalizer: Normalizer,
    background: &'b Background,
}

/// Where a term stands in its article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Title,
    Lead,
    Body,
}

impl Place {
    pub fn weight(self) -> f32 {
        match self {
            Place::Title => TITLE_WEIGHT,
            Place::Lead => LEAD_WEIGHT,
            Place::Body => 1.0,
        }
    }
}

impl<'b> Terms<'b> {
    pub fn new(background: &'b Background) -> Self {
        Terms {
            normalizer: Normalizer::new(Options::SEARCH),
            background,
        }
    }

    /// The terms of `title` and `text`, each with its place. Without a title the first line of the
    /// text is the title; a text that opens with its title does not count it twice.
    pub fn of(&self, title: Option<&str>, text: &str) -> Vec<(String, Place)> {
        let mut terms = Vec::new();
        let title = title.map(|t| self.normalizer.normalize(t));
        visit(
            self,
            title.as_deref(),
            &self.normalizer.normalize(text),
            |term, place| terms.push((term.to_string(), place)),
            |_| {},
        );
        terms
    }

    /// What an index reads of an article, from one normalization of its text: each distinct term
    /// (as `id` gives it) with the weights of its places summed, in the order they first come,
    /// and the hashes of its words for [`words`](Self::words). A term is borrowed from the
    /// normalized text until `id` is called on it, once per distinct term.
    pub fn read<T>(
        &self,
        title: Option<&str>,
        text: &str,
        id: impl FnMut(&str) -> T,
    ) -> (Vec<(T, f32)>, Vec<u64>) {
        self.read_normalized(title, &self.normalizer.normalize(text), id)
    }

    /// [`read`](Self::read) of a text given as search normalization writes it (the one pass of
    /// an analysis made it for numbers and terms): not normalized again.
    pub fn read_normalized<T>(
        &self,
        title: Option<&str>,
        text: &str,
        mut id: impl FnMut(&str) -> T,
    ) -> (Vec<(T, f32)>, Vec<u64>) {
        let title = title.map(|t| self.normalizer.normalize(t));
        // room for the distinct terms at once (a term for each 16 bytes of news, 11 at most in
        // ANT), rather than the table rehashed and the list moved as they come
        let room = (text.len() + title.as_deref().map_or(0, str::len)) / 11 + 8;
        let mut weighed: Vec<(&str, f32)> = Vec::with_capacity(room);
        let mut at: FxHashMap<&str, usize> = FxHashMap::default();
        at.reserve(room);
        let mut words = Vec::with_capacity(text.len() / 11 + 8);
        visit(
            self,
            title.as_deref(),
            text,
            // (one look-up a term: a third of them are new to the article)
            |term, place| match at.entry(term) {
                Entry::Occupied(k) => weighed[*k.get()].1 += place.weight(),
                Entry::Vacant(new) => {
                    new.insert(weighed.len());
                    weighed.push((term, place.weight()));
                }
            },
            |word| words.push(hash_word(word)),
        );
        let weighed = weighed
            .into_iter()
            .map(|(term, weight)| (id(term), weight))
            .collect();
        (weighed, words)
    }

    /// Each word of `text` that stands for a term, as `(term, word)` in text order: how a text
    /// spells the terms it is compared by (قدس as بالقدس, قمه as القمة), for showing them. The
    /// words are the text's own, and a term is copied only when normalizing changed its word
    /// (an index keeps one word of the many it reads, and copying each was a tenth of its
    /// reading).
    pub fn spellings<'t>(&self, text: &'t str) -> Vec<(Cow<'t, str>, &'t str)>
    where
        'b: 't,
    {
        spelling_words(text)
            .filter_map(|word| Some((self.spelled(word)?, word)))
            .collect()
    }

    /// The term `word` of the original text stands for, borrowed from it when normalizing
    /// changed nothing.
    pub fn spelled<'t>(&self, word: &'t str) -> Option<Cow<'t, str>>
    where
        'b: 't,
    {
        Some(match self.normalizer.normalize(word) {
            Cow::Borrowed(kept) => Cow::Borrowed(self.term(kept.trim())?),
            Cow::Owned(changed) => Cow::Owned(self.term(changed.trim())?.to_owned()),
        })
    }

    /// Only the words, in order, for near-duplicate detection: no place, nothing taken off.
    pub fn words(&self, text: &str) -> Vec<u64> {
        words_of(&self.normalizer.normalize(text))
    }

    /// The first `n` of [`words`](Self::words) (all of them when fewer), normalizing only as
    /// much of `text` as holds them: a lead or a line is read for its first words alone, and
    /// normalizing the rest was a tenth of the index. Cut at a space, the text normalizes to the
    /// start of what the whole normalizes to, its words whole: no step looks past a space (ي
    /// ends a word before one) or changes what it wrote before one.
    pub fn first_words(&self, text: &str, n: usize) -> Vec<u64> {
        // (the n-th space found by its byte: searching for each space was a fifth of the call)
        let nth_space = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b' ')
            .nth(n.saturating_sub(1));
        if let Some((cut, _)) = nth_space {
            let mut words = self.words(&text[..cut]);
            if words.len() >= n {
                words.truncate(n);
                return words;
            }
        }
        let mut words = self.words(text);
        words.truncate(n);
        words
    }

    /// The term a word stands for, or None for a word too short to tell stories apart. A spelling
    /// of the background's other than the one news uses most stands for that one (ترمب for
    /// ترامب).
    pub fn term<'w>(&self, word: &'w str) -> Option<&'w str>
    where
        'b: 'w,
    {
        // (a byte of a character beyond ASCII is no digit: the characters need no decoding)
        if word.bytes().all(|b| b.is_ascii_digit()) {
            // one digit is any story's; two or more start to be this one's
            return (word.len() >= 2).then_some(word);
        }
        let mut stem = word;
        if let Some(rest) = ARTICLE_PREFIXES
            .iter()
            .find_map(|prefix| stem.strip_prefix(prefix))
        {
            if rest.chars().nth(1).is_some() {
                stem = rest;
            }
        } else if let Some(rest) = stem.strip_prefix(LETTER_PROCLITICS) {
            if rest.chars().nth(2).is_some()
                && self.background.count_spelled(rest) > self.background.count_spelled(stem)
            {
                stem = rest;
            }
        }
        if let Some(term) = self.background.spelled.get(stem) {
            return Some(term.as_str());
        }
        // two characters at least, found without counting them all
        stem.chars().nth(1).is_some().then_some(stem)
    }
}

/// Calls `found` with each term of a normalized text and its place, in order; `title` is the
/// normalized title, when given apart from the text. And `word` with each word of the text, in
/// order (the words [`Terms::words`] hashes): the text is split once for both, as the second
/// split, for the hashes, was a quarter of reading it.
fn visit<'a, 'b: 'a>(
    terms: &Terms<'b>,
    title: Option<&'a str>,
    text: &'a str,
    mut found: impl FnMut(&'a str, Place),
    mut word: impl FnMut(&'a str),
) {
    // where the body starts in the text: after its first line when that is the title
    let body_start = match title {
        Some(title) => {
            for word in title.split(|c: char| !is_word_char(c)) {
                if let Some(term) = terms.term(word) {
                    found(term, Place::Title);
                }
            }
            match text.split_once('\n') {
                Some((first, _)) if first.trim() == title.trim() => first.len() + 1,
                _ => 0,
            }
        }
        None => text.find('\n').map_or(0, |first| first + 1),
    };
    let body = &text[body_start..];
    let lead_end = body_start
        + body
            .char_indices()
            .nth(LEAD_CHARS)
            .map_or(body.len(), |(byte, _)| byte);
    let mut term_at = |piece: &'a str, place: Place| {
        if let Some(term) = terms.term(piece) {
            found(term, place);
        }
    };
    for piece in text.split(|c: char| !is_word_char(c)) {
        if piece.is_empty() {
            continue;
        }
        word(piece);
        let start = piece.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + piece.len();
        // (a line break ends the first line: no word crosses into the body)
        if start < body_start {
            if title.is_none() {
                term_at(piece, Place::Title);
            }
        } else if end <= lead_end {
            term_at(piece, Place::Lead);
        } else if start >= lead_end {
            term_at(piece, Place::Body);
        } else {
            // a word the lead's end cuts is two, one of each
            term_at(&text[start..lead_end], Place::Lead);
            term_at(&text[lead_end..end], Place::Body);
        }
    }
}

/// The words of an original text, marks and all, as [`Terms::spellings`] reads them.
fn spelling_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(is_word_char(c) || is_mark(c)))
}

/// The words of `texts` one after another as [`Terms::spellings`] reads them, empty ones left
/// out.
pub fn spelled_words<'t>(texts: &[&'t str]) -> Vec<&'t str> {
    texts
        .iter()
        .flat_map(|text| spelling_words(text))
        .filter(|word| !word.is_empty())
        .collect()
}

/// The distinct words of a batch's texts, each numbered once for the batch: its texts' words are
/// read for their terms once, however many texts write them.
#[derive(Default)]
pub struct DistinctWords<'t> {
    number: FxHashMap<&'t str, usize>,
    pub words: Vec<&'t str>,
    /// Per word, the last text that wrote it.
    last: Vec<usize>,
}

impl<'t> DistinctWords<'t> {
    /// The numbers of the words of text `text`, each once, in the order they first come: a
    /// text's repeated word is found by the mark its first left, not in a table of its own.
    pub fn of(&mut self, text: usize, words: &[&'t str]) -> Vec<usize> {
        words
            .iter()
            .filter_map(|&word| {
                let k = *self.number.entry(word).or_insert_with(|| {
                    self.words.push(word);
                    self.last.push(usize::MAX);
                    self.words.len() - 1
                });
                (std::mem::replace(&mut self.last[k], text) != text).then_some(k)
            })
            .collect()
    }
}

/// The hashes of the words of a normalized text, in order.
pub fn words_of(text: &str) -> Vec<u64> {
    // a word for each 11 bytes of news, about: room for them at once
    let mut words = Vec::with_capacity(text.len() / 11 + 8);
    words.extend(
        text.split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(hash_word),
    );
    words
}

/// `char::is_alphanumeric`, the Arabic letters and ASCII letters and digits tested first, as
/// `char::is_alphanumeric` alone costs ten times more for them: whether `c` belongs to a word.
pub(super) fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=127 => c.is_ascii_alphanumeric(),
        0x0621..=0x064A => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` is an Arabic diacritic or superscript alef, which stand inside a word of the
/// original text (and which normalization takes off).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// A stable 64-bit hash of a word (FNV-1a), the same on every machine and run.
pub fn hash_word(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in word.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// An article's terms as a sparse unit vector over term ids, heaviest first.
pub type Vector = Vec<(u32, f32)>;

/// Turns the terms of an article, each with its frequency (its occurrences weighed by their
/// places), into its weighted vector: a sublinear term frequency times the term's inverse
/// document frequency; the `KEPT_TERMS` heaviest, scaled to unit length.
pub fn weigh(terms: &[(u32, f32)], idf: impl Fn(u32) -> f32) -> Vector {
    let mut vector: Vector = terms
        .iter()
        // (ln 1 is 0: a term read once in the body, as most are, takes no logarithm)
        .map(|&(term, tf)| {
            let tf = if tf == 1.0 { 1.0 } else { 1.0 + tf.ln() };
            (term, tf * idf(term))
        })
        .filter(|&(_, w)| w > 0.0)
        .collect();
    // the kept terms found, then only they sorted: a term's id is its own, so the order is
    // total and they are those a sort of all would keep
    let heaviest_first = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    if vector.len() > KEPT_TERMS {
        vector.select_nth_unstable_by(KEPT_TERMS, heaviest_first);
        vector.truncate(KEPT_TERMS);
    }
    vector.sort_unstable_by(heaviest_first);
    // a corpus keeps every vector: not the room the article's other terms took
    vector.shrink_to_fit();
    let norm = vector.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut vector {
            *w /= norm;
        }
    }
    vector
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_the_alphanumeric_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn background() -> Background {
        Background::parse("# articles: 100\nترامب\t10\nوزير\t20\nزير\t1\n")
    }

    #[test]
    fn the_article_and_known_proclitics_come_off() {
        let background = background();
        let terms = Terms::new(&background);
        assert_eq!(terms.term("والسلام"), Some("سلام"));
        assert_eq!(terms.term("وترامب"), Some("ترامب"));
        // وزير is a word of its own: its و is not a conjunction
        assert_eq!(terms.term("وزير"), Some("وزير"));
        assert_eq!(terms.term("5"), None);
        assert_eq!(terms.term("2254"), Some("2254"));
    }

    #[test]
    fn a_word_news_spells_two_ways_is_one_term() {
        // an outlet's house spelling (ترمب, بوتن) is read as the spelling news uses most, and
        // counts as often as both
        let background = background().with_spellings("# variants\nترمب\tترامب\n");
        assert_eq!(background.count("ترامب"), 10);
        let terms = Terms::new(&background);
        assert_eq!(terms.term("ترمب"), Some("ترامب"));
        assert_eq!(terms.term("وترمب"), Some("ترامب"));
        assert_eq!(terms.term("ترامب"), Some("ترامب"));
        let two = |text: &str| -> Vec<String> {
            terms.of(None, text).into_iter().map(|(t, _)| t).collect()
        };
        assert_eq!(two("ترمب يلتقي بوتين"), two("ترامب يلتقي بوتين"));
        // the bundled lists hold the spellings of the corpus's outlets
        let bundled = Terms::new(Background::bundled());
        assert_eq!(bundled.term("بوتن"), bundled.term("بوتين"));
        assert_eq!(bundled.term("كيمياوي"), bundled.term("كيماوي"));
        assert_eq!(bundled.term("كيمياءي"), bundled.term("كيماوي"));
        // and names two outlets each spell mostly their own way, alike in the words around them
        let bundled_terms = |text: &str| -> Vec<String> {
            bundled.of(None, text).into_iter().map(|(t, _)| t).collect()
        };
        assert_eq!(
            bundled_terms("زوكربرغ يصل إلى ميونخ"),
            bundled_terms("زوكربيرغ يصل إلى ميونيخ")
        );
        // two words of one root stay two terms
        assert_ne!(bundled.term("جماعة"), bundled.term("جمعة"));
    }

    #[test]
    fn a_term_is_shown_as_the_text_spells_it() {
        let background = background();
        let spelled = Terms::new(&background).spellings("قِمّة الرياض، والقدس: 2018");
        let pairs: Vec<(&str, &str)> = spelled.iter().map(|(t, w)| (t.as_ref(), *w)).collect();
        assert_eq!(
            pairs,
            [
                ("قمه", "قِمّة"),
                ("رياض", "الرياض"),
                ("قدس", "والقدس"),
                ("2018", "2018")
            ]
        );
    }

    #[test]
    fn a_spelling_is_the_text_s_own_word_and_its_term_a_copy_only_when_normalizing_changed_it() {
        let background = background();
        let text = "قِمّة الرياض، والقدس: 2018";
        let spelled = Terms::new(&background).spellings(text);
        let inside = |word: &str| text.as_bytes().as_ptr_range().contains(&word.as_ptr());
        assert!(spelled.iter().all(|(_, word)| inside(word)));
        // قمة folds its ة and loses its marks: a term of its own; the others are cut from the text
        let borrowed: Vec<bool> = spelled
            .iter()
            .map(|(term, _)| matches!(term, Cow::Borrowed(t) if inside(t)))
            .collect();
        assert_eq!(borrowed, [false, true, true, true]);
    }

    #[test]
    fn distinct_words_spelled_are_the_spellings_of_each_text_each_word_once() {
        let background = background();
        let terms = Terms::new(&background);
        let texts = [
            (
                "قِمّة الرياض\nقمة الرياض في الرياض، والقدس: 2018",
                "قمة الرياض",
            ),
            ("الرياض تستضيف القمة، والقدس في القمة", "قِمّة القدس"),
        ];
        let mut distinct = DistinctWords::default();
        for (k, (lead, title)) in texts.into_iter().enumerate() {
            let mut expected = terms.spellings(lead);
            expected.extend(terms.spellings(title));
            let mut seen = std::collections::HashSet::new();
            expected.retain(|&(_, word)| seen.insert(word));
            // what the index keeps of a lead and a title: each distinct word read for its term
            let spelled: Vec<_> = distinct
                .of(k, &spelled_words(&[lead, title]))
                .into_iter()
                .filter_map(|n| Some((terms.spelled(distinct.words[n])?, distinct.words[n])))
                .collect();
            assert_eq!(spelled, expected);
        }
        // the words of the batch, each once however many texts wrote it
        assert_eq!(
            distinct.words,
            [
                "قِمّة",
                "الرياض",
                "قمة",
                "في",
                "والقدس",
                "2018",
                "تستضيف",
                "القمة",
                "القدس"
            ]
        );
    }

    #[test]
    fn a_news_text_is_read_in_the_room_made_for_it() {
        let background = background();
        let terms = Terms::new(&background);
        let text = "اجتمع القادة العرب في قمة الرياض اليوم لبحث الأزمة في اليمن وسوريا، وقال \
                    وزير الخارجية إن القمة ستصدر بيانا ختاميا يدعو إلى وقف إطلاق النار. "
            .repeat(4);
        let normalized = terms.normalizer.normalize(&text);
        let words = words_of(&normalized);
        // the list was made once, at the size its room said: no word moved it
        assert_eq!(words.capacity(), normalized.len() / 11 + 8);
        assert!(words.len() <= words.capacity());
        // and read gives each distinct term once, with its places' weights summed
        let (read, hashes) = terms.read(Some("قمة الرياض"), &text, |t| t.to_string());
        assert_eq!(hashes, words);
        let mut summed: Vec<(String, f32)> = Vec::new();
        for (term, place) in terms.of(Some("قمة الرياض"), &text) {
            match summed.iter_mut().find(|(t, _)| *t == term) {
                Some(found) => found.1 += place.weight(),
                None => summed.push((term, place.weight())),
            }
        }
        assert_eq!(read, summed);
        // and a text given normalized is read as the text
        let normalized = terms.normalizer.normalize(&text);
        let given =
            terms.read_normalized(Some("قمة الرياض"), &normalized, |t| t.to_string());
        assert_eq!(given, (read, hashes));
    }

    /// The terms of a text as its title, lead and body read apart give them, each part split on
    /// its own: what `visit` gives from one split of the whole text.
    fn terms_apart(terms: &Terms, title: Option<&str>, text: &str) -> Vec<(String, Place)> {
        let (title, body) = match title {
            Some(title) => match text.split_once('\n') {
                Some((first, rest)) if first.trim() == title.trim() => (title, rest),
                _ => (title, text),
            },
            None => text.split_once('\n').unwrap_or(("", text)),
        };
        let lead_end = body
            .char_indices()
            .nth(LEAD_CHARS)
            .map_or(body.len(), |(byte, _)| byte);
        let mut found = Vec::new();
        for (part, place) in [
            (title, Place::Title),
            (&body[..lead_end], Place::Lead),
            (&body[lead_end..], Place::Body),
        ] {
            for word in part.split(|c: char| !is_word_char(c)) {
                if let Some(term) = terms.term(word) {
                    found.push((term.to_string(), place));
                }
            }
        }
        found
    }

    #[test]
    fn one_split_of_the_text_gives_the_terms_of_its_parts_and_its_words() {
        let background = background();
        let terms = Terms::new(&background);
        let sentence = "قال وزير الخارجية إن المحادثات في جنيف ستستأنف الاثنين المقبل، 2019. ";
        let title = "محادثات جنيف";
        // a word at the lead's end is cut in two, one of each part, wherever the lead ends
        for shift in 0..12 {
            let body = format!("{}{}", "ب".repeat(shift), sentence.repeat(12));
            for (given, text) in [
                (None, body.clone()),
                (None, format!("{title}\n{body}")),
                (Some(title), format!("{title}\n{body}")),
                (Some(title), format!("عنوان آخر\n{body}")),
                (Some(title), body.clone()),
                // a text that ends in a word
                (None, format!("{body}جنيف")),
            ] {
                let mut found = Vec::new();
                let mut words = Vec::new();
                visit(
                    &terms,
                    given,
                    &text,
                    |term, place| found.push((term.to_string(), place)),
                    |word| words.push(hash_word(word)),
                );
                assert_eq!(
                    found,
                    terms_apart(&terms, given, &text),
                    "{shift} {given:?}"
                );
                assert_eq!(words, words_of(&text), "{shift} {given:?}");
            }
        }
    }

    #[test]
    fn the_first_words_of_a_text_are_those_of_the_whole() {
        let background = background();
        let terms = Terms::new(&background);
        // a yeh before a cut, marks, runs of spaces, a line break, punctuation between words
        let text =
            "مشى فيْ الطريقِ  ثم جرى الى  بيتي ،  وقال: ما في\n أحد هناك - والله ي  لا أعرف شيئا";
        let all = terms.words(text);
        for n in 0..=all.len() + 2 {
            assert_eq!(terms.first_words(text, n), all[..n.min(all.len())], "{n}");
        }
    }

    #[test]
    fn a_vector_keeps_the_heaviest_terms_a_sort_of_all_keeps() {
        // weights with many ties (frequencies of 1, 2, 5 and their sums, a few rarities)
        let mut state: u64 = 11;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) % n
        };
        for n in [0, 1, KEPT_TERMS - 1, KEPT_TERMS, KEPT_TERMS + 1, 200, 700] {
            let terms: Vec<(u32, f32)> = (0..n as u32)
                .map(|id| (id * 7 % 1_000, [1.0, 2.0, 5.0, 3.0, 7.0][next(5) as usize]))
                .collect();
            let rarity: Vec<f32> = (0..1_000)
                .map(|_| [0.0, 1.5, 4.0][next(3) as usize])
                .collect();
            let idf = |id: u32| rarity[id as usize];
            let mut all: Vector = terms
                .iter()
                .map(|&(term, tf)| (term, (1.0 + tf.ln()) * idf(term)))
                .filter(|&(_, w)| w > 0.0)
                .collect();
            all.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            all.truncate(KEPT_TERMS);
            let norm = all.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            all.iter_mut().for_each(|(_, w)| *w /= norm);
            assert_eq!(weigh(&terms, idf), all, "{n}");
        }
    }

    #[test]
    fn title_words_weigh_more_and_vectors_are_unit() {
        let background = background();
        let terms = Terms::new(&background);
        let found = terms.of(None, "قمة الرياض\nاجتمع القادة في الرياض");
        assert_eq!(found[0], ("قمه".to_string(), Place::Title));
        // a title given apart is not read again as the text's first line
        assert_eq!(
            terms.of(Some("قمة الرياض"), "قمة الرياض\nاجتمع القادة في الرياض"),
            found
        );
        let ids: Vec<(u32, f32)> = found
            .iter()
            .enumerate()
            .map(|(k, (_, p))| (k as u32, p.weight()))
            .collect();
        let vector = weigh(&ids, |_| 1.0);
        let norm: f32 = vector.iter().map(|(_, w)| w * w).sum();
        assert!((norm - 1.0).abs() < 1e-5);
        assert_eq!(vector[0].0, 0);
    }
}
