"""The third audit of issue 11: invented article pages in the layouts of Indonesian outlets
the first two audits lacked (fixtures/idaudit3/make.py writes them, their dumps, and
gold.json, the fields a reader takes from each, written by hand before the program ran), each
field asserted on the page and on its w3m, lynx and BeautifulSoup dumps; then the near misses
of the rules the audit added."""

from __future__ import annotations

import json
from typing import Dict, List, Optional, Tuple

import pytest

import newsextract
from newsextract.fields.byline import plain_name_word
from newsextract.fields.dateline import find_dateline, outlet_stop_dateline
from tests.audit import audit_params, en_speakers, field_ok, id_speakers, read_page
from tests.conftest import FIXTURES

PAGES = FIXTURES / "idaudit3"
GOLD: Dict[str, dict] = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
KINDS = {"html": ".html", "w3m": ".w3m.txt", "lynx": ".lynx.txt", "soup": ".soup.txt"}
FIELDS = ("title", "date", "authors", "location", "body_first", "body_last", "clean", "quotes", "speakers")

# what the program still gets wrong (the report lists them): (page, kind or "*", field)
KNOWN = {
    # a quotation no cue attributes after a sentence whose named subject reports speech, with
    # no word of the first person ("Warga ... harus meningkatkan kewaspadaan."): written again
    # in q20, it gives it to the subject only in the first person since fixq20 (a law's, a
    # sign's, an order's words read the same: rv-q20)
    ("republika_red", "*", "quotes"), ("kompastv", "*", "quotes"),
    # ("RMOL. ": read again since idf20, as the first paragraph's opening only)
    # (short w3m dumps, two list items and two wrapped lines that go on in a small letter, were
    # read as BeautifulSoup's lines until idaud19: w3m's numbered items " 1. " tell them)
    # "Jakarta. The government ...": a listed city and a full stop opening the text, read since
    # idf20 when a report's paragraph follows; this one is one sentence of 130 characters, as
    # a review's or a feature's opening is ("Pontianak. Hantu perempuan ...", rv-idf20): the
    # page keeps no place and its text whole, null rather than a cut opening
    ("jakartaglobe", "*", "location"), ("jakartaglobe", "*", "body_first"),
    # ("Palangkaraya ● Mon, December 2, 2024": read since idf20; "Shipping association chairman
    # Hendro Gunawan welcomed ..." registered since q20, so '"...," he said.' is his)
    # ("kumparanBISNIS" alone under the headline, a desk's credit where no person is named: no
    # author, as the guide's desks alone, "Web Desk"; the gold named the desk until idf20, against
    # the README's "authors as people")
}


@pytest.mark.parametrize("name, kind, field", audit_params(GOLD, KINDS, FIELDS, KNOWN))
def test_audit_page(name: str, kind: str, field: str) -> None:
    assert field_ok(read_page(PAGES / (name + KINDS[kind])), GOLD[name], field)


# the audit's rules: their shapes and near misses
W = "\"Warga yang tinggal di lereng bukit harus meningkatkan kewaspadaan.\""


@pytest.mark.parametrize("par, found", [
    # a quotation of whole sentences closing the paragraph, after a sentence whose subject
    # reports speech: that subject's
    # (written again narrowly in q20: tests/test_q20_quotes.py holds its near misses; since
    # fixq20 only words in the first person are the subject's, "Warga ... waspada." has none
    # and may be a law's, a sign's or an order's as well: no speaker, as before q20)
    (f"Kepala Stasiun Meteorologi Cempaka, Dewi Lestari, mengatakan puncak musim hujan terjadi pada Januari. {W}",
     []),
    (f"Dewi Lestari menyebut puncak musim hujan terjadi pada Januari. {W}", []),
    (f"Dewi Lestari menyebut puncak musim hujan terjadi pada Januari. {W[:-2]} kami.\"", [("Warga", "Dewi Lestari")]),
    # near misses: no one named (an institution, people in lower case), no verb of saying, a
    # title or a term in marks, a quotation the sentence goes on after, a sentence between
    (f"Polisi mengatakan puncak musim hujan terjadi pada Januari. {W}", []),
    (f"Warga sekitar mengatakan puncak musim hujan terjadi pada Januari. {W}", []),
    (f"Dewi Lestari memimpin rapat koordinasi di kantor bupati pada Januari. {W}", []),
    ("Dewi Lestari mengatakan program siaga bencana di seluruh desa sudah berjalan baik sejak tahun lalu. "
     "\"Cempaka Tangguh Bencana.\"", []),
    (f"Dewi Lestari mengatakan puncak musim hujan terjadi pada Januari. {W} Rapat digelar sore harinya.", []),
    (f"Dewi Lestari mengatakan puncak musim hujan terjadi pada Januari. Hujan turun sepanjang hari di seluruh "
     f"wilayah kabupaten. {W}", []),
])
def test_said_in_the_sentence_before(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found


@pytest.mark.parametrize("name, ok", [
    # an apostrophe inside a name's word of small letters (an Arabic name's glottal stop)
    ("Nafi'an", True), ("Ma'ruf", True), ("Syafi'i", True), ("Ma\u2019ruf", True),
    ("O'Neil", True), ("Jean-Pierre", True),
    # near misses: a possessive, an English contraction, a word in lower case, an apostrophe
    # closing the word
    ("Trump's", False), ("Jokowi\u2019s", False), ("We've", False), ("Don't", False), ("They're", False),
    ("I'll", False), ("Shouldn\u2019t", False), ("don't", False), ("Nafi'", False), ("BAKER's", False),
    # elided words (rv-id3): Italian articles and prepositions, French conjunctions, "Jum'at"
    ("Dall'inviato", False), ("Dall\u2019inviata", False), ("Nell'ambito", False), ("Quest'anno", False),
    ("Aujourd'hui", False), ("Jusqu'\u00e0", False), ("Jum'at", False),
])
def test_name_word_with_an_apostrophe(name: str, ok: bool) -> None:
    assert plain_name_word(name) is ok


R = "\"We continue to see downside risks for the economy from weak demand.\""


@pytest.mark.parametrize("par, found", [
    # the same in English: the sentence's subject, a person named, reports speech
    (f"Chief economist Royce Mendes said growth would slow in the second half of the year. {R}",
     [("We", "Royce Mendes")]),
    # near misses: a sentence that a pronoun or a demonstrative opens, an institution, or
    # people unnamed, says it; no one named is a speaker
    (f"That figure is well below what the bank said it expected in the second half of the year. {R}", []),
    (f"Police said the road would stay closed for the rest of the week at least. {R}", []),
    (f"Analysts said growth would slow in the second half of the year and beyond. {R}", []),
])
def test_said_in_the_sentence_before_english(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert en_speakers(par) == found


REST = " Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan."


@pytest.mark.parametrize("lead, site", [
    # an outlet the profiles list, in capitals, and a full stop: the outlet's mark, no place
    # (opening the text's first paragraph: outlet_stop_dateline, which the pipeline asks of it
    # alone; find_dateline, asked of the blocks near the text's start, reads none)
    ("RMOL.", "RMOL"),
    # (an outlet named by a common word, "TEMPO.", "KOMPAS.": only on its own page, rv-idf20;
    # see test_idf20)
    ("TEMPO.", None),
    # near misses: a body's or an office's acronym, the outlet's name as a word in its own case
    # ("tempo", "antara" are words), no stop, a comma, a stop glued to the next word
    ("BMKG.", None), ("PLN.", None), ("Tempo.", None), ("Antara.", None), ("RMOL", None), ("RMOL,", None),
])
def test_outlet_in_capitals_and_a_full_stop(lead: str, site: Optional[str]) -> None:
    found = outlet_stop_dateline(lead + REST)
    assert (found[0].site if found else None) == site
    if site:
        assert found[0].location is None and found[1] == REST.strip()
    assert find_dateline(lead + REST) is None  # (never a block's near the start: a later paragraph's)


def test_outlet_and_full_stop_needs_a_text_after_it() -> None:
    assert outlet_stop_dateline("RMOL. Baca juga berita lainnya.") is None
    assert find_dateline("RMOL. Baca juga berita lainnya.") is None


def test_outlet_and_full_stop_in_a_later_paragraph_is_a_word() -> None:
    """The review's case: a listed outlet that is a word, in capitals opening a later paragraph
    ("TEMPO. ..."), cut the text's opening when the rule was asked of every block near the
    start; asked of the first paragraph alone, it leaves the text whole."""
    pars = ["Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan dengan "
            "mewajibkan pendaftaran kendaraan melalui aplikasi.",
            "Direktur Jenderal Minyak dan Gas Bumi, Surya Atmaja, menyebut aturan teknisnya sedang difinalkan "
            "dan akan terbit bulan depan.",
            "TEMPO. Itulah yang diminta para pengemudi ojek daring: waktu yang cukup untuk mendaftar sebelum "
            "aturan berlaku penuh."]
    art = newsextract.extract("\n\n".join(["Pengemudi Ojol Belum Paham Cara Daftar BBM Subsidi",
                                            "Senin, 02 Desember 2024 | 15:20 WIB", *pars]) + "\n")
    assert art.body.startswith(pars[0][:40]) and pars[2] in art.body
    assert art.site is None


def _byline_authors(byline: str) -> List[str]:
    body = "".join(f"<p>{p}</p>" for p in (
        "TANJUNG SARI, Radar Jember \u2013 Warga Desa Tanjung Sari menanam pohon pisang di tengah jalan kabupaten "
        "yang rusak parah sebagai bentuk protes kepada pemerintah daerah.",
        "Kepala Desa Tanjung Sari, Abdul Rahman, mengatakan jalan sepanjang enam kilometer itu tidak pernah "
        "diperbaiki sejak 2018 dan warga sudah berkali-kali mengadu.",
        "Warga mengancam akan terus menggelar aksi jika janji perbaikan itu tidak ditepati tahun depan."))
    html = (f"<html lang='id'><body><article><h1>Warga Tanam Pohon Pisang di Jalan Rusak</h1>{byline}"
            f"<div class='date'>Selasa, 3 Desember 2024 | 12:10 WIB</div><div class='content'>{body}</div>"
            "</article></body></html>")
    return newsextract.extract(html).authors


@pytest.mark.parametrize("byline, authors", [
    # a photographer's line beside a writer's: the writer is the author
    ("<div>Reporter: Maulana Ishak</div><div>Fotografer: Sugiyanto</div>", ["Maulana Ishak"]),
    ("<div>Fotografer: Sugiyanto</div><div>Penulis: Maulana Ishak</div>", ["Maulana Ishak"]),
    # near misses: a gallery's photographer alone is its author; one who wrote and shot is
    # kept; two writers stay two
    ("<div>Fotografer: Sugiyanto</div>", ["Sugiyanto"]),
    ("<div>Reporter: Maulana Ishak</div><div>Fotografer: Maulana Ishak</div>", ["Maulana Ishak"]),
    # (the same person spelt apart by a dump's glue: "By Arny Christika Putrion 16 Feb 2016")
    ("<div>By Maulana Ishakon</div><div>Photographer Maulana Ishak</div>", ["Maulana Ishak"]),
    ("<div>Reporter: Maulana Ishak</div><div>Penulis: Dewi Kartika</div>", ["Maulana Ishak", "Dewi Kartika"]),
])
def test_photographer_beside_a_writer(byline: str, authors: List[str]) -> None:
    assert _byline_authors(byline) == authors
