"""A hostile caller: no panic crosses into Python, absurd arguments are refused at once, thread
pools stay few, and dates stay within the years ISO 8601 writes in four digits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

import khabar
from khabar import _khabar


def test_number_to_words_refuses_what_it_cannot_write() -> None:
    assert khabar.number_to_words(0) == "صفر"
    largest = khabar.number_to_words(999_999_999_999_999)
    assert largest.startswith("تسعمئة وتسعة وتسعون تريليونا")
    assert [f.value for f in khabar.extract_numbers(largest)] == [999_999_999_999_999.0]
    for value in (10**15, 2**64, 10**40):
        with pytest.raises(ValueError, match=r"from 0 to 999,999,999,999,999, not 1"):
            khabar.number_to_words(value)
    with pytest.raises(ValueError, match=r"not -1 \(negative numbers"):
        khabar.number_to_words(-1)
    with pytest.raises(TypeError):
        khabar.number_to_words("5")  # type: ignore[arg-type]


@pytest.mark.parametrize("row", ["ـ", "\u200f", "\u064e", "ـ ـ"])
@pytest.mark.parametrize("lexicon", ["titles", "labels", "attributions", "descriptions"])
def test_a_lexicon_row_that_normalizes_to_nothing_is_left_out(lexicon: str, row: str) -> None:
    second = {"attributions": "\tsource", "descriptions": "\tprevious"}.get(lexicon, "")
    extractor = khabar.QuoteExtractor(lexicons={lexicon: row + second})
    (quote,) = extractor.extract("وقال الرئيس الروسي إن المحادثات كانت بناءة.")
    assert quote.text == "المحادثات كانت بناءة"


@pytest.mark.parametrize("threads", [None, 1, 2])
def test_a_panic_in_the_core_is_a_khabar_error(threads: int | None) -> None:
    texts = [] if threads is None else ["a", "panic", "b"]
    with pytest.raises(khabar.KhabarError, match="internal error in khabar.*asked for by the tests"):
        _khabar._panic_for_tests(texts, threads=threads)
    assert issubclass(khabar.KhabarError, Exception)
    # the pool still works after a panic in it
    assert _khabar._panic_for_tests(["a", "bc"] * 1000, threads=threads or 2) == 2000


def test_dates_outside_years_1_to_9999_stay_unresolved() -> None:
    def resolved(text: str, reference: str) -> list[str | None]:
        return [f.resolved for f in khabar.extract_numbers(text, reference_date=reference)]

    assert resolved("في 19 مارس", "9999-12-28") == ["XXXX-03-19"]
    assert resolved("الأسبوع المقبل", "9999-12-28") == [None]
    assert resolved("العام المقبل", "9999-12-28") == [None]
    assert resolved("الشهر المقبل", "9999-12-28") == [None]
    assert resolved("العام الماضي", "0001-06-01") == [None]
    assert resolved("الأسبوع المقبل", "0001-01-02") == ["0001-W02"]
    assert resolved("الشهر المقبل", "0001-01-02") == ["0001-02"]


def test_absurd_thread_counts_are_refused_at_once() -> None:
    start = time.perf_counter()
    for threads in (4096, 10**6):
        with pytest.raises(ValueError, match=r"threads must be at most \d+ \(four per core"):
            khabar.Normalizer().normalize_batch(["أ", "ب"], threads=threads)
        with pytest.raises(ValueError, match="threads must be at most"):
            khabar.extract_numbers_batch([], threads=threads)
    assert time.perf_counter() - start < 1.0


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_many_thread_counts_leave_few_threads() -> None:
    # in a fresh process, so that other tests' pools do not count
    code = """
        import os, time, khabar
        before = len(os.listdir("/proc/self/task"))
        for _ in range(3):
            for threads in range(2, 9):
                khabar.Normalizer().normalize_batch(["أحمد"] * 10, threads=threads)
        deadline = time.time() + 10
        while len(os.listdir("/proc/self/task")) - before > 10 and time.time() < deadline:
            time.sleep(0.05)
        print(len(os.listdir("/proc/self/task")) - before)
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "RAYON_NUM_THREADS": "2"},
    )
    assert result.returncode == 0, result.stderr
    # the default pool (2) and the last other one (8), not 2 + 3 + ... + 8 = 35
    assert int(result.stdout) <= 10


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc/self/status")
def test_normalizers_with_ever_new_options_do_not_pile_up_tables() -> None:
    def rss() -> int:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmRSS:"))
        return int(line.split()[1]) * 1024

    khabar.Normalizer(quotes="«").normalize("«نعم»")
    before = rss()
    for k in range(500):  # a table each, hundreds of KB, were all kept
        khabar.Normalizer(quotes=chr(0x4E00 + k)).normalize("«نعم»")
    assert rss() - before < 100 * 2**20


def test_a_lone_surrogate_never_pairs_with_another_across_a_removed_mark() -> None:
    # Python refuses lone surrogates at the boundary; the Rust UTF-16 entry points take them
    with pytest.raises(ValueError, match="lone surrogate"):
        khabar.normalize("\ud9a7\u2067\udce4")


def test_a_side_row_that_normalizes_to_nothing_makes_no_adjective_of_an_ending() -> None:
    # a stem of nothing would make the bare endings (ان، ين، ون...) adjectives of nationality,
    # and «مسؤولان» a side, losing the quote
    extractor = khabar.QuoteExtractor(lexicons={"sides": "ـ\tUS"})
    assert len(extractor.extract("وقال مسؤولان إن المحادثات جيدة.")) == len(
        khabar.extract_quotes("وقال مسؤولان إن المحادثات جيدة.")
    ) == 1


def test_a_long_paragraph_of_periods_next_to_the_story_stays_linear() -> None:
    # each العام التالي looks for the latest year its paragraph named; with no date to find (no
    # reference date), looking back through the whole paragraph from each was quadratic
    def seconds(word: str) -> float:
        text = " ".join([f"وقال في العام {word} إن"] * 60_000)
        start = time.process_time()
        facts = khabar.extract_numbers_batch([text], threads=1, as_arrow=True)
        assert facts.num_rows == 60_000
        return time.process_time() - start

    plain = min(seconds("الماضي") for _ in range(2))
    assert min(seconds("التالي") for _ in range(2)) < 4 * plain + 0.2


# the constructs session 33's rules read, each as a text of its own: alone, cut after each of its
# characters, and repeated (no panic may cross into Python, and the time grows with the text)
SESSION_33_CONSTRUCTS = [
    "ر1ر2ر3",
    "16ر",
    "ر16ر1 ",
    "عام ،1967",
    "الأخير قال ",
    "قال الأخيرة",
    "إلا أن المراقبين يرون أن ",
    '"غوغل" ',
    "أعلنت الوزارة في بيان لها ",
    "وقال 12 مسؤولا أميركيا إن ",
    "صحيفة (لو فيغارو) قالت ",
    "قمة الناتو: ترامب يعلن ",
    "تقريرا ذكر فيه مسؤولون أميركيون أن ",
    "20 من الشهر نفسه ",
    "أمس الأحد ",
    'رفض الاستئناف وموسكو تعتبر القرار "تحت الضغط" ',
    "وسخر كثير من مستخدمي مواقع التواصل قائلين: ",
    "شركة فيسبوك وقالت فيسبوك ",
    "الذي أعلن استقالته ",
    "ورحبت المعارضة بالقرار، مؤكدة أن ",
    "نهاية العام الحالي 2018",
    "الأسبوع الثاني من أبريل الماضي",
    "مجموعة الدول العشرين",
    "وأثنى ترامب على",
]


def test_session_33_constructs_at_the_edges_of_a_text_raise_nothing() -> None:
    texts = ["", "«»\"\"،.:؛!؟()"]
    for unit in SESSION_33_CONSTRUCTS:
        texts += [unit[:i] for i in range(1, len(unit) + 1)]
        texts += [unit[i:] for i in range(len(unit))]
    for extract in (
        khabar.extract_numbers_batch,
        khabar.extract_quotes_batch,
        khabar.extract_entities_batch,
    ):
        assert len(extract(texts, threads=1)) == len(texts)


@pytest.mark.parametrize("unit", SESSION_33_CONSTRUCTS)
def test_session_33_constructs_repeated_stay_linear(unit: str) -> None:
    def seconds(n: int) -> float:
        text = unit * n
        start = time.process_time()
        khabar.extract_numbers(text)
        khabar.extract_quotes(text)
        khabar.extract_entities(text)
        return time.process_time() - start

    small = min(seconds(500) for _ in range(2))
    assert min(seconds(4000) for _ in range(2)) < 16 * small + 0.3
