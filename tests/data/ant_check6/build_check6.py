"""Build quotes.jsonl, non_quotes.jsonl and numbers.jsonl of check6 from the decisions in spec/<id>.py.
Spans are found by exact text anchors; every offset is checked (text[start:end] == the string) and
quotes may not overlap. Usage: python3 build_check6.py [--write]"""
import json, os, re, sys, glob, importlib.util, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PARTICIPLES = ("مؤكد", "مشير", "مضيف", "موضح", "معتبر", "قائل", "مشدد", "لافت", "مبين", "واصف", "معرب", "منوه", "مستدرك",
               "متوعد", "متحدث", "مبرز")
FAMOUS = {"دونالد ترامب", "كيم جونغ أون", "فلاديمير بوتين", "إيمانويل ماكرون"}
WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}


def pat(s):
    """Exact match, except that a space in an anchor also matches a no-break space (U+00A0) of the text."""
    return re.compile("".join("[ \xa0]" if ch == " " else re.escape(ch) for ch in s))


def find(text, s, ctx=None, nth=0, lo=0, hi=None):
    pos = lo
    if ctx:
        m = pat(ctx).search(text, lo)
        assert m, f"ctx not found: {ctx!r}"
        pos = m.start()
    p = pat(s)
    for _ in range(nth + 1):
        m = p.search(text, pos, hi if hi is not None else len(text))
        assert m, f"not found: {s!r} (ctx {ctx!r})"
        pos = m.start() + 1
    return m.start(), m.end()


def near(text, s, start, end):
    """The mention/cue s nearest before start on the same line, else the first after end on the same line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before = [m for m in pat(s).finditer(text, ls, start)]
    if before:
        return before[-1].start(), before[-1].end()
    m = pat(s).search(text, end, le)
    assert m, f"not on the line: {s!r}"
    return m.start(), m.end()


def quote(doc, text, q, n):
    s, e = find(text, q["text"], q.get("ctx"), q.get("nth", 0))
    rec = {"doc": doc, "id": f"{doc}#{n}", "kind": q["kind"], "start": s, "end": e, "text": text[s:e],
           "speaker": q["speaker"]}
    if q.get("sp"):
        if q.get("sp_ctx"):
            ss, se = find(text, q["sp"], q["sp_ctx"])
        else:
            ss, se = near(text, q["sp"], s, e)
        rec.update(speaker_start=ss, speaker_end=se, speaker_text=text[ss:se])
    else:
        rec.update(speaker_start=None, speaker_end=None, speaker_text=None)
    rec["speaker_ref"] = q.get("ref", "name" if q.get("sp") else "pronoun")
    if q.get("ante"):
        a, b = find(text, q["ante"], q.get("ante_ctx"))
        rec.update(antecedent_start=a, antecedent_end=b, antecedent_text=text[a:b])
    else:
        rec.update(antecedent_start=None, antecedent_end=None, antecedent_text=None)
    if q.get("cue"):
        if q.get("cue_ctx"):
            cs, ce = find(text, q["cue"], q["cue_ctx"])
        else:
            cs, ce = near(text, q["cue"], s, e)
        rec.update(cue=text[cs:ce], cue_start=cs, cue_end=ce)
    else:
        rec.update(cue=None, cue_start=None, cue_end=None)
    frs = None
    if q.get("fragments"):
        frs = []
        for f in q["fragments"]:
            a, b = find(text, f, lo=s, hi=e)
            frs.append({"start": a, "end": b, "text": text[a:b]})
    rec.update(speaker_type=q.get("type", "person"), side=q.get("side", "other"), unbalanced=q.get("unbalanced", False),
               borderline=q.get("borderline", False), complement=q["complement"], region=q.get("region", "body"),
               fragments=frs, alt_speakers=q.get("alt", []), notes=q.get("notes", ""))
    # classes: derived from the record, then the hand-given extras
    c = []
    if q.get("type", "person") in ("person", "anonymous") and q["speaker"] not in FAMOUS:
        c.append("unknown_person")
    if rec["speaker_text"] and rec["speaker_text"].replace("\xa0", " ") != q["speaker"]:
        c.append("variant_form")
    if rec["speaker_text"] and len(rec["speaker_text"].split()) >= 4:
        c.append("long_mention")
    if q["complement"] == "nominal":
        c.append("nominal_complement")
    if rec["speaker_start"] is None or q.get("ref") == "pronoun":
        c.append("pronoun_subject")
    if q.get("cue") and q["cue"].lstrip("وف").startswith(PARTICIPLES):
        c.append("participle_cue")
    if q.get("type") == "document-issuer":
        c.append("document_subject")
    if rec["cue_start"] is not None and rec["cue_start"] > e:
        c.append("postposed_attribution")
    if q.get("cue") == ":":
        c.append("colon_speech")
    if re.search(r"[.!؟]\s+\S", q["text"]):
        c.append("multi_sentence")
    c += [x for x in q.get("classes", []) if x not in c]
    rec["classes"] = c
    if rec["speaker_start"] is not None:
        assert text[rec["speaker_start"]:rec["speaker_end"]] == rec["speaker_text"]
    return rec


def number(doc, text, m, pub):
    s, e = find(text, m["surface"], m.get("ctx"), m.get("nth", 0))
    line = text.count("\n", 0, s) + 1
    rec = {"doc": doc, "surface": text[s:e], "start": s, "end": e, "kind": m["kind"], "value": m.get("value"),
           "unit": m.get("unit"), "qualifier": m.get("qualifier"), "counted_noun": m.get("noun"), "line": line,
           "scored": m.get("scored", True), "note": m.get("note")}
    c = list(m.get("classes", []))
    if m["kind"] in ("count", "number", "money", "percent", "duration", "ordinal", "fraction", "range") \
            and not re.search(r"\d", m["surface"]) and "written_number" not in c:
        c.append("written_number")
    if m["kind"] == "ordinal" and "ordinal" not in c:
        c.append("ordinal")
    if re.search(r"مليون|مليار|ألف|آلاف", m["surface"]) and "compound" not in c:
        c.append("compound")
    for k in ("money", "percent", "identifier", "fraction", "range"):
        if m["kind"] == k and k not in c:
            c.append(k)
    rec["classes"] = c
    if m["kind"] == "weekday":
        wd = WEEKDAYS[m["value"]]
        if "resolved" in m:
            rec["resolved"] = m["resolved"]
        else:  # the most recent such day on or before publication, unless next=True
            d = pub
            step = 1 if m.get("next") else -1
            while d.weekday() != wd:
                d += datetime.timedelta(days=step)
            rec["resolved"] = d.isoformat()
        assert datetime.date.fromisoformat(rec["resolved"]).weekday() == wd
    elif "resolved" in m:
        rec["resolved"] = m["resolved"]
    return rec


def main():
    meta = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "articles/metadata.jsonl"), encoding="utf-8")}
    Q, NQ, NUM = [], [], []
    for path in sorted(glob.glob(os.path.join(HERE, "spec", "*.py"))):
        spec = importlib.util.spec_from_file_location("s", path)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        doc = mod.DOC + ".txt"
        text = open(os.path.join(HERE, "articles", doc), encoding="utf-8", newline="").read()
        pub = datetime.date.fromisoformat(meta[mod.DOC]["published"])
        qs = [quote(doc, text, q, 0) for q in mod.QUOTES]
        qs.sort(key=lambda r: r["start"])
        for n, r in enumerate(qs, 1):
            r["id"] = f"{doc}#{n}"
        for a, b in zip(qs, qs[1:]):
            assert a["end"] <= b["start"], f"overlap {a['id']} {b['id']}"
        Q += qs
        nqs = []
        for nq in mod.NON_QUOTES:
            s, e = find(text, nq["text"], nq.get("ctx"), nq.get("nth", 0))
            nqs.append({"doc": doc, "start": s, "end": e, "text": text[s:e], "reason": nq["reason"]})
        if hasattr(mod, "nq_auto"):  # every mark pair outside the quote spans, with its reason
            for nq in mod.nq_auto(text, [(r["start"], r["end"]) for r in qs]):
                assert text[nq["start"]:nq["end"]] == nq["text"]
                nqs.append({"doc": doc, **nq})
        nqs.sort(key=lambda r: r["start"])
        for r in nqs:
            assert not any(q["start"] < r["end"] and r["start"] < q["end"] for q in qs), f"non-quote inside a quote: {r}"
            for q in qs:
                for f in q["fragments"] or []:
                    assert not (f["start"] < r["end"] and r["start"] < f["end"]), f"non-quote is a fragment: {r}"
        NQ += nqs
        ns = sorted((number(doc, text, m, pub) for m in mod.NUMBERS), key=lambda r: r["start"])
        for a, b in zip(ns, ns[1:]):
            assert a["end"] <= b["start"], f"number overlap {a['surface']} {b['surface']} in {doc}"
        NUM += ns
        print(f"{mod.DOC}: {len(qs)} quotes, {len(nqs)} non-quotes, {len(ns)} facts")
    print(f"total: {len(Q)} quotes, {len(NQ)} non-quotes, {len(NUM)} facts")
    if "--write" in sys.argv:
        for name, recs in (("quotes.jsonl", Q), ("non_quotes.jsonl", NQ), ("numbers.jsonl", NUM)):
            with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
