import os
SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')  # tests/data
# Checks the fourth check set against the corpus and prints its stats.
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
from lib import is_excluded
bad = [i for i in ids if is_excluded(i)]
print('ids (or URLs) shared with the earlier sets (excluded_ids.txt):', len(bad))
assert not bad, bad
for f in ('ant_stories', 'ant_stories_check', 'ant_stories_check2', 'ant_stories_check3'):
    p = os.path.join(SETS, f, 'stories.jsonl')
    if os.path.exists(p):
        other = set(json.loads(l)['id'] for l in open(p))
        assert not set(ids) & other, (f, sorted(set(ids) & other))
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
# seed log: every taken seed is in its story; one story per taken seed
seedst = []
for l in open('seed_log.txt', encoding='utf-8'):
    k, i, dec = l.rstrip('\n').split('\t')
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
