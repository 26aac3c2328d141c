"""Dates of text dumps (ddate18): a day after a weekday in a caption's sentence, and a date
line a dump glued to the photo's caption under the byline; each with the lines that look like
them and are not."""

from __future__ import annotations

import pytest

from newsextract.blocks import Block
from newsextract.fields.dates import _in_prose, choose_date, find_dump_dates
from newsextract.profiles import get_profile

EN = get_profile("en")
DE = get_profile("de")

_CAPTION = "The Bank of Canada building in Ottawa, Ontario, Canada, on Thursday, May 8, 2025."


def _prose(text: str, profile=EN) -> bool:
    found = find_dump_dates(text, profile)
    assert found, text
    return _in_prose(text, found[0], caption=True)  # (a photo's caption, as the rule reads them)


@pytest.mark.parametrize("text", [
    _CAPTION,
    _CAPTION + " Economy",  # (a list's item: the caption and the section's name after it)
    "Die Regierung in Berlin hat es am Donnerstag, 8. Mai 2025. beschlossen.",
    # an agency's caption: the weekday and the day between commas, a lower-case word after
    "Rep. Jane Roe, left, talks with Rep. John Doe at the Statehouse, Thursday, April 27, 2023, "
    "in Indianapolis. (AP Photo/Jim Smith)",
    # a comma after the day and the sentence going on, in a paragraph
    "The council met on 27 April 2023, and approved the plan to rebuild the old harbour wall in the town.",
])
def test_a_day_after_a_weekday_that_ends_a_sentence_of_prose_is_an_events(text: str) -> None:
    profile = DE if "Berlin" in text else EN
    assert _prose(text, profile)


@pytest.mark.parametrize("text,profile", [
    ("Posted on Thursday, May 8, 2025.", EN),  # a stamp's label
    ("Posted on Thursday, May 8, 2025. Economy", EN),
    ("Last updated on Thursday, May 8, 2025.", EN),
    ("Erschienen am Donnerstag, 8. Mai 2025. Politik", DE),
    ("Von Jan Kixmüller am Donnerstag, 8. Mai 2025. Politik", DE),  # a writer's label opens it
    ("Jan Kixmüller am Donnerstag, 8. Mai 2025.", DE),  # a name alone before it
    ("am Donnerstag, 8. Mai 2025.", DE),  # the line's label on the line above
    ("Thursday, May 8, 2025.", EN),
    ("Thursday, May 8, 2025 at 10:30. The council met.", EN),  # a time printed: a stamp's
    ("Version 3.10.12 of the app was released on Thursday.", EN),  # no date at all
    # between commas after a name, a place or a section, not in a sentence
    ("Jane Doe, Thursday, April 27, 2023, in Politics", EN),
    ("Indianapolis Star, Thursday, April 27, 2023, in print", EN),
    ("Jane Doe, Staff Writer, Thursday, April 27, 2023, in print edition", EN),
    ("Posted in Politics, Thursday, April 27, 2023, by Jane Doe", EN),
    ("By Jane Doe, Thursday, April 27, 2023, in Politics and more on the budget talks at the Statehouse", EN),
    ("Posted in Politics and other news on Thursday, April 27, 2023, by Jane Doe, the desk's editor", EN),
    # a comma after the day and a name after it: the line of a stamp run into the text
    ("Veröffentlicht am 27. April 2023, Redaktion Berlin und weitere Worte bis zu einem Absatz", DE),
])
def test_stamps_that_look_like_it_stay_stamps(text: str, profile) -> None:
    found = find_dump_dates(text, profile)
    assert all(not _in_prose(text, f, caption) for f in found for caption in (False, True))


def _dump(lines: list, labels: dict) -> list:
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    for i, label in labels.items():
        blocks[i].label = label
        blocks[i].caption = label == "caption"
    return blocks


_DE_TEXT = ("Mit elf zu neun Stimmen beschloss der Rat am Mittwochabend, die Genehmigung für vier "
            "weitere Windräder auszusetzen.")


def test_a_date_line_glued_to_the_caption_under_the_byline_dates_the_page() -> None:
    lines = ["Gemeinderat stoppt Ausbau der Windräder", _DE_TEXT, "Von Anna Berger",
             "05.12.2024, 14.30 Uhr Windräder am Hasenberg. Foto: Karl Weiß", _DE_TEXT]
    labels = {0: "title", 1: "body", 2: "byline", 3: "caption", 4: "body"}
    got = choose_date(_dump(lines, labels), 0, 1, None, None, DE, dump=True)
    assert got.iso == "2024-12-05T14:30:00+01:00" and got.index == 3
    # (a page's markup keeps its date line apart: not read so from HTML)
    assert choose_date(_dump(lines, labels), 0, 1, None, None, DE, dump=False).iso is None


@pytest.mark.parametrize("caption,above", [
    # a caption's date without a time: the photo's day
    ("05.12.2024 Windräder am Hasenberg. Foto: Karl Weiß", "byline"),
    # a date inside the caption's words: the event's
    ("Windräder am Hasenberg am 05.12.2024, 14.30 Uhr. Foto: Karl Weiß", "byline"),
    # a caption under the text, not under the byline
    ("05.12.2024, 14.30 Uhr Windräder am Hasenberg. Foto: Karl Weiß", "body"),
])
def test_a_captions_own_dates_date_nothing(caption: str, above: str) -> None:
    lines = ["Gemeinderat stoppt Ausbau der Windräder", _DE_TEXT,
             "Von Anna Berger" if above == "byline" else _DE_TEXT, caption, _DE_TEXT]
    labels = {0: "title", 1: "body", 2: above, 3: "caption", 4: "body"}
    got = choose_date(_dump(lines, labels), 0, 1, None, None, DE, dump=True)
    assert got.index != 3


_EN_TEXT = ("The council approved the plan to rebuild the old harbour wall after a debate that had "
            "lasted more than three years, the mayor said.")


def test_a_dump_dated_by_its_printed_update_alone_says_so() -> None:
    import newsextract

    page = "\n\n".join(["Harbour wall plan passes", "By Jane Roe",
                        "Updated 12:24 am EST, Wednesday, November 20, 2019",
                        "Rep. Jane Roe, left, talks with Rep. John Doe at the Statehouse, Tuesday, Nov. 19, "
                        "2019, in Columbia, S.C. (AP Photo/Jim Smith)", _EN_TEXT, _EN_TEXT, _EN_TEXT])
    art = newsextract.extract(page)
    # (the caption's day is the photo's; the update is the only stamp, and owned up to)
    assert art.date == "2019-11-20T00:24:00-05:00"
    assert any("printed update" in w for w in art.warnings)
    # a publication stamp printed beside it is taken, with no such warning
    art = newsextract.extract(page.replace("Updated", "Published 9:07 pm EST, Tuesday, November 19, 2019 | Updated"))
    assert art.date == "2019-11-19T21:07:00-05:00"
    assert not any("printed update" in w for w in art.warnings)


FR = get_profile("fr")
ES = get_profile("es")


@pytest.mark.parametrize("printed,day", [
    ("6 Δεκεμβρίου 2026, 14:05", "2026-12-06"),  # Greek
    ("6 декември 2026 г., 14:05", "2026-12-06"),  # Bulgarian
    ("6. decembra 2026 14:05", "2026-12-06"),  # Slovak
    ("6. junij 2026 ob 14.05", "2026-06-06"),  # Slovenian
    ("6. decembar 2026. 14:05", "2026-12-06"),  # Serbian
    ("Objavljeno: 12. srpnja 2025. u 10:30", "2025-07-12"),  # Croatian: July, not Czech "srpna", August
    ("12. listopada 2025", "2025-11-12"),  # Polish November, as before (Croatian October is not read)
])
def test_month_names_of_more_languages_without_a_profile(printed: str, day: str) -> None:
    assert find_dump_dates(printed, EN)[0].iso[:10] == day


@pytest.mark.parametrize("text", [
    "Rujna Novak",  # no day and year around it
    "The 2026 decembra release",
    "Augusta 6 Jones 2026",
])
def test_the_new_month_names_need_a_day_and_a_year(text: str) -> None:
    assert find_dump_dates(text, EN) == ()


_ES_TEXT = ("La Comisión Europea ha abierto la puerta a estudiar la apertura de centros de retorno fuera "
            "de la Unión, según fuentes comunitarias consultadas por este diario.")


def _es_stamp(lines_between: list) -> str:
    return choose_date(_dump(["Bruselas sondea los centros", "María R. Sahuquillo", *lines_between, _ES_TEXT],
                             {0: "title", 1: "byline", len(lines_between) + 2: "body"}),
                       0, len(lines_between) + 2, None, None, get_profile("es"), dump=True).iso


@pytest.mark.parametrize("lines,iso", [
    # the zone on its own line under the update's time
    (["Bruselas - 15 oct 2024 - 08:22", "Actualizado: 15 oct 2024 - 17:38", "CEST"], "2024-10-15T08:22:00+02:00"),
    # the zone opening the share menu a dump folded it into
    (["Bruselas - 15 oct 2024 - 08:22", "Actualizado: 15 oct 2024 - 17:38",
      "CEST · Whatsapp · Facebook · Twitter"], "2024-10-15T08:22:00+02:00"),
    # the line broken between a date and its time, the zone glued to the time
    (["Bruselas - 15 oct 2024 - 08:22 Actualizado: 15 oct 2024 -", "17:38CEST"], "2024-10-15T08:22:00+02:00"),
])
def test_a_stamps_zone_on_the_line_under_its_last_time(lines: list, iso: str) -> None:
    assert _es_stamp(lines) == iso


@pytest.mark.parametrize("lines", [
    ["Bruselas - 15 oct 2024 - 08:22", "PT · EN · ES"],  # a language menu: two letters are no zone here
    ["Bruselas - 15 oct 2024 - 08:22", "BBC"],  # capitals that are no zone
    ["Bruselas - 15 oct 2024 - 08:22", "EFE", "CEST"],  # under a line that ends with no time
    ["Bruselas - 15 oct 2024 - 08:22", "Vídeo: la comisaria en Bruselas", "CEST"],  # not the stamp's line
    ["Bruselas - 15 oct 2024 - 08:22", "CEST Madrid"],  # a word after it
])
def test_capitals_under_a_stamp_that_are_not_its_zone(lines: list) -> None:
    assert _es_stamp(lines) == "2024-10-15T08:22:00"


def test_a_zone_a_dump_parted_from_its_time_at_the_am_or_pm_stop() -> None:
    # (a dump on one line parted at "a.m.", read as a sentence's stop: "EDT" on a line of its own)
    lines = ["Tornadoes could strike central U.S.", "By Matthew Cappucci", "April 26, 2024 at 11:24 a.m.",
             "EDT", _EN_TEXT]
    blocks = _dump(lines, {0: "title", 1: "byline", 4: "body"})
    assert choose_date(blocks, 0, 4, None, None, EN, dump=True).iso == "2024-04-26T11:24:00-04:00"
    blocks[3].text = "ETA"  # capitals that are no zone
    assert choose_date(blocks, 0, 4, None, None, EN, dump=True).iso == "2024-04-26T11:24:00"


@pytest.mark.parametrize("printed,profile", [
    ("6 December 2026 at 14:05 eat lunch with the team", EN),  # words, not in capitals
    ("6 December 2026 14:05 west of the city", EN),
    ("6 December 2026 14:05 cat", EN),
    ("6 december 2026 14:05 wat", EN),  # Dutch 'what'
    ("6 December 2026 14:05 AST", EN),  # Atlantic or Arabia: no offset told
])
def test_zone_words_that_are_words_or_ambiguous_give_no_offset(printed: str, profile) -> None:
    assert find_dump_dates(printed, profile)[0].iso == "2026-12-06T14:05:00"
