"""Reading corpora from files people have: what is not a regular file, records with no id, bytes
that are not UTF-8, a corrupt Parquet file, and arguments given the wrong way."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from khabar import Corpus, CorpusError, Document, KhabarWarning

TEXT = "قال بوتين إن الحوار مستمر."


def read_within(path: Path, seconds: float, **options: object) -> Corpus:
    """Corpus.read(path) in a thread, failing (and unblocking it) if it hangs."""
    result: list[Corpus | BaseException] = []

    def run() -> None:
        try:
            result.append(Corpus.read(path, **options))  # type: ignore[arg-type]
        except BaseException as error:  # noqa: BLE001 - handed to the test
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for fifo in path.glob("*.txt"):
            if fifo.is_fifo():  # a writer lets the blocked open return
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail(f"Corpus.read({path}) hung for {seconds} s")
    (found,) = result
    if isinstance(found, BaseException):
        raise found
    return found


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "d.txt").mkdir()
    with pytest.warns(KhabarWarning, match="2 document"):
        corpus = read_within(tmp_path, 5, on_error="skip")
    assert [d.id for d in corpus] == ["a"]
    assert dict(corpus.skipped) == {
        str(tmp_path / "d.txt"): "not a regular file (a folder)",
        str(tmp_path / "x.txt"): "not a regular file (a FIFO)",
    }
    with pytest.raises(CorpusError, match=r"d\.txt: not a regular file \(a folder\)"):
        read_within(tmp_path, 5)
    with pytest.raises(CorpusError, match=r"x\.txt: not a regular file \(a FIFO\)"):
        read_within(tmp_path / "x.txt", 5)


def test_jsonl_records_without_an_id_get_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    rows = [{"text": TEXT}, {"text": TEXT, "id": "given"}, {"text": TEXT, "id": None}, {"text": TEXT, "id": 0}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[:2]) + "\n\n"
                    + "\n".join(json.dumps(r) for r in rows[2:]) + "\n", encoding="utf-8")
    assert [d.id for d in Corpus.read(path)] == ["news.jsonl:1", "given", "news.jsonl:4", "0"]


def test_parquet_rows_without_an_id_get_the_file_and_row(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "news.parquet"
    pandas.DataFrame({"text": [TEXT, TEXT]}).to_parquet(path)
    assert [d.id for d in Corpus.read(path)] == ["news.parquet:0", "news.parquet:1"]


def test_a_csv_of_articles_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    # a text over several lines, quoted as spreadsheets write it, and a row without its text
    path.write_text(f'id,outlet,text\na,أ,"{TEXT}\n{TEXT}"\n,ب,{TEXT}\nc,ج,\n', encoding="utf-8-sig")
    with pytest.warns(KhabarWarning, match="row 3"):
        corpus = Corpus.read(path, on_error="skip")
    assert [(d.id, d.outlet, d.text) for d in corpus] == [("a", "أ", f"{TEXT}\n{TEXT}"), ("news.csv:2", "ب", TEXT)]
    assert list(corpus.skipped) == [(f"{path} row 3", "empty")]


def test_a_csv_with_a_long_text_and_a_suffix_in_capitals_is_read_whole(tmp_path: Path) -> None:
    # a text longer than csv's default field limit (128 KiB), in a file named NEWS.CSV
    path = tmp_path / "NEWS.CSV"
    long = " ".join([TEXT] * 8000)
    path.write_text(f'id,text\na,"{long}"\nb,{TEXT}\n', encoding="utf-8")
    assert [(d.id, len(d.text)) for d in Corpus.read(path)] == [("a", len(long)), ("b", len(TEXT))]


@pytest.mark.parametrize("name", ["news.json", "news.tsv", "page.html"])
def test_a_file_of_another_kind_is_refused_not_read_as_one_article(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps([{"text": TEXT}]), encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"{name}: khabar reads .*\.csv.*, not a \.\w+ file"):
        Corpus.read(path, on_error="skip")


def test_a_line_that_is_not_utf8_is_one_skipped_record(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "good", "text": TEXT}, ensure_ascii=False).encode()
    bad = '{"id": "bad", "text": "ق'.encode() + b'\xff"}'
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + bad + b"\n" + good.replace(b"good", b"also") + b"\n")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:2: not UTF-8 \(byte \d+ is 0xff\)"):
        Corpus.read(path)
    with pytest.warns(KhabarWarning, match="bad.jsonl:2"):
        corpus = Corpus.read(path, on_error="skip")
    assert [d.id for d in corpus] == ["good", "also"]
    assert [source for source, _ in corpus.skipped] == [f"{path}:2"]


def test_a_corrupt_parquet_file_is_a_corpus_error(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not a parquet file at all")
    with pytest.raises(CorpusError, match=r"broken\.parquet: not a readable Parquet file"):
        Corpus.read(path)
    with pytest.warns(KhabarWarning, match="broken.parquet"):
        corpus = Corpus.read(path, on_error="skip")
    assert len(corpus) == 0 and corpus.skipped[0][0] == str(path)


@pytest.mark.parametrize("path", ["x.jsonl", Path("x.jsonl"), b"x.jsonl"])
def test_a_path_given_to_corpus_points_at_corpus_read(path: object) -> None:
    with pytest.raises(TypeError, match=r"Corpus\.read"):
        Corpus(path)  # type: ignore[arg-type]


def test_a_corpus_takes_documents_only() -> None:
    assert len(Corpus([Document(TEXT)])) == 1  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Corpus\.from_records"):
        Corpus((TEXT,))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not iterable"):
        Corpus(3)  # type: ignore[arg-type]


def test_an_unknown_on_error_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(ValueError, match="on_error must be 'raise' or 'skip', not 'bogus'"):
        Corpus.read(tmp_path, on_error="bogus")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_error must be 'raise' or 'skip'"):
        Corpus.from_records([{"text": TEXT}], on_error="ignore")  # type: ignore[arg-type]
