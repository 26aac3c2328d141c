"""The end of the text (session 21): the notes and credits many outlets print after the last
paragraph, as profile data per family, not per outlet: an agencies' credit ("Mit Material von
dpa und AFP", "(avec AFP)", "(dpa/AFP)"), a note about the text itself ("Dieser Artikel erschien
zuerst bei ...", "Correction: ..."), the desk's call for the reader's word ("Schreiben Sie uns",
"Let us know what you think"). And their near misses, which are the story's: a chart's source,
a police appeal, a quoted plea, a law's article, a person's name after "Mit Material von"."""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract
from newsextract.fields.credit import closing_note, read_tail, source_credit, split_trailing_credit
from newsextract.profiles import get_profile

from test_body_end_dumps import PARAS, _dump


@pytest.mark.parametrize("lang,line,agencies", [
    ("de", "Mit Material von dpa und AFP.", "dpa und AFP"),
    ("de", "(mit Material von dpa)", "dpa"),
    ("de", "Quelle: dpa", "dpa"),
    ("de", "(dpa/AFP)", "dpa/AFP"),
    ("fr", "(avec AFP)", "AFP"),
    ("fr", "Avec l'AFP", "AFP"),
    ("es", "(Con información de AFP, EFE y Reuters)", "AFP, EFE y Reuters"),
    ("pt", "Com Lusa", "Lusa"),
    ("nl", "Bron: ANP", "ANP"),
])
def test_an_agencies_credit_closing_the_text(lang: str, line: str, agencies: str) -> None:
    assert source_credit(line, get_profile(lang)) == agencies


@pytest.mark.parametrize("lang,line", [
    ("de", "Quelle: Statistisches Bundesamt"),  # a chart's or a figure's source, not an agency
    ("de", "Mit Material von Anna Meier"),  # a person: the authors' field's, not a credit
    ("de", "Mit Material von dpa hat die Redaktion den Text am Abend ergänzt und neu gefasst."),
    ("fr", "Avec nos correspondants"),
    ("fr", "avec agences"),  # names no agency
    ("en", "Reuters"),  # a name alone: the signature reader's
    ("de", "dpa"),
])
def test_no_agencies_credit(lang: str, line: str) -> None:
    assert source_credit(line, get_profile(lang)) is None


def test_agencies_in_parentheses_after_the_last_sentence() -> None:
    de = get_profile("de")
    assert split_trailing_credit("Die Straße bleibt gesperrt. (dpa/AFP)", de) == \
        ("Die Straße bleibt gesperrt.", "dpa/AFP", True)
    # (agencies after no sentence's stop: a bracket inside the sentence stays)
    assert split_trailing_credit("Die Straße bleibt für Kunden der Agenturen (dpa/AFP)", de)[2] is False


@pytest.mark.parametrize("lang,line", [
    ("de", "Dieser Artikel erschien zuerst bei der Wochenzeitung Die Zeit."),
    ("de", "Dieser Text wurde mithilfe künstlicher Intelligenz übersetzt und redaktionell geprüft."),
    ("de", "Korrektur: In einer früheren Version hieß es, die Sitzung sei am Montag gewesen."),
    ("de", "Haben Sie Fragen zum Thema? Schreiben Sie uns: leserbriefe@example.de"),
    ("de", "Wir freuen uns über Ihre Meinung zu diesem Thema."),
    ("de", "Schreibt uns eure Meinung zum neuen Radweg."),  # ("schreibt" is a cue verb, but the phrase's)
    ("en", "This article was originally published by The Conversation."),
    ("en", "Correction: An earlier version of this story misspelled the mayor's name."),
    ("en", "Let us know what you think in the comments below."),
    ("fr", "Cet article a été mis à jour le 12 mars à 18 heures."),
    ("es", "Este artículo fue publicado originalmente en inglés."),
    ("it", "Questo articolo è stato aggiornato alle 18."),
    ("nl", "Dit artikel verscheen eerder in het Financieele Dagblad."),
    ("sv", "Familjen har godkänt namn- och bildpubliceringen."),
    ("sv", "Har du tips? Mejla oss på tips@example.se"),
    ("pt", "Este artigo foi atualizado às 18h."),
])
def test_a_note_closing_the_text(lang: str, line: str) -> None:
    assert closing_note(line, get_profile(lang))


@pytest.mark.parametrize("lang,line", [
    ("de", "Dieser Artikel wurde 1949 ins Grundgesetz aufgenommen und seither nie geändert."),
    ("de", "Haben Sie Hinweise? Die Polizei bittet um Mithilfe unter 0711 8990."),  # an appeal
    ("de", "„Schreiben Sie uns, wenn Sie etwas gesehen haben“, sagte die Sprecherin."),
    ("de", "Die Korrektur: eine Kleinigkeit, sagte er am Abend."),  # a label not opening the line
    ("en", "'Let us know what you think,' she said at the end of the meeting."),
    ("en", "The correction: a minor one, he said."),
    ("en", "He urged voters to contact us at the town hall, the mayor's office said."),
    ("sv", "Har du upplysningar eller tips uppmanar polisen dig att höra av dig till 114 14."),
    ("id", "Artikel ini telah diperbarui."),  # a profile with no such data: nothing changes
    ("en", "Anyone with information should email us at tips@example.gov, a police spokesperson said."),
    ("de", "Wir freuen uns über Ihren Besuch, sagte die Leiterin des Museums."),
    ("es", "—Cuéntanos qué pasó aquella noche, le pidió el juez."),  # dialogue
    ("sv", "Regeringen har godkänt publiceringen av rapporten."),  # a story's sentence
])
def test_no_note(lang: str, line: str) -> None:
    assert not closing_note(line, get_profile(lang))


def test_a_long_paragraph_naming_the_text_is_no_note() -> None:
    long = "Dieser Artikel erschien zuerst in einer Zeitung, " + "und dann ging es weiter " * 15 + "."
    assert not closing_note(long, get_profile("de"))


def test_read_tail_takes_the_credit_and_the_notes_off() -> None:
    de = get_profile("de")
    tail = read_tail([*PARAS["de"], "Mit Material von dpa", "Schreiben Sie uns: post@example.de"], de)
    assert tail.paragraphs == PARAS["de"] and tail.credit == "dpa"
    # a lone paragraph is never taken: the text would be empty
    assert read_tail(["Mit Material von dpa"], de).paragraphs == ["Mit Material von dpa"]


def _body(text: str) -> List[str]:
    return extract(text).body.split("\n\n")


def test_a_dump_gives_the_agencies_credit_under_the_text() -> None:
    assert extract(_dump("de", ["Mit Material von dpa und AFP."])).credit == "dpa und AFP"


@pytest.mark.parametrize("tail", [
    ["Mit Material von dpa und AFP."],
    ["Dieser Artikel erschien zuerst im Hafenblatt."],
    ["Mit Material von dpa", "Haben Sie Anmerkungen? Schreiben Sie uns an leser@example.de."],
])
def test_a_dump_ends_before_the_notes(tail: List[str]) -> None:
    assert _body(_dump("de", tail)) == PARAS["de"]


def test_a_dump_keeps_a_closing_appeal_and_gives_the_credit() -> None:
    appeal = "Haben Sie etwas beobachtet? Die Polizei bittet um Hinweise unter 0711 8990."
    art = extract(_dump("de", [appeal, "(dpa/AFP)"]))
    assert art.body.split("\n\n")[-1] == appeal and art.credit == "dpa/AFP"


# the box about the writer after the text: the text ends over its heading; the box's lines are
# left unlabelled for the byline readers (not cut as furniture)
WRITER_BOX = ["Über die Autorin", "Anna Schmidt",
              "Anna Schmidt schreibt seit 2019 für die Zeitung über Stadtpolitik und Verkehr in der Region.",
              "Kontakt: anna.schmidt@example.de"]


@pytest.mark.parametrize("heading", ["Über die Autorin", "Über die Autor:in", "ÜBER DEN AUTOR",
                                     "About the author", "Sobre la autora:", "Om skribenten",
                                     "About the Author - Florina Ionescu", "Über die Autor:in Carla Muster"])
def test_a_writer_box_heading(heading: str) -> None:
    from newsextract.classify import _writer_box_heading as _writer_box
    assert _writer_box(heading)


@pytest.mark.parametrize("line", [
    "Über den Autor des Buches wissen wir wenig.",  # a sentence
    "Über die Autorenrechte wird noch gestritten",  # the word goes on: not the heading's
    "About the authority that runs the harbour and its many new plans for next year",  # too long
    "Authors",
    "About the author's new book",  # a sentence's words after it, not a name
    "Über den Autor wird noch ermittelt",
])
def test_no_writer_box_heading(line: str) -> None:
    from newsextract.classify import _writer_box_heading as _writer_box
    assert not _writer_box(line)


def test_a_dump_ends_over_the_writer_box() -> None:
    text = _dump("de", WRITER_BOX)
    assert _body(text) == PARAS["de"]
    # (the box's lines stay in the page for the byline readers, unlabelled, not furniture)
    from newsextract.pipeline import extract_with_trace
    _art, trace = extract_with_trace(text)
    box = [b for b in trace.blocks if b.text in WRITER_BOX[1:]]
    assert box and all(b.label in ("", "byline") for b in box)


@pytest.mark.parametrize("line", ["Passend zum Thema", "Mehr zu diesem Thema", "Läs också", "Relaterade artiklar",
                                  "Læs også", "Les også", "Gerelateerde artikelen"])
def test_related_headings_of_more_languages(line: str) -> None:
    from newsextract.classify import is_related_heading
    assert is_related_heading(line)


@pytest.mark.parametrize("line", ["Passend zum Thema äußerte sich auch der Minister.",
                                  "Läs också vad ministern sa i riksdagen i går om saken och budgeten."])
def test_a_sentence_opening_with_a_related_heading_is_none(line: str) -> None:
    from newsextract.classify import is_related_heading
    assert not is_related_heading(line)
