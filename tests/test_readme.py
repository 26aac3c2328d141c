"""The README's examples run as written: the Use commands in a folder laid out like theirs,
and the library snippets."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.clitools import command
from tests.conftest import FIXTURES, ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return README.split(f"\n{title}\n", 1)[1].split("\n## ", 1)[0]


def _use_commands() -> list:
    """The commands of the Use section's first code block, without their comments."""
    block = re.search(r"\n((?:    .*\n)+)", _section("## Use"))
    assert block, "the Use section opens with an indented block of commands"
    lines = [line.strip() for line in block.group(1).splitlines()]
    return [re.sub(r"\s{2,}# .*$", "", line) for line in lines if line]


def _python_blocks(title: str) -> list:
    return re.findall(r"```python\n(.*?)```", _section(title), re.S)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder with the README's names: article.txt, article.html, scrapes/, a WARC..."""
    shutil.copy(SEED, tmp_path / "article.txt")
    shutil.copy(FIXTURES / "id_html_news.html", tmp_path / "article.html")
    shutil.copy(FIXTURES / "id_html_news.html", tmp_path / "page.html")
    scrapes = tmp_path / "scrapes"
    (scrapes / "id").mkdir(parents=True)
    (scrapes / "drafts").mkdir()
    shutil.copy(SEED, scrapes / "id" / "indonews.txt")
    shutil.copy(FIXTURES / "id_html_news.html", scrapes / "id" / "kopi.html")
    shutil.copy(FIXTURES / "en_wire.txt", scrapes / "wire.txt")
    (scrapes / "drafts" / "draft.html.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (scrapes / "site.css").write_text("body { margin: 0 }")
    (tmp_path / "more-paths.txt").write_text("article.txt\n")
    try:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter
    except ImportError:
        pass
    else:
        with (tmp_path / "crawl.warc.gz").open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://www.example.id/kopi", "response",
                payload=io.BytesIO((FIXTURES / "id_html_news.html").read_bytes()),
                http_headers=headers))
    return tmp_path


def test_the_use_section_lists_commands() -> None:
    commands = _use_commands()
    assert len(commands) >= 10
    assert all("newsextract " in c for c in commands)


@pytest.mark.parametrize("cmd", _use_commands())
def test_use_commands_run_as_written(workdir: Path, cmd: str) -> None:
    if "warc" in cmd and not (workdir / "crawl.warc.gz").exists():
        pytest.skip("warcio is not installed")
    exe = command()
    env = {**os.environ, "PATH": f"{Path(exe[0]).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_COLOR": "1", "COLUMNS": "100"}
    if len(exe) > 1:  # no console script: run the module under the command's name
        shim = workdir / ".bin"
        shim.mkdir()
        (shim / "newsextract").write_text(f'#!/bin/sh\nexec {" ".join(exe)} "$@"\n')
        (shim / "newsextract").chmod(0o755)
        env["PATH"] = f"{shim}{os.pathsep}{env['PATH']}"
    before = set(workdir.iterdir())
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=workdir, env=env,
                          capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""  # every input parsed: nothing to name
    written = [p for p in set(workdir.iterdir()) - before if p.is_file()]
    out = proc.stdout.decode() if proc.stdout else written[0].read_text(encoding="utf-8")
    assert out.strip()
    if "--format json" in cmd or " -f json" in cmd or "schema" in cmd:
        json.loads(out)
    elif re.search(r"\bparse\b", cmd) and "--format" not in cmd and ".csv" not in cmd:
        records = [json.loads(line) for line in out.splitlines()] if "\n{" in out.strip() \
            else [json.loads(out)]
        assert all(r["error"] is None for r in records)
    if "-g '*.html'" in cmd:
        assert [Path(json.loads(x)["source"]).name for x in out.splitlines()] == ["kopi.html"]
    if "--dedupe" in cmd:  # the draft repeats indonews.txt: one of the two is left
        assert [json.loads(x)["domain"] for x in out.splitlines()].count("indonews.id") == 1


@pytest.mark.parametrize("index", range(len(_python_blocks("### As a library"))))
def test_library_snippets_run(workdir: Path, monkeypatch: pytest.MonkeyPatch, index: int) -> None:
    monkeypatch.chdir(workdir)
    code = _python_blocks("### As a library")[index]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"README.md snippet {index}", "exec"), {})  # noqa: S102
    out = printed.getvalue()
    assert "Petani Kopi Gayo Panen Raya, Harga Naik" in out
    assert "example.id" in out
