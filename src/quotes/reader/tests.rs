//! Each stage on its own, on sentences written for the test.

use super::*;
use crate::quotes::Lexicon;
use crate::tokens::{tokenize, Prepared};

/// Runs `check` on the [`Text`] of `source`, with its words as the tokens' texts.
fn with_text<R>(source: &str, check: impl FnOnce(&Text) -> R) -> R {
    let lexicon = Lexicon::builtin();
    let units: Vec<u16> = source.encode_utf16().collect();
    let prepared = Prepared::new(&lexicon.normalizer, &units).expect("a text");
    let tokens = tokenize(&prepared.normalized);
    let display = |start: usize, end: usize| prepared.original(start, end).2;
    let text = Text::new(&lexicon, &tokens, &display);
    check(&text)
}

fn words(text: &Text, from: usize, to: usize) -> String {
    (from..to)
        .map(|k| text.tokens[k].text)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn marks_pair_within_a_paragraph_and_labels_are_not_speech() {
    with_text(
        "قال الوزير «سنعود قريبا» عبر منصة «إكس».\nوكتب: «لن نتراجع",
        |text| {
            let marks = marks::pair(text);
            assert_eq!(marks.pairs.len(), 3);
            let speech: Vec<String> = marks
                .pairs
                .iter()
                .filter(|p| !p.label)
                .map(|p| words(text, p.first, p.end))
                .collect();
            // the mark left open closes with its paragraph
            assert_eq!(speech, ["سنعود قريبا", "لن نتراجع"]);
            assert!(marks.pairs.iter().any(|p| p.label));
            assert_eq!(marks.paragraph_of.last(), Some(&1));
        },
    );
}

#[test]
fn a_closing_mark_alone_opens_after_the_clause_before_it() {
    with_text(
        "وأضاف المتحدث، إن الوضع خطير جدا» ثم غادر.",
        |text| {
            let marks = marks::pair(text);
            let pair = &marks.pairs[0];
            assert!(pair.open.is_none());
            assert_eq!(words(text, pair.first, pair.end), "ان الوضع خطير جدا");
        },
    );
}

#[test]
fn sentences_do_not_end_inside_quoted_speech() {
    with_text(
        "قال: «هذا يوم مهم. سنعمل معا». ثم انتهى اللقاء.\nسطر آخر",
        |text| {
            let marks = marks::pair(text);
            let sentences = sentences::split(text, &marks);
            assert_eq!(sentences.spans.len(), 3);
            let (start, end) = sentences.spans[1];
            assert_eq!(words(text, start, end), "ثم انتهي اللقاء .");
        },
    );
}

#[test]
fn mentions_learn_names_after_titles_and_before_verbs() {
    with_text(
        "أعلن وزير الزراعة الكيني جون موانغي أن المحصول جيد. وأكد موانغي أن الأسعار ستنخفض.",
        |text| {
            let mentions = mentions::find(text);
            let named: Vec<&str> = mentions
                .list
                .iter()
                .filter_map(|m| m.speaker.as_ref())
                .map(|s| s.name.as_str())
                .collect();
            assert_eq!(named, ["جون موانغي", "جون موانغي"]);
            assert!(mentions.list[0].role.is_some());
        },
    );
}

#[test]
fn the_reader_gives_each_cue_its_speaker_and_content() {
    with_text(
        "قالت المتحدثة باسم الشركة سامي ليندن إن الأرباح ارتفعت، مشيرة إلى أن العام كان صعبا.",
        |text| {
            let marks = marks::pair(text);
            let sentences = sentences::split(text, &marks);
            let mentions = mentions::find(text);
            let entities = entities::join(text, &mentions);
            let drafts = Reader::new(text, marks, sentences, mentions, entities).read();
            assert_eq!(drafts.len(), 2);
            let speakers: Vec<_> = drafts
                .iter()
                .map(|d| d.speaker.as_ref().map(|s| s.name.clone()))
                .collect();
            assert_eq!(
                speakers,
                [Some("سامي ليندن".into()), Some("سامي ليندن".into())]
            );
        },
    );
}

#[test]
#[ignore]
fn debug_mentions() {
    let source = std::env::var("KHABAR_DEBUG").unwrap_or_default();
    with_text(&source, |text| {
        let found = mentions::find(text);
        for m in &found.list {
            eprintln!("{m:?}");
        }
        eprintln!("{:?}", entities::join(text, &found));
    });
}
