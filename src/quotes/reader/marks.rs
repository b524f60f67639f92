//! Stage 2: quotation marks paired within each paragraph, and which tokens are quoted speech.

use std::cell::OnceCell;

use rustc_hash::FxHashSet as HashSet;

use super::super::lexicon::{Grammar, Then};
use super::text::Text;
use super::LOOKBACK;
use crate::tokens::Kind;

/// Up to this many tokens (a long article), a quoted span is looked for elsewhere by a pass
/// over the document; beyond, through an index of word pairs.
const FEW_TOKENS: usize = 4096;

/// Tokens a quoted label spans at most: five words and the marks between them.
const MAX_LABEL_TOKENS: usize = 24;

const OPENING: [char; 3] = ['«', '“', '„'];
const CLOSING: [char; 2] = ['»', '”'];
const EITHER: [char; 2] = ['"', '＂'];

/// A pair of quotation marks (or one mark with the other end inferred), and the tokens inside.
#[derive(Clone, Debug)]
pub struct Pair {
    pub open: Option<usize>,
    pub close: Option<usize>,
    /// The tokens inside: `first..end`.
    pub first: usize,
    pub end: usize,
    /// A quoted name or title (منصة "إكس"), not speech.
    pub label: bool,
}

/// The pairs of quotation marks of a document, and its paragraphs. A document of marks has a
/// pair for every mark or two, so a pair takes 9 bytes: its two ends and what they are.
#[derive(Debug, Default)]
pub struct Marks {
    /// Each pair's opening and closing marks when it has both; the opening mark and the end
    /// of what it quotes when it has only that; the first token it quotes and the closing mark
    /// when it has only that.
    ends: Vec<[u32; 2]>,
    /// Each pair's shape: HAS_OPEN, HAS_CLOSE and LABEL.
    shapes: Vec<u8>,
    /// For each token, the pair whose opening or closing mark it is, or NO_PAIR.
    pair_at: Vec<u32>,
    /// Tokens inside a quotation of speech, where cues belong to the quoted speech.
    pub in_speech: Vec<bool>,
    /// The first token of each paragraph.
    paragraphs: Vec<u32>,
}

const HAS_OPEN: u8 = 1;
const HAS_CLOSE: u8 = 2;
const LABEL: u8 = 4;
const NO_PAIR: u32 = u32::MAX;

/// Pairs the marks of `text`.
pub fn pair(text: &Text) -> Marks {
    let n = text.tokens.len();
    // a pair has a mark at least: room for as many pairs as there are marks never grows (a
    // growing list is copied, and held twice for a moment, in a document of marks)
    let marks = (0..n)
        .filter(|&k| {
            text.mark(k).is_some_and(|c| {
                OPENING.contains(&c) || CLOSING.contains(&c) || EITHER.contains(&c)
            })
        })
        .count();
    let mut pairer = Pairer {
        text,
        skeletons: OnceCell::new(),
        recurring: OnceCell::new(),
        named: HashSet::default(),
        marks: Marks {
            ends: Vec::with_capacity(marks),
            shapes: Vec::with_capacity(marks),
            in_speech: vec![false; n],
            pair_at: vec![NO_PAIR; n],
            paragraphs: Vec::with_capacity(n),
        },
    };
    pairer.pair_marks();
    pairer.marks
}

impl Marks {
    /// How many pairs the document has.
    pub fn count(&self) -> usize {
        self.shapes.len()
    }

    /// Pair `p`.
    pub fn pair(&self, p: usize) -> Pair {
        let [a, b] = self.ends[p].map(|e| e as usize);
        let shape = self.shapes[p];
        let label = shape & LABEL != 0;
        match (shape & HAS_OPEN != 0, shape & HAS_CLOSE != 0) {
            (true, true) => Pair {
                open: Some(a),
                close: Some(b),
                first: a + 1,
                end: b,
                label,
            },
            (true, false) => Pair {
                open: Some(a),
                close: None,
                first: a + 1,
                end: b,
                label,
            },
            _ => Pair {
                open: None,
                close: Some(b),
                first: a,
                end: b,
                label,
            },
        }
    }

    /// Every pair, in the order they were found.
    pub fn pairs(&self) -> impl Iterator<Item = Pair> + '_ {
        (0..self.count()).map(|p| self.pair(p))
    }

    /// The pair whose opening or closing mark is token `k`.
    pub fn pair_at(&self, k: usize) -> Option<usize> {
        let p = *self.pair_at.get(k)?;
        (p != NO_PAIR).then_some(p as usize)
    }

    /// The pair whose opening mark is token `k`, if it is speech.
    pub fn speech_opening(&self, k: usize) -> Option<usize> {
        let p = self.pair_at(k)?;
        let pair = self.pair(p);
        (pair.open == Some(k) && !pair.label).then_some(p)
    }

    /// The paragraph of token `k`.
    pub fn paragraph_of(&self, k: usize) -> usize {
        self.paragraphs
            .partition_point(|&start| start as usize <= k)
            .saturating_sub(1)
    }
}

struct Pairer<'t, 'a> {
    text: &'t Text<'a>,
    marks: Marks,
    /// Each token's whole skeleton as a number (Words::skeleton_numbers), once a quotation
    /// asks: two tokens have the same skeleton when they have the same number.
    skeletons: OnceCell<Vec<u32>>,
    /// Where each two words are written, once a quotation of a long document asks.
    recurring: OnceCell<Recurring>,
    /// The words of each label found so far, as one number: a name stays a name when it is
    /// quoted again with nothing before it to say so (شركة "لينكد إن" ... على "لينكد إن").
    named: HashSet<u64>,
}

/// Each token's whole skeleton as a number: the empty word's (a mark's) is 0.
fn skeletons(text: &Text) -> Vec<u32> {
    let numbers = text.words.skeleton_numbers();
    (0..text.tokens.len())
        .map(|k| numbers[text.words.distinct(k)])
        .collect()
}

/// The places of the words of a document, by the skeletons of each word and the next.
struct Recurring {
    /// Every token with a word after it, in the order of their two skeletons.
    places: Vec<u32>,
}

impl Recurring {
    /// The index of a document whose tokens' skeletons are `skeletons`.
    fn new(skeletons: &[u32]) -> Self {
        let mut places: Vec<u32> = (0..skeletons.len().saturating_sub(1) as u32)
            .filter(|&k| skeletons[k as usize] != 0)
            .collect();
        places.sort_unstable_by_key(|&k| Recurring::key(skeletons, k));
        Recurring { places }
    }

    /// The skeletons of token `k` and the next, as one number.
    fn key(skeletons: &[u32], k: u32) -> u64 {
        let k = k as usize;
        (u64::from(skeletons[k]) << 32) | u64::from(skeletons[k + 1])
    }
}

impl<'a> std::ops::Deref for Pairer<'_, 'a> {
    type Target = Text<'a>;

    fn deref(&self) -> &Text<'a> {
        self.text
    }
}

impl Pairer<'_, '_> {
    /// Pairs the quotation marks of each paragraph. A mark left open closes at the end of its
    /// paragraph, and a closing mark with no opening one opens after the clause boundary before
    /// it, so that no quote runs past its paragraph.
    fn pair_marks(&mut self) {
        let n = self.tokens.len();
        let mut start = 0;
        while start < n {
            let mut end = start + 1;
            while end < n && !self.tokens.after_break(end) {
                end += 1;
            }
            let mut open: Vec<usize> = Vec::new();
            let mut skip = false;
            for k in start..end {
                let Some(c) = self.mark(k) else { continue };
                if std::mem::take(&mut skip) {
                    continue;
                }
                let top = open.last().and_then(|&o| self.mark(o));
                // a mark written twice (قائلا: ""كان ...) is one: the first opens or closes,
                // the second is passed over (and left out of what is quoted)
                skip = EITHER.contains(&c)
                    && k + 1 < end
                    && self.mark(k + 1) == Some(c)
                    && self.starts(k + 1) == self.ends(k);
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
            self.marks.paragraphs.push(start as u32);
            start = end;
        }
        self.name_again_what_was_named();
        // how many quotations of speech start minus how many end at each token: marks left
        // open can nest thousands deep, and marking each one's tokens would be quadratic
        let speech = |pair: &Pair| !pair.label && pair.open.is_some() && pair.first < pair.end;
        if !self.marks.pairs().any(|pair| speech(&pair)) {
            // none (a text of "" has only empty pairs): no count a token to keep
            return;
        }
        let mut opened = vec![0i32; n + 1];
        for pair in self.marks.pairs().filter(speech) {
            opened[pair.first] += 1;
            opened[pair.end] -= 1;
        }
        let mut depth = 0;
        for (inside, change) in self.marks.in_speech.iter_mut().zip(&opened) {
            depth += change;
            *inside = depth > 0;
        }
    }

    /// A name is a name wherever the document quotes it: the words of a label quoted before
    /// the quotation that shows them to be a name (عدم امتلاك "غوغل" ... الشركة الأم لـ"غوغل")
    /// are a label too.
    fn name_again_what_was_named(&mut self) {
        for p in 0..self.marks.count() {
            let pair = self.marks.pair(p);
            if pair.label || pair.end.saturating_sub(pair.first) > MAX_LABEL_TOKENS {
                continue;
            }
            if let Some(open) = pair.open {
                if self.named.contains(&self.words_number(open + 1, pair.end)) {
                    self.marks.shapes[p] |= LABEL;
                }
            }
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
        if label && end - first <= MAX_LABEL_TOKENS {
            let words = self.words_number(first, end);
            self.named.insert(words);
        }
        let p = self.marks.count() as u32;
        let ends = match (open, close) {
            (Some(o), Some(c)) => [o, c],
            (Some(o), None) => [o, end],
            _ => [first, close.unwrap_or(end)],
        };
        // the pairs are made in three shapes only, which the ends above keep whole
        debug_assert!(open.is_none_or(|o| first == o + 1) && close.is_none_or(|c| end == c));
        self.marks.ends.push(ends.map(|e| e as u32));
        let shape = if open.is_some() { HAS_OPEN } else { 0 }
            | if close.is_some() { HAS_CLOSE } else { 0 }
            | if label { LABEL } else { 0 };
        self.marks.shapes.push(shape);
        for k in open.into_iter().chain(close) {
            self.marks.pair_at[k] = p;
        }
    }

    /// A short quotation that names something (منصة "إكس", حلف شمال الأطلسي "الناتو",
    /// "Truth Social") rather than reporting speech.
    fn is_label(&self, first: usize, end: usize, open: usize) -> bool {
        // a label is a few words: a longer span is not one, and is not read token by token (a
        // paragraph of marks that never close would cost its length for every mark)
        if end.saturating_sub(first) > MAX_LABEL_TOKENS {
            return false;
        }
        let words = (first..end)
            .filter(|&k| self.tokens.kind(k) != Kind::Mark)
            .count();
        if words == 0 || words > 6 {
            return false;
        }
        // the same words were a label before in the document
        if self.named.contains(&self.words_number(first, end)) {
            return true;
        }
        // a relative clause describes what is named ("خارطة الطريق" الذي أعلنته واشنطن)
        let closed = self
            .mark(end)
            .is_some_and(|c| CLOSING.contains(&c) || EITHER.contains(&c));
        if closed
            && matches!(
                self.word(end + 1),
                "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
            )
        {
            return true;
        }
        if closed && self.names_a_source(first, end, open) {
            return true;
        }
        // a name right after what it names (صحيفة "ذا صن أون صنداي"، بعنوان "...") or after a
        // bare ل (لـ"العربية.نت"): a paper, a channel, a group, an operation, a title
        // (but not one indefinite word that agrees with the feminine noun before it: that is its
        // adjective in the writer's quotes, تقنية "مرعبة"، مؤسسة "سياسية")
        let before = self.word(open.wrapping_sub(1));
        let adjective = first + 1 == end
            && before.ends_with('ه')
            && self.word(first).ends_with('ه')
            && !self.word(first).starts_with("ال");
        let right_after = !adjective && self.named_before(open) || before == "ل";
        if right_after {
            return true;
        }
        // زعيمة "مجاهدي خلق"، مؤسس "فيسبوك"، قائد "فيلق القدس": a title with no article right
        // before the marks heads what they name, its genitive (a title that speaks has the
        // article: قال الرئيس "...")
        let title = open.wrapping_sub(1);
        if !before.starts_with("ال")
            && self.tokens.kind(title) == Kind::Word
            && self
                .title_at(title, false)
                .is_some_and(|(len, _, _)| len == 1)
        {
            return true;
        }
        // لكلمة "حثالة"، كلمة "الديكتاتور": a word mentioned right after the noun كلمة; with
        // words between it is a speech (في كلمة متلفزة "...")، and a longer quotation is one too
        let word_mentioned = words <= 3
            && open > 0
            && self
                .words
                .of(open - 1, true)
                .any(|form| form.text == "كلمه");
        if word_mentioned {
            return true;
        }
        // متهما بـ"التجسس"، بتهمة "الإرهاب": a charge (the passive participle takes ب
        // with no object between)
        if self.word(open.wrapping_sub(1)) == "ب"
            && self
                .lexicon
                .is(self.word(open.wrapping_sub(2)), Grammar::Charge)
        {
            return true;
        }
        // a title in Latin script ("The Oprah Winfrey Show") or an acronym spelled in the names
        // of Latin letters ("بي بي سي"، "إي تي آر"): a name, not Arabic speech
        let latin = (first..end).all(|k| {
            self.tokens
                .text(k)
                .chars()
                .all(|c| c.is_ascii() || !c.is_alphabetic())
        });
        let spelled = (first..end)
            .filter(|&k| self.tokens.kind(k) == Kind::Word)
            .all(|k| self.plays(k, Grammar::Letter))
            // في، أو، إن are letters' names and words: one letter at least that is no word
            && (first..end).any(|k| self.plays(k, Grammar::Letter) && !self.is_function_word(k));
        if (latin || spelled && words >= 2)
            && (first..end).any(|k| self.tokens.kind(k) == Kind::Word)
        {
            return true;
        }
        if words > 5 {
            return false;
        }
        // "جماعة نصرة الإسلام"، "حركة الشباب": a group named with its head noun
        if self.plays(first, Grammar::GroupHead)
            && (first + 1..end).all(|k| self.verb(k).is_none() && !self.is_complementizer(k))
        {
            return true;
        }
        // a designation ending with a person's name ("الإرهابي المصري هشام عشماوي"), not
        // words said to them ("أرحب بخطاب تيريزا ماي")
        let last_words: Vec<usize> = (first..end)
            .filter(|&k| self.tokens.kind(k) == Kind::Word)
            .collect();
        if let [.., given, family] = last_words[..] {
            let named = self.is_given_name(given)
                && family + 1 == end
                && last_words.len() >= 3
                && self.word(last_words[0]).starts_with("ال")
                && last_words.iter().all(|&k| self.verb(k).is_none());
            if named {
                return true;
            }
        }
        // one of a list of labels (بتهمة "التحريض" على "بغض طائفة" و"إهانة" وزارة)
        if let Some(previous) = self
            .marks
            .count()
            .checked_sub(1)
            .map(|p| self.marks.pair(p))
        {
            let joined = previous.label
                && previous.close.is_some_and(|c| {
                    c < open
                        && c + 3 >= open
                        && (c + 1..open)
                            .all(|j| matches!(self.word(j), "و" | "علي" | "او") || self.is(j, ','))
                });
            if joined {
                return true;
            }
        }
        if words > 3 {
            return false;
        }
        // a definite word in marks right after the definite noun or adjective it qualifies is
        // the writer's scare quotes (الهجوم الكيميائي "المفترض"، الانتقال "الدراماتيكي"), not
        // words of a speaker, which follow a frame (إلى "الحذر"، بـ"البشع"، هذا "الإدمان")
        if words == 1 && first + 1 == end && self.word(first).starts_with("ال") {
            let before = open.wrapping_sub(1);
            let definite = ["ال", "وال", "بال", "لل", "فال", "كال"]
                .iter()
                .any(|p| self.word(before).starts_with(p));
            if definite
                && self.tokens.kind(before) == Kind::Word
                && !self.is_function_word(before)
                && self.verb(before).is_none()
                && self.verb(first).is_none()
            {
                return true;
            }
        }
        // (a noun that names only what stands right after it is read by named_before: نظام
        // الأسد "يمتلكان" is no name)
        let named = (open.saturating_sub(3)..open)
            .any(|k| self.label_at(k).is_some_and(|(_, _, adjacent)| !adjacent));
        named
            || self
                .entity_at(first)
                .is_some_and(|(len, _, _)| first + len == end)
            || self.recurs(first, end)
    }

    /// Whether the short quotation `first..end` (closed at `end`) is the name of who reports,
    /// not what they said: the report's complementizer follows it (مصادر "سكاي نيوز عربية"
    /// أن، تشير "أطباء بلا حدود" إلى أن، وأفاد مراسل "القناة" نقلا عن), or it is the source an
    /// attribution's verb takes (وفقا لما ذكرت
    /// "البوابة التقنية"). Words said run on to their own end; quoted words that open with a
    /// complementizer are speech ("إن من المرجح" أن ...).
    fn names_a_source(&self, first: usize, end: usize, open: usize) -> bool {
        if self.is_complementizer(first) {
            return false;
        }
        let after = if self.is(end + 1, ',') {
            end + 2
        } else {
            end + 1
        };
        // (not a complementizer after و or ف, which goes on with a clause of its own: سكان غزة
        // "محاصرون"، وأن ...، بالنظر إلى "حجم ميسي" فإنه)
        let own = |k: usize| self.is_complementizer(k) && !self.word(k).starts_with(['و', 'ف']);
        // (and not inside what is reported already: إنه "نما إلى علمه" أن ...)
        let reporting = (open.saturating_sub(15)..open)
            .rev()
            .take_while(|&j| !self.is_terminator(j))
            .all(|j| !self.is_complementizer(j));
        let reported = reporting
            && (own(after)
                || self.word(after) == "الي" && own(after + 1)
                || self.word(after) == "نقلا" && self.word(after + 1) == "عن");
        let attributed = (open.saturating_sub(4)..open).any(|i| {
            self.attribution_at(i)
                .is_some_and(|(len, _, then)| *then == Then::Verb && i + len + 1 == open)
        });
        reported || attributed
    }

    /// The words of `first..end`, marks left out, as one number.
    fn words_number(&self, first: usize, end: usize) -> u64 {
        (first..end)
            .filter(|&k| self.tokens.kind(k) == Kind::Word)
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, k| {
                (h ^ self.words.distinct(k) as u64).wrapping_mul(0x0100_0000_01b3)
            })
    }

    /// Whether the words of `first..end` are written again, unquoted, elsewhere in the
    /// document: a name recurs (حقل "ظهر" ... إنتاج ظهر), words quoted from a speaker seldom do.
    fn recurs(&self, first: usize, end: usize) -> bool {
        let len = end - first;
        if self.word(first).chars().count() < 2 {
            return false;
        }
        // one word recurs by chance (مستمر، شكلية); several only as a name, and one only
        // where a noun names what it is (في "ظهر" ... حقل ظهر)
        if len == 1 && self.tokens.len() > FEW_TOKENS {
            return false;
        }
        // (a number per token, rather than two words' skeletons compared at every token)
        let skeletons = self.skeletons.get_or_init(|| skeletons(self.text));
        if len == 1 {
            return (1..self.tokens.len()).filter(|&k| k != first).any(|k| {
                skeletons[k] == skeletons[first]
                    && (k.saturating_sub(3)..k)
                        .any(|i| self.label_at(i).is_some_and(|(n, _, _)| i + n == k))
            });
        }
        // unquoted there: a headline quoting the body's words again is no name
        let unquoted = |k: usize| {
            k == 0
                || !self
                    .mark(k - 1)
                    .is_some_and(|c| OPENING.contains(&c) || EITHER.contains(&c))
        };
        if self.tokens.len() <= FEW_TOKENS {
            // an article: a pass over it costs less than an index
            let same = |a: usize, b: usize| skeletons[a] == skeletons[b];
            return (0..self.tokens.len().saturating_sub(len - 1))
                .filter(|&k| k + len <= first || k >= end)
                .any(|k| {
                    same(k, first) && unquoted(k) && (1..len).all(|i| same(k + i, first + i))
                });
        }
        // where the first two words are written together (every place they are, not only
        // unquoted ones: an index built once, rather than a pass over the document a quote)
        let recurring = self.recurring.get_or_init(|| Recurring::new(skeletons));
        let key = Recurring::key(skeletons, first as u32);
        let from = recurring
            .places
            .partition_point(|&k| Recurring::key(skeletons, k) < key);
        recurring.places[from..]
            .iter()
            .map(|&k| k as usize)
            .take_while(|&k| Recurring::key(skeletons, k as u32) == key)
            .filter(|&k| k + len <= self.tokens.len() && (k + len <= first || k >= end))
            .filter(|&k| unquoted(k))
            .any(|k| (2..len).all(|i| skeletons[k + i] == skeletons[first + i]))
    }

    /// Whether a noun that names what a quotation is stands right before the mark at `open`,
    /// or before the adjectives that follow it (مجموعة الصناعات الجوية البريطانية "...").
    fn named_before(&self, open: usize) -> bool {
        let mut k = open;
        while k > 0 && k + 7 > open {
            k -= 1;
            // (a noun that names only what stands right after it: هاتف "آيفون X", not لهاتف
            // بميزة "غير مسبوقة")
            if self
                .label_at(k)
                .is_some_and(|(_, _, &adjacent)| !adjacent || k + 1 == open)
            {
                return true;
            }
            let word = self.word(k);
            // لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين "أونروا": a genitive ل and a
            // coordinated noun run on in a long name
            let modifier = !word.is_empty()
                && !self.is_function_word(k)
                && self.verb(k).is_none()
                && (word.starts_with("ال")
                    || word.starts_with("وال")
                    || word.starts_with("لل")
                    || (word.starts_with(['ل', 'و']) && word.chars().count() > 3)
                    || k + 1 == open);
            if !modifier {
                return false;
            }
        }
        false
    }
}
