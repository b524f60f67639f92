"""The Dask recipe of the README: worker processes each analysing a partition (a pandas Series of
texts, or a frame of documents) give the frames one process gives."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas
import pytest

import khabar
from khabar.dataset import FRAMES
from khabar.partitions import analyze_partition, arrow_schema

README = Path(__file__).resolve().parents[1] / "README.md"
#: The columns story grouping gives an analysis in memory, which needs the whole corpus: a
#: partition's frames have none of them.
STORY_COLUMNS = ("story", "time")


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
    one_process = khabar.Corpus.from_pandas(table).analyze()  # with stories, which need the whole corpus
    with dask.config.set({"dataframe.convert-string": False}):  # keeps the metadata dicts as they are
        documents = dd.from_pandas(table, npartitions=2)
        assert documents.npartitions == 2
        for name in FRAMES:
            meta = analyze_partition(table.head(0), name)
            got = documents.map_partitions(analyze_partition, name, meta=meta).compute()
            expected = getattr(one_process, name).drop(columns=list(STORY_COLUMNS), errors="ignore")
            pandas.testing.assert_frame_equal(comparable(got), comparable(expected))


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


def sample_table() -> pandas.DataFrame:
    """The sample as a frame with a text column and metadata (dicts and lists among them)."""
    sample = khabar.Corpus.sample()
    return pandas.DataFrame([{"text": d.text, "id": d.id, "outlet": d.outlet, **d.metadata} for d in sample])


def test_the_readme_recipe_runs_to_its_last_line(tmp_path: Path) -> None:
    dask_modules()
    text = README.read_text(encoding="utf-8")
    (recipe,) = re.findall(r"```py\n(.*?)```", text[text.index("Dask is an extra."):], re.S)[:1]
    assert 'if __name__ == "__main__":' in recipe and "pip install khabar[dask]" not in text
    table = sample_table()
    (tmp_path / "articles.parquet").mkdir()  # two files, so two partitions
    table.iloc[:3].to_parquet(tmp_path / "articles.parquet" / "a.parquet")
    table.iloc[3:].to_parquet(tmp_path / "articles.parquet" / "b.parquet")
    (tmp_path / "recipe.py").write_text(recipe, encoding="utf-8")
    run = subprocess.run([sys.executable, "recipe.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    quotes = pandas.read_parquet(tmp_path / "quotes")
    assert len(list((tmp_path / "quotes").glob("*.parquet"))) == 2
    one_process = khabar.Corpus.from_pandas(table).analyze().quotes.drop(columns=list(STORY_COLUMNS), errors="ignore")
    pandas.testing.assert_frame_equal(comparable(quotes.sort_values(["doc", "start"])), comparable(one_process))


@pytest.mark.parametrize("name", FRAMES)
def test_an_empty_partition_is_the_meta_of_every_partition(name: str) -> None:
    table = sample_table()
    meta = analyze_partition(table.head(0), name)
    for part in (table.head(1), table.iloc[2:3], table):
        found = analyze_partition(part, name)
        assert found.dtypes.to_dict() == meta.dtypes.to_dict()
    assert meta["doc"].dtype == "int64"
    assert {c for c in meta if meta[c].dtype == "float64"} <= {"confidence", "value", "value_max"}
    if name in ("quotes", "facts"):
        assert meta["text"].dtype == pandas.Series(["x"]).dtype and meta["start"].dtype == "int64"
    schema = arrow_schema(name)
    assert schema.names == list(meta.columns)
    import pyarrow

    pyarrow.Table.from_pandas(analyze_partition(table, name), schema=schema, preserve_index=False)
