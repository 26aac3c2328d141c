"""Indonesian speakers named once in full and then by a short form (issue 11): an office alone
after a long office with a rank ("kata Kapolres" after "Kapolres Metro Jakarta Selatan Kombes
Pol Ade Ary Syam Indradi"), a nickname the text gives with "akrab disapa" and also prints as
a subject, a name's initials ("kata STY"), the place of an office printed before a given name
("Kepala Lapas Salemba Bambang Irawan", profile keys given_names and name_prefixes), and a
given name printed before the short form's full name ("Ahmad Riza Patria" ... "kata Riza").
Near misses: two holders of one office, an acronym of a body, two people sharing initials,
a name that opens with a hereditary title, a three-word name with no given name inside."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract

LEAD = ("Pemerintah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir "
        "pada awal bulan ini di sejumlah kecamatan.")
TAIL = ("Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari melintas "
        "menuju pusat kota dan pasar tradisional.")
Q1 = '"Perbaikan jalan akan dimulai pekan depan di seluruh kecamatan,"'
Q2 = '"Kami tidak akan berhenti sampai semua jalan selesai diperbaiki,"'


def _speakers(pars: List[str], form: str) -> List[Optional[str]]:
    title = "Pemerintah Siapkan Dana Perbaikan Jalan"
    body = [LEAD, *pars, TAIL]
    if form == "text":
        page = newsextract.extract("\n\n".join([title, "Penulis: Andi Wijaya", *body]) + "\n")
    else:
        ps = "".join(f"<p>{p}</p>" for p in body)
        page = newsextract.extract(f"<html><head><title>{title}</title></head><body><article>"
                                   f"<h1>{title}</h1><div>Penulis: Andi Wijaya</div>{ps}</article></body></html>")
    return [q.speaker for q in page.quotes]


CASES = [
    # an office alone stands for the holder named after a long office, a rank and its corps
    ([f"{Q1} kata Kapolres Metro Jakarta Selatan Kombes Pol Ade Ary Syam Indradi di kantornya.",
      f"{Q2} tegas Kapolres."],
     ["Ade Ary Syam Indradi", "Ade Ary Syam Indradi"]),
    # a nickname given with "akrab disapa", then printed as a subject and after a cue
    (["Wali Kota Bekasi Rahmat Effendi mengatakan, pemerintah kota sudah mendirikan posko.",
      f"{Q1} ujar pria yang akrab disapa Pepen itu saat meninjau lokasi.",
      "Pepen mengakui tanggul tidak mampu menahan debit air dari hulu.",
      f"{Q2} kata Pepen."],
     ["Rahmat Effendi", "Rahmat Effendi"]),
    # a name's initials, the press's short form of a well-known name, where the text ties them
    # to the name: in brackets after it, or given as what the person is called
    pytest.param([f"{Q1} ujar pelatih Timnas Indonesia, Shin Tae-yong, usai laga.", f"{Q2} kata STY."],
                 ["Shin Tae-yong", "Shin Tae-yong"],
                 marks=pytest.mark.xfail(strict=True, reason="initials the text never ties to the name are read for no one")),
    pytest.param([f"{Q1} kata Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono.", f"{Q2} ujar AHY."],
                 ["Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono"],
                 marks=pytest.mark.xfail(strict=True, reason="initials the text never ties to the name are read for no one")),
    ([f"{Q1} ujar pelatih Timnas Indonesia, Shin Tae-yong (STY), usai laga.", f"{Q2} kata STY."],
     ["Shin Tae-yong", "Shin Tae-yong"]),
    ([f"{Q1} kata Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono yang akrab disapa AHY.", f"{Q2} ujar AHY."],
     ["Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono"]),
    ([f"{Q1} kata Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono, yang dikenal dengan sebutan AHY.",
      f"{Q2} ujar AHY."],
     ["Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono"]),
    # an institution's place, then a name that opens with a given name
    (["Kepala Lapas Salemba Bambang Irawan membantah ada narapidana yang mengendalikan narkoba.",
      f"{Q1} katanya."],
     ["Bambang Irawan"]),
    # (after an office that takes no place always, only the text's evidence reads a place)
    pytest.param(["KPK menahan Bupati nonaktif Kudus Muhammad Tamzil usai pemeriksaan.", f"{Q1} kata Tamzil singkat."],
                 ["Muhammad Tamzil"],
                 marks=pytest.mark.xfail(strict=True, reason="'Kudus' is printed as a place nowhere else")),
    (["KPK menahan Bupati nonaktif Kudus Muhammad Tamzil usai pemeriksaan di Kudus.", f"{Q1} kata Tamzil singkat."],
     ["Muhammad Tamzil"]),
    # an office's aide named with the office: not its holder
    (["Wakil Presiden KH Ma'ruf Amin menerima pengurus MUI. Juru bicara Wapres, Masduki Baidlowi, "
      "mengatakan vaksin sudah dinyatakan halal.",
      f"{Q1} kata Masduki.", f"{Q2} kata Wapres dalam sebuah kesempatan."],
     ["Masduki Baidlowi", "Ma'ruf Amin"]),
    # one name after an office and its place, the text's speaker already, for the office alone
    (["Kepala Dinas Kesehatan DKI Jakarta Widyastuti menyebut rumah sakit masih mampu menampung pasien.",
      f"{Q1} kata Widyastuti.", f"{Q2} imbau Kepala Dinas Kesehatan itu."],
     ["Widyastuti", "Widyastuti"]),
    # a given name printed just before the words the text goes on to use
    (["Sementara itu, Wakil Gubernur DKI Jakarta Ahmad Riza Patria memastikan pengawasan diperketat.",
      f"{Q1} kata Riza."],
     ["Ahmad Riza Patria"]),
]

NEAR_MISSES = [
    # two holders of one office named: the office alone names no one of them
    ([f"{Q1} kata Kapolres Bogor AKBP Iman Imanuddin.",
      "Kapolres Depok Kombes Pol Ahmad Fuady juga hadir dalam rapat itu.",
      f"{Q2} tegas Kapolres."],
     [["Iman Imanuddin", None], ["Iman Imanuddin", "Iman Imanuddin"]]),
    # a body's acronym is no person's initials, even after its name spelled out
    (["Komisi Pemberantasan Korupsi Gedung Baru menahan dua tersangka.", f"{Q1} kata KPK."],
     [["KPK"], [None]]),
    # two people with the same initials: none is guessed
    ([f"{Q1} kata Budi Santoso.", f"{Q2} ujar Bambang Soesatyo.", '"Semua sudah siap," kata BS.'],
     [["Budi Santoso", "Bambang Soesatyo", "BS"]]),
    # two letters, an agency's three: no person's initials ("kata AP" after "Andi Pratama")
    ([f"{Q1} kata Andi Pratama.", f"{Q2} tulis AP."],
     [["Andi Pratama", "AP"], ["Andi Pratama", None]]),
    ([f"{Q1} kata Ahmad Fauzi Putra.", f"{Q2} tulis AFP."],
     [["Ahmad Fauzi Putra", "AFP"], ["Ahmad Fauzi Putra", None]]),
    # a hereditary title opens the name; a name of three words with no given name inside
    (["Kepala Lapas Teuku Muhammad Rizal membantah tuduhan itu.", f"{Q1} katanya."],
     [["Teuku Muhammad Rizal"]]),
    (["Ketua DPRD Euis Ida Wartiah membantah tuduhan itu.", f"{Q1} katanya."],
     [["Euis Ida Wartiah"]]),
    (["Kepala Rutan Siti Nur Azizah membantah tuduhan itu.", f"{Q1} katanya."],
     [["Siti Nur Azizah"]]),
    # a three-word name after a territory's head whose middle word is never printed alone
    (["Bupati Kustini Sri Purnomo meninjau lokasi banjir.", f"{Q1} ungkap Kustini."],
     [["Kustini Sri Purnomo"]]),
    # an aide's office in capitals ("Staf Khusus"): the same as before
    (["Staf Khusus Menkeu Yustinus Prastowo menjelaskan aturan baru.", f"{Q1} kata Menteri Keuangan."],
     [[None]]),
    # one name after the office that the text never quoted: no holder is guessed
    (["Kepala Dinas Kesehatan DKI Jakarta Widyastuti juga hadir dalam rapat.",
      f"{Q1} kata Kepala Dinas Kesehatan."],
     [[None]]),
]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("pars,expected", CASES)
def test_short_forms_stand_for_the_full_name(pars: List[str], expected: List[Optional[str]], form: str) -> None:
    assert _speakers(pars, form) == expected


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("pars,allowed", NEAR_MISSES)
def test_near_misses(pars: List[str], allowed: List[List[Optional[str]]], form: str) -> None:
    assert _speakers(pars, form) in allowed
