"""Numeric facts through the Python API: the gold of the bundled articles, offsets, batches,
columns for pandas, pickling, bad input, and words → value → words."""

from __future__ import annotations

import copy
import datetime
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import khabar
from khabar import NumericFact, extract_numbers, extract_numbers_batch, number_to_words
from khabar.evaluate import score_numbers


def test_the_gold_of_the_bundled_articles() -> None:
    scores = score_numbers()
    assert scores.scored == 45
    assert scores.fully_right >= 44, scores.report()
    assert len(scores.false_positives) <= 2, scores.report()


def test_every_span_is_a_slice_of_the_original_text() -> None:
    for doc in khabar.Corpus.sample():
        for fact in extract_numbers(doc.text):
            assert doc.text[fact.start : fact.end] == fact.text
            if fact.counted_noun:
                noun = fact.counted_noun
                assert doc.text[noun.start : noun.end] == noun.text


def test_characters_outside_the_bmp_keep_offsets_right() -> None:
    text = "😀𝐀 لمدة 30 يوماً و😀 175 أسيرًا"
    facts = extract_numbers(text)
    assert [text[f.start : f.end] for f in facts] == ["30 يوماً", "175 أسيرًا"]
    assert [f.text for f in facts] == ["30 يوماً", "175 أسيرًا"]


def test_diacritics_tatweel_and_arabic_indic_digits_do_not_change_what_is_found() -> None:
    (fact,) = extract_numbers("لمدّة ٣٠ يـومـاً")
    assert (fact.text, fact.value, fact.unit) == ("٣٠ يـومـاً", 30.0, "day")
    (fact,) = extract_numbers("أكثـر من ۹۰ دقيقة")
    assert (fact.value, fact.qualifier) == (90.0, "more_than")


def test_reference_dates_resolve_dates_weekdays_and_relative_expressions() -> None:
    text = "أجرى الرئيسان الثلاثاء مكالمة، وتبادل الأسرى في 19 مارس، والمحادثة المقبلة الأسبوع المقبل"
    resolved = {f.text: f.resolved for f in extract_numbers(text, datetime.date(2025, 3, 19))}
    assert resolved == {"الثلاثاء": "2025-03-18", "19 مارس": "2025-03-19", "الأسبوع المقبل": "2025-W13"}
    unresolved = {f.text: f.resolved for f in extract_numbers(text)}
    assert unresolved["19 مارس"] == "XXXX-03-19"
    assert extract_numbers(text, "2025-03-19T10:00:00") == extract_numbers(text, datetime.date(2025, 3, 19))


def test_batches_match_one_by_one_and_give_columns_for_pandas() -> None:
    docs = [doc.text for doc in khabar.Corpus.sample()] * 4
    one_by_one = [extract_numbers(t) for t in docs]
    assert extract_numbers_batch(docs) == one_by_one
    assert extract_numbers_batch(docs, threads=1) == one_by_one
    columns = extract_numbers_batch(docs, as_columns=True)
    assert set(columns) >= {"doc", "start", "end", "text", "kind", "value", "unit", "counted_noun_lemma"}
    assert len(columns["doc"]) == sum(map(len, one_by_one))
    assert len({len(c) for c in columns.values()}) == 1
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(columns)
    assert frame.loc[frame["kind"] == "count", "counted_noun_lemma"].str.len().min() >= 3
    dates = ["2025-03-19"] * len(docs)
    with_dates = extract_numbers_batch(docs, reference_dates=dates)
    assert with_dates[1] == extract_numbers(docs[1], "2025-03-19")


def test_facts_are_frozen_picklable_and_read_like_their_constructor() -> None:
    fact = extract_numbers("تشمل 175 أسيرًا من كل جانب")[0]
    assert pickle.loads(pickle.dumps(fact)) == fact
    assert copy.deepcopy(fact) == fact
    assert eval(repr(fact), vars(khabar)) == fact
    with pytest.raises(AttributeError):
        fact.value = 3  # type: ignore[misc]
    assert fact.to_dict()["counted_noun"] == {"text": "أسيرًا", "start": 9, "end": 15, "lemma": "أسير"}
    assert isinstance(fact, NumericFact)


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        extract_numbers(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lone surrogate at position 2"):
        extract_numbers("30\ud800")
    with pytest.raises(ValueError, match="not an ISO date"):
        extract_numbers("30 يوما", reference_date="yesterday")
    with pytest.raises(TypeError, match="reference_date must be"):
        extract_numbers("30 يوما", reference_date=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference_dates has 1 items for 2 texts"):
        extract_numbers_batch(["a", "b"], reference_dates=["2025-01-01"])
    assert extract_numbers("") == []
    (huge,) = extract_numbers("9" * 500)
    assert (huge.value, huge.note) == (None, "too_large")
    unbalanced = "«" * 10_000 + "30 يوما" + "-" * 10_000
    assert [f.value for f in extract_numbers(unbalanced)] == [30.0]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999_999_999_999))
def test_words_read_back_to_their_value(value: int) -> None:
    words = number_to_words(value)
    facts = extract_numbers(words)
    assert [f.value for f in facts] == [float(value)], words


def test_hijri_dates_keep_the_hijri_date_and_resolve_to_gregorian() -> None:
    fact = khabar.extract_numbers("أعلنت الهيئة في 5 رمضان 1446 هـ بدء التسجيل", reference_date="2025-03-18")[0]
    assert (fact.text, fact.kind, fact.resolved, fact.hijri) == ("5 رمضان 1446 هـ", "date", "2025-03-05", "1446-09-05")
    assert fact.to_dict()["hijri"] == "1446-09-05"
    assert pickle.loads(pickle.dumps(fact)) == fact
    columns = khabar.extract_numbers_batch(["غرة شوال"], reference_dates=["2025-03-18"], as_columns=True)
    assert columns["resolved"] == ["2025-03-30"]


def test_news_long_tail_classes() -> None:
    facts = khabar.extract_numbers(
        "قتل 5 أشخاص وأصيب 17 آخرون، واجتمع وزراء الدول الخمس لأكثر من ساعة في 12 أغسطس (آب) الماضي",
        reference_date="2025-06-18",
    )
    assert [(f.text, f.kind) for f in facts] == [
        ("5 أشخاص", "count"),
        ("17 آخرون", "count"),
        ("الدول الخمس", "count"),
        ("أكثر من ساعة", "duration"),
        ("12 أغسطس (آب) الماضي", "date"),
    ]
    assert facts[-1].resolved == "2024-08-12"
