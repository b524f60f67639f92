"""Peak memory per character of every entry point, on news and on the inputs that cost the most.

Each case runs in a process of its own, as ``benches/bench_memory.py`` does: the text is built,
the peak resident set is reset (``/proc/self/clear_refs``), one call is made, and the peak above
the resident set before the call is divided by the number of characters. The bounds are the
targets: at most 16 bytes a character for any input, under 10 for news. Before the quote reader
read long texts window by window it took 30 on '"' marks, 43 on « and 24 on news.
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


ENTRY_POINTS = ["normalize", "extract_numbers", "article_parts", "extract_quotes", "extract_entities"]
#: (input, bound in bytes per character): news (the bundled articles repeated), then runs of
#: the characters the readers keep the most state for.
INPUTS = [("news", 10), ('"', 16), ("«", 16), ("7", 16)]
CASES = [(call, kind, 2_000_000, bound) for call in ENTRY_POINTS for kind, bound in INPUTS]


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
