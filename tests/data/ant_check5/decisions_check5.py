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
M(P, "عام 2009", "year", 2009, "since", note="منذ عام 2009 (منذ out)")
M(P, "بنحو تسعة أعوام", "duration", 9, "year", "approx", note="أي بنحو تسعة أعوام; the clitic بـ is glued to نحو and kept", glued=True)
M(P, "99 في المائة", "percent", 99, "percent")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول من 2018")
M(P, "2018", "year", 2018)
M(P, "العام الماضي", "relative_date", 1, "year", "last", res="2017")
M(P, "10.45 ألف ريال", "money", 10450, "SAR", note="بما يعادل: equivalent to (the increase)")
M(P, "الأول", "ordinal", 1, noun="ربع", note="الربع الأول من 2017")
M(P, "2017", "year", 2017)
M(P, "نحو 10.51 ألف ريال", "money", 10510, "SAR", "approx")
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
