"""The analysis on an engine that splits a corpus into partitions: Dask, Ray or Spark.

Each partition is analysed on its own, and its frames number the documents by the partition's
index, so the frames of all partitions concatenate into the frames of the whole corpus. Run one
worker process per core with ``RAYON_NUM_THREADS=1``: the engine spreads the partitions, and
each worker's batches then stay on its own core.

As in a stream, a date known only to the month or week names the event of that month found in
the same partition: keep the articles of one event in one partition (by date, for instance) when
such dates matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.analysis import FRAMES, extract, frames
from khabar.corpus import Corpus, Document, OnError, documents_of

if TYPE_CHECKING:
    import pandas


def analyze_partition(
    documents: pandas.Series | pandas.DataFrame,
    frame: str = "quotes",
    *,
    event: str = "call",
    threads: int | None = None,
    on_error: OnError = "raise",
) -> pandas.DataFrame:
    """One frame (documents, parts, quotes, facts or events) of the analysis of one partition:
    a Series of texts, or a DataFrame with a ``text`` column and any of id, title, outlet,
    published, url and metadata columns. ``doc`` is the partition's index of the document.
    A row that makes no document (no text, an empty one) raises CorpusError; with
    ``on_error="skip"`` it is left out and warned about.

    >>> import pandas
    >>> texts = pandas.Series(["لا شيء", "قال بوتين إن الحوار مستمر."], index=[10, 11])
    >>> analyze_partition(texts)[["doc", "speaker"]].values.tolist()
    [[11, 'فلاديمير بوتين']]
    """
    import numpy
    import pandas

    if frame not in FRAMES:
        raise ValueError(f"unknown frame {frame!r}; the frames are {list(FRAMES)}")
    records = documents.to_frame("text") if isinstance(documents, pandas.Series) else documents
    if "id" not in records:
        records = records.assign(id=records.index.astype(str))
    sources = ((f"row {label}", record) for label, record in zip(records.index, records.to_dict("records")))
    items = list(documents_of(sources, on_error))
    kept = [k for k, item in enumerate(items) if isinstance(item, Document)]
    corpus = Corpus._collected(items)  # warns of the rows left out, naming them
    found = frames(corpus.documents, extract(corpus.documents, threads=threads, event=event), event=event)[frame]
    # from positions among the documents kept to the partition's index
    found["doc"] = records.index.to_numpy()[numpy.asarray(kept, dtype=int)[found["doc"].to_numpy(dtype=int)]]
    return found
