"""Dates of pages from outlets never seen (dte27): an update's label a dump glued to the name
before it, a short year on a date's own line, a list of dated
stories above the headline, a day and its dot that a Markdown converter leaves as a list's
number, and an HTML byline box under the standfirst; each with the lines that look like them
and are not. The pages under fixtures/dte27/ are invented (no metadata), in the shapes German,
English, French and Dutch outlets print; their dumps were made with bench/dumps.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.fields.dates import _after_modified_label, find_dump_dates
from newsextract.profiles import get_profile
from newsextract.segment.dumps import _markdown_line

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dte27"
DE, NL, EN = get_profile("de"), get_profile("nl"), get_profile("en")


def _date(name: str) -> str | None:
    return extract((FIX / name).read_bytes()).to_dict()["date"]


# --- an update's label glued to the word before it ---

@pytest.mark.parametrize("head", [
    "By Tom HarrisUpdated ",  # (a byline's spans run together by a dump)
    "Anna BergerAktualisiert: ",
    "Jean DupontMis à jour le ",
    " | Updated ",  # (apart, as before)
])
def test_an_update_label_glued_to_a_name_is_read(head: str) -> None:
    assert _after_modified_label(head)


@pytest.mark.parametrize("head", [
    "The rules are outdated since ",  # (a word that holds a label's letters)
    "Outdated ",
    "By Tom Harris ",
    "Anna Berger, Updatedienst ",  # (a longer word that opens with a label's letters)
])
def test_no_update_label_where_none_is_glued(head: str) -> None:
    assert not _after_modified_label(head)


@pytest.mark.parametrize("name,want", [
    # "Updated Aug 6 ... Published Aug 5" in one byline box: the publication's day
    ("upd1.w3m.txt", "2024-08-05T10:30:00-04:00"),
    ("upd2.w3m.txt", "2024-08-05T10:30:00+02:00"),
    # the same pages' HTML: the byline box under the standfirst, no metadata
    ("upd1.html", "2024-08-05T10:30:00-04:00"),
    ("upd2.html", "2024-08-05T10:30:00+02:00"),
])
def test_the_publication_is_read_past_a_glued_update(name: str, want: str) -> None:
    assert _date(name) == want


# --- short years ---

def test_a_short_year_on_a_dates_own_line_under_the_headline() -> None:
    # "25.4.24" alone under the headline (a satire site's stamp); the old first publication's
    # "Erstveröffentlichung: 4.4.18" after the text is not read
    assert _date("de3.w3m.txt") == "2024-04-25"


@pytest.mark.parametrize("name,want", [
    ("rv/s1.txt", "2024-04-25"),  # "Von Anna Berger" / "25.4.24" over the text: the head's only date
    ("rv/s10.txt", "2024-04-25"),  # "Montag, 25.04.24" under the byline
    # (the reviewer's near misses: a full date anywhere outranks a short year; in or after the
    # text a short year is a section's, a table's, a verse's number)
    ("rv/s9.txt", "2024-08-05"),  # "25.4.24" / "Von Anna Berger" ... "Erstellt am 05.08.2024"
    ("rv/s8.txt", "2024-08-05"),  # "Von Anna Berger | 05.08.2024" ... "Spielstand" / "25.4.24"
    ("rv/f2.txt", None),  # "Abschnitt" / "3.1.12" in the text
    ("rv/s3.txt", None),  # "Tabelle" / "1.3.12" after the text
    ("rv/s11.txt", None),  # "Psalm" / "23.1.23" after the text
])
def test_short_years_read_in_the_head_only_as_a_last_fallback(name: str, want: str | None) -> None:
    assert _date(name) == want


@pytest.mark.parametrize("text", ["25.4.24", "Montag, 25.04.24"])
def test_a_bare_short_year_is_no_date_where_it_stands(text: str) -> None:
    # (read only by choose_date's last fallback, in the head: not by the finder anywhere)
    assert not find_dump_dates(text, DE)


@pytest.mark.parametrize("text,profile", [
    # a long line that ends with a short year and no time: a sentence's, a credit's
    ("Die Aufnahme zeigt den Zustand der Brücke vor dem Umbau am 4.4.18", DE),
    ("ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18", DE),
    ("Version 3.10.12", DE),  # (a version's number)
    ("Kapitel 1.2.3", DE),  # (a year of one digit is none)
    ("Score 12-5-3", EN),
    ("Tabelle 05.08.24", DE),  # (a word before it: no date's own line)
    ("05-08-24", NL),  # (dashes: a phone's or an article's number as often; tests/test_printed_zone_order.py)
])
def test_short_years_not_read(text: str, profile) -> None:
    assert not find_dump_dates(text, profile)


# --- a list of dated stories above the headline ---

@pytest.mark.parametrize("name", [
    "rel3.w3m.txt",  # "Meistgelesen" / "• Neue Ampeln02.08.2024, 09:12 Uhr" / "• Busspur28.07.2024, ..."
    "rel3.soup_nl.txt",  # the same without bullets: titles and dates on lines of their own
    "rel3.html",
])
@pytest.mark.xfail(strict=True, reason="rule 4 (dated lists above the headline) taken out: it skipped the head's own meta lines (rv-dte27)")
def test_a_dated_list_above_the_headline_dates_no_page(name: str) -> None:
    # the page prints only "vor 3 Stunden": no day can be read
    assert _date(name) is None


def test_a_stamp_above_the_headline_with_its_update_is_read() -> None:
    # a near miss of the list: the stamp and its update over the headline, two days, one labelled
    text = ("Site\n\n05.08.2024, 10:30 Uhr\n\nAktualisiert: 06.08.2024, 08:15 Uhr\n\n"
            "Stadt plant 42 Kilometer neue Radwege\n\n"
            "Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau des Radwegenetzes vorgestellt. "
            "Bis Ende 2026 sollen insgesamt 42 Kilometer neue Wege entstehen, teilte die Behörde mit.\n\n"
            "„Wir wollen den Verkehr in der Innenstadt deutlich sicherer machen“, sagte Baudezernentin "
            "Petra Hansen bei der Vorstellung im Rathaus. Die Kosten liegen bei rund 18 Millionen Euro.\n")
    assert (extract(text).to_dict()["date"] or "")[:10] == "2024-08-05"


@pytest.mark.xfail(strict=True, reason="rule 4 (dated lists above the headline) taken out: it skipped the head's own meta lines (rv-dte27)")
def test_a_teaser_menu_above_the_headline_yields_to_the_stamp_after_the_text() -> None:
    # soup_nl folds "Lees ook · Leraren staken · 22 juli 2024 · Nieuwe cao · 19 juli 2024" into
    # the masthead's menu; the page's stamp is the details line after the text
    assert _date("aft1.soup_nl.txt") == "2024-08-05T10:30:00+02:00"


# --- Markdown: a day and its dot where a list's number stands ---

@pytest.mark.xfail(strict=True, reason="rule 5 (a Markdown line opening with a day's dot) taken out: it read an event schedule's first line (rv-dte27)")
def test_a_markdown_date_line_that_opens_with_its_days_dot() -> None:
    # markdownify prints "5. August 2024, 10:30 Uhr" unescaped; the kicker above it prints an
    # event's range ("Festival 1.–3. August 2024"), which is not the page's
    assert _date("evt1.markdownify.txt") == "2024-08-05T10:30:00+02:00"


@pytest.mark.parametrize("line,want", [
    pytest.param("5. August 2024, 10:30 Uhr", ["• 5. August 2024, 10:30 Uhr"],  # (a date's line: its day kept)
                 marks=pytest.mark.xfail(strict=True, reason="rule 5 taken out (rv-dte27)")),
    ("1. Laub liegen lassen, wo es den Tieren Schutz gibt", ["• Laub liegen lassen, wo es den Tieren Schutz gibt"]),
    ("3. März: Laub liegen lassen", ["• März: Laub liegen lassen"]),  # (a month's name, no date)
    # (a day with no time stays a list's number: a masthead's "18. Mai 2026" under the <title>'s
    # line would read as the headline's date; see the report of dte27)
    ("18. Mai 2026", ["• Mai 2026"]),
])
def test_a_markdown_ordered_items_number(line: str, want: list) -> None:
    assert _markdown_line(line, {}) == want


def test_a_stamp_right_under_a_dated_teaser_is_still_the_pages() -> None:
    # the list alternates titles and dates; the stamp under its last date breaks that: read
    text = ("Site\n\nMeistgelesen\n\nBusspur\n\n28.07.2024, 17:40 Uhr\n\n05.08.2024, 10:30 Uhr\n\n"
            "Stadt plant 42 Kilometer neue Radwege\n\n"
            "Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau des Radwegenetzes vorgestellt. "
            "Bis Ende 2026 sollen insgesamt 42 Kilometer neue Wege entstehen, teilte die Behörde mit.\n\n"
            "„Wir wollen den Verkehr in der Innenstadt deutlich sicherer machen“, sagte Baudezernentin "
            "Petra Hansen bei der Vorstellung im Rathaus. Die Kosten liegen bei rund 18 Millionen Euro.\n")
    assert extract(text).to_dict()["date"] == "2024-08-05T10:30:00+02:00"


# --- the reviewer's (rv-dte27) inputs: the head's own lines with two days, an event schedule ---

@pytest.mark.parametrize("name,want", [
    ("rv/l1.w3m.txt", "2024-08-03"),  # "Erstellt: 03.08.2024" / "Stand: 05.08.2024" / "Von Anna Berger" over the <h1>
    ("rv/l2.w3m.txt", "2024-08-03T09:12:00+02:00"),  # "03.08.2024, 09:12 Uhr" / "Anna Berger" / "05.08.2024, 11:00 Uhr"
    ("rv/l5.w3m.txt", "2024-08-03"),  # "03.08.2024" / "Von Anna Berger" / "Sitzung vom 01.08.2024"
    ("rv/m3.txt", "2024-08-03"),  # "August 3, 2024" / "By Tom Harris" / "Photo taken" / "July 30, 2024"
    ("rv/m4.txt", "2024-08-03"),  # "03.08.2024" / "Stadtrat" / "01.08.2024 Sitzung" over the headline
    ("rv/m5.txt", "2024-08-03"),  # "August 3, 2024" / "By Tom Harris" / "As of" / "August 5, 2024"
    ("rv/k1.txt", "2024-07-28"),  # the text's schedule "1. August 2024, 18:00 Uhr" ... "Erstellt: 28.07.2024"
])
def test_the_heads_own_dates_and_a_schedule_in_the_text(name: str, want: str) -> None:
    assert _date(name) == want


@pytest.mark.xfail(strict=True, reason="rule 4 taken out: a photo's day under the byline still wins (rv-dte27)")
def test_a_photos_day_under_the_byline_is_not_the_pages() -> None:
    # "August 3, 2024" / "By Tom Harris" / "Photo: Jane Doe" / "August 1, 2024"
    assert _date("rv/r4d.txt") == "2024-08-03"


def test_an_html_schedule_line_in_the_text_is_no_byline_box() -> None:
    # rule 2 reads a head-labelled date line under the standfirst as the byline box's; a
    # schedule under the text's second paragraph ("2. August 2024, 20:00 Uhr: Konzert im Park")
    # is not one. (The page's "Erstellt 28.07.2024" is still missed, as on base: a guess, said so.)
    r = extract((FIX / "rv" / "p2.html").read_bytes()).to_dict()
    assert not (r["date"] or "").startswith("2024-08-02")
    assert any("date read from a line of the text" in w for w in r["warnings"])
