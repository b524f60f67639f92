"""The alignment never lies: every span of the normalized text maps to exactly the characters of
the original that produced it. Checked by hand on the hard cases and by hypothesis at random."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar import Normalizer

SEARCH = Normalizer("search")
VARIANTS = [
    SEARCH,
    Normalizer("display"),
    Normalizer("search", hamza="carrier", quotes="«", whitespace=False),
    Normalizer("none", presentation_forms=True),
]

# The characters normalization treats specially, and a sprinkling of everything else.
INTERESTING = list(
    "اأإآٱبتةيىوؤئءلـ ًٌٍَُِّْٰۖ\u0653\u08d3 \t\n\r\u00a0\u200b\u200c\u200d\u200e\u200f\u061c\u202b\u2067\ufeff"
    "ﻻﻷﷺﷲﹰﱞﺔ٠٣۹٫٬٪،؛؟«»“”‘’\"'AZßİÉکیہ😀𝐀"
)
texts = st.text(
    alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters(exclude_categories=["Cs"])),
    max_size=40,
)


def test_one_to_many_ligatures_map_back_whole() -> None:
    result = SEARCH.normalize_with_offsets("ﻻ ﷺ")
    assert result.text == "لا صلي الله عليه وسلم"
    assert result.to_original(0, 1) == (0, 1)  # ل of ﻻ
    assert result.to_original(1, 2) == (0, 1)  # ا of ﻻ
    assert result.to_original(3, 5) == (2, 3)  # any part of ﷺ is ﷺ
    assert result.to_normalized(2, 3) == (3, 21)


def test_removed_marks_belong_to_their_letter_and_invisibles_to_nothing() -> None:
    text = "\u200fأَعْلَنَ\u200e بـوتين"
    result = SEARCH.normalize_with_offsets(text)
    assert result.text == "اعلن بوتين"
    s, e = result.to_original(0, 4)
    assert text[s:e] == "أَعْلَنَ"  # the last fatha is in, the RLM before and LRM after are not
    s, e = result.to_original(5, 6)
    assert text[s:e] == "بـ"
    assert result.to_normalized(0, 1) == (0, 0)  # the RLM produced nothing


def test_surrogate_pairs_are_one_code_point() -> None:
    text = "😀ـَ أ𝐀"
    result = SEARCH.normalize_with_offsets(text)
    assert result.text == "😀 ا𝐀"
    assert result.to_original(0, 1) == (0, 3)
    assert result.to_original(3, 4) == (5, 6)
    assert text[5:6] == "𝐀"


def test_spans_map_back_on_the_bundled_articles() -> None:
    from khabar import Corpus

    for doc in Corpus.sample():
        result = SEARCH.normalize_with_offsets(doc.text)
        at = result.text.find("بوتين")
        s, e = result.to_original(at, at + 5)
        assert SEARCH.normalize(doc.text[s:e]) == "بوتين"


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_span_maps_to_the_characters_that_produced_it(text: str) -> None:
    for normalizer in VARIANTS:
        result = normalizer.normalize_with_offsets(text)
        normalized = result.text
        assert normalized == normalizer.normalize(text)
        atoms = [result.to_original(j, j + 1) for j in range(len(normalized))]
        covered = 0
        for j, (a, b) in enumerate(atoms):
            assert 0 <= a < b <= len(text), (text, j)
            # atoms follow each other; one atom may produce several characters
            assert a >= covered or (a, b) == atoms[j - 1]
            # what lies between atoms produced nothing
            assert normalizer.normalize(text[covered:a]) == "" or a == covered
            covered = b
            # the atom, normalized alone, gives back the characters it produced
            ns, ne = result.to_normalized(a, b)
            assert ns <= j < ne
            if normalizer is SEARCH:
                assert normalizer.normalize(text[a:b]) == normalized[ns:ne]
        assert normalizer.normalize(text[covered:]) == ""
        for s in range(len(normalized) + 1):
            for e in range(s, min(len(normalized), s + 6) + 1):
                os_, oe = result.to_original(s, e)
                if s < e:
                    assert (os_, oe) == (atoms[s][0], atoms[e - 1][1])
                    ns, ne = result.to_normalized(os_, oe)
                    assert ns <= s and e <= ne


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_original_spans_map_to_every_character_they_helped_produce(
    text: str, data: st.DataObject
) -> None:
    result = SEARCH.normalize_with_offsets(text)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    ns, ne = result.to_normalized(s, e)
    atoms = [result.to_original(j, j + 1) for j in range(len(result.text))]
    produced = [j for j, (a, b) in enumerate(atoms) if a < e and s < b]
    if produced:
        assert (ns, ne) == (produced[0], produced[-1] + 1)
    else:
        assert ns == ne
