DOC = "CN-sport-349-20180814"
MID = dict(speaker="أحمد حسام", type="person", side="other")
QUOTES = [
    dict(kind="indirect", text="مباراة بين نجوم مصر ونجوم العالم بحضور 70 ألف متفرج", sp="ميدو", ref="name", cue="يكشف", complement="nominal",
         region="headline", borderline=True,
         notes="headline كشف عن + an event with its claimed attendance: event announcement, borderline (alternative: topic-only, no record)", **MID),
    dict(kind="indirect", text="مباراة سيخوضها رفقة عدد من النجوم المصريين السابقين، في مواجهة عدد من نجوم العالم السابقين أيضاً",
         sp="النجم المصري أحمد حسام (ميدو)", cue="أعلن", complement="nominal", borderline=True,
         notes="أعلن عن + an event: event announcement, borderline; the following بمباراة قال إنها ... is its own record", **MID),
    dict(kind="indirect", text="ستشهد حضوراً جماهيرياً يصل إلى 70 ألف متفرج", cue="قال", cue_ctx="بمباراة قال", complement="clause",
         ante="أحمد حسام (ميدو)", notes="relative clause مباراة قال إنها (إنها left out); zero subject", **MID),
    dict(kind="indirect", text="سيخوض مباراة رفقة عصام الحضري وحسام وإبراهيم حسن وهاني رمزي وحازم إمام ومحمد بركات وغيرهم من النجوم، ضد نجوم العالم المعتزلين",
         sp="ميدو", sp_ctx="قال ميدو", cue="قال", cue_ctx="قال ميدو", complement="clause",
         notes="إنه left out; channel في تغريدة نشرها عبر صفحته ... تويتر left out", **MID),
    dict(kind="indirect", text="الفريق الآخر سيضم كل من فرانشيسكو توتي وروبيرتو كارلوس ورونالدينيو ومايكل بالاك وريفالدو وغيرهم",
         sp="اللاعب المصري السابق", ref="description", cue="وكشف", complement="clause", **MID),
    dict(kind="indirect", text="يصل الحضور الجماهيري للمباراة إلى 70 ألف متفرج", sp="ميدو", sp_ctx="لم يحدد ميدو", ref="pronoun", cue="توقع",
         complement="clause",
         notes="إلا أنه توقع أن ..., حسبما قال في نفس التغريدة: the forecast is explicitly reported speech (حسبما قال), so not borderline; "
               "the negated لم يحدد ... مكان إقامة اللقاء gets no record", **MID),
]
NON_QUOTES = [
    dict(text="البريميرليغ", reason="league name (teaser)"),
]
SEASON = "2018/2019"
NUMBERS = [
    dict(surface="70 ألف متفرج", kind="count", value=70000, noun="متفرج", note="headline: بحضور 70 ألف متفرج"),
    dict(surface="70 ألف متفرج", ctx="يصل إلى 70 ألف متفرج.", kind="count", value=70000, noun="متفرج", qualifier="at_most",
         note="حضوراً جماهيرياً يصل إلى 70 ألف (the verb out): up to"),
    dict(surface="70 ألف متفرج", ctx="للمباراة إلى 70", kind="count", value=70000, noun="متفرج", qualifier="at_most",
         note="توقع أن يصل الحضور ... إلى 70 ألف (the verb out)"),
    dict(surface="الأول", ctx="الهدف الأول له", kind="ordinal", value=1, noun="هدف", note="teaser"),
    dict(surface="الموسم الحالي", kind="relative_date", value=0, unit="season", resolved=SEASON, note="teaser; خلال الموسم الحالي"),
    dict(surface="الأولى", ctx="المباراة الأولى", kind="ordinal", value=1, noun="مباراة", note="teaser"),
    dict(surface="الدقائق الأخيرة", kind="vague", unit="minute", qualifier="last", scored=False, note="teaser; the last minutes of the match"),
    dict(surface="أول", ctx="في أول قمم", kind="ordinal", value=1, noun="قمة", note="teaser"),
    dict(surface="الموسم الجديد", kind="relative_date", value=0, unit="season", resolved=SEASON, note="teaser; the new (current) season"),
    dict(surface="هدفين", kind="count", value=2, noun="هدف", note="بهدفين نظيفين (clitic ب out); indefinite dual"),
    dict(surface="الأولى", ctx="في الجولة الأولى\n", kind="ordinal", value=1, noun="جولة", note="teaser"),
    dict(surface="الموسم الحالي", ctx="أهدافه بالموسم الحالي", kind="relative_date", value=0, unit="season", resolved=SEASON,
         note="teaser; بالموسم الحالي (clitic out)"),
    dict(surface="الأول", ctx="الهدف الأول لليفربول", kind="ordinal", value=1, noun="هدف", note="teaser"),
    dict(surface="الأولى", ctx="الجولة الأولى من الموسم", kind="ordinal", value=1, noun="جولة", note="teaser"),
    dict(surface="الموسم الحالي", ctx="من الموسم الحالي من", kind="relative_date", value=0, unit="season", resolved=SEASON, note="teaser"),
    dict(surface="الأول", ctx="ليكون الأول", kind="ordinal", value=1, noun="هدف", classes=["elided_noun"], note="teaser; the first (goal) for his new club"),
    dict(surface="الجمعة", kind="weekday", value="Friday", note="teaser; the most recent Friday (10 August)"),
    dict(surface="أول", ctx="أول لاعب", kind="ordinal", value=1, noun="لاعب", note="teaser"),
]
