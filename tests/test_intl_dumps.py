"""Bylines and dates of text dumps of international pages (issue 11): the lines that look like
a page's byline or date and are not its own (a "Most read" teaser's writer, a reader's
comment's date, a surname read as a label and a name), beside the ones that are."""

from __future__ import annotations

from typing import List

import pytest

import newsextract

PARS = {
    "de": ["Der Kreistag hat am Dienstag zusätzliches Geld für die Reparatur einer Brücke "
           "bewilligt, die nach starkem Regen eingestürzt war.",
           "Der Leiter des Bauamts sagte, die Arbeiten sollten im nächsten Monat beginnen und vor "
           "dem Ende des Haushaltsjahres abgeschlossen sein."],
    "en": ["The county board voted on Tuesday to set aside more money for repairing a bridge "
           "that collapsed after heavy rain last week.",
           "The head of public works said construction would begin next month and should finish "
           "before the end of the budget year."],
    "it": ["Il consiglio provinciale ha approvato martedì nuovi fondi per riparare il ponte "
           "crollato dopo le forti piogge della settimana scorsa.",
           "Il responsabile dei lavori pubblici ha detto che il cantiere partirà il mese prossimo "
           "e dovrebbe chiudersi prima della fine dell'anno."],
    "sv": ["Kommunstyrelsen beslutade på tisdagen att avsätta mer pengar för att reparera bron "
           "som rasade efter det kraftiga regnet förra veckan.",
           "Chefen för tekniska förvaltningen säger att arbetet ska börja nästa månad och vara "
           "klart före budgetårets slut."],
}
TITLES = {"de": "Kreis bewilligt Geld für eingestürzte Brücke nach Unwetter",
          "en": "County Sets Aside Money To Rebuild Bridge Lost In Heavy Rain",
          "it": "La provincia stanzia fondi per ricostruire il ponte crollato",
          "sv": "Kommunen avsätter pengar för att bygga upp den rasade bron"}


def _dump(lang: str, head: List[str], tail: List[str] = ()) -> str:  # type: ignore[assignment]
    """A dump: the headline, the lines under it, the text, then the lines under the text."""
    return "\n\n".join([TITLES[lang], *head, *PARS[lang], *tail]) + "\n"


# a "Most read" list under the text: its heading, a story's title, the story's writer
@pytest.mark.parametrize("lang, teaser", [
    ("de", ["Meistgelesen", "Streit um Parkplätze eskaliert", "Von Peter Müller"]),
    ("en", ["Most read", "Parking row turns ugly at the town hall", "By Peter Miller"]),
])
def test_a_most_read_teasers_writer_is_not_the_pages(lang: str, teaser: List[str]) -> None:
    page = newsextract.extract(_dump(lang, [], teaser))
    assert page.authors == []


@pytest.mark.parametrize("lang, byline, teaser, authors", [
    # the page's own byline under the headline stays, the teaser's is not added to it
    ("de", "Von Anna Meier", ["Meistgelesen", "Streit um Parkplätze eskaliert", "Von Peter Müller"],
     ["Anna Meier"]),
    ("en", "By Jane Doe | New York", ["Most read", "Parking row turns ugly", "By Peter Miller"],
     ["Jane Doe"]),  # (New York is where she files from, not a writer)
])
def test_the_pages_byline_stays_beside_a_most_read_list(lang: str, byline: str, teaser: List[str],
                                                       authors: List[str]) -> None:
    page = newsextract.extract(_dump(lang, [byline], teaser))
    assert page.authors == authors


def test_a_byline_under_a_menu_above_the_headline_is_read() -> None:
    # a breadcrumb menu (a list too) above the headline, the byline under the headline
    text = "\n\n".join(["Startseite", "Politik", TITLES["de"], "Von Anna Meier",
                        "14.03.2025, 18:32 Uhr", *PARS["de"]]) + "\n"
    page = newsextract.extract(text)
    assert page.authors == ["Anna Meier"]
    assert page.date == "2025-03-14T18:32:00+01:00"


def test_a_topic_tag_row_under_the_headline_is_no_writer() -> None:
    page = newsextract.extract(_dump("de", ["Politik | Wohnen | Berlin", "14.03.2025"]))
    assert page.authors == []
    assert page.date == "2025-03-14"


# the readers' comments under the text date the comments, not the page
@pytest.mark.parametrize("lang, comments", [
    ("de", ["Kommentare", "Peter am 12.03.2025 um 10:00", "So ein Unsinn, das Geld fehlt woanders."]),
    ("de", ["51 Kommentare", "sarah sagt:", "Juli 30, 2013 um 2:33 pm", "Warum zweimal?"]),
    ("en", ["12 Comments", "Gaye", "August 8, 2018 at 3:17 pm", "You are awesome!"]),
])
def test_a_comments_date_does_not_date_the_page(lang: str, comments: List[str]) -> None:
    # (the page prints only when it was put up relative to now: no day can be read)
    head = ["vor 2 Stunden"] if lang == "de" else ["2 hours ago"]
    page = newsextract.extract(_dump(lang, head, comments))
    assert page.date is None


@pytest.mark.parametrize("lang, tail, day", [
    # a date's line under the text, above the comments: the page's
    ("de", ["12.03.2025", "Kommentare", "Peter am 14.03.2025 um 10:00", "So ein Unsinn."],
     "2025-03-12"),
    ("en", ["March 12, 2025", "Comments", "Gaye", "March 14, 2025 at 3:17 pm", "Nice."],
     "2025-03-12"),
])
def test_a_date_under_the_text_above_the_comments_is_read(lang: str, tail: List[str], day: str) -> None:
    page = newsextract.extract(_dump(lang, [], tail))
    assert (page.date or "")[:10] == day


def test_a_comments_counter_under_the_byline_does_not_end_the_search() -> None:
    # "12 Comments" under the byline links to the comments; the date under the text is the page's
    page = newsextract.extract(_dump("en", ["By Jane Doe", "12 Comments"], ["March 12, 2025"]))
    assert (page.date or "")[:10] == "2025-03-12"
    assert page.authors == ["Jane Doe"]


@pytest.mark.parametrize("line", [
    "Version 3.10.12 released",  # a version number
    "Winning time 1.02.45",  # a race time
])
def test_numbers_with_dots_are_no_dates(line: str) -> None:
    page = newsextract.extract(_dump("en", ["By Jane Doe", line]))
    assert page.date is None
    assert page.authors == ["Jane Doe"]


# a bare label that is a common word of the page's language (Italian "di", Swedish "av") names a
# writer in full: a surname with its particle ("Di Maio") is a name, not a label and a name
@pytest.mark.parametrize("lang, line, authors", [
    ("it", "Di Mario Rossi", ["Mario Rossi"]),
    ("sv", "Av Kari Andersson", ["Kari Andersson"]),
])
def test_a_common_words_label_before_a_name_in_full(lang: str, line: str, authors: List[str]) -> None:
    page = newsextract.extract(_dump(lang, [line, "14.03.2025"]))
    assert page.authors == authors


def test_a_surname_with_its_particle_is_not_label_and_name() -> None:
    page = newsextract.extract(_dump("it", ["Di Maio", "14/03/2025"]))
    assert "Maio" not in page.authors
    assert page.date == "2025-03-14"
