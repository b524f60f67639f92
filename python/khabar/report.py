"""The HTML report of an analysis: one self-contained page, the corpus story by story.

It opens with the stories (the biggest first) and who gets quoted, then gives the biggest
stories a section each: the timeline by outlet, whom each outlet quoted by side, the facts
stated differently, what one outlet alone reported and who copied whom. Its size is bounded
whatever the corpus: tables keep their first rows and articles are shown in full for a small
corpus only. Arabic stands right to left wherever it is, each cell taking the direction of its
first strong letter, and list items are isolated so numbers and names keep their order.
"""

from __future__ import annotations

import base64
import html
import io
import zlib
from functools import partial
from typing import Any

from khabar.analysis import Analysis
from khabar.display import SIDES_SHOWN

#: Stories listed in the table of stories, and given a section of their own.
STORIES_LISTED = 60
STORIES_DETAILED = 12
#: Rows kept of the longer tables.
ROWS = 30
#: A corpus this small has every article shown in full, highlighted.
ARTICLES_SHOWN = 30
#: Spellings are counted over every text: on corpora this size or smaller.
SPELLINGS_UP_TO = 3000

STYLE = """
body{font-family:'Noto Sans','Noto Naskh Arabic','Segoe UI',sans-serif;margin:2em auto;max-width:1150px;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{padding:.25em .6em;border-bottom:1px solid #e4e4e4;vertical-align:top;unicode-bidi:plaintext;text-align:start}
th{background:#f6f6f6}
img{max-width:100%}
h3{unicode-bidi:plaintext}
.nowrap{white-space:nowrap}
.muted{color:#666;font-size:.9em}
"""
#: Unicode's first-strong isolate: each item of a list keeps its own direction.
ISOLATE, END_ISOLATE = "\u2068", "\u2069"
NO_BREAK = "\u00a0"


def render(analysis: Analysis) -> str:
    """The report of ``analysis`` as one HTML page."""
    documents = analysis.documents
    stories = analysis.stories
    sections: list[tuple[str, str]] = []
    skipped = analysis.corpus.skipped if analysis.corpus is not None else ()
    if skipped:
        items = "".join(f"<li>{html.escape(s)}: {html.escape(r)}</li>" for s, r in skipped[:ROWS])
        more = f"<p class=muted>and {len(skipped) - ROWS} more</p>" if len(skipped) > ROWS else ""
        sections.append(("Skipped documents", f"<ul>{items}</ul>{more}"))
    if len(documents) <= 200:
        columns = ["label", "title", "published", "reference_date", "story", "main_event", "quotes", "facts"]
        sections.append(("Documents", table(documents[[c for c in columns if c in documents]], index=False)))
    if stories is not None:
        sections.append(("Stories", stories_table(analysis)))
    sections.append(("Who gets quoted", figure("sides", analysis) + table(analysis.side_matrix(kinds=True, top=SIDES_SHOWN))))
    speakers = analysis.speaker_matrix()
    speakers = speakers.loc[speakers.sum(axis=1).sort_values(ascending=False, kind="stable").index[:ROWS]]
    sections.append(("Most quoted speakers", figure("speakers", analysis) + table(speakers)))
    if stories is not None:
        for row in biggest(stories).head(STORIES_DETAILED).itertuples():
            if row.size > 1:
                sections.append((f"Story {row.story}: {row.title}", story_section(analysis, int(row.story))))
    if len(analysis.events) and len(documents) <= 200:
        sections.append(("Events each outlet covered", figure("coverage", analysis) + table(analysis.coverage())))
    shared = analysis.shared_facts().head(ROWS)
    sections.append(("Facts several outlets state, within a story", table(listed(shared), index=False)))
    if len(documents) <= SPELLINGS_UP_TO and analysis.corpus is not None:
        sections.append(("Names spelled more than one way", table(analysis.variant_names().head(ROWS))))
    if analysis.corpus is not None and len(documents) <= ARTICLES_SHOWN:
        articles = "".join(
            f"<h3 id=doc-{k}>{html.escape(d.label)}</h3>{analysis.show(k)}" for k, d in enumerate(analysis.texts())
        )
        sections.append(("The articles", articles))
    body = "".join(
        f"<h2 id={anchor(title)}>{html.escape(title)}</h2>\n{content}\n" for title, content in sections
    )
    n_stories = "" if stories is None else f" · {len(stories):,} stories ({int((stories['size'] > 1).sum()):,} told more than once)"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>khabar: coverage report</title>
<style>{STYLE}</style></head><body>
<h1>khabar: coverage report</h1>
<p>{len(documents):,} documents from {documents["label"].nunique():,} outlets{n_stories} ·
{int(documents["quotes"].sum()):,} quotes · {int(documents["facts"].sum()):,} numeric facts in the articles
(page furniture and appended articles left out).</p>
{body}</body></html>
"""


def biggest(stories: Any) -> Any:
    """Stories, the most articles first, then the earliest."""
    return stories.sort_values(["size", "first"], ascending=[False, True], kind="stable")


def stories_table(analysis: Analysis) -> str:
    assert analysis.stories is not None
    rows = biggest(analysis.stories).head(STORIES_LISTED)
    shown = rows.assign(
        first=rows["first"].map(moment),
        outlets=rows["outlets"].map(lambda outlets: isolated(outlets, unbroken=True)),
        entities=rows["entities"].map(lambda names: isolated(names[:3])),
        key_terms=rows["key_terms"].map(isolated),
    )[["story", "size", "event", "first", "title", "outlets", "entities", "key_terms"]]
    more = len(analysis.stories) - len(rows)
    note = f"<p class=muted>{more:,} smaller stories not listed.</p>" if more > 0 else ""
    return table(shown, index=False, nowrap=("event", "first")) + note


def story_section(analysis: Analysis, story: int) -> str:
    """One story: when each outlet reported it, whom they quoted (by side, and by name), what
    they stated differently, what one alone reported, and who copied whom."""
    one = analysis.story(story)
    timeline = one.documents.sort_values("time", kind="stable")
    timeline = timeline.assign(time=timeline["time"].map(moment))[["time", "label", "title", "quotes", "facts"]]
    parts = [f"<h4>Timeline</h4>{table(timeline.head(ROWS), index=False, nowrap=('time',))}"]
    if len(one.quotes):
        parts.append(f"<h4>Quotes by side</h4>{table(one.side_matrix(top=SIDES_SHOWN))}")
        speakers = one.speaker_matrix()
        if len(speakers):
            most = speakers.sum(axis=1).sort_values(ascending=False, kind="stable").index[:ROWS]
            parts.append(f"<h4>Whom each outlet quoted</h4>{table(speakers.loc[most])}")
    conflicts = one.disagreements()
    if len(conflicts):
        columns = ["about", "role", "kind", "label", "text", "qualifier", "contradicted"]
        # ✗ as the printed summary marks a value another outlet's rules out
        marked = conflicts[columns].assign(contradicted=conflicts["contradicted"].map({True: "✗", False: ""}))
        parts.append(f"<h4>Stated differently</h4>{table(marked.head(ROWS), index=False)}")
    alone = one.exclusives()
    if len(alone):
        parts.append(f"<h4>Reported by one outlet alone</h4>{table(listed(alone).head(ROWS)[['fact', 'outlets', 'wordings']], index=False)}")
    copies = one.wire_copies()
    if len(copies):
        parts.append(f"<h4>Wire copies</h4>{table(copies, index=False)}")
    return "".join(parts)


def table(frame: Any, index: bool = True, nowrap: tuple[str, ...] = ()) -> str:
    """A frame as an HTML table, missing values empty, Arabic right to left cell by cell, the
    ``nowrap`` columns (days, times) on one line each."""
    shown = frame.astype(object).where(frame.notna(), "") if len(frame) else frame

    def cell(column: Any) -> Any:
        if column in nowrap:
            return lambda value: f"<span class=nowrap>{html.escape(str(value))}</span>"
        return lambda value: html.escape(str(value))

    # escaped here rather than by pandas, so that a cell may hold the span above
    formatters = [cell(column) for column in shown.columns]
    shown = shown.rename(index=lambda v: html.escape(str(v)), columns=lambda v: html.escape(str(v)))
    page = shown.to_html(index=index, border=0, na_rep="", escape=False, formatters=formatters)
    return str(page).replace("<table", '<table lang="ar"', 1)


def listed(facts: Any) -> Any:
    """The list cells of a fact table as text, each item isolated."""
    lists = ("outlets", "wordings", "qualifiers")
    return facts.assign(**{c: facts[c].map(partial(isolated, unbroken=c == "outlets")) for c in lists if c in facts})


def isolated(items: Any, unbroken: bool = False) -> str:
    """Items of a list, each isolated; ``unbroken`` items are kept on one line each (outlets:
    فرانس 24 not cut before its 24)."""
    if unbroken:
        items = [str(item).replace(" ", NO_BREAK) for item in items]
    return " · ".join(f"{ISOLATE}{item}{END_ISOLATE}" for item in items)


def moment(value: Any) -> str:
    """A timestamp to the minute, UTC, or empty."""
    if value is None or value != value:
        return ""
    return str(value.strftime("%Y-%m-%d %H:%M"))


def anchor(title: str) -> str:
    """A stable id for a section, from its title."""
    return f"s-{zlib.crc32(title.encode()):08x}"


def figure(name: str, analysis: Analysis, height: float = 4.0) -> str:
    """A plot of ``khabar.plots`` as an embedded PNG, drawn on its own Figure so no pyplot state
    is touched."""
    from matplotlib.figure import Figure

    from khabar import plots

    figure = Figure(figsize=(9, height), layout="constrained")
    getattr(plots, name)(analysis, ax=figure.subplots())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{name}" src="data:image/png;base64,{encoded}">'
