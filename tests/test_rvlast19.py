"""The last review's (rv-last19) inputs against the session's mends: a dump's box under a
verdict heading after an ordinary story is no fact check's verdict when only the headline or
only the box holds a label's word ("Fake charity collectors ...", "salah satu"), and a menu
bar with a function word over a column's byline is no headline."""

from __future__ import annotations

from pathlib import Path

import newsextract

STORY = """Millbrook Courier

{headline}

By Jane Roe
April 28, 2023

Volunteers in the northern districts spent the weekend clearing mud from homes and shops after
the river burst its banks on Thursday night, the county council said on Sunday.

The council said more than two hundred households had asked for help and that crews would stay
in the worst-hit streets until the end of the week.

Shelters stay open until the weekend, a spokeswoman said.

{heading}

{box}
"""

LAST = "Shelters stay open until the weekend, a spokeswoman said."


def _body(headline: str, heading: str, box: str) -> str:
    page = STORY.format(headline=headline, heading=heading, box=box)
    return newsextract.extract(page.encode("utf-8")).body


def test_a_box_whose_headline_alone_judges_is_no_verdict() -> None:
    body = _body("Fake charity collectors target flood victims in northern districts", "Conclusion",
                 "Flood victims in the northern districts: listen to our podcast, and sign up for alerts.")
    assert body.split("\n\n")[-1] == LAST


def test_a_box_whose_words_alone_judge_is_no_verdict() -> None:
    body = _body("Volunteers clear mud from flooded homes in northern districts", "Conclusion",
                 "Flood in the northern districts: false alarms and what to do, in our guide. Sign up for alerts.")
    assert body.split("\n\n")[-1] == LAST


def test_a_fact_check_whose_headline_and_verdict_judge_keeps_its_verdict() -> None:
    # (the near miss the rule is for: both the headline and the verdict judge, and speak of
    # the same thing)
    body = _body("Flood Victims Paid by Northern Districts Council? The Claim Is False", "Conclusion",
                 "The claim that the council pays flood victims in the northern districts is false.")
    assert body.split("\n\n")[-1] == "The claim that the council pays flood victims in the northern districts is false."


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_menu_with_a_function_word_over_a_columns_byline_is_no_headline() -> None:
    # (fix2b19's column page with its menu line made as the review made it: a function word,
    # a dotted section, a hyphened one)
    lines = (FIXTURES / "fix2b19" / "k_en2.w3m.txt").read_text(encoding="utf-8").split("\n")
    for menu in ("Home News Sport Life and Style Opinion", "Home News U.S. World Business Opinion",
                 "Home News Local Sports Opinion Obituaries E-Edition"):
        page = "\n".join([menu] + lines[1:])
        r = newsextract.extract(page.encode("utf-8"))
        assert r.title == "Why the county's road plan matters to every family here", menu
