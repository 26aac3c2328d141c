"""A dump's line of writers' names joined by another language's word ("Jana Nováková a Petr
Novák", "Laura Korhonen ja Timo Nieminen") over the date is the byline, not the headline, on a
page read in any language; a headline with such a word in it is still the headline."""

from __future__ import annotations

import pytest

from newsextract import extract

_EN = ("Parliament passed the new climate law on Thursday after a long debate. The law sets stricter "
       "targets for transport and buildings and will be reviewed every five years.",
       "The opposition said the law did not go far enough, a spokesman said after the vote.")
_FI = ("Eduskunta hyväksyi torstaina uuden ilmastolain pitkän keskustelun jälkeen. Laki tiukentaa "
       "liikenteen ja rakennusten tavoitteita ja se arvioidaan uudelleen viiden vuoden välein.",
       "Oppositio sanoi, ettei laki mene tarpeeksi pitkälle. Puolueen edustaja arvosteli hallitusta.")
_PL = ("Sejm w czwartek po długiej debacie przyjął nową ustawę klimatyczną. Ustawa zaostrza cele dla "
       "transportu i budynków i będzie przeglądana co pięć lat.",
       "Opozycja stwierdziła, że ustawa nie idzie wystarczająco daleko. Rzecznik partii skrytykował rząd.")


def _page(*lines: str) -> bytes:
    return ("\n\n".join(["Home | News | Politics", *lines]) + "\n").encode()


@pytest.mark.parametrize("names,authors", [
    ("Jana Nováková a Petr Novák", ["Jana Nováková", "Petr Novák"]),
    ("Laura Korhonen ja Timo Nieminen", ["Laura Korhonen", "Timo Nieminen"]),
    ("Anna Kowalska i Jan Nowak", ["Anna Kowalska", "Jan Nowak"]),
    ("Anna Svensson och Erik Lind", ["Anna Svensson", "Erik Lind"]),
])
def test_names_joined_in_another_language_over_the_date_are_no_headline(names: str, authors: list) -> None:
    record = extract(_page("Parliament passes the new climate law", names, "16.1.2024 9:30", *_EN))
    assert record.title == "Parliament passes the new climate law"
    assert record.authors == authors


@pytest.mark.parametrize("headline,body", [
    # a headline with the page's own joining word, over the date: the headline
    ("Kissa ja koira asuvat samassa talossa", _FI),
    ("Trump i Putin rozmawiali przez telefon", _PL),
    ("Trump i Putin rozmawiali", _PL),
    # another language's word in an English headline: no names on both sides of it
    ("Rock en Seine festival sells out", _EN),
    ("Simon i Garfunkel reunite in Oslo", _EN),
])
def test_a_headline_with_a_joining_word_over_the_date_stays(headline: str, body: tuple) -> None:
    assert extract(_page(headline, "16.01.2024 09:30", *body)).title == headline


def test_a_headline_naming_two_people_over_a_byline_stays() -> None:
    record = extract(_page("Sauli Niinistö ja Joe Biden tapasivat", "Laura Korhonen", "16.1.2024 klo 9.30", *_FI))
    assert record.title == "Sauli Niinistö ja Joe Biden tapasivat"
