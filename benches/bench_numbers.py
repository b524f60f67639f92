"""Side-by-side speed of khabar's numeric-fact extraction and its peers.

    python benches/bench_numbers.py [--mb 5] [--repeat 5] [--slow-kb 150]

Needs khabar, pyduckling-native-phihos (Duckling), pyarabic and dateparser in the same
environment. The operation is "find the numeric facts of an Arabic news text":

- khabar: `extract_numbers` (numbers, ordinals, durations, dates, money, percentages... with
  their values), in a Python loop and through `extract_numbers_batch`;
- Duckling (Haskell, through pyduckling-native-phihos): `duckling.parse` with every numeric
  dimension that has Arabic rules or language-independent ones: amount-of-money, distance,
  duration, number, ordinal, quantity, temperature, time, volume (not email, url, phone-number,
  credit-card-number, which are not numeric facts), no latent parses;
- PyArabic: `pyarabic.number.extract_number_phrases`, its function that finds the numbers and
  number-word phrases of a text (it finds them; it gives no value, no unit, no date);
- dateparser: `dateparser.search.search_dates(text, languages=["ar"])`, dates only.

All four get the same reference date (REFERENCE below), so relative dates are resolved alike.
Every library is called through its public Python API on one thread, except the khabar batch
row with the default thread count. Duckling and dateparser are some 20 times slower than the
others, so they are timed on the first --slow-kb KB of the same documents; MB/s stays
comparable (khabar is timed on that slice too, to show it).

The machine's speed drifts, so timing goes in rounds: each round times every library once,
so that a slow spell falls on all of them alike, and the best round of each counts.
Throughput is MB of UTF-8 input (10^6 bytes) per second. This is a benchmark, not a test: it
prints numbers and a few differences, and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import sys
import time
from collections import Counter

import duckling
import khabar
from corpus import DOC_BYTES, one_string, split_docs, timed, utf8_mb
import pyarabic.number
from dateparser.search import search_dates

REFERENCE = datetime.datetime(2025, 2, 12, 12, 0)  # the one publication date among the articles
TIME_ZONE = "Asia/Riyadh"
ZONEINFO = "/usr/share/zoneinfo"
DUCKLING_DIMS = [
    "amount-of-money", "distance", "duration", "number", "ordinal",
    "quantity", "temperature", "time", "volume",
]
TARGETS = {"Duckling": 300.0, "PyArabic": 5.0}  # khabar single-threaded ≥ this many times the peer

# ---------------------------------------------------------------------------------------------
# The operation, as each library spells it
# ---------------------------------------------------------------------------------------------

_tz_db = duckling.load_time_zones(ZONEINFO)
DUCKLING_CONTEXT = duckling.Context(
    duckling.parse_ref_time(_tz_db, TIME_ZONE, int(REFERENCE.timestamp())),
    duckling.default_locale_lang(duckling.parse_lang("AR")),
)
DUCKLING_DIMENSIONS = duckling.parse_dimensions(DUCKLING_DIMS)
DATEPARSER_SETTINGS = {"RELATIVE_BASE": REFERENCE}


def khabar_facts(text: str) -> list:
    return khabar.extract_numbers(text, reference_date=REFERENCE.date())


def duckling_facts(text: str) -> list[dict]:
    # Each result is a dict with dim, start, end (code-point offsets), body and value. The body
    # comes back mis-decoded (UTF-8 bytes read as Latin-1), so text[start:end] is the span.
    return duckling.parse(text, DUCKLING_CONTEXT, DUCKLING_DIMENSIONS, False)


def pyarabic_facts(text: str) -> list[str]:
    return pyarabic.number.extract_number_phrases(text)


def dateparser_facts(text: str) -> list[tuple[str, datetime.datetime]]:
    return search_dates(text, languages=["ar"], settings=DATEPARSER_SETTINGS) or []


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------


def first_kb(docs: list[str], kb: float) -> list[str]:
    """The first documents of `docs`, about `kb` KB of UTF-8 in all."""
    out, size = [], 0
    for doc in docs:
        if size >= kb * 1e3:
            break
        out.append(doc)
        size += len(doc.encode())
    return out


# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------


def each(fn):
    return lambda texts: [fn(t) for t in texts]


# ---------------------------------------------------------------------------------------------
# What each library finds in the bundled articles
# ---------------------------------------------------------------------------------------------


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def context(text: str, start: int, end: int, width: int = 15) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def compare_on_articles(examples: int = 6) -> None:
    articles = khabar.Corpus.sample()
    print(f"\nWhat each library finds in the {len(articles)} bundled articles "
          f"({utf8_mb([a.text for a in articles]) * 1e3:.1f} KB), one pass:")
    print("| article | khabar | Duckling | PyArabic | dateparser |")
    print("|---|---:|---:|---:|---:|")
    totals = Counter()
    kinds, dims = Counter(), Counter()
    only_duckling, only_khabar = [], []
    for i, article in enumerate(articles, 1):
        text = article.text
        ours, theirs = khabar_facts(text), duckling_facts(text)
        counts = {
            "khabar": len(ours),
            "Duckling": len(theirs),
            "PyArabic": len(pyarabic_facts(text)),
            "dateparser": len(dateparser_facts(text)),
        }
        totals.update(counts)
        print(f"| {i} | " + " | ".join(str(n) for n in counts.values()) + " |")
        kinds.update(f.kind for f in ours)
        dims.update(d["dim"] for d in theirs)
        our_spans = [(f.start, f.end) for f in ours]
        their_spans = [(d["start"], d["end"]) for d in theirs]
        only_duckling += [
            f"{d['dim']}: {context(text, d['start'], d['end'])}"
            for d in theirs if not overlaps((d["start"], d["end"]), our_spans)
        ]
        only_khabar += [
            f"{f.kind}: {context(text, f.start, f.end)}"
            for f in ours if not overlaps((f.start, f.end), their_spans)
        ]
    print("| all | " + " | ".join(str(totals[k]) for k in ["khabar", "Duckling", "PyArabic", "dateparser"]) + " |")
    print("  khabar by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  Duckling by dimension (its results may overlap): " + ", ".join(f"{k} {n}" for k, n in dims.most_common()))
    print("  (PyArabic counts number phrases without values; dateparser counts dates only)")
    print(f"\nDuckling finds, khabar has nothing overlapping ({len(only_duckling)}; first {examples}):")
    for line in only_duckling[:examples]:
        print(f"  {line}")
    print(f"khabar finds, Duckling has nothing overlapping ({len(only_khabar)}; first {examples}):")
    for line in only_khabar[:examples]:
        print(f"  {line}")


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of UTF-8")
    parser.add_argument("--repeat", type=int, default=5, help="timing rounds; the best counts")
    parser.add_argument("--docs", choices=["articles", "2kb"], default="articles",
                        help="the bundled articles whole and repeated (as the issue measures), "
                             "or cut into ~2 KB documents")
    parser.add_argument("--slow-kb", type=float, default=150.0,
                        help="KB of the same documents on which Duckling and dateparser are timed")
    args = parser.parse_args()

    start = time.perf_counter()
    if args.docs == "articles":
        articles = [doc.text for doc in khabar.Corpus.sample()]
        reps = max(1, round(args.mb * 1e6 / utf8_mb(articles) / 1e6))
        docs = articles * reps
    else:
        docs = split_docs(one_string(args.mb))
    corpora = {"full": docs, "slice": first_kb(docs, args.slow_kb)}
    sizes = {name: utf8_mb(texts) for name, texts in corpora.items()}
    threads = khabar.default_threads()
    print(f"khabar {khabar.__version__}, Duckling (pyduckling-native-phihos {duckling.__version__}), "
          f"PyArabic, dateparser; Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}; best of {args.repeat} rounds", flush=True)
    shape = "whole articles" if args.docs == "articles" else f"docs of ~{DOC_BYTES} B"
    print(f"corpus built in {time.perf_counter() - start:.1f} s: {len(docs)} {shape} "
          f"({sizes['full']:.2f} MB); Duckling and dateparser are timed on the first "
          f"{len(corpora['slice'])} docs only ({sizes['slice'] * 1e3:.0f} KB), being that much slower; "
          f"reference date {REFERENCE.date()} for all\n", flush=True)

    ref_dates = {name: [REFERENCE.date()] * len(texts) for name, texts in corpora.items()}
    # name → (function of a list of texts, which corpus)
    methods = {
        "khabar extract_numbers (loop)": (each(khabar_facts), "full"),
        "khabar extract_numbers_batch threads=1":
            (lambda t: khabar.extract_numbers_batch(t, ref_dates["full"], threads=1), "full"),
        f"khabar extract_numbers_batch threads={threads} (default)":
            (lambda t: khabar.extract_numbers_batch(t, ref_dates["full"]), "full"),
        "khabar extract_numbers (loop), on the slice": (each(khabar_facts), "slice"),
        "Duckling parse": (each(duckling_facts), "slice"),
        "PyArabic extract_number_phrases": (each(pyarabic_facts), "full"),
        "dateparser search_dates": (each(dateparser_facts), "slice"),
    }
    best: dict[str, float] = {}
    for round_ in range(args.repeat):
        for name, (fn, corpus) in methods.items():
            seconds, _ = timed(fn, corpora[corpus])
            best[name] = min(best.get(name, float("inf")), seconds)
        print(f"  round {round_ + 1} of {args.repeat} timed", file=sys.stderr, flush=True)
    speed = {name: sizes[corpus] / best[name] for name, (_, corpus) in methods.items()}
    load = os.getloadavg()[0]

    ours = "khabar extract_numbers (loop)"
    print(f"| MB/s (UTF-8 input) | input | MB/s | {ours} ÷ it |")
    print("|---|---|---:|---:|")
    for name, (_, corpus) in methods.items():
        mbps = speed[name]
        shown = f"{mbps:,.2f}" if mbps < 10 else f"{mbps:,.1f}"
        print(f"| {name} | {corpus} ({sizes[corpus]:.2f} MB) | {shown} | {speed[ours] / mbps:,.2f}x |")

    print(f"\n1-minute load average after timing: {load:.2f} (this benchmark alone makes about 1;"
          " more means another process shared the cores)")
    print("\nTargets (khabar single-threaded):")
    peers = {"Duckling": "Duckling parse", "PyArabic": "PyArabic extract_number_phrases"}
    for single in [ours, "khabar extract_numbers_batch threads=1"]:
        for peer, want in TARGETS.items():
            got = speed[single] / speed[peers[peer]]
            print(f"  {single} ≥ {want:g}x {peer}: {got:,.2f}x {'met' if got >= want else 'MISSED'}")

    compare_on_articles()


if __name__ == "__main__":
    main()
