"""A stamp's zone over a share bar's or a section's word in capitals ("EDT" / "VIDEO", "EDT · SHARE
· TWEET · EMAIL") is still the stamp's (the second review of session 18): only a word of two or
three capitals is taken for a language menu's code, which tells a menu's "EST · ENG · РУС" apart."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.options import Options


def _date(lines: list) -> str:
    page = "\n\n".join(["Harbour strike ends after dock workers accept raise"] + lines + [
        "Dock workers voted on Wednesday to accept a four percent raise, ending a strike that had "
        "closed the harbour for nine days and left dozens of ships waiting offshore.",
        "The union said the deal would be signed on Friday, and that the first ships would be "
        "unloaded over the weekend, once the cranes had been checked by the harbour's engineers."])
    return extract(page, Options(input_format="text")).date or ""


@pytest.mark.parametrize("below", [["EDT", "VIDEO"], ["EDT", "SHARE"], ["EDT · SHARE · TWEET · EMAIL"],
                                   ["EDT · Share · Tweet · Email"]])
def test_a_zone_over_a_share_or_section_word_is_the_stamps(below: list) -> None:
    assert _date(["May 8, 2025 10:15 AM"] + below) == "2025-05-08T10:15:00-04:00"


@pytest.mark.parametrize("below", [["EST · ENG · РУС"], ["EST", "ENG", "РУС"]])
def test_a_language_menu_is_no_zone(below: list) -> None:
    assert _date(["12 January 2024, 14:05"] + below) == "2024-01-12T14:05:00"
