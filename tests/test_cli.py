"""The command line through click's runner: exact stdout, stderr and exit codes; and once installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import newsextract
from newsextract.profiles import available
from newsextract import cli
from tests.clitools import command, invoke, timeless
from tests.conftest import FIXTURES, SEED

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
SEED_TITLE = "Indonesia dan Vietnam Sepakati Kerja Sama Pemanfaatan Ruang Digital untuk ASEAN"
WIRE = FIXTURES / "en_wire.txt"


def _compact(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"newsextract, version {newsextract.__version__}\n"


def test_help_documents_exit_status_and_input_order() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Exit status" in result.stdout and "130" in result.stdout
    result = invoke("parse", "--help")
    assert "--format" in result.stdout and "--fields" in result.stdout
    assert "sorted path order" not in result.stdout
    assert "in the order the inputs are given" in result.stdout


def test_parse_one_file_prints_one_json_record() -> None:
    result = invoke("parse", str(SEED))
    assert result.exit_code == 0
    expected = newsextract.extract(SEED.read_bytes(), source=str(SEED)).to_dict()
    assert result.stdout == _compact(expected) + "\n"
    assert result.stderr == ""


def test_a_batch_runs_with_start_up_frozen_and_leaves_the_collector_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from newsextract import batch

    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, tmp_path / name)
    threshold = gc.get_threshold()
    seen = []
    original = batch.run

    def spying_run(*args, **kwargs):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return original(*args, **kwargs)

    monkeypatch.setattr(batch, "run", spying_run)
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    # while the batch ran: start-up's objects frozen, the youngest generation ten times larger
    assert seen == [((threshold[0] * 10, *threshold[1:]), True)]
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() == 0


def test_a_batch_leaves_its_objects_out_of_the_collectors_passes_at_the_process_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import atexit
    import gc

    registered = []
    monkeypatch.setattr(atexit, "register", registered.append)
    for _ in range(2):  # (two batches in one process: one call at its end)
        assert invoke("parse", str(SEED)).exit_code == 0
    assert registered == [cli._collector_at_exit] * 2  # (each batch unregisters the last first)
    assert gc.get_freeze_count() == 0  # (nothing frozen before the process ends)
    try:
        cli._collector_at_exit()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_process_that_writes_a_file_leaves_it_whole_and_no_part_file(tmp_path: Path) -> None:
    # (the collector's passes left out at the end: the writer's file is closed and its
    # temporary file replaced before then, by the program, not by the collector)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(command() + ["parse", "-q", "-o", str(out), "--fields", "title", str(SEED), str(SEED)],
                          capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").splitlines() == [json.dumps({"title": SEED_TITLE}, ensure_ascii=False,
                                                                         separators=(",", ":"))] * 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_parse_stdin() -> None:
    result = invoke("parse", "-", input=SEED.read_bytes())
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    assert rec["source"] == "-"
    assert rec["title"] == SEED_TITLE


def test_parse_folder_is_jsonl_with_the_folder_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        shutil.copy(SEED, tmp_path / name)
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(WIRE, sub / "c.txt")
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [Path(json.loads(x)["source"]).name for x in lines] == ["a.txt", "b.txt", "c.txt"]


def test_inputs_come_in_the_order_given(tmp_path: Path) -> None:
    result = invoke("parse", "--fields", "source", str(WIRE), str(SEED))
    assert result.stdout == f'{{"source":"{WIRE}"}}\n{{"source":"{SEED}"}}\n'


def test_fields_and_unknown_field() -> None:
    result = invoke("parse", "--fields", "title,date", str(SEED))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"title": SEED_TITLE, "date": "2023-05-10T15:08:00+07:00"}
    result = invoke("parse", "--fields", "title,nope", str(SEED))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--fields': unknown field(s): nope. Known: "
        + ", ".join(newsextract.Article().to_dict()))


# 1. failures are named on stderr, one line each, whether or not stderr is a terminal


def test_each_failure_is_one_line_on_stderr(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.html").write_bytes(PNG)
    (tmp_path / "c.txt").write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = invoke("parse", str(tmp_path), str(missing))
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsextract: {tmp_path / 'b.html'}: not_text: input is a PNG image, not a page or a text dump\n"
        f"newsextract: {tmp_path / 'c.txt'}: empty: input holds no text\n"
        f"newsextract: {missing}: not_found: no such file or folder\n")
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["error"] and r["error"]["type"] for r in recs] == [None, "not_text", "empty", "not_found"]
    quiet = invoke("parse", "--quiet", str(tmp_path), str(missing))
    assert quiet.exit_code == 1
    assert quiet.stderr == ""
    assert quiet.stdout == result.stdout


def test_summary_lists_the_kinds_of_failure(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.html").write_bytes(PNG)
    (tmp_path / "c.txt").write_bytes(b"")
    result = invoke("parse", "-v", str(tmp_path / "nope.txt"), str(tmp_path))
    assert timeless(result.stderr).splitlines()[-1] == \
        "1 parsed, 3 failed (not_found 1, not_text 1, empty 1) in T s"


def test_summary_line_counts() -> None:
    from newsextract.batch import Summary

    s = Summary(parsed=5, no_body=1, dropped=2, failures={"not_text": 2, "timeout": 1}, elapsed=1.25)
    assert cli.summary_line(s, dedupe=True) == (
        "5 parsed, 1 without a body, 3 failed (not_text 2, timeout 1), "
        "2 near-duplicates dropped in 1.2 s")
    assert cli.summary_line(Summary(parsed=1)) == "1 parsed in 0.0 s"


# 2. nothing to do is exit 3


def test_an_empty_folder_is_exit_3(tmp_path: Path) -> None:
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"newsextract: no page or dump to read in {tmp_path}\n"


def test_a_folder_of_non_pages_is_exit_3_and_says_how_many_were_skipped(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text("body{}")
    (tmp_path / "logo.png").write_bytes(PNG)
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr == (f"newsextract: no page or dump to read in {tmp_path} "
                             "(2 files skipped; -v names them)\n")


def test_inputs_that_all_fail_are_exit_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.html").write_bytes(PNG)
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 3
    assert len(result.stdout.splitlines()) == 2


def test_missing_file_is_an_error_record_and_exit_3() -> None:
    result = invoke("parse", "does-not-exist.txt")
    assert result.exit_code == 3
    rec = json.loads(result.stdout)
    assert rec["error"] == {"type": "not_found", "message": "no such file or folder"}
    assert rec["body"] == "" and rec["authors"] == []
    assert result.stderr == "newsextract: does-not-exist.txt: not_found: no such file or folder\n"


def test_binary_and_empty_inputs_keep_their_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.html").write_bytes(PNG)
    (tmp_path / "c.txt").write_bytes(b"")
    result = invoke("parse", str(tmp_path))
    assert result.exit_code == 1
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(recs) == 3
    assert recs[0]["error"] is None
    assert recs[1]["error"]["type"] == "not_text"
    assert recs[2]["error"]["type"] == "empty"


# 4. input habits: stdin when nothing is named, lists of paths from a file or stdin


def test_stdin_is_read_when_no_input_is_named() -> None:
    result = invoke("parse", "--fields", "source,title", input=SEED.read_bytes())
    assert result.exit_code == 0
    assert result.stdout == _compact({"source": "-", "title": SEED_TITLE}) + "\n"


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = invoke("parse")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "Error: no input: name files or folders, or pipe a page in (cat page.html | newsextract parse)")


def test_from_file_alone(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED}\n# a comment\n\n{WIRE}\n")
    result = invoke("parse", "--fields", "source", "--from-file", str(listing))
    assert result.exit_code == 0
    assert result.stdout == f'{{"source":"{SEED}"}}\n{{"source":"{WIRE}"}}\n'


def test_from_file_on_stdin_and_nul_separated() -> None:
    result = invoke("parse", "--fields", "source", "--from-file", "-", input=f"{WIRE}\n{SEED}\n")
    assert result.stdout == f'{{"source":"{WIRE}"}}\n{{"source":"{SEED}"}}\n'
    result = invoke("parse", "--fields", "source", "--from-file", "-", "-0",
                    input=f"{SEED}\0{WIRE}\0".encode())
    assert result.exit_code == 0
    assert result.stdout == f'{{"source":"{SEED}"}}\n{{"source":"{WIRE}"}}\n'


def test_stdin_cannot_be_list_and_input() -> None:
    result = invoke("parse", "--from-file", "-", "-", input="x\n")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: stdin cannot be both the list of paths (--from-file -) and an input (-)")


# 5. the output format follows -o's extension; json over several inputs is one array


@pytest.mark.parametrize("name,start", [
    ("table.csv", "source,title\n"),
    ("out.md", f"# {SEED_TITLE}\n"),
    ("out.txt", f"{SEED_TITLE}\n"),
    ("out.jsonl", '{"source":'),
    ("out.json", '[\n{"source":'),
])
def test_output_format_follows_the_extension(tmp_path: Path, name: str, start: str) -> None:
    out = tmp_path / name
    result = invoke("parse", "--fields", "source,title", "-o", str(out), str(SEED), str(WIRE))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith(start)


def test_format_flag_wins_over_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    invoke("parse", "--format", "jsonl", "--fields", "source", "-o", str(out), str(SEED), str(WIRE))
    assert out.read_text() == f'{{"source":"{SEED}"}}\n{{"source":"{WIRE}"}}\n'


def test_json_over_several_inputs_is_one_array() -> None:
    result = invoke("parse", "--format", "json", "--fields", "source", str(SEED), str(WIRE))
    assert result.exit_code == 0
    assert result.stdout == f'[\n{{"source":"{SEED}"}},\n{{"source":"{WIRE}"}}\n]\n'
    assert json.loads(result.stdout) == [{"source": str(SEED)}, {"source": str(WIRE)}]


def test_json_over_a_folder_with_nothing_parsed_is_still_an_array(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    result = invoke("parse", "--format", "json", "--fields", "source", str(tmp_path))
    assert json.loads(result.stdout) == [{"source": str(tmp_path / "a.txt")}]


# 6. an unknown --language is a usage error listing the known codes


def test_unknown_language_is_a_usage_error() -> None:
    result = invoke("parse", "--language", "zz", str(SEED))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--language' / '-l': unknown language 'zz'; known: "
        + ", ".join(available()))
    result = invoke("explain", "-l", "zz", str(SEED))
    assert result.exit_code == 2


def test_language_code_in_any_case() -> None:
    result = invoke("parse", "-l", "EN", "--fields", "language", str(SEED))
    assert result.stdout == '{"language":"en"}\n'


# 9. small contract slips


def test_output_to_a_missing_folder_names_the_path(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "x.jsonl"
    result = invoke("parse", "-o", str(out), str(SEED))
    assert result.exit_code == 3
    assert result.stderr == f"newsextract: cannot write {out}: No such file or directory\n"


def test_jobs_0_means_all_cores(tmp_path: Path) -> None:
    for i in range(3):
        shutil.copy(SEED, tmp_path / f"{i}.txt")
    result = invoke("parse", "-j", "0", "--fields", "title", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == _compact({"title": SEED_TITLE}) + "\n" * 1 + (
        _compact({"title": SEED_TITLE}) + "\n") * 2
    assert invoke("parse", "-j", "-1", str(SEED)).exit_code == 2


def test_csv_output() -> None:
    result = invoke("parse", "--format", "csv", "--fields", "title,authors,location", str(SEED))
    assert result.exit_code == 0
    assert result.stdout == (
        "title,authors,location\n"
        f"{SEED_TITLE},very,Manggarai Barat\n"
    )


def test_output_file_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("parse", "-o", str(out), str(SEED), str(WIRE))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_schema_command_and_records_validate() -> None:
    result = invoke("schema")
    schema = json.loads(result.stdout)
    assert schema["required"] == list(newsextract.Article().to_dict())
    try:
        import jsonschema
    except ImportError:  # the test extra brings it; without it, check the keys by hand
        jsonschema = None
    for path in [SEED, *FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")]:
        rec = newsextract.extract(path.read_bytes(), source=str(path)).to_dict()
        assert list(rec) == schema["required"]
        if jsonschema:
            jsonschema.validate(rec, schema)


def test_installed_entry_point() -> None:
    proc = subprocess.run(command() + ["parse", "--fields", "title", str(SEED)], capture_output=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"title": SEED_TITLE}


def test_json_is_pretty_on_a_terminal_one_record_or_an_array(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    one = invoke("parse", "--fields", "source", str(SEED))
    assert one.stdout == f'{{\n  "source": "{SEED}"\n}}\n'
    several = invoke("parse", "-f", "json", "--fields", "source", str(SEED), str(WIRE))
    assert several.stdout == f'[\n  {{\n    "source": "{SEED}"\n  }},\n  {{\n    "source": "{WIRE}"\n  }}\n]\n'
    lines = invoke("parse", "--fields", "source", str(SEED), str(WIRE))
    assert lines.stdout == f'{{"source":"{SEED}"}}\n{{"source":"{WIRE}"}}\n'  # JSON Lines stay compact
