import os
SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')  # tests/data
# Checks the check set against the corpus and prints its stats.
import json, collections
from lib import docs
D = docs()
S = [json.loads(l) for l in open('stories.jsonl', encoding='utf-8')]
H = [json.loads(l) for l in open('hard_negatives.jsonl', encoding='utf-8')]
A = [json.loads(l) for l in open('articles.jsonl', encoding='utf-8')]
ids = [r['id'] for r in S]
assert len(ids) == len(set(ids)), 'repeated id'
for r in S:
    d = D[r['id']]
    assert (r['outlet'], r['published'], r['title']) == (d['outlet'], d['published'], d['title']), r['id']
    assert set(r) <= {'id', 'story', 'outlet', 'published', 'title', 'note'}, r
stories = collections.OrderedDict()
for r in S: stories.setdefault(r['story'], []).append(r)
for h in H:
    assert h['story_a'] in stories and h['story_b'] in stories and h['story_a'] != h['story_b'], h
pairs = [frozenset((h['story_a'], h['story_b'])) for h in H]
assert len(pairs) == len(set(pairs)), 'repeated pair'
assert [a['id'] for a in A] == ids, 'articles.jsonl must hold exactly the judged articles, in order'
for a in A: assert a == D[a['id']], a['id']
dev = set(json.loads(l)['id'] for l in open(os.path.join(SETS, 'ant_stories/stories.jsonl')))
print('ids shared with the dev gold:', len(set(ids) & dev))
used = set(l.strip() for l in open('used_ids.txt', encoding='utf-8') if l.strip())
assert not set(ids) & used, sorted(set(ids) & used)
print('ids shared with used_ids.txt (all earlier sets):', len(set(ids) & used))
print(len(stories), 'stories,', len(S), 'articles,', len(H), 'hard negatives')
sizes = collections.Counter(len(v) for v in stories.values())
print('story sizes:', ', '.join(f'{n} of {k}' for k, n in sorted(sizes.items())))
nout = collections.Counter(len({r['outlet'] for r in v}) for v in stories.values())
print('outlets per story:', ', '.join(f'{k}: {n}' for k, n in sorted(nout.items())))
months = collections.Counter(min(r['published'] for r in v)[:7] for v in stories.values())
print('stories by month of first article:', ', '.join(f'{k} {n}' for k, n in sorted(months.items())))
print('articles by section:', dict(collections.Counter(D[i]['section'] for i in ids).most_common()))
print('articles by outlet:', dict(collections.Counter(D[i]['id'][:2] for i in ids).most_common()))
print('notes:', sum(1 for r in S if 'note' in r), '(duplicates:', sum(1 for r in S if 'duplicate' in r.get('note', '')), ')')
inhn = {s for p in pairs for s in p}
print('stories in a hard-negative pair:', len(inhn), 'of', len(stories))
print('OK')
# seed log: every taken seed is in its story; seeds are the draw of seeds.py in order
from seeds import order
seedst = []
for l in open('seed_log.txt', encoding='utf-8'):
    k, i, dec = l.rstrip('\n').split('\t')
    assert order[int(k)] == i, (k, i)
    if dec.startswith('story'):
        slug = dec.split(': ', 1)[1]
        assert any(r['id'] == i for r in stories[slug]), (i, slug)
        seedst.append(slug)
assert len(seedst) == len(set(seedst))
N = len(seedst)
ss = collections.Counter(len(stories[s]) for s in seedst)
print(f'seed stories: {N}; sizes:', ', '.join(f'{n} of {k}' for k, n in sorted(ss.items())),
      '; with 2+ outlets:', sum(1 for s in seedst if len({r['outlet'] for r in stories[s]}) > 1))
print('seed log OK')
