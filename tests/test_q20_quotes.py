"""A quotation of whole sentences no cue attributes, closing its paragraph, right after a
sentence whose subject, a person the text named, reports speech (q20: written again after
rv-id3 took the first rule back), and the near misses that must stay as they were: a note, a
banner, a statement, a relative's or another person's words, a body or a place as the subject."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

import newsextract
from tests.audit import en_speakers, id_speakers

W = "\"Warga yang tinggal di lereng bukit harus meningkatkan kewaspadaan.\""
K = "\"Kami sudah menyiapkan posko dan perahu karet di setiap kecamatan.\""
R = "\"We continue to see downside risks for the economy from weak demand.\""
DEWI = "Kepala Stasiun Meteorologi Cempaka, Dewi Lestari,"


@pytest.mark.parametrize("par, found", [
    # the shape: the subject's own words in the first person, after an adverb too
    (f"{DEWI} mengatakan puncak musim hujan terjadi pada Januari. {K}", [("Kami", "Dewi Lestari")]),
    (f"{DEWI} juga menegaskan posko siaga dibuka selama dua puluh empat jam. {K}", [("Kami", "Dewi Lestari")]),
    # (words with no first person may be a law's, a sign's or an order's as well as hers: no one)
    (f"{DEWI} juga menegaskan posko siaga dibuka selama dua puluh empat jam. {W}", []),
    # near misses: a note, a banner, a statement, a post, a relative, someone who called,
    # another person the text named, a second verb of saying after the subject's
    (f"{DEWI} mengatakan petugas menemukan catatan di saku korban. {K}", []),
    (f"{DEWI} mengatakan warga memasang spanduk di depan kantor desa. {W}", []),
    (f"{DEWI} mengatakan perusahaan sudah mengeluarkan pernyataan resmi kemarin. {K}", []),
    (f"{DEWI} mengatakan korban sempat mengunggah foto banjir di media sosial. {K}", []),
    (f"{DEWI} mengatakan adiknya sempat pulang sebelum banjir datang. {K}", []),
    (f"{DEWI} mengatakan korban sempat menelepon sebelum kejadian. {K}", []),
    (f"{DEWI} mengatakan massa meneriakkan tuntutan mereka di depan kantor bupati. {K}", []),
    ("Budi Santoso mengatakan pesan terakhir anaknya masih ia simpan. \"Ayah, maafkan aku tidak pulang "
     "malam ini.\"", [("Ayah,", None)]),
    (f"{DEWI} mengatakan camat menegaskan warga harus mengungsi malam itu. {K}", []),
    (f"Bupati Cempaka Andi Wijaya meninjau lokasi pagi tadi. {DEWI} mengatakan Andi Wijaya sudah meminta "
     f"bantuan dari provinsi. {K}", []),
    # a subject that is no one named: a body, people in small letters, a pronoun, a place
    (f"BMKG Cempaka mengatakan puncak musim hujan terjadi pada Januari. {K}", []),
    (f"Ia mengatakan puncak musim hujan terjadi pada Januari. {K}", []),
    (f"Petugas di lapangan mengatakan puncak musim hujan terjadi pada Januari. {K}", []),
    # a fronted phrase before the subject, a sentence between, words after the quotation
    (f"Dalam rapat itu, Dewi Lestari mengatakan puncak musim hujan terjadi pada Januari. {K}", []),
    (f"{DEWI} mengatakan puncak musim hujan terjadi pada Januari. Hujan turun sepanjang hari. {K}", []),
    (f"{DEWI} mengatakan puncak musim hujan terjadi pada Januari. {K} Rapat digelar sore harinya.", []),
    # a short clause before the quotation (the verb's pattern reaches 40 characters past it,
    # over the sentence's end): a quotation too short to be said or with no stop (a slogan, a
    # title), or another voice after the verb, is kept with no speaker (it was the subject's)
    (f"{DEWI} mengatakan posko siaga dibuka di setiap kecamatan. \"Siaga Bencana Cempaka.\"", [("Siaga", None)]),
    (f"{DEWI} mengatakan program itu diberi nama baru. \"Desa Tangguh Bencana Cempaka Raya Sejahtera\"",
     [("Desa", None)]),
    (f"{DEWI} mengatakan ada spanduk. \"Tolak tambang pasir di desa kami sekarang juga!\"", [("Tolak", None)]),
    ("Budi Santoso mengatakan adiknya berteriak. \"Tolong, rumah kami terbakar habis semuanya!\"",
     [("Tolong,", None)]),
    ("Budi Santoso mengatakan surat itu pendek. \"Maafkan aku karena tidak bisa menjadi anak yang baik.\"",
     [("Maafkan", None)]),
    # (and as before: the subject's own words after a short clause; a quotation closed on a
    # comma, whose cue follows it)
    (f"{DEWI} mengatakan hal itu kemarin. {K}", [("Kami", "Dewi Lestari")]),
    (f"{DEWI} mengatakan hal itu kemarin. \"Kami sudah siap di setiap kecamatan,\" katanya.",
     [("Kami", "Dewi Lestari")]),
])
def test_said_just_before(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found


@pytest.mark.parametrize("par, found", [
    (f"Royce Mendes, chief economist at Desjardins, said growth would slow in the second half of the year. {R}",
     [("We", "Royce Mendes")]),
    (f"Shipping association chairman Royce Mendes also said growth would slow in the second half of the year. {R}",
     [("We", "Royce Mendes")]),
    # near misses: a statement, a letter, a relative, someone asked, a place printed with
    # an article elsewhere, a body
    (f"Royce Mendes said the company released a statement late on Tuesday evening. {R}", []),
    (f"Royce Mendes said his daughter had come home from school early that afternoon. {R}", []),
    (f"Royce Mendes said a customer asked him about the rates on Tuesday afternoon. {R}", []),
    (f"Residents fled the Gaza Strip. Hospital director, Gaza Strip, said the generator had stopped "
     f"overnight and would not start again. {R}", []),
    (f"Desjardins Group said growth would slow in the second half of the year and beyond. {R}", []),
    ("Jane Doe said her brother shouted. \"Get out, the whole house is on fire now!\"", [("Get", None)]),
    ("Jane Doe said the note was short. \"I am sorry for everything I have done to you.\"", [("I", None)]),
    ("Jane Doe said it on Monday. \"I am sorry for everything I have done to you.\"", [("I", "Jane Doe")]),
    # (a crowd's chant: the voice the clause names, not the subject's)
    ("Jane Doe said protesters chanted outside the hall for hours. \"No more cuts to our schools and "
     "libraries!\"", []),
    ("Jane Doe said they chanted. \"No more cuts to our schools and libraries!\"", [("No", None)]),
    # (the cue of the quotation before and its sentence: the voice goes on)
    ("\"We will appeal,\" Jane Doe said in a statement. \"The ruling ignores the evidence we gave the court.\"",
     [("We", "Jane Doe"), ("The", "Jane Doe")]),
])
def test_said_just_before_english(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert en_speakers(par) == found


def test_said_in_the_paragraph_before() -> None:
    """The quotation that is a paragraph of its own, after a paragraph whose last sentence is
    the named subject's reported speech: the subject's, not the speaker of a quotation before."""
    pars = ["Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir.",
            "\"Anggaran itu cukup untuk dua puluh kilometer jalan,\" kata Bupati Cempaka Andi Wijaya.",
            f"{DEWI} mengatakan puncak musim hujan terjadi pada Januari.", K[1:-1].join("\"\""),
            "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari melintas."]
    html = "<html lang='id'><body><article><h1>Jalan Rusak Segera Diperbaiki</h1>" + \
        "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>"
    assert [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes] == \
        [("Anggaran", "Andi Wijaya"), ("Kami", "Dewi Lestari")]


P = "\"The terminal will cut waiting times for ships by almost half,\" Transportation Ministry official Arief " \
    "Nugraha said on Monday. "
H = " \"Without a toll road, trucks will simply move the jam inland,\" he said."


@pytest.mark.parametrize("sentence, speaker", [
    # a person named under a role in small letters after the sentence's first word, then a
    # verb taking a stand: the one "he said" points back to
    ("Shipping association chairman Hendro Gunawan welcomed the plan but warned that access was poor.",
     "Hendro Gunawan"),
    ("Opposition party leader Hendro Gunawan criticised the plan on Tuesday.", "Hendro Gunawan"),
    # near misses: a verb of no stand (the dead, the arrested), a verb before the role, the
    # name in a clause after the subject
    ("Gang leader Hendro Gunawan died in custody on Monday.", "Arief Nugraha"),
    ("Union chairman Hendro Gunawan was arrested on Monday.", "Arief Nugraha"),
    ("Police arrested union chairman Hendro Gunawan on Monday.", "Arief Nugraha"),
    ("Police detained union chairman Hendro Gunawan who welcomed the plan.", "Arief Nugraha"),
])
def test_a_role_in_small_letters_opens_the_sentence(sentence: str, speaker: str) -> None:
    assert en_speakers(P + sentence + H)[-1] == ("Without", speaker)


KT = " \"Kalau menunggu dua minggu lagi, gabah bisa roboh semua.\""


@pytest.mark.parametrize("par, found", [
    # one word set off after the run of an office heading a body with a name of its own
    # (named_bodies: kelompok, paguyuban, yayasan ...): the body's holder when the text prints
    # it elsewhere as a person's, with a speech verb or a title
    ("Ketua Kelompok Tani Sri Rejeki, Sutarjo, mengatakan:" + KT + " Pak Sutarjo lalu menunjukkan sawahnya.",
     [("Kalau", "Sutarjo")]),
    ("Ketua Paguyuban Pedagang Pasar Baru, Sutarjo, mengatakan," + KT + " Sutarjo menambahkan harga turun.",
     [("Kalau", "Sutarjo")]),
    # (printed there only, it may be the holder or the body's place, "Ketua Koperasi Maju
    # Bersama, Cilandak,": no one since fixq20, never the body's name)
    ("Ketua Kelompok Tani Sri Rejeki, Sutarjo, mengatakan:" + KT, [("Kalau", None)]),
    ("Ketua Paguyuban Pedagang Pasar Baru, Sutarjo, mengatakan," + KT, [("Kalau", None)]),
    # near misses: a place printed after "di" elsewhere, a day, a known city, an outlet, a body
    # with no name of its own (BPBD Banten, a place after it): no speaker, not the body's name
    ("Banjir juga melanda sawah di Sleman. Ketua Kelompok Tani Sri Rejeki, Sleman, mengatakan:" + KT,
     [("Kalau", None)]),
    ("Ketua Kelompok Tani Sri Rejeki, Senin, mengatakan:" + KT, [("Kalau", None)]),
    ("Ketua Paguyuban Ngesti Rahayu, Yogyakarta, mengatakan:" + KT, [("Kalau", None)]),
    ("Ketua Kelompok Tani Sri Rejeki, KOMPAS.com, mengatakan:" + KT, [("Kalau", None)]),
    ("Kepala Pelaksana BPBD Banten, Serang, menjelaskan:" + KT, [("Kalau", None)]),
    # (an office and a person's name, then a place: the person, as before)
    ("Menteri Keuangan Sri Mulyani, Jakarta, mengatakan:" + KT, [("Kalau", "Sri Mulyani")]),
])
def test_one_name_after_a_named_body(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found
