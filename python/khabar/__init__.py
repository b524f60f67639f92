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
    CountedNoun,
    Entity,
    KhabarError,
    Normalized,
    Normalizer,
    NumericFact,
    PROCLITICS,
    QUOTE_LEXICONS,
    Quote,
    QuoteExtractor,
    StoryIndex,
    TermFinder,
    __version__,
    article_parts,
    article_parts_batch,
    default_threads,
    extract_entities,
    extract_entities_batch,
    extract_numbers,
    extract_numbers_batch,
    extract_quotes,
    extract_quotes_batch,
    name_key,
    number_to_words,
    story_terms,
)
from khabar.analysis import Analysis
from khabar.corpus import Corpus, CorpusError, Document, KhabarWarning, Part
from khabar.stream import analyze_to_parquet

__all__ = [
    "PRESETS",
    "STEPS",
    "Analysis",
    "Corpus",
    "CorpusError",
    "CountedNoun",
    "Document",
    "Entity",
    "KhabarError",
    "KhabarWarning",
    "Normalized",
    "Normalizer",
    "NumericFact",
    "PROCLITICS",
    "Part",
    "QUOTE_LEXICONS",
    "Quote",
    "QuoteExtractor",
    "StoryIndex",
    "TermFinder",
    "__version__",
    "article_parts",
    "article_parts_batch",
    "analyze_to_parquet",
    "default_threads",
    "extract_entities",
    "extract_entities_batch",
    "extract_numbers",
    "extract_numbers_batch",
    "extract_quotes",
    "extract_quotes_batch",
    "name_key",
    "normalize",
    "number_to_words",
    "story_terms",
]


def normalize(text: str, preset: str = "search", **steps: bool | str | None) -> str:
    """Normalize one text: the shortcut for ``Normalizer(preset, **steps).normalize(text)``.

    >>> normalize("مسؤول ومسئول")
    'مسءول ومسءول'
    >>> normalize("مسؤول", hamza="carrier")
    'مسوول'
    """
    return Normalizer(preset, **steps).normalize(text)
