"""Streaming: analyse a corpus of any size chunk by chunk, writing the frames to Parquet.

Memory holds a few chunks whatever the corpus size. A worker thread (or worker processes)
analyses the next chunks while this thread reads from disk and writes the finished ones in
order, waiting with the GIL released.

The output is a Parquet dataset: each frame is a folder (``quotes.parquet/``) of part files, one
per finished chunk or group of chunks, each written under a hidden temporary name and renamed
into place, and ``manifest.json`` lists the parts and the documents they hold, rewritten (also
by an atomic rename) after each part. Whatever stops the stream, Ctrl-C or a SIGKILL, what was
finished stays readable, and ``resume=True`` continues from the last part the manifest lists.

A date known only to the month or week names the day-dated event of its own chunk, so the
result does not depend on the number of workers or on how chunks finish.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import contextmanager
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar._khabar import __version__
from khabar.analysis import FRAMES, Analysis, extract, frames
from khabar.corpus import Corpus, Document, OnError, check_on_error, iter_documents, require_pyarrow

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: A chunk ends after this many characters even if it has fewer documents than asked for.
CHUNK_CHARACTERS = 1 << 25
#: Documents per chunk unless told otherwise.
CHUNK_SIZE = 1000
#: The file listing the finished parts of a stream's output.
MANIFEST = "manifest.json"
#: What the manifest's ``format`` says.
FORMAT = "khabar-parquet-dataset/1"


class ResumeError(ValueError):
    """A stopped stream that cannot be continued as asked (no manifest, other documents, another
    chunk size)."""


@dataclass
class Written:
    """What a stream wrote: the directory of Parquet files and its counts."""

    directory: Path
    documents: int = 0
    characters: int = 0
    #: The size of the texts in UTF-8, as files hold them.
    bytes: int = 0
    #: Rows written to each frame's file.
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FRAMES, 0))
    #: (source, reason) for each document left out while reading.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    #: Documents (and their UTF-8 bytes) already written when a resumed stream started.
    resumed: int = 0
    resumed_bytes: int = 0
    #: Whether the stream reached the end of its documents.
    complete: bool = False

    def read(self, corpus: Corpus | None = None) -> Analysis:
        """The analysis read back from the files (see ``Analysis.read_parquet``)."""
        return Analysis.read_parquet(self.directory, corpus=corpus)


def analyze_to_parquet(
    source: str | Path | Iterable[Document | str],
    directory: str | Path,
    *,
    chunk_size: int | None = None,
    workers: int = 1,
    event: str = "call",
    metadata: str | Path | None = None,
    on_error: OnError = "raise",
    progress: bool = True,
    resume: bool = False,
    overwrite: bool = False,
) -> Written:
    """Analyse the documents of ``source`` (a path ``Corpus.read`` takes, or any iterable of
    documents or texts) ``chunk_size`` at a time (1,000 by default), writing each chunk's frames
    as a Parquet dataset: ``directory/{documents,parts,quotes,facts,events}.parquet/`` folders of
    part files, and ``directory/manifest.json`` listing the finished parts. ``doc`` numbers the
    documents across the whole stream. Shows a progress bar (tqdm, in a terminal or Jupyter)
    unless ``progress=False``.

    With ``workers=1`` a thread analyses each chunk on all cores while this one writes the one
    before. Building the frames takes Python, which runs on one core at a time in a process, so
    ``workers=N`` processes (one per core, say) analyse a chunk each on a core of their own; as
    with any use of multiprocessing, a script must then call this under
    ``if __name__ == "__main__":``. ``khabar analyze`` uses one process per core.

    A ``directory`` that already holds results is refused (FileExistsError) unless
    ``overwrite=True`` (they are replaced) or ``resume=True``: a stream stopped by Ctrl-C or
    killed then goes on after the last part its manifest lists, skipping the documents done,
    and gives what one uninterrupted stream gives. The source must give the same documents in
    the same order (checked), with the same ``chunk_size`` and ``event`` (taken from the
    manifest when not given); otherwise ResumeError.

    >>> import tempfile
    >>> written = analyze_to_parquet(Corpus.sample(), tempfile.mkdtemp(), progress=False)
    >>> written.documents, written.rows["documents"]
    (5, 5)
    """
    require_pyarrow("writing Parquet")
    if chunk_size is not None and chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if resume and overwrite:
        raise ValueError("resume=True continues the results in the folder and overwrite=True replaces them: pass one")
    check_on_error(on_error)
    directory = Path(directory)
    # the source first: a path that does not exist is reported before any folder is made
    if isinstance(source, (str, Path)):
        items: Iterable[Document | tuple[str, str]] = iter_documents(source, metadata=metadata, on_error=on_error)
        total = _count_documents(Path(source))
    else:
        items = (_document(item, k) for k, item in enumerate(source))
        total = len(source) if isinstance(source, Sized) else None
    manifest = Manifest.begin(
        directory, resume=resume, overwrite=overwrite, chunk_size=chunk_size, event=event,
        source=str(source) if isinstance(source, (str, Path)) else None,
    )  # fmt: skip
    written = manifest.written()
    if manifest.complete:
        return written
    if manifest.documents:
        items = manifest.skip_done(items)
    started = time.perf_counter()
    pool, threads = _pool(workers)
    stopped = False
    with ParquetFrames(directory, manifest=manifest) as writers, _progress(total, progress, manifest.documents) as bar:
        # chunks in flight, oldest first: each is written when done, in order
        pending: deque[tuple[list[Document], Future[dict[str, pandas.DataFrame]]]] = deque()
        try:
            for chunk in _chunks(items, manifest.chunk_size, written.skipped):
                pending.append((chunk, pool.submit(analyze_chunk, chunk, event, threads)))
                if len(pending) > workers:
                    _write(*pending.popleft(), written, writers, bar)
            while pending:
                _write(*pending.popleft(), written, writers, bar)
            if not written.documents:  # files with their columns, and no rows
                writers.append(analyze_chunk([], event, threads), [])
        except BaseException as error:
            stopped = True
            if isinstance(error, KeyboardInterrupt):
                bar.write(f"khabar: stopped; {written.documents} documents written to {directory}", file=sys.stderr)
            raise
        finally:
            # on Ctrl-C the chunks in flight are dropped: the workers are stopped, not waited for
            with _ctrl_c_deferred():
                _stop(pool, wait=not stopped)
            written.seconds = time.perf_counter() - started
    written.complete = True
    return written


def analyze_chunk(
    documents: list[Document], event: str, threads: int | None
) -> dict[str, pandas.DataFrame]:
    """The frames of one chunk, in a worker."""
    return frames(documents, extract(documents, threads=threads, event=event), event=event)


def _pool(workers: int) -> tuple[Executor, int | None]:
    """The executor chunks go to, and the threads each chunk's batches take."""
    if workers == 1:
        return ThreadPoolExecutor(1, thread_name_prefix="khabar"), None
    # spawned, not forked: a fork copies a process whose thread pools it cannot copy
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_setup, initargs=(os.getpid(),)), 1


def _stop(pool: Executor, wait: bool) -> None:
    """Shuts the pool down; unless waiting, the worker processes are terminated, so that
    nothing (not even the interpreter's exit) waits for a chunk that would be dropped."""
    if wait:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # ProcessPoolExecutor's own
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(2)
        if process.is_alive():
            process.kill()
            process.join(2)


def _worker_setup(parent: int) -> None:
    """Workers leave Ctrl-C to the main process, which stops them, and end when it ends, even
    killed with no chance to stop them (SIGKILL, the out-of-memory killer)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="khabar-parent-watch", daemon=True).start()


def _write(
    documents: list[Document],
    analysis: Future[dict[str, pandas.DataFrame]],
    written: Written,
    writers: ParquetFrames,
    bar: Any,
) -> None:
    """Appends the frames of one chunk, numbering its documents on."""
    found = analysis.result()
    for name in FRAMES:
        found[name]["doc"] += written.documents
        written.rows[name] += len(found[name])
    writers.append(found, documents)
    written.documents += len(documents)
    written.characters += sum(len(d.text) for d in documents)
    written.bytes += sum(len(d.text.encode()) for d in documents)
    bar.update(len(documents))
    bar.set_postfix(MB=f"{written.bytes / 1e6:.0f}", skipped=len(written.skipped), refresh=False)


def _document(item: Document | str, position: int) -> Document:
    if isinstance(item, str):
        return Document(item, id=str(position))
    if not isinstance(item, Document):
        raise TypeError(f"source[{position}] is a {type(item).__name__}; a stream takes Documents or str")
    return item


def _chunks(
    items: Iterable[Document | tuple[str, str]], size: int, skipped: list[tuple[str, str]]
) -> Iterator[list[Document]]:
    """Lists of at most ``size`` documents (and about CHUNK_CHARACTERS characters); skipped
    items, (source, reason) pairs, are collected in ``skipped``."""
    chunk: list[Document] = []
    characters = 0
    for item in items:
        if not isinstance(item, Document):
            skipped.append(item)
            continue
        chunk.append(item)
        characters += len(item.text)
        if len(chunk) >= size or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


def _count_documents(path: Path) -> int | None:
    """The number of documents at ``path`` when it is cheap to know (a folder of .txt)."""
    if path.is_dir():
        return sum(1 for _ in path.glob("*.txt"))
    return None


def _progress(total: int | None, shown: bool, done: int = 0) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=done, unit="doc", desc="khabar", disable=not shown, smoothing=0.1)


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

    def written(self) -> Written:
        """The counts of what the manifest lists, as a stream's result."""
        written = Written(self.directory, complete=self.complete)
        for part in self.parts:
            written.documents += part["documents"]
            written.characters += part["characters"]
            written.bytes += part["bytes"]
            for name in FRAMES:
                written.rows[name] += part["rows"][name]
        written.resumed, written.resumed_bytes = written.documents, written.bytes
        return written

    def skip_done(self, items: Iterable[Document | tuple[str, str]]) -> Iterator[Document | tuple[str, str]]:
        """``items`` after the documents the parts hold, checking they are the same ones."""
        iterator = iter(items)
        for number, part in enumerate(self.parts):
            ids: list[str] = []
            while len(ids) < part["documents"]:
                item = next(iterator, None)
                if item is None:
                    break
                if isinstance(item, Document):
                    ids.append(item.id)
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
    """The names of results (frames, manifest) in ``directory``."""
    names = [MANIFEST, *(f"{name}.parquet" for name in FRAMES)]
    return [name for name in names if (directory / name).exists()]


def clear_results(directory: Path) -> None:
    """Removes the frames and manifest in ``directory``, and nothing else."""
    for name in results_in(directory):
        path = directory / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def read_frame(directory: str | Path, name: str) -> pandas.DataFrame:
    """Frame ``name`` of the results in ``directory``: the parts its manifest lists (so a part
    renamed into place after the manifest was last written is not read), or without a
    manifest the file or folder ``name.parquet``.

    >>> import tempfile
    >>> out = analyze_to_parquet(Corpus.sample(), tempfile.mkdtemp(), progress=False).directory
    >>> len(read_frame(out, "documents"))
    5
    """
    import pandas
    import pyarrow
    import pyarrow.parquet

    directory = Path(directory)
    if not (directory / MANIFEST).exists():
        return pandas.read_parquet(directory / f"{name}.parquet")
    manifest = Manifest.read(directory)
    files = [directory / f"{name}.parquet" / part["file"] for part in manifest.parts]
    if not files:  # stopped before its first part: no rows, the frame's columns
        empty = pyarrow.Table.from_pandas(analyze_chunk([], manifest.event, 1)[name], preserve_index=False)
        return _settled(empty, name).empty_table().to_pandas()
    return pyarrow.parquet.ParquetDataset(files).read_pandas().to_pandas()


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
        with _ctrl_c_deferred():  # the buffers change together or not at all
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
        with _ctrl_c_deferred():
            number = len(self.manifest.parts)
            file = f"part-{number:06d}.parquet"
            rows: dict[str, int] = {}
            renames = []
            for name, tables in self.buffered.items():
                if name not in self.schemas:
                    first = next((table for table in tables if len(table)), tables[0])
                    self.schemas[name] = _settled(first, name)
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
            with _ctrl_c_deferred():
                self.manifest.complete = True
                self.manifest.save()


@contextmanager
def _ctrl_c_deferred() -> Iterator[None]:
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


def _settled(table: pyarrow.Table, name: str) -> pyarrow.Schema:
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
