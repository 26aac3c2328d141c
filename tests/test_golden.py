"""Golden cases: hand-written expected records for the seed and for fixtures/<case>.txt."""

from __future__ import annotations

import json

import pytest

import newsextract
from tests.conftest import FIXTURES, SEED

CASES = sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))


def _input(case: str) -> bytes:
    for ext in (".txt", ".html", ".htm"):
        path = FIXTURES / (case + ext)
        if path.exists():
            return path.read_bytes()
    raise FileNotFoundError(case)


@pytest.mark.parametrize("case", CASES)
def test_fixture(case: str) -> None:
    expected = json.loads((FIXTURES / f"{case}.expected.json").read_text(encoding="utf-8"))
    record = newsextract.extract(_input(case)).to_dict()
    for key, value in expected.items():
        assert record[key] == value, key


def test_seed_article() -> None:
    a = newsextract.extract(SEED.read_bytes())
    assert a.title == "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN"
    assert a.date == "2023-05-10T15:08:00+07:00"
    assert a.authors == ["very"]
    assert a.site == "INDONEWS.ID"
    assert a.location == "Manggarai Barat"
    assert a.language == "id"
    assert a.credit == "InfoPublik"
    paragraphs = a.body.split("\n\n")
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("Indonesia dan Vietnam menyepakati kerja sama literasi")
    assert paragraphs[-1].endswith('tapi kawasan ASEAN," tuturnya.')
    assert "Baca juga" not in a.body and "(Foto:" not in a.body and "Artikel Terkini" not in a.body
    assert a.related == [
        "Serukan Konektivitas dan Ketahanan, Keketuaan ASEAN Indonesia Secara Resmi Diserahkan "
        "kepada Laos dalam Penutupan KTT ASEAN ke-43",
        "KTT ASEAN-RRT ke-26 Dorong Penguatan Konektivitas dan Implementasi ASEAN Outlook on "
        "Indo-Pacific (AOIP)",
        "TNI dan Polri Siapkan Strategi Jitu Amankan KTT Ke-43 ASEAN",
    ]
    assert [q.speaker for q in a.quotes] == ["Johnny G Plate"] * 4 + ["Nguyen Manh Hung"] * 2
    assert a.quotes[0].text.startswith("Kawasan ASEAN memiliki potensi.")
    assert a.quotes[0].cue == "kata"


def test_same_input_same_record() -> None:
    data = SEED.read_bytes()
    assert newsextract.extract(data).to_dict() == newsextract.extract(data).to_dict()


def test_str_and_bytes_agree() -> None:
    data = SEED.read_bytes()
    assert newsextract.extract(data).to_dict() == newsextract.extract(data.decode("utf-8")).to_dict()
