"""The Dask recipe of the README: worker processes each analysing a partition (a pandas Series of
texts, or a frame of documents) give the frames one process gives."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pandas
import pytest

import khabar
from khabar.analysis import FRAMES
from khabar.partitions import analyze_partition


def dask_modules() -> tuple[Any, Any, Any]:
    """dask, dask.dataframe and distributed, which only the recipe's tests need (skipped without)."""
    return pytest.importorskip("dask"), pytest.importorskip("dask.dataframe"), pytest.importorskip("distributed")


def comparable(frame: pandas.DataFrame) -> pandas.DataFrame:
    """Missing values as None, whatever the column type: a partition where a column is all
    missing types it differently."""
    frame = frame.reset_index(drop=True)
    return frame.astype(object).where(frame.notna(), None)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    _, _, distributed = dask_modules()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, env={"RAYON_NUM_THREADS": "1"}, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_workers_give_the_frames_of_one_process(client: object) -> None:
    dask, dd, _ = dask_modules()
    sample = khabar.Corpus.sample()
    table = pandas.DataFrame([{"text": d.text, "id": d.id, "outlet": d.outlet, **d.metadata} for d in sample])
    one_process = khabar.Corpus.from_pandas(table).analyze()
    with dask.config.set({"dataframe.convert-string": False}):  # keeps the metadata dicts as they are
        documents = dd.from_pandas(table, npartitions=2)
        assert documents.npartitions == 2
        for name in FRAMES:
            meta = analyze_partition(table.head(0), name)
            got = documents.map_partitions(analyze_partition, name, meta=meta).compute()
            pandas.testing.assert_frame_equal(comparable(got), comparable(getattr(one_process, name)))


def test_a_series_of_texts_keeps_its_index_as_doc(client: object) -> None:
    _, dd, _ = dask_modules()
    texts = pandas.Series(
        ["قال بوتين إن الحوار مستمر.", "لا شيء", "وأكد ترامب أن المكالمة كانت جيدة."], index=[7, 8, 9]
    )
    quotes = dd.from_pandas(texts, npartitions=2).map_partitions(
        analyze_partition, meta=analyze_partition(texts.head(0))
    ).compute()
    assert quotes["doc"].tolist() == [7, 9]
    assert quotes["speaker"].tolist() == ["فلاديمير بوتين", "دونالد ترامب"]


def test_results_pickle_for_any_engine() -> None:
    analysis = khabar.Corpus.sample().analyze()
    again = pickle.loads(pickle.dumps(analysis))
    pandas.testing.assert_frame_equal(again.quotes, analysis.quotes)
    finder = pickle.loads(pickle.dumps(khabar.TermFinder({"call": ["مكالمة"]})))
    assert finder.find("المكالمة") == [("call", 0, 8)]


def test_a_row_with_no_text_is_named_or_skipped() -> None:
    texts = pandas.Series(["قال بوتين إن الحوار مستمر.", "", "وأكد ترامب أن المكالمة جيدة."], index=[5, 6, 7])
    with pytest.raises(khabar.CorpusError, match="row 6: empty"):
        analyze_partition(texts)
    with pytest.warns(khabar.KhabarWarning, match="row 6"):
        quotes = analyze_partition(texts, on_error="skip")
    assert quotes["doc"].tolist() == [5, 7]


def test_an_unknown_frame_is_refused() -> None:
    with pytest.raises(ValueError, match="the frames are"):
        analyze_partition(pandas.Series(["نص"]), "speakers")
