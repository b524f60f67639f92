#!/usr/bin/env python3
"""Choose the 20 held-out ANT articles (seed 2026), the way the dev set was chosen."""
import json, random, re

EXCL = ['/work/main/tests/data/ant/articles/metadata.jsonl',
        '/work/main/tests/data/ant_stories/articles.jsonl',
        '/work/main/tests/data/ant_week/articles.jsonl']
excluded = set()
for p in EXCL:
    for l in open(p, encoding='utf-8'):
        excluded.add(json.loads(l)['id'])

# reporting words (a word token, with optional و/ف/ل clitic): قال أكد أعلن ذكر أضاف أوضح بحسب and their inflections
REP = re.compile(r'(?<![\w])[وف]?(?:'
                 r'قال|قالت|يقول|تقول|وقال'
                 r'|أكد|أكدت|أكّد|أكّدت|يؤكد|تؤكد|مؤكدا|مؤكدًا|مؤكداً'
                 r'|أعلن|أعلنت|يعلن|تعلن'
                 r'|ذكر|ذكرت|يذكر|تذكر'
                 r'|أضاف|أضافت|يضيف|تضيف|مضيفا|مضيفًا|مضيفاً'
                 r'|أوضح|أوضحت|يوضح|توضح|موضحا|موضحًا|موضحاً'
                 r'|بحسب|حسب)(?![\w])')

# 4 per outlet, sections spread like the dev set (international > Middle East > economy > technology/sport/culture);
# Al Arabiya has no middleEast section, Sky News and CNN no culture, France 24 no technology.
PLAN = {
    'AL': {'internationalNews': 2, 'economy': 1, 'culture': 1},
    'BB': {'internationalNews': 1, 'middleEast': 1, 'technology': 1, 'sport': 1},
    'CN': {'internationalNews': 1, 'middleEast': 1, 'economy': 1, 'technology': 1},
    'FR': {'internationalNews': 1, 'middleEast': 1, 'economy': 1, 'culture': 1},
    'SK': {'internationalNews': 1, 'middleEast': 1, 'economy': 1, 'sport': 1},
}
pool: dict[tuple[str, str], list[str]] = {}
for l in open('/work/ant/ant.jsonl', encoding='utf-8'):
    r = json.loads(l)
    if r['id'] in excluded:
        continue
    n = len(r['text'])
    if not 900 <= n <= 3200:
        continue
    if len(REP.findall(r['text'])) < 2:
        continue
    pool.setdefault((r['id'][:2], r['section']), []).append(r['id'])

rng = random.Random(2026)
chosen = []
for outlet in sorted(PLAN):
    for sec in sorted(PLAN[outlet]):
        ids = sorted(pool[(outlet, sec)])
        pick = rng.sample(ids, PLAN[outlet][sec])
        print(outlet, sec, len(ids), pick)
        chosen += pick
json.dump(chosen, open('/work/heldout/build/chosen.json', 'w'), indent=0)
