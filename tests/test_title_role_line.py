"""A writer's role and place alone on the line under the writer's name ("Enviada especial a Kiev",
"Correspondente em Lisboa", "Korrespondentin in Brüssel") is the byline's, never the headline; a
headline that opens with such words and goes on is still the headline."""

from __future__ import annotations

import pytest

from newsextract import extract

_BODY = {
    "es": ("16/01/2024 09:30",
           "Las tropas rusas lanzaron el jueves un nuevo ataque contra la capital ucraniana. Las autoridades "
           "informaron de varios heridos en los barrios del norte de la ciudad.",
           "El alcalde pidió a los vecinos que permanecieran en los refugios, según dijo un portavoz."),
    "pt": ("16/01/2024 09:30",
           "O governo aprovou na quinta-feira um novo pacote de medidas para a habitação. As medidas incluem "
           "apoios às rendas e novas regras para o alojamento local.",
           "A oposição criticou o pacote e disse que chega tarde, segundo um porta-voz do partido."),
    "de": ("16.01.2024, 09:30 Uhr",
           "Die EU-Kommission hat am Donnerstag neue Regeln für künstliche Intelligenz vorgelegt. Die "
           "Vorschläge sollen bis zum Sommer beraten werden.",
           "Kritiker bemängeln, die Regeln gingen nicht weit genug, sagte ein Sprecher im Anschluss."),
}


def _page(lang: str, *head: str) -> bytes:
    date, *paragraphs = _BODY[lang]
    return ("\n\n".join(["Inicio | Noticias | Internacional", *head, date, *paragraphs]) + "\n").encode()


@pytest.mark.parametrize("lang,headline,name,role", [
    ("es", "Rusia lanza un nuevo ataque contra Kiev", "María García", "Enviada especial a Kiev"),
    ("pt", "Governo aprova pacote para a habitação", "Ana Silva", "Enviada especial a Nova Iorque"),
    ("pt", "Governo aprova pacote para a habitação", "Ana Silva", "Correspondente em Lisboa"),
    ("de", "EU legt Regeln für KI vor", "Anna Schmidt", "Korrespondentin in Brüssel"),
])
def test_a_role_and_place_under_the_name_is_no_headline(lang: str, headline: str, name: str, role: str) -> None:
    record = extract(_page(lang, headline, name, role))
    assert record.title == headline
    assert record.authors == [name]


@pytest.mark.parametrize("lang,headline", [
    # a headline that opens with a role and a place and goes on: the headline
    ("es", "Enviado especial de la ONU llega a Kiev"),
    ("de", "Korrespondentin in Brüssel festgenommen"),
    ("pt", "Correspondente em Lisboa agredido"),
])
def test_a_headline_opening_with_a_role_stays(lang: str, headline: str) -> None:
    assert extract(_page(lang, headline, "Ana Silva")).title == headline



# a review's near misses (rv-ttl23): a person's name as a kicker over a short headline of a role and a
# place-like word, with no headline above the name: the headline stays the title
@pytest.mark.parametrize("kicker,headline,lang", [
    ("Deniz Yücel", "Journalist in Haft", "de"),
    ("Salman Rushdie", "Autor in Lebensgefahr", "de"),
    ("Evan Gershkovich", "Reporter in Jail", "en"),
])
def test_a_name_kicker_over_a_role_headline(kicker: str, headline: str, lang: str) -> None:
    body = {"de": ("Die EU-Kommission hat am Donnerstag neue Regeln vorgestellt, die ab dem kommenden Jahr gelten "
                   "sollen. Kritiker sprechen von einem Rückschritt.",
                   "Die Bundesregierung will den Vorschlag in den nächsten Wochen prüfen und dann Stellung nehmen."),
            "en": ("Parliament passed the new climate law on Thursday after a long debate. The law sets stricter "
                   "targets for transport.",
                   "The opposition said the law did not go far enough and called for more money for rural routes.")}[lang]
    text = "\n\n".join([kicker, headline, "16.01.2024 09:30", *body]) + "\n"
    assert extract(text.encode()).title == headline
