"""Builds a quote gold set (quotes.jsonl, non_quotes.jsonl) from its anchored decisions.

A set's decisions file calls ``Q(...)`` for each quote and ``N(...)`` for each non-quote. Every span is
located by exact text in the article (open(..., encoding="utf-8").read()) and checked. Speaker, cue and
antecedent mentions are the nearest occurrence before the quote (after it when postposed), unless a
record says otherwise. Shared by the sets annotated with it (check2, dev2, check3, check4); each
set's ``build_*.py`` names its decisions file and the lists its classes are tagged with.

    python tests/data/ant_dev2/build_dev2.py [--write]
"""
import json
import os
import re
import sys
from collections import Counter

LETTER = re.compile(r"\w")

def occurrences(t, s):
    out, i = [], t.find(s)
    while i >= 0:
        out.append(i)
        i = t.find(s, i + 1)
    return out

def word_occ(t, s):
    """occurrences of s not glued to letters on either side (a leading clitic must be part of s)"""
    res = []
    for i in occurrences(t, s):
        b = t[i - 1] if i > 0 else " "
        a = t[i + len(s)] if i + len(s) < len(t) else " "
        if (LETTER.match(b) and b not in "#_" and LETTER.match(s[0])) or (LETTER.match(a) and LETTER.match(s[-1])):
            continue
        res.append(i)
    return res

def locate_text(t, s, after=None):
    lo = 0
    if after is not None:
        occ = occurrences(t, after)
        assert len(occ) == 1, ("anchor not unique", after, len(occ))
        lo = occ[0]
    occ = [i for i in occurrences(t, s) if i >= lo]
    if after is None:
        assert len(occ) == 1, ("text not unique", s[:40], len(occ))
    assert occ, ("text not found", s[:40])
    return occ[0]

def before(t, s, pos):
    occ = [i for i in word_occ(t, s) if i + len(s) <= pos]
    assert occ, ("mention not found before", s, pos)
    return occ[-1]

def after_(t, s, pos):
    occ = [i for i in word_occ(t, s) if i >= pos]
    assert occ, ("mention not found after", s, pos)
    return occ[0]

def inside(t, s, a, b):
    occ = [i for i in word_occ(t, s) if a <= i and i + len(s) <= b]
    assert occ, ("mention not found inside", s)
    return occ[0]

def find_mention(t, s, start, end, where):
    if s is None:
        return None, None, None
    if where == "after":
        i = after_(t, s, end)
    elif where == "in":
        i = inside(t, s, start, end)
    elif isinstance(where, str) and where.startswith("@"):
        i = locate_text(t, s, after=where[1:])
    else:
        i = before(t, s, start)
    return i, i + len(s), s


class GoldBuilder:
    """The records of one set, built from the articles in ``here/articles`` and its decisions."""

    def __init__(self, here, famous, nonfinite):
        self.here = here
        art = os.path.join(here, "articles")
        self.files = sorted(f for f in os.listdir(art) if f.endswith(".txt"))
        self.text = {f: open(os.path.join(art, f), encoding="utf-8").read() for f in self.files}
        self.famous, self.nonfinite = famous, nonfinite
        self.records, self.nonq = [], []

    def doc_of(self, prefix):
        m = [f for f in self.files if f.startswith(prefix)]
        assert len(m) == 1, prefix
        return m[0]

    def Q(self, prefix, kind, text, speaker, spk, ref, cue, stype, side, comp, *, after=None, ant=None, bl=False,
          region="body", frags=None, alt=None, notes=None, spk_where="before", cue_where="before", ant_where="before",
          unbalanced=False, title=False, post=False, objpred=False, add=(), drop=(), doc=False):
        d = self.doc_of(prefix)
        t = self.text[d].replace("\xa0", " ")
        s = locate_text(t, text, after)
        e = s + len(text)
        ss, se, st = find_mention(t, spk, s, e, spk_where)
        if ref in ("name", "description") or spk is not None:
            assert ss is not None or ref in ("pronoun", "continuation"), text[:30]
        cs, ce, ct = find_mention(t, cue, s, e, cue_where) if cue not in (None, ":") else (None, None, cue)
        if cue == ":":
            cs = before(t, ":", s) if cue_where == "before" else after_(t, ":", e)
            ce = cs + 1
        as_, ae, at = (None, None, None)
        if ant is not None:
            pos = cs if cs is not None and cs < s else s
            as_, ae, at = find_mention(t, ant, pos, pos, ant_where)
        fr = None
        if frags is not None:
            fr = []
            for f in frags:
                fs = inside(t, f, s, e) if not isinstance(f, tuple) else locate_text(t, f[0], after=f[1])
                ftxt = f if not isinstance(f, tuple) else f[0]
                assert s <= fs and fs + len(ftxt) <= e, ("fragment outside", ftxt)
                fr.append({"start": fs, "end": fs + len(ftxt), "text": ftxt})
        # classes
        cls = []
        title = title or "title_only" in add
        mention = st if st is not None else at
        norm = lambda x: re.sub(r"[#\"،,]", "", x).replace("_", " ").replace("  ", " ").strip() if x else x
        if mention is not None and norm(speaker) not in norm(mention) and not title and not doc and ref != "description":
            cls.append("variant_form")
        if title:
            cls.append("title_only")
        if st is not None and (len(st.split()) >= 5 or (len(st.split()) >= 4 and norm(st) != norm(speaker))):
            cls.append("long_mention")
        if ss is None:
            cls.append("pronoun_subject")
        if ct and ct.lstrip("و") in self.nonfinite:
            cls.append("participle_cue")
        if comp == "nominal":
            cls.append("nominal_complement")
        if doc or stype == "document-issuer":
            cls.append("document_subject")
        if post:
            cls.append("postposed_attribution")
        if cue == ":" and region != "body":
            cls.append("colon_speech")
        if objpred:
            cls.append("object_predicate")
        if stype in ("person", "anonymous") and speaker not in self.famous:
            cls.append("unknown_person")
        body = text[:-1] if text and text[-1] in ".؟!\"" else text
        if re.search(r"[.؟!]\"?\s+\S", body):
            cls.append("multi_sentence")
        cls = [c for c in cls if c not in drop] + [c for c in add if c not in cls]
        T = self.text[d]
        text = T[s:e]
        st = T[ss:se] if ss is not None else None
        if ct is not None and cs is not None: ct = T[cs:ce]
        at = T[as_:ae] if as_ is not None else None
        for f in fr or []: f["text"] = T[f["start"]:f["end"]]
        n = sum(1 for r in self.records if r["doc"] == d) + 1
        self.records.append({
            "doc": d, "id": f"{d}#{n}", "kind": kind, "start": s, "end": e, "text": text, "speaker": speaker,
            "speaker_start": ss, "speaker_end": se, "speaker_text": st, "speaker_ref": ref,
            "antecedent_start": as_, "antecedent_end": ae, "antecedent_text": at,
            "cue": ct, "cue_start": cs, "cue_end": ce, "speaker_type": stype, "side": side,
            "unbalanced": unbalanced, "borderline": bl, "complement": comp, "region": region, "fragments": fr,
            "alt_speakers": alt or [], "notes": notes, "classes": cls})

    def N(self, prefix, text, reason, after=None, nth=None, plain=False):
        """non-quote: text inside the marks. nth picks the n-th occurrence of the marked text (0-based);
        'all' adds every marked occurrence."""
        d = self.doc_of(prefix)
        t = self.text[d].replace("\xa0", " ")
        occ = [i + 1 for i in occurrences(t, '"' + text + '"')] if not plain else []
        if not occ:  # mark not directly around (e.g. leading clitic inside, or final . inside)
            occ = occurrences(t, text)
        if after is not None:
            lo = locate_text(t, after)
            occ = [i for i in occ if i >= lo][:1]
        elif nth == "all":
            pass
        elif nth is not None:
            occ = [occ[nth]]
        else:
            assert len(occ) == 1, ("non-quote not unique", text, len(occ))
        for i in occ:
            self.nonq.append({"doc": d, "start": i, "end": i + len(text), "text": self.text[d][i:i + len(text)], "reason": reason})

    def check(self):
        errs = 0
        by = {}
        for r in self.records:
            t = self.text[r["doc"]]
            assert t[r["start"]:r["end"]] == r["text"], r["id"]
            if r["speaker_start"] is not None:
                assert t[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"], r["id"]
            if r["cue_start"] is not None:
                assert t[r["cue_start"]:r["cue_end"]] == r["cue"], r["id"]
            if r["antecedent_start"] is not None:
                assert t[r["antecedent_start"]:r["antecedent_end"]] == r["antecedent_text"], r["id"]
            for f in r["fragments"] or []:
                assert t[f["start"]:f["end"]] == f["text"], r["id"]
            if r["kind"] == "mixed":
                assert r["fragments"], r["id"]
            else:
                assert r["fragments"] is None, r["id"]
            assert r["text"] == r["text"].strip(), ("whitespace", r["id"])
            by.setdefault(r["doc"], []).append(r)
        for d, rs in by.items():
            rs.sort(key=lambda r: r["start"])
            for a, b in zip(rs, rs[1:]):
                if a["end"] > b["start"]:
                    print("OVERLAP", a["id"], b["id"]); errs += 1
        for n in self.nonq:
            t = self.text[n["doc"]]
            assert t[n["start"]:n["end"]] == n["text"]
            for r in by.get(n["doc"], []):
                if r["kind"] == "direct" and r["start"] <= n["start"] < r["end"]:
                    print("NONQ inside direct", n["text"], r["id"]); errs += 1
                for f in r["fragments"] or []:
                    if f["start"] <= n["start"] < f["end"]:
                        print("NONQ inside fragment", n["text"], r["id"]); errs += 1
        return errs

    def uncovered(self):
        """Straight-quote pairs covered by no quote (direct span or fragment) and no non-quote."""
        unc = 0
        for d in self.files:
            t = re.sub("[«»“”]", '"', self.text[d])
            rs = [r for r in self.records if r["doc"] == d]
            spans = [(r["start"], r["end"]) for r in rs if r["kind"] == "direct"]
            spans += [(f["start"], f["end"]) for r in rs for f in (r["fragments"] or [])]
            spans += [(n["start"], n["end"]) for n in self.nonq if n["doc"] == d]
            for a, b in _pairs(t):
                if not any(s <= a + 1 and b - 1 <= e + 1 and b >= s for s, e in spans) and not any(s <= a < e for s, e in spans):
                    print("UNCOVERED", d, repr(t[a:b][:60]))
                    unc += 1
        return unc


def _pairs(t):
    out = []
    for m in re.finditer(r"[^\n]+", t):
        line, base = m.group(0), m.start()
        idx = [base + i for i, c in enumerate(line) if c == '"']
        out += [(idx[k] + 1, idx[k + 1]) for k in range(0, len(idx) - 1, 2)]
    return out


def build(gold, decisions, extra=None):
    """Builds a set from its decisions file, which may call ``extra``'s functions too (a set's
    numeric facts); with --write on the command line, writes its quote gold."""
    with open(os.path.join(gold.here, decisions), encoding="utf-8") as f:
        exec(f.read(), {"Q": gold.Q, "N": gold.N, **(extra or {})})
    gold.records.sort(key=lambda r: (r["doc"], r["start"]))
    count = Counter()
    for r in gold.records:
        count[r["doc"]] += 1
        r["id"] = f'{r["doc"]}#{count[r["doc"]]}'
    errs = gold.check()
    unc = gold.uncovered()
    if "--write" in sys.argv and errs == 0:
        with open(os.path.join(gold.here, "quotes.jsonl"), "w", encoding="utf-8") as f:
            for r in gold.records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(gold.here, "non_quotes.jsonl"), "w", encoding="utf-8") as f:
            for n in sorted(gold.nonq, key=lambda n: (n["doc"], n["start"])):
                f.write(json.dumps(n, ensure_ascii=False) + "\n")
    print("records", len(gold.records), Counter(r["kind"] for r in gold.records), "nonq", len(gold.nonq),
          "errors", errs, "uncovered", unc)
