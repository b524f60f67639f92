DOC = "AL-culture-549-20180708"
NAN = dict(speaker="ناديا الرئيس", type="person", side="other")
QUOTES = [
    dict(kind="indirect", text='فكرة أغنية البيتلز Baby you can Drive My Car بالعربي "رح سوق السيارة" أو Drive My Car جاءت من journaliste Marco Werman من إذاعة WGBH و Rob Hayes و هو أستاذ بجامعة Berklee College of Music ، حين طلب مني الأستاذ روب إعادة كتابة الأغنية بالعربي لتلائم الموضوع',
         sp="الشابة نانو الرئيس", cue="قالت", complement="clause",
         notes="إن left out; the song title \"رح سوق السيارة\" inside is the writer's title marks, so the record stays indirect; "
               "first-person slip مني inside unmarked speech stays indirect; addressee في حوار مع \"العربية.نت\" left out; "
               "speaker named ناديا الرئيس in line 4 (نانو is her stage name)", **NAN),
    dict(kind="indirect", text="معنى الأغنية الأصلية يكمن بوجود امرأة تبحث عن سائق، لأنها ستصبح مشهورة وستشتري سيارة",
         sp="نانو", cue="وأوضحت", complement="clause", **NAN),
    dict(kind="indirect", text="المعنى الجديد للفكرة هو أن المرأة سوف تقوم بقيادة السيارة، وهي سعيدة، بالتالي فإن الشباب سيطلبون يدها، مع أنها ليست في وارد الزواج",
         cue="وتابعت", complement="clause", ante="نانو", ante_ctx="وأوضحت نانو", **NAN),
    dict(kind="indirect", text="الأغنية طريفة، وبسيطة، وقوية بذات الوقت", sp="نانو", cue="واعتبرت", complement="clause", **NAN),
    dict(kind="indirect", text="الأغنية جاءت بأصداء قوية جداً من الجمهور الأميركي", sp="نانو", cue="وأكدت", complement="clause",
         notes="the coordinated وردد الجميع كلمة \"حبيبي\" is read as the writer's narration, so the crowd's قائلين quote is its own record "
               "(alternative: Nano's clause runs on and the crowd's words are nested in it)", **NAN),
    dict(kind="direct", text="كم ذكية هذه الأغنية", sp="الجميع", ref="description", cue="قائلين", complement="quote",
         speaker="الجمهور الأميركي", type="anonymous", side="other",
         notes="plural participle whose subject is الجميع (the American audience); colon + marks"),
    dict(kind="direct", text="كان لدي شغف بالغناء، وكنت خلال دراستي للهندسة المعمارية أسافر بين حمص وحلب كل أسبوع، وخلال ساعات الطريق كنت أستمع للموسيقى، وأحلم بأنني أغني على المسرح",
         sp="نانو", cue="وقالت", complement="quote", notes="عن نفسها left out", **NAN),
    dict(kind="direct", text="بعد الحرب في سوريا، التحقت بجامعة بيركلي للموسيقى، وأنا أول سورية تدرس في هذه الجامعة",
         cue="وأضافت", complement="quote", ante="نانو", ante_ctx="وقالت نانو", **NAN),
]
NON_QUOTES = [
    dict(text="رح سوق السيارة", reason="song title (headline), not speech"),
    dict(text="سر الأغنية", reason="headline label after topic-only تكشف, not speech"),
    dict(text="بريكلي", reason="college name"),
    dict(text="البيتلز", reason="band name"),
    dict(text="Drive My Car", reason="song title"),
    dict(text="الغيتار بص", reason="instrument name"),
    dict(text="التشيلو", reason="instrument name"),
    dict(text="نانو الرئيس", reason="stage name (المعروفة بـ)"),
    dict(text="العربية.نت", reason="outlet name (addressee of the interview)"),
    dict(text="حبيبي", reason="word mention (ردد الجميع كلمة)"),
]
NUMBERS = [
    dict(surface="عام 1965", kind="year", value=1965, note="صدرت عام 1965"),
    dict(surface="53 سنة", kind="duration", value=53, unit="year", qualifier="ago", note="تعود لـ 53 سنة: dates back 53 years (لـ out)"),
    dict(surface="أول", ctx="وكانت أول أغنية", kind="ordinal", value=1, noun="أغنية"),
    dict(surface="ساعات", ctx="خلال ساعات الطريق", kind="vague", unit="hour", qualifier="plural_unspecified", scored=False,
         note="خلال ساعات الطريق: the hours of the trip; inside quote"),
    dict(surface="أول", ctx="وأنا أول سورية", kind="ordinal", value=1, noun="سورية", note="inside quote"),
]
