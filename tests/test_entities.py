"""The entity layer: one entity per referent, with the spans of all its mentions."""

from __future__ import annotations

import datetime
import pickle

import pytest

import khabar


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in khabar.extract_entities(text)]


def test_an_unknown_name_after_a_title_joins_its_surname() -> None:
    text = "قال وزير الزراعة الكيني جون موانغي إن المحصول جيد. وأكد موانغي أن الأسعار ستنخفض."
    (entity,) = khabar.extract_entities(text)
    assert (entity.name, entity.type, entity.role) == ("جون موانغي", "person", "وزير الزراعة الكيني")
    assert [text[s:e] for s, e in entity.mentions] == ["جون موانغي", "موانغي"]
    assert entity.mention_kinds == ["name", "name"]
    quotes = khabar.extract_quotes(text)
    assert [q.speaker for q in quotes] == ["جون موانغي", "جون موانغي"]
    assert [q.speaker_entity for q in quotes] == [0, 0]


def test_a_name_in_apposition_after_its_title() -> None:
    text = "وأوضح رئيس الوزراء الماليزي، أنور إبراهيم، في مؤتمر صحفي أن الاقتصاد ينمو."
    (quote,) = khabar.extract_quotes(text)
    assert quote.speaker == "أنور إبراهيم"
    assert quote.role == "رئيس الوزراء الماليزي"
    assert quote.text == "الاقتصاد ينمو"


def test_a_title_alone_joins_the_person_the_text_gave_it() -> None:
    text = (
        "وقال وزير الخارجية النرويجي يوهان بيترسن إن المحادثات مستمرة.\n"
        "وأضاف الوزير أن الجولة المقبلة ستعقد في أوسلو."
    )
    entities = khabar.extract_entities(text)
    assert [(e.name, e.type, e.mention_kinds) for e in entities] == [
        ("يوهان بيترسن", "person", ["name", "title"]),
        ("أوسلو", "place", ["name"]),
    ]
    assert [q.speaker for q in khabar.extract_quotes(text)] == ["يوهان بيترسن"] * 2


def test_spelling_variants_and_lexicon_entities_meet() -> None:
    text = "وقال ترامب إن الاتفاق قريب. وأكد ترمب أن بوتين وافق، فيما أعلن الكرملين أن بوتن سيتصل."
    assert names(text) == [
        ("دونالد ترامب", "person"),
        ("فلاديمير بوتين", "person"),
        ("الكرملين", "institution"),
    ]


def test_spans_are_offsets_into_the_original_text() -> None:
    text = "وقالَ المتحدثُ باسمِ الشركةِ سامي حدّاد إنّ الأرباحَ ارتفعت."
    (entity,) = khabar.extract_entities(text)
    ((start, end),) = entity.mentions
    assert text[start:end] == "سامي حدّاد"
    assert entity.forms == ["سامي حدّاد"]


def test_entities_pickle_compare_and_batch() -> None:
    texts = ["قال بوتين إن الحوار مستمر.", "", "وأعلنت وزارة الخارجية الروسية أن الوفد وصل."]
    batch = khabar.extract_entities_batch(texts, threads=2)
    assert batch == [khabar.extract_entities(t) for t in texts]
    entity = batch[0][0]
    assert pickle.loads(pickle.dumps(entity)) == entity
    assert eval(repr(entity), {"Entity": khabar.Entity}) == entity
    assert entity.to_dict()["name"] == "فلاديمير بوتين"
    columns = khabar.extract_entities_batch(texts, as_columns=True)
    assert columns["doc"] == [0, 2]
    assert set(columns) == {"doc", *entity.to_dict()}


def test_places_and_organisations_are_entities_too() -> None:
    text = "وقالت الصين إن المحادثات مع وزارة الخارجية اليابانية مستمرة. وأعلنت الوزارة أن الوفد وصل."
    found = {(e.name, e.type) for e in khabar.extract_entities(text)}
    assert ("الصين", "place") in found
    (quote, *_) = khabar.extract_quotes(text)
    assert (quote.speaker, quote.speaker_type) == ("الصين", "place")


def test_a_person_no_lexicon_knows_speaks_for_the_side_of_their_title() -> None:
    # the adjective of nationality in the title, or the known leader it names
    text = "وقال مساعد وزير الدفاع التركي مراد أوزكان إن أنقرة لن تتراجع. وأكد مبعوث ترامب الخاص سامي الحداد أن المحادثات ستستأنف."
    sides = {e.name: e.side for e in khabar.extract_entities(text) if e.type == "person"}
    assert sides == {"مراد أوزكان": "Turkey", "سامي الحداد": "US"}
    assert [(q.speaker, q.speaker_side) for q in khabar.extract_quotes(text)] == [
        ("مراد أوزكان", "Turkey"),
        ("سامي الحداد", "US"),
    ]


def test_a_reporting_verb_is_not_a_name_it_shares_a_skeleton_with() -> None:
    # لفت and لافتا have the consonants of ليفيت (a speaker of the lexicon), but are verbs
    for text in ("ولفت الوزير إلى أن المحادثات جيدة.", "وقال الوزير لافتا إلى أن المحادثات جيدة."):
        assert [q.speaker for q in khabar.extract_quotes(text)] == ["الوزير"]
    assert [q.speaker for q in khabar.extract_quotes("وقالت كارولين ليفيت إن الرئيس سيحضر.")] == ["كارولين ليفيت"]


def test_a_title_alone_is_whoever_held_it_on_the_publication_day() -> None:
    text = "وقال وزير الخارجية الأمريكي إن المحادثات كانت مثمرة."
    assert [e.name for e in khabar.extract_entities(text)] == ["ماركو روبيو"]
    # in 2018 the lexicon's secretary of state was not yet in office: the title stays a title
    assert [e.name for e in khabar.extract_entities(text, reference_date=datetime.date(2018, 5, 1))] == [
        "وزير الخارجية الأمريكي"
    ]
    president = "وقال الرئيس الأمريكي إن المحادثات كانت مثمرة."
    days = ["2018-05-01", "2022-05-01", None]
    found = khabar.extract_quotes_batch([president] * 3, reference_dates=days, as_columns=True)["speaker"]
    assert found == ["دونالد ترامب", "جو بايدن", "دونالد ترامب"]
    assert [e.name for e in khabar.extract_entities_batch([president], reference_dates=days[1:2])[0]] == ["جو بايدن"]
    with pytest.raises(ValueError, match="reference_dates has 3 items for 1 texts"):
        khabar.extract_quotes_batch([president], reference_dates=days)
    # a column of publication dates as pandas holds it: missing ones are None; a bad one is named
    import pandas

    column = pandas.Series(["2022-05-01", None, float("nan")], dtype=object)
    found = khabar.extract_quotes_batch([president] * 3, reference_dates=column, as_columns=True)["speaker"]
    assert found == ["جو بايدن", "دونالد ترامب", "دونالد ترامب"]
    stamps = pandas.to_datetime(pandas.Series(["2022-05-01", None]))
    assert khabar.extract_quotes_batch([president] * 2, reference_dates=stamps, as_columns=True)["speaker"] == [
        "جو بايدن",
        "دونالد ترامب",
    ]
    with pytest.raises(ValueError, match=r"reference_dates\[1\]: reference_date \"soon\" is not an ISO date"):
        khabar.extract_quotes_batch([president] * 2, reference_dates=["2022-05-01", "soon"])


def test_a_users_entity_holds_its_roles_for_its_terms() -> None:
    former = {
        "name": "بترو بوروشينكو",
        "type": "person",
        "roles": ["الرئيس الأوكراني"],
        "terms": ["2014-06-07..2019-05-20"],
    }
    extractor = khabar.QuoteExtractor(entities=[former])
    text = "وقال الرئيس الأوكراني إن بلاده لن تتنازل."
    assert extractor.extract(text, "2018-01-01")[0].speaker == "بترو بوروشينكو"
    assert extractor.extract(text)[0].speaker == "فولوديمير زيلينسكي"
    with pytest.raises(ValueError, match="is not like"):
        khabar.QuoteExtractor(entities=[{**former, "terms": ["2014"]}])
    with pytest.raises(ValueError, match="is not like"):
        khabar.QuoteExtractor(entities=[{**former, "terms": ["2019-05-20..2014-06-07"]}])
    # a misspelt key would drop what it holds: an error, not ignored
    with pytest.raises(ValueError, match="an entity has no key 'term'"):
        khabar.QuoteExtractor(entities=[{"name": "بترو بوروشينكو", "type": "person", "term": ["2014-06-07.."]}])


def test_a_document_is_how_its_issuer_spoke_not_an_entity() -> None:
    # the report named back (التقرير) is no mention of the ministry, and a study alone is
    # neither a person nor an organisation; the issuer after صادر عن is one
    text = (
        "وقالت وزارة الصحة الكينية إن الإصابات تراجعت. وأضاف التقرير أن اللقاحات وصلت. "
        "وأظهرت دراسة حديثة أن المرض ينتشر. وأكد بيان صادر عن مكتب الرئيس الكيني أن الحملة مستمرة."
    )
    found = khabar.extract_entities(text)
    assert [(e.name, [text[s:e] for s, e in e.mentions]) for e in found] == [
        ("وزارة الصحة الكينية", ["وزارة الصحة الكينية"]),
        ("مكتب الرئيس الكيني", ["مكتب الرئيس الكيني"]),
    ]
    quotes = khabar.extract_quotes(text)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [
        ("وزارة الصحة الكينية", 0),
        ("وزارة الصحة الكينية", 0),
        ("دراسة حديثة", None),
        ("مكتب الرئيس الكيني", 1),
    ]


def test_a_rank_that_is_also_a_common_noun_is_held_only_by_a_name() -> None:
    # الفريق is the team before a verb or its object; the rank takes a given name, a name with
    # a particle of names, or one a comma closes
    assert names("ولكن الفريق فشل في بلوغ النهائيات مرة أخرى.") == [("الفريق", "group")]
    assert names("ويواجه الفريق تحديا قويا أمام منافسه.") == [("الفريق", "group")]
    assert names("وقال الفريق محمد الزبيدي إن القوات تقدمت.") == [("محمد الزبيدي", "person")]
    assert names("ويرقى اللواء الركن مطلق بن سالم العتيبي إلى رتبة أعلى.") == [
        ("مطلق بن سالم العتيبي", "person")
    ]
    assert names("وقال الفريق سامر الحداد، رئيس الأركان، إن القوات تقدمت.") == [("سامر الحداد", "person")]


def test_an_organisation_named_inside_a_title_is_a_mention_of_it() -> None:
    # the army the spokesman speaks for is mentioned, and is the army named later; the
    # ministry a minister's title holds as its office is not
    text = (
        "وقال نافتالي برونر، المتحدث باسم الجيش النمساوي، إن التدريبات انتهت. "
        "وأضاف الجيش النمساوي أن الجنود عادوا."
    )
    found = [(e.name, e.type, [text[s:e] for s, e in e.mentions]) for e in khabar.extract_entities(text)]
    assert ("الجيش النمساوي", "institution", ["الجيش النمساوي", "الجيش النمساوي"]) in found
    assert names("وقال وزير الخارجية الكيني جون موانغي إن المحادثات مستمرة.") == [("جون موانغي", "person")]
    # a body read on into the title's holder or an adjective of the title ends before them
    text = "وقال رئيس أركان الجيش الكيني السابق إن القوات تقدمت."
    assert ("الجيش الكيني", "institution") in names(text)


def test_a_ministry_and_its_domain_alone_are_one_body() -> None:
    text = "قالت وزارة الخارجية الكينية إن الزيارة تأجلت. وأكدت الخارجية الكينية أن الحوار مستمر."
    found = [(e.name, [text[s:e] for s, e in e.mentions]) for e in khabar.extract_entities(text) if e.type != "place"]
    assert found == [("وزارة الخارجية الكينية", ["وزارة الخارجية الكينية", "الخارجية الكينية"])]
    # two states' ministries stay two
    text = "قالت وزارة الخارجية الكينية إن الزيارة تأجلت. وأكدت الخارجية الأوغندية أن الحوار مستمر."
    assert len([e for e in khabar.extract_entities(text) if e.type != "place"]) == 2
