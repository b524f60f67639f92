"""Type stubs for the native module; `mypy.stubtest khabar._khabar` checks them in CI."""

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, final, overload


__all__ = [
    "CountedNoun",
    "Entity",
    "KhabarError",
    "Normalized",
    "Normalizer",
    "NumericFact",
    "PRESETS",
    "PROCLITICS",
    "QUOTE_LEXICONS",
    "Quote",
    "QuoteExtractor",
    "STEPS",
    "SearchTexts",
    "StoryIndex",
    "TermFinder",
    "__version__",
    "_panic_for_tests",
    "_rebuild_normalized",
    "article_parts",
    "article_parts_batch",
    "default_threads",
    "extract_batch",
    "extract_entities",
    "extract_entities_batch",
    "extract_numbers",
    "extract_numbers_batch",
    "extract_quotes",
    "extract_quotes_batch",
    "name_key",
    "number_to_words",
    "story_terms",
]

__version__: str
STEPS: list[str]
PRESETS: list[str]
PROCLITICS: list[str]

class KhabarError(Exception): ...

def default_threads() -> int: ...
def _panic_for_tests(texts: Iterable[str], threads: int | None = None) -> int: ...
def _rebuild_normalized(
    original: str, text: str, produces: bytes, alone: bytes, expansions: list[tuple[int, int]]
) -> Normalized: ...

@final
class Normalizer:
    def __new__(
        cls,
        preset: str = "search",
        *,
        alef: bool | str | None = ...,
        hamza: bool | str | None = ...,
        alef_maqsura: bool | str | None = ...,
        teh_marbuta: bool | str | None = ...,
        diacritics: bool | str | None = ...,
        tatweel: bool | str | None = ...,
        digits: bool | str | None = ...,
        letter_forms: bool | str | None = ...,
        presentation_forms: bool | str | None = ...,
        invisibles: bool | str | None = ...,
        punctuation: bool | str | None = ...,
        quotes: bool | str | None = ...,
        whitespace: bool | str | None = ...,
        case_fold: bool | str | None = ...,
        **steps: bool | str | None,
    ) -> Normalizer: ...
    @property
    def preset(self) -> str: ...
    @property
    def steps(self) -> dict[str, bool | str]: ...
    def normalize(self, text: str) -> str: ...
    def normalize_batch(self, texts: Iterable[str], threads: int | None = None) -> list[str]: ...
    def normalize_with_offsets(self, text: str) -> Normalized: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, bool | str]]: ...

@final
class Normalized:
    @property
    def original(self) -> str: ...
    @property
    def text(self) -> str: ...
    def to_original(self, start: int, end: int) -> tuple[int, int]: ...
    def to_normalized(self, start: int, end: int) -> tuple[int, int]: ...
    def changes(self) -> list[tuple[int, int, int, int]]: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...

@final
class CountedNoun:
    def __new__(cls, text: str, start: int, end: int, lemma: str) -> CountedNoun: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def lemma(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[str, int, int, str]: ...

@final
class NumericFact:
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        kind: str,
        value: float | None = None,
        value_max: float | None = None,
        unit: str | None = None,
        qualifier: str | None = None,
        counted_noun: CountedNoun | None = None,
        resolved: str | None = None,
        granularity: str | None = None,
        timezone: str | None = None,
        note: str | None = None,
        hijri: str | None = None,
    ) -> NumericFact: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def counted_noun(self) -> CountedNoun | None: ...
    @property
    def resolved(self) -> str | None: ...
    @property
    def granularity(self) -> str | None: ...
    @property
    def timezone(self) -> str | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def hijri(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

def extract_numbers(
    text: str, reference_date: datetime.date | str | None = None
) -> list[NumericFact]: ...
@overload
def extract_numbers_batch(
    texts: Iterable[str],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    as_columns: Literal[False] = False,
    as_arrow: Literal[False] = False,
) -> list[list[NumericFact]]: ...
@overload
def extract_numbers_batch(
    texts: Iterable[str],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    *,
    as_columns: Literal[True],
    as_arrow: Literal[False] = False,
) -> dict[str, list[Any]]: ...
@overload
def extract_numbers_batch(
    texts: Iterable[str],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    as_columns: bool = False,
    *,
    as_arrow: Literal[True],
) -> Any: ...  # a pyarrow.RecordBatch
def number_to_words(value: int) -> str: ...

QUOTE_LEXICONS: list[str]

@final
class Quote:
    def __new__(
        cls,
        kind: str,
        start: int,
        end: int,
        text: str,
        cue: str | None = None,
        cue_start: int | None = None,
        cue_end: int | None = None,
        cue_lemma: str | None = None,
        speaker: str | None = None,
        speaker_type: str | None = None,
        speaker_side: str | None = None,
        speaker_text: str | None = None,
        speaker_start: int | None = None,
        speaker_end: int | None = None,
        speaker_ref: str = ...,
        role: str | None = None,
        alt_speakers: list[str] = ...,
        fragments: list[tuple[int, int]] = ...,
        confidence: float = 1.0,
        speaker_entity: int | None = None,
    ) -> Quote: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def cue(self) -> str | None: ...
    @property
    def cue_start(self) -> int | None: ...
    @property
    def cue_end(self) -> int | None: ...
    @property
    def cue_lemma(self) -> str | None: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_type(self) -> str | None: ...
    @property
    def speaker_side(self) -> str | None: ...
    @property
    def speaker_text(self) -> str | None: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def speaker_ref(self) -> str: ...
    @property
    def role(self) -> str | None: ...
    @property
    def alt_speakers(self) -> list[str]: ...
    @property
    def fragments(self) -> list[tuple[int, int]]: ...
    @property
    def confidence(self) -> float: ...
    @property
    def speaker_entity(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class Entity:
    def __new__(
        cls,
        id: int,
        name: str,
        type: str,
        side: str | None = None,
        role: str | None = None,
        mentions: list[tuple[int, int]] = ...,
        mention_kinds: list[str] = ...,
        forms: list[str] = ...,
    ) -> Entity: ...
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def side(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def mentions(self) -> list[tuple[int, int]]: ...
    @property
    def mention_kinds(self) -> list[str]: ...
    @property
    def forms(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

def extract_entities(text: str, reference_date: datetime.date | str | None = None) -> list[Entity]: ...
@overload
def extract_entities_batch(
    texts: Iterable[str],
    threads: int | None = None,
    as_columns: Literal[False] = False,
    reference_dates: Sequence[datetime.date | str | None] | None = None,
) -> list[list[Entity]]: ...
@overload
def extract_entities_batch(
    texts: Iterable[str],
    threads: int | None = None,
    *,
    as_columns: Literal[True],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
) -> dict[str, list[Any]]: ...

@final
class QuoteExtractor:
    def __new__(
        cls,
        lexicons: Mapping[str, str | Sequence[str]] | None = None,
        entities: Iterable[Mapping[str, Any]] | None = None,
    ) -> QuoteExtractor: ...
    def extract(self, text: str, reference_date: datetime.date | str | None = None) -> list[Quote]: ...
    @overload
    def extract_batch(
        self,
        texts: Iterable[str],
        threads: int | None = None,
        as_columns: Literal[False] = False,
        as_arrow: Literal[False] = False,
        reference_dates: Sequence[datetime.date | str | None] | None = None,
    ) -> list[list[Quote]]: ...
    @overload
    def extract_batch(
        self,
        texts: Iterable[str],
        threads: int | None = None,
        *,
        as_columns: Literal[True],
        as_arrow: Literal[False] = False,
        reference_dates: Sequence[datetime.date | str | None] | None = None,
    ) -> dict[str, list[Any]]: ...
    @overload
    def extract_batch(
        self,
        texts: Iterable[str],
        threads: int | None = None,
        as_columns: bool = False,
        *,
        as_arrow: Literal[True],
        reference_dates: Sequence[datetime.date | str | None] | None = None,
    ) -> Any: ...  # a pyarrow.RecordBatch
    def entities(self) -> list[tuple[str, str, str | None]]: ...

def extract_quotes(text: str, reference_date: datetime.date | str | None = None) -> list[Quote]: ...
@overload
def extract_quotes_batch(
    texts: Iterable[str],
    threads: int | None = None,
    as_columns: Literal[False] = False,
    as_arrow: Literal[False] = False,
    reference_dates: Sequence[datetime.date | str | None] | None = None,
) -> list[list[Quote]]: ...
@overload
def extract_quotes_batch(
    texts: Iterable[str],
    threads: int | None = None,
    *,
    as_columns: Literal[True],
    as_arrow: Literal[False] = False,
    reference_dates: Sequence[datetime.date | str | None] | None = None,
) -> dict[str, list[Any]]: ...
@overload
def extract_quotes_batch(
    texts: Iterable[str],
    threads: int | None = None,
    as_columns: bool = False,
    *,
    as_arrow: Literal[True],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
) -> Any: ...  # a pyarrow.RecordBatch
@overload
def extract_batch(
    texts: Iterable[str],
    finder: TermFinder,
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    keep_search: Literal[False] = False,
    parts: Literal[False] = False,
    fallback_dates: None = None,  # (a ValueError: read with parts=True only)
) -> tuple[Any, Any, dict[str, list[Any]]]: ...  # facts and quotes as pyarrow.RecordBatch, terms as columns
@overload
def extract_batch(
    texts: Iterable[str],
    finder: TermFinder,
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    *,
    keep_search: Literal[True],
    parts: Literal[False] = False,
    fallback_dates: None = None,  # (a ValueError: read with parts=True only)
) -> tuple[Any, Any, dict[str, list[Any]], SearchTexts]: ...
@overload
def extract_batch(
    texts: Iterable[str],
    finder: TermFinder | Sequence[TermFinder],
    reference_dates: Sequence[datetime.date | str | None] | None = None,
    threads: int | None = None,
    keep_search: bool = False,
    parts: bool = False,
    fallback_dates: Sequence[datetime.date | str | None] | None = None,
) -> tuple[Any, ...]: ...  # three items, two more with parts (the parts, the references), the search texts last with keep_search; terms a list of columns per finder given a list

@final
class SearchTexts:
    """Texts as search normalization wrote them, from ``extract_batch(..., keep_search=True)``."""
    def __len__(self) -> int: ...

def name_key(name: str) -> str: ...
def article_parts(text: str) -> list[tuple[str, int, int]]: ...
@overload
def article_parts_batch(
    texts: Iterable[str],
    threads: int | None = None,
    as_columns: Literal[False] = False,
    as_arrow: Literal[False] = False,
) -> list[list[tuple[str, int, int]]]: ...
@overload
def article_parts_batch(
    texts: Iterable[str], threads: int | None = None, *, as_columns: Literal[True], as_arrow: Literal[False] = False
) -> dict[str, list[Any]]: ...
@overload
def article_parts_batch(
    texts: Iterable[str], threads: int | None = None, as_columns: bool = False, *, as_arrow: Literal[True]
) -> Any: ...  # a pyarrow.RecordBatch

@final
class TermFinder:
    def __new__(cls, terms: Mapping[str, Sequence[str]] | Sequence[str]) -> TermFinder: ...
    @property
    def terms(self) -> list[str]: ...
    def find(self, text: str) -> list[tuple[str, int, int]]: ...
    @overload
    def find_batch(
        self, texts: Iterable[str], threads: int | None = None, as_columns: Literal[False] = False
    ) -> list[list[tuple[str, int, int]]]: ...
    @overload
    def find_batch(
        self, texts: Iterable[str], threads: int | None = None, *, as_columns: Literal[True]
    ) -> dict[str, list[Any]]: ...
    def __getnewargs__(self) -> tuple[dict[str, list[str]]]: ...

@final
class StoryIndex:
    def __new__(
        cls, threshold: float | None = None, window_days: float | None = None, fade_days: float | None = None
    ) -> StoryIndex: ...
    @property
    def threshold(self) -> float: ...
    @property
    def window_days(self) -> float: ...
    @property
    def fade_days(self) -> float: ...
    def add(
        self,
        texts: Iterable[str],
        titles: Sequence[str | None] | None = None,
        times: Sequence[float | None] | None = None,
        threads: int | None = None,
        outlets: Sequence[str | None] | None = None,
        normalized: SearchTexts | None = None,
    ) -> None: ...
    def story_of(self) -> list[int]: ...
    def stories(self, key_terms: int = 8) -> dict[str, list[Any]]: ...
    def likenesses(self) -> list[tuple[int, int, float]]: ...
    def wire_copies(self) -> list[tuple[int, int, float]]: ...
    def __len__(self) -> int: ...

def story_terms(text: str) -> list[str]: ...
