import json, datetime
import os, glob
CORPUS = os.environ.get('ANT_JSONL', 'ant.jsonl')  # the output of scripts/ant_corpus.py
HERE = os.path.dirname(os.path.abspath(__file__))
_docs=None
def docs():
    """The corpus by id. ANT holds some articles twice, under two DOCNOs (two sections), and the
    conversion keeps the first by URL: a judged article kept under its other id is found by its URL."""
    global _docs
    if _docs is None:
        _docs, by_url = {}, {}
        for l in open(CORPUS,encoding='utf-8'):
            d=json.loads(l); _docs[d['id']]=d; by_url[d['url']]=d
        judged = os.path.join(HERE, 'articles.jsonl')
        for l in open(judged, encoding='utf-8'):
            a = json.loads(l)
            if a['id'] not in _docs and a['url'] in by_url:
                _docs[a['id']] = dict(by_url[a['url']], id=a['id'], section=a['section'])
    return _docs
def date(s): return datetime.date.fromisoformat(s[:10])
_ex=None
def excluded():
    """(ids, urls) of every earlier set: excluded_ids.txt (the 2,159 ids of /work/notes/s35/used_ids.txt, the dev gold,
    the three earlier check sets and the other annotation sets) and their URLs (from the corpus, or from the
    articles.jsonl of the sets in tests/data for an id the conversion kept under another DOCNO)."""
    global _ex
    if _ex is None:
        ids = set(l.strip() for l in open(os.path.join(HERE, 'excluded_ids.txt')) if l.strip())
        D = docs(); urls = {D[i]['url'] for i in ids if i in D}
        for f in glob.glob(os.path.join(HERE, '..', '*', '*.jsonl')):
            if os.path.dirname(os.path.abspath(f)) == HERE: continue
            for l in open(f, encoding='utf-8'):
                try: a = json.loads(l)
                except ValueError: continue
                if isinstance(a, dict) and a.get('id') in ids and 'url' in a: urls.add(a['url'])
        _ex = (ids, urls)
    return _ex
def is_excluded(i):
    ids, urls = excluded(); D = docs()
    return i in ids or (i in D and D[i]['url'] in urls)
