"""A dump's headline with what a page sets beside it on one line: a kicker in capitals before a
bar, a genre's label, a kicker whose colon the dump dropped; and the lines that only look like
a headline: a desk's credit, a caption with its picture's credit after it (issue 11)."""

from __future__ import annotations

import textwrap

import pytest

import newsextract
from newsextract.segment.text import segment_text
from newsextract.fields.title import _desk_credit, _labelled_credit
from newsextract.profiles import get_profile

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


# ---- a desk's credit: no headline

@pytest.mark.parametrize("lang, line", [
    ("pt", "Por g1 SP — São Paulo"),
    ("en", "By AP Staff — Chicago"),
    ("it", "Redazione ANSA"),
    ("es", "Redacción EFE"),
])
def test_a_desks_credit_is_a_credit(lang: str, line: str) -> None:
    assert _desk_credit(line, get_profile(lang))


@pytest.mark.parametrize("lang, line", [
    ("pt", "Por que o dólar subiu — entenda"),   # "por que": why
    ("en", "By 2030 — Europe Plans Ahead"),       # a year
    ("pt", "Por Dentro da Copa — Catar"),         # a column's name, no desk's
    ("en", "NEWS FEATURE"),                       # a label in capitals
    ("en", "MEDIA CENTER"),
    ("de", "Redaktion Aktuell"),                  # a newsroom's word, no agency
    ("it", "Redazione ANSA chiude per sciopero"),  # a headline about the desk
])
def test_what_is_no_desks_credit(lang: str, line: str) -> None:
    assert not _desk_credit(line, get_profile(lang))


def test_a_headline_over_a_desks_credit_is_chosen() -> None:
    page = ("Início Política Economia\n\nTemporal derruba árvores e deixa bairros sem energia\n\n"
            "Por g1 SP — São Paulo\n\n05/12/2024 14h30\n\n"
            "A chuva forte atingiu a zona sul da capital no fim da tarde desta quinta-feira. Segundo a "
            "concessionária, cerca de 60 mil imóveis ficaram sem luz e muitas ruas ficaram bloqueadas.\n\n"
            "Moradores relataram ventos fortes e granizo durante mais de uma hora, e um ônibus foi atingido "
            "por um galho na avenida.\n")
    assert _title(page) == "Temporal derruba árvores e deixa bairros sem energia"


# ---- a caption with its picture's credit after its sentence

@pytest.mark.parametrize("tail", ["Bildrechte: MDR/David Straub", "Foto: Jan Roe", "Reprodução/TV Globo",
                                  "Archivbild/dpa"])
def test_a_picture_credit_after_a_caption_is_one(tail: str) -> None:
    assert _labelled_credit(tail, get_profile("de"))


@pytest.mark.parametrize("tail", [
    "Oman wants to help",                                  # a headline's second sentence
    "Foto: Wie die Stadt ihre Brücken repariert und was es kostet",  # too long for a credit
    "dpa/AFP",                                             # news agencies, no picture's source
    "Politik/Wirtschaft",
])
def test_what_is_no_picture_credit_after_a_caption(tail: str) -> None:
    assert not _labelled_credit(tail, get_profile("de"))


def test_a_caption_with_its_credit_gives_way_to_the_headline() -> None:
    page = (_MENU + "Warum die Stadt ihre Brücken nicht mehr reparieren kann\n\n" + _GERMAN_TEXT.split("\n\n")[0]
            + "\n\nDie gesperrte Brücke am Hafen im Winter. Bildrechte: MDR/David Straub\n\n"
            + "\n\n".join(_GERMAN_TEXT.split("\n\n")[1:]))
    assert _title(page) == "Warum die Stadt ihre Brücken nicht mehr reparieren kann"


# ---- a quotation a dump glues before the headline with no space

@pytest.mark.parametrize("line, head", [
    ('"Es wird bald beginnen"Warum die Stadt ihre Brücken nicht mehr reparieren kann',
     "Warum die Stadt ihre Brücken nicht mehr reparieren kann"),
    ("„Wir sind pleite“Warum die Stadt ihre Brücken nicht mehr reparieren kann",
     "Warum die Stadt ihre Brücken nicht mehr reparieren kann"),
])
def test_a_quotation_glued_before_the_headline_is_its_kicker(line: str, head: str) -> None:
    assert _title(_MENU + line + "\n\n" + _GERMAN_TEXT) == head


@pytest.mark.parametrize("line", [
    # the quotation is the headline's, parted by a colon, a dash or a space
    '"Es wird bald beginnen": Warum die Stadt ihre Brücken nicht mehr reparieren kann',
    "„Wir sind pleite“ – Warum die Stadt ihre Brücken nicht mehr reparieren kann",
    '"Wir sind pleite" sagt der Bürgermeister über die Brücken der Stadt',
    # the whole headline a quotation; an apostrophe inside a word; too few words after the mark
    "'I sell harbour tours - booking the right day could save you thousands'",
    "‘You’re fired’ harbour boss tells striking workers at the port",
    "„Nie wieder“Scholz warnt vor Rückkehr",
])
def test_a_headline_opening_with_its_own_quotation_is_kept_whole(line: str) -> None:
    text = _GERMAN_TEXT if "Stadt" in line or "Scholz" in line else _ENGLISH_TEXT
    assert _title(_MENU + line + "\n\n" + text) == line


# ---- a login box's question, a copyright line

def test_a_login_boxs_question_and_a_copyright_line_are_no_headline() -> None:
    head = "Le gouvernement présente un budget de rigueur pour l'année prochaine"
    text = ("Par Marie Dupont\nPublié le 17 octobre 2024 à 14h30\n\n"
            "Le gouvernement a présenté jeudi un projet de budget marqué par des économies importantes "
            "dans plusieurs ministères, a annoncé le ministre.\n\n"
            "Les syndicats ont dénoncé un texte qui, selon eux, pèsera d'abord sur les services publics "
            "et sur les ménages les plus modestes.\n")
    page = _MENU + head + "\n\nVous possédez déjà un compte ?\n\nTous droits réservés Le Journal\n\n" + text
    assert _title(page) == head
    # (with no headline on the page, neither is taken for one)
    assert _title(_MENU + "Vous possédez déjà un compte ?\n\nTous droits réservés Le Journal\n\n" + text) is None


@pytest.mark.parametrize("line", [
    "Already have an account? Hackers may have it too",   # a headline of more words
    "Déjà abonnés, les Français boudent la télévision",  # no prompt's phrase
])
def test_a_headline_with_a_prompts_words_is_kept(line: str) -> None:
    text = _ENGLISH_TEXT if line.startswith("Already") else (
        "Par Marie Dupont\nPublié le 17 octobre 2024 à 14h30\n\n"
        "Les Français regardent de moins en moins la télévision, selon une étude publiée jeudi par "
        "l'institut, qui note une baisse de vingt minutes par jour.\n\n"
        "Les jeunes sont les premiers à délaisser le petit écran au profit des plateformes.\n")
    assert _title(_MENU + line + "\n\n" + text) == line


# ---- the near misses each rule must leave alone, on whole pages

@pytest.mark.parametrize("line", [
    # a headline ending in a question
    "Wie sicher ist das Stromnetz der Stadt nach dem Anschlag?",
    # a headline in capitals, with a bar in it that is no kicker's
    "WARUM DIE STADT IHRE BRÜCKEN NICHT MEHR REPARIEREN KANN",
])
def test_a_question_or_a_headline_in_capitals_is_kept_whole(line: str) -> None:
    assert _title(_MENU + line + "\n\n" + _GERMAN_TEXT) == line


def test_a_headline_in_capitals_after_a_kicker_and_its_bar_is_kept_with_it() -> None:
    line = "BUDGET 3.0 | HARBOUR STRIKE COSTS THE PORT R4BN IN A WEEK"
    assert _title(_MENU + line + "\n\n" + _ENGLISH_TEXT) == line


def test_a_two_line_headline_with_its_kicker_run_in_is_read_whole() -> None:
    # (w3m wraps a long headline over two lines; the alt text under the text parts the kicker off)
    wrapped = ("European Payments Initiative Statt Paypal & Co.: So könnte Europas Bezahlsystem die\n"
               "US-Konkurrenz schlagen")
    alt = "European Payments Initiative: Statt Paypal & Co.: So könnte Europas Bezahlsystem die US-Konkurrenz schlagen"
    # (the text wrapped at the same width, as a terminal browser wraps all of a page)
    text = "\n\n".join(textwrap.fill(p, width=len(wrapped.split("\n")[0]) + 1) for p in _GERMAN_TEXT.split("\n\n"))
    page = _MENU + wrapped + "\n\n" + text + "\n" + textwrap.fill(alt, width=90) + "\n\nMehr zum Thema\n"
    assert _title(page) == "Statt Paypal & Co.: So könnte Europas Bezahlsystem die US-Konkurrenz schlagen"


def test_a_kicker_on_its_own_line_is_no_part_of_the_headline() -> None:
    page = _MENU + "Meinung\n\nWarum die Stadt ihre Brücken nicht mehr reparieren kann\n\n" + _GERMAN_TEXT
    assert _title(page) == "Warum die Stadt ihre Brücken nicht mehr reparieren kann"


def test_a_headline_naming_the_site_after_a_kicker_and_its_bar_is_kept() -> None:
    line = "EDITORIAL | Why the Daily Ledger backs the harbour strike"
    page = _MENU + line + "\n\n" + _ENGLISH_TEXT + "\n© 2025 Daily Ledger\n"
    assert _title(page) == line


# ---- an image's alt text in brackets before a line, and a verdict's label that is none

@pytest.mark.parametrize("line, kept", [
    # a writer's photo before the byline; a logo before the agency's credit and its date: cut
    ("[dani] Daniel Großert Redakteur", "Daniel Großert Redakteur"),
    ("[Associated] Associated Press November 19, 2019", "Associated Press November 19, 2019"),
    # a fact check's verdict before its headline, a figure in it but no date: kept
    ("[HOAKS] Bantuan Tunai Rp2,5 Juta Lewat Formulir Daring", "[HOAKS] Bantuan Tunai Rp2,5 Juta Lewat Formulir Daring"),
])
def test_a_bracket_before_a_line_is_cut_only_before_a_name_or_a_dated_credit(line: str, kept: str) -> None:
    texts = [b.text for b in segment_text("Home\n\n" + line + "\n\nEin Satz des Textes, der hier steht.\n")]
    assert kept in texts
