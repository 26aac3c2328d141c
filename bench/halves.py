"""Whole sites held out: the half of the benchmark pages a page is in, split by its site.

Rules are shaped on pages of half 0 ("tune") and only counted on half 1 ("held out"). A page's
half is the md5 of its site's domain (its URL's netloc less "www.") mod 2, so every page of a
site falls in the same half and the held-out half is other publishers, not other pages of the
publishers tuned on. A page with no URL falls back on its id less its last three "-" parts
(fundus-dev's "de-Spiegel-2024-05-01" -> "de-Spiegel", the publisher).

The split is a function of the page alone: `half(doc_id, url)`. The scoring helpers below
(`bodies_by_half`, `fields_by_half`) score one records file per half with ../shared/eval's own
scorers, for bodies.py, fields.py and dumps.py (`--halves`). Run as a script, it prints each
body page's id, half and set ("zyte", "fundus", "trafeval"), a tab between, for tools of one's own.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import urlparse

TUNE = 0
HELD_OUT = 1
NAMES = {TUNE: "tune", HELD_OUT: "held out"}

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def site(doc_id: str, url: Optional[str]) -> str:
    """The key a page is split by: its URL's domain less "www.", else its id less a trailing date."""
    return urlparse(url or "").netloc.removeprefix("www.") or doc_id.rsplit("-", 3)[0]


def half(doc_id: str, url: Optional[str]) -> int:
    """The page's half: 0 (TUNE, rules may be shaped on it) or 1 (HELD_OUT, only counted)."""
    digest = hashlib.md5(site(doc_id, url).encode("utf-8"), usedforsecurity=False).hexdigest()
    return int(digest, 16) % 2


def gold_halves(gold: Path) -> Optional[Dict[str, int]]:
    """Each gold file's half (by its stem and "url"), or None when some gold file has no URL."""
    out = {}
    for path in sorted(gold.glob("*.json")):
        url = json.loads(path.read_text(encoding="utf-8")).get("url")
        if not url:
            return None
        out[path.stem] = half(path.stem, url)
    return out


def _eval_modules():
    """../shared/eval's evalkit and score modules (imported only when a benchmark scores)."""
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    import evalkit
    import score

    return evalkit, score


def bodies_by_half(pred: Path, dataset: str, data: Optional[str] = None) -> Dict[int, dict]:
    """Body scores of a records file per half, by score.py's own metric for the dataset.

    Each half is scored as a dataset of its own pages (the article benchmark's F1 is a mean over
    pages, so a half's figure is the mean over its pages, as the whole set's is over all).
    Besides score.py's summary, "pages" counts the half's pages and, for trafeval, "none_found"
    the pages with required snippets of which the body holds none.
    """
    evalkit, score = _eval_modules()
    ds = evalkit.load_dataset(dataset, data)
    matched = evalkit.match_predictions(ds, evalkit.iter_prediction_records(pred))
    out = {}
    for h in (TUNE, HELD_OUT):
        sub = evalkit.Dataset(ds.name, [d for d in ds.docs if half(d.id, d.url) == h], ds.origin)
        summary, per_doc = score.score_bodies(sub, matched.bodies, n_bootstrap=0)
        summary["pages"] = len(sub.docs)
        if ds.name == "trafeval":
            summary["none_found"] = sum(1 for r in per_doc.values() if r.tp == 0 and r.fn > 0)
        out[h] = summary
    return out


def fields_by_half(pred: Path, gold: Path) -> Optional[Dict[int, dict]]:
    """fields_score.py's figures for a records file per half, or None for gold with no URLs.

    The scorer reads a folder of gold files: each half gets a folder holding copies of its own.
    """
    halves = gold_halves(gold)
    if halves is None:
        return None
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for h in (TUNE, HELD_OUT):
            folder = Path(tmp) / str(h)
            folder.mkdir()
            stems = [s for s, x in halves.items() if x == h]
            for stem in stems:
                shutil.copyfile(gold / f"{stem}.json", folder / f"{stem}.json")
            args: List[str] = [sys.executable, str(EVAL / "fields_score.py"), str(pred), str(folder), "--json"]
            text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
            res = json.loads(text[text.index("{"):text.rindex("}") + 1])
            for fig in res.values():  # the scorer rounds rates to 3 places: a table rounding again
                if isinstance(fig, dict) and fig.get("n"):  # to 2 could print 0.56 for 39/69
                    fig["rate"] = fig["ok"] / fig["n"]
            res["pages"] = len(stems)
            out[h] = res
    return out


def main() -> None:
    """Print id, half and set of every page of the body sets, a tab between."""
    evalkit, _ = _eval_modules()
    fundus = EVAL.parent / "corpus" / "fundus-dev"
    for name, dataset, data in [("zyte", "zyte", None), ("fundus", "zyte", str(fundus)),
                                ("trafeval", "trafeval", None)]:
        for d in evalkit.load_dataset(dataset, data).docs:
            print(f"{d.id}\t{half(d.id, d.url)}\t{name}")


if __name__ == "__main__":
    main()
