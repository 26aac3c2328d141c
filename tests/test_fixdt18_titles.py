"""The harms a review found in the dump title rules of dtitle18, on its invented pages
(fixtures/fixdt18): an apostrophe taken for a glued quotation's closing mark, copyright
phrases as page-wide furniture, a login prompt's words in a headline, a headline read as a
desk's credit, an image's alt bracket kept before a credit with a relative time, a caption's
"Fotos:" taken for a picture's credit."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List

import pytest

import newsextract
from newsextract.fields.title import copyright_line, _desk_credit, _labelled_credit, _login_prompt
from newsextract.profiles import get_profile
from newsextract.segment.text import segment_dump

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "fixdt18"


def _record(name: str) -> Any:
    data = (_DIR / name).read_bytes()
    return newsextract.extract(data if name.endswith(".html") else data.decode())


# ---- 1. an apostrophe is no closing quotation mark

@pytest.mark.parametrize("name, title", [
    ("gq_fr2_w3m.txt", "« La guerre d’Ukraine ne finira pas cette année », selon le ministre"),
    ("gq_en1_w3m.txt", "‘Declan O’Rourke will never play for this club again’, says manager"),
])
def test_a_quoted_headline_with_an_apostrophe_is_kept_whole(name: str, title: str) -> None:
    assert _record(name).title == title


def test_an_italian_quoted_headline_keeps_its_elision() -> None:
    # (the dump prints the writer's "di Anna Ferri" on the headline's line: an older weakness)
    assert _record("gq_it1.txt").title.startswith("«Il futuro dell’Europa si decide adesso», avverte")


# ---- 2. a copyright phrase is furniture only as the site's copyright line

@pytest.mark.parametrize("name, words", [("cr_de.html", 74), ("cr_de_w3m.txt", 74)])
def test_a_paragraph_quoting_a_copyright_phrase_stays_in_the_body(name: str, words: int) -> None:
    record = _record(name)
    assert "„Alle Rechte vorbehalten“" in record.body
    assert len(record.body.split()) == words
    assert record.title == "Streit um Fotos: Verlag verliert vor Gericht"


def test_a_spanish_paragraph_quoting_a_copyright_phrase_stays_in_the_body() -> None:
    assert '"Todos los derechos reservados"' in _record("cr_es_w3m.txt").body


@pytest.mark.parametrize("name", ["cr_fr2.html", "cr_fr2_w3m.txt"])
def test_a_headline_quoting_a_copyright_phrase_is_the_headline(name: str) -> None:
    assert _record(name).title == "« Tous droits réservés » : la bataille des photographes contre les plateformes"


@pytest.mark.parametrize("line", [
    "Tous droits réservés Euronews",
    "Alle Rechte vorbehalten",
    "© 2025 Le Journal. Tous droits réservés.",
    "Copyright 2025 Il Giornale - Tutti i diritti riservati",
    "Le Journal - Tous droits réservés",
])
def test_a_copyright_line(line: str) -> None:
    assert copyright_line(line)


@pytest.mark.parametrize("line", [
    "« Tous droits réservés » : la bataille des photographes",
    "„Alle Rechte vorbehalten“ – und trotzdem kopiert",
    # (the phrase inside a longer headline, neither opening nor ending it)
    "Warum alle Rechte vorbehalten bleiben, auch wenn das Bild im Netz steht",
    "Streit um Fotos: Verlag verliert vor Gericht",
])
def test_what_is_no_copyright_line(line: str) -> None:
    assert not copyright_line(line)


# ---- 3. a login prompt: a dump's line that asks or opens with the phrase

@pytest.mark.parametrize("lang, line", [
    ("fr", "Vous possédez déjà un compte ?"),
    ("en", "Already have an account?"),
    ("es", "Suscríbete para seguir leyendo"),
    ("fr", "Déjà abonné ?"),
])
def test_a_login_prompt(lang: str, line: str) -> None:
    assert _login_prompt(line, get_profile(lang))


@pytest.mark.parametrize("lang, line", [
    ("es", "Libros para seguir leyendo"),
    ("en", "Six novels to continue reading"),
    ("it", "Dieci libri per continuare a leggere"),
    ("pt", "Livros para continuar lendo nas férias"),
    ("it", "Six novels to continue reading"),   # another language's phrase
])
def test_a_headline_holding_a_prompts_words_is_no_prompt(lang: str, line: str) -> None:
    assert not _login_prompt(line, get_profile(lang))


@pytest.mark.parametrize("name, title, author", [
    ("lp_html1.html", "Libros para seguir leyendo", "Ana López"),
    ("lp_en1.txt", "Six novels to continue reading", "Ann Lee"),
    ("lp_it1.txt", "Dieci libri per continuare a leggere", "Anna Ferri"),
    ("lp_pt1.txt", "Livros para continuar lendo nas férias", "Ana Souza"),
    ("lp_es2.txt", "Libros para seguir leyendo", "Ana López"),
])
def test_a_headline_with_a_paywalls_words_is_the_headline(name: str, title: str, author: str) -> None:
    record = _record(name)
    assert record.title == title
    assert record.authors == [author]


# ---- 4. a desk's credit names a desk: no Title Case headline

@pytest.mark.parametrize("name, title", [
    ("dc1.html", "By UN Standards — Europe Falls Short"),
    ("dc2.txt", "By EU Rules – Britain Must Pay"),
    ("dc3.txt", "Von DDR bis BRD — Eine Bilanz"),
    ("dc5.txt", "Von KI erzeugt – Die Fälschungen"),
    ("dc6.txt", "Por PIX — Banco Central Explica"),
])
def test_a_headline_that_opens_like_a_desks_credit_is_the_headline(name: str, title: str) -> None:
    assert _record(name).title == title


@pytest.mark.parametrize("lang, line", [
    ("en", "By UN Standards — Europe Falls Short"),
    ("de", "Von KI erzeugt – Die Fälschungen"),
    ("pt", "Por PIX — Banco Central Explica"),   # a place of three words
])
def test_what_is_no_desks_credit(lang: str, line: str) -> None:
    assert not _desk_credit(line, get_profile(lang))


# ---- 5. an image's alt bracket before a credit with a relative time or a reading time

@pytest.mark.parametrize("name, authors", [
    ("alt8_w3m.txt", ["Ann Lee", "Bo Stein"]),
    ("alt9_w3m.txt", ["Ann Lee"]),
    ("alt_id1.txt", ["Budi Santoso"]),
])
def test_a_credit_after_an_images_alt_text_is_read(name: str, authors: List[str]) -> None:
    assert _record(name).authors == authors


def test_a_labels_bracket_in_capitals_stays_before_a_figure() -> None:
    blocks, _style, _ = segment_dump("Home News\n\n[HOAKS] Bantuan Tunai Rp2,5 Juta untuk Semua Warga Lansia\n\n"
                                     "[ann-lee] Ann Lee and Bo Stein · 3 hours ago\n")
    texts = [b.text for b in blocks]
    assert "[HOAKS] Bantuan Tunai Rp2,5 Juta untuk Semua Warga Lansia" in texts
    assert "Ann Lee and Bo Stein · 3 hours ago" in texts


# ---- 8. a photo label's colon then a credit, not a headline's words

@pytest.mark.parametrize("name, title", [
    ("lc1.txt", "Stadtfest lockt 50.000 Besucher in die Altstadt. Fotos: So war das Wochenende"),
    ("lc2.txt", "Stadt sperrt drei Brücken für den Verkehr. Bild: Die Karte der Umleitungen"),
    ("lc3.txt", "Photo site sold to a new owner. Flickr/SmugMug deal explained"),
])
def test_a_headline_with_a_photo_labels_colon_is_the_headline(name: str, title: str) -> None:
    assert _record(name).title == title


@pytest.mark.parametrize("tail", ["Fotos: So war das Wochenende", "Bild: Die Karte der Umleitungen",
                                  "Flickr/SmugMug deal explained"])
def test_what_is_no_labelled_credit(tail: str) -> None:
    assert not _labelled_credit(tail, get_profile("de"))


@pytest.mark.parametrize("tail", ["Bildrechte: MDR/David Straub", "Foto: Teresa Suarez/AP", "Foto: dpa",
                                  "Reprodução/TV Globo"])
def test_a_labelled_credit(tail: str) -> None:
    assert _labelled_credit(tail, get_profile("de"))


# ---- 7. a headline in Title Case that opens with a genre's word keeps it

@pytest.mark.parametrize("name, title, author", [
    ("ra1.txt", "Opinion Polls Show Labour Ahead in the Marginals", "Ann Lee"),
    ("ra2.txt", "Analysis Shows Most Voters Back the Reform Plan", "Ann Lee"),
    ("ra_id1.txt", "Opini Publik Terbelah Soal Kenaikan PPN 12 Persen", "Budi Santoso"),
    ("ra_id2.txt", "Opini Publik Terbelah Soal Kenaikan PPN 12 Persen", "Budi Santoso"),
])
def test_a_title_case_headline_opening_with_a_genres_word_is_kept_whole(name: str, title: str,
                                                                         author: str) -> None:
    record = _record(name)
    assert record.title == title
    assert record.authors == [author]


# ---- 6. a kicker's bar line under the byline and date is a teaser, not the headline

def test_a_teaser_with_a_kickers_bar_under_the_credit_is_no_headline() -> None:
    record = _record("pk14.txt")
    assert record.title == "Harbour strike enters third day as talks collapse"
    assert record.authors == ["Ann Lee"]


# ---- a login box's question is furniture in the text too

@pytest.mark.parametrize("line, furniture", [
    ("Vous possédez déjà un compte ?", True),
    ("Already have an account? Log in", True),
    ("Vous avez déjà un compte en Suisse ?", False),       # a question about an account
    ("Pourquoi vous avez déjà un compte ?", False),         # the phrase inside a question
    ("Already have an account with the bank? Here is what to do next", False),
])
def test_a_login_boxs_question_is_furniture(line: str, furniture: bool) -> None:
    from newsextract.classify import is_boilerplate
    assert is_boilerplate(line) is furniture
