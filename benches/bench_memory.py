"""Peak memory per input character of each entry point, on ordinary news and on pathological input.

Each case runs in a subprocess of its own: it builds the text, resets the peak resident set
(``/proc/self/clear_refs``), makes one call and reports the peak RSS above the RSS before the
call, divided by the number of characters. The text itself (about 2 bytes a character in
CPython) is not counted: it is the caller's.

    python benches/bench_memory.py                 # 50 MB of each input
    python benches/bench_memory.py --mb 10 --only numbers

Linux only (it reads ``/proc/self/status``). Target: at most 16 bytes per character for any
input, under 10 for ordinary news.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

ENTRY_POINTS = {
    "normalize": "khabar.normalize(text)",
    "normalize_with_offsets": "khabar.Normalizer().normalize_with_offsets(text)",
    "numbers": "khabar.extract_numbers(text)",
    "article_parts": "khabar.article_parts(text)",
    "quotes": "khabar.extract_quotes(text)",
    "entities": "khabar.extract_entities(text)",
}

INPUTS = {
    "news": "ordinary news: the ANT corpus (or the bundled articles) repeated",
    "quote_marks": 'all " marks',
    "digits": "all digits",
    "guillemets": "all «",
}

ANT = Path("/work/ant/ant.jsonl")

CHILD = """
import gc, json, sys, time
import khabar

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)

kind, chars, ant = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if kind == "news":
    texts = []
    if ant:
        with open(ant, encoding="utf-8") as lines:
            for line in lines:
                texts.append(json.loads(line)["text"])
                if sum(map(len, texts)) > min(chars, 20_000_000):
                    break
    else:
        texts = [doc.text for doc in khabar.Corpus.sample()]
    piece = "\\n\\n".join(texts)
    text = (piece * (chars // len(piece) + 1))[:chars]
    del texts, piece
else:
    text = {"quote_marks": '"', "digits": "7", "guillemets": "«"}[kind] * chars
gc.collect()
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # resets VmHWM to the current RSS
before = status("VmRSS")
start = time.perf_counter()
result = CALL
seconds = time.perf_counter() - start
peak = status("VmHWM")
print(json.dumps({"chars": len(text), "peak": peak - before, "seconds": seconds}))
"""


def run(entry: str, kind: str, chars: int) -> dict[str, float]:
    code = textwrap.dedent(CHILD).replace("CALL", ENTRY_POINTS[entry])
    ant = str(ANT) if ANT.exists() else ""
    result = subprocess.run(
        [sys.executable, "-c", code, kind, str(chars), ant],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        return {"error": result.returncode, "stderr": result.stderr[-300:]}  # type: ignore[dict-item]
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="MB of UTF-8 input per case")
    parser.add_argument("--only", nargs="*", choices=list(ENTRY_POINTS), help="entry points")
    parser.add_argument("--inputs", nargs="*", choices=list(INPUTS), help="inputs")
    args = parser.parse_args()
    entries = args.only or list(ENTRY_POINTS)
    inputs = args.inputs or list(INPUTS)
    print(f"peak RSS above the text, bytes per input character ({args.mb:g} MB of each input)")
    print(f"{'entry point':<24}" + "".join(f"{kind:>14}" for kind in inputs))
    for entry in entries:
        cells = []
        for kind in inputs:
            # ~50 MB of UTF-8: Arabic news is about 1.8 bytes a character, « two, " and digits one
            per_char = {"news": 1.8, "guillemets": 2.0}.get(kind, 1.0)
            chars = int(args.mb * 1_000_000 / per_char)
            found = run(entry, kind, chars)
            if "error" in found:
                cells.append(f"{'failed':>14}")
                print(f"# {entry} on {kind} failed: {found['stderr']}", file=sys.stderr)
            else:
                per = found["peak"] / found["chars"]
                cells.append(f"{per:>8.1f} ({found['seconds']:>3.0f}s)")
        print(f"{entry:<24}" + "".join(cells), flush=True)


if __name__ == "__main__":
    main()
