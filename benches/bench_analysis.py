"""End-to-end analysis against the Rust passes alone, side by side in one run.

    python benches/bench_analysis.py [CORPUS.jsonl] [--limit N] [--threads T] [--repeat R]

The corpus (by default the ANT week bundled with the tests, 1,203 articles; give the whole ANT
corpus made by ``scripts/ant_corpus.py`` for the real figure) is read once. Then, on the same
documents and threads, each pass the analysis runs is timed alone (article parts, numeric facts,
quotes, event words, the story index), their sum is the floor an analysis pays in Rust, and
``Corpus.analyze`` is timed end to end: the frames, the events and the stories made in Python
from the Arrow columns the passes hand over. Each figure is the best of ``--repeat`` runs.
MB/s are of UTF-8 text, per core (divided by the threads used). This is a benchmark: it prints
numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import khabar
from khabar import StoryIndex
from khabar import events as event_attribution
from khabar.stories import publication_time

WEEK = Path(__file__).resolve().parent.parent / "tests" / "data" / "ant_week" / "articles.jsonl"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timings of ``run``, in seconds."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=WEEK)
    parser.add_argument("--limit", type=int, help="read only the first N articles")
    parser.add_argument("--threads", type=int, default=khabar.default_threads())
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpus = khabar.Corpus.read(args.corpus)
    if args.limit:
        corpus = khabar.Corpus(tuple(corpus)[: args.limit])
    documents = list(corpus)
    texts = [d.text for d in documents]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    threads, repeat = args.threads, args.repeat
    dates = [d.published for d in documents]
    finder = event_attribution.finder()

    def stories() -> None:
        index = StoryIndex()
        times = [publication_time(d, None) for d in documents]
        index.add(texts, titles=[d.title for d in documents], times=times, threads=threads)
        index.stories()

    passes = {
        "article parts": lambda: khabar.article_parts_batch(texts, threads=threads, as_arrow=True),
        "numeric facts": lambda: khabar.extract_numbers_batch(
            texts, reference_dates=dates, threads=threads, as_arrow=True
        ),
        "quotes": lambda: khabar.extract_quotes_batch(texts, threads=threads, as_arrow=True),
        "event words": lambda: finder.find_batch(texts, threads=threads, as_columns=True),
        "story index": stories,
    }
    corpus.analyze(threads=threads)  # imports and lexicons loaded before any timing
    seconds = {name: best_of(repeat, run) for name, run in passes.items()}
    floor = sum(seconds.values())
    whole = best_of(repeat, lambda: corpus.analyze(threads=threads))

    def rate(s: float) -> str:
        return f"{mb / s / threads:10.1f}"

    print(f"{len(documents):,} documents, {mb:.1f} MB of UTF-8 text, {threads} threads, best of {repeat}\n")
    print(f"{'':34} {'seconds':>8} {'MB/s/core':>10}")
    for name, s in seconds.items():
        print(f"  {name:32} {s:8.2f} {rate(s)}")
    print(f"{'the Rust passes alone, summed':34} {floor:8.2f} {rate(floor)}")
    print(f"{'Corpus.analyze, end to end':34} {whole:8.2f} {rate(whole)}")
    print(f"\nend to end / Rust passes alone: {whole / floor:.2f}x the time")


if __name__ == "__main__":
    main()
