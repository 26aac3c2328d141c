"""Property tests: whatever bytes, HTML or text come in, one valid record comes out, fast."""

from __future__ import annotations

import json
import time

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsextract
from newsextract.batch import Input, process
from newsextract.cli import main
from newsextract.errors import NewsExtractError
from newsextract.model import KEYS, json_schema
from newsextract.options import Options

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TAGS = ["div", "p", "span", "a", "h1", "h2", "li", "ul", "nav", "footer", "article", "script",
        "figure", "figcaption", "table", "tr", "td", "br", "time", "aside"]
WORDS = ["Jakarta", "-", "KOMPAS.com", "kata", "ujarnya", "“", "”", "\"", "Baca juga:",
         "Rabu, 10/05/2023 15:08 WIB", "Oleh :", "Editor:", "(Antara)", "said", "By", "the",
         "dan", "yang", "WASHINGTON (Reuters) -", "©", "Foto:", "\u00a0", "\u200b", ".", ","]


def _check(rec: dict) -> None:
    assert list(rec) == list(KEYS)
    json.dumps(rec, ensure_ascii=False)
    for key in ("authors", "editors", "tags", "quotes", "related", "images", "warnings"):
        assert isinstance(rec[key], list)
    assert isinstance(rec["body"], str)


def _extract(data) -> None:
    t = time.monotonic()
    try:
        rec = newsextract.extract(data).to_dict()
    except NewsExtractError:
        return
    _check(rec)
    assert time.monotonic() - t < 10


@SETTINGS
@given(st.binary(max_size=5000))
def test_random_bytes(data: bytes) -> None:
    _extract(data)


@st.composite
def html_trees(draw) -> str:
    out = ["<html><body>"]
    depth = 0
    for _ in range(draw(st.integers(1, 120))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            tag = draw(st.sampled_from(TAGS))
            cls = draw(st.sampled_from(["", ' class="content"', ' class="nav"', ' id="related"']))
            out.append(f"<{tag}{cls}>")
            depth += 1
        elif choice == 1 and depth:
            out.append(f"</{draw(st.sampled_from(TAGS))}>")
            depth -= 1
        else:
            out.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=40))))
    return "".join(out)


@SETTINGS
@given(html_trees())
def test_random_html(page: str) -> None:
    _extract(page.encode())
    _extract(page)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(WORDS + [" ", "\n", "\n\n", "  • "]), max_size=80),
                max_size=40))
def test_random_text(lines) -> None:
    _extract("\n".join(" ".join(words) for words in lines))


@SETTINGS
@given(st.text(max_size=3000))
def test_any_unicode_text(text: str) -> None:
    _extract(text)


@settings(max_examples=20, deadline=None)
@given(st.binary(max_size=3000))
def test_cli_gives_one_valid_record(data: bytes) -> None:
    result = CliRunner().invoke(main, ["parse", "-"], input=data)
    assert result.exit_code in (0, 1, 3)
    rec = json.loads(result.stdout)
    _check(rec)
    assert set(json_schema()["required"]) == set(rec)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_batch_path_never_raises(data: bytes) -> None:
    rec = process(Input(source="mem", data=data), Options(), timeout=10)
    _check(rec)
