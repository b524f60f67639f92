"""Draw the blind check set check6 (12 articles): ANT v2.1 articles not listed in used_ids.txt (a copy of
/work/notes/s34/used_ids.txt), 1,500-4,000 characters of `text`, at least three reporting words,
2-3 per outlet from distinct sections, seed 3406 (the procedure of dev3's select.py)."""
import json, os, random, re
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
used = {l.strip() for l in open(os.path.join(HERE, "used_ids.txt"), encoding="utf-8") if l.strip()}
REPORT = re.compile(r"(?:^|[\s«\"(])[وف]?(?:قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|مؤكدا|أعلن|أعلنت|ذكر|ذكرت|أضاف|أضافت|مضيفا|"
                    r"مضيفة|أوضح|أوضحت|موضحا|بحسب|حسب)(?=[\s.,،:؛\"»]|$)")
PER_OUTLET = {"AL": 3, "BB": 2, "CN": 2, "FR": 2, "SK": 3}
by_outlet = defaultdict(lambda: defaultdict(list))
for line in open("/work/ant/ant.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] in used:
        continue
    if not 1500 <= len(r["text"]) <= 4000 or len(REPORT.findall(r["text"])) < 3:
        continue
    by_outlet[r["id"][:2]][r["section"]].append(r["id"])
rng = random.Random(3406)
chosen = []
for outlet in sorted(PER_OUTLET):
    sections = rng.sample(sorted(by_outlet[outlet]), PER_OUTLET[outlet])   # one article per section
    for s in sections:
        chosen.append(rng.choice(sorted(by_outlet[outlet][s])))
if __name__ == "__main__":
    for i in chosen:
        print(i)
