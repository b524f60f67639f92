"""Stories: articles grouped by the happening they report, and comparisons kept within one."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

import khabar
from khabar.cli import summary
from khabar.evaluate import DEV_DATA, score_stories
from khabar.report import story_section


@pytest.fixture(scope="module")
def analysis() -> khabar.Analysis:
    return khabar.Corpus.sample().analyze()


def test_the_sample_holds_three_stories(analysis: khabar.Analysis) -> None:
    # 000, 001 and 004 report the call of 18 March; 002 the call of 12 February; 003 previews
    # the March call four days before it
    assert analysis.documents["story"].tolist() == [0, 0, 1, 2, 0]
    assert analysis.stories is not None
    stories = analysis.stories.set_index("story")
    assert stories.loc[0, "size"] == 3 and stories.loc[0, "outlets"] == ["#000", "#001", "الشرق"]
    assert str(stories.loc[0, "event"]) == "2025-03-18" and str(stories.loc[1, "event"]) == "2025-02-12"
    # the preview names the call of 12 February in its lead, a month before it was written: the
    # call it looks ahead to is its event
    assert str(stories.loc[2, "event"]) == "2025-03-18"
    assert "بوتين" in stories.loc[0, "key_terms"]
    # its entities: the speakers its articles quote most
    assert {"فلاديمير بوتين", "دونالد ترامب", "الكرملين"} <= set(stories.loc[0, "entities"])
    assert set(analysis.quotes["story"]) == {0, 1, 2}


def test_one_story_is_an_analysis_of_its_own(analysis: khabar.Analysis) -> None:
    march = analysis.story(0)
    assert sorted(march.documents["doc"]) == [0, 1, 4]
    assert set(march.facts["doc"]) <= {0, 1, 4}
    duration = march.disagreements()
    assert set(duration["label"]) == {"#000", "#001", "الشرق"}
    with pytest.raises(KeyError, match="no story 9"):
        analysis.story(9)


def test_comparisons_refuse_an_unknown_scope(analysis: khabar.Analysis) -> None:
    with pytest.raises(ValueError, match="scope must be"):
        analysis.fact_table(scope="world")


def test_a_wire_copy_is_found_and_kept_in_its_sources_story() -> None:
    body = (
        "قال المتحدث باسم وزارة الزراعة في مؤتمر صحفي عقده في العاصمة إن الحكومة ستعلن خلال "
        "الأيام المقبلة خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد هذا "
        "العام، وأضاف أن الخطة تشمل قروضا ميسرة وتعويضات مباشرة لأكثر من عشرة آلاف أسرة."
    )
    corpus = khabar.Corpus(
        (
            khabar.Document(f"الحكومة تعلن خطة للمزارعين\n{body}", id="a", outlet="وكالة", published=date(2024, 5, 1)),
            khabar.Document("برشلونة يفوز بالكأس\nفاز برشلونة على إشبيلية في النهائي.", id="b", outlet="ب", published=date(2024, 5, 1)),
            khabar.Document(f"خطة لدعم المزارعين\n{body}", id="c", outlet="صحيفة", published=date(2024, 5, 2)),
        )
    )
    analysis = corpus.analyze()
    assert analysis.documents["story"].tolist() == [0, 1, 0]
    copies = analysis.wire_copies()
    assert copies[["doc", "source", "source_label"]].values.tolist() == [[2, 0, "وكالة"]]
    assert copies["similarity"].iloc[0] > 0.7


def test_an_index_fed_in_chunks_groups_as_one_call() -> None:
    texts = [d.text for d in khabar.Corpus.sample()]
    times = [0.0, 0.0, -40 * 86400.0, -4 * 86400.0, 0.0]
    whole = khabar.StoryIndex()
    whole.add(texts, times=times)
    chunked = khabar.StoryIndex()
    chunked.add(texts[:2], times=times[:2])
    chunked.add(texts[2:], times=times[2:])
    assert whole.story_of() == chunked.story_of() == [0, 0, 1, 2, 0]
    assert len(chunked) == 5 and "5 articles" in repr(chunked)


def test_an_index_reads_the_texts_the_one_pass_normalized_as_it_reads_them_alone() -> None:
    from khabar import events

    texts = [d.text for d in khabar.Corpus.sample()]
    times = [0.0, 0.0, -40 * 86400.0, -4 * 86400.0, 0.0]
    *_, search = khabar._khabar.extract_batch(texts, events.finder(), keep_search=True)
    assert len(search) == 5
    alone, given = khabar.StoryIndex(), khabar.StoryIndex()
    alone.add(texts, times=times)
    given.add(texts, times=times, normalized=search)
    assert given.story_of() == alone.story_of() == [0, 0, 1, 2, 0]
    assert given.likenesses() == alone.likenesses()
    assert given.stories()["key_words"] == alone.stories()["key_words"]
    # the texts normalized are the index's own texts, one for one
    with pytest.raises(ValueError, match="normalized has 5 items for 2 texts"):
        khabar.StoryIndex().add(texts[:2], normalized=search)
    # (without asking, the one pass keeps nothing)
    assert len(khabar._khabar.extract_batch(texts, events.finder())) == 3


def test_the_spelling_keys_of_names_are_made_once_for_many_groups() -> None:
    from khabar.names import one_spelling, spelling_key
    from khabar.stories import most_quoted

    keys: dict[str, str] = {}
    story = [("عبد الفتاح السيسي", "نيكي هيلي"), ("عبدالفتاح السيسي", "عبد الفتاح السيسي")]
    assert most_quoted(story, keys) == ["عبد الفتاح السيسي", "نيكي هيلي"]
    assert keys == {name: spelling_key(name) for name in ("عبد الفتاح السيسي", "عبدالفتاح السيسي", "نيكي هيلي")}
    # a key kept is the key used: the next group does not make it again
    names = ["نيكي هيلي", "دونالد ترامب", "دونالد ترامب"]
    assert one_spelling(names, [None] * 3) == names
    keys["دونالد ترامب"] = keys["نيكي هيلي"]
    assert one_spelling(names, [None] * 3, keys) == ["دونالد ترامب"] * 3


def test_the_likenesses_say_why_articles_are_one_story() -> None:
    texts = [d.text for d in khabar.Corpus.sample()]
    index = khabar.StoryIndex()
    index.add(texts, times=[0.0, 0.0, -40 * 86400.0, -4 * 86400.0, 0.0])
    likeness = {(a, b): value for a, b, value in index.likenesses()}
    assert all(a < b for a, b in likeness)
    # the three reports of the call of 18 March are alike two by two
    assert all(likeness.get(pair, 0.0) >= index.threshold for pair in [(0, 1), (0, 4), (1, 4)])


@pytest.mark.parametrize(
    "settings, message",
    [({"threshold": 0}, "threshold"), ({"window_days": -1}, "window_days"), ({"fade_days": 0}, "fade_days")],
)
def test_bad_settings_are_refused(settings: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        khabar.StoryIndex(**settings)


def test_bad_inputs_are_refused() -> None:
    index = khabar.StoryIndex()
    with pytest.raises(ValueError, match="times has 1 items for 2 texts"):
        index.add(["أ", "ب"], times=[0.0])
    with pytest.raises(ValueError, match="finite"):
        index.add(["أ"], times=[float("nan")])
    with pytest.raises(TypeError):
        index.add("نص واحد")
    assert len(index) == 0


def test_stories_pickle_with_their_analysis(analysis: khabar.Analysis) -> None:
    again = pickle.loads(pickle.dumps(analysis))
    assert again.stories is not None and again.stories.equals(analysis.stories)


@pytest.mark.skipif(not (DEV_DATA / "ant_stories").is_dir(), reason="needs a checkout's tests/data")
def test_the_development_set_of_stories_holds_its_figure() -> None:
    # 295 judged articles of the ANT corpus in 89 stories, many of them hard negatives (same
    # topic, another happening); measured at P 0.79, R 0.86, F1 0.825 when written
    scores = score_stories()
    assert scores.articles == 295
    assert scores.f1 >= 0.80 and scores.precision >= 0.77
    assert scores.hard_negatives[0] >= 48


@pytest.mark.skipif(not (DEV_DATA / "ant_stories_check2").is_dir(), reason="needs a checkout's tests/data")
def test_the_check_sets_of_stories_hold_their_floor() -> None:
    # judged blind in sessions 20 and 21 (the first read since); P 0.699/0.607, F1 0.778/0.680,
    # hard negatives 29/24 of 36 on the main of session 21: a floor against losing ground
    check = score_stories(name="check")
    assert check.articles == 134 and check.precision >= 0.65 and check.f1 >= 0.74
    check2 = score_stories(name="check2")
    assert check2.articles == 128 and check2.precision >= 0.57 and check2.f1 >= 0.64
    assert check2.hard_negatives[0] >= 21
    # judged blind in session 34: P 0.845, R 0.879, F1 0.861, hard negatives 51 of 56 on the
    # main of that day
    check3 = score_stories(name="check3")
    assert check3.articles == 198 and check3.precision >= 0.78 and check3.f1 >= 0.80
    assert check3.hard_negatives[0] >= 46
    # judged blind in session 35: P 0.860, R 0.658, F1 0.745, hard negatives 46 of 52 on the
    # main of that day
    check4 = score_stories(name="check4")
    assert check4.articles == 218 and check4.precision >= 0.80 and check4.f1 >= 0.69
    assert check4.hard_negatives[0] >= 41


def test_the_sides_chart_names_the_most_quoted_sides_and_lumps_the_rest() -> None:
    # a day of the ANT week quotes many countries
    week = khabar.Corpus.read(DEV_DATA / "ant_week" / "articles.jsonl")
    day = khabar.Corpus(tuple(d for d in week if d.published == date(2018, 4, 8))).analyze()
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from khabar import plots
    from khabar.display import SIDES_SHOWN

    quoted = day.side_matrix()
    assert len(quoted) > SIDES_SHOWN + 1  # more sides than a chart names
    ax = plots.sides(day, ax=Figure().subplots())
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend == [s for s in quoted.index if s != "other"][:SIDES_SHOWN] + ["other"]
    assert day.side_matrix(top=SIDES_SHOWN).index.tolist() == legend
    # every quote is still drawn
    assert sum(patch.get_width() for patch in ax.patches) == quoted.to_numpy().sum()


#: The headline of a flood several outlets report.
FLOOD = "فيضانات تجتاح الإقليم الشمالي وتدمر مئات المنازل وتقطع الطرق الرئيسية في الإقليم"


def _by_outlet(texts: dict[str, str]) -> khabar.Corpus:
    """One article of the same day per outlet, the outlet's name its id."""
    return khabar.Corpus(
        tuple(khabar.Document(t, id=o, outlet=o, published=date(2024, 5, 1)) for o, t in texts.items())
    )


def test_a_number_of_nothing_is_no_exclusive() -> None:
    # one outlet adds a number of nothing and a count of rescuers
    texts = {
        "أ": f"{FLOOD}\nقالت السلطات يوم الاثنين إن 12 شخصا لقوا حتفهم في الفيضانات.\nوقال إن العدد وصل إلى 17.",
        "ب": f"{FLOOD}\nأسفرت الفيضانات يوم الاثنين عن مقتل 12 شخصا، بحسب السلطات.\nوشارك 300 منقذ في عمليات البحث.",
    }
    analysis = _by_outlet(texts).analyze()
    assert analysis.documents["story"].nunique() == 1
    exclusive = analysis.exclusives()
    assert "count 300 منقذ" in set(exclusive["fact"])
    # the bare 17 is read, but says nothing one outlet alone reported
    assert (analysis.facts["text"] == "17").any()
    assert not exclusive["wordings"].map(lambda w: "17" in w).any()


def test_the_killed_and_the_injured_are_two_measures() -> None:
    # two outlets on one flood: they agree on the injured and differ on the killed
    texts = {
        "أ": f"{FLOOD}\nقالت السلطات يوم الاثنين إن 12 شخصا لقوا حتفهم في الفيضانات، وأصيب 40 آخرون بجروح.",
        "ب": f"{FLOOD}\nأسفرت الفيضانات يوم الاثنين عن مقتل 15 شخصا وإصابة 40 آخرين، بحسب السلطات.",
    }
    corpus = _by_outlet(texts)
    analysis = corpus.analyze()
    assert analysis.documents["story"].nunique() == 1
    roles = analysis.facts.set_index("text")["role"]
    assert roles["12 شخصا"] == roles["15 شخصا"] == "killed"
    assert roles["40 آخرون"] == roles["40 آخرين"] == "injured"
    conflicts = analysis.disagreements()
    assert set(conflicts["role"]) == {"killed"} and set(conflicts["text"]) == {"12 شخصا", "15 شخصا"}
    # each outlet's toll is its value of a measure the other states otherwise, not its exclusive
    assert not {"count 12 killed", "count 15 killed"} & set(analysis.exclusives()["fact"])
    # 40 injured is one fact both outlets state
    shared = analysis.fact_table().set_index(["fact", "role"])
    assert shared.loc[("count 40 injured", "injured"), "n_outlets"] == 2
    # both state the day too, but the numbers are what a reader compares: they come first
    assert analysis.shared_facts()["kind"].tolist() == ["count", "weekday"]


def test_a_count_of_people_whose_role_is_not_said_is_compared_with_no_one() -> None:
    # the killed differ (12, 15); the 300 and 500 people the outlets count with no role may be
    # the evacuated, the injured or any other: no disagreement of the killed, nor of people
    texts = {
        "أ": f"{FLOOD}\nقالت السلطات يوم الاثنين إن 12 شخصا لقوا حتفهم في الفيضانات، وإن 500 شخص في الملاجئ.",
        "ب": f"{FLOOD}\nأسفرت الفيضانات يوم الاثنين عن مقتل 15 شخصا، وقالت السلطات إن 300 شخص في المخيمات.",
    }
    corpus = _by_outlet(texts)
    analysis = corpus.analyze()
    assert analysis.documents["story"].nunique() == 1
    assert analysis.facts.set_index("text")["role"].isna()[["300 شخص", "500 شخص"]].all()
    conflicts = analysis.disagreements()
    assert set(conflicts["text"]) == {"12 شخصا", "15 شخصا"}
    # 15 killed however the outlets name them: one fact
    texts["ج"] = f"{FLOOD}\nارتفعت حصيلة الفيضانات يوم الاثنين إلى 15 قتيلا."
    corpus = _by_outlet(texts)
    shared = corpus.analyze().fact_table().set_index("fact")
    assert shared.loc["count 15 killed", "wordings"] == ["15 شخصا", "15 قتيلا"]
    # the dead, in any person of the verb
    assert khabar.roles.roles(["إن 12 شخصا توفوا"], [0], [3], [10], ["count"]) == ["killed"]
    # two of them, in the dual, before the verb of the next clause
    dual = "قالت الشرطة إن حارسين قتلا وأصيب ثلاثة آخرون في الهجوم"
    two, three = dual.index("حارسين"), dual.index("ثلاثة آخرون")
    spans = ([0, 0], [two, three], [two + len("حارسين"), three + len("ثلاثة آخرون")], ["count", "count"])
    assert khabar.roles.roles([dual], *spans) == ["killed", "injured"]
    # the words of roles found by a pass over every text give the roles found by reading each
    said = ["قتل 5 أشخاص وأصيب 7 آخرون", "اعتقلت الشرطة 4 متظاهرين", "وصل 9 زوار"]
    facts = ([0, 0, 1, 2], [4, 18, 14, 4], [11, 26, 24, 10], ["count", "count", "count", "count"])
    found = khabar.roles.finder().find_batch(said, as_columns=True)
    alone = khabar.roles.roles(said, *facts)
    assert alone == ["killed", "injured", "arrested", None]
    assert khabar.roles.roles(said, *facts, found=found) == alone


def test_values_that_cannot_all_be_true_contradict_each_other() -> None:
    lead = "زلزال قوي يضرب الإقليم الجبلي ويدمر مئات المنازل في القرى النائية شمال البلاد"
    texts = {
        "أ": f"{lead}\nأعلنت السلطات يوم الاثنين مقتل 70 شخصا على الأقل في الزلزال.",
        "ب": f"{lead}\nأسفر الزلزال يوم الاثنين عن مقتل نحو 72 شخصا، بحسب السلطات.",
        "ج": f"{lead}\nقالت السلطات يوم الاثنين إن 40 شخصا قتلوا في الزلزال.",
        # an article that counts two things by one noun states neither for comparison
        "د": f"{lead}\nقتل 30 شخصا في القرية الأولى يوم الاثنين، وقتل 15 شخصا في الثانية.",
        # a range of the count is one more value of it
        "ه": f"{lead}\nأسفر الزلزال يوم الاثنين عن مقتل ما بين 60 و65 شخصا، بحسب السلطات.",
    }

    def conflicts(outlets: str) -> dict[str, bool]:
        corpus = _by_outlet({o: texts[o] for o in outlets})
        analysis = corpus.analyze()
        assert analysis.documents["story"].nunique() == 1
        found = analysis.disagreements()
        assert found["contradicted"].dtype == bool
        # the summary marks what is ruled out
        assert ("40 شخصا ✗" in summary(analysis)) == ("ج" in outlets)
        return dict(zip(found["label"], found["contradicted"]))

    # at least 70 and about 72 are stated differently, and may both be true
    assert conflicts("أبد") == {"أ": False, "ب": False}
    # 40 rules both out
    assert conflicts("أبجد") == {"أ": True, "ب": True, "ج": True}
    # 60 to 65 is under at least 70, and meets about 72 (64.8 to 79.2)
    assert conflicts("أبه") == {"أ": True, "ب": False, "ه": True}


#: The headline of a match several outlets report.
MATCH = "النادي الأزرق يهزم ضيفه الأحمر ويقترب من لقب الدوري المحلي قبل ثلاث جولات من النهاية"


def _measures(texts: dict[str, str]) -> dict[str, bool]:
    """What each outlet's statements of one story's disagreements say, and whether ruled out."""
    analysis = _by_outlet(texts).analyze()
    assert analysis.documents["story"].nunique() == 1
    found = analysis.disagreements()
    # the summary marks, story by story, what is ruled out
    said = analysis.summary()
    assert all((f"{text} ✗" in said) == ruled_out for text, ruled_out in zip(found["text"], found["contradicted"]))
    assert ("story 0, count (" in said) == bool(len(found))
    # and so does the report's section of the story
    assert ("<td>✗</td>" in story_section(analysis, 0)) == bool(found["contradicted"].any())
    return dict(zip(found["text"], found["contradicted"]))


def test_values_far_apart_count_different_things_by_one_noun() -> None:
    # a striker's goals in the match and in the season: one noun, two things counted
    texts = {
        "أ": f"{MATCH}\nسجل المهاجم الشاب هدفين في الشوط الثاني يوم السبت.",
        "ب": f"{MATCH}\nرفع المهاجم الشاب رصيده إلى 24 هدفا هذا الموسم بعد مباراة السبت.",
    }
    assert _measures(texts) == {}
    # near values of one noun are one measure stated differently: 7 and 9 rule each other out
    texts = {
        "أ": f"{MATCH}\nوغاب عن الفريق المضيف سبعة لاعبين بسبب الإصابة يوم السبت.",
        "ب": f"{MATCH}\nوافتقد الفريق المضيف تسعة لاعبين مصابين في مباراة السبت.",
    }
    assert _measures(texts) == {"سبعة لاعبين": True, "تسعة لاعبين": True}
    # two runs of values under one noun are two measures, each with its own number
    texts = {
        "أ": f"{MATCH}\nونقلت سبع حافلات مشجعي الفريق الضيف إلى الملعب يوم السبت.",
        "ب": f"{MATCH}\nووصلت تسع حافلات تقل مشجعي الفريق الضيف يوم السبت.",
        "ج": f"{MATCH}\nوخصصت البلدية أربعين حافلة لنقل الجمهور إلى الملعب يوم السبت.",
        "د": f"{MATCH}\nووفرت البلدية 45 حافلة لنقل الجمهور إلى الملعب يوم السبت.",
    }
    found = _by_outlet(texts).analyze().disagreements()
    assert found.groupby("measure")["text"].agg(set).tolist() == [{"سبع حافلات", "تسع حافلات"}, {"أربعين حافلة", "45 حافلة"}]


def test_counts_of_a_record_are_compared_with_no_one() -> None:
    # 2 goals and 3 goals, twice and three times: a player's and the team's, in the match or the
    # season; the clause sets the span, not the key
    texts = {
        "أ": f"{MATCH}\nسجل المهاجم الشاب هدفين يوم السبت، وفاز الفريق باللقب مرتين من قبل.",
        "ب": f"{MATCH}\nانتهت مباراة السبت بثلاثة أهداف للفريق، الذي فاز باللقب ثلاث مرات.",
    }
    assert _measures(texts) == {}


def test_a_score_is_one_whichever_side_comes_first() -> None:
    texts = {
        "أ": f"{MATCH}\nفاز النادي الأزرق على ضيفه 3-1 في المرحلة الأخيرة من الدوري.",
        "ب": f"{MATCH}\nخسر الفريق الأحمر أمام مضيفه الأزرق 1-3 في ختام الدوري.",
    }
    analysis = _by_outlet(texts).analyze()
    assert analysis.documents["story"].nunique() == 1
    scores = analysis.fact_table().set_index("fact")
    assert scores.loc["score 3–1", "wordings"] == ["1-3", "3-1"] and scores.loc["score 3–1", "n_outlets"] == 2
    assert "score" not in set(analysis.exclusives()["kind"])
    # one story's score is not another's: the summary says whose it is
    assert "story 0, score 3–1: أ, ب — 1-3 / 3-1" in summary(analysis)


def test_a_part_of_a_group_is_not_its_count() -> None:
    # the injured are 30 or 34; that 5 of them are in danger measures no outlet's toll
    texts = {
        "أ": f"{FLOOD}\nأصيب 30 شخصا يوم الاثنين، بينهم خمسة من الجرحى في حالة خطرة.",
        "ب": f"{FLOOD}\nوقالت السلطات يوم الاثنين إن 34 شخصا أصيبوا بجروح في الفيضانات.",
    }
    assert _measures(texts) == {"30 شخصا": True, "34 شخصا": True}


def test_the_comparisons_of_articles_stating_no_fact_are_empty() -> None:
    title = "النادي الأزرق يهزم ضيفه الأحمر ويقترب من لقب الدوري المحلي"
    texts = {"أ": f"{title}\nلا جديد عن المباراة.", "ب": f"{title}\nلا جديد عن المباراة عند الفريقين."}
    analysis = _by_outlet(texts).analyze()
    assert analysis.documents["story"].nunique() == 1 and not analysis.facts["fact"].notna().any()
    for scope in ("story", "corpus"):
        assert analysis.disagreements(scope).empty and analysis.exclusives(scope).empty
    assert "No measure is stated differently" in summary(analysis)


def test_a_toll_may_grow_but_not_threefold() -> None:
    # the killed: 12 in an early report and 30 in a later one is a toll that grew (ruled out
    # all the same); 12 beside a war's 400 killed is another count
    early = f"{FLOOD}\nقالت السلطات يوم الاثنين إن 12 شخصا لقوا حتفهم في الفيضانات."
    texts = {"أ": early, "ب": f"{FLOOD}\nارتفعت حصيلة الفيضانات يوم الاثنين إلى 30 قتيلا."}
    assert _measures(texts) == {"12 شخصا": True, "30 قتيلا": True}
    texts["ب"] = f"{FLOOD}\nوكانت فيضانات قبل عشر سنوات قد أودت بحياة 400 شخص في الإقليم نفسه يوم الاثنين."
    assert _measures(texts) == {}


def test_outlets_stating_the_same_values_do_not_disagree() -> None:
    # each title rounds the count its lead qualifies: both outlets say the same, no one differs
    lead = "أعلنت وزارة الزراعة يوم الأحد أنها أغلقت نحو 300 مزرعة لم تلتزم بشروط السلامة"
    texts = {
        "أ": f"وزارة الزراعة تغلق 300 مزرعة في حملة تفتيش واسعة\n{lead}.",
        "ب": f"إغلاق 300 مزرعة في حملة تفتيش واسعة لوزارة الزراعة\n{lead} الصحية.",
    }
    assert _measures(texts) == {}
    # an outlet that states it otherwise differs from them: 320 rules out 300, not about 300
    texts["ج"] = f"وزارة الزراعة تغلق 320 مزرعة في حملة تفتيش واسعة\n{lead.replace('نحو 300', '320')}."
    assert _measures(texts) == {"300 مزرعة": True, "نحو 300 مزرعة": False, "320 مزرعة": True}


def test_a_story_s_entities_are_who_it_quotes_by_name() -> None:
    from khabar.stories import most_quoted

    # a name spelt two ways in two articles is one entity, under its most frequent spelling
    quoted = [("ألكسندر زاسبكين", "ألكسندر زاسبكين"), ("ألكسندر زاسيبكين", "ماريا زاخاروفا")]
    assert most_quoted(quoted) == ["ألكسندر زاسبكين", "ماريا زاخاروفا"]
    # a description names no one of the story
    text = "تعطل حركة المطار\nقالت مصادر أمنية إن المطار أغلق، وقال المتحدث باسم المطار سامي العلي إن الرحلات ستستأنف."
    stories = khabar.Corpus((khabar.Document(text, id="0", outlet="أ", published=date(2024, 5, 1)),)).analyze().stories
    assert stories is not None and stories["entities"].tolist() == [["سامي العلي"]]


def test_key_terms_are_shown_as_the_articles_spell_them() -> None:
    # the index compares search-normalized terms (قمه، رياض); a reader sees the words
    corpus = khabar.Corpus(
        tuple(
            khabar.Document(text, id=str(k), outlet=outlet, published=date(2024, 5, 1))
            for k, (outlet, text) in enumerate(
                [
                    ("أ", "قمة الرياض تبحث أزمة المياه\nافتتحت في الرياض القمة العربية لبحث أزمة المياه."),
                    ("ب", "انطلاق القمة العربية بالرياض\nبدأت القمة العربية في الرياض أعمالها لبحث أزمة المياه."),
                ]
            )
        )
    )
    analysis = corpus.analyze()
    assert analysis.stories is not None and len(analysis.stories) == 1
    terms = analysis.stories.loc[0, "key_terms"]
    assert {"قمة", "الرياض"} <= set(terms) and not {"قمه", "رياض"} & set(terms)
