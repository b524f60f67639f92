import json, re, datetime
ART = "/work/dev2/ant/articles/"
META = {}
for l in open(ART + "metadata.jsonl", encoding="utf-8"):
    m = json.loads(l); META[m["file"]] = m
WD = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
WDN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMW = re.compile(r"(واحد|اثن|اثنت|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|ألف|الف|آلاف|مليون|ملايين|مليار|تريليون|أول|الأول|ثان|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|نصف|ربع|ثلث|أولا|ضعف|اول|اولى|ثنت|إحدى)")
SCALE = re.compile(r"(ألف|الف|آلاف|مليون|ملايين|مليار|مليارات|تريليون)")
DIG = re.compile(r"[0-9٠-٩]")
MONTHS = ["يناير","فبراير","مارس","أبريل","ابريل","إبريل","مايو","يونيو","يوليو","أغسطس","سبتمبر","أكتوبر","نوفمبر","ديسمبر",
          "كانون","شباط","آذار","نيسان","أيار","آيار","حزيران","تموز","آب","أيلول","تشرين"]
DOCS = []   # (doc, [records])
def R(surface, kind, value=None, unit=None, q=None, noun=None, cls=None, add=(), res=None, note=None, scored=True, ctx=None, wd_fut=False):
    return dict(surface=surface, kind=kind, value=value, unit=unit, qualifier=q, counted_noun=noun, cls=cls, add=list(add),
                resolved=res, note=note, scored=scored, ctx=ctx, wd_fut=wd_fut)
def W(surface, q=None, fut=False, note=None, res=None, ctx=None, name=None):
    return R(surface, "weekday", name, None, q, None, [], (), res, note, True, ctx, fut)
def auto_classes(r):
    s, k = r["surface"], r["kind"]
    c = []
    if k == "money": c.append("money")
    if k == "percent": c.append("percent")
    if k == "ordinal": c.append("ordinal")
    if k == "range": c.append("range")
    if k == "fraction": c.append("fraction")
    if k == "identifier": c.append("identifier")
    if k == "clock_time": c.append("clock")
    if k == "date" and sum(1 for m in MONTHS if m in s) >= 2: c.append("date_twice")
    has_d = bool(DIG.search(s))
    if k in ("weekday", "relative_date", "vague"):
        return []
    sc = SCALE.search(s)
    if sc:
        rest = s.replace(sc.group(0), "")
        if has_d or NUMW.search(rest):
            c.append("compound")
        else:
            c.append("unit_alone")
    s2 = s
    for m in ("تشرين الأول","تشرين أول","تشرين الثاني","تشرين ثاني","كانون الأول","كانون أول","كانون الثاني","كانون ثاني"):
        s2 = s2.replace(m, "")
    if not has_d and NUMW.search(s2) and k not in ("year",):
        c.append("written_number")
    if k == "duration" and not has_d and not NUMW.search(s2) and not sc and not any(re.search(r"(ين|ان)$", t) for t in s.split()):
        c.append("unit_alone")
    return c
def build():
    out = []
    for doc, recs in DOCS:
        text = open(ART + doc, encoding="utf-8").read()
        pub = datetime.date.fromisoformat(META[doc]["published"])
        cur = 0
        for r in recs:
            s = r["surface"]
            if r["ctx"]:
                i = text.find(r["ctx"], cur)
                if i < 0: raise SystemExit(f"ctx not found {doc} {r['ctx']!r} after {cur}")
                j = text.find(s, i)
                if j < 0 or j > i + len(r["ctx"]): raise SystemExit(f"surface not in ctx {doc} {s!r}")
            else:
                j = text.find(s, cur)
                if j < 0: raise SystemExit(f"not found {doc} {s!r} after {cur}")
            start, end = j, j + len(s)
            cur = end
            cls = r["cls"] if r["cls"] is not None else auto_classes(r)
            cls = cls + [x for x in r["add"] if x not in cls]
            rec = dict(doc=doc, surface=s, start=start, end=end, kind=r["kind"], value=r["value"], unit=r["unit"],
                       qualifier=r["qualifier"], counted_noun=r["counted_noun"], line=text.count("\n", 0, start) + 1,
                       scored=r["scored"], note=r["note"], classes=cls)
            if r["kind"] == "weekday":
                name = None
                for w, n in WD.items():
                    if w in s: name = n
                rec["value"] = WDN[name]
                if r["resolved"]:
                    rec["resolved"] = r["resolved"]
                else:
                    d = pub
                    if r["wd_fut"]:
                        while d.weekday() != name: d += datetime.timedelta(days=1)
                    else:
                        while d.weekday() != name: d -= datetime.timedelta(days=1)
                    rec["resolved"] = d.isoformat()
                assert datetime.date.fromisoformat(rec["resolved"]).weekday() == name, rec
            elif r["resolved"] == "NONE":
                rec["resolved"] = None
            elif r["resolved"] is not None:
                rec["resolved"] = r["resolved"]
            elif r["kind"] in ("date", "relative_date"):
                raise SystemExit(f"missing resolved {doc} {s}")
            out.append(rec)
    return out
