"""Quote speakers in the common attribution shapes of Indonesian and English news: the person
as the article names them in full, without the job title, through "ujarnya" / "he said" to
the person named last, across quotes that run over several paragraphs and past inserts."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

import newsextract

ID_LEAD = ("Pemerintah kota menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat "
           "banjir pada awal bulan ini di sejumlah kecamatan.")
ID_TAIL = ["Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari "
           "melintas menuju pusat kota dan pasar tradisional.",
           "Dinas juga akan memasang rambu peringatan di titik-titik jalan yang berlubang agar "
           "pengendara lebih berhati-hati saat melintas malam hari."]
EN_LEAD = ("The city council approved extra money on Tuesday to repair roads damaged by the floods "
           "earlier this month across several districts.")
EN_TAIL = ["Residents hope the work will not block the traffic that passes every day on the way to "
           "the city centre and the market.",
           "The department will also put up warning signs at the worst potholes so that drivers "
           "take more care when they pass at night."]


def _speakers(pars: List[str], english: bool, form: str) -> List[Tuple[str, Optional[str]]]:
    title = "City Council Approves Money For Roads" if english else "Pemkot Siapkan Dana Perbaikan Jalan"
    head = "By Jane Roe" if english else "Penulis: Andi Wijaya"
    body = [EN_LEAD if english else ID_LEAD, *pars, *(EN_TAIL if english else ID_TAIL)]
    if form == "text":
        page = newsextract.extract("\n\n".join([title, head, *body]) + "\n")
    else:
        ps = "".join(f"<p>{p}</p>" for p in body)
        page = newsextract.extract(f"<html><head><title>{title}</title></head><body><article>"
                                   f"<h1>{title}</h1><div>{head}</div>{ps}</article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in page.quotes]


ID_CASES = [
    *[([f'"Perbaikan akan dimulai pekan depan," {verb} Budi Santoso di Bandung, Senin.'],
       [("Perbaikan", "Budi Santoso")])
      for verb in ["kata", "ujar", "ungkap", "jelas", "tutur", "terang", "imbuh", "tambah",
                   "sebut", "tegas", "papar", "lanjut"]],
    (['“Perbaikan akan dimulai pekan depan,” kata Budi Santoso.'], [("Perbaikan", "Budi Santoso")]),
    # one name after a police or military rank in its short form
    (['"Laporan itu benar sudah kami terima," kata Humas Polresta Tangerang Ipda Purbawa.'],
     [("Laporan", "Purbawa")]),
    (["Kapolsek Cibinong Kompol Wahyu membenarkan kejadian itu.",
      '"Korban sudah dibawa ke rumah sakit," ujarnya.'], [("Korban", "Wahyu")]),
    # where and on what day the person spoke, between the name and its verb
    (["Artis Chikita Meidy menjadi sorotan karena dilaporkan suaminya ke polisi pekan ini.",
      "Humas Polresta Tangerang, Ipda Purbawa di Tangerang, Selasa, membenarkan adanya laporan "
      'yang melibatkan artis Chikita Meidy itu. "Laporan diterima pada 28 Juni," kata dia.'],
     [("Laporan", "Purbawa")]),
    # a source left unnamed after the cue
    (['"Dia datang ke sana untuk menghadiri pernikahan temannya," kata sumber BBC Burma.'],
     [("Dia", None)]),
    # "-nya": the person who opens the last sentence, not one it names later as an object
    (["Samuel Wattimena bertanya kepada menteri soal pengawasan gunung itu.",
      "Samuel menyinggung proses evakuasi Juliana Marins di momen darurat.",
      '"Pertolongannya sangat terlambat," ungkapnya.'],
     [("Pertolongannya", "Samuel Wattimena")]),
    # a short form that leaves the middle name out is the person the text named in full,
    # after an acronym that a name, not a place, follows
    (["Ketua Komisi VII DPR RI, Saleh Partaonan Daulay, meminta menteri tak lempar tanggung jawab.",
      "Ketua Komisi VII DPR RI Saleh Daulay lalu menyentil menteri itu.",
      '"Pemerintah itu satu," kata Saleh.'],
     [("Pemerintah", "Saleh Partaonan Daulay")]),
    # a passive verb after the quotation, its opener before it
    *[([f'"Perbaikan akan dimulai pekan depan," {cue} Kepala Dinas PU Budi Santoso di Bandung.'],
       [("Perbaikan", "Budi Santoso")])
      for cue in ["demikian disampaikan", "dikatakan", "demikian ditegaskan oleh"]],
    (['Budi Santoso mengatakan, "Perbaikan akan dimulai pekan depan dan selesai bulan depan."'],
     [("Perbaikan", "Budi Santoso")]),
    (["Kepala Dinas Kesehatan Jawa Barat, Budi Santoso, mengatakan perbaikan puskesmas sudah "
      "dimulai.", '"Kami targetkan selesai akhir tahun ini," ujarnya.'],
     [("Kami", "Budi Santoso")]),
    (["Menurut Budi, perbaikan puskesmas sudah dimulai sejak pekan lalu di banyak tempat.",
      '"Kami targetkan selesai akhir tahun ini," katanya.'], [("Kami", "Budi")]),
    (["Hal itu disampaikan Budi Santoso saat meninjau lokasi. \"Perbaikan akan dimulai pekan "
      "depan,\" katanya."], [("Perbaikan", "Budi Santoso")]),
    # a title, then the office or place it is of, then the name: the name alone
    (['"Perbaikan akan dimulai pekan depan. Dana sudah siap," kata Kepala Dinas PU Budi Santoso.'],
     [("Perbaikan", "Budi Santoso")]),
    (['"Perbaikan akan dimulai pekan depan," kata Gubernur Jawa Barat Ahmad Heryawan.'],
     [("Perbaikan", "Ahmad Heryawan")]),
    # a territory's head: the place after the title, no unit word before it
    (['"Perbaikan akan dimulai pekan depan," kata Bupati Bogor Ade Yasin.'],
     [("Perbaikan", "Ade Yasin")]),
    (['"Perbaikan akan dimulai pekan depan," kata Camat Cibeunying Kidul Ahmad Syarif.'],
     [("Perbaikan", "Ahmad Syarif")]),
    (['"Perbaikan akan dimulai pekan depan," kata Bupati Dadang.'], [("Perbaikan", "Dadang")]),
    (['"Perbaikan akan dimulai pekan depan," tutur Menko Polhukam Mahfud MD.'],
     [("Perbaikan", "Mahfud MD")]),
    (['"Perbaikan akan dimulai pekan depan," ucap Kapolres Bandung AKBP Rudi Hartono.'],
     [("Perbaikan", "Rudi Hartono")]),
    # a quotation over two paragraphs, each opening with a mark, the cue after the second
    (["Wali Kota Bandung Yana Mulyana mengatakan perbaikan dimulai pekan depan.",
      "“Kami sudah siapkan dana dan alat berat untuk perbaikan jalan itu.",
      "“Semua akan selesai sebelum musim hujan tiba,” ujarnya."],
     [("Kami", "Yana Mulyana"), ("Semua", "Yana Mulyana")]),
    # a "Baca juga" insert between two quotes of one speaker
    (['"Perbaikan akan dimulai pekan depan," kata Budi Santoso.',
      "Baca juga: Jalan Tol Baru Dibuka Pekan Depan",
      '"Dana sudah kami siapkan sejak bulan lalu," tambahnya.'],
     [("Perbaikan", "Budi Santoso"), ("Dana", "Budi Santoso")]),
    # the office set off after the name; an age; a degree after the name
    (["Budi Santoso, Kepala Dinas PU Kota Bandung, mengatakan perbaikan dimulai pekan depan.",
      '"Kami sudah siapkan dananya," jelasnya.'], [("Kami", "Budi Santoso")]),
    (["Warga Cibiru, Siti Aminah (45), mengaku kesal dengan kondisi jalan.",
      '"Setiap hari saya lewat sini," tuturnya.'], [("Setiap", "Siti Aminah")]),
    (['Dalam keterangannya, Dr. Budi Santoso, M.Kes menegaskan, "Perbaikan dimulai pekan depan '
      'tanpa penundaan."'], [("Perbaikan", "Budi Santoso")]),
    # a short form resolves to the name the article gave in full
    (["Sementara itu, warga bernama Siti Aminah berharap jalan cepat selesai.",
      '"Setiap hari saya lewat sini dan jalannya rusak parah," ucap Siti.'],
     [("Setiap", "Siti Aminah")]),
    # a police or army rank and its "Pol"/"(Purn)" before the name: not the name's
    (['"Pelaku kami intai dua minggu," kata Kapolres Metro Bekasi Kota Kombes Pol Hendra Gunawan.'],
     [("Pelaku", "Hendra Gunawan")]),
    (['"Pelaku kami intai dua minggu," ujar Kapolda Jambi Irjen Pol Rusdi Hartono.'],
     [("Pelaku", "Rusdi Hartono")]),
    # one name only, after an office's acronym or a rank in capitals
    (['"Arus kami alihkan ke jalan lain," kata Kasubdit Gakkum Ditlantas Polda Metro Jaya AKBP '
      'Budiyanto kepada wartawan.'], [("Arus", "Budiyanto")]),
    (['"Tidak ada gempa signifikan pekan ini," kata Kepala Pusat Gempa Bumi dan Tsunami BMKG '
      'Daryono saat dikonfirmasi.'], [("Tidak", "Daryono")]),
    # an office whose name holds "dan", then the person
    (['"Sekolah dibuka kembali pekan depan," kata Kepala Dinas Pendidikan dan Kebudayaan Kota '
      'Bogor Budi Santoso.'], [("Sekolah", "Budi Santoso")]),
    # a title that is a name's word too, inside the name ("Hakim")
    (["Menteri Agama Lukman Hakim Saifuddin meminta jamaah haji menjaga kesehatan di Makkah.",
      '"Simpan tenaga untuk wukuf di Arafah," ujar Lukman di Makkah.'],
     [("Simpan", "Lukman Hakim Saifuddin")]),
    # a short form of two words: the name given in full before, of which it is the first words
    (["Kapolres Metro Jakarta Selatan Kombes Pol Ade Ary Syam Indradi mengatakan, penangkapan "
      "bermula dari laporan warga.", "Menurut Ade, kedua pelaku bagian dari jaringan Aceh-Jakarta.",
      '"Dua pelaku kami amankan tanpa perlawanan," kata Ade Ary kepada wartawan.'],
     [("Dua", "Ade Ary Syam Indradi")]),
    # the short name a person goes by, given after the full name
    (["Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok) menegaskan reklamasi tetap berjalan.",
      '"Kalau dokumennya sudah lengkap, ya jalan lagi," kata Ahok di Balai Kota.'],
     [("Kalau", "Basuki Tjahaja Purnama")]),
    (["Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok menegaskan reklamasi tetap berjalan.",
      '"Kalau dokumennya sudah lengkap, ya jalan lagi," kata Ahok di Balai Kota.'],
     [("Kalau", "Basuki Tjahaja Purnama")]),
    # ...but an office's short form names the office
    (["Badan Pengawas Pemilu (Bawaslu) menemukan ribuan alat peraga kampanye yang melanggar.",
      '"Kami sudah menyurati partai politik agar menurunkannya," kata Bawaslu dalam keterangannya.'],
     [("Kami", "Bawaslu")]),
    # an office's acronym opening a quotation is no person ("KPK mengimbau ..." inside it)
    (['"Penyidik menyita dokumen proyek," kata Juru Bicara KPK Febri Diansyah.',
      '"KPK mengimbau pihak terkait agar kooperatif," tegas Febri.'],
     [("Penyidik", "Febri Diansyah"), ("KPK", "Febri Diansyah")]),
    # a quotation closed on a comma with no cue goes on in the next paragraph's quotation
    (['"Biasanya cuma Rp40 ribu," ucap Hasnah, pedagang di Pasar Terong.',
      "Kepala Dinas Perdagangan Kota Makassar, Arlin Ariesta, menyebut pasar murah digelar.",
      '"Kami sudah koordinasi dengan distributor untuk menambah pasokan,"',
      '"Mudah-mudahan dalam dua minggu harga kembali normal," kata Arlin.'],
     [("Biasanya", "Hasnah"), ("Kami", "Arlin Ariesta"), ("Mudah-mudahan", "Arlin Ariesta")]),
    # an epithet after the cue stands for the person last named; an unnamed one's stays unnamed
    (["Ditemui di kawasan Senayan, Jakarta Pusat, Rabu (4/11), Raisa mengaku proses rekaman "
      "album ketiganya sudah hampir selesai.",
      '"Tinggal dua lagu lagi yang belum rekaman," tutur pelantun Could It Be tersebut.'],
     [("Tinggal", "Raisa")]),
    (["Wali Kota Semarang Hendrar Prihadi meminta pedagang menjaga kebersihan pasar.",
      '"Bangunannya sudah bagus, jangan sampai kumuh lagi," tutur pria yang akrab disapa Hendi '
      'itu saat meninjau pasar.'], [("Bangunannya", "Hendrar Prihadi")]),
    (["Wali Kota Semarang Hendrar Prihadi meminta pedagang menjaga kebersihan pasar.",
      '"Pasarnya memang belum selesai semua," kata pedagang yang enggan disebut namanya itu.'],
     [("Pasarnya", None)]),
    (["Wali Kota Semarang Hendrar Prihadi meminta pedagang menjaga kebersihan pasar.",
      '"Rekam terus, rekam," kata perekam suara dalam video tersebut.'], [("Rekam", None)]),
    # the words of a ministry's or agency's name, a province's short name and a party's name
    # are the office's, not the name's; a body's acronym in parentheses goes with the office
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Dinas Sumber Daya Air Didi Ruswandi.'],
     [("Perbaikan", "Didi Ruswandi")]),
    (['Kepala Dinas Sumber Daya Air Didi Ruswandi mengatakan, "Perbaikan akan dimulai pekan depan."'],
     [("Perbaikan", "Didi Ruswandi")]),
    (['"Perbaikan akan dimulai pekan depan," kata Kepala BPBD Jabar Dani Ramdan.'],
     [("Perbaikan", "Dani Ramdan")]),
    (['"Perbaikan akan dimulai pekan depan," kata Menteri Pekerjaan Umum dan Perumahan Rakyat '
      '(PUPR) Basuki Hadimuljono.'], [("Perbaikan", "Basuki Hadimuljono")]),
    (['"Perbaikan akan dimulai pekan depan," kata Ketua Umum Partai Demokrat Agus Harimurti '
      'Yudhoyono (AHY).'], [("Perbaikan", "Agus Harimurti Yudhoyono")]),
    # a passive speech verb and an office of several words before the name, then "katanya"
    (["Hal itu disampaikan oleh Kepala BPBD Jabar Dani Ramdan di Bandung. \"Perbaikan akan "
      "dimulai pekan depan,\" katanya."], [("Perbaikan", "Dani Ramdan")]),
    (["Hal itu diungkapkan Wakil Ketua DPR RI Sufmi Dasco Ahmad di Kompleks Parlemen. "
      "\"Perbaikan akan dimulai pekan depan,\" ujarnya."], [("Perbaikan", "Sufmi Dasco Ahmad")]),
    (["Hal itu disampaikan oleh Andi Wijaya, Kepala Dinas Pendidikan Kota Bandung. \"Perbaikan "
      "akan dimulai pekan depan,\" katanya."], [("Perbaikan", "Andi Wijaya")]),
    # a unit's number, an office's list with commas, a title's body after "dari", a ministry's
    # short name
    (['"Perbaikan akan dimulai pekan depan," ujar Ketua RT 05 Kelurahan Cibangkong, Asep '
      'Saepudin.'], [("Perbaikan", "Asep Saepudin")]),
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Badan Meteorologi, Klimatologi, dan '
      'Geofisika (BMKG) Dwikorita Karnawati.'], [("Perbaikan", "Dwikorita Karnawati")]),
    (['"Perbaikan akan dimulai pekan depan," kata Pengamat Tata Kota dari Institut Teknologi '
      'Bandung (ITB) Jehansyah Siregar.'], [("Perbaikan", "Jehansyah Siregar")]),
    (['"Perbaikan akan dimulai pekan depan," kata Sekjen Kemendagri Suhajar Diantoro.'],
     [("Perbaikan", "Suhajar Diantoro")]),
    # an office's short form not in capitals, in parentheses, ends the office's name
    (['"Perbaikan akan dimulai pekan depan," kata Gubernur Sumatera Utara (Sumut) Bobby '
      'Nasution.'], [("Perbaikan", "Bobby Nasution")]),
    (['"Perbaikan akan dimulai pekan depan," kata Sekretaris Daerah (Sekda) Kota Bekasi, Reny '
      'Hendrawati.'], [("Perbaikan", "Reny Hendrawati")]),
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Dinas Kesehatan (Kadinkes) Kota Bogor '
      'Sri Nowo Retno.'], [("Perbaikan", "Sri Nowo Retno")]),
    # a short form of several words: the office goes on past it, the name after the comma
    # or after the office's place
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Suku Dinas Penanggulangan Kebakaran '
      'dan Penyelamatan (Sudin Gulkarmat) Jakarta Pusat, Asril Rizal saat dihubungi.'],
     [("Perbaikan", "Asril Rizal")]),
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Suku Dinas Penanggulangan Kebakaran '
      '(Sudin Gulkarmat) Jakarta Pusat Asril Rizal.'], [("Perbaikan", "Asril Rizal")]),
    # a word before the verb; an outlet after an epithet; an epithet's body after "dari";
    # one name set off after its office; a unit's number; a rank and its corps
    (['"Perbaikan akan dimulai pekan depan," demikian kata Bupati Bandung Dadang Supriatna.'],
     [("Perbaikan", "Dadang Supriatna")]),
    (['"Perbaikan akan dimulai pekan depan," kata sumber Kompas.com yang enggan disebut namanya.'],
     [("Perbaikan", None)]),
    (['"Perbaikan akan dimulai pekan depan," papar pengamat politik dari Universitas Indonesia '
      '(UI) Ade Reza Hariyadi.'], [("Perbaikan", "Ade Reza Hariyadi")]),
    (['"Perbaikan akan dimulai pekan depan," ujar Anggota Komisi V DPR RI dari Fraksi PDI '
      'Perjuangan, Lasarus.'], [("Perbaikan", "Lasarus")]),
    (['"Perbaikan akan dimulai pekan depan," tutur Ketua RT 05 Slamet Riyadi.'],
     [("Perbaikan", "Slamet Riyadi")]),
    (['"Perbaikan akan dimulai pekan depan," kata Kepala Bidang Humas Polda Jawa Timur Kombes '
      'Pol Dirmanto.'], [("Perbaikan", "Dirmanto")]),
    # a name that ends a sentence is not the first word of the next one's subject
    (['"Perbaikan akan dimulai pekan depan," kata Budiman. Budiman menyarankan warga bersabar. '
      '"Dana sudah kami siapkan sejak awal tahun," tambah dia.'],
     [("Perbaikan", "Budiman"), ("Dana", "Budiman")]),
    # but a person's short form, then one capitalised word, is the name, then the day
    (['"Perbaikan akan dimulai pekan depan," kata Presiden Joko Widodo (Jokowi) Senin '
      '(4/3/2024).'], [("Perbaikan", "Joko Widodo")]),
    # a person a sentence opens with under their title, whatever the verb: "ucapnya" and
    # "Dia menambahkan" point back to them
    (["Wali Kota Bogor Bima Arya meninjau lokasi jalan yang rusak pada Senin pagi.",
      '"Perbaikan akan dimulai pekan depan," ucapnya.'], [("Perbaikan", "Bima Arya")]),
    (["Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi jalan yang rusak pada Senin.",
      'Dia menambahkan, "Perbaikan akan dimulai pekan depan dan selesai bulan depan."'],
     [("Perbaikan", "Rio Wahyu Anggoro")]),
    # with no title and no speech verb, the name that opens the sentence before the quote
    # (or follows a short clause set off before it) is who "ujarnya" means; an epithet's
    # subject ("Kakak Raoul Salim ini") names a relative, not the speaker
    (["Menanggapi kerusakan itu, Andi Wijaya menyalahkan kontraktor jalan. \"Perbaikan akan "
      "dimulai pekan depan,\" ujarnya."], [("Perbaikan", "Andi Wijaya")]),
    (["Kakak Raoul Salim ini akhirnya mau bermain dalam film tersebut. \"Perbaikan akan dimulai "
      "pekan depan,\" tuturnya."], [("Perbaikan", None)]),
    # one name after a clause set off before it, where people go by one name; a name set off
    # by commas after a clause or with an apposition after it; a form of address before it
    (["Oleh sebab itu, Syamsuddin memastikan pihaknya tetap akan melakukan evaluasi.",
      '"Perbaikan akan dimulai pekan depan," ungkapnya usai laga.'], [("Perbaikan", "Syamsuddin")]),
    (["Menurut salah satu penerima bantuan, Bapak Johannes Kogoya, alat ini akan membantu. "
      '"Perbaikan akan dimulai pekan depan," ungkapnya.'], [("Perbaikan", "Johannes Kogoya")]),
    (["Ragnar Oratmangoen, hero gol kemenangan, adalah striker kelahiran Amsterdam. "
      '"Perbaikan akan dimulai pekan depan," ungkapnya.'], [("Perbaikan", "Ragnar Oratmangoen")]),
    # a body named after "oleh", its acronyms inside it, is no one ("Satgas PPKS UPN ...")
    (['"Dana sudah kami siapkan sejak awal tahun," kata Panji Wibowo saat dihubungi.',
      'Panji menyebut kasus ini sudah ditangani oleh Satgas PPKS UPN Veteran Jogja. "Perbaikan '
      'akan dimulai pekan depan," tegasnya.'], [("Dana", "Panji Wibowo"), ("Perbaikan", "Panji Wibowo")]),
    # the day said after the name and a comma; church titles; "keluhnya"
    (["Penjabat Ketua Dekranasda Kota Sukabumi, Diana Rahesti, menjelaskan bahwa galeri ini "
      'penting. "Perbaikan akan dimulai pekan depan," kata Diana, Selasa (28/5/2024).'],
     [("Perbaikan", "Diana Rahesti")]),
    (['"Perbaikan akan dimulai pekan depan," ujar Mgr. Ewaldus Sedu. "Dana sudah kami siapkan '
      'sejak awal tahun," kata Diakon Yohanes, salah satu diakon baru.'],
     [("Perbaikan", "Ewaldus Sedu"), ("Dana", "Yohanes")]),
    (["Kepala Desa Bojonggede Dede Sutisna mengatakan sampah itu kiriman dari hulu. \"Perbaikan "
      "akan dimulai pekan depan,\" keluhnya."], [("Perbaikan", "Dede Sutisna")]),
    # a title that is a word of names too ("Hakim") ending the name set off by commas
    (["Pengelola wisata Antapura De Djati, Wildan Hakim, mengatakan lokasi ini dibuka sejak "
      "tahun lalu.", "Wildan menambahkan, pihaknya akan menambah fasilitas.",
      '"Perbaikan akan dimulai pekan depan," pungkasnya.'], [("Perbaikan", "Wildan Hakim")]),
    # a body after "oleh" is no one; a sentence's end is no part of a name set off by commas
    (['"Dana sudah kami siapkan," kata Kapolres Metro Jakarta Pusat Kombes Susatyo Purnomo '
      'Condro.', "Dia menjelaskan aksi di Jalan Sudirman dilakukan oleh Asosiasi Petani Sawit "
      'Pasang Kayu. "Perbaikan akan dimulai pekan depan," ujarnya.'],
     [("Dana", "Susatyo Purnomo Condro"), ("Perbaikan", "Susatyo Purnomo Condro")]),
    (['"Dana sudah kami siapkan," kata Kapolres Metro Bekasi Kota Kombes Pol Dani Hamdani di '
      "Jakarta, Minggu.", "Dani mengatakan mayat itu diketahui saksi Minggu pagi.",
      '"Perbaikan akan dimulai pekan depan," jelasnya.'],
     [("Dana", "Dani Hamdani"), ("Perbaikan", "Dani Hamdani")]),
    # a name set off by commas after its office, with a form of address, an abbreviated
    # title and a degree around it
    (["Kepala Dinas Pendidikan, Ibu Dr. Siti Aminah, M.Pd., memberikan apresiasi kepada para "
      'peserta. "Perbaikan akan dimulai pekan depan," ucapnya saat penyerahan piala.'],
     [("Perbaikan", "Siti Aminah")]),
    # an initial is no other language's title ("M." is French Monsieur, and Muhammad's here)
    (["Sementara itu, Kepala Desa Fajar Baru, M. Agus Budiantoro, menyampaikan terima kasih.",
      '"Perbaikan akan dimulai pekan depan," katanya.'], [("Perbaikan", "M. Agus Budiantoro")]),
    # an office's place printed elsewhere as a place's short form, then one name
    (["Pajak walet menjadi sumber pendapatan di Kabupaten Kotawaringin Barat (Kobar). Ketua "
      'DPRD Kobar Mulyadin mengungkapkan, pemantauan masih sulit. "Perbaikan akan dimulai pekan '
      'depan," jelasnya.'], [("Perbaikan", "Mulyadin")]),
    # a full name ending a sentence, the next sentence opening with its first word
    (['"Dana sudah kami siapkan sejak awal tahun," kata Budi Santoso. Budi menambahkan bahwa '
      'dana cukup. "Perbaikan akan dimulai pekan depan," ujarnya.'],
     [("Dana", "Budi Santoso"), ("Perbaikan", "Budi Santoso")]),
    # (but not a place: "di Bandung" prints it as one)
    (["Jembatan di Bandung rusak. Oleh sebab itu, Bandung memastikan perbaikan dimulai. "
      '"Perbaikan akan dimulai pekan depan," ungkapnya.'], [("Perbaikan", None)]),
    # a form of address opens the name set off after an office; an office in capitals set off
    # after the name ends at its employer
    (["Ketua Sanggar, Ibu Widyastuti, menyampaikan bahwa pentas ini ajang unjuk hasil latihan. "
      "\"Perbaikan akan dimulai pekan depan,\" ujarnya."], [("Perbaikan", "Widyastuti")]),
    (["Ross Mayfield, Analis Strategi Investasi di Baird, menyatakan bahwa investor tenang. "
      "\"Perbaikan akan dimulai pekan depan,\" ujarnya."], [("Perbaikan", "Ross Mayfield")]),
    # an office's words that run on past what is known of offices are no name: the name
    # is the subject's last words; an apposition in lower case that runs on to the verb
    # leaves the name before its comma the subject
    (["Ketua Dewan Pembina Tim Pemenangan Pulau Komodo Jusuf Kalla menjelaskan bahwa Danau "
      "Toba juga diajukan. Namun hanya tinggal Pulau Komodo yang bertahan hingga final.",
      '"Perbaikan akan dimulai pekan depan," tuturnya.'], [("Perbaikan", "Jusuf Kalla")]),
    (["Ketua Bidang Pawai Ta’ruf STQ ke- XXV, Ignatius Ik menambahkan jika seluruh peserta "
      "Pawai Ta’ruf menempuh perjalanan dari mulai Jalan Ahmad Yani.",
      '"Perbaikan akan dimulai pekan depan," jelasnya.'], [("Perbaikan", "Ignatius Ik")]),
    (["Anum, salah satu warga Belawan mengatakan, pagi itu ia mendengar suara ledakan keras.",
      '"Perbaikan akan dimulai pekan depan," katanya.'], [("Perbaikan", "Anum")]),
    # places listed between commas are no one
    # a description in lower case, then the name set off by commas, after "Menurut"
    (['Menurut pengamat lingkungan dari Universitas Padjadjaran, Tono Suratman, "hutan di hulu '
      'sudah banyak yang gundul."'], [("hutan", "Tono Suratman")]),
    # a body's name with its acronym in parentheses, then the person set off by a comma
    (['"Irigasi teknis hanya menjangkau sebagian sawah," kata peneliti Badan Riset dan Inovasi '
      'Nasional (BRIN), Dr. Ahmad Faisal.'], [("Irigasi", "Ahmad Faisal")]),
    # an office with no name is no speaker: the person set off after it is
    (['Kepala Dinas Kesehatan, dr. Lia Gardenia, menyebutkan: "Kasus diare meningkat dua kali '
      'lipat."'], [("Kasus", "Lia Gardenia")]),
    (['Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, mengatakan: "WNI di Sudan dalam '
      'keadaan aman."'], [("WNI", "Teuku Faizasyah")]),
    # a unit's number inside an office; an initial keeps its dot; a title's dot comes off
    (['"Kami minta maaf atas ketidaknyamanan ini," kata Manajer Humas KAI Daop 2 Bandung, Ayep '
      'Hanapi.'], [("Kami", "Ayep Hanapi")]),
    (['"Ada sekitar 40 desa yang masuk zona merah," sebut Wakil Bupati Ciamis Yana D. Putra.'],
     [("Ada", "Yana D. Putra")]),
    (['“Air PDAM hanya mengalir malam hari,” kata Kepala SDN 2 Cikole, Hj. Nurhayati, S.Pd.'],
     [("Air", "Nurhayati")]),
    # a name of four words right after a rank, and its short form later
    (["Kabid Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi mengatakan pelaku sudah "
      'ditangkap.', '"Pelaku kami tangkap di rumahnya," kata Ade Ary saat dikonfirmasi.'],
     [("Pelaku", "Ade Ary Syam Indradi")]),
    # "katanya" after a second person a sentence opens with under a title in lower case
    (['"Kita harus evaluasi total," ujar Erick Thohir. Sementara itu, pelatih timnas Shin '
      'Tae-yong enggan berkomentar banyak. "Saya fokus ke laga berikutnya," katanya singkat.'],
     [("Kita", "Erick Thohir"), ("Saya", "Shin Tae-yong")]),
    # a quotation the cue splits after one word is one quotation
    (['"Kami," kata Budi Hartono, "tidak akan mundur sebelum air bersih datang."'],
     [("Kami,", "Budi Hartono")]),
    # more verbs that attribute a quotation after it: "nilai", "pesan", "kritik", "tepis"
    (['"Koalisi ini rapuh dan bisa bubar kapan saja," nilai pengamat politik Universitas '
      'Airlangga, Airlangga Pribadi.'], [("Koalisi", "Airlangga Pribadi")]),
    (['"Petani jangan menjual gabah terlalu murah," pesan Kasdi Subagyono.'],
     [("Petani", "Kasdi Subagyono")]),
    (["Ketua DPR Puan Maharani menanggapi rencana itu.",
      '"Jangan sampai rakyat yang menanggung bebannya," kritiknya.'], [("Jangan", "Puan Maharani")]),
    # a company that opens with its legal form and ends in a body's word speaks whole; one
    # company word after "PT", then the name
    (['"Kami menghormati proses hukum," tulis PT Kereta Api Indonesia dalam siaran persnya.'],
     [("Kami", "PT Kereta Api Indonesia")]),
    (['"Kami menghormati proses hukum," kata Direktur Utama PT Pertamina Nicke Widyawati.'],
     [("Kami", "Nicke Widyawati")]),
    # a region's body, the region's name (the text prints it as a place), then the holder's name
    (["Hujan deras turun di Kuningan sejak pagi.", '"Pompa air sudah kami pasang di tiga titik," tambah '
      'Kepala Pelaksana BPBD Kuningan Agus Mauludin.'], [("Pompa", "Agus Mauludin")]),
    (["Banjir juga melanda Kabupaten Garut sejak Senin.", '"Pompa air sudah kami pasang di tiga '
      'titik," kata Ketua DPRD Garut Euis Ida Wartiah.'], [("Pompa", "Euis Ida Wartiah")]),
    # single marks, over two paragraphs
    (["Kepala Desa Sukamaju, Ujang Suherman, mengaku prihatin.",
      "‘Sudah tiga bulan hujan tidak turun di desa kami.", "‘Kami mohon bantuan tangki air,’ ujarnya."],
     [("Sudah", "Ujang Suherman"), ("Kami", "Ujang Suherman")]),
    (["Menurut Wali Kota, Bogor berada satu koridor dengan Kota Depok, Kab. Bogor, dan Kab. Bogor "
      'Barat. "Perbaikan akan dimulai pekan depan," tuturnya.'], [("Perbaikan", None)]),
    # a person named inside what a sentence reports ("bahwa ... Lukas Enembe") is what was
    # said; the sentence's subject says more
    (['"Dana sudah kami siapkan sejak awal tahun," kata Kabag Pemberitaan KPK Ali Fikri.',
      "Ali juga menegaskan bahwa KPK tidak akan ke Papua untuk memeriksa Lukas Enembe.",
      '"Perbaikan akan dimulai pekan depan," imbuhnya.'],
     [("Dana", "Ali Fikri"), ("Perbaikan", "Ali Fikri")]),
]

EN_CASES = [
    # a name's particles, before the verb or the quotation ('Jan' is no month here)
    (['Jan de Vries said: "Repairs will start next week and finish next month."'],
     [("Repairs", "Jan de Vries")]),
    (['"Repairs will start next week," Ana de la Cruz told reporters.'],
     [("Repairs", "Ana de la Cruz")]),
    # the office after the name is no place for the title's "of": the name stays
    (['"Repairs will start next week," said Michael Sims, CEO of Ceres Robotics Inc.'],
     [("Repairs", "Michael Sims")]),
    (['"Repairs will start next week," said Jane Doe, a spokeswoman for the city.'],
     [("Repairs", "Jane Doe")]),
    (['“Repairs will start next week,” Jane Doe said.'], [("Repairs", "Jane Doe")]),
    (['Jane Doe said: "Repairs will start next week and finish next month."'],
     [("Repairs", "Jane Doe")]),
    (["Public works director Jane Doe said the city had set aside the money.",
      '"Repairs will start next week," she said.'], [("Repairs", "Jane Doe")]),
    (["Jane Doe, the city's public works director, said the money was ready.",
      '"Repairs will start next week," he said.'], [("Repairs", "Jane Doe")]),
    (['"Repairs will start next week," said Mayor John Roe.'], [("Repairs", "John Roe")]),
    (['"Repairs will start next week," the mayor, John Roe, said.'], [("Repairs", "John Roe")]),
    (['"Repairs will start next week," according to Jane Doe.'], [("Repairs", "Jane Doe")]),
    (["Jane Doe said the city had set aside the money.", "“We have the money ready.",
      "“The work will be done before the rains,” she said."],
     [("We", "Jane Doe"), ("The", "Jane Doe")]),
    (['"Repairs will start next week," said Jane Doe.', "Read also: New Toll Road Opens",
      '"The money is ready," Doe added.'], [("Repairs", "Jane Doe"), ("The", "Jane Doe")]),
    (["Jane Doe, 45, a nurse who drives the road every day, said she was relieved.",
      '"It has been a nightmare," she said.'], [("It", "Jane Doe")]),
    (['"It has been a nightmare," said Jane Doe, who lives nearby. "I am glad they are finally '
      'fixing it."'], [("It", "Jane Doe"), ("I", "Jane Doe")]),
    # an organisation set off by commas ("for its part") is not taken for the "he" after it
    (["Jane Doe, a teacher at Central High School, said the crowd was angry.",
      "Acme Paving, for its part, told reporters it had not been paid.",
      '"We were promised the money months ago," she said.'], [("We", "Jane Doe")]),
    # an office in lower case before the name, and a place after a preposition: no speaker
    (['"Repairs will start next week," minister of works and housing Jane Doe told '
      'reporters at a briefing in Cape Town.', '"The money is there," she said.'],
     [("Repairs", "Jane Doe"), ("The", "Jane Doe")]),
    (['Jane Doe from the Road Users Forum in Cape Town says: "Repairs are overdue by years."'],
     [("Repairs", "Jane Doe")]),
    (['A spokesman for the ministry in Cape Town said: "Repairs are overdue by years."'],
     [("Repairs", None)]),
    # an office in lower case after its body's name; a possessor's office holder
    (['"Repairs will start next week," White House press secretary Jane Doe told reporters.'],
     [("Repairs", "Jane Doe")]),
    (['"Repairs will start next week," Brown said, adding that Mayor Jones said so too.'],
     [("Repairs", "Brown")]),
    (['"Repairs will start next week," said Brown\'s deputy, Jane Doe.'], [("Repairs", "Jane Doe")]),
    (['"Repairs will start next week," said Brown\'s deputy.'], [("Repairs", None)]),
    # the name follows the last title word of a capitalised run; an office set off after the
    # name is not the speaker; verbs in the present tense ("tells", "writes")
    (['"Repairs will start next week," explains City Roads Team Leader Jane Doe.'],
     [("Repairs", "Jane Doe")]),
    (['"Repairs will start next week," said Jane Doe, Managing Director of Acme Paving.'],
     [("Repairs", "Jane Doe")]),
    (['"Repairs will start next week," Jane Doe tells reporters.'], [("Repairs", "Jane Doe")]),
    # a sentence's end inside the run before the verb: the name after it
    (['The work stopped at the Central Market. John Roe, head of the market traders, said: '
      '"Repairs are overdue by years."'], [("Repairs", "John Roe")]),
    # a pronoun among the words before the place is the subject, not the place
    (["Jane Doe said the city had set aside the money.",
      '"Repairs will start next week," he told the Daily Courier on Monday.'],
     [("Repairs", "Jane Doe")]),
    # a full name after the title, then where the person is from; an office's "of" before
    # the name is the office's
    (['"Repairs will start next week," explained Professor John Roe of Harvard University.'],
     [("Repairs", "John Roe")]),
    (['"Repairs will start next week," said Secretary of State Jane Doe.'], [("Repairs", "Jane Doe")]),
    # a source after an article; a person after a description and a comma
    (['According to the National Weather Service, "no significant rain is expected before October."'],
     [("no", "National Weather Service")]),
    (['According to his aunt, Jane Starner, "he was reading at an adult level in kindergarten."'],
     [("he", "Jane Starner")]),
    # ...but a source set off inside a sentence says no words the sentence quotes later
    (['The mayor, according to the White House, made a trip to the hospital for a "quick exam '
      'and labs" on Saturday.'], []),
    # single marks; an apostrophe inside the quotation closes none
    (["‘It was the worst summer we have had,’ said farmer Greg Hall.",
      "‘We don’t know what the Joneses’ plans are now,’ he added."],
     [("It", "Greg Hall"), ("We", "Greg Hall")]),
    # a lawmaker's party and state in parentheses between the name and the verb
    (['"This drought is a national crisis," Rep. Alice Moore (R-Texas) said.'], [("This", "Alice Moore")]),
    # a company's name that ends in its abbreviated legal form, before the verb
    (['Acme Corp. said in a statement: "We will appeal the ruling next week."'], [("We", "Acme Corp")]),
    # a quotation the cue splits after a word or two
    (['"Frankly," Doe said, "nobody expected the river to dry up this fast."'], [("Frankly,", "Doe")]),
    # a titled person opening a sentence, whatever the verb, is who "he" is after it
    (["Governor John Roe made the announcement in a statement on Monday afternoon.",
      'He said: "Repairs will start next week and finish next month."'], [("Repairs", "John Roe")]),
    (["Jane Doe, Director of Research at Acme, said the money had been set aside. "
      '"Repairs will start next week," she added.'], [("Repairs", "Jane Doe")]),
    # but one the reported clause opens with is who goes on speaking
    (['"The money is there," John Roe said.',
      "Jane Doe told reporters that John Roe had said the money was set aside in March.",
      '"Repairs will start next week," he added.'], [("The", "John Roe"), ("Repairs", "John Roe")]),
]


@pytest.mark.parametrize("pars, want", ID_CASES)
@pytest.mark.parametrize("form", ["text", "html"])
def test_indonesian_speakers(pars: List[str], want: List[Tuple[str, str]], form: str) -> None:
    assert _speakers(pars, False, form) == want


@pytest.mark.parametrize("pars, want", EN_CASES)
@pytest.mark.parametrize("form", ["text", "html"])
def test_english_speakers(pars: List[str], want: List[Tuple[str, str]], form: str) -> None:
    assert _speakers(pars, True, form) == want


@pytest.mark.parametrize("code, pars, want", [
    # an office alone is no speaker, whatever words it has before it
    ("en", ['In a post after the meeting, the US President said: "The alliance was not there when '
            'we needed it."'], [None]),
    # one word after a preposition ends an epithet: the place or body it names is no one
    ("es", ["“La operación logró su objetivo, gracias a Dios”, afirmó el portavoz del grupo "
            "rebelde apoyado por Irán."], [None]),
    ("id", ['"Air sudah tiga hari tidak mengalir," kata warga di Cibiru.'], [None]),
    # an outlet's name after an article, glued to a known person's name
    ("en", ["Marina Lacerda said she was 14 at the time.",
            'Speaking to the Daily Mail Lacerda claimed: "A lot of things happened in that room."'],
     ["Marina Lacerda"]),
    # German offices written as one word with the name after them
    ("de", ["„Am Wochenende wird es richtig heiß im ganzen Land“, sagte Meteorologe Dominik Jung."],
     ["Dominik Jung"]),
    ("de", ["„Der Kampf findet im Mai in Riad statt“, sagte Usyk-Promoter Alexander Krassyuk."],
     ["Alexander Krassyuk"]),
])
def test_no_role_place_or_outlet_for_a_speaker(code: str, pars: List[str], want: List[Optional[str]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes(pars, get_profile(code))] == want


def test_a_heading_in_single_marks_is_no_quotation() -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    pars = ["“The data surprised us,” said Jane Doe.",
            "‘Welcome upside surprise but cautiously optimistic’: RBC Economics",
            "‘No Sense of Pride. No Sense of Loyalty. No Sense of Nothing, Man.’",
            # (a phrase set off, an apostrophe closing it, and no paragraph going on)
            "‘사랑하는 사람의 추억을 간직’하는 일이 어째서 두 사람만의 사적인 관계를"]
    assert [q.text for q in extract_quotes(pars, get_profile("en"))] == ["The data surprised us,"]


def test_a_pronoun_points_back_within_reach_only() -> None:
    # a person named pages before is not whom "er" means: an unnamed stranger is
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    filler = "Die Stadt hat am Dienstag zusätzliche Mittel für die Reparatur der Straßen bewilligt. " * 40
    pars = ["„Wir beginnen nächste Woche“, sagte Anna Schmidt.", filler,
            "Ein Fremder grinst dich an.", "„Sorry“, sagt er, „ich wusste einfach nicht, dass noch jemand "
            "die Zeitung liest.“"]
    assert [q.speaker for q in extract_quotes(pars, get_profile("de"))] == ["Anna Schmidt", None]


def test_an_office_name_is_no_speaker() -> None:
    # "disampaikan Menteri Komunikasi dan Informatika, X": the office's words are not a name
    pars = ["Demikian disampaikan Menteri Komunikasi dan Informatika, Johnny Plate, usai "
            "bertemu Menteri Informasi Vietnam Nguyen Manh Hung di Labuan Bajo.",
            '"Kawasan ini punya potensi pertumbuhan yang tinggi," kata Menteri Nguyen.']
    assert _speakers(pars, False, "text") == [("Kawasan", "Nguyen Manh Hung")]


def test_short_quotation_paragraphs_in_any_languages_marks_are_prose() -> None:
    # „...“ (German) and «...» (French) open and close sentences as "..." does: a short
    # paragraph that is one quotation stays in the body, and its quotation is found
    lead = ("Die Stadtverwaltung hat am Dienstag zusätzliche Mittel für die Reparatur der Straßen "
            "bewilligt, die bei den Überschwemmungen beschädigt wurden.")
    pars = [lead, "„Die Arbeiten beginnen nächste Woche“, sagte Anna Schmidt.",
            "Anna Schmidt sagte: „Wir haben das Geld bereit und wollen schnell handeln.“",
            "„Das dauert noch Monate“, fügte Schmidt hinzu."]
    ps = "".join(f"<p>{p}</p>" for p in pars)
    page = newsextract.extract(f"<html lang=de><body><article><h1>Stadt repariert Straßen nach "
                               f"Hochwasser</h1>{ps}</article></body></html>")
    assert page.body.split("\n\n") == pars
    assert [q.speaker for q in page.quotes] == ["Anna Schmidt", "Anna Schmidt", "Anna Schmidt"]


def _german_speakers(pars: List[str]) -> List[Optional[str]]:
    lead = ("Die Stadtverwaltung hat am Dienstag zusätzliche Mittel für die Reparatur der Straßen "
            "bewilligt, die bei den Überschwemmungen beschädigt wurden.")
    ps = "".join(f"<p>{p}</p>" for p in [lead, *pars])
    page = newsextract.extract(f"<html lang=de><body><article><h1>Stadt repariert Straßen nach "
                               f"Hochwasser</h1>{ps}</article></body></html>")
    return [q.speaker for q in page.quotes]


def test_german_offices_written_as_one_word_and_nouns_in_capitals() -> None:
    # a compound office ("Bundesministerin", "Pressesprecher") is cut off the name, and the
    # office alone stands for the person after
    assert _german_speakers([
        "Bundesministerin Susanne Raab sagte, die Mittel seien schon bereitgestellt worden.",
        "„Die Arbeiten beginnen nächste Woche“, sagte die Bundesministerin."]) == ["Susanne Raab"]
    # a capitalised noun after the verb is no speaker in German ("Wörtlich", "Einlassung")
    assert _german_speakers(["„Die Arbeiten beginnen nächste Woche“, sagte Wörtlich.",
                             "Die Anwohner hoffen, dass die Bauarbeiten den Verkehr in der "
                             "Innenstadt nicht zu lange behindern werden."]) == [None]
    # a name particle never ends a name ("von Preen der ...")
    assert _german_speakers([
        "„Wir brauchen jetzt schnell Unterstützung“, sagte HDE-Präsident Alexander von Preen "
        "der „Welt“ am Mittwoch.",
        "Die Anwohner hoffen, dass die Bauarbeiten den Verkehr in der Innenstadt nicht zu lange "
        "behindern werden."]) == ["Alexander von Preen"]


@pytest.mark.parametrize("code, pars, want", [
    ("fr", ["« Les travaux commenceront la semaine prochaine », a déclaré la maire Anne Dupont.",
            "« Nous avons l'argent et nous voulons agir vite », a-t-elle ajouté."],
     ["Anne Dupont", "Anne Dupont"]),
    ("es", ["«Las obras empezarán la próxima semana», declaró la alcaldesa Ana García.",
            "“Tenemos el dinero y queremos actuar rápido”, comentó García."],
     ["Ana García", "Ana García"]),
    ("it", ["«I lavori inizieranno la prossima settimana», ha dichiarato il sindaco Marco Rossi."],
     ["Marco Rossi"]),
    # a sentence's first word alone after a quotation is no speaker ("Además insistió")
    ("es", ["Pidió que la ONU controle la ayuda “y no que sea Israel”. Además insistió en la paz."],
     [None]),
])
def test_speech_verbs_in_the_past_tense_of_romance_languages(code: str, pars: List[str],
                                                               want: List[Optional[str]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes(pars, get_profile(code))] == want


@pytest.mark.parametrize("code, par, want", [
    ("en", 'According to Jane Doe, "the work will take months and cost a lot of money."', "Jane Doe"),
    ("id", 'Menurut Budi Santoso, "pekerjaan ini akan memakan waktu berbulan-bulan."', "Budi Santoso"),
    ("fr", "Selon Jean Martin, « cela prendra des mois et beaucoup d'argent ».", "Jean Martin"),
    ("de", "Laut Anna Schmidt „dauert das noch viele Monate und kostet viel Geld“.", "Anna Schmidt"),
    # a source that names no one
    ("en", 'According to a report by the agency, "the work will take months."', None),
])
def test_a_source_named_before_the_quotation(code: str, par: str, want: Optional[str]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes([par], get_profile(code))][:1] in ([want], [])
    if want:
        assert [q.speaker for q in extract_quotes([par], get_profile(code))] == [want]


@pytest.mark.parametrize("code, par, want", [
    ("it", "Il sindaco Marco Rossi ha detto: «I lavori inizieranno la prossima settimana.»", "Marco Rossi"),
    ("pt", 'O prefeito João Silva disse: "As obras começam na próxima semana."', "João Silva"),
    ("fr", "La maire Anne Dupont a déclaré : « Les travaux commenceront la semaine prochaine. »",
     "Anne Dupont"),
])
def test_a_speaker_named_before_the_quotation_in_romance_languages(code: str, par: str, want: str) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes([par], get_profile(code))] == [want]


def test_a_profile_without_verbs_before_quotes_registers_no_subjects() -> None:
    from dataclasses import replace

    from newsextract.fields.quotes import _People, _subjects
    from newsextract.profiles import get_profile

    profile = replace(get_profile("it"), cue_before=frozenset())
    body = "Il Comune di Roma Capitale ha approvato il piano. Marco Rossi era presente."
    people = _People(body, profile)
    _subjects(body, people, profile)
    assert "Roma Capitale" not in people.names and "Comune" not in people.names


def test_a_full_name_then_von_and_an_organisation_is_the_name() -> None:
    # "von" after a full name opens where the person is from; after a first name it is the
    # surname's ("Ursula von der Leyen"), and before a one-word surname it stays
    assert _german_speakers([
        "„Die Reparaturen beginnen nächste Woche“, sagte Jacqueline Rioba von World Vision.",
        "„Das Geld ist schon da“, sagte Ursula von der Leyen."]) == ["Jacqueline Rioba", "Ursula von der Leyen"]
    assert _german_speakers(["„Das Geld ist schon da“, sagte Anna Maria von Trapp."]) == ["Anna Maria von Trapp"]


@pytest.mark.parametrize("form", ["html", "text"])
def test_another_language_s_abbreviated_title_is_a_name(form: str) -> None:
    # "Atty" abbreviates "attorney" in English; an Indonesian writer spells offices out, and
    # Atty is a name there
    pars = ["Wali Kota Cimahi Atty Suharti meminta pemerintah provinsi melanjutkan pembangunan "
            "jembatan di perbatasan kota.",
            'Menurut Atty, jembatan itu penting bagi warga. "Perbatasan menjadi sangat penting '
            'bagi kami semua," tuturnya.']
    assert _speakers(pars, False, form) == [("Perbatasan", "Atty Suharti")]


@pytest.mark.parametrize("form", ["html", "text"])
def test_a_long_office_before_a_name_of_four_words_comes_off_whole(form: str) -> None:
    # the run after the title has more than three capitalised words: the office's acronym
    # tells where the name begins ("Tb" is a name's noble prefix, part of it)
    pars = ["Wakil Ketua Komisi VIII DPR Tb Ace Hasan Syadzily menilai usulan itu sangat tepat.",
            '"Usulan itu sangat baik dan akan kami pertimbangkan," ujar Tb Ace Hasan Syadzily.',
            "Ace berharap rapat ini bisa menemukan hal-hal yang perlu diperbaiki.",
            '"Komisi juga punya catatan," tandasnya.']
    assert _speakers(pars, False, form) == [("Usulan", "Tb Ace Hasan Syadzily"),
                                            ("Komisi", "Tb Ace Hasan Syadzily")]


@pytest.mark.parametrize("form", ["html", "text"])
def test_a_form_of_address_of_the_language_opens_the_name_it_stands_for(form: str) -> None:
    # "Gus" (an honorific of Javanese kiai's sons) before the short name the text gave in full
    pars = ["Kepala Badan Penyelenggara Haji (BPH) M Irfan Yusuf menyebut pemerintah akan membentuk tim "
            "untuk mengkaji soal itu.",
            '"Tim itu akan mengkaji semua kemungkinan yang ada," kata Gus Irfan.']
    assert _speakers(pars, False, form) == [("Tim", "M Irfan Yusuf")]


@pytest.mark.parametrize("name", ["Gus Malzahn", "Kang Shao Pin"])
def test_another_language_s_local_title_is_a_name_on_english_pages(name: str) -> None:
    pars = [f'"We will finish the work before the winter comes," said {name}.']
    assert _speakers(pars, True, "html") == [("We", name)]


def test_a_pronoun_after_a_colon_points_to_the_last_one_named() -> None:
    # "Lacerda said Epstein told her:": the sentence introducing the quotation names its
    # speaker last, its subject reports it
    pars = ['Lacerda said Epstein told her: "We are going to have a special day today." '
            'She said he then announced: "My friend will be joining us today."']
    assert _speakers(pars, True, "html")[0] == ("We", "Epstein")


@pytest.mark.parametrize("code, pars, want", [
    # a straight opening mark an editor closed with a typographic one: the quotation ends at
    # it, and the cue after it is read
    ("id", ["Camat Joko Susilo meninjau jembatan yang rusak itu pada pagi hari.",
            '"Kami akan segera memperbaikinya minggu depan,” ujar pria berkacamata itu.'],
     [("Kami akan segera memperbaikinya minggu depan,", "Joko Susilo")]),
    ("fr", ['"Nous rouvrirons la piscine dès le mois prochain », a déclaré Paul Girard.'],
     [("Nous rouvrirons la piscine dès le mois prochain", "Paul Girard")]),
    # (a typographic pair inside a straight one is the quotation's own quote)
    ("en", ['"He called the plan “a mess” and walked out," said Ann Lee.'],
     [("He called the plan “a mess” and walked out,", "Ann Lee")]),
])
def test_a_straight_mark_closed_by_a_typographic_one(code: str, pars: List[str],
                                                       want: List[Tuple[str, Optional[str]]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [(q.text, q.speaker) for q in extract_quotes(pars, get_profile(code))] == want


@pytest.mark.parametrize("code, pars, want", [
    # a clause set off by commas between the verb and the name
    ("fr", ["« Le chantier sera fini avant l'été », a affirmé, lors de la réunion, Claire Morel."],
     ["Claire Morel"]),
    # a pronoun joined to the verb by a hyphen points to the last one named
    ("fr", ["« Les bassins ouvriront lundi », résume le directeur, Marc Petit.",
            "« Les horaires seront élargis le samedi », poursuit-il."],
     ["Marc Petit", "Marc Petit"]),
    ("fr", ["Marc Petit a visité le chantier.", "« Tout sera prêt lundi », ajoute-t-il."],
     ["Marc Petit"]),
    # more of French's speech verbs, in the past and the imperfect
    ("fr", ["« Nous n'avons jamais reculé », s'est justifié Marc Petit.",
            "« On attendait ce jour depuis des années », s’enflammait Léa Roux, 40 ans, infirmière."],
     ["Marc Petit", "Léa Roux"]),
    # a subject before a speech verb of French is someone whom a later pronoun means
    ("fr", ["L'entraîneur du club, Hugo Lenoir, admet que la saison a été difficile.",
            "« Nous devons tout reconstruire », déclare-t-il."],
     ["Hugo Lenoir"]),
])
def test_french_attributions(code: str, pars: List[str], want: List[Optional[str]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes(pars, get_profile(code))] == want


@pytest.mark.parametrize("par, want", [
    ('"The market is calmer than it looks," Halvorsen Bank\'s Mira Olsen told reporters.', "Mira Olsen"),
    ('"Rates will fall before summer," Acme Brothers\' Tom Ruiz said.', "Tom Ruiz"),
    # (a one-word name after the possessor is the possessor's office: no cut)
    ('"We will sell the plant," said Acme\'s chairman.', None),
])
def test_an_employer_in_the_possessive_is_not_part_of_the_name(par: str, want: Optional[str]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes([par], get_profile("en"))] == [want]


@pytest.mark.parametrize("pars, want", [
    # a person named after a description in lower case, set off by commas on both sides, is
    # whom a later "he said" means
    (['"The lights were lovely," said Nora Blake, a retired nurse. Others, like a young '
      'delivery driver, Omar Haddad, were less impressed. "It looks cheap," he said.'],
     ["Nora Blake", "Omar Haddad"]),
    # (a clause before the name is no description: "as a storm was coming, Ian Roe, ...")
    (['"The lights were lovely," said Nora Blake, a retired nurse. Then, as a storm was coming, '
      'Ian Roe, still tired, closed the shop. "It looks cheap," she said.'],
     ["Nora Blake", "Nora Blake"]),
])
def test_a_person_described_before_the_name(pars: List[str], want: List[Optional[str]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes(pars, get_profile("en"))] == want


@pytest.mark.parametrize("pars, want", [
    # a speech verb joined to an earlier predicate of the sentence's subject, a known speaker
    (['Mayor Ellen Ward said the bridge would reopen in May. "The repairs are on time," she said.',
      'Ward thanked the workers for their patience, and said the city was "proud of every one of them."'],
     [("The repairs are on time,", "Ellen Ward"), ("proud of every one of them.", "Ellen Ward")]),
    # (a subject the text never named as a speaker is not taken: the quotation stays unlisted)
    (['Ward said the bridge would reopen. Traffic slowed near the river, and said signs warned of '
      '"long delays every day"'],
     []),
])
def test_a_speech_verb_joined_to_an_earlier_predicate(pars: List[str],
                                                        want: List[Tuple[str, Optional[str]]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [(q.text, q.speaker) for q in extract_quotes(pars, get_profile("en"))] == want


@pytest.mark.parametrize("par", [
    # a past participle that also qualifies a noun is no speech verb after a quoted name
    "Le projet de « plan vélo pour tous » du maire Dupont lancé en mars avance bien.",
    "L'accord de « paix durable et juste » des voisins Martin conclu hier a surpris.",
])
def test_a_french_participle_after_a_quoted_name_is_no_cue(par: str) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert extract_quotes([par], get_profile("fr")) == []


def test_a_long_apposition_between_the_quotation_and_its_verb() -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    # (an apposition of more than 80 characters)
    par = ('"The river has never been this low in spring," Dr. Helen Okoro, a hydrologist at the '
           'state water agency in the capital and one of the three authors of the new report, said '
           'on Monday.')
    assert [q.speaker for q in extract_quotes([par], get_profile("en"))] == ["Helen Okoro"]


@pytest.mark.parametrize("pars, want", [
    # a group or a source the text does not name says it, not the person quoted before
    (['"The trial went well," said Dr. Rosa Lind, who led the study.',
      '"Both patients were still healthy after ten years," the researchers wrote.'],
     [("Rosa Lind", "said"), (None, "wrote")]),
    (['"The trial went well," said Dr. Rosa Lind, who led the study. Funding is still short, '
      '"and no new money has been promised," the hospital board said.'],
     [("Rosa Lind", "said"), (None, "said")]),
    # (a title in the words points back to the person the text named with it)
    (['"The trial went well," said Health Minister Rosa Lind.',
      '"We will fund the next one," the minister said.'],
     [("Rosa Lind", "said"), ("Rosa Lind", "said")]),
])
def test_an_unnamed_subject_after_the_quotation(pars: List[str],
                                                  want: List[Tuple[Optional[str], Optional[str]]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [(q.speaker, q.cue) for q in extract_quotes(pars, get_profile("en"))] == want


@pytest.mark.parametrize("par, want", [
    # a spoken clause ended by a comma that a later quotation of the same sentence goes on from
    ('The report speaks of "a long wait for the families who lost their homes," which is "the '
     'worst delay we have seen in twenty years," Mayor Tom Reyes said.',
     [("a long wait for the families who lost their homes,", "Tom Reyes"),
      ("the worst delay we have seen in twenty years,", "Tom Reyes")]),
    # (a title in marks is no quotation: no comma ends it)
    ('The film "Rivers of the North" opened on Friday, and it is "the best work of her life," '
     'critic Ann Low said.',
     [("the best work of her life,", "Ann Low")]),
])
def test_a_quotation_that_a_later_one_of_the_sentence_goes_on_from(
        par: str, want: List[Tuple[str, Optional[str]]]) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [(q.text, q.speaker) for q in extract_quotes([par], get_profile("en"))] == want


# the first review's cases (invented sentences): a described person, a contrast between two
# quotations, a relative clause before ", and said", an inch mark inside straight marks
REVIEW_CASES = [
    (['Tom Baker, a farmer from Ohio, watched the water rise over his fields on Monday.',
      '"It came so fast," Baker said.',
      '"I have never seen anything like it," the farmer told reporters.'],
     [("It", "Tom Baker"), ("I", "Tom Baker")]),
    (['Opponents have called the budget "a plan that will ruin this town for a generation," but '
      '"we have heard every voice in the town," Jane Doe said.'],
     [("we", "Jane Doe")]),
    (['"I am innocent," John Smith said after the hearing.',
      'Smith was sentenced to ten years by Judge Mary Roe, who called him a danger to the public, '
      'and said his crime was "cruel beyond words."'],
     [("I", "John Smith")]),
    (['"We got about 8” of snow in two hours and the roads were a mess," Tom Baker said.'],
     [("We", "Tom Baker")]),
]


@pytest.mark.parametrize("form", ["html", "text"])
@pytest.mark.parametrize("pars,expected", REVIEW_CASES)
def test_review_cases(pars: List[str], expected: list, form: str) -> None:
    assert _speakers(pars, True, form) == expected


@pytest.mark.parametrize("lang, par, speaker", [
    # a straight opener closed by a typographic mark after a letter, an accent or a figure
    ("fr", '"Nous avons dit la vérité”, a déclaré Jean Dupont lors de la conférence à Paris.', "Jean Dupont"),
    ("es", '"Todo el mundo está aquí”, dijo Juan García en Madrid por la tarde.', "Juan García"),
    ("en", '"We won 3-1”, Tom Baker said after the match on Sunday.', "Tom Baker"),
])
def test_mixed_marks_close_after_any_letter_or_figure(lang: str, par: str, speaker: str) -> None:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [q.speaker for q in extract_quotes([par], get_profile(lang))] == [speaker]


def _quotes(lang: str, pars: List[str]) -> List[Tuple[str, Optional[str]]]:
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    return [(q.text, q.speaker) for q in extract_quotes(pars, get_profile(lang))]


ID_OPERASI = "Kami akan menggelar operasi pasar minggu depan."


@pytest.mark.parametrize("par, speaker", [
    # a speech verb that is also a noun ("pesan", "kritik", "nilai") opens a sentence as the
    # noun: the subject and the verb after it introduce the quotation
    (f'Melalui pesan singkat, Budi Santoso mengatakan, "{ID_OPERASI}"', "Budi Santoso"),
    (f'Menanggapi kritik itu, Budi Santoso mengatakan, "{ID_OPERASI}"', "Budi Santoso"),
    (f'Soal nilai kontrak, Budi Santoso menjelaskan: "{ID_OPERASI}"', "Budi Santoso"),
    (f'Dalam pesan singkat Andi Wijaya menulis: "{ID_OPERASI}"', "Andi Wijaya"),
    # after the quotation it is the verb when a name or the suffix follows
    (f'"{ID_OPERASI[:-1]}," nilai Budi Santoso di Jakarta.', "Budi Santoso"),
])
def test_a_cue_verb_that_is_also_a_noun(par: str, speaker: str) -> None:
    assert [s for _, s in _quotes("id", [par])] == [speaker]


@pytest.mark.parametrize("par", [
    'Program "Pasar Murah Untuk Semua Warga" nilai anggarannya mencapai Rp 5 miliar menurut Dinas Perdagangan.',
    'Gerakan "Tolak Kenaikan Harga BBM" pesan utamanya jelas, kata pengamat di Jakarta.',
    'Istilah "utang luar negeri yang aman" kritik banyak ekonom, terutama soal bunga.',
])
def test_a_noun_after_a_name_in_marks_is_no_cue(par: str) -> None:
    assert _quotes("id", [par]) == []


def test_a_noun_phrase_after_a_quotation_names_no_speaker() -> None:
    par = ('"Pemerintah harus segera turun tangan untuk menstabilkan harga pangan," nilai tukar '
           'rupiah terhadap dolar AS melemah pada hari yang sama.')
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    assert [(q.text, q.speaker, q.cue) for q in extract_quotes([par], get_profile("id"))] == [
        ("Pemerintah harus segera turun tangan untuk menstabilkan harga pangan,", None, None)]


@pytest.mark.parametrize("pars, speaker", [
    # a name of three words after a regional office with no region
    (['"Kami akan memanggil dinas terkait untuk rapat besok pagi," kata Ketua DPRD Euis Ida Wartiah.'],
     "Euis Ida Wartiah"),
    (['"Kami akan memanggil dinas terkait untuk rapat besok pagi," kata Kepala BPBD Agus Budi Mauludin.'],
     "Agus Budi Mauludin"),
    (['Direktur RSUD Siti Nur Aisyah mengatakan, "Kami akan menambah ruang rawat inap tahun ini."'],
     "Siti Nur Aisyah"),
    # the region, printed as a place elsewhere or in the dateline, or the name printed without it
    (['KUNINGAN - Hujan deras kembali turun sejak pagi.', '"Pompa air sudah kami pasang di tiga titik," '
      'tambah Kepala Pelaksana BPBD Kuningan Agus Mauludin.'], "Agus Mauludin"),
    (['"Pompa air sudah kami pasang di tiga titik," tambah Kepala Pelaksana BPBD Kuningan Agus Mauludin.',
      'Agus Mauludin menambahkan, warga diminta waspada.'], "Agus Mauludin"),
])
def test_a_regional_office_with_or_without_its_region(pars: List[str], speaker: str) -> None:
    assert [s for _, s in _quotes("id", pars)][:1] == [speaker]


@pytest.mark.parametrize("par, speaker", [
    # a surname that is also a title, after a given name: a person
    ("“We will respond at a time of our choosing,” Stephen King said.", "Stephen King"),
    ("“We will respond at a time of our choosing,” Ben Judge said.", "Ben Judge"),
    ("“We will respond at a time of our choosing,” Ben Captain said.", "Ben Captain"),
    # an office after an acronym or another title: no one named
    ("“We will respond at a time of our choosing,” the US President said.", None),
    ("“We will respond at a time of our choosing,” Deputy Prime Minister said.", None),
])
def test_a_surname_that_is_a_title(par: str, speaker: Optional[str]) -> None:
    assert _quotes("en", [par]) == [("We will respond at a time of our choosing,", speaker)]


SUPPORTER = ["Budi Santoso, pengurus suporter Persib, kecewa dengan hasil laga itu.",
             '"Kami datang jauh-jauh dari Bandung untuk melihat kemenangan," kata Budi.']
LATER = '"Seharusnya pemain muda diberi kesempatan lebih banyak," katanya.'


@pytest.mark.parametrize("middle, speaker", [
    # a person under a title in lower case whom another's words report, or who is acted on,
    # did not speak: "katanya" points back to the speaker before
    ("Menurutnya, pelatih Andi Wijaya salah memilih pemain sejak awal.", "Budi Santoso"),
    ("Kemarin, pelatih Andi Wijaya dipecat oleh manajemen klub.", "Budi Santoso"),
    # one who opens a sentence of their own does
    ("Sementara itu, pelatih Andi Wijaya enggan berkomentar panjang.", "Andi Wijaya"),
])
def test_a_lower_titled_person_that_did_not_speak(middle: str, speaker: str) -> None:
    assert _quotes("id", [*SUPPORTER, middle, LATER]) == [
        ("Kami datang jauh-jauh dari Bandung untuk melihat kemenangan,", "Budi Santoso"),
        ("Seharusnya pemain muda diberi kesempatan lebih banyak,", speaker)]


NARRATION = ("The river rose steadily through the night, and by dawn the lower streets of the town "
             "were under water while crews moved families to the school gym on the hill above the valley.")


@pytest.mark.parametrize("others, speaker", [
    # the only person the text names is who "she" is, however far back
    ([], "Helen Carter"),
    # with another named since, a pronoun pages after its person is someone unnamed
    (["Tom Baker, the rescue chief, said two more boats went to the eastern streets before noon."], None),
])
def test_a_pronoun_far_after_the_only_person_named(others: List[str], speaker: Optional[str]) -> None:
    pars = ["Mayor Helen Carter has led the town through three floods in her twelve years in office.",
            *others, *[NARRATION] * 25,
            "“We have never seen the water come up this fast, not once in all these years,” she said."]
    assert _quotes("en", pars) == [
        ("We have never seen the water come up this fast, not once in all these years,", speaker)]


@pytest.mark.parametrize("lang, par, want", [
    # an elision's apostrophe printed as ‘ opens no quotation
    ("nl", "Hij werkt ‘s avonds in de haven. ‘Het is zwaar werk voor weinig geld,’ zegt Jan de Vries.",
     [("Het is zwaar werk voor weinig geld,", "Jan de Vries")]),
    ("en", "Back in the ‘90s it was different. ‘We had nothing then, not even a road,’ Baker said.",
     [("We had nothing then, not even a road,", "Baker")]),
    ("en", "In the ‘80s the band was playin’ every night, Hollis said.", []),
    ("en", "‘I was there and we saw nothing at all,’ Baker said.", [("I was there and we saw nothing at all,", "Baker")]),
])
def test_an_elision_printed_as_a_single_opening_mark(lang: str, par: str, want: list) -> None:
    assert _quotes(lang, [par]) == want


@pytest.mark.parametrize("lang, par, texts", [
    # a split quotation is joined over one attribution only, not over a second clause
    ("id", '"Belum," kata Budi, sementara Andi menjawab, "kami masih menunggu hasil rapat."', []),
    ("en", "“Yes, sir,” Doe said, and the judge said, “You may sit down now, please.”",
     ["You may sit down now, please."]),
    ("id", '"Kami," kata Budi Santoso, "tidak akan mundur dari tuntutan ini."',
     ["Kami, tidak akan mundur dari tuntutan ini."]),
    ("en", "“We are,” Doe said, “not done with this case at all.”", ["We are, not done with this case at all."]),
])
def test_a_split_quotation_over_one_attribution(lang: str, par: str, texts: List[str]) -> None:
    assert [t for t, _ in _quotes(lang, [par])] == texts
