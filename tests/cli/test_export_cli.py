"""`regworkshop export agenda`: the handout from the command line, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from regworkshop import cli
from regworkshop.services.project.project_service import load_project, new_project
from regworkshop.services.sessions.session_service import SessionService
from tests.conftest import DEVICE
from tests.store.helpers import assert_untouched, snapshot


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def session_id(path: Path, title: str) -> str:
    store = load_project(path, device_id=DEVICE, backup_dir=path.parent / "backups")
    try:
        return next(s.id for s in SessionService(store).list() if s.title == title)
    finally:
        store.close()


def test_export_agenda_by_id_prefix(capsys, demo_copy, tmp_path):
    key = session_id(demo_copy, "Workshop 1 – Halmstad")[:8]
    out = tmp_path / "dagordning.pdf"
    assert cli.run(["export", "agenda", str(demo_copy), "--session", key, "-o", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert stdout.startswith(f"wrote {out}") and "Workshop 1 – Halmstad" in stdout
    text = text_of(out)
    assert "Workshop · Dagordning" in text  # the project's language (Swedish)
    assert "Vilka möjligheter ser ni" in text
    assert "Halmstads kommun" in text
    assert len(PdfReader(str(out)).pages) == 1


def test_export_agenda_in_english(capsys, demo_copy, tmp_path):
    key = session_id(demo_copy, "Uppstartsmöte")
    out = tmp_path / "agenda.pdf"
    argv = ["export", "agenda", str(demo_copy), "--session", key, "-o", str(out), "--lang", "en"]
    assert cli.run(argv) == 0
    assert "Kickoff · Agenda" in text_of(out)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--session", "nope-nope"], ["no session with id nope-nope"]),
        (["--session", "{id}", "-o", "{tmp}/saknas/x.pdf"], ["saknas", "does not exist"]),
    ],
    ids=["unknown-session", "missing-folder"],
)
def test_export_agenda_errors_exit_2_with_one_line(capsys, demo_copy, tmp_path, args, words):
    key = session_id(demo_copy, "Workshop 1 – Halmstad")
    argv = ["export", "agenda", str(demo_copy), "-o", str(tmp_path / "x.pdf")]
    argv += [a.format(id=key, tmp=tmp_path) for a in args]
    before = snapshot(tmp_path)
    assert cli.run(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err
    for word in words:
        assert word in err
    assert_untouched(before, tmp_path, wal_db=demo_copy.name)


def test_export_agenda_of_an_empty_agenda_says_so(capsys, tmp_path):
    path = tmp_path / "tom.rwproj"
    store = new_project(path, "Tomt", device_id=DEVICE)
    key = SessionService(store).create("Möte utan dagordning").id
    store.close()
    assert (
        cli.run(["export", "agenda", str(path), "--session", key, "-o", str(tmp_path / "a.pdf")])
        == 2
    )
    assert "no agenda items" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()


def test_export_without_a_document_or_session_exits_2(capsys, demo_copy):
    assert cli.run(["export"]) == 2
    assert "agenda" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        cli.run(["export", "agenda", str(demo_copy), "-o", "x.pdf"])
    assert exit_info.value.code == 2
    assert "--session" in capsys.readouterr().err
