import sys, json, re
sys.path.insert(0, '.')
import ann
for b in ["b1", "b2", "b3", "b4", "b5"]:
    exec(open(f"../spec/{b}.py").read())
out = ann.build()
docs = [d for d, _ in ann.DOCS]
assert len(docs) == len(set(docs)) == 40, len(docs)
# order by metadata file order? keep doc sorted + start
out.sort(key=lambda r: (r["doc"], r["start"]))
keys = ["doc","surface","start","end","kind","value","unit","qualifier","counted_noun","line","scored","note","classes"]
with open("/work/dev2/ant/numbers.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        o = {k: r[k] for k in keys}
        if "resolved" in r: o["resolved"] = r["resolved"]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
