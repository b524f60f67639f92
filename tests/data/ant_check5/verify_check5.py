"""Independent check of this set: quotes.jsonl and non_quotes.jsonl with ../verify_quote_gold.py (dev2's check), and
numbers.jsonl here: every surface equals text[start:end] (code-point offsets), line numbers, resolved dates on the
kinds that need them (each weekday on its weekday), no overlapping number spans, and the keys of each file against
the readable set dev2 (tests/data/ant_dev2). With --corpus it also checks each article file against the ANT record.

    python3 tests/data/ant_check5/verify_check5.py [--corpus]
"""
import datetime
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from verify_quote_gold import verify  # noqa: E402

verify(HERE)

DEV2 = os.path.join(HERE, "..", "ant_dev2")
text = {}
def doc(d):
    if d not in text:
        text[d] = open(os.path.join(HERE, "articles", d), encoding="utf-8").read()
    return text[d]

# non-quotes: same keys as dev2's
nq_keys = {tuple(json.loads(l)) for l in open(os.path.join(DEV2, "non_quotes.jsonl"), encoding="utf-8")}
for l in open(os.path.join(HERE, "non_quotes.jsonl"), encoding="utf-8"):
    assert tuple(json.loads(l)) in nq_keys, l

# numbers
dev2_keys = set()
for l in open(os.path.join(DEV2, "numbers.jsonl"), encoding="utf-8"):
    dev2_keys |= set(json.loads(l))
base = ["doc", "surface", "start", "end", "kind", "value", "unit", "qualifier", "counted_noun", "line", "scored", "note",
        "classes"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KINDS = {"count", "duration", "range", "date", "year", "weekday", "relative_date", "clock_time", "ordinal", "money",
         "percent", "number", "fraction", "vague", "identifier"}
nums = [json.loads(l) for l in open(os.path.join(HERE, "numbers.jsonl"), encoding="utf-8")]
for r in nums:
    assert set(r) <= dev2_keys and list(r)[:len(base)] == base, r
    t = doc(r["doc"])
    assert t[r["start"]:r["end"]] == r["surface"], r
    assert r["line"] == t.count("\n", 0, r["start"]) + 1, r
    assert r["kind"] in KINDS, r
    assert r["unit"] not in ("since", "last", "next", "ago", "approx", "within", "more_than", "less_than"), r
    if r["kind"] in ("date", "weekday", "relative_date"):
        assert "resolved" in r, r
    if r["kind"] == "weekday" and r.get("resolved"):
        assert WD[datetime.date.fromisoformat(r["resolved"]).weekday()] == r["value"], r
by = {}
for r in nums:
    by.setdefault(r["doc"], []).append(r)
for d, rs in by.items():
    rs.sort(key=lambda r: r["start"])
    assert all(a["end"] <= b["start"] for a, b in zip(rs, rs[1:])), d
print("ok numbers", len(nums), "scored", sum(r["scored"] for r in nums), "docs", len(by))

# metadata and articles
meta = [json.loads(l) for l in open(os.path.join(HERE, "articles", "metadata.jsonl"), encoding="utf-8")]
files = sorted(f for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
assert sorted(m["file"] for m in meta) == files
if "--corpus" in sys.argv:
    want = {m["id"]: m["file"] for m in meta}
    seen = 0
    for l in open("/work/ant/ant.jsonl", encoding="utf-8"):
        r = json.loads(l)
        if r["id"] in want:
            assert doc(want[r["id"]]) == r["text"], r["id"]
            seen += 1
    assert seen == len(want)
    print("ok articles equal the corpus text field:", seen)
