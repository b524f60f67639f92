"""The command line: ``khabar report [PATH] [--out DIR]`` and ``khabar analyze PATH --out DIR``.

``report`` analyses a corpus (by default the bundled articles on the Trump–Putin calls), prints
the coverage summary and writes a self-contained HTML report with its plots to DIR/report.html.
``analyze`` streams a corpus of any size through the analysis into a Parquet dataset in DIR.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from khabar._khabar import __version__, default_threads
from khabar import report
from khabar.analysis import Analysis
from khabar.corpus import Corpus, CorpusError, KhabarWarning
from khabar.display import SIDES_SHOWN

#: What one row of each frame is, for counts people read.
FRAME_ROWS = {"documents": "document", "parts": "article part", "quotes": "quote", "facts": "numeric fact",
              "events": "event"}  # fmt: skip
CORPUS_FORMATS = "a folder of .txt files (with a metadata.json, .jsonl or .csv beside them), or a .jsonl, .csv or .parquet file with a 'text' field"


def parser() -> argparse.ArgumentParser:
    """The command line's arguments, with the help people read."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Analyse how Arabic-language news covers an event: who is quoted, which numbers\n"
        "each outlet reports, which event each article covers.",
        epilog="examples:\n"
        "  khabar report                      the bundled sample: a summary, and khabar-report/report.html\n"
        "  khabar report news/ --out rep      your corpus: a summary, and rep/report.html\n"
        "  khabar analyze big.jsonl --out results\n"
        "                                     any size, into Parquet files in results/\n"
        "  khabar analyze big.jsonl --out results --resume\n"
        "                                     go on with a run that was stopped",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="print a coverage summary of a corpus and write an HTML report (default: the bundled sample)",
        description="Analyse a corpus in memory, print a summary of its coverage (which outlet covered "
        "which event, who is quoted, the numbers outlets share or state differently) and write a "
        "self-contained HTML report with its plots to DIR/report.html (by default "
        "khabar-report/report.html). For corpora larger than memory use 'khabar analyze'.",
    )
    report.add_argument("path", nargs="?", type=Path, help=f"{CORPUS_FORMATS} (default: the bundled sample)")
    report.add_argument("--out", type=Path, default=Path("khabar-report"), metavar="DIR",
                        help="the folder report.html is written to (default: khabar-report)")  # fmt: skip
    stream = commands.add_parser(
        "analyze",
        help="analyse a corpus of any size into Parquet files, chunk by chunk",
        description="Analyse a corpus of any size chunk by chunk, one worker process per core, into a "
        "Parquet dataset in DIR: a folder per table (documents, parts, quotes, facts, events) of part "
        "files, and manifest.json listing the parts finished. Whatever stops it (Ctrl-C, a kill), what "
        "was finished stays readable, and --resume goes on from there.",
    )
    stream.add_argument("path", type=Path, help=CORPUS_FORMATS)
    stream.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder the results go to")
    stream.add_argument("--chunk-size", type=int, default=None, metavar="N",
                        help="documents per chunk (default 1000; when resuming, the stopped run's)")  # fmt: skip
    stream.add_argument("--workers", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core)")  # fmt: skip
    existing = stream.add_mutually_exclusive_group()
    existing.add_argument("--resume", action="store_true",
                          help="continue a stopped run in DIR after its last finished chunk")  # fmt: skip
    existing.add_argument("--overwrite", action="store_true", help="replace the results already in DIR")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "analyze":
        workers = default_threads() if args.workers is None else args.workers
        return analyze(args.path, args.out, args.chunk_size, workers, args.resume, args.overwrite)

    try:
        return report_on(args.path, args.out)
    except KeyboardInterrupt:
        print("khabar: stopped; no report written", file=sys.stderr)
        return 130


def report_on(path: Path | None, out: Path) -> int:
    """Reports on the corpus at ``path`` (the bundled sample if None) into ``out``: 0 when
    written, 1 when there is nothing to report on."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", KhabarWarning)  # the skipped files are listed below
            corpus = Corpus.sample() if path is None else Corpus.read(path, on_error="skip")
    except CorpusError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return 1
    print_skipped(corpus.skipped)
    if not corpus.documents:
        print("khabar: no document to report on", file=sys.stderr)
        return 1
    analysis = corpus.analyze()
    print(summary(analysis))
    page = report.render(analysis)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "report.html"
    # written whole or not at all: a run stopped by Ctrl-C leaves no half page
    partial = out / ".report.html.partial"
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    print(f"\nwrote {target}")
    return 0


def analyze(path: Path, out: Path, chunk_size: int | None, workers: int, resume: bool, overwrite: bool) -> int:
    """Streams the corpus at ``path`` into ``out``: 0 when done, 1 when it cannot be read or holds
    no document, 2 when ``out`` holds results and neither ``resume`` nor ``overwrite`` is given
    (or they cannot apply), 130 on Ctrl-C, as shells expect."""
    from khabar.dataset import ResumeError
    from khabar.stream import analyze_to_parquet

    try:
        written = analyze_to_parquet(
            path, out, chunk_size=chunk_size, workers=workers, on_error="skip", resume=resume, overwrite=overwrite
        )
    except FileExistsError:
        print(f"khabar: {out} already holds results; add --overwrite to replace them, "
              "or --resume to continue the run that wrote them", file=sys.stderr)  # fmt: skip
        return 2
    except ResumeError as error:
        print(f"khabar: cannot resume: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return 1
    except (CorpusError, ValueError) as error:
        print(f"khabar: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # what is finished is written and the workers are ended; the interpreter's own exit would
        # join the executor's thread, which waits for ever on a result a terminated worker had
        # half sent (1 run in 6): nothing is left to wait for, so end here
        _exit_at_once()
    print_skipped(written.skipped)
    new = written.documents - written.resumed
    megabytes = (written.bytes - written.resumed_bytes) / 1e6
    rows = ", ".join(_count(n, FRAME_ROWS[name]) for name, n in written.rows.items())
    if resume and not new and written.resumed:
        print(f"{out} was already complete: {_count(written.documents, 'document')} ({rows})")
        return 0
    if not written.documents:
        # as report says: a script going on to read the results would read nothing
        print(f"khabar: no document to analyse in {path}", file=sys.stderr)
        return 1
    after = f" after the {written.resumed:,} already there" if written.resumed else ""
    print(f"analysed {_count(new, 'document')}{after} ({megabytes:,.1f} MB) in {written.seconds:.1f} s "
          f"({megabytes / max(written.seconds, 1e-9):.1f} MB/s); {out} holds {rows}")  # fmt: skip
    print(f"read it in Python with khabar.Analysis.read_parquet({str(out)!r})")
    return 0


#: Skipped documents listed one by one; past them, a count (a misnamed column skips every line).
SKIPPED_LISTED = 20


def print_skipped(skipped: Sequence[tuple[str, str]]) -> None:
    """The documents left out and why, to stderr: the first few, then how many more."""
    for source, reason in skipped[:SKIPPED_LISTED]:
        print(f"skipped {source}: {reason}", file=sys.stderr)
    if len(skipped) > SKIPPED_LISTED:
        print(f"skipped {len(skipped) - SKIPPED_LISTED:,} more documents", file=sys.stderr)


def summary(analysis: Analysis) -> str:
    """The coverage summary, as sentences and small tables for people to read.

    >>> print(summary(Corpus.sample().analyze()).splitlines()[0])
    5 documents: 71 quotes and 41 numeric facts in the articles (page furniture left out).
    """
    documents = analysis.documents
    lines = [
        f"{_count(len(documents), 'document')}: {_count(int(documents['quotes'].sum()), 'quote')} and "
        f"{_count(int(documents['facts'].sum()), 'numeric fact')} in the articles (page furniture left out)."
    ]
    skipped = len(analysis.corpus.skipped) if analysis.corpus is not None else 0
    if skipped:
        lines.append(f"{_count(skipped, 'document')} could not be read and {_was(skipped)} left out.")
    stories = analysis.stories
    if stories is not None:
        told = stories[stories["size"] > 1].sort_values(["size", "first"], ascending=[False, True], kind="stable")
        lines += ["", f"{_count(len(stories), 'story')}, {len(told):,} told by more than one article"
                      + (f"; the biggest {min(len(told), SHOWN)}:" if len(told) else ".")]  # fmt: skip
        for row in told.head(SHOWN).itertuples():
            lines.append(f"  story {row.story} ({_count(int(row.size), 'article')}, {row.event}): {row.title}")
            lines.append(f"    {', '.join(row.outlets)}")
    roles = {"main": "covers", "preview": "looks ahead to", "mentioned": "mentions"}
    if len(documents) <= SHOWN:
        lines += ["", "Documents"]
    for row in documents.head(SHOWN if len(documents) <= SHOWN else 0).itertuples():
        event = _known(row.main_event)
        verb = roles.get(_known(row.main_role) or "main", "covers")
        covers = f"{verb} the event of {event}" if event else "no dated event found"
        published = _known(row.published)
        lines.append(f"  {row.label}: {_known(row.title) or '(no title)'}")
        lines.append(
            f"    published {published or 'on an unknown date'}; {covers}; "
            f"{_count(int(row.quotes), 'quote')}, {_count(int(row.facts), 'numeric fact')}"
        )
    coverage = analysis.coverage()
    if len(documents) > SHOWN:
        pass  # the stories say what a corpus covers; events of the call lexicon are for a few articles
    elif coverage.empty:
        lines += ["", "Events each outlet covers (main story, preview, or mentioned)"]
        lines.append("  No article names a date for the event it covers.")
    else:
        lines += ["", "Events each outlet covers (main story, preview, or mentioned)"]
        lines += _text_table(
            ["event", *map(str, coverage.columns)],
            [[str(event), *(cell or "·" for cell in cells)] for event, cells in zip(coverage.index, coverage.values)],
        )
    sides = analysis.side_matrix(top=SIDES_SHOWN)
    lines += ["", "Quotes by the side the speaker speaks for"]
    if not len(sides) or int(sides.to_numpy().sum()) == 0:
        lines.append("  No quotes found.")
    else:
        lines += _text_table(
            ["side", *map(str, sides.columns)],
            [[str(side), *(f"{int(n):,}" for n in counts)] for side, counts in zip(sides.index, sides.values)],
        )
    speakers = analysis.speakers
    lines += ["", "Most quoted"]
    if not len(speakers):
        lines.append("  Nobody is quoted.")
    else:
        top = speakers.groupby(["speaker", "side"], dropna=False)["quotes"].sum().sort_values(ascending=False)
        for (speaker, side), n in top.head(8).items():
            known = _known(side)
            lines.append(f"  {speaker}{f' ({known})' if known else ''}: {_count(int(n), 'quote')}")
    shared = analysis.shared_facts()
    lines.append("")
    if not len(shared):
        lines.append("No numeric fact is reported by more than one outlet.")
    else:
        lines.append(f"{_count(len(shared), 'numeric fact')} reported by more than one outlet of a story")
        # one story's 3-0 is not another's: each line says whose it is
        lines += [
            f"  {f'story {r.story}, ' if 'story' in shared else ''}{r.fact}: {', '.join(r.outlets)} — {' / '.join(r.wordings)}"
            for r in shared.head(SHOWN).itertuples()
        ]
    conflicts = analysis.disagreements()
    keys = [c for c in ("story", "event", "about", "role", "kind") if c in conflicts]
    lines.append("")
    if not len(conflicts):
        lines.append("No measure is stated differently by different outlets.")
    else:
        # a measure's rows, under its story, event, noun, role and kind
        grouped = [
            (tuple(group[keys].iloc[0]), group) for _, group in conflicts.groupby("measure", sort=False)
        ]
        contradicted = sum(bool(group["contradicted"].any()) for _, group in grouped)
        ruled_out = f", {contradicted:,} with values that rule each other out (✗)" if contradicted else ""
        lines.append(f"{_count(len(grouped), 'measure')} stated differently{ruled_out}")
        # what a reader checks first: the tolls (a role) and the event's measures, then the
        # contradictions among them
        def first_read(item: tuple[Any, Any]) -> tuple[bool, bool]:
            (event, _, role, _), group = item[0][-4:], item[1]
            return not (_known(role) or _known(event)), not group["contradicted"].any()

        grouped.sort(key=first_read)
        for key, group in grouped[:SHOWN]:
            event, about, role, kind = key[-4:]
            said = "; ".join(f"{r.label}: {r.text}{' ✗' if r.contradicted else ''}" for r in group.itertuples())
            about = f"{about} ({role})" if _known(role) and _known(about) else about
            story = f"story {key[0]}, " if "story" in keys else ""
            if _known(event):
                lines.append(f"  {story}{kind} of the {about} of {event}: {said}")
            else:
                lines.append(f"  {story}{kind} of {about}: {said}" if _known(about) else f"  {story}{kind}: {said}")
    return "\n".join(lines)


#: Items a list of the summary shows at most.
SHOWN = 12


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one: 1 quote, 2 quotes, 1,000 documents."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"


def _was(n: int) -> str:
    return "was" if n == 1 else "were"


def _known(value: Any) -> Any:
    """``value``, or None when it is missing (None, NaN, NaT, pandas.NA, a blank string)."""
    import pandas

    if isinstance(value, str):
        return value if value.strip() else None
    try:
        return None if bool(pandas.isna(value)) else value
    except (TypeError, ValueError):  # a list or array is there
        return value


def _text_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Rows of cells as lines of aligned columns, indented by two spaces."""
    import unicodedata

    def width(cell: str) -> int:  # marks take no column of their own
        return sum(1 for c in cell if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")

    table = [header, *rows]
    widths = [max(width(row[k]) for row in table) for k in range(len(header))]
    return ["  " + "  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths)).rstrip() for row in table]


def _exit_at_once() -> NoReturn:
    """Ends a stopped stream: its files are complete, so nothing is waited for."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


if __name__ == "__main__":
    sys.exit(main())
