# search: python3 s.py DATE|ID [-d DAYS] [-t] [-l] REGEX [REGEX ...]  -> articles within +-DAYS whose title(+text) match ALL regexes
# (X marks an excluded article: in an earlier set; -l prints the start of each lead)
import sys, re, datetime
from lib import docs, date, is_excluded
a=sys.argv[1:]; days=3; title_only=False; lead=False
D=docs()
center=a.pop(0)
c=date(D[center]['published']) if center in D else date(center)
while a and a[0].startswith('-'):
    o=a.pop(0)
    if o=='-d': days=int(a.pop(0))
    elif o=='-t': title_only=True
    elif o=='-l': lead=True
rx=[re.compile(r) for r in a]
hits=[]
for i,d in D.items():
    if abs((date(d['published'])-c).days)>days: continue
    s=d['title'] if title_only else d['title']+'\n'+d['text']
    if all(r.search(s) for r in rx):
        n=sum(len(r.findall(s)) for r in rx)
        hits.append((d['published'],i,n,d['title']))
for p,i,n,t in sorted(hits):
    print(f'{"X" if is_excluded(i) else " "} {i:36s} {n:3d} {t}')
    if lead: print('      ', D[i]['text'][len(D[i]['title'])+1:][:160].replace('\n',' '))
print(len(hits),'hits')
