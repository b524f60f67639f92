"""scripts/test.sh cleans up after itself: the virtualenv it makes is removed on exit, whether
the suite passes or fails, unless KHABAR_TEST_VENV names one to keep."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "test.sh"


def fake_python(folder: Path) -> Path:
    """A ``python3`` whose ``-m venv DIR`` makes DIR with a Python that fails, so test.sh stops at
    its first step after making the virtualenv."""
    folder.mkdir()
    python = folder / "python3"
    python.write_text(
        '#!/bin/sh\n[ "$1" = -m ] && [ "$2" = venv ] || exit 9\n'
        'mkdir -p "$3/bin" && printf "#!/bin/sh\\nexit 3\\n" > "$3/bin/python" && chmod +x "$3/bin/python"\n'
    )
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    return folder


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_virtualenv_is_removed_on_exit_unless_named(tmp_path: Path) -> None:
    bin_folder = fake_python(tmp_path / "bin")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}", "TMPDIR": str(scratch)}
    env.pop("KHABAR_TEST_VENV", None)
    run = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 3, run.stderr
    assert list(scratch.iterdir()) == []  # the virtualenv made in TMPDIR is gone

    named = tmp_path / "kept"
    run = subprocess.run(
        ["bash", str(SCRIPT)], env={**env, "KHABAR_TEST_VENV": str(named)}, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 3
    assert (named / "bin" / "python").exists()  # the one asked for stays
