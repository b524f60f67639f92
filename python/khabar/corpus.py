"""Documents and corpora: loading them from folders, JSONL, pandas or Arrow, and the bundled
sample of five articles."""

from __future__ import annotations

import csv
import json
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from khabar._khabar import article_parts, extract_numbers

if TYPE_CHECKING:
    import pandas

    from khabar.analysis import Analysis

#: What a metadata record may name; anything else goes to ``Document.metadata``.
FIELDS = ("id", "text", "title", "outlet", "published", "url")
#: A file read as one article's text; a folder's texts are its .txt files.
TEXT_SUFFIXES = (".txt", "")
#: What ``Corpus.read`` reads, for messages.
READABLE = "a folder of .txt files, one .txt file, or a .jsonl, .csv or .parquet file of articles"
#: Other names the fields go by in the files people have.
#: Half a UTF-16 pair on its own: what a broken decoder leaves, and no text can be read with.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
ALIASES = {"publication_date": "published", "date": "published", "source": "outlet"}

OnError = Literal["raise", "skip"]
ON_ERROR = ("raise", "skip")


class CorpusError(ValueError):
    """A document that cannot be read, with the file (or record) it came from."""


class KhabarWarning(UserWarning):
    """Something was left out or assumed; the message says what and where."""


class Part(NamedTuple):
    """One part of an article: ``text[start:end]`` is the part."""

    kind: str
    start: int
    end: int


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
        if isinstance(self.published, str):
            object.__setattr__(self, "published", date.fromisoformat(self.published))

    @property
    def label(self) -> str:
        """The outlet, or the id when the outlet is unknown: how tables name the document."""
        return self.outlet or f"#{self.id}"

    @cached_property
    def parts(self) -> list[Part]:
        """Title, headlines, body, subheadings and page furniture, in order.

        >>> Document("العنوان\\nقال الرئيس إن المحادثات جيدة.").parts
        [Part(kind='title', start=0, end=7), Part(kind='body', start=8, end=37)]
        """
        return [Part(*part) for part in article_parts(self.text)]

    @cached_property
    def reference_date(self) -> tuple[date | None, str | None]:
        """The date the document's relative dates resolve against, and where it comes from
        (see ``reference_date_of``)."""
        return reference_date_of(self, self.parts)

    def _repr_html_(self) -> str:
        from khabar import display

        return display.document_html(self)


def reference_date_of(document: Document, parts: Sequence[tuple[str, int, int]]) -> tuple[date | None, str | None]:
    """The date relative expressions of ``document`` resolve against, and where it comes from:
    its publication date, the date on its dateline, or the earliest inferred date in its
    metadata (``publication_date_inferred``)."""
    if document.published is not None:
        return document.published, "published"
    for kind, start, end in parts:
        if kind != "dateline":
            continue
        for fact in extract_numbers(document.text[start:end]):
            if fact.kind == "date" and fact.granularity == "day" and fact.resolved and fact.resolved[0].isdigit():
                return date.fromisoformat(fact.resolved), "dateline"
    inferred = inferred_date(document)
    return (inferred, "inferred") if inferred is not None else (None, None)


def inferred_date(document: Document) -> date | None:
    """The earliest date its metadata infers for ``document`` (``publication_date_inferred``)."""
    inferred = document.metadata.get("publication_date_inferred")
    if isinstance(inferred, Mapping) and inferred.get("earliest"):
        return date.fromisoformat(str(inferred["earliest"]))
    return None


@dataclass(frozen=True)
class Corpus:
    """An ordered collection of documents, and the ones that could not be read.

    >>> corpus = Corpus.sample()
    >>> len(corpus), corpus[2].outlet
    (5, 'قناة اليمن اليوم')
    """

    documents: tuple[Document, ...]
    #: (source, reason) for each document left out while loading.
    skipped: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        documents = self.documents
        if isinstance(documents, (str, bytes, os.PathLike)):
            raise TypeError(
                f"Corpus takes Documents, not a path ({documents!r}); to load a file or folder use Corpus.read(path)"
            )
        try:
            documents = tuple(documents)
        except TypeError:
            raise TypeError(
                f"Corpus takes an iterable of Documents, and {type(documents).__name__} is not iterable; "
                "to load a file or folder use Corpus.read(path)"
            ) from None
        for k, document in enumerate(documents):
            if not isinstance(document, Document):
                raise TypeError(
                    f"Corpus takes Documents, and item {k} is a {type(document).__name__}; "
                    "make texts or records into documents with Corpus.from_records, or load files with Corpus.read"
                )
        object.__setattr__(self, "documents", documents)

    @classmethod
    def sample(cls) -> Corpus:
        """The five bundled articles on the Trump–Putin calls of 12 February and 18 March 2025."""
        return cls.read(Path(str(resources.files("khabar") / "sample")))

    @classmethod
    def read(
        cls, path: str | Path, *, metadata: str | Path | None = None, on_error: OnError = "raise"
    ) -> Corpus:
        """The documents at ``path``: a folder of .txt files (with ``metadata.json``, .jsonl or
        .csv beside them, or the one given), a .jsonl, .csv or .parquet file (one article a
        line or row) or one .txt file; any other file is a CorpusError.

        A document with no ``id`` takes its file's stem (a .txt), or ``<file name>:<line>`` (a JSONL
        record, lines counted from 1) or ``<file name>:<row>`` (a Parquet row, from 0), so each
        record keeps its own. Only regular files are read: a FIFO or a device is not a document.

        A file, line or row that cannot be read (not UTF-8, not JSON, a corrupt Parquet file, an
        empty text) raises CorpusError naming it; with ``on_error="skip"`` it is left out, listed in
        ``skipped`` and warned about, and the rest is read.

        >>> Corpus.read("no/such/folder")
        Traceback (most recent call last):
        khabar.corpus.CorpusError: no/such/folder: no such file or folder
        """
        return cls._collected(iter_documents(path, metadata=metadata, on_error=on_error))

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, source: str = "record", on_error: OnError = "raise"
    ) -> Corpus:
        """Documents from mappings with a ``text`` and any of id, title, outlet, published
        (or publication_date), url; other keys become metadata."""
        check_on_error(on_error)
        numbered = ((f"{source} {k}", record) for k, record in enumerate(records))
        return cls._collected(documents_of(numbered, on_error))

    @classmethod
    def from_pandas(cls, frame: pandas.DataFrame, *, on_error: OnError = "raise") -> Corpus:
        """Documents from a DataFrame with a ``text`` column (one row each)."""
        return cls.from_records(frame.to_dict("records"), source="row", on_error=on_error)

    @classmethod
    def from_arrow(cls, table: Any, *, on_error: OnError = "raise") -> Corpus:
        """Documents from a pyarrow Table (or anything with ``to_pylist``) with a ``text`` column."""
        return cls.from_records(table.to_pylist(), source="row", on_error=on_error)

    @classmethod
    def _collected(cls, items: Iterable[Document | tuple[str, str]]) -> Corpus:
        """The corpus of the documents among ``items``, the rest (source, reason) skipped and
        warned about."""
        documents: list[Document] = []
        skipped: list[tuple[str, str]] = []
        for item in items:
            if isinstance(item, Document):
                documents.append(item)
            else:
                skipped.append(item)
        if skipped:
            listed = "; ".join(f"{source}: {reason}" for source, reason in skipped[:5])
            more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
            warnings.warn(
                f"{len(skipped)} document(s) skipped: {listed}{more}", KhabarWarning, stacklevel=4
            )
        return cls(tuple(documents), tuple(skipped))

    def analyze(self, *, threads: int | None = None, event: str = "call") -> Analysis:
        """Quotes, numeric facts, article parts and event of every document, and the comparisons
        between outlets (see ``khabar.Analysis``)."""
        from khabar.analysis import analyze

        return analyze(self, threads=threads, event=event)

    def to_pandas(self) -> pandas.DataFrame:
        """One row per document: id, label, title, outlet, published, url, characters, text."""
        import pandas

        return pandas.DataFrame(
            {
                "id": [d.id for d in self],
                "label": [d.label for d in self],
                "title": [d.title for d in self],
                "outlet": [d.outlet for d in self],
                "published": [d.published for d in self],
                "url": [d.url for d in self],
                "characters": [len(d.text) for d in self],
                "text": [d.text for d in self],
            }
        )

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]


def iter_documents(
    path: str | Path, *, metadata: str | Path | None = None, on_error: OnError = "raise"
) -> Iterator[Document | tuple[str, str]]:
    """The documents at ``path`` one at a time, reading each file only when it is reached, so a
    corpus of any size streams. A document that cannot be read comes as (source, reason) with
    ``on_error="skip"`` and raises CorpusError otherwise."""
    check_on_error(on_error)
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if not path.is_dir() and path.suffix.lower() not in (".jsonl", ".csv", ".parquet", *TEXT_SUFFIXES):
        # a table or a page read as one article's text would be a corpus of one, reported on
        raise CorpusError(f"{path}: khabar reads {READABLE}, not a {path.suffix} file")
    return documents_of(records_at(path, metadata), on_error)


def check_on_error(on_error: object) -> None:
    """ValueError unless ``on_error`` is one of ON_ERROR."""
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")


def documents_of(
    records: Iterable[tuple[str, Mapping[str, Any] | str]], on_error: OnError
) -> Iterator[Document | tuple[str, str]]:
    """A Document for each (source, record), or (source, reason) for a record that is a reason
    already or that makes no document; with ``on_error="raise"`` the first such raises."""
    check_on_error(on_error)
    return _documents_of(records, on_error)


def _documents_of(
    records: Iterable[tuple[str, Mapping[str, Any] | str]], on_error: OnError
) -> Iterator[Document | tuple[str, str]]:
    for source, record in records:
        try:
            if isinstance(record, str):
                raise CorpusError(f"{source}: {record}")
            yield document_from(record, source)
        except CorpusError as error:
            if on_error == "raise":
                raise
            yield source, str(error).removeprefix(f"{source}: ")


def records_at(path: Path, metadata: str | Path | None) -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    """(source, record) for each document at ``path``, or (source, reason) when it cannot be read.

    Only regular files are read (a FIFO or a device named like a text would block or never end).
    A JSONL record or Parquet row with no ``id`` is given ``<file name>:<line>`` (lines from 1) or
    ``<file name>:<row>`` (rows from 0), so every record keeps its own."""
    irregular = not_regular(path)
    suffix = path.suffix.lower()
    if irregular is None and suffix == ".jsonl":
        yield from jsonl_records(path)
        return
    if irregular is None and suffix == ".parquet":
        yield from parquet_records(path)
        return
    if irregular is None and suffix == ".csv":
        yield from csv_records(path)
        return
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    records = metadata_records(path, metadata)
    for file in files:
        record = records.get(file.name) or records.get(file.stem) or {"id": file.stem}
        irregular = not_regular(file)
        if irregular is not None:
            yield str(file), irregular
            continue
        try:
            yield str(file), {**record, "text": file.read_bytes().decode("utf-8")}
        except OSError as error:
            yield str(file), error.strerror or str(error)
        except UnicodeDecodeError as error:
            yield str(file), f"not UTF-8 (byte {error.start} is {error.object[error.start]:#04x})"


def not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file to read (it is a folder, a FIFO, ...), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISREG(mode):
        return None
    kinds = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a FIFO", stat.S_ISSOCK: "a socket",
             stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device"}  # fmt: skip
    kind = next((name for test, name in kinds.items() if test(mode)), "not a file")
    return f"not a regular file ({kind})"


def with_id(record: Any, default: str) -> Any:
    """The record with ``id`` set to ``default`` when it has none (missing, None or blank)."""
    if isinstance(record, Mapping) and (record.get("id") is None or str(record.get("id")).strip() == ""):
        return {**record, "id": default}
    return record


def jsonl_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    """The records of a JSONL file, line by line: a line that is not UTF-8 or not JSON is a
    reason, naming the line, and the lines after it are still read."""
    try:
        lines = path.open("rb")
    except OSError as error:
        yield str(path), error.strerror or str(error)
        return
    number = 0
    with lines:
        try:
            for number, raw in enumerate(lines, 1):
                source = f"{path}:{number}"
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    yield source, f"not UTF-8 (byte {error.start} is {raw[error.start]:#04x})"
                    continue
                if number == 1:
                    line = line.removeprefix("\ufeff")  # a byte order mark
                if line.strip():
                    try:
                        yield source, with_id(json.loads(line), f"{path.name}:{number}")
                    except json.JSONDecodeError as error:
                        yield source, f"not JSON ({error.msg})"
        except OSError as error:
            yield f"{path}:{number + 1}", error.strerror or str(error)


def csv_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    """The rows of a CSV file with a header (a ``text`` column and any of the fields a JSONL
    record has), row by row from 1: a file that is not UTF-8 or not CSV is a reason naming it."""
    row = 0
    # (an article's text is one field, and many are longer than csv's default limit of 128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    try:
        with path.open(encoding="utf-8-sig", newline="") as lines:
            for row, record in enumerate(csv.DictReader(lines), 1):
                yield f"{path} row {row}", with_id(record, f"{path.name}:{row}")
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        where = f" after row {row}" if row else ""
        yield str(path), f"not a readable CSV file{where} ({error})"


def parquet_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    """The rows of a Parquet file; a file pyarrow cannot read is one reason naming it."""
    require_pyarrow(f"reading {path}")
    import pyarrow
    import pyarrow.parquet

    row = 0
    try:
        batches = pyarrow.parquet.ParquetFile(path).iter_batches()
        for batch in batches:
            for record in batch.to_pylist():
                yield f"{path} row {row}", with_id(record, f"{path.name}:{row}")
                row += 1
    except (pyarrow.ArrowException, OSError) as error:
        where = f" after row {row - 1}" if row else ""
        yield str(path), f"not a readable Parquet file{where} ({error})"


def require_pyarrow(purpose: str) -> None:
    """ImportError saying how to install pyarrow, when it is missing, for ``purpose``."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as error:
        raise ImportError(
            f"{purpose} needs pyarrow, which is not installed: pip install 'khabar[parquet]' "
            "(or pip install pyarrow)"
        ) from error


def metadata_records(folder: Path, metadata: str | Path | None) -> dict[str, Mapping[str, Any]]:
    """The metadata beside a folder of texts, by file name: from ``metadata`` or the folder's
    metadata.json (a list, or {"documents": [...]}), metadata.jsonl or metadata.csv, each
    record naming its ``file``."""
    if metadata is None:
        if not folder.is_dir():
            return {}
        found = [folder / f"metadata.{ext}" for ext in ("json", "jsonl", "csv")]
        metadata = next((f for f in found if f.exists()), None)
        if metadata is None:
            return {}
    metadata = Path(metadata)
    irregular = not_regular(metadata)
    if irregular is not None:
        raise CorpusError(f"{metadata}: unreadable metadata ({irregular})")
    try:
        content = metadata.read_text(encoding="utf-8")
        if metadata.suffix == ".csv":
            entries: list[Any] = list(csv.DictReader(content.splitlines()))
        elif metadata.suffix == ".jsonl":
            entries = [json.loads(line) for line in content.splitlines() if line.strip()]
        else:
            loaded = json.loads(content)
            entries = loaded["documents"] if isinstance(loaded, dict) else loaded
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise CorpusError(f"{metadata}: unreadable metadata ({error})") from error
    records: dict[str, Mapping[str, Any]] = {}
    for k, entry in enumerate(entries):
        if not isinstance(entry, Mapping) or not entry.get("file"):
            raise CorpusError(f"{metadata}: entry {k} has no 'file' naming its text")
        records[str(entry["file"])] = {key: v for key, v in entry.items() if key != "file"} | {
            "file": entry["file"]
        }
    return records


def document_from(record: Mapping[str, Any], source: str) -> Document:
    """A Document from one metadata record with its text; CorpusError says what is wrong."""
    if not isinstance(record, Mapping):
        raise CorpusError(f"{source}: a record must be a mapping, not {type(record).__name__}")
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        name = ALIASES.get(key, key)
        if name in FIELDS and name not in known:
            known[name] = value
        else:
            extra[key] = value
    text = known.pop("text", None)
    if text is None:
        # a record with no text field at all says which fields it has: the column was misnamed
        named = "text" in record
        fields = "" if named else f" (its fields: {', '.join(map(repr, record)) or 'none'})"
        raise CorpusError(f"{source}: no 'text'{fields}")
    if not isinstance(text, str):
        raise CorpusError(f"{source}: 'text' must be str, not {type(text).__name__}")
    if not text.strip():
        raise CorpusError(f"{source}: empty")
    surrogate = LONE_SURROGATE.search(text)
    if surrogate:
        raise CorpusError(f"{source}: a lone surrogate at position {surrogate.start()}, which no encoding can hold")
    published = known.pop("published", None)
    if published != published or published is None or str(published).strip() == "":
        published = None  # NaN, None or blank: not known
    elif isinstance(published, datetime):
        published = published.date()
    elif not isinstance(published, date):
        try:
            published = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise CorpusError(f"{source}: published {published!r} is not a YYYY-MM-DD date") from None
    strings = {
        key: None if value is None or value != value else str(value)  # NaN from pandas is missing
        for key, value in known.items()
    }
    return Document(
        text=text,
        id=strings.get("id") or Path(str(extra.get("file", source))).stem,
        title=strings.get("title"),
        outlet=strings.get("outlet"),
        published=published,
        url=strings.get("url"),
        metadata=extra,
    )
