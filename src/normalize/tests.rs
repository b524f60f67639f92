use super::*;

fn search() -> Normalizer {
    Normalizer::new(Options::SEARCH)
}

fn with(step: &str, value: StepValue) -> Normalizer {
    let mut options = Options::NONE;
    options.set(step, value).unwrap();
    Normalizer::new(options)
}

fn original(n: &Normalized, start: usize, end: usize) -> &str {
    let (s, e) = n.alignment.to_original(start, end).unwrap();
    slice(&n.original, s, e)
}

/// `text[start:end]` in code points, as Python slices.
fn slice(text: &str, start: usize, end: usize) -> &str {
    let byte = |i: usize| text.char_indices().nth(i).map_or(text.len(), |(b, _)| b);
    &text[byte(start)..byte(end)]
}

#[test]
fn search_unifies_spelling_variants() {
    let n = search();
    assert_eq!(n.normalize("إعلانٌ أكّدَ"), "اعلان اكد");
    assert_eq!(n.normalize("مسؤول"), n.normalize("مسئول"));
    assert_eq!(n.normalize("على فى مدرسة"), "علي في مدرسه");
    assert_eq!(n.normalize("بـــوتين"), "بوتين");
    assert_eq!(n.normalize("٣٠ يوماً، ۱۷۵ أسيراً ٪"), "30 يوما, 175 اسيرا %");
    assert_eq!(n.normalize("«قال» “هذا” ‘x’"), "\"قال\" \"هذا\" 'x'");
    assert_eq!(n.normalize("Trump  \t SAID\r\n\n ok"), "trump said\nok");
    assert_eq!(n.normalize("کتاب ی"), "كتاب ي");
}

#[test]
fn display_removes_only_invisible_and_decorative_characters() {
    let n = Normalizer::new(Options::DISPLAY);
    assert_eq!(
        n.normalize("\u{200f}أَعلنَ\u{200d} بـوتين، «نعم»"),
        "أَعلنَ بوتين، «نعم»"
    );
}

#[test]
fn unchanged_text_is_borrowed() {
    assert!(matches!(
        search().normalize("trump said so"),
        Cow::Borrowed(_)
    ));
    assert!(matches!(search().normalize("ترامب قال"), Cow::Borrowed(_)));
    assert!(matches!(search().normalize("a  b"), Cow::Owned(_)));
    assert!(matches!(search().normalize(""), Cow::Borrowed(_)));
}

#[test]
fn a_text_is_borrowed_exactly_when_its_units_need_no_change() {
    let written = [
        "ترامب قال",
        "في",
        "في البيت",
        "a  b",
        "a\nb",
        "a\n\nb",
        "a \nb",
        " a",
        "a ",
        "\t",
        "😀 ترامب",
        "أعلن",
        "الرئيس\n",
        "مصطفى",
        "بـوتين",
        "ﻻ",
        "",
    ];
    let texts: Vec<String> = written
        .iter()
        .map(|t| t.to_string())
        .chain(random_texts(3000))
        .collect();
    for options in [Options::SEARCH, Options::DISPLAY, Options::NONE] {
        let normalizer = Normalizer::new(options);
        for text in &texts {
            let units: Vec<u16> = text.encode_utf16().collect();
            let borrowed = matches!(normalizer.normalize(text), Cow::Borrowed(_));
            assert_eq!(
                borrowed,
                normalizer.normalize_utf16(&units).is_none(),
                "{text:?}"
            );
        }
    }
}

#[test]
fn word_final_yeh_becomes_alef_maqsura_only_at_the_end_of_a_word() {
    let n = with("alef_maqsura", StepValue::Variant("alef_maqsura".into()));
    assert_eq!(
        n.normalize("في علي فيه يوم المصريّ."),
        "فى على فيه يوم المصرىّ."
    );
}

#[test]
fn removed_diacritics_belong_to_their_letter() {
    let n = search().normalize_with_alignment("كَتَبَ نصّاً").unwrap();
    assert_eq!(n.text, "كتب نصا");
    assert_eq!(original(&n, 0, 3), "كَتَبَ");
    assert_eq!(original(&n, 0, 1), "كَ");
    assert_eq!(original(&n, 4, 7), "نصّاً");
    assert_eq!(n.alignment.to_normalized(1, 2).unwrap(), (0, 1)); // the fatha of ك
    assert_eq!(n.alignment.to_normalized(0, 6).unwrap(), (0, 3));
}

#[test]
fn ligatures_map_back_whole() {
    let n = search().normalize_with_alignment("ﻻ ﷺ").unwrap();
    assert_eq!(n.text, "لا صلي الله عليه وسلم");
    assert_eq!(original(&n, 1, 2), "ﻻ");
    assert_eq!(original(&n, 3, 9), "ﷺ");
    assert_eq!(n.alignment.to_normalized(2, 3).unwrap(), (3, 21));
    // a ligature of two letters followed by a removed mark: still one atom, not one to one
    let n = search().normalize_with_alignment("ﻻَب").unwrap();
    assert_eq!(n.text, "لاب");
    assert_eq!(original(&n, 1, 2), "ﻻَ");
    assert_eq!(original(&n, 2, 3), "ب");
}

#[test]
fn invisible_characters_are_left_out_at_the_edges() {
    let n = search()
        .normalize_with_alignment("\u{200f}بوتين\u{200e} قال")
        .unwrap();
    assert_eq!(n.text, "بوتين قال");
    assert_eq!(original(&n, 0, 5), "بوتين");
    assert_eq!(original(&n, 0, 9), "بوتين\u{200e} قال");
    assert_eq!(n.alignment.to_normalized(0, 1).unwrap(), (0, 0));
}

#[test]
fn surrogate_pairs_count_as_one_code_point() {
    let n = search().normalize_with_alignment("😀ـَب 𝐀").unwrap();
    assert_eq!(n.text, "😀ب 𝐀");
    assert_eq!(original(&n, 0, 1), "😀ـَ");
    assert_eq!(original(&n, 1, 2), "ب");
    assert_eq!(original(&n, 3, 4), "𝐀");
    assert_eq!(n.alignment.original_len(), 6);
    assert_eq!(n.alignment.normalized_len(), 4);
}

#[test]
fn lone_surrogates_become_replacement_characters_and_never_pair_up() {
    // a lone high and a lone low surrogate with an invisible character between them: removing
    // it must not glue them into one code point (found by fuzz/normalize)
    let input = [0xD9A7, 0x2067, 0xDCE4];
    let (output, alignment) = search().normalize_utf16_aligned(&input).unwrap();
    let output = output.unwrap();
    assert_eq!(output, [0xFFFD, 0xFFFD]);
    assert_eq!(alignment.normalized_len(), code_points(&output));
    assert_eq!(search().normalize_utf16(&input), Some(output));
    assert_eq!(
        search().normalize_utf16(&[0x61, 0xDC00]),
        Some(vec![0x61, 0xFFFD])
    );
    // pairs pass, and a text of pairs alone needs no change
    let pair = [0xD83D, 0xDE00, 0x20, 0xD835, 0xDC00];
    assert_eq!(search().normalize_utf16(&pair), None);
}

#[test]
fn collapsed_whitespace_is_one_atom() {
    let n = search()
        .normalize_with_alignment("a \u{200f}\t b\n")
        .unwrap();
    assert_eq!(n.text, "a b\n");
    assert_eq!(original(&n, 1, 2), " \u{200f}\t ");
    assert_eq!(original(&n, 3, 4), "\n");
}

#[test]
fn out_of_range_spans_are_errors() {
    let n = search().normalize_with_alignment("أب").unwrap();
    assert!(n.alignment.to_original(0, 3).is_err());
    assert!(n.alignment.to_original(2, 1).is_err());
    assert_eq!(n.alignment.to_original(2, 2).unwrap(), (2, 2));
}

/// A small deterministic generator, so the property below needs no extra crate.
fn random_texts(count: usize) -> Vec<String> {
    const ALPHABET: &[char] = &[
        'ا', 'أ', 'ب', 'ي', 'ى', 'ة', '\u{64e}', '\u{651}', '\u{670}', 'ـ', ' ', '\t', '\n',
        '\u{200f}', '\u{feff}', 'ﻻ', 'ﷺ', 'ﹰ', '٣', '«', 'A', 'ß', 'İ', '😀', 'ک', '\u{8d3}', '،',
    ];
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    (0..count)
        .map(|_| {
            let len = (state % 12) as usize;
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    ALPHABET[(state % ALPHABET.len() as u64) as usize]
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_text_read_as_utf8_normalizes_as_through_utf16() {
    let variants = [
        Options::SEARCH,
        Options::DISPLAY,
        Options::NONE,
        Options {
            alef_maqsura: Some(AlefMaqsura::AlefMaqsura),
            ..Options::SEARCH
        },
    ];
    let mut texts = random_texts(5000);
    texts.extend(["ي \n \t  في", "علي ً،", "\n\nمصطفى\n", ""].map(String::from));
    for options in variants {
        let normalizer = Normalizer::new(options);
        for text in &texts {
            let through = normalizer.normalize_via_utf16(text);
            match normalizer.normalize_str(text) {
                Some(read) => {
                    assert_eq!(read, through, "{text:?}");
                    let borrowed = |n: &Cow<str>| matches!(n, Cow::Borrowed(_));
                    assert_eq!(borrowed(&read), borrowed(&through), "{text:?}");
                }
                // only a character beyond the BMP goes through UTF-16
                None => assert!(text.contains('😀'), "{text:?}"),
            }
        }
    }
}

#[test]
fn every_normalized_character_maps_back_to_the_characters_that_produced_it() {
    let variants = [
        Options::SEARCH,
        Options::DISPLAY,
        Options {
            alef_maqsura: Some(AlefMaqsura::AlefMaqsura),
            hamza: Some(Hamza::Carrier),
            ..Options::SEARCH
        },
    ];
    for options in variants {
        let normalizer = Normalizer::new(options);
        for text in random_texts(3000) {
            let n = normalizer.normalize_with_alignment(&text).unwrap();
            assert_eq!(n.text, normalizer.normalize(&text), "{text:?}");
            let len = n.text.chars().count();
            assert_eq!(n.alignment.normalized_len(), len);
            assert_eq!(n.alignment.original_len(), text.chars().count());
            let mut previous_end = 0;
            for j in 0..len {
                let (s, e) = n.alignment.to_original(j, j + 1).unwrap();
                assert!(s < e, "{text:?}: char {j} maps to nothing");
                assert!(s >= previous_end || (s, e) == n.alignment.to_original(j - 1, j).unwrap());
                previous_end = e;
                // the atom, read back, holds the character (whitespace collapsing aside)
                let (ns, ne) = n.alignment.to_normalized(s, e).unwrap();
                assert!(ns <= j && j < ne, "{text:?}: {j} not in its own atom");
            }
            for s in 0..=len {
                for e in s..=len {
                    let (os, oe) = n.alignment.to_original(s, e).unwrap();
                    assert!(os <= oe);
                    let (ns, ne) = n.alignment.to_normalized(os, oe).unwrap();
                    assert!(
                        ns <= s && e <= ne || s == e,
                        "{text:?}: ({s},{e}) → ({os},{oe}) → ({ns},{ne})"
                    );
                }
            }
        }
    }
}

#[test]
fn alignment_parts_round_trip_and_bad_parts_are_refused() {
    let n = search().normalize_with_alignment("أَبٌ ﻻ\u{200f}").unwrap();
    let parts = n.alignment.parts();
    assert_eq!(parts.expansions, vec![(5, 2)]); // ﻻ produced two characters
    let rebuilt = Alignment::from_parts(parts.clone()).unwrap();
    assert_eq!(rebuilt, n.alignment);
    let broken = |change: fn(&mut AlignmentParts)| {
        let mut parts = parts.clone();
        change(&mut parts);
        Alignment::from_parts(parts).is_err()
    };
    assert!(broken(|p| p.original_len += 64)); // words missing
    assert!(broken(|p| p.produces[0] |= 1 << 63)); // a bit past the end
    assert!(broken(|p| p.alone[0] |= 1)); // removed and produced at once
    assert!(broken(|p| p.expansions[0].1 = 1)); // an expansion of one
    assert!(broken(|p| p.expansions[0].0 = 1)); // an expansion of a removed mark
}

#[test]
fn changes_list_what_normalization_did() {
    let n = search()
        .normalize_with_alignment("قالَ أن\u{200f}ﻻ")
        .unwrap();
    let original: Vec<char> = n.original.chars().collect();
    let text: Vec<char> = n.text.chars().collect();
    assert_eq!(
        n.alignment.changes(&original, &text),
        vec![(2, 4, 2, 3), (5, 6, 4, 5), (7, 8, 6, 6), (8, 9, 6, 8)]
    );
}

#[test]
fn long_runs_of_removed_characters_span_words() {
    let text = format!("ب{}ت{}", "\u{64e}".repeat(150), "\u{200f}".repeat(130));
    let n = search().normalize_with_alignment(&text).unwrap();
    assert_eq!(n.text, "بت");
    assert_eq!(n.alignment.to_original(0, 1).unwrap(), (0, 151));
    assert_eq!(n.alignment.to_original(1, 2).unwrap(), (151, 152));
    assert_eq!(n.alignment.to_normalized(100, 200).unwrap(), (0, 2));
    assert_eq!(n.alignment.to_normalized(200, 282).unwrap(), (2, 2));
}

#[test]
fn a_point_inside_an_atom_maps_to_what_the_atom_produced() {
    let normalizer = Normalizer::new(Options::SEARCH);
    let aligned = normalizer
        .normalize_with_alignment("00\u{2028}\u{2028}")
        .unwrap_or_else(|e| panic!("{e}"));
    // the two separators became one break: between them is inside it
    assert_eq!(aligned.alignment.to_normalized(3, 3), Ok((2, 3)));
    assert_eq!(aligned.alignment.to_normalized(2, 2), Ok((2, 2)));
}
