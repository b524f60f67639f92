# writes stories.jsonl, hard_negatives.jsonl, articles.jsonl from decisions.py
import json
from lib import docs
from decisions import S, HN, LOG
D = docs()
seen = set(); slugs = set()
with open('stories.jsonl', 'w', encoding='utf-8') as f:
    for slug, ids in S:
        assert slug not in slugs, slug; slugs.add(slug)
        for i, note in ids:
            assert i in D, i; assert i not in seen, i; seen.add(i)
            d = D[i]
            r = {'id': i, 'story': slug, 'outlet': d['outlet'], 'published': d['published'], 'title': d['title']}
            if note: r['note'] = note
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('hard_negatives.jsonl', 'w', encoding='utf-8') as f:
    for a, b, why in HN:
        assert a in slugs and b in slugs, (a, b)
        f.write(json.dumps({'story_a': a, 'story_b': b, 'why': why}, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for slug, ids in S:
        for i, _ in ids:
            f.write(json.dumps(D[i], ensure_ascii=False) + '\n')
with open('seed_log.txt', 'w', encoding='utf-8') as f:
    n = 0
    for k, i, dec in LOG:
        if dec.startswith('skipped'): f.write(f'{k}\t{i}\t{dec}\n')
        else: n += 1; f.write(f'{k}\t{i}\tstory {n}: {dec}\n')
print(len(S), 'stories', len(seen), 'articles', len(HN), 'hard negatives')
