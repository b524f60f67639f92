"""Batches on threads: after a fork, with RAYON_NUM_THREADS, under Ctrl-C, from many callers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import khabar


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 60) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX")
def test_a_forked_child_of_a_parent_that_ran_a_batch_does_not_hang() -> None:
    out = run_python(
        """
        import multiprocessing as mp
        import khabar
        n = khabar.Normalizer()
        texts = ["أعلنَ الكرملينُ"] * 1000
        n.normalize_batch(texts)  # the parent's pool is running now

        def child(queue):
            queue.put(n.normalize_batch(texts, threads=2)[0])

        ctx = mp.get_context("fork")
        queue = ctx.Queue()
        process = ctx.Process(target=child, args=(queue,))
        process.start()
        print(queue.get(timeout=30))
        process.join(30)
        print(process.exitcode)
        """
    )
    assert out.split() == ["اعلن", "الكرملين", "0"]


def test_rayon_num_threads_sets_the_default() -> None:
    out = run_python("import khabar; print(khabar.default_threads())", {"RAYON_NUM_THREADS": "3"})
    assert out.strip() == "3"
    assert khabar.default_threads() >= 1


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs")
def test_ctrl_c_interrupts_a_long_batch_within_a_second() -> None:
    code = textwrap.dedent(
        """
        import sys, khabar
        n = khabar.Normalizer()
        texts = ["أعلنَ الكرملينُ أنّ المكالمة استمرت ساعتين. " * 20_000] * 200
        print("ready", flush=True)
        try:
            while True:
                n.normalize_batch(texts)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(1.0)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - sent < 1.0, "Ctrl-C took more than a second"
    assert out.strip() == "interrupted", err


def test_many_python_threads_share_one_normalizer() -> None:
    n = khabar.Normalizer()
    docs = [doc.text for doc in khabar.Corpus.sample()]
    expected = [n.normalize(t) for t in docs]

    def work(i: int) -> bool:
        if i % 2:
            return n.normalize_batch(docs, threads=2) == expected
        return [n.normalize_with_offsets(t).text for t in docs] == expected

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(64)))
