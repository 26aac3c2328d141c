"""The end of a dump's body on outlets the rules were not tuned on (dend24): a related list's
teasers (a headline, a one-sentence blurb, a date) after the text, a note on the writer in the
languages whose profiles had no linking verb, a newsletter box in the Nordic languages, Polish
and Indonesian. Each with the near misses the rule must leave alone. Invented pages and lines,
each checked by eye."""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract
from newsextract.fields.credit import about_the_writer
from newsextract.classify import _newsletter_prompt
from newsextract.profiles import get_profile
from tests.conftest import FIXTURES

_DE = ["Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Buslinien im Norden "
       "der Stadt ab dem kommenden Jahr deutlich öfter fahren zu lassen.",
       "Bürgermeisterin Anna Weber sprach von einem wichtigen Schritt für die Verkehrswende. Die Kosten "
       "von rund vier Millionen Euro sollen zum Teil vom Land getragen werden.",
       "Kritik kam von der Opposition, die eine bessere Anbindung der Dörfer im Umland gefordert hatte. "
       "Diese sei in dem Plan nicht ausreichend berücksichtigt worden, hieß es.",
       "Die Verkehrsbetriebe wollen zunächst zwanzig neue Fahrer einstellen. Die ersten zusätzlichen "
       "Busse sollen bereits im Frühjahr unterwegs sein.",
       "Ob der Zeitplan zu halten ist, bleibt offen."]

_FR = ["Le conseil municipal a adopté mardi soir, après plusieurs heures de débat, un plan visant à "
       "doubler la fréquence des bus dans les quartiers nord de la ville.",
       "La maire, Claire Dubois, a salué « une étape décisive pour la mobilité ». Le coût, estimé à "
       "quatre millions d'euros, sera en partie financé par la région.",
       "L'opposition a regretté que les communes voisines soient oubliées par ce projet, jugé « trop "
       "timide » par plusieurs élus.",
       "Les premiers bus supplémentaires devraient circuler dès le printemps, selon la régie des "
       "transports, qui prévoit d'embaucher vingt chauffeurs.",
       "Reste à savoir si le calendrier sera tenu."]


def _page(title: str, byline: str, paras: List[str], tail: List[str]) -> str:
    """A w3m dump: a menu, the headline, the byline, the text, what follows it, the footer."""
    return "\n\n".join(["  • Startseite\n  • Lokales\n  • Politik", title, byline, *paras, *tail,
                        "© 2024 Outlet Media. All rights reserved.", "  • Impressum\n  • Privacy"]) + "\n"


def _body_ends(art: object, last: str) -> bool:
    return art.body.rstrip().endswith(last)  # type: ignore[attr-defined]


# --- a related list's teasers past the text -------------------------------------------------

_DE_TEASERS = ["Mehr zum Thema",
               "  • Neue Radwege am Ring geplant\n\n    Die Stadt will bis 2026 fünf Kilometer neue "
               "Radwege bauen. Anwohner sind geteilter Meinung.\n\n    10.03.2024",
               "  • Streit um Parkgebühren geht weiter\n\n    Händler in der Innenstadt fürchten um ihre "
               "Kundschaft, wenn das Parken teurer wird.\n\n    08.03.2024"]
_FR_TEASERS = ["À lire aussi",
               "  • Vélo : cinq kilomètres de pistes en plus d'ici 2026\n\n    La municipalité veut "
               "rattraper son retard sur les grandes villes voisines.\n\n    Le 10 mars 2024",
               "  • Stationnement : les commerçants inquiets\n\n    La hausse des tarifs du stationnement "
               "fait craindre une baisse de la fréquentation du centre-ville.\n\n    Le 8 mars 2024"]
# (no date under the teasers: the next teaser's headline, a list's item, over its blurb says it)
_FR_UNDATED = ["À lire aussi",
               "  • Vélo : cinq kilomètres de pistes en plus d'ici 2026",
               "La municipalité veut rattraper son retard sur les grandes villes voisines.",
               "  • Stationnement : les commerçants inquiets",
               "La hausse des tarifs du stationnement fait craindre une baisse de la fréquentation.",
               "  • Gare : les travaux commencent en mai",
               "Les voyageurs devront s'armer de patience pendant un an."]


@pytest.mark.parametrize("title,byline,paras,tail", [
    ("Stadtrat beschließt mehr Busse für den Norden", "Von Jana Müller 12.03.2024, 18:30 Uhr", _DE, _DE_TEASERS),
    ("La ville va doubler la fréquence de ses bus", "Par Marie Lefèvre, le 12 mars 2024", _FR, _FR_TEASERS),
    ("La ville va doubler la fréquence de ses bus", "Par Marie Lefèvre, le 12 mars 2024", _FR, _FR_UNDATED),
])
def test_a_related_lists_first_blurb_is_no_paragraph_of_the_text(title: str, byline: str, paras: List[str],
                                                                    tail: List[str]) -> None:
    art = extract(_page(title, byline, paras, tail).encode())
    assert _body_ends(art, paras[-1])
    assert "rattraper" not in art.body and "Radwege bauen" not in art.body


def test_a_read_also_box_inside_the_text_keeps_the_short_paragraph_after_it() -> None:
    # (the box's last title, then the text's short last paragraph, then the footer: no teaser's
    # date or headline follows the paragraph)
    paras = _DE[:4] + ["Mehr zum Thema", "  • Neue Radwege am Ring geplant", "Ob der Zeitplan zu halten ist, bleibt offen."]
    art = extract(_page("Stadtrat beschließt mehr Busse für den Norden", "Von Jana Müller 12.03.2024, 18:30 Uhr",
                        paras, []).encode())
    assert _body_ends(art, "Ob der Zeitplan zu halten ist, bleibt offen.")


def test_a_read_also_box_inside_the_text_keeps_the_paragraphs_after_it() -> None:
    # (the paragraph after the box is short, a crosshead and a short paragraph follow: the text's
    # own, for a longer paragraph comes after them)
    paras = _DE[:2] + ["Mehr zum Thema", "  • Neue Radwege am Ring geplant",
                       "Kritik kam von der Opposition.", "Die Dörfer im Umland",
                       "Diese seien nicht berücksichtigt worden, hieß es.", _DE[2], _DE[3], _DE[4]]
    art = extract(_page("Stadtrat beschließt mehr Busse für den Norden", "Von Jana Müller 12.03.2024, 18:30 Uhr",
                        paras, []).encode())
    assert "Kritik kam von der Opposition." in art.body
    assert _body_ends(art, _DE[4])


def test_a_wrapped_paragraph_after_a_read_also_box_is_no_teaser() -> None:
    # (a dump that broke the text's lines: the line after the box opens in small letters, the
    # next opens a quotation it leaves open; neither is a teaser's)
    lines = ["Polisi masih menyelidiki kasus penodongan di Cipulir, Jakarta Selatan, yang videonya viral "
             "di media sosial sejak Senin pagi dan memicu keresahan warga sekitar.",
             "Kapolsek mengatakan pria itu tidak mengacungkan benda menyerupai pistol pada korban, "
             "melainkan hanya memperlihatkannya.",
             "Baca juga:", "Cekcok Pemotor vs Pria Berpistol di Jaksel",
             "Kapolsek mengatakan pihaknya belum bisa memastikan apakah benda",
             "yang dibawa pelaku itu pistol asli atau hanya replika. Dia menegaskan polisi masih mengusut kasus tersebut.",
             "\"(Terduga) pelakunya masih penyelidikan, belum (diketahui",
             "pistol beneran atau replika), karena kita harus berhasil dulu mengidentifikasi pelakunya,\" katanya.",
             "Sebagai informasi, dalam video yang beredar, pria berkemeja",
             "biru muda tampak berusaha menyerang pria yang mengenakan sweater putih di tengah jalan.",
             "Sebelumnya, sebuah video yang memperlihatkan percekcokan dua",
             "orang pria di Cipulir, Kebayoran Lama, Jakarta Selatan, viral di media sosial."]
    art = extract(_page("Polisi Selidiki Pria Berpistol di Cipulir", "Penulis: Rina Sari", lines, []).encode())
    assert "Dia menegaskan polisi masih mengusut kasus tersebut." in art.body


# --- a note on the writer, in the profiles that had no linking verb --------------------------

@pytest.mark.parametrize("lang,author,note", [
    ("fr", "Marie Lefèvre", "Marie Lefèvre est journaliste au service Société, spécialiste des transports."),
    ("it", "Marco Rossi", "Marco Rossi è giornalista della redazione cronaca e si occupa di trasporti."),
    ("nl", "Pieter Jansen", "Pieter Jansen is verslaggever bij de regioredactie en schrijft over verkeer."),
    ("pt", "João Silva", "João Silva é jornalista da secção Local e escreve sobre mobilidade."),
    ("sv", "Erik Svensson", "Erik Svensson är reporter på lokalredaktionen och skriver om trafik."),
    ("da", "Lars Nielsen", "Lars Nielsen er journalist på lokalredaktionen og skriver om trafik."),
    ("no", "Ola Hansen", "Ola Hansen er journalist i lokalavdelingen og skriver om samferdsel."),
    ("pl", "Tomasz Nowak", "Tomasz Nowak jest dziennikarzem działu miejskiego."),
    # (not Indonesian: "X adalah wartawan ..." closes obituaries of journalists, test_signed_end21)
])
def test_a_note_on_the_bylines_writer_is_about_the_writer(lang: str, author: str, note: str) -> None:
    assert about_the_writer(note, [author], get_profile(lang))


@pytest.mark.parametrize("lang,author,line", [
    # (another person of the story, named with the same verb: the story's line)
    ("fr", "Marie Lefèvre", "Claire Dubois est maire de la ville depuis 2020."),
    ("nl", "Pieter Jansen", "Anne de Vries is sinds 2019 burgemeester van de stad."),
    ("sv", "Erik Svensson", "Anna Lindqvist är kommunstyrelsens ordförande sedan 2018."),
    ("id", "Rina Sari", "Wali Kota Bandung adalah pejabat yang bertanggung jawab atas program itu."),
    # (the writer named, but not as the sentence's subject with the verb)
    ("it", "Marco Rossi", "Secondo Marco Rossi, il piano è troppo timido."),
])
def test_a_line_about_someone_else_is_the_storys(lang: str, author: str, line: str) -> None:
    assert not about_the_writer(line, [author], get_profile(lang))


def test_a_dumps_note_on_the_writer_closes_the_text_in_dutch() -> None:
    paras = ["De gemeenteraad heeft dinsdagavond na een lang debat besloten de bussen in de noordelijke "
             "wijken van de stad vanaf volgend jaar twee keer zo vaak te laten rijden.",
             "Burgemeester Anne de Vries sprak van een belangrijke stap voor de mobiliteit. De kosten van "
             "ongeveer vier miljoen euro worden deels door de provincie betaald.",
             "Of dat lukt, is nog de vraag."]
    note = "Pieter Jansen is verslaggever bij de regioredactie en schrijft over verkeer, wonen en gemeentepolitiek."
    art = extract(_page("Gemeente laat bussen twee keer zo vaak rijden", "Door Pieter Jansen, 12 maart 2024",
                        paras, [note]).encode())
    assert art.authors == ["Pieter Jansen"]
    assert _body_ends(art, paras[-1])


# --- newsletter boxes ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Prenumerera på vårt nyhetsbrev och få de viktigaste nyheterna varje morgon.",
    "Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder.",
    "Meld deg på nyhetsbrevet vårt og få dagens viktigste saker.",
    "Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości.",
    "Subscreva a nossa newsletter e receba as principais notícias do dia no seu email.",
    "Berlangganan newsletter kami untuk berita terbaru setiap pagi.",
])
def test_a_newsletters_sign_up_line(line: str) -> None:
    assert _newsletter_prompt(line)


@pytest.mark.parametrize("line", [
    "Kommunen skickar ut information om de nya tiderna i sitt nyhetsbrev i vår.",
    "Zapisz się, apelują urzędnicy, bo liczba miejsc w autobusach jest ograniczona.",
    "Abonner på strøm koster mer i år, viser nye tall fra nyhetsbrevet til Forbrukerrådet.",
    # (Indonesian "langganan" is a subscription, "buletin" a village's or a school's bulletin)
    "Langganan buletin desa kini bisa lewat aplikasi, kata kepala desa.",
])
def test_a_sentence_that_speaks_of_a_newsletter_is_no_sign_up(line: str) -> None:
    assert not _newsletter_prompt(line)


# --- a related list whose blurbs are as long as the text's paragraphs ---------------------

_LONG_TEASERS = ["Das könnte Sie auch interessieren",
                 "  • Neue Radwege am Ring geplant",
                 "Die Stadt will bis 2026 fünf Kilometer neue Radwege bauen, vor allem entlang der großen "
                 "Ausfallstraßen. Anwohner und Händler sind geteilter Meinung über die Pläne der Verwaltung.",
                 "  • Streit um Parkgebühren geht weiter",
                 "Händler in der Innenstadt fürchten um ihre Kundschaft, wenn das Parken teurer wird. Die Stadt "
                 "verweist auf die Einnahmen, die sie für den Nahverkehr dringend braucht.",
                 "  • Bahnhof wird ab Mai saniert",
                 "Reisende müssen sich auf Einschränkungen einstellen. Die Arbeiten dauern voraussichtlich ein "
                 "Jahr und kosten rund zwanzig Millionen Euro."]


def test_a_related_lists_long_blurbs_end_the_run() -> None:
    art = extract(_page("Stadtrat beschließt mehr Busse für den Norden", "Von Jana Müller 12.03.2024, 18:30 Uhr",
                        _DE, _LONG_TEASERS).encode())
    assert _body_ends(art, _DE[-1])


def test_paragraphs_in_a_row_under_a_related_heading_are_the_texts() -> None:
    # (a read-also heading over its one title, then the text's own paragraphs, two in a row:
    # no list of teasers)
    paras = _DE[:2] + ["Das könnte Sie auch interessieren", "Neue Radwege am Ring geplant", _DE[2], _DE[3], _DE[4]]
    art = extract(_page("Stadtrat beschließt mehr Busse für den Norden", "Von Jana Müller 12.03.2024, 18:30 Uhr",
                        paras, []).encode())
    assert _body_ends(art, _DE[4]) and _DE[2] in art.body


_EN = ["The city council voted on Tuesday night, after a long debate, to double the frequency of buses "
       "serving the northern suburbs from next year.",
       "Mayor Sarah Collins called it a big step forward for public transport, and said the state would "
       "meet part of the cost."]


@pytest.mark.parametrize("after_box", [
    # (crossheads over short paragraphs: no list's items)
    ["Critics were quick to respond, and several councillors said they would try to change the plan "
     "before the final vote in June.",
     "What the opposition says",
     "Opposition councillors said outlying towns had been left out of the plan, and that the buses "
     "would run empty for most of the day.",
     "What happens next",
     "The first extra services will run in autumn, once the transport authority has hired and trained "
     "the twenty new drivers it needs."],
    # (a timeline: each date over its event's line, not a teaser's headline; the teaser rule
    # leaves it, but a date line under the text ends the run as on main: a known miss)
    pytest.param(
        ["The plan has had a long road, with two earlier versions rejected by the council over their "
         "cost and their timetable.",
         "12 March 2023",
         "The council first debated more buses in a budget session, but the proposal was shelved after "
         "the state refused to help.",
         "4 June 2023",
         "A petition with 5,000 signatures reached the mayor, calling for buses every ten minutes on the "
         "three busiest lines."],
        marks=pytest.mark.xfail(strict=True, reason="a date line under the text ends the run (as main)")),
])
def test_short_sections_after_a_read_also_box_are_no_teasers(after_box: List[str]) -> None:
    paras = _EN + ["Related articles", "  • Rail link study approved", *after_box]
    art = extract(_page("Council backs more buses", "By Jack Thompson", paras, []).encode())
    assert after_box[0] in art.body and _body_ends(art, after_box[-1])


def test_a_live_blogs_entries_after_a_read_also_box_are_no_teasers() -> None:
    paras = _DE[:2] + ["Mehr zum Thema", "  • Bahn bietet neue Gespräche an",
                       "Die Gewerkschaft hat den Streik bis Freitag verlängert.", "12.03.2024, 14:30",
                       "Erste Fernzüge fallen bereits am Abend aus.", "12.03.2024, 15:10",
                       "Auch der Güterverkehr ist betroffen, teilt die Bahn mit."]
    art = extract(_page("Liveblog: Streik bei der Bahn", "Von Jana Müller", paras, []).encode())
    assert "Die Gewerkschaft hat den Streik bis Freitag verlängert." in art.body


# --- the reviewer's inputs (rv-dend24): fixtures/dend24/, each read by eye ------------------

def _fixture(name: str) -> object:
    return extract((FIXTURES / "dend24" / name).read_bytes())


# (a read-also box inside the text, then the text's own short items under bulleted
# crossheads, then paragraphs of over 40 words: the look-ahead for teasers runs to the page's
# furniture, and a long paragraph there says the blurbs were the text's; the items themselves
# go as list furniture in the dumps, as on main)
@pytest.mark.parametrize("name", ["E2_de_inline_long.txt", "H14_de_items_long.html",
                                  "H14_de_items_long.w3m.txt", "H14_de_items_long.markdownify.txt",
                                  "H15_de_items_long2.html", "H15_de_items_long2.w3m.txt",
                                  "H15_de_items_long2.markdownify.txt"])
def test_short_items_before_a_long_paragraph_are_the_texts(name: str) -> None:
    art = _fixture(name)
    assert "Was sich für die Fahrgäste ändert" in art.body  # type: ignore[attr-defined]
    assert "Kritik kam von der Opposition" in art.body  # type: ignore[attr-defined]
    assert _body_ends(art, "Ob der Zeitplan zu halten ist, bleibt offen.")


# (a line on the byline's writer in the past tense, in the text's middle or as its last line,
# is the story's: "was present at the meeting"; only a present-tense note closes the text)
@pytest.mark.parametrize("name,middle,last", [
    ("L_nl_writer_subject.txt", "Pieter Jansen was zelf aanwezig bij de vergadering",
     "zeggen de raadsleden."),
    ("M_it_writer_e.txt", "Giulia Rossi era in aula", "per i trasporti pubblici della città."),
    ("N_pt_writer.txt", "Ana Costa foi a única jornalista presente", "para os transportes públicos da cidade."),
    ("P_pl_writer.txt", "Anna Kowalska była na sesji rady", "bardzo długo i z wielką nadzieją."),
    # (its three-word last line, "Nu väntar upphandlingen.", goes as on main)
    ("L3_sv_writer_last.txt", "Erik Lindqvist var på plats i fullmäktigesalen", "när beslutet fattades."),
    ("L2_nl_writer_last.txt", "Burgemeester Anna de Wit", "neemt elke dag lijn 12."),
])
def test_a_past_line_on_the_writer_is_the_storys(name: str, middle: str, last: str) -> None:
    art = _fixture(name)
    assert middle in art.body  # type: ignore[attr-defined]
    assert _body_ends(art, last)


# (sign-up words in advice the text reports: a speaker's tag closes the line, or a word
# limits or forbids the bid in its own clause)
@pytest.mark.parametrize("line", [
    "Registrera dig aldrig för nyhetsbrev från okända avsändare, varnar polisen.",
    "Registrera dig aldrig för nyhetsbrev från okända avsändare.",
    "Subscreva apenas newsletters de remetentes que conhece, aconselha a polícia.",
    "Meld deg på nyhetsbrevet, sa ordføreren.",
    "Registe-se na newsletter, disse o presidente.",
    "Abonner på nyhetsbrev kun fra kjente avsendere, råder politiet.",
    "Abonner på nyhetsbrev kun fra kjente avsendere.",
    "Tilmeld dig kun nyhedsbreve fra afsendere, du kender.",
    "Zapisz się do newslettera tylko u zaufanych nadawców, radzi policja.",
])
def test_reported_advice_to_sign_up_is_no_sign_up_line(line: str) -> None:
    assert not _newsletter_prompt(line)


@pytest.mark.parametrize("line", [
    # (a limiting word past the bid's clause, or before the bid, or a tail naming no speaker)
    "Sign up for our newsletter and never miss a story",
    "Abonner på nyhetsbrevet – kun det viktigste, hver morgen",
    "Sign up for our free newsletter — only the best stories",
    "Abonnez-vous à la newsletter : seulement le meilleur",
    "Tilmeld dig vores nyhedsbrev og få kun det vigtigste",
    "Sign up for our newsletter, with notes from our editors.",
    "Prenumerera på nyhetsbrevet, det är gratis.",
    "Meld deg på nyhetsbrevet",
    "Registe-se na newsletter e receba as notícias do dia",
    # (a limiting word in the bid's clause of the outlet's own offer: "our", "jetzt")
    "Abonnieren Sie jetzt nur unseren Newsletter",
    "Suscríbete solo a nuestra newsletter",
])
def test_a_sign_up_line_with_a_limiting_word_past_its_bid_is_the_boxs(line: str) -> None:
    assert _newsletter_prompt(line)


@pytest.mark.parametrize("name,line,last", [
    ("V_sv_phish.txt", "Registrera dig aldrig för nyhetsbrev från okända avsändare, varnar polisen.",
     "göra en polisanmälan."),
    ("W_pt_phish.txt", "Subscreva apenas newsletters de remetentes que conhece, aconselha a polícia.",
     "apresentar queixa."),
])
def test_reported_advice_to_sign_up_stays_in_the_text(name: str, line: str, last: str) -> None:
    art = _fixture(name)
    assert line in art.body  # type: ignore[attr-defined]
    assert _body_ends(art, last)
