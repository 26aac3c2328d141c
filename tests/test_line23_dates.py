"""Dates on outlets never seen (session 23, line23): printed updates, a stamp line in an HTML
body, a numeric date beside one in words, two-digit years; invented pages in the shapes outlets
of many countries print, and the near misses each rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.fields.dates import find_dates, find_dump_dates
from newsextract.profiles import get_profile

_FIX = Path(__file__).resolve().parent.parent / "fixtures" / "line23"


def _record(name: str) -> dict:
    return newsextract.extract((_FIX / name).read_bytes()).to_dict()


# --- the printed update fills `modified` -------------------------------------------------------

@pytest.mark.parametrize("name, date, modified", [
    ("en_upd.txt", "2024-03-04T09:15:00-05:00", "2024-03-04T13:40:00-05:00"),
    ("de_upd.txt", "2024-03-05T10:12:00+01:00", "2024-03-05T16:45:00+01:00"),
    ("id_upd.txt", "2024-03-07T10:15:00+07:00", "2024-03-07T14:20:00+07:00"),
    # (HTML with no metadata date: the stamp line the article's container gave the body)
    ("h_en.html", "2024-03-04T09:15:00-05:00", "2024-03-04T13:40:00-05:00"),
])
def test_a_printed_update_under_the_stamp_is_the_modified_date(name: str, date: str, modified: str) -> None:
    r = _record(name)
    assert (r["date"], r["modified"]) == (date, modified)


def _dump(stamp: str, text: str = "BOSTON (AP) — A powerful storm knocked out power to thousands of "
                                  "homes along the coast on Monday, officials said.") -> str:
    return ("Home | World\n\nStorm leaves thousands without power across the coast\n\nBy Jane Miller\n\n"
            f"{stamp}\n\n{text}\n\nThe utility said most customers should have power back by Tuesday "
            "evening, though some rural areas could wait longer.\n")


def test_no_modified_date_from_an_update_without_a_day_or_before_the_publication() -> None:
    # (a relative update prints no day; an update dated before the publication is another
    # story's, or a typo: neither is the page's update)
    for stamp in ("Published March 4, 2024 9:15 AM EST\nUpdated 2 hours ago",
                  "Published March 4, 2024 9:15 AM EST\nUpdated March 1, 2024 1:40 PM EST"):
        r = newsextract.extract(_dump(stamp)).to_dict()
        assert r["date"] == "2024-03-04T09:15:00-05:00"
        assert r["modified"] is None


def test_a_page_that_prints_only_its_update_is_dated_by_it_and_says_so() -> None:
    r = newsextract.extract(_dump("Updated March 4, 2024 1:40 PM EST")).to_dict()
    assert r["date"] == r["modified"] == "2024-03-04T13:40:00-05:00"
    assert any("printed update" in w for w in r["warnings"])


def test_an_html_stamp_line_in_the_body_yields_to_the_metadata() -> None:
    html = (_FIX / "h_en.html").read_text().replace(
        "</head>", '<meta property="article:published_time" content="2024-03-01T08:00:00-05:00"></head>')
    r = newsextract.extract(html.encode()).to_dict()
    assert r["date"] == "2024-03-01T08:00:00-05:00"


def test_an_html_stamp_line_in_the_body_of_a_day_and_its_update() -> None:
    r = _record("h_it.html")
    assert (r["date"], r["modified"]) == ("2024-03-04", "2024-03-04T13:10:00+01:00")


# --- a numeric date and a date in words on one line ---------------------------------------------

def test_the_month_in_words_tells_the_numeric_dates_order() -> None:
    assert _record("en_in.txt")["date"] == "2024-03-04T15:00:00+05:30"
    en = get_profile("en")
    got = find_dates("Mar 4, 2024 | 03/04/2024 15:00 IST", en)
    assert [f.iso for f in got] == ["2024-03-04", "2024-03-04T15:00:00+05:30"]
    # (month first on a US page agrees with the words: nothing to turn)
    assert find_dates("March 4, 2024 | 03/04/2024 10:00", en)[1].iso[:10] == "2024-03-04"


@pytest.mark.parametrize("line, day", [
    # (another day in words: the numeric date keeps the page's order)
    ("Published Mar 4, 2024 | Updated 05/03/2024 10:00", "2024-05-03"),
    # (the numbers agree with the words read as printed)
    ("4 March 2024 | 04/03/2024 10:00 GMT", "2024-03-04"),
    # (a day past 12: one reading only)
    ("Mar 4, 2024 | 03/14/2024 10:00", "2024-03-14"),
    # (an update's label between: another moment, read in the page's order)
    ("Published Mar 4, 2024 | Updated 04/03/2024 10:00", "2024-04-03"),
])
def test_a_numeric_date_the_words_do_not_name_is_left_as_read(line: str, day: str) -> None:
    assert find_dates(line, get_profile("en"))[1].iso[:10] == day


def test_words_on_another_line_do_not_turn_a_numeric_date() -> None:
    got = find_dates("Mar 4, 2024\n03/04/2024 15:00", get_profile("en"))
    assert got[1].iso[:10] == "2024-03-04"  # (month first, as the page reads: no swap needed)
    got = find_dates("4 Apr 2024\n03/04/2024 15:00", get_profile("en"))
    assert got[1].iso[:10] == "2024-03-04"  # (April 3 is the words' day only on another line)


# --- a date whose year is printed in two digits --------------------------------------------------

def test_a_timelines_short_year_does_not_beat_the_stamp() -> None:
    assert _record("nl_tijd2.txt")["date"] == "2023-01-12"


def test_a_short_year_stamp_alone_is_still_read() -> None:
    assert _record("no_short.txt")["date"] == "2024-08-05T14:47:00"


def test_a_short_year_stamp_is_not_beaten_by_a_captions_full_date() -> None:
    text = ("Politik\n\nNobelpreisträger gestorben\n\n"
            "Der Schriftsteller bei einer Lesung in Berlin im Jahr 2010. Am 13.04.2025 ist er im Alter "
            "von 89 Jahren in Lima gestorben. | Foto: dpa\n\nMM-Redaktion Palma15.04.25 09:56\n\n"
            "Der Schriftsteller ist tot. Er starb am Sonntag im Alter von 89 Jahren in Lima, wie seine "
            "Familie mitteilte.\n\nEr hatte eine besondere Beziehung zu Mallorca, wo er oft die Sommer "
            "verbrachte.\n")
    assert newsextract.extract(text).to_dict()["date"][:16] == "2025-04-15T09:56"
    assert find_dump_dates("MM-Redaktion Palma15.04.25 09:56", get_profile("de"))


@pytest.mark.parametrize("line", ["15 marca 2024 o godz. 10:30", "15.03.2024, godz. 10:30",
                                  "15 marca 2024 o godzinie 10:30"])
def test_a_polish_stamps_time_after_its_word_for_hour(line: str) -> None:
    assert [f.iso for f in find_dates(line, get_profile(None))] == ["2024-03-15T10:30:00"]


def test_a_mastheads_last_update_above_the_headline_is_the_sites() -> None:
    r = _record("en_mast.txt")
    assert (r["date"], r["modified"], r["location"]) == ("2024-03-04", None, "Springfield")


# --- near misses a reviewer found (rv-line23): an update's label, a date in words, a short year ---

@pytest.mark.parametrize("name", [
    "rv_m01_trending.txt",  # ("Trending now: Mayor faces recall vote - Updated March 6, 2024 ...")
    "rv_m02_cookie.txt",  # ("We have updated our privacy policy. Updated: March 8, 2024. Accept cookies")
    "rv_m06_comment.txt",  # ("12 comments | Last comment updated March 9, 2024 8:00 PM")
    "rv_d03_id_baca.txt",  # ("Baca juga: Harga Emas Naik Lagi - Diperbarui 6 Maret 2024 10:00 WIB")
])
def test_no_modified_date_from_another_storys_or_a_banners_update(name: str) -> None:
    r = _record(name)
    assert r["date"][:10] == "2024-03-04"
    assert r["modified"] is None


@pytest.mark.parametrize("stamp, modified", [
    # (the label opens its line, or follows the stamp's separator: the page's update)
    ("Published March 4, 2024 9:15 AM EST | Updated March 4, 2024 1:40 PM EST", "2024-03-04T13:40:00-05:00"),
    ("Published March 4, 2024 9:15 AM EST\nLast updated March 4, 2024 1:40 PM EST", "2024-03-04T13:40:00-05:00"),
])
def test_an_update_label_opening_its_line_or_after_a_separator_is_the_pages(stamp: str, modified: str) -> None:
    assert newsextract.extract(_dump(stamp)).to_dict()["modified"] == modified


def test_a_date_in_words_further_on_the_line_does_not_turn_a_numeric_date() -> None:
    # ("Posted 03/04/2024 11:30 PM ET · Next game: April 3, 2024": the next game's day, not the
    # stamp's in other words; a US page reads month first)
    assert _record("rv_d01_us_next.txt")["date"] == "2024-03-04T23:30:00-05:00"
    got = find_dates("Posted 03/04/2024 11:30 PM ET · Next game: April 3, 2024", get_profile("en"))
    assert got[0].iso[:10] == "2024-03-04"


@pytest.mark.parametrize("name", ["rv_m09_de_shortyr.txt", "rv_m10_nl_shortyr.txt"])
def test_a_short_year_stamp_is_not_beaten_by_a_full_years_date_below_it(name: str) -> None:
    # ("12.01.23, 14:00 Uhr" over "Termin: Anhörung am 20.02.2023", "Lees ook: ... op 22.11.2023")
    assert _record(name)["date"] == "2023-01-12T14:00:00+01:00"
