"""khabar: analyse how Arabic-language news covers an event.

>>> import khabar
>>> khabar.normalize("أعلنَ الكرملينُ")
'اعلن الكرملين'
>>> n = khabar.Normalizer("search").normalize_with_offsets("قالَ بـوتين")
>>> s, e = n.to_original(4, 9)
>>> n.original[s:e]
'بـوتين'
"""

from __future__ import annotations

from khabar._khabar import (
    PRESETS,
    STEPS,
    KhabarError,
    Normalized,
    Normalizer,
    __version__,
    default_threads,
)
from khabar.corpus import Corpus, Document

__all__ = [
    "PRESETS",
    "STEPS",
    "Corpus",
    "Document",
    "KhabarError",
    "Normalized",
    "Normalizer",
    "__version__",
    "default_threads",
    "normalize",
]


def normalize(text: str, preset: str = "search", **steps: bool | str | None) -> str:
    """Normalize one text: the shortcut for ``Normalizer(preset, **steps).normalize(text)``.

    >>> normalize("مسؤول ومسئول")
    'مسءول ومسءول'
    >>> normalize("مسؤول", hamza="carrier")
    'مسوول'
    """
    return Normalizer(preset, **steps).normalize(text)
