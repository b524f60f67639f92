"""Streaming into Parquet: the same frames as an analysis in memory, chunk by chunk, with stable
column types, documents numbered across chunks, Ctrl-C leaving readable files."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas
import pyarrow
import pyarrow.parquet
import pytest

from khabar import Analysis, Corpus, Document
from khabar.analysis import FRAMES
from khabar.cli import main
from khabar.stream import analyze_to_parquet


@pytest.fixture(scope="module")
def in_memory() -> Analysis:
    return Corpus.sample().analyze()


def test_one_chunk_writes_the_analysis_in_memory(tmp_path: Path, in_memory: Analysis) -> None:
    written = analyze_to_parquet(Corpus.sample(), tmp_path, progress=False)
    assert written.documents == 5 and written.rows["quotes"] == len(in_memory.quotes)
    read = written.read(Corpus.sample())
    for name in FRAMES:
        pandas.testing.assert_frame_equal(getattr(read, name), getattr(in_memory, name), check_dtype=False)
    assert read.summary() == in_memory.summary()
    assert read.quotes["cue_start"].dtype == "Int64"


def test_chunks_number_the_documents_across_the_stream(tmp_path: Path, in_memory: Analysis) -> None:
    written = analyze_to_parquet(Corpus.sample(), tmp_path, chunk_size=2, progress=False)
    read = Analysis.read_parquet(tmp_path)
    assert read.documents["doc"].tolist() == list(range(5))
    assert read.documents["id"].tolist() == in_memory.documents["id"].tolist()
    # quotes do not depend on the chunking; events may, as chunks settle against the days seen so far
    pandas.testing.assert_frame_equal(read.quotes, in_memory.quotes, check_dtype=False)
    assert written.rows["facts"] == len(in_memory.facts)
    with pytest.raises(ValueError, match="without its corpus"):
        read.show(0)


def test_worker_processes_write_the_same_frames_in_order(tmp_path: Path, in_memory: Analysis) -> None:
    written = analyze_to_parquet(Corpus.sample(), tmp_path, chunk_size=2, workers=2, progress=False)
    read = written.read(Corpus.sample())
    assert read.documents["id"].tolist() == in_memory.documents["id"].tolist()
    pandas.testing.assert_frame_equal(read.quotes, in_memory.quotes, check_dtype=False)
    pandas.testing.assert_frame_equal(read.parts, in_memory.parts, check_dtype=False)
    # events settle within their chunk, so a thread gives what processes give
    threaded = analyze_to_parquet(Corpus.sample(), tmp_path / "thread", chunk_size=2, progress=False).read()
    pandas.testing.assert_frame_equal(read.events, threaded.events)
    pandas.testing.assert_frame_equal(read.documents, threaded.documents)


def test_a_column_empty_in_the_first_chunk_keeps_its_type(tmp_path: Path) -> None:
    # the first chunk's one quote has no role, no other speakers, no fragments
    plain = Document("قال بوتين إن الحوار مستمر.", id="plain")
    documents = [plain, *Corpus.sample()]
    analyze_to_parquet(documents, tmp_path, chunk_size=1, progress=False)
    schema = pyarrow.parquet.read_schema(tmp_path / "quotes.parquet")
    assert schema.field("role").type == schema.field("text").type == pyarrow.large_string()
    assert schema.field("alt_speakers").type.value_type == pyarrow.string()
    assert schema.field("fragments").type.value_type.value_type == pyarrow.int64()
    quotes = pandas.read_parquet(tmp_path / "quotes.parquet")
    expected = Corpus(tuple(documents)).analyze().quotes
    pandas.testing.assert_frame_equal(
        quotes.drop(columns=["alt_speakers", "fragments"]),
        expected.drop(columns=["alt_speakers", "fragments"]),
        check_dtype=False,
    )
    assert [list(a) for a in quotes["alt_speakers"]] == expected["alt_speakers"].tolist()


def test_a_stream_with_no_quote_writes_an_empty_file_with_its_types(tmp_path: Path) -> None:
    analyze_to_parquet(["لا شيء هنا", "ولا هنا"], tmp_path, progress=False)
    assert len(Analysis.read_parquet(tmp_path).quotes) == 0
    schema = pyarrow.parquet.read_schema(tmp_path / "quotes.parquet")
    assert schema.field("doc").type == pyarrow.int64() and schema.field("in_article").type == pyarrow.bool_()
    assert schema.field("speaker").type == pyarrow.large_string()


def test_an_empty_stream_writes_files_with_no_rows(tmp_path: Path) -> None:
    written = analyze_to_parquet([], tmp_path, progress=False)
    read = Analysis.read_parquet(tmp_path)
    assert written.documents == 0 and len(read.documents) == 0 and len(read.quotes) == 0


def test_small_chunks_are_written_in_row_groups_of_a_thousand_documents(tmp_path: Path) -> None:
    documents = [Document(d.text, id=f"{k}-{d.id}") for k in range(250) for d in Corpus.sample()]
    analyze_to_parquet(documents, tmp_path, chunk_size=10, progress=False)
    groups = pyarrow.parquet.ParquetFile(tmp_path / "documents.parquet").metadata.num_row_groups
    assert groups == 2  # 1,250 documents: one group of 1,000, then the rest


def test_texts_stream_as_documents_numbered_by_position(tmp_path: Path) -> None:
    written = analyze_to_parquet(["قال بوتين إن الحوار مستمر.", "وأضاف ترامب أن المكالمة جيدة."], tmp_path, progress=False)
    documents = pandas.read_parquet(tmp_path / "documents.parquet")
    assert written.rows["quotes"] == 2 and documents["id"].tolist() == ["0", "1"]


def test_ctrl_c_stops_with_the_chunks_written_readable(tmp_path: Path) -> None:
    def interrupted() -> Iterator[Document]:
        yield from list(Corpus.sample())[:4]
        yield Document("قال بوتين إن الحوار مستمر.", id="x")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze_to_parquet(interrupted(), tmp_path, chunk_size=2, progress=False)
    # the first chunk was written; the second was in the core and the third being read
    documents = pandas.read_parquet(tmp_path / "documents.parquet")
    assert documents["doc"].tolist() == [0, 1]
    assert_files_agree(tmp_path)


def test_a_folder_streams_with_skipped_files_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قال بوتين إن الحوار مستمر.", encoding="utf-8")
    (corpus / "b.txt").write_text(" ", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--chunk-size", "1"]) == 0
    printed = capsys.readouterr()
    assert "b.txt: empty" in printed.err and "1 documents" in printed.out
    assert "khabar" in printed.err  # the progress bar
    assert len(pandas.read_parquet(out / "quotes.parquet")) == 1
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(out)]) == 1


def test_bad_chunk_size_or_workers_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        analyze_to_parquet([], tmp_path, chunk_size=0)
    with pytest.raises(ValueError, match="workers"):
        analyze_to_parquet([], tmp_path, workers=0)
    with pytest.raises(TypeError, match=r"source\[1\] is a dict"):
        analyze_to_parquet(["نص", {"text": "نص"}], tmp_path, progress=False)  # type: ignore[list-item]


def test_sigint_stops_the_command_with_its_files_readable(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as lines:
        for k in range(3000):
            text = Corpus.sample()[k % 5].text
            lines.write(json.dumps({"id": str(k), "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "khabar", "analyze", str(corpus), "--out", str(out), "--chunk-size", "100"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out / "documents.parquet").exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "stopped;" in err
    written = pandas.read_parquet(out / "documents.parquet")
    assert 0 < len(written) < 3000
    assert written["doc"].tolist() == list(range(len(written)))
    assert_files_agree(out)


def assert_files_agree(directory: Path) -> None:
    """Every file holds the same documents: none was cut between two files."""
    read = Analysis.read_parquet(directory)
    assert read.parts["doc"].max() == read.documents["doc"].max()
    assert read.documents["quotes"].sum() == read.quotes["in_article"].sum()
    assert read.documents["facts"].sum() == (read.facts["in_article"] & read.facts["fact"].notna()).sum()
