"""Helpers for CLI tests: a click runner that keeps stderr apart from stdout, on any click 8."""

from __future__ import annotations

import re
from typing import Any

from click.testing import CliRunner, Result

from newsextract.cli import main


def make_runner() -> CliRunner:
    """A runner whose results have separate .stdout and .stderr (click 8.1 needs mix_stderr)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click 8.2+: stderr is always kept apart
        return CliRunner()


RUNNER = make_runner()


def invoke(*args: str, input: Any = None, env: Any = None) -> Result:
    """Run `newsextract ARGS...` in-process."""
    return RUNNER.invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def timeless(text: str) -> str:
    """Summary lines with their elapsed time blanked: `in 0.3 s` -> `in T s`."""
    return re.sub(r" in \d+\.\d s$", " in T s", text, flags=re.M)


def command() -> list:
    """How to run the installed command: the script beside this interpreter first (a PATH
    search may find another install's, e.g. a version manager's shim), else the module."""
    import shutil
    import sys
    from pathlib import Path

    beside = Path(sys.executable).parent / "newsextract"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("newsextract")
    return [exe] if exe else [sys.executable, "-m", "newsextract"]
