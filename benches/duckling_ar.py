"""khabar on Duckling's Arabic test corpus: numerals, ordinals, durations and times.

    python benches/duckling_ar.py PATH/TO/duckling [--misses 20]

Reads the Haskell corpus files of a checkout of facebook/duckling (``Duckling/Numeral/AR/
Corpus.hs``, ``Duckling/Ordinal/AR/Corpus.hs``, ``Duckling/Duration/AR/Corpus.hs``,
``Duckling/Time/AR/Corpus.hs``), runs ``khabar.extract_numbers`` on every example with
Duckling's reference time (Tuesday 2013-02-12 04:30) and prints the share read right in each
dimension. Without a path it says how to get one. Not part of CI: it needs a checkout.

What counts as right:

- numeral ``NumeralValue n``: a fact with value n;
- ordinal ``OrdinalData n``: an ordinal fact with value n;
- duration ``DurationData n Unit``: a duration with value n in that unit (or the same length in
  another unit: 90 minutes for 1.5 hours);
- time ``datetime (y, m, d, h, mi, s) Grain``: a fact resolved to that date at that grain (a day
  as 2013-02-19, a month as 2013-02, a year as 2013, a week as 2013-W08, a time of day as 04:30);
  ``datetimeInterval`` the same on its start, ``datetimeHoliday`` the same.

khabar follows news usage where Duckling's corpus does not, and a second rate counts what khabar
says by its documented conventions:

- an undated day is the latest one, but for the day after the reference, which is tomorrow
  (الثلاثاء written on Tuesday is today, not next week; اول
  ثلاثاء من شهر عشرة is last October's), so a day resolved to the latest past occurrence of the
  same weekday, date, or weekday of the month (the same weekday 52 or 53 weeks back) counts;
- the start, middle and end of a month are spans of days (منتصف آذار → the 11th to the 20th), so
  a span of days holding the day Duckling names counts;
- a number with the article and no noun is the cardinal, "the eleven" (الأحد عشر، الإحدى عشرة،
  الاثنى عشر: the ordinals are الحادي عشر، الثاني عشر; in 35 of 35 uses in the ANT corpus the
  article form is a cardinal), so the cardinal counts for Duckling's ordinal.

A miss the news convention reads right is marked ``[news convention]``, and one left out of the
anchored rate ``[not anchored]``.

A third rate, for times, is over the **anchored** examples: those whose answer a publication
date determines, written in Modern Standard Arabic. It leaves out the examples in
``NOT_ANCHORED`` (each with its reason): dialect (بكرة، امبارح، الجاي، نص شهر), and what needs
Duckling's reference clock (Tuesday 04:30: الآن, حوالي الساعة 3 read as the next 3 o'clock, 15:00)
or its test time zone (8 GMT read as 06:00), which a publication date does not give.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import khabar

REFERENCE = datetime.date(2013, 2, 12)
FILES = {
    "numeral": "Duckling/Numeral/AR/Corpus.hs",
    "ordinal": "Duckling/Ordinal/AR/Corpus.hs",
    "duration": "Duckling/Duration/AR/Corpus.hs",
    "time": "Duckling/Time/AR/Corpus.hs",
}
SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2592000,
    "quarter": 7776000,
    "year": 31536000,
}
# Time examples left out of the anchored rate, and why.
DIALECT = "dialect, not Modern Standard Arabic"
CLOCK = "needs Duckling's reference clock (04:30), not a date"
ZONE = "needs Duckling's test time zone"
NOT_ANCHORED = {
    "بكرة": DIALECT,
    "بكرا": DIALECT,
    "اليوم الي بعد بكرة": DIALECT,
    "اليوم الي قبل امبارح": DIALECT,
    "اليوم القبل البارحة": DIALECT,
    "نص شهر ثلاث": DIALECT,
    "من اسبوع": DIALECT,
    "الاسبوع الجاي": DIALECT,
    "ثان اربعا في اكتوبر لعام 2014": DIALECT,
    "ثالث ثلاثاء بعد كريسماس 2014": DIALECT,
    "حالا": CLOCK,
    "الان": CLOCK,
    "في هذه اللحظة": CLOCK,
    "حتى الساعة 2:00": CLOCK,
    "خلال اسبوعين": CLOCK,
    "بحدود الساعة الثالثة": CLOCK,
    "حوالي الساعة 3": CLOCK,
    "الخميس الساعة 8 بتوقيت GMT": ZONE,
    "الخميس الساعة 8 بتوقيت gmt": ZONE,
}

HOW_TO = """No Duckling checkout given. Get one and pass its path:

    git clone --depth 1 https://github.com/facebook/duckling /tmp/duckling
    python benches/duckling_ar.py /tmp/duckling
"""


def balanced(text: str, start: int, open_: str, close: str) -> int:
    """The index just after the bracket that closes the one at ``start``, skipping strings."""
    depth, k = 0, start
    while k < len(text):
        c = text[k]
        if c == '"':
            k = string_end(text, k)
            continue
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    raise ValueError(f"unbalanced {open_} at {start}")


def string_end(text: str, start: int) -> int:
    """The index after the Haskell string literal starting at ``start``."""
    k = start + 1
    while text[k] != '"':
        k += 2 if text[k] == "\\" else 1
    return k + 1


def haskell_string(literal: str) -> str:
    """A Haskell string literal's value (the escapes Duckling's corpora use)."""
    body = literal[1:-1]
    body = re.sub(r"\\(\d+)", lambda m: chr(int(m.group(1))), body)
    return body.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n")


def without_comments(source: str) -> str:
    """The Haskell source without its line comments (``--`` to the end of the line, outside
    strings): commented-out examples are not examples."""
    out, k = [], 0
    while k < len(source):
        if source[k] == '"':
            end = string_end(source, k)
            out.append(source[k:end])
            k = end
        elif source.startswith("--", k):
            k = source.find("\n", k) if "\n" in source[k:] else len(source)
        else:
            out.append(source[k])
            k += 1
    return "".join(out)


def examples(source: str) -> Iterator[tuple[str, list[str]]]:
    """(expected value as Haskell, texts) for every ``examples (...) [...]`` of a corpus."""
    source = without_comments(source)
    for match in re.finditer(r"\bexamples\s*\(", source):
        value_start = match.end() - 1
        value_end = balanced(source, value_start, "(", ")")
        list_start = source.index("[", value_end)
        list_end = balanced(source, list_start, "[", "]")
        texts = [haskell_string(m.group(0)) for m in re.finditer(r'"(?:[^"\\]|\\.)*"', source[list_start:list_end])]
        yield source[value_start + 1 : value_end - 1].strip(), texts


def number(text: str) -> float:
    return float(text.replace("(", "").replace(")", "").replace(" ", ""))


def duration_right(expected: str, facts: list[khabar.NumericFact]) -> bool:
    found = re.match(r"DurationData\s+(\(?-?[\d.]+\)?)\s+(\w+)", expected)
    if not found:
        return False
    amount, unit = number(found.group(1)), found.group(2).lower()
    want = amount * SECONDS[unit]
    return any(
        f.kind in ("duration", "range") and f.value is not None and f.unit in SECONDS
        and abs(f.value * SECONDS[f.unit] - want) < 1e-6 * max(want, 1)
        for f in facts
    )


def expected_time(expected: str) -> tuple[tuple[int, ...], str] | None:
    """The date and time tuple and the grain of a ``datetime`` or ``datetimeInterval``."""
    found = re.match(r"datetime(?:Interval)?(?:Holiday)?\s*\(+\s*([-\d,\s]+?)\s*\)", expected)
    # a holiday's name follows its grain: datetimeHoliday (2013, 10, 15, 0, 0, 0) Day "عيد الأضحى"
    grain = re.search(r"\)\s*(\w+)\s*(?:\"[^\"]*\")?\s*$", expected)
    if not found or not grain:
        return None
    parts = tuple(int(p) for p in found.group(1).split(","))
    return parts, grain.group(1).lower()


def time_forms(parts: tuple[int, ...], grain: str) -> set[str]:
    y, m, d, h, mi = (list(parts) + [0] * 6)[:5]
    day = datetime.date(y, m, d)
    if grain in ("hour", "minute", "second"):
        return {f"{h:02}:{mi:02}"}
    if grain == "day":
        return {day.isoformat()}
    if grain == "week":
        year, week, _ = day.isocalendar()
        return {f"{year}-W{week:02}"}
    if grain == "month":
        return {f"{y}-{m:02}"}
    if grain == "year":
        return {f"{y}"}
    return set()


def news_forms(parts: tuple[int, ...], grain: str) -> set[str]:
    """The same day at its latest past occurrence: the weekday a week or more back, the date a
    year back, the same weekday of the month a year back (52 or 53 weeks), by khabar's
    convention for an undated day in news."""
    if grain != "day":
        return set()
    day = datetime.date(*parts[:3])
    if day <= REFERENCE:
        return set()
    forms = {(day - datetime.timedelta(days=7 * k)).isoformat() for k in range(1, 8) if day - datetime.timedelta(days=7 * k) <= REFERENCE}
    forms |= {(day - datetime.timedelta(weeks=k)).isoformat() for k in (52, 53)}
    try:
        forms.add(day.replace(year=day.year - 1).isoformat())
    except ValueError:
        pass
    return forms


def span_holds(resolved: str | None, parts: tuple[int, ...], grain: str) -> bool:
    """Whether a span of days (2013-03-11/2013-03-20) holds the day Duckling names: khabar
    reads the start, middle and end of a month as the days they span."""
    if grain != "day" or not resolved or "/" not in resolved:
        return False
    try:
        first, last = (datetime.date.fromisoformat(p) for p in resolved.split("/"))
    except ValueError:
        return False
    return first <= datetime.date(*parts[:3]) <= last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("duckling", nargs="?", type=Path, help="a checkout of facebook/duckling")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per dimension")
    args = parser.parse_args()
    if args.duckling is None:
        print(HOW_TO)
        return 2
    for dimension, relative in FILES.items():
        path = args.duckling / relative
        if not path.is_file():
            print(f"{dimension}: no {relative} under {args.duckling}")
            continue
        right = news = total = anchored = anchored_right = 0
        misses: list[str] = []
        left_out: list[str] = []
        for expected, texts in examples(path.read_text(encoding="utf-8")):
            for text in texts:
                facts = khabar.extract_numbers(text, reference_date=REFERENCE)
                ok = convention = False
                if dimension == "numeral" and expected.startswith("NumeralValue"):
                    value = number(expected.removeprefix("NumeralValue"))
                    ok = any(f.value is not None and abs(f.value - value) < 1e-9 * max(abs(value), 1) for f in facts)
                elif dimension == "ordinal" and expected.startswith("OrdinalData"):
                    value = number(expected.removeprefix("OrdinalData"))
                    ok = any(f.kind == "ordinal" and f.value == value for f in facts)
                    # الأحد عشر: the cardinal with the article, by the news convention
                    convention = any(
                        f.kind == "cardinal" and f.value == value and f.text.startswith("ال") for f in facts
                    )
                elif dimension == "duration":
                    ok = duration_right(expected, facts)
                elif dimension == "time":
                    when = expected_time(expected)
                    if when is not None:
                        resolved = {part for f in facts if f.resolved for part in f.resolved.split("/")[:1]}
                        ok = bool(resolved & time_forms(*when))
                        convention = bool(resolved & news_forms(*when)) or any(
                            span_holds(f.resolved, *when) for f in facts
                        )
                    if text in NOT_ANCHORED:
                        left_out.append(f"  {text!r}: {NOT_ANCHORED[text]}")
                    else:
                        anchored += 1
                        anchored_right += ok or convention
                total += 1
                right += ok
                news += ok or convention
                if not ok and len(misses) < args.misses:
                    tag = "[news convention] " if convention else ("[not anchored] " if dimension == "time" and text in NOT_ANCHORED else "")
                    misses.append(f"  {tag}{text!r}: want {expected}, got {[(f.text, f.kind, f.value, f.resolved) for f in facts]}")
        def rate(n: int, of: int) -> str:
            return f"{n:4} of {of:4} ({n / of if of else 0:.0%})"

        print(f"{dimension:9} {rate(right, total)} as Duckling reads them")
        if dimension in ("time", "ordinal"):
            print(f"{'':9} {rate(news, total)} by khabar's news convention")
        if dimension == "time":
            print(
                f"{'':9} {rate(anchored_right, anchored)} of the anchored examples (Modern Standard"
                f" Arabic, a publication date decides them), by the news convention;"
                f" {total - anchored} left out"
            )
        print("\n".join(misses)) if misses else None
        if left_out and args.misses:
            print("  left out of the anchored rate:")
            print("\n".join(left_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
