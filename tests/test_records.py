"""The record layer: one table of keys, domain, fingerprint, --dedupe, and the library's extract()."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

import newsextract
from newsextract import model
from newsextract.domain import article_domain, from_site, from_url
from newsextract.fingerprint import NEAR, NearDuplicates, distance, fingerprint, simhash
from newsextract.options import Options
from newsextract.profiles import available
from tests.clitools import invoke, timeless
from tests.conftest import FIXTURES, ROOT, SEED

SEED_TITLE = "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN"


# issue 14, point 6: the record's keys are listed once


def test_to_dict_schema_and_keys_come_from_one_table() -> None:
    names = [key.name for key in model.RECORD]
    assert list(model.KEYS) == names
    assert list(model.Article().to_dict()) == names
    schema = model.json_schema()
    assert list(schema["properties"]) == names == schema["required"]
    assert all(schema["properties"][k.name]["description"] == k.doc for k in model.RECORD)


def test_the_readme_record_table_lists_every_key_in_order() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The record", 1)[1].split("\n## ", 1)[0]
    listed = [m.group(1) for m in re.finditer(r"^\| (\w+) \|", section, re.M)]
    assert [k for k in listed if k != "key"] == list(model.KEYS)


# point 8: domain


@pytest.mark.parametrize("url,site,expected", [
    ("https://news.detik.com/berita/d-123/judul", "detikcom", "detik.com"),
    ("https://www.bbc.co.uk/news/x", None, "bbc.co.uk"),
    ("http://Regional.KOMPAS.com:8080/read/1", None, "kompas.com"),
    ("//m.liputan6.com/news/read/1", None, "liputan6.com"),
    (None, "KOMPAS.com", "kompas.com"),
    (None, "Liputan6.com", "liputan6.com"),
    (None, "INDONEWS.ID", "indonews.id"),
    (None, "ANTARA News", None),
    (None, "detikcom", None),
    ("mailto:desk@example.org", None, None),
    ("not a url", "Antara", None),
    ("https://127.0.0.1/x", None, "127.0.0.1"),
])
def test_domain(url, site, expected) -> None:
    assert article_domain(url, site) == expected


def test_domain_from_the_url_wins_over_the_site() -> None:
    assert article_domain("https://www.antaranews.com/berita/1", "KOMPAS.com") == "antaranews.com"
    assert from_url("") is None and from_site("") is None


def test_records_carry_the_domain() -> None:
    rec = newsextract.extract(SEED).to_dict()
    assert (rec["site"], rec["domain"]) == ("INDONEWS.ID", "indonews.id")
    html = newsextract.extract(FIXTURES / "id_html_news.html").to_dict()
    assert html["domain"] == "example.id"


# point 8: fingerprint


def test_fingerprint_is_16_hex_digits_and_null_for_an_empty_body() -> None:
    rec = newsextract.extract(SEED).to_dict()
    assert re.fullmatch(r"[0-9a-f]{16}", rec["fingerprint"])
    assert model.Article(body="").to_dict()["fingerprint"] is None
    assert fingerprint("...") is None


def test_fingerprint_is_a_majority_of_shingle_hashes() -> None:
    """The README's definition, computed the plain way."""
    from hashlib import blake2b

    def h(word: str) -> int:
        return int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "big")

    def rot(x: int, r: int) -> int:
        return ((x << r) | (x >> (64 - r))) & (2 ** 64 - 1)

    words = "satu dua tiga empat lima tiga empat lima".split()
    shingles = [rot(h(a), 42) ^ rot(h(b), 21) ^ h(c) for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    expected = sum(1 << bit for bit in range(64)
                   if sum(s >> bit & 1 for s in shingles) * 2 > len(shingles))
    assert simhash("Satu, dua; TIGA empat lima - tiga empat lima.") == expected
    assert simhash("Satu dua") == rot(h("satu"), 21) ^ h("dua")
    assert simhash("satu") == h("satu")


def test_word_hashes_are_blake2b_whether_kept_or_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept hashes are the words' own, before and after the store is emptied."""
    from hashlib import blake2b

    from newsextract import fingerprint as fp

    words = "satu dua tiga satu dua empat".split()
    plain = b"".join(blake2b(w.encode(), digest_size=8).digest() for w in words)
    monkeypatch.setattr(fp, "_CACHE_SIZE", 2)
    assert fp._word_hashes(words) == plain  # (made)
    assert fp._word_hashes(words) == plain  # (the store over its size: emptied, made again)
    assert len(fp._WORD_HASHES) == 4
    monkeypatch.setattr(fp, "_CACHE_SIZE", 100)
    assert fp._word_hashes(words[::-1]) == b"".join(plain[i:i + 8] for i in range(40, -8, -8))  # (kept)


def test_near_bodies_have_near_fingerprints() -> None:
    body = newsextract.extract(SEED).body
    wire = newsextract.extract(FIXTURES / "en_wire.txt").body
    fp = fingerprint(body)
    assert fp is not None
    assert distance(fp, fingerprint(body.replace("Indonesia", "Indonesia", 1))) == 0
    assert distance(fp, fingerprint("JAKARTA (ANTARA) - " + body + " (Antara)")) <= NEAR
    assert distance(fp, fingerprint(wire)) > 2 * NEAR


def test_near_duplicates_finds_every_fingerprint_within_near_bits() -> None:
    import random

    rng = random.Random(7)
    seen = NearDuplicates()
    values = [rng.getrandbits(64) for _ in range(300)]
    for i, v in enumerate(values):
        seen.check(f"{v:016x}", f"doc{i}")
    for i, v in enumerate(values[:100]):
        for bit in rng.sample(range(64), i % (NEAR + 1)):
            v ^= 1 << bit
        assert seen.check(f"{v:016x}", "new") == f"doc{i}"
    far = values[0] ^ sum(1 << b for b in range(NEAR + 8))
    assert seen.check(f"{far:016x}", "far") is None
    assert seen.check(None, "empty") is None


# point 8: --dedupe


def test_dedupe_drops_near_duplicates_and_says_so(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("(Antara)", "") + "\n(Antara)\n", encoding="utf-8")
    shutil.copy(FIXTURES / "en_wire.txt", tmp_path / "c.txt")
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    plain = invoke("parse", "--fields", "source", str(tmp_path))
    assert len(plain.stdout.splitlines()) == 4
    result = invoke("parse", "--dedupe", "-v", "--fields", "source", str(tmp_path))
    assert result.exit_code == 0
    assert [Path(json.loads(x)["source"]).name for x in result.stdout.splitlines()] == ["a.txt", "c.txt"]
    assert timeless(result.stderr) == (
        f"newsextract: dropped {tmp_path / 'b.txt'}: a near-duplicate of {tmp_path / 'a.txt'}\n"
        f"newsextract: dropped {tmp_path / 'd.txt'}: a near-duplicate of {tmp_path / 'a.txt'}\n"
        "2 parsed, 2 near-duplicates dropped in T s\n")


# point 9: the library's extract()


def test_extract_takes_options_positionally() -> None:
    article = newsextract.extract(SEED.read_bytes(), Options(language="en"))
    assert article.language == "en"


def test_extract_none_says_what_it_expects() -> None:
    with pytest.raises(TypeError, match=r"^extract\(\) expects the page as bytes, text \(str\), a "
                                        r"path \(pathlib.Path\) or a file object, not NoneType$"):
        newsextract.extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Options object"):
        newsextract.extract(b"x", {"language": "en"})  # type: ignore[arg-type]


def test_extract_takes_a_path_and_file_objects(tmp_path: Path) -> None:
    expected = newsextract.extract(SEED.read_bytes()).to_dict()
    by_path = newsextract.extract(SEED).to_dict()
    assert by_path["source"] == str(SEED)
    assert {**by_path, "source": None} == expected
    with SEED.open("rb") as fh:
        assert newsextract.extract(fh).to_dict() == by_path
    with SEED.open(encoding="utf-8") as fh:
        assert newsextract.extract(fh, source="x").title == SEED_TITLE
    assert newsextract.extract(io.BytesIO(SEED.read_bytes())).to_dict() == expected
    import gzip

    packed = tmp_path / "page.txt.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    assert newsextract.extract(packed).title == SEED_TITLE


def test_a_str_is_page_text_even_when_a_file_has_that_name(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    article = newsextract.extract("page.txt")
    assert article.body != newsextract.extract(Path("page.txt")).body


def test_options_reject_an_unknown_language() -> None:
    known = ", ".join(available())
    with pytest.raises(ValueError, match=rf"^unknown language 'zz'; known: {known}$"):
        Options(language="zz")
    assert Options(language=" ID ").language == "id"


def test_domain_follows_the_public_suffix_list_as_its_package_reads_it() -> None:
    """Our per-label reading of the bundled list gives the package's own answers."""
    from publicsuffixlist import PSLFILE, PublicSuffixList

    from newsextract.domain import registrable

    psl = PublicSuffixList()
    with open(PSLFILE, encoding="utf-8") as fh:
        rules = [line for line in fh.read().splitlines() if line and not line.startswith("//")]
    hosts = ["www.ck", "a.b.ck", "ck", "city.kawasaki.jp", "a.city.kawasaki.jp", "y.x.kawasaki.jp",
             "example.zz", "localhost", "x.github.io", "github.io"]
    for rule in rules[::25]:
        base = rule.lstrip("!").replace("*", "w")
        hosts += [base, "a." + base, "b.a." + base]
    checked = 0
    for host in hosts:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            continue
        assert registrable(host) == psl.privatesuffix(host), host
        checked += 1
    assert checked > 1000
