"""The command line: ``khabar report [PATH] [--out DIR]`` and ``khabar analyze PATH --out DIR``.

``report`` analyses a corpus (by default the bundled articles on the Trump–Putin calls), prints
the coverage summary and writes a self-contained HTML report with its plots to DIR/report.html.
``analyze`` streams a corpus of any size through the analysis into Parquet files in DIR.
"""

from __future__ import annotations

import argparse
import base64
import html
import io
import sys
import warnings
from pathlib import Path
from typing import Any

from khabar._khabar import default_threads
from khabar.analysis import Analysis
from khabar.corpus import Corpus, CorpusError, KhabarWarning


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="khabar", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="report on a corpus (default: the bundled sample)")
    report.add_argument("path", nargs="?", type=Path, help="a folder of .txt (with metadata), a .jsonl or a .parquet")
    report.add_argument("--out", type=Path, default=Path("khabar-report"), help="where report.html goes")
    stream = commands.add_parser("analyze", help="analyse a corpus of any size into Parquet files, chunk by chunk")
    stream.add_argument("path", type=Path, help="a folder of .txt (with metadata), a .jsonl or a .parquet")
    stream.add_argument("--out", type=Path, required=True, help="where the .parquet files go")
    stream.add_argument("--chunk-size", type=int, default=1000, help="documents per chunk (default 1000)")
    stream.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    args = parser.parse_args(argv)
    if args.command == "analyze":
        return analyze(args.path, args.out, args.chunk_size, default_threads() if args.workers is None else args.workers)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", KhabarWarning)  # the skipped files are listed below
            corpus = Corpus.sample() if args.path is None else Corpus.read(args.path, on_error="skip")
    except CorpusError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return 1
    for source, reason in corpus.skipped:
        print(f"skipped {source}: {reason}", file=sys.stderr)
    if not corpus.documents:
        print("khabar: no document to report on", file=sys.stderr)
        return 1
    analysis = corpus.analyze()
    print(analysis.summary())
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "report.html"
    target.write_text(render_html(analysis), encoding="utf-8")
    print(f"\nwrote {target}")
    return 0


def analyze(path: Path, out: Path, chunk_size: int, workers: int) -> int:
    """Streams the corpus at ``path`` into ``out``; 130 on Ctrl-C, as shells expect."""
    from khabar.stream import analyze_to_parquet

    try:
        written = analyze_to_parquet(path, out, chunk_size=chunk_size, workers=workers, on_error="skip")
    except (CorpusError, ValueError) as error:
        print(f"khabar: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    for source, reason in written.skipped:
        print(f"skipped {source}: {reason}", file=sys.stderr)
    rows = ", ".join(f"{n:,} {name}" for name, n in written.rows.items())
    megabytes = written.bytes / 1e6
    print(f"{written.documents:,} documents ({megabytes:,.1f} MB) in {written.seconds:.1f} s "
          f"({megabytes / max(written.seconds, 1e-9):.1f} MB/s): {rows} in {out}")
    return 0


def render_html(analysis: Analysis) -> str:
    """The report: summary tables, the plots as embedded images, and each article highlighted."""
    from khabar import plots

    documents = analysis.documents[
        ["label", "title", "published", "reference_date", "main_event", "main_role", "quotes", "facts"]
    ]
    sections = [
        ("Documents", _table(documents, index=False)),
        ("Events each outlet covered", _figure(plots.coverage, analysis) + _table(analysis.coverage())),
        ("Who gets quoted", _figure(plots.sides, analysis) + _table(analysis.side_matrix(kinds=True))),
        ("Most quoted speakers", _figure(plots.speakers, analysis) + _table(analysis.speaker_matrix())),
        ("Numeric facts across outlets", _figure(plots.facts, analysis, 0.28 * len(analysis.fact_table()) + 1.5) + _table(_listed(analysis.fact_table()), index=False)),
        ("Stated differently", _table(analysis.disagreements().drop(columns=["doc"]), index=False)),
        ("Names spelled more than one way", _table(analysis.variant_names())),
    ]
    skipped = "".join(
        f"<li>{html.escape(source)}: {html.escape(reason)}</li>" for source, reason in analysis.texts().skipped
    )
    if skipped:
        sections.insert(0, ("Skipped documents", f"<ul>{skipped}</ul>"))
    articles = "".join(f"<h3>{html.escape(d.label)}</h3>{analysis.show(k)}" for k, d in enumerate(analysis.texts()))
    body = "".join(f"<h2>{html.escape(title)}</h2>{content}" for title, content in sections)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>khabar: coverage report</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}
table{{border-collapse:collapse;margin:.5em 0}}td,th{{padding:.2em .6em;border-bottom:1px solid #eee;text-align:right}}
img{{max-width:100%}}</style></head><body>
<h1>khabar: coverage report</h1>
<p>{len(analysis.documents)} documents · {int(analysis.documents["quotes"].sum())} quotes ·
{int(analysis.documents["facts"].sum())} numeric facts in the articles (page furniture and appended
articles left out).</p>
{body}
<h2>The articles</h2>{articles}
</body></html>
"""


def _table(frame: Any, index: bool = True) -> str:
    return str(frame.to_html(index=index, border=0, na_rep=""))


def _listed(table: Any) -> Any:
    """List cells as readable text."""
    return table.assign(**{c: table[c].map(" / ".join) for c in ("outlets", "wordings", "qualifiers")})


def _figure(plot: Any, analysis: Analysis, height: float = 4.0) -> str:
    """A plot as an embedded PNG, drawn on its own Figure so no pyplot state is touched."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, height), layout="constrained")
    plot(analysis, ax=figure.subplots())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="plot" src="data:image/png;base64,{encoded}">'


if __name__ == "__main__":
    sys.exit(main())
