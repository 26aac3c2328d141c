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


_TRAIN = "Train strike to hit commuters across the city on Friday"


@pytest.mark.parametrize("name, title", [
    # the logo's "The Sydney Morning Herald", the footer's "Copyright © 2024 The Sydney Morning Herald"
    ("en_logo_copyright.txt", _TRAIN),
    # the dump's first line, the site's name, printed again under "Copyright © 2024" on a line
    # of its own: the site's name, not a <title> the headline's line words otherwise
    ("id_logo_copyright_split.txt", "Pemkot Jogja Siapkan Kantong Parkir Baru di Kawasan Malioboro"),
    # near misses: a photo's "©" alone right over the headline, and the headline as the dump's
    # first line over that: the headline stays
    ("en_mark_over_headline.txt", _TRAIN),
    ("en_title_line_mark_over_headline.txt", _TRAIN),
])
def test_a_site_name_the_footer_signs_with_is_no_headline(name: str, title: str) -> None:
    d = extract((_DIR / name).read_bytes()).to_dict()
    assert d["title"] == title


@pytest.mark.xfail(strict=True, reason="a footer's 'About The Sydney Morning Herald' still reads as a "
                                       "trail ending with the logo's line (a known miss)")
def test_a_logo_named_again_by_an_about_link_is_no_headline() -> None:
    d = extract((_DIR / "en_logo_about_footer.txt").read_bytes()).to_dict()
    assert d["title"] == _TRAIN
