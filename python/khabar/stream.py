"""Streaming: analyse a corpus of any size chunk by chunk, writing the frames to Parquet.

Memory holds a few chunks whatever the corpus size. A worker thread (or worker processes)
analyses the next chunks while this thread reads from disk and writes the finished ones in
order, waiting with the GIL released. Ctrl-C stops the stream with the files closed, so every
chunk written stays readable.

A date known only to the month or week names the day-dated event of its own chunk, so the
result does not depend on the number of workers or on how chunks finish.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sized
from contextlib import contextmanager
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.analysis import FRAMES, Analysis, extract, frames
from khabar.corpus import Corpus, Document, OnError, iter_documents

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: A chunk ends after this many characters even if it has fewer documents than asked for.
CHUNK_CHARACTERS = 1 << 25


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

    def read(self, corpus: Corpus | None = None) -> Analysis:
        """The analysis read back from the files (see ``Analysis.read_parquet``)."""
        return Analysis.read_parquet(self.directory, corpus=corpus)


def analyze_to_parquet(
    source: str | Path | Iterable[Document | str],
    directory: str | Path,
    *,
    chunk_size: int = 1000,
    workers: int = 1,
    event: str = "call",
    metadata: str | Path | None = None,
    on_error: OnError = "raise",
    progress: bool = True,
) -> Written:
    """Analyse the documents of ``source`` (a path ``Corpus.read`` takes, or any iterable of
    documents or texts) ``chunk_size`` at a time, appending each chunk's frames to
    ``directory/{documents,parts,quotes,facts,events}.parquet``. ``doc`` numbers the documents
    across the whole stream. Shows a progress bar (tqdm, in a terminal or Jupyter) unless
    ``progress=False``.

    With ``workers=1`` a thread analyses each chunk on all cores while this one writes the one
    before. Building the frames takes Python, which runs on one core at a time in a process, so
    ``workers=N`` processes (one per core, say) analyse a chunk each on a core of their own; as
    with any use of multiprocessing, a script must then call this under
    ``if __name__ == "__main__":``. ``khabar analyze`` uses one process per core.

    >>> import tempfile
    >>> written = analyze_to_parquet(Corpus.sample(), tempfile.mkdtemp(), progress=False)
    >>> written.documents, written.rows["documents"]
    (5, 5)
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(source, (str, Path)):
        items: Iterable[Document | tuple[str, str]] = iter_documents(source, metadata=metadata, on_error=on_error)
        total = _count_documents(Path(source))
    else:
        items = (_document(item, k) for k, item in enumerate(source))
        total = len(source) if isinstance(source, Sized) else None
    written = Written(directory)
    started = time.perf_counter()
    pool, threads = _pool(workers)
    interrupted = False
    with ParquetFrames(directory) as writers, _progress(total, progress) as bar:
        # chunks in flight, oldest first: each is written when done, in order
        pending: deque[tuple[list[Document], Future[dict[str, pandas.DataFrame]]]] = deque()
        try:
            for chunk in _chunks(items, chunk_size, written.skipped):
                pending.append((chunk, pool.submit(analyze_chunk, chunk, event, threads)))
                if len(pending) > workers:
                    _write(*pending.popleft(), written, writers, bar)
            while pending:
                _write(*pending.popleft(), written, writers, bar)
            if not written.documents:  # files with their columns, and no rows
                writers.append(analyze_chunk([], event, threads), 0)
        except KeyboardInterrupt:
            interrupted = True
            bar.write(f"khabar: stopped; {written.documents} documents written to {directory}", file=sys.stderr)
            raise
        finally:
            # on Ctrl-C, the chunks being analysed finish in the background and are dropped
            pool.shutdown(wait=not interrupted, cancel_futures=True)
            written.seconds = time.perf_counter() - started
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
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_ctrl_c), 1


def _ignore_ctrl_c() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
    writers.append(found, len(documents))
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


def _progress(total: int | None, shown: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="khabar", disable=not shown, smoothing=0.1)


class ParquetFrames:
    """The Parquet files of an analysis, one per frame, written a whole chunk at a time.

    Chunks are buffered until they hold ``group_documents`` documents and then written to every
    file at once, with Ctrl-C held off until all five are written, so the files always agree
    and a stream of small chunks does not pile up row groups. Each file takes the schema of its
    first rows; columns those leave empty, and the files of frames with no rows at all, take
    their types from ``column_types()``.
    """

    def __init__(self, directory: Path, group_documents: int = 1000) -> None:
        self.directory = directory
        self.group_documents = group_documents
        self.writers: dict[str, Any] = {}
        self.buffered: dict[str, list[pyarrow.Table]] = {name: [] for name in FRAMES}
        self.buffered_documents = 0
        #: Each frame's columns, from the first chunk, for a file no rows ever come to.
        self.columns: dict[str, pyarrow.Schema] = {}

    def append(self, found: Mapping[str, pandas.DataFrame], documents: int) -> None:
        """Adds the frames of a chunk of ``documents`` documents."""
        import pyarrow

        tables = {name: pyarrow.Table.from_pandas(found[name], preserve_index=False) for name in FRAMES}
        for name, table in tables.items():
            self.buffered[name].append(table)
            self.columns.setdefault(name, table.schema)
        self.buffered_documents += documents
        if self.buffered_documents >= self.group_documents:
            self.flush()

    def flush(self) -> None:
        """Writes the buffered chunks to every file, Ctrl-C or not."""
        import pyarrow
        import pyarrow.parquet

        with _ctrl_c_deferred():
            for name, tables in self.buffered.items():
                rows = [table for table in tables if len(table)]
                if not rows:
                    continue
                writer = self.writers.get(name)
                if writer is None:
                    path = self.directory / f"{name}.parquet"
                    writer = pyarrow.parquet.ParquetWriter(path, _settled(rows[0], name), compression="zstd")
                    self.writers[name] = writer
                schema = writer.schema
                writer.write_table(pyarrow.concat_tables([t.select(schema.names).cast(schema) for t in rows]))
            self.buffered = {name: [] for name in FRAMES}
            self.buffered_documents = 0

    def __enter__(self) -> ParquetFrames:
        return self

    def __exit__(self, *exc: object) -> None:
        import pyarrow.parquet

        self.flush()
        with _ctrl_c_deferred():
            for writer in self.writers.values():
                writer.close()
            for name, schema in self.columns.items():
                if name not in self.writers:
                    empty = _settled(schema.empty_table(), name)
                    pyarrow.parquet.write_table(empty.empty_table(), self.directory / f"{name}.parquet")


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
