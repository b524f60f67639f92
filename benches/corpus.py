"""What the benchmarks share: the corpus built from the bundled articles, and timing."""

from __future__ import annotations

import gc
import time

import khabar

DOC_BYTES = 2048


def one_string(mb: float) -> str:
    """The bundled articles, repeated to about `mb` MB of UTF-8."""
    stream = "\n\n".join(doc.text for doc in khabar.Corpus.sample()) + "\n\n"
    reps = max(1, round(mb * 1e6 / len(stream.encode())))
    return stream * reps


def split_docs(text: str, doc_bytes: int = DOC_BYTES) -> list[str]:
    """`text` cut after a space every `doc_bytes` UTF-8 bytes or so."""
    chars = max(1, doc_bytes * len(text) // len(text.encode()))
    docs, start = [], 0
    while start < len(text):
        end = text.find(" ", start + chars)
        end = len(text) if end < 0 else end + 1
        docs.append(text[start:end])
        start = end
    return docs


def utf8_mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def timed(fn, *args):
    """(seconds, result) of one run."""
    gc.collect()
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result
