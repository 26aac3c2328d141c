"""Fit a block model (logistic regression over shallow block features) from the labelled body
corpora, and measure what it does to the body when it scores the blocks.

An experiment (issue #10, point 6), kept so that it can be rerun: the model did not win and is
not shipped (bench/README.md has the figures). Everything lives here; nothing in src/ reads it.

Samples: every page of the article benchmark (HTML) and of fundus-dev is segmented and its
furniture labelled as newsextract does (`classify.label_furniture`); each block that gets a
prose score (not furniture by its text) is one sample, with the features of `features` and a
label: is its text (mostly) in the page's gold body. The fit's regularisation is chosen by
cross-validation with whole sites held out (GroupKFold over site or publisher). trafeval is
never trained on: it is the check set.

    python3 bench/train.py [--only ab|fd] [--weight units|none] [--out MODEL.json]
    python3 bench/train.py --evaluate MODEL.json [--mode b:3] [--records DIR]

--evaluate runs the pipeline in-process over every set (article-benchmark HTML, fundus-dev,
trafeval, id-news HTML and dumps) twice, as it is and with the model's score in the blocks'
scores, writes the records under DIR and prints the scorers' lines. Modes: "a:K" replaces a
block's hand score by K times the model's log-odds, "b:K" adds K times the log-odds to it.
--only trains on one corpus, so that the other is scored out of sample.

Needs scikit-learn and numpy (the bench extra) for fitting. Deterministic: the same corpora
give the same coefficients.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from math import log1p
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Set, Tuple
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from newsextract import classify  # noqa: E402
from newsextract.blocks import Block, units  # noqa: E402
from newsextract.pipeline import decode_input, segment, sniff_kind  # noqa: E402

SHARED = HERE.parent.parent / "shared"
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval"
_TOKEN = re.compile(r"\w+")
SHINGLE = 3
IN_BODY = 0.5  # a block is the body's when this share of its shingles is in the gold body

# ---------------------------------------------------------------- features

FEATURES: Tuple[str, ...] = (
    "log_units", "units_capped", "sentence_end", "punct_per_unit", "comma_per_unit",
    "digit_share", "upper_start", "mean_word_chars",
    "position", "depth", "bullet", "heading",
    "tag_p", "tag_div", "tag_li", "tag_h", "tag_td", "tag_other",
    "hint_pos", "hint_neg", "link_density", "caption", "hand_score",
    "prev_hand", "next_hand", "prev_log_units", "next_log_units", "prev_links", "next_links",
    "same_parent_prev", "same_parent_next",
)
_SENTENCE_PUNCT = re.compile(r"[.!?…。！？।؟]")
_COMMA = re.compile(r"[,;:，、،]")
_DIGITS = re.compile(r"\d")
_ENDS = tuple(".!?\"”’'):…。！？」।॥؟")
_TAGS = {"p": "tag_p", "div": "tag_div", "li": "tag_li", "td": "tag_td", "tr": "tag_td",
         **{f"h{k}": "tag_h" for k in range(1, 7)}}


def _clip(score: float) -> float:
    """A hand score brought to about -1..2."""
    return max(-40.0, min(score, 110.0)) / 50.0


def features(block: Block, position: float, prev: Optional[Block], nxt: Optional[Block]) -> List[float]:
    """The model's inputs for one block (its score the hand-set one): its text's shape, its
    place on the page (0 top, 1 bottom), its markup, and its neighbours' length, links and
    hand scores."""
    text = block.text
    n = units(text)
    chars = len(text) or 1
    per = 1.0 / max(n, 1)
    f: Dict[str, float] = {
        "log_units": log1p(n),
        "units_capped": min(n, 120) / 120.0,
        "sentence_end": 1.0 if text.endswith(_ENDS) else 0.0,
        "punct_per_unit": min(len(_SENTENCE_PUNCT.findall(text)) * per, 1.0),
        "comma_per_unit": min(len(_COMMA.findall(text)) * per, 1.0),
        "digit_share": len(_DIGITS.findall(text)) / chars,
        "upper_start": 1.0 if text[:1].isupper() else 0.0,
        "mean_word_chars": min(chars * per, 20.0) / 10.0,
        "position": position,
        "depth": min(len(block.path), 40) / 20.0,
        "bullet": 1.0 if block.bullet else 0.0,
        "heading": 1.0 if block.heading else 0.0,
        _TAGS.get(block.tag, "tag_other"): 1.0,
        "hint_pos": max(block.hint, 0.0) / 10.0,
        "hint_neg": min(block.hint, 0.0) / 10.0,
        "link_density": block.link_density,
        "caption": 1.0 if block.caption else 0.0,
        "hand_score": _clip(block.score),
    }
    for name, other in (("prev", prev), ("next", nxt)):
        if other is not None:
            f[name + "_hand"] = _clip(other.score)
            f[name + "_log_units"] = log1p(units(other.text))
            f[name + "_links"] = other.link_density
            f["same_parent_" + name] = 1.0 if other.path[:-1] == block.path[:-1] else 0.0
    return [f.get(name, 0.0) for name in FEATURES]


def scored(b: Block) -> bool:
    """An HTML block whose score is a prose score (furniture by its text keeps a fixed one)."""
    return bool(b.tag) and (not b.label or b.reason == "item under a list heading")


def page_features(blocks: List[Block]) -> List[Tuple[int, List[float]]]:
    """(index, features) of every scored block of a page whose furniture is labelled."""
    n = max(len(blocks) - 1, 1)
    return [(i, features(b, i / n, blocks[i - 1] if i else None, blocks[i + 1] if i < n else None))
            for i, b in enumerate(blocks) if scored(b)]

# ---------------------------------------------------------------- samples


def _tokens(text: str) -> List[str]:
    """Lower-case word tokens."""
    return _TOKEN.findall(text.lower())


def _shingles(tokens: List[str]) -> Set[Tuple[str, ...]]:
    """The token n-grams of a text."""
    return {tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def in_gold(text: str, gold_shingles: Set[Tuple[str, ...]], gold_flat: str) -> bool:
    """The block's text is (mostly) in the gold body."""
    toks = _tokens(text)
    if not toks:
        return False
    if len(toks) < SHINGLE:
        return " " + " ".join(toks) + " " in gold_flat
    sh = _shingles(toks)
    return sum(1 for s in sh if s in gold_shingles) >= IN_BODY * len(sh)


def _pages(only: Optional[str]) -> List[Tuple[str, Path, str]]:
    """(site group, page file, gold body) of every training page."""
    out = []
    ab = CORPUS / "article-benchmark"
    for pid, v in sorted(json.loads((ab / "ground-truth.json").read_text("utf-8")).items()):
        site = urlparse(v["url"]).netloc.removeprefix("www.")
        out.append(("ab:" + site, ab / "html" / f"{pid}.html.gz", v["articleBody"]))
    fd = CORPUS / "fundus-dev"
    for pid, v in sorted(json.loads((fd / "ground-truth.json").read_text("utf-8")).items()):
        out.append(("fd:" + pid.rsplit("-", 3)[0], fd / "html" / f"{pid}.html.gz", v["articleBody"]))
    return [p for p in out if not only or p[0].startswith(only + ":")]


def _read(path: Path) -> str:
    raw = path.read_bytes()
    return decode_input(gzip.decompress(raw) if path.suffix == ".gz" else raw, 50_000_000)[0]


def samples(only: Optional[str]) -> Tuple[List[List[float]], List[int], List[str], List[float]]:
    """Features, labels, site groups and word counts of every scored block of every page."""
    X: List[List[float]] = []
    y: List[int] = []
    groups: List[str] = []
    words: List[float] = []
    for group, path, gold in _pages(only):
        text = _read(path)
        blocks, _meta, _notes = segment(text, sniff_kind(text))
        classify.label_furniture(blocks)
        gt = _tokens(gold)
        gold_shingles, gold_flat = _shingles(gt), " " + " ".join(gt) + " "
        for i, f in page_features(blocks):
            X.append(f)
            y.append(int(in_gold(blocks[i].text, gold_shingles, gold_flat)))
            groups.append(group)
            words.append(float(max(units(blocks[i].text), 1)))
    return X, y, groups, words


def fit(args: argparse.Namespace) -> None:
    """Fit, cross-validate with sites held out, print the figures, write the model on --out."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    X_, y_, g_, w_ = samples(args.only)
    X, y, groups, words = np.array(X_), np.array(y_), np.array(g_), np.array(w_)
    sw = words if args.weight == "units" else np.ones_like(words)
    hand = X[:, FEATURES.index("hand_score")] > 0
    for name in filter(None, args.drop.split(",")):
        X[:, FEATURES.index(name)] = 0.0  # a constant column: the fit gives it no weight
    print(f"{len(y)} blocks, {int(y.sum())} in a gold body, {len(set(g_))} sites", file=sys.stderr)

    def prf(pred: Any) -> Tuple[float, float, float]:
        """Word-weighted precision, recall, F1 of a block prediction."""
        t = y == 1
        tp, fp, fn = words[t & pred].sum(), words[~t & pred].sum(), words[t & ~pred].sum()
        pr, rc = tp / max(tp + fp, 1e-9), tp / max(tp + fn, 1e-9)
        return pr, rc, 2 * pr * rc / max(pr + rc, 1e-9)

    folds = list(GroupKFold(n_splits=args.folds).split(X, y, groups))
    best = (-1.0, 0.0)
    print(f"{'C':>8} {'P':>6} {'R':>6} {'F1':>6}   blocks of held-out sites, word-weighted")
    for C in (0.01, 0.1, 1.0, 10.0):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in folds:
            m = LogisticRegression(C=C, max_iter=5000).fit(X[tr], y[tr], sample_weight=sw[tr])
            pred[te] = m.predict_proba(X[te])[:, 1] > 0.5
        pr, rc, f = prf(pred)
        print(f"{C:>8} {pr:6.3f} {rc:6.3f} {f:6.3f}")
        if f > best[0]:
            best = (f, C)
    pr, rc, f = prf(hand)
    print(f"{'hand>0':>8} {pr:6.3f} {rc:6.3f} {f:6.3f}   (the hand score's sign, same blocks)")
    m = LogisticRegression(C=best[1], max_iter=5000).fit(X, y, sample_weight=sw)
    coef = [round(float(c), 6) for c in m.coef_[0]]
    for name, c in sorted(zip(FEATURES, coef, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:>16} {c:+.3f}")
    if args.out:
        model = {"features": list(FEATURES), "coef": coef, "intercept": round(float(m.intercept_[0]), 6),
                 "C": best[1], "weight": args.weight, "only": args.only, "blocks": int(len(y)),
                 "sites": len(set(g_)), "cv_f1": round(best[0], 4), "dropped": args.drop}
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)

# ---------------------------------------------------------------- evaluation


def with_model(model: Dict[str, Any], mode: str) -> Callable[[List[Block]], None]:
    """label_furniture, then every scored block's score from the model (see --mode)."""
    if model["features"] != list(FEATURES):
        raise SystemExit("the model was fitted on other features: refit it")
    coef, intercept = model["coef"], model["intercept"]
    kind, k = mode.split(":")
    plain = classify.label_furniture

    def label_furniture(blocks: List[Block]) -> None:
        plain(blocks)
        logits = [(i, intercept + sum(c * x for c, x in zip(coef, f, strict=True))) for i, f in page_features(blocks)]
        for i, lg in logits:  # (all features read the hand scores first)
            blocks[i].score = float(k) * lg if kind == "a" else blocks[i].score + float(k) * lg
    return label_furniture


SETS = {  # name: (inputs, scorer arguments)
    "zyte-html": (Path("/tmp/in/zyte-html"), ["score.py", "--dataset", "zyte"]),
    "fundus": (Path("/tmp/in/fundus"), ["score.py", "--dataset", "zyte", "--data", str(CORPUS / "fundus-dev")]),
    "trafeval": (Path("/tmp/in/trafeval"), ["score.py", "--dataset", "trafeval"]),
    "id-html": (CORPUS / "id-news" / "html", ["fields_score.py"]),
    "id-text": (CORPUS / "id-news" / "text", ["fields_score.py"]),
}


def evaluate(args: argparse.Namespace) -> None:
    """Every set's records without and with the model, scored by the sets' own scorers."""
    from newsextract import NewsExtractError, extract

    model = json.loads(args.evaluate.read_text("utf-8"))
    plain = classify.label_furniture
    for run, patch in (("hand", plain), (args.mode, with_model(model, args.mode))):
        classify.label_furniture = patch  # type: ignore[assignment]  (label_layout reads it by name)
        out = args.records / run.replace(":", "")
        out.mkdir(parents=True, exist_ok=True)
        for name, (inputs, scorer) in SETS.items():
            path = out / f"{name}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for page in sorted(p for p in inputs.iterdir() if p.is_file()):
                    try:
                        rec = extract(page, source=str(page)).to_dict()
                    except NewsExtractError:
                        rec = {"source": str(page), "body": None}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            cmd = [sys.executable, str(EVAL / scorer[0]), *scorer[1:], str(path)]
            if scorer[0] == "score.py":
                cmd += ["--bootstrap", "0"]
            else:
                cmd.append(str(CORPUS / "id-news" / "gold"))
            line = subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()
            print(f"{run:>5} {name:>9}: {line[-1] if line else '?'}")
    classify.label_furniture = plain  # type: ignore[assignment]


def main() -> None:
    """Fit a model, or evaluate one."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--only", choices=["ab", "fd"], help="train on one corpus (ab: article benchmark, "
                    "fd: fundus-dev), to score the other one out of sample")
    ap.add_argument("--weight", choices=["units", "none"], default="units",
                    help="weight each block by its words (the body scorers count words) or not")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--drop", default="", help="features left out (comma-separated): their weight is 0")
    ap.add_argument("--out", type=Path, help="write the fitted model here (JSON)")
    ap.add_argument("--evaluate", type=Path, metavar="MODEL", help="measure a fitted model on every set")
    ap.add_argument("--mode", default="b:3", help="a:K (K x log-odds) or b:K (hand score + K x log-odds)")
    ap.add_argument("--records", type=Path, default=Path("/tmp/block-model"), help="where --evaluate writes")
    args = ap.parse_args()
    if args.evaluate:
        evaluate(args)
    else:
        fit(args)


if __name__ == "__main__":
    main()
