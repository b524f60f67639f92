//! The lexicon of `lexicons/normalization.tsv`, compiled for one set of options into a table
//! that says, for every UTF-16 code unit, what normalization does to it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::options::{AlefMaqsura, Options};

const LEXICON: &str = include_str!("../../lexicons/normalization.tsv");

/// What happens to one code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    Keep,
    Map(u16),
    /// Removed; belongs to the letter before it.
    Mark,
    /// Removed; belongs to nothing.
    Drop,
    /// Replaced by `len` units of the table's expansion pool, from `start`.
    Expand {
        start: u32,
        len: u16,
    },
    Space,
    Break,
    /// ي that becomes ى when it ends a word.
    FinalYeh,
}

/// What one lexicon row replaces its code points with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Replacement {
    CodePoint(u32),
    Mark,
    Drop,
    Space,
    Break,
    Quote,
    Nfkc,
}

#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub step: String,
    pub variant: Option<String>,
    pub ranges: Vec<(u32, u32)>,
    pub replacement: Replacement,
}

/// The rows of the lexicon. It is part of the source, so a malformed row is a bug the tests catch.
pub(crate) fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        parse(LEXICON).unwrap_or_else(|line| panic!("lexicons/normalization.tsv: bad row {line:?}"))
    })
}

fn parse(source: &str) -> Result<Vec<Rule>, String> {
    let hex = |s: &str| u32::from_str_radix(s, 16).ok();
    source
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let bad = || line.to_owned();
            let mut columns = line.split('\t');
            let (Some(step), Some(code_points), Some(replacement)) =
                (columns.next(), columns.next(), columns.next())
            else {
                return Err(bad());
            };
            let (step, variant) = match step.split_once(':') {
                Some((step, variant)) => (step, Some(variant.to_owned())),
                None => (step, None),
            };
            let ranges = code_points
                .split_whitespace()
                .map(|item| match item.split_once('-') {
                    Some((a, b)) => hex(a).zip(hex(b)),
                    None => hex(item).map(|a| (a, a)),
                })
                .collect::<Option<Vec<_>>>()
                .filter(|ranges| !ranges.is_empty() && ranges.iter().all(|(a, b)| a <= b))
                .ok_or_else(bad)?;
            let replacement = match replacement {
                "mark" => Replacement::Mark,
                "drop" => Replacement::Drop,
                "space" => Replacement::Space,
                "break" => Replacement::Break,
                "quote" => Replacement::Quote,
                "nfkc" => Replacement::Nfkc,
                code_point => Replacement::CodePoint(hex(code_point).ok_or_else(bad)?),
            };
            Ok(Rule {
                step: step.to_owned(),
                variant,
                ranges,
                replacement,
            })
        })
        .collect()
}

/// How many tables the cache keeps beyond those in use.
const CACHED_TABLES: usize = 16;

/// The tables built so far, by their options.
fn cache() -> std::sync::MutexGuard<'static, HashMap<Options, Arc<Table>>> {
    static CACHE: OnceLock<Mutex<HashMap<Options, Arc<Table>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Flags of a [`Table::fast`] entry, above its 16-bit replacement.
/// The replacement is written (a removed unit writes nothing).
pub(crate) const ADVANCE: u32 = 1 << 16;
/// The unit needs its full [`Action`].
pub(crate) const SLOW: u32 = 1 << 17;
/// The unit needs its full [`Action`] when an alignment is kept: surrogates, of which a pair is
/// one code point, and the (rare) removed characters that belong to nothing.
pub(crate) const SLOW_WHEN_ALIGNING: u32 = 1 << 18;

/// The compiled form of one set of options.
pub(crate) struct Table {
    pub actions: Box<[Action; 0x1_0000]>,
    pub expansions: Vec<u16>,
    /// For each unit, its one-unit replacement or removal with flags, so that the common cases
    /// are one load and a write without a branch; see [`ADVANCE`], [`SLOW`], [`SLOW_WHEN_ALIGNING`].
    pub fast: Box<[u32; 0x1_0000]>,
}

impl Table {
    /// The table for `options`, built once per distinct set of options and shared. A table takes
    /// hundreds of KB and options have millions of combinations (any mark for `quotes`), so the
    /// cache forgets the tables no normalizer uses once it holds [`CACHED_TABLES`].
    pub fn for_options(options: &Options) -> Arc<Table> {
        let mut cache = cache();
        if let Some(table) = cache.get(options) {
            return table.clone();
        }
        if cache.len() >= CACHED_TABLES {
            cache.retain(|_, table| Arc::strong_count(table) > 1);
        }
        let table = Arc::new(Table::build(options));
        cache.insert(*options, table.clone());
        table
    }

    fn build(options: &Options) -> Table {
        let mut table = Table {
            actions: every_unit(Action::Keep),
            expansions: Vec::new(),
            fast: every_unit(0),
        };
        let mut nfkc = Vec::new();
        for rule in rules() {
            if !options.applies(&rule.step, rule.variant.as_deref()) {
                continue;
            }
            for &(first, last) in &rule.ranges {
                for code_point in first..=last.min(0xFFFF) {
                    let action = match rule.replacement {
                        Replacement::CodePoint(to) => Action::Map((to + code_point - first) as u16),
                        Replacement::Mark => Action::Mark,
                        Replacement::Drop => Action::Drop,
                        Replacement::Space => Action::Space,
                        Replacement::Break => Action::Break,
                        Replacement::Quote => Action::Map(options.quotes.unwrap_or('"') as u16),
                        Replacement::Nfkc => {
                            nfkc.push(code_point);
                            continue;
                        }
                    };
                    table.actions[code_point as usize] = action;
                }
            }
        }
        if options.alef_maqsura == Some(AlefMaqsura::AlefMaqsura) {
            // The lexicon row says ي → ى; the loop applies it at the end of a word only.
            table.actions[0x064A] = Action::FinalYeh;
        }
        if options.case_fold {
            for code_point in 0..=0xFFFF_u32 {
                let Some(c) = char::from_u32(code_point) else {
                    continue;
                };
                if table.actions[code_point as usize] == Action::Keep && c.is_uppercase() {
                    let lower: String = c.to_lowercase().collect();
                    table.actions[code_point as usize] = table.replace_with(&lower, c);
                }
            }
        }
        // Presentation forms go last: their base letters are then normalized by the other steps.
        for code_point in nfkc {
            let c = char::from_u32(code_point).expect("not a surrogate");
            let mut base: String = std::iter::once(c).nfkc().collect();
            // Isolated forms of harakat (ﹰ, ﱞ) are a space carrying the mark: keep the mark only.
            if base.starts_with(' ')
                && base.chars().skip(1).all(is_combining_mark)
                && base.len() > 1
            {
                base.remove(0);
            }
            let action = table.replace_with(&base, c);
            table.actions[code_point as usize] = action;
        }
        for (code_point, action) in table.actions.iter_mut().enumerate() {
            if *action == Action::Map(code_point as u16) {
                *action = Action::Keep;
            }
        }
        let fast = (0..=0xFFFF_u32).map(|unit| match table.actions[unit as usize] {
            // a lone surrogate becomes U+FFFD: see `Normalizer::normalize_utf16`
            Action::Keep if (0xD800..0xE000).contains(&unit) => SLOW,
            Action::Keep => unit | ADVANCE,
            Action::Map(to) => to as u32 | ADVANCE,
            Action::Mark => 0,
            Action::Drop => SLOW_WHEN_ALIGNING,
            _ => SLOW,
        });
        table
            .fast
            .iter_mut()
            .zip(fast)
            .for_each(|(slot, entry)| *slot = entry);
        table
    }

    /// The action that writes `replacement` for `original`, itself passed through the table.
    fn replace_with(&mut self, replacement: &str, original: char) -> Action {
        let mut units = Vec::new();
        let mut removed_mark = false;
        for c in replacement.chars() {
            let code_point = c as usize;
            let action = if code_point <= 0xFFFF {
                self.actions[code_point]
            } else {
                Action::Keep
            };
            match action {
                Action::Keep | Action::FinalYeh => {
                    units.extend(c.encode_utf16(&mut [0; 2]).iter().copied())
                }
                Action::Map(to) => units.push(to),
                Action::Mark => removed_mark = true,
                Action::Drop => {}
                Action::Space => units.push(0x20),
                Action::Break => units.push(0x0A),
                Action::Expand { start, len } => {
                    let start = start as usize;
                    units.extend_from_slice(&self.expansions[start..start + len as usize]);
                }
            }
        }
        match units.as_slice() {
            [] if removed_mark => Action::Mark,
            [] => Action::Drop,
            [unit] if *unit as u32 == original as u32 => Action::Keep,
            &[unit] => Action::Map(unit),
            _ => {
                let start = self.expansions.len() as u32;
                self.expansions.extend_from_slice(&units);
                Action::Expand {
                    start,
                    len: units.len() as u16,
                }
            }
        }
    }
}

/// A table with one entry for every UTF-16 code unit: indexing it with a `u16` needs no check.
fn every_unit<T: Copy>(value: T) -> Box<[T; 0x1_0000]> {
    vec![value; 0x1_0000]
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("the length is right"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn lexicon_parses_and_each_code_point_has_one_rule_per_variant() {
        let mut seen = HashSet::new();
        for rule in rules() {
            for &(first, last) in &rule.ranges {
                for code_point in first..=last {
                    let key = (rule.step.clone(), rule.variant.clone(), code_point);
                    assert!(
                        seen.insert(key),
                        "U+{code_point:04X} twice in {}",
                        rule.step
                    );
                }
            }
        }
        // Across steps, a code point may appear only under alternative variants of one step.
        let mut step_of = HashMap::new();
        for (step, _, code_point) in &seen {
            if let Some(other) = step_of.insert(*code_point, step.clone()) {
                assert_eq!(&other, step, "U+{code_point:04X} in two steps");
            }
        }
    }

    #[test]
    fn presentation_forms_expand_to_normalized_base_letters() {
        let table = Table::build(&Options::SEARCH);
        let expand = |c: char| match table.actions[c as usize] {
            Action::Expand { start, len } => {
                String::from_utf16(&table.expansions[start as usize..start as usize + len as usize])
                    .unwrap()
            }
            Action::Map(unit) => String::from_utf16(&[unit]).unwrap(),
            other => format!("{other:?}"),
        };
        assert_eq!(expand('ﻻ'), "لا");
        assert_eq!(expand('ﻷ'), "لا"); // its hamza goes with the alef step
        assert_eq!(expand('ﷺ'), "صلي الله عليه وسلم");
        assert_eq!(expand('ﺔ'), "ه");
        assert_eq!(table.actions['ﹰ' as usize], Action::Mark);
        let display = Table::build(&Options {
            presentation_forms: true,
            ..Options::NONE
        });
        assert_eq!(display.actions['ﹰ' as usize], Action::Map(0x064B));
        match display.actions['ﻷ' as usize] {
            Action::Expand { start, len } => assert_eq!(
                &display.expansions[start as usize..(start + len as u32) as usize],
                &[0x0644, 0x0623] // ﻷ keeps its hamza: لأ
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn tables_no_normalizer_uses_are_forgotten() {
        // every quotation mark makes other options: a table each (found by fuzz/normalize,
        // which ran out of memory after 125,000 of them)
        let kept: Vec<Arc<Table>> = (0..4)
            .map(|k| {
                let quotes = char::from_u32(0x4E00 + k);
                Table::for_options(&Options {
                    quotes,
                    ..Options::NONE
                })
            })
            .collect();
        for k in 0..200 {
            let quotes = char::from_u32(0x5000 + k);
            drop(Table::for_options(&Options {
                quotes,
                ..Options::SEARCH
            }));
        }
        // the four in use survive; other tests' normalizers may hold a few more
        assert!(
            cache().len() <= CACHED_TABLES + 4 + 16,
            "{} tables",
            cache().len()
        );
        for table in &kept {
            assert!(cache().values().any(|t| Arc::ptr_eq(t, table)));
        }
    }
}
