//! What the lexicon files share: tab-separated rows, and phrases indexed by their first word.

use rustc_hash::FxHashMap as HashMap;

use crate::normalize::Normalizer;

/// The rows of a lexicon: tab-separated columns, `#` comments and blank lines skipped.
pub fn rows<'a>(source: &'a str) -> impl Iterator<Item = Vec<&'a str>> + 'a {
    source
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// A lexicon phrase as the normalized words it matches.
pub fn words(normalizer: &Normalizer, phrase: &str) -> Vec<String> {
    normalizer
        .normalize(phrase)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// Words with what they mean, for readers that look every word of a text up: a word of 16
/// bytes at most (8 Arabic letters) is found by its bytes held in the table's slot, compared as
/// integers, where a `String` key was a pointer to follow and a call to `memcmp` at each hit;
/// longer words are kept as strings.
pub struct WordMap<V> {
    short: HashMap<ShortWord, (Box<str>, V)>,
    long: HashMap<Box<str>, V>,
}

/// A word of 16 bytes at most, as its length and two 8-byte words that cover its bytes
/// (overlapping where it is shorter than 16: with the length they still tell every byte).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ShortWord {
    head: u64,
    tail: u64,
    len: usize,
}

impl ShortWord {
    fn of(word: &str) -> Option<ShortWord> {
        let bytes = word.as_bytes();
        let len = bytes.len();
        let eight = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]));
        let four = |at: usize| {
            u64::from(u32::from_le_bytes(
                bytes[at..at + 4].try_into().unwrap_or([0; 4]),
            ))
        };
        let (head, tail) = match len {
            8..=16 => (eight(0), eight(len - 8)),
            4..=7 => (four(0), four(len - 4)),
            1..=3 => {
                let byte = |at: usize| u64::from(bytes[at]);
                (byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16, 0)
            }
            0 => (0, 0),
            _ => return None,
        };
        Some(ShortWord { head, tail, len })
    }
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: HashMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        match ShortWord::of(word) {
            Some(key) => self.short.get(&key).map(|(_, value)| value),
            None => self.get_long(word),
        }
    }

    /// (apart, so that the look-up of a short word, nearly every one, has a function of its
    /// own: no registers saved for hashing a string)
    #[cold]
    #[inline(never)]
    fn get_long(&self, word: &str) -> Option<&V> {
        self.long.get(word)
    }

    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Sets the value of `word`, as `HashMap::insert` does.
    pub fn insert(&mut self, word: &str, value: V) {
        match ShortWord::of(word) {
            Some(key) => self.short.insert(key, (word.into(), value)).map(drop),
            None => self.long.insert(word.into(), value).map(drop),
        };
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        let short = self.short.values().map(|(word, value)| (&**word, value));
        short.chain(self.long.iter().map(|(word, value)| (&**word, value)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(word, _)| word)
    }

    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl WordMap<()> {
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// The last value of a word given twice stands, as in a `HashMap` collected.
impl<V, W: AsRef<str>> FromIterator<(W, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (W, V)>>(items: I) -> Self {
        let items: Vec<(W, V)> = items.into_iter().collect();
        // room for twice the words: a table at most half full finds a word, or that it is not
        // there, in its first group of slots, where one seven eighths full went on to the next
        // group for one look-up in seven
        let mut map = WordMap {
            short: HashMap::with_capacity_and_hasher(2 * items.len(), Default::default()),
            long: HashMap::default(),
        };
        for (word, value) in items {
            map.insert(word.as_ref(), value);
        }
        map
    }
}

/// Phrases of one or more words with what they mean, indexed by their first word, so that a
/// token is checked only against the phrases it can begin.
pub struct Phrases<T> {
    pub items: Vec<(Vec<String>, T)>,
    pub by_first: WordMap<Vec<usize>>,
}

impl<T> Phrases<T> {
    /// The phrases that begin with `word`.
    pub fn starting_with(&self, word: &str) -> impl Iterator<Item = &(Vec<String>, T)> {
        let found = self.by_first.get(word).map_or(&[][..], Vec::as_slice);
        found.iter().map(|&k| &self.items[k])
    }

    pub fn firsts(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys()
    }
}

/// A phrase that normalizes to no word at all (a tatweel, a bidi mark, a lone haraka) can match
/// nothing, so it is left out.
impl<T> FromIterator<(Vec<String>, T)> for Phrases<T> {
    fn from_iter<I: IntoIterator<Item = (Vec<String>, T)>>(items: I) -> Self {
        let items: Vec<(Vec<String>, T)> = items
            .into_iter()
            .filter(|(words, _)| !words.is_empty())
            .collect();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        for (k, (words, _)) in items.iter().enumerate() {
            by_first.entry(&words[0]).or_default().push(k);
        }
        let by_first = by_first.into_iter().collect();
        Phrases { items, by_first }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Options;

    /// A word is found by its bytes whatever its length (the short ones held as integers, the
    /// longer as strings), and no other word of its length with other bytes is.
    #[test]
    fn a_word_map_finds_each_word_and_no_other() {
        let words: Vec<String> = (0..=40)
            .map(|n| (0..n).map(|k| char::from(b'a' + (k % 26) as u8)).collect())
            .chain(["ب", "من", "ثلاثة", "الثلاثاء", "والاستثمارات"].map(String::from))
            .collect();
        let map: WordMap<usize> = words.iter().enumerate().map(|(k, w)| (w, k)).collect();
        assert_eq!(map.len(), words.len());
        for (k, word) in words.iter().enumerate() {
            assert_eq!(map.get(word), Some(&k), "{word}");
            // one byte changed, anywhere: another word
            for at in 0..word.len() {
                let mut other = word.clone().into_bytes();
                other[at] = b'#';
                if let Ok(other) = std::str::from_utf8(&other) {
                    assert_eq!(map.get(other), None, "{other}");
                }
            }
        }
        assert_eq!(map.get("من "), None);
        // the last value of a word given twice stands
        let twice: WordMap<u8> = [("عام", 1), ("عام", 2)].into_iter().collect();
        assert_eq!((twice.get("عام"), twice.len()), (Some(&2), 1));
        let mut keys: Vec<&str> = map.keys().collect();
        keys.sort_unstable();
        let mut sorted: Vec<&str> = words.iter().map(String::as_str).collect();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
    }

    #[test]
    fn phrases_that_normalize_to_nothing_are_left_out() {
        let normalizer = Normalizer::new(Options::SEARCH);
        let rows = ["ـ", "\u{200F}", "\u{064E}", " ", "الرئيس الروسي"];
        let phrases: Phrases<()> = rows.iter().map(|r| (words(&normalizer, r), ())).collect();
        assert_eq!(phrases.items.len(), 1);
        assert_eq!(phrases.starting_with("الرءيس").count(), 1);
        assert_eq!(phrases.starting_with("").count(), 0);
    }

    #[test]
    fn quote_lexicon_rows_that_normalize_to_nothing_do_not_panic() {
        use crate::quotes::{extract_utf16, Lexicon, FILES};
        let second = |name: &str| match name {
            "grammar" => "\tcomplementizer",
            "verbs" => "\tقال\tverb",
            "attributions" => "\tsource",
            "groups" | "entities" => "\tperson",
            "descriptions" => "\tprevious",
            "sides" => "\tUS",
            _ => "",
        };
        let text: Vec<u16> = "وقال الرئيس الروسي إن المحادثات كانت بناءة."
            .encode_utf16()
            .collect();
        for name in FILES {
            for nothing in ["ـ", "\u{200F}", "\u{064E}", "ـ ـ"] {
                let row = format!("{nothing}{}", second(name));
                // a clear error or a lexicon that works, never a panic
                if let Ok(lexicon) = Lexicon::extended(&[(name, &row)], Vec::new()) {
                    extract_utf16(&text, &std::sync::Arc::new(lexicon), None);
                }
            }
        }
    }

    /// The quote and number readers compare words of the search text (`word(k)`), which has no
    /// أ إ آ ؤ ئ ى ة, no diacritic and no tatweel: a literal written with one of them in such
    /// a comparison never matches (الفائت, "إلى"). Every Arabic literal in their code is
    /// written as the search text has it, or with its normalized twin near it (the surface
    /// "أعمار" with "اعمار"); the exceptions below are not compared with normalized words.
    #[test]
    fn code_literals_are_written_as_the_search_text_has_them() {
        // (file, literal): written for people, or normalized before they are compared
        const SPELLED: [(&str, &str); 4] = [
            // a lemma in its spelling: the singular of a feminine dual
            ("numbers/mod.rs", "{stem}ة"),
            // an ending of the word as written (an adjective of relation)
            ("quotes/reader/cues.rs", "ية"),
            // normalized and skeletonized before use
            ("quotes/reader/entities.rs", "مسؤول"),
            ("quotes/reader/mentions/mod.rs", "رئاسه"),
        ];
        // numbers in words for users and property tests (words → value → words)
        const WRITTEN: [&str; 1] = ["numbers/words.rs"];
        let normalizer = Normalizer::new(crate::normalize::Options::SEARCH);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        let mut folders = vec![root.join("quotes"), root.join("numbers")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && path.file_name().is_some_and(|n| n != "tests.rs")
                {
                    files.push(path);
                }
            }
        }
        let mut never = Vec::new();
        for path in files {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if WRITTEN.contains(&name.as_str()) {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let lines: Vec<&str> = source
                .lines()
                .take_while(|l| l.trim() != "#[cfg(test)]")
                .collect();
            for (i, line) in lines.iter().enumerate() {
                if line.trim_start().starts_with("//") || line.contains("normalize(") {
                    continue;
                }
                let near = lines[i.saturating_sub(3)..(i + 4).min(lines.len())].join("\n");
                // (a quotation mark as a char or escaped is no literal's end)
                let line = line.replace("'\"'", "").replace("\\\"", "");
                for literal in line.split('"').skip(1).step_by(2) {
                    let normalized = normalizer.normalize(literal);
                    let arabic = literal
                        .chars()
                        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
                    if !arabic
                        || normalized == literal
                        || near.contains(&format!("\"{normalized}\""))
                        || SPELLED.contains(&(name.as_str(), literal))
                    {
                        continue;
                    }
                    never.push(format!(
                        "{name}:{}: \"{literal}\" (search text: {normalized})",
                        i + 1
                    ));
                }
            }
        }
        assert!(
            never.is_empty(),
            "literals no normalized word is:\n{}",
            never.join("\n")
        );
    }
}
