//! Tokens of a normalized text: words, numbers written in digits, and single punctuation marks,
//! with their offsets in code points of the normalized text, and the way back to the original.

use crate::normalize::{Alignment, Normalizer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Mark,
}

#[derive(Clone, Debug)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// For a number: its value; for a word: nothing.
    pub value: Option<f64>,
    /// Whether a line break separates this token from the one before.
    pub after_break: bool,
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 8);
    // the byte offset and the code-point index of the next character
    let (mut byte, mut index) = (0, 0);
    let at = |byte: usize| text[byte..].chars().next();
    let mut after_break = false;
    while let Some(c) = at(byte) {
        let (start_byte, start) = (byte, index);
        byte += c.len_utf8();
        index += 1;
        if c.is_whitespace() {
            after_break |= c == '\n';
            continue;
        }
        let digit_after = |byte: usize| at(byte).is_some_and(|d| d.is_ascii_digit());
        // a decimal without its leading zero: .77
        let leading_point = c == '.'
            && digit_after(byte)
            && !text[..start_byte].ends_with(|d: char| d.is_ascii_digit());
        let kind = if c.is_ascii_digit() || leading_point {
            // digits, with . or , between digits (1.5, 1,000,000)
            while let Some(next) = at(byte) {
                let separator = matches!(next, '.' | ',') && digit_after(byte + 1);
                if !(next.is_ascii_digit() || separator) {
                    break;
                }
                byte += next.len_utf8();
                index += 1;
            }
            Kind::Number
        } else if is_letter(c) {
            // a change of script ends a word: scraped pages glue "icon" to "دقائق"
            let arabic = is_arabic(c);
            while let Some(next) = at(byte).filter(|&n| is_letter(n) && is_arabic(n) == arabic) {
                byte += next.len_utf8();
                index += 1;
            }
            Kind::Word
        } else {
            Kind::Mark
        };
        let slice = &text[start_byte..byte];
        tokens.push(Token {
            kind,
            text: slice,
            start,
            end: index,
            value: (kind == Kind::Number)
                .then(|| parse_number(slice))
                .flatten(),
            after_break,
        });
        after_break = false;
    }
    tokens
}

/// Letters of words: Arabic ones are looked up by range, the rest by Unicode.
fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x0621..=0x064A | 0x066E..=0x06D3) || c.is_alphabetic()
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The value of digits with separators: `,` before exactly three digits groups thousands,
/// otherwise it is a decimal comma.
fn parse_number(text: &str) -> Option<f64> {
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

/// The original text, sliced by code points: directly when it has no surrogate pairs (one unit a
/// code point), through an index of where each code point starts when it has.
pub struct Original<'a> {
    units: &'a [u16],
    starts: Option<Vec<usize>>,
}

impl<'a> Original<'a> {
    pub fn new(units: &'a [u16]) -> Self {
        let paired = units.iter().any(|u| (0xD800..0xDC00).contains(u));
        let starts = paired.then(|| {
            let mut starts: Vec<usize> = (0..units.len())
                .filter(|&i| {
                    !(i > 0
                        && (0xDC00..0xE000).contains(&units[i])
                        && (0xD800..0xDC00).contains(&units[i - 1]))
                })
                .collect();
            starts.push(units.len());
            starts
        });
        Original { units, starts }
    }

    pub fn slice(&self, start: usize, end: usize) -> String {
        let (from, to) = match &self.starts {
            None => (start, end),
            Some(starts) => (starts[start], starts[end]),
        };
        let units = &self.units[from..to];
        // the strict decoder is the faster, and the text is nearly always valid
        String::from_utf16(units).unwrap_or_else(|_| String::from_utf16_lossy(units))
    }
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
        // from_utf16 reserves the whole length at once; the lossy form grows as it goes
        let normalized =
            String::from_utf16(normalized).unwrap_or_else(|_| String::from_utf16_lossy(normalized));
        Some(Prepared {
            normalized,
            alignment,
            original: Original::new(units),
        })
    }

    /// The original span behind normalized code points `start..end`, and its text.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize, String) {
        let (start, end) = self.alignment.to_original(start, end).unwrap_or((0, 0));
        (start, end, self.original.slice(start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(tokens[4].value, Some(1_000_000.0));
        assert_eq!(tokens[8].value, Some(2.5));
        assert_eq!(tokenize("99999999999999999999999999999").len(), 1);
        let glued: Vec<&str> = tokenize("iconدقائق").into_iter().map(|t| t.text).collect();
        assert_eq!(glued, ["icon", "دقائق"]);
    }
}
