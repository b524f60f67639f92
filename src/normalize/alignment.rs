//! The alignment between an original text and its normalized form, in code points.
//!
//! Normalization turns each original code point into one character (most), several (a ligature
//! such as ﻻ), or none (a removed diacritic, tatweel, invisible character or collapsed space).
//! Two bits a code point record which: `produces` and, for removed ones, `alone` (an invisible
//! character, which belongs to nothing). A removed character that is not alone belongs to the
//! character before it, so a letter's atom runs from the letter through the last such character
//! before the next one that produces. The loop records the bits without a branch, and a count per
//! 64-bit word makes every lookup a few word operations.

use crate::error::{Error, Result};

const WORD: usize = 64;

/// Maps spans between the original text and its normalized form, both ways.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Alignment {
    original_len: usize,
    normalized_len: usize,
    /// Bit i: original code point i produced normalized characters (one, or see `expansions`).
    produces: Vec<u64>,
    /// Bit i: original code point i was removed and belongs to no character.
    alone: Vec<u64>,
    /// (original code point, characters produced) for those that produced more than one.
    expansions: Vec<(u32, u32)>,
    /// Normalized characters produced before each word of `produces`.
    before_word: Vec<u32>,
}

/// The stored form of an [`Alignment`], for pickling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignmentParts {
    pub original_len: usize,
    pub produces: Vec<u64>,
    pub alone: Vec<u64>,
    pub expansions: Vec<(u32, u32)>,
}

impl Alignment {
    /// The alignment of a text that normalization left as it was.
    pub fn identity(len: usize) -> Result<Alignment> {
        let mut builder = AlignmentBuilder::new(len);
        let mut word = builder.take_word();
        for _ in 0..len {
            builder.record(&mut word, true, false);
        }
        builder.put_word(word);
        builder.finish()
    }

    /// Rebuilds an alignment from [`Alignment::parts`], checking that it is well formed.
    pub fn from_parts(parts: AlignmentParts) -> Result<Alignment> {
        let words = parts.original_len.div_ceil(WORD);
        let tail = |bits: &[u64]| match (bits.last(), parts.original_len % WORD) {
            (Some(last), used) if used > 0 => last >> used == 0,
            _ => true,
        };
        let bit = |bits: &[u64], i: usize| bits[i / WORD] >> (i % WORD) & 1 == 1;
        let well_formed = parts.produces.len() == words
            && parts.alone.len() == words
            && tail(&parts.produces)
            && tail(&parts.alone)
            && parts
                .produces
                .iter()
                .zip(&parts.alone)
                .all(|(p, a)| p & a == 0)
            && parts.expansions.windows(2).all(|w| w[0].0 < w[1].0)
            && parts.expansions.iter().all(|&(i, n)| {
                (i as usize) < parts.original_len && n >= 2 && bit(&parts.produces, i as usize)
            });
        if !well_formed {
            return Err(Error::InvalidAlignment("malformed parts"));
        }
        Alignment::index(parts)
    }

    /// The stored form: the two bit sets, the expansions and the original length.
    pub fn parts(&self) -> AlignmentParts {
        AlignmentParts {
            original_len: self.original_len,
            produces: self.produces.clone(),
            alone: self.alone.clone(),
            expansions: self.expansions.clone(),
        }
    }

    fn index(parts: AlignmentParts) -> Result<Alignment> {
        let mut before_word = Vec::with_capacity(parts.produces.len() + 1);
        let mut count = 0usize;
        let mut expansions = parts.expansions.iter().peekable();
        for (w, word) in parts.produces.iter().enumerate() {
            before_word.push(u32::try_from(count).map_err(|_| Error::TextTooLong(count))?);
            count += word.count_ones() as usize;
            while let Some(&&(i, n)) = expansions.peek() {
                if i as usize >= (w + 1) * WORD {
                    break;
                }
                count += n as usize - 1;
                expansions.next();
            }
        }
        before_word.push(u32::try_from(count).map_err(|_| Error::TextTooLong(count))?);
        Ok(Alignment {
            original_len: parts.original_len,
            normalized_len: count,
            produces: parts.produces,
            alone: parts.alone,
            expansions: parts.expansions,
            before_word,
        })
    }

    pub fn original_len(&self) -> usize {
        self.original_len
    }

    pub fn normalized_len(&self) -> usize {
        self.normalized_len
    }

    /// The span of the original text that produced `start..end` of the normalized text.
    pub fn to_original(&self, start: usize, end: usize) -> Result<(usize, usize)> {
        check_span(start, end, self.normalized_len)?;
        if start == end {
            let at = if start == self.normalized_len {
                self.original_len
            } else {
                self.producer(start)
            };
            return Ok((at, at));
        }
        Ok((self.producer(start), self.atom_end(self.producer(end - 1))))
    }

    /// The span of the normalized text that `start..end` of the original produced: every character
    /// whose atom it touches. Characters that produced nothing map to an empty span where they stood.
    pub fn to_normalized(&self, start: usize, end: usize) -> Result<(usize, usize)> {
        check_span(start, end, self.original_len)?;
        let holder = self.atom_holding(start);
        let from = match holder {
            Some(producer) => self.normalized_start(producer),
            None => self.normalized_start(start.min(self.original_len)),
        };
        if start == end {
            // a point inside an atom (between two spaces that became one, between a letter and
            // its mark) stands in what the atom produced; at its edge it is a point
            return Ok(match holder {
                Some(producer) if producer < start => (from, from + self.produced_by(producer)),
                _ => (from, from),
            });
        }
        let to = match self.atom_holding(end - 1) {
            Some(producer) => self.normalized_start(producer) + self.produced_by(producer),
            None => self.normalized_start(end),
        };
        Ok((from, to.max(from)))
    }

    /// The pieces that changed, as `(original_start, original_end, start, end)`: every atom that
    /// is not one character for one, removed characters that belong to nothing, and runs of
    /// characters replaced one for one. `original` and `normalized` are the two texts.
    pub fn changes(
        &self,
        original: &[char],
        normalized: &[char],
    ) -> Vec<(usize, usize, usize, usize)> {
        let mut changes: Vec<(usize, usize, usize, usize)> = Vec::new();
        let mut run_of_replacements = false;
        let (mut i, mut j) = (0, 0);
        while i < self.original_len {
            if !self.bit(&self.produces, i) {
                // removed before any character that produces: nothing claims it
                changes.push((i, i + 1, j, j));
                run_of_replacements = false;
                i += 1;
                continue;
            }
            let (end, produced) = (self.atom_end(i), self.produced_by(i));
            let one_for_one = end == i + 1 && produced == 1;
            if one_for_one && original.get(i) == normalized.get(j) {
                run_of_replacements = false;
            } else if one_for_one && run_of_replacements {
                let last = changes.last_mut().expect("a run has begun");
                (last.1, last.3) = (end, j + 1);
            } else {
                changes.push((i, end, j, j + produced));
                run_of_replacements = one_for_one;
            }
            // removed characters that belong to nothing, between this atom and the next
            let next = self.next_producer(end);
            if next > end {
                changes.push((end, next, j + produced, j + produced));
                run_of_replacements = false;
            }
            (i, j) = (next, j + produced);
        }
        changes
    }

    fn bit(&self, bits: &[u64], i: usize) -> bool {
        bits[i / WORD] >> (i % WORD) & 1 == 1
    }

    /// How many normalized characters original code point `i` produced (it must produce).
    fn produced_by(&self, i: usize) -> usize {
        match self
            .expansions
            .binary_search_by_key(&(i as u32), |&(at, _)| at)
        {
            Ok(k) => self.expansions[k].1 as usize,
            Err(_) => 1,
        }
    }

    /// Normalized characters produced by the original code points before `i`.
    fn normalized_start(&self, i: usize) -> usize {
        if i >= self.original_len {
            return self.normalized_len;
        }
        let w = i / WORD;
        let below = self.produces[w] & ((1u64 << (i % WORD)) - 1);
        let from = self
            .expansions
            .partition_point(|&(at, _)| (at as usize) < w * WORD);
        let extra: usize = self.expansions[from..]
            .iter()
            .take_while(|&&(at, _)| (at as usize) < i)
            .map(|&(_, n)| n as usize - 1)
            .sum();
        self.before_word[w] as usize + below.count_ones() as usize + extra
    }

    /// The original code point that produced normalized character `j`.
    fn producer(&self, j: usize) -> usize {
        let w = self
            .before_word
            .partition_point(|&before| before as usize <= j)
            - 1;
        let mut count = self.before_word[w] as usize;
        let mut word = self.produces[w];
        // most words have no expansion: each producer made one character, so the producer is
        // the word's (j - count)-th set bit, found without a search in `expansions` per bit
        let from = self
            .expansions
            .partition_point(|&(at, _)| (at as usize) < w * WORD);
        if self
            .expansions
            .get(from)
            .is_none_or(|&(at, _)| at as usize >= (w + 1) * WORD)
        {
            return w * WORD + nth_set_bit(word, j - count);
        }
        while word != 0 {
            let i = w * WORD + word.trailing_zeros() as usize;
            count += self.produced_by(i);
            if count > j {
                return i;
            }
            word &= word - 1;
        }
        unreachable!("normalized index {j} is within the text")
    }

    /// The first code point at or after `from` that produces, or the original length.
    fn next_producer(&self, from: usize) -> usize {
        let mut w = from / WORD;
        if w >= self.produces.len() {
            return self.original_len;
        }
        let mut word = self.produces[w] & (u64::MAX << (from % WORD));
        loop {
            if word != 0 {
                return (w * WORD + word.trailing_zeros() as usize).min(self.original_len);
            }
            w += 1;
            match self.produces.get(w) {
                Some(&next) => word = next,
                None => return self.original_len,
            }
        }
    }

    /// The last code point at or before `at` that produces, if any.
    fn previous_producer(&self, at: usize) -> Option<usize> {
        let mut w = at / WORD;
        let mut word = self.produces[w] & (u64::MAX >> (WORD - 1 - at % WORD));
        loop {
            if word != 0 {
                return Some(w * WORD + WORD - 1 - word.leading_zeros() as usize);
            }
            w = w.checked_sub(1)?;
            word = self.produces[w];
        }
    }

    /// Where the atom of producing code point `i` ends: after the last removed character before
    /// the next producer that is not alone.
    fn atom_end(&self, i: usize) -> usize {
        let next = self.next_producer(i + 1);
        // the last code point in i+1..next that is not alone (all of them were removed)
        let mut end = next;
        while end > i + 1 {
            let w = (end - 1) / WORD;
            let low = (w * WORD).max(i + 1);
            let span = end - low;
            let mask = if span == WORD {
                u64::MAX
            } else {
                ((1u64 << span) - 1) << (low % WORD)
            };
            let attached = !self.alone[w] & mask;
            if attached != 0 {
                return w * WORD + WORD - attached.leading_zeros() as usize;
            }
            end = low;
        }
        i + 1
    }

    /// The producing code point whose atom holds original code point `at`, if any.
    fn atom_holding(&self, at: usize) -> Option<usize> {
        if at >= self.original_len {
            return None;
        }
        let producer = self.previous_producer(at)?;
        (at < self.atom_end(producer)).then_some(producer)
    }
}

fn check_span(start: usize, end: usize, len: usize) -> Result<()> {
    if start <= end && end <= len {
        Ok(())
    } else {
        Err(Error::SpanOutOfRange { start, end, len })
    }
}

/// What the normalization loop reports, one original code point at a time.
///
/// The loop takes the word being filled out of the recorder while it runs and hands it back at
/// the end: as a local it stays in registers instead of making every code point wait on memory.
pub(crate) trait Recorder {
    /// Whether it records anything.
    const ALIGNS: bool;
    type Word: Copy;
    fn take_word(&mut self) -> Self::Word;
    fn put_word(&mut self, word: Self::Word);
    /// The code point produced one character (`produces`), or none; `alone` when removed and
    /// belonging to nothing.
    fn record(&mut self, word: &mut Self::Word, produces: bool, alone: bool);
    /// The code point produced `count` characters, more than one.
    fn expand(&mut self, word: &mut Self::Word, count: u32);
}

/// Normalization without alignment records nothing.
impl Recorder for () {
    const ALIGNS: bool = false;
    type Word = ();
    fn take_word(&mut self) {}
    fn put_word(&mut self, _: ()) {}
    #[inline(always)]
    fn record(&mut self, _: &mut (), _: bool, _: bool) {}
    #[inline(always)]
    fn expand(&mut self, _: &mut (), _: u32) {}
}

/// The bits of up to 64 code points, not yet stored.
#[derive(Clone, Copy, Default)]
pub(crate) struct PendingWord {
    produces: u64,
    alone: u64,
    used: u32,
}

/// Builds an [`Alignment`] while the normalization loop runs.
#[derive(Default)]
pub(crate) struct AlignmentBuilder {
    produces: Vec<u64>,
    alone: Vec<u64>,
    expansions: Vec<(u32, u32)>,
    word: PendingWord,
}

impl AlignmentBuilder {
    /// A builder for an input of about `code_points` code points.
    pub fn new(code_points: usize) -> Self {
        let words = code_points.div_ceil(WORD);
        AlignmentBuilder {
            produces: Vec::with_capacity(words),
            alone: Vec::with_capacity(words),
            ..AlignmentBuilder::default()
        }
    }

    pub fn finish(mut self) -> Result<Alignment> {
        let original_len = self.produces.len() * WORD + self.word.used as usize;
        if self.word.used > 0 {
            store(&mut self.produces, &mut self.alone, self.word);
        }
        Alignment::index(AlignmentParts {
            original_len,
            produces: self.produces,
            alone: self.alone,
            expansions: self.expansions,
        })
    }
}

/// Stores a full word; apart, so that the loop's word stays in registers.
#[cold]
#[inline(never)]
fn store(produces: &mut Vec<u64>, alone: &mut Vec<u64>, word: PendingWord) {
    produces.push(word.produces);
    alone.push(word.alone);
}

impl Recorder for AlignmentBuilder {
    const ALIGNS: bool = true;
    type Word = PendingWord;

    fn take_word(&mut self) -> PendingWord {
        std::mem::take(&mut self.word)
    }

    fn put_word(&mut self, word: PendingWord) {
        self.word = word;
    }

    #[inline(always)]
    fn record(&mut self, word: &mut PendingWord, produces: bool, alone: bool) {
        word.produces |= (produces as u64) << word.used;
        word.alone |= (alone as u64) << word.used;
        word.used += 1;
        if word.used == WORD as u32 {
            store(&mut self.produces, &mut self.alone, *word);
            *word = PendingWord::default();
        }
    }

    #[inline(always)]
    fn expand(&mut self, word: &mut PendingWord, count: u32) {
        let at = self.produces.len() * WORD + word.used as usize;
        self.expansions.push((at as u32, count));
        self.record(word, true, false);
    }
}

/// Where the `n`-th set bit of `word` is (from 0, the lowest first); `word` has more than `n`.
/// The half that holds it is taken three times (32, 16, 8 bits), then its lower bits are cleared.
fn nth_set_bit(word: u64, n: usize) -> usize {
    let (mut word, mut n, mut at) = (word, n as u32, 0);
    for width in [32, 16, 8] {
        let low = (word & ((1u64 << width) - 1)).count_ones();
        if n >= low {
            n -= low;
            word >>= width;
            at += width;
        }
    }
    for _ in 0..n {
        word &= word - 1;
    }
    at + word.trailing_zeros() as usize
}

#[cfg(test)]
mod tests {
    use super::{nth_set_bit, Alignment, AlignmentParts, WORD};

    #[test]
    fn the_nth_set_bit_of_any_word_is_found() {
        let words = [
            1u64,
            u64::MAX,
            1 << 63,
            0xF0F0_0000_0001_0100,
            0x5555_5555_5555_5555,
            0x0000_0001_8000_0000,
            12_345_678_901_234_567,
        ];
        for word in words {
            let set: Vec<usize> = (0..WORD).filter(|&i| word >> i & 1 == 1).collect();
            for (n, &i) in set.iter().enumerate() {
                assert_eq!(nth_set_bit(word, n), i, "{word:#x} {n}");
            }
        }
    }

    /// Each normalized character's producer, with and without expansions in its word, is the
    /// one a walk over the original code points finds.
    #[test]
    fn every_character_maps_back_to_the_code_point_that_produced_it() {
        let original_len = 300;
        // a pseudo-random third of the code points removed, a few expanded (one in the second
        // word of 64 bits, none in the others)
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut produces = vec![0u64; original_len / WORD + 1];
        for i in 0..original_len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            if seed % 3 != 0 || i == 70 || i == 100 {
                produces[i / WORD] |= 1 << (i % WORD);
            }
        }
        let expansions = vec![(70, 2), (100, 3)];
        let alignment = Alignment::from_parts(AlignmentParts {
            original_len,
            alone: vec![0; produces.len()],
            produces: produces.clone(),
            expansions: expansions.clone(),
        })
        .unwrap();
        let mut walked = Vec::new();
        for i in 0..original_len {
            if produces[i / WORD] >> (i % WORD) & 1 == 1 {
                let n = expansions
                    .iter()
                    .find(|e| e.0 as usize == i)
                    .map_or(1, |e| e.1);
                walked.extend(std::iter::repeat_n(i, n as usize));
            }
        }
        assert_eq!(alignment.normalized_len(), walked.len());
        for (j, &i) in walked.iter().enumerate() {
            assert_eq!(alignment.producer(j), i, "character {j}");
        }
    }
}
