"""An article's head on pages with no metadata (fixtures/lead24, invented in the shapes of French
and British pages): a French headline with its kicker's colon ("Réforme des retraites : le Sénat
adopte ...") reads as a sentence to the run's scores, which took it as the text's first line: the
site's name became the title, the date line under the byline a paragraph of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.classify import _date_line

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "lead24"


def _record(name: str) -> dict:
    return newsextract.extract((HERE / name).read_bytes()).to_dict()


def test_a_french_headline_with_its_kickers_colon() -> None:
    record = _record("fr_colon_headline.html")
    assert record["title"] == "Réforme des retraites : le Sénat adopte le texte après une nuit de débats"
    assert record["date"] == "2024-03-12T06:30:00"
    assert record["authors"] == ["Claire Martin", "Paul Henri"]
    assert record["body"].startswith("Les sénateurs ont voté la réforme")  # (the standfirst)
    assert "Publié le" not in record["body"]
    assert record["body"].endswith("une version commune aux deux chambres.")


def test_a_byline_under_the_standfirst_over_a_dateline() -> None:
    record = _record("en_byline_under_standfirst.html")
    assert record["title"] == "Council backs new bus lanes after heated debate"
    assert record["authors"] == ["Sarah Jones", "Raj Patel"]
    assert record["location"] == "Dundee"
    assert "By Sarah Jones" not in record["body"]


@pytest.mark.parametrize("line, dated", [
    ("Publié le 12 mars 2024 à 06h30, modifié le 12 mars 2024 à 08h12", True),
    ("Published March 12, 2024 6:30am, updated March 12, 2024 8:12am", True),
    ("Diterbitkan 12 Maret 2024, 06:30 WIB, diperbarui 12 Maret 2024, 08:12 WIB", True),
    # two dates in a sentence of the text are no date line
    ("The festival runs from 12 March 2024 to 20 March 2024 in the old town", False),
    ("Between 2 May 2023 and 4 June 2024 prices rose by half in the region.", False),
])
def test_a_line_of_two_dates(line: str, dated: bool) -> None:
    assert _date_line(line) is dated


def test_a_byline_and_its_date_in_spans_side_by_side_under_the_standfirst() -> None:
    # "<span>Von Katrin Lehmann</span><span>04.03.2024, 17:45 Uhr</span><span>Lesezeit: 3 Min.</span>":
    # no space between the spans' texts, the date glued to the name; the reading time's marker on it
    record = _record("de_spans_byline_date.html")
    assert record["authors"] == ["Katrin Lehmann"]
    assert record["date"] == "2024-03-04T17:45:00+01:00"
    assert record["body"].startswith("Die Lokführergewerkschaft GDL ruft")


def test_a_hidden_machine_stamp_glued_to_a_name_is_left_glued() -> None:
    # (microdata's hidden "updated" stamp beside the writer's name: no printed date)
    page = ("<html lang='de'><body><article><h1>Ein Bericht über den Stadtrat und seine Pläne</h1>"
            "<div class='meta'><span class='fn'>Isabell Angele</span><span class='updated'>"
            "2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></div>"
            "<p>Der Stadtrat hat am Montag über den neuen Haushalt beraten und ihn mit großer Mehrheit "
            "beschlossen, teilte die Stadt mit.</p><p>Die Opposition kritisierte die Pläne als zu teuer "
            "und kündigte Widerstand an.</p><p>Die Beratungen gehen im Januar weiter.</p>"
            "</article></body></html>")
    record = newsextract.extract(page.encode()).to_dict()
    assert not (record["date"] or "").startswith("2022-12-07")


@pytest.mark.parametrize("line", [
    # rv-lead24: lines of two dates in the text that name no update (an event's, fixtures')
    "Monday 12 February 2024, 10:00 – Friday 15 March 2024, 18:00, Town Hall, Leeds",
    "Dal 12/02/2024 al 15/03/2024, ore 10:00-18:00, Palazzo Reale, Milano",
    "Kickoff: Sat 12 Oct 2024 15:00 | Tue 15 Oct 2024 19:45 | Sat 19 Oct 2024 12:30",
])
def test_an_events_dates_are_no_date_line(line: str) -> None:
    assert _date_line(line) is False


@pytest.mark.parametrize("sentence", [
    "By Christmas Day, the lights were up.",
    "By Sunday Morning, the storm had passed.",
    "By Popular Demand, the show returns.",
])
def test_a_sentence_opening_with_by_and_capitals_stays_in_the_text(sentence: str) -> None:
    page = (HERE / "en_byline_under_standfirst.html").read_text(encoding="utf-8").replace(
        "<figure>", f"<p>{sentence}</p><figure>", 1)
    record = newsextract.extract(page.encode()).to_dict()
    assert record["authors"] == ["Sarah Jones", "Raj Patel"]
    assert sentence in record["body"]


_LIVE = ("<html lang='de'><head>{meta}</head><body><article><h1>Bahnstreik: Pendler müssen mit Ausfällen "
         "rechnen</h1>{above}<p class='intro'>Die Lokführergewerkschaft GDL ruft erneut zum Streik auf. "
         "Betroffen sind Fern- und Regionalverkehr in ganz Deutschland.</p>{below}"
         "<p>Die Gewerkschaft hat ihre Mitglieder erneut zu einem Streik im Personenverkehr aufgerufen. "
         "Der Ausstand soll am Montag beginnen und 35 Stunden dauern.</p>"
         "<p>Die Bahn will einen Notfahrplan anbieten. Im Fernverkehr soll etwa jeder fünfte Zug fahren.</p>"
         "<p>Der Tarifstreit dauert bereits seit November an.</p></article></body></html>")
_ENTRY = ("<div class='entry'><div class='entry-meta'><span class='author'>Von Anna Berger</span> "
          "<time>06.03.2024, 14:32 Uhr</time></div><p>Die Bahn hat einen Notfahrplan veröffentlicht.</p></div>")


@pytest.mark.parametrize("meta, above, below, date", [
    # rv-lead24b: a live blog's first entry under the standfirst dates no page that its metadata or
    # a stamp above the text dates
    ("<meta property='article:published_time' content='2024-03-05T08:00:00+01:00'>", "", _ENTRY,
     "2024-03-05T08:00:00+01:00"),
    ("", "<p class='date'>05.03.2024</p>", _ENTRY, "2024-03-05"),
    ("", "<p class='date'>05.03.2024</p>", "<p class='author'>Von Katrin Lehmann, 06.03.2024, 09:12 Uhr</p>",
     "2024-03-05"),
])
def test_a_date_under_the_standfirst_yields_to_the_pages_own(meta: str, above: str, below: str, date: str) -> None:
    record = newsextract.extract(_LIVE.format(meta=meta, above=above, below=below).encode()).to_dict()
    assert (record["date"] or "").startswith(date)


def test_a_hidden_stamp_with_a_space_is_no_printed_date() -> None:
    page = ("<html lang='de'><body><article><h1>Ein Bericht über den Stadtrat und seine Pläne</h1>"
            "<div class='meta'><span class='fn'>Isabell Angele</span><span class='updated'>2024-03-07 10:10:52"
            "</span><span> 5. März 2024</span></div><p>Der Stadtrat hat am Montag über den neuen Haushalt "
            "beraten und ihn mit großer Mehrheit beschlossen, teilte die Stadt mit.</p><p>Die Opposition "
            "kritisierte die Pläne als zu teuer.</p><p>Die Beratungen gehen im Januar weiter.</p></article></body></html>")
    record = newsextract.extract(page.encode()).to_dict()
    assert (record["date"] or "").startswith("2024-03-05")


@pytest.mark.parametrize("name, date, modified, opening", [
    # the date's line in the article's element, between the byline and a dateline paragraph (rv-lead24's
    # pages): the head's, not the text's first paragraph
    ("es_date_line_in_article.html", "2024-03-12T06:30:00", "2024-03-12T08:12:00", "El Consejo de Ministros"),
    ("pt_date_line_in_article.html", "2024-05-05T10:15:00", "2024-05-05T12:40:00", "As chuvas que atingem"),
    ("id_date_line_in_article.html", "2024-03-04T06:30:00+07:00", "2024-03-04T08:12:00+07:00", "Ratusan rumah di"),
])
def test_a_date_line_in_the_articles_element_is_the_heads(name: str, date: str, modified: str, opening: str) -> None:
    record = _record(name)
    assert record["date"] == date
    assert record["modified"] == modified
    assert record["body"].startswith(opening)


_FAIR = ("<html><head><title>x</title>{meta}</head><body><header><a href='/'>Site</a></header><main><article>"
         "<h1>Art fair returns</h1><p>A record number of artists will show their work at this year's fair, "
         "organisers say, with new halls opened for the first time.</p><p>By Jane Roe</p>{line}"
         "<p>LEEDS — The city's art fair returns this month with more than two hundred artists showing work "
         "in the old corn exchange.</p><p>“It is the biggest fair we have held,” said the organiser, "
         "Mark Hill, at the launch on Monday.</p><p>Tickets are free for under-16s and cost five pounds for "
         "adults at the door.</p></article></main><footer>© 2024</footer></body></html>")
_META = "<meta property='article:published_time' content='2024-03-10T08:00:00Z'>"


@pytest.mark.parametrize("meta, line, date, modified", [
    # rv-lead24c: a date's line the container's fill never took stays a head stamp, read as before
    ("", "<p>Mis à jour le 14/03/2024 à 08h12</p>", "2024-03-14T08:12:00", "2024-03-14T08:12:00"),
    (_META, "<p>Aktualizacja: 14.03.2024, 08:12</p>", "2024-03-10T08:00:00+00:00", "2024-03-14T08:12:00"),
])
def test_a_stamp_the_fill_never_took_is_read_as_before(meta: str, line: str, date: str, modified: str) -> None:
    record = newsextract.extract(_FAIR.format(meta=meta, line=line).encode()).to_dict()
    assert (record["date"], (record["modified"] or "")[:19]) == (date, modified)
