"""Quotations and speakers of international outlets nobody tuned on (issue 11, session 30):
invented pages in the shapes wire services and national papers print (fixtures/enq30/make.py
writes them, their w3m, lynx and BeautifulSoup dumps and gold.json, every quotation's first
words and its speaker written by hand), and the shapes of the rules this audit added with the
near misses they must not touch:

- a one-word mention is never widened to a building's, a place's, a body's or a firm's name the
  person's surname opens ("Castellane Tower", "Harlan County Sheriff's Office");
- a clause's opening word ("Though", "But", "Still", "Meanwhile") is no part of the speaker's name;
- "According to a statement from Senator Lisa Grant, \"...\"": the statement's maker, named with a
  title or a known given name, is the source;
- "The head of Transport, Ana Torres, said", "La concejala de Movilidad, Ana Torres, afirmó": the
  body after a role in lower case and its particle is no one; the name set off after it is the
  speaker."""

from __future__ import annotations

import json
from typing import Dict, List, Optional, Tuple

import pytest

import newsextract
from tests.audit import audit_params, en_speakers, field_ok, read_page
from tests.conftest import FIXTURES

PAGES = FIXTURES / "enq30"
GOLD: Dict[str, dict] = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
KINDS = {"html": ".html", "w3m": ".w3m.txt", "lynx": ".lynx.txt", "soup": ".soup.txt"}

# what the program still gets wrong (the report lists them): (page, kind or "*", field)
KNOWN = {
    # a capitalised role word opening the sentence, unknown as a title ("Bandmaster Gwen
    # Pritchard", "Developer Ian Benton"), is kept in the name
    ("en_two_paragraphs", "*", "speakers"),
    # '"I love the job," said X, a teacher, "but ...': the cue's second half, after the
    # speaker's appositive, is not taken as a quotation
    ("en_guardian", "*", "quotes"),
    # 'X, 58, who farms wheat near the city, told AFP': a relative clause between the name and
    # its verb (as in the first quotation audit's en_company)
    ("en_afp", "*", "speakers"),
    # German "„...“, entgegnete Vogel": a cue verb the profile does not list
    ("de_sagte", "*", "quotes"),
    # a w3m dump of a short page: the Spanish paragraph with the colon's quotation is lost
    ("es_dijo", "w3m", "quotes"),
    # dumps: the paragraph after a crosshead, and a quotation after another's closing mark
    ("en_named_building", "w3m", "quotes"), ("en_named_building", "lynx", "quotes"),
    ("en_named_building", "soup", "quotes"), ("en_post_on_x", "w3m", "quotes"),
}


@pytest.mark.parametrize("name, kind, field", audit_params(GOLD, KINDS, ("quotes", "speakers"), KNOWN))
def test_audit_page(name: str, kind: str, field: str) -> None:
    assert field_ok(read_page(PAGES / (name + KINDS[kind])), GOLD[name], field)


def _quotes(pars: List[str]) -> List[Tuple[str, Optional[str]]]:
    """The quotations (first word, speaker) of an English article of these paragraphs."""
    html = ("<html lang='en'><body><article><h1>Council Votes on Budget After Long Debate</h1>"
            + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes]


LEAD = "The city council met on Tuesday evening to vote on the budget for the coming year."


# -- a one-word mention and the thing the person's surname names --------------------------

@pytest.mark.parametrize("pars, speakers", [
    # a building named after the person, printed after the quotation's cue
    (["Developer Victor Castellane on Monday unveiled plans for two towers.",
      "\u201cThis city deserves a skyline,\u201d Castellane said in the lobby of Castellane Tower."],
     ["Victor Castellane"]),
    # the county and its sheriff's office the sheriff shares a name with
    (["Sheriff Ed Harlan urged residents to stay off rural roads.",
      "The Harlan County Sheriff\u2019s Office closed eight roads. \u201cWe got lucky this time,\u201d Harlan said."],
     ["Ed Harlan"]),
    # the person's company
    (["Chief executive Anna Lindqvist spoke to shareholders on Monday.",
      "The Lindqvist Group lost money this year. \u201cWe will cut costs,\u201d Lindqvist said."],
     ["Anna Lindqvist"]),
])
def test_surname_not_widened_to_a_thing(pars: List[str], speakers: List[str]) -> None:
    assert [s for _, s in _quotes([LEAD, *pars])] == speakers


@pytest.mark.xfail(strict=True, reason="known miss, main's answer kept (the review's mend): with no form "
                   "printed before the mention, the thing's name after it is taken ('Harlan County'), as "
                   "for a country's subject ('Israel' of 'American Israel Public Affairs Committee')")
def test_county_name_alone() -> None:
    # a county's name alone in the text: the mention stays one word, no county speaks
    pars = ["Residents of Harlan County met on Tuesday.", "\u201cWe need the money now,\u201d Harlan said."]
    assert [s for _, s in _quotes([LEAD, *pars])] == ["Harlan"]


@pytest.mark.parametrize("pars, speakers", [
    # near miss: a name whose words are no thing's nouns is still widened from the text
    (["\u201cWe need the money now,\u201d said Kim Jong Hyun, the envoy.",
      "\u201cWe will return,\u201d Kim said."], ["Kim Jong Hyun", "Kim Jong Hyun"]),
    # near miss: a person whose surname is a place noun, named whole before
    (["Emma Field, who runs the shelter, spoke first. \u201cWe need the money now,\u201d Emma said."],
     ["Emma Field"]),
])
def test_widening_near_misses(pars: List[str], speakers: List[str]) -> None:
    assert [s for _, s in _quotes([LEAD, *pars])] == speakers


# -- a clause's opening word before the speaker's name ---------------------------------------

@pytest.mark.parametrize("par, speaker", [
    ("Though Whitfield said he recognized that \u201cthe gaps are still wide,\u201d he called it useful.", "Whitfield"),
    ("While Carver said the union was open to talks, she added, \u201cour members are ready to strike.\u201d", "Carver"),
    ("Still Whitfield said: \u201cnobody is walking away from this table.\u201d", "Whitfield"),
    ("Also Forsythe said: \u201cwe have been more than fair at every stage.\u201d", "Forsythe"),
    ("Then Lee said: \u201cnobody is walking away from this table.\u201d", "Lee"),
    ("Though Paul Whitfield said he recognized that \u201cthe gaps are still wide,\u201d he left.", "Paul Whitfield"),
    ("Still, Whitfield told reporters, \u201cnobody is walking away from this table tonight.\u201d", "Whitfield"),
])
def test_lead_in_word_not_in_speaker(par: str, speaker: str) -> None:
    assert [s for _, s in en_speakers(par)] == [speaker]


@pytest.mark.parametrize("par, speaker", [
    # near misses: a surname that is an adverb's word, after a title or a given name
    ("Now Ms. Still said: \u201cnobody is walking away from this table.\u201d", "Still"),
    ("\u201cNobody is walking away from this table,\u201d said Carl Still.", "Carl Still"),
    # a name after a subordinate clause: the main clause's subject
    ("When Whitfield spoke, Nakamura said: \u201cnobody is walking away from this table.\u201d", "Nakamura"),
])
def test_lead_in_near_misses(par: str, speaker: str) -> None:
    assert [s for _, s in en_speakers(par)] == [speaker]


def test_lead_in_before_the_full_name_printed_later() -> None:
    # the one-word mention stands for the full name printed later, never "Though Whitfield"
    pars = [LEAD, "Though Whitfield said he recognized that \u201cthe gaps are still wide,\u201d he stayed.",
            "Still, Whitfield told reporters, \u201cnobody is walking away from this table tonight.\u201d",
            "Secretary of State Paul Whitfield will meet the envoys again on Thursday."]
    assert [s for _, s in _quotes(pars)] == ["Paul Whitfield", "Paul Whitfield"]


# -- "according to a statement from X" ---------------------------------------------------------

def _according(source: str) -> List[Tuple[str, Optional[str]]]:
    return _quotes([LEAD, f"According to {source}, \u201cthis is the third recall this year and regulators "
                          "must ask why.\u201d", "The company did not respond to a request for comment."])


@pytest.mark.parametrize("source, speaker", [
    ("a statement from Senator Lisa Grant", "Lisa Grant"),
    ("an email from Mayor Omar Haddad", "Omar Haddad"),
])
def test_statement_from_a_person(source: str, speaker: str) -> None:
    assert _according(source) == [("this", speaker)]


@pytest.mark.parametrize("source", [
    "a statement from Meridian Motors",  # a firm: no person named (as before: no quotation read)
    "data from Statistics Canada",  # no statement's noun: a source's data, no one's words
    "a statement from Grant Thornton",  # a firm's name shaped as a person's, no given name known
    # untitled, the text naming her nowhere else as a person: firms and teams are named so too
    # ("Charles Schwab", "Charlotte Hornets"; session 30's second review; tests/test_enq30b_mend.py)
    "a statement from Lisa Grant",
])
def test_statement_from_no_person(source: str) -> None:
    assert _according(source) == []


# -- "The <role> of <Body>, <Name>, said" -----------------------------------------------------------

def _said(subject: str, lang: str = "en", cue: str = "said:") -> List[Tuple[str, Optional[str]]]:
    html = (f"<html lang='{lang}'><body><article><h1>Metro Hours Extended</h1><p>The city will extend metro "
            f"hours at weekends from January, officials said on Monday.</p><p>{subject} {cue} \u201cThe cost "
            "will be about two million euros a year.\u201d</p><p>Unions asked for more staff.</p></article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes]


@pytest.mark.parametrize("subject, speaker", [
    ("The head of Transport, Ana Torres,", "Ana Torres"),
    ("The son of Carver, Tom Lee,", "Tom Lee"),  # the name after "of" is not the subject
    ("The minister of Transport, Ana Torres,", "Ana Torres"),  # (a title: read so before too)
])
def test_role_of_body_then_name(subject: str, speaker: str) -> None:
    assert _said(subject) == [("The", speaker)]


@pytest.mark.parametrize("subject", [
    "The head of Transport, 45,",  # an age, no name: the body is no one either
    "The head of Transport, on Monday,",
])
def test_role_of_body_without_a_name(subject: str) -> None:
    assert _said(subject) == [("The", None)]


def test_role_of_body_french_and_spanish() -> None:
    fr = ("<html lang='fr'><body><article><h1>Un centre ouvre</h1><p>La ville a inauguré lundi un centre "
          "d\u2019accueil de 80 places pour les personnes sans abri.</p><p>La ministre de la Culture, Sophie "
          "Lambert, a déclaré : \u00ab Personne ne devrait dormir dehors cet hiver. \u00bb</p><p>Le centre "
          "sera ouvert jour et nuit.</p></article></body></html>")
    es = ("<html lang='es'><body><article><h1>Más metro</h1><p>El Ayuntamiento ampliará el horario del metro "
          "los fines de semana a partir de enero.</p><p>La concejala de Movilidad, Ana Torres, dijo que \u00abel "
          "coste será de unos dos millones de euros al año\u00bb.</p><p>Los sindicatos pidieron más personal "
          "para cubrir los nuevos turnos.</p></article></body></html>")
    assert [q.speaker for q in newsextract.extract(fr).quotes] == ["Sophie Lambert"]
    assert [q.speaker for q in newsextract.extract(es).quotes] == ["Ana Torres"]


# -- where the language prints the name it calls people by ----------------------------------------

@pytest.mark.xfail(strict=True, reason="known miss: the words after a mention are taken first (main's "
                   "order, the review's mend); a thing's noun no profile lists is read as a surname")
def test_unlisted_thing_after_the_mention() -> None:
    # ("Castellane Riverside", a hotel printed first; a listed noun, "Castellane Tower", is
    # skipped: tests/test_enq30_review.py)
    pars = ["The Castellane Riverside, a new hotel, opened its doors on Monday.",
            "Developer Victor Castellane spoke at the opening.", "\u201cWe are proud of it,\u201d Castellane said."]
    assert [s for _, s in _quotes([LEAD, *pars])] == ["Victor Castellane"]


@pytest.mark.parametrize("pars, speakers", [
    # no words before the mention anywhere: the words after it are the name's
    # (a name that puts the family name first, "Kim Jong Hyun")
    (["\u201cWe need the money now,\u201d said Kim Jong Hyun, the envoy.", "\u201cWe will return,\u201d Kim said."],
     ["Kim Jong Hyun", "Kim Jong Hyun"]),
    # near miss: a feature calls a family member by the given name: the mention is widened by
    # the family name after it, never by the capitalised words of the sentence before
    (["Donna Kelce watched from the stands with her daughter.", "She has been to every game since the "
      "Super Bowl. \u201cI feel like I am in another world,\u201d Donna said."], ["Donna Kelce"]),
])
def test_mention_widened_by_the_words_after(pars: List[str], speakers: List[str]) -> None:
    assert [s for _, s in _quotes([LEAD, *pars])] == speakers


def test_indonesian_mention_widened_by_the_words_after() -> None:
    # Indonesian calls people by any part of the name: "Budi" is "Budi Santoso" printed after it,
    # though a capitalised word stands before one of its mentions
    html = ("<html lang='id'><body><article><h1>Posko Dibuka</h1><p>Dinas Kesehatan Kota Sukamaju membuka posko "
            "layanan demam berdarah di tiga kecamatan.</p><p>Kepala Dinas Budi Santoso meninjau posko pada Senin. "
            "Warga Sukamaju Budi juga datang.</p><p>\"Kami minta warga segera membawa anggota keluarga yang "
            "demam,\" kata Budi.</p></article></body></html>")
    assert [q.speaker for q in newsextract.extract(html).quotes] == ["Budi Santoso"]


@pytest.mark.xfail(strict=True, reason="known miss: a subject's run crosses a stop after a short word")
def test_subject_run_does_not_cross_a_sentence_stop() -> None:
    # "... since the Super Bowl. Donna says ...": the subject registered for "says" is read
    # as "Super Bowl. Donna" (a capital and three letters with a stop pass as an abbreviation,
    # "Capt.", "Prof."), before this audit too
    pars = [LEAD, "Donna Kelce watched from the stands with her daughter.", "She has been to every game since "
            "the Super Bowl. Donna says the crowd is louder now. \u201cI feel like I am in another world,\u201d "
            "Donna said."]
    assert [s for _, s in _quotes(pars)] == ["Donna Kelce"]


def test_family_name_after_a_given_name_and_an_initial() -> None:
    # the words before the mention: a given name and an initial, both the name's, and the
    # suffix after it: one run, the whole name
    pars = ["The man was legally barred from possessing a firearm, prosecutors said.",
            "James P. Kennedy Jr., the U.S. Attorney for the district, announced the charges.",
            "\u201cNo one may threaten lawmakers simply because they disagree with them,\u201d Kennedy said."]
    assert [s for _, s in _quotes(pars)] == ["James P. Kennedy Jr."]


def test_capitalised_nouns_keep_the_words_after_a_mention() -> None:
    # German capitalises every noun: "Kieler Anwalt" before "Anwalt" is a noun's phrase, the
    # holder's name is printed after the title ("Anwalt Lutz S.")
    html = ("<html lang='de'><body><article><h1>Abmahnungen</h1><p>Die Stadt will bis 2026 neue Radwege in "
            "der Innenstadt bauen.</p><p>Am Ende dann ein Anruf bei Lutz S., dem Kieler Anwalt des Vereins. "
            "\u201eJetzt also auch bei mir\u201c, sagt der Anwalt.</p><p>Der Anwalt Lutz S. aus Kiel schweigt "
            "seitdem.</p></article></body></html>")
    speakers = [q.speaker for q in newsextract.extract(html).quotes]
    # (the title kept before the name, "Anwalt Lutz S.", is an older weakness, not this rule's)
    assert len(speakers) == 1 and (speakers[0] or "").endswith("Lutz S.")
