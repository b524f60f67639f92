"""Score khabar against hand-made gold annotations.

    python -m khabar.evaluate numbers [GOLD.jsonl]
    python -m khabar.evaluate quotes [GOLD.jsonl] [--no-borderline]

Without a path each scores the bundled articles against their bundled gold (hand-labelled).

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
import json
import math
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from khabar import Corpus, NumericFact, Quote, extract_numbers, extract_quotes, normalize

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
        lines += [f"  miss: {m}" for m in self.misses]
        lines += [f"  false positive: {f}" for f in self.false_positives]
        return "\n".join(lines)


def same_value(gold: dict[str, Any], fact: NumericFact) -> bool:
    expected = gold["value"]
    if gold["kind"] in ("date", "clock_time"):
        return bool(fact.resolved == expected)
    if gold["kind"] == "weekday":
        return fact.value == WEEKDAYS.index(expected) + 1
    if isinstance(expected, list):
        return bool(fact.value == expected[0] and fact.value_max == expected[1])
    return fact.value is not None and math.isclose(fact.value, expected, rel_tol=1e-9)


def score_numbers(gold_path: Path | None = None) -> NumberScores:
    """Scores ``extract_numbers`` on the bundled articles against ``gold_path`` (default: the
    bundled gold)."""
    if gold_path is None:
        gold_text = (resources.files("khabar") / "sample" / "gold" / "numbers.jsonl").read_text(
            encoding="utf-8"
        )
    else:
        gold_text = gold_path.read_text(encoding="utf-8")
    gold = [json.loads(line) for line in gold_text.splitlines() if line.strip()]
    texts = {doc.metadata["file"]: doc.text for doc in Corpus.sample()}
    scores = NumberScores()
    for name, text in texts.items():
        facts = extract_numbers(text)
        records = [g for g in gold if g["doc"] == name]
        scores.extracted += len(facts)
        for fact in facts:
            if not any(fact.start < g["end"] and g["start"] < fact.end for g in records):
                scores.false_positives.append(f"{name[:3]} {fact!r}")
        for g in records:
            if not g["scored"]:
                continue
            scores.scored += 1
            overlapping = [f for f in facts if f.start < g["end"] and g["start"] < f.end]
            if not overlapping:
                scores.misses.append(f"{name[:3]} {g['surface']!r} not found")
                continue
            fact = overlapping[0]
            scores.found += 1
            checks = {
                "exact_span": (fact.start, fact.end) == (g["start"], g["end"]),
                "value": same_value(g, fact),
                "unit": fact.unit == g["unit"] or g["kind"] in ("count", "ordinal", "date"),
                "qualifier": fact.qualifier == g["qualifier"],
            }
            for check, ok in checks.items():
                setattr(scores, check, getattr(scores, check) + ok)
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
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalize(a) == normalize(b)


def score_quotes(gold_path: Path | None = None, borderline: bool = True) -> QuoteScores:
    """Scores ``extract_quotes`` on the bundled articles against ``gold_path`` (default: the
    bundled gold), with or without the gold's borderline quotes."""
    folder = resources.files("khabar") / "sample" / "gold"
    if gold_path is None:
        gold_text = (folder / "quotes.jsonl").read_text(encoding="utf-8")
    else:
        gold_text = gold_path.read_text(encoding="utf-8")
    non_quote_text = (folder / "non_quotes.jsonl").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in gold_text.splitlines() if line.strip()]
    non_quotes = [json.loads(line) for line in non_quote_text.splitlines() if line.strip()]
    scores = QuoteScores()
    for doc in Corpus.sample():
        name = doc.metadata["file"]
        records = [g for g in gold if g["doc"] == name]
        found = extract_quotes(doc.text)
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
        for nq in (n for n in non_quotes if n["doc"] == name):
            scores.non_quotes += 1
            span = (nq["start"], nq["end"])
            # a quoted name is wrong as a quote of its own or as a quoted fragment of one
            if any((q.start, q.end) == span or span in q.fragments for q in found):
                scores.non_quotes_taken += 1
                scores.problems.append(f"non-quote taken: {name[:3]} {nq['text']!r}")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.evaluate", description=__doc__)
    parser.add_argument("task", choices=["numbers", "quotes"])
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument(
        "--no-borderline", action="store_true", help="leave out the gold's borderline quotes"
    )
    args = parser.parse_args(argv)
    if args.task == "numbers":
        print(score_numbers(args.gold).report())
    else:
        print(score_quotes(args.gold, borderline=not args.no_borderline).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
