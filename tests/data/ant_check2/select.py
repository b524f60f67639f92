"""Draw the second blind check set (check2): same filters and strata as ant_check, seed 2027,
excluding dev, stories, week and check ids.

    python tests/data/ant_check2/select.py ANT.jsonl     # prints the 20 ids

ANT.jsonl is the corpus as scripts/ant_corpus.py writes it. The length filter measures
title + text, and ANT's text already starts with its title (see README.md)."""
import json, random, re, sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
excluded = set()
for path in ["ant/articles/metadata.jsonl", "ant_stories/articles.jsonl", "ant_week/articles.jsonl",
             "ant_check/articles/metadata.jsonl"]:
    for line in open(f"{DATA}/{path}", encoding="utf-8"):
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
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["id"] in excluded:
        continue
    text = r["title"] + "\n" + r["text"]
    if not 900 <= len(text) <= 3200 or len(REPORT.findall(text)) < 2:
        continue
    cells[(r["id"][:2], r["section"])].append(r["id"])
    records[r["id"]] = r
rng = random.Random(2027)
chosen = []
for outlet in sorted(STRATA):
    for section in sorted(STRATA[outlet]):
        chosen += rng.sample(sorted(cells[(outlet, section)]), STRATA[outlet][section])
for i in chosen:
    print(i)
