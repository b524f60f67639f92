import os
# Seed order: random.Random(3407) shuffle over the sorted ids of corpus articles not in used_ids.txt
# (the ids of all earlier sets) with text >= 600 chars
import json, random, sys
from lib import docs
HERE = os.path.dirname(os.path.abspath(__file__))
used = set(l.strip() for l in open(os.path.join(HERE, 'used_ids.txt')) if l.strip())
D = docs()
pool = sorted(i for i, d in D.items() if i not in used and len(d['text']) >= 600)
rng = random.Random(3407)
order = pool[:]; rng.shuffle(order)
if __name__ == '__main__':
    a = int(sys.argv[1]); b = int(sys.argv[2])
    print('pool', len(pool))
    for k in range(a, b):
        d = D[order[k]]
        print(k, d['id'], d['published'], d['title'])
        print('   ', d['text'][len(d['title'])+1:][:250].replace('\n', ' '))
