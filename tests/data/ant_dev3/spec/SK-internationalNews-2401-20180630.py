DOC = "SK-internationalNews-2401-20180630"
NBC = 'قناة إن بي سي الأميركية'  # a canonical name is words, without the marks the text puts around it
US_OFF = dict(speaker="مسؤولون أميركيون", type="anonymous", side="US")
QUOTES = [
    dict(kind="direct", text='كوريا الشمالية وجهت "ضربة كبيرة" لواشنطن', speaker=NBC, sp="تقرير", ref="description",
         cue=":", type="media", complement="quote", region="headline", borderline=True,
         notes="headline 'speaker: content'; the report stands for its issuer NBC (alternative: the US officials it cites)"),
    dict(kind="mixed", text='كوريا الشمالية زادت من تخصيب اليورانيوم في ضربة كبيرة للرئيس دونالد ترامب بشأن "انتفاء التهديد النووي الكوري الشمالي"',
         sp="مسؤولون أميركيون", cue="ذكر", complement="clause", alt=[NBC],
         fragments=["انتفاء التهديد النووي الكوري الشمالي"],
         notes="تقريرا ذكر فيه مسؤولون: the officials are the reporting subject, NBC's report is the channel/conduit (alt); the fragment echoes Trump's own claim",
         **US_OFF),
    dict(kind="indirect", text="بيونغ يانغ ضاعفت من إنتاج الوقود المستخدم في الأسلحة النووية في مواقع سرية عديدة، خلال الأشهر الأخيرة، حتى حينما كان مفاوضو البلدين يجريان مفاوضات بشأن القمة التاريخية التي جمعت ترامب والزعيم الكوري الشمالي كيم جونغ أون مطلع يونيو الجاري",
         sp="12 مسؤولا أميركيا", ref="description", cue="وقال", complement="clause", alt=[NBC],
         notes="postposed conduit وفق القناة الأميركية: NBC in alt; the relative رفضوا الكشف عن أسمائهم left out", **US_OFF),
    dict(kind="indirect", text="المعلومات، التي أوردها المسؤولون المطلعون على التقييمات الاستخبارية تنسف تغريدة ترامب بعيد القمة",
         speaker=NBC, sp='"إن بي سي"', ref="name", cue="وبحسب", type="media", complement="clause",
         notes="بحسب \"إن بي سي\" فإن: فإن left out; Trump's tweet in the relative clause is a separate record"),
    dict(kind="mixed", text='"كوريا الشمالية لم تعد تشكل تهديدا نوويا"', speaker="دونالد ترامب", sp="ترامب", sp_ctx="تغريدة ترامب",
         cue="قال", complement="quote", fragments=["كوريا الشمالية لم تعد تشكل تهديدا نوويا"], side="US",
         notes="تغريدة ترامب ... التي قال فيها إن: the tweet is the speaker's own channel; kept as its own record although it sits in a relative clause after NBC's claim (alternative: nested, no record)"),
    dict(kind="direct", text="بيونغ يانغ مستمرة في خداعنا بشأن عدد المرافق النووية وعدد الأسلحة وعدد الصواريخ",
         speaker="مسؤول أميركي", sp="مسؤول أميركي", ref="description", cue="وقال", type="anonymous", complement="quote", side="US"),
    dict(kind="indirect", text="النظام الشيوعي في كوريا الشمالية يسعى إلى انتزاع كل تنازل ممكن من إدارة ترامب والتمسك في الوقت ذاته بالأسلحة النووية، التي يعتقد أنها ضرورية للبقاء على قيد الحياة",
         sp="المسؤولون الأميركيون", ref="description", cue="واعتبر", complement="clause", **US_OFF),
    dict(kind="direct", text="هناك الكثير من الأمور التي نعرف أن كوريا الشمالية تحاول إخفائها عنا منذ فترة طويلة",
         speaker="مسؤول في وكالة الاستخبارات المركزية الأميركية", sp="مسؤول في وكالة الاستخبارات المركزية الأميركية",
         ref="description", cue="وقال", type="anonymous", complement="quote", side="US", notes="the gloss \"سي أي إيه\" is a non-quote"),
    dict(kind="indirect", text="هناك منشأة سرية في كوريا الشمالية لتخصيب اليورانيوم، غير المنشأة الرسمية الموجودة في يونغبيو",
         speaker="المعلومات الأميركية", sp="المعلومات الأميركية", ref="description", cue="وتفيد", type="document-issuer",
         complement="clause", borderline=True, side="US", notes="evidential non-human subject (US information); أنه left out"),
]
NON_QUOTES = [
    dict(text="إن بي سي", reason="outlet name (NBC), not speech"),
    dict(text="إن بي سي", ctx="وبحسب", reason="outlet name (NBC), not speech"),
    dict(text="نزع الأسلحة النووية", reason="term of the joint declaration after an agreement verb (اتفق), not a quote"),
    dict(text="سي أي إيه", reason="acronym gloss (CIA), not speech"),
]
NUMBERS = [
    dict(surface="السبت", kind="weekday", value="Saturday", note="publication day (Saturday 30 June 2018)"),
    dict(surface="12 مسؤولا", kind="count", value=12, noun="مسؤول"),
    dict(surface="الأشهر الأخيرة", kind="vague", value=None, unit="month", qualifier="plural_unspecified", scored=False,
         note="خلال الأشهر الأخيرة: recent months"),
    dict(surface="مطلع يونيو الجاري", kind="date", value="XXXX-06", qualifier="start", resolved="2018-06-01/2018-06-10",
         note="the Singapore summit (12 June) at the start of this June"),
    dict(surface="الـ12 من يونيو الجاري", kind="date", value="XXXX-06-12", resolved="2018-06-12", note="في الـ12 من يونيو الجاري"),
]
