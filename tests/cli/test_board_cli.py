"""`regworkshop notes list|add` and `regworkshop photo add`, in-process on a demo project."""

from __future__ import annotations

from regworkshop import cli
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.project.project_service import load_project
from regworkshop.services.sessions.session_service import SessionService
from tests.conftest import DEVICE

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def workshop(path) -> str:
    store = load_project(path, device_id=DEVICE)
    try:
        return next(s.id for s in SessionService(store).list() if s.kind == "workshop")
    finally:
        store.close()


def test_add_and_list_notes(demo_path, capsys):
    session_id = workshop(demo_path)
    assert (
        cli.run(
            [
                "notes",
                "add",
                str(demo_path),
                session_id[:8],
                "--theme",
                "utmaningar",
                "Färjan <går> för sällan & dyrt",
            ]
        )
        == 0
    )
    assert cli.run(["notes", "list", str(demo_path), session_id]) == 0
    out = capsys.readouterr().out
    assert "Färjan <går> för sällan & dyrt" in out and "Utmaningar (" in out
    store = load_project(demo_path, device_id=DEVICE)
    assert any(n.text.startswith("Färjan") for n in NoteService(store).list(session_id))
    store.close()


def test_bad_input_is_one_line_and_exit_2(demo_path, capsys, tmp_path):
    session_id = workshop(demo_path)
    assert cli.run(["notes", "add", str(demo_path), session_id, "--theme", "Finns inte", "x"]) == 2
    assert cli.run(["notes", "add", str(demo_path), session_id, "--theme", "Utmaningar", " "]) == 2
    text = tmp_path / "inte-en-bild.png"
    text.write_text("hej")
    assert cli.run(["photo", "add", str(demo_path), session_id, str(text)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("regworkshop: ") for line in err)


def test_photo_add(demo_path, tmp_path):
    session_id = workshop(demo_path)
    picture = tmp_path / "vägg.png"
    picture.write_bytes(PNG)
    assert cli.run(["photo", "add", str(demo_path), session_id, str(picture)]) == 0
    store = load_project(demo_path, device_id=DEVICE)
    assert "vägg" in [p.caption for p in PhotoService(store).list(session_id)]
    store.close()
