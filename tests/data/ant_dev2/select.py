"""Draw the second development set (dev2, 40 articles): same filters and strata as ant_check, seed 2029,
excluding dev, stories, week and check, check2 and check3 ids."""
import json, random, re
from collections import defaultdict

DATA = "/work/main/tests/data"
excluded = set()
for path in ["ant/articles/metadata.jsonl", "ant_stories/articles.jsonl", "ant_week/articles.jsonl",
             "ant_check/articles/metadata.jsonl", "ant_check2/articles/metadata.jsonl", "ant_check3/articles/metadata.jsonl"]:
    for line in open(path if path.startswith("/") else f"{DATA}/{path}", encoding="utf-8"):
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
rng = random.Random(2029)
chosen = []
for outlet in sorted(STRATA):
    for section in sorted(STRATA[outlet]):
        chosen += rng.sample(sorted(cells[(outlet, section)]), 2 * STRATA[outlet][section])
for i in chosen:
    print(i)
