"""Dask: the same records as on one machine, shards written once, a dead worker loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newsextract.batch import expand, records  # noqa: E402
from newsextract.cluster import plan, record_bag, run_on_cluster, shard_name  # noqa: E402
from newsextract.errors import OutputError  # noqa: E402
from newsextract.options import Options  # noqa: E402
from tests.conftest import FIXTURES, SEED, SHARED  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _corpus(tmp: Path) -> list:
    """Inputs: the fixtures and the seed, and the id-news pages when ../shared is here."""
    folder = tmp / "in"
    folder.mkdir()
    for p in [SEED, *sorted(FIXTURES.glob("*.txt"))]:
        shutil.copy(p, folder / p.name)
    news = SHARED / "corpus" / "id-news"
    if news.is_dir():
        for p in sorted((news / "html").glob("*.html"))[:12] + sorted((news / "text").glob("*.txt"))[:12]:
            shutil.copy(p, folder / p.name)
    (folder / "broken.html").write_bytes(bytes(range(256)) * 8)  # a walk takes it by its name
    return [str(folder)]


def _single_machine(args: list) -> list:
    return list(records(expand(args), Options(), 1, 30.0))


def _shards(outdir: Path) -> list:
    out = []
    for path in sorted(outdir.glob("part-*.jsonl")):
        out.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return out


def test_shards_equal_the_single_machine_output(client, tmp_path: Path) -> None:
    args = _corpus(tmp_path)
    outdir = tmp_path / "out"
    manifest = run_on_cluster(args, str(outdir), "", client=client, shard_size=4)
    expected = _single_machine(args)
    assert _shards(outdir) == expected
    assert manifest["records"] == len(expected) == manifest["inputs"]
    assert manifest["errors"] == sum(r["error"] is not None for r in expected) >= 1
    assert [s["name"] for s in manifest["shards"]] == [shard_name(i) for i in range(len(manifest["shards"]))]
    on_disk = json.loads((outdir / "manifest.json").read_text())
    assert on_disk["records"] == manifest["records"]


def test_rerun_skips_finished_shards(client, tmp_path: Path) -> None:
    args = _corpus(tmp_path)
    outdir = tmp_path / "out"
    first = run_on_cluster(args, str(outdir), "", client=client, shard_size=3)
    (outdir / shard_name(1)).unlink()
    before = {p.name: p.stat().st_mtime_ns for p in outdir.glob("part-*.jsonl")}
    second = run_on_cluster(args, str(outdir), "", client=client, shard_size=3)
    assert second["skipped_shards"] == [i for i in range(len(first["shards"])) if i != 1]
    assert {p.name: p.stat().st_mtime_ns for p in outdir.glob("part-*.jsonl")
            if p.name != shard_name(1)} == before
    assert _shards(outdir) == _single_machine(args)
    with pytest.raises(OutputError, match="holds the output of another run"):  # another partitioning
        run_on_cluster(args, str(outdir), "", client=client, shard_size=5)


def test_record_bag(client, tmp_path: Path) -> None:
    args = _corpus(tmp_path)
    bag = record_bag(args, partition_size=5)
    got = bag.compute()
    assert got == _single_machine(args)
    assert [r["source"] for r in got] == [i.source for i in plan(args)]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(48):
        shutil.copy(SEED if i % 2 else FIXTURES / "en_wire.txt", folder / f"{i:03d}.txt")
    outdir = tmp_path / "out"
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    try:
        result = {}
        job = threading.Thread(target=lambda: result.update(
            m=run_on_cluster([str(folder)], str(outdir), "", client=c, shard_size=2)))
        job.start()
        deadline = time.monotonic() + 60
        while not list(outdir.glob("part-*.jsonl")) and time.monotonic() < deadline:
            time.sleep(0.02)
        pids = c.run(os.getpid)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        job.join(timeout=180)
        assert not job.is_alive()
    finally:
        c.close()
        cluster.close()
    got = _shards(outdir)
    sources = [r["source"] for r in got]
    assert len(sources) == len(set(sources)) == 48
    assert got == _single_machine([str(folder)])
    assert result["m"]["records"] == 48


def test_cli_scheduler_needs_an_output_folder() -> None:
    from click.testing import CliRunner

    from newsextract.cli import main

    result = CliRunner().invoke(main, ["parse", "--scheduler", "local", str(SEED)])
    assert result.exit_code == 2
    assert "--scheduler needs -o OUTDIR" in result.output


def test_cli_scheduler_local(tmp_path: Path) -> None:
    import subprocess

    from tests.clitools import command

    out = tmp_path / "shards"
    missing = tmp_path / "nope.txt"
    proc = subprocess.run(command() + ["parse", "--scheduler", "local", "-o", str(out), str(SEED),
                                       str(FIXTURES / "en_wire.txt"), str(missing)],
                          capture_output=True, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert proc.stdout == b""
    recs = _shards(out)
    assert [Path(r["source"]).name for r in recs] == ["000_103e626a5a1d57e5.txt", "en_wire.txt",
                                                      "nope.txt"]
    assert json.loads((out / "manifest.json").read_text())["records"] == 3
    # the failed input is named on stderr, as on one machine
    assert f"newsextract: {missing}: not_found: no such file or folder\n" in proc.stderr.decode()


def test_cli_maps_a_cluster_error_to_exit_3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import newsextract.cluster
    from tests.clitools import invoke

    def refuse(*args, **kw):
        raise OutputError(f"{tmp_path} holds the output of another run (its manifest differs); "
                          "use a new folder")

    monkeypatch.setattr(newsextract.cluster, "run_on_cluster", refuse)
    result = invoke("parse", "--scheduler", "local", "-o", str(tmp_path), str(SEED))
    assert result.exit_code == 3
    assert result.stderr == (f"newsextract: {tmp_path} holds the output of another run (its "
                             "manifest differs); use a new folder\n")


def test_cli_scheduler_refuses_dedupe(tmp_path: Path) -> None:
    from tests.clitools import invoke

    result = invoke("parse", "--scheduler", "local", "--dedupe", "-o", str(tmp_path), str(SEED))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == ("Error: with --scheduler the shards are JSON Lines "
                                              "of whole records (no --format, --fields or --dedupe)")
