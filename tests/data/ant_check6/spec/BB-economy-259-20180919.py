DOC = "BB-economy-259-20180919"
EC = dict(speaker="المفوضية الأوروبية", type="institution", side="European Union")
QUOTES = [
    dict(kind="indirect", text="تحقق فيما إذا كانت الشركات وافقت على الحد من تطوير أنظمة تهدف إلى خفض الانبعاثات الضارة",
         sp="المفوضية الأوروبية", cue="وقالت", complement="clause", notes="إنها left out", **EC),
    dict(kind="indirect", text="إذا ثبت صحة المزاعم، فذاك يعني أن الزبائن فاتتهم فرصة شراء سيارات أقل تلوثا",
         sp="المفوضية", cue="وأضافت", complement="clause", notes="أنه left out", **EC),
    dict(kind="indirect", text="تحقيقاتها الشاملة تهدف إلى تحديد ما إذا كانت شركات صناعة السيارات تواطأت، على نحو يخرق قواعد الاتحاد الأوروبي المناهضة للاحتكار، تجنبا للمنافسة على تكنولوجيا تنظيف انبعاثات وقود السيارات من البنزين والديزل",
         sp="المفوضية الأوروبية", cue="وقالت", complement="clause", **EC),
    dict(kind="indirect", text='تركز على معلومات تشير إلى أن الشركات، من بينها "أودي" و"بورش" اللتان تملكهما شركة فولكسفاغن، اجتمعت لمناقشة تطوير ونشر تكنولوجيا للانبعاثات',
         sp="المفوضية", cue="وأضافت", complement="clause",
         notes="أنها left out; the company names in marks inside are the writer's name marks, so the record stays indirect; the nested evidential تشير إلى gets no record", **EC),
    dict(kind="direct", text="تتعلق التحقيقات الشاملة للمفوضية في هذه القضية بالتعاون الخاص الذي يُعتقد أنه كان بهدف الحد من التطوير الفني أو الحيلولة دون طرح أجهزة فنية",
         sp="المفوضية", cue="وقالت", complement="quote", notes="وقالت المفوضية : (space before the colon)", **EC),
    dict(kind="indirect", text="كانت تتعاون على نحو كامل مع المفوضية ولن تدلي بمزيد من التعليقات بشأن الإجراءات",
         speaker="بي إم دبليو ودايملر وفولكسفاغن", sp="الشركات الثلاث", ref="description", cue="تقول", type="document-issuer",
         side="other", complement="clause",
         notes="بيانات تقول إنها: the statements stand for their issuers, the three companies (a group entity); إنها left out"),
    dict(kind="indirect", text="الإجراءات تعلقت على نحو حصري بأوروبا، ولم تكن ثمة مزاعم بشأن تحديد أسعار",
         speaker="دايملر", sp="شركة دايملر", cue="وأشارت", type="institution", side="other", complement="clause"),
    dict(kind="mixed", text='"ملتزمة تماما بمباديء اقتصادات السوق والتنافس العادل"', speaker="بي إم دبليو", sp='شركة "بي إم دبليو"',
         cue="وقالت", type="institution", side="other", complement="quote",
         fragments=["ملتزمة تماما بمباديء اقتصادات السوق والتنافس العادل"], notes="إنها + a fully quoted predicate"),
    dict(kind="indirect", text="لا توجد أي إشارات تقول إن شركات صناعة السيارات نسقت فيما بينها لاستخدام أجهزة غير قانونية بغية التلاعب في الانبعاثات",
         sp="المفوضية", cue="وأضافت", cue_ctx="وأضافت المفوضية أنه لا", complement="clause",
         notes="أنه left out; the nested إشارات تقول gets no record", **EC),
    dict(kind="mixed", text='استخدام "أجهزة تلاعب" في الولايات المتحدة للتحايل على اختبارات انبعاثات محركات الديزل',
         speaker="فولكسفاغن", sp="فولكسفاغن", sp_ctx="واعترفت فولكسفاغن", cue="واعترفت", type="institution", side="other",
         complement="nominal", borderline=True, fragments=["أجهزة تلاعب"],
         notes="اعترف بـ + a verbal noun (an admission, clitic ب out); the marks around أجهزة تلاعب may be the writer's term for defeat devices "
               "(alternative: indirect with a label), borderline; time في عام 2015 and the writer's على نحو أغرق ... left out"),
]
NON_QUOTES = [
    dict(text="بي إم دبليو", reason="company name (headline)"),
    dict(text="دايملر", reason="company name (headline)"),
    dict(text="فولكسفاغن", reason="company name (headline)"),
    dict(text="بي إم دبليو", nth=1, reason="company name"),
    dict(text="دايملر", ctx='و "دايملر"', reason="company name"),
    dict(text="فولكسفاغن", ctx='و "فولكسفاغن"', reason="company name"),
    dict(text="التآمر", reason="label of the allegation (مزاعم \"التآمر\"), not speech"),
    dict(text="بي إم دبليو", ctx='وقالت شركة "بي', reason="company name in the speaker mention"),
]
NUMBERS = [
    dict(surface="عام 2017", kind="year", value=2017, note="في عام 2017"),
    dict(surface="نوعان", kind="count", value=2, noun="نوع", note="indefinite dual", classes=["written_number"]),
    dict(surface="الشركات الثلاث", kind="count", value=3, noun="شركة", note="the three companies (a numeral, not a dual)"),
    dict(surface="عام 2015", kind="year", value=2015, note="في عام 2015"),
]
