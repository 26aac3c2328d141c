"""Batch work: archives, globs, lists of paths, formats, pipes, workers, README recipes."""

from __future__ import annotations

import io
import json
import os
import shutil
import shlex
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsextract.cli import main
from tests.clitools import command
from tests.conftest import FIXTURES, ROOT, SEED

runner = CliRunner()


def _warc(path: Path, pages: list) -> None:
    """Write a gzipped WARC with one response record per (uri, status, type, body)."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))


def _html(title: str) -> bytes:
    para = f"<p>{title} is the subject of this long paragraph, which goes on for a while so " \
           "that it reads like an article and not like a menu of a page.</p>"
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{para * 3}</body></html>".encode()


def test_warc_records_are_inputs(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, [
        ("https://example.org/a", "200 OK", "text/html; charset=utf-8", _html("First story")),
        ("https://example.org/b", "404 Not Found", "text/html", b"<html>missing</html>"),
        ("https://example.org/c.png", "200 OK", "image/png", b"\x89PNG...."),
        ("https://example.org/d", "200 OK", "text/html", _html("Second story")),
    ])
    result = runner.invoke(main, ["parse", "-j", "1", str(archive)])
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["url"] for r in recs] == ["https://example.org/a", "https://example.org/d"]
    assert [r["title"] for r in recs] == ["First story", "Second story"]
    assert all(r["source"].startswith(str(archive) + "#urn:uuid:") for r in recs)
    # the same records with two workers, in the same order
    result2 = runner.invoke(main, ["parse", "-j", "2", str(archive)])
    assert result2.stdout == result.stdout


def test_globs_and_from_file(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "skip.md"):
        shutil.copy(SEED, tmp_path / name)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{FIXTURES / 'en_wire.txt'}\n# a comment\n\n")
    result = runner.invoke(main, ["parse", "--fields", "source", str(tmp_path / "*.txt"),
                                  "--from-file", str(listing)])
    assert result.exit_code == 0
    names = [Path(json.loads(x)["source"]).name for x in result.stdout.splitlines()]
    assert names == ["list.txt", "one.txt", "two.txt", "en_wire.txt"]


def test_gzipped_input(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(_html("Packed story")))
    result = runner.invoke(main, ["parse", "--fields", "title,format", str(path)])
    assert json.loads(result.stdout) == {"title": "Packed story", "format": "html"}


@pytest.mark.parametrize("fmt,expected_start", [
    ("markdown", "# Indonesia dan Vietnam Sepakati Kerja Sama"),
    ("text", "Indonesia dan Vietnam Sepakati Kerja Sama"),
])
def test_reading_formats(fmt: str, expected_start: str) -> None:
    result = runner.invoke(main, ["parse", "--format", fmt, str(SEED)])
    assert result.exit_code == 0
    assert result.stdout.startswith(expected_start)
    assert "Indonesia dan Vietnam menyepakati kerja sama literasi" in result.stdout


def test_csv_has_one_row_per_article(tmp_path: Path) -> None:
    import csv

    result = runner.invoke(main, ["parse", "--format", "csv", str(SEED), str(FIXTURES / "en_wire.txt")])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:4] == ["source", "format", "language", "title"]
    assert len(rows) == 3
    quotes = rows[1][rows[0].index("quotes")]
    assert quotes.startswith("Johnny G Plate: Kawasan ASEAN")


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(command() + list(args), capture_output=True, timeout=120, **kw)


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    for i in range(40):
        shutil.copy(SEED, tmp_path / f"{i:02d}.txt")
    exe = shlex.join(command())
    proc = subprocess.run(f"{exe} parse -j 1 {tmp_path} | head -n 1", shell=True,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0
    assert proc.stderr == b""
    assert len(proc.stdout.splitlines()) == 1


def test_output_file_is_not_left_half_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous content\n")
    result = runner.invoke(main, ["parse", "--fields", "nope", "-o", str(out), str(SEED)])
    assert result.exit_code == 2
    assert out.read_text() == "previous content\n"


def test_summary_only_on_a_terminal(tmp_path: Path) -> None:
    proc = _cli("parse", str(SEED), str(FIXTURES / "en_wire.txt"))
    assert proc.returncode == 0
    assert proc.stderr == b""  # stderr is not a terminal here: no progress, no summary


def test_timeout_turns_into_an_error_record(tmp_path: Path) -> None:
    from newsextract.batch import Input, process
    from newsextract.options import Options

    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 400)
    rec = process(Input(source=str(big), path=str(big)), Options(), timeout=0.01)
    assert rec["error"] == {"type": "timeout", "message": "took longer than 0.01 s"}


README_RECIPES = [
    # (command after `newsextract parse ... |`, expected output)
    ("jq -r .title", "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN\n"
     "Port workers end strike after pay deal\n"),
    ("jq -r 'select(.date >= \"2020-01-01\") | .source'", "seeds/000_103e626a5a1d57e5.txt\n"),
    ("jq -s 'group_by(.domain) | map({domain: .[0].domain, n: length})' -c",
     '[{"domain":null,"n":1},{"domain":"indonews.id","n":1}]\n'),
]


@pytest.mark.parametrize("recipe,expected", README_RECIPES)
def test_readme_jq_recipes(recipe: str, expected: str) -> None:
    if not shutil.which("jq"):
        pytest.skip("jq is not installed")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert recipe in readme, "the README shows this recipe"
    exe = shlex.join(command())
    cmd = f"{exe} parse seeds/000_103e626a5a1d57e5.txt fixtures/en_wire.txt | {recipe}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "LC_ALL": "C.UTF-8"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == expected


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_leaves_no_output_file(tmp_path: Path, jobs: str) -> None:
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        shutil.copy(SEED, folder / f"{i:03d}.txt")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(command() + ["parse", "-j", jobs, "-o", str(out), str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stderr == b"newsextract: interrupted\n"
    assert stdout == b""
    assert list(tmp_path.iterdir()) == [folder]


def test_default_jobs_are_the_cores_this_process_may_use() -> None:
    import os
    import shutil
    import subprocess
    import sys

    from newsextract.batch import resolve_jobs

    assert resolve_jobs(3) == 3
    if not hasattr(os, "sched_getaffinity"):
        return
    assert resolve_jobs(None) == resolve_jobs(0) == len(os.sched_getaffinity(0))
    if shutil.which("taskset"):  # pinned to one core: one worker
        out = subprocess.run(["taskset", "-c", "0", sys.executable, "-c",
                              "from newsextract.batch import resolve_jobs; print(resolve_jobs(None))"],
                             capture_output=True, text=True, check=True).stdout
        assert out.strip() == "1"


def test_an_output_file_takes_the_umask_and_an_interrupt_while_it_is_made_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from newsextract.output import atomic_text_file

    old = os.umask(0o022)
    try:
        with atomic_text_file(str(tmp_path / "a.jsonl")) as fh:
            fh.write("{}\n")
    finally:
        os.umask(old)
    assert (tmp_path / "a.jsonl").read_text() == "{}\n"
    assert (tmp_path / "a.jsonl").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600

    real_open = os.open

    def open_then_interrupted(*args: object, **kwargs: object) -> int:
        fd = real_open(*args, **kwargs)  # type: ignore[arg-type]
        os.close(fd)
        raise KeyboardInterrupt  # Ctrl-C just after the file was made

    monkeypatch.setattr(os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        with atomic_text_file(str(tmp_path / "b.jsonl")):
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def _story_pages(tmp_path: Path, n: int) -> list:
    """n small HTML pages, "Story number i", as batch inputs."""
    from newsextract import batch

    inputs = []
    for i in range(n):
        path = tmp_path / f"{i:02d}.html"
        path.write_bytes(_html(f"Story number {i}"))
        inputs.append(batch.Input(source=str(path), path=str(path)))
    return inputs


def _batch_with_a_killer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kill) -> list:
    """Ten pages run with two workers, where the worker on `05.html` dies via `kill`."""
    import threading

    from newsextract import batch
    from newsextract.options import Options

    if not hasattr(os, "fork"):
        pytest.skip("the test patches the worker through fork")
    inputs = _story_pages(tmp_path, 10)
    real = batch.process

    def deadly(inp, options, timeout):
        if inp.source.endswith("05.html"):
            kill()
        return real(inp, options, timeout)

    monkeypatch.setattr(batch, "process", deadly)  # the forked workers inherit it
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(batch.records(inputs, Options(), 2, 30.0)),
                              daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "the batch hung when a worker died"
    assert [r["source"] for r in out] == [i.source for i in inputs]
    for i, rec in enumerate(out):
        if i != 5:
            assert rec["error"] is None
            assert rec["title"] == f"Story number {i}"
    return out


def _segfault() -> None:
    import faulthandler
    import signal

    faulthandler.disable()  # (pytest's, which would print the worker's stack)
    os.kill(os.getpid(), signal.SIGSEGV)


def test_a_worker_killed_by_a_signal_costs_only_its_input(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = _batch_with_a_killer(tmp_path, monkeypatch,
                               _segfault)
    assert out[5]["error"] == {
        "type": "worker_died",
        "message": "the worker process ended (signal SIGSEGV) while it was on this input"}
    assert out[5]["title"] is None and out[5]["body"] in ("", None)


def test_a_worker_that_exits_costs_only_its_input(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = _batch_with_a_killer(tmp_path, monkeypatch, lambda: os._exit(7))
    assert out[5]["error"] == {
        "type": "worker_died",
        "message": "the worker process ended (exit code 7) while it was on this input"}


def test_an_input_whose_worker_died_once_is_tried_again(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # the first worker on it dies (as when the OOM killer picks a worker); the second is fine
    flag = tmp_path / "died-once"

    def once() -> None:
        if not flag.exists():
            flag.write_text("")
            os._exit(9)

    out = _batch_with_a_killer(tmp_path, monkeypatch, once)
    assert out[5]["error"] is None
    assert out[5]["title"] == "Story number 5"


def test_workers_end_when_the_main_process_dies_without_stopping_them(tmp_path: Path) -> None:
    # A main process killed outright (or cut short between a worker's fork and its recording)
    # runs no clean-up. Its workers must still end, by reading the end of their pipe: a worker
    # left waiting keeps the batch's stdout open, and whatever reads it waits for ever.
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        shutil.copy(SEED, folder / f"{i:02d}.txt")
    script = (
        "import os\n"
        "from newsextract.batch import _Workers, expand\n"
        "from newsextract.options import DEFAULT\n"
        f"inputs = list(expand([{str(folder)!r}]))\n"
        "batch = _Workers(2, DEFAULT, 30).run(inputs)  # (kept: a dropped one would be closed)\n"
        "next(batch)\n"
        "print('first record', flush=True)\n"
        "os._exit(0)  # no finally, no atexit: the workers are not told\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    try:
        stdout, stderr = proc.communicate(timeout=30)  # EOF only once every worker has ended
    except subprocess.TimeoutExpired:
        subprocess.run(["pkill", "-f", str(folder)], check=False)
        proc.communicate()
        pytest.fail("the workers outlived their main process")
    assert proc.returncode == 0, stderr
    assert stdout == b"first record\n"
    assert b"Traceback" not in stderr


def test_a_worker_stuck_where_the_time_limit_cannot_reach_is_killed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a worker blocked past the time limit's alarm (a lock in a C library, a write that never
    # ends: here the alarm is blocked and the worker sleeps) must not hold the batch for ever
    import signal
    import threading
    import time

    from newsextract import batch
    from newsextract.options import Options

    if not hasattr(os, "fork"):
        pytest.skip("the test patches the worker through fork")
    inputs = _story_pages(tmp_path, 6)
    real = batch.process

    def stuck(inp, options, timeout):
        if inp.source.endswith("03.html"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
        return real(inp, options, timeout)

    monkeypatch.setattr(batch, "process", stuck)  # the forked workers inherit it
    monkeypatch.setattr(batch, "STALL_GRACE", 1.0)
    out: list = []
    started = time.monotonic()
    worker = threading.Thread(target=lambda: out.extend(batch.records(inputs, Options(), 2, 0.5)),
                              daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the batch hung on a stuck worker"
    assert time.monotonic() - started < 30
    assert [r["source"] for r in out] == [i.source for i in inputs]
    assert [r["title"] for r in out] == [f"Story number {i}" if i != 3 else None for i in range(6)]
    assert out[3]["error"]["type"] == "timeout"
    assert out[3]["error"]["message"].startswith(
        "took longer than the time limit and did not stop at it: its worker process was killed after ")
