"""What happened to the people a count counts (killed, injured, arrested ...), from the word of its
clause right before it (مقتل 58 فلسطينياً، وأصيب 23 آخرون، ارتفع عدد القتلى إلى 58) or its counted
noun (58 قتيلاً), by ``lexicons/roles.tsv``. Outlets stating different numbers of the killed
disagree; a number of the killed and one of the injured are two measures, not a disagreement.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from khabar._khabar import TermFinder
from khabar.events import CLAUSE_END, words_between

#: The kinds of fact that count people.
COUNTS = ("count", "cardinal", "range")
#: Words, at most, between the word of a role and the count it is the role of.
WINDOW = 2


@cache
def role_words() -> dict[str, list[str]]:
    """The words naming each role, from ``lexicons/roles.tsv``."""
    source = (resources.files("khabar") / "lexicons" / "roles.tsv").read_text(encoding="utf-8")
    words: dict[str, list[str]] = {}
    for line in source.splitlines():
        if line.strip() and not line.startswith("#"):
            role, listed = line.split("\t")[:2]
            words[role] = listed.split("|")
    return words


def _word_list(name: str) -> frozenset[str]:
    """The words of ``lexicons/NAME``, one a line (``#`` lines are comments)."""
    source = (resources.files("khabar") / "lexicons" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in source.splitlines() if line.strip() and not line.startswith("#"))


@cache
def people_nouns() -> frozenset[str]:
    """The nouns that count people and say nothing else of them, from ``lexicons/people.tsv``."""
    return _word_list("people.tsv")


@cache
def record_nouns() -> frozenset[str]:
    """The nouns that count a record (times, games, goals, titles ...), from ``lexicons/records.tsv``."""
    return _word_list("records.tsv")


@cache
def finder() -> TermFinder:
    return TermFinder(role_words())


def roles(
    texts: Sequence[str],
    docs: Sequence[int],
    starts: Sequence[int],
    ends: Sequence[int],
    kinds: Sequence[str],
    threads: int | None = None,
    found: Mapping[str, Sequence[Any]] | None = None,
) -> list[str | None]:
    """The role of each fact (``docs[i]``, ``starts[i]:ends[i]``, ``kinds[i]``) of ``texts``:
    the one its own words name, else the nearest named at most ``WINDOW`` words before it in
    its clause, else after it; None for a fact that is no count or has no role. ``found`` is
    what ``finder()`` finds in every text, as columns (doc, term, start, end), when a pass over
    the texts found it already (``extract_batch``); else the texts with a count are read here."""
    # only the counts are read: most facts are dates and other numbers
    counts = [k for k, kind in enumerate(kinds) if kind in COUNTS]
    wanted = sorted({docs[k] for k in counts})
    if found is None:
        hits = finder().find_batch([texts[doc] for doc in wanted], threads=threads)
        spans = dict(zip(wanted, (sorted((s, e, r) for r, s, e in matches) for matches in hits)))
    else:
        spans = _by_doc(found, set(wanted))
    out: list[str | None] = [None] * len(docs)
    for k in counts:
        named = spans.get(docs[k])
        if named:
            out[k] = _role(texts[docs[k]], starts[k], ends[k], named)
    return out


def _by_doc(found: Mapping[str, Sequence[Any]], wanted: set[int]) -> dict[int, list[tuple[int, int, str]]]:
    """The matches of the ``wanted`` documents, each document's as (start, end, role), sorted."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for doc, role, start, end in zip(found["doc"], found["term"], found["start"], found["end"]):
        if doc in wanted:
            spans.setdefault(doc, []).append((start, end, role))
    return {doc: sorted(matches) for doc, matches in spans.items()}


def _role(text: str, start: int, end: int, named: list[tuple[int, int, str]]) -> str | None:
    k = bisect_right(named, (end,))
    # the counted noun names it (58 قتيلاً), else the word before (مقتل 58 شخصاً)
    for s, e, role in reversed(named[:k]):
        if s >= start and e <= end:
            return role
        if e <= start:
            between = words_between(text, e, start, CLAUSE_END)
            if between is not None and between <= WINDOW:
                return role
            break
    # else the verb after its subject (إن 40 شخصاً قتلوا، 12 شخصاً لقوا حتفهم)
    if k < len(named):
        s, _, role = named[k]
        between = words_between(text, end, s, CLAUSE_END)
        if between is not None and between <= WINDOW:
            return role
    return None
