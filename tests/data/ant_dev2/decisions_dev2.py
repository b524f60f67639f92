# ---------------- AL-culture-407 ----------------
P = "AL-culture-407"
Q(P, "indirect", "سيتخذ الإجراءات القانونية ضد من قاموا بتدشين حسابات مزيفة عبر #مواقع_التواصل الاجتماعي تحمل اسمه",
  "بيومي فؤاد", "الفنان المصري #بيومي _فؤاد", "name", "أعلن", "person", "other", "clause", notes="أنه left out")
Q(P, "indirect", "هذه الصفحات تحمل آراء سياسية وفنية ورياضية ودينية لا تمثله، وأنه غير مسؤول سوى عن صفحته الرسمية على موقع التواصل الاجتماعي #فيسبوك",
  "بيومي فؤاد", "بطل مسلسل \"خفة يد\"", "description", "وأوضح", "person", "other", "clause",
  notes="description mention (star of the series); coordinated أن-clauses under one cue stay in one record")
Q(P, "indirect", "كل ما نسب إليه من نكات تسخر من فرق رياضية، ومنشورات ساخرة", "بيومي فؤاد", "فؤاد", "name", "نفى",
  "person", "other", "nominal", notes="نفى + object NP (denial); the channel وعبر بيان رسمي left out")
Q(P, "indirect", "هذا ليس الأمر الذي يتبعه، خاصة أنه لا يهتم سوى بالحديث عن أعماله الفنية من خلال صفحته الرسمية",
  "بيومي فؤاد", "فؤاد", "continuation", "مؤكدا", "person", "other", "clause")
Q(P, "indirect", "هذه الحسابات لا تخصه", "بيومي فؤاد", None, "pronoun", "يؤكد", "person", "other", "clause",
  ant="بيومي فؤاد", bl=True,
  notes="ورغم محاولته ... أن يؤكد أن: an attempt to affirm (via videos), embedded in a concessive phrase; borderline")
N(P, "خفة يد", "TV series title, not speech")

# ---------------- AL-culture-508 ----------------
P = "AL-culture-508"
Q(P, "direct", "لا عزاء ولا صحافة في جنازتي", "أمال فريد", "أمال فريد", "name", ":", "person", "other", "quote",
  region="headline", bl=True, add=("colon_speech",),
  notes="headline convention \"speaker: content\"; the will (وصية) stands for its author")
Q(P, "indirect", "عدم إقامة عزاء لها، وأن تدفن بعيدا عن الصحافة وكاميرات وسائل الإعلام", "أمال فريد",
  "الفنانة المصرية الراحلة #أمال_فريد", "name", "أوصت", "person", "other", "nominal", bl=True,
  notes="أوصى بـ + verbal noun: a testamentary directive (like أمر/دعا), borderline; clitic بـ left out; coordinated وأن-clause kept")
Q(P, "indirect", "الفنانة الراحلة أوصت بعدم وجود وسائل الإعلام خلال مراسم دفنها وجنازتها، كما أوصت بعدم إقامة سرداق عزاء لها، والتبرع بمبلغ العزاء للفقراء والمحتاجين",
  "سامح الصريطي", "سامح الصريطي", "name", "وقال", "person", "other", "clause",
  notes="the nested أوصت (the actress's will) stays inside; إن left out")
Q(P, "indirect", "توفير أعلى مستويات الرعاية الصحية للفنانة الراحلة التي كانت تقيم في إحدى دور المسنين وتدهورت حالتها الصحية خلال الساعات الماضية",
  "غادة والي", "غادة والي", "name", "وجهت", "person", "Egypt", "nominal", bl=True,
  notes="وجّه بـ + verbal noun: an official directive (as dev أمرت), borderline; clitic بـ left out")
Q(P, "mixed", "\"أغصان شجرة المبدعين والعظماء من زمن الفن الجميل تتساقط\"", "ايناس عبد الدايم", "عبد الدايم", "name",
  "وقالت", "person", "Egypt", "quote", frags=["أغصان شجرة المبدعين والعظماء من زمن الفن الجميل تتساقط"],
  notes="إن + fully quoted proposition -> mixed; the preceding نعت ... الفنانة الراحلة (mourning, target only) is not annotated")
Q(P, "mixed", "\"إحدى العلامات البارزة في تاريخ السينما المصرية، وطالما أمتعت الجمهور المصري والعربي بفنها\"",
  "ايناس عبد الدايم", "عبد الدايم", "continuation", "واصفةً", "person", "Egypt", "quote",
  frags=["إحدى العلامات البارزة في تاريخ السينما المصرية، وطالما أمتعت الجمهور المصري والعربي بفنها"],
  notes="وصف X بأنها \"Y\": the span is the quoted predicate; object الفنانة الراحلة left out", add=("participle_cue", "object_predicate"))
N(P, "موعد مع السعادة", "film title, not speech")
N(P, "ليالي الحب", "film title, not speech", nth="all")
for _t in ["شياطين الجو", "بنات اليوم", "صراع في الحياة", "إمسك حرامي", "ماليش غيرك", "امرأة في الطريق",
           "إسماعيل يس في الطيران", "من أجل امرأة", "حماتي ملاك", "أم رتيبة", "نساء محرمات", "إحنا التلامذة", "بنات بحرى",
           "أبو أحمد", "التلميذة", "أنا وبناتي", "الابن المفقود", "حكاية جواز", "جدعان حارتنا", "ذكريات التلميذة",
           "بداية ونهاية", "ست بنات وعريس", "معبودة الجماهير", "جزيرة العشاق"]:
    N(P, _t, "film title, not speech")

# ---------------- AL-economy-343 ----------------
P = "AL-economy-343"
Q(P, "indirect", "المشروع الضخم للطاقة الشمسية الذي أعلنت عنه السعودية، يكتسب أهميته من كونه أضخم مشروع للطاقة المتجددة، لوجود هذا المصدر بوفرة في منطقة الشرق الأوسط وشمال أفريقيا",
  "محمد صلاح السبكي", "الدكتور محمد صلاح السبكي", "name", "أكد", "person", "other", "clause",
  notes="أكد ... إن (sic for أن); إن left out; the nested أعلنت عنه السعودية (relative clause) stays inside")
Q(P, "indirect", "استخدام الطاقات المتجددة، سيقلص الاعتماد على الوقود الأحفوري، أو يبقيه بمخزونات مستقبلية من الطاقة",
  "محمد صلاح السبكي", "السبكي", "name", "واعتبر", "person", "other", "clause",
  notes="اعتبر أن + clause (stated opinion); في مقابلة مع \"العربية\" (channel) left out")
Q(P, "indirect", "المستقبل سيشهد ربط في مجالات الطاقة بين قارات ودول مثل الحلقة حول المتوسط أو عن طريق كابلات بحرية ستربط منطقة الشرق الأوسط مع أوروبا بمنظومة الطاقة، وسيجعل من المشروع السعودي عنصراً أساسيا في تبادل الطاقة المتجددة مع أوروبا",
  "محمد صلاح السبكي", "السبكي", "continuation", "موضحا", "person", "other", "clause")
Q(P, "indirect", "تحقق آلية التنفيذ لمشاريع الطاقة المتجددة، عبر طرح المشاريع للقطاع الخاص وتكون الدولة هي المشتري لهذه الطاقة، وخلق سوق للطاقة، أو عبر خيارات استراتيجية أخرى تحفز إنتاج الطاقة المتجددة عبر منظومة متكاملة تضمن الاستمرار في هذه الطاقة",
  "محمد صلاح السبكي", None, "pronoun", "وتوقع", "person", "other", "clause", ant="السبكي", bl=True,
  notes="توقع أن: forecast (borderline, as the check set's يتوقعون أن)")
Q(P, "indirect", "تقنيات إنتاج الطاقة الكهربائية من الطاقة الشمسية، باتت منافسة بقوة لتكلفة الطاقة التقليدية، وهي في طور التشكل لتصبح منافسة على المستوى التجاري مع كلفة الطاقة التقليدية",
  "محمد صلاح السبكي", None, "pronoun", "واوضح", "person", "other", "clause", ant="السبكي")
Q(P, "indirect", "توقيع مذكرة تفاهم مع \"سوفت بنك\" لإنشاء أكبر مشروع للطاقة الشمسية في العالم لإنتاج 200 جيغاوات بالسعودية بقيمة إجمالية تصل إلى 200 مليار دولار",
  "السعودية", "السعودية", "name", "أعلنت", "institution", "Saudi Arabia", "nominal", after="وكانت السعودية", bl=True,
  notes="أعلن + verbal noun of an event (signing): event announcement, borderline; \"سوفت بنك\" is a company name (non-quote)")
N(P, "العربية", "TV channel name, not speech")
N(P, "سوفت بنك", "company name, not speech")

# ---------------- AL-economy-941 ----------------
P = "AL-economy-941"
Q(P, "direct", "دعم الكهرباء محسوب على معدلات فواتير الصيف", "برنامج حساب المواطن", "حساب المواطن", "name", ":",
  "institution", "Saudi Arabia", "quote", region="headline", bl=True, add=("colon_speech",),
  notes="headline convention \"speaker: content\" (no space after the colon); the body gives it to the programme's director")
Q(P, "indirect", "الدعم الشهري المصروف من خلال حساب المواطن أخذ في الحسبان تصحيح تعرفة الكهرباء منذ مطلع العام الحالي، حيث بدأ البرنامج بصرف مخصص الكهرباء كجزء من الدعم منذ الدفعة الأولى قبل تصحيح #التعرفة_الكهربائية",
  "علي راجحي", "علي راجحي", "name", "أكد", "person", "Saudi Arabia", "clause",
  notes="mention after the title مدير #برنامج_حساب_المواطن، ; the حيث clause stays in (same sentence)")
Q(P, "indirect", "مبلغ الدعم الحالي تم احتسابه بناء على معدلات استهلاك فصل الصيف، وهو ما يعني أن المواطن يتسلم خلال الـ12 شهرا أعلى معدل دعم لاستهلاك الكهرباء",
  "علي راجحي", None, "pronoun", "وأشار", "person", "Saudi Arabia", "clause", ant="علي راجحي", alt=["صحيفة مكة"],
  notes="postposed conduit بحسب ما ورد في صحيفة \"مكة\" -> alt; إلى أن left out")
Q(P, "indirect", "حساب المواطن يعتمد على عدة معايير لحساب الدعم، بالإضافة لما يخصص للكهرباء، حيث يشمل الدعم الزيادة في تغير أسعار الوقود والكهرباء بعد تصحيحها، بالإضافة إلى تأثير تطبيق القيمة المضافة على الأغذية والمشروبات",
  "علي راجحي", "راجحي", "name", "وأوضح", "person", "Saudi Arabia", "clause")
Q(P, "indirect", "اختلاف المناطق الإدارية واختلاف درجات الحرارة فيما بينها لا يغير من مقدار الدعم، إلا أن برنامج حساب المواطن حرص على أن يكون الدعم بمعايير دقيقة لتخفيف الأثر على المواطنين بشكل عادل وذي كفاءة",
  "علي راجحي", None, "pronoun", "ونوه", "person", "Saudi Arabia", "clause", ant="راجحي", notes="نوّه إلى أن (noted)")
Q(P, "indirect", "صدور نتائج الأهلية للدورة الثامنة لشهر يوليو الحالي للمسجلين، والتي يمكن الاطلاع عليها من خلال الدخول إلى حسابات المواطنين وزيارة صفحة قائمة دراسة الأهلية",
  "برنامج حساب المواطن", "حساب الموطن", "name", "وأعلن", "institution", "Saudi Arabia", "nominal", bl=True,
  notes="event announcement (results issued), borderline; الموطن sic")
N(P, "مكة", "newspaper name (Makkah), not speech")

# ---------------- AL-internationalNews-1540 ----------------
P = "AL-internationalNews-1540"
Q(P, "direct", "قمة الـ 7 تعهدت بمراقبة الطموحات النووية لإيران", "دونالد ترمب", "ترمب", "name", ":", "person", "US",
  "quote", region="headline", bl=True, add=("colon_speech",), notes="headline convention \"speaker: content\"")
Q(P, "indirect", "القمة بحثت التهديد الإيراني، إضافة إلى التطرف", "دونالد ترمب", "الرئيس الأميركي، دونالد ترمب", "name",
  "قال", "person", "US", "clause", notes="إن left out")
Q(P, "mixed", "المجموعة تتعهد بـ \"مراقبة الطموحات النووية لإيران\"", "دونالد ترمب", "الرئيس الأميركي، دونالد ترمب",
  "continuation", "مؤكداً", "person", "US", "clause", frags=["مراقبة الطموحات النووية لإيران"], add=("participle_cue",))
Q(P, "mixed", "كوريا الشمالية \"تعمل بشكل جيد للغاية معنا\"", "دونالد ترمب", "ترمب", "name", "أكد", "person", "US",
  "clause", frags=["تعمل بشكل جيد للغاية معنا"], notes="كما left out; خلال مؤتمر صحافي (setting) left out")
Q(P, "mixed", "قمة سنغافورة \"فرصة واحدة\" لزعيم كوريا الشمالية", "دونالد ترمب", "ترمب", "continuation", "مشيراً",
  "person", "US", "clause", frags=["فرصة واحدة"], add=("participle_cue",))
Q(P, "direct", "إنه أمر مجهول في المعنى الحقيقي للكلمة لكنني أشعر بالثقة. أشعر أن كيم جونغ أون يريد أن يفعل شيئاً رائعاً لشعبه ولديه هذه الفرصة. إنها لمرة واحدة",
  "دونالد ترمب", None, "pronoun", "وأضاف", "person", "US", "quote", ant="ترمب")
Q(P, "mixed", "الكوريين الشماليين \"يعملون معنا بشكل جيد للغاية\" تحضيراً للقمة المرتقبة في سنغافورة الثلاثاء",
  "دونالد ترمب", None, "continuation", "مضيفاً", "person", "US", "clause", ant="ترمب",
  frags=["يعملون معنا بشكل جيد للغاية"], add=("participle_cue",))
Q(P, "mixed", "ارتياحه للمناقشات \"المثمرة للغاية\" حول التجارة في مجموعة السبع", "دونالد ترمب", None, "pronoun",
  "وأشار", "person", "US", "nominal", ant="ترمب", frags=["المثمرة للغاية"],
  notes="أشار إلى + stance noun (his satisfaction); clitic إلى left out")
Q(P, "indirect", "تأييده عودة روسيا إلى مجموعة الثماني", "دونالد ترمب", None, "continuation", "مؤكداً", "person", "US",
  "nominal", ant="ترمب", add=("participle_cue",), notes="أكد + stance noun (his support)")
Q(P, "indirect", "اقترح على مجموعة السبع إقامة منطقة للتبادل الحر", "دونالد ترمب", None, "continuation", "ومضيفاً",
  "person", "US", "clause", ant="ترمب", notes="أنه left out")
Q(P, "indirect", "اقترح على شركائه إقامة منطقة تجارة حرة لمجموعة السبع دون تعريفات أو إعانات أو حواجز", "دونالد ترمب",
  "ترمب", "name", "وقال", "person", "US", "clause",
  notes="إنه left out; the next sentence (ومنح عشر نقاط ... مشيراً خصوصاً إلى ...) rates relations and points to people: no proposition, not annotated")

# ---------------- AL-internationalNews-471 ----------------
P = "AL-internationalNews-471"
Q(P, "direct", "انتهت التحضيرات وننتظر ساعة الصفر", "هاشم الأحمر", "الأحمر", "name", ":", "person", "Yemen", "quote",
  region="headline", bl=True, add=("colon_speech",),
  notes="headline convention \"speaker لـ addressee: content\"; addressee للرئيس اليمني left out of the mention")
Q(P, "indirect", "انتهاء الاستعدادات والتحضيرات لمعركة تحرير ما تبقى من مناطق تحت سيطرة ميليشيات الحوثي الانقلابية",
  "هاشم الأحمر", "اللواء هاشم الأحمر", "name", "أعلن", "person", "Yemen", "nominal",
  notes="أعلن عن + verbal noun stating a fact (preparations complete); clitic عن left out")
Q(P, "mixed", "\"الاستعدادات والتحضيرات للمعركة انتهت وبانتظار ساعة الصفر\"", "هاشم الأحمر", "الأحمر", "name", "وأبلغ",
  "person", "Yemen", "quote", frags=["الاستعدادات والتحضيرات للمعركة انتهت وبانتظار ساعة الصفر"],
  notes="أبلغ X أن + fully quoted proposition -> mixed; addressee and في اتصال هاتفي left out")
Q(P, "indirect", "أطلعه على الخطط والعمليات العسكرية القادمة لاستعادة مؤسسات الدولة وتحرير ما تبقى من مناطق تحت سيطرة الانقلابيين",
  "وكالة الأنباء اليمنية الرسمية", "وكالة الأنباء اليمنية الرسمية", "name", "بحسب", "media", "other", "clause",
  spk_where="after", cue_where="after", bl=True, post=True,
  notes="أطلعه على الخطط is topic-like, but the postposed بحسب وكالة الأنباء اليمنية الرسمية attributes the sentence (guidelines exception); borderline; كما left out; speaker after the span")
Q(P, "indirect", "اليقظة العسكرية وتنفيذ المهام الموكلة لهم في مسرح العمليات بدعم وإسناد من قوات التحالف العربي بقيادة السعودية",
  "عبدربه منصور هادي", "الرئيس اليمني", "description", "وحث", "person", "Yemen", "nominal", title=True,
  notes="حث X على + verbal noun (urging); addressee الجميع and clitic على left out")
Q(P, "indirect", "هناك خطة لنقل المعركة إلى عمران شمال صنعاء، من جبهة الجوف لتضييق الخناق على ميليشيات الحوثي لاستعادة العاصمة صنعاء، بالتزامن مع \"قطع رأس الأفعى\" بتحرير صعدة",
  "مصادر عسكرية", "مصادر عسكرية", "description", "وأكدت", "anonymous", "other", "clause",
  notes="\"قطع رأس الأفعى\" is a metaphorical label (non-quote), so indirect")
N(P, "قطع رأس الأفعى", "metaphorical label for the Saada operation, not speech")

# ---------------- AL-internationalNews-826 ----------------
P = "AL-internationalNews-826"
Q(P, "indirect", "ارتفعت حصيلة الضحايا الفلسطينيين الذين سقطوا برصاص جيش #الاحتلال_الإسرائيلي على الحدود الشرقية للقطاع في #جمعة_الكوشوك (الكاوتشوك باللهجة المحلية في دلالة إلى الإطارات المطاطية) إلى عشرة قتلى بينهم صحافي، فيما بلغ عددُ الجرحى أكثر من 1350",
  "وزارة الصحة الفلسطينية", "وزارة الصحة الفلسطينية", "name", "بحسب", "institution", "Palestine", "clause",
  spk_where="after", cue_where="after", post=True,
  notes="postposed بحسب ما أفادت covers the حيث clause; the bracketed gloss stays in; the opening شهدت #غزة الجمعة يوماً دامياً left out")
Q(P, "indirect", "عمليات القتل والقمع التي تقوم بها قوات الاحتلال الإسرائيلي بحق المتظاهرين في غزة", "الرئاسة الفلسطينية",
  "الرئاسة الفلسطينية", "name", "دانت", "institution", "Palestine", "nominal", bl=True,
  notes="condemnation with only its target as complement (as dev أدانت): borderline; بشدة left out")
Q(P, "indirect", "ضرورة تحرك المجتمع الدولي وفي مقدمته مجلس الأمن الدولي لتوفير الحماية الدولية للفلسطينيين",
  "الرئاسة الفلسطينية", "الرئاسة الفلسطينية", "continuation", "التأكيد", "institution", "Palestine", "nominal",
  notes="وجددت التأكيد على + noun (coordinated verb with a noun cue); clitic على left out; the following عارضت أميركا ... إصدار بيان is an action, not annotated")
Q(P, "indirect", "رئيس اللجنة الرئاسية لتنسيق دخول البضائع إلى القطاع رائد فتوح، كشف أن سلطات الاحتلال أبلغت اللجنة مساء الجمعة، بمنع إدخال الإطارات إلى القطاع دون ذكر الأسباب",
  "وكالات فلسطينية", "وكالات فلسطينية", "description", "وأفادت", "media", "other", "clause", alt=["رائد فتوح"],
  notes="conduit: the agencies are the grammatical reporting subject; the nested كشف of the committee head stays inside and he is the alt; the preceding أعلنت إسرائيل \"حربها\" على الإطارات is the writer's figure (scare quote), not annotated")
Q(P, "indirect", "إسرائيل ألغت دخول 4 شاحنات محملة بالإطارات كان من المقرر دخولها إلى القطاع الأحد", "وكالات فلسطينية",
  None, "pronoun", "أكدت", "media", "other", "clause", ant="وكالات فلسطينية", alt=["رائد فتوح"],
  notes="كما أكدت: feminine zero subject = the agencies (alternative: the committee head's report); كما left out")
N(P, "كوشوك", "headline label (the protest day's name), not speech")
N(P, "حربها", "scare quote (writer's figure for the tyre ban), not speech")
N(P, "مسيرة العودة", "name of the protest movement, not speech")
N(P, "يوم الأرض", "name of the commemoration, not speech")
N(P, "حق العودة", "political label (right of return), not speech")

# ---------------- AL-internationalNews-955 ----------------
P = "AL-internationalNews-955"
Q(P, "indirect", "ميليشيات الحوثي تكبدت خلال الساعات الماضية عشرات القتلى والجرحى، بينهم عدد من القياديين بقصف لطائرات تحالف دعم الشرعية في محافظات صعدة والحديدة وتعز، بالتزامن مع تقدم الجيش في جبهة ميدي واشتداد المواجهات في جبهة قانية شرق محافظة البيضاء ومحيط مدينة تعز",
  "مصادر عسكرية", "مصادر عسكرية", "description", "أفادت", "anonymous", "other", "clause")
Q(P, "indirect", "القيادي الحوثي العقيد أحمد البروي المكنى \"أبو خليل\" قائد وحدة القناصة فيما يسمى \"كتائب الحسين\" قتل مع 3 من مرافقيه بغارة جوية لطائرات تحالف دعم الشرعية في محافظة تعز",
  "مصادر عسكرية", "المصادر", "description", "وأكدت", "anonymous", "other", "clause", add=("variant_form",),
  notes="the quoted nickname and unit name are non-quotes; the record ends before \" .\"")
Q(P, "indirect", "اشتباكات عنيفة شهدتها جبهتا قانية شرق البيضاء، ومحيط مدينة تعز خلال الساعات الماضية وذلك بعد هجومين متزامنين شنهما الجيش الوطني على مواقع الميليشيات",
  "مصادر عسكرية", "مصادر عسكرية", "description", "أكدت", "anonymous", "other", "clause", after="مصادر عسكرية أكدت",
  notes="fronted subject (مصادر عسكرية أكدت أن)")
N(P, "أبو خليل", "nickname, not speech")
N(P, "كتائب الحسين", "unit name, not speech")
N(P, "أبو زيد", "nickname, not speech")

# ---------------- BB-internationalNews-1178 ----------------
P = "BB-internationalNews-1178"
Q(P, "indirect", "مركز الإعصار ضرب منطقة الساحل المكسيكي شمال غربي ولاية فلوريدا مساء الأربعاء",
  "الوكالة الوطنية لمراقبة الأعاصير", "وكالة مراقبة الأعاصير الأمريكية", "name", "وقالت", "institution", "US", "clause",
  notes="the same agency is named الوكالة الوطنية لمراقبة الأعاصير later (fullest form); إن left out")
Q(P, "indirect", "احتمال تسبب مايكل في ارتفاع مدمر للأمواج ويط توقعات بأن يكون أسوأ عاصفة تشهدها المنطقة في التاريخ",
  "السلطات الأمريكية", "السلطات الأمريكية", "description", "وحذرت", "institution", "US", "nominal",
  notes="حذر من + verbal noun (warning); ويط (sic for وسط) kept as written; clitic من left out")
Q(P, "indirect", "الرحيل فورا عن المنطقة", "السلطات الأمريكية", "السلطات", "description", "وطالبت", "institution", "US",
  "nominal", notes="طالب X بـ + verbal noun (demand); addressee مئات الآلاف من السكان and clitic بـ left out; the following لكن clause is the writer's")
Q(P, "mixed", "الولاية قد تشهد دمارا كبيرا \"يفوق الوصف\"", "ريك سكوت", "حاكم ولاية فلوريدا ريك سكوت", "name", "حذر",
  "person", "US", "clause", frags=["يفوق الوصف"], notes="حذر من أن; من أن left out")
Q(P, "indirect", "الإعصار قد يكون الأسوأ في الولاية خلال الأعوام المئة الأخيرة", "ريك سكوت", "حاكم ولاية فلوريدا ريك سكوت",
  "continuation", "مشيرا", "person", "US", "clause")
Q(P, "mixed", "\"الإعصار قد تتسبب في ارتفاع الأمواج إلى نحو 4 أمتار فوق مستواها الطبيعي في بعض المناطق\"",
  "الوكالة الوطنية لمراقبة الأعاصير", "الوكالة الوطنية لمراقبة الأعاصير", "name", "وقال", "institution", "US", "quote",
  frags=["الإعصار قد تتسبب في ارتفاع الأمواج إلى نحو 4 أمتار فوق مستواها الطبيعي في بعض المناطق"],
  notes="إن + fully quoted proposition -> mixed; وقال (sic, masculine) kept")
Q(P, "indirect", "حالة طوارئ في الولاية بكاملها", "دونالد ترامب", "الرئيس دونالد ترامب", "name", "وأعلن", "person", "US",
  "nominal", bl=True,
  notes="declaring a state of emergency is a performative act (event announcement), borderline; the consequence clause مما يسمح ... is the writer's and left out")

# ---------------- BB-internationalNews-298 ----------------
P = "BB-internationalNews-298"
Q(P, "indirect", "عثرت على بقايا امرأة اختفت قبل ما يزيد على 50 عاما", "السلطات في الولايات المتحدة",
  "السلطات في الولايات المتحدة", "description", "قالت", "institution", "US", "clause", notes="إنها left out")
Q(P, "indirect", "نجح اختبار طبي في أن بقايا العظام تعود لها، وذلك بعد أخذ عينات من الحمض النووي من أقاربها",
  "وسائل الإعلام المحلية", "وسائل الإعلام المحلية", "description", "بحسب", "media", "other", "clause",
  spk_where="after", cue_where="after", post=True, notes="postposed بحسب covers the sentence; leading و left out")
Q(P, "direct", "لم تكن أمي لتتركني أبداً", "ساندي بلامبيد", "ساندي", "name", "وقالت", "person", "other", "quote",
  notes="the addressee لصحيفة \"سوفولك تايمز\" is not a conduit; the preceding وتحدثت ... عن ذكرياتها is topic-only (not annotated)")
Q(P, "mixed", "والدتها \"لو كانت على قيد الحياة في مكان ما لكانت اتصلت بي وأخبرتني حتى نكون معا\"", "ساندي بلامبيد", None,
  "pronoun", "وأضافت", "person", "other", "clause", ant="ساندي",
  frags=["لو كانت على قيد الحياة في مكان ما لكانت اتصلت بي وأخبرتني حتى نكون معا"])
Q(P, "indirect", "سحبت قبل يوم من غيابها حوالي 1273 دولارا دولار من حسابها المصرفي الشخصي وأغلقته", "أوراق قضية الاختفاء",
  "أوراق قضية الاختفاء", "description", "وبحسب", "document-issuer", "other", "clause", alt=["صحيفة سوفولك تايمز"],
  notes="بحسب أوراق قضية الاختفاء (case file, no issuer named: the document itself is the speaker) and the postposed conduit حسبما ذكرت صحيفة سوفولك تايمز -> alt; فقد left out")
Q(P, "indirect", "زوجة بوكن السابقة أخطرت الشرطة مؤخراً بأن هناك جثماناً مدفوناً في قبو منزله القديم", "صحيفة سوفولك تايمز",
  "للصحيفة", "description", "ووفقاً", "media", "other", "clause", ant=None,
  notes="ووفقاً للصحيفة، فإن: فإن left out; the nested أخطرت (the ex-wife told the police) stays inside")
Q(P, "direct", "في بعض الأحيان يتحدث شهود بعد فترة ليقدموا لنا معلومات ربما شعروا في وقت ما أنهم مضطرون لعدم الحديث بها",
  "جيرارد جيغانتي", "جيرارد جيغانتي", "name", "وقال", "person", "US", "quote",
  notes="juxtaposed quote after a comma; في مؤتمر صحفي left out")
Q(P, "mixed", "تعتقد أن \"بوكن هو من قتلها\"", "ساندي بلامبيد", "ابنتها", "description", "قالت", "person", "other",
  "clause", frags=["بوكن هو من قتلها"], notes="قالت إنها تعتقد أن \"...\": إنها left out, the belief verb stays in the reported clause")
Q(P, "direct", "أعتقد أنه قتلها في اليوم الأخير الذي رأيتها فيه", "ساندي بلامبيد", "ساندي", "name", "وأوضحت", "person",
  "other", "quote", notes="colon detached from the addressee and glued to the mark")
Q(P, "direct", "لقد عانقتها وقبلتها قبل أن أذهب إلى المدرسة، وأراهن على أن هذا هو اليوم الذي قتلها فيه", "ساندي بلامبيد",
  None, "pronoun", "وأضافت", "person", "other", "quote", ant="ساندي", after="وأضافت :")
N(P, "سوفولك تايمز", "newspaper name, not speech")

# ---------------- BB-middleEast-509 ----------------
P = "BB-middleEast-509"
Q(P, "indirect", "تمسكه بالاتفاق النووي الإيراني واتخاذ تدابير لحماية مصالح الشركات الأوروبية المتعاقدة مع طهران، من بينها تفعيل قانون قديم لمواجهة العقوبات الاقتصادية الأمريكية",
  "الاتحاد الأوروبي", "الاتحاد الأوروبي", "name", "أعلن", "institution", "EU", "nominal", notes="أعلن عن + stance/decision nouns; clitic عن left out")
Q(P, "indirect", "قلقهم من تعرض مصالحهم التجارية مع الولايات المتحدة إلى الخطر بسبب العقود أو مذكرات التفاهم التي أبرموها مع طهران إثر الاتفاق النووي عام 2015",
  "رؤساء بعض الشركات الكبرى", "رؤساء بعض الشركات الكبرى", "description", "وأعرب", "anonymous", "other", "nominal",
  notes="أعرب عن قلقه من + verbal noun")
Q(P, "indirect", "ستوقف أعمالها في إيران", "ميرسك تانكرز", "شركة \"ميرسك تانكرز\" الدنماركية", "name", "وأعلنت",
  "institution", "Maersk Tankers", "clause", notes="أعلن ... إنها (sic); إنها left out; the apposition وهي أكبر شركة ... is in the mention's sentence, not the span")
Q(P, "indirect", "اعتزامها الانسحاب من مشروع لتطوير حقل للغاز الطبيعية في إيران إذا لم تتراجع واشنطن عن العقوبات الاقتصادية الجديدة",
  "توتال", "شركة النفط الفرنسية \" توتال\"", "name", "إعلان", "institution", "Total", "nominal", bl=True,
  notes="noun cue إعلان + intention noun, inside a time phrase (as the check's إعلان عزمه الترشح): borderline")
Q(P, "indirect", "الانسحاب من الاتفاق النووي الذي توصلت إليه الدول الغربية الكبرى مع إيران عام 2015", "دونالد ترامب",
  "الرئيس الأمريكي دونالد ترامب", "name", "إعلان", "person", "US", "nominal", bl=True,
  notes="noun cue إعلان of an act (withdrawal) inside a time phrase: event announcement, borderline; the date phrase in the mention's sentence left out")
Q(P, "indirect", "لن تتخلى عن الاتفاق النووي مع طهران إذا استمرت ملتزمة بتنفيذ جميع تعهداتها", "الاتحاد الأوروبي",
  "دول الاتحاد الأوروبي", "name", "وقالت", "institution", "EU", "clause",
  notes="the 28 member states speak as the EU (joint statement); في بيان مشترك (channel) left out; إنها left out; the next sentence وجاء الإعلان على لسان دونالد توسك is anaphoric (no content), not annotated")
Q(P, "indirect", "سيتم تفعيل قانون قديم غدا الجمعة لحماية مصالح الشركات الأوروبية في إيران", "جان كلود يونكر",
  "جان كلود يونكر", "name", "وقال", "person", "EU", "clause", notes="إنه left out")
Q(P, "indirect", "تنفيذ هذا التشريع الذي يلزم الشركات الأوروبية بعد الامتثال للعقوبات الاقتصادية الأمريكية", "الاتحاد الأوروبي",
  "الاتحاد الأوروبي", "name", "وهدد", "institution", "EU", "nominal", after="وهدد الاتحاد",
  notes="هدد بـ + verbal noun (threat, 1996); the following ولكنه لم يدخل ... is the writer's")

N(P, "ميرسك تانكرز", "company name, not speech")
N(P, "توتال", "company name (inside marks with a leading space), not speech")

# ---------------- BB-middleEast-80 ----------------
P = "BB-middleEast-80"
Q(P, "mixed", "الجيش المصري \"يتصدى\" لهجوم من \"ولاية سيناء\" على مقر كتيبة عسكرية", "المصدر الأمني المصري", None,
  "continuation", None, "anonymous", "Egypt", "clause", region="headline", bl=True, frags=["يتصدى"],
  notes="headline with distancing marks around the verb and no cue: the claim is the security source's (body: القوات تصدت للهجوم); borderline (alternative: scare quote, non-quote); \"ولاية سيناء\" is a name (non-quote)")
Q(P, "indirect", "شن مسلحون مرتبطون بتنظيم الدولة الإسلامية هجوما على موقع عسكري بارز في مدينة العريش بشمال شبه جزيرة سيناء في مصر",
  "المصدر الأمني المصري", "مصدر أمني", "description", "بحسب", "anonymous", "Egypt", "clause", spk_where="after",
  cue_where="after", post=True, notes="postposed بحسب covers the sentence")
Q(P, "indirect", "القوات تصدت للهجوم الذي نفذه أربعة مسلحين على مقر الكتيبة 101، التي تتمركز فيها قيادة عملية شاملة بدأتها السلطات في وقت سابق من الشهر لمكافحة الإرهاب",
  "المصدر الأمني المصري", "المصدر", "description", "وأوضح", "anonymous", "Egypt", "clause")
Q(P, "mixed", "استهداف \"مركز قيادة العمليات في سيناء\"", "ولاية سيناء", "جماعة \"ولاية سيناء\"", "name", "وأعلنت",
  "institution", "Islamic State", "nominal", frags=["مركز قيادة العمليات في سيناء"],
  notes="أعلن + verbal noun (claim of an attack) with the group's wording in marks; the apposition الفرع المصري ... left out")
Q(P, "mixed", "أربعة من عناصرها ماتوا بعد ضرب \"الكتيبة التابعة لسلاح حرس الحدود المصري في مدينة العريش بأسلحة خفيفة وسترات ناسفة\"",
  "ولاية سيناء", "بيان منسوب للجماعة", "description", "وجاء", "institution", "Islamic State", "clause",
  frags=["الكتيبة التابعة لسلاح حرس الحدود المصري في مدينة العريش بأسلحة خفيفة وسترات ناسفة"], doc=True,
  notes="جاء في بيان ... أن: the statement stands for its issuer (the group)")
Q(P, "mixed", "العملية \"قتل وأصيب فيها العشرات\" من قوات الجيش", "ولاية سيناء", None, "pronoun", "وذكرت", "institution",
  "Islamic State", "clause", ant="بيان منسوب للجماعة", frags=["قتل وأصيب فيها العشرات"], doc=True,
  notes="feminine zero subject = the group (or its statement)")
Q(P, "indirect", "الهجوم أسفر فقط عن إصابة عدد من الجنود", "المصدر الأمني المصري", "المصدر الأمني المصري", "description",
  "قال", "anonymous", "Egypt", "clause", notes="إن left out; دون مزيد من التفاصيل is the writer's comment and left out")
Q(P, "mixed", "مقتل 71 شخصا من \"التكفيريين\" وإلقاء القبض على خمسة آخرين، ومقتل 7 من أفراد الجيش وإصابة 6 آخرون منذ بداية العملية العسكرية المسماة \"سيناء 2018\"",
  "الجيش المصري", "الجيش", "description", "إعلان", "institution", "Egypt", "nominal", frags=["التكفيريين"],
  notes="noun cue إعلان + casualty figures (a claim); \"التكفيريين\" is the army's term (fragment); \"سيناء 2018\" is the operation's name (non-quote) inside the span")
Q(P, "mixed", "بدء عملية شاملة في شمال ووسط سيناء، والظهير الصحراوي غرب وادي النيل، وذلك من أجل القضاء على \"العناصر الإرهابية\"",
  "السلطات المصرية", "السلطات", "description", "وأعلنت", "institution", "Egypt", "nominal", frags=["العناصر الإرهابية"],
  bl=True, after="وأعلنت السلطات", notes="event announcement (launch of an operation), borderline; the authorities' term in marks is a fragment")
Q(P, "indirect", "العمليات العسكرية في شمال سيناء تؤدي إلى انتهاكات تشمل قتل مدنيين وهدم منازل", "نشطاء في سيناء",
  "نشطاء في سيناء", "description", "ويشكو", "anonymous", "other", "clause", notes="شكا من أن (complain that); من أن left out")
Q(P, "indirect", "تتوخى الحرص في عملياتها العسكرية", "السلطات المصرية", "السلطات المصرية", "description", "وتقول",
  "institution", "Egypt", "clause", notes="إنها left out")
Q(P, "indirect", "بعض هذه الجماعات يأتي من قطاع غزة، الذي تسيطر عليه حركة المقاومة الإسلامية \"حماس\"", "مسؤولون مصريون",
  "مسؤولون مصريون", "description", "ويقول", "anonymous", "Egypt", "clause",
  notes="the relative clause glossing Gaza stays in (same sentence); \"حماس\" is a name (non-quote)")
N(P, "ولاية سيناء", "name of the armed group, not speech", nth="all")
N(P, "سيناء 2018", "operation name, not speech")
N(P, "حماس", "movement name, not speech")

# ---------------- BB-sport-314 ----------------
P = "BB-sport-314"
Q(P, "indirect", "رفع الحظر المفروض على حضور الجماهير مباريات الدوري العام لكرة القدم، منذ عام 2012، والسماح للمشجعين بالعودة للمدرجات بشكل منتظم، في الأول من سبتمبر/أيلول المقبل",
  "أشرف صبحي", "وزير الشباب والرياضة المصري أشرف صبحي", "name", "أعلن", "person", "Egypt", "nominal", bl=True,
  notes="announcement of a policy decision (lifting the ban): event announcement, borderline")
Q(P, "indirect", "التنسيق مع الاتحاد المصري لكرة القدم والأندية المشاركة في الدوري لتبدأ عودة الجماهير بشكل تدريجي والبداية بخمسة آلاف متفرج، مع اتخاذ كافة الإجراءات والضمانات اللازمة لتأمين الجماهير",
  "أشرف صبحي", "الوزير", "description", "وأكد", "person", "Egypt", "nominal", title=True,
  notes="أكد على + verbal noun; the setting أثناء اجتماع للحكومة المصرية، يوم الثلاثاء left out; clitic على left out")
Q(P, "indirect", "تضافر جهود مختلف الجهات من أجل نجاح عودة الجماهير لحضور المباريات، والظهور بصورة حضارية، والتشجيع المنضبط، مع ضرورة التعامل بحسم مع أى خروج عن القواعد والضوابط الموضوعة",
  "مصطفى مدبولى", "رئيس الحكومة المصري، مصطفى مدبولى", "continuation", "وطالب", "person", "Egypt", "nominal",
  notes="طالب بـ + verbal noun, coordinated with وافق (an action, not annotated); clitic بـ left out")
N(P, "بمجزرة بورسعيد", "media name of the event (Port Said massacre), not speech")

# ---------------- BB-sport-338 ----------------
P = "BB-sport-338"
Q(P, "mixed", "حظر دخول النساء لـ\"مكان مقدس\" بملعب كرة قدم في روما", "نشرة غير رسمية", None, "continuation", "دعوة",
  "document-issuer", "other", "nominal", region="headline", bl=True, frags=["مكان مقدس"],
  notes="headline noun cue دعوة with no speaker; the body gives the call and the wording to the unofficial leaflet; borderline")
Q(P, "indirect", "حظر دخول النساء إلى جزء من ملعب كورفا نورد في الأولومبي في روما", "نشرة غير رسمية", "رسالة",
  "description", "تدعو", "document-issuer", "other", "nominal",
  notes="the circulated message (= the leaflet, no named issuer) as subject of تدعو لـ + verbal noun; clitic لـ left out")
Q(P, "mixed", "المنصة \"مكان مقدّس\" ولا يجوز للنساء الوقوف فيها", "نشرة غير رسمية", "نشرة غير رسمية", "description",
  "تقول", "document-issuer", "other", "clause", frags=["مكان مقدّس"], notes="relative تقول إن after the document noun; إن left out")
Q(P, "indirect", "يتعين على النساء الذهاب إلى أجزاء أخرى من الملعب", "نشرة غير رسمية", None, "pronoun", "وقالت",
  "document-issuer", "other", "clause", ant="نشرة غير رسمية", notes="إنه left out")
Q(P, "mixed", "\"النساء والزوجات والصديقات الحميمات\" لعدم الجلوس في الصفوف العشرة الأولى من المنصة", "نشرة غير رسمية",
  "النشرة", "description", "ودعت", "document-issuer", "other", "nominal", frags=["النساء والزوجات والصديقات الحميمات"],
  notes="دعا X لـ + verbal noun: the addressee is the leaflet's own wording in marks, so it is kept in the span as a fragment (hard call)")
Q(P, "direct", "أولئك الذين اختاروا الذهاب إلى الملعب كبديل عن الاحتفال بيوم رومانسي في فيلا بورغيزي [وهو منزل وحديقة تاريخية رومانية]، عليهم الذهاب إلى أجزاء أخرى من الملعب",
  "نشرة غير رسمية", None, "pronoun", "وجاء", "document-issuer", "other", "quote", ant="النشرة",
  notes="وجاء فيها: the pronoun refers to the leaflet; the bracketed editorial gloss stays in the span")
N(P, "التراس", "label (ultras), not speech")

# ---------------- BB-technology-362 ----------------
P = "BB-technology-362"
Q(P, "indirect", "قادر على حماية من يرتديه من الهجمات", "طلاب مكسيكيون", "طلاب مكسيكيون", "description", "يقولون", "group",
  "other", "clause", notes="relative يقولون إنه after the object معطفا; إنه left out")
Q(P, "indirect", "توصلوا إلى الفكرة في ضوء ارتفاع عدد الاعتداءات الجنسية في المدينة", "طلاب مكسيكيون", "الطلاب",
  "description", "ويقول", "group", "other", "clause", notes="إنهم left out")
Q(P, "indirect", "الصدمات الكهربائية منخفضة بما يكفي لعدم تصنيفها كسلاح، لكنها قوية بما يكفي لردع أي مهاجم محتمل",
  "طلاب مكسيكيون", None, "pronoun", "وأضافوا", "group", "other", "clause", ant="الطلاب")
Q(P, "direct", "كنا قد سمعنا قصصا من صديقات كثيرات وأقارب ممن تعرضوا لاعتداءات (جنسية). وبعد إجراء مزيد من البحث حول العنف الجنسي توصلنا إلى الفكرة وبدأناها من هنا",
  "أنيد بارا كويروز", "أنيد بارا كويروز", "name", "وقالت", "person", "other", "quote",
  notes="addressee لوكالة الأنباء \"كوناكيت\" (not a conduit); the bracketed (جنسية) stays in")
Q(P, "indirect", "الاعتداءات الجنسية يجرى الإبلاغ عنها يوميا في ولاية بويبلا", "أرقام رسمية", "أرقام رسمية", "description",
  "وتشير", "document-issuer", "other", "clause", bl=True,
  notes="evidential subject (official figures) with أشار إلى أن: borderline, as the check's أظهرت معلومات")
Q(P, "indirect", "النظام يُنشّط من خلال مفتاح مزود بضوء \"إل إي دي\" الذي ينبعث ليشير إلى جاهزية النظام", "غيوان بارك",
  "غيوان", "name", "ويوضح", "person", "other", "clause", notes="\"إل إي دي\" (LED) is a label (non-quote), so indirect")
Q(P, "mixed", "المعطف \"أداة للدفاع عن النفس\"", "غوادالوبي مارتينيز", "مارتينيز", "name", "وقالت", "person", "other",
  "clause", frags=["أداة للدفاع عن النفس"])
Q(P, "indirect", "الصدمات الكهربائية منخفضة بما يكفي كي لا تشكل تهديدا على الحياة ولذلك فإن المعطف لا يرقى لأن يكون سلاحا",
  "غوادالوبي مارتينيز", None, "pronoun", "وتضيف", "person", "other", "clause", ant="مارتينيز")
Q(P, "indirect", "يرغبون في إدخال مزيد من التطوير ليشمل أجهزة الاستشعار ووضع أقطاب الكهربائية في مناطق أخرى إلى جانب الأكمام",
  "طلاب مكسيكيون", "الطلاب", "description", "ويقول", "group", "other", "clause", notes="إنهم left out")
Q(P, "indirect", "نهاية المطاف يمكن تعديل التصميم لملائمة ملابس أخرى، مثل القمصان والتنانير والسراويل", "طلاب مكسيكيون", None,
  "pronoun", "ويشيرون", "group", "other", "clause", ant="الطلاب", notes="إلى أنه left out")
Q(P, "indirect", "سيبيعون معطفهم بحوالي 50 دولارًا", "طلاب مكسيكيون", "الطلاب", "description", "ويقول", "group", "other",
  "clause", notes="إنهم left out")
N(P, "معطفا صاعقا", "name given to the invention in the headline, not speech")
N(P, "وومن ويرابل", "product name, not speech")
N(P, "كوناكيت", "news agency name, not speech")
N(P, "إل إي دي", "technical label (LED), not speech", nth="all")

# ---------------- BB-technology-43 ----------------
P = "BB-technology-43"
Q(P, "mixed", "الانتفاخ المستمر \"قد يكون علامة\" على الإصابة بسرطان المبيض", "تارغت أوفيريان كانسر", None, "continuation",
  None, "institution", "Target Ovarian Cancer", "clause", region="headline", bl=True, frags=["قد يكون علامة"],
  notes="headline with the claim's words in marks and no cue; the body gives the campaign to the charity; borderline")
Q(P, "indirect", "ثلثي النساء اللائي يعانين من أحد الأعراض الرئيسية لمرض سرطان المبيض لا يذهبن إلى الطبيب لدى ظهوره",
  "تارغت أوفيريان كانسر", "منظمة خيرية بريطانية معنية بمكافحة سرطان المبيض", "description", "حذرت", "institution",
  "Target Ovarian Cancer", "clause", notes="حذر من أن; من أن left out")
Q(P, "indirect", "34 في المئة فقط من بين 1142 امرأة في بريطانيا قلن إنهن يذهبن للطبيب إذا عانين من انتفاخ مستمر في البطن",
  "يوغوف", "استطلاع أجرته شركة يوغوف المتخصصة في أبحاث السوق", "description", "وأفاد", "document-issuer", "other",
  "clause", doc=True, notes="the survey stands for the pollster that ran it; the nested قلن (respondents) stays inside; بأن left out")
Q(P, "mixed", "قلقها إزاء \"انخفاض مستوى الوعي بشكل مزعج\" بشأن الانتفاخ كعرض من أعراض سرطان المبيض", "تارغت أوفيريان كانسر",
  "منظمة \"تارغت أوفيريان كانسر\"", "name", "وأعربت", "institution", "Target Ovarian Cancer", "nominal",
  frags=["انخفاض مستوى الوعي بشكل مزعج"], notes="أعرب عن قلقه إزاء + quoted noun phrase; clitic عن left out")
Q(P, "indirect", "واحدة فقط من بين كل خمس نساء قد تعتبر الانتفاخ عرضا لذلك المرض", "تارغت أوفيريان كانسر", "دراسة سابقة",
  "description", "كشفت", "document-issuer", "Target Ovarian Cancer", "clause", doc=True,
  notes="the earlier study, prepared by the charity (أعدتها المنظمة), stands for it; كشف عن أن + clause (not topic-only); عن أن left out")
Q(P, "indirect", "يذهبن للطبيب", "392 منهن", "392 منهن", "description", "قلن", "anonymous", "other", "clause", bl=True,
  after="لكن 392", notes="survey respondents' answer reported as speech (a statistic): borderline; إنهن left out")
Q(P, "direct", "اعتقدت أنني ربما أكون أعاني من متلازمة القولون العصبي، لأن الأعراض متشابهة", "لورا إيفرلي", "لورا", "name",
  "وتقول", "person", "other", "quote")
Q(P, "direct", "حاولت تناول غذاء خالي من مادة الغلوتين، لكن لم أشعر بأي فرق. فكرة الإصابة بمرض السرطان لم تخطر في بالي بالمرة. أنت لا تفكر أبدا في أن ذلك قد يحدث لك",
  "لورا إيفرلي", None, "pronoun", "وأضافت", "person", "other", "quote", ant="لورا")
Q(P, "indirect", "يذهب إلى الطبيب", "هيئة الخدمات الصحية الوطنية في انجلترا", "هيئة الخدمات الصحية الوطنية في انجلترا", "name",
  "وتنصح", "institution", "UK", "clause",
  notes="نصح X بأن (advice, as حث/دعا); the addressee أي شخص، يعاني ... left out; بأن left out")
Q(P, "indirect", "هذه الفئة من النساء هي الأقل ميلا للتحقق من هذه الأعراض عبر الإنترنت، ومن ثم فهن الأقل فرصة في أن يعرفن أنهن ربما تكن مصابات بذلك المرض",
  "تارغت أوفيريان كانسر", "المنظمة الخيرية", "description", "وجدت", "institution", "Target Ovarian Cancer", "clause",
  notes="finding (وجد أن), not borderline (as the check's وجدت بأن)")
Q(P, "indirect", "نقص الوعي يؤدي إلى عدم إجراء النساء الاختبارات المتعلقة بتشخيص سرطان المبيض بالسرعة المطلوبة، ومن ثم يصبحن عرضة لفقدان فرصة التشخيص المبكر للمرض",
  "تارغت أوفيريان كانسر", "المنظمة", "description", "وتقول", "institution", "Target Ovarian Cancer", "clause")
Q(P, "direct", "إذا علمت النساء أعراض سرطان المبيض، ومن بينها الانتفاخ المستمر، واستطعن الربط بين تلك الأعراض وبين سرطان المبيض، سيمكن حينها إنقاذ الكثير من الأرواح",
  "أنوين جونز", "أنوين جونز", "name", "وتقول", "person", "Target Ovarian Cancer", "quote")
N(P, "تارغت أوفيريان كانسر", "organisation name, not speech")
N(P, "انتفاخ متكرر", "survey item wording in the writer's description, not attributed speech")

# ---------------- CN-economy-232 ----------------
P = "CN-economy-232"
Q(P, "indirect", "وقعت مصر، الأحد، عددا من الاتفاقيات والعقود مع الشركات الصينية لتنفيذ مشروعات تنموية، بقيمة استثمارية تبلغ نحو 18.3 مليار دولار",
  "بسام راضي", "المتحدث باسم الرئاسة المصرية بسام راضي", "name", "وفقا", "person", "Egypt", "clause", spk_where="after",
  cue_where="after", post=True, doc=True, notes="postposed وفقا لبيان صادر عن: the statement stands for its issuer, the spokesman")
Q(P, "indirect", "العقود الموقعة تشمل إنشاء مشروع محطة الضخ والتخزين بجبل عتاقة، ومشروع إنشاء محطة توليد الكهرباء بالحمراوين",
  "بسام راضي", "راضي", "name", "وقال", "person", "Egypt", "clause",
  notes="his own channel على صفحته عبر موقع \"فيسبوك\" left out; إن left out")
Q(P, "indirect", "تضم المشروعات أيضا منطقة مجموعة شاوندونج روى لصناعة المنسوجات، ومشروع تاى شان للألواح الجبسية، ومشروع شيامن يان جيانج لتصنيع المواد الجديدة، بالإضافة إلى إنشاء معمل تكرير ومجمع البتروكيماويات بمحور قناة السويس",
  "بسام راضي", "البيان", "description", "وبحسب", "person", "Egypt", "clause", doc=True,
  notes="بحسب البيان -> the spokesman's statement; a stray closing mark (never opened) follows the span and is left out")
Q(P, "indirect", "توقيع الاتفاقيات والعقود جاء خلال لقاءٍ عقده الرئيس عبد الفتاح السيسي مع رؤساء كبرى الشركات الصينية العاملة فى مصر، على هامش زيارته لبكين للمشاركة في منتدى التعاون الصين- أفريقيا، لبحث زيادة التعاون وضخ مزيد من الاستثمارات الصينية في المشروعات القومية التي تنفذها مصر",
  "بسام راضي", "راضي", "name", "وأشار", "person", "Egypt", "clause")
Q(P, "indirect", "بلاده ستبدأ باستخدام العملات المحلية في التبادل التجاري مع إيران والصين، وأنها تبحث نفس الأمر حاليا مع روسيا للتعامل بالروبل والليرة التركية",
  "رجب طيب أردوغان", "الرئيس التركي رجب طيب أردوغان", "name", "كشف", "person", "Turkey", "clause", region="boilerplate",
  alt=["وكالة الأناضول"], notes="related-story summary after the body; postposed conduit وفقا لوكالة الأنباء التركية \"الأناضول\" -> alt")
Q(P, "indirect", "طهران وبغداد، قررتا إلغاء التعامل بالدولار الأمريكي، في المبادلات التجارية بين البلدين", "يحيى آل اسحاق",
  "رئيس غرفة التجارة الايرانية العراقية، يحيى آل اسحاق", "name", "كشف", "person", "other", "clause", region="boilerplate",
  after="كشف رئيس غرفة", alt=["وكالة مهر الإيرانية للأنباء"], notes="related-story summary; postposed conduit وفقا لوكالة مهر -> alt")
Q(P, "indirect", "تلقي دوائر ومحاكم التنفيذ بالمملكة، أكثر من 72 ألف طلب تنفيذ أحكام استرداد حقوق مالية، (من 13 يوليو/تموز 2018 إلى 11 أغسطس/آب من نفس العام)، بزيادة نسبتها 32%",
  "وزارة العدل السعودية", "وزارة العدل السعودية", "name", "كشفت", "institution", "Saudi Arabia", "nominal",
  region="boilerplate", notes="related-story summary; كشف عن + verbal noun stating a figure (not topic-only); clitic عن left out")
N(P, "فيسبوك", "platform name, not speech")
N(P, "الأناضول", "news agency name, not speech")

# ---------------- CN-economy-38 ----------------
P = "CN-economy-38"
Q(P, "direct", "أحببت فكرة أن تستثمر نتفليكس إلى هذا الحد في المنطقة العربية، إنها نقطة تحول حقيقية", "باسل غندور",
  "الكاتب السينمائي الأردني باسل غندور", "name", "ويقول", "person", "other", "quote",
  notes="the comma inside the closing mark is left out")
Q(P, "direct", "لدينا ثقافة غنية برواية القصص، وسيكون لدينا القدرة في النهاية بالاستمتاع بالمحتوى العربي بجودة نتفليكس",
  "باسل غندور", "الكاتب السينمائي الأردني باسل غندور", "continuation", "مضيفاً", "person", "other", "quote",
  add=("participle_cue",), notes="final . inside the marks left out")
Q(P, "indirect", "أما \"نيتفليكس\" و\"أمازون\" فلم يتجاوز عدد المشتركين الإقليميين فيهما في العام 2017 سوى 1.3 مليون مشترك",
  "IHS Markit", "شركة \" IHS Markit\"", "name", "وفقا", "institution", "other", "clause", spk_where="after",
  cue_where="after", post=True, notes="postposed وفقا لما ذكرته شركة covers the sentence; the company names in marks are non-quotes")
Q(P, "mixed", "\"مسلسل نيتفليكس الأصلي يُعد بمثابة ركيزة أساسية للثقة في صناعة الإعلام والإنتاج في المنطقة\"", "معاذ شيخ",
  "الرئيس التنفيذي لشركة \"ستارز بلاي\" معاذ شيخ", "name", "وقال", "person", "Starz Play", "quote",
  frags=["مسلسل نيتفليكس الأصلي يُعد بمثابة ركيزة أساسية للثقة في صناعة الإعلام والإنتاج في المنطقة"],
  notes="إن + fully quoted proposition -> mixed; the next sentence (ولن تُطلق شركته ...) has no cue and is not annotated")
Q(P, "mixed", "\"المحتوى الأصلي يبقى طموحاً بالنسبة لنا، ونحن نعتقد الآن أنه يمكن تعزيز القيمة مقابل المال للعملاء من خلال الحصول على المحتوى وترخيصه.\"",
  "معاذ شيخ", "الشيخ", "name", "ويقول", "person", "Starz Play", "quote",
  frags=["المحتوى الأصلي يبقى طموحاً بالنسبة لنا، ونحن نعتقد الآن أنه يمكن تعزيز القيمة مقابل المال للعملاء من خلال الحصول على المحتوى وترخيصه"],
  notes="الشيخ (sic, with the article) = معاذ شيخ; the final . inside the marks is left out of the fragment")
Q(P, "indirect", "تنمو سوق بث الفيديو في الشرق الأوسط وشمال أفريقيا خلال العام 2021", "IHS Markit", "شركة \" IHS Markit\"",
  "name", "وتتوقع", "institution", "other", "clause", bl=True, notes="forecast (توقع أن), borderline")
Q(P, "indirect", "يصل عدد الاشتراكات إلى 4.2 مليون مشترك بحلول ذلك الوقت، ولكن ذلك سيمثل فقط نسبة 1 في المائة من السوق العالمية",
  "IHS Markit", None, "pronoun", "وتتوقع", "institution", "other", "clause", ant="شركة \" IHS Markit\"", bl=True,
  after="وتتوقع أن يصل", notes="forecast, borderline")
Q(P, "indirect", "أول قناة عربية تحمل علامة فوكس في سبتمبر/أيلول", "21 سنشيري فوكس", "21 سنشيري فوكس", "name", "أعلنت",
  "institution", "21st Century Fox", "nominal", bl=True,
  notes="أعلن عن + a product launch: event announcement, borderline; إذا (sic for إذ)")
N(P, "جن..", "series title, not speech")
N(P, "نتفليكس", "company name, not speech", nth="all")
N(P, "جن", "series title, not speech")
N(P, "الإهانة", "film title, not speech")
N(P, "نيتفليكس", "company name, not speech")
N(P, "أمازون", "company name, not speech")
N(P, "IHS Markit", "company name (mark followed by a space), not speech", nth="all", plain=True)
N(P, "Iflix", "service name, not speech", plain=True)
N(P, "Starz Play", "service name, not speech", nth="all", plain=True)
N(P, "إفليكس", "service name, not speech")
N(P, "Tough Luck", "series title, not speech", plain=True)
N(P, "ستارز بلاي", "service name, not speech", nth="all")
N(P, "21 سنشيري فوكس", "company name, not speech")

# ---------------- CN-internationalNews-37 ----------------
P = "CN-internationalNews-37"
Q(P, "indirect", "البحرية الأمريكية تكثف وجودها في البحر الأسود في إطار محاولة لمواجهة الوجود الروسي المتزايد هناك",
  "مسؤول عسكري أميركي", "مسؤول عسكري أميركي", "description", "كشف", "anonymous", "US", "clause",
  notes="كشف ... إن (sic); إن left out")
Q(P, "indirect", "المنطقة أصبحت محفوفة بالتوترات بشكل متزايد، حيث عززت روسيا قواتها العسكرية في المنطقة بعد استيلائها على شبه جزيرة القرم من أوكرانيا في عام 2014، وهي خطوة رفضتها الغالبية العظمى من قوى المجتمع الدولي",
  "مسؤول عسكري أميركي", None, "continuation", "موضحاً", "anonymous", "US", "clause", ant="مسؤول عسكري أميركي",
  add=("participle_cue",), notes="participle opening a new sentence after a full stop; the trailing وهي خطوة ... kept (same sentence)")
Q(P, "indirect", "المدمرة الصاروخية الموجهة \"USS كارني\" انضمت، السبت، إلى السفينة \" USSروز\" في البحر الأسود، لإجراء عمليات \"الأمن البحري\"",
  "الأسطول السادس للبحرية الأمريكية", "الأسطول السادس للبحرية الأمريكية", "name", "إعلان", "institution", "US", "clause",
  notes="noun cue إعلان ... أن; the ship names and the operation category \"الأمن البحري\" are labels (non-quotes), so indirect; the following وهذه هي المرة الاولى ... is the writer's")
Q(P, "direct", "إن قرارنا بتشغيل سفينتين في وقت واحد في البحر الاسود استباقي وليس ردة فعل", "كريستوفر غرادي",
  "نائب قائد الأسطول السادس، كريستوفر غرادي", "name", "وقال", "person", "US", "quote",
  notes="the particle إن is inside the marks (first-person quote), so the record is direct and keeps it; في بيان ... (channel) left out")
Q(P, "direct", "نعمل على وتيرة وتوقيت نختاره نحن في هذه المنطقة ذات الأهمية الاستراتيجية", "كريستوفر غرادي", "غرادي", "name",
  "وأضاف", "person", "US", "quote", notes="juxtaposed quote without colon")
Q(P, "mixed", "استمرار وجود البحرية الأمريكية في البحر الأسود يدل على التزام واشنطن الدائم بالاستقرار الإقليمي والأمن البحري لشركائها في البحر الأسود، و\"الدفاع الجماعي عن حلفاء الناتو\"",
  "كريستوفر غرادي", "غرادي", "continuation", "مضيفا", "person", "US", "clause", frags=["الدفاع الجماعي عن حلفاء الناتو"],
  add=("participle_cue",), notes="وفق تعبيره confirms the quoted words and is left out")
Q(P, "indirect", "نشر قواتها البحرية في المنطقة", "روسيا", "روسيا", "name", "وأعلنت", "institution", "Russia", "nominal", bl=True,
  after="وأعلنت روسيا", notes="event announcement (deployment), borderline")
Q(P, "indirect", "البارجة الروسية، \"الأميرال آيسن،\" دخلت البحر الأسود برفقة سفينتين مخصصتين للدوريات للقيام بسلسلة من المناورات",
  "وزارة الدفاع الروسية", "وزارة الدفاع الروسية", "name", "جاء", "institution", "Russia", "clause", doc=True,
  notes="أصدرت ... بيانا جاء فيه، أن: the statement stands for the ministry; the ship name is a non-quote")
Q(P, "indirect", "روسيا حساسة بشكل خاص للعمليات العسكرية الأمريكية في البحر الأسود نظرا للتحركات الروسية الأخيرة لعسكرة شبه جزيرة القرم",
  "مسؤولان أمريكيان في وزارة الدفاع", "مسؤولان أمريكيان في وزارة الدفاع", "description", "وقال", "anonymous", "US", "clause",
  notes="addressee لشبكة CNN left out; إن left out")
Q(P, "indirect", "موسكو بنشر عدد كبير من القوات والمعدات العسكرية في شبه جزيرة القرم في السنوات الأخيرة",
  "المسؤولون الأميركيون والناتو", "المسؤولون الأميركيون والناتو", "description", "واتهم", "group", "other", "nominal",
  notes="اتهم X بـ: the object is kept in the span; conjoined speakers -> group entity")
Q(P, "indirect", "روسيا نشرت غواصات قرب شبه جزيرة القرم", "مسؤول في حلف الناتو", "مسؤول في حلف الناتو", "description", "وأوضح",
  "anonymous", "NATO", "clause")
Q(P, "indirect", "التحالف الغربي لا يسعى للقيام بردود فعل عسكرية على خطوات روسيا، ولكنه يرغب بتعزيز موقعه في جنوب شرق أوروبا، خاصة بعدما نشرت روسيا فيلقا عسكريا في القرم ونصبت الكثير من الأنظمة المضادة للصواريخ",
  "مسؤول في حلف الناتو", None, "pronoun", "ولفت", "anonymous", "NATO", "clause", ant="مسؤول في حلف الناتو")
Q(P, "indirect", "موسكو أصبحت أكثر حساسية تجاه القوات الأمريكية في المنطقة، خوفا من أن تقوض القدرات العسكرية الأمريكية التفوق العسكري الروسي",
  "مسؤولون أمريكيون", "مسؤولون أمريكيون", "description", "يقول", "anonymous", "US", "clause",
  notes="the fronted adverbial ونظرا لزيادة الوجود العسكري الروسي left out")
Q(P, "indirect", "نظرة روسيا إلى البحر الأسود على أنه منطقة خاضعة لنفوذها", "مسؤولون أمريكيون", "المسؤولون", "description",
  "انتقد", "anonymous", "US", "nominal", bl=True, notes="criticism with its target as complement (as ندد): borderline; كما left out")
Q(P, "direct", "سواحل دول حلف الأطلسي المطلة على البحر الأسود أطول من السواحل الروسية، وبالتالي فهو بالتأكيد ليس بحيرة روسية",
  "مسؤولون أمريكيون", "المسؤولون", "continuation", "قائلين", "anonymous", "US", "quote", add=("participle_cue",))
N(P, "USS كارني", "ship name, not speech")
N(P, "USSروز", "ship name (mark followed by a space), not speech", plain=True)
N(P, "الأمن البحري", "operation category label, not speech")
N(P, "الأميرال آيسن", "ship name (comma inside the marks), not speech", plain=True)

# ---------------- CN-internationalNews-623 ----------------
P = "CN-internationalNews-623"
Q(P, "mixed", "التحركات التجارية الأحادية الجانب التي \"تسبب الضرر للجميع\"", "الصين", "الصين", "continuation", "منتقدة",
  "institution", "China", "nominal", region="boilerplate", frags=["تسبب الضرر للجميع"],
  add=("participle_cue",), notes="related-story summary; criticism whose object carries China's quoted claim; وبّخت (rebuke) itself is an act")
Q(P, "mixed", "النظام الإيراني بـ\"انتهاك\" حقوق الإنسان الأساسية لشعبه", "مايك بومبيو", "وزير الخارجية الأمريكي، مايك بومبيو",
  "name", "اتهم", "person", "US", "nominal", region="boilerplate", frags=["انتهاك"],
  notes="related-story summary; اتهم X بـ: object kept; his own channel (حسابه على موقع \"تويتر\") left out")
Q(P, "indirect", "رفض ذلك جملة وتفصيلا", "بهرام قاسمي", "بهرام قاسمي", "continuation", "مؤكدا", "person", "Iran", "nominal",
  region="boilerplate", add=("participle_cue",),
  notes="related-story summary; رد على الكلمة (reply to a target) is not annotated, the participle مؤكدا + stance noun is")
Q(P, "indirect", "تنفيذ مقاتلة F-35b التابعة لقوات المارينز أولى ضرباتها ضمن منطقة عمليات القيادة المركزية بأفغانستان",
  "القيادة المركزية بالجيش الأمريكي", "القيادة المركزية بالجيش الأمريكي", "name", "أعلنت", "institution", "US", "nominal",
  region="boilerplate", bl=True, notes="related-story summary; event announcement, borderline")
N(P, "تويتر", "platform name, not speech")

# ---------------- CN-middleEast-106 ----------------
P = "CN-middleEast-106"
Q(P, "mixed", "المنصة تستهدف المؤسسات الدينية المتنوعة في الدول العربية، دون أن يقتصر ذلك على \"المؤسسات الرسمية\" المحسوبة على الإدارات الرسمية العربية",
  "فيصل بن معمر", "الأمين العام للمركز فيصل بن معمر", "name", "أكد", "person", "KAICIID", "clause",
  frags=["المؤسسات الرسمية"], notes="fronted subject; addressee لـ CNN بالعربية left out")
Q(P, "mixed", "المنصة \"ليست سياسية ولا تتدخل في الصراعات السياسية\" كما هي طبيعة عمل المركز", "فيصل بن معمر",
  "الأمين العام للمركز فيصل بن معمر", "continuation", "بين", "person", "KAICIID", "clause",
  frags=["ليست سياسية ولا تتدخل في الصراعات السياسية"], notes="فيما بيّن أن: coordinated cue of the same speaker")
Q(P, "indirect", "مختلف المذاهب الإسلامية مشاركة في المنصة، بمن في ذلك أتباع المذهب الشيعي", "فيصل بن معمر", "بن معمر", "name",
  "وشدد", "person", "KAICIID", "clause")
Q(P, "indirect", "من المرجعيات الشيعية الرئيسية المشاركة في الوثيقة ، المرجعية الشيعية اللبنانية علي الأمين", "فيصل بن معمر",
  "بن معمر", "continuation", "لافتا", "person", "KAICIID", "clause", add=("participle_cue",), notes="ends before \" .\"")
Q(P, "mixed", "المركز يتطلع للحوار في العالم العربي مع كل أتباع الديانات ومن لهم قيادات أو مؤسسات \"دينية معتبرة وذات ثقل\"",
  "فيصل بن معمر", "بن معمر", "name", "وقال", "person", "KAICIID", "clause", frags=["دينية معتبرة وذات ثقل"])
Q(P, "direct", "لا نريد أن نحاور بعضنا البعض بل جميع مكونات المجتمعات العربية", "فيصل بن معمر", "بن معمر", "continuation",
  "وأضاف", "person", "KAICIID", "quote", notes="coordinated وأضاف in the same sentence; the space after the opening mark is left out")
Q(P, "mixed", "\" المركز لايدير حوارات سياسية ولا يتدخل في الشؤون السياسية\"", "فيصل بن معمر", "بن معمر", "name", "وقال",
  "person", "KAICIID", "quote", frags=["المركز لايدير حوارات سياسية ولا يتدخل في الشؤون السياسية"],
  after="ردا على تساؤلات", notes="إن + fully quoted proposition -> mixed; the journalists' question in marks (\" في مؤتمر فيينا، ...\") is a non-quote")
Q(P, "direct", "نحن نتحاور مع أي قيادة أو مؤسسة دينية معتبرة في العالم وعملنا مع مؤسسات يهودية في أوروبا، المركز سيكون مفتوحا للحوار مع أي قيادات لخدمة السلام والتعايش وهو مفتوح للأعضاء في المركز ولغير الاعضاء، أؤكد أن حواراتنا لاتحمل الصبغة السياسية لكننا نساهم في مساندة صانعي السياسات الذين يعملون في المؤسسات الدولية",
  "فيصل بن معمر", None, "pronoun", "وأوضح", "person", "KAICIID", "quote", ant="بن معمر",
  notes="وأوضح قائلا: one record, cue the finite verb; the speaker is implied (ref pronoun, antecedent in the previous sentence); \" .\" inside the marks left out")
Q(P, "mixed", "مصر تخوض حربا ضد الإرهاب \"بالنيابة عن الجميع\"", "شوقي علام", "مفتي مصر شوقي علام", "name", "قال", "person",
  "Egypt", "clause", frags=["بالنيابة عن الجميع"], notes="على حد قوله confirms the quoted words and is left out")
Q(P, "indirect", "المصريين سواء أمام القانون في الحقوق والالتزامات وحريصون على قضية المواطنة التي قال إنها   أساس التعايش في مصر",
  "شوقي علام", "مفتي مصر شوقي علام", "continuation", "أكد", "person", "Egypt", "clause",
  notes="فيما أكد أن: coordinated cue; the nested التي قال إنها stays inside")
Q(P, "mixed", "لا يوجد أي فرق بين \"المسلم والمسيحي\" في مصر", "شوقي علام", "علّام", "name", "وقال", "person", "Egypt",
  "clause", frags=["المسلم والمسيحي"], notes="إنه left out")
Q(P, "direct", "نحن في مصر في تقديري نحارب ونكافح ضد الارهاب نيابة عن الجميع، و لابد من أن نأخذ الحذر وأن نجد قواعد العيش المشترك،  ومركز كايسيد يضع لبنة قوية من خلال المنصة الجديدة للحوار الدائم",
  "شوقي علام", None, "pronoun", "وأضاف", "person", "Egypt", "quote", ant="علّام")
N(P, "يرتكب باسم الدين", "quoted wording in the writer's description of the initiative, no speaker or cue")
N(P, " في مؤتمر فيينا، مقدمة لحوار مع الاسرائيليين", "journalists' question wording (a question, not a claim)", plain=True)

# ---------------- CN-middleEast-298 ----------------
P = "CN-middleEast-298"
Q(P, "direct", "قٌتلت بوحشية", "روما", "روما", "name", ":", "institution", "Italy", "quote", region="headline", bl=True,
  add=("colon_speech",), notes="headline convention \"speaker: content\"; the metonym روما is kept as the speaker (as أنقرة in the check set)")
Q(P, "mixed", "\"وحشية\"", "وزارة الخارجية الإيطالية", "وزارة الخارجية الإيطالية", "continuation", "ووصفت", "institution",
  "Italy", "quote", frags=["وحشية"], add=("object_predicate",),
  notes="وصف X بالـ\"Y\": the span is the quoted predicate; the subject is the ministry's statement (alternative: the embassy, subject of قدمت); the preceding أصدرت ... بياناً حول (topic) and قدمت ... تعازيها are not annotated")
Q(P, "direct", "بالنسبة للحادث المأسوي الذى وقع للمواطنة الايطالية مريم مصطفى والتي قتلت بوحشية فى مدينة نوتينجهام تعرب وزارة الخارجية والتعاون الدولى الايطالية عن خالص العزاء والوقوف بجانب العائلة على أمل ان يتم .تقديم المسئولين عن هذه الجريمة النكراء الى العدالة",
  "وزارة الخارجية الإيطالية", "نص البيان الكامل", "description", "ورد", "institution", "Italy", "quote",
  alt=["السفارة الإيطالية في القاهرة"], doc=True,
  notes="the statement (issued by the ministry) as source, published by the embassy (conduit -> alt); the stray . before تقديم kept as written; final . and the space after the opening mark left out")
Q(P, "mixed", "السفير الإيطالي في لندن يتابع \"شخصياً الحادثة بالتنسيق مع نظيره المصري والذى تواصل معه ايضا هذا الصباح للتجديد عن المسئولية الكاملة فى دعم كل اجراء سوف تتخذه السفارة المصرية للوصول - فى اقرب وقت ممكن - الى الحقيقة . والسفارة الايطالية فى لندن على استعداد لتقديم اية مساعدة لعائلة مريم .\"",
  "وزارة الخارجية الإيطالية", "الخارجية الإيطالية", "name", "واضافت", "institution", "Italy", "clause",
  frags=["شخصياً الحادثة بالتنسيق مع نظيره المصري والذى تواصل معه ايضا هذا الصباح للتجديد عن المسئولية الكاملة فى دعم كل اجراء سوف تتخذه السفارة المصرية للوصول - فى اقرب وقت ممكن - الى الحقيقة . والسفارة الايطالية فى لندن على استعداد لتقديم اية مساعدة لعائلة مريم"],
  notes="في بيانها (own channel) left out; the final \" .\" inside the marks left out of the fragment")
Q(P, "indirect", "الشابة تعرضت للاعتداء خارج مركز للتسوق في 20 فبراير/شباط في الساعة الثامنة مساء، لتدخل بغيبوبة قبل وفاتها إثر إصاباتها، الأربعاء",
  "شرطة المدينة", "شرطة المدينة", "description", "وذكرت", "institution", "UK", "clause", notes="ذكر ... إن (sic); إن left out")
Q(P, "mixed", "لا تملك أي معلومات قد تؤكد وقوع الجريمة بدافع من الكراهية النابعة من التمييز العنصري، لكن السلطات \"ستواصل إبقاء أذهان مفتوحة،\"",
  "شرطة المدينة", "الشرطة", "description", "وأضافت", "institution", "UK", "clause", frags=["ستواصل إبقاء أذهان مفتوحة"],
  notes="coordinated وأضافت in the same sentence; بانها left out; the comma inside the marks left out of the fragment; the following في وفت اعتقلت ... is the writer's, and the charge wording there is a non-quote")
Q(P, "indirect", "مصطفى، التي كانت تنهي دراستها الجامعية بتخصص الهندسة بالمدينة، تعرضت للكمات على أيدي مجموعة من النساء في 20 فبراير/شباط",
  "صحيفة نوتنغهام بوست", "صحيفة \"نوتنغهام بوست\"", "name", "ذكرت", "media", "other", "clause", notes="بأن left out")
Q(P, "indirect", "بعدها توجهت مريم إلى باص خارج مركز التسوق لكنها لوحقت من قبل النساء اللواتي هددنا لفظياً قبل الهجوم عليها",
  "صحيفة نوتنغهام بوست", "الصحيفة", "description", "وفقاً", "media", "other", "clause", spk_where="after", cue_where="after",
  post=True, notes="postposed وفقاً لما نقلته الصحيفة")
Q(P, "indirect", "تابعت القضية عبر السفارة المصرية بلندن وأنها تعمل مع محامي الأسرة للتأكد من جلب المهاجمين إلى العدالة",
  "وزارة الخارجية المصرية", "وزارة الخارجية المصرية", "name", "وقالت", "institution", "Egypt", "clause",
  notes="إنها left out; coordinated أن-clauses in one record")
Q(P, "indirect", "ستبحث بطبيعة الرعاية الطبية التي تلقتها مصطفى بعد الهجوم", "وزارة الخارجية المصرية", "وزارة الخارجية المصرية",
  "continuation", "ذكرت", "institution", "Egypt", "clause", after="كما ذكرت أيضاً",
  notes="كما ذكرت أيضاً إنها: a second cue of the same subject in the same sentence")
Q(P, "indirect", "اللجنة النيابية لحقوق الإنسان سترسل وفداً إلى لندن والتحقيق في ملابسات الجريمة", "بوابة الأهرام",
  "موقع \"بوابة الأهرام\"", "name", "ذكرت", "media", "other", "clause", after="موقع \"بوابة الأهرام\" بأن",
  cue_where="before", notes="كما left out; بأن left out")
Q(P, "indirect", "التنسيق جارٍ مع وزارة الخارجية المصرية والسفير المصري في لندن ناصر كامل ومجلس العموم البريطاني", "بوابة الأهرام",
  "الموقع", "description", "ونقل", "media", "other", "clause", alt=["علاء عابد"],
  notes="conduit نقل الموقع على لسان النائب علاء عابد قوله إن: the site is the grammatical reporting subject, the MP is the alt")
N(P, "الاعتداء للتسبب بأذىً جسدي", "charge wording (comma inside the marks), not speech", plain=True)
N(P, "نوتنغهام بوست", "newspaper name, not speech")
N(P, "بوابة الأهرام", "news site name, not speech")

# ---------------- CN-technology-148 ----------------
P = "CN-technology-148"
Q(P, "indirect", "مبادرة لإطلاق برامج تلفزيون الواقع، والتي ستشجع السعوديين والسعوديات على تحقيق أحلامهم بتأسيس شركات مشابهة لفيسبوك وآبل ومايكروسوفت",
  "سعود القحطاني", "رئيس الاتحاد السعودي للأمن السيبرالي والبرمجة والدرونز، سعود القحطاني", "name", "كشف", "person",
  "Saudi Arabia", "nominal", region="boilerplate", bl=True,
  notes="related-story teaser; كشف عن مبادرة (announcement of an initiative): borderline; the وذلك بعد ... clause (with an unclosed mark) left out")
Q(P, "indirect", "أدوات جديدة تحد من \"الإدمان\" على استخدام المنصتين", "فيسبوك", "فيسبوك", "name", "أعلنت", "institution",
  "Facebook", "nominal", region="boilerplate", bl=True, after="فقد أعلنت",
  notes="related-story teaser; product announcement, borderline; \"الإدمان\" is the writer's scare quote (non-quote)")
for _t in ["ذبيحتي", "خروف.كوم", "ماشية", "المواشي"]:
    N(P, _t, "app name, not speech")
N(P, "مجمع يونيكود", "organisation name, not speech")
N(P, "الاحتياجات التعبيرية", "scare quote in a teaser, not speech")
N(P, "رفيقك الموسيقي", "writer's figure in a teaser, not speech")
N(P, "هاكاثون", "event name after an unclosed mark, not speech", plain=True)
N(P, "الإدمان", "scare quote, not speech")

# ---------------- CN-technology-6 ----------------
P = "CN-technology-6"
Q(P, "indirect", "توصلت شركتا \"أوبر\" و\"وايمو\" إلى تسوية قضائية حول الدعوى المقامة لأسرار المهنة", "محامون ممثلون عن الشركتين",
  "محامون ممثلون عن الشركتين", "description", "وفقاً", "anonymous", "other", "clause", spk_where="after", cue_where="after",
  post=True, notes="postposed وفقاً لما ذكره محامون ... لمحكمة فدرالية")
Q(P, "indirect", "أحد مهندسيها السابقين، أنتوني ليفاندويسكس، بتحميل أسرار الشركة بمجال القيادة الذاتية وأخذها إلى \"أوبر\"",
  "وايمو", "وايمو", "name", "اتهمت", "institution", "Waymo", "nominal",
  notes="accusation in the lawsuit (اتهم X بـ): the object is kept; the apposition التي تعد برنامج ... left out")
Q(P, "indirect", "قبلت \"وايمو\" باتفاقية مع \"أوبر\" تضمنت 0.34 في المائة من حقوق الملكية بـ \"أوبر\" بقيمتها السوقية البالغة 72 مليار دولار، والتي ستبلغ قيمتها 245 مليون دولار",
  "مصدران مقرّبان من القضية", "مصدران مقرّبان من القضية", "description", "وفقاً", "anonymous", "other", "clause",
  spk_where="after", cue_where="after", post=True, notes="postposed وفقاً لما ذكره مصدران; leading و left out")
Q(P, "indirect", "قيمة قصوى للتعويض بلغت 1.8 مليار دولار", "وايمو", "وايمو", "name", "طالبت", "institution", "Waymo", "nominal",
  bl=True, notes="طالب بـ in a lawsuit (a legal claim for damages): borderline; clitic بـ left out")
Q(P, "indirect", "إعلان تسوية من هذا القبيل خلال المناوشات القضائية، يعد أمراً نادراً", "ويليام ألوسب", "القاضي ويليام ألوسب",
  "name", "وذكر", "person", "US", "clause",
  notes="ذكر ... إن (sic); the preceding عند إعلان المحامين عن التسوية is anaphoric (topic), not annotated")
Q(P, "direct", "لقد توصلنا إلى اتفاقية مع أوبر نؤمن بأنها ستحمي ملكية وايمو الفكرية الآن ومستقبلاً", "متحدث باسم وايمو",
  "متحدث باسم \"وايمو\"", "description", "وقال", "anonymous", "Waymo", "quote", notes="comma inside the closing mark left out; في بيان صحفي left out")
Q(P, "direct", "نحن ملتزمون بالعمل مع أوبر للتأكد من أن كل شركة تطوّر التكنولوجيا الخاصة بها، وهذا يتضمن اتفاقية للتأكد من أن معلومات وايمو السرية لا تستخدم من قبل مجموعة أوبر للتقنيات الحديثة في المعدات أو البرمجيات",
  "متحدث باسم وايمو", "متحدث باسم \"وايمو\"", "continuation", "مضيفاً", "anonymous", "Waymo", "quote", add=("participle_cue",))
Q(P, "indirect", "شابهت تصميمها الخاص إلى حدٍّ كبير", "وايمو", "وايمو", "name", "وذكرت", "institution", "Waymo", "clause",
  notes="بأنها left out")
Q(P, "indirect", "مهندسها السابق بنقل هذه الأسرار إلى \"أوبر\"", "وايمو", "وايمو", "name", "لتتهم", "institution", "Waymo",
  "nominal", notes="اتهم X بـ: object kept")
Q(P, "indirect", "كان من المفترض على الشركة الإشراف على استحواذ \"Otto\"، وهي شركة متخصصة بتطوير الشاحنات بتقنية القيادة الذاتية، والتي أسسها خسروشاهي",
  "دارا خسروشاهي", "الرئيس التنفيذي لشركة \"أوبر\"، دارا خسروشاهي", "name", "وقال", "person", "Uber", "clause",
  notes="إنه left out; في بيان (channel) left out")
Q(P, "indirect", "لا يؤمن بأن \"أوبر\" لا تؤمن بأنها حصلت على أسرار من غيرها", "دارا خسروشاهي",
  "الرئيس التنفيذي لشركة \"أوبر\"، دارا خسروشاهي", "continuation", "ليضيف", "person", "Uber", "clause",
  notes="بأنه left out; the double negation is kept as written")
Q(P, "indirect", "كان من الصعب على \"وايمو\" إثبات سرقة \"أوبر\" لأسرارها، بالأخص مع سماح القوانين في كاليفورنيا بمشاركة الموظفين لمرهلاتهم عند مغادرتهم من شركة لأخرى",
  "جاستن هيوز", "المحامي المتخصص بحقوق الملكية جاستن هيوز", "name", "وقال", "person", "other", "clause", notes="بأنه left out")
Q(P, "indirect", "عدم امتلاك \"غوغل\" لشركة تصنيع للسيارات أو خدمة للتوصيل كما يحصل مع \"أوبر\"، فإنه من المرجّح أن \"غوغل\" أرادت أن تكون جزءاً من تطوّر \"أوبر\" عوضاً عن الانتظار لفشلها",
  "جاستن هيوز", "هيوز", "name", "أشار", "person", "other", "clause")
N(P, "وايمو", "company name, not speech", nth="all")
N(P, "أوبر", "company name, not speech", nth="all")
N(P, "أوبر", "company name after an unclosed mark, not speech", after="\"أوبر لقسمين", plain=True)
N(P, "غوغل", "company name, not speech", nth="all")
N(P, "خرائط غوغل", "product name, not speech")
N(P, "LiDAR", "technical name, not speech", nth="all")
N(P, "Light Detection and Ranging", "expansion of an acronym, not speech")
N(P, "تحديد الضوء والمدى", "translation gloss of the acronym, not speech")
N(P, "Otto", "company name, not speech")
N(P, "ألفابيت", "company name, not speech")
N(P, "Google Ventures", "company name, not speech")
N(P, "Lyft", "company name, not speech")
N(P, "capital", "company name, not speech")

# ---------------- FR-culture-13 ----------------
P = "FR-culture-13"
Q(P, "indirect", "توفيت المغنية والمؤلفة الموسيقية الإيرلندية دولوريس أوريردن قائدة فرقة \"ذي كرانبريز\" فجأة في لندن الاثنين عن 46 عاما",
  "ليندسي هولمز", "وكيلة أعمالها", "description", "أعلنت", "person", "other", "clause", spk_where="after", cue_where="after",
  post=True, notes="postposed على ما أعلنت وكيلة أعمالها; the agent is named in the next sentence (ليندسي هولمز); the deck sentence before has no attribution")
Q(P, "direct", "توفيت المغنية الإيرلندية العالمية دولوريس أوريردن فجأة في لندن ما أصاب أفراد عائلتها بحزن شديد", "ليندسي هولمز",
  "ليندسي هولمز", "name", "وجاء", "person", "other", "quote", doc=True,
  notes="وجاء في بيان ليندسي هولمز + juxtaposed quote: the statement stands for its issuer")
Q(P, "mixed", "\"المغنية كانت في لندن للمشاركة في جلسة تسجيل قصيرة\"", "ليندسي هولمز", None, "pronoun", "وأكدت", "person",
  "other", "quote", ant="ليندسي هولمز", frags=["المغنية كانت في لندن للمشاركة في جلسة تسجيل قصيرة"])
Q(P, "mixed", "عناصرها استدعوا إلى فندق في بارك لاين في وسط العاصمة البريطانية عند الساعة 09:05 ت غ من صباح الاثنين بسبب \"وفاة مفاجئة\"",
  "ناطقة باسم شرطة لندن", "ناطقة باسم شرطة لندن", "description", "وذكرت", "anonymous", "UK", "clause",
  frags=["وفاة مفاجئة"], notes="the following ولم تؤكد الناطقة هوية الشخص is a negated report without content, not annotated")
Q(P, "direct", "أعلنت وفاة امرأة في منتصف الأربعينات في المكان. وفي هذه المرحلة تعالج القضية على أنها وفاة غير معروفة الأسباب والتحقيق مستمر",
  "ناطقة باسم شرطة لندن", None, "pronoun", "وتابعت", "anonymous", "UK", "quote", ant="الناطقة")
Q(P, "indirect", "ذلك عائد إلى مشكلة في الظهر تعانيها أوريردن", "ذي كرانبريز", "الفرقة", "description", "موضحة", "institution",
  "other", "clause", add=("participle_cue",), after="موضحة أن",
  notes="the band (named \"ذي كرانبريز\") as speaker; the participle follows an action (إلغاء عدة حفلات)")
Q(P, "mixed", "وفاتها \"خسارة كبيرة\"", "مايكل هيغينز", "الرئيس الإيرلندي مايكل هيغينز", "continuation", "معتبرا", "person",
  "Ireland", "clause", frags=["خسارة كبيرة"], add=("participle_cue", "object_predicate"),
  notes="اعتبر X \"Y\" (object + quoted predicate): the small clause is the span; أشاد بالمغنية (praise of a target) not annotated")
Q(P, "direct", "لدولوريس أوريردن وفرقة ذي كرانبريز تأثير كبير على عالم الروك والبوب في إيرلندا والعالم", "مايكل هيغينز", None,
  "pronoun", "وقال", "person", "Ireland", "quote", ant="الرئيس الإيرلندي مايكل هيغينز", notes="في بيان (channel) left out")
N(P, "ذي كرانبريز", "band name, not speech", nth="all")
N(P, "إفريوان إلس إز دوينغ إت سو واي كانت وي؟", "album title (closing mark missing), not speech", plain=True)
N(P, "لينغر", "song title, not speech")
N(P, "نو نيد تو أرغيو", "album title, not speech")
N(P, "زومبي", "song title, not speech")
N(P, "سامثينغ إلس", "album title, not speech")

# ---------------- FR-culture-2 ----------------
P = "FR-culture-2"
Q(P, "indirect", "تحاليل الحمض النووي (دي أن إيه) أكدت أنها عائدة إلى أحد أبناء رمسيس الثالث الذي حكم بين عامي 1186 و1155 قبل الميلاد",
  "وزارة الآثار المصرية", "وزارة الآثار المصرية", "name", "وقالت", "institution", "Egypt", "clause",
  notes="the nested أكدت (the DNA tests) stays inside; the next sentence وتشير آثار على المومياء إلى أن has a non-human evidential subject and is not annotated")
Q(P, "indirect", "حكم على \"بنتاؤر\" نجل رمسيس الثالث بالشنق لضلوعه في مكيدة ضد والده", "أوراق بردى", "أوراق بردى", "description",
  "جاء", "document-issuer", "other", "clause", spk_where="after", cue_where="after", post=True, bl=True,
  notes="postposed على ما جاء على أوراق بردى: ancient papyri as source (document with no issuer), borderline")
N(P, "المومياء الصارخة", "name given to the mummy, not speech", nth="all")
N(P, "بنتاؤر", "personal name, not speech")
N(P, "تي", "personal name, not speech")

# ---------------- FR-economy-12 ----------------
P = "FR-economy-12"
Q(P, "indirect", "سيدفع ضرائب بقيمة 38 مليار دولار على أرباحه خارج الولايات المتحدة الأمريكية وهو المبلغ الأكبر من نوعه الذي يدفع حتى الآن بموجب الإصلاح الضريبي الجديد في البلاد",
  "أبل", "عملاق التكنولوجيا الأمريكي \"أبل\"", "name", "صرح", "institution", "Apple", "clause",
  notes="deck; بأنه left out; the trailing وهو المبلغ ... stays in (same sentence)")
Q(P, "indirect", "ستدفع ضرائب بقيمة 38 مليار دولار على الأرباح التي حققتها خارج الولايات المتحدة بموجب الإصلاح الضريبي الجديد المعتمد في البلاد",
  "أبل", "شركة \"أبل\"", "name", "أعلنت", "institution", "Apple", "clause", notes="أنها left out")
Q(P, "direct", "هذا المبلغ هو الأكبر من هذا النوع الذي يدفع حتى الآن", "أبل", "المجموعة الأمريكية", "description", "وأوضحت",
  "institution", "Apple", "quote", notes="juxtaposed quote without colon")
Q(P, "indirect", "المكلف الأمريكي الأكبر", "أبل", "المجموعة الأمريكية", "continuation", "موضحة", "institution", "Apple", "clause",
  add=("participle_cue",), notes="أنها left out")
Q(P, "mixed", "ستساهم \"مباشرة في الاقتصاد الأمريكي\" بأكثر من 350 مليار دولار في السنوات الخمس المقبلة من خلال استحداث 20 ألف وظيفة أو استثمارات لدى مزودين ومتعاملين معها من الباطن في الولايات المتحدة",
  "أبل", "الشركة الأمريكية العملاقة", "description", "وأكدت", "institution", "Apple", "clause",
  frags=["مباشرة في الاقتصاد الأمريكي"], notes="أنها left out")
Q(P, "mixed", "ستفتح \"مجمعا\" جديدا يهدف في فترة أولى إلى استضافة خدمات المساعدة التقنية لزبائن المجموعة", "أبل", "أبل", "name",
  "وأشارت", "institution", "Apple", "clause", frags=["مجمعا"],
  notes="إلى أنها left out; كذلك left out of the mention; the next sentence (passive وسيكشف عن موقعه) is not annotated")
N(P, "أبل", "company name, not speech", nth="all")
N(P, "مركونة", "scare quote in the writer's background, not speech")
N(P, "استردادها", "scare quote in the writer's background, not speech")

# ---------------- FR-economy-38 ----------------
P = "FR-economy-38"
Q(P, "indirect", "تحسين الوضع الاجتماعي", "إيمانويل ماكرون", "ماكرون", "name", "ويدعوهم", "person", "France", "nominal",
  region="headline", after="ويدعوهم", notes="headline; دعا X لـ + verbal noun; clitic لـ left out; \"فرنسا:\" is a place tag, not a speaker")
Q(P, "indirect", "المشاركة في تحسين الوضع الاجتماعي والتركيز على قضايا عامة مثل التعليم والتوظيف والبيئة", "إيمانويل ماكرون", "ماكرون",
  "name", "ودعا", "person", "France", "nominal", notes="deck; addressee هؤلاء المدراء and clitic إلى left out")
Q(P, "mixed", "الحرص على \"المصلحة العامة\" مع التركيز على قضايا مثل التعليم والتوظيف والبيئة", "إيمانويل ماكرون",
  "الرئيس الفرنسي إيمانويل ماكرون", "name", "طالب", "person", "France", "nominal", frags=["المصلحة العامة"],
  notes="طالب X بـ: addressee and clitic left out; the time phrase قبيل قمة ... left out")
Q(P, "direct", "أنتظر منكم مباحثات صريحة ومباشرة لتحديد سبل تحسين الوضع الاجتماعي وتقليص التفاوت والحد من التغير المناخي وحل المشاكل الجماعية معا",
  "إيمانويل ماكرون", None, "pronoun", "وقال", "person", "France", "quote", ant="الرئيس الفرنسي")
Q(P, "mixed", "سيتطرق معهم إلى \"كل المسائل\"، بما في ذلك مسألة الضرائب التي توليها فرنسا أهمية كبيرة في الاتحاد الأوروبي",
  "إيمانويل ماكرون", None, "pronoun", "وأكد", "person", "France", "clause", ant="الرئيس الفرنسي", frags=["كل المسائل"],
  notes="أنه left out")
Q(P, "indirect", "تدابير خاصة بالضمان الاجتماعي والتعليم خصوصا في إطار \"تك فور غود\"", "عدة مجموعات", "عدة مجموعات", "description",
  "أعلنت", "group", "other", "nominal", bl=True, notes="announcement of measures (event), borderline; the summit name is a non-quote")
Q(P, "indirect", "تقديم تأمين اجتماعي بالمجان للسائقين المتعاقدين معها في 21 بلدا أوروبيا، وذلك بالتعاون مع شركة \"أكسا\"", "أوبر",
  "أوبر", "name", "تعهدت", "institution", "Uber", "nominal", after="فقد تعهدت", notes="pledge (تعهد + verbal noun)")
Q(P, "indirect", "تقديم 100 مليون دولار على خمس سنوات لمنظمات لا تبغي الربح تدرب على المهن في المجال الرقمي في أوروبا وأفريقيا والشرق الأوسط",
  "غوغل", "مؤسسة \"غوغل\"", "name", "والتزمت", "institution", "Google", "nominal", notes="commitment (التزم + verbal noun), as تعهد")
Q(P, "direct", "محفّز بالفعل", "مستشارو الإليزيه", None, "continuation", None, "anonymous", "France", "quote", region="headline",
  bl=True, after="غوغل\" تقديم", notes="crosshead pulled from the advisers' quote at the end of the article; no cue; borderline")
Q(P, "mixed", "إيمانويل ماكرون الذي يريد أن يجعل من فرنسا \"منبتا للشركات الناشئة\"، يسعى إلى مباشرة حوار مع \"رؤساء الشركات الكبيرة\" و\"إجراء مباحثات تكون صريحة ومباشرة والحديث عن الضوابط والحوكمة الدولية\"",
  "مستشارو الإليزيه", "مستشارو الإليزيه", "description", "وأفاد", "anonymous", "France", "clause",
  frags=["منبتا للشركات الناشئة", "رؤساء الشركات الكبيرة", "إجراء مباحثات تكون صريحة ومباشرة والحديث عن الضوابط والحوكمة الدولية"],
  notes="بأن left out")
Q(P, "mixed", "\"مجال التكنولوجيا الأمريكي يلتحق بـ -ركب ماكرون-، هذا الرئيس الشاب الذي يسعى إلى إصلاح البلاد. لكن الشركات تدرك أن سمعتها الملطخة قد تنعكس سلبا على الاقتصاد\"",
  "مستشارو الإليزيه", "مستشارو الإليزيه", "description", "ولفت", "anonymous", "France", "quote",
  frags=["مجال التكنولوجيا الأمريكي يلتحق بـ -ركب ماكرون-، هذا الرئيس الشاب الذي يسعى إلى إصلاح البلاد. لكن الشركات تدرك أن سمعتها الملطخة قد تنعكس سلبا على الاقتصاد"],
  notes="إلى أن + fully quoted proposition -> mixed; the AFP-style inner -ركب ماكرون- stays in the fragment")
Q(P, "direct", "قلنا للشركات إننا سننظم هذه القمة قبل أشهر، طالبين منها تقديم قيمة مضافة وهي سرعان ما لبت النداء. وهذا النوع من الاجتماعات محفّز بالفعل",
  "مستشارو الإليزيه", "هؤلاء", "pronoun", "وأوضح", "anonymous", "France", "quote",
  notes="demonstrative subject هؤلاء = the Elysée advisers; juxtaposed quote without colon")
for _t in ["فيس بوك", "مايكروسوفت", "آي بي إم", "إس آيه بي", "بالانتير", "أورانج", "سانوفي", "بي إن بي باريبا", "تاليس",
           "أكسا", "غوغل", "كامبريدج أناليتيكا"]:
    N(P, _t, "company name, not speech")
N(P, "أوبر", "company name, not speech", nth="all")
N(P, "تك فور غود", "summit name, not speech", nth="all")

# ---------------- FR-internationalNews-1050 ----------------
P = "FR-internationalNews-1050"
Q(P, "direct", "زيارتنا للغريبة هي رسالة أن تونس أرض سلام وأرض تسامح ولكل الديانات", "يوسف الشاهد",
  "رئيس الوزراء يوسف الشاهد", "name", "وقال", "person", "Tunisia", "quote", notes="addressee للصحافيين left out")
Q(P, "direct", "تونس قدمت رسالة قوية للعالم (...) نحن منفتحون ونقبل الجميع", "يوسف الشاهد", None, "pronoun", "وأضاف", "person",
  "Tunisia", "quote", ant="رئيس الوزراء يوسف الشاهد", notes="the ellipsis (...) inside the quote stays")
Q(P, "direct", "إنها المرة الأولى التي آتي إلى هنا، هي لحظة تاريخية بالنسبة إلي", "موشي صباغ", "الحاخام موشي صباغ", "name",
  "وقال", "person", "other", "quote")
Q(P, "indirect", "توافد ما بين 5 و6 آلاف شخص مقابل 3 آلاف في السنة الفائتة", "المنظمون", "المنظمون", "description", "وقدر",
  "anonymous", "other", "nominal", bl=True, notes="قدّر + verbal noun (an estimate), borderline")
Q(P, "indirect", "هناك نحو 400 إسرائيلي بين الوافدين", "رينيه طرابلسي", "مساعد منسق مراسم الحج رينيه طرابلسي", "name", "وأكد",
  "person", "other", "clause")
N(P, "البوخا", "drink name, not speech")

# ---------------- FR-internationalNews-323 ----------------
P = "FR-internationalNews-323"
Q(P, "mixed", "تصريحات ترامب المسيئة جزءا \"من الماضي\"", "الاتحاد الإفريقي", "الاتحاد الإفريقي", "name", "يعتبر", "institution",
  "African Union", "clause", region="headline", frags=["من الماضي"], add=("object_predicate",),
  notes="headline; اعتبر X Y (object + quoted predicate); the AU stands for the Commission chairman of the body")
Q(P, "mixed", "تصريحات ترامب المسيئة لدول إفريقية \"أصبحت من الماضي\"", "موسى فكي", "رئيس مفوضية الاتحاد الإفريقي موسى فكي",
  "name", "قال", "person", "African Union", "clause", frags=["أصبحت من الماضي"],
  notes="deck; the following وذلك خلال لقائه ... (setting) left out")
Q(P, "mixed", "\"بالحثالة\"", "ترامب", "ترامب", "name", "وصف", "person", "US", "quote", frags=["بالحثالة"], alt=["وسائل إعلام"],
  add=("object_predicate",), after="ويذكر أن ترامب",
  notes="inside the writer's ويذكر أن; وصف X \"بـY\": the span is the quoted predicate (the clitic is inside the marks); the closed meeting was relayed by media (نقلته وسائل إعلام -> alt)")
Q(P, "mixed", "طي صفحة التصريحات المنسوبة إلى الرئيس الأمريكي التي وصف فيها الدول الإفريقية بـ\"الحثالة\"", "موسى فكي",
  "موسى فكي", "name", "دعا", "person", "African Union", "nominal", frags=["الحثالة"],
  notes="دعا إلى + verbal noun, subject the relative الذي = فكي; the nested وصف (Trump's word) stays inside and its quoted word is the fragment; the following تحدث الرجلان عن (topic) not annotated")
Q(P, "indirect", "استخدام الرئيس ترامب لكلمة \"حثالة\" لوصف هايتي ودول إفريقية أثناء اجتماع مغلق في منتصف كانون الثاني/يناير",
  "وسائل إعلام عديدة وسيناتور شارك في الاجتماع", "وسائل إعلام عديدة وسيناتور شارك في الاجتماع", "description", "بحسب",
  "group", "other", "nominal", spk_where="after", cue_where="after", post=True, bl=True,
  notes="postposed بحسب attributes the use of the word (a noun phrase inside جدل أثاره ...): borderline; \"حثالة\" is a mention of the word (non-quote); conjoined sources -> group")
Q(P, "mixed", "\"اللهجة التي استخدمتها خلال الاجتماع كانت قاسية لكنها ليست الكلمات التي تفوهت بها\"", "ترامب", "ترامب",
  "continuation", "معترفا", "person", "US", "quote",
  frags=["اللهجة التي استخدمتها خلال الاجتماع كانت قاسية لكنها ليست الكلمات التي تفوهت بها"], add=("participle_cue",),
  notes="بأن + fully quoted proposition -> mixed; دافع عن نفسه (action) not annotated")
Q(P, "indirect", "هذا الجدل أصبح من الماضي", "موسى فكي", "فكي", "name", "أكد", "person", "African Union", "clause",
  after="لكن فكي أكد")
Q(P, "direct", "تلقيت رسالة من الرئيس ترامب وجهها إليّ وتحدثت عنها مع قادة أفارقة آخرين. أعتقد أن هذا الحادث أصبح من الماضي",
  "موسى فكي", "رئيس مفوضية الاتحاد الإفريقي", "description", "وأعلن", "person", "African Union", "quote", title=True,
  notes="juxtaposed quote without colon")
Q(P, "mixed", "\"رحلة للاستماع\" إلى الدول الإفريقية", "محللون", "محللون", "description", "ووصف", "anonymous", "other", "clause",
  frags=["رحلة للاستماع"], add=("object_predicate",), notes="وصف X بأنها \"Y\": the span is the predicate, with its complement outside the marks")
Q(P, "indirect", "لن تتضمن أي إعلان مهم", "محللون", "محللون", "continuation", "وقالوا", "anonymous", "other", "clause",
  notes="coordinated وقالوا in the same sentence; إنها left out")
Q(P, "mixed", "\"هدف زيارتي هو الاستماع إلى أولويات دول هذه القارة ورؤية أين تكمن نقاط الالتقاء\" مع المواقف الأمريكية",
  "ريكس تيلرسون", "تيلرسون", "name", "أكد", "person", "US", "clause",
  frags=["هدف زيارتي هو الاستماع إلى أولويات دول هذه القارة ورؤية أين تكمن نقاط الالتقاء"],
  after="فيما أكد تيلرسون", notes="the proposition continues after the closing mark, so complement clause")
Q(P, "mixed", "\"قوة من أجل الخير\"", "ريكس تيلرسون", "تيلرسون", "name", "ووصف", "person", "US", "quote",
  frags=["قوة من أجل الخير"], add=("object_predicate",), notes="وصف X بأنه \"Y\": the span is the quoted predicate")
Q(P, "indirect", "خطر الاعتماد على الاستثمارات الصينية", "ريكس تيلرسون", "تيلرسون", "continuation", "حذر", "person", "US",
  "nominal", after="فيما حذر", notes="حذر X من + noun; addressee الدول الإفريقية and clitic من left out")
Q(P, "mixed", "\"النظر في شروط هذه الاستثمارات\"", "ريكس تيلرسون", "تيلرسون", "continuation", "ودعاها", "person", "US",
  "nominal", frags=["النظر في شروط هذه الاستثمارات"], notes="دعا X إلى + quoted verbal noun")
Q(P, "indirect", "دعم الجهود الأمريكية التي تهدف إلى إقناع كوريا الشمالية بالتخلي عن سلاحها النووي", "ريكس تيلرسون", None,
  "pronoun", "وطلب", "person", "US", "nominal", ant="تيلرسون", notes="طلب من X + verbal noun (request); addressee منها left out")
Q(P, "direct", "الدول الإفريقية يمكن أن تلعب دورا", "ريكس تيلرسون", None, "pronoun", "وقال", "person", "US", "quote",
  ant="تيلرسون", after="وقال \"الدول")
N(P, "حثالة", "mention of the word itself (metalinguistic), not speech")

# ---------------- FR-middleEast-164 ----------------
P = "FR-middleEast-164"
Q(P, "direct", "العديد من القتلى في غارة تركية على مستشفى عفرين", "المرصد السوري لحقوق الإنسان", "المرصد السوري", "name", ":",
  "institution", "other", "quote", region="headline", bl=True, add=("colon_speech",), notes="headline convention \"speaker: content\"")
Q(P, "indirect", "16 مدنيا على الاقل قتلوا الجمعة في غارة تركية استهدفت مستشفى مدينة عفرين ذات الغالبية الكردية",
  "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "name", "قال", "institution", "other", "clause",
  notes="deck; إن left out")
Q(P, "indirect", "قتل 16 مدنيا الجمعة إثر غارة تركية استهدفت المستشفى الرئيسي في مدينة عفرين في شمال سوريا",
  "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "name", "حسب", "institution", "other", "clause",
  spk_where="after", cue_where="after", post=True, notes="postposed حسب covers the sentence")
Q(P, "indirect", "إصابة المستشفى في الغارة", "الهلال الأحمر الكردي", "الهلال الأحمر الكردي", "name", "وأكد", "institution",
  "Kurdish Red Crescent", "nominal", notes="أكد + verbal noun; من جهته left out; the negated لكنه لم يعلن عن حصيلة is not annotated")
Q(P, "direct", "استهدفت غارة تركية بشكل مباشر المشفى الوحيد في مدينة عفرين", "رامي عبد الرحمن", "مدير المرصد رامي عبد الرحمن",
  "name", "وصرح", "person", "other", "quote", notes="juxtaposed quote without colon")
Q(P, "mixed", "\"16 مدنيا قتلوا في الغارة  بينهم امرأتان حبليان\"", "رامي عبد الرحمن", "عبد الرحمن", "name", "وتابع", "person",
  "other", "quote", frags=["16 مدنيا قتلوا في الغارة  بينهم امرأتان حبليان"],
  notes="أن + fully quoted proposition -> mixed; the next sentence ولم يقتل ... is the writer's")
Q(P, "direct", "تعرضت المدينة لقصف كثيف خلال النهار واقترب القصف من المستشفى، لكن المستشفى استهدف مباشرة هذا المساء",
  "شيروان بري", "شيروان بري", "name", "فقال", "person", "Kurdish Red Crescent", "quote",
  notes="أما X ... فقال + juxtaposed quote")
Q(P, "direct", "إنه المستشفى الوحيد العامل في مدينة عفرين. لقد تحدثت مع الطاقم الطبي بعد الغارة وكلهم بخير", "شيروان بري", None,
  "pronoun", "وأضاف", "person", "Kurdish Red Crescent", "quote", ant="شيروان بري")
Q(P, "indirect", "15 ألف شخص على الأقل غادروا مدينة عفرين الجمعة", "المرصد السوري لحقوق الإنسان", "المرصد", "description",
  "وفق", "institution", "other", "clause", spk_where="after", cue_where="after", post=True,
  notes="inside the writer's يذكر أن, the postposed وفق المرصد attributes the clause")
Q(P, "mixed", "عمليتها العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها \"إرهابية\"", "تركيا", "تركيا", "name", "وتؤكد",
  "institution", "Turkey", "clause", frags=["إرهابية"],
  notes="the nested تعتبرها is Turkey's own label (fragment); the following علما وأنها ... is the writer's")
N(P, "الدولة الإسلامية", "organisation name, not speech")

# ---------------- FR-middleEast-743 ----------------
P = "FR-middleEast-743"
Q(P, "indirect", "توفي عشرة أشخاص وأصيب آخرون إثر خروج قطار ركاب عن مساره في شمال غرب تركيا الأحد", "التلفزيون الرسمي التركي",
  "التلفزيون الرسمي التركي", "description", "أفاد", "media", "other", "clause", spk_where="after", cue_where="after",
  post=True, alt=["وزارة الصحة التركية"], notes="deck; postposed كما أفاد التلفزيون الرسمي التركي نقلا عن وزارة الصحة: conduit, the ministry is the alt")
Q(P, "indirect", "الحادث إلى سوء الأحوال الجوية", "السلطات التركية", "السلطات", "description", "وأرجعت", "institution", "Turkey",
  "nominal", notes="أرجع X إلى Y (attributed the accident to the weather): a causal claim; the object is kept")
Q(P, "indirect", "أدى خروج قطار ركاب عن مساره في شمال غرب تركيا الأحد إلى سقوط عشرة قتلى و73 جريحا على الأقل", "وزارة الصحة التركية",
  "تقارير وزارة الصحة", "description", "أفادت", "institution", "Turkey", "clause", spk_where="after", cue_where="after",
  post=True, doc=True, notes="postposed كما أفادت تقارير وزارة الصحة: the reports stand for the ministry")
Q(P, "indirect", "تم إرسال أكثر من مئة سيارة إسعاف إلى مكان الحادثّ", "التلفزيون الرسمي التركي", "التلفزيون الرسمي التركي",
  "description", "وبث", "media", "other", "clause", notes="بث أن (broadcast that); أنه left out")
Q(P, "indirect", "الحادث وقع بسبب الأحوال الجوية السيئة", "محمد جيلان", "محافظ منطقة تكيرداغ محمد جيلان", "name", "قال", "person",
  "Turkey", "clause", notes="من جهته left out; إن left out")
Q(P, "indirect", "تم إبلاغ الرئيس التركي رجب طيب أردوغان الذي يبدأ الاثنين ولاية جديدة من خمس سنوات مع سلطات معززة، وقدم تعازيه لعائلات الضحايا",
  "وكالة أنباء الأناضول", "وكالة أنباء الأناضول", "name", "بحسب", "media", "other", "clause", spk_where="after",
  cue_where="after", post=True, bl=True,
  notes="postposed بحسب ما أوردت attributes events (briefing, condolences), not a statement: borderline")
N(P, "قابي قوله", "place name, not speech")

# ---------------- SK-economy-214 ----------------
P = "SK-economy-214"
Q(P, "indirect", "تطلع سول إلى شراكة أوسع مع الإمارات التي وصلها السبت", "مون جاي إن", "رئيس كوريا الجنوبية، مون جاي إن", "name",
  "أعرب", "person", "South Korea", "nominal", notes="أعرب عن + stance noun; the setting وذلك في مستهل زيارته ... left out; clitic عن left out")
Q(P, "mixed", "يأمل في تطور علاقات البلدين من \"مرحلة الشراكة الاستراتيجية الحالية إلى مستوى أعلى لتصبح علاقات شراكة استراتيجية خاصة شاملة تتجه صوب المستقبل وآماله\"",
  "مون جاي إن", "مون", "name", "قال", "person", "South Korea", "clause",
  frags=["مرحلة الشراكة الاستراتيجية الحالية إلى مستوى أعلى لتصبح علاقات شراكة استراتيجية خاصة شاملة تتجه صوب المستقبل وآماله"],
  after="قال مون إنه", notes="إنه left out; the interview with وام is the channel")
Q(P, "direct", "بناء محطة براكة للطاقة النووية ليس مجرد مشروع بناء ضخم بقيمة 18.6 مليار دولار. فبالنسبة لكوريا الجنوبية هو أول مشروع بناء محطات للطاقة النووية خارجها وبالنسبة للإمارات العربية المتحدة فإنها تمثل أولى المحطات النووية في العالم العربي",
  "مون جاي إن", "مون", "name", "قال", "person", "South Korea", "quote", notes="relative والذي قال عنه مون ...: \"...\"")
Q(P, "direct", "ويعد مجال العلوم والتكنولوجيا وتكنولوجيا المعلومات والاتصالات مجالا واعدا للتعاون في المستقبل.. وأعتقد أن كوريا تعد أفضل شريك لدولة الإمارات العربية المتحدة التي تريد أن تكون قادرة على توفير تكنولوجيا المعلومات والاتصالات في فترة قصيرة من الزمن",
  "مون جاي إن", "الرئيس مون", "name", "وأضاف", "person", "South Korea", "quote", notes="the leading و inside the marks is kept (part of the quote)")
Q(P, "mixed", "\"تتم عمليات التفتيش النهائي على القمر الصناعي \"KALIFA-Sat\" في كوريا منذ فبراير الماضي وهو أول قمر صناعي مصنوع من تكنولوجيا الإمارات العربية المتحدة.. وكما رأينا من قبل يتوسع التعاون بين البلدين إلى مجال التعاون التكنولوجي عالي القيمة وذلك للتحضير لمرحلة الثورة الصناعية الرابعة وآمل أن يستمر هذا التعاون في المستقبل\"",
  "مون جاي إن", None, "pronoun", "وذكر", "person", "South Korea", "quote", ant="الرئيس مون",
  frags=["تتم عمليات التفتيش النهائي على القمر الصناعي \"KALIFA-Sat\" في كوريا منذ فبراير الماضي وهو أول قمر صناعي مصنوع من تكنولوجيا الإمارات العربية المتحدة.. وكما رأينا من قبل يتوسع التعاون بين البلدين إلى مجال التعاون التكنولوجي عالي القيمة وذلك للتحضير لمرحلة الثورة الصناعية الرابعة وآمل أن يستمر هذا التعاون في المستقبل"],
  notes="أنه + fully quoted proposition -> mixed (أنه left out); the nested satellite name \"KALIFA-Sat\" stays inside the fragment (not listed, as the check set's inner labels)")
N(P, "وام", "news agency name, not speech")

# ---------------- SK-economy-490 ----------------
P = "SK-economy-490"
Q(P, "mixed", "بقاءها \"بات على المحك\"", "الحكومة", "حكومي", "description", "تحذير", "institution", "France", "clause",
  frags=["بات على المحك"], after="تحذير حكومي",
  notes="noun cue تحذير حكومي بأن (deck); the adjective حكومي is the mention; بأن left out; the body gives the warning to الحكومة (لكنها حذرت)")
Q(P, "indirect", "أدى إضراب، الاثنين، إلى إلغاء نحو 15 بالمائة من رحلات الشركة إلى جميع أنحاء العالم", "أسوشيتد برس",
  "أسوشيتد برس", "name", "وفقا", "media", "other", "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed وفقا لوكالة \"أسوشيتد برس\"; leading و left out")
Q(P, "indirect", "استقالته مساء الجمعة", "جان-مارك جانايلاك", "جان-مارك جانايلاك", "name", "وأعلن", "person", "Air France",
  "nominal", bl=True, notes="announcement of his resignation (event), borderline; the بعد clause is the writer's circumstance")
Q(P, "indirect", "الإضرابات كلفتها بالفعل ما لا يقل عن 300 مليون يورو (359 مليون دولار)", "إير فرانس", "الشركة", "description",
  "أعلنت", "institution", "Air France", "clause", after="أعلنت الشركة أن")
Q(P, "indirect", "الحكومة لن تنقذ \"إير فرانس\"", "برونو لومير", "وزير المالية الفرنسي برونو لومير", "name", "قال", "person",
  "France", "clause", notes="من جانبه left out; \"إير فرانس\" is a company name (non-quote), so indirect")
Q(P, "mixed", "\"بقاءها بات على المحك\"", "الحكومة", None, "pronoun", "حذرت", "institution", "France", "quote",
  ant="الحكومة", frags=["بقاءها بات على المحك"],
  notes="لكنها حذرت بأن: feminine pronoun = الحكومة (alternative: part of Le Maire's statement, speaker برونو لومير); بأن + fully quoted proposition -> mixed")
N(P, "إير فرانس", "company name, not speech", nth="all")
N(P, "أسوشيتد برس", "news agency name, not speech")

# ---------------- SK-internationalNews-2501 ----------------
P = "SK-internationalNews-2501"
Q(P, "indirect", "موظفا سابقا بمجموعة (إن.إس.أو) المتخصصة في مراقبة الإنترنت، اتهم بسرقة حقوق ملكية فكرية ومحاولة بيعها مقابل 50 مليون دولار عن طريق الإنترنت السوداء بشكل يمكن أن يضر بأمن الدولة",
  "وزارة العدل الإسرائيلية", "وزارة العدل الإسرائيلية", "name", "قالت", "institution", "Israel", "clause", notes="إن left out")
Q(P, "indirect", "الموظف السابق (38 عاما) كان مبرمجا رئيسيا له سلطة الدخول على خوادم الشركة وأدوات حماية الملكية الفكرية",
  "وزارة العدل الإسرائيلية", "بيان للوزارة", "description", "وذكر", "institution", "Israel", "clause", doc=True,
  notes="the ministry's statement stands for the ministry")
Q(P, "indirect", "المتهم، الذي لا يمكن الكشف عن هويته في الوقت الراهن، استدعته المجموعة في 29 أبريل قبل عزله وإنه قام بعد ذلك بتنزيل برامج ومعلومات تقدر بمئات الملايين من الدولارات",
  "وزارة العدل الإسرائيلية", "الوزارة", "description", "وقالت", "institution", "Israel", "clause",
  after="وقالت الوزارة", notes="coordinated إن ... وإنه under one cue")
Q(P, "indirect", "انتحل دور متسلل ليتصل بشخص في محاولة لبيع المعلومات مقابل 50 مليون دولار بعملة افتراضية لا يمكن رصدها",
  "وزارة العدل الإسرائيلية", "البيان", "description", "وأضاف", "institution", "Israel", "clause", doc=True,
  notes="أنه left out; the negated ولم يحدد البيان هوية ... is not annotated")
Q(P, "indirect", "حقوق الملكية الفكرية والمواد الخاصة بالشركة لم تنقل لأحد أو تسرب بأي شكل ولم تتعرض بيانات ومعلومات العملاء لأي خطر",
  "إن.إس.أو", "الشركة", "description", "وقالت", "institution", "NSO Group", "clause", after="وقالت الشركة",
  notes="the relative clause in the mention's sentence left out; إن left out; ونبه المشتري المحتمل (alerting, an act) not annotated")
N(P, "سوداء", "scare quote in the headline, not speech")

# ---------------- SK-internationalNews-2731 ----------------
P = "SK-internationalNews-2731"
Q(P, "mixed", "قبول مقترح باستجواب روسي في الولايات المتحدة يتهمهم الكرملين \"بأنشطة غير قانونية\"، ومن بينهم سفير أميركي سابق في موسكو",
  "البيت الأبيض", "البيت الأبيض", "name", "يستبعد", "institution", "US", "nominal", frags=["بأنشطة غير قانونية"], bl=True,
  notes="لم يستبعد + verbal noun (as the check set's لم يستبعد مكتب التحقيقات): borderline; the nested يتهمهم الكرملين with the Kremlin's wording stays inside")
Q(P, "direct", "سيجتمع الرئيس مع فريقه وسنعلمكم عندما يكون لدينا إعلان بهذا الشأن", "سارة ساندرز", "سارة ساندرز", "name",
  "وقالت", "person", "US", "quote")
Q(P, "indirect", "سيسمح لمحققين أميركيين بحضور استجواب 12 ضابطا بالمخابرات الروسية واجهوا اتهامات، الجمعة، بشأن مزاعم شن هجمات إلكترونية للتدخل في الانتخابات الأميركية عام 2016، إذا ما تسنى للروس الشيء نفسه في الولايات المتحدة مع أشخاص على صلة بالمستثمر الأميركي بيل براودر",
  "دونالد ترامب", "ترامب", "name", "أشار", "person", "US", "clause", after="وكان ترامب قد أشار",
  notes="إلى أنه left out; pluperfect كان ... قد أشار")
Q(P, "indirect", "ساهم في كشف فساد في روسيا", "بيل براودر", "براودر", "name", "قال", "person", "other", "clause",
  after="وكان براودر قد قال", notes="إنه left out")
Q(P, "mixed", "أسماء أميركيين يريد استجوابهم بسبب \"أنشطة غير قانونية\"، ومن بينهم مايكل مكفول الذي كان سفيرا للولايات المتحدة في روسيا خلال إدارة الرئيس السابق باراك أوباما",
  "مكتب النائب العام الروسي", "مكتب النائب العام الروسي", "name", "وأدرج", "institution", "Russia", "nominal",
  frags=["أنشطة غير قانونية"], bl=True,
  notes="listing names is an act, but the quoted wording makes it a quote (guidelines exception): borderline")
N(P, "تحقيق روسي", "label in the headline, not speech")

# ---------------- SK-middleEast-1512 ----------------
P = "SK-middleEast-1512"
Q(P, "direct", "عملية البرح تشكل صفعة للحوثيين", "المقاومة اليمنية", "المقاومة اليمنية", "name", ":", "institution", "Yemen",
  "quote", region="headline", bl=True, add=("colon_speech",),
  notes="headline convention \"speaker: content\"; the body gives the claim to the resistance's Col. صادق دويد")
Q(P, "indirect", "عملية البرح تشكل صفعة لميليشيات الحوثي الإيرانية", "صادق دويد", "العقيد الركن صادق دويد", "name", "قال", "person",
  "Yemen", "clause", notes="في حوار مع \"سكاي نيوز عربية\" left out; إن left out")
Q(P, "mixed", "هذه الأخيرة \"كانت تنفذ عمليات قطع طرق وزرع ألغام ضد اليمنيين في الساحل الغربي\"", "صادق دويد",
  "العقيد الركن صادق دويد", "continuation", "مشيرا", "person", "Yemen", "clause",
  frags=["كانت تنفذ عمليات قطع طرق وزرع ألغام ضد اليمنيين في الساحل الغربي"], add=("participle_cue",), after="مشيرا إلى أن هذه")
Q(P, "indirect", "المقاومة الوطنية وألوية العمالقة والمقاومة التهامية تعمل تحت قيادة غرفة عمليات مشتركة بدعم وبإسناد كامل من قوات التحالف العربي",
  "صادق دويد", "دويد", "name", "وأعلن", "person", "Yemen", "clause")
Q(P, "mixed", "\"بانتظار ساعة الصفر من القيادة المشتركة للانطلاق بتحرير الحديدة\"", "صادق دويد", "دويد", "continuation", "مضيفا",
  "person", "Yemen", "quote", frags=["بانتظار ساعة الصفر من القيادة المشتركة للانطلاق بتحرير الحديدة"], add=("participle_cue",),
  notes="أنها + fully quoted predicate -> mixed; أنها left out")
Q(P, "indirect", "تحرير الحديدة سيقطع يد إيران من المنطقة وسيؤمن الملاحة الدولية وسيمنع التهريب", "صادق دويد", None, "pronoun",
  "أكد", "person", "Yemen", "clause", ant="دويد", notes="كما left out")
Q(P, "mixed", "\"ميناء الحديدة يمثل الشريان الرئيسي لميليشيات الحوثي\"", "صادق دويد", None, "continuation", "مشيرا", "person",
  "Yemen", "quote", ant="دويد", frags=["ميناء الحديدة يمثل الشريان الرئيسي لميليشيات الحوثي"], add=("participle_cue",),
  after="كما أكد")
Q(P, "indirect", "الانتفاض في وجه ميليشيات الحوثي الدخيلة على المجتمع اليمني", "صادق دويد", "العقيد الركن", "description",
  "ودعا", "person", "Yemen", "nominal", title=True, notes="دعا X إلى + verbal noun; addressee أبناء الساحل الغربي and clitic إلى left out")
Q(P, "mixed", "\"المغرر بهم الموجودين ضمن صفوف الميليشيا ترك القتال والعودة إلى بيوتهم\"", "صادق دويد", "العقيد الركن",
  "continuation", "طلب", "person", "Yemen", "nominal",
  frags=["المغرر بهم الموجودين ضمن صفوف الميليشيا ترك القتال والعودة إلى بيوتهم"],
  notes="كما طلب من \"...\": the marks cover the addressee and the request (verbal nouns); clitic من left out")
Q(P, "mixed", "انهيارات \"كبيرة\" بصفوف ميليشيات الحوثي، وسط استمرار تقدم المقاومة اليمنية، بإسناد من القوات المسلحة الإماراتية، على جبهة الساحل الغربي",
  "مصادر ميدانية في اليمن", "مصادر ميدانية في اليمن", "description", "وكشفت", "anonymous", "other", "nominal",
  frags=["كبيرة"], notes="كشف عن + noun stating a claim (not topic-only); clitic عن left out")
N(P, "سكاي نيوز عربية", "TV channel name, not speech")

# ---------------- SK-middleEast-1514 ----------------
P = "SK-middleEast-1514"
Q(P, "direct", "قصف إسرائيلي لمستودع أسلحة بريف دمشق", "المرصد السوري لحقوق الإنسان", "المرصد", "name", ":", "institution",
  "other", "quote", region="headline", bl=True, add=("colon_speech",), notes="headline convention \"speaker: content\"")
Q(P, "indirect", "قصفا إسرائيليا استهدف مستودع أسلحة بريف دمشق، يعتقد تبعيته لإيران", "المرصد السوري لحقوق الإنسان",
  "المرصد السوري لحقوق الإنسان", "name", "قال", "institution", "other", "clause",
  notes="addressee لـسكاي نيوز عربية left out; the passive يعتقد stays in (same sentence)")
Q(P, "mixed", "الدفاعات الجوية السورية \"تصدت لصاروخين إسرائيليين ودمرتهما\" في منطقة الكسوة بريف دمشق", "وكالة الأنباء السورية",
  "وكالة الأنباء السورية \"سانا\"", "name", "نقلت", "media", "other", "clause", frags=["تصدت لصاروخين إسرائيليين ودمرتهما"],
  alt=["مصدر عسكري"], notes="conduit نقلت عن مصدر عسكري، قوله إن: the agency is the grammatical reporting subject, the source the alt")
Q(P, "indirect", "ضربة جوية إسرائيلية استهدفت موقعا للجيش السوري بمنطقة الكسوة، دون أن تسفر عن سقوط قتلى أو جرحى",
  "قائد عسكري موال للرئيس السوري بشار الأسد", "قائد عسكري موال للرئيس السوري بشار الأسد", "description", "وقال", "anonymous",
  "Syria", "clause", alt=["وكالة رويترز"], notes="postposed conduit وفق ما ذكرت وكالة رويترز -> alt")
Q(P, "mixed", "إسرائيل \"نشهد محاولات إيرانية لمهاجمتها من الأراضي السورية\"", "أفيخاي أدرعي",
  "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي", "name", "قال", "person", "Israel", "clause",
  frags=["نشهد محاولات إيرانية لمهاجمتها من الأراضي السورية"], notes="من جانبه left out; the person mismatch (إسرائيل + نشهد) kept as written")
Q(P, "mixed", "إسرائيل \"في حالة جاهزية عليا دفاعيا وهجوميا\"، وأن مهاجمتها \"ستواجه برد قوي من قبل قوات الجيش. وقد أعذر من أنذر\"",
  "أفيخاي أدرعي", None, "pronoun", "وأشار", "person", "Israel", "clause", ant="أفيخاي أدرعي",
  frags=["في حالة جاهزية عليا دفاعيا وهجوميا", "ستواجه برد قوي من قبل قوات الجيش. وقد أعذر من أنذر"],
  notes="coordinated أن-clauses under one cue: one record with two fragments")
Q(P, "indirect", "انسحاب بلاده من الاتفاق النووي المبرم مع إيران", "دونالد ترامب", "الرئيس الأميركي دونالد ترامب", "name", "إعلان",
  "person", "US", "nominal", bl=True, notes="noun cue إعلان of an act (withdrawal) inside a time phrase: event announcement, borderline")
N(P, "سانا", "news agency name, not speech")

# ---------------- SK-sport-1450 ----------------
P = "SK-sport-1450"
Q(P, "indirect", "لم يستطع حتى الان هضم الخسارة الأولى الخميس 114-124 بعد التمديد", "ليبرون جيمس", "ليبرون جيمس", "name", "أكد",
  "person", "other", "clause", notes="أنه left out; the title نجم كليفلاند كافاليرز precedes the name")
Q(P, "direct", "إنها إحدى أصعب الهزائم التي عشتها في مسيرتي بسبب سير المباراة ولأننا لعبنا بشكل جيد", "ليبرون جيمس", "جيمس",
  "name", "وقال", "person", "other", "quote", notes="juxtaposed quote without colon")
Q(P, "direct", "الساعات الـ24 الأخيرة كانت صعبة للغاية ليس فقط بالنسبة إلى (جورج) هيل ولي شخصيا، وإنما بالنسبة إلى الجميع في النادي لأننا كنا في موقف جيد للفوز بتلك المباراة",
  "ليبرون جيمس", None, "pronoun", "وأضاف", "person", "other", "quote", ant="جيمس", notes="the bracketed (جورج) stays in")
Q(P, "direct", "سننتقل إلى شيء آخر، لقد استيقظت السبت بحماس كبير للانخراط في التدريب ولمباراة الأحد (التي تقام أيضا على ملعب وريورز في أوكلاند)",
  "ليبرون جيمس", "جيمس", "continuation", "وقال", "person", "other", "quote", after="ولم يستسلم جيمس",
  notes="coordinated وقال after ولم يستسلم جيمس ...; the bracketed editorial insertion stays in the span")
Q(P, "direct", "لا يوجد شيء آخر يتعين علي القيام به", "ليبرون جيمس", "أفضل مسجل في البلاي أوف في تاريخ البطولة", "description",
  "وقال", "person", "other", "quote", notes="description mention (the play-off top scorer) = جيمس")
N(P, "ملك كافاليرز", "nickname in the headline, not speech")
N(P, "النهائي الأول", "label in the headline, not speech")

# ---------------- SK-sport-2047 ----------------
P = "SK-sport-2047"
Q(P, "direct", "نيمار ليس ممثلا ولديه مزايا خارقة", "روميلو لوكاكو", "لوكاكو", "name", ":", "person", "other", "quote",
  region="headline", bl=True, add=("colon_speech",), notes="headline convention \"speaker: content\"")
Q(P, "direct", "نيمار ليس ممثلا، المنافسون أكثر صرامة عندما يواجهونه، يعرقلونه لأن لديه مزايا خارقة للعادة", "روميلو لوكاكو",
  "لوكاكو", "name", "وقال", "person", "other", "quote",
  notes="the preceding دافع ... عن البرازيلي نيمار (defence of a target, an act) is not annotated")
Q(P, "indirect", "غضبه من السخرية التي يتعرض لها نيمار", "روميلو لوكاكو", "لوكاكو", "continuation", "أبدى", "person", "other",
  "nominal", notes="أبدى غضبه من (= أعرب عن): stance noun inside the بعد phrase")
Q(P, "direct", "أنا متأكد من أنه سيكون الأفضل في العالم يوما ما ، وأنا سعيد جدا لأنني سأواجهه", "روميلو لوكاكو", "لوكاكو", "name",
  "وتابع", "person", "other", "quote")
Q(P, "indirect", "يمكن كسر قوة دفاعهم الصلب الذي استقبل هدفا واحد فقط حتى الآن في المونديال", "روميلو لوكاكو", "لوكاكو",
  "continuation", "مستدركا", "person", "other", "clause", alt=["صحيفة تليغراف"], add=("participle_cue",),
  notes="أنه left out; postposed conduit بحسب ما ذكرت صحيفة \"تليغراف\" -> alt; أشاد بالفريق البرازيلي (praise of a target) not annotated")
Q(P, "direct", "سنلعب ضد أفضل فريق متواجد حاليا في كأس العالم، وهو المرشح الأبرز لنيل القلب", "روميلو لوكاكو",
  "نجم مانشستر يونايتد الإنجليزي", "description", "وختم", "person", "other", "quote", notes="وختم ... كلامه بالقول:")
Q(P, "direct", "سيكون تحديا كبيرا لنا أن نكتشف إمكانيات منتخبنا أمام السامبا، فالبرازيل حاليا بدون نقاط ضعف، لاسيما على مستوى خط الدفاع، ومع ذلك أعتقد أننا قادرون على الفوز",
  "روميلو لوكاكو", None, "pronoun", "وأضاف", "person", "other", "quote", ant="نجم مانشستر يونايتد الإنجليزي")
N(P, "تليغراف", "newspaper name, not speech")
