"""Coverage analysis: what each outlet reported, whom it quoted, and how the outlets compare.

``Corpus.analyze()`` reads every document once (article parts, numeric facts, quotes, on all
cores with the GIL released) and returns an ``Analysis``: pandas DataFrames with offsets into the
original texts, built from columns, and the comparisons between outlets computed from them.
"""

from __future__ import annotations

import gc
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar import events as event_attribution
from khabar import stories as story_grouping
from khabar._khabar import (
    default_threads,
    extract_batch,
    name_key,
)
from khabar._khabar import TermFinder
from khabar.corpus import Corpus, Document, inferred_date, require_pyarrow
from khabar.display import DATE_KINDS, SIDES_SHOWN, document_html
from khabar.dataset import FRAMES, ParquetFrames, read_frame
from khabar.names import one_spelling
from khabar.roles import finder as role_finder
from khabar.roles import people_nouns, record_nouns
from khabar.roles import roles as roles_of

if TYPE_CHECKING:
    import pandas

#: Parts that are the outlet's own article; quotes and facts elsewhere are not its coverage.
ARTICLE_PARTS = ("title", "headline", "body", "subheading")
#: Seconds in each unit of time, so that 90 minutes and an hour and a half are one fact.
SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2629800,
    "year": 31557600,
}
#: Kinds of fact that measure something, so that two values of one are a disagreement.
MEASURES = ("duration", "count", "range", "percent", "money", "number", "fraction", "score")
#: A count of some of a definite group: a number, من and the group (خمسة من الجرحى).
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u0652]+")


@dataclass
class Analysis:
    """The analysis of a corpus. Its frames share the ``doc`` column (the document's position)
    and ``label`` (its outlet, or its id when the outlet is unknown); every span is a pair of
    offsets into the document's original text."""

    #: One row per document: id, label, title, outlet, publication and reference dates, size,
    #: counts, and the main event it covers.
    documents: pandas.DataFrame
    #: One row per article part: doc, kind, start, end, in_article.
    parts: pandas.DataFrame
    #: One row per quote, with the fields of ``khabar.Quote`` and the part it stands in.
    quotes: pandas.DataFrame
    #: One row per numeric fact, with the fields of ``khabar.NumericFact``, the part it stands
    #: in, ``fact`` (the key that aligns it across outlets), ``about`` (the event it dates or
    #: measures, or its counted noun), ``role`` (for a count, what happened to those it counts:
    #: killed, injured, arrested ...; see ``khabar.roles``) and ``event`` (for a measure of the
    #: event, the date of the one its article covers).
    facts: pandas.DataFrame
    #: One row per event an article covers: doc, label, event (a date), role (main, preview,
    #: mentioned) and the evidence span (none when the event is dated by the publication).
    events: pandas.DataFrame
    #: The documents analysed; None for an analysis read from Parquet without them.
    corpus: Corpus | None = field(default=None, repr=False)
    #: One row per story (the same happening, reported by one outlet or several): story, size,
    #: outlets, first and last publication, a representative title, key terms and the event
    #: date its articles report. None for an analysis made without stories.
    stories: pandas.DataFrame | None = field(default=None, repr=False)
    #: The articles that repeat an earlier one's text: doc, label, source, source_label,
    #: similarity (see ``wire_copies``).
    copies: pandas.DataFrame | None = field(default=None, repr=False)

    @classmethod
    def read_parquet(cls, directory: str | Path, *, corpus: Corpus | None = None) -> Analysis:
        """The analysis in ``directory``, as ``to_parquet`` or ``khabar.stream.analyze_to_parquet``
        wrote it. Pass the ``corpus`` it was made from for what needs the texts (``show``,
        ``spellings``, ``mentions``)."""
        import pandas

        directory = Path(directory)
        # the parts its manifest lists: a part renamed into place after it was last written is not read
        read = {name: read_frame(directory, name, empty=_nothing_found) for name in FRAMES}
        for frame in read.values():
            _integer_offsets(frame)
            for column in ("published", "reference_date", "event"):
                if column in frame and frame is not read["facts"]:
                    frame[column] = [_day(value) for value in frame[column]]
        if corpus is not None and len(corpus) != len(read["documents"]):
            raise ValueError(f"{directory} holds {len(read['documents'])} documents, the corpus {len(corpus)}")
        grouped = story_grouping.read(directory)
        if grouped is None:
            return cls(**read, corpus=corpus)
        with_stories(read, grouped)
        return cls(**read, corpus=corpus, stories=grouped.stories, copies=grouped.copies)

    def to_parquet(self, directory: str | Path) -> Path:
        """Writes the frames to ``directory/{documents,parts,quotes,facts,events}.parquet`` and
        the stories beside them."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with ParquetFrames(directory) as files:
            files.append({name: getattr(self, name) for name in FRAMES}, len(self.documents))
        if self.stories is not None:
            documents = self.documents
            copies = self.wire_copies()
            story_grouping.write(
                directory,
                story_grouping.Grouped(documents["story"].tolist(), self.stories, copies, documents["time"]),
            )
        return directory

    def texts(self) -> Corpus:
        """The corpus analysed; an error for an analysis read without it."""
        if self.corpus is None:
            raise ValueError("this analysis was read without its corpus; pass corpus= to Analysis.read_parquet")
        return self.corpus

    @property
    def speakers(self) -> pandas.DataFrame:
        """Who is quoted how often by whom: one row per speaker and outlet, with the speaker's
        type and side and the number of direct, indirect and mixed quotes (article parts only).
        Spellings of one name across articles are one speaker, under its most frequent spelling;
        ``spellings`` lists the articles' own (``quotes`` keeps each article's)."""
        import pandas

        quotes = self.quotes[self.quotes["in_article"] & self.quotes["speaker"].notna()]
        names = quotes["speaker"].tolist()
        quotes = quotes.assign(speaker=one_spelling(names, quotes["speaker_type"].tolist()), spelled=names)
        keys = ["speaker", "speaker_type", "speaker_side", "label"]
        counts = quotes.groupby([*keys, "kind"], dropna=False).size().unstack("kind", fill_value=0)
        for kind in ("direct", "indirect", "mixed"):
            if kind not in counts:
                counts[kind] = 0
        counts = counts[["direct", "indirect", "mixed"]]
        counts["quotes"] = counts.sum(axis=1)
        # the articles' own spellings the row joins, so that none is lost
        counts["spellings"] = quotes.groupby(keys, dropna=False)["spelled"].agg(lambda s: sorted(set(s)))
        frame = counts.reset_index().rename(columns={"speaker_side": "side", "speaker_type": "type"})
        frame.columns.name = None
        return pandas.DataFrame(frame).sort_values(["quotes", "speaker"], ascending=[False, True])

    def speaker_matrix(self) -> pandas.DataFrame:
        """Quotes per speaker (rows, with their side: "other" for media, experts and the
        unknown, as in ``side_matrix``) and outlet (columns)."""
        return (
            self.speakers.fillna({"side": "other"}).pivot_table(
                index=["side", "speaker"], columns="label", values="quotes", aggfunc="sum", fill_value=0
            )
            .astype(int)
            .sort_index()
            .reindex(columns=self._labels(), fill_value=0)
        )

    def side_matrix(self, kinds: bool = False, top: int | None = None) -> pandas.DataFrame:
        """Quotes per side (the country or body a speaker speaks for; "other" for media, experts
        and the unknown) and outlet, the most quoted side first and "other" last; with
        ``kinds=True`` one row per side and kind of quote (direct, indirect, mixed); with
        ``top=n`` the n most quoted sides by name and the rest counted as "other"."""
        speakers = self.speakers.fillna({"side": "other"})
        if top is not None:
            totals = speakers[speakers["side"] != "other"].groupby("side")["quotes"].sum()
            named = sorted(totals.index, key=lambda side: (-totals[side], side))[:top]
            speakers.loc[~speakers["side"].isin(named), "side"] = "other"
        long = speakers.melt(
            id_vars=["side", "label"], value_vars=["direct", "indirect", "mixed"], var_name="kind", value_name="n"
        )
        rows = ["side", "kind"] if kinds else "side"
        matrix = long.pivot_table(index=rows, columns="label", values="n", aggfunc="sum", fill_value=0)
        totals = matrix.sum(axis=1).groupby(level=0).sum() if kinds else matrix.sum(axis=1)
        order = sorted(totals.index, key=lambda side: (side == "other", -totals[side], side))
        matrix = matrix.reindex(order, level=0) if kinds else matrix.reindex(order)
        return matrix.reindex(columns=self._labels(), fill_value=0).astype(int)

    def fact_table(self, scope: str = "story") -> pandas.DataFrame:
        """The facts aligned across outlets: one row per fact (the same value stated any way)
        and story, with what it is about, the outlets reporting it, how they worded it and
        qualified it. Facts align within a story only, as outlets reporting one happening;
        ``scope="corpus"`` aligns them across the whole corpus."""
        import pandas

        keys = [*self._scope(scope), "fact", "role"]
        columns = [*keys, "kind", "about", "outlets", "n_outlets", "mentions", "wordings", "qualifiers"]
        facts = self.facts[self.facts["in_article"] & self.facts["fact"].notna()]
        if not len(facts):
            return pandas.DataFrame(columns=columns)
        # 58 killed and 58 injured are two facts; a count with no role is a role of its own
        facts = facts.assign(role=facts["role"].fillna(""))
        # whole columns at a time: a corpus holds hundreds of thousands of facts
        grouped = facts.groupby(keys, sort=False)
        table = grouped.agg(kind=("kind", "first"), mentions=("kind", "size"))
        table["about"] = _most_common_per(facts, keys, "about")
        table["outlets"] = _sorted_sets(facts, keys, "label")
        table["n_outlets"] = table["outlets"].map(len)
        table["wordings"] = _sorted_sets(facts, keys, "text")
        table["qualifiers"] = _sorted_sets(facts, keys, "qualifier").reindex(table.index)
        table["qualifiers"] = table["qualifiers"].map(lambda q: q if isinstance(q, list) else [])
        table = table.reset_index()[columns]
        table["role"] = table["role"].where(table["role"] != "", None)
        return table.sort_values(["n_outlets", "mentions"], ascending=False, ignore_index=True, kind="stable")

    def shared_facts(self, scope: str = "story") -> pandas.DataFrame:
        """The facts more than one outlet states (rows of ``fact_table``), the measures (counts,
        money, durations ...) first and the dates after them: every outlet of a story dates it,
        and what a reader compares is its numbers."""
        table = self.fact_table(scope)
        shared = table[table["n_outlets"] > 1]
        measures_first = (~shared["kind"].isin(MEASURES)).to_numpy()
        return shared.iloc[measures_first.argsort(kind="stable")].reset_index(drop=True)

    def fact_matrix(self, about: str | None = None) -> pandas.DataFrame:
        """Mentions of each fact (rows) by each outlet (columns); ``about`` keeps the facts about
        one thing (an event type such as ``"call"``, or a counted noun)."""
        facts = self.facts[self.facts["in_article"] & self.facts["fact"].notna()]
        if about is not None:
            facts = facts[facts["about"] == about]
        matrix = facts.pivot_table(index="fact", columns="label", values="start", aggfunc="count", fill_value=0)
        matrix = matrix.reindex(columns=self._labels(), fill_value=0)
        order = matrix.astype(bool).sum(axis=1).sort_values(ascending=False, kind="stable").index
        return matrix.loc[order].astype(int)

    def exclusives(self, scope: str = "story") -> pandas.DataFrame:
        """The facts only one outlet reports (rows of ``fact_table``), the measures first: within
        a story that several outlets covered, or with ``scope="corpus"`` in the whole corpus."""
        import pandas

        table = self.fact_table(scope)
        alone = table["n_outlets"] == 1
        if "story" in table:
            covered_by = self.documents.groupby("story")["label"].nunique()
            alone &= table["story"].map(covered_by).fillna(0).to_numpy() > 1
        # one outlet's value of a measure the others state otherwise (its 180 killed against
        # their 257) is a disagreement, not a fact it alone reports
        conflicts = self.disagreements(scope)

        def statements(frame: pandas.DataFrame) -> Iterator[tuple[Any, ...]]:
            return zip(*(frame[c].tolist() for c in [*self._scope(scope), "fact"]), frame["role"].fillna("").tolist())

        stated_otherwise = set(statements(conflicts))
        alone &= pandas.Series([s not in stated_otherwise for s in statements(table)], index=table.index, dtype=bool)
        # a number of nothing (a bare 257, a count with no noun or role) is nothing a reader can
        # say one outlet alone reported
        alone &= ~(table["kind"].isin(["cardinal", "count"]) & table["about"].isna() & table["role"].isna())
        # as with the shared facts, the measures first: a story's dates are mostly its days
        exclusive = table[alone]
        measures_first = (~exclusive["kind"].isin(MEASURES)).to_numpy()
        return exclusive.iloc[measures_first.argsort(kind="stable")].reset_index(drop=True)

    def disagreements(self, scope: str = "story") -> pandas.DataFrame:
        """Where outlets state the same measure differently: for each story, event, thing a fact
        is about (the event, or a counted noun), role (the killed, the injured ...) and kind of
        fact, the outlets' differing values or qualifiers, one row per wording. ``contradicted``
        says whether another outlet's value rules this one out (70 and 90 do; 70, at least 70
        and about 72 do not). ``measure`` numbers the measures: values of one noun far apart
        (a match's 2 goals, a career's 50) are two. ``scope="corpus"`` compares across stories too."""
        import pandas

        by = self._scope(scope)
        keys = [*by, "event", "about", "role", "kind"]
        columns = [*keys, "measure", "label", "fact", "qualifier", "text", "doc", "start", "end", "contradicted"]
        facts = self.facts[
            self.facts["in_article"] & self.facts["fact"].notna() & self.facts["about"].notna()
            & self.facts["kind"].isin(MEASURES)
        ]
        # (a range of a count is one of its values: بين 12 و14 قتيلا against 15 قتيلا)
        facts = facts.assign(
            event=facts["event"].fillna(""),
            role=facts["role"].fillna(""),
            qualifier=facts["qualifier"].fillna(""),
            kind=facts["kind"].mask((facts["kind"] == "range") & facts["counted_noun_lemma"].notna(), "count"),
        )
        # a count whose role the text does not say, of people the story counts in roles too
        # (11 شخصا beside 150 شخصا قتلوا and ألف شخص أصيبوا), may measure any of them, or
        # another thing: it is compared with no one
        # (people named by no more than that, 11 شخصا, are counted in roles as "people")
        facts = facts.assign(measured=facts["about"].mask(facts["counted_noun_lemma"].isin(people_nouns()), "people"))
        measure = [*by, "event", "measured", "kind"]
        in_roles = facts[facts["role"] != ""].drop_duplicates(measure)[measure].assign(in_roles=True)
        facts = facts.merge(in_roles, on=measure, how="left")
        facts = facts[(facts["role"] != "") | facts["in_roles"].isna()].drop(columns=["in_roles", "measured"])
        # a count of a record (2 goals, 12 matches, 3 times) has the span its clause sets, a match,
        # a season or a career, which outlets choose apart: it is compared with no one
        facts = facts[~facts["counted_noun_lemma"].isin(record_nouns())]
        # a part of a group the text names (تسعة من الأشخاص العشرة، اثنان من المصابين) is not
        # the group's count
        facts = facts[facts["note"] != "partitive"]
        # an article stating several values of one measure counts several things by it (a
        # player's 29 goals of the season and the 2 of the match, a toll that rose from 12 to
        # 15): none of them is the measure the other outlets state
        values = facts.groupby([*keys, "doc"])["fact"].transform("nunique")
        statements = facts[values == 1].drop_duplicates([*keys, "label", "fact", "qualifier"])
        # values far apart count different things by one noun (a match's 2 goals and a career's
        # 50): each run of values near each other is a measure of its own
        statements = statements.sort_values([*keys, "value"], kind="stable")
        statements = statements.assign(near=_runs_of_near_values(statements, keys))
        by_measure = [*keys, "near"]
        versions = statements.drop_duplicates([*by_measure, "fact", "qualifier"]).groupby(by_measure).size()
        outlets = statements.groupby(by_measure)["label"].nunique()
        differing = versions[
            (versions >= 2)
            & (outlets.reindex(versions.index) >= 2)
            & ~_stated_alike(statements, by_measure).reindex(versions.index)
        ].index
        rows = statements.set_index(by_measure).loc[lambda frame: frame.index.isin(differing)].reset_index()
        rows = rows.sort_values(by_measure, kind="stable", ignore_index=True)
        contradicted = pandas.Series(False, index=rows.index)
        for _, measure_rows in rows.groupby(by_measure, sort=False):
            contradicted[measure_rows.index] = _contradicted(measure_rows)
        rows = rows.assign(contradicted=contradicted, measure=rows.groupby(by_measure, sort=False).ngroup())[columns]
        # an unknown event, role or qualifier is missing, not an empty string
        return rows.assign(
            event=rows["event"].where(rows["event"] != "", None),
            role=rows["role"].where(rows["role"] != "", None),
            qualifier=rows["qualifier"].where(rows["qualifier"] != "", None),
        )

    def story(self, story: int) -> Analysis:
        """The analysis of one story alone: the same frames, kept to its documents (numbered as
        in the whole analysis), on which every comparison works."""
        if self.stories is None or "story" not in self.documents:
            raise ValueError("this analysis has no stories; make it with Corpus.analyze()")
        if story not in set(self.stories["story"]):
            raise KeyError(f"no story {story}; the stories are numbered 0 to {len(self.stories) - 1}")
        docs = set(self.documents.loc[self.documents["story"] == story, "doc"])

        def mine(frame: pandas.DataFrame) -> pandas.DataFrame:
            return frame[frame["doc"].isin(docs)]

        copies = self.copies if self.copies is None else mine(self.copies)
        return Analysis(
            **{name: mine(getattr(self, name)) for name in FRAMES},
            corpus=self.corpus,
            stories=self.stories[self.stories["story"] == story],
            copies=copies,
        )

    def wire_copies(self) -> pandas.DataFrame:
        """The articles that repeat an earlier article's text (an agency dispatch run again):
        doc and label, the source doc and its label, and the estimated share of 5-word
        shingles they have in common."""
        import pandas

        if self.copies is None:
            return pandas.DataFrame(columns=list(story_grouping.COPY_COLUMNS))
        return self.copies

    def _scope(self, scope: str) -> list[str]:
        """The columns that scope a comparison: the story, or nothing for the whole corpus."""
        if scope not in ("story", "corpus"):
            raise ValueError(f"scope must be 'story' or 'corpus', not {scope!r}")
        return ["story"] if scope == "story" and "story" in self.facts else []

    def coverage(self) -> pandas.DataFrame:
        """Which outlet covered which event: events (rows) × outlets (columns), each cell the
        role (main, preview, mentioned) or empty."""
        events = self.events.assign(event=self.events["event"].astype(str))
        matrix = events.pivot_table(index="event", columns="label", values="role", aggfunc="first")
        return matrix.reindex(columns=self._labels()).fillna("")

    def spellings(self) -> pandas.DataFrame:
        """How each outlet spells the names of the people it quotes: one row per name word,
        spelling and outlet, with the count, in the article parts (ترامب/ترمب ...)."""
        import pandas

        people = self.quotes[self.quotes["speaker_type"] == "person"]["speaker"].dropna().unique()
        names: dict[str, str] = {}
        for person in people:
            # the family name: first names collide across people (فلاديمير، فولوديمير)
            family = str(person).split()[-1]
            if len(family) > 2:
                names.setdefault(name_key(family), family)
        counts: Counter[tuple[str, str, str]] = Counter()
        for doc, spans in self._article_spans().items():
            document = self.texts()[doc]
            for start, end in spans:
                for match in ARABIC_WORD.finditer(document.text, start, end):
                    surface = match.group()
                    for stripped in event_attribution.without_clitics(surface):
                        name = names.get(name_key(stripped))
                        if name is not None:
                            counts[(name, stripped, document.label)] += 1
                            break
        frame = pandas.DataFrame(
            [(name, spelling, label, n) for (name, spelling, label), n in counts.items()],
            columns=["name", "spelling", "label", "count"],
        )
        return frame.sort_values(["name", "count"], ascending=[True, False], ignore_index=True)

    def variant_names(self) -> pandas.DataFrame:
        """The names spelled more than one way in the corpus: name and spelling (rows) × outlet."""
        spellings = self.spellings()
        several = spellings.groupby("name")["spelling"].transform("nunique") > 1
        return spellings[several].pivot_table(
            index=["name", "spelling"], columns="label", values="count", aggfunc="sum", fill_value=0
        )

    def mentions(self, terms: Mapping[str, Sequence[str]] | Sequence[str]) -> pandas.DataFrame:
        """How many times each outlet's article mentions each term: terms (rows) × outlets. A term
        matches whole words, with a proclitic or none, whatever the spelling and diacritics; a
        mapping gives several wordings to one row (``{"truce": ["هدنة", "وقف إطلاق النار"]}``)."""
        import pandas

        if isinstance(terms, str):
            terms = [terms]
        finder = TermFinder(dict(terms) if isinstance(terms, Mapping) else list(dict.fromkeys(terms)))
        found = pandas.DataFrame(finder.find_batch([d.text for d in self.texts()], as_columns=True))
        placed = _part_at(self.parts, found["doc"].tolist(), found["start"].tolist())
        found = found[_in_article(placed)]
        labels = self.documents["label"].to_numpy()
        found = found.assign(label=labels[found["doc"].to_numpy()] if len(found) else [])
        counts = found.pivot_table(index="term", columns="label", values="start", aggfunc="count", fill_value=0)
        return counts.reindex(index=finder.terms, columns=self._labels(), fill_value=0).astype(int)

    def show(self, doc: int) -> Any:
        """Document ``doc`` highlighted with this analysis' quotes and facts (its dates resolved
        against the reference date), for Jupyter and reports."""

        def rows(frame: pandas.DataFrame) -> list[Any]:
            # missing values as None, as the Quote and NumericFact attributes have them
            mine = frame[frame["doc"] == doc]
            return list(mine.astype(object).where(mine.notna(), None).itertuples())

        parts = self.parts[self.parts["doc"] == doc]
        return _Html(
            document_html(
                self.texts()[doc],
                parts=zip(parts["kind"], parts["start"], parts["end"]),
                quotes=rows(self.quotes),
                facts=rows(self.facts),
                reference=self.documents.loc[self.documents["doc"] == doc, "reference_date"].iloc[0],
            )
        )

    def summary(self) -> str:
        """The coverage summary as text: documents, events, speakers by side, shared and
        conflicting facts."""
        lines = [f"{len(self.documents)} documents, {int(self.documents['quotes'].sum())} quotes, "
                 f"{int(self.documents['facts'].sum())} numeric facts in the articles"]
        skipped = len(self.corpus.skipped) if self.corpus is not None else 0
        if skipped:
            lines.append(f"{skipped} document(s) skipped while loading")
        lines += ["", "Documents:"]
        for row in self.documents.itertuples():
            event = row.main_event if isinstance(row.main_event, str) else "?"
            lines.append(
                f"  {row.label}: {row.title or '(no title)'} | published {row.published or '?'}"
                f" | covers {event} ({row.main_role or '?'}) | {row.quotes} quotes, {row.facts} facts"
            )
        lines += ["", "Events × outlets:", _indent(self.coverage().to_string())]
        lines += ["", "Quotes by side × outlet:", _indent(self.side_matrix(top=SIDES_SHOWN).to_string())]
        top = self.speakers.groupby(["speaker", "side"], dropna=False)["quotes"].sum().sort_values(ascending=False)
        lines += ["", "Most quoted:"] + [f"  {s} ({side}): {n}" for (s, side), n in top.head(8).items()]
        table = self.fact_table()
        shared = table[table["n_outlets"] > 1]
        lines += ["", f"Facts reported by more than one outlet ({len(shared)}):"]
        lines += [
            f"  {f'story {r.story}, ' if 'story' in shared else ''}{r.fact}: {', '.join(r.outlets)} — {' / '.join(r.wordings)}"
            for r in shared.itertuples()
        ]
        conflicts = self.disagreements()
        keys = [c for c in ("story", "event", "about", "role", "kind") if c in conflicts]
        lines += ["", f"Stated differently ({conflicts['measure'].nunique()} measures, ✗ where values rule each other out):"]
        for _, group in conflicts.groupby("measure", sort=False):
            key = group[keys].iloc[0].tolist()
            event, about, role, kind = key[-4:]
            said = "; ".join(f"{r.label}: {r.text}{' ✗' if r.contradicted else ''}" for r in group.itertuples())
            of = f"{about} of {event}" if isinstance(event, str) else str(about)
            of += f", {role}" if isinstance(role, str) else ""
            story = f"story {key[0]}, " if "story" in keys else ""
            lines.append(f"  {story}{kind} ({of}): {said}")
        return "\n".join(lines)

    def _labels(self) -> list[str]:
        return list(dict.fromkeys(self.documents["label"]))

    def _article_spans(self) -> dict[int, list[tuple[int, int]]]:
        parts = self.parts[self.parts["in_article"]]
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for doc, start, end in zip(parts["doc"], parts["start"], parts["end"]):
            spans[int(doc)].append((int(start), int(end)))
        return spans


def analyze(corpus: Corpus, *, threads: int | None = None, event: str = "call") -> Analysis:
    """The analysis of ``corpus`` (see ``Corpus.analyze``)."""
    documents = list(corpus)
    with collector_paused():
        found = extract(documents, threads=threads, event=event, keep_search=True)
        tracker = story_grouping.StoryTracker()
        references = [day for day, _ in found.references]

        def index() -> None:
            tracker.add_texts(documents, references, threads=threads, normalized=found.search)

        # the story index reads the texts on the pool while Python makes the frames, which the
        # rest of the grouping needs
        with alongside(index, threads):
            made = frames(documents, found, event=event)
        tracker.add_found(len(documents), made)
        grouped = tracker.result()
        with_stories(made, grouped)
    return Analysis(**made, corpus=corpus, stories=grouped.stories, copies=grouped.copies)


@contextmanager
def alongside(work: Callable[[], None], threads: int | None) -> Iterator[None]:
    """Runs ``work`` on a thread of its own while the block runs, and waits for it at the block's
    end, raising what it raised. ``work`` is Rust that releases the GIL and runs on the pool, which
    otherwise waits while Python works in the block; with one thread asked for, it runs before
    the block, on this one. When the block raises (Ctrl-C), nothing waits for ``work``: its
    result is not wanted, and the thread is a daemon, so the interpreter exits without it."""
    if (threads if threads is not None else default_threads()) == 1:
        work()
        yield
        return
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed to the caller
            failed.append(error)

    thread = threading.Thread(target=run, name="khabar-alongside", daemon=True)
    thread.start()
    yield
    thread.join()
    if failed:
        raise failed[0]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block, as it was after. Making the frames creates
    millions of objects and few cycles, and each collection it triggers walks every object alive,
    the corpus' included, on the one core Python runs on: 0.77 CPU s of the whole ANT's analysis,
    all of it serial."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def with_stories(made: dict[str, pandas.DataFrame], grouped: story_grouping.Grouped) -> None:
    """Gives the frames their ``story`` column, and the documents their publication ``time``, in
    place."""
    import numpy

    # by position, a whole column at a time
    story_of = numpy.asarray(grouped.story_of, dtype=numpy.int64)
    documents = made["documents"]
    documents["story"] = story_of[documents["doc"].to_numpy(dtype=numpy.int64)]
    documents["time"] = grouped.times.to_numpy()
    for name in ("quotes", "facts", "events"):
        made[name]["story"] = story_of[made[name]["doc"].to_numpy(dtype=numpy.int64)]


@dataclass
class Extracted:
    """What the Rust core finds in a batch of documents, as frames made from the Arrow columns
    it hands over: the heavy part of an analysis, run on all cores with the GIL released."""

    parts: pandas.DataFrame
    facts: pandas.DataFrame
    quotes: pandas.DataFrame
    #: Per document, its parts as (kind, start, end).
    parts_of: list[list[tuple[str, int, int]]]
    #: Per document, the spans naming the event, and those of the words of lasting.
    mentions: list[list[tuple[int, int]]]
    lasting: list[list[tuple[int, int]]]
    #: Per document, the reference date and where it comes from.
    references: list[tuple[date | None, str | None]]
    #: The words of the roles (``khabar.roles``) in every text, as columns (doc, term, start, end).
    role_words: dict[str, list[Any]]
    #: The texts as search normalization wrote them (a ``SearchTexts``), for the story index;
    #: None unless asked for (``keep_search``).
    search: Any = None


def extract(
    documents: Sequence[Document], *, threads: int | None = None, event: str = "call", keep_search: bool = False
) -> Extracted:
    """Article parts, reference dates, numeric facts, quotes and event words of ``documents``;
    with ``keep_search``, their texts as search normalized them too, for the story index."""
    require_pyarrow("an analysis")
    texts = [d.text for d in documents]
    event_attribution.check_kind(event)
    # article parts, numeric facts, quotes, event words and the words of roles in one pass over
    # the texts, each text normalized once for them all; a document with no publication date is
    # read for its dateline's day, else the one its metadata infers (see ``reference_date_of``)
    finders = [event_attribution.finder(), role_finder()]
    published = [d.published for d in documents]
    inferred = [None if d.published is not None else inferred_date(d) for d in documents]
    facts, found, (terms, role_words), parts, read_for, *search = extract_batch(
        texts,
        finders,
        reference_dates=published,
        threads=threads,
        keep_search=keep_search,
        parts=True,
        fallback_dates=inferred,
    )
    parts = parts.to_pandas()
    parts_of = _parts_by_doc(parts, len(documents))
    references = [
        (d.published if how == "published" else None if day is None else date.fromisoformat(day), how)
        for d, (day, how) in zip(documents, read_for)
    ]
    facts = facts.to_pandas()
    quotes = found.to_pandas()
    # lists as Python lists, as a Quote has them, rather than the arrays Arrow gives
    quotes["alt_speakers"] = _lists(found.column("alt_speakers"))
    quotes["fragments"] = _span_lists(found.column("fragments"))
    mentions, lasting = event_attribution.mentions_of(terms, event, len(texts))
    kept = search[0] if search else None
    return Extracted(parts, facts, quotes, parts_of, mentions, lasting, references, role_words, kept)


def frames(
    documents: Sequence[Document], found: Extracted, *, event: str = "call"
) -> dict[str, pandas.DataFrame]:
    """The frames of an ``Analysis`` (documents, parts, quotes, facts, events) from what was
    found in ``documents``. Month- and week-long dates name the day-dated events of these
    documents alone, so a stream or a partition gives what one analysis of it gives."""
    import pandas
    import pyarrow

    texts = [d.text for d in documents]
    # each row's label taken from the documents' column as a whole, not a Python string a row
    labels = pandas.Series([d.label for d in documents]).array
    parts = found.parts.copy()
    parts["in_article"] = parts["kind"].isin(ARTICLE_PARTS)
    parts_of = found.parts_of
    facts, quotes = found.facts.copy(), found.quotes.copy()
    for frame in (facts, quotes):
        placed = _part_at(found.parts, frame["doc"], frame["start"])
        docs_of = frame["doc"].to_numpy()
        # (no row: the empty list's column, as before)
        frame.insert(1, "label", labels.take(docs_of) if len(docs_of) else [])
        frame["part"] = placed
        frame["in_article"] = _in_article(placed)
        _integer_offsets(frame)
    docs, starts, ends = (facts[c].tolist() for c in ("doc", "start", "end"))
    facts["fact"] = fact_keys(facts)
    # a fact is about the event only near a word naming it: elsewhere about its counted noun
    # (only the facts of the articles that name the event are read)
    lemmas = facts["counted_noun_lemma"].tolist()
    about = [lemma if isinstance(lemma, str) else None for lemma in lemmas]
    mentions, lasting = found.mentions, found.lasting
    for k in [k for k, doc in enumerate(docs) if mentions[doc]]:
        doc = docs[k]
        about[k] = event_attribution.about(texts[doc], starts[k], ends[k], lemmas[k], event, mentions[doc], lasting[doc])
    facts["about"] = about
    # a string column as Arrow's strings convert (as the Rust columns do), even with no role
    found_roles = roles_of(texts, docs, starts, ends, facts["kind"].tolist(), found=found.role_words)
    roles = pyarrow.array(found_roles, pyarrow.large_string())
    facts["role"] = roles.to_pandas().set_axis(facts.index)
    # 150 قتيلا and 150 شخصا قتلوا are one fact: a count of people named by no more than what
    # befell them is the count of its role
    of_role = facts["role"].notna() & facts["counted_noun_lemma"].isin(people_nouns())
    if of_role.any():
        counts = facts[of_role]
        facts.loc[of_role, "fact"] = [
            _key(kind, value, value_max, None, role, None)
            for kind, value, value_max, role in zip(counts["kind"], counts["value"], counts["value_max"], counts["role"])
        ]
        facts.loc[of_role, "about"] = "people"
    events = _events(texts, documents, parts_of, facts, found.references, found.mentions)
    frame = _documents_frame(documents, parts, parts_of, quotes, facts, events, found.references)
    # a measure of the event is a measure of the one its article covers
    main_event = frame["main_event"].tolist()
    facts["event"] = [
        main_event[doc] if about == event and kind in MEASURES else None
        for doc, about, kind in zip(docs, facts["about"].tolist(), facts["kind"].tolist())
    ]
    return {"documents": frame, "parts": parts, "quotes": quotes, "facts": facts, "events": events}


def _lists(column: Any) -> list[list[Any]]:
    """An Arrow column of lists as Python lists, made from its values and their lengths in one
    pass each (``to_pylist`` builds a scalar per value)."""
    import numpy

    values = column.flatten().to_pylist()
    ends = numpy.cumsum(column.value_lengths().fill_null(0).to_numpy(zero_copy_only=False)).tolist()
    return [values[start:end] for start, end in zip([0, *ends], ends)]


def _span_lists(column: Any) -> list[list[tuple[int, int]]]:
    """An Arrow column of lists of [start, end] as Python lists of (start, end) tuples."""
    import numpy
    import pyarrow.compute

    spans = column.flatten()
    bounds = spans.flatten()
    pairs_only = not len(spans) or pyarrow.compute.all(pyarrow.compute.equal(spans.value_lengths(), 2)).as_py()
    if not pairs_only or bounds.null_count:
        return [[(s, e) for s, e in found] for found in column.to_pylist()]
    bounds = bounds.to_numpy(zero_copy_only=False).tolist()
    pairs = list(zip(bounds[0::2], bounds[1::2]))
    ends = numpy.cumsum(column.value_lengths().fill_null(0).to_numpy(zero_copy_only=False)).tolist()
    return [pairs[start:end] for start, end in zip([0, *ends], ends)]


def _nothing_found(name: str) -> pandas.DataFrame:
    """Frame ``name`` of an analysis of no document: its columns, no rows."""
    return frames([], extract([]))[name]


def _parts_by_doc(parts: pandas.DataFrame, n: int) -> list[list[tuple[str, int, int]]]:
    """Each document's parts as (kind, start, end), in one pass over the columns."""
    grouped: list[list[tuple[str, int, int]]] = [[] for _ in range(n)]
    columns = (parts[c].tolist() for c in ("doc", "kind", "start", "end"))
    for doc, kind, start, end in zip(*columns):
        grouped[doc].append((kind, start, end))
    return grouped


def fact_keys(facts: pandas.DataFrame) -> list[str | None]:
    """The key that makes one fact of the same value however it is stated: durations in
    seconds, counts and ordinals with their noun, dates as the day they resolve to."""
    import numpy

    columns = ["kind", "value", "value_max", "unit", "counted_noun_lemma", "resolved"]
    if not len(facts):
        return []
    # rows repeating a fact (missing values alike) make their key once: the groups are found
    # by pandas over whole columns, and a key is made for the first row of each
    groups = facts.groupby(columns, dropna=False, sort=False).ngroup().to_numpy()
    _, first = numpy.unique(groups, return_index=True)
    rows = facts[columns].iloc[first]
    # a missing value (NaN, not equal to itself) is None; a kind is never missing
    made = [
        _key(kind, *[None if v != v else v for v in rest])
        for kind, *rest in zip(*(rows[c].tolist() for c in columns))
    ]
    keys: list[str | None] = numpy.asarray(made + [None], dtype=object)[groups].tolist()
    return keys


#: How far from its value an approximate one reaches (نحو 30 fits 28 to 33).
APPROXIMATION = 0.1


def _bounds(value: float, value_max: float, qualifier: str) -> tuple[float, float]:
    """The values a fact allows: its value or range, opened by its qualifier."""
    qualifiers = set(qualifier.split("+"))
    low, high = value, value_max if value_max == value_max else value
    if qualifiers & {"more_than", "at_least"}:
        high = math.inf
    if qualifiers & {"less_than", "at_most"}:
        low = -math.inf
    if "approx" in qualifiers:
        low, high = low - abs(low) * APPROXIMATION, high + abs(high) * APPROXIMATION
    return low, high


#: How far apart two values of one measure may be, the larger over the smaller, when outlets
#: report one happening: further apart, they count two things by one noun (a player's goals in
#: a match and in his career, a day's dead and a war's).
APART = 2.0
#: The same for the killed, the injured ...: a toll grows as the news comes in, so outlets
#: writing hours apart differ more, but not threefold.
APART_IN_ROLES = 3.0


def _runs_of_near_values(statements: pandas.DataFrame, keys: list[str]) -> list[int]:
    """For statements sorted by ``keys`` and value, a number for each run of values of one
    measure that stay within ``APART`` (``APART_IN_ROLES`` for a role) of the run's smallest."""
    runs, run = [], -1
    previous, lowest = None, math.nan
    measures = zip(*(statements[k].tolist() for k in keys))
    for measure, value, role in zip(measures, statements["value"].tolist(), statements["role"].tolist()):
        # (a run from none, 0 killed, reaches as far as one from 1 would)
        scale = abs(lowest) or 1.0
        if measure != previous or not abs(value) < (APART_IN_ROLES if role else APART) * scale:
            run, previous, lowest = run + 1, measure, value
        runs.append(run)
    return runs


def _stated_alike(statements: pandas.DataFrame, by_measure: list[str]) -> pandas.Series:
    """Per measure, whether every outlet states the same values with the same qualifiers (each
    title says 200 and each lead about 200): no outlet then differs from another. So it is when
    each of its versions is stated by each of its outlets."""
    versions = statements.drop_duplicates([*by_measure, "fact", "qualifier"]).groupby(by_measure).size()
    outlets = statements.groupby(by_measure)["label"].nunique()
    stated = statements.drop_duplicates([*by_measure, "label", "fact", "qualifier"]).groupby(by_measure).size()
    return stated == versions * outlets


def _contradicted(statements: pandas.DataFrame) -> list[bool]:
    """For each statement of one measure, whether another outlet's allows no value in common."""
    bounds = [
        (label, *_bounds(value, value_max, qualifier))
        for label, value, value_max, qualifier in zip(
            statements["label"], statements["value"], statements["value_max"], statements["qualifier"]
        )
    ]
    return [
        any(label != other and (high < other_low or other_high < low) for other, other_low, other_high in bounds)
        for label, low, high in bounds
    ]


def _key(kind: str, value: Any, value_max: Any, unit: Any, lemma: Any, resolved: Any) -> str | None:
    known = value is not None and value == value
    if kind == "vague":
        return None
    if kind in DATE_KINDS:
        if not isinstance(resolved, str) or resolved.startswith("X"):
            return None
        return f"{'time' if kind == 'clock_time' else 'date'} {resolved}"
    if not known:
        return None
    if kind == "score" and value_max == value_max and value_max is not None:
        # a match's score whichever side an outlet names first: 2-1 and 1-2 are one result
        value, value_max = max(value, value_max), min(value, value_max)
    if unit in SECONDS:
        seconds = value * SECONDS[unit]
        upper = f"–{_duration(value_max * SECONDS[unit])}" if value_max == value_max and value_max is not None else ""
        return f"duration {_duration(seconds)}{upper}"
    noun = f" {lemma}" if isinstance(lemma, str) else ""
    measure = f" {unit}" if isinstance(unit, str) else ""
    upper = f"–{value_max:g}" if value_max is not None and value_max == value_max else ""
    return f"{kind} {value:g}{upper}{measure}{noun}"


def _duration(seconds: float) -> str:
    """Seconds in the largest unit that states them in whole halves: 5400 → 1.5 hour."""
    for unit in ("year", "month", "week", "day", "hour", "minute", "second"):
        amount = seconds / SECONDS[unit]
        if amount >= 1 and abs(amount * 2 - round(amount * 2)) < 1e-9:
            return f"{amount:g} {unit}"
    return f"{seconds:g} second"


def _events(
    texts: Sequence[str],
    documents: Sequence[Document],
    parts_of: list[list[tuple[str, int, int]]],
    facts: pandas.DataFrame,
    references: list[tuple[date | None, str | None]],
    mentions: list[list[tuple[int, int]]],
) -> pandas.DataFrame:
    import pandas

    import numpy

    dated: dict[int, list[event_attribution.Dated]] = defaultdict(list)
    # an article whose parts name no event has none: only the dates of those that do are read
    named = numpy.fromiter((bool(m) for m in mentions), dtype=bool, count=len(mentions))
    columns = ["doc", "start", "end", "text", "resolved", "granularity"]
    times = facts[columns][
        facts["in_article"].to_numpy(dtype=bool)
        & facts["kind"].isin(event_attribution.TIME_KINDS).to_numpy(dtype=bool)
        & named[facts["doc"].to_numpy(dtype=numpy.int64)]
    ] if len(facts) else facts[columns]
    for doc, start, end, said, resolved, granularity in zip(*(times[c].tolist() for c in columns)):
        span = event_attribution.time_span(resolved, granularity)
        if span is not None:
            dated[int(doc)].append(event_attribution.Dated(int(start), int(end), str(said), *span))
    per_document: list[list[tuple[date, date, str, tuple[int, int, str] | None]]] = []
    for doc, text in enumerate(texts):
        if not mentions[doc]:
            per_document.append([])
            continue
        # the lead: the title and headlines, and the first paragraph of the body
        body = next((start for kind, start, _ in parts_of[doc] if kind == "body"), None)
        lead_end = len(text) if body is None else (text.find("\n", body) % (len(text) + 1) or len(text))
        mine = [m for m in mentions[doc] if any(k in ARTICLE_PARTS and s <= m[0] < e for k, s, e in parts_of[doc])]
        per_document.append(event_attribution.attribute(text, references[doc][0], dated[doc], mine, lead_end))
    rows = []
    for doc, found in enumerate(event_attribution.settle(per_document)):
        for day, role, evidence in found:
            start, end, said = evidence if evidence else (None, None, None)
            rows.append((doc, documents[doc].label, day, role, start, end, said))
    return pandas.DataFrame(
        rows, columns=["doc", "label", "event", "role", "evidence_start", "evidence_end", "evidence"]
    ).pipe(_integer_offsets)


def _documents_frame(
    documents: Sequence[Document],
    parts: pandas.DataFrame,
    parts_of: list[list[tuple[str, int, int]]],
    quotes: pandas.DataFrame,
    facts: pandas.DataFrame,
    events: pandas.DataFrame,
    references: list[tuple[date | None, str | None]],
) -> pandas.DataFrame:
    import pandas

    n = len(documents)
    article = parts[parts["in_article"]]
    body = parts[parts["kind"].isin(("body", "subheading"))]
    first_title = parts[parts["kind"] == "title"].groupby("doc")[["start", "end"]].first()
    main = events[events["role"] != "mentioned"].groupby("doc")[["event", "role"]].first()

    def per_doc(values: pandas.Series, fill: Any = None) -> list[Any]:
        return list(values.reindex(range(n), fill_value=fill))

    title_starts, title_ends = per_doc(first_title["start"]), per_doc(first_title["end"])

    def title(k: int, document: Document) -> str | None:
        if document.title:
            return document.title
        start, end = title_starts[k], title_ends[k]
        return document.text[int(start) : int(end)] if start is not None and start == start else None

    main_events = per_doc(main["event"])
    return pandas.DataFrame(
        {
            "doc": range(n),
            "id": [d.id for d in documents],
            "label": [d.label for d in documents],
            "title": [title(k, d) for k, d in enumerate(documents)],
            "outlet": [d.outlet or _credited_outlet(d, parts_of[k]) for k, d in enumerate(documents)],
            "published": [d.published for d in documents],
            "reference_date": [r for r, _ in references],
            "reference_from": [how for _, how in references],
            "characters": [len(d.text) for d in documents],
            "article_characters": per_doc((article["end"] - article["start"]).groupby(article["doc"]).sum(), 0),
            "body_start": per_doc(body.groupby("doc")["start"].min()),
            "body_end": per_doc(body.groupby("doc")["end"].max()),
            "quotes": per_doc(quotes["doc"][quotes["in_article"]].value_counts(), 0),
            "facts": per_doc(facts["doc"][facts["in_article"] & facts["fact"].notna()].value_counts(), 0),
            "main_event": [None if e is None or e != e else str(e) for e in main_events],
            "main_role": per_doc(main["role"]),
        }
    ).pipe(_integer_offsets)


def _credited_outlet(document: Document, parts: Sequence[tuple[str, int, int]]) -> str | None:
    """The outlet a credit line names: what follows its label (المصدر: ...), on the same line
    after the colon or on the next line."""
    for kind, start, end in parts:
        if kind == "source":
            credit = document.text[start:end]
            label_end = credit.find(":") if ":" in credit else credit.find("\n")
            named = credit[label_end + 1 :].strip() if label_end >= 0 else ""
            if named:
                return named
    return None


def _part_at(parts: Mapping[str, Any], docs: Sequence[int], starts: Sequence[int]) -> list[str | None]:
    """The kind of the part each (doc, start) stands in: None outside every part."""
    import numpy

    found: list[str | None] = [None] * len(docs)
    if not len(docs) or not len(parts["doc"]):
        return found
    # one sorted key over all documents: doc, then offset
    part_docs, part_starts, part_ends = (numpy.asarray(parts[c], dtype=numpy.int64) for c in ("doc", "start", "end"))
    docs_at, starts_at = numpy.asarray(docs, dtype=numpy.int64), numpy.asarray(starts, dtype=numpy.int64)
    scale = int(max(part_ends.max(), starts_at.max())) + 1
    part_keys = part_docs * scale + part_starts
    keys = docs_at * scale + starts_at
    order = numpy.argsort(part_keys, kind="stable")
    at = numpy.searchsorted(part_keys[order], keys, side="right") - 1
    kinds = numpy.asarray(parts["kind"], dtype=object)[order]
    ends = (part_docs * scale + part_ends)[order]
    inside = (at >= 0) & (keys < ends[numpy.maximum(at, 0)])
    placed = numpy.full(len(docs), None, dtype=object)
    placed[inside] = kinds[at[inside]]
    return placed.tolist()


class _Html(str):
    """HTML that Jupyter displays as such."""

    def _repr_html_(self) -> str:
        return str(self)


def _in_article(kinds: Sequence[str | None]) -> Any:
    """Whether each part kind is the outlet's own article: a boolean array, so that even an
    empty one selects rows, not columns."""
    import numpy

    # each distinct kind looked up once: a corpus has hundreds of thousands of facts and a dozen kinds
    article = {kind: kind in ARTICLE_PARTS for kind in set(kinds)}
    return numpy.fromiter(map(article.__getitem__, kinds), dtype=bool, count=len(kinds))


def _integer_offsets(frame: pandas.DataFrame) -> pandas.DataFrame:
    """``frame`` with the offsets and indices that may be missing (cue_start, body_end,
    speaker_entity...) as integers with NA rather than floats, changed in place."""
    for column in frame.columns:
        if column.endswith(("_start", "_end")) or column == "speaker_entity":
            frame[column] = frame[column].astype("Int64")
    return frame


def _day(value: Any) -> date | None:
    """A date as Parquet readers hand it back (a date, a Timestamp or missing) as a date."""
    if value is None or value != value:
        return None
    return value if type(value) is date else value.date()


def _sorted_sets(frame: pandas.DataFrame, keys: list[str], column: str) -> pandas.Series:
    """Per group of ``keys``: the distinct values of ``column`` it holds, sorted (groups with
    none are absent). One pass over plain lists: pandas' per-group aggregation of lists runs
    Python once per group, slower by far on a corpus."""
    import pandas

    found: dict[Any, set[Any]] = defaultdict(set)
    values = frame[column].tolist()
    groups = zip(*(frame[key].tolist() for key in keys)) if len(keys) > 1 else frame[keys[0]].tolist()
    for group, value in zip(groups, values):
        if value is not None and value == value:
            found[group].add(value)
    index = pandas.MultiIndex.from_tuples(list(found), names=keys) if len(keys) > 1 else pandas.Index(list(found), name=keys[0])
    return pandas.Series([sorted(v) for v in found.values()], index=index, dtype=object)


def _most_common_per(frame: pandas.DataFrame, keys: list[str], column: str) -> pandas.Series:
    """Per group of ``keys``: the value of ``column`` it holds most often (the first seen on a
    tie), or missing."""
    present = frame[[*keys, column]].dropna(subset=[column])
    counts = present.groupby([*keys, column], sort=False).size().rename("n").reset_index()
    best = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates(keys)
    return best.set_index(keys)[column]


def _most_common(values: Iterable[Any]) -> Any:
    present = [v for v in values if isinstance(v, str)]
    return Counter(present).most_common(1)[0][0] if present else None


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
