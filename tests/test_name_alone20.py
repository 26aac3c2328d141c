"""A writer's name alone on its own line between the headline and the text of a dump, no date
beside it (alone20): the line is the writer's when it is only a person's name, the one such
line there, printed nowhere in the headline or the text; and the lines like it that name no
writer (the story's subject, a place, a body, a team, a desk, a section, a product, a
photo's people, a share bar's button, a list's heading)."""

from __future__ import annotations

import itertools
from typing import List, Sequence

import pytest

import newsextract

TITLE = "Council approves new budget for city schools after long debate"
PARS = ["The city council on Tuesday approved a new budget for public schools after a debate that lasted "
        "more than six hours, ending months of uncertainty for teachers and parents.",
        "The budget adds money for building repairs and hires forty new teachers, the council said in a "
        "statement released after the vote.",
        "Critics said the plan does not go far enough to fix crowded classrooms in the northern districts."]
FURNITURE = {
    'none': [], 'section': ["Politics"], 'date': ["12 March 2025"], 'date_time': ["March 12, 2025, 10:32 AM"],
    'reading': ["4 min read"], 'caption': ["Council members vote on the budget on Tuesday. (Photo: John Lee)"],
    'updated': ["Updated: 12.03.2025, 10:32"], 'comments': ["12 comments"],
    'standfirst': ["The plan adds forty teachers and repairs old buildings across the city."],
}


def _dump(head: Sequence[str], pars: Sequence[str] = PARS, title: str = TITLE, glue: str = "\n\n") -> str:
    """A dump: a menu, the headline, the lines `head`, the text."""
    return glue.join(["Home | World | Business | Sport", title, *head]) + "\n\n" + "\n\n".join(pars) + "\n"


def _authors(head: Sequence[str], pars: Sequence[str] = PARS, title: str = TITLE) -> List[str]:
    return newsextract.extract(_dump(head, pars, title)).authors


# -- the rule: the name alone among furniture lines (the probe's cases, blank-line parted) ----

# (a date line right under the headline with no blank line is joined to it by the title's
# reading; the shapes after the headline's own line are those below)
@pytest.mark.parametrize("before,after", [(b, a) for b, a in itertools.product(FURNITURE, FURNITURE)
                                          if (b, a) != ('comments', 'comments') and a != 'reading'])
def test_name_alone_among_furniture(before: str, after: str) -> None:
    head = FURNITURE[before] + ["Maria Fernandez"] + FURNITURE[after]
    assert _authors(head) == ["Maria Fernandez"]


def test_name_over_a_reading_time_alone_is_left() -> None:
    # a kicker's topic prints so too ("Climate Change" / "5 min read", see test_review16_bylines):
    # over a reading time alone the line is no writer, by a date or in a box it is
    assert _authors(["Maria Fernandez", "4 min read"]) == []


def test_name_alone_headline_then_text() -> None:
    assert _authors(["Maria Fernandez"]) == ["Maria Fernandez"]


def test_name_alone_in_capitals() -> None:
    assert _authors(["MARIA FERNANDEZ", "12 comments"]) == ["Maria Fernandez"]


def test_two_names_joined_by_and() -> None:
    assert _authors(["Maria Fernandez and Peter Novak", "Politics"]) == ["Maria Fernandez", "Peter Novak"]


def test_name_folded_with_its_share_bar() -> None:
    assert newsextract.extract(_dump(["Maria Fernandez", "Share", "Facebook", "Twitter"], glue="\n")
                               ).authors == ["Maria Fernandez"]


# -- near misses --------------------------------------------------------------------------

BIDEN = ["Joe Biden met city leaders on Tuesday to talk about the school budget, a spokesman for the council "
         "said after the meeting ended.", *PARS[1:]]


@pytest.mark.parametrize("line,pars", [
    ("Joe Biden", BIDEN),                                   # the story's subject, named in the text
    ("New Delhi", PARS),                                    # a listed city
    ("European Commission", [PARS[0], "The European Commission said it would watch the plan closely "
                             "as schools across the region face the same problems.", PARS[2]]),
    ("Red Cross", [PARS[0], "The Red Cross said it would help families whose schools close for repairs "
                   "during the coming winter months.", PARS[2]]),
    ("Real Madrid", [PARS[0], "Real Madrid offered to pay for a new sports hall in one of the schools, "
                     "the club said in a statement on Tuesday.", PARS[2]]),
    ("Web Desk", PARS),                                     # a desk's credit
    ("Redaksi", PARS),
    ("Home Office", [PARS[0], "The Home Office said it had no plans to comment on the council's vote "
                     "before the end of the week.", PARS[2]]),
    ("Galaxy Note", [PARS[0], "Each teacher will get a Galaxy Note tablet under the plan, which the "
                     "council said would cost less than laptops.", PARS[2]]),
    ("Zoom In", PARS),                                      # a button's words
    ("By Reuters", PARS),
    ("Exclusive Interview", PARS),                          # a kicker's common nouns
    ("Election Results", PARS),
    ("White House", PARS),                                  # a body's
    ("Cape Town", PARS),                                    # a place's
])
def test_not_a_writer_alone(line: str, pars: List[str]) -> None:
    assert _authors([line], pars) == []
    assert _authors(["Politics", line, "12 comments"], pars) == []


def test_name_in_headline_is_subject() -> None:
    assert _authors(["Maria Fernandez"], title="Maria Fernandez wins seat on city council after recount") == []


def test_two_names_alone_are_a_photos_people() -> None:
    assert _authors(["Maria Fernandez", "Peter Novak"]) == []


def test_two_names_with_comma_not_taken() -> None:
    assert _authors(["Maria Fernandez, Peter Novak"]) == []


def test_name_under_image_placeholder_is_the_photos() -> None:
    assert _authors(["[council-vote.jpg]", "Maria Fernandez"]) == []


def test_credited_caption() -> None:
    # a caption closing with its own credit leaves the line under it a byline; one with none
    # may be credited by the name under it
    from newsextract.fields.authors import _credited_caption
    assert _credited_caption("Council members vote on Tuesday. (Photo: John Lee)")
    assert not _credited_caption("Council members vote on Tuesday.")
    assert not _credited_caption("Council members vote (left to right)")


def test_share_bar_button_last_is_no_name() -> None:
    text = _dump(["Paylaş", "Twitter", "Facebook", "Flipboard", "Linki Kopyala"], glue="\n")
    assert newsextract.extract(text).authors == []


def test_body_and_its_short_form() -> None:
    text = _dump(["10.11.2025 17:59", "Anadolu Ajansı", "AA", "Paylaş"], glue="\n")
    assert newsextract.extract(text).authors == []


def test_list_heading_over_points() -> None:
    head = ["Key Points", "- The plan adds forty teachers to the city's schools this year.",
            "- Repairs to old buildings will start in the summer."]
    assert _authors(head) == []


def test_name_above_headline_not_taken() -> None:
    text = "Home | World\n\nMaria Fernandez\n\n" + TITLE + "\n\n" + "\n\n".join(PARS) + "\n"
    assert newsextract.extract(text).authors == []


@pytest.mark.parametrize("head", [
    ["Accept Cookies", "Manage Preferences"],                # a consent banner's buttons
    ["Presented By", "Acme Holdings"],                      # a sponsor's name after its label
    ["Sponsored by:", "Acme Holdings"],
    ["North Carolina"],                                     # a place, its direction's word
    ["Labour Party"],                                       # a body's common noun
    ["Premier League"],
])
def test_other_lines_alone_are_no_writer(head: List[str]) -> None:
    assert _authors(head) == []


@pytest.mark.parametrize("line, names", [
    ("Siddharth Varadarajan and Karan Thapar", ["Siddharth Varadarajan", "Karan Thapar"]),
    ("Fitria Chusna dan Krisiandi Sacawisastra", ["Fitria Chusna", "Krisiandi Sacawisastra"]),
    ("Joris Kuipers en Floor Bakker", ["Joris Kuipers", "Floor Bakker"]),
    ("Ximena Ortega y Itziar Goikoetxea", ["Ximena Ortega", "Itziar Goikoetxea"]),
])
def test_pair_of_unlisted_given_names_is_taken_flagged(line: str, names: List[str]) -> None:
    # (fixauth21, rv-auth21 item 20) two writers whose first names no profile lists: the lists
    # are short, so the pair is taken as alone20 takes it, flagged as a guess, never refused
    article = newsextract.extract(_dump([line]))
    assert article.authors == names
    assert any("no given name" in w for w in article.warnings)


def test_pair_of_listed_given_names_is_taken_unflagged() -> None:
    article = newsextract.extract(_dump(["Maria Fernandez and John Roe"]))
    assert article.authors == ["Maria Fernandez", "John Roe"]
    assert not any("no given name" in w for w in article.warnings)


def test_name_alone_of_no_listed_given_name_is_flagged() -> None:
    article = newsextract.extract(_dump(["Zoltan Brimstone"]))
    assert article.authors == ["Zoltan Brimstone"]
    assert any("no given name" in w for w in article.warnings)
    assert not any("no given name" in w for w in newsextract.extract(_dump(["Maria Fernandez"])).warnings)


# -- known false writers (rv-alone20): a capitalised phrase on no word list that the text does
# not print again reads as a name; the given-name lists are too short to refuse it on -----------
@pytest.mark.xfail(strict=True, reason="rv-alone20: a product or a subject the text names by office only "
                   "reads as the writer: the given-name lists (auth21) cover half the real writers' "
                   "names, too few to refuse a name alone on them; such a name is flagged instead")
@pytest.mark.parametrize("line, pars", [
    ("Google Pixel", PARS),
    ("Rishi Sunak and Keir Starmer", PARS),
    ("Olaf Scholz", ["The chancellor said on Tuesday that the coalition would present its budget plan before "
                     "the summer break, ending weeks of dispute between the parties.",
                     "He said the plan would include more money for schools and for repairs of old bridges."]),
])
def test_known_false_writers(line: str, pars: List[str]) -> None:
    assert _authors([line], pars) == []
