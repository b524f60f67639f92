"""Sweep: list tokens that look numeric or temporal and that no numbers.jsonl record covers, and straight-quote
pairs covered by neither a quote nor a non-quote. Each hit is then checked by hand (see README)."""
import json, re, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
NUMW = r"(واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائة|ألف|آلاف|مليون|ملايين|مليار|أول|ثاني|ثالث|رابع|نصف|ربع|ثلث|" \
       r"يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|الاثنين|الإثنين|الثلاثاء|الأربعاء|" \
       r"الخميس|الجمعة|السبت|الأحد|أمس|امس|غد|اليوم|الماضي|المقبل|القادم|الحالي|الجاري|عام|سنة|سنوات|أسبوع|شهر|أشهر|ساعة|ساعات|دقيقة|ين\b|تين\b)"
nums = [json.loads(l) for l in open(os.path.join(HERE, "numbers.jsonl"), encoding="utf-8")]
qs = [json.loads(l) for l in open(os.path.join(HERE, "quotes.jsonl"), encoding="utf-8")]
nqs = [json.loads(l) for l in open(os.path.join(HERE, "non_quotes.jsonl"), encoding="utf-8")]
for path in sorted(glob.glob(os.path.join(HERE, "articles", "*.txt"))):
    doc = os.path.basename(path)
    text = open(path, encoding="utf-8", newline="").read()
    cov = [(r["start"], r["end"]) for r in nums if r["doc"] == doc]
    for m in re.finditer(r"\S+", text):
        w = m.group()
        if (re.search(r"\d", w) or re.search(NUMW, w)) and not any(a < m.end() and m.start() < b for a, b in cov):
            print(doc[:30], "NUM?", w)
    spans = [(r["start"], r["end"]) for r in qs + nqs if r["doc"] == doc]
    for m in re.finditer(r'"([^"\n]*)"', text):
        if not any(a <= m.start(1) and m.end(1) <= b or (a <= m.start() and m.end() <= b) for a, b in spans):
            print(doc[:30], "PAIR?", m.group()[:60])
