# ---------------- AL-culture-181 ----------------
P = "AL-culture-181"
Q(P, "indirect", "إهدائها إلى والدته وكافة الأمهات اللاتي قمن بتربية أبنائهن", "رامي جمال", "المطرب المصري، رامي جمال",
  "name", "وأعلن", "person", "other", "nominal", bl=True,
  notes="أعلن عن + verbal noun (dedicating the song): announcement of an act, borderline (event announcement); subject is the relative الذي = رامي جمال; clitic عن left out")
Q(P, "indirect", "الأغنية التي كتب كلماتها محمد عاطف ولحنها مدين، هي أقل ما يمكن تقديمه للأم للتعبير عن الشكر والتقدير",
  "رامي جمال", "المطرب المصري، رامي جمال", "continuation", "معتبرا", "person", "other", "clause",
  notes="participle in the same sentence as the named singer; اعتبر أن + clause (stated opinion)")
Q(P, "indirect", "طرح أغنية \"أمي\" احتفالا بهذه المناسبة، وتلبية لرغبة والدته التي طالبته بأن يهديها في عيد الأم أغنية خاصة بها",
  "أحمد سعد", "المطرب المصري أحمد سعد", "name", "أعلن", "person", "other", "nominal", bl=True,
  notes="أعلن عن طرح أغنية: release announcement (event), borderline; \"أمي\" is a song title (non-quote) so indirect; the nested طالبته (his mother) stays inside; the following وهو ما اعتبره ... is anaphoric (ما) and not annotated")
Q(P, "indirect", "استعدادها لتحمل مسؤولية طفلها بكل حب", "كارمن سليمان", "كارمن سليمان", "continuation", "وأعربت",
  "person", "other", "nominal",
  notes="أعرب عن + stance noun; coordinated verb in the sentence that names her (subject of قررت); clitic عن left out; قررت ... أن تطلق (decision) not annotated")
N(P, "عيد الأم", "name of the occasion (Mother's Day) in the headline, not speech")
N(P, "واقفة جنبي", "song title, not speech")
N(P, "ذا فويس كيدز", "TV programme name, not speech")
N(P, "MBC", "TV channel name, not speech")
N(P, "مشوفتش زي أمي", "song title, not speech")
N(P, "حبها فرض", "song title, not speech")
N(P, "أمي", "song title, not speech")
N(P, "أرب أيدول", "TV programme name, not speech")
N(P, "حاسة بسعادة", "song title, not speech")
N(P, "ست الكل", "song title, not speech")

# ---------------- AL-economy-893 ----------------
P = "AL-economy-893"
Q(P, "indirect", "نفاد الاحتياطي العام للدولة", "نايف الحجرف", "#وزير_المالية _الكويتي نايف الحجرف", "name", "تحذيره",
  "person", "Kuwait", "nominal",
  notes="noun cue: جدد تحذيره بـ + verbal noun (renewed his warning of depletion); clitic بـ left out")
Q(P, "indirect", "الخزينة او الاحتياطي العام تواجه مخاطر نفاد السيولة، وهي اليوم عند 13.2 مليار دينار أو نحو 44 مليار دولار",
  "نايف الحجرف", "#وزير_المالية _الكويتي نايف الحجرف", "continuation", "كشف", "person", "Kuwait", "clause",
  notes="حيث كشف في بيان صحافي اليوم أن: zero subject = the minister named in the sentence; the channel (في بيان صحافي) left out; the trailing وهي اليوم عند ... kept (same sentence)")
Q(P, "mixed", "نفاد الاحتياطي سيتم \"ما لم يتم اتخاذ إجراءات إصلاحية ووقف الهدر والصرف خارج أبواب الميزانية من خلال إصدار تشريعات ذات كلفة مالية\"",
  "نايف الحجرف", "الحجرف", "pronoun", "قال", "person", "Kuwait", "clause",
  frags=["ما لم يتم اتخاذ إجراءات إصلاحية ووقف الهدر والصرف خارج أبواب الميزانية من خلال إصدار تشريعات ذات كلفة مالية"],
  notes="حيث قال إن: zero subject referring to الحجرف (possessor in وجاء كلام الحجرف) in the same sentence; إن left out")
Q(P, "indirect", "أداء #صندوق_الأجيال_القادمة (صندوق الاستثمار السيادي للدولة) متين متانة ونمو أصول \"الأجيال القادمة\"، وأداؤه جيد حيث كان الأعلى في تاريخ الصندوق",
  "نايف الحجرف", "الحجرف", "name", "وقال", "person", "Kuwait", "clause",
  notes="the bracketed gloss stays in; \"الأجيال القادمة\" is the fund's name (non-quote), so indirect")
N(P, "جرس خطر", "metaphor in scare quotes in the headline (sounds the alarm bell), no speech")
N(P, "الأجيال القادمة", "name of the fund (Future Generations Fund), not speech")

# ---------------- AL-internationalNews-1041 ----------------
P = "AL-internationalNews-1041"
Q(P, "indirect", "عدم الانسحاب من اتفاق إيران النووي", "بريطانيا", "بريطانيا", "name", "تحث", "institution", "UK", "nominal",
  region="headline",
  notes="headline; حث X لـ + verbal noun (urged Trump not to withdraw): an appeal, as دعا X إلى; addressee ترمب and the clitic لـ left out")
Q(P, "indirect", "عدم الانسحاب من الاتفاق النووي مع إيران مع اقتراب موعد تجديد الالتزام به", "بريطانيا", "بريطانيا", "name",
  "ناشدت", "institution", "UK", "nominal",
  notes="ناشد X + verbal noun (appealed to Trump not to withdraw); addressee الرئيس الأميركي دونالد ترمب left out; the temporal مع اقتراب ... kept to the clause end; بريطانيا = the British government, whose position the next line gives to Boris Johnson (metonym kept, as أنقرة in ant_check)")
Q(P, "indirect", "لا يوجد بديل أفضل منه على الرغم من عيوبه", "بريطانيا", "بريطانيا", "continuation", "بقولها", "institution",
  "UK", "clause", notes="noun cue بقولها إنه (by saying that); إنه left out")
Q(P, "indirect", "الانسحاب من الاتفاق في موعد تجديد الالتزام به في 12 مايو/أيار", "دونالد ترمب", "ترمب", "name", "وهدد",
  "person", "US", "nominal", notes="هدد بـ + verbal noun (threat); clitic بـ left out")
Q(P, "mixed", "إصلاح ثغرات فيه وصفها بأنها \"كارثية\"", "دونالد ترمب", "ترمب", "continuation", "داعياً", "person", "US",
  "nominal", frags=["كارثية"],
  notes="دعا X إلى + verbal noun; addressee حلفاءه الأوروبيين left out; the nested وصفها بأنها \"كارثية\" (same speaker, inside the complement) is not a separate record")
Q(P, "indirect", "إعادة فرض العقوبات التي رفعت بعد توقيع الاتفاق في يوليو/تموز 2015 بين إيران وبريطانيا والصين وفرنسا وألمانيا وروسيا والولايات المتحدة في عهد باراك أوباما",
  "دونالد ترمب", "ترمب", "continuation", "وهدد", "person", "US", "nominal", after="وهدد بإعادة",
  notes="coordinated main verb with its own cue (second وهدد); the background relative clause kept to the sentence end")
Q(P, "indirect", "لم تجن ثمار التزامها بنود الاتفاق", "إيران", "إيران", "name", "تقول", "institution", "Iran", "clause",
  after="لكن إيران تقول", notes="إنها left out")
Q(P, "direct", "عند هذا المنعطف الدقيق، سيكون من الخطأ التخلي عن الاتفاق النووي وإزالة القيود التي وضعها على إيران",
  "بوريس جونسون", "بوريس جونسون", "name", "وكتب", "person", "UK", "quote", after="وكتب بوريس جونسون",
  notes="article in the New York Times (written words); final . outside the marks")
Q(P, "mixed", "مفتشي الوكالة الدولية للطاقة الذرية مُنحوا صلاحيات إضافية لمراقبة المنشآت النووية الإيرانية، الأمر الذي \"يزيد من احتمال رصدهم أي محاولة لصنع سلاح\" من هذا النوع",
  "بوريس جونسون", None, "continuation", "وأضاف", "person", "UK", "clause", ant="بوريس جونسون",
  frags=["يزيد من احتمال رصدهم أي محاولة لصنع سلاح"])
Q(P, "direct", "الآن، بعد وضع هذه الأصفاد في مكانها، لا أرى أي ميزة محتملة في وضعها جانباً. إيران ستكون الرابح الوحيد من التخلي عن القيود المفروضة على برنامجها النووي",
  "بوريس جونسون", "جونسون", "name", "وكتب", "person", "UK", "quote")
Q(P, "direct", "أعتقد أن إبقاء القيود التي وضعها الاتفاق على البرنامج النووي الإيراني سيساعد أيضاً في التصدي لسلوك إيران العدواني الإقليمي. هناك أمر واحد أنا واثق منه: كل بديل متاح أسوأ (من الاتفاق). المسار الأكثر حكمة يتمثل في تحسين الأصفاد بدلا من كسرها",
  "بوريس جونسون", None, "continuation", "وأضاف", "person", "UK", "quote", ant="جونسون",
  notes="وأضاف، \"...\": comma instead of a colon; the bracketed (من الاتفاق) is an editorial insertion and stays in")
N(P, "نيويورك تايمز", "newspaper name, not speech")

# ---------------- AL-internationalNews-1251 ----------------
P = "AL-internationalNews-1251"
Q(P, "direct", "واشنطن وبكين قد تتفقان على حساب أوروبا", "باريس", "باريس", "name", "..", "institution", "France", "quote",
  region="headline", bl=True, cue_where="in" if False else "before", add=("colon_speech",),
  notes="headline convention \"speaker.. content\" with .. in place of the colon; باريس = the French government (its economy minister in the body); borderline")
Q(P, "indirect", "أوروبا قد تدفع الثمن في حال إبرام اتفاق تجاري بين #الصين والولايات المتحدة", "برونو لو مير",
  "وزير الاقتصاد الفرنسي، برونو لو مير", "name", "حذر", "person", "France", "clause",
  notes="حذر من أن; the writer's وذلك بعد حل خلافاتهما على ما يبدو left out (circumstance)")
Q(P, "direct", "قد يحصل الاتفاق بين الولايات المتحدة والصين على حساب أوروبا إذا لم تكن أوروبا قادرة على إظهار الحزم",
  "برونو لو مير", "الوزير", "description", "وقال", "person", "France", "quote", title=True,
  notes="quote after a comma; the programme's outlets are non-quotes")
Q(P, "direct", "تريد الولايات المتحدة أن تدفع أوروبا والبلدان الأوروبية ثمن سوء تصرفات الصين. وهذا منافٍ للمنطق وغير مفهوم إطلاقا بالنسبة لحلفاء",
  "برونو لو مير", None, "continuation", "وأضاف", "person", "France", "quote", ant="الوزير", add=("title_only",))
Q(P, "mixed", "التوصل \"إلى تفاهم لاتخاذ تدابير من أجل خفض عجز الولايات المتحدة في مجال تبادل السلع مع الصين إلى حد كبير\"",
  "الصين والولايات المتحدة", "#بكين وواشنطن", "name", "وأعلنت", "group", "other", "nominal",
  frags=["إلى تفاهم لاتخاذ تدابير من أجل خفض عجز الولايات المتحدة في مجال تبادل السلع مع الصين إلى حد كبير"],
  notes="joint announcement (أعلن + verbal noun with quoted wording); group entity Beijing and Washington (members الصين, الولايات المتحدة)")
Q(P, "mixed", "الرئيس الفرنسي، إيمانويل #ماكرون، \"كان واضحا جدا: لا يمكن القيام بأي شيء ما لم يحصل إعفاء نهائي وتام من الرسوم الأميركية\"",
  "برونو لو مير", "الوزير", "description", "وبحسب", "person", "France", "clause", title=True,
  frags=["كان واضحا جدا: لا يمكن القيام بأي شيء ما لم يحصل إعفاء نهائي وتام من الرسوم الأميركية"],
  notes="preposed بحسب; content after فإن (left out); Macron is the topic of the minister's words, not a separate record")
Q(P, "indirect", "فرض الرسوم الجمركية بنسبة 25 بالمئة على واردات الصلب و10 بالمئة على وارادات الألمنيوم مع إعفاء بعض الشركاء على غرار كندا والمكسيك",
  "دونالد ترمب", "الرئيس الأميركي، دونالد #ترمب", "name", "وأعلن", "person", "US", "nominal",
  notes="أعلن + verbal noun (announced the tariffs: a policy); the next sentence كما أعفى ... is an action")
Q(P, "indirect", "الاتحاد الأوروبي مستعد لاتخاذ إجراءات مضادة تتعلق بسلسلة من المنتجات الأميركية الشهيرة على غرار الجينز والويسكي إذا فرضت #واشنطن رسوماً جمركية على منتجاتها من الصلب والألمنيوم",
  "المفوضية الأوروبية", "المفوضية الأوروبية", "name", "وأبلغت", "institution", "EU", "clause",
  notes="أبلغ X أن (informed the WTO that); addressee left out")
N(P, "أوروبا 1", "radio station name, not speech")
N(P, "لي زيكو", "newspaper name (Les Echos), not speech")
N(P, "سي نيوز", "TV channel name (CNews), not speech")

# ---------------- BB-internationalNews-807 ----------------
P = "BB-internationalNews-807"
Q(P, "direct", "خطة ماي بشأن البريكست ستقضي على أي اتفاق تجاري مع واشنطن", "دونالد ترامب", "ترامب", "name", ":",
  "person", "US", "quote", region="headline", bl=True, notes="headline convention \"speaker: content\"")
Q(P, "indirect", "بريطانيا لن تتمكن على الأرجح من إبرام اتفاقية مع الولايات المتحدة إذا أصرت تيريزا ماي، رئيسة الوزراء البريطانية، على خطة البريكست (الخروج من الاتحاد الأوروبي)",
  "دونالد ترامب", "الرئيس الأمريكي دونالد ترامب", "name", "قال", "person", "US", "clause",
  notes="إن left out; the bracketed gloss stays in")
Q(P, "mixed", "\"خطة ماي ستقضي على الأرجح على الاتفاقية، لأنهم إذا أبرموا اتفاقاً كهذا، فسنكون بذلك نتعامل مع الاتحاد الأوروبي بدلاً من التعامل مع بريطانيا\"",
  "دونالد ترامب", "ترامب", "name", "وصرح", "person", "US", "quote",
  frags=["خطة ماي ستقضي على الأرجح على الاتفاقية، لأنهم إذا أبرموا اتفاقاً كهذا، فسنكون بذلك نتعامل مع الاتحاد الأوروبي بدلاً من التعامل مع بريطانيا"],
  notes="أن + fully quoted proposition -> mixed; addressee لصحيفة \"ذي صن\" left out")
Q(P, "mixed", "\"البريكست فرصة للنمو الاقتصادي في بريطانيا والولايات المتحدة\"", "تيريزا ماي", "ماي", "name", "وترى",
  "person", "UK", "quote", frags=["البريكست فرصة للنمو الاقتصادي في بريطانيا والولايات المتحدة"],
  notes="رأى إن (sic) + fully quoted proposition: a belief verb, but the quoted wording makes it her stated view (guidelines exception)")
Q(P, "mixed", "وزير الخارجية السابق بوريس جونسون سيكون \"رئيس حكومة عظيماً\"", "دونالد ترامب", "ترامب", "name", "وقال",
  "person", "US", "clause", frags=["رئيس حكومة عظيماً"], after="وقال ترامب أيضاً")
Q(P, "mixed", "\"قام بعمل سيء\"", "دونالد ترامب", "ترامب", "continuation", "قائلاً", "person", "US", "quote",
  frags=["قام بعمل سيء"],
  notes="جدد ... انتقاده لعمدة لندن (criticism with a target only) is not a record; the participle قائلاً إنه carries the content (إنه left out); the writer's gloss في إشارة ... left out")
Q(P, "mixed", "\"الرئيس الأمريكي يحترم ماي كثيراً، وهو لم يقل أي شيء يسيء إليها\"", "سارة ساندرز", "سارة ساندرز", "name",
  "قالت", "person", "US", "quote", frags=["الرئيس الأمريكي يحترم ماي كثيراً، وهو لم يقل أي شيء يسيء إليها"],
  notes="White House press secretary (not given a title in the article)")
Q(P, "mixed", "\"الخطة التي قدمتها ماي أمام البرلمان بشأن العلاقة بين بريطانيا والاتحاد الأوروبي بعد بريسكت\"",
  "دونالد ترامب", "ترامب", "name", "وقال", "person", "US", "quote",
  frags=["الخطة التي قدمتها ماي أمام البرلمان بشأن العلاقة بين بريطانيا والاتحاد الأوروبي بعد بريسكت"],
  notes="the quoted proposition is truncated in the source (no predicate); kept as written; addressee للصحيفة left out")
Q(P, "mixed", "\"هذا الاتفاق مختلف كثيراً عن الاتفاق الذي صوت عليه الشعب البريطاني\"", "دونالد ترامب", "ترامب",
  "continuation", "مضيفاً", "person", "US", "quote",
  frags=["هذا الاتفاق مختلف كثيراً عن الاتفاق الذي صوت عليه الشعب البريطاني"])
Q(P, "direct", "لقد أخبرت تيريزا ماي أنني كنت سأتعامل مع البريكست بطريقة مختلفة، وأخبرتها كيفية فعل ذلك، لكنها لم توافق، لم تستمع إلي، وأرادت أن تسلك طريقاً مختلفاً",
  "دونالد ترامب", None, "continuation", "وأضاف", "person", "US", "quote", ant="ترامب")
Q(P, "indirect", "لن يسمح للبالون بالتحليق فوق منتجع ترامب للغولف في ترنبري", "الشرطة الاسكتلندية", "الشرطة الاسكتلندية",
  "name", "قالت", "institution", "UK", "clause", notes="إنه left out")
N(P, "ذي صن", "newspaper name (The Sun), not speech")

# ---------------- BB-middleEast-513 ----------------
P = "BB-middleEast-513"
Q(P, "mixed", "إسرائيل استعملت قوة \"غير متكافئة إطلاقا\" في تعاملها مع احتجاجات الفلسطينيين على حدود غزة، التي أسفرت عن مقتل أكثر من 100 شخص",
  "زيد رعد الحسين", "مفوض الأمم المتحدة لحقوق الإنسان", "description", "قال", "person", "UN", "clause", title=True,
  frags=["غير متكافئة إطلاقا"], notes="the commissioner is named in the next sentence; relative clause kept to the sentence end")
Q(P, "mixed", "سكان غزة \"محاصرون في ظروف سيئة جدا\"، وأن احتلال إسرائيل لغزة لابد أن ينتهي", "زيد رعد الحسين",
  "زيد رعد الحسين", "name", "وأضاف", "person", "UN", "clause", frags=["محاصرون في ظروف سيئة جدا"],
  notes="two coordinated أن-clauses under one cue: one record")
Q(P, "indirect", "المتشددين الذين يحكمون غزة هم الذين تعمدوا دفع الناس إلى الخطر", "سفيرة إسرائيل لدى المنظمة الدولية",
  "سفيرة إسرائيل لدى المنظمة الدولية", "description", "وقالت", "anonymous", "Israel", "clause",
  notes="unnamed ambassador: entity spelled as the article gives it")
Q(P, "mixed", "\"إرهابيين أرادوا استغلال الاحتجاجات للتسلل إلى إسرائيل وتنفيذ هجمات\"", "الحكومة الإسرائيلية",
  "الحكومة الإسرائيلية", "name", "وقالت", "institution", "Israel", "quote",
  frags=["إرهابيين أرادوا استغلال الاحتجاجات للتسلل إلى إسرائيل وتنفيذ هجمات"], after="وقالت الحكومة")
N(P, "غير متكافئة", "headline wording of the commissioner's quote with no speaker or cue in the headline (alternative: a quote of زيد رعد الحسين)")
N(P, "مسيرة العودة الكبرى", "slogan/name of the protests, not speech")

# ---------------- BB-sport-313 ----------------
P = "BB-sport-313"
Q(P, "mixed", "الفيديو أحيل إلى \"الإدارة المختصة\"", "الشرطة", "الشرطة", "name", "وأكدت", "institution", "UK", "clause",
  frags=["الإدارة المختصة"], notes="the channel في تغريدة left out; the police force is not named (Merseyside)")
Q(P, "indirect", "النادي أبلغ الشرطة بعد نقاشات مع اللاعب", "متحدث باسم النادي", "متحدث باسم النادي", "description",
  "وقال", "anonymous", "Liverpool FC", "clause")
Q(P, "indirect", "أي إجراء بشأن اللاعب المصري فيما يتعلق بما حدث سيكون مسألة داخل النادي", "متحدث باسم النادي", None,
  "continuation", "وأضاف", "anonymous", "Liverpool FC", "clause", ant="متحدث باسم النادي")
Q(P, "direct", "بعد نقاش مع اللاعب، أحاط النادي الشرطة علما بالفيديو والظروف التي صور فيها", "متحدث باسم النادي",
  "المتحدث باسم النادي", "description", "وقال", "anonymous", "Liverpool FC", "quote", drop=("variant_form",))
Q(P, "direct", "لقد تحدثنا مع اللاعب أيضا وسوف نتابع الأمر داخليا", "متحدث باسم النادي", None, "continuation", "وأضاف",
  "anonymous", "Liverpool FC", "quote", ant="المتحدث باسم النادي", drop=("variant_form",))
Q(P, "direct", "أنه لا النادي ولا اللاعب سوف يكون لهما أي تعليق آخر على الأمر", "متحدث باسم النادي", "المتحدث",
  "description", "وأكد", "anonymous", "Liverpool FC", "quote", title=True,
  notes="the complementizer أنه is inside the marks: kept as written, direct (as dev CN-middleEast-481#3)")
N(P, "فيديو ظهر فيه وهو يستخدم هاتفة خلال قيادة السيارة", "headline: quoted description of the video with no speaker or cue; the topic label محمد صلاح: is not a speaker (BBC topic-colon headline)")

# ---------------- BB-technology-88 ----------------
P = "BB-technology-88"
Q(P, "indirect", "شركة كامبريدج أناليتيكا جمعت بيانات 50 مليون حساب على فيسوك دون علم المستخدمين بذلك",
  "أوبزرفر ونيويورك تايمز", "تحقيقات لصحيفتي \"أوبزرفر\" البريطانية و\"نيويورك تايمز\" الأمريكية", "description",
  "وذكرت", "media", "other", "clause", doc=True,
  notes="investigations of two newspapers -> their issuers, a group entity (members صحيفة أوبزرفر, نيويورك تايمز)")
Q(P, "indirect", "ارتكاب أي مخالفات قانونية", "فيسبوك وكامبريدج أناليتيكا", "فيسبوك وكامبريدج أناليتيكا", "name", "وينفي",
  "group", "other", "nominal", notes="denial (نفى + verbal noun); group of the two companies")
Q(P, "indirect", "كوغان باع هذه البيانات لشركة كامبريدج أناليتيكا بالمخالفة لسياسات فيسبوك", "تقارير", "تقارير",
  "description", "وتقول", "media", "other", "clause", notes="unnamed reports")
Q(P, "mixed", "عمل مع كوغان في مشروع لـ \"لجمع ملفات ملايين المستخدمين\"", "واشٍ، عمل مع كامبريدج أناليتيكا",
  "واشٍ، عمل مع كامبريدج أناليتيكا", "description", "وقال", "anonymous", "other", "clause",
  frags=["لجمع ملفات ملايين المستخدمين"],
  notes="anonymous whistleblower, entity spelled as the article gives it; addressee لصحيفة الغارديان left out; إنه left out")
Q(P, "direct", "استغللنا فيسبوك... وصممنا نماذج لاستغلال ما نعرفه عنهم واستهداف نقاط ضعفهم. هذا هو الأساس الذي بنيت عليه الشركة بأكملها",
  "واشٍ، عمل مع كامبريدج أناليتيكا", None, "continuation", "وأضاف", "anonymous", "other", "quote",
  ant="واشٍ، عمل مع كامبريدج أناليتيكا", notes="final . inside the marks left out")
Q(P, "indirect", "بمجرد أن علمت بطرق جمع كوغان لهذه البيانات، قامت بحذف جميع السجلات ذات الصلة في ديسمبر/ كانون أول عام 2015",
  "كامبريدج أناليتيكا", "كامبريدج أناليتيكا", "name", "قالت", "institution", "Cambridge Analytica", "clause",
  after="لكن كامبريدج أناليتيكا قالت", notes="إنها left out")
Q(P, "indirect", "لم تستخدم تلك البيانات في الخدمات التي قدمتها لحملة ترامب الانتخابية، ولم تستخدم أو تحتفظ ببيانات خاصة بملفات فيسبوك",
  "كامبريدج أناليتيكا", None, "continuation", "وأضافت", "institution", "Cambridge Analytica", "clause",
  ant="كامبريدج أناليتيكا", notes="أنها left out; a related-story line intervenes")
Q(P, "indirect", "جمع البيانات لم يكن اختراقا أو خرقا لسياسات الموقع", "متحدث باسم فيسبوك", "متحدث باسم فيسبوك",
  "description", "قال", "anonymous", "Facebook", "clause")
Q(P, "direct", "المستخدمون قدموا معلوماتهم عن دراية كاملة، ولم يُجر التسلل إلى أي أنظمة ولم تخترق أو تسرق كلمات مرور أو معلومات حساسة",
  "فيسبوك", "فيسبوك", "name", "وأضافت", "institution", "Facebook", "quote",
  notes="وأضافت فيسبوك: the company itself after its spokesman (kept as the grammatical subject); final . inside the marks left out")
Q(P, "indirect", "الحادثة معروفة منذ أكثر من عامين", "صحيفة أوبزرفر", "صحيفة أوبزرفر البريطانية", "name", "وتقول",
  "media", "other", "clause")
Q(P, "indirect", "تحرك فيسبوك بإيقاف كامبريدج أناليتيكا وشركتها الأم \"إس سي إل\" هذا الأسبوع جاء بعد أربعة أيام من اتصال مراسلينا بشبكة التواصل الاجتماعي للتعليق على تقريرهم المزمع نشره",
  "صحيفة أوبزرفر", "الصحيفة", "description", "قالت", "media", "other", "clause", title=True,
  notes="\"إس سي إل\" is a company name (non-quote), so indirect; first person مراسلينا kept as written")
Q(P, "mixed", "\"تجري تحقيقات في الملابسات التي ربما جمعت فيها بيانات على فيسبوك أو استخدمت بطريقة غير قانونية.\"",
  "مكتب مفوض المعلومات البريطاني", "مكتب مفوض المعلومات البريطاني", "name", "قال", "institution", "UK", "quote",
  frags=["تجري تحقيقات في الملابسات التي ربما جمعت فيها بيانات على فيسبوك أو استخدمت بطريقة غير قانونية"],
  notes="إنه + fully quoted proposition -> mixed; the apposition وهي الهيئة ... is the writer's gloss; final . inside the marks left out of the fragment")
N(P, "أوبزرفر", "newspaper name (The Observer), not speech")
N(P, "نيويورك تايمز", "newspaper name, not speech")
N(P, "ساهمت", "scare quotes in a related-story link (boilerplate)")
N(P, "ذِس إز يور ديجيتال لايف", "app name, not speech")
N(P, "إس سي إل", "company name (SCL), not speech")

# ---------------- CN-economy-21 ----------------
P = "CN-economy-21"
Q(P, "direct", "ستدر المليارات على خزينتنا", "بنيامين نتنياهو", "ونتنياهو", "name", ":", "person", "Israel", "quote",
  region="headline", bl=True, notes="headline convention \"speaker: content\" (second clause of the headline); the mention carries the conjunction clitic و")
Q(P, "mixed", "\"ستجعل إسرائيل لاعبا في مرافق الطاقة الإقليمية،\"", "يوفال شتاينيتص",
  "وزير الطاقة الإسرائيلي، يوفال شتاينيتص", "name", "وصفها", "person", "Israel", "quote", objpred=True,
  frags=["ستجعل إسرائيل لاعبا في مرافق الطاقة الإقليمية"], alt=["هيئة البث الإسرائيلية"],
  notes="relative clause صفقة وصفها X بأنها \"...\": span is the quoted predicate; the comma inside the marks is left out of the fragment; postposed conduit وفقا لما نقلته هيئة البث الإسرائيلية -> alt")
Q(P, "indirect", "هذه الصفقة تمتد لعشر سنوات وتبلغ قيمتها 15 مليار دولار", "هيئة البث الإسرائيلية", "تقرير الهيئة",
  "description", "وذكر", "media", "other", "clause", doc=True, notes="the broadcaster's report -> its issuer")
Q(P, "indirect", "تعتبر أكبر صفقة بين البلدين منذ توقيع معاهدة السلام", "هيئة البث الإسرائيلية", "تقرير الهيئة",
  "continuation", "لافتا", "media", "other", "clause", doc=True, notes="لافتا إلى أنها: أنها left out")
Q(P, "mixed", "\"توقيع اتفاقين في إطار هذه الصفقة بين شركة ديليك الإسرائيلية، مالكة منشآتي الغاز ليفياتان وتامار وشركة دولفينيوس المصرية في القاهرة،\"",
  "هيئة البث الإسرائيلية", "تقرير الهيئة الإسرائيلية", "description", "ولفت", "media", "other", "nominal", doc=True,
  frags=["توقيع اتفاقين في إطار هذه الصفقة بين شركة ديليك الإسرائيلية، مالكة منشآتي الغاز ليفياتان وتامار وشركة دولفينيوس المصرية في القاهرة"],
  notes="لفت إلى + fully quoted verbal-noun phrase; clitic إلى left out; the comma inside the marks left out of the fragment")
Q(P, "mixed", "\"هذه الصفقة إلى موافقة السلطات في كلا البلدين لتدخل حيز التنفيذ.\"", "هيئة البث الإسرائيلية",
  "تقرير الهيئة الإسرائيلية", "continuation", "ملقية", "media", "other", "quote", doc=True,
  frags=["هذه الصفقة إلى موافقة السلطات في كلا البلدين لتدخل حيز التنفيذ"],
  notes="participle ملقية الضوء على أن (highlighting that) + fully quoted proposition -> mixed; the quote lacks its verb (تحتاج) in the source, kept as written; final . left out of the fragment")
Q(P, "mixed", "الصفقة \"ستدر المليارات على خزينة الدولة وان هذه الأموال ستخصص للتعليم والصحة والرفاه،\"",
  "بنيامين نتنياهو", "رئيس الوزراء الإسرائيلي، بنيامين نتنياهو", "continuation", "مؤكدا", "person", "Israel", "clause",
  frags=["ستدر المليارات على خزينة الدولة وان هذه الأموال ستخصص للتعليم والصحة والرفاه"], alt=["هيئة البث الإسرائيلية"],
  notes="علق (commented) has no content of its own; the participle مؤكدا أن carries it; postposed conduit وفقا لما نقله تقرير هيئة البث الإسرائيلية -> alt")
Q(P, "mixed", "\"ستعزز علاقات إسرائيل في المنطقة،\"", "بنيامين نتنياهو", "رئيس الوزراء الإسرائيلي، بنيامين نتنياهو",
  "continuation", "مشددا", "person", "Israel", "quote", frags=["ستعزز علاقات إسرائيل في المنطقة"],
  alt=["هيئة البث الإسرائيلية"], notes="مشددا على أنها + fully quoted proposition; أنها left out")
N(P, "عملاقة", "characterisation in scare quotes (headline), no speaker", nth=0)
N(P, "عملاقة", "characterisation in scare quotes, no speaker (the minister's description follows with its own quote)", nth=1)

# ---------------- CN-internationalNews-490 ----------------
P = "CN-internationalNews-490"
Q(P, "indirect", "احتجزت سائق السيارة، وهو في أواخر العشرينات، في أحد مراكز الشرطة جنوب لندن، للاشتباه به بضلوعه بأعمال متعلقة بالإرهاب، بعد أن اصطدمت سيارته بأحد الحواجز الأمنية المحيطة بمقر البرلمان البريطاني، بعد أن دهس عددا من المارة، الثلاثاء",
  "شرطة لندن", "شرطة لندن", "name", "كشفت", "institution", "UK", "clause",
  notes="أنها left out; channel في بيان لها left out")
Q(P, "indirect", "الشرطة لم تعثر على أسلحة حتى هذه المرحلة في السيارة، إلا أنها ستتعامل مع القضية كحادث إرهابي، إذ ستتولى قيادة مكافحة الإرهاب في الشرطة التحقيق في القضية",
  "شرطة لندن", "البيان", "description", "ولفت", "institution", "UK", "clause", doc=True,
  notes="the statement -> its issuer")
Q(P, "indirect", "السيارة، التي ما تزال في موقع الحادث، لم يكن فيها ركاب سوى السائق", "شرطة لندن", "الشرطة", "description",
  "وأكدت", "institution", "UK", "clause", title=True, after="وأكدت الشرطة أن السيارة")
Q(P, "indirect", "إرسال مقاطع فيديو أو صور التقطوها للحادث إلى الشرطة", "شرطة لندن", "الشرطة", "continuation", "طلبت",
  "institution", "UK", "nominal", title=True,
  notes="كما طلبت من X + verbal noun (request to witnesses): coordinated verb with its own cue; addressee left out")
Q(P, "indirect", "ستكثف وجودها في وسط لندن والمناطق المحيطة بها", "شرطة لندن", "الشرطة", "continuation", "مضيفة",
  "institution", "UK", "clause", title=True, notes="أنها left out")
Q(P, "indirect", "من غير المرجح أن تكون حياة أحد المصابين بخطر", "شرطة لندن", "الشرطة", "description", "وأكدت",
  "institution", "UK", "clause", title=True, notes="expletive أنه left out")
Q(P, "indirect", "إغلاق محطة المترو القريبة من موقع الحادث", "شرطة لندن", "الشرطة", "continuation", "وأشارت",
  "institution", "UK", "nominal", title=True, notes="أشار إلى + verbal noun (reported closure): announcement; clitic إلى left out")
Q(P, "indirect", "اعتقال رجل بعد أن اصطدمت سيارته بأحد الحواجز الأمنية المحيطة بمقر البرلمان البريطاني، الثلاثاء",
  "شرطة لندن", "شرطة العاصمة البريطانية، لندن", "name", "أعلنت", "institution", "UK", "nominal", bl=True,
  after="أعلنت شرطة العاصمة",
  notes="teaser of a related story (kept as body, as ant_check CN-584); أعلن عن اعتقال (event announcement), borderline; the writer's وقد أسفر هذا الحادث ... left out; شرطة العاصمة البريطانية = شرطة لندن (Metropolitan Police)", add=("variant_form",))
Q(P, "indirect", "لا وجود لحرب أو مفاوضات مع الولايات المتحدة الأمريكية في المستقبل", "علي خامنئي",
  "المرشد الإيراني، علي خامنئي", "name", "أكد", "person", "Iran", "clause",
  notes="teaser; أنه left out; the channel وذلك وفق خطابه الذي نُشر على موقعه الرسمي left out (his own speech)")
Q(P, "indirect", "رئيس البلاد، مون جيه- إن وزعيم كوريا الشمالية، كيم جونغ أون، سيجتمعان مجدداً في قمة ثانية",
  "وزارة التوحيد الكورية الجنوبية", "وزارة التوحيد الكورية الجنوبية", "name", "أعلنت", "institution", "South Korea",
  "clause", notes="teaser")
N(P, "إرهاب", "label in the headline (terror case), not speech")
N(P, "أحكام الإعدام", "scare quotes in a teaser, no speaker")
N(P, "الصفعة", "scare quotes in a teaser, no speaker")

# ---------------- CN-middleEast-1276 ----------------
P = "CN-middleEast-1276"
Q(P, "direct", "سفن روسيا بالمتوسط قد تساعد باعتراض صواريخ أمريكا ضد سوريا", "مسؤول أمريكي", "مصادر", "description", ":",
  "anonymous", "US", "quote", region="headline", bl=True, add=("variant_form",),
  notes="headline convention \"speaker: content\"; مصادر = the US official who says this in the body (line 2, مسؤول أمريكي لـCNN); addressee لـCNN left out")
Q(P, "indirect", "واشنطن مستعدة لتوجيه ضربة عسكرية في سوريا إذا استخدمت دمشق الأسلحة الكيماوية في الهجوم المرتقب على إدلب",
  "مسؤولون بالإدارة الأمريكية", "مسؤولون بالإدارة الأمريكية", "description", "قال", "anonymous", "US", "clause",
  notes="addressee في تصريحات لـCNN left out")
Q(P, "indirect", "تدريبات عسكرية بحرية واسعة في البحر الأبيض المتوسط", "موسكو", "موسكو", "name", "أعلنت", "institution",
  "Russia", "nominal", bl=True, notes="أعلن عن + noun (announced exercises): event announcement, borderline")
Q(P, "indirect", "هذه السفن قد تساعد في تقفي مسار واعتراض الصواريخ الأمريكية", "مسؤول أمريكي", "مسؤول أمريكي",
  "description", "قال", "anonymous", "US", "clause", after="في حين قال")
Q(P, "indirect", "قائمة من الأهداف التابعة للنظام السوري وضعت وجاهزة للتنفيذ", "مسؤولون بالإدارة الأمريكية",
  "المسؤولون المطلعون على ما جرى مناقشته فيما يتعلق بالملف السوري وعمليات إدلب", "description", "وأضاف", "anonymous",
  "US", "clause", title=True, notes="إن (sic for أن) left out; the officials of line 2")
Q(P, "indirect", "معركة إدلب ستكون حاسمة وستستمر حتى النهاية", "ريك فرانكونا",
  "الكولونيل المتقاعد، ريك فرانكونا، محلل الشؤون العسكرية بشبكة CNN", "name", "وقال", "person", "other", "clause",
  notes="CNN's own military analyst: side other")
Q(P, "indirect", "\"الثوار\" لن يستسلموا باعتبار أنه لم يتبقى مكان آخر في سوريا يمكنهم الانتقال إليه كما كان الحال في العمليات التي شهدتها مناطق أخرى في البلاد",
  "ريك فرانكونا", "الكولونيل المتقاعد، ريك فرانكونا، محلل الشؤون العسكرية بشبكة CNN", "continuation", "مشيرا",
  "person", "other", "clause", notes="\"الثوار\" is a scare-quoted label (non-quote), so indirect")
Q(P, "indirect", "الأنباء التي تداولتها وسائل إعلام حول استهداف إسرائيل لمطار المزة العسكري، غرب العاصمة، دمشق",
  "الجيش السوري", "الجيش السوري", "name", "نفى", "institution", "Syria", "nominal", after="نفى الجيش السوري",
  notes="teaser; denial (نفى + NP); the time adjunct بعز (sic) بروز صور ... and the link line left out")
Q(P, "indirect", "قبول تحالف \"دعم الشرعية\" في اليمن الذي تقوده الرياض، لنتائج التقرير الأممي حول اليمن، يؤكد احترامه الدائم للقانون الإنساني الدولي",
  "محمد آل جابر", "محمد آل جابر، سفير السعودية في اليمن", "name", "قال", "person", "Saudi Arabia", "clause",
  notes="teaser; \"دعم الشرعية\" is part of the coalition's name (non-quote), so indirect; the nested يؤكد has a non-human subject")
Q(P, "indirect", "تعرض مطار المزة إلى هجوم إسرائيلي", "مصدر بالجيش السوري", "مصدر بالجيش السوري", "description", "نفى",
  "anonymous", "Syria", "nominal", notes="teaser; denial + verbal noun; وذلك بعد سماع ... left out (circumstance)")
Q(P, "indirect", "قلقه بشأن تقارير نسبت إلى إيران قيامها بنقل صواريخ باليسيتة إلى العراق", "مايك بومبيو",
  "وزير الخارجية الأمريكي، مايك بومبيو", "name", "أبدى", "person", "US", "nominal",
  notes="teaser; أبدى قلقه بشأن (= أعرب عن قلقه, as ant_check SK-968 ويبدي مراقبون قلقهم); the nested نسبت إلى (reports) stays inside; وهو الأمر الذي نفته طهران is an anaphoric denial, not annotated")
N(P, "الثوار", "scare quotes (the rebels), a label, not speech")
N(P, "دعم الشرعية", "part of the coalition's name, not speech")
N(P, "تحالف دعم الشرعية في اليمن", "name of the coalition, not speech")

# ---------------- CN-technology-42 ----------------
P = "CN-technology-42"
Q(P, "indirect", "توسّع ميزة القدرة على التقدم لوظائف محلية مباشرة عبر موقعها الى أكثر من 40 دولة أخرى، بما في ذلك المملكة المتحدة، اسبانيا والبرازيل",
  "فيسبوك", "الشبكة الاجتماعية", "description", "أعلنت", "institution", "Facebook", "clause", title=True,
  notes="أنها left out; the preceding يبدو أن \"فيسبوك\" قررت ... is the writer's inference")
Q(P, "indirect", "أضافت أدوات جديدة مثل تحديد موعد مقابلات العمل والإعلان عن وظائف شاغرة من خلال الهاتف المحمول", "فيسبوك",
  "الشركة", "description", "تقول", "institution", "Facebook", "clause", title=True,
  notes="إنها left out; the next sentence كما أصبح بإمكان ... has no attribution of its own and is left out")
Q(P, "indirect", "شركة \"لينكد إن\" المملوكة من قبل مايكروسوفت لديها أكثر من 546 مليون مستخدم في أكثر من 200 دولة ومنطقة حول العالم",
  "لينكد إن", "لموقعها الإلكتروني", "description", "وفقا", "institution", "LinkedIn", "clause", doc=True,
  spk_where="after", cue_where="after", post=True,
  notes="postposed وفقا لموقعها الإلكتروني: the company's own website is the only attribution (its issuer = LinkedIn); \"لينكد إن\" is the company name (non-quote), so indirect")
Q(P, "direct", "يمكن أن يشكل هذا تهديداً لـ \"لينكيد إن\" إذا كان جزء من المجتمع يحصلون على وظائفهم الأولى من خلال فيسبوك، ويبدأون في اعتبار المنصة كمدخل لسوق العمل",
  "مارسيلو بالفي", "مارسيلو بالفي، نائب الرئيس للذكاء الاصطناعي في شركة الأبحاث CB Insights", "name", "وقال", "person",
  "other", "quote",
  notes="nested marks around the company name \"لينكيد إن\" inside the quote (a label inside the quote, not listed); final . inside the marks left out; analyst at a research firm: side other")
Q(P, "indirect", "يبحثون عن وظيفة أو يجدونها عبر فيسبوك", "واحد من 4 أشخاص في الولايات المتحدة",
  "واحد من 4 أشخاص في الولايات المتحدة", "description", "قال", "anonymous", "other", "clause", bl=True,
  alt=["إستطلاع أجري حديثاً"],
  notes="survey result: the grammatical subject (one in four respondents) is the speaker, the survey (preposed ووفقا لإستطلاع) is the alt; borderline (a statistic of respondents rather than a statement); إنهم left out")
Q(P, "mixed", "\"الشركات المحلية تقوّي مجتمعاتنا وتخلق أكثر من 60% من فرص العمل الجديدة.\"", "أليكس هيميل",
  "أليكس هيميل، نائب الرئيس لتطبيق Local التابع لفيسبوك", "name", "وقال", "person", "Facebook", "quote",
  frags=["الشركات المحلية تقوّي مجتمعاتنا وتخلق أكثر من 60% من فرص العمل الجديدة"],
  notes="إن + fully quoted proposition -> mixed; channel في تدوينة له left out; final . left out of the fragment")
Q(P, "direct", "نريد مساعدة الناس في إيجاد هذه الوظائف ومساعدة الشركات المحلية على توظيف الأشخاص المناسبين", "أليكس هيميل",
  None, "continuation", "وأضاف", "person", "Facebook", "quote", ant="أليكس هيميل، نائب الرئيس لتطبيق Local التابع لفيسبوك")
Q(P, "indirect", "يمكن أن يساعد هذا الأمر فيسبوك على خلق سوق إعلانات جديدة على الصعيد العالمي، أيضا", "مارسيلو بالفي",
  "لبالفي", "name", "وفقا", "person", "other", "clause", add=("variant_form",),
  notes="preposed وفقا لبالفي (ولكن left out); the mention is the fused token لبالفي")
Q(P, "indirect", "قدرة فيسبوك على الوصول إلى الأعمال التجارية الصغيرة كبير بالفعل", "مارسيلو بالفي", None, "pronoun",
  "أشار", "person", "other", "clause", ant="لبالفي", notes="فقد أشار الى أن: zero subject")
Q(P, "indirect", "هذا الأمر يعطيهم طريقة أخرى لتقديم خدمة حول الوظائف وجمع عائدات منها", "مارسيلو بالفي", None,
  "continuation", "مضيفاً", "person", "other", "clause", ant="لبالفي")
Q(P, "indirect", "يؤثر توسع فيسبوك على \"لينكد إن\"، التي تجمع عائدات كبيرة من الإعلانات من أرباب العمل الأكبر حجماً",
  "مارسيلو بالفي", "بالفي", "name", "يتوقع", "person", "other", "clause", bl=True,
  notes="لا يتوقع أن (does not expect): forecast, borderline (as ant_check يتوقعون); the company name is a non-quote; relative clause kept to the sentence end")
N(P, "لينكد إن", "company name (LinkedIn), not speech", nth=0)
N(P, "فيسبوك", "company name (Facebook) in the headline, not speech", nth=0)
N(P, "فيسبوك", "company name (Facebook), not speech", nth=1)
N(P, "لينكد إن", "company name (LinkedIn); the final . inside the marks left out", after="تحدي \"لينكد إن", plain=True)
N(P, "لينكد إن", "company name (LinkedIn), not speech", after="شركة \"لينكد إن\" المملوكة")
N(P, "لينكد إن", "company name (LinkedIn), not speech", after="فيسبوك على \"لينكد إن\"")

# ---------------- FR-culture-98 ----------------
P = "FR-culture-98"
Q(P, "indirect", "لوحة للرسام الإيطالي ليوناردو دافينشي، بيعت في تشرين الثاني/نوفمبر 2017 بسعر تجاوز 450 مليون دولار ستعرض في المتحف اعتبارا من أيلول/سبتمبر المقبل",
  "متحف اللوفر أبوظبي", "اللوفر أبوظبي", "name", "أعلن", "institution", "UAE", "clause", add=("variant_form",),
  notes="lead paragraph (body); the museum belongs to the Abu Dhabi government: side UAE")
Q(P, "indirect", "لوحة \"سالفاتور موندي\" للرسام ليوناردو دافينشي، والتي بيعت في منتصف تشرين الثاني/نوفمبر بسعر قياسي بلغ 450.3 مليون دولار، ستعرض في المتحف الإماراتي اعتبارا أيلول/سبتمبر",
  "متحف اللوفر أبوظبي", "متحف اللوفر أبوظبي", "name", "كشف", "institution", "UAE", "clause",
  notes="the painting's title is a non-quote, so indirect")
Q(P, "direct", "لوحة تمثل محطة فارقة في تاريخ الفن رسمها أهم فنان في التاريخ!", "متحف اللوفر أبوظبي", "المتحف",
  "description", "وأوضح", "institution", "UAE", "quote", title=True,
  notes="juxtaposed quote after the channel في حسابه على تويتر (left out); final ! kept")
Q(P, "mixed", "هذه \"الأيقونة\" للرسام الإيطالي الشهير هي \"من أبرز الاكتشافات الفنية التي شهدها العالم\"",
  "متحف اللوفر أبوظبي", "المتحف", "continuation", "مشيرا", "institution", "UAE", "clause", title=True,
  frags=["الأيقونة", "من أبرز الاكتشافات الفنية التي شهدها العالم"],
  notes="both quoted parts are the museum's tweet wording (\"الأيقونة\" read as its word, not a scare quote)")
Q(P, "direct", "تنتظركم من تاريخ 18 أيلول/سبتمبر في اللوفر أبوظبي", "متحف اللوفر أبوظبي", None, "continuation", "وأضاف",
  "institution", "UAE", "quote", ant="المتحف", add=("title_only",))
Q(P, "mixed", "دائرة الثقافة والسياحة في العاصمة الإماراتية \"استحوذت على هذا العمل الفني من أجل المتحف\"",
  "متحف اللوفر أبوظبي", "متحف اللوفر أبوظبي", "name", "أعلن", "institution", "UAE", "clause",
  frags=["استحوذت على هذا العمل الفني من أجل المتحف"], after="وفي كانون الأول")
Q(P, "indirect", "ولي العهد السعودي الأمير محمد بن سلمان استعان بوسيط لشراء \"سالفاتور موندي\" (مخلّص العالم، أي المسيح)",
  "صحيفة وول ستريت جورنال", "صحيفة \"وول ستريت جورنال\"", "name", "مفادها", "media", "other", "clause",
  alt=["مصادر في الاستخبارات الأمريكية وأخرى لم تسمها"],
  notes="نشر X معلومات نقلا عن مصادر ... مفادها أن: the information published by the newspaper (speaker) whose cited sources are the alt; the painting title is a non-quote, so indirect; the gloss in brackets stays in; the subheading above (ولي العهد السعودي استعان بوسيط لشراء اللوحة) has no attribution and is not annotated")
Q(P, "indirect", "الوسيط وفق الصحيفة هو الأمير بدر بن عبد الله بن محمد بن فرحان آل سعود الذي عيّن في حزيران/يونيو الحالي وزيرا للثقافة في السعودية",
  "صحيفة وول ستريت جورنال", "الصحيفة", "description", "وفق", "media", "other", "clause", title=True,
  spk_where="in", cue_where="in",
  notes="parenthetical وفق الصحيفة inside the sentence: the span contains the cue and the mention (as dev بحسب قوله / وفقا للشركة); relative clause kept to the sentence end")
Q(P, "indirect", "البلاط الفرنسي طلب اللوحة وكانت كذلك ملكا لملوك إنكلترا", "خبراء", "خبراء", "description", "ويفيد",
  "anonymous", "other", "clause")
Q(P, "direct", "اخترنا هذه اللوحة بناء على (...) تصنيفها على أنها تحفة فنية ولانسجامها", "محمد خليفة المبارك",
  "رئيس دائرة السياحة والثقافة في أبوظبي محمد خليفة المبارك", "name", "وقال", "person", "UAE", "quote",
  notes="juxtaposed quote; the sentence goes on outside the marks (مع روح المتحف, the writer's completion), left out (alternative: mixed to the sentence end); (...) editorial ellipsis kept")
N(P, "سالفاتور موندي", "painting title (Salvator Mundi), not speech", nth="all")
N(P, "وول ستريت جورنال", "newspaper name, not speech")
N(P, "كريستيز", "auction house name (Christie's), not speech")
N(P, "نساء الجزائر", "painting title (Les Femmes d'Alger), not speech")
N(P, "سوذبير", "auction house name (Sotheby's), not speech")
N(P, "الحدادة الجميلة", "painting title (La Belle Ferronnière), not speech")

# ---------------- FR-economy-30 ----------------
P = "FR-economy-30"
Q(P, "indirect", "البنك بتسهيل نقل أموال لقادة في حركة حماس", "ضحايا هجمات في إسرائيل", "شكوى", "description", "وتتهم",
  "group", "other", "nominal", doc=True,
  notes="accusation (اتهم X بـ) made in the complaint (شكوى قدمها ضحايا ... وتتهم): the complaint stands for its issuers, the victims (as ant_check FR-culture-83 شكوى تتهم فيها); object kept in the span; رحب ... بقرار (welcome of a target) is not a record")
Q(P, "indirect", "ارتياحه لهذا القرار", "البنك العربي الأردني", "البنك العربي الأردني", "name", "وأبدى", "institution",
  "Arab Bank", "nominal", notes="أبدى ارتياحه لـ (= أعرب عن ارتياحه): stated stance, as ant_check ويبدي مراقبون قلقهم; channel في بيان left out")
Q(P, "mixed", "\"نصر تاريخي\" و\"إنجاز قانوني يضاف إلى رصيد البنك العربي على هذا الصعيد\"", "البنك العربي الأردني",
  "البنك العربي الأردني", "continuation", "مشيرا", "institution", "Arab Bank", "quote",
  frags=["نصر تاريخي", "إنجاز قانوني يضاف إلى رصيد البنك العربي على هذا الصعيد"],
  notes="مشيرا إلى أنه + two quoted predicates coordinated: one record; أنه left out")
Q(P, "mixed", "\"المحكمة تعتبر أن الشركات الأجنبية لا يمكن أن تلاحق في القضاء استنادا إلى قانون (إيه تي إس) اليين تورت ستاتيوت\"",
  "أنطوني كينيدي", "القاضي أنطوني كينيدي", "name", "وصرح", "person", "US", "quote",
  frags=["المحكمة تعتبر أن الشركات الأجنبية لا يمكن أن تلاحق في القضاء استنادا إلى قانون (إيه تي إس) اليين تورت ستاتيوت"],
  notes="أن + fully quoted proposition; نيابة عن الغالبية (for the majority) left out; the Supreme Court justice speaks for a US institution: side US")
Q(P, "indirect", "يعود إلى الكونغرس مراجعة هذا القانون إذا تطلب الأمر", "أنطوني كينيدي", "كينيدي", "name", "وتابع", "person",
  "US", "clause", notes="أنه left out")
Q(P, "mixed", "\"السلطات السياسية في موقع أفضل لتحديد ووضع مبادئ القانون الدولي والوطني\"", "أنطوني كينيدي", "كينيدي",
  "continuation", "شدد", "person", "US", "quote",
  frags=["السلطات السياسية في موقع أفضل لتحديد ووضع مبادئ القانون الدولي والوطني"],
  notes="لكنه شدد على أن: coordinated main verb with its own cue (as gloss لكنه أصر)")
Q(P, "indirect", "إدارة البنك العربي الذي يتخذ من الأردن مقرا رئيسيا له، بتسهيل نقل أموال لصالح حركة حماس التي تسيطر على قطاع غزة، وتعتبرها تل أبيب وواشنطن إرهابية",
  "ضحايا هجمات في إسرائيل", "المدعون", "description", "واتهم", "group", "other", "nominal",
  notes="accusation, object kept; the background relative clauses kept to the sentence end (the nested تعتبرها تل أبيب وواشنطن stays inside)")
Q(P, "mixed", "لقد انتهك البنك القوانين الدولية بسماحه بإجراء تحويلات مالية نحو حسابات ترجع لقادة في حماس \"من أجل تمويل أعمال عنف\"",
  "ضحايا هجمات في إسرائيل", "الإدعاء", "description", "وبحسب", "group", "other", "clause",
  frags=["من أجل تمويل أعمال عنف"],
  notes="preposed بحسب الإدعاء (the plaintiffs' case); the connective ف of فلقد left out")
Q(P, "mixed", "حكم الغالبية \"يعفي الشركات من المسؤوليات المترتبة عليها بموجب القانون (إيه تي إس) لأي سلوك صادم للضمير\" وانتهاك حقوق الإنسان",
  "سونيا سوتومايور", "القاضية سونيا سوتومايور", "name", "اعتبرت", "person", "US", "clause",
  frags=["يعفي الشركات من المسؤوليات المترتبة عليها بموجب القانون (إيه تي إس) لأي سلوك صادم للضمير"],
  notes="اعتبر أن: stated opinion (dissent)")
Q(P, "mixed", "\"بالغ سروره وعميق ارتياحه\" لقرار المحكمة العليا", "البنك العربي الأردني", "البنك العربي", "name", "عبر",
  "institution", "Arab Bank", "nominal", frags=["بالغ سروره وعميق ارتياحه"],
  notes="عبر عن + quoted stance noun; clitic عن left out")
Q(P, "mixed", "القرار يؤكد و\"يجسد ما أكد عليه البنك مرارا من حيث سلامة وقوة موقفه القانوني في هذه الدعاوى\"",
  "البنك العربي الأردني", None, "pronoun", "وقال", "institution", "Arab Bank", "clause", ant="البنك العربي",
  frags=["يجسد ما أكد عليه البنك مرارا من حيث سلامة وقوة موقفه القانوني في هذه الدعاوى"],
  notes="the nested ما أكد عليه البنك is inside the quote")
Q(P, "mixed", "\"كان وما زال يمارس كافة أعماله وأنشطته ملتزما بالمتطلبات الرقابية والمعايير المصرفية العالمية\"",
  "البنك العربي الأردني", "البنك", "description", "أكد", "institution", "Arab Bank", "quote", title=True,
  frags=["كان وما زال يمارس كافة أعماله وأنشطته ملتزما بالمتطلبات الرقابية والمعايير المصرفية العالمية"],
  after="كما أكد البنك", notes="أنه + fully quoted proposition")
N(P, "الإرهاب", "charge wording in the headline, not speech")

# ---------------- FR-internationalNews-1977 ----------------
P = "FR-internationalNews-1977"
Q(P, "indirect", "التفكير في إقامة مخيمات مؤقتة بقواعد جوية غير مستخدمة لاستقبال واحتجاز عشرات الآلاف من المهاجرين تطبيقا لسياسة الرئيس دونالد ترامب القاضية بعدم التساهل مع المهاجرين غير الشرعيين الذين يدخلون الولايات المتحدة عبر طرق التهريب",
  "سلاح البحرية الأمريكي", "وثيقة داخلية لسلاح البحرية", "description", "مفادها", "institution", "US", "nominal", doc=True,
  alt=["مجلة تايم"],
  notes="lead; كشفت صحيفة \"تايم\" عن وثيقة ... مفادها + verbal noun: the document stands for its issuer (the Navy), the magazine that revealed it is the conduit (alt); كشف عن وثيقة alone would be topic-only")
Q(P, "indirect", "سلاح البحرية الأمريكي يفكر في إقامة مخيمات في قواعد جوية سابقة لاحتجاز عشرات الآلاف من المهاجرين الإضافيين في الأشهر المقبلة، دعما لسياسة الرئيس دونالد ترامب التي تقضي بعدم التساهل مع المهاجرين غير الشرعيين",
  "سلاح البحرية الأمريكي", "وثيقة داخلية", "description", "تفيد", "institution", "US", "clause", doc=True,
  alt=["مجلة تايم"], notes="وثيقة ... تفيد بأن: document -> issuer; بأن left out; published by Time (alt)")
Q(P, "mixed", "البحرية الأمريكية يمكن أن تلبي طلب الرئيس دونالد ترامب بوضع أي سفينة يمكن أن تستخدم لإيواء المهاجرين، بتصرف السلطات وحتى ببناء منشآت جديدة عبر إقامة مخيمات \"مؤقتة ومتواضعة\" في مدارج هبوط لم تعد تستخدم",
  "سلاح البحرية الأمريكي", "الوثيقة", "description", "وجاء في", "institution", "US", "clause", doc=True,
  frags=["مؤقتة ومتواضعة"], alt=["مجلة تايم"], notes="وجاء في الوثيقة أن; the next sentences (ويمكن إيواء ..., وقدرت كلفة ...) are passives without attribution, and وتقترح الوثيقة (اقترح, a proposal verb) is not annotated")
Q(P, "indirect", "وزارة الأمن الداخلي الأمريكية لم تقدم أي طلب رسمي إلى وزارة الدفاع لإيواء مهاجرين", "جيمي ديفيس",
  "ناطقا باسم البنتاغون اللفتنانت كولونيل جيمي ديفيس", "name", "أشار", "person", "US", "clause",
  notes="the preceding رفضت ... الادلاء بأي تعليق is a refusal without content")
Q(P, "mixed", "\"وزارة الدفاع تعد بدقة خططا وتدرس كل منشآتها في البلاد لتتمكن من تلبية طلب مساعدة محتمل من وزارة الأمن الداخلي لإيواء مهاجرين غير شرعيين بالغين\"",
  "جيمي ديفيس", None, "continuation", "وقال", "person", "US", "quote",
  ant="ناطقا باسم البنتاغون اللفتنانت كولونيل جيمي ديفيس",
  frags=["وزارة الدفاع تعد بدقة خططا وتدرس كل منشآتها في البلاد لتتمكن من تلبية طلب مساعدة محتمل من وزارة الأمن الداخلي لإيواء مهاجرين غير شرعيين بالغين"],
  notes="إن + fully quoted proposition")
Q(P, "indirect", "تضع في حال الضرورة أي سفينة يمكن استخدامها لإيواء المهاجرين بتصرف السلطات المعنية وحتى ببناء منشآت جديدة",
  "دونالد ترامب", "ترامب", "name", "أمر", "person", "US", "clause",
  notes="directive أمر X بأن in a signed decree (as dev FR-economy-41 أمرت ... بأن); addressee وزارة الدفاع and the misspelt complementizer باأن left out")
Q(P, "indirect", "ما زال ملتزما سياسة عدم التسامح مع المهاجرين غير الشرعيين التي تهدف الى منع تدفقهم من أمريكا الوسطى",
  "دونالد ترامب", "الرئيس الأمريكي", "description", "أكد", "person", "US", "clause", title=True,
  notes="the misspelt complementizer اأنه left out")
Q(P, "direct", "علينا الحفاظ على حدود جنوبية قوية", "دونالد ترامب", None, "pronoun", "وكتب", "person", "US", "quote",
  ant="الرئيس الأمريكي", add=("title_only",), notes="channel في تغريدة left out")
Q(P, "direct", "لا يمكننا السماح للمهاجرين غير الشرعيين باجتياح بلادنا في وقت يروي الديموقراطيون قصصهم الزائفة عن الحزن والأسى على أمل أن تساعدهم في الانتخابات",
  "دونالد ترامب", None, "continuation", "وأضاف", "person", "US", "quote", ant="الرئيس الأمريكي", add=("title_only",))
Q(P, "mixed", "هؤلاء الأهالي \"فصلوا بشكل دائم عن أحبابهم (...) لأنهم قتلوا بايدي مجرمين مقيمين بطريقة غير مشروعة\"",
  "دونالد ترامب", None, "pronoun", "وقال", "person", "US", "clause", ant="ترامب",
  frags=["فصلوا بشكل دائم عن أحبابهم (...) لأنهم قتلوا بايدي مجرمين مقيمين بطريقة غير مشروعة"],
  notes="(...) editorial ellipsis kept")
N(P, "التايم", "magazine name (Time) in the headline, not speech")
N(P, "تايم", "magazine name (Time), not speech", nth="all")

# ---------------- FR-middleEast-369 ----------------
P = "FR-middleEast-369"
Q(P, "mixed", "روسيا بإعداد \"مهزلة\" بشأن مداخلات الوفد السوري في لاهاي", "دول غربية عدة", "دول غربية", "name", "تتهم",
  "group", "other", "nominal", region="headline", frags=["مهزلة"],
  notes="headline with a verb (accusation اتهم X بـ, object kept), not borderline (as ant_check FR-culture-83 headline)")
Q(P, "mixed", "ما اعتبرته \"مهزلة فاضحة\" من إعداد روسيا فيما يتعلق بتقديم شهادات لمدنيين من دوما السورية", "دول غربية عدة",
  "دول غربية عدة", "name", "نددت", "group", "other", "nominal", frags=["مهزلة فاضحة"],
  notes="ندد بما اعتبرته X (as dev FR-879 وندد بما اعتبره); clitic بـ left out; the relative clause أكدوا أن ... about the civilians has its own speaker and cue and is a separate record (the span ends before it)")
Q(P, "mixed", "ما حدث في المدينة \"مجرد تمثيلية\"", "مدنيين من دوما السورية", "لمدنيين من دوما السورية", "pronoun",
  "أكدوا", "group", "other", "clause", frags=["مجرد تمثيلية"],
  notes="relative clause (مدنيين ... أكدوا أن): the civilians presented by Russia; entity spelled as the article gives it (fused mention لمدنيين)")
Q(P, "mixed", "ما اعتبروه \"مهزلة فاضحة\" أعدتها روسيا", "ممثلون عن عدة دول غربية في منظمة حظر الأسلحة الكيميائية",
  "ممثلون عن عدة دول غربية في منظمة حظر الأسلحة الكيميائية", "description", "ندد", "group", "other", "nominal",
  frags=["مهزلة فاضحة"], notes="the following عندما-clause is the writer's circumstance")
Q(P, "indirect", "لم يحصل أي هجوم كيميائي على مدينة دوما السورية قرب دمشق", "الوفد السوري", "وفد سوري", "pronoun",
  "ليؤكد", "institution", "Syria", "clause", notes="purpose clause ليؤكد بأنه: zero subject = the delegation; بأنه left out")
Q(P, "indirect", "الهجوم الكيميائي \"المفترض\" على دوما في السابع من نيسان/أبريل لم يكن أكثر من تمثيلية", "الوفد السوري",
  "الوفد السوري", "name", "وبحسب", "institution", "Syria", "clause",
  notes="preposed بحسب; content after فإن; \"المفترض\" is the writer's hedge in scare quotes (non-quote), so indirect")
Q(P, "indirect", "مداخلات الوفد السوري", "بريطانيا وفرنسا والولايات المتحدة وعدد من دول الاتحاد الأوروبي",
  "بريطانيا وفرنسا والولايات المتحدة وعدد من دول الاتحاد الأوروبي", "name", "التنديد", "group", "other", "nominal",
  bl=True, after="بشكل واضح ب",
  notes="بادرت ... إلى التنديد بـ + target: condemnation with only its target, borderline (as dev FR-879 ندد ... مقال)")
Q(P, "direct", "إن منظمة حظر الأسلحة الكيميائية ليست مسرحا. قرار روسيا باستخدام المنظمة زورا يشكل محاولة جديدة لنسف عملها",
  "بيتر ويلسون", "سفير لندن لدى المنظمة بيتر ويلسون", "name", "وقال", "person", "UK", "quote",
  notes="the complementizer إن is inside the marks: kept as written, direct; channel في بيان left out")
Q(P, "mixed", "\"بـالمهزلة الفاضحة\"", "فيليب لاليو", "سفير فرنسا لدى المنظمة فيليب لاليو", "name", "وصف", "person",
  "France", "quote", frags=["بـالمهزلة الفاضحة"], objpred=True,
  notes="وصف X \"بـY\": span is the quoted predicate (the preposition is inside the marks); object مداخلة الوفد السوري left out")
Q(P, "mixed", "النظام السوري \"الذي يقتل ويستخدم الغاز ضد شعبه نفسه منذ أكثر من سبع سنوات\" بإعدادها", "فيليب لاليو",
  "سفير فرنسا لدى المنظمة فيليب لاليو", "continuation", "متهما", "person", "France", "nominal",
  frags=["الذي يقتل ويستخدم الغاز ضد شعبه نفسه منذ أكثر من سبع سنوات"], notes="accusation, object kept")
Q(P, "direct", "والمؤسف أن يأتي هذا الأمر من روسيا التي لن تخدع أحدا بهذه المناورة المشينة", "فيليب لاليو", "لاليو",
  "name", "وأضاف", "person", "France", "quote",
  notes="the space before the closing mark left out; the quote opens with و inside the marks, kept as written")
Q(P, "direct", "لا يمكن استغباء الناس والحقيقة لا بد أن تظهر في النهاية", "فيليب لاليو", None, "continuation", "وتابع",
  "person", "France", "quote", ant="لاليو", after="وتابع \"لا يمكن")
Q(P, "indirect", "الهجوم أوقع نحو أربعين قتيلا", "الدفاع المدني السوري", "الدفاع المدني السوري في دوما", "name", "أكد",
  "institution", "Syrian opposition", "clause", notes="\"الخوذ البيضاء\" (its other name) is a non-quote")
Q(P, "indirect", "طبيب من دوما", "خليل", "السوري خليل", "pronoun", "قدم", "person", "Syria", "clause", bl=True,
  notes="relative الذي قدم نفسه على أنه: self-presentation, borderline (as dev وصف نفسه بأنه); أنه left out")
Q(P, "direct", "قام مجهولون بزرع الفوضى ورش الماء على الناس(...)  رأينا تماما بأنه لم تكن هناك عوارض على الناس عن استخدام للسلاح الكيميائي",
  "خليل", "السوري خليل", "name", "قال", "person", "Syria", "quote",
  notes="juxtaposed quote after a long subject; witness presented by the Syrian delegation: side Syria; (...) kept")
Q(P, "direct", "كانت هناك عوارض ضيق تنفس على الأشخاص الذين نقلوا إلى المستشفى منذ الساعة السابعة صباحا، إلا أن ذلك يفسر بـ\"الغبار والدخان\" الناتجين عن القصف",
  "خليل", None, "continuation", "وتابع", "person", "Syria", "quote", ant="خليل", unbalanced=True,
  notes="three straight marks: the opening mark is never closed and \"الغبار والدخان\" is a nested pair; the quote runs to the end of the sentence (final . left out) (alternative: the quote ends at بـ)")
Q(P, "indirect", "كان مداوما في مستشفى دوما في قسم الطوارئ لدى حصول الحادثة", "خليل", None, "continuation", "وأوضح",
  "person", "Syria", "clause", ant="خليل", notes="بأنه left out")
Q(P, "indirect", "كل الذين نقلوا إلى المستشفى عولجوا قبل أن يعودوا إلى منازلهم", "خليل", None, "continuation", "صرح",
  "person", "Syria", "clause", ant="خليل", notes="كما صرح بأن: بأن left out")
Q(P, "indirect", "مقتل عشرات الأشخاص", "خليل", None, "continuation", "نافيا", "person", "Syria", "nominal", ant="خليل",
  notes="denial + verbal noun")
Q(P, "indirect", "\"الخوذ البيضاء\" بإعداد شريط الفيديو عن الهجوم المفترض بالسلاح الكيميائي، وأن ما حدث تم بناء على طلب من الولايات المتحدة وحلفائها",
  "روسيا ودمشق", "روسيا ودمشق", "name", "واتهمت", "group", "other", "nominal",
  notes="accusation, object kept; the coordinated وأن-clause stays in the record; \"الخوذ البيضاء\" is a name (non-quote), so indirect")
N(P, "المفترض", "the writer's hedge (alleged) in scare quotes, not speech", nth="all")
N(P, "الخوذ البيضاء", "name of the organisation (White Helmets), not speech", nth="all")

# ---------------- SK-economy-999 ----------------
P = "SK-economy-999"
Q(P, "indirect", "إيران شهدت تراجعا اقتصاديا مؤلما خلال العقود الأربعة الماضية من حكم الملالي", "البنك الدولي",
  "إحصائيات جديدة، أصدرها البنك الدولي", "description", "كشفت", "institution", "World Bank", "clause", doc=True,
  alt=["وسائل إعلام إيرانية معارضة"],
  notes="statistics -> their issuer (the World Bank); postposed conduit وفق ما ذكرت وسائل إعلام إيرانية معارضة -> alt")
Q(P, "indirect", "الاقتصاد الإيراني انخفض من المركز السابع عشر إلى السابع والعشرين على مستوى العالم خلال العقود الأربعة الماضية",
  "البنك الدولي", "الأرقام الصادرة عن البنك الدولي", "description", "وتشير", "institution", "World Bank", "clause",
  doc=True, notes="figures -> their issuer; the preceding وعلى ما يبدو ... is the writer's evaluation")
Q(P, "indirect", "ورقة 10 آلاف ريال إيراني كانت تساوي قبل عام 1979 حوالي 150 دولار أميركي، أما الآن فهي أكثر بقليل من 10 سنتات في سوق الصرف المتقلبة في طهران",
  "راديو فاردي", "راديو \"فاردي\"", "name", "وذكر", "media", "other", "clause",
  notes="Radio Farda (spelled فاردي); the relative الذي يبث من خارج إيران is the writer's gloss on the mention")
Q(P, "indirect", "متوسط \u200b\u200bنصيب الفرد من الناتج المحلي الإجمالي في إيران استنادا إلى القوة الشرائية الحقيقية للعملة الإيرانية بين عامي 1976 و2017، تكشف عن أنه خلال هذه الفترة أصبح المواطن الإيراني العادي أكثر فقرا بنسبة 32 بالمئة",
  "البنك الدولي", "تقديرات البنك الدولي", "description", "وأوضحت", "institution", "World Bank", "clause", doc=True,
  notes="estimates -> their issuer; two zero-width spaces after متوسط are in the source and stay in the span; the inner تكشف عن أنه (non-human subject) stays inside")
Q(P, "indirect", "الدخل الحالي للفرد في إيران يبلغ 70 بالمئة من دخل الفرد في عام 1976", "مسعود نيلي",
  "مسعود نيلي، المستشار الاقتصادي للرئيس الإيراني حسن روحاني", "name", "قال", "person", "Iran", "clause",
  notes="the next sentence يؤكد ذلك أن ... has a non-human subject (ذلك) and is the writer's inference, not annotated")
N(P, "فاردي", "radio station name (Radio Farda), not speech")

# ---------------- SK-internationalNews-1452 ----------------
P = "SK-internationalNews-1452"
Q(P, "indirect", "في عام 2017، ارتفع الإنفاق الدفاعي الصيني بنسبة 5,6 في المائة من قيمة الدولار المعيارية، بينما انخفض الإنفاق الروسي 20 في المائة",
  "معهد ستوكهولم الدولي لأبحاث السلام", "لمعهد ستوكهولم الدولي لأبحاث السلام", "name", "وفقا", "institution", "other",
  "clause", spk_where="after", cue_where="after", post=True,
  notes="postposed وفقا لمعهد ... covers the clause, the fronted time adjunct included (leading و left out); fused mention لمعهد")
Q(P, "indirect", "الصين أنفقت 228 مليار دولار العام الماضي، فيما أنفقت روسيا 66,3 مليار دولار",
  "معهد ستوكهولم الدولي لأبحاث السلام", "لمعهد ستوكهولم الدولي لأبحاث السلام", "continuation", "مشيرا",
  "institution", "other", "clause", notes="participle after the postposed attribution, same sentence")
Q(P, "direct", "كان لدينا بيئة يمكننا من خلالها فعل كل ما نريده في الجو، وما فعله الصينيون هو القول بأنكم لم تعودوا قادرين على ذلك",
  "دوغلاس باري", "دوغلاس باري ، زميل رائد في مجال الطيران العسكري في المعهد الدولي للدراسات الاستراتيجية", "name",
  "وقال", "person", "other", "quote", alt=["موقع بلومبيرغ"],
  notes="postposed conduit حسب ما ذكر موقع \"بلومبيرغ\" -> alt; IISS analyst: side other")
Q(P, "direct", "نتيجة لذلك، يتعين على القادة العسكريين في الولايات المتحدة الآن مراعاة معدلات الفقد المحتملة للطيارين والطائرات، التي لم يكن عليهم مواجهتها منذ ثمانينيات القرن الماضي",
  "دوغلاس باري", None, "continuation", "وأضاف", "person", "other", "quote", ant="دوغلاس باري ، زميل رائد في مجال الطيران العسكري في المعهد الدولي للدراسات الاستراتيجية")
Q(P, "mixed", "\"لتمويل الاستجابة\"", "هربرت هوك كارلايل", "قائد القيادة الجوية للقوات الجوية هربرت \"هوك\" كارلايل",
  "name", "دعا", "person", "US", "nominal", frags=["لتمويل الاستجابة"],
  notes="دعا X لـ + quoted verbal noun (the preposition is inside the marks); addressee الكونغرس left out; the nickname \"هوك\" is a non-quote; لعد (sic for بعد) أن ... left out (circumstance)")
N(P, "قواعد اللعبة", "idiom in scare quotes (headline), no speaker")
N(P, "يحتكرون", "scare quotes, no speaker")
N(P, "تغيير قواعد اللعبة", "idiom in scare quotes, no speaker")
N(P, "بلومبيرغ", "news site name (Bloomberg), not speech")
N(P, "رايثيون", "company name (Raytheon), not speech")
N(P, "ميتيور", "missile name (Meteor), not speech")
N(P, "PL-15", "missile name, not speech")
N(P, "هوك", "nickname inside a person's name, not speech")
N(P, "التقليدي", "scare quotes (conventional), no speaker")

# ---------------- SK-middleEast-3283 ----------------
P = "SK-middleEast-3283"
Q(P, "indirect", "السعودية تدرس اتخاذ إجراءات إضافية تجاه كندا", "عادل الجبير", "وزير الخارجية السعودي، عادل الجبير", "name",
  "أكد", "person", "Saudi Arabia", "clause", after="في مؤتمر صحفي")
Q(P, "indirect", "ضرورة أن تعمد أوتاوا إلى التراجع عن موقفها", "عادل الجبير", "وزير الخارجية السعودي، عادل الجبير",
  "continuation", "مشددا", "person", "Saudi Arabia", "nominal", notes="شدد على ضرورة: stance noun; clitic على left out")
Q(P, "mixed", "على أوتاوا \"تصحيح ما قامت به تجاه المملكة\"", "عادل الجبير", "الوزير السعودي", "description", "وقال",
  "person", "Saudi Arabia", "clause", title=True, frags=["تصحيح ما قامت به تجاه المملكة"], notes="إن left out")
Q(P, "mixed", "\"النظر قائم في اتخاذ مزيد من الإجراءات تجاه كندا\"", "عادل الجبير", "الوزير السعودي", "continuation",
  "مضيفا", "person", "Saudi Arabia", "quote", title=True, frags=["النظر قائم في اتخاذ مزيد من الإجراءات تجاه كندا"])
Q(P, "direct", "كندا تعرف ما هي بحاجة لفعله. كندا بدأت هذا والأمر يتعلق بها. هناك خطأ ارتكب ويجب أن يصحّح وهذا بسيط وليس هناك أي شيء آخر",
  "عادل الجبير", None, "continuation", "قائلا", "person", "Saudi Arabia", "quote", ant="الوزير السعودي",
  add=("title_only",), notes="وصرح قائلا \"...\": cue = the participle قائلا (as dev يرد ... قائلا)")
Q(P, "indirect", "الرياض لن تكن تريد هذه الأزمة، لكنها فُرضت عليها بسبب التدخل السافر وغير المقبول من قبل كندا في شؤون المملكة الداخلية",
  "عادل الجبير", None, "continuation", "وأضاف", "person", "Saudi Arabia", "clause", ant="الوزير السعودي", add=("title_only",))
Q(P, "indirect", "اتخاذ سلسلة إجراءات ضد كندا", "السعودية", "السعودية", "name", "أعلنت", "institution", "Saudi Arabia",
  "nominal", notes="أعلن + verbal noun (announced measures: a policy)")
Q(P, "mixed", "\"الإفراج الفوري\" عمن وصفتهم بـ\"نشطاء المجتمع المدني\" الذين تم إيقافهم في السعودية", "كندا", "الأخيرة",
  "description", "طلب", "institution", "Canada", "nominal", title=True,
  frags=["الإفراج الفوري", "نشطاء المجتمع المدني"],
  notes="noun cue طلب (Canada's demand) inside a بعد adjunct; الأخيرة = كندا; the nested وصفتهم بـ (same speaker) stays inside")
Q(P, "indirect", "الرياض اتخذت هذه الإجراءات، لتوضح لكندا أن هذا التصرف غير مقبول", "عادل الجبير", "وزير الخارجية السعودي",
  "description", "وأشار", "person", "Saudi Arabia", "clause", title=True, after="وأشار وزير",
  notes="the nested لتوضح (the Riyadh government) stays inside")
Q(P, "indirect", "الأزمة بدأت عندما غرّدت وزيرة الخارجية الكندية وطالبت بالإفراج الفوري عن موقوفين سعوديين، واستمر الأمر بتغريدة من الخارجية الكندية وأخرى من السفير الكندي لدى الرياض",
  "عادل الجبير", None, "continuation", "وبيّن", "person", "Saudi Arabia", "clause", ant="وزير الخارجية السعودي",
  add=("title_only",), notes="the nested وطالبت (the Canadian minister) stays inside")
Q(P, "direct", "الأمر لا يتعلق بحقوق إنسان أو بأمور حقوقيين، بل يتعلق بأمن الدولة كما أكدت عليه المملكة العربية السعودية عندما تمت الاحتجازات. التحقيقات الجارية. هناك من تم إطلاق سراحه. وهناك من لا يزال موقوفا",
  "عادل الجبير", None, "continuation", "وتابع", "person", "Saudi Arabia", "quote", ant="وزير الخارجية السعودي",
  add=("title_only",), notes="the nested كما أكدت عليه المملكة is inside the quote")
Q(P, "mixed", "\"السعودية تضمن لهم حقوقهم حسب الأنظمة والإجراءات، ومن سيتم تحويله إلى القضاء ستتم محاكمته حسب الأنظمة والإجراءات المتبعة في البلاد\"",
  "عادل الجبير", None, "continuation", "ولفت", "person", "Saudi Arabia", "quote", ant="وزير الخارجية السعودي",
  add=("title_only",),
  frags=["السعودية تضمن لهم حقوقهم حسب الأنظمة والإجراءات، ومن سيتم تحويله إلى القضاء ستتم محاكمته حسب الأنظمة والإجراءات المتبعة في البلاد"],
  notes="أن + colon + fully quoted proposition -> mixed; the colon left out (the span starts at the mark)")
Q(P, "mixed", "\"هؤلاء أشخاص قاموا بالتواصل مع جهات خارجية. قاموا بتجنيد أشخاص في أماكن حساسة للحصول على معلومات لإيصالها لجهات معادية للملكة لاستخدامها ضدها وغيرها من الأمور التي جرى توضيحها في بيان المدعي العام\"",
  "عادل الجبير", None, "continuation", "وأوضح", "person", "Saudi Arabia", "quote", ant="وزير الخارجية السعودي",
  add=("title_only",),
  frags=["هؤلاء أشخاص قاموا بالتواصل مع جهات خارجية. قاموا بتجنيد أشخاص في أماكن حساسة للحصول على معلومات لإيصالها لجهات معادية للملكة لاستخدامها ضدها وغيرها من الأمور التي جرى توضيحها في بيان المدعي العام"],
  notes="أن: + fully quoted proposition -> mixed")
Q(P, "mixed", "الرياض \"لا تقبل الإملاءات. مبدأ المملكة العربية السعودية منذ عهد الملك المؤسس هو ألا نقبل أن يملي أحد علينا شيئا وألا نقبل التدخل في شؤوننا الداخلية، كما أننا لا نتدخل في شؤون الدول الأخرى\"",
  "عادل الجبير", None, "continuation", "وشدّد", "person", "Saudi Arabia", "clause", ant="وزير الخارجية السعودي",
  add=("title_only",),
  frags=["لا تقبل الإملاءات. مبدأ المملكة العربية السعودية منذ عهد الملك المؤسس هو ألا نقبل أن يملي أحد علينا شيئا وألا نقبل التدخل في شؤوننا الداخلية، كما أننا لا نتدخل في شؤون الدول الأخرى"])
Q(P, "direct", "نعتقد أن ما قامت به كندا أمر غير مقبول. نحن لا نتحدث عن الأمور الداخلية في كندا ولا نحاول أن نفرض قيمنا ومبادئنا على أحد. ونتقبل الحوار بين الدول ككل",
  "عادل الجبير", None, "continuation", "قائلا", "person", "Saudi Arabia", "quote", ant="وزير الخارجية السعودي",
  add=("title_only",), notes="واسترسل قائلا: participle cue")
Q(P, "indirect", "السعودية حصلت على دعم مجلس التعاون الخليجي باستثناء دولة قطر، ودعم جامعة الدول العربية ومنظمة التعاون الإسلامي، وهذه المنظمات الثلاث تشكل ثلث البشرية",
  "عادل الجبير", None, "continuation", "ولفت", "person", "Saudi Arabia", "clause", ant="وزير الخارجية السعودي",
  add=("title_only",))
Q(P, "direct", "المملكة العربية السعودية ضمن منظومة عربية وإسلامية كبيرة، وعلى كندا أن تفهم أن ما قامت به أمر غير مقبول ليس فقط للسعودية بل غير مقبول للدول العربية والإسلامية",
  "عادل الجبير", None, "continuation", "واختتم", "person", "Saudi Arabia", "quote", ant="وزير الخارجية السعودي",
  add=("title_only",))
N(P, "تصحيح ما قامت به", "headline wording of Jubeir's quote with no speaker or cue in the headline (alternative: a quote of عادل الجبير)")

# ---------------- SK-sport-2339 ----------------
P = "SK-sport-2339"
Q(P, "indirect", "ضمه للبرازيلي مالكوم، جناح بوردو الفرنسي، بشكل رسمي", "روما", "روما الإيطالي", "name", "إعلان",
  "institution", "AS Roma", "nominal", bl=True,
  notes="noun cue إعلان + verbal noun inside a بعد adjunct (announced the signing): event announcement, borderline (as ant_check إعلان عزمه الترشح); clitic عن left out")
Q(P, "indirect", "خلال توجه مالكوم للمطار، في رحلته للعاصمة الإيطالية روما، تقدم برشلونة بعرض لشراء اللاعب، مقابل 41 مليون يورو، أي بـ5 ملايين أكثر من عرض النادي الإيطالي",
  "صحيفة آس", "موقع صحيفة \"آس\"", "name", "حسب ما نشر", "media", "other", "clause", spk_where="after",
  cue_where="after", post=True, notes="postposed حسب ما نشر covers the sentence; the connective ف of فخلال left out")
Q(P, "mixed", "\"غير الأخلاقي\"", "جماهير روما", "العديد من جماهير روما", "description", "حسب ما وصفه", "group", "other",
  "quote", spk_where="after", cue_where="after", post=True, objpred=True, frags=["غير الأخلاقي"],
  notes="postposed حسب ما وصفه X: X's characterisation of Barcelona's intervention; span is the quoted predicate (as وصف X بـ\"Y\"); channel على وسائل التواصل الاجتماعي left out")
Q(P, "indirect", "وكيل أعمال نجم بوردو دخل في مفاوضات مع برشلونة، الثلاثاء، لاستكمال الانتقال \"الدراماتيكي\"، بعد اتفاقه السابق مع روما",
  "صحيفة آس", "الصحيفة", "description", "وتقول", "media", "other", "clause", title=True,
  notes="\"الدراماتيكي\" is a scare quote (non-quote), so indirect")
N(P, "يغدر", "scare quotes (headline), no speaker")
N(P, "ارتباكا", "scare quotes, no speaker")
N(P, "آس", "newspaper name (AS), not speech")
N(P, "النادرة", "scare quotes, no speaker")
N(P, "الدراماتيكي", "scare quotes, no speaker")
N(P, "الكتالوني", "scare quotes (the Catalan club), no speaker")
