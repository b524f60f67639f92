import os
SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')  # tests/data
# python3 used.py ID... -> which ids are already in the dev gold or the first check set (with their story)
import json, sys
U={}
for f in (os.path.join(SETS, 'ant_stories/stories.jsonl'),os.path.join(SETS, 'ant_stories_check/stories.jsonl')):
    for l in open(f):
        r=json.loads(l); U[r['id']]=f.split('/')[-2]+':'+r['story']
for i in sys.argv[1:]:
    if i in U: print(i, U[i])
