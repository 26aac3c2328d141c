"""The review of q20 (rv-q20) threw invented inputs at its quotation rules; these are its
inputs, and near misses of the mends: a quotation with no cue after a sentence whose named
subject reports speech is the subject's only in the first person, said to no one, with no
other person, title or role after the verb, and no new person named in the paragraph after
it (A); a short clause between a verb and a quotation makes it unvoiced only when it names
another voice, not the subject's own medium ("said in a statement") (B); a person named after
a subordinator or asking is no subject "he said" points back to (C); one word set off after
a body's full name is no speaker unless printed elsewhere as a person's (D)."""

from __future__ import annotations

from typing import List, Optional, Tuple, Union

import pytest

import newsextract

LEAD = {"en": "The city council met on Tuesday evening to vote on the budget for the coming year.",
        "id": "Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir."}
LAST = {"en": "The council will meet again next month to discuss the remaining items on its agenda.",
        "id": "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari melintas."}


def speakers(lang: str, pars: Union[str, List[str]]) -> List[Tuple[str, Optional[str]]]:
    """(first word, speaker) of the quotations of paragraphs `pars` set between two plain ones."""
    pars = [pars] if isinstance(pars, str) else pars
    html = (f"<html lang='{lang}'><body><article><h1>Judul Berita Hari Ini Tentang Banjir</h1><p>{LEAD[lang]}</p>"
            + "".join(f"<p>{p}</p>" for p in pars) + f"<p>{LAST[lang]}</p></article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes]


BS = "Budi Santoso mengatakan"
TB = "Tom Brown said"
WE = "\"We have the money, and we have the crews ready to start on the first day.\""
KAMI = "\"Kami akan terus mengawal kasus ini sampai tuntas bersama warga.\""


@pytest.mark.parametrize("lang, pars, found", [
    # A: the shape, the subject's own words in the first person, in the paragraph or the next
    ("id", "Dewi Lestari menjelaskan bahwa curah hujan tahun ini lebih tinggi dari tahun lalu. \"Kami sudah "
     "memasang alat peringatan dini di tiga desa.\"", [("Kami", "Dewi Lestari")]),
    ("en", ["Mayor Tom Brown said the repairs would begin in the spring and take two years.", WE],
     [("We", "Tom Brown")]),
    ("en", f"Tom Brown, the mayor, said the repairs would begin in the spring and take two years. {WE}",
     [("We", "Tom Brown")]),
    # (the next paragraph naming the subject again, no one new)
    ("en", ["Mayor Tom Brown said the repairs would begin in the spring and take two years.", WE,
            "Tom Brown has led the city since 2019."], [("We", "Tom Brown")]),
    # near misses: no first person (a song, a law, a contract, a sign's, a rival's words)
    ("id", f"{BS} warga bersama-sama melantunkan mars desa. \"Maju terus desaku, jayalah selalu desaku tercinta.\"",
     []),
    ("id", f"{BS} hal itu sesuai dengan bunyi Pasal 28 ayat 3 UUD 1945 yang berlaku. \"Setiap orang berhak atas "
     "jaminan sosial yang memungkinkan pengembangan dirinya.\"", []),
    ("id", f"{BS} ia selalu teringat nasihat mendiang kakeknya dulu. \"Jangan pernah berhenti belajar selama hidup "
     "masih dikandung badan.\"", []),
    ("id", "Budi Santoso menyebutkan isi kesepakatan kedua pihak yang diteken pekan lalu. \"Pihak pertama wajib "
     "membayar ganti rugi paling lambat tiga puluh hari.\"", []),
    ("id", f"{BS} para penonton di stadion terus menyoraki wasit sepanjang babak kedua. \"Usir dia, usir dia "
     "sekarang juga, wasit!\"", []),
    ("en", f"{TB} the first article of the new constitution was the key part. \"All citizens are equal before the "
     "law without any distinction.\"", []),
    ("en", f"{TB} the agreement signed by both sides last week is binding. \"The first party shall pay compensation "
     "within thirty days of signing.\"", []),
    ("en", f"{TB} the opposing coach was furious after the final whistle blew. \"That was never a penalty and the "
     "referee knows it.\"", []),
    ("en", f"{TB} the governor's office responded within an hour of the request. \"The governor is reviewing the "
     "matter and will respond in due course.\"", []),
    # (words said to someone: the second person, a hearer called at the start)
    ("id", f"{BS} ia sempat bertemu pelaku di gang sempit itu. \"Kamu jangan ikut campur urusan saya, pergi sana!\"",
     []),
    ("id", "Budi Santoso mengakui dirinya sempat dimarahi sang pelatih usai pertandingan. \"Kamu main terlalu "
     "egois, lain kali oper bolanya ke teman!\"", []),
    ("en", "John Smith said an officer then approached him at the door. \"Step out of the house and put your hands "
     "up now.\"", []),
    ("en", "John Smith said a reporter approached him after the hearing. \"Do you regret anything about the way "
     "you handled it?\"", []),
    ("id", [f"{BS} dirinya lalu ditegur oleh petugas keamanan yang berjaga di pintu.",
            "\"Bapak tidak boleh masuk tanpa kartu identitas resmi.\""], [("Bapak", None)]),
    ("en", [f"{TB} a security guard stopped him at the entrance of the building.",
            "\"Sir, you cannot enter without a valid pass from the front desk.\""], [("Sir,", None)]),
    ("en", [f"{TB} his son had called him that night.", "\"Dad, we are fine, do not worry about us at all.\""],
     [("Dad,", None)]),
    # (a person, a title or a role after the verb: their words, maybe, in the first person too)
    ("id", f"{BS} Wakil Bupati Andi Wijaya sudah meninjau lokasi. \"Kami akan membangun jembatan darurat minggu "
     "ini.\"", []),
    ("id", f"{BS} Gubernur Siti Aminah sudah berjanji membantu perbaikan jalan desa. \"Kami akan memperbaiki semua "
     "jalan tahun ini juga.\"", []),
    ("en", f"{TB} Governor Jane Miller had promised to act on the roads by next spring. \"We will fix every road "
     "in this state by the end of the year.\"", []),
    ("en", f"{TB} the mayor responded angrily at the council meeting that night. \"This council has no right to "
     "question my decisions on the budget.\"", []),
    ("id", f"{BS} lembaganya telah menerima aduan dari seorang warga Cempaka. \"Tolong bantu kami, rumah kami "
     "digusur tanpa pemberitahuan apa pun.\"", []),
    ("en", f"{TB} residents were angry about the delays on the road. \"We want answers from the council right "
     "now.\"", []),
    ("id", f"{BS} masyarakat sudah lama menunggu bantuan itu. \"Kami sudah tiga bulan tidak menerima pupuk "
     "bersubsidi.\"", []),
    # (the subject's own side, "pihaknya": theirs)
    ("id", f"{BS} pihaknya sudah lama menunggu bantuan itu. \"Kami sudah tiga bulan tidak menerima pupuk "
     "bersubsidi.\"", [("Kami", "Budi Santoso")]),
    ("en", f"{TB} the suspect confessed during the interview with detectives on Monday. \"I did it, and I am sorry "
     "for what I did to that family.\"", []),
    # (a new person named in the paragraph after: a quote-first opening)
    ("en", ["Mayor Tom Brown said the flood hit three villages overnight.",
            "\"We lost everything overnight, the house, the car, all of it.\"",
            "That is how resident Mary Jones, 54, described the night."], [("We", None)]),
    ("en", ["Mayor Tom Brown said the flood hit three villages overnight.",
            "\"We lost everything overnight, the house, the car, all of it.\"",
            "Mary Jones, 54, lives in the lowest of the three villages."], [("We", None)]),
    ("id", ["Kepala BPBD Cempaka, Dewi Lestari, mengatakan banjir merendam tiga desa.",
            "\"Kami kehilangan semua harta benda dalam semalam, rumah dan sawah.\"",
            "Hal itu diungkapkan Siti Rahma, warga Desa Cempaka."], [("Kami", "Siti Rahma")]),
])
def test_own_words_after_a_said_sentence(lang: str, pars: Union[str, List[str]],
                                         found: List[Tuple[str, Optional[str]]]) -> None:
    assert speakers(lang, pars) == found


@pytest.mark.parametrize("lang, par, found", [
    # B: a short clause between the verb and the quotation naming no other voice: the subject's
    # words, short, in the first person or not, after a time, a medium of their own
    ("id", "Budi Santoso mengatakan hal itu kemarin. \"Kami siap membantu.\"", [("Kami", "Budi Santoso")]),
    ("id", "Budi Santoso mengatakan hal tersebut. \"Tidak ada lagi\"", [("Tidak", "Budi Santoso")]),
    ("en", "Jane Doe said on Tuesday. \"We will win.\"", [("We", "Jane Doe")]),
    ("en", "Jane Doe said on Tuesday. \"It is over. Done.\"", [("It", "Jane Doe")]),
    ("en", "Jane Doe said on Tuesday. \"We will not back down.\" She then left the room.", [("We", "Jane Doe")]),
    ("en", "Jane Doe said in a statement. \"We will win.\"", [("We", "Jane Doe")]),
    ("en", "Jane Doe said in a statement. \"We will not back down from this fight, not now and not ever.\"",
     [("We", "Jane Doe")]),
    ("en", "Jane Doe wrote in a letter to the board. \"I will not resign from this post under any circumstances.\"",
     [("I", "Jane Doe")]),
    ("en", "Jane Doe said in a post on X. \"We will keep fighting this ruling in every court in the land.\"",
     [("We", "Jane Doe")]),
    ("id", f"Budi Santoso mengatakan hal itu dalam siaran pers. {KAMI}", [("Kami", "Budi Santoso")]),
    ("id", f"Budi Santoso menyatakan hal itu lewat pesan singkat. {KAMI}", [("Kami", "Budi Santoso")]),
    ("id", f"Budi Santoso mengatakan hal itu dalam keterangan tertulisnya. {KAMI}", [("Kami", "Budi Santoso")]),
    ("en", "Jane Doe said via text message. \"I am safe and I will be home soon.\"", [("I", "Jane Doe")]),
    ("en", "Jane Doe said in a video message. \"We will keep fighting this ruling in every court.\"",
     [("We", "Jane Doe")]),
    # near misses: a relative's text after the opener, another voice or a text named, a name's
    # or a slogan's words
    ("en", "Jane Doe said in her mother's letter. \"I will never forgive what they did to us.\"", [("I", None)]),
    ("id", f"Budi Santoso mengatakan hal itu dalam surat ibunya. {KAMI}", [("Kami", None)]),
    ("id", f"Budi Santoso mengatakan anaknya menulis lewat pesan singkat. {KAMI}", [("Kami", None)]),
    ("en", "Jane Doe said in a letter her son wrote. \"We will keep fighting this ruling in every court.\"",
     [("We", None)]),
    ("en", "John Smith said the sign at the gate was clear. \"No entry without a permit from the council office.\"",
     [("No", None)]),
    ("en", "John Smith said his lawyer had warned him months ago. \"You will lose this case if you go to trial "
     "alone.\"", [("You", None)]),
    ("id", "Budi Santoso mengatakan posko dibuka. \"Siaga Bencana Cempaka.\"", [("Siaga", None)]),
])
def test_unvoiced_only_when_another_voice_is_named(lang: str, par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert speakers(lang, par) == found


P = "\"The terminal will cut waiting times for ships by almost half,\" Transportation Ministry official Arief " \
    "Nugraha said on Monday. "
H = " \"Without a toll road, trucks will simply move the jam inland,\" he said."


@pytest.mark.parametrize("sentence, speaker", [
    # C: a person named under a role after a subordinator, or asking: not the subject "he" is
    ("After union chairman John Carter criticised the plan, the minister defended it.", "Arief Nugraha"),
    ("Although union chairman John Carter opposed the plan, the ministry went ahead.", "Arief Nugraha"),
    ("If union chairman John Carter rejected the deal, talks would collapse.", "Arief Nugraha"),
    ("When union chairman John Carter opposed a similar plan, the ministry dropped it.", "Arief Nugraha"),
    ("Reuters reporter John Carter asked the minister about the cost.", "Arief Nugraha"),
    # (the subject: as in q20)
    ("Union chairman John Carter welcomed the plan.", "John Carter"),
    ("Union chairman John Carter told the minister the plan was late.", "John Carter"),
])
def test_role_opener_after_a_subordinator_or_asking(sentence: str, speaker: str) -> None:
    assert speakers("en", P + sentence + H)[-1] == ("Without", speaker)


KT = " \"Kalau menunggu dua minggu lagi, gabah bisa roboh semua.\""


@pytest.mark.parametrize("par, speaker", [
    # D: one word set off after a body's full name, printed there only: a place as well as a
    # holder, no one (never the body's name, nor the place)
    ("Ketua Koperasi Maju Bersama, Cilandak, mengatakan:" + KT, None),
    ("Ketua Forum Warga Peduli Sungai, Kemang, mengatakan:" + KT, None),
    ("Ketua Paguyuban Ngesti Rahayu, Pakem, mengatakan:" + KT, None),
    ("Ketua Gabungan Kelompok Tani Sido Makmur, Kaliurang, menuturkan:" + KT, None),
    ("Ketua Koperasi Nelayan Bahari, Pekalongan, mengatakan:" + KT, None),
    ("Ketua Koperasi Maju Bersama, Purwanto, mengatakan:" + KT, None),
    ("Ketua Komunitas Sepeda Tua, Minggu (5/3), mengatakan:" + KT, None),
    ("Ketua Kelompok Tani Sido Makmur, Tugiyo, mengatakan:" + KT +
     " Sementara itu, Tugiyo Wibowo dari dinas pertanian membantah.", None),
    # (printed elsewhere with a speech verb or a title: the holder)
    ("Ketua Koperasi Maju Bersama, Purwanto, mengatakan:" + KT + " Purwanto menambahkan harga gabah turun.",
     "Purwanto"),
    ("Ketua Koperasi Maju Bersama, Purwanto, mengatakan:" + KT + " Pak Purwanto lalu menunjukkan gudangnya.",
     "Purwanto"),
    # (a full name set off: the person, as before)
    ("Ketua Asosiasi Pengusaha Indonesia (Apindo) Jawa Tengah, Frans Kongi, mengatakan:" + KT, "Frans Kongi"),
    ("Ketua Serikat Petani Indonesia, Henry Saragih, mengatakan:" + KT, "Henry Saragih"),
    ("Ketua Forum Rektor Indonesia, Prof Arif Satria, mengatakan:" + KT, "Arif Satria"),
])
def test_one_word_after_a_named_body(par: str, speaker: Optional[str]) -> None:
    assert speakers("id", par) == [("Kalau", speaker)]
