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
