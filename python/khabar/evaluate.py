"""Score khabar against hand-made gold annotations.

    python -m khabar.evaluate numbers [--set sample|dev|check|check2|dev2|dev3|check3|check4|check5|check6] [GOLD.jsonl]
    python -m khabar.evaluate quotes [--set sample|dev|check|check2|dev2|dev3|check3|check4|check5|check6] [GOLD.jsonl] [--no-borderline]
    python -m khabar.evaluate stories [--set dev|check|check2|check3|check4] [--corpus ANT.jsonl]

``--set sample`` (the default for numbers and quotes) scores the five bundled articles against
their bundled gold. The other sets are real news from the ANT corpus in ``tests/data/`` (run from
a checkout of khabar, or give ``--data``), each annotated blind, before anyone read khabar's output
on it: ``dev`` (75 articles for quotes and numbers; 295 judged articles in 89 stories for stories)
was worked on from the start; ``check``, ``check2`` and ``dev2`` were checks of how the figures
carry over to news khabar was not tuned on, and became development sets once read for errors;
``dev3`` (12 articles, annotated blind in session 32) was read from the session after, and
``check3`` (20 articles, blind from session 22 to 33) from session 34, and the stories
``check2`` (blind until session 34) from session 35; ``check4``, ``check5`` and ``check6``
(12 articles, annotated blind in session 34; quotes and numbers) and the stories ``check3``
(198 judged articles in 129 stories, annotated blind in session 34) and ``check4`` (218 in 134,
session 35) are kept blind: only their aggregate figures are looked at. Each set's README says how it was
drawn and annotated.

Stories: the judged articles are grouped (alone, or within a whole corpus with ``--corpus``,
where every other article is a distractor) and every pair of judged articles is scored: a pair
in one gold story is a true positive when khabar puts it in one story.

Numbers: a fact is fully right when its span is exact and its value, unit and qualifier are
those of the gold. An extracted fact that overlaps no gold fact is a false positive; gold facts
marked ``scored: false`` (vague plurals) count neither way.

Quotes: found quotes are paired one to one with gold quotes by the largest overlap. By kind,
precision and recall count a pair only when both sides have that kind, on exact spans and on
overlapping ones; cue F1 compares cue spans; speaker accuracy compares canonical names (after
normalization) over the pairs, split by whether the gold speaker is named in the sentence or
only implied. Gold quotes marked borderline can be left out (``--no-borderline``): then neither
they nor what matches them count. A found quote overlapping a gold non-quote (a quoted name)
is counted apart when it comes back as a quote or as a fragment of one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from khabar import Corpus, Document, NumericFact, Quote, extract_numbers, extract_quotes, normalize
from khabar.stories import group

def _dev_data() -> Path:
    """Where the development sets live: beside the package in a checkout installed in place,
    else in the current folder's ``tests/data`` (a checkout with khabar installed from a wheel)."""
    for root in (Path(__file__).resolve().parents[2], Path.cwd()):
        if (root / "tests" / "data" / "ant").is_dir():
            return root / "tests" / "data"
    return Path.cwd() / "tests" / "data"


#: Where the development sets live in a checkout.
DEV_DATA = _dev_data()
#: The sets of real news under ``tests/data``, by the name ``--set`` knows them by.
SET_FOLDERS = {
    "dev": "ant", "check": "ant_check", "check2": "ant_check2", "check3": "ant_check3", "dev2": "ant_dev2",
    "check4": "ant_check4", "check5": "ant_check5", "dev3": "ant_dev3", "check6": "ant_check6",
}
#: The story judgments: the development gold and a check set judged blind.
STORY_FOLDERS = {
    "dev": "ant_stories",
    "check": "ant_stories_check",
    "check2": "ant_stories_check2",
    "check3": "ant_stories_check3",
    "check4": "ant_stories_check4",
}


@dataclass(frozen=True)
class GoldSet:
    """Articles and their gold: each document by file name, with the day its dates resolve
    against, and the folder of the gold files."""

    documents: dict[str, Document]
    folder: Path | Any

    @classmethod
    def named(cls, name: str, data: Path | None = None) -> GoldSet:
        if name == "sample":
            folder = resources.files("khabar") / "sample" / "gold"
            return cls({d.metadata["file"]: d for d in Corpus.sample()}, folder)
        if name in SET_FOLDERS:
            folder = (data or DEV_DATA) / SET_FOLDERS[name]
            if not (folder / "quotes.jsonl").is_file():
                raise SystemExit(f"no development set at {folder}: run from a checkout of khabar or pass --data")
            corpus = Corpus.read(folder / "articles")
            return cls({d.metadata["file"]: d for d in corpus}, folder)
        raise SystemExit(f"unknown set {name!r}: sample, {', '.join(SET_FOLDERS)}")

    def records(self, name: str, path: Path | None = None) -> list[dict[str, Any]]:
        text = path.read_text(encoding="utf-8") if path else (self.folder / name).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class NumberScores:
    """What ``score_numbers`` measured; ``misses`` and ``false_positives`` say where."""

    scored: int = 0
    found: int = 0
    exact_span: int = 0
    value: int = 0
    unit: int = 0
    qualifier: int = 0
    fully_right: int = 0
    extracted: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    #: Per class of the gold (``classes``): [fully right, scored].
    by_class: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return 1 - len(self.false_positives) / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.fully_right / self.scored if self.scored else 1.0

    def report(self) -> str:
        lines = [
            f"gold facts scored:  {self.scored}",
            f"found (overlap):    {self.found}",
            f"exact span:         {self.exact_span}",
            f"right value:        {self.value}",
            f"right unit:         {self.unit}",
            f"right qualifier:    {self.qualifier}",
            f"fully right:        {self.fully_right} of {self.scored} (recall {self.recall:.3f})",
            f"extracted:          {self.extracted}, matching no gold fact: "
            f"{len(self.false_positives)} (precision {self.precision:.3f})",
        ]
        if self.by_class:
            lines.append("fully right by class:")
            lines += [f"  {tag:22} {right:4} of {n:4}" for tag, (right, n) in sorted(self.by_class.items())]
        lines += [f"  miss: {m}" for m in self.misses]
        lines += [f"  false positive: {f}" for f in self.false_positives]
        return "\n".join(lines)


def same_value(gold: dict[str, Any], fact: NumericFact) -> bool:
    expected = gold["value"]
    if gold.get("resolved") and gold["kind"] in ("date", "relative_date", "weekday", "year"):
        return bool(fact.resolved == gold["resolved"])
    if gold["kind"] in ("date", "clock_time"):
        return bool(fact.resolved == expected)
    if gold["kind"] == "weekday":
        return fact.value == WEEKDAYS.index(expected) + 1
    if isinstance(expected, list):
        return bool(fact.value == expected[0] and fact.value_max == expected[1])
    return fact.value is not None and math.isclose(fact.value, expected, rel_tol=1e-9)


def score_numbers(gold_path: Path | None = None, gold_set: GoldSet | None = None) -> NumberScores:
    """Scores ``extract_numbers`` on a gold set's articles (default: the bundled ones) against
    ``gold_path`` (default: the set's gold), dates resolved against each one's publication."""
    gold_set = gold_set or GoldSet.named("sample")
    gold = gold_set.records("numbers.jsonl", gold_path)
    scores = NumberScores()
    for name, document in gold_set.documents.items():
        facts = extract_numbers(document.text, reference_date=document.published)
        records = [g for g in gold if g["doc"] == name]
        scores.extracted += len(facts)
        for fact in facts:
            under = [g for g in records if fact.start < g["end"] and g["start"] < fact.end]
            # a count over an identifier (القرار 2254) is as wrong as one over nothing
            if not under or all(g["kind"] == "identifier" for g in under):
                scores.false_positives.append(f"{name[:3]} {fact!r}")
        for g in records:
            if not g["scored"]:
                continue
            scores.scored += 1
            overlapping = [f for f in facts if f.start < g["end"] and g["start"] < f.end]
            if not overlapping:
                scores.misses.append(f"{name[:3]} {g['surface']!r} not found")
                for tag in g.get("classes", []):
                    scores.by_class.setdefault(tag, [0, 0])[1] += 1
                continue
            fact = overlapping[0]
            scores.found += 1
            checks = {
                "exact_span": (fact.start, fact.end) == (g["start"], g["end"]),
                "value": same_value(g, fact),
                "unit": fact.unit == g["unit"] or g["kind"] in ("count", "ordinal", "date", "weekday", "year", "relative_date"),
                "qualifier": fact.qualifier == g["qualifier"],
            }
            for check, ok in checks.items():
                setattr(scores, check, getattr(scores, check) + ok)
            for tag in g.get("classes", []):
                scores.by_class.setdefault(tag, [0, 0])[1] += 1
                scores.by_class[tag][0] += all(checks.values())
            if all(checks.values()):
                scores.fully_right += 1
            else:
                wrong = ", ".join(c for c, ok in checks.items() if not ok)
                scores.misses.append(f"{name[:3]} {g['surface']!r}: wrong {wrong}: {fact!r}")
    return scores


KINDS = ("direct", "indirect", "mixed")


@dataclass
class QuoteScores:
    """What ``score_quotes`` counted; ``problems`` says where it went wrong."""

    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    exact: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    overlap: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    cues_found: int = 0
    cues_gold: int = 0
    cues_right: int = 0
    speakers: dict[str, list[int]] = field(
        default_factory=lambda: {"explicit": [0, 0], "implied": [0, 0]}
    )
    unknown: int = 0
    wrong: int = 0
    non_quotes: int = 0
    non_quotes_taken: int = 0
    problems: list[str] = field(default_factory=list)
    #: Per class of the gold (``classes``): [found, speaker right, in gold].
    by_class: dict[str, list[int]] = field(default_factory=dict)

    def precision(self, kind: str, exact: bool = False) -> float:
        hits = (self.exact if exact else self.overlap)[kind]
        return hits / self.found[kind] if self.found[kind] else 1.0

    def recall(self, kind: str, exact: bool = False) -> float:
        hits = (self.exact if exact else self.overlap)[kind]
        return hits / self.gold[kind] if self.gold[kind] else 1.0

    @property
    def pairs(self) -> int:
        return sum(total for _, total in self.speakers.values())

    @property
    def speaker_accuracy(self) -> float:
        right = sum(r for r, _ in self.speakers.values())
        return right / self.pairs if self.pairs else 1.0

    def report(self) -> str:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        lines = ["kind      gold found | overlap P    R    F1  | exact P    R    F1"]
        for kind in KINDS:
            po, ro = self.precision(kind), self.recall(kind)
            pe, re = self.precision(kind, True), self.recall(kind, True)
            lines.append(
                f"{kind:9} {self.gold[kind]:4} {self.found[kind]:5} | "
                f"{po:.3f} {ro:.3f} {f1(po, ro):.3f} | {pe:.3f} {re:.3f} {f1(pe, re):.3f}"
            )
        cp = self.cues_right / self.cues_found if self.cues_found else 1.0
        cr = self.cues_right / self.cues_gold if self.cues_gold else 1.0
        lines.append(f"cue       P {cp:.3f}  R {cr:.3f}  F1 {f1(cp, cr):.3f}")
        for how, (right, total) in self.speakers.items():
            share = right / total if total else 1.0
            lines.append(f"speaker ({how}): {right}/{total} = {share:.3f}")
        pairs = self.pairs or 1
        lines.append(
            f"speaker accuracy {self.speaker_accuracy:.3f}; unknown {self.unknown / pairs:.3f}; "
            f"wrong {self.wrong / pairs:.3f} (of {self.pairs} matched quotes)"
        )
        lines.append(f"non-quotes taken as quotes: {self.non_quotes_taken} of {self.non_quotes}")
        if self.by_class:
            lines.append("by class:              found  speaker right  of")
            lines += [
                f"  {tag:20} {found:5}  {right:13}  {n:3}" for tag, (found, right, n) in sorted(self.by_class.items())
            ]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _fold(word: str) -> str:
    """A word with its long vowels dropped after the first letter and a hard g written one way,
    as the guidelines join transliterations under one canonical name (their aliases: بوتن and
    بوتين, ترمب and ترامب; أنجيلا and أنغيلا, where outlets write a foreign g with ج or غ).
    Words of three letters or fewer stay whole."""
    if len(word) <= 3:
        return word
    word = word.replace("ج", "غ")
    return word[0] + "".join(c for c in word[1:] if c not in "اوي")


def _members(name: str) -> frozenset[str]:
    """The members of a group's name, folded: the names its و joins."""
    members = re.split(r" و(?=\S)", name)
    return frozenset(" ".join(_fold(w) for w in m.split()) for m in members)


def _same_name(found: str | None, gold: str | None) -> bool:
    """Whether a found speaker names the gold one: the same name after normalization, spelling
    variants of a transliteration joined (بوتن for بوتين), or a shorter form of it that keeps
    its last word (قرقاش for أنور قرقاش), or the reverse."""
    if found is None or gold is None:
        return False
    # عبد الفتاح and عبدالفتاح are one name written apart or glued, as the speakers table joins them
    found, gold = (re.sub(r"\bعبد ", "عبد", normalize(name)) for name in (found, gold))
    a, b = [_fold(w) for w in found.split()], [_fold(w) for w in gold.split()]
    # a group is its members, in whatever order they are named (the guidelines' group
    # entities: "دونالد ترامب وفلاديمير بوتين" with members)
    members_a, members_b = _members(found), _members(gold)
    if len(members_a) > 1 and members_a == members_b:
        return True
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return bool(short) and set(short) <= set(long) and short[-1] == long[-1]


def score_quotes(
    gold_path: Path | None = None, borderline: bool = True, gold_set: GoldSet | None = None
) -> QuoteScores:
    """Scores ``extract_quotes`` on a gold set's articles (default: the bundled ones) against
    ``gold_path`` (default: the set's gold), with or without the gold's borderline quotes."""
    gold_set = gold_set or GoldSet.named("sample")
    gold = gold_set.records("quotes.jsonl", gold_path)
    non_quotes = gold_set.records("non_quotes.jsonl")
    scores = QuoteScores()
    for name, doc in gold_set.documents.items():
        records = [g for g in gold if g["doc"] == name]
        found = extract_quotes(doc.text, reference_date=doc.published)
        # pair found and gold quotes one to one, largest overlap first
        candidates = sorted(
            (
                (_overlap((q.start, q.end), (g["start"], g["end"])), i, j)
                for i, q in enumerate(found)
                for j, g in enumerate(records)
            ),
            reverse=True,
        )
        pair_of: dict[int, int] = {}
        taken: set[int] = set()
        for size, i, j in candidates:
            if size and i not in pair_of and j not in taken:
                pair_of[i] = j
                taken.add(j)
        ignored = {j for j, g in enumerate(records) if g["borderline"] and not borderline}
        for j, g in enumerate(records):
            if j not in ignored:
                scores.gold[g["kind"]] += 1
                if g["cue"] is not None:
                    scores.cues_gold += 1
        for i, q in enumerate(found):
            if pair_of.get(i) in ignored:
                continue
            scores.found[q.kind] += 1
            if q.cue is not None:
                scores.cues_found += 1
            where = f"{name[:3]} {q.kind} {q.text[:40]!r}"
            if i not in pair_of:
                scores.problems.append(f"found, not in gold: {where} ({q.speaker})")
                continue
            g = records[pair_of[i]]
            if q.kind == g["kind"]:
                scores.overlap[q.kind] += 1
                scores.exact[q.kind] += (q.start, q.end) == (g["start"], g["end"])
            else:
                scores.problems.append(f"kind {q.kind}, gold {g['kind']}: {where}")
            if q.cue is not None and (q.cue_start, q.cue_end) == (g["cue_start"], g["cue_end"]):
                scores.cues_right += 1
            how = "explicit" if g["speaker_start"] is not None else "implied"
            right = _same_name(q.speaker, g["speaker"])
            scores.speakers[how][0] += right
            scores.speakers[how][1] += 1
            if q.speaker is None:
                scores.unknown += 1
            elif not right:
                scores.wrong += 1
            if not right:
                scores.problems.append(f"speaker {q.speaker}, gold {g['speaker']}: {where}")
        for j, g in enumerate(records):
            if j not in taken and j not in ignored:
                scores.problems.append(f"missed: {name[:3]} {g['kind']} {g['text'][:40]!r}")
            if j in ignored:
                continue
            found_quote = next((found[i] for i, k in pair_of.items() if k == j), None)
            for tag in g.get("classes", []):
                counts = scores.by_class.setdefault(tag, [0, 0, 0])
                counts[0] += found_quote is not None
                counts[1] += found_quote is not None and _same_name(found_quote.speaker, g["speaker"])
                counts[2] += 1
        for nq in (n for n in non_quotes if n["doc"] == name):
            scores.non_quotes += 1
            span = (nq["start"], nq["end"])
            # a quoted name is wrong as a quote of its own or as a quoted fragment of one
            if any((q.start, q.end) == span or span in q.fragments for q in found):
                scores.non_quotes_taken += 1
                scores.problems.append(f"non-quote taken: {name[:3]} {nq['text']!r}")
    return scores


@dataclass
class StoryScores:
    """Pairwise scores of story grouping over the judged articles."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    articles: int = 0
    stories: int = 0
    #: Hard negatives (same topic, another happening) kept apart, of those judged.
    hard_negatives: list[int] = field(default_factory=lambda: [0, 0])
    wire_copies: int = 0
    merged: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> str:
        apart, judged = self.hard_negatives
        lines = [
            f"judged articles:  {self.articles} in {self.stories} gold stories",
            f"pairs:            {self.true_positives} right, {self.false_positives} joined wrongly, "
            f"{self.false_negatives} split wrongly",
            f"pairwise P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}",
            f"hard negatives kept apart: {apart} of {judged}",
            f"wire copies found: {self.wire_copies}",
        ]
        lines += [f"  joined: {m}" for m in self.merged[:40]]
        return "\n".join(lines)


def score_stories(data: Path | None = None, corpus: Path | None = None, name: str = "dev") -> StoryScores:
    """Groups the judged articles of the stories set ``name`` (within ``corpus`` when given, every
    other article of it a distractor) and scores every pair of judged articles."""
    if name not in STORY_FOLDERS:
        raise SystemExit(f"unknown stories set {name!r}: {', '.join(STORY_FOLDERS)}")
    folder = (data or DEV_DATA) / STORY_FOLDERS[name]
    if not (folder / "stories.jsonl").is_file():
        raise SystemExit(f"no stories set at {folder}: run from a checkout of khabar or pass --data")
    judged = {r["id"]: r for r in map(json.loads, (folder / "stories.jsonl").read_text(encoding="utf-8").splitlines())}
    documents = list(Corpus.read(corpus or folder / "articles.jsonl"))
    grouped = group(documents)
    # an article crawled twice keeps one DOCNO in a conversion and the other in another: the
    # judged article is the corpus article with its URL
    judged_by_url = {
        r["url"]: r["id"]
        for r in map(json.loads, (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    }
    story_of: dict[str, int] = {}
    for d, s in zip(documents, grouped.story_of):
        judged_id = d.id if d.id in judged else judged_by_url.get(d.url or "")
        if judged_id is not None:
            story_of[judged_id] = s
    missing = set(judged) - set(story_of)
    if missing:
        raise SystemExit(f"{len(missing)} judged articles are not in the corpus, e.g. {sorted(missing)[:3]}")
    scores = StoryScores(articles=len(judged), stories=len({r["story"] for r in judged.values()}))
    scores.wire_copies = len(grouped.copies)
    for a, b in itertools.combinations(sorted(judged), 2):
        same_gold = judged[a]["story"] == judged[b]["story"]
        same_found = story_of[a] == story_of[b]
        scores.true_positives += same_gold and same_found
        scores.false_positives += same_found and not same_gold
        scores.false_negatives += same_gold and not same_found
        if same_found and not same_gold:
            scores.merged.append(" + ".join(sorted((judged[a]["story"], judged[b]["story"]))))
    members: dict[str, list[str]] = {}
    for id_, record in judged.items():
        members.setdefault(record["story"], []).append(id_)
    hard = (folder / "hard_negatives.jsonl").read_text(encoding="utf-8").splitlines()
    for pair in map(json.loads, hard):
        found_a = {story_of[i] for i in members.get(pair["story_a"], [])}
        found_b = {story_of[i] for i in members.get(pair["story_b"], [])}
        scores.hard_negatives[1] += 1
        scores.hard_negatives[0] += not (found_a & found_b)
    scores.merged = [f"{pair} ({n} pairs)" for pair, n in Counter(scores.merged).most_common()]
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m khabar.evaluate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("task", choices=["numbers", "quotes", "stories"])
    parser.add_argument("gold", nargs="?", type=Path, help="a gold file other than the set's own")
    parser.add_argument("--set", default=None, choices=["sample", *SET_FOLDERS], help="the articles to score on")
    parser.add_argument("--data", type=Path, help=f"the folder of the development sets (default {DEV_DATA})")
    parser.add_argument("--corpus", type=Path, help="stories: group the judged articles within this corpus")
    parser.add_argument("--no-borderline", action="store_true", help="leave out the gold's borderline quotes")
    args = parser.parse_args(argv)
    if args.task == "stories":
        if args.set not in (None, *STORY_FOLDERS):
            parser.error(f"stories are scored on {' or '.join(STORY_FOLDERS)}")
        print(score_stories(args.data, args.corpus, args.set or "dev").report())
        return 0
    gold_set = GoldSet.named(args.set or "sample", args.data)
    if args.task == "numbers":
        print(score_numbers(args.gold, gold_set).report())
    else:
        print(score_quotes(args.gold, borderline=not args.no_borderline, gold_set=gold_set).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
