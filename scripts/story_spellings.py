"""List the words news spells two or three ways (a transliterated name, a nisba): the house
spellings of outlets that khabar's story index reads as one term (`lexicons/stories/spellings.tsv`).

    python scripts/story_spellings.py ant.jsonl > lexicons/stories/spellings.tsv

Terms are read by `khabar.story_terms`, which folds the spellings already listed: run it with a
build whose spellings.tsv is empty to list them all afresh (the bundled file was made so, from the
ANT corpus v2.1); with the current build it lists new ones only. Two terms are one word spelt two
ways when, each in MIN_ARTICLES articles or more,
- one is the other with a long vowel or a hamza's seat (ا و ي ء) inserted inside it, or swapped
  for another inside it (not an inflection's ending: ون / ين swap letters near the end, a hamza's
  seat excepted), or the same letters with a ي or و moved (اميركي / امريكي);
- they stand in one article together in less than MAX_TOGETHER of the rarer's articles (an
  outlet keeps to one spelling);
- the words around them in titles and leads are alike (cosine MIN_CONTEXT or more): one word,
  not two words one letter apart (تحمل / تحميل);
- the outlets that write them differ (their shares of each outlet's articles, half apart or
  more, MIN_OUTLETS_APART): a house spelling, not a word of its own (احدث / احداث); or, their
  contexts alike as one name's are (MIN_CONTEXT_NAME), less apart (MIN_OUTLETS_APART_NAME): a
  transliterated name that outlets spell both ways, each one mostly (زوكربرغ / زوكربيرغ,
  ميونخ / ميونيخ), while two words of one root a letter apart are written by every outlet or
  in other words (جمعه / جماعه: contexts 0.53 alike but 0.29 apart; سياسي / سيسي: 0.31, 0.32).
The spelling news uses most is the term each is read as.
"""

from __future__ import annotations

import collections
import itertools
import json
import math
import sys

from khabar import story_terms

MIN_ARTICLES = 10
MAX_TOGETHER = 0.25
MIN_CONTEXT = 0.3
MIN_OUTLETS_APART = 0.52
MIN_CONTEXT_NAME = 0.45
MIN_OUTLETS_APART_NAME = 0.3
VOWELS = set("اويء")
COMMON = 3000  # context words in more articles than this tell nothing of a word
LEAD = 400


def skeleton(term: str) -> str | None:
    if len(term) < 4 or term.isdigit():
        return None
    return term[0] + "".join(c for c in term[1:-1] if c not in VOWELS) + term[-1]


def one_vowel_apart(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    if len(b) == len(a) + 1:
        return any(b[:i] + b[i + 1 :] == a and b[i] in VOWELS for i in range(1, len(b) - 1))
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            if not (0 < i < len(a) - 1 and a[i] in VOWELS and b[i] in VOWELS):
                return False
            # near the end, a swap is an inflection's, unless a hamza's seat
            return i < len(a) - 2 or "ء" in (a[i], b[i])
        # a ي or و moved, inside the word as well
        near_end = a[-2:] == b[-2:] or any(x != y and "ء" in (x, y) for x, y in zip(a[-2:], b[-2:]))
        return (
            near_end
            and sorted(a) == sorted(b)
            and "".join(c for c in a if c not in VOWELS) == "".join(c for c in b if c not in VOWELS)
        )
    return False


def cosine(x: dict[str, float], y: dict[str, float]) -> float:
    dot = sum(v * y.get(u, 0.0) for u, v in x.items())
    norm = math.sqrt(sum(v * v for v in x.values())) * math.sqrt(sum(v * v for v in y.values()))
    return dot / norm if norm else 0.0


def main(path: str) -> None:
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    outlets = collections.Counter(r["id"][:2] for r in records)
    frequency: collections.Counter[str] = collections.Counter()
    by_outlet: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    articles: list[set[str]] = []
    for r in records:
        terms = set(story_terms(r["title"] + "\n" + r["text"]))
        articles.append(terms)
        for t in terms:
            frequency[t] += 1
            by_outlet[t][r["id"][:2]] += 1
    same: dict[str, list[str]] = collections.defaultdict(list)
    for t, n in frequency.items():
        s = skeleton(t)
        if s and n >= MIN_ARTICLES:
            same[s].append(t)
    pairs = [(a, b) for g in same.values() for a, b in itertools.combinations(g, 2) if one_vowel_apart(a, b)]
    wanted = {t for p in pairs for t in p}
    holding: dict[str, set[int]] = collections.defaultdict(set)
    for k, terms in enumerate(articles):
        for t in terms & wanted:
            holding[t].add(k)
    pairs = [(a, b) for a, b in pairs if len(holding[a] & holding[b]) < MAX_TOGETHER * min(frequency[a], frequency[b])]
    wanted = {t for p in pairs for t in p}
    around: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in records:
        terms = set(story_terms(r["title"] + "\n" + r["text"][:LEAD]))
        for t in terms & wanted:
            for u in terms:
                if u != t and frequency[u] < COMMON:
                    around[t][u] += 1
    n = len(records)

    def context(t: str, other: str) -> dict[str, float]:
        return {u: c * math.log(n / frequency[u]) for u, c in around[t].items() if u != other and frequency[u]}

    def shares(t: str) -> dict[str, float]:
        rate = {o: by_outlet[t][o] / outlets[o] for o in outlets}
        total = sum(rate.values())
        return {o: v / total for o, v in rate.items()}

    parent: dict[str, str] = {}

    def root(t: str) -> str:
        while parent.get(t, t) != t:
            t = parent[t]
        return t

    for a, b in pairs:
        sa, sb = shares(a), shares(b)
        apart = sum(abs(sa[o] - sb[o]) for o in outlets) / 2
        alike = cosine(context(a, b), context(b, a))
        if (alike >= MIN_CONTEXT and apart > MIN_OUTLETS_APART) or (
            alike >= MIN_CONTEXT_NAME and apart > MIN_OUTLETS_APART_NAME
        ):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[rb] = ra
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for t in {t for p in pairs for t in p}:
        groups[root(t)].append(t)
    print("# Spellings of one word news writes two or three ways (a transliterated name, a nisba): each row")
    print("# is a term (khabar.story_terms) and the term it is read as, the spelling news uses most. An")
    print("# outlet keeps one spelling (ترمب, بوتن, كيمياوي), so two outlets' reports of one happening")
    print("# shared less than their words. Made by scripts/story_spellings.py (its docstring says how) from")
    print("# the ANT corpus v2.1. Cite ANT: Chouigui, Ben Khiroun and Elayeb, AJSE 46(8), 2021.")
    rows = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda t: (-frequency[t], t))
        rows += [(frequency[members[0]], v, members[0]) for v in members[1:]]
    for _, variant, term in sorted(rows, key=lambda r: (-r[0], r[1])):
        print(f"{variant}\t{term}")


if __name__ == "__main__":
    main(sys.argv[1])
