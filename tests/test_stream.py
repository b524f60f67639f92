"""Streaming into Parquet: the same frames as an analysis in memory, chunk by chunk, with stable
column types, documents numbered across chunks, Ctrl-C leaving readable files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas
import pyarrow
import pyarrow.parquet
import pytest

from khabar import Analysis, Corpus, Document
from khabar.dataset import FRAMES
from khabar.cli import main
from khabar.dataset import ResumeError, read_frame
from khabar.stream import analyze_to_parquet


#: The columns story grouping gives an analysis in memory: the story, and the publication time.
STORY_COLUMNS = ("story", "time")


@pytest.fixture(scope="module")
def in_memory() -> Analysis:
    return Corpus.sample().analyze()


def test_one_chunk_writes_the_analysis_in_memory(tmp_path: Path, in_memory: Analysis) -> None:
    written = analyze_to_parquet(Corpus.sample(), tmp_path, progress=False)
    assert written.documents == 5 and written.rows["quotes"] == len(in_memory.quotes)
    read = written.read(Corpus.sample())
    for name in FRAMES:
        pandas.testing.assert_frame_equal(getattr(read, name), getattr(in_memory, name), check_dtype=False)
    # the stories of the whole stream, grouped once every chunk is read
    assert read.stories is not None and in_memory.stories is not None
    pandas.testing.assert_frame_equal(read.stories, in_memory.stories, check_dtype=False)
    assert written.stories == 3
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
    schema = schema_of(tmp_path, "quotes")
    assert schema.field("role").type == schema.field("text").type == pyarrow.large_string()
    assert schema.field("alt_speakers").type.value_type == pyarrow.string()
    assert schema.field("fragments").type.value_type.value_type == pyarrow.int64()
    quotes = pandas.read_parquet(tmp_path / "quotes.parquet")
    # the files of the frames hold no story: stories are grouped apart, once every chunk is read
    expected = Corpus(tuple(documents)).analyze().quotes.drop(columns=list(STORY_COLUMNS), errors="ignore")
    pandas.testing.assert_frame_equal(
        quotes.drop(columns=["alt_speakers", "fragments"]),
        expected.drop(columns=["alt_speakers", "fragments"]),
        check_dtype=False,
    )
    assert [list(a) for a in quotes["alt_speakers"]] == expected["alt_speakers"].tolist()


def test_a_stream_with_no_quote_writes_an_empty_file_with_its_types(tmp_path: Path) -> None:
    analyze_to_parquet(["لا شيء هنا", "ولا هنا"], tmp_path, progress=False)
    assert len(Analysis.read_parquet(tmp_path).quotes) == 0
    schema = schema_of(tmp_path, "quotes")
    assert schema.field("doc").type == pyarrow.int64() and schema.field("in_article").type == pyarrow.bool_()
    assert schema.field("speaker").type == pyarrow.large_string()


def test_an_empty_stream_writes_files_with_no_rows(tmp_path: Path) -> None:
    written = analyze_to_parquet([], tmp_path, progress=False)
    read = Analysis.read_parquet(tmp_path)
    assert written.documents == 0 and len(read.documents) == 0 and len(read.quotes) == 0


def test_small_chunks_are_written_in_parts_of_a_thousand_documents(tmp_path: Path) -> None:
    documents = [Document(d.text, id=f"{k}-{d.id}") for k in range(250) for d in Corpus.sample()]
    analyze_to_parquet(documents, tmp_path, chunk_size=10, progress=False)
    for name in FRAMES:  # 1,250 documents: one part of 1,000, then the rest
        assert sorted(p.name for p in (tmp_path / f"{name}.parquet").iterdir()) == [
            "part-000000.parquet", "part-000001.parquet"
        ]
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert [(p["first"], p["documents"]) for p in manifest["parts"]] == [(0, 1000), (1000, 250)]
    assert manifest["complete"] and manifest["documents"] == 1250


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
    assert "b.txt: empty" in printed.err and "analysed 1 document " in printed.out
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


def write_corpus(path: Path, documents: int) -> Path:
    """A JSONL corpus of the sample's articles over and over, with ids."""
    with path.open("w", encoding="utf-8") as lines:
        for k in range(documents):
            text = Corpus.sample()[k % 5].text
            lines.write(json.dumps({"id": str(k), "text": text}, ensure_ascii=False) + "\n")
    return path


def test_a_script_without_the_main_guard_is_told_why_its_workers_failed(tmp_path: Path) -> None:
    """Worker processes start by running the script: unguarded, it would start a second stream
    on the same folder in each of them. Each refuses, and the script gets the reason."""
    script = tmp_path / "unguarded.py"
    out = tmp_path / "out"
    script.write_text(
        "import khabar\n"
        f"khabar.analyze_to_parquet(khabar.Corpus.sample(), {str(out)!r}, workers=2, progress=False)\n"
    )
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert run.returncode != 0
    assert "called while a worker process was starting" in run.stderr  # said by a worker
    assert 'outside `if __name__ == "__main__":`' in run.stderr.splitlines()[-1]  # by the script
    assert [p.name for p in out.iterdir()] == ["manifest.json"]  # no worker wrote a second stream


def test_sigint_stops_the_command_with_its_files_readable(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3000)
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


def schema_of(directory: Path, name: str) -> pyarrow.Schema:
    """The schema of frame ``name``'s parts, which all share it."""
    schemas = {pyarrow.parquet.read_schema(part) for part in (directory / f"{name}.parquet").glob("*.parquet")}
    assert len(schemas) == 1
    return schemas.pop()


def assert_files_agree(directory: Path) -> None:
    """Every file holds the same documents: none was cut between two files."""
    read = Analysis.read_parquet(directory)
    assert read.parts["doc"].max() == read.documents["doc"].max()
    assert read.documents["quotes"].sum() == read.quotes["in_article"].sum()
    assert read.documents["facts"].sum() == (read.facts["in_article"] & read.facts["fact"].notna()).sum()


def manifest_of(directory: Path) -> dict[str, Any]:
    try:
        found: dict[str, Any] = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {"documents": 0, "complete": False, "parts": []}
    return found


def children(pid: int) -> list[int]:
    """The processes ``pid`` started, and theirs (Linux's /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *children(int(child))]
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting to be reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def start(corpus: Path, out: Path, *options: str) -> tuple[subprocess.Popen[str], list[int]]:
    """``khabar analyze`` started, and returned (with its worker processes) once it has written
    its first part."""
    command = [sys.executable, "-m", "khabar", "analyze", str(corpus), "--out", str(out), "--chunk-size", "100", *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while manifest_of(out)["documents"] == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, process.communicate()[1]
    return process, children(process.pid)


def assert_gone(processes: list[int], seconds: float = 10) -> None:
    """Every one of ``processes`` has ended."""
    deadline = time.monotonic() + seconds
    alive = processes
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if running(pid)]
        time.sleep(0.05)
    assert not alive, f"still running: {alive}"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds worker processes in Linux's /proc")
def test_a_second_ctrl_c_stops_the_command_and_its_workers(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6000)
    out = tmp_path / "out"
    process, children = start(corpus, out, "--workers", "2")
    assert children  # the worker processes
    process.send_signal(signal.SIGINT)
    time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        for child in children:
            os.kill(child, signal.SIGKILL)
        process.kill()
        pytest.fail("two Ctrl-C did not stop 'khabar analyze'")
    # 130, or ended by the second SIGINT itself (which shells also report as 130)
    assert process.returncode in (130, -signal.SIGINT), err
    assert_gone(children)
    manifest = manifest_of(out)
    assert 0 < manifest["documents"] < 6000 and not manifest["complete"]
    assert len(Analysis.read_parquet(out).documents) == manifest["documents"]
    assert_files_agree(out)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds worker processes in Linux's /proc")
def test_a_killed_command_leaves_its_finished_parts_readable_and_resumes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 5000)
    out = tmp_path / "out"
    process, children = start(corpus, out, "--workers", "2")
    process.kill()  # SIGKILL, as the out-of-memory killer sends
    process.communicate(timeout=30)
    assert_gone(children)
    manifest = manifest_of(out)
    done = manifest["documents"]
    assert 0 < done < 5000 and not manifest["complete"], manifest
    read = Analysis.read_parquet(out)  # what was finished reads, with no help
    assert read.documents["doc"].tolist() == list(range(done))
    assert read.documents["id"].tolist() == [str(k) for k in range(done)]
    assert_files_agree(out)
    for name in FRAMES:
        pandas.testing.assert_frame_equal(read_frame(out, name), pandas.read_parquet(out / f"{name}.parquet"))

    again = subprocess.run([sys.executable, "-m", "khabar", "analyze", str(corpus), "--out", str(out)],
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert again.returncode == 2 and "already holds results" in again.stderr and "--resume" in again.stderr
    resumed = subprocess.run([sys.executable, "-m", "khabar", "analyze", str(corpus), "--out", str(out), "--resume"],
                             capture_output=True, text=True, timeout=300)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert f"after the {done:,} already there" in resumed.stdout
    assert manifest_of(out)["complete"] and manifest_of(out)["chunk_size"] == 100

    whole = tmp_path / "whole"
    assert main(["analyze", str(corpus), "--out", str(whole), "--chunk-size", "100", "--workers", "2"]) == 0
    for name in FRAMES:
        pandas.testing.assert_frame_equal(read_frame(out, name), read_frame(whole, name))
    # the stories of the resumed stream are those of the uninterrupted one: the parts written
    # before the kill were read back into the story index
    resumed_stories, whole_stories = Analysis.read_parquet(out).stories, Analysis.read_parquet(whole).stories
    assert resumed_stories is not None and whole_stories is not None
    pandas.testing.assert_frame_equal(resumed_stories, whole_stories)
    assert main(["analyze", str(corpus), "--out", str(out), "--resume"]) == 0  # complete: nothing to do


def test_a_folder_holding_results_is_refused_unless_overwritten_or_resumed(tmp_path: Path) -> None:
    analyze_to_parquet(Corpus.sample(), tmp_path, progress=False)
    with pytest.raises(FileExistsError, match="already holds results"):
        analyze_to_parquet(Corpus.sample(), tmp_path, progress=False)
    written = analyze_to_parquet(list(Corpus.sample())[:2], tmp_path, progress=False, overwrite=True)
    assert written.documents == 2 and len(Analysis.read_parquet(tmp_path).documents) == 2
    done = analyze_to_parquet(list(Corpus.sample())[:2], tmp_path, progress=False, resume=True)
    assert done.complete and done.documents == done.resumed == 2
    with pytest.raises(ValueError, match="pass one"):
        analyze_to_parquet([], tmp_path, resume=True, overwrite=True)
    (tmp_path / "manifest.json").unlink()  # results written some other way: nothing to resume
    with pytest.raises(ResumeError, match="no manifest.json"):
        analyze_to_parquet(Corpus.sample(), tmp_path, progress=False, resume=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    analyze_to_parquet(Corpus.sample(), tmp_path / "other", progress=False)  # no results there: fine
    analyze_to_parquet(Corpus.sample(), tmp_path / "other", progress=False, overwrite=True)
    assert (tmp_path / "other" / "notes.txt").read_text(encoding="utf-8") == "mine"  # only results go


def test_resuming_after_ctrl_c_gives_the_uninterrupted_result(tmp_path: Path) -> None:
    documents = [Document(d.text, id=f"{k}-{d.id}") for k in range(3) for d in Corpus.sample()]

    def interrupted() -> Iterator[Document]:
        yield from documents[:7]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze_to_parquet(interrupted(), tmp_path / "out", chunk_size=3, progress=False)
    # the first chunk written; the second dropped in the core, the third being read
    assert manifest_of(tmp_path / "out")["documents"] == 3
    with pytest.raises(ResumeError, match="chunks of 3 documents, not 4"):
        analyze_to_parquet(documents, tmp_path / "out", chunk_size=4, resume=True, progress=False)
    with pytest.raises(ResumeError, match="not the ones the source gives now"):
        analyze_to_parquet(documents[1:], tmp_path / "out", resume=True, progress=False)
    written = analyze_to_parquet(documents, tmp_path / "out", resume=True, progress=False)
    assert (written.resumed, written.documents, written.complete) == (3, 15, True)
    whole = analyze_to_parquet(documents, tmp_path / "whole", chunk_size=3, progress=False)
    assert written.rows == whole.rows
    for name in FRAMES:
        pandas.testing.assert_frame_equal(read_frame(tmp_path / "out", name), read_frame(tmp_path / "whole", name))


def test_a_part_renamed_after_the_last_manifest_is_left_out_and_removed_on_resume(tmp_path: Path) -> None:
    documents = [Document(d.text, id=f"{k}-{d.id}") for k in range(2) for d in Corpus.sample()]
    analyze_to_parquet(documents[:5], tmp_path, chunk_size=5, progress=False)
    manifest = manifest_of(tmp_path)
    manifest["complete"] = False
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    # killed between renaming a part into place and listing it
    quotes = tmp_path / "quotes.parquet"
    (quotes / "part-000001.parquet").write_bytes((quotes / "part-000000.parquet").read_bytes())
    (quotes / ".part-000002.parquet.tmp").write_bytes(b"half a file")
    assert len(read_frame(tmp_path, "quotes")) == manifest["parts"][0]["rows"]["quotes"]
    analyze_to_parquet(documents, tmp_path, chunk_size=5, resume=True, progress=False)
    assert sorted(p.name for p in quotes.iterdir()) == ["part-000000.parquet", "part-000001.parquet"]
    pandas.testing.assert_frame_equal(
        read_frame(tmp_path, "quotes"),
        read_frame(analyze_to_parquet(documents, tmp_path / "whole", chunk_size=5, progress=False).directory, "quotes"),
    )


def test_a_missing_corpus_is_reported_before_any_folder_is_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path / "nope"), "--out", str(tmp_path / "d")]) == 1
    assert "nope: no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_without_pyarrow_the_command_says_what_to_install(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3)
    script = (
        "import sys; sys.modules['pyarrow'] = None; sys.modules['pyarrow.parquet'] = None\n"
        "from khabar.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", script, "analyze", str(corpus), "--out", str(tmp_path / "d")],
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert time.monotonic() - started < 10
    assert run.returncode == 1, run.stderr
    assert "pip install 'khabar[parquet]'" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "d").exists()


def test_a_chunk_analysed_in_the_process_keeps_its_normalized_texts_for_the_stories() -> None:
    from khabar.stories import StoryTracker
    from khabar.stream import _analyze_alone, _analyze_keeping_texts

    documents = list(Corpus.sample())
    found, normalized = _analyze_keeping_texts(documents, "call", None)
    assert len(normalized) == len(documents) == len(found["documents"])
    # a worker process's chunk comes back without them (they would be copied between processes)
    alone, none = _analyze_alone(documents, "call", None)
    assert none is None and alone["documents"].equals(found["documents"])
    # and the stories read from them are the stories read from the texts
    kept, plain = StoryTracker(), StoryTracker()
    kept.add(documents, found, normalized=normalized)
    plain.add(documents, found)
    assert kept.result().stories.equals(plain.result().stories)
