"""Independent check of quotes.jsonl and non_quotes.jsonl against the article files."""
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def text(doc):
    return open(os.path.join(HERE, "articles", doc), encoding="utf-8").read()
KEYS = ["doc", "id", "kind", "start", "end", "text", "speaker", "speaker_start", "speaker_end", "speaker_text",
        "speaker_ref", "antecedent_start", "antecedent_end", "antecedent_text", "cue", "cue_start", "cue_end",
        "speaker_type", "side", "unbalanced", "borderline", "complement", "region", "fragments", "alt_speakers",
        "notes", "classes"]
qs = [json.loads(l) for l in open(os.path.join(HERE, "quotes.jsonl"), encoding="utf-8")]
ns = [json.loads(l) for l in open(os.path.join(HERE, "non_quotes.jsonl"), encoding="utf-8")]
for r in qs:
    t = text(r["doc"])
    assert list(r) == KEYS, r["id"]
    assert t[r["start"]:r["end"]] == r["text"], r["id"]
    for a, b, c in [("speaker_start", "speaker_end", "speaker_text"), ("antecedent_start", "antecedent_end", "antecedent_text"),
                    ("cue_start", "cue_end", "cue")]:
        if r[a] is not None:
            assert t[r[a]:r[b]] == r[c], (r["id"], c)
    assert r["kind"] in ("direct", "indirect", "mixed")
    assert r["speaker_ref"] in ("name", "description", "pronoun", "continuation")
    assert r["complement"] in ("clause", "nominal", "quote") and r["region"] in ("body", "headline", "boilerplate")
    assert (r["fragments"] is not None) == (r["kind"] == "mixed"), r["id"]
    for f in r["fragments"] or []:
        assert t[f["start"]:f["end"]] == f["text"] and r["start"] <= f["start"] and f["end"] <= r["end"], r["id"]
    assert r["speaker_start"] is not None or r["antecedent_start"] is not None or r["region"] != "body", r["id"]
for d in {r["doc"] for r in qs}:
    rs = sorted((r for r in qs if r["doc"] == d), key=lambda r: r["start"])
    assert all(a["end"] <= b["start"] for a, b in zip(rs, rs[1:])), d
for n in ns:
    assert text(n["doc"])[n["start"]:n["end"]] == n["text"], n
print("ok", len(qs), dict(Counter(r["kind"] for r in qs)), "borderline", sum(r["borderline"] for r in qs),
      "non-quotes", len(ns), "docs", len({r["doc"] for r in qs}))
