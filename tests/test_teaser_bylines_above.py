"""Teasers with their writers' lines above the headline ("Most read" / "Flood waters recede" / "By
John Roe" / ...) made every byline above the body a teaser's, the story's own under its headline
too: no author."""

from __future__ import annotations

import pytest

from newsextract import extract

_TEXT = ("Police arrested two motorbike thieves in Tambun Selatan, Bekasi regency, on Friday night. They were "
         "caught trying to sell a stolen motorbike to a fence.",
         "The local police chief said the two had struck at 12 places since December, mostly outside "
         "minimarkets in the area.")
_TEASERS = ("Flood Waters Recede in North Jakarta\nBy John Roe", "Governor Opens New Bus Line\nBy Ann Lee")


def _dump(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode()


@pytest.mark.parametrize("label", [(), ("Most Read",)])
def test_the_byline_under_the_headline_is_the_story_s(label: tuple) -> None:
    article = extract(_dump(*label, *_TEASERS, "Police Arrest Two Motorbike Thieves in Bekasi",
                            "By Jane Doe\nSaturday, Feb 15, 2025 14:20", *_TEXT))
    assert article.title == "Police Arrest Two Motorbike Thieves in Bekasi"
    assert article.authors == ["Jane Doe"]


def test_teasers_bylines_alone_name_no_author() -> None:
    # a section page's teasers over the text, none under a headline of the story's: no author
    article = extract(_dump(*_TEASERS, "Council Votes on Budget\nBy Tom Baker", *_TEXT))
    assert article.authors == []
