"""Every example in a docstring and in the README runs and shows what it claims."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import khabar
import khabar._khabar
import khabar.cli
import khabar.partitions
import khabar.stream
import khabar.corpus

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("module", [khabar, khabar._khabar, khabar.corpus, khabar.cli, khabar.stream, khabar.partitions])
def test_docstring_examples(module: object) -> None:
    finder = doctest.DocTestFinder(exclude_empty=False)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    tests = finder.find(module, globs={**vars(khabar), **vars(module)})
    for test in tests:
        runner.run(test)
    assert runner.failures == 0
    if module is khabar._khabar:
        assert runner.tries >= 8, "the native module's docstrings lost their examples"


def test_every_exported_name_has_a_docstring() -> None:
    for name in khabar.__all__:
        obj = getattr(khabar, name)
        if callable(obj):
            assert obj.__doc__ and obj.__doc__.strip(), name


def test_readme_examples_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README has no Python example"
    for block in blocks:
        exec(compile(block, str(README), "exec"), {})
