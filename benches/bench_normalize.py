"""Side-by-side speed of khabar's Arabic normalization and its peers.

    python benches/bench_normalize.py [--mb 20] [--repeat 3]

Needs khabar, camel-lite (or camel-tools), pyarabic and arabic-norm in the same environment
(`pip install khabar[bench]`). The operation is "full normalization": alef variants → ا,
ى → ي, ة → ه, diacritics removed, tatweel removed. Every peer is called through its public
Python API on one thread, except the rows marked "batch". Each timing is the best of
--repeat runs, so that another busy process on the machine matters less.

Throughput is MB of UTF-8 input (10^6 bytes) per second. This is a benchmark, not a test: it
prints numbers and differences, and asserts nothing.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import json
import os
import random
import subprocess
import sys
import time
import unicodedata
from collections import Counter

import arabic_norm
import khabar
from corpus import DOC_BYTES, one_string, split_docs, timed, utf8_mb
import pyarabic.araby as araby

try:  # camel-tools and its slim fork camel-lite have the same functions
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    CAMEL = "camel-tools"
except ImportError:
    from camel_lite.utils.dediac import dediac_ar
    from camel_lite.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    CAMEL = "camel-lite"

TATWEEL = "\u0640"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]  # tanween, fatha..sukun, shadda
SEED = 20240601

# ---------------------------------------------------------------------------------------------
# The operation, as each library spells it
# ---------------------------------------------------------------------------------------------

FULL = khabar.Normalizer(
    "none", alef=True, alef_maqsura=True, teh_marbuta=True, diacritics=True, tatweel=True
)
DISPLAY = khabar.Normalizer("display")


def camel_full(s: str) -> str:
    # dediac_ar removes U+064B-U+0652 and U+0670 only; it keeps tatweel, and CAMeL has no
    # function for tatweel, so it is one str.replace.
    s = dediac_ar(s)
    s = s.replace(TATWEEL, "")
    s = normalize_alef_ar(s)  # أ إ آ ٱ → ا (one regex)
    s = normalize_alef_maksura_ar(s)  # ى → ي
    return normalize_teh_marbuta_ar(s)  # ة → ه


def pyarabic_full(s: str) -> str:
    s = araby.strip_diacritics(s)  # 52 str.replace: U+0610-061A, 064B-065F, 0670, Quranic marks
    s = araby.strip_tatweel(s)
    # PyArabic has no ى → ي; its normalize_alef turns ى into ا, so ى goes first, by hand.
    s = s.replace("\u0649", "\u064a")
    s = araby.normalize_alef(s)  # ا آ أ إ ٱ (and ى ٰ, already gone) → ا (one regex)
    return araby.normalize_teh(s)  # ة → ه (one regex)


def arabic_norm_full(s: str) -> str:
    # Defaults: strip_tashkeel, strip_tatweel, normalize_alif (أ إ آ ٱ), normalize_ya (ى → ي).
    return arabic_norm.normalize(s, ta_marbuta=True)


def arabic_norm_batch(docs: list[str]) -> list[str]:
    return arabic_norm.normalize_batch(docs, ta_marbuta=True)


PEERS = {CAMEL: camel_full, "PyArabic": pyarabic_full, "arabic-norm": arabic_norm_full}

# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------


def diacritize(text: str, rng: random.Random) -> str:
    """`text` with harakat after half of its letters and tatweel inside one word in ten."""
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            r = rng.random()
            if r < 0.1 and i < last and "\u0621" <= text[i + 1] <= "\u064a":
                out.append(TATWEEL)
            if r < 0.5:
                out.append(rng.choice(HARAKAT))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Timing and memory
# ---------------------------------------------------------------------------------------------


def proc_status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def memory_child(method: str, mb: float) -> None:
    """Runs in a fresh process: peak and retained RSS of one call on the one-string corpus
    ("METHOD:diacritized": on its diacritized copy)."""
    method, _, variant = method.partition(":")
    text = one_string(mb)
    if variant:
        text = diacritize(text, random.Random(SEED))
    getattr(FULL, method)("أَ")  # build the table first
    gc.collect()
    rss_before = proc_status_kb("VmRSS")
    with open("/proc/self/clear_refs", "w") as f:  # resets VmHWM, the peak, to the current RSS
        f.write("5")
    result = getattr(FULL, method)(text)
    peak = proc_status_kb("VmHWM")
    rss_after = proc_status_kb("VmRSS")
    print(json.dumps({
        "chars": len(text),
        "peak": (peak - rss_before) * 1024,
        "retained": (rss_after - rss_before) * 1024,
    }))
    del result


def measure_memory(method: str, mb: float) -> dict | None:
    if not os.path.exists("/proc/self/clear_refs"):
        return None
    run = subprocess.run(
        [sys.executable, __file__, "--mb", str(mb), "--memory-child", method],
        capture_output=True, text=True,
    )
    if run.returncode != 0:
        print(f"memory measurement of {method} failed:\n{run.stderr}", file=sys.stderr)
        return None
    return json.loads(run.stdout)


# ---------------------------------------------------------------------------------------------
# Agreement
# ---------------------------------------------------------------------------------------------


def behaviour(out: str, ch: str) -> str:
    """What a library did to `ch` in "ب" + ch + "ب"."""
    middle = out[1:-1] if out.startswith("ب") and out.endswith("ب") else out
    if middle == ch:
        return "kept"
    if middle == "":
        return "removed"
    return "→ " + " ".join(f"U+{ord(c):04X}" for c in middle)


def probe_code_points(peer) -> list[str]:
    """Every code point of the Arabic blocks between two letters: where does `peer` differ?"""
    groups = []  # [first, last, khabar's behaviour, peer's behaviour]
    for block in [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF)]:
        for cp in range(block[0], block[1] + 1):
            ch = chr(cp)
            if unicodedata.category(ch) == "Cn":
                continue
            text = "ب" + ch + "ب"
            ours, theirs = behaviour(FULL.normalize(text), ch), behaviour(peer(text), ch)
            if ours == theirs:
                continue
            if groups and groups[-1][2:] == [ours, theirs] and groups[-1][1] >= cp - 1:
                groups[-1][1] = cp
            else:
                groups.append([cp, cp, ours, theirs])
    lines = []
    for first, last, ours, theirs in groups:
        span = f"U+{first:04X}" + (f"-U+{last:04X}" if last > first else "")
        chars = "".join(chr(c) for c in range(first, min(last, first + 5) + 1))
        chars = ("ب" + " ب".join(chars)) if unicodedata.combining(chars[0]) else chars
        lines.append(f"{span} ({chars}{'…' if last > first + 5 else ''}): khabar {ours}, peer {theirs}")
    return lines


def compare_docs(docs: list[str], ours: list[str], theirs: list[str], examples: int = 0):
    """Differing documents, differing characters, the commonest differences and a few examples
    (khabar's output, the peer's, and the original around them, found with khabar's alignment)."""
    differing_docs, differing_chars, kinds, shown = 0, 0, Counter(), []
    for doc, a, b in zip(docs, ours, theirs):
        if a == b:
            continue
        differing_docs += 1
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            differing_chars += max(i2 - i1, j2 - j1)
            kinds[(a[i1:i2], b[j1:j2])] += 1
            if len(shown) < examples:
                s, e = FULL.normalize_with_offsets(doc).to_original(max(i1 - 12, 0), min(i2 + 12, len(a)))
                shown.append((a[max(i1 - 12, 0):i2 + 12], b[max(j1 - 12, 0):j2 + 12], doc[s:e]))
    return differing_docs, differing_chars, kinds, shown


def codes(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in s) or "(nothing)"


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best counts")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.mb)
        return

    # Memory first, in fresh processes, so that the corpora below do not blur it.
    memory = {
        m: measure_memory(m, args.mb)
        for m in ["normalize", "normalize_with_offsets", "normalize_with_offsets:diacritized"]
    }

    start = time.perf_counter()
    text = one_string(args.mb)
    docs = split_docs(text)
    rng = random.Random(SEED)
    diacritized = [diacritize(d, rng) for d in docs]
    corpora = {"docs": docs, "one string": [text], "docs + diacritics": diacritized}
    sizes = {name: utf8_mb(texts) for name, texts in corpora.items()}
    threads = khabar.default_threads()
    print(f"khabar {khabar.__version__}, {CAMEL}, PyArabic, arabic-norm; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; best of {args.repeat}", flush=True)
    print(f"corpus built in {time.perf_counter() - start:.1f} s: {len(docs)} docs of ~{DOC_BYTES} B "
          f"({sizes['docs']:.1f} MB, {len(text):,} chars); diacritized copy {sizes['docs + diacritics']:.1f} MB "
          f"({sum(map(len, diacritized)):,} chars)\n", flush=True)

    def each(fn):
        return lambda texts: [fn(t) for t in texts]

    # The display preset removes tatweel and invisible characters. The articles hold a few
    # tatweels (لـCNN), so its "no change" input is the corpus with those removed.
    unchanged = {"docs": [DISPLAY.normalize(d) for d in docs], "one string": [DISPLAY.normalize(text)]}
    plain = {c: corpora[c] for c in ["docs", "docs + diacritics"]}

    # name → (function of a list of texts, {column: its input})
    methods = {
        "khabar normalize": (each(FULL.normalize), corpora),
        "khabar normalize_with_offsets": (each(FULL.normalize_with_offsets), corpora),
        "khabar normalize_batch threads=1": (lambda t: FULL.normalize_batch(t, threads=1), plain),
        f"khabar normalize_batch threads={threads} (default)": (FULL.normalize_batch, plain),
        f"{CAMEL} (chain)": (each(camel_full), corpora),
        "PyArabic (chain)": (each(pyarabic_full), corpora),
        "arabic-norm normalize": (each(arabic_norm_full), corpora),
        f"arabic-norm normalize_batch ({arabic_norm.num_threads()} threads)": (arabic_norm_batch, plain),
        "khabar display preset, input needs no change": (each(DISPLAY.normalize), unchanged),
        "Python utf-16-le encode+decode": (each(lambda s: s.encode("utf-16-le").decode("utf-16-le")), corpora),
        "Python utf-8 encode+decode": (each(lambda s: s.encode().decode()), corpora),
    }
    speed: dict[tuple[str, str], float] = {}
    outputs: dict[tuple[str, str], list[str]] = {}
    # Rounds: each times every library once, so that a slow spell of the machine falls on all of
    # them alike rather than on whichever one was running; the best round of each counts.
    best: dict[tuple[str, str], float] = {}
    for round_ in range(args.repeat):
        for name, (fn, inputs) in methods.items():
            for corpus, texts in inputs.items():
                outputs.pop((name, corpus), None)
                seconds, outputs[(name, corpus)] = timed(fn, texts)
                best[(name, corpus)] = min(best.get((name, corpus), float("inf")), seconds)
        print(f"  round {round_ + 1} of {args.repeat} timed", file=sys.stderr, flush=True)
    for (name, corpus), seconds in best.items():
        speed[(name, corpus)] = utf8_mb(methods[name][1][corpus]) / seconds
    load = os.getloadavg()[0]

    display = "khabar display preset, input needs no change"
    same = sum(out is doc for out, doc in zip(outputs[(display, "docs")], unchanged["docs"]))
    big_same = outputs[(display, "one string")][0] is unchanged["one string"][0]

    # The table
    print("| MB/s (UTF-8 input) | " + " | ".join(corpora) + " |")
    print("|---|" + "---:|" * len(corpora))
    for name in methods:
        cells = [f"{speed[(name, c)]:,.0f}" if (name, c) in speed else "—" for c in corpora]
        print(f"| {name} | " + " | ".join(cells) + " |")

    print("\n| khabar normalize ÷ peer | " + " | ".join(corpora) + " |")
    print("|---|" + "---:|" * len(corpora))
    ours = "khabar normalize"
    for peer in [f"{CAMEL} (chain)", "PyArabic (chain)", "arabic-norm normalize"]:
        cells = [f"{speed[(ours, c)] / speed[(peer, c)]:.2f}x" for c in corpora]
        print(f"| vs {peer} | " + " | ".join(cells) + " |")
    batch_k = f"khabar normalize_batch threads={threads} (default)"
    batch_a = f"arabic-norm normalize_batch ({arabic_norm.num_threads()} threads)"
    cells = [f"{speed[(batch_k, c)] / speed[(batch_a, c)]:.2f}x" if (batch_k, c) in speed else "—" for c in corpora]
    print(f"| batch vs batch (both {threads} threads) | " + " | ".join(cells) + " |")

    print(f"\n1-minute load average after timing: {load:.2f} (this benchmark alone makes about 1;"
          " more means another process shared the cores)")
    print("\nTargets:")
    for corpus in ["docs", "docs + diacritics"]:
        k = speed[(ours, corpus)]
        for peer, want in [("arabic-norm normalize", 1.5), (f"{CAMEL} (chain)", 5.0)]:
            got = k / speed[(peer, corpus)]
            print(f"  {corpus}: khabar ≥ {want}x {peer}: {got:.2f}x {'ok' if got >= want else 'MISSED'}")
        got = speed[("khabar normalize_with_offsets", corpus)] / k
        print(f"  {corpus}: offsets ≥ 0.5x normalize: {got:.2f}x {'ok' if got >= 0.5 else 'MISSED'}")
        got = speed[(batch_k, corpus)] / speed[("khabar normalize_batch threads=1", corpus)]
        print(f"  {corpus}: batch {threads} threads ≥ 1.8x threads=1: {got:.2f}x {'ok' if got >= 1.8 else 'MISSED'}")
    got = speed[("khabar normalize_with_offsets", "one string")] / speed[(ours, "one string")]
    print(f"  one string: offsets ≥ 0.5x normalize: {got:.2f}x {'ok' if got >= 0.5 else 'MISSED'}")

    print(f"\nDisplay preset on text it leaves alone: the same object back for {same}/{len(docs)} docs"
          f" and for the one string: {big_same}")

    print(f"\nMemory of one call on the one string ({sizes['one string']:.1f} MB UTF-8), RSS growth per"
          " input character (the input itself excluded):")
    for method, m in memory.items():
        if m is None:
            print(f"  {method}: not measured (needs Linux /proc/self/clear_refs)")
        else:
            print(f"  {method} ({m['chars']:,} chars): peak +{m['peak'] / m['chars']:.1f} B/char ({m['peak'] / 1e6:.0f} MB),"
                  f" retained +{m['retained'] / m['chars']:.1f} B/char ({m['retained'] / 1e6:.0f} MB)")

    # Agreement
    print("\nAgreement with khabar, document by document:")
    examples = []
    for corpus in ["docs", "docs + diacritics"]:
        ours_out = outputs[("khabar normalize", corpus)]
        for peer in [f"{CAMEL} (chain)", "PyArabic (chain)", "arabic-norm normalize"]:
            want = 5 if (corpus, peer) == ("docs", f"{CAMEL} (chain)") else 0
            n_docs, n_chars, kinds, shown = compare_docs(corpora[corpus], ours_out, outputs[(peer, corpus)], want)
            examples += shown
            top = ", ".join(f"{codes(a)} vs {codes(b)} ×{n}" for (a, b), n in kinds.most_common(6))
            print(f"  {corpus}, {peer}: {n_docs}/{len(docs)} docs differ, {n_chars:,} chars"
                  + (f"; commonest (khabar vs peer): {top}" if top else ""))
    articles = Counter("".join(doc.text for doc in khabar.Corpus.sample()))
    touched = [
        f"{ch if not unicodedata.combining(ch) else 'ب' + ch} U+{ord(ch):04X} ×{n}"
        for ch, n in sorted(articles.items())
        if any(fn("ب" + ch + "ب") != "ب" + ch + "ب" for fn in [FULL.normalize, *PEERS.values()])
    ]
    print(f"  (what any library changes in the bundled articles, per copy: {', '.join(touched)})")
    plain_again = sum(a == b for a, b in zip(outputs[(ours, "docs")], outputs[(ours, "docs + diacritics")]))
    print(f"  khabar on the diacritized docs gives the same text as on the plain docs for {plain_again}/{len(docs)}")
    if examples:
        print(f"\nExamples, khabar vs {CAMEL} on the plain docs (khabar | {CAMEL} | original):")
        for a, b, original in examples:
            print(f"  {a!r} | {b!r} | {original!r}")
    else:
        print(f"  no example to show: the articles hold no character on which khabar and {CAMEL} differ;"
              " the probe below finds them")

    print("\nEvery code point of U+0600-06FF, U+0750-077F, U+08A0-08FF between two letters (ب_ب):")
    for peer, fn in PEERS.items():
        lines = probe_code_points(fn)
        print(f"  {peer}: {len(lines)} ranges differ from khabar")
        for line in lines:
            print(f"    {line}")


if __name__ == "__main__":
    main()
