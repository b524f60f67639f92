"""Event attribution: which event (by date) each article covers, and the evidence.

An article's dates are resolved against its reference date (publication date, dateline or the
inferred date). A date within a few words of a word naming the event (مكالمة، اتصال ...) in the
same sentence dates an event. The first such date in the article, or, when the lead reports the
event with no date, the reference date itself (news reports today's events), is the main event;
an event after the reference date is a preview. Dates known only to the month or week are
matched to an event dated to the day elsewhere in the corpus, and dropped when none matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from khabar._khabar import PROCLITICS, TermFinder

#: Words apart, at most, for a date to date an event, or for a fact to be about it.
WINDOW = 8
#: Words, at most, from the event's name to the word of lasting before a duration.
LASTING_WORDS = 12
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?؟\n]")
CLAUSE_END = re.compile(r"[.!?؟\n،,؛;]")
TIME_KINDS = ("date", "weekday", "relative_date")


@cache
def event_words() -> dict[str, list[str]]:
    """The words naming each event type, and the words of lasting, from ``lexicons/events.tsv``."""
    source = (resources.files("khabar") / "lexicons" / "events.tsv").read_text(encoding="utf-8")
    words: dict[str, list[str]] = {}
    for line in source.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, listed = line.split("\t")[:2]
            words[kind] = listed.split("|")
    return words


@cache
def finder() -> TermFinder:
    """The finder of every event type's words (and of the words of lasting)."""
    return TermFinder(event_words())


def check_kind(kind: str) -> None:
    if kind == "lasting" or kind not in event_words():
        types = sorted(set(event_words()) - {"lasting"})
        raise ValueError(f"unknown event type {kind!r}; the types are {types}")


def find_batch(
    texts: Sequence[str], kind: str, threads: int | None = None
) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """For each text, the spans where a word of ``kind`` stands and those of the words of
    lasting (clitics and all), found in the Rust core on all cores."""
    check_kind(kind)
    return mentions_of(finder().find_batch(texts, threads=threads, as_columns=True), kind, len(texts))


def mentions_of(
    found: dict[str, list[Any]], kind: str, documents: int
) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """For each of ``documents`` documents, the spans of ``kind``'s words and those of the
    words of lasting, from the columns (doc, term, start, end) the finder found them in."""
    mentions: list[list[tuple[int, int]]] = [[] for _ in range(documents)]
    lasting: list[list[tuple[int, int]]] = [[] for _ in range(documents)]
    for doc, term, start, end in zip(found["doc"], found["term"], found["start"], found["end"]):
        if term == kind:
            mentions[doc].append((start, end))
        elif term == "lasting":
            lasting[doc].append((start, end))
    return mentions, lasting


def words_between(text: str, start: int, end: int, stop: re.Pattern[str] = SENTENCE_END) -> int | None:
    """The number of words in ``text[start:end]``, or None when ``stop`` (the end of a sentence)
    falls there or the stretch is too long to be near."""
    if end - start > 400 or stop.search(text, start, end):
        return None
    return len(WORD.findall(text, start, end))


def without_clitics(word: str) -> list[str]:
    """The word, then the word with each proclitic it may begin with taken off, longest first
    (وبترمب → ترمب، then بترمب...): the first that is a known word wins."""
    return [word] + [word[len(c) :] for c in PROCLITICS if word.startswith(c) and len(word) - len(c) > 2]


def about(
    text: str,
    start: int,
    end: int,
    lemma: object,
    event: str,
    mentions: Sequence[tuple[int, int]],
    lasting: Sequence[tuple[int, int]],
) -> str | None:
    """What the fact at ``start:end`` is about: ``event`` when a word naming it (``mentions``) is
    close by in the same clause, or when the fact is a duration right after a word of lasting
    (مكالمة ... واستمرت ساعة ونصف، لمدة ساعة ونصف) a few words after one; else its counted noun."""

    def within(low: int, high: int, most: int, stop: re.Pattern[str]) -> bool:
        count = words_between(text, low, high, stop)
        return count is not None and count <= most

    k = bisect_left(mentions, (start, start))
    before = mentions[k - 1] if k > 0 else None
    after = mentions[k] if k < len(mentions) else None
    if before and before[1] <= start and within(before[1], start, WINDOW, CLAUSE_END):
        return event
    if after and after[0] >= end and within(end, after[0], 3, CLAUSE_END):
        return event
    j = bisect_left(lasting, (start, start))
    if j > 0 and before and lasting[j - 1][0] >= before[1]:
        if text[lasting[j - 1][1] : start].strip() in ("", "ل", "ب"):
            if within(before[1], lasting[j - 1][0], LASTING_WORDS, SENTENCE_END):
                return event
    return lemma if isinstance(lemma, str) else None


@dataclass(frozen=True)
class Dated:
    """A date expression of an article, resolved: ``first``..``last`` is the time it names."""

    start: int
    end: int
    text: str
    first: date
    last: date


def time_span(resolved: object, granularity: object) -> tuple[date, date] | None:
    """The first and last day a resolved date names (2025-03-18, 2025-03, 2025-W12, a span of
    days such as 2025-05-28/2025-06-25); None for anything else, a missing value (None or
    pandas' NaN) included."""
    if not isinstance(resolved, str) or not resolved or resolved.startswith("X"):
        return None
    try:
        if "/" in resolved and len(resolved) == 21:
            # a span of days: 13 إلى 15 تموز, or a Hijri month as its Gregorian days
            first, last = (date.fromisoformat(part) for part in resolved.split("/"))
            return first, last
        if granularity == "day":
            day = date.fromisoformat(resolved[:10])
            return day, day
        if granularity == "week" and "-W" in resolved:
            year, week = resolved.split("-W")
            monday = date.fromisocalendar(int(year), int(week[:2]), 1)
            return monday, monday + timedelta(days=6)
        if granularity == "month":
            first = date.fromisoformat(resolved[:7] + "-01")
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, following - timedelta(days=1)
    except ValueError:
        return None
    return None


def event_dates(
    text: str, dated: Sequence[Dated], mentions: Sequence[tuple[int, int]]
) -> list[Dated]:
    """The dates in ``text`` within WINDOW words of a mention of the event, in one sentence."""
    starts = [start for start, _ in mentions]
    found = []
    for item in dated:
        k = bisect_left(starts, item.start)
        near = [mentions[j] for j in (k - 1, k) if 0 <= j < len(mentions)]
        for start, end in near:
            low, high = (end, item.start) if end <= item.start else (item.end, start)
            count = words_between(text, low, high)
            if count is not None and count <= WINDOW:
                found.append(item)
                break
    return found


def attribute(
    text: str,
    reference: date | None,
    dated: Sequence[Dated],
    mentions: Sequence[tuple[int, int]],
    lead_end: int,
) -> list[tuple[date, date, str, tuple[int, int, str] | None]]:
    """The events of one article, before matching against the corpus."""
    found = event_dates(text, dated, mentions)
    lead_names_event = any(start < lead_end for start, _ in mentions)
    events: list[tuple[date, date, str, tuple[int, int, str] | None]] = []
    if lead_names_event and reference is not None and not any(d.start < lead_end for d in found):
        events.append((reference, reference, "main", None))
    for item in found:
        evidence = (item.start, item.end, item.text)
        if any((e[0], e[1]) == (item.first, item.last) for e in events):
            continue
        if not events:
            future = reference is not None and item.first > reference
            events.append((item.first, item.last, "preview" if future else "main", evidence))
        else:
            events.append((item.first, item.last, "mentioned", evidence))
    return events


def settle(
    per_document: list[list[tuple[date, date, str, tuple[int, int, str] | None]]],
) -> list[list[tuple[date, str, tuple[int, int, str] | None]]]:
    """Events known to the day, across the corpus; month- and week-long ones become the day
    event they contain, if exactly one, and are dropped otherwise."""
    days = sorted({first for events in per_document for first, last, _, _ in events if first == last})
    settled = []
    for events in per_document:
        mine: list[tuple[date, str, tuple[int, int, str] | None]] = []
        for first, last, role, evidence in events:
            inside = [d for d in days if first <= d <= last]
            day = first if first == last else (inside[0] if len(inside) == 1 else None)
            if day is not None and all(day != known for known, _, _ in mine):
                mine.append((day, role, evidence))
        settled.append(mine)
    return settled
