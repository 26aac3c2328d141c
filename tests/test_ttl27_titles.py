"""Session 27 (ttl27): a dump's logo line that the footer's copyright line ends with ("Il Giornale
di Roma" / "© 2024 Il Giornale di Roma") is no headline printed twice. Invented pages under
fixtures/ttl27 (an Italian outlet's page, no metadata but its <title>, and its lynx and pandoc
dumps); expectations read by eye from the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.fields.title import _Lines, _printed_after_crumbs

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "ttl27"
_HEADLINE = "Roma, scoperto un deposito di rifiuti abusivo vicino al Tevere"


@pytest.mark.parametrize("name", ["it_logo_copyright.lynx.txt", "it_logo_copyright.pandoc.txt",
                                  "it_logo_copyright.html"])
def test_a_logo_named_again_by_the_copyright_line_is_no_headline(name: str) -> None:
    # (the logo's "Il Giornale di Roma" over the menu, "© 2024 Il Giornale di Roma" in the footer:
    # the footer's line was counted as a breadcrumb trail ending with the logo's line)
    d = extract((_DIR / name).read_bytes()).to_dict()
    assert d["title"] == _HEADLINE
    assert d["body"].startswith("I carabinieri hanno sequestrato un’area")  # (the standfirst)
    assert "I carabinieri hanno scoperto un deposito" in d["body"]
    assert "Il Giornale di Roma" not in d["body"]


@pytest.mark.parametrize("line, counted", [
    ("Home Cronaca Il Giornale di Roma", 1),        # a trail that ends with the line: a second printing
    ("2024 Il Giornale di Roma", 1),                # a year alone is no copyright mark
    ("© 2024 Il Giornale di Roma", 0),              # the site's copyright line
    ("Copyright © 2010-2024 Il Giornale di Roma", 0),
    ("(c) Il Giornale di Roma", 0),
    ("©Il Giornale di Roma", 0),
    ("Foto © Il Giornale di Roma", 1),              # words before the mark: not the mark alone
])
def test_only_a_copyright_mark_before_the_line_is_no_trail(line: str, counted: int) -> None:
    lines = _Lines(["Il Giornale di Roma", "Home", line])
    assert _printed_after_crumbs("Il Giornale di Roma", lines) == counted


def test_a_headline_a_trail_ends_with_still_counts_twice() -> None:
    # (the trail's last item is the headline: "Startseite Politik Kabinett beschließt ...")
    head = "Kabinett beschließt Gesetz für mehr Ökostrom"
    lines = _Lines([f"Startseite Politik {head}", head, "© 2024 Morgenpost"])
    assert _printed_after_crumbs(head, lines) == 1
