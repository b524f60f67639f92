import json, datetime
CORPUS='/work/ant/ant.jsonl'
_docs=None
def docs():
    global _docs
    if _docs is None:
        _docs={}
        for l in open(CORPUS,encoding='utf-8'):
            d=json.loads(l); _docs[d['id']]=d
    return _docs
def date(s): return datetime.date.fromisoformat(s[:10])
