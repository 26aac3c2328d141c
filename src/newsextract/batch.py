"""The library's batch runner: inputs to records, in order, on worker processes.

Every input yields exactly one record, in input order; a failure is an error record. This
module knows nothing of the command line: `newsextract.cli` turns its results into output,
messages and an exit status.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Deque, Dict, Iterator, List, Optional, Tuple

from newsextract.api import extract
from newsextract.domain import warm as warm_domains
from newsextract.errors import NewsExtractError
from newsextract.fingerprint import NearDuplicates
from newsextract.inputs import MAX_UNPACKED, Input, expand, gunzip, read_bytes
from newsextract.model import Article, ErrorInfo
from newsextract.options import DEFAULT, Options
from newsextract.rxcache import save as save_patterns

__all__ = ["Input", "expand", "read_bytes", "gunzip", "MAX_UNPACKED", "process", "records",
           "error_record", "describe_error", "run", "Result", "Summary", "resolve_jobs"]


class _Timeout(Exception):
    """One document took longer than the time limit."""


def _on_alarm(signum: int, frame: Any) -> None:
    """The time limit's alarm: stop the document in hand."""
    raise _Timeout()


def process(inp: Input, options: Options, timeout: Optional[float]) -> Dict[str, Any]:
    """Extract one input to a record dict; every failure becomes an error record."""
    if inp.error:
        return error_record(inp.source, inp.error[0], inp.error[1])
    # the alarm signal only reaches the main thread: elsewhere (a Dask worker's task thread)
    # documents run without the time limit
    use_alarm = bool(timeout) and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()
    old = None
    try:
        if use_alarm:
            old = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
        data = read_bytes(inp, options.max_bytes)
        article = extract(data, options, source=inp.source)
        if inp.url:
            article.url = inp.url  # an archive record's target URI
        return article.to_dict()
    except _Timeout:
        return error_record(inp.source, "timeout", f"took longer than {timeout} s")
    except Exception as exc:  # noqa: B902 - every failure is a record, never a lost line
        return error_record(inp.source, *describe_error(exc))
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if old is not None:
                signal.signal(signal.SIGALRM, old)


def describe_error(exc: BaseException) -> Tuple[str, str]:
    """The error type and message an exception becomes in a record (and on stderr)."""
    if isinstance(exc, NewsExtractError):
        return exc.type, str(exc)
    if isinstance(exc, IsADirectoryError):
        return "unreadable", "is a directory"
    if isinstance(exc, FileNotFoundError):
        return "not_found", "no such file or folder"
    if isinstance(exc, OSError):
        return "unreadable", exc.strerror or str(exc)
    if isinstance(exc, RecursionError):
        return "too_deep", "document nesting is too deep"
    if isinstance(exc, MemoryError):
        return "too_large", "out of memory"
    return "internal", f"{type(exc).__name__}: {exc}"  # a bug


def error_record(source: str, etype: str, message: str) -> Dict[str, Any]:
    """A record with every key, empty fields, and the error."""
    rec = Article(source=source, error=ErrorInfo(etype, message)).to_dict()
    return rec


def _work(args: Tuple[Input, Options, Optional[float]]) -> Dict[str, Any]:
    """`process` for a worker process (one picklable argument); the patterns it compiled
    kept for the next run when the command line asked for it (see rxcache)."""
    record = process(*args)
    save_patterns()
    return record


def records(inputs: List[Input], options: Options, jobs: int,
            timeout: Optional[float]) -> Iterator[Dict[str, Any]]:
    """Records in input order; with jobs > 1, worker processes with bounded look-ahead.

    A worker that dies (a crash in a C library, the OOM killer) costs only the input it was
    on: that input is tried once more on a fresh worker, and if that one dies too its record
    is a `worker_died` error; the inputs queued behind it go to other workers.
    """
    if jobs <= 1 or len(inputs) <= 1:
        for inp in inputs:
            yield process(inp, options, timeout)
        return
    yield from _Workers(jobs, options, timeout).run(inputs)


WORKER_TRIES = 2  # an input whose worker died is tried once more before it is reported
# A worker that holds inputs and has sent nothing for the time limit and this long is stuck
# where the time limit's alarm cannot reach it (a lock in a C library, a blocked write): it
# is killed, and its input is a time-out (not tried again: it would stall again).
STALL_GRACE = 30.0
_STALL_CHECK = 1.0  # seconds between looks at the workers while none sends anything
_DEPTH = 2  # tasks sent ahead to one worker, so it never waits on the main process


def _serve(conn: Any, options: Options, timeout: Optional[float], ours: Tuple[Any, ...] = ()) -> None:
    """A worker process: read (index, input) tasks, send back (index, record), until None or
    the end of the pipe. `ours` are the main process's ends of the pipes, copied by the fork:
    closed at once, or the pipe would never end while this worker holds one."""
    _worker_init()
    for end in ours:
        end.close()
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the main process is gone
        if task is None:
            return
        index, inp = task
        record = _work((inp, options, timeout))
        try:
            conn.send((index, record))
        except OSError:
            return  # the main process is gone
        done += 1
        after_page(done)  # (the worker's process is the batch's own: it ends with the batch)


def _died(source: str, exitcode: Optional[int], stalled: Optional[float] = None) -> Dict[str, Any]:
    """The error record of an input whose worker process ended while it was on it (or was
    killed when it had sent nothing for `stalled` seconds)."""
    if stalled is not None:
        return error_record(source, "timeout", "took longer than the time limit and did not stop "
                            f"at it: its worker process was killed after {stalled:.0f} s")
    if exitcode is not None and exitcode < 0:
        try:
            how = f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"signal {-exitcode}"
    elif exitcode is not None:
        how = f"exit code {exitcode}"
    else:
        how = "an unknown cause"
    return error_record(source, "worker_died",
                        f"the worker process ended ({how}) while it was on this input")


class _Workers:
    """Worker processes fed a task or two at a time over a pipe each, so that when one dies the
    main process knows which inputs it held (multiprocessing.Pool loses them and waits for
    ever)."""

    def __init__(self, jobs: int, options: Options, timeout: Optional[float]) -> None:
        import multiprocessing as mp

        self.ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        self.jobs = jobs
        self.args = (options, timeout)
        self.procs: List[Any] = []
        self.conns: List[Any] = []
        self.held: List[Deque[int]] = []
        self.heard: List[float] = []  # when each worker last sent a record or was given work
        self.stall = timeout + STALL_GRACE if timeout else None

    def _start(self, slot: int) -> None:
        mine, theirs = self.ctx.Pipe()
        # a forked worker holds copies of this process's ends of every pipe, its own among
        # them: it closes them first, so that it reads the end of its pipe when this process
        # is gone (killed outright, or cut short before it recorded the worker) and never
        # waits for ever, holding the batch's output open
        ours = tuple(self.conns) + (mine,) if self.ctx.get_start_method() == "fork" else ()
        proc = self.ctx.Process(target=_serve, args=(theirs,) + self.args + (ours,), daemon=True)
        proc.start()
        theirs.close()
        if slot == len(self.procs):
            self.procs.append(proc)
            self.conns.append(mine)
            self.held.append(deque())
            self.heard.append(time.monotonic())
        else:
            self.procs[slot], self.conns[slot] = proc, mine
            self.heard[slot] = time.monotonic()

    def run(self, inputs: List[Input]) -> Iterator[Dict[str, Any]]:
        from multiprocessing.connection import wait

        n = len(inputs)
        ahead = self.jobs * 8  # records done or in hand past the next one to yield
        done: Dict[int, Dict[str, Any]] = {}
        tries: Dict[int, int] = {}
        again: Deque[int] = deque()  # inputs to send before new ones (a dead worker's)
        fresh = 0  # the next input never sent
        nxt = 0  # the next record to yield
        try:
            for slot in range(min(self.jobs, n)):
                self._start(slot)
            while nxt < n:
                # feed: a worker takes a task when it holds fewer than _DEPTH; an in-memory
                # payload only when it holds none (it then reads at once: no deadlock)
                for slot, held in enumerate(self.held):
                    while len(held) < _DEPTH:
                        if again:
                            index = again[0]
                        elif fresh < n and fresh < nxt + ahead:
                            index = fresh
                        else:
                            break
                        if held and inputs[index].data is not None:
                            break
                        if again:
                            again.popleft()
                        else:
                            fresh += 1
                        if not held:
                            self.heard[slot] = time.monotonic()
                        held.append(index)
                        try:
                            self.conns[slot].send((index, inputs[index]))
                        except OSError:  # it died: the wait below finds it, with its inputs
                            break
                while nxt in done:
                    yield done.pop(nxt)
                    nxt += 1
                if nxt >= n:
                    break
                ready = wait(self.conns + [p.sentinel for p in self.procs],
                             None if self.stall is None else _STALL_CHECK)
                now = time.monotonic()
                for slot in range(len(self.procs)):
                    conn, proc = self.conns[slot], self.procs[slot]
                    alive = True
                    stalled = None
                    while alive and conn.poll():
                        try:
                            index, rec = conn.recv()
                        except (EOFError, OSError):
                            alive = False
                            break
                        self.held[slot].remove(index)
                        done[index] = rec
                        self.heard[slot] = now
                    if alive and proc.sentinel not in ready:
                        if not (self.stall and self.held[slot] and now - self.heard[slot] > self.stall):
                            continue
                        stalled = now - self.heard[slot]
                        proc.kill()
                    proc.join(1)
                    if proc.is_alive():  # the pipe broke but the process lives on
                        proc.kill()
                        proc.join()
                    conn.close()
                    held = self.held[slot]
                    if held:  # the first is the one it was on; the rest wait their turn
                        index = held.popleft()
                        tries[index] = tries.get(index, 0) + 1
                        if stalled is not None:  # (past the time limit: a time-out, not tried again)
                            done[index] = _died(inputs[index].source, proc.exitcode, stalled)
                        elif tries[index] >= WORKER_TRIES:
                            done[index] = _died(inputs[index].source, proc.exitcode)
                        else:
                            held.appendleft(index)
                        again.extendleft(reversed(held))
                        held.clear()
                        again = deque(sorted(again))
                    self._start(slot)
        finally:
            self._stop()

    def _stop(self) -> None:
        """End the workers: asked to when the batch is done, killed when it was cut short
        (Ctrl-C, a closed pipe)."""
        for conn, held in zip(self.conns, self.held, strict=True):
            try:
                if not held:
                    conn.send(None)
            except OSError:
                pass
        for proc, held in zip(self.procs, self.held, strict=True):
            if held:
                proc.terminate()
        for proc in self.procs:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        for conn in self.conns:
            conn.close()


# A full pass of the cycle collector comes every this many pages of a process's batch
# (after_page): it costs some 30-50 ms, and it bounds what cycles the pages left could hold
FULL_PASS_PAGES = 1000


def after_page(done: int) -> None:
    """Called in a process that reads a batch's pages, after the done-th: what the page left
    alive (the caches' new lines and patterns) is frozen out of the cycle collector's young
    passes, which went over each such object once (some 50 ms of a run over the 181 dumps of
    the text bench, 100 ms over its 181 pages, timed with gc.callbacks), for the three cycles
    of objects such a run leaves (a pattern builder's recursive closures). Every
    FULL_PASS_PAGES pages, a full pass over everything finds the cycles left since."""
    if done % FULL_PASS_PAGES == 0:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def resolve_jobs(jobs: Optional[int]) -> int:
    """The number of worker processes: None or 0 mean one per core this process may run on
    (a process pinned with taskset or limited by its container gets no more workers than
    cores it can use)."""
    if jobs:
        return jobs
    usable = getattr(os, "sched_getaffinity", None)
    return len(usable(0)) if usable else (os.cpu_count() or 1)


@dataclass(frozen=True)
class Result:
    """One input's record, and the source of the earlier record it nearly duplicates, if any."""

    record: Dict[str, Any]
    duplicate_of: Optional[str] = None


@dataclass
class Summary:
    """What a batch did: counts of parsed, body-less and dropped records, failures by kind."""

    parsed: int = 0
    no_body: int = 0
    dropped: int = 0
    failures: Dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def failed(self) -> int:
        """How many inputs gave an error record."""
        return sum(self.failures.values())

    @property
    def total(self) -> int:
        """How many inputs were seen."""
        return self.parsed + self.no_body + self.dropped + self.failed

    def add(self, result: Result) -> None:
        """Count one result."""
        rec = result.record
        if result.duplicate_of is not None:
            self.dropped += 1
        elif rec["error"]:
            kind = rec["error"]["type"]
            self.failures[kind] = self.failures.get(kind, 0) + 1
        elif not rec["body"]:
            self.no_body += 1
        else:
            self.parsed += 1


def run(inputs: List[Input], options: Options = DEFAULT, *, jobs: Optional[int] = 1,
        timeout: Optional[float] = 30.0, dedupe: bool = False) -> Iterator[Result]:
    """Every input's result, in input order; with `dedupe`, a near-duplicate body is flagged.

    With `dedupe`, a record whose fingerprint is within `fingerprint.NEAR` bits of one
    yielded earlier gets `duplicate_of` (the earlier record's source); error records and
    records without a body are never flagged.
    """
    n_jobs = resolve_jobs(jobs)
    if any(i.source == "-" for i in inputs):
        n_jobs = 1  # stdin is read in this process
    if n_jobs > 1:
        warm_domains()  # workers fork with the suffix list loaded
    seen = NearDuplicates() if dedupe else None
    for rec in records(inputs, options, n_jobs, timeout):
        dup = None
        if seen is not None and not rec["error"]:
            dup = seen.check(rec["fingerprint"], rec["source"] or "")
        yield Result(rec, dup)


