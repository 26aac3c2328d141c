"""On a terminal, stderr shows a progress bar and the summary; in a pipe only failures show."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from tests.clitools import command
from tests.conftest import SEED

pty = pytest.importorskip("pty")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        shutil.copy(SEED, folder / f"{i:02d}.txt")
    (folder / "zz.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


def _run_with_stderr_on_a_pty(args: list) -> tuple:
    """Run the command with stderr on a pseudo-terminal; return (exit code, stdout, screen)."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100", "LINES": "30"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(command() + args, stdout=subprocess.PIPE, stderr=slave,
                            stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks: list = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out, _ = proc.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    screen = b"".join(chunks).decode("utf-8", "replace")
    return proc.returncode, out, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)


def test_progress_and_summary_on_a_terminal(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    code, out, screen = _run_with_stderr_on_a_pty(["parse", "-j", "1", "--fields", "source", str(folder)])
    assert code == 1
    assert len(out.splitlines()) == 31  # stdout is data only
    assert "parsing" in screen and "/31" in screen  # the progress bar, with its count
    assert f"newsextract: {folder / 'zz.html'}: not_text: input is a PNG image" in screen
    assert re.search(r"30 parsed, 1 failed \(not_text 1\) in \d+\.\d s", screen)


def test_only_failures_in_a_pipe(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    proc = subprocess.run(command() + ["parse", "-j", "1", "--fields", "source", str(folder)],
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    assert proc.stderr.decode() == (f"newsextract: {folder / 'zz.html'}: not_text: input is a "
                                    "PNG image, not a page or a text dump\n")


def test_quiet_on_a_terminal_shows_nothing(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    code, out, screen = _run_with_stderr_on_a_pty(["parse", "-q", "-j", "1", str(folder)])
    assert code == 1
    assert len(out.splitlines()) == 31
    assert screen.strip() == ""
