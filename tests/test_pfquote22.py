"""Quotation marks of the presses that close „ with ” (Polish, Czech, Romanian, Hungarian, and
German pages typed with the English close) and of those that print ”...” (Swedish, Finnish), and
the cue verbs of Swedish, Norwegian and Danish pages (issue 11: quotes on outlets never seen).
Invented pages in the shapes those outlets print."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from newsextract import extract
from newsextract.options import Options
from newsextract.fields.quotes import find_spans


def _texts(par: str) -> List[str]:
    return [sp.text for sp in find_spans(par)]


def _quotes(page: str, language: Optional[str] = None) -> List[Tuple[str, Optional[str], Optional[str]]]:
    art = extract(page.encode(), Options(language=language)) if language else extract(page.encode())
    return [(q.text, q.speaker, q.cue) for q in art.quotes]


# --- „ closed by ” -------------------------------------------------------------------------

@pytest.mark.parametrize("par, want", [
    # Polish and German-typed-as-English: „...” closes at the ”
    ("„To budżet bezpieczeństwa i rozwoju” – powiedział minister Jan Nowak.",
     ["To budżet bezpieczeństwa i rozwoju"]),
    ("„Die Gehsteige gehören den Fußgängern”, sagte Ulli Sima am Montag.",
     ["Die Gehsteige gehören den Fußgängern"]),
    # two in a row, each its own close
    ("„Pierwsze zdanie jest tutaj” – mówi Anna. „Drugie zdanie jest tam” – dodaje.",
     ["Pierwsze zdanie jest tutaj", "Drugie zdanie jest tam"]),
    # the German close still wins where it closes before the next „ (a ” later is left alone)
    ("„Wir bleiben hier“, sagte Weber, und nannte das Modell “Plan B” einen Fehler.",
     ["Wir bleiben hier", "Plan B"]),
    ("„Erster Satz hier“, sagte er. „Zweiter Satz dort”, fügte er an.",
     ["Erster Satz hier", "Zweiter Satz dort"]),
    # no close at all: the quotation runs to the paragraph's end, as before
    ("„Wir werden das prüfen und dann entscheiden, sagte der Sprecher.",
     ["Wir werden das prüfen und dann entscheiden, sagte der Sprecher."]),
])
def test_low_open_closes_at_either_close(par: str, want: List[str]) -> None:
    assert _texts(par) == want


def test_german_page_typed_with_english_close() -> None:
    page = ("Neue Regeln für E-Scooter in Wien\n\nVon Lena Vogel\n12. Juni 2024\n\n"
            "Die Stadt Wien verschärft die Regeln für Leih-Scooter in der Innenstadt deutlich und "
            "verbietet das Abstellen auf schmalen Gehsteigen.\n\n"
            "„Die Gehsteige gehören den Fußgängern”, sagte Verkehrsstadträtin Ulli Sima am Montag.\n\n"
            "Die Anbieter wollen die neuen Regeln bis zum Sommer in ihren Apps umsetzen.\n")
    assert _quotes(page) == [("Die Gehsteige gehören den Fußgängern", "Ulli Sima", "sagte")]


# --- ”...” ---------------------------------------------------------------------------------

@pytest.mark.parametrize("par, want", [
    ("”Vi förstår att många blir besvikna”, säger Lars Ek.", ["Vi förstår att många blir besvikna"]),
    ("Hon säger: ”Vi hoppas på en lösning snart.”", ["Vi hoppas på en lösning snart."]),
    ("”Första meningen här”, säger han. ”Andra meningen där.”",
     ["Första meningen här", "Andra meningen där."]),
    # near misses: a ” with no second ” opens nothing; a ” after a figure (an inch) or a
    # letter opens nothing; a paragraph with “ keeps ” as a close only
    ("”Denna brist på robotar uppmuntrar Ryssland att anfalla.", []),
    ("Skärmen är 27” och kostar 3000 kronor, den andra 32” stor.", []),
    ("He called it “a plan” and left” the room.", ["a plan"]),
    ("slut” och sen ingenting mer att säga här.", []),
])
def test_right_marks_open_and_close(par: str, want: List[str]) -> None:
    assert _texts(par) == want


def _sv_page(par: str) -> str:
    return ("Kommunen stänger badhuset i sommar\n\nAv Maria Berg\n2 maj 2024\n\n"
            "Badhuset i centrum stängs i sommar för en omfattande renovering som beräknas ta ett "
            "år och kosta 90 miljoner kronor.\n\n" + par + "\n\nRenoveringen börjar i juni.\n")


def test_swedish_page_quotes_with_cue() -> None:
    page = _sv_page("”Vi förstår att många blir besvikna, men huset måste renoveras”, säger "
                    "kommunalrådet Lars Ek.")
    assert _quotes(page) == [("Vi förstår att många blir besvikna, men huset måste renoveras",
                              "Lars Ek", "säger")]


@pytest.mark.parametrize("lang, verb", [("no", "sier"), ("da", "siger")])
def test_scandinavian_cue_after(lang: str, verb: str) -> None:
    page = ("Kommunen stenger badet i sommer\n\n2. mai 2024\n\n"
            "Badet i sentrum stenges i sommer for en stor renovering som skal ta ett helt år.\n\n"
            f"«Vi forstår at mange blir skuffet over dette», {verb} Lars Ek.\n\n"
            "Renoveringen starter i juni.\n")
    assert _quotes(page, lang) == [("Vi forstår at mange blir skuffet over dette", "Lars Ek", verb)]


def test_swedish_title_in_marks_is_no_quote() -> None:
    # a subhead printed in ”...” with no cue, and a two-word term in marks: no quotation
    page = _sv_page("”Det är kritiskt”\n\nTrump sa att han ”inte säker” var på saken.")
    assert _quotes(page) == []


@pytest.mark.parametrize("office, name", [
    ("Verkehrsstadträtin", "Ulli Sima"), ("Landrat", "Peter Huber"), ("Stadtrat", "Jonas Kern"),
    # near misses: a name ending in letters of an office word stays a name
    ("", "Murat Yilmaz"), ("", "Konrad Rath"),
])
def test_german_council_offices_are_no_name(office: str, name: str) -> None:
    who = f"{office} {name}".strip()
    page = ("Neue Regeln für E-Scooter in Wien\n\nVon Lena Vogel\n12. Juni 2024\n\n"
            "Die Stadt Wien verschärft die Regeln für Leih-Scooter in der Innenstadt deutlich und "
            "verbietet das Abstellen auf schmalen Gehsteigen.\n\n"
            f"„Die Gehsteige gehören den Fußgängern“, sagte {who} am Montag.\n\n"
            "Die Anbieter wollen die neuen Regeln bis zum Sommer in ihren Apps umsetzen.\n")
    assert _quotes(page) == [("Die Gehsteige gehören den Fußgängern", name, "sagte")]


# --- speech after a dash (sv, no, da, fi) ---------------------------------------------------

def _dash_page(par: str, lang: str = "sv") -> str:
    return ("Regeringen satsar på ny järnväg\n\nAv Erik Johansson\n14 mars 2024\n\n"
            "Regeringen vill bygga en ny höghastighetsbana mellan Stockholm och Göteborg och "
            "räknar med att den ska stå klar om femton år.\n\n" + par + "\n\nBeslutet fattas i juni.\n")


def test_dash_speech_with_cue_after() -> None:
    page = _dash_page("– Det här är den största investeringen på femtio år, säger "
                      "infrastrukturminister Anna Lindqvist.")
    assert _quotes(page) == [("Det här är den största investeringen på femtio år,", "Anna Lindqvist", "säger")]


def test_dash_speech_norwegian() -> None:
    page = ("Regjeringen vil bygge ny jernbane\n\n14. mars 2024\n\n"
            "Regjeringen vil bygge en ny jernbane mellom Oslo og Bergen og regner med at den står "
            "ferdig om femten år.\n\n"
            "– Dette er den største investeringen på femti år, sier statsråd Kari Nordmann.\n\n"
            "Vedtaket gjøres i juni.\n")
    assert _quotes(page, "no") == [("Dette er den største investeringen på femti år,", "Kari Nordmann", "sier")]


@pytest.mark.parametrize("par", [
    "– Det här är den största investeringen på femtio år.",  # no cue: an answer, a list's item
    "– Anna Lindqvist, Erik Berg, säger inget.",  # names, no clause
    "– Foto: Anna Lindqvist, säger TT",  # a credit
    "–Det här är den största investeringen på femtio år, säger Anna Lindqvist.",  # no space: a hyphen's work
    "Han ville – det här är viktigt, säger Anna Lindqvist – bygga mer.",  # a dash mid-paragraph
])
def test_dash_near_misses(par: str) -> None:
    assert _quotes(_dash_page(par)) == []


def test_dash_paragraph_with_marks_is_read_as_printed() -> None:
    page = _dash_page("– ”Vi bygger nu”, säger Anna Lindqvist till TT.")
    assert _quotes(page) == []  # two words in marks: a phrase, no quotation; no dash quote either


def test_dash_speech_cut_at_the_cue_verb_not_at_a_place() -> None:
    page = ("Regjeringen vil bygge ny jernbane\n\n14. mars 2024\n\n"
            "Søskenbarna har seilt langs hele kysten i sommer og har hatt flere tøffe dager på "
            "havet ved Stad.\n\n"
            "– Der var det små marginer. Hvis roret svikter litt da, blåser man rett til Island, "
            "forteller Fredrik Dahle.\n\nTuren fortsetter i august.\n")
    assert _quotes(page, "no") == [("Der var det små marginer. Hvis roret svikter litt da, blåser man "
                                    "rett til Island,", "Fredrik Dahle", "forteller")]


@pytest.mark.parametrize("par", [
    "– Apples, pears and other fresh fruit, said to be the best in the region.",
    "— Tickets cost twenty dollars for adults, says the website.",
    "– The county opened three shelters on Friday, said Sheriff Tom Baker.",
])
def test_dash_lines_of_an_english_page_are_no_speech(par: str) -> None:
    page = ("Storm knocks out power across the coast\n\nBy Jane Doe\nMarch 7, 2024\n\n"
            "A powerful storm battered the coast on Thursday, knocking out power to thousands of "
            "homes and flooding streets.\n\n" + par + "\n\nCrews worked through the night.\n")
    assert _quotes(page) == []


# --- »...« (Danish, and German and Swedish books) --------------------------------------------

@pytest.mark.parametrize("par, want", [
    ("»Det er den største investering i en generation,« siger Thomas Danielsen.",
     ["Det er den største investering i en generation,"]),
    ("»Første sætning her,« siger han. »Anden sætning der.«", ["Første sætning her,", "Anden sætning der."]),
    # near misses: «...» stays as printed; a » after a « is a close; a lone » (a menu's arrow,
    # "Mehr »") opens a quotation to the end as an unclosed mark did before
    ("« Nous n'avons rien à cacher », assure Thomas Renaud.", ["Nous n'avons rien à cacher"]),
    ("«No podemos dormir», explicó Marta. Y añadió: «Es imposible».", ["No podemos dormir", "Es imposible"]),
    ("Er sagte „das ist »absurd« und falsch“ am Montag.", ["das ist »absurd« und falsch"]),
])
def test_reversed_guillemets(par: str, want: List[str]) -> None:
    assert _texts(par) == want


def test_danish_page_guillemets_and_dash() -> None:
    page = ("Regeringen vil bygge ny bro over Kattegat\n\nAf Mette Hansen\n2. februar 2025\n\n"
            "Regeringen vil bygge en ny bro over Kattegat og regner med, at den står færdig om "
            "femten år.\n\n"
            "»Det er den største investering i infrastruktur i en generation,« siger "
            "transportminister Thomas Danielsen.\n\n"
            "– Vi har brug for en grundig miljøvurdering først, siger formand Lars Holm.\n\n"
            "Beslutningen træffes i juni.\n")
    assert _quotes(page) == [
        ("Det er den største investering i infrastruktur i en generation,", "Thomas Danielsen", "siger"),
        ("Vi har brug for en grundig miljøvurdering først,", "Lars Holm", "siger")]


def test_french_close_first_is_not_read_reversed() -> None:
    # a quotation of the paragraph before closes with » and a space: no »...« reading
    page = ("Le candidat évoque sa grand-mère\n\nPar Claire Petit\n18 juillet 2024\n\n"
            "Le candidat a parlé de sa famille lors de la convention, avec une série d'anecdotes "
            "personnelles sur son enfance dans l'Ohio.\n\n"
            "« Elle gardait toujours une arme chargée dans son tablier,\n\n"
            "même à la messe », a-t-il dit. « J'avais un ange gardien à mes côtés, une vieille femme "
            "dure comme la pierre », a-t-il raconté.\n\nLa convention se termine jeudi.\n")
    texts = [t for t, _, _ in _quotes(page)]
    assert "J'avais un ange gardien à mes côtés, une vieille femme dure comme la pierre" in texts
    assert not any(t.startswith((", a-t-il", "a-t-il")) for t in texts)
