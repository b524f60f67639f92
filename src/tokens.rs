//! Tokens of a normalized text: words, numbers written in digits, and single punctuation marks,
//! with their offsets in code points of the normalized text, and the way back to the original.

use std::sync::OnceLock;

use crate::normalize::{Alignment, Normalizer, Options};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Word = 0,
    Number = 1,
    Mark = 2,
}

/// One token. Its fields are all a reader needs and no more: texts are tokenized whole
/// (a token a character, for a page of punctuation), so every byte of it counts.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Whether a line break separates this token from the one before.
    pub after_break: bool,
}

impl Token<'_> {
    /// For a number: its value (None for one too large for a float); for a word or a mark:
    /// None.
    pub fn value(&self) -> Option<f64> {
        (self.kind == Kind::Number)
            .then(|| parse_number(self.text))
            .flatten()
    }
}

/// Every token of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 8);
    tokens.extend(Tokens::new(text));
    tokens
}

/// The tokens of a text one at a time, for readers that keep only a window of them.
pub struct Tokens<'a> {
    text: &'a str,
    /// The byte offset and the code-point index of the next character.
    byte: usize,
    index: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokens {
            text,
            byte: 0,
            index: 0,
        }
    }
}

impl Tokens<'_> {
    /// Reads on the letters of a word whose first letter was read, of the Arabic script or
    /// not as `arabic` says: a change of script ends a word (scraped pages glue "icon" to
    /// "دقائق").
    #[inline(always)]
    fn letters(&mut self, arabic: bool) {
        let bytes = self.text.as_bytes();
        loop {
            // most letters are of the Arabic block's letters, U+0621 to U+064A: two bytes
            // each, read without decoding
            while arabic && arabic_letter(bytes, self.byte) {
                self.byte += 2;
                self.index += 1;
            }
            // (no ASCII character is of the Arabic script: the space after a word ends it here)
            if arabic && bytes.get(self.byte).is_none_or(|&b| b < 0x80) {
                return;
            }
            let Some(next) =
                char_at(self.text, self.byte).filter(|&n| is_letter(n) && is_arabic(n) == arabic)
            else {
                return;
            };
            self.byte += next.len_utf8();
            self.index += 1;
        }
    }
}

/// Whether a letter of the Arabic block (U+0621 to U+064A, two bytes) stands at byte `at`.
#[inline(always)]
fn arabic_letter(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..at + 2),
        Some([0xD8, 0xA1..=0xBF] | [0xD9, 0x80..=0x8A])
    )
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let at = |byte: usize| char_at(text, byte);
        let mut after_break = false;
        // the space between two words, the commonest character after letters, in one test
        if text.as_bytes().get(self.byte) == Some(&b' ') {
            self.byte += 1;
            self.index += 1;
        }
        // most tokens are words that start with a letter of the Arabic block: read at once
        if arabic_letter(text.as_bytes(), self.byte) {
            let (start_byte, start) = (self.byte, self.index);
            self.byte += 2;
            self.index += 1;
            self.letters(true);
            return Some(Token {
                kind: Kind::Word,
                text: &text[start_byte..self.byte],
                start,
                end: self.index,
                after_break,
            });
        }
        while let Some(c) = at(self.byte) {
            let (start_byte, start) = (self.byte, self.index);
            self.byte += c.len_utf8();
            self.index += 1;
            if c.is_whitespace() {
                after_break |= c == '\n';
                continue;
            }
            let digit_after = |byte: usize| at(byte).is_some_and(|d| d.is_ascii_digit());
            // a decimal without its leading zero: .77
            let leading_point = c == '.'
                && digit_after(self.byte)
                && !text[..start_byte].ends_with(|d: char| d.is_ascii_digit());
            let kind = if c.is_ascii_digit() || leading_point {
                // digits, with . or , between digits (1.5, 1,000,000); or the Arabic decimal
                // mark ر once, as copied from text laid out right to left (16ر1 = 1.16)
                let mut decimal_ra = false;
                while let Some(next) = at(self.byte) {
                    let ra = next == 'ر' && !decimal_ra && digit_after(self.byte + next.len_utf8());
                    decimal_ra |= ra;
                    let separator = matches!(next, '.' | ',') && digit_after(self.byte + 1) || ra;
                    if !(next.is_ascii_digit() || separator) {
                        break;
                    }
                    self.byte += next.len_utf8();
                    self.index += 1;
                }
                Kind::Number
            } else if is_letter(c) {
                self.letters(is_arabic(c));
                Kind::Word
            } else {
                Kind::Mark
            };
            return Some(Token {
                kind,
                text: &text[start_byte..self.byte],
                start,
                end: self.index,
                after_break,
            });
        }
        None
    }
}

/// The character at byte `byte` of `text` (a character boundary), if any: ASCII and the two-byte
/// characters (the Arabic block's) are decoded here, without the general decoder.
#[inline]
fn char_at(text: &str, byte: usize) -> Option<char> {
    let bytes = text.as_bytes();
    match *bytes.get(byte)? {
        lead @ 0..=0x7F => Some(char::from(lead)),
        lead @ 0xC0..=0xDF => {
            let next = bytes.get(byte + 1)?;
            char::from_u32(u32::from(lead & 0x1F) << 6 | u32::from(next & 0x3F))
        }
        _ => text[byte..].chars().next(),
    }
}

/// The tokens of a whole text, kept in 14 bytes a token (a [`Token`] is 40): where each starts
/// and ends in bytes, where it starts in code points, its kind and its length in code points
/// (counted from the text again for the rare token longer than a byte holds).
pub struct TokenList<'a> {
    text: &'a str,
    /// Byte start, byte end, code-point start.
    spans: Vec<[u32; 3]>,
    /// Each token's kind, with AFTER_BREAK when a line break comes before it.
    kinds: Vec<u8>,
    /// Each token's length in code points, 0 for one of more than 255 (no token is empty):
    /// readers ask where a token ends hundreds of thousands of times a megabyte.
    lengths: Vec<u8>,
}

const AFTER_BREAK: u8 = 0x80;

impl<'a> TokenList<'a> {
    /// Every token of `text`. A text is at most 4 GiB (u32 offsets everywhere in khabar).
    pub fn new(text: &'a str) -> Self {
        // a token is at least a character: room for that many never grows (growing could copy
        // the list, and hold it twice), and the pages reserved and never written cost nothing
        let most = text.chars().count();
        let mut spans = Vec::with_capacity(most);
        let mut kinds = Vec::with_capacity(most);
        let mut lengths = Vec::with_capacity(most);
        let base = text.as_ptr() as usize;
        let mut tokens = Tokens::new(text);
        let mut next = tokens.next();
        // the line break before a hashtag's sign goes to its first word
        let mut carried = false;
        // where the last word ended, in code points
        let mut word_end = usize::MAX;
        while let Some(t) = next {
            next = tokens.next();
            // a hashtag is its words (#وزير_الخارجية is وزير الخارجية): its sign and the
            // underscores between its words are no tokens
            let next_word = next
                .as_ref()
                .is_some_and(|n| n.kind == Kind::Word && n.start == t.end);
            let hashtag = t.kind == Kind::Mark
                && next_word
                && (t.text == "#" || t.text == "_" && word_end == t.start);
            if hashtag {
                carried |= t.after_break;
                continue;
            }
            let byte = t.text.as_ptr() as usize - base;
            spans.push([byte as u32, (byte + t.text.len()) as u32, t.start as u32]);
            let after_break = t.after_break || carried;
            carried = false;
            kinds.push(t.kind as u8 | if after_break { AFTER_BREAK } else { 0 });
            lengths.push(u8::try_from(t.end - t.start).unwrap_or(0));
            word_end = if t.kind == Kind::Word {
                t.end
            } else {
                usize::MAX
            };
        }
        spans.shrink_to_fit();
        kinds.shrink_to_fit();
        lengths.shrink_to_fit();
        TokenList {
            text,
            spans,
            kinds,
            lengths,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Token `k`'s text.
    #[inline]
    pub fn text(&self, k: usize) -> &'a str {
        let [start, end, _] = self.spans[k];
        &self.text[start as usize..end as usize]
    }

    /// The mark token `k` is, if it is one (None past the end).
    #[inline]
    pub fn mark(&self, k: usize) -> Option<char> {
        if *self.kinds.get(k)? & !AFTER_BREAK != Kind::Mark as u8 {
            return None;
        }
        // (its first character, read where it starts: readers ask millions of times a megabyte)
        char_at(self.text, self.spans[k][0] as usize)
    }

    /// Token `k`'s text if it is a word or a number, else "" (and past the end).
    #[inline]
    pub fn word(&self, k: usize) -> &'a str {
        match self.kinds.get(k) {
            Some(&kind) if kind & !AFTER_BREAK != Kind::Mark as u8 => self.text(k),
            _ => "",
        }
    }

    /// Token `k`'s kind (a mark past the end, where readers looking ahead find no word).
    #[inline]
    pub fn kind(&self, k: usize) -> Kind {
        match self.kinds.get(k).map(|kind| kind & !AFTER_BREAK) {
            Some(0) => Kind::Word,
            Some(1) => Kind::Number,
            _ => Kind::Mark,
        }
    }

    /// Whether a line break separates token `k` from the one before.
    #[inline]
    pub fn after_break(&self, k: usize) -> bool {
        self.kinds
            .get(k)
            .is_some_and(|kind| kind & AFTER_BREAK != 0)
    }

    /// Where token `k` starts, in code points.
    #[inline]
    pub fn start(&self, k: usize) -> usize {
        self.spans[k][2] as usize
    }

    /// Where token `k` ends, in code points.
    #[inline]
    pub fn end(&self, k: usize) -> usize {
        let length = match self.lengths[k] {
            0 => self.text(k).chars().count(),
            length => usize::from(length),
        };
        self.start(k) + length
    }

    /// Token `k` whole, or None past the end.
    pub fn get(&self, k: usize) -> Option<Token<'a>> {
        (k < self.len()).then(|| Token {
            kind: self.kind(k),
            text: self.text(k),
            start: self.start(k),
            end: self.end(k),
            after_break: self.after_break(k),
        })
    }
}

/// Letters of words: Arabic ones are looked up by range, the rest by Unicode.
fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x0621..=0x064A | 0x066E..=0x06D3) || c.is_alphabetic()
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The value of digits with separators: `,` before exactly three digits groups thousands,
/// otherwise it is a decimal comma; the Arabic decimal mark ر has the decimals before it, as
/// text written right to left is stored (16ر1 is 1.16).
fn parse_number(text: &str) -> Option<f64> {
    // digits alone, most numbers (2018، 30): below 10^15, their value is the integer's exactly,
    // as the float parser's is
    if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let value = text
            .bytes()
            .fold(0u64, |value, b| value * 10 + u64::from(b - b'0'));
        return Some(value as f64);
    }
    // 16ر1: the Arabic decimal mark, the whole part after it as the text is stored (written
    // right to left, read 1ر16), 1.16
    if let Some((decimals, whole)) = text.split_once('ر') {
        return format!("{whole}.{decimals}").parse::<f64>().ok();
    }
    if !text.contains(',') {
        // 1.234.567: points grouping thousands, the European way
        // (counted, not collected: numbers are read again and again)
        let mut groups = text.split('.').skip(1);
        let grouped = text.split('.').count() > 2 && groups.all(|g| g.len() == 3);
        if grouped {
            return text.replace('.', "").parse::<f64>().ok();
        }
        return text.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    let groups: Vec<&str> = text.split(',').collect();
    let thousands = groups.len() > 1
        && groups[1..].iter().all(|g| {
            g.len() == 3
                || g.starts_with(|c: char| c.is_ascii_digit())
                    && g.split('.').next().is_some_and(|d| d.len() == 3)
        });
    let plain = if thousands {
        text.replace(',', "")
    } else {
        text.replacen(',', ".", 1)
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The original text, sliced by code points: one unit a code point, but for the surrogate
/// pairs, whose places it keeps (a few in a text with emoji; an index of every code point would
/// cost 8 bytes a character).
pub struct Original<'a> {
    units: &'a [u16],
    /// The code-point index of every surrogate pair, in order.
    pairs: Vec<usize>,
}

impl<'a> Original<'a> {
    pub fn new(units: &'a [u16]) -> Self {
        let mut pairs = Vec::new();
        let mut pairs_before = 0;
        // (most texts have no surrogate at all: one quick scan tells)
        let surrogates = units
            .iter()
            .fold(false, |any, &u| any | (u & 0xF800 == 0xD800));
        for (i, w) in (if surrogates { units } else { &[] })
            .windows(2)
            .enumerate()
        {
            if (0xD800..0xDC00).contains(&w[0]) && (0xDC00..0xE000).contains(&w[1]) {
                pairs.push(i - pairs_before);
                pairs_before += 1;
            }
        }
        Original { units, pairs }
    }

    /// Where code point `index` starts, in units.
    fn unit(&self, index: usize) -> usize {
        index + self.pairs.partition_point(|&pair| pair < index)
    }

    pub fn slice(&self, start: usize, end: usize) -> String {
        decode_utf16(&self.units[self.unit(start)..self.unit(end)])
    }
}

/// `units` cut into windows of at most `size` units (`size` ≥ 2), each with the code point it
/// starts at. A cut falls after the last line break of the window's second half, else after its
/// last space, and never inside a surrogate pair, so a reader that holds tables per token needs
/// memory for one window, not for the whole text. A text of `size` units or fewer is one window.
pub fn windows(units: &[u16], size: usize) -> impl Iterator<Item = (usize, &[u16])> {
    let mut rest = units;
    let mut code_point = 0;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut cut = rest.len();
        if cut > size {
            let half = &rest[size / 2..size];
            let after = |unit: u16| {
                half.iter()
                    .rposition(|&u| u == unit)
                    .map(|i| size / 2 + i + 1)
            };
            cut = after(u16::from(b'\n'))
                .or_else(|| after(u16::from(b' ')))
                .unwrap_or(size);
            if (0xDC00..0xE000).contains(&rest[cut]) && (0xD800..0xDC00).contains(&rest[cut - 1]) {
                cut -= 1;
            }
        }
        let (window, tail) = rest.split_at(cut);
        let start = code_point;
        // a window never ends inside a pair: each low half after a high one is one code point less
        // (most windows have no surrogate at all: one quick scan tells)
        let surrogates = window
            .iter()
            .fold(false, |any, &u| any | (u & 0xF800 == 0xD800));
        let pairs = (if surrogates { window } else { &[] })
            .windows(2)
            .filter(|w| (0xD800..0xDC00).contains(&w[0]) && (0xDC00..0xE000).contains(&w[1]))
            .count();
        code_point += window.len() - pairs;
        rest = tail;
        Some((start, window))
    })
}

/// UTF-16 code units as a string of exactly the size it needs (a lone surrogate becomes
/// U+FFFD): `String::from_utf16` reserves a byte a unit and doubles it for Arabic, two bytes a
/// letter, so for a moment it would hold three times the text.
pub fn decode_utf16(units: &[u16]) -> String {
    let (size, surrogates) = utf8_size(units);
    // (most texts have no surrogate at all)
    if surrogates {
        return decode_with_surrogates(units);
    }
    let mut bytes: Vec<u8> = Vec::with_capacity(size);
    let out = bytes.as_mut_ptr();
    let mut at = 0;
    for &unit in units {
        // SAFETY: `size` is the sum of the UTF-8 sizes of `units` (one byte below U+0080, two
        // below U+0800, three for any other unit, none being a surrogate), each unit writes as
        // many bytes after those of the units before, so every write falls inside the `size`
        // bytes reserved. A write a byte, without the bounds check a slice would make, as
        // decoding is a part of every pass (a third of the time it took was those checks).
        unsafe {
            match unit {
                0..=0x7F => {
                    out.add(at).write(unit as u8);
                    at += 1;
                }
                0x80..=0x7FF => {
                    out.add(at).write(0xC0 | (unit >> 6) as u8);
                    out.add(at + 1).write(0x80 | (unit & 0x3F) as u8);
                    at += 2;
                }
                _ => {
                    out.add(at).write(0xE0 | (unit >> 12) as u8);
                    out.add(at + 1).write(0x80 | ((unit >> 6) & 0x3F) as u8);
                    out.add(at + 2).write(0x80 | (unit & 0x3F) as u8);
                    at += 3;
                }
            }
        }
    }
    debug_assert_eq!(at, size);
    // SAFETY: the loop wrote the first `size` bytes (as said above), and every sequence it
    // wrote is the UTF-8 encoding of one char, so they are valid UTF-8. Validating the bytes
    // again would cost as much as writing them.
    unsafe {
        bytes.set_len(size);
        String::from_utf8_unchecked(bytes)
    }
}

/// The UTF-16 code units of `text` written into `out`, which has room for `text.len()` units (a
/// byte of UTF-8 is at most one unit); returns how many were written. The same units as
/// `str::encode_utf16`, read straight from the bytes: the text is valid UTF-8, so a lead byte
/// says how many bytes follow, and nothing is decoded to a `char` and encoded again (the
/// iterator, collected, also reserved a third of the room and grew).
pub fn encode_utf16(text: &str, out: &mut [u16]) -> usize {
    let bytes = text.as_bytes();
    assert!(out.len() >= bytes.len());
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        // SAFETY: `i < bytes.len()`, and a lead byte of a sequence of k bytes is followed by
        // k - 1 continuation bytes in valid UTF-8, so every index read is inside `bytes`; a
        // sequence of k bytes writes at most k units (four bytes, a surrogate pair), so `n`
        // stays at most `i` and every write falls inside `out`, which has `bytes.len()` units.
        unsafe {
            let lead = *bytes.get_unchecked(i);
            let at = |k: usize| u32::from(*bytes.get_unchecked(i + k) & 0x3F);
            match lead {
                0..=0x7F => {
                    *out.get_unchecked_mut(n) = u16::from(lead);
                    i += 1;
                }
                0xC0..=0xDF => {
                    *out.get_unchecked_mut(n) = ((u32::from(lead & 0x1F) << 6) | at(1)) as u16;
                    i += 2;
                }
                0xE0..=0xEF => {
                    *out.get_unchecked_mut(n) =
                        ((u32::from(lead & 0x0F) << 12) | (at(1) << 6) | at(2)) as u16;
                    i += 3;
                }
                _ => {
                    let c = ((u32::from(lead & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3))
                        - 0x1_0000;
                    *out.get_unchecked_mut(n) = 0xD800 | (c >> 10) as u16;
                    n += 1;
                    *out.get_unchecked_mut(n) = 0xDC00 | (c & 0x3FF) as u16;
                    i += 4;
                }
            }
        }
        n += 1;
    }
    n
}

/// [`encode_utf16`] into a vector of exactly the units of `text`.
pub fn utf16_of(text: &str) -> Vec<u16> {
    let mut units = vec![0; text.len()];
    let n = encode_utf16(text, &mut units);
    units.truncate(n);
    units
}

/// The UTF-8 size of `units` without surrogates (a surrogate counted as a unit of three bytes),
/// and whether any unit is a surrogate. Counted in blocks small enough for 16-bit sums, which the
/// compiler runs eight units at a time.
fn utf8_size(units: &[u16]) -> (usize, bool) {
    let (mut size, mut surrogates) = (units.len(), false);
    for block in units.chunks(1 << 13) {
        let extra = block.iter().fold(0u16, |n, &u| {
            n + u16::from(u >= 0x80) + u16::from(u >= 0x800)
        });
        let halves = block
            .iter()
            .fold(0u16, |any, &u| any | u16::from(u & 0xF800 == 0xD800));
        size += usize::from(extra);
        surrogates |= halves != 0;
    }
    (size, surrogates)
}

/// [`decode_utf16`] for units with surrogates, paired or lone: char by char.
fn decode_with_surrogates(units: &[u16]) -> String {
    // a pair's four bytes are two for each half (a lone one's U+FFFD takes one more)
    let size: usize = units
        .iter()
        .map(|&u| 1 + usize::from(u >= 0x80) + usize::from(u >= 0x800 && u & 0xF800 != 0xD800))
        .sum();
    let mut text = String::with_capacity(size);
    text.extend(
        char::decode_utf16(units.iter().copied()).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)),
    );
    text
}

/// A text as the extractors read it: normalized and decoded once, with the way back to the
/// original in code points.
pub struct Prepared<'a> {
    pub normalized: String,
    alignment: Alignment,
    original: Original<'a>,
}

impl<'a> Prepared<'a> {
    /// `units` normalized by `normalizer`; None for a text too long to align.
    pub fn new(normalizer: &Normalizer, units: &'a [u16]) -> Option<Self> {
        let (normalized, alignment) = normalizer.normalize_utf16_aligned(units).ok()?;
        let normalized = normalized.as_deref().unwrap_or(units);
        let normalized = decode_utf16(normalized);
        Some(Prepared {
            normalized,
            alignment,
            original: Original::new(units),
        })
    }

    /// The original text, as UTF-16 code units.
    pub fn units(&self) -> &'a [u16] {
        self.original.units
    }

    /// The original span behind normalized code points `start..end`, and its text.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize, String) {
        let (start, end) = self.alignment.to_original(start, end).unwrap_or((0, 0));
        (start, end, self.original.slice(start, end))
    }

    /// The original text from code point `start` to `end`, both in the original.
    pub fn original_text(&self, start: usize, end: usize) -> String {
        self.original.slice(start, end)
    }

    /// The alignment from the normalized text back to the original, in code points.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }
}

/// The search options with the quotation marks left as written: the quote reader's (« and "
/// open different quotes), where numbers and terms read search's canonical marks.
pub const QUOTING: Options = Options {
    quotes: None,
    ..Options::SEARCH
};

/// One document prepared once for every reader of an analysis (numbers, quotes, terms): its text
/// normalized a single time, with one alignment back to the original, instead of once by each
/// reader. The readers differ in one thing, the quotation marks: the quote reader takes them as
/// written ([`QUOTING`]), numbers and terms in search's canonical form ([`Options::SEARCH`]).
/// So the text is normalized with the marks kept, and search's text is made from it by
/// replacing the marks, one character for one (see [`Marks`]): the same code points, the same
/// alignment.
pub struct Document<'a> {
    /// The original text, as UTF-16 code units.
    pub units: &'a [u16],
    /// Normalized with [`QUOTING`]: the quote reader's text.
    pub quoting: Prepared<'a>,
    /// Normalized with [`Options::SEARCH`]: the text of numbers and terms.
    pub search: Prepared<'a>,
}

impl<'a> Document<'a> {
    /// `units` prepared for every reader; None for a text too long to align.
    pub fn new(units: &'a [u16]) -> Option<Self> {
        let marks = Marks::get();
        let quoting = Prepared::new(&marks.quoting, units)?;
        let search = match &marks.canonical {
            Some(canonical) => Prepared {
                normalized: canonical.respell(&quoting.normalized),
                alignment: quoting.alignment.clone(),
                original: Original {
                    units,
                    pairs: quoting.original.pairs.clone(),
                },
            },
            // (the steps of the two options differ elsewhere than in the marks: see `Marks`)
            None => Prepared::new(&marks.search, units)?,
        };
        Some(Document {
            units,
            quoting,
            search,
        })
    }
}

/// How search spells the quotation marks that [`QUOTING`] keeps as written, and the two
/// normalizers.
struct Marks {
    quoting: Normalizer,
    search: Normalizer,
    /// None when search's text cannot be made from the quoting text mark by mark.
    canonical: Option<Canonical>,
}

/// Search's spelling of each mark the quoting text keeps: one character for one.
struct Canonical {
    /// (mark, its canonical form), by mark.
    marks: Vec<(char, char)>,
    /// Whether a byte of UTF-8 leads one of the marks.
    leads: [bool; 256],
}

impl Marks {
    fn get() -> &'static Marks {
        static MARKS: OnceLock<Marks> = OnceLock::new();
        MARKS.get_or_init(|| {
            let quoting = Normalizer::new(QUOTING);
            let search = Normalizer::new(Options::SEARCH);
            let canonical = Canonical::between(&quoting, &search);
            Marks {
                quoting,
                search,
                canonical,
            }
        })
    }
}

impl Canonical {
    /// The marks, found by normalizing every unit both ways. The two options differ in their
    /// `quotes` step alone, which only replaces a unit by another: no space, no removal, nothing
    /// that looks at the units around (see `Normalizer::run`). So when each unit `u` gives, by
    /// search, what its quoting form gives with the marks replaced, so does any text, with the
    /// same alignment. Were that not so (a step changed), None: search normalizes on its own.
    fn between(quoting: &Normalizer, search: &Normalizer) -> Option<Canonical> {
        let differ_in_marks_only = Options {
            quotes: search.options().quotes,
            ..*quoting.options()
        } == *search.options();
        if !differ_in_marks_only {
            return None;
        }
        // each unit's form by one normalizer, None when it keeps the unit (most units: nothing
        // is allocated for them)
        let of = |normalizer: &Normalizer, unit: u16| normalizer.normalize_utf16(&[unit]);
        // the marks: each unit whose quoting form, one unit, search writes as another; and the
        // units either normalizer changes, to check once the marks are known
        let mut marks: Vec<(char, char)> = Vec::new();
        let mut changed = Vec::new();
        for unit in (0..=0xFFFF_u16).filter(|u| u & 0xF800 != 0xD800) {
            let (kept, canonical) = (of(quoting, unit), of(search, unit));
            if kept.is_none() && canonical.is_none() {
                continue;
            }
            let (kept, canonical) = (
                kept.unwrap_or_else(|| vec![unit]),
                canonical.unwrap_or_else(|| vec![unit]),
            );
            if kept != canonical {
                let (&[mark], &[form]) = (kept.as_slice(), canonical.as_slice()) else {
                    return None;
                };
                let pair = (char::from_u32(mark.into())?, char::from_u32(form.into())?);
                match marks.iter().find(|(m, _)| *m == pair.0) {
                    Some(known) if *known != pair => return None,
                    Some(_) => {}
                    None => marks.push(pair),
                }
            }
            changed.push((kept, canonical));
        }
        marks.sort_unstable();
        let canonical = |unit: u16| match marks.binary_search_by_key(&unit, |m| m.0 as u16) {
            Ok(m) => marks[m].1 as u16,
            Err(_) => unit,
        };
        // every unit's quoting form, its marks replaced, is its search form: so for the units
        // either changes (a character that both write as a mark would not be), and for those
        // both keep, if none is a mark
        for (kept, form) in changed {
            if kept.into_iter().map(canonical).ne(form) {
                return None;
            }
        }
        let kept_by_both = |mark: char| {
            let unit = mark as u16;
            of(quoting, unit).is_none() && of(search, unit).is_none()
        };
        if marks.iter().any(|&(mark, _)| kept_by_both(mark)) {
            return None;
        }
        // a canonical form is no mark itself (each is replaced once)
        if marks.iter().any(|&(_, c)| marks.iter().any(|n| n.0 == c)) {
            return None;
        }
        let mut leads = [false; 256];
        for (mark, _) in &marks {
            leads[usize::from(mark.encode_utf8(&mut [0; 4]).as_bytes()[0])] = true;
        }
        Some(Canonical { marks, leads })
    }

    /// `text` with each mark in its canonical form.
    fn respell(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        // most texts have few marks: the runs between them are copied whole
        let mut respelled = String::with_capacity(text.len());
        let mut from = 0;
        let mut at = 0;
        while let Some(k) = bytes[at..].iter().position(|&b| self.leads[usize::from(b)]) {
            at += k;
            // (a lead byte starts a character)
            let c = text[at..].chars().next().unwrap_or_default();
            let width = c.len_utf8();
            if let Ok(m) = self.marks.binary_search_by_key(&c, |m| m.0) {
                respelled.push_str(&text[from..at]);
                respelled.push(self.marks[m].1);
                from = at + width;
            }
            at += width;
        }
        respelled.push_str(&text[from..]);
        respelled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_text_at_line_breaks_and_never_split_a_surrogate_pair() {
        let text = "سطر أول\nسطر ثان 😀😀😀😀😀😀 وكلمات\nآخر";
        let units: Vec<u16> = text.encode_utf16().collect();
        let chars: Vec<char> = text.chars().collect();
        for size in 2..units.len() + 2 {
            let mut next = 0;
            for (start, window) in windows(&units, size) {
                assert!(window.len() <= size && !window.is_empty());
                let own = String::from_utf16(window).expect("a pair was split");
                let count = own.chars().count();
                assert_eq!(start, next);
                assert_eq!(chars[start..start + count].iter().collect::<String>(), own);
                next = start + count;
            }
            assert_eq!(next, chars.len(), "size {size}");
        }
        let cuts: Vec<usize> = windows(&units, 12).map(|(_, w)| w.len()).collect();
        assert_eq!(cuts[0], "سطر أول\n".encode_utf16().count());
    }

    #[test]
    fn the_original_is_sliced_by_code_points_around_surrogate_pairs() {
        let text = "😀أ𝐀ب😀😀ج \u{10FFFF}";
        let units: Vec<u16> = text.encode_utf16().collect();
        let original = Original::new(&units);
        let chars: Vec<char> = text.chars().collect();
        for start in 0..=chars.len() {
            for end in start..=chars.len() {
                let own: String = chars[start..end].iter().collect();
                assert_eq!(original.slice(start, end), own, "{start}..{end}");
            }
        }
        // a lone surrogate is one code point, as Python counts it
        let lone = [0x61, 0xD800, 0x62, 0xD83D, 0xDE00, 0x63];
        let original = Original::new(&lone);
        assert_eq!(original.slice(2, 4), "b😀");
        assert_eq!(original.slice(1, 2), "\u{FFFD}");
    }

    #[test]
    fn a_character_is_read_at_its_byte_as_the_decoder_reads_it() {
        let text = "قال: «نعم»\u{a0}ab ß€😀\nـ، Ωé";
        for (byte, c) in text.char_indices() {
            assert_eq!(char_at(text, byte), Some(c), "at {byte}");
        }
        assert_eq!(char_at(text, text.len()), None);
    }

    /// What `normalizer` alone makes of `units`: the normalized text and the alignment.
    fn alone(options: Options, units: &[u16]) -> (String, Alignment) {
        let prepared = Prepared::new(&Normalizer::new(options), units).expect("a short text");
        (prepared.normalized, prepared.alignment)
    }

    fn both(document: &Document) -> [(String, Alignment); 2] {
        [&document.quoting, &document.search].map(|p| (p.normalized.clone(), p.alignment.clone()))
    }

    #[test]
    fn a_document_is_what_each_normalization_makes_alone() {
        // search's marks are made from the quoting text, not by a second normalization
        let canonical = Marks::get().canonical.as_ref().expect("marks only differ");
        assert!(canonical.marks.contains(&('«', '"')) && canonical.marks.contains(&('‘', '\'')));
        // (and options differing in more than their marks have none: search normalizes apart)
        let display = Normalizer::new(Options::DISPLAY);
        assert!(Canonical::between(&Marks::get().quoting, &display).is_none());
        // every unit alone (surrogates apart), then texts mixing the marks with what is around
        // them: spaces and breaks that join, removed marks, expanded and surrogate characters
        for unit in (0..=0xFFFF_u16).filter(|u| u & 0xF800 != 0xD800) {
            let units = [unit];
            let document = Document::new(&units).expect("a short text");
            let expected = [alone(QUOTING, &units), alone(Options::SEARCH, &units)];
            assert_eq!(both(&document), expected, "{unit:x}");
        }
        let alphabet = [
            0xAB, 0xBB, 0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0x27, 0xFF02, 0x301D, 0x2033, 0xFE70,
            0xFDFA, 0x627, 0x623, 0x649, 0x64A, 0x629, 0x64E, 0x640, 0x20, 0x20, 0x0A, 0xA0, 0x31,
            0x663, 0xD83D, 0xDE00, 0xD800, 0x23, 0x5F, 0x61, 0x41, 0x60C, 0x200F, 0x2032,
        ];
        let mut state: u32 = 2024;
        for length in 0..400 {
            let units: Vec<u16> = (0..length % 80)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(state >> 16) as usize % alphabet.len()]
                })
                .collect();
            let document = Document::new(&units).expect("a short text");
            let expected = [alone(QUOTING, &units), alone(Options::SEARCH, &units)];
            assert_eq!(both(&document), expected, "{units:x?}");
        }
    }

    #[test]
    fn the_readers_read_a_document_as_they_read_the_text_alone() {
        let lexicon = crate::quotes::Lexicon::builtin();
        let terms = crate::terms::Terms::new([("call", vec!["مكالمة", "اتصال هاتفي"])]).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2018, 3, 20);
        let sentences = [
            "قال الرئيس الروسي فلاديمير بوتين «إن المكالمة استمرت 90 دقيقة» يوم 18 مارس.\n",
            "وأكد المتحدث أن ‘الاتفاق’ يشمل 3 ملايين دولار، و\"نحو 40%\" من الصادرات 😀.\n",
            "أجرى الرئيسان اتصالاً هاتفياً أمس، وقالت الخارجية: “سنرد خلال أسبوعين”.\n",
        ];
        // and a text of several windows, which the quote reader prepares window by window
        let long = sentences.concat().repeat(400);
        for text in sentences.into_iter().chain([long.as_str()]) {
            let units: Vec<u16> = text.encode_utf16().collect();
            let document = Document::new(&units).expect("a text");
            assert_eq!(
                crate::numbers::extract_document(&document, day),
                crate::numbers::extract_utf16(&units, day)
            );
            let quotes = crate::quotes::extract_document(&document, &lexicon, day);
            assert_eq!(quotes, crate::quotes::extract_utf16(&units, &lexicon, day));
            assert_eq!(
                terms.find_document(&document).unwrap(),
                terms.find_utf16(&units).unwrap()
            );
            assert!(!quotes.is_empty());
        }
    }

    #[test]
    fn utf16_encodes_as_the_standard_encoder_does() {
        for text in [
            "",
            "a",
            "أعلن الرئيس، اليوم 12 مارس: «سنعود»\n",
            "é ß ı ש ع ह € ￿ 中 🙂 𝔸x😀\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        ] {
            let expected: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(utf16_of(text), expected, "{text}");
            let mut room = vec![7u16; text.len() + 3];
            let n = encode_utf16(text, &mut room);
            assert_eq!(&room[..n], &expected[..]);
        }
    }

    #[test]
    fn utf16_decodes_as_the_lossy_decoder_does() {
        // units of every length of UTF-8, surrogates paired and lone, in a pseudo-random order
        let alphabet = [
            0x61, 0x20, 0x0A, 0x7F, 0x80, 0xE9, 0x627, 0x644, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF,
            0xD83D, 0xDE00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD7FF, 0xE000,
        ];
        let mut state: u32 = 12345;
        for length in 0..200 {
            let units: Vec<u16> = (0..length)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(state >> 16) as usize % alphabet.len()]
                })
                .collect();
            // and the same without surrogates, to a string of exactly its size
            let plain: Vec<u16> = units
                .iter()
                .copied()
                .filter(|u| u & 0xF800 != 0xD800)
                .collect();
            assert_eq!(
                decode_utf16(&units),
                String::from_utf16_lossy(&units),
                "{units:x?}"
            );
            let decoded = decode_utf16(&plain);
            assert_eq!(decoded, String::from_utf16_lossy(&plain), "{plain:x?}");
            assert_eq!(decoded.capacity(), decoded.len(), "{plain:x?}");
        }
    }

    #[test]
    fn utf16_decodes_long_texts_counted_block_by_block() {
        // every unit but the surrogates, in blocks of 16-bit sums and across them
        let plane: Vec<u16> = (0..=0xFFFF).filter(|u| u & 0xF800 != 0xD800).collect();
        let decoded = decode_utf16(&plane);
        assert_eq!(decoded, String::from_utf16_lossy(&plane));
        assert_eq!(decoded.capacity(), decoded.len());
        // and a text of three-byte units only, the most a block sums
        let wide = vec![0xFFFF; 3 << 13];
        assert_eq!(decode_utf16(&wide).len(), 9 << 13);
    }

    #[test]
    fn utf16_decodes_to_a_string_of_its_exact_size() {
        let text = "قال: 😀 \u{FFFD} a";
        let units: Vec<u16> = text.encode_utf16().collect();
        let decoded = decode_utf16(&units);
        assert_eq!((decoded.as_str(), decoded.capacity()), (text, text.len()));
        assert_eq!(decode_utf16(&[0x61, 0xD800, 0x62]), "a\u{FFFD}b");
        assert_eq!(decode_utf16(&[0xDC00, 0x61, 0xD83D]), "\u{FFFD}a\u{FFFD}");
    }

    #[test]
    fn numbers_words_and_marks() {
        let tokens = tokenize("في 19 مارس، 1,000,000 و1.5 و2,5%");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "في",
                "19",
                "مارس",
                "،",
                "1,000,000",
                "و",
                "1.5",
                "و",
                "2,5",
                "%"
            ]
        );
        assert_eq!(tokens[4].value(), Some(1_000_000.0));
        assert_eq!(tokens[8].value(), Some(2.5));
        assert_eq!(tokens[6].value(), Some(1.5));
        assert_eq!(tokens[0].value(), None);
        assert_eq!(tokenize("99999999999999999999999999999").len(), 1);
        let glued: Vec<&str> = tokenize("iconدقائق").into_iter().map(|t| t.text).collect();
        assert_eq!(glued, ["icon", "دقائق"]);
    }

    /// Digits alone are read without the float parser, to the value it gives; grouped and
    /// decimal numbers as before.
    #[test]
    fn digits_alone_have_the_float_parser_s_value() {
        for text in [
            "0",
            "007",
            "30",
            "2018",
            "123456789012345",
            "999999999999999",
            "9007199254740993",
            "1234567890123456789",
            "00000000000000000001",
        ] {
            assert_eq!(parse_number(text), text.parse::<f64>().ok(), "{text}");
        }
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("1.234.567"), Some(1_234_567.0));
        assert_eq!(parse_number("1.234.56"), None);
        assert_eq!(parse_number("1.234"), Some(1.234));
        assert_eq!(parse_number("16ر1"), Some(1.16));
    }

    #[test]
    fn a_word_of_the_arabic_block_reads_on_to_its_script_s_end() {
        // each token: its text, where it starts and ends in code points, and a line break before
        let tokens: Vec<(Kind, &str, usize, usize, bool)> =
            tokenize("دقائقicon پیام\nٱلله بالـتا ب1 قال:« x\u{301}y ﻻ")
                .into_iter()
                .map(|t| (t.kind, t.text, t.start, t.end, t.after_break))
                .collect();
        assert_eq!(
            tokens,
            [
                (Kind::Word, "دقائق", 0, 5, false),
                (Kind::Word, "icon", 5, 9, false),
                // letters past the block (پ ی) go on with the word, in either place
                (Kind::Word, "پیام", 10, 14, false),
                (Kind::Word, "ٱلله", 15, 19, true),
                // the tatweel (U+0640) is of the block
                (Kind::Word, "بالـتا", 20, 26, false),
                (Kind::Word, "ب", 27, 28, false),
                (Kind::Number, "1", 28, 29, false),
                (Kind::Word, "قال", 30, 33, false),
                (Kind::Mark, ":", 33, 34, false),
                (Kind::Mark, "«", 34, 35, false),
                (Kind::Word, "x", 36, 37, false),
                (Kind::Mark, "\u{301}", 37, 38, false),
                (Kind::Word, "y", 38, 39, false),
                (Kind::Word, "ﻻ", 40, 41, false),
            ]
        );
    }

    #[test]
    fn a_token_longer_than_its_stored_length_holds_ends_where_it_ends() {
        // 255 code points is the longest length kept; past it the end is counted again
        for n in [254, 255, 256, 300, 1000] {
            let text = format!("قال {} و{} «", "ب".repeat(n), "7".repeat(n));
            let list = TokenList::new(&text);
            let ends: Vec<usize> = (0..list.len()).map(|k| list.end(k)).collect();
            let expected: Vec<usize> = tokenize(&text).iter().map(|t| t.end).collect();
            assert_eq!(ends, expected, "{n}");
            assert_eq!(list.end(1), 4 + n);
        }
    }

    #[test]
    fn the_compact_list_gives_back_every_token() {
        for text in [
            "في 19 مارس، 1,000,000 و1.5 و2,5%\n\n«قال» .77 a.b\u{a0}\n😀ب iconدقائق .",
            "",
            "\n\n  ",
            "...",
        ] {
            let list = TokenList::new(text);
            let tokens = tokenize(text);
            assert_eq!(list.len(), tokens.len());
            for (k, token) in tokens.iter().enumerate() {
                let got = list.get(k).expect("a token");
                assert_eq!(
                    (got.kind, got.text, got.start, got.end, got.after_break),
                    (
                        token.kind,
                        token.text,
                        token.start,
                        token.end,
                        token.after_break
                    ),
                    "{text:?} {k}"
                );
            }
            assert!(list.get(tokens.len()).is_none());
            for (k, token) in tokens.iter().enumerate() {
                let mark = (token.kind == Kind::Mark).then(|| token.text.chars().next());
                assert_eq!(list.mark(k), mark.flatten());
                let word = if token.kind == Kind::Mark {
                    ""
                } else {
                    token.text
                };
                assert_eq!(list.word(k), word);
            }
            assert_eq!(
                (list.mark(tokens.len()), list.word(tokens.len())),
                (None, "")
            );
        }
    }
}
