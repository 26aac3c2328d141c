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
    return _in_prose(text, found[0])


@pytest.mark.parametrize("text", [
    _CAPTION,
    _CAPTION + " Economy",  # (a list's item: the caption and the section's name after it)
    "Die Regierung in Berlin hat es am Donnerstag, 8. Mai 2025. beschlossen.",
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
])
def test_stamps_that_look_like_it_stay_stamps(text: str, profile) -> None:
    found = find_dump_dates(text, profile)
    assert all(not _in_prose(text, f) for f in found)


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
