"""A dump's headline against a caption: a caption is known by the picture agency's credit under
it."""

from __future__ import annotations

from typing import List

import pytest

from newsextract.blocks import Block
from newsextract.fields.title import _agency_credit, find_title
from newsextract.profiles import get_profile

EN = get_profile("en")
HEAD = "Zendaya's red carpet looks from the press tour, from least to most daring"
# the <title>, which words the headline otherwise and which no line under it prints
TITLE = "Every Outfit Zendaya Has Worn to Promote 'Dune,' Ranked - The Daily Ledger"
TEXT = ["Zendaya attends a photo-call in Mexico City on the tour, where the actor wore a vintage "
        "suit that fans called her boldest look yet.",
        "She wore a metal bodysuit in London, a sheer gown in Paris and a vintage suit in Mexico "
        "City, and each look sent fans searching."]
BUTTONS = [f"Button {i}" for i in range(36)]  # a share bar's one-word lines


def _blocks(texts: List[str]) -> List[Block]:
    return [Block(t, index=i) for i, t in enumerate(texts)]


def _title(texts: List[str], hints: tuple = ()) -> tuple:
    return find_title(_blocks(texts), len(texts) - 2, EN, hints=hints, dump=True)


@pytest.mark.parametrize("credit", ["Future Publishing/Getty Images", "Jane Roe / AP Photo",
                                    "Getty Images/Mario Carlini"])
def test_a_caption_over_a_picture_agencys_credit_is_no_headline(credit: str) -> None:
    # the caption stands nearer the text and speaks of it; the headline far above, over its
    # byline, past a share bar
    texts = ["Entertainment", HEAD, "By Anna Krause", "February 14, 2024", *BUTTONS,
             "Zendaya attends a photo-call in Mexico City.", credit, *TEXT]
    assert _title(texts) == (HEAD, 1)


@pytest.mark.parametrize("line", ["dpa/AFP", "Politik/Wirtschaft", "24/7", "Shutterstock",
                                  "Getty Images/Mario Carlini/Press", "Budi Santoso/detikcom",
                                  "Read the full report on our partner site Getty/Images of the year",
                                  "Getty Images/Shutterstock merger cleared by EU",
                                  "Imago/Getty: Bildagenturen fusionieren"])
def test_what_is_no_picture_agencys_credit(line: str) -> None:
    # news agencies, sections, a number, an agency's name alone, three parts, a long line,
    # headlines about picture agencies (the other part no name)
    assert not _agency_credit(line, EN)


def test_a_headline_right_over_its_lead_photos_credit_is_kept() -> None:
    # (a headline ends with no stop: the credit under it is its photo's, not a caption's)
    texts = ["Entertainment", HEAD, "Jane Roe/Getty Images", "By Anna Krause", "February 14, 2024", *TEXT]
    assert _title(texts) == (HEAD, 1)
    texts = ["Entertainment", "Latest news", "A bridge closes for repairs", HEAD, "Jane Roe/Getty Images",
             "By Anna Krause", "February 14, 2024", *TEXT]
    assert _title(texts) == (HEAD, 3)


@pytest.mark.parametrize("under", ["Photo: Getty Images", "Read more"])
def test_a_line_with_no_byline_under_it_gives_way_to_the_title(under: str) -> None:
    texts = [TITLE, "Subscribe", "Entertainment", HEAD, under, "February 14, 2024", *BUTTONS[:20], *TEXT]
    assert _title(texts, (TITLE,)) == (TITLE, 0)


def test_a_teaser_over_its_writer_gives_way_to_the_title() -> None:
    # a "Most read" teaser with its writer and date: the text does not speak of it
    texts = [TITLE, "Subscribe", "Most read", "Council votes to close the harbour bridge for a year of repairs",
             "By Jane Doe", "February 13, 2024", *BUTTONS[:10], *TEXT]
    assert _title(texts, (TITLE,)) == (TITLE, 0)


def test_a_caption_over_a_byline_gives_way_to_the_title() -> None:
    # (a sentence, with its stop: the photo's caption, its writer's line under it)
    caption = "Mira Okafor at a photo-call in Mexico City on the press tour, in a vintage suit."
    texts = [TITLE, "Subscribe", "Entertainment", caption, "By Anna Krause", "February 14, 2024",
             *BUTTONS[:20], *TEXT]
    assert _title(texts, (TITLE,)) == (TITLE, 0)
