"""The review of the idaudit2 merge: inputs invented to break its rules (an office's holder set
off after it, "Menurut dia/-nya", an initial inside a name, "Outlet, Two Word Place:"
datelines), each with the near misses the mend must leave alone. Names and places are invented."""

from __future__ import annotations

from typing import List, Optional

import pytest

from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile


def _speakers(pars: List[str], code: str) -> List[Optional[str]]:
    return [q.speaker for q in extract_quotes(pars, get_profile(code))]


def _quotes(pars: List[str], code: str) -> List[str]:
    return [q.text for q in extract_quotes(pars, get_profile(code))]


# 1. a title and a name, then a club, a place, a party or a firm set off by commas: the name
# speaks, the apposition is where the holder belongs
@pytest.mark.parametrize("code, par, want", [
    ("id", "Pelatih Kepala Budi Hartawan, Persikota Sukamaju, mengatakan, \"Kami kalah karena dua "
           "kesalahan sendiri di babak kedua dan itu harus segera kami perbaiki.\"", "Budi Hartawan"),
    ("id", "Kepala Desa Dedi Kurniawan, Sukamaju Hilir, mengatakan, \"Anak-anak sekarang harus "
           "memutar sejauh lima kilometer untuk sampai ke sekolah.\"", "Dedi Kurniawan"),
    ("en", "Gov. Maria Delacroix, New Mexico Democrat, said: \"This budget puts teachers and nurses "
           "first, and it does so without raising a single tax.\"", "Maria Delacroix"),
    ("en", "President Dana Whitcombe, United Auto Workers, said: \"Our members told the company very "
           "clearly what they think of this offer tonight.\"", "Dana Whitcombe"),
    ("en", "Mayor Dana Whitcombe, Portland Oregon, said: \"This is the biggest expansion of bus "
           "service the city has seen in twenty years.\"", "Dana Whitcombe"),
    ("en", "Chief Executive Officer Daniel Morrow, Acme Software, said: \"These are hard choices and "
           "we are making them now so we do not have to make them again.\"", "Daniel Morrow"),
    # near misses: an office and the body it heads, then its holder, stays the holder's
    ("id", "Kepala Puskesmas Sukamaju, dr. Lestari Wulandari, mengatakan, \"Kami buka layanan "
           "malam mulai pekan depan untuk semua warga desa.\"", "Lestari Wulandari"),
    ("id", "Kepala Dinas Kesehatan Kota Sukamaju, Hendra Gunawan, mengatakan, \"Kami kerahkan "
           "semua petugas untuk pengasapan di lima kelurahan.\"", "Hendra Gunawan"),
])
def test_a_title_and_a_name_keep_the_quotation_from_the_apposition(code: str, par: str, want: str) -> None:
    assert _speakers([par], code) == [want]


def test_a_team_word_in_the_office_leaves_the_holder_named() -> None:
    # ("Tim" stays on the name here, as it does with no apposition at all: a weakness of its own)
    par = ("Kapten Tim Andi Saputra, Persikota Sukamaju, mengatakan, \"Kami kalah karena dua "
           "kesalahan sendiri di babak kedua dan itu harus segera kami perbaiki.\"")
    (speaker,) = _speakers([par], "id")
    assert speaker is not None and speaker.endswith("Andi Saputra")
