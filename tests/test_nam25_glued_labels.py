"""Indonesian byline shapes of outlets never seen (nam25's probes): a label's span glued to its
name's span by the markup ("PenulisBudi Santoso", "ReporterBudi Santoso EditorDewi Lestari"), in
the HTML and in every dump; and an editor printed on lines of one block under a writer
("Reporter" / X / "Editor" / Y), who is no author. Beside them the near misses: words that only
open with a label's letters, and a label glued to a phrase, not a name."""

from __future__ import annotations


import pytest

from newsextract import extract
from newsextract.fields.byline import parse_credit
from newsextract.profiles import get_profile

from conftest import FIXTURES, dump_as

_DIR = FIXTURES / "nam25"


@pytest.mark.parametrize("code,line,authors,editors", [
    ("id", "PenulisBudi Santoso", ["Budi Santoso"], []),
    ("id", "KontributorBudi Santoso", ["Budi Santoso"], []),
    ("id", "WartawanBudi Santoso", ["Budi Santoso"], []),
    ("id", "EditorDewi Lestari", [], ["Dewi Lestari"]),
    ("id", "ReporterBudi SantosoEditorDewi Lestari", ["Budi Santoso"], ["Dewi Lestari"]),
    ("id", "ReporterBudi Santoso EditorDewi Lestari", ["Budi Santoso"], ["Dewi Lestari"]),
    ("id", "PenulisBudi Santoso | EditorDewi Lestari", ["Budi Santoso"], ["Dewi Lestari"]),
    ("de", "AutorinAnna Schmidt", ["Anna Schmidt"], []),
    ("en", "byJane Doe", ["Jane Doe"], []),
])
def test_a_label_glued_to_a_name(code: str, line: str, authors: list, editors: list) -> None:
    got = parse_credit(line, get_profile(code))
    assert (got[0], got[1]) == (authors, editors)


@pytest.mark.parametrize("code,line", [
    ("en", "Bynum Carter"), ("id", "Oleholeh Khas Bandung"), ("de", "Reporterin Anna Schmidt"),
    ("id", "Reporterin Anna Schmidt"), ("en", "Editorial Board Review"), ("es", "Porsche Cayenne Turbo"),
    ("de", "Vonovia Aktie Steigt"), ("id", "RedBull Racing Team"), ("id", "RepSol Energy Baru"),
    ("id", "LaporanKeuangan Tahunan"), ("id", "OlehKarena Itu Warga"), ("id", "WartawanSenior Kompas"),
    ("id", "KontributorBandung"), ("en", "EditorsChoice Award Winners"), ("id", "PenulisPenulis Muda"),
    # (a label of another language glued to a name is not read: Dutch "Door" on an English page)
    ("en", "DoorDash Drivers Protest"), ("en", "VonAnna Schmidt"),
    # (a label of fewer than four letters with its capital glued to a word is a brand's word,
    # "ByHeart Formula", "VonDutch Clothing": left unread, "ByJane Doe" with them)
    ("en", "ByHeart Formula Recall"), ("de", "VonDutch Clothing"), ("en", "ByJane Doe"),
])
def test_words_that_open_with_a_label_name_no_one(code: str, line: str) -> None:
    got = parse_credit(line, get_profile(code))
    assert (got[0], got[1]) == ([], [])


@pytest.mark.parametrize("page", ["id-glued-penulis", "id-glued-reporter-editor", "id-lines-reporter-editor"])
@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "soup", "soup_nl", "markdown"])
def test_glued_and_lined_credits_in_every_style(page: str, style: str) -> None:
    # a page with no metadata: the writer from the visible byline, the editor never an author
    html = (_DIR / f"{page}.html").read_text(encoding="utf-8")
    data = dump_as(html, style)
    assert extract(data.encode()).authors == ["Budi Santoso"]


def test_the_editor_on_lines_of_one_block_is_read_as_the_editor() -> None:
    art = extract((_DIR / "id-lines-reporter-editor.html").read_bytes())
    assert (art.authors, art.editors) == (["Budi Santoso"], ["Dewi Lestari"])


@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "markdown"])
def test_a_glued_label_over_a_phrase_after_the_byline_names_no_one(style: str) -> None:
    # "Reporter: Budi Santoso", then a box "WartawanMuda Berprestasi" (a phrase, "young
    # achieving journalist", read as glued words only): the byline's writer alone
    html = (_DIR / "id-glued-box-phrase.html").read_text(encoding="utf-8")
    data = dump_as(html, style)
    assert extract(data.encode()).authors == ["Budi Santoso"]


@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "markdown", "elinks"])
def test_an_editor_on_lines_above_the_writer_is_no_author(style: str) -> None:
    # "Editor" / "Dewi Lestari" / "Penulis" / "Budi Santoso" on lines of one block: the editor
    # read as the editor, the writer as the author (the editor's name was read again as a
    # writer's name alone near the date)
    html = (_DIR / "id-lines-editor-first.html").read_text(encoding="utf-8")
    data = dump_as(html, style)
    assert extract(data.encode()).authors == ["Budi Santoso"]


def test_a_labelled_writer_on_the_line_after_a_bare_editor_label_is_the_author() -> None:
    # "Editor" / "Dewi Lestari | Penulis: Budi Santoso" / date (a dump's lines): the line under
    # the bare label prints the writer's own labelled credit, read on for the writer
    art = extract((_DIR / "id-editor-then-labelled-writer.txt").read_bytes())
    assert art.authors == ["Budi Santoso"]


@pytest.mark.parametrize("page", ["id-kicker-glued-above-headline", "de-book-box-after-text", "en-aside-glued-list",
                                  "id-team-list", "en-newsletter-editor", "id-book-box-top"])
@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "markdown", "pandoc_commonmark"])
def test_a_glued_label_outside_the_byline_names_no_one(page: str, style: str) -> None:
    # a glued label is read under the headline before any byline, or as the credits just after
    # the text: a kicker's "ReporterTanpa Batas" above the headline, a book's box
    # ("AutorMax Frisch" / "VerlagSuhrkamp", "PenulisAndrea Hirata" / "PenerbitBentang
    # Pustaka"), an aside's "EditorLetters Page" / "ReporterNotebook Archive", a team list
    # ("Tim Kami": "KontributorAndi Wijaya", "RedakturDewi Lestari") or a newsletter's box
    # ("EditorJane Doe" / "Sign up ...") name neither writer nor editor
    html = (_DIR / f"{page}.html").read_text(encoding="utf-8")
    data = dump_as(html, style)
    art = extract(data.encode())
    assert (art.authors, art.editors) == ([], [])


@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "markdown", "soup"])
def test_glued_credits_just_after_the_text_are_read(style: str) -> None:
    # Antara's form: "PewartaBudi Santoso" / "EditorDewi Lestari" right after the last paragraph
    html = (_DIR / "id-antara-end-glued.html").read_text(encoding="utf-8")
    data = dump_as(html, style)
    art = extract(data.encode())
    assert (art.authors, art.editors) == (["Budi Santoso"], ["Dewi Lestari"])
