"""Write articles/<id>.txt (the ANT `text` field as it is) and articles/metadata.jsonl for the ids select.py draws."""
import json, importlib.util, os
spec = importlib.util.spec_from_file_location("sel", os.path.join(os.path.dirname(__file__), "select.py"))
sel = importlib.util.module_from_spec(spec); spec.loader.exec_module(sel)
want = set(sel.chosen)
recs = {}
for line in open("/work/ant/ant.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] in want:
        recs[r["id"]] = r
out = os.path.join(os.path.dirname(__file__), "articles")
with open(os.path.join(out, "metadata.jsonl"), "w", encoding="utf-8") as m:
    for i in sel.chosen:
        r = recs[i]
        with open(os.path.join(out, i + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(r["text"])
        m.write(json.dumps({k: r[k] for k in ["id", "outlet", "section", "url", "published", "time", "title"]} | {"file": i + ".txt"}, ensure_ascii=False) + "\n")
        print(i, r["published"], len(r["text"]), r["text"].split("\n")[0] == r["title"])
