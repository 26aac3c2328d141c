"""A dump's caption whose photo credit stands in brackets after its sentence ("... on Thursday.
(Photo: John Roe/AP)", FIELD-GUIDE's "(Foto: ...)") is a caption, not the headline; a headline's
own bracketed part (an update's note, a name alone) is left alone."""

from __future__ import annotations

import pytest

from newsextract import extract

_TEXT = ("Lawmakers approved the climate bill by a wide margin on Thursday after a long debate. The law "
         "sets stricter targets for transport and buildings and will be reviewed every five years.\n\n"
         "The opposition said the law did not go far enough. \"This is nowhere near enough,\" a spokesman "
         "said after the vote.\n")


def _page(*head: str) -> bytes:
    return "\n\n".join(["Home | News | Politics", *head, "By Jane Doe\nMarch 7, 2024 2:22 p.m.", _TEXT]).encode()


@pytest.mark.parametrize("caption", [
    "[IMG] Lawmakers vote in the chamber on Thursday. (Photo: John Roe/AP)",
    "Lawmakers vote in the chamber on Thursday. (Foto: dpa)",
    "Lawmakers vote in the chamber on Thursday. [Photo: Jane Roe]",
])
def test_a_caption_with_its_credit_in_brackets(caption: str) -> None:
    page = _page("Parliament passes new climate law", "Critics say the law does not go far enough.", caption)
    assert extract(page).title == "Parliament passes new climate law"


@pytest.mark.parametrize("headline", [
    "Parliament passes climate law. (Update: Opposition to appeal)",
    "Parliament passes climate law. (Jane Roe)",
])
def test_a_headline_with_a_bracketed_part_stays(headline: str) -> None:
    assert extract(_page(headline)).title == headline
