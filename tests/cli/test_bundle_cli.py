"""`regworkshop bundle export|open` and `regworkshop merge` from the command line."""

from __future__ import annotations

import json

from sqlalchemy import select

from regworkshop.cli import run
from regworkshop.services.project.project_service import load_project
from regworkshop.store.models import Note, Session


def test_export_open_merge_round_trip(tmp_path, capsys, demo_path):
    bundle = tmp_path / "lead.rwbundle"
    assert run(["bundle", "export", str(demo_path), "-o", str(bundle)]) == 0
    assert "wrote" in capsys.readouterr().out
    copy = tmp_path / "laptop.rwproj"
    assert run(["bundle", "open", str(bundle), "-o", str(copy)]) == 0
    laptop = load_project(copy, device_id="00000000-0000-4000-8000-0000000000c1")
    with laptop.unit_of_work() as db:
        session = db.scalars(select(Session)).first()
        db.add(Note(session_id=session.id, text="Ny lapp från intervjun <i>&</i>"))
    laptop.close()
    back = tmp_path / "laptop.rwbundle"
    assert run(["bundle", "export", str(copy), "-o", str(back)]) == 0
    capsys.readouterr()
    assert run(["merge", str(demo_path), str(back), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["preview"] is True and preview["totals"]["added"] == 1
    assert run(["merge", str(demo_path), str(back), "--json"]) == 0
    merged = json.loads(capsys.readouterr().out)
    assert merged["totals"]["added"] == 1 and merged["backup"]
    assert run(["merge", str(demo_path), str(back)]) == 0
    assert "already imported" in capsys.readouterr().out
    store = load_project(demo_path, device_id="x")
    with store.session() as db:
        assert db.scalars(select(Note).where(Note.text.like("Ny lapp%"))).one()
    store.close()


def test_a_session_bundle(tmp_path, capsys, demo_path):
    store = load_project(demo_path, device_id="x")
    with store.session() as db:
        session_id = db.scalars(select(Session.id).where(Session.kind == "workshop")).first()
    store.close()
    out = tmp_path / "ws.rwbundle"
    assert run(["bundle", "export", str(demo_path), "-o", str(out), "--session", session_id]) == 0
    assert "rows" in capsys.readouterr().out


def test_bad_input_gives_one_line_and_exit_2(tmp_path, capsys, demo_path):
    junk = tmp_path / "junk.rwbundle"
    junk.write_bytes(b"PK\x03\x04 not really")
    before = demo_path.read_bytes()
    assert run(["merge", str(demo_path), str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "ZIP" in err
    assert (
        run(["bundle", "export", str(demo_path), "-o", str(tmp_path / "x"), "--from", "igår"]) == 2
    )
    assert "not a date" in capsys.readouterr().err
    assert run(["merge", str(tmp_path / "nope.rwproj"), str(junk)]) == 2
    assert demo_path.read_bytes() == before
