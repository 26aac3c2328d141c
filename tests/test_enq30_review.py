"""The harms the review of enq30 found (session 30), each as the input a person writes and the
speaker a person reads in it (main's answer, before enq30's rules, where main was right):

- a one-word mention is widened by the words printed after it first (main's order), with the
  words printed just before them when the run is one name ("Robert F. Kennedy Jr."), by the
  words before alone only when the form after it names a thing ("Trump Tower"); a possessive, a
  day or a country before the mention is no part of the name ("China's Xi");
- a given name's surname, or a name set off by an age or a role, is the person's even when the
  surname is a place or group noun ("Lily Hall, 9,", "Chris Hall, a retired teacher,");
- "according to a statement from X": a body's name a given name or a place opens ("Victoria
  Police", "Austin Energy") is no person."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

import newsextract

LEAD = {
    "en": "The government presented its budget for the coming year on Tuesday after weeks of talks.",
    "es": "El Gobierno presentó el martes su presupuesto para el próximo año tras semanas de negociaciones.",
    "pt": "O governo apresentou na terça-feira o seu orçamento para o próximo ano após semanas de negociações.",
}


def _speakers(pars: List[str], lang: str = "en") -> List[Optional[str]]:
    """The speakers of the quotations of an article of a lead and these paragraphs."""
    html = (f"<html lang='{lang}'><body><article><h1>Budget Approved After Long Debate</h1><p>{LEAD[lang]}</p>"
            + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    return [q.speaker for q in newsextract.extract(html).quotes]


def _quotes(pars: List[str]) -> List[Tuple[str, Optional[str]]]:
    html = ("<html lang='en'><body><article><h1>Budget Approved After Long Debate</h1><p>" + LEAD["en"] + "</p>"
            + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes]


# -- the words before a mention: never a possessive, a day or a country ----------------------------

@pytest.mark.parametrize("pars, speaker", [
    (["China's Xi Jinping met Brazil's Luiz Inácio Lula da Silva in Beijing on Monday.",
      "\u201cChina and Brazil are good friends and good partners,\u201d Xi said."], "Xi Jinping"),
    (["Tottenham's Son Heung-min scored twice on Saturday.",
      "\u201cIt was a great day for the whole team and the fans,\u201d Son said."], "Son Heung-min"),
    (["South Korea's Lee Jae-myung met Japan's Shigeru Ishiba in Tokyo on Monday.",
      "\u201cWe will work together for peace in the region,\u201d Lee said."], "Lee Jae-myung"),
    # the fuller form printed after a possessive one: the possessive is dropped either way
    (["Ukraine's Zelensky flew to Washington on Monday to meet lawmakers.",
      "Volodymyr Zelensky, Ukraine's president, met senators.",
      "\u201cWe need the weapons now, not next year,\u201d Zelensky said."], "Volodymyr Zelensky"),
    (["Arsenal's Saka scored twice. Bukayo Saka was man of the match.",
      "\u201cIt was a great day for all of us,\u201d Saka said."], "Bukayo Saka"),
    # a day opening the sentence before the mention
    (["On Monday Trump spoke to donors. Donald Trump later left for Florida.",
      "\u201cNobody has ever seen a budget this bad,\u201d Trump said."], "Donald Trump"),
])
def test_possessive_or_day_before_the_mention(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]


@pytest.mark.parametrize("pars, speaker", [
    # near misses: a given name that is a country's or a month's word is the name's
    (["Jordan Peterson spoke to students on Monday.",
      "\u201cWe need to talk about responsibility,\u201d Peterson said."], "Jordan Peterson"),
    (["June Carter sang at the opening on Monday.",
      "\u201cThis song is for my mother,\u201d Carter said."], "June Carter"),
])
def test_given_name_shaped_as_a_country_or_month(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]


# -- compound surnames and given names: the run printed after the mention ---------------------------

@pytest.mark.parametrize("pars, lang, speaker", [
    (["El escritor Gabriel García Márquez escribió la novela en dieciocho meses.",
      "\u201cTuve que vender el coche para pagar el papel y el correo,\u201d dijo García en una entrevista."],
     "es", "Gabriel García Márquez"),
    (["El presidente Andrés Manuel López Obrador habló el lunes en Palacio Nacional.",
      "\u201cNo vamos a aumentar los impuestos este año,\u201d dijo López."], "es", "Manuel López Obrador"),
    (["El líder del PP, Alberto Núñez Feijóo, habló el lunes en Madrid.",
      "\u00abNo vamos a apoyar estos presupuestos\u00bb, dijo Núñez."], "es", "Alberto Núñez Feijóo"),
    # the run printed before and after the mention, one name (after a title, only its nearest
    # word before the mention: "Aston Villa Dean Smith")
    (["Mexican President Andrés Manuel López Obrador spoke on Monday.",
      "\u201cWe will not raise taxes this year,\u201d López said."], "en", "Manuel López Obrador"),
    (["Robert F. Kennedy Jr. spoke at the hearing. Health Secretary Kennedy answered questions.",
      "\u201cWe are going to make America healthy again,\u201d Kennedy said."], "en", "Robert F. Kennedy Jr."),
    # a time word opening the sentence before a given name (Portuguese)
    (["A ex-presidente Dilma Rousseff discursou na segunda-feira. Ontem Dilma visitou a fábrica.",
      "\u201cNós vamos lutar até o fim\u201d, disse Dilma."], "pt", "Dilma Rousseff"),
])
def test_compound_and_given_names_keep_the_words_after(pars: List[str], lang: str, speaker: str) -> None:
    # (main's answers, or the whole run where main kept only the words after the mention)
    assert _speakers(pars, lang) == [speaker]


# -- a place's or a group's noun as a person's surname ---------------------------------------------

@pytest.mark.parametrize("pars, speaker", [
    # a given name's surname (the mention is a known given name, or an age is set off after)
    (["Lily Hall, 9, has sold lemonade on the corner every summer since she was five.",
      "\u201cI give half the money to the animal shelter,\u201d Lily said."], "Lily Hall"),
    (["Maya Woods, 12, started the club at her school last year.",
      "\u201cWe just wanted a place where everyone could sit together,\u201d Maya said."], "Maya Woods"),
    (["Chris Hall, a retired teacher, has coached the team for 30 years.",
      "\u201cI have loved every single minute of it,\u201d Chris said."], "Chris Hall"),
    (["Dr. Anne Office runs the clinic.", "\u201cWe see two hundred patients a week,\u201d Anne said."],
     "Anne Office"),
    # a given name the profiles do not know, its surname a place noun: an age or a role set off
    # after the name makes it a person's
    (["Tayla Hall, 9, has sold lemonade on the corner every summer since she was five.",
      "\u201cI give half the money to the animal shelter,\u201d Tayla said."], "Tayla Hall"),
    (["Kiri Woods, a retired nurse, runs the food bank.",
      "\u201cWe feed two hundred families a week,\u201d Kiri said."], "Kiri Woods"),
])
def test_surname_that_is_a_place_noun(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]


@pytest.mark.parametrize("pars, speaker", [
    # near misses: a thing's kind set off after the form ("a new hotel") is no person's role:
    # the surname's building is skipped, the name printed before is the person's
    (["The Castellane Tower, a new hotel, opened its doors on Monday.",
      "Developer Victor Castellane spoke at the opening.", "\u201cWe are proud of it,\u201d Castellane said."],
     "Victor Castellane"),
    (["Donald Trump spoke to donors on Monday.", "The crowd waited outside Trump Tower for hours.",
      "\u201cNobody has ever seen a budget this bad,\u201d Trump said."], "Donald Trump"),
])
def test_surname_of_a_thing_skipped(pars: List[str], speaker: str) -> None:
    assert _speakers(pars) == [speaker]


@pytest.mark.parametrize("pars, speaker", [
    # the text names a thing after the family ("Castellane Tower"): the name printed before the
    # mention is the person's, before another form after it that no noun marks as a thing
    (["The Castellane Riverside opened in 2015, five years after the Castellane Tower.",
      "Developer Victor Castellane spoke at the opening.", "\u201cWe are proud of it,\u201d Castellane said."],
     "Victor Castellane"),
    # near miss: no thing named after the family: the form after the mention, as main
    (["\u201cWe need the money now,\u201d said Kim Jong Hyun, the envoy.", "Kim Jong Hyun met Minister "
      "Park on Monday.", "\u201cWe will return,\u201d Kim said."], "Kim Jong Hyun"),
])
def test_family_name_on_a_thing_prefers_the_name_before(pars: List[str], speaker: str) -> None:
    assert set(_speakers(pars)) == {speaker}


def test_words_before_a_body_named_after_a_country_are_no_given_name() -> None:
    # "Israel" opens a body's name printed with a word before it: that word is the body's, never
    # a given name of the country read as a subject ("American Israel"); with no person's form
    # printed before the mention, the body's name is kept, as main read it (the last quotation's
    # speaker is no person's name either way: not asserted)
    pars = ["Rear Admiral Daniel Hagari spoke to reporters on Monday.",
            "\u201cWe will respond at a time of our choosing,\u201d Hagari said.",
            "Donors of the American Israel Public Affairs Committee met in Washington. Israel said it would "
            "respond. \u201cWe will strike back,\u201d he said."]
    speakers = _speakers(pars)
    assert speakers[0] == "Daniel Hagari" and len(speakers) == 2 and "American Israel" not in speakers


# -- "according to a statement from X": a body's name shaped as a person's ---------------------------

@pytest.mark.parametrize("source", [
    "a statement from Victoria Police", "a statement from Virginia Tech", "an email from Austin Energy",
])
def test_statement_from_a_body_named_like_a_person(source: str) -> None:
    pars = [f"According to {source}, \u201cThe water came up so fast that we had no time to move the cars.\u201d"]
    assert _quotes(pars) == []


def test_statement_from_a_titled_person_still_named() -> None:
    pars = ["According to a statement from Senator Mark Water, \u201cThe water came up so fast that "
            "we had no time to move the cars.\u201d"]
    # near miss: a title names a person whose surname is a body's word
    assert _quotes(pars) == [("The", "Mark Water")]


@pytest.mark.xfail(strict=True, reason="known miss (main's too): a given name no profile lists is not taken "
                   "before the run printed after the mention ('Díaz Pérez')")
def test_unknown_given_name_before_a_compound_surname() -> None:
    pars = ["La vicepresidenta Yolanda Díaz Pérez compareció el lunes ante la prensa en Madrid.",
            "\u00abNo vamos a permitir más despidos\u00bb, dijo Díaz."]
    assert _speakers(pars, "es") == ["Yolanda Díaz Pérez"]


def test_role_word_before_a_given_name_mention_not_taken() -> None:
    # a role's capitalised word no profile lists before a given name and a surname: the run
    # after the mention only ("Singer", unknown, is no given name)
    pars = ["Songwriter Kanye West spoke at the launch on Monday.",
            "\u201cThis album took me five years,\u201d Kanye said."]
    assert _speakers(pars) == ["Kanye West"]
