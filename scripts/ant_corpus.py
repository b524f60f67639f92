"""Turn a copy of the ANT corpus v2.1 into one JSONL file that ``khabar.Corpus.read`` loads.

ANT (Arabic News Texts, https://antcorpus.github.io) holds about 31,800 articles of 2018 from
Al Arabiya, BBC Arabic, CNN Arabic, France 24 and Sky News Arabia, one tagged file each
(DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT, TEXT). Some articles were crawled twice:
records are de-duplicated by URL, keeping the first file in path order.

Each record gets ``id`` (the DOCNO), ``outlet``, ``section``, ``url``, ``published`` (the day of
TIME), ``time`` (TIME as ISO 8601 with its offset), ``title`` and ``text``: the title on the first
line, then the body, as a news page reads.

    python scripts/ant_corpus.py PATH_TO_ANT_FOLDER_OR_GIT_DIR ant.jsonl

Cite ANT when you use it (its citation licence): A. Chouigui, O. Ben Khiroun and B. Elayeb,
"An Arabic Multi-source News Corpus: Experimenting on Single-document Extractive
Summarization", Arabian Journal for Science and Engineering 46(8), 2021,
doi:10.1007/s13369-020-05258-z.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from io import BytesIO
from pathlib import Path

OUTLETS = {
    "alarabia": "العربية",
    "bbc": "بي بي سي عربي",
    "cnn": "سي إن إن بالعربية",
    "france24": "فرانس 24",
    "skynews": "سكاي نيوز عربية",
}
TAG = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def files(source: Path) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of every .txt file of a folder, or of the newest commit of a git directory."""
    if (source / "HEAD").is_file() and (source / "objects").is_dir():
        archive = subprocess.run(
            ["git", f"--git-dir={source}", "archive", "--format=tar", "HEAD"],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            members = sorted((m for m in tar if m.isfile() and m.name.endswith(".txt")), key=_order)
            for member in members:
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()
    else:
        for path in sorted(source.rglob("*.txt"), key=lambda p: _order(p.relative_to(source))):
            yield str(path.relative_to(source)), path.read_bytes()


def _order(item: object) -> tuple[str, int]:
    """Path order with the article number read as a number (AL-culture-2 before AL-culture-10)."""
    name = str(getattr(item, "name", item))
    folder, _, leaf = name.rpartition("/")
    parts = leaf.split("-")
    number = int(parts[2]) if len(parts) > 3 and parts[2].isdigit() else 0
    return (folder, number)


def record(raw: bytes) -> dict[str, str] | None:
    """One article as a khabar record, or None when the file holds no article."""
    fields = {tag: value.strip() for tag, value in TAG.findall(raw.decode("utf-8", "replace"))}
    if not fields.get("TEXT") or not fields.get("URL"):
        return None
    when = parsedate_to_datetime(fields["TIME"])
    title = fields.get("TITLE", "")
    return {
        "id": fields["DOCNO"],
        "outlet": OUTLETS.get(fields.get("SRC", "").lower(), fields.get("SRC", "")),
        "section": fields.get("CAT", ""),
        "url": fields["URL"],
        "published": when.date().isoformat(),
        "time": when.isoformat(),
        "title": title,
        "text": f"{title}\n{fields['TEXT']}" if title else fields["TEXT"],
    }


def convert(source: Path, out: Path) -> tuple[int, int]:
    """Write the de-duplicated JSONL; return (articles written, duplicates left out)."""
    seen: set[str] = set()
    written = duplicates = 0
    with out.open("w", encoding="utf-8") as sink:
        for _, raw in files(source):
            article = record(raw)
            if article is None:
                continue
            if article["url"] in seen:
                duplicates += 1
                continue
            seen.add(article["url"])
            sink.write(json.dumps(article, ensure_ascii=False) + "\n")
            written += 1
    return written, duplicates


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    written, duplicates = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{written} articles written, {duplicates} duplicate URLs left out", file=sys.stderr)
