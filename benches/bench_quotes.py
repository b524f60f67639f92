"""Speed of khabar's quote attribution, side by side with what it can be compared to.

    python benches/bench_quotes.py [--sample] [--mb 5] [--repeat 5]

No other library attributes quotes in Arabic (CoreNLP, textacy and citron read English only),
so the rows beside khabar are the nearest things a user has:

- a regular-expression baseline in Python's `re`: the quoted spans of a text and the clauses
  after قال/أكد/أعلن ... أن/إن, with no speaker, no continuation, no attribution phrases (what a
  user writes today without khabar; it does a small part of the job, so it is a floor, not a
  peer);
- khabar's own `normalize` with the search preset, the pass every quote reading starts with,
  to show what the reading itself costs on top.

The texts are distinct real articles: the ANT week of the tests (1,203 articles, 3.2 MB) when
run from a checkout, else the bundled articles repeated to --mb MB (`--sample` asks for those).
Distinct texts matter: the entity reader keeps what it learned of each word for the next
document, so a few articles repeated read faster than news does. khabar runs through its Python
API: `extract_quotes` in a loop (one thread), and `extract_quotes_batch` on 1 and on all
threads. Timing goes in rounds (each round times every row once, so a slow spell of the
machine falls on all of them) and the best round counts. Throughput is MB of UTF-8 input per
second. This is a benchmark: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re

from pathlib import Path

import khabar
from corpus import timed, utf8_mb

WEEK = Path(__file__).resolve().parent.parent / "tests" / "data" / "ant_week" / "articles.jsonl"

TARGET_MB_S = 15.0  # per core, through the Python API
TARGET_ENTITIES_MB_S = 30.0

QUOTED = re.compile(r"[\"«“]([^\"«»“”\n]{1,2000})[\"»”]")
REPORTED = re.compile(
    r"\b(?:و)?(?:قال|أكد|أعلن|أوضح|أشار|ذكر|أضاف|صرح)(?:ت)?\b[^.\n]{0,120}?\b(?:أن|إن|بأن)\s+([^.\n]+)"
)


def regex_baseline(texts: list[str]) -> int:
    found = 0
    for text in texts:
        found += len(QUOTED.findall(text)) + len(REPORTED.findall(text))
    return found


def khabar_loop(texts: list[str]) -> int:
    return sum(len(khabar.extract_quotes(t)) for t in texts)


def khabar_batch(texts: list[str], threads: int) -> int:
    return sum(map(len, khabar.extract_quotes_batch(texts, threads=threads)))


def entities_loop(texts: list[str]) -> int:
    return sum(len(khabar.extract_entities(t)) for t in texts)


def normalize_loop(texts: list[str]) -> int:
    normalizer = khabar.Normalizer("search")
    return sum(len(normalizer.normalize(t)) for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sample", action="store_true", help="the bundled articles repeated")
    args = parser.parse_args()
    if WEEK.is_file() and not args.sample:
        texts = [doc.text for doc in khabar.Corpus.read(WEEK)]
    else:
        articles = [doc.text for doc in khabar.Corpus.sample()]
        reps = max(1, round(args.mb * 1e6 / sum(len(a.encode()) for a in articles)))
        texts = articles * reps
    mb = utf8_mb(texts)
    threads = khabar.default_threads()
    rows = {
        "khabar extract_quotes (loop, 1 thread)": lambda: khabar_loop(texts),
        "khabar extract_quotes_batch, 1 thread": lambda: khabar_batch(texts, 1),
        f"khabar extract_quotes_batch, {threads} threads": lambda: khabar_batch(texts, threads),
        "khabar extract_entities (loop, 1 thread)": lambda: entities_loop(texts),
        "regex baseline (re, quotes + قال...أن)": lambda: regex_baseline(texts),
        "khabar normalize (search), the first pass": lambda: normalize_loop(texts),
    }
    best = dict.fromkeys(rows, float("inf"))
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        for name, run in rows.items():
            seconds, count = timed(run)
            best[name] = min(best[name], seconds)
            counts[name] = count
    print(f"{len(texts)} articles, {mb:.1f} MB, {os.cpu_count()} cores, best of {args.repeat}")
    print(f"{'':48} {'MB/s':>8} {'found':>7}")
    for name in rows:
        print(f"{name:48} {mb / best[name]:8.1f} {counts[name]:7}")
    single = mb / best["khabar extract_quotes (loop, 1 thread)"]
    batch = best["khabar extract_quotes_batch, 1 thread"] / best[
        f"khabar extract_quotes_batch, {threads} threads"
    ]
    regex = best["regex baseline (re, quotes + قال...أن)"] / best[
        "khabar extract_quotes (loop, 1 thread)"
    ]
    entities = mb / best["khabar extract_entities (loop, 1 thread)"]
    print(f"extract_entities per core: {entities:.1f} MB/s (target {TARGET_ENTITIES_MB_S})")
    print(f"per core: {single:.1f} MB/s (target {TARGET_MB_S}); batch on {threads} threads: "
          f"{batch:.2f}x one thread; khabar vs the regex baseline: {regex:.2f}x")


if __name__ == "__main__":
    main()
