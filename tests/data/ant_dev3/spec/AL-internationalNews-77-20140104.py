DOC = "AL-internationalNews-77-20140104"
ERE = dict(speaker="صائب عريقات", type="person", side="Palestine")
NET = dict(speaker="بنيامين نتنياهو", type="person", side="Israel")
QUOTES = [
    dict(kind="indirect", text='ضرورة بقاء الجيش "الإسرائيلي" في الأغوار لمقتضيات أمنية', speaker='الوفد الإسرائيلي',
         sp='الوفد "الإسرائيلي"', ref="description", cue="دافع", type="group", complement="nominal", borderline=True,
         side="Israel",
         notes="دافع عن ضرورة: a stance (argued for), borderline (dev2 leaves دافع عن + a person out); the marks around الإسرائيلي are the writer's scare quotes, so the record stays indirect; the following رفض and اقترح are action verbs, no record"),
    dict(kind="direct", text='نتنياهو قال إنه يريد أن يبقى في الغور (40) عاماً، وأنا أقول إن الأرباح التي تجنيها "إسرائيل" من الاستيلاء على الأرض والمياه في الغور تجعل "إسرائيل" ترغب في البقاء "400 عام"',
         sp="صائب عريقات", sp_ctx="قال صائب", cue="قال", cue_ctx="قال صائب", complement="quote", unbalanced=True,
         notes="the opening mark has no closing mark of its own (the last mark closes \"400 عام\"); the quote is taken to run to the end of its sentence (the !); the nested نتنياهو قال إنه gets no record; place/occasion في جولة له ... left out",
         **ERE),
    dict(kind="indirect", text="أرباح مجلس المستوطنات في العام 2012 فقط بلغت (612) مليون دولار", sp="عريقات", sp_ctx="وذكر عريقات",
         cue="وذكر", complement="clause", **ERE),
    dict(kind="direct", text="انظروا إلى المستوطنات في الغور، إنها لا تشبه المستوطنات في الضفة الغربية، إنها مشاريع استثمارية بحتة",
         cue="وأضاف", cue_ctx="وأضاف: \"انظروا", complement="quote", ante="عريقات", ante_ctx="وذكر عريقات", **ERE),
    dict(kind="indirect", text="الغور لم تعد له أهمية أمنية، في ظل تطور التكنولوجيا العسكرية والمتغيرات الدولية والإقليمية",
         speaker='أكثر من قائد أمني إسرائيلي', sp='أكثر من قائد أمني "إسرائيلي"', ref="description", cue="صرح",
         type="anonymous", complement="clause", side="Israel",
         notes="concessive وبالرغم من أن ... صرح بأن; بأن left out; the writer's scare marks in the mention are a non-quote"),
    dict(kind="mixed", text='يوافق على حل "دولتين لشعبين"', sp="نتنياهو", sp_ctx="يكذب نتنياهو", cue="ويعلن",
         complement="clause", fragments=["دولتين لشعبين"],
         notes="the writer frames it (يكذب ... ويعلن) but it reports Netanyahu's statement; the quoted slogan is a fragment (alternative: label, indirect)",
         **NET),
    dict(kind="mixed", text='"يشكل خطوة استباقية لاحتمال أن تعلن السلطة الفلسطينية، في المستقبل، بصورة أحادية الجانب عن قيام دولة فلسطينية"',
         speaker="اللجنة الوزارية المكلفة بسن القوانين في حكومة بنيامين نتنياهو", ref="pronoun", cue="جاء في حيثياته",
         type="document-issuer", complement="quote", ante="القرار", ante_ctx="صاغوا القرار", side="Israel",
         fragments=["يشكل خطوة استباقية لاحتمال أن تعلن السلطة الفلسطينية، في المستقبل، بصورة أحادية الجانب عن قيام دولة فلسطينية"],
         notes="the decision's preamble (حيثياته) stands for its issuer, the ministerial committee that approved it (alternative: ممن صاغوا القرار, the drafters)"),
    dict(kind="direct", text='إن منطقة الأغوار خط أحمر، وإذا ما قام "الإسرائيليون" بضمها فلن نسمح لها بذلك', speaker="محمود عباس",
         sp="الرئيس محمود عباس", cue="قال", cue_ctx="قال الرئيس محمود", complement="quote", side="Palestine",
         notes="إن inside the marks kept; the circumstantial phrases before قال left out"),
    dict(kind="direct", text="ولكل حادث حديث", speaker="محمود عباس", cue="وأضاف", cue_ctx="وأضاف: \"ولكل", complement="quote",
         ante="محمود عباس", side="Palestine", notes="the leading و is inside the marks and kept; the writer's later mention \"لكل حادث حديث\" is a non-quote"),
    dict(kind="mixed", text='القرار تدميراً "لجهود السلام"', sp="صائب عريقات", sp_ctx="أما صائب", cue="فاعتبر", complement="clause",
         fragments=["لجهود السلام"], classes=["object_predicate"], notes="اعتبر X \"Y\": the object is kept", **ERE),
    dict(kind="direct", text="إن مجرد ضم الأغوار بهذه الطريقة، هو دليل على أن حكومة نتنياهو تضرب القانون الدولي بعرض الحائط",
         cue="وقال", cue_ctx="وقال: \"إن مجرد", complement="quote", ante="صائب عريقات", ante_ctx="أما صائب", **ERE),
    dict(kind="mixed", text='اللجوء إلى المؤسسات الدولية لأن ذلك هو "السبيل الوحيد"', cue="ودعا", complement="nominal",
         ante="صائب عريقات", ante_ctx="أما صائب", fragments=["السبيل الوحيد"], notes="دعا الى (preposition left out)", **ERE),
]
SCARE = "the writer's scare quotes (distancing), not speech"
LABEL = "label or term in the writer's text, not speech"
NON_QUOTES = []   # filled by nq_auto() below: every mark pair outside the quote spans
REASONS = {"إسرائيل": SCARE, "الإسرائيلي": SCARE, "الإسرائيليون": SCARE, "الإسرائيلية": SCARE, "إسرائيلي": SCARE,
           "الخطة الأمنية": "name of Kerry's plan (ما سماها), a label, not annotated as a quote",
           "الأمن والحدود": LABEL, "الأمن الإسرائيلي": LABEL, "أمن إسرائيل": SCARE, "النظرية الأمنية": LABEL,
           "قضايا الوضع النهائي": LABEL, "عملية سلام": SCARE, "دولة مراقب": "status label, not speech",
           "المجتمع الدولي": SCARE, "الدولة الفلسطينية": SCARE, "لكل حادث حديث": "the writer's mention of Abbas's words (a question about them), not a new quote",
           "طريقة": "the writer's word mention, not speech", "الخليج": "newspaper name, not speech"}
NUMBERS = [
    dict(surface="عقود", kind="vague", unit="decade", qualifier="plural_unspecified", scored=False, note="منذ عقود: for decades"),
    dict(surface="يونيو/حزيران 1967", kind="date", value="1967-06", resolved="1967-06", classes=["date_twice"], note="حرب يونيو/حزيران 1967"),
    dict(surface="إحدى", ctx="في إحدى جولاته", kind="count", value=1, noun="جولة", note="إحدى جولاته: one of his tours (number only)"),
    dict(surface="أربعين سنة", kind="duration", value=40, unit="year", note="لمدة أربعين سنة (لمدة out)"),
    dict(surface="أكثر من (46) سنة", kind="duration", value=46, unit="year", qualifier="more_than", classes=["bracketed"]),
    dict(surface="سبتمبر/أيلول الماضي", kind="date", value="XXXX-09", qualifier="last", resolved="2013-09",
         classes=["date_twice"], note="في شهر سبتمبر/أيلول الماضي (publication January 2014)"),
    dict(surface="(40) عاماً", kind="duration", value=40, unit="year", classes=["bracketed"], note="inside quote"),
    dict(surface="400 عام", kind="duration", value=400, unit="year", note="inside quote (hyperbole)"),
    dict(surface="العام 2012", kind="year", value=2012),
    dict(surface="(612) مليون دولار", kind="money", value=612000000, unit="USD", classes=["bracketed"]),
    dict(surface="أغسطس/آب ،1967", kind="date", value="1967-08", resolved="1967-08", classes=["date_twice"],
         note="the comma sits before the year as printed"),
    dict(surface="الأول", ctx="والضامن الأول", kind="ordinal", value=1, noun="ضامن", note="الضامن الأول: the first guarantor"),
    dict(surface="ثانية", ctx="ومن جهة ثانية", kind="ordinal", value=2, noun="جهة", note="من جهة ثانية: secondly (discourse)", scored=False),
    dict(surface="عام ،1967", kind="year", value=1967, note="the comma sits before the year as printed"),
    dict(surface="دولتين", kind="count", value=2, noun="دولة", note="حل \"دولتين لشعبين\": dual = 2 (inside the slogan)"),
    dict(surface="لشعبين", kind="count", value=2, noun="شعب", note="dual = 2; the clitic ل is fused in the word"),
    dict(surface="أكثر من مليون دونم", kind="number", value=1000000, unit="dunam", qualifier="more_than",
         note="تبلغ أكثر من مليون دونم (verb outside)"),
    dict(surface="الثالثة", kind="ordinal", value=3, noun="دفعة", note="الدفعة الثالثة من الأسرى"),
    dict(surface="أول", ctx="الأغوار أول خط", kind="ordinal", value=1, noun="خط"),
    dict(surface="الوحيد", ctx="السبيل الوحيد", kind="count", value=1, noun="سبيل", scored=False,
         note="السبيل الوحيد: 'the only way'; uniqueness, kept unscored"),
    dict(surface="وحيدة", ctx="كضمانة وحيدة", kind="count", value=1, noun="ضمانة", scored=False, note="'sole guarantee'; kept unscored"),
]


def nq_auto(text, quote_spans):
    import re
    out = []
    for line_start, line in _lines(text):
        for m in re.finditer(r'"([^"\n]+)"', line):
            s, e = line_start + m.start(1), line_start + m.end(1)
            if any(a <= s < b or a < e <= b for a, b in quote_spans):
                continue
            t = m.group(1)
            if t not in REASONS:
                continue
            out.append(dict(start=s, end=e, text=t, reason=REASONS[t]))
    return out


def _lines(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
