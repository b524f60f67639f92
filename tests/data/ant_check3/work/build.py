import json, re, datetime, collections
import b1,b2,b3
from lib import R, txt
R.sort(key=lambda r:(r['doc'],r['start']))
# checks
wd={'Monday':0,'Tuesday':1,'Wednesday':2,'Thursday':3,'Friday':4,'Saturday':5,'Sunday':6}
prev=None
for r in R:
    t=txt(r['doc']); assert t[r['start']:r['end']]==r['surface']
    assert r['line']==t[:r['start']].count('\n')+1
    if r['kind']=='weekday':
        assert datetime.date.fromisoformat(r['resolved']).weekday()==wd[r['value']], r
    if r['kind'] in ('date','weekday','relative_date'): assert 'resolved' in r, r
    if prev and prev['doc']==r['doc']: assert prev['end']<=r['start'], (prev,r)
    prev=r
    b=t[r['start']-1:r['start']]; a=t[r['end']:r['end']+1]
    if (a.isalpha() and r['kind']!='count') or (b.isalpha() and b not in 'وبلف'): print('BOUNDARY',repr(b),r['surface'],repr(a),r['doc'],r['start'])
keys=['doc','surface','start','end','kind','value','unit','qualifier','counted_noun','line','scored','note','classes']
with open('/work/heldout3/ant/numbers.jsonl','w',encoding='utf-8') as f:
    for r in R:
        o={k:r[k] for k in keys}
        if 'resolved' in r: o['resolved']=r['resolved']
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(R), 'docs', len({r['doc'] for r in R}))
print(collections.Counter(r['kind'] for r in R if r['scored']), collections.Counter(r['kind'] for r in R if not r['scored']))
# sweep
import os
D='/work/heldout3/ant/articles/'
pat=re.compile(r'[0-9٠-٩]|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|ألف|الف|مليون|مليار|أول|اول|ثاني|ثالث|رابع|سادس|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|كانون|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|اليوم|أمس|غد|الماضي|المقبل|الجاري|الحالي|عام|سنة|سنوات|شهر|أسبوع|يوم|ساعة|دقيقة|نصف|ربع|ثلث|ضعف|عشرات|مئات|آلاف|ملايين|عدة|(ين|تين|تان|ان|تي|ا)$')
for doc in sorted(os.listdir(D)):
    if not doc.endswith('.txt'): continue
    t=txt(doc); cov=[(r['start'],r['end']) for r in R if r['doc']==doc]
    out=[]
    for m in re.finditer(r'\S+',t):
        if any(s<m.end() and m.start()<e for s,e in cov): continue
        w=m.group()
        if pat.search(w.strip('.,،:"()')): out.append(w)
    print('##',doc,' '.join(out))
