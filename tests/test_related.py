"""Related-article titles: a list item that is a class name the site leaks into its text is
no headline (session 27: an Arabic outlet's hidden list item printed "d-none hideMe" under its
related heading in every dump)."""

from __future__ import annotations

import pytest

from newsextract.fields.related import _markup_words


@pytest.mark.parametrize("text", ["d-none hideMe", "d-none", "sr-only visually_hidden", "jsToggle is-open"])
def test_class_names_are_no_headline(text: str) -> None:
    assert _markup_words(text)


@pytest.mark.parametrize("text", [
    "Apple unveils new iPhone", "e-commerce boom in Jakarta", "iPhone e-commerce sales",
    "Harga BBM naik", "COVID-19 cases fall", "لغز لون شعر دونالد ترامب",
])
def test_headlines_are_kept(text: str) -> None:
    # (each holds a word no class name is: a plain lower-case word, a capital opening, a
    # figure first, another script; a two-word title of markup-like words alone,
    # "iPhone e-commerce", would be dropped: no headline seen is so short)
    assert not _markup_words(text)
