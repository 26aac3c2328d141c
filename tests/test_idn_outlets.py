"""Indonesian outlets the corpora do not hold (merdeka, liputan6 syndication, fimela, suara,
mediaindonesia, metrotvnews, a fact-check site, okezone, viva, kompas 2025, kapanlagi, detik,
a tribun regional): each a small page of our own making in the outlet's layout, as HTML and as
the w3m dump of it, with the fields a reader takes from it (fixtures/idn/README.md).

The fields the program still gets wrong are listed in fixtures/idn/known-gaps.json: they must
still be wrong (a fix takes them off the list), and every other field must be right.
"""

from __future__ import annotations

import json
import re
from typing import Dict, List

import pytest

import newsextract
from tests.conftest import FIXTURES

PAGES = FIXTURES / "idn"
CASES = sorted(p.name[: -len(".expected.json")] for p in PAGES.glob("*.expected.json"))
GAPS: Dict[str, List[str]] = json.loads((PAGES / "known-gaps.json").read_text(encoding="utf-8"))


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def wrong_fields(expected: dict, record: dict, form: str) -> Dict[str, object]:
    """The fields of the record that differ from what the page says, with the record's value."""
    want = {k: expected.get(f"{k}_{form}", expected.get(k)) for k in expected}
    body = _ws(record["body"])
    quotes = [(_ws(q["text"]), q["speaker"]) for q in record["quotes"]]
    found = [next((q for q in quotes if q[0].startswith(_ws(start))), None)
             for start, _ in want["quotes"]]
    checks = {
        "title": record["title"] == want["title"],
        # to the minute, with the offset the page gives (a day alone where it gives no time)
        "date": (record["date"] or "")[:16] == want["date"][:16]
        and (record["date"] or "")[19:] == want["date"][19:],
        "authors": record["authors"] == want["authors"],
        "location": record["location"] == want["location"],
        "body_first": body.startswith(_ws(want["body_first"])),
        "body_last": body.endswith(_ws(want["body_last"])),
        "clean": not [s for s in want["must_not_contain"] if s in record["body"]],
        "quotes": all(found),
        "speakers": all(f and f[1] == who for f, (_, who) in zip(found, want["quotes"], strict=True)),
    }
    shown = {"body_first": body[:80], "body_last": body[-80:], "quotes": quotes,
             "speakers": quotes, "clean": [s for s in want["must_not_contain"] if s in body]}
    return {k: shown.get(k, record.get(k)) for k, ok in checks.items() if not ok}


def test_every_page_has_both_forms() -> None:
    assert len(CASES) >= 12
    for case in CASES:
        assert (PAGES / f"{case}.html").exists() and (PAGES / f"{case}_dump.txt").exists()
    assert {k.rsplit("_", 1)[0] for k in GAPS} <= set(CASES)


@pytest.mark.parametrize("form", ["html", "text"])
@pytest.mark.parametrize("case", CASES)
def test_outlet_page(case: str, form: str) -> None:
    expected = json.loads((PAGES / f"{case}.expected.json").read_text(encoding="utf-8"))
    path = PAGES / (f"{case}.html" if form == "html" else f"{case}_dump.txt")
    record = newsextract.extract(path.read_bytes()).to_dict()
    wrong = wrong_fields(expected, record, form)
    gaps = set(GAPS.get(f"{case}_{form}", ()))
    assert not set(wrong) - gaps, {k: v for k, v in wrong.items() if k not in gaps}
    assert not gaps - set(wrong), f"now right, take off fixtures/idn/known-gaps.json: {sorted(gaps - set(wrong))}"


def test_an_article_printed_as_page_sections_keeps_its_later_pages() -> None:
    # liputan6's family: each page of the article in an element of its own, a counter
    # ("2 dari 2 halaman") and a section heading opening the next; the body holds them all
    pars = ["Pemerintah kota menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat "
            "banjir pada awal bulan ini di sejumlah kecamatan.",
            "Kepala dinas mengatakan perbaikan dimulai pekan depan dan selesai sebelum musim hujan "
            "berikutnya tiba di wilayah itu.",
            "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari "
            "melintas menuju pusat kota dan pasar.",
            "Dinas juga akan memasang rambu peringatan di titik jalan yang berlubang agar pengendara "
            "lebih berhati-hati saat melintas pada malam hari."]

    def page(n: int, ps: List[str], heading: str = "") -> str:
        return (f"<div class='page' data-page='{n}'><div class='title'><span>{n} dari 2 halaman</span>"
                f"{heading}</div><div class='content'>{''.join(f'<p>{p}</p>' for p in ps)}</div></div>")

    html = ("<html><head><title>Jalan Rusak Diperbaiki</title></head><body><article>"
            "<h1>Jalan Rusak Diperbaiki Pekan Depan</h1><div>Penulis: Andi Wijaya</div>"
            "<div class='body'>" + page(1, pars[:3]) + page(2, pars[3:], "<h2>Rambu Peringatan</h2>")
            + "</div><div class='related'><h3>Berita Terkait</h3><ul><li><a href='/1'>Jalan Tol "
            "Baru Dibuka</a></li></ul></div></article></body></html>")
    body = newsextract.extract(html).body
    assert body.startswith(pars[0]) and body.endswith(pars[3])
    assert "dari 2 halaman" not in body and "Jalan Tol Baru" not in body


@pytest.mark.parametrize("time_attr, date", [
    ("2023-06-12T15:15:00+07:00", "2023-06-12T15:15:00+07:00"),  # the same moment, in WIB
    ("2023-06-12T16:15:00+08:00", "2023-06-12T16:15:00+08:00"),  # in WITA
    ("2023-06-13T15:15:00+07:00", "2023-06-12T08:15:00+00:00"),  # another moment: not taken
])
def test_a_utc_meta_time_takes_the_zone_the_page_gives_the_same_moment(time_attr: str, date: str) -> None:
    # WordPress prints article:published_time in UTC and the post's <time> in the site's zone
    pars = "".join(f"<p>{p}</p>" for p in (
        "Beredar sebuah video yang diklaim memperlihatkan tsunami menerjang pantai selatan Jawa "
        "Barat pada pekan ini, tetapi video itu rekaman lama.",
        "Badan Meteorologi, Klimatologi, dan Geofisika memastikan tidak ada gempa signifikan di "
        "wilayah itu dalam sepekan terakhir."))
    html = ("<html><head><title>Video Tsunami</title><meta property='article:published_time' "
            "content='2023-06-12T08:15:00+00:00'></head><body><article><h1>[SALAH] Video Tsunami "
            f"di Pantai Selatan</h1><time datetime='{time_attr}'>12 Juni 2023</time>{pars}"
            "</article></body></html>")
    assert newsextract.extract(html).date == date


@pytest.mark.parametrize("heading, cut", [
    ("Tentang Cek Fakta Liputan6.com", True),  # a box about the outlet's desk
    ("Tentang KOMPAS.com", True),
    ("Tentang Vaksin Booster", False),  # a section of the article: it goes on
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_box_about_the_outlet_ends_the_article(heading: str, cut: bool, form: str) -> None:
    pars = ["Beredar pesan berantai di WhatsApp yang berisi tautan pendaftaran kuota internet gratis "
            "dari pemerintah untuk memperingati hari kemerdekaan.",
            "Kementerian memastikan tidak ada program kuota gratis tersebut dan meminta warga tidak "
            "memberikan kode OTP kepada siapa pun.",
            heading,
            "Melawan hoaks sama saja melawan pembodohan, karena itu kami membuat kanal ini pada 2018 "
            "dan hingga kini aktif memberikan literasi media.",
            "Jika Anda memiliki informasi seputar hoaks yang ingin kami telusuri, silakan kirimkan "
            "kepada tim kami melalui surel redaksi."]
    title = "Tidak Benar Pemerintah Bagikan Kuota Internet Gratis"
    if form == "text":
        page = newsextract.extract("\n\n".join([title, "Oleh Ibrahim Hasan", *pars]) + "\n")
    else:
        page = newsextract.extract(
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            "<div>Oleh Ibrahim Hasan</div>" + "".join(f"<p>{p}</p>" for p in pars)
            + "</article></body></html>")
    assert page.body.startswith(pars[0])
    assert ("Melawan hoaks" in page.body) is not cut


def test_a_date_under_the_headline_beats_a_teasers_date_above_it() -> None:
    # a "Berita Terkini" box above the article, each teaser with its writer and time (a dump
    # loses the list's marks); the article's own date stands under its headline
    text = ("Berita Terkini\n\nJokowi Resmikan Tol Becakayu\n\n"
            "Erick Tanjung | Senin, 13 Juni 2016 | 13:50 WIB\n\n"
            "Ahok Tegaskan Reklamasi Teluk Jakarta Tetap Jalan\n\n"
            "Senin, 13 Juni 2016 | 14:05 WIB\n\n"
            "Gubernur DKI Jakarta menegaskan proyek reklamasi Teluk Jakarta tetap berjalan meski "
            "sempat dihentikan sementara oleh pemerintah pusat.\n\n"
            "Pemerintah provinsi sudah mengantongi izin pelaksanaan untuk empat pulau, dan "
            "penghentian sementara hanya terkait dokumen lingkungan.\n")
    assert newsextract.extract(text).date == "2016-06-13T14:05:00+07:00"


@pytest.mark.parametrize("last", [
    '"Kalau memang belum ada izin mendirikan bangunan, kami hentikan," tegasnya.',  # ten words
    '"Kalau belum ada izin mendirikan bangunan, kami hentikan," tegasnya.',  # nine
])
def test_a_short_closing_quotation_stays_in_the_body(last: str) -> None:
    pars = ["Puluhan warga Kelurahan Cipocok Jaya menolak pembangunan menara telekomunikasi di "
            "tengah permukiman mereka karena khawatir menara roboh saat hujan angin.",
            "Kepala Bidang Penataan Ruang Dinas Tata Kota, Endang Kurnia, menyebut pihaknya akan "
            "memeriksa kelengkapan izin menara tersebut pekan ini.", last, "(ris)"]
    text = "\n\n".join(["Warga Tolak Pembangunan Menara Seluler", "Rasyid Ridho - Okezone", *pars,
                        "Berita Terkait", "Menara Seluler Roboh di Tangerang"]) + "\n"
    assert newsextract.extract(text).body == "\n\n".join(pars[:3])
