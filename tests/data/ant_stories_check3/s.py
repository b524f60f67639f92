# search: python3 s.py DATE|ID [-d DAYS] [-t] REGEX [REGEX ...]  -> articles within +-DAYS whose title(+text) match ALL regexes
import sys, re, datetime
from lib import docs, date
import os
USED=set(l.strip() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'used_ids.txt')))
a=sys.argv[1:]; days=3; title_only=False
D=docs()
center=a.pop(0)
c=date(D[center]['published']) if center in D else date(center)
while a and a[0].startswith('-'):
    o=a.pop(0)
    if o=='-d': days=int(a.pop(0))
    elif o=='-t': title_only=True
rx=[re.compile(r) for r in a]
hits=[]
for i,d in D.items():
    if abs((date(d['published'])-c).days)>days: continue
    s=d['title'] if title_only else d['title']+'\n'+d['text']
    if all(r.search(s) for r in rx):
        n=sum(len(r.findall(s)) for r in rx)
        hits.append((d['published'],i,n,d['title']))
for p,i,n,t in sorted(hits):
    print(f"{i:40s} {n:3d} {'USED ' if i in USED else ''}{t}")
print(len(hits),'hits')
