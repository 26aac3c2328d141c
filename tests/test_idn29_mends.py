"""The review of idn29 (invented inputs, fixtures/idn29/review): a role set off after a name
registers the name only when the name opens its sentence; "According to The X," still names the
outlet; a long run after "Menurut" that holds no person's name names no one; a country after
"Perdana Menteri" or "Luar Negeri" is no holder; "Penulis X / Editor Y" splits only before an
editor's label and a name; a research team's credit stays as printed. Expected values read by
eye from the inputs."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

import newsextract
from newsextract.fields.byline import parse_credit
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile
from tests.conftest import FIXTURES

REVIEW = FIXTURES / "idn29" / "review"
ID = get_profile("id")
EN = get_profile("en")


def _speakers(text: str, lang: str = "id") -> List[Optional[str]]:
    return [q.speaker for q in extract_quotes(text.split(" ¶ "), get_profile(lang))]


def _page(name: str) -> dict:
    return newsextract.extract((REVIEW / name).read_bytes()).to_dict()


# --- a role set off after a name: only a name that opens its sentence ------------------------

@pytest.mark.parametrize("text, lang, want", [
    # a lead-in clause before the subject: the subject after the role speaks
    ("Kebijakan defisit menuai kritik. ¶ Menanggapi pernyataan Menteri Keuangan Sri Mulyani, ekonom senior "
     "Faisal Basri mengatakan defisit bisa melebar. ¶ \"Belanja harus dipangkas,\" ujarnya.", "id", "Faisal Basri"),
    ("Warga mengeluhkan banjir. ¶ Selain Budi Santoso, warga lain Ahmad Yani mengaku rumahnya terendam. ¶ "
     "\"Air masuk sejak subuh,\" kata dia.", "id", "Ahmad Yani"),
    ("Pasar kembali ramai. ¶ Berbeda dengan Andi Saputra, pedagang Pasar Minggu Siti Aminah mengaku omzetnya naik. ¶ "
     "\"Pembeli mulai kembali,\" ujarnya.", "id", "Siti Aminah"),
    ("RUU itu menuai protes. ¶ Sejalan dengan Yusril Ihza Mahendra, pakar hukum tata negara Bivitri Susanti "
     "mengatakan RUU itu cacat prosedur. ¶ \"Tidak ada partisipasi publik yang bermakna,\" kata dia.", "id",
     "Bivitri Susanti"),
    ("Persidangan berlanjut. ¶ Usai memeriksa Ferdy Sambo, penyidik Bareskrim Polri Budi Santoso mengatakan berkas "
     "segera dilimpahkan. ¶ \"Berkas sudah lengkap,\" ujarnya.", "id", "Budi Santoso"),
    ("Sidang kembali digelar. ¶ Kuasa hukum Andi Saputra, advokat Hotman Paris mengatakan kliennya hanya korban. ¶ "
     "\"Klien kami akan membuka semua bukti,\" kata dia.", "id", "Hotman Paris"),
    ("The ruling drew criticism. ¶ Responding to Senator Mark Warner, economist Jane Doe said the deficit would "
     "widen. ¶ \"Spending must be cut,\" she said.", "en", "Jane Doe"),
    ("Unlike John Smith, resident Mary Jones said the flood was worse this year. ¶ \"The water came in fast,\" "
     "she said.", "en", "Mary Jones"),
    # a name, then a role with no closing comma and no age: the person after the role speaks
    ("Warga mengeluhkan banjir. ¶ Sementara itu, Siti Aminah, pedagang sayur Budi Santoso mengatakan dagangannya "
     "rusak. ¶ \"Saya rugi jutaan rupiah,\" kata dia.", "id", "Budi Santoso"),
])
def test_a_lead_in_clause_names_no_one(text: str, lang: str, want: str) -> None:
    assert _speakers(text, lang) == [want]


@pytest.mark.parametrize("text", [
    # the shapes the rule is for: the name opens its sentence, alone or after a connective
    "Warga mengeluhkan banjir. ¶ Sementara itu, Siti Komariah (47), warga Kedaung Wetan, mengaku tidak bisa "
    "membuka jendela. ¶ \"Anak saya batuk terus,\" kata dia.",
    "Warga mengeluhkan banjir. ¶ Siti Komariah (47), warga Kedaung Wetan mengaku tidak bisa membuka jendela. ¶ "
    "\"Anak saya batuk terus,\" kata dia.",
    "Warga mengeluhkan banjir. ¶ Siti Komariah, warga Kedaung Wetan, mengaku tidak bisa membuka jendela. ¶ "
    "\"Anak saya batuk terus,\" kata dia.",
])
def test_a_name_opening_its_sentence_before_a_role(text: str) -> None:
    assert _speakers(text) == ["Siti Komariah"]


@pytest.mark.parametrize("name, want", [
    ("role_menanggapi.html", ["Faisal Basri"]),
    ("role_selain.html", ["Ahmad Yani"]),
    ("role_selain.w3m.txt", ["Ahmad Yani"]),
    ("role_berbeda.html", ["Siti Aminah"]),
    ("role_berbeda.w3m.txt", ["Siti Aminah"]),
    ("role_client.html", ["Hotman Paris"]),
    ("role_two.html", ["Budi Santoso"]),
    ("role_two.w3m.txt", ["Budi Santoso"]),
    ("en_responding.html", ["Jane Doe"]),
    ("en_responding.w3m.txt", ["Jane Doe"]),
])
def test_review_pages_with_a_lead_in(name: str, want: List[str]) -> None:
    assert [q["speaker"] for q in _page(name)["quotes"]] == want


def test_senada_dengan_names_the_subject_not_the_lead_in() -> None:
    # ("Senada dengan Mahfud MD, pengamat hukum Universitas Trisakti Abdul Fickar Hadjar menilai":
    # the university's last word still sticks to the name, as before the branch; never Mahfud MD)
    got = [q["speaker"] for q in _page("role_senada.html")["quotes"]]
    assert len(got) == 1 and got[0] is not None and got[0].endswith("Abdul Fickar Hadjar")


# --- "According to The X," and a long run after "Menurut" --------------------------------------

@pytest.mark.parametrize("text, want", [
    ("According to The New York Times, \"The talks collapsed late Tuesday.\"", ["New York Times"]),
    ("The talks stalled on Monday. ¶ According to The Hill, \"Leadership is weighing a vote.\"", ["Hill"]),
    ("According to The Athletic, \"The club has agreed a fee.\"", ["Athletic"]),
    ("According to The Associated Press, \"The storm weakened overnight.\"", ["Associated Press"]),
    ("According to the Associated Press, \"The storm weakened overnight.\"", ["Associated Press"]),
    # an apposition with its own speaker between: no one the outlet's name stands for
    ("According to The Sun, a source said: \"He was furious.\"", [None]),
    ("According to The Guardian, the minister said: \"We will not back down.\"", [None]),
    # a holder after an office spelled out
    ("According to New York Governor Kathy Hochul, \"We are ready.\"", ["Kathy Hochul"]),
    # a body's run with no person's name, a role before the name: no one
    ("According to National Hurricane Center Senior Specialist Daniel Brown, \"The storm is strengthening.\"", [None]),
    ("According to Goldman Sachs Chief Economist Jan Hatzius, \"Growth will slow.\"", [None]),
    ("According to Bank of America Global Research, \"Equities look stretched.\"", [None]),
])
def test_according_to_an_article_and_a_long_run(text: str, want: List[Optional[str]]) -> None:
    assert _speakers(text, "en") == want


@pytest.mark.parametrize("text, want", [
    # a person's name after an office spelled out
    ("Menurut Ketua Umum Partai Gerindra Prabowo Subianto, \"Kita harus bersatu.\"", ["Prabowo Subianto"]),
    ("Menurut Wakil Ketua Komisi III DPR Habiburokhman, \"Revisi harus segera dibahas.\"", ["Habiburokhman"]),
    ("Menurut Direktur Utama PT Pertamina Nicke Widyawati, \"Stok BBM aman.\"", ["Nicke Widyawati"]),
    ("Menurut Pengamat Politik Universitas Indonesia Aditya Perdana, \"Koalisi belum solid.\"", ["Aditya Perdana"]),
    # the name, cut before "Saat"
    ("Menurut Presiden Joko Widodo Saat Membuka Rakernas, \"Investasi harus dipermudah.\"", ["Joko Widodo"]),
    # no person's name in the run: a body, a place at its end, a regulation, a law's article
    ("Menurut Badan Pusat Statistik Provinsi Jawa Barat, \"Penurunan ditopang kenaikan upah buruh tani.\"", [None]),
    ("Menurut Peraturan Menteri Kesehatan Tentang Standar Pelayanan, \"Setiap puskesmas wajib memiliki dokter.\"",
     [None]),
    ("Menurut Data Kementerian Kesehatan Republik Indonesia, \"Kasus DBD naik dua kali lipat.\"", [None]),
    ("Menurut Pasal Satu Ayat Tiga UUD, \"Indonesia adalah negara hukum.\"", [None]),
    ("Menurut Kamus Besar Bahasa Indonesia Daring, \"Pulih berarti kembali baik seperti semula.\"", [None]),
    # (an office's acronym inside what would be the name: no one, as before the branch)
    ("Menurut Kepala BPS Jawa Barat Marsudijono, \"Penurunan ditopang kenaikan upah buruh tani.\"", [None]),
])
def test_menurut_a_long_run(text: str, want: List[Optional[str]]) -> None:
    assert _speakers(text) == want


@pytest.mark.parametrize("name, want", [
    ("en_nyt.html", ["New York Times"]),
    ("en_nyt.w3m.txt", ["New York Times"]),
    ("menurut_bps.html", [None]),
    ("menurut_kbbi.html", [None]),
    ("menurut_kbbi.w3m.txt", [None]),
])
def test_review_pages_according_to(name: str, want: List[Optional[str]]) -> None:
    assert [q["speaker"] for q in _page(name)["quotes"]] == want


# --- a country after a national office --------------------------------------------------------

def _holder(holder: str) -> Optional[str]:
    par = f"\"Kami sudah menyiapkan semua petugas di lapangan sejak pagi tadi,\" kata {holder} di kantornya."
    found = extract_quotes([par], ID)
    return found[-1].speaker if found else None


@pytest.mark.parametrize("holder, country", [
    ("Perdana Menteri Hongaria", "Hongaria"), ("Menteri Luar Negeri Yordania", "Yordania"),
    ("Menteri Pertahanan Polandia", "Polandia"), ("Menteri Luar Negeri Irak", "Irak"),
    ("Perdana Menteri Lebanon", "Lebanon"), ("Menteri Luar Negeri Belgia", "Belgia"),
    ("Perdana Menteri Yunani", "Yunani"), ("Menteri Keuangan Portugal", "Portugal"),
    ("Perdana Menteri Bangladesh", "Bangladesh"), ("Menteri Luar Negeri Maroko", "Maroko"),
])
def test_a_country_after_a_national_office_is_no_holder(holder: str, country: str) -> None:
    assert _holder(holder) != country


@pytest.mark.parametrize("holder, word", [("Menteri Pertanian Kabinet", "Kabinet"), ("Menteri Sosial Periode", "Periode")])
def test_a_body_word_after_a_national_office_is_no_holder(holder: str, word: str) -> None:
    assert _holder(holder) != word


@pytest.mark.parametrize("holder, want", [
    # the rule's own shapes stay
    ("Menteri Sekretaris Negara Pratikno", "Pratikno"), ("Menteri Dalam Negeri Tito", "Tito"),
    ("Menteri Agama Nasaruddin", "Nasaruddin"), ("Menko Polhukam Mahfud", "Mahfud"),
])
def test_one_name_after_a_national_office_still(holder: str, want: str) -> None:
    assert _holder(holder) == want


def test_review_page_prime_minister_of_a_country() -> None:
    got = [q["speaker"] for q in _page("mono_hongaria.html")["quotes"]]
    assert got != ["Hongaria"]


# --- "Penulis X / Editor Y": only before an editor's label and a name ---------------------------

@pytest.mark.parametrize("line, authors, editors", [
    # an author's label or a desk after the slash: no split (no one read from after it)
    ("Penulis Budi Santoso / Kontributor Salatiga", [], []),
    ("Oleh Tim Liputan / Laporan Khusus", [], []),
    ("Oleh Tim Tempo / Laporan Utama", [], []),
    ("Penulis: Rizky Pratama / Red Bull Content Pool", [], []),
    ("Penulis Rizky Pratama / Red Bull Racing", [], []),
    ("By Jane Doe / Words Matter", [], []),
    ("Von Anna Schmidt / Redaktion Politik", [], []),
    ("Por Juan Pérez / Redacción Deportes", [], []),
    # an editor's label and a person's name: split
    ("Penulis Dewi Lestari / Editor Ahmad Fauzi", ["Dewi Lestari"], ["Ahmad Fauzi"]),
    ("By Jane Doe / Editor Mark Smith", ["Jane Doe"], ["Mark Smith"]),
    ("Penulis Kontributor Salatiga, Dian Ade Permana / Editor Robertus Belarminus", ["Dian Ade Permana"],
     ["Robertus Belarminus"]),
])
def test_a_slash_before_an_editors_label_and_a_name(line: str, authors: List[str], editors: List[str]) -> None:
    lang = {"By": "en", "Von": "de", "Por": "es"}.get(line.split()[0], "id")
    got = parse_credit(line, get_profile(lang))
    assert (got[0], got[1]) == (authors, editors)


@pytest.mark.parametrize("name, authors", [
    ("by_kontributor.html", []), ("by_kontributor.w3m.txt", []),
    ("by_red_bull.html", ["Rizky Pratama"]), ("by_red_bull.w3m.txt", ["Rizky Pratama"]),
    ("by_penulis_editor_plain.html", ["Dewi Lestari"]), ("by_penulis_editor_plain.w3m.txt", ["Dewi Lestari"]),
])
def test_review_pages_slash_bylines(name: str, authors: List[str]) -> None:
    assert _page(name)["authors"] == authors


# --- a research team's credit as printed ------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("Penulis: Tim Riset CNBC Indonesia", (["Tim Riset CNBC Indonesia"], [])),
    ("Oleh: Tim Riset Kompas", (["Tim Riset Kompas"], [])),
    ("Penulis: Tim Redaksi", (["Tim Redaksi"], [])),
    # a desk with no team word stays no author
    ("Oleh Kompas Riset", ([], [])),
    ("By Morningstar Research", ([], [])),
])
def test_a_research_teams_credit(line: str, want: Tuple[List[str], List[str]]) -> None:
    got = parse_credit(line, get_profile("en" if line.startswith("By ") else "id"))
    assert (got[0], got[1]) == want


@pytest.mark.parametrize("name", ["desk_cnn_research.html", "desk_cnn_research.w3m.txt"])
def test_review_page_research_team(name: str) -> None:
    assert _page(name)["authors"] == ["Tim Riset CNN Indonesia"]
