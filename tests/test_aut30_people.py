"""Authors are people (aut30, issue 11): a place or a section's label is never an author. A
kicker printed over the date line ("North Korea 09:31 August 20, 2019", "Middle East | ..."),
a desk's or a section's signature in capitals after the text ("ESPORTS NEWS", "NORTH
KOREA"), a metadata author that is a country: no writer (null rather than wrong). The near
misses beside them: people whose names hold a place's or a section's word ("Jordan Peterson",
"Georgia Smith", "Paris Hilton", "Jack London", "Chad Myers", "Newsome"), a signature in
capitals that is a person's, an Indonesian office with its province ("Ketua DPRD Jawa Barat")
before its holder's name. Inputs invented (fixtures/aut30/, the strings below), the expected
values read by eye."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.fields.byline import clean_name, place_or_section, split_names
from newsextract.profiles import get_profile, merged
from tests.conftest import FIXTURES

_DIR = FIXTURES / "aut30"

_HEAD = "Home | World | Business | Sport\n\nLeaders meet at the border to discuss the new trade treaty\n\n"
_TEXT = (
    "The leaders of the two countries met on Tuesday at the border village to discuss a treaty "
    "that would open the crossing to trucks for the first time in a decade, officials said.\n\n"
    "\u201cWe are ready to talk about everything,\u201d the foreign minister told reporters after "
    "the meeting, adding that a second round was planned for next month.\n\n"
    "The talks come after months of tension in which both sides moved troops closer to the line "
    "and closed the only road that links the two capitals.\n\n"
    "Analysts said the deal would help farmers on both sides who have lost their markets since "
    "the crossing was shut.\n\n"
)


def _over_date(line: str) -> bytes:
    return (_HEAD + line + _TEXT + "Share this article\n").encode()


def _after_text(line: str) -> bytes:
    return (_HEAD + "August 20, 2019\n\n" + _TEXT + line + "Related articles\n").encode()


@pytest.mark.parametrize("line", [
    "North Korea 09:31 August 20, 2019\n\n",       # a country's kicker on the date's line
    "North Korea\n\n09:31 August 20, 2019\n\n",    # ... on the line above it
    "Middle East 09:31 August 20, 2019\n\n",       # a region's
    "Asia Business | August 20, 2019\n\n",         # a region's section
])
def test_place_over_date_line_is_no_author(line: str) -> None:
    """A country, a region or a region's section printed over the date is a kicker: no author
    (the date is still read)."""
    art = extract(_over_date(line))
    assert art.authors == []
    assert art.date is not None and art.date.startswith("2019-08-20")


@pytest.mark.parametrize("line, who", [
    ("Jordan Peterson 09:31 August 20, 2019\n\n", "Jordan Peterson"),
    ("Jack London 09:31 August 20, 2019\n\n", "Jack London"),
    ("Georgia Smith | August 20, 2019\n\n", "Georgia Smith"),
    ("By Chad Myers | August 20, 2019\n\n", "Chad Myers"),
    ("By Paris Hilton\n\nAugust 20, 2019\n\n", "Paris Hilton"),
    ("By Newsome\n\nAugust 20, 2019\n\n", "Newsome"),
])
def test_person_with_place_word_over_date_kept(line: str, who: str) -> None:
    """A person whose name holds a country's, a city's or a section's word is still the writer."""
    assert extract(_over_date(line)).authors == [who]


@pytest.mark.parametrize("line", ["ESPORTS NEWS\n\n", "DIGITAL DESK\n\n", "NORTH KOREA\n\n", "WORLD POLITICS\n\n"])
def test_desk_or_place_signature_is_no_author(line: str) -> None:
    """A desk's, a place's or a section's words in capitals after the text sign no writer;
    the text's last paragraph stays the body's end."""
    art = extract(_after_text(line))
    assert art.authors == []
    assert art.body.endswith("since the crossing was shut.")


@pytest.mark.parametrize("line, who", [
    ("JACK LONDON\n\n", "Jack London"), ("PARIS HILTON\n\n", "Paris Hilton"), ("GEORGIA SMITH\n\n", "Georgia Smith"),
])
def test_person_signature_in_capitals_kept(line: str, who: str) -> None:
    """A writer's signature in capitals is still read, a place's word in the name or not."""
    assert extract(_after_text(line)).authors == [who]


@pytest.mark.parametrize("name, fixture", [
    ("kicker_country_over_date", []),
    ("kicker_region_over_date", []),
    ("desk_signature_after_body", []),
    ("meta_author_country", []),
    ("person_place_word_over_date", ["Jordan Peterson"]),
    ("person_signature_after_body", ["Jack London"]),
    ("meta_author_person", ["Chad Myers"]),
])
def test_html_pages(name: str, fixture: list) -> None:
    """The same shapes in HTML: a section's span beside the <time>, a desk's line closing the
    article, a metadata author (JSON-LD and meta) that is a country; and the people beside them."""
    art = extract((_DIR / f"{name}.html").read_bytes())
    assert art.authors == fixture
    assert art.body.startswith("The leaders of the two countries met")


_ID_HEAD = "Beranda | Nasional | Ekonomi | Olahraga\n\nDPRD minta pemerintah provinsi percepat perbaikan jalan rusak\n\n"
_ID_TEXT = (
    "BANDUNG, KOMPAS.com - Dewan Perwakilan Rakyat Daerah meminta pemerintah provinsi mempercepat "
    "perbaikan jalan yang rusak di sejumlah kabupaten menjelang musim hujan tahun ini.\n\n"
    "\"Kami minta perbaikan selesai sebelum akhir tahun,\" kata Ketua DPRD Jawa Barat Brian Yulianto "
    "di Bandung, Senin.\n\n"
    "Menurut dia, kerusakan jalan membuat biaya angkut hasil pertanian naik dan merugikan petani di "
    "daerah pedesaan.\n\n"
    "Pemerintah provinsi menyatakan anggaran perbaikan sudah disiapkan dan pekerjaan akan dimulai "
    "bulan depan.\n\n"
)


@pytest.mark.parametrize("line, who", [
    ("Jawa Barat | Senin, 19 Agustus 2019 09:31 WIB\n\n", []),
    ("Korea Utara 09:31 WIB, 19 Agustus 2019\n\n", []),
    ("Penulis: Georgia Putri | Senin, 19 Agustus 2019 09:31 WIB\n\n", ["Georgia Putri"]),
    ("Jordan Saputra\n\nSenin, 19 Agustus 2019 09:31 WIB\n\n", ["Jordan Saputra"]),
])
def test_indonesian_rows(line: str, who: list) -> None:
    """An Indonesian page: a province or a country over the date is no writer, a writer whose
    given name is a country's is; the quote's speaker after an office and its province is
    the holder, as before."""
    art = extract((_ID_HEAD + line + _ID_TEXT + "Baca juga: Jalan tol baru dibuka\n").encode())
    assert art.authors == who
    assert [q.speaker for q in art.quotes] == ["Brian Yulianto"]


@pytest.mark.parametrize("words, expected", [
    ("North Korea", True), ("NORTH KOREA", True), ("Middle East", True), ("London", True),
    ("Politics", True), ("Asia Business", True), ("Korea Utara", True),
    ("Jordan Peterson", False), ("Georgia Smith", False), ("Paris Hilton", False),
    ("Jack London", False), ("Chad Myers", False), ("Newsome", False), ("Business Insider", False),
])
def test_place_or_section(words: str, expected: bool) -> None:
    """Only words that are wholly a place, or a place or nothing before a topic's words."""
    assert place_or_section(words.split()) is expected


def test_clean_name_keeps_people_drops_places() -> None:
    """clean_name: a country alone is no name; a person named after one is."""
    en = get_profile("en")
    assert clean_name("North Korea", en) is None
    assert clean_name("JORDAN PETERSON", en) == "Jordan Peterson"


def test_company_address_still_no_author() -> None:
    """A company's address in an author tag ("X, Frankfurt a. M., Germany") names no one: a
    country dropped as a place still counts as one of the address's one-word parts."""
    assert split_names("GIROMATCH, Frankfurt a. M., Germany", merged()) == []
    assert split_names("Kirche und Leben, Münster, Germany", merged()) == []
    assert split_names("Jane Doe, London", merged()) == ["Jane Doe"]


_DE_NAV = "Startseite\n\nWirtschaft\n\nFinanzen\n\n"
_DE_HEAD = (
    "US-Notenbank räumt Versäumnisse bei Aufsicht ein\n\n"
    "Auf über 100 Seiten hat die Notenbank den Zusammenbruch einer Regionalbank analysiert – und "
    "Mängel bei Überwachung und Regulierung festgestellt.\n\n"
)
_DE_DATE = "28.04.2023, 20.15 Uhr\n\n"
_DE_PLAYER = "Artikel zum Hören•3 Min\n\nZur Playlist\n\nAnhören\n\nKommentare öffnen\n\nZur Merkliste hinzufügen\n\n"
_DE_TEXT = (
    "Die US-Notenbank hat nach dem Zusammenbruch einer kalifornischen Regionalbank Versäumnisse "
    "ihrer Aufsicht eingeräumt und strengere Regeln für Geldhäuser angekündigt.\n\n"
    "»Der Zusammenbruch zeigt, dass es Mängel in der Regulierung gibt, die angegangen werden "
    "müssen«, erklärte der zuständige Vizechef in einem Brief an den Kongress.\n\n"
    "Zwar stünde das Missmanagement der Bank im Kern hinter dem Untergang des Instituts, erklärte "
    "die Notenbank. Doch die Aufseher hätten die Probleme nicht vollständig erkannt.\n\n"
)
_DE_RELATED = (
    "Mehr zum Thema\n\nMögliche Garantie für Bankeinlagen: Rettet die Reichen\n\n"
    "Von Lena Vogt, Washington\n\nCrash-Risiko: Wo die nächsten Krisen lauern\n\nVon Tom Berger\n\n"
)
_DE_FOOT = "Impressum\n\nDatenschutz\n\n"


@pytest.mark.parametrize("parts, who", [
    # an audio player's buttons under the date ("Zur Playlist", "Anhören"): no writer
    ((_DE_HEAD, _DE_DATE, _DE_PLAYER, _DE_TEXT), []),
    # ... and a short text's related list after it: its teasers' bylines are no writer's either
    ((_DE_HEAD, _DE_DATE, _DE_PLAYER, _DE_TEXT, _DE_RELATED), []),
    ((_DE_HEAD, _DE_DATE, _DE_TEXT, _DE_RELATED), []),
    # near misses: the story's own byline over the player, under the standfirst
    ((_DE_HEAD, "Von Jonas Becker\n\n", _DE_DATE, _DE_PLAYER, _DE_TEXT), ["Jonas Becker"]),
    ((_DE_HEAD, "Von Anna Sleegers, Frankfurt\n\n", _DE_DATE, _DE_TEXT, _DE_RELATED), ["Anna Sleegers"]),
])
def test_player_buttons_and_related_teasers(parts: tuple, who: list) -> None:
    """UI labels of an audio player are no name; a related list's bylines after a short text
    are no writer's; the story's own byline is read."""
    art = extract((_DE_NAV + "".join(parts) + _DE_FOOT).encode())
    assert art.authors == who
    assert art.body.startswith("Auf über 100 Seiten") or art.body.startswith("Die US-Notenbank")


@pytest.mark.parametrize("name, lang, expected", [
    ("Zur Playlist", "de", None), ("Jetzt Anhören", "de", None), ("Add To Playlist", "en", None),
    ("Listen Now", "en", None), ("Hans Merkens", "de", "Hans Merkens"), ("Anna Teilhaber", "de", "Anna Teilhaber"),
])
def test_player_labels_are_no_names(name: str, lang: str, expected: object) -> None:
    """A player's or a share bar's button ("Playlist", "Anhören", "Listen") is no name's word;
    a surname that only begins like one is."""
    assert clean_name(name, get_profile(lang)) == expected


@pytest.mark.parametrize("name, lang, expected", [
    # a CMS's default account, a missing author's placeholder, a sponsor's label
    ("Super User", "de", None), ("Admin User", "en", None), ("No Author", "en", None),
    ("Sponsored Content", "en", None), ("Gesponserte Inhalte", "de", None),
    # near misses: people
    ("Anna Sponholz", "de", "Anna Sponholz"), ("Jane Auther", "en", "Jane Auther"),
])
def test_placeholders_are_no_names(name: str, lang: str, expected: object) -> None:
    """A CMS's placeholder or a sponsor's label is no person's name; names like them are."""
    assert clean_name(name, get_profile(lang)) == expected


@pytest.mark.parametrize("name, lang", [
    ("Corée du Nord", "fr"), ("Afrique du Sud", "fr"), ("Corea del Norte", "es"), ("Estados Unidos", "es"),
    ("Corea del Nord", "it"), ("Coreia do Norte", "pt"), ("Oriente Médio", "pt"), ("Noord-Korea", "nl"),
    ("Naher Osten", "de"), ("Vereinigte Staaten", "de"),
])
def test_other_languages_countries(name: str, lang: str) -> None:
    """A country or a region in the page's language, of several words (which pass for a given
    name and a surname), is no name; any page reads every language's list."""
    assert clean_name(name, get_profile(lang)) is None
    assert clean_name(name, get_profile("en")) is None


@pytest.mark.parametrize("name, lang", [
    ("Costa Gavras", "fr"), ("Salvador Dalí", "es"), ("Marco Polo", "it"), ("Israel Kamakawiwo", "en"),
])
def test_people_with_country_words(name: str, lang: str) -> None:
    """A person whose name holds a country's word is kept."""
    assert clean_name(name, get_profile(lang)) == name


def test_kicker_in_french_over_date() -> None:
    """A German page's dump with a French kicker of many words over its date line (a site's
    template in another language): no author."""
    text = (_DE_NAV + _DE_HEAD + "Corée du Nord 20:15 28.04.2023\n\n" + _DE_TEXT + _DE_FOOT).encode()
    assert extract(text).authors == []


@pytest.mark.parametrize("who, expected", [("Super User", []), ("No Author", []), ("Chad Myers", ["Chad Myers"])])
def test_meta_author_placeholder(who: str, expected: list) -> None:
    """A metadata author that is a CMS's placeholder names no writer; a person's is read."""
    page = (_DIR / "meta_author_person.html").read_text().replace("Chad Myers", who)
    assert extract(page.encode()).authors == expected


@pytest.mark.parametrize("line, who", [
    ("Real Estate 09:31 August 20, 2019\n\n", []),
    ("Climate Change 09:31 August 20, 2019\n\n", []),
    ("Personal Finance 09:31 August 20, 2019\n\n", []),
    ("Small Business 09:31 August 20, 2019\n\n", []),
    ("Fact Check 09:31 August 20, 2019\n\n", []),
    # near misses: people whose surnames are a section's word
    ("Dana Read 09:31 August 20, 2019\n\n", ["Dana Read"]),
    ("Christopher Story 09:31 August 20, 2019\n\n", ["Christopher Story"]),
    ("Emma Finance 09:31 August 20, 2019\n\n", ["Emma Finance"]),
])
def test_section_of_two_words_over_date(line: str, who: list) -> None:
    """A section's name of two words over the date line ("Real Estate") is no writer; a person
    whose surname is a section's word is."""
    assert extract(_over_date(line)).authors == who


@pytest.mark.parametrize("line, who", [
    ("By Georgia\n\nAugust 20, 2019\n\n", "Georgia"),          # a labelled name of one word
    ("By Kendal | August 20, 2019\n\n", "Kendal"),             # an English given name, an Indonesian city
    ("Author: Jordan\n\nAugust 20, 2019\n\n", "Jordan"),
    ("Written by India | August 20, 2019\n\n", "India"),
])
def test_labelled_one_word_name_kept(line: str, who: str) -> None:
    """A name of one word the page labels as the writer's is a person's even where a country or
    a city has it (the review of aut30: a one-word kicker over a date gives no author already)."""
    assert extract(_over_date(line)).authors == [who]


def test_one_word_place_alone_over_date_still_no_author() -> None:
    """The one-word kicker, unlabelled, over the date: no author (as before aut30)."""
    assert extract(_over_date("Georgia 09:31 August 20, 2019\n\n")).authors == []


@pytest.mark.parametrize("lang, who", [("es", "Israel"), ("id", "Iran"), ("de", "Schweiz")])
def test_one_word_place_named_is_kept_by_clean_name(lang: str, who: str) -> None:
    """clean_name leaves a one-word name to the path that read it (labelled, metadata's Person)."""
    assert clean_name(who, get_profile(lang)) == who


@pytest.mark.parametrize("line, lang, who", [
    ("Smith and Jones, Hong Kong", "en", ["Smith", "Jones"]),
    ("Ahmed, Khan, New Delhi", "en", ["Ahmed", "Khan"]),
    ("Müller, Schmidt, Hong Kong", "de", ["Müller", "Schmidt"]),
    ("Dupont et Martin, Costa Rica", "fr", ["Dupont", "Martin"]),
])
def test_surnames_then_a_place_of_several_words(line: str, lang: str, who: list) -> None:
    """Writers by their surnames, then where they write from in several words (the second
    review of session 30: the place counted as an address's part emptied the list; before
    aut30 it was read as a third writer)."""
    assert split_names(line, get_profile(lang)) == who
