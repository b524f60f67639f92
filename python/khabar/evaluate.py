"""Score khabar against hand-made gold annotations.

    python -m khabar.evaluate numbers [GOLD.jsonl]

Without a path it scores the bundled articles against their bundled gold (the project's
hand-labelled numeric facts). A fact is fully right when its span is exact and its value, unit
and qualifier are those of the gold. An extracted fact that overlaps no gold fact is a false
positive; gold facts marked ``scored: false`` (vague plurals) count neither way.
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

from khabar import Corpus, NumericFact, extract_numbers

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.evaluate", description=__doc__)
    parser.add_argument("task", choices=["numbers"])
    parser.add_argument("gold", nargs="?", type=Path)
    args = parser.parse_args(argv)
    print(score_numbers(args.gold).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
