"""khabar agrees with CAMeL Tools character for character, except where it decided otherwise.

CAMeL Tools' ``normalize_alef_ar``, ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``
and ``dediac_ar`` (from camel-lite, the same code without torch) against khabar's alef,
alef_maqsura, teh_marbuta and diacritics steps. The decisions (README, "Decisions"):
khabar also removes the extended and Quranic marks, maps the rare alefs ٲ ٳ ٵ to ا and ۃ to ه.
"""

from __future__ import annotations

import pytest

import khabar

camel = pytest.importorskip("camel_lite.utils.normalize")
dediac = pytest.importorskip("camel_lite.utils.dediac")

KHABAR = khabar.Normalizer(
    "none", alef=True, alef_maqsura=True, teh_marbuta=True, diacritics=True
)
DECIDED_OTHERWISE = {
    *range(0x0610, 0x061B),  # Quranic honorifics and small letters
    *range(0x0653, 0x0660),  # maddah, combining hamza and the extended marks
    0x0672, 0x0673, 0x0675,  # wavy and high-hamza alefs
    0x06C3,  # teh marbuta goal
    *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8, *range(0x06EA, 0x06EE),
    *range(0x08D3, 0x08E2), *range(0x08E3, 0x0900),  # Arabic Extended-A marks
}


def camel_normalize(text: str) -> str:
    text = camel.normalize_alef_ar(text)
    text = camel.normalize_alef_maksura_ar(text)
    text = camel.normalize_teh_marbuta_ar(text)
    return str(dediac.dediac_ar(text))


def test_every_arabic_code_point_agrees_but_for_the_decisions() -> None:
    blocks = [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)]
    differing = {
        cp for cp in blocks if KHABAR.normalize(f"ب{chr(cp)}ب") != camel_normalize(f"ب{chr(cp)}ب")
    }
    assert differing == DECIDED_OTHERWISE


def test_the_bundled_articles_agree_character_for_character() -> None:
    for doc in khabar.Corpus.sample():
        assert KHABAR.normalize(doc.text) == camel_normalize(doc.text), doc.id
