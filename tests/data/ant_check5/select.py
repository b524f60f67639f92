"""Draw the fifth check set (check5, 20 articles): same filters and strata as ant_check (one article per
stratum cell), seed 2605, excluding dev, stories (and the stories check sets), week, check, check2, check3,
check4 and dev2 ids."""
import json, os, random, re
from collections import defaultdict

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
excluded = set()
for path in ["ant/articles/metadata.jsonl", "ant_stories/articles.jsonl", "ant_stories/stories.jsonl",
             "ant_stories_check/articles.jsonl", "ant_stories_check/stories.jsonl",
             "ant_stories_check2/articles.jsonl", "ant_stories_check2/stories.jsonl",
             "ant_week/articles.jsonl", "ant_check/articles/metadata.jsonl", "ant_check2/articles/metadata.jsonl",
             "ant_check3/articles/metadata.jsonl", "ant_check4/articles/metadata.jsonl",
             "ant_dev2/articles/metadata.jsonl"]:
    full = os.path.join(DATA, path)
    if not os.path.exists(full):
        continue
    for line in open(full, encoding="utf-8"):
        if line.strip():
            excluded.add(json.loads(line)["id"])

REPORT = re.compile(r"(?:^|[\s«\"(])[وف]?(?:قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|مؤكدا|أعلن|أعلنت|ذكر|ذكرت|أضاف|أضافت|مضيفا|"
                    r"مضيفة|أوضح|أوضحت|موضحا|بحسب|حسب)(?=[\s.,،:؛\"»]|$)")
STRATA = {
    "AL": {"internationalNews": 2, "economy": 1, "culture": 1},
    "BB": {"internationalNews": 1, "middleEast": 1, "technology": 1, "sport": 1},
    "CN": {"internationalNews": 1, "middleEast": 1, "economy": 1, "technology": 1},
    "FR": {"internationalNews": 1, "middleEast": 1, "economy": 1, "culture": 1},
    "SK": {"internationalNews": 1, "middleEast": 1, "economy": 1, "sport": 1},
}
cells = defaultdict(list)
records = {}
for line in open("/work/ant/ant.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] in excluded:
        continue
    text = r["title"] + "\n" + r["text"]
    if not 900 <= len(text) <= 3200 or len(REPORT.findall(text)) < 2:
        continue
    cells[(r["id"][:2], r["section"])].append(r["id"])
    records[r["id"]] = r
rng = random.Random(2605)
chosen = []
for outlet in sorted(STRATA):
    for section in sorted(STRATA[outlet]):
        chosen += rng.sample(sorted(cells[(outlet, section)]), STRATA[outlet][section])

if __name__ == "__main__":
    import sys
    if "--write" in sys.argv:
        art = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles")
        os.makedirs(art, exist_ok=True)
        with open(os.path.join(art, "metadata.jsonl"), "w", encoding="utf-8") as meta:
            for i in chosen:
                r = records[i]
                with open(os.path.join(art, i + ".txt"), "w", encoding="utf-8") as f:
                    f.write(r["text"])
                meta.write(json.dumps({k: r[k] for k in ["id", "outlet", "section", "url", "published", "time", "title"]}
                                      | {"file": i + ".txt"}, ensure_ascii=False) + "\n")
    for i in chosen:
        print(i)
