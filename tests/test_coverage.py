"""Coverage analysis: article parts and events against the gold, corpus loading, the frames and
the comparisons between outlets."""

from __future__ import annotations

import json
import pickle
from importlib import resources
from datetime import date
from pathlib import Path
from typing import Any

import pandas
import pytest

import khabar
from khabar import Corpus, CorpusError, KhabarWarning

GOLD = json.loads((resources.files("khabar") / "sample" / "gold" / "documents.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def analysis() -> khabar.Analysis:
    return Corpus.sample().analyze()


@pytest.mark.parametrize("gold", GOLD, ids=[g["doc"][:3] for g in GOLD])
def test_article_parts_match_the_gold(gold: dict[str, Any]) -> None:
    doc = next(d for d in Corpus.sample() if d.metadata["file"] == gold["doc"])
    parts = doc.parts
    spans = {kind: [(p.start, p.end) for p in parts if p.kind == kind] for kind in {p.kind for p in parts}}
    assert spans["title"] == [(gold["title"]["start"], gold["title"]["end"])]
    extra = gold["headline_extra"]
    assert spans.get("headline", []) == ([(extra["start"], extra["end"])] if extra else [])
    body = [p for p in parts if p.kind in ("body", "subheading")]
    assert (body[0].start, body[-1].end) == (gold["body"]["start"], gold["body"]["end"])
    assert spans.get("subheading", []) == [(s["start"], s["end"]) for s in gold["subheadings"]]
    # every character of the page furniture is outside the article
    article = {k for p in parts if p.kind in khabar.analysis.ARTICLE_PARTS for k in range(p.start, p.end)}
    for furniture in gold["boilerplate"]:
        assert not article & set(range(furniture["start"], furniture["end"])), furniture["type"]


def test_events_match_the_calls_each_article_covers(analysis: khabar.Analysis) -> None:
    found = {
        (row.doc, str(row.event), row.role.split()[0]) for row in analysis.events.itertuples()
    }
    expected = {
        (k, call["call"], call["role"].split()[0])
        for k, doc in enumerate(Corpus.sample())
        for call in doc.metadata["calls_covered"]
    }
    # the main or previewed call of every article, and no call that is not there
    assert {e for e in expected if e[2] != "mentioned"} <= found
    assert found <= expected
    # 004 mentions the February call only as "the first one" two clauses from the word مكالمة
    assert len(expected - found) <= 1
    preview = analysis.events[analysis.events["role"] == "preview"]
    assert preview["evidence"].tolist() == ["الأسبوع المقبل"]


def test_spans_are_offsets_into_the_original_text(analysis: khabar.Analysis) -> None:
    texts = [d.text for d in analysis.texts()]
    for frame in (analysis.quotes, analysis.facts):
        assert len(frame) > 20
        for doc, start, end, text in zip(frame["doc"], frame["start"], frame["end"], frame["text"]):
            assert texts[doc][start:end] == text
    for row in analysis.events.dropna(subset=["evidence"]).itertuples():
        assert texts[row.doc][row.evidence_start : row.evidence_end] == row.evidence


def test_the_appended_article_is_not_the_outlets_coverage(analysis: khabar.Analysis) -> None:
    quotes = analysis.quotes[analysis.quotes["doc"] == 2]
    related = quotes[quotes["part"] == "related"]
    # the CNN piece after "إقرأ أيضاً" quotes a Western intelligence official
    assert len(related) >= 2 and not related["in_article"].any()
    assert analysis.documents.loc[2, "quotes"] == quotes["in_article"].sum()
    speakers = analysis.speakers
    assert speakers["quotes"].sum() == analysis.quotes[analysis.quotes["in_article"] & analysis.quotes["speaker"].notna()].shape[0]


def test_facts_align_however_they_are_stated(analysis: khabar.Analysis) -> None:
    # within the story of the 18 March call (000, 001, 004)
    table = analysis.fact_table().set_index(["story", "fact"])
    call = table.loc[(0, "duration 1.5 hour")]
    assert {"أكثر من 90 دقيقة", "ساعة ونصف", "أكثر من ساعة ونصف"} <= set(call["wordings"])
    assert call["n_outlets"] == 3 and call["about"] == "call"
    assert table.loc[(0, "duration 30 day"), "n_outlets"] == 3
    # the February call's length is its own story's fact, never aligned with March's
    assert table.loc[(1, "duration 1.5 hour"), "outlets"] == ["قناة اليمن اليوم"]
    # across the corpus, as a reader comparing everything: the weekday and the date of
    # 12 February are one day, and the four outlets state an hour and a half
    corpus = analysis.fact_table(scope="corpus").set_index("fact")
    assert set(corpus.loc["date 2025-02-12", "wordings"]) == {"12 فبراير/شباط", "الأربعاء"}
    assert corpus.loc["duration 1.5 hour", "n_outlets"] == 4
    exclusive = analysis.exclusives().set_index("fact")
    assert exclusive.loc["count 175 أسير", "outlets"] == ["#001"]
    # a fact of a story only one outlet covered is nobody's exclusive
    assert set(analysis.exclusives()["story"]) == {0}
    # the measures (175 prisoners, 23 soldiers) before the days and the ordinals
    measures = analysis.exclusives()["kind"].isin(khabar.analysis.MEASURES).tolist()
    assert measures == sorted(measures, reverse=True) and any(measures) and not all(measures)
    matrix = analysis.fact_matrix()
    assert matrix.loc["duration 1.5 hour"].astype(bool).sum() == 4
    assert list(matrix.columns) == analysis.documents["label"].tolist()


def test_disagreements_show_each_outlets_wording(analysis: khabar.Analysis) -> None:
    conflicts = analysis.disagreements()
    duration = conflicts[(conflicts["about"] == "call") & (conflicts["kind"] == "duration")]
    assert set(duration["qualifier"].fillna("exact")) == {"more_than", "exact"}
    assert duration["label"].nunique() >= 3


def test_speakers_by_side_and_outlet(analysis: khabar.Analysis) -> None:
    sides = analysis.side_matrix()
    # the most quoted side first, "other" last
    assert list(sides.index) == ["Russia", "US", "Ukraine", "other"]
    assert sides.loc["Russia"].sum() >= sides.loc["US"].sum()
    assert sides.to_numpy().sum() == analysis.speakers["quotes"].sum()
    kinds = analysis.side_matrix(kinds=True)
    assert kinds.to_numpy().sum() == sides.to_numpy().sum()
    matrix = analysis.speaker_matrix()
    assert matrix.loc[("Russia", "ديمتري بيسكوف"), "قناة اليمن اليوم"] >= 3


def test_spelling_variants_per_outlet(analysis: khabar.Analysis) -> None:
    spellings = analysis.spellings()
    trump = spellings[spellings["name"] == "ترامب"]
    by_outlet = trump.groupby("spelling")["label"].apply(set)
    assert by_outlet["ترمب"] == {"الشرق"}
    assert "الشرق" not in by_outlet["ترامب"]
    assert ("ترامب", "ترمب") in analysis.variant_names().index


def test_mentions_of_nothing_are_zeros_and_one_word_is_one_term(analysis: khabar.Analysis) -> None:
    absent = analysis.mentions({"nothing": ["زززز"]})
    assert absent.loc["nothing"].sum() == 0 and list(absent.columns) == analysis._labels()
    assert analysis.mentions("هوكي").index.tolist() == ["هوكي"]


def test_mentions_match_any_spelling(analysis: khabar.Analysis) -> None:
    mentions = analysis.mentions({"Black Sea": ["البحر الأسود"], "hockey": ["هوكي", "الهوكي"]})
    assert mentions.loc["hockey"].astype(bool).sum() >= 1
    assert mentions.loc["hockey", "قناة اليمن اليوم"] == 0


def test_the_analysis_pickles_and_summarizes(analysis: khabar.Analysis) -> None:
    again = pickle.loads(pickle.dumps(analysis))
    pandas.testing.assert_frame_equal(again.quotes, analysis.quotes)
    summary = analysis.summary()
    assert "duration 1.5 hour" in summary and "2025-03-18" in summary


def test_a_document_shows_itself_right_to_left() -> None:
    doc = Corpus.sample()[2]
    html = doc._repr_html_()
    assert 'dir="rtl"' in html
    for quote in khabar.extract_quotes(doc.text):
        assert quote.kind in html
    assert html.count('class="fact"') >= 6
    assert "<script" not in khabar.Document("<script>alert(1)</script>")._repr_html_()


def test_a_fact_shows_its_amount_and_the_day_it_resolves_to() -> None:
    doc = khabar.Document("وقال الوزير إن الحرب بدأت قبل 3 أعوام في 12 مارس 2020.", published=date(2025, 3, 18))
    html = doc._repr_html_()
    # a measure with its amount first (not the year it reaches back to), a date as its day
    assert 'title="duration: 3 year (ago) → 2022"' in html
    assert 'title="date: 2020-03-12"' in html


def test_corpus_loads_from_jsonl_pandas_and_arrow(tmp_path: Path) -> None:
    sample = Corpus.sample()
    records = [
        {"id": d.id, "text": d.text, "outlet": d.outlet, "publication_date": d.published and d.published.isoformat()}
        for d in sample
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    from_jsonl = Corpus.read(path)
    from_pandas = Corpus.from_pandas(pandas.DataFrame(records))
    assert [d.text for d in from_jsonl] == [d.text for d in sample] == [d.text for d in from_pandas]
    assert from_pandas[2].published == sample[2].published and from_pandas[0].published is None
    pyarrow = pytest.importorskip("pyarrow")
    from_arrow = Corpus.from_arrow(pyarrow.Table.from_pylist(records))
    assert [d.outlet for d in from_arrow] == [d.outlet for d in sample]
    parquet_io = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "corpus.parquet"
    parquet_io.write_table(pyarrow.Table.from_pylist([*records, {"id": "x"}]), parquet, row_group_size=2)
    with pytest.warns(KhabarWarning):
        from_parquet = Corpus.read(parquet, on_error="skip")
    assert [d.text for d in from_parquet] == [d.text for d in sample]
    # rows are numbered across the file's row groups, and the reason is said once
    assert from_parquet.skipped == ((f"{parquet} row 5", "no 'text'"),)


def test_bad_documents_are_named_and_never_dropped_silently(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("قال بوتين إن الحوار مستمر.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("قال".encode("utf-8")[:3] + b"\xe9t\xe9")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(CorpusError, match="empty.txt: empty"):
        Corpus.read(tmp_path)
    with pytest.warns(KhabarWarning, match="2 document"):
        corpus = Corpus.read(tmp_path, on_error="skip")
    assert [d.id for d in corpus] == ["good"]
    reasons = dict((Path(source).name, reason) for source, reason in corpus.skipped)
    assert reasons["empty.txt"] == "empty" and reasons["latin1.txt"].startswith("not UTF-8")
    lines = tmp_path / "bad.jsonl"
    lines.write_text('{"text": "نص"}\n{"title": "بلا نص"}\nnot json\n{"text": "x", "published": "soon"}', encoding="utf-8")
    with pytest.warns(KhabarWarning):
        corpus = Corpus.read(lines, on_error="skip")
    assert len(corpus) == 1
    assert [reason for _, reason in corpus.skipped] == [
        "no 'text' (its fields: 'title', 'id')",
        "not JSON (Expecting value)",
        "published 'soon' is not a YYYY-MM-DD date",
    ]
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "نص \\ud800 مكسور"}\n{"text": "نص سليم"}\n', encoding="utf-8")
    with pytest.warns(KhabarWarning):
        corpus = Corpus.read(broken, on_error="skip")
    assert len(corpus) == 1 and corpus.skipped[0][1].startswith("a lone surrogate at position 3")
    metadata = tmp_path / "metadata.json"
    metadata.write_text('[{"title": "no file"}]', encoding="utf-8")
    with pytest.raises(CorpusError, match="metadata.json: entry 0 has no 'file'"):
        Corpus.read(tmp_path, on_error="skip")
    with pytest.raises(CorpusError, match="no such file"):
        Corpus.read(tmp_path / "missing")


def test_every_speaker_counts_in_the_speaker_matrix() -> None:
    # an analyst of the economy speaks for no country: his row is "other", as in side_matrix
    text = "الأسعار إلى أين\nقال المحلل الاقتصادي سمير داود إن الأسعار سترتفع في الربيع.\nوأضاف داود أن الطلب يتراجع."
    analysis = Corpus.from_records([{"text": text, "outlet": "صحيفة"}]).analyze()
    assert analysis.speakers["side"].isna().all() and analysis.speakers["quotes"].sum() == 2
    matrix = analysis.speaker_matrix()
    assert matrix.loc[("other", "سمير داود"), "صحيفة"] == 2


def test_a_link_to_another_article_is_left_out_of_the_comparisons() -> None:
    # the same link in two outlets' pages: its 12 dead are no fact either states of this story
    link = "اقرأ أيضا: مقتل 12 شخصا في انفجار بمصنع في المدينة"
    texts = [
        f"حريق في سوق المدينة\nأصيب 40 شخصا في حريق اندلع في سوق المدينة صباح الاثنين.\n{link}\n"
        "وقالت الشرطة إن التحقيق بدأ لمعرفة سبب الحريق في السوق.",
        f"حريق سوق المدينة\nأعلن الدفاع المدني إصابة 40 شخصا في حريق سوق المدينة الاثنين.\n{link}\n"
        "وقال مسؤول إن النيران أخمدت بعد ساعتين من اندلاعها في السوق.",
    ]
    records = [{"text": t, "outlet": o, "published": "2024-03-04"} for t, o in zip(texts, ["أ", "ب"])]
    analysis = Corpus.from_records(records).analyze()
    facts = analysis.facts
    linked = facts[facts["text"].str.contains("12")]
    assert len(linked) == 2 and set(linked["part"]) == {"link"} and not linked["in_article"].any()
    # the article goes on after the link: its next paragraph is its own
    assert set(analysis.quotes["part"]) == {"body"} and analysis.quotes["in_article"].all()
    shared = analysis.shared_facts()
    assert "count 40 injured" in set(shared["fact"]) and not shared["fact"].str.contains("12").any()


def report_cells(page: str) -> tuple[list[str], list[str | None]]:
    """The text of every table cell of an HTML page, and the lang of every table."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.cells: list[str] = []
            self.tables: list[str | None] = []
            self.inside = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "table":
                self.tables.append(dict(attrs).get("lang"))
            if tag in ("td", "th"):
                self.inside = True
                self.cells.append("")

        def handle_endtag(self, tag: str) -> None:
            self.inside = self.inside and tag not in ("td", "th")

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.cells[-1] += data.strip()

    parser = Cells()
    parser.feed(page)
    return parser.cells, parser.tables


def test_the_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.cli import main

    assert main(["report", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "2025-03-18" in printed and "duration 1.5 hour" in printed
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    # the plots of sides, speakers and events, and the five articles right to left
    assert page.count("data:image/png;base64") == 3 and page.count('dir="rtl"') == 5
    cells, tables = report_cells(page)
    assert tables and all(lang == "ar" for lang in tables)  # every table is marked Arabic
    assert "unicode-bidi:plaintext" in page  # each cell takes its direction from its text
    assert not {"None", "nan", "NaN", "NaT"} & set(cells)
    assert "Story 0: الحرب الروسية الاوكرانية" in page  # the story three outlets told has a section
    # an article without a publication date is headed by the date its table shows
    assert "#000 · dated 2025-03-18 from its metadata" in page and "date unknown" not in page
    # a day and a time are not cut at their hyphen or space
    assert '<span class=nowrap>2025-03-18 ' in page
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("العنوان <b>\nقال بوتين إن الحوار مستمر.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe")
    assert main(["report", str(folder), "--out", str(tmp_path / "b")]) == 0
    page = (tmp_path / "b" / "report.html").read_text("utf-8")
    assert "skipped " in capsys.readouterr().err and "b.txt: not UTF-8" in page
    assert "العنوان &lt;b&gt;" in page and "العنوان <b>" not in page  # a cell's text is text, not markup
    assert main(["report", str(tmp_path / "missing")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_texts_without_metadata_get_their_dates_and_outlets_from_the_page() -> None:
    corpus = Corpus.from_records([{"text": d.text} for d in Corpus.sample()])
    documents = corpus.analyze().documents
    # the credit lines name two outlets; 002's dateline dates it
    assert documents["outlet"].tolist()[2:5:2] == ["قناة اليمن اليوم", "الشرق"]
    assert documents.loc[2, ["reference_from", "main_event"]].tolist() == ["dateline", "2025-02-12"]


def test_the_analysis_shows_a_document_with_its_own_results(analysis: khabar.Analysis) -> None:
    shown = analysis.show(4)._repr_html_()
    alone = Corpus.sample()[4]._repr_html_()
    assert shown.count('class="quote"') == alone.count('class="quote"') >= 15
    # both resolve the weekdays against the date inferred for the document
    assert "weekday: 2025-03-18" in shown and "weekday: 2025-03-18" in alone


def test_a_document_alone_reads_its_dates_against_its_dateline() -> None:
    text = Corpus.sample()[2].text
    undated = khabar.Document(text)
    assert undated.reference_date == (date(2025, 2, 12), "dateline")
    html = undated._repr_html_()
    assert "dated 2025-02-12 from the text" in html
    # its weekday resolves against the dateline, as in an analysis
    assert "weekday: 2025-02-12" in html
    assert khabar.Document("نص بلا تاريخ").reference_date == (None, None)


def test_a_name_is_found_under_any_proclitic() -> None:
    # a stacked proclitic (وب) must not hide the single one (و) that leaves the name
    assert "بوتين" in khabar.events.without_clitics("وبوتين")
    assert "ترمب" in khabar.events.without_clitics("وبترمب")


def test_the_common_phrasing_of_a_call_dates_it() -> None:
    # «أجرى اتصالاً هاتفياً» is how news most often says a call took place
    document = khabar.Document(
        "الرئيسان يبحثان الأزمة\nأجرى الرئيسان اتصالاً هاتفياً يوم الثلاثاء بحثا فيه الأزمة.",
        id="x", published=date(2025, 3, 20),
    )  # fmt: skip
    events = khabar.Corpus((document,)).analyze().events
    assert [str(day) for day in events["event"]] == ["2025-03-18"]
    assert events["role"].tolist() == ["main"]


def test_the_speakers_table_joins_spellings_of_one_name_across_articles() -> None:
    # a name no lexicon holds (the lexicon's people are spelt its way in every article)
    texts = [
        'وقال الكاتب عبد الرحمن الراشد إن "الحوار مستمر".',
        'وقال الكاتب عبد الرحمن الراشد إن "الاتفاق قريب".',
        'وقال الكاتب عبدالرحمن الراشد إن "المفاوضات صعبة".',
        'وقالت مصادر أمنية إن "الوضع هادئ".',
        'وقالت مصادر يمنية إن "الوضع هادئ".',
    ]
    corpus = Corpus.from_records([{"id": str(k), "text": text} for k, text in enumerate(texts)])
    table = corpus.analyze().speakers
    assert table.groupby("speaker")["quotes"].sum().to_dict() == {
        "عبد الرحمن الراشد": 3,
        "مصادر أمنية": 1,
        "مصادر يمنية": 1,
    }
    # the articles' own spellings stay in the row
    rows = table[table["speaker"] == "عبد الرحمن الراشد"]
    assert {spelling for row in rows["spellings"] for spelling in row} == {"عبد الرحمن الراشد", "عبدالرحمن الراشد"}


def test_names_join_on_their_words_not_on_letters_across_words() -> None:
    from khabar.names import one_spelling

    names = ["محمد أحمد", "محمد أحمد", "محمد حمد", "مصدر", "مصادر", "مصادر"]
    joined = one_spelling(names, ["person"] * 4 + ["group"] * 2)
    assert joined == names


def test_work_alongside_the_frames_runs_on_its_own_thread_and_hands_its_error_over() -> None:
    import threading

    from khabar.analysis import alongside

    order: list[str] = []
    with alongside(lambda: order.append("work"), threads=1):
        order.append("block")
    assert order == ["work", "block"]  # one thread asked for: the work first, on this one
    ran_on: list[int] = []
    with alongside(lambda: ran_on.append(threading.get_ident()), threads=2):
        pass
    assert len(ran_on) == 1 and ran_on[0] != threading.get_ident()

    def failing() -> None:
        raise ValueError("raised by the work")

    with pytest.raises(ValueError, match="raised by the work"):
        with alongside(failing, threads=2):
            pass


def test_ctrl_c_in_the_block_does_not_wait_for_the_work_alongside() -> None:
    import time

    from khabar.analysis import alongside

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        with alongside(lambda: time.sleep(30), threads=2):
            raise KeyboardInterrupt
    assert time.monotonic() - started < 5
