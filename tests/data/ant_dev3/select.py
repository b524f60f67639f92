"""Draw the third development set (dev3, 12 articles): ANT v2.1 articles not listed in
/work/notes/s32/dev3/used_ids.txt, 1,500-5,000 characters of `text`, at least three reporting words,
2-3 per outlet from several sections, seed 3203."""
import json, random, re
from collections import defaultdict

used = {l.strip() for l in open("/work/notes/s32/dev3/used_ids.txt", encoding="utf-8") if l.strip()}
REPORT = re.compile(r"(?:^|[\s«\"(])[وف]?(?:قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|مؤكدا|أعلن|أعلنت|ذكر|ذكرت|أضاف|أضافت|مضيفا|"
                    r"مضيفة|أوضح|أوضحت|موضحا|بحسب|حسب)(?=[\s.,،:؛\"»]|$)")
PER_OUTLET = {"AL": 3, "BB": 2, "CN": 2, "FR": 2, "SK": 3}
by_outlet = defaultdict(lambda: defaultdict(list))
for line in open("/work/ant/ant.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] in used:
        continue
    if not 1500 <= len(r["text"]) <= 5000 or len(REPORT.findall(r["text"])) < 3:
        continue
    by_outlet[r["id"][:2]][r["section"]].append(r["id"])
rng = random.Random(3203)
chosen = []
for outlet in sorted(PER_OUTLET):
    sections = rng.sample(sorted(by_outlet[outlet]), PER_OUTLET[outlet])   # one article per section
    for s in sections:
        chosen.append(rng.choice(sorted(by_outlet[outlet][s])))
if __name__ == "__main__":
    for i in chosen:
        print(i)
