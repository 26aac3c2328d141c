"""Inputs: what a folder walk takes and skips, -g/--glob, archives by name and by magic."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsextract.inputs import GlobFilter, Skipped, expand, walk, why_not_a_page
from tests.clitools import invoke
from tests.conftest import SEED

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PAGE = b"<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello</p></body></html>"


def _mirror(root: Path) -> None:
    """A small site mirror: pages and dumps beside the files a mirror also holds."""
    files = {
        "index.html": PAGE,
        "news/2024/story.htm": PAGE,
        "news/2024/story.php?id=5": PAGE,
        "news/dump.txt": SEED.read_bytes(),
        "news/notes.md": SEED.read_bytes(),
        "news/page.shtml.gz": gzip.compress(PAGE),
        "news/saved": SEED.read_bytes(),  # no extension, text: a dump
        "news/page.1": PAGE,  # another extension, opens like HTML
        "assets/site.css": b"body { color: red }",
        "assets/app.js": b"console.log('<html>')",
        "assets/data.json": b'{"a": 1}',
        "assets/logo.png": PNG,
        "assets/blob": PNG,  # no extension, binary
        "robots.txt": b"User-agent: *\n",
        ".hidden.html": PAGE,
        ".git/config.txt": b"[core]\n",
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _rel(root: Path, paths) -> list:
    return [str(Path(p).relative_to(root)) for p in paths]


def test_a_walk_takes_pages_dumps_and_archives_only(tmp_path: Path) -> None:
    _mirror(tmp_path)
    skipped: list = []
    found = walk(str(tmp_path), skipped=skipped)
    assert _rel(tmp_path, found) == [
        "index.html", "news/2024/story.htm", "news/2024/story.php?id=5", "news/dump.txt",
        "news/notes.md", "news/page.1", "news/page.shtml.gz", "news/saved"]
    assert sorted((str(Path(s.path).relative_to(tmp_path)), s.reason) for s in skipped) == [
        (".git", "hidden folder"),
        (".hidden.html", "hidden file"),
        ("assets/app.js", "not a page (.js)"),
        ("assets/blob", "not a page (a PNG image)"),
        ("assets/data.json", "not a page (.json)"),
        ("assets/logo.png", "not a page (.png)"),
        ("assets/site.css", "not a page (.css)"),
        ("robots.txt", "not a page (a site file)"),
    ]


def test_verbose_names_what_a_walk_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.css").write_text("p{}")
    result = invoke("parse", "-v", "--fields", "source", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == f'{{"source":"{tmp_path / "a.txt"}"}}\n'
    assert result.stderr.splitlines()[0] == f"newsextract: skipped {tmp_path / 'b.css'}: not a page (.css)"
    quiet = invoke("parse", "--fields", "source", str(tmp_path))
    assert quiet.stderr == ""


def test_files_named_one_by_one_are_always_read(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text("body { color: red }")
    result = invoke("parse", "--fields", "source,format", str(tmp_path / "style.css"))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"source": str(tmp_path / "style.css"), "format": "text"}


@pytest.mark.parametrize("globs,expected", [
    (["*.txt"], ["news/dump.txt", "robots.txt"]),  # an include glob takes what it matches
    (["!news/**"], ["index.html"]),
    (["!news/"], ["index.html"]),
    (["*.htm*", "!story.*"], ["index.html"]),
    (["!story.*", "*.htm*"], ["index.html", "news/2024/story.htm"]),  # the last match wins
    (["news/2024/*"], ["news/2024/story.htm", "news/2024/story.php?id=5"]),
    (["./news/2024/*.htm", "/index.*"], ["index.html", "news/2024/story.htm"]),
    (["**/2024/story.ph?*"], ["news/2024/story.php?id=5"]),
    (["*.[ms]d"], ["news/notes.md"]),
    (["!*.[!t]*"], ["news/dump.txt", "news/saved"]),
])
def test_globs_steer_walks_like_ripgrep(tmp_path: Path, globs, expected) -> None:
    _mirror(tmp_path)
    assert _rel(tmp_path, walk(str(tmp_path), GlobFilter(globs))) == expected


def test_glob_option_on_the_command_line(tmp_path: Path) -> None:
    _mirror(tmp_path)
    result = invoke("parse", "--fields", "source", "-g", "*.txt", "-g", "!robots.txt", str(tmp_path))
    assert result.stdout == f'{{"source":"{tmp_path / "news" / "dump.txt"}"}}\n'


def test_glob_filter_rules() -> None:
    f = GlobFilter(["*.html", "!drafts/", "!*.tmp.html"])
    assert f.decide("a/b/page.html") is True
    assert f.decide("a/page.tmp.html") is False
    assert f.decide("drafts", is_dir=True) is False
    assert f.decide("a/drafts", is_dir=True) is False
    assert f.decide("page.txt") is None
    assert f.has_includes and not GlobFilter(["!x"]).has_includes


def _warc_bytes(pages) -> bytes:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_archives_are_found_by_magic_as_well_as_by_name(tmp_path: Path) -> None:
    data = _warc_bytes([("https://example.org/a", PAGE), ("https://example.org/b", PAGE)])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    (tmp_path / "crawl-2.dat").write_bytes(data)  # an archive under another name
    assert why_not_a_page(str(tmp_path / "crawl-2.dat")) is None
    inputs = expand([str(tmp_path)])
    assert [(Path(i.path).name, i.url) for i in inputs] == [
        ("crawl-2.dat", "https://example.org/a"), ("crawl-2.dat", "https://example.org/b"),
        ("crawl.warc.gz", "https://example.org/a"), ("crawl.warc.gz", "https://example.org/b")]
    named = expand([str(tmp_path / "crawl-2.dat")])
    assert [i.offset is not None for i in named] == [True, True]


def test_a_broken_archive_is_an_error_input(tmp_path: Path) -> None:
    data = _warc_bytes([("https://example.org/a", PAGE)])
    (tmp_path / "bad.warc.gz").write_bytes(data + b"\x1f\x8b garbage that is no gzip member")
    inputs = expand([str(tmp_path / "bad.warc.gz")])
    assert inputs[0].url == "https://example.org/a"
    assert inputs[-1].error is not None and inputs[-1].error[0] == "warc"
    assert inputs[-1].source == f"{tmp_path / 'bad.warc.gz'}#after-1-records"


def test_expand_keeps_the_order_given_and_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    skipped: list = []
    inputs = expand([str(tmp_path / "b.txt"), str(tmp_path / "nope"), str(tmp_path / "*.md"),
                     str(tmp_path)], skipped=skipped)
    assert [(Path(i.source).name, i.error) for i in inputs] == [
        ("b.txt", None), ("nope", ("not_found", "no such file or folder")),
        ("*.md", ("not_found", "no file matches this pattern")), ("a.txt", None), ("b.txt", None)]
    assert skipped == []
    assert Skipped("x", "y").reason == "y"


def test_an_archive_of_one_record_still_prints_json_lines(tmp_path: Path) -> None:
    (tmp_path / "one.warc.gz").write_bytes(_warc_bytes([("https://www.example.id/a", PAGE)]))
    result = invoke("parse", "--fields", "url,domain", str(tmp_path / "one.warc.gz"))
    assert result.exit_code == 0
    assert result.stdout == '{"url":"https://www.example.id/a","domain":"example.id"}\n'


def test_a_missing_list_of_paths_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("parse", "--from-file", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("size", [0, 1, 9, 10, 11, 5000])
def test_a_file_is_read_up_to_the_limit_and_no_further(tmp_path: Path, size: int) -> None:
    from newsextract.inputs import _read_at_most

    path = tmp_path / "page.html"
    path.write_bytes((bytes(range(256)) * 20)[:size])
    whole = path.read_bytes()
    with open(path, "rb") as fh:
        assert _read_at_most(fh, 11) == whole[:11]  # (the limit plus the byte that tells)
    with open(path, "rb") as fh:
        assert _read_at_most(fh, 1 << 20) == whole


def test_a_pipe_with_no_size_is_read_to_the_limit() -> None:
    import os

    from newsextract.inputs import _read_at_most

    r, w = os.pipe()
    os.write(w, b"<p>Hello</p>" * 10)
    os.close(w)
    with open(r, "rb") as fh:
        assert _read_at_most(fh, 25) == (b"<p>Hello</p>" * 10)[:25]
