# check4 decisions: Q = quote, N = non-quote, M = numeric fact (typed in text order per article)

# ---------------- AL-culture-561 ----------------
P = "AL-culture-561"
Q(P, "indirect", "غيابه طوال الفترة الماضية كان بسبب عمله على أفكار غير تقليدية تليق بجمهوره وبه كمطرب مصري عربي",
  "تامر حسني", "تامر", "name", "وأعلن", "person", "other", "clause",
  notes="the channel من خلال صفحته الرسمية على ... فيسبوك left out")
Q(P, "indirect", "الألبوم أخذ منه مجهوداً كبير للغاية، حيث عمل عليه منذ عامين كاملين",
  "تامر حسني", None, "pronoun", "وأكد", "person", "other", "clause", ant="تامر")
Q(P, "indirect", "محطة مهمة للغاية في مشواره من حيث الفكر والموسيقى والجودة، وهو ما سيلاحظه الجمهور، خاصة أن العد التنازلي لطرح الألبوم انطلق",
  "تامر حسني", None, "pronoun", "ويعتبره", "person", "other", "nominal", ant="تامر", objpred=True,
  notes="coordinated verb ويعتبره (he considers it) read as a top-level cue of its own; object pronoun on the verb, the predicate is the span. Alternative: part of the أن-clause of وأكد")
Q(P, "indirect", "الألبوم يحمل اسم \"عيش بشوقك\" وهي الأغنية التي كتب كلماتها مصطفى حسن ولحنها بلال سرور، والذي تولى أيضا توزيع الأغنية بصحبة هاني محروس، فيما قام هادي الباجوري بإخراج الأغنية التي سيطرحها تامر في شكل فيديو كليب",
  "تامر حسني", "تامر", "name", "وكشف", "person", "other", "clause",
  notes="the album title in marks is a non-quote; the credits are read as part of what he disclosed")
Q(P, "indirect", "هناك أغنية ثانية تحمل اسم \"وأنت معايا\" يتعاون فيها مع الشاب خالد، وهو الديو الذي ينتظره جمهور الثنائي، ومن المقرر أن تطرح كواليسها ومراحل تنفيذها خلال ساعات، وهي من إخراج اللبناني سعيد الماروق",
  "تامر حسني", None, "pronoun", "أكد", "person", "other", "clause", ant="تامر",
  notes="كما أكد; the song title in marks is a non-quote; the sentence to its end is read as his announcement")
N(P, "فيسبوك", "platform name, not speech")
N(P, "عيش بشوقك", "album/song title, not speech")
N(P, "وأنت معايا", "song title, not speech")
M(P, "عامين كاملين", "duration", 2, "year", "since", note="منذ عامين كاملين (منذ out); dual = 2")
M(P, "ثانية", "ordinal", 2, noun="أغنية", note="أغنية ثانية: a second song")
M(P, "ساعات", "vague", None, "hour", "within", scored=False, note="خلال ساعات: within hours")

# ---------------- AL-economy-1062 ----------------
P = "AL-economy-1062"
N(P, "مستقرة", "rating label, not speech")
N(P, "إيجابية", "rating label, not speech")
N(P, "ستاندارد اند بورز", "company name, not speech", nth="all")
N(P, "مستقر", "rating label, not speech")
N(P, "ايجابي", "rating label, not speech")
Q(P, "mixed", "\"استقرار سياسي اكبر\" في هذا البلد الاوروبي بعد فترة من الاضطراب", "ستاندارد اند بورز",
  "وكالة التصنيف الائتماني \"ستاندارد اند بورز\"", "name", "مشيرة", "institution", "other", "nominal",
  frags=["استقرار سياسي اكبر"], add=("participle_cue",), notes="أشار إلى + NP: clitic الى left out")
Q(P, "mixed", "\"الافاق الايجابية تعكس تحسنا ممكنا لدرجة الدين اذا حررت السلطات امكانية نمو اليونان عبر تشجيع المنافسة وتعزيز حقوق الملكية وتسهيل اجراءات اشهار الافلاس وتحسين تنفيذ العقود\"",
  "ستاندارد اند بورز", "الوكالة", "description", "وقالت", "institution", "other", "quote",
  frags=["الافاق الايجابية تعكس تحسنا ممكنا لدرجة الدين اذا حررت السلطات امكانية نمو اليونان عبر تشجيع المنافسة وتعزيز حقوق الملكية وتسهيل اجراءات اشهار الافلاس وتحسين تنفيذ العقود"],
  notes="في بيان left out")
Q(P, "mixed", "\"توازن في المخاطر\" افضل في ما يتعلق بملاءة البلاد", "ستاندارد اند بورز", None, "pronoun",
  "تحدثت", "institution", "other", "nominal", ant="الوكالة", bl=True, frags=["توازن في المخاطر"],
  notes="بعدما تحدثت عن + quoted NP (its 25 June statement); تحدث عن is usually topic-only, here it states the agency's assessment in its words: borderline")
Q(P, "mixed", "\"استقرارا سياسيا أكبر يفترض أن يدعم اقتصاد اليونان ومصارفها\"", "ستاندارد اند بورز",
  "\"ستاندارد اند بورز\"", "name", "وقالت", "institution", "other", "quote",
  frags=["استقرارا سياسيا أكبر يفترض أن يدعم اقتصاد اليونان ومصارفها"], spk_where="@وقالت \"ستاندارد")
Q(P, "mixed", "\"مشاريع البنى التحتية العامة ستحفز الاستثمارات في قطاع السياحة والقطاع اللوجستي، مما يؤدي الى تحسن توقعات النمو لليونان\"",
  "ستاندارد اند بورز", "الوكالة", "description", "وترى", "institution", "other", "quote",
  frags=["مشاريع البنى التحتية العامة ستحفز الاستثمارات في قطاع السياحة والقطاع اللوجستي، مما يؤدي الى تحسن توقعات النمو لليونان"],
  notes="ترى أن (holds that) as a reporting verb of an institution")
N(P, "بي+", "rating label, not speech")
M(P, "بي+", "identifier", "B+", scored=False, note="credit rating label, not a quantity")
M(P, "25 يونيو", "date", "XXXX-06-25", res="2018-06-25", note="في 25 يونيو")
M(P, "يونيو", "date", "XXXX-06", res="2018-06", note="في يونيو (the June debt deal)")
M(P, "عشر سنوات", "duration", 10, "year", note="لعشر سنوات (clitic لـ out): a ten-year extension")
M(P, "180 بالمئة", "percent", 180, "percent", note="debt at 180% of GDP (in brackets)")
M(P, "20 أغسطس", "date", "XXXX-08-20", q="next", res="2018-08-20", note="في 20 أغسطس (future: the end of the bailout)")

# ---------------- AL-internationalNews-655 ----------------
P = "AL-internationalNews-655"
Q(P, "indirect", "مزيد من الإجراءات", "تيريزا ماي", "ماي", "name", "تتوعد", "person", "UK", "nominal",
  region="headline", after="تسميم الجاسوس..", notes="headline with its own verb (توعد = threaten, like هدد): nominal, clitic بـ out; the target موسكو left out")
Q(P, "indirect", "مزيد من الإجراءات بعد قضية تسميم الجاسوس", "تيريزا ماي",
  "رئيسة الوزراء البريطانية تيريزا ماي", "name", "توعدت", "person", "UK", "nominal",
  notes="threat: clitic بـ out; the target روسيا left out")
Q(P, "indirect", "عزمها على ردود إضافية على روسيا على المدى الطويل", "تيريزا ماي", "ماي", "name", "أبلغت",
  "person", "UK", "nominal", notes="كما أبلغت ماي وزراءها بـ: the addressee left out, clitic بـ out")
Q(P, "mixed", "الاتهامات البريطانية بأن #موسكو مسؤولة عن تسميم سيرغي سكريبال، وهو عميل مزدوج روسي سابق، \"ترقى إلى أساليب قطاع الطرق\"",
  "وكالة الإعلام الروسية", "وكالة الإعلام الروسية", "name", "نقلت", "media", "other", "clause",
  frags=["ترقى إلى أساليب قطاع الطرق"], alt=["ديمتري بيسكوف"],
  notes="conduit نقلت عن ... قوله، إن: the agency is the reporting subject, Peskov in alt_speakers")
Q(P, "direct", "نعلن أن هذا أمر غير مسبوق.. أن تصل الشؤون الدولية إلى حد ما يمكن أن يوصف بأساليب قطاع الطرق. ما هو السبب في ذلك؟ هل هي المشكلات الداخلية في #بريطانيا أم مشكلاتها في التعاون مع حلفائها أم أمر آخر؟ يبدو أن هذا ليس شأننا",
  "ديمتري بيسكوف", "بيسكوف", "name", "وقال", "person", "Russia", "quote",
  notes="the addressee لبرنامج على محطة \"إن تي في\" left out")
N(P, "إن تي في", "TV channel name, not speech")
Q(P, "indirect", "مسؤوليتها عن هجوم الرابع من آذار/مارس على سكريبال وابنته", "موسكو", "موسكو", "name", "ونفت",
  "institution", "Russia", "nominal", after="ونفت موسكو مسؤوليتها", notes="denial + NP; the writer's gloss وهو أول هجوم ... left out; metonym kept as speaker")
Q(P, "indirect", "سكريبال، وجه رسالة إلى الرئيس الروسي، #فلاديمير_بوتين، قبل عدة سنوات، يطلب منه فيها العفو عنه لأنه باع أسراراً للاستخبارات البريطانية",
  "فلاديمير تيموشكوف", "صديق للعميل الروسي السابق", "description", "أفاد", "person", "other", "clause",
  notes="named in the next sentence; the addressee هيئة الإذاعة البريطانية (بي بي سي) and السبت left out")
Q(P, "indirect", "صديقه، منذ أيام الدراسة الذي انتقل للعيش في بريطانيا في إطار صفقة تبادل جواسيس عام 2010، اتصل به عام 2012 وقال له إنه يريد أن يتم السماح له بزيارة روسيا",
  "فلاديمير تيموشكوف", "فلاديمير تيموشكوف", "name", "وقال", "person", "other", "clause",
  notes="the nested وقال له (Skripal) inside the content gets no record")
Q(P, "indirect", "هذه المعلومات", "موسكو", "موسكو", "name", "ونفت", "institution", "Russia", "nominal", bl=True,
  after="ونفت موسكو هذه", notes="denial of an anaphoric object (the letter story): borderline")
Q(P, "direct", "ليس هناك مثل هذه الرسالة من سيرغي سكريبال إلى الرئيس بوتين للسماح له بالعودة إلى روسيا",
  "السفارة الروسية في لندن", "السفارة الروسية في لندن", "name", "وكتبت", "institution", "Russia", "quote",
  notes="channel على \"تويتر\" left out")
N(P, "تويتر", "platform name, not speech")
M(P, "الرابع من آذار/مارس", "date", "XXXX-03-04", res="2018-03-04", note="هجوم الرابع من آذار/مارس: 4 March")
M(P, "أول", "ordinal", 1, noun="هجوم", note="أول هجوم معروف")
M(P, "الثانية", "ordinal", 2, noun="حرب", note="الحرب العالمية الثانية (منذ): ordinal in a name, scored")
M(P, "23 روسياً", "count", 23, noun="روسي")
M(P, "السبت", "weekday", "Saturday", note="most recent Saturday before the Tuesday publication")
M(P, "عدة سنوات", "vague", None, "year", "ago", scored=False, note="قبل عدة سنوات")
M(P, "عام 2010", "year", 2010)
M(P, "عام 2012", "year", 2012)

# ---------------- AL-internationalNews-1394 ----------------
P = "AL-internationalNews-1394"
N(P, "#المارينز", "name of a force (the Marines), not speech", plain=True)
N(P, "حبس الدرب", "name of a custom, not speech")
Q(P, "direct", "إنه لشرف لي أن أحضر إلى هنا لأرى كيف يحتفل السودانيون بشهر رمضان وكرمهم السخيي، وإن هذا التواصل المباشر بين السودانيين والأميركيين سيساعد على فهم كل منا الآخر",
  "كيث هيوز", "كيث هيوز", "name", "وقال", "person", "US", "quote",
  notes="channel على موقع السفارة الأميركية بالخرطوم left out; السخيي kept as written")
Q(P, "mixed", "\"هنالك تشابه كبير بين الولايات المتحدة والسودان في التعدد والتنوع.\"", "كيث هيوز", "كيث هيوز",
  "continuation", "وأضاف", "person", "US", "quote", frags=["هنالك تشابه كبير بين الولايات المتحدة والسودان في التعدد والتنوع"],
  notes="وأضاف بأن + fully quoted proposition; the final . is inside the marks")
Q(P, "indirect", "الدين ينظم الحياة ويبعث برسالة السلام", "كيث هيوز", "كيث", "name", "وقال", "person", "US", "clause",
  notes="قال ... أن (for إن) kept as written; في لحظة الإهداء left out")
Q(P, "indirect", "الرئيس الأميركي الأسبق توماس جيفرسون يمتلك نسخة من القرآن من ترجمة جورج سوس التي ترجع إلى عام، وهي الآن موجودة في مجموعات مكتبة الكونغرس",
  "السفارة الأميركية بالخرطوم", "السفارة", "description", "وذكرت", "institution", "US", "clause",
  notes="channel على موقعها left out; the year after عام is missing in the text")
M(P, "الأول", "ordinal", 1, noun="أسبوع", note="الأسبوع الأول من رمضان (Ramadan 1439 began 17 May 2018)")
M(P, "15 موظفا", "count", 15, noun="موظف")
M(P, "مطلع هذا الأسبوع", "relative_date", 0, "week", "start", res="2018-W22", note="early this week (week of 28 May-3 June)")
M(P, "الثانية", "ordinal", 2, noun="مرحلة", note="المرحلة الثانية من الحوار")
M(P, "نهاية العام الماضي", "relative_date", 1, "year", "end+last", res="2017", note="في نهاية العام الماضي (Sullivan's visit, November 2017)")
M(P, "مطلع الألفية", "date", "200X", q="since+start", res="200X", note="منذ مطلع الألفية: since the start of the millennium (early 2000s, written like the dev gold's decades)")

# ---------------- BB-internationalNews-56 ----------------
P = "BB-internationalNews-56"
Q(P, "indirect", "مسؤوليتها عن التفجيرين", "حركة الشباب", "حركة الشباب الإسلامية المسلحة", "name", "وأعلنت",
  "group", "al-Shabaab", "nominal", notes="claim of responsibility (a statement, not an event announcement); the relative clause التي تحاول ... left out of the mention")
Q(P, "indirect", "وقوع معركة بالأسلحة النارية بعد الهجوم في محيط القصر الرئاسي، قتل فيها خمسة مسلحين", "مسؤولون",
  "مسؤولون", "name", "وأفاد", "anonymous", "Somalia", "nominal", notes="أفاد بـ + verbal noun: clitic بـ out")
Q(P, "indirect", "الحادث الاخير بدأ عندما امتنعت سيارة عن التوقف عند نقطة تفتيش خارج قصر الرئاسة قبل تفجيرها",
  "وسائل الإعلام الرسمية", "وسائل الإعلام الرسمية", "name", "وذكرت", "media", "other", "clause")
Q(P, "indirect", "كانت تستهدف قوات الأمن", "حركة الشباب", "حركة الشباب", "name", "قالت", "group", "al-Shabaab", "clause",
  spk_where="@بيد أن حركة الشباب", notes="بيد أن حركة الشباب قالت إنها: إنها left out")
Q(P, "indirect", "خمسة من مقاتليها لقوا مصرعهم، من بينهم سائقا السيارتين المفخختين", "حركة الشباب", "الحركة",
  "description", "وأقرت", "group", "al-Shabaab", "clause", notes="أقر بأن (admitted): بأن left out")
Q(P, "indirect", "35 جنديا قتلوا في هذه الهجمات", "حركة الشباب", None, "pronoun", "أضافت", "group", "al-Shabaab",
  "clause", ant="الحركة", notes="كما أضافت بأن: coordinated verb, own record")
Q(P, "direct", "كان هناك العديد من عناصر الجيش الذين حرسوا الشارع المجاور للقصر", "متحدث باسم الشرطة",
  "متحدث باسم الشرطة", "description", "وقال", "anonymous", "Somalia", "quote",
  notes="the addressee لوكالة رويترز للأنباء left out; quote juxtaposed without a colon")
Q(P, "indirect", "حركة الشباب بالمسؤولية عن الهجوم", "الحكومة الصومالية", "الحكومة", "description", "اتهمت",
  "institution", "Somalia", "nominal", after="وقد اتهمت", notes="اتهم: the object is kept; حينها left out")
M(P, "سيارتين", "count", 2, noun="سيارة", note="headline; dual = 2")
M(P, "تفجيران", "count", 2, noun="تفجير", note="dual = 2")
M(P, "سيارتين", "count", 2, noun="سيارة", note="بسيارتين: dual = 2 (clitic out)")
M(P, "38 شخصا على الأقل", "count", 38, q="at_least", noun="شخص")
M(P, "الأول", "ordinal", 1, noun="تفجير")
M(P, "الجمعة", "weekday", "Friday", note="مساء الجمعة: Friday evening, the day before the Saturday publication")
M(P, "الثاني", "ordinal", 2, noun="تفجير")
M(P, "عشرات", "vague", None, None, "plural_unspecified", noun="جريح", scored=False, note="tens of wounded")
M(P, "شهرين", "duration", 2, "month", note="related-story link (عفو لشهرين): clitic لـ out; dual = 2")
M(P, "خمسة مسلحين", "count", 5, noun="مسلح")
M(P, "عام 2011", "year", 2011)
M(P, "خمسة", "count", 5, noun="مقاتل", note="خمسة من مقاتليها: N of the group, number only")
M(P, "سائقا", "count", 2, noun="سائق", note="سائقا السيارتين: dual in construct naming the two drivers")
M(P, "35 جنديا", "count", 35, noun="جندي")
M(P, "العديد", "vague", None, None, None, noun="عنصر", scored=False, note="inside quote: many soldiers")
M(P, "أكثر من 500 شخص", "count", 500, q="more_than", noun="شخص")
M(P, "أكتوبر/ تشرين الأول من العام الماضي", "date", "XXXX-10", q="last", res="2017-10",
  note="في أكتوبر/ تشرين الأول من العام الماضي: October 2017 (the 14 October Mogadishu truck bomb)")

# ---------------- BB-middleEast-368 ----------------
P = "BB-middleEast-368"
Q(P, "indirect", "مهمة التفتيش ستبدأ اليوم الأربعاء إذا شعر فريق المفتشين أنهم سيكونون آمنين", "السلطات السورية",
  "السلطات السورية", "name", "وقالت", "institution", "Syria", "clause")
Q(P, "indirect", "بينما كان الوضع الأمني يقيم أمس، فإن حادث إطلاق نار وقع، مما أدى إلى تأجيل دخول المفتشين للمنطقة",
  "تقارير غير مؤكدة", "تقارير غير مؤكدة", "name", None, "document-issuer", "other", "clause", bl=True, doc=True,
  notes="هناك تقارير غير مؤكدة بأنه: reports with no issuer are the speaker; noun frame with no verb (cue null): borderline")
Q(P, "indirect", "فريق الأمم المتحدة الأمني الذي زار دوما الثلاثاء تعرض لإطلاق نار", "وكالة رويترز للأنباء",
  "وكالة رويترز للأنباء", "name", "وقالت", "media", "other", "clause", alt=["مصادر"],
  notes="conduit - نقلا عن مصادر -: the agency is the speaker, the sources in alt")
Q(P, "indirect", "استخدام أسلحة كيمياوية في دوما", "الحكومة السورية", "الحكومة السورية", "name", "وتنفي",
  "institution", "Syria", "nominal")
Q(P, "indirect", "دمشق وموسكو بإعاقة المهمة", "الدول الغربية", "الدول الغربية", "name", "تتهم", "group", "other",
  "nominal", notes="اتهم: the object is kept; inside the writer's لأن clause")
Q(P, "indirect", "تعتقدان أن التأخير قد يستغل في تدمير أدلة الهجوم", "الولايات المتحدة وفرنسا",
  "الولايات المتحدة، وفرنسا", "name", "وقالت", "group", "other", "clause", notes="joint speaker; إنهما left out")
Q(P, "indirect", "استخدام الغاز، أو إعاقة التحقيق، أو التلاعب بالأدلة", "روسيا وسوريا", "روسيا وسوريا", "name",
  "وتنفي", "group", "other", "nominal", notes="joint speaker (metonyms)")
Q(P, "indirect", "ووجه فريق الأمم المتحدة الأمني خلال زيارته لدوما - بحسب بعض المصادر الحكومية - باحتجاجات على الغارات التي قادتها الولايات المتحدة على سوريا",
  "بعض المصادر الحكومية", "بعض المصادر الحكومية", "name", "بحسب", "anonymous", "Syria", "clause", bl=True,
  spk_where="in", cue_where="in", notes="parenthetical بحسب attached to an event: borderline; the span holds the cue and speaker (the passive verb ووجه keeps its و)")
Q(P, "indirect", "فريق تقصي الحقائق سوف يبدأ عمله الأربعاء إذا قرر الفريق الأمني أن الوضع آمن هناك",
  "مندوب سوريا لدى الأمم المتحدة", "مندوب سوريا لدى الأمم المتحدة", "description", "وقال", "person", "Syria",
  "clause", notes="الثلاثاء left out")
M(P, "اليوم الأربعاء", "weekday", "Wednesday", note="today, the publication day")
M(P, "أمس", "relative_date", 1, "day", "last", res="2018-04-17", note="inside the reports: yesterday")
M(P, "الثلاثاء", "weekday", "Tuesday")
M(P, "ثلاثة أهداف", "count", 3, noun="هدف")
M(P, "السبت", "weekday", "Saturday", note="the 14 April strikes")
M(P, "حوالي 500 آلاف شخص", "count", 500000, q="approx", noun="شخص", note="500 آلاف (sic) = 500,000")
M(P, "نحو نصف", "fraction", 0.5, q="approx", noun="سوري", note="نحو نصف السوريين")
M(P, "شهرين", "duration", 2, "month", "within", note="على مدى شهرين: over two months")
M(P, "الثلاثاء", "weekday", "Tuesday", after="وقال مندوب سوريا")
M(P, "الأربعاء", "weekday", "Wednesday", note="the day after the envoy's Tuesday statement = publication day")

# ---------------- BB-sport-191 ----------------
P = "BB-sport-191"
Q(P, "mixed", "الأرجنتين \"تلغي مباراة ودية أمام اسرائيل استعدادا لكأس العالم\"", "غونزالو إغوايين", None,
  "continuation", None, "person", "other", "clause", region="headline", bl=True,
  frags=["تلغي مباراة ودية أمام اسرائيل استعدادا لكأس العالم"],
  notes="headline with distancing marks and no cue (BBC 'reportedly'): the claim's source in the body is Higuain (and Argentine media reports); borderline")
Q(P, "indirect", "المباراة أُلغيت", "غونزالو إغوايين", "المهاجم الأرجنتيني غونزالو إغوايين", "name", "وقال",
  "person", "other", "clause", notes="the addressee لقناة إي أس بي إن الرياضية and الثلاثاء left out")
Q(P, "direct", "إتخذوا أخيرا إجراء صائبا", "غونزالو إغوايين", "إغوايين", "name", "وقال", "person", "other", "quote",
  notes="في مقابلة left out; no colon")
Q(P, "indirect", "إلغاء المباراة", "وسائل الإعلام الأرجنتينية", "وسائل الإعلام الأرجنتينية", "name", "ونقلت", "media",
  "other", "nominal", after="ونقلت وسائل الإعلام الأرجنتينية", bl=True,
  notes="نقلت تقارير عن إلغاء المباراة: media relaying reports about the cancellation; near topic-only, borderline")
Q(P, "indirect", "رئيس الوزراء الاسرائيلي بنيامين نتنياهو اتصل بالرئيس الأرجنتيني ماوريسيو ماكري في محاولة لإتمام المباراة التي من المزمع أن تُجرى في القدس السبت",
  "تقارير إعلامية", "تقارير إعلامية", "name", "وقالت", "media", "other", "clause", doc=True,
  notes="reports with no named issuer are the speaker")
Q(P, "direct", "حققت القيم والأخلاقيات والرياضة نصرا اليوم وربعت بطاقة الإنذار في وجه اسرائيل عن طرق إلغاء المباراة",
  "وكالة رويترز للأنباء", "وكالة رويترز للأنباء", "name", "ونقلت", "media", "other", "quote", alt=["جبريل الرجوب"],
  notes="conduit نقلت ... عن جبريل الرجبوب (sic): the agency is the reporting subject; no قوله, no colon; ربعت/طرق kept as written")
Q(P, "indirect", "إحراق صور ميسي وقميصه في حال مشاركته بالمباراة الودية بين الأرجنتين وإسرائيل", "جبريل الرجوب",
  "الرجوب", "name", "دعا", "person", "Palestine", "nominal",
  notes="relative clause الذي كان قد دعا الفلسطينيين إلى: an earlier call of the speaker, with its own cue; the addressee and clitic إلى left out")
Q(P, "indirect", "سيعقد مؤتمرا صحفيا الأربعاء", "جبريل الرجوب", "الرجوب", "name", "وقال", "person", "Palestine",
  "clause", bl=True, notes="إنه left out; announcement of an event (a press conference): borderline")
N(P, "آفاز", "name of an activist group, not speech")
Q(P, "indirect", "إلغاء المباراة", "آفاز", "جماعة \"آفاز\" للناشطين", "name", "دعت", "group", "other", "nominal",
  after="التي دعت سابقا", notes="relative clause التي دعت سابقا إلى: a call with its own cue; clitic إلى out")
Q(P, "mixed", "\"قرار أخلاقي شجاع\"", "آفاز", "جماعة \"آفاز\" للناشطين", "name", "ووضفته", "group", "other", "quote",
  frags=["قرار أخلاقي شجاع"], objpred=True,
  notes="ووضفته (sic for ووصفته) بأنه \"...\": object predicate; the praise أثنت ... على القرار itself is not annotated")
Q(P, "mixed", "\"عاصمتها الأبدية\"", "إسرائيل", "إسرائيل", "name", "تعتبرها", "institution", "Israel", "quote",
  frags=["عاصمتها الأبدية"], objpred=True, after="حيث تعتبرها",
  notes="اعتبر X \"Y\" with a pronoun object: the quoted predicate is the span; the writer's background")
Q(P, "indirect", "القدس الشرقية على أنها عاصمة دولتهم المستقبلية", "الفلسطينيون", "الفلسطينيون", "name", "ينظر",
  "group", "Palestine", "nominal", bl=True, after="بينما ينظر",
  notes="ينظر إلى X على أنها Y (regard as): a stance, borderline; clitic إلى out")
M(P, "الثلاثاء", "weekday", "Tuesday", note="published 03:09 Wednesday; the Tuesday interview (5 June)")
M(P, "السبت", "weekday", "Saturday", q="next", res="2018-06-09", note="the planned Saturday 9 June match")
M(P, "120 فلسطينيا على الأقل", "count", 120, q="at_least", noun="فلسطيني")
M(P, "اليوم", "relative_date", 0, "day", res="2018-06-05", note="inside Rajoub's Tuesday quote: today = the day of the statement")
M(P, "الأربعاء", "weekday", "Wednesday", q="next", res="2018-06-06", note="the press conference, the day after the Tuesday statement (= publication day)")
M(P, "الشهر الماضي", "relative_date", 1, "month", "last", res="2018-05", note="وفي الشهر الماضي: the May 2018 embassy move")

# ---------------- BB-technology-217 ----------------
P = "BB-technology-217"
Q(P, "indirect", "ينبغي أن يوقف هذا العلاج أي فيروس للبرد إذا ما استخدم في وقت مبكر بما فيه الكفاية",
  "الدراسات المخبرية", "الدراسات المخبرية", "name", "وتشير", "document-issuer", "other", "clause", bl=True, doc=True,
  notes="evidential non-human subject (تشير الدراسات إلى أنه): borderline; إلى أنه left out")
Q(P, "indirect", "العلاج أثبت فعالية في غضون دقائق من تطبيقه على خلايا رئوية بشرية في المختبر، واستهدف بروتينا بشريا يسمى NMT",
  "مجلة ناتشر كيميستري", "مجلة ناتشر كيميستري العلمية", "name", "ووفقا", "media", "other", "clause", doc=True,
  notes="ووفقا لتقارير نشرت في مجلة ...: the reports (the paper) stand for the journal that published them; فإن left out. Alternative: the Imperial College researchers")
Q(P, "mixed", "\"الفكرة هي أننا يمكن أن نعطي العلاج لشخص ما حالما يصاب، وسيمنع الفيروس من التكاثر والانتشار، وحتى لو تمكن البرد من الشخص يمكن للعلاج أن يساعد في تخفيف الأعراض\"",
  "إد تييت", "إد تييت", "name", "وقال", "person", "other", "quote",
  frags=["الفكرة هي أننا يمكن أن نعطي العلاج لشخص ما حالما يصاب، وسيمنع الفيروس من التكاثر والانتشار، وحتى لو تمكن البرد من الشخص يمكن للعلاج أن يساعد في تخفيف الأعراض"])
Q(P, "direct", "قد يكون هذا مفيدا حقا للأشخاص الذين يعانون من حالات صحية مثل الربو، والذين يمكن أن يعانوا بشدة حين يصابوا بنزلة برد",
  "إد تييت", None, "pronoun", "أضاف", "person", "other", "quote", ant="إد تييت", notes="كما أضاف, no colon")
Q(P, "mixed", "استهداف المضيف بدلا من العدوى كان \"ثوريا لحد ما\" ولكنه كان منطقيا لأن الهدف الفيروسي كان صعبا للغاية",
  "إد تييت", "البروفيسور تييت", "name", "وقال", "person", "other", "clause", frags=["ثوريا لحد ما"])
Q(P, "direct", "على الرغم من هذه الدراسة أجريت بالكامل في المختبر باستخدام خلايا لتصوير عدوى فيروسات البرد، فإنها مبشرة بشكل كبير من حيث تطوير علاج دوائي لمحاربة تأثيرات فيروس البرد داخل أجسام المرضى",
  "بيتر بارلو", "الدكتور بيتر بارلو", "name", "وقال", "person", "other", "quote",
  notes="من الجمعية البريطانية لعلم المناعة left out of the mention; no colon")
M(P, "مئات", "vague", None, None, "plural_unspecified", noun="شكل", scored=False, note="بمئات الأشكال: hundreds of forms")
M(P, "عامين", "duration", 2, "year", "within", note="خلال عامين; dual = 2")
M(P, "دقائق", "vague", None, "minute", "within", scored=False, note="في غضون دقائق")
M(P, "العديد", "vague", None, None, None, noun="سلالة", scored=False)
M(P, "24 ساعة", "duration", 24, "hour", note="لمدة 24 ساعة (لمدة out)")
M(P, "يومين", "duration", 2, "day", note="بعد مرور يومين; dual = 2")
M(P, "نحو أسبوع", "duration", 1, "week", "approx", note="بعد نحو أسبوع (unit alone = 1)")
M(P, "بضعة أسابيع", "vague", None, "week", None, scored=False, note="لبضعة أسابيع")

# ---------------- CN-economy-413 ----------------
P = "CN-economy-413"
Q(P, "direct", "الحملة الشرسة على السعودية متوقعة.. ونجاحها الخيار الأول للمنطقة", "أنور بن محمد قرقاش", "قرقاش",
  "name", ":", "person", "UAE", "quote", region="headline", bl=True, add=("colon_speech",),
  notes="headline convention \"speaker: content\"")
Q(P, "mixed", "\"نجاح السعودية هو الخيار الأول للمنطقة\"", "أنور بن محمد قرقاش", "الدكتور أنور بن محمد قرقاش",
  "name", "اعتبر", "person", "UAE", "quote", frags=["نجاح السعودية هو الخيار الأول للمنطقة"],
  notes="اعتبر أن + fully quoted proposition; وفقا لما جاء على حسابه بموقع \"تويتر\" is his own channel (no alt)")
N(P, "تويتر", "platform name, not speech", nth="all")
Q(P, "mixed", "\"الحملة الشرسة على الرياض متوقعة وكذلك التنسيق بين أطرافها المحرِّضة\"", "أنور بن محمد قرقاش",
  "قرقاش", "name", "ويرى", "person", "UAE", "quote",
  frags=["الحملة الشرسة على الرياض متوقعة وكذلك التنسيق بين أطرافها المحرِّضة"])
Q(P, "direct", "كما أن هناك ضرورة لبيان حقيقة البعد الإنساني للمشهد، فإن تداعيات الإستهداف السياسي للسعودية ستكون وخيمة على من يؤججها",
  "أنور بن محمد قرقاش", "قرقاش", "continuation", "مضيفا", "person", "UAE", "quote")
Q(P, "direct", "يبقى أن نجاح السعودية هو الخيار الأول للمنطقة وأبنائها", "أنور بن محمد قرقاش", "قرقاش", "name",
  "بقوله", "person", "UAE", "quote", notes="واختتم ... تغريدته ... بقوله: the cue is بقوله")
Q(P, "mixed", "\"تحريض الإعلام القطري ضد السعودية وقيادتها على خلفية تصريحات الرئيس (الأمريكي دونالد) ترامب يؤكد أن غياب الحكمة وتحكّم الأجنبي يمثل الضرر الأكبر على مصلحة قطر\"",
  "أنور بن محمد قرقاش", "قرقاش", "name", "كتب", "person", "UAE", "quote",
  frags=["تحريض الإعلام القطري ضد السعودية وقيادتها على خلفية تصريحات الرئيس (الأمريكي دونالد) ترامب يؤكد أن غياب الحكمة وتحكّم الأجنبي يمثل الضرر الأكبر على مصلحة قطر"],
  notes="the editorial insertion (الأمريكي دونالد) stays in the span; channel في حسابه على موقع تويتر left out")
Q(P, "mixed", "\"بالمقابل جمع الأمير محمد بن سلمان (ولي العهد السعودي) بين أولوية السيادة وأهمية الحكمة في ردّه، شتاّن بين من يعمل للوطن ومن يعمل ضده\"",
  "أنور بن محمد قرقاش", "قرقاش", "continuation", "مضيفا", "person", "UAE", "quote",
  frags=["بالمقابل جمع الأمير محمد بن سلمان (ولي العهد السعودي) بين أولوية السيادة وأهمية الحكمة في ردّه، شتاّن بين من يعمل للوطن ومن يعمل ضده"],
  cue_where="@مضيفا أنه", notes="مضيفا أنه + fully quoted proposition")
N(P, "بلومبرج", "news agency name, not speech")
Q(P, "indirect", "ضرورة اتخاذ قرارات حاسمة وفاعلة لتحسين الظروف المعيشية للمواطنين، وحل مشاكل النظام المصرفي والتضخم والبطالة، التي تعانيها إيران خلال الفترة الحالية",
  "علي خامنئي", "المرشد الإيراني علي خامنئي", "name", "طالب", "person", "Iran", "nominal", region="boilerplate",
  notes="related-story summary; the addressee سلطات الدولة الثلاث and clitic بـ left out")
N(P, "الإيبور", "financial term (EIBOR), not speech")
Q(P, "indirect", "ارتفاع أسعار الفائدة على التعاملات بالدرهم بين البنوك \"الإيبور\" بنسب تراوحت بين 30.7% و48.6% على مختلف الآجال منذ بداية عام 2018",
  "مصرف الإمارات المركزي", "مصرف الإمارات المركزي", "name", "كشف", "institution", "UAE", "nominal",
  region="boilerplate",
  notes="كشف عن + verbal noun (a claim, not a topic); clitic عن out. The term in marks is a label (non-quote), so the record is indirect")
Q(P, "indirect", "الإفراد هم أكثر المستفيدين من ارتفاع الفائدة", "محلل مالي", "محلل مالي", "description", "قال",
  "anonymous", "other", "clause", region="boilerplate", after="فيما قال محلل",
  notes="colon then إن, no marks: indirect; the addressee لـCNN left out; الإفراد kept as written")
Q(P, "indirect", "حكومة بلاده ستطبق البرنامج الاقتصادي الجديد خلال الفترة 2019-2021، والذي لن يتضمن أي مشاريع جديدة خلال عام 2019، إلا في حالات الضرورة",
  "رجب طيب أردوغان", "الرئيس التركي رجب طيب أردوغان", "name", "كشف", "person", "Turkey", "clause",
  region="boilerplate", cue_where="@كشف الرئيس التركي")
Q(P, "indirect", "قطاع السياحة المصري حقق إيرادات بلغت 4.8 مليار دولار خلال النصف الأول من عام 2018، وهي زيادة كبيرة جداً مقارنة بالفترة نفسها من العام الماضي",
  "جونز لانج لاسال", "شركة جونز لانج لاسال للاستشارات", "name", "قال", "document-issuer", "other", "clause",
  region="boilerplate", doc=True, cue_where="@قال تقرير", notes="قال تقرير أعدته شركة ...: the report stands for its issuer")
M(P, "الأول", "ordinal", 1, noun="خيار", note="headline, inside the quote: الخيار الأول")
M(P, "الأول", "ordinal", 1, noun="خيار", note="inside the quote")
M(P, "الخميس", "weekday", "Thursday", note="publication day")
M(P, "الأول", "ordinal", 1, noun="خيار", note="inside the quote")
M(P, "5 أيام", "duration", 5, "day", "ago", note="وقبل 5 أيام (قبل out)")
M(P, "الجمعة الماضي", "weekday", "Friday", q="last", res="2018-10-05", note="the Bloomberg interview published last Friday")
M(P, "الخميس", "weekday", "Thursday", note="related-story summary; most recent Thursday = publication day")
M(P, "الثلاث", "count", 3, noun="سلطة", note="سلطات الدولة الثلاث: the three branches (names them, not a back-reference)")
M(P, "بين 30.7% و48.6%", "range", [30.7, 48.6], "percent", note="بنسب تراوحت بين (verb outside the span)")
M(P, "بداية عام 2018", "year", 2018, q="since+start", note="منذ بداية عام 2018 (منذ out)")
M(P, "الخميس", "weekday", "Thursday", note="related-story summary; most recent Thursday = publication day")
M(P, "2019-2021", "range", [2019, 2021], "year", "within", note="خلال الفترة 2019-2021")
M(P, "عام 2019", "year", 2019, q="within", note="خلال عام 2019")
M(P, "السنوات الأربع المقبلة", "duration", 4, "year", "next")
M(P, "2022", "year", 2022, note="برنامج التوازن المالي 2022: a year in a programme's name, scored (as سيناء 2018 in dev2)")
M(P, "10 مليارات دولار", "money", 10000000000, "USD", note="بقيمة 10 مليارات دولار")
M(P, "4.8 مليار دولار", "money", 4800000000, "USD")
M(P, "النصف الأول من عام 2018", "date", "2018-H1", q="within", res="2018-01-01/2018-06-30", note="خلال النصف الأول من عام 2018: the first half of 2018")
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017", note="الفترة نفسها من العام الماضي")

# ---------------- CN-internationalNews-603 ----------------
P = "CN-internationalNews-603"
Q(P, "indirect", "19 شخصا على الأقل قتلوا وأصيب 57 آخرون، الثلاثاء، عندما فجر انتحاري نفسه وسط حشد من المتظاهرين خارج مركز للشرطة في شرق أفغانستان قرب الحدود مع باكستان",
  "عطا الله خوجاني", "عطا الله خوجاني", "name", "قال", "person", "Afghanistan", "clause")
Q(P, "indirect", "الانفجار وقع فى الساعة الواحدة بعد الظهر بالتوقيت المحلي فى منطقة موماندارا بمقاطعة نانجارهار",
  "عطا الله خوجاني", "خوجاني", "name", "وأضاف", "person", "Afghanistan", "clause")
Q(P, "mixed", "\"ستواصل القيام بعملها دون أن يردعها أحد\"", "المحكمة الجنائية الدولية", "المحكمة الجنائية الدولية",
  "name", "قالت", "institution", "ICC", "quote", region="boilerplate", frags=["ستواصل القيام بعملها دون أن يردعها أحد"],
  notes="teaser of another story; إنها + fully quoted proposition")
Q(P, "mixed", "إدارة الرئيس الأمريكي، دونالد ترامب، سوف تتوقف عن تقديم أي \"شرعية أو دعم\" لها", "جون بولتون",
  "مستشار الأمن القومي الأمريكي، جون بولتون", "name", "التحذيرات", "person", "US", "clause", region="boilerplate",
  frags=["شرعية أو دعم"], notes="noun cue التحذيرات الصادرة عن ... بأن; بأن left out")
Q(P, "mixed", "بلاده \"في طليعة المحاربين\" ضد الإرهاب", "أفيخاي أدرعي", "المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي",
  "name", "قال", "person", "Israel", "clause", region="boilerplate", frags=["في طليعة المحاربين"], cue_where="@قال المتحدث باسم الجيش",
  notes="teaser; صباح الثلاثاء and the channel (تغريدة ... تويتر) left out")
N(P, "تويتر", "platform name, not speech")
Q(P, "indirect", "اعتقال أسقف متهم باغتصاب إحدى راهبات الكنيسة عدة مرات خلال فترة عامين", "مجموعة من الراهبات",
  "مجموعة من الراهبات في واحدة من أقدم المجتمعات الكاثوليكية في الهند", "description", "طالبت", "group", "other",
  "nominal", region="boilerplate", notes="طالب بـ + verbal noun: clitic بـ out")
Q(P, "indirect", "كانت علامة فارقة في التاريخ", "كثيرون", "كثيرون", "name", "يرى", "anonymous", "other", "clause",
  region="boilerplate", bl=True, notes="يرى كثيرون أنها: a generic opinion of unnamed many, borderline")
M(P, "19", "count", 19, noun="شخص", note="headline; مقتل 19 (noun elided)")
M(P, "19 شخصا على الأقل", "count", 19, q="at_least", noun="شخص")
M(P, "57 آخرون", "count", 57, noun="شخص", note="وأصيب 57 آخرون: 57 others wounded")
M(P, "الثلاثاء", "weekday", "Tuesday", note="publication day")
M(P, "الساعة الواحدة بعد الظهر", "clock_time", "13:00", note="local time")
M(P, "الثلاثاء", "weekday", "Tuesday", note="teaser; most recent Tuesday = publication day")
M(P, "الثلاثاء", "weekday", "Tuesday", note="teaser; صباح الثلاثاء (صباح out)")
M(P, "الـ17", "ordinal", 17, noun="ذكرى", note="الذكرى الـ17: the 17th anniversary")
M(P, "11 سبتمبر/ أيلول", "date", "2001-09-11", res="2001-09-11", note="أحداث 11 سبتمبر: the 2001 attacks (an event's name with a date)")
M(P, "عدة مرات", "vague", None, None, None, noun="مرة", scored=False)
M(P, "عامين", "duration", 2, "year", "within", note="خلال فترة عامين; dual = 2")
M(P, "11 سبتمبر/أيلول من عام 2001", "date", "2001-09-11", res="2001-09-11")
M(P, "عام 1931", "year", 1931, note="في نفس اليوم من عام 1931 (the day-of phrase skipped, as in check/dev2)")

# ---------------- CN-middleEast-677 ----------------
P = "CN-middleEast-677"
Q(P, "direct", "أيادينا على الزناد وصواريخنا جاهزة للإطلاق", "إيران", "إيران", "name", "تحذر", "institution", "Iran",
  "quote", region="headline", notes="headline with its own verb and a colon (not borderline); the metonym إيران is kept as the speaker (body: Hossein Salami); the addressee \"الأعداء\" is a non-quote here")
N(P, "الأعداء", "headline addressee in scare quotes, outside the quote record", nth=0)
Q(P, "mixed", "\"الأعداء\"", "حسين سلامي", "نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي", "name",
  "وصفهم", "person", "Iran", "quote", frags=[("الأعداء", "وصفهم بـ")], objpred=True, after="وصفهم بـ",
  notes="من وصفهم بـ\"الأعداء\": object predicate (the clitic بـ outside the marks)")
Q(P, "indirect", "محاولة تهديد أمن إيران", "حسين سلامي", "نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي",
  "name", "حذر", "person", "Iran", "nominal", notes="حذر ... من + verbal noun: clitic من out; the addressee phrase is the previous record")
Q(P, "indirect", "الجيش الإيراني مستعد لأي مواجهة عسكرية", "حسين سلامي", "حسين سلامي", "continuation", "مؤكدا",
  "person", "Iran", "clause")
Q(P, "mixed", "\"أيادينا على الزناد والصواريخ جاهزة للإطلاق، ففي أي لحظة يريد العدو فيها القيام بشىء ضدنا سنقوم بإطلاقها\"",
  "حسين سلامي", "سلامي", "name", "وقال", "person", "Iran", "quote",
  frags=["أيادينا على الزناد والصواريخ جاهزة للإطلاق، ففي أي لحظة يريد العدو فيها القيام بشىء ضدنا سنقوم بإطلاقها"])
Q(P, "direct", "تعلمنا أسلوب التغلب على الأعداء، ويمكننا استهداف المصالح الحيوية للاعداء في أي مكان نريد", "حسين سلامي",
  None, "pronoun", "وأضاف", "person", "Iran", "quote", ant="سلامي", alt=["وكالة أنباء إرنا", "وكالة تسنيم"],
  notes="postposed conduit وفقا لما نقلته وكالة أنباء \"إرنا\" ... ووكالة \"تسنيم\": the reporting subject stays Salami, the agencies in alt")
N(P, "إرنا", "news agency name, not speech")
N(P, "تسنيم", "news agency name, not speech")
Q(P, "direct", "السعودية لن تصمد أمامنا 48 ساعة", "كبير مستشاري الجيش الإيراني", "كبير مستشاري الجيش الإيراني",
  "description", "يحذر", "person", "Iran", "quote", region="boilerplate",
  notes="related-story teaser (قد يهمك/) in headline form with its own verb and a colon")
Q(P, "mixed", "\"الشعب الإيراني لم يتغير أبداً، لقد حافظ على ثوريته ووفائه وتضحياته، ونحن أقوى من أي وقت مضى في جميع المجالات في الاقتصاد والدفاع والسياسة والتأثير الإقليمي\"",
  "حسين سلامي", None, "pronoun", "وأضاف", "person", "Iran", "quote", ant="سلامي",
  frags=["الشعب الإيراني لم يتغير أبداً، لقد حافظ على ثوريته ووفائه وتضحياته، ونحن أقوى من أي وقت مضى في جميع المجالات في الاقتصاد والدفاع والسياسة والتأثير الإقليمي"])
Q(P, "direct", "لن نكف عن الدفاع عن المظلومين والمضطهدين كما لن نحد من تطوير قدرتنا الدفاعية", "حسين سلامي", None,
  "pronoun", "وتابع", "person", "Iran", "quote", ant="سلامي", notes="وتابع بالقول:")
Q(P, "mixed", "\"أمريكا واجهت الهزيمة في سوريا\"", "حسين سلامي", "سلامي", "name", "واعتبر", "person", "Iran", "quote",
  frags=["أمريكا واجهت الهزيمة في سوريا"])
Q(P, "mixed", "\"الأمريكيين في سوريا ليس لديهم أي استراتيجية وسياسة، فعندما يقومون بعملية ما ولأنها ليست مرتبطة بأي استراتيجية فهي مثيرة للسخرية كالعملية التي قاموا بها منذ عدة أيام\"",
  "حسين سلامي", "سلامي", "continuation", "قائلا", "person", "Iran", "quote",
  frags=["الأمريكيين في سوريا ليس لديهم أي استراتيجية وسياسة، فعندما يقومون بعملية ما ولأنها ليست مرتبطة بأي استراتيجية فهي مثيرة للسخرية كالعملية التي قاموا بها منذ عدة أيام"],
  add=("participle_cue",), notes="the writer's gloss في إشارة إلى الضربات ... left out")
Q(P, "direct", "نحن نعرفكم جيداً، وأنتم معرضون للضرر كثيراً فليس لديكم عمق ولا نقطة ارتكاز، أنتم محاصرون في أي مكان من الأراضي المحتلة من الشمال والغرب، ليس لديكم مكان للهرب، تعيشون في فم الثعبان، والمقاومة اليوم أقوى بكثير من الماضي",
  "حسين سلامي", "سلامي", "name", "قائلا", "person", "Iran", "quote", cue_where="@الإسرائيليين، قائلا",
  notes="ووجه سلامي تحذيرا إلى الإسرائيليين، قائلا: the participle is the cue (the warning noun frames the same quote)")
Q(P, "direct", "لا تظنوا أن الحروب الجديدة ستكون كحرب تموز، رأيتم ماذا فعل محور المقاومة بالتكفيريين في الميدان وكيف اقتلعهم",
  "حسين سلامي", None, "pronoun", "وأضاف", "person", "Iran", "quote", ant="سلامي")
Q(P, "direct", "ليس لديكم مكان للهرب سوى السقوط في البحر، لاتثقوا بقواعدكم الجوية فهي في مرمى النيران وستتعطل سريعاً، ولا تعقدوا الآمال بأمريكا وبريطانيا لن يبقى لكم أثر عندما يصلون، لذلك لا تقوموا بحسابات خاطئة",
  "حسين سلامي", None, "pronoun", "وتابع", "person", "Iran", "quote", ant="سلامي")
M(P, "الجمعة", "weekday", "Friday", note="publication day")
M(P, "48 ساعة", "duration", 48, "hour", note="related-story teaser, inside its quote")
M(P, "عدة أيام", "vague", None, "day", "ago", scored=False, note="inside quote: منذ عدة أيام (the 14 April strikes)")
M(P, "اليوم", "relative_date", 0, "day", scored=False, note="inside quote: المقاومة اليوم = nowadays, unscored", res=None)
M(P, "تموز", "date", "XXXX-07", scored=False, res="2006-07", note="inside quote: حرب تموز, the name of the July 2006 Lebanon war; unscored")

# ---------------- CN-technology-5 ----------------
P = "CN-technology-5"
N(P, "خصخصة", "scare quotes (headline), not speech")
N(P, "ناسا", "agency name, not speech", nth="all")
Q(P, "mixed", "إنفاق 150 مليون دولار في عام 2019 على \"تشجيع التنمية التجارية\" والسماح للشركات بالاستحواذ عليها",
  "إدارة الرئيس الأمريكي دونالد ترامب", "الاقتراح", "description", "ويدعو", "document-issuer", "US", "nominal",
  frags=["تشجيع التنمية التجارية"], doc=True,
  notes="the budget proposal stands for its issuer, the Trump administration; دعا إلى + verbal noun (clitic إلى out)")
N(P, "برنامج ليو التجاري", "programme name, not speech")
Q(P, "indirect", "البيت الأبيض اعتبر طلب مبلغ 19.6 مليار دولار لـ \"ناسا\" فيه زيادة بنسبة 2.6 في المائة عن السنة المالية الحالية",
  "اندرو هنتر", "المدير المالي لوكالة \"ناسا\"، اندرو هنتر", "name", "وقال", "person", "US", "clause",
  notes="the nested اعتبر (the White House) inside the content gets no record")
N(P, "الشركاء التجاريين", "scare quotes around a term, not speech")
N(P, "سبيس اكس", "company name, not speech")
N(P, "بلو أوريجن", "company name, not speech")
Q(P, "mixed", "أي قرار بوقف التمويل الحكومي للمحطة قبل عام 2028 \"لن يسمح بوقت كاف\" لنقلها إلى القطاع الخاص",
  "الاتحاد التجاري للفضاء", "الاتحاد التجاري للفضاء", "name", "وقال", "institution", "other", "clause",
  frags=["لن يسمح بوقت كاف"], notes="the relative clause الذي يمثل شركات ... left out")
M(P, "الإثنين", "weekday", "Monday", note="the budget proposal released Monday")
M(P, "عام 2025", "year", 2025, note="بحلول عام 2025: by 2025")
M(P, "150 مليون دولار", "money", 150000000, "USD")
M(P, "عام 2019", "year", 2019)
M(P, "10 مليارات دولار", "money", 10000000000, "USD")
M(P, "19.6 مليار دولار", "money", 19600000000, "USD")
M(P, "2.6 في المائة", "percent", 2.6, "percent")
M(P, "السنة المالية الحالية", "relative_date", 0, "year", res="2018", note="the current (US federal) fiscal year, FY2018")
M(P, "الأسبوع الماضي", "relative_date", 1, "week", "last", res="2018-W06")
M(P, "300 مليون دولار", "money", 300000000, "USD")
M(P, "19.9 مليار دولار", "money", 19900000000, "USD")
M(P, "عام 2025", "year", 2025, note="بعد عام 2025: after 2025")
M(P, "150 مليون دولار", "money", 150000000, "USD")
M(P, "عام 2028", "year", 2028, note="inside the mixed quote's frame: قبل عام 2028 (before 2028)")
M(P, "16 دولة", "count", 16, noun="دولة")

# ---------------- FR-culture-104 ----------------
P = "FR-culture-104"
N(P, "كفرناحوم", "film title, not speech", nth="all")
N(P, "كفرناحوم", "film title, not speech (the closing mark is misplaced: \"كفرناحوم \")", after="يدشنفيلم", plain=True)
Q(P, "indirect", "يدشنفيلم \"كفرناحوم \"للمخرجة اللبنانية نادين لبكي، والذي فاز بجائزة لجنة التحكيم الخاصة في مهرجان كان السينمائي، الدورة الأولى لمهرجان السينمات العربية مساء اليوم الخميس في باريس",
  "المنظمون", "المنظمون", "name", "بحسب", "group", "other", "clause", spk_where="after", cue_where="after", post=True, bl=True,
  notes="postposed بحسب ما قال المنظمون over an event (the opening): borderline; يدشنفيلم (missing space) kept as written; the film title is a non-quote")
Q(P, "mixed", "الدورة الأولى هي \"امتداد للنشاط السينمائي بمعهد العالم العربي \"الذي توقف قبل 12 عاما", "ليان شواف",
  "رئيسة الأنشطة السينمائية في معهد العالم العربي ومديرة المهرجان ليان شواف", "name", "قالت", "person", "other",
  "clause", frags=["امتداد للنشاط السينمائي بمعهد العالم العربي"],
  notes="وعن المهرجان (topic) left out; the closing mark has a space before it; the relative clause after the marks stays in the span")
Q(P, "mixed", "\"خلال هذه السنوات تغيرت السينما العربية كثيرا\"مع تغير حال العالم العربي", "ليان شواف", None, "pronoun",
  "وتابعت", "person", "other", "quote", ant="ليان شواف", frags=["خلال هذه السنوات تغيرت السينما العربية كثيرا"],
  notes="quoted words followed by an unmarked tail in the same clause: mixed. Alternative: direct span of the marked words only")
Q(P, "mixed", "يحاول القيمون على المهرجان \"تغطية كل العالم العربي\"من خلال اختيار أفضل ما أنتج", "ليان شواف", "ليان شواف",
  "name", "بحسب", "person", "other", "clause", spk_where="after", cue_where="after", post=True,
  frags=["تغطية كل العالم العربي"], notes="postposed بحسب ليان شواف: the whole clause is hers")
Q(P, "direct", "إنها دورة جديدة واعدة تزخر بالمواهب الشابة", "جاك لانغ", "رئيس معهد العالم العربي جاك لانغ", "name",
  "صرح", "person", "other", "quote", notes="the pronoun-complementizer إنها is inside the marks: direct")
Q(P, "direct", "يشرفني العودة إلى هذا المهرجان(..)  لرفع صوت مختلف في فرنسا بدل صوت التطرف الذي يعلو على كافة الأصوات",
  "هيام عباس", "هيام", "name", "علقت", "person", "other", "quote", notes="علقت ... على التعيين: the topic left out")
N(P, "أبيض معتم", "film title, not speech")
N(P, "بنزين", "film title, not speech")
M(P, "الأولى", "ordinal", 1, noun="دورة", note="headline")
M(P, "الأولى", "ordinal", 1, noun="دورة")
M(P, "الخميس", "weekday", "Thursday", note="مساء الخميس: publication day")
M(P, "الأولى", "ordinal", 1, noun="دورة")
M(P, "اليوم الخميس", "weekday", "Thursday", note="مساء اليوم الخميس: today, publication day")
M(P, "السابع من تموز/يوليو", "date", "XXXX-07-07", res="2018-07-07", note="حتى السابع من تموز/يوليو (حتى out)")
M(P, "بين عامي1992\u00a0 و2006", "range", [1992, 2006], "year", note="bracketed by a no-break space and a space, kept as written")
M(P, "اليوم", "relative_date", 0, "day", scored=False, res=None, note="في أوروبا اليوم = nowadays, unscored")
M(P, "الأولى", "ordinal", 1, noun="دورة")
M(P, "12 عاما", "duration", 12, "year", "ago", note="قبل 12 عاما")
M(P, "حوالي ثمانين فيلما", "count", 80, q="approx", noun="فيلم")
M(P, "لجنتا", "count", 2, noun="لجنة", note="لجنتا تحكيم: dual in construct naming the two juries")
M(P, "أول", "ordinal", 1, noun="فيلم", note="بفيلم أول: a first film")
M(P, "12 فيلما", "count", 12, noun="فيلم")
M(P, "13 فيلما", "count", 13, noun="فيلم")
M(P, "مخرجين", "count", 2, noun="مخرج", note="ذكرى مخرجين عربيين: indefinite dual naming the two")
M(P, "لقاءين", "count", 2, noun="لقاء", note="indefinite dual")

# ---------------- FR-economy-70 ----------------
P = "FR-economy-70"
N(P, "تيسلا", "company name, not speech", nth="all")
N(P, "تيسلا ،", "company name with a misplaced mark, not speech", plain=True)
N(P, "شورت سيلينغ", "name of a financial strategy, not speech")
N(P, "موديل3 ", "car model name, not speech")
N(P, "تويتر", "platform name, not speech")
N(P, "جنرال موتورز", "company name, not speech")
Q(P, "indirect", "عزمه على سحب شركته من البورصة", "إيلون ماسك", "إيلون ماسك", "name", "يعلن", "person", "Tesla",
  "nominal", bl=True, notes="announcement of an intention (as إعلان اعتزامها in dev2): borderline; the channel تغريدات عبر تويتر left out")
Q(P, "indirect", "نيته سحب شركته الناشطة في قطاع تصنيع السيارات الكهربائية من البورصة", "إيلون ماسك", "إيلون ماسك",
  "name", "أعرب", "person", "Tesla", "nominal", notes="أعرب عن + NP: clitic عن out; الثلاثاء left out")
Q(P, "indirect", "يدرس سحب \"تيسلا\" من البورصة مع البقاء رئيسا لمجلس إدارتها", "إيلون ماسك", "ماسك", "name", "بقوله",
  "person", "Tesla", "clause", notes="بقوله إنه: إنه left out; the company name in marks is a non-quote")
Q(P, "indirect", "يملك التمويل الكافي لعملية كهذه", "إيلون ماسك", None, "pronoun", "وأكد", "person", "Tesla", "clause",
  ant="ماسك")
Q(P, "indirect", "إيلون ماسك ينوي سحب الشركة من البورصة", "تيسلا", "\"تيسلا\"", "name", "أكدت", "institution", "Tesla",
  "clause", after="وقبيل الإغلاق", spk_where="@أكدت \"تيسلا\"")
Q(P, "indirect", "القرار النهائي سيتخذ بناء على تصويت المساهمين", "تيسلا", None, "pronoun", "أوضحت", "institution",
  "Tesla", "clause", ant="\"تيسلا\"", notes="the channel في مدونة left out")
Q(P, "indirect", "\"تيسلا\" ستواجه صعوبة لاحترام الاستحقاقات الزمنية في إنتاج نموذج \"موديل3 \" من الشركة",
  "مضاربين", "مضاربين", "name", "يؤكدون", "group", "other", "clause",
  notes="وهم يؤكدون أن: the speculators (short sellers); the writer's relative clause التي أصبحت نموذجا ... left out")
Q(P, "direct", "أنوي سحب تيسلا من البورصة بسعر 420دولارا للسهم.التمويل مؤمن", "إيلون ماسك", "إيلون ماسك", "name",
  "وجاء", "person", "Tesla", "quote", notes="وجاء على حساب إيلون ماسك الرسمي عبر خدمة \"تويتر\": his own account, the speaker")
M(P, "11%", "percent", 11, "percent", note="بنسبة 11%")
M(P, "الثلاثاء", "weekday", "Tuesday", note="7 August (published Wednesday morning)")
M(P, "بضع", "vague", None, None, None, noun="تغريدة", scored=False, note="بضع تغريدات")
M(P, "7%", "percent", 7, "percent")
M(P, "ربع ساعة", "duration", 0.25, "hour", note="قبل ربع ساعة من إغلاق الأسواق: a quarter of an hour before the close (قبل out; relative to the close, not ago)")
M(P, "11%", "percent", 11, "percent", "approx", note="ارتفاع قارب 11% (verb outside the span)")
M(P, "موديل3", "identifier", "Model 3", scored=False, note="car model name")
M(P, "420دولارا", "money", 420, "USD", note="inside the tweet: per share")
M(P, "71 مليار دولار", "money", 71000000000, "USD", note="تصل قيمة \"تيسلا\" إلى: the resulting value (verb outside)")
M(P, "نحو 20 مليارا", "money", 20000000000, "USD", "approx", note="بنحو 20 مليارا (clitic out); currency from context")

# ---------------- FR-internationalNews-1860 ----------------
P = "FR-internationalNews-1860"
N(P, "أكواريوس", "ship name, not speech", nth="all")
N(P, "داتيلو", "ship name, not speech", nth="all")
N(P, "أوريوني", "ship name, not speech")
Q(P, "indirect", "وصول دفعة أخرى من المهاجرين على متن سفينة عسكرية إيطالية ثانية تحمل اسم \"أوريوني\"، بحلول الساعة العاشرة بتوقيت غرينتش",
  "السلطات الإسبانية", "السلطات", "description", "وتتوقع", "institution", "Spain", "nominal", bl=True,
  notes="forecast (توقع + verbal noun): borderline; the ship name is a non-quote")
Q(P, "direct", "نرحب بكم في بلدنا", "لافتة", "لافتة", "name", "كتب", "document-issuer", "Spain", "quote", bl=True, doc=True,
  notes="رفعت لافتة كتب عليها بعدد من اللغات \"...\": the text of a banner with no named author; the banner is the speaker; borderline (alternative: non-quote)")
Q(P, "indirect", "عددا من هؤلاء سيتم استقبالهم في فرنسا بعد دراسة ملفاتهم", "الحكومة الإسبانية", "الحكومة الإسبانية",
  "name", "أعلنت", "institution", "Spain", "clause", notes="السبت left out")
Q(P, "indirect", "سبع نساء حوامل على متن السفن سيتم إنزالهن بمجرد وصولهن لإجراء الفحوصات الطبية وسيتم تقديم الرعاية النفسية للجميع ومن بينهم123  قاصرا",
  "مسؤولون من الصليب الأحمر الإسباني", "مسؤولون من الصليب الأحمر الإسباني", "name", "وأعلن", "anonymous",
  "Spanish Red Cross", "clause", notes="the no-break space in 123\\xa0 is kept in the span")
Q(P, "indirect", "معظم الإسبان يؤيدون فكرة استقبال المهاجرين ودمجهم في المجتمع", "استطلاعات الرأي", "استطلاعات الرأي",
  "name", "وبحسب", "document-issuer", "other", "clause", doc=True, notes="polls with no named pollster are the speaker; فإن left out")
M(P, "أول", "ordinal", 1, noun="دفعة", note="headline")
M(P, "أول", "ordinal", 1, noun="دفعة")
M(P, "الأحد", "weekday", "Sunday", note="صباح الأحد: publication day")
M(P, "أسبوع", "duration", 1, "week", note="بعد أسبوع من الانتظار (unit alone = 1)")
M(P, "اليوم الأحد", "weekday", "Sunday", note="صباح اليوم الأحد")
M(P, "مئات", "vague", None, None, "plural_unspecified", noun="مهاجر", scored=False)
M(P, "630 مهاجرا", "count", 630, noun="مهاجر")
M(P, "الأسبوع الجاري", "relative_date", 0, "week", "within", res="2018-W24", note="خلال الأسبوع الجاري: this week (11-17 June)")
M(P, "أولى", "ordinal", 1, noun="سفينة", note="سفينة أولى: a first ship")
M(P, "الساعة 06,30", "clock_time", "06:30", note="قبيل الساعة 06,30: shortly before (قبيل out); local time")
M(P, "04,30", "clock_time", "04:30", note="(04,30 ت غ): GMT")
M(P, "ثانية", "ordinal", 2, noun="سفينة")
M(P, "الساعة العاشرة", "clock_time", "10:00", note="بحلول الساعة العاشرة بتوقيت غرينتش: by 10:00 GMT")
M(P, "450 رجلا", "count", 450, noun="رجل")
M(P, "80 امرأة", "count", 80, noun="امرأة")
M(P, "سبع حوامل على الأقل", "count", 7, q="at_least", noun="حامل")
M(P, "89 فتى", "count", 89, noun="فتى")
M(P, "11 طفلا", "count", 11, noun="طفل")
M(P, "أحد عشر عاما", "duration", 11, "year", "less_than", note="age: تقل أعمارهم عن أحد عشر عاما (verb outside the span)")
M(P, "1500 كيلومتر", "number", 1500, "km")
M(P, "السبت", "weekday", "Saturday")
M(P, "أسبوع", "duration", 1, "week", "ago", note="وقبل أسبوع (قبل out; unit alone = 1)")
M(P, "700 \u00a0ميل بحري", "number", 700, "nautical_mile", note="على بعد 700 ميل بحري (a no-break space inside the span)")
M(P, "2320 \u00a0شخصا", "count", 2320, noun="شخص", glued=True, note="من2320 (no space after من)")
M(P, "أول", "ordinal", 1, noun="مجموعة")
M(P, "سبع نساء", "count", 7, noun="امرأة")
M(P, "123\u00a0 قاصرا", "count", 123, noun="قاصر", glued=True, note="بينهم123 (no space)")

# ---------------- FR-middleEast-834 ----------------
P = "FR-middleEast-834"
N(P, "تويتر", "platform name, not speech")
Q(P, "mixed", "تداعيات \"لم يختبرها سوى قلة عبر التاريخ\"", "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name",
  "حذر", "person", "US", "nominal", frags=[("لم يختبرها سوى قلة عبر التاريخ", "بعد أن حذر")], after="بعد أن حذر",
  notes="حذر ... نظيره ... من تداعيات \"...\": the addressee and clitic من left out; the channel (tweet) left out")
Q(P, "direct", "لا تلعب بالنار لأنك ستندم", "حسن روحاني", "روحاني", "name", "قائلا", "person", "Iran", "quote",
  after="وكان روحاني قد هدد", notes="هدد ترامب ... قائلا: the threat has no content of its own, the participle carries the quote")
Q(P, "mixed", "تداعيات \"لم يختبرها سوى قلة عبر التاريخ\"", "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name",
  "حذر", "person", "US", "nominal", frags=[("لم يختبرها سوى قلة عبر التاريخ", "حذر الرئيس الأمريكي دونالد ترامب الأحد")],
  after="حذر الرئيس الأمريكي دونالد ترامب الأحد", notes="the lead repeated in the body")
Q(P, "direct", "إياك وتهديد الولايات المتحدة مجددا وإلا ستواجه تداعيات لم يختبرها سوى قلة عبر التاريخ", "دونالد ترامب",
  "ترامب", "name", "وكتب", "person", "US", "quote")
Q(P, "direct", "لم نعد دولة يمكن أن تسكت على تصريحاتك المختلة حول العنف والقتل. كن حذرا", "دونالد ترامب", None,
  "pronoun", "وتابع", "person", "US", "quote", ant="ترامب")
Q(P, "indirect", "الولايات المتحدة لا تخشى فرض عقوبات على كبار قادة النظام الإيراني", "مايك بومبيو",
  "وزير خارجيته مايك بومبيو", "name", "قال", "person", "US", "clause")
Q(P, "direct", "لا يمكنك أن تحرض الشعب الإيراني على أمنه ومصالحه", "حسن روحاني", "روحاني", "name", "قال", "person",
  "Iran", "quote", notes="في خطاب متلفز left out")
Q(P, "indirect", "إيران يمكن أن تغلق مضيق هرمز الاستراتيجي الذي يعتبر خط شحن حيوي لإمدادات النفط العالمية", "حسن روحاني",
  "روحاني", "continuation", "تحذيره", "person", "Iran", "clause",
  notes="مجددا تحذيره بأن: the noun cue تحذيره under the participle مجددا; بأن left out; the trailing gloss stays in")
Q(P, "direct", "لقد ضمنا دائما أمن هذا المضيق، فلا تلعب بالنار لأنك ستندم", "حسن روحاني", None, "pronoun", "وقال",
  "person", "Iran", "quote", ant="روحاني", notes="مخاطبا ترامب (addressee) left out")
Q(P, "mixed", "\"السلام مع إيران سيكون أم كل سلام، والحرب مع إيران ستكون أم المعارك\"", "حسن روحاني", "روحاني", "name",
  "وقال", "person", "Iran", "quote", frags=["السلام مع إيران سيكون أم كل سلام، والحرب مع إيران ستكون أم المعارك"])
Q(P, "direct", "كما قلت في السابق لا يمكن الوثوق بكلام الولايات المتحدة ولا بتوقيعها، لذلك فلا فائدة ترجى من التفاوض معها",
  "علي خامنئي", "آية الله علي خامنئي", "name", "قال", "person", "Iran", "quote",
  notes="the addressee أمام دبلوماسيين إيرانيين في طهران left out")
Q(P, "direct", "لسنا خائفين من أن نستهدف النظام على أعلى مستوى", "مايك بومبيو", "وزير الخارجية الأمريكي", "description",
  "قائلا", "person", "US", "quote", notes="ورد ... على المسؤولين الإيرانيين قائلا:")
Q(P, "indirect", "تعزيز حملة الدعاية الأمريكية التي تستهدف النظام الإيراني", "مايك بومبيو", "بومبيو", "name", "وأعلن",
  "person", "US", "nominal", bl=True, notes="announcement of an act (أعلن + verbal noun): borderline")
Q(P, "mixed", "الحملة تقوم خصوصا على إطلاق قناة متعددة الوسائط (تلفزيون، إذاعة، صحافة رقمية ومواقع تواصل اجتماعي) باللغة الفارسية تبث على مدار الساعة \"لكي يعرف الإيرانيون العاديون داخل إيران وفي العالم أجمع أن أمريكا تقف إلى جانبهم\"",
  "مايك بومبيو", "بومبيو", "continuation", "مشيرا", "person", "US", "clause",
  frags=["لكي يعرف الإيرانيون العاديون داخل إيران وفي العالم أجمع أن أمريكا تقف إلى جانبهم"], notes="مشيرا إلى أن: left out")
Q(P, "mixed", "تهديدات ترامب تدخل في إطار \"الحرب النفسية\"", "غلام حسين غيب برور",
  "قائد قوات الباسيج الإيرانية شبه الحكومية الجنرال غلام حسين غيب برور", "name", "اعتبر", "person", "Iran", "clause",
  frags=["الحرب النفسية"], notes="اعتبر ... إن (for أن) kept as written")
N(P, "ايسنا", "news agency name, not speech")
Q(P, "mixed", "\"تصريحات ترامب الموجهة ضد إيران هي حرب نفسية. إنه ليس في موقع يسمح له بالتحرك ضد إيران\"",
  "غلام حسين غيب برور", None, "pronoun", "وقال", "person", "Iran", "quote", ant="غلام حسين غيب برور",
  alt=["وكالة ايسنا"], frags=["تصريحات ترامب الموجهة ضد إيران هي حرب نفسية. إنه ليس في موقع يسمح له بالتحرك ضد إيران"],
  notes="وقال وفق ما نقلت عنه وكالة \"ايسنا\": the reporting subject is the general, the agency in alt")
Q(P, "indirect", "انسحاب الولايات المتحدة من الاتفاق النووي الموقع في 2015 بين طهران من جهة وبريطانيا والصين وفرنسا وألمانيا وروسيا من جهة أخرى والذي أدى إلى رفع العقوبات مقابل كبح البرنامج النووي الإيراني",
  "دونالد ترامب", "ترامب", "name", "أعلن", "person", "US", "nominal", bl=True,
  notes="announcement of an act (the May 2018 withdrawal): borderline; the writer's glosses on the deal stay in")
M(P, "الأحد", "weekday", "Sunday", note="the day before the Monday publication")
M(P, "الأحد", "weekday", "Sunday", note="في وقت سابق الأحد")
M(P, "الأحد", "weekday", "Sunday")
M(P, "الأحد", "weekday", "Sunday", note="وجاءت تصريحاته الأحد")
M(P, "الأحد", "weekday", "Sunday", note="وكان روحاني قد قال الأحد")
M(P, "السبت", "weekday", "Saturday", note="والسبت (clitic و out)")
M(P, "أيار/مايو الماضي", "date", "XXXX-05", q="last", res="2018-05")
M(P, "2015", "year", 2015, note="الموقع في 2015")

# ---------------- SK-economy-1298 ----------------
P = "SK-economy-1298"
N(P, "التحدي والإنجاز", "book title, not speech", nth="all")
N(P, "مصر: التحدي والإنجاز", "book title, not speech")
Q(P, "indirect", "كتاب مصر \"التحدي والإنجاز\" تضمن بيانا تفصيليا للمشروعات التي نفذت خلال الفترة من يوليو 2014 وحتى يونيو 2018، التي يبلغ عددها 7777 مشروعا بتكلفة تصل إلى 1.61 تريليون جنيه",
  "مصطفى مدبولي", "رئيس مجلس الوزراء، مصطفى مدبولي", "name", "وقال", "person", "Egypt", "clause",
  alt=["الصحف المصرية"], notes="في تصريحات نقلتها الصحف المصرية: the reporting subject is Madbouly, the newspapers that relayed it in alt; الجمعة left out")
Q(P, "indirect", "يجرى حاليا تنفيذ نحو 3392 مشروعا بتكلفة 1.13 تريليون جنيه، كما من المخطط أيضا تنفيذ 4131 مشروعا بتكلفة 0.17 تريليون جنيه، بحيث من المقرر أن تبلغ الاستثمارات، التي تضخ في المشروعات المنفذة والجاري والمخطط تنفيذها (15300 مشروع) نحو 3.45 تريليون جنيه",
  "مصطفى مدبولي", None, "pronoun", "وأضاف", "person", "Egypt", "clause", ant="مصطفى مدبولي", notes="أنه (expletive) left out")
Q(P, "mixed", "\"السنوات الأربع الماضية شهدت إلى جانب البناء والتشييد، اتخاذ إجراءات مهمة للإصلاح الاقتصادي، حيث تبنت الدولة في نوفمبر 2016 برنامجا طموحا للإصلاح الاقتصادي، واكبه حزمة من برامج وسياسات الحماية الاجتماعية\"",
  "مصطفى مدبولي", "مدبولي", "name", "وأوضح", "person", "Egypt", "quote",
  frags=["السنوات الأربع الماضية شهدت إلى جانب البناء والتشييد، اتخاذ إجراءات مهمة للإصلاح الاقتصادي، حيث تبنت الدولة في نوفمبر 2016 برنامجا طموحا للإصلاح الاقتصادي، واكبه حزمة من برامج وسياسات الحماية الاجتماعية"])
Q(P, "indirect", "جهود البرنامج بدأت تؤتى ثمارها مع مطلع عام 2018 حيث انعكس ذلك إيجابيا على العديد من المؤشرات الاقتصادية، ومن ذلك زيادة معدل النمو من 4.4 بالمئة عام 2014 إلى 5.3 بالمئة، وانخفاض معدل التضخم إلى 12.9 بالمئة، وكذا معدل البطالة من 13.2 بالمئة إلى 9.6 بالمئة",
  "مصطفى مدبولي", None, "pronoun", "وأكد", "person", "Egypt", "clause", ant="مدبولي")
Q(P, "indirect", "ارتفاع حصيلة صادرات السلع البترولية بنسبة 30 بالمئة، والسلع غير البترولية بنسبة 10 بالمئة مقارنة بالعام الماضي، وتنامى الاستثمار الأجنبي المباشر بنهاية عام 2017 لنحو 7.2 مليار دولار، وارتفع صافى التحويلات الجارية بنسبة 29.5 بالمئة",
  "مصطفى مدبولي", None, "pronoun", "أشار", "person", "Egypt", "nominal", ant="مدبولي",
  notes="كما أشار إلى + verbal noun: clitic إلى out; the coordinated finite verb وارتفع stays inside")
M(P, "الأولى", "ordinal", 1, noun="ولاية", note="الولاية الأولى: Sisi's first term")
M(P, "الجمعة", "weekday", "Friday")
M(P, "يوليو 2014", "date", "2014-07", q="since", res="2014-07", note="الفترة من يوليو 2014")
M(P, "يونيو 2018", "date", "2018-06", res="2018-06", note="وحتى يونيو 2018 (حتى out)")
M(P, "7777 مشروعا", "count", 7777, noun="مشروع")
M(P, "1.61 تريليون جنيه", "money", 1610000000000, "EGP", "at_most", note="بتكلفة تصل إلى (verb outside the span)")
M(P, "نحو 3392 مشروعا", "count", 3392, q="approx", noun="مشروع")
M(P, "1.13 تريليون جنيه", "money", 1130000000000, "EGP")
M(P, "4131 مشروعا", "count", 4131, noun="مشروع")
M(P, "0.17 تريليون جنيه", "money", 170000000000, "EGP")
M(P, "15300 مشروع", "count", 15300, noun="مشروع", note="bracketed")
M(P, "نحو 3.45 تريليون جنيه", "money", 3450000000000, "EGP", "approx")
M(P, "السنوات الأربع الماضية", "duration", 4, "year", "last", note="inside quote")
M(P, "نوفمبر 2016", "date", "2016-11", res="2016-11", note="inside quote")
M(P, "مطلع عام 2018", "year", 2018, q="start", note="مع مطلع عام 2018")
M(P, "العديد", "vague", None, None, None, noun="مؤشر", scored=False)
M(P, "4.4 بالمئة", "percent", 4.4, "percent")
M(P, "عام 2014", "year", 2014)
M(P, "5.3 بالمئة", "percent", 5.3, "percent")
M(P, "12.9 بالمئة", "percent", 12.9, "percent")
M(P, "13.2 بالمئة", "percent", 13.2, "percent")
M(P, "9.6 بالمئة", "percent", 9.6, "percent")
M(P, "30 بالمئة", "percent", 30, "percent")
M(P, "10 بالمئة", "percent", 10, "percent")
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017", note="مقارنة بالعام الماضي (clitic بـ out)")
M(P, "نهاية عام 2017", "year", 2017, q="end", note="بنهاية عام 2017 (clitic out)")
M(P, "نحو 7.2 مليار دولار", "money", 7200000000, "USD", "approx", note="لنحو (clitic لـ out)")
M(P, "29.5 بالمئة", "percent", 29.5, "percent")

# ---------------- SK-internationalNews-2056 ----------------
P = "SK-internationalNews-2056"
Q(P, "indirect", "طائرة الزعيم الكوري الشمالي، كيم جونغ أون، الخاصة غادرت من بيونغيانغ في طريقها إلى سنغافورة",
  "وكالة يونهاب الكورية الجنوبية للأنباء", "وكالة يونهاب الكورية الجنوبية للأنباء", "name", "ذكرت", "media", "other",
  "clause", notes="الأحد left out")
Q(P, "indirect", "من المقرر أن يلتقي كيم مع رئيس وزراء سنغافورة، لي هسيين لونغ، في وقت لاحق اليوم",
  "وزارة الشؤون الخارجية في سنغافورة", "وزارة الشؤون الخارجية في سنغافورة", "name", "وأوضحت", "institution",
  "Singapore", "clause", notes="في بيان left out; أنه (expletive) left out")
Q(P, "indirect", "غادرت طائرة من طراز اليوشن-76 بيونغيانغ في ساعة مبكرة من صباح الأحد وتوقفت في قوانغتشو بجنوب الصين قبل أن تواصل رحلتها في طريقها إلى سنغافورة على الأرجح",
  "خدمات تعقب الرحلات الجوية", "خدمات تعقب الرحلات الجوية", "name", "حسبما", "document-issuer", "other", "clause",
  spk_where="after", cue_where="after", post=True, bl=True, doc=True,
  notes="postposed حسبما أظهرت خدمات تعقب الرحلات: evidential non-human source (tracking data), borderline")
N(P, "ستريتس تايمز", "newspaper name, not speech")
Q(P, "indirect", "شاحنات تبريد ستكون في الانتظار في مطار تشانجي لاستقبال طائرة الشحن", "ستريتس تايمز",
  "صحيفة \"ستريتس تايمز\" بسنغافورة", "name", "وذكرت", "media", "other", "clause")
Q(P, "indirect", "من المعتقد أن الطائرة تحمل مواد غذائية بالإضافة إلى سيارات فاخرة عدة لمرافقة الزعيم الكوري الشمالي",
  "ستريتس تايمز", "صحيفة \"ستريتس تايمز\" بسنغافورة", "continuation", "موضحة", "media", "other", "clause",
  add=("participle_cue",))
M(P, "الأحد", "weekday", "Sunday", note="publication day")
M(P, "اليوم", "relative_date", 0, "day", res="2018-06-10", note="في وقت لاحق اليوم: later today")
M(P, "واحدة فقط", "count", 1, noun="زيارة", note="بزيارة واحدة فقط (فقط inside, as dev2's واحدة فقط)")
M(P, "2011", "year", 2011, note="منذ أن أصبح زعيما ... في 2011")
M(P, "اليوشن-76", "identifier", "Il-76", scored=False, glued=True, note="aircraft model (طرازاليوشن-76, no space)")
M(P, "اليوشن 62 إم", "identifier", "Il-62M", scored=False, note="aircraft model")
M(P, "مايو", "date", "XXXX-05", res="2018-05", note="في مايو: the May 2018 Dalian visit")
M(P, "اليوشن-76", "identifier", "Il-76", scored=False, note="aircraft model")
M(P, "الأحد", "weekday", "Sunday", note="صباح الأحد")
M(P, "عدة", "vague", None, None, None, noun="سيارة", scored=False, note="سيارات فاخرة عدة")
M(P, "اليوشن-76", "identifier", "Il-76", scored=False, note="aircraft model")
M(P, "أكثر من 3 آلاف كيلومتر", "number", 3000, "km", "at_most",
  note="لا يمكن ... الطيران أكثر من 3 آلاف كيلومتر: negated 'more than' = a maximum range; a literal reading gives more_than")
M(P, "4700 كيلومتر", "number", 4700, "km")

# ---------------- SK-middleEast-3052 ----------------
P = "SK-middleEast-3052"
Q(P, "indirect", "مجموعة خاصة من الجيش هاجمت مواقع الحوثيين بالقرب من جبل تويلق في جبهة شدا، ما أسفر عن سقوط قتلى في صفوف المتمردين",
  "مصادر عسكرية", "مصادر عسكرية", "name", "وذكرت", "anonymous", "Yemen", "clause")
Q(P, "indirect", "القوات الشرعية استعادت السيطرة على \u200fمواقع عدة جديدة شرقي قرية الجعدة وادي حيران", "مصادر عسكرية",
  "مصادر عسكرية", "name", "وقالت", "anonymous", "Yemen", "clause", notes="الأحد left out; a U+200F mark inside the span is kept")
Q(P, "indirect", "القوات الحكومية سيطرت على جميع المواقع الواقعة غربي وادي حيران، وتواصل الزحف نحو مثلث ومديرية عاهم",
  "مصادر عسكرية", "المصادر", "description", "وأشارت", "anonymous", "Yemen", "clause", notes="إلى أن left out")
Q(P, "indirect", "المعارك أسفرت عن سقوط عدد من القتلى والجرحى من عناصر المليشيات، وأسر 10 آخرين منهم شرق قرية الجعدة بوادي حيران",
  "مصادر عسكرية", "المصادر", "description", "وأكدت", "anonymous", "Yemen", "clause")
M(P, "الأحد", "weekday", "Sunday", note="publication day")
M(P, "الأيام الماضية", "vague", None, "day", "last", scored=False)
M(P, "الخامسة", "ordinal", 5, noun="جبهة", note="الجبهة الخامسة في صعدة")
M(P, "الأيام الماضية", "vague", None, "day", "last", scored=False, note="خلال الأيام الماضية")
M(P, "الأحد", "weekday", "Sunday")
M(P, "عدة", "vague", None, None, None, noun="موقع", scored=False, note="مواقع عدة")
M(P, "10 آخرين", "count", 10, noun="عنصر", note="وأسر 10 آخرين منهم: ten other militia members")

# ---------------- SK-sport-2102 ----------------
P = "SK-sport-2102"
Q(P, "indirect", "سيبقي في الوقت الراهن على مدرب المنتخب الوطني خورخي سامباولي، وأوكل له قيادة منتخب دون 20 عاما في دورة ودية في إسبانيا في يوليو الجاري، قبل أن يجري تقييما لتجربه أواخر الشهر الحالي، بعد الأداء المخيب للمنتخب في مونديال 2018",
  "الاتحاد الأرجنتيني", "الاتحاد الأرجنتيني", "name", "أعلن", "institution", "Argentina", "clause",
  after="أعلن الاتحاد", notes="أنه left out; the coordinated وأوكل is read inside the announcement (one record)")
Q(P, "mixed", "عقد رئيسه كلاوديو تابيا ونائبه دانيال أنجيليشي اجتماعا لساعة مع سامباولي الاثنين، تطرق إلى \"أداء وكفاءة المدرب في كأس العالم الأخيرة\" في روسيا",
  "الاتحاد الأرجنتيني", "الاتحاد", "description", "وبحسب", "document-issuer", "Argentina", "clause", bl=True, doc=True,
  frags=["أداء وكفاءة المدرب في كأس العالم الأخيرة"],
  notes="وبحسب بيان صادر عن الاتحاد، فقد: the statement stands for its issuer; بحسب over an event (a meeting) with quoted wording: borderline")
Q(P, "indirect", "سامباولي سيتولى قيادة منتخب ما دون 20 عاما في دورة ودية تقام في لالكوديا بمقاطعة فالنسيا الاسبانية في يوليو في ظل شغور منصب مدرب هذه الفئة العمرية",
  "فرانس برس", "فرانس برس", "name", "ونقلت", "media", "other", "clause", alt=["الاتحاد الأرجنتيني"],
  notes="conduit نقلت فرانس برس عن بيان الاتحاد: the agency is the reporting subject, the federation (its statement) in alt")
Q(P, "mixed", "سيتم خلال \"اجتماع اللجنة التنفيذية للاتحاد المقرر نهاية الشهر، إجراء تقييم مشترك لمسار المدرب حتى الآن\"",
  "الاتحاد الأرجنتيني", None, "pronoun", "وأضاف", "institution", "Argentina", "clause", ant="الاتحاد",
  frags=["اجتماع اللجنة التنفيذية للاتحاد المقرر نهاية الشهر، إجراء تقييم مشترك لمسار المدرب حتى الآن"],
  notes="masculine وأضاف: the statement (بيان الاتحاد), i.e. the federation, not the agency (نقلت is feminine). Alternative: فرانس برس; أنه left out")
Q(P, "indirect", "رئيس الاتحاد ونائبه أخبرا سامباولي الاثنين أن مهمته التي بدأت على رأس الجهاز الفني للمنتخب في يونيو 2017، شارفت على النهاية",
  "وسائل إعلام أرجنتينية", "وسائل إعلام أرجنتينية", "name", "وبحسب", "media", "other", "clause",
  notes="فإن left out; the nested أخبرا inside the content gets no record")
Q(P, "indirect", "سيضطر الاتحاد المحلي لدفع تعويض قدره 15 مليون دولار، في حال أقال المدرب قبل أربعة أعوام من انتهاء عقده",
  "الصحافة الأرجنتينية", "الصحافة الأرجنتينية", "name", "وبحسب", "media", "other", "clause")
M(P, "دون 20 عاما", "duration", 20, "year", "less_than", note="منتخب دون 20 عاما: the under-20 team (age limit)")
M(P, "يوليو الجاري", "date", "XXXX-07", res="2018-07", note="in July this year")
M(P, "أواخر الشهر الحالي", "relative_date", 0, "month", "end", res="2018-07-21/2018-07-31", note="late this month")
M(P, "2018", "year", 2018, note="مونديال 2018")
M(P, "ساعة", "duration", 1, "hour", note="اجتماعا لساعة (clitic لـ out; unit alone = 1)")
M(P, "الاثنين", "weekday", "Monday", note="9 July (published early Tuesday)")
M(P, "3-4", "number", [3, 4], "score", scored=False, note="match score (France 4-3), unscored as in dev2")
M(P, "متعددة", "vague", None, None, None, noun="تقرير", scored=False, note="تقارير صحافية متعددة")
M(P, "دون 20 عاما", "duration", 20, "year", "less_than", note="منتخب ما دون 20 عاما")
M(P, "يوليو", "date", "XXXX-07", res="2018-07", note="في يوليو")
M(P, "نهاية الشهر", "relative_date", 0, "month", "end", res="2018-07-21/2018-07-31", note="inside the quoted words: the end of this month")
M(P, "الاثنين", "weekday", "Monday")
M(P, "يونيو 2017", "date", "2017-06", res="2017-06")
M(P, "58 عاما", "duration", 58, "year", note="age, bracketed")
M(P, "عام 2022", "year", 2022, note="حتى عام 2022")
M(P, "15 مليون دولار", "money", 15000000, "USD")
M(P, "أربعة أعوام", "duration", 4, "year", note="قبل أربعة أعوام من انتهاء عقده: four years before the contract ends (قبل out; not 'ago')")
