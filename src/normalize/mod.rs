//! Arabic normalization that keeps an alignment back to the original text.
//!
//! One table lookup decides each character of the Basic Multilingual Plane, where Arabic lives.
//! A text with its alignment is read as UTF-16 code units, as Python hands strings over at memory
//! speed; a Rust string without an alignment is read as UTF-8 (`normalize`), and goes through
//! UTF-16 only when it holds a character beyond that plane. Offsets are counted in code points, as
//! Python indexes strings; a surrogate pair is one code point.

mod alignment;
mod options;
mod table;

use std::borrow::Cow;
use std::sync::Arc;

pub use alignment::{Alignment, AlignmentParts};
pub use options::{AlefMaqsura, Hamza, Options, StepValue, PRESETS, STEPS};

use crate::error::{Error, Result};
use alignment::{AlignmentBuilder, Recorder};
use table::{Action, Table, ADVANCE, SLOW, SLOW_WHEN_ALIGNING};

/// Normalizes Arabic text with the steps of its [`Options`].
///
/// ```
/// use khabar::{Normalizer, Options};
/// let search = Normalizer::new(Options::SEARCH);
/// assert_eq!(search.normalize("أَعلنَ الرئيسُ"), "اعلن الرءيس");
/// ```
#[derive(Clone)]
pub struct Normalizer {
    options: Options,
    table: Arc<Table>,
}

/// A normalized text with its original and the alignment between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    pub original: String,
    pub text: String,
    pub alignment: Alignment,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish()
    }
}

impl PartialEq for Normalizer {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
    }
}

impl Normalizer {
    pub fn new(options: Options) -> Normalizer {
        Normalizer {
            table: Table::for_options(&options),
            options,
        }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The normalized text; borrowed when nothing needed to change.
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.normalize_str(text)
            .unwrap_or_else(|| self.normalize_via_utf16(text))
    }

    /// [`normalize`](Self::normalize) read from the UTF-8 text and written as UTF-8, each step
    /// as [`run`](Self::run) takes it: encoding a text to UTF-16 and decoding the result back
    /// were half of each call (a word, a name, a line). None for a text with a character beyond
    /// the table's units (a surrogate pair in UTF-16), or that a step would write as a
    /// surrogate: those go through UTF-16.
    fn normalize_str<'a>(&self, text: &'a str) -> Option<Cow<'a, str>> {
        if text.bytes().any(|b| b >= 0xF0) {
            return None;
        }
        let (actions, fast) = (&*self.table.actions, &*self.table.fast);
        // a character of the text, all of them in the table's units
        let unit = |c: char| c as usize;
        let after = |at: usize, c: char| &text[at + c.len_utf8()..];
        // where the first change stands, as `first_change` finds it
        let mut in_space = false;
        let mut first = None;
        for (at, c) in text.char_indices() {
            let u = unit(c);
            if fast[u] & !SLOW_WHEN_ALIGNING == u as u32 | ADVANCE {
                in_space = false;
                continue;
            }
            match actions[u] {
                Action::Keep => in_space = false,
                Action::Space if c == ' ' && !in_space => in_space = true,
                Action::Break if c == '\n' && !in_space => in_space = true,
                Action::FinalYeh if !self.ends_word_str(after(at, c)) => in_space = false,
                _ => {
                    first = Some(at);
                    break;
                }
            }
        }
        let Some(first) = first else {
            return Some(Cow::Borrowed(text));
        };
        let mut output = String::with_capacity(text.len() + 8);
        output.push_str(&text[..first]);
        let written = |u: u16| char::from_u32(u32::from(u));
        let mut rest = &text[first..];
        loop {
            // the characters no step changes (most letters), copied a run at once
            let kept = rest
                .find(|c: char| fast[unit(c)] != c as u32 | ADVANCE)
                .unwrap_or(rest.len());
            if kept > 0 {
                output.push_str(&rest[..kept]);
                in_space = false;
            }
            let mut chars = rest[kept..].chars();
            let Some(c) = chars.next() else {
                break;
            };
            rest = chars.as_str();
            let u = unit(c);
            let entry = fast[u];
            if entry & SLOW == 0 {
                if entry & ADVANCE != 0 {
                    output.push(written(entry as u16)?);
                    in_space = false;
                }
                continue;
            }
            match actions[u] {
                Action::Keep => {
                    output.push(c);
                    in_space = false;
                }
                Action::Map(to) => {
                    output.push(written(to)?);
                    in_space = false;
                }
                Action::Mark | Action::Drop => {}
                Action::Expand { start, len } => {
                    let start = start as usize;
                    for &to in &self.table.expansions[start..start + len as usize] {
                        output.push(written(to)?);
                    }
                    in_space = false;
                }
                Action::Space if in_space => {}
                // the run's last character is its space or break
                Action::Break if in_space => {
                    if output.pop().is_some() {
                        output.push('\n');
                    }
                }
                Action::Space => {
                    output.push(' ');
                    in_space = true;
                }
                Action::Break => {
                    output.push('\n');
                    in_space = true;
                }
                Action::FinalYeh => {
                    let ends = self.ends_word_str(rest);
                    output.push(if ends { '\u{0649}' } else { '\u{064A}' });
                    in_space = false;
                }
            }
        }
        Some(Cow::Owned(output))
    }

    /// [`normalize`](Self::normalize) through UTF-16, for any text.
    fn normalize_via_utf16<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // a short text (a name, a phrase: most calls) is encoded on the stack; a byte of UTF-8
        // is at most one UTF-16 unit
        let mut short = [0u16; 128];
        let long: Vec<u16>;
        let units: &[u16] = if text.len() <= short.len() {
            let n = crate::tokens::encode_utf16(text, &mut short);
            &short[..n]
        } else {
            long = crate::tokens::utf16_of(text);
            &long
        };
        match self.normalize_utf16(units) {
            None => Cow::Borrowed(text),
            Some(units) => Cow::Owned(from_utf16(&units)),
        }
    }

    /// The normalized text with its alignment to `text`.
    pub fn normalize_with_alignment(&self, text: &str) -> Result<Normalized> {
        let units = crate::tokens::utf16_of(text);
        let (normalized, alignment) = self.normalize_utf16_aligned(&units)?;
        Ok(Normalized {
            original: text.to_owned(),
            text: normalized.map_or_else(|| text.to_owned(), |units| from_utf16(&units)),
            alignment,
        })
    }

    /// Normalizes UTF-16 code units; `None` when the text needs no change.
    /// A lone surrogate becomes U+FFFD, as lossy decoding makes it: passed through, it could
    /// meet another across a removed character and make a pair, one code point where the
    /// alignment counts two.
    pub fn normalize_utf16(&self, input: &[u16]) -> Option<Vec<u16>> {
        let first = self.first_change(input)?;
        let mut output = Output::with_room(input.len());
        output.units[..first].copy_from_slice(&input[..first]);
        output.len = first;
        let in_space = first > 0 && self.is_space(input[first - 1]);
        self.run(input, first, in_space, &mut output, &mut ());
        Some(output.finish())
    }

    /// Normalizes UTF-16 code units and aligns the result to them, in code points.
    pub fn normalize_utf16_aligned(&self, input: &[u16]) -> Result<(Option<Vec<u16>>, Alignment)> {
        if input.len() > u32::MAX as usize {
            return Err(Error::TextTooLong(input.len()));
        }
        if self.first_change(input).is_none() {
            return Ok((None, Alignment::identity(code_points(input))?));
        }
        let mut output = Output::with_room(input.len());
        let mut builder = AlignmentBuilder::new(input.len());
        self.run(input, 0, false, &mut output, &mut builder);
        Ok((Some(output.finish()), builder.finish()?))
    }

    fn is_space(&self, unit: u16) -> bool {
        matches!(
            self.table.actions[unit as usize],
            Action::Space | Action::Break
        )
    }

    /// Where the first unit that normalization changes stands, if any.
    fn first_change(&self, input: &[u16]) -> Option<usize> {
        let (actions, fast) = (&self.table.actions, &self.table.fast);
        let mut in_space = false;
        for (i, &unit) in input.iter().enumerate() {
            if fast[unit as usize] & !SLOW_WHEN_ALIGNING == unit as u32 | ADVANCE {
                in_space = false;
                continue;
            }
            match actions[unit as usize] {
                Action::Keep if is_lone_surrogate(input, i) => return Some(i),
                Action::Keep => in_space = false,
                Action::Space if unit == 0x20 && !in_space => in_space = true,
                Action::Break if unit == 0x0A && !in_space => in_space = true,
                Action::FinalYeh if !self.ends_word(input, i + 1) => in_space = false,
                _ => return Some(i),
            }
        }
        None
    }

    /// The normalization loop, from `input[start..]`, reporting every code point to `recorder`.
    #[inline(always)]
    fn run<R: Recorder>(
        &self,
        input: &[u16],
        start: usize,
        mut in_space: bool,
        output: &mut Output,
        recorder: &mut R,
    ) {
        let (actions, fast) = (&*self.table.actions, &*self.table.fast);
        let slow = if R::ALIGNS {
            SLOW | SLOW_WHEN_ALIGNING
        } else {
            SLOW
        };
        let mut word = recorder.take_word();
        let mut i = start;
        loop {
            // The common units: one for one, or none, with no branch on which.
            let mut len = output.len;
            while let Some(&unit) = input.get(i) {
                let entry = fast[unit as usize];
                if entry & slow != 0 {
                    break;
                }
                let advance = entry & ADVANCE != 0;
                output.units[len] = entry as u16;
                len += advance as usize;
                recorder.record(&mut word, advance, false);
                in_space &= !advance;
                i += 1;
            }
            output.len = len;
            let Some(&unit) = input.get(i) else {
                return recorder.put_word(word);
            };
            match actions[unit as usize] {
                Action::Keep => {
                    output.push(if is_lone_surrogate(input, i) {
                        0xFFFD
                    } else {
                        unit
                    });
                    // The low half of a surrogate pair is the same code point as the high half.
                    let continues_pair =
                        is_low_surrogate(unit) && i > 0 && is_high_surrogate(input[i - 1]);
                    if !continues_pair {
                        recorder.record(&mut word, true, false);
                    }
                    in_space = false;
                }
                Action::Map(to) => {
                    output.push(to);
                    recorder.record(&mut word, true, false);
                    in_space = false;
                }
                Action::Mark => recorder.record(&mut word, false, false),
                Action::Drop => recorder.record(&mut word, false, true),
                Action::Expand { start, len } => {
                    let start = start as usize;
                    output.extend(&self.table.expansions[start..start + len as usize]);
                    recorder.expand(&mut word, len as u32);
                    in_space = false;
                }
                // A space after a space joins it; a line break turns the run into one.
                Action::Space if in_space => recorder.record(&mut word, false, false),
                Action::Break if in_space => {
                    if let Some(last) = output.last_mut() {
                        *last = 0x0A;
                    }
                    recorder.record(&mut word, false, false);
                }
                Action::Space => {
                    output.push(0x20);
                    recorder.record(&mut word, true, false);
                    in_space = true;
                }
                Action::Break => {
                    output.push(0x0A);
                    recorder.record(&mut word, true, false);
                    in_space = true;
                }
                Action::FinalYeh => {
                    output.push(if self.ends_word(input, i + 1) {
                        0x0649
                    } else {
                        0x064A
                    });
                    recorder.record(&mut word, true, false);
                    in_space = false;
                }
            }
            i += 1;
        }
    }

    /// [`ends_word`](Self::ends_word) of the text after a character, none of it beyond the
    /// table's units.
    fn ends_word_str(&self, rest: &str) -> bool {
        let actions = &self.table.actions;
        !rest
            .chars()
            .find(|&c| actions[c as usize] != Action::Mark)
            .is_some_and(|c| is_arabic_letter(c as u16))
    }

    /// Whether no Arabic letter follows at `next`, past the marks normalization removes.
    fn ends_word(&self, input: &[u16], next: usize) -> bool {
        let actions = &self.table.actions;
        !input[next.min(input.len())..]
            .iter()
            .find(|&&unit| actions[unit as usize] != Action::Mark)
            .is_some_and(|&unit| is_arabic_letter(unit))
    }
}

/// The output of the loop. It always has room for one unit per input unit still to come, so the
/// common case writes without growing: a removed unit is written and not counted.
struct Output {
    units: Vec<u16>,
    len: usize,
}

impl Output {
    fn with_room(units: usize) -> Output {
        Output {
            units: vec![0; units],
            len: 0,
        }
    }

    fn push(&mut self, unit: u16) {
        self.units[self.len] = unit;
        self.len += 1;
    }

    /// Writes several units for one input unit.
    fn extend(&mut self, units: &[u16]) {
        let extra = units.len().saturating_sub(1);
        self.units.resize(self.units.len() + extra, 0);
        self.units[self.len..self.len + units.len()].copy_from_slice(units);
        self.len += units.len();
    }

    fn last_mut(&mut self) -> Option<&mut u16> {
        self.len.checked_sub(1).map(|last| &mut self.units[last])
    }

    fn finish(mut self) -> Vec<u16> {
        self.units.truncate(self.len);
        self.units
    }
}

fn is_arabic_letter(unit: u16) -> bool {
    matches!(unit,
        0x0620..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF
        | 0x06FA..=0x06FC | 0x06FF | 0x0750..=0x077F | 0x08A0..=0x08C9 | 0xFB50..=0xFDFB
        | 0xFE70..=0xFEFC)
}

fn is_high_surrogate(unit: u16) -> bool {
    (0xD800..0xDC00).contains(&unit)
}

fn is_low_surrogate(unit: u16) -> bool {
    (0xDC00..0xE000).contains(&unit)
}

/// Whether `input[i]` is half of no surrogate pair.
fn is_lone_surrogate(input: &[u16], i: usize) -> bool {
    let unit = input[i];
    if is_high_surrogate(unit) {
        !input.get(i + 1).is_some_and(|&next| is_low_surrogate(next))
    } else {
        is_low_surrogate(unit) && !(i > 0 && is_high_surrogate(input[i - 1]))
    }
}

/// The number of code points in UTF-16 code units, as Python counts them.
pub fn code_points(units: &[u16]) -> usize {
    let pairs = units
        .windows(2)
        .filter(|w| is_high_surrogate(w[0]) && is_low_surrogate(w[1]))
        .count();
    units.len() - pairs
}

/// Output built from valid UTF-16 input is valid UTF-16: normalization never splits a pair.
fn from_utf16(units: &[u16]) -> String {
    // normalization keeps surrogate pairs whole, and makes a lone surrogate U+FFFD
    crate::tokens::decode_utf16(units)
}

#[cfg(test)]
mod tests;
