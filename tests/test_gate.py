"""The accuracy gate: small pages of thirteen outlet styles, as HTML and as w3m dumps, each with
a complete expected record written by reading the page (fixtures/gate/README.md).

Every key of every record is checked. The keys the program still gets wrong are listed in
fixtures/gate/known-gaps.json: they must still differ (a fix that makes one right must take
it off the list), and every other key must be right, so any regression fails here.
"""

from __future__ import annotations

import json

import pytest

import newsextract
from tests.conftest import FIXTURES

GATE = FIXTURES / "gate"
CASES = sorted(p.name[: -len(".expected.json")] for p in GATE.glob("*.expected.json"))
GAPS = json.loads((GATE / "known-gaps.json").read_text(encoding="utf-8"))
# the test names no source; word_count and fingerprint follow from the body, which is checked
UNCHECKED = ("source", "word_count", "fingerprint")


def _record(case: str) -> dict:
    for ext in (".html", ".txt"):
        path = GATE / (case + ext)
        if path.exists():
            return newsextract.extract(path.read_bytes()).to_dict()
    raise FileNotFoundError(case)


def test_the_gate_has_html_and_dumps_of_both_languages() -> None:
    assert len(CASES) >= 20
    assert {c.split("_")[0] for c in CASES} == {"id", "en"}
    assert sum(c.endswith("_dump") for c in CASES) * 2 == len(CASES)
    assert set(GAPS) <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_gate_record(case: str) -> None:
    expected = json.loads((GATE / f"{case}.expected.json").read_text(encoding="utf-8"))
    record = _record(case)
    assert set(record) - set(UNCHECKED) == set(expected) - set(UNCHECKED), "the expected record lists every key"
    gaps = set(GAPS.get(case, ()))
    wrong = {k for k in expected if k not in UNCHECKED and record[k] != expected[k]}
    assert not wrong - gaps, {k: (record[k], expected[k]) for k in wrong - gaps}
    assert not gaps - wrong, f"now right, take off fixtures/gate/known-gaps.json: {sorted(gaps - wrong)}"
