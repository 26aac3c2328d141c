"""Indonesian (Bahasa Indonesia) news conventions."""

from newsextract.profiles import Profile

_CUES = (
    "kata ujar tutur tegas jelas ungkap tambah ucap lanjut papar imbuh pungkas terang sebut tandas "
    "bongkar cetus timpal seru aku akui beber urai kenang harap pinta ajak sambung ingat tulis cerita "
    "sahut jawab tanya tukas kilah dalih klaim ceritakan katakan jelaskan tuturkan ungkapkan "
    "tambahkan paparkan"
)

PROFILE = Profile(
    code="id",
    stopwords=frozenset(
        "yang dan di ini itu dengan untuk dari tidak akan pada juga ke dalam adalah oleh karena "
        "sudah bisa ada atau kata saat telah tersebut mereka kami kita dia ia para lebih menurut "
        "sementara namun kemudian".split()
    ),
    months={
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
        "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "agustus": 8, "agu": 8, "agt": 8, "agus": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12,
        "des": 12,
    },
    days=frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu ahad".split()),
    zones={"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"},
    default_offset="+07:00",
    author_labels=(
        "oleh", "penulis", "pewarta", "reporter", "rep", "wartawan", "jurnalis", "fotografer",
        "foto", "laporan", "kontributor", "koresponden",
    ),
    editor_labels=("editor", "redaktur", "red", "penyunting", "penyelaras", "editing"),
    bare_labels=frozenset({"oleh"}),
    role_words=frozenset(
        "kontributor koresponden wartawan reporter jurnalis fotografer pewarta penulis".split()
    ),
    byline_suffixes=frozenset({"jurnalis", "wartawan", "reporter", "kontributor", "koresponden"}),
    related_labels=(
        "baca juga", "baca pula", "baca lagi", "lihat juga", "simak juga", "simak pula",
        "berita terkait", "artikel terkait", "tonton juga", "saksikan juga", "lihat video",
        "lihat juga video",
    ),
    related_headings=("artikel terkait", "berita terkait", "terkait", "baca juga", "baca juga:"),
    list_headings=(
        "artikel terkini", "berita terkini", "terkini", "berita lainnya", "artikel lainnya",
        "berita populer", "terpopuler", "terkomentari", "berita pilihan", "pilihan redaksi",
        "jangan lewatkan", "rekomendasi", "topik pilihan", "trending", "berita terbaru",
        "terbaru", "paling banyak dibaca", "populer", "video pilihan", "info keagamaan",
    ),
    boilerplate_prefixes=(
        "baca juga", "baca pula", "lihat juga", "simak juga", "simak video", "saksikan video",
        "tonton video", "jangan lewatkan", "artikel terkait", "berita terkait", "artikel terkini",
        "berita lainnya", "advertisement", "scroll to resume", "scroll to continue", "iklan",
        "bagikan", "share", "tweet", "komentar", "tentang kami", "pedoman siber",
        "pedoman media siber", "kontak kami", "copyright", "hak cipta", "dibaca ", "follow us",
        "ikuti kami", "download aplikasi", "unduh aplikasi", "klik di sini", "klik disini",
        "[gambas", "[ins::", "tags:", "tag:", "topik:", "editor:", "editor :", "penulis:",
        "penulis :", "sumber:", "sumber :", "laporan wartawan", "video pilihan", "halaman ini",
        "cek berita dan artikel", "dapatkan update", "baca berita", "tonton juga",
    ),
    boilerplate_substrings=(
        "all rights reserved", "dilarang mengutip", "google news", "whatsapp channel",
        "pedoman media siber", "[ins::ins]", "kompas cyber media",
    ),
    caption_markers=("(foto:", "foto:", "antara foto/", "(antara foto", "kredit:", "(ist)",
                     "(istimewa)", "(dok.", "dok. ", "ilustrasi:"),
    cue_after=frozenset(_CUES.split()),
    cue_before=frozenset(
        "mengatakan menuturkan menjelaskan menegaskan mengungkapkan menambahkan menyatakan berkata "
        "menyebut menyebutkan bilang mengaku mengakui menilai memaparkan menerangkan mengimbau "
        "meminta berujar bertutur menandaskan menekankan berpesan mengingatkan menyampaikan "
        "menceritakan mengklaim menanggapi berharap menuliskan menulis berbunyi mengutip".split()
    ),
    pronouns=frozenset({"dia", "ia", "beliau", "mereka"}),
    pronoun_suffix="nya",
    speaker_stops=frozenset(
        "saat ketika di dalam kepada pada usai seusai seperti sambil sebelum setelah sesudah "
        "yang dan kemudian lagi melalui lewat dari menjawab menanggapi mengenai terkait soal "
        "tentang untuk sembari selepas".split()
    ),
    titles=frozenset(
        "menteri menkominfo kapolsek kapolres kapolda kapolri presiden wakil ketua gubernur bupati "
        "wali walikota kepala direktur dirut manajer pelatih juru bicara jubir sekretaris kompol "
        "akbp akp iptu ipda aiptu brigjen irjen komjen jenderal kombes kolonel mayor letnan kapten "
        "sersan dr prof ir h hj drs kh ustaz ustadz pak bu ibu bapak mas mbak bang sang si "
        "penyidik kasat kasubag kabid kadis kadispar kapuspen komisaris anggota camat lurah "
        "pengamat peneliti dosen guru hakim jaksa ketum sekjen dirjen kabag kasi kasie kapten "
        "rektor dekan menpora menkes menlu menhan mendagri menkeu wapres ceo founder pendiri "
        "aktor aktris penyanyi pemain striker gelandang bek kiper artis kajari kajati kasat "
        "kasatreskrim kanit kasubdit dirreskrimum dirreskrimsus danramil dandim danrem pangdam "
        "sekda kadishub kadinkes kabag kapuskesmas plt plh kades kakanwil".split()
    ),
    publisher_words=frozenset(
        "media cyber pt tbk group grup network digital online news redaksi tim team "
        "humas kompas.com detikcom antara".split()
    ),
    extra={
        # "diungkapkan oleh X": a speech verb in the passive names its speaker after "oleh"
        "passive_by": r"\bdi[a-z]+(?:kan|i)\s+oleh\s+",
        # "yang akrab disapa Dani": a nickname for the person just named
        "nickname": r"\b(?:akrab|biasa|karib|kerap|sering)\s+(?:disapa|dipanggil|disebut)\s+",
    },
    agencies=frozenset(
        "antara antaranews infopublik reuters ap afp bernama xinhua kyodo ani dpa efe "
        "antara/prnewswire prnewswire".split()
    ),
)
