import json, os
D='/work/heldout3/ant/articles/'
R=[]
_cache={}
def txt(doc):
    if doc not in _cache: _cache[doc]=open(D+doc,encoding='utf-8').read()
    return _cache[doc]
def A(doc, surface, kind, value, unit=None, q=None, noun=None, note=None, cl=None, res=None, scored=True, after=None, n=1):
    t=txt(doc); pos=0
    if after is not None:
        pos=t.index(after)
    s=pos-1
    for _ in range(n):
        s=t.index(surface, s+1)
    r=dict(doc=doc,surface=surface,start=s,end=s+len(surface),kind=kind,value=value,unit=unit,qualifier=q,counted_noun=noun,
           line=t.count('\n',0,s)+1,scored=scored,note=note,classes=cl or [])
    if res is not None: r['resolved']=res
    R.append(r)
