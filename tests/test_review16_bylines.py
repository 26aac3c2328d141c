"""Review of the dump-bylines merge (dauth, session 16): the inputs its reviewer invented and the
harms they showed, each beside the byline the rule was made for (fixtures/review16/byline-*:
pages the reviewer built, dumped by w3m and lynx)."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

import newsextract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "review16"

TEXT = {
    "en": ["The county board voted on Tuesday to set aside more money for repairing a bridge "
           "that collapsed after heavy rain last week.",
           "The head of public works said construction would begin next month and should finish "
           "before the end of the budget year."],
    "de": ["Der Kreistag hat am Dienstag zusätzliches Geld für die Reparatur einer Brücke "
           "bewilligt, die nach starkem Regen eingestürzt war.",
           "Der Leiter des Bauamts sagte, die Arbeiten sollten im nächsten Monat beginnen und vor "
           "dem Ende des Haushaltsjahres abgeschlossen sein."],
}
TITLES = {"en": "County Sets Aside Money To Rebuild Bridge Lost In Heavy Rain",
          "de": "Kreis bewilligt Geld für eingestürzte Brücke nach Unwetter"}


def _authors(lang: str, head: List[str]) -> List[str]:
    """The authors of a text dump: the headline, the given lines under it, the text."""
    return newsextract.extract("\n\n".join([TITLES[lang], *head, *TEXT[lang]]) + "\n").authors


# --- 1. a reading time is a byline box's date only in the box, among its share links ----------

@pytest.mark.parametrize("lang, head", [
    ("en", ["Climate Change", "5 min read"]),  # a topic's kicker over the reading time
    ("en", ["Local Politics", "3 minute read"]),
    ("en", ["Exclusive Interview", "6 min read"]),
    ("en", ["North Carolina", "4 min read"]),  # a place
    ("en", ["Corin Vale Interview", "7 min read"]),  # an interview's kicker, a name in it
    ("en", ["Storm hits the coast overnight", "John Roe", "4 min read"]),  # a teaser, no heading
    ("en", ["Opinion", "Maria Lopez", "Lesedauer: 4 Min."]),
    ("de", ["Fußball Bundesliga", "Lesedauer: 3 Min."]),
])
def test_a_line_beside_a_reading_time_alone_is_no_writer(lang: str, head: List[str]) -> None:
    assert _authors(lang, head) == []


@pytest.mark.parametrize("name", ["byline-k-kicker", "byline-k-kicker-de"])
@pytest.mark.parametrize("style", ["w3m", "lynx"])
def test_a_kickers_topic_over_a_reading_time_is_no_writer(name: str, style: str) -> None:
    # <div class=kicker><a>Climate Change</a></div><div class=meta><span>5 min read</span></div>
    assert newsextract.extract(HERE / f"{name}.{style}.txt").authors == []


def test_a_reading_time_in_a_box_with_share_links_still_names_its_writer() -> None:
    # the shape the rule was made for: get_text's fold of name, reading time and buttons
    box = "\t\t\t\tJane Porter\n\t\t\t\n\n 2 minutes read  \n\n\n Facebook\n\n X\n\n LinkedIn\n\n Tumblr"
    assert _authors("en", ["The county board acts.\nNovember 6, 2025", box]) == ["Jane Porter"]
