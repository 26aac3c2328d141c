"""The command line through click's runner (exact stdout, exit codes) and once installed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import newsextract
from newsextract.cli import main
from tests.conftest import FIXTURES, SEED

runner = CliRunner()


def _invoke(*args: str, input: bytes | None = None):
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def test_version() -> None:
    result = _invoke("--version")
    assert result.exit_code == 0
    assert result.output == f"newsextract, version {newsextract.__version__}\n"


def test_help_documents_exit_status() -> None:
    result = _invoke("--help")
    assert result.exit_code == 0
    assert "Exit status" in result.output and "130" in result.output
    result = _invoke("parse", "--help")
    assert "--format" in result.output and "--fields" in result.output


def test_parse_one_file_prints_one_json_record() -> None:
    result = _invoke("parse", str(SEED))
    assert result.exit_code == 0
    expected = newsextract.extract(SEED.read_bytes(), source=str(SEED)).to_dict()
    assert result.output == json.dumps(expected, ensure_ascii=False, separators=(",", ":")) + "\n"


def test_parse_stdin() -> None:
    result = _invoke("parse", "-", input=SEED.read_bytes())
    assert result.exit_code == 0
    rec = json.loads(result.output)
    assert rec["source"] == "-"
    assert rec["title"].startswith("Indonesia dan Vietnam")


def test_parse_folder_is_jsonl_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        shutil.copy(SEED, tmp_path / name)
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(FIXTURES / "en_wire.txt", sub / "c.txt")
    result = _invoke("parse", str(tmp_path))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [Path(json.loads(x)["source"]).name for x in lines] == ["a.txt", "b.txt", "c.txt"]


def test_fields_and_unknown_field() -> None:
    result = _invoke("parse", "--fields", "title,date", str(SEED))
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "title": "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN",
        "date": "2023-05-10T15:08:00+07:00",
    }
    result = runner.invoke(main, ["parse", "--fields", "title,nope", str(SEED)])
    assert result.exit_code == 2
    assert "unknown field(s): nope" in result.output


def test_missing_file_is_an_error_record_and_exit_3() -> None:
    result = runner.invoke(main, ["parse", "does-not-exist.txt"])
    assert result.exit_code == 3
    rec = json.loads(result.stdout)
    assert rec["error"] == {"type": "not_found", "message": "no such file: does-not-exist.txt"}
    assert rec["body"] == "" and rec["authors"] == []


def test_binary_and_empty_inputs_keep_their_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "c.txt").write_bytes(b"")
    result = runner.invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(recs) == 3
    assert recs[0]["error"] is None
    assert recs[1]["error"]["type"] == "not_text"
    assert recs[2]["error"]["type"] == "empty"


def test_csv_output() -> None:
    result = _invoke("parse", "--format", "csv", "--fields", "title,authors,location", str(SEED))
    assert result.exit_code == 0
    assert result.output == (
        "title,authors,location\n"
        "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN,very,"
        "Manggarai Barat\n"
    )


def test_output_file_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _invoke("parse", "-o", str(out), str(SEED), str(FIXTURES / "en_wire.txt"))
    assert result.exit_code == 0
    assert result.output == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_schema_command_and_records_validate() -> None:
    result = _invoke("schema")
    schema = json.loads(result.output)
    assert schema["required"] == list(newsextract.Article().to_dict())
    try:
        import jsonschema
    except ImportError:  # the test extra brings it; without it, check the keys by hand
        jsonschema = None
    for path in [SEED, *FIXTURES.glob("*.txt")]:
        rec = newsextract.extract(path.read_bytes(), source=str(path)).to_dict()
        assert list(rec) == schema["required"]
        if jsonschema:
            jsonschema.validate(rec, schema)


def test_explain_shows_labels_and_sources() -> None:
    result = runner.invoke(main, ["explain", str(SEED)], env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "body" in result.output and "boilerplate" in result.output
    assert "dateline" in result.output  # where location and site came from


def test_installed_entry_point() -> None:
    exe = shutil.which("newsextract")
    cmd = [exe] if exe else [sys.executable, "-m", "newsextract"]
    proc = subprocess.run(cmd + ["parse", "--fields", "title", str(SEED)], capture_output=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {
        "title": "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN"}
