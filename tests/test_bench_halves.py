"""bench/halves.py's split of benchmark pages by site (invented URLs: no ../shared, no network)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "halves.py"
_spec = importlib.util.spec_from_file_location("bench_halves", _PATH)
assert _spec is not None and _spec.loader is not None
halves = importlib.util.module_from_spec(_spec)
sys.modules["bench_halves"] = halves
_spec.loader.exec_module(halves)


@pytest.mark.parametrize("url, key", [
    ("https://www.example-news.de/politik/artikel-1.html", "example-news.de"),
    ("http://example-news.de/politik/artikel-1.html", "example-news.de"),
    ("https://www.example-news.de", "example-news.de"),
    # only "www." is taken off: another subdomain is a site of its own
    ("https://sport.example-news.de/fussball/a.html", "sport.example-news.de"),
    ("https://wwwexample.com/a", "wwwexample.com"),
])
def test_site_is_the_domain_less_www(url, key):
    assert halves.site("any-id", url) == key


@pytest.mark.parametrize("url", ["", None, "/politik/artikel-1.html", "artikel-1.html"])
def test_page_without_a_domain_falls_back_on_its_id_less_the_date(url):
    # fundus-dev's ids are <country>-<publisher>-<Y>-<m>-<d>: the publisher is left
    assert halves.site("de-Beispielblatt-2024-05-01", url) == "de-Beispielblatt"


# expected halves checked by hand: the last hex digit of `printf %s DOMAIN | md5sum`, odd -> 1
@pytest.mark.parametrize("url, want", [
    ("https://www.example-news.de/a.html", 1),        # ...eea977b7
    ("https://www.zeitung-beispiel.at/b", 1),         # ...09656fb93
    ("https://diario-ejemplo.es/c/d.html", 0),        # ...6b374c6c
    ("https://www.giornale-esempio.it/e", 1),         # ...ba1c15
    ("https://www.gazeta-przyklad.pl/f", 0),          # ...e6622
    ("", 1),                                          # de-Beispielblatt: ...8293de3925
])
def test_half_is_md5_of_the_site_mod_2(url, want):
    assert halves.half("de-Beispielblatt-2024-05-01", url) == want


def test_every_page_of_a_site_is_in_one_half():
    pages = [("p1", "https://www.diario-ejemplo.es/politica/1.html"),
             ("p2", "http://diario-ejemplo.es/deportes/2.html?utm=x"),
             ("p3", "https://www.diario-ejemplo.es/")]
    assert {halves.half(i, u) for i, u in pages} == {0}
    # the page's id plays no part once it has a URL
    assert halves.half("de-Beispielblatt-2024-05-01", pages[0][1]) == 0


def test_the_halves_are_about_even_over_many_sites():
    counts = [0, 0]
    for n in range(400):
        counts[halves.half("x", f"https://www.outlet{n}.example/news/{n}.html")] += 1
    assert all(150 < c < 250 for c in counts), counts


def test_names_of_the_halves():
    assert (halves.TUNE, halves.HELD_OUT) == (0, 1)
    assert halves.NAMES == {0: "tune", 1: "held out"}
