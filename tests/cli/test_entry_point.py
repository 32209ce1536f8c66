"""`python -m regworkshop`: the parser alone says which commands exist; a typo never opens the app.

Every command listed by `--help` runs in a subprocess without a display: one that fell
through to the GUI would abort or hang there, and the timeout would say so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from regworkshop import cli
from regworkshop.__main__ import names_something_to_open
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.project.project_service import load_project
from regworkshop.services.sessions.session_service import SessionService
from tests.cli.entry_point import run_regworkshop
from tests.conftest import DEVICE

# In the COMMAND list a name is indented four spaces; wrapped help lines are indented more.
COMMAND_LINE = re.compile(r"^ {4}([a-z][a-z-]*)(?:\s|$)")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("entry-home")


def listed_commands(help_text: str) -> list[str]:
    """Return the COMMANDs that `regworkshop --help` lists, in its order."""
    section = help_text.split("positional arguments:", 1)[1].split("options:", 1)[0]
    return [m.group(1) for line in section.splitlines() if (m := COMMAND_LINE.match(line))]


def test_every_command_in_help_answers_without_a_display(home):
    top = run_regworkshop(home, "--help")
    assert top.returncode == 0, top.stderr
    commands = listed_commands(top.stdout)
    assert {"notes", "photo", "info", "export"} <= set(commands)
    assert set(commands) == cli.subcommand_names()
    for command in commands:
        proc = run_regworkshop(home, command, "--help")
        assert proc.returncode == 0, (command, proc.stderr)
        assert proc.stdout.startswith(f"usage: regworkshop {command} "), (command, proc.stdout)
        assert "--help" in proc.stdout
        assert proc.stderr == ""


def test_notes_list_prints_a_sessions_notes_without_a_display(home, demo_path):
    store = load_project(demo_path, device_id=DEVICE)
    try:
        session = next(s for s in SessionService(store).list() if s.kind == "workshop")
        notes = NoteService(store).list(session.id)
    finally:
        store.close()
    assert notes
    proc = run_regworkshop(home, "notes", "list", demo_path, session.id[:8])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"{session.title}: {len(notes)} notes, ")
    printed = [line for line in lines if line.startswith("  - ")]
    assert len(printed) == len([n for n in notes if n.theme_id])
    assert f"  - {' '.join(notes[0].text.split())}" in proc.stdout


def test_a_typo_exits_2_with_one_line_that_suggests_the_command(home):
    proc = run_regworkshop(home, "infos", "x")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("regworkshop: unknown command 'infos'")
    assert "info" in lines[0].removeprefix("regworkshop: unknown command 'infos'")


def test_a_word_like_no_command_exits_2_with_one_line(home):
    proc = run_regworkshop(home, "xyzzy")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [cli.unknown_command("xyzzy")]
    assert "did you mean" not in proc.stderr


def test_an_unknown_option_exits_2_with_one_line(home):
    proc = run_regworkshop(home, "--bogus")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["regworkshop: unrecognized arguments: --bogus"]


@pytest.mark.parametrize(
    "arg",
    [
        "nytt.rwproj",
        "KOLLEGA.RWBUNDLE",
        "postgresql://planner@localhost/halland",
        "mapp/finns-inte",
        "./halland",
    ],
)
def test_projects_bundles_urls_and_paths_go_to_the_app(arg):
    assert names_something_to_open(arg)
    assert not cli.is_command_line([arg])


def test_an_existing_file_goes_to_the_app_whatever_its_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "halland").write_bytes(b"")
    assert names_something_to_open("halland")
    assert not names_something_to_open("infos")


def test_commands_and_options_go_to_the_command_line():
    assert all(cli.is_command_line([name, "x"]) for name in cli.subcommand_names())
    assert cli.is_command_line(["--help"]) and cli.is_command_line(["--version"])
    assert not cli.is_command_line([])
