DOC = "SK-technology-474-20180421"
PER = dict(speaker="بيرليس", type="person", side="other")
HOR = dict(speaker="ساندرا هورويتز", type="person", side="other")
STE = dict(speaker="داميان ستيفنز", type="person", side="other")
QUOTES = [
    dict(kind="indirect", text="الأسباب الكامنة وراء الأرق متعددة، وقد تكون مزيجًا من الأسباب البيولوجية والطبية والنفسية",
         sp="مدير برنامج الطب السلوكي في جامعة بنسلفانيا", ref="description", cue="ويقول", complement="clause",
         notes="named بيرليس in the next sentence; the earlier يشرح خبراء أسباب ... بحسب مجلة تايم is topic-only (no record)", **PER),
    dict(kind="mixed", text='"القاعدة العامة هي أنه إذا كنت تكافح من أجل النوم في بداية الليل، فهذا يكون بسبب القلق أو أحداث الحياة المجهدة"',
         sp="بيرليس", sp_ctx="ويرى بيرليس", cue="ويرى", complement="quote",
         fragments=["القاعدة العامة هي أنه إذا كنت تكافح من أجل النوم في بداية الليل، فهذا يكون بسبب القلق أو أحداث الحياة المجهدة"],
         notes="يرى أن + a fully quoted proposition, a named person: not borderline", **PER),
    dict(kind="indirect", text="هناك سببان شائعان هما: مرض الجزر المعدي المريئي، أو ارتجاع التنفس أثناء النوم", sp="بيرليس",
         sp_ctx="يقول بيرليس", cue="يقول", cue_ctx="يقول بيرليس", complement="clause",
         notes="إن left out; the preposed وعندما يتعلق الأمر بـ \"الأرق الأوسط\" ... is outside the span (its term is a non-quote)", **PER),
    dict(kind="mixed", text='"في حالة توقف التنفس أثناء النوم ، ستستيقظ حتما"، لكن مع "ارتجاع المريء ، تستيقظ لأن أحماض المعدة تحرق المريء."',
         ref="continuation", ante="بيرليس", ante_ctx="يقول بيرليس", complement="quote",
         fragments=["في حالة توقف التنفس أثناء النوم ، ستستيقظ حتما", "ارتجاع المريء ، تستيقظ لأن أحماض المعدة تحرق المريء"],
         notes="no cue (continuation of Perlis); two quoted parts joined by the writer's لكن مع, one record; leading و left out", **PER),
    dict(kind="indirect", text="يمكن أن يكون العمر أيضًا عاملاً في اضطرابات النوم", sp="الطبيبة ساندرا هورويتز", cue="بحسب",
         cue_ctx="بحسب الطبيبة", complement="clause", notes="postposed بحسب over a claim", **HOR),
    dict(kind="direct", text="مع تقدمنا \u200b\u200bفي العمر ، تقل كفاءة النوم لدينا، فنحصل على مزيد من النوم الخفيف في المرحلة الأولى",
         sp="هورويتز", sp_ctx="وتقول هورويتز", cue="وتقول", complement="quote",
         notes="colon with no space before the mark; the text has two zero-width spaces (U+200B), kept", **HOR),
    dict(kind="indirect", text="قد يرتبط الاستيقاظ دائما في حوالي الساعة الثالثة صباحا - أو في بعض الفترات التي يمكن التنبؤ بها - بتناول الكحول",
         sp="طبيب النوم والطب الرئوي في مستشفى جامعة كانساس داميان ستيفنز", cue="بحس", cue_ctx="بحس طبيب", complement="clause",
         notes="postposed بحس (sic for بحسب); leading و left out", **STE),
    dict(kind="direct", text="اعتماداً على عملية الأيض الخاصة بك، سيتخلص الجسم من الكحول بعد ساعات قليلة", sp="ستيفنز", sp_ctx="ويقول ستيفنز",
         cue="ويقول", cue_ctx="ويقول ستيفنز", complement="quote", **STE),
    dict(kind="direct", text="عندما يحدث ذلك ، تستيقظ", sp="ستيفنز", sp_ctx="ويقول ستيفنز", cue="ويقول", cue_ctx="ويقول ستيفنز",
         complement="quote", notes="second quoted part after ، و: shares the cue ويقول (guidelines hard case 2)", **STE),
    dict(kind="indirect", text="إدمان الكحوليات يؤثر على نشاط الدماغ ويمنعه من النوم العميق", speaker="تيموثي روهرز",
         sp="مدير أبحاث اضطرابات النوم في مستشفى هنري فورد في ديترويت تيموثي روهرز", cue="ووفقًا", complement="clause",
         type="person", side="other", notes="preposed وفقًا لـ ...، فإن (فإن left out)"),
]
NON_QUOTES = [
    dict(text="الأرق المتأخر", reason="term (a named kind of insomnia)"),
    dict(text="الأرق الأوسط", reason="term (a named kind of insomnia)"),
]
NUMBERS = [
    dict(surface="الساعة الثالثة فجرا", kind="clock_time", value="03:00", classes=["clock"], note="headline; عند الساعة الثالثة فجرا"),
    dict(surface="بضع ساعات", kind="vague", unit="hour", qualifier="plural_unspecified", scored=False, note="بعد بضع ساعات من النوم"),
    dict(surface="سببان", kind="count", value=2, noun="سبب", note="indefinite dual; inside quote"),
    dict(surface="عدة", ctx="عدة مرات", kind="vague", noun="مرة", scored=False, note="vague (several times)"),
    dict(surface="بضع دقائق", kind="vague", unit="minute", qualifier="plural_unspecified", scored=False, note="لبضع دقائق (ل out)"),
    dict(surface="الأولى", ctx="المرحلة الأولى", kind="ordinal", value=1, noun="مرحلة", note="inside quote"),
    dict(surface="حوالي الساعة الثالثة صباحا", kind="clock_time", value="03:00", qualifier="approx", classes=["clock"], note="inside quote"),
    dict(surface="ساعات قليلة", kind="vague", unit="hour", qualifier="plural_unspecified", scored=False, note="بعد ساعات قليلة; inside quote"),
]
