"""Build the check5 gold from decisions_check5.py: its quotes (quotes.jsonl, non_quotes.jsonl; see
../quote_gold.py) and its numeric facts (numbers.jsonl), recorded with M(...).

    python tests/data/ant_check5/build_check5.py [--write]
"""
import datetime
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from quote_gold import LETTER, GoldBuilder, build, occurrences  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FAMOUS = {"دونالد ترامب", "دونالد ترمب", "علي خامنئي", "بنيامين نتنياهو", "تيريزا ماي", "بوريس جونسون",
          "مايك بومبيو"}
NONFINITE = {"موضحا", "موضحاً", "موضحة", "مشيراً", "مؤكداً", "معترفا", "مستدركا", "منتقدة", "قائلين", "واصفةً", "مؤكدا", "مشيرا", "مضيفا", "مضيفاً", "معتبرا", "مشددا", "لافتا", "داعياً", "قائلاً", "قائلا",
             "مضيفة", "متهما", "نافيا", "ملقية", "بقولها", "تحذيره", "إعلان", "طلب", "التنديد", "مفادها"}
GOLD = GoldBuilder(HERE, FAMOUS, NONFINITE)

META = {}
for _l in open(os.path.join(HERE, "articles", "metadata.jsonl"), encoding="utf-8"):
    _m = json.loads(_l); META[_m["file"]] = _m
NUMS = []
_CUR = {}
_WD = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}

def num_occ(t, s):
    """whole-word occurrences, allowing up to two proclitic letters (و ب ل ف ك) and a tatweel glued on the left"""
    res = []
    for i in occurrences(t, s):
        a = t[i + len(s)] if i + len(s) < len(t) else " "
        if LETTER.match(a) and LETTER.match(s[-1]):
            continue
        j = i
        while j > 0 and i - j < 2 and t[j - 1] in "وبلفكـ":
            j -= 1
        b = t[j - 1] if j > 0 else " "
        if LETTER.match(b) and LETTER.match(s[0]):
            continue
        res.append(i)
    return res

def M(prefix, surface, kind, value=None, unit=None, q=None, noun=None, note=None, scored=True, res=None, after=None, glued=False):
    """one numeric fact; records are typed in text order: the surface is the first whole-word occurrence after
    the previous record of the document (or after the unique anchor `after`)."""
    d = GOLD.doc_of(prefix)
    t = GOLD.text[d]
    lo = _CUR.get(d, 0)
    if after is not None:
        occ = [i for i in occurrences(t, after) if i >= lo]
        assert occ, ("anchor not found", d, after)
        lo = occ[0]
    occ = [i for i in (occurrences(t, surface) if glued else num_occ(t, surface)) if i >= lo]
    assert occ, ("number not found", d, surface, lo)
    s = occ[0]
    e = s + len(surface)
    _CUR[d] = e
    rec = {"doc": d, "surface": surface, "start": s, "end": e, "kind": kind, "value": value, "unit": unit,
           "qualifier": q, "counted_noun": noun, "line": t.count("\n", 0, s) + 1, "scored": scored, "note": note,
           "classes": []}
    if kind in ("date", "weekday", "relative_date") or res is not None:
        if kind == "weekday" and res is None:
            pub = datetime.date.fromisoformat(META[d]["published"])
            res = (pub - datetime.timedelta(days=(pub.weekday() - _WD[value]) % 7)).isoformat()
        rec["resolved"] = res
    NUMS.append(rec)

build(GOLD, "decisions_check5.py", {"M": M})

def check_nums():
    errs = 0
    for r in NUMS:
        t = GOLD.text[r["doc"]]
        assert t[r["start"]:r["end"]] == r["surface"], r
        assert r["line"] == t.count("\n", 0, r["start"]) + 1
        if r["kind"] == "weekday" and r.get("resolved"):
            assert datetime.date.fromisoformat(r["resolved"]).weekday() == _WD[r["value"]], r
    for d in GOLD.files:
        rs = sorted((r for r in NUMS if r["doc"] == d), key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if a["end"] > b["start"]:
                print("NUM OVERLAP", d, a["surface"], b["surface"]); errs += 1
    return errs
nerrs = check_nums()
if "--write" in sys.argv and nerrs == 0:
    with open(os.path.join(HERE, "numbers.jsonl"), "w", encoding="utf-8") as f:
        for r in sorted(NUMS, key=lambda r: (r["doc"], r["start"])):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("numbers", len(NUMS), "scored", sum(r["scored"] for r in NUMS), Counter(r["kind"] for r in NUMS), "errors", nerrs)
