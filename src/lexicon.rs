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

/// Phrases of one or more words with what they mean, indexed by their first word, so that a
/// token is checked only against the phrases it can begin.
pub struct Phrases<T> {
    pub items: Vec<(Vec<String>, T)>,
    pub by_first: HashMap<String, Vec<usize>>,
}

impl<T> Phrases<T> {
    /// The phrases that begin with `word`.
    pub fn starting_with(&self, word: &str) -> impl Iterator<Item = &(Vec<String>, T)> {
        let found = self.by_first.get(word).map_or(&[][..], Vec::as_slice);
        found.iter().map(|&k| &self.items[k])
    }

    pub fn firsts(&self) -> impl Iterator<Item = &String> {
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
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (k, (words, _)) in items.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(k);
        }
        Phrases { items, by_first }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Options;

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
