"""Story grouping, side by side with what a user would write with scikit-learn.

    python benches/bench_stories.py [--corpus ant.jsonl]

The anchor is TF-IDF cosine with average linkage (scikit-learn's TfidfVectorizer and
AgglomerativeClustering over the search-normalized texts), its distance threshold tuned on the
judged articles themselves, which flatters it: khabar's one threshold is the same for every
corpus. Both group the 295 judged articles of `tests/data/ant_stories` and are scored on every
pair of them (pairwise precision, recall, F1) and timed. With `--corpus` (the whole ANT corpus
as `scripts/ant_corpus.py` writes it) khabar also groups the judged articles among all of them;
the anchor, which compares every pair, is timed on growing slices until it passes a minute.
This is a benchmark: it prints numbers and asserts nothing. It needs scikit-learn.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

import khabar
from khabar.evaluate import DEV_DATA, score_stories
from khabar.stories import group

FOLDER = DEV_DATA / "ant_stories"


def pairwise(labels: dict[str, int], gold: dict[str, str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_found = gold[a] == gold[b], labels[a] == labels[b]
        tp += same_gold and same_found
        fp += same_found and not same_gold
        fn += same_gold and not same_found
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def anchor(texts: list[str], threshold: float) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+").fit_transform(
        [khabar.normalize(t) for t in texts]
    )
    distances = 1 - (vectors @ vectors.T).toarray()
    clustering = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    )
    return [int(label) for label in clustering.fit_predict(distances)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    gold = {r["id"]: r["story"] for r in map(json.loads, (FOLDER / "stories.jsonl").read_text("utf-8").splitlines())}
    documents = list(khabar.Corpus.read(FOLDER / "articles.jsonl"))
    texts = [d.text for d in documents]

    started = time.perf_counter()
    found = group(documents).story_of
    seconds = time.perf_counter() - started
    p, r, f = pairwise({d.id: s for d, s in zip(documents, found)}, gold)
    print(f"{'':46}{'P':>7}{'R':>7}{'F1':>7}{'seconds':>9}")
    label = f"khabar StoryIndex (one threshold, {khabar.StoryIndex().threshold:.2f})"
    print(f"{label:46}{p:7.3f}{r:7.3f}{f:7.3f}{seconds:9.2f}")
    best = None
    for threshold in [0.5 + 0.025 * k for k in range(19)]:
        started = time.perf_counter()
        labels = anchor(texts, threshold)
        elapsed = time.perf_counter() - started
        scores = pairwise({d.id: s for d, s in zip(documents, labels)}, gold)
        if best is None or scores[2] > best[0][2]:
            best = (scores, threshold, elapsed)
    assert best is not None
    (p, r, f), threshold, elapsed = best
    print(f"{f'scikit-learn anchor (tuned here: {threshold:.3f})':46}{p:7.3f}{r:7.3f}{f:7.3f}{elapsed:9.2f}")

    if args.corpus:
        started = time.perf_counter()
        scores = score_stories(corpus=args.corpus)
        seconds = time.perf_counter() - started
        print(f"\nwithin {args.corpus} (reading included): P {scores.precision:.3f} R {scores.recall:.3f} "
              f"F1 {scores.f1:.3f}, {scores.wire_copies} wire copies, {seconds:.1f} s")  # fmt: skip
        corpus = [d.text for d in khabar.Corpus.read(args.corpus)]
        for n in (1000, 2000, 4000, 8000):
            started = time.perf_counter()
            anchor(corpus[:n], threshold)
            elapsed = time.perf_counter() - started
            index = khabar.StoryIndex()
            started = time.perf_counter()
            index.add(corpus[:n])
            index.story_of()
            mine = time.perf_counter() - started
            print(f"{n:6} articles: anchor {elapsed:7.2f} s, khabar {mine:6.2f} s ({elapsed / mine:5.0f}×)")
            if elapsed > 60:
                break


if __name__ == "__main__":
    main()
