"""Time and peak memory of the streaming analysis on a large corpus.

    python benches/bench_stream.py [--mb 1000] [--chunk-size 1000] [--keep DIR]

The corpus is the bundled articles repeated to --mb MB of UTF-8, each copy made unique (its
title numbered, its id its own), written as one JSONL file with the articles' metadata. Then
`khabar analyze` streams it into Parquet in a child process (with its worker processes, one per
core), whose resident memory, summed over the process and its workers, is sampled every 0.1 s. Beside it, in the same run, the floor any analysis pays: reading
and decoding the same JSONL in Python (json.loads per line), and the ratio between the two.
This is a benchmark: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import khabar


def write_corpus(path: Path, mb: float) -> tuple[int, int]:
    """The sample repeated to ``mb`` MB, one JSON line per article; (documents, bytes)."""
    sample = list(khabar.Corpus.sample())
    documents = size = 0
    with path.open("w", encoding="utf-8") as out:
        while size < mb * 1e6:
            for doc in sample:
                title, _, rest = doc.text.partition("\n")
                text = f"{title} ({documents})\n{rest}"
                published = doc.published.isoformat() if doc.published else None
                record = {**doc.metadata, "id": f"{doc.id}-{documents}", "text": text, "outlet": doc.outlet,
                          "published": published}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                documents += 1
                size += len(text.encode())
    return documents, size


def read_only(path: Path) -> float:
    """Seconds to read and decode every line: the floor of any analysis of the file."""
    start = time.perf_counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            json.loads(line)
    return time.perf_counter() - start


def resident(pid: int) -> int:
    """The resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=1000)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the corpus and the Parquet files here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="khabar-stream-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    documents, size = write_corpus(corpus, args.mb)
    mb = size / 1e6
    cores = os.cpu_count() or 1
    print(f"corpus: {documents:,} documents, {mb:,.0f} MB of text, {corpus.stat().st_size / 1e6:,.0f} MB on disk")

    reading = read_only(corpus)
    command = [sys.executable, "-m", "khabar", "analyze", str(corpus), "--out", str(work / "out"),
               "--chunk-size", str(args.chunk_size), "--overwrite"]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, resident(process.pid))
        time.sleep(0.1)
    streaming = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"khabar analyze failed with {process.returncode}")
    peak //= 1024  # MiB

    print(f"\n{'':28} {'seconds':>8} {'MB/s':>7} {'MB/s/core':>10}")
    for name, seconds in (("read + json.loads only", reading), ("khabar analyze (stream)", streaming)):
        print(f"{name:28} {seconds:8.1f} {mb / seconds:7.1f} {mb / seconds / cores:10.1f}")
    print(f"\nkhabar / reading alone: {streaming / reading:.1f}x the time; {cores} cores")
    print(f"peak resident memory of the stream, workers included: {peak:,} MiB")
    written = sum(p.stat().st_size for p in (work / "out").glob("*.parquet/*.parquet")) / 1e6
    print(f"Parquet written: {written:,.0f} MB in {work / 'out'}")


if __name__ == "__main__":
    main()
