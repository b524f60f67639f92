"""End-to-end analysis against the Rust passes alone, side by side in one run.

    python benches/bench_analysis.py [CORPUS.jsonl] [--limit N] [--threads T] [--repeat R]

The corpus (by default the ANT week bundled with the tests, 1,203 articles; give the whole ANT
corpus made by ``scripts/ant_corpus.py`` for the real figure) is read once. Then, on the same
documents and threads, each pass is timed alone (article parts, numeric facts, quotes, event
words, the story index, and the one pass the analysis makes of article parts, numeric facts,
quotes and event words together, each text normalized once for them all); the sum of the passes
the analysis runs (the one pass and the story index) is the floor an analysis pays in Rust, and
``Corpus.analyze`` is timed end to end: the frames, the events and the stories made in Python
from the Arrow columns the passes hand over. Each figure is the best of ``--repeat`` runs.
MB/s are of UTF-8 text, per core (divided by the threads used). Beside each wall time is the
CPU time the process spent (all threads) and the MB per CPU second it makes: on a machine other
work shares, wall times grow with the load and CPU times much less, so compare those. This is a
benchmark: it prints numbers and asserts nothing.
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

ONE_PASS = "one pass (parts, facts, quotes, event words)"
THREE_IN_ONE = "one pass (facts, quotes, event words)"
SEPARATE = ("article parts", "numeric facts", "quotes", "event words", "story index")
WEEK = Path(__file__).resolve().parent.parent / "tests" / "data" / "ant_week" / "articles.jsonl"


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest of ``repeat`` timings of ``run`` and the CPU time of that run, in seconds."""
    timings = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        timings.append((time.perf_counter() - start, time.process_time() - cpu))
    return min(timings)


def _reads_parts(fused: Callable[..., object], finder: object) -> bool:
    """Whether the one pass of this build reads article parts too."""
    try:
        fused([], finder, parts=True)
    except TypeError:
        return False
    return True


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
        "quotes": lambda: khabar.extract_quotes_batch(texts, reference_dates=dates, threads=threads, as_arrow=True),
        "event words": lambda: finder.find_batch(texts, threads=threads, as_columns=True),
        "story index": stories,
    }
    # what the analysis runs: article parts, numeric facts, quotes and event words in one pass,
    # each text normalized once for them all (a build before it reads the parts apart, and one
    # before that has no such pass: the readers apart)
    fused = getattr(khabar._khabar, "extract_batch", None)
    with_parts = fused is not None and _reads_parts(fused, finder)
    if fused is not None:
        read_parts = {"parts": True} if with_parts else {}
        one_pass = ONE_PASS if with_parts else THREE_IN_ONE
        passes[one_pass] = lambda: fused(texts, finder, reference_dates=dates, threads=threads, **read_parts)
    corpus.analyze(threads=threads)  # imports and lexicons loaded before any timing
    seconds = {name: best_of(repeat, run) for name, run in passes.items()}
    # the passes the analysis runs, summed: the floor it pays in Rust
    if with_parts:
        run = [ONE_PASS, "story index"]
    else:
        run = ["article parts", THREE_IN_ONE, "story index"] if fused else list(SEPARATE)
    floor = (sum(seconds[name][0] for name in run), sum(seconds[name][1] for name in run))
    whole = best_of(repeat, lambda: corpus.analyze(threads=threads))

    def row(name: str, s: tuple[float, float]) -> str:
        return f"{name:46} {s[0]:8.2f} {mb / s[0] / threads:10.1f} {s[1]:8.2f} {mb / s[1]:10.1f}"

    print(f"{len(documents):,} documents, {mb:.1f} MB of UTF-8 text, {threads} threads, best of {repeat}\n")
    print(f"{'':46} {'seconds':>8} {'MB/s/core':>10} {'CPU s':>8} {'MB/CPU s':>10}")
    for name, s in seconds.items():
        print(row(f"  {name}", s))
    print(row("the Rust passes alone, summed", floor) + ("" if fused else "  (the three apart)"))
    print(row("Corpus.analyze, end to end", whole))
    print(f"\nend to end / Rust passes alone: {whole[0] / floor[0]:.2f}x the time, {whole[1] / floor[1]:.2f}x the CPU time")

if __name__ == "__main__":
    main()
