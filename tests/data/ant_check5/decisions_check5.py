# check5 decisions: Q = quote, N = non-quote, M = numeric fact (typed in text order per article)

# ---------------- AL-culture-78 ----------------
P = "AL-culture-78"
N(P, "عملية انتحارية", "headline phrase in marks (the film's plot device, echoing line 3), no speech")
Q(P, "direct", 'نحن سُعداء جداً لأننا بدأنا بتحقيق حلم العراقيين الذين ينتظرون مشاهدة فيلم عراقي في دور السينما العراقية، وما هي إلا أيام وسنكون أمام هذا الحدث المهم الذي غاب أكثر من ربع قرن عن العراق',
  "محمد الدراجي", "المخرج محمد الدراجي", "name", "وقال", "person", "other", "quote",
  notes="juxtaposed quote after the verb (no colon); the channel في تصريح لقسم الإعلام في المركز العراقي للفيلم المستقل left out")
Q(P, "mixed", '"رحلة المليون مُشاهد لن تتوقف عند عرض الفيلم في المسرح الوطني، بل سيكون في جميع الدور السينمائية العراقية الموجودة في محافظات البلاد، في خطوة منا لدعم الحرب ضد الإرهاب فكرياً"',
  "محمد الدراجي", None, "continuation", "وأضاف", "person", "other", "quote", ant="المخرج محمد الدراجي",
  frags=["رحلة المليون مُشاهد لن تتوقف عند عرض الفيلم في المسرح الوطني، بل سيكون في جميع الدور السينمائية العراقية الموجودة في محافظات البلاد، في خطوة منا لدعم الحرب ضد الإرهاب فكرياً"],
  notes="أن + fully quoted proposition: mixed, complement quote")
Q(P, "mixed", '"الفيلم العراقي (الرحلة) الذي سيُعرض في دور السينما العراقية، هو فيلم عراقي بحت، حيث كادر التصوير والممثلين كلهم من العراق، وهذا بحد ذاته إنجاز للسينما العراقية"',
  "سالم سلمان", "سالم سلمان", "name", "قال", "person", "other", "quote",
  frags=["الفيلم العراقي (الرحلة) الذي سيُعرض في دور السينما العراقية، هو فيلم عراقي بحت، حيث كادر التصوير والممثلين كلهم من العراق، وهذا بحد ذاته إنجاز للسينما العراقية"],
  notes="إن + fully quoted proposition; the apposition وهو مدير تصوير فيلم الرحلة sits between speaker and cue complement")
Q(P, "direct", 'نُعول على الجمهور العراقي في الحضور إلى الدور السينمائية من أجل تحقيق الوصول لمليون مُشاهد، وهذه ليست الغاية، بل الغاية هي أن نُعيد الحياة السينمائية للعراق ونُحيي دور #السينما من جديد، إضافة إلى الغاية الأساسية، وهي مُحاربة الإرهاب فكرياً بعد أن حاربناه وانتصرنا عليه عسكرياً',
  "سالم سلمان", None, "continuation", "وأضاف", "person", "other", "quote", ant="سالم سلمان",
  notes="juxtaposed quote after وأضاف (no colon)")
M(P, "أول آذار/مارس", "date", "XXXX-03-01", res="2018-03-01", note="the first of March (publication 21 Feb 2018)")
M(P, "المليون مشاهد", "count", 1000000, noun="مشاهد", note="رحلة المليون مشاهد: the campaign's name states its target of a million viewers")
M(P, "أول", "ordinal", 1, noun="فيلم", note="أول فيلم عراقي")
M(P, "27 عاماً", "duration", 27, "year", "since", note="منذ 27 عاماً (منذ out)")
M(P, "عام 2006", "year", 2006)
M(P, "الثاني", "ordinal", 2, noun="عقد", note="تجاوزت عقدها الثاني: past her second decade (her age)")
M(P, "أيام", "vague", None, "day", "plural_unspecified", scored=False, note="inside quote: وما هي إلا أيام (only days away)")
M(P, "أكثر من ربع قرن", "duration", 25, "year", "more_than", note="inside quote; ربع قرن = 25 years, as check2")
M(P, "المليون مُشاهد", "count", 1000000, noun="مشاهد", note="inside quote: the campaign name again")
M(P, "الـ61", "ordinal", 61, noun="دورة", note="الدورة الـ61 من مهرجان لندن السينمائي")
M(P, "لمليون مُشاهد", "count", 1000000, noun="مشاهد", note="inside quote: تحقيق الوصول لمليون مُشاهد; clitic ل out of the value", glued=True)

# ---------------- AL-economy-1014 ----------------
P = "AL-economy-1014"
N(P, "التأمين الصحي", "headline label in marks, no speech")
N(P, "بوالص", "gloss of وثائق (synonym in marks), not speech")
N(P, "ساما", "acronym of the monetary agency (SAMA), not speech", nth=0)
N(P, "بوليصة", "gloss of وثيقة, not speech")
N(P, "البوليصة", "gloss of الوثيقة, not speech", nth="all")
N(P, "موظفي القطاع الخاص", "gloss, not speech")
N(P, "ساما", "acronym of the monetary agency (SAMA), not speech", nth=1)
Q(P, "indirect", 'بلغت قيمة متوسط تكلفة وثيقة "بوليصة" التأمين الصحي 20.96 ألف ريال للوثيقة الواحدة، وهو يعد أعلى مستوياتها منذ عام 2009 أي بنحو تسعة أعوام',
  "صحيفة الاقتصادية", "صحيفة الاقتصادية", "name", "وبحسب", "media", "other", "clause",
  alt=["مؤسسة النقد العربي السعودي"],
  notes="بحسب تقرير أعدته صحيفة الاقتصادية: the report stands for its issuer; وفق بيانات مؤسسة النقد ... \"ساما\" is the report's data source (conduit, alt); \"بوليصة\" is a gloss (non-quote), so indirect")
Q(P, "indirect", "يبلغ عدد شركات التأمين المؤهلة وفقا لمجلس الضمان الصحي 27 شركة", "مجلس الضمان الصحي", "مجلس الضمان الصحي",
  "name", "وفقا", "institution", "Saudi Arabia", "clause", spk_where="@وفقا لمجلس", cue_where="in",
  notes="parenthetical attribution inside the clause (as بحسب قوله): speaker and cue inside the span; leading و left out; ends where the next attribution begins")
Q(P, "indirect", 'يبلغ عدد شركات التأمين وإعادة التأمين بحسب أحدث تقارير "ساما" 35 شركة، فيما بلغ عدد شركات وسطاء التأمين 72 شركة، وبلغ عدد وكلاء التأمين 80 شركة، وعدد الخبراء الاكتواريين ثلاثة خبراء، فيما بلغ عدد خبراء المعاينة ومقدري الخسائر 15 ترخيصا',
  "مؤسسة النقد العربي السعودي", "ساما", "name", "بحسب", "institution", "Saudi Arabia", "clause", spk_where="in", cue_where="in",
  notes="parenthetical بحسب أحدث تقارير \"ساما\": the reports stand for their issuer (SAMA, named in line 3); the span runs to the sentence end (the licence counts that follow are read as the same reports'); alternative: only the first clause. Line 8 (a new sentence) is not included")
M(P, "5.6 مليار ريال", "money", 5600000000, "SAR", note="headline")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول: first quarter of 2018")
M(P, "العام الجاري 2018", "year", 2018, note="الجاري kept in the span, no qualifier")
M(P, "5.62 مليار ريال", "money", 5620000000, "SAR")
M(P, "5.33 مليار ريال", "money", 5330000000, "SAR")
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017", note="الفترة نفسها من العام الماضي")
M(P, "20.96 ألف ريال", "money", 20960, "SAR")
M(P, "الواحدة", "count", 1, noun="وثيقة", note="للوثيقة الواحدة: per single policy")
M(P, "عام 2009", "year", 2009, None, "since", note="منذ عام 2009 (منذ out)")
M(P, "بنحو تسعة أعوام", "duration", 9, "year", "approx", note="أي بنحو تسعة أعوام; the clitic بـ is glued to نحو and kept", glued=True)
M(P, "الواحدة", "count", 1, noun="وثيقة", note="متوسط تكلفة الوثيقة الواحدة: per single policy")
M(P, "99 في المائة", "percent", 99, "percent")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول من 2018")
M(P, "2018", "year", 2018)
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017")
M(P, "10.45 ألف ريال", "money", 10450, "SAR", note="بما يعادل: equivalent to (the increase)")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول من 2017")
M(P, "2017", "year", 2017)
M(P, "نحو 10.51 ألف ريال", "money", 10510, "SAR", "approx")
M(P, "الواحدة", "count", 1, noun="وثيقة", note="الوثيقة الواحدة \"البوليصة\": per single policy")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول من 2018")
M(P, "2018", "year", 2018)
M(P, "44 في المائة", "percent", 44, "percent")
M(P, "نحو 268.24 ألف", "count", 268240, None, "approx", noun="وثيقة")
M(P, "بنحو 614.58 ألف", "count", 614580, None, "approx", noun="فرد", glued=True, note="بنحو: the clitic بـ glued to نحو, kept")
M(P, "وثلاثة", "count", 3, noun="فرد", glued=True, note="وثلاثة أفراد من العائلة; the conjunction و is glued and kept")
M(P, "27 شركة", "count", 27, noun="شركة")
M(P, "35 شركة", "count", 35, noun="شركة")
M(P, "72 شركة", "count", 72, noun="شركة")
M(P, "80 شركة", "count", 80, noun="شركة")
M(P, "ثلاثة خبراء", "count", 3, noun="خبير")
M(P, "15 ترخيصا", "count", 15, noun="ترخيص")
M(P, "11 ترخيصا", "count", 11, noun="ترخيص")
M(P, "ستة تراخيص", "count", 6, noun="ترخيص")

# ---------------- AL-internationalNews-314 ----------------
P = "AL-internationalNews-314"
Q(P, "indirect", "تواصل #الدوحة استغلال المنصات الدولية لتسويق أزمتها باعتبارها أزمة كبرى", "الرباعية العربية",
  "#الرباعية_العربية", "name", "بحسب", "group", "other", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed بحسب بيان #الرباعية_العربية: the statement stands for its issuer (the four boycotting states); the span starts after فيما (يأتي ذلك فيما is the writer's frame)")
Q(P, "indirect", "للدوحة بتمويل ودعم الإرهاب واستضافة مطلوبين والتحريض الإعلامي", "السعودية والإمارات والبحرين ومصر",
  "هذه الدول", "description", "اتهام", "group", "other", "nominal", bl=True,
  notes="noun cue اتهام هذه الدول للدوحة بـ: the accusation, object kept; the preposition ل is fused with the article (للدوحة) and kept; background of a standing accusation inside على خلفية, borderline; هذه الدول points back to the four states of the same sentence (group entity)")
Q(P, "indirect", "الحصار", "قطر", "قطر", "continuation", "تصفه", "institution", "Qatar", "nominal", spk_where="@فقطر باتت", bl=True,
  notes="ما تصفه بالحصار: what it calls the blockade; object-predicate of وصف, clitic بـ left out; one-word label, borderline; قطر metonym for the Qatari government")
Q(P, "indirect", "بلاده تتعرض لحصار جائر يناقض حقوق الإنسان ويجب محاسبة المسؤولين عنه", "محمد بن عبدالرحمن", "الوزير",
  "description", "لتكرار نغمة", "person", "Qatar", "clause",
  notes="noun cue لتكرار نغمة أن (to repeat the refrain that): the minister's claim in the writer's pejorative frame; the preceding تصريحات وزير الخارجية القطري ... is topic-only")
Q(P, "indirect", "مساعي قطر لتسويق هذه الأزمة في المحافل الدولية والإقليمية على أنها أزمة كبرى", "الرباعية العربية",
  "دول الرباعية", "description", "قلل", "group", "other", "nominal", bl=True,
  notes="ببيان قلل من مساعي قطر: the statement (issuer: the quartet states) downplayed Qatar's efforts; criticism of a target, borderline; clitic من left out")
Q(P, "indirect", "أزمة تتعرض لها بلادها", "لولوة الخاطر", "لولوة الخاطر", "continuation", "تقول", "person", "Qatar",
  "clause", notes="لما تقول إنه أزمة ...: zero subject of تقول = the spokeswoman named in the clause; إنه left out")
M(P, "مبعوثان", "count", 2, noun="مبعوث", note="headline; indefinite dual")
M(P, "مبعوثان", "count", 2, noun="مبعوث", note="indefinite dual")
M(P, "الأسبوع المقبل", "relative_date", 1, "week", "next", res="2018-W10", note="publication Saturday 3 March 2018 (2018-W09); next week 5-11 March")
M(P, "مايو المقبل", "date", "XXXX-05", None, "next", res="2018-05")
M(P, "الرباعية_العربية", "identifier", "Arab Quartet", scored=False, glued=True, note="#الرباعية_العربية: the name of the four boycotting states' group (as G7 in dev2)")
M(P, "هذا الربيع", "relative_date", 0, "spring", res="2018-03/2018-05", note="this spring (publication 3 March 2018); the summit planned for May")
M(P, "الرباعية", "identifier", "Arab Quartet", scored=False, note="دول الرباعية: the group's name")

# ---------------- AL-internationalNews-599 ----------------
P = "AL-internationalNews-599"
N(P, "رفد الجبهات", "name of the recruitment campaign (تحت مسمى), not speech")
N(P, "حجة", "place name (Hajjah governorate) in marks, not speech")
N(P, "ورشة عمل التعبئة والاستدعاء للضباط", "name of the event (في ما سمي), not speech")
Q(P, "indirect", "ذلك", "عبدالملك الحوثي", "#عبدالملك_الحوثي", "name", "دعا", "person", "Houthis", "nominal",
  spk_where="after", after="كما دعا", bl=True,
  notes="كما دعا أيضاً لذلك: anaphoric content (ذلك = the forced conscription campaign), borderline as ونفت موسكو هذه المعلومات; clitic ل left out; postposed subject")
Q(P, "indirect", "الاستنفار في الوحدات العسكرية والقرى والمدن", "صالح الصماد", "صالح الصماد", "name", "طالب", "person",
  "Houthis", "nominal",
  notes="طالب بـ + verbal noun; the venue في ما سمي \"...\" and the clitic بـ left out; the following محاولاً إقناع الحاضرين بحجتهم ... عن حرب ضد أميركا is topic-only (not annotated)")
Q(P, "indirect", "يهدد #الحوثيون أفراد وضباط الوحدات العسكرية التي يسيطرون عليها بالفصل ويستغلون الحاجة الاقتصادية لهم بربط صرف المرتبات بالتوجه إلى جبهات القتال",
  "مصادر في صنعاء", "مصادر في صنعاء", "name", "وبحسب", "anonymous", "other", "clause")
Q(P, "indirect", "الخسائر الكبيرة جعلت الكثيرين يحجمون عن الدفع بأبنائهم إلى القتال في صفوف الميليشيات، وعادة ما تعود القيادات الحوثية من لقاءات كهذه بخفي حنين",
  "مصادر قبلية", "مصادر قبلية", "name", "وبحسب", "anonymous", "other", "clause",
  notes="the coordinated clause after ، is read as the same sources' (one sentence)")
M(P, "الأشهر الأخيرة", "vague", None, "month", "last", scored=False, note="في الأشهر الأخيرة: the last months")
M(P, "الآلاف", "vague", None, None, "plural_unspecified", noun="قتيل", scored=False, note="الآلاف من قتلاها")
M(P, "ثاني", "ordinal", 2, noun="مديرية", note="ثاني أكبر مديريات محافظة صنعاء مساحة")

# ---------------- BB-internationalNews-1019 ----------------
P = "BB-internationalNews-1019"
Q(P, "mixed", '"غالييون يقاومون التغيير"', "إيمانويل ماكرون", "ماكرون", "name", "بوصف", "person", "France", "quote",
  region="headline", objpred=True, frags=["غالييون يقاومون التغيير"],
  notes="headline; noun cue بوصف الفرنسيين بأنهم \"...\": object predicate, the span is the quoted predicate (as dev2's وصف X بأنه \"Y\")")
Q(P, "mixed", 'الفرنسيين "الغاليين" يقاومون التغيير', "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", "name", "أشار",
  "person", "France", "clause", frags=["الغاليين"], notes="أشار إلى أن: the clause after أن; أغضب ... معارضيه is the writer's frame")
Q(P, "mixed", 'الاختلافات الثقافية بين الدنماركيين "اللوثريين"، نسبه إلى مارتن لوثر مؤسس حركة الإصلاح في أوروبا، والفرنسيين "الغاليين"، يجعل من الصعب تبني مثل هذا النظام في فرنسا',
  "إيمانويل ماكرون", None, "continuation", "وقال", "person", "France", "clause", ant="ماكرون",
  frags=["اللوثريين", "الغاليين"],
  notes="the writer's gloss نسبه إلى مارتن لوثر ... stays inside the span (same clause); the praise وأشاد ماكرون ... بالنموذج (line 4) is not annotated")
Q(P, "indirect", "عمل إصلاحات كبيرة في قانون العمل الفرنسي", "إيمانويل ماكرون", "ماكرون", "name", "تعهد", "person", "France",
  "nominal", notes="تعهد بـ + verbal noun (pledge); عند توليه السلطة and the clitic بـ left out")
Q(P, "mixed", 'طموحه نحو تحقيق إصلاح شامل في فرنسا عن طريق الاتجاه نحو "نموذج الشمال (الأوروبي)"', "إيمانويل ماكرون",
  None, "continuation", "صرح", "person", "France", "nominal", ant="ماكرون", frags=["نموذج الشمال (الأوروبي)"],
  notes="صرح بطموحه نحو ...: stated ambition (nominal), clitic بـ left out; \"نموذج الشمال (الأوروبي)\" is read as his wording (fragment); the bracketed الأوروبي is inside the marks")
Q(P, "indirect", "مقاومة لهذه الإصلاحات", "إيمانويل ماكرون", None, "pronoun", "يعتبره", "person", "France", "nominal",
  ant="ماكرون", bl=True,
  notes="ما يعتبره مقاومة: object predicate of اعتبر inside a relative in the writer's sentence; borderline (opinion ascribed by the writer)")
Q(P, "mixed", 'فرنسا "ليست دولة قابلة للإصلاح"', "إيمانويل ماكرون", "ماكرون", "continuation", "وقال", "person", "France",
  "clause", frags=["ليست دولة قابلة للإصلاح"], notes="coordinated وقال خلالها with the subject ماكرون of اغتنم")
Q(P, "mixed", '"كثيرين حاولوا وأخفقوا، لأن الفرنسيين يكرهون الإصلاحات"', "إيمانويل ماكرون", None, "continuation",
  "مضيفا", "person", "France", "quote", ant="ماكرون", frags=["كثيرين حاولوا وأخفقوا، لأن الفرنسيين يكرهون الإصلاحات"])
Q(P, "mixed", 'لن يتنازل عن الأرض لـ "كسالى"', "إيمانويل ماكرون", None, "continuation", "قال", "person", "France",
  "clause", ant="ماكرون", frags=["كسالى"], notes="عندما قال إنه: إنه left out; وتحدث ... في كلمة is topic-only")
Q(P, "mixed", 'إعجابه بالنموذج الدنماركي الذي وصفه بأن "آمن ومرن"', "إيمانويل ماكرون", "ماكرون", "continuation", "وأكد",
  "person", "France", "nominal", frags=["آمن ومرن"],
  notes="أكد إعجابه بـ: stance noun; the nested وصفه بأن \"...\" (same speaker, inside the complement) gets no record of its own")
Q(P, "direct", "الممكن هو كل ما يرتبط بثقافة وشعب له تاريخ خاص. هؤلاء (الدنماركيون) اللوثريون الذين عاشوا تحولات السنوات الأخيرة، ليسوا بالضبط كالغاليين الذين يقاومون التغيير",
  "إيمانويل ماكرون", "ماكرون", "name", "وقال", "person", "France", "quote",
  notes="colon written with a space before it and none after (:\"); the bracketed (الدنماركيون) is an editorial insertion and stays")
Q(P, "indirect", 'استخدامه كلمة "الغال"', "كثيرون", "كثيرون", "name", "وانتقد", "group", "other", "nominal", bl=True,
  notes="criticism of a target (انتقد + verbal noun), borderline as dev2's انتقد المسؤولون; generic speaker كثيرون (the opposition politicians); \"الغال\" is a word mention (non-quote), so indirect; اغتنم السياسيون ... تصريحات is not a report")
Q(P, "direct", "يؤكد ماكرون بكلماته الحمقاء المحيرة في الدنمارك أنه لا يسيء إلى شعبه فحسب، بل جاهل بشدة بالغال الذي كانوا مخترعين رائعين",
  "أليكسي كوربيير", "أليكسي كوربيير", "name", "قال", "person", "other", "quote",
  notes="وكتب ... تغريدة قال فيها :\"...\": the cue is قال فيها (the tweet is his channel); the nested يؤكد ماكرون is inside the quote")
Q(P, "direct", "كعادته يظهر احتقارا للفرنسيين وهو في الخارج. سيكون (الغاليون) سعداء بالرد على جهله واحتقاره",
  "مارين لوبن", "مارين لوبن", "name", "قالت", "person", "other", "quote",
  notes="وكتبت ... تغريدة قالت فيها :\"...\"")
Q(P, "mixed", 'الرئيس "أهان مجددا الفرنسيين"', "فابين دي فيليبو", "فابين دي فيليبو", "name", "وقال", "person", "other",
  "clause", frags=["أهان مجددا الفرنسيين"])
Q(P, "direct", "إيمانويل ماكرون تفوق على نفسه في الدنمارك", "فابين دي فيليبو", None, "continuation", "وأضاف", "person",
  "other", "quote", ant="فابين دي فيليبو")
Q(P, "mixed", 'كانت "دعابة"', "إيمانويل ماكرون", "ماكرون", "continuation", "وقال", "person", "France", "clause",
  frags=["دعابة"], notes="وقال يوم الخميس إنها كانت \"دعابة\": إنها left out; coordinated with وسعى ماكرون (same sentence); سعى ... إلى توضيح is not a report")
Q(P, "direct", "أحب فرنسا والفرنسيين وأحب كل مكوناتها. أحبهم وأحب قبائل الغال، أحب ما نحن عليه", "إيمانويل ماكرون", None,
  "continuation", "وأضاف", "person", "France", "quote", ant="ماكرون")
Q(P, "indirect", "ماكرون كان يشير إلى الأحزاب السياسية عندما تحدث عن مقاومة الغاليين", "متحدث باسم الحكومة",
  "متحدث باسم الحكومة", "description", "وقال", "anonymous", "France", "clause",
  notes="unnamed government spokesman; the nested كان يشير / تحدث عن inside the content get no record")
Q(P, "indirect", "خفض البطالة من 9.5 في المئة إلى 7 في المئة خلال خمس سنوات", "الحكومة", "حكومته", "description",
  "وتعهدت", "institution", "France", "nominal",
  notes="تعهد بـ + verbal noun (pledge); clitic بـ left out; حكومته = Macron's government, named الحكومة in line 19")
Q(P, "indirect", "يتوقع شهورا من مقاومة بعض القوانين الجديدة المقترحة بشأن التوظيف", "إيمانويل ماكرون", "ماكرون", "name",
  "اعترف", "person", "France", "clause", notes="اعترف بأنه: بأنه left out")
N(P, "الغال", "word mention (استخدامه كلمة \"الغال\"), not speech")
M(P, "الأولى", "ordinal", 1, noun="كلمة", note="ولم تكن كلمته ... هي الأولى: not the first such speech")
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017", note="زيارة العام الماضي لرومانيا")
M(P, "أسابيع", "vague", None, "week", "plural_unspecified", scored=False, note="بعدها بأسابيع: weeks later")
M(P, "الأربعاء", "weekday", "Wednesday", note="يوم الأربعاء (يوم out); publication Thursday 30 Aug 2018")
M(P, "السنوات الأخيرة", "vague", None, "year", "last", scored=False, note="inside quote")
M(P, "الخميس", "weekday", "Thursday", note="يوم الخميس (يوم out): the publication day")
M(P, "مايو/أيار العام الماضي", "date", "XXXX-05", None, "last", res="2017-05", note="في مايو/أيار العام الماضي: one date record (month + last year)")
M(P, "9.5 في المئة", "percent", 9.5, "percent", note="من 9.5 ... إلى 7 (from, to: two values)")
M(P, "7 في المئة", "percent", 7, "percent")
M(P, "خمس سنوات", "duration", 5, "year", "within", note="خلال خمس سنوات")
M(P, "شهورا", "vague", None, "month", "plural_unspecified", scored=False, note="يتوقع شهورا من مقاومة")
M(P, "سبتمبر/أيلول العام الماضي", "date", "XXXX-09", None, "last", res="2017-09")

# ---------------- BB-middleEast-1112 ----------------
P = "BB-middleEast-1112"
Q(P, "direct", "بمقتل 6 أشخاص بينهم سائق القطار ومساعده، وإصابة 86 آخرين بجروح، إصابات بعضهم حرجة، في حصيلة أولية للحادث",
  "محمد ربيع الخليع", "محمد ربيع الخليع", "name", "أفاد", "person", "Morocco", "quote",
  notes="أفاد \"بمقتل ...\": the preposition clitic بـ is inside the marks, so (as a complementizer inside the marks) the record is direct, juxtaposed to the verb; alternative: mixed nominal")
Q(P, "indirect", "7 جرحى نقلوا إلى المستشفى العسكري بالرباط وهم في العناية المركزة", "وكالة الأنباء المغربية",
  "وكالة الأنباء المغربية", "name", "وجاء في", "media", "other", "clause", notes="وجاء في ... أن")
Q(P, "indirect", "فتحت تحقيقا في الحادث", "هيئة النقل بالسكك الحديدية", "هيئة النقل بالسكك الحديدية", "name", "وقالت",
  "institution", "Morocco", "clause", notes="إنها left out; the channel في بيان مقتضب left out")
Q(P, "indirect", "تقديم المزيد من المعلومات لاحقا", "هيئة النقل بالسكك الحديدية", None, "continuation", "ووعدت",
  "institution", "Morocco", "nominal", ant="هيئة النقل بالسكك الحديدية",
  notes="coordinated verb وعد بـ (promise) with its own record; clitic بـ left out")
Q(P, "mixed", 'حوادث القطارات "نادرة" في المغرب', "محمد ربيع الخليع", "الخليع", "name", "وأضاف", "person", "Morocco",
  "clause", frags=["نادرة"])
Q(P, "indirect", "هذا الحادث هو الأسوأ منذ اصطدام قطارين سنة 1993 في مدينة تمارة ضواحي الرباط، ما أدى الى مقتل 15 شخصا على الأقل وسقوط نحو مئة جريح",
  "محمد ربيع الخليع", None, "continuation", "مؤكدا", "person", "Morocco", "clause", ant="الخليع",
  notes="the trailing ما أدى ... (same sentence) stays in the span")
Q(P, "indirect", "الملك محمد السادس تعهد بدفع تكاليف دفن القتلى وعلاج المصابين", "القصر الملكي", "للقصر الملكي", "name",
  "وقال", "document-issuer", "Morocco", "clause", doc=True,
  notes="وقال بيان للقصر الملكي: the statement stands for its issuer; the mention keeps the fused ل (للقصر: ل + القصر); the nested تعهد (the king) gets no record")
M(P, "7 قتلى على الأقل", "count", 7, None, "at_least", noun="قتيل", note="headline; qualifier after the noun")
M(P, "7 أشخاص", "count", 7, noun="شخص")
M(P, "العشرات", "vague", None, None, "plural_unspecified", scored=False, note="وأصيب العشرات")
M(P, "مدينتي", "count", 2, noun="مدينة", note="dual in construct naming the two (الدار البيضاء والقنيطرة)")
M(P, "6 أشخاص", "count", 6, noun="شخص", note="inside quote")
M(P, "86 آخرين", "count", 86, noun="شخص", note="inside quote: 86 others injured")
M(P, "7 جرحى", "count", 7, noun="جريح")
M(P, "10 كيلومترات", "number", 10, "km", note="على بعد 10 كيلومترات شمالي الرباط")
M(P, "مدينتي", "count", 2, noun="مدينة", note="dual in construct naming the two (القنيطرة وسلا)")
M(P, "قطارين", "count", 2, noun="قطار", note="indefinite dual")
M(P, "سنة 1993", "year", 1993)
M(P, "15 شخصا على الأقل", "count", 15, None, "at_least", noun="شخص")
M(P, "نحو مئة", "count", 100, None, "approx", noun="جريح")
M(P, "عدة", "vague", None, None, None, noun="عربة", scored=False, note="عدة عربات أخرى")
M(P, "محمد السادس", "identifier", "Mohammed VI", scored=False, note="regnal number (as Abdullah II in dev2)")

# ---------------- BB-sport-50 ----------------
P = "BB-sport-50"
Q(P, "indirect", "شعر بخيبة أمل كبيرة حين أظهر الفحص تعاطي اثنين من الرياضيين الروس للمنشطات", "توماس باخ", "توماس باخ",
  "name", "وقال", "person", "IOC", "clause",
  notes="إنه left out; the nested أظهر الفحص (the test showed) is inside the content; the decisions of line 1-2 (قرر) are acts, not annotated")
Q(P, "indirect", "رفع الحظر عن الفريق الأولمبي الروسي فيما بعد إذا تأكد عدم حدوث أي انتهاكات أخرى لتعاطي المنشطات في بيونغتشانغ",
  "توماس باخ", None, "pronoun", "أكد", "person", "IOC", "nominal", ant="توماس باخ",
  notes="غير أنه أكد على + verbal noun: nominal; the subject is the pronoun of أنه; على left out")
Q(P, "mixed", '"لا يوجد دليل على تعاطي المنشطات بشكل منتظم ولا دليل على تورط اللجنة الأولمبية الروسية في هذه الحالات"',
  "توماس باخ", "باخ", "name", "وأشار", "person", "IOC", "quote",
  frags=["لا يوجد دليل على تعاطي المنشطات بشكل منتظم ولا دليل على تورط اللجنة الأولمبية الروسية في هذه الحالات"],
  notes="أشار إلى أنه + fully quoted proposition: mixed, complement quote; أنه left out")
Q(P, "indirect", "تورط الدولة في تعاطي المنشطات", "السلطات الروسية", "السلطات الروسية", "name", "نفت", "institution", "Russia",
  "nominal", notes="نفى + verbal noun (denial); مرارا left out")
Q(P, "indirect", "العمل مع الهيئات الرياضية الدولية للحد من استخدام العقاقير المحظورة لتحسين الأداء في البلاد", "السلطات الروسية",
  None, "continuation", "وتعهدت", "institution", "Russia", "nominal", ant="السلطات الروسية",
  notes="coordinated verb تعهد بـ (pledge), its own record; clitic بـ left out")
Q(P, "indirect", "حظر روسيا", "اللجنة الأولمبية الدولية", "اللجنة الأولمبية الدولية", "name", "أعلنت", "institution", "IOC",
  "nominal", bl=True, after="أعلنت اللجنة",
  notes="أعلن عن + verbal noun inside a temporal clause (عندما): announcement of an act, borderline; عن and the temporal في ديسمبر الماضي left out")
Q(P, "mixed", 'تعاطي المنشطات في دورة ألعاب سوتشي لعام 2014 "كان ضربة موجعة لنزاهة الألعاب الأولمبية وللرياضة بصورة عامة"',
  "توماس باخ", "باخ", "name", "قال", "person", "IOC", "clause",
  frags=["كان ضربة موجعة لنزاهة الألعاب الأولمبية وللرياضة بصورة عامة"])
Q(P, "mixed", 'ظهور دليل على "التلاعب المنهجي غير المسبوق" في نظام مكافحة المنشطات في روسيا', "اللجنة الأولمبية الدولية",
  "اللجنة", "continuation", "قالت", "institution", "IOC", "clause", frags=["التلاعب المنهجي غير المسبوق"],
  notes="إلى ما قالت إنه ...: the relative ما قالت, zero subject = اللجنة (the IOC) of the same sentence; إنه left out")
Q(P, "mixed", 'تأمل في استعادة وضعها الشرعي تحت ظل اللجنة الأولمبية الدولية "في الأيام القليلة القادمة"',
  "اللجنة الأولمبية الروسية", "اللجنة الأولمبية الروسية", "name", "وتقول", "institution", "Russian Olympic Committee", "clause",
  frags=["في الأيام القليلة القادمة"], notes="إنها left out")
Q(P, "direct", "في ضوء الوضع الراهن نرى أن استعادة اللجنة الأولمبية الروسية وكافة الرياضيين الروس لحقوقهم وشرعيتهم هو الناتج الأهم لدورة ألعاب بيونغتشانع",
  "اللجنة الأولمبية الروسية", "اللجنة الروسية", "continuation", "وقالت", "institution", "Russian Olympic Committee", "quote",
  notes="juxtaposed quote (no colon); ورحبت ... بقرار (welcome of a target) not annotated; spelling بيونغتشانع kept")
Q(P, "indirect", "خيبة أملهم إزاء عدم تمكنهم من رفع علمهم الوطني في مراسم حفل الختام", "بعض الرياضيين الروس",
  "بعض الرياضيين الروس", "description", "أعربوا", "group", "other", "nominal", notes="أعرب عن + stance noun; عن left out")
M(P, "اثنين", "count", 2, noun="رياضي", note="اثنين من الرياضيين الروس")
M(P, "168 رياضيا", "count", 168, noun="رياضي")
M(P, "اثنان", "count", 2, noun="رياضي", note="اثنان من الرياضيين")
M(P, "عام 2014", "year", 2014)
M(P, "ديسمبر الماضي", "date", "XXXX-12", None, "last", res="2017-12")
M(P, "عام 2014", "year", 2014, note="لعام 2014 (clitic ل out)")
M(P, "الأيام القليلة القادمة", "vague", None, "day", "next", scored=False, note="inside quote marks: in the next few days")

# ---------------- BB-technology-158 ----------------
P = "BB-technology-158"
Q(P, "mixed", 'صور الاعتداء الجنسي على أطفال بالإنترنت تبلغ "مستوى غير مسبوق"', "إنترنت ووتش فاونداشن", None,
  "continuation", None, "institution", "Internet Watch Foundation", "clause", region="headline", bl=True, frags=["مستوى غير مسبوق"],
  notes="headline with distancing marks and no cue: mixed, borderline, attributed to the body's source (the IWF report); alternative: scare quotes (non-quote)")
Q(P, "indirect", "بلغ عدد الصور التي يظهر فيها اعتداء جنسي على أطفال بالإنترنت مستوى يفوق أي وقت مضى", "إنترنت ووتش فاونداشن",
  "مؤسسة غير حكومية", "description", "بحسب", "institution", "Internet Watch Foundation", "clause", spk_where="after", cue_where="after",
  post=True, notes="postposed بحسب مؤسسة غير حكومية (the IWF, named in the next line)")
N(P, "إنترنت ووتش فاونداشن", "name of the organisation, not speech")
Q(P, "indirect", "وجدت أكثر من 78 ألف عنوان إلكتروني يحتوي على مواد بها اعتداءات جنسية على أطفال في عام 2017، مقارنة بأكثر من 57 ألفا في عام 2016",
  "إنترنت ووتش فاونداشن", 'مؤسسة "إنترنت ووتش فاونداشن"', "name", "وأشارت", "institution", "Internet Watch Foundation", "clause",
  notes="أشار إلى أنها: أنها left out; the channel في تقريرها السنوي left out")
Q(P, "indirect", "تعاملت مع أكثر من 80 ألف تقرير عن انتهاكات مؤكدة", "إنترنت ووتش فاونداشن", "المؤسسة", "description",
  "وذكرت", "institution", "Internet Watch Foundation", "clause", notes="أنها left out")
N(P, "المتنكرة", "term in marks (cloaked websites) in the writer's unattributed sentence, not speech")
Q(P, "mixed", 'الجناة أصبحوا "أكثر ذكاء"', "سوزي هارغريفز", "سوزي هارغريفز", "name", "وقالت", "person", "Internet Watch Foundation", "clause",
  frags=["أكثر ذكاء"])
Q(P, "direct", "من المثير للقلق أن الجناة يستخدمون على ما يبدو، وبشكل متزايد، مسارات رقمية مخفية لمنع تطبيق القانون والخطوط الساخنة حول العالم من اكتشاف هذه المواقع الإجرامية",
  "سوزي هارغريفز", "هارغريفز", "name", "قالت", "person", "Internet Watch Foundation", "quote",
  notes="وأصدرت هارغريفز بيانا قالت فيه \"...\": the statement is her channel; juxtaposed quote")
Q(P, "indirect", "المواقع المقنعة والإنترنت المظلم - الذي لا يمكن البحث عنه إلا من خلال برامج متخصصة - يعملان على تزايد هذا النشاط الإجرامي",
  "الجمعية الوطنية لمنع القسوة ضد الأطفال", "الجمعية الوطنية لمنع القسوة ضد الأطفال", "name", "وقالت", "institution",
  "NSPCC", "clause", notes="the dashed gloss stays inside the span")
Q(P, "mixed", '"حجم المشكلة وتعقيدها يتطوران بنفس سرعة تطور التكنولوجيا، لذا من المستحيل التغلب ببساطة على هذه المشكلة. نحن بحاجة إلى تبني استراتيجية شاملة لوقف المجرمين المحتملين في مساراتهم"',
  "ممثل عن الجمعية", "ممثل عن الجمعية", "description", "وقال", "anonymous", "NSPCC", "quote",
  frags=["حجم المشكلة وتعقيدها يتطوران بنفس سرعة تطور التكنولوجيا، لذا من المستحيل التغلب ببساطة على هذه المشكلة. نحن بحاجة إلى تبني استراتيجية شاملة لوقف المجرمين المحتملين في مساراتهم"],
  notes="إن + fully quoted proposition; unnamed representative of the NSPCC")
M(P, "أكثر من 78 ألف", "count", 78000, None, "more_than", noun="عنوان")
M(P, "عام 2017", "year", 2017)
M(P, "أكثر من 57 ألفا", "count", 57000, None, "more_than", noun="عنوان", note="بأكثر من 57 ألفا: elided noun (addresses); clitic بـ out")
M(P, "عام 2016", "year", 2016)
M(P, "أكثر من 80 ألف", "count", 80000, None, "more_than", noun="تقرير")
M(P, "2909 مواقع", "count", 2909, noun="موقع")
M(P, "عام 2017", "year", 2017)
M(P, "1572", "count", 1572, noun="موقع", note="مقارنة بـ 1572: elided noun (sites)")
M(P, "2016", "year", 2016)
M(P, "عام 2015", "year", 2015)

# ---------------- CN-economy-326 ----------------
P = "CN-economy-326"
Q(P, "indirect", "العاهل السعودي، الملك سلمان بن عبدالعزيز آل سعود تقديم منحة مالية إلى اليمن", "وكالة الأنباء السعودية",
  "وكالة الأنباء السعودية", "name", "كشفت", "media", "other", "clause",
  notes="كشف أن + a clause whose verb is missing in the text (وجه/قرر elided before تقديم); kept as written; the gloss (واس) and the weekday left out of the speaker")
Q(P, "mixed", '"استمراراً لنهج المملكة العربية السعودية الدائم في الوقوف مع الشعب اليمني الشقيق والحكومة اليمنية، وانطلاقاً من اهتمامها في تحقيق الاستقرار للاقتصاد اليمني وتعزيز قيمة العملة اليمنية، فقد وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بتقديم مبلغ مائتي مليون دولار أمريكي منحة للبنك المركزي اليمني دعماً لمركزه المالي"',
  "وكالة الأنباء السعودية", "وكالة الأنباء السعودية", "name", "وذكرت", "media", "other", "quote",
  frags=["استمراراً لنهج المملكة العربية السعودية الدائم في الوقوف مع الشعب اليمني الشقيق والحكومة اليمنية، وانطلاقاً من اهتمامها في تحقيق الاستقرار للاقتصاد اليمني وتعزيز قيمة العملة اليمنية، فقد وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بتقديم مبلغ مائتي مليون دولار أمريكي منحة للبنك المركزي اليمني دعماً لمركزه المالي"],
  notes="أنه + fully quoted proposition; أنه left out")
Q(P, "direct", "ستساهم هذه المنحةبالإضافة إلى ما سبق إيداعه في البنك المركزي اليمني بما مجموعه ثلاثة مليارات دولار أمريكي في تخفيف الأعباء الاقتصادية على الشعب اليمني الشقيق",
  "وكالة الأنباء السعودية", None, "continuation", "وتابعت", "media", "other", "quote", ant="وكالة الأنباء السعودية",
  unbalanced=True,
  notes="وتابعت: ... \": the opening mark is missing, only the closing one is written; the span runs from after the colon to before the closing mark (unbalanced); spelling المنحةبالإضافة kept")
Q(P, "mixed", '"استمرار دعمها للحكومة اليمنية لاستعادة أمن واستقرار اليمن، وتمكينها من القيام بواجباتها مما سيعود بالنفع بمشيئة الله على المواطن اليمني"',
  "السعودية", "السعودية", "name", "تأكيد", "institution", "Saudi Arabia", "quote",
  frags=["استمرار دعمها للحكومة اليمنية لاستعادة أمن واستقرار اليمن، وتمكينها من القيام بواجباتها مما سيعود بالنفع بمشيئة الله على المواطن اليمني"],
  alt=["وكالة الأنباء السعودية"],
  notes="واختتمت بالإشارة إلى تأكيد السعودية \"...\"، حسب وكالة الأنباء السعودية: the noun cue تأكيد has السعودية as its subject; the agency (subject of اختتمت, and the postposed حسب) is the channel, in alt (as check4's postposed agencies); alternative: the agency as speaker with alt السعودية. The fully quoted nominal complement is complement quote")
Q(P, "indirect", "دخلت في مناقشات مستمرة مع الإدارة الأمريكية بشأن منحها ترخيص للحصول من شركات وأشخاص أمريكيين، على السلع والخدمات الخاصة بالعمل في حقل روم النفطي، المملوك بنسبة 50% لإيران",
  "سيريكا إنرجي", "شركة سيريكا إنرجي البريطانية", "name", "قالت", "institution", "Serica Energy", "clause", region="boilerplate",
  notes="related-story summary; إنها left out")
Q(P, "indirect", "نمو اقتصاد الإمارات إلى 2.9% العام الجاري، و3.7% العام القادم 2019", "صندوق النقد الدولي",
  "صندوق النقد الدولي", "name", "توقعاته", "institution", "IMF", "nominal", region="boilerplate", bl=True,
  notes="related-story summary; رفع ... توقعاته لنمو: a revised forecast (noun cue توقعات), borderline as forecasts; clitic ل left out")
Q(P, "indirect", "تراجع تحويلات العمالة الأجنبية في قطر، على أساس سنوي، بنسبة 22% خلال الربع الثاني من العام الجاري، فيما تراجعت التحويلات من السعودية خلال الفترة نفسها بنسبة 3.4%",
  "بيانات رسمية", "بيانات رسمية", "description", "أظهرت", "document-issuer", "other", "nominal", region="boilerplate",
  bl=True, doc=True,
  notes="related-story summary; evidential non-human subject (أظهرت بيانات رسمية), borderline; the data with no named issuer is itself the speaker")
M(P, "الثلاثاء", "weekday", "Tuesday", note="publication day")
M(P, "مائتي مليون دولار", "money", 200000000, "USD", note="inside quote; مائتي = 200 (dual of مائة)")
M(P, "ثلاثة مليارات دولار", "money", 3000000000, "USD", note="inside quote; بما مجموعه: in total")
M(P, "50%", "percent", 50, "percent", note="boilerplate")
M(P, "2.9%", "percent", 2.9, "percent", note="boilerplate")
M(P, "العام الجاري", "relative_date", 0, "year", res="2018", note="boilerplate")
M(P, "3.7%", "percent", 3.7, "percent", note="boilerplate")
M(P, "العام القادم 2019", "year", 2019, None, "next", note="boilerplate; next year, stated as 2019")
M(P, "الإثنين", "weekday", "Monday", note="boilerplate; most recent Monday (teaser convention)")
M(P, "22%", "percent", 22, "percent", note="boilerplate")
M(P, "الثاني", "ordinal", 2, noun="ربع", note="boilerplate; الربع الثاني من العام الجاري")
M(P, "العام الجاري", "relative_date", 0, "year", res="2018", note="boilerplate")
M(P, "3.4%", "percent", 3.4, "percent", note="boilerplate")
M(P, "مئات", "vague", None, "hundred", "plural_unspecified", noun="سيرة ذاتية", scored=False, note="boilerplate")
M(P, "الآلاف", "vague", None, None, "plural_unspecified", scored=False, note="boilerplate")
M(P, "الأحد", "weekday", "Sunday", note="boilerplate; يوم الأحد (يوم out); most recent Sunday")
M(P, "أكثر من عام", "duration", 1, "year", "more_than", note="boilerplate; بعد مرور أكثر من عام")

# ---------------- CN-internationalNews-466 ----------------
P = "CN-internationalNews-466"
Q(P, "indirect", "مقتل اثنين فلسطينيين، إثر إطلاق قوات إسرائيلية النار عليهما في مظاهرات انطلقت، بعد ظهر اليوم، وذلك على طول السياج الحدودي بين قطاع غزة وإسرائيل",
  "وزارة الصحة الفلسطينية", "وزارة الصحة الفلسطينية", "name", "أعلنت", "institution", "Palestine", "nominal",
  after="أعلنت وزارة الصحة الفلسطينية، الجمعة",
  notes="أعلن + verbal noun reporting casualties: a factual report of others' deaths, not an announcement of the speaker's own act, so not borderline (a scorer following the event-announcement rule may drop it)")
Q(P, "indirect", "القتيل الأول يدعى عبد الله القططي (20 عاما) وهو طبيب متطوع في الهلال الأحمر الفلسطيني", "مصادر طبية",
  "مصادر طبية", "name", "وحسب", "anonymous", "other", "clause", notes="فإن left out; the next sentence (والقطاطي هو ثالث ...) is the writer's")
N(P, "مسيرات العودة الكبرى", "name of the protests (تحت اسم), not speech")
Q(P, "indirect", "إصابة 307 أشخاص بجروح مختلفة وبالاختناق، بينهم 85 بالرصاص الحي على طول الخط الفاصل شرق القطاع",
  "وزارة الصحة الفلسطينية", "وزارة الصحة الفلسطينية", "name", "أعلنت", "institution", "Palestine", "nominal",
  alt=["وكالة الأنباء الفلسطينية"],
  notes="fresh mention after فيما; postposed channel حسبما جاء على موقع وكالة الأنباء الفلسطينية: the ministry stays the speaker, the agency in alt (as check4); the unattributed والقتيل الفلسطيني الثاني يدعى ... is not annotated")
Q(P, "indirect", "9000 فلسطيني قاموا بأعمال شغب في 5 مواقع على طول الحدود، وحاولوا إلقاء قنابل حارقة وقنابل حارقة والإطارات المحترقة على السياج الأمني",
  "الجيش الإسرائيلي", "الجيش الإسرائيلي", "name", "قال", "institution", "Israel", "clause", notes="بدوره left out; إن left out")
Q(P, "mixed", 'جنوده تعاملوا مع أعمال الشغب "وفقًا لإجراءات قانونية"', "الجيش الإسرائيلي", "الجيش الإسرائيلي", "name",
  "واعتبر", "institution", "Israel", "clause", frags=["وفقًا لإجراءات قانونية"])
Q(P, "indirect", "الفلسطينيين باختراق السور عدة مرات قبل العودة إلى غزة", "الجيش الإسرائيلي", None, "continuation", "متهما",
  "institution", "Israel", "nominal", ant="الجيش الإسرائيلي", notes="participle of اتهم; the object is kept")
Q(P, "indirect", "9 حرائق بدأت اليوم في جنوب إسرائيل بسببب البالونات الحارقة التي أطلقت من قطاع غزة",
  "هيئة الإطفاء والإنقاذ الإسرائيلية", "هيئة الإطفاء والإنقاذ الإسرائيلية", "name", "قالت", "institution", "Israel",
  "clause", notes="spelling بسببب kept")
Q(P, "indirect", "نشطاء غزة بقيادة حماس، أطلقوا أكثر من 180 صاروخًا وقذيفة هاون على إسرائيل", "الجيش الإسرائيلي",
  "الجيش الإسرائيلي", "name", "ويقول", "institution", "Israel", "clause")
Q(P, "indirect", "شن غارات جوية ضد أكثر من 150 هدفا عسكريا لحماس في غزة", "الجيش الإسرائيلي", "الجيش الإسرائيلي", "name",
  "وأعلن", "institution", "Israel", "clause",
  notes="أعلن أن شن (sic, for أنه شن): a clause (the army's claim of its strikes), so not borderline (only verbal-noun announcements of acts are); the text's أن is left out and the span starts at شن")
Q(P, "indirect", "رفضه لعقوبات إدارة الرئيس الأمريكي، دونالد ترامب، المفروضة مؤخرا على موسكو بسبب قضية تسميم العميل الروسي السابق سيرغي سكريبال في بريطانيا",
  "سيرغي لافروف", "سيرغي لافروف", "name", "أعرب", "person", "Russia", "nominal", region="boilerplate",
  notes="related-story summary; أعرب عن + stance noun, عن left out")
Q(P, "indirect", "مقتل 4 أشخاص على الأقل في حادث إطلاق نار في فريدريكتون، عاصمة نيو برونزويك", "السلطات الكندية",
  "السلطات الكندية", "name", "أعلنت", "institution", "Canada", "nominal", region="boilerplate",
  notes="related-story summary; the own channel حسبما جاء في حسابها الرسمي على \"تويتر\" is left out and gives no alt")
N(P, "تويتر", "platform name, not speech")
N(P, "المياه الدولية", "scare quotes in a related-story summary (the writer's distancing), no speaker")
Q(P, "indirect", "حصل والدا ميلانيا ترامب، سيدة الولايات المتحدة الأمريكية الأولى، على الجنسية الأمريكية، الخميس",
  "مايكل وايلدس", "مايكل وايلدس", "name", "بحسب", "person", "other", "clause", region="boilerplate",
  spk_where="after", cue_where="after", post=True, notes="related-story summary; postposed بحسب")
Q(P, "mixed", '"حان الوقت لإنشائها"', "مايك بنس", "مايك بنس", "name", "مؤكدا", "person", "US", "quote",
  region="boilerplate", frags=["حان الوقت لإنشائها"],
  notes="related-story summary; أنه + fully quoted proposition; the preceding كشف ... عن موعد تدشين قوة فضائية is topic-only (not annotated)")
M(P, "2 فلسطينيين", "count", 2, noun="فلسطيني", note="headline")
M(P, "الجمعة", "weekday", "Friday", note="publication day")
M(P, "اثنين فلسطينيين", "count", 2, noun="فلسطيني")
M(P, "اليوم", "relative_date", 0, "day", res="2018-08-10", note="بعد ظهر اليوم: this afternoon")
M(P, "أقل من يوم", "duration", 1, "day", "less_than", note="بعد أقل من يوم")
M(P, "الأول", "ordinal", 1, noun="قتيل")
M(P, "20 عاما", "duration", 20, "year", note="age, bracketed")
M(P, "ثالث", "ordinal", 3, noun="طبيب", note="ثالث طيبيب (sic)")
M(P, "30 مارس/ آذار", "date", "XXXX-03-30", None, "since", res="2018-03-30", note="منذ مظاهرات 30 مارس/ آذار (since governs مظاهرات, as منذ حرب 2014 in check2)")
M(P, "الثاني", "ordinal", 2, noun="قتيل")
M(P, "55 عاما", "duration", 55, "year", note="age, bracketed")
M(P, "307 أشخاص", "count", 307, noun="شخص")
M(P, "85", "count", 85, noun="شخص", note="بينهم 85 بالرصاص الحي: elided noun")
M(P, "9000 فلسطيني", "count", 9000, noun="فلسطيني")
M(P, "5 مواقع", "count", 5, noun="موقع")
M(P, "عدة", "vague", None, None, None, noun="مرة", scored=False, note="عدة مرات")
M(P, "موقعين", "count", 2, noun="موقع", note="indefinite dual")
M(P, "9 حرائق", "count", 9, noun="حريق")
M(P, "اليوم", "relative_date", 0, "day", res="2018-08-10", note="inside the fire service's report: today")
M(P, "أقل من 24 ساعة", "duration", 24, "hour", "less_than")
M(P, "أكثر من 180 صاروخًا", "count", 180, None, "more_than", noun="صاروخ")
M(P, "أكثر من 150 هدفا", "count", 150, None, "more_than", noun="هدف")
M(P, "الخميس", "weekday", "Thursday", note="في منتصف ليلة الخميس: the ceasefire took effect around midnight of Thursday 9 August (ليلة الخميس read as Thursday night)")
M(P, "الجمعة", "weekday", "Friday", note="boilerplate; publication day")
M(P, "الجمعة", "weekday", "Friday", note="boilerplate")
M(P, "4 أشخاص على الأقل", "count", 4, None, "at_least", noun="شخص", note="boilerplate")
M(P, "الجمعة", "weekday", "Friday", note="boilerplate")
M(P, "ستة تحذيرات", "count", 6, noun="تحذير", note="boilerplate")
M(P, "والدا", "count", 2, noun="والد", glued=True, note="boilerplate; والدا ميلانيا ترامب: her two parents (dual in construct); a scorer may drop it")
M(P, "الخميس", "weekday", "Thursday", note="boilerplate; most recent Thursday")
M(P, "الخميس", "weekday", "Thursday", note="boilerplate; most recent Thursday")

# ---------------- CN-middleEast-1575 ----------------
P = "CN-middleEast-1575"
Q(P, "direct", "نفى علمه بما حدث في القنصلية", "دونالد ترامب", "ترامب", "name", ":", "person", "US", "quote",
  region="headline", bl=True,
  notes="headline \"speaker: content\" (ترامب بعد اتصاله ...: ...): direct, cue \":\", borderline; the content is the prince's denial as Trump reports it (nested نفى, no record)")
Q(P, "indirect", "اتصال مع ولي العهد السعودي، الأمير محمد بن سلمان، أخبره خلاله الأمير محمد بأن لا علم له بما حدث داخل القنصلية",
  "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name", "كشف", "person", "US", "nominal", bl=True,
  notes="كشف عن اتصال: announcement of an event (the call), borderline; its relative clause carries the prince's denial as told to Trump (nested أخبره, no record of its own); alternative: a record for محمد بن سلمان (alt ترامب) on بأن لا علم له ...")
Q(P, "indirect", "بدأ تحقيقا شاملا وكاملا بقضية اختفاء الإعلامي والكاتب السعودي جمال خاشقجي", "دونالد ترامب", None,
  "continuation", "وكشف", "person", "US", "clause", ant="الرئيس الأمريكي دونالد ترامب",
  notes="coordinated وكشف أنه: the subject is Trump; the pronoun of أنه (the one who began the inquiry) is the prince")
Q(P, "direct", "لقد تحدثت للتو مع ولي العهد السعودي وقد نفى بشكل قاطع علمه بما جرى في القنصلية السعودية في تركيا، وكان مع وزير الخارجية مايك بومبيو",
  "دونالد ترامب", "ترامب", "name", "وقال", "person", "US", "quote",
  notes="the final '..' inside the marks is left out (as a final '.'); the channel في تغريدة ... على موقع تويتر left out (صفحتها sic)")
Q(P, "direct", "لقد أخبرني أنه فتح تحقيقا، وسيوسعه على الفور ليكون كاملا وشاملا، ستظهر الأجوبة قريبا", "دونالد ترامب",
  "الرئيس الأمريكي", "description", "قائلا", "person", "US", "quote",
  notes="وتابع ... قائلا: one record, cue the participle that introduces the colon")
Q(P, "indirect", "تلقي تركيا اعترافات أو معلومات من قبل الحكومة السعودية بشان اختفاء الإعلامي والكاتب السعودي، جمال خاشقجي",
  "مولود جاويش أوغلو", "مولود جاويش أوغلو", "name", "نفى", "person", "Turkey", "nominal", region="boilerplate",
  notes="related-story summary (truncated lines); نفى + verbal noun")
Q(P, "indirect", "التحقيق التركي في القضية سيشمل منزل القنصل السعودي، محمد العتيبي، وعدد من المركبا", "مولود جاويش أوغلو",
  None, "continuation", "وكشف", "person", "Turkey", "clause", region="boilerplate", ant="مولود جاويش أوغلو",
  notes="related-story summary cut off mid-word (المركبا): the span ends where the text ends")
Q(P, "indirect", "القنصل السعودي لدى إسطنبول، محمد العتيبي، غادر تركيا متجها إلى المملكة، الثلاثاء", "وكالة الأناضول",
  "وكالة الأناضول الرسمية التركية", "name", "أفادت", "media", "other", "clause", region="boilerplate",
  notes="related-story summary; بأن left out")
Q(P, "indirect", "لا يملك اطماعا مالية في السعودية وروسيا", "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name", "أكد",
  "person", "US", "clause", region="boilerplate", after="أكد الرئيس",
  notes="related-story summary; أنه left out. The truncated summary before it (أطلع ... على فحوى اجتماعه ...، وفقا) is topic-only and its source is cut off: not annotated")
Q(P, "mixed", 'الأنباء التي تتحدث عن أنه يمتلك مثل هذه الأطماع "كاذبة"', "دونالد ترامب", None, "continuation", "وأشار",
  "person", "US", "clause", region="boilerplate", ant="الرئيس الأمريكي دونالد ترامب", frags=["كاذبة"],
  notes="related-story summary; رحب مجلس الوزراء السعودي بتجاوب تركيا (next summary) is a welcome of a target, not annotated")
M(P, "الثلاثاء", "weekday", "Tuesday", note="publication day")
M(P, "الثلاثاء", "weekday", "Tuesday", note="boilerplate; most recent Tuesday = publication day")
M(P, "الثلاثاء", "weekday", "Tuesday", note="boilerplate (truncated summary)")

# ---------------- CN-technology-41 ----------------
P = "CN-technology-41"
N(P, "صراحة", "app and company name (Sarahah), not speech", nth="all")
N(P, "آبل", "company name, not speech")
N(P, "غوغل", "company name, not speech")
N(P, "غوغل بلاي", "store name, not speech", nth="all")
N(P, "آبل ستور", "store name, not speech", nth="all")
Q(P, "indirect", "قامت بإرسال رسالة مطابقة لتلك المذكورة في الالتماس عبر منصتها، حيث تعرف نظام الحماية على الكلمة المسية ومنع وصولها، ما يؤكد أن النظم التي تتستخدمها الشركة في تحري الكلمات المسيئة فاعلة وقادرة على منع وصول مثل هذه الرسائل",
  "صراحة", "صراحة", "name", "أشارت", "institution", "Sarahah", "clause",
  notes="\"صراحة\" أشارت ... الى أنها: the company named in marks (its name is a non-quote) is the subject; أنها left out; the channel في بيان ... and the closing بحسب بيانها (the same statement) are left out; the tail ما يؤكد أن ... is the company's inference (same sentence); a petition بدعوى ... بشأن (line 3) is topic-only")
Q(P, "mixed", 'المنصة تمنح "أداة" للبعض للجوء إلى العنف اللفظي ومضايقة المستخدمين', "من يقول", "من يقول", "description",
  "يقول", "anonymous", "other", "clause", bl=True, frags=["أداة"],
  notes="رداّ على من يقول إن ...: a generic critic's claim inside the frame of Tawfiq's reply, borderline (generic speaker); إن left out")
Q(P, "indirect", "صراحة لا يختلف بكونه وسيلة اجتماعية شبيهة بفيسبوك أو تويتر", "زين العابدين توفيق", "زين العابدين توفيق",
  "name", "أشار", "person", "Sarahah", "clause",
  notes="كان قد أشار ... أن: the addressee مع CNN بالعربية and the date are left out")
Q(P, "mixed", '"التعليقات السلبية ستتوفر في كل الأحوال، وأن القائمين على التطبيق يستخدمون "إجراءات معيّنة" لمنع انتشار بعض المصطلحات."',
  "زين العابدين توفيق", None, "continuation", "مضيفاً", "person", "Sarahah", "quote", ant="زين العابدين توفيق",
  frags=['التعليقات السلبية ستتوفر في كل الأحوال، وأن القائمين على التطبيق يستخدمون "إجراءات معيّنة" لمنع انتشار بعض المصطلحات'],
  notes="بأن + fully quoted proposition; the inner marks around إجراءات معيّنة sit inside the outer quote and stay in the fragment; the final '.' inside the marks is left out of the fragment")
Q(P, "indirect", 'مستمرة في التواصل مع متجري "غوغل بلاي" و "آبل ستور" لإعادة إدراج تطبيقها لديهما', "صراحة", "صراحة", "name",
  "أكدت", "institution", "Sarahah", "clause", notes="the channel في بيانها and the weekday left out; أنها left out; the store names are non-quotes")
Q(P, "indirect", "تفاؤلها بخصوص هذا الشأن", "صراحة", None, "continuation", "معبرة", "institution", "Sarahah", "nominal",
  ant="صراحة", notes="participle عبّر عن + stance noun; عن left out")
Q(P, "indirect", "صحة ما يشاع حول وجود قضايا أخرى، كانت وراء ما حدث", "صراحة", None, "continuation", "نافية",
  "institution", "Sarahah", "nominal", ant="صراحة", notes="participle نفى + noun")
M(P, "متجري", "count", 2, noun="متجر", note="headline; dual in construct naming the two (آبل، غوغل)")
M(P, "ديسمبر 2016", "date", "2016-12", None, "since", res="2016-12", note="منذ إطلاقه في ديسمبر 2016 (since, although منذ governs إطلاقه, as check2's منذ حرب 2014)")
M(P, "يناير 2018", "date", "2018-01", res="2018-01")
M(P, "الخميس", "weekday", "Thursday", note="publication day")
M(P, "متجري", "count", 2, noun="متجر", note="dual in construct naming the two stores")

# ---------------- FR-culture-96 ----------------
P = "FR-culture-96"
N(P, "أوستيريا فرانشيسكانا", "restaurant name, not speech", nth="all")
N(P, "50 بيست ريستورانتس", "name of the ranking, not speech")
Q(P, "direct", "هذا أمر لا يصدق إنه أمر بنيناه معا (..) سأستغل فرصة وجودي تحت الأضواء لأقول إنه في العام 2018 الطهاة هم أكثر من مجرد وصفات طبخ",
  "ماسيمو بوتورا", "بوتورا", "name", "قال", "person", "other", "quote",
  notes="the ellipsis (..) inside the marks stays in the span")
N(P, "ميشلان", "name of the guide, not speech", nth="all")
N(P, "إيلفن ماديسن بارك", "restaurant name, not speech")
N(P, "لا تراتوريا ديل كمباتسو", "restaurant name, not speech")
Q(P, "direct", "قال لي: اتبع دائما مذاقك لأن لديك حاسة ذوق مهمة وهي ستعرف العالم بمودينا", "ماسيمو بوتورا", None,
  "continuation", "وأوضح", "person", "other", "quote", ant="بوتورا",
  notes="وأوضح في مقابلة مع وكالة الأنباء الفرنسية (فرانس برس) قبل سنتين، \"...\": zero subject = Bottura (subject of the preceding كان يتتلمذ); the addressee (AFP) left out; the nested قال لي (his mentor Cogné) is inside the quote and gets no record")
Q(P, "mixed", '"وهو من أهم الأشخاص" في حياته', "ماسيمو بوتورا", "بوتورا", "continuation", None, "person", "other", "clause",
  spk_where="after", bl=True, frags=["وهو من أهم الأشخاص"],
  notes="quoted words with no cue inside the writer's sentence (Ducasse \"is one of the most important people\" in his life): his wording from the interview, mixed, borderline, cue null; alternative: a non-quote")
N(P, "أوستيريا فرانشيسكان", "restaurant name (misspelt), not speech")
N(P, "العصرية", "scare quotes on the writer's word (his 'modern' way), not speech")
Q(P, "direct", "أرادوا صلبي في ساحة مودينا الرئيسية لأني كنت -أهدم- وصفات جداتنا", "ماسيمو بوتورا", "الطاهي", "description",
  "ويؤكد", "person", "other", "quote", notes="juxtaposed quote; the dashes around أهدم stay")
N(P, "ريفيتوريو", "restaurant name, not speech")
N(P, "إل سيلير دي كان روكا", "restaurant name, not speech")
N(P, "ميرازور", "restaurant name, not speech")
N(P, "غاغان", "restaurant name, not speech")
N(P, "سنترال", "restaurant name, not speech")
N(P, "مايدو", "restaurant name, not speech")
N(P, "لاربيج", "restaurant name, not speech")
N(P, "موغاريتس", "restaurant name, not speech")
N(P, "أسادور اتشيباري", "restaurant name, not speech")
M(P, "للعام 2018", "year", 2018, note="للعام 2018: the preposition ل fused with the article (alif dropped) stays in the span")
M(P, "الثانية", "ordinal", 2, noun="مرة")
M(P, "10 مطاعم", "count", 10, noun="مطعم", note="قائمة أفضل 10 مطاعم")
M(P, "مطعمين", "count", 2, noun="مطعم", note="indefinite dual")
M(P, "المركزين", "count", 2, noun="مركز", note="definite dual that names the two (الثالث والثامن); a scorer may drop it")
M(P, "الثالث", "ordinal", 3, noun="مركز")
M(P, "الثامن", "ordinal", 8, noun="مركز", note="والثامن")
M(P, "الثانية", "ordinal", 2, noun="مرتبة")
M(P, "50 بيست", "identifier", "50 Best Restaurants", scored=False, note="the ranking's name (The World's 50 Best Restaurants)")
M(P, "50 مطعما", "count", 50, noun="مطعم")
M(P, "الثلاثاء", "weekday", "Tuesday", note="publication Wednesday 20 June 2018")
M(P, "العام 2018", "year", 2018, note="inside quote")
M(P, "3 نجوم", "count", 3, noun="نجمة")
M(P, "أولى", "ordinal", 1, noun="مرة", note="مرة أولى")
M(P, "سنتين", "duration", 2, "year", "ago", note="قبل سنتين (قبل out); the 2016 award")
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017")
M(P, "الرابعة", "ordinal", 4, noun="مرتبة")
M(P, "الثالثة والعشرين", "duration", 23, "year", note="age: في سن الثالثة والعشرين (at 23), as ages are durations")
M(P, "ساعتين", "duration", 2, "hour", note="على مسافة ساعتين: two hours away")
M(P, "سنتين", "duration", 2, "year", "ago", note="قبل سنتين: the interview two years ago")
M(P, "العام 1995", "year", 1995)
M(P, "ثالثة", "ordinal", 3, noun="نجمة")
M(P, "العام 2011", "year", 2011)
M(P, "آذار/مارس", "date", "XXXX-03", res="2018-03", note="bare month: the nearest March before publication")
M(P, "الثانية", "ordinal", 2, noun="مرتبة", note="crosshead")
M(P, "ثالثا", "ordinal", 3, noun="مرتبة", note="crosshead")
M(P, "ثانيا", "ordinal", 2, noun="مرتبة")
M(P, "العام الحالي", "relative_date", 0, "year", res="2018")
M(P, "عامي 2013", "year", 2013, note="عامي 2013 و2015: two years, as dev2's عامي 2015 و2017")
M(P, "2015", "year", 2015, note="و2015")
M(P, "الثالث", "ordinal", 3, noun="مركز")
M(P, "رابعا", "ordinal", 4, noun="مرتبة")
M(P, "العام 2017", "year", 2017)
M(P, "الخامس", "ordinal", 5, noun="مرتبة")
M(P, "المرتبتين", "count", 2, noun="مرتبة", note="definite dual that names the two (السادسة والسابعة); a scorer may drop it")
M(P, "السادسة", "ordinal", 6, noun="مرتبة")
M(P, "السابعة", "ordinal", 7, noun="مرتبة", note="والسابعة")
M(P, "مطعمان", "count", 2, noun="مطعم", note="indefinite dual")
M(P, "الثامنة", "ordinal", 8, noun="مرتبة")
M(P, "مطعمين", "count", 2, noun="مطعم", note="آخر مطعمين: the last two")
M(P, "عشرة مطاعم", "count", 10, noun="مطعم")

# ---------------- FR-economy-49 ----------------
P = "FR-economy-49"
GRP = "فرنسا وبريطانيا وألمانيا والاتحاد الأوروبي"
Q(P, "indirect", "إعفاء شركات أوروبية من العقوبات على إيران", GRP, "فرنسي ألماني بريطاني", "description", "طلب", "group",
  "other", "nominal", region="headline",
  notes="headline; noun cue طلب بـ + verbal noun (request), the addressee لواشنطن and the clitic بـ left out; speaker = the joint group entity of the body")
Q(P, "indirect", "استثناء شركاتها العاملة في إيران من العقوبات التي فرضتها واشنطن على طهران", GRP, GRP, "name", "تطالب",
  "group", "other", "nominal",
  notes="رسالة ... تطالب فيها الولايات المتحدة بـ: the letter stands for its issuers (group entity); addressee and clitic left out")
Q(P, "indirect", "إعفاء شركاتها من الإجراءات العقابية الجديدة على إيران والشركات المتعاملة معها", GRP,
  "فرنسا وبريطانيا وألمانيا، إلى جانب الاتحاد الأوروبي", "name", "بطلب", "group", "other", "nominal",
  notes="تقدمت ... بطلب رسمي مشترك إلى واشنطن، لإعفاء: noun cue (request); addressee and the clitic ل left out")
Q(P, "direct", "كحلفاء، نتوقع من الولايات المتحدة الامتناع عن اتخاذ إجراءات تضر بمصالح أوروبا الأمنية", GRP, "الرسالة",
  "description", "وقالت", "group", "other", "quote", doc=True,
  notes="وقالت الرسالة التي وجهتها الدول الثلاثة ... \"...\": the letter stands for its issuers; juxtaposed quote")
Q(P, "mixed", 'الدول الثلاث والاتحاد الأوروبي يطلبون من الولايات المتحدة "إعفاء الشركات الأوروبية التي تقوم بأعمال تجارية قانونية في إيران من جميع العقوبات الأمريكية خارج الحدود"',
  "برونو لومير", "برونو لومير", "name", "وقال", "person", "France", "clause",
  frags=["إعفاء الشركات الأوروبية التي تقوم بأعمال تجارية قانونية في إيران من جميع العقوبات الأمريكية خارج الحدود"])
N(P, "تويتر", "platform name, not speech")
Q(P, "direct", "يجب أن يكون بمقدور هذه الشركات مواصلة أنشطتها", "برونو لومير", None, "continuation", "وكتب", "person",
  "France", "quote", ant="برونو لومير", notes="وكتب على \"تويتر\" \"...\": written words; the channel left out")
Q(P, "indirect", "انسحاب واشنطن من الاتفاق", "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name", "وأعلن", "person",
  "US", "nominal", bl=True,
  notes="أعلن + verbal noun of the speaker's own act (withdrawal), borderline; the time الشهر الماضي is left out (it dates the announcement); وهو ما يعني ... is the writer's")
Q(P, "indirect", "الشركات الأوروبية التي سارعت للاستثمار في إيران بعد رفع العقوبات خلال السنوات الثلاث الماضية هي الخاسر الأكبر من إعادة فرضها",
  "محللون", "محللون", "description", "ويقول", "anonymous", "other", "clause")
N(P, "توتال", "company name, not speech")
N(P, "ميرسك", "company name, not speech")
Q(P, "indirect", "لن يكون بإمكانها البقاء في إيران مع إعادة فرض العقوبات بشكل كامل خلال الأشهر الستة المقبلة إلا في حال حصولها على استثناءات واضحة من واشنطن",
  "عدة شركات كبرى", "عدة شركات كبرى", "description", "وذكرت", "group", "other", "clause",
  notes="أنه left out; the company names inside the subject are non-quotes")
N(P, "بي إس إيه", "company name, not speech")
Q(P, "indirect", "ستنسحب من إيران لتجنب خطر التعرض لغرامات عقابية", "بي إس إيه", 'مجموعة صناعة السيارات الفرنسية "بي إس إيه"',
  "name", "وأعلنت", "institution", "PSA", "clause", bl=True,
  notes="announcement of the speaker's own intended act (withdrawal), borderline; أنها left out; the weekday left out")
M(P, "وزيري", "count", 2, noun="وزير", note="dual in construct naming the two (الخارجية والخزانة)")
M(P, "الأربعاء", "weekday", "Wednesday", note="publication day")
M(P, "الدول الثلاثة", "count", 3, noun="دولة", note="definite number, as the dev gold's الدول الأربع")
M(P, "وزيري", "count", 2, noun="وزير", note="dual in construct naming the two (منوتشين، بومبيو)")
M(P, "الدول الثلاث", "count", 3, noun="دولة")
M(P, "2015", "year", 2015, note="في 2015")
M(P, "الشهر الماضي", "relative_date", 1, "month", "last", res="2018-05", note="Trump's withdrawal announcement of 8 May 2018")
M(P, "السنوات الثلاث الماضية", "duration", 3, "year", "within+last", note="خلال السنوات الثلاث الماضية (as check2's within+last)")
M(P, "عدة", "vague", None, None, None, noun="شركة", scored=False, note="عدة شركات كبرى")
M(P, "الأشهر الستة المقبلة", "duration", 6, "month", "within+next", note="خلال الأشهر الستة المقبلة (by analogy with within+last)")
M(P, "الاثنين", "weekday", "Monday", note="most recent Monday before Wednesday 6 June")

# ---------------- FR-internationalNews-974 ----------------
P = "FR-internationalNews-974"
Q(P, "indirect", "اعتراضها لأربعة صواريخ حوثية ومقتل أحد مواطنيها", "السعودية", "السعودية", "name", "تعلن", "institution",
  "Saudi Arabia", "nominal", region="headline", bl=True,
  notes="headline; أعلن + verbal nouns (its own interception, and a death): announcement of an act, borderline; metonym السعودية kept")
Q(P, "indirect", "مقتل مواطن السبت نتيجة سقوط شظايا صواريخ أطلقها حوثيون من اليمن باتجاه مدينة جيزان", "الدفاع المدني السعودي",
  "الدفاع المدني السعودي", "name", "أعلن", "institution", "Saudi Arabia", "nominal",
  notes="أعلن + verbal noun reporting a death (a factual report, as CN-466's casualty announcements, not borderline); the weekday inside the content stays")
Q(P, "indirect", "اعترضت السعودية السبت أربعة صواريخ بالستية أطلقها حوثيون", "التحالف العربي", "التحالف العربي", "name",
  "أعلن", "institution", "Saudi Arabia", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed كما أعلن التحالف العربي بقيادة الرياض")
Q(P, "indirect", "مقتل شخص في الهجوم", "مسؤول محلي", "مسؤول محلي", "description", "أعلن", "anonymous", "Saudi Arabia", "nominal",
  after="فيما أعلن", notes="addressee لقناة تلفزيونية left out; casualty report, not borderline")
Q(P, "indirect", "أطلقت الصواريخ باتجاه مدينة جيزان في جنوب السعودية", "التحالف العربي", "للتحالف", "description", "جاء",
  "institution", "Saudi Arabia", "clause", spk_where="after", cue_where="after", post=True, doc=True,
  notes="postposed كما جاء في بيان للتحالف: the statement stands for its issuer; the mention keeps the fused ل (للتحالف = ل + التحالف)")
Q(P, "indirect", "الهجوم لم يوقع ضحايا", "التحالف العربي", "التحالف", "name", "قال", "institution", "Saudi Arabia", "clause",
  after="قال التحالف", notes="وفي حين قال التحالف إن: a concessive clause, still a report")
Q(P, "mixed", 'مواطنا سعوديا قتل في تساقط شظايا "كما تعرض منزلان و3 مركبات لأضرار مختلفة"', "يحيى عبدالله القحطاني",
  "المقدم يحيى عبدالله القحطاني", "name", "قال", "person", "Saudi Arabia", "clause", frags=["كما تعرض منزلان و3 مركبات لأضرار مختلفة"],
  notes="the addressee لتلفزيون العربية left out; ولم يتسن الحصول على تأكيد ... (next line) is a negated non-report")
Q(P, "indirect", "إطلاق ثمانية صواريخ باتجاه جيزان", "تلفزيون المسيرة", "تلفزيون المسيرة", "name", "وأعلن", "media", "other",
  "nominal", bl=True,
  notes="أعلن + verbal noun of its side's act (launching missiles), borderline; the weekday between cue and content left out")
Q(P, "indirect", "أسقطت صاروخا أطلق على المنطقة نفسها", "السعودية", "السعودية", "name", "إعلان", "institution", "Saudi Arabia",
  "clause", after="غداة إعلان", notes="noun cue إعلان السعودية إنها (sic for أنها): a clause, not borderline; إنها left out")
Q(P, "indirect", "من بين الأسوأ في العالم", "الأمم المتحدة", "الأمم المتحدة", "name", "تعتبرها", "institution", "UN",
  "nominal", objpred=True,
  notes="أزمة إنسانية تعتبرها الأمم المتحدة من بين الأسوأ: object predicate of اعتبر, the span is the predicate (as check4's تعتبرها إسرائيل)")
M(P, "أربعة صواريخ", "count", 4, noun="صاروخ", note="headline; لأربعة (clitic ل out)")
M(P, "السبت", "weekday", "Saturday", note="publication day")
M(P, "أربعة صواريخ", "count", 4, noun="صاروخ")
M(P, "أيام", "vague", None, "day", "plural_unspecified", scored=False, note="بعد أيام من غارة")
M(P, "السبت", "weekday", "Saturday")
M(P, "أربعة صواريخ", "count", 4, noun="صاروخ")
M(P, "منزلان", "count", 2, noun="منزل", note="inside quote; indefinite dual")
M(P, "3 مركبات", "count", 3, noun="مركبة", note="inside quote; و3")
M(P, "السبت", "weekday", "Saturday")
M(P, "ثمانية صواريخ", "count", 8, noun="صاروخ")
M(P, "الأسبوع الماضي", "relative_date", 1, "week", "last", res="2018-W16", note="the strike that killed al-Sammad (19 April 2018); publication Saturday 28 April (2018-W17)")
M(P, "2015", "year", 2015, None, "since", note="منذ 2015")
M(P, "آذار/مارس 2015", "date", "2015-03", None, "since", res="2015-03", note="منذ التدخل السعودي ... في آذار/مارس 2015 (since, as check2's منذ حرب 2014)")
M(P, "نحو عشرة آلاف", "count", 10000, None, "approx", noun="شخص")
M(P, "هذا العام", "relative_date", 0, "year", res="2018", note="في وقت سابق هذا العام")

# ---------------- FR-middleEast-882 ----------------
P = "FR-middleEast-882"
SANA = "وكالة الأنباء السورية الرسمية"
Q(P, "indirect", "شكلت السلطات السورية لجنة تنسيق للعمل على عودة اللاجئين الفارين من جحيم الحرب التي تمزق البلاد منذ أكثر من سبع سنوات، إلى ديارهم",
  "الإعلام الرسمي", "الإعلام الرسمي", "name", "بحسب", "media", "other", "clause", spk_where="after", cue_where="after",
  post=True, bl=True, notes="postposed بحسب ما أعلنه الإعلام الرسمي الأحد, attached to an event (the committee's formation), borderline as in dev2")
Q(P, "indirect", "العودة", "بشار الأسد", "الرئيس بشار الأسد", "name", "ودعوة", "person", "Syria", "nominal",
  notes="noun cue دعوة X إلى: the addressee السوريين في الخارج and the clitic إلى left out")
Q(P, "indirect", "تشكيل لجنة تنسيق للعمل على عودة اللاجئين الذين دفعهم النزاع الدامي المستمر منذ أكثر من سبع سنوات إلى مغادرة البلاد",
  "الحكومة السورية", "الحكومة السورية", "name", "أعلنت", "institution", "Syria", "nominal", bl=True,
  alt=["الإعلام الرسمي"],
  notes="أعلن + verbal noun of its own act, borderline; postposed channel وفق ما أورد الإعلام الرسمي in alt (as check4's postposed agencies)")
N(P, "ساناالأحد ", "agency name SANA run together with the weekday (الأحد) and a space inside the marks, not speech")
Q(P, "mixed", 'مجلس الوزراء وافق خلال جلسته الأحد على "إحداث هيئة تنسيق لعودة المهجرين في الخارج إلى مدنهم وقراهم التي هجروا منها بفعل الإرهاب" يرأسها وزير الإدارة المحلية والبيئة حسين مخلوف',
  SANA, SANA, "name", "وقالت", "media", "other", "clause",
  frags=["إحداث هيئة تنسيق لعودة المهجرين في الخارج إلى مدنهم وقراهم التي هجروا منها بفعل الإرهاب"],
  notes="the agency reports the cabinet's decision (وافق على ...) in its wording; the trailing relative يرأسها ... stays")
Q(P, "mixed", 'من ضمن أولويات بلاده "عودة اللاجئين الذين غادروا سوريا هربا من الإرهاب"', "بشار الأسد", "بشار الأسد",
  "name", "أعلن", "person", "Syria", "clause", after="أعلن في بداية", frags=["عودة اللاجئين الذين غادروا سوريا هربا من الإرهاب"],
  notes="أعلن ... أن + clause: a stated position, not an act; من جهته left out")
Q(P, "mixed", 'تشكيل هذه الهيئة وفق سانا يأتي "تأكيدا على أن سوريا التي انتصرت في حربها على الإرهاب وتحملت مسؤوليتها تجاه المهجرين في الداخل، ستتخذ ما يلزم من إجراءات لتسوية أوضاع جميع المهجرين وتأمين عودتهم في ظل عودة الأمان وإعادة الخدمات الأساسية إلى مختلف المناطق"',
  SANA, "سانا", "name", "وفق", "media", "other", "clause", spk_where="in", cue_where="in",
  frags=["تأكيدا على أن سوريا التي انتصرت في حربها على الإرهاب وتحملت مسؤوليتها تجاه المهجرين في الداخل، ستتخذ ما يلزم من إجراءات لتسوية أوضاع جميع المهجرين وتأمين عودتهم في ظل عودة الأمان وإعادة الخدمات الأساسية إلى مختلف المناطق"],
  notes="parenthetical وفق سانا inside the clause: speaker and cue inside the span")
Q(P, "mixed", 'مهام الهيئة التي تتألف من "الوزارات والجهات المعنية"في المرحلة المقبلة "تكثيف التواصل مع الدول الصديقة لتقديم كل التسهيلات واتخاذ الإجراءات الكفيلة بعودتهم"',
  SANA, None, "continuation", None, "media", "other", "clause", ant="سانا",
  frags=["الوزارات والجهات المعنية", "تكثيف التواصل مع الدول الصديقة لتقديم كل التسهيلات واتخاذ الإجراءات الكفيلة بعودتهم"],
  notes="no reporting verb: the quoted wording continues the agency's account (cue null, as GUIDELINES 002 تطرق الرئيسان إلى \"...\"); the missing space after the first closing mark is kept")
Q(P, "indirect", "البالغ عددهم وفق أرقام الأمم المتحدة 5,6 مليون شخص", "الأمم المتحدة", "الأمم المتحدة", "name", "وفق",
  "institution", "UN", "clause", spk_where="in", cue_where="in",
  notes="parenthetical وفق أرقام الأمم المتحدة on a figure inside the writer's sentence: the figures stand for their issuer; the proposal اقترحتها موسكو and the plan's content وتقضي الخطة بـ are not annotated")
Q(P, "mixed", '"سوريا حريصة على عودة جميع أبنائها، ومن هذا المنطلق فقد رحبت بأي مساعدة ممكنة للسوريين النازحين في الداخل والخارج"',
  "بشار الأسد", "الأسد", "name", "وأبلغ", "person", "Syria", "quote",
  frags=["سوريا حريصة على عودة جميع أبنائها، ومن هذا المنطلق فقد رحبت بأي مساعدة ممكنة للسوريين النازحين في الداخل والخارج"],
  notes="أبلغ X أن + fully quoted proposition; the addressee المبعوث الروسي left out; وفق ما نقل موقع الرئاسة عنه is his own channel (the presidency's website), left out with no alt")
Q(P, "indirect", "المساهمة في عودة اللاجئين السوريين إلى بلادهم", "ألكسندر لافرينتييف", "لافرنتييف", "name", "وناشد",
  "person", "Russia", "nominal", notes="ناشد X + verbal noun (appeal, as دعا); the addressee المجتمع الدولي left out; spelling لافرنتييف (mention) vs لافرينتييف (line 9)")
Q(P, "indirect", "ضرورة عودة اللاجئين إلى بلادهم", "دول تستضيف اللاجئين السوريين", "دول تستضيف اللاجئين السوريين", "description",
  "تطالب", "group", "other", "nominal", spk_where="@تطالب", notes="طالب بـ + noun; the postposed subject names لبنان وتركيا as leading members; clitic بـ left out")
Q(P, "mixed", 'كون عودتهم "ليست آمنة" برغم توقف المعارك في مناطق عدة', "منظمات حقوقية ودولية", "منظمات حقوقية ودولية",
  "description", "تحذر", "group", "other", "nominal", frags=["ليست آمنة"], notes="حذر من + noun; من left out")
Q(P, "indirect", "يجب أن تكون طوعية وليست قسرية", "منظمات حقوقية ودولية", None, "continuation", "مشددة", "group", "other",
  "clause", ant="منظمات حقوقية ودولية", notes="participle شدد على أنها: أنها left out")
Q(P, "indirect", "خلال النصف الأول من سنة 2018، عاد 13 ألف لاجئ إلى سوريا", "الأمم المتحدة", "الأمم المتحدة", "name", "وفق",
  "institution", "UN", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed وفق ما أعلنت الأمم المتحدة; leading و left out")
M(P, "أكثر من سبع سنوات", "duration", 7, "year", "more_than+since", note="منذ أكثر من سبع سنوات (منذ out)")
M(P, "الأحد", "weekday", "Sunday", note="publication Monday 6 August 2018")
M(P, "أكثر من سبع سنوات", "duration", 7, "year", "more_than+since")
M(P, "الأحد", "weekday", "Sunday", glued=True, note="run together with the agency name inside the marks (ساناالأحد)")
M(P, "الأحد", "weekday", "Sunday", note="خلال جلسته الأحد")
M(P, "بداية تموز/يوليو", "date", "XXXX-07", None, "start", res="2018-07-01/2018-07-10", note="في بداية تموز/يوليو: part of a month as a span of days")
M(P, "5,6 مليون شخص", "count", 5600000, noun="شخص", note="decimal comma")
M(P, "الشهر الماضي", "relative_date", 1, "month", "last", res="2018-07")
M(P, "مجموعتي", "count", 2, noun="مجموعة", note="بإنشاء مجموعتي عمل: two working groups (dual in construct); البلدين (pointing back) gets no record")
M(P, "نحو أسبوعين", "duration", 2, "week", "approx+ago", note="قبل نحو أسبوعين (قبل out)")
M(P, "26 تموز/يوليو", "date", "XXXX-07-26", res="2018-07-26")
M(P, "العامين الماضيين", "duration", 2, "year", "within+last", note="خلال العامين الماضيين")
M(P, "عدة", "vague", None, None, None, noun="جبهة", scored=False, note="جبهات عدة")
M(P, "أكثر من ستين في المئة", "percent", 60, "percent", "more_than")
M(P, "عدة", "vague", None, None, None, noun="منطقة", scored=False, note="مناطق عدة")
M(P, "الأول", "ordinal", 1, noun="نصف", note="النصف الأول من سنة 2018 (first half)")
M(P, "سنة 2018", "year", 2018)
M(P, "13 ألف لاجئ", "count", 13000, noun="لاجئ")
M(P, "2011", "year", 2011, None, "since", note="منذ اندلاعه في 2011")
M(P, "أكثر من نصف", "fraction", 0.5, None, "more_than", noun="ساكن", note="أكثر من نصف السكان")
M(P, "أكثر من 350 ألف شخص", "count", 350000, None, "more_than", noun="شخص")

# ---------------- SK-economy-1414 ----------------
P = "SK-economy-1414"
IMF = "صندوق النقد الدولي"
Q(P, "indirect", "مستويات الدين العالمي سجلت رقما قياسيا بلغ 182 تريليون دولار في 2017، حيث نمت 50 بالمئة في الأعوام العشرة السابقة، لكن الصورة تبدو أقل قتامة عند أخذ قيمة الأصول العامة في الحسبان",
  IMF, IMF, "name", "قال", "institution", "IMF", "clause", notes="إن left out; the weekday left out")
Q(P, "indirect", "قاعدة بيانات جديدة في تقريره نصف السنوي للمراقبة المالية أظهرت صافي قيمة ضخم للأصول في 31 دولة تسهم بنسبة 61 بالمئة من الناتج الاقتصادي العالمي",
  IMF, "صندوق النقد", "name", "وذكر", "institution", "IMF", "clause",
  notes="the nested evidential أظهرت (the database) is inside the content; line 4 (no cue) is the writer's continuation, not annotated")
Q(P, "direct", "ما أن تفهم الحكومات حجم وطبيعة الأصول العامة، يمكنها البدء في إدارتها بمزيد من الكفاءة.. المكاسب المحتملة من تحسين إدارة الأصول ضخمة",
  IMF, "الصندوق", "description", "وقال", "institution", "IMF", "quote", doc=True,
  notes="وقال تقرير الصندوق \"...\": the report stands for its issuer; juxtaposed quote")
Q(P, "indirect", "مكاسب الإيرادات من الشركات العامة غير المالية والأصول المالية الحكومية، يمكن أن تصل نسبتها إلى ثلاثة بالمئة من الناتج المحلي الإجمالي سنويا، وهو ما يعادل حصيلة ضريبة الشركات السنوية في الاقتصادات المتقدمة",
  IMF, "الصندوق", "description", "وأوضح", "institution", "IMF", "clause")
Q(P, "indirect", "أستراليا ونيوزيلندا وبريطانيا كدول تأخذ خطوات إيجابية لتحسين إدارة الأصول تحسبا لنمو الالتزامات المالية مستقبلا",
  IMF, "التقرير", "description", "وذكر", "institution", "IMF", "nominal", doc=True, after="وذكر التقرير",
  notes="ذكر X كـ Y (cited X as countries taking positive steps): the object with its predicate is the content; the report stands for its issuer")
Q(P, "indirect", "الاستخدام الأكثر كفاءة للمباني التي تملكها الحكومات على سبيل المثال، يمكن أن يساعد في تقليص تكاليف الاستئجار",
  IMF, None, "continuation", "وقال", "institution", "IMF", "clause", ant="التقرير", after="وقال إن",
  notes="zero subject = the report (line 7)")
M(P, "الأربعاء", "weekday", "Wednesday", note="publication day")
M(P, "182 تريليون دولار", "money", 182000000000000, "USD")
M(P, "2017", "year", 2017, note="في 2017")
M(P, "50 بالمئة", "percent", 50, "percent")
M(P, "الأعوام العشرة السابقة", "duration", 10, "year", "last", note="في الأعوام العشرة السابقة (as dev2's الأيام الثلاثة السابقة)")
M(P, "31 دولة", "count", 31, noun="دولة")
M(P, "61 بالمئة", "percent", 61, "percent")
M(P, "نحو 101 تريليون دولار", "money", 101000000000000, "USD", "approx")
M(P, "مثلي", "number", 2, "times", note="بما يعادل مثلي ناتجها المحلي: twice (dual of مثل), as the dev gold's ضعف")
M(P, "أكثر من نصف", "fraction", 0.5, None, "more_than", noun="أصل", note="أكثر من نصف هذه الأصول بقليل (slightly more than half)")
M(P, "أقل من النصف", "fraction", 0.5, None, "less_than", noun="أصل", note="أقل من النصف بقليل")
M(P, "ثلاثة بالمئة", "percent", 3, "percent", "at_most", note="يمكن أن تصل نسبتها إلى (verb outside the span)")

# ---------------- SK-internationalNews-1365 ----------------
P = "SK-internationalNews-1365"
Q(P, "mixed", 'ستكون هناك "عواقب" بسبب ما وصفتها "العسكرة المتزايدة للجزر المتنازع عليها في بحر الصين الجنوبي"',
  "الولايات المتحدة", "الولايات المتحدة", "name", "حذرت", "institution", "US", "clause", after="حذرت الولايات",
  frags=["عواقب", "العسكرة المتزايدة للجزر المتنازع عليها في بحر الصين الجنوبي"],
  notes="حذر X من أنه: the addressee الصين and أنه left out; the nested ما وصفتها \"...\" (same speaker, inside the complement) gets no record; the headline تهدد الصين has no content (not annotated)")
Q(P, "indirect", "التحقيق في واقعة إصابة طيارين أميركيين بأشعة الليزر، أثناء التحليق فوق قاعدتها العسكرية في جيبوتي",
  "وزارة الدفاع الأميركية", "وزارة الدفاع الأميركية", "continuation", "وطلبت", "institution", "US", "nominal",
  notes="طلب من X + verbal noun (request, as طالب); the addressee من الصين left out; قدمت ... شكوى رسمية is an act (no content)")
Q(P, "indirect", "الاتهامات الأميركية", "بكين", "بكين", "name", "وتنفي", "institution", "China", "nominal", bl=True,
  notes="anaphoric denial (نفى + the accusations), borderline as check4's ونفت موسكو هذه المعلومات; metonym بكين")
Q(P, "mixed", '"اعتباطية"', "بكين", None, "continuation", "وتصفها", "institution", "China", "quote", ant="بكين", objpred=True,
  frags=["اعتباطية"], notes="وصف X بأنها \"Y\": object predicate, the span is the quoted predicate")
Q(P, "mixed", 'واشنطن "تدرك جيدا" الوجود العسكري الصيني المتزايد في بحر الصين الجنوبي', "سارة هاكابي ساندرز",
  "سارة هاكابي ساندرز", "name", "وذكرت", "person", "US", "clause", frags=["تدرك جيدا"],
  notes="ذكر ... إن (إن for أن); the venue في مؤتمر صحفي and the weekday left out")
N(P, "سي إن بي سي", "outlet name (CNBC), not speech")
Q(P, "direct", "إقدام الصينيين على هذا الأمر سيكون له عواقب على المدى القريب والبعيد", "سارة هاكابي ساندرز", "ساندرز", "name",
  "وتابعت", "person", "US", "quote",
  notes="juxtaposed quote; the space before the closing mark is left out; the CNBC report حول ... (line 5) is topic-only and ترد على is an act")
Q(P, "indirect", "لها حقوق فيها", "عدة دول آسيوية أخرى منها فيتنام وتايوان", "عدة دول آسيوية أخرى منها فيتنام وتايوان",
  "description", "تقول", "group", "other", "clause",
  notes="relative clause التي تقول ... إن لها حقوق فيها (a territorial claim); إن left out; the writer's وقد يؤدي تأكيد هذه الأنباء is not a report")
Q(P, "mixed", 'سيادة بكين على سبراتلي "لا تقبل الجدل"', "متحدثة باسم وزارة الخارجية", "متحدثة باسم وزارة الخارجية",
  "description", "صرحت", "anonymous", "China", "clause", frags=["لا تقبل الجدل"],
  notes="unnamed Chinese foreign ministry spokeswoman; the addressee للصحفيين left out; ولم تنف الصين هذه التقرير is a negated report")
Q(P, "direct", "نشر منشآت عسكرية يهدف إلى حماية الدولة، ولا يستهدف أي بلاد أخرى", "متحدثة باسم وزارة الخارجية", None,
  "continuation", "مضيفة", "anonymous", "China", "quote", ant="متحدثة باسم وزارة الخارجية")
M(P, "الخميس", "weekday", "Thursday", note="publication Saturday 5 May 2018")
M(P, "طيارين", "count", 2, noun="طيار", note="indefinite dual")
M(P, "الخميس", "weekday", "Thursday")
M(P, "ثلاثة", "count", 3, noun="موقع", note="ثلاثة من المواقع")
M(P, "الأولى", "ordinal", 1, noun="مرة")
M(P, "عدة", "vague", None, None, None, noun="دولة", scored=False, note="عدة دول آسيوية")

# ---------------- SK-sport-850 ----------------
P = "SK-sport-850"
UNFP = "الاتحاد الوطني للاعبين المحترفين"
Q(P, "mixed", 'رحيل هنري ميشيل "صرح كرة القدم الفرنسية"', UNFP, None, "continuation", None, "institution", "UNFP", "clause",
  region="headline", bl=True, frags=["صرح كرة القدم الفرنسية"],
  notes="headline with marks and no cue: the epithet is the union's wording in its tweet (line 3); mixed, borderline, cue null; alternative: a non-quote")
Q(P, "indirect", "هنري ميشيل، المدرب السابق لمنتخب فرنسا في كرة القدم بين 1984 و1988، توفي عن 70 عاما", UNFP, UNFP, "name",
  "أعلن", "institution", "UNFP", "clause",
  notes="أعلن أن + clause (a death), not borderline; the weekday and the channel عبر تويتر left out; the apposition stays in the span")
Q(P, "direct", "هنري ميشيل، صرح كرة القدم الفرنسية، فارقنا هذا الصباح", UNFP, "الاتحاد", "description", "وأضاف",
  "institution", "UNFP", "quote", notes="the channel في تغريدة left out")
Q(P, "mixed", '"أصدق تعازيه إلى عائلة وأقارب المدرب الذي قاد منتخب بلاده الأولمبي للفوز بذهبية أولمبياد لوس أنجليس 1984 بفوزه في النهائي على المنتخب البرازيلي',
  UNFP, None, "continuation", "موجها", "institution", "UNFP", "nominal", ant="الاتحاد", bl=True, unbalanced=True,
  frags=["أصدق تعازيه إلى عائلة وأقارب المدرب الذي قاد منتخب بلاده الأولمبي للفوز بذهبية أولمبياد لوس أنجليس 1984 بفوزه في النهائي على المنتخب البرازيلي"],
  notes="موجها \"أصدق تعازيه ...: condolences are an act, made quote-like only by the marks (borderline, as dev2's quoted wording after an act); the opening mark has no closing one (unbalanced): the fragment runs to the sentence end (reader-assigned; the third-person تعازيه suggests the mark is misplaced)")
M(P, "الثلاثاء", "weekday", "Tuesday", note="publication day")
M(P, "بين 1984 و1988", "range", [1984, 1988], "year")
M(P, "70 عاما", "duration", 70, "year", note="age: توفي عن 70 عاما")
M(P, "هذا الصباح", "relative_date", 0, "day", res="2018-04-24", note="inside quote: this morning (the tweet of Tuesday)")
M(P, "1984", "year", 1984, note="أولمبياد لوس أنجليس 1984 (event name + year, scored as كأس العالم 2018)")
M(P, "531 مباراة", "count", 531, noun="مباراة")
M(P, "بين 1966 و1982", "range", [1966, 1982], "year")
M(P, "81 هدفا", "count", 81, noun="هدف")
M(P, "58 مباراة", "count", 58, noun="مباراة")
M(P, "بين 1967 و1980", "range", [1967, 1980], "year")
M(P, "أربعة أهداف", "count", 4, noun="هدف")
M(P, "21 عاما", "duration", 21, "year", "less_than", note="منتخب دون 21 عاما: the under-21 team (age limit)")
M(P, "1982", "year", 1982, None, "since", note="من 1982 إلى 1984: two years, the first since (as dev2's من ... إلى)")
M(P, "1984", "year", 1984, note="إلى 1984")
M(P, "الأول", "ordinal", 1, noun="منتخب", note="المنتخب الأول: the senior (first) national team")
M(P, "1986", "year", 1986, note="مونديال 1986")
M(P, "1988", "year", 1988, note="كأس أوروبا 1988")
M(P, "1-1", "number", "1-1", "score", scored=False, note="match score, unscored as in dev2")
M(P, "1990", "year", 1990, note="مونديال 1990")
M(P, "1988-1990", "range", [1988, 1990], "year", note="bracketed")
M(P, "موسم واحد", "count", 1, noun="موسم", note="لموسم واحد")
M(P, "1994", "year", 1994, note="bracketed")
M(P, "1995-2000", "range", [1995, 2000], "year", note="bracketed")
M(P, "2007", "year", 2007, note="ثم 2007")
M(P, "2000-2001", "range", [2000, 2001], "year")
M(P, "2001-2002", "range", [2001, 2002], "year")
M(P, "2004-2006", "range", [2004, 2006], "year")
M(P, "2011", "year", 2011)
M(P, "2012", "year", 2012)
M(P, "عدة", "vague", None, None, None, noun="نادي", scored=False, note="أندية عدة")
M(P, "أولها", "ordinal", 1, noun="نادي", glued=True, note="أولها النصر السعودي: the first of them")
M(P, "1995", "year", 1995)
M(P, "2001", "year", 2001)
M(P, "2003-2004", "range", [2003, 2004], "year")
M(P, "2010", "year", 2010, note="ثم 2010")
M(P, "2006", "year", 2006)
M(P, "2006-2007", "range", [2006, 2007], "year")
M(P, "2009", "year", 2009, note="ثم 2009")
M(P, "2008-2009", "range", [2008, 2009], "year")

# ---------------- SK-middleEast-3931 ----------------
P = "SK-middleEast-3931"
Q(P, "mixed", 'زيارته تعد "انطلاقة جديدة للتعاون العسكري والتكنولوجي بين مصر وروسيا"', "عبد الفتاح السيسي", "السيسي", "name",
  "وأعلن", "person", "Egypt", "clause", after="وأعلن السيسي", frags=["انطلاقة جديدة للتعاون العسكري والتكنولوجي بين مصر وروسيا"],
  notes="أعلن أن + clause (a stated assessment); في ذلك الوقت left out; the writer's تكشف الأرقام (line 2) is not a report")
Q(P, "indirect", "موسكو والقاهرة اتفقتا على إقامة منطقة صناعية روسية كجزء من المشروع الجديد لقناة السويس", "عبد الفتاح السيسي",
  "الرئيس السيسي", "name", "أعلن", "person", "Egypt", "clause", after="أعلن الرئيس السيسي",
  notes="أعلن أن + clause: the nested اتفقتا is inside the content; not borderline (a clause)")
Q(P, "indirect", "العديد من المؤشرات تؤكد أن هذه القمة بين الرئيسين تدشن مرحلة جديدة على طريق تطوير العلاقات بين البلدين، والتفاهم السياسي بين القيادتين",
  "الهيئة المصرية العامة للاستعلامات", "الهيئة المصرية العامة للاستعلامات", "name", "ويقول", "document-issuer", "Egypt",
  "clause", doc=True,
  notes="ويقول تقرير أعدته الهيئة ...: the report stands for its issuer; the nested evidential تؤكد is inside the content")
Q(P, "indirect", "تعدد الزيارات ولقاءات القمة بين رئيسي مصر وروسيا، دليل على توافق بين البلدين بشأن قضايا منطقة الشرق الأوسط، بعدما أثبتت الأحداث في الفترة الأخيرة أهمية دور البلدين الحيوي في معادلات المنطقة، كما أثبتت التقارب الكبير في وجهات النظر بين القاهرة وموسكو وموقفيهما إزاء معظم قضايا المنطقة",
  "مراقبون", "مراقبون", "description", "ويرى", "anonymous", "other", "clause", bl=True,
  notes="ويرى مراقبون أن: an opinion verb with a generic unnamed subject, borderline as check4's يرى كثيرون")
Q(P, "indirect", "السنوات القليلة الماضية شهدت تطورا لافتا في العلاقات العسكرية بين مصر وروسيا", "جلال نصار", "جلال نصار", "name",
  "وقال", "person", "other", "clause", notes="the title (رئيس تحرير صحيفة الأهرام الأسبوعي السابق) precedes the name")
Q(P, "mixed", '"حرص القيادة المصرية على تنويع علاقاتها العسكرية مع العديد من دول العالم، والعواصم المؤثرة في المشهد الدولي"',
  "جلال نصار", "نصار", "name", "وأكد", "person", "other", "quote",
  frags=["حرص القيادة المصرية على تنويع علاقاتها العسكرية مع العديد من دول العالم، والعواصم المؤثرة في المشهد الدولي"],
  notes="أكد على + a fully quoted nominal complement; على left out")
M(P, "9 لقاءات", "count", 9, noun="لقاء", note="headline")
M(P, "5 سنوات", "duration", 5, "year", "within", note="headline: في 5 سنوات")
M(P, "السنوات القليلة الماضية", "vague", None, "year", "last", scored=False)
M(P, "رئيسي", "count", 2, noun="رئيس", note="dual in construct naming the two (السيسي، بوتن)")
M(P, "9 مرات", "count", 9, noun="مرة")
M(P, "5 سنوات", "duration", 5, "year", "within", note="خلال 5 سنوات")
M(P, "8 لقاءات", "count", 8, noun="لقاء")
M(P, "الرابعة", "ordinal", 4, noun="زيارة")
M(P, "عام 2014", "year", 2014, None, "since", note="منذ عام 2014")
M(P, "العام التالي", "relative_date", 1, "year", "next", res="2014", note="العام التالي لنهاية حكم تنظيم الإخوان: the year after 2013 (apposition to 2014), as dev2's العام التالي")
M(P, "الأولى", "ordinal", 1, noun="زيارة")
M(P, "عام 2014", "year", 2014)
M(P, "أغسطس من العام ذاته", "date", "XXXX-08", res="2014-08", note="August of the same year (2014, from line 4)")
M(P, "الأولى", "ordinal", 1, noun="زيارة")
M(P, "فبراير 2015", "date", "2015-02", res="2015-02")
M(P, "مايو 2015", "date", "2015-05", res="2015-05")
M(P, "الثالثة", "ordinal", 3, noun="زيارة")
M(P, "الـ70", "ordinal", 70, noun="ذكرى", note="الذكرى الـ70 للانتصار")
M(P, "الثانية", "ordinal", 2, noun="حرب عالمية", note="الحرب العالمية الثانية (ordinal in a name, scored as dev2's)")
M(P, "الأولى", "ordinal", 1, noun="مرة")
M(P, "أغسطس 2015", "date", "2015-08", res="2015-08")
M(P, "ذات الشهر من نفس العام", "date", "XXXX-XX", res="2015-08", note="the same month of the same year (August 2015, from line 9)")
M(P, "سبتمبر 2016", "date", "2016-09", res="2016-09", note="بسبتمبر 2016 (clitic بـ out)")
M(P, "مجموعة العشرين", "identifier", "G20", scored=False, note="the group's name, as G7 in dev2")
M(P, "سبتمبر 2017", "date", "2017-09", res="2017-09")
M(P, "ديسمبر 2017", "date", "2017-12", res="2017-12")
M(P, "الثلاثاء", "weekday", "Tuesday", note="the Sochi summit, Tuesday and Wednesday (publication Wednesday 17 October 2018)")
M(P, "الأربعاء", "weekday", "Wednesday", note="publication day")
M(P, "الرابعة", "ordinal", 4, noun="زيارة")
M(P, "السنوات الخمس الأخيرة", "duration", 5, "year", "within+last", note="على مدى السنوات الخمس الأخيرة")
M(P, "رئيسي", "count", 2, noun="رئيس", note="رئيسي مصر وروسيا: dual in construct naming the two")
M(P, "السنوات القليلة الماضية", "vague", None, "year", "last", scored=False, note="inside Nassar's report")
M(P, "الرابعة", "ordinal", 4, noun="زيارة")
