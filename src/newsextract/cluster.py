"""Run the extraction on a Dask cluster: the same records as on one machine, in shards.

`pip install 'newsextract[dask]'`. Two ways in:

- `newsextract parse --scheduler ADDRESS|local -o OUTDIR INPUTS...` splits the inputs into
  shards, extracts each shard on a worker and writes `OUTDIR/part-00000.jsonl`, ... (each
  written to a temporary name and renamed, so a shard file is whole or absent) and
  `OUTDIR/manifest.json` with the counts. A rerun with the same OUTDIR skips the shards that
  are already there; a worker that dies mid-shard has its shard run again elsewhere (Dask
  retries it), and the rename makes the retry replace, never duplicate, its output.
- `record_bag(paths)` turns paths (or a bag of paths) into a `dask.bag.Bag` of record dicts,
  for people already in Dask.

Paths with a scheme (`s3://...`, `gs://...`) are read through fsspec on the workers, with the
credentials the workers have.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from newsextract.batch import error_record, process
from newsextract.errors import MissingExtraError, OutputError
from newsextract.inputs import Input, expand
from newsextract.options import DEFAULT, Options
from newsextract.output import atomic_text_file

SHARD_SIZE = 64
MANIFEST = "manifest.json"


def _require_dask() -> None:
    """Raise MissingExtraError unless dask and distributed are installed."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise MissingExtraError("the Dask scheduler needs: pip install 'newsextract[dask]'") \
            from exc


def _is_remote(path: str) -> bool:
    """True for a URL that fsspec reads (s3://, gs://...), not a local path."""
    return "://" in path and not path.startswith("file://")


def plan(args: Sequence[str], from_file: Optional[str] = None, *, null: bool = False,
         globs: Sequence[str] = ()) -> List[Input]:
    """Every input, in order: local paths expanded here, remote ones listed through fsspec."""
    local = [a for a in args if not _is_remote(a)]
    remote = [a for a in args if _is_remote(a)]
    inputs = expand(local, from_file, null=null, globs=globs) if (local or from_file) else []
    for url in remote:
        import fsspec

        fs, _, paths = fsspec.get_fs_token_paths(url)
        found: List[str] = []
        for p in paths:
            found.extend(sorted(fs.find(p)) if fs.isdir(p) else [p])
        proto = fs.protocol[0] if isinstance(fs.protocol, (list, tuple)) else fs.protocol
        inputs.extend(Input(source=f"{proto}://{p}", path=f"{proto}://{p}") for p in found)
    return inputs


def _read_remote(inp: Input, limit: int) -> Input:
    """Fetch a remote input's bytes on the worker (fsspec, the worker's credentials)."""
    if not inp.path or not _is_remote(inp.path) or inp.data is not None:
        return inp
    import fsspec

    with fsspec.open(inp.path, "rb", compression="infer") as fh:
        data = fh.read(limit + 1)
    return Input(source=inp.source, data=data, url=inp.url)


def extract_one(inp: Input, options: Options = DEFAULT, timeout: Optional[float] = 30.0) -> Dict[str, Any]:
    """One input to one record dict, exactly as the single-machine batch does it."""
    try:
        inp = _read_remote(inp, options.max_bytes)
    except Exception as exc:  # a remote read that fails is an error record, not a lost line
        return error_record(inp.source, "unreadable", f"{type(exc).__name__}: {exc}")
    return process(inp, options, timeout)


def record_bag(paths: Iterable[str], options: Options = DEFAULT, *,
               partition_size: int = SHARD_SIZE) -> Any:
    """A dask.bag of record dicts for `paths` (a list of paths or a bag of paths)."""
    _require_dask()
    import dask.bag as db

    if isinstance(paths, db.Bag):
        return paths.map(lambda p: Input(source=p, path=p)).map(extract_one, options)
    inputs = plan(list(paths))
    return db.from_sequence(inputs, partition_size=partition_size).map(extract_one, options)


def shard_name(i: int) -> str:
    """The file name of shard i."""
    return f"part-{i:05d}.jsonl"


def run_shard(inputs: List[Input], options: Options, timeout: Optional[float], outdir: str,
              index: int) -> Dict[str, Any]:
    """Extract one shard and write it atomically; return its counts."""
    records = errors = 0
    with atomic_text_file(os.path.join(outdir, shard_name(index))) as fh:
        for inp in inputs:
            rec = extract_one(inp, options, timeout)
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            records += 1
            errors += rec["error"] is not None
    return {"name": shard_name(index), "inputs": len(inputs), "records": records,
            "errors": errors}


def failed_records(outdir: str, manifest: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """The error records of a finished run, read back from its shards, in input order."""
    for shard in manifest["shards"]:
        if not shard["errors"]:
            continue
        with open(os.path.join(outdir, shard["name"]), encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["error"] is not None:
                    yield rec


def _count_shard(path: str) -> Dict[str, Any]:
    """The counts of a shard written by an earlier run."""
    records = errors = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            records += 1
            errors += json.loads(line)["error"] is not None
    return {"name": os.path.basename(path), "inputs": records, "records": records,
            "errors": errors}


def _write_json(path: str, obj: Any) -> None:
    """Write a JSON file atomically."""
    with atomic_text_file(path) as fh:
        json.dump(obj, fh, indent=1)
        fh.write("\n")


def run_on_cluster(args: Sequence[str], outdir: str, scheduler: str, *,
                   options: Options = DEFAULT, from_file: Optional[str] = None,
                   timeout: Optional[float] = 30.0, shard_size: int = SHARD_SIZE,
                   retries: int = 3, client: Any = None, null: bool = False,
                   globs: Sequence[str] = ()) -> Dict[str, Any]:
    """Extract every input on a Dask cluster into JSON Lines shards; return the manifest."""
    _require_dask()
    from distributed import Client, LocalCluster

    try:
        os.makedirs(outdir, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {outdir}: {exc.strerror or exc}") from exc
    inputs = plan(args, from_file, null=null, globs=globs)
    shards = [inputs[i:i + shard_size] for i in range(0, len(inputs), shard_size)]
    manifest_path = os.path.join(outdir, MANIFEST)
    layout = {"inputs": len(inputs), "shard_size": shard_size, "shards_planned": len(shards),
              "sources_head": [s.source for s in inputs[:3]]}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as fh:
            old = json.load(fh)
        if {k: old.get(k) for k in layout} != layout:
            raise OutputError(f"{outdir} holds the output of another run (its manifest "
                              "differs); use a new folder")
    done = {i for i in range(len(shards)) if os.path.exists(os.path.join(outdir, shard_name(i)))}
    todo = [i for i in range(len(shards)) if i not in done]
    own_cluster = None
    if client is None:
        if scheduler == "local":
            own_cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
            client = Client(own_cluster)
        else:
            client = Client(scheduler)
        own_client = True
    else:
        own_client = False
    try:
        futures = client.map(run_shard, [shards[i] for i in todo],
                             [options] * len(todo), [timeout] * len(todo),
                             [os.path.abspath(outdir)] * len(todo), todo,
                             retries=retries, pure=False)
        results = {i: r for i, r in zip(todo, client.gather(futures), strict=True)}
    finally:
        if own_client:
            client.close()
        if own_cluster is not None:
            own_cluster.close()
    for i in done:
        results[i] = _count_shard(os.path.join(outdir, shard_name(i)))
    shard_counts = [results[i] for i in range(len(shards))]
    manifest = {
        **layout,
        "options": asdict(options),
        "shards": shard_counts,
        "records": sum(s["records"] for s in shard_counts),
        "errors": sum(s["errors"] for s in shard_counts),
        "skipped_shards": sorted(done),
    }
    _write_json(manifest_path, manifest)
    return manifest
