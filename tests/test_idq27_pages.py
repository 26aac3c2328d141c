"""Invented Indonesian pages of unseen outlets' shapes (fixtures/idq27, README.md): each
quote found, and its speaker as the article prints the person in full at first mention, in
the HTML and in its w3m dump. The misses still left are listed, eye-checked, so that a rule
that mends one takes it off and a rule that breaks another shows."""

from __future__ import annotations

import json
from typing import List, Tuple

import pytest

import newsextract
from tests.conftest import FIXTURES

HERE = FIXTURES / "idq27"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))

# (page, quote start, speaker given): known misses, the same in the HTML and the dump
KNOWN = {
    ("22tribunnews", "Motifnya ingin menguasai", "Tarigan"),  # initials inside a name, "AKP Siswo DC Tarigan"
    ("16liputan6", "Sisanya tinggal di ruas", "Hanung Triyono"),  # initials opening a name, "AR Hanung Triyono"
    ("17okezone", "Pembeli sekarang belinya", "Haji Nurdin"),  # an honorific kept (the gold may take it)
    ("19merdeka", "Kami siap. Alat berat", "Hutama Karya Bintang Perbowo"),  # "PT" and a company of two words
    ("19merdeka", "Skemanya sudah disetujui", "Hutama Karya Bintang Perbowo"),
    ("20kompas", "Sudah 400 kepala keluarga", "Jatinegara Sofyan Taher"),  # a district printed nowhere else
    ("20kompas", "Truknya kami sediakan", "Jatinegara Sofyan Taher"),
    ("15tribunnews", "Pertahanan kami sangat solid", "STY"),  # initials the text never ties to the name
    ("03tribunnews", "Saya ikuti proses hukum", "Kudus Muhammad Tamzil"),  # a place printed nowhere else
}


def _misses(path) -> List[Tuple[str, str, object]]:
    page = newsextract.extract(path.read_bytes())
    name = path.name.split(".")[0]
    got = [(q.text.strip("\"'“” "), q.speaker) for q in page.quotes]
    out = []
    for start, speaker in EXPECTED[name]["quotes"]:
        hit = next((g for g in got if g[0].startswith(start)), None)
        if hit is None:
            out.append((name[:-2], start, "no quote"))
        elif hit[1] != speaker:
            out.append((name[:-2], start, hit[1]))
    assert len(page.quotes) == len(EXPECTED[name]["quotes"]), "no quote more than the ones built"
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("kind", ["html", "w3m.txt"])
def test_quotes_and_speakers(name: str, kind: str) -> None:
    assert set(_misses(HERE / f"{name}.{kind}")) <= KNOWN


@pytest.mark.parametrize("kind", ["html", "w3m.txt"])
def test_the_known_misses_are_still_there(kind: str) -> None:
    found = set()
    for name in EXPECTED:
        found |= set(_misses(HERE / f"{name}.{kind}"))
    assert found == KNOWN
