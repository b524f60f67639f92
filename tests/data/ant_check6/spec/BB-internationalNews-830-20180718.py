DOC = "BB-internationalNews-830-20180718"
CLI = dict(speaker="كليف ريتشارد", type="person", side="other")
BBC = dict(speaker="بي بي سي", type="media", side="other")
ANZ = dict(speaker="فران أنزورث", type="person", side="other")
JUD = dict(speaker="قاضي المحكمة العليا", type="person", side="United Kingdom")
QUOTES = [
    dict(kind="mixed", text='تغطية بي بي سي لمداهمة الشرطة لمنزله عام 2014، والتي كانت ضمن تحقيق في مزاعم متعلقة باعتداء جنسي على طفل، كانت "انتهاكا صارخا" للخصوصية',
         sp="ريتشارد", sp_ctx="وقال ريتشارد", cue="وقال", complement="clause", fragments=["انتهاكا صارخا"],
         notes="قال ... أن (sic for إن); the next sentence ولم يُقبض ... is the writer's", **CLI),
    dict(kind="indirect", text="الصحفيين تصرفوا بحسن نية", sp="بي بي سي", sp_ctx="وقالت بي بي سي", cue="وقالت", complement="clause", **BBC),
    dict(kind="indirect", text="تفكر في استئناف الحكم", cue="مشيرة", complement="clause", ante="بي بي سي", ante_ctx="وقالت بي بي سي",
         notes="participle cue; أنها left out", **BBC),
    dict(kind="direct", text="لو نظرنا إلى الوراء، سنكتشف أن هناك أشياء كان يجب أن نفعلها بشكل مختلف",
         sp="مديرة الأخبار في بي بي سي، فران أنزورث", cue="وقالت", complement="quote",
         notes="the apology اعتذرت ... للسير كليف is an act with no content, no record", **ANZ),
    dict(kind="mixed", text='القضية تمثل "تحولا كبيرا" ضد حرية الصحافة، وأن "المبدأ الهام" المتعلق بحق الجمهور في المعرفة بات على المحك',
         cue="أشارت", complement="clause", ante="فران أنزورث", fragments=["تحولا كبيرا", "المبدأ الهام"],
         notes="لكنها أشارت: coordinated main verb, its own record; coordinated أن-clauses in one record", **ANZ),
    dict(kind="mixed", text='بي بي سي قد انتهكت حقوق الخصوصية المتعلقة بالسير كليف بطريقة "سافرة" و "تهدف للإثارة"',
         sp="قاضي المحكمة العليا", sp_ctx="قال قاضي", cue="قال", cue_ctx="قال قاضي", complement="clause",
         fragments=["سافرة", "تهدف للإثارة"], notes="the judge is not named; وفي حكمه (the ruling as channel) left out", **JUD),
    dict(kind="indirect", text="تقريرها، الذي تضمن لقطات صورتها مروحية، كان مبررا بموجب حقوق حرية التعبير والصحافة",
         sp="بي بي سي", sp_ctx="ادعاء بي بي سي", cue="ادعاء", complement="clause",
         notes="noun cue ادعاء ... بأن (بأن left out) under the judge's رفض, an action verb that gets no record; the claim is BBC's", **BBC),
    dict(kind="mixed", text='أي مشتبه به في أي تحقيق تجريه الشرطة "يتوقع حدا معينا من الخصوصية"', sp="القاضي", ref="description",
         cue="وقال", cue_ctx="وقال القاضي", complement="clause", fragments=["يتوقع حدا معينا من الخصوصية"], **JUD),
    dict(kind="mixed", text='"سعيد للغاية" بهذا الحكم', sp="السير كليف", sp_ctx="قال السير كليف", cue="قال", cue_ctx="قال السير كليف",
         complement="clause", fragments=["سعيد للغاية"], notes="إنه left out; addressee لبي بي سي left out", **CLI),
    dict(kind="direct", text="إنها أخبار رائعة", cue="مضيفا", complement="quote", ante="السير كليف", ante_ctx="قال السير كليف",
         notes="participle cue; إنها inside the marks is kept", **CLI),
    dict(kind="indirect", text="تعرض لاعتداء جنسي من قبل السير كليف عام 1985 عندما كان طفلاً", speaker="رجل", sp="لرجل", ref="description",
         cue="زعم", type="anonymous", side="other", complement="clause",
         notes="relative clause رجل زعم أنه (أنه left out) inside the writer's narration; the mention includes the clitic ل"),
]
NON_QUOTES = [
    dict(text="بي بي سي", ctx='البريطانية "بي بي سي"', reason="acronym gloss of هيئة الإذاعة البريطانية"),
    dict(text="بي بي سي", ctx='تقدم "بي بي سي"', reason="outlet name in marks"),
    dict(text="تهانينا", reason="song title (Congratulations)"),
]
NUMBERS = [
    dict(surface="210 ألف جنيه استرليني", kind="money", value=210000, unit="GBP"),
    dict(surface="عام 2014", kind="year", value=2014, note="inside quote"),
    dict(surface="190 ألف جنيه استرليني", kind="money", value=190000, unit="GBP", note="بقيمة (clitic ب out)"),
    dict(surface="20 ألف جنيه استرليني", kind="money", value=20000, unit="GBP", note="20 ألف جنيه استرليني إضافية"),
    dict(surface="65 في المئة", kind="percent", value=65, unit="percent"),
    dict(surface="190 ألف جنيه استرليني", ctx="التعويض البالغ", kind="money", value=190000, unit="GBP"),
    dict(surface="35 في المئة", kind="percent", value=35, unit="percent", note="نسبة 35 في المئة المتبقية"),
    dict(surface="400 ألف جنيه استرليني", kind="money", value=400000, unit="GBP"),
    dict(surface="77 عاماً", kind="duration", value=77, unit="year", note="age: البالغ من العمر 77 عاماً"),
    dict(surface="أغسطس/آب عام 2014", kind="date", value="2014-08", resolved="2014-08", classes=["date_twice"], note="في أغسطس/آب عام 2014"),
    dict(surface="عام 1985", kind="year", value=1985, note="inside quote"),
]
