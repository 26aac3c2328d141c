"""Bylines of text dumps from outlets never seen (ath25's probes): a portrait's alt text glued to
the writer's name ("Porträt von Anna SchmidtAnna Schmidt"), an author box printing the name
twice over its note, a label of a few words ("Ein Bericht von X", "Propos recueillis par X"), a
byline in capitals naming the outlet written for ("By JANE DOE FOR MAILONLINE"), a byline box
printing each writer's name on a line of its own, and names in capitals over the date; beside
them the near misses that must name no one (a caption's "Das Rathaus in Köln." read as a name
filed from a place, a topic in capitals over the date, a teaser's headline over a name, the
story's subject over the writer)."""

from __future__ import annotations

from typing import List, Sequence

import pytest

from newsextract import extract
from newsextract.fields.byline import dated_name, parse_credit, portrait_name
from newsextract.profiles import get_profile, merged

from conftest import FIXTURES

_BODY = {
    "de": ["Die Bundesregierung hat sich nach langen Verhandlungen auf ein neues Paket zur Entlastung der "
           "Kommunen geeinigt. Insgesamt sollen in den kommenden drei Jahren rund zwölf Milliarden Euro fließen.",
           "Vor allem Städte mit hohen Sozialausgaben sollen profitieren. Der Deutsche Städtetag begrüßte die "
           "Einigung grundsätzlich, mahnte aber eine schnelle Umsetzung an.",
           "Kritik kam von der Opposition. Die Summe reiche bei Weitem nicht aus, um den Investitionsstau von "
           "mehr als 180 Milliarden Euro aufzulösen, hieß es am Abend."],
    "en": ["The government unveiled a long-awaited funding package for local councils on Wednesday, promising "
           "an extra £2bn over the next three years for authorities facing the steepest shortfalls.",
           "Councils in the north of England and in coastal towns are expected to benefit most, according to "
           "documents seen by this newspaper.",
           "Opposition MPs said the money fell far short of what was needed after more than a decade of cuts, "
           "and accused ministers of announcing the same money twice."],
    "fr": ["Le gouvernement a présenté mercredi un plan de soutien aux collectivités locales, attendu depuis "
           "plusieurs mois par les maires. Près de 4 milliards d'euros seront débloqués sur trois ans.",
           "Les communes les plus fragiles, notamment dans les zones rurales, devraient être les premières "
           "bénéficiaires, selon un document consulté par notre rédaction.",
           "Dans l'opposition, les critiques ont fusé. Plusieurs députés dénoncent un effet d'annonce et "
           "réclament un véritable débat au Parlement sur la fiscalité locale."],
    "it": ["Il governo ha approvato ieri sera in Consiglio dei ministri un pacchetto di misure a sostegno dei "
           "comuni in difficoltà finanziaria, per circa due miliardi di euro in tre anni.",
           "A beneficiarne saranno soprattutto i piccoli comuni delle aree interne, secondo quanto si legge "
           "nella bozza del decreto. L'Anci ha accolto con favore il provvedimento.",
           "Dure le critiche delle opposizioni, che parlano di una misura tampone. Diversi sindaci lamentano "
           "che i criteri di riparto penalizzerebbero proprio gli enti più fragili."],
    "es": ["El Gobierno aprobó este martes un plan de ayudas para los ayuntamientos más afectados por la "
           "despoblación, una medida reclamada desde hace años por los alcaldes del interior.",
           "Las localidades de menos de 5.000 habitantes serán las principales beneficiarias, según el texto "
           "al que ha tenido acceso este periódico.",
           "La oposición, sin embargo, calificó el plan de insuficiente y acusó al Ejecutivo de improvisar "
           "con los fondos de la despoblación."],
}
_HEAD = {
    "de": ("Bund einigt sich auf Milliardenpaket für Kommunen",
           "Zwölf Milliarden Euro in drei Jahren: Städte mit hohen Sozialausgaben sollen profitieren.",
           "14.03.2024, 08:12 Uhr"),
    "en": ("Councils handed £2bn lifeline in long-awaited funding deal",
           "Local Government Association welcomes extra money but warns it will not close the gap",
           "14 March 2024, 8:12am"),
    "fr": ("Le gouvernement débloque 4 milliards pour les communes",
           "Les maires saluent un premier pas, l'opposition dénonce un effet d'annonce.",
           "Publié le 14 mars 2024 à 08h12"),
    "it": ("Due miliardi ai comuni in difficoltà, via libera dal governo",
           "Lo stanziamento è di circa due miliardi in tre anni. L'Anci chiede tempi certi.",
           "14 marzo 2024, 08:12"),
    "es": ("El Gobierno aprueba 1.200 millones para los municipios",
           "Las localidades pequeñas serán las principales beneficiarias del plan.",
           "14 mar 2024 - 08:12 CET"),
}


def _dump(lang: str, head: Sequence[str], tail: Sequence[str] = (), title: str = "", date: bool = True) -> str:
    """A w3m-shaped dump: the site's name and menu, the headline, the standfirst, the head's
    lines (the date last unless `date` is False), the text, the lines after it, the footer."""
    t, stand, when = _HEAD[lang]
    lines = ["Tagesblatt", "", "  • Home", "  • Politik", "  • Wirtschaft", "  • Sport", "", title or t, "",
             stand, ""]
    for x in list(head) + ([when] if date else []):
        lines += [x, ""]
    for p in _BODY[lang]:
        lines += [p, ""]
    for x in tail:
        lines += [x, ""]
    lines += ["Impressum Datenschutz Kontakt", "", "© 2024 Tagesblatt"]
    return "\n".join(lines) + "\n"


def _authors(text: str) -> List[str]:
    return extract(text.encode()).authors


@pytest.mark.parametrize("line", [
    "Porträt von Anna SchmidtAnna Schmidt",  # w3m, elinks, links: the alt text glued on
    "Porträt von Anna Schmidt Anna Schmidt",  # lynx
    "![Porträt von Anna Schmidt](/a.jpg)Anna Schmidt",  # a Markdown dump's image
])
def test_portrait_alt_glued_to_the_name(line: str) -> None:
    assert _authors(_dump("de", [line])) == ["Anna Schmidt"]


def test_portrait_name_reads_the_glued_alt_text_only() -> None:
    k = merged()
    assert portrait_name("Foto von Jane DoeJane Doe", "", k) == "Jane Doe"
    # (a name once, or two people's names, is no portrait over a name)
    assert portrait_name("Porträt von Anna Schmidt", "", k) is None
    assert portrait_name("Anna Schmidt Jonas Weber", "", k) is None
    assert portrait_name("Mehr von Anna Schmidt Jonas Weber", "", k) is None


@pytest.mark.parametrize("alt", ["Sabine Wolf", "[Sabine Wolf]"])
def test_writer_box_with_its_portrait_alt_over_the_name(alt: str) -> None:
    # the box's portrait prints the name over the name, then the note about the writer
    text = _dump("de", [], [alt, "Sabine Wolf", "Sabine Wolf ist Redakteurin im Ressort Politik und schreibt "
                                                "vor allem über Kommunalpolitik."])
    assert _authors(text) == ["Sabine Wolf"]


def test_a_name_twice_over_a_note_on_the_story_subject_is_no_writer() -> None:
    # (the box about a politician the story is about: no writer's role in the note)
    text = _dump("de", [], ["Olaf Scholz", "Olaf Scholz", "Olaf Scholz ist ein deutscher Politiker der SPD."])
    assert _authors(text) == []


@pytest.mark.parametrize("lang,line,name", [
    ("de", "Ein Bericht von Anna Schmidt", "Anna Schmidt"),
    ("de", "Eine Reportage von Jonas Weber", "Jonas Weber"),
    ("fr", "Propos recueillis par Claire Dubois", "Claire Dubois"),
])
def test_labels_of_a_few_words(lang: str, line: str, name: str) -> None:
    assert parse_credit(line, get_profile(lang))[0] == [name]
    assert _authors(_dump(lang, [line])) == [name]


def test_a_report_label_without_a_name_names_no_one() -> None:
    # (the label's words inside a sentence, or before a body, are no credit)
    assert parse_credit("Ein Bericht von der Bundesregierung", get_profile("de"))[0] == []


@pytest.mark.parametrize("line,names", [
    ("By ANNA SCHMIDT FOR MAILONLINE", ["Anna Schmidt"]),
    ("By ANNA SCHMIDT and JOHN DOE FOR MAILONLINE", ["Anna Schmidt", "John Doe"]),
])
def test_the_outlet_written_for_in_one_glued_word(line: str, names: List[str]) -> None:
    assert parse_credit(line, get_profile("en"))[0] == names


def test_for_and_a_word_no_outlet_word_closes_is_not_cut() -> None:
    # ("Pressefreiheit" holds "press" but no outlet's word closes it; a word of an outlet's
    # alone, "Online", is no glued word either: the rule reads one word that closes so)
    en, de = get_profile("en"), get_profile("de")
    assert parse_credit("By JANE DOE FOR WORLDPRESS", en)[0] == ["Jane Doe"]
    assert parse_credit("Von Anna Schmidt für Pressefreiheit", de)[0] == []
    assert parse_credit("By Jane Doe for Amnesty International", en)[0] == []


_SEVERAL_LINES = pytest.mark.xfail(strict=True, reason="writers' names each on a line of their own: the rule "
                                   "took tags, interview partners and a line-up too (rv-ath25), taken out; the "
                                   "name nearest the date is read")


@pytest.mark.parametrize("lang,head,names", [
    pytest.param("en", ["Sarah Jones", "Tom Clark"], ["Sarah Jones", "Tom Clark"], marks=_SEVERAL_LINES),
    pytest.param("it", ["MARCO ROSSI", "GIULIA BIANCHI"], ["Marco Rossi", "Giulia Bianchi"], marks=_SEVERAL_LINES),
    ("it", ["MARCO ROSSI"], ["Marco Rossi"]),  # ("marco": a given name, Portuguese "março" unaccented)
    ("de", ["ANNA SCHMIDT"], ["Anna Schmidt"]),
])
def test_names_each_on_a_line_over_the_date(lang: str, head: List[str], names: List[str]) -> None:
    assert _authors(_dump(lang, head)) == names


@pytest.mark.parametrize("lang,head,names", [
    # a teaser's or topic's words over the name, not a given name's: the name alone
    ("de", ["Umstrittene Santorini-Deals", "Anna Schmidt"], ["Anna Schmidt"]),
    # a kicker's or a section's words in capitals over the date name no one
    ("en", ["BREAKING NEWS"], []),
    ("de", ["EXKLUSIV INTERVIEW"], []),
    ("de", ["KOMMUNALE FINANZEN"], []),
    ("it", ["POLITICA INTERNA"], []),
])
def test_near_misses_over_the_date(lang: str, head: List[str], names: List[str]) -> None:
    assert _authors(_dump(lang, head)) == names


def test_the_story_subject_over_the_writer_is_left_out() -> None:
    # (the upper name is the text's subject: "Olaf Scholz" printed in the text)
    body_named = _dump("de", ["Olaf Scholz", "Anna Schmidt"]).replace(
        "Kritik kam von der Opposition.", "Olaf Scholz verteidigte das Paket.")
    assert _authors(body_named) == ["Anna Schmidt"]


def test_a_headline_subject_in_capitals_is_no_writer() -> None:
    text = _dump("it", ["MARCO ROSSI"], title="Marco Rossi lascia la guida dei comuni")
    assert _authors(text) == []


def test_a_caption_with_a_place_is_no_name_filed_from_it() -> None:
    # "Das Rathaus in Köln." read with its place cut was the name "Das Rathaus": a name opens
    # with no article ("Das", "Der", "The")
    text = _dump("de", ["[1]", "Das Rathaus in Köln. Marius Becker"], date=False)
    text = text.replace("Zwölf Milliarden Euro in drei Jahren: Städte mit hohen Sozialausgaben sollen profitieren.\n",
                        "Zwölf Milliarden Euro in drei Jahren: Städte mit hohen Sozialausgaben sollen profitieren.\n\n"
                        "14.03.2024, 08:12 Uhr\n")
    assert _authors(text) == []
    date = "14.03.2024, 08:12 Uhr"
    k = merged()
    assert dated_name("Das Rathaus", date, k) is None
    assert dated_name("Die Linke", date, k) is None
    assert dated_name("Den Haag", date, k) is None
    # (a name with a particle first, or a given name that is a small word elsewhere, stays)
    assert dated_name("Van Morrison", date, k) == "Van Morrison"
    assert dated_name("Le Minh Tuan", date, k) == "Le Minh Tuan"
    assert dated_name("Dan Brown", date, k) == "Dan Brown"
    assert dated_name("Will Smith", date, k) == "Will Smith"


@pytest.mark.parametrize("text,parted", [
    # a label of words that open a sentence too: parted only where no verb follows the name
    ("Das war bitter. Ein Bericht von Peter Müller zeigt das.", False),
    ("Das war bitter. Ein Bericht von Peter Müller Heute, 12:37 Uhr Seit mehr als", True),
    # a label of one word is parted as before, a small word after the name or not
    ("Das war bitter. Von Anna Schmidt aus Berlin kam die Nachricht.", True),
])
def test_a_one_line_page_parts_a_label_of_words_only_before_no_verb(text: str, parted: bool) -> None:
    from newsextract.segment import dumps

    assert (dumps._part_bylines(text) != text) is parted


@pytest.mark.parametrize("head,date,names", [
    # the byline box's nodes glued by a dump: the name, the place, the date
    (["María LópezMadrid - 14 mar 2024 - 08:12 CET"], False, ["María López"]),
    (["MARÍA LÓPEZMadridActualizado Jueves, 14 marzo 2024 - 08:12"], False, ["María López"]),
    (["MARÍA LÓPEZMadrid"], True, ["María López"]),  # (the date on its own line under it)
    (["María LópezEFE"], True, ["María López"]),  # (the agency's or outlet's tag)
])
def test_a_name_glued_to_its_place_date_or_tag(head: List[str], date: bool, names: List[str]) -> None:
    assert _authors(_dump("es", head, date=date)) == names


@pytest.mark.parametrize("head,date,title", [
    (["Olaf ScholzKanzler verteidigt das Paket"], True, ""),  # a kicker glued to words, no date, tag or place
    (["Santorini DealsMadrid - 14 mar 2024 - 08:12 CET"], False, ""),  # no given name opens it
    (["María LópezMadrid"], True, ""),  # one word after a name in title case: a glued surname's, maybe
])
def test_glued_near_misses_name_no_one(head: List[str], date: bool, title: str) -> None:
    assert _authors(_dump("es", head, date=date, title=title)) == []


def test_a_glued_name_the_headline_is_about_is_no_writer() -> None:
    text = _dump("de", ["ANNA SCHMIDTBerlin"], title="Anna Schmidt verlässt nach zwölf Jahren die Stadtspitze")
    assert _authors(text) == []


def test_a_caption_glued_to_a_name_with_a_date_inside_is_no_byline() -> None:
    # (the date a small part of the run: the photo's words, its subject's name glued before)
    from newsextract.fields.byline import glued_tail_name

    k = merged()
    assert glued_tail_name("Olaf ScholzBundeskanzler Olaf Scholz am 14.03.2024 in Berlin", k) is None
    assert glued_tail_name("María LópezMadrid - 14 mar 2024 - 08:12 CET", k) == ("María López", True)
    assert _authors(_dump("de", ["Olaf ScholzBundeskanzler Olaf Scholz am 14.03.2024 in Berlin"], date=False)) == []


def test_a_party_glued_to_a_politician_is_no_outlet_tag() -> None:
    # (an agency's or outlet's tag only: "RND" is the German papers' news network, profile data;
    # "SPD" a party, "Lars KlingbeilSPD" a politician's box)
    from newsextract.fields.byline import glued_tail_name

    k = merged()
    assert glued_tail_name("Lars KlingbeilSPD", k) is None
    assert glued_tail_name("Anna SchmidtRND", k) == ("Anna Schmidt", False)
    assert glued_tail_name("Anna Schmidtdpa", k) is None  # (no glue point: a small letter after the name)


@pytest.mark.parametrize("name,authors", [
    # (the Swedish label "Av" is a small word elsewhere, glued to the date by a soup dump:
    # "Av Erik LindqvistPublicerad 14 mars 2024 kl. 08.12"; no article's phrase)
    ("sv-av-glued-date.soup.txt", ["Erik Lindqvist"]),
    # (El País's shape in w3m: "María LópezMadrid - 14 mar 2024 - 08:12 CET")
    ("es-name-glued-place-date.w3m.txt", ["María López"]),
])
def test_invented_pages_dumped(name: str, authors: List[str]) -> None:
    assert extract((FIXTURES / "ath25" / name).read_bytes()).authors == authors


# rv-ath25's inputs (text dumps of invented pages, and renderings of its HTML by bench/dumps.py)
@pytest.mark.parametrize("name,authors", [
    # a given name that is a small word of some language: only definite articles open no name
    ("en_una.txt", ["Una Mullally"]),  # "Una Mullally | 14 March 2024, 8:12am"
    ("en_elle.txt", ["Elle Hunt"]),
    ("en_ma.txt", ["Ma Jian"]),
    ("en_ada.txt", ["Ada Hamilton"]),
    # a kicker "Bericht von X" over the headline: the label wants its article ("Ein Bericht von")
    ("de_bericht_kicker.txt", []),
    ("de_bericht_un.txt", []),
    ("de_bericht_person_kicker.txt", []),
    # a politician's party glued on: "Lars KlingbeilSPD14.03.2024, 08:12 Uhr"
    ("de_party.soup.txt", []),
    # a photo's alt text glued to its caption's place and the date ("Friedrich MerzBerlin14.03.2024",
    # "![Friedrich Merz](a.jpg)Berlin14.03.2024"), or to the caption's place and another day than
    # the page's ("Pedro SánchezMadrid - 13 mar 2024" over "14 mar 2024 - 08:12 CET")
    ("de_fig_place.elinks.txt", []),
    ("de_fig_place.markdown.txt", []),
    ("de_caption_place.txt", []),  # ("Friedrich MerzBerlin" over the date: a title-case name and a city)
    ("es_pedro_date.txt", []),
    # a section in capitals that a given name opens: "JAMES WEBB TELESCOPE" over the date
    ("en_caps_section.soup.txt", []),
    ("en_jwt_caps.txt", []),
    # two tags in capitals over the date ("GIORGIA MELONI" / "ELLY SCHLEIN"): no one; two writers
    # in capitals: the one nearest the date (both: see the xfail above)
    ("it_caps_subject_two.txt", []),
    ("it_caps_two_names.txt", ["Giulia Bianchi"]),
])
def test_reviewer_inputs(name: str, authors: List[str]) -> None:
    assert extract((FIXTURES / "ath25" / "rv" / name).read_bytes()).authors == authors


@pytest.mark.parametrize("name,others", [
    # interview partners under a quote as headline, a concert's line-up over the date: the line
    # nearest the date may still be read (main's reading, a known weakness), never all of them
    ("de_interview2.txt", ["Lars Klingbeil"]),
    ("en_event.w3m.txt", ["Jamie Cullum", "Gregory Porter"]),
])
def test_names_over_the_date_are_not_all_taken(name: str, others: List[str]) -> None:
    got = extract((FIXTURES / "ath25" / "rv" / name).read_bytes()).authors
    assert len(got) <= 1 and not set(got) & set(others)


def test_glued_tail_refusals() -> None:
    from newsextract.fields.byline import caps_name_words, glued_tail_name

    k = merged()
    # a party's letters after the name, then the date
    assert glued_tail_name("Lars KlingbeilSPD14.03.2024, 08:12 Uhr", k) is None
    # a caption's place glued straight to the date's element (two nodes)
    assert glued_tail_name("Friedrich MerzBerlin14.03.2024, 08:12 Uhr", k) is None
    # a Markdown image's alt text, or a block read as a caption
    assert glued_tail_name("![Ana Gómez](a.jpg)Madrid - 14 mar 2024 - 08:12 CET", k) is None
    assert glued_tail_name("María LópezMadrid - 14 mar 2024 - 08:12 CET", k, image=True) is None
    # another day than the date line's near it; the same day is the byline's
    assert glued_tail_name("María LópezMadrid - 13 mar 2024", k, ["14 mar 2024 - 08:12 CET"]) is None
    assert glued_tail_name("María LópezMadrid - 14 mar 2024 - 08:12 CET", k,
                           ["14 mar 2024 - 08:12 CET"]) == ("María López", True)
    assert glued_tail_name("María LópezEFE", k) == ("María López", False)  # (an agency's letters)
    # a name in capitals: any middle word a given name or a particle
    assert caps_name_words("María José López") and caps_name_words("Ana De La Fuente")
    assert not caps_name_words("James Webb Telescope") and not caps_name_words("Kommunale Finanzen")


def test_only_definite_articles_open_no_name() -> None:
    # (profile data, outlet_articles and name_refused_articles: other small words open names)
    k, date = merged(), "14 March 2024, 8:12am"
    for name in ("Una Mullally", "Elle Hunt", "Ma Jian", "Ada Hamilton", "Lo Wei", "Des Lynam"):
        assert dated_name(name, date, k) == name
    for words in ("Den Haag", "Das Rathaus", "Gli Stati", "The Guardian"):
        assert dated_name(words, date, k) is None
