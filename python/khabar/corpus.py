"""Documents and corpora, and the bundled sample of five articles."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article: its text and what is known about it.

    >>> doc = Document("قال بوتين إن ...", id="x", outlet="تاس")
    >>> doc.outlet
    'تاس'
    """

    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document text must be str, not {type(self.text).__name__}")


@dataclass(frozen=True)
class Corpus:
    """An ordered collection of documents.

    >>> corpus = Corpus.sample()
    >>> len(corpus), corpus[2].outlet
    (5, 'قناة اليمن اليوم')
    """

    documents: tuple[Document, ...]

    @classmethod
    def sample(cls) -> Corpus:
        """The five bundled articles on the Trump–Putin calls of 12 February and 18 March 2025."""
        folder = resources.files("khabar") / "sample"
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        documents = []
        for entry in metadata["documents"]:
            raw = (folder / entry["file"]).read_bytes()
            published = entry["publication_date"]
            documents.append(
                Document(
                    text=raw.decode("utf-8"),
                    id=entry["id"],
                    title=entry["title"],
                    outlet=entry["outlet"],
                    published=date.fromisoformat(published) if published else None,
                    metadata={
                        "file": entry["file"],
                        "publication_date_inferred": entry["publication_date_inferred"],
                        "calls_covered": entry["calls_covered"],
                    },
                )
            )
        return cls(tuple(documents))

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]
