"""The normalization API as users call it: presets, steps, errors, pickling, batches."""

from __future__ import annotations

import copy
import pickle

import pytest

import khabar
from khabar import Normalized, Normalizer


def test_search_preset_unifies_what_news_spells_differently() -> None:
    n = Normalizer("search")
    assert n.normalize("أعلنَ الكرملينُ") == "اعلن الكرملين"
    assert n.normalize("مسؤول") == n.normalize("مسئول")
    assert n.normalize("الامريكى") == n.normalize("الأمريكي")
    assert n.normalize("٣٠ يوماً و۱۷۵ أسيراً") == "30 يوما و175 اسيرا"
    assert n.normalize("«نعم» “لا” ،؛؟") == '"نعم" "لا" ,;?'
    assert n.normalize("ﻻ ﷺ") == "لا صلي الله عليه وسلم"
    assert n.normalize("کتاب ی") == "كتاب ي"
    assert n.normalize("CNN\u00a0 \tTASS\r\n") == "cnn tass\n"


def test_display_preset_only_removes_what_cannot_be_seen_or_only_decorates() -> None:
    n = Normalizer("display")
    text = "\u200fأعلنَ\u200c الكـــرملين، «نعم»\u2066x\u2069"
    assert n.normalize(text) == "أعلنَ الكرملين، «نعم»x"


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ({"alef": True}, "ا ا ا ا"),
        ({"hamza": "carrier"}, "و ي"),
        ({"hamza": "hamza"}, "ء ء"),
        ({"alef_maqsura": True}, "علي فيه"),
        ({"alef_maqsura": "alef_maqsura"}, "على فى فيه"),
        ({"teh_marbuta": True}, "مدرسه"),
        ({"diacritics": True}, "كتب هذا"),
        ({"tatweel": True}, "بوتين"),
        ({"digits": True}, "2025 1.5 10%"),
        ({"quotes": "«"}, "«x« 'y'"),
    ],
)
def test_each_step_alone(steps: dict[str, bool | str], expected: str) -> None:
    inputs = {
        "alef": "أ إ آ ٱ",
        "hamza": "ؤ ئ",
        "alef_maqsura": "على فيه",
        "teh_marbuta": "مدرسة",
        "diacritics": "كَتَبَ هٰذا",
        "tatweel": "بـــوتين",
        "digits": "٢٠٢٥ ١٫٥ ۱۰٪",
        "quotes": "“x” ‘y’",
    }
    if steps == {"alef_maqsura": "alef_maqsura"}:
        inputs["alef_maqsura"] = "على في فيه"
    (step,) = steps
    assert Normalizer("none", **steps).normalize(inputs[step]) == expected


def test_unchanged_text_is_handed_back_as_the_same_object() -> None:
    text = "قال الرئيس الروسي " * 100
    assert Normalizer("display").normalize(text) is text
    assert Normalizer("search").normalize("") == ""
    changed = Normalizer("search").normalize("أ" + text)
    assert changed is not text


def test_shortcut_and_steps_override_the_preset() -> None:
    assert khabar.normalize("مسؤول") == "مسءول"
    assert khabar.normalize("مسؤول", hamza="carrier") == "مسوول"
    assert khabar.normalize("أَ", preset="display", diacritics=True) == "أ"
    n = Normalizer("search", diacritics=False, quotes="«")
    assert n.steps["diacritics"] is False
    assert n.steps["quotes"] == "«"
    assert n.steps["hamza"] == "hamza"
    assert set(n.steps) == set(khabar.STEPS)
    assert repr(n) == "Normalizer(preset='search', diacritics=False, quotes='«')"
    assert repr(Normalizer()) == "Normalizer(preset='search')"


def test_normalizers_compare_by_what_they_do() -> None:
    assert Normalizer("search") == Normalizer("none", **Normalizer("search").steps)
    assert Normalizer("search") != Normalizer("display")
    assert hash(Normalizer("search")) == hash(Normalizer("search"))
    assert len({Normalizer("search"), Normalizer("search"), Normalizer("display")}) == 2


@pytest.mark.parametrize("make", [pickle.dumps, copy.deepcopy])
def test_results_and_normalizers_pickle(make: object) -> None:
    n = Normalizer("search", hamza="carrier")
    result = n.normalize_with_offsets("قالَ ﻻ ‏أ")
    for obj in (n, result):
        clone = pickle.loads(pickle.dumps(obj)) if make is pickle.dumps else copy.deepcopy(obj)
        assert clone == obj
        assert type(clone) is type(obj)
    clone = pickle.loads(pickle.dumps(result))
    assert clone.to_original(4, 6) == result.to_original(4, 6)


def test_bad_arguments_raise_clear_errors() -> None:
    n = Normalizer()
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        n.normalize(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not bytes"):
        n.normalize("أ".encode())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lone surrogate at position 3"):
        n.normalize("abc\ud800def")
    with pytest.raises(ValueError, match="position 1"):
        n.normalize_with_offsets("a\udc00")
    with pytest.raises(ValueError, match="unknown preset 'loud'"):
        Normalizer("loud")
    with pytest.raises(ValueError, match="unknown normalization step 'alif'"):
        Normalizer(alif=True)
    with pytest.raises(ValueError, match="hamza"):
        Normalizer(hamza="both")
    with pytest.raises(TypeError, match="step 'alef' takes"):
        Normalizer(alef=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable of str, not one str"):
        n.normalize_batch("أبجد")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        n.normalize_batch(["أ", 3])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="threads must be at least 1"):
        n.normalize_batch(["أ", "ب"], threads=0)
    result = n.normalize_with_offsets("أبجد")
    with pytest.raises(ValueError, match="not within a text of length 4"):
        result.to_original(2, 5)
    with pytest.raises(ValueError, match="not within"):
        result.to_original(-1, 2)
    with pytest.raises(ValueError, match="not within"):
        result.to_normalized(3, 2)


def test_huge_and_empty_texts() -> None:
    n = Normalizer()
    big = "أعلنَ الكرملينُ أنّ المكالمة استمرت ساعتين. " * 1_200_000  # about 50 MB
    out = n.normalize(big)
    assert out.startswith("اعلن الكرملين ان المكالمه")
    assert len(out) < len(big)
    result = n.normalize_with_offsets(big)
    assert result.text == out
    assert result.to_original(len(out) - 1, len(out)) == (len(big) - 1, len(big))
    empty = n.normalize_with_offsets("")
    assert (empty.text, empty.to_original(0, 0), len(empty)) == ("", (0, 0), 0)
    assert n.normalize_batch([]) == []


def test_batch_matches_one_by_one_and_keeps_unchanged_objects() -> None:
    docs = [doc.text for doc in khabar.Corpus.sample()] * 30 + ["plain ascii", ""]
    n = Normalizer()
    expected = [n.normalize(t) for t in docs]
    assert n.normalize_batch(docs) == expected
    assert n.normalize_batch(tuple(docs), threads=1) == expected
    assert n.normalize_batch(iter(docs), threads=3) == expected
    plain = "".join(["plain", " ascii"])  # a fresh object, not an interned constant
    assert n.normalize_batch([plain, "أ"])[0] is plain
    clean = [Normalizer("display").normalize(t) for t in docs[:5]]
    assert all(a is b for a, b in zip(Normalizer("display").normalize_batch(clean), clean))


def test_normalized_reads_like_its_constructor_and_shows_its_changes() -> None:
    result = Normalizer().normalize_with_offsets("قالَ أن")
    assert repr(result) == "Normalized(text='قال ان', original='قالَ أن')"
    assert result.changes() == [(2, 4, 2, 3), (5, 6, 4, 5)]
    assert len(result) == len(result.text)
    assert isinstance(result, Normalized)
