"""Type stubs for the native module; `mypy.stubtest khabar._khabar` checks them in CI."""

from collections.abc import Iterable
from typing import Any, final

__all__ = [
    "KhabarError",
    "Normalized",
    "Normalizer",
    "PRESETS",
    "STEPS",
    "__version__",
    "_rebuild_normalized",
    "default_threads",
]

__version__: str
STEPS: list[str]
PRESETS: list[str]

class KhabarError(Exception): ...

def default_threads() -> int: ...
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
