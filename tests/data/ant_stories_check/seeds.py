# Seed order: random.Random(2030) shuffle over the sorted ids of articles not in the dev story gold with text >= 600 chars
import json, random, sys
from lib import docs
dev=set(json.loads(l)['id'] for l in open('/work/main/tests/data/ant_stories/stories.jsonl'))
D=docs()
pool=sorted(i for i,d in D.items() if i not in dev and len(d['text'])>=600)
rng=random.Random(2030)
order=pool[:]; rng.shuffle(order)
if __name__=='__main__':
    a=int(sys.argv[1]); b=int(sys.argv[2])
    print('pool',len(pool))
    for k in range(a,b):
        d=D[order[k]]
        print(k, d['id'], d['published'], d['title'])
        print('   ', d['text'][len(d['title'])+1:][:250].replace('\n',' '))
