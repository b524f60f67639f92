import json, datetime
import os
CORPUS = os.environ.get('ANT_JSONL', 'ant.jsonl')  # the output of scripts/ant_corpus.py
_docs=None
def docs():
    """The corpus by id. ANT holds some articles twice, under two DOCNOs (two sections), and the
    conversion keeps the first by URL: a judged article kept under its other id is found by its URL."""
    global _docs
    if _docs is None:
        _docs, by_url = {}, {}
        for l in open(CORPUS,encoding='utf-8'):
            d=json.loads(l); _docs[d['id']]=d; by_url[d['url']]=d
        judged = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'articles.jsonl')
        for l in open(judged, encoding='utf-8'):
            a = json.loads(l)
            if a['id'] not in _docs and a['url'] in by_url:
                _docs[a['id']] = dict(by_url[a['url']], id=a['id'], section=a['section'])
    return _docs
def date(s): return datetime.date.fromisoformat(s[:10])
