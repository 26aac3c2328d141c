"""A writer named at the end of a dump's article (auth21): a name alone right under the last
paragraph, its first word a given name some profile lists; a short note whose subject is a name
and whose verb links it to a role of journalism ("Anna Schmidt ist Redakteurin im Ressort
Politik."); the name or the note under a heading of the box about the writer ("Über die
Autorin"); and the lines like them that name no writer (a product, a club, a firm, a pair of
people, a subject the text names, a list of people, a note on an official)."""

from __future__ import annotations

from typing import List, Sequence

import pytest

import newsextract

TEXT = {
    "de": ("Stadtrat beschließt neues Budget für die Schulen nach langer Debatte",
           ["Der Stadtrat hat am Dienstag nach einer mehr als sechsstündigen Debatte einen neuen Haushalt für "
            "die öffentlichen Schulen beschlossen. Damit endet eine monatelange Unsicherheit für Lehrer und Eltern.",
            "Kritiker sagten, der Plan gehe nicht weit genug, um die überfüllten Klassenzimmer in den nördlichen "
            "Bezirken zu entlasten."]),
    "fr": ("Le conseil municipal adopte un nouveau budget pour les écoles après un long débat",
           ["Le conseil municipal a adopté mardi un nouveau budget pour les écoles publiques après un débat de plus "
            "de six heures, mettant fin à des mois d'incertitude pour les enseignants et les parents.",
            "Les critiques estiment que le plan ne va pas assez loin pour désengorger les classes surchargées des "
            "quartiers nord."]),
    "es": ("El ayuntamiento aprueba un nuevo presupuesto para las escuelas tras un largo debate",
           ["El ayuntamiento aprobó el martes un nuevo presupuesto para las escuelas públicas después de un debate "
            "de más de seis horas, poniendo fin a meses de incertidumbre para profesores y padres.",
            "Los críticos afirmaron que el plan no va lo suficientemente lejos para resolver las aulas abarrotadas "
            "de los distritos del norte."]),
    "nl": ("Gemeenteraad keurt nieuwe begroting voor scholen goed na lang debat",
           ["De gemeenteraad heeft dinsdag na een debat van meer dan zes uur een nieuwe begroting voor de openbare "
            "scholen goedgekeurd. Daarmee komt een einde aan maanden van onzekerheid voor leraren en ouders.",
            "Critici zeiden dat het plan niet ver genoeg gaat om de overvolle klaslokalen in de noordelijke wijken "
            "te ontlasten."]),
    "sv": ("Kommunfullmäktige klubbar ny budget för skolorna efter lång debatt",
           ["Kommunfullmäktige godkände på tisdagen en ny budget för de kommunala skolorna efter en debatt som "
            "pågick i mer än sex timmar. Därmed tar månader av osäkerhet för lärare och föräldrar slut.",
            "Kritiker säger att planen inte räcker för att lösa problemen med överfulla klassrum i de norra "
            "stadsdelarna."]),
    "en": ("Council approves new budget for city schools after long debate",
           ["The city council on Tuesday approved a new budget for public schools after a debate that lasted more "
            "than six hours, ending months of uncertainty for teachers and parents.",
            "Critics said the plan does not go far enough to fix crowded classrooms in the northern districts."]),
    "id": ("DPRD Setujui Anggaran Baru untuk Sekolah Setelah Perdebatan Panjang",
           ["DPRD kota pada Selasa menyetujui anggaran baru untuk sekolah negeri setelah perdebatan yang "
            "berlangsung lebih dari enam jam, mengakhiri ketidakpastian berbulan-bulan bagi guru dan orang tua.",
            "Para pengkritik menilai rencana itu belum cukup untuk mengatasi kelas yang penuh sesak di wilayah "
            "utara."]),
}
FOOTER = ["Home | Impressum | Kontakt"]


def _article(lang: str, tail: Sequence[str], pars: Sequence[str] = ()) -> newsextract.Article:
    """A dump: a menu, the headline, the text (or `pars`), the lines `tail`, a footer."""
    title, text = TEXT[lang]
    return newsextract.extract("\n\n".join(["Home | World | Business | Sport", title, *(pars or text), *tail,
                                            *FOOTER]) + "\n")


def _authors(lang: str, tail: Sequence[str], pars: Sequence[str] = ()) -> List[str]:
    return _article(lang, tail, pars).authors


# -- a name alone right under the text ------------------------------------------------------------

@pytest.mark.parametrize("lang, line, names", [
    ("de", "Anna Schmidt", ["Anna Schmidt"]),
    ("fr", "Marie Dubois", ["Marie Dubois"]),
    ("es", "Carlos García", ["Carlos García"]),
    ("nl", "Pieter de Vries", ["Pieter de Vries"]),
    ("sv", "Erik Andersson", ["Erik Andersson"]),
    ("id", "Budi Santoso", ["Budi Santoso"]),
    ("en", "JANE DOE", ["Jane Doe"]),
    ("en", "Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("de", "Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("en", "Maria Nowak i Anna Kowalska", ["Maria Nowak", "Anna Kowalska"]),
])
def test_name_alone_under_the_text(lang: str, line: str, names: List[str]) -> None:
    article = _article(lang, [line])
    assert article.authors == names
    assert line not in article.body


def test_name_over_its_email_under_the_text() -> None:
    assert _authors("en", ["Jane Doe", "jane.doe@example.com"]) == ["Jane Doe"]


@pytest.mark.parametrize("line", [
    "Apple Podcasts", "Google Play", "Deutsche Bahn", "Real Madrid", "Taylor Swift", "Creative Commons",
    "Rishi Sunak and Keir Starmer",   # two names, no listed given name: a photo's pair
    "Jane Doe and Zoltan Brimstone",  # one of them unlisted: not on its shape alone
    "Read More", "Mehr Nachrichten",
])
def test_names_of_no_given_name_under_the_text_are_no_writer(line: str) -> None:
    assert _authors("en", [line]) == []


@pytest.mark.parametrize("tail", [["Zoltan Brimstone", "Staff Writer"], ["Zoltan Brimstone", "zb@example.com"],
                                  ["Zoltan Brimstone", "Redakteurin"]])
def test_name_of_no_listed_given_name_over_its_role_or_email_is_taken_flagged(tail: List[str]) -> None:
    # a writer's box under the text: the role alone or the e-mail under the name is the cue; the
    # name's first word no profile lists, so the record owns up to a guess
    article = _article("en", tail)
    assert article.authors == ["Zoltan Brimstone"]
    assert any("no given name" in w for w in article.warnings)


def test_app_name_over_a_link_is_no_writer() -> None:
    assert _authors("en", ["Apple Podcasts", "Follow"]) == []


def test_subject_the_text_names_is_no_writer() -> None:
    pars = TEXT["en"][1] + ["Council member Jane Doe voted against the plan."]
    assert _authors("en", ["Jane Doe"], pars) == []


def test_subject_the_next_sentence_names_is_no_writer() -> None:
    # the text the run stopped short of goes on about her
    assert _authors("en", ["Mary Jones", "Jones, who runs the works department, said the school would "
                                         "open again in the spring."]) == []


def test_list_of_names_under_the_text_is_no_writer() -> None:
    assert _authors("de", ["Anna Schmidt", "Peter Müller"]) == []
    assert _authors("en", ["Jane Doe", "- The plan adds forty teachers this year to the schools.",
                           "- Repairs to old buildings start in the summer."]) == []


def test_readers_letters_signed_each_is_no_writer() -> None:
    # a page of signed pieces: a signature inside the text as well as under it
    pars = ["The council should spend more on our schools, not on new offices for its own staff members.",
            "Jane Doe",
            "The bridge repairs have taken far too long and the detour costs every family in town money.",
            "Mary Jones",
            "Our parks need more lights at night, and the council should listen to the people who use them.",
            ]
    assert _authors("en", ["John Roe"], pars) == []


def test_photo_credit_under_the_text_is_no_writer() -> None:
    assert _authors("en", ["Foto: Anna Schmidt"]) == []


# -- a note on the writer -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, line, name", [
    ("de", "Anna Schmidt ist Redakteurin im Ressort Politik.", "Anna Schmidt"),
    ("de", "Anna Schmidt ist Wirtschaftsredakteurin.", "Anna Schmidt"),
    ("fr", "Marie Dubois est journaliste au service politique.", "Marie Dubois"),
    ("es", "Carlos García es periodista de la sección de política.", "Carlos García"),
    ("nl", "Pieter de Vries is verslaggever bij de politieke redactie.", "Pieter de Vries"),
    ("sv", "Erik Andersson är reporter på inrikesredaktionen.", "Erik Andersson"),
    ("id", "Budi Santoso adalah wartawan di desk politik.", "Budi Santoso"),
    ("en", "Zoltan Brimstone is a reporter covering city hall.", "Zoltan Brimstone"),
])
def test_note_on_the_writer_under_the_text(lang: str, line: str, name: str) -> None:
    article = _article(lang, [line])
    assert article.authors == [name]
    assert line not in article.body


def test_note_on_the_writer_in_the_text_closes_it() -> None:
    pars = TEXT["en"][1] + ["Zoltan Brimstone is a reporter covering city hall."]
    article = _article("en", [], pars)
    assert article.authors == ["Zoltan Brimstone"]
    assert "Brimstone" not in article.body


@pytest.mark.parametrize("lang, line", [
    ("de", "Anna Schmidt ist Bürgermeisterin der Stadt."),      # an office, not journalism's
    ("en", "Jane Doe is a professor of history at the university."),
    ("en", "Der Autor ist Redakteur."),                          # no name
    ("en", "Jane Doe is a staff member at the clinic."),         # a role anyone's
    ("en", "Jane Doe is a producer of organic honey in the valley."),
    ("en", "Maria Lopez was a journalist for 30 years before she opened a bakery."),  # a life told
])
def test_notes_on_others_name_no_writer(lang: str, line: str) -> None:
    assert _authors(lang, [line]) == []


def test_note_on_a_reporter_the_story_is_about_names_no_writer() -> None:
    pars = TEXT["en"][1][:1] + ["Evan Roe, who was detained last year, was released on Monday.",
                                "Evan Roe is a reporter for the Daily Planet."]
    assert _authors("en", [], pars) == []


# -- the box about the writer --------------------------------------------------------------------

@pytest.mark.parametrize("lang, tail, names", [
    ("de", ["Artikel teilen", "Facebook", "Twitter", "Über die Autorin", "Anna Schmidt", "Mehr Artikel"],
     ["Anna Schmidt"]),
    ("en", ["Share this", "About the author", "Zoltan Brimstone, Senior Reporter"], ["Zoltan Brimstone"]),
    ("fr", ["Partager", "À propos de l'auteur", "Marie Dubois est journaliste au service politique depuis 2010."],
     ["Marie Dubois"]),
])
def test_name_under_the_heading_of_the_box_about_the_writer(lang: str, tail: List[str], names: List[str]) -> None:
    assert _authors(lang, tail) == names


@pytest.mark.parametrize("tail", [
    ["About the author", "Read more stories like this"],
    ["About the author", "Premier League"],
])
def test_box_heading_over_no_name_names_no_one(tail: List[str]) -> None:
    assert _authors("en", tail) == []


def test_box_about_a_reviewed_books_author_names_no_writer() -> None:
    pars = ["Der neue Roman von Thomas Brandt erzählt von einer Familie an der Küste, die ein Sturm "
            "auseinanderreißt.", "Brandt schreibt knapp und genau, und das Buch liest sich in einem Zug."]
    assert _authors("de", ["Über den Autor", "Thomas Brandt"], pars) == []
