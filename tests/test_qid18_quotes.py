"""Speakers whose names carry a run of degrees (qid18): ", S.H., M.H.," between the name and
its verb hides neither; near misses keep their readings."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from tests.audit import id_speakers

Q = "\"Kami akan menindak tegas siapa pun yang terlibat dalam kasus ini.\""
C = "\"Kami akan menindak tegas siapa pun yang terlibat dalam kasus ini,\""


@pytest.mark.parametrize("par, found", [
    # two degrees or more after the name, before the verb or after the cue
    (f"Kapolres Garut AKBP Budi Santoso, S.H., M.H., mengatakan, {Q}", [("Kami", "Budi Santoso")]),
    (f"Budi Santoso, S.H., M.H., mengatakan, {Q}", [("Kami", "Budi Santoso")]),
    (f"Kepala Desa Sukamaju, H. Ahmad Fauzi, S.Pd.I., M.Pd., mengatakan, {Q}", [("Kami", "Ahmad Fauzi")]),
    (f"Dr. Budi Santoso, M.Kes., Sp.PD, menegaskan, {Q}", [("Kami", "Budi Santoso")]),
    (f"Warga RT 05, Budi Santoso, S.T., M.T. mengatakan, {Q}", [("Kami", "Budi Santoso")]),
    (f"{C} kata Dr. Budi Santoso, M.Kes., Sp.PD.", [("Kami", "Budi Santoso")]),
    (f"Kapolres Garut AKBP Budi Santoso, S.H., M.H., mengatakan pelaku sudah ditangkap. {C} ujarnya.",
     [("Kami", "Budi Santoso")]),
    # one degree, as before
    (f"Kepala Desa Sukamaju, H. Ahmad Fauzi, S.Pd., mengatakan, {Q}", [("Kami", "Ahmad Fauzi")]),
    # near misses: abbreviations of a street, a ward, a firm's form are no degrees of a person
    (f"Warga Jl. Merdeka, Kel. Menteng, Kec. Menteng, mengatakan, {Q}", []),
    (f"Budi Santoso, warga Jl. Merdeka, Kel. Menteng, mengatakan, {Q}", [("Kami", "Budi Santoso")]),
])
def test_a_run_of_degrees_after_the_name(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found
