"""The tail of a text (end22): the Nordic agencies' credits (TT, NTB, Ritzau) and agencies'
codes in small letters ("(ant/ap)") go to the credit; a correction's label over a line that
names neither the text nor its fault, and a call named as a slogan before a colon, are the
story's text. Invented lines, each checked by eye."""

from __future__ import annotations

from typing import Optional

import pytest

from newsextract import extract
from newsextract.fields.credit import agencies_named, closing_note, split_trailing_credit
from newsextract.profiles import get_profile

_NORDIC = {
    "sv": ["Regeringen föreslog på måndagen nya regler som ska göra det lättare att hyra ut "
           "lägenheter i andra hand, enligt ett pressmeddelande från departementet.",
           "Förslaget innebär att hyresvärdar får ta ut en högre hyra under vissa förutsättningar, "
           "säger bostadsministern till nyhetsbyrån.",
           "Oppositionen kritiserar förslaget och menar att det riskerar att driva upp hyrorna "
           "ytterligare i storstäderna."],
    "no": ["Regjeringen foreslår å endre reglene for strømstøtte fra neste år, opplyser "
           "departementet i en pressemelding mandag ettermiddag.",
           "Endringen betyr at flere husholdninger vil få støtte, men at satsen blir noe lavere "
           "enn i dag, ifølge departementet.",
           "Opposisjonen mener endringen kommer for sent og krever at regjeringen går lenger."],
    "da": ["Regeringen vil ændre reglerne for boligstøtte fra næste år, oplyser ministeriet i en "
           "pressemeddelelse mandag eftermiddag.",
           "Ændringen betyder, at flere husstande vil få støtte, men at satsen bliver lidt lavere "
           "end i dag, ifølge ministeriet.",
           "Oppositionen mener, at ændringen kommer for sent, og kræver mere."],
}


def _dump(lang: str, credit: str) -> str:
    return "\n\n".join(["Forside", "Nya regler för hyresmarknaden", *_NORDIC[lang], credit,
                        "Læs også", "  • Elprisen stiger igen", "  • Storm over landet"]) + "\n"


@pytest.mark.parametrize("lang,line,credit", [
    ("sv", "TT", "TT"),
    ("no", "(©NTB)", "NTB"),
    ("no", "NTB", "NTB"),
    ("da", "/ritzau/", "ritzau"),
    ("da", "(Ritzau)", "Ritzau"),
])
def test_a_nordic_agencys_line_is_the_credit(lang: str, line: str, credit: str) -> None:
    art = extract(_dump(lang, line).encode())
    assert art.credit == credit
    assert art.body.endswith(_NORDIC[lang][-1])


def test_ntb_in_an_indonesian_dateline_is_the_province() -> None:
    text = ("Penerbangan ke Lombok Dibatalkan\n\nMATARAM, NTB (ANTARA) - Sejumlah penerbangan dari "
            "dan menuju Bandara Internasional Lombok dibatalkan pada Senin karena cuaca buruk yang "
            "melanda wilayah itu sejak pagi hari, kata petugas bandara.\n\nPara penumpang diminta "
            "menghubungi maskapai masing-masing untuk mengatur ulang jadwal penerbangan mereka.\n")
    art = extract(text.encode())
    assert art.location == "Mataram, NTB"


@pytest.mark.parametrize("paragraph,credit", [
    ("Proyek itu selesai dalam tiga tahun. (ant/ap)", "ant/ap"),  # Antara and AP
    ("Proyek itu selesai dalam tiga tahun. (afp/dpa)", "afp/dpa"),
    ("Proyek itu selesai dalam tiga tahun. (ant)", None),  # Antara's desk code: cut, no credit
    ("Proyek itu selesai dalam tiga tahun. (ap/fik)", None),  # an agency and an editor's initials
    ("Proyek itu selesai dalam tiga tahun. (fik/rdn)", None),  # two editors' initials
])
def test_agencies_in_small_letters_are_the_credit(paragraph: str, credit: Optional[str]) -> None:
    head, found, cut = split_trailing_credit(paragraph, get_profile("id"))
    assert (head, found, cut) == ("Proyek itu selesai dalam tiga tahun.", credit, True)


@pytest.mark.parametrize("text,named", [
    ("AFP, Reuters dan AP", "AFP, Reuters dan AP"),  # joined by a profile's conjunction (id)
    ("dpa und AFP", "dpa und AFP"),
    ("TT och AFP", "TT och AFP"),
    ("PAP i AFP", "PAP i AFP"),  # Polish "i" (pl.json)
    ("dpa oder AFP", None),  # "or" joins no names in any profile
    ("Reuters und die Polizei", None),
])
def test_agencies_named_joins_by_the_profiles_conjunctions(text: str, named: Optional[str]) -> None:
    assert agencies_named(text) == named


@pytest.mark.parametrize("lang,line", [
    # a correction's label opening a line closing the text is the desk's note, whatever it
    # corrects (rv-end22: its most common shape, "X, not Y", cannot be told from a story's own
    # "Correction: that is the name of the ship, not of its captain", which is far rarer)
    ("en", "Correction: An earlier version of this article misstated the date of the vote."),
    ("en", "Correction: The vote took place on Tuesday, not Monday."),
    ("en", "Correction: Councillor Jane Smith is the deputy leader of the council, not its leader."),
    ("en", "Clarification: The £4m figure covers the wall only; the walkway will be funded separately."),
    ("de", "Korrektur: Die Abstimmung fand am Dienstag statt, nicht am Montag."),
    ("sv", "Rättelse: Omröstningen hölls på tisdagen, inte på måndagen."),
    ("fr", "Rectificatif : le vote a eu lieu mardi, et non lundi."),
])
def test_a_correction_closing_the_text_is_a_note(lang: str, line: str) -> None:
    assert closing_note(line, get_profile(lang)) is True


@pytest.mark.parametrize("lang,line,call", [
    # a call named as a slogan or a show's name before a colon: text
    ("it", "Raccontaci la tua Milano: è lo slogan della campagna lanciata dal Comune.", False),
    ("es", "Cuéntanos tu barrio: así se llama el programa que estrena la radio local.", False),
    ("en", "Tell us what you think about the plan: the council's slogan, printed on every bus.", False),
    # a call made: an address or a word to the reader after the colon, or no colon
    ("it", "Raccontaci la tua storia: scrivi a redazione@giornale.it", True),
    ("de", "Schreiben Sie uns: Wir freuen uns über Ihre Meinung.", True),
    ("en", "Tell us what you think: what would you change about the plan?", True),
    ("it", "Raccontaci la tua storia.", True),
])
def test_a_call_named_before_a_colon_is_no_call(lang: str, line: str, call: bool) -> None:
    assert closing_note(line, get_profile(lang)) is call


@pytest.mark.parametrize("lang,line,promo", [
    # the site's call to get its app, closing the text
    ("en", "Download the Harbour Times app for breaking news alerts.", True),
    ("en", "Get our free app for iPhone and Android.", True),
    ("de", "Laden Sie die App der Hafenzeitung herunter und verpassen Sie nichts.", True),
    ("de", "Mehr Lesekomfort mit unserer App: Jetzt kostenlos herunterladen.", True),
    ("fr", "Téléchargez l'application Le Journal du Port pour suivre l'actualité en temps réel.", True),
    ("es", "Descarga la app de Diario del Puerto y recibe las noticias al instante.", True),
    ("it", "Scarica l'app del Giornale del Porto: tutte le notizie sempre con te.", True),
    ("nl", "Download de app van Havenkrant en mis geen nieuws meer.", True),
    ("sv", "Ladda ner Hamnpostens app och få de senaste nyheterna direkt i mobilen.", True),
    ("pt", "Descarregue a aplicação do Jornal do Porto e receba as notícias em primeira mão.", True),
    # the story's own lines about an app
    ("en", "Residents can download the app from the council's website from Monday.", False),
    ("en", "Download the app from the Play Store and sign in with your bank details, the bank advised.", False),
    ("en", "The bank told customers: download the app and turn on two-factor login.", False),
    ("en", "Download the form from the council's website and send it before May.", False),  # no app
    ("de", "Die Stadt empfiehlt, die App herunterzuladen, sagte ein Sprecher.", False),
    ("es", "Los vecinos pueden descargar la app desde la web del ayuntamiento.", False),
    ("sv", "Polisen uppmanar alla att ladda ner appen, säger presstalespersonen.", False),
])
def test_an_app_promo_closing_the_text(lang: str, line: str, promo: bool) -> None:
    assert closing_note(line, get_profile(lang)) is promo


@pytest.mark.parametrize("lang,line", [
    # (rv-end22) an app or a form the story tells of, not the outlet's own app: text
    ("en", "Download the application form from the council's website and return it by 31 March."),
    ("en", "Download the app and try it for yourself: the first week is free."),
    ("en", "Install the FloodAlert app to receive warnings on your phone as soon as the river rises."),
    ("de", "Laden Sie sich die App am besten noch heute herunter: Im Ernstfall zählt jede Minute."),
    ("fr", "Installez l'application si vous prenez le ferry chaque semaine : le gain de temps est réel."),
    ("es", "Descarga la aplicación de la DGT para conocer el estado de las carreteras en tiempo real."),
    ("nl", "Download de NL-Alert-app om direct een waarschuwing te krijgen als het water stijgt."),
    ("sv", "Hämta appen Krisinformation om du vill få varningar när vattnet stiger."),
])
def test_an_app_the_story_tells_of_is_no_promo(lang: str, line: str) -> None:
    assert closing_note(line, get_profile(lang)) is False


@pytest.mark.parametrize("lang,line", [
    # (rv-end22) a call made, nothing after its colon naming it as a slogan: the desk's call
    ("it", "Raccontaci la tua storia: le più belle saranno pubblicate sul giornale di domenica."),
    ("it", "Scrivici la tua opinione: la redazione risponde ogni venerdì."),
    ("de", "Schreiben Sie uns Ihre Meinung zur Hafenmauer: per Post oder im Kommentarbereich."),
    ("fr", "Dites-nous ce que vous en pensez : les commentaires sont ouverts jusqu'à vendredi."),
])
def test_a_call_made_before_a_colon_is_a_call(lang: str, line: str) -> None:
    assert closing_note(line, get_profile(lang)) is True


def test_a_party_in_brackets_is_no_agency() -> None:
    # (rv-end22) Norwegian "(Ap)" is Arbeiderpartiet; the agency prints itself "(AP)" or "(NTB)"
    line = "– Dette er et steg i riktig retning, sier stortingsrepresentant Per Olsen (Ap)."
    assert split_trailing_credit(line, get_profile("no"))[1] is None
    assert split_trailing_credit("Regjeringen la fram budsjettet tirsdag. (NTB)", get_profile("no"))[1] == "NTB"
