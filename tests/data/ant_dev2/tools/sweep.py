import json, re, glob, os, datetime
ART="/work/dev2/ant/articles/"
recs=[json.loads(l) for l in open("/work/dev2/ant/numbers.jsonl",encoding="utf-8")]
by={}
for r in recs: by.setdefault(r["doc"],[]).append(r)
# checks
for d,rs in by.items():
    t=open(ART+d,encoding="utf-8").read()
    rs.sort(key=lambda r:r["start"])
    for r in rs:
        assert t[r["start"]:r["end"]]==r["surface"], r
        assert t.count("\n",0,r["start"])+1==r["line"]
    for a,b in zip(rs,rs[1:]):
        if b["start"]<a["end"]: print("OVERLAP",d,a["surface"],b["surface"])
PAT=re.compile(r"[0-9٠-٩]|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|ألف|آلاف|مليون|ملايين|مليار|أول|ثان|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|نصف|ربع|ثلث|ضعف|مرة|يوم|أسبوع|شهر|عام|سنة|سنوات|ساعة|دقيقة|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|أمس|غد|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الماضي|المقبل|الجاري|الحالي|عدة|عشرات|مئات|ين$|ان$|تا$|تي$")
for f in sorted(glob.glob(ART+"*.txt")):
    d=os.path.basename(f); t=open(f,encoding="utf-8").read()
    cov=[(r["start"],r["end"]) for r in by.get(d,[])]
    miss=[]
    for m in re.finditer(r"\S+",t):
        w=m.group(0).strip('.,،:؛"«»()[]!?-')
        if PAT.search(w) and not any(s<=m.start()<e or s<m.end()<=e for s,e in cov):
            miss.append(w)
    print(d, len(by.get(d,[])), "|", " ".join(miss))
