"""The command line: the real entry point as a subprocess, the rest in-process.

Exit codes: 0 success, 1 the check found problems, 2 a bad path, file or arguments
(one line on stderr, never a traceback).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from regworkshop import __version__, cli
from regworkshop.__main__ import main
from regworkshop.services.project.project_service import load_project, new_project, overview
from regworkshop.services.safety.project_check import check_project
from tests.cli.entry_point import run_regworkshop
from tests.conftest import DEVICE
from tests.store.helpers import assert_untouched, damaged_copy, query, snapshot, sql

# --- helpers ---------------------------------------------------------------------------------


def run_cli(home: Path, *args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m regworkshop ARGS` in a clean environment with its own home folder."""
    return run_regworkshop(home, *args, cwd=cwd, timeout=120)


def assert_one_error_line(stderr: str, *words: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("regworkshop: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


def write_text_file(folder: Path) -> Path:
    path = folder / "text.rwproj"
    path.write_text("Det här är ingen databas.\n", encoding="utf-8")
    return path


def write_foreign_sqlite(folder: Path) -> Path:
    path = folder / "annat.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO foo (name) VALUES ('bar')")
    conn.commit()
    conn.close()
    return path


def write_folder(folder: Path) -> Path:
    path = folder / "mapp.rwproj"
    path.mkdir()
    return path


def write_empty_file(folder: Path) -> Path:
    path = folder / "tom.rwproj"
    path.touch()
    return path


def missing(folder: Path) -> Path:
    return folder / "finns-inte.rwproj"


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli-home")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, cli_home) -> Path:
    """A demo project made once by `regworkshop demo`; tests work on copies."""
    path = tmp_path_factory.mktemp("cli-demo") / "halland.rwproj"
    proc = run_cli(cli_home, "demo", path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith(f"created {path}: ")
    assert "19 actors" in proc.stdout and "notes" in proc.stdout
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    path = tmp_path / "demo.rwproj"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def files(tmp_path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


# --- the real entry point, as a subprocess ---------------------------------------------------


def test_help(cli_home):
    proc = run_cli(cli_home, "--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: regworkshop")
    for command in sorted(cli.subcommand_names()):
        assert command in proc.stdout
    assert proc.stderr == ""


def test_new_then_new_again(cli_home, tmp_path):
    path = tmp_path / "nytt.rwproj"
    proc = run_cli(cli_home, "new", path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"created {path}"
    assert path.is_file()
    assert check_project(path).ok
    before = snapshot(tmp_path)

    again = run_cli(cli_home, "new", path)
    assert again.returncode == 2
    assert again.stdout == ""
    assert_one_error_line(again.stderr, str(path), "already exists")
    assert_untouched(before, tmp_path)


def test_demo_makes_a_sound_closed_project(demo_file):
    # Closed cleanly: the WAL was folded back into the file and removed.
    assert not Path(f"{demo_file}-wal").exists()
    assert not Path(f"{demo_file}-shm").exists()
    report = check_project(demo_file)
    assert report.ok, report.problems


def test_info(cli_home, demo_copy):
    proc = run_cli(cli_home, "info", demo_copy)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0] == "Regionalt planeringsunderlag Halland 2026"
    assert lines[1].startswith("  id: ")
    assert any(line.startswith("  conduct: ") and "workshops 2" in line for line in lines)
    assert any("kickoff" in line and "Uppstartsmöte" in line for line in lines)
    assert any("Workshop 1 – Halmstad" in line for line in lines)


def test_info_json_matches_the_demo(cli_home, demo_copy, tmp_path):
    proc = run_cli(cli_home, "info", "--json", demo_copy)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"format", "id", "title", "counts", "sessions"}
    assert data["format"] == "regworkshop-info/1"
    assert set(data["counts"]) == {"actors", "people", "sessions", "notes", "insights", "themes"}
    store = load_project(demo_copy, device_id=DEVICE, backup_dir=tmp_path / "backups")
    try:
        info = overview(store)
    finally:
        store.close()
    assert data == info.as_json()
    assert data["counts"]["notes"] == query(demo_copy, "SELECT count(*) FROM rw_note")[0][0]
    assert data["counts"]["notes"] >= 200
    assert data["counts"]["themes"] == 5
    assert len(data["sessions"]) == data["counts"]["sessions"]
    assert all(set(s) == {"id", "kind", "title", "date"} for s in data["sessions"])


def test_check_ok(cli_home, demo_copy):
    proc = run_cli(cli_home, "check", demo_copy)
    assert proc.returncode == 0
    assert proc.stdout.strip() == (
        f"{demo_copy}: ok (SQLite integrity check passed; no broken links)"
    )
    assert proc.stderr == ""


def test_check_on_a_damaged_copy_exits_1(cli_home, demo_file, files):
    path = damaged_copy(demo_file, files / "skadad.rwproj", table="rw_note")
    before = snapshot(files)
    proc = run_cli(cli_home, "check", path)
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{path}: PROBLEMS FOUND")
    assert "  - SQLite: " in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert_untouched(before, files, wal_db=path.name)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(missing, "no such file", id="missing"),
        pytest.param(write_foreign_sqlite, "another program", id="foreign-sqlite"),
    ],
)
def test_info_on_a_bad_path_exits_2(cli_home, files, make, words):
    path = make(files)
    before = snapshot(files)
    proc = run_cli(cli_home, "info", path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert_one_error_line(proc.stderr, str(path), words)
    assert_untouched(before, files)


# --- the same entry point, in-process --------------------------------------------------------


BAD_FILES = [
    pytest.param(missing, "no such file", id="missing"),
    pytest.param(write_text_file, "not a SQLite database", id="text-file"),
    pytest.param(write_empty_file, "the file is empty", id="empty-file"),
    pytest.param(write_folder, "it is a folder", id="folder"),
    pytest.param(write_foreign_sqlite, "another program", id="foreign-sqlite"),
]


@pytest.mark.parametrize(("make", "words"), BAD_FILES)
@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["check"]])
def test_a_bad_file_exits_2_with_one_line(capsys, files, command, make, words):
    path = make(files)
    before = snapshot(files)
    assert main([*command, str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, str(path), words)
    assert_untouched(before, files)


def test_info_on_a_damaged_file_exits_2(capsys, demo_file, files):
    path = damaged_copy(demo_file, files / "skadad.rwproj", table="rw_note")
    before = snapshot(files)
    assert main(["info", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, "damaged")
    assert_untouched(before, files, wal_db=path.name)


def test_info_on_a_newer_project_names_the_version(capsys, demo_copy, tmp_path):
    sql(
        demo_copy,
        "UPDATE alembic_version SET version_num = '9999_future'",
        "UPDATE rw_meta SET value = '4.2.0' WHERE key = 'app_version'",
    )
    before = snapshot(tmp_path)
    assert main(["info", str(demo_copy)]) == 2
    _, err = capsys.readouterr()
    assert_one_error_line(err, "RegWorkshop 4.2.0", "9999_future")
    assert_untouched(before, tmp_path, wal_db=demo_copy.name)


def test_check_finds_an_orphan_note(capsys, demo_copy):
    sql(
        demo_copy,
        "INSERT INTO rw_note (id, session_id, text, position, is_quote, votes, created_at, "
        "updated_at, device_id) VALUES ('orphan', 'gone', 'x', 0, 0, 0, "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00', '')",
    )
    assert main(["check", str(demo_copy)]) == 1
    out, err = capsys.readouterr()
    assert "PROBLEMS FOUND" in out
    assert "  - 1 notes whose session is missing" in out
    assert err == ""


def test_new_adds_the_suffix_and_uses_the_file_name_as_title(capsys, tmp_path):
    assert cli.run(["new", str(tmp_path / "Kustplan")]) == 0
    path = tmp_path / "Kustplan.rwproj"
    assert capsys.readouterr().out.strip() == f"created {path}"
    assert query(path, "SELECT title, language FROM rw_project") == [("Kustplan", "sv")]


def test_new_with_title_and_english(capsys, tmp_path):
    path = tmp_path / "coast.rwproj"
    assert cli.run(["new", str(path), "--title", "Kustplan 2027 – Halland", "--lang", "en"]) == 0
    assert query(path, "SELECT title, language FROM rw_project") == [
        ("Kustplan 2027 – Halland", "en")
    ]
    names = [row[0] for row in query(path, "SELECT name FROM rw_theme ORDER BY position")]
    assert names[0] == "Opportunities"


def test_new_uses_one_device_id_from_the_home_folder(capsys, tmp_path, private_home):
    cli.run(["new", str(tmp_path / "a.rwproj")])
    cli.run(["new", str(tmp_path / "b.rwproj")])
    device = (private_home / "config" / "device-id").read_text(encoding="ascii").strip()
    for name in ("a.rwproj", "b.rwproj"):
        assert query(tmp_path / name, "SELECT device_id FROM rw_project") == [(device,)]


def test_new_in_a_missing_folder_exits_2(capsys, tmp_path):
    target = tmp_path / "finns-inte" / "projekt.rwproj"
    assert cli.run(["new", str(target)]) == 2
    assert_one_error_line(capsys.readouterr().err, "folder does not exist")
    assert not target.parent.exists()


def test_demo_refuses_an_existing_file(capsys, demo_copy, tmp_path):
    before = snapshot(tmp_path)
    assert cli.run(["demo", str(demo_copy)]) == 2
    assert_one_error_line(capsys.readouterr().err, "already exists")
    assert_untouched(before, tmp_path)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"RegWorkshop {__version__}"


@pytest.mark.parametrize(
    "argv",
    [["info"], ["new", "x.rwproj", "--lang", "de"], ["check", "a", "b"], ["info", "--bogus", "p"]],
    ids=["missing-path", "bad-language", "extra-argument", "unknown-option"],
)
def test_bad_arguments_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        cli.run(argv)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1
    assert err.startswith("regworkshop")


def test_no_subcommand_prints_help_and_exits_2(capsys):
    assert cli.run([]) == 2
    assert capsys.readouterr().out.startswith("usage: regworkshop")


def test_info_of_a_new_project_in_process(capsys, tmp_path):
    path = tmp_path / "litet.rwproj"
    new_project(path, "Litet & <nytt> 🌱", device_id=DEVICE).close()
    assert cli.run(["info", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Litet & <nytt> 🌱"
    assert data["counts"]["themes"] == 5
    assert data["sessions"] == []
