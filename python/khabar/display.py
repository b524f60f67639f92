"""A document as HTML: the article right to left with its quotes, speakers, cues and numeric
facts highlighted, and the page furniture greyed out (the way displaCy shows entities)."""

from __future__ import annotations

import html
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from khabar._khabar import extract_numbers, extract_quotes

if TYPE_CHECKING:
    from khabar.corpus import Document

#: Colours by the side a speaker speaks for, in the document view and the plots alike.
#: Colours of the sides most news quotes; any other side takes one of ``PALETTE`` by its name.
SIDE_COLOURS = {"US": "#3d6fb6", "Russia": "#c0392b", "Ukraine": "#e0b000", "other": "#8c8c8c"}
PALETTE = ("#2a9d8f", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b5651d", "#5d6d7e", "#c71585", "#2e8b57", "#6c5ce7")
#: A highlight is the side's colour at this opacity (hex alpha), so the text stays readable.
HIGHLIGHT_ALPHA = "40"
#: Kinds of fact that name a time: a tooltip shows the time they resolve to, not their amount.
DATE_KINDS = ("date", "weekday", "relative_date", "year", "clock_time")
STYLE = """<style>
.khabar-doc{direction:rtl;text-align:right;font-family:'Noto Naskh Arabic','Amiri','Segoe UI',sans-serif;
  line-height:2.1;white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:6px}
.khabar-doc .quote{border-radius:4px;padding:0 2px}
.khabar-doc .speaker{border-bottom:3px solid #333;font-weight:600}
.khabar-doc .cue{text-decoration:underline dotted}
.khabar-doc .fact{background:#d1e7dd;outline:1px solid #198754;border-radius:3px}
.khabar-doc .furniture{color:#999}
.khabar-doc .title{font-weight:700;font-size:1.15em}
.khabar-legend{direction:ltr;font:12px sans-serif;margin:.3em 0}
.khabar-legend span{padding:0 .4em;margin-right:.4em;border-radius:3px}
</style>"""


#: Sides a chart or table names; the rest are counted together as "other", so that a corpus
#: quoting fifty countries still gives a readable legend.
SIDES_SHOWN = 9


def side_colour(side: str | None) -> str:
    """The colour of a side: its own for the most quoted, else one of the palette chosen by its
    name, the same in every table, plot and run."""
    side = side or "other"
    return SIDE_COLOURS.get(side) or PALETTE[zlib.crc32(side.encode()) % len(PALETTE)]


def document_html(
    document: Document,
    parts: Iterable[tuple[str, int, int]] | None = None,
    quotes: Iterable[Any] | None = None,
    facts: Iterable[Any] | None = None,
    reference: Any = None,
) -> str:
    """The HTML of one document, for Jupyter (``Document._repr_html_``) or a report. The parts,
    quotes and facts are read from the text unless given (an Analysis has them already): quotes
    and facts as objects with the attributes of ``Quote`` and ``NumericFact``. Without a
    publication date the head shows the ``reference`` date its dates were resolved against (by
    default the document's own, ``Document.reference_date``)."""
    text = document.text
    own, found_in = document.reference_date
    if reference is None or reference != reference:  # not given, or a frame's NaT
        reference = own
    source = "its metadata" if found_in == "inferred" and reference == own else "the text"
    # (start, end, order, html class, style, tooltip): order nests quotes outside what they hold
    marks: list[tuple[int, int, int, str, str, str]] = []
    for kind, start, end in document.parts if parts is None else parts:
        if kind in ("title", "headline"):
            marks.append((start, end, 0, "title", "", kind))
        elif kind not in ("body", "subheading"):
            marks.append((start, end, 0, "furniture", "", kind))
    quoted = list(extract_quotes(text, reference) if quotes is None else quotes)
    for quote in quoted:
        colour = side_colour(quote.speaker_side)
        tip = f"{quote.kind} quote · {quote.speaker or 'unknown speaker'} ({quote.speaker_side or '?'})"
        marks.append((quote.start, quote.end, 1, "quote", f"background:{colour}{HIGHLIGHT_ALPHA}", tip))
        if quote.speaker_start is not None and quote.speaker_end is not None:
            marks.append((quote.speaker_start, quote.speaker_end, 2, "speaker", "", f"speaker: {quote.speaker}"))
        if quote.cue_start is not None and quote.cue_end is not None:
            marks.append((quote.cue_start, quote.cue_end, 2, "cue", "", f"cue: {quote.cue_lemma or quote.cue}"))
    for fact in extract_numbers(text, reference) if facts is None else facts:
        # a measure shows its amount, and the day it resolves to after it (قبل 3 أعوام: 3 year
        # (ago) → 2022); a date shows the day
        amount = f"{fact.value:g}{f' {fact.unit}' if fact.unit else ''}" if fact.value is not None else ""
        measure = fact.kind not in DATE_KINDS and amount
        shown = amount if measure else fact.resolved or amount
        qualifier = f" ({fact.qualifier})" if fact.qualifier else ""
        resolved = f" → {fact.resolved}" if measure and fact.resolved else ""
        marks.append((fact.start, fact.end, 3, "fact", "", f"{fact.kind}: {shown}{qualifier}{resolved}"))
    # offsets from a frame may come as floats (a column with gaps); slices want ints
    marks = sorted((int(m[0]), int(m[1]), *m[2:]) for m in marks)
    boundaries = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces, active, next_mark = [], [], 0
    for start, end in zip(boundaries, boundaries[1:]):
        # a sweep: the marks covering this piece are the ones begun and not yet ended
        while next_mark < len(marks) and marks[next_mark][0] <= start:
            active.append(marks[next_mark])
            next_mark += 1
        active = [m for m in active if m[1] > start]
        piece = html.escape(text[start:end])
        for _, _, _, css, style, tip in sorted(active, key=lambda m: -m[2]):
            style_attribute = f' style="{style}"' if style else ""
            piece = f'<span class="{css}"{style_attribute} title="{html.escape(tip)}">{piece}</span>'
        pieces.append(piece)
    sides = sorted({q.speaker_side or "other" for q in quoted}, key=lambda side: (side == "other", side))
    legend = "".join(
        f'<span style="background:{side_colour(side)}{HIGHLIGHT_ALPHA}">{html.escape(side)}</span> ' for side in sides
    )
    if document.published:
        when = str(document.published)
    elif reference is not None:
        when = f"dated {reference} from {source}"
    else:
        when = "date unknown"
    head = html.escape(f"{document.label} · {when}")
    return (
        f'{STYLE}<div class="khabar-legend"><b>{head}</b> — quotes by side: {legend}'
        f'<span class="fact">numeric fact</span> <u>speaker</u></div>'
        f'<div class="khabar-doc" lang="ar" dir="rtl">{"".join(pieces)}</div>'
    )
