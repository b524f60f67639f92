# Seed order: random.Random(3541) shuffle over the sorted ids of articles not excluded (not in excluded_ids.txt, URL
# not one of theirs) with text >= 600 chars
import json, random, sys
from lib import docs, is_excluded
D=docs()
pool=sorted(i for i,d in D.items() if not is_excluded(i) and len(d['text'])>=600)
rng=random.Random(3541)
order=pool[:]; rng.shuffle(order)
if __name__=='__main__':
    a=int(sys.argv[1]); b=int(sys.argv[2])
    print('pool',len(pool))
    for k in range(a,b):
        d=D[order[k]]
        print(k, d['id'], d['published'], d['title'])
        print('   ', d['text'][len(d['title'])+1:][:250].replace('\n',' '))
