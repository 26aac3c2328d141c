"""rtl25: furniture a <title> or a dump's title line carries that the usual separators miss.

1. A page counter of a paged or a print-all article, in any profile's words
   (title_page_counters): "... - Halaman all - Kompas.com", "... - Seite 2 - Site", "... |
   página 2", and a soup dump's <title> line "Headline Halaman 2" over the headline's own line.
   Near misses: the counter's words as the headline's own ("Page 2 of the report shows ...",
   "Halaman Rumah Warga Terendam Banjir"), a counter inside a part ("Seite 2 zeigt ...").
2. pandoc's "smart" Markdown writes an en dash as "--" (a page's own two hyphens escaped,
   "\\--"): in a dump that pandoc's fences or attributes tell, "Kicker -- Headline" is
   "Kicker – Headline". Near misses: an escaped "\\--", "--" in html2text's Markdown (no
   pandoc marks), "---" (the em dash), an HTML comment.
3. markdownify's first line, the page's <title>, printed again only as a breadcrumb's last
   item while the page's "# " or setext "====" heading words the headline otherwise (an SEO
   <title>): the heading is the headline. Near miss: no level-1 heading, or one that is the
   <title>'s headline: the <title> still steers."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.fields.title import _ends_in_counter, without_page_counter
from newsextract.segment.dumps import level_one_headings, undecorate


@pytest.mark.parametrize("title, expected", [
    ("Banjir Rendam Rumah Warga - Halaman all - Kompas.com", "Banjir Rendam Rumah Warga - Kompas.com"),
    ("Rentenreform: Bundestag stimmt zu - Seite 2 - Der Tagesbote", "Rentenreform: Bundestag stimmt zu - Der Tagesbote"),
    ("Rentenreform: Bundestag stimmt zu - Seite 2 von 5 - Der Tagesbote",
     "Rentenreform: Bundestag stimmt zu - Der Tagesbote"),
    ("El Gobierno aprueba la reforma - página 2 | El Diario", "El Gobierno aprueba la reforma | El Diario"),
    ("Storm hits the coast hard | Page 2", "Storm hits the coast hard"),
    ("Banjir Rendam Rumah di Bekasi Halaman all - Kompas.com", "Banjir Rendam Rumah di Bekasi - Kompas.com"),
    # near misses: the counter's words are the headline's own, or stand inside a part
    ("Page 2 of the report shows pension shortfall - The Herald",
     "Page 2 of the report shows pension shortfall - The Herald"),
    ("Halaman Rumah Warga Terendam Banjir - Kompas", "Halaman Rumah Warga Terendam Banjir - Kompas"),
    ("Reform im Bundestag - Seite 2 zeigt die Zahlen", "Reform im Bundestag - Seite 2 zeigt die Zahlen"),
    ("Why The Sun dropped Page 3 - The Herald", "Why The Sun dropped Page 3 - The Herald"),
    ("Page 2 - Storm hits the coast", "Page 2 - Storm hits the coast"),
])
def test_page_counter_out_of_title(title: str, expected: str) -> None:
    assert without_page_counter(title) == expected


_ID_BODY = ("BEKASI, KOMPAS.com - Banjir merendam ratusan rumah warga di sejumlah kecamatan di Kabupaten "
            "Bekasi, Jawa Barat, sejak Selasa malam.\n"
            "Ribuan orang terpaksa mengungsi ke masjid dan sekolah terdekat karena air terus naik hingga "
            "satu meter.\n"
            "Petugas gabungan masih mengevakuasi warga yang terjebak di rumah mereka hingga Rabu pagi.\n")


def test_block_title_line_with_counter() -> None:
    # a page with no headline but its <title> line: the line is the title, less its counter
    text = (f"Banjir Rendam Ratusan Rumah di Bekasi - Halaman all - Kompas.com\nPenulis Budi Santoso\n"
            f"Kompas.com - 14/03/2024, 08:12 WIB\n{_ID_BODY}")
    assert "Halaman" not in (extract(text.encode()).title or "")


def test_counter_alone() -> None:
    assert _ends_in_counter(" Halaman 2")
    assert _ends_in_counter(" Seite 3")
    assert not _ends_in_counter(" Halaman")
    assert not _ends_in_counter(" Halaman Rumah")


@pytest.mark.parametrize("head, expected", [
    ("Halaman Rumah Warga Terendam Banjir di Bekasi", "Halaman Rumah Warga Terendam Banjir di Bekasi"),
    ("Banjir Rendam Ratusan Rumah Warga di Bekasi", "Banjir Rendam Ratusan Rumah Warga di Bekasi"),
])
def test_soup_title_line_with_counter(head: str, expected: str) -> None:
    # a soup dump (one text node a line): the <title> line holds the headline and "Halaman 2"
    text = (f"{head} Halaman 2 - Kompas.com\nMegapolitan\n{head}\nPenulis Budi Santoso\n"
            f"Kompas.com - 14/03/2024, 08:12 WIB\n{_ID_BODY}Copyright 2024 Kompas.com\n")
    assert extract(text.encode()).title == expected


_FENCED = "::: kicker\nMarkets\n:::\n\n"
_EN_BODY = ("Stock markets rose on Tuesday after OPEC announced it would cut oil output by a million "
            "barrels a day from May.\n\nEnergy shares led the gains, with the biggest producers up more "
            "than four percent.\n\nAnalysts said the cut could push fuel prices higher over the summer.\n")


def test_pandoc_en_dash() -> None:
    text = f"[Home](/) [Markets](/m)\n\n{_FENCED}# Markets rally -- OPEC cuts output\n\nBy Mary Jones\n\n{_EN_BODY}"
    assert extract(text.encode()).title == "Markets rally – OPEC cuts output"
    assert "– Nordic reply" in undecorate(f"{_FENCED}-- Nordic reply, he said.\n")


@pytest.mark.parametrize("text, kept", [
    (f"{_FENCED}# Trump \\-- the sequel\n", "Trump \\-- the sequel"),   # pandoc's escaped own hyphens
    ("# Markets rally -- OPEC cuts output\n", "Markets rally -- OPEC cuts output"),  # html2text: no marks
    (f"{_FENCED}<!-- a comment -->\n", "<!-- a comment -->"),
    (f"{_FENCED}x --- y\n", "x --- y"),
])
def test_pandoc_en_dash_near_misses(text: str, kept: str) -> None:
    assert kept in undecorate(text)


_MD_BODY = ("The Senate passed the bill late on Tuesday by 195 votes to 112, after more than two weeks "
            "of often heated debate in the chamber.\n\n“This is an important step for our country,” the "
            "labour minister said after the vote, praising what she called a balanced text.\n\n"
            "Unions nonetheless announced a new day of strikes on Thursday, saying the government had not "
            "listened to the street.\n")


def _markdownify(heading: str) -> str:
    return ("Pension reform vote explained | The Herald\n\n[Start](/) [Politik](/p)\n\n1. [Home](/)\n"
            f"2. [Politics](/p)\n3. Pension reform vote explained\n\n{heading}\n\nBy Mary Jones\n\n"
            f"14.03.2024, 08:12 Uhr\n\n{_MD_BODY}")


@pytest.mark.parametrize("heading", [
    "Senate passes pension reform after two weeks of debate\n======================================================",
    "# Senate passes pension reform after two weeks of debate",
])
def test_markdownify_breadcrumb_title(heading: str) -> None:
    assert extract(_markdownify(heading).encode()).title == "Senate passes pension reform after two weeks of debate"


def test_markdownify_breadcrumb_near_misses() -> None:
    # the heading is the <title>'s headline: it stays the headline
    assert extract(_markdownify("# Pension reform vote explained").encode()).title == "Pension reform vote explained"
    # the level-1 heading is the site's logo, a name the <title> holds: the breadcrumb's item stays the headline
    logo = _markdownify("## Pension reform vote explained").replace("[Start](/)", "# The Herald\n\n[Start](/)")
    assert extract(logo.encode()).title == "Pension reform vote explained"
    # no level-1 heading read: nothing changes in what the <title> steers
    assert level_one_headings("Title | Site\n\n## Section\n\nText\n") == ()
    assert level_one_headings("Title | Site\n\nHeadline here\n=====\n\n# Other\n") == ("Headline here", "Other")
