"""Language profiles are data: checked when they load, merged for what holds in every language."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsextract.fields.language import detect_language
from newsextract.profiles import (NEUTRAL, Profile, ProfileError, available, get_profile,
                                  load_profile, merged)

SRC = Path(__file__).resolve().parent.parent / "src" / "newsextract"


def _write(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_every_shipped_profile_loads() -> None:
    assert {"en", "id", "de", "fr"} <= set(available())
    for code in available() + (NEUTRAL,):
        assert get_profile(code).code == code
    assert get_profile("id").zones["wib"] == "+07:00"
    assert get_profile("en").day_first is False


def test_an_unknown_key_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "vi", {"code": "vi", "stopword": ["và"]})
    with pytest.raises(ProfileError, match=re.escape(str(path)) + ".*unknown key.*stopword"):
        load_profile(path)


def test_a_pattern_that_does_not_compile_is_an_error_naming_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "vi", {"code": "vi", "passive_by": "(unclosed"})
    with pytest.raises(ProfileError, match="passive_by.*does not compile"):
        load_profile(path)


@pytest.mark.parametrize("data, message", [
    ({"code": "xx"}, "must be 'vi'"),
    ({"code": "vi", "titles": "ong"}, "list of non-empty strings"),
    ({"code": "vi", "titles": ["ong", ""]}, "list of non-empty strings"),
    ({"code": "vi", "titles": ["ong", 7]}, "list of non-empty strings"),
    ({"code": "vi", "titles": ["ong", ["ba"]]}, "list of non-empty strings"),
    ({"code": "vi", "titles": [None]}, "list of non-empty strings"),
    ({"code": "vi", "speaker_links": ["của", False]}, "list of non-empty strings"),
    ({"code": "vi", "months": {"tháng một": "1"}}, "int values"),
    ({"code": "vi", "default_offset": "GMT+7"}, "offset like"),
    ({"code": "vi", "day_first": "yes"}, "true or false"),
])
def test_values_of_the_wrong_shape_are_errors(tmp_path: Path, data: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=re.escape(message)):
        load_profile(_write(tmp_path, "vi", data))


def test_good_lists_are_read_lower_cased_except_the_cased_keys(tmp_path: Path) -> None:
    vi = load_profile(_write(tmp_path, "vi", {"code": "vi", "titles": ["Ông", "BÀ", "ông"],
                                              "speaker_links": ["Của", "là"], "modified_labels": []}))
    assert vi.titles == frozenset({"ông", "bà"})
    assert vi.speaker_links == ("Của", "là")
    assert vi.modified_labels == ()
    assert vi.code == "vi" and vi.name == ""  # (a field not given: its default)


def test_a_profile_needs_its_code_and_takes_no_unknown_field() -> None:
    with pytest.raises(TypeError, match="needs the field 'code'"):
        Profile(name="x")
    with pytest.raises(TypeError, match="has no fields colour, size"):
        Profile(code="vi", size=1, colour=2)
    vi = Profile(code="vi", name="Vietnamese")
    assert (vi.code, vi.name, vi.titles) == ("vi", "Vietnamese", frozenset())
    assert replace(vi, name="Tiếng Việt").name == "Tiếng Việt" and vi.name == "Vietnamese"


def test_a_new_language_is_one_file_and_its_non_ascii_stopwords_count(tmp_path: Path) -> None:
    vi = load_profile(_write(tmp_path, "vi", {
        "code": "vi", "name": "Vietnamese",
        "stopwords": ["và", "của", "là", "có", "được", "những", "trong", "cho", "với", "này"]}))
    assert "của" in vi.stopwords
    text = ("Chính phủ và các bộ của Việt Nam đã có những quyết định quan trọng trong năm nay "
            "cho người dân, với nhiều chính sách được đánh giá là cần thiết này.")
    import newsextract.fields.language as language

    real = language.get_profile
    language._stopwords.cache_clear()
    try:
        language.get_profile = lambda code: vi if code == "vi" else real(code)  # type: ignore[assignment]
        assert detect_language(text, ("en", "id", "vi")) == "vi"
    finally:
        language.get_profile = real  # type: ignore[assignment]
        language._stopwords.cache_clear()


def test_merged_knowledge_holds_every_language() -> None:
    m = merged()
    assert {"penulis", "by"} <= set(m.author_labels)
    assert m.months["agu"] == 8 and m.months["aug"] == 8
    assert "gmt" in m.offset_prefixes  # from the neutral profile


def test_no_code_names_a_language() -> None:
    # knowledge is data: no module picks a profile by a language's name
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"get_profile\(\s*[\"'](?:id|en)[\"']", text), path
        assert not re.search(r"code\s*[!=]=\s*[\"'](?:id|en)[\"']", text), path


@pytest.mark.parametrize("code, text", [
    ("sv", "Polisen har inte hittat kvinnan, och de säger att sökandet ska fortsätta efter "
           "helgen. Hon försvann på tisdagen när hon var på väg hem från jobbet."),
    ("no", "Politiet har ikke funnet kvinnen, og de sier at letingen skal fortsette etter "
           "helgen. Hun ble sist sett på tirsdag da hun var på vei hjem fra jobben."),
    ("da", "Politiet har ikke fundet kvinden, og de siger at eftersøgningen skal fortsætte efter "
           "weekenden. Hun blev sidst set på tirsdag, da hun var på vej hjem fra arbejde."),
])
def test_the_scandinavian_languages_are_told_apart(code: str, text: str) -> None:
    """Swedish, Norwegian and Danish share most short words; each profile's own ("och", "ble",
    "blev", "efter" against "etter") tells them apart."""
    assert detect_language(text) == code


def test_a_norwegian_dumps_printed_time_gets_its_countrys_summer_offset() -> None:
    """A Norwegian page prints its time with no zone ("kl. 13:05"): the profile's zone,
    Europe/Oslo, gives the offset, +02:00 in August."""
    import newsextract

    para = ("Politiet har ikke funnet kvinnen, og de sier at letingen skal fortsette etter "
            "helgen. Hun ble sist sett på tirsdag da hun var på vei hjem fra jobben, og "
            "familien ber nå om hjelp fra alle som har vært i området.")
    page = (f"Letingen etter kvinnen fortsetter i helgen\n\n5. august 2024 kl. 13:05\n\n"
            f"{para}\n\n{para}\n\n{para}\n")
    article = newsextract.extract(page)
    assert (article.language, article.date) == ("no", "2024-08-05T13:05:00+02:00")
