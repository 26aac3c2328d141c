"""Hostile and broken input: one record each, no crash, no hang, no network, no entities."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsextract
from newsextract.batch import MAX_UNPACKED, Input, process
from newsextract.cli import main
from newsextract.errors import NotTextError
from newsextract.model import KEYS
from newsextract.options import Options
from tests.conftest import SEED

OPTS = Options()


def _record(data: bytes, name: str = "x") -> dict:
    """Run one input through the batch path, which turns every failure into a record."""
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=name, delete=False) as fh:
        fh.write(data)
    try:
        rec = process(Input(source=fh.name, path=fh.name), OPTS, timeout=60)
    finally:
        Path(fh.name).unlink()
    assert list(rec) == list(KEYS)
    return rec


def _timed(fn, limit: float):
    t = time.monotonic()
    out = fn()
    assert time.monotonic() - t < limit
    return out


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 10, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "PNG"),
    (b"\x7fELF\x02\x01\x01" + bytes(200), "executable"),
    (bytes(range(256)) * 50, "random bytes"),
])
def test_binary_inputs_are_not_text(data: bytes, what: str) -> None:
    rec = _record(data)
    assert rec["error"]["type"] == "not_text", what
    with pytest.raises(NotTextError):
        newsextract.extract(data)


def test_empty_and_blank_inputs() -> None:
    assert _record(b"")["error"]["type"] == "empty"
    assert _record(b" \n\t \n")["error"]["type"] == "empty"


def test_billion_laughs_is_harmless_and_fast() -> None:
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                      for i in range(1, 10))
           + b']><html><body><p>&lol9;</p><p>Ordinary text of the page, long enough to count.</p>'
           + b"</body></html>")
    rec = _timed(lambda: _record(lol, ".html"), 5)
    assert "lollollollollol" not in rec["body"]


def test_external_entity_is_not_read() -> None:
    xxe = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           b"<html><body><p>&xxe;</p><p>Some article text that is here.</p></body></html>")
    rec = _record(xxe, ".html")
    assert "root:" not in json.dumps(rec)


def test_twenty_megabyte_page() -> None:
    para = b"<p>" + b"Sentence of an enormous page that goes on and on. " * 40 + b"</p>\n"
    page = b"<html><body>" + para * (20_500_000 // len(para)) + b"</body></html>"
    rec = _timed(lambda: _record(page, ".html"), 120)
    assert rec["error"] is None or rec["error"]["type"] in ("too_large", "timeout")


def test_ten_megabyte_single_line() -> None:
    line = ("kata dia " * 1_200_000).encode()
    rec = _timed(lambda: _record(line, ".txt"), 60)
    assert rec["error"] is None


def test_deeply_nested_divs() -> None:
    page = b"<html><body>" + b"<div>" * 60_000 + b"<p>Deep text inside many divs.</p>" + \
        b"</div>" * 60_000 + b"</body></html>"
    rec = _timed(lambda: _record(page, ".html"), 30)
    assert list(rec) == list(KEYS)


def test_nul_bytes_inside_text() -> None:
    data = SEED.read_bytes().replace(b"Indonesia dan Vietnam menyepakati",
                                     b"Indonesia dan\x00 Vietnam menyepakati")
    rec = _record(data, ".txt")
    assert rec["error"] is None and "\x00" not in rec["body"]


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        chunk = b"\0" * (1 << 20)
        for _ in range(MAX_UNPACKED // len(chunk) + 8):
            fh.write(chunk)
    rec = _timed(lambda: process(Input(source=str(bomb), path=str(bomb)), OPTS, 60), 30)
    assert rec["error"]["type"] == "too_large"


def test_thousands_of_unmatched_quotes() -> None:
    text = ("Judul Berita Ini\n\nJakarta - " + "“kata " * 20000 + "dia.\n").encode()
    rec = _timed(lambda: _record(text, ".txt"), 20)
    assert rec["error"] is None


@pytest.mark.parametrize("run", ['"' * 200_000, "aB" * 100_000, "-" * 200_000])
def test_one_long_token_of_punctuation_or_joints(run: str) -> None:
    # (a pattern with \S* on both sides went back over such a token at every start: minutes)
    text = ("Judul\n\nJakarta - " + run + "\n").encode()
    rec = _timed(lambda: _record(text, ".txt"), 20)
    assert rec["error"] is None


@pytest.mark.parametrize("shape", ['Kepala Dinas (BIL), {} dan warga.',
                                   'Banjir di Palu Barat, {} dan warga.',
                                   'Hal itu disampaikan oleh {}: "Ini penting," katanya.'])
def test_one_glued_word_where_a_name_is_read(shape: str) -> None:
    # (a name's words that could end anywhere: every way of cutting the word was tried, hours)
    from newsextract.fields.quotes import extract_quotes
    from newsextract.profiles import get_profile

    par = '"Ini penting sekali bagi kita semua." ' + shape.format("Penulis" * 3000)
    quotes = _timed(lambda: extract_quotes([par, par], get_profile("id")), 20)
    assert quotes and quotes[0].text.startswith("Ini penting")


def test_long_read_also_line() -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "Baca juga : TNI", "Baca juga : " + "sangat panjang " * 3500 + "TNI")
    rec = _timed(lambda: _record(text.encode(), ".txt"), 20)
    assert rec["error"] is None
    assert all(len(r) < 300 for r in rec["related"])


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                          ("utf-16", b""), ("cp1252", b""), ("latin-1", b"")])
def test_encodings(encoding: str, bom: bytes) -> None:
    text = ("Café society returns to Zürich\n\nZÜRICH (Reuters) - The café owners of Zürich said on "
            "Monday that the season had been their best in a decade, with crème brûlée and "
            "rösti selling out before noon on most days of the summer.\n")
    data = bom + text.encode(encoding)
    a = newsextract.extract(data)
    assert "crème brûlée" in a.body and a.location == "Zürich"


def test_declared_charset_that_is_wrong() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<title>Berita</title></head><body><p>Hak cipta © KapanLagi.com® dan semua isi "
            "halaman ini dilindungi oleh undang-undang yang berlaku di negara ini.</p>"
            "</body></html>").encode("utf-8")
    text, enc = newsextract.decode.decode(page)
    assert "©" in text and "Â©" not in text and enc == "utf-8"


def test_navigation_only_page_has_empty_body_and_a_warning() -> None:
    items = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(60))
    page = f"<html><body><nav><ul>{items}</ul></nav><footer>Tentang Kami | Kontak | Pedoman Siber | Redaksi</footer></body></html>"
    a = newsextract.extract(page.encode())
    assert a.body == ""
    assert any("no article body" in w for w in a.warnings)


def test_cli_keeps_one_line_per_input_on_garbage(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "b.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "c.html").write_bytes(b"<html><body><div>" * 100)
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00")
    # (named one by one: a folder walk would pass over a.bin, which is no page by its name)
    names = [str(tmp_path / n) for n in ("a.bin", "b.txt", "c.html", "d.txt")]
    result = CliRunner().invoke(main, ["parse", "-j", "1", *names])
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert result.exit_code == 1


@pytest.mark.parametrize("unit", ["10/10/2010 ", "Rabu, 4 November 2015 | 21:04 WIB "])
def test_thousands_of_dates(unit: str) -> None:
    """Found by bench/fuzz.py: overlap checks between many dates were quadratic."""
    for data in ((unit * 20000).encode(), ("<html><body><p>" + unit * 20000 + "</p></body></html>").encode()):
        rec = _timed(lambda data=data: _record(data, ".txt"), 20)
        assert rec["error"] is None
