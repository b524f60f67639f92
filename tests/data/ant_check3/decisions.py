# ---------------- AL-culture-326 ----------------
P = "AL-culture-326"
Q(P, "indirect", "تستهويها جداً وهي تشبه شخصية صوتها", "رويدا عطية", None, "pronoun", "قالت", "person", "other", "clause",
  ant="رويدا عطية", notes="relative clause الأغنية الخليجية التي قالت إنها ...: إنها left out; zero subject = the singer (subject of وتطرقت); ends before the next clause, which has its own cue برأيها")
Q(P, "indirect", "هذه الأغنية ما زالت برأيها تحافظ على مستواها الفني", "رويدا عطية", None, "pronoun", "برأيها", "person", "other", "clause",
  ant="رويدا عطية", cue_where="in", notes="parenthetical attribution برأيها (in her opinion) inside the clause: the span contains the cue (guidelines case 6); leading و left out; the following وهي تستمع ... is the writer's narration")
Q(P, "mixed", "\"سيد الطرب الخليجي\"", "رويدا عطية", None, "pronoun", "اعتبرته", "person", "other", "quote", objpred=True,
  ant="رويدا عطية", frags=["سيد الطرب الخليجي"],
  notes="relative clause محمد عبده الذي اعتبرته \"...\": span is the quoted predicate (as وصفه بـ\"...\"), cf. check2 object_predicate")
Q(P, "direct", "الذي يعتمد دائماً في إصداراته الغنائية على الأسلوب العصري والمتجدد والجميل", "رويدا عطية", None, "pronoun", None,
  "person", "other", "quote", ant="رويدا عطية",
  notes="quoted relative clause describing حسين الجسمي inside the writer's narration (وهي تستمع ... ولحسين الجسمي \"...\"); no cue of its own: her words, attributed to the ongoing speaker (cue null); alternative: part of the preceding اعتبرته record")
Q(P, "indirect", "مقصرة في طرح #الأغنيات_الخليجية", "رويدا عطية", None, "pronoun", "وأقرّت", "person", "other", "clause",
  ant="رويدا عطية", notes="أقرّ بأنها (admitted): بأنها left out as a whole token; في ذات السياق left out")
Q(P, "indirect", "ألا يعتب عليها", "رويدا عطية", None, "pronoun", "متمنيةً", "person", "other", "clause",
  ant="رويدا عطية", add=("participle_cue",),
  notes="participle متمنيةً على الجمهور الخليجي ألا ...: a wish addressed to the audience; the addressee is left out; ألا (أن + لا) kept because it carries the negation")
Q(P, "indirect", "بين يديها حالياً أغنيات باللهجة الخليجية لتختار أفضلها تمهيداً لإطلاقها، وهي سبق وأطلقت أغنية خليجية بعنوان \"طوعلي العالم\"",
  "رويدا عطية", None, "pronoun", "وأوضحت", "person", "other", "clause", ant="رويدا عطية",
  notes="coordinated main verb with its own record; the trailing وهي سبق وأطلقت ... stays in (same sentence); the final ... left out; \"طوعلي العالم\" is a song title (non-quote), so indirect")
Q(P, "mixed", "أهم المحطات الفنية في حياتها كانت وقوفها على أهم المسارح كمسرح تريانون في باريس ومسارح عدة في أميركا ووقوفها على مسرحَيْ بصرى في #سوريا وبيت الدين في لبنان وأغنيتي الديو اللتين قدمتهما مع كل من الفنان الكبير الراحل وديع الصافي ومع \"عراب التراث\" صباح فخري",
  "رويدا عطية", None, "pronoun", "أشارت", "person", "other", "clause", ant="رويدا عطية", frags=["عراب التراث"],
  notes="أشارت إلى أن: the epithet in marks is confirmed as her wording by the postposed على حد تعبيرها (left out, as حسب تعبيره in check)")
Q(P, "indirect", "الأغنية التي حققت لها نجاحاً وانتشاراً عربيين هي \"شو سهل الحكي\" كما أن هناك أغنيات تركت بصمة في مشوارها الفني منها \"تعبت معاك\"، \"بلا حب\" وآخرها أغنية \"خاين\"",
  "رويدا عطية", "رويدا", "name", "واعتبرت", "person", "other", "clause",
  notes="اعتبرت أن + clause (stated opinion); كما أن coordinated under the same cue, one record; the quoted items are song titles (non-quotes), so indirect")
Q(P, "indirect", "لن تجدد أغاني الشحرورة صباح لكنها تقدم وصلات غنائية في الحفلات والمهرجانات التي تحييها في لبنان والعالم العربي، ويكون حضور هذه الأغنيات للشحرورة كتكريم منها لهذه الفنانة الكبيرة",
  "رويدا عطية", None, "pronoun", "قالت", "person", "other", "clause", ant="رويدا", cue_where="after", post=True,
  notes="postposed parenthetical كما قالت at the sentence end; the sentence has no subject mention (zero = the singer)")
Q(P, "indirect", "من أقرب الشهور إلى قلبها إذ تلتقي خلاله مع العائلة والأصدقاء على المائدة الرمضانية التي لها نكهة خاصة",
  "رويدا عطية", None, "pronoun", "اعتبرته", "person", "other", "clause", ant="رويدا", objpred=True,
  notes="تحدثت عن شهر #رمضان (topic, not annotated) الذي اعتبرته من ...: object-predicate opinion; the إذ clause (her reason) stays in; alternative: not a quote (narrated topic)")
N(P, "خاين", "song title, not speech", nth="all")
N(P, "العربية.نت", "news site name, not speech")
N(P, "طوعلي العالم", "song title, not speech")
N(P, "شو سهل الحكي", "song title, not speech")
N(P, "تعبت معاك", "song title, not speech")
N(P, "بلا حب", "song title, not speech")
N(P, "طريق", "TV series title, not speech")
N(P, "ضد مجهول", "TV series title, not speech")

# ---------------- AL-economy-350 ----------------
P = "AL-economy-350"
Q(P, "indirect", "انخفاضاً في ميزان المعاملات الجارية خلال النصف الأول من العام المالي الجاري بنسبة 63.83%، على أساس سنوي",
  "البنك المركزي المصري", "بيانات حديثة أصدرها البنك المركزي المصري", "description", "أظهرت", "institution", "Egypt", "nominal",
  doc=True, notes="evidential subject (أظهرت بيانات ... , data showed) -> its named issuer, the central bank; not borderline because the issuer is named (as dev أظهر تقرير (WHO) and check2 إحصائيات أصدرها البنك الدولي; the dev record with an unnamed issuer is borderline)")
Q(P, "indirect", "ارتفاع الفائض الكلي في ميزان المدفوعات خلال الربع الأول من العام المالي 2017-2018، بنسبة 168.4% ليبلغ 5.1 مليار دولار، مقابل فائض بنحو 1.9 مليار دولار خلال الفترة المقارنة من العام المالي السابق",
  "البنك المركزي المصري", "بيانات البنك المركزي المصري", "description", "أظهرت", "institution", "Egypt", "nominal",
  doc=True, notes="evidential subject (data of the central bank showed) -> its named issuer; not borderline, as above")
Q(P, "indirect", "خطة التنمية الاقتصادية والاجتماعية تستهدف مواصلة برامج وسياسات الإصلاح الاقتصادي والاجتماعي والإداري لانعكاساتها الإيجابية على مناخ الاستثمار وبيئة الأعمال وكفاءة الأسواق",
  "شريف إسماعيل", "رئيس مجلس الوزراء المصري، المهندس شريف إسماعيل", "name", "وقال", "person", "Egypt", "clause",
  notes="إن left out; the channel في بيان left out")
Q(P, "indirect", "سيتم إعطاء أولوية للقطاعات الرائدة عالية الإنتاجية سريعة النمو ذات علاقات تشابكية قوية مع غيرها من القطاعات، وفي مقدمتها الصناعة التحويلية، وإيلاء الأهمية للقطاعات الأكثر ارتباطاً بتنشيط المعاملات في الأسواق الداخلية، وعلى رأسها قطاعات التشييد والبناء والنقل والتجارة والاتصالات وتكنولوجيا المعلومات",
  "شريف إسماعيل", None, "pronoun", "وأضاف", "person", "Egypt", "clause", ant="المهندس شريف إسماعيل",
  notes="أنه left out as a whole token; the circumstance خلال اجتماعه مع وزيرة التخطيط left out")
Q(P, "indirect", "أهمية التوزيع المتكافئ لمجمل الاستثمارات المستهدفة في إطار الخطة متوسطة المدى للتنمية المستدامة (18/2019 -21/2022)، بين مختلف الأقاليم والمحافظات مع التركيز على دفع عجلة التنمية بمحافظات الصعيد لتقليل الفجوات التنموية",
  "شريف إسماعيل", "رئيس الوزراء", "description", "وشدد", "person", "Egypt", "nominal",
  notes="شدد على + stance noun (أهمية ...); clitic على left out")
Q(P, "indirect", "أهمية التوسع في مشروعات البنية الأساسية لتحسين جودة حياة المواطنين وتمهيد الطريق لجذب مزيد من الاستثمارات الخاصة، إعطاء دفعة للمشروعات الجاري تنفيذها في كافة القطاعات، إلى جانب العمل على سرعة الانتهاء من المشروعات المتوقفة بما يساهم في دخولها الخدمة في أقرب وقت ممكن",
  "شريف إسماعيل", None, "pronoun", "وأكد", "person", "Egypt", "nominal", ant="رئيس الوزراء",
  notes="أكد + stance noun (أهمية ...), zero subject = the prime minister")
Q(P, "indirect", "الخطة الاستثمارية للعام المالي 2018-2019، تستهدف تحقيق معدل نمو للناتج المحلي الإجمالي يصل إلى 5.8%، وزيادة الاستثمارات الحكومية الممولة من الخزانة العامة للدولة بنسبة 46%",
  "هالة السعيد", "وزيرة التخطيط", "description", "وأشارت", "person", "Egypt", "clause",
  notes="title only in this sentence; the fullest form وزيرة التخطيط هالة السعيد is in the previous sentence; خلال الاجتماع left out", add=("title_only",))
Q(P, "indirect", "تنمية قطاع الأعمال الصغيرة، وتعزيز قدرات المنشآت الصغيرة ومتناهية الصِغَر وتوفير المساندة المالية والفنية والتسويقية اللازمة تعتبر من أهم مرتكزات خطة التنمية المستدامة",
  "هالة السعيد", None, "pronoun", "وأوضحت", "person", "Egypt", "clause", ant="وزيرة التخطيط")
Q(P, "indirect", "أهمية البرامج التدريبية لمختلف وحدات التخطيط داخل الوزارات في ضمان تنفيذ وفاعلية وكفاءة الإنفاق العام، حتى يشعر المواطن بثمار التنمية",
  "هالة السعيد", None, "continuation", "مشيرة", "person", "Egypt", "nominal", ant="وزيرة التخطيط", add=("participle_cue",),
  notes="participle مشيرة إلى + verbal noun; clitic إلى left out")

# ---------------- AL-internationalNews-1099 ----------------
P = "AL-internationalNews-1099"
Q(P, "indirect", "#تركيا علقت اليوم الخميس فتح أي أقسام جديدة للدراسات الفرنسية في جامعاتها، وسط خلاف متزايد مع #فرنسا بعد دعوات هناك لحذف آيات من القرآن الكريم",
  "مسؤول بمجلس التعليم العالي التركي", "مسؤول في قطاع التعليم", "description", "أعلن", "anonymous", "Turkey", "clause",
  notes="أعلن أن + clause; the anonymous official is the one named more fully in the next sentence (مسؤول بمجلس التعليم العالي التركي); the trailing وسط ... stays in (same sentence)")
Q(P, "indirect", "الجامعات التركية لن تفتح أي أقسام فرنسية جديدة، وإن 16 قسما موجودا بالفعل، ولم يتقدم أي طلاب للدراسة بها، لن يُسمح لها بقبول طلاب جدد",
  "مسؤول بمجلس التعليم العالي التركي", "مسؤول بمجلس التعليم العالي التركي", "description", "وقال", "anonymous", "Turkey", "clause",
  notes="coordinated إن ... وإن ... under one cue: one record")
Q(P, "indirect", "19 قسما بها طلاب مسجلون حاليا سيُسمح لها بقبول طلاب جدد ومواصلة العام الدراسي على نحو طبيعي",
  "مسؤول بمجلس التعليم العالي التركي", None, "pronoun", "وأضاف", "anonymous", "Turkey", "clause", ant="مسؤول بمجلس التعليم العالي التركي")
Q(P, "indirect", "فرض قيود على الأقسام الفرنسية يعتب ردا بالمثل على فرنسا",
  "مسؤول بمجلس التعليم العالي التركي", None, "pronoun", "وأكد", "anonymous", "Turkey", "clause", ant="مسؤول بمجلس التعليم العالي التركي",
  notes="the typo يعتب (for يعتبر) kept as written")
Q(P, "indirect", "لا توجد برامج بالتعليم العالي في فرنسا تدرس الأدب التركي",
  "مسؤول بمجلس التعليم العالي التركي", None, "continuation", "مضيفاً", "anonymous", "Turkey", "clause", ant="مسؤول بمجلس التعليم العالي التركي",
  notes="participle with its own record; أنه left out")
Q(P, "indirect", "حذف آيات من #القرآن", "الموقعون على الرسالة", "300 شخص", "description", "ودعا", "group", "other", "nominal",
  after="ودعا فيها", notes="دعا فيها (in the open letter) + لـ + verbal noun: a call (as ودعا/داعيا in dev and check); the clitic لـ left out; speaker = the signatories, named as الموقعون على الرسالة in the next sentence")
Q(P, "mixed", "هذه الآيات \"تنشر أفكارا عنيفة ومعادية للسامية\"", "الموقعون على الرسالة", "الموقعون على الرسالة", "description", "وزعم",
  "group", "other", "clause", frags=["تنشر أفكارا عنيفة ومعادية للسامية"],
  notes="زعم أن (claimed) + clause with the quoted predicate; the apposition ومن بينهم الرئيس السابق #نيكولا_ساركوزي is part of the subject; private signatories, side other")
Q(P, "direct", "هل أنتم في موقع يمنحكم الحق في تصريحات كتلك؟ نرى ذلك مجرد انعكاس لجهلكم. أنتم لا تختلفون عن داعش. مهما كانت شدة هجومكم على ما هو مقدس لدينا، فلن نفعل مثلكم",
  "رجب طيب أردوغان", "أردوغان", "name", "وقال", "person", "Turkey", "quote",
  notes="the channel في خطاب left out; the preceding ورد ... بانتقادات شديدة has no content and is not annotated")

# ---------------- AL-internationalNews-359 ----------------
P = "AL-internationalNews-359"
Q(P, "mixed", "الزعيم الكوري الشمالي كيم جونج أون قال لوفد زائر رفيع المستوى من كوريا الجنوبية إنه يرغب بشدة في تحسن العلاقات بين البلدين و \"كتابة تاريخ جديد لإعادة الوحدة\" مع كوريا الجنوبية",
  "وكالة الأنباء الرسمية لكوريا الشمالية", "وكالة الأنباء الرسمية لكوريا الشمالية", "description", "ذكرت", "media", "other", "clause",
  frags=["كتابة تاريخ جديد لإعادة الوحدة"], alt=["كيم جونج أون"],
  notes="conduit: ذكرت الوكالة أن [كيم قال ... إنه ...]: the grammatical reporting subject (the agency) is the speaker and Kim, the cited source, is the alt (as بوابة الأهرام ... أن المحكمة \"...\" in check); the nested قال gets no record; alternative: speaker كيم جونج أون with the agency as conduit")
Q(P, "direct", "بعد أن سمع من المبعوث الخاص للشطر الجنوبي بنية الرئيس (الكوري الجنوبي) مون جيه إن عقد قمة (بين البلدين) تبادل (الزعيم الكوري الشمالي) وجهات النظر وأبدى موافقة شافية",
  "وكالة الأنباء الرسمية لكوريا الشمالية", "الوكالة", "description", "وقالت", "media", "other", "quote",
  notes="the editorial insertions in parentheses stay in the span; عن الاجتماع الذي جرى الاثنين (topic) left out; the following ولم تذكر أي تفاصيل is a negated report without content")
Q(P, "direct", "أعطى تعليمات مهمة للجهات المعنية لاتخاذ خطوات عملية سريعة من أجل ذلك. تبادل أيضا وجهات نظر عميقة حول مسائل تخفيف حدة التوترات العسكرية في شبه الجزيرة الكورية وتفعيل الحوار متعدد الجوانب والاتصال والتعاون والتفاهم",
  "وكالة الأنباء الرسمية لكوريا الشمالية", "الوكالة", "description", "وأضافت", "media", "other", "quote",
  notes="channel في تقريرها left out")

# ---------------- BB-internationalNews-418 ----------------
P = "BB-internationalNews-418"
Q(P, "indirect", "سيطعنون في الحكم", "الفتاة والمعتدون", "كل من الفتاة والمعتدون", "description", "وقال", "group", "other", "clause",
  notes="conjoined speakers -> group entity (members: the girl, the attackers); أنهم left out; the space before the final . left out")
Q(P, "direct", "إنه اغتصاب وليس تحرشا", "عشرات الناشطين", "عشرات الناشطين", "description", "تقول", "group", "other", "quote",
  notes="هتافات غاضبة تقول \"...\": the chants stand for the activists who chanted them (ورددوا, subject عشرات الناشطين)")
Q(P, "indirect", "يختلف التحرش عن الاغتصاب من ناحية عدم وجود عنف أو إرهاب لأي طرف", "القانون الإسباني", "القانون الإسباني",
  "description", "وحسب", "document-issuer", "Spain", "clause", bl=True, doc=True,
  notes="a law as source (as قانون العقوبات in check hard call 1): document-issuer, borderline")
Q(P, "direct", "كيف يمكن أن يوصف الاعتداء الجنسي الذي يشمل الجماع من قبل خمسة رجال بأي شيء سوى الترهيب أو الاغتصاب",
  "مجموعة من كبار الساسة، وبعض الناشطين الحقوقيين", "مجموعة من كبار الساسة، وبعض الناشطين الحقوقيين", "continuation", "وتساءلوا",
  "group", "other", "quote",
  notes="coordinated verb after أبدوا امتعاضهم (no content, not annotated); conjoined group speaker as the article gives it")
Q(P, "indirect", "ظهروا وسط مجموعة من السكارى يجولون الشوارع قبل أن يقوم اثنان من المجموعة باقتياد الفتاة إلى منطقة شبه منعزلة من الشارع وبدأوا ممارسة الجنس معها قبل أن يلحق بهم 3 آخرون",
  "الشرطة", "تقرير الشرطة", "description", "وحسب", "institution", "Spain", "clause", doc=True,
  notes="وحسب ما ورد في تقرير الشرطة والمقاطع المصورة ...: the report -> its issuer, the police; the videos are evidence, not a speaker; فقد left out as a connective")
Q(P, "indirect", "بث المقطع كاملا", "الشبان الخمسة", None, "pronoun", "ووعدوا", "group", "other", "nominal", bl=True,
  ant="الشبان", notes="وعد (promised, = تعهد) + بـ + verbal noun; the clitic بـ left out; borderline (a narrated promise in the WhatsApp group, part of the account of the events)")
N(P, "قطيع الذئاب", "name the group gave itself, not speech")

# ---------------- BB-middleEast-411 ----------------
P = "BB-middleEast-411"
Q(P, "indirect", "قد وجدوا أنفسهم محاصرين بالمياه بعد هطول الأمطار", "سكان منطقة القاهرة الجديدة", "سكان منطقة القاهرة الجديدة",
  "description", "اشتكى", "anonymous", "other", "clause", notes="اشتكى من أنهم (complained): أنهم left out with the preposition من")
Q(P, "indirect", "عدم رضاهم عن البنية التحتية في المنطقة", "سكان منطقة القاهرة الجديدة", "السكان", "description", "معبرين",
  "anonymous", "other", "nominal", add=("participle_cue",),
  notes="participle معبرين عن + stance noun (= أعرب عن); the residents named in the same sentence (ونشر السكان)")
Q(P, "indirect", "أعلى ميزانية في تاريخها بقيمة 85 مليار جنيه مصري (قرابة 4 مليار دولار)", "هيئة المجتمعات العمرانية الجديدة",
  "هيئة المجتمعات العمرانية الجديدة", "name", "إعلان", "institution", "Egypt", "nominal", bl=True, add=("participle_cue",),
  notes="noun cue إعلان ... عن + noun (announcement of a budget, inside تتناقض هذه الصور مع ...): borderline (nominalised event announcement, as إعلان عزمه in check)")
Q(P, "indirect", "ذلك غالباً ما يكون على حساب توفير مساكن بأسعار معقولة لسكان المناطق الحضرية في القاهرة", "نقاد", "نقاد",
  "description", "ويشير", "anonymous", "other", "clause")
Q(P, "indirect", "تحسين شبكة الطرق خلال عام واحد", "عبد الفتاح السيسي", "الرئيس المصري عبد الفتاح السيسي", "name", "تعهد",
  "person", "Egypt", "nominal", notes="تعهد بـ + verbal noun (pledge); clitic بـ left out; في 2016 left out")
Q(P, "direct", "تم إنجاز الكثير على مستوى البنية التحتية، حيث رصدت الدولة خطة شاملة لتحسين شبكة الطرق، بالإضافة إلى رفع كفاءات الموانئ البحرية والجوية",
  "عبد الفتاح السيسي", None, "pronoun", "قال", "person", "Egypt", "quote", ant="عبد الفتاح السيسي",
  notes="zero subject = Sisi, named in the previous sentence")
Q(P, "indirect", "سخطهم تجاه عدم استعداد مناطق معروفة بالمساكن الحديثة وباهظة السعر مثل التجمع الخامس شرق العاصمة المصرية لهطول الأمطار",
  "مستخدمون", "مستخدمون", "description", "وأعرب", "anonymous", "other", "nominal",
  notes="أعرب عن + stance noun; clitic عن left out; the coordinated ونشروا صورا is an action, left out")
Q(P, "indirect", "علقوا لساعات في الشوارع ومن عدم استجابة مسؤولي الحي أو الشرطة لاستغاثاتهم", "آخرون", "آخرون", "description",
  "وشكا", "anonymous", "other", "clause",
  notes="شكا من أنهم ... ومن عدم ...: two complements of one cue in one record; أنهم left out; the second (ومن عدم استجابة) is nominal")
Q(P, "indirect", "يكونوا في حالة تأهب قصوى بعد سقوط الأمطار الغزيرة في عدد من المناطق في القاهرة ومدن أخرى", "شريف إسماعيل",
  "رئيس الوزراء المصري شريف إسماعيل", "name", "وطلب", "person", "Egypt", "clause", drop=("participle_cue",),
  notes="طلب من المحافظين أن ...: a request (as طالب); addressee and أن left out")
Q(P, "indirect", "اتخاذ إجراءات وقائية لأنه من المتوقع أن يستمر الطقس السيئ في مختلف المحافظات", "شريف إسماعيل", None, "pronoun",
  "وأمر", "person", "Egypt", "nominal", ant="شريف إسماعيل", bl=True, alt=["وكالة أنباء الشرق الأوسط"],
  notes="أمر (ordered) is an action verb, but the postposed حسب وكالة أنباء الشرق الأوسط الرسمية makes it an attributed report (guidelines exception); the agency is a conduit (alt); borderline (directive); clitic بـ left out")
Q(P, "indirect", "عدداً من المسؤولين قد أحيلوا إلى المحاكمة بتهمة الإهمال", "صحيفة الأهرام", "صحيفة الأهرام", "name", "نقلت",
  "media", "other", "clause", alt=["عدد من المصادر"],
  notes="conduit نقلت الصحيفة عن عدد من المصادر قولهم إن: the paper is the grammatical reporting subject, the sources are the alt; the writer's remark دون تحديد أسماء المسؤولين left out")
N(P, "أرقى أحياء مصر", "scare quotes in the headline (ironic label), not attributed speech")

# ---------------- BB-sport-184 ----------------
P = "BB-sport-184"
Q(P, "indirect", "مانشستر يونايتد الانجليزي ينهي إجراءات التعاقد مع اللاعب البرازيلي فريد للانتقال إلى صفوفه قادما من شاختار دونيتسك الأوكراني",
  "تقارير", "تقارير", "description", "تفيد", "anonymous", "other", "clause",
  notes="تفيد تقارير بأن: unnamed reports as subject (reporting verb with a subject, so annotated); بأن left out")
Q(P, "direct", "عندما يحدث ذلك، سيأتي اللاعبون إلينا وننصحهم بأن ينتهوا من أي قرارات خاصة بمستقبلهم مع الأندية حتى يضعوا كامل تركيزهم مع المنتخب",
  "تيتي", "تيتي", "name", "وقال", "person", "Brazil national team", "quote",
  notes="the preceding ويرغب ... تيتي أن ... (wish, not a report) is not annotated")
Q(P, "direct", "لو كنت مدربا ليونايتد لطلبت التعاقد مع فريد", "تيتي", "تيتي", "name", "وأضاف", "person", "Brazil national team", "quote")
Q(P, "mixed", "انتقال رونالدو إلى مانشستر يونايتد \"مهمة مستحيلة\"", "جوزيه مورينيو", "مورينيو", "name", ":", "person",
  "Manchester United", "clause", bl=True, region="boilerplate", frags=["مهمة مستحيلة"],
  notes="related-story line \"speaker: content\" with part in marks: mixed, cue ':', borderline, boilerplate; canonical name from the body (جوزيه مورينيو)")
N(P, "كوبا أمريكا", "tournament name, not speech")

# ---------------- BB-technology-107 ----------------
P = "BB-technology-107"
Q(P, "indirect", "العصابة نشطت منذ عام 2013، واخترقت ما يزيد على مئة بنك في ذلك الوقت", "وكالة تطبيق القانون الأوروبية يوروبول",
  "وكالة تطبيق القانون الأوروبية \"يوروبول\"", "name", "وقالت", "institution", "EU", "clause",
  notes="إن left out; the next sentence كما استطاعت ... has no cue and is not annotated (alternative: continuation of Europol's report)")
Q(P, "mixed", "الاعتقال يعد خطوة \"ناجحة للغاية\" في التصدي لعصابة كبيرة في الجريمة الإلكترونية", "ستيفين ويلسون", "ستيفين ويلسون",
  "name", "وقال", "person", "EU", "clause", frags=["ناجحة للغاية"],
  notes="the apposition (رئيس مركز مكافحة الجريمة الإلكترونية في اليوروبول ...) and the channel في بيان are left out")
Q(P, "direct", "اعتقال الشخصية الرئيسية في هذه العصابة الإجرامية يؤكد أن مرتكبي الجرائم الإلكترونية لا يستطيعون الاختباء لفترة طويلة وراء إخفاء الهوية دوليا كما يعتقدون",
  "ستيفين ويلسون", None, "pronoun", "وأضاف", "person", "EU", "quote", ant="ستيفين ويلسون",
  notes="colon glued to the opening mark (وأضاف :\"); the nested يؤكد أن is inside the quote")
Q(P, "indirect", "لصوص الجرائم الإلكترونية يستهدفون شبكات البنوك عن طريق برامج خبيثة، ويرسلون رسائل إلكترونية مفخخة لموظفين رئيسيين في المنشأة",
  "وكالة تطبيق القانون الأوروبية يوروبول", "اليوروبول", "name", "وقال", "institution", "EU", "clause")
N(P, "كاراباناك", "malware campaign name, not speech")
N(P, "كوبالت", "malware campaign name, not speech")
N(P, "يوروبول", "acronym gloss (agency name), not speech")

# ---------------- CN-economy-215 ----------------
P = "CN-economy-215"
Q(P, "indirect", "الصين، والمكسيك، وروسيا، والهند، هي الوجهات المتوقع أن تمثل بدائل للصادرات التركية عن السوق الأمريكية",
  "وكالة أنباء الأناضول التركية الرسمية", "وكالة الأنباء التركية الرسمية \"الأناضول\"", "name", "ووفقا", "media", "other", "clause",
  notes="ووفقا لتقرير بثته الوكالة ... فإن: the report -> the agency; فإن left out; canonical name from the fullest form later in the file")
Q(P, "indirect", "بلاده سترد على من يعلنون الحرب التجارية ضدها، بالتوجه إلى أسواق عالمية جديدة، وعقد تحالفات بديلة", "رجب طيب أردوغان",
  "الرئيس التركي رجب طيب أردوغان", "name", "وقال", "person", "Turkey", "clause")
Q(P, "indirect", "عزم الوزارة التركيز على زيادة حجم الصادرات، ووضع استراتيجيات خاصة للانفتاح على أسواق جديدة حول العالم", "روهسار بيكجان",
  "وزيرة التجارة التركية، روهسار بيكجان", "name", "وأعلنت", "person", "Turkey", "nominal",
  notes="أعلن + verbal noun (announced the ministry's intention)")
Q(P, "indirect", "بلغ حجم الصادرات التركية للصين 2.9 مليار دولار، خلال عام 2017، فيما استوردت تركيا منها ما قيمته 23.4 مليار دولار",
  "بيانات التجارة الخارجية لتركيا", "بيانات التجارة الخارجية لتركيا", "description", "وبحسب", "document-issuer", "Turkey", "clause",
  bl=True, doc=True, notes="بحسب + statistical data with no named issuer: the data is the speaker (document-issuer); borderline as the dev record with unnamed official data (أظهرت ... police figures) and الإحصاءات الرسمية; it does not extend to the next sentences (no cue)")
Q(P, "direct", "كان متوقعاً", "3 محللون ببنوك استثمار محلية", "3 محللون ببنوك استثمار محلية", "description", "أجاب", "anonymous",
  "other", "quote", region="boilerplate", spk_where="after", cue_where="after", post=True, after="بعد العقوبات",
  notes="related-story teaser (an unrelated Egyptian item, the first of the two copies): \"...\".. هو الرد الذى أجاب به X: postposed speaker and cue; boilerplate")
Q(P, "direct", "كان متوقعاً", "3 محللون ببنوك استثمار محلية", "3 محللون ببنوك استثمار محلية", "description", "أجاب", "anonymous",
  "other", "quote", region="boilerplate", spk_where="after", cue_where="after", post=True, after="دون تغيير\n",
  notes="second copy of the teaser (رد أجاب به X); boilerplate")
Q(P, "indirect", "بلاده ستلجأ للأسواق المالية الدولية، لتوفير التمويلات اللازمة من العملات الأجنبية، اعتبارا من الآن", "براءت ألبيرق",
  "وزير المالية التركي، براءت ألبيرق", "name", "قال", "person", "Turkey", "clause", region="boilerplate",
  alt=["وكالة أنباء الأناضول التركية الرسمية"],
  notes="related-story teaser after the article body; postposed conduit وفقا لوكالة أنباء الأناضول التركية الرسمية -> alt; الخميس left out")
Q(P, "indirect", "تؤثر الاستثمارات، التي أعلنت قطر عن ضخها في الاقتصاد التركي بقيمة 15 مليار دولار، بشكل ملموس على الليرة التركية في الأجل القصير",
  "خبيران اقتصاديان", "خبيران اقتصاديان", "description", "توقع", "anonymous", "other", "clause", bl=True, region="boilerplate",
  notes="related-story teaser; توقع أن (forecast) borderline as the experts' يتوقعون أن in check; the truncated لكنهم قالا في حديثهما لـ\"CNN بالعربية\" has no content and is not annotated; the nested أعلنت قطر gets no record")
N(P, "الأناضول", "news agency name, not speech")
N(P, "CNN  بالعربية", "outlet name, not speech")

# ---------------- CN-internationalNews-426 ----------------
P = "CN-internationalNews-426"
Q(P, "indirect", "إلغاء قمة تاريخية مع زعيم كوريا الشمالية كيم جونغ أون", "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "pronoun",
  "إعلانه", "person", "US", "nominal", bl=True, spk_where="after", add=("participle_cue",),
  notes="noun cue بعد أسبوع من إعلانه عن + verbal noun: the earlier announcement of the cancellation; the possessive pronoun refers forward to Trump, named later in the sentence; borderline (nominalised event announcement, as إعلان عزمه in check); clitic عن left out")
Q(P, "indirect", "القمة ستجري في موعدها الذي كان مقررا في 12 يونيو/ حزيران الجاري في سنغافورة", "دونالد ترامب",
  "الرئيس الأمريكي دونالد ترامب", "continuation", "معلنا", "person", "US", "clause", add=("participle_cue",),
  notes="participle معلنا أن with its own record; تراجع ... عن قراره is an action")
Q(P, "mixed", "\"العلاقات تُبنى وهذا أمر إيجابي جدا\"", "دونالد ترامب", "ترامب", "name", "وقال", "person", "US", "quote",
  after="عقب اللقاء", frags=["العلاقات تُبنى وهذا أمر إيجابي جدا"], notes="إن + fully quoted proposition -> mixed; عقب اللقاء left out")
Q(P, "indirect", "يعتقد أن كوريا الشمالية تريد نزع أسلحتها النووية والتطور كدولة", "دونالد ترامب", "ترامب", "name", "وأضاف",
  "person", "US", "clause", notes="أنه left out; the belief verb يعتقد is inside the reported clause and stays in")
N(P, "الذراع اليمنى", "epithet after a passive (يوصف بأنه), no speaker: label, not attributed speech")

# ---------------- CN-middleEast-50 ----------------
P = "CN-middleEast-50"
Q(P, "indirect", "اعتقال 300 شخص إثر الأحداث التي وقعت في شارع باسداران بطهران من قبل اتباع \"فرقة الدراويش\"", "سعيد منتظر المهدي",
  "المتحدث باسم قوى الأمن الداخلي الإيرانية، العميد سعيد منتظر المهدي", "name", "أعلن", "person", "Iran", "nominal",
  notes="أعلن عن + verbal noun; clitic عن left out; the writer's gloss في إشارة إلى جماعة صوفية ... left out; \"فرقة الدراويش\" is the group's name (non-quote), so indirect")
Q(P, "mixed", "الشرطة \"سعت للحيلولة دون أن يلحق الاذى بالمواطنين إلا أن بعض الدراويش عملوا على استخدام قنابل مصنعة يدويا (مولوتوف) والبعض كانوا يهددون ملوحين بالسيوف وآخرون ارتقوا أسطح المنازل\"",
  "سعيد منتظر المهدي", "العميد منتظر المهدي", "name", "كتب", "person", "Iran", "clause",
  frags=["سعت للحيلولة دون أن يلحق الاذى بالمواطنين إلا أن بعض الدراويش عملوا على استخدام قنابل مصنعة يدويا (مولوتوف) والبعض كانوا يهددون ملوحين بالسيوف وآخرون ارتقوا أسطح المنازل"],
  notes="كتب أن (wrote, in a tweet): the channel في تغريدة له على موقع ... 'تويتر' left out")
Q(P, "indirect", "الاعتقالات شملت أعضاء من فرقة \"دراويش كناباد\" بعدما وجهت لهم الشرطة تحذيرا للتفرق", "سعيد منتظر المهدي", "منتظر المهدي",
  "name", "وبحسب", "person", "Iran", "clause",
  notes="preposed وبحسب ما ذكرن (typo for ذكر) X، فإن: content after فإن; \"دراويش كناباد\" is a group name (non-quote); the following علما أن ... is the writer's")
Q(P, "indirect", "تعاني من استهدافات أمنية من قبل النظام الذي يطبق بصرامة المذهب الشيعي", "فرقة دراويش كناباد", "الفرقة", "description",
  "تقول", "group", "other", "clause", notes="relative clause الفرقة التي تقول إنها ...: habitual claim of the order; إنها left out")
Q(P, "indirect", "تدخل دولي للإفراج عنهم", "مريم رجوي", "المعارضة الإيرانية مريم رجوي", "continuation", "داعية", "person",
  "Iranian opposition", "nominal", add=("participle_cue",),
  notes="participle داعية إلى + verbal noun (call); the main verb انتقد ... التوقيفات has only a target (criticism without content, as أشاد بـ in check) and is not annotated")
N(P, "فرقة الدراويش", "name of the group, not speech")
N(P, "تويتر", "platform name in single quotes, not speech", plain=True)
N(P, "دراويش كناباد", "name of the order, not speech")
N(P, "مجاهدي خلق", "organisation name, not speech")

# ---------------- CN-technology-8 ----------------
P = "CN-technology-8"
Q(P, "indirect", "الهدف الأساسي من شركته يكمن بإرسال البشر إلى المريخ", "إيلون موسك", "موسك", "continuation", "التشديد", "person",
  "SpaceX", "clause", add=("participle_cue",),
  notes="noun cue عاود إلى التشديد على أن; the subject موسك is named in the same sentence (لكن موسك يود ...)")
Q(P, "mixed", "\"فالكون هيفي\" كبير، لكن \"سبيس إكس ستحتاج صاروخاً أكبر منه بكثير.\"", "إيلون موسك", "موسك", "continuation", "قائلاً",
  "person", "SpaceX", "clause", add=("participle_cue",), frags=[("سبيس إكس ستحتاج صاروخاً أكبر منه بكثير", "لكن \"سبيس إكس")],
  notes="participle قائلاً إن; the first marked item \"فالكون هيفي\" is the rocket's name (non-quote), the second is his wording (fragment, final . left out); the span ends at the closing mark")
Q(P, "mixed", "نجاح إطلاق \"فالكون هيفي\": \"منحني ثقة كبيرة باحتمال نجاح تصميم BFR،\"", "إيلون موسك", "موسك", "name", "وقال", "person",
  "SpaceX", "clause", frags=["منحني ثقة كبيرة باحتمال نجاح تصميم BFR"],
  notes="إن + subject + colon + quoted predicate; the comma inside the marks is left out of the fragment; \"فالكون هيفي\" is a name (non-quote)")
Q(P, "direct", "في المستقبل القريب ستلتزم معظم مصادرنا الهندسية بالتركيز على تطوير BFR، وأعتقد بأن ذلك سيساعد في تسريع الأمور",
  "إيلون موسك", "موسك", "continuation", "مضيفاً", "person", "SpaceX", "quote", add=("participle_cue",),
  notes="participle مضيفاً: ; the comma inside the closing mark left out")
Q(P, "indirect", "أول اختبار لهذا الصاروخ المنشود قد يتم خلال السنوات الثلاثة أو الأربعة القادمة", "إيلون موسك", "موسك", "name", "وذكر",
  "person", "SpaceX", "clause", notes="ذكر بأن; بأن left out")
Q(P, "indirect", "صاروخ \"فالكون هيفي\"", "سبيس إكس", "سبيس إكس", "name", "أعلنت", "institution", "SpaceX", "nominal", bl=True,
  after="إذ أعلنت", notes="أعلن عن + product (announced the rocket in 2011): event announcement, borderline; the time عام 2011 left out; names in marks are non-quotes")
Q(P, "indirect", "الصاروخ سيطلق خلال عامين", "إيلون موسك", "موسك", "name", "وقال", "person", "SpaceX", "clause",
  notes="the following لكن الإطلاق أتى ... is the writer's")
Q(P, "indirect", "ينوي إنجاح مخطط شركته مع \"ناسا\" بإطلاق رواد فضاء عبر مركبة \"Crew Dragon\" بحلول شهر ديسمبر/كانون أول، وستنطلق المركبة عبر صاروخ \"فالكون 9\" الذي استخدمته \"سبيس إكس\" بمهماتها الفضائية منذ عام 2010",
  "إيلون موسك", "موسك", "name", "ذكر", "person", "SpaceX", "clause",
  notes="ذكر ... إنه; إنه left out; kept to the sentence end (the relative الذي استخدمته ... may be the writer's gloss); names in marks are non-quotes")
N(P, "سبيس إكس", "company name, not speech", nth="all")
N(P, "فالكون هيفي", "rocket name, not speech", nth="all")
N(P, "Big Falcon Rocket", "rocket name, not speech")
N(P, "BFR", "rocket name, not speech", nth="all")
N(P, "Crew Dragon", "spacecraft name, not speech", nth="all")
N(P, "ناسا", "agency name, not speech", nth="all")
N(P, "بوينغ", "company name, not speech", nth="all")
N(P, "تسلا", "car brand name, not speech")
N(P, "فالكون 9", "rocket name, not speech")

# ---------------- FR-culture-45 ----------------
P = "FR-culture-45"
Q(P, "indirect", "تشكلية أعضاء لجنة تحكيم دورة العام 2018", "إدارة مهرجان كان", "إدارة مهرجان كان", "name", "تعلن", "institution",
  "Cannes Film Festival", "nominal", bl=True, region="headline",
  notes="headline: تعلن عن + noun (the jury line-up); borderline (announcement of an event/line-up; alternative: topic-only); clitic عن left out; typo تشكلية kept")
Q(P, "indirect", "تشكيلة لجنة التحكيم لعام 2018", "إدارة مهرجان كان", "إدارة مهرجان كان", "name", "أعلنت", "institution",
  "Cannes Film Festival", "nominal", bl=True, after="أعلنت إدارة",
  notes="أعلنت ... عن + noun: announcement of the line-up, borderline (alternative: topic-only); في دورته 71 الأربعاء left out")
Q(P, "indirect", "اختارت إدارة مهرجان كان الممثلة الأمريكية كريستن ستيورت والفرنسية ليا سيدو والمخرج الكندي دوني فيلنوف ونظيره الفرنسي روبير غيديغيان للانضمام إلى لجنة تحكيم دورة العام 2018",
  "إدارة مهرجان كان", "بيان", "description", "بحسب", "institution", "Cannes Film Festival", "clause", doc=True,
  spk_where="after", cue_where="after", post=True,
  notes="action verb اختارت made a quote by the postposed بحسب بيان نشر الأربعاء (guidelines exception); the statement -> its issuer, the festival management (named in the span and as البيان الصادر عن إدارة المهرجان)")
Q(P, "indirect", "تشمل اللجنة أيضا الممثل الصيني تشانغ تشين ومؤلفة السيناريوهات الأمريكية آفا دوفيرناي والمغنية البوروندية كاديا نين والمخرج الروسي أندري زفياغينتسيف",
  "إدارة مهرجان كان", "إدارة المهرجان", "description", "وفق", "institution", "Cannes Film Festival", "clause", doc=True,
  spk_where="after", cue_where="after", post=True,
  notes="postposed وفق البيان الصادر عن إدارة المهرجان covers its clause only (the preceding وترأس ... بلانشيت is a separate sentence and has no attribution); leading و left out")
N(P, "ذي سكوير", "film title, not speech")
N(P, "كفرناحوم", "film title, not speech")
N(P, "لي فيي دو سوليي", "film title, not speech")
N(P, "لاتسارو فيليتشي", "film title, not speech")

# ---------------- FR-economy-9 ----------------
P = "FR-economy-9"
Q(P, "indirect", "عودة فرنسا إلى الساحة الاقتصادية العالمية", "إيمانويل ماكرون", "إيمانويل ماكرون", "name", "يؤكد", "person", "France",
  "nominal", region="headline",
  notes="headline with a reporting verb (أكد + verbal noun); the prefix منتدى دافوس: is a topic label, not a speaker")
Q(P, "direct", "فرنسا عادت", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", "name", "استهل", "person", "France", "quote",
  after="استهل", notes="استهل مداخلته ... بعبارة \"...\": he opened his speech with the words (said in English); cue استهل (noun بعبارة); بالإنكليزية left out")
Q(P, "mixed", "\"عقد عالمي جديد\" ضد شكل \"انحداري\" من العولمة", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", "continuation",
  "يطالب", "person", "France", "nominal", after="قبل أن يطالب", frags=["عقد عالمي جديد", "انحداري"],
  notes="طالب بـ + quoted noun (demand); the clitic بـ is outside the marks and left out")
Q(P, "mixed", "عدم القيام بذلك سيجعل \"المتطرفين يربحون في كل البلدان\"", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون",
  "continuation", "محذرا", "person", "France", "clause", frags=["المتطرفين يربحون في كل البلدان"],
  notes="participle محذرا من أن with its own record")
Q(P, "mixed", "\"فرنسا عادت\"", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", "name", "قال", "person", "France", "quote",
  after="قال الرئيس الفرنسي", frags=["فرنسا عادت"],
  notes="إن + fully quoted proposition -> mixed; بالإنكليزية على وقع تصفيق الحضور (the writer's) left out; الأربعاء and the setting left out")
Q(P, "mixed", "\"عقد عالمي جديد\" ضد شكل \"انحداري\" من العولمة", "إيمانويل ماكرون", "ماكرون", "name", "ودعا", "person", "France",
  "nominal", after="ودعا ماكرون", frags=[("عقد عالمي جديد", "ودعا ماكرون"), ("انحداري", "ودعا ماكرون")],
  notes="دعا إلى + quoted noun (call); clitic إلى left out")
Q(P, "mixed", "عدم القيام بذلك سيجعل \"المتطرفين يربحون خلال عشرة أو خمسة عشر عاما في كل البلدان\"", "إيمانويل ماكرون", "ماكرون",
  "continuation", "محذرا", "person", "France", "clause", frags=["المتطرفين يربحون خلال عشرة أو خمسة عشر عاما في كل البلدان"],
  notes="participle محذرا من أن (no comma before it) with its own record")
Q(P, "mixed", "\"الحمائية\" ليست الحل لمشاكل العالم", "ألمانيا", "ألمانيا", "name", "حذرت", "institution", "Germany", "clause",
  frags=["الحمائية"], notes="حذر من أن; the one quoted word is read as Germany's wording (as \"فيروس\" in check; alternative: a term in marks, non-quote, and kind indirect); the country stands for its government")
Q(P, "indirect", "تعزيز التبادل الحر", "الصين", "الصين", "name", "دعت", "institution", "China", "nominal",
  notes="دعا إلى + verbal noun (call); clitic إلى left out; the following تزامنا مع مساعي ... is the writer's context")
Q(P, "direct", "نعتقد أن عزل أنفسنا لن يقودنا إلى مستقبل جيد... إذا كنا نظن أن الأمور ليس عادلة وأن الآليات ليست متبادلة، فعلينا إيجاد حلول متعددة الأطراف وليس أحادية الجانب",
  "أنغيلا ميركل", "المستشارة الألمانية أنغيلا ميركل", "name", "وقالت", "person", "Germany", "quote")
Q(P, "mixed", "\"الشعبوية بمثابة سم\"", "أنغيلا ميركل", "ميركل", "name", "وأضافت", "person", "Germany", "quote",
  frags=["الشعبوية بمثابة سم"], notes="أن + fully quoted proposition -> mixed; the relative clause التي تواجه ... is part of the subject")
Q(P, "indirect", "مجيء ترامب يهدف إلى الدفاع عن المصالح الأمريكية مع الترويج في نفس الوقت للشراكات الدولية", "كبار المسؤولين الأمريكيين",
  "كبار المسؤولين الأمريكيين", "description", "أفاد", "anonymous", "US", "clause",
  notes="the preposed وفيما يحبس ... clause (with the slogan \"أمريكا أولا\", a non-quote) is the writer's")
Q(P, "direct", "ليس لدى ميركل حكومة بعد. ماكرون هو محط الأنظار", "ريتشارد إيدلمان", "ريتشارد إيدلمان", "name", "وقال", "person",
  "other", "quote", after="وقال رئيس شركة", notes="the apposition رئيس شركة علاقات عامة بارز يدعى precedes the name")
Q(P, "mixed", "ميركل تذهب إلى دافوس بيدين \"مكبلتين\"", "صحيفة هاندلسبلات", "صحيفة \"هاندلسبلات \"الاقتصادية الألمانية", "name",
  "كتبت", "media", "other", "clause", frags=["مكبلتين"],
  notes="the misplaced mark in \"هاندلسبلات \" is kept in the mention; the paper's name is a non-quote; كما left out")
Q(P, "mixed", "المستشارة النافذة ستضطر إلى \"البقاء في ظل ماكرون وترامب\"", "صحيفة هاندلسبلات", "الصحيفة", "description", "ورأت",
  "media", "other", "clause", frags=["البقاء في ظل ماكرون وترامب"],
  notes="رأى أن (opined, as اعتبر); the next sentence في الجهة المقابلة، فإن ماكرون ... has no cue and is not annotated (alternative: continuation of the paper)")
Q(P, "direct", "ولى الزمن الذي كانت فيه ميركل تفترض أن أوروبا ستمضي قدما تحت قيادتها وليس تحت قيادة ضعيفة جدا في فرنسا", "جودي ديمبسي",
  "جودي ديمبسي", "name", "وكتبت", "person", "other", "quote", notes="من معهد \"كارنيغي أوروبا\" للأبحاث is part of the mention phrase; the institute name is a non-quote")
Q(P, "mixed", "\"إيمانويل ماكرون غير بشكل جذري الديناميكية والوتيرة وتطلعات الاتحاد الأوروبي\"", "جودي ديمبسي", None, "pronoun",
  "وأضافت", "person", "other", "quote", ant="جودي ديمبسي",
  frags=["إيمانويل ماكرون غير بشكل جذري الديناميكية والوتيرة وتطلعات الاتحاد الأوروبي"],
  notes="أن + fully quoted proposition -> mixed")
Q(P, "indirect", "استثمارات كبيرة في فرنسا", "رؤساء شركات على غرار فيس بوك وغوغل", "رؤساء شركات على غرار \"فيس بوك\" و\"غوغل\"",
  "description", "أعلنت", "group", "other", "nominal", bl=True,
  notes="relative verb أعلنت عن + noun (announced investments): event announcement, borderline; clitic عن left out; the company names are non-quotes")
Q(P, "direct", "إنه الأمل. إنه شخص أسس حزبه الخاص به.. .لديه خطة إصلاحات طموحة", "ريتشارد إيدلمان", "إيدلمان", "name", "وقال",
  "person", "other", "quote", after="وقال إيدلمان")
N(P, "أمريكا أولا", "Trump's slogan used as a label, not speech", nth="all")
N(P, "نهضة", "scare quotes around a single word with no speech verb (possibly Macron's term), not attributed speech")
N(P, "هاندلسبلات", "newspaper name (misplaced closing mark), not speech", plain=True)
N(P, "كارنيغي أوروبا", "institute name, not speech")
N(P, "فيس بوك", "company name, not speech")
N(P, "غوغل", "company name, not speech")

# ---------------- FR-internationalNews-1 ----------------
P = "FR-internationalNews-1"
Q(P, "indirect", "تحطمت طائرة ركاب إيرانية صباح الأحد، أثناء رحلة داخلية جنوب غرب البلاد", "إدارة الطوارئ الإيرانية",
  "إدارة الطوارئ الإيرانية", "name", "وفق ما أعلنت", "institution", "Iran", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed وفق ما أعلنت covers the sentence")
Q(P, "indirect", "66 شخصا كانوا على متن الطائرة التابعة لشركة آسمان للطيران والتي كانت متجهة من طهران إلى ياسوج جنوب غرب البلاد، قبل أن تسقط في ضواحي سميرم بمحافظة أصفهان",
  "مصادر إعلامية", "مصادر إعلامية", "description", "وأفادت", "anonymous", "other", "clause",
  notes="the following تراجعت شركة الطيران عن تأكيد خبر ... (retraction without content) is not annotated")
Q(P, "indirect", "طائرة ركاب على متنها 66 شخصا سقطت في إيران اليوم الأحد خلال رحلة من طهران إلى مدينة ياسوج في جنوب غرب البلاد",
  "وسائل إعلام إيرانية", "وسائل إعلام إيرانية", "description", "ذكرت", "media", "other", "clause")
Q(P, "indirect", "لقي 66 شخصا حتفهم في تحطم الطائرة في منطقة جبلية في جنوب غرب إيران، هم جميع المسافرين على متن الطائرة وأفراد طاقمها",
  "محمد الطبطبائي", "متحدث باسم شركة \"آسمان\" للطيران الإيرانية", "description", "وبحسب", "person", "Aseman Airlines", "clause",
  notes="preposed بحسب متحدث ...: the spokesman is named (محمد الطبطبائي) in the next sentence and later; the final comma left out; \"آسمان\" is a company name (non-quote)")
Q(P, "direct", "بعد عمليات بحث أجريت في منطقة سقوط الطائرة، أبلغنا أن جميع الأشخاص الذي كانوا على متنها فارقوا الحياة", "محمد الطبطبائي",
  "محمد الطبطبائي", "name", "وقال", "person", "Aseman Airlines", "quote", after="وقال محمد الطبطبائي",
  notes="للتلفزيون الرسمي (the channel) left out")
Q(P, "indirect", "لم يتم العثور بعد على حطامها", "شركة آسمان للطيران", "شركة آسمان للطيران", "continuation", "مشيرة", "institution",
  "Aseman Airlines", "clause", add=("participle_cue",), after="وفي وقت لاحق",
  notes="participle مشيرة إلى أنه; the main verb تراجعت عن تأكيد خبر ... is a retraction without content and is not annotated")
Q(P, "direct", "نظرا لظروف المنطقة الخاصة، لا نزال غير قادرين على الوصول إلى الموقع الدقيق لتحطم الطائرة ولذا لا يمكننا تأكيد مقتل جميع ركاب الطائرة بشكل دقيق وقاطع",
  "محمد الطبطبائي", "المتحدث باسم شركة \"آسمان\" محمد الطبطبائي", "name", "وقال", "person", "Aseman Airlines", "quote",
  notes="the addressee لوكالة الأنباء الطلابية (إيسنا) left out")
Q(P, "indirect", "الطائرة غادرت مطار طهران نحو الساعة الثامنة (04,30 ت غ) متجهة إلى ياسوج في محافظة أصفهان، في جنوب غرب البلاد",
  "محمد الطبطبائي", "المتحدث", "description", "وأضاف", "person", "Aseman Airlines", "clause")
Q(P, "indirect", "سقطت فوق جبل \"دنا\" في سلسلة جبال زاغروس، على بعد نحو 500 كلم من طهران وأقل من 25 كلم من وجهتها النهائية",
  "محمد الطبطبائي", None, "pronoun", "وقال", "person", "Aseman Airlines", "clause", ant="المتحدث",
  notes="إنها left out; \"دنا\" is a mountain name (non-quote)")
Q(P, "direct", "تم إرسال فرق الانقاذ والإغاثة إلى المنطقة التي يحتمل أن حادث التحطم وقع فيها (...) لكن المروحية لم تتمكن من استكمال رحلتها جراء العاصفة الثلجية",
  "جلال بورانفار", "رئيس هيئة الإسعاف الإيرانية في المنطقة جلال بورانفار", "name", "وقال", "person", "Iran", "quote",
  notes="the addressee لـ\"إيسنا\" (agency name, non-quote) left out; (...) stays in")
Q(P, "indirect", "الفرق أُرسلت برا", "جلال بورانفار", None, "pronoun", "وأضاف", "person", "Iran", "clause", ant="جلال بورانفار",
  after="الثلجية\".")
Q(P, "direct", "هناك حاليا خمسة فرق إنقاذ وإغاثة من هيئة الإسعاف في المكان. لكنهم لم يعثروا على شيء بعد", "جلال بورانفار", None,
  "pronoun", "وقال", "person", "Iran", "quote", ant="جلال بورانفار")
N(P, "آسمان", "airline name, not speech", nth="all")
N(P, "دنا", "mountain name, not speech")
N(P, "مهرآباد", "airport name, not speech")
N(P, "إيه تي آر-72", "aircraft model, not speech")
N(P, "إيسنا", "news agency name, not speech")

# ---------------- FR-middleEast-633 ----------------
P = "FR-middleEast-633"
Q(P, "indirect", "يوم الجمعة هو أول أيام عيد الفطر، وذلك بعد ثبوت رؤية هلال شهر شوال", "وكالات الأنباء الرسمية في معظم الدول العربية",
  "وكالات الأنباء الرسمية في معظم الدول العربية", "description", "نقلت", "media", "other", "clause", alt=["السلطات الدينية"],
  notes="conduit نقلت X عن Y أن: X (the agencies) is the speaker, Y (the religious authorities) the alt")
Q(P, "indirect", "الخميس هو المتمم لشهر رمضان", "فرنسا", "فرنسا", "name", "أعلنت", "institution", "France", "clause",
  notes="the preceding أعلن (passive, أُعلن) الخميس في معظم الدول ... أن has no agent and is not annotated; فرنسا stands for the French Muslim authorities")
Q(P, "indirect", "الجمعة هو أول أيام عيد الفطر", "وكالات الأنباء الرسمية في كل من السعودية وقطر والبحرين والكويت والإمارات وسلطنة عمان واليمن",
  "وكالات الأنباء الرسمية في كل من السعودية وقطر والبحرين والكويت والإمارات وسلطنة عمان واليمن", "description", "وذكرت", "media",
  "other", "clause", alt=["السلطات الدينية الإسلامية"], after="وذكرت",
  notes="conduit with نقلا عن: the agencies speak, the religious authorities are the alt; the space before the final . left out")
Q(P, "indirect", "العيد يوم الجمعة", "مفتي الجمهورية (مصر)", "مفتي الجمهورية", "description", "أعلن", "person", "Egypt", "clause",
  after="ففي القاهرة", add=("title_only",), notes="Egypt's Grand Mufti (ففي القاهرة); title only; distinct from Tunisia's مفتي الجمهورية below; the channel على التلفزيون الرسمي left out")
Q(P, "indirect", "يوم الجمعة هو أول أيام عيد الفطر", "محمد حسين", "المفتي العام للقدس والديار الفلسطينية الشيخ محمد حسين", "name",
  "أعلن", "person", "Palestine", "clause", after="وفي القدس")
Q(P, "indirect", "الجمعة أول أيام العيد", "دار الفتوى", "دار الفتوى", "name", "أعلنت", "institution", "Lebanon", "clause", after="وفي بيروت")
Q(P, "indirect", "يوم الجمعة هو أول أيام العيد", "القاضي الشرعي", "القاضي الشرعي", "description", "أكد", "person", "Syria", "clause",
  after="وفي دمشق", add=("title_only",), notes="Syria's sharia judge (وفي دمشق), title only")
Q(P, "indirect", "الجمعة هو أول أيام عيد الفطر", "مفتي الجمهورية (تونس)", "مفتي الجمهورية", "description", "أعلن", "person", "Tunisia",
  "clause", after="وفي تونس", add=("title_only",), notes="Tunisia's Mufti (وفي تونس), title only")
Q(P, "direct", "ثبوت رؤية هلال شهر شوال للعام 1439 هجري اليوم الخميس وعليه سيكون يوم غد الجمعة أول أيام عيد الفطر المبارك",
  "مجمع الفقه الإسلامي", "مجمع الفقه الإسلامي", "name", "أعلن", "institution", "Sudan", "quote",
  notes="أعلن + quoted text with no complementizer: direct")

# ---------------- SK-economy-792 ----------------
P = "SK-economy-792"
Q(P, "indirect", "تحريك أسعار الوقود اعتبارا من السبت، ما سيوفر للدولة 50 مليار جنيه، ويعزز من ترشيد استهلاك المواد البترولية بنحو 5 بالمئة",
  "طارق الملا", "وزير البترول المصري، طارق الملا", "name", "أعلن", "person", "Egypt", "nominal",
  notes="أعلن + verbal noun (announced the price move); the ما سيوفر ... clause stays in (same sentence, the expected effect)")
Q(P, "mixed", "\"دعم المواد البترولية في موازنة 2018-2019 كان مقدرا بنحو 139 مليار جنيه وسيتقلص الآن إلى 89 مليارا\"", "طارق الملا",
  "الوزير المصري", "description", "وقال", "person", "Egypt", "quote", alt=["رويترز"],
  frags=["دعم المواد البترولية في موازنة 2018-2019 كان مقدرا بنحو 139 مليار جنيه وسيتقلص الآن إلى 89 مليارا"],
  notes="إن + fully quoted proposition -> mixed; postposed conduit وفقا لوكالة \"رويترز\" -> alt")
Q(P, "indirect", "قائمة أسعار المحروقات بعد زيادتها نسب مختلفة", "وزارة البترول والثروة المعدنية", "وزارة البترول والثروة المعدنية",
  "name", "وأعلنت", "institution", "Egypt", "nominal", bl=True,
  notes="أعلن + noun (announced the price list, whose items are not given here): borderline (alternative: topic-only)")
Q(P, "indirect", "تقرر رفع سعر السولار إلى 5.50 جنيه للتر من 3.65 جنيه، وبنزين 80 أوكتين إلى 5.50 جنيه من 3.65 جنيه للتر، وبنزين 92 أوكتين إلى 6.75 جنيه من 5 جنيهات للتر، وبنزين 95 أوكتين إلى 7.75 جنيه من 6.60 جنيه للتر",
  "وزارة البترول والثروة المعدنية", "الوزارة", "description", "وذكرت", "institution", "Egypt", "clause",
  notes="أنه left out; the channel في بيان left out; the next sentence ورفعت الوزارة ... is an action (not annotated)")
Q(P, "indirect", "تم زيادة سعر غاز تموين السيارات إلى 2.75 جنيه للمتر المكعب من 2 جنيه", "وزارة البترول والثروة المعدنية", "للبيان",
  "description", "ووفقا", "institution", "Egypt", "clause", doc=True,
  notes="preposed ووفقا للبيان: the statement -> its issuer, the ministry; the mention is the fused token للبيان")
Q(P, "indirect", "تم تثبت سعر المازوت للصناعات الغذائية والكهرباء والإسمنت وترفعه لباقي الصناعات إلى 3500 جنيه للطن",
  "وزارة البترول والثروة المعدنية", None, "pronoun", "وأضاف", "institution", "Egypt", "clause", ant="للبيان", doc=True,
  notes="masculine zero subject = البيان (the statement) -> the ministry; أنه left out; typo تثبت kept")
Q(P, "direct", "من المقدر أن يزيد دعم المنتجات البترولية والغاز الطبيعى إلى 125 مليار جنيه نهاية 2017-2018 من 110.148 مليار مستهدفة",
  "وزارة البترول والثروة المعدنية", "البيان", "description", "وتابع", "institution", "Egypt", "quote", doc=True,
  notes="وتابع البيان: \"...\": the statement -> its issuer, the ministry")
N(P, "رويترز", "news agency name, not speech")

# ---------------- SK-internationalNews-1339 ----------------
P = "SK-internationalNews-1339"
Q(P, "indirect", "إلغاء الاتفاق النووي الإيراني", "الأمم المتحدة", "الأمم المتحدة", "name", "تحذر", "institution", "UN", "nominal",
  region="headline", notes="headline: حذر من + verbal noun; the organisation stands for its Secretary-General (kept as its own entity, as أنقرة in check)")
Q(P, "indirect", "إلغاء الاتفاق الدولي بشأن برنامج إيران النووي، ما لم يكن هناك بديل جيد ليحل محله", "أنطونيو غوتيريش",
  "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "name", "حذر", "person", "UN", "nominal",
  notes="حذر من + verbal noun (warning); clitic من left out; the condition ما لم ... stays in")
Q(P, "direct", "إذا توصلنا لاتفاق أفضل في يوم ما ليحل محله فلا بأس، لكن يجب ألا نلغيه إذا لم يكن لدينا بديل جيد", "أنطونيو غوتيريش",
  "غوتيريش", "name", "وقال", "person", "UN", "quote", notes="the channel في مقابلة مع \"بي بي سي\" (non-quote) left out")
Q(P, "indirect", "الانسحاب من الاتفاق", "دونالد ترامب", "الرئيس الأميركي دونالد ترامب", "name", "ويهدد", "person", "US", "nominal",
  notes="threat (يهدد بـ + verbal noun), habitual present; clitic بـ left out; the following مما عزز ... is the writer's")
Q(P, "direct", "أعتقد أن خطة العمل المشتركة الشاملة (الاتفاق النووي الإيراني) كانت انتصارا دبلوماسيا مهما، وأظن أنه سيكون من الضروري الحفاظ عليها، لكنني أعتقد أيضا أن هناك حالات سيتعين فيها إجراء حوار بناء لأنني أرى أن المنطقة في وضع خطر جدا",
  "أنطونيو غوتيريش", "غوتيريش", "name", "وأضاف", "person", "UN", "quote")
Q(P, "direct", "أتفهم مخاوف بعض الدول فيما يتعلق بالنفوذ الإيراني في دول أخرى بالمنطقة. لذلك أعتقد أن علينا فصل الأمور عن بعضها",
  "أنطونيو غوتيريش", "المسؤول الدولي", "description", "وتابع", "person", "UN", "quote")
N(P, "بي بي سي", "broadcaster name, not speech")

# ---------------- SK-middleEast-2409 ----------------
P = "SK-middleEast-2409"
Q(P, "indirect", "قوات سوريا الديمقراطية أطلقت سراح دواعش أجانب، بينهم فرنسيون وألمان، خلال صفقات سرية لتبادل محتجزين", "ديلي تلغراف",
  "صحيفة بريطانية", "description", "ذكرت", "media", "other", "clause", notes="the paper is named in the next sentence")
Q(P, "indirect", "مواطنين فرنسيين وألمانا بين المتشددين المفرج عنهم", "ديلي تلغراف", "ديلي تلغراف", "name", "وأوضحت", "media", "other",
  "clause", notes="the name in marks is also listed as a non-quote")
Q(P, "indirect", "3 أسرى بريطانيين تحتجزهم قوات سوريا الديمقراطية، يمكن إدراجهم أيضا في الاتفاقات المقبلة لتبادل المحتجزين", "ديلي تلغراف",
  "ديلي تلغراف", "continuation", "مضيفة", "media", "other", "clause", add=("participle_cue",))
Q(P, "mixed", "حدوث 3 عمليات تبادل بين سوريا الديمقراطية وداعش، الأولى في فبراير شملت 200 مسلح، معظمهم من الشيشان والعرب، و\"بعض الفرنسيين وألماني واحد على الأقل\"",
  "ديلي تلغراف", "الصحيفة", "description", "وأشارت", "media", "other", "nominal", alt=["وكالة فرانس برس"],
  frags=["بعض الفرنسيين وألماني واحد على الأقل"],
  notes="أشار إلى + verbal noun with a quoted part; postposed conduit وفق ما ذكرت وكالة فرانس برس -> alt; clitic إلى left out")
Q(P, "indirect", "عملية التبادل الثانية تمت في أبريل، وشملت نحو 15 مسلحا و40 من النساء والأطفال، بينهم مغاربة وفرنسيون وبلجيكيون وهولنديون",
  "ديلي تلغراف", "الصحيفة", "description", "وأوضحت", "media", "other", "clause", after="وأوضحت الصحيفة")
Q(P, "direct", "أعيد معظمهم إلى مناطق التنظيم خلافا لرغبتهم", "ديلي تلغراف", "الصحيفة", "description", "ونقلت", "media", "other", "quote",
  alt=["زعيم أحد العشائر"],
  notes="conduit نقلت الصحيفة عن X قوله: \"...\": the paper (grammatical subject) is the speaker and the tribal leader (a mediator) the alt, as the guidelines' conduit rule; alternative: speaker زعيم أحد العشائر")
Q(P, "indirect", "عدم مهاجمة حقول النفط والغاز الخاضعة لسيطرة سوريا الديمقراطية", "داعش", "داعش", "continuation", "ووعدوا", "group",
  "ISIS", "nominal", bl=True, after="ووعدوا",
  notes="وعد بـ + verbal noun (pledge) in a narrated exchange; borderline (narrated promise, no attribution phrase; it may be the paper's account); clitic بـ left out")
N(P, "سوريا الديمقراطية", "name of the force in the headline, not speech")
N(P, "ديلي تلغراف", "newspaper name, not speech")
N(P, "البيتلز", "nickname, not speech")

# ---------------- SK-sport-1069 ----------------
P = "SK-sport-1069"
Q(P, "indirect", "العقوبة", "الاتحاد الإسباني للعبة", "الاتحاد الإسباني للعبة", "name", "وأعلن", "institution",
  "Spanish Football Federation", "nominal", bl=True, after="وأعلن الاتحاد",
  notes="أعلن + noun (announced the penalty, stated in the previous sentence): event announcement, borderline; the channel بموقعه على الإنترنت في بيانه الأسبوعي left out")
Q(P, "indirect", "سيغيب اللاعب الدولي الإسباني كذلك عن أول مباراة لبرشلونة في الدوري في الموسم المقبل، عندما يبدأ الفريق الكتالوني حملة الدفاع عن اللقب",
  "وكالة رويترز", "وكالة رويترز", "name", "حسب", "media", "other", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed حسب ما ذكرت covers its sentence; leading و left out")
