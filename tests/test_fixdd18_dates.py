"""Dates of text dumps (fixdd18): the harms a review found in ddate18's rules, as tests (each
expected date checked by eye against the invented lines)."""

from __future__ import annotations

import pytest

from newsextract.blocks import Block
from newsextract.fields.dates import _in_prose, choose_date, find_dump_dates
from newsextract.profiles import get_profile

EN, DE, ES, IT, FR = (get_profile(x) for x in ("en", "de", "es", "it", "fr"))

_EN_TEXT = ("The council approved the plan to rebuild the old harbour wall after a debate that had "
            "lasted more than three years, the mayor said on the steps of the town hall.")


def _dump(lines: list, labels: dict) -> list:
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    for i, label in labels.items():
        blocks[i].label = label
        blocks[i].caption = label == "caption"
    return blocks


@pytest.mark.parametrize("text,profile", [
    # 1: a writer's label before the date, not only as the first word; a short line not a caption
    ("Story by Jane Roe, Thursday, May 8, 2025, in Politics", EN),
    ("Escrito por Juan Pérez, jueves, 8 de mayo de 2025, en Sociedad", ES),
    ("Written by admin, Thursday, May 8, 2025, in News", EN),
    ("From staff reports, Thursday, May 8, 2025, in Local News", EN),
    ("Jane Roe, harbour correspondent, Thursday, May 8, 2025, in Politics", EN),
    ("di Mario Bianchi e redazione, giovedì 8 maggio 2025, in Cronaca", IT),
    ("Ein Bericht von Anna Berger, Donnerstag, 8. Mai 2025, in Politik", DE),
    ("Scritto da redazione giovedì 8 maggio 2025.", IT),
    ("Escrito por admin el jueves, 8 de mayo de 2025.", ES),
    # 6: long byline lines, a modified date or a writer's label
    ("By Jane Roe, harbour and transport correspondent for the Gazette in the northern district, "
     "on 8 May 2025, updated 9 May 2025", EN),
    ("Par Jeanne Dupont, correspondante régionale à Bruxelles pour la Gazette du Nord, le 8 mai "
     "2025, mis à jour le 9 mai 2025", FR),
    ("Juan Pérez, corresponsal en Bruselas para la Gaceta del Norte y las agencias regionales, el 8 "
     "de mayo de 2025, actualizado el 9 de mayo", ES),
    ("Written by admin on 8 May 2025, in Uncategorized and tagged harbour, council, town hall, "
     "rebuilding, the northern quay", EN),
])
def test_bylines_with_a_weekday_or_a_long_line_keep_their_date(text: str, profile) -> None:
    found = find_dump_dates(text, profile)
    assert found and found[0].iso == "2025-05-08"
    assert not _in_prose(text, found[0])


@pytest.mark.parametrize("text", [
    # the caption rule's own targets stay events' dates in a caption
    "The Bank of Canada building in Ottawa, Ontario, Canada, on Thursday, May 8, 2025.",
    # a writer's label a sentence reaches late is no byline's
    "Residents of the old quarter were taken out by boat in Ottawa, on Thursday, May 8, 2025.",
    "Rep. Jane Roe, left, talks with Rep. John Doe at the Statehouse, Thursday, April 27, 2023, in Indianapolis.",
])
def test_caption_dates_stay_events(text: str) -> None:
    found = find_dump_dates(text, EN)
    assert _in_prose(text, found[0], caption=True)


def test_a_short_line_of_prose_not_a_caption_reads_as_a_stamp_unless_it_credits_a_photo() -> None:
    text = "Protesters gather in Ottawa, on Thursday, May 8, 2025."
    assert not _in_prose(text, find_dump_dates(text, EN)[0])
    text += " Photo: John Doe"
    assert _in_prose(text, find_dump_dates(text, EN)[0])


def test_a_glued_caption_date_is_only_a_fallback_and_flagged() -> None:
    # 2: the page's stamp by the headline wins over the caption's date under the byline
    lines = ["Harbour wall plan passes after three years", "Thursday, May 8, 2025", "By Jane Roe",
             "May 6, 2025, 2:30 p.m. Protesters gather outside the town hall. Photo: John Doe", _EN_TEXT]
    labels = {0: "title", 2: "byline", 3: "caption", 4: "body"}
    got = choose_date(_dump(lines, labels), 0, 2, None, None, EN, dump=True)
    assert got.iso[:10] == "2025-05-08" and not got.guessed
    # (with no stamp by the headline, the caption's date, as a guess)
    del lines[1]
    labels = {0: "title", 1: "byline", 2: "caption", 3: "body"}
    got = choose_date(_dump(lines, labels), 0, 1, None, None, EN, dump=True)
    assert got.iso[:16] == "2025-05-06T14:30" and got.guessed


@pytest.mark.parametrize("below", [
    ["EST", "ENG", "РУС"],  # z1: a language menu, one item a line
    ["EST · ENG · РУС"],  # z3: folded
    ["ICT · Telecoms · Business"],  # z2: a section menu
    ["CAT", "ESP", "ENG"],  # z5
    ["WEST", "NORTH", "SOUTH"],  # z6
    ["EAT · DRINK · TRAVEL"],  # z7
])
def test_a_menu_under_the_stamp_gives_no_zone(below: list) -> None:
    # 3
    lines = ["Harbour wall plan passes after three years", "By Jane Roe", "12 January 2024, 14:05",
             *below, _EN_TEXT]
    labels = {0: "title", 1: "byline", len(lines) - 1: "body"}
    got = choose_date(_dump(lines, labels), 0, 2, None, None, EN, dump=True)
    assert got.iso == "2024-01-12T14:05:00"


@pytest.mark.parametrize("below,iso", [
    (["EST"], "2024-01-12T14:05:00-05:00"),  # a zone alone on its line
    (["EST · Share · Facebook"], "2024-01-12T14:05:00-05:00"),  # a share bar folded after it
])
def test_a_zone_under_the_stamp_is_still_read(below: list, iso: str) -> None:
    lines = ["Harbour wall plan passes after three years", "By Jane Roe", "12 January 2024, 14:05",
             *below, _EN_TEXT]
    labels = {0: "title", 1: "byline", len(lines) - 1: "body"}
    assert choose_date(_dump(lines, labels), 0, 2, None, None, EN, dump=True).iso == iso


@pytest.mark.parametrize("printed", [
    "Saturday, 4 January 2025, 15:00 WEST BROM v LEEDS",  # 4: z8, a team's name
    "12 January 2024, 14:05 NPT review conference",  # z9: a treaty's acronym
])
def test_capitals_after_a_time_that_are_words_or_acronyms_give_no_zone(printed: str) -> None:
    iso = find_dump_dates(printed, EN)[0].iso
    assert "+" not in iso[10:] and "-" not in iso[10:]


_K_PAGE = """Home News Sport

Harbour wall plan passes after three years

{lead}

{para}

Engineers will start work in the spring, and the first section should be finished before the autumn storms, according to the plan the council published.

Residents who had opposed the plan said they would keep watching the costs, which have doubled since the first estimate was made by the town's own surveyors.

12.05.2024
"""


@pytest.mark.parametrize("para", [
    # 5: a body's sentence opening with a label's word dates no page (the credit rule is taken
    # back): the page's own date line under the text is its date
    "Photos by John Doe on 3 May 2019. Reuse of the archive pictures is not allowed without the "
    "agency's written permission.",
    "By Executive Order on 3 May 2019 President Jane Roe had already closed the old quay to all fishing boats.",
])
def test_a_body_sentence_with_a_label_and_a_date_does_not_beat_the_date_line(para: str) -> None:
    import newsextract

    art = newsextract.extract(_K_PAGE.format(lead=_EN_TEXT, para=para))
    assert art.date == "2024-05-12"


def test_a_zone_over_a_share_bar_with_its_own_words_is_read() -> None:
    # (ElPais' get_text dumps: the share bar's items, some no share name, under the zone)
    lines = ["Harbour wall plan passes after three years", "By Jane Roe", "15 oct 2024 - 17:38",
             "CEST · Whatsapp · Facebook · Copiar enlace · Comentarios", _EN_TEXT]
    labels = {0: "title", 1: "byline", 4: "body"}
    assert choose_date(_dump(lines, labels), 0, 2, None, None, EN, dump=True).iso == "2024-10-15T17:38:00+02:00"
    lines[3] = "CEST · Whatsapp · ENG · РУС"  # (a language's code among them)
    assert choose_date(_dump(lines, labels), 0, 2, None, None, EN, dump=True).iso == "2024-10-15T17:38:00"
