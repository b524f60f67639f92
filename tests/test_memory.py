"""Peak memory per character of quote and entity extraction, on the inputs that cost the most.

Each case runs in a process of its own, as ``benches/bench_memory.py`` does: the text is built,
the peak resident set is reset (``/proc/self/clear_refs``), one call is made, and the peak above
the resident set before the call is divided by the number of characters. The bounds sit a
quarter or so above what the extractors take now, so that a regression of a few bytes a token
or a mark (a field in a per-token record, a hash map of marks) fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import gc, json, sys
    import khabar

    def status(field):
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise KeyError(field)

    call, kind, chars = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if kind == "news":
        piece = "\\n\\n".join(doc.text for doc in khabar.Corpus.sample())
        text = (piece * (chars // len(piece) + 1))[:chars]
        del piece
    else:
        text = kind * chars
    function = getattr(khabar, call)
    function("تحمية")  # the lexicons load before the measure
    gc.collect()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # resets VmHWM to the current RSS
    before = status("VmRSS")
    result = function(text)
    print(json.dumps({"per_char": (status("VmHWM") - before) / len(text)}))
    """
)


def linux_peak_reset() -> bool:
    path = Path("/proc/self/clear_refs")
    return path.exists() and sys.platform.startswith("linux")


#: (entry point, input, characters, bound in bytes per character). Now: '"' marks 30, « 43,
#: entities on '"' marks 21, news (the bundled articles repeated) 20; before the compact reader
#: they were 140, 185, 71 and 35.
CASES = [
    ("extract_quotes", '"', 3_000_000, 40),
    ("extract_quotes", "«", 2_000_000, 55),
    ("extract_entities", '"', 3_000_000, 28),
    ("extract_quotes", "news", 2_000_000, 26),
]


@pytest.mark.skipif(not linux_peak_reset(), reason="needs Linux's /proc/self/clear_refs")
@pytest.mark.parametrize(("call", "kind", "chars", "bound"), CASES)
def test_peak_memory_per_character_stays_bounded(call: str, kind: str, chars: int, bound: float) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, call, kind, str(chars)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0 and "clear_refs" in done.stderr:
        pytest.skip("the peak resident set cannot be reset here")
    assert done.returncode == 0, done.stderr[-2000:]
    per_char = json.loads(done.stdout)["per_char"]
    assert per_char < bound, f"{call} on {kind!r}: {per_char:.1f} bytes per character (bound {bound})"
