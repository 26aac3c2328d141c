"""Session 31 (dst31), the review's harms: lynx's link numbers counted where a line is links.

lynx -dump wraps its lines with the link numbers in them, so a line whose numbers are taken out
was fuller than it looks (segment.text._numbers_between). A row of links (a share row, a row of
tags, a byline of linked names) fills its lines the same way, but its lines end where its items
do as often: counting its numbers back joined the row to the line under it. Each dump below is
invented in the shape lynx prints; the near misses are prose lines with links that must still
go on below.
"""

from newsextract import extract
from newsextract.segment.text import segment_text

_MENU = "   [1]Startseite [2]Politik [3]Wirtschaft [4]Sport [5]Kultur [6]Wissen\n\n"
_REFS = "\nReferences\n\n   1. https://www.example.de/\n   2. https://www.example.de/politik/\n"
# paragraphs that set the dump's width (74 columns, lynx's margin of three)
_PARAGRAPHS = """   Nach wochenlangen Verhandlungen haben sich die Partner der Koalition am
   Dienstagabend auf einen Kompromiss beim Heizungsgesetz geeinigt. Das
   teilten Regierungssprecher am Abend in Berlin nach einer Sitzung mit.

   Die Opposition kritisierte die Einigung scharf. Der Kompromiss sei viel
   zu spät gekommen und schaffe neue Unsicherheit, hieß es aus der Fraktion.
"""


def _texts(dump: str) -> list:
    return [b.text for b in segment_text(dump)]


def test_share_row_of_lower_case_icon_labels_stays_apart_from_the_lead() -> None:
    # each button prints its icon's label in lower case around its own ("whatsapp WhatsApp
    # whatsapp"): the row's third line is full with its numbers, yet the row's last line
    # is no word of it, and the lead under the row opens the body
    dump = _MENU + """Koalition einigt sich nach monatelangem Streit auf ein neues Heizungsgesetz

   Von [7]Anna Müller
   [8]facebook Facebook facebook [9]twitter Twitter twitter [10]flipboard
   Flipboard flipboard [11]whatsapp WhatsApp whatsapp [12]linkedin LinkedIn
   linkedin [13]messenger Messenger messenger [14]telegram Telegram
   telegram [15]email E-Mail email

""" + _PARAGRAPHS + _REFS
    texts = _texts(dump)
    assert "telegram email E-Mail email" in texts
    assert extract(dump).body.startswith("Nach wochenlangen Verhandlungen")


def test_row_of_tags_stays_apart_from_the_related_link_under_it() -> None:
    dump = _MENU + _PARAGRAPHS + """
   Tag: [9]banjir [10]jakarta utara [11]bpbd dki [12]cuaca ekstrem [13]hujan
   [14]Baca Juga: Warga Diminta Waspada Banjir Susulan
""" + _REFS
    texts = _texts(dump)
    assert "Tag: banjir jakarta utara bpbd dki cuaca ekstrem hujan" in texts
    assert "Baca Juga: Warga Diminta Waspada Banjir Susulan" in texts


def test_kicker_ending_on_a_link_stays_apart_from_the_headlines_link() -> None:
    # the kicker's last word is a link's text ("[10]roads"), no sentence cut inside; the
    # headline under it is a link of its own
    dump = _MENU + """   Live: storm latest from the [7]coast, [8]evacuation centres and [9]roads
   [10]Storm batters coastal towns as thousands evacuate

""" + _PARAGRAPHS + _REFS
    texts = _texts(dump)
    assert "Storm batters coastal towns as thousands evacuate" in texts
    assert "Live: storm latest from the coast, evacuation centres and roads" in texts


def test_byline_of_linked_names_stays_apart_from_the_date_under_it() -> None:
    dump = _MENU + """   Reporter: [7]Rahmat Hidayat, [8]Dewi Lestari, [9]Andi Saputra, [10]antara
   [11]Selasa, 13 Mei 2025 09:15 WIB

""" + _PARAGRAPHS + _REFS
    texts = _texts(dump)
    assert "Selasa, 13 Mei 2025 09:15 WIB" in texts
    assert "Reporter: Rahmat Hidayat, Dewi Lestari, Andi Saputra, antara" in texts


def test_near_miss_prose_line_with_two_short_links_goes_on() -> None:
    # a sentence's line with two short links, three words before them, is full with their
    # numbers: the sentence goes on below (a capital: a noun), no row of links
    dump = _MENU + """   Beim Bundesliga-Spitzenspiel zwischen [7]Hertha und [8]Union sahen
   Zuschauer im vollen Stadion nach neunzig Minuten kein einziges Tor.

""" + _PARAGRAPHS + _REFS
    assert ("Beim Bundesliga-Spitzenspiel zwischen Hertha und Union sahen Zuschauer im vollen "
            "Stadion nach neunzig Minuten kein einziges Tor.") in _texts(dump)


def test_near_miss_linked_names_inside_a_sentence_go_on() -> None:
    # names linked one after another, a sentence ending and the next one cut inside: prose,
    # full with its numbers, goes on below
    dump = _MENU + """   Genannt: [7]Kurt Möller, [8]Eva Klein, [9]Tom Berg[10]. Dennoch blieb die
   Jury bei ihrer ersten Wahl, wie sie am Abend mitteilte.

""" + _PARAGRAPHS + _REFS
    assert ("Genannt: Kurt Möller, Eva Klein, Tom Berg. Dennoch blieb die Jury bei ihrer ersten "
            "Wahl, wie sie am Abend mitteilte.") in _texts(dump)


def test_near_miss_sentence_ending_on_a_link_goes_on_under_a_plain_line() -> None:
    # the last word is a link's text, but the line under it opens with no link: the line's own
    # numbers still count, and the sentence goes on
    dump = _MENU + """   Gesperrt blieben nach dem Sturm auch rund um [7]Kiel und [8]Lübeck
   Autobahnen und Landstraßen, teilte die Polizei mit.

""" + _PARAGRAPHS + _REFS
    assert ("Gesperrt blieben nach dem Sturm auch rund um Kiel und Lübeck Autobahnen und "
            "Landstraßen, teilte die Polizei mit.") in _texts(dump)


def test_near_miss_links_listed_with_commas_go_on_below() -> None:
    # a row of links whose line ends on a comma goes on: the list's next item is under it
    dump = _MENU + """   Themen: [7]Hochwasser, [8]Unwetter, [9]Wetterdienst, [10]Polizei,
   [11]Feuerwehr

""" + _PARAGRAPHS + _REFS
    assert "Themen: Hochwasser, Unwetter, Wetterdienst, Polizei, Feuerwehr" in _texts(dump)


def test_byline_in_lower_case_under_a_standfirst_that_ends_its_sentence_stays_apart() -> None:
    # the standfirst's line is full with its three numbers, but it ends its sentence, and the
    # line under it opens in lower case: a byline's label ("von", "por"), its own line
    for label, name in (("von", "Anna Schmidt"), ("por", "María García")):
        dump = _MENU + """Hochwasser: Deiche an der Oder halten dem Druck stand

   Tausende [7]Helfer kämpfen an der [8]Oder gegen das [9]Hochwasser an.
   """ + label + " [10]" + name + """
   12.09.2024 - 13:52 Uhr

""" + _PARAGRAPHS + _REFS
        texts = _texts(dump)
        assert "Tausende Helfer kämpfen an der Oder gegen das Hochwasser an." in texts
        assert extract(dump).authors == [name]


def test_line_after_a_break_under_a_sentence_end_stays_apart_whatever_its_case() -> None:
    # the paragraph's last line is full with its two numbers and ends its sentence; the line a
    # <br> put under it is a byline, a subhead or a related headline, not the sentence's
    for line in ("Von Anna Schmidt und Jörg Ährlich", "Was die Stadt jetzt sagt",
                 "Par Claire Dubois et Étienne Marchand"):
        dump = _MENU + """Hochwasser: Deiche an der Oder halten dem Druck stand

   Die Helfer arbeiteten die Nacht, sagte [7]Anna Schmidt vom [8]Verein.
   """ + line + """

""" + _PARAGRAPHS + _REFS
        assert line in _texts(dump)
