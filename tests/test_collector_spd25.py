"""The cycle collector as the command line sets it for a batch: start-up's objects and what each
page leaves alive are kept out of its young passes, in the main process and in the workers;
cycles are still found, every batch.FULL_PASS_PAGES pages and after the batch."""

from __future__ import annotations

import gc
import os
import shutil
import weakref
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from newsextract import batch, cli
from tests.clitools import invoke
from tests.conftest import SEED


class _Node:
    """An object that can stand in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Any = None


def _cycle() -> "weakref.ref[_Node]":
    """A garbage cycle of two nodes, nothing else holding it; a weak reference to one of them."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def _folder(tmp_path: Path, n: int) -> Path:
    for i in range(n):
        shutil.copy(SEED, tmp_path / f"p{i}.txt")
    return tmp_path


def _tracked(obj: object) -> bool:
    """The collector's passes can reach obj: it is in a generation, not frozen."""
    return any(o is obj for o in gc.get_objects())


def test_what_a_page_leaves_alive_is_frozen_before_the_next_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = batch.run
    seen: List[bool] = []
    kept: Dict[str, list] = {}

    def spying_run(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for i, result in enumerate(original(*args, **kwargs)):
            if i == 0:
                kept["page"] = [object()]  # (a cache's new entry, say: alive after its page)
                assert _tracked(kept["page"])
            else:
                seen.append(_tracked(kept["page"]))
            yield result

    monkeypatch.setattr(batch, "run", spying_run)
    result = invoke("parse", str(_folder(tmp_path, 3)))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert seen == [False, False]  # (frozen once its page was done)
    assert _tracked(kept["page"])  # (back in the collector's reach after the batch)
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("every, freed_in_batch", [(2, True), (1000, False)])
def test_cycles_a_page_left_are_found_by_the_full_pass_or_after_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every: int, freed_in_batch: bool) -> None:
    original = batch.run
    ref: Dict[str, "weakref.ref[_Node]"] = {}
    alive_at_page_3: List[bool] = []

    def spying_run(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for i, result in enumerate(original(*args, **kwargs)):
            if i == 0:
                ref["cycle"] = _cycle()
            elif i == 2:  # (resumed after the second page's call)
                alive_at_page_3.append(ref["cycle"]() is not None)
            yield result

    monkeypatch.setattr(batch, "run", spying_run)
    monkeypatch.setattr(batch, "FULL_PASS_PAGES", every)
    result = invoke("parse", str(_folder(tmp_path, 3)))
    assert result.exit_code == 0
    assert alive_at_page_3 == [not freed_in_batch]
    gc.collect()
    assert ref["cycle"]() is None  # (never leaked: found after the batch at the latest)


@pytest.mark.parametrize("enabled", [True, False])
def test_start_up_loads_with_the_collector_paused_and_its_objects_in_the_oldest_generation(
        enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        with cli._collector_paused():
            assert not gc.isenabled()
            made = [object()]
            assert any(o is made for o in gc.get_objects(0))
        assert gc.isenabled() == enabled  # (as it was: a caller's choice is kept)
        assert any(o is made for o in gc.get_objects(2))
        assert not any(o is made for o in gc.get_objects(0))
        assert gc.get_freeze_count() == 0
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_a_cycle_made_while_paused_is_found_by_the_next_full_pass() -> None:
    with cli._collector_paused():
        ref = _cycle()
    assert ref() is not None  # (no pass ran meanwhile)
    gc.collect()
    assert ref() is None


def test_a_worker_freezes_what_each_page_left_before_its_next_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = batch._work

    def telling_work(args: Any) -> Dict[str, Any]:
        record = original(args)
        # (in the worker's process, forked with this stand-in: how things stood for this page)
        return dict(record, _pid=os.getpid(), _frozen=gc.get_freeze_count() > 0)

    monkeypatch.setattr(batch, "_work", telling_work)
    folder = _folder(tmp_path, 6)
    inputs = batch.expand([str(folder)])
    assert gc.get_freeze_count() == 0
    recs = [r.record for r in batch.run(inputs, jobs=2)]
    assert len(recs) == 6
    by_worker: Dict[int, List[bool]] = {}
    for rec in recs:
        assert rec["_pid"] != os.getpid()
        by_worker.setdefault(rec["_pid"], []).append(rec["_frozen"])
    # each worker's first page ran with nothing frozen, every later one after a freeze
    assert all(seen == [False] + [True] * (len(seen) - 1) for seen in by_worker.values())
    assert any(len(seen) > 1 for seen in by_worker.values())
    assert gc.get_freeze_count() == 0  # (the calling process's collector is left alone)
