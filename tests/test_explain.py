"""`newsextract explain`: JSON for scripts, a plain layout for pipes and narrow terminals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsextract
from newsextract import cli
from newsextract.pipeline import extract_with_trace
from tests.clitools import invoke
from tests.conftest import FIXTURES, SEED

WIRE = FIXTURES / "en_wire.txt"


def test_explain_json_lists_every_block_with_label_score_and_reason() -> None:
    result = invoke("explain", "--format", "json", str(WIRE))
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    article, trace = extract_with_trace(WIRE.read_bytes(), source=str(WIRE))
    assert (out["source"], out["format"], out["language"]) == (str(WIRE), "text", "en")
    assert [(b["index"], b["label"], b["reason"], b["text"]) for b in out["blocks"]] == [
        (b.index, b.label or None, b.reason, b.text) for b in trace.blocks]
    assert out["record"] == article.to_dict()
    fields = {f["field"]: f for f in out["fields"]}
    assert fields["site"] == {"field": "site", "value": "Reuters", "source": "dateline"}
    assert fields["body"]["value"] == f"{article.to_dict()['word_count']} words, 5 paragraphs"


def test_explain_plain_layout_puts_label_and_score_above_the_text() -> None:
    result = invoke("explain", "--format", "plain", str(WIRE), env={"COLUMNS": "60"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"Blocks of {WIRE} (text, en)"
    # (the heading holds the input's path, as long as the folder the tests run from)
    assert max(len(x) for x in lines[1:]) <= 60
    i = lines.index("    Port workers end strike after pay deal")
    assert lines[i - 1].startswith("#3 title, score ")
    assert "site      Reuters" in lines
    assert lines[lines.index("site      Reuters") + 1] == "          from: dateline"


def test_explain_is_plain_when_piped_and_a_table_on_a_wide_terminal(monkeypatch) -> None:
    piped = invoke("explain", str(WIRE), env={"COLUMNS": "200"})
    assert piped.stdout.startswith(f"Blocks of {WIRE} (text, en)\n\n#0 ")
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    wide = invoke("explain", str(WIRE), env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert "┃" in wide.stdout and "boilerplate" in wide.stdout and "dateline" in wide.stdout
    narrow = invoke("explain", str(WIRE), env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert narrow.stdout.startswith(f"Blocks of {WIRE} (text, en)\n\n#0 ")
    assert max(len(x) for x in narrow.stdout.splitlines()[1:]) <= 100


def test_explain_table_when_asked() -> None:
    result = invoke("explain", "--format", "table", str(SEED), env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "body" in result.stdout and "boilerplate" in result.stdout
    assert "dateline" in result.stdout  # where location and site came from


def test_explain_errors_read_like_parse(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke("explain", str(missing))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"newsextract: {missing}: not_found: no such file or folder\n"
    parse = invoke("parse", str(missing))
    assert parse.exit_code == result.exit_code and parse.stderr == result.stderr
    png = tmp_path / "x.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = invoke("explain", "-f", "json", str(png))
    assert result.exit_code == 3
    assert result.stderr == (f"newsextract: {png}: not_text: input is a PNG image, not a page "
                             "or a text dump\n")


def test_explain_refuses_a_folder(tmp_path: Path) -> None:
    result = invoke("explain", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: explain takes one page or dump, not a folder"


@pytest.mark.parametrize("path", [SEED, FIXTURES / "id_html_news.html"])
def test_explain_json_record_matches_parse(path: Path) -> None:
    out = json.loads(invoke("explain", "-f", "json", str(path)).stdout)
    assert out["record"] == newsextract.extract(path).to_dict()


def test_explain_names_the_closing_credit_as_the_authors_source(tmp_path: Path) -> None:
    page = tmp_path / "credit.html"
    page.write_text(
        "<html lang='id'><body><h1>Banjir Rendam Permukiman</h1><article>"
        "<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - Pemerintah daerah menggelar rapat "
        "koordinasi terkait penanganan banjir di sejumlah kawasan pada Senin pagi.</p>"
        "<p>Warga diminta tetap waspada dan melaporkan genangan melalui layanan pengaduan "
        "yang disediakan pemerintah kota selama musim hujan.</p>"
        "<p>(Tribunnews.com/Rina Marlina)</p></article></body></html>", encoding="utf-8")
    result = invoke("explain", "--format", "plain", str(page), env={"COLUMNS": "100"})
    lines = result.stdout.splitlines()
    assert "authors   Rina Marlina" in lines
    assert "credit closing the text" in lines[lines.index("authors   Rina Marlina") + 1]
