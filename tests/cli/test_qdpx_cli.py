"""`regworkshop export qdpx` and `regworkshop import qdpx` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from regworkshop.cli import run
from regworkshop.services.project.project_service import load_project
from regworkshop.store.models import Note, Session
from tests.demo_counts import demo_counts
from tests.export.qdpx.qdpx_checks import check_qdpx

ATLAS = Path(__file__).resolve().parents[1] / "data" / "sample-atlas-project.qdpx"


def _count(path, model) -> int:
    store = load_project(path, device_id="x")
    try:
        with store.session() as db:
            return db.scalar(select(func.count()).select_from(model))
    finally:
        store.close()


def test_export_then_import_into_a_new_project(tmp_path, capsys, demo_path):
    out = tmp_path / "analys"
    assert run(["export", "qdpx", str(demo_path), "-o", str(out), "--lang", "en"]) == 0
    assert "wrote" in capsys.readouterr().out
    check_qdpx(tmp_path / "analys.qdpx")
    demo = demo_counts(demo_path)
    project = tmp_path / "ny.rwproj"
    assert run(["new", str(project)]) == 0
    assert run(["import", "qdpx", str(project), str(out.with_suffix(".qdpx")), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert (
        f"notes: {demo['notes']}" in printed and "not mapped:" in printed and "dry run" in printed
    )
    assert _count(project, Note) == 0
    args = ["import", "qdpx", str(project), str(out.with_suffix(".qdpx")), "--kind", "workshop"]
    assert run(args) == 0
    imported = f"imported {demo['sessions']} sessions, {demo['notes']} notes"
    assert imported in capsys.readouterr().out
    assert _count(project, Note) == demo["notes"]
    assert run(args) == 0
    assert "nothing to import" in capsys.readouterr().out


def test_the_atlas_sample_imports(tmp_path, capsys):
    project = tmp_path / "ny.rwproj"
    assert run(["new", str(project)]) == 0
    assert run(["import", "qdpx", str(project), str(ATLAS)]) == 0
    assert "ATLAS.ti" in capsys.readouterr().out


def test_bad_files_give_one_line_and_exit_2(tmp_path, capsys, demo_path):
    (tmp_path / "x.qdpx").write_text("not a zip")
    assert run(["import", "qdpx", str(demo_path), str(tmp_path / "x.qdpx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a ZIP" in err
    before = _count(demo_path, Session)
    assert run(["import", "qdpx", str(demo_path), str(demo_path)]) == 2
    assert _count(demo_path, Session) == before
    assert run(["import"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        run(["import", "qdpx", str(demo_path), str(ATLAS), "--kind", "party"])
    assert exit_info.value.code == 2
