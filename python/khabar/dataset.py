"""The Parquet dataset an analysis is written to: a folder per frame of part files, and a manifest.

Each part is written under a hidden temporary name and renamed into place, and
``manifest.json`` lists the parts and the documents they hold, rewritten (also by an atomic
rename) after each part, so whatever stops a writer, Ctrl-C or a SIGKILL, what was finished
stays readable and can be continued. ``khabar.stream`` writes datasets chunk by chunk;
``Analysis.to_parquet`` and ``Analysis.read_parquet`` write and read them whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar import stories
from khabar._khabar import __version__
from khabar.corpus import Document

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: The frames of an analysis.
FRAMES = ("documents", "parts", "quotes", "facts", "events")
#: Documents per chunk unless told otherwise.
CHUNK_SIZE = 1000
#: The file listing the finished parts of a dataset.
MANIFEST = "manifest.json"
#: What the manifest's ``format`` says.
FORMAT = "khabar-parquet-dataset/1"


class ResumeError(ValueError):
    """A stopped stream that cannot be continued as asked (no manifest, other documents, another
    chunk size)."""



def _ids_digest(ids: Iterable[str]) -> str:
    """A fingerprint of documents' ids, in order: how a resumed stream knows its source."""
    digest = hashlib.sha256()
    for identifier in ids:
        digest.update(identifier.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _atomic_write(path: Path, content: bytes) -> None:
    """Writes ``path`` under a hidden temporary name and renames it into place."""
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as file:
        file.write(content)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


@dataclass
class Manifest:
    """What ``manifest.json`` holds: the parts a stream finished, in order, and how it was run."""

    directory: Path
    chunk_size: int = CHUNK_SIZE
    event: str = "call"
    source: str | None = None
    #: One entry per part: its file (the same name in every frame's folder), its first
    #: document, its documents, the digest of their ids, its rows per frame and its size.
    parts: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = False

    @property
    def documents(self) -> int:
        return sum(part["documents"] for part in self.parts)

    @classmethod
    def begin(
        cls, directory: Path, *, resume: bool, overwrite: bool, chunk_size: int | None, event: str, source: str | None
    ) -> Manifest:
        """The manifest to write to: a new one in an empty (or replaced) folder, or the stopped
        stream's when resuming; FileExistsError for a folder holding results otherwise."""
        found = results_in(directory)
        if found and not (resume or overwrite):
            raise FileExistsError(
                f"{directory} already holds results ({', '.join(found)}): pass overwrite=True to replace "
                "them, or resume=True to continue the stream that wrote them"
            )
        if resume and found:
            manifest = cls.read(directory)
            if chunk_size is not None and chunk_size != manifest.chunk_size:
                raise ResumeError(
                    f"{directory} was written in chunks of {manifest.chunk_size} documents, not {chunk_size}: "
                    "resume with the same chunk size (or leave it out)"
                )
            if event != manifest.event:
                raise ResumeError(f"{directory} was written with event={manifest.event!r}, not {event!r}")
            manifest.tidy()
            return manifest
        if found:
            clear_results(directory)
        directory.mkdir(parents=True, exist_ok=True)
        manifest = cls(directory, chunk_size or CHUNK_SIZE, event, source)
        manifest.save()
        return manifest

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        """The manifest in ``directory``; ResumeError when there is none to continue from."""
        path = directory / MANIFEST
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ResumeError(
                f"{directory} holds results but no {MANIFEST}, so there is no stream to resume: "
                "pass overwrite=True to start again"
            ) from None
        except (OSError, ValueError) as error:
            raise ResumeError(f"{path} cannot be read ({error})") from error
        if not isinstance(content, dict) or content.get("format") != FORMAT:
            raise ResumeError(f"{path} is not a khabar stream's manifest")
        return cls(
            directory, content["chunk_size"], content["event"], content.get("source"), content["parts"],
            content["complete"],
        )  # fmt: skip

    def save(self) -> None:
        """Rewrites manifest.json atomically."""
        content = {
            "format": FORMAT,
            "khabar": __version__,
            "source": self.source,
            "chunk_size": self.chunk_size,
            "event": self.event,
            "complete": self.complete,
            "documents": self.documents,
            "frames": list(FRAMES),
            "parts": self.parts,
        }
        text = json.dumps(content, ensure_ascii=False, indent=1)
        _atomic_write(self.directory / MANIFEST, text.encode("utf-8"))

    def tidy(self) -> None:
        """Removes what a stopped stream left beyond its manifest: temporary files, and parts
        renamed into place after the manifest was last written."""
        listed = {part["file"] for part in self.parts}
        for name in FRAMES:
            folder = self.directory / f"{name}.parquet"
            if not folder.is_dir():
                raise ResumeError(f"{folder} is missing: the results cannot be resumed; pass overwrite=True")
            for file in folder.iterdir():
                if file.name not in listed:
                    file.unlink()
            missing = listed - {file.name for file in folder.iterdir()}
            if missing:
                raise ResumeError(f"{folder} lacks {sorted(missing)[0]}, which {MANIFEST} lists: pass overwrite=True")

    def counts(self) -> dict[str, Any]:
        """What the parts listed hold: documents, characters, UTF-8 bytes, and rows per frame."""
        rows = dict.fromkeys(FRAMES, 0)
        for part in self.parts:
            for name in FRAMES:
                rows[name] += part["rows"][name]
        return {
            "documents": self.documents,
            "characters": sum(part["characters"] for part in self.parts),
            "bytes": sum(part["bytes"] for part in self.parts),
            "rows": rows,
        }

    def skip_done(
        self, items: Iterable[Document | tuple[str, str]], done: list[Document]
    ) -> Iterator[Document | tuple[str, str]]:
        """``items`` after the documents the parts hold, checking they are the same ones; those
        are collected in ``done``."""
        iterator = iter(items)
        for number, part in enumerate(self.parts):
            ids: list[str] = []
            while len(ids) < part["documents"]:
                item = next(iterator, None)
                if item is None:
                    break
                if isinstance(item, Document):
                    ids.append(item.id)
                    done.append(item)
                else:
                    yield item  # a skipped item, reported again
            if len(ids) < part["documents"] or _ids_digest(ids) != part["ids"]:
                first = part["first"]
                raise ResumeError(
                    f"the documents of part {number} of {self.directory} ({first} to "
                    f"{first + part['documents'] - 1}) are not the ones the source gives now: resume "
                    "with the same documents in the same order, or pass overwrite=True to start again"
                )
        yield from iterator


def results_in(directory: Path) -> list[str]:
    """The names of results (frames, stories, manifest) in ``directory``."""
    names = [MANIFEST, *(f"{name}.parquet" for name in FRAMES), *stories.FILES]
    return [name for name in names if (directory / name).exists()]


def clear_results(directory: Path) -> None:
    """Removes the frames and manifest in ``directory``, and nothing else."""
    for name in results_in(directory):
        path = directory / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def read_frame(
    directory: str | Path,
    name: str,
    empty: Callable[[str], pandas.DataFrame] | None = None,
    columns: Sequence[str] | None = None,
) -> pandas.DataFrame:
    """Frame ``name`` of the results in ``directory`` (only ``columns`` if given): the parts its
    manifest lists (so a part renamed into place after the manifest was last written is not
    read), or without a manifest the file or folder ``name.parquet``.

    >>> import tempfile
    >>> from khabar import Corpus
    >>> out = Corpus.sample().analyze().to_parquet(tempfile.mkdtemp())
    >>> len(read_frame(out, "documents"))
    5
    """
    import pandas
    import pyarrow
    import pyarrow.parquet

    directory = Path(directory)
    wanted = None if columns is None else list(columns)
    if not (directory / MANIFEST).exists():
        return pandas.read_parquet(directory / f"{name}.parquet", columns=wanted)
    manifest = Manifest.read(directory)
    files = [directory / f"{name}.parquet" / part["file"] for part in manifest.parts]
    if not files:  # stopped before its first part: no rows, the frame's columns if known
        if empty is None:
            return pandas.DataFrame(columns=wanted)
        table = pyarrow.Table.from_pandas(empty(name), preserve_index=False)
        frame = settled(table, name).empty_table().to_pandas()
        return frame if wanted is None else frame[wanted]
    return pyarrow.parquet.ParquetDataset(files).read_pandas(columns=wanted).to_pandas()


class ParquetFrames:
    """The frames of an analysis as a Parquet dataset: a folder per frame, a part file per
    group of chunks, and the manifest.

    Chunks are buffered until they hold ``group_documents`` documents and then written as one
    part in every folder, with Ctrl-C held off until the five part files are renamed into place
    and the manifest lists them, so the frames always agree and a stream of small chunks does
    not pile up files. Each frame takes the schema of its first part; columns it leaves empty
    take their types from ``column_types()``. Without a ``manifest`` the folder's results are
    replaced.
    """

    def __init__(self, directory: Path, group_documents: int = 1000, manifest: Manifest | None = None) -> None:
        import pyarrow.parquet

        self.directory = directory
        self.group_documents = group_documents
        if manifest is None:
            manifest = Manifest.begin(directory, resume=False, overwrite=True, chunk_size=None, event="call", source=None)
        self.manifest = manifest
        self.buffered: dict[str, list[pyarrow.Table]] = {name: [] for name in FRAMES}
        #: The ids, characters and UTF-8 bytes of the documents buffered.
        self.buffered_ids: list[str] = []
        self.buffered_characters = 0
        self.buffered_bytes = 0
        #: Each frame's schema: its first part's.
        self.schemas: dict[str, pyarrow.Schema] = {}
        if manifest.parts:
            first = manifest.parts[0]["file"]
            for name in FRAMES:
                self.schemas[name] = pyarrow.parquet.read_schema(directory / f"{name}.parquet" / first)

    def append(self, found: Mapping[str, pandas.DataFrame], documents: Sequence[Document] | int) -> None:
        """Adds the frames of a chunk of ``documents`` (or of that many documents, as
        ``Analysis.to_parquet`` gives them: their ids and sizes are then read from the frames)."""
        import pyarrow

        tables = {name: pyarrow.Table.from_pandas(found[name], preserve_index=False) for name in FRAMES}
        if isinstance(documents, int):
            ids = [str(i) for i in found["documents"]["id"]]
            characters, size = int(found["documents"]["characters"].sum()), 0
        else:
            ids = [d.id for d in documents]
            characters = sum(len(d.text) for d in documents)
            size = sum(len(d.text.encode("utf-8", "surrogatepass")) for d in documents)
        with ctrl_c_deferred():  # the buffers change together or not at all
            for name, table in tables.items():
                self.buffered[name].append(table)
            self.buffered_ids += ids
            self.buffered_characters += characters
            self.buffered_bytes += size
        if len(self.buffered_ids) >= self.group_documents:
            self.flush()

    def flush(self) -> None:
        """Writes the buffered chunks as the next part of every frame, and lists it in the
        manifest, Ctrl-C or not."""
        import pyarrow
        import pyarrow.parquet

        if not self.buffered["documents"]:
            return
        with ctrl_c_deferred():
            number = len(self.manifest.parts)
            file = f"part-{number:06d}.parquet"
            rows: dict[str, int] = {}
            renames = []
            for name, tables in self.buffered.items():
                if name not in self.schemas:
                    first = next((table for table in tables if len(table)), tables[0])
                    self.schemas[name] = settled(first, name)
                schema = self.schemas[name]
                table = pyarrow.concat_tables(
                    [t.select(schema.names).cast(schema) if len(t) else schema.empty_table() for t in tables]
                )
                folder = self.directory / f"{name}.parquet"
                folder.mkdir(exist_ok=True)
                temporary = folder / f".{file}.tmp"
                pyarrow.parquet.write_table(table, temporary, compression="zstd")
                with temporary.open("rb") as written:
                    os.fsync(written.fileno())
                renames.append((temporary, folder / file))
                rows[name] = len(table)
            for temporary, final in renames:
                os.replace(temporary, final)
            ids = self.buffered_ids
            self.manifest.parts.append({
                "file": file,
                "first": self.manifest.documents,
                "documents": len(ids),
                "ids": _ids_digest(ids),
                "first_id": ids[0] if ids else None,
                "last_id": ids[-1] if ids else None,
                "rows": rows,
                "characters": self.buffered_characters,
                "bytes": self.buffered_bytes,
            })  # fmt: skip
            self.manifest.save()
            self.buffered = {name: [] for name in FRAMES}
            self.buffered_ids, self.buffered_characters, self.buffered_bytes = [], 0, 0

    def __enter__(self) -> ParquetFrames:
        return self

    def __exit__(self, *exc: object) -> None:
        """Writes what is buffered (whatever stopped the stream: those chunks are finished);
        when nothing did, the manifest says the stream is complete."""
        self.flush()
        if exc[0] is None:
            with ctrl_c_deferred():
                self.manifest.complete = True
                self.manifest.save()


@contextmanager
def ctrl_c_deferred() -> Iterator[None]:
    """Holds Ctrl-C off until the block is done, then raises it (main thread only: signals go
    there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[object] = []
    previous = signal.signal(signal.SIGINT, lambda *received: caught.append(received))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and previous is signal.default_int_handler:
            raise KeyboardInterrupt


def settled(table: pyarrow.Table, name: str) -> pyarrow.Schema:
    """The schema of frame ``name`` from ``table``, with types for the columns it has no value
    in (an empty column has no type to infer, or pandas' float for NaN)."""
    import pyarrow

    def untyped(kind: pyarrow.DataType) -> bool:
        return pyarrow.types.is_null(kind) or (pyarrow.types.is_list(kind) and untyped(kind.value_type))

    known = column_types(name)
    fields = [
        pyarrow.field(f.name, known.get(f.name, pyarrow.large_string()))
        if column.null_count == len(column) or untyped(f.type)
        else f
        for f, column in zip(table.schema, table.columns)
    ]
    return pyarrow.schema(fields)


def column_types(frame: str) -> dict[str, pyarrow.DataType]:
    """The Arrow types of the columns of ``frame`` that are not strings; strings are large, as
    pandas' string columns convert, except in lists, which convert from Python's."""
    import pyarrow

    integer = pyarrow.int64()
    number = pyarrow.float64()
    day = pyarrow.date32()
    integers = (
        "doc", "start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end", "evidence_start",
        "evidence_end", "body_start", "body_end", "characters", "article_characters", "quotes", "facts",
        "speaker_entity",
    )  # fmt: skip
    return {
        **dict.fromkeys(integers, integer),
        "in_article": pyarrow.bool_(),
        "confidence": number,
        "value": number,
        "value_max": number,
        "published": day,
        "reference_date": day,
        "alt_speakers": pyarrow.list_(pyarrow.string()),
        "fragments": pyarrow.list_(pyarrow.list_(integer)),
        # the date an article covers; in the facts, the same date as a string
        **({"event": day} if frame == "events" else {}),
    }
