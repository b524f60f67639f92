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

from khabar._khabar import Normalized, Normalizer

normalize = Normalizer("search").normalize

#: Words apart, at most, for a date to date an event.
WINDOW = 8
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?؟\n]")
CLAUSE_END = re.compile(r"[.!?؟\n،,؛;]")
CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
TIME_KINDS = ("date", "weekday", "relative_date")


@cache
def event_words() -> dict[str, frozenset[str]]:
    """The words naming each event type, normalized, from ``lexicons/events.tsv``."""
    source = (resources.files("khabar") / "lexicons" / "events.tsv").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    for line in source.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, listed = line.split("\t")[:2]
            words[kind] = frozenset(normalize(w) for w in listed.split("|"))
    return words


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    words = event_words().get(kind)
    if words is None:
        raise ValueError(f"unknown event type {kind!r}; the types are {sorted(event_words())}")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    clitics = "|".join(re.escape(normalize(c)) for c in CLITICS)
    return re.compile(rf"(?<!\w)(?:{clitics})?(?:{alternatives})(?!\w)")


def find(normalized: Normalized, kind: str) -> list[tuple[int, int]]:
    """The spans of the original text where a word of ``kind`` stands, found in its search
    normalization, clitics (و ف ب ل ال) and all."""
    return [normalized.to_original(m.start(), m.end()) for m in _pattern(kind).finditer(normalized.text)]


def words_between(text: str, start: int, end: int) -> int | None:
    """The number of words in ``text[start:end]``, or None when a sentence ends there."""
    between = text[start:end]
    return None if SENTENCE_END.search(between) else len(WORD.findall(between))


@dataclass(frozen=True)
class Dated:
    """A date expression of an article, resolved: ``first``..``last`` is the time it names."""

    start: int
    end: int
    text: str
    first: date
    last: date


def time_span(resolved: str | None, granularity: str | None) -> tuple[date, date] | None:
    """The first and last day a resolved date names (2025-03-18, 2025-03, 2025-W12)."""
    if not resolved or resolved.startswith("X"):
        return None
    try:
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
            count = words_between(text, low, high) if abs(high - low) < 400 else None
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
