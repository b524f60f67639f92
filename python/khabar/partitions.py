"""The analysis on an engine that splits a corpus into partitions: Dask, Ray or Spark.

Each partition is analysed on its own, and its frames number the documents by the partition's
index, so the frames of all partitions concatenate into the frames of the whole corpus. Run one
worker process per core with ``RAYON_NUM_THREADS=1``: the engine spreads the partitions, and
each worker's batches then stay on its own core.

As in a stream, a date known only to the month or week names the event of that month found in
the same partition: keep the articles of one event in one partition (by date, for instance) when
such dates matter.

Stories need the whole corpus at once, so partitions have none: group the corpus afterwards
with ``khabar.stories.group(documents, {"documents": ..., "facts": ...})`` on one machine (a
30,000-article corpus takes seconds), or stream it with ``khabar analyze``, which groups as it
goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.analysis import extract, frames
from khabar.corpus import Corpus, Document, OnError, documents_of
from khabar.dataset import FRAMES, column_types, settled

if TYPE_CHECKING:
    import pandas
    import pyarrow


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

    Each column has one type whatever the partition holds, an empty one included, so the frame
    of an empty partition is the ``meta`` an engine asks for: integers (nullable ``Int64`` for
    offsets that may be missing), floats, booleans, pandas' string type for text, objects for
    dates and lists.

    >>> import pandas
    >>> texts = pandas.Series(["لا شيء", "قال بوتين إن الحوار مستمر."], index=[10, 11])
    >>> analyze_partition(texts)[["doc", "speaker"]].values.tolist()
    [[11, 'فلاديمير بوتين']]
    >>> analyze_partition(texts.head(0)).dtypes[["doc", "start", "cue_start", "confidence", "in_article"]].tolist()
    [dtype('int64'), dtype('int64'), Int64Dtype(), dtype('float64'), dtype('bool')]
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
    return typed(found, frame)


def arrow_schema(frame: str = "quotes") -> pyarrow.Schema:
    """The Arrow schema of ``frame``'s columns, for an engine that writes Parquet and cannot infer
    the type of a column of objects (the lists of ``quotes``, the dates of ``documents``):
    ``to_parquet(..., schema=arrow_schema("quotes"))`` in Dask.

    >>> arrow_schema("quotes").field("fragments").type
    ListType(list<item: list<item: int64>>)
    """
    import pandas
    import pyarrow

    empty = pyarrow.Table.from_pandas(analyze_partition(pandas.Series([], dtype=object), frame), preserve_index=False)
    return settled(empty, frame)


def typed(found: pandas.DataFrame, frame: str) -> pandas.DataFrame:
    """``found`` with the column types of ``frame`` that do not depend on its rows: an empty
    frame's columns are floats, and a column with no value is of objects."""
    import pandas
    import pyarrow

    text = pandas.Series(["x"]).dtype  # pandas' string type: str in pandas 3, object before
    types = column_types(frame)
    columns = {}
    for name, column in found.items():
        kind = types.get(str(name))
        if kind is None:
            columns[name] = column.astype(text) if column.dtype != text else column
        elif pyarrow.types.is_integer(kind):
            columns[name] = column if column.dtype == "Int64" else column.astype("int64")
        elif pyarrow.types.is_floating(kind):
            columns[name] = column.astype("float64")
        elif pyarrow.types.is_boolean(kind):
            columns[name] = column.astype("bool")
        else:  # dates and lists
            columns[name] = column.astype(object)
    return pandas.DataFrame(columns, index=found.index)
