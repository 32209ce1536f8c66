"""File → Export for QDA programs and File → Import from a QDA program, with the preview."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from regworkshop.export.qdpx.qdpx_writer import write_qdpx
from regworkshop.services.project.project_service import load_project
from regworkshop.store.enums import SessionKind
from regworkshop.store.models import Note, Session
from tests.conftest import DEVICE
from tests.demo_counts import demo_counts
from tests.export.qdpx.qdpx_checks import check_qdpx

ATLAS = Path(__file__).resolve().parents[2] / "data" / "sample-atlas-project.qdpx"


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def _demo_qdpx(demo_path, tmp_path) -> Path:
    demo = load_project(demo_path, device_id=DEVICE)
    try:
        write_qdpx(demo, tmp_path / "demo.qdpx")
    finally:
        demo.close()
    return tmp_path / "demo.qdpx"


def _count(window, model, *where) -> int:
    with window.ctx.store.session() as db:
        return db.scalar(select(func.count()).select_from(model).where(*where))


def test_import_from_the_file_menu_with_preview(
    qtbot, qtmodeltester, open_window, interaction, demo_path, tmp_path
):
    qdpx = _demo_qdpx(demo_path, tmp_path)
    assert open_window.qdpx.import_ in open_window.menu_file.actions()
    interaction.answers.append([str(qdpx)])
    open_window.qdpx.import_.trigger()
    dialog = open_window.qdpx.last_dialog
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    rows = {row.what: row for row in dialog.model.rows}
    demo = demo_counts(demo_path)
    assert rows["Notes (from coded selections)"].count == demo["notes"]
    assert rows["Sessions of kind Interview (from text sources)"].count == demo["sessions"]
    not_imported = [r for r in dialog.model.rows if not r.mapped]
    assert any(
        r.what.startswith("People (cases of persons)") and r.count == 10 for r in not_imported
    )
    assert f"{demo['notes']} notes" in dialog.summary.text()
    assert _count(open_window, Note) == 0  # the preview changed nothing
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.WORKSHOP.value))
    wait_idle(qtbot, dialog)
    assert dialog.plan.kind == SessionKind.WORKSHOP
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert (
        f"Imported {demo['sessions']} sessions with {demo['notes']} notes" in dialog.summary.text()
    )
    assert not dialog.import_button.isEnabled()
    assert _count(open_window, Note) == demo["notes"]
    assert _count(open_window, Session, Session.kind == SessionKind.WORKSHOP) == demo["sessions"]
    assert open_window.views["overview"].data.counts["notes"] == demo["notes"]  # views refreshed


def test_the_atlas_sample_previews_and_imports(qtbot, open_window, interaction):
    dialog = open_window.qdpx.open_import(str(ATLAS))
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert "ATLAS.ti" in dialog.intro.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "3 new themes" in dialog.summary.text()


def test_a_hostile_file_is_refused_in_the_preview_and_changes_nothing(qtbot, open_window, tmp_path):
    bomb = tmp_path / "xxe.qdpx"
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr(
            "project.qde",
            '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>',
        )
    dialog = open_window.qdpx.open_import(str(bomb))
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert "cannot be imported" in dialog.intro.text()
    assert "refused as unsafe" in dialog.intro.text()
    assert "DTD or entities" in dialog.intro.text()
    assert "not been changed" in dialog.intro.text()
    assert not dialog.table.isVisible()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_export_from_the_file_menu(qtbot, open_window, interaction, tmp_path):
    out = tmp_path / "analys.qdpx"
    interaction.answers.extend(["pseudonyms", str(out)])
    open_window.qdpx.export.trigger()
    qtbot.waitUntil(lambda: bool(interaction.infos), timeout=10000)
    assert "Wrote" in interaction.infos[-1]
    check_qdpx(out)
