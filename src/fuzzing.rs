//! The fuzz targets of `fuzz/`, as plain functions: each takes arbitrary bytes, runs one entry
//! point of the core and checks what it returns. A target panics only on a bug: a panic in the
//! core, or a span outside the text, out of order, or whose text is not the text's own slice.
//!
//! They live here, not in `fuzz/`, so that `cargo test` on stable replays the committed corpus
//! (`fuzz/corpus/<target>/`) through the very same checks; `cargo +nightly fuzz run <target>`
//! explores from it.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::normalize::{code_points, Alignment, Normalizer, Options, StepValue, STEPS};
use crate::quotes::{Entity, Lexicon, Quote, Term, FILES, SPEAKER_TYPES};

/// A fuzz target: bytes in, a panic on a bug.
pub type Target = fn(&[u8]);

/// The targets, as `fuzz/fuzz_targets/<name>.rs` and `fuzz/corpus/<name>/` name them.
pub const TARGETS: [(&str, Target); 7] = [
    ("normalize", normalize),
    ("numbers", numbers),
    ("quotes", quotes),
    ("article", article),
    ("terms", terms),
    ("lexicon", lexicon),
    ("stories", stories),
];

/// Arbitrary bytes read as choices, then text.
struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    fn byte(&mut self) -> u8 {
        let (&first, rest) = self.data.split_first().unwrap_or((&0, &[]));
        self.data = rest;
        first
    }

    /// The rest as text: UTF-8, lossily, or (when `utf16`) native-endian UTF-16 code units,
    /// which may hold lone surrogates, as a Python str may not but the UTF-16 entry points take.
    fn units(&mut self, utf16: bool) -> Vec<u16> {
        let rest = std::mem::take(&mut self.data);
        if utf16 {
            rest.chunks_exact(2)
                .map(|pair| u16::from_ne_bytes([pair[0], pair[1]]))
                .collect()
        } else {
            String::from_utf8_lossy(rest).encode_utf16().collect()
        }
    }

    /// The next piece of text, up to a NUL byte (or the end).
    fn piece(&mut self) -> String {
        let end = self.data.iter().position(|&b| b == 0);
        let (piece, rest) = match end {
            Some(end) => (&self.data[..end], &self.data[end + 1..]),
            None => (self.data, &[][..]),
        };
        self.data = rest;
        String::from_utf8_lossy(piece).into_owned()
    }
}

/// The code points of `units` as Python counts them, to slice the text the way offsets do.
fn chars(units: &[u16]) -> Vec<char> {
    char::decode_utf16(units.iter().copied())
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Checks that `start..end` is a span of `text` (in code points) whose text, when given, is
/// the text's own slice.
fn check_span(what: &str, text: &[char], start: usize, end: usize, slice: Option<&str>) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: span {start}..{end} is not within a text of {} code points",
        text.len()
    );
    if let Some(slice) = slice {
        let own: String = text[start..end].iter().collect();
        assert_eq!(slice, own, "{what}: the text of span {start}..{end}");
    }
}

/// Options from the steps' values, each chosen by a byte; the quotation mark may be any
/// character of the BMP, as `Normalizer(quotes=...)` takes.
fn options(input: &mut Input) -> Options {
    let mut options = match input.byte() % 3 {
        0 => Options::SEARCH,
        1 => Options::DISPLAY,
        _ => Options::NONE,
    };
    let flags = u16::from_le_bytes([input.byte(), input.byte()]);
    for (k, step) in STEPS.iter().enumerate() {
        if flags >> k & 1 == 0 {
            continue;
        }
        let choice = input.byte();
        let value = match (*step, choice % 4) {
            (_, 0) => StepValue::Switch(false),
            (_, 1) => StepValue::Switch(true),
            ("hamza", _) => StepValue::Variant("carrier".to_owned()),
            ("alef_maqsura", _) => StepValue::Variant("alef_maqsura".to_owned()),
            ("quotes", _) => {
                let mark = u16::from_le_bytes([input.byte(), input.byte()]);
                let mark = char::from_u32(mark.into()).unwrap_or('«');
                StepValue::Variant(mark.to_string())
            }
            _ => StepValue::Switch(choice % 2 == 0),
        };
        // a value a step does not take is refused, never a panic
        let _ = options.set(step, value);
    }
    options
}

/// Normalization with any options: the fast path and the aligned one agree, the output of a
/// valid text is valid, and the alignment maps every span within both texts.
pub fn normalize(data: &[u8]) {
    let mut input = Input { data };
    let options = options(&mut input);
    let utf16 = input.byte() % 4 == 0;
    let probes = [input.byte(), input.byte(), input.byte(), input.byte()];
    let units = input.units(utf16);
    let normalizer = Normalizer::new(options);
    let fast = normalizer.normalize_utf16(&units);
    let (aligned, alignment) = normalizer
        .normalize_utf16_aligned(&units)
        .expect("a short text aligns");
    assert_eq!(fast, aligned, "the fast and the aligned paths differ");
    let output = aligned.as_deref().unwrap_or(&units);
    assert_eq!(alignment.original_len(), code_points(&units));
    assert_eq!(alignment.normalized_len(), code_points(output));
    if let Ok(text) = String::from_utf16(&units) {
        let normalized = String::from_utf16(output).expect("valid text normalizes to valid text");
        assert_eq!(normalizer.normalize(&text), normalized);
        let with = normalizer.normalize_with_alignment(&text).unwrap();
        assert_eq!((with.text, &with.alignment), (normalized, &alignment));
    }
    let (original_len, normalized_len) = (alignment.original_len(), alignment.normalized_len());
    let span = |a: u8, b: u8, len: usize| {
        let (a, b) = (a as usize % (len + 1), b as usize % (len + 1));
        (a.min(b), a.max(b))
    };
    let (start, end) = span(probes[0], probes[1], normalized_len);
    let (from, to) = alignment.to_original(start, end).unwrap();
    assert!(
        from <= to && to <= original_len,
        "to_original({start}, {end}) = {from}..{to}"
    );
    let (start, end) = span(probes[2], probes[3], original_len);
    let (from, to) = alignment.to_normalized(start, end).unwrap();
    assert!(
        from <= to && to <= normalized_len,
        "to_normalized({start}, {end}) = {from}..{to}"
    );
    let (original, normalized) = (chars(&units), chars(output));
    for (a, b, c, d) in alignment.changes(&original, &normalized) {
        assert!(a <= b && b <= original_len && c <= d && d <= normalized_len);
    }
    assert_eq!(
        Alignment::from_parts(alignment.parts()).as_ref(),
        Ok(&alignment)
    );
}

/// A reference date from four bytes: any day chrono can hold, the edges included.
fn reference(input: &mut Input) -> Option<NaiveDate> {
    let raw = i32::from_le_bytes([input.byte(), input.byte(), input.byte(), input.byte()]);
    match raw % 8 {
        0 => None,
        1 => Some(NaiveDate::MAX),
        2 => Some(NaiveDate::MIN),
        3 => NaiveDate::from_ymd_opt(9999, 12, 31),
        4 => NaiveDate::from_ymd_opt(1, 1, 1),
        _ => NaiveDate::from_num_days_from_ce_opt(raw % 4_000_000),
    }
}

/// Numeric facts: every span (the fact's, its noun's) lies within the text and holds its text;
/// resolved dates have four-digit years.
pub fn numbers(data: &[u8]) {
    let mut input = Input { data };
    let reference = reference(&mut input);
    let utf16 = input.byte() % 4 == 0;
    let units = input.units(utf16);
    let text = chars(&units);
    for fact in crate::numbers::extract_utf16(&units, reference) {
        check_span("fact", &text, fact.start, fact.end, Some(&fact.text));
        if let Some(noun) = &fact.counted_noun {
            check_span("noun", &text, noun.start, noun.end, Some(&noun.text));
        }
        if let Some(resolved) = &fact.resolved {
            let year = resolved.split(['-', '/']).next().unwrap_or("");
            assert!(
                year.len() == 4 || year.contains(':'),
                "resolved {resolved:?} has no four-digit year"
            );
        }
    }
}

/// Checks every span of a quote.
fn check_quote(text: &[char], quote: &Quote) {
    let content = &quote.content;
    check_span(
        "content",
        text,
        content.start,
        content.end,
        Some(&content.text),
    );
    let spans = [
        ("cue", &quote.cue),
        ("speaker", &quote.speaker_mention),
        ("role", &quote.role),
    ];
    for (what, span) in spans {
        if let Some(span) = span {
            check_span(what, text, span.start, span.end, Some(&span.text));
        }
    }
    for fragment in &quote.fragments {
        let text_of = Some(fragment.text.as_str());
        check_span("fragment", text, fragment.start, fragment.end, text_of);
    }
}

/// Quotes with the bundled lexicons: every span lies within the text and holds its text.
pub fn quotes(data: &[u8]) {
    let mut input = Input { data };
    let day = reference(&mut input);
    let utf16 = input.byte() % 4 == 0;
    let units = input.units(utf16);
    let text = chars(&units);
    for quote in crate::quotes::extract_utf16(&units, &Lexicon::builtin(), day) {
        check_quote(&text, &quote);
    }
}

/// Article parts: in order, not overlapping, within the text.
pub fn article(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let len = text.chars().count();
    let mut last_end = 0;
    for part in crate::article::parts(&text) {
        assert!(
            last_end <= part.start && part.start < part.end && part.end <= len,
            "part {part:?} after {last_end} in a text of {len}"
        );
        last_end = part.end;
    }
}

/// Up to four articles, each a publication time (any second of ±6,000 years) and a text (its
/// first line the title or not), grouped into stories: each article in the story it is said to be
/// in; and each word a text spells a term with is a word of that text.
pub fn stories(data: &[u8]) {
    let mut input = Input { data };
    let count = usize::from(input.byte() % 5);
    let read: Vec<(String, Option<f64>)> = (0..count)
        .map(|_| {
            let when = i64::from(i32::from_le_bytes([0; 4].map(|_| input.byte())));
            let time = (input.byte() % 8 != 0).then_some(when as f64 * 100.0);
            (input.piece(), time)
        })
        .collect();
    let articles: Vec<crate::stories::Article<'_>> = read
        .iter()
        .map(|(text, time)| crate::stories::Article {
            text,
            title: text.lines().next().filter(|_| text.len() % 2 == 0),
            time: *time,
            outlet: text.lines().nth(1),
        })
        .collect();
    let mut index = crate::stories::StoryIndex::new(crate::stories::Settings::default());
    index.add(&articles);
    for (text, _) in &read {
        for (term, word) in crate::stories::StoryIndex::spellings_of(text) {
            assert!(!term.is_empty() && text.contains(&word), "{term} {word}");
        }
    }
    let (stories, story_of) = index.stories();
    assert_eq!(story_of.len(), count);
    for (k, &s) in story_of.iter().enumerate() {
        let story = &stories[s as usize];
        assert!(
            story.members.contains(&(k as u32)),
            "{k} not in its story {story:?}"
        );
    }
}

/// Terms from the first pieces (one wording a line, a term a piece), found in the last: every
/// match lies within the text, in order and apart.
pub fn terms(data: &[u8]) {
    let mut input = Input { data };
    let count = input.byte() % 4;
    let terms: Vec<(String, Vec<String>)> = (0..count)
        .map(|k| {
            let piece = input.piece();
            (k.to_string(), piece.lines().map(str::to_owned).collect())
        })
        .collect();
    let utf16 = input.byte() % 4 == 0;
    let units = input.units(utf16);
    let Ok(terms) = crate::terms::Terms::new(terms) else {
        return;
    };
    let len = code_points(&units);
    let mut last_end = 0;
    for found in terms.find_utf16(&units).unwrap() {
        assert!(found.term < terms.names().len());
        assert!(
            last_end <= found.start && found.start <= found.end && found.end <= len,
            "{found:?} after {last_end} in a text of {len}"
        );
        last_end = found.end;
    }
}

/// A text every lexicon has something to say about.
const SAMPLE: &str = "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحافيين إن المحادثات كانت \
    بناءة. وتابع: \"سنواصل العمل\". وأكد الرئيس الروسي أن الجانبين اتفقا على «مواصلة \
    الاتصالات»، بحسب مصادر مطلعة.\nوقالت الوكالة الأمريكية إن البيان صدر أمس.";

/// Lexicon loading from arbitrary rows: the pieces are (lexicon, rows) pairs and entities; the
/// lexicon built, or a clear error, never a panic, and its quotes well formed.
pub fn lexicon(data: &[u8]) {
    let mut input = Input { data };
    let count = input.byte() % 4;
    let mut extra: Vec<(&str, String)> = Vec::new();
    let mut entities = Vec::new();
    for _ in 0..count {
        let which = input.byte() as usize;
        let rows = input.piece();
        if which % 12 < FILES.len() {
            extra.push((FILES[which % 12], rows));
        } else {
            // name, type, side, aliases: one a line
            let mut lines = rows.lines();
            let mut next = || lines.next().unwrap_or("").to_owned();
            let name = next();
            let kind = match which % 3 {
                0 => next(),
                _ => SPEAKER_TYPES[which / 3 % 4].to_owned(),
            };
            let side = Some(next()).filter(|s| !s.is_empty());
            let aliases = vec![next(), next()];
            let roles = vec![next()];
            let terms = Term::parse(&next()).into_iter().collect();
            entities.push(Entity {
                name,
                kind,
                side,
                aliases,
                roles,
                terms,
            });
        }
    }
    let borrowed: Vec<(&str, &str)> = extra.iter().map(|(n, r)| (*n, r.as_str())).collect();
    let Ok(lexicon) = Lexicon::extended(&borrowed, entities) else {
        return;
    };
    let lexicon = Arc::new(lexicon);
    let units: Vec<u16> = SAMPLE.encode_utf16().collect();
    let text = chars(&units);
    for quote in crate::quotes::extract_utf16(&units, &lexicon, None) {
        check_quote(&text, &quote);
    }
    // and the rows read as text
    let rows: String = extra.iter().map(|(_, r)| r.as_str()).collect();
    let units: Vec<u16> = rows.encode_utf16().collect();
    let text = chars(&units);
    for quote in crate::quotes::extract_utf16(&units, &lexicon, None) {
        check_quote(&text, &quote);
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::TARGETS;

    /// Every input of the committed corpus, run through its target's checks (a thread a
    /// target): the fuzzers' findings stay fixed without nightly.
    #[test]
    fn the_fuzz_corpus_replays_clean() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
        let replayed: usize = std::thread::scope(|scope| {
            let runs: Vec<_> = TARGETS
                .iter()
                .map(|&(name, target)| {
                    let dir = root.join(name);
                    scope.spawn(move || {
                        let Ok(entries) = std::fs::read_dir(&dir) else {
                            return 0;
                        };
                        let mut count = 0;
                        for entry in entries {
                            let path = entry.unwrap().path();
                            let data = std::fs::read(&path).unwrap();
                            let outcome = std::panic::catch_unwind(|| target(&data));
                            assert!(outcome.is_ok(), "fuzz/corpus/{name}: {}", path.display());
                            count += 1;
                        }
                        count
                    })
                })
                .collect();
            runs.into_iter().map(|run| run.join().unwrap()).sum()
        });
        assert!(
            replayed > 0 || !root.exists(),
            "no corpus under {}",
            root.display()
        );
    }

    #[test]
    fn every_target_takes_nothing_and_anything() {
        for (_, target) in TARGETS {
            target(&[]);
            target(&[0xFF; 64]);
            target("وقال الرئيس إن 30 يوما مرت في 19 مارس 2025\n«نعم»".as_bytes());
        }
    }
}
