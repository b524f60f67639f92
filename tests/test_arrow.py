"""The batch passes hand their columns over as Arrow: the same rows and values as the dict of
lists, typed, with no Python object made per value."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest

import khabar

pyarrow = pytest.importorskip("pyarrow")

TEXTS = [
    "موسكو - قال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات استمرت ساعتين، وأضاف: «نحن مستعدون».",
    "",
    "العنوان\nأعلنت الوزارة مقتل 12 شخصاً وإصابة 30 آخرين في 5 مارس/آذار 2024، بحسب بيان رسمي.\nإقرأ أيضاً:\nخبر آخر",
]


def same(value: Any, other: Any) -> bool:
    if isinstance(value, float) and math.isnan(value):
        return other is None or (isinstance(other, float) and math.isnan(other))
    if isinstance(value, (list, tuple)):
        return [list(v) if isinstance(v, tuple) else v for v in value] == [
            list(v) if isinstance(v, tuple) else v for v in other
        ]
    return bool(value == other)


@pytest.mark.parametrize(
    "batch",
    [
        lambda **kw: khabar.extract_numbers_batch(TEXTS, reference_dates=["2024-03-06", None, None], **kw),
        lambda **kw: khabar.extract_quotes_batch(TEXTS, **kw),
        lambda **kw: khabar.QuoteExtractor().extract_batch(TEXTS, **kw),
        lambda **kw: khabar.article_parts_batch(TEXTS, **kw),
    ],
)
def test_arrow_columns_hold_what_the_lists_hold(batch: Any) -> None:
    lists = batch(as_columns=True)
    arrow = batch(as_arrow=True)
    assert isinstance(arrow, pyarrow.RecordBatch)
    assert arrow.schema.names == list(lists)
    assert arrow.num_rows == len(lists["doc"]) > 0
    for name, values in lists.items():
        assert all(same(a, b) for a, b in zip(arrow.column(name).to_pylist(), values)), name


def test_arrow_columns_are_typed_even_when_nothing_is_found() -> None:
    facts = khabar.extract_numbers_batch(["لا شيء هنا"], as_arrow=True)
    assert facts.num_rows == 0
    assert facts.schema.field("value").type == pyarrow.float64()
    assert facts.schema.field("start").type == pyarrow.int64()
    quotes = khabar.extract_quotes_batch([], as_arrow=True)
    assert quotes.schema.field("fragments").type == pyarrow.list_(pyarrow.list_(pyarrow.int64()))
    assert quotes.schema.field("speaker_entity").type == pyarrow.int64()


def test_arrow_spans_index_the_original_text() -> None:
    quotes = khabar.extract_quotes_batch(TEXTS, as_arrow=True).to_pylist()
    assert quotes
    for quote in quotes:
        assert TEXTS[quote["doc"]][quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.parametrize("threads", [1, 2])
def test_one_pass_of_the_three_readers_gives_what_each_gives_alone(threads: int) -> None:
    # extract_batch normalizes each text once for numbers, quotes and terms: the same rows
    texts = [*TEXTS, "وقال: “سنرد خلال أسبوعين”، بعد المكالمة وأجرى اتصالاً هاتفياً ‘قصيراً’ لمدة 30 دقيقة."]
    dates = ["2024-03-06", None, "2024-03-07", None]
    finder = khabar.TermFinder({"call": ["مكالمة", "اتصال هاتفي"], "lasting": ["لمدة"]})
    facts, quotes, terms = khabar._khabar.extract_batch(texts, finder, reference_dates=dates, threads=threads)
    alone = khabar.extract_numbers_batch(texts, reference_dates=dates, as_arrow=True)
    assert facts.to_pydict() == alone.to_pydict() and facts.num_rows > 0
    alone = khabar.extract_quotes_batch(texts, reference_dates=dates, as_arrow=True)
    assert quotes.to_pydict() == alone.to_pydict() and quotes.num_rows > 0
    assert terms == finder.find_batch(texts, as_columns=True) and len(terms["doc"]) == 2
    empty = khabar._khabar.extract_batch([], finder)
    assert (empty[0].num_rows, empty[1].num_rows, empty[2]["doc"]) == (0, 0, [])


@pytest.mark.parametrize("threads", [1, 2])
def test_several_finders_of_one_pass_find_what_each_finds_alone(threads: int) -> None:
    # each finder reads the texts the pass prepared once: its columns are its own find_batch's
    texts = [*TEXTS, "أُصيب ثلاثة واعتُقل اثنان بعد المكالمة", "لا شيء هنا"]
    finders = [
        khabar.TermFinder({"call": ["مكالمة"], "lasting": ["لمدة"]}),
        khabar.TermFinder({"injured": ["أصيب"], "arrested": ["اعتقل"]}),
    ]
    _, _, terms = khabar._khabar.extract_batch(texts, finders, threads=threads)
    assert isinstance(terms, list) and len(terms) == 2
    for finder, found in zip(finders, terms):
        assert found == finder.find_batch(texts, as_columns=True)
    assert terms[1]["term"] == ["injured", "arrested"]
    assert khabar._khabar.extract_batch(texts, [], threads=threads)[2] == []
    with pytest.raises(TypeError):
        khabar._khabar.extract_batch(texts, [finders[0], "مكالمة"])  # type: ignore[list-item]


@pytest.mark.parametrize("threads", [1, 2])
def test_one_pass_reads_the_parts_and_a_datelines_day(threads: int) -> None:
    # the parts read from the prepared texts are article_parts_batch's; a text with no date of
    # its own is read for its dateline's day, else its fallback date
    page = "العنوان\nتاريخ النشر: 3 أبريل 2023\nقال الوزير إن 5 أشخاص أصيبوا أمس في الحادث، بحسب بيان رسمي."
    texts = [*TEXTS, page, page]
    dates = ["2024-03-06", None, None, None, "2024-01-01"]
    fallback = [None, None, "2024-03-07", "2020-05-05", None]
    finder = khabar.TermFinder({"call": ["مكالمة"]})
    facts, _, _, parts, references = khabar._khabar.extract_batch(
        texts, finder, reference_dates=dates, threads=threads, parts=True, fallback_dates=fallback
    )
    assert parts.to_pydict() == khabar.article_parts_batch(texts, as_arrow=True).to_pydict()
    assert references == [
        ("2024-03-06", "published"),
        (None, None),
        ("2024-03-07", "inferred"),
        ("2023-04-03", "dateline"),
        ("2024-01-01", "published"),
    ]
    # the one pass reads the dateline as a single Document does (the rule lives in Rust and in
    # reference_date_of)
    assert khabar.Document(text=page).reference_date == (datetime.date(2023, 4, 3), "dateline")
    # أمس resolves against the day each text is read for
    yesterday = [r for d, r in zip(facts.column("doc").to_pylist(), facts.column("resolved").to_pylist()) if d >= 3]
    assert "2023-04-02" in yesterday and "2023-12-31" in yesterday


def test_fallback_dates_without_the_parts_are_refused() -> None:
    # the fallback is for a text whose dateline the parts read: alone it would be ignored
    finder = khabar.TermFinder({"call": ["مكالمة"]})
    with pytest.raises(ValueError, match="parts=True"):
        khabar._khabar.extract_batch(TEXTS, finder, fallback_dates=[None] * len(TEXTS))
