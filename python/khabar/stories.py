"""Stories: the articles of a corpus grouped by the happening they report.

A story is one specific happening or announcement (an attack, a statement, a vote, a match)
as several outlets report it, over a few days. The grouping is the Rust ``StoryIndex``: rare
words shared (the title and lead weighed most), likeness fading with the time between two
articles, wire copies kept together, average linkage. Comparisons between outlets only mean
something within a story, so the analysis aligns facts story by story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import TYPE_CHECKING, Any

from khabar._khabar import StoryIndex
from khabar.corpus import Document

if TYPE_CHECKING:
    import pandas

#: The columns of ``Analysis.stories``.
STORY_COLUMNS = ("story", "size", "outlets", "first", "last", "title", "key_terms", "event")
#: The columns of ``Analysis.wire_copies()``.
COPY_COLUMNS = ("doc", "label", "source", "source_label", "similarity")


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


def group(
    documents: Sequence[Document],
    references: Sequence[date | None],
    *,
    index: StoryIndex | None = None,
    threads: int | None = None,
) -> Grouped:
    """The stories of ``documents``, dated by their publication (or ``references``). Pass an
    ``index`` to add them to articles grouped before (a stream's earlier chunks)."""
    import pandas

    index = index if index is not None else StoryIndex()
    times = [publication_time(d, r) for d, r in zip(documents, references)]
    index.add([d.text for d in documents], titles=[d.title for d in documents], times=times, threads=threads)
    story_of = index.story_of()
    columns = index.stories()
    labels = [d.label for d in documents]
    rows = []
    for story, members, first, last, terms in zip(
        columns["story"], columns["members"], columns["first"], columns["last"], columns["key_terms"]
    ):
        rows.append(
            {
                "story": story,
                "size": len(members),
                "outlets": sorted({labels[m] for m in members}),
                "first": _moment(first),
                "last": _moment(last),
                "title": representative_title([documents[m] for m in members], terms),
                "key_terms": terms,
                "event": None,
            }
        )
    stories = pandas.DataFrame(rows, columns=list(STORY_COLUMNS))
    copies = pandas.DataFrame(
        [(doc, labels[doc], source, labels[source], similarity) for doc, source, similarity in index.wire_copies()],
        columns=list(COPY_COLUMNS),
    )
    moments = pandas.to_datetime(pandas.Series(times, dtype="float64"), unit="s", utc=True)
    return Grouped(story_of, stories, copies, moments)


def representative_title(documents: Sequence[Document], key_terms: Sequence[str]) -> str | None:
    """The title among ``documents`` that holds most of the story's key terms (the earliest on
    a tie): the one that says best what the story is."""
    from khabar._khabar import story_terms

    best: tuple[int, str] | None = None
    for document in documents:
        title = document.title or document.text.split("\n", 1)[0]
        if not title.strip():
            continue
        shared = len(set(story_terms(title)) & set(key_terms))
        if best is None or shared > best[0]:
            best = (shared, title.strip())
    return best[1] if best else None


def _moment(seconds: Any) -> pandas.Timestamp | None:
    import pandas

    return None if seconds is None else pandas.Timestamp(seconds, unit="s", tz="UTC")
