"""Speakers whose names carry a run of degrees (qid18): ", S.H., M.H.," between the name and
its verb hides neither; near misses keep their readings."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from tests.audit import en_speakers, id_speakers

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


@pytest.mark.parametrize("par, found", [
    # verbs that introduce a quotation before it (qid18: the quotation was not read at all)
    *[(f"Kapolres Garut AKBP Budi Santoso {verb}, {Q}", [("Kami", "Budi Santoso")])
      for verb in ("membantah", "membeberkan", "mengenang", "berpendapat", "berseloroh", "menyarankan",
                   "menyindir")],
    # (fixq18: verbs a body or a work does too, 'Polda Metro Jaya mengungkap', 'DPRD Sukamaju
    # mendesak', 'Novel Laskar Senja berkisah', which became speakers: taken out of cue_before
    # and 'desak' out of cue_after; their quotations with a person are known misses again)
    *[pytest.param(f"Kapolres Garut AKBP Budi Santoso {verb}, {Q}", [("Kami", "Budi Santoso")],
                   marks=pytest.mark.xfail(strict=True, reason="no cue verb: a body's doing too"))
      for verb in ("mengungkap", "bercerita", "berkisah", "mengisahkan", "mendesak", "mengajak", "menyerukan")],
    pytest.param(f"Kapolres Garut AKBP Budi Santoso meninjau lokasi. {C} desaknya.", [("Kami", "Budi Santoso")],
                 marks=pytest.mark.xfail(strict=True, reason="no cue verb: a body's doing too")),
    *[(f"Kapolres Garut AKBP Budi Santoso meninjau lokasi. {C} {cue}.", [("Kami", "Budi Santoso")])
      for cue in ("celetuknya", "sergahnya", "sergah Budi")],
    # near misses: words set off after the verb, a banner's words, a reporter's question, a place
    # that does something ("Bandung memastikan", "Nelayan Pekalongan mengeluh": no speech verbs)
    ("Budi Santoso membantah tuduhan \"pungutan liar\" di sekolah itu.", []),
    ("Spanduk di depan balai desa menyerukan, \"Tolak tambang pasir di desa kami.\"", []),
    ("Wartawan bertanya, \"Apakah warga sudah menerima bantuan dari pemerintah?\"", []),
    ("Jembatan di Bandung rusak. Oleh sebab itu, Bandung memastikan perbaikan dimulai. " + C + " ungkapnya.",
     [("Kami", None)]),
])
def test_cue_verbs(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found


@pytest.mark.parametrize("par, speaker", [
    # a specialist's degree printed after the name, no comma between, is no word of the name
    pytest.param(f"Dokter spesialis dr Wismandari Wisnu SpPD-KEMD mengungkap, {Q}", "Wismandari Wisnu",
                 marks=pytest.mark.xfail(strict=True, reason="fixq18: 'mengungkap' no cue verb before a quotation")),
    (f"Dokter spesialis dr Wismandari Wisnu SpPD-KEMD mengatakan, {Q}", "Wismandari Wisnu"),
    (f"Dokter kandungan dr Andi Wijaya SpOG mengatakan, {Q}", "Andi Wijaya"),
    # near misses: a name's hyphened parts, a name's inner capital, capitals only (a degree or a
    # body's acronym: not told apart, left as printed)
    (f"Peneliti Jennifer Ngo-Anh mengatakan, {Q}", "Jennifer Ngo-Anh"),
    (f"Gubernur Florida Ron DeSantis mengatakan, {Q}", "Ron DeSantis"),
    (f"Direktur Andi Wijaya MBA mengatakan, {Q}", "Andi Wijaya MBA"),
])
def test_a_specialists_degree_after_the_name(par: str, speaker: str) -> None:
    assert id_speakers(par) == [("Kami", speaker)]


B = "Boeing chief Dave Calhoun spoke on Monday. \"Not in my lifetime, not in this decade,\" "


@pytest.mark.parametrize("par, found", [
    # after the cue, a body, its role in small letters, then the name: the name is the speaker
    (B + "said Boeing spokesperson Jane Doe.", [("Not", "Jane Doe")]),
    (B + "said Boeing chief executive Dave Calhoun.", [("Not", "Dave Calhoun")]),
    # a body and its role with no name: someone unnamed, not the body
    (B + "says Boeing executive.", [("Not", None)]),
    (B + "said Boeing spokesperson.", [("Not", None)]),
    # near misses: the name first, its role after a comma; a role before a place or a body
    (B + "said Jane Doe, Boeing spokesperson.", [("Not", "Jane Doe")]),
    (B + "said Calhoun spokesman for the company.", [("Not", "Dave Calhoun")]),
])
def test_a_body_its_role_then_the_name(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert en_speakers(par) == found


@pytest.mark.parametrize("par, speaker", [
    (f"{C} ujar Andi Wijaya pengamat politik dari Universitas Indonesia.", "Andi Wijaya"),
    (f"{C} ujar Andi Wijaya pengamat Universitas Indonesia.", "Andi Wijaya"),
    (f"{C} kata Andi Wijaya ketua RT setempat.", "Andi Wijaya"),
])
def test_a_name_then_its_role_in_small_letters(par: str, speaker: str) -> None:
    assert id_speakers(par) == [("Kami", speaker)]
