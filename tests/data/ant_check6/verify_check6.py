"""Independent check of check6: every span equals its text, fragments lie inside their quote, quotes and
numbers do not overlap, non-quotes lie outside quotes, weekdays resolve to the right weekday, every article
equals the ANT record's `text` field."""
import json, os, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
load = lambda n: [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
meta = {r["file"]: r for r in load("articles/metadata.jsonl")}
texts = {f: open(os.path.join(HERE, "articles", f), encoding="utf-8", newline="").read() for f in meta}
ant = {}
for line in open("/work/ant/ant.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] + ".txt" in meta:
        ant[r["id"] + ".txt"] = r["text"]
assert all(ant[f] == texts[f] for f in meta), "article differs from ANT"
Q, NQ, N = load("quotes.jsonl"), load("non_quotes.jsonl"), load("numbers.jsonl")
n = 0
for q in Q:
    t = texts[q["doc"]]
    assert t[q["start"]:q["end"]] == q["text"]; n += 1
    for k in ("speaker", "cue", "antecedent"):
        s, e = q[f"{k}_start"], q[f"{k}_end"]
        if s is not None:
            assert t[s:e] == q[f"{k}_text" if k != "cue" else "cue"], (q["id"], k); n += 1
    for f in q["fragments"] or []:
        assert t[f["start"]:f["end"]] == f["text"] and q["start"] <= f["start"] and f["end"] <= q["end"]; n += 1
    assert q["kind"] in ("direct", "indirect", "mixed") and q["complement"] in ("clause", "nominal", "quote")
    assert (q["kind"] == "mixed") == bool(q["fragments"]), q["id"]
by = collections.defaultdict(list)
for q in Q:
    by[q["doc"]].append(q)
for doc, qs in by.items():
    assert [q["id"] for q in qs] == [f"{doc}#{i}" for i in range(1, len(qs) + 1)]
    for a, b in zip(qs, qs[1:]):
        assert a["end"] <= b["start"]
for r in NQ:
    assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]; n += 1
    assert not any(q["doc"] == r["doc"] and q["start"] < r["end"] and r["start"] < q["end"] for q in Q)
W = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for r in N:
    t = texts[r["doc"]]
    assert t[r["start"]:r["end"]] == r["surface"]; n += 1
    assert r["line"] == t.count("\n", 0, r["start"]) + 1
    if r["kind"] == "weekday":
        assert W[datetime.date.fromisoformat(r["resolved"]).weekday()] == r["value"], r
    if r["kind"] in ("date", "weekday", "relative_date"):
        assert "resolved" in r, r
nd = collections.defaultdict(list)
for r in N:
    nd[r["doc"]].append(r)
for doc, rs in nd.items():
    rs.sort(key=lambda r: r["start"])
    for a, b in zip(rs, rs[1:]):
        assert a["end"] <= b["start"], (a, b)
print(f"ok {len(Q)} quotes, {len(NQ)} non-quotes, {len(N)} facts, {n} spans checked, {len(meta)} articles equal to ANT")
