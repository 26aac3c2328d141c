"""The end of a dump's body where the text is followed by the outlet's teasers under no heading
the rules know, or none (end25): items of a few lines (a kicker, a headline, a date) over one
short paragraph each, repeated to the run's end. Invented pages rendered in several dump
styles (fixtures/end25, each checked by eye), and the near misses whose own text ends in short
items: crossheads over one short paragraph, a live blog, a list of names, an interview, a
how-to's numbered steps."""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract
from newsextract.segment.text import segment_text
from tests.conftest import FIXTURES

_DIR = FIXTURES / "end25"


def _body(text: str) -> str:
    return extract(text.encode()).body  # type: ignore[no-any-return]


@pytest.mark.parametrize("name,last", [
    # kicker, headline, blurb (w3m): no heading over the list
    ("nh_de_khb.w3m.txt", "Ob der Zeitplan zu halten ist, bleibt offen."),
    # headline, blurb, date under it (lynx, which glues the next headline under a blurb)
    ("nh_fr_hbd.lynx.txt", "Reste à savoir si le calendrier sera tenu."),
    # a heading the rules do not know ("Elsewhere in the city") over kicker, headline, blurb
    ("uh_en_khb.markdownify.txt", "Whether the timetable holds remains to be seen."),
])
def test_an_unlabelled_teaser_list_after_the_text_is_left_out(name: str, last: str) -> None:
    body = _body((_DIR / name).read_text(encoding="utf-8"))
    assert body.endswith(last)
    assert "cycle" not in body.split(last)[-1] and "Radwege" not in body and "pistes" not in body


@pytest.mark.parametrize("name,last", [
    # the text's crossheads over one short paragraph each, then the teasers: the text's sections stay
    ("nmt_cross_en.w3m.txt", "A transport committee will consider the new timetables in April"),
    ("nmt_qa_nl.elinks.txt", "De nieuwe dienstregeling gaat in op 1 januari"),
    # a how-to's numbered subheads ("### 1. Check the new timetable") over short paragraphs
    ("nm_howto_en.markdownify.txt", "Some stops will move during the summer"),
])
def test_the_texts_own_short_sections_stay(name: str, last: str) -> None:
    paras = _body((_DIR / name).read_text(encoding="utf-8")).split("\n\n")
    assert paras[-1].startswith(last)


_EN = ["The city council voted on Tuesday night, after a long debate, to double the frequency of buses "
       "serving the northern suburbs from next year, in a plan that will cost four million pounds.",
       "Mayor Sarah Collins called it a big step forward for public transport in the north of the city. "
       "The regional transport authority will pay about half of the cost.",
       "Opposition councillors said outlying towns had been left out of the plan, which they described as "
       "timid and years too late for the people who rely on the buses every day."]


def _page(paras: List[str], tail: List[str]) -> str:
    """A w3m dump: a menu, the headline, the byline, the text, what follows it, the footer."""
    return "\n\n".join(["  • News\n  • Local\n  • Sport", "Buses to run twice as often in northern suburbs",
                        "By Jack Thompson 12 March 2024", *paras, *tail,
                        "© 2024 Outlet Media. All rights reserved.", "  • Terms\n  • Privacy"]) + "\n"


_TEASERS = ["Transport", "Five more kilometres of cycle lanes by 2026",
            "The council wants to catch up with neighbouring cities. A final decision is expected before "
            "the summer, a spokesman said on Monday.",
            "Business", "Traders fear the rise in parking charges in the centre",
            "Shop owners say customers will stay away if parking costs more. They want the council to think "
            "again before the budget vote.",
            "Rail", "Station revamp to start in May after years of delay",
            "Passengers face a year of disruption while the work goes on. Two platforms will close in turn."]


def test_kicker_headline_blurb_teasers_under_the_text() -> None:
    body = _body(_page(_EN, _TEASERS))
    assert body.endswith(_EN[-1]) and "cycle lanes" not in body


@pytest.mark.parametrize("tail,last", [
    # a live blog's entries: a time, a title, a short entry
    (["14:32", "Mayor welcomes the vote in the chamber",
      "Collins said it was a good day for the city and thanked all groups for a fair debate in the chamber, "
      "adding that the first new buses would run in the spring.",
      "14:05", "Council approves the plan by 34 votes to 21",
      "The Greens voted against the plan as a group, and two councillors abstained in the final vote, which "
      "came after more than three hours of debate.",
      "13:40", "Debate enters its third hour in the chamber",
      "The opposition has tabled an amendment to include the outlying towns in the plan, with a bus every "
      "twenty minutes at least. It is unlikely to pass."],
     "It is unlikely to pass."),
    # names with their roles under a heading (no teaser's headline among them)
    (["Who is on the new board", "Sarah Khan, chair",
      "A former rail engineer who has led the passenger forum for six years and sits on the regional board, "
      "where she chairs the accessibility panel.",
      "Tom Baker, treasurer",
      "An accountant and lifelong bus user who ran the campaign to save the night routes in the east of the "
      "city two years ago.",
      "Mei Lin, secretary",
      "A student at the university who founded a transit group that campaigns for cheaper fares and now has "
      "over two thousand members."],
     "over two thousand members."),
    # an interview's questions over short answers
    (["Why now, mayor?", "Because the north has waited for years, and the buses are full at rush hour.",
      "And the outlying towns?", "We will talk to the region in May. There is European money for it.",
      "When will the new buses run?", "In January, if the company finds the drivers in time."],
     "if the company finds the drivers in time."),
])
def test_the_texts_own_short_items_are_no_teaser_list(tail: List[str], last: str) -> None:
    body = _body(_page(_EN, tail))
    assert body.endswith(last)


def test_a_markdown_headings_number_is_no_list_item() -> None:
    """'### 1. Check the new timetable' is a numbered heading, not a list's item whose number
    Markdown's list syntax takes away; the page's menu items stay items."""
    texts = {b.text: b for b in segment_text((_DIR / "nm_howto_en.markdownify.txt").read_text(encoding="utf-8"))}
    assert "1. Check the new timetable" in texts and not texts["1. Check the new timetable"].bullet
    assert texts["1. Check the new timetable"].heading
    assert any(b.bullet for b in texts.values())
