"""Session 27 (ttl27): a dump's logo line that the footer's copyright line ends with ("Il Giornale
di Roma" / "© 2024 Il Giornale di Roma") is no headline printed twice. Invented pages under
fixtures/ttl27 (an Italian outlet's page, no metadata but its <title>, and its lynx and pandoc
dumps); expectations read by eye from the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.blocks import Block
from newsextract.fields.title import _footer_names, _Lines, _printed_after_crumbs

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


_RAIL = "Rail strike to hit commuters across the city on Friday"


@pytest.mark.parametrize("name, title", [
    # near misses (rv-ttl27's inputs): a "Most read" list whose teasers each sit under a photo's
    # "©" alone, the article's own headline among them, and the footer's copyright line on one
    # line: the line under a lone "©" is a teaser's headline, not the site's name, so the
    # headline (the dump's first line, its <title>) stays over a newsletter box, a cookie
    # notice or a related explainer's link
    ("en_teaser_marks_newsletter.txt", _RAIL),
    ("en_teaser_marks_cookie.txt", _RAIL),
    ("en_teaser_marks_explainer.txt", _RAIL),
    ("id_teaser_marks_newsletter.txt", "Pemkot Jogja Siapkan Kantong Parkir Baru di Kawasan Malioboro"),
    # the same with the footer's line parted ("Copyright © 2024" / "The Daily Courier"), and with
    # the teasers' credits holding a year ("© 2024"), the headline the last teaser
    ("en_teaser_marks_split_footer.txt", _RAIL),
    ("en_teaser_year_marks.txt", _RAIL),
])
def test_a_teasers_photo_credit_names_no_site(name: str, title: str) -> None:
    d = extract((_DIR / name).read_bytes()).to_dict()
    assert d["title"] == title


@pytest.mark.parametrize("texts, names", [
    # the footer's mark with a year or the word, split from the name: the name
    (["Rail strike", "Copyright © 2024", "The Daily Courier"], {"the daily courier"}),
    (["Rail strike", "Copyright", "The Daily Courier."], {"the daily courier"}),
    # a photo's "©" alone over the <title>'s headline in a teaser list: no name
    (["Rail strike", "Most read", "©", "Rail strike", "©", "Budget passed"], set()),
    # only the last mark is the footer's: a lone "©" after the footer's line leaves nothing
    (["Rail strike", "© 2024", "The Daily Courier", "©", "Rail strike"], set()),
    # the last mark is the footer's, the teasers' "©" before it are not read
    (["Rail strike", "©", "Rail strike", "© 2024", "The Daily Courier"], {"the daily courier"}),
    # a teaser's "© 2024" before the footer's one-line mark: the last mark holds the name itself
    (["Rail strike", "© 2024", "Rail strike", "Copyright © 2024 The Daily Courier"], set()),
    # a mark as the dump's last line: nothing under it
    (["Rail strike", "© 2024"], set()),
])
def test_only_the_footers_last_mark_names_the_site(texts: list, names: set) -> None:
    blocks = [Block(text=t, index=i) for i, t in enumerate(texts)]
    assert _footer_names(blocks) == names
