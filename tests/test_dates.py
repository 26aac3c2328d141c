"""Dates as news pages print them."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.fields.dates import find_dates, normalise_iso
from newsextract.profiles import get_profile

ID = get_profile("id")
EN = get_profile("en")


@pytest.mark.parametrize("printed,iso", [
    ("Rabu, 10/05/2023 15:08 WIB", "2023-05-10T15:08:00+07:00"),
    ("Kamis, 5 November 2015 14:56 WIB", "2015-11-05T14:56:00+07:00"),
    ("Rabu, 4 November 2015 | 21:04 WIB", "2015-11-04T21:04:00+07:00"),
    ("Sabtu, 10 Des 2022 13:19 WIB", "2022-12-10T13:19:00+07:00"),
    ("Kamis, 5 November 2015 - 15:56 wib", "2015-11-05T15:56:00+07:00"),
    ("Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15T16:15:00+07:00"),
    ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),
    ("Wednesday, 04 November, 2015 | 07:28 WIB", "2015-11-04T07:28:00+07:00"),
    ("Jum'at, 6 Mei 2016 08:00 WITA", "2016-05-06T08:00:00+08:00"),
    ("Selasa , 3 Agustus 2021 10:30 WIT", "2021-08-03T10:30:00+09:00"),
    ("Monday, 7 March 2016 19.45 WIB", "2016-03-07T19:45:00+07:00"),
    ("2021/09/30 12:00:35", "2021-09-30T12:00:35+07:00"),
    ("Kamis, 05 November 2015 11:52", "2015-11-05T11:52:00+07:00"),
    ("Minggu, 14 Februari 2016", "2016-02-14"),
])
def test_indonesian_shapes(printed: str, iso: str) -> None:
    assert find_dates(printed, ID)[0].iso == iso


@pytest.mark.parametrize("printed,iso", [
    ("November 25, 2019 10:30 AM EST", "2019-11-25T10:30:00-05:00"),
    ("Published 3 June 2020 at 4:15 pm GMT", "2020-06-03T16:15:00+00:00"),
    ("Dec. 1, 2019", "2019-12-01"),
])
def test_english_shapes(printed: str, iso: str) -> None:
    assert find_dates(printed, EN)[0].iso == iso


@pytest.mark.parametrize("printed,iso", [
    ("20 Nisan 2026 • Güncelleme: 21 Nisan 2026", "2026-04-20"),
    ("8 января 2026, 17:46", "2026-01-08T17:46:00"),
    ("3. května 2025", "2025-05-03"),
    ("12 października 2021", "2021-10-12"),
    ("söndag 2 augusti 2026", "2026-08-02"),
])
def test_months_of_languages_without_a_profile(printed: str, iso: str) -> None:
    # (the page's language has no profile: its dates are read with every profile's months)
    assert find_dates(printed, get_profile(None))[0].iso == iso


@pytest.mark.parametrize("code,printed,iso", [
    ("es", "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "2022-05-04T07:46:00"),
    ("es", "15 de octubre del 2024", "2024-10-15"),
    ("pt", "04 de maio de 2022 às 14h30", "2022-05-04T14:30:00"),
    ("fr", "le 4 mai 2022 à 07h46", "2022-05-04T07:46:00"),
    # (a month that opens like a joiner is still a month)
    ("de", "28. Dezember 2022", "2022-12-28"),
])
def test_dates_joined_by_words_and_times_with_an_h(code: str, printed: str, iso: str) -> None:
    assert find_dates(printed, get_profile(code))[0].iso == iso


@pytest.mark.parametrize("code,printed,iso", [
    ("es", "15 abr 2025 - 09:56 CEST", "2025-04-15T09:56:00+02:00"),
    ("es", "2 ene. 2025", "2025-01-02"),
    ("pt", "31 out 2025, 20:02", "2025-10-31T20:02:00"),
    ("pt", "04 fev. 2025", "2025-02-04"),
    ("it", "02 Ago 2017", "2017-08-02"),
    ("it", "5 gen 2025 14:41", "2025-01-05T14:41:00+01:00"),
    ("nl", "3 mrt 2025 om 14:22", "2025-03-03T14:22:00+01:00"),
    ("fr", "18 sept. 2024 à 08:01", "2024-09-18T08:01:00"),
])
def test_month_abbreviations_of_romance_languages_and_dutch(code: str, printed: str, iso: str) -> None:
    # (pages and their dumps print the short forms as often as the names: "15 abr 2025")
    assert [f.iso for f in find_dates(printed, get_profile(code))] == [iso]


def test_a_printed_time_that_is_the_metadatas_moment_tells_the_offset() -> None:
    from newsextract.fields.dates import _as_printed
    assert _as_printed("2022-05-04T00:25:56+00:00", "2022-05-03T21:25:00") == "2022-05-03T21:25:56-03:00"
    assert _as_printed("2016-02-16T02:09:27+00:00", "2016-02-16T09:09:00") == "2016-02-16T09:09:27+07:00"
    # another moment (minutes differ), or a printed offset of its own: no reading
    assert _as_printed("2022-05-06T09:30:19+00:00", "2022-05-05T20:18:00") is None
    assert _as_printed("2022-05-04T00:25:56+00:00", "2022-05-03T21:25:00-03:00") is None


def test_date_in_parentheses_is_marked() -> None:
    found = find_dates("kata dia, Rabu (10/5/2023).", ID)
    assert found and found[0].in_parens


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("Rabu, 31/02/2023 10:00 WIB", ID) == ()
    assert find_dates("(4/11/205)", ID) == ()


@pytest.mark.parametrize("value,iso", [
    ("2016-02-23T16:52:00+07:00", "2016-02-23T16:52:00+07:00"),
    ("2016-02-23T09:52:00Z", "2016-02-23T09:52:00+00:00"),
    ("2016-02-23 16:52:00", "2016-02-23T16:52:00"),
    ("2016-02-23", "2016-02-23"),
    ("2016-02-23T16:52:00.000+0700", "2016-02-23T16:52:00+07:00"),
])
def test_machine_dates(value: str, iso: str) -> None:
    assert normalise_iso(value, ID) == iso


def test_month_names_of_languages_without_a_profile_are_read() -> None:
    from newsextract.profiles import merged

    cases = {"söndag 2 augusti 2026": "2026-08-02", "20 Nisan 2026": "2026-04-20",
             "8 января 2026, 17:46": "2026-01-08T17:46:00", "14 października 2025": "2025-10-14",
             "Publisert: 05.08.2024 kl. 14:47": "2024-08-05T14:47:00"}
    for text, iso in cases.items():
        assert [f.iso for f in find_dates(text, merged())] == [iso], text


@pytest.mark.parametrize("text,iso", [
    ("Publié le 18 juil. 2024 à 08:01", "2024-07-18T08:01:00"),
    ("15 de abril de 2025 a las 09:56", "2025-04-15T09:56:00"),
    ("3 de fevereiro de 2025 às 20:02", "2025-02-03T20:02:00"),
    ("4 Febbraio 2025 alle 14:41", "2025-02-04T14:41:00"),
    ("28 april 2024 om 14:30", "2024-04-28T14:30:00"),
])
def test_the_time_word_and_the_joining_de_of_romance_languages_and_dutch(text: str, iso: str) -> None:
    from newsextract.profiles import merged

    assert find_dates(text, merged())[0].iso == iso


@pytest.mark.parametrize("printed", ["11:00 AM PDT • May 16, 2024", "11:00 AM PDT · May 16, 2024",
                                     "11:00 AM PDT | May 16, 2024"])
def test_a_time_before_its_date_behind_a_bullet(printed: str) -> None:
    """US sites print the time, its zone, a bullet or a dot, then the date: the time is the
    date's, whichever mark parts them."""
    found = find_dates(printed, get_profile("en"))
    assert [f.iso for f in found] == ["2024-05-16T11:00:00-07:00"]


@pytest.mark.parametrize("code, printed, iso", [
    ("no", "Publisert: 05.08.24 kl. 14:47", "2024-08-05T14:47:00+02:00"),
    ("de", "Palma, Mallorca15.04.25 09:56", "2025-04-15T09:56:00+02:00"),
    ("de", "Erstellt am 01.12.23, 08:35", "2023-12-01T08:35:00+01:00"),
])
def test_a_dumps_short_year_is_read_when_a_time_follows(code: str, printed: str, iso: str) -> None:
    """A dotted date with a two-digit year is a date when its time follows; in a page's markup
    the metadata gives the year in full, so only a dump's reading takes it."""
    from newsextract.fields.dates import find_dump_dates

    assert [f.iso for f in find_dump_dates(printed, get_profile(code))] == [iso]
    assert find_dates(printed, get_profile(code)) == ()


def test_a_dumps_named_date_glued_to_the_byline_before_it_and_a_count_after_it() -> None:
    """A theme prints the byline, the date and a view count in spans with no space between:
    "by Lesotho TimesNovember 21, 202501747". A dump's reading takes the date; a page's
    markup, whose text nodes are read apart, is read as before."""
    from newsextract.fields.dates import find_dump_dates

    en = get_profile("en")
    assert [f.iso for f in find_dump_dates("by Lesotho TimesNovember 21, 202501747", en)] == ["2025-11-21"]
    assert find_dates("by Lesotho TimesNovember 21, 202501747", en) == ()
    # (a year with a time glued on is read as before: "January 9, 202512:05 AM GMT")
    assert [f.iso for f in find_dump_dates("January 9, 202512:05 AM GMT", en)] == ["2025-01-09T00:05:00+00:00"]
    # (a month's name that runs on in lower case is no month: "Mayday 3, 2024")
    assert find_dump_dates("Mayday 3, 2024", en) == ()


@pytest.mark.parametrize("printed", ["Version 5.08.24 build", "Tabelle 05.08.24", "v1.02.24 12"])
def test_a_short_dotted_number_without_a_time_is_no_date(printed: str) -> None:
    from newsextract.fields.dates import find_dump_dates

    assert find_dump_dates(printed, get_profile("de")) == ()


@pytest.mark.parametrize("printed", ["Version 3.10.12, 18:05 Uhr", "v3.10.12 18:05", "Update 2.04.21, 09:30 Uhr",
                                     "(v 1.02.24 12:00)"])
def test_a_version_number_with_a_time_after_it_is_no_date(printed: str) -> None:
    # a version's three numbers look like a date with a two-digit year, and a time may follow
    from newsextract.fields.dates import find_dump_dates

    assert find_dump_dates(printed, get_profile("de")) == ()


@pytest.mark.parametrize("printed, iso", [
    ("Kiew 05.08.24, 14:47 Uhr", "2024-08-05T14:47:00+02:00"),  # (a place ending in a "v" sound)
    ("Aktualisiert 05.08.24, 14:47 Uhr", "2024-08-05T14:47:00+02:00"),
    ("Kyiv 05.08.24, 14:47 Uhr", "2024-08-05T14:47:00+02:00"),
])
def test_a_short_year_after_other_words_is_still_read(printed: str, iso: str) -> None:
    from newsextract.fields.dates import find_dump_dates

    assert [f.iso for f in find_dump_dates(printed, get_profile("de"))] == [iso]


def test_a_dumps_publication_line_with_a_short_year_dates_it() -> None:
    import newsextract

    para = ("Politiet har ikke funnet kvinnen, og de sier at letingen skal fortsette etter "
            "helgen. Hun ble sist sett på tirsdag da hun var på vei hjem fra jobben, og "
            "familien ber nå om hjelp fra alle som har vært i området.")
    page = (f"Letingen etter kvinnen fortsetter i helgen\n\nPublisert: 05.08.24 kl. 14:47\n\n"
            f"{para}\n\n{para}\n\n{para}\n")
    assert newsextract.extract(page).date == "2024-08-05T14:47:00+02:00"


@pytest.mark.parametrize("line, want", [
    ("Published 3:45 PM EDT, Tue June 4, 2024", "2024-06-04T15:45:00-04:00"),
    ("Updated 3:45 PM EDT, Tuesday, June 4, 2024", "2024-06-04T15:45:00-04:00"),
])
def test_a_time_before_its_date_and_the_weekday(line: str, want: str) -> None:
    assert [f.iso for f in find_dates(line, get_profile("en"))] == [want]


def test_a_zoned_printed_time_near_the_metadatas_moment_is_that_moment_in_the_pages_offset() -> None:
    # the page prints "10:01 PM PST" (06:01 UTC) and its metadata says 05:57:50 UTC: one
    # publication, the metadata's moment (to the second), told as the page tells it
    pars = "".join(f"<p>{p}</p>" for p in [
        "City officials on Monday approved a plan to add pumps in neighborhoods hit by "
        "repeated flooding this spring, after residents packed a council meeting.",
        "Residents were urged to report standing water through the city hotline, which will "
        "be staffed around the clock during the rainy season."])
    page = newsextract.extract(
        '<html lang="en"><head><title>Pumps</title><meta property="article:published_time" '
        'content="2019-11-20T05:57:50+00:00"></head><body><article><h1>City Approves Pumps</h1>'
        f"<p>By Jane Doe</p><p>Published 10:01 PM PST, Tue November 19, 2019</p>{pars}"
        "</article></body></html>")
    assert page.date == "2019-11-19T21:57:50-08:00"


def test_a_dumps_day_takes_the_time_printed_after_a_publication_label() -> None:
    """A page of the day prints only the time under its headline ("Publicerad 14.14"), the
    day elsewhere (the masthead's "torsdag 8 januari 2026"): a dump's day takes that time, in
    the zone the language assumes; an update's time alone does not."""
    from newsextract.blocks import Block
    from newsextract.fields.dates import choose_date

    text = ("Polisen har nu inlett en särskild händelse efter att en 18-åring försvann i "
            "Uddevalla i tisdags, och allmänheten har hittat kläder som kan tillhöra henne.")
    lines = ["torsdag 8 januari 2026", "Hanna, 18, försvunnen i Uddevalla", "Amanda Hällsten",
             "Uppdaterad 15.59 | Publicerad 14.14", text, text]
    sv = get_profile("sv")
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    assert choose_date(blocks, 1, 4, None, None, sv, dump=True).iso == "2026-01-08T14:14:00+01:00"
    blocks = [Block(t, i) for i, t in enumerate(lines[:3] + ["Uppdaterad 15.59"] + lines[4:])]
    assert choose_date(blocks, 1, 4, None, None, sv, dump=True).iso == "2026-01-08"
    # the labelled time may open a longer line, the photo's caption glued on after it (lynx,
    # Markdown); inside a long line, a time after the label is a sentence's, not the page's
    caption = ("Publicerad 22.31 Rök stiger över Kievs centrum efter ryska missilattacker, natten "
               "mot lördag. Foto: Dan Bashakov/AP")
    blocks = [Block(t, i) for i, t in enumerate(lines[:3] + [caption] + lines[4:])]
    blocks[3].caption = True
    assert choose_date(blocks, 1, 4, None, None, sv, dump=True).iso == "2026-01-08T22:31:00+01:00"
    inside = "Rök stiger över Kievs centrum sedan natten, publicerad 22.31 av polisen i staden"
    blocks = [Block(t, i) for i, t in enumerate(lines[:3] + [inside] + lines[4:])]
    assert choose_date(blocks, 1, 4, None, None, sv, dump=True).iso == "2026-01-08"


def _page(head: str, byline: str) -> newsextract.Article:
    pars = "".join(f"<p>Paragraf {i} berisi kalimat yang cukup panjang tentang banjir yang merendam "
                   f"permukiman warga di bantaran sungai pada pekan ini.</p>" for i in range(4))
    return newsextract.extract(f"<html lang='id'><head><title>Banjir Rendam Permukiman</title>{head}"
                               f"</head><body><article><h1>Banjir Rendam Permukiman</h1>{byline}"
                               f"{pars}</article></body></html>")


@pytest.mark.parametrize("key", ["content_PublishedDate", "vr:published-time", "date_published",
                                 "kompas:publish_date"])
def test_a_sites_own_meta_name_for_the_publication_is_read(key: str) -> None:
    page = _page(f'<meta name="{key}" content="2024-02-12 10:00:00">', "")
    assert page.date == "2024-02-12T10:00:00+07:00"


def test_a_sites_meta_name_for_the_update_is_no_publication() -> None:
    assert _page('<meta name="content_UpdatedDate" content="2024-02-12 10:00:00">', "").date is None


def test_a_printed_update_does_not_outrank_the_metadatas_publication() -> None:
    # "Diperbarui ..." is the page's modified date; the metadata says when it was published
    page = _page('<meta property="article:published_time" content="2024-02-12T10:00:00+07:00">',
                 "<div class='date'>Diperbarui Selasa, 13 Februari 2024 11:00 WIB</div>")
    assert page.date == "2024-02-12T10:00:00+07:00"
    # with no metadata, the update is all the page gives
    page = _page("", "<div class='date'>Diperbarui Selasa, 13 Februari 2024 11:00 WIB</div>")
    assert page.date == "2024-02-13T11:00:00+07:00"


def _run(texts: list, labels: dict, items: dict = None) -> list:  # type: ignore[assignment]
    from newsextract.blocks import Block

    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    for i, label in labels.items():
        blocks[i].label = label
    for i, n in (items or {}).items():
        blocks[i].items = n
    return blocks


_PROSE = ("Der Stadtrat hat am Mittwoch einen neuen Plan für den alten Hafen beschlossen und damit eine "
          "Debatte beendet, die mehr als drei Jahre gedauert hatte.")


def test_a_stamp_a_joined_dump_ran_into_the_texts_first_paragraphs() -> None:
    from newsextract.fields.dates import choose_date

    de = get_profile("de")
    # (get_text(" ") runs the date line into the paragraph under it: it opens the paragraph)
    blocks = _run(["Neuer Plan für den alten Hafen", "Von Lena Korb",
                   "12.03.2024 um 18:05 Uhr - 4 Kommentare " + _PROSE, _PROSE],
                  {1: "byline", 2: "body", 3: "body"})
    got = choose_date(blocks, 0, 2, None, None, de, dump=True)
    assert (got.iso, got.index, got.guessed) == ("2024-03-12T18:05:00+01:00", 2, True)
    # (a page's markup keeps its date line apart: its body's paragraphs are not read so)
    assert choose_date(blocks, 0, 2, None, None, de, dump=False).iso is None
    # (or it follows the writer's name and the outlet's, its time printed)
    blocks = _run(["Old harbour plan passes", "Lena Korb · Harbour Times · Posted: "
                   "12 March 2024 - 18:05", "The council approved the plan on Wednesday."],
                  {1: "body", 2: "body"})
    got = choose_date(blocks, 0, 1, None, None, EN, dump=True)
    assert (got.iso, got.guessed) == ("2024-03-12T18:05:00", True)
    # (after words of prose it is the date of what the prose tells, and so is a standfirst's)
    blocks[1].text = "The council ends a three-year row over the pier 12 March 2024 - 18:05"
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso is None
    blocks[1].text = ("Officials said the closure began on 3 May 2021 at 10:30 and would last until the "
                      "river fell below the footpath.")
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso is None
    blocks[1].text = ("Police closed the road. Officials said the closure began on 3 May 2021 at 10:30 "
                      "and would last until the river fell.")
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso is None
    # (a zone printed makes a stamp's whole shape after any words of the first sentence: a
    # headline run into it, "Turki selenggarakan kontes film pendek internasional Selasa, ...")
    idp = get_profile("id")
    blocks[1].text = ("Turki selenggarakan kontes film pendek internasional Selasa, 23 Februari 2016 14:39 WIB "
                      "| 1.093 Views Jakarta (ANTARA News) - Turki menggelar kontes film pendek.")
    assert choose_date(blocks, 0, 1, None, None, idp, dump=True).iso == "2016-02-23T14:39:00+07:00"
    # (a writer's e-mail address is no prose's word: "Lena Korb lena@example.com Posted: ...")
    blocks[1].text = "Lena Korb lena.korb@example.com 12 March 2024 18:05 The council approved the plan."
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso == "2024-03-12T18:05:00"
    # (an initial's stop is no sentence's: "EFE/ J.J. Guillén ...")
    blocks[1].text = "EFE/ J.J. Guillén Alberto Órfão 12 March 2024 18:05 The council approved the plan."
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso == "2024-03-12T18:05:00"
    # (a line of a related story, and a reader's comment past the text, date other things)
    blocks = _run(["Old harbour plan passes", _PROSE, "Related: Storm warning 21 May 2025 - 14:19",
                   "Comments (2)", "Bob 21 May 2025 14:19 This road is always closed.", _PROSE],
                  {1: "body", 2: "related", 3: "boilerplate", 5: "body"})
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso is None
    # (a day with no time only where it opens the paragraph: "12 March 2024 • Hamburg ...")
    blocks[1].text = "12 March 2024 • Hamburg The council ends a three-year row over the pier."
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso == "2024-03-12"
    blocks[1].text = "The council met on 12 March 2024 and ended a three-year row over the pier."
    assert choose_date(blocks, 0, 1, None, None, EN, dump=True).iso is None
    # (nor where the sentence goes on after it: "3 May 2021 was the last time ...")
    page = ("Home | News | Sport\n\nFloods close the coast road\n\nBy Jane Doe\n\nThe coast road between the "
            "two towns stayed closed on Tuesday after the river broke its banks, officials said.\n\n3 May 2021 was "
            "the last time the road flooded, when the river rose above the footpath and left mud on the road.\n\n"
            "Drivers have been told to use the inland route until the water falls and the road is cleaned.\n")
    assert newsextract.extract(page).date is None


def test_a_related_storys_stamp_after_paragraphs_of_prose_dates_nothing() -> None:
    from newsextract.fields.dates import choose_date

    # (a teaser's headline and stamp glued to the end of a long paragraph: that story's date)
    long = " ".join([_PROSE] * 3) + " Neuer Hafen, alte Sorgen 23. 12. 2023 13:31"
    blocks = _run(["Neuer Plan für den alten Hafen", _PROSE, long], {1: "body", 2: "body"})
    assert choose_date(blocks, 0, 1, None, None, get_profile("de"), dump=True).iso is None


def test_a_date_line_a_dump_folded_into_a_menu_is_read_with_its_words_joined() -> None:
    from newsextract.fields.dates import choose_date

    menu = "For · Example.com · Published: · 18:05 · GMT, · 12 · March · 2024 · | · Updated: · 19:00"
    blocks = _run(["Old harbour plan passes", "By Lena Korb", menu,
                   "The council approved the plan on Wednesday, ending a row."],
                  {1: "byline", 2: "list", 3: "body"}, {2: 12})
    got = choose_date(blocks, 0, 3, None, None, EN, dump=True)
    assert (got.iso, got.index, got.guessed) == ("2024-03-12T18:05:00+00:00", 2, False)
    # (with no time the menu's words make no stamp: a masthead's menu may print today's day)
    blocks[2].text = "Home · News · Sport · Tuesday, · 12 · March · 2024 · Weather"
    assert choose_date(blocks, 0, 3, None, None, EN, dump=True).iso is None
    # (and above the headline, a masthead's run is not read so)
    blocks = _run([menu, "Old harbour plan passes", "The council approved the plan on Wednesday."],
                  {0: "list", 2: "body"}, {0: 12})
    assert choose_date(blocks, 1, 2, None, None, EN, dump=True).iso is None


@pytest.mark.parametrize("day, time, iso", [
    ("05. März 2024", "15:36 Uhr", "2024-03-05T15:36:00+01:00"),
    ("Stand: 5. März 2024,", "05:00 Uhr", "2024-03-05T05:00:00+01:00"),
    ("Lena Korb · Redakteurin · 05.03.2024", "15:36", "2024-03-05T15:36:00+01:00"),
])
def test_a_dumps_day_with_its_time_alone_on_the_next_line(day: str, time: str, iso: str) -> None:
    from newsextract.fields.dates import choose_date

    de = get_profile("de")
    blocks = _run(["Neuer Plan für den alten Hafen", day, time, _PROSE], {3: "body"})
    assert choose_date(blocks, 0, 3, None, None, de, dump=True).iso == iso
    # (the day's line goes on after it, or the next line is more than a time: the day alone)
    blocks = _run(["Neuer Plan für den alten Hafen", day + " Politik", time, _PROSE], {3: "body"})
    assert choose_date(blocks, 0, 3, None, None, de, dump=True).iso == "2024-03-05"
    blocks = _run(["Neuer Plan für den alten Hafen", day, time + " Hamburg tagt", _PROSE], {3: "body"})
    assert choose_date(blocks, 0, 3, None, None, de, dump=True).iso == "2024-03-05"


def test_a_time_below_a_day_is_a_clocks_time() -> None:
    from newsextract.fields.dates import choose_date

    def below(day: str, time: str, profile=EN) -> str:  # type: ignore[no-untyped-def]
        blocks = _run(["Old harbour plan passes", day, time, "The council approved the plan on Wednesday."],
                      {3: "body"})
        return choose_date(blocks, 0, 3, None, None, profile, dump=True).iso
    # (an hour in one digit, nothing else on the line, is as often a video's length)
    assert below("5 November 2024", "2:30") == "2024-11-05"
    assert below("5 November 2024", "02:30") == "2024-11-05T02:30:00"
    # (its am or pm makes it a clock's, on the 24-hour clock: 12:30 am is half past midnight)
    assert below("5 November 2024", "2:30 pm") == "2024-11-05T14:30:00"
    assert below("5 November 2024", "12:30 am") == "2024-11-05T00:30:00"
    assert below("5 November 2024", "12:30 pm") == "2024-11-05T12:30:00"
    # (no hour past 23: "24:00" and "19:99" are no clock's)
    assert below("5 November 2024", "24:00") == "2024-11-05"
    assert below("5 November 2024", "19:99") == "2024-11-05"
    # (a stamp's label glued on after the time ends it: the updated stamp is the next one's)
    assert below("Bruselas - 15 oct 2024 -", "08:22Actualizado: 15 oct 2024 -",
                 get_profile("es")) == "2024-10-15T08:22:00"
    # (any other word glued on is no label's: the day alone)
    assert below("Bruselas - 15 oct 2024 -", "08:22Economía", get_profile("es")) == "2024-10-15"


def test_a_dumps_stamps_run_together_with_the_updated_label_glued_to_the_year() -> None:
    from newsextract.fields.dates import choose_date, find_dates, find_dump_dates

    line = "09:12, 4 Mar 2024Updated 17:40, 4 Mar 2024"
    assert [f.iso for f in find_dump_dates(line, EN)] == ["2024-03-04T09:12:00", "2024-03-04T17:40:00"]
    # (the published stamp, not the updated one after its label)
    blocks = _run(["Old harbour plan passes", line, "The council approved the plan on Wednesday."],
                  {2: "body"})
    assert choose_date(blocks, 0, 2, None, None, EN, dump=True).iso == "2024-03-04T09:12:00"
    # (any other word glued on is a related list's section, "4 Mar 2024Business", no date's end)
    assert find_dump_dates("4 Mar 2024Business", EN) == ()
    assert find_dates(line, EN)[0].iso == "2024-03-04T17:40:00"  # (a page's markup glues nothing)


def test_a_zone_printed_once_on_a_date_line_is_its_other_times_zone() -> None:
    from newsextract.fields.dates import choose_date

    es = get_profile("es")
    line = "Madrid - 4 mar 2024 - 09:12 Actualizado: 4 mar 2024 - 17:40 CET"
    blocks = _run(["Aprobado el plan para el puerto viejo", line, "El ayuntamiento aprobó el plan."],
                  {2: "body"})
    assert choose_date(blocks, 0, 2, None, None, es, dump=True).iso == "2024-03-04T09:12:00+01:00"
    # (another day's zone is not read across: the time stays without an offset)
    blocks[1].text = "Madrid - 4 mar 2024 - 09:12 Actualizado: 5 mar 2024 - 17:40 CET"
    assert choose_date(blocks, 0, 2, None, None, es, dump=True).iso == "2024-03-04T09:12:00"


def test_a_dumps_site_country_from_the_host_it_names_most() -> None:
    from newsextract.pipeline import dump_country

    text = ("Inicio | periodico.es\n\nEl ayuntamiento aprobó el plan.\n\n[Compartir](https://www.periodico.es/a/1)"
            " [logo](https://cdn.periodico.es/logo.png) [X](https://twitter.com/periodico)\n\n© 2024 Periodico.es")
    assert dump_country(text, None) == "es"
    assert dump_country("Follow us: https://news.example.co.uk and www.example.co.uk/sport", None) == "uk"
    # (only a name printed as an address counts: glued sentences' stops, "said.In", and a
    # source a text cites in its words name no host of the site's)
    assert dump_country("the council said.In a statement it said.In the morning", None) is None
    assert dump_country("the mayor said.It was closed.It rained", None) is None
    assert dump_country("According to bbc.co.uk, the river rose. A report on bbc.co.uk agreed.", None) is None
    assert dump_country("Contact news@example.fr or visit www.example.fr", None) == "fr"
    # (once is no site's: a link to another page)
    assert dump_country("Source: www.agency.fr", None) is None
    # (a site under .com names no country; nor does a file's name, "logo.png")
    assert dump_country("example.com example.com logo.png logo.png logo.png periodico.es", None) is None
    # (the dump's own address, when it prints one, decides)
    assert dump_country("", "https://www.example.co.za/news/1") == "za"
    # (a short link's or an embed's address names another site, not the page's: youtu.be is
    # no Belgian site, redd.it no Italian one)
    assert dump_country("Watch: https://youtu.be/abc and https://youtu.be/def", None) is None
    assert dump_country("https://redd.it/x1 https://redd.it/x2 https://www.example.fr https://www.example.fr",
                        None) == "fr"


def test_a_dumps_bare_time_takes_the_zone_of_its_sites_country() -> None:
    from newsextract.fields.dates import with_country_offset

    assert with_country_offset("2024-03-04T09:12:00", "fr") == "2024-03-04T09:12:00+01:00"
    assert with_country_offset("2024-07-04T09:12:00", "uk") == "2024-07-04T09:12:00+01:00"
    assert with_country_offset("2024-07-04T09:12:00", "za") == "2024-07-04T09:12:00+02:00"
    # (Spain and Portugal: their mainland's zone, where nearly all their people live; the
    # Canaries and the Azores are an hour behind, and the record says the zone is a guess)
    assert with_country_offset("2024-03-04T09:12:00", "es") == "2024-03-04T09:12:00+01:00"
    assert with_country_offset("2024-07-04T09:12:00", "pt") == "2024-07-04T09:12:00+01:00"
    # (a country of several zones, a day with no time, a time with its offset: as they are)
    assert with_country_offset("2024-03-04T09:12:00", "us") == "2024-03-04T09:12:00"
    assert with_country_offset("2024-03-04T09:12:00", "mx") == "2024-03-04T09:12:00"
    assert with_country_offset("2024-03-04T09:12:00", "br") == "2024-03-04T09:12:00"
    assert with_country_offset("2024-03-04", "fr") == "2024-03-04"
    assert with_country_offset("2024-03-04T09:12:00-05:00", "fr") == "2024-03-04T09:12:00-05:00"
    # (end to end: the offset is a guess, and the record says so)
    body = ("Le conseil municipal a approuvé mercredi un nouveau plan pour le vieux port, mettant fin à "
            "un débat qui durait depuis plus de trois ans et qui divisait la coalition au pouvoir.")
    text = "\n\n".join(["www.journal.fr | Accueil", "Le plan pour le vieux port est approuvé",
                        "4 mars 2024 09:12", body, body.replace("a", "e", 3), body[::-1],
                        "© 2024 www.journal.fr"])
    rec = newsextract.extract(text)
    assert rec.date == "2024-03-04T09:12:00+01:00"
    assert any("domain names (.fr)" in w for w in rec.warnings)
    assert newsextract.extract(text.replace("journal.fr", "journal.com")).date == "2024-03-04T09:12:00"
