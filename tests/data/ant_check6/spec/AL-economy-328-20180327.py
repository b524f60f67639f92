DOC = "AL-economy-328-20180327"
KAB = dict(speaker="طارق قابيل", type="person", side="Egypt")
AFR = dict(speaker="المركز المصري للدراسات الإفريقية", type="institution", side="other")
ECO = dict(speaker="المركز المصري للدراسات الاقتصادية", type="institution", side="other")
QUOTES = [
    dict(kind="indirect", text="توقيع اتفاق إطلاق منطقة التجارة الحرة القارية الأفريقية", sp="وزير التجارة والصناعة طارق قابيل",
         cue="أعلن", complement="nominal", borderline=True,
         notes="أعلن عن + an act (signing): event announcement, borderline; occasion خلال ختام ... and the writer's حيث وقعت ... left out", **KAB),
    dict(kind="indirect", text="اتفاقية إنشاء منطقة تجارة حرة قارية، هي أكبر اتفاقية منذ تأسيس منظمة التجارة العالمية عام 1995 حيث وقعت 44 دولة أفريقية (من إجمالي 55 دولة) عليها",
         sp="المركز المصري للدراسات الإفريقية", cue="يرى", complement="clause", borderline=True,
         notes="stance verb يرى أن with an institution (as ant's ترى أن), borderline; the حيث clause is in the same sentence and kept", **AFR),
    dict(kind="indirect", text="الاتفاق فرصة حقيقية للتواجد المصري بقوة في عدد من الدول التي لم تكن مصر مرتبطة باتفاقات تجارية معها (دول الغرب والوسط الأفريقي)، ويمنح تسهيلات تتيح نفاذ #الصادرات_المصرية وخاصة السلع الصناعية لكافة الدول الأفريقية بخلاف الاتفاقات الإقليمية الأخرى",
         sp="المركز", ref="description", cue="يؤكد", complement="clause", ante="المركز المصري للدراسات الإفريقية",
         notes="المركز = the African-studies centre named in the previous paragraph; the next sentence كما يتيح الاتفاق ... has no cue and is left out", **AFR),
    dict(kind="indirect", text="التوقيع على الاتفاق لا يعني تطبيقه، حيث إن التوقيع هو أول آلية قانونية مطلوبة لتأسيس منطقة تجارة حرة قارية إذ إن الاتفاق سيشكل مظلة يرفق بها بروتوكولات خاصة بالتجارة في السلع والخدمات وتسوية المنازعات في المرحلة الأولى",
         sp="المركز المصري للدراسات الاقتصادية", cue="أوضح", complement="clause",
         notes="a different name (الاقتصادية) from the centre above (الإفريقية); kept as written, a separate entity (alternative: the same centre)", **ECO),
    dict(kind="indirect", text="أخرى خاصة بحماية حقوق الملكية الفكرية والاستثمار والمنافسة في المرحلة الثانية، وملاحق فنية أخرى مثل تلك الخاصة بجداول الالتزامات والتعاون الجمركي والتخفيضات الجمركية وقواعد المنشأ والتي لم يتم الانتهاء منها",
         complement="clause", ref="continuation", ante="المركز المصري للدراسات الاقتصادية", borderline=True,
         notes="the paragraph break cuts the reported clause (بروتوكولات ... وأخرى ...): a continuation with cue null; leading و left out; "
               "the next sentence ثم يتعين ... is a new sentence without a cue and is left out", **ECO),
    dict(kind="indirect", text="لن يتم تحقيق مكاسب من الاتفاقية إلا بعد التوافق على قواعد المنشأ التي تسمح بنفاذ السلع إلى الأسواق الأفريقية بدون رسوم جمركية",
         cue="وأكد", complement="clause", ante="المركز المصري للدراسات الاقتصادية",
         notes="zero subject: the centre of the previous paragraph; أنه left out; the next sentence وبعد الوصول ... has no cue and is left out", **ECO),
    dict(kind="indirect", text="على ضوء أهمية هذه الاتفاقية هناك عدة تساؤلات يجب الإجابة عنها حول كيفية التوافق مع الاتفاقيات التجارية الأخرى، حيث إن عضوية الدول الأفريقية في اتفاقيات متعددة ومتداخلة تشكل تكلفة عالية وصعوبة في التنفيذ، وكيفية استيفاء مجموعات مختلفة من القواعد فيما يتعلق بنفس المنتج عند التصدير إلى دول مختلفة",
         sp="المركز", ref="description", cue="وأشار", cue_ctx="وأشار المركز", sp_ctx="وأشار المركز", complement="clause",
         notes="أشار إلى أنه (أنه left out); المركز resolved to the last named centre (الاقتصادية)", **ECO),
    dict(kind="indirect", text="ما إذا كانت الدول ستتمكن من التصديق على الاتفاقية وتنفيذها علما بوجود مشاكل في التطبيق في الاتفاقات الحالية. علاوة على مشاكل البنية التحتية وشبكات النقل والاتصالات والإجراءات البيروقراطية والتعاملات المالية ونقص عدد المراكز اللوجستية وغيرها من المشاكل التي تحول دون تحقيق المكاسب الحقيقية المرجوة من الاتفاقية",
         complement="clause", ref="continuation", ante="المركز", ante_ctx="وأشار المركز", borderline=True,
         notes="the list of questions (حول كيفية ... وكيفية ... وما إذا ...) runs on after a paragraph break; the علاوة على fragment continues it; cue null", **ECO),
]
NON_QUOTES = [
    dict(text="النجاة", reason="scare quotes in the headline (طوق \"النجاة\"), not speech"),
]
NUMBERS = [
    dict(surface="نوفمبر 2016", kind="date", value="2016-11", resolved="2016-11", note="في نوفمبر 2016"),
    dict(surface="10 %", kind="percent", value=10, unit="percent", note="بمعدل ضعيف بلغ 10 % فقط"),
    dict(surface="عام 2017", kind="year", value=2017, qualifier="within", note="خلال عام 2017 (خلال out)"),
    dict(surface="43 دولة", kind="count", value=43, noun="دولة"),
    dict(surface="44 دولة", kind="count", value=44, noun="دولة", note="ليصل ... إلى 44 دولة: the result, not a bound"),
    dict(surface="عام 1995", kind="year", value=1995, qualifier="since", note="منذ تأسيس ... عام 1995: since the founding year"),
    dict(surface="44 دولة", ctx="حيث وقعت 44", kind="count", value=44, noun="دولة"),
    dict(surface="55 دولة", kind="count", value=55, noun="دولة", note="(من إجمالي 55 دولة)", classes=["bracketed"]),
    dict(surface="قرابة 1.2 مليار شخص", kind="count", value=1200000000, noun="شخص", qualifier="approx"),
    dict(surface="أكثر من تريليوني دولار", kind="money", value=2000000000000, unit="USD", qualifier="more_than",
         note="يصل إلى أكثر من (the verb out); dual تريليوني = 2 trillion", classes=["written_number"]),
    dict(surface="أول", ctx="هو أول آلية", kind="ordinal", value=1, noun="آلية"),
    dict(surface="الأولى", ctx="في المرحلة الأولى", kind="ordinal", value=1, noun="مرحلة"),
    dict(surface="الثانية", kind="ordinal", value=2, noun="مرحلة"),
    dict(surface="5 – 10 سنوات", kind="range", value=[5, 10], unit="year", note="على مدار 5 – 10 سنوات (على مدار out): a range of durations"),
    dict(surface="عدة", ctx="هناك عدة", kind="vague", noun="تساؤل", scored=False, note="vague (several questions)"),
]
