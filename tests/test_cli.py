"""What the command line prints is for people: sentences and small tables, no pandas dumps, no
NaN, plurals that agree; its help has no markup left and says where things go."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import khabar
from khabar.cli import main, summary

PANDAS_SPEECH = re.compile(r"\bnan\b|NaN|NaT|<NA>|None|Empty DataFrame|Columns:|Index:|dtype|\b1 (quotes|facts|measures|documents)\b")


# Analysis.side_matrix fills an all-missing float column with "other", which pandas 3 warns of
# (analysis.py, not the command line's; reported to its owner)
@pytest.mark.filterwarnings("ignore:'str' is not supported as a fill value:DeprecationWarning")
def test_the_summary_of_a_small_corpus_reads_as_sentences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قال مصدر مطلع إن المحادثات مستمرة.", encoding="utf-8")
    (corpus / "b.txt").write_text("لا شيء هنا.", encoding="utf-8")
    assert main(["report", str(corpus), "--out", str(tmp_path / "report")]) == 0
    printed = capsys.readouterr().out
    assert not PANDAS_SPEECH.search(printed), printed
    assert printed.startswith("2 documents: 1 quote and 0 numeric facts in the articles")
    assert "published on an unknown date; no dated event found; 1 quote, 0 numeric facts" in printed
    assert "No article names a date for the event it covers." in printed
    assert "  مصدر مطلع: 1 quote\n" in printed
    assert "No measure is stated differently" in printed
    assert f"wrote {tmp_path / 'report' / 'report.html'}" in printed


def test_the_summary_of_the_sample_has_tables_and_plurals() -> None:
    text = summary(khabar.Corpus.sample().analyze())
    assert not PANDAS_SPEECH.search(text), text
    assert "1 measure stated differently" in text
    assert "duration of the call of 2025-03-18: " in text
    assert re.search(r"^  event +#000 +#001", text, re.M)
    assert re.search(r"^  Russia +4 +6 +7 +3 +12$", text, re.M)
    assert "looks ahead to the event of 2025-03-18" in text


def test_help_has_no_markup_and_says_where_things_go(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["report", "--help"], ["analyze", "--help"]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 0
        printed = capsys.readouterr().out
        assert "``" not in printed and "`" not in printed, printed
        if argv[0] == "report":
            assert "DIR/report.html" in printed and "khabar-report/report.html" in printed
        if argv[0] == "analyze":
            assert "--resume" in printed and "--overwrite" in printed


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"khabar {khabar.__version__}"


@pytest.mark.parametrize("command", ["Corpus.analyze", "khabar report"])
def test_ctrl_c_stops_an_analysis_promptly_and_writes_nothing(tmp_path: Path, command: str) -> None:
    import json
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus.jsonl"  # the sample's articles over and over: seconds of work
    texts = [d.text for d in khabar.Corpus.sample()]
    with corpus.open("w", encoding="utf-8") as lines:
        for k in range(4000):
            lines.write(json.dumps({"id": str(k), "text": texts[k % 5]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    script = (
        "import sys, khabar\n"
        "from khabar.cli import main\n"
        "corpus = khabar.Corpus.read(sys.argv[1])\n"
        "print('analysing', flush=True)\n"
        "if sys.argv[3] == 'khabar report':\n"
        "    sys.exit(main(['report', sys.argv[1], '--out', sys.argv[2]]))\n"
        "corpus.analyze().to_parquet(sys.argv[2])\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(out), command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "analysing\n"
    time.sleep(1.0)  # well into the analysis, which takes longer
    assert process.poll() is None, "the analysis ended before it could be stopped"
    process.send_signal(signal.SIGINT)
    stopped = time.monotonic()
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("Ctrl-C did not stop the analysis")
    assert time.monotonic() - stopped < 5, err
    if command == "khabar report":
        assert process.returncode == 130 and err.endswith("khabar: stopped; no report written\n"), err
    else:
        assert process.returncode != 0 and "KeyboardInterrupt" in err, err
    assert not out.exists() or not any(out.iterdir())


def test_a_misnamed_text_column_is_said_once_with_the_fields_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(k), "body": "قال الوزير إن الحوار مستمر."}) + "\n" for k in range(50)))
    assert main(["report", str(corpus), "--out", str(tmp_path / "report")]) == 1
    err = capsys.readouterr().err.splitlines()
    # twenty lines name a document and why, then a count: not fifty lines, nor a million
    assert len(err) == 22 and err[0] == f"skipped {corpus}:1: no 'text' (its fields: 'id', 'body')"
    assert err[-2:] == ["skipped 30 more documents", "khabar: no document to report on"]


def test_analyze_with_no_document_read_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "a", "body": "قال الوزير إن الحوار مستمر."}\n', encoding="utf-8")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "skipped" in err and err.endswith(f"khabar: no document to analyse in {corpus}\n")
