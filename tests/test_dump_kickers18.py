"""A dump's headline with what a page sets beside it on one line: a kicker in capitals before a
bar, a genre's label, a kicker whose colon the dump dropped (issue 11)."""

from __future__ import annotations

import pytest

import newsextract

_ENGLISH_TEXT = ("By Ann Lee\n12 March 2025\n\n"
                 "The harbour strike went on for a third day on Tuesday after talks over pay broke "
                 "down, and the port said it had lost millions while ships waited to unload.\n\n"
                 "The union said the strike would go on until the port made a better offer, and "
                 "that its members would picket the gates every day.\n")
_GERMAN_TEXT = ("Von Anna Lehmann\n12.03.2025\n\n"
                "Die Stadt hat im vergangenen Jahr drei ihrer Brücken sperren müssen, weil das Geld "
                "für die Reparaturen fehlte, und die Pendler stehen seither jeden Morgen im Stau.\n\n"
                "Der Bürgermeister sagte, man warte auf Hilfe vom Land, um wenigstens die größte "
                "Brücke wieder zu öffnen.\n")
_MENU = "  • Home\n  • News\n  • Business\n\n"


def _title(page: str) -> str:
    return newsextract.extract(page).title


# ---- a kicker in capitals, a bar, then the headline ("BUDGET 3.0 | Sars gets R4bn ...")

@pytest.mark.parametrize("line", [
    "BUDGET 3.0 | Harbour strike costs the port R4bn in a week",
    "EDITORIAL | Why the harbour strike must end before the holidays",
    "WATCH | Harbour workers march on the port's head office",
])
def test_a_kicker_in_capitals_before_a_bar_is_the_headlines(line: str) -> None:
    # (a line with a bar was never a headline: menus and <title>s have one; this one is)
    assert _title(_MENU + line + "\n\n" + _ENGLISH_TEXT) == line


@pytest.mark.parametrize("line", [
    "Home | News | Sport | Business",                            # a menu: more bars
    "Login | Register for our newsletter today please",          # no kicker in capitals
    "Harbour strike costs the port millions | DAILY LEDGER",     # a <title>'s site after a bar
    "NEWS | Sport",                                              # too short a headline after it
])
def test_a_line_with_a_bar_that_is_no_kicker_and_headline_is_passed_by(line: str) -> None:
    head = "Harbour strike costs the port millions in a week"
    page = _MENU + line + "\n\n" + head + "\n\n" + _ENGLISH_TEXT
    assert _title(page) == head


def test_a_dumps_title_line_with_a_site_in_capitals_before_a_bar_is_no_headline() -> None:
    # BeautifulSoup's first line is the page's <title>, "CNN | Headline": the headline under it
    # is chosen, not the <title> with the site's name before the bar
    head = "Harbour strike costs the port millions in a week"
    page = "DAILY LEDGER | " + head + "\n" + _MENU + head + "\n\n" + _ENGLISH_TEXT
    assert _title(page) == head


# ---- a genre's label glued on, where the page words the headline otherwise without it

_TRAIL = "  • Home\n  • Politik\n  • Stadtfinanzen: Warum die Stadt ihre Brücken nicht repariert\n\n"


def test_a_genres_label_is_cut_where_a_trail_words_the_headline_otherwise_without_it() -> None:
    # "Meinung Warum Kritik an Trumps Charakter ..." under "Donald Trump: Warum Kritik an
    # seinem Charakter ...": the trail's item opens, after its topic, with the headline's words
    page = _TRAIL + "Meinung Warum die Stadt ihre Brücken nicht mehr reparieren kann\n\n" + _GERMAN_TEXT
    assert _title(page) == "Warum die Stadt ihre Brücken nicht mehr reparieren kann"


@pytest.mark.parametrize("trail", [
    # the trail's wording holds the label: the label is the headline's word
    "  • Home\n  • News\n  • Politics: Opinion polls show Labour ahead in the marginals\n\n",
    # the trail's wording opens otherwise
    "  • Home\n  • News\n  • Politics: Labour ahead in the marginals, polls say\n\n",
    # no topic and colon before it: a teaser's line, not a wording of this headline
    "  • Home\n  • News\n  • Polls Show Labour Ahead Again\n\n",
])
def test_a_title_case_headline_opening_with_a_genres_word_is_kept_whole(trail: str) -> None:
    line = "Opinion Polls Show Labour Ahead In Key Marginal Seats"
    assert _title(trail + line + "\n\n" + _ENGLISH_TEXT) == line


# ---- a kicker a dump ran into the headline, where another line parts it off with a colon

_EPI = "European Payments Initiative Statt Paypal & Co.: So könnte Europas Bezahlsystem die US-Konkurrenz schlagen"


def test_a_kicker_run_in_is_cut_where_another_line_parts_it_off_and_the_headline_has_its_own_colon() -> None:
    alt = "European Payments Initiative: Statt Paypal & Co.: So könnte Europas Bezahlsystem die US-Konkurrenz schlagen"
    page = _MENU + _EPI + "\n\n" + _GERMAN_TEXT + "\n" + alt + "\n\nMehr zum Thema\n"
    assert _title(page) == "Statt Paypal & Co.: So könnte Europas Bezahlsystem die US-Konkurrenz schlagen"


@pytest.mark.parametrize("line, other", [
    # the line prints the kicker's colon itself: both colons are the headline's as the page gives it
    ("Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue",
     "Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue - Die Zeitung"),
    # one colon: the kicker is the headline's own ("Analyse: ..."), printed so elsewhere
    ("Analyse Warum die Stadt ihre Brücken nicht mehr reparieren kann",
     "Analyse: Warum die Stadt ihre Brücken nicht mehr reparieren kann"),
    # no line parts it off: nothing is cut
    (_EPI, "Mehr zum Thema Bezahlen"),
])
def test_a_headline_with_a_colon_is_kept_whole_where_no_line_parts_a_kicker_off(line: str, other: str) -> None:
    page = _MENU + line + "\n\n" + _GERMAN_TEXT + "\n" + other + "\n\nMehr zum Thema\n"
    assert _title(page) == line
