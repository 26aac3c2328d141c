"""Session 29's HTML speed shortcuts give what the plain forms give.

classify._holder keeps its last answers (the body's wideners ask it in turn of one body):
the answer must be that of the plain reading of the blocks as they are at each call, also
when a block's score or path changed since a call with the same blocks. The plain form is
spelt out here as it read before the shortcut.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import classify
from newsextract.blocks import Block
from newsextract.weights import WEIGHTS as W

SETTINGS = settings(max_examples=300, deadline=None)


def _plain_holder(blocks: List[Block], up: bool = False) -> Optional[Tuple[int, ...]]:
    """_holder as it read before its answers were kept."""
    weight: Dict[int, float] = {}
    paths: Dict[int, Tuple[int, ...]] = {}
    scored = [b for b in blocks if b.score > 0]
    total = 0.0
    for b in scored:
        total += b.score
        for depth, element in enumerate(b.path, 1):
            if element in weight:
                weight[element] += b.score
            else:
                weight[element] = 0.0 + b.score
                paths[element] = b.path[:depth]
    if total <= 0:
        return None
    found = max((e for e, w in weight.items() if w >= W.main_container_share * total),
                key=lambda e: len(paths[e]), default=None)
    best = paths[found] if found is not None else None
    if up and best and len(best) > 1:
        n, element = len(best), best[-1]
        if sum(1 for b in scored if len(b.path) >= n and b.path[n - 1] == element) == 1:
            return best[:-1]
    return best or None


# paths as a page's walk makes them: element ids that grow with depth, shared prefixes
_PATHS = [(1,), (1, 2), (1, 2, 3), (1, 2, 4), (1, 2, 4, 5), (1, 2, 4, 6), (1, 7), (1, 7, 8),
          (1, 7, 8, 9), (), (1, 2, 3, 10), (11,), (11, 12)]
_BLOCK = st.tuples(st.sampled_from(_PATHS),
                   st.sampled_from([0.0, -1.0, 0.5, 1.0, 2.5, 3.0, 10.0, -0.0, 0.25]))
_BLOCKS = st.lists(_BLOCK, max_size=14)


def _blocks(specs: List[Tuple[Tuple[int, ...], float]]) -> List[Block]:
    out = []
    for i, (path, score) in enumerate(specs):
        b = Block(f"block {i}", i)
        b.path, b.score = path, score
        out.append(b)
    return out


@SETTINGS
@given(_BLOCKS, st.booleans())
def test_holder_is_its_plain_form(specs: List[Tuple[Tuple[int, ...], float]], up: bool) -> None:
    blocks = _blocks(specs)
    assert classify._holder(blocks, up) == _plain_holder(blocks, up)
    # (asked again of the same blocks: the kept answer)
    assert classify._holder(iter(blocks), up) == _plain_holder(blocks, up)


@SETTINGS
@given(_BLOCKS, st.integers(min_value=0, max_value=13), st.sampled_from(_PATHS),
       st.sampled_from([0.0, 1.0, 4.0]))
def test_holder_reads_blocks_changed_since(specs: List[Tuple[Tuple[int, ...], float]], k: int,
                                           path: Tuple[int, ...], score: float) -> None:
    blocks = _blocks(specs)
    classify._holder(blocks, True)
    if blocks:
        changed = blocks[k % len(blocks)]
        changed.path, changed.score = path, score
    assert classify._holder(blocks, True) == _plain_holder(blocks, True)
    assert classify._holder(blocks) == _plain_holder(blocks)


def test_holder_by_hand() -> None:
    # the article's element holds most of the prose: its path, not the page's top
    blocks = _blocks([((1, 2, 3), 3.0), ((1, 2, 4), 3.0), ((1, 7), 0.5), ((1, 2), 0.0)])
    assert classify._holder(blocks) == (1, 2)
    # one long paragraph holds most of a short post's prose: its parent, when asked up
    post = _blocks([((1, 2, 3), 10.0), ((1, 5), 0.5)])
    assert classify._holder(post) == (1, 2, 3)
    assert classify._holder(post, up=True) == (1, 2)
    # nothing scored: no holder
    assert classify._holder(_blocks([((1, 2), 0.0), ((1, 3), -1.0)])) is None
