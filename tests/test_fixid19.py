"""fixid19: the review of idaud19 (invented pages, fixtures/fixid19, written by the reviewer
with their dumps; the fields asserted here were read off each page's HTML by hand)."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.segment.dumps import dump_style
from tests.conftest import FIXTURES

PAGES = FIXTURES / "fixid19"

# --- a BeautifulSoup dump whose text types " 1. " is no terminal's dump -----------------------

# (page, location, the speaker of its one quotation, its paragraphs, first and last words)
GET_TEXT = [
    ("mostread", "Harbor City", "Wes Ostrander", 5, "The city council voted 7-2 on Monday",
     "the lack of parking near the downtown pier."),
    ("link", "Sukamaju", "Hendra Wiratama", 5, "Pemerintah Kota Sukamaju menambah 40 bus",
     "yang menunjukkan kartu pelajar."),
    ("resepn", "Jakarta", "Benny Sastrowardoyo", 10, "Kebocoran tabung gas masih menjadi",
     "aktif selama 24 jam setiap hari."),
]


@pytest.mark.parametrize("kind", ["soup", "w3m"])
@pytest.mark.parametrize("name, location, speaker, pars, first, last", GET_TEXT)
def test_typed_numbers_in_get_text(kind: str, name: str, location: str, speaker: str, pars: int, first: str,
                                   last: str) -> None:
    # a "Most read" list whose items type " 1. " before their link, paragraphs that open with
    # "&nbsp;1.", and one bullet a span types: get_text()'s lines, its paragraphs run on past
    # 100 characters (links on lines of their own joined back); w3m's dump of the same page
    # wraps them, and stays a terminal's
    a = newsextract.extract((PAGES / f"{name}.{kind}.txt").read_bytes())
    assert a.location == location
    assert [q.speaker for q in a.quotes] == [speaker]
    body: List[str] = a.body.split("\n\n")
    assert len(body) == pars and body[0].startswith(first) and body[-1].endswith(last)


LONG = ("Petani di Kabupaten Lembah Hijau mulai memanen padi lebih awal karena khawatir hujan deras "
        "merusak tanaman di sawah mereka.")
SHORT_PAGE = "Beranda\n\n  • Hoaks\n\nJudul Berita Panjang Sekali\n\n{}\n\nTerpopuler\n\n 1. Satu Judul\n 2. Dua Judul\n"


@pytest.mark.parametrize("text, style", [
    # w3m's numbers and one bullet, the paragraph wrapped under 100 columns: a terminal's
    (SHORT_PAGE.format(LONG.replace("deras ", "deras\n")), "terminal"),
    # near miss: the same with the paragraph on one line of 123 characters (get_text()'s)
    (SHORT_PAGE.format(LONG), "soup_lines"),
])
def test_numbered_items_and_width(text: str, style: str) -> None:
    assert dump_style(text) == style
