"""parse_credit's pass-by of plain lines (byline._plain_line) leaves a portrait's alt text
glued to a byline's label for read_credit to read: "Foto Profil Dinda PravitasariOleh Dinda
Pravitasari", a w3m dump's <img> alt and the byline's <span> with no space between, names
Dinda Pravitasari. The first pass-by (session 28's) missed that shape: its line has no mark,
opens with no label and its first word is printed once. These tests hold the pass-by to the
full reading on lines made of names glued to labels, alt texts' words and dates."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.blocks import cache_forms
from newsextract.fields import byline
from newsextract.profiles import get_profile, merged

_cached, _plain, _limit = cache_forms(byline.parse_credit)
PROFILES = [merged(), get_profile("id"), get_profile("de"), get_profile("en")]

GLUED_PIECES = [
    "Foto", "Profil", "Porträt", "von", "Photo", "of", "Dinda", "Pravitasari", "PravitasariOleh",
    "PravitasariPenulis", "SchmidtVon", "Anna", "Schmidt", "DoeBy", "Jane", "Doe", "Oleh", "Von",
    "By", "Redakteurin", "06.11.2025", "2 Jun 2020", "Pinjungwati02", " ", " ", ",", ".",
]
GLUED_LINE = st.lists(st.sampled_from(GLUED_PIECES), max_size=12).map("".join)
SPACED_LINE = st.lists(st.sampled_from(GLUED_PIECES), max_size=10).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(GLUED_LINE, SPACED_LINE), st.sampled_from(PROFILES))
def test_pass_by_is_the_full_reading_on_glued_alt_texts(line: str, profile) -> None:
    assert _plain(line, profile) == byline.read_credit(line, profile)


def test_glued_portrait_alt_byline_is_read() -> None:
    for profile in (merged(), get_profile("id")):
        assert _plain("Foto Profil Dinda PravitasariOleh Dinda Pravitasari", profile)[0] == ["Dinda Pravitasari"]
    assert _plain("Porträt von Anna SchmidtVon Anna Schmidt", get_profile("de"))[0] == ["Anna Schmidt"]


def test_near_misses_stay_unread() -> None:
    # a name printed twice with no label between (a caption's alt and its caption), a headline
    # naming one person twice, a name glued to a date: no credit, as the full reading says
    for line in ("Dinda Pravitasari Dinda Pravitasari", "Why Anna Schmidt left: Anna Schmidt speaks",
                 "Gayuh Tri Pinjungwati02 Jun 2020", "Foto Profil Dinda Pravitasari"):
        for profile in PROFILES:
            assert _plain(line, profile) == byline.read_credit(line, profile) == ([], [], False), line
