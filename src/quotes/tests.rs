use super::*;

fn quotes(text: &str) -> Vec<Quote> {
    let found = extract(text);
    for quote in &found {
        let chars: Vec<char> = text.chars().collect();
        let content: String = chars[quote.content.start..quote.content.end]
            .iter()
            .collect();
        assert_eq!(content, quote.content.text);
    }
    found
}

#[test]
fn reported_speech_with_a_titled_speaker() {
    let found = quotes("قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن موسكو مستعدة للحوار.");
    assert_eq!(found.len(), 1);
    let quote = &found[0];
    assert_eq!(quote.kind, "indirect");
    assert_eq!(quote.content.text, "موسكو مستعدة للحوار");
    assert_eq!(
        quote.speaker.as_ref().map(|s| s.name.as_str()),
        Some("ديمتري بيسكوف")
    );
    assert_eq!(
        quote.role.as_ref().map(|r| r.text.as_str()),
        Some("المتحدث باسم الكرملين")
    );
}

#[test]
fn skeletons_meet_across_transliterations() {
    use lexicon::skeleton;
    assert_eq!(skeleton("ترامب"), skeleton("ترمب"));
    assert_eq!(skeleton("بوتين"), skeleton("بوتن"));
    assert_eq!(skeleton("الكرملين"), skeleton("الكريملين"));
    assert_ne!(skeleton("بوتين"), skeleton("ترامب"));
    assert_eq!(skeleton("قال"), "قال");
}

#[test]
fn an_unclosed_mark_ends_with_its_paragraph() {
    let text = "وقال الوزير: «سنرد على أي هجوم\nوفي سياق آخر، ارتفعت الأسعار.";
    let found = quotes(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].content.text, "سنرد على أي هجوم");
}

#[test]
fn quoted_names_are_not_speech() {
    assert!(quotes("كتب على منصة \"إكس\" أن الاجتماع انتهى وقالت صحيفة \"هآرتس\"").len() <= 1);
    assert!(quotes("عملية «السهم الذهبي» انتهت.").is_empty());
}

#[test]
fn malformed_user_lexicons_are_errors_not_panics() {
    assert!(Lexicon::extended(&[("verbs", "قال")], Vec::new()).is_err());
    assert!(Lexicon::extended(&[("planets", "x")], Vec::new()).is_err());
    let extended = Lexicon::extended(&[("verbs", "ألمح\tألمح\tverb\tإلى")], Vec::new());
    assert!(extended.is_ok_and(|l| l.verb("والمح").is_some()));
    // a misspelt option would silently do nothing: it is an error
    let misspelt = Lexicon::extended(&[("verbs", "زعم\tزعم\tverb\t-\tnominall")], Vec::new());
    assert!(misspelt.is_err_and(|e| e.to_string().contains("unknown option")));
    let unknown_role = Lexicon::extended(&[("grammar", "كما\town_clauses")], Vec::new());
    assert!(unknown_role.is_err());
}

#[test]
fn what_a_verb_takes_and_what_a_grammar_word_does_are_lexicon_data() {
    let lexicon = Lexicon::extended(&[("verbs", "زعق\tزعق\tverb\t-\tspeech")], Vec::new())
        .expect("a verb of saying");
    assert!(lexicon.verb("زعق").is_some_and(|v| v.speech && !v.naming));
    assert!(lexicon.verb("قال").is_some_and(|v| v.speech));
    assert!(lexicon
        .verb("اتهم")
        .is_some_and(|v| v.accusing && !v.speech));
    assert!(lexicon.verb("ندد").is_some_and(|v| v.objectless));
    assert!(lexicon.verb("اعتبر").is_some_and(|v| v.naming));
    assert!(lexicon.is("كما", Grammar::OwnClause) && lexicon.is("انذاك", Grammar::TimePast));
    assert!(lexicon.is("رساله", Grammar::Addressed) && lexicon.is("استطلاع", Grammar::Survey));
    // the writer's phrase of when and where a report was made, after وذلك
    assert!(lexicon.is("اثناء", Grammar::ReportTime) && lexicon.is("لدي", Grammar::ReportTime));
    assert!(lexicon.is("مءتمر", Grammar::Occasion) && lexicon.is("خلفيه", Grammar::Occasion));
    // الأخير points back; the words that may stand inside a subject before a day
    assert!(lexicon.is("الاخير", Grammar::Anaphor) && lexicon.is("الاخيره", Grammar::Anaphor));
    for word in ["في", "من", "لدي", "ضد", "باسم"] {
        assert!(lexicon.is(word, Grammar::InSubject), "{word}");
    }
    assert!(!lexicon.is("بين", Grammar::InSubject) && !lexicon.is_function_word("باسم"));
}

#[test]
fn a_text_longer_than_a_window_reads_as_its_paragraphs_do() {
    let paragraph = "وقال وزير الخارجية الفرنسي جان لودريان إن باريس تدعم الحل 😀.\n";
    let one = quotes(paragraph);
    assert_eq!(one.len(), 1);
    let times = WINDOW / paragraph.encode_utf16().count() * 3 / 2;
    let text = paragraph.repeat(times);
    let found = quotes(&text);
    assert_eq!(found.len(), times);
    let entities = entities(&text);
    let step = paragraph.chars().count();
    for (k, quote) in found.iter().enumerate() {
        assert_eq!(quote.content.start, one[0].content.start + k * step);
        assert_eq!(quote.speaker, one[0].speaker);
        // the speaker's entity is the one of the same window, whose mentions include this one
        let entity = &entities[quote.speaker_entity.expect("a speaker's entity")];
        let mention = quote.speaker_mention.as_ref().expect("a mention");
        assert!(entity.mentions.iter().any(|m| &m.span == mention));
    }
}

#[test]
fn a_hashtag_is_its_words() {
    let speaker = |text: &str| quotes(text)[0].speaker.as_ref().map(|s| s.name.clone());
    let text = "وقال وزير الخارجية الكندي، بيير #لافوا، إن العقوبات غير مقبولة.";
    assert_eq!(speaker(text).as_deref(), Some("بيير لافوا"));
    let text = "وأعلن #الجيش_الكندي أن التدريبات انتهت.";
    assert_eq!(speaker(text).as_deref(), Some("الجيش الكندي"));
}

fn speakers(text: &str) -> Vec<Option<String>> {
    quotes(text)
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect()
}

#[test]
fn a_title_is_held_by_a_name_not_by_what_follows_it() {
    // a preposition of time after a title, and a conjunction with a noun and its pronoun
    let found = speakers("وقال السفير الياباني بعيد وصوله إلى المطار إن المحادثات كانت مثمرة.");
    assert_ne!(found, [Some("بعيد".to_owned())]);
    let found =
        speakers("وعقد الرئيس البرازيلي وضيفه لقاء مطولا، وقال الرئيس البرازيلي إن البلدين شريكان.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("وضيفه")),
        "{found:?}"
    );
    // a hyphenated first name is one name
    let found = speakers("وقال وزير الخارجية الكندي، ماري-كلود فونتين، إن المحادثات كانت مثمرة.");
    assert_eq!(found, [Some("ماري-كلود فونتين".to_owned())]);
    // a state agency known by its short name is a medium, not a person
    let found = speakers("وقالت سانا إن الطريق الدولي أعيد فتحه.");
    assert_eq!(found, [Some("وكالة الأنباء السورية".to_owned())]);
}

#[test]
fn a_one_word_name_is_not_completed_by_a_word_only_seen_after_it() {
    // غوغل بلاس is a product of غوغل: بلاس is never written alone
    let found = speakers(
        "وأغلقت نيتفلكس ستوديو في كندا. وقال متحدث إن نيتفلكس ستوديو سيعود. وقالت نيتفلكس إن الاشتراكات زادت.",
    );
    assert_eq!(found.last().cloned().flatten().as_deref(), Some("نيتفلكس"));
}

#[test]
fn a_title_named_after_a_comma_binds_its_holder_whatever_the_adjective_agrees_with() {
    // the name is known from the headline, and the nationality agrees with the genitive later
    let found = speakers(
        "وليد الرفاعي: لن نتراجع\nأعلن وزير الخارجية الأردني، وليد الرفاعي رفض بلاده للقرار. وقال الرفاعي إن القرار باطل.\nوأضاف وزير الخارجية الأردنية أن بلاده ستتحرك.",
    );
    assert_eq!(
        found.last().cloned().flatten().as_deref(),
        Some("وليد الرفاعي"),
        "{found:?}"
    );
}

#[test]
fn the_late_is_a_title_before_a_name() {
    let found = speakers(
        "وأول من فعل ذلك الراحل رشدي الخطيب في حفل زواج ابنه.\nوكان الخطيب قد قال إن الزواج عقد مدني.",
    );
    assert_eq!(found, [Some("رشدي الخطيب".to_owned())]);
}

#[test]
fn the_accused_after_its_verb_is_the_object() {
    let found = speakers(
        "وقال وزير الخارجية الكوبي إن الحصار ظالم، واتهم واشنطن بتقويض الاتفاق.\nوكانت الصين قد اتهمت واشنطن بالتدخل في شؤونها.",
    );
    // with a name after it, the noun after the verb is its subject
    let found_too = speakers("واتهمت واشنطن بكين بالتجسس على شركاتها.");
    assert_eq!(found_too.len(), 1);
    assert_ne!(found_too[0], None);
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|s| s.as_deref() != Some("واشنطن")),
        "{found:?}"
    );
}

#[test]
fn a_quantity_of_people_is_the_group_it_counts() {
    // أكثر alone is no one: the speaker is the quantity with the plural it counts
    let found = speakers("وقال أكثر من 30 من المسؤولين الأوروبيين إن الخطة لن تنجح.");
    assert_eq!(
        found,
        [Some("أكثر من 30 من المسؤولين الأوروبيين".to_owned())]
    );
    let found = speakers("وأفاد نحو نصف المشاركين أنهم يعملون ساعات إضافية.");
    assert_eq!(found, [Some("نحو نصف المشاركين".to_owned())]);
    let found = speakers("وقال 60% من الناخبين إن الاقتصاد أهم قضية.");
    assert_eq!(found, [Some("60% من الناخبين".to_owned())]);
}

#[test]
fn ala_hadd_attributes_only_with_a_word_of_saying() {
    // على حد سواء is 'alike': no source and no quote
    assert!(quotes("وتضررت القرى والمدن على حد سواء من الفيضانات.").is_empty());
    let found = speakers("وقال الوزير إن الخطة \"ناجحة\" على حد تعبيره.");
    assert_eq!(found, [Some("الوزير".to_owned())]);
    let found = speakers("الحكومة \"فاشلة\" على حد وصف زعيم المعارضة.");
    assert_eq!(found, [Some("زعيم المعارضة".to_owned())]);
}

#[test]
fn a_title_takes_a_chain_of_genitives_up_to_an_organisation_or_a_place() {
    // رئيس مجلس is not the speaker: the chain runs on to the body it heads, and the holder
    // named after it speaks
    let found = speakers("وقال رئيس مجلس الاتحاد الأوروبي، دونالد توسك، إن القادة متضامنون.");
    assert_eq!(found, [Some("دونالد توسك".to_owned())]);
    let found = speakers("وأكد رئيس مجلس إدارة غرفة الرياض سالم الحربي، أن القرار صائب.");
    assert_eq!(found, [Some("سالم الحربي".to_owned())]);
    let found = speakers("وقال رئيس مجلس علماء باكستان إن الشعب يقف مع المملكة.");
    assert_eq!(found, [Some("رئيس مجلس علماء باكستان".to_owned())]);
}

#[test]
fn an_organisation_named_in_foreign_words_keeps_all_of_them() {
    let found = speakers("وطالبت منظمة هيومن رايتس ووتش الأحد السلطات بالإفراج عن المعتقلين.");
    assert_eq!(found, [Some("منظمة هيومن رايتس ووتش".to_owned())]);
    let found = speakers("وذكرت صحيفة فايننشال تايمز البريطانية أن البنك سيرفع الفائدة.");
    assert_eq!(found, [Some("صحيفة فايننشال تايمز".to_owned())]);
    // but not into the next name, an accusative or a verb
    let found = speakers("وكلف الملك حكومة جديدة عمر الرزاز. وقالت حكومة جديدة إن الضرائب ستخفض.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("الرزاز")),
        "{found:?}"
    );
    let found = speakers("وأصدرت شركة ألفا بيانا قالت فيه إن الأرباح ارتفعت.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("بيانا")),
        "{found:?}"
    );
}

#[test]
fn a_verb_after_a_title_is_not_its_holder() {
    // a headline: the title and its verb in the present, with what it governs after it
    let found = speakers("العاهل الأردني يطمئن على الجرحى ويقول إنهم بخير");
    assert!(found.iter().flatten().all(|s| s != "يطمئن"), "{found:?}");
    let found = speakers("وقال المبعوث الدولي يسعى إلى حل سياسي.");
    assert!(found.iter().flatten().all(|s| s != "يسعى"), "{found:?}");
    // a name that begins as a verb would, written again alone later, stays a name
    let found = speakers(
        "وقال رئيس الوزراء اليوناني تسيبراس في أثينا إن الأزمة انتهت. وأضاف تسيبراس أن الدين تراجع.",
    );
    assert_eq!(found.first().cloned().flatten().as_deref(), Some("تسيبراس"));
}

#[test]
fn a_title_or_a_quantity_at_the_end_of_a_text_reads_no_further() {
    // the readers look ahead of a title's chain and of a quantity: past the end is no word
    for text in [
        "رئيس مجلس",
        "وقال رئيس مجلس إدارة",
        "وقال أكثر من",
        "وقال نحو 20",
        "وقالت منظمة هيومن",
    ] {
        quotes(text);
        crate::quotes::entities(text);
    }
}

#[test]
fn the_same_official_is_the_official_named_before() {
    let found = speakers("وقال المسؤول الأمريكي إن الموضوع مهم. وأكد نفس المسؤول أن القرار نهائي.");
    assert_eq!(
        found,
        [
            Some("المسؤول الأمريكي".to_owned()),
            Some("المسؤول الأمريكي".to_owned())
        ]
    );
}

#[test]
fn a_source_is_described_by_the_body_it_is_in_whether_or_not_written_with_al() {
    // a construct whose head has no ال (وزارة، حلف), as with a body written with it
    let found = speakers("وقال مسؤول في وزارة الزراعة البرازيلية إن الصادرات ارتفعت.");
    assert_eq!(
        found,
        [Some("مسؤول في وزارة الزراعة البرازيلية".to_owned())]
    );
    let found = speakers("وأوضح مصدر في حلف الناتو أن الاجتماع تأجل.");
    assert_eq!(found, [Some("مصدر في حلف الناتو".to_owned())]);
    // a time is no body
    let found = speakers("وقال مسؤول في وقت سابق إن الصادرات ارتفعت.");
    assert_ne!(found, [Some("مسؤول في وقت سابق".to_owned())]);
}

#[test]
fn a_title_alone_names_its_holder_of_the_day_the_text_is_read_for() {
    let text = "وقال الرئيس الأمريكي إن المفاوضات مستمرة.";
    let units: Vec<u16> = text.encode_utf16().collect();
    let speaker_on = |day: Option<&str>| {
        let day = day.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("a date"));
        extract_utf16(&units, &Lexicon::builtin(), day)[0]
            .speaker
            .as_ref()
            .map(|s| s.name.clone())
    };
    assert_eq!(speaker_on(None).as_deref(), Some("دونالد ترامب"));
    assert_eq!(
        speaker_on(Some("2018-06-01")).as_deref(),
        Some("دونالد ترامب")
    );
    assert_eq!(speaker_on(Some("2022-06-01")).as_deref(), Some("جو بايدن"));
    // the day of a handover is the new holder's
    assert_eq!(speaker_on(Some("2021-01-20")).as_deref(), Some("جو بايدن"));
    assert_eq!(
        speaker_on(Some("2025-01-20")).as_deref(),
        Some("دونالد ترامب")
    );
    // a title no holder of the lexicon held that day is the title itself
    let text = "وقال وزير الخارجية الأمريكي إن المفاوضات مستمرة.";
    let units: Vec<u16> = text.encode_utf16().collect();
    let found = extract_utf16(
        &units,
        &Lexicon::builtin(),
        NaiveDate::from_ymd_opt(2018, 6, 1),
    );
    let speaker = found[0].speaker.as_ref().map(|s| s.name.as_str());
    assert_eq!(speaker, Some("وزير الخارجية الأمريكي"));
}

#[test]
fn terms_read_as_written_and_nothing_else() {
    let term = Term::parse("2017-01-20..2021-01-20").expect("a term");
    assert_eq!(term.from, NaiveDate::from_ymd_opt(2017, 1, 20));
    assert_eq!(term.to, NaiveDate::from_ymd_opt(2021, 1, 20));
    assert_eq!(Term::parse("2025-01-20..").and_then(|t| t.to), None);
    assert!(Term::parse("2025-01-20").is_none());
    assert!(Term::parse("20-01-2025..").is_none());
    // open at both ends, or ending before it starts: a mistake
    assert!(Term::parse("..").is_none());
    assert!(Term::parse("2019-05-20..2014-06-07").is_none());
}

#[test]
fn a_preposition_of_cause_or_topic_ends_a_name() {
    // (بشأن، بسبب are nouns in form, prepositions in use: never part of a name)
    let found = speakers("وقال كارلوس بيريز بشأن الصفقة: \"لم نتفق بعد\".");
    assert_eq!(found, [Some("كارلوس بيريز".to_owned())]);
    let found = speakers("وأوضح ماركوس بسبب الإصابة أن الفريق سيغيب.");
    assert_eq!(found, [Some("ماركوس".to_owned())]);
}

#[test]
fn a_statement_is_its_issuers_not_its_publishers() {
    // أصدر makes its subjects the statement's issuers; نشر only the author of a report, not
    // the issuer of a statement it carries
    let issued = "وأصدرت فرنسا وألمانيا بيانا مشتركا، وقال البيان إن الاتفاق نهائي.";
    assert_eq!(speakers(issued), [Some("ألمانيا وفرنسا".to_owned())]);
    let carried = "ونشرت فرنسا وألمانيا بيانا مشتركا، وقال البيان إن الاتفاق نهائي.";
    assert_ne!(speakers(carried), [Some("ألمانيا وفرنسا".to_owned())]);
}

#[test]
fn a_statement_a_report_was_made_in_is_its_speakers_wherever_the_cue_stands() {
    // في بيان names the statement as the means of the report of its sentence, whose speaker
    // issued it: the cue after it, or before it with the content first
    // (a person: no institution named before stands in for the issuer)
    let cue_after =
        "وفي بيان على حسابه، قال اللاعب محمد سالم إنه سيعتزل. وأضاف البيان أن قراره نهائي.";
    assert_eq!(speakers(cue_after)[1], Some("محمد سالم".to_owned()));
    let content_first =
        "وسيعتزل اللاعب في الصيف، بحسب ما أعلنه محمد سالم في بيان له. وأوضح البيان أن قراره نهائي.";
    assert_eq!(
        speakers(content_first).last(),
        Some(&Some("محمد سالم".to_owned()))
    );
    // a statement issued, not a means: a report after it is no issuer's
    let issued =
        "وأصدرت وزارة الصحة بيانا، وقال الوزير إن اللقاح آمن. وأضاف البيان أن التوزيع يبدأ غدا.";
    assert_eq!(
        speakers(issued).last(),
        Some(&Some("وزارة الصحة".to_owned()))
    );
}

#[test]
fn a_subject_phrase_at_the_end_of_the_text_does_not_read_past_it() {
    // found by cargo-fuzz: a comma closing the text after the words that follow a verb
    for text in ["قال الم،", "نبه، صرّح الم،"] {
        assert!(quotes(text)
            .iter()
            .all(|q| q.content.end <= text.chars().count()));
    }
}

#[test]
fn a_medium_or_a_body_of_no_government_is_on_no_government_s_side() {
    let side = |text: &str| {
        let found = quotes(text);
        let speaker = found[0].speaker.clone().expect("a speaker");
        (speaker.name, speaker.side)
    };
    // the adjective of nationality puts a ministry on its government's side
    let (name, ministry) = side("وقالت وزارة الصحة السورية إن عشرة أشخاص أصيبوا.");
    assert_eq!(name, "وزارة الصحة السورية");
    assert_eq!(ministry.as_deref(), Some("Syria"));
    // an observatory, a party, a company or an agency of that country is not
    for text in [
        "وقال المرصد السوري لحقوق الإنسان إن عشرة أشخاص أصيبوا.",
        "وقال حزب الشعب الجمهوري التركي إن الانتخابات لم تكن نزيهة.",
        "وقالت شركة النفط الروسية إن الإنتاج سيرتفع.",
        "وذكرت وكالة الأنباء الروسية أن الوفد وصل إلى أنقرة.",
    ] {
        let (name, found) = side(text);
        assert_eq!(found.as_deref(), Some("other"), "{name}");
    }
}

#[test]
fn a_body_of_a_state_named_by_its_country_s_name_takes_that_country_s_side() {
    let side = |text: &str| {
        let found = quotes(text);
        let speaker = found[0].speaker.clone().expect("a speaker");
        (speaker.name, speaker.side)
    };
    // the country's name in the genitive, or after في, as its adjective would
    for (text, country) in [
        ("وقالت حكومة الأردن إن المعبر سيفتح غدا.", "Jordan"),
        ("وأعلنت شرطة برلين أن السائق اعتقل.", "Germany"),
        ("وقالت وزارة الزراعة في المغرب إن المحصول تضاعف.", "Morocco"),
        ("وأكدت سفارة كندا في القاهرة أن القنصلية مغلقة.", "Canada"),
        // a national body of the state, whatever its head
        (
            "وقالت الهيئة الوطنية للسياحة في الأردن إن الفنادق ممتلئة.",
            "Jordan",
        ),
    ] {
        let (name, found) = side(text);
        assert_eq!(found.as_deref(), Some(country), "{name}");
    }
    // an embassy in a capital is not that capital's; a centre or a force a country's name
    // places speaks for no state
    for text in [
        "وقالت السفارة في الرياض إن الرحلات ستستأنف.",
        "وقال مركز دراسات في الأردن إن الأسعار ارتفعت.",
        "وقالت الجامعة الوطنية في الأردن إن الدراسة ستنشر قريبا.",
    ] {
        let (name, found) = side(text);
        assert_ne!(found.as_deref(), Some("Saudi Arabia"), "{name}");
        assert_ne!(found.as_deref(), Some("Jordan"), "{name}");
    }
    // an adjective of a country any reader knows (not غاني: أشرف غاني is a name)
    let (_, minister) = side("وقال وزير الصحة الرواندي إن اللقاح وصل.");
    assert_eq!(minister.as_deref(), Some("Rwanda"));
}

#[test]
fn a_title_of_a_trade_gives_its_holder_no_government_s_side() {
    let side = |text: &str| {
        let found = quotes(text);
        let speaker = found[0].speaker.clone().expect("a speaker");
        (speaker.name, speaker.side)
    };
    // a coach, an actress, a researcher or a writer of a country speaks for none
    for text in [
        "وقال المدرب الهولندي يان فيلدر إن فريقه لعب بثقة.",
        "وأكدت الممثلة اللبنانية رنا سماحة أن الدور كان صعبا.",
        "وقال المدير الفني البرازيلي للفريق إن اللاعبين متعبون.",
        "وأوضح الباحث المغربي سعيد العلوي أن النتائج أولية.",
        "وقالت الروائية الجزائرية إن روايتها الجديدة ستصدر قريبا.",
    ] {
        let (name, found) = side(text);
        assert_eq!(found, None, "{name}");
    }
    // an office with the same adjective does, held by a name or alone
    let (_, minister) = side("وقال وزير الرياضة الهولندي يان فيلدر إن الملعب جاهز.");
    assert_eq!(minister.as_deref(), Some("Netherlands"));
    let (_, director) = side("وقال المدير العام للشرطة المغربية إن التحقيق مستمر.");
    assert_eq!(director.as_deref(), Some("Morocco"));
}

#[test]
fn a_title_held_in_a_field_or_a_body_takes_the_name_after_it() {
    // after a definite word, with no comma
    let found = speakers("وقال المسؤول في الشرطة عبد الرزاق شيما إن المسلحين فروا.");
    assert_eq!(found, [Some("عبد الرزاق شيما".to_owned())]);
    let found = speakers("وقال الخبير في شؤون الجماعات الإرهابية منير أديب إن التنظيم ضعيف.");
    assert_eq!(found, [Some("منير أديب".to_owned())]);
    // a body with a place of its own, then the name between commas
    let found =
        speakers("وقال الخبير في الأسلحة الكيمياوية في جامعة ليدز، محمد الجويني، إن الغاز قاتل.");
    assert_eq!(found, [Some("محمد الجويني".to_owned())]);
    let found = speakers("وأوضحت الباحثة في جامعة \"هارفارد\"، سلمى الخطيب، أن النتائج مشجعة.");
    assert_eq!(found, [Some("سلمى الخطيب".to_owned())]);
    // a title inside the phrase holds the name after it
    let found = speakers("وقال المستشار في مكتب رئيس الوزراء بنيامين نتنياهو إن الأمر صعب.");
    assert_ne!(found, [Some("بنيامين نتنياهو".to_owned())]);
    // a body's name with ل is no holder, nor a name and what follows it in the phrase
    let found = speakers("وقال الباحث في المنظمة العربية لحقوق الإنسان في لندن إن الوضع سيء.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("لحقوق")),
        "{found:?}"
    );
    let found = speakers(
        "ندد زعيم المعارضة في زيمبابوي نلسون تشاميسا بإعلان فوز، إيمرسون منانغاغوا، في الانتخابات، معتبرا أنه \"انقلاب\".",
    );
    assert!(
        found.iter().flatten().all(|s| !s.contains("منانغاغوا")),
        "{found:?}"
    );
    // a name that begins as a preposition does (بوب، ليور), before no definite word
    let found = speakers(
        "وقال السيناتور الديموقراطي في لجنة العلاقات الخارجية بوب مينيديز في حديث تلفزيوني إن الأمر خطير.",
    );
    assert_eq!(found, [Some("بوب مينيديز".to_owned())]);
    // a body of several words without ال, with its town after ب
    let found = speakers(
        "وقال مدير البرنامج في مركز محمد بن راشد للفضاء، سعيد القرقاوي، إن الإطلاق سيتم في 2020.",
    );
    assert_eq!(found, [Some("سعيد القرقاوي".to_owned())]);
    let found =
        speakers("وقال الأستاذ في كلية كينيدي بجامعة هارفارد، جوشوا غودمان، إن التلاميذ يتعبون.");
    assert_eq!(found, [Some("جوشوا غودمان".to_owned())]);
    // a place after a field is no holder's place
    let found = speakers("وقال الخبير في الشؤون الروسية ستيفان لاكروا إن الوضع معقد.");
    assert_eq!(found, [Some("ستيفان لاكروا".to_owned())]);
}

#[test]
fn a_medium_after_l_ends_a_name() {
    let found = speakers("وقال منير أديب لموقع سكاي نيوز عربية إن التنظيم ضعيف.");
    assert_eq!(found, [Some("منير أديب".to_owned())]);
}

#[test]
fn a_plural_of_people_no_lexicon_lists_takes_where_they_are_from() {
    let found = speakers("وقال باحثون من جامعة واترلو إن المزاج السيء مفيد.");
    assert_eq!(found, [Some("باحثون من جامعة واترلو".to_owned())]);
    let found = speakers("ويقول أطباء في إقليم هيرات إن معدلات الانتحار مرتفعة.");
    assert_eq!(found, [Some("أطباء في إقليم هيرات".to_owned())]);
    // not the من a verb takes, nor the object after the phrase
    let found = speakers("حذر علماء من حدوث انفجار مفاجئ للكون.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("حدوث")),
        "{found:?}"
    );
    let found = speakers("واتهم نشطاء في منطقة الأحواز قوات الأمن باعتقال زملاء لهم.");
    assert!(
        found.iter().flatten().all(|s| !s.contains("قوات")),
        "{found:?}"
    );
    // nor the preposition the verb takes after a group
    let found = speakers("وأعرب عدد من أعضاء الكونغرس الأمريكي عن قلقهم بشأن النزاع.");
    assert_eq!(found, [Some("عدد من أعضاء الكونغرس الأمريكي".to_owned())]);
}

#[test]
fn some_of_a_body_s_people_are_the_group_they_count() {
    let found = speakers("وقال عدد من مراسلي رويترز إن الأسعار زادت.");
    assert_eq!(found, [Some("عدد من مراسلي رويترز".to_owned())]);
    let found = speakers("ويرى الكثير من المتابعين أن ذلك سيكون قريبا.");
    assert_eq!(found, [Some("الكثير من المتابعين".to_owned())]);
}

#[test]
fn a_window_shows_a_name_once_and_gives_it_again_as_shown() {
    let lexicon = Lexicon::builtin();
    let units: Vec<u16> = "قال وزير الخارجية الروسي سيرغي لافروف للصحفيين"
        .encode_utf16()
        .collect();
    let text = Prepared::new(&lexicon.normalizer, &units).unwrap();
    let window = Window {
        tokens: TokenList::new(&text.normalized),
        text: &text,
        offset: 0,
        lexicon: &lexicon,
        shown: RefCell::default(),
    };
    let (start, end) = (window.tokens.start(4), window.tokens.end(5));
    let name = window.display(start, end);
    assert_eq!(name, "سيرغي لافروف");
    assert_eq!(name, shown(&lexicon, &text, start, end));
    assert_eq!(window.shown.borrow().len(), 1);
    // asked again, it is the name kept, not shown anew
    assert_eq!(window.display(start, end), name);
    assert_eq!(window.shown.borrow().len(), 1);
}

#[test]
fn a_profession_before_a_name_is_its_title() {
    // professions news puts before a name (a businessman, a cleric, a critic, a novelist), in
    // one word or as a construct of two: the speaker is the name, the profession its role
    let found = speakers("ودعا رجل الأعمال الكندي مارك تيبو إلى مراجعة القرار.");
    assert_eq!(found, vec![Some("مارك تيبو".to_string())]);
    let found = speakers("وقال الناقد الفرنسي جان لوران إن الفيلم يستحق الجائزة.");
    assert_eq!(found, vec![Some("جان لوران".to_string())]);
    let found = speakers("وأكد رجل الدين البارز حسن الخطيب أن الحوار هو الحل.");
    assert_eq!(found, vec![Some("حسن الخطيب".to_string())]);
}

/// A verb whose root ends in ن is plural by its ending as any other (أعلنوا): the noun after it
/// is its object, not its speaker.
#[test]
fn a_plural_of_a_verb_whose_root_ends_in_nun_has_an_object_after_it() {
    let found = quotes("وأعلنوا الحكومة مسؤولة عن الأزمة.");
    assert_eq!(found.len(), 1);
    assert_ne!(
        found[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("الحكومة")
    );
    // and أدان، its ending its own letters, is singular: the name after it is its speaker
    let found = quotes("وأدان الرئيس الفرنسي إيمانويل ماكرون الهجوم على المدنيين.");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("إيمانويل ماكرون")
    );
}
