"""The harms the second review of session 30 found in enq30's speaker rules, each as the input a
person writes and the speaker a person reads in it (the answer before enq30 where it was right):

- a firm or a body named after its founder speaks for itself ("Boeing said in a statement" after
  "The Boeing Company, founded by William Boeing"): the founder printed before the mention is
  taken only when the thing is a place or a building ("Trump Tower") or the person is printed
  after a title or a role ("Chief executive Anna Lindqvist");
- "according to a statement from X" without a title: X only when the text knows X as a person
  (firms, teams, colleges are named as people: "Charles Schwab", "Charlotte Hornets");
- where every noun is capitalised (German), a role noun after a name is not joined to the
  given name printed before it ("Kevin Holland-Moritz Geschäftsführer");
- a day before a name is a time's only after a small word ("on Monday Trump"), a given name
  otherwise ("Monday Okpara", "Tuesday Weld")."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract

LEAD = {
    "en": "The announcement came after months of talks with unions and local officials in three states.",
    "de": "In einem kleinen Dorf in Thüringen gibt es noch einen Schlachthof mit zwölf Mitarbeitern.",
}


def _speakers(pars: List[str], lang: str = "en") -> List[Optional[str]]:
    """The speakers of the quotations of an article of a lead and these paragraphs."""
    html = (f"<html lang='{lang}'><body><article><h1>Plant Closes After Long Talks</h1><p>{LEAD[lang]}</p>"
            + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    return [q.speaker for q in newsextract.extract(html).quotes]


def _text_speakers(pars: List[str]) -> List[Optional[str]]:
    """The same article as a text dump (paragraphs set apart by blank lines)."""
    text = "Plant Closes After Long Talks\n\n" + LEAD["en"] + "\n\n" + "\n\n".join(pars) + "\n"
    return [q.speaker for q in newsextract.extract(text.encode()).quotes]


# -- a firm named after its founder -----------------------------------------------------------------

FIRMS = [
    (["The Harmon Company, founded by Walter Harmon in 1921, employs 30,000 people.",
      "\u201cWe are taking these steps to secure our future,\u201d Harmon said in a statement."], "Harmon Company"),
    (["The Ostrander Motor Company was founded by Henry Ostrander in 1903 in Toledo.",
      "\u201cThis plant will employ four thousand workers,\u201d Ostrander said in a statement."],
     "Ostrander Motor Company"),
    (["Pellham Group, which Ruth Pellham founded with her brother in 1950, is cutting 700 jobs.",
      "\u201cThese changes are necessary to reduce costs,\u201d Pellham said."], "Pellham Group"),
]


@pytest.mark.parametrize("pars, speaker", FIRMS)
def test_firm_named_after_founder_speaks_for_itself(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]
    assert _text_speakers(pars) == [speaker]


@pytest.mark.parametrize("pars, speaker", [
    # near misses: a building named after the family, the person printed before the mention
    (["Castellane Tower was sold on Monday to a group of investors.", "Developer Victor Castellane built it in 1983.",
      "\u201cIt was the greatest building in the city,\u201d Castellane said."], "Victor Castellane"),
    # a firm named after the family, the person printed after a role: the person speaks
    (["Chief executive Anna Pellham spoke to shareholders on Monday.",
      "The Pellham Group lost money this year. \u201cWe will cut costs,\u201d Pellham said."], "Anna Pellham"),
    (["The Harmon Company was founded in 1921.", "Its president, Walter Harmon, spoke on Monday.",
      "\u201cWe will cut costs,\u201d Harmon said."], "Walter Harmon"),
])
def test_person_still_named_near_a_thing_named_after_them(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]


# -- "according to a statement from X" without a title ---------------------------------------------

QUOTE = "\u201cWe are pleased to put this matter behind us and move forward.\u201d"


@pytest.mark.parametrize("maker", [
    "Charles Schwab", "Kate Spade New York", "Charlotte Hornets", "Austin Peay", "Paul Hastings", "Virginia Mason",
])
def test_untitled_statement_maker_unknown_as_person_names_no_one(maker: str) -> None:
    # firms, teams, colleges, law firms named as people: no quotation read, as before enq30
    pars = [f"According to a statement from {maker}, {QUOTE}", "The matter was settled in court on Friday."]
    assert _speakers(pars) == []
    assert _text_speakers(pars) == []


@pytest.mark.parametrize("pars", [
    # the text knows the name as a person's: printed after a role, or as a speaker's
    ["Economist Lisa Grant resigned from the board on Monday.", f"According to a statement from Lisa Grant, {QUOTE}"],
    ["Lisa Grant said on Monday she would resign from the board.", f"According to a statement from Lisa Grant, {QUOTE}"],
])
def test_untitled_statement_maker_known_as_person(pars: List[str]) -> None:
    assert _speakers(pars) == ["Lisa Grant"]


def test_titled_statement_maker_named() -> None:
    assert _speakers([f"According to a statement from Senator Lisa Grant, {QUOTE}"]) == ["Lisa Grant"]


# -- a German role noun after the full name ---------------------------------------------------------

DE = ["Kevin Holland-Moritz führt ihn seit zehn Jahren.", "Kevin Holland-Moritz Geschäftsführer",
      "\u201eDie Kosten sind stark gestiegen\u201c, sagt Holland-Moritz.",
      "\u201eWir schlachten jeden Tag zwanzig Schweine\u201c, sagt Kevin Holland-Moritz."]


def test_german_role_noun_not_glued_to_the_full_name() -> None:
    # where every noun is capitalised, the word after the name may be a role's: the given name
    # printed before is not joined to it (base's answers; the full name for the full mention)
    speakers = _speakers(DE, "de")
    assert speakers[1] == "Kevin Holland-Moritz"
    assert "Kevin Holland-Moritz Geschäftsführer" not in speakers


@pytest.mark.xfail(strict=True, reason="known miss (base's too): a role noun no profile lists after a name in "
                   "a caption is read as part of a name ('Holland-Moritz Geschäftsführer')")
def test_german_role_noun_after_name_dropped() -> None:
    assert _speakers(DE, "de") == ["Kevin Holland-Moritz", "Kevin Holland-Moritz"]


def test_suffix_after_the_name_still_joined() -> None:
    # near miss in English: a suffix after the mention, given names and an initial before it
    pars = ["Robert F. Kennedy Jr. spoke at the hearing on Monday.",
            "\u201cWe are going to make America healthy again,\u201d Kennedy said."]
    assert _speakers(pars) == ["Robert F. Kennedy Jr."]


# -- a given name that is a weekday -----------------------------------------------------------------

@pytest.mark.parametrize("pars, speaker", [
    (["The event drew thousands of fans.", "Monday Okpara arrived at the premiere on Saturday evening.",
      "\u201cI am so grateful to everyone who came,\u201d Okpara said."], "Monday Okpara"),
    (["The show opened on Friday.", "Tuesday Weld arrived at the premiere on Saturday evening.",
      "\u201cI am so grateful to everyone who came,\u201d Weld said."], "Tuesday Weld"),
    # near misses: a day after a small word is a time's
    (["The board met and on Monday Harmon resigned from it.",
      "\u201cWe did what we could for the workers,\u201d Harmon said."], "Harmon"),
    (["On Friday Harmon resigned from the board.",
      "\u201cWe did what we could for the workers,\u201d Harmon said."], "Harmon"),
])
def test_weekday_given_names(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]
