"""Stories: the articles of a corpus grouped by the happening they report.

A story is one specific happening or announcement (an attack, a statement, a vote, a match)
as several outlets report it, over a few days. The grouping is the Rust ``StoryIndex``: rare
words shared (the title and lead weighed most), likeness fading with the time between two
articles, wire copies kept together, average linkage. Comparisons between outlets only mean
something within a story, so the analysis aligns facts story by story.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from datetime import date, datetime, time, timezone
from typing import TYPE_CHECKING, Any

from khabar._khabar import StoryIndex
from khabar.corpus import Document
from khabar.names import one_spelling

if TYPE_CHECKING:
    import pandas

#: The columns of ``Analysis.stories``.
STORY_COLUMNS = ("story", "size", "outlets", "first", "last", "title", "key_terms", "entities", "event")
#: A story's entities: the speakers its articles quote most (not descriptions), at most this many.
STORY_ENTITIES = 5
#: The columns of ``Analysis.wire_copies()``.
COPY_COLUMNS = ("doc", "label", "source", "source_label", "similarity")
#: The files a stream writes its stories to, once it has read every document.
FILES = ("stories.parquet", "story_of.parquet", "wire_copies.parquet")


@dataclass(frozen=True)
class Grouped:
    """What grouping a corpus gives: each document's story, the stories' rows, and the copies."""

    story_of: list[int]
    stories: pandas.DataFrame
    copies: pandas.DataFrame
    #: When each document was published (UTC), as grouping dated it; NaT when unknown.
    times: pandas.Series


def publication_time(document: Document, reference: date | None = None) -> float | None:
    """When ``document`` was published, as POSIX seconds: its ``time`` metadata when it has one
    (ISO 8601), else noon UTC of its publication or reference day, else None."""
    stamp = document.metadata.get("time")
    if isinstance(stamp, str):
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            moment = None
        if moment is not None:
            return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()
    day = document.published or reference
    if day is None:
        return None
    return datetime.combine(day, time(12), tzinfo=timezone.utc).timestamp()


class StoryTracker:
    """Stories of a corpus read in chunks: each chunk's documents and frames are added in order
    (the documents frame for their labels, titles and reference dates, the facts for the days
    their leads name), and ``result`` groups everything added so far. A stream keeps one
    across its chunks, so a story spans them."""

    def __init__(self, index: StoryIndex | None = None) -> None:
        self.index = index if index is not None else StoryIndex()
        self.labels: list[str] = []
        self.titles: list[str | None] = []
        self.times: list[float | None] = []
        #: Per document: the day its title and lead name most, and the main event its article covers.
        self.lead_days: list[str | None] = []
        self.main_events: list[str | None] = []
        #: Per document: the speakers its article quotes, once per quote.
        self.speakers: list[tuple[str, ...]] = []

    def add(
        self,
        documents: Sequence[Document],
        frames: Mapping[str, pandas.DataFrame] | None = None,
        *,
        threads: int | None = None,
        normalized: Any = None,
    ) -> None:
        """Adds a chunk: its documents and the frames the analysis found in them, their ``doc``
        numbered from 0 within the chunk. Without frames, documents are dated by their
        publication alone and stories by it. ``normalized`` is the chunk's texts as
        ``extract_batch(..., keep_search=True)`` normalized them, read rather than made again."""
        references = [None] * len(documents) if frames is None else frames["documents"]["reference_date"].tolist()
        self.add_texts(documents, [_day(day) for day in references], threads=threads, normalized=normalized)
        self.add_found(len(documents), frames)

    def add_texts(
        self,
        documents: Sequence[Document],
        references: Sequence[date | None],
        *,
        threads: int | None = None,
        normalized: Any = None,
    ) -> None:
        """The first half of ``add``: the chunk's texts to the index, each document dated by its
        publication or its reference date (one per document, or None). The index reads them
        with the GIL released, so the analysis makes its frames meanwhile."""
        times = [publication_time(d, r) for d, r in zip(documents, references)]
        self.index.add(
            [d.text for d in documents],
            titles=[d.title for d in documents],
            times=times,
            threads=threads,
            outlets=[d.outlet for d in documents],
            normalized=normalized,
        )
        self.labels += [d.label for d in documents]
        self.titles += [d.title or d.text.split("\n", 1)[0].strip() or None for d in documents]
        self.times += times

    def add_found(self, n: int, frames: Mapping[str, pandas.DataFrame] | None) -> None:
        """The second half of ``add``: what the frames found in the chunk's ``n`` documents."""
        if frames is None:
            self.lead_days += [None] * n
            self.main_events += [None] * n
            self.speakers += [()] * n
            return
        found = frames["documents"]
        days = lead_days(found, frames["facts"])
        self.lead_days += [days.get(doc) for doc in range(n)]
        self.main_events += [None if e is None or e != e else str(e) for e in found["main_event"].tolist()]
        quoted = frames.get("quotes")
        if quoted is None:
            self.speakers += [()] * n
            return
        # the two columns read, not every column of every quote; a description (مصادر أمنية،
        # مشككون) or a document with no issuer (نتائج القرعة) names no one of the story
        named = quoted["speaker_type"] != "group"
        quoted = quoted[["doc", "speaker"]][quoted["in_article"] & quoted["speaker"].notna() & named]
        # one string per distinct speaker however many quotes name it: a stream of millions of
        # quotes keeps pointers, not copies (gathered in one pass over the columns: a pandas
        # groupby calls Python once a document anyway, and costs more around it)
        by_doc: dict[int, list[str]] = {}
        for doc, speaker in zip(quoted["doc"].tolist(), quoted["speaker"].tolist()):
            by_doc.setdefault(doc, []).append(sys.intern(speaker))
        self.speakers += [tuple(by_doc.get(doc, ())) for doc in range(n)]

    def result(self) -> Grouped:
        """The stories of every document added."""
        import pandas

        columns = self.index.stories()
        # each article's story from the stories' members: the linkage is run once, not twice
        story_of = [0] * len(self.labels)
        for story, members in zip(columns["story"], columns["members"]):
            for member in members:
                story_of[member] = story
        rows = []
        # the spelling keys of the speakers' names, made once for all the stories
        keys: dict[str, str] = {}
        for story, members, first, last, terms, words in zip(
            columns["story"],
            columns["members"],
            columns["first"],
            columns["last"],
            columns["key_terms"],
            columns["key_words"],
        ):
            start, end = _moment(first), _moment(last)
            rows.append(
                {
                    "story": story,
                    "size": len(members),
                    "outlets": sorted({self.labels[m] for m in members}),
                    "first": start,
                    "last": end,
                    "title": representative_title([self.titles[m] for m in members], terms),
                    "key_terms": words,
                    "entities": most_quoted([self.speakers[m] for m in members], keys),
                    "event": _event(
                        [self.lead_days[m] for m in members], [self.main_events[m] for m in members], start, end
                    ),
                }
            )
        stories = pandas.DataFrame(rows, columns=list(STORY_COLUMNS))
        for column in ("first", "last"):
            stories[column] = pandas.to_datetime(stories[column], utc=True).astype("datetime64[us, UTC]")
        copies = pandas.DataFrame(
            [
                (doc, self.labels[doc], source, self.labels[source], similarity)
                for doc, source, similarity in self.index.wire_copies()
            ],
            columns=list(COPY_COLUMNS),
        )
        moments = pandas.to_datetime(pandas.Series(self.times, dtype="float64"), unit="s", utc=True)
        return Grouped(story_of, stories, copies, moments)


#: How far into the body the lead reaches, in characters: where an article says when its news
#: happened (أعلنت الوزارة الثلاثاء...), as the facts further down date its background.
LEAD_CHARACTERS = 400


def lead_days(documents: pandas.DataFrame, facts: pandas.DataFrame) -> dict[int, str]:
    """The day each document's title and lead name most often (a date or a weekday resolved
    against its publication), by ``doc``."""
    body_start = documents.set_index("doc")["body_start"]
    lead_end = body_start.fillna(0).astype(int) + LEAD_CHARACTERS
    dated = facts[["doc", "start", "part", "resolved"]][
        facts["kind"].isin(("date", "weekday", "relative_date"))
        & (facts["granularity"] == "day")
        & facts["resolved"].notna()
        & facts["in_article"]
    ]
    in_lead = dated["part"].isin(("title", "headline")) | (
        dated["start"].to_numpy() < lead_end.reindex(dated["doc"]).to_numpy()
    )
    lead = dated[in_lead]
    by_doc: dict[int, list[str]] = {}
    for doc, day in zip(lead["doc"].tolist(), lead["resolved"].tolist()):
        by_doc.setdefault(int(doc), []).append(day)
    return {doc: _most_common(days) for doc, days in by_doc.items()}


#: A story reports a happening of its own days: a day its leads name further from its first
#: and last publication than this is background (an earlier meeting, a previous call).
EVENT_WITHIN_DAYS = 7


def _event(
    days: Sequence[str | None],
    main_events: Sequence[str | None],
    start: datetime | None,
    end: datetime | None,
) -> str | None:
    """The day a story reports (first and last published ``start`` and ``end``): the day its
    articles' leads name most among those near its publication, else their main event, else the
    day it was first published."""
    near = [
        day for day in days
        if day and (start is None or end is None or _near(day, start.date(), end.date()))
    ]  # fmt: skip
    for candidates in (near, [day for day in main_events if day]):
        if candidates:
            return _most_common(candidates)
    return None if start is None else start.date().isoformat()


def _near(day: str, start: date, end: date) -> bool:
    try:
        named = date.fromisoformat(day)
    except ValueError:
        return False
    return (start - named).days <= EVENT_WITHIN_DAYS and (named - end).days <= EVENT_WITHIN_DAYS


def group(
    documents: Sequence[Document],
    frames: Mapping[str, pandas.DataFrame] | None = None,
    *,
    threads: int | None = None,
    normalized: Any = None,
) -> Grouped:
    """The stories of ``documents``, given the frames their analysis found (without them, by
    their texts and publication alone); ``normalized`` as ``StoryTracker.add`` takes it."""
    tracker = StoryTracker()
    tracker.add(documents, frames, threads=threads, normalized=normalized)
    return tracker.result()


def write(directory: Path, grouped: Grouped) -> None:
    """Writes ``grouped`` to ``directory``: the stories, each document's story and time, and
    the wire copies, each file under a temporary name renamed into place."""
    import os

    import pandas

    story_of = pandas.DataFrame({"doc": range(len(grouped.story_of)), "story": grouped.story_of, "time": grouped.times})
    for name, frame in zip(FILES, (grouped.stories, story_of, grouped.copies)):
        temporary = directory / f".{name}.tmp"
        frame.to_parquet(temporary, index=False)
        os.replace(temporary, directory / name)


def read(directory: Path) -> Grouped | None:
    """The stories a stream wrote to ``directory``, or None when it wrote none (it was stopped
    before its end)."""
    import pandas

    if not all((directory / name).is_file() for name in FILES):
        return None
    stories, story_of, copies = (pandas.read_parquet(directory / name) for name in FILES)
    for column in ("outlets", "key_terms", "entities"):
        if column not in stories:  # written by an older khabar
            stories[column] = [[] for _ in range(len(stories))]
        stories[column] = [list(value) for value in stories[column]]
    return Grouped(story_of["story"].tolist(), stories, copies, story_of["time"])


def most_quoted(speakers: Iterable[Sequence[str]], keys: dict[str, str] | None = None) -> list[str]:
    """The speakers quoted most across a story's articles, most first (ties by name); ``keys``
    keeps the names' spelling keys across calls (see ``one_spelling``)."""
    speakers = list(speakers)
    if len(speakers) == 1 and not speakers[0]:
        return []
    names = [speaker for quoted in speakers for speaker in quoted]
    # one name spelt two ways in two articles is one entity (ألكسندر زاسبكين/زاسيبكين)
    counts = Counter(one_spelling(names, [None] * len(names), keys))
    ranked = sorted(counts, key=lambda speaker: (-counts[speaker], speaker))
    return ranked[:STORY_ENTITIES]


def representative_title(titles: Sequence[str | None], key_terms: Sequence[str]) -> str | None:
    """The title that holds most of the story's key terms (the earliest on a tie): the one that
    says best what the story is."""
    from khabar._khabar import story_terms

    present = [title for title in titles if title and title.strip()]
    if len(present) <= 1:  # a story of one article (most of them): nothing to weigh
        return present[0].strip() if present else None
    best: tuple[int, str] | None = None
    keys = set(key_terms)
    for title in present:
        shared = len(keys.intersection(story_terms(title)))
        if best is None or shared > best[0]:
            best = (shared, title.strip())
    return best[1] if best else None


def _day(value: Any) -> date | None:
    if value is None or value != value:
        return None
    return value if type(value) is date else value.date()


def _most_common(values: Sequence[str]) -> str:
    if len(values) == 1:
        return values[0]
    return Counter(values).most_common(1)[0][0]


def _moment(seconds: Any) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, timezone.utc)
