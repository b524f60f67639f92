"""The command line: ``khabar report [PATH] [--out DIR]``.

For now the report is about normalization: what each step changes in each article, and which
spellings of the same word the search preset brings together.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from khabar import Corpus, Document, Normalizer

WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="khabar", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="report on a corpus (default: the bundled sample)")
    report.add_argument("path", nargs="?", type=Path, help="a .txt file or a folder of them")
    report.add_argument("--out", type=Path, default=Path("khabar-report"), help="where the HTML goes")
    args = parser.parse_args(argv)

    corpus, skipped = load(args.path)
    for name, reason in skipped:
        print(f"skipped {name}: {reason}", file=sys.stderr)
    if not corpus.documents:
        print("no document to report on", file=sys.stderr)
        return 1
    rows, variants = normalization_report(corpus)
    print(render_text(rows, variants))
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "report.html"
    target.write_text(render_html(rows, variants), encoding="utf-8")
    print(f"\nwrote {target}")
    return 0


def load(path: Path | None) -> tuple[Corpus, list[tuple[str, str]]]:
    """The corpus at ``path`` and the files that could not be read, with the reason."""
    if path is None:
        return Corpus.sample(), []
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    documents, skipped = [], []
    for file in files:
        try:
            text = file.read_bytes().decode("utf-8")
        except OSError as error:
            skipped.append((str(file), error.strerror or str(error)))
            continue
        except UnicodeDecodeError as error:
            skipped.append((str(file), f"not UTF-8 (byte {error.start})"))
            continue
        if not text.strip():
            skipped.append((str(file), "empty"))
            continue
        documents.append(Document(text, id=file.stem))
    return Corpus(tuple(documents)), skipped


def normalization_report(
    corpus: Corpus,
) -> tuple[list[dict[str, object]], dict[str, Counter[str]]]:
    """Per document, how many characters each search step changes alone; and, for every
    normalized word, the spellings it had across the corpus."""
    search = Normalizer("search")
    alone = {
        step: Normalizer("none", **{step: value})
        for step, value in search.steps.items()
        if value is not False
    }
    rows: list[dict[str, object]] = []
    for doc in corpus:
        row: dict[str, object] = {"document": doc.id, "characters": len(doc.text)}
        for step, normalizer in alone.items():
            changes = normalizer.normalize_with_offsets(doc.text).changes()
            row[step] = sum(end - start for start, end, _, _ in changes)
        rows.append(row)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in corpus:
        for word in WORD.findall(doc.text):
            spellings[search.normalize(word)][word] += 1
    variants = {key: forms for key, forms in spellings.items() if len(forms) > 1}
    return rows, variants


def render_text(rows: list[dict[str, object]], variants: dict[str, Counter[str]]) -> str:
    columns = list(rows[0])
    widths = [max(len(str(c)), *(len(str(r[c])) for r in rows)) for c in columns]
    lines = ["Characters each normalization step changes, per document:", ""]
    lines.append("  ".join(str(c).rjust(w) for c, w in zip(columns, widths)))
    for row in rows:
        lines.append("  ".join(str(row[c]).rjust(w) for c, w in zip(columns, widths)))
    lines += ["", f"{len(variants)} words are spelled more than one way; the most frequent:"]
    for key, forms in sorted(variants.items(), key=lambda kv: -sum(kv[1].values()))[:15]:
        lines.append(f"  {key}: " + ", ".join(f"{form} ×{n}" for form, n in forms.most_common()))
    return "\n".join(lines)


def render_html(rows: list[dict[str, object]], variants: dict[str, Counter[str]]) -> str:
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(r[c]))}</td>" for c in columns) + "</tr>"
        for r in rows
    )
    spellings = "".join(
        f"<li><b>{html.escape(key)}</b>: "
        + "، ".join(f"{html.escape(form)} ×{n}" for form, n in forms.most_common())
        + "</li>"
        for key, forms in sorted(variants.items(), key=lambda kv: -sum(kv[1].values()))
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>khabar report</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:.2em .6em;text-align:right}}
ul.ar{{direction:rtl}}</style></head><body>
<h1>khabar: normalization report</h1>
<h2>Characters each normalization step changes</h2>
<table><tr>{head}</tr>{body}</table>
<h2>Words spelled more than one way ({len(variants)})</h2>
<ul class="ar" lang="ar">{spellings}</ul>
</body></html>
"""


if __name__ == "__main__":
    sys.exit(main())
