"""find_title passes by a line that cannot beat the best line below it before reading its
dearer terms (its dates, its byline, the lines under it: _ceiling and _most_from). These tests
prove the shortcut changes no answer: with it and without it (every bound infinite), the same
headline, on every fixture page and on made-up windows of lines."""

from __future__ import annotations

import math
from pathlib import Path
from typing import List, Optional, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.blocks import Block
from newsextract.classify import label_layout
from newsextract.fields import title
from newsextract.pipeline import read_input, segment, sniff_kind
from newsextract.profiles import get_profile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))


def _unpruned(monkeypatch: pytest.MonkeyPatch, call):
    """call() with find_title's bounds made infinite: every candidate read in full."""
    with monkeypatch.context() as m:
        m.setattr(title, "_most_from", lambda *args: math.inf)
        return call()


def test_the_fixtures_are_many() -> None:
    assert len(PAGES) > 80


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_pruning_keeps_every_fixtures_headline(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text, _warnings, utf8 = read_input(page.read_bytes(), 10_000_000)
    kind = sniff_kind(text)
    blocks, meta, _notes = segment(text, kind, utf8)
    layout = label_layout(blocks, meta.titles, get_profile("en").noun_endings)
    for lang in ("en", "id", "de"):
        profile = get_profile(lang)
        for start in {layout.start, len(blocks) // 2, len(blocks)}:
            def call(start: int = start, profile=profile) -> Optional[Tuple[str, int]]:
                return title.find_title(blocks, start, profile, tuple(meta.titles), kind == "text")
            assert call() == _unpruned(monkeypatch, call)


LINES = ["Home", "News", "Politik", "Der Fluss stieg in der Nacht über die Ufer",
         "Flood waters rose overnight in the valley", "By Jane Roe", "Von Max Mustermann",
         "5. März 2024", "March 5, 2024 10:30", "Foto: dpa", "Share on Facebook Share on X",
         "Home » News » Politik", "Read more", "The city kept its streets dry.",
         "Die Stadt hielt ihre Straßen trocken, als der Fluss stieg, und alle halfen mit.",
         "Jane Roe and John Doe", "Breaking", "flood waters rose", "Photo: AP/Jane Roe",
         # (a trail that ends with a line, which counts as a printing of it)
         "Home Flood waters rose overnight in the valley", "Startseite Politik Der Fluss stieg in der Nacht über die Ufer"]
BLOCKS = st.lists(st.tuples(st.sampled_from(LINES), st.booleans(), st.booleans(), st.booleans()),
                  min_size=1, max_size=14)


def _made(rows: List[Tuple[str, bool, bool, bool]]) -> List[Block]:
    out = []
    for i, (text, bullet, heading, caption) in enumerate(rows):
        b = Block(text, i, bullet, heading, "h1" if heading and i % 2 else "")
        b.caption = caption
        out.append(b)
    return out


@settings(max_examples=600, deadline=None)
@given(BLOCKS, st.integers(0, 14), st.booleans(), st.sampled_from([(), ("Flood waters rose overnight",)]))
def test_pruning_keeps_the_headline_of_any_window(rows, start: int, dump: bool, hints) -> None:
    blocks = _made(rows)
    profile = get_profile("en")
    pruned = title.find_title(blocks, min(start, len(blocks)), profile, hints, dump)
    plain_bound = title._most_from
    try:
        title._most_from = lambda *args: math.inf  # type: ignore[assignment]
        plain = title.find_title(blocks, min(start, len(blocks)), profile, hints, dump)
    finally:
        title._most_from = plain_bound  # type: ignore[assignment]
    assert pruned == plain


def test_a_line_a_trail_prints_again_is_not_passed_by() -> None:
    # the headline's only lead over the line nearer the text (both over a byline with its
    # date) is its second printing at a trail's end ("Home <headline>"): its ceiling must
    # count that printing, or the nearer line, read first, would pass it by
    texts = ["Home Flood waters rose overnight in the valley",
             "Flood waters rose overnight in the valley",
             "By Jane Roe, March 5, 2024",
             "Rain kept falling across the valley overnight",
             "By John Doe, March 6, 2024",
             "Flood waters rose overnight in the valley after rain kept falling across the region, "
             "and the river broke its banks before dawn, residents said on Tuesday."]
    blocks = [Block(t, i) for i, t in enumerate(texts)]
    assert title.find_title(blocks, 5, get_profile("en"), (), True) == (texts[1], 1)


def test_the_title_line_weighed_with_its_hint_is_not_passed_by() -> None:
    # a dump's first line, its <title>, printed nowhere under it: its hint is held back, and
    # the line is weighed with it apart ("unhinted"), to win over a line that shares little of
    # it; read last from the body up, its ceiling and its words' share must count that hint
    texts = ["Flood waters rose overnight in the valley",
             "Home",  # (a menu's item, bulleted: no kicker over a heading)
             "Weather warnings for the coming week",  # (a Markdown heading, which scores high)
             "By Jane Roe, March 5, 2024",
             "Residents in the low streets left their homes before dawn as the river broke its banks, "
             "and the town's mayor said on Tuesday that the water would stay for days."]
    blocks = [Block(t, i, i == 1, i == 2, "h1" if i == 2 else "") for i, t in enumerate(texts)]
    hints = (texts[0],)
    assert title.find_title(blocks, 4, get_profile("en"), hints, True) == (texts[0], 0)
    plain_bound = title._most_from
    try:
        title._most_from = lambda *args: math.inf  # type: ignore[assignment]
        assert title.find_title(blocks, 4, get_profile("en"), hints, True) == (texts[0], 0)
    finally:
        title._most_from = plain_bound  # type: ignore[assignment]
