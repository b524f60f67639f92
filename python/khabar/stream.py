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

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar import stories
from khabar.analysis import Analysis, extract, frames
from khabar.corpus import Corpus, Document, OnError, check_on_error, iter_documents, require_pyarrow
from khabar.dataset import (
    FRAMES,
    Manifest,
    ParquetFrames,
    ctrl_c_deferred,
    read_frame,
)

if TYPE_CHECKING:
    import pandas

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
    #: Documents (and their UTF-8 bytes) already written when a resumed stream started.
    resumed: int = 0
    resumed_bytes: int = 0
    #: Whether the stream reached the end of its documents.
    complete: bool = False
    #: The stories of the documents, and the wire copies among them, once complete.
    stories: int = 0
    wire_copies: int = 0

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
    _refuse_in_a_worker_bootstrap(workers)
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
    written = Written(directory, complete=manifest.complete, **manifest.counts())
    written.resumed, written.resumed_bytes = written.documents, written.bytes
    if manifest.complete:
        return written
    # stories need every document: the tracker is fed each chunk as it is written, and on
    # resuming the documents of the parts already written, read back
    tracker = stories.StoryTracker()
    done: list[Document] = []
    if manifest.documents:
        items = manifest.skip_done(items, done)
    started = time.perf_counter()
    pool, threads = _pool(workers)
    stopped = False
    with ParquetFrames(directory, manifest=manifest) as writers, _progress(total, progress, manifest.documents) as bar:
        # chunks in flight, oldest first: each is written when done, in order
        pending: deque[tuple[list[Document], Future[tuple[dict[str, pandas.DataFrame], Any]]]] = deque()
        # a chunk analysed in this process keeps its texts as the one pass normalized them, for
        # the story index to read (a worker process's would be copied back: not worth it)
        analyze = _analyze_keeping_texts if workers == 1 else _analyze_alone
        try:
            for chunk in _chunks(items, manifest.chunk_size, written.skipped):
                _track_done(done, tracker, directory, manifest.chunk_size)
                pending.append((chunk, pool.submit(analyze, chunk, event, threads)))
                if len(pending) > workers:
                    _write(*pending.popleft(), written, writers, bar, tracker)
            while pending:
                _write(*pending.popleft(), written, writers, bar, tracker)
            _track_done(done, tracker, directory, manifest.chunk_size)
            if not written.documents:  # files with their columns, and no rows
                writers.append(analyze_chunk([], event, threads), [])
            bar.set_postfix_str("grouping stories")
            writers.flush()
            grouped = tracker.result()
            with ctrl_c_deferred():
                stories.write(directory, grouped)
            written.stories, written.wire_copies = len(grouped.stories), len(grouped.copies)
        except BaseException as error:
            stopped = True
            if isinstance(error, KeyboardInterrupt):
                bar.write(f"khabar: stopped; {written.documents} documents written to {directory}", file=sys.stderr)
            if isinstance(error, BrokenProcessPool):
                raise RuntimeError(
                    f"a worker process ended abruptly ({written.documents} documents written to {directory}; "
                    "resume=True goes on from there): it was killed, ran out of memory, or the script "
                    "calls analyze_to_parquet with workers > 1 outside `if __name__ == \"__main__\":`"
                ) from error
            raise
        finally:
            # on Ctrl-C the chunks in flight are dropped: the workers are stopped, not waited for
            with ctrl_c_deferred():
                _stop(pool, wait=not stopped)
            written.seconds = time.perf_counter() - started
    written.complete = True
    return written


def analyze_chunk(
    documents: list[Document], event: str, threads: int | None
) -> dict[str, pandas.DataFrame]:
    """The frames of one chunk, in a worker."""
    return frames(documents, extract(documents, threads=threads, event=event), event=event)


def _analyze_keeping_texts(
    documents: list[Document], event: str, threads: int | None
) -> tuple[dict[str, pandas.DataFrame], Any]:
    """The frames of one chunk, and its texts as the one pass normalized them (``SearchTexts``)."""
    found = extract(documents, threads=threads, event=event, keep_search=True)
    return frames(documents, found, event=event), found.search


def _analyze_alone(
    documents: list[Document], event: str, threads: int | None
) -> tuple[dict[str, pandas.DataFrame], Any]:
    """The frames of one chunk, in a worker process, and no texts."""
    return analyze_chunk(documents, event, threads), None


def _refuse_in_a_worker_bootstrap(workers: int) -> None:
    """A worker process starts by running the script that started it: a script that calls a
    stream of workers outside ``if __name__ == "__main__":`` would start a second stream there,
    on the same folder. It stops here instead, before touching the folder, saying why (the flag
    is the one multiprocessing itself reads to refuse a process started in a bootstrap)."""
    if workers > 1 and getattr(multiprocessing.current_process(), "_inheriting", False):
        raise RuntimeError(
            "analyze_to_parquet(workers > 1) was called while a worker process was starting: call it "
            'under `if __name__ == "__main__":` in the script'
        )


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
    calls = getattr(pool, "_call_queue", None)
    if calls is not None:
        # a chunk half sent to a worker about to end would block the queue's feeder thread, and
        # the executor's exit would wait for it for ever
        calls.cancel_join_thread()
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
    analysis: Future[tuple[dict[str, pandas.DataFrame], Any]],
    written: Written,
    writers: ParquetFrames,
    bar: Any,
    tracker: stories.StoryTracker,
) -> None:
    """Appends the frames of one chunk, numbering its documents on, and adds it to the stories
    (with its texts normalized, when the chunk kept them)."""
    found, normalized = analysis.result()
    tracker.add(documents, found, normalized=normalized)
    for name in FRAMES:
        found[name]["doc"] += written.documents
        written.rows[name] += len(found[name])
    writers.append(found, documents)
    written.documents += len(documents)
    written.characters += sum(len(d.text) for d in documents)
    written.bytes += sum(len(d.text.encode()) for d in documents)
    bar.update(len(documents))
    bar.set_postfix(MB=f"{written.bytes / 1e6:.0f}", skipped=len(written.skipped), refresh=False)


def _track_done(done: list[Document], tracker: stories.StoryTracker, directory: Path, chunk_size: int) -> None:
    """Adds to the stories the documents a resumed stream had written, with their frames read
    back, once: in the chunks the stream first added them in, as a story index weighs each
    chunk by what it knew when the chunk came."""
    if not done:
        return
    found = {name: read_frame(directory, name) for name in ("documents", "facts")}
    found["quotes"] = read_frame(directory, "quotes", columns=["doc", "in_article", "speaker", "speaker_type"])
    first = 0
    for chunk in _chunks(done, chunk_size, []):
        last = first + len(chunk)
        tracker.add(chunk, {name: _renumbered(frame, first, last) for name, frame in found.items()})
        first = last
    done.clear()


def _renumbered(frame: pandas.DataFrame, first: int, last: int) -> pandas.DataFrame:
    """The rows of documents ``first`` to ``last`` (excluded), numbered from 0."""
    rows = frame[(frame["doc"] >= first) & (frame["doc"] < last)]
    return rows.assign(doc=rows["doc"] - first)


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
